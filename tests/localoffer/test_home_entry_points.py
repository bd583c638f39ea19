"""The home page's ways into the directory: every topic, and every broad area of need."""

import re

import pytest

from services.models import Category
from tests.factories import ServiceFactory, home_as_site_root

pytestmark = pytest.mark.django_db


def entry_points(html: str, heading_id: str) -> list[tuple[str, str]]:
    nav = html.split(f'aria-labelledby="{heading_id}"')[1].split("</nav>")[0]
    return re.findall(r'<a class="govuk-link" href="([^"]+)">([^<]+)</a>', nav)


def test_find_support_by_type_lists_every_topic_in_order(client):
    home = home_as_site_root()
    Category.objects.filter(slug="money-matters").update(name="Money and benefits")
    html = client.get(home.url).content.decode()
    links = entry_points(html, "by-type")
    assert [name for _, name in links] == [
        "Early years",
        "Education",
        "Health",
        "Social care",
        "Transport",
        "Things to do and short breaks",
        "Money and benefits",
        "Preparing for adulthood",
        "Information, advice and support groups",
    ]
    assert links[3][0] == "/services/?category=social-care"


def test_find_support_by_need_lists_the_four_broad_areas(client):
    home = home_as_site_root()
    html = client.get(home.url).content.decode()
    assert '<h2 class="govuk-heading-m" id="by-need">Find support by need</h2>' in html
    assert entry_points(html, "by-need") == [
        ("/services/?need=communication-and-interaction", "Communication and interaction"),
        ("/services/?need=cognition-and-learning", "Cognition and learning"),
        (
            "/services/?need=social-emotional-and-mental-health",
            "Social, emotional and mental health",
        ),
        ("/services/?need=sensory-and-physical", "Sensory and/or physical needs"),
    ]
    # Each link leads to a directory that understands it.
    ServiceFactory(name="Autism outreach", needs=["autism"])
    response = client.get("/services/?need=communication-and-interaction")
    assert response.status_code == 200
    assert "Autism outreach" in response.content.decode()
