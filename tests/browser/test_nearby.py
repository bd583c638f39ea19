"""The directory near a postcode in a real browser: axe with a postcode (and with a
bad one), and a keyboard-only journey from a postcode search to a service and
its directions link. Requests to anywhere but the live server are aborted (the
service page's map would fetch tiles)."""

import re

import pytest

from services.models import Area, Postcode, ServiceLocation
from tests.factories import ServiceFactory

from .conftest import axe_violations, screenshot
from .test_maps import open_offline  # noqa: F401 (a fixture)
from .test_search import focused, tab_until

HOME = (53.0, -2.18)


@pytest.fixture
def near_site(demo_site):
    """A postcode of our own, a service a mile away, one that comes to you, one far off."""
    Postcode.objects.update_or_create(
        postcode="ST4 1AA",
        defaults={"latitude": HOME[0], "longitude": HOME[1], "district_code": "E06000021"},
    )
    clinic = ServiceFactory(
        name="Hanley speech clinic", slug="hanley-speech-clinic", categories=["health"]
    )
    ServiceLocation.objects.create(
        service=clinic,
        name="Hanley health centre",
        address="1 Example Street, Hanley",
        postcode="ST4 1AA",
        latitude=f"{HOME[0] + 1 / 69.09:.6f}",
        longitude=f"{HOME[1]:.6f}",
    )
    visits = ServiceFactory(
        name="Portage home visits",
        slug="portage-home-visits",
        delivered_in_person=False,
        delivered_at_home=True,
    )
    visits.areas.set(Area.objects.filter(slug="stoke-on-trent"))
    visits.save()
    far = ServiceFactory(name="Burton swimming club", slug="burton-swimming")
    ServiceLocation.objects.create(
        service=far,
        name="Burton baths",
        address="Burton upon Trent",
        postcode="DE14 1AA",
        latitude="52.803000",
        longitude="-1.630000",
    )
    return demo_site


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_the_directory_with_a_postcode_passes_axe(near_site, open_offline, width):  # noqa: F811
    page = open_offline(f"{near_site}/services/?postcode=ST4+1AA&distance=5", width=width)
    screenshot(page, f"directory-postcode-{width}")
    results = page.locator(".lo-result")
    assert results.count() == 2
    assert "1 mile away" in results.nth(0).inner_text()
    assert "Comes to you" in results.nth(1).inner_text()
    assert axe_violations(page) == []


def test_a_bad_postcode_passes_axe_and_keeps_the_form(near_site, open_offline):  # noqa: F811
    page = open_offline(f"{near_site}/services/?postcode=ZZ99+9ZZ&distance=5&age=7")
    assert (
        "Enter a real postcode, like ST4 1AA" in page.locator(".govuk-error-summary").inner_text()
    )
    assert page.locator("#id_age").input_value() == "7"
    assert page.locator("#id_distance").input_value() == "5"
    assert axe_violations(page) == []


def test_keyboard_only_from_a_postcode_search_to_a_service_and_directions(
    near_site,
    open_offline,  # noqa: F811
):
    page = open_offline(f"{near_site}/services/")
    tab_until(page, lambda focus: focus["id"] == "id_postcode")
    page.keyboard.type("st4 1aa")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_distance"
    # "Any distance", "Within 1 mile", "Within 3 miles", "Within 5 miles".
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    assert page.locator("#id_distance").input_value() == "5"
    page.keyboard.press("Shift+Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"postcode=st4\+1aa", page.url)
    assert page.locator("h2#results-heading").inner_text() == "2 services found"
    assert "Near ST4 1AA, within 5 miles" in page.locator(".lo-active-filters").inner_text()
    tab_until(
        page,
        lambda focus: focus["tag"] == "a" and focus["href"] == "/services/hanley-speech-clinic/",
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Hanley speech clinic"
    tab_until(page, lambda focus: focus["tag"] == "a" and "Get directions" in focus["text"])
    href = page.evaluate("() => document.activeElement.href")
    assert href.startswith("https://www.openstreetmap.org/directions?to=")
