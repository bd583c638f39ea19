import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from localoffer.templatetags.govuk import govuk_time, tel_href
from services.models import Area, OpeningTime, ReferralRoute, ServiceLocation
from tests.factories import InformationPageFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    service = ServiceFactory(
        name="Portage home visiting",
        slug="portage",
        summary="Home visits that help young children learn through play.",
        minimum_age=0,
        maximum_age=5,
        categories=["early-years"],
        phone="01632 960 101",
        email="portage@example.org",
        eligibility="Children under 5 with SEND.",
        opening_times_notes="Closed on bank holidays.",
    )
    service.areas.set(Area.objects.filter(slug__in=["stafford", "cannock-chase"]))
    service.save()
    ReferralRoute.objects.create(
        service=service,
        sort_order=1,
        kind=ReferralRoute.Kind.HEALTH_VISITOR,
        who_can_refer="Health visitors",
        method=ReferralRoute.Method.FORM,
        contact="https://example.org/portage/refer",
        what_to_include="What your child finds hard",
        response_time="Within 15 working days",
    )
    ServiceLocation.objects.create(
        service=service,
        name="Stafford family hub",
        address="Demo House, 1 Example Street, Stafford",
        postcode="ST16 2LH",
        accessibility="Step-free entrance.",
    )
    OpeningTime.objects.create(
        service=service, weekday=2, opens=datetime.time(9, 30), closes=datetime.time(12)
    )
    return service


def test_the_page_shows_what_a_family_and_a_professional_need(client, service):
    response = client.get("/services/portage/")
    assert response.status_code == 200
    html = response.content.decode()
    # Referral routes come first and in order.
    how = html.index("How to get this service")
    assert how < html.index("Who it is for") < html.index("Where to go")
    assert html.index("Parent or carer") < html.index("Health visitor")
    for text in (
        'href="tel:01632960123"',
        'href="https://example.org/portage/refer"',
        "What your child finds hard",
        "Within 15 working days",
        "Ages 0 to 5",
        "Children under 5 with SEND.",
        "Cannock Chase, Stafford",
        "Step-free entrance.",
        "9:30am to midday",
        "Closed on bank holidays.",
        'href="tel:01632960101"',
        'href="mailto:portage@example.org"',
        "Staffordshire County Council is responsible for this service",
        'href="/services/?category=early-years"',
        "Last reviewed on",
    ):
        assert text in html, text
    assert "due to be checked" not in html


def test_search_engines_get_schema_org_json_ld(client, service):
    html = client.get("/services/portage/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Portage home visiting"
    assert data["audience"] == {
        "@type": "PeopleAudience",
        "suggestedMinAge": 0,
        "suggestedMaxAge": 5,
    }
    assert data["areaServed"] == ["Cannock Chase", "Stafford"]


def test_json_ld_cannot_break_out_of_its_script_element(client):
    ServiceFactory(slug="tricky", summary="</script><script>alert(1)</script>")
    html = client.get("/services/tricky/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block
    assert json.loads(block)["description"] == "</script><script>alert(1)</script>"


def test_an_entry_long_overdue_warns_the_reader(client):
    ServiceFactory(slug="old", last_reviewed=datetime.date.today() - datetime.timedelta(days=500))
    html = client.get("/services/old/").content.decode()
    assert "This entry has not been checked since" in html


def test_drafts_and_unknown_services_are_not_found(client, home):
    ServiceFactory(slug="draft-service", live=False)
    for path in ("/services/draft-service/", "/services/no-such-service/"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


def test_the_page_costs_the_same_queries_however_much_it_shows(client, service):
    def queries(path: str) -> int:
        cache.clear()  # count a page built afresh
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    small = ServiceFactory(slug="small")
    assert queries("/services/portage/") == queries(f"/services/{small.slug}/")


@pytest.fixture
def site_shell(home):
    """A menu page and every footer link set, as the demo site has them."""
    from localoffer.models import SiteSettings

    about = InformationPageFactory(parent=home, title="About the Local Offer", slug="about")
    Page.objects.filter(pk=about.pk).update(show_in_menus=True)
    SiteSettings.objects.create(
        **{
            name: InformationPageFactory(parent=home, slug=name.replace("_", "-"))
            for name in SiteSettings.select_related
        }
    )
    return about


def test_the_page_is_built_in_a_fixed_number_of_queries(
    client, service, site_shell, settings, django_assert_num_queries
):
    """Built afresh, as every page is after a publish: the service (1) and each
    kind of row it shows (categories, needs, areas, routes, places, times: 6),
    then the site around it: which site this is, the menu's pages, the site's
    root paths, and the footer's settings with its pages (4). However many
    services there are, and with every menu and footer link in place."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    ServiceFactory.create_batch(3)
    with django_assert_num_queries(11):
        html = client.get("/services/portage/").content.decode()
    assert "About the Local Offer" in html
    footer = html[html.index('<footer class="govuk-footer">') :]
    for path, label in (
        ("/accessibility-page/", "Accessibility statement"),
        ("/cookies-page/", "Cookies"),
        ("/privacy-page/", "Privacy"),
        ("/contact-page/", "Contact us"),
        ("/open-data-page/", "Open data"),
    ):
        assert f'<a class="govuk-footer__link" href="{path}">{label}</a>' in footer


def test_without_site_settings_the_footer_offers_the_default_address_and_writes_nothing(
    client, service, home
):
    from localoffer.models import SiteSettings

    html = client.get("/services/portage/").content.decode()
    footer = html[html.index('<footer class="govuk-footer">') :]
    assert 'href="mailto:localoffer@example.org">Contact us</a>' in footer
    assert not SiteSettings.objects.exists()


def test_editors_can_preview_a_draft_with_the_public_template(rf):
    draft = ServiceFactory(slug="preview-me", name="Draft preview service", live=False)
    response = draft.serve_preview(rf.get("/"), draft.default_preview_mode)
    response.render()
    html = response.content.decode()
    assert "Draft preview service" in html
    assert "How to get this service" in html


@pytest.mark.parametrize(
    ("time", "expected"),
    [((9, 0), "9am"), ((13, 30), "1:30pm"), ((12, 0), "midday"), ((0, 0), "midnight")],
)
def test_times_read_the_gov_uk_way(time, expected):
    assert govuk_time(datetime.time(*time)) == expected


def test_phone_links_keep_only_digits():
    assert tel_href("01632 960 101") == "tel:01632960101"
    assert tel_href("+44 1632 960101") == "tel:+441632960101"


def test_routes_without_an_order_come_last_on_every_database(client):
    service = ServiceFactory(slug="ordered")  # its route has sort_order 0
    ReferralRoute.objects.create(
        service=service,
        sort_order=None,
        kind=ReferralRoute.Kind.GP,
        who_can_refer="GPs",
        method=ReferralRoute.Method.LETTER,
        contact="Demo House, 1 Example Street, Stafford",
    )
    html = client.get("/services/ordered/").content.decode()
    assert html.index("Parent or carer") < html.index('<h3 class="govuk-heading-m">GP</h3>')
