"""The one age control of /services/ and /professionals/: an age or an age
group in ``age``, the old ``ages`` still read, and never two that disagree."""

import re
from unittest import mock
from urllib.parse import quote

import pytest

from services.signals import search_found_nothing
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

CONFLICT = "Age 7 is not in the age group 16 to 18. Choose an age or an age group, not both."
NOT_A_NUMBER = "Enter an age as a whole number from 0 to 25, like 7, or choose an age group."
OUT_OF_RANGE = "Enter an age from 0 to 25. The Local Offer is for people up to 25."


# A result's name: a heading in the directory, a row header in the finder's table.
RESULT = {
    "/services/": re.compile(
        r'<h3 class="govuk-heading-m"><a class="govuk-link" href="/services/[^"]+/">([^<]+)</a>'
    ),
    "/professionals/": re.compile(
        r'<th scope="row"[^>]*><a class="govuk-link" href="/services/[^"]+/">([^<]+)</a>'
    ),
}


def found(client, query: str, path: str = "/services/") -> list[str]:
    response = client.get(path + "?" + query)
    assert response.status_code == 200, response.content.decode()[:300]
    return RESULT[path].findall(response.content.decode())


@pytest.fixture
def ages():
    """Ranges chosen so that an age, its group and the groups beside it all differ."""
    ServiceFactory(name="Baby massage", minimum_age=0, maximum_age=0, categories=["health"])
    ServiceFactory(name="Early help", minimum_age=3, maximum_age=6, categories=["early-years"])
    ServiceFactory(name="Primary club", minimum_age=7, maximum_age=9, categories=["health"])
    ServiceFactory(name="Teen group", minimum_age=12, maximum_age=17, categories=["health"])
    ServiceFactory(name="Adult skills", minimum_age=19, maximum_age=25, categories=["education"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("age=7", ["Primary club"]),
        ("age=5-10", ["Early help", "Primary club"]),
        ("age=0", ["Baby massage"]),
        ("age=0-4", ["Baby massage", "Early help"]),
        ("age=16-18", ["Teen group"]),
        ("age=25", ["Adult skills"]),
        ("age=+7+", ["Primary club"]),  # spaces around it are no error
        # Old links: the group alone, as the home page used to write it.
        ("ages=16-18", ["Teen group"]),
        # Both, agreeing: the narrower is used.
        ("age=7&ages=5-10", ["Primary club"]),
        ("age=5-10&ages=5-10", ["Early help", "Primary club"]),
        ("age=&ages=5-10", ["Early help", "Primary club"]),
        ("age=12&ages=", ["Teen group"]),
    ],
)
def test_an_age_or_an_age_group_finds_the_services_for_it(client, ages, query, expected):
    assert found(client, query) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("age=7&ages=16-18", CONFLICT),
        (
            "age=5-10&ages=16-18",
            "The age groups 5 to 10 and 16 to 18 are different. Choose one age group.",
        ),
        (
            "age=0&ages=5-10",
            "Age under 1 is not in the age group 5 to 10. "
            "Choose an age or an age group, not both.",
        ),
        ("age=7.5", NOT_A_NUMBER),
        ("age=" + quote("٧"), NOT_A_NUMBER),  # an Arabic-Indic seven: not an ASCII digit
        ("age=" + quote("７"), NOT_A_NUMBER),  # a full-width seven
        ("age=07", NOT_A_NUMBER),
        ("age=abc", NOT_A_NUMBER),
        ("age=%00", NOT_A_NUMBER),
        ("age=5-9", NOT_A_NUMBER),
        ("age=" + "7" * 10_000, NOT_A_NUMBER),
        ("age=26", OUT_OF_RANGE),
        ("age=-1", OUT_OF_RANGE),
        ("age=99999999999", OUT_OF_RANGE),
        ("ages=9-99", "Choose an age group from the list."),
        ("ages=" + "x" * 10_000, "Choose an age group from the list."),
        ("age=7&ages=7", "Choose an age group from the list."),
    ],
)
@pytest.mark.parametrize("path", ["/services/", "/professionals/"])
def test_bad_or_contradicting_ages_are_a_clear_400_on_the_age_control(
    client, ages, query, message, path
):
    response = client.get(path + "?" + query)
    assert response.status_code == 400
    html = response.content.decode()
    # In the summary, linked to the control, and beside the control itself.
    assert f'<li><a href="#id_age">{message}</a></li>' in html
    assert re.search(
        r'<p class="govuk-error-message" id="id_age-error">'
        r'<span class="govuk-visually-hidden">Error:</span> ' + re.escape(message),
        html,
    )
    assert 'class="govuk-select govuk-select--error" id="id_age"' in html
    assert "Primary club" not in html  # strict: nothing is listed until it is fixed


def test_a_contradiction_keeps_the_age_chosen_in_the_control(client, ages):
    html = client.get("/services/?age=7&ages=16-18").content.decode()
    assert selected_options(html) == ["7"]
    assert 'aria-describedby="id_age-hint id_age-error"' in html


def selected_options(html: str) -> list[str]:
    select = re.search(r'<select[^>]* name="age".*?</select>', html, re.S)[0]
    return re.findall(r'<option value="([^"]*)" selected>', select)


