"""purge_feedback_personal_data: reply addresses go after the retention period,
and nothing else does."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from feedback.models import Comment
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def received(days_ago: int, **fields) -> Comment:
    return CommentFactory(created_at=timezone.now() - datetime.timedelta(days=days_ago), **fields)


def purge(*args) -> str:
    out = io.StringIO()
    call_command("purge_feedback_personal_data", *args, stdout=out)
    return out.getvalue()


def test_addresses_past_the_period_go_and_nothing_else_changes():
    old = received(181, email="old@example.org", wants_reply=True, status="responded")
    recent = received(179, email="recent@example.org", wants_reply=True)
    no_address = received(400)
    before = {c.pk: (c.comment, c.status, c.topic, c.role) for c in Comment.objects.all()}

    assert "1 email address older than 180 days removed." in purge()

    old.refresh_from_db()
    assert (old.email, old.wants_reply) == ("", True)  # they did ask for a reply
    assert old.email_removed_at is not None
    recent.refresh_from_db()
    assert (recent.email, recent.email_removed_at) == ("recent@example.org", None)
    no_address.refresh_from_db()
    assert no_address.email_removed_at is None
    after = {c.pk: (c.comment, c.status, c.topic, c.role) for c in Comment.objects.all()}
    assert after == before
    assert "0 email addresses" in purge()  # a second run finds nothing more


def test_the_period_comes_from_settings_or_the_command_line(settings):
    settings.FEEDBACK_PERSONAL_DATA_DAYS = 30
    received(31, email="a@example.org", wants_reply=True)
    received(10, email="b@example.org", wants_reply=True)
    purge()
    assert list(Comment.objects.exclude(email="").values_list("email", flat=True)) == [
        "b@example.org"
    ]
    purge("--days", "5")
    assert not Comment.objects.exclude(email="").exists()


def test_a_dry_run_counts_and_changes_nothing():
    received(200, email="a@example.org", wants_reply=True)
    assert "1 email address older than 180 days would be removed." in purge("--dry-run")
    assert Comment.objects.get().email == "a@example.org"


def test_a_negative_period_is_refused():
    with pytest.raises(CommandError, match="cannot be negative"):
        purge("--days", "-1")
