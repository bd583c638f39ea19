"""The directory near a postcode: distances, the radius, services that come to
you, bad postcodes, tags, facets and the cache (issue 15, the finder)."""

import math
import re
from html import unescape

import pytest

from services import places
from services.models import Area, Postcode, ServiceLocation
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

# ST4 1AA, roughly (Stoke-on-Trent). Test postcodes are made here, never read
# from the shipped data file.
HOME = (53.0, -2.18)
STOKE = "E06000021"
MILES_PER_DEGREE = places.MILES_PER_DEGREE_LATITUDE


def north_of_home(miles: float) -> tuple[float, float]:
    return HOME[0] + miles / MILES_PER_DEGREE, HOME[1]


def north_east_of_home(miles: float) -> tuple[float, float]:
    """``miles`` away at 45 degrees: inside the bounding box's corner for more
    than the radius."""
    step = miles / math.sqrt(2)
    latitude = HOME[0] + step / MILES_PER_DEGREE
    return latitude, HOME[1] + step / (MILES_PER_DEGREE * math.cos(math.radians(HOME[0])))


def located(name: str, point: tuple[float, float], **kwargs):
    service = ServiceFactory(name=name, **kwargs)
    ServiceLocation.objects.create(
        service=service,
        name=f"{name} centre",
        address="1 Example Street",
        postcode="ST4 1AA",
        latitude=f"{point[0]:.6f}",
        longitude=f"{point[1]:.6f}",
    )
    return service


def in_areas(service, *slugs):
    service.areas.set(Area.objects.filter(slug__in=slugs))
    service.save()
    return service


@pytest.fixture
def postcodes():
    Postcode.objects.bulk_create(
        [
            Postcode(postcode="ST4 1AA", latitude=HOME[0], longitude=HOME[1], district_code=STOKE),
            # Derby: a real postcode outside our two councils.
            Postcode(
                postcode="DE1 1AA", latitude=52.92, longitude=-1.47, district_code="E06000015"
            ),
        ]
    )


def get(client, query: str):
    return client.get("/services/?" + query)


def results(response) -> list[tuple[str, str]]:
    """(name, distance or mark) of each result, in order."""
    html = response.content.decode()
    items = re.findall(r'<li class="lo-result"[^>]*>(.*?)</li>', html, re.S)
    found = []
    for item in items:
        name = re.search(r'<a class="govuk-link" href="/services/[^"]+/">([^<]+)</a>', item)
        mark = re.search(r'<p class="govuk-body-s lo-result__place"><strong>([^<]+)<', item)
        found.append((unescape(name.group(1)), mark.group(1) if mark else ""))
    return found


def names(response) -> list[str]:
    assert response.status_code == 200, response.content.decode()[:500]
    return [name for name, _ in results(response)]


# ------------------------------------------------------------------ the helpers


def test_miles_read_as_a_parent_expects():
    assert places.miles_away(2.345) == "2.3 miles away"
    assert places.miles_away(1.04) == "1 mile away"
    assert places.miles_away(0.04) == "Less than 0.1 miles away"
    assert places.miles_away(12.0) == "12 miles away"
    assert places.miles_away(None) == ""
    assert places.within_label(1) == "within 1 mile"
    assert places.within_label(5) == "within 5 miles"
    assert places.within_label(None) == ""


def test_the_bounding_box_holds_every_point_within_the_radius():
    box = places.bounding_box(*HOME, 5)
    for bearing in range(0, 360, 15):
        # 5 miles on each bearing, by the exact formula, lies inside the box.
        step = 4.999
        latitude = HOME[0] + step * math.cos(math.radians(bearing)) / MILES_PER_DEGREE
        longitude = HOME[1] + step * math.sin(math.radians(bearing)) / (
            MILES_PER_DEGREE * math.cos(math.radians(latitude))
        )
        assert places.haversine_miles(*HOME, latitude, longitude) < 5.01
        assert box.south <= latitude <= box.north
        assert box.west <= longitude <= box.east


