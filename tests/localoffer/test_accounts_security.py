"""Editor accounts: sign-in lockouts that a Moderator can lift, and two-factor
authentication, required for Moderators and superusers and optional for Editors.

Every test here asks for ``account_security`` (tests/conftest.py), which keeps
both on as the production settings have them.
"""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("account_security")]

LOGIN = "/admin/login/"
PAGES = "/admin/pages/"
VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/setup/"
RECOVERY_CODES = "/admin/two-factor/recovery-codes/"
MANAGE = "/admin/two-factor/"
TURN_OFF = "/admin/two-factor/turn-off/"
LOCKOUTS = "/admin/locked-sign-ins/"
UNLOCK = "/admin/locked-sign-ins/unlock/"
PASSWORD = "a-long-demo-password-1"  # noqa: S105
LOCKED_MESSAGE = "Too many failed sign-in attempts"


def make_user(username: str, group: str | None = None, *, superuser: bool = False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(client, username: str, password: str = PASSWORD, address: str = "192.0.2.10", **meta):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **meta
    )


def signed_in(client) -> bool:
    """Whether the session has a user: the dashboard is not a redirect to the login page."""
    response = client.get("/admin/")
    return not (response.status_code == 302 and response.url.startswith(LOGIN))


def code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now (or ``steps_ahead`` 30-second steps on:
    a code is accepted once, and the app's next one is accepted early)."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, steps_ahead):06d}"


def add_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def add_recovery_codes(user, *codes: str) -> None:
    device = StaticDevice.objects.create(user=user, name="Recovery codes")
    for token in codes:
        device.token_set.create(token=token)


def verified_moderator(client, username: str = "mo"):
    """A Moderator signed in with a password and a code from their app."""
    user = make_user(username, "Moderators")
    device = add_device(user)
    client.force_login(user)
    response = client.post(VERIFY, {"code": code(device)})
    assert response.status_code == 302, response.content
    return user


# ------------------------------------------------------------------ lockouts


def test_thirty_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused(client):
    make_user("eddie", "Editors")
    for _ in range(30):
        sign_in(client, "eddie", "wrong-password")

    response = sign_in(client, "eddie")

    assert response.status_code == 429
    text = response.content.decode()
    assert LOCKED_MESSAGE in text
    assert "This account is locked for 30 minutes" in text
    assert "Ask a Moderator to unlock it" in text
    assert not signed_in(client)


def test_the_account_is_locked_whatever_address_the_guesses_come_from(client):
    make_user("eddie", "Editors")
    for number in range(5):
        sign_in(client, "eddie", "wrong-password", address=f"198.51.100.{number}")

    response = sign_in(client, "eddie", address="203.0.113.99")

    assert response.status_code == 429
    assert LOCKED_MESSAGE in response.content.decode()


def test_a_few_mistakes_lock_nobody_out(client):
    make_user("eddie", "Editors")
    for _ in range(4):
        response = sign_in(client, "eddie", "wrong-password")
        assert response.status_code == 200  # the form again, with its error
    assert sign_in(client, "eddie").status_code == 302
    assert signed_in(client)


def test_an_address_is_locked_after_failures_on_many_accounts(client):
    make_user("eddie", "Editors")
    for number in range(20):
        sign_in(client, f"guess{number}", "wrong-password", address="203.0.113.5")

    response = sign_in(client, "eddie", address="203.0.113.5")
    assert response.status_code == 429
    assert "from your network" in response.content.decode()

    # The account itself is not locked: from elsewhere it signs in.
    assert sign_in(client, "eddie", address="198.51.100.20").status_code == 302


def test_behind_a_proxy_the_forwarded_address_is_the_one_locked(client, settings):
    settings.FEEDBACK_TRUSTED_PROXIES = 1
    make_user("eddie", "Editors")
    proxy = "10.0.0.2"
    for number in range(20):
        sign_in(
            client,
            f"guess{number}",
            "wrong-password",
            address=proxy,
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )

    assert (
        sign_in(client, "eddie", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code
        == 429
    )
    ok = sign_in(client, "eddie", address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert ok.status_code == 302


def test_a_forwarded_address_that_is_no_address_counts_as_the_connection(client, settings):
    """Axes stores addresses in an inet column on PostgreSQL: rubbish there must not
    make signing in fail."""
    settings.FEEDBACK_TRUSTED_PROXIES = 1
    make_user("eddie", "Editors")
    for _ in range(5):
        response = sign_in(client, "eddie", "wrong", HTTP_X_FORWARDED_FOR="not-an-address")
        assert response.status_code in (200, 429)
    assert AccessAttempt.objects.get().ip_address == "192.0.2.10"
    assert sign_in(client, "eddie").status_code == 429


def test_the_lockout_ends_by_itself_after_the_cool_off(client):
    make_user("eddie", "Editors")
    for _ in range(5):
        sign_in(client, "eddie", "wrong-password")
    assert sign_in(client, "eddie").status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))

    assert sign_in(client, "eddie").status_code == 302


def lock_out(client, username: str, address: str = "192.0.2.10") -> None:
    for _ in range(5):
        sign_in(client, username, "wrong-password", address=address)
    assert sign_in(client, username, address=address).status_code == 429


def test_a_moderator_sees_a_locked_account_and_unlocks_it(client, django_user_model):
    from django.test import Client

    make_user("eddie", "Editors")
    editor = Client()
    lock_out(editor, "eddie", address="192.0.2.44")

    verified_moderator(client)
    page = client.get(LOCKOUTS)
    assert page.status_code == 200
    text = page.content.decode()
    assert "eddie" in text
    assert "192.0.2.44" in text
    assert 'name="csrfmiddlewaretoken"' in text

    response = client.post(UNLOCK, {"kind": "account", "value": "eddie"})
    assert response.status_code == 302
    assert 'value="eddie"' not in client.get(LOCKOUTS).content.decode()

    assert sign_in(editor, "eddie", address="192.0.2.44").status_code == 302
    assert signed_in(editor)


def test_a_moderator_unlocks_an_address(client):
    from django.test import Client

    make_user("eddie", "Editors")
    visitor = Client()
    for number in range(20):
        sign_in(visitor, f"guess{number}", "wrong-password", address="203.0.113.5")

    verified_moderator(client)
    assert "203.0.113.5" in client.get(LOCKOUTS).content.decode()
    client.post(UNLOCK, {"kind": "address", "value": "203.0.113.5"})

    assert sign_in(visitor, "eddie", address="203.0.113.5").status_code == 302


def test_unlocking_needs_a_post(client):
    verified_moderator(client)
    assert client.get(UNLOCK, {"kind": "account", "value": "eddie"}).status_code == 405


def test_an_editor_can_neither_see_nor_use_the_unlock_page(client):
    from django.test import Client

    make_user("victim", "Editors")
    lock_out(Client(), "victim")
    editor = make_user("eddie", "Editors")
    client.force_login(editor)

    assert LOCKOUTS not in client.get("/admin/").content.decode()  # no menu item
    page = client.get(LOCKOUTS)
    assert page.status_code in (302, 403)
    assert "victim" not in page.content.decode()
    client.post(UNLOCK, {"kind": "account", "value": "victim"})
    assert sign_in(Client(), "victim").status_code == 429


def test_the_menu_offers_moderators_the_unlock_page(client):
    verified_moderator(client)
    assert LOCKOUTS in client.get("/admin/").content.decode()


# ------------------------------------------------------------------ two-factor: who must


@pytest.mark.parametrize("role", ["moderator", "superuser"])
def test_a_moderator_or_superuser_without_a_device_is_sent_to_set_it_up(client, role):
    user = (
        make_user("mo", "Moderators") if role == "moderator" else make_user("su", superuser=True)
    )
    assert sign_in(client, user.username).status_code == 302

    for path in ("/admin/", PAGES, "/admin/users/", LOCKOUTS):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url.startswith(SETUP), path


def test_an_editor_without_a_device_may_use_the_admin(client):
    client.force_login(make_user("eddie", "Editors"))
    assert client.get(PAGES).status_code == 200


def test_with_the_requirement_off_a_moderator_without_a_device_may_use_the_admin(client, settings):
    settings.ADMIN_2FA_REQUIRED = False
    client.force_login(make_user("mo", "Moderators"))
    assert client.get(PAGES).status_code == 200


# ------------------------------------------------------------------ two-factor: set up


def test_setting_up_shows_a_qr_code_and_the_secret_and_a_code_confirms_it(client):
    moderator = make_user("mo", "Moderators")
    client.force_login(moderator)

    page = client.get(SETUP)
    assert page.status_code == 200
    text = page.content.decode()
    device = TOTPDevice.objects.get(user=moderator)
    assert not device.confirmed
    assert "<svg" in text
    secret = re.search(r'data-secret="([A-Z2-7 ]+)"', text).group(1)
    assert secret.replace(" ", "") == device.config_url.split("secret=")[1].split("&")[0]

    wrong = client.post(SETUP, {"code": "000000" if code(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    assert client.get(PAGES).url.startswith(SETUP)
    device.refresh_from_db()
    device.throttle_reset()  # a person takes longer than the 1 s wait after a wrong code

    confirmed = client.post(SETUP, {"code": code(device)})
    assert confirmed.status_code == 302
    assert confirmed.url.startswith(RECOVERY_CODES)
    device.refresh_from_db()
    assert device.confirmed

    shown = client.get(confirmed.url).content.decode()
    codes = re.findall(r'<li class="recovery-code"><code>([a-z2-7]+)</code></li>', shown)
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    # Shown once only.
    assert not set(codes) & set(client.get(RECOVERY_CODES).content.decode().split())

    assert client.get(PAGES).status_code == 200


def test_a_signed_in_user_with_a_device_cannot_set_up_another_without_a_code(client):
    user = make_user("eddie", "Editors")
    add_device(user)
    client.force_login(user)

    response = client.get(SETUP)
    assert response.status_code == 302
    assert response.url.startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=user).count() == 1
    response = client.post(TURN_OFF)
    assert response.url.startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=user).exists()


# ------------------------------------------------------------------ two-factor: sign in


def test_with_a_device_the_admin_waits_for_a_valid_code(client):
    user = make_user("eddie", "Editors")
    device = add_device(user)
    assert sign_in(client, "eddie").status_code == 302

    response = client.get(PAGES)
    assert response.status_code == 302
    assert response.url == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    prompt = client.get(response.url)
    assert "Enter the 6-digit code" in prompt.content.decode()

    wrong = client.post(VERIFY, {"code": "12345"})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    assert client.get(PAGES).status_code == 302

    done = client.post(f"{VERIFY}?next=%2Fadmin%2Fpages%2F", {"code": code(device)})
    assert done.status_code == 302
    assert done.url == PAGES
    assert client.get(PAGES).status_code == 200


def test_the_code_prompt_loads_the_admin_icons_and_translations(client):
    user = make_user("eddie", "Editors")
    add_device(user)
    client.force_login(user)
    assert b"<symbol" in client.get("/admin/sprite/").content
    assert client.get("/admin/jsi18n/").status_code == 200


def test_the_verify_page_sends_nobody_to_another_site(client):
    user = make_user("eddie", "Editors")
    device = add_device(user)
    client.force_login(user)
    done = client.post(f"{VERIFY}?next=https://evil.example/", {"code": code(device)})
    assert done.url == "/admin/"


def test_wrong_codes_are_throttled(client):
    user = make_user("eddie", "Editors")
    device = add_device(user)
    client.force_login(user)
    right = code(device)
    wrong = "000000" if right != "000000" else "111111"
    for _ in range(5):
        client.post(VERIFY, {"code": wrong})

    response = client.post(VERIFY, {"code": right})

    assert response.status_code == 200
    assert "Too many wrong codes" in response.content.decode()
    assert client.get(PAGES).status_code == 302


def test_a_moderator_lets_someone_slowed_by_wrong_codes_try_again(client):
    from django.test import Client

    user = make_user("eddie", "Editors")
    device = add_device(user)
    editor = Client()
    editor.force_login(user)
    # Six wrong codes over a few minutes (each try waits twice as long as the last).
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=6, throttling_failure_timestamp=timezone.now()
    )
    right = code(device)
    refused = editor.post(VERIFY, {"code": right}).content.decode()
    assert re.search(r"Too many wrong codes\. Wait \d+ seconds", refused)

    verified_moderator(client)
    assert f'name="user" value="{user.pk}"' in client.get(LOCKOUTS).content.decode()
    client.post(f"{LOCKOUTS}codes/", {"user": user.pk})

    assert editor.post(VERIFY, {"code": right}).status_code == 302
    assert editor.get(PAGES).status_code == 200


def test_an_editor_cannot_let_anyone_try_codes_again(client):
    user = make_user("victim", "Editors")
    TOTPDevice.objects.create(user=user, confirmed=True, throttling_failure_count=9)
    client.force_login(make_user("eddie", "Editors"))
    client.post(f"{LOCKOUTS}codes/", {"user": user.pk})
    assert TOTPDevice.objects.get(user=user).throttling_failure_count == 9


def test_a_recovery_code_works_once(client):
    from django.test import Client

    user = make_user("mo", "Moderators")
    add_device(user)
    add_recovery_codes(user, "abcd2345", "efgh6723")

    client.force_login(user)
    assert client.post(VERIFY, {"code": " ABCD 2345 "}).status_code == 302
    assert client.get(PAGES).status_code == 200

    again = Client()
    again.force_login(user)
    refused = again.post(VERIFY, {"code": "abcd2345"})
    assert refused.status_code == 200
    assert again.get(PAGES).status_code == 302
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["efgh6723"]


def test_a_code_from_an_administrator_lets_someone_who_lost_everything_in(client):
    from io import StringIO

    from django.core.management import call_command

    user = make_user("mo", "Moderators")
    old_phone = add_device(user)
    out = StringIO()
    call_command("addstatictoken", "mo", stdout=out)
    client.force_login(user)

    assert client.post(VERIFY, {"code": out.getvalue().strip()}).status_code == 302
    page = client.get(SETUP)
    assert page.status_code == 200  # setting up the new phone
    new_phone = TOTPDevice.objects.get(user=user, confirmed=False)
    client.post(SETUP, {"code": code(new_phone)})
    assert list(TOTPDevice.objects.filter(user=user)) == [new_phone]
    assert old_phone.pk != new_phone.pk


def test_signing_out_forgets_the_second_factor(client):
    user = verified_moderator(client)
    client.post("/admin/logout/")
    client.force_login(user)
    assert client.get(PAGES).url.startswith(VERIFY)


# ------------------------------------------------------------------ two-factor: manage


def test_new_recovery_codes_replace_the_old_ones(client):
    user = verified_moderator(client)
    add_recovery_codes(user, "abcd2345")
    response = client.post(f"{RECOVERY_CODES}new/")
    assert response.status_code == 302
    shown = client.get(response.url).content.decode()
    codes = re.findall(r'<li class="recovery-code"><code>([a-z2-7]+)</code></li>', shown)
    assert len(codes) == 10
    assert set(
        StaticToken.objects.filter(device__user=user).values_list("token", flat=True)
    ) == set(codes)


def test_an_editor_may_turn_two_factor_off(client):
    user = make_user("eddie", "Editors")
    device = add_device(user)
    client.force_login(user)
    client.post(VERIFY, {"code": code(device)})
    assert "Turn off" in client.get(MANAGE).content.decode()

    response = client.post(TURN_OFF)

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert client.get(PAGES).status_code == 200


def test_a_moderator_may_not_turn_two_factor_off(client):
    user = verified_moderator(client)
    page = client.get(MANAGE).content.decode()
    assert "required for Moderators" in page
    assert TURN_OFF not in page

    client.post(TURN_OFF)

    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def test_the_account_page_links_to_two_factor_settings(client):
    client.force_login(make_user("eddie", "Editors"))
    page = client.get("/admin/account/").content.decode()
    assert "Two-factor authentication" in page
    assert f'href="{MANAGE}"' in page


# ------------------------------------------------------------------ demo accounts


def test_production_requires_two_factor_and_make_run_does_not():
    from tests.utils import run_python

    show = (
        "from localoffer.settings import base, dev; "
        "print(base.ADMIN_2FA_REQUIRED, dev.ADMIN_2FA_REQUIRED)"
    )
    result = run_python("-c", show, env={})
    assert result.stdout.split() == ["True", "False"], result.stderr


@pytest.mark.parametrize(
    ("required", "says"),
    [(True, "Moderators must have it."), (False, "DJANGO_ADMIN_2FA_REQUIRED=1 requires it")],
)
def test_the_demo_accounts_box_says_whether_two_factor_is_needed(settings, required, says):
    from io import StringIO

    from django.core.management import call_command

    settings.ADMIN_2FA_REQUIRED = required
    out = StringIO()
    call_command("create_demo_editor", stdout=out)
    assert says in out.getvalue()
