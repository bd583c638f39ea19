"""The directory's "Needs it supports" filter in Chromium: accessible on a phone
and a desktop, specific needs indented under their broad areas."""

import re

import pytest

from .conftest import axe_violations, screenshot

CHOSEN = "/services/?need=autism&need=sensory-and-physical"


@pytest.fixture
def needs_directory(demo_directory):
    """The demo directory, with at least one service for each chosen need and
    one for any need, whatever needs the demo file gives."""
    from services.models import Need, Service

    services = list(Service.objects.filter(live=True).order_by("name")[:3])
    services[0].needs.add(Need.objects.get(slug="autism"))
    services[1].needs.add(Need.objects.get(slug="hearing-impairment"))
    Service.objects.filter(pk=services[2].pk).update(for_any_need=True)
    return demo_directory


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_the_directory_with_needs_chosen_passes_axe(needs_directory, open_page, width):
    page = open_page(needs_directory + CHOSEN, width=width)
    assert re.match(r"[1-9]\d* services? found", page.locator("h2#results-heading").inner_text())
    if width == 375:  # on a phone the filters fold behind a button
        page.get_by_role("button", name=re.compile(r"^Show filters")).click()
    group = page.get_by_role("group", name="Needs it supports")
    assert group.get_by_role("checkbox", name=re.compile(r"^Autism \(")).is_checked()
    broad = group.get_by_role("checkbox", name=re.compile(r"^Sensory and\/or physical needs \("))
    assert broad.is_checked()
    # The specific needs sit in a group named by their broad area, indented under it.
    hearing = page.get_by_role(
        "group", name=re.compile(r"^Sensory and\/or physical needs")
    ).get_by_role("checkbox", name=re.compile(r"^Hearing impairment \("))
    assert not hearing.is_checked()
    assert hearing.bounding_box()["x"] > broad.bounding_box()["x"]
    screenshot(page, f"directory-needs-{width}")
    assert axe_violations(page) == []


def test_needs_are_chosen_and_shown_as_tags_without_javascript(needs_directory, open_page):
    page = open_page(needs_directory + "/services/", javascript=False)
    page.get_by_role("checkbox", name=re.compile(r"^Autism \(")).check()
    page.get_by_role("checkbox", name=re.compile(r"^Sensory and\/or physical needs \(")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert "need=autism" in page.url and "need=sensory-and-physical" in page.url
    tags = page.locator(".lo-tags")
    assert tags.get_by_role("link", name=re.compile("Autism")).count() == 1
    assert page.locator(".lo-result").count() >= 1