def test_the_database_distance_is_the_great_circle_distance(postcodes):
    service = located("Clinic", north_east_of_home(3.7))
    from services.selectors import postcode_place, service_with_distance

    place = postcode_place(postcode="ST4 1AA")
    found = service_with_distance(
        ServiceFactory._meta.model.objects.filter(pk=service.pk), place=place, miles=None
    ).get()
    location = service.locations.get()
    expected = places.haversine_miles(*HOME, float(location.latitude), float(location.longitude))
    assert found.distance == pytest.approx(expected, abs=1e-4)
    assert found.distance == pytest.approx(3.7, abs=0.01)


# ------------------------------------------------------------ order and radius


def test_nearest_first_is_the_default_with_a_postcode_and_shows_distances(client, postcodes):
    located("Far", north_of_home(4.0))
    located("Near", north_of_home(1.0))
    located("Middle", north_east_of_home(2.34))
    response = get(client, "postcode=st41aa&distance=5")
    assert results(response) == [
        ("Near", "1 mile away"),
        ("Middle", "2.3 miles away"),
        ("Far", "4 miles away"),
    ]
    html = response.content.decode()
    assert "3 services found" in html
    assert '<span aria-current="true"><b>Nearest first</b></span>' in html
    # Another order keeps the radius and the distances.
    by_name = get(client, "postcode=ST4+1AA&distance=5&sort=name")
    assert results(by_name) == [
        ("Far", "4 miles away"),
        ("Middle", "2.3 miles away"),
        ("Near", "1 mile away"),
    ]


def test_a_service_is_as_near_as_its_nearest_location(client, postcodes):
    service = located("Two sites", north_of_home(8.0))
    ServiceLocation.objects.create(
        service=service,
        name="Nearer site",
        address="2 Example Street",
        postcode="ST4 1AB",
        latitude=f"{north_of_home(0.5)[0]:.6f}",
        longitude=f"{HOME[1]:.6f}",
    )
    located("One site", north_of_home(2.0))
    assert results(get(client, "postcode=ST4+1AA&distance=10")) == [
        ("Two sites", "0.5 miles away"),
        ("One site", "2 miles away"),
    ]


def test_the_radius_edges(client, postcodes):
    located("Just inside", north_of_home(4.98))
    located("Just outside", north_of_home(5.02))
    # Inside the bounding box's corner, but 5.5 miles away: the exact distance decides.
    located("In the corner", north_east_of_home(5.5))
    assert names(get(client, "postcode=ST4+1AA&distance=5")) == ["Just inside"]
    assert names(get(client, "postcode=ST4+1AA&distance=10")) == [
        "Just inside",
        "Just outside",
        "In the corner",
    ]
    # Any distance: every located service, nearest first.
    assert names(get(client, "postcode=ST4+1AA")) == [
        "Just inside",
        "Just outside",
        "In the corner",
    ]
    assert names(get(client, "postcode=ST4+1AA&distance=1")) == []


def test_a_postcode_keeps_every_other_filter(client, postcodes):
    located("Near for little ones", north_of_home(1.0), maximum_age=4)
    located("Near for teenagers", north_of_home(2.0), minimum_age=11, maximum_age=18)
    located("Far for little ones", north_of_home(30.0), maximum_age=4)
    assert names(get(client, "postcode=ST4+1AA&distance=5&age=3")) == ["Near for little ones"]


# --------------------------------------------------- services without a location


@pytest.fixture
def reaching(postcodes):
    """Services with no address near ST4 1AA, in its area or not."""
    in_areas(
        ServiceFactory(
            name="Home visits in Stoke", delivered_in_person=False, delivered_at_home=True
        ),
        "stoke-on-trent",
    )
    ServiceFactory(
        name="Helpline everywhere", delivered_in_person=False, delivered_by_telephone=True
    )
    in_areas(
        ServiceFactory(
            name="Home visits in Tamworth", delivered_in_person=False, delivered_at_home=True
        ),
        "tamworth",
    )
    # Based far away, but visits homes in Stoke-on-Trent too.
    in_areas(
        located("Far office, visits homes", north_of_home(40.0), delivered_at_home=True),
        "stoke-on-trent",
        "tamworth",
    )
    located("Far clinic", north_of_home(40.0))
    located("Near clinic", north_of_home(2.0))


