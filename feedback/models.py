"""What people tell us about the Local Offer, and what editors do with it.

Regulation 56 of the SEND Regulations 2014 asks the council to seek comments on
its Local Offer and to publish them, anonymised, with its response at least once
a year. A ``Comment`` is one thing someone told us; editors give it a status,
themes and the partner responsible. ``PageVote`` answers "Is this page useful?".
``UnmetSearch`` counts searches that found nothing: words and filters only.

Nothing here identifies a person except ``Comment.email``, given only by someone
who wants a reply and cleared by ``purge_feedback_personal_data``.
"""

from collections import Counter

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from localoffer.fields import example_content_field


class Status(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in-review", "In review"
    RESPONDED = "responded", "Responded"
    VEXATIOUS = "vexatious", "Not for publication: vexatious"
    INDIVIDUAL_CASE = "individual-case", "Not for publication: about an individual's case"

    @classmethod
    def not_for_publication(cls) -> list[str]:
        return [cls.VEXATIOUS, cls.INDIVIDUAL_CASE]


class Kind(models.TextChoices):
    COMMENT = "comment", "Comment on the Local Offer"
    PAGE_PROBLEM = "page-problem", "Problem with a page"
    SERVICE_PROBLEM = "service-problem", "Problem with a service"


class Topic(models.TextChoices):
    """What a longer comment is about: the four things regulation 56 asks about."""

    CONTENT = "content", "What the Local Offer says"
    MISSING = "missing", "Something that is missing from the Local Offer"
    ACCESSIBILITY = "accessibility", "How easy the Local Offer is to find, use or understand"
    DEVELOPMENT = "development", "How the Local Offer was developed"


class Role(models.TextChoices):
    PARENT_CARER = "parent-carer", "Parent or carer"
    YOUNG_PERSON = "young-person", "Child or young person"
    PROFESSIONAL = "professional", "Professional"
    OTHER = "other", "Other"


class ProblemReason(models.TextChoices):
    """Why a service's entry is wrong."""

    OUT_OF_DATE = "out-of-date", "The information is out of date"
    CLOSED = "closed", "The service has closed"
    CONTACT_DETAILS = "contact-details", "The contact details are wrong"
    OTHER = "other", "Something else"


class Theme(models.Model):
    """A tag editors give comments, and the unit "You said, we did" reports on."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in web addresses.")
    description = models.TextField(
        blank=True, help_text="For editors: which comments belong under this theme."
    )

    panels = ["name", "slug", "description"]

    class Meta:
        ordering = ["name"]
        verbose_name = "theme"
        verbose_name_plural = "themes"

    def __str__(self) -> str:
        return self.name


class CommentQuerySet(models.QuerySet):
    def publishable(self) -> "CommentQuerySet":
        """Comments that count towards what we publish: not vexatious, not about
        one person's case."""
        return self.exclude(status__in=Status.not_for_publication())


class Comment(index.Indexed, models.Model):
    """One thing someone told us, from any of the public forms."""

    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)

    # Where it came from: the address they were on, and the page or service
    # behind it while that still exists.
    page_path = models.CharField(
        "address", max_length=500, blank=True, help_text="The page the comment was sent from."
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service = models.ForeignKey(
        "services.Service",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback_comments",
    )

    # What they told us.
    topic = models.CharField(max_length=20, choices=Topic.choices, blank=True)
    reason = models.CharField("problem", max_length=20, choices=ProblemReason.choices, blank=True)
    doing = models.TextField("what they were doing", blank=True)
    comment = models.TextField()
    role = models.CharField(max_length=20, choices=Role.choices, blank=True)
    email = models.EmailField(
        "email for a reply",
        blank=True,
        help_text="Given only to get a reply; removed automatically after the retention period.",
    )
    wants_reply = models.BooleanField(
        default=False, help_text="Stays true after the email address has been removed."
    )
    email_removed_at = models.DateTimeField(null=True, blank=True, editable=False)

    # What editors make of it.
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="comments")
    partner = models.ForeignKey(
        "services.ResponsibleBody",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The partner responsible for responding.",
    )
    notes = models.TextField("notes for editors", blank=True, help_text="Never published.")
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("comment"),
        index.SearchField("doing"),
        index.AutocompleteField("comment"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "comment"
        verbose_name_plural = "comments"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="")
                | models.Q(email_removed_at__isnull=False)
                | models.Q(wants_reply=False),
                name="feedback_comment_reply_has_email",
            ),
        ]

    def __str__(self) -> str:
        text = " ".join(self.comment.split())
        return text if len(text) <= 60 else text[:59] + "…"

    @property
    def source_label(self) -> str:
        if self.service_id:
            return self.service.name
        if self.page_id:
            return self.page.title
        return self.page_path


