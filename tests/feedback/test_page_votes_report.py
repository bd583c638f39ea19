"""The "Is this page useful?" report, and who may see which part of Feedback."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from feedback.models import PageVote

pytestmark = pytest.mark.django_db
REPORT = "feedback_page_votes:index"


def answered(path: str, useful: bool, days_ago: int = 0, times: int = 1) -> None:
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    PageVote.objects.bulk_create(
        PageVote(page_path=path, useful=useful, created_on=day) for _ in range(times)
    )


@pytest.fixture
def votes(db):
    answered("/short-breaks/", useful=False, times=3)
    answered("/short-breaks/", useful=True)
    answered("/services/?q=portage", useful=True, times=2)
    answered("/transport/", useful=False, times=2, days_ago=5)
    answered("/transport/", useful=False, times=10, days_ago=100)


def test_the_least_useful_pages_come_first(admin_client, votes):
    response = admin_client.get(reverse(REPORT))
    assert response.status_code == 200
    rows = [
        (row["page_path"], row["yes"], row["no"], row["useful_percent"])
        for row in response.context["object_list"]
    ]
    assert rows == [
        ("/short-breaks/", 1, 3, 25),
        ("/transport/", 0, 2, 0),
        ("/services/?q=portage", 2, 0, 100),
    ]
    assert 'href="/services/?q=portage"' in response.content.decode()


def test_the_editor_picks_the_period_and_exports_it(admin_client, votes):
    response = admin_client.get(reverse(REPORT), {"period": "365", "export": "csv"})
    exported = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(row["Page"], row["No"], row["Useful (%)"]) for row in exported] == [
        ("/transport/", "12", "0"),
        ("/short-breaks/", "3", "25"),
        ("/services/?q=portage", "0", "100"),
    ]


def sign_in(client, group: str):
    user = get_user_model().objects.create_user(group.lower(), f"{group}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_work_the_inbox_and_read_the_reports(client, group):
    sign_in(client, group)
    for name in (
        "feedback_comment:index",
        "feedback_unmet_searches:index",
        "feedback_page_votes:index",
    ):
        assert client.get(reverse(name)).status_code == 200, name
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Is this page useful?" in menu and "What people could not find" in menu


def test_only_moderators_publish_responses_and_manage_themes():
    editors = Group.objects.get(name="Editors").permissions.filter(
        content_type__app_label="feedback"
    )
    moderators = Group.objects.get(name="Moderators").permissions.filter(
        content_type__app_label="feedback"
    )
    editor_codenames = set(editors.values_list("codename", flat=True))
    moderator_codenames = set(moderators.values_list("codename", flat=True))
    assert {"change_comment", "add_themeresponse", "change_themeresponse"} <= editor_codenames
    assert not {"publish_themeresponse", "add_theme", "delete_comment"} & editor_codenames
    assert {"publish_themeresponse", "add_theme", "delete_comment"} <= moderator_codenames
    assert "add_comment" not in editor_codenames | moderator_codenames
