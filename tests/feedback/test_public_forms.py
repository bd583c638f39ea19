"""The public feedback forms: what a visitor sends is stored once, or not at all.

"Is this page useful?", "Report a problem with this page", "Report a problem
with this service" and "Tell us what you think of the Local Offer".
"""

import logging
import re
import smtplib

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from feedback.models import Comment, Kind, PageVote
from tests.factories import InformationPageFactory, ServiceFactory, YouSaidWeDidPageFactory

pytestmark = pytest.mark.django_db
VOTE = reverse("feedback:page_vote")
PAGE_PROBLEM = reverse("feedback:page_problem")
COMMENT = reverse("feedback:comment")
GOOD_COMMENT = {
    "topic": "missing",
    "comment": "There is nothing about holiday clubs for disabled children in Tamworth.",
    "role": "parent-carer",
    "page": "/services/",
}


def service_problem_url(service) -> str:
    return reverse("feedback:service_problem", args=[service.slug])


def error_summary(response) -> str:
    html = response.content.decode()
    assert 'class="govuk-error-summary"' in html
    summary = html.split('class="govuk-error-summary"', 1)[1].split(">", 1)[1]
    summary = summary.split("</ul>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", summary)).strip()


@pytest.fixture
def info_page(home):
    return InformationPageFactory(parent=home, title="Short breaks", slug="short-breaks")


