"""Two-factor authentication for the Wagtail admin, with django-otp.

After the password, whoever has set up an authenticator app gives a 6-digit code
from it (or a one-time recovery code) before any admin page opens. Moderators and
superusers must set one up (``ADMIN_2FA_REQUIRED``); Editors may. The middleware
keeps that order; the pages are in ``account_views``.
"""

import math
from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

MODERATORS = "Moderators"
RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
WRONG_CODE = "That code is not right. Check the app shows this account, and try its newest code."


def is_moderator(user: AbstractBaseUser) -> bool:
    """A superuser, or in the Moderators group (who approve and publish)."""
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def two_factor_required(user: AbstractBaseUser) -> bool:
    return settings.ADMIN_2FA_REQUIRED and is_moderator(user)


def has_second_factor(user: AbstractBaseUser) -> bool:
    """An app set up, or a recovery code left (such as one ``manage.py addstatictoken``
    gave someone who lost their phone)."""
    return (
        TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()
        or StaticToken.objects.filter(device__user=user, device__confirmed=True).exists()
    )


def app_device(user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_codes_left(user: AbstractBaseUser) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


# ------------------------------------------------------------------ setting up


def pending_device(user: AbstractBaseUser) -> TOTPDevice:
    """The new secret being set up: the same one until it is confirmed, so that a
    reload shows the QR code already scanned."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it typed: base32, in groups of four."""
    text = b32encode(device.bin_key).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The otpauth:// link as an inline SVG (no script, no image request), dark on
    white with its quiet zone, so it scans in the admin's dark theme too."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=4, dark="#000", light="#fff", title="QR code to scan with your app"
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


def confirm_device(device: TOTPDevice, code: str) -> tuple[list[str] | None, str]:
    """Turn on two-factor with the new secret if ``code`` comes from it: the user's
    older app and recovery codes are replaced. Returns the new recovery codes, or
    None and why not."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        error = _check(device, normalise(code))
        if error:
            return None, error
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        return new_recovery_codes(device.user), ""


def new_recovery_codes(user: AbstractBaseUser) -> list[str]:
    """Ten new one-time codes, replacing any the user had."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def turn_off(request: HttpRequest) -> None:
    """Remove the user's app and recovery codes (only when not required)."""
    user = request.user
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    request.session.pop(DEVICE_ID_SESSION_KEY, None)


# ------------------------------------------------------------------ signing in


def normalise(code: str) -> str:
    """Codes as people type them: spaces, hyphens and capitals are forgiven."""
    return "".join(code.split()).replace("-", "").lower()


def _check(device: Device, code: str) -> str:
    """Why ``code`` does not verify on ``device`` ("" if it does). django-otp
    throttles each device: after each wrong code the next try waits twice as long."""
    allowed, details = device.verify_is_allowed()
    if not allowed:
        until = (details or {}).get("locked_until") or timezone.now()
        seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
        wait = f"{seconds} second" if seconds < 90 else f"{math.ceil(seconds / 60)} minute"
        plural = "" if wait.startswith("1 ") else "s"
        return f"Too many wrong codes. Wait {wait}{plural}, then try the newest code."
    return "" if device.verify_token(code) else WRONG_CODE


def verify_code(user: AbstractBaseUser, code: str) -> tuple[Device | None, str]:
    """The user's device that accepts ``code``: 6 digits are from the app, anything
    else is a recovery code (used up by this). Returns it, or None and why not."""
    code = normalise(code)
    model = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    with transaction.atomic():
        device = model.objects.devices_for_user(user, confirmed=True).select_for_update().first()
        if device is None:
            return None, WRONG_CODE
        error = _check(device, code)
    return (None, error) if error else (device, "")


# ------------------------------------------------------------------ wrong codes


# From this many wrong codes in a row, the next try waits 16 s, then 32 s, and so on
# without end: a Moderator can let the person try again (Settings > Locked sign-ins).
SLOWED_AFTER = 5


@dataclass(frozen=True)
class SlowedCodes:
    user: AbstractBaseUser
    failures: int
    last_failure: datetime


def slowed_code_list() -> list[SlowedCodes]:
    """People whose codes (from the app, or recovery codes) have been wrong
    ``SLOWED_AFTER`` times or more in a row, the most recent first."""
    worst: dict[int, SlowedCodes] = {}
    for model in (TOTPDevice, StaticDevice):
        devices = model.objects.filter(throttling_failure_count__gte=SLOWED_AFTER)
        for device in devices.select_related("user"):
            seen = worst.get(device.user_id)
            if seen is None or device.throttling_failure_count > seen.failures:
                worst[device.user_id] = SlowedCodes(
                    user=device.user,
                    failures=device.throttling_failure_count,
                    last_failure=device.throttling_failure_timestamp,
                )
    return sorted(worst.values(), key=lambda slowed: slowed.last_failure, reverse=True)


def let_try_codes_again(user: AbstractBaseUser) -> int:
    """Forget the user's wrong codes; the number of devices that had any."""
    count = 0
    for model in (TOTPDevice, StaticDevice):
        count += model.objects.filter(user=user, throttling_failure_count__gt=0).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )
    return count


# ------------------------------------------------------------------ the admin's door


def _admin_prefix() -> str | None:
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:  # a test's own URLconf without the admin
        return None


class TwoFactorMiddleware:
    """Between the password and the admin: a signed-in user who has set up an app
    is sent to give a code; a Moderator or superuser who has not, to set one up.

    Runs after django-otp's OTPMiddleware, which says whether this session gave a
    code (``request.user.is_verified()``). Only the admin's sign-in and sign-out,
    the code prompt (and, for someone with no app yet, the set-up page) stay open."""

    OPEN = frozenset({"wagtailadmin_login", "wagtailadmin_logout", "two_factor_verify"})
    OPEN_WITHOUT_DEVICE = frozenset({"two_factor_setup"})
    # What the open pages load from the admin's URLs: translations and icons.
    OPEN_ASSETS = frozenset({"wagtailadmin_javascript_catalog", "wagtailadmin_sprite"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        prefix = _admin_prefix()
        if prefix is None or not request.path_info.startswith(prefix):
            return None
        user = request.user
        name = request.resolver_match.view_name
        if not user.is_authenticated or name in self.OPEN | self.OPEN_ASSETS:
            return None
        if user.is_verified():
            return None
        if has_second_factor(user):
            return self._send(request, "two_factor_verify")
        if two_factor_required(user) and name not in self.OPEN_WITHOUT_DEVICE:
            return self._send(request, "two_factor_setup")
        return None

    @staticmethod
    def _send(request, url_name: str):
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(url_name)}?{query}")
