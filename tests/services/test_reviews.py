"""Keeping entries fresh: review states, reminders, one-click review, the public
notice and the dashboard panel."""

import datetime
import io
import re
import smtplib

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from services.models import ResponsibleBody, ReviewReminder, ReviewState, Service, add_months
from services.selectors import service_in_review_state
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db
LIST = "wagtailsnippets_services_service:list"
MARK = "wagtailsnippets_services_service:mark_reviewed"
TODAY = datetime.date.today()


def days_ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


def due_on(day: datetime.date, **fields) -> Service:
    """A live service, reviewed a year before ``day`` so its review falls due then."""
    return ServiceFactory(last_reviewed=add_months(day, -12), review_interval_months=12, **fields)


def sign_in(client, name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


# ---------------------------------------------------------------------- states


@pytest.mark.parametrize(
    ("offset", "state"),
    [
        (-400, ReviewState.OVERDUE),
        (-1, ReviewState.OVERDUE),
        (0, ReviewState.DUE_SOON),
        (30, ReviewState.DUE_SOON),
        (31, ReviewState.FRESH),
        (300, ReviewState.FRESH),
    ],
)
def test_review_state_and_its_query_agree(offset, state):
    service = due_on(TODAY + datetime.timedelta(days=offset))
    assert service.review_state == state
    assert list(service_in_review_state(state)) == [service]


def test_the_public_notice_waits_for_the_grace_period(client, settings):
    month_late = due_on(days_ago(31), slug="month-late")
    long_late = due_on(add_months(TODAY, -3) - datetime.timedelta(days=1), slug="long-late")
    assert month_late.is_review_overdue and not month_late.needs_checking
    assert long_late.needs_checking
    assert "lo-review-notice" not in client.get("/services/month-late/").content.decode()
    html = client.get("/services/long-late/").content.decode()
    assert "This entry has not been checked since" in html

    settings.DIRECTORY_REVIEW_GRACE_MONTHS = 0
    assert Service.objects.get(slug="month-late").needs_checking


# ---------------------------------------------------------------------- reminders


@pytest.fixture
def due_entries():
    return {
        "a1": due_on(days_ago(10), name="A overdue", owner_email="a@example.org"),
        "a2": due_on(
            TODAY + datetime.timedelta(days=20), name="A due soon", owner_email="a@example.org"
        ),
        "b1": due_on(days_ago(200), name="B overdue", owner_email="b@example.org"),
        "team": due_on(days_ago(5), name="Nobody's", owner_email=""),
        "fresh": due_on(
            TODAY + datetime.timedelta(days=90), name="A fresh", owner_email="a@example.org"
        ),
        "draft": due_on(days_ago(50), name="A draft", owner_email="a@example.org", live=False),
    }


def test_reminders_go_one_email_per_owner_listing_their_due_entries(due_entries, settings):
    call_command("send_review_reminders", stdout=io.StringIO())
    by_owner = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_owner) == sorted(
        ["a@example.org", "b@example.org", settings.DIRECTORY_REVIEW_TEAM_EMAIL]
    )
    a = by_owner["a@example.org"]
    assert a.subject == "2 Local Offer entries to check (1 overdue)"
    assert "A overdue" in a.body and "A due soon" in a.body
    assert "A fresh" not in a.body and "A draft" not in a.body
    edit_url = reverse("wagtailsnippets_services_service:edit", args=(due_entries["a1"].pk,))
    assert f"http://testserver{edit_url}" in a.body
    assert "Nobody's" in by_owner[settings.DIRECTORY_REVIEW_TEAM_EMAIL].body
    assert ReviewReminder.objects.count() == 4
    assert set(
        ReviewReminder.objects.filter(sent_to="a@example.org").values_list(
            "service__name", flat=True
        )
    ) == {
        "A overdue",
        "A due soon",
    }


