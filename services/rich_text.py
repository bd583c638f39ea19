"""Rich text from outside the editor, cleaned to what the editor could have typed.

The admin's rich-text fields only store what Draftail writes. HTML that comes
any other way (an Open Referral UK import, rows stored before imports were
cleaned) goes through ``clean_rich_text`` with the field's own features before
it is stored: Wagtail's whitelist for those features (the editor's converter
rules) keeps their elements (``<p>``, ``<b>``, ``<i>``, lists, links whose
address is http(s), mailto or tel) and drops every other element and
attribute, so no script, event handler, ``javascript:`` link, frame or style
reaches the database.

What Draftail itself writes passes through unchanged, so cleaning an editor's
text is a no-op and cleaning twice is the same as once: block keys
(``data-block-key``), internal page links (``<a linktype="page" id="3">``,
kept only with a numeric id) and its escaping (``&``, ``<``, ``>`` in text,
and ``"`` too in attributes). Script-like elements go with their content.
"""

import re
from collections.abc import Iterable
from functools import cache

from bs4 import BeautifulSoup
from bs4.formatter import HTMLFormatter
from wagtail.admin.rich_text.converters.editor_html import DbWhitelister, EditorHTMLConverter
from wagtail.whitelist import attribute_rule

from .models import Service

# Elements whose content is code or a document of its own, never words for the
# page: removed with their content (the whitelist alone would keep the text).
DROPPED_ELEMENTS = (
    "applet",
    "embed",
    "frame",
    "frameset",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "script",
    "style",
    "template",
    "textarea",
    "title",
    "xmp",
)
BLOCK_KEY = re.compile(r"[a-z0-9]{1,12}")
PAGE_ID = re.compile(r"[1-9][0-9]{0,18}")
# Editor-format link and embed markers: the whitelist would look up their handlers.
EDITOR_MARKERS = ("data-linktype", "data-embedtype", "data-id", "data-parent-id")


def escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DraftailFormatter(HTMLFormatter):
    """Escapes as Draftail does, and keeps attributes in their order (not
    sorted). Every string is escaped, whatever its parent."""

    def __init__(self):
        super().__init__(entity_substitution=escape_text, cdata_containing_tags=set())

    def attributes(self, tag):
        return list(tag.attrs.items())

    def attribute_value(self, value: str) -> str:
        return escape_text(value).replace('"', "&quot;")


FORMATTER = DraftailFormatter()


def keep_block_key(value: str) -> str | None:
    return value if BLOCK_KEY.fullmatch(value) else None


@cache
def whitelister(features: tuple[str, ...]) -> DbWhitelister:
    """Wagtail's whitelist for these features, with Draftail's block keys
    allowed on the elements it keys and its internal page links kept."""
    rules = EditorHTMLConverter(features=list(features)).whitelister
    keyed = attribute_rule({"data-block-key": keep_block_key})
    for element in ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote"):
        if element in rules.element_rules:
            rules.element_rules[element] = keyed
    if "a" in rules.element_rules:
        rules.element_rules["a"] = page_link_or(rules.element_rules["a"])
    return rules


def page_link_or(link_rule):
    def rule(tag) -> None:
        page_id = tag.get("id")
        if (
            tag.get("linktype") == "page"
            and isinstance(page_id, str)
            and PAGE_ID.fullmatch(page_id)
        ):
            tag.attrs = {"linktype": "page", "id": page_id}
        else:
            link_rule(tag)

    return rule


def clean_rich_text(html: str, features: Iterable[str]) -> str:
    """``html`` as a rich-text field with ``features`` may store it."""
    if not html:
        return ""
    doc = BeautifulSoup(html, "html.parser")
    for element in doc.find_all(DROPPED_ELEMENTS):
        element.decompose()
    for tag in doc.find_all(True):
        for name in EDITOR_MARKERS:
            tag.attrs.pop(name, None)
    whitelister(tuple(features)).clean_node(doc, doc)
    return doc.decode(formatter=FORMATTER)


def clean_service_description(html: str) -> str:
    """A service's description, as its rich-text field keeps it."""
    return clean_rich_text(html, Service._meta.get_field("description").features)