class PageVote(models.Model):
    """One answer to "Is this page useful?": the address, yes or no, and the day."""

    page_path = models.CharField("address", max_length=500)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    useful = models.BooleanField()
    created_on = models.DateField(default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = "page vote"
        verbose_name_plural = "page votes"

    def __str__(self) -> str:
        return f"{self.page_path}: {'useful' if self.useful else 'not useful'}"


class SearchSource(models.TextChoices):
    DIRECTORY = "directory", "Find services"
    PROFESSIONALS = "professionals", "Referral routes"
    SEARCH = "search", "Search the Local Offer"


class UnmetSearch(models.Model):
    """Searches that found nothing, counted per day by their words and filters.

    Nothing about the person is kept: no address, no session, no time of day.
    """

    source = models.CharField(max_length=20, choices=SearchSource.choices)
    words = models.CharField(max_length=200, blank=True)
    filters = models.CharField(
        max_length=500, blank=True, help_text="The filters used, as a query string."
    )
    day = models.DateField(default=timezone.localdate, db_index=True)
    count = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "search that found nothing"
        verbose_name_plural = "searches that found nothing"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "words", "filters", "day"], name="feedback_unmet_search_once"
            ),
        ]

    def __str__(self) -> str:
        return " ".join(part for part in (self.words, self.filters) if part) or "(nothing)"


# ---------------------------------------------------------------------------
# You said, we did (publishing)
#
# Regulation 56(3) asks for the comments to be published, anonymised, with the
# response and the action taken. Editors do not publish comments: for each theme
# and period they write a ``ThemeResponse`` from the comments behind it, and the
# ``YouSaidWeDidPage`` lists the published ones. Counts of comments are worked
# out from the comments themselves (``ThemeResponseQuerySet.with_comment_count``),
# so they cannot drift from the inbox. The page model reads through these
# querysets; ``feedback.selectors`` offers the same reads to views and the admin.
# ---------------------------------------------------------------------------

RESPONSE_TEXT_FEATURES = ["bold", "link", "document-link", "ol", "ul"]


class ActionStatus(models.TextChoices):
    """How far the partners have got with what they said they would do."""

    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in-progress", "In progress"
    DONE = "done", "Done"


def theme_comments_in_period() -> Coalesce:
    """How many publishable comments carry the outer response's theme and arrived
    in its period (inclusive, by the local date), as a correlated subquery."""
    counts = (
        Comment.themes.through.objects.filter(
            theme_id=OuterRef("theme_id"),
            comment__created_at__date__gte=OuterRef("period_start"),
            comment__created_at__date__lte=OuterRef("period_end"),
        )
        .exclude(comment__status__in=Status.not_for_publication())
        .order_by()
        .values("theme_id")
        .annotate(count=Count("comment_id"))
        .values("count")
    )
    return Coalesce(Subquery(counts, output_field=models.IntegerField()), 0)


