"""The admin for "You said, we did": editors write a response for each theme and
period; moderators publish it. Registered in the Feedback menu (wagtail_hooks.py)."""

import django_filters
from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from services import selectors as service_selectors

from .models import ActionStatus, Theme, ThemeResponse
from .selectors import theme_response_admin_list


class ThemeResponseFilterSet(WagtailFilterSet):
    theme = django_filters.ModelChoiceFilter(queryset=Theme.objects.all())
    status = django_filters.ChoiceFilter(label="Action", choices=ActionStatus.choices)
    partners = django_filters.ModelChoiceFilter(
        label="Partner", queryset=service_selectors.responsible_body_list()
    )
    live = django_filters.BooleanFilter(label="Published")

    class Meta:
        model = ThemeResponse
        fields = ["theme", "status", "partners", "live"]


class ThemeResponseViewSet(SnippetViewSet):
    """Copying stays on: next year's response to a theme often starts from this year's."""

    model = ThemeResponse
    icon = "openquote"
    menu_label = "You said, we did"
    menu_order = 250
    list_per_page = 50
    ordering = ["-period_end", "title"]
    filterset_class = ThemeResponseFilterSet
    list_display = [
        "title",
        "theme",
        Column("period_end", label="Period ends", sort_key="period_end"),
        Column("comment_count", label="Comments", sort_key="comment_count"),
        Column("get_status_display", label="Action", sort_key="status"),
    ]
    list_export = [
        "title",
        "theme",
        "period_start",
        "period_end",
        "comment_count",
        "status",
        "you_said",
        "we_did",
        "action",
        "live",
    ]
    export_filename = "you-said-we-did"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ThemeResponse]:
        return theme_response_admin_list()
