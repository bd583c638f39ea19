from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from tests.factories import InformationPageFactory
from tests.utils import run_python


def test_health_reports_the_database_ok(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_returns_503_when_the_database_is_unreachable(client, db):
    from django.db import connections

    with mock.patch.object(
        connections["default"], "cursor", side_effect=OperationalError("connection refused")
    ):
        response = client.get("/health/?ready=1")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "down", "cache": "ok"}


def test_health_with_a_database_server_that_is_not_there():
    """A real connection attempt to a closed port, in a fresh process: no mocks."""
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/health/?ready=1'); print(r.status_code, r.json()['status'])"
    )
    result = run_python(
        "-c",
        script,
        env={
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.test",
            "DATABASE_URL": "postgres://nobody@127.0.0.1:9/nothing",
            "DJANGO_LOG_LEVEL": "CRITICAL",
        },
    )
    assert result.stdout.strip() == "503 unavailable", result.stderr


def test_sitemap_lists_live_pages_only(client, home):
    live = InformationPageFactory(parent=home, title="Live page", slug="live-page")
    draft = InformationPageFactory(parent=home, title="Draft page", slug="draft-page", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert f"/{live.slug}/</loc>" in body
    assert f"/{draft.slug}/" not in body


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_unknown_page_gets_a_styled_404(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Page not found" in body
    assert 'id="main-content"' in body
    assert "/static/css/main.css" in body


@pytest.mark.urls("tests.localoffer.urls_error")
def test_server_error_gets_a_styled_500_without_the_database(db):
    client = Client(raise_request_exception=False)
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")
    ):
        response = client.get("/boom/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Sorry, there is a problem with the service" in body
    assert "/static/css/main.css" in body
    assert "Stoke-on-Trent City Council" in body


def test_the_admin_loads_no_avatar_from_another_host(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("a", "a@example.org", "pw"))
    html = client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