class ThemeResponseQuerySet(models.QuerySet):
    def with_comment_count(self) -> "ThemeResponseQuerySet":
        return self.annotate(comment_count=theme_comments_in_period())

    def published(self, *, partners=None, year: int | None = None) -> "ThemeResponseQuerySet":
        """Live responses, newest period first, each with ``comment_count`` and
        ``partner_list``: two queries however many there are."""
        responses = self.filter(live=True)
        if partners:
            responses = responses.filter(partners__in=list(partners)).distinct()
        if year is not None:
            responses = responses.filter(period_end__year=year)
        return (
            responses.select_related("theme")
            .prefetch_related(Prefetch("partners", to_attr="partner_list"))
            .with_comment_count()
            .order_by("-period_end", "title", "pk")
        )

    def published_years(self) -> list[int]:
        """Years with at least one live response, newest first: the yearly reports."""
        return [day.year for day in self.filter(live=True).dates("period_end", "year", "DESC")]


class ThemeResponse(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One "You said, we did": what people told us about a theme in a period,
    the partners' response, and what will happen next.

    Only live responses are public; drafts and unpublished changes go through
    the same approval workflow as services.
    """

    theme = models.ForeignKey(
        Theme,
        on_delete=models.PROTECT,  # a published response must not lose its theme
        related_name="responses",
        help_text="The comments with this theme, received in the period, are counted.",
    )
    title = models.CharField(
        max_length=120,
        help_text=(
            "A short heading in plain words, such as “Finding out about transport to school”."
        ),
    )
    period_start = models.DateField(
        "comments received from", help_text="The first day of the period this response covers."
    )
    period_end = models.DateField(
        "comments received until",
        help_text="The last day of the period. The response is listed under this date's year.",
    )
    you_said = models.TextField(
        "you said",
        max_length=1500,
        help_text=(
            "A summary of what people told us, in your own words. Never copy a comment, and "
            "leave out anything that could identify a person, a child or a school."
        ),
    )
    we_did = RichTextField(
        "we did",
        features=RESPONSE_TEXT_FEATURES,
        help_text="What the partners did in response, and what changed as a result.",
    )
    action = RichTextField(
        "what will happen next",
        features=RESPONSE_TEXT_FEATURES,
        blank=True,
        help_text="What the partners will do next, and when.",
    )
    status = models.CharField(
        max_length=20,
        choices=ActionStatus.choices,
        default=ActionStatus.PLANNED,
        help_text="How far the action has got.",
    )
    partners = ParentalManyToManyField(
        "services.ResponsibleBody",
        related_name="theme_responses",
        help_text="The partners responding.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="theme_response")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="theme_response",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("theme"),
        FieldRowPanel(
            [FieldPanel("period_start"), FieldPanel("period_end")],
            heading="Period the comments were received in",
        ),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("you_said"),
                FieldPanel("we_did"),
                FieldPanel("action"),
                FieldPanel("status"),
            ],
            heading="You said, we did",
        ),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("you_said"),
        index.SearchField("we_did"),
        index.FilterField("status"),
        index.FilterField("live"),
    ]

    objects = ThemeResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-period_end", "title"]
        verbose_name = "theme response"
        verbose_name_plural = "theme responses"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_start__lte=models.F("period_end")),
                name="feedback_theme_response_period_in_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError(
                {"period_end": "The end of the period cannot be before its start."}
            )

    @property
    def revisions(self):
        return self._revisions

    @property
    def year(self) -> int:
        return self.period_end.year

    def get_preview_template(self, request: HttpRequest, mode_name: str) -> str:
        return "feedback/you_said_we_did_preview.html"

    def publishable_comment_count(self) -> int:
        """The count ``with_comment_count`` annotates, for this response alone
        (a preview is unsaved, so it cannot be annotated)."""
        if self.theme_id is None or not (self.period_start and self.period_end):
            return 0
        return (
            Comment.objects.publishable()
            .filter(
                themes=self.theme_id,
                created_at__date__gte=self.period_start,
                created_at__date__lte=self.period_end,
            )
            .count()
        )

    @staticmethod
    def year_totals(*, year: int, responses: list["ThemeResponse"]) -> dict:
        """The yearly report's figures. ``responses`` are that year's, already loaded."""
        statuses = Counter(response.status for response in responses)
        return {
            "comments": Comment.objects.publishable().filter(created_at__year=year).count(),
            "themes": len({response.theme_id for response in responses}),
            "responses": len(responses),
            "by_status": [
                (status, statuses[status])
                for status in (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED)
            ],
        }

    def get_preview_context(self, request: HttpRequest, mode_name: str) -> dict:
        # A preview is built from the form, unsaved: its partners are in memory.
        self.comment_count = self.publishable_comment_count()
        self.partner_list = list(self.partners.all())
        return {"response": self, "is_preview": True}


class YouSaidWeDidPage(RoutablePageMixin, Page):
    """The published responses, filtered by partner and year, and a yearly
    report at ``<page>/<year>/`` for regulation 56's annual publication."""

    introduction = RichTextField(features=RESPONSE_TEXT_FEATURES, blank=True)
    has_example_content = example_content_field(
        "Tick while the responses are example text for editors to replace. "
        "The page then tells readers so."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("has_example_content"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("published_responses_text"),
    ]

    parent_page_types = ["localoffer.HomePage"]
    subpage_types = []
    max_count = 1
    template = "feedback/you_said_we_did_page.html"
    year_template = "feedback/you_said_we_did_year.html"

    class Meta:
        verbose_name = "“You said, we did” page"

    def published_responses_text(self) -> str:
        """What the live responses say, so a search finds the page by them."""
        return " ".join(
            part
            for response in ThemeResponse.objects.filter(live=True).only(
                "title", "you_said", "we_did"
            )
            for part in (response.title, response.you_said, strip_tags(response.we_did))
        )

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        """The filtered list. Invalid filters show what is wrong, with a 400."""
        from .filters import ThemeResponseFilterForm

        years = ThemeResponse.objects.published_years()
        form = ThemeResponseFilterForm(request.GET, years=years)
        valid = form.is_valid()
        context = self.get_context(request)
        context.update(
            form=form,
            years=years,
            responses=(
                ThemeResponse.objects.published(**form.selector_arguments()) if valid else []
            ),
            filters_in_use=valid and form.in_use(),
        )
        return TemplateResponse(
            request, self.get_template(request), context, status=200 if valid else 400
        )

    @re_path(r"^(?P<year>[1-9][0-9]{3})/$", name="year")
    def year_route(self, request: HttpRequest, year: str) -> HttpResponse:
        """The yearly report: totals, then every response whose period ends that year."""
        year = int(year)  # 1000 to 9999: always a valid date year
        responses = list(ThemeResponse.objects.published(year=year))
        if not responses:
            raise Http404("Nothing has been published for this year.")
        groups = [
            (status, [response for response in responses if response.status == status])
            for status in (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED)
        ]
        ancestors = self.get_ancestors().filter(depth__gt=1)
        context = self.get_context(request)
        context.update(
            year=year,
            totals=ThemeResponse.year_totals(year=year, responses=responses),
            groups=[(status, items) for status, items in groups if items],
            # The page itself is a crumb here: the report sits below it.
            crumbs=[
                *(
                    (crumb.title if crumb.depth > 2 else "Home", crumb.get_url(request))
                    for crumb in ancestors
                ),
                (self.title, self.get_url(request)),
            ],
        )
        return TemplateResponse(request, self.year_template, context)

    def year_url(self, year: int, request: HttpRequest | None = None) -> str:
        return self.get_url(request) + self.reverse_subpage("year", args=(year,))

    def get_sitemap_urls(self, request=None) -> list[dict]:
        """The page, and each yearly report, for search engines."""
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        return [
            *urls,
            *(
                {"location": base + self.reverse_subpage("year", args=(year,))}
                for year in ThemeResponse.objects.published_years()
            ),
        ]
