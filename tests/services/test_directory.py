import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.models import Area, ResponsibleBody
from services.signals import search_found_nothing
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def found(client, query: str = "") -> list[str]:
    response = client.get("/services/?" + query)
    assert response.status_code == 200, response.content.decode()[:300]
    return re.findall(
        r'<h3 class="govuk-heading-m"><a class="govuk-link" href="/services/[^"]+/">([^<]+)</a>',
        response.content.decode(),
    )


@pytest.fixture
def directory():
    city = ResponsibleBody.objects.get(slug="stoke-on-trent-city-council")
    icb = ResponsibleBody.objects.get(slug="staffordshire-and-stoke-on-trent-icb")
    portage = ServiceFactory(
        name="Portage", minimum_age=0, maximum_age=4, categories=["early-years"]
    )
    school = ServiceFactory(
        name="School transport",
        minimum_age=5,
        maximum_age=16,
        categories=["transport"],
        responsible_body=city,
        is_free=False,
        cost_description="£100 a term",
    )
    salt = ServiceFactory(
        name="Speech and language therapy",
        summary="Help with talking and understanding.",
        minimum_age=0,
        maximum_age=18,
        categories=["health", "early-years"],
        responsible_body=icb,
        delivered_online=True,
    )
    internships = ServiceFactory(
        name="Supported internships",
        minimum_age=16,
        maximum_age=25,
        categories=["preparing-for-adulthood", "education"],
    )
    internships.areas.set(Area.objects.filter(slug="tamworth"))
    internships.save()
    ServiceFactory(name="Hidden draft", live=False, categories=["health"])
    return {"portage": portage, "school": school, "salt": salt, "internships": internships}


def test_no_filters_lists_every_live_service_and_never_a_draft(client, directory):
    assert found(client) == [
        "Portage",
        "School transport",
        "Speech and language therapy",
        "Supported internships",
    ]
    html = client.get("/services/").content.decode()
    assert "4 services found" in html
    assert "Hidden draft" not in html


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("0", ["Portage", "Speech and language therapy"]),
        ("4", ["Portage", "Speech and language therapy"]),
        ("5", ["School transport", "Speech and language therapy"]),
        ("25", ["Supported internships"]),
    ],
)
def test_age_returns_services_whose_range_includes_it(client, directory, age, expected):
    assert found(client, f"age={age}") == expected


def test_categories_combine_with_or_and_groups_with_and(client, directory):
    assert found(client, "category=transport&category=education") == [
        "School transport",
        "Supported internships",
    ]
    assert found(client, "category=early-years&body=staffordshire-county-council") == ["Portage"]
    assert found(client, "category=early-years&age=10") == ["Speech and language therapy"]


def test_each_other_filter_alone(client, directory):
    assert found(client, "free=true") == [
        "Portage",
        "Speech and language therapy",
        "Supported internships",
    ]
    assert found(client, "delivery=online") == ["Speech and language therapy"]
    assert found(client, "referral=parent-carer&body=stoke-on-trent-city-council") == [
        "School transport"
    ]
    # An area finds services there and those available everywhere.
    assert "Supported internships" in found(client, "area=tamworth")
    assert "Supported internships" not in found(client, "area=stafford")
    assert found(client, "ages=16-18") == [
        "School transport",
        "Speech and language therapy",
        "Supported internships",
    ]


def test_words_find_names_summaries_and_category_names(client, directory):
    assert found(client, "q=talking") == ["Speech and language therapy"]
    assert found(client, "q=adulthood") == ["Supported internships"]
    assert found(client, "q=speech+therapy") == ["Speech and language therapy"]


def test_each_option_counts_what_it_would_give_with_the_other_filters(client, directory):
    html = client.get("/services/?age=2").content.decode()
    counts = dict(
        re.findall(
            r'value="([\w-]+)"[^>]*>\s*<label[^>]*>[^<]*<span class="lo-count">\((\d+)\)', html
        )
    )
    assert counts["early-years"] == "2"  # Portage and speech therapy, both for a 2-year-old
    assert counts["transport"] == "0"
    assert counts["staffordshire-and-stoke-on-trent-icb"] == "1"


