"""Small presentation helpers for GOV.UK Frontend markup."""

import os

from django import template
from django.template.defaultfilters import filesizeformat

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
