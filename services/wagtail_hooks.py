"""The Directory menu in the Wagtail admin: services, and the taxonomies they use."""

import django_filters
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Area, Category, Organisation, ResponsibleBody, Service
from .selectors import service_overdue_for_review


class ServiceFilterSet(WagtailFilterSet):
    categories = django_filters.ModelMultipleChoiceFilter(queryset=Category.objects.all())
    responsible_body = django_filters.ModelChoiceFilter(queryset=ResponsibleBody.objects.all())
    live = django_filters.BooleanFilter(label="Published")
    review_overdue = django_filters.BooleanFilter(
        label="Review overdue", method="filter_review_overdue"
    )

    class Meta:
        model = Service
        fields = ["categories", "responsible_body", "live"]

    def filter_review_overdue(self, queryset, name, value):
        overdue = service_overdue_for_review(queryset=queryset)
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = "Services"
    menu_order = 100
    list_display = ["name", "responsible_body", "review_due"]
    list_per_page = 50
    ordering = ["name"]
    filterset_class = ServiceFilterSet
    copy_view_enabled = False


class TaxonomyViewSet(SnippetViewSet):
    """Categories, responsible bodies and areas: named terms with slugs, in order."""

    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class CategoryViewSet(TaxonomyViewSet):
    model = Category
    icon = "tag"
    menu_order = 200


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


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (
        ServiceViewSet,
        CategoryViewSet,
        ResponsibleBodyViewSet,
        AreaViewSet,
        OrganisationViewSet,
    )
    menu_icon = "folder-open-inverse"
    menu_label = "Directory"
    menu_name = "directory"
    menu_order = 150


register_snippet(DirectoryViewSetGroup)


class OverdueReviewPanel(Component):
    """How many directory entries are overdue for review, linking to them."""

    name = "overdue_reviews"
    order = 50
    template_name = "services/admin/overdue_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "overdue_count": service_overdue_for_review().count(),
            "list_url": reverse(ServiceViewSet().get_url_name("list")) + "?review_overdue=true",
        }


@hooks.register("construct_homepage_panels")
def add_overdue_review_panel(request, panels):
    if request.user.has_perm("services.change_service"):
        panels.append(OverdueReviewPanel())
