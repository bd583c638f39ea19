"""Signing in to the admin, as an editor and a Moderator would: wrong passwords end in
a clear lockout, and a Moderator sets up two-factor authentication on first sign-in
and gives a code from the app each time after."""

from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.oath import hotp, totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, ensure_wagtail_seed, screenshot

PASSWORD = "a-long-demo-password-1"  # noqa: S105


@pytest.fixture
def admin_site(transactional_db, live_server, account_security):
    """The admin on the live server, with the editor groups and lockouts and
    two-factor authentication on, as in production."""
    ensure_wagtail_seed()
    return live_server.url


def make_user(username: str, group: str) -> None:
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group))


def submit_sign_in(page, username: str, password: str) -> None:
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def app_code(key: bytes) -> str:
    """What the authenticator app shows now."""
    return f"{totp(key):06d}"


def next_app_code(key: bytes, username: str) -> str:
    """The app's code for the 30-second step after the last one accepted (each
    code is accepted once, and the next one early). Counted from the step the
    server recorded, not from the clock: a code entered at setup just as a step
    ended is accepted as the step before, and the app's next code by the
    clock would then be two steps ahead of the server's window."""
    last = TOTPDevice.objects.get(user__username=username, confirmed=True).last_t
    return f"{hotp(key, last + 1):06d}"


def test_wrong_passwords_lock_the_account_with_a_clear_message(admin_site, open_page):
    make_user("eddie", "Editors")
    page = open_page(admin_site + "/admin/login/")
    locked = page.get_by_role("heading", name="Too many failed sign-in attempts")
    for _ in range(5):
        submit_sign_in(page, "eddie", "not-the-password")
        if locked.count():
            break
        expect(page.get_by_text("Your username and password didn't match")).to_be_visible()

    expect(locked).to_be_visible()
    expect(page.get_by_text("This account is locked for 30 minutes")).to_be_visible()
    expect(page.get_by_text("Ask a Moderator to unlock it")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "admin-locked-out")

    # The right password is refused too, until the lockout ends or a Moderator lifts it.
    with page.expect_navigation():
        page.get_by_role("link", name="Back to sign in").click()
    submit_sign_in(page, "eddie", PASSWORD)
    expect(locked).to_be_visible()
    assert page.url.endswith("/admin/login/")


def test_a_moderator_sets_up_two_factor_then_signs_in_with_a_code(admin_site, open_page):
    make_user("mo", "Moderators")
    page = open_page(admin_site + "/admin/login/")
    submit_sign_in(page, "mo", PASSWORD)

    # First sign-in: the set-up page, and nothing else of the admin.
    assert "/admin/two-factor/setup/" in page.url
    expect(page.get_by_role("heading", name="Set up two-factor authentication")).to_be_visible()
    expect(page.get_by_role("img", name="QR code to scan with your app")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "admin-two-factor-setup")
    page.goto(admin_site + "/admin/pages/")
    assert "/admin/two-factor/setup/" in page.url

    secret = page.locator("[data-secret]").get_attribute("data-secret")
    key = b32decode(secret.replace(" ", ""))
    page.get_by_label("Code from the app").fill(app_code(key))
    page.get_by_role("button", name="Turn on").click()

    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.locator(".recovery-code")).to_have_count(10)
    assert axe_violations(page) == []
    page.get_by_role("link", name="I have saved my recovery codes").click()
    page.wait_for_url(admin_site + "/admin/pages/")

    # Sign out, and in again: the password, then a code.
    page.get_by_role("button", name="mo", exact=True).click()
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(admin_site + "/admin/login/")
    submit_sign_in(page, "mo", PASSWORD)
    assert "/admin/two-factor/verify/" in page.url
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    assert axe_violations(page) == []

    page.get_by_label("Code").fill(next_app_code(key, "mo"))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(admin_site + "/admin/")
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()
