"""What the directory keeps in the cache, and how it forgets.

Facet counts cost several queries over every live service, yet change only when
an editor publishes, so they are cached per filter combination; so are whole
directory pages for visitors who are not signed in. Every key
carries the directory's *generation*, a token replaced whenever a service,
route or taxonomy term changes: old entries are never read again and expire.

With Redis (REDIS_URL) every worker sees a new generation at once. With the
per-process memory cache, other processes notice when their entries expire,
after at most ``TIMEOUT`` seconds.

This module listens: ``services.signals`` says which changes matter and defines
the directory's own signals; ``ServicesConfig.ready()`` calls ``connect()``.
"""

import contextlib
import functools
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse, QueryDict
from django.middleware.csrf import get_token

from .signals import search_found_nothing, watched_models

GENERATION_KEY = "services:generation"
TIMEOUT = 300
# A page's forms carry the CSRF token of the visitor it was built for. The
# cached copy keeps a placeholder instead, filled with each visitor's own token.
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
CSRF_PLACEHOLDER = b"__csrf_token__"


def directory_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _new_generation() -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def directory_changed(**kwargs) -> None:
    """Forget cached directory data now, and again when the change commits, so
    a request that read the old rows meanwhile cannot keep them cached."""
    _new_generation()
    transaction.on_commit(_new_generation, robust=True)


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
    ``directory_changed`` once when it is done."""
    disconnect()
    try:
        yield
    finally:
        connect()


def cache_key(kind: str, params: dict) -> str:
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode())
    return f"services:{kind}:{directory_generation()}:{digest.hexdigest()}"


def cached(kind: str, params: dict, compute: Callable[[], Any]) -> Any:
    """``compute()``, cached for these parameters in this generation."""
    return cache.get_or_set(cache_key(kind, params), compute, TIMEOUT)


def cache_public_page(*, params: Iterable[str]) -> Callable[[Callable], Callable]:
    """Serve a directory page from the cache to visitors who are not signed in.

    The key is the path and, of the query, only ``params``, the parameters the
    view reads (its form's fields, ``page``...), in this generation, so a
    publish shows at once. Anything else in the address (``utm_source``,
    ``fbclid``) does not change the page, so it shares the cached copy; the
    view builds that copy from the known parameters alone, so its links carry
    nothing else. The key takes them in a canonical order (by name, values
    sorted): the same choices in another order share the page. Only complete
    200 answers are kept; anyone with a session (an editor previewing, say) or
    a message waiting to be shown (thanks for feedback) always gets a freshly
    built page. Browsers are not told to cache: that would outlive a publish.

    A view may set ``response.search_found_nothing`` to the arguments of the
    signal of that name; it is kept with the cached copy and sent on every
    serve, so a search that found nothing counts each time it is shown.
    """
    known = frozenset(params)

    def decorate(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method != "GET" or not request.COOKIES.keys().isdisjoint(
                {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}
            ):
                response = view(request, *args, **kwargs)
                found_nothing = getattr(response, "search_found_nothing", None)
                announce_nothing_found(view, request, found_nothing)
                return response
            query = known_query(request.GET, known)
            canonical = sorted((name, sorted(values)) for name, values in query.lists())
            key = cache_key("page", {"path": request.path, "query": canonical})
            if (stored := cache.get(key)) is not None:
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
                    "content": content,
                    "content_type": response["Content-Type"],
                    "search_found_nothing": getattr(response, "search_found_nothing", None),
                }
                cache.set(key, stored, TIMEOUT)
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
