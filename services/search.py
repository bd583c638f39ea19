"""Keyword search over the directory: a ``services.query.Query`` as database conditions.

On PostgreSQL each service keeps a stored ``search_vector``: its name (weight
A), summary, category and need names (B) and description (C), stemmed as English so
"assessment" also finds "assessments". A GIN index makes matching fast and
``SearchRank`` orders results by relevance. The vector is built in the database
from the stored row, so it always describes the live version of an entry, never
a draft an editor has not published.

Other databases (SQLite for local development) match each word at the start of
a word in the same fields instead, a short word only as a whole word.

Each concept of a query matches if any of its phrases does (synonyms widen);
``matching_all`` wants every concept, ``matching_some`` at least one, ranked by
how many.
"""

import contextlib
import operator
import re
import threading
from functools import reduce

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import (
    Case,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)

from .query import SHORT_WORD, Concept, Phrase, Query

SEARCH_CONFIG = "english"
# Fields whose change alters the vector; a save touching none of them keeps it.
INDEXED_FIELDS = frozenset({"name", "summary", "description", "categories", "needs"})
# Without full-text search: where a word counts most.
FIELD_WEIGHTS = {"name": 8, "summary": 3, "categories": 3, "needs": 3, "description": 1}
# Many-to-many fields whose terms' names are words of the service: the term's field.
NAMED_TERMS = {"categories": "category", "needs": "need"}
SUFFIXES = ("ists", "ies", "ing", "ist", "ed", "es", "s", "y")


def full_text_search_available(using: str) -> bool:
    return connections[using].vendor == "postgresql"


# ---------------------------------------------------------------- PostgreSQL


def phrase_query(phrase: Phrase) -> SearchQuery:
    # phraseto_tsquery: the words in this order, stemmed; never raises on odd input.
    return SearchQuery(" ".join(phrase), search_type="phrase", config=SEARCH_CONFIG)


def concept_query(concept: Concept) -> SearchQuery:
    return reduce(operator.or_, (phrase_query(phrase) for phrase in concept.phrases))


def rank_query(query: Query) -> SearchQuery:
    """Every concept and every filler word: each one found lifts a result."""
    parts = [concept_query(concept) for concept in query.concepts]
    parts += [phrase_query((word,)) for word in query.filler]
    return reduce(operator.or_, parts)


def search_rank(query: Query) -> SearchRank:
    return SearchRank(F("search_vector"), rank_query(query))


# ---------------------------------------------------------------- elsewhere


def stem(word: str) -> str:
    """A crude stem, so "therapy" also finds "therapist", "assessments" finds
    "assessment" and "wets" finds "wetting" where the database cannot stem."""
    if len(word) > 5:
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    if len(word) > SHORT_WORD and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def phrase_pattern(phrase: Phrase) -> str:
    """A regular expression for the phrase: each word at the start of a word,
    in order, a short word whole."""
    parts = []
    for word in phrase:
        if len(word) <= SHORT_WORD or not word.isalpha():
            parts.append(re.escape(word) + r"\b")
        else:
            parts.append(re.escape(stem(word)) + r"\w*")
    return r"\b" + r"\W+".join(parts)


def concept_condition(queryset: QuerySet, concept: Concept, field: str) -> Q:
    pattern = "|".join(f"(?:{phrase_pattern(phrase)})" for phrase in concept.phrases)
    if field in NAMED_TERMS:
        through = getattr(queryset.model, field).through
        names = {f"{NAMED_TERMS[field]}__name__iregex": pattern}
        return Q(pk__in=through.objects.filter(**names).values("service_id"))
    return Q(**{f"{field}__iregex": pattern})


def concept_anywhere(queryset: QuerySet, concept: Concept) -> Q:
    return reduce(
        operator.or_, (concept_condition(queryset, concept, field) for field in FIELD_WEIGHTS)
    )


def word_rank(queryset: QuerySet, query: Query) -> Case | Value:
    """A score without full-text search: each concept found in a field adds its weight."""
    terms = [
        Case(
            When(concept_condition(queryset, concept, field), then=Value(weight)),
            default=Value(0),
            output_field=IntegerField(),
        )
        for concept in query.concepts
        for field, weight in FIELD_WEIGHTS.items()
    ]
    return reduce(operator.add, terms) if terms else Value(0)


# ---------------------------------------------------------------- both


def concept_matches(queryset: QuerySet, concept: Concept) -> Q:
    if full_text_search_available(queryset.db):
        return Q(search_vector=concept_query(concept))
    return concept_anywhere(queryset, concept)


def matching_all(queryset: QuerySet, query: Query) -> QuerySet:
    """Services that match every concept of the query."""
    for concept in query.concepts:
        queryset = queryset.filter(concept_matches(queryset, concept))
    return queryset


def concepts_matched(queryset: QuerySet, query: Query):
    """How many of the query's concepts a service matches."""
    return reduce(
        operator.add,
        (
            Case(
                When(concept_matches(queryset, concept), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for concept in query.concepts
        ),
    )


def matching_some(queryset: QuerySet, query: Query) -> QuerySet:
    """Services that match at least one concept, annotated with ``matched``."""
    condition = reduce(operator.or_, (concept_matches(queryset, c) for c in query.concepts))
    return queryset.filter(condition).annotate(matched=concepts_matched(queryset, query))


def by_relevance(queryset: QuerySet, query: Query, *, partial: bool = False) -> QuerySet:
    """Best first: the most concepts matched (when partial), then rank, then name."""
    if full_text_search_available(queryset.db):
        queryset = queryset.annotate(rank=search_rank(query))
    else:
        queryset = queryset.annotate(rank=word_rank(queryset, query))
    order = ["-matched"] if partial else []
    return queryset.order_by(*order, "-rank", "name")


def search_document(model) -> SearchVector:
    """The weighted vector of a service (a row of ``model``), computed from its
    stored row. The model comes from the caller's queryset, so this module
    never imports ``services.models`` (which imports it)."""
    vector = SearchVector("name", weight="A", config=SEARCH_CONFIG) + SearchVector(
        "summary", weight="B", config=SEARCH_CONFIG
    )
    for field, term in NAMED_TERMS.items():
        names = Subquery(
            getattr(model, field)
            .through.objects.filter(service_id=OuterRef("pk"))
            .values("service_id")
            .annotate(names=StringAgg(f"{term}__name", delimiter=" "))
            .values("names")
        )
        vector += SearchVector(names, weight="B", config=SEARCH_CONFIG)
    return vector + SearchVector("description", weight="C", config=SEARCH_CONFIG)


_deferred = threading.local()


def update_search_vectors(queryset: QuerySet) -> int:
    """Rebuild the vectors of these services in one UPDATE. Nothing to do
    without full-text search, or while a bulk job defers it (``vectors_deferred``);
    returns how many rows were updated."""
    if bulk_job_running() or not full_text_search_available(queryset.db):
        return 0
    return queryset.update(search_vector=search_document(queryset.model))


def bulk_job_running() -> bool:
    """Whether a bulk job (``vectors_deferred``) is writing in this thread."""
    return getattr(_deferred, "active", False)


@contextlib.contextmanager
def vectors_deferred():
    """Saves in this block leave the search vectors alone: the bulk job that
    uses it rebuilds them for all its rows at the end, in few UPDATEs."""
    _deferred.active = True
    try:
        yield
    finally:
        _deferred.active = False
