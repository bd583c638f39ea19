"""Load test of the directory: `make bench` (or `.venv/bin/python scripts/bench.py --help`).

1. Builds a PostgreSQL database with the demo site and N synthetic services
   (default 10,000), or reuses it when it already holds exactly N.
2. Serves it with gunicorn, 2 workers, under the production settings (DEBUG
   off, hashed static files, HTTPS as a proxy in front would report it).
3. Drives each scenario with wrk on 127.0.0.1 at a fixed concurrency, after a
   warm-up, and prints requests per second, p50/p95/p99 latency and the share
   of the baseline's throughput. Any non-2xx answer or socket error fails the run.

Targets (issues 4 and 13, at 10,000 services on a 2-core machine): p95 at most 60 ms at
concurrency 2 for every directory scenario, and the filtered directory at least
25% of the baseline's throughput. The run says PASS or FAIL for each.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_SERVER = "postgres://root@127.0.0.1:5432"
P95_TARGET_MS = 60.0
SHARE_TARGET = 0.25
IMPORT_TARGET_S = 60.0
# Runs a manage.py command and reports the process's peak memory on stderr.
MEASURED = (
    "import resource, sys; from django.core.management import execute_from_command_line; "
    "execute_from_command_line(['manage.py', *sys.argv[1:]]); "
    "print('PEAK_RSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
)

# name, path, whether it is a directory scenario held to the targets
SCENARIOS = [
    ("baseline: /robots.txt", "/robots.txt", False),
    ("directory, no filters", "/services/", True),
    ("directory, q only", "/services/?q=autism", True),
    (
        "directory, q + age + category",
        "/services/?q=support&age=7&category=education",
        True,
    ),
    (
        "directory, 3 filters, no q",
        "/services/?age=12&category=health&body=staffordshire-and-stoke-on-trent-icb",
        True,
    ),
    (
        "professionals, 3 filters",
        "/professionals/?referral=professional&ages=11-15&category=health",
        True,
    ),
    # Nearest first within 5 miles of a Stoke-on-Trent postcode (issue 15).
    ("directory, postcode 5 miles", "/services/?postcode=ST4+1AA&distance=5", True),
    ("service page", "/services/synthetic-5000/", False),
    ("search, pages and services", "/search/?q=EHCP", True),
    ("search, misspelt", "/search/?q=speach+therapy", True),
]


def run(command: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)  # noqa: S603


def database_holds(url: str, count: int) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=3) as connection:
            row = connection.execute(
                "SELECT count(*) FROM services_service WHERE slug LIKE 'synthetic-%%'"
            ).fetchone()
    except psycopg.Error:
        return False
    return row[0] == count


# The demo's Staffordshire and Stoke-on-Trent postcodes: the postcode scenario needs them.
DEMO_POSTCODES = ROOT / "demo" / "postcodes.csv.gz"


def postcodes_loaded(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=3) as connection:
            row = connection.execute("SELECT count(*) FROM services_postcode").fetchone()
    except psycopg.Error:
        return False
    return row[0] > 0


def load_postcodes(env: dict) -> None:
    run(
        [PYTHON, "manage.py", "import_postcodes", str(DEMO_POSTCODES)],
        env,
        stdout=subprocess.DEVNULL,
    )


def build_database(server: str, name: str, count: int, env: dict) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v0"], env)
    run([*manage, "load_demo_content"], env, stdout=subprocess.DEVNULL)
    load_postcodes(env)
    run([*manage, "load_synthetic_services", "--count", str(count)], env)


def vacuum(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def wait_until_serving(base_url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base_url}/health/", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start; see its output above.")


def fetch(base_url: str, path: str) -> str:
    request = urllib.request.Request(  # noqa: S310
        base_url + path, headers={"X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read().decode()


def wrk(base_url: str, path: str, *, seconds: int, connections: int) -> dict:
    command = [
        "wrk",
        f"--threads={min(connections, 2)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        "--header=X-Forwarded-Proto: https",
        f"--script={ROOT / 'scripts' / 'wrk_report.lua'}",
        base_url + path,
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
    figures = json.loads(output.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / figures["seconds"]
    return figures


def measured(arguments: list[str], env: dict) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one manage.py command."""
    started = time.monotonic()
    done = run([PYTHON, "-c", MEASURED, *arguments], env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    peak = re.search(r"PEAK_RSS_KB (\d+)", done.stderr)
    return seconds, int(peak.group(1)) / 1024 if peak else float("nan")


def open_data(args, env: dict) -> dict:
    """Export the bench database to ORUK JSON, then import that file into an
    empty database: the time of each, and the export's memory against a bare
    Django process's, to show it streams."""
    folder = Path(tempfile.mkdtemp(prefix="localoffer-bench-oruk-"))
    path = folder / "services.json"
    try:
        _, bare_mb = measured(["check", "-v0"], env)
        export_s, export_mb = measured(["export_oruk", str(path)], env)
        size_mb = path.stat().st_size / 1024 / 1024
        count = len(json.loads(path.read_text(encoding="utf-8")))
        name = f"localoffer_bench_import_{args.services}"
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        empty = {**env, "DATABASE_URL": f"{args.server}/{name}"}
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], empty)
        import_s, import_mb = measured(["import_oruk", str(path)], empty)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "count": count,
        "size_mb": size_mb,
        "bare_mb": bare_mb,
        "export_s": export_s,
        "export_mb": export_mb,
        "import_s": import_s,
        "import_mb": import_mb,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=10_000, help="synthetic services")
    parser.add_argument("--seconds", type=int, default=15, help="measured time per scenario")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured time per scenario")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--max-requests", type=int, default=0, help="gunicorn worker recycling (0: never)"
    )
    parser.add_argument("--server", default=DEFAULT_SERVER, help="PostgreSQL server URL")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database anyway")
    parser.add_argument(
        "--cache",
        choices=["redis", "off"],
        default="redis",
        help="redis: the shared cache production uses (emptied first); off: build every page",
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15", help="Redis for --cache")
    parser.add_argument(
        "--no-open-data",
        dest="open_data",
        action="store_false",
        help="skip timing export_oruk and import_oruk (long at 100,000 services)",
    )
    args = parser.parse_args()

    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    name = f"localoffer_bench_{args.services}"
    database_url = f"{args.server}/{name}"
    static_root = Path(tempfile.mkdtemp(prefix="localoffer-bench-static-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_BASE_URL": f"http://127.0.0.1:{args.port}",
    }
    if args.cache == "redis":
        env["REDIS_URL"] = args.redis
        env["DJANGO_CACHE_KEY_PREFIX"] = "bench"
        redis.Redis.from_url(args.redis).flushdb()
    else:
        env.pop("REDIS_URL", None)
        env["DJANGO_CACHE_DISABLED"] = "1"

    started = time.monotonic()
    if args.rebuild or not database_holds(database_url, args.services):
        print(f"Building {name} with {args.services:,} synthetic services…", flush=True)
        build_database(args.server, name, args.services, env)
    else:
        print(f"Reusing {name} ({args.services:,} synthetic services).")
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
        # A database built before postcodes existed: load them, or the postcode
        # scenario answers 400.
        if not postcodes_loaded(database_url):
            load_postcodes(env)
    vacuum(database_url)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--ignore", "scss", "-v0"], env)
    print(f"Ready in {time.monotonic() - started:.0f} s.\n")

    base_url = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(  # noqa: S603
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "--config=gunicorn.conf.py",
            f"--bind=127.0.0.1:{args.port}",
            "--workers=2",
            # Recycling a worker every ~1,000 requests (gunicorn.conf.py) happens
            # every second or two at these rates, and would be most of what is
            # measured; in service it happens a few times an hour.
            f"--max-requests={args.max_requests}",
            "--access-logfile=/dev/null",
            "--log-level=warning",
            "localoffer.wsgi",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_until_serving(base_url)
        results = []
        for label, path, held_to_targets in SCENARIOS:
            page = fetch(base_url, path)
            found = re.search(r"([\d,]+) (?:services? found|results?)", page)
            wrk(base_url, path, seconds=args.warmup, connections=args.concurrency)
            figures = wrk(base_url, path, seconds=args.seconds, connections=args.concurrency)
            figures.update(
                label=label, found=found.group(1) if found else "", held=held_to_targets
            )
            results.append(figures)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)

    if not args.open_data:
        return report(results, args, None)
    print("Exporting and importing the directory as Open Referral UK JSON…", flush=True)
    return report(results, args, open_data(args, env))


def report(results: list[dict], args, oruk: dict | None) -> int:
    baseline = results[0]["rps"]
    print(
        f"{args.services:,} synthetic services (+ the demo's), gunicorn 2 workers, "
        f"wrk at concurrency {args.concurrency}, {args.seconds} s per scenario, "
        f"cache: {args.cache}, worker recycling: {args.max_requests or 'off'}\n"
    )
    print(
        f"{'scenario':34} {'found':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'of base':>8}"
    )
    failures = []
    for row in results:
        share = row["rps"] / baseline
        print(
            f"{row['label']:34} {row['found']:>7} {row['rps']:8.1f} {row['p50']:8.1f} "
            f"{row['p95']:8.1f} {row['p99']:8.1f} {share:8.0%}"
        )
        if row["non_2xx"] or row["socket_errors"]:
            failures.append(
                f"{row['label']}: {row['non_2xx']} non-2xx, {row['socket_errors']} socket errors"
            )
        if row["held"] and row["p95"] > P95_TARGET_MS:
            failures.append(f"{row['label']}: p95 {row['p95']:.1f} ms > {P95_TARGET_MS:.0f} ms")
        if row["held"] and share < SHARE_TARGET:
            failures.append(f"{row['label']}: {share:.0%} of baseline < {SHARE_TARGET:.0%}")
    if oruk is None:
        print("\nexport_oruk and import_oruk not timed (--no-open-data)")
    else:
        print(
            f"\nOpen Referral UK JSON, {oruk['count']:,} live services "
            f"({oruk['size_mb']:.1f} MB):\n"
            f"  export_oruk  {oruk['export_s']:6.1f} s  peak memory {oruk['export_mb']:.0f} MB "
            f"(a bare Django process: {oruk['bare_mb']:.0f} MB)\n"
            f"  import_oruk  {oruk['import_s']:6.1f} s  into an empty database, "
            f"{oruk['count'] / oruk['import_s']:,.0f} services/s, peak memory "
            f"{oruk['import_mb']:.0f} MB"
        )
        if oruk["import_s"] > IMPORT_TARGET_S:
            failures.append(f"import_oruk: {oruk['import_s']:.0f} s > {IMPORT_TARGET_S:.0f} s")
    print()
    if failures:
        print("FAIL\n  " + "\n  ".join(failures))
        return 1
    print(
        f"PASS: every directory scenario p95 <= {P95_TARGET_MS:.0f} ms and "
        f">= {SHARE_TARGET:.0%} of the baseline's throughput"
        + (f"; import under {IMPORT_TARGET_S:.0f} s" if oruk is not None else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
