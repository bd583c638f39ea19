"""The shared StreamField vocabulary, in GOV.UK Frontend patterns.

Every page type builds its body from ``BaseStreamBlock`` (or adds to it) rather
than having a layout of its own, so editors learn one set of blocks.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

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


# ------------------------------------------------------------------ step by step
# The GOV.UK "step by step navigation" pattern: numbered steps, some done
# alongside ("and") or instead of ("or") the step before, each with links.

STEP_LOGIC_CHOICES = [
    ("number", "Numbered step"),
    ("and", "And: done alongside the step before"),
    ("or", "Or: an alternative to the step before"),
]

CONTEXT_HELP = 'Optional, a few words shown after the link, such as "takes up to 6 weeks".'


class UUIDSnippetChooserBlock(SnippetChooserBlock):
    """A snippet chooser for models with UUID primary keys, such as services.

    Stored ids are strings but ``in_bulk`` keys its result by UUID, so the
    stock ``bulk_to_python`` finds nothing; convert the ids first.
    """

    def bulk_to_python(self, values):
        pk = self.model_class._meta.pk
        return super().bulk_to_python([None if v is None else pk.to_python(v) for v in values])


class StepLinkBlock(blocks.StructBlock):
    """One link in a step; ``get_link`` says what to show, or None to leave it out.

    Each kind declares its own ``context`` field last, so it sits under the link
    in the editor.
    """

    def get_link(self, value, request=None) -> dict | None:
        raise NotImplementedError


class ServiceLinkBlock(StepLinkBlock):
    service = UUIDSnippetChooserBlock(
        "services.Service", help_text="Shown only while the service is published."
    )
    context = blocks.CharBlock(max_length=80, required=False, help_text=CONTEXT_HELP)

    class Meta:
        icon = "list-ul"
        label = "Directory service"
        description = "A service from the directory"

    def get_link(self, value, request=None) -> dict | None:
        service = value.get("service")
        if service is None or not service.live:
            return None
        return {"url": service.get_absolute_url(), "text": service.name, "kind": "service"}


class PageLinkBlock(StepLinkBlock):
    page = blocks.PageChooserBlock(help_text="Shown only while the page is published.")
    text = blocks.CharBlock(
        max_length=120, required=False, help_text="Leave blank to use the page's title."
    )
    context = blocks.CharBlock(max_length=80, required=False, help_text=CONTEXT_HELP)

    class Meta:
        icon = "doc-empty-inverse"
        label = "Page"
        description = "A page on this website"

    def get_link(self, value, request=None) -> dict | None:
        page = value.get("page")
        if page is None or not page.live:
            return None
        url = page.get_url(request=request)
        if not url:
            return None
        return {"url": url, "text": value.get("text") or page.title, "kind": "page"}


class DocumentLinkBlock(StepLinkBlock):
    document = DocumentChooserBlock()
    text = blocks.CharBlock(
        max_length=120, required=False, help_text="Leave blank to use the document's title."
    )
    context = blocks.CharBlock(max_length=80, required=False, help_text=CONTEXT_HELP)

    class Meta:
        icon = "doc-full"
        label = "Document"
        description = "A document to download, shown with its type and size"

    def get_link(self, value, request=None) -> dict | None:
        document = value.get("document")
        if document is None:
            return None
        return {
            "url": document.url,
            "text": value.get("text") or document.title,
            "kind": "document",
            "document": document,
        }


class ExternalLinkBlock(StepLinkBlock):
    url = blocks.URLBlock(label="Web address")
    text = blocks.CharBlock(max_length=120, help_text="Say where the link goes, not 'click here'.")
    context = blocks.CharBlock(max_length=80, required=False, help_text=CONTEXT_HELP)

    class Meta:
        icon = "link-external"
        label = "External link"
        description = "A link to another website"

    def get_link(self, value, request=None) -> dict | None:
        return {"url": value["url"], "text": value["text"], "kind": "external"}


class StepLinksBlock(blocks.StreamBlock):
    service = ServiceLinkBlock()
    page = PageLinkBlock()
    document = DocumentLinkBlock()
    external_link = ExternalLinkBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=120,
        help_text="What to do, starting with a verb, for example 'Talk to the school'.",
    )
    logic = blocks.ChoiceBlock(
        choices=STEP_LOGIC_CHOICES,
        default="number",
        label="Step type",
        help_text="'And' and 'or' steps show the word instead of a number and do not take a "
        "new number. The first step must be numbered.",
    )
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="A few short sentences: what happens and who does it.",
    )
    links = StepLinksBlock(
        required=False,
        help_text="Services, pages, documents or websites for this step. Unpublished services "
        "and pages are left out.",
    )

    class Meta:
        icon = "order"
        label = "Step"
        description = "One step: a title, some text and links"


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        if value and value[0].value["logic"] != "number":
            raise blocks.StreamBlockValidationError(
                block_errors={
                    0: blocks.StructBlockValidationError(
                        block_errors={
                            "logic": ValidationError(
                                "The first step must be a numbered step: 'and' and 'or' join a "
                                "step to the one before it."
                            )
                        }
                    )
                }
            )
        return value


def number_steps(steps) -> list[dict]:
    """Each step with its number: numbered steps count 1, 2, 3; 'and'/'or' steps
    keep the number of the step they belong to and show the word instead.

    A leading 'and'/'or' (possible only in data saved before validation) is
    shown as a numbered step.
    """
    numbered = []
    number = 0
    for step in steps:
        logic = step["logic"] if number else "number"
        if logic == "number":
            number += 1
        numbered.append({"step": step, "logic": logic, "number": number})
    return numbered
