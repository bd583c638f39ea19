"""Two app servers, one site: `make scale-check` (or `scripts/scale_check.py --help`).

Behind a load balancer each request may reach a different server, so all that
outlives a request must be shared. This starts two gunicorn instances, A and B
(ports 8771 and 8772, 2 workers each, production settings), which share
PostgreSQL (a fresh database, localoffer_scale_check, with the demo content),
Redis (db 14, emptied first: the cache and rate limits) and an S3-compatible
object store for uploaded files (moto's server on 127.0.0.1:8773, a stand-in
for AWS S3 or any other, chosen by DJANGO_MEDIA_BUCKET alone). Each server has
its own empty MEDIA_ROOT, as separate machines would. Then, as an editor and a
visitor would, printing each step and what it answered:

(c) an editor signs in on A, and B opens the admin with A's cookies;
(a) the editor publishes a new name for a service through A's admin, and the
    very next request to B shows it, on the service page and in a directory
    search that B had just cached with no results;
(b) the editor uploads a document through A's admin, and B serves the same
    bytes, read from the object store;
and, as the reason for the switch (skip it with --no-control), the same upload
without the object store: A serves the document from its own disk, B answers
404. Last, signing out on B ends the session on A too.

Exits non-zero if any step fails. It reuses scripts/chaos.py's set-up (the
database, gunicorn); the servers' logs are kept in a temporary folder, named at
the end.
"""

import argparse
import hashlib
import html
import http.client
import http.cookies
import logging
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import boto3
import psycopg
import redis
from chaos import PYTHON, prepare_database, production_env, run, start_gunicorn, wait_for
from moto.server import ThreadedMotoServer

EDITOR = "scale-editor"
# Not a Moderator, so production does not ask this account for a second factor;
# this group adds the one thing it needs beyond an Editor's rights: publishing services.
PUBLISHERS = "Scale check: publish services"
CREATE_EDITOR = f"""
import os
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
publishers, _ = Group.objects.get_or_create(name={PUBLISHERS!r})
publishers.permissions.add(
    Permission.objects.get(content_type__app_label="services", codename="publish_service")
)
user = get_user_model().objects.create_user(
    {EDITOR!r}, "scale-editor@example.org", os.environ["SCALE_CHECK_PASSWORD"],
    first_name="Scale", last_name="Check",
)
user.groups.add(Group.objects.get(name="Editors"), publishers)
"""


# ------------------------------------------------------------------ a browser


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


@dataclass
class Browser:
    """One person's browser: one cookie jar, whichever server answers.

    A load balancer sends the same cookies to every server behind one address;
    here the servers have two addresses, and the jar ignores the difference.
    """

    cookies: dict[str, str] = field(default_factory=dict)

    def request(
        self,
        port: int,
        method: str,
        path: str,
        fields: list[tuple[str, str]] | None = None,
        files: list[tuple[str, str, bytes]] | None = None,
    ) -> Response:
        headers = {"User-Agent": "localoffer-scale-check"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if files:
            boundary = uuid.uuid4().hex
            body = multipart(boundary, fields or [], files)
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif fields is not None:
            body = urllib.parse.urlencode(fields).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            answer = Response(response.status, response.headers, response.read())
        finally:
            connection.close()
        for header in answer.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)  # deleted, as at sign-out
                else:
                    self.cookies[name] = morsel.value
        return answer

    def get(self, port: int, path: str) -> Response:
        return self.request(port, "GET", path)