class FailingEmail:
    """An email backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


# ------------------------------------------------------------------ every page


def test_every_page_asks_whether_it_is_useful_and_offers_a_problem_report(client, info_page):
    html = client.get(info_page.url).content.decode()
    assert "Is this page useful?" in html
    assert f'action="{VOTE}"' in html
    assert f'value="{info_page.url}"' in html  # the vote says which page it is about
    assert f'href="{PAGE_PROBLEM}?page=/short-breaks/"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_the_feedback_forms_do_not_ask_about_themselves(client, home):
    html = client.get(COMMENT).content.decode()
    assert "Is this page useful?" not in html


# ------------------------------------------------------------------ is this page useful?


def test_a_vote_is_stored_once_and_the_visitor_is_thanked_on_the_page(client, info_page):
    response = client.post(VOTE, {"useful": "no", "page": "/short-breaks/"})
    assert response.status_code == 302
    assert response["Location"] == "/short-breaks/#feedback"
    vote = PageVote.objects.get()
    assert (vote.page_path, vote.page_id, vote.useful) == ("/short-breaks/", info_page.pk, False)

    page = client.get("/short-breaks/").content.decode()
    assert "Thank you for your feedback." in page
    assert "Is this page useful?" not in page  # the question has been answered
    assert "Report a problem with this page" in page


def test_the_script_gets_json_and_stays_on_the_page(client, info_page):
    response = client.post(
        VOTE, {"useful": "yes", "page": "/short-breaks/"}, headers={"accept": "application/json"}
    )
    assert response.json() == {"message": "Thank you for your feedback."}
    assert PageVote.objects.get().useful is True


def test_a_vote_with_no_answer_explains_and_stores_nothing(client, info_page):
    response = client.post(VOTE, {"useful": "maybe", "page": "/short-breaks/"})
    assert response.status_code == 400
    assert error_summary(response) == (
        "There is a problem Select yes if this page is useful, or no if it is not"
    )
    assert not PageVote.objects.exists()


def test_votes_must_be_posted(client):
    assert client.get(VOTE).status_code == 405


@pytest.mark.parametrize(
    "page",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", ""],
)
def test_feedback_never_sends_the_visitor_to_another_site(client, page):
    response = client.post(VOTE, {"useful": "yes", "page": page})
    assert response["Location"] == "/#feedback"
    assert PageVote.objects.get().page_path == ""


# ------------------------------------------------------------------ a problem with a page


def test_a_page_problem_is_stored_once_with_its_page(client, info_page):
    response = client.post(
        PAGE_PROBLEM,
        {"page": "/short-breaks/", "doing": "Looking for holiday clubs", "comment": "No dates"},
        follow=True,
    )
    assert response.redirect_chain == [("/short-breaks/#feedback", 302)]
    assert "Thank you for your feedback." in response.content.decode()
    report = Comment.objects.get()
    assert (report.kind, report.page_id, report.page_path) == (
        Kind.PAGE_PROBLEM,
        info_page.pk,
        "/short-breaks/",
    )
    assert (report.doing, report.comment, report.status) == (
        "Looking for holiday clubs",
        "No dates",
        "new",
    )


def test_without_javascript_the_problem_form_has_a_page_of_its_own(client, info_page):
    response = client.get(PAGE_PROBLEM, {"page": "/short-breaks/"})
    html = response.content.decode()
    assert "<h1" in html and "Report a problem with a page" in html
    assert 'href="/short-breaks/" class="govuk-back-link"' in html
    assert 'value="/short-breaks/"' in html


def test_an_empty_problem_report_explains_and_stores_nothing(client, info_page):
    response = client.post(PAGE_PROBLEM, {"page": "/short-breaks/", "doing": "Reading"})
    assert response.status_code == 400
    assert error_summary(response) == "There is a problem Enter what went wrong"
    assert "Reading</textarea>" in response.content.decode()  # nothing typed is lost
    assert not Comment.objects.exists()


def test_the_script_gets_the_errors_as_json(client):
    response = client.post(
        PAGE_PROBLEM, {"page": "/", "comment": ""}, headers={"accept": "application/json"}
    )
    assert response.status_code == 400
    assert response.json() == {"errors": {"comment": ["Enter what went wrong"]}}


def test_a_problem_report_has_a_length_limit(client):
    response = client.post(PAGE_PROBLEM, {"page": "/", "comment": "x" * 1201})
    assert response.status_code == 400
    assert "What went wrong must be 1,200 characters or fewer" in error_summary(response)
    assert not Comment.objects.exists()


def test_a_problem_on_a_directory_page_names_the_service(client):
    service = ServiceFactory(slug="portage")
    client.post(PAGE_PROBLEM, {"page": "/services/portage/", "comment": "The map is wrong"})
    report = Comment.objects.get()
    assert (report.service, report.page_path) == (service, "/services/portage/")


# ------------------------------------------------------------------ a problem with a service


def test_a_service_page_offers_a_problem_report(client):
    service = ServiceFactory()
    html = client.get(service.get_absolute_url()).content.decode()
    assert f'href="{service_problem_url(service)}"' in html
    assert "Report a problem with this service" in html
    # One way to report a problem: the service's, not the page's as well.
    assert html.count("Report a problem") == 1
    assert 'id="page-problem-form"' not in html
    assert "Is this page useful?" in html


def test_a_service_problem_is_stored_once_for_that_services_partner(client):
    service = ServiceFactory()
    response = client.post(
        service_problem_url(service),
        {"reason": "contact-details", "comment": "The phone number is now 01632 960999."},
        follow=True,
    )
    assert response.redirect_chain == [(f"{service.get_absolute_url()}#feedback", 302)]
    assert "An editor will check this entry" in response.content.decode()
    report = Comment.objects.get()
    assert (report.kind, report.service, report.reason) == (
        Kind.SERVICE_PROBLEM,
        service,
        "contact-details",
    )
    assert report.partner == service.responsible_body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"comment": "Closed last year"}, "Select what is wrong with this entry"),
        ({"reason": "other"}, "Tell us what is wrong with this entry"),
        ({"reason": "demolished"}, "Select what is wrong with this entry"),
    ],
)
def test_an_incomplete_service_problem_explains_and_stores_nothing(client, data, message):
    service = ServiceFactory()
    response = client.post(service_problem_url(service), data)
    assert response.status_code == 400
    assert error_summary(response) == f"There is a problem {message}"
    assert not Comment.objects.exists()


def test_only_live_services_take_problem_reports(client):
    draft = ServiceFactory(live=False)
    assert client.get(service_problem_url(draft)).status_code == 404
    assert client.post(service_problem_url(draft), {"reason": "closed"}).status_code == 404
    assert not Comment.objects.exists()


# ------------------------------------------------------------------ tell us what you think


def test_a_comment_is_stored_once_and_thanked(client, home):
    response = client.post(COMMENT, GOOD_COMMENT, follow=True)
    assert response.redirect_chain == [(reverse("feedback:comment_sent"), 302)]
    assert "Thank you for your comments" in response.content.decode()
    comment = Comment.objects.get()
    assert (comment.kind, comment.topic, comment.role, comment.page_path) == (
        Kind.COMMENT,
        "missing",
        "parent-carer",
        "/services/",
    )
    assert comment.comment == GOOD_COMMENT["comment"]
    assert (comment.email, comment.wants_reply, comment.partner) == ("", False, None)


def test_an_email_address_is_kept_only_for_a_reply(client, home):
    client.post(COMMENT, {**GOOD_COMMENT, "email": "parent@example.org"})
    client.post(COMMENT, GOOD_COMMENT)
    assert list(Comment.objects.order_by("pk").values_list("email", "wants_reply")) == [
        ("parent@example.org", True),
        ("", False),
    ]


@pytest.mark.parametrize(
    ("changes", "messages"),
    [
        (
            {"topic": "", "comment": "", "role": ""},
            [
                "Select what your comment is about",
                "Enter your comments",
                "Select the option that best describes you",
            ],
        ),
        (
            {"email": "not-an-address"},
            ["Enter an email address in the correct format, like name@example.org"],
        ),
        ({"comment": "x" * 3001}, ["Your comments must be 3,000 characters or fewer"]),
        ({"role": "councillor"}, ["Select the option that best describes you"]),
    ],
)
def test_an_incomplete_comment_explains_and_stores_nothing(client, home, changes, messages):
    response = client.post(COMMENT, {**GOOD_COMMENT, **changes})
    assert response.status_code == 400
    assert error_summary(response) == " ".join(["There is a problem", *messages])
    assert response.content.decode().count('class="govuk-error-message"') == len(messages)
    assert not Comment.objects.exists()


def test_the_comment_form_says_how_long_a_reply_address_is_kept(client, settings, home):
    settings.FEEDBACK_PERSONAL_DATA_DAYS = 90
    assert "It is deleted automatically after 90 days." in client.get(COMMENT).content.decode()


# ------------------------------------------------------------------ CSRF and robots


def test_a_post_without_the_pages_csrf_token_is_refused(home):
    client = Client(enforce_csrf_checks=True)
    assert client.post(COMMENT, GOOD_COMMENT).status_code == 403
    assert client.post(VOTE, {"useful": "yes", "page": "/"}).status_code == 403
    assert not Comment.objects.exists() and not PageVote.objects.exists()


def test_the_token_on_the_page_lets_the_visitor_send(home):
    client = Client(enforce_csrf_checks=True)
    html = client.get(COMMENT).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    response = client.post(COMMENT, {**GOOD_COMMENT, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_a_cached_directory_page_carries_each_visitors_own_token(home):
    """The directory is served from the cache, but each visitor's forms still work."""
    ServiceFactory()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    tokens = []
    for client, cache_state in ((first, "miss"), (second, "hit")):
        response = client.get("/services/")
        assert response["X-Cache"] == cache_state
        tokens.append(
            re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]
        )
    assert tokens[0] != tokens[1]
    for client, token in zip((first, second), tokens, strict=True):
        response = client.post(
            VOTE, {"useful": "yes", "page": "/services/", "csrfmiddlewaretoken": token}
        )
        assert response.status_code == 302
    assert PageVote.objects.count() == 2


