"""Directory pages come from the cache, but never outlive a change to the directory."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import OperationalError, transaction
from django.test import Client

from services.models import Category, DirectoryGeneration
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


def test_the_generation_is_in_the_database_and_a_change_replaces_it_there(client):
    before = DirectoryGeneration.objects.get().token
    ServiceFactory(name="Portage")
    assert DirectoryGeneration.objects.get().token != before
    # Nothing about it is kept in the cache, which another process may not share.
    cache.clear()
    ServiceFactory(name="Speech therapy")
    assert "Speech therapy" in client.get("/services/").content.decode()
    assert "Speech therapy" in client.get("/services/").content.decode()


def test_a_change_rolled_back_leaves_the_generation_as_it_was(client):
    ServiceFactory(name="Portage")
    assert client.get("/services/")["X-Cache"] == "miss"
    before = DirectoryGeneration.objects.get().token
    with transaction.atomic():
        ServiceFactory(name="Speech therapy")
        transaction.set_rollback(True)
    assert DirectoryGeneration.objects.get().token == before
    assert client.get("/services/")["X-Cache"] == "hit"


def test_a_missing_generation_row_is_made_again(client):
    DirectoryGeneration.objects.all().delete()  # as a flushed database has it
    ServiceFactory(name="Portage")
    assert "Portage" in client.get("/services/").content.decode()
    assert client.get("/services/")["X-Cache"] == "hit"


DATABASE_DOWN = OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def test_with_the_database_down_cached_pages_are_still_served_and_others_get_a_503():
    ServiceFactory(name="Portage", slug="portage")
    client = Client(raise_request_exception=False)
    assert client.get("/services/portage/")["X-Cache"] == "miss"
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DATABASE_DOWN):
        cached = client.get("/services/portage/")
        other = client.get("/services/?age=7")
    assert (cached.status_code, cached["X-Cache"]) == (200, "hit")
    assert "Portage" in cached.content.decode()
    assert other.status_code == 503
