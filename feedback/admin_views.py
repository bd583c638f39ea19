"""Admin views for feedback: the comment inbox's list and export, and the
reports of searches that found nothing and of "Is this page useful?"."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from services import selectors as service_selectors
from services.exports import spreadsheet_safe

from .models import (
    Comment,
    Kind,
    PageVote,
    Role,
    SearchSource,
    Status,
    Theme,
    Topic,
    UnmetSearch,
)
from .selectors import page_vote_summary, unmet_search_summary

# ---------------------------------------------------------------------- inbox


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    kind = django_filters.ChoiceFilter(choices=Kind.choices)
    partner = django_filters.ModelChoiceFilter(queryset=service_selectors.responsible_body_list())
    theme = django_filters.ModelChoiceFilter(
        label="Theme", field_name="themes", queryset=Theme.objects.all()
    )
    topic = django_filters.ChoiceFilter(choices=Topic.choices)
    role = django_filters.ChoiceFilter(choices=Role.choices)
    received = django_filters.DateFromToRangeFilter(
        label="Received", field_name="created_at", widget=DateRangePickerWidget
    )
    source = django_filters.ChoiceFilter(
        label="Came from",
        choices=[("service", "A service"), ("page", "A page")],
        method="filter_source",
    )
    service = django_filters.ModelChoiceFilter(queryset=service_selectors.service_choice_list())

    class Meta:
        model = Comment
        fields = ["status", "kind", "partner", "theme", "topic", "role", "received", "source"]

    def filter_source(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == "service":
            return queryset.filter(service__isnull=False)
        # A page: anything sent from the site that was not about a service.
        return queryset.filter(service__isnull=True)


class SourceColumn(Column):
    """Where the comment was sent from, linked to the public page; a service
    also links to its entry in the admin."""

    cell_template_name = "feedback/admin/source_cell.html"


class ThemesColumn(Column):
    def get_value(self, instance) -> str:
        return ", ".join(theme.name for theme in instance.themes.all())


class CommentIndexView(IndexView):
    """The inbox. Its export leaves out the email address: it is personal data,
    given only to get a reply, and must not travel in spreadsheets."""

    list_export = [
        "created_at",
        "status",
        "kind",
        "themes",
        "partner",
        "topic",
        "role",
        "reason",
        "source",
        "doing",
        "comment",
        "wants_reply",
    ]
    export_headings = {
        "created_at": "Received",
        "themes": "Themes",
        "source": "Came from",
        "doing": "What they were doing",
        "comment": "Comment",
        "reason": "Problem",
        "wants_reply": "Wants a reply",
    }

    def get_base_queryset(self) -> QuerySet[Comment]:
        return (
            super()
            .get_base_queryset()
            .select_related("partner", "service", "page")
            .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name")))
        )

    @cached_property
    def columns(self):
        excerpt = self._get_title_column("__str__")  # linked to the edit view
        excerpt.label = "Comment"
        return [
            DateColumn("created_at", label="Received", sort_key="created_at"),
            excerpt,
            Column("kind", label="Kind", accessor="get_kind_display", sort_key="kind"),
            SourceColumn("source", label="Came from"),
            Column("partner", label="Partner", sort_key="partner__name"),
            ThemesColumn("themes", label="Themes"),
            StatusTagColumn(
                "status",
                label="Status",
                accessor="get_status_display",
                sort_key="status",
                primary=lambda comment: comment.status == Status.NEW,
            ),
        ]

    def to_row_dict(self, item: Comment) -> dict:
        base_url = self.request.build_absolute_uri("/").rstrip("/")
        return {
            "created_at": timezone.localtime(item.created_at).strftime("%Y-%m-%d %H:%M"),
            "status": item.get_status_display(),
            "kind": item.get_kind_display(),
            "themes": "; ".join(theme.name for theme in item.themes.all()),
            "partner": item.partner.name if item.partner else "",
            "topic": item.get_topic_display(),
            "role": item.get_role_display(),
            "reason": item.get_reason_display(),
            "source": base_url + source_path(item) if source_path(item) else "",
            "doing": spreadsheet_safe(item.doing),
            "comment": spreadsheet_safe(item.comment),
            "wants_reply": "yes" if item.wants_reply else "no",
        }


def source_path(comment: Comment) -> str:
    """The public address the comment is about: the service's page while it
    is live, else the address it was sent from."""
    if comment.service_id and comment.service.live:
        return reverse("services:detail", args=[comment.service.slug])
    if comment.page_id and comment.page.live:
        return comment.page.url or comment.page_path
    return comment.page_path


# ---------------------------------------------------------------------- unmet searches

PERIODS = [
    ("30", "Last 30 days"),
    ("90", "Last 90 days"),
    ("365", "Last year"),
    ("all", "All time"),
]
DEFAULT_PERIOD = "30"
PUBLIC_URL_NAMES = {
    SearchSource.DIRECTORY: "services:directory",
    SearchSource.PROFESSIONALS: "professionals:routes",
    SearchSource.SEARCH: "search",
}


class PeriodFilterSet(WagtailFilterSet):
    """A report over the last 30 days unless the editor picks another period."""

    period = django_filters.ChoiceFilter(
        label="Period",
        choices=PERIODS,
        empty_label=None,
        method="filter_nothing",  # the view reads the period: it shapes the grouping
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("period"):
            data = data.copy()
            data["period"] = DEFAULT_PERIOD
        super().__init__(data, *args, **kwargs)
        self.form.fields["period"].initial = DEFAULT_PERIOD

    def filter_nothing(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset


class UnmetSearchFilterSet(PeriodFilterSet):
    source = django_filters.ChoiceFilter(label="Searched in", choices=SearchSource.choices)

    class Meta:
        model = UnmetSearch
        fields = ["period", "source"]


class PageVoteFilterSet(PeriodFilterSet):
    class Meta:
        model = PageVote
        fields = ["period"]


class PeriodReportMixin:
    """A report on ``model`` for the period its filters chose: the last 30 days
    unless the editor picks another. Reading it needs the model's view permission."""

    model: type
    any_permission_required = ["view"]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(self.model)

    @cached_property
    def period(self) -> str:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data["period"] or DEFAULT_PERIOD
        return DEFAULT_PERIOD

    @property
    def days(self) -> int | None:
        return None if self.period == "all" else int(self.period)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["period_label"] = dict(PERIODS)[self.period]
        return context


