"""Changes anywhere in the directory make its cached data stale (services/cache.py);
and a signal for searches that found nothing, for whoever counts them."""

import contextlib

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

from .cache import directory_changed


def watched_models() -> list:
    from .models import (
        Area,
        Category,
        OpeningTime,
        Organisation,
        ReferralRoute,
        ResponsibleBody,
        SearchSynonym,
        Service,
        ServiceLocation,
    )

    return [
        Service,
        ReferralRoute,
        ServiceLocation,
        OpeningTime,
        Category,
        ResponsibleBody,
        Area,
        Organisation,
        # Synonyms change what every search finds.
        SearchSynonym,
    ]


def connect() -> None:
    for model in watched_models():
        for signal in (post_save, post_delete):
            signal.connect(directory_changed, sender=model, dispatch_uid=f"directory-{model}")


def disconnect() -> None:
    for model in watched_models():
        for signal in (post_save, post_delete):
            signal.disconnect(sender=model, dispatch_uid=f"directory-{model}")


@contextlib.contextmanager
def suspended():
    """No cache invalidation per row while a bulk job writes; the job calls
    ``directory_changed`` once when it is done."""
    disconnect()
    try:
        yield
    finally:
        connect()


# Sent each time a visitor is shown a directory search that found nothing,
# including when the page comes from the cache (services/cache.py), so the
# feedback app can count unmet need without the directory knowing about it.
#
# sender: the view function.
# source: "directory" (/services/), "professionals" (/professionals/) or
#   "search" (/search/, the whole site).
# words: the search words, lower case, spaces collapsed; "" when none.
# filters: the other filters used, as a sorted query string ("age=7&category=health").
#
# Nothing else is sent: nothing about the visitor, their request or the time.
search_found_nothing = Signal()
