import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from localoffer.blocks import StepsBlock, number_steps
from localoffer.demo import data
from localoffer.demo.loader import load_demo_content
from localoffer.models import HomePage, InformationPage, StepByStepPage
from tests.factories import (
    InformationPageFactory,
    ServiceFactory,
    StepByStepPageFactory,
    home_as_site_root,
    step,
)

GUIDES = [
    spec
    for path in data.page_files()
    for spec in data.read(path)
    if spec["type"] == "step_by_step"
]


def service_link(service, context=""):
    return {"type": "service", "value": {"service": str(service.pk), "context": context}}


def page_link(page, text="", context=""):
    return {"type": "page", "value": {"page": page.pk, "text": text, "context": context}}


def main_content(response) -> str:
    return response.content.decode().split("<main")[1].split("</main>")[0]


def circles(html: str) -> list[str]:
    """What each step's circle holds: the words for screen readers, then what is shown."""
    pattern = r'<span class="lo-step-nav__circle[^"]*">(.*?)</span>\s*<span class="lo-step-nav__t'
    found = re.findall(pattern, html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", circle).split()) for circle in found]


class StepByStepPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_as_site_root()
        cls.section = InformationPageFactory(parent=cls.home, title="EHC plans")
        cls.draft = InformationPageFactory(parent=cls.home, title="A page still in draft")
        Page.objects.filter(pk=cls.draft.pk).update(live=False)
        cls.live_service = ServiceFactory(name="SENDIASS Demo", slug="sendiass-demo")
        cls.hidden_service = ServiceFactory(name="Withdrawn service", slug="withdrawn", live=False)
        cls.guide = StepByStepPageFactory(
            parent=cls.section,
            title="Asking for an assessment",
            steps=json.dumps(
                [
                    step(
                        "Ask the council",
                        links=[
                            service_link(cls.live_service, "free and impartial"),
                            service_link(cls.hidden_service),
                        ],
                    ),
                    step("Get advice", "and", links=[page_link(cls.section, "About EHC plans")]),
                    step("Wait for the decision", links=[page_link(cls.draft)]),
                    step("Get the final plan"),
                    step("Appeal", "or"),
                    step("Review the plan every year"),
                ]
            ),
        )

    def test_guides_sit_under_home_or_information_pages_and_have_no_children(self):
        self.assertAllowedParentPageTypes(StepByStepPage, {HomePage, InformationPage})
        self.assertAllowedSubpageTypes(StepByStepPage, set())
        self.assertCanCreateAt(HomePage, StepByStepPage)
        self.assertCanCreateAt(InformationPage, StepByStepPage)
        self.assertPageIsRenderable(self.guide)

    def test_the_section_lists_the_guide_with_its_summary(self):
        response = self.client.get(self.section.url)
        self.assertContains(response, f'href="{self.guide.url}">Asking for an assessment</a>')
        self.assertContains(response, "How to get help, one step at a time.")

    def test_and_or_steps_take_no_number_of_their_own(self):
        steps = self.guide.numbered_steps()
        assert [(s["logic"], s["number"]) for s in steps] == [
            ("number", 1),
            ("and", 1),
            ("number", 2),
            ("number", 3),
            ("or", 3),
            ("number", 4),
        ]

    def test_page_shows_the_steps_in_order_with_numbers_or_words(self):
        response = self.client.get(self.guide.url)
        assert response.status_code == 200
        html = response.content.decode()
        titles = re.findall(r'<span class="lo-step-nav__title-text">(.*?)</span>', html)
        assert titles == [
            "Ask the council",
            "Get advice",
            "Wait for the decision",
            "Get the final plan",
            "Appeal",
            "Review the plan every year",
        ]
        assert circles(html) == [
            "Step 1: 1",
            "And, alongside step 1: and",
            "Step 2: 2",
            "Step 3: 3",
            "Or, instead of step 3: or",
            "Step 4: 4",
        ]
        # One h1, then the steps as h2s: no skipped heading levels.
        assert html.count("<h1") == 1
        assert html.count('<h2 class="lo-step-nav__title">') == 6
        assert '<ol class="lo-step-nav__steps">' in html
        self.assertContains(response, 'Last reviewed on <time datetime="2026-11-03">')

    def test_links_only_to_published_services_and_pages(self):
        response = self.client.get(self.guide.url)
        self.assertContains(
            response, '<a class="govuk-link" href="/services/sendiass-demo/">SENDIASS Demo</a>'
        )
        self.assertContains(response, "free and impartial")
        self.assertNotContains(response, "Withdrawn service")
        self.assertNotContains(response, "/services/withdrawn/")
        self.assertContains(response, f'href="{self.section.url}">About EHC plans</a>')
        self.assertNotContains(response, "A page still in draft")

    def test_editors_can_create_a_guide_in_the_admin(self):
        self.login()
        data = nested_form_data(
            {
                "title": "Getting help at school",
                "summary": "What happens when your child needs more help.",
                "last_reviewed": "2026-11-03",
                "steps": streamfield(
                    [
                        (
                            "step",
                            {
                                "title": "Talk to the school",
                                "logic": "number",
                                "text": rich_text("<p>Ask for the SENCo.</p>"),
                                "links": streamfield(
                                    [
                                        (
                                            "service",
                                            {"service": str(self.live_service.pk), "context": ""},
                                        ),
                                        (
                                            "external_link",
                                            {
                                                "url": "https://example.org/",
                                                "text": "Example",
                                                "context": "",
                                            },
                                        ),
                                    ]
                                ),
                            },
                        ),
                        (
                            "step",
                            {
                                "title": "Get advice",
                                "logic": "and",
                                "text": rich_text("<p>Call SENDIASS.</p>"),
                                "links": streamfield([]),
                            },
                        ),
                    ]
                ),
                "body": streamfield([]),
            }
        )
        self.assertCanCreate(self.section, StepByStepPage, data)
        created = StepByStepPage.objects.get(slug="getting-help-at-school")
        assert [s["logic"] for s in created.numbered_steps()] == ["number", "and"]
        assert created.numbered_steps()[0]["links"][0]["url"] == "/services/sendiass-demo/"


def test_the_first_step_cannot_be_and_or_or():
    block = StepsBlock()
    for logic in ("and", "or"):
        value = block.to_python([step("Get advice", logic), step("Ask the council")])
        with pytest.raises(ValidationError) as error:
            block.clean(value)
        assert "The first step must be a numbered step" in str(error.value.as_json_data())
    good = block.to_python([step("Ask the council"), step("Get advice", "or")])
    assert [child.value["logic"] for child in block.clean(good)] == ["number", "or"]


def test_a_leading_and_saved_before_validation_is_shown_as_step_1():
    steps = number_steps([{"logic": "or"}, {"logic": "and"}, {"logic": "number"}])
    assert [(s["logic"], s["number"]) for s in steps] == [
        ("number", 1),
        ("and", 1),
        ("number", 2),
    ]


def test_document_and_external_links_say_where_they_go(client, home, pdf_document):
    document = pdf_document("Request form", "request-form.pdf")
    guide = StepByStepPageFactory(
        parent=home,
        steps=json.dumps(
            [
                step(
                    "Fill in the form",
                    links=[
                        {"type": "document", "value": {"document": document.pk, "text": ""}},
                        {
                            "type": "external_link",
                            "value": {
                                "url": "https://www.gov.uk/appeal-ehc-plan-decision",
                                "text": "Appeal on GOV.UK",
                                "context": "within 2 months",
                            },
                        },
                    ],
                )
            ]
        ),
    )
    html = client.get(guide.url).content.decode()
    assert f'href="{document.url}">Request form</a>' in html
    assert "(PDF, 2.0\xa0KB)" in html
    assert 'href="https://www.gov.uk/appeal-ehc-plan-decision">Appeal on GOV.UK</a>' in html
    assert '<span class="lo-step-nav__context">within 2 months</span>' in html


@pytest.mark.django_db
def test_demo_loader_creates_the_three_guides_once_linked_to_live_services(client):
    call_command("load_demo_content")
    guides = StepByStepPage.objects.live()
    assert sorted(guides.values_list("slug", flat=True)) == sorted(g["slug"] for g in GUIDES)
    assert len(GUIDES) == 3
    assert not guides.filter(show_in_menus=True).exists()
    assert guides.get(slug="getting-extra-help-at-school").get_parent().slug == (
        "the-graduated-approach"
    )
    ids = set(guides.values_list("pk", flat=True))

    messages = []
    load_demo_content(messages.append, with_services=False)
    call_command("load_demo_content")
    assert messages == []
    assert set(StepByStepPage.objects.values_list("pk", flat=True)) == ids

    guide = guides.get(slug="asking-for-an-ehc-needs-assessment")
    html = client.get(guide.url).content.decode()
    assert 'href="/services/ehc-needs-assessment-staffordshire/"' in html
    assert circles(html)[:3] == ["Step 1: 1", "And, alongside step 1: and", "Step 2: 2"]
    # The graduated approach guide links on to this one.
    school = client.get(guides.get(slug="getting-extra-help-at-school").url).content.decode()
    assert f'href="{guide.url}">Asking for an EHC needs assessment</a>' in school


@pytest.mark.django_db
def test_demo_guides_leave_out_services_that_do_not_exist_yet(client):
    load_demo_content(with_services=False)
    assert StepByStepPage.objects.live().count() == len(GUIDES)
    for guide in StepByStepPage.objects.live():
        response = client.get(guide.url)
        assert response.status_code == 200
        assert 'href="/services/' not in main_content(response)
