import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from services.models import Category, OpeningTime, ResponsibleBody, Service
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db
LIST = "wagtailsnippets_services_service:list"
ADD = "wagtailsnippets_services_service:add"


def sign_in(client, name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def new_service_data(action: str | None = None) -> dict:
    data = {
        "name": "Speech and language therapy for children",
        "slug": "speech-and-language-therapy-children",
        "summary": "Help for children who find talking or understanding hard.",
        "description": rich_text("<p>Therapists work with children and families.</p>"),
        "responsible_body": str(
            ResponsibleBody.objects.get(slug="staffordshire-and-stoke-on-trent-icb").pk
        ),
        "minimum_age": "0",
        "maximum_age": "18",
        "is_free": "on",
        "delivered_in_person": "on",
        "last_reviewed": datetime.date.today().isoformat(),
        "review_interval_months": "12",
        "referral_routes": inline_formset(
            [
                {
                    "kind": "professional",
                    "method": "form",
                    "who_can_refer": "Any professional working with the child",
                    "contact": "https://example.org/refer",
                    "what_to_include": "The child's needs and what has been tried",
                    "response_time": "Within 10 working days",
                }
            ],
            min=1,
        ),
        "locations": inline_formset([]),
        "opening_times": inline_formset([]),
    }
    if action:
        data[action] = "1"
    form_data = nested_form_data(data)
    # A multiple choice: nested_form_data would flatten a list into numbered keys.
    form_data["categories"] = [str(Category.objects.get(slug="health").pk)]
    return form_data


def test_the_directory_menu_lists_services_for_editors(client):
    sign_in(client, "eddie", "Editors")
    ServiceFactory(name="Portage home visiting")
    response = client.get(reverse(LIST))
    assert response.status_code == 200
    assert "Portage home visiting" in response.content.decode()


def test_the_list_filters_by_category_and_overdue_review(client):
    sign_in(client, "eddie", "Editors")
    ServiceFactory(name="Fresh health service", categories=["health"])
    ServiceFactory(
        name="Stale school service",
        categories=["education"],
        last_reviewed=datetime.date.today() - datetime.timedelta(days=500),
    )
    health = Category.objects.get(slug="health").pk
    html = client.get(reverse(LIST), {"categories": health}).content.decode()
    assert "Fresh health service" in html and "Stale school service" not in html
    html = client.get(reverse(LIST), {"review": "overdue"}).content.decode()
    assert "Stale school service" in html and "Fresh health service" not in html


def test_an_editor_creates_a_draft_and_submits_it_but_cannot_publish(client):
    sign_in(client, "eddie", "Editors")
    response = client.post(reverse(ADD), new_service_data("action-publish"))
    service = Service.objects.get(slug="speech-and-language-therapy-children")
    assert response.status_code == 302
    assert not service.live
    assert service.referral_routes.get().response_time == "Within 10 working days"

    assert service.get_workflow().name == "Moderators approval"
    edit = reverse("wagtailsnippets_services_service:edit", args=(service.pk,))
    client.post(edit, new_service_data("action-submit"))
    state = WorkflowState.objects.get(object_id=str(service.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    service.refresh_from_db()
    assert not service.live


def test_a_moderator_can_publish_a_service(client):
    sign_in(client, "mo", "Moderators")
    client.post(reverse(ADD), new_service_data("action-publish"))
    assert Service.objects.get(slug="speech-and-language-therapy-children").live


def test_the_form_refuses_an_impossible_age_range_and_saves_nothing(client):
    sign_in(client, "mo", "Moderators")
    data = new_service_data()
    data["minimum_age"], data["maximum_age"] = "19", "4"
    response = client.post(reverse(ADD), data)
    assert response.status_code == 200
    assert "The oldest age cannot be below the youngest." in response.content.decode()
    assert not Service.objects.exists()


def test_the_form_refuses_a_description_over_its_limit_and_saves_nothing(client):
    # On PostgreSQL a pasted 1.9 MB description used to fail the search index
    # ("string is too long for tsvector") with a 500 and nothing said.
    sign_in(client, "mo", "Moderators")
    data = new_service_data("action-publish")
    words = " ".join(f"w{i}" for i in range(250_000))
    data["description"] = rich_text(f"<p>{words}</p>")
    data["eligibility"] = "e" * 5_001
    response = client.post(reverse(ADD), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ensure this value has at most 20000 characters" in page
    assert "Ensure this value has at most 5000 characters (it has 5001)" in page
    assert not Service.objects.exists()


def test_the_form_uses_the_public_pages_words_in_plain_english(client):
    sign_in(client, "eddie", "Editors")
    html = client.get(reverse(ADD)).content.decode()
    # "Cost" once, as on the service's page, with "Free" and "What it costs" under it.
    assert len(re.findall(r">\s*Cost\s*<", html)) == 1
    assert re.search(r">\s*Free\s*<", html) and re.search(r">\s*What it costs\s*<", html)
    assert "How it is given" in html and "How it is delivered" not in html
    assert "Months between reviews" in html and "Review interval months" not in html
    for item in ("referral route", "location", "opening time"):
        assert re.search(rf"Add {item}\s*<", html), item
    assert "Add Location" not in html and "Add Opening time" not in html


def test_comparing_revisions_shows_times_as_the_page_does(client):
    sign_in(client, "mo", "Moderators")
    service = ServiceFactory()
    times = OpeningTime.objects.create(
        service=service, weekday=0, opens=datetime.time(9), closes=datetime.time(16, 30)
    )
    before = service.save_revision()
    times.closes = datetime.time(17)
    times.save()
    service.refresh_from_db()
    after = service.save_revision()
    url = reverse(
        "wagtailsnippets_services_service:revisions_compare",
        args=(service.pk, before.pk, after.pk),
    )
    html = client.get(url).content.decode()
    assert "4:30pm" in html and "5pm" in html
    assert "16:30:00" not in html and "17:00:00" not in html
