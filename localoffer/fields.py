"""Model fields that page apps share, beside the shared blocks and forms."""

from django.db import models

EXAMPLE_CONTENT_HELP = (
    "Tick while parts of this page are example text for editors to replace. "
    "The page then tells readers so."
)


def example_content_field(help_text: str = EXAMPLE_CONTENT_HELP) -> models.BooleanField:
    """Lets demo pages say plainly that some of their text is an example
    (templates/components/example_notice.html)."""
    return models.BooleanField("contains example text", default=False, help_text=help_text)
