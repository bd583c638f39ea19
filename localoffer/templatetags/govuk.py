"""Small presentation helpers for GOV.UK Frontend markup."""

import json
import os
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.defaultfilters import filesizeformat
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def document_meta(document) -> str:
    """ "PDF, 1.2 MB" for a Wagtail document, so people know what they will download."""
    extension = os.path.splitext(document.file.name)[1].lstrip(".").upper() or "File"
    size = document.get_file_size()
    return f"{extension}, {filesizeformat(size)}" if size else extension


@register.filter
def field_anchor(bound_field) -> str:
    """The id an error summary links to: the first option of a group, else the input."""
    if bound_field.widget_type in {"radioselect", "checkboxselectmultiple"}:
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.filter
def tel_href(number: str) -> str:
    """A ``tel:`` link target: digits only, keeping a leading plus."""
    number = number.strip()
    return "tel:" + ("+" if number.startswith("+") else "") + re.sub(r"\D", "", number)


JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def ld_json(data: dict) -> str:
    """A JSON-LD script block; the JSON cannot close the script element early."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.filter
def govuk_time(value) -> str:
    """Times as GOV.UK writes them: 9am, 1:30pm, midday, midnight."""
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


@register.filter
def get_item(mapping, key):
    """A dictionary value by a key held in a variable."""
    return mapping.get(str(key)) if mapping else None
