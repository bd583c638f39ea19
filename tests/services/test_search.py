"""Keyword search in the directory: stemmed and ranked on PostgreSQL, plain
word matching on SQLite, and on both only what is live."""

import pytest
from django.db import connection

from services.models import Category, Service
from tests.factories import ServiceFactory
from tests.services.test_directory import found

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="full-text search runs on PostgreSQL; CI runs this file there too",
)


@on_postgresql
def test_english_stemming_finds_other_forms_of_a_word(client):
    ServiceFactory(name="Educational psychology assessments", categories=["education"])
    ServiceFactory(name="Wheelchair service", summary="Seating and mobility for children.")
    assert found(client, "q=assessment") == ["Educational psychology assessments"]
    assert found(client, "q=assessing") == ["Educational psychology assessments"]
    assert found(client, "q=mobile+seat") == ["Wheelchair service"]


@on_postgresql
def test_results_are_ranked_name_first_then_summary_then_description(client):
    ServiceFactory(
        name="Cafe club",
        summary="Days out in the summer.",
        description="<p>Staff are trained in autism awareness.</p>",
    )
    ServiceFactory(name="Wellbeing autism outreach")
    ServiceFactory(name="Advice hub", summary="Advice about autism and ADHD for families.")
    best_first = ["Wellbeing autism outreach", "Advice hub", "Cafe club"]
    assert found(client, "q=autism") == best_first
    assert found(client, "q=autism&sort=name") == sorted(best_first)


@on_postgresql
def test_renaming_a_category_changes_what_finds_its_services(client):
    ServiceFactory(name="Travel buddies", categories=["transport"])
    assert found(client, "q=transport") == ["Travel buddies"]
    category = Category.objects.get(slug="transport")
    category.name = "Getting about"
    category.save()
    assert found(client, "q=transport") == []
    assert found(client, "q=getting+about") == ["Travel buddies"]


def test_a_draft_change_is_not_searchable_until_published(client):
    service = ServiceFactory(name="Portage")
    service.name = "Portage home teaching"
    service.save_revision()
    assert found(client, "q=teaching") == []
    assert found(client, "q=portage") == ["Portage"]
    service.latest_revision.publish()
    assert found(client, "q=teaching") == ["Portage home teaching"]


@pytest.mark.parametrize(
    "words",
    ["'&|!:*()", '"unclosed quote', "-", "or or or", "the and of", "a" * 200, "\u202e\u0000"],
)
def test_odd_search_words_never_break_the_page(client, words):
    ServiceFactory(name="Portage")
    response = client.get("/services/", {"q": words})
    assert response.status_code in (200, 400)
    assert "Find services" in response.content.decode()


def test_services_made_in_bulk_become_searchable_once_their_vectors_are_built(client):
    from services.search import update_search_vectors

    ServiceFactory(name="Portage")
    Service.objects.update(name="Sensory support", search_vector=None)
    update_search_vectors(Service.objects.all())
    assert found(client, "q=sensory") == ["Sensory support"]
