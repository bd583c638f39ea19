import io
import re
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision, Site

from localoffer.demo import data
from localoffer.models import HomePage, InformationPage, SiteSettings
from strategy.models import CoProductionPromisePage

pytestmark = pytest.mark.django_db


def page_specs(specs=None):
    """Every page in the data files, children included."""
    if specs is None:
        specs = [spec for path in data.page_files() for spec in data.read(path)]
    for spec in specs:
        yield spec
        yield from page_specs(spec.get("children", []))


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
    # Every page in the data files, with its title, and nothing else.
    live = dict(Page.objects.live().filter(depth__gte=2).values_list("slug", "title"))
    assert live == {spec["slug"]: spec["title"] for spec in page_specs()}
    assert len(live) == 27
    slugs = set(InformationPage.objects.live().values_list("slug", flat=True))
    assert {
        "what-is-the-local-offer",
        "who-is-responsible-for-what",
        "the-graduated-approach",
        "ehc-needs-assessments-and-plans",
        "accessibility-statement",
        "cookies",
        "privacy",
        "contact",
        "open-data",
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
    assert site_settings.open_data_page.slug == "open-data"
    for page in Page.objects.live().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    home = client.get("/").content.decode()
    for label in ("Accessibility statement", "Cookies", "Privacy", "Contact us"):
        assert label in home
    footer = home[home.index('<footer class="govuk-footer">') :]
    assert '<a class="govuk-footer__link" href="/open-data/">Open data</a>' in footer

    open_data = client.get("/open-data/").content.decode()
    for words in ("Open Referral UK 3.0", "Open Government Licence v3.0", "import_oruk"):
        assert words in open_data
    assert 'href="/api/oruk/openapi.json"' in open_data
    assert "Open data" not in [
        page.title for page in HomePage.objects.get().get_children().in_menu()
    ]


def test_the_pledge_form_and_example_flags_come_from_the_data_files():
    call_command("load_demo_content")
    promise = CoProductionPromisePage.objects.get()
    assert promise.has_example_content and promise.show_in_menus
    fields = list(promise.form_fields.values_list("label", "field_type", "required"))
    assert fields[0] == ("Your name", "singleline", True)
    assert fields[-1][1:] == ("checkbox", True)
    assert len(fields) == 5
    assert promise.form_fields.get(field_type="radio").choices.splitlines() == [
        "Parent or carer",
        "Young person",
        "Professional",
        "Other",
    ]


def test_a_changed_data_file_updates_the_pages_the_loader_still_owns(tmp_path, monkeypatch):
    call_command("load_demo_content")
    shutil.copytree(data.DEMO_DIR, tmp_path / "demo")
    cookies = tmp_path / "demo" / "pages" / "21-cookies.yaml"
    cookies.write_text(cookies.read_text().replace("title: Cookies\n", "title: Cookie policy\n"))
    monkeypatch.setattr(data, "DEMO_DIR", tmp_path / "demo")

    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    page = InformationPage.objects.get(slug="cookies")
    assert page.title == "Cookie policy" and page.live and not page.has_unpublished_changes
    assert page.revisions.count() == 2
    assert out.getvalue().count("Updated") == 1
    assert "Updated information page 'Cookie policy'" in out.getvalue()

    first = snapshot()
    call_command("load_demo_content")
    assert snapshot() == first


def test_a_second_run_keeps_an_editors_changes(admin_user):
    call_command("load_demo_content")
    page = InformationPage.objects.get(slug="cookies")
    page.title = "Cookies on the Local Offer"
    page.save_revision(user=admin_user).publish(user=admin_user)
    draft = InformationPage.objects.get(slug="privacy")
    draft.title = "Privacy (draft)"
    draft.save_revision(user=admin_user)
    InformationPage.objects.get(slug="contact").delete()
    first = Revision.objects.count()

    call_command("load_demo_content")
    assert InformationPage.objects.get(slug="cookies").title == "Cookies on the Local Offer"
    assert InformationPage.objects.filter(slug="cookies").count() == 1
    privacy = InformationPage.objects.get(slug="privacy")
    assert privacy.get_latest_revision_as_object().title == "Privacy (draft)"
    assert privacy.has_unpublished_changes
    # A deleted page comes back, and the two pages whose call to action leads
    # there link to it again; nothing else gets a revision.
    contact = InformationPage.objects.get(slug="contact")
    assert contact.live
    assert Revision.objects.count() == first + 3
    ehc = InformationPage.objects.get(slug="ehc-needs-assessments-and-plans")
    assert [b.value["page"].pk for b in ehc.body if b.block_type == "call_to_action"] == [
        contact.pk
    ]


def test_demo_contact_details_are_clearly_fictional():
    text = "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(data.DEMO_DIR.rglob("*"))
        if path.is_file() and path.suffix != ".gz"  # postcodes.csv.gz: no contact details
    )
    assert "title: Contact the Local Offer team" in text
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
