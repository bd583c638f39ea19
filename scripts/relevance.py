"""Search relevance on the demo content: `make relevance` (or `.venv/bin/python
scripts/relevance.py --help`).

1. Builds a fresh database with the demo content: a temporary SQLite file, or the
   PostgreSQL database `localoffer_relevance`, dropped and created again each run.
2. Runs every query in tests/search/relevance.json through the site search, as
   `/search/` does, and looks at the first 3 results. A query passes when one of
   them has a URL containing one of its `expect_any` fragments (and each of its
   `expect_all` fragments is in one of them), or, for `expect_nothing`, when the
   search finds nothing at all.
3. Prints each failing query (every query with --verbose), then one summary line,
   and exits non-zero when fewer than 95% pass.

Before searching, it checks the set itself: a fragment that no live page or
service URL in the demo contains can never pass, so it stops there.
"""

import argparse
import io
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "search" / "relevance.json"
DEFAULT_SERVER = "postgres://root@127.0.0.1:5432"
DATABASE_NAME = "localoffer_relevance"
TOP = 3
TARGET = 0.95
KINDS = {
    "service",
    "page",
    "guide",
    "strategy",
    "abbreviation",
    "misspelling",
    "phrase",
    "nothing",
}


def load_queries(path: Path) -> list[dict]:
    """The relevance set, checked for shape; stops on the first mistake."""
    queries = json.loads(path.read_text(encoding="utf-8"))
    seen = set()
    for number, entry in enumerate(queries, start=1):
        where = f"{path.name}, entry {number} ({entry.get('query')!r})"
        if not isinstance(entry.get("query"), str) or not entry["query"].strip():
            raise SystemExit(f"{where}: 'query' must be a non-empty string")
        if entry["query"].lower() in seen:
            raise SystemExit(f"{where}: the same query appears twice")
        seen.add(entry["query"].lower())
        if entry.get("kind") not in KINDS:
            raise SystemExit(f"{where}: 'kind' must be one of {', '.join(sorted(KINDS))}")
        expects = entry.get("expect_any") or entry.get("expect_all")
        if entry.get("expect_nothing"):
            if expects:
                raise SystemExit(f"{where}: 'expect_nothing' cannot also expect results")
        elif not expects:
            raise SystemExit(f"{where}: needs 'expect_any', 'expect_all' or 'expect_nothing'")
        for key in ("expect_any", "expect_all"):
            fragments = entry.get(key, [])
            if not isinstance(fragments, list) or not all(
                isinstance(fragment, str) and fragment and fragment == fragment.lower()
                for fragment in fragments
            ):
                raise SystemExit(f"{where}: '{key}' must be a list of lower-case fragments")
    return queries


def prepare_database(args) -> tuple[str, Path | None]:
    """A fresh, empty database; its URL, and a folder to remove afterwards."""
    if args.database == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="localoffer-relevance-"))
        return f"sqlite:///{folder / 'db.sqlite3'}", folder
    import psycopg

    try:
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    except psycopg.Error as error:
        raise SystemExit(f"PostgreSQL at {args.server}: {error}") from error
    return f"{args.server}/{DATABASE_NAME}", None


def setup_django(database_url: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "localoffer.settings.dev"
    os.environ["DATABASE_URL"] = database_url
    # A cache of this process's own, emptied with it: never a shared Redis.
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build_demo() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())


def live_urls() -> list[str]:
    """Every URL the search could answer with: live pages and live services."""
    from wagtail.models import Page

    from services.models import Service

    urls = [page.url or "" for page in Page.objects.live().specific()]
    urls += [service.get_absolute_url() for service in Service.objects.filter(live=True)]
    return [url.lower() for url in urls if url]


def check_fragments(queries: list[dict], urls: list[str]) -> None:
    """Stop if a fragment matches no live URL: that expectation could never pass."""
    dead = [
        f"  {entry['query']!r}: {fragment!r}"
        for entry in queries
        for fragment in (*entry.get("expect_any", []), *entry.get("expect_all", []))
        if not any(fragment in url for url in urls)
    ]
    if dead:
        raise SystemExit(
            "These fragments match no live page or service URL in the demo:\n" + "\n".join(dead)
        )


def judge(entry: dict, total: int, urls: list[str]) -> bool:
    if entry.get("expect_nothing"):
        return total == 0 and not urls
    top = [url.lower() for url in urls[:TOP]]
    any_fragments = entry.get("expect_any", [])
    if any_fragments and not any(f in url for f in any_fragments for url in top):
        return False
    return all(any(f in url for url in top) for f in entry.get("expect_all", []))


def expected(entry: dict) -> str:
    if entry.get("expect_nothing"):
        return "nothing"
    parts = []
    if entry.get("expect_any"):
        parts.append("any of " + ", ".join(entry["expect_any"]))
    if entry.get("expect_all"):
        parts.append("all of " + ", ".join(entry["expect_all"]))
    return "; ".join(parts)


def measure(queries: list[dict], verbose: bool) -> int:
    """Run every query; print failures (all with ``verbose``); return how many passed."""
    from localoffer.search import site_search

    passed = 0
    width = max(len(entry["query"]) for entry in queries) + 2
    for entry in queries:
        started = time.perf_counter()
        try:
            results = site_search(entry["query"], page=1)
            urls = [hit.url for hit in results.hits]
            total = results.total
            error = ""
        except Exception as exception:  # one broken query must not hide the others
            message = str(exception).strip().splitlines() or [""]
            urls, total, error = [], 0, f"{type(exception).__name__}: {message[0]}"
        milliseconds = (time.perf_counter() - started) * 1000
        ok = not error and judge(entry, total, urls)
        passed += ok
        if ok and not verbose:
            continue
        shown = error or (", ".join(urls[:TOP]) or "(nothing)")
        verdict = "PASS" if ok else "FAIL"
        query = json.dumps(entry["query"])
        line = (
            f"{verdict}  {entry['kind']:<12} {query:<{width}} {total:>3} found  "
            f"{milliseconds:5.0f} ms  top {TOP}: {shown}"
        )
        if not ok:
            line += f"\n      expected {expected(entry)}"
        print(line, flush=True)
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="PostgreSQL server URL")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="the relevance set")
    parser.add_argument(
        "--verbose", action="store_true", help="show every query, not only the failures"
    )
    args = parser.parse_args()

    queries = load_queries(args.queries)
    database_url, folder = prepare_database(args)
    try:
        setup_django(database_url)
        build_demo()
        check_fragments(queries, live_urls())
        passed = measure(queries, args.verbose)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    share = passed / len(queries)
    print(f"relevance: {passed} of {len(queries)} passed ({share:.1%}) on {args.database}")
    return 0 if share >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
