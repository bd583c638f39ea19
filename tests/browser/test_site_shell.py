import re

import pytest

from .conftest import axe_violations, screenshot

PAGES = {"home": "/", "information": "/what-is-the-local-offer/the-graduated-approach/"}


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_pass_axe_at_desktop_and_phone_widths(demo_site, open_page, name, width):
    page = open_page(demo_site + PAGES[name], width=width)
    screenshot(page, f"{name}-{width}")
    assert axe_violations(page) == []


def test_every_page_in_the_sitemap_and_the_404_page_pass_axe(demo_site, open_page):
    sitemap = open_page(demo_site + "/sitemap.xml").content()
    paths = [
        re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)
    ]
    assert len(paths) >= 9
    failures = {}
    for width in (1280, 320):
        page = open_page(demo_site + "/", width=width)
        for path in [*paths, "/no-such-page/"]:
            page.goto(demo_site + path)
            violations = axe_violations(page)
            if violations:
                failures[f"{path} at {width}px"] = violations
    assert failures == {}


def test_first_tab_reaches_the_skip_link_and_enter_moves_to_main_content(demo_site, open_page):
    page = open_page(demo_site + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_skip_link_works_without_javascript(demo_site, open_page):
    page = open_page(demo_site + "/", javascript=False)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "govuk-skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


@pytest.mark.parametrize("path", sorted(PAGES.values()))
def test_reflows_at_320_pixels_without_sideways_scrolling(demo_site, open_page, path):
    page = open_page(demo_site + path, width=320, height=640)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_search_from_the_home_page_sends_the_words_to_the_search_page(demo_site, open_page):
    page = open_page(demo_site + "/", javascript=False)
    page.get_by_label("Search for services and support").fill("speech therapy")
    with page.expect_navigation():
        page.get_by_role("main").get_by_role("button", name="Search").click()
    assert page.url == demo_site + "/search/?q=speech+therapy"


@pytest.mark.parametrize("width", [1280, 375, 320], ids=["desktop", "phone", "small-phone"])
def test_the_header_search_fits_and_passes_axe_on_an_inner_page(demo_site, open_page, width):
    page = open_page(demo_site + PAGES["information"], width=width)
    search = page.get_by_role("search", name="Site-wide")
    field = search.get_by_role("searchbox", name="Search the Local Offer")
    assert field.is_visible()
    assert search.get_by_role("button", name="Search").is_visible()
    name = page.locator(".govuk-generic-header__homepage-link").bounding_box()
    box = search.bounding_box()
    if width < 769:  # a row of its own under the site name
        assert box["y"] >= name["y"] + name["height"]
    else:  # beside it
        assert box["x"] >= name["x"] + name["width"]
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    field.fill("short breaks")
    screenshot(page, f"header-search-{width}")
    assert axe_violations(page) == []


def test_the_header_search_sends_the_words_to_the_search_page_without_javascript(
    demo_site, open_page
):
    page = open_page(demo_site + PAGES["information"], width=375, javascript=False)
    page.get_by_role("searchbox", name="Search the Local Offer").fill("short breaks")
    with page.expect_navigation():
        page.get_by_role("search", name="Site-wide").get_by_role("button", name="Search").click()
    assert page.url == demo_site + "/search/?q=short+breaks"


def test_the_main_navigation_is_one_row_at_desktop_width(demo_site, open_page):
    page = open_page(demo_site + PAGES["information"], width=1280)
    items = page.evaluate(
        """[...document.querySelectorAll('.govuk-service-navigation__item')]
            .map(item => [item.textContent.trim(), item.offsetTop])"""
    )
    titles = [title for title, _ in items]
    assert (titles[0], titles[-1]) == ("Find services", "For professionals")
    assert len(titles) >= 6, titles
    assert len({top for _, top in items}) == 1, items
    screenshot(page, "navigation-1280")


def test_navigation_menu_works_on_a_phone_with_and_without_javascript(demo_site, open_page):
    for javascript in (True, False):
        page = open_page(demo_site + "/", width=375, javascript=javascript)
        if javascript:
            page.get_by_role("button", name="Menu").click()
        link = page.get_by_role("navigation", name="Main").get_by_role(
            "link", name="What is the Local Offer"
        )
        assert link.is_visible()


def test_no_request_leaves_this_machine(demo_site, browser):
    context = browser.new_context()
    hosts = set()
    context.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page = context.new_page()
    for path in PAGES.values():
        page.goto(demo_site + path)
    context.close()
    assert hosts == {demo_site.split("/")[2]}
