"""Searches that found nothing: counted without anything about the person, and
reported to editors as "What people could not find"."""

import csv
import datetime
import io
import logging

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

import feedback.receivers
from feedback.actions import unmet_search_record
from feedback.models import UnmetSearch
from services.models import SearchSynonym
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db
REPORT = "feedback_unmet_searches:index"


def rows() -> list[dict]:
    return list(UnmetSearch.objects.values("source", "words", "filters", "day", "count"))


# ---------------------------------------------------------------------- logging


def test_a_search_that_found_nothing_keeps_only_its_words_and_filters(client):
    ServiceFactory(name="Portage", categories=["early-years"])
    response = client.get(
        "/services/",
        {
            "q": "  Speech   THERAPY ",
            "age": "7",
            "category": ["health", "education"],
            "sort": "name",
            "page": "1",
        },
        HTTP_USER_AGENT="Mozilla/5.0 (identifying browser)",
        REMOTE_ADDR="203.0.113.9",
    )

    assert response.status_code == 200
    assert rows() == [
        {
            "source": "directory",
            "words": "speech therapy",
            "filters": "age=7&category=education&category=health",
            "day": timezone.localdate(),
            "count": 1,
        }
    ]
    # Nothing else is stored: these are all the columns there are.
    assert {field.attname for field in UnmetSearch._meta.concrete_fields} == {
        "id",
        "source",
        "words",
        "filters",
        "day",
        "count",
    }
    stored = repr(list(UnmetSearch.objects.values()))
    assert "203.0.113.9" not in stored and "Mozilla" not in stored


def test_a_repeat_served_from_the_cache_still_counts(client):
    """For another visitor: one address counts once a day
    (test_unmet_search_counting.py)."""
    first = client.get("/services/", {"q": "hydrotherapy"}, REMOTE_ADDR="203.0.113.9")
    again = client.get("/services/", {"q": "hydrotherapy"}, REMOTE_ADDR="198.51.100.7")
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert [(row["words"], row["count"]) for row in rows()] == [("hydrotherapy", 2)]


def test_signed_in_visitors_searches_count_too(admin_client):
    admin_client.get("/services/", {"q": "hydrotherapy"})
    assert [row["count"] for row in rows()] == [1]


def test_the_professionals_finder_counts_as_its_own_source(client):
    client.get("/professionals/", {"referral": "gp", "free": "true"})
    assert [(row["source"], row["words"], row["filters"]) for row in rows()] == [
        ("professionals", "", "free=true&referral=gp")
    ]


def test_a_search_with_results_is_not_counted(client):
    ServiceFactory(name="Speech and language therapy")
    response = client.get("/services/", {"q": "speech"})
    assert "Speech and language therapy" in response.content.decode()
    assert rows() == []


def test_an_empty_directory_without_a_search_is_not_counted(client):
    assert client.get("/services/").status_code == 200
    assert rows() == []


def test_invalid_filters_are_not_counted(client):
    assert client.get("/services/", {"age": "99"}).status_code == 400
    assert client.get("/professionals/", {"category": "no-such-thing"}).status_code == 400
    assert rows() == []


def test_a_failure_to_count_never_breaks_the_page(client, monkeypatch, caplog):
    def broken(**kwargs):
        raise RuntimeError("database is away")

    monkeypatch.setattr(feedback.receivers, "unmet_search_record", broken)
    with caplog.at_level(logging.ERROR):
        response = client.get("/services/", {"q": "hydrotherapy"})
        again = client.get("/services/", {"q": "hydrotherapy"})

    assert response.status_code == again.status_code == 200
    assert "0 services found" in again.content.decode()
    assert "Could not count a search that found nothing" in caplog.text


def test_counting_adds_to_todays_row_and_starts_a_new_one_tomorrow(monkeypatch):
    unmet_search_record(source="directory", words="portage", filters="")
    unmet_search_record(source="directory", words="portage", filters="")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)
    unmet_search_record(source="directory", words="portage", filters="")
    assert sorted((row["day"], row["count"]) for row in rows()) == [
        (tomorrow - datetime.timedelta(days=1), 2),
        (tomorrow, 1),
    ]


