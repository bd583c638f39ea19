"""Maps in a real browser, never fetching tiles: every request that is not to the
live server is aborted, as a tile server that is down would be. Markers must
still appear, be reachable by keyboard and open the place's details."""

import re

import pytest

from services.models import Service, ServiceLocation

from .conftest import axe_violations, html_errors, screenshot

LOCAL_HOSTS = ("127.0.0.1", "localhost")


def offline(page) -> list[str]:
    """Abort every request to anywhere but the live server; return what was tried."""
    blocked = []

    def handle(route):
        host = route.request.url.split("/")[2].split(":")[0]
        if host in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", handle)
    return blocked


@pytest.fixture
def open_offline(browser):
    contexts = []

    def _open(url: str, width: int = 1280, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.blocked = offline(page)
        page.goto(url)
        return page

    yield _open
    for context in contexts:
        context.close()


def located_service() -> Service:
    """A demo service with the most places that have coordinates."""
    located = ServiceLocation.objects.filter(latitude__isnull=False, service__live=True)
    counts = {}
    for location in located:
        counts[location.service_id] = counts.get(location.service_id, 0) + 1
    return Service.objects.get(pk=max(counts, key=counts.get))


PLACES_ON_MAP = """() => [
    ...document.querySelectorAll('.lo-map [role=button].leaflet-marker-icon')
].map(marker => marker.getAttribute('alt') || marker.getAttribute('aria-label'))"""


def places_on_map(page) -> int:
    """How many places the markers lead to, by their accessible names: a pin is
    "Place, Service" (one) or "Place: 3 services"; a group is "12 places"."""
    total = 0
    for name in page.evaluate(PLACES_ON_MAP):
        match = re.fullmatch(r"(\d+) places", name) or re.search(r": (\d+) services$", name)
        total += int(match[1]) if match else 1
    return total


def no_targets_overlap(page) -> bool:
    """Every marker and group is at least 24px square and clear of every other."""
    return page.evaluate(
        """() => {
            const boxes = [...document.querySelectorAll('.lo-map .leaflet-marker-icon')]
                .map(marker => marker.getBoundingClientRect());
            return boxes.every((a, i) => a.width >= 24 && a.height >= 24 && boxes.every((b, j) =>
                i === j || a.right <= b.left || b.right <= a.left
                || a.bottom <= b.top || b.bottom <= a.top));
        }"""
    )


def open_a_popup(page) -> None:
    """Open a place's popup by keyboard, zooming into groups until a pin shows."""
    for _ in range(20):
        pins = page.locator(".lo-map img.leaflet-marker-icon")
        if pins.count():
            pins.first.focus()
            page.keyboard.press("Enter")
            page.locator(".leaflet-popup-content").wait_for()
            return
        group = page.locator(".lo-map .lo-map__cluster").first
        label = group.get_attribute("aria-label")
        group.focus()
        page.keyboard.press("Enter")
        # Focus follows to the marker of the group's first place, once zoomed.
        page.wait_for_function(
            "label => document.activeElement?.classList.contains('leaflet-marker-icon')"
            " && document.activeElement.getAttribute('aria-label') !== label",
            arg=label,
        )
    pytest.fail("No place's pin was reached by zooming in")


@pytest.fixture
def service_page(demo_directory):
    service = located_service()
    places = service.locations.filter(latitude__isnull=False, longitude__isnull=False)
    return demo_directory + service.get_absolute_url(), service, list(places)


def test_a_service_page_draws_a_marker_for_each_place_without_tiles(service_page, open_offline):
    url, service, places = service_page
    page = open_offline(url)
    markers = page.locator(".lo-map .leaflet-marker-icon")
    markers.first.wait_for()
    assert places_on_map(page) == len(places)
    assert no_targets_overlap(page)
    assert page.locator(".lo-map").is_visible()
    # Tiles were asked for and refused; the list and its directions are all there.
    assert any("tile.openstreetmap.org" in url for url in page.blocked)
    assert page.get_by_role("link", name=f"Get directions to {places[0].name}").count() >= 1
    # The attribution the tile policy asks for is shown.
    attribution = page.locator(".leaflet-control-attribution")
    assert "OpenStreetMap" in attribution.inner_text()
    assert (
        attribution.get_by_role("link", name="OpenStreetMap").get_attribute("href")
        == "https://www.openstreetmap.org/copyright"
    )


def test_a_marker_is_reachable_by_keyboard_and_opens_its_details(service_page, open_offline):
    url, service, places = service_page
    page = open_offline(url)
    page.locator(".lo-map .leaflet-marker-icon").first.wait_for()
    name = f"{places[0].name}, {service.name}"
    # Tab from the skip link: the map itself, then its markers.
    page.get_by_role("link", name="Skip the map").focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('alt')") == name:
            break
    else:
        pytest.fail(f"No marker named {name!r} was reached by Tab")
    assert page.get_by_role("button", name=name).count() >= 1
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert places[0].name in popup.inner_text()
    assert places[0].postcode in popup.inner_text()
    directions = popup.get_by_role("link", name=f"Get directions to {places[0].name}")
    assert directions.get_attribute("href").startswith("https://www.openstreetmap.org/directions")
    # Focus went into the popup; Escape closes it and gives focus back to the marker.
    assert page.evaluate("document.activeElement.classList.contains('lo-map__popup')")
    page.keyboard.press("Escape")
    popup.wait_for(state="detached")
    assert page.evaluate("document.activeElement.getAttribute('alt')") == name


def test_skip_the_map_moves_to_the_list(service_page, open_offline):
    url, _, _ = service_page
    page = open_offline(url)
    page.locator(".lo-map .leaflet-marker-icon").first.wait_for()
    page.get_by_role("link", name="Skip the map").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "places"


def test_without_javascript_the_list_is_all_there(service_page, open_page):
    url, _, places = service_page
    page = open_page(url, javascript=False)
    assert not page.locator(".lo-map").is_visible()
    for place in places:
        assert page.get_by_role("link", name=f"Get directions to {place.name}").count() >= 1


def test_the_map_view_draws_the_results_places(demo_directory, open_offline):
    page = open_offline(demo_directory + "/services/")
    page.get_by_role("link", name="Show on a map").click()
    page.wait_for_url("**/services/map/**")
    markers = page.locator(".lo-map .leaflet-marker-icon")
    markers.first.wait_for()
    located = ServiceLocation.objects.filter(
        service__live=True, latitude__isnull=False, longitude__isnull=False
    )
    assert page.locator(".lo-location[data-lat]").count() == located.count()
    # Close places are grouped, so no marker hides another; every place is
    # reached through a marker or a group.
    assert places_on_map(page) == located.count()
    assert no_targets_overlap(page)


def test_a_group_zooms_in_to_its_places_by_keyboard(demo_directory, open_offline):
    page = open_offline(demo_directory + "/services/map/", width=375)
    page.locator(".lo-map .leaflet-marker-icon").first.wait_for()
    group = page.locator(".lo-map .lo-map__cluster").first
    assert group.get_attribute("role") == "button"
    assert re.fullmatch(r"\d+ places", group.get_attribute("aria-label"))
    before = page.evaluate(PLACES_ON_MAP)
    open_a_popup(page)
    assert page.evaluate(PLACES_ON_MAP) != before
    assert page.evaluate("document.activeElement.classList.contains('lo-map__popup')")
    page.keyboard.press("Escape")
    page.locator(".leaflet-popup").wait_for(state="detached")
    assert page.evaluate("document.activeElement.getAttribute('alt')")


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_pages_with_maps_pass_axe_and_the_html_checker(
    service_page, demo_directory, open_offline, width
):
    url, _, _ = service_page
    documents = {}
    for name, address in (
        ("service", url),
        ("map-view", demo_directory + "/services/map/"),
        # With filters in use, whose tags sit right under the page's heading.
        ("map-view-filtered", demo_directory + "/services/map/?category=education&age=7"),
    ):
        page = open_offline(address, width=width)
        page.locator(".lo-map .leaflet-marker-icon").first.wait_for()
        documents[name] = page.content()
        assert no_targets_overlap(page), name
        assert axe_violations(page) == [], name
        # And with a place's popup open, on a phone too.
        open_a_popup(page)
        screenshot(page, f"map-{name}-{width}")
        assert axe_violations(page) == [], f"{name} with a popup open"
    if width == 1280:
        assert html_errors(documents) == {}
