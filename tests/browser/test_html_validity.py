"""Every page type is valid HTML, checked as browsers have built it (after
JavaScript), with the Nu HTML Checker, as accessibility is checked with axe."""

from .conftest import html_errors

STRATEGY = "/send-strategies/stoke-on-trent-joint-send-strategy/"
PAGES = {
    "home": "/",
    "information page": "/what-is-the-local-offer/the-graduated-approach/",
    "step-by-step guide": (
        "/what-is-the-local-offer/ehc-needs-assessments-and-plans/"
        "asking-for-an-ehc-needs-assessment/"
    ),
    "strategy index": "/send-strategies/",
    "strategy": STRATEGY,
    "priority": STRATEGY + "nothing-for-us-without-us/",
    "co-production promise": "/co-production-promise/",
    "you said, we did": "/you-said-we-did/",
    "you said, we did: a year": "/you-said-we-did/2025/",
    "directory": "/services/",
    "directory with filters": "/services/?category=health&age=7",
    "directory with an error": "/services/?age=99",
    "directory with an age and a group that disagree": "/services/?age=7&ages=16-18",
    "directory near a postcode": "/services/?postcode=ST4+1AA&distance=5",
    "directory with a bad postcode": "/services/?postcode=ZZ99+9ZZ&age=7",
    "referral routes": "/professionals/",
    "referral routes with filters": "/professionals/?referral=professional&category=health",
    "search with results": "/search/?q=EHCP",
    "feedback form": "/feedback/",
    "not found": "/no-such-page/",
}


def test_every_page_type_is_valid_html(demo_directory, open_page):
    from services.models import Service

    service = Service.objects.filter(live=True).order_by("name").first()
    pages = {**PAGES, "service": service.get_absolute_url()}
    documents = {}
    page = open_page(demo_directory + "/")
    for name, path in pages.items():
        page.goto(demo_directory + path)
        documents[name] = page.content()

    page.goto(demo_directory + PAGES["co-production promise"])
    with page.expect_navigation():
        page.get_by_role("button", name="Send your pledge").click()
    assert page.locator(".govuk-error-summary").is_visible()
    documents["pledge form with errors"] = page.content()

    page.goto(demo_directory + f"/feedback/services/{service.slug}/")
    documents["problem form"] = page.content()
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert page.locator(".govuk-error-summary").is_visible()
    documents["problem form with errors"] = page.content()

    assert "results-heading" in documents["search with results"]
    errors = html_errors(documents)
    assert not errors, "\n".join(f"{name}: {e}" for name, found in errors.items() for e in found)
