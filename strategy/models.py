"""SEND strategies, their priorities and the co-production promise, as Wagtail pages."""

import logging
from collections import defaultdict

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from localoffer import ratelimit
from localoffer.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from localoffer.fields import example_content_field
from localoffer.forms import use_govuk_error_messages

from .blocks import CommitmentsBlock, CoProductionFactsBlock

logger = logging.getLogger(__name__)

# The partners who agree strategies. Slugs match the directory's responsible bodies.
PARTNER_CHOICES = [
    ("staffordshire-county-council", "Staffordshire County Council"),
    ("stoke-on-trent-city-council", "Stoke-on-Trent City Council"),
    (
        "staffordshire-and-stoke-on-trent-icb",
        "Staffordshire and Stoke-on-Trent Integrated Care Board (NHS)",
    ),
]
PARTNER_NAMES = dict(PARTNER_CHOICES)

HONEYPOT_FIELD = "website"


# ---------------------------------------------------------------------- index


class StrategyIndexPage(Page):
    """'Our SEND strategies': every strategy with its partners, period and priorities."""

    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["localoffer.HomePage"]
    subpage_types = ["strategy.StrategyPage"]
    max_count = 1

    class Meta:
        verbose_name = "strategy index page"

    def strategies(self) -> list["StrategyPage"]:
        """Live strategies, newest first, each with ``priority_list`` (two queries in all)."""
        strategies = list(
            StrategyPage.objects.child_of(self).live().public().order_by("-start_year", "title")
        )
        by_parent = defaultdict(list)
        priorities = (
            PriorityPage.objects.descendant_of(self).live().public().order_by("number", "path")
        )
        for priority in priorities:
            by_parent[priority.path[: -Page.steplen]].append(priority)
        for strategy in strategies:
            strategy.priority_list = by_parent[strategy.path]
        return strategies

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["strategies"] = self.strategies()
        return context


# ---------------------------------------------------------------------- strategy


class StrategyPageForm(WagtailAdminPageForm):
    partners = forms.MultipleChoiceField(
        choices=PARTNER_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text="Who agreed this strategy and is responsible for it.",
    )


class StrategyPage(Page):
    """One SEND strategy: its vision, how it was made and its priorities in order."""

    partners = models.JSONField(default=list, blank=True)
    start_year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    end_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="Leave blank if the strategy does not say when it ends.",
    )
    vision = models.TextField(
        help_text="The vision in the strategy's words, without quotation marks."
    )
    vision_attribution = models.CharField(max_length=200, blank=True)
    summary = models.TextField(
        max_length=300, help_text="One or two plain sentences, shown on the strategies page."
    )
    body = StreamField(BaseStreamBlock(), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="full strategy document",
    )
    co_production = RichTextField(
        "how it was co-produced",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Who took part and how their views shaped the strategy.",
    )
    co_production_facts = StreamField(
        CoProductionFactsBlock(),
        blank=True,
        verbose_name="co-production in numbers",
    )
    has_example_content = example_content_field()

    base_form_class = StrategyPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("partners"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading="Period"),
        MultiFieldPanel(
            [FieldPanel("vision"), FieldPanel("vision_attribution")], heading="Vision"
        ),
        FieldPanel("body"),
        FieldPanel("document"),
        MultiFieldPanel(
            [FieldPanel("co_production"), FieldPanel("co_production_facts")],
            heading="How it was co-produced",
        ),
        FieldPanel("has_example_content"),
    ]
    # The admin's page search uses autocomplete, so the short fields are indexed for both.
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
        index.SearchField("vision"),
        index.AutocompleteField("vision"),
        index.SearchField("body"),
        index.SearchField("co_production"),
    ]

    parent_page_types = ["strategy.StrategyIndexPage"]
    subpage_types = ["strategy.PriorityPage"]

    class Meta:
        verbose_name = "strategy page"
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="strategy_ends_after_it_starts",
            )
        ]

    def clean(self):
        super().clean()
        if self.end_year is not None and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "The end year cannot be before the start year."})
        unknown = set(self.partners or []) - set(PARTNER_NAMES)
        if unknown:
            raise ValidationError({"partners": f"Unknown partner: {', '.join(sorted(unknown))}"})

    @property
    def partner_names(self) -> list[str]:
        return [PARTNER_NAMES[slug] for slug in self.partners if slug in PARTNER_NAMES]

    @property
    def period(self) -> str:
        if self.end_year:
            return f"{self.start_year} to {self.end_year}"
        return f"From {self.start_year}"

    def priorities(self):
        return PriorityPage.objects.child_of(self).live().public().order_by("number", "path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["priorities"] = self.priorities()
        return context


# ---------------------------------------------------------------------- priority


class PriorityPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("number")
        parent = getattr(self, "parent_page", None)
        if number and parent is not None:
            clash = (
                PriorityPage.objects.child_of(parent)
                .exclude(pk=self.instance.pk)
                .filter(number=number)
                .first()
            )
            if clash:
                self.add_error(
                    "number", f"Priority {number} in this strategy is already “{clash.title}”."
                )
        return cleaned_data


class PriorityPage(Page):
    """One numbered priority of a strategy: the commitment, the actions and the measures."""

    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text="Its number in the strategy. Priorities are listed in this order.",
    )
    commitment = models.TextField(
        max_length=500, help_text="The commitment in one sentence, in the strategy's words."
    )
    what_we_will_do = StreamField(BaseStreamBlock(), blank=True)
    how_we_will_know = StreamField(
        BaseStreamBlock(), blank=True, verbose_name="how we will know it is working"
    )
    has_example_content = example_content_field()

    base_form_class = PriorityPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("commitment"),
        FieldPanel("what_we_will_do"),
        FieldPanel("how_we_will_know"),
        FieldPanel("has_example_content"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("commitment"),
        index.AutocompleteField("commitment"),
        index.SearchField("what_we_will_do"),
        index.SearchField("how_we_will_know"),
        index.FilterField("number"),
    ]

    parent_page_types = ["strategy.StrategyPage"]
    subpage_types = []

    class Meta:
        verbose_name = "priority page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        strategy = self.get_parent().specific
        siblings = list(strategy.priorities())
        position = next((i for i, p in enumerate(siblings) if p.pk == self.pk), None)
        context["strategy"] = strategy
        context["priority_count"] = len(siblings)
        if position is not None:
            context["previous_priority"] = siblings[position - 1] if position > 0 else None
            context["next_priority"] = (
                siblings[position + 1] if position + 1 < len(siblings) else None
            )
        return context


