import datetime
import re

import pytest

from services.models import Area, OpeningTime, ReferralRoute, ServiceLocation
from tests.factories import ServiceFactory

from .conftest import ARTIFACTS, axe_violations, screenshot


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


def test_the_directory_passes_axe_with_filters_and_with_an_error(demo_directory, open_page):
    failures = {}
    for width in (1280, 375):
        page = open_page(demo_directory + "/services/?category=health&age=7", width=width)
        screenshot(page, f"directory-{width}")
        if violations := axe_violations(page):
            failures[f"filtered at {width}"] = violations
        page.goto(demo_directory + "/services/?age=99")
        if violations := axe_violations(page):
            failures[f"error at {width}"] = violations
    assert failures == {}


def test_keyboard_only_from_home_through_a_filtered_search_to_a_service(demo_directory, open_page):
    page = open_page(demo_directory + "/")
    # The home page's own search box searches everything; "Find services" is the directory.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Find services").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Enter")
    page.get_by_label("Search for services and support").focus()
    page.keyboard.type("speech")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "services found" in page.locator("h2#results-heading").inner_text()
    # Tick a filter with the keyboard alone, then apply it.
    page.get_by_role("checkbox", name=re.compile(r"^Health \(")).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Apply filters").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "category=health" in page.url and "q=speech" in page.url
    first_result = page.locator(".lo-result a").first
    name = first_result.inner_text()
    first_result.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == name
    assert page.get_by_role("heading", name="How to get this service").is_visible()


def test_the_directory_works_without_javascript(demo_directory, open_page):
    page = open_page(demo_directory + "/services/", javascript=False)
    page.get_by_label("Age of the child or young person").select_option("17")
    page.get_by_label(re.compile(r"^Preparing for adulthood")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert "age=17" in page.url and "category=preparing-for-adulthood" in page.url
    heading = page.locator("h2#results-heading").inner_text()
    assert re.match(r"\d+ services? found", heading)
    assert page.locator(".lo-result").count() >= 1


def test_on_a_phone_the_filters_fold_behind_a_button(demo_directory, open_page):
    page = open_page(demo_directory + "/services/?category=health&q=therapy", width=375)
    toggle = page.get_by_role("button", name="Show filters (1 in use)")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.get_by_label("Age of the child or young person").is_visible()
    assert page.locator("h2#results-heading").is_visible()
    toggle.click()
    assert (
        page.get_by_role("button", name="Hide filters (1 in use)").get_attribute("aria-expanded")
        == "true"
    )
    page.get_by_label("Age of the child or young person").select_option("7")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert "age=7" in page.url and "category=health" in page.url
    # Wide screens, and a filter with a problem, never hide them.
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.get_by_label("Age of the child or young person").is_visible()
    assert page.get_by_role("button", name=re.compile("filters \\(")).count() == 0
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo_directory + "/services/?age=99")
    assert page.get_by_label("Age of the child or young person").is_visible()


def test_a_service_page_prints_its_essentials_on_one_page(service_url, open_page):
    page = open_page(service_url)
    page.emulate_media(media="print")
    assert page.get_by_role("heading", name="How to get this service").is_visible()
    assert not page.locator(".govuk-service-navigation").is_visible()
    pdf = page.pdf(format="A4")
    (ARTIFACTS / "service-print.pdf").write_bytes(pdf)
    page.set_viewport_size({"width": 794, "height": 1123})
    page.screenshot(path=str(ARTIFACTS / "service-print.png"), full_page=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1  # pages, not the page tree
