import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.factories import CoProductionPromisePageFactory

pytestmark = pytest.mark.django_db

AGREE = "i_agree_that_the_local_offer_team_may_keep_my_pledge"
VALID = {
    "your_name": "Sam Example",
    "your_organisation": "Example Primary School",
    "your_role": "Professional",
    "your_pledge": "I will ask families what matters before we plan anything.",
    AGREE: "on",
}


@pytest.fixture
def promise(home):
    return CoProductionPromisePageFactory(parent=home)


def test_a_valid_pledge_is_stored_and_thanked(client, promise):
    response = client.post(promise.url, VALID)
    assert response.status_code == 302
    assert response["Location"] == promise.url + "thank-you/"
    submission = FormSubmission.objects.get(page=promise)
    data = submission.get_data()
    assert data["your_name"] == "Sam Example"
    assert data["your_role"] == "Professional"
    assert "website" not in submission.form_data
    thanks = client.get(response["Location"])
    assert "Thank you for your pledge" in thanks.content.decode()
    assert mail.outbox == []  # no email unless the page is set up to send one


@pytest.mark.parametrize(
    ("field", "message", "anchor"),
    [
        ("your_name", "Enter your name", "id_your_name"),
        ("your_role", "Select your role", "id_your_role_0"),
        ("your_pledge", "Enter your pledge", "id_your_pledge"),
        (AGREE, "Tick the box to continue", f"id_{AGREE}"),
    ],
)
def test_each_missing_answer_is_explained_and_linked(client, promise, field, message, anchor):
    data = {k: v for k, v in VALID.items() if k != field}
    response = client.post(promise.url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert f'<a href="#{anchor}">{message}</a>' in html
    assert f'id="{anchor}"' in html
    assert "<title>Error: " in html
    assert FormSubmission.objects.count() == 0


def test_an_overlong_pledge_is_refused_with_a_clear_limit(client, promise):
    response = client.post(promise.url, {**VALID, "your_pledge": "x" * 2001})
    assert "Your pledge must be 2,000 characters or fewer" in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_a_pledge_without_the_csrf_token_is_refused(promise):
    response = Client(enforce_csrf_checks=True).post(promise.url, VALID)
    assert response.status_code == 403
    assert FormSubmission.objects.count() == 0


def test_the_form_carries_a_csrf_token(client, promise):
    assert 'name="csrfmiddlewaretoken"' in client.get(promise.url).content.decode()


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_stored(client, promise):
    response = client.post(promise.url, {**VALID, "website": "http://spam.example.org"})
    assert response.status_code == 302
    assert response["Location"].endswith("thank-you/")
    assert FormSubmission.objects.count() == 0


def test_the_team_is_emailed_when_the_page_says_so(client, promise):
    promise.to_address = "localoffer@example.org"
    promise.subject = "New co-production pledge"
    promise.save_revision().publish()
    client.post(promise.url, VALID)
    assert len(mail.outbox) == 1
    assert "Sam Example" in mail.outbox[0].body


def test_a_failed_email_loses_no_pledge(client, promise):
    promise.to_address = "localoffer@example.org"
    promise.save_revision().publish()
    with mock.patch(
        "wagtail.contrib.forms.models.send_mail", side_effect=smtplib.SMTPException("down")
    ):
        response = client.post(promise.url, VALID)
    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1


def test_pledges_are_listed_for_editors_in_the_admin(client, promise):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse

    client.post(promise.url, VALID)
    editor = get_user_model().objects.create_user("eddie", "eddie@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(reverse("wagtailforms:list_submissions", args=(promise.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sam Example" in html
    assert "I will ask families what matters" in html
