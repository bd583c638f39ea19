"""What the directory keeps in the cache, and how it forgets.

Facet counts cost several queries over every live service, yet change only when
an editor publishes, so they are cached per filter combination; so are whole
directory pages for visitors who are not signed in. Every key
carries the directory's *generation*, a token replaced whenever a service,
route or taxonomy term changes: old entries are never read again and expire.

With Redis (REDIS_URL) every worker sees a new generation at once. With the
per-process memory cache, other processes notice when their entries expire,
after at most ``TIMEOUT`` seconds.
"""

import functools
import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

GENERATION_KEY = "services:generation"
TIMEOUT = 300


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


def cache_key(kind: str, params: dict) -> str:
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode())
    return f"services:{kind}:{directory_generation()}:{digest.hexdigest()}"


def cached(kind: str, params: dict, compute: Callable[[], Any]) -> Any:
    """``compute()``, cached for these parameters in this generation."""
    return cache.get_or_set(cache_key(kind, params), compute, TIMEOUT)


def cache_public_page(view: Callable) -> Callable:
    """Serve a directory page from the cache to visitors who are not signed in.

    The key is the path and the sorted query, in this generation, so a publish
    shows at once. Only complete 200 answers are kept; anyone with a session
    (an editor previewing, say) always gets a freshly built page. Browsers are
    not told to cache: that would outlive a publish.
    """

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "GET" or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return view(request, *args, **kwargs)
        params = {"path": request.path, "query": sorted(request.GET.lists())}
        key = cache_key("page", params)
        if (stored := cache.get(key)) is not None:
            response = HttpResponse(stored["content"], content_type=stored["content_type"])
            response["X-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            if hasattr(response, "render"):
                response.render()
            cache.set(
                key,
                {"content": response.content, "content_type": response["Content-Type"]},
                TIMEOUT,
            )
        response["X-Cache"] = "miss"
        return response

    return wrapper
