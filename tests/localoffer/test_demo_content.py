import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision, Site

from localoffer.demo import pages as content
from localoffer.models import HomePage, InformationPage, SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Page.objects.values_list("url_path", "title", "live")),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        list(SiteSettings.objects.values()),
        list(Site.objects.values("hostname", "root_page_id", "is_default_site")),
    )


def test_builds_the_tree_once_and_a_second_run_changes_nothing():
    call_command("load_demo_content")
    first = snapshot()
    call_command("load_demo_content")
    assert snapshot() == first

    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    slugs = set(InformationPage.objects.live().values_list("slug", flat=True))
    assert {spec["slug"] for spec in content.PAGES} <= slugs
    assert {
        "what-is-the-local-offer",
        "who-is-responsible-for-what",
        "the-graduated-approach",
        "ehc-needs-assessments-and-plans",
        "accessibility-statement",
        "cookies",
        "privacy",
        "contact",
    } <= slugs
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_every_demo_page_renders_and_the_footer_links_to_them(client):
    call_command("load_demo_content")
    site_settings = SiteSettings.load()
    assert site_settings.accessibility_page.slug == "accessibility-statement"
    assert site_settings.cookies_page.slug == "cookies"
    assert site_settings.privacy_page.slug == "privacy"
    assert site_settings.contact_page.slug == "contact"
    for page in Page.objects.live().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    home = client.get("/").content.decode()
    for label in ("Accessibility statement", "Cookies", "Privacy", "Contact us"):
        assert label in home


def test_a_second_run_keeps_an_editors_changes():
    call_command("load_demo_content")
    page = InformationPage.objects.get(slug="cookies")
    page.title = "Cookies on the Local Offer"
    page.save_revision().publish()
    call_command("load_demo_content")
    assert InformationPage.objects.get(slug="cookies").title == "Cookies on the Local Offer"
    assert InformationPage.objects.filter(slug="cookies").count() == 1


def test_demo_contact_details_are_clearly_fictional():
    from localoffer.demo.pathways import GUIDES
    from services.demo_services import SERVICES
    from strategy.demo_content import INDEX, PROMISE, STRATEGIES

    text = repr([content.HOME, content.PAGES, GUIDES, SERVICES, INDEX, STRATEGIES, PROMISE])
    for number in re.findall(r"\b0\d{3}\s?\d{3}\s?\d{3,4}\b", text):
        assert number.replace(" ", "").startswith("01632960"), number
    for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        assert email.endswith("@example.org"), email


def test_demo_accounts_are_created_once_with_passwords_shown_once(capsys):
    call_command("create_demo_editor")
    first = capsys.readouterr().out
    passwords = dict(re.findall(r"user name: (\S+)\s+password:\s+(\S+)", first))
    assert set(passwords) == {"editor", "moderator"}
    users = get_user_model().objects
    for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
        user = users.get(username=username)
        assert user.check_password(passwords[username])
        assert not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]

    call_command("create_demo_editor")
    second = capsys.readouterr().out
    assert second.count("already exists") == 2
    assert not any(password in second for password in passwords.values())
    assert users.filter(username__in=["editor", "moderator"]).count() == 2
