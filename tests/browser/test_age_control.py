"""The directory's one age control in headless Chromium: a plain select that
works on a phone without JavaScript, and an accessible message when an old
link's age group contradicts the age."""

import re

import pytest

from .conftest import axe_violations, screenshot

AGE = "Age of the child or young person"


def results_count(page) -> int:
    heading = page.locator("h2#results-heading").inner_text()
    return int(re.match(r"(\d+) services? found", heading)[1])


def test_on_a_phone_without_javascript_an_age_group_is_one_choice(demo_directory, open_page):
    page = open_page(demo_directory + "/services/", width=375, javascript=False)
    everything = results_count(page)
    control = page.get_by_label(AGE)
    assert control.evaluate("element => element.tagName") == "SELECT"
    control.select_option(label="5 to 10")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert "age=5-10" in page.url
    assert 0 < results_count(page) < everything
    # The select keeps the choice, and the tag says what it is.
    assert page.get_by_label(AGE).input_value() == "5-10"
    assert page.get_by_role("link", name="Remove filter: Ages 5 to 10").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_an_age_that_contradicts_its_group_passes_axe(demo_directory, open_page, width):
    page = open_page(demo_directory + "/services/?age=7&ages=16-18", width=width)
    summary = page.get_by_role("alert")
    message = "Age 7 is not in the age group 16 to 18. Choose an age or an age group, not both."
    assert summary.get_by_role("link", name=message).is_visible()
    # The summary's link goes to the control, which names the problem too.
    summary.get_by_role("link", name=message).click()
    control = page.get_by_label(AGE)
    assert control.evaluate("element => element === document.activeElement")
    assert message in control.evaluate(
        "element => element.getAttribute('aria-describedby').split(' ')"
        ".map(id => document.getElementById(id).innerText).join(' ')"
    )
    assert control.input_value() == "7"
    screenshot(page, f"directory-age-conflict-{width}")
    assert axe_violations(page) == []
