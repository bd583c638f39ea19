"""Local development: `make run`. Never use these settings on a server."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Links the CMS sends (workflow emails, "view live") point at the port served on:
# `PORT=8080 make run` serves on 8080. DJANGO_BASE_URL, when set, wins.
WAGTAILADMIN_BASE_URL = (
    os.environ.get("DJANGO_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}"
)
# The demo accounts sign in without a phone: two-factor authentication is optional
# here for everyone (DJANGO_ADMIN_2FA_REQUIRED=1 to try it as production has it).
ADMIN_2FA_REQUIRED = env_bool("DJANGO_ADMIN_2FA_REQUIRED", False)  # noqa: F405
