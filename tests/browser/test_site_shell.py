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


def test_search_from_the_home_page_sends_the_words_to_the_directory(demo_site, open_page):
    page = open_page(demo_site + "/", javascript=False)
    page.get_by_label("Search for services and support").fill("speech therapy")
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    assert page.url == demo_site + "/services/?q=speech+therapy"


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
