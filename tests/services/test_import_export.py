"""import_oruk and export_oruk: the official example, bad records, round trips."""

import copy
import io
import json

import pytest
from django.core.management import CommandError, call_command

from services.importers import import_services, read_records
from services.models import (
    Need,
    OpeningTime,
    Organisation,
    ReferralRoute,
    ResponsibleBody,
    Service,
    ServiceLocation,
)
from tests.factories import EXAMPLE_SERVICE as EXAMPLE
from tests.factories import ServiceFactory, good_record, rich_service

pytestmark = pytest.mark.django_db


def export(tmp_path, name: str = "export.json") -> str:
    path = tmp_path / name
    call_command("export_oruk", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    return path.read_text(encoding="utf-8")


def run_import(path, *args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_oruk", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_official_example_imports(tmp_path):
    out, _ = run_import(EXAMPLE, "--responsible-body", "staffordshire-county-council")
    assert "1 record: 1 created, 0 updated, 0 rejected." in out
    service = Service.objects.get(pk="ac148810-d857-441c-9679-408f346de14b")
    assert service.live
    assert service.name == "Community Counselling"
    assert service.summary.startswith("Counselling Services provided by trained professionals.")
    # The Local Offer covers ages 0 to 25: a 12 to 100 service is listed for 12 to 25.
    assert (service.minimum_age, service.maximum_age) == (12, 25)
    assert service.provider.name == "Example Organization Inc."
    assert str(service.provider.pk) == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    assert not service.is_free and service.cost_description == "fees_description"
    assert service.responsible_body.slug == "staffordshire-county-council"
    assert sorted(
        OpeningTime.objects.filter(service=service).values_list("weekday", flat=True)
    ) == [
        3,
        4,
    ]
    # Its location has no UK postcode: left out, and said so.
    assert not ServiceLocation.objects.filter(service=service).exists()
    assert "left out location “MyCity Civic Center”: no UK postcode" in out


def test_without_a_responsible_body_the_example_is_rejected_with_the_reason():
    with pytest.raises(CommandError, match="0 created, 0 updated, 1 rejected"):
        run_import(EXAMPLE)
    assert not Service.objects.exists()


@pytest.mark.parametrize(
    ("breakage", "reason"),
    [
        ({"minimum_age": "seven"}, "minimum_age must be a whole number"),
        ({"id": "not-a-uuid"}, "id is missing or not a UUID"),
        ({"name": ""}, "name is missing"),
        ({"email": "nobody"}, "email is not an email address"),
        ({"url": "javascript:alert(1)"}, "url is not a web address"),
        ({"minimum_age": 30, "maximum_age": 40}, "minimum_age is above 25"),
        (
            {"referral_routes": [{"kind": "professional", "method": "form", "contact": "x"}]},
            "contact: Enter the form's web address",
        ),
    ],
)
def test_a_broken_record_is_reported_and_writes_nothing(tmp_path, breakage, reason):
    broken = good_record(2) | breakage
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([good_record(1), broken, good_record(3)]), encoding="utf-8")
    with pytest.raises(CommandError, match=r"3 records: 2 created, 0 updated, 1 rejected\."):
        _, err = run_import(path)
    assert sorted(Service.objects.values_list("name", flat=True)) == [
        "Imported service 1",
        "Imported service 3",
    ]
    # Not even the broken record's organisation or routes were kept.
    assert sorted(Organisation.objects.values_list("name", flat=True)) == [
        "Provider 1",
        "Provider 3",
    ]
    assert ReferralRoute.objects.count() == 2


def test_the_report_names_the_index_id_and_reason():
    broken = good_record(2)
    broken["attributes"][0]["taxonomy_term"]["term"] = "unicorns"
    report = import_services([good_record(1), broken])
    (rejection,) = report.rejected
    assert (rejection.index, rejection.id, rejection.reason) == (
        1,
        "00000000-0000-4000-8000-000000000002",
        "unknown category “unicorns”",
    )


def test_the_command_prints_each_rejection(tmp_path):
    path = tmp_path / "one-bad.json"
    path.write_text(json.dumps({"contents": [good_record(1) | {"maximum_age": "old"}]}))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_oruk", str(path), stdout=io.StringIO(), stderr=err)
    assert (
        "Rejected record 0 (id 00000000-0000-4000-8000-000000000001): "
        "maximum_age must be a whole number" in err.getvalue()
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "The file is not valid JSON"),
        ('"a string"', "The file must hold a JSON array of services"),
        ('{"contents": 5}', "The file must hold a JSON array of services"),
    ],
)
def test_a_malformed_file_imports_nothing(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        run_import(path)
    assert not Service.objects.exists()


def test_importing_again_updates_in_place():
    import_services([good_record(1)])
    changed = good_record(1) | {"name": "Renamed service", "maximum_age": 25}
    report = import_services([changed])
    assert (len(report.created), len(report.updated)) == (0, 1)
    service = Service.objects.get()
    assert (service.name, service.maximum_age) == ("Renamed service", 25)
    assert service.referral_routes.count() == 1


def test_a_dry_run_reports_the_same_and_keeps_nothing():
    report = import_services([good_record(1), good_record(2) | {"name": ""}], dry_run=True)
    assert (len(report.created), len(report.rejected)) == (1, 1)
    assert not Service.objects.exists()
    assert not Organisation.objects.exists()


def test_export_then_import_into_an_empty_database_then_export_gives_the_same_json(tmp_path):
    rich_service()
    rich_service(name="Second rich service")
    ServiceFactory(name="Plain", is_free=True, phone="", email="", website="")
    ServiceFactory(name="Draft", live=False)
    first = export(tmp_path, "first.json")
    assert len(json.loads(first)) == 3

    Service.objects.all().delete()
    Organisation.objects.all().delete()
    out, _ = run_import(tmp_path / "first.json")
    assert "3 records: 3 created, 0 updated, 0 rejected." in out

    assert export(tmp_path, "second.json") == first


def test_the_export_is_valid_oruk_and_reads_back(tmp_path):
    from tests.services.test_oruk_api import assert_valid

    rich_service()
    records = read_records(export(tmp_path))
    for record in records:
        assert_valid("service.json", record)
    assert records[0]["local_offer"]["areas"] == ["lichfield", "tamworth"]


def test_an_export_round_trip_keeps_the_publishers_ids_for_organisations(tmp_path):
    service = rich_service()
    body = ResponsibleBody.objects.get(slug="staffordshire-county-council")
    own = ServiceFactory(name="Body's own", responsible_body=body)
    data = read_records(export(tmp_path))
    by_name = {record["name"]: record for record in data}
    assert by_name["Body's own"]["organization_id"] == str(body.pk)
    assert by_name[service.name]["organization_id"] == str(service.provider_id)
    Service.objects.all().delete()
    import_services(copy.deepcopy(data))
    assert Service.objects.get(pk=own.pk).provider is None


def test_imported_services_are_in_the_admin_search_and_usage_counts():
    from wagtail.models import ReferenceIndex
    from wagtail.search.models import IndexEntry

    import_services([good_record(1)])
    service = Service.objects.get()
    provider = service.provider
    assert ReferenceIndex.get_references_to(provider).filter(object_id=str(service.pk)).exists()
    # In the admin's search index (what the services list searches).
    assert IndexEntry.objects.filter(object_id=str(service.pk)).exists()
    # Updating goes through Wagtail's own diff: a provider no longer named stops counting.
    changed = good_record(1)
    changed["organization"] = good_record(2)["organization"]
    import_services([changed])
    assert (
        not ReferenceIndex.get_references_to(provider).filter(object_id=str(service.pk)).exists()
    )


def test_rows_written_in_batches_belong_to_the_right_services(monkeypatch):
    import services.importers

    monkeypatch.setattr(services.importers, "FLUSH_EVERY", 2)
    records = [good_record(n) for n in range(1, 6)]
    records[2]["schedules"] = [
        {"id": "x", "byday": "MO", "opens_at": "17:00:00", "closes_at": "09:00:00"}
    ]
    report = import_services(records)
    assert [(r.index, r.reason) for r in report.rejected] == [
        (2, "a schedule closes before it opens")
    ]
    for service in Service.objects.all():
        assert list(service.categories.values_list("slug", flat=True)) == ["health"]
        assert service.referral_routes.get().contact == "refer@example.org"
    assert ReferralRoute.objects.count() == 4


def test_importing_the_same_record_again_writes_nothing():
    import_services([good_record(1), good_record(2)])
    service = Service.objects.get(pk=good_record(1)["id"])
    rows = (
        list(ReferralRoute.objects.values_list("pk", "service_id")),
        list(Service.objects.order_by("pk").values_list("pk", "updated_at")),
    )
    report = import_services([good_record(1), good_record(2) | {"name": "Renamed"}])
    assert (report.created, report.updated, report.unchanged) == (
        [],
        [good_record(2)["id"]],
        [str(service.pk)],
    )
    assert report.summary == "2 records: 0 created, 1 updated, 1 unchanged, 0 rejected."
    # The unchanged one kept its rows (same ids) and its time of change.
    assert ReferralRoute.objects.get(service=service).pk in {pk for pk, _ in rows[0]}
    assert Service.objects.get(pk=service.pk).updated_at == dict(rows[1])[service.pk]


def test_a_record_differing_only_in_its_provider_or_time_of_change_is_updated():
    import_services([good_record(1)])
    changed = good_record(1)
    changed["organization"] = good_record(1)["organization"] | {"description": "Now described"}
    assert len(import_services([changed]).updated) == 1
    assert Organisation.objects.get().description == "Now described"
    assert len(import_services([changed]).unchanged) == 1
    stamped = changed | {"last_modified": "2026-01-02T03:04:05Z"}
    assert len(import_services([stamped]).updated) == 1
    assert Service.objects.get().updated_at.isoformat() == "2026-01-02T03:04:05+00:00"
    assert len(import_services([stamped]).unchanged) == 1


def test_owners_emails_travel_only_with_with_owners(tmp_path, client):
    service = rich_service(owner_email="owner@example.org")
    assert "owner_email" not in read_records(export(tmp_path))[0]["local_offer"]
    assert "owner@example.org" not in client.get(f"/api/oruk/services/{service.pk}").text

    path = tmp_path / "with-owners.json"
    call_command(
        "export_oruk", str(path), "--with-owners", stdout=io.StringIO(), stderr=io.StringIO()
    )
    record = read_records(path.read_text(encoding="utf-8"))[0]
    assert record["local_offer"]["owner_email"] == "owner@example.org"

    Service.objects.all().delete()
    import_services([copy.deepcopy(record)])
    assert Service.objects.get().owner_email == "owner@example.org"
    # A record without one (any other publisher's) leaves the owner as it is.
    del record["local_offer"]["owner_email"]
    import_services([record])
    assert Service.objects.get().owner_email == "owner@example.org"
    record["local_offer"]["owner_email"] = "not an address"
    assert import_services([record]).rejected[0].reason == "owner_email is not an email address"


def test_an_indented_export_is_the_same_json_laid_out_for_people(tmp_path):
    rich_service()
    ServiceFactory(name="Plain")
    path = tmp_path / "indented.json"
    call_command(
        "export_oruk", str(path), "--indent", "2", stdout=io.StringIO(), stderr=io.StringIO()
    )
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(export(tmp_path))
    assert (
        text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )


# ---------------------------------------------------------------------- needs


def need_attribute(term: str, term_id: str = "x") -> dict:
    """A ``need`` attribute as another publisher might write it: by slug or by id."""
    return {
        "id": "40000000-0000-4000-8000-000000000001",
        "link_type": "need",
        "taxonomy_term_id": term_id,
        "taxonomy_term": {"id": term_id, "name": term, "description": "", "term": term},
    }


def test_needs_and_any_need_round_trip_through_export_and_import(tmp_path):
    from tests.services.test_oruk_api import assert_valid

    rich_service(needs=["autism", "sensory-and-physical"])
    ServiceFactory(name="For any need", for_any_need=True, needs=["mental-health"])
    ServiceFactory(name="No needs given")
    first = export(tmp_path, "first.json")
    for record in json.loads(first):
        assert_valid("service.json", record)

    Service.objects.all().delete()
    Organisation.objects.all().delete()
    out, _ = run_import(tmp_path / "first.json")
    assert "3 records: 3 created, 0 updated, 0 rejected." in out
    needs = {
        service.name: (service.for_any_need, sorted(service.needs.values_list("slug", flat=True)))
        for service in Service.objects.all()
    }
    assert needs == {
        "Speech and language therapy": (False, ["autism", "sensory-and-physical"]),
        "For any need": (True, ["mental-health"]),
        "No needs given": (False, []),
    }
    assert export(tmp_path, "second.json") == first
    # The same file again changes nothing; a changed need is an update.
    records = read_records(first)
    assert len(import_services(copy.deepcopy(records)).unchanged) == 3
    plain = next(r for r in records if r["name"] == "For any need")
    plain["attributes"] = [a for a in plain["attributes"] if a["link_type"] != "need"]
    assert len(import_services([plain]).updated) == 1
    service = Service.objects.get(name="For any need")
    assert (service.for_any_need, service.needs.count()) == (False, 0)


def test_needs_are_read_by_slug_or_by_id():
    autism = str(Need.objects.get(slug="autism").pk)
    record = good_record(1)
    record["attributes"] += [
        need_attribute("adhd"),
        need_attribute("", term_id=autism),
        need_attribute("any-need"),
    ]
    assert not import_services([record]).rejected
    service = Service.objects.get()
    assert sorted(service.needs.values_list("slug", flat=True)) == ["adhd", "autism"]
    assert service.for_any_need


def test_an_unknown_need_rejects_the_record_with_the_reason():
    broken = good_record(2)
    broken["attributes"].append(need_attribute("telepathy"))
    report = import_services([good_record(1), broken])
    (rejection,) = report.rejected
    assert (rejection.index, rejection.reason) == (1, "unknown need “telepathy”")
    assert list(Service.objects.values_list("name", flat=True)) == ["Imported service 1"]


def test_an_imported_service_never_takes_the_address_of_a_page_under_services():
    record = good_record(1)
    record["name"] = "My list"
    assert not import_services([record]).rejected
    assert Service.objects.get().slug == "my-list-2"
