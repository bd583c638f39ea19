"""/professionals/: the referral-routes finder, its CSV and its print view."""

import csv
import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from services.exports import HEADER, spreadsheet_safe
from services.models import ReferralRoute, ResponsibleBody
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

SERVICE_LINK = re.compile(
    r'<th scope="row"[^>]*><a class="govuk-link" href="/services/([^"/]+)/">'
)


def directory_slugs(client, query: str) -> list[str]:
    html = client.get("/services/?" + query).content.decode()
    return re.findall(
        r'<h3 class="govuk-heading-m"><a class="govuk-link" href="/services/([^"/]+)/"', html
    )


def table_slugs(client, query: str) -> list[str]:
    response = client.get("/professionals/?" + query)
    assert response.status_code == 200, response.content.decode()[:300]
    return SERVICE_LINK.findall(response.content.decode())


def csv_rows(client, query: str = "") -> list[dict]:
    response = client.get("/professionals/referral-routes.csv?" + query)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")  # spreadsheet programs then read UTF-8
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def add_route(service, kind, **fields):
    defaults = {
        "who_can_refer": "Any professional working with the family",
        "method": ReferralRoute.Method.FORM,
        "contact": "https://example.org/refer",
        "what_to_include": "Consent and what has been tried",
        "response_time": "Within 10 working days",
    }
    return ReferralRoute.objects.create(
        service=service, kind=kind, sort_order=1, **(defaults | fields)
    )


@pytest.fixture
def routes():
    icb = ResponsibleBody.objects.get(slug="staffordshire-and-stoke-on-trent-icb")
    salt = ServiceFactory(
        name="Speech and language therapy",
        slug="salt",
        minimum_age=0,
        maximum_age=18,
        categories=["health"],
        responsible_body=icb,
    )
    add_route(salt, ReferralRoute.Kind.PROFESSIONAL)
    camhs = ServiceFactory(
        name="CAMHS", slug="camhs", minimum_age=5, maximum_age=18, categories=["health"]
    )
    camhs.responsible_body = icb
    camhs.save()
    add_route(
        camhs,
        ReferralRoute.Kind.GP,
        method=ReferralRoute.Method.EMAIL,
        contact="camhs@example.org",
    )
    ServiceFactory(
        name="Portage", slug="portage", minimum_age=0, maximum_age=4, categories=["early-years"]
    )
    ServiceFactory(
        name="Transport", slug="transport", minimum_age=5, maximum_age=16, categories=["transport"]
    )
    ServiceFactory(name="Draft clinic", slug="draft", live=False, categories=["health"])
    return {"salt": salt, "camhs": camhs}


@pytest.mark.parametrize(
    "query",
    [
        "",
        "referral=professional",
        "referral=professional&ages=11-15&category=health&body=staffordshire-and-stoke-on-trent-icb",
        "age=3",
        "category=health&category=transport",
        "q=speech",
        "referral=gp&referral=parent-carer&sort=name",
        "body=stoke-on-trent-city-council",
    ],
)
def test_the_table_and_csv_list_the_same_services_as_the_directory(client, routes, query):
    expected = directory_slugs(client, query)
    in_table = list(dict.fromkeys(table_slugs(client, query)))
    in_csv = list(
        dict.fromkeys(row["Service page"].rsplit("/", 2)[1] for row in csv_rows(client, query))
    )
    assert in_table == expected
    assert in_csv == expected


def test_a_route_kind_lists_only_routes_of_that_kind(client, routes):
    rows = csv_rows(client, "referral=professional")
    assert [(row["Service"], row["Route"]) for row in rows] == [
        ("Speech and language therapy", "Any professional")
    ]
    everything = csv_rows(client, "category=health")
    assert [(row["Service"], row["Route"]) for row in everything] == [
        ("CAMHS", "Parent or carer"),
        ("CAMHS", "GP"),
        ("Speech and language therapy", "Parent or carer"),
        ("Speech and language therapy", "Any professional"),
    ]


def test_the_csv_has_a_header_and_every_detail_a_referrer_needs(client, routes):
    response = client.get("/professionals/referral-routes.csv?referral=gp")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.match(
        r'attachment; filename="referral-routes-\d{4}-\d{2}-\d{2}\.csv"',
        response["Content-Disposition"],
    )
    text = b"".join(response.streaming_content).decode("utf-8").removeprefix("\ufeff")
    header, row = list(csv.reader(io.StringIO(text)))
    assert header == HEADER
    assert dict(zip(header, row, strict=True)) == {
        "Service": "CAMHS",
        "Service page": "http://testserver/services/camhs/",
        "Responsible body": "Staffordshire and Stoke-on-Trent Integrated Care Board",
        "Route": "GP",
        "Who can refer": "Any professional working with the family",
        "How to refer": "Email",
        "Contact": "camhs@example.org",
        "What to include": "Consent and what has been tried",
        "Typical response time": "Within 10 working days",
        "Minimum age": "5",
        "Maximum age": "18",
        "Last reviewed": routes["camhs"].last_reviewed.isoformat(),
        "Review overdue": "No",
    }


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "＝"])
def test_a_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(start):
    assert (
        spreadsheet_safe(f'{start}HYPERLINK("https://evil.example")')
        == f'\'{start}HYPERLINK("https://evil.example")'
    )


def test_plain_cells_are_left_as_they_are():
    assert spreadsheet_safe("01632 960 123") == "01632 960 123"
    assert spreadsheet_safe("Within 10 days = fast") == "Within 10 days = fast"
    assert spreadsheet_safe(7) == "7"


