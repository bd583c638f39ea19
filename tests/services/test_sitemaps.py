import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.models import Service
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def changed_on(service: Service, when: datetime.datetime) -> None:
    """updated_at moves on every save; set it behind the model's back."""
    Service.objects.filter(pk=service.pk).update(updated_at=when)


def sitemap_entries(client) -> dict[str, str]:
    """Each service's path in /sitemap.xml, with its lastmod."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return dict(
        re.findall(
            r"<url><loc>http://testserver(/services/[^<]+)</loc><lastmod>([^<]+)</lastmod>",
            response.content.decode(),
        )
    )


def test_live_services_are_listed_with_the_later_of_review_and_change(client, home):
    reviewed = ServiceFactory(slug="reviewed-lately", last_reviewed=datetime.date(2026, 3, 10))
    changed_on(reviewed, datetime.datetime(2025, 11, 2, 9, tzinfo=datetime.UTC))
    changed = ServiceFactory(slug="changed-lately", last_reviewed=datetime.date(2025, 6, 1))
    # Half past eleven at night in UTC is already the next day in London (summer time).
    changed_on(changed, datetime.datetime(2026, 6, 30, 23, 30, tzinfo=datetime.UTC))

    assert sitemap_entries(client) == {
        "/services/reviewed-lately/": "2026-03-10",
        "/services/changed-lately/": "2026-07-01",
    }


def test_drafts_and_unpublished_services_are_left_out(client, home):
    ServiceFactory(slug="published")
    ServiceFactory(slug="never-published", live=False)
    withdrawn = ServiceFactory(slug="withdrawn")
    withdrawn.save_revision().publish()
    withdrawn.unpublish()

    xml = client.get("/sitemap.xml").content.decode()
    assert list(sitemap_entries(client)) == ["/services/published/"]
    assert "never-published" not in xml
    assert "withdrawn" not in xml


def test_the_pages_are_still_listed_beside_the_services(client, home):
    ServiceFactory(slug="portage")
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/</loc>" in xml
    assert "<loc>http://testserver/services/portage/</loc>" in xml


def test_the_query_count_does_not_grow_with_the_services(client, home):
    ServiceFactory()
    client.get("/sitemap.xml")  # warm Wagtail's site cache
    with CaptureQueriesContext(connection) as one:
        client.get("/sitemap.xml")
    ServiceFactory.create_batch(5)
    with CaptureQueriesContext(connection) as six:
        assert len(sitemap_entries(client)) == 6
    assert len(six) == len(one)
