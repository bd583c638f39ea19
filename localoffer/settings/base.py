"""Settings shared by every environment.

Safe by default: DEBUG is off and nothing here holds a secret. Every value a
deployment may change comes from an environment variable prefixed ``DJANGO_``
(see ``.env.example``); ``dev``, ``test`` and ``production`` override a few.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def split_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def env_list(name: str, default: str = "") -> list[str]:
    return split_list(os.environ.get(name, default))


def env_required(name: str) -> str:
    """Return a variable that production cannot run without, or stop start-up."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


# ------------------------------------------------------------------ core
DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "localoffer",
    "strategy",
    "services",
    "feedback",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry the policies too.
    "localoffer.security_headers.ContentSecurityPolicyMiddleware",
    "localoffer.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A database that cannot answer: a quick 503 (localoffer/middleware.py).
    "localoffer.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "localoffer.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "localoffer.urls"
WSGI_APPLICATION = "localoffer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# ------------------------------------------------------------------ database
# One DATABASE_URL (PostgreSQL through psycopg 3 in production and CI); unset,
# a git-ignored SQLite file so `make run` works on a bare machine.
# https://github.com/jazzband/dj-database-url
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A PostgreSQL statement still waiting after this many seconds makes the app
# check that the server answers at all; a frozen one cannot enforce its own
# statement timeout, so the wait is ended with a 503 (localoffer/database.py).
# Production's timeouts and keepalives: settings/production.py.
DATABASE_STALL_SECONDS = float(os.environ.get("DJANGO_DB_STALL_SECONDS", "2"))

# ------------------------------------------------------------------ cache
# Redis when REDIS_URL is set (production: one cache shared by every worker);
# otherwise memory local to each process, which is right for one process only.
# Redis failing is a cache miss (localoffer/cache.py), so its waits are short:
# a stopped or paused Redis costs one timeout, then is skipped for 5 seconds.
# Give Redis a memory limit and an LRU policy: docs/redis.conf.
if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHE_SOCKET_TIMEOUT = float(os.environ.get("DJANGO_CACHE_SOCKET_TIMEOUT", "0.25"))
    CACHES = {
        "default": {
            "BACKEND": "localoffer.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_KEY_PREFIX", "localoffer"),
            "OPTIONS": {
                "socket_connect_timeout": float(
                    os.environ.get("DJANGO_CACHE_SOCKET_CONNECT_TIMEOUT", CACHE_SOCKET_TIMEOUT)
                ),
                "socket_timeout": CACHE_SOCKET_TIMEOUT,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if env_bool("DJANGO_CACHE_DISABLED"):  # every page built afresh: for measuring and debugging
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
# After a change to the directory commits, build its landing pages and the most
# requested ones again in a background thread (services/cache.py), so the first
# visitor after a publish does not wait. Cron can run `manage.py warm_cache` too.
DIRECTORY_WARM_AFTER_CHANGE = env_bool("DJANGO_DIRECTORY_WARM_AFTER_CHANGE", True)

# ------------------------------------------------------------------ auth
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# ------------------------------------------------------------------ editor accounts
# Sign-in lockouts (django-axes): an account is locked after AXES_FAILURE_LIMIT
# wrong passwords from anywhere, an address after LOGIN_ADDRESS_FAILURE_LIMIT on
# any accounts (an office shares one), each for AXES_COOLOFF_TIME after the last;
# a Moderator can lift either (Settings > Locked sign-ins). Addresses are found as
# the feedback rate limit finds them (FEEDBACK_TRUSTED_PROXIES). localoffer/lockouts.py.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "localoffer.lockouts.LockoutHandler"
AXES_LOCKOUT_CALLABLE = "localoffer.lockouts.lockout_response"
AXES_CLIENT_IP_CALLABLE = "localoffer.lockouts.client_ip"
# A lockout lasts LOGIN_LOCKOUT_MINUTES from the failure that caused it; tries while
# locked are refused without starting the wait again.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Keep no record of successful sign-ins (addresses, browsers): only failures, and
# those only for the cool-off.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
# Two-factor authentication (django-otp, time-based codes from an authenticator app,
# and one-time recovery codes) for the Wagtail admin: required for Moderators and
# superusers when ADMIN_2FA_REQUIRED, optional for Editors. Whoever has set it up
# gives a code after the password. localoffer/two_factor.py.
# https://django-otp-official.readthedocs.io/en/stable/
ADMIN_2FA_REQUIRED = env_bool("DJANGO_ADMIN_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = os.environ.get("DJANGO_OTP_TOTP_ISSUER", "SEND Local Offer")

# ------------------------------------------------------------------ locale
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# ------------------------------------------------------------------ static and media
# WhiteNoise serves static files; `make assets` compiles GOV.UK Frontend into static/.
# https://whitenoise.readthedocs.io/en/stable/django.html
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# ------------------------------------------------------------------ cookies
# Only strictly necessary cookies (session, CSRF and messages: for forms, My list
# and the admin), so no consent banner is needed; the Cookies page
# (demo/pages/21-cookies.yaml) says so, with these names and lifetimes.
# The session lasts 2 weeks from the last change to it (such as to My list).
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_NAME = "localoffer_language"  # never set: we offer one language

# ------------------------------------------------------------------ security
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# ------------------------------------------------------------------ content security policy
# django-csp 4 writes Content-Security-Policy on every response, through
# localoffer.security_headers, which adds the map's tile server (MAP_TILE_URL)
# to img-src and chooses the admin's policy under /admin/.
# https://django-csp.readthedocs.io/en/latest/configuration.html
# No inline script runs but those named here by hash (sha256 of the text between
# the tags), never a nonce: cached pages are shared by every visitor. The one
# script is GOV.UK Frontend's js-enabled line at the top of base.html's <body>
# (its published hash); the styles are two pages' own print rules
# (services/referral_routes.html, feedback/you_said_we_did_year.html). Change
# one and tests/localoffer/test_csp.py fails until its hash here is updated.
CSP_INLINE_SCRIPT_HASHES = ["'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='"]
CSP_INLINE_STYLE_HASHES = [
    "'sha256-t2FLxrAHvVt3NNxvGplQwVpKMF3STcTpE/eIIg6iTmg='",
    "'sha256-ts3777axr3Rs8yQM4PuU9viaGynCBayj9kk+IYLhyNw='",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", *CSP_INLINE_SCRIPT_HASHES],
        "style-src": ["'self'", *CSP_INLINE_STYLE_HASHES],
        # data: for GOV.UK Frontend's empty placeholder images; tiles are added.
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": False,  # production: True
    }
}
# The Wagtail admin adds to that: a fresh nonce on each response for the inline
# scripts Wagtail writes (templates/wagtailadmin/ adds it; the admin is never
# cached), inline styles (Wagtail's and Draftail's style attributes), blob:
# images (upload previews) and framing by itself (live preview).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", NONCE, *CSP_INLINE_SCRIPT_HASHES],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-ancestors": ["'self'"],
    }
}

