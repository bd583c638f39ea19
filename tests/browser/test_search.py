"""/search/ in a real browser: axe, a keyboard-only journey, and no JavaScript."""

import re

import pytest

from .conftest import axe_violations, screenshot

INNER_PAGE = "/what-is-the-local-offer/"
SEARCHES = {
    "results": "EHCP",
    "spelling": "speach",
    "nothing": "xyzzy plumbing",
}
# Far more than any page here has focusable elements before what a test wants.
MAX_TABS = 150

# What has the keyboard focus, and the result (if any) it belongs to.
FOCUS = """() => {
    const element = document.activeElement;
    const result = element && element.closest('.lo-result');
    return {
        id: element ? element.id : '',
        tag: element ? element.tagName.toLowerCase() : '',
        text: element ? element.textContent.trim().slice(0, 200) : '',
        href: element && element.href ? new URL(element.href).pathname : '',
        kind: result ? result.querySelector('.lo-result__kind')?.textContent.trim() ?? '' : '',
    };
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUS)


def tab_until(page, wanted, limit: int = MAX_TABS) -> int:
    """Press Tab until ``wanted(focused(page))`` holds; the number of presses.

    Fails, naming the last element reached, if it never does within ``limit``.
    """
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if wanted(focused(page)):
            return presses
    pytest.fail(f"{limit} Tab presses never reached it; focus ended on {focused(page)}")


def result_link(kind: str, words: str = ""):
    """Whether focus is on the title link of a result of this kind, holding ``words``."""
    return lambda focus: focus["tag"] == "a" and focus["kind"] == kind and words in focus["text"]


def result_count(page) -> int:
    heading = page.locator("h2#results-heading").inner_text()
    match = re.fullmatch(r"(\d+) results?", heading)
    assert match, heading
    return int(match.group(1))


def search_from_the_header(page, words: str) -> int:
    """From the top of the page, Tab to the header search, type and press Enter."""
    presses = tab_until(page, lambda focus: focus["id"] == "header-search")
    page.keyboard.type(words)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    return presses


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", sorted(SEARCHES))
def test_the_search_page_passes_axe(demo_directory, open_page, name, width):
    page = open_page(f"{demo_directory}/search/?q={SEARCHES[name]}", width=width)
    screenshot(page, f"search-{name}-{width}")
    results = page.locator(".lo-result")
    notice = page.locator(".lo-search-notice")
    if name == "results":  # pages, guides and services in one list, 10 a page
        assert results.count() == min(result_count(page), 10) >= 2
        kinds = set(page.locator(".lo-result__kind").all_inner_texts())
        assert {"Service", "Step-by-step guide"} <= kinds, kinds
    elif name == "spelling":  # "Did you mean speech?", or the results for speech
        assert "speech" in notice.first.inner_text()
        assert result_count(page) >= 1
        assert "speech" in results.first.get_by_role("heading").inner_text().lower()
    else:
        assert result_count(page) == 0 and notice.count() == 0
        assert page.get_by_text("Nothing on the Local Offer matches “xyzzy plumbing”").is_visible()
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert axe_violations(page) == []


def test_keyboard_only_from_the_header_search_to_a_guide_and_a_service(demo_directory, open_page):
    page = open_page(demo_directory + INNER_PAGE)
    presses = search_from_the_header(page, "EHCP")
    assert presses <= 5, f"{presses} Tab presses to reach the header search"
    assert page.url == demo_directory + "/search/?q=EHCP"
    results_url = page.url
    assert result_count(page) >= 2

    tab_until(page, result_link("Step-by-step guide", "EHC needs assessment"))
    guide = focused(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo_directory + guide["href"]
    assert page.locator("h1").inner_text() == guide["text"]

    page.go_back()  # the browser's Back button: not a click in the page
    assert page.url == results_url
    tab_until(page, result_link("Service"))
    service = focused(page)
    assert re.fullmatch(r"/services/[\w-]+/", service["href"]), service
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo_directory + service["href"]
    assert page.locator("h1").inner_text() == service["text"]


def test_the_header_search_works_without_javascript(demo_directory, open_page):
    page = open_page(demo_directory + INNER_PAGE, javascript=False)
    search_from_the_header(page, "short breaks")
    assert page.url == demo_directory + "/search/?q=short+breaks"
    assert result_count(page) >= 1
    assert page.locator(".lo-result").count() >= 1
    assert page.get_by_role("searchbox", name="Search the Local Offer").input_value() == (
        "short breaks"
    )
