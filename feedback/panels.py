"""Feedback shown inside other models' edit views."""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, Panel

from services.models import Service

from .models import Kind
from .selectors import comment_open_problems_for_service

COMMENT_INDEX_URL = "feedback_comment:index"
COMMENT_EDIT_URL = "feedback_comment:edit"
SHOWN = 10


class ReportedProblemsPanel(Panel):
    """Problems visitors reported on this service and nobody has dealt with
    yet, at the top of its edit view, so whoever edits the entry sees them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "Problems reported by visitors")
        kwargs.setdefault("icon", "warning")
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/reported_problems_panel.html"

        def is_shown(self) -> bool:
            """Not while adding a service (nothing can have been reported on
            it), nor to someone who cannot open the inbox."""
            return not self.instance._state.adding and self.request.user.has_perm(
                "feedback.change_comment"
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            problems = list(comment_open_problems_for_service(service=self.instance)[: SHOWN + 1])
            # Every report on this service, dealt with or not: its history.
            query = {"service": self.instance.pk, "kind": Kind.SERVICE_PROBLEM}
            context.update(
                problems=[
                    (problem, reverse(COMMENT_EDIT_URL, args=[problem.pk]))
                    for problem in problems[:SHOWN]
                ],
                more=len(problems) > SHOWN,
                inbox_url=reverse(COMMENT_INDEX_URL) + "?" + urlencode(query),
            )
            return context


def add_to_service_edit_handler() -> None:
    """Put the panel at the top of the service edit view's first tab.

    ``services`` must not import ``feedback``, so the panel is added from here,
    in ``FeedbackConfig.ready()``: after the models are loaded and before
    Wagtail binds the edit handler (on the first edit view, lazily).
    """
    first_tab = Service.edit_handler.children[0]
    if not any(isinstance(panel, ReportedProblemsPanel) for panel in first_tab.children):
        first_tab.children.insert(0, ReportedProblemsPanel())


class ReadOnlyFieldPanel(FieldPanel):
    """A field shown, never edited, and left out when it is empty: a problem
    report has no topic, a comment no problem."""

    def __init__(self, field_name: str, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self) -> bool:
            return self.value_from_instance not in ("", None) and super().is_shown()


class ReplyEmailPanel(FieldPanel):
    """The email address, read-only, and only while it may be used: the person
    asked for a reply and the address has not yet been removed."""

    def __init__(self, field_name: str = "email", **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            days = settings.FEEDBACK_PERSONAL_DATA_DAYS
            created = self.instance.created_at or timezone.now()
            removal = timezone.localdate(created) + datetime.timedelta(days=days)
            self.help_text = (
                f"Use it only to reply. It is removed automatically after {days} days, "
                f"on {removal:%-d %B %Y}."
            )

        def is_shown(self) -> bool:
            comment = self.instance
            return (
                comment.wants_reply
                and bool(comment.email)
                and comment.email_removed_at is None
                and super().is_shown()
            )


class CommentSourcePanel(Panel):
    """Where the comment was sent from, with links to the public page and, for
    a service, its entry in the admin."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/admin/source_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["comment"] = self.instance
            return context
