import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import engines
from wagtail.models import Page

from tests.factories import InformationPageFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def header_search(html: str) -> str | None:
    """The site-wide search form in the header, or None."""
    header = html.split("<header>")[1].split("</header>")[0]
    match = re.search(r'<form [^>]*aria-label="Site-wide"[^>]*>.*?</form>', header, re.S)
    return match.group(0) if match else None


def main_navigation(html: str) -> list[tuple[str, str, bool]]:
    """(title, href, current) for each link in the main navigation, in order."""
    nav = html.split('aria-label="Main"')[1].split("</nav>")[0]
    return [
        (re.sub(r"<[^>]+>", "", text).strip(), href, bool(current))
        for href, current, text in re.findall(
            r'<a class="govuk-service-navigation__link" href="([^"]+)"'
            r'( aria-current="page")?>(.*?)</a>',
            nav,
            re.S,
        )
    ]


@pytest.fixture
def section(home):
    page = InformationPageFactory(parent=home, title="What is the Local Offer")
    Page.objects.filter(pk=page.pk).update(show_in_menus=True)
    return page


# ---------------------------------------------------------------------- header search


def test_an_inner_page_has_the_header_search_which_sends_q_to_search(client, section):
    form = header_search(client.get(section.url).content.decode())
    assert form is not None
    assert form.startswith('<form action="/search/" method="get" role="search"')
    assert (
        '<label class="govuk-visually-hidden" for="header-search">Search the Local Offer</label>'
    ) in form
    (field,) = re.findall(r"<input [^>]+>", form)
    for attribute in ('id="header-search"', 'name="q"', 'type="search"', 'maxlength="200"'):
        assert attribute in field
    button = re.search(r'<button type="submit"[^>]*>(.*?)</button>', form, re.S).group(1)
    # The magnifier is decoration; the button's name is the hidden word.
    assert '<svg class="lo-header-search__icon"' in button
    assert 'aria-hidden="true" focusable="false"' in button
    assert re.sub(r"<svg.*</svg>", "", button, flags=re.S).strip() == (
        '<span class="govuk-visually-hidden">Search</span>'
    )


@pytest.mark.parametrize("path", ["/", "/services/", "/services/portage/", "/professionals/"])
def test_every_kind_of_page_has_the_header_search_once(client, section, path):
    ServiceFactory(slug="portage")
    html = client.get(path).content.decode()
    assert header_search(html) is not None
    assert html.count('id="header-search"') == 1


def test_the_not_found_page_has_the_header_search_too(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert header_search(response.content.decode()) is not None


def test_a_page_can_leave_the_header_search_out(rf, home):
    """The search page empties the block so that its own search box is the only one."""
    template = engines["django"].from_string(
        '{% extends "base.html" %}{% block header_search %}{% endblock %}'
        "{% block content %}<h1>Search</h1>{% endblock %}"
    )
    request = rf.get("/search/")
    request.user = AnonymousUser()
    html = template.render({}, request)
    assert header_search(html) is None
    assert "header-search" not in html
    assert "Staffordshire and Stoke-on-Trent SEND Local Offer" in html.split("</header>")[0]


def test_the_home_page_search_box_searches_the_whole_local_offer(client, home):
    html = client.get(home.url).content.decode()
    main = html.split('id="main-content"')[1]
    form = re.search(r'<form action="/search/" method="get" role="search".*?</form>', main, re.S)
    assert form is not None
    # Its label (the editors' search_heading) and its hint are as they were.
    assert 'for="home-search">Search for services and support</label>' in form.group(0)
    assert "For example, speech and language therapy" in form.group(0)
    assert 'name="q"' in form.group(0)


# ---------------------------------------------------------------------- main navigation


def test_find_services_leads_the_menu_pages_and_professionals_follow(client, section):
    items = main_navigation(client.get(section.url).content.decode())
    assert [(title, href) for title, href, _ in items] == [
        ("Find services", "/services/"),
        ("What is the Local Offer", section.url),
        ("For professionals", "/professionals/"),
    ]


@pytest.mark.parametrize("path", ["/services/", "/services/?q=portage", "/services/portage/"])
def test_find_services_is_current_in_the_directory_and_on_a_service_page(client, section, path):
    ServiceFactory(slug="portage")
    html = client.get(path).content.decode()
    assert [title for title, _, current in main_navigation(html) if current] == ["Find services"]
    assert (
        '<strong class="govuk-service-navigation__active-fallback">Find services</strong>' in html
    )


@pytest.mark.parametrize("path", ["/", "/professionals/"])
def test_find_services_is_not_current_elsewhere(client, section, path):
    items = main_navigation(client.get(path).content.decode())
    assert ("Find services", "/services/", False) in items


def test_a_private_section_stays_out_of_the_menu(client, section, home):
    """A page behind a view restriction, or under one, is not offered in the menu."""
    from django.core.cache import cache
    from wagtail.models import PageViewRestriction

    private = InformationPageFactory(parent=home, title="Staff only")
    Page.objects.filter(pk=private.pk).update(show_in_menus=True)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    titles = [title for title, _, _ in main_navigation(client.get("/services/").content.decode())]
    assert titles == ["Find services", "What is the Local Offer", "For professionals"]

    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    cache.clear()  # the directory page above is cached
    titles = [title for title, _, _ in main_navigation(client.get("/services/").content.decode())]
    assert titles == ["Find services", "For professionals"]


def breadcrumbs(html: str) -> list[tuple[str, str]]:
    """(title, href) for each breadcrumb, in order."""
    trail = html.split('<nav class="govuk-breadcrumbs" aria-label="Breadcrumb">')[1]
    trail = trail.split("</nav>")[0]
    return re.findall(r'<a class="govuk-breadcrumbs__link" href="([^"]+)">([^<]+)</a>', trail)


@pytest.mark.parametrize(
    "path, trail",
    [
        ("/services/", [("/", "Home")]),
        ("/services/portage/", [("/", "Home"), ("/services/", "Find services")]),
        ("/services/my-list/", [("/", "Home"), ("/services/", "Find services")]),
        ("/search/?q=portage", [("/", "Home")]),
        ("/professionals/", [("/", "Home")]),
        # The map leads back to the same results as a list.
        (
            "/services/map/?category=education&age=7",
            [("/", "Home"), ("/services/?category=education&amp;age=7", "Find services")],
        ),
        ("/services/map/", [("/", "Home"), ("/services/", "Find services")]),
    ],
)
def test_pages_outside_the_page_tree_lead_back_home_through_breadcrumbs(
    client, section, path, trail
):
    ServiceFactory(name="Portage", slug="portage")
    assert breadcrumbs(client.get(path).content.decode()) == trail
