"""The Directory menu in the Wagtail admin: services, and the taxonomies they use."""

import functools
from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .actions import MARK_REVIEWED_ACTION
from .models import (
    Area,
    Category,
    Need,
    Organisation,
    ResponsibleBody,
    ReviewState,
    SearchSynonym,
    Service,
)
from .selectors import service_in_review_state, service_review_counts


class ServiceFilterSet(WagtailFilterSet):
    categories = django_filters.ModelMultipleChoiceFilter(queryset=Category.objects.all())
    needs = django_filters.ModelMultipleChoiceFilter(queryset=Need.objects.all())
    responsible_body = django_filters.ModelChoiceFilter(queryset=ResponsibleBody.objects.all())
    live = django_filters.BooleanFilter(label="Published")
    review = django_filters.ChoiceFilter(
        label="Review", choices=ReviewState.choices, method="filter_review"
    )

    class Meta:
        model = Service
        fields = ["categories", "needs", "responsible_body", "live"]

    def filter_review(self, queryset, name, value):
        return service_in_review_state(value, queryset=queryset)


class ReviewColumn(Column):
    """The review date and state, with the one-click "Reviewed, still correct"
    for entries due soon or overdue."""

    cell_template_name = "services/admin/review_cell.html"

    def __init__(self, name, *, viewset, **kwargs):
        super().__init__(name, label="Review", sort_key="review_due", **kwargs)
        self.viewset = viewset

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        state = instance.review_state
        context["state"] = state
        context["can_mark"] = (
            state != ReviewState.FRESH
            and self.viewset.permission_policy.user_has_permission_for_instance(
                request.user, "change", instance
            )
        )
        if context["can_mark"]:
            context["csrf_token"] = get_token(request)
            context["mark_url"] = reverse(
                self.viewset.get_url_name("mark_reviewed"), args=(instance.pk,)
            )
            # Back to the same list, with its filters, when the list itself asked;
            # the filter drawer reloads the results part, so use the full list then.
            next_url = request.get_full_path()
            context["next_url"] = next_url.replace("/results/", "/", 1)
        return context


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = "Services"
    menu_order = 100
    list_per_page = 50
    ordering = ["name"]
    filterset_class = ServiceFilterSet
    copy_view_enabled = False

    @property
    def list_display(self):
        return ["name", "responsible_body", ReviewColumn("review_due", viewset=self)]

    def get_urlpatterns(self):
        view = functools.partial(
            admin_views.mark_reviewed,
            permission_policy=self.permission_policy,
            list_url_name=self.get_url_name("list"),
        )
        return [
            *super().get_urlpatterns(),
            path(
                f"reviewed/<{self.pk_path_converter}:pk>/",
                view,
                name="mark_reviewed",
            ),
        ]


class TaxonomyViewSet(SnippetViewSet):
    """Categories, needs, responsible bodies and areas: named terms with slugs, in order."""

    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class CategoryViewSet(TaxonomyViewSet):
    model = Category
    icon = "tag"
    menu_order = 200


class NeedViewSet(TaxonomyViewSet):
    """Broad areas of need and the specific needs under them."""

    model = Need
    icon = "help"
    menu_order = 250
    list_display = ["name", "parent", "slug", "sort_order"]
    list_filter = ["parent"]


class ResponsibleBodyViewSet(TaxonomyViewSet):
    model = ResponsibleBody
    icon = "group"
    menu_order = 300


class AreaViewSet(TaxonomyViewSet):
    model = Area
    icon = "site"
    menu_order = 400


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "home"
    menu_label = "Providers"
    menu_order = 500
    list_display = ["name", "website"]
    ordering = ["name"]


class SearchSynonymCreateView(CreateView):
    """``?term=`` fills in the word or phrase: the "Add a synonym" link from
    the searches that found nothing."""

    def get_initial_form_instance(self):
        return SearchSynonym(term=" ".join(self.request.GET.get("term", "").split())[:100])


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = "Search synonyms"
    menu_order = 600
    list_display = ["term", "synonyms", "both_ways"]
    ordering = ["term"]
    search_fields = ["term", "synonyms"]
    add_view_class = SearchSynonymCreateView


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (
        ServiceViewSet,
        CategoryViewSet,
        NeedViewSet,
        ResponsibleBodyViewSet,
        AreaViewSet,
        OrganisationViewSet,
        SearchSynonymViewSet,
    )
    menu_icon = "folder-open-inverse"
    menu_label = "Directory"
    menu_name = "directory"
    menu_order = 150


register_snippet(DirectoryViewSetGroup)


STATE_COLOURS = {
    ReviewState.FRESH: "#00703c",
    ReviewState.DUE_SOON: "#b1740b",
    ReviewState.OVERDUE: "#d4351c",
}


class ReviewStatePanel(Component):
    """Published entries by review state for each responsible body, with a bar
    each, so a manager sees where the checking work is. Each count links to
    those entries in the services list."""

    name = "directory_reviews"
    order = 50
    template_name = "services/admin/review_panel.html"

    def get_context_data(self, parent_context=None):
        list_url = reverse("wagtailsnippets_services_service:list")
        rows = service_review_counts()
        for row in rows:
            row["cells"] = [
                {
                    "label": state.label,
                    "count": row["states"][state.name.lower()],
                    "percent": round(100 * row["states"][state.name.lower()] / row["total"], 1)
                    if row["total"]
                    else 0,
                    "colour": STATE_COLOURS[state],
                    "url": list_url
                    + "?"
                    + urlencode(
                        {"responsible_body": row["body"].pk, "review": state.value, "live": "true"}
                    ),
                }
                for state in ReviewState
            ]
        return {
            "rows": rows,
            "due_soon_days": settings.DIRECTORY_REVIEW_DUE_SOON_DAYS,
            "grace_months": settings.DIRECTORY_REVIEW_GRACE_MONTHS,
        }


@hooks.register("construct_homepage_panels")
def add_review_state_panel(request, panels):
    if request.user.has_perm("services.change_service"):
        panels.append(ReviewStatePanel())


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(
        MARK_REVIEWED_ACTION, "Marked as reviewed", "Marked as reviewed, still correct"
    )


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("directory/import/", admin_views.ImportView.as_view(), name="services_import")]


class PublisherMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("services.publish_service")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PublisherMenuItem(
        "Import services", reverse("services_import"), icon_name="upload", order=160
    )
