import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .conftest import axe_violations, screenshot

STRATEGY = "/send-strategies/stoke-on-trent-joint-send-strategy/"
PRIORITY = STRATEGY + "nothing-for-us-without-us/"
PAGES = {
    "index": "/send-strategies/",
    "strategy": STRATEGY,
    "priority": PRIORITY,
    "promise": "/co-production-promise/",
}


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_strategy_pages_pass_axe(demo_site, open_page, width):
    page = open_page(demo_site + "/", width=width)
    failures = {}
    for name, path in PAGES.items():
        page.goto(demo_site + path)
        screenshot(page, f"{name}-{width}")
        if violations := axe_violations(page):
            failures[name] = violations
    assert failures == {}


def test_the_pledge_form_with_errors_passes_axe_and_leads_to_each_field(demo_site, open_page):
    page = open_page(demo_site + PAGES["promise"], width=375)
    with page.expect_navigation():
        page.get_by_role("button", name="Send your pledge").click()
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    screenshot(page, "pledge-errors-375")
    assert axe_violations(page) == []
    summary.get_by_role("link", name="Select your role").click()
    assert page.evaluate("document.activeElement.id") == "id_your_role_0"


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_the_pledge_forms_error_summary_takes_focus(demo_site, open_page, javascript):
    """As on every other form; the #pledge anchor the form posts to must not
    leave focus on the page itself."""
    page = open_page(demo_site + PAGES["promise"], javascript=javascript)
    with page.expect_navigation():
        page.get_by_role("button", name="Send your pledge").click()
    page.wait_for_timeout(300)  # after the browser has scrolled to the fragment
    focused = page.evaluate("[...document.activeElement.classList]")
    assert "govuk-error-summary" in focused
    assert page.url.endswith("#pledge")


def test_a_pledge_can_be_made_without_javascript(demo_site, open_page):
    page = open_page(demo_site + PAGES["promise"], javascript=False)
    page.get_by_label("Your name").fill("Sam Example")
    page.get_by_label("Parent or carer").check()
    page.get_by_label("Your pledge").fill("I will tell the team what works for my family.")
    page.get_by_label("I agree that the Local Offer team may keep my pledge").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send your pledge").click()
    assert page.get_by_role("heading", name="Thank you for your pledge").is_visible()


def make_user(username: str, group: str) -> None:
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "demo-pass-1")
    user.groups.add(Group.objects.get(name=group))


def sign_in(browser, base: str, username: str):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.goto(base + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("demo-pass-1")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base + "/admin/")
    return context, page


def test_an_editor_submits_a_change_a_moderator_approves_it_and_it_goes_live(demo_site, browser):
    from strategy.models import PriorityPage

    make_user("eddie", "Editors")
    make_user("mo", "Moderators")
    priority = PriorityPage.objects.get(slug="nothing-for-us-without-us")
    new_commitment = "We will listen to families and show them what changed as a result."

    context, page = sign_in(browser, demo_site, "eddie")
    page.goto(f"{demo_site}/admin/pages/{priority.pk}/edit/")
    page.locator("#id_commitment").fill(new_commitment)
    # An editor may save and submit; publishing is not offered.
    footer = page.locator("footer")
    assert footer.get_by_role("button", name="Publish", exact=True).count() == 0
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Submit to Moderators approval").click()
    page.wait_for_url(f"{demo_site}/admin/pages/{priority.get_parent().pk}/")
    assert "has been submitted for moderation" in page.locator(".messages").inner_text()
    screenshot(page, "admin-submitted")
    context.close()
    assert new_commitment not in open_public(browser, demo_site + PRIORITY)

    context, page = sign_in(browser, demo_site, "mo")
    page.goto(f"{demo_site}/admin/pages/{priority.pk}/edit/")
    assert page.locator("#id_commitment").input_value() == new_commitment
    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        footer.get_by_role("button", name="Approve and Publish", exact=True).click()
    context.close()

    assert new_commitment in open_public(browser, demo_site + PRIORITY)


def open_public(browser, url: str) -> str:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    text = page.locator("main").inner_text()
    context.close()
    return text
