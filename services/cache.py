"""What the directory keeps in the cache, how it forgets, and how it warms up.

Facet counts cost several queries over every live service, yet change only when
an editor publishes, so they are cached per filter combination; so are whole
directory pages for visitors who are not signed in. Every entry carries the
directory's *generation*, a token replaced whenever a service, route or
taxonomy term changes, and is used only while that is still the generation:
an older one is built again in its place, or expires.

The generation lives in the database (``DirectoryGeneration``, one row), the
truth every process and server shares, so a change made anywhere (an editor,
``import_oruk``, cron's ``publish_scheduled``, another worker) shows on the very
next request. A change replaces it inside its own transaction, so other
processes see the new token exactly when the new rows commit, never before; a
change rolled back takes its token with it, and no later change can reuse it.
With a cache of the process's own memory, each cached page served reads it
there, one primary-key read. With a shared cache (Redis), which every process
sees, the cache holds a copy too (``GENERATION_KEY``): a change sets it to the
token it committed once it commits, and a cached page is served with one round
trip to the cache, for the copy and the page together, and no query at all.
When the copy is missing (evicted, flushed, a fresh start) the database is read
and the copy put back (``generation_for_page``); it is trusted for at most
``GENERATION_TIMEOUT`` seconds between changes, so even a change whose process
died between its commit and setting the copy shows within that. Nothing else
keeps the token between requests, except to serve the pages already cached
while the database cannot answer (``generation_for_page``).

After a change commits, the landing pages and the pages visitors ask for most
are built again in a background thread (``schedule_warm_up``), so the first
visitor after a publish does not pay for them; ``manage.py warm_cache`` does
the same from cron. With the cache disabled (``DJANGO_CACHE_DISABLED``) none of
this runs: pages are built afresh and the generation is never read.

This module listens: ``services.signals`` says which changes matter and defines
the directory's own signals; ``ServicesConfig.ready()`` calls ``connect()``.
"""

import contextlib
import functools
import hashlib
import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.handlers.base import BaseHandler
from django.db import InterfaceError, OperationalError, connection, connections, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.request import split_domain_port, validate_host
from django.middleware.csrf import get_token

from .models import DirectoryGeneration
from .signals import search_found_nothing, watched_models

logger = logging.getLogger(__name__)

TIMEOUT = 300
# A page's forms carry the CSRF token of the visitor it was built for. The
# cached copy keeps a placeholder instead, filled with each visitor's own token.
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
CSRF_PLACEHOLDER = b"__csrf_token__"

# Pages worth building before anyone asks: the directory's and the finder's
# landing pages. The most requested others are counted (``note_built``).
LANDING_PAGES = ("/services/", "/professionals/")
# How many built pages are counted, and how many of the most requested a
# warm-up builds. Counting happens only when a page is built (a miss), never
# on a hit, so it costs the cached path nothing: a page asked for all day is
# built again after every publish and every TIMEOUT, a page asked for once a
# week rarely, so the count ranks pages by how often they are wanted.
POPULAR_KEY = "services:most-requested"
POPULAR_KEPT = 100
WARM_MOST_REQUESTED = 20
# Seconds between a change committing and the warm-up: the rest of a burst of
# changes (an editor's publish saves several rows, each its own signal) lands
# in the same warm-up.
WARM_DELAY = 2.0
# The copy of the generation a shared cache holds, and the seconds it is
# trusted before the database is read again (the module's docstring).
GENERATION_KEY = "services:generation"
GENERATION_TIMEOUT = 10


def caching() -> bool:
    """False when the cache is disabled (``DJANGO_CACHE_DISABLED``)."""
    return not isinstance(caches["default"], DummyCache)


# The generation this process read last, from the database or the shared
# cache's copy. Never used while either answers (each request reads it afresh);
# only to serve pages already in the cache while the database does not
# (``generation_for_page``).
_last_read: str | None = None


def directory_generation() -> str:
    """The generation now: one primary-key read, so whatever any process has
    committed counts. Made here if the row is missing (a flushed database)."""
    global _last_read
    # In SQL: every cached page served runs this, and building the ORM's query
    # would cost several times what the database takes to answer it.
    table = connection.ops.quote_name(DirectoryGeneration._meta.db_table)
    query = f"SELECT token FROM {table} WHERE id = %s"  # noqa: S608 (the model's own table)
    with connection.cursor() as cursor:
        cursor.execute(query, [DirectoryGeneration.ROW])
        found = cursor.fetchone()
    if found is None:
        row, _ = DirectoryGeneration.objects.get_or_create(
            pk=DirectoryGeneration.ROW, defaults={"token": uuid.uuid4().hex}
        )
        found = (row.token,)
    generation = found[0]
    _last_read = generation
    return generation


