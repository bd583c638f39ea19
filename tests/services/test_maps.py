"""Maps: a service page's map of its places, and /services/map/ for the directory's
results. The map is an enhancement: the places and their directions links are
always in the HTML; the tile server and its attribution come from settings."""

import html as html_lib
import re
from decimal import Decimal

import pytest

from services import views
from services.models import ServiceLocation
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def place(service, name, latitude=None, longitude=None, postcode="ST16 2LH", **kwargs):
    return ServiceLocation.objects.create(
        service=service,
        name=name,
        address=f"{name}, 1 Example Street, Stafford",
        postcode=postcode,
        latitude=latitude,
        longitude=longitude,
        **kwargs,
    )


@pytest.fixture
def located():
    service = ServiceFactory(name="Portage home visiting", slug="portage")
    place(service, "Stafford family hub", Decimal("52.806693"), Decimal("-2.120660"))
    place(service, "Rising Brook children's centre", Decimal("52.795000"), Decimal("-2.130000"))
    return service


def test_a_service_with_located_places_has_a_map_above_its_list(client, located):
    html = client.get("/services/portage/").content.decode()
    where = html.index("Where to go")
    assert where < html.index('data-module="lo-map"') < html.index('id="places"')
    assert html.index('id="places"') < html.index("Stafford family hub</h3>")
    # Hidden until the script draws it; a skip link to the list; a label.
    assert re.search(r'<div class="lo-map" data-module="lo-map"[^>]* hidden>', html)
    assert '<a class="govuk-link lo-map__skip" href="#places">Skip the map</a>' in html
    assert 'role="region" aria-label="Map of where to go for Portage home visiting"' in html
    # Leaflet and the map script only on pages with a map; no inline script.
    assert "vendor/leaflet/leaflet.js" in html
    assert "vendor/leaflet/leaflet.css" in html
    assert "js/map.js" in html
    assert 'data-lat="52.806693" data-lng="-2.120660"' in html
    assert 'data-name="Stafford family hub" data-service="Portage home visiting"' in html
    assert "unpkg" not in html and "cdn" not in html.lower()


def test_every_place_has_a_directions_link_with_or_without_coordinates(client, located):
    place(located, "Village hall", postcode="ST17 4AB")  # no coordinates
    html = client.get("/services/portage/").content.decode()
    assert (
        'href="https://www.openstreetmap.org/directions?to=52.806693%2C-2.120660">'
        'Get directions<span class="govuk-visually-hidden"> to Stafford family hub</span>'
    ) in html
    assert 'href="https://www.openstreetmap.org/directions?to=ST17%204AB">' in html
    assert html.count(">Get directions<") == 3
    assert html.count('class="lo-location"') == 3
    assert html.count("data-lat=") == 2


def test_no_map_without_coordinates_but_the_list_and_directions_stay(client):
    service = ServiceFactory(slug="no-coordinates")
    place(service, "Village hall", postcode="ST17 4AB")
    html = client.get("/services/no-coordinates/").content.decode()
    assert "Village hall" in html
    assert ">Get directions<" in html
    assert 'data-module="lo-map"' not in html
    assert "leaflet" not in html and "map.js" not in html


def test_no_map_and_no_list_without_locations(client):
    ServiceFactory(slug="online-only")
    html = client.get("/services/online-only/").content.decode()
    assert "Where to go" not in html
    assert 'data-module="lo-map"' not in html
    assert "leaflet" not in html


def test_the_tile_server_and_its_attribution_come_from_settings(client, located, settings):
    default = client.get("/services/portage/").content.decode()
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in default
    attribution = re.search(r'data-attribution="([^"]*)"', default).group(1)
    assert html_lib.unescape(attribution) == (
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    )
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "Tiles <b>by</b> Example"
    # A new generation of the directory's cache: settings are read at build time.
    from django.core.cache import cache

    cache.clear()
    html = client.get("/services/portage/").content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in html
    # Escaped in the attribute, so it cannot break out; Leaflet shows it as HTML.
    assert 'data-attribution="Tiles &lt;b&gt;by&lt;/b&gt; Example"' in html


def test_the_directory_offers_its_results_on_a_map(client, located):
    ServiceFactory(name="Another service", categories=["health"])
    html = client.get("/services/?category=education").content.decode()
    assert (
        '<a class="govuk-link" href="/services/map/?category=education">Show on a map</a>' in html
    )


def test_the_map_view_shows_the_filtered_results_places_and_lists_them(client, located):
    ServiceFactory(name="Health visiting", slug="health-visiting", categories=["health"])
    phone_only = ServiceFactory(name="Helpline", slug="helpline", categories=["education"])
    assert phone_only.locations.count() == 0
    response = client.get("/services/map/?category=education")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="govuk-heading-xl">Services on a map</h1>' in html
    assert "2 services found, with 2 places to visit on the map." in html
    assert 'data-module="lo-map"' in html and "js/map.js" in html
    assert 'role="region" aria-label="Map of services"' in html
    assert 'href="#place-list">Skip the map</a>' in html
    # The list under the map: the service, its places, each with directions.
    assert '<a class="govuk-link" href="/services/portage/">Portage home visiting</a>' in html
    assert 'data-service-url="/services/portage/"' in html
    assert html.count(">Get directions<") == 2
    assert "Health visiting" not in html  # filtered out
    # A service with no place to visit is counted, not dropped silently.
    assert "1 service has no place to visit" in html
    assert 'href="/services/?category=education">Back to the list of services</a>' in html


def test_the_map_view_caps_its_markers_and_says_so(client, located, monkeypatch):
    monkeypatch.setattr(views, "MAP_LIMIT", 1)
    html = client.get("/services/map/").content.decode()
    assert html.count("data-lat=") == 1
    assert "The map shows the first 1 places." in html


def test_the_map_view_without_places_draws_no_map(client):
    ServiceFactory(name="Helpline")
    html = client.get("/services/map/").content.decode()
    assert 'data-module="lo-map"' not in html and "leaflet" not in html
    assert "None of these services has a place to visit on the map." in html


def test_the_map_view_rejects_bad_filters_like_the_directory(client, located):
    response = client.get("/services/map/?age=200")
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'data-module="lo-map"' not in html
