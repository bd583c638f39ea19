import pytest

from .conftest import axe_violations, screenshot

PAGE = "/you-said-we-did/"
VIEWS = {
    "you-said-we-did": PAGE,
    "you-said-we-did-2025": PAGE + "2025/",
    "you-said-we-did-errors": PAGE + "?partner=nobody&year=1999",
}


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_the_page_its_yearly_report_and_its_errors_pass_axe(demo_site, open_page, width):
    page = open_page(demo_site + PAGE, width=width)
    failures = {}
    for name, path in VIEWS.items():
        page.goto(demo_site + path)
        screenshot(page, f"{name}-{width}")
        if violations := axe_violations(page):
            failures[name] = violations
    assert failures == {}


def test_filtering_by_partner_and_year_works_without_javascript(demo_site, open_page):
    page = open_page(demo_site + PAGE, width=375, javascript=False)
    page.get_by_label("Staffordshire and Stoke-on-Trent Integrated Care Board").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()

    assert "partner=staffordshire-and-stoke-on-trent-icb" in page.url
    # In the demo the ICB responds to two themes: one in 2025, one in 2026.
    assert page.get_by_role("heading", name="2 responses found").is_visible()
    autism = page.get_by_role("heading", name="Waiting for an autism or ADHD assessment")
    adulthood = page.get_by_role("heading", name="Information about preparing for adulthood")
    assert autism.is_visible() and adulthood.is_visible()

    page.get_by_label("Year", exact=True).select_option("2026")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert page.get_by_role("heading", name="1 response found").is_visible()
    assert adulthood.is_visible() and autism.count() == 0
    assert page.get_by_label("Staffordshire and Stoke-on-Trent Integrated Care Board").is_checked()

    with page.expect_navigation():
        page.get_by_role("link", name="Clear filters").click()
    assert page.get_by_role("heading", name="5 responses").is_visible()


def test_the_error_summary_leads_to_the_filter_to_fix(demo_site, open_page):
    page = open_page(demo_site + PAGE + "?partner=nobody")
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    summary.get_by_role("link", name="“nobody” is not one of the partners").click()
    assert page.evaluate("document.activeElement.id") == "id_partner_0"


def test_a_reader_reaches_the_yearly_report_and_can_print_it(demo_site, open_page):
    page = open_page(demo_site + PAGE)
    with page.expect_navigation():
        page.get_by_role("link", name="2025 report").click()
    assert page.get_by_role("heading", name="2025 report", level=1).is_visible()
    assert page.get_by_role("button", name="Print this report").is_visible()
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Print this report").is_visible()
    assert not page.locator(".govuk-breadcrumbs").is_visible()
