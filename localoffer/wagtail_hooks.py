"""The admin, site-wide: times in revision comparisons read as the public pages write
them; editors' accounts (two-factor authentication, locked sign-ins)."""

from django import forms
from django.db import models
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.compare import FieldComparison, register_comparison_class
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import BaseSettingsPanel

from . import account_views
from .templatetags.govuk import govuk_time
from .two_factor import app_device, is_moderator, two_factor_required


class TimeFieldComparison(FieldComparison):
    """ "4:30pm", as on the service's page, rather than "16:30:00"."""

    def __init__(self, field, obj_a, obj_b):
        super().__init__(field, obj_a, obj_b)
        self.val_a, self.val_b = (govuk_time(v) if v else "" for v in (self.val_a, self.val_b))


register_comparison_class(models.TimeField, comparison_class=TimeFieldComparison)


# ------------------------------------------------------------------ editor accounts
# Two-factor authentication (localoffer/two_factor.py) and locked sign-ins
# (localoffer/lockouts.py); the pages are in account_views.


@hooks.register("register_admin_urls")
def register_account_security_urls():
    return [
        path("two-factor/", account_views.manage, name="two_factor_manage"),
        path("two-factor/verify/", account_views.verify, name="two_factor_verify"),
        path("two-factor/setup/", account_views.setup, name="two_factor_setup"),
        path(
            "two-factor/recovery-codes/",
            account_views.recovery_codes,
            name="two_factor_recovery_codes",
        ),
        path(
            "two-factor/recovery-codes/new/",
            account_views.new_recovery_codes,
            name="two_factor_new_recovery_codes",
        ),
        path("two-factor/turn-off/", account_views.turn_off, name="two_factor_turn_off"),
        path("locked-sign-ins/", account_views.LockoutListView.as_view(), name="lockout_list"),
        path("locked-sign-ins/unlock/", account_views.unlock, name="lockout_unlock"),
        path(
            "locked-sign-ins/codes/",
            account_views.let_try_codes_again,
            name="lockout_let_try_codes_again",
        ),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return ModeratorMenuItem(
        "Locked sign-ins", reverse("lockout_list"), icon_name="lock", order=650
    )


class TwoFactorSettingsPanel(BaseSettingsPanel):
    """On the account page: whether two-factor is on, and a link to its page. It has
    no fields, so saving the account page changes nothing here."""

    name = "two_factor"
    title = "Two-factor authentication"
    order = 550
    template_name = "two_factor/account_panel.html"

    def get_form(self):
        return forms.Form(prefix=self.name)

    def get_context_data(self):
        return {
            "device": app_device(self.user),
            "required": two_factor_required(self.user),
        }


@hooks.register("register_account_settings_panel")
def register_two_factor_panel(request, user, profile):
    return TwoFactorSettingsPanel(request, user, profile)
