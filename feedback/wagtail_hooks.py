"""The Feedback menu in the Wagtail admin: the comment inbox, themes, the
"You said, we did" responses, and what people could not find."""

from django import forms
from django.contrib.auth.models import Permission
from django.db.models import Count
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    CommentFilterSet,
    CommentIndexView,
    PageVoteReportView,
    UnmetSearchReportView,
)
from .models import Comment, Status, Theme
from .panels import CommentSourcePanel, ReadOnlyFieldPanel, ReplyEmailPanel
from .publishing import ThemeResponseViewSet
from .selectors import comment_new_count


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments arrive only from the public site: nobody adds one in the admin,
    whatever their permissions say."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


# Registered before the viewset asks for a policy, as Wagtail requires.
register_permission_policy(Comment, CommentPermissionPolicy(Comment))


def read_only(*names: str) -> list[FieldPanel]:
    return [ReadOnlyFieldPanel(name) for name in names]


class CommentViewSet(ModelViewSet):
    """The inbox. What the person said is shown but cannot be changed; editors
    set the status, themes, partner and their own notes."""

    model = Comment
    name = "feedback_comment"
    url_prefix = "feedback/comments"
    icon = "comment"
    menu_label = "Comments"
    menu_order = 100
    index_view_class = CommentIndexView
    list_per_page = 50
    ordering = ["-created_at", "-pk"]
    filterset_class = CommentFilterSet
    # Plain database queries: the search backend cannot combine a search with
    # these filters (partner, theme, dates), and an inbox wants substrings.
    search_backend_name = None
    search_fields = ["comment", "doing", "notes"]
    export_filename = "feedback-comments"
    copy_view_enabled = False
    add_to_reference_index = False

    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    ReadOnlyFieldPanel("created_at", heading="Received"),
                    *read_only("kind", "topic", "reason", "role", "doing", "comment"),
                    ReadOnlyFieldPanel("wants_reply", heading="Wants a reply"),
                    ReplyEmailPanel(),
                ],
                heading="What they told us",
            ),
            MultiFieldPanel(
                [CommentSourcePanel(heading="Page or service"), *read_only("page_path")],
                heading="Where they sent it from",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("partner"),
                    FieldPanel("notes"),
                ],
                heading="What we do with it",
            ),
        ]
    )

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"add_url_name": None, **kwargs})

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_comment")


class ThemeViewSet(SnippetViewSet):
    """Themes are snippets, so other models can pick them with a chooser."""

    model = Theme
    icon = "tag"
    menu_label = "Themes"
    menu_order = 200
    list_display = ["name", Column("comment_count", label="Comments", sort_key="comment_count")]
    ordering = ["name"]
    search_fields = ["name", "description"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return Theme.objects.annotate(comment_count=Count("comments"))


class ReportViewSet(ViewSet):
    """A report in the Feedback menu, shown to those with its view permission."""

    report_view_class: type
    permission_codename: str

    def get_urlpatterns(self):
        return [
            path("", self.report_view_class.as_view(), name="index"),
            path("results/", self.report_view_class.as_view(results_only=True), name="results"),
        ]

    @property
    def menu_item_class(self):
        permission = self.permission_codename

        class ReportMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm(permission)

        return ReportMenuItem


class UnmetSearchReportViewSet(ReportViewSet):
    name = "feedback_unmet_searches"
    url_prefix = "feedback/searches-that-found-nothing"
    icon = "search"
    menu_label = "What people could not find"
    menu_order = 300
    report_view_class = UnmetSearchReportView
    permission_codename = "feedback.view_unmetsearch"


class PageVoteReportViewSet(ReportViewSet):
    name = "feedback_page_votes"
    url_prefix = "feedback/is-this-page-useful"
    icon = "help"
    menu_label = "Is this page useful?"
    menu_order = 400
    report_view_class = PageVoteReportView
    permission_codename = "feedback.view_pagevote"


class FeedbackViewSetGroup(ViewSetGroup):
    items = (
        CommentViewSet,
        ThemeViewSet,
        ThemeResponseViewSet,
        UnmetSearchReportViewSet,
        PageVoteReportViewSet,
    )
    menu_icon = "comment"
    menu_label = "Feedback"
    menu_name = "feedback"
    menu_order = 160


@hooks.register("register_admin_viewset")
def register_feedback_viewsets():
    return FeedbackViewSetGroup()


@hooks.register("register_permissions")
def register_report_permissions():
    return Permission.objects.filter(
        content_type__app_label="feedback", codename__in=["view_unmetsearch", "view_pagevote"]
    )


class NewCommentsPanel(Component):
    """On the dashboard: how many comments nobody has read yet."""

    name = "feedback_new_comments"
    order = 40
    template_name = "feedback/admin/new_comments_panel.html"

    def get_context_data(self, parent_context=None):
        inbox_url = reverse("feedback_comment:index")
        return {
            "count": comment_new_count(),
            "inbox_url": inbox_url,
            "url": f"{inbox_url}?status={Status.NEW}",
        }


@hooks.register("construct_homepage_panels")
def add_new_comments_panel(request, panels):
    if request.user.has_perm("feedback.change_comment"):
        panels.append(NewCommentsPanel())
