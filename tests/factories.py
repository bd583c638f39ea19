import datetime
import json
from pathlib import Path

import factory
import wagtail_factories
from wagtail.models import Page, Site

import services.api
from localoffer.models import HomePage, InformationPage, StepByStepPage
from services.models import (
    Area,
    Category,
    Need,
    OpeningTime,
    Organisation,
    ReferralRoute,
    ResponsibleBody,
    Service,
    ServiceLocation,
)
from strategy.models import (
    CoProductionPromisePage,
    PledgeFormField,
    PriorityPage,
    StrategyIndexPage,
    StrategyPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Support for children and young people with SEND"
    slug = "home"
    introduction = "Find support for children and young people aged 0 to 25."

    class Meta:
        model = HomePage


def home_as_site_root() -> HomePage:
    """A HomePage as the default site's root, as load_demo_content leaves it."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-page")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information page {n}")
    summary = "A short summary for result lists."
    body = json.dumps([{"type": "paragraph", "value": "<p>Some useful words for parents.</p>"}])
    last_reviewed = datetime.date(2026, 11, 3)

    class Meta:
        model = InformationPage


class StrategyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Our SEND strategies"
    introduction = "<p>Two strategies, one for the city and one for the county.</p>"

    class Meta:
        model = StrategyIndexPage


class StrategyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"SEND strategy {n}")
    partners = factory.LazyFunction(
        lambda: ["stoke-on-trent-city-council", "staffordshire-and-stoke-on-trent-icb"]
    )
    start_year = 2024
    end_year = None
    vision = "Children and young people with SEND will be the best they can be"
    vision_attribution = "Stoke-on-Trent joint SEND strategy"
    summary = "What the city council and the NHS will do together."

    class Meta:
        model = StrategyPage


class PriorityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Priority {n}")
    number = factory.Sequence(lambda n: n + 1)
    commitment = "We will listen to families."
    what_we_will_do = json.dumps([{"type": "paragraph", "value": "<p>Hold open sessions.</p>"}])
    how_we_will_know = json.dumps([{"type": "paragraph", "value": "<p>Families say so.</p>"}])

    class Meta:
        model = PriorityPage


PLEDGE_FIELDS = [
    ("Your name", "singleline", True, ""),
    ("Your organisation", "singleline", False, ""),
    ("Your role", "radio", True, "Parent or carer\nYoung person\nProfessional\nOther"),
    ("Your pledge", "multiline", True, ""),
    ("I agree that the Local Offer team may keep my pledge", "checkbox", True, ""),
]


class CoProductionPromisePageFactory(wagtail_factories.PageFactory):
    title = "The Staffordshire Co-production Promise"
    slug = "co-production-promise"
    definition = "Those with responsibility for providing support, share their power"
    definition_attribution = "The Staffordshire Co-production Promise, 2022"
    commitments = json.dumps([{"type": "commitment", "value": "We listen first."}])
    authors = "Children, young people, parents, carers and professionals."

    class Meta:
        model = CoProductionPromisePage
        skip_postgeneration_save = True

    @factory.post_generation
    def pledge_fields(page, create, extracted, **kwargs):
        if not create:
            return
        for order, (label, field_type, required, choices) in enumerate(PLEDGE_FIELDS):
            PledgeFormField.objects.create(
                page=page,
                sort_order=order,
                label=label,
                field_type=field_type,
                required=required,
                choices=choices,
            )


class ServiceFactory(factory.django.DjangoModelFactory):
    """A live service with one referral route, in the seeded taxonomies."""

    name = factory.Sequence(lambda n: f"Demo service {n}")
    slug = factory.Sequence(lambda n: f"demo-service-{n}")
    summary = "Support for families, given here as test data."
    minimum_age = 0
    maximum_age = 25
    responsible_body = factory.LazyFunction(
        lambda: ResponsibleBody.objects.get(slug="staffordshire-county-council")
    )
    live = True

    class Meta:
        model = Service
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(service, create, extracted, **kwargs):
        if create:
            slugs = extracted or ["education"]
            service.categories.set(Category.objects.filter(slug__in=slugs))
            service.save()  # a ParentalManyToManyField is only written on save

    @factory.post_generation
    def needs(service, create, extracted, **kwargs):
        if create and extracted:  # needs=["autism"]: by slug
            service.needs.set(Need.objects.filter(slug__in=extracted))
            service.save()

    @factory.post_generation
    def referral_route(service, create, extracted, **kwargs):
        if create and extracted is not False:  # referral_route=False: none
            ReferralRoute.objects.create(
                service=service,
                sort_order=0,
                kind=ReferralRoute.Kind.PARENT_CARER,
                who_can_refer="Parents and carers",
                method=ReferralRoute.Method.PHONE,
                contact="01632 960 123",
            )


class NeedFactory(factory.django.DjangoModelFactory):
    """A need editors added, after the seeded ones; a specific need with ``parent``."""

    name = factory.Sequence(lambda n: f"Need {n}")
    slug = factory.Sequence(lambda n: f"need-{n}")
    sort_order = factory.Sequence(lambda n: 100 + n)
    parent = None

    class Meta:
        model = Need


def step(title: str, logic: str = "number", text: str = "<p>What happens.</p>", links=()):
    """One step as StreamField data, for ``StepByStepPageFactory(steps=...)``."""
    value = {"title": title, "logic": logic, "text": text, "links": list(links)}
    return {"type": "step", "value": value}


class StepByStepPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Step-by-step guide {n}")
    summary = "How to get help, one step at a time."
    steps = factory.LazyFunction(
        lambda: json.dumps([step("Talk to the school"), step("Ask the council")])
    )
    last_reviewed = datetime.date(2026, 11, 3)

    class Meta:
        model = StepByStepPage


def rich_service(**fields) -> Service:
    """A live service with something in every part of the ORUK shape."""
    provider = Organisation.objects.create(
        name="Demo Family Charity", website="https://example.org/charity"
    )
    service = ServiceFactory(
        name=fields.pop("name", "Speech and language therapy"),
        categories=["health", "early-years"],
        responsible_body=ResponsibleBody.objects.get(slug="staffordshire-and-stoke-on-trent-icb"),
        provider=provider,
        phone="01632 960 321",
        email="salt@example.org",
        website="https://example.org/salt",
        description="<p>Therapists help children <b>talk</b>.</p>",
        is_free=False,
        cost_description="£10 a session",
        opening_times_notes="Closed on bank holidays.",
        minimum_age=0,
        maximum_age=18,
        **fields,
    )
    service.areas.set(Area.objects.filter(slug__in=["tamworth", "lichfield"]))
    service.save()
    ReferralRoute.objects.create(
        service=service,
        sort_order=1,
        kind=ReferralRoute.Kind.PROFESSIONAL,
        who_can_refer="Any professional",
        method=ReferralRoute.Method.FORM,
        contact="https://example.org/salt/refer",
        what_to_include="Consent",
        response_time="Within 6 weeks",
    )
    ServiceLocation.objects.create(
        service=service,
        name="Tamworth clinic",
        address="Demo House\n3 Example Road, Tamworth",
        postcode="B79 7BZ",
        latitude="52.633600",
        longitude="-1.691700",
        accessibility="Step-free.",
    )
    OpeningTime.objects.create(
        service=service, weekday=0, opens=datetime.time(9), closes=datetime.time(17)
    )
    return service


# The official ORUK 3.0 example service, and a record of ours in that shape.
EXAMPLE_SERVICE = (
    Path(services.api.__file__).resolve().parent / "spec" / "examples" / "service_full.json"
)


def good_record(number: int) -> dict:
    """An ORUK service record that imports: health, the city council, one route."""
    return {
        "id": f"00000000-0000-4000-8000-00000000000{number}",
        "name": f"Imported service {number}",
        "description": "Help for families.\n\nMore about it.",
        "status": "active",
        "minimum_age": 0,
        "maximum_age": 18,
        "attributes": [
            {
                "id": f"10000000-0000-4000-8000-00000000000{number}",
                "link_type": "category",
                "taxonomy_term": {
                    "id": "x",
                    "name": "Health",
                    "description": "",
                    "term": "health",
                },
            },
            {
                "id": f"20000000-0000-4000-8000-00000000000{number}",
                "link_type": "responsible_body",
                "taxonomy_term": {
                    "id": "x",
                    "name": "City",
                    "description": "",
                    "term": "stoke-on-trent-city-council",
                },
            },
        ],
        "organization": {
            "id": f"30000000-0000-4000-8000-00000000000{number}",
            "name": f"Provider {number}",
            "description": "",
        },
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Any professional",
                "method": "email",
                "contact": "refer@example.org",
            }
        ],
    }


# ---------------------------------------------------------------------- feedback


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = "feedback.Theme"


class CommentFactory(factory.django.DjangoModelFactory):
    """A comment on the Local Offer from a parent, with no email address."""

    kind = "comment"
    topic = "content"
    role = "parent-carer"
    page_path = "/"
    comment = factory.Sequence(lambda n: f"Comment number {n} about the Local Offer.")

    class Meta:
        model = "feedback.Comment"


class ServiceProblemFactory(CommentFactory):
    """A "Report a problem with this service" report."""

    kind = "service-problem"
    topic = ""
    role = ""
    reason = "out-of-date"
    service = factory.SubFactory(ServiceFactory)
    page_path = factory.LazyAttribute(lambda report: f"/services/{report.service.slug}/")


class ThemeResponseFactory(factory.django.DjangoModelFactory):
    """A published "You said, we did" response for 2025, from the county council."""

    theme = factory.SubFactory(ThemeFactory)
    title = factory.Sequence(lambda n: f"Response {n}")
    period_start = datetime.date(2025, 1, 1)
    period_end = datetime.date(2025, 12, 31)
    you_said = "People found the page hard to find."
    we_did = "<p>We moved it to the top of the menu.</p>"
    action = "<p>We will check it again next year.</p>"
    status = "done"
    live = True

    class Meta:
        model = "feedback.ThemeResponse"
        skip_postgeneration_save = True

    @factory.post_generation
    def partners(response, create, extracted, **kwargs):
        if create:
            slugs = extracted or ["staffordshire-county-council"]
            response.partners.set(ResponsibleBody.objects.filter(slug__in=slugs))
            response.save()  # a ParentalManyToManyField is only written on save


class YouSaidWeDidPageFactory(wagtail_factories.PageFactory):
    title = "You said, we did"
    slug = "you-said-we-did"
    introduction = "<p>What you told us about the Local Offer, and what we did.</p>"

    class Meta:
        model = "feedback.YouSaidWeDidPage"
