"""Headless Chromium through Playwright, against Django's live server.

Debian's /usr/bin/chromium is used; Playwright never downloads a browser.
Without it these tests skip, unless REQUIRE_BROWSER=1 (as in CI), where they fail.
"""

import importlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"
JAVA = Path(os.environ.get("JAVA_PATH") or shutil.which("java") or "/usr/bin/java")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# WCAG 2.0, 2.1 and 2.2 at A and AA, plus axe's best practices (landmarks and the like).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    missing = [str(p) for p in (CHROMIUM, AXE_JS) if not p.exists()]
    if missing:
        message = (
            f"Browser tests need {', '.join(missing)} (apt-get install chromium; make assets)"
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own
    # ORM calls are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


# Data migrations whose rows a flush removes, re-run in order (they are idempotent).
SEEDING_MIGRATIONS = [
    ("localoffer.migrations.0003_editor_groups_and_workflow", "forwards"),
    ("services.migrations.0002_seed_taxonomies_permissions_workflow", "seed"),
    ("services.migrations.0007_seed_search_synonyms", "seed"),
    ("services.migrations.0010_area_ons_codes", "fill"),
    ("services.migrations.0013_seed_needs_and_local_offer_topics", "seed"),
    ("feedback.migrations.0003_group_permissions_and_workflow", "seed"),
]


def ensure_wagtail_seed() -> None:
    """Recreate what migrations seed: a locale, the root page and collection, the
    Editors and Moderators groups with the approval workflow, and the directory's
    taxonomies and search synonyms.

    Live-server tests run in real transactions and the database is flushed
    after each one, which removes those rows too.
    """
    from django.apps import apps
    from django.conf import settings
    from django.utils.translation import get_supported_language_variant
    from wagtail.models import Collection, Locale, Page

    if not Locale.objects.exists():
        Locale.objects.create(language_code=get_supported_language_variant(settings.LANGUAGE_CODE))
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for module, function in SEEDING_MIGRATIONS:
        getattr(importlib.import_module(module), function)(apps, None)


# The postcodes browser tests type or the demo's places use: a few rows of the
# demo's table rather than all 29,496, loaded (and flushed) for every test.
TYPED_POSTCODES = {"ST4 1AA", "ST16 2LH", "DE14 1AA", "B79 7BZ"}


@pytest.fixture(scope="session")
def demo_postcodes(tmp_path_factory) -> Path:
    """A postcode file like the demo's, with only the rows browser tests need."""
    import csv
    import gzip

    from localoffer.demo.data import DEMO_DIR
    from localoffer.demo.services import demo_records

    wanted = set(TYPED_POSTCODES)
    for record in demo_records():
        for place in record.get("service_at_locations") or []:
            wanted.update(a["postal_code"] for a in place["location"].get("addresses") or [])
    path = tmp_path_factory.mktemp("postcodes") / "postcodes.csv.gz"
    with (
        gzip.open(DEMO_DIR / "postcodes.csv.gz", "rt", newline="") as source,
        gzip.open(path, "wt", newline="") as subset,
    ):
        reader = csv.reader(source)
        writer = csv.writer(subset)
        writer.writerow(next(reader))
        writer.writerows(row for row in reader if row[0] in wanted)
    return path


# ------------------------------------------------------------ demo content
# Loading the demo takes seconds (dozens of pages published, each indexed for
# search), and a live-server test's database is emptied after it. So each test
# process loads it once, keeps a copy of every table's rows, and later tests
# get the same rows put back, in a fraction of a second.
_snapshots: dict[str, object] = {}


def snapshot_tables():
    """The database as it stands: on SQLite a copy of the whole file (the
    backup API), on PostgreSQL each table's rows (COPY)."""
    from django.db import connection

    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return copy
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.django_table_names(only_existing=True):
            quoted = connection.ops.quote_name(table)
            with cursor.copy(f"COPY {quoted} TO STDOUT") as copy:
                rows[table] = b"".join(bytes(block) for block in copy)
    return rows


def restore_tables(snapshot) -> None:
    """Put the database back as ``snapshot`` has it, ids and all. What a flush's
    post-migrate step made meanwhile (content types, permissions) goes: the
    copy has its own, so Django's cache of content types is emptied too."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    connection.ensure_connection()
    if connection.vendor == "sqlite":
        snapshot.backup(connection.connection)
    else:
        restore_rows(snapshot)
    ContentType.objects.clear_cache()


def restore_rows(rows: dict[str, bytes]) -> None:
    """Empty every table and COPY ``rows`` back, in one transaction (foreign
    keys are checked at commit); then move the id sequences past them."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection, transaction

    emptying = connection.ops.sql_flush(no_style(), list(rows))
    sequences = connection.ops.sequence_reset_sql(
        no_style(), apps.get_models(include_auto_created=True)
    )
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in emptying:
            cursor.execute(statement)
        for table, data in rows.items():
            with cursor.copy(f"COPY {connection.ops.quote_name(table)} FROM STDIN") as copy:
                copy.write(data)
        for statement in sequences:
            cursor.execute(statement)


def loaded_once(name: str, load) -> None:
    """``load()`` the first time this process asks for ``name``; after that,
    the rows it made, put back."""
    if name in _snapshots:
        restore_tables(_snapshots[name])
    else:
        load()
        _snapshots[name] = snapshot_tables()


def load_demo_pages(postcodes_file: Path) -> None:
    from localoffer.demo.loader import load_demo_content

    ensure_wagtail_seed()
    load_demo_content(with_services=False, postcodes_file=postcodes_file)


@pytest.fixture
def demo_site(transactional_db, live_server, demo_postcodes):
    """The demo pages, served by the live server, as the loader made them."""
    loaded_once("pages", lambda: load_demo_pages(demo_postcodes))
    return live_server.url


@pytest.fixture
def demo_directory(transactional_db, live_server, demo_postcodes):
    """The demo pages and the 120 demo services."""
    from localoffer.demo.services import load_services_demo

    def load() -> None:
        load_demo_pages(demo_postcodes)
        load_services_demo(lambda message: None)

    loaded_once("directory", load)
    return live_server.url


@pytest.fixture
def open_page(browser):
    """Open a URL at a given viewport width; every context is closed afterwards."""
    contexts = []

    def _open(url: str, width: int = 1280, height: int = 900, javascript: bool = True):
        context = browser.new_context(
            viewport={"width": width, "height": height}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        return page

    yield _open
    for context in contexts:
        context.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core (from node_modules, not the internet) on the page as it stands.

    Evaluated through the DevTools protocol, which the page's Content-Security-
    Policy does not govern: an added inline <script> would be blocked."""
    if not page.evaluate("() => 'axe' in window"):
        page.evaluate(f"() => {{\n{AXE_JS.read_text(encoding='utf-8')}\n}}")
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
    ]


def html_errors(documents: dict[str, str]) -> dict[str, list[str]]:
    """Check named HTML documents (``page.content()``) with the Nu HTML Checker,
    from node_modules and offline, all in one Java run: {name: its errors}.

    Only errors count; warnings (a redundant role, say) do not.
    """
    missing = [str(p) for p in (JAVA, VNU_JAR) if not p.exists()]
    if missing:
        message = (
            f"HTML validation needs {', '.join(missing)} "
            "(apt-get install openjdk-17-jre-headless; make assets)"
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    names = {}
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"document-{number}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        result = subprocess.run(  # noqa: S603
            [str(JAVA), "-jar", str(VNU_JAR), "--errors-only", "--exit-zero-always"]
            + ["--format", "json", "--stdout", *sorted(str(Path(folder) / n) for n in names)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr
    errors: dict[str, list[str]] = {}
    for message in json.loads(result.stdout)["messages"]:
        name = names.get(message.get("url", "").rsplit("/", 1)[-1], "?")
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        extract = f" [{message['extract'].strip()}]" if message.get("extract") else ""
        errors.setdefault(name, []).append(f"{where}{message['message']}{extract}")
    return errors


def screenshot(page, name: str) -> None:
    """Keep a picture of the page for a person to look at (not an assertion).
    Chromium now and then refuses one capture with "Unable to capture
    screenshot" and takes the same picture when asked again: so it is asked
    twice, on that error only."""
    from playwright.sync_api import Error

    ARTIFACTS.mkdir(exist_ok=True)
    path = str(ARTIFACTS / f"{name}.png")
    try:
        page.screenshot(path=path, full_page=True)
    except Error as error:
        if "Unable to capture screenshot" not in error.message:
            raise
        page.wait_for_timeout(250)
        page.screenshot(path=path, full_page=True)
