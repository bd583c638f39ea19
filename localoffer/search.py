"""One search over the whole Local Offer: live public pages and live services.

Both read the query through ``services.query`` (synonyms, filler words,
spelling), so ``/search/`` finds what the directory's ``q`` finds. Pages are
found through Wagtail's search backend (PostgreSQL full text in production,
SQLite's FTS5 in development); services through the directory's own ranked
search. The two lists are merged: a result whose title holds the query's words
comes first, then each list's own relevance, scaled to its best result.
"""

import itertools
import math
import re
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail.search.query import And, Or, Phrase, PlainText

from services import selectors as directory
from services.actions import directory_documents, replace_search_words
from services.query import SHORT_WORD, Concept, Query
from services.search import full_text_search_available, phrase_pattern

from .models import HomePage, StepByStepPage

PER_PAGE = 10
# Deep pages help nobody; a bound keeps every request cheap.
MAX_PAGES = 50
SUMMARY_LENGTH = 220
# The fields a page type may describe itself with in a result, best first.
SUMMARY_FIELDS = (
    "search_description",
    "summary",
    "commitment",
    "definition",
    "introduction",
    "vision",
)


@dataclass(frozen=True)
class Hit:
    """One result: a page or a service, as the results list shows it."""

    kind: str  # "service", "guide", "strategy" or "information"
    title: str
    url: str
    summary: str
    score: float = 0.0
    service: object = None

    @property
    def kind_label(self) -> str:
        return {
            "service": "Service",
            "guide": "Step-by-step guide",
            "strategy": "Strategy",
        }.get(self.kind, "Information")


@dataclass
class SiteSearch:
    """One page of results for ``words``, and how the search was answered."""

    words: str
    plan: directory.SearchPlan | None
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    service_total: int = 0
    page_total: int = 0

    @property
    def total(self) -> int:
        return self.service_total + self.page_total

    @property
    def page_count(self) -> int:
        return min(MAX_PAGES, math.ceil(self.total / PER_PAGE))


# ---------------------------------------------------------------- pages


def searchable_pages(site: Site | None) -> QuerySet[Page]:
    """Live pages anyone may see, in this site, less the home page itself."""
    pages = Page.objects.live().public().not_type(HomePage)
    if site is not None:
        pages = pages.descendant_of(site.root_page)
    return pages


def phrase_expression(phrase: tuple[str, ...], *, stemmed: bool):
    """A phrase for Wagtail's search. PostgreSQL stems it; SQLite's FTS5 does
    not, so there each long word matches as a prefix and short ones whole."""
    words = [
        part for word in phrase for part in word.split("'") if len(part) > 1 or part.isdigit()
    ]
    if not words:
        return None
    if stemmed:
        return Phrase(" ".join(words))
    parts = [Phrase(word) if len(word) <= SHORT_WORD else PlainText(word) for word in words]
    return parts[0] if len(parts) == 1 else And(parts)


