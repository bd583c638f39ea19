"""What the feedback app hears from the directory: searches that found nothing."""

import logging

from django.db import transaction

from services.signals import search_found_nothing

from .actions import unmet_search_record

logger = logging.getLogger(__name__)


def count_unmet_search(sender, *, source: str, words: str, filters: str, **kwargs) -> None:
    """Receiver for ``services.signals.search_found_nothing``. Counting must
    never cost a visitor their page, so any failure is logged and dropped."""
    try:
        with transaction.atomic():
            unmet_search_record(source=source, words=words, filters=filters)
    except Exception:
        logger.exception("Could not count a search that found nothing")


def connect() -> None:
    search_found_nothing.connect(count_unmet_search, dispatch_uid="feedback-unmet-search")
