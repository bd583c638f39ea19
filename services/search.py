"""Keyword search over the directory.

On PostgreSQL each service keeps a stored ``search_vector``: its name (weight
A), summary and category names (B) and description (C), stemmed as English so
"assessment" also finds "assessments". A GIN index makes matching fast and
``SearchRank`` orders results by relevance. The vector is built in the database
from the stored row, so it always describes the live version of an entry, never
a draft an editor has not published.

Other databases (SQLite for local development) match each word anywhere in the
same fields instead; ``services.selectors`` chooses.
"""

import contextlib
import threading

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import F, OuterRef, QuerySet, Subquery

SEARCH_CONFIG = "english"
MAX_WORDS = 12
# Fields whose change alters the vector; a save touching none of them keeps it.
INDEXED_FIELDS = frozenset({"name", "summary", "description", "categories"})


def full_text_search_available(using: str) -> bool:
    return connections[using].vendor == "postgresql"


def first_words(words: str) -> str:
    return " ".join(words.split()[:MAX_WORDS])


def search_query(words: str) -> SearchQuery:
    # websearch syntax never raises on odd input: quotes, "or" and -word work,
    # stray punctuation is ignored.
    return SearchQuery(first_words(words), search_type="websearch", config=SEARCH_CONFIG)


def search_rank(words: str) -> SearchRank:
    return SearchRank(F("search_vector"), search_query(words))


def search_document() -> SearchVector:
    """The weighted vector of a service, computed from its stored row."""
    from .models import Service

    through = Service.categories.through
    category_names = Subquery(
        through.objects.filter(service_id=OuterRef("pk"))
        .values("service_id")
        .annotate(names=StringAgg("category__name", delimiter=" "))
        .values("names")
    )
    return (
        SearchVector("name", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector(category_names, weight="B", config=SEARCH_CONFIG)
        + SearchVector("description", weight="C", config=SEARCH_CONFIG)
    )


_deferred = threading.local()


def update_search_vectors(queryset: QuerySet) -> int:
    """Rebuild the vectors of these services in one UPDATE. Nothing to do
    without full-text search, or while a bulk job defers it (``vectors_deferred``);
    returns how many rows were updated."""
    if getattr(_deferred, "active", False) or not full_text_search_available(queryset.db):
        return 0
    return queryset.update(search_vector=search_document())


@contextlib.contextmanager
def vectors_deferred():
    """Saves in this block leave the search vectors alone: the bulk job that
    uses it rebuilds them for all its rows at the end, in few UPDATEs."""
    _deferred.active = True
    try:
        yield
    finally:
        _deferred.active = False
