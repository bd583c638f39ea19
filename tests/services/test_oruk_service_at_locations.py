"""/api/oruk/service_at_locations and /{id}: the official ORUK 3.0 shapes (validated
offline like the other endpoints), paging, postcode and proximity (metres, as the
OpenAPI file says), bad input never a 500, only live services."""

import math

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services import oruk
from services.models import Area, Category, Postcode, Service, ServiceLocation
from services.places import haversine_miles
from tests.factories import ServiceFactory, rich_service
from tests.services.test_oruk_api import assert_valid, get

pytestmark = pytest.mark.django_db

# ST4 1AA, near Stoke-on-Trent's centre, in Stoke-on-Trent's district.
HOME = (52.995, -2.18)
METRES_PER_DEGREE_LATITUDE = math.pi * 3958.8 * 1609.344 / 180


def north_of_home(metres: float) -> tuple[str, str]:
    """A point ``metres`` due north of HOME, as a location stores it (6 places)."""
    return (f"{HOME[0] + metres / METRES_PER_DEGREE_LATITUDE:.6f}", f"{HOME[1]:.6f}")


def metres_from_home(latitude: str, longitude: str) -> float:
    return haversine_miles(*HOME, float(latitude), float(longitude)) * 1609.344


def locate(service: Service, name: str, metres: float | None, postcode="ST1 1AA"):
    latitude, longitude = north_of_home(metres) if metres is not None else (None, None)
    return ServiceLocation.objects.create(
        service=service,
        name=name,
        address=f"{name}, 1 Example Street, Stoke-on-Trent",
        postcode=postcode,
        latitude=latitude,
        longitude=longitude,
    )


@pytest.fixture
def places():
    Postcode.objects.create(
        postcode="ST4 1AA", latitude=HOME[0], longitude=HOME[1], district_code="E06000021"
    )
    stoke = Area.objects.get(slug="stoke-on-trent")
    stoke.ons_code = "E06000021"  # as seeded; set here so the test says why it matters
    stoke.save(update_fields=["ons_code"])
    newcastle = Area.objects.get(slug="newcastle-under-lyme")
    near = ServiceFactory(name="Near service")
    near.areas.set([stoke])
    near.save()  # parental many-to-many: written on save
    locate(near, "Near hub", 1000)
    locate(near, "Near far office", 20_000)
    locate(near, "Near edge inside", 4950)
    outside = ServiceFactory(name="Outside service")  # no areas: available everywhere
    locate(outside, "Just outside", 5050)
    elsewhere = ServiceFactory(name="Newcastle only")
    elsewhere.areas.set([newcastle])
    elsewhere.save()
    locate(elsewhere, "Newcastle office", 500)
    unplaced = ServiceFactory(name="Unplaced service")
    locate(unplaced, "Somewhere", None, postcode="ST1 9ZZ")  # not in our table
    draft = ServiceFactory(name="Draft service", live=False)
    locate(draft, "Draft office", 100)
    ServiceFactory(name="No address service")
    return {"near": near, "outside": outside, "draft": draft}


def location_names(client, query: str = "") -> list[str]:
    listing = get(client, "/service_at_locations?" + query)
    assert_valid("service_at_location_list.json", listing)
    return [item["location"]["name"] for item in listing["contents"]]


# ---------------------------------------------------------------------- shapes


