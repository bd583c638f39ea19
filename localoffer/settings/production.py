"""Production: PostgreSQL, HTTPS only, hashed and compressed static files.

Start-up stops with ImproperlyConfigured when DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS or DATABASE_URL is missing.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import env_bool, env_required, split_list

DEBUG = False
SECRET_KEY = env_required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = split_list(env_required("DJANGO_ALLOWED_HOSTS"))
# base.DATABASES already reads DATABASE_URL; production must not fall back to SQLite.
env_required("DATABASE_URL")

# ------------------------------------------------------------------ database waits
# Every wait on PostgreSQL is bounded, so a database that is down, cut off or
# slow gives a quick 503 (localoffer/middleware.py), never a hung worker:
# libpq's connect timeout (seconds; 2 is its least) and TCP keepalives and user
# timeout (a dead host or network), and the server's statement and lock timeouts
# (milliseconds, or with a unit: "10s"; 0 turns one off). Those two are for
# serving: `manage.py` commands (migrate, imports, cron jobs) may run long
# statements, so they run without them unless the variables are set. A paused
# server is the database watchdog's (base.py), and our backend fails new
# connections at once for a few seconds after it finds one (localoffer.postgresql).
# https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "localoffer.postgresql"  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _command = Path(sys.argv[0]).name in {"manage.py", "django-admin"}
    _server_settings = " ".join(
        f"-c {name}={os.environ.get(variable, '0' if _command else default)}"
        for name, variable, default in (
            ("statement_timeout", "DJANGO_DB_STATEMENT_TIMEOUT", "10000"),
            ("lock_timeout", "DJANGO_DB_LOCK_TIMEOUT", "5000"),
        )
    )
    # No JIT compiling for serving: it pays off for long reports, but a cold directory page at
    # 100,000 services spent 0.4 s compiling its facet count (issue 18). Commands keep it.
    if not _command:
        _server_settings += f" -c jit={os.environ.get('DJANGO_DB_JIT', 'off')}"
    _options.update(
        connect_timeout=int(os.environ.get("DJANGO_DB_CONNECT_TIMEOUT", "3")),
        keepalives=1,
        keepalives_idle=int(os.environ.get("DJANGO_DB_KEEPALIVES_IDLE", "30")),
        keepalives_interval=int(os.environ.get("DJANGO_DB_KEEPALIVES_INTERVAL", "10")),
        keepalives_count=int(os.environ.get("DJANGO_DB_KEEPALIVES_COUNT", "3")),
        tcp_user_timeout=int(os.environ.get("DJANGO_DB_TCP_USER_TIMEOUT", "10000")),
        # After any options DATABASE_URL gives (?options=-c%20search_path%3D...).
        options=" ".join(filter(None, [_options.get("options", ""), _server_settings])),
    )

# ------------------------------------------------------------------ HTTPS
# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Any http:// address a page still holds is fetched over HTTPS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}  # noqa: F405
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": True,
    }
}

# ------------------------------------------------------------------ static files
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# ------------------------------------------------------------------ uploaded files
# Documents and images editors upload, and the service import's file between
# its check and its confirmation, go to MEDIA_ROOT on this server's disk: right
# for one app server only, since another cannot read them. DJANGO_MEDIA_BUCKET
# moves them to an S3-compatible object store every server shares (AWS S3, or
# any other with DJANGO_MEDIA_ENDPOINT_URL), through django-storages. The bucket
# stays private; credentials come the usual boto3 ways (AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, or the machine's role), never from these settings.
# `make scale-check` proves it with two servers. Static files stay with WhiteNoise.
# https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
if MEDIA_BUCKET := os.environ.get("DJANGO_MEDIA_BUCKET", "").strip():
    MEDIA_CUSTOM_DOMAIN = os.environ.get("DJANGO_MEDIA_CUSTOM_DOMAIN", "").strip()
    MEDIA_ENDPOINT_URL = os.environ.get("DJANGO_MEDIA_ENDPOINT_URL", "").strip()
    MEDIA_REGION = os.environ.get("DJANGO_MEDIA_REGION", "").strip()
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": MEDIA_ENDPOINT_URL or None,
            "region_name": MEDIA_REGION or None,
            "location": os.environ.get("DJANGO_MEDIA_LOCATION", "").strip("/"),
            # A CDN in front of the bucket for images; its links are not signed.
            "custom_domain": MEDIA_CUSTOM_DOMAIN or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("DJANGO_MEDIA_URL_EXPIRE", "3600")),
            # A second upload of report.pdf gets a new name, never replaces the first.
            "file_overwrite": False,
            # A file read through the app past this size waits on disk, not in memory.
            "max_memory_size": 2 * 1024 * 1024,
        },
    }
    # Images link to the store (or the CDN): let pages and the admin show them.
    MEDIA_ORIGINS = [f"https://{MEDIA_CUSTOM_DOMAIN}"] if MEDIA_CUSTOM_DOMAIN else []
    if not MEDIA_CUSTOM_DOMAIN and MEDIA_ENDPOINT_URL:
        _endpoint = urlsplit(MEDIA_ENDPOINT_URL)
        MEDIA_ORIGINS = [f"{_endpoint.scheme}://{_endpoint.netloc}"]
    elif not MEDIA_CUSTOM_DOMAIN:
        MEDIA_ORIGINS = [
            f"https://{MEDIA_BUCKET}.s3.amazonaws.com",
            *([f"https://{MEDIA_BUCKET}.s3.{MEDIA_REGION}.amazonaws.com"] if MEDIA_REGION else []),
        ]
    for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        _policy["DIRECTIVES"]["img-src"] = [*_policy["DIRECTIVES"]["img-src"], *MEDIA_ORIGINS]
# Documents always stream through Django (/documents/<id>/<name>), wherever they
# are stored: Wagtail's privacy checks (a private collection) run on every
# download, and each carries "Content-Security-Policy: default-src 'none'" and
# nosniff. Wagtail's default for a remote store, "redirect", would hand out the
# store's signed link, which works for anyone it is passed to until it expires
# (or for ever, through a CDN's unsigned links).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# ------------------------------------------------------------------ email
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", True)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