def test_services_that_come_to_you_are_listed_by_area_and_marked(client, reaching):
    assert results(get(client, "postcode=ST4+1AA&distance=5")) == [
        ("Near clinic", "2 miles away"),
        ("Far office, visits homes", "Comes to you"),
        ("Home visits in Stoke", "Comes to you"),
        ("Helpline everywhere", "Online or by phone"),
    ]


def test_with_another_order_they_are_still_there_without_a_distance(client, reaching):
    assert results(get(client, "postcode=ST4+1AA&distance=5&sort=name")) == [
        ("Far office, visits homes", "Comes to you"),
        ("Helpline everywhere", "Online or by phone"),
        ("Home visits in Stoke", "Comes to you"),
        ("Near clinic", "2 miles away"),
    ]


def test_a_postcode_outside_our_areas_still_works_with_a_note(client, reaching):
    response = get(client, "postcode=DE1+1AA&distance=20")
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "Services are listed for Staffordshire and Stoke-on-Trent" in html
    # Nothing is within 20 miles of Derby here; only what is available everywhere.
    assert results(response) == [("Helpline everywhere", "Online or by phone")]


# -------------------------------------------------------------- bad postcodes


@pytest.mark.parametrize(
    "postcode",
    ["NOTAPOSTCODE", "ST99 9ZZ", "BFPO 1234", "S" * 5000, "ST4\x001AA", "ST4 1AA\x00", "💥"],
)
def test_a_bad_postcode_is_a_400_that_keeps_the_rest_of_the_query(client, postcodes, postcode):
    located("Near", north_of_home(1.0))
    response = client.get(
        "/services/",
        {"postcode": postcode, "distance": "5", "age": "7", "category": "education", "q": "help"},
    )
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert "Enter a real postcode, like ST4 1AA" in html
    assert 'href="#id_postcode"' in html  # the error summary links to the field
    # The rest of the form is as it was.
    assert '<option value="7" selected>7</option>' in html
    assert re.search(r'value="education"[^>]*checked', html)
    assert '<option value="5" selected>' in html
    assert 'value="help"' in html
    assert "Near" not in re.findall(r'<li class="lo-result"[^>]*>.*?</li>', html, re.S)
    assert len(html) < 200_000  # a 5,000-character postcode is not echoed back whole


def test_a_bad_distance_is_a_400(client, postcodes):
    response = get(client, "postcode=ST4+1AA&distance=7")
    assert response.status_code == 400
    assert "Choose a distance from the list." in response.content.decode()


def test_nearest_without_a_postcode_falls_back_to_the_usual_order(client, postcodes):
    located("B clinic", north_of_home(1.0))
    located("A clinic", north_of_home(2.0))
    response = get(client, "sort=nearest")
    assert names(response) == ["A clinic", "B clinic"]
    assert "Nearest first" not in response.content.decode()
    # Distance alone narrows nothing.
    assert names(get(client, "distance=1")) == ["A clinic", "B clinic"]


# ------------------------------------------------------ tags, facets, pages, cache


def test_the_postcode_tag_removes_postcode_distance_and_order(client, postcodes):
    located("Near", north_of_home(1.0))
    response = get(client, "postcode=st4+1aa&distance=5&sort=nearest&age=7")
    html = unescape(response.content.decode())
    hidden = '<span class="govuk-visually-hidden">Remove filter: </span>'
    tag = re.search(
        rf'<a class="lo-tag" href="([^"]+)">{hidden}Near ST4 1AA, within 5 miles', html
    )
    assert tag, html
    assert tag.group(1) == "?age=7"
    assert "Age 7" in html
    any_distance = unescape(get(client, "postcode=ST4+1AA").content.decode())
    assert f'<a class="lo-tag" href="?">{hidden}Near ST4 1AA <' in any_distance


