"""Directory pages come from the cache, but never outlive a change to the directory."""

import re

import pytest

from services.models import Category
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def without_csrf_tokens(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", content)


def test_a_repeated_visit_is_served_from_the_cache(client):
    ServiceFactory(name="Portage", slug="portage")
    for path in ("/services/?age=3", "/services/portage/"):
        first = client.get(path)
        again = client.get(path)
        assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
        # The same page, but each serve carries the visitor's own CSRF token.
        assert without_csrf_tokens(again.content) == without_csrf_tokens(first.content)
        assert again["Content-Type"] == "text/html; charset=utf-8"
        assert again["X-Frame-Options"] == "DENY"  # middleware still runs on a hit


def test_a_publish_or_unpublish_shows_at_once(client):
    service = ServiceFactory(name="Portage", slug="portage")
    assert "Portage" in client.get("/services/").content.decode()
    assert client.get("/services/portage/").status_code == 200

    ServiceFactory(name="Wheelchair service")
    assert "Wheelchair service" in client.get("/services/").content.decode()

    service.live = False  # what unpublishing does
    service.save(update_fields=["live"])
    assert "Portage" not in client.get("/services/").content.decode()
    assert client.get("/services/portage/").status_code == 404


def test_renaming_a_category_shows_at_once(client):
    ServiceFactory(categories=["transport"])
    assert "Transport" in client.get("/services/").content.decode()
    category = Category.objects.get(slug="transport")
    category.name = "Getting about"
    category.save()
    assert "Getting about" in client.get("/services/").content.decode()


def test_signed_in_editors_always_get_a_fresh_page(admin_client):
    ServiceFactory(name="Portage")
    for _ in range(2):
        response = admin_client.get("/services/")
        assert "X-Cache" not in response
        assert "Portage" in response.content.decode()


def test_error_answers_are_not_kept(client):
    for _ in range(2):
        response = client.get("/services/?age=99")
        assert response.status_code == 400
        assert response["X-Cache"] == "miss"