# ------------------------------------------------------------------ permissions policy
# Browser features no page uses are switched off for every page and any frame
# ("Support near you" asks for a postcode, never the browser's location).
# https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Permissions-Policy
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}

# ------------------------------------------------------------------ email
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "localoffer@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A slow mail server must not hold up a visitor's request for long.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))

# ------------------------------------------------------------------ maps
# Leaflet (our own static files) draws maps over this tile server. The default is
# OpenStreetMap's, whose tile usage policy requires this attribution; a council
# with its own or a paid tile service sets both.
# https://operations.osmfoundation.org/policies/tiles/
MAP_TILE_URL = os.environ.get(
    "DJANGO_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = os.environ.get(
    "DJANGO_MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

# ------------------------------------------------------------------ directory reviews
# An entry is "due soon" this many days before its review date; past the grace
# period after it, the public page tells readers to check before relying on it.
# `manage.py send_review_reminders` names an entry at most once in REMINDER_DAYS,
# to its owner or, when it has none, to the team address.
DIRECTORY_REVIEW_DUE_SOON_DAYS = int(os.environ.get("DJANGO_DIRECTORY_REVIEW_DUE_SOON_DAYS", "30"))
DIRECTORY_REVIEW_GRACE_MONTHS = int(os.environ.get("DJANGO_DIRECTORY_REVIEW_GRACE_MONTHS", "3"))
DIRECTORY_REVIEW_REMINDER_DAYS = int(os.environ.get("DJANGO_DIRECTORY_REVIEW_REMINDER_DAYS", "7"))
DIRECTORY_REVIEW_TEAM_EMAIL = os.environ.get(
    "DJANGO_DIRECTORY_REVIEW_TEAM_EMAIL", "localoffer@example.org"
)

# ------------------------------------------------------------------ feedback
# Comments are saved first; an email to FEEDBACK_TEAM_EMAIL (if set) follows and
# may fail without losing anything. One address may send FEEDBACK_RATE_LIMIT
# comments or reports, and FEEDBACK_VOTE_RATE_LIMIT "Is this page useful?"
# answers, an hour. Behind a load balancer, set FEEDBACK_TRUSTED_PROXIES to the
# number of proxies that add to X-Forwarded-For, so visitors are told apart.
# `manage.py purge_feedback_personal_data` removes reply email addresses older
# than FEEDBACK_PERSONAL_DATA_DAYS; run it daily.
FEEDBACK_TEAM_EMAIL = os.environ.get("DJANGO_FEEDBACK_TEAM_EMAIL", "")
FEEDBACK_RATE_LIMIT = int(os.environ.get("DJANGO_FEEDBACK_RATE_LIMIT", "10"))
FEEDBACK_VOTE_RATE_LIMIT = int(os.environ.get("DJANGO_FEEDBACK_VOTE_RATE_LIMIT", "60"))
FEEDBACK_RATE_WINDOW = 3600
FEEDBACK_TRUSTED_PROXIES = int(os.environ.get("DJANGO_FEEDBACK_TRUSTED_PROXIES", "0"))
FEEDBACK_PERSONAL_DATA_DAYS = int(os.environ.get("DJANGO_FEEDBACK_PERSONAL_DATA_DAYS", "180"))

# ------------------------------------------------------------------ logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Wagtail logs every publish and background task at INFO; keep the console readable.
    "loggers": {
        name: {"level": "WARNING"}
        for name in ("wagtail", "django_tasks", "django.tasks", "modelsearch", "axes")
    },
}

# ------------------------------------------------------------------ wagtail
WAGTAIL_SITE_NAME = "Staffordshire and Stoke-on-Trent SEND Local Offer"
WAGTAILADMIN_BASE_URL = os.environ.get("DJANGO_BASE_URL", "http://127.0.0.1:8000")
# PostgreSQL's full-text search, stemmed as English like the directory's
# (SQLite ignores the setting). After changing it, run `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No editor's email hash goes to Gravatar: the admin loads nothing from other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
