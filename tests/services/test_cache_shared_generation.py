"""With a shared cache (Redis), a cached directory page is served without
asking the database: the cache keeps a copy of the directory's generation,
set by each change once it commits, and the page and the copy come in one
round trip. The database's row stays the truth: a change committed shows on
the very next request, a copy that is missing is read again from it, and a
change rolled back, or a reader that read an older token, never replaces it.

These tests use the real Redis at 127.0.0.1:6379 (its database 3), each under
a key prefix of its own, which is deleted afterwards.
"""

import uuid
from unittest import mock

import pytest
import redis
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import OperationalError, connection, transaction
from django.test.utils import CaptureQueriesContext

from localoffer.cache import forget_outages
from services import cache as directory_cache
from services.cache import GENERATION_KEY, cache_is_shared, generation_for_page
from services.models import DirectoryGeneration
from tests.browser.conftest import ensure_wagtail_seed
from tests.factories import ServiceFactory

REDIS = "redis://127.0.0.1:6379/3"
DATABASE_DOWN = OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


@pytest.fixture
def shared_cache(settings):
    """The default cache is Redis, as in production, under a prefix of this test's own."""
    prefix = f"tests-shared-generation-{uuid.uuid4().hex}"
    forget_outages()
    settings.CACHES = {
        "default": {
            "BACKEND": "localoffer.cache.ForgivingRedisCache",
            "LOCATION": REDIS,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    assert cache_is_shared()
    assert cache.ping(), f"these tests need Redis at {REDIS}"
    yield cache
    client = redis.Redis.from_url(REDIS)
    try:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
    finally:
        client.close()
        forget_outages()


def copy() -> str | None:
    """The generation as the shared cache has it."""
    return cache.get(GENERATION_KEY)


def truth() -> str:
    """The generation as the database has it."""
    return DirectoryGeneration.objects.get().token


def generation_reads(queries) -> list[dict]:
    return [q for q in queries if "directorygeneration" in q["sql"].lower()]


@pytest.mark.django_db(transaction=True)
def test_a_change_committed_shows_on_the_very_next_request(client, shared_cache):
    ensure_wagtail_seed()  # an earlier test that committed may have emptied the database
    ServiceFactory(name="Portage")  # autocommit: the copy is set at once
    assert copy() == truth()
    assert client.get("/services/")["X-Cache"] == "miss"
    assert client.get("/services/")["X-Cache"] == "hit"
    before = copy()

    with transaction.atomic():
        with transaction.atomic():  # a savepoint: its change waits for the outermost commit
            ServiceFactory(name="Speech therapy")
        assert copy() == before
    assert copy() == truth() != before

    response = client.get("/services/")
    assert response["X-Cache"] == "miss"
    assert "Speech therapy" in response.content.decode()
    assert client.get("/services/")["X-Cache"] == "hit"


@pytest.mark.django_db
def test_a_hit_makes_no_database_query_even_while_the_database_is_down(
    client, shared_cache, django_assert_num_queries
):
    ServiceFactory(name="Portage", slug="portage")
    paths = ("/services/", "/services/?age=7", "/services/portage/", "/professionals/")
    for path in paths:
        assert client.get(path)["X-Cache"] == "miss"
    for path in paths:
        with django_assert_num_queries(0):
            response = client.get(path)
        assert (response.status_code, response["X-Cache"]) == (200, "hit"), path
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DATABASE_DOWN):
        response = client.get("/services/portage/")
    assert (response.status_code, response["X-Cache"]) == (200, "hit")
    assert "Portage" in response.content.decode()


@pytest.mark.django_db
def test_a_missing_copy_is_read_from_the_database_and_put_back(
    client, shared_cache, django_capture_on_commit_callbacks
):
    ServiceFactory(name="Portage")
    assert client.get("/services/")["X-Cache"] == "miss"
    cache.delete(GENERATION_KEY)  # evicted, or Redis flushed

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/services/")
    assert response["X-Cache"] == "hit"  # the page is still that generation's
    assert len(generation_reads(queries)) == 1
    assert copy() == truth()

    # A change whose copy is lost after it committed: the page is built again.
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory(name="Speech therapy")
    cache.delete(GENERATION_KEY)
    response = client.get("/services/")
    assert response["X-Cache"] == "miss"
    assert "Speech therapy" in response.content.decode()
    assert copy() == truth()


@pytest.mark.django_db
def test_a_copy_that_cannot_be_read_falls_back_to_the_database(client, shared_cache):
    ServiceFactory(name="Portage")
    assert client.get("/services/")["X-Cache"] == "miss"
    ServiceFactory(name="Speech therapy")  # in the test's transaction: the copy is not set
    failing = redis.ConnectionError("Error 111 connecting to 127.0.0.1:6379.")
    reading = mock.patch.object(RedisCache, "get_many", side_effect=failing)
    with reading, CaptureQueriesContext(connection) as queries:
        response = client.get("/services/")
    assert response.status_code == 200
    assert "Speech therapy" in response.content.decode()
    assert generation_reads(queries)


@pytest.mark.django_db
def test_a_reader_with_an_older_token_cannot_overwrite_a_newer_copy(
    client, shared_cache, django_capture_on_commit_callbacks
):
    ServiceFactory(name="Portage")
    old = truth()
    read = directory_cache.directory_generation
    changes = []

    def read_then_another_process_changes():
        token = read()  # this process reads the old token from the database...
        if not changes:  # ...then a change commits and sets the copy, before its add
            with django_capture_on_commit_callbacks(execute=True):
                changes.append(ServiceFactory(name="Speech therapy"))
        return token

    with mock.patch.object(
        directory_cache, "directory_generation", side_effect=read_then_another_process_changes
    ):
        client.get("/services/")  # no copy yet: read from the database, then added
    assert changes
    assert copy() == truth() != old  # the add did not replace the newer copy

    response = client.get("/services/")
    assert response["X-Cache"] == "miss"  # the page built under the old token is not served
    assert "Speech therapy" in response.content.decode()

    # The other order: the older token added first, the change's set after its commit.
    cache.delete(GENERATION_KEY)
    before = truth()
    with mock.patch.object(directory_cache, "directory_generation", return_value=before):
        generation_for_page()
    assert copy() == before
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory(name="Wheelchair service")
    assert copy() == truth() != before


@pytest.mark.django_db(transaction=True)
def test_a_change_rolled_back_does_not_replace_the_copy(client, shared_cache):
    ensure_wagtail_seed()  # an earlier test that committed may have emptied the database
    ServiceFactory(name="Portage")
    assert client.get("/services/")["X-Cache"] == "miss"
    before = copy()

    with transaction.atomic():
        ServiceFactory(name="Speech therapy")
        transaction.set_rollback(True)
    assert copy() == before == truth()
    assert client.get("/services/")["X-Cache"] == "hit"

    # A savepoint rolled back inside a change that commits: the committed token is the copy.
    with transaction.atomic():
        ServiceFactory(name="Wheelchair service")
        with pytest.raises(RuntimeError), transaction.atomic():
            ServiceFactory(name="Speech therapy")
            raise RuntimeError
    assert copy() == truth() != before
    page = client.get("/services/").content.decode()
    assert "Wheelchair service" in page
    assert "Speech therapy" not in page


@pytest.mark.django_db
def test_with_a_memory_cache_the_database_stays_the_only_source(
    client, django_capture_on_commit_callbacks
):
    assert not cache_is_shared()
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory(name="Portage")
    assert client.get("/services/")["X-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/services/")["X-Cache"] == "hit"
    assert len(generation_reads(queries)) == 1
    assert copy() is None
