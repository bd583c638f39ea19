"""Demo directory entries: ``demo/services.json``, read as ``import_oruk`` reads a file.

The file is Open Referral UK 3.0 in the ``service_full`` shape with our
``local_offer`` extension, as ``export_oruk --with-owners --indent 2`` writes
it, so the demo is also a worked example of the import format. Services are
upserted by id: the file is the demo's source, and an entry the same as its
record is left alone, so a second run writes nothing.
"""

from collections.abc import Callable
from pathlib import Path

from django.conf import settings

from services.importers import import_services, read_records
from services.models import Service

SERVICES_FILE = Path(settings.BASE_DIR) / "demo" / "services.json"


def demo_records() -> list[dict]:
    with SERVICES_FILE.open(encoding="utf-8") as source:
        return read_records(source)


def load_services_demo(log: Callable[[str], None]) -> None:
    records = demo_records()
    # A database filled by the loader before the file (other ids, the same
    # slugs) keeps those entries rather than gaining a second of each.
    taken = dict(Service.objects.values_list("slug", "pk"))
    records = [
        record
        for record in records
        if str(taken.get(record["local_offer"]["slug"], record["id"])) == record["id"]
    ]
    report = import_services(records)
    if report.rejected:
        reasons = "; ".join(f"{r.id}: {r.reason}" for r in report.rejected)
        raise ValueError(f"{SERVICES_FILE} has records the importer refuses: {reasons}")
    if report.created:
        log(f"Created {len(report.created)} demo services")
    if report.updated:
        log(f"Updated {len(report.updated)} demo services from {SERVICES_FILE.name}")
