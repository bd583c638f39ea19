"""The referral-routes finder in headless Chromium: accessible, usable on a phone
without JavaScript, and printed landscape."""

import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS, axe_violations, screenshot

FINDER = "/professionals/?referral=professional&ages=11-15&category=health"


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_the_finder_passes_axe(demo_directory, open_page, width):
    page = open_page(demo_directory + FINDER, width=width)
    assert page.locator(".lo-routes-table tbody tr").count() > 3
    screenshot(page, f"professionals-{width}")
    assert axe_violations(page) == []


def test_the_finder_with_errors_passes_axe(demo_directory, open_page):
    page = open_page(demo_directory + "/professionals/?age=99")
    assert page.get_by_role("alert").get_by_text("There is a problem").is_visible()
    assert axe_violations(page) == []


def test_on_a_phone_without_javascript_each_route_is_a_card(demo_directory, open_page):
    page = open_page(demo_directory + FINDER, width=375, javascript=False)
    first = page.locator(".lo-routes-table tbody tr").first
    box = first.bounding_box()
    assert box["width"] <= 375  # no sideways scrolling
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # Each value is labelled with its column's name, shown above it.
    how = first.locator('td[data-label="How to refer"]')
    label = how.evaluate("cell => getComputedStyle(cell, '::before').content")
    assert label == '"How to refer"'
    # Filters work as a plain form: narrow to the ICB and the list follows.
    page.locator("summary").filter(has_text="Filters").click()
    page.get_by_label(
        re.compile(r"^Staffordshire and Stoke-on-Trent Integrated Care Board")
    ).check()
    page.get_by_role("button", name="Apply filters").click()
    # The click returns once the new page's address commits; wait for it to load.
    page.wait_for_url(re.compile(r"body=staffordshire-and-stoke-on-trent-icb"))
    expect(page.get_by_role("heading", name=re.compile(r"\d+ services? found"))).to_be_visible()
    bodies = page.locator(".lo-routes-table tbody th .lo-routes-table__meta").all_inner_texts()
    assert bodies and set(bodies[::2]) == {
        "Staffordshire and Stoke-on-Trent Integrated Care Board"
    }


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_the_routes_are_a_table_to_screen_readers_at_every_width(demo_directory, open_page, width):
    """Chromium's own accessibility tree, as a screen reader gets it: a table of
    rows with column and row headers and cells, cards or not, with no ARIA roles."""
    page = open_page(demo_directory + FINDER, width=width)
    rows = page.locator(".lo-routes-table tbody tr").count()
    assert page.locator(".lo-routes-table [role]").count() == 0
    cdp = page.context.new_cdp_session(page)
    tree = cdp.send("Accessibility.getFullAXTree")["nodes"]
    roles = Counter(node["role"]["value"] for node in tree if not node.get("ignored"))
    assert roles["table"] == 1
    assert roles["row"] == rows + 1
    assert roles["columnheader"] == 6
    assert roles["rowheader"] == rows
    assert roles["cell"] == rows * 5


def test_the_print_view_prints_landscape(demo_directory, open_page):
    page = open_page(demo_directory + "/professionals/print/?category=health", javascript=False)
    page.emulate_media(media="print")
    assert not page.locator(".govuk-service-navigation").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    (ARTIFACTS / "professionals-print.pdf").write_bytes(pdf)
    width, height = (
        float(n) for n in re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf).groups()
    )
    assert width > height  # landscape
    assert round(width) == 842  # A4, in points
