import pytest

from .conftest import axe_violations, screenshot

SECTION = "/what-is-the-local-offer/"
GUIDES = {
    "school": SECTION + "the-graduated-approach/getting-extra-help-at-school/",
    "ehc": SECTION + "ehc-needs-assessments-and-plans/asking-for-an-ehc-needs-assessment/",
    "adulthood": SECTION + "preparing-for-adulthood-from-year-9/",
}


@pytest.fixture
def pathways_site(demo_directory):
    """The demo guides, loaded again once the services exist so that they link to them.

    ``demo_site`` loads the pages without services, so its guides have no
    service links; the loader still owns them, so a second run adds the links.
    """
    from localoffer.demo.loader import load_demo_content

    load_demo_content(with_services=False)
    return demo_directory


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_step_by_step_guides_pass_axe(pathways_site, open_page, width):
    page = open_page(pathways_site + "/", width=width)
    failures = {}
    for name, path in GUIDES.items():
        page.goto(pathways_site + path)
        assert page.locator(".lo-step-nav__step").count() >= 5, name
        screenshot(page, f"step-by-step-{name}-{width}")
        if violations := axe_violations(page):
            failures[name] = violations
    assert failures == {}


def test_every_step_and_link_shows_without_javascript(pathways_site, open_page):
    page = open_page(pathways_site + GUIDES["ehc"], width=375, javascript=False)
    steps = page.locator(".lo-step-nav__step")
    for i in range(steps.count()):
        assert steps.nth(i).get_by_role("heading", level=2).is_visible()
    link = page.get_by_role("link", name="EHC needs assessment team: Staffordshire")
    assert link.is_visible()
    with page.expect_navigation():
        link.click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("EHC needs assessment")
    # Screen readers hear what each circle means, then the title.
    page.go_back()
    assert page.locator("main").get_by_role("heading", level=2).count() == 7
    for name in (
        "Step 1: Ask the council for an assessment",
        "And, alongside step 1: Get free, impartial advice",
        "Step 5: Get the final EHC plan",
        "Or, instead of step 5: Challenge a decision: mediation and appeal",
    ):
        assert page.get_by_role("heading", name=name, exact=True).count() == 1, name
