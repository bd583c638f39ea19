"""The demo directory is demo/services.json, loaded through import_oruk's own code."""

import datetime
import io
import json
import re
from decimal import Decimal

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from localoffer.demo.services import SERVICES_FILE, demo_records, load_services_demo
from services.importers import import_services
from services.models import (
    OpeningTime,
    Organisation,
    ReferralRoute,
    Service,
    ServiceLocation,
)

pytestmark = pytest.mark.django_db

# The postcode districts the demo's places use, by the area (council district) they are in.
OUTWARD_CODES = {
    "stoke-on-trent": {"ST1", "ST3", "ST4", "ST6"},
    "newcastle-under-lyme": {"ST5"},
    "staffordshire-moorlands": {"ST10", "ST13"},
    "stafford": {"ST15", "ST16"},
    "cannock-chase": {"WS11"},
    "lichfield": {"WS13"},
    "east-staffordshire": {"DE14"},
    "tamworth": {"B79"},
}


def load() -> None:
    load_services_demo(lambda message: None)


def everything() -> dict:
    """Every row the demo loader could write, ids and timestamps included."""
    return {
        "services": list(Service.objects.order_by("pk").values()),
        "categories": sorted(Service.categories.through.objects.values_list()),
        "areas": sorted(Service.areas.through.objects.values_list()),
        "routes": list(ReferralRoute.objects.order_by("pk").values()),
        "locations": list(ServiceLocation.objects.order_by("pk").values()),
        "times": list(OpeningTime.objects.order_by("pk").values()),
        "organisations": list(Organisation.objects.order_by("pk").values()),
        "revisions": Revision.objects.count(),
    }


def test_the_demo_services_load_from_the_data_file():
    load()
    records = demo_records()
    assert len(records) >= 80
    assert Service.objects.filter(live=True).count() == len(records)

    service = Service.objects.get(slug="supported-employment-young-adults")
    assert str(service.pk) == next(
        r["id"] for r in records if r["local_offer"]["slug"] == service.slug
    )
    assert service.owner_email == "directory.county@example.org"
    assert service.responsible_body.slug == "staffordshire-county-council"
    assert service.provider.name == "Pathways to Work Staffordshire (demo)"
    assert service.last_reviewed == datetime.date(2026, 11, 15)
    assert service.review_interval_months == 12
    assert (service.minimum_age, service.maximum_age) == (19, 25)
    assert (service.delivered_in_person, service.delivered_by_telephone) == (True, True)
    assert not (service.delivered_online or service.delivered_at_home)
    assert service.is_free and service.cost_description == ""
    assert [c.slug for c in service.categories.all()] == ["preparing-for-adulthood"]
    assert set(service.areas.values_list("slug", flat=True)) == {
        "cannock-chase",
        "lichfield",
        "south-staffordshire",
        "stafford",
        "tamworth",
    }
    routes = list(service.referral_routes.order_by("sort_order"))
    assert [(r.kind, r.method) for r in routes] == [
        ("self-referral", "phone"),
        ("professional", "letter"),
    ]
    assert (
        routes[1].contact == "Supported Employment, Chase Hub, 8 Hatherton Way, Cannock, WS11 1BE"
    )
    location = service.locations.get()
    assert (location.name, location.address, location.postcode) == (
        "Chase Hub",
        "Chase Hub, 8 Hatherton Way, Cannock",
        "WS11 1BE",
    )
    assert (location.latitude, location.longitude) == (Decimal("52.690157"), Decimal("-2.032801"))
    assert location.accessibility == "Step-free access, accessible toilet, parking."
    times = service.opening_times.order_by("sort_order")
    assert [(t.weekday, f"{t.opens:%H:%M}", f"{t.closes:%H:%M}") for t in times] == [
        *((day, "09:00", "17:00") for day in range(4)),
        (4, "09:00", "16:30"),
    ]

    # Each body's owner, and the intervals that are not the default.
    owners = dict(Service.objects.values_list("responsible_body__slug", "owner_email").distinct())
    assert owners == {
        "staffordshire-county-council": "directory.county@example.org",
        "stoke-on-trent-city-council": "directory.city@example.org",
        "staffordshire-and-stoke-on-trent-icb": "directory.icb@example.org",
    }
    assert Service.objects.get(slug="camhs-north").review_interval_months == 6


def test_loading_twice_changes_nothing():
    load()
    first = everything()
    load()
    assert everything() == first
    # The importer itself says so: every record is the same as its entry.
    report = import_services(demo_records())
    assert len(report.unchanged) == report.total == len(first["services"])
    assert not (report.created or report.updated or report.rejected)
    assert everything() == first


def test_an_earlier_loaders_entries_are_kept_not_doubled():
    record = demo_records()[0]
    import_services([record | {"id": "00000000-0000-4000-8000-000000000001"}])
    load()
    assert Service.objects.filter(slug=record["local_offer"]["slug"]).count() == 1
    assert not Service.objects.filter(slug__endswith="-2").exists()


def test_exporting_the_demo_gives_back_the_data_file(tmp_path):
    load()
    path = tmp_path / "export.json"
    call_command(
        "export_oruk",
        str(path),
        "--with-owners",
        "--indent",
        "2",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    exported = json.loads(path.read_text(encoding="utf-8"))
    expected = demo_records()
    # Keyed by id: the export orders by name, which each database collates its own way.
    assert {r["id"]: r for r in exported} == {r["id"]: r for r in expected}
    assert len(exported) == len(expected)


def test_the_data_file_is_laid_out_as_the_export_writes_it():
    text = SERVICES_FILE.read_text(encoding="utf-8")
    records = json.loads(text)
    assert text == json.dumps(records, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_demo_contact_details_are_fictional_and_places_are_in_staffordshire():
    text = SERVICES_FILE.read_text(encoding="utf-8")
    numbers = re.findall(r"\b0\d{2,4}\s?\d{3}\s?\d{3,4}\b", text)
    assert numbers
    for number in numbers:
        assert number.replace(" ", "").startswith("01632960"), number
    for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        assert email.endswith("@example.org"), email
    assert not re.search(r"\b(Example|Sample) (Road|Street|Lane|Way|Square|Close)\b", text)

    places = 0
    for record in demo_records():
        # A service for some areas has its places in them; one for everywhere, anywhere here.
        areas = record["local_offer"].get("areas") or OUTWARD_CODES
        allowed = set().union(*(OUTWARD_CODES.get(area, set()) for area in areas))
        for item in record.get("service_at_locations", []):
            place = item["location"]
            outward = place["addresses"][0]["postal_code"].split()[0]
            assert outward in allowed, (record["name"], outward)
            assert 52.4 < place["latitude"] < 53.3 and -2.5 < place["longitude"] < -1.5
            places += 1
    assert places >= 30
