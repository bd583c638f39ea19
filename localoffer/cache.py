"""A Redis cache whose failures are cache misses (issue 17).

The cache only ever saves work: with Redis stopped, paused or unreachable,
every page can still be built from the database. So ``ForgivingRedisCache``
(Django's ``RedisCache``) answers every failed call as a miss or a no-op
(``get`` gives the default, ``add`` False, ``incr`` the ValueError of a missing
key), tells the log at most once a minute, and after a failure leaves Redis
alone for ``RETRY_AFTER`` seconds, so a dead server costs one short timeout,
not one per call. The settings give it short socket timeouts
(``DJANGO_CACHE_SOCKET_TIMEOUT``).

The outage is remembered per Redis address for the whole process: Django makes
one cache object per thread, and all of them should skip a dead server.
"""

import functools
import logging
import threading
from collections.abc import Callable
from time import monotonic
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds to leave Redis alone after a failed call, and between two log lines.
RETRY_AFTER = 5.0
LOG_EVERY = 60.0
# ConnectionError and TimeoutError are RedisErrors; sockets raise OSErrors.
CACHE_ERRORS = (RedisError, OSError)
_MISSING = object()


class Outage:
    """Whether one Redis server is being skipped, and when that was last logged."""

    def __init__(self) -> None:
        self.skip_until = 0.0
        self.log_after = 0.0
        self.failing = False
        self._lock = threading.Lock()

    def skipping(self) -> bool:
        return self.failing and monotonic() < self.skip_until

    def failed(self, location: str, error: Exception) -> None:
        now = monotonic()
        with self._lock:
            self.failing = True
            self.skip_until = now + RETRY_AFTER
            if now < self.log_after:
                return
            self.log_after = now + LOG_EVERY
        logger.warning(
            "cache unavailable: %s (%s: %s); pages are built without it, next try in %.0f s",
            location,
            type(error).__name__,
            error,
            RETRY_AFTER,
        )

    def answered(self, location: str) -> None:
        with self._lock:
            was_failing, self.failing = self.failing, False
        if was_failing:
            logger.warning("cache available again: %s", location)


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage_of(location: str) -> Outage:
    with _outages_lock:
        return _outages.setdefault(location, Outage())


def forget_outages() -> None:
    """Forget every remembered failure (for tests)."""
    with _outages_lock:
        _outages.clear()


def forgiving(fallback: Callable[..., Any]) -> Callable:
    """Run the cache call; on a Redis failure, or while Redis is skipped, answer
    ``fallback(*args, **kwargs)`` instead."""

    def decorate(method: Callable) -> Callable:
        @functools.wraps(method)
        def wrapper(self: "ForgivingRedisCache", *args, **kwargs):
            outage = self._outage
            if outage.skipping():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except CACHE_ERRORS as error:
                outage.failed(self._location, error)
                return fallback(*args, **kwargs)
            if outage.failing:
                outage.answered(self._location)
            return result

        return wrapper

    return decorate


def _default(key, default=None, version=None):
    return default


def _not_stored(data, *args, **kwargs):
    return list(data)


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found: the cache is unavailable.")


def _false(*args, **kwargs):
    return False


def _none(*args, **kwargs):
    return None


def _empty(*args, **kwargs):
    return {}


class ForgivingRedisCache(RedisCache):
    """Django's Redis cache, with every failure a miss (see the module's docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._location = ",".join(self._servers)
        self._outage = outage_of(self._location)

    @forgiving(_default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @forgiving(_empty)
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @forgiving(_false)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @forgiving(_none)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @forgiving(_not_stored)
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @forgiving(_false)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @forgiving(_false)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @forgiving(_missing_key)
    def incr(self, key, delta=1, version=None):
        return super().incr(key, delta, version)

    @forgiving(_false)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @forgiving(_none)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @forgiving(_false)
    def clear(self):
        return super().clear()

    @forgiving(_false)
    def ping(self) -> bool:
        """True when Redis answers now; False (at once, while it is skipped) when not."""
        return bool(self._cache.get_client(write=True).ping())


def cache_state(alias: str = "default") -> str:
    """``"ok"`` or ``"down"``, for ``/health/``: a Redis cache is pinged; any
    other backend is asked to store and read back a value. No cache at all
    (``DJANGO_CACHE_DISABLED``) is as intended, so "ok"."""
    cache = caches[alias]
    if isinstance(cache, ForgivingRedisCache):
        return "ok" if cache.ping() else "down"
    if isinstance(cache, DummyCache):
        return "ok"
    try:
        cache.set("health:probe", "ok", 10)
        return "ok" if cache.get("health:probe") == "ok" else "down"
    except Exception:  # any backend, any failure: the cache is not answering
        logger.warning("cache unavailable", exc_info=True)
        return "down"
