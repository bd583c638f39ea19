"""The feedback forms in headless Chromium: accessible with and without errors,
working without JavaScript, and staying in place with it."""

import pytest
from playwright.sync_api import expect

from feedback.models import Comment, PageVote

from .conftest import axe_violations, screenshot


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_the_comment_form_passes_axe_with_and_without_errors(demo_site, open_page, width):
    comments = Comment.objects.count()
    page = open_page(demo_site + "/feedback/", width=width)
    assert axe_violations(page) == []
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert page.get_by_role("alert").get_by_text("There is a problem").is_visible()
    screenshot(page, f"feedback-comment-errors-{width}")
    assert axe_violations(page) == []
    assert Comment.objects.count() == comments


def test_the_problem_forms_pass_axe_with_errors(demo_directory, open_page):
    from services.models import Service

    service = Service.objects.filter(live=True).first()
    page = open_page(demo_directory + f"/feedback/services/{service.slug}/")
    assert axe_violations(page) == []
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert page.get_by_role("link", name="Select what is wrong with this entry").is_visible()
    assert axe_violations(page) == []

    page = open_page(demo_directory + "/feedback/report/?page=/services/")
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert page.get_by_role("link", name="Enter what went wrong").is_visible()
    screenshot(page, "feedback-page-problem-errors")
    assert axe_violations(page) == []


def test_the_prompt_under_a_page_passes_axe_open_and_closed(demo_site, open_page):
    page = open_page(demo_site + "/")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Report a problem with this page").click()
    assert page.evaluate("document.activeElement.id") == "page-problem-doing"
    assert axe_violations(page) == []


def test_a_comment_with_a_reply_address_reaches_the_inbox(demo_site, open_page):
    page = open_page(demo_site + "/feedback/", width=375)
    page.get_by_label("Something that is missing from the Local Offer").check()
    page.get_by_label("Your comments").fill("Please add the dates of the autism workshops.")
    page.get_by_label("Parent or carer").check()
    page.get_by_label("Your email address, if you would like a reply").fill("parent@example.org")
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert page.get_by_role("heading", name="Thank you for your comments").is_visible()
    comment = Comment.objects.latest("created_at")
    assert (comment.topic, comment.role, comment.email) == (
        "missing",
        "parent-carer",
        "parent@example.org",
    )


def test_without_javascript_a_vote_returns_to_the_page_with_thanks(demo_directory, open_page):
    page = open_page(demo_directory + "/services/?q=speech", width=375, javascript=False)
    with page.expect_navigation():
        page.get_by_role("button", name="No this page is not useful").click()
    assert page.url.endswith("/services/?q=speech#feedback")
    assert page.get_by_role("status").inner_text() == "Thank you for your feedback."
    # The directory page is cached, but the thanks are this visitor's.
    assert PageVote.objects.get().useful is False
    page.reload()
    assert page.get_by_role("status").count() == 0


def test_with_javascript_the_feedback_stays_in_place(demo_site, open_page):
    page = open_page(demo_site + "/")
    page.get_by_role("button", name="Yes this page is useful").click()
    expect(page.get_by_role("status")).to_have_text("Thank you for your feedback.")
    assert page.url == demo_site + "/"
    assert PageVote.objects.get().useful is True

    page.get_by_role("button", name="Report a problem with this page").click()
    page.get_by_label("What went wrong?").fill("The second link is broken")
    page.locator("#page-problem-form").get_by_role("button", name="Send").click()
    # Once the report is sent, its thanks take the place of the whole prompt.
    page.locator(".lo-feedback__prompt").wait_for(state="detached")
    expect(page.get_by_role("status")).to_have_text("Thank you for your feedback.")
    assert page.url == demo_site + "/"
    assert Comment.objects.filter(comment="The second link is broken", page_path="/").exists()


def test_with_javascript_a_mistake_is_explained_on_the_servers_page(demo_site, open_page):
    comments = Comment.objects.count()
    page = open_page(demo_site + "/")
    page.get_by_role("button", name="Report a problem with this page").click()
    page.locator("#page-problem-form").get_by_role("button", name="Send").click()
    page.wait_for_url("**/feedback/report/")
    assert page.get_by_role("link", name="Enter what went wrong").is_visible()
    assert Comment.objects.count() == comments
