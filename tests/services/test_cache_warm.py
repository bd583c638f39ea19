"""After a change, the directory's landing pages and the pages visitors ask for
most are built again before anyone asks (issue 18): by ``manage.py warm_cache``
from cron, and by the server itself, in the background, once the change commits."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from services import cache as directory_cache
from services.cache import most_requested, note_built, warm_up
from tests.browser.conftest import ensure_wagtail_seed
from tests.factories import ServiceFactory

DISABLED = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


@pytest.fixture(autouse=True)
def _no_warm_up_waiting():
    """The server's warm-up is one per process; each test starts with none waiting."""
    warm_up._timer = None
    yield
    warm_up._timer = None


@pytest.fixture
def timers(settings):
    """Warm-ups on after each change, as in production; the timers they would
    start are recorded (the function each would run) instead."""
    settings.DIRECTORY_WARM_AFTER_CHANGE = True
    started = []

    def record(delay, function):
        started.append(function)
        return mock.Mock(name="timer")

    with mock.patch.object(warm_up, "start_timer", side_effect=record):
        yield started


def warm_cache(*addresses: str) -> str:
    out = io.StringIO()
    call_command("warm_cache", *addresses, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_after_a_change_warm_cache_makes_the_next_visit_a_hit(client):
    ServiceFactory(name="Portage")
    assert client.get("/services/")["X-Cache"] == "miss"
    ServiceFactory(name="Wheelchair service")  # a publish: every cached page is forgotten

    out = warm_cache()

    assert "200 miss" in out and "/services/" in out and "/professionals/" in out
    assert "Warmed 2 of 2 pages in" in out
    for path in ("/services/", "/professionals/"):
        response = client.get(path)
        assert response["X-Cache"] == "hit", path
        assert "Wheelchair service" in response.content.decode()


@pytest.mark.django_db
def test_the_pages_visitors_ask_for_most_are_warmed_and_others_are_not(client):
    ServiceFactory(name="Portage", categories=["health"])
    for _ in range(3):  # asked for again after each of three publishes
        client.get("/services/?category=health")
        ServiceFactory()
    client.get("/services/?age=7")
    ServiceFactory()
    assert most_requested()[:2] == ["/services/?category=health", "/services/?age=7"]

    warm_cache()

    assert client.get("/services/?category=health&utm_source=x")["X-Cache"] == "hit"
    assert client.get("/services/?age=7")["X-Cache"] == "hit"
    assert client.get("/services/?age=8")["X-Cache"] == "miss"  # never asked for


@pytest.mark.django_db
def test_the_warm_up_does_not_count_its_own_requests(client):
    client.get("/services/?age=7")
    ServiceFactory()
    warm_cache("/services/?free=true", "/services/?free=true&age=3")
    assert most_requested() == ["/services/?age=7"]


def test_the_count_keeps_a_bounded_number_of_pages(settings):
    for number in range(30):
        for _ in range(number % 3 + 1):
            note_built("/services/", [("age", [str(number)])])
    with mock.patch.object(directory_cache, "POPULAR_KEPT", 10):
        note_built("/services/", [("page", ["2"])])
        counts = directory_cache.cache.get(directory_cache.POPULAR_KEY)
    assert len(counts) == 5
    # The most requested survive: ages 2, 5, 8... were each built three times.
    assert all(count == 3 for count in counts.values())


@pytest.mark.django_db
def test_a_burst_of_changes_schedules_one_warm_up_once_it_commits(
    timers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        ServiceFactory()
        transaction.set_rollback(True)
    assert timers == []  # a change rolled back asks for nothing

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        ServiceFactory.create_batch(3, categories=["health"])  # dozens of saves
        assert timers == []  # nothing before the commit
    assert len(callbacks) > 3  # every save asked
    assert timers == [warm_up.in_background]  # one warm-up

    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory()
    assert len(timers) == 1  # a change made while a warm-up waits shares it


@pytest.mark.django_db
def test_when_the_warm_up_runs_the_next_visitor_gets_the_new_page_from_the_cache(
    client, timers, django_capture_on_commit_callbacks
):
    ServiceFactory(name="Portage")
    client.get("/services/")
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory(name="Speech therapy")

    warm_up.run()  # what the timer's thread does, here in this one

    response = client.get("/services/")
    assert response["X-Cache"] == "hit"
    assert "Speech therapy" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory()
    assert len(timers) == 2  # a change after the warm-up started gets one of its own


@pytest.mark.django_db
def test_no_warm_up_when_it_is_off_or_the_cache_is_disabled(
    settings, timers, django_capture_on_commit_callbacks
):
    settings.DIRECTORY_WARM_AFTER_CHANGE = False
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory()
    settings.DIRECTORY_WARM_AFTER_CHANGE = True
    settings.CACHES = DISABLED
    with django_capture_on_commit_callbacks(execute=True):
        ServiceFactory()
    assert timers == []


@pytest.mark.django_db
def test_with_the_cache_disabled_pages_never_read_the_generation(client, settings):
    settings.CACHES = DISABLED
    ServiceFactory(name="Portage", slug="portage")
    for path in ("/services/", "/services/?q=portage", "/services/portage/", "/professionals/"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert not [q for q in queries if "directorygeneration" in q["sql"]], path
    assert "disabled" in warm_cache()


@pytest.mark.django_db(transaction=True)
def test_the_server_warms_the_landing_page_in_a_background_thread_after_a_change(client, settings):
    ensure_wagtail_seed()  # an earlier test that committed may have emptied the database
    settings.DIRECTORY_WARM_AFTER_CHANGE = True
    started = []

    def start_at_once(delay, function):
        started.append(type(warm_up).start_timer(warm_up, 0, function))
        return started[-1]

    with mock.patch.object(warm_up, "start_timer", side_effect=start_at_once):
        with transaction.atomic():
            ServiceFactory(name="Portage")
        for timer in started:
            timer.join(timeout=60)
    assert started

    response = client.get("/services/")
    assert response["X-Cache"] == "hit"
    assert "Portage" in response.content.decode()
