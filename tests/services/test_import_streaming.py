"""import_oruk at scale (issue 18): the file is read as it is imported, so memory
stays flat whatever its size; records are written in batches, and a batch the
database refuses falls back to one record at a time."""

import io
import json
import tracemalloc

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.search.backends import get_search_backends
from wagtail.search.models import IndexEntry

import services.importers
from services.importers import import_services, stream_records
from services.models import ReferralRoute, Service
from tests.factories import good_record

pytestmark = pytest.mark.django_db

# About what a real service's description holds (the demo's longest is under 600
# characters; some publishers write pages).
DESCRIPTION = "Help for families. " * 400


def record(number: int) -> dict:
    data = good_record(1)
    data["id"] = f"00000000-0000-4000-8000-{number:012d}"
    data["name"] = f"Streamed service {number}"
    data["description"] = f"Service {number}. {DESCRIPTION}"
    return data


def write_file(path, count: int, *, tail: str = "]") -> None:
    """``count`` records, written one at a time as export_oruk writes them."""
    with path.open("w", encoding="utf-8") as file:
        file.write("[")
        for number in range(1, count + 1):
            file.write(("\n" if number == 1 else ",\n") + json.dumps(record(number)))
        file.write("\n" + tail)


def peak_while_importing(path) -> int:
    """The most memory Python held at once while importing the file, in bytes."""
    tracemalloc.start()
    try:
        with path.open("rb") as file:
            report = import_services(stream_records(file))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not report.rejected
    return peak


def test_memory_does_not_grow_with_the_file(tmp_path, monkeypatch):
    """Four times the records must not need more memory, beyond the ids the
    report lists: an importer that read the file whole would hold three times
    as many more records at once, at least a quarter of the bigger file."""
    monkeypatch.setattr(services.importers, "FLUSH_EVERY", 40)
    # Pieces of the file smaller than either file, so both are read in many.
    monkeypatch.setattr(services.importers, "READ_SIZE", 32 * 1024)
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    write_file(small, 120)
    write_file(big, 480)
    small_peak = peak_while_importing(small)
    Service.objects.all().delete()
    big_peak = peak_while_importing(big)
    assert Service.objects.count() == 480
    growth = big_peak - small_peak
    assert growth < big.stat().st_size / 4, (small_peak, big_peak, big.stat().st_size)


def test_a_file_broken_after_many_batches_keeps_nothing(tmp_path, monkeypatch):
    """Batches are written as the file is read; the file turning out broken
    further on undoes them all, as if it could not be read at all."""
    monkeypatch.setattr(services.importers, "FLUSH_EVERY", 10)
    path = tmp_path / "broken.json"
    write_file(path, 35, tail="{not json")
    with pytest.raises(CommandError, match="The file is not valid JSON: Expecting ',' delimiter"):
        call_command("import_oruk", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert not Service.objects.exists()
    assert not ReferralRoute.objects.exists()


def test_a_list_envelope_may_have_fields_after_contents(tmp_path):
    path = tmp_path / "page.json"
    page = {"total_items": 2, "contents": [record(1), record(2)], "page_number": 1}
    path.write_text(json.dumps(page), encoding="utf-8")
    out = io.StringIO()
    call_command("import_oruk", str(path), stdout=out, stderr=io.StringIO())
    assert "2 records: 2 created, 0 updated, 0 rejected." in out.getvalue()


def test_a_record_longer_than_a_read_is_read_whole(monkeypatch):
    monkeypatch.setattr(services.importers, "READ_SIZE", 64)
    records = [record(1), record(2)]
    text = io.BytesIO(json.dumps({"contents": records}).encode())
    assert list(stream_records(text)) == records


def test_a_batch_the_database_refuses_rejects_only_the_record_it_refuses(monkeypatch):
    """A slug taken behind the importer's back (here: hidden from its lookups)
    passes every check in Python; the database refuses the batch, and the
    records are written one at a time so only that one is rejected."""
    monkeypatch.setattr(services.importers, "FLUSH_EVERY", 3)
    taken = import_services([record(9) | {"local_offer": {"slug": "taken"}}])
    assert len(taken.created) == 1
    lookups = services.importers.lookups

    def without_slugs():
        terms = lookups()
        terms["slugs"] = set()
        return terms

    monkeypatch.setattr(services.importers, "lookups", without_slugs)
    records = [record(1), record(2) | {"local_offer": {"slug": "taken"}}, record(3), record(4)]
    report = import_services(records)
    assert [(r.index, r.id) for r in report.rejected] == [(1, records[1]["id"])]
    assert report.rejected[0].reason.startswith("refused:")
    assert sorted(report.created) == sorted(records[n]["id"] for n in (0, 2, 3))
    for number in (1, 3, 4):
        service = Service.objects.get(name=f"Streamed service {number}")
        assert service.referral_routes.count() == 1
        assert list(service.categories.values_list("slug", flat=True)) == ["health"]


def test_the_search_index_rows_are_those_wagtail_writes(monkeypatch):
    """The import writes the admin's search index itself, for speed; the rows
    must be exactly what Wagtail's own ``add_bulk`` writes for the same services."""
    monkeypatch.setattr(services.importers, "FLUSH_EVERY", 2)
    import_services([record(n) for n in range(1, 6)])
    columns = ("object_id", "title", "autocomplete", "body")
    entries = IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(Service))
    imported = sorted(entries.values_list(*columns))
    assert len(imported) == 5
    texts = plain_texts()
    entries.delete()
    for backend in get_search_backends():
        backend.add_bulk(Service, list(Service.objects.prefetch_related("categories", "needs")))
    assert sorted(entries.values_list(*columns)) == imported
    assert plain_texts() == texts


def plain_texts() -> list:
    """On PostgreSQL, the entries' plain texts for fuzzy search, kept in
    columns the model does not declare."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT object_id, title_text, body_text FROM {IndexEntry._meta.db_table} "  # noqa: S608
            "ORDER BY object_id"
        )
        return cursor.fetchall()