class DayColumn(Column):
    """A calendar day, as a date: "22 hours ago" would misstate a day's count."""

    cell_template_name = "feedback/admin/day_cell.html"


class SearchLinkColumn(Column):
    cell_template_name = "feedback/admin/search_link_cell.html"


class SynonymLinkColumn(Column):
    cell_template_name = "feedback/admin/synonym_link_cell.html"


class UnmetSearchReportView(PeriodReportMixin, ReportView):
    """What people searched for and did not find, grouped and counted."""

    model = UnmetSearch
    page_title = "What people could not find"
    header_icon = "search"
    template_name = "feedback/admin/unmet_searches.html"
    results_template_name = "feedback/admin/unmet_searches_results.html"
    index_url_name = "feedback_unmet_searches:index"
    index_results_url_name = "feedback_unmet_searches:results"
    filterset_class = UnmetSearchFilterSet
    default_ordering = "-total"
    export_filename = "searches-that-found-nothing"
    list_export = ["words", "filters", "source", "total", "first_seen", "last_seen", "url"]
    export_headings = {
        "words": "Words",
        "filters": "Filters",
        "source": "Searched in",
        "total": "Times",
        "first_seen": "First seen",
        "last_seen": "Last seen",
        "url": "Search again",
    }

    @cached_property
    def columns(self):
        return [
            SearchLinkColumn("words", label="Words", sort_key="words"),
            Column("filters", label="Filters", sort_key="filters"),
            Column("source_label", label="Searched in", sort_key="source"),
            NumberColumn("total", label="Times", sort_key="total"),
            DayColumn("first_seen", label="First seen", sort_key="first_seen"),
            DayColumn("last_seen", label="Last seen", sort_key="last_seen"),
            SynonymLinkColumn("add_synonym_url", label="Synonym"),
        ]

    def get_base_queryset(self) -> QuerySet:
        return unmet_search_summary(days=self.days)

    def order_queryset(self, queryset: QuerySet) -> QuerySet:
        ordering = self.ordering or "-total"
        return queryset.order_by(ordering, "-total", "-last_seen", "words", "filters")

    def with_link(self, row: dict) -> dict:
        """The row, with its source in words and the address that reruns it."""
        words = urlencode({"q": row["words"]}) if row["words"] else ""
        query = "&".join(part for part in (words, row["filters"]) if part)
        path = reverse(PUBLIC_URL_NAMES.get(row["source"], "services:directory"))
        can_add = self.request.user.has_perm("services.add_searchsynonym")
        return {
            **row,
            "source_label": SearchSource(row["source"]).label,
            "url": self.request.build_absolute_uri(path) + ("?" + query if query else ""),
            # Words that found nothing are often another name for something we have.
            "add_synonym_url": reverse("wagtailsnippets_services_searchsynonym:add")
            + "?"
            + urlencode({"term": row["words"]})
            if can_add and row["words"]
            else "",
        }

    def get_table(self, object_list):
        return super().get_table([self.with_link(row) for row in object_list])

    def to_row_dict(self, item: dict) -> dict:
        row = self.with_link(item)
        return {
            **{field: row[field] for field in self.list_export},
            "words": spreadsheet_safe(row["words"]),
            "filters": spreadsheet_safe(row["filters"]),
            "source": row["source_label"],
        }


class PageLinkColumn(Column):
    cell_template_name = "feedback/admin/page_link_cell.html"


class PageVoteReportView(PeriodReportMixin, ReportView):
    """Answers to "Is this page useful?", per page: the least useful first."""

    model = PageVote
    page_title = "Is this page useful?"
    header_icon = "help"
    template_name = "feedback/admin/page_votes.html"
    results_template_name = "feedback/admin/page_votes_results.html"
    index_url_name = "feedback_page_votes:index"
    index_results_url_name = "feedback_page_votes:results"
    filterset_class = PageVoteFilterSet
    default_ordering = "-no"
    export_filename = "is-this-page-useful"
    list_export = ["page_path", "yes", "no", "useful_percent", "last_answer"]
    export_headings = {
        "page_path": "Page",
        "yes": "Yes",
        "no": "No",
        "useful_percent": "Useful (%)",
        "last_answer": "Last answer",
    }

    @cached_property
    def columns(self):
        return [
            PageLinkColumn("page_path", label="Page", sort_key="page_path"),
            NumberColumn("yes", label="Yes", sort_key="yes"),
            NumberColumn("no", label="No", sort_key="no"),
            NumberColumn("useful_percent", label="Useful (%)", sort_key="useful_percent"),
            DayColumn("last_answer", label="Last answer", sort_key="last_answer"),
        ]

    def get_base_queryset(self) -> QuerySet:
        return page_vote_summary(days=self.days)

    def order_queryset(self, queryset: QuerySet) -> QuerySet:
        ordering = self.ordering or "-no"
        return queryset.order_by(ordering, "-no", "useful_percent", "page_path")

    def to_row_dict(self, item: dict) -> dict:
        return {
            **{field: item[field] for field in self.list_export},
            "page_path": spreadsheet_safe(item["page_path"]),
        }