def test_active_filters_are_tags_that_remove_themselves(client, directory):
    html = client.get("/services/?category=health&age=7").content.decode()
    assert 'href="?age=7"' in html  # removing Health keeps the age
    assert 'href="?category=health"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("age=99", "Enter an age from 0 to 25. The Local Offer is for people up to 25."),
        ("age=-1", "Enter an age from 0 to 25."),
        (
            "age=abc",
            "Enter an age as a whole number from 0 to 25, like 7, or choose an age group.",
        ),
        (
            "category=unicorns",
            "“unicorns” is not one of the types of support. Choose from the list.",
        ),
        ("body=nobody", "“nobody” is not one of the responsible bodies. Choose from the list."),
        ("referral=owl", "“owl” is not a choice here. Choose from the list."),
        ("ages=1-99", "Choose an age group from the list."),
        ("q=" + "x" * 5000, "Search words must be 200 characters or fewer."),
    ],
)
def test_bad_input_is_explained_and_shows_nothing(client, directory, query, message):
    response = client.get("/services/?" + query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert "services found" not in html
    assert "<title>Error: Find services" in html


def test_an_unknown_sort_or_a_page_past_the_last_falls_back_quietly(client, directory):
    assert found(client, "sort=sideways")[0] == "Portage"
    assert client.get("/services/?page=9999").status_code == 200
    # A page that is no page number is a 400 (tests/services/test_parameter_bounds.py).
    assert client.get("/services/?page=abc").status_code == 400


def test_sorting_by_name_and_recent_review(client, directory):
    import datetime

    from services.models import Service

    for days, service in enumerate(directory.values(), start=1):
        service.last_reviewed = datetime.date.today() - datetime.timedelta(days=100 * days)
        service.save()
    Service.objects.filter(pk=directory["internships"].pk).update(
        last_reviewed=datetime.date.today()
    )
    assert found(client, "sort=reviewed")[0] == "Supported internships"
    assert found(client, "sort=name")[0] == "Portage"


def test_twenty_a_page_and_the_pages_keep_the_query(client):
    for number in range(23):
        ServiceFactory(name=f"Short breaks club {number:02d}", categories=["health"])
    html = client.get("/services/?category=health").content.decode()
    assert "23 services found" in html
    assert len(found(client, "category=health")) == 20
    assert 'href="?category=health&amp;page=2"' in html
    assert len(found(client, "category=health&page=2")) == 3


def test_many_pages_are_linked_first_last_and_either_side_with_gaps(client):
    ServiceFactory.create_batch(20 * 9, categories=["health"])
    html = client.get("/services/?page=5").content.decode()
    linked = re.findall(r'aria-label="Page (\d+)"', html)
    assert linked == ["1", "4", "5", "6", "9"]
    assert html.count("govuk-pagination__item--ellipses") == 2


def test_empty_results_say_what_to_try_next(client, directory):
    html = client.get("/services/?q=zebra").content.decode()
    assert "0 services found" in html
    assert "check your spelling" in html


def test_the_query_count_does_not_grow_with_results_or_filters(client):
    ServiceFactory(categories=["health"])
    client.get("/services/")  # the first request creates the site settings row

    def queries(query: str) -> int:
        cache.clear()  # count everything, facets included
        # Reads only: a search that finds nothing also writes itself down (feedback).
        with (
            mock.patch.object(search_found_nothing, "receivers", []),
            CaptureQueriesContext(connection) as captured,
        ):
            assert client.get("/services/?" + query).status_code == 200
        return len(captured)

    one = queries("")
    ServiceFactory.create_batch(25, categories=["health", "education"])
    assert queries("") == one
    # Words cost a fixed few more: the synonyms, how much they find, and at most
    # the two look-ups of a spelling suggestion.
    words = queries("q=demo")
    assert words <= one + 4
    assert (
        queries("category=health&age=5&free=true&delivery=online&referral=gp&area=stafford&q=demo")
        == words
    )


def health_count(client, query: str = "") -> str:
    html = client.get("/services/?" + query).content.decode()
    return re.search(
        r'value="health"[^>]*>\s*<label[^>]*>[^<]*<span class="lo-count">\((\d+)\)', html
    )[1]


def test_counts_are_cached_until_the_directory_changes(client):
    service = ServiceFactory(categories=["health"])
    assert health_count(client) == "1"
    with CaptureQueriesContext(connection) as cold:
        client.get("/services/?age=3")
    with CaptureQueriesContext(connection) as warm:
        client.get("/services/?age=3")
    assert len(warm) < len(cold)

    other = ServiceFactory(categories=["health"])  # published: counted at once
    assert health_count(client) == "2"
    service.categories.set([])
    service.save()
    assert health_count(client) == "1"
    other.delete()
    assert health_count(client, "age=3") == "0"
