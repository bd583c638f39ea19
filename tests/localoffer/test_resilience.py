"""The site keeps answering when Redis or PostgreSQL fails (issue 17, findings 2 and 3).

Redis down: every cache call is a miss, logged once a minute, and the rate limit
lets feedback through. PostgreSQL down, paused or slow: a quick 503 with
Retry-After (a styled page, or JSON with the API's CORS header), and
``/health/?ready=1`` says so. Most tests stop the parts by mocking; the cache
ones use a real Redis client on a closed port, and one freezes a real
PostgreSQL connection behind a proxy (``make chaos`` stops the real servers).
"""

import importlib
import logging
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from unittest import mock

import pytest
import redis
from django.db import InterfaceError, OperationalError
from django.test import Client, RequestFactory, override_settings

from feedback.models import PageVote
from localoffer import cache as forgiving_cache
from localoffer import ratelimit
from tests.factories import InformationPageFactory, ServiceFactory
from tests.utils import HARNESS_VARIABLES, PROJECT_DIR

# A Redis URL where nothing listens: every call fails at once, as with Redis stopped.
NOWHERE = "redis://127.0.0.1:1/0"
REDIS_DOWN = {
    "default": {
        "BACKEND": "localoffer.cache.ForgivingRedisCache",
        "LOCATION": NOWHERE,
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
    }
}
DATABASE_DOWN = OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


@pytest.fixture(autouse=True)
def _fresh_outages():
    """Each test starts with no cache outage remembered."""
    forgiving_cache.forget_outages()
    yield
    forgiving_cache.forget_outages()


def unavailable_messages(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "cache unavailable" in r.getMessage()]


# ------------------------------------------------------------------ Redis down


@override_settings(CACHES=REDIS_DOWN)
def test_with_redis_down_pages_and_forms_still_answer_and_it_is_logged_once(client, home, caplog):
    InformationPageFactory(parent=home, title="Short breaks", slug="short-breaks")
    ServiceFactory(name="Portage", slug="portage")
    caplog.set_level(logging.WARNING)
    for path in ("/", "/services/", "/services/portage/", "/search/?q=portage", "/short-breaks/"):
        for _ in range(2):
            assert client.get(path).status_code == 200, path
    response = client.post("/feedback/useful/", {"useful": "yes", "page": "/short-breaks/"})
    assert response.status_code == 302
    assert PageVote.objects.count() == 1
    assert len(unavailable_messages(caplog)) == 1


def production_settings(**env: str):
    """The production settings module as a server with ``env`` would read it,
    imported afresh in this process (base.py too) and then forgotten."""
    required = {
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:9/nothing",
    }
    names = ("localoffer.settings.base", "localoffer.settings.production")
    with mock.patch.dict(os.environ, {**required, **env}), mock.patch.dict(sys.modules):
        for name in names:
            sys.modules.pop(name, None)
        return importlib.import_module(names[1])


def test_production_uses_the_forgiving_cache_with_short_timeouts():
    caches = production_settings(REDIS_URL=NOWHERE, DJANGO_CACHE_SOCKET_TIMEOUT="0.3").CACHES
    options = caches["default"]["OPTIONS"]
    assert (options["socket_connect_timeout"], options["socket_timeout"]) == (0.3, 0.3)
    with override_settings(CACHES=caches):
        from django.core.cache import caches

        assert isinstance(caches["default"], forgiving_cache.ForgivingRedisCache)
        assert caches["default"].get("x", "miss") == "miss"


