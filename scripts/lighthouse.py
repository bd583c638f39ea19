"""Lighthouse (mobile) on the main pages: `make lighthouse` (or `scripts/lighthouse.py --help`).

1. Brings a SQLite database in .tools/lighthouse up to date with the demo
   content (built on first use, a few minutes; migrated and reloaded after,
   as the loader is idempotent), or --database-url's (say a PostgreSQL one),
   and collects the static files as production serves them (whitenoise:
   hashed names, compressed, cached for ever).
2. Serves it with gunicorn, 2 workers, under the production settings on
   127.0.0.1 (no HTTPS redirect: there is no proxy in front).
3. Runs Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G
   connection, both simulated) with Debian's Chromium on the home page, the
   directory with filters, a service page, a guide and the professionals'
   finder, and prints performance, accessibility and cumulative layout shift
   for each, with what Lighthouse says costs most.

Targets (issue 18): performance at least 95, accessibility 100 and CLS under
0.05 on every page; the run exits 1 when a page misses one. Lighthouse's
simulated throttling varies from run to run: --runs 3 judges each page by its
median. Nothing leaves 127.0.0.1: Chromium resolves no other host, and map
tiles point at this server (they are not what is measured).

Lighthouse itself comes from npm into .tools/lighthouse (git-ignored; the
Makefile installs it on first use), never from package.json.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from chaos import production_env, start_gunicorn, wait_for

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TOOLS = ROOT / ".tools" / "lighthouse"
LIGHTHOUSE = TOOLS / "node_modules" / ".bin" / "lighthouse"
DATABASE_URL = f"sqlite:///{TOOLS / 'demo.sqlite3'}"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Nothing but this machine: any other host fails to resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

PERFORMANCE_TARGET = 95
ACCESSIBILITY_TARGET = 100
CLS_TARGET = 0.05

# label, path ("{service}": the first service in the sitemap)
PAGES = [
    ("home", "/"),
    ("directory with filters", "/services/?age=7&category=education"),
    ("service page", "{service}"),
    (
        "guide",
        "/what-is-the-local-offer/ehc-needs-assessments-and-plans/"
        "asking-for-an-ehc-needs-assessment/",
    ),
    ("professionals", "/professionals/"),
]


def run(command: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)  # noqa: S603


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
        return response.read().decode()


def first_service(base_url: str) -> str:
    for line in get(base_url + "/sitemap.xml").split("<loc>")[1:]:
        path = "/" + line.split("</loc>")[0].split("/", 3)[3]
        if path.startswith("/services/") and path.count("/") == 3:
            return path
    raise SystemExit("No service in the sitemap: was the demo content loaded?")


def audit(lighthouse: Path, url: str, output: Path) -> dict:
    """One Lighthouse run on ``url``: its scores, CLS and what costs most."""
    run(
        [
            str(lighthouse),
            url,
            "--output=json",
            f"--output-path={output}",
            "--quiet",
            "--only-categories=performance,accessibility",
            f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        ],
        {**os.environ, "CHROME_PATH": CHROMIUM},
    )
    report = json.loads(output.read_text())
    if report.get("runtimeError"):
        raise SystemExit(f"Lighthouse could not audit {url}: {report['runtimeError']['message']}")
    audits = report["audits"]
    categories = report["categories"]
    # Lighthouse's opportunities that it marks as not passed, the costliest first.
    costly = sorted(
        (
            -a["details"].get("overallSavingsMs", 0),
            a["title"] + (f" ({a['displayValue']})" if a.get("displayValue") else ""),
        )
        for a in audits.values()
        if a.get("details", {}).get("type") == "opportunity"
        and a.get("score") is not None
        and a["score"] < 0.9
    )
    failing = [
        audits[ref["id"]]["title"]
        for ref in categories["accessibility"]["auditRefs"]
        if ref["weight"] and audits[ref["id"]].get("score") == 0
    ]
    return {
        "performance": round(categories["performance"]["score"] * 100),
        "accessibility": round(categories["accessibility"]["score"] * 100),
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "tbt": audits["total-blocking-time"]["numericValue"],
        "notes": [title for _, title in costly][:3] + failing,
    }


def prepare(args, env: dict) -> None:
    manage = [PYTHON, "manage.py"]
    print(f"Loading the demo content into {env['DATABASE_URL']}…", flush=True)
    run([*manage, "migrate", "--noinput", "-v0"], env)
    run([*manage, "load_demo_content"], env, stdout=subprocess.DEVNULL)
    run([*manage, "collectstatic", "--noinput", "--ignore", "scss", "-v0"], env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8781)
    parser.add_argument("--database-url", default=DATABASE_URL, help="default: %(default)s")
    parser.add_argument("--only", help="only the pages whose label contains this")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median counts")
    parser.add_argument("--lighthouse", type=Path, default=LIGHTHOUSE)
    args = parser.parse_args()
    if not args.lighthouse.exists():
        raise SystemExit(f"{args.lighthouse} is missing: `make lighthouse` installs it.")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")

    work = Path(tempfile.mkdtemp(prefix="localoffer-lighthouse-"))
    base_url = f"http://127.0.0.1:{args.port}"
    env = production_env(
        "lighthouse",
        args.database_url,
        work / "static",
        redis_url=None,  # each worker's own memory cache, as on a single server
        port=args.port,
        DJANGO_MEDIA_ROOT=str(work / "media"),
        # Tiles from this server (none are there): the audit stays on 127.0.0.1.
        DJANGO_MAP_TILE_URL="/map-tiles/{z}/{x}/{y}.png",
    )
    server = None
    results: dict[str, list[dict]] = {}
    try:
        prepare(args, env)
        server = start_gunicorn(args.port, env, work / "gunicorn.log")
        wait_for(lambda: _answers(base_url + "/health/"), "gunicorn")
        service = first_service(base_url)
        for label, path in PAGES:
            if args.only and args.only not in label:
                continue
            url = base_url + path.format(service=service)
            get(url)  # built once, as a page a visitor has asked for before would be
            for number in range(args.runs):
                result = audit(args.lighthouse, url, work / f"{len(results)}-{number}.json")
                results.setdefault(label, []).append(result)
                print(f"  {label}, run {number + 1}: " + _scores(result), flush=True)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return report(results, args.runs)


def _answers(url: str) -> bool:
    try:
        get(url)
    except OSError:
        return False
    return True


def _scores(result: dict) -> str:
    return (
        f"performance {result['performance']}, accessibility {result['accessibility']}, "
        f"CLS {result['cls']:.3f} (LCP {result['lcp']:.1f} s, TBT {result['tbt']:.0f} ms)"
    )


def report(results: dict[str, list[dict]], runs: int) -> int:
    print(
        f"\nLighthouse (mobile), production settings, {'median of ' if runs > 1 else ''}"
        f"{runs} run{'s' if runs > 1 else ''} per page. Targets: performance >= "
        f"{PERFORMANCE_TARGET}, accessibility {ACCESSIBILITY_TARGET}, CLS < {CLS_TARGET}"
    )
    print(f"{'page':24} {'perf':>5} {'a11y':>5} {'CLS':>6} {'LCP':>6} {'TBT':>7}  result")
    failed = False
    for label, runs_of_page in results.items():
        median = {
            key: statistics.median(r[key] for r in runs_of_page)
            for key in ("performance", "accessibility", "cls", "lcp", "tbt")
        }
        misses = [
            name
            for name, missed in (
                ("performance", median["performance"] < PERFORMANCE_TARGET),
                ("accessibility", median["accessibility"] < ACCESSIBILITY_TARGET),
                ("CLS", median["cls"] >= CLS_TARGET),
            )
            if missed
        ]
        failed = failed or bool(misses)
        print(
            f"{label:24} {median['performance']:5.0f} {median['accessibility']:5.0f} "
            f"{median['cls']:6.3f} {median['lcp']:5.1f}s {median['tbt']:5.0f}ms  "
            + ("FAIL: " + ", ".join(misses) if misses else "PASS")
        )
        notes = dict.fromkeys(note for r in runs_of_page for note in r["notes"])
        for note in notes:
            print(f"{'':26}- {note}")
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
