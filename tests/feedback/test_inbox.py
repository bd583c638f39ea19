"""The feedback inbox in the Wagtail admin, and problems shown on a service's edit view."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from feedback.models import Comment, Status
from services.models import ResponsibleBody
from tests.factories import CommentFactory, ServiceFactory, ServiceProblemFactory, ThemeFactory

pytestmark = pytest.mark.django_db
INDEX = "feedback_comment:index"
EDIT = "feedback_comment:edit"


def names(response) -> str:
    return response.content.decode()


def sign_in_with(client, *codenames: str):
    """An admin user with exactly these feedback permissions."""
    user = get_user_model().objects.create_user("fay", "fay@example.org", "pw")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="feedback", codename__in=codenames),
    )
    client.force_login(user)
    return user


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


# ---------------------------------------------------------------------- list


def test_the_inbox_lists_comments_newest_first_with_their_source(admin_client):
    service = ServiceFactory(name="Portage home visiting", slug="portage")
    CommentFactory(comment="The older comment", created_at=days_ago(3))
    ServiceProblemFactory(service=service, comment="Phone number is wrong", created_at=days_ago(1))

    page = names(admin_client.get(reverse(INDEX)))

    assert page.index("Phone number is wrong") < page.index("The older comment")
    assert 'href="/services/portage/"' in page  # the public page
    assert reverse("wagtailsnippets_services_service:edit", args=[service.pk]) in page
    assert "Problem with a service" in page
    assert "w-status--primary" in page  # New shows as a highlighted tag


def test_someone_without_permission_cannot_open_the_inbox(client):
    CommentFactory(comment="Private thoughts")
    sign_in_with(client)  # admin access, no feedback permissions
    response = client.get(reverse(INDEX))
    assert "Private thoughts" not in names(response)
    assert response.status_code in (302, 403)


def test_an_editor_with_change_permission_can_work_the_inbox(client):
    comment = CommentFactory(comment="Useful site")
    sign_in_with(client, "change_comment")
    assert "Useful site" in names(client.get(reverse(INDEX)))
    assert client.get(reverse(EDIT, args=[comment.pk])).status_code == 200


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({"status": Status.IN_REVIEW}, "Being looked at", "Brand new"),
        ({"kind": "service-problem"}, "Service closed", "Brand new"),
        ({"source": "service"}, "Service closed", "Brand new"),
        ({"source": "page"}, "Brand new", "Service closed"),
        ({"role": "professional"}, "From a SENCo", "Brand new"),
        ({"topic": "missing"}, "From a SENCo", "Brand new"),
    ],
)
def test_the_inbox_filters(admin_client, query, shown, hidden):
    CommentFactory(comment="Brand new")
    CommentFactory(comment="Being looked at", status=Status.IN_REVIEW)
    CommentFactory(comment="From a SENCo", role="professional", topic="missing")
    ServiceProblemFactory(comment="Service closed", reason="closed")

    page = names(admin_client.get(reverse(INDEX), query))

    assert shown in page
    assert hidden not in page


def test_the_inbox_filters_by_partner_theme_and_date_received(admin_client):
    city = ResponsibleBody.objects.get(slug="stoke-on-trent-city-council")
    transport = ThemeFactory(name="School transport")
    tagged = CommentFactory(comment="Tagged for the city", partner=city)
    tagged.themes.add(transport)
    CommentFactory(comment="Last year's comment", created_at=days_ago(400))

    by_partner = names(admin_client.get(reverse(INDEX), {"partner": city.pk}))
    by_theme = names(admin_client.get(reverse(INDEX), {"theme": transport.pk}))
    since = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    recent = names(admin_client.get(reverse(INDEX), {"received_from": since}))

    assert "Tagged for the city" in by_partner and "Last year" not in by_partner
    assert "Tagged for the city" in by_theme and "Last year" not in by_theme
    assert "Tagged for the city" in recent and "Last year" not in recent


def test_the_inbox_searches_what_people_said(admin_client):
    CommentFactory(comment="Nothing about short breaks for teenagers")
    CommentFactory(comment="Great list of nurseries")

    page = names(admin_client.get(reverse(INDEX), {"q": "short break"}))

    assert "Nothing about short breaks" in page
    assert "nurseries" not in page


def test_the_list_needs_the_same_queries_for_one_comment_or_many(admin_client):
    theme = ThemeFactory()
    ServiceProblemFactory().themes.add(theme)
    admin_client.get(reverse(INDEX))  # warm up: sessions, site, permissions
    with CaptureQueriesContext(connection) as one:
        admin_client.get(reverse(INDEX))
    for _ in range(5):
        ServiceProblemFactory(partner=ResponsibleBody.objects.first()).themes.add(theme)
        CommentFactory()
    with CaptureQueriesContext(connection) as many:
        admin_client.get(reverse(INDEX))
    assert len(many) == len(one)


# ---------------------------------------------------------------------- export


def exported(admin_client, query=None) -> list[dict]:
    response = admin_client.get(reverse(INDEX), {**(query or {}), "export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_export_has_what_editors_need_and_never_the_email(admin_client):
    city = ResponsibleBody.objects.get(slug="stoke-on-trent-city-council")
    comment = CommentFactory(
        comment="Please add more about short breaks",
        email="parent@example.org",
        wants_reply=True,
        partner=city,
        topic="missing",
    )
    comment.themes.add(ThemeFactory(name="Short breaks"))

    (row,) = exported(admin_client)

    assert row["Comment"] == "Please add more about short breaks"
    assert row["Status"] == "New"
    assert row["Kind"] == "Comment on the Local Offer"
    assert row["Themes"] == "Short breaks"
    assert row["Partner"] == city.name
    assert row["Topic"] == "Something that is missing from the Local Offer"
    assert row["Role"] == "Parent or carer"
    assert row["Wants a reply"] == "yes"
    assert row["Came from"] == "http://testserver/"
    assert row["Received"].startswith(timezone.localdate().isoformat())
    assert not any("email" in heading.lower() for heading in row)
    assert "parent@example.org" not in repr(row)


def test_the_export_follows_the_filters(admin_client):
    CommentFactory(comment="Kept", status=Status.RESPONDED)
    CommentFactory(comment="Left out")
    rows = exported(admin_client, {"status": Status.RESPONDED})
    assert [row["Comment"] for row in rows] == ["Kept"]


def test_the_export_cannot_smuggle_a_spreadsheet_formula(admin_client):
    CommentFactory(comment='=HYPERLINK("http://evil.example","click")')
    (row,) = exported(admin_client)
    assert row["Comment"].startswith("'=")


# ---------------------------------------------------------------------- no adding


def test_comments_cannot_be_added_in_the_admin(admin_client):
    with pytest.raises(NoReverseMatch):
        reverse("feedback_comment:add")
    assert admin_client.get(reverse(INDEX) + "new/").status_code == 404
    assert 'href="/admin/feedback/comments/new/"' not in names(admin_client.get(reverse(INDEX)))


def test_add_permission_is_not_offered_to_groups():
    from wagtail import hooks

    offered = {
        permission.codename
        for hook in hooks.get_hooks("register_permissions")
        for permission in hook()
    }
    assert "change_comment" in offered
    assert "add_comment" not in offered


# ---------------------------------------------------------------------- editing


def test_editors_change_the_status_but_never_what_was_said(admin_client):
    city = ResponsibleBody.objects.get(slug="stoke-on-trent-city-council")
    theme = ThemeFactory(name="Transport")
    comment = CommentFactory(comment="The bus never came", doing="Finding transport")

    response = admin_client.post(
        reverse(EDIT, args=[comment.pk]),
        {
            "status": Status.IN_REVIEW,
            "themes": [theme.pk],
            "partner": city.pk,
            "notes": "Passed to the transport team",
            # Attempts to rewrite what the person said are ignored:
            "comment": "Everything is fine",
            "doing": "Nothing",
            "kind": "page-problem",
            "email": "someone@example.org",
            "wants_reply": "on",
        },
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.IN_REVIEW
    assert list(comment.themes.all()) == [theme]
    assert comment.partner == city
    assert comment.notes == "Passed to the transport team"
    assert (comment.comment, comment.doing, comment.kind) == (
        "The bus never came",
        "Finding transport",
        "comment",
    )
    assert (comment.email, comment.wants_reply) == ("", False)


def test_the_edit_view_shows_what_was_said_and_offers_themes_as_checkboxes(admin_client):
    ThemeFactory(name="Short breaks")
    comment = CommentFactory(comment="More on short breaks please")
    page = names(admin_client.get(reverse(EDIT, args=[comment.pk])))
    assert "More on short breaks please" in page
    assert 'name="comment"' not in page  # shown, not an input
    assert 'type="checkbox" name="themes"' in page


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"wants_reply": True, "email": "parent@example.org"}, True),
        ({"wants_reply": False, "email": "parent@example.org"}, False),
        ({"wants_reply": True, "email": "", "email_removed_at": timezone.now()}, False),
    ],
    ids=["wants a reply", "no reply wanted", "already removed"],
)
def test_the_email_shows_only_while_it_may_be_used(admin_client, settings, fields, shown):
    settings.FEEDBACK_PERSONAL_DATA_DAYS = 90
    comment = CommentFactory(comment="Please call me back", **fields)
    page = names(admin_client.get(reverse(EDIT, args=[comment.pk])))
    assert ("parent@example.org" in page) is shown
    assert ("removed automatically after 90 days" in page) is shown


# ---------------------------------------------------------------------- dashboard and themes


def test_the_dashboard_counts_new_comments(admin_client):
    CommentFactory.create_batch(2)
    CommentFactory(status=Status.RESPONDED)
    page = names(admin_client.get(reverse("wagtailadmin_home")))
    assert "2 new comments" in page
    assert reverse(INDEX) + "?status=new" in page


def test_the_themes_list_counts_their_comments(admin_client):
    theme = ThemeFactory(name="Short breaks")
    for comment in CommentFactory.create_batch(3):
        comment.themes.add(theme)
    response = admin_client.get(reverse("wagtailsnippets_feedback_theme:list"))
    assert response.context["object_list"][0].comment_count == 3
    assert "Short breaks" in names(response)


# ---------------------------------------------------------------------- service edit view


def service_edit(admin_client, service) -> str:
    return names(
        admin_client.get(reverse("wagtailsnippets_services_service:edit", args=[service.pk]))
    )


def test_the_service_edit_view_shows_its_open_problem_reports(admin_client):
    service = ServiceFactory(name="Portage")
    other = ServiceFactory(name="Wheelchair service")
    open_report = ServiceProblemFactory(service=service, comment="The phone number has changed")
    ServiceProblemFactory(
        service=service, comment="In review already", status=Status.IN_REVIEW, reason="closed"
    )
    ServiceProblemFactory(service=service, comment="Fixed last month", status=Status.RESPONDED)
    ServiceProblemFactory(service=other, comment="About the wheelchairs")

    page = service_edit(admin_client, service)

    assert "Problems reported by visitors" in page
    assert "The phone number has changed" in page
    assert "In review already" in page
    assert "The service has closed" in page  # the reason, in words
    assert reverse(EDIT, args=[open_report.pk]) in page
    assert "Fixed last month" not in page
    assert "About the wheelchairs" not in page
    assert f"?service={service.pk}&amp;kind=service-problem" in page


def test_a_service_with_no_open_problems_says_so(admin_client):
    service = ServiceFactory()
    ServiceProblemFactory(service=service, status=Status.RESPONDED)
    assert "No problems reported" in service_edit(admin_client, service)


def test_the_all_reports_link_opens_the_inbox_on_that_service(admin_client):
    service = ServiceFactory()
    ServiceProblemFactory(service=service, comment="Dealt with", status=Status.RESPONDED)
    ServiceProblemFactory(comment="Someone else's problem")
    page = names(
        admin_client.get(reverse(INDEX), {"service": service.pk, "kind": "service-problem"})
    )
    assert "Dealt with" in page
    assert "Someone else's problem" not in page


def test_the_problems_panel_costs_the_same_for_one_report_or_many(admin_client):
    service = ServiceFactory()
    ServiceProblemFactory(service=service)
    service_edit(admin_client, service)
    with CaptureQueriesContext(connection) as one:
        service_edit(admin_client, service)
    ServiceProblemFactory.create_batch(5, service=service)
    with CaptureQueriesContext(connection) as many:
        service_edit(admin_client, service)
    assert len(many) == len(one)


def test_the_problems_panel_is_not_on_a_new_service(admin_client):
    page = names(admin_client.get(reverse("wagtailsnippets_services_service:add")))
    assert "Problems reported by visitors" not in page
    assert Comment.objects.count() == 0
