"""My list in templates: the one POST form a page's buttons send, each
service's "Add to my list" (or "Remove from my list") button, and the count.

A page's results may sit inside its GET filter form, and forms cannot nest, so
each page has one POST form of its own, outside any other, and every button
names it (``form="my-list-form"``). The saved state is read only for visitors
who already have a session (``MyList``): everyone else gets the same page,
which the directory's cache can keep.
"""

from django import template
from django.urls import reverse

from services.my_list import MyList

register = template.Library()

FORM_ID = "my-list-form"


def request_of(context):
    """The request, also inside an ``{% include ... only %}``, which keeps the
    context's request but not the variables context processors added."""
    return getattr(context, "request", None) or context.get("request")


def saved_list(context) -> MyList | None:
    request = request_of(context)
    return MyList.of(request) if request is not None else None


@register.inclusion_tag("components/my_list_form.html", takes_context=True)
def my_list_form(context) -> dict:
    """The POST form for this page's list buttons; it brings the visitor back here."""
    request = request_of(context)
    return {
        "form_id": FORM_ID,
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
        "add_url": reverse("services:my_list_add"),
        "remove_url": reverse("services:my_list_remove"),
    }


@register.inclusion_tag("components/my_list_button.html", takes_context=True)
def my_list_button(context, service, classes: str = "") -> dict:
    """Add ``service`` to the visitor's list, or remove it when it is saved."""
    saved = saved_list(context)
    is_saved = saved is not None and service.pk in saved.ids
    return {
        "form_id": FORM_ID,
        "service": service,
        "saved": is_saved,
        "action": reverse("services:my_list_remove" if is_saved else "services:my_list_add"),
        "classes": classes,
    }


@register.simple_tag(takes_context=True)
def my_list_count(context) -> int:
    """How many services the visitor has saved (0 without a session)."""
    saved = saved_list(context)
    return len(saved) if saved is not None else 0
