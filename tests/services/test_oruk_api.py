"""/api/oruk/: every answer valid against the official ORUK 3.0 JSON Schemas
(resolved to the copies in services/api/spec, no network), filters, bad input."""

import datetime
import json
import uuid
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import services.api
from services import oruk
from services.api.views import OPENAPI
from services.models import (
    Category,
    Need,
    ResponsibleBody,
    Service,
)
from tests.factories import ServiceFactory, rich_service

pytestmark = pytest.mark.django_db

SCHEMAS = Path(services.api.__file__).resolve().parent / "spec" / "schema"
BASE = "https://openreferraluk.org/specifications/3.0/schema/"
REGISTRY = Registry().with_resources(
    (
        BASE + path.name,
        Resource.from_contents(
            json.loads(path.read_text(encoding="utf-8")), default_specification=DRAFT202012
        ),
    )
    for path in SCHEMAS.glob("*.json")
)


def assert_valid(schema: str, instance) -> None:
    validator = Draft202012Validator(
        {"$ref": BASE + schema},
        registry=REGISTRY,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    assert_no_nulls(instance)


def assert_no_nulls(value, path="") -> None:
    """Optional fields with no value are left out: the schemas reject null."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert item is not None, f"{path}.{key} is null"
            assert_no_nulls(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_no_nulls(item, f"{path}[{index}]")


def get(client, path: str, status: int = 200):
    response = client.get("/api/oruk" + path)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


@pytest.fixture
def directory():
    rich = rich_service()
    plain = ServiceFactory(
        name="Portage", minimum_age=0, maximum_age=4, categories=["early-years"]
    )
    ServiceFactory(name="Draft service", live=False)
    return {"rich": rich, "plain": plain}


# ---------------------------------------------------------------------- schemas


def test_every_endpoint_answers_in_the_official_shape(client, directory):
    rich = directory["rich"]
    body = ResponsibleBody.objects.get(slug="staffordshire-county-council")
    category = Category.objects.get(slug="health")
    root = get(client, "/")
    assert_valid("api_details.json", root)
    assert root["version"] == "HSDS-UK-3.0"
    assert root["openapi_url"] == "http://testserver/api/oruk/openapi.json"

    listing = get(client, "/services")
    assert_valid("service_list.json", listing)
    for item in listing["contents"]:
        assert_valid("service.json", item)
    full_listing = get(client, "/services?full=true")
    assert_valid("service_list.json", full_listing)
    for item in full_listing["contents"]:
        assert_valid("service.json", item)

    full = get(client, f"/services/{rich.pk}")
    assert_valid("service.json", full)
    assert_valid("taxonomy_list.json", get(client, "/taxonomies"))
    terms = get(client, "/taxonomy_terms")
    assert_valid("taxonomy_term_list.json", terms)
    taxonomy_id = terms["contents"][0]["taxonomy_id"]
    assert_valid("taxonomy.json", get(client, f"/taxonomies/{taxonomy_id}"))
    assert_valid("taxonomy_term.json", get(client, f"/taxonomy_terms/{category.pk}"))
    assert_valid("organization_list.json", get(client, "/organizations"))
    assert_valid("organization.json", get(client, f"/organizations/{body.pk}"))
    assert_valid("organization.json", get(client, f"/organizations/{rich.provider_id}"))


def test_a_full_service_carries_everything_we_hold(client, directory):
    rich = directory["rich"]
    data = get(client, f"/services/{rich.pk}")
    assert data["id"] == str(rich.pk)
    assert data["organization_id"] == str(rich.provider_id)
    assert data["description"] == (
        "Support for families, given here as test data.\n\nTherapists help children talk."
    )
    assert data["fees"] == "£10 a session"
    attributes = {(a["link_type"], a["taxonomy_term"]["term"]) for a in data["attributes"]}
    assert attributes == {
        ("category", "health"),
        ("category", "early-years"),
        ("responsible_body", "staffordshire-and-stoke-on-trent-icb"),
    }
    (place,) = data["service_at_locations"]
    address = place["location"]["addresses"][0]
    assert (address["address_1"], address["city"], address["postal_code"]) == (
        "Demo House, 3 Example Road",
        "Tamworth",
        "B79 7BZ",
    )
    assert place["location"]["latitude"] == pytest.approx(52.6336)
    (schedule,) = data["schedules"]
    assert (schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "MO",
        "09:00:00",
        "17:00:00",
    )
    assert [r["kind"] for r in data["referral_routes"]] == ["parent-carer", "professional"]
    assert (
        "Any professional: Online form https://example.org/salt/refer"
        in (data["application_process"])
    )
    assert {area["name"] for area in data["service_areas"]} == {"Lichfield", "Tamworth"}
    assert data["contacts"][0]["phones"][0]["number"] == "01632 960 321"
    # The same data gives the same ids: a consumer can update by id.
    assert get(client, f"/services/{rich.pk}") == data


def test_optional_fields_with_no_value_are_left_out(client):
    service = ServiceFactory(website="", email="", phone="", description="")
    data = get(client, f"/services/{service.pk}")
    assert_valid("service.json", data)
    for absent in ("url", "email", "fees", "contacts", "service_at_locations", "schedules"):
        assert absent not in data


def test_a_validator_style_walk_over_every_page(client):
    for number in range(23):
        ServiceFactory(name=f"Service {number:02}")
    root = get(client, "/")
    assert_valid("api_details.json", root)
    first = get(client, "/services?per_page=5")
    assert (first["total_items"], first["total_pages"], first["first_page"]) == (23, 5, True)
    ids = []
    for page in (1, 3, first["total_pages"]):
        listing = get(client, f"/services?per_page=5&page={page}")
        assert_valid("service_list.json", listing)
        assert listing["page_number"] == page
        ids += [item["id"] for item in listing["contents"]]
    last = get(client, "/services?per_page=5&page=5")
    assert (last["size"], last["last_page"], last["empty"]) == (3, True, False)
    for service_id in ids[:10]:
        assert_valid("service.json", get(client, f"/services/{service_id}"))


def test_a_page_past_the_end_is_empty_not_an_error(client, directory):
    data = get(client, "/services?page=99")
    assert_valid("service_list.json", data)
    assert (data["empty"], data["size"], data["contents"], data["page_number"]) == (
        True,
        0,
        [],
        99,
    )


# ---------------------------------------------------------------------- filters


def names(client, query: str) -> list[str]:
    return [item["name"] for item in get(client, "/services?" + query)["contents"]]


def test_only_live_services_are_published(client, directory):
    assert names(client, "") == ["Portage", "Speech and language therapy"]
    draft = Service.objects.get(name="Draft service")
    get(client, f"/services/{draft.pk}", status=404)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("minimum_age=7&maximum_age=7", ["Speech and language therapy"]),
        ("minimum_age=3&maximum_age=3", ["Portage", "Speech and language therapy"]),
        ("minimum_age=5", ["Speech and language therapy"]),
        ("maximum_age=0", ["Portage", "Speech and language therapy"]),
        ("search=therapy", ["Speech and language therapy"]),
    ],
)
def test_age_overlap_and_search(client, directory, query, expected):
    assert names(client, query) == expected


def test_taxonomy_term_taxonomy_and_organisation_filters(client, directory):
    health = Category.objects.get(slug="health")
    county = ResponsibleBody.objects.get(slug="staffordshire-county-council")
    icb = ResponsibleBody.objects.get(slug="staffordshire-and-stoke-on-trent-icb")
    assert names(client, f"taxonomy_term_id={health.pk}") == ["Speech and language therapy"]
    assert names(client, f"taxonomy_term_id={county.pk}") == ["Portage"]
    category_taxonomy = get(client, f"/taxonomy_terms/{health.pk}")["taxonomy_id"]
    assert len(names(client, f"taxonomy_id={category_taxonomy}")) == 2
    # A provider's services, and a body's own (no provider) services.
    assert names(client, f"organization_id={directory['rich'].provider_id}") == [
        "Speech and language therapy"
    ]
    assert names(client, f"organization_id={county.pk}") == ["Portage"]
    assert names(client, f"organization_id={icb.pk}") == []


def test_modified_after(client, directory):
    earlier = timezone.now() - datetime.timedelta(days=2)
    Service.objects.filter(name="Portage").update(updated_at=earlier)
    since = (timezone.now() - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert names(client, f"modified_after={since}") == ["Speech and language therapy"]


def test_taxonomy_terms_filter_by_taxonomy(client):
    terms = get(client, "/taxonomy_terms")["contents"]
    by_taxonomy = {}
    for term in terms:
        by_taxonomy.setdefault(term["taxonomy_id"], set()).add(term["term"])
    assert len(by_taxonomy) == 3  # categories, needs, responsible bodies
    for taxonomy_id, slugs in by_taxonomy.items():
        listed = get(client, f"/taxonomy_terms?taxonomy_id={taxonomy_id}")["contents"]
        assert {term["term"] for term in listed} == slugs
    assert {"health", "autism", "any-need", "stoke-on-trent-city-council"} <= {
        t["term"] for t in terms
    }


# ---------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/services?page=0", "page"),
        ("/services?per_page=abc", "per_page"),
        ("/services?per_page=1000", "per_page"),
        ("/services?taxonomy_term_id=not-a-uuid", "taxonomy_term_id"),
        ("/services?taxonomy_term_id=00000000-0000-0000-0000-000000000000", "taxonomy_term_id"),
        ("/services?taxonomy_id=00000000-0000-0000-0000-000000000000", "taxonomy_id"),
        ("/services?organization_id=00000000-0000-0000-0000-000000000000", "organization_id"),
        ("/services?modified_after=yesterday", "modified_after"),
        ("/services?minimum_age=-1", "minimum_age"),
        ("/services?maximum_age=40", "maximum_age"),
        ("/services?minimum_age=9&maximum_age=3", "minimum_age"),
        ("/services?full=maybe", "full"),
        ("/services?search=" + "x" * 5000, "search"),
        ("/services/12345", "id"),
        ("/taxonomy_terms?taxonomy_id=zzz", "taxonomy_id"),
        ("/organizations?page=-3", "page"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client, path, parameter):
    data = get(client, path, status=400)
    assert data["error"] == "bad_request"
    assert data["parameter"] == parameter
    assert data["message"].startswith(parameter)


@pytest.mark.parametrize("kind", ["services", "taxonomies", "taxonomy_terms", "organizations"])
def test_an_unknown_id_is_a_json_404(client, kind):
    data = get(client, f"/{kind}/00000000-0000-0000-0000-000000000000", status=404)
    assert data["error"] == "not_found"


def test_only_reading_is_allowed(client):
    assert client.post("/api/oruk/services").status_code == 405


def test_the_openapi_document_is_the_official_one_pointing_here(client):
    document = get(client, "/openapi.json")
    assert document["info"]["version"] == "HSDS-UK-3.0"
    assert document["servers"] == [{"url": "http://testserver/api/oruk"}]
    assert "/services/{id}" in document["paths"]


def test_the_openapi_document_describes_this_api_and_its_open_government_licence(client):
    info = get(client, "/openapi.json")["info"]
    assert "HERE" not in json.dumps(info)  # none of the template's placeholders
    assert "Local Offer" in info["title"]
    assert info["summary"] and info["description"]
    assert info["contact"] == {"name": "The Local Offer team", "email": "localoffer@example.org"}
    assert info["license"] == {
        "name": "Open Government Licence v3.0",
        "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    }
    # The specification on disk is left as published.
    assert json.loads(OPENAPI.read_text())["info"]["summary"] == "SUMMARY HERE"


def test_a_page_of_full_services_costs_the_same_queries_whatever_the_data(client):
    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            get(client, "/services?full=true&per_page=50")
        return len(captured)

    ServiceFactory()
    few = queries()
    for number in range(12):
        rich_service(name=f"Rich {number}")
    assert queries() == few


# ---------------------------------------------------------------------- needs

NEED_TAXONOMY_ID = "c2ab52d3-02e0-5762-a060-5d5dd5cfe3aa"
ANY_NEED_ID = "4851c629-7385-5d9c-8f71-24b0a3d0d36c"


@pytest.fixture
def needs_directory():
    return {
        "autism": ServiceFactory(name="Autism outreach", needs=["autism", "adhd"]),
        "area": ServiceFactory(
            name="Communication clinic", needs=["communication-and-interaction"]
        ),
        "any": ServiceFactory(
            name="Short breaks", needs=["hearing-impairment"], for_any_need=True
        ),
        "none": ServiceFactory(name="School transport", categories=["transport"]),
    }


def test_needs_travel_as_attributes_in_their_own_taxonomy(client, needs_directory):
    service = needs_directory["autism"]
    data = get(client, f"/services/{service.pk}")
    assert_valid("service.json", data)
    autism = Need.objects.get(slug="autism")
    (attribute,) = [a for a in data["attributes"] if a["taxonomy_term"]["term"] == "autism"]
    assert attribute == {
        "id": str(uuid.uuid5(service.pk, "attribute:need:autism")),
        "link_id": str(service.pk),
        "link_type": "need",
        "taxonomy_term_id": str(autism.pk),
        "taxonomy_term": {
            "id": str(autism.pk),
            "name": "Autism",
            "description": "",
            "taxonomy_id": NEED_TAXONOMY_ID,
            "taxonomy": "SEND Local Offer needs",
            "term": "autism",
            "parent_id": str(autism.parent_id),
        },
    }
    assert [a["taxonomy_term"]["term"] for a in data["attributes"]] == [
        "education",
        "autism",
        "adhd",
        "staffordshire-county-council",
    ]


def test_a_service_for_any_need_carries_the_any_need_term(client, needs_directory):
    service = needs_directory["any"]
    data = get(client, f"/services/{service.pk}")
    assert_valid("service.json", data)
    needs = [a for a in data["attributes"] if a["link_type"] == "need"]
    assert [a["taxonomy_term"]["term"] for a in needs] == ["hearing-impairment", "any-need"]
    assert needs[1] == {
        "id": str(uuid.uuid5(service.pk, "attribute:need:any-need")),
        "link_id": str(service.pk),
        "link_type": "need",
        "taxonomy_term_id": ANY_NEED_ID,
        "taxonomy_term": {
            "id": ANY_NEED_ID,
            "name": "Any need",
            "description": "For children and young people with any special educational "
            "need or disability.",
            "taxonomy_id": NEED_TAXONOMY_ID,
            "taxonomy": "SEND Local Offer needs",
            "term": "any-need",
        },
    }
    # The term it names is one of the taxonomy's.
    term = get(client, f"/taxonomy_terms/{ANY_NEED_ID}")
    assert_valid("taxonomy_term.json", term)
    assert term == needs[1]["taxonomy_term"]
    none = get(client, f"/services/{needs_directory['none'].pk}")
    assert not [a for a in none["attributes"] if a["link_type"] == "need"]


def test_the_needs_taxonomy_and_its_terms_are_listed(client):
    taxonomies = get(client, "/taxonomies")
    assert_valid("taxonomy_list.json", taxonomies)
    assert {
        "id": NEED_TAXONOMY_ID,
        "name": "SEND Local Offer needs",
        "description": oruk.NEED_TAXONOMY["description"],
    } in taxonomies["contents"]
    assert_valid("taxonomy.json", get(client, f"/taxonomies/{NEED_TAXONOMY_ID}"))

    terms = get(client, f"/taxonomy_terms?taxonomy_id={NEED_TAXONOMY_ID}")
    assert_valid("taxonomy_term_list.json", terms)
    assert [t["term"] for t in terms["contents"]] == [
        *Need.objects.values_list("slug", flat=True),
        "any-need",
    ]
    broad = Need.objects.get(slug="sensory-and-physical")
    children = get(client, f"/taxonomy_terms?parent_id={broad.pk}")["contents"]
    assert [t["term"] for t in children] == [
        "hearing-impairment",
        "vision-impairment",
        "multi-sensory-impairment",
        "physical-disability",
    ]
    assert {t["parent_id"] for t in children} == {str(broad.pk)}
    top = get(client, f"/taxonomy_terms?taxonomy_id={NEED_TAXONOMY_ID}&top_only=true")
    assert [t["term"] for t in top["contents"]] == [
        "communication-and-interaction",
        "cognition-and-learning",
        "social-emotional-and-mental-health",
        "sensory-and-physical",
        "any-need",
    ]
    autism = Need.objects.get(slug="autism")
    assert_valid("taxonomy_term.json", get(client, f"/taxonomy_terms/{autism.pk}"))


def test_services_filter_by_need_terms_and_the_needs_taxonomy(client, needs_directory):
    autism = Need.objects.get(slug="autism")
    broad = Need.objects.get(slug="communication-and-interaction")
    assert names(client, f"taxonomy_term_id={autism.pk}") == ["Autism outreach"]
    # A broad area's term also finds the services for its specific needs.
    assert names(client, f"taxonomy_term_id={broad.pk}") == [
        "Autism outreach",
        "Communication clinic",
    ]
    assert names(client, f"taxonomy_term_id={ANY_NEED_ID}") == ["Short breaks"]
    assert names(client, f"taxonomy_id={NEED_TAXONOMY_ID}") == [
        "Autism outreach",
        "Communication clinic",
        "Short breaks",
    ]
    located = get(client, f"/service_at_locations?taxonomy_term_id={ANY_NEED_ID}")
    assert_valid("service_at_location_list.json", located)