def test_formulas_in_any_field_reach_the_csv_as_text(client):
    service = ServiceFactory(name="=1+2", slug="formula", referral_route=False)
    add_route(
        service,
        ReferralRoute.Kind.PROFESSIONAL,
        who_can_refer="@SUM(A1:A9)",
        method=ReferralRoute.Method.PHONE,
        contact="+44 1632 960 123",
        what_to_include="-2+3",
        response_time='=HYPERLINK("https://evil.example","Click")',
    )
    (row,) = csv_rows(client)
    assert row["Service"] == "'=1+2"
    assert row["Who can refer"] == "'@SUM(A1:A9)"
    assert row["Contact"] == "'+44 1632 960 123"
    assert row["What to include"] == "'-2+3"
    assert row["Typical response time"].startswith("'=HYPERLINK")


def test_a_service_without_a_route_still_has_a_row_saying_so(client):
    ServiceFactory(name="Drop-in", slug="drop-in", referral_route=False, phone="01632 960 555")
    html = client.get("/professionals/").content.decode()
    assert "No referral route listed" in html
    assert 'href="tel:01632960555"' in html
    (row,) = csv_rows(client)
    assert (row["Route"], row["How to refer"], row["Contact"]) == (
        "No referral route listed",
        "Contact the service",
        "01632 960 555",
    )


def test_entries_past_the_grace_period_are_marked_in_the_table(client):
    today = datetime.date.today()
    ServiceFactory(name="Stale", last_reviewed=today - datetime.timedelta(days=365 + 120))
    ServiceFactory(name="Just overdue", last_reviewed=today - datetime.timedelta(days=365 + 20))
    html = client.get("/professionals/").content.decode()
    body = html.split('<tbody class="govuk-table__body">')[1]
    rows = re.findall(r"<tr [^>]*>(.*?)</tr>", body, re.S)
    marked = {
        re.search(r'href="/services/[^"]+/">([^<]+)<', row).group(1): "Check before referring"
        in row
        for row in rows
    }
    assert marked == {"Just overdue": False, "Stale": True}
    overdue = {row["Service"]: row["Review overdue"] for row in csv_rows(client)}
    assert overdue["Just overdue"] == "No"
    assert overdue["Stale"].startswith("Yes, due ")


def test_routes_link_to_forms_email_and_phone_and_never_to_scripts(client):
    service = ServiceFactory(slug="links", referral_route=False)
    add_route(service, ReferralRoute.Kind.PROFESSIONAL, contact="https://example.org/form")
    add_route(
        service, ReferralRoute.Kind.GP, method=ReferralRoute.Method.EMAIL, contact="gp@example.org"
    )
    # An older or imported row that never passed the form's checks.
    add_route(service, ReferralRoute.Kind.SCHOOL, contact="javascript:alert(1)")
    html = client.get("/professionals/").content.decode()
    assert 'href="https://example.org/form"' in html
    assert 'href="mailto:gp@example.org"' in html
    assert 'href="javascript:' not in html


def test_filters_are_the_directorys_and_bad_ones_get_a_clear_answer(client, routes):
    response = client.get("/professionals/?age=40&category=unicorns")
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter an age from 0 to 25" in html
    assert "“unicorns” is not one of the types of support" in html
    assert "<table" not in html
    # The CSV and print view answer the same way rather than a broken file.
    for path in ("/professionals/referral-routes.csv?age=abc", "/professionals/print/?age=abc"):
        response = client.get(path)
        assert response.status_code == 400
        assert response["Content-Type"].startswith("text/html")


def test_a_huge_or_hostile_query_is_refused_politely(client):
    response = client.get("/professionals/?q=" + "x" * 5000 + "&referral=<script>")
    assert response.status_code == 400
    html = response.content.decode()
    assert "200 characters or fewer" in html
    assert "“&lt;script&gt;” is not a choice here" in html
    assert "“<script>”" not in html


def test_the_page_is_in_the_main_navigation_and_shares_its_filters(client, routes, home):
    html = client.get("/professionals/?referral=professional").content.decode()
    assert re.search(r'href="/professionals/"\s+aria-current="page"', html)
    assert 'href="/professionals/referral-routes.csv?referral=professional"' in html
    assert 'href="/professionals/print/?referral=professional"' in html
    assert "Filters (1 in use)" in html
    assert 'href="/professionals/"' in client.get("/").content.decode()


def test_the_print_view_holds_every_row_in_landscape(client):
    for n in range(30):
        ServiceFactory(name=f"Service {n:02}")
    paged = client.get("/professionals/").content.decode()
    printed = client.get("/professionals/print/").content.decode()
    assert len(SERVICE_LINK.findall(paged)) == 25
    assert len(SERVICE_LINK.findall(printed)) == 30
    assert "@page { size: A4 landscape" in printed
    assert "govuk-pagination" not in printed
    assert "Printed from the Staffordshire and Stoke-on-Trent SEND Local Offer on" in printed


def test_the_table_costs_the_same_queries_however_many_routes_it_shows(client):
    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/professionals/").status_code == 200
        return len(captured)

    ServiceFactory()
    client.get("/professionals/")  # the first request creates the site settings row
    few = queries()
    for _ in range(10):
        service = ServiceFactory()
        add_route(service, ReferralRoute.Kind.PROFESSIONAL)
        add_route(service, ReferralRoute.Kind.GP)
    assert queries() == few


def test_the_page_links_to_published_step_by_step_guides(client, home):
    from tests.factories import StepByStepPageFactory

    StepByStepPageFactory(parent=home, title="Asking for an EHC needs assessment", slug="ehc")
    draft = StepByStepPageFactory(parent=home, title="Unfinished guide", slug="unfinished")
    draft.unpublish()
    html = client.get("/professionals/").content.decode()
    assert '<a class="govuk-link" href="/ehc/">Asking for an EHC needs assessment</a>' in html
    assert "Unfinished guide" not in html