def generation_for_page() -> str:
    """The generation from the database, or while the database cannot answer,
    the one this process read last: the pages it had cached are still served,
    and one not in the cache fails on the view's own first query (a 503, as
    every page answers in an outage). Without a last reading, the error goes up
    as it is.

    With a shared cache, what the database answered becomes the cache's copy
    if it has none (``cached_in_generation`` reads the copy first). With
    ``add``, never ``set``: between this read and the ``add``, a change may
    have committed and set the copy to its newer token, which an ``add`` cannot
    overwrite. Had the copy not been set yet, the change's own ``set`` after
    its commit replaces what was added. The one gap, a change whose process
    died (or lost Redis) between its commit and its ``set`` while this one adds
    the older token, lasts ``GENERATION_TIMEOUT`` seconds at most."""
    try:
        generation = directory_generation()
    except (OperationalError, InterfaceError):
        if _last_read is None:
            raise
        return _last_read
    if cache_is_shared():
        cache.add(GENERATION_KEY, generation, GENERATION_TIMEOUT)
    return generation


def cached_in_generation(key: str) -> tuple[str, Any]:
    """The generation now, and what the cache holds under ``key`` if it was
    kept in that generation (a dict with ``"generation"``), else None.

    With a shared cache, one round trip (``get_many``) brings the copy of the
    generation and the entry together, and no query is made. With a cache in
    this process's memory, or when the copy is missing or cannot be read (a
    cache error is a miss), the generation is read from the database
    (``generation_for_page``)."""
    global _last_read
    shared = cache_is_shared()
    found = cache.get_many([GENERATION_KEY, key] if shared else [key])
    generation = found.get(GENERATION_KEY) if shared else None
    if generation is None:
        generation = generation_for_page()
    else:
        _last_read = generation
    entry = found.get(key)
    if not isinstance(entry, dict) or entry.get("generation") != generation:
        entry = None
    return generation, entry


def share_generation(token: str) -> None:
    """After a change commits: the shared cache's copy is the token it wrote."""
    cache.set(GENERATION_KEY, token, GENERATION_TIMEOUT)


def _new_generation() -> str:
    """A new token, written in the current transaction, returned. One UPDATE,
    no read: two changes at once each write a token neither has seen, and the
    row's lock orders them."""
    token = uuid.uuid4().hex
    if not DirectoryGeneration.objects.filter(pk=DirectoryGeneration.ROW).update(token=token):
        row, _ = DirectoryGeneration.objects.get_or_create(
            pk=DirectoryGeneration.ROW, defaults={"token": token}
        )
        token = row.token
    return token


def directory_changed(**kwargs) -> None:
    """Forget cached directory data, for every process, when this change
    commits; then build the most visited pages again (``schedule_warm_up``).

    With a shared cache, its copy of the generation is set to this change's
    token once the outermost transaction commits (at once in autocommit). The
    changes of one transaction set theirs in the order they wrote them, so the
    last, the committed token, stays; those of a savepoint rolled back, or a
    transaction rolled back, are dropped with it and set nothing."""
    token = _new_generation()
    if cache_is_shared():
        transaction.on_commit(functools.partial(share_generation, token), robust=True)
    if settings.DIRECTORY_WARM_AFTER_CHANGE and caching():
        transaction.on_commit(schedule_warm_up, robust=True)


def connect() -> None:
    """Forget cached directory data whenever a watched model is saved or deleted."""
    for model in watched_models():
        for signal in (post_save, post_delete):
            signal.connect(directory_changed, sender=model, dispatch_uid=f"directory-{model}")


def disconnect() -> None:
    for model in watched_models():
        for signal in (post_save, post_delete):
            signal.disconnect(sender=model, dispatch_uid=f"directory-{model}")


@contextlib.contextmanager
def invalidation_suspended():
    """No cache invalidation per row while a bulk job writes; the job calls
    ``directory_changed`` once, inside its transaction, when it is done."""
    disconnect()
    try:
        yield
    finally:
        connect()


def cache_key(kind: str, params: dict) -> str:
    """The key for these parameters in every generation: the entry kept under
    it says which one it was built in (``cached_in_generation``)."""
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode())
    return f"services:{kind}:{digest.hexdigest()}"


