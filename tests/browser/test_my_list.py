"""My list in a browser: without JavaScript (forms and banners), with it (in
place, announced), shared with a fresh browser, accessible, valid and printable."""

import re
from pathlib import Path

from playwright.sync_api import expect

from .conftest import axe_violations, html_errors, screenshot

SCREENS = Path("/work/plan/screens")
DIRECTORY = "/services/?category=health"


def result_names(page, count: int = 2) -> list[str]:
    return [
        page.locator("li.lo-result h3").nth(number).inner_text().strip() for number in range(count)
    ]


def list_button(page, name: str):
    """The list button of the service called ``name`` (its accessible name ends with it)."""
    return page.get_by_role("button", name=re.compile(rf"my list\s*:\s*{re.escape(name)}$"))


def saved_names(page) -> list[str]:
    return [
        title.strip() for title in page.locator(".govuk-summary-card__title").all_inner_texts()
    ]


def build_a_list(page, base: str) -> list[str]:
    """Add the first two health services, as a visitor without JavaScript does."""
    page.goto(base + DIRECTORY)
    names = result_names(page)
    for name in names:
        list_button(page, name).click()
        expect(list_button(page, name)).to_contain_text("Remove from my list")
    return names


def test_without_javascript_a_list_is_built_shared_and_opened_elsewhere(demo_directory, open_page):
    page = open_page(demo_directory + DIRECTORY, javascript=False)
    first, second = result_names(page)

    with page.expect_navigation():
        list_button(page, first).click()
    # Back on the same results, at the service just added, with the banner.
    assert page.url.startswith(demo_directory + DIRECTORY + "#service-")
    banner = page.get_by_role("alert")
    assert f"{first} has been added to your list." in banner.inner_text()
    assert banner.get_by_role("link", name="View your list (1)").is_visible()
    assert list_button(page, first).inner_text().startswith("Remove from my list")

    with page.expect_navigation():
        list_button(page, second).click()
    assert f"{second} has been added to your list." in page.get_by_role("alert").inner_text()
    assert "View your list (2)" in page.get_by_role("alert").inner_text()

    with page.expect_navigation():
        page.get_by_role("banner").get_by_role("link", name="My list (2)").click()
    assert page.get_by_role("heading", level=1).inner_text() == "My list"
    assert saved_names(page) == [first, second]
    # No script: no copy button (or print button), but the link to select.
    assert not page.get_by_role("button", name="Copy link").is_visible()
    assert not page.get_by_role("button", name="Print this list").is_visible()
    share = page.get_by_label("Link to your list")
    assert share.get_attribute("readonly") is not None
    url = share.input_value()
    assert page.get_by_role("link", name="Open the shared list").get_attribute("href") == url

    # A fresh browser: nothing shared but the link.
    other = open_page(url, javascript=False)
    assert other.get_by_role("heading", level=1).inner_text() == "A shared list of services"
    assert saved_names(other) == [first, second]
    assert other.get_by_role("button", name=re.compile("^Remove")).count() == 0
    with other.expect_navigation():
        other.get_by_role("button", name="Save as my list").click()
    assert "2 services have been added to your list." in other.get_by_role("alert").inner_text()
    assert saved_names(other) == [first, second]


