"""Fault injection against the real servers: `make chaos` (or `scripts/chaos.py --help`).

1. Builds (or reuses) a PostgreSQL database, localoffer_chaos, with the demo
   content, and serves it with gunicorn, 2 workers, under the production
   settings, with Redis (db 5) as the cache.
2. For each fault in turn (Redis stopped, Redis paused, PostgreSQL stopped,
   PostgreSQL paused) it breaks the part, requests the main pages four at a
   time (home, directory, a service, a directory search, professionals, a
   guide, site search, the API, /health/, /health/?ready=1 and a feedback
   POST), prints what each answered and how long it took, then restores the
   part and times how long until every page answers as normal again.
3. Exits non-zero on any 5xx other than 503, any 503 while only Redis is
   down, any request slower than --bound seconds or that gets no answer, or a
   site that does not recover within --recovery seconds.

Redis and PostgreSQL are ALWAYS restored, whatever happens (finally, Ctrl-C,
SIGTERM). It needs root (it signals the servers' processes) and stops the
machine's shared Redis and PostgreSQL for up to --outage seconds per fault:
anything else using them meanwhile fails. Stopping Redis empties it (every
database, nosave): it is a cache. How: Redis `SHUTDOWN NOSAVE`, restarted with
the settings it ran with (read by CONFIG GET); `pg_ctlcluster` stop/start;
pausing is SIGSTOP of Redis's process, or of the postmaster and every backend.
"""

import argparse
import concurrent.futures
import contextlib
import http.client
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PARALLEL = 4


# ------------------------------------------------------------------ the parts