@pytest.mark.parametrize(
    ("url", "data"),
    [
        (VOTE, {"useful": "yes", "page": "/"}),
        (PAGE_PROBLEM, {"page": "/", "comment": "Buy cheap watches"}),
        (COMMENT, GOOD_COMMENT),
    ],
)
def test_a_robot_that_fills_the_honeypot_is_thanked_and_nothing_is_stored(client, home, url, data):
    response = client.post(url, {**data, "giraffe": "https://spam.example/"})
    assert response.status_code == 302
    assert not Comment.objects.exists() and not PageVote.objects.exists()


def test_a_robot_reporting_a_service_problem_is_thanked_and_nothing_is_stored(client):
    service = ServiceFactory()
    response = client.post(service_problem_url(service), {"reason": "closed", "giraffe": "x"})
    assert response.status_code == 302
    assert not Comment.objects.exists()


# ------------------------------------------------------------------ rate limit


def test_past_the_limit_the_visitor_is_told_politely_and_keeps_their_words(client, settings, home):
    settings.FEEDBACK_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(COMMENT, GOOD_COMMENT).status_code == 302
    response = client.post(COMMENT, {**GOOD_COMMENT, "comment": "My third comment"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) <= settings.FEEDBACK_RATE_WINDOW
    assert "Please try again after" in error_summary(response)
    assert "What you wrote is still here." in error_summary(response)
    assert "My third comment</textarea>" in response.content.decode()
    assert Comment.objects.count() == 2

    other_address = client.post(COMMENT, GOOD_COMMENT, REMOTE_ADDR="192.0.2.7")
    assert other_address.status_code == 302
    assert Comment.objects.count() == 3


def test_the_script_is_told_about_the_limit_too(client, settings, home):
    settings.FEEDBACK_VOTE_RATE_LIMIT = 1
    json = {"accept": "application/json"}
    assert client.post(VOTE, {"useful": "yes"}, headers=json).status_code == 200
    response = client.post(VOTE, {"useful": "yes"}, headers=json)
    assert response.status_code == 429
    assert "Please try again after" in response.json()["errors"]["__all__"][0]
    assert PageVote.objects.count() == 1


def test_behind_a_proxy_visitors_are_told_apart_by_the_forwarded_address(client, settings, home):
    settings.FEEDBACK_RATE_LIMIT = 1
    settings.FEEDBACK_TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    first = client.post(COMMENT, GOOD_COMMENT, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    second = client.post(COMMENT, GOOD_COMMENT, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    # A forged first entry changes nothing: the proxy's own entry is the one read.
    again = client.post(
        COMMENT, GOOD_COMMENT, HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.1", **proxy
    )
    assert [first.status_code, second.status_code, again.status_code] == [302, 302, 429]


# ------------------------------------------------------------------ telling the team


def test_the_team_is_emailed_without_personal_data(
    client, settings, home, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_TEAM_EMAIL = "send-team@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(COMMENT, {**GOOD_COMMENT, "email": "parent@example.org"})
    comment = Comment.objects.get()
    [email] = mail.outbox
    assert email.to == ["send-team@example.org"]
    assert "Something that is missing" in email.body
    assert "They would like a reply." in email.body
    assert "/admin/" in email.body and str(comment.pk) in email.body
    assert "parent@example.org" not in email.body
    assert GOOD_COMMENT["comment"] not in email.body


def test_a_failed_email_loses_nothing(
    client, settings, home, caplog, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_TEAM_EMAIL = "send-team@example.org"
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmail"
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = client.post(COMMENT, GOOD_COMMENT)
    assert response.status_code == 302
    assert Comment.objects.count() == 1
    assert "the email to the team failed" in caplog.text


def test_no_team_address_means_no_email(
    client, settings, home, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_TEAM_EMAIL = ""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(COMMENT, GOOD_COMMENT)
    assert Comment.objects.count() == 1
    assert mail.outbox == []


def test_the_comment_form_and_its_thanks_point_to_you_said_we_did(client, home):
    assert "You said, we did" not in client.get(COMMENT).content.decode()
    YouSaidWeDidPageFactory(parent=home, title="You said, we did", slug="you-said-we-did")
    link = 'href="/you-said-we-did/">You said, we did</a>'
    assert link in client.get(COMMENT).content.decode()
    assert link in client.get(reverse("feedback:comment_sent")).content.decode()