def test_the_list_and_each_record_answer_in_the_official_shape(client, places):
    rich = rich_service()
    for query in ("", "full=true", "postcode=ST4+1AA", "postcode=ST4+1AA&full=true"):
        listing = get(client, "/service_at_locations?" + query)
        assert_valid("service_at_location_list.json", listing)
        assert listing["contents"]
        for item in listing["contents"]:
            assert_valid("service_at_location.json", item)
            assert_valid("service.json", item["service"])
            assert_valid("location.json", item["location"])
    listing = get(client, "/service_at_locations?per_page=200")
    for item in listing["contents"]:
        record = get(client, f"/service_at_locations/{item['id']}")
        assert_valid("service_at_location.json", record)
        assert_valid("service.json", record["service"])
        assert (record["id"], record["service_id"], record["location_id"]) == (
            item["id"],
            item["service_id"],
            item["location_id"],
        )
    (clinic,) = [i for i in listing["contents"] if i["service_id"] == str(rich.pk)]
    record = get(client, f"/service_at_locations/{clinic['id']}")
    assert record["location"]["addresses"][0]["postal_code"] == "B79 7BZ"
    assert record["location"]["accessibility"][0]["description"] == "Step-free."
    assert record["service"]["organization"]["name"] == "Demo Family Charity"
    # The list carries one-to-one fields only, and the service's organisation.
    assert "addresses" not in clinic["location"]
    assert clinic["service"]["organization"]["id"] == str(rich.provider_id)


def test_ids_are_stable_and_the_same_as_in_the_full_service(client, places):
    near = places["near"]
    nested = get(client, f"/services/{near.pk}")["service_at_locations"]
    listed = [
        item
        for item in get(client, "/service_at_locations")["contents"]
        if item["service_id"] == str(near.pk)
    ]
    assert {item["id"] for item in listed} == {item["id"] for item in nested}
    assert {item["location_id"] for item in listed} == {item["location"]["id"] for item in nested}
    # Editors' order: the first location is the service's first service-at-location.
    first = next(item for item in listed if item["location"]["name"] == "Near hub")
    assert first["id"] == oruk.service_at_location_id(near.pk, 0)
    assert get(client, "/service_at_locations") == get(client, "/service_at_locations")


def test_each_live_location_is_one_record_and_nothing_else_is(client, places):
    names = location_names(client)
    assert names == [
        "Near hub",
        "Near far office",
        "Near edge inside",
        "Newcastle office",
        "Just outside",
        "Somewhere",
    ]  # by service name, then the editors' order; no draft, none without an address
    draft_location_id = oruk.service_at_location_id(places["draft"].pk, 0)
    get(client, f"/service_at_locations/{draft_location_id}", status=404)


def test_paging(client):
    for number in range(7):
        locate(ServiceFactory(name=f"Service {number}"), f"Place {number}", number * 100)
    first = get(client, "/service_at_locations?per_page=3")
    assert (first["total_items"], first["total_pages"], first["size"]) == (7, 3, 3)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    last = get(client, "/service_at_locations?per_page=3&page=3")
    assert_valid("service_at_location_list.json", last)
    assert (last["size"], last["last_page"], last["page_number"]) == (1, True, 3)
    assert [i["location"]["name"] for i in last["contents"]] == ["Place 6"]
    for page in ("99", "10000"):
        past = get(client, f"/service_at_locations?page={page}")
        assert_valid("service_at_location_list.json", past)
        assert (past["empty"], past["size"], past["contents"]) == (True, 0, [])
    # Past the bound, a 400 (tests/services/test_parameter_bounds.py).
    assert get(client, "/services?page=" + "9" * 40, status=400)["parameter"] == "page"


# ---------------------------------------------------------------------- postcode


def test_a_postcode_sorts_nearest_first_and_keeps_services_covering_it(client, places):
    listing = get(client, "/service_at_locations?postcode=st41aa")
    assert_valid("service_at_location_list.json", listing)
    names = [item["location"]["name"] for item in listing["contents"]]
    # Newcastle only does not cover ST4 1AA; a location without coordinates comes last.
    assert names == [
        "Near hub",
        "Near edge inside",
        "Just outside",
        "Near far office",
        "Somewhere",
    ]
    distances = [
        item.get("local_offer", {}).get("distance_metres") for item in listing["contents"]
    ]
    assert distances[:4] == [
        pytest.approx(expected, abs=2) for expected in (1000, 4950, 5050, 20_000)
    ]
    assert distances[4] is None


