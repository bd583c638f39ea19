import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from localoffer.models import HomePage
from strategy.models import (
    CoProductionPromisePage,
    PriorityPage,
    StrategyIndexPage,
    StrategyPage,
)
from tests.factories import (
    CoProductionPromisePageFactory,
    PriorityPageFactory,
    StrategyIndexPageFactory,
    StrategyPageFactory,
    home_as_site_root,
)


class StrategyPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_as_site_root()
        cls.index = StrategyIndexPageFactory(parent=cls.home, slug="send-strategies")
        cls.city = StrategyPageFactory(
            parent=cls.index, title="Stoke-on-Trent joint SEND strategy", start_year=2024
        )
        cls.county = StrategyPageFactory(
            parent=cls.index,
            title="Staffordshire SEND strategy 2021 to 2026",
            partners=["staffordshire-county-council", "staffordshire-and-stoke-on-trent-icb"],
            start_year=2021,
            end_year=2026,
        )
        # Created out of order: pages must list them by number.
        cls.third = PriorityPageFactory(parent=cls.city, number=3, title="High aspirations")
        cls.first = PriorityPageFactory(
            parent=cls.city, number=1, title="Nothing for us without us"
        )
        cls.second = PriorityPageFactory(parent=cls.city, number=2, title="Part of the community")
        cls.county_priority = PriorityPageFactory(
            parent=cls.county, number=1, title="We communicate well with each other"
        )
        cls.promise = CoProductionPromisePageFactory(parent=cls.home)

    def test_page_rules(self):
        self.assertAllowedParentPageTypes(StrategyIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StrategyIndexPage, {StrategyPage})
        self.assertAllowedParentPageTypes(StrategyPage, {StrategyIndexPage})
        self.assertAllowedSubpageTypes(StrategyPage, {PriorityPage})
        self.assertAllowedParentPageTypes(PriorityPage, {StrategyPage})
        self.assertAllowedSubpageTypes(PriorityPage, set())
        self.assertAllowedParentPageTypes(CoProductionPromisePage, {HomePage})
        self.assertAllowedSubpageTypes(CoProductionPromisePage, set())
        self.assertFalse(StrategyIndexPage.can_create_at(self.home))
        self.assertFalse(CoProductionPromisePage.can_create_at(self.home))

    def test_every_page_type_renders(self):
        for page in (self.index, self.city, self.first, self.promise):
            self.assertPageIsRenderable(page)

    def test_priorities_appear_in_order_on_their_strategy(self):
        html = self.client.get(self.city.url).content.decode()
        positions = [html.index(p.title) for p in (self.first, self.second, self.third)]
        self.assertEqual(positions, sorted(positions))
        self.assertNotIn(self.county_priority.title, html)

    def test_the_index_shows_both_strategies_with_partners_period_and_priorities(self):
        response = self.client.get(self.index.url)
        html = response.content.decode()
        for text in (
            self.city.title,
            self.county.title,
            "From 2024",
            "2021 to 2026",
            "Stoke-on-Trent City Council",
            "Staffordshire County Council",
            "Staffordshire and Stoke-on-Trent Integrated Care Board (NHS)",
            self.county_priority.title,
        ):
            self.assertIn(text, html)
        city_section = html.split(f'id="strategy-{self.city.pk}"')[1].split("</section>")[0]
        order = [city_section.index(p.title) for p in (self.first, self.second, self.third)]
        self.assertEqual(order, sorted(order))

    def test_a_draft_priority_is_not_listed(self):
        self.second.unpublish()
        self.assertNotContains(self.client.get(self.city.url), "Part of the community")
        self.assertNotContains(self.client.get(self.index.url), "Part of the community")
        self.assertEqual(self.client.get(self.second.url).status_code, 404)

    def test_priority_page_says_where_it_sits_and_links_to_its_neighbours(self):
        response = self.client.get(self.second.url)
        self.assertContains(response, "Priority 2 of 3: Stoke-on-Trent joint SEND strategy")
        self.assertContains(response, f'href="{self.first.url}" rel="prev"')
        self.assertContains(response, f'href="{self.third.url}" rel="next"')
        self.assertContains(response, "What we will do")
        self.assertContains(response, "How we will know it is working")

    def test_example_text_is_flagged_to_readers(self):
        self.assertNotContains(self.client.get(self.first.url), "Example content")
        PriorityPage.objects.filter(pk=self.first.pk).update(has_example_content=True)
        self.assertContains(self.client.get(self.first.url), "Example content")

    def test_a_strategy_cannot_end_before_it_starts(self):
        with self.assertRaises(IntegrityError), transaction.atomic():
            StrategyPage.objects.filter(pk=self.county.pk).update(end_year=2019)

    def test_two_priorities_in_one_strategy_cannot_share_a_number(self):
        self.client.force_login(self._superuser())
        url = reverse("wagtailadmin_pages:add", args=("strategy", "prioritypage", self.city.pk))
        data = nested_form_data(
            {
                "title": "Another first",
                "slug": "another-first",
                "number": 1,
                "commitment": "We will do more.",
                "what_we_will_do": streamfield([]),
                "how_we_will_know": streamfield([]),
            }
        )
        response = self.client.post(url, data)
        self.assertContains(response, "Priority 1 in this strategy is already")
        self.assertFalse(PriorityPage.objects.filter(slug="another-first").exists())

    def test_admin_search_finds_strategy_and_priority_pages_by_their_words(self):
        PriorityPage.objects.filter(pk=self.third.pk).update(
            commitment="We will champion independence and employment."
        )
        call_command("update_index", stdout=StringIO())
        self.client.force_login(self._superuser())
        search = reverse("wagtailadmin_pages:search")
        html = self.client.get(search, {"q": "employment"}).content.decode()
        assert "High aspirations" in html, "priority not found by its commitment"
        html = self.client.get(search, {"q": "best they can be"}).content.decode()
        assert "Stoke-on-Trent joint SEND strategy" in html, "strategy not found by its vision"

    @staticmethod
    def _superuser():
        from django.contrib.auth import get_user_model

        return get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")


@pytest.mark.django_db
def test_strategy_partners_are_checked(home):
    index = StrategyIndexPageFactory(parent=home)
    page = StrategyPageFactory.build(partners=["a-made-up-council"])
    with pytest.raises(Exception, match="Unknown partner"):
        index.add_child(instance=page)


@pytest.mark.django_db
def test_strategy_period_and_partners_read_naturally():
    assert StrategyPage(start_year=2021, end_year=2026).period == "2021 to 2026"
    assert StrategyPage(start_year=2024, end_year=None).period == "From 2024"
    assert json.dumps(StrategyPage(partners=["stoke-on-trent-city-council"]).partner_names) == (
        '["Stoke-on-Trent City Council"]'
    )
