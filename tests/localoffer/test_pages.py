import datetime
import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from feedback.models import YouSaidWeDidPage
from localoffer.blocks import CallToActionBlock
from localoffer.models import HomePage, InformationPage, StepByStepPage
from strategy.models import CoProductionPromisePage, StrategyIndexPage
from tests.factories import InformationPageFactory, home_as_site_root

EVERY_BLOCK = [
    {"type": "heading", "value": {"text": "Who can ask", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Parents can ask <b>directly</b>.</p><ul><li>One</li></ul>"},
    {"type": "inset_text", "value": {"text": "<p>It can take up to 20 weeks.</p>"}},
    {"type": "warning_text", "value": {"text": "You must appeal within 2 months."}},
    {
        "type": "details",
        "value": {"summary": "What if we disagree?", "content": "<p>Mediation.</p>"},
    },
    {
        "type": "call_to_action",
        "value": {
            "heading": "Ask for help",
            "text": "Start here.",
            "link_label": "Contact us",
            "page": None,
            "url": "https://example.org/start",
        },
    },
]


class PageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_as_site_root()
        cls.section = InformationPageFactory(
            parent=cls.home,
            title="What is the Local Offer",
            body=json.dumps(EVERY_BLOCK),
            last_reviewed=datetime.date(2026, 11, 3),
        )
        cls.child = InformationPageFactory(parent=cls.section, title="The graduated approach")

    def test_home_page_sits_at_the_root_and_holds_the_main_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                InformationPage,
                StepByStepPage,
                StrategyIndexPage,
                CoProductionPromisePage,
                YouSaidWeDidPage,
            },
        )

    def test_information_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(InformationPage, {HomePage, InformationPage})
        self.assertAllowedSubpageTypes(InformationPage, {InformationPage, StepByStepPage})

    def test_only_one_home_page(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_every_page_type_renders(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.section)
        self.assertPageIsRenderable(self.child)

    def test_home_page_searches_the_whole_local_offer_by_get(self):
        response = self.client.get(self.home.url)
        self.assertContains(
            response, '<form action="/search/" method="get" role="search" class="lo-block">'
        )
        self.assertContains(response, 'name="q"')
        # The home page lists main sections, but has no breadcrumbs.
        self.assertNotContains(response, "govuk-breadcrumbs")

    def test_information_page_shows_every_block_and_when_it_was_reviewed(self):
        response = self.client.get(self.section.url)
        self.assertContains(
            response, '<h2 class="govuk-heading-l" id="who-can-ask">Who can ask</h2>'
        )
        self.assertContains(response, "<b>directly</b>")
        self.assertContains(response, 'class="govuk-inset-text')
        self.assertContains(response, '<span class="govuk-visually-hidden">Warning</span>')
        self.assertContains(response, '<details class="govuk-details">')
        self.assertContains(response, 'href="https://example.org/start"')
        self.assertContains(
            response, 'Last reviewed on <time datetime="2026-11-03">3 November 2026'
        )
        # Children are listed as the section's contents.
        self.assertContains(response, "In this section")
        self.assertContains(response, "The graduated approach")

    def test_inner_pages_have_breadcrumbs_back_to_home(self):
        response = self.client.get(self.child.url)
        crumbs = response.content.decode().split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
        self.assertIn(
            f'<a class="govuk-breadcrumbs__link" href="{self.home.url}">Home</a>', crumbs
        )
        self.assertIn("What is the Local Offer", crumbs)
        self.assertNotIn("The graduated approach", crumbs)

    def test_menu_pages_appear_in_the_main_navigation_marked_current(self):
        Page.objects.filter(pk=self.section.pk).update(show_in_menus=True)
        response = self.client.get(self.child.url)
        self.assertContains(response, 'aria-current="page"')
        nav = response.content.decode().split('aria-label="Main"')[1].split("</nav>")[0]
        self.assertIn("What is the Local Offer", nav)

    def test_shell_is_accessible_by_construction(self):
        html = self.client.get(self.section.url).content.decode()
        self.assertIn('<html lang="en-GB"', html)
        self.assertIn('<a href="#main-content" class="govuk-skip-link"', html)
        self.assertEqual(html.count("<main"), 1)
        self.assertIn('id="main-content"', html)
        self.assertIn("govuk-phase-banner", html)
        self.assertNotIn("GDS Transport", html)
        for partner in (
            "Staffordshire County Council",
            "Stoke-on-Trent City Council",
            "Staffordshire and Stoke-on-Trent Integrated Care Board",
        ):
            self.assertIn(partner, html)

    def test_no_asset_is_loaded_from_another_host(self):
        html = self.client.get(self.section.url).content.decode()
        for marker in ('src="http', "src='http", 'href="//', 'src="//'):
            self.assertNotIn(marker, html)
        for line in html.splitlines():
            if "<link" in line and 'rel="stylesheet"' in line:
                self.assertIn('href="/static/', line)


def test_a_call_to_action_needs_somewhere_to_go():
    block = CallToActionBlock()
    value = block.to_python({"link_label": "Start", "page": None, "url": ""})
    with pytest.raises(ValidationError):
        block.clean(value)
    good = block.to_python({"link_label": "Start", "page": None, "url": "https://example.org/"})
    assert block.clean(good)["url"] == "https://example.org/"


def test_document_links_say_what_people_will_download(client, home, pdf_document):
    document = pdf_document("SEND strategy 2021 to 2026", "send-strategy.pdf")
    page = InformationPageFactory(
        parent=home,
        body=json.dumps(
            [
                {
                    "type": "document_links",
                    "value": {"heading": "Read the strategy", "documents": [document.pk]},
                }
            ]
        ),
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert '<h2 class="govuk-heading-m">Read the strategy</h2>' in html
    assert f'href="{document.url}">SEND strategy 2021 to 2026</a>' in html
    assert "(PDF, 2.0\xa0KB)" in html