@override_settings(CACHES=REDIS_DOWN)
def test_every_cache_call_is_a_miss_or_does_nothing_when_redis_is_down():
    from django.core.cache import cache

    assert cache.get("k") is None
    assert cache.get("k", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("k", 1) is False
    assert cache.set("k", 1) is None
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.touch("k") is False
    assert cache.has_key("k") is False
    assert cache.delete("k") is False
    assert cache.delete_many(["a"]) is None
    assert cache.clear() is False
    assert cache.get_or_set("k", lambda: "built") == "built"
    with pytest.raises(ValueError):  # as for a missing key: the caller's own fallback
        cache.incr("k")


@override_settings(CACHES=REDIS_DOWN)
def test_after_a_failure_redis_is_left_alone_for_a_few_seconds():
    from django.core.cache import cache

    calls = []
    real_get_client = cache._cache.get_client

    def counting(*args, **kwargs):
        calls.append(args)
        return real_get_client(*args, **kwargs)

    with mock.patch.object(cache._cache, "get_client", side_effect=counting):
        cache.get("k")
        cache.get("k")
        cache.set("k", 1)
        assert len(calls) == 1  # one connection attempt, then misses without waiting
        later = time.monotonic() + forgiving_cache.RETRY_AFTER + 1
        with mock.patch("localoffer.cache.monotonic", return_value=later):
            cache.get("k")
        assert len(calls) == 2  # tried again once the pause is over


# ------------------------------------------------------------------ rate limit


def test_the_rate_limit_lets_feedback_through_when_the_cache_fails(
    client, home, caplog, monkeypatch
):
    monkeypatch.setattr(ratelimit, "_quiet_until", 0.0, raising=False)
    failing = mock.Mock()
    failing.add.side_effect = redis.ConnectionError("Error 111 connecting to 127.0.0.1:6379.")
    failing.incr.side_effect = redis.ConnectionError("Error 111 connecting to 127.0.0.1:6379.")
    caplog.set_level(logging.WARNING)
    with mock.patch.object(ratelimit, "cache", failing):
        assert ratelimit.allow(RequestFactory().post("/"), scope="vote", limit=1, window=60)
        for _ in range(3):
            response = client.post("/feedback/useful/", {"useful": "no", "page": "/"})
            assert response.status_code == 302
    assert PageVote.objects.count() == 3
    logged = [r for r in caplog.records if "rate limit" in r.getMessage()]
    assert len(logged) == 1


# ------------------------------------------------------------------ /health/


@override_settings(CACHES=REDIS_DOWN)
def test_health_says_the_cache_is_down_and_the_site_still_serves(client, db):
    for path in ("/health/", "/health/?ready=1"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.json() == {"status": "degraded", "database": "ok", "cache": "down"}


def test_health_says_ok_when_everything_answers(client, db):
    response = client.get("/health/?ready=1")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_is_503_when_the_database_is_unreachable(client, db):
    from django.db import connections

    with mock.patch.object(connections["default"], "cursor", side_effect=DATABASE_DOWN):
        ready = client.get("/health/?ready=1")
        alive = client.get("/health/")
    assert ready.status_code == 503
    assert ready.json() == {"status": "unavailable", "database": "down", "cache": "ok"}
    # Liveness: the process answers; restarting it would not bring the database back.
    assert alive.status_code == 200
    assert alive.json()["database"] == "down"


# ------------------------------------------------------------------ database down


@pytest.fixture
def database_down():
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=DATABASE_DOWN
    ) as patched:
        yield patched


def test_a_database_outage_gets_a_quick_styled_503_with_retry_after(home, database_down):
    client = Client(raise_request_exception=False)
    for path in ("/", "/services/", "/services/portage/", "/search/?q=speech"):
        response = client.get(path)
        assert response.status_code == 503, path
        assert response["Retry-After"] == "30"
        body = response.content.decode()
        assert "Sorry, the service is unavailable" in body
        assert "/static/css/main.css" in body  # the site's own styled page
        assert "Stoke-on-Trent City Council" in body  # its footer, without the database
        assert "no-store" in response["Cache-Control"]  # no proxy keeps the outage


def test_the_api_gets_a_json_503_readable_from_any_origin(db, database_down):
    client = Client(raise_request_exception=False)
    response = client.get("/api/oruk/services")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["error"] == "service_unavailable"


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("canceling statement due to statement timeout"),
        OperationalError("canceling statement due to lock timeout"),
        InterfaceError("connection already closed"),
    ],
)
def test_a_timed_out_query_or_a_lost_connection_is_a_503(db, error):
    ServiceFactory(name="Portage", slug="portage")
    client = Client(raise_request_exception=False)
    with mock.patch("services.selectors.service_detail", side_effect=error):
        response = client.get("/services/portage/")
    assert response.status_code == 503


def test_a_database_error_outside_a_view_is_a_503_too(db):
    """Raised in a middleware or while saving the session: Django's 500 handler
    gets it, and answers 503 for the database as the middleware does."""
    from localoffer.views import server_error

    request = RequestFactory().get("/services/")
    try:
        raise DATABASE_DOWN
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    try:
        raise RuntimeError("something else")
    except RuntimeError:
        assert server_error(request).status_code == 500


def test_the_503_page_needs_no_database(rf, django_assert_num_queries, db):
    from localoffer.middleware import unavailable_response

    with django_assert_num_queries(0):
        response = unavailable_response(rf.get("/services/"))
    assert response.status_code == 503


