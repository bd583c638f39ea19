from django import template
from django.contrib.messages import get_messages

from feedback.forms import PERSONAL_DATA_HINT, PageProblemForm

register = template.Library()


@register.inclusion_tag("components/page_feedback.html", takes_context=True)
def page_feedback(context, service=None) -> dict:
    """The feedback prompt for the page being shown, or the thanks for having used it.

    On a service's page, "Report a problem" is about the service (its own
    form, with reasons such as "it has closed"), in place of the page's: one
    way to report, not two a parent must choose between.
    """
    request = context["request"]
    path = request.get_full_path()
    thanks = [str(message) for message in get_messages(request) if "feedback" in message.tags]
    return {
        "path": path,
        "service": service,
        "thanks": thanks,
        "csrf_token": context.get("csrf_token"),
        # The same form as the problem page's own, so labels and limits are one.
        "problem_form": PageProblemForm(initial={"page": path}, auto_id="page-problem-%s"),
        "personal_data_hint": PERSONAL_DATA_HINT,
    }
