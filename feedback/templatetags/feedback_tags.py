from django import template
from django.contrib.messages import get_messages

from feedback.forms import PROBLEM_MAX_LENGTH

register = template.Library()


@register.inclusion_tag("components/page_feedback.html", takes_context=True)
def page_feedback(context) -> dict:
    """The feedback prompt for the page being shown, or the thanks for having used it."""
    request = context["request"]
    thanks = [str(message) for message in get_messages(request) if "feedback" in message.tags]
    return {
        "path": request.get_full_path(),
        "thanks": thanks,
        "csrf_token": context.get("csrf_token"),
        "problem_max_length": PROBLEM_MAX_LENGTH,
    }
