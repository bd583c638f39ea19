"""What the feedback app hears from the directory: searches that found nothing."""

import logging

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from localoffer.ratelimit import client_address
from services.signals import search_found_nothing

from .actions import unmet_search_record

logger = logging.getLogger(__name__)

# How long the cache remembers that an address was counted for a search; the
# day is in the key, so the next day counts afresh.
COUNTED_FOR = 60 * 60 * 24


def count_unmet_search(
    sender, *, source: str, words: str, filters: str, request: HttpRequest | None = None, **kwargs
) -> None:
    """Receiver for ``services.signals.search_found_nothing``: count the search
    once per address and day. Counting must never cost a visitor their page, so
    any failure is logged and dropped."""
    try:
        if request is not None and not first_today(
            client_address(request), source=source, words=words, filters=filters
        ):
            return
        with transaction.atomic():
            unmet_search_record(source=source, words=words, filters=filters)
    except Exception:
        logger.exception("Could not count a search that found nothing")


def first_today(address: str, *, source: str, words: str, filters: str) -> bool:
    """Whether this visitor's address has not yet been counted for this search
    today, remembering that it now has.

    ``cache.add`` decides, so a repeat (from the page cache or not) costs no
    database write, and two workers cannot both count one visitor. The address
    is kept only as a keyed hash, in the cache, for a day. When the cache cannot
    say (``add`` fails or answers False), the search is not counted: the report
    undercounts while the cache is down rather than let anyone inflate it. A
    signal sent outside a request (no address) is always counted.
    """
    search = "\n".join((address, source, words, filters))
    digest = salted_hmac("feedback-unmet-search", search).hexdigest()[:32]
    return cache.add(f"feedback:unmet:{timezone.localdate():%Y%m%d}:{digest}", 1, COUNTED_FOR)


def connect() -> None:
    search_found_nothing.connect(count_unmet_search, dispatch_uid="feedback-unmet-search")
