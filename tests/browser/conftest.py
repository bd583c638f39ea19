"""Headless Chromium through Playwright, against Django's live server.

Debian's /usr/bin/chromium is used; Playwright never downloads a browser.
Without it these tests skip, unless REQUIRE_BROWSER=1 (as in CI), where they fail.
"""

import importlib
import json
import os
import shutil
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


@pytest.fixture
def demo_site(transactional_db, live_server, demo_postcodes):
    """The demo pages, served by the live server (rebuilt for each test)."""
    from localoffer.demo.loader import load_demo_content

    ensure_wagtail_seed()
    load_demo_content(with_services=False, postcodes_file=demo_postcodes)
    return live_server.url


@pytest.fixture
def demo_directory(demo_site):
    """The demo pages and the 120 demo services."""
    from localoffer.demo.services import load_services_demo

    load_services_demo(lambda message: None)
    return demo_site


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
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
