"""Editors submit, Moderators approve, and the public only ever sees what is live."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from strategy.models import PriorityPage
from tests.factories import PriorityPageFactory, StrategyIndexPageFactory, StrategyPageFactory

pytestmark = pytest.mark.django_db


def make_user(name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def priority(home):
    strategy = StrategyPageFactory(parent=StrategyIndexPageFactory(parent=home))
    return PriorityPageFactory(parent=strategy, title="Nothing for us without us", number=1)


def edit_data(page: PriorityPage, commitment: str, action: str) -> dict:
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "number": page.number,
            "commitment": commitment,
            "what_we_will_do": streamfield([]),
            "how_we_will_know": streamfield([]),
            action: "1",
        }
    )


def test_the_whole_site_goes_through_moderator_approval(home, priority):
    workflow = priority.get_workflow()
    assert workflow is not None and workflow.active
    assert workflow.name == "Moderators approval"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    assert Workflow.objects.filter(active=True).count() == 1


def test_an_editor_can_edit_and_submit_but_not_publish(client, priority):
    editor = make_user("eddie", "Editors")
    perms = priority.permissions_for_user(editor)
    assert perms.can_edit() and not perms.can_publish()

    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(priority.pk,))
    client.post(url, edit_data(priority, "Tried to publish directly.", "action-publish"))
    priority.refresh_from_db()
    assert priority.commitment == "We will listen to families."

    client.post(url, edit_data(priority, "We will listen, and act.", "action-submit"))
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(priority.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # Submitted is not published: the public still sees the live text.
    public = client.get(priority.url).content.decode()
    assert "We will listen to families." in public
    assert "We will listen, and act." not in public


def test_a_moderator_approves_and_the_public_page_changes(client, priority):
    client.force_login(make_user("eddie", "Editors"))
    edit_url = reverse("wagtailadmin_pages:edit", args=(priority.pk,))
    client.post(edit_url, edit_data(priority, "We will listen, and act.", "action-submit"))
    state = WorkflowState.objects.get(object_id=str(priority.pk))

    client.force_login(make_user("mo", "Moderators"))
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(priority.pk, "approve", state.current_task_state.pk),
    )
    response = client.post(approve, {"comment": "Looks right."})
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    client.logout()
    assert "We will listen, and act." in client.get(priority.url).content.decode()


def test_anonymous_visitors_never_see_a_draft(client, home, priority):
    draft = PriorityPageFactory(parent=priority.get_parent(), number=2, live=False)
    assert client.get(draft.url).status_code == 404
    priority.commitment = "A draft change."
    priority.save_revision()
    assert "A draft change." not in client.get(priority.url).content.decode()
