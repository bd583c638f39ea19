"""The pledge form keeps the feedback forms' rules: a limit per address an hour,
said plainly, and a honeypot that thanks robots and stores nothing."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from tests.factories import CoProductionPromisePageFactory
from tests.strategy.test_pledge import VALID

COMMENT = {
    "topic": "missing",
    "comment": "There is nothing about holiday clubs for disabled children in Tamworth.",
    "role": "parent-carer",
}

pytestmark = pytest.mark.django_db


@pytest.fixture
def promise(home):
    return CoProductionPromisePageFactory(parent=home)


def test_one_address_may_pledge_only_up_to_the_limit(client, promise, settings):
    responses = [
        client.post(promise.url, {**VALID, "your_name": f"Sam {n}"}, REMOTE_ADDR="203.0.113.9")
        for n in range(30)
    ]

    limit = settings.FEEDBACK_RATE_LIMIT
    assert [r.status_code for r in responses] == [302] * limit + [429] * (30 - limit)
    assert FormSubmission.objects.filter(page=promise).count() == limit
    refused = responses[-1]
    html = refused.content.decode()
    assert "There is a problem" in html
    assert "You have sent a lot of pledges from this connection in the last hour" in html
    assert "Please try again after" in html
    # What they wrote is still there to send later.
    assert "Sam 29" in html
    assert 0 < int(refused["Retry-After"]) <= settings.FEEDBACK_RATE_WINDOW

    # Someone else on another connection is not held up.
    other = client.post(promise.url, VALID, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 302
    assert FormSubmission.objects.filter(page=promise).count() == limit + 1


def test_the_limit_is_shared_with_no_feedback_form(client, promise, settings):
    """Pledges have their own count: comments sent first do not use it up."""
    settings.FEEDBACK_RATE_LIMIT = 2
    codes = [
        client.post("/feedback/", COMMENT, REMOTE_ADDR="203.0.113.9").status_code for _ in "abc"
    ]
    assert codes == [302, 302, 429]
    response = client.post(promise.url, VALID, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1


def test_a_form_with_mistakes_does_not_count_towards_the_limit(client, promise, settings):
    settings.FEEDBACK_RATE_LIMIT = 1
    for _ in range(3):
        mistaken = client.post(promise.url, {**VALID, "your_name": ""})
        assert mistaken.status_code == 200
        assert "Enter your name" in mistaken.content.decode()
    assert client.post(promise.url, VALID).status_code == 302
    assert FormSubmission.objects.count() == 1


def test_robots_filling_the_honeypot_are_thanked_and_use_up_no_limit(client, promise, settings):
    settings.FEEDBACK_RATE_LIMIT = 1
    for _ in range(5):
        response = client.post(promise.url, {**VALID, "website": "https://spam.example/"})
        assert response.status_code == 302
        assert response["Location"] == promise.url + "thank-you/"
    assert FormSubmission.objects.count() == 0
    # A person on the same connection can still pledge.
    assert client.post(promise.url, VALID).status_code == 302
    assert FormSubmission.objects.count() == 1