def test_with_javascript_the_list_changes_in_place_and_says_so(demo_directory, open_page):
    page = open_page(demo_directory + DIRECTORY)
    first, second = result_names(page)
    page.evaluate("window.stillHere = true")
    header_link = page.get_by_role("banner").get_by_role("link", name=re.compile("^My list"))
    assert not header_link.is_visible()  # nothing saved yet
    count = page.locator("[data-lo-my-list-count]")
    status = page.locator("[data-lo-my-list-status]")

    list_button(page, first).click()
    expect(status).to_have_text(f"{first} has been added to your list.")
    assert status.get_attribute("aria-live") == "polite"
    assert list_button(page, first).inner_text().startswith("Remove from my list")
    assert count.text_content() == " (1)"
    expect(header_link).to_be_visible()
    assert header_link.inner_text() == "My list (1)"

    list_button(page, second).click()
    expect(status).to_have_text(f"{second} has been added to your list.")
    assert count.text_content() == " (2)"

    list_button(page, first).click()
    expect(status).to_have_text(f"{first} has been removed from your list.")
    assert count.text_content() == " (1)"
    assert list_button(page, first).inner_text().startswith("Add to my list")
    assert page.evaluate("window.stillHere") is True  # never left the page
    assert page.url == demo_directory + DIRECTORY

    # The server kept it: a fresh page shows the list as the script left it.
    page.reload()
    assert list_button(page, second).inner_text().startswith("Remove from my list")
    assert page.get_by_role("link", name="My list (1)").count() == 1

    page.goto(demo_directory + "/services/my-list/")
    assert saved_names(page) == [second]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_directory)
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("[data-lo-copy-status]")).to_contain_text("Link copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.get_by_label("Link to your list").input_value()
    assert "/services/my-list/shared/?services=" in copied
    assert page.get_by_role("button", name="Print this list").is_visible()


def test_the_service_page_adds_in_place_and_offers_print(demo_directory, open_page):
    page = open_page(demo_directory + DIRECTORY)
    first = result_names(page, 1)[0]
    page.get_by_role("link", name=first).click()
    expect(page.get_by_role("button", name="Print this page")).to_be_visible()
    list_button(page, first).click()
    expect(list_button(page, first)).to_contain_text("Remove from my list")
    expect(page.locator("[data-lo-my-list-count]")).to_have_text(" (1)")


def test_list_pages_pass_axe_and_the_html_checker(demo_directory, open_page):
    SCREENS.mkdir(parents=True, exist_ok=True)
    failures, documents = {}, {}
    for width in (1280, 375):
        page = open_page(demo_directory + "/", width=width)
        names = build_a_list(page, demo_directory)
        pages = {
            "directory with a list": DIRECTORY,
            "a service with a list": page.locator("li.lo-result h3 a").first.get_attribute("href"),
            "my list": "/services/my-list/",
            "remove all": "/services/my-list/clear/",
        }
        # Each page is read for the HTML checker before axe adds its script to it.
        for name, path in pages.items():
            page.goto(demo_directory + path)
            documents[f"{name} at {width}"] = page.content()
            if violations := axe_violations(page):
                failures[f"{name} at {width}"] = violations
        page.goto(demo_directory + "/services/my-list/")
        url = page.get_by_label("Link to your list").input_value()
        if width == 375:
            page.screenshot(path=str(SCREENS / "my-list-375.png"), full_page=True)
        screenshot(page, f"my-list-{width}")

        shared = open_page(url, width=width)
        assert saved_names(shared) == names
        documents[f"shared list at {width}"] = shared.content()
        if violations := axe_violations(shared):
            failures[f"shared list at {width}"] = violations
        if width == 375:
            shared.screenshot(path=str(SCREENS / "shared-list-375.png"), full_page=True)
        screenshot(shared, f"shared-list-{width}")

        shared.goto(url[:-5])
        assert "This link to a shared list does not work" in shared.content()
        documents[f"broken share link at {width}"] = shared.content()
        if violations := axe_violations(shared):
            failures[f"broken share link at {width}"] = violations

        empty = open_page(demo_directory + "/services/my-list/", width=width)
        documents[f"empty list at {width}"] = empty.content()
        if violations := axe_violations(empty):
            failures[f"empty list at {width}"] = violations
    assert failures == {}
    errors = html_errors(documents)
    assert not errors, "\n".join(f"{name}: {e}" for name, found in errors.items() for e in found)


def test_paper_has_no_list_buttons_and_a_short_list_fits_one_sheet(demo_directory, open_page):
    page = open_page(demo_directory + "/")
    names = build_a_list(page, demo_directory)

    page.goto(demo_directory + DIRECTORY)
    page.emulate_media(media="print")
    assert not list_button(page, names[0]).is_visible()
    assert page.locator("li.lo-result h3").first.is_visible()

    page.emulate_media(media="screen")
    with page.expect_navigation():
        page.get_by_role("link", name=names[0]).click()
    page.emulate_media(media="print")
    assert not list_button(page, names[0]).is_visible()
    assert not page.get_by_role("button", name="Print this page").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()

    page.emulate_media(media="screen")
    page.goto(demo_directory + "/services/my-list/")
    assert page.get_by_role("heading", name="Share this list").is_visible()
    page.emulate_media(media="print")
    for hidden in (
        page.locator("header").first,
        page.locator("footer").first,
        page.get_by_role("button", name=re.compile("^Remove")).first,
        page.get_by_role("heading", name="Share this list"),
        page.get_by_role("link", name="Remove all services"),
    ):
        assert not hidden.is_visible()
    assert saved_names(page) == names
    assert page.get_by_text("Services saved from the Staffordshire").is_visible()
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