def multipart(boundary: str, fields, files) -> bytes:
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    for name, filename, content in files:
        parts.append(
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{name}"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


class FormFields(HTMLParser):
    """The fields a browser would send from the form whose action is ``action``:
    checked boxes only, selected options, no buttons or files, nothing inside a
    <template> (the empty rows an inline panel copies with JavaScript)."""

    def __init__(self, action: str):
        super().__init__()
        self.action = action
        self.fields: list[tuple[str, str]] = []
        self.in_form = self.in_template = False
        self.select: tuple[str, bool, list[str], str | None] | None = None
        self.textarea: str | None = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.in_form = urllib.parse.urlsplit(a.get("action") or "").path == self.action
        elif tag == "template":
            self.in_template = True
        if not self.in_form or self.in_template or "disabled" in a:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in a:
                return
            self.fields.append((name, a.get("value") or ("on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self.select = (name, "multiple" in a, [], None)
        elif tag == "option" and self.select:
            name, multiple, chosen, first = self.select
            value = a.get("value") or ""
            if "selected" in a:
                chosen.append(value)
            self.select = (name, multiple, chosen, value if first is None else first)
        elif tag == "textarea" and name:
            self.textarea, self.text = name, ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "template":
            self.in_template = False
        elif tag == "select" and self.select:
            name, multiple, chosen, first = self.select
            if not chosen and not multiple and first is not None:
                chosen = [first]
            self.fields += [(name, value) for value in chosen]
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.fields.append((self.textarea, self.text.removeprefix("\n")))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.text += data


def form_fields(page: Response, action: str) -> list[tuple[str, str]]:
    parser = FormFields(action)
    parser.feed(page.text)
    return parser.fields


def errors_in(page: Response) -> str:
    """The first error messages an admin form shows, for the report."""
    found = re.findall(r'class="[^"]*error-message[^"]*"[^>]*>(.*?)</', page.text, re.S)
    return "; ".join(html.unescape(re.sub(r"<[^>]+>|\s+", " ", e)).strip() for e in found[:3])


# ------------------------------------------------------------------ the report


@dataclass
class Report:
    steps: list[tuple[str, bool, str]] = field(default_factory=list)

    def check(self, label: str, ok: bool, detail: str = "") -> bool:
        self.steps.append((label, ok, detail))
        print(f"  {'ok  ' if ok else 'FAIL'}  {label}" + (f": {detail}" if detail else ""))
        sys.stdout.flush()
        return ok

    @property
    def failures(self) -> list[str]:
        return [label for label, ok, _ in self.steps if not ok]


def heading(text: str) -> None:
    print(f"\n{text}", flush=True)


def done(text: str) -> None:
    print(f"  done  {text}", flush=True)


# ------------------------------------------------------------------ the servers


@dataclass
class Server:
    name: str
    port: int
    media_root: Path
    log_dir: Path
    logs: list[Path] = field(default_factory=list)
    process: subprocess.Popen | None = None

    def start(self, env: dict) -> None:
        env = {
            **env,
            "DJANGO_MEDIA_ROOT": str(self.media_root),
            "DJANGO_BASE_URL": f"http://127.0.0.1:{self.port}",
        }
        # A log for each start: gunicorn's is written afresh each time.
        self.logs.append(self.log_dir / f"gunicorn-{self.name.lower()}-{len(self.logs) + 1}.log")
        self.process = start_gunicorn(self.port, env, self.logs[-1])

    def health(self) -> str | None:
        try:
            answer = Browser().get(self.port, "/health/")
        except OSError:
            return None
        return answer.text if answer.status == 200 else None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None

    def files(self) -> list[Path]:
        return [path for path in self.media_root.rglob("*") if path.is_file()]


def start_both(servers: list[Server], env: dict, report: Report, label: str) -> bool:
    for server in servers:
        server.start(env)
    ok = True
    for server in servers:
        try:
            wait_for(lambda s=server: s.health() is not None, f"server {server.name}", 60)
        except SystemExit:
            ok = False
        report.check(
            f"{label}: server {server.name} on 127.0.0.1:{server.port}, "
            f"MEDIA_ROOT {server.media_root}",
            ok and server.health() is not None,
            f"/health/ {server.health() or 'no answer'}",
        )
    return ok


def stop_both(servers: list[Server]) -> None:
    for server in servers:
        server.stop()


# ------------------------------------------------------------------ the steps


def sign_in(editor: Browser, server: Server, password: str, report: Report) -> bool:
    login = editor.get(server.port, "/admin/login/")
    fields = [
        (n, v) for n, v in form_fields(login, "/admin/login/") if n not in ("username", "password")
    ]
    answer = editor.request(
        server.port,
        "POST",
        "/admin/login/",
        [*fields, ("username", EDITOR), ("password", password)],
    )
    return report.check(
        f"(c) sign in as {EDITOR} on {server.name} (POST /admin/login/)",
        answer.status == 302 and "sessionid" in editor.cookies,
        f"{answer.status} to {answer.location or '-'}, session cookie "
        + ("set" if "sessionid" in editor.cookies else "missing"),
    )


def dashboard(editor: Browser, server: Server, report: Report, label: str) -> bool:
    answer = editor.get(server.port, "/admin/")
    signed_in = answer.status == 200 and "Scale Check" in answer.text
    return report.check(
        f"(c) {label}: GET /admin/ on {server.name} with the same cookies",
        signed_in,
        f"{answer.status}"
        + (", the dashboard, signed in as Scale Check" if signed_in else f" {answer.location}"),
    )


def publish_change(editor, visitor, a: Server, b: Server, database: str, cache, report) -> None:
    with psycopg.connect(database) as connection:
        service_id, name, slug = connection.execute(
            "SELECT id, name, slug FROM services_service WHERE live ORDER BY name LIMIT 1"
        ).fetchone()
    word = f"zephyrscale{secrets.randbelow(10**6):06d}"
    new_name = f"{name} {word}"
    page, search = f"/services/{slug}/", f"/services/?q={word}"
    print(f"  service: {name!r} ({page}); new name {new_name!r}")

    # A visitor on B first, twice, so B's answers are in the shared cache.
    for _ in range(2):
        before, empty = visitor.get(b.port, page), visitor.get(b.port, search)
    report.check(
        f"(a) before: a visitor on B, GET {page} (twice: now cached)",
        before.status == 200 and html.escape(name) in before.text,
        f"{before.status}, shows {name!r}",
    )
    report.check(
        f"(a) before: a visitor on B, GET {search} (twice: now cached)",
        empty.status == 200 and slug not in empty.text,
        f"{empty.status}, the service is not listed; Redis holds {cache.dbsize()} keys",
    )

    edit = f"/admin/snippets/services/service/edit/{service_id}/"
    form = editor.get(a.port, edit)
    fields = [(n, new_name if n == "name" else v) for n, v in form_fields(form, edit)]
    report.check(
        f"(a) the editor opens the service's edit form on A (GET {edit})",
        form.status == 200 and ("name", new_name) in fields,
        f"{form.status}, {len(fields)} fields",
    )
    started = time.monotonic()
    answer = editor.request(a.port, "POST", edit, [*fields, ("action-publish", "action-publish")])
    report.check(
        "(a) the editor publishes the new name through A (POST, action-publish)",
        answer.status == 302,
        f"{answer.status} to {answer.location} in {time.monotonic() - started:.2f} s"
        if answer.status == 302
        else errors_in(answer),
    )
    after = visitor.get(b.port, page)
    report.check(
        f"(a) the very next request, a visitor on B: GET {page}",
        after.status == 200 and html.escape(new_name) in after.text,
        f"{after.status}, "
        + ("shows the new name" if html.escape(new_name) in after.text else "still the old name"),
    )
    found = visitor.get(b.port, search)
    report.check(
        f"(a) then a visitor on B: GET {search}",
        found.status == 200 and f"/services/{slug}/" in found.text,
        f"{found.status}, the service is "
        + ("listed" if f"/services/{slug}/" in found.text else "NOT listed"),
    )


def upload(
    editor: Browser, server: Server, title: str, content: bytes, report: Report, step: str
) -> bool:
    add = "/admin/documents/add/"
    form = editor.get(server.port, add)
    fields = [(n, v) for n, v in form_fields(form, add) if n != "title"]
    answer = editor.request(
        server.port,
        "POST",
        add,
        [*fields, ("title", title)],
        files=[("file", f"{title}.txt", content)],
    )
    return report.check(
        f"{step} the editor uploads {title}.txt ({len(content)} bytes) through {server.name}'s "
        f"admin (multipart POST {add})",
        answer.status == 302,
        f"{answer.status} to {answer.location}" if answer.status == 302 else errors_in(answer),
    )


def document_path(database: str, title: str) -> tuple[str, str]:
    """The document's public address and its name in the store."""
    with psycopg.connect(database) as connection:
        row = connection.execute(
            "SELECT id, file FROM wagtaildocs_document WHERE title = %s", [title]
        ).fetchone()
    if row is None:
        return "", ""
    return f"/documents/{row[0]}/{Path(row[1]).name}", row[1]


def download(visitor, server: Server, path: str, content: bytes) -> tuple[bool, str]:
    answer = visitor.get(server.port, path)
    same = answer.status == 200 and answer.body == content
    detail = f"{answer.status}, {len(answer.body)} bytes"
    if answer.status == 200:
        detail += (
            f", sha256 {hashlib.sha256(answer.body).hexdigest()[:16]}… "
            + ("identical" if same else "DIFFERENT")
            + f", Content-Security-Policy: {answer.headers.get('Content-Security-Policy')}"
        )
    return same, detail


def share_document(editor, visitor, a, b, database, s3, bucket, report: Report) -> None:
    title = f"scale-check-{secrets.token_hex(4)}"
    content = f"Uploaded through A, read through B: {title}\n".encode() + secrets.token_bytes(
        64 * 1024
    )
    if not upload(editor, a, title, content, report, "(b)"):
        return
    path, key = document_path(database, title)
    stored = s3.list_objects_v2(Bucket=bucket, Prefix=key).get("KeyCount", 0) if key else 0
    report.check(
        "(b) where it went: the object store, not A's disk",
        bool(key) and stored == 1 and not a.files() and not b.files(),
        f"s3://{bucket}/{key}; files on A's disk {len(a.files())}, on B's {len(b.files())}",
    )
    same, detail = download(visitor, b, path, content)
    report.check(f"(b) a visitor downloads it through B: GET {path}", same, detail)
    unsigned = http.client.HTTPConnection("127.0.0.1", s3.meta.endpoint_url.rsplit(":", 1)[1])
    unsigned.request("GET", f"/{bucket}/{key}")
    status = unsigned.getresponse().status
    report.check(
        "(b) the bucket is private: the object without a signature",
        status == 403,
        f"{status} from the store",
    )


def without_object_store(editor, visitor, a, b, database, report: Report) -> None:
    title = f"scale-check-local-{secrets.token_hex(4)}"
    content = f"Only on A's disk: {title}\n".encode() + secrets.token_bytes(1024)
    if not upload(editor, a, title, content, report, "(b) control:"):
        return
    path, _ = document_path(database, title)
    report.check(
        "(b) control: where it went: A's own disk",
        len(a.files()) == 1 and not b.files(),
        f"files on A's disk {len(a.files())}, on B's {len(b.files())}",
    )
    same, detail = download(visitor, a, path, content)
    report.check(f"(b) control: a visitor downloads it through A: GET {path}", same, detail)
    answer = visitor.get(b.port, path)
    report.check(
        f"(b) control: the same download through B fails: GET {path}",
        answer.status == 404,
        f"{answer.status} (expected 404: B's disk does not have it)",
    )


def sign_out(editor: Browser, a: Server, b: Server, report: Report) -> None:
    page = editor.get(b.port, "/admin/")
    # The sidebar's sign-out button is drawn by script, with the token from wagtail-config.
    token = re.search(r'"CSRF_TOKEN": "([^"]+)"', page.text)
    answer = editor.request(
        b.port, "POST", "/admin/logout/", [("csrfmiddlewaretoken", token[1] if token else "")]
    )
    after = editor.get(a.port, "/admin/")
    report.check(
        "(c) sign out on B, then GET /admin/ on A",
        answer.status == 302 and after.status == 302 and "/login/" in after.location,
        f"sign-out {answer.status}; A answers {after.status} to {after.location}",
    )


# ------------------------------------------------------------------ the run

SUMMARY = [
    (
        "servers started, sharing PostgreSQL, Redis and the store",
        lambda label: label.startswith(("start:", "restart:")),
    ),
    ("(a) a publish through A shows on B's very next request", lambda label: label[:3] == "(a)"),
    (
        "(b) an upload through A downloads from B, byte for byte",
        lambda label: label[:3] == "(b)" and "control" not in label,
    ),
    ("(c) a session started on A works on B, and ends on both", lambda label: label[:3] == "(c)"),
    ("control: without the store, B cannot serve A's upload", lambda label: "control" in label),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ports", default="8771,8772", help="servers A and B")
    parser.add_argument("--s3-port", type=int, default=8773, help="moto's S3 server")
    parser.add_argument("--server", default="postgres://root@127.0.0.1:5432")
    parser.add_argument("--database", default="localoffer_scale_check")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--bucket", default="localoffer-scale-check")
    parser.add_argument(
        "--no-control", action="store_true", help="skip the run without the object store"
    )
    args = parser.parse_args()
    started = time.monotonic()
    report = Report()
    work = Path(tempfile.mkdtemp(prefix="localoffer-scale-check-"))
    port_a, port_b = (int(port) for port in args.ports.split(","))
    a = Server("A", port_a, work / "media-a", work)
    b = Server("B", port_b, work / "media-b", work)
    servers = [a, b]
    for server in servers:
        server.media_root.mkdir()

    heading("Set-up")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    store = ThreadedMotoServer(ip_address="127.0.0.1", port=args.s3_port, verbose=False)
    store.start()
    endpoint, region = f"http://127.0.0.1:{args.s3_port}", "eu-west-2"
    credentials = {
        # moto takes any; a real store takes these from the environment too.
        "AWS_ACCESS_KEY_ID": "scale-check",
        "AWS_SECRET_ACCESS_KEY": "scale-check",  # noqa: S105
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    os.environ.update(credentials)
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name=region)
    s3.create_bucket(Bucket=args.bucket, CreateBucketConfiguration={"LocationConstraint": region})
    done(f"object store: moto's S3 on {endpoint}, bucket {args.bucket} (private)")
    redis.Redis.from_url(args.redis).flushdb()
    done(f"Redis {args.redis} emptied")

    database = f"{args.server}/{args.database}"
    # One secret for every server: each must read the others' sessions and CSRF tokens.
    env = production_env(
        "scale-check",
        database,
        work / "static",
        redis_url=args.redis,
        cache_key_prefix="scale",
        **credentials,
    )
    shared = {
        **env,
        "DJANGO_MEDIA_BUCKET": args.bucket,
        "DJANGO_MEDIA_ENDPOINT_URL": endpoint,
        "DJANGO_MEDIA_REGION": region,
    }
    password = secrets.token_urlsafe(16)
    try:
        prepare_database(args.server, args.database, shared, rebuild=True)
        run(
            [PYTHON, "manage.py", "shell", "-c", CREATE_EDITOR],
            {**shared, "SCALE_CHECK_PASSWORD": password},
        )
        done(f"database {args.database}: fresh, migrated, demo content, account {EDITOR}")
        run([PYTHON, "manage.py", "collectstatic", "--noinput", "--ignore", "scss", "-v0"], env)
        done("static files collected (WhiteNoise serves them on each server)")

        heading("With the object store (DJANGO_MEDIA_BUCKET set on both servers)")
        if start_both(servers, shared, report, "start"):
            editor, visitor = Browser(), Browser()
            if sign_in(editor, a, password, report):
                dashboard(editor, b, report, "the session on B")
                cache = redis.Redis.from_url(args.redis)
                publish_change(editor, visitor, a, b, database, cache, report)
                share_document(editor, visitor, a, b, database, s3, args.bucket, report)
                if not args.no_control:
                    heading("Control, WITHOUT the object store: each server's own MEDIA_ROOT")
                    stop_both(servers)
                    if start_both(servers, env, report, "restart"):
                        dashboard(editor, b, report, "the session after the restart")
                        without_object_store(editor, visitor, a, b, database, report)
                sign_out(editor, a, b, report)
    finally:
        stop_both(servers)
        store.stop()

    logs = [log for server in servers for log in server.logs]
    tracebacks = sum(log.read_text(errors="replace").count("Traceback") for log in logs)
    heading("Summary")
    for title, belongs in SUMMARY:
        steps = [ok for label, ok, _ in report.steps if belongs(label)]
        if steps:
            print(f"  {title:58} {'ok' if all(steps) else 'FAIL'} ({sum(steps)}/{len(steps)})")
    passed = len(report.steps) - len(report.failures)
    print(f"  {passed} of {len(report.steps)} steps passed in {time.monotonic() - started:.0f} s")
    print(f"  servers' logs: {work}/gunicorn-*.log, {len(logs)} files ({tracebacks} tracebacks)")
    if report.failures:
        for log in logs:
            if "Traceback" in (text := log.read_text(errors="replace")):
                print(f"\n{log}, its last 40 lines:\n" + "\n".join(text.splitlines()[-40:]))
        print("FAIL\n    " + "\n    ".join(report.failures))
        return 1
    shutil.rmtree(work / "static", ignore_errors=True)
    print(
        "PASS: two servers, one site. A publish through A shows on B's very next request, a "
        "document uploaded through A downloads from B byte for byte (through the object "
        "store), and a session started on A works on B."
        + ("" if args.no_control else " Without the object store B cannot find A's upload.")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
