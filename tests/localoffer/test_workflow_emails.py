"""The base URL in workflow emails follows the serving port, and each email
links to the item submitted, not to the site's root."""

import os
import re
import shutil
import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from services.models import Service
from tests.factories import PriorityPageFactory, StrategyIndexPageFactory, StrategyPageFactory
from tests.services.test_admin import new_service_data
from tests.strategy.test_workflow import edit_data
from tests.utils import PROJECT_DIR, run_python

SHOW_BASE_URL = "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"


def dev_base_url(**env: str) -> str:
    result = run_python(
        "-c",
        f"import django; django.setup(); {SHOW_BASE_URL}",
        env={"DJANGO_SETTINGS_MODULE": "localoffer.settings.dev", **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_dev_servers_base_url_follows_port_unless_set():
    assert dev_base_url(PORT="8080", DJANGO_BASE_URL="") == "http://127.0.0.1:8080"
    assert dev_base_url(PORT="", DJANGO_BASE_URL="") == "http://127.0.0.1:8000"
    assert (
        dev_base_url(PORT="8080", DJANGO_BASE_URL="https://localoffer.example.org")
        == "https://localoffer.example.org"
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_serves_and_loads_the_demo_with_the_ports_base_url():
    env = {k: v for k, v in os.environ.items() if k not in ("PORT", "DJANGO_BASE_URL")}
    # -n prints the commands without running them.
    result = subprocess.run(
        ["make", "-n", "run", "PORT=8080"],  # noqa: S607
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    commands = {
        name: line
        for line in result.stdout.splitlines()
        for name in ("load_demo_content", "create_demo_editor", "runserver")
        if f"manage.py {name}" in line
    }
    assert set(commands) == {"load_demo_content", "create_demo_editor", "runserver"}
    for line in commands.values():
        assert "DJANGO_BASE_URL='http://127.0.0.1:8080'" in line
    assert commands["runserver"].endswith("runserver 127.0.0.1:8080")


# ------------------------------------------------------------------ the emails


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user("mo", "mo@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def sign_in_editor(client):
    user = get_user_model().objects.create_user("eddie", "eddie@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)


def links(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


@pytest.fixture
def served_on_8080(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8080"
    return "http://127.0.0.1:8080"


def test_a_submitted_pages_email_links_to_its_review_and_edit(
    client, home, moderator, served_on_8080, django_capture_on_commit_callbacks
):
    strategy = StrategyPageFactory(parent=StrategyIndexPageFactory(parent=home))
    page = PriorityPageFactory(parent=strategy, number=1)
    sign_in_editor(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=(page.pk,)),
            edit_data(page, "We will listen, and act.", "action-submit"),
        )
    (email,) = [m for m in mail.outbox if m.to == [moderator.email]]
    task = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state.task
    assert links(email)[:2] == [
        served_on_8080 + reverse("wagtailadmin_pages:workflow_preview", args=(page.pk, task.pk)),
        served_on_8080 + reverse("wagtailadmin_pages:edit", args=(page.pk,)),
    ]


def test_a_submitted_services_email_links_to_its_review_and_edit(
    client, moderator, served_on_8080, django_capture_on_commit_callbacks
):
    sign_in_editor(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailsnippets_services_service:add"), new_service_data("action-submit")
        )
    service = Service.objects.get(slug="speech-and-language-therapy-children")
    (email,) = [m for m in mail.outbox if m.to == [moderator.email]]
    task = WorkflowState.objects.get(object_id=str(service.pk)).current_task_state.task
    preview = reverse(
        "wagtailsnippets_services_service:workflow_preview", args=(service.pk, task.pk)
    )
    edit = reverse("wagtailsnippets_services_service:edit", args=(service.pk,))
    # Not the site's root, which Wagtail's own template gives for a snippet's preview.
    assert links(email)[:2] == [served_on_8080 + preview, served_on_8080 + edit]
