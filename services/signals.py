"""The directory's signals: which models' changes make its cached data stale
(``services.cache`` listens to their saves and deletes), and a signal for
searches that found nothing, for whoever counts them. It imports only
``services.models`` (inside ``watched_models``): the modules that send or
listen import it, never the other way round."""

from django.dispatch import Signal


def watched_models() -> list:
    from .models import (
        Area,
        Category,
        Need,
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
        Need,
        ResponsibleBody,
        Area,
        Organisation,
        # Synonyms change what every search finds.
        SearchSynonym,
    ]


# Sent each time a visitor is shown a directory search that found nothing,
# including when the page comes from the cache (services/cache.py), so the
# feedback app can count unmet need without the directory knowing about it.
#
# sender: the view function.
# source: "directory" (/services/), "professionals" (/professionals/) or
#   "search" (/search/, the whole site).
# words: the search words, lower case, spaces collapsed; "" when none.
# filters: the other filters used, as a sorted query string ("age=7&category=health").
# request: the request being answered, so a receiver can count a search once per
#   visitor; the page itself (and its cached copy) holds nothing about them.
search_found_nothing = Signal()