def test_reminders_are_not_resent_within_the_week(due_entries, settings):
    call_command("send_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 3
    call_command("send_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 3  # the rerun sent nothing
    assert ReviewReminder.objects.count() == 4

    # A new entry falling due is sent alone, the others are not repeated.
    due_on(days_ago(1), name="A newly due", owner_email="a@example.org")
    call_command("send_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 4
    assert mail.outbox[-1].subject == "1 Local Offer entry to check (1 overdue)"
    assert "A overdue" not in mail.outbox[-1].body

    # A week on, everything still due is named again.
    ReviewReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=8))
    mail.outbox.clear()
    call_command("send_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 3


def test_a_dry_run_sends_and_records_nothing(due_entries, capsys):
    call_command("send_review_reminders", "--dry-run")
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()
    out = capsys.readouterr().out
    assert "Would remind a@example.org about 2:" in out
    assert "3 emails to send about 4 entries." in out


def test_a_failed_email_records_nothing_for_that_owner_and_the_run_fails(due_entries, monkeypatch):
    from django.core.mail import EmailMessage

    send = EmailMessage.send

    def flaky_send(message, *args, **kwargs):
        if message.to == ["b@example.org"]:
            raise smtplib.SMTPRecipientsRefused({"b@example.org": (550, b"No such user")})
        return send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)
    with pytest.raises(CommandError, match="1 could not be sent"):
        call_command("send_review_reminders", stdout=io.StringIO(), stderr=io.StringIO())
    assert len(mail.outbox) == 2
    assert not ReviewReminder.objects.filter(sent_to="b@example.org").exists()
    assert ReviewReminder.objects.filter(sent_to="a@example.org").count() == 2


# ---------------------------------------------------------------------- one click


def test_one_click_marks_an_entry_reviewed_without_a_new_revision(client):
    user = sign_in(client, "eddie", "Editors")
    service = due_on(add_months(TODAY, -6), slug="old-entry")
    service.save_revision().publish()
    revisions = service.revisions.count()
    assert "lo-review-notice" in client.get("/services/old-entry/").content.decode()

    list_html = client.get(reverse(LIST)).content.decode()
    assert "Reviewed, still correct" in list_html
    response = client.post(
        reverse(MARK, args=(service.pk,)), {"next": reverse(LIST) + "?review=overdue"}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse(LIST) + "?review=overdue"
    service.refresh_from_db()
    assert service.last_reviewed == TODAY
    assert service.review_due == add_months(TODAY, 12)
    assert service.revisions.count() == revisions
    assert service.latest_revision.content["last_reviewed"] == TODAY.isoformat()
    entry = ModelLogEntry.objects.get(action="services.mark_reviewed")
    assert (entry.user, entry.object_id) == (user, str(service.pk))
    client.logout()
    assert "lo-review-notice" not in client.get("/services/old-entry/").content.decode()


def test_the_list_offers_the_button_only_where_a_review_is_due(client):
    sign_in(client, "eddie", "Editors")
    due = due_on(days_ago(3), name="Due entry")
    fresh = due_on(TODAY + datetime.timedelta(days=200), name="Fresh entry")
    html = client.get(reverse(LIST)).content.decode()
    assert reverse(MARK, args=(due.pk,)) in html
    assert reverse(MARK, args=(fresh.pk,)) not in html
    assert 'Reviewed, still correct<span class="w-sr-only">: Due entry</span>' in html


def test_marking_reviewed_needs_a_post_and_permission(client):
    service = due_on(days_ago(3))
    url = reverse(MARK, args=(service.pk,))
    # Into the admin, but not allowed to change services.
    reader = get_user_model().objects.create_user("reader", "reader@example.org", "pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    refused = client.post(url)  # Wagtail answers a refusal with its dashboard and a message
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    sign_in(client, "eddie", "Editors")
    assert client.get(url).status_code == 405
    service.refresh_from_db()
    assert service.last_reviewed == add_months(days_ago(3), -12)


def test_an_entry_locked_by_someone_else_is_left_alone(client):
    other = get_user_model().objects.create_user("other", "other@example.org", "pw")
    service = due_on(days_ago(3))
    Service.objects.filter(pk=service.pk).update(
        locked=True, locked_by=other, locked_at=timezone.now()
    )
    sign_in(client, "eddie", "Editors")
    response = client.post(reverse(MARK, args=(service.pk,)), follow=True)
    assert "is locked" in response.content.decode()
    service.refresh_from_db()
    assert service.last_reviewed != TODAY


def test_an_unsafe_next_address_goes_back_to_the_list(client):
    sign_in(client, "eddie", "Editors")
    service = due_on(days_ago(3))
    response = client.post(reverse(MARK, args=(service.pk,)), {"next": "https://evil.example/"})
    assert response["Location"] == reverse(LIST)


def test_the_list_filters_by_review_state(client):
    sign_in(client, "eddie", "Editors")
    due_on(days_ago(3), name="Overdue entry")
    due_on(TODAY + datetime.timedelta(days=10), name="Soon entry")
    due_on(TODAY + datetime.timedelta(days=100), name="Fresh entry")
    for state, name in [
        ("overdue", "Overdue entry"),
        ("due-soon", "Soon entry"),
        ("fresh", "Fresh entry"),
    ]:
        html = client.get(reverse(LIST), {"review": state}).content.decode()
        names = set(re.findall(r"(Overdue|Soon|Fresh) entry", html))
        assert names == {name.split()[0]}


# ---------------------------------------------------------------------- dashboard


def test_the_dashboard_counts_states_per_responsible_body(client):
    sign_in(client, "eddie", "Editors")
    city = ResponsibleBody.objects.get(slug="stoke-on-trent-city-council")
    due_on(days_ago(3))
    due_on(days_ago(300))
    due_on(TODAY + datetime.timedelta(days=5), responsible_body=city)
    due_on(TODAY + datetime.timedelta(days=200), responsible_body=city)
    due_on(days_ago(3), live=False)  # not published: not counted
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split('id="directory-reviews-heading"')[1].split("</section>")[0]
    rows = {
        re.search(r'<th scope="row">([^<]+)</th>', row).group(1): re.findall(
            r"<td>(?:<a[^>]*>)?(\d+)", row
        )
        for row in re.findall(r"<tr>(.*?)</tr>", panel, re.S)[1:]
    }
    assert rows["Staffordshire County Council"] == ["0", "0", "2"]
    assert rows["Stoke-on-Trent City Council"] == ["1", "1", "0"]
    assert rows["Staffordshire and Stoke-on-Trent Integrated Care Board"] == ["0", "0", "0"]
    county = ResponsibleBody.objects.get(slug="staffordshire-county-council")
    assert f"?responsible_body={county.pk}&amp;review=overdue&amp;live=true" in panel
