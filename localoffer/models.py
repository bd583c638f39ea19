"""The site shell's pages and site-wide settings."""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, StepsBlock, number_steps


class HomePage(Page):
    """The front door: what the Local Offer is, a search box and editable sections."""

    introduction = models.TextField(
        blank=True,
        help_text="One or two sentences under the title saying who the Local Offer is for.",
    )
    search_heading = models.CharField(
        max_length=120,
        default="Search for services and support",
        help_text="The label of the search box, which searches the whole Local Offer: "
        "services, guides and information pages.",
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("search_heading"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "localoffer.InformationPage",
        "localoffer.StepByStepPage",
        "strategy.StrategyIndexPage",
        "strategy.CoProductionPromisePage",
        "feedback.YouSaidWeDidPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        from services.filters import AGE_BANDS
        from services.models import Category, Need

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().in_menu().specific()
        context["categories"] = Category.objects.all()
        # The broad areas of need: each also finds the needs under it.
        context["needs"] = Need.objects.filter(parent__isnull=True)
        context["age_bands"] = AGE_BANDS
        return context


class InformationPage(Page):
    """Any page of information a Local Offer must carry, built from shared blocks."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text="Shown under the title and in listings: one or two plain sentences.",
    )
    body = StreamField(BaseStreamBlock(), use_json_field=True)
    last_reviewed = models.DateField(
        default=timezone.localdate,
        help_text="When someone last checked this page is correct. Shown on the page.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["localoffer.HomePage", "localoffer.InformationPage"]
    subpage_types = ["localoffer.InformationPage", "localoffer.StepByStepPage"]

    class Meta:
        verbose_name = "information page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific()
        return context


class StepByStepPage(Page):
    """A task that takes several steps, such as getting an EHC plan, in the GOV.UK
    step-by-step navigation pattern: numbered steps, some done alongside ("and")
    or instead of ("or") the step before, each linking to services and pages.
    """

    summary = models.TextField(
        max_length=400,
        help_text="Shown under the title and in listings: who this guide is for and what it "
        "helps them do, in one or two plain sentences.",
    )
    steps = StreamField(
        StepsBlock(),
        use_json_field=True,
        help_text="In the order people do them. Keep each step short and link to the detail.",
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text="Optional: anything after the steps, such as where to get advice.",
    )
    last_reviewed = models.DateField(
        default=timezone.localdate,
        help_text="When someone last checked this guide is correct. Shown on the page.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("steps"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
        index.SearchField("steps"),
        index.SearchField("body"),
    ]

    parent_page_types = ["localoffer.HomePage", "localoffer.InformationPage"]
    subpage_types = []

    class Meta:
        verbose_name = "step-by-step guide"
        verbose_name_plural = "step-by-step guides"

    def numbered_steps(self, request=None) -> list[dict]:
        """The steps as the template shows them: number or "and"/"or", and only
        the links that lead somewhere public (published services and pages).
        """
        steps = []
        for item in number_steps([child.value for child in self.steps]):
            step = item["step"]
            links = []
            for link in step["links"] or []:
                target = link.block.get_link(link.value, request=request)
                if target is not None:
                    links.append({**target, "context": link.value.get("context", "")})
            steps.append({**item, "title": step["title"], "text": step["text"], "links": links})
        return steps

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.numbered_steps(request)
        return context


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """Where the footer points, and how to reach the team. (The beta banner's
    feedback link always leads to the feedback form.)"""

    select_related = [
        "accessibility_page",
        "cookies_page",
        "privacy_page",
        "contact_page",
        "open_data_page",
    ]

    contact_email = models.EmailField(default="localoffer@example.org")
    accessibility_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cookies_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    open_data_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Explains the open data feed of the directory (/api/oruk/).",
    )

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_page"),
                FieldPanel("cookies_page"),
                FieldPanel("privacy_page"),
                FieldPanel("contact_page"),
                FieldPanel("open_data_page"),
            ],
            heading="Footer links",
        ),
    ]

    class Meta:
        verbose_name = "site settings"
