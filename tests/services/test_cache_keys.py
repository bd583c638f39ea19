"""Cached pages are keyed by the parameters their view reads, and nothing else
(issue 17, finding 6): ``?utm_source=...`` and friends share the page they do
not change, instead of each building and storing a copy of their own."""

from unittest import mock

import pytest
from django.core.cache import cache

from services import selectors
from services.my_list import encode_token
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def cached_pages() -> list[str]:
    """The keys of whole pages in the (per-process memory) test cache."""
    return [key for key in cache._cache if ":services:page:" in key]


def test_300_unknown_parameters_make_one_cached_page_and_one_build(client):
    ServiceFactory(name="Portage", slug="portage")
    with mock.patch.object(selectors, "service_list", wraps=selectors.service_list) as builds:
        for number in range(300):
            response = client.get("/services/", {"utm_source": f"newsletter-{number}"})
            assert response.status_code == 200
    assert builds.call_count == 1
    assert len(cached_pages()) == 1
    # The page built for the first visitor does not carry their parameter on.
    assert "utm_source" not in response.content.decode()


def test_known_parameters_in_any_order_share_one_page(client):
    ServiceFactory(categories=["education", "health"])
    first = client.get("/services/?category=health&category=education&age=7&page=1")
    again = client.get("/services/?page=1&age=7&category=education&category=health&fbclid=x")
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("/services/?q=portage", "/services/?q=speech"),
        ("/services/?category=health", "/services/?category=education"),
        ("/services/", "/services/?page=2"),
        ("/services/", "/services/?sort=reviewed"),
        ("/services/", "/services/?ages=5-10"),
        ("/services/?free=true", "/services/?free=true&distance=5"),
        ("/professionals/", "/professionals/?referral=gp"),
        ("/search/?q=portage", "/search/?q=speech"),
    ],
)
def test_every_parameter_a_page_reads_still_makes_its_own_page(client, one, other):
    assert client.get(one)["X-Cache"] == "miss"
    assert client.get(other)["X-Cache"] == "miss"


def test_a_shared_list_is_keyed_by_its_list(client):
    portage = ServiceFactory(name="Portage")
    speech = ServiceFactory(name="Speech therapy")
    path = "/services/my-list/shared/"
    first = client.get(path, {"services": encode_token([portage.pk])})
    other = client.get(path, {"services": encode_token([speech.pk]), "utm_source": "x"})
    same = client.get(path, {"services": encode_token([portage.pk]), "utm_source": "x"})
    assert (first["X-Cache"], other["X-Cache"], same["X-Cache"]) == ("miss", "miss", "hit")


@pytest.mark.parametrize(
    "path",
    [
        "/services/portage/",
        "/services/?age=7",
        "/services/map/?age=7",
        "/professionals/?age=7",
        "/professionals/print/?age=7",
        "/search/?q=portage",
    ],
)
def test_each_cached_page_ignores_parameters_it_does_not_read(client, path):
    ServiceFactory(name="Portage", slug="portage")
    assert client.get(path)["X-Cache"] == "miss"
    joiner = "&" if "?" in path else "?"
    again = client.get(f"{path}{joiner}utm_source=a&utm_medium=b&gclid=c")
    assert again["X-Cache"] == "hit"