class Redis:
    def __init__(self, url: str):
        self.url = url
        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self.config = {
            name: self.client.config_get(name)[name]
            for name in (
                "port",
                "bind",
                "dir",
                "logfile",
                "save",
                "appendonly",
                "databases",
                "maxmemory",
                "maxmemory-policy",
                "protected-mode",
            )
        }
        self.paused_pid: int | None = None

    def pid(self) -> int:
        return int(self.client.info("server")["process_id"])

    def answers(self) -> bool:
        try:
            return bool(self.client.ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        with contextlib.suppress(redis.ConnectionError):  # it goes away mid-answer
            self.client.shutdown(nosave=True)

    def start(self) -> None:
        if self.answers():
            return
        arguments = ["redis-server", "--daemonize", "yes"]
        for name, value in self.config.items():
            arguments += [f"--{name}", *(value.split() if name == "bind" else [value])]
        subprocess.run(arguments, check=True, cwd=self.config["dir"])  # noqa: S603
        wait_for(self.answers, "Redis to answer")

    def pause(self) -> None:
        self.paused_pid = self.pid()
        os.kill(self.paused_pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self.paused_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.paused_pid, signal.SIGCONT)
            self.paused_pid = None

    def restore(self) -> None:
        self.resume()
        self.start()


class PostgreSQL:
    def __init__(self, server: str, cluster: str):
        self.server = server
        self.version, self.name = cluster.split("/")
        self.paused: list[int] = []

    def ctl(self, action: str) -> None:
        subprocess.run(  # noqa: S603
            ["pg_ctlcluster", "--skip-systemctl-redirect", self.version, self.name, action],  # noqa: S607
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def answers(self) -> bool:
        try:
            with psycopg.connect(f"{self.server}/postgres", connect_timeout=2) as connection:
                connection.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True

    def processes(self) -> list[int]:
        """The postmaster and all its children."""
        data = Path(f"/var/lib/postgresql/{self.version}/{self.name}")
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError):
                # pid (name) state ppid ...: the name may hold spaces, so split after it.
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                    children.append(int(stat.parent.name))
        return [postmaster, *children]

    def stop(self) -> None:
        self.ctl("stop")

    def start(self) -> None:
        if not self.answers():
            with contextlib.suppress(subprocess.CalledProcessError):  # already running
                self.ctl("start")
        wait_for(self.answers, "PostgreSQL to answer")

    def pause(self) -> None:
        self.paused = self.processes()
        for pid in self.paused:
            os.kill(pid, signal.SIGSTOP)

    def resume(self) -> None:
        for pid in reversed(self.paused):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.paused = []

    def restore(self) -> None:
        self.resume()
        self.start()


def wait_for(check, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"Gave up waiting for {what}.")
        time.sleep(0.2)


# ------------------------------------------------------------------ requests


@dataclass
class Page:
    label: str
    path: str
    method: str = "GET"
    # Normal answers; during a PostgreSQL fault 503 is right too.
    normal: tuple[int, ...] = (200,)


@dataclass
class Answer:
    page: Page
    status: int | None
    seconds: float
    detail: str = ""


@dataclass
class Site:
    base: str
    pages: list[Page] = field(default_factory=list)
    cookie: str = ""
    token: str = ""
    counter: itertools.count = field(default_factory=itertools.count)

    def request(self, page: Page, timeout: float) -> Answer:
        host, port = urllib.parse.urlsplit(self.base).netloc.split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
        headers = {"User-Agent": "localoffer-chaos"}
        body = None
        if page.method == "POST":
            body = urllib.parse.urlencode(
                {"useful": "yes", "page": "/", "csrfmiddlewaretoken": self.token}
            )
            headers |= {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": self.cookie,
            }
        path = page.path.format(n=next(self.counter))
        started = time.monotonic()
        try:
            connection.request(page.method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        except OSError as error:
            return Answer(page, None, time.monotonic() - started, type(error).__name__)
        finally:
            connection.close()
        seconds = time.monotonic() - started
        detail = ""
        if page.path.startswith("/health/"):
            with contextlib.suppress(ValueError):
                parts = json.loads(content)
                detail = f"database {parts['database']}, cache {parts['cache']}"
        elif response.status == 503:
            kind = response.getheader("Content-Type", "").split(";")[0]
            detail = f"{kind}, Retry-After {response.getheader('Retry-After')}"
            if cors := response.getheader("Access-Control-Allow-Origin"):
                detail += f", CORS {cors}"
        return Answer(page, response.status, seconds, detail)

    def sweep(self, timeout: float) -> list[Answer]:
        with concurrent.futures.ThreadPoolExecutor(PARALLEL) as pool:
            return list(pool.map(lambda page: self.request(page, timeout), self.pages))

    def healthy(self, answers: list[Answer]) -> bool:
        return all(
            answer.status in answer.page.normal
            and (
                not answer.page.path.startswith("/health/")
                or answer.detail.endswith("ok, cache ok")
            )
            for answer in answers
        )


def discover(site: Site) -> None:
    """The pages to request: a service and a guide from the sitemap, and a
    feedback POST with the CSRF cookie and token a visitor would have."""
    host, port = urllib.parse.urlsplit(site.base).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.request("GET", "/sitemap.xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", connection.getresponse().read().decode())
    paths = [urllib.parse.urlsplit(url).path for url in locations]
    service = next(p for p in paths if p.startswith("/services/") and p.count("/") == 3)
    guide = next(p for p in paths if p != "/" and not p.startswith("/services/"))
    connection.request("GET", "/")
    response = connection.getresponse()
    html = response.read().decode()
    cookies = [c.split(";")[0] for c in response.headers.get_all("Set-Cookie") or []]
    site.cookie = "; ".join(c for c in cookies if c.startswith("csrftoken="))
    site.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    connection.close()
    site.pages = [
        Page("home", "/"),
        Page("directory", "/services/"),
        Page("service page", service),
        Page("directory search", "/services/?q=speech+therapy"),
        # A new search each time: never in the cache, always the database's.
        Page("directory, uncached", "/services/?q=chaos+{n}"),
        Page("professionals", "/professionals/"),
        Page("guide", guide),
        Page("site search", "/search/?q=EHCP"),
        Page("API services", "/api/oruk/services"),
        Page("health", "/health/"),
        Page("readiness", "/health/?ready=1"),
        Page("feedback POST", "/feedback/useful/", "POST", normal=(302,)),
    ]


# ------------------------------------------------------------------ set-up


def run(command: list[str], env: dict, **kwargs) -> None:
    subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)  # noqa: S603


def prepare_database(server: str, name: str, env: dict, rebuild: bool) -> None:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and rebuild:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = False
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    print(f"Loading the demo content into {name}…", flush=True)
    run([PYTHON, "manage.py", "load_demo_content"], env, stdout=subprocess.DEVNULL)


def production_env(
    name: str,
    database_url: str,
    static_root: Path,
    *,
    redis_url: str | None,
    cache_key_prefix: str | None = None,
    port: int | None = None,
    plain_http: bool = True,
    **extra: str,
) -> dict[str, str]:
    """The environment these scripts run manage.py and gunicorn with: this
    one's, under the production settings, served on 127.0.0.1, with a secret
    of the script's own (``name``), this database and static root. Redis
    (``redis_url``) as the cache, its keys prefixed ``cache_key_prefix``
    (default ``name``), or without it each process's own memory cache;
    ``port`` gives DJANGO_BASE_URL; ``plain_http`` turns off the redirect to
    HTTPS (left as the environment has it otherwise); ``extra`` is added last."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
        "DJANGO_SECRET_KEY": f"{name}-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(static_root),
    }
    if plain_http:
        env["DJANGO_SECURE_SSL_REDIRECT"] = "0"
    if redis_url is not None:
        env["REDIS_URL"] = redis_url
        env["DJANGO_CACHE_KEY_PREFIX"] = cache_key_prefix or name
    else:
        env.pop("REDIS_URL", None)
    if port is not None:
        env["DJANGO_BASE_URL"] = f"http://127.0.0.1:{port}"
    return {**env, **extra}


def start_gunicorn(port: int, env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "--config=gunicorn.conf.py",
            f"--bind=127.0.0.1:{port}",
            "--workers=2",
            "--access-logfile=/dev/null",
            "--log-level=warning",
            "localoffer.wsgi",
        ],
        env=env,
        cwd=ROOT,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


# ------------------------------------------------------------------ the run


@dataclass
class Fault:
    name: str
    part: object
    action: str  # "stop" or "pause"
    database: bool  # whether 503 is a right answer meanwhile


def print_answers(fault: str, answers: list[Answer], problems: list[str], bound: float) -> None:
    for answer in answers:
        status = str(answer.status) if answer.status else "none"
        flag = ""
        allowed = answer.page.normal + ((503,) if fault.startswith("PostgreSQL") else ())
        if answer.page.path == "/health/":
            allowed = (200,)  # liveness: the process answers whatever the parts say
        if answer.status not in allowed or answer.seconds > bound:
            flag = "  <-- FAIL"
            problems.append(f"{fault}: {answer.page.label} {status} in {answer.seconds:.1f} s")
        print(
            f"{fault:21} {answer.page.label:20} {status:>6} {answer.seconds:7.2f} s  "
            f"{answer.detail}{flag}"
        )


def inject(site: Site, fault: Fault, args, problems: list[str]) -> None:
    part = fault.part
    getattr(part, fault.action)()
    broken = time.monotonic()
    time.sleep(1)  # let the fault be what it is (a paused server looks alive at first)
    with concurrent.futures.ThreadPoolExecutor(1) as one:
        sweep = one.submit(site.sweep, args.bound + 5)
        try:
            answers = sweep.result(timeout=max(1, args.outage - (time.monotonic() - broken)))
        except concurrent.futures.TimeoutError:
            answers = None
        finally:
            part.restore()  # within --outage seconds, finished or not
        restored = time.monotonic()
        outage = restored - broken
        if answers is None:
            answers = sweep.result()
    print_answers(fault.name, answers, problems, args.bound)
    started = time.monotonic()
    while True:
        answers = site.sweep(args.bound + 5)
        if site.healthy(answers):
            recovery = time.monotonic() - started
            print(
                f"{fault.name:21} {'-> restored':20} outage {outage:.1f} s; every page "
                f"normal again {recovery:.1f} s after the restore\n",
                flush=True,
            )
            return
        if time.monotonic() - started > args.recovery:
            print_answers(f"{fault.name} (after)", answers, problems, args.bound)
            problems.append(f"{fault.name}: not recovered {args.recovery:.0f} s after restore")
            return
        time.sleep(0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--server", default="postgres://root@127.0.0.1:5432")
    parser.add_argument("--database", default="localoffer_chaos")
    parser.add_argument("--cluster", default="15/main", help="PostgreSQL cluster, version/name")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/5")
    parser.add_argument("--bound", type=float, default=15, help="slowest answer allowed (s)")
    parser.add_argument("--outage", type=float, default=30, help="longest outage per fault (s)")
    parser.add_argument("--recovery", type=float, default=60, help="longest recovery (s)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database")
    parser.add_argument(
        "--only", help="comma-separated faults: redis-stop,redis-pause,pg-stop,pg-pause"
    )
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("make chaos signals the Redis and PostgreSQL servers: run it as root.")

    # SIGTERM too ends in the finally below, which restores both servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    cache, database = Redis(args.redis), PostgreSQL(args.server, args.cluster)
    print(
        f"Redis maxmemory {cache.config['maxmemory']}, maxmemory-policy "
        f"{cache.config['maxmemory-policy']}"
        + (
            ""
            if cache.config["maxmemory-policy"].startswith("allkeys-")
            else " (production: see docs/redis.conf)"
        )
    )
    static_root = Path(tempfile.mkdtemp(prefix="localoffer-chaos-static-"))
    log = Path(tempfile.mkdtemp(prefix="localoffer-chaos-log-")) / "gunicorn.log"
    env = production_env(
        "chaos",
        f"{args.server}/{args.database}",
        static_root,
        redis_url=args.redis,
        port=args.port,
        # Recovery is checked with many feedback POSTs from one address.
        DJANGO_FEEDBACK_VOTE_RATE_LIMIT="1000000",
    )
    prepare_database(args.server, args.database, env, args.rebuild)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--ignore", "scss", "-v0"], env)
    redis.Redis.from_url(args.redis).flushdb()

    faults = [
        Fault("Redis stopped", cache, "stop", False),
        Fault("Redis paused", cache, "pause", False),
        Fault("PostgreSQL stopped", database, "stop", True),
        Fault("PostgreSQL paused", database, "pause", True),
    ]
    keys = dict(zip(["redis-stop", "redis-pause", "pg-stop", "pg-pause"], faults, strict=True))
    if args.only:
        faults = [keys[key.strip()] for key in args.only.split(",")]

    site = Site(f"http://127.0.0.1:{args.port}")
    server = start_gunicorn(args.port, env, log)
    problems: list[str] = []
    try:
        wait_for(lambda: site.request(Page("health", "/health/"), 2).status == 200, "gunicorn")
        discover(site)
        answers = site.sweep(args.bound + 5)
        print(f"\n{'fault':21} {'page':20} {'status':>6} {'time':>9}")
        print_answers("none", answers, problems, args.bound)
        print()
        for fault in faults:
            inject(site, fault, args, problems)
    finally:
        cache.restore()
        database.restore()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)
    output = log.read_text(errors="replace")
    print(f"gunicorn's log: {log} ({output.count('Traceback')} tracebacks)")
    if "Traceback" in output and problems:
        print("Its last 60 lines:\n" + "\n".join(output.splitlines()[-60:]))
    if problems:
        print("FAIL\n  " + "\n  ".join(problems))
        return 1
    print(
        f"PASS: no 500s, every answer within {args.bound:.0f} s, 503 only while PostgreSQL "
        "was down, and the site recovered by itself after each fault."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
