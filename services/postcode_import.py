"""Loading postcode files into the Postcode table: ``import_postcodes`` and the demo.

The file is read a row at a time (``services.postcodes.read_postcodes``) and
upserted in batches, so the whole ONS Postcode Directory (2.7 million rows) never
sits in memory. Service locations still without coordinates get them afterwards
when their postcode has arrived.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice

from django.db import transaction

from .cache import directory_changed
from .models import Postcode, ServiceLocation
from .postcodes import ReadCounts, open_postcode_file, read_postcodes

BATCH_SIZE = 2000


@dataclass
class PostcodeImport:
    """What one import did. ``counts`` is what reading the file found."""

    saved: int = 0
    locations_filled: int = 0
    counts: ReadCounts = field(default_factory=ReadCounts)


def import_postcode_file(
    path,
    *,
    areas: Iterable[str] = (),
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> PostcodeImport:
    """Upsert the good current rows of a postcode file (ONSPD or plain CSV, gzip or not).

    ``progress(rows_read, saved)`` is called after each batch. Bad rows are counted,
    never fatal; ``services.postcodes.PostcodeFileError`` means the file itself can't
    be read (rows saved before that stay saved).
    """
    result = PostcodeImport()
    with open_postcode_file(str(path)) as lines:
        rows = read_postcodes(lines, areas=areas, counts=result.counts)
        while batch := list(islice(rows, batch_size)):
            unique = {row.postcode: row for row in batch}  # a file may repeat one
            with transaction.atomic():
                Postcode.objects.bulk_create(
                    [
                        Postcode(
                            postcode=row.postcode,
                            latitude=row.latitude,
                            longitude=row.longitude,
                            district_code=row.district_code,
                        )
                        for row in unique.values()
                    ],
                    update_conflicts=True,
                    unique_fields=["postcode"],
                    update_fields=["latitude", "longitude", "district_code"],
                )
            result.saved += len(batch)
            if progress is not None:
                progress(result.counts.rows, result.saved)
    result.locations_filled = fill_location_coordinates()
    # Distances and the places postcodes resolve to may have changed: cached
    # directory pages are forgotten, in this and every other process.
    directory_changed()
    return result


def fill_location_coordinates(*, chunk: int = 1000) -> int:
    """Give service locations saved without coordinates their postcode's, when known."""
    missing = ServiceLocation.objects.filter(latitude__isnull=True, longitude__isnull=True)
    filled = 0
    last = 0
    while rows := list(missing.filter(pk__gt=last).order_by("pk")[:chunk]):
        last = rows[-1].pk
        ServiceLocation.fill_coordinates(rows)
        found = [row for row in rows if row.latitude is not None]
        ServiceLocation.objects.bulk_update(found, ["latitude", "longitude"])
        filled += len(found)
    return filled


def count_data_rows(path) -> int:
    """How many lines after the header a postcode file has (to skip a loaded file)."""
    with open_postcode_file(str(path)) as lines:
        return max(0, sum(1 for _ in lines) - 1)


def import_postcode_file_once(path, **options) -> PostcodeImport | None:
    """``import_postcode_file``, unless the table already holds as many postcodes as
    the file has rows (then None): how the demo loader runs it again cheaply."""
    if Postcode.objects.count() >= count_data_rows(path):
        return None
    return import_postcode_file(path, **options)
