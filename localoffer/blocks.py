"""The shared StreamField vocabulary, in GOV.UK Frontend patterns.

Every page type builds its body from ``BaseStreamBlock`` (or adds to it) rather
than having a layout of its own, so editors learn one set of blocks.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

# Rich text stays plain: headings are their own block so the outline stays right.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Heading 2"), ("h3", "Heading 3"), ("h4", "Heading 4")],
        default="h2",
        help_text="The page title is the only heading 1. Use heading 2 for sections.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = "A section heading (levels 2 to 4)"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["text"])
        return context


class InsetTextBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "openquote"
        template = "blocks/inset_text.html"
        description = "Text set apart from the page, such as a quotation or example"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        help_text="The words exactly as said or written, without quotation marks."
    )
    attribution = blocks.CharBlock(
        max_length=200,
        help_text="Who said it: an organisation or a role, not a private individual's name.",
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "A quotation with who said it"


class WarningTextBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=300, help_text="One or two sentences about something people must know."
    )

    class Meta:
        icon = "warning"
        template = "blocks/warning_text.html"
        description = "Important information about legal consequences or risks"


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(max_length=120, help_text="The link text people click to open.")
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "collapse-down"
        template = "blocks/details.html"
        description = "A show and hide section for information only some people need"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    text = blocks.TextBlock(required=False)
    link_label = blocks.CharBlock(max_length=60, label="Button text")
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        description = "A prominent button that starts a task or leads somewhere"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError("Choose a page or enter a web address.")}
            )
        return value


class DocumentLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_links.html"
        description = "Links to documents, with their type and size"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", template="blocks/rich_text.html"
    )
    inset_text = InsetTextBlock()
    quote = QuoteBlock()
    warning_text = WarningTextBlock()
    details = DetailsBlock()
    call_to_action = CallToActionBlock()
    document_links = DocumentLinksBlock()
