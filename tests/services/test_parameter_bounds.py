"""Every number in an address is bounded and written in ASCII digits: page and
per_page, ages, proximity, across the directory, the finder, the map, search and
the Open Referral API. Anything else is the usual clear 400, never a 500 and
never a quiet guess (issue 17, findings 4 and 10)."""

from urllib.parse import quote

import pytest
from django.db import connection

from services.filters import MAX_PAGE
from services.models import Postcode, ServiceLocation
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="bigint overflow shows only on PostgreSQL; CI runs this file there too",
)

API_LISTS = [
    "/services",
    "/service_at_locations",
    "/organizations",
    "/taxonomies",
    "/taxonomy_terms",
]
HTML_LISTS = ["/services/", "/professionals/", "/services/map/", "/search/?q=play&"]
PAGE_MESSAGE = f"Page numbers are whole numbers from 1 to {MAX_PAGE:,}."
AGE_MESSAGE = "Enter an age as a whole number from 0 to 25, like 7."
DIRECTORY_AGE_MESSAGE = (
    "Enter an age as a whole number from 0 to 25, like 7, or choose an age group."
)
# Numbers Python's int() or Django's IntegerField would take, and we do not.
NOT_PLAIN_NUMBERS = [
    "7.5",
    "7.0",
    quote("٧"),  # an Arabic-Indic seven
    quote("７"),  # a full-width seven
    quote("+7"),
    "1_0",
    "1e1",
    "07",
    "7%00",
    "0x7",
    quote("\u00a07"),  # a no-break space is not one we trim
]


@pytest.fixture
def services():
    """A service with a place, so every API list has something in it."""
    Postcode.objects.create(
        postcode="ST4 1AA", latitude=52.99, longitude=-2.17, district_code="E06000021"
    )
    service = ServiceFactory(name="Play and learn", minimum_age=3, maximum_age=9)
    ServiceLocation.objects.create(
        service=service, name="Centre", postcode="ST4 1AA", latitude=52.99, longitude=-2.17
    )
    ServiceFactory(name="Teen group", minimum_age=12, maximum_age=17)


def api(client, path: str, status: int):
    response = client.get("/api/oruk" + path)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def api_error(client, path: str, parameter: str) -> str:
    body = api(client, path, 400)
    assert (body["error"], body["parameter"]) == ("bad_request", parameter)
    return body["message"]


def html(client, path: str, query: str, status: int) -> str:
    separator = "" if path.endswith("&") else "?"
    response = client.get(path + separator + query)
    assert response.status_code == status, response.content.decode()[:300]
    return response.content.decode()


# ---------------------------------------------------------------------- finding 4: pages


@on_postgresql
@pytest.mark.parametrize("path", API_LISTS)
def test_a_page_past_bigint_is_a_json_400_on_postgresql(client, services, path):
    extras = ["", "&full=true", "&per_page=200"]
    if path == "/service_at_locations":
        extras.append("&postcode=ST4+1AA&proximity=5000")
    for extra in extras:
        for page in ("9223372036854775807", "9223372036854775808", "9" * 40):
            message = api_error(client, f"{path}?page={page}{extra}", "page")
            assert message == f"page: {PAGE_MESSAGE}"


@pytest.mark.parametrize("path", API_LISTS)
def test_every_api_list_bounds_page_and_per_page(client, services, path):
    for page in (str(MAX_PAGE + 1), "9223372036854775807", "0", "-1", *NOT_PLAIN_NUMBERS):
        assert api_error(client, f"{path}?page={page}", "page") == f"page: {PAGE_MESSAGE}"
    for per_page in ("0", "201", "-5", "50.0", quote("٥٠"), "1_0", "9" * 30):
        message = api_error(client, f"{path}?per_page={per_page}", "per_page")
        assert message == "per_page: Enter a whole number from 1 to 200."


@pytest.mark.parametrize("path", API_LISTS)
def test_the_deepest_api_page_past_the_end_is_empty(client, services, path):
    body = api(client, f"{path}?page={MAX_PAGE}&per_page=200", 200)
    assert (body["page_number"], body["empty"], body["contents"]) == (MAX_PAGE, True, [])
    body = api(client, f"{path}?page=1&per_page=1", 200)
    assert (body["page_number"], body["size"]) == (1, 1)