def test_proximity_is_in_metres_from_the_postcode(client, places):
    within = location_names(client, "postcode=ST4+1AA&proximity=5000")
    assert within == ["Near hub", "Near edge inside"]  # 4,950 m in; 5,050 m out
    edge = ServiceLocation.objects.get(name="Near edge inside")
    exact = metres_from_home(edge.latitude, edge.longitude)
    assert location_names(client, f"postcode=ST4+1AA&proximity={exact + 1:.0f}")[-1] == (
        "Near edge inside"
    )
    assert "Near edge inside" not in location_names(
        client, f"postcode=ST4+1AA&proximity={exact - 1:.0f}"
    )
    assert location_names(client, "postcode=ST4+1AA&proximity=100") == []
    assert len(location_names(client, "postcode=ST4+1AA&proximity=30000")) == 4
    assert location_names(client, "postcode=ST4+1AA&proximity=1500.5") == ["Near hub"]


def test_the_service_filters_apply(client, places):
    health = Category.objects.get(slug="health")
    places["outside"].categories.set([health])
    places["outside"].save()
    assert location_names(client, f"taxonomy_term_id={health.pk}") == ["Just outside"]
    assert location_names(client, "search=Newcastle") == ["Newcastle office"]
    assert location_names(client, f"organization_id={places['near'].responsible_body_id}")


# ---------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("postcode=NOTAPOSTCODE", "postcode"),
        ("postcode=ZZ9+9ZZ", "postcode"),  # well formed, unknown
        ("postcode=" + "S" * 5000, "postcode"),
        ("postcode=ST4%001AA", "postcode"),
        ("proximity=5000", "proximity"),  # no postcode to measure from
        ("postcode=ST4+1AA&proximity=five", "proximity"),
        ("postcode=ST4+1AA&proximity=0", "proximity"),
        ("postcode=ST4+1AA&proximity=-5", "proximity"),
        ("postcode=ST4+1AA&proximity=nan", "proximity"),
        ("postcode=ST4+1AA&proximity=inf", "proximity"),
        ("postcode=ST4+1AA&proximity=1e300", "proximity"),
        ("postcode=ST4+1AA&proximity=" + "9" * 5000, "proximity"),
        ("search=" + "x" * 5000, "search"),
        ("search=a%00b", "search"),
        ("page=0", "page"),
        ("per_page=1000", "per_page"),
        ("full=maybe", "full"),
        ("format=ndjson", "format"),
        ("taxonomy_term_id=not-a-uuid", "taxonomy_term_id"),
        ("organization_id=00000000-0000-0000-0000-000000000000", "organization_id"),
        ("modified_after=yesterday", "modified_after"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client, places, query, parameter):
    data = get(client, "/service_at_locations?" + query, status=400)
    assert (data["error"], data["parameter"]) == ("bad_request", parameter)
    assert data["message"].startswith(parameter)


@pytest.mark.parametrize("id", ["12345", "x" * 5000, "a%00b"])
def test_a_malformed_id_is_a_400(client, id):
    assert get(client, f"/service_at_locations/{id}", status=400)["parameter"] == "id"


def test_an_unknown_id_is_a_json_404(client, places):
    data = get(client, "/service_at_locations/00000000-0000-0000-0000-000000000000", status=404)
    assert data["error"] == "not_found"
    # A live service's id is not a service-at-location's.
    get(client, f"/service_at_locations/{places['near'].pk}", status=404)
    assert client.post("/api/oruk/service_at_locations").status_code == 405


def test_a_page_costs_the_same_queries_whatever_the_data(client, places):
    def queries(query: str) -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            get(client, "/service_at_locations?" + query)
        return len(captured)

    before = [queries(q) for q in ("", "full=true", "postcode=ST4+1AA")]
    for number in range(6):
        locate(rich_service(name=f"Rich {number}"), f"Extra {number}", 300 * number)
    assert [queries(q) for q in ("", "full=true", "postcode=ST4+1AA")] == before


def test_the_openapi_document_describes_these_endpoints(client):
    paths = get(client, "/openapi.json")["paths"]
    assert {"/service_at_locations", "/service_at_locations/{id}"} <= set(paths)
    parameters = paths["/service_at_locations"]["get"]["parameters"]
    assert {"$ref": "#/components/parameters/proximity"} in parameters