def concept_expression(concept: Concept, *, stemmed: bool):
    parts = [phrase_expression(phrase, stemmed=stemmed) for phrase in concept.phrases]
    parts = [part for part in parts if part is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Or(parts)


def page_expression(query: Query, *, partial: bool, stemmed: bool):
    parts = [concept_expression(concept, stemmed=stemmed) for concept in query.concepts]
    parts = [part for part in parts if part is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return Or(parts) if partial else And(parts)


def page_results(plan: directory.SearchPlan, site: Site | None):
    # Specific pages, a query per page type: a result shows its type's summary.
    pages = searchable_pages(site).specific()
    expression = page_expression(
        plan.query, partial=plan.partial, stemmed=full_text_search_available(pages.db)
    )
    if expression is None:
        return None
    return pages.search(expression, order_by_relevance=True).annotate_score("_score")


def page_kind(page: Page) -> str:
    if isinstance(page, StepByStepPage):
        return "guide"
    if page.specific_class.__module__.startswith("strategy."):
        return "strategy"
    return "information"


def page_summary(page: Page) -> str:
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return Truncator(" ".join(strip_tags(value).split())).chars(SUMMARY_LENGTH)
    return ""


def page_text(page: Page) -> str:
    """A page's searchable words as plain text: its title and every field it
    is searched by, for the vocabulary of spelling suggestions."""
    page = page.specific
    parts = [page.title]
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        try:
            model_field = search_field.get_field(page.__class__)
        except FieldDoesNotExist:
            model_field = None
        value = getattr(page, search_field.field_name, None)
        if callable(value):
            value = value()
        if hasattr(model_field, "get_searchable_content"):
            parts.extend(str(part) for part in model_field.get_searchable_content(value))
        elif isinstance(value, str):
            parts.append(strip_tags(value))
    return " ".join(parts)


def site_documents(site: Site | None = None):
    """The text of every searchable page, one document each."""
    for page in searchable_pages(site).specific().iterator():
        yield page_text(page)


def rebuild_search_words() -> int:
    """The spelling vocabulary, made again from all published pages and services."""
    return replace_search_words(itertools.chain(directory_documents(), site_documents()))


# ---------------------------------------------------------------- merging


def title_share(title: str, query: Query) -> float:
    """How much of the query the title holds, from 0 to 1."""
    if not query.concepts:
        return 0.0
    held = sum(
        any(re.search(phrase_pattern(phrase), title, re.IGNORECASE) for phrase in c.phrases)
        for c in query.concepts
    )
    return held / len(query.concepts)


def scaled(scores: list[float]) -> list[float]:
    """Scores from 0 to 1, the best result of the list at 1. Engines differ in
    sign (SQLite's BM25 is negative, better results further from zero), never
    within one list."""
    best = max(scores, key=abs, default=0) or 1
    return [max(score / best, 0) for score in scores]


def service_hits(services, query: Query, request) -> list[Hit]:
    services = list(services)
    scores = scaled([float(service.rank or 0) for service in services])
    return [
        Hit(
            kind="service",
            title=service.name,
            url=service.get_absolute_url(),
            summary=service.summary,
            score=title_share(service.name, query) + score,
            service=service,
        )
        for service, score in zip(services, scores, strict=True)
    ]


def page_hits(pages, query: Query, request) -> list[Hit]:
    pages = list(pages)
    scores = scaled([float(getattr(page, "_score", 0) or 0) for page in pages])
    hits = []
    for page, score in zip(pages, scores, strict=True):
        hits.append(
            Hit(
                kind=page_kind(page),
                title=page.title,
                url=page.get_url(request),
                summary=page_summary(page),
                score=title_share(page.title, query) + score,
            )
        )
    return hits


# ---------------------------------------------------------------- the search


def site_search(words: str, *, page: int = 1, request=None) -> SiteSearch:
    """Search live pages and live services together; ``page`` of 10 results."""
    site = Site.find_for_request(request) if request is not None else None

    def found(plan: directory.SearchPlan) -> int:
        services = plan.services(directory.service_published()).values("pk")
        count = services[: directory.FEW_RESULTS].count()
        if count < directory.FEW_RESULTS and (pages := page_results(plan, site)) is not None:
            count += len(pages[: directory.FEW_RESULTS - count])
        return count

    plan = directory.search_plan(words, found=found)
    result = SiteSearch(words=plan.typed.text, plan=plan, page=max(1, min(page, MAX_PAGES)))
    if not plan.query:
        return result

    services = plan.ranked(directory.service_published()).select_related("responsible_body")
    pages = page_results(plan, site)
    result.service_total = services.count()
    result.page_total = pages.count() if pages is not None else 0
    result.page = min(result.page, max(result.page_count, 1))
    wanted = result.page * PER_PAGE
    hits = service_hits(services[:wanted], plan.query, request)
    if pages is not None:
        hits += page_hits(pages[:wanted], plan.query, request)
    # On a tie, a guide or an information page explains more than a service entry.
    hits.sort(key=lambda hit: (-hit.score, hit.kind == "service", hit.title))
    result.hits = hits[wanted - PER_PAGE : wanted]
    return result