@pytest.mark.parametrize("path", HTML_LISTS)
def test_html_listings_answer_a_page_out_of_bounds_with_a_400_summary(client, services, path):
    for page in (str(MAX_PAGE + 1), "9223372036854775807", "0", "-1", "abc", "7.0", quote("٢")):
        text = html(client, path, f"page={page}", 400)
        assert "<title>Error: " in text
        assert "There is a problem" in text
        assert f"<li>{PAGE_MESSAGE}</li>" in text
        assert "Play and learn" not in text


@pytest.mark.parametrize("path", HTML_LISTS)
def test_html_listings_show_the_last_page_for_a_page_past_the_end(client, services, path):
    # Within the bound, a page past the last is forgiven: the last page is shown.
    for page in ("2", str(MAX_PAGE)):
        text = html(client, path, f"page={page}", 200)
        assert "Play and learn" in text
        assert PAGE_MESSAGE not in text


# ---------------------------------------------------------------------- finding 10: ages


@pytest.mark.parametrize("path", ["/services", "/service_at_locations"])
def test_api_ages_are_whole_numbers_from_0_to_25_in_ascii_digits(client, services, path):
    for parameter in ("minimum_age", "maximum_age"):
        for value in (*NOT_PLAIN_NUMBERS, "26", "-1", "130", "9223372036854775807"):
            message = api_error(client, f"{path}?{parameter}={value}", parameter)
            assert message == f"{parameter}: {AGE_MESSAGE}"


def test_api_ages_still_work_when_plain(client, services):
    listing = api(client, "/services?minimum_age=7&maximum_age=7", 200)
    assert [s["name"] for s in listing["contents"]] == ["Play and learn"]
    # Spaces round a number (a "+" in an address) are trimmed, as in the directory.
    listing = api(client, "/services?minimum_age=+13+", 200)
    assert [s["name"] for s in listing["contents"]] == ["Teen group"]


@pytest.mark.parametrize("path", ["/services/", "/professionals/", "/services/map/"])
def test_directory_finder_and_map_ages_are_whole_numbers_in_ascii_digits(client, services, path):
    for value in ("7.5", quote("٧"), quote("７"), quote("+7"), "1_0", "1e1", "07", "7%00"):
        text = html(client, path, f"age={value}", 400)
        assert DIRECTORY_AGE_MESSAGE in text
        assert "Play and learn" not in text
        # The old spelling takes only an age group.
        text = html(client, path, f"ages={value}", 400)
        assert "Choose an age group from the list." in text
    assert "Play and learn" in html(client, path, "age=+7+", 200)


# ---------------------------------------------------------------------- other numbers


def test_api_proximity_is_a_plain_number_of_metres(client, services):
    for proximity in (quote("٧٠٠"), "1e3", "1_000", "nan", "inf", "-5", "0", "1500001", "1.2.3"):
        message = api_error(
            client, f"/service_at_locations?postcode=ST4+1AA&proximity={proximity}", "proximity"
        )
        assert message == "proximity: Enter a distance in metres from 1 to 1,500,000, like 5000."
    for proximity in ("5000", "5000.5", "+5000+"):
        body = api(client, f"/service_at_locations?postcode=ST4+1AA&proximity={proximity}", 200)
        assert body["total_items"] == 1


@pytest.mark.parametrize("path", ["/services", "/service_at_locations"])
def test_api_modified_after_that_utc_cannot_hold_is_a_400(client, services, path):
    # Found by tests/test_fuzz.py: an OverflowError (500) on SQLite.
    for value in ("9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00%2B14:00"):
        message = api_error(client, f"{path}?modified_after={value}", "modified_after")
        assert message == (
            "modified_after: Enter a date and time from year 1 to 9999, like 2026-01-31T09:00:00Z."
        )
    assert api(client, f"{path}?modified_after=2020-01-01T00:00:00Z", 200)["total_items"] >= 1