def cached(kind: str, params: dict, compute: Callable[[], Any]) -> Any:
    """``compute()``, cached for these parameters in this generation."""
    if not caching():
        return compute()
    key = cache_key(kind, params)
    generation, stored = cached_in_generation(key)
    if stored is not None:
        return stored["value"]
    value = compute()
    cache.set(key, {"generation": generation, "value": value}, TIMEOUT)
    return value


def cache_public_page(*, params: Iterable[str]) -> Callable[[Callable], Callable]:
    """Serve a directory page from the cache to visitors who are not signed in.

    The key is the path and, of the query, only ``params``, the parameters the
    view reads (its form's fields, ``page``...); a copy is served only in the
    generation it was built in, so a publish shows at once. Anything else in
    the address (``utm_source``, ``fbclid``) does not change the page, so it
    shares the cached copy; the view builds that copy from the known
    parameters alone, so its links carry nothing else. The key takes them in a
    canonical order (by name, values sorted): the same choices in another
    order share the page. Only complete 200 answers are kept; anyone with a
    session (an editor previewing, say) or a message waiting to be shown
    (thanks for feedback) always gets a freshly built page. Browsers are not
    told to cache: that would outlive a publish.

    A view may set ``response.search_found_nothing`` to the arguments of the
    signal of that name; it is kept with the cached copy and sent on every
    serve, so a search that found nothing counts each time it is shown.

    A hit costs, with a shared cache (Redis), one round trip to it for the
    generation's copy and the page together, and no query; with a cache in the
    process's memory, one primary-key read of the generation and one read of
    the cache. A page built and kept is counted (``note_built``), for the
    warm-up.
    """
    known = frozenset(params)

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if (
                request.method != "GET"
                or not request.COOKIES.keys().isdisjoint(
                    {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}
                )
                or not caching()
            ):
                response = view(request, *args, **kwargs)
                found_nothing = getattr(response, "search_found_nothing", None)
                announce_nothing_found(view, request, found_nothing)
                return response
            query = known_query(request.GET, known)
            canonical = sorted((name, sorted(values)) for name, values in query.lists())
            page = {"path": request.path, "query": canonical}
            key = cache_key("page", page)
            generation, stored = cached_in_generation(key)
            if stored is not None:
                content = stored["content"]
                if CSRF_PLACEHOLDER in content:
                    content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
                response = HttpResponse(content, content_type=stored["content_type"])
                response["X-Cache"] = "hit"
                announce_nothing_found(view, request, stored.get("search_found_nothing"))
                return response
            with reading_only(request, query):
                response = view(request, *args, **kwargs)
                if hasattr(response, "render"):
                    response.render()
            if response.status_code == 200:
                content = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
                stored = {
                    "generation": generation,
                    "content": content,
                    "content_type": response["Content-Type"],
                    "search_found_nothing": getattr(response, "search_found_nothing", None),
                }
                cache.set(key, stored, TIMEOUT)
                note_built(request.path, canonical)
            response["X-Cache"] = "miss"
            announce_nothing_found(view, request, getattr(response, "search_found_nothing", None))
            return response

        return wrapper

    return decorate


def known_query(query: QueryDict, known: frozenset[str]) -> QueryDict:
    """``query`` without the parameters not in ``known``."""
    kept = QueryDict(mutable=True)
    for name, values in query.lists():
        if name in known:
            kept.setlist(name, values)
    kept._mutable = False
    return kept


@contextlib.contextmanager
def reading_only(request: HttpRequest, query: QueryDict):
    """The request as if its address held ``query`` alone (for building a page
    everyone with that query will share), restored afterwards."""
    original = request.GET, request.META.get("QUERY_STRING", "")
    request.GET, request.META["QUERY_STRING"] = query, query.urlencode()
    try:
        yield
    finally:
        request.GET, request.META["QUERY_STRING"] = original


def announce_nothing_found(view: Callable, request: HttpRequest, payload: dict | None) -> None:
    """Send ``search_found_nothing`` for a page being served, with the request
    it answers (the receiver counts once per address). Counting is a side
    effect: a receiver that fails is logged by ``send_robust``, and the visitor
    still gets the page."""
    if not payload:
        return
    search_found_nothing.send_robust(sender=view, request=request, **payload)


# ------------------------------------------------------------------ warming up
# Set in the thread that is warming the cache, so its own requests are not
# counted as visitors'.
_warming = threading.local()


