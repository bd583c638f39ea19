"""A change made by another process shows on the very next request (issue 18).

A server and a command line import run as two processes of their own on one
database, each with its own memory cache and no Redis, as ``make run`` and an
operator's ``import_oruk`` do. The page the server had cached must not outlive
the import: the directory's generation is read from the database, which both
processes share, not from the server's own memory.
"""

import json
import os
import sqlite3
import subprocess
import sys
import urllib.request
from contextlib import closing
from urllib.parse import quote

import pytest
from django.db import connection

from tests.browser.conftest import ensure_wagtail_seed
from tests.factories import good_record
from tests.utils import HARNESS_VARIABLES, PROJECT_DIR

# Serves the site with the test settings on a port the system chooses, and
# prints that port once it listens.
SERVER = """
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

from django.core.wsgi import get_wsgi_application


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=Quiet)
print(server.server_port, flush=True)
server.serve_forever()
"""


@pytest.fixture
def shared_database_url(transactional_db, tmp_path) -> str:
    """A DATABASE_URL other processes can open, holding this test's database:
    on PostgreSQL the test database itself (this test commits, and it is
    emptied afterwards); on SQLite, whose test database lives in this process's
    memory, a file copy of it."""
    ensure_wagtail_seed()  # an earlier test that committed may have emptied it
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        credentials = quote(settings["USER"] or "", safe="")
        if settings["PASSWORD"]:
            credentials += ":" + quote(settings["PASSWORD"], safe="")
        address = f"{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}"
        return f"postgres://{credentials}@{address}/{settings['NAME']}"
    path = tmp_path / "shared.sqlite3"
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as copy:
        connection.connection.backup(copy)
    return f"sqlite:///{path}"


def environment(database_url: str) -> dict[str, str]:
    """A fresh process's environment: the test settings on the shared
    database, with a memory cache of its own (no Redis, cache not disabled)."""
    base = {k: v for k, v in os.environ.items() if k not in HARNESS_VARIABLES}
    return {
        **base,
        "DJANGO_SETTINGS_MODULE": "localoffer.settings.test",
        "DATABASE_URL": database_url,
        "REDIS_URL": "",
        "DJANGO_CACHE_DISABLED": "",
    }


@pytest.fixture
def server(shared_database_url, tmp_path):
    """The site, served by a process of its own; yields its address."""
    log = tmp_path / "server.log"
    with log.open("w") as errors:
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", SERVER],
            env=environment(shared_database_url),
            cwd=PROJECT_DIR,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    try:
        port = process.stdout.readline().strip()
        if not port:
            pytest.fail(f"the server did not start: {log.read_text()}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.communicate(timeout=30)


def get(url: str) -> tuple[str, str]:
    """The page's text and its X-Cache answer."""
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (127.0.0.1)
        return response.read().decode(), response.headers["X-Cache"]


def test_an_import_from_the_command_line_shows_on_the_very_next_request(
    server, shared_database_url, tmp_path
):
    record = good_record(1)
    record["name"] = "Quokka swimming club"
    record["description"] = "Swimming sessions for quokka lovers."
    path = tmp_path / "import.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    search = f"{server}/services/?q=quokka"

    page, first = get(search)
    assert "0 services found" in page
    page, again = get(search)
    assert (first, again) == ("miss", "hit")  # the server keeps the page in its memory
    assert "0 services found" in page

    imported = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "import_oruk", str(path)],
        env=environment(shared_database_url),
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    assert "1 created" in imported.stdout

    page, after = get(search)
    assert after == "miss"
    assert "1 service found" in page
    assert "Quokka swimming club" in page
    # And the new page is what the server keeps now.
    page, later = get(search)
    assert later == "hit"
    assert "Quokka swimming club" in page