def test_a_row_created_by_another_worker_meanwhile_is_added_to(monkeypatch):
    """The other worker's insert lands between our update (which found no row)
    and our insert: the unique constraint refuses ours, and we add to theirs."""
    real_update = QuerySet.update
    calls = []

    def update_racing_another_worker(queryset, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            UnmetSearch.objects.create(source="directory", words="portage", filters="")
            return 0
        return real_update(queryset, **kwargs)

    monkeypatch.setattr(QuerySet, "update", update_racing_another_worker)
    unmet_search_record(source="directory", words="portage", filters="")
    assert [row["count"] for row in rows()] == [2]


# ---------------------------------------------------------------------- report


def searched(words: str, days_ago: int, count: int, source="directory", filters=""):
    UnmetSearch.objects.create(
        source=source,
        words=words,
        filters=filters,
        day=timezone.localdate() - datetime.timedelta(days=days_ago),
        count=count,
    )


@pytest.fixture
def searches(db):
    searched("hydrotherapy", 1, 3)
    searched("hydrotherapy", 20, 4)
    searched("hydrotherapy", 200, 50)
    searched("", 2, 5, filters="age=7&category=transport")
    searched("hydrotherapy", 3, 1, source="professionals")


def test_the_report_groups_and_counts_the_last_30_days_by_default(admin_client, searches):
    response = admin_client.get(reverse(REPORT))
    assert response.status_code == 200
    listed = [
        (row["words"], row["filters"], row["source"], row["total"], row["first_seen"])
        for row in response.context["object_list"]
    ]
    today = timezone.localdate()
    assert listed == [
        ("hydrotherapy", "", "directory", 7, today - datetime.timedelta(days=20)),
        ("", "age=7&category=transport", "directory", 5, today - datetime.timedelta(days=2)),
        ("hydrotherapy", "", "professionals", 1, today - datetime.timedelta(days=3)),
    ]
    page = response.content.decode()
    assert "commissioners" in page
    assert 'href="http://testserver/services/?q=hydrotherapy"' in page
    assert 'href="http://testserver/services/?age=7&amp;category=transport"' in page
    assert 'href="http://testserver/professionals/?q=hydrotherapy"' in page


@pytest.mark.parametrize(("period", "total"), [("90", 7), ("365", 57), ("all", 57)])
def test_the_editor_picks_the_period(admin_client, searches, period, total):
    response = admin_client.get(reverse(REPORT), {"period": period})
    first = response.context["object_list"][0]
    assert (first["words"], first["source"], first["total"]) == (
        "hydrotherapy",
        "directory",
        total,
    )


def test_the_report_exports_csv(admin_client, searches):
    response = admin_client.get(reverse(REPORT), {"period": "all", "export": "csv"})
    text = b"".join(response.streaming_content).decode()
    exported = list(csv.DictReader(io.StringIO(text)))
    assert response["Content-Disposition"] == (
        'attachment; filename="searches-that-found-nothing.csv"'
    )
    assert exported[0] == {
        "Words": "hydrotherapy",
        "Filters": "",
        "Searched in": "Find services",
        "Times": "57",
        "First seen": (timezone.localdate() - datetime.timedelta(days=200)).isoformat(),
        "Last seen": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "Search again": "http://testserver/services/?q=hydrotherapy",
    }
    assert len(exported) == 3


def test_the_report_needs_its_permission(client, searches):
    user = get_user_model().objects.create_user("fay", "fay@example.org", "pw")
    access = Permission.objects.get(codename="access_admin")
    user.user_permissions.add(access)
    client.force_login(user)
    assert client.get(reverse(REPORT)).status_code in (302, 403)

    user.user_permissions.add(Permission.objects.get(codename="view_unmetsearch"))
    assert client.get(reverse(REPORT)).status_code == 200


def test_a_search_that_found_nothing_becomes_a_synonym_in_one_click(admin_client, searches):
    page = admin_client.get(reverse(REPORT)).content.decode()
    add = "/admin/snippets/services/searchsynonym/add/?term=hydrotherapy"
    assert f'href="{add}"' in page
    # Words only: a row of filters alone has nothing to name.
    assert page.count("Add a synonym") == 2

    form = admin_client.get(add).content.decode()
    assert 'value="hydrotherapy"' in form
    admin_client.post(add, {"term": "hydrotherapy", "synonyms": "swimming, water therapy"})
    assert SearchSynonym.objects.get(term="hydrotherapy").phrases == [
        "hydrotherapy",
        "swimming",
        "water therapy",
    ]


def test_editors_read_the_report_and_the_synonyms_but_only_moderators_add_them(client, searches):
    editor = get_user_model().objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "Add a synonym" not in client.get(reverse(REPORT)).content.decode()
    assert client.get("/admin/snippets/services/searchsynonym/").status_code == 200
    assert client.get("/admin/snippets/services/searchsynonym/add/").status_code in (302, 403)

    moderator = get_user_model().objects.create_user("mo", "mo@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    assert "Add a synonym" in client.get(reverse(REPORT)).content.decode()


def test_the_site_search_counts_as_its_own_source(client, admin_client, home):
    client.get("/search/", {"q": "Hydrotherapy"})
    assert [(row["source"], row["words"]) for row in rows()] == [("search", "hydrotherapy")]
    page = admin_client.get(reverse(REPORT)).content.decode()
    assert 'href="http://testserver/search/?q=hydrotherapy"' in page
    assert "Search the Local Offer" in page