def note_built(path: str, canonical: list) -> None:
    """Count one more build of this page (a visitor's, not the warm-up's).

    The counts live in the cache, under one key that outlives generations,
    bounded to ``POPULAR_KEPT`` pages: when full, the less requested half is
    dropped, so a page that becomes popular can still get in. Two processes
    counting at the same moment may lose a count; for a ranking that is fine.
    """
    if getattr(_warming, "active", False):
        return
    address = path + (
        "?" + urlencode([(n, v) for n, values in canonical for v in values]) if canonical else ""
    )
    counts = cache.get(POPULAR_KEY) or {}
    counts[address] = counts.get(address, 0) + 1
    if len(counts) > POPULAR_KEPT:
        kept = sorted(counts.items(), key=lambda item: item[1], reverse=True)
        counts = dict(kept[: POPULAR_KEPT // 2])
    cache.set(POPULAR_KEY, counts, None)


def most_requested(limit: int = WARM_MOST_REQUESTED) -> list[str]:
    """The addresses of the cached pages built most often for visitors, most first."""
    counts = cache.get(POPULAR_KEY) or {}
    return [address for address, _ in sorted(counts.items(), key=lambda item: -item[1])][:limit]


def pages_to_warm() -> list[str]:
    """The landing pages, then the most requested others."""
    return list(dict.fromkeys([*LANDING_PAGES, *most_requested()]))


def public_host() -> str:
    """The host visitors use (``WAGTAILADMIN_BASE_URL``'s, when allowed), so a
    page built here holds the links they would have been given."""
    allowed = settings.ALLOWED_HOSTS
    host = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").netloc
    if host and validate_host(split_domain_port(host)[0], allowed):
        return host
    for candidate in allowed:
        if candidate and candidate != "*" and not candidate.startswith("."):
            return candidate
    return "localhost"


def warm(addresses: Iterable[str] | None = None) -> list[tuple[str, int, str, float]]:
    """Build ``addresses`` (by default ``pages_to_warm()``) as a visitor with
    no session would, through the whole middleware stack, so each is cached in
    the current generation. Returns, for each, the address, the status, the
    X-Cache answer and the seconds taken. Runs in the calling thread.

    The requests skip the server's request_started and request_finished
    signals, as Django's test client does: those close the database
    connections of the thread they run in, which is the caller's."""
    from django.test import RequestFactory  # here: the web server never imports django.test

    handler = BaseHandler()
    handler.load_middleware()
    factory = RequestFactory(HTTP_HOST=public_host())
    warmed = []
    _warming.active = True
    try:
        for address in pages_to_warm() if addresses is None else addresses:
            started = time.monotonic()
            path, _, query = address.partition("?")
            response = handler.get_response(factory.get(path, QueryDict(query), secure=True))
            warmed.append(
                (
                    address,
                    response.status_code,
                    response.get("X-Cache", ""),
                    time.monotonic() - started,
                )
            )
    finally:
        _warming.active = False
    return warmed


class WarmUp:
    """At most one warm-up waiting and one running at a time: changes that
    commit while one waits share it, and one that commits while it runs gets
    another after it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = threading.Lock()
        self._timer: threading.Timer | None = None

    def schedule(self) -> bool:
        """Start the timer unless one is waiting; True when this call started it."""
        with self._lock:
            if self._timer is not None:
                return False
            self._timer = self.start_timer(WARM_DELAY, self.in_background)
            return True

    def start_timer(self, delay: float, function: Callable[[], None]) -> threading.Timer:
        timer = threading.Timer(delay, function)
        timer.daemon = True  # never keeps a worker or a command from exiting
        timer.start()
        return timer

    def run(self) -> None:
        """Warm the cache now; changes from here on schedule another warm-up."""
        with self._running:
            with self._lock:
                self._timer = None
            try:
                warmed = warm()
            except Exception:  # a warm-up only saves work; a visitor builds the page instead
                logger.warning("warming the directory cache failed", exc_info=True)
            else:
                logger.info("warmed %d directory pages after a change", len(warmed))

    def in_background(self) -> None:
        """The timer's thread: ``run``, then close the connections it opened."""
        try:
            self.run()
        finally:
            connections.close_all()


warm_up = WarmUp()


def schedule_warm_up() -> None:
    """After a change commits: build the landing and most requested pages
    again shortly, in a background thread, so the editor's publish does not
    wait for them and the first visitor after it does not pay for them."""
    if settings.DIRECTORY_WARM_AFTER_CHANGE and caching():
        warm_up.schedule()


def cache_is_shared() -> bool:
    """False for a cache in this process's memory, which no other process sees."""
    return not isinstance(caches["default"], (LocMemCache, DummyCache))