def test_facet_counts_follow_the_postcode(client, postcodes):
    located("Near school help", north_of_home(1.0), categories=["education"])
    located("Near health", north_of_home(1.5), categories=["health"])
    located("Far health", north_of_home(30.0), categories=["health"])
    html = get(client, "postcode=ST4+1AA&distance=5").content.decode()

    def count(slug):
        return re.search(
            rf'value="{slug}".*?<span class="lo-count">\((\d+)\)</span>', html, re.S
        ).group(1)

    assert (count("education"), count("health")) == ("1", "1")
    wider = get(client, "postcode=ST4+1AA&distance=20").content.decode()
    html = wider
    assert count("health") == "1"
    html = get(client, "postcode=ST4+1AA").content.decode()
    assert count("health") == "2"


def test_pages_of_results_keep_the_postcode(client, postcodes):
    for n in range(23):
        located(f"Clinic {n:02}", north_of_home(0.1 + n * 0.1))
    first = get(client, "postcode=ST4+1AA&distance=5")
    assert "23 services found" in first.content.decode()
    assert len(names(first)) == 20
    assert "page=2" in first.content.decode()
    assert "postcode=ST4+1AA" in first.content.decode()
    second = get(client, "postcode=ST4+1AA&distance=5&page=2")
    assert names(second) == ["Clinic 20", "Clinic 21", "Clinic 22"]


def test_the_cache_is_keyed_by_the_postcode(client, postcodes):
    Postcode.objects.create(
        postcode="ST16 2LH", latitude=52.81, longitude=-2.12, district_code="E07000197"
    )
    located("Stoke clinic", north_of_home(1.0))
    located("Stafford clinic", (52.81, -2.12))
    stoke = get(client, "postcode=ST4+1AA&distance=5")
    again = get(client, "postcode=ST4+1AA&distance=5")
    stafford = get(client, "postcode=ST16+2LH&distance=5")
    assert (stoke["X-Cache"], again["X-Cache"], stafford["X-Cache"]) == ("miss", "hit", "miss")
    assert names(again) == ["Stoke clinic"]
    assert names(stafford) == ["Stafford clinic"]
    # A bad postcode's page is never kept.
    assert get(client, "postcode=ZZ&distance=5")["X-Cache"] == "miss"
    assert get(client, "postcode=ZZ&distance=5")["X-Cache"] == "miss"


# ---------------------------------------------------------------- professionals


def test_professionals_find_routes_near_a_postcode(client, reaching):
    response = client.get("/professionals/?postcode=ST4+1AA&distance=5")
    assert response.status_code == 200
    html = unescape(response.content.decode())
    services = re.findall(r'<th scope="row" class="govuk-table__header"><a[^>]*>([^<]+)</a>', html)
    assert services == [
        "Near clinic",
        "Far office, visits homes",
        "Home visits in Stoke",
        "Helpline everywhere",
    ]
    assert "2 miles away" in html
    assert "Comes to you" in html
    assert "Near ST4 1AA, within 5 miles" in html
    bad = client.get("/professionals/?postcode=nowhere&referral=professional")
    assert bad.status_code == 400
    assert "Enter a real postcode, like ST4 1AA" in unescape(bad.content.decode())
    csv = client.get("/professionals/referral-routes.csv?postcode=ST4+1AA&distance=5")
    assert csv.status_code == 200
    assert "Near clinic" in b"".join(csv.streaming_content).decode()


def test_a_search_near_a_postcode_that_found_nothing_keeps_only_its_district(client, postcodes):
    from unittest import mock

    from services.signals import search_found_nothing

    handler = mock.Mock()
    search_found_nothing.connect(handler)
    try:
        assert names(get(client, "postcode=ST4+1AA&distance=1")) == []
    finally:
        search_found_nothing.disconnect(handler)
    filters = handler.call_args.kwargs["filters"]
    assert "postcode=ST4&" in filters + "&"
    assert "1AA" not in filters
