"""/search/: live pages, guides and services in one list, read the way parents ask."""

import html
import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from feedback.models import UnmetSearch
from services.models import SearchSynonym
from tests.factories import (
    InformationPageFactory,
    ServiceFactory,
    StepByStepPageFactory,
    home_as_site_root,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    """A home page, an information page, a guide and two services about EHC plans
    and speech therapy, and words that are not live anywhere."""
    home = home_as_site_root()
    InformationPageFactory(
        parent=home,
        title="EHC needs assessments and EHC plans",
        slug="ehc-plans",
        summary="What an education, health and care plan is and how to get one.",
    )
    StepByStepPageFactory(
        parent=home,
        title="Asking for an EHC needs assessment",
        slug="asking-for-an-assessment",
        summary="The steps from asking the council to getting a plan.",
    )
    ServiceFactory(
        name="EHC needs assessment team",
        slug="ehc-team",
        summary="Carries out education health and care needs assessments.",
        minimum_age=0,
        maximum_age=25,
    )
    ServiceFactory(
        name="Children's speech and language therapy",
        slug="speech-therapy",
        summary="Help for children who find it hard to talk or understand.",
        minimum_age=0,
        maximum_age=18,
        categories=["health"],
    )
    ServiceFactory(
        name="Children's occupational therapy",
        slug="occupational-therapy",
        summary="Help with everyday skills like dressing and writing.",
        categories=["health"],
    )
    ServiceFactory(
        name="Sleep support for families",
        slug="sleep-support",
        summary="Advice when a child cannot get to sleep or wakes in the night.",
    )
    from localoffer.search import rebuild_search_words

    rebuild_search_words()
    return home


RESULT_TITLE = re.compile(
    r'<h3 class="govuk-heading-m"><a class="govuk-link" href="[^"]+">([^<]+)</a>'
)


def titles(client, query: dict) -> list[str]:
    """The titles of the results, as the page shows them (cached or not)."""
    response = client.get("/search/", query)
    assert response.status_code == 200
    return [html.unescape(title) for title in RESULT_TITLE.findall(response.content.decode())]


def test_one_query_finds_pages_guides_and_services_each_with_its_type(client, site):
    response = client.get("/search/", {"q": "EHC"})
    hits = {hit.title: hit for hit in response.context["result"].hits}
    assert hits["Asking for an EHC needs assessment"].kind_label == "Step-by-step guide"
    assert hits["EHC needs assessments and EHC plans"].kind_label == "Information"
    assert hits["EHC needs assessment team"].kind_label == "Service"
    page = response.content.decode()
    assert "3 results" in page
    assert "Ages 0 to 25 · Staffordshire County Council" in page
    # And a way into the directory's filters for the services among them.
    assert 'href="/services/?q=EHC">See the matching service in the directory' in page


def test_the_header_box_on_any_page_sends_its_words_here(client, site):
    page = client.get("/ehc-plans/").content.decode()
    assert 'action="/search/"' in page
    assert 'name="q"' in page


def test_an_abbreviation_finds_what_its_editors_synonym_means(client, site):
    # Seeded by migration: EHCP means EHC plan, education health and care plan.
    assert "Asking for an EHC needs assessment" in titles(client, {"q": "EHCP"})
    assert titles(client, {"q": "OT"})[0] == "Children's occupational therapy"


def test_a_short_abbreviation_matches_whole_words_only(client, site):
    SearchSynonym.objects.filter(term__iexact="OT").delete()
    ServiceFactory(name="Other help", slug="other", summary="Nothing but others and another.")
    assert titles(client, {"q": "OT"}) == []


def test_a_synonym_added_in_the_admin_applies_to_the_next_search(client, admin_client, site):
    assert titles(client, {"q": "chatterbox"}) == []  # and this page is now cached
    response = admin_client.post(
        "/admin/snippets/services/searchsynonym/add/",
        {"term": "chatterbox", "synonyms": "speech and language therapy"},
    )
    assert response.status_code == 302
    assert titles(client, {"q": "chatterbox"}) == ["Children's speech and language therapy"]


def test_a_phrase_with_filler_words_finds_what_its_meaningful_words_find(client, site):
    assert titles(client, {"q": "my child can't sleep"}) == titles(client, {"q": "sleep"})
    assert titles(client, {"q": "sleep"}) == ["Sleep support for families"]


def test_when_no_result_has_every_word_the_best_partial_matches_are_shown(client, site):
    response = client.get("/search/", {"q": "speech therapy hovercraft"})
    assert response.context["result"].plan.partial
    assert [hit.title for hit in response.context["result"].hits][0] == (
        "Children's speech and language therapy"
    )
    assert "Showing results for some of your words" in response.content.decode()


def test_a_misspelling_with_no_results_shows_the_corrected_results(client, site):
    response = client.get("/search/", {"q": "speach therapy"})
    page = response.content.decode()
    assert "There are no results for “speach therapy”" in page
    assert "Showing results for <strong>speech therapy</strong> instead" in page
    assert [hit.title for hit in response.context["result"].hits] == [
        "Children's speech and language therapy"
    ]
    # Shown results: nothing to count as unmet.
    assert not UnmetSearch.objects.exists()


def test_a_misspelling_with_few_results_is_offered_as_a_link(client, site):
    # A word misspelt in one entry ("speach"), and spelt right in many.
    ServiceFactory(name="Speach and drama club", slug="drama", summary="Acting for teenagers.")
    for number in range(6):
        ServiceFactory(name=f"Speech drop-in {number}", slug=f"drop-in-{number}")
    from localoffer.search import rebuild_search_words

    rebuild_search_words()
    response = client.get("/search/", {"q": "speach"})
    assert [hit.title for hit in response.context["result"].hits] == ["Speach and drama club"]
    assert 'Did you mean <a class="govuk-link" href="?q=speech">speech</a>?' in (
        response.content.decode()
    )


def test_a_query_that_matches_nothing_says_so_and_is_counted(client, site):
    response = client.get("/search/", {"q": "Hovercraft lessons"})
    assert response.status_code == 200
    assert "Nothing on the Local Offer matches “Hovercraft lessons”" in response.content.decode()
    assert list(UnmetSearch.objects.values_list("source", "words")) == [
        ("search", "hovercraft lessons")
    ]


def test_drafts_private_pages_and_unpublished_services_are_never_found(client, site):
    draft = InformationPageFactory(parent=site, title="Secret hovercraft plans", slug="draft")
    draft.unpublish()
    private = InformationPageFactory(parent=site, title="Private hovercraft notes", slug="priv")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Editors")])
    ServiceFactory(name="Hovercraft club", slug="hovercraft", live=False)
    live = ServiceFactory(name="Hovercraft rides", slug="rides")
    assert titles(client, {"q": "hovercraft"}) == ["Hovercraft rides"]
    live.unpublish()
    assert titles(client, {"q": "hovercraft"}) == []


def test_results_come_ten_a_page_with_gov_uk_pagination(client, site):
    for number in range(14):
        ServiceFactory(name=f"Therapy group {number:02}", slug=f"group-{number}")
    first = client.get("/search/", {"q": "therapy group"})
    assert len(first.context["result"].hits) == 10
    page = first.content.decode()
    assert 'class="govuk-pagination"' in page
    assert "page=2" in page
    second = client.get("/search/", {"q": "therapy group", "page": "2"})
    assert len(second.context["result"].hits) == 4
    seen = {hit.title for hit in first.context["result"].hits}
    assert seen.isdisjoint(hit.title for hit in second.context["result"].hits)


@pytest.mark.parametrize(
    "query",
    [
        {"q": "x" * 5000},
        {"q": "speech\x00therapy"},
        {"q": "\"'&|!():*"},
        {"q": "speech & (therapy | !sleep):*"},
        {"q": "<script>alert(1)</script>"},
        {"q": "therapy", "page": "99999999999999999999999"},
        {"q": "therapy", "page": "-1"},
        {"q": "therapy", "page": "٣"},
        {"q": "\u202e\uffff\ud7ff"},
    ],
)
def test_hostile_queries_get_an_answer_never_a_server_error(client, site, query):
    response = client.get("/search/", query)
    assert response.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in response.content.decode()
    if response.status_code == 400:
        assert "There is a problem" in response.content.decode()


def test_the_search_page_without_words_just_asks(client, site):
    response = client.get("/search/")
    assert response.status_code == 200
    assert response.context["result"] is None


def test_a_page_published_later_is_found_on_the_next_search(client, site):
    assert titles(client, {"q": "hydrotherapy"}) == []
    page = InformationPageFactory(parent=site, title="Hydrotherapy pools", slug="pools")
    page.save_revision().publish()
    assert titles(client, {"q": "hydrotherapy"}) == ["Hydrotherapy pools"]
    # Its words can be suggested at once.
    assert "Hydrotherapy pools" in titles(client, {"q": "hydroterapy"})


def test_the_directory_the_finder_and_the_api_read_words_the_same_way(client, site):
    def directory(path: str, words: str) -> list[str]:
        page = client.get(path, {"q": words}).content.decode()
        return re.findall(r'<a class="govuk-link" href="/services/[\w-]+/">([^<]+)</a>', page)

    expected = ["Children's occupational therapy"]
    assert [html.unescape(t) for t in directory("/services/", "OT")] == expected
    assert [html.unescape(t) for t in directory("/professionals/", "OT")] == expected
    api = client.get("/api/oruk/services", {"search": "my child's OT"}).json()
    assert [service["name"] for service in api["contents"]] == expected
    # A misspelling in the directory is corrected as it is in /search/.
    page = client.get("/services/", {"q": "speach therapy"}).content.decode()
    assert "Showing results for <strong>speech therapy</strong> instead" in page
    assert "1 service found" in page


def test_the_query_count_does_not_grow_with_results(client, site):
    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/search/", {"q": "therapy"}).status_code == 200
        return len(captured)

    def add(numbers) -> None:
        for number in numbers:
            ServiceFactory(name=f"Therapy group {number}", slug=f"therapy-{number}")
            InformationPageFactory(
                parent=site, title=f"Therapy page {number}", slug=f"page-{number}"
            )

    add(range(3))
    client.get("/search/", {"q": "therapy"})  # the first creates the site settings row
    few = queries()
    add(range(3, 15))
    assert queries() == few