def test_production_bounds_every_wait_on_the_database():
    database = production_settings().DATABASES["default"]
    assert database["OPTIONS"] == {
        "connect_timeout": 3,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        "tcp_user_timeout": 10000,
        "options": "-c statement_timeout=10000 -c lock_timeout=5000 -c jit=off",
    }
    assert (database["CONN_MAX_AGE"], database["CONN_HEALTH_CHECKS"]) == (600, True)
    changed = production_settings(
        DJANGO_DB_CONNECT_TIMEOUT="7",
        DJANGO_DB_STATEMENT_TIMEOUT="0",
        DATABASE_URL="postgres://nobody@127.0.0.1:9/nothing?options=-c%20search_path%3Dx",
    ).DATABASES["default"]["OPTIONS"]
    assert changed["connect_timeout"] == 7
    assert changed["options"] == (
        "-c search_path=x -c statement_timeout=0 -c lock_timeout=5000 -c jit=off"
    )


def test_management_commands_run_without_the_statement_timeout():
    """migrate, import_postcodes or a nightly rebuild may run one long statement."""
    with mock.patch.object(sys, "argv", ["manage.py", "migrate"]):
        options = production_settings().DATABASES["default"]["OPTIONS"]
        assert options["options"] == "-c statement_timeout=0 -c lock_timeout=0"
        assert options["connect_timeout"] == 3
        chosen = production_settings(DJANGO_DB_STATEMENT_TIMEOUT="1h").DATABASES["default"]
        assert chosen["OPTIONS"]["options"] == "-c statement_timeout=1h -c lock_timeout=0"


# ------------------------------------------------------------------ PostgreSQL frozen


class FreezingProxy:
    """A TCP proxy to PostgreSQL that can stop passing bytes on, as a paused
    (SIGSTOPped) or cut-off server looks: connections stay open, nothing answers."""

    def __init__(self, target=("127.0.0.1", 5432)):
        self.target = target
        self.frozen = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets = []
        self.tried_while_frozen = 0  # connections accepted and never answered
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.frozen.is_set():
                self.sockets.append(client)
                self.tried_while_frozen += 1
                continue
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source, sink):
        try:
            while data := source.recv(65536):
                while self.frozen.is_set():
                    time.sleep(0.05)
                sink.sendall(data)
        except OSError:
            pass

    def close(self):
        self.frozen.clear()
        for each in [self.listener, *self.sockets]:
            each.close()


def postgresql_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not postgresql_answers(), reason="needs PostgreSQL on 127.0.0.1:5432")
def test_a_frozen_database_gets_a_503_in_seconds_not_never():
    """A paused server cannot enforce statement_timeout, and the kernel still
    answers keepalives: the watchdog notices the query is stuck, finds that the
    server takes no new connection either, and ends the wait. The requests just
    after it fail without trying to connect (each try would wait out the connect
    timeout), and once the server answers again the site does too."""
    proxy = FreezingProxy()
    script = textwrap.dedent(
        """
        import sys, time, django
        django.setup()
        from django.db import close_old_connections
        from django.test import Client
        from localoffer.database import watchdog

        watchdog.REMEMBER = 3
        client = Client(HTTP_ACCEPT="application/json")

        def status(path):
            close_old_connections()  # as a server does after each request
            return client.get(path).status_code

        print(status("/health/?ready=1"), flush=True)
        sys.stdin.readline()  # frozen now
        response = client.get("/health/?ready=1")
        print(response.status_code, response.json()["database"], flush=True)
        print(*(status(p) for p in ("/", "/services/", "/api/oruk/services")), flush=True)
        sys.stdin.readline()  # answering again
        time.sleep(watchdog.REMEMBER)
        print(status("/health/?ready=1"))
        """
    )
    env = {
        **{k: v for k, v in os.environ.items() if k not in HARNESS_VARIABLES},
        "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"postgres://root@127.0.0.1:{proxy.port}/postgres",
        "DJANGO_DB_CONNECT_TIMEOUT": "2",
        "DJANGO_DB_STALL_SECONDS": "0.5",
        "DJANGO_LOG_LEVEL": "CRITICAL",
    }
    env.pop("REDIS_URL", None)
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", script],
        env=env,
        cwd=PROJECT_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "200"
        proxy.frozen.set()
        process.stdin.write("go\n")
        process.stdin.flush()
        # Before the watchdog this waited for ever: the timeout fails the test.
        frozen = process.stdout.readline().split()
        after = process.stdout.readline().split()
        tried = proxy.tried_while_frozen
        proxy.frozen.clear()
        process.stdin.write("go\n")
        process.stdin.flush()
        recovered = process.communicate(timeout=60)[0].strip()
    finally:
        process.kill()
        proxy.close()
    assert frozen == ["503", "down"]
    assert after == ["503", "503", "503"]
    assert tried == 1  # the watchdog's probe; no request waited on a connection of its own
    assert recovered == "200"
