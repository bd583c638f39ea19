import datetime

import pytest

from services.models import Area, OpeningTime, ReferralRoute, ServiceLocation
from tests.factories import ServiceFactory

from .conftest import axe_violations, screenshot


@pytest.fixture
def service_url(demo_site):
    service = ServiceFactory(
        name="Speech and language therapy for children",
        slug="speech-and-language-therapy",
        categories=["health", "early-years"],
        phone="01632 960 222",
        email="salt@example.org",
        website="https://example.org/salt",
        eligibility="Children with speech, language or communication needs.",
        last_reviewed=datetime.date.today() - datetime.timedelta(days=500),
    )
    service.areas.set(Area.objects.filter(slug__in=["tamworth", "lichfield"]))
    service.save()
    ReferralRoute.objects.create(
        service=service,
        sort_order=1,
        kind=ReferralRoute.Kind.SCHOOL,
        who_can_refer="SENCos and early years settings",
        method=ReferralRoute.Method.EMAIL,
        contact="salt-referrals@example.org",
        what_to_include="What the child finds hard, with examples",
        response_time="Within 6 weeks",
    )
    ServiceLocation.objects.create(
        service=service,
        name="Tamworth children's centre",
        address="Demo House, 3 Example Road, Tamworth",
        postcode="B79 7BZ",
        accessibility="Step-free; hearing loop at reception.",
    )
    OpeningTime.objects.create(
        service=service, weekday=0, opens=datetime.time(9), closes=datetime.time(17)
    )
    return demo_site + service.get_absolute_url()


@pytest.mark.parametrize("width", [1280, 375], ids=["desktop", "phone"])
def test_a_service_page_passes_axe(service_url, open_page, width):
    page = open_page(service_url, width=width)
    screenshot(page, f"service-{width}")
    assert axe_violations(page) == []


def test_the_referral_routes_work_without_javascript(service_url, open_page):
    page = open_page(service_url, javascript=False)
    routes = page.get_by_role("region", name="How to get this service")
    assert routes.get_by_role("link", name="salt-referrals@example.org").get_attribute("href") == (
        "mailto:salt-referrals@example.org"
    )
    assert routes.get_by_role("link", name="01632 960 123").get_attribute("href") == (
        "tel:01632960123"
    )
