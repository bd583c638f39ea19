"""Publishing "You said, we did": only published responses, honest counts,
filters that never fail silently, and the yearly report regulation 56 asks for."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from feedback.models import Comment, Theme, ThemeResponse, YouSaidWeDidPage
from feedback.selectors import theme_response_list
from localoffer.models import HomePage, InformationPage
from services.models import ResponsibleBody
from tests.factories import (
    CommentFactory,
    InformationPageFactory,
    ThemeFactory,
    ThemeResponseFactory,
    YouSaidWeDidPageFactory,
    home_as_site_root,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
COUNTY = "staffordshire-county-council"
CITY = "stoke-on-trent-city-council"
ICB = "staffordshire-and-stoke-on-trent-icb"


def at(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime.datetime:
    """A time on the local clock, as a visitor sending a comment would see it."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


def words_of(html: str) -> str:
    """Words one space apart, without markup."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def text(response) -> str:
    return words_of(response.content.decode())


def cards(response) -> list[str]:
    """The words of each response on the page, in order."""
    html = response.content.decode()
    return [
        words_of(card)
        for card in re.findall(r'<section class="govuk-summary-card.*?</section>', html, re.S)
    ]


@pytest.fixture
def page(home):
    return YouSaidWeDidPageFactory(parent=home)


# ---------------------------------------------------------------------- the page


def test_a_response_shows_everything_a_reader_needs(client, page):
    theme = ThemeFactory(name="Transport to school or college")
    ThemeResponseFactory(
        theme=theme,
        title="Finding out about transport to school",
        status="in-progress",
        you_said="Families could not find when to apply for transport.",
        we_did="<p>We put the dates on one page.</p>",
        action="<p>We will add a guide for travel after 16.</p>",
        partners=[COUNTY, ICB],
    )
    for comment in CommentFactory.create_batch(2, created_at=at(2025, 3, 1)):
        comment.themes.add(theme)

    response = client.get(page.url)

    assert response.status_code == 200
    assert "1 response" in text(response)
    [words] = cards(response)
    for expected in (
        "Finding out about transport to school",
        "Status: In progress",
        "Theme Transport to school or college",
        "1 January 2025 to 31 December 2025",
        "2 comments",
        "You said Families could not find when to apply for transport.",
        "We did We put the dates on one page.",
        "What will happen next We will add a guide for travel after 16.",
        "Staffordshire County Council",
        "Staffordshire and Stoke-on-Trent Integrated Care Board",
    ):
        assert expected in words, expected
    assert "Stoke-on-Trent City Council" not in words


def test_only_published_responses_and_only_their_published_text_appear(client, page):
    ThemeResponseFactory(title="A draft response", you_said="Draft words.", live=False)
    live = ThemeResponseFactory(title="A published response", you_said="Published words.")
    live.save_revision().publish()
    live.you_said = "An unpublished change."
    live.title = "An unpublished title"
    live.save_revision()  # saved for review, not published

    for url in (page.url, page.url + "2025/"):
        words = text(client.get(url))
        assert "A published response" in words and "Published words." in words
        for hidden in ("A draft response", "Draft words.", "unpublished"):
            assert hidden not in words, (url, hidden)


def test_the_comment_count_is_the_themes_publishable_comments_in_the_period(
    client, page, django_assert_num_queries
):
    theme, other = ThemeFactory(), ThemeFactory()
    ThemeResponseFactory(
        theme=theme, period_start=datetime.date(2025, 1, 1), period_end=datetime.date(2025, 6, 30)
    )
    counted = [
        CommentFactory(created_at=at(2025, 1, 1, 0, 5), status="new"),
        CommentFactory(created_at=at(2025, 3, 1), status="responded"),
        # Late on the last day, local time (22:30 UTC): still inside the period.
        CommentFactory(created_at=at(2025, 6, 30, 23, 30), status="in-review"),
    ]
    both = CommentFactory(created_at=at(2025, 2, 1))
    both.themes.add(theme, other)
    not_counted = [
        CommentFactory(created_at=at(2025, 3, 2), status="vexatious"),
        CommentFactory(created_at=at(2025, 3, 3), status="individual-case"),
        CommentFactory(created_at=at(2024, 12, 31, 23, 59)),
        # Just after midnight on 1 July local time, though still 30 June in UTC.
        CommentFactory(created_at=at(2025, 7, 1, 0, 30)),
    ]
    for comment in counted + not_counted:
        comment.themes.add(theme)
    CommentFactory(created_at=at(2025, 3, 1)).themes.add(other)
    CommentFactory(created_at=at(2025, 3, 1))  # no theme at all

    assert "4 comments" in text(client.get(page.url))
    # The list costs the same few queries however many responses it has.
    ThemeResponseFactory.create_batch(3, theme=other)
    with django_assert_num_queries(2):
        counts = {r.theme_id: r.comment_count for r in theme_response_list()}
    assert counts == {theme.pk: 4, other.pk: 2}


def test_an_empty_page_says_what_will_be_published_and_how_to_comment(client, page):
    ThemeResponseFactory(live=False)
    response = client.get(page.url)
    assert response.status_code == 200
    words = text(response)
    assert "Nothing published yet" in words
    assert "At least once a year we publish" in words
    assert "Filter responses" not in words


# ---------------------------------------------------------------------- filters


def titles(response) -> list[str]:
    return re.findall(
        r'class="govuk-summary-card__title"[^>]*>([^<]+)<', response.content.decode()
    )


def test_the_partner_filter_keeps_responses_from_any_chosen_partner(client, page):
    ThemeResponseFactory(title="County only", partners=[COUNTY])
    ThemeResponseFactory(title="ICB only", partners=[ICB])
    ThemeResponseFactory(title="County and city", partners=[COUNTY, CITY])

    response = client.get(page.url, {"partner": ICB})
    assert titles(response) == ["ICB only"]
    assert f'value="{ICB}" checked' in response.content.decode()
    assert "1 response found" in text(response)

    both = client.get(page.url, {"partner": [ICB, CITY]})
    assert sorted(titles(both)) == ["County and city", "ICB only"]

    assert len(titles(client.get(page.url))) == 3


def test_the_year_filter_offers_only_years_with_published_responses(client, page):
    ThemeResponseFactory(
        title="From 2024",
        period_start=datetime.date(2023, 9, 1),
        period_end=datetime.date(2024, 8, 31),
    )
    ThemeResponseFactory(title="From 2025")
    ThemeResponseFactory(
        title="A 2026 draft",
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 6, 30),
        live=False,
    )

    response = client.get(page.url, {"year": "2024"})
    assert titles(response) == ["From 2024"]
    html = response.content.decode()
    assert re.findall(r'<option value="(\d*)"', html) == ["", "2025", "2024"]
    assert '<option value="2024" selected>' in html
    # Each year's report is linked from the page.
    assert 'href="/you-said-we-did/2025/"' in html and 'href="/you-said-we-did/2024/"' in html
    assert "/you-said-we-did/2026/" not in html

    combined = client.get(page.url, {"year": "2025", "partner": ICB})
    assert titles(combined) == []
    assert "No responses match these filters" in text(combined)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"partner": "nobody"}, "“nobody” is not one of the partners. Choose from the list."),
        ({"year": "2019"}, "Choose a year from the list."),
        ({"year": "next year"}, "Choose a year from the list."),
        ({"year": "2025", "partner": ["x" * 500]}, "is not one of the partners"),
    ],
)
def test_an_invalid_filter_explains_itself_with_a_400_and_lists_nothing(
    client, page, query, message
):
    ThemeResponseFactory(title="Published in 2025")
    response = client.get(page.url, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Error: You said, we did" in html
    assert 'class="govuk-error-summary"' in html and "There is a problem" in html
    assert message in text(response)
    assert titles(response) == []


# ---------------------------------------------------------------------- the yearly report


def test_the_yearly_report_gives_the_years_totals_and_its_responses_by_status(client, page):
    transport, phones = ThemeFactory(name="Transport"), ThemeFactory(name="Phones")
    ThemeResponseFactory(theme=transport, title="Transport, done", status="done")
    ThemeResponseFactory(theme=phones, title="Phones, planned", status="planned")
    ThemeResponseFactory(theme=phones, title="Phones, done", status="done", partners=[CITY])
    ThemeResponseFactory(
        title="Last year",
        period_start=datetime.date(2024, 1, 1),
        period_end=datetime.date(2024, 12, 31),
    )
    ThemeResponseFactory(title="A draft for 2025", live=False)
    CommentFactory.create_batch(3, created_at=at(2025, 5, 1))
    CommentFactory(created_at=at(2025, 5, 1), status="vexatious")
    CommentFactory(created_at=at(2024, 12, 31, 23, 59))
    CommentFactory(created_at=at(2026, 1, 1, 0, 1))

    response = client.get(page.url + "2025/")

    assert response.status_code == 200
    words = text(response)
    assert "2025 report" in words
    assert "told us about the Local Offer in 2025" in words
    assert "Comments received 3 from 1 January to 31 December 2025" in words
    assert "Themes we responded to 2" in words
    assert "Actions done 2 of 3" in words
    assert "Actions in progress 0 of 3" in words
    assert "Actions planned 1 of 3" in words
    # Done before planned; nothing from another year, nothing unpublished.
    assert titles(response) == ["Phones, done", "Transport, done", "Phones, planned"]
    assert words.index("Done Phones, done") < words.index("Planned Phones, planned")
    assert "In progress Transport" not in words
    # Printable: a print button for JavaScript, the print style sheet for everyone.
    assert 'data-module="lo-print"' in response.content.decode()
    assert 'href="/you-said-we-did/"' in response.content.decode()  # breadcrumb back


@pytest.mark.parametrize("year", ["2023", "2026", "0000", "20250"])
def test_a_year_with_nothing_published_is_not_found(client, page, year):
    ThemeResponseFactory()  # 2025
    ThemeResponseFactory(
        period_start=datetime.date(2026, 1, 1), period_end=datetime.date(2026, 3, 31), live=False
    )
    assert client.get(f"{page.url}{year}/").status_code == 404


def test_the_sitemap_lists_each_yearly_report(client, page):
    ThemeResponseFactory()
    xml = client.get("/sitemap.xml").content.decode()
    assert "/you-said-we-did/</loc>" in xml and "/you-said-we-did/2025/</loc>" in xml


# ---------------------------------------------------------------------- the model and admin


def test_a_period_cannot_end_before_it_starts():
    response = ThemeResponseFactory.build(
        theme=ThemeFactory(),
        period_start=datetime.date(2025, 6, 1),
        period_end=datetime.date(2025, 5, 31),
    )
    with pytest.raises(ValidationError) as error:
        response.clean()
    assert "cannot be before its start" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        response.save()


def test_a_theme_with_a_response_cannot_be_deleted():
    response = ThemeResponseFactory()
    with pytest.raises(Exception, match="protected"), transaction.atomic():
        response.theme.delete()


def admin_form_data(theme, action: str) -> dict:
    data = nested_form_data(
        {
            "title": "Short breaks in the holidays",
            "theme": str(theme.pk),
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "you_said": "Families could not find holiday activities near them.",
            "we_did": rich_text("<p>We listed them in the directory.</p>"),
            "action": rich_text("<p>We will add each holiday's activities.</p>"),
            "status": "in-progress",
            action: "1",
        }
    )
    data["partners"] = [str(ResponsibleBody.objects.get(slug=CITY).pk)]
    return data


def test_an_editor_in_the_admin_saves_a_draft_then_publishes_it(client, page):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    theme = ThemeFactory()

    add = reverse("wagtailsnippets_feedback_themeresponse:add")
    assert client.post(add, admin_form_data(theme, "action-draft")).status_code == 302
    saved = ThemeResponse.objects.get()
    assert not saved.live
    assert "Short breaks in the holidays" not in text(client.get(page.url))

    edit = reverse("wagtailsnippets_feedback_themeresponse:edit", args=(saved.pk,))
    assert client.post(edit, admin_form_data(theme, "action-publish")).status_code == 302
    saved.refresh_from_db()
    assert saved.live
    assert list(saved.partners.values_list("slug", flat=True)) == [CITY]
    words = text(client.get(page.url))
    assert "Short breaks in the holidays" in words and "Stoke-on-Trent City Council" in words

    listing = client.get(reverse("wagtailsnippets_feedback_themeresponse:list"))
    assert "Short breaks in the holidays" in listing.content.decode()


def test_the_admin_refuses_a_period_that_ends_before_it_starts(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    data = admin_form_data(ThemeFactory(), "action-publish")
    data["period_end"] = "2024-12-31"
    response = client.post(reverse("wagtailsnippets_feedback_themeresponse:add"), data)
    assert response.status_code == 200
    assert "The end of the period cannot be before its start." in response.content.decode()
    assert not ThemeResponse.objects.exists()


def test_the_preview_shows_the_response_with_its_count(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    theme = ThemeFactory()
    CommentFactory(created_at=at(2025, 4, 1)).themes.add(theme)
    url = reverse("wagtailsnippets_feedback_themeresponse:preview_on_add")
    data = admin_form_data(theme, "unused")
    assert client.post(url, data).json()["is_valid"]
    words = text(client.get(url))
    assert "Short breaks in the holidays" in words and "1 comment" in words


# ---------------------------------------------------------------------- page rules


class YouSaidWeDidPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_as_site_root()
        cls.info = InformationPageFactory(parent=cls.home)

    def test_it_lives_once_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(YouSaidWeDidPage, {HomePage})
        self.assertAllowedSubpageTypes(YouSaidWeDidPage, set())
        self.assertCanCreateAt(HomePage, YouSaidWeDidPage)
        self.assertCanNotCreateAt(InformationPage, YouSaidWeDidPage)

        self.login()
        self.assertCanCreate(
            self.home,
            YouSaidWeDidPage,
            nested_form_data(
                {
                    "title": "You said, we did",
                    "slug": "you-said-we-did",
                    "introduction": rich_text("<p>What you told us.</p>"),
                }
            ),
        )
        self.assertFalse(YouSaidWeDidPage.can_create_at(self.home))

    def test_it_and_its_yearly_report_render(self):
        page = YouSaidWeDidPageFactory(parent=self.home, has_example_content=True)
        ThemeResponseFactory()
        self.assertPageIsRenderable(page)
        self.assertPageIsRoutable(page, "2025/")
        self.assertPageIsRenderable(page, "2025/")
        self.assertContains(self.client.get(page.url), "Example content")
        self.assertContains(self.client.get(page.url + "2025/"), "Example content")


# ---------------------------------------------------------------------- demo content


def test_the_demo_is_marked_as_example_and_loading_it_again_changes_nothing(client):
    def counts():
        return (Theme.objects.count(), Comment.objects.count(), ThemeResponse.objects.count())

    call_command("load_demo_content")
    first = counts()
    call_command("load_demo_content")
    assert counts() == first == (5, 27, 5)
    assert not Comment.objects.exclude(email="").exists()

    page = YouSaidWeDidPage.objects.get()
    assert page.has_example_content and page.live
    words = text(client.get(page.url))
    assert "Example content" in words and "5 responses" in words
    assert "Comments received 18 from 1 January to 31 December 2025" in text(
        client.get(page.url + "2025/")
    )