# ---------------------------------------------------------------------- co-production promise


class PledgeFormField(AbstractFormField):
    page = ParentalKey(
        "CoProductionPromisePage", on_delete=models.CASCADE, related_name="form_fields"
    )


class PledgeFormBuilder(FormBuilder):
    """Form builder fields with bounds, so no answer is unlimited in size."""

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", 2000)
        return super().create_multiline_field(field, options)


class CoProductionPromisePage(RoutablePageMixin, AbstractEmailForm):
    """The locally agreed definition of co-production, its commitments and a pledge form."""

    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    definition = models.TextField(help_text="The agreed definition, without quotation marks.")
    definition_attribution = models.CharField(max_length=200, blank=True)
    commitments = StreamField(CommitmentsBlock(), blank=True, verbose_name="shared commitments")
    authors = models.TextField(
        "who wrote it", blank=True, help_text="Who co-produced the promise, in plain words."
    )
    pledge_intro = RichTextField(
        "pledge introduction",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Shown above the pledge form: what a pledge is and what happens to it.",
    )
    thank_you_text = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    has_example_content = example_content_field()

    form_builder = PledgeFormBuilder
    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("definition"), FieldPanel("definition_attribution")],
            heading="Definition of co-production",
        ),
        FieldPanel("commitments"),
        FieldPanel("authors"),
        FieldPanel("has_example_content"),
        MultiFieldPanel(
            [
                FieldPanel("pledge_intro"),
                InlinePanel("form_fields", label="Pledge form fields"),
                FieldPanel("thank_you_text"),
            ],
            heading="Pledge form",
        ),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
            heading="Email each pledge to the team (optional: leave blank to send nothing)",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("definition"),
        index.AutocompleteField("definition"),
        index.SearchField("commitments"),
    ]

    parent_page_types = ["localoffer.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "co-production promise page"

    def get_form_class(self):
        base = super().get_form_class()

        class PledgeForm(base):
            # A honeypot: hidden from people, filled in by bots.
            website = forms.CharField(required=False, max_length=200, label="Leave this blank")

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                use_govuk_error_messages(self)

            def clean(self):
                cleaned_data = super().clean()
                cleaned_data.pop(HONEYPOT_FIELD, None)
                return cleaned_data

        return PledgeForm

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The page and its pledge form (RoutablePageMixin would skip the form).

        A pledge follows the feedback forms' rules: a robot that fills the
        honeypot is thanked and nothing is stored, and one address may send
        ``FEEDBACK_RATE_LIMIT`` pledges an hour, counted by ``localoffer.ratelimit``
        once the form is valid; past that it is told when to try again (429)."""
        if request.method != "POST":
            return AbstractEmailForm.serve(self, request, *args, **kwargs)
        if request.POST.get(HONEYPOT_FIELD):
            # Bots get the same thank-you as people, and nothing is stored.
            return HttpResponseRedirect(self.url + self.reverse_subpage("thank_you"))
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            return self.render_form(request, form)
        wait = ratelimit.refuse_if_too_many(
            request,
            form,
            scope="pledge",
            limit=settings.FEEDBACK_RATE_LIMIT,
            what="a lot of pledges",
        )
        if wait is not None:
            response = self.render_form(request, form, status=429)
            response["Retry-After"] = str(wait)
            return response
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def render_form(self, request, form, status: int = 200) -> TemplateResponse:
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        # Post/redirect/get: refreshing the thank-you page cannot pledge twice.
        return HttpResponseRedirect(self.url + self.reverse_subpage("thank_you"))

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        return TemplateResponse(
            request, self.get_landing_page_template(request), self.get_context(request)
        )

    def send_mail(self, form):
        """The pledge is stored before this runs; a mail failure must not lose it."""
        try:
            super().send_mail(form)
        except Exception:
            logger.exception("Could not email a co-production pledge; it is stored")