@pytest.mark.parametrize(
    ("query", "selected"),
    [
        ("", [""]),
        ("age=5-10", ["5-10"]),
        ("age=0", ["0"]),
        ("ages=16-18", ["16-18"]),  # an old link shows in the one control
        ("age=7&ages=5-10", ["7"]),
    ],
)
def test_one_labelled_select_shows_the_age_used(client, ages, query, selected):
    html = client.get("/services/?" + query).content.decode()
    assert '<label class="govuk-label govuk-label--s" for="id_age">' in html
    assert "Age of the child or young person</label>" in html
    assert (
        '<div class="govuk-hint" id="id_age-hint">Choose their age, or an age group</div>' in html
    )
    assert selected_options(html) == selected
    # No second control: the old radios are gone, and ``ages`` is not in the form.
    assert 'name="ages"' not in html
    assert 'type="radio"' not in html


def test_the_select_offers_any_age_the_groups_then_each_year(client, ages):
    html = client.get("/services/").content.decode()
    select = re.search(r'<select[^>]* name="age".*?</select>', html, re.S)[0]
    assert select.index('<option value="" selected>Any age</option>') < select.index(
        '<optgroup label="Age groups">'
    )
    groups = dict(re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S))
    assert re.findall(r'value="([^"]+)">([^<]+)<', groups["Age groups"]) == [
        ("0-4", "0 to 4"),
        ("5-10", "5 to 10"),
        ("11-15", "11 to 15"),
        ("16-18", "16 to 18"),
        ("19-25", "19 to 25"),
    ]
    years = re.findall(r'value="([^"]+)">([^<]+)<', groups["Age in years"])
    assert years[0] == ("0", "Under 1")
    assert years[1:] == [(str(n), str(n)) for n in range(1, 26)]


def tags(html: str) -> dict[str, str]:
    return {
        label.strip(): href.replace("&amp;", "&")
        for href, label in re.findall(
            r'<a class="lo-tag" href="([^"]*)"><span class="govuk-visually-hidden">'
            r"Remove filter: </span>([^<]+)<",
            html,
        )
    }


def test_the_tag_names_the_age_or_group_and_removes_both_parameters(client, ages):
    assert tags(client.get("/services/?age=7&category=health").content.decode()) == {
        "Age 7": "?category=health",
        "Health": "?age=7",
    }
    assert tags(client.get("/services/?age=5-10").content.decode()) == {"Ages 5 to 10": "?"}
    # An old link, or both agreeing: one tag, and removing it removes both.
    assert tags(client.get("/services/?ages=16-18&category=health").content.decode()) == {
        "Ages 16 to 18": "?category=health",
        "Health": "?ages=16-18",
    }
    assert tags(client.get("/services/?age=7&ages=5-10&free=true").content.decode()) == {
        "Age 7": "?free=true",
        "Free only": "?age=7&ages=5-10",
    }


def test_counts_and_sort_links_follow_the_age_group(client, ages):
    html = client.get("/services/?age=5-10").content.decode()
    counts = dict(
        re.findall(
            r'value="([\w-]+)"[^>]*>\s*<label[^>]*>[^<]*<span class="lo-count">\((\d+)\)', html
        )
    )
    assert counts["early-years"] == "1"  # early help, 3 to 6
    assert counts["health"] == "1"  # the primary club; not baby massage or the teen group
    assert counts["education"] == "0"
    assert 'href="?age=5-10&amp;sort=reviewed"' in html  # sorting keeps the group


def test_a_search_that_found_nothing_records_one_age(client, ages):
    handler = mock.Mock()
    search_found_nothing.connect(handler)
    try:
        assert found(client, "age=7&ages=5-10&category=education") == []
    finally:
        search_found_nothing.disconnect(handler)
    assert handler.call_args.kwargs["filters"] == "age=7&category=education"


def test_the_home_page_finds_support_by_age_group_with_age(client, home, ages):
    html = client.get("/").content.decode()
    links = re.findall(r'<a class="govuk-link" href="/services/\?(age[^"]*)">([^<]+)</a>', html)
    assert links == [
        ("age=0-4", "Ages 0 to 4"),
        ("age=5-10", "Ages 5 to 10"),
        ("age=11-15", "Ages 11 to 15"),
        ("age=16-18", "Ages 16 to 18"),
        ("age=19-25", "Ages 19 to 25"),
    ]
    assert found(client, links[1][0]) == ["Early help", "Primary club"]


def test_the_professionals_finder_reads_the_same_age_control(client, ages):
    assert found(client, "age=5-10", "/professionals/") == ["Early help", "Primary club"]
    assert found(client, "age=7", "/professionals/") == ["Primary club"]
    assert found(client, "ages=16-18", "/professionals/") == ["Teen group"]
    html = client.get("/professionals/?ages=16-18").content.decode()
    assert selected_options(html) == ["16-18"]
    csv = client.get("/professionals/referral-routes.csv?age=7&ages=16-18")
    assert csv.status_code == 400
    assert CONFLICT in csv.content.decode()
