"""A search that found nothing counts once per address, search and day, so
repeating it cannot inflate "What people could not find", and a repeat served
from the cache writes nothing to the database."""

import datetime
import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import feedback.receivers
from feedback.models import UnmetSearch

pytestmark = pytest.mark.django_db
SEARCH = {"q": "hydrotherapy"}
WRITES = ("INSERT", "UPDATE", "DELETE")


def counts() -> list[tuple]:
    return sorted(UnmetSearch.objects.values_list("source", "words", "day", "count"))


def test_repeating_a_search_from_one_address_counts_once(client):
    for _ in range(50):
        assert client.get("/services/", SEARCH, REMOTE_ADDR="203.0.113.9").status_code == 200
    today = timezone.localdate()
    assert counts() == [("directory", "hydrotherapy", today, 1)]

    client.get("/services/", SEARCH, REMOTE_ADDR="198.51.100.7")
    assert counts() == [("directory", "hydrotherapy", today, 2)]


def test_the_same_address_counts_again_the_next_day(client, monkeypatch):
    client.get("/services/", SEARCH, REMOTE_ADDR="203.0.113.9")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)
    client.get("/services/", SEARCH, REMOTE_ADDR="203.0.113.9")
    client.get("/services/", SEARCH, REMOTE_ADDR="203.0.113.9")
    assert counts() == [
        ("directory", "hydrotherapy", tomorrow - datetime.timedelta(days=1), 1),
        ("directory", "hydrotherapy", tomorrow, 1),
    ]


def test_each_search_and_each_finder_counts_on_its_own(client):
    for _ in range(3):
        client.get("/services/", SEARCH)
        client.get("/services/", {"q": "hydrotherapy", "age": "7"})
        client.get("/services/", {"q": "trampolining"})
        client.get("/search/", SEARCH)
    assert [(source, words, count) for source, words, _, count in counts()] == [
        ("directory", "hydrotherapy", 1),
        ("directory", "hydrotherapy", 1),
        ("directory", "trampolining", 1),
        ("search", "hydrotherapy", 1),
    ]


def test_a_repeat_served_from_the_cache_writes_nothing(client):
    first = client.get("/services/", SEARCH)
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/services/", SEARCH)
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == []
    assert not [q for q in queries if "feedback_unmetsearch" in q["sql"]]
    assert [row[-1] for row in counts()] == [1]


def test_a_repeat_from_a_signed_in_editor_counts_once_too(admin_client):
    admin_client.get("/services/", SEARCH)
    admin_client.get("/services/", SEARCH)
    assert [row[-1] for row in counts()] == [1]


def test_when_the_cache_cannot_say_nothing_is_counted_and_the_page_still_shows(
    client, monkeypatch, caplog
):
    """Undercounting beats letting anyone inflate the report: with the cache
    down (an error, or ``add`` answering False) no search is counted."""

    class CacheDown:
        def __init__(self, error=None):
            self.error = error

        def add(self, *args, **kwargs):
            if self.error:
                raise self.error
            return False

    monkeypatch.setattr(feedback.receivers, "cache", CacheDown())
    assert client.get("/services/", SEARCH).status_code == 200
    monkeypatch.setattr(feedback.receivers, "cache", CacheDown(ConnectionError("Redis is away")))
    with caplog.at_level(logging.ERROR):
        assert client.get("/services/", {"q": "trampolining"}).status_code == 200
    assert counts() == []
