"""Tests: fast hashing, plain static storage (no collectstatic), no real email."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Serve static files straight from static/ (no collectstatic) for the live-server tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# No background warm-up after each change (a test that wants one asks for it).
DIRECTORY_WARM_AFTER_CHANGE = False
