"""Admin pages for editors' accounts: two-factor authentication (set up, give a code,
recovery codes, turn off) and the Moderators' list of locked sign-ins."""

import logging
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import lockouts, two_factor
from .account_forms import CodeForm

logger = logging.getLogger(__name__)

RECOVERY_CODES_SESSION_KEY = "two_factor_new_recovery_codes"


def _next_url(request) -> str:
    """Where to go once done: the page asked for, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def _with_next(url_name: str, next_url: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


# ------------------------------------------------------------------ two-factor


def verify(request):
    """The code prompt between the password and the admin."""
    user, next_url = request.user, _next_url(request)
    if user.is_verified() or not two_factor.has_second_factor(user):
        return redirect(next_url)
    form = CodeForm(
        request.POST if request.method == "POST" else None,
        label="Code",
        help_text="The 6-digit code your authenticator app shows now, or one of your "
        "recovery codes.",
    )
    if form.is_valid():
        device, error = two_factor.verify_code(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = two_factor.recovery_codes_left(user)
                messages.warning(
                    request,
                    f"You used a recovery code: {left} left. If your phone is lost, set up "
                    "two-factor authentication again from your account.",
                )
            return redirect(next_url)
        form.add_error("code", error)
    return TemplateResponse(request, "two_factor/verify.html", {"form": form, "next": next_url})


def setup(request):
    """Scan the QR code (or type the secret), then confirm with a code from the app."""
    user, next_url = request.user, _next_url(request)
    device = two_factor.pending_device(user)
    form = CodeForm(
        request.POST if request.method == "POST" else None,
        label="Code from the app",
        help_text="The 6 digits it shows for this account.",
    )
    if form.is_valid():
        codes, error = two_factor.confirm_device(device, form.cleaned_data["code"])
        if codes is not None:
            otp_login(request, device)
            request.session[RECOVERY_CODES_SESSION_KEY] = codes
            return redirect(_with_next("two_factor_recovery_codes", next_url))
        form.add_error("code", error)
    context = {
        "form": form,
        "next": next_url,
        "qr_code": mark_safe(two_factor.qr_code_svg(device)),  # noqa: S308 - segno's own SVG
        "secret": two_factor.secret(device),
        "required": two_factor.two_factor_required(user),
        "replacing": two_factor.app_device(user) is not None,
    }
    return TemplateResponse(request, "two_factor/setup.html", context)


def recovery_codes(request):
    """New recovery codes, shown once; afterwards, how many are left."""
    context = {
        "codes": request.session.pop(RECOVERY_CODES_SESSION_KEY, None),
        "left": two_factor.recovery_codes_left(request.user),
        "has_app": two_factor.app_device(request.user) is not None,
        "next": _next_url(request),
    }
    return TemplateResponse(request, "two_factor/recovery_codes.html", context)


@require_POST
def new_recovery_codes(request):
    if two_factor.app_device(request.user) is None:
        return redirect("two_factor_manage")
    request.session[RECOVERY_CODES_SESSION_KEY] = two_factor.new_recovery_codes(request.user)
    return redirect("two_factor_recovery_codes")


def manage(request):
    """Whether two-factor is on, and what can be done about it."""
    user = request.user
    device = two_factor.app_device(user)
    context = {
        "device": device,
        "left": two_factor.recovery_codes_left(user),
        "required": two_factor.two_factor_required(user),
    }
    return TemplateResponse(request, "two_factor/manage.html", context)


def turn_off(request):
    """Editors may turn two-factor off (after saying so); Moderators may not."""
    if two_factor.two_factor_required(request.user):
        messages.error(request, "Two-factor authentication is required for Moderators.")
        return redirect("two_factor_manage")
    if request.method == "POST":
        two_factor.turn_off(request)
        messages.success(request, "Two-factor authentication is off for your account.")
        return redirect("wagtailadmin_account")
    return TemplateResponse(request, "two_factor/turn_off.html", {})


# ------------------------------------------------------------------ locked sign-ins


class LockoutListView(WagtailAdminTemplateMixin, TemplateView):
    """Accounts and addresses locked after too many wrong passwords, for Moderators."""

    template_name = "wagtailadmin/lockouts/index.html"
    page_title = "Locked sign-ins"
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not two_factor.is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "lockouts": lockouts.lockout_list(),
            "slowed_codes": two_factor.slowed_code_list(),
            "minutes": lockouts.cool_off_minutes(),
        }


@require_POST
def unlock(request):
    if not two_factor.is_moderator(request.user):
        raise PermissionDenied
    kind, value = request.POST.get("kind", ""), request.POST.get("value", "")
    if kind in (lockouts.ACCOUNT, lockouts.ADDRESS) and lockouts.unlock(
        kind=kind, value=value, by=request.user
    ):
        messages.success(request, f"Unlocked the {kind} “{value}”: it can sign in again.")
    else:
        messages.warning(request, f"The {kind} “{value}” was not locked.")
    return redirect("lockout_list")


@require_POST
def let_try_codes_again(request):
    if not two_factor.is_moderator(request.user):
        raise PermissionDenied
    user = get_object_or_404(get_user_model(), pk=request.POST.get("user", ""))
    if two_factor.let_try_codes_again(user):
        logger.warning("%s let %s try two-factor codes again", request.user, user)
        messages.success(request, f"{user.get_username()} can enter a code again.")
    return redirect("lockout_list")
