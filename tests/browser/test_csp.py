"""The Content-Security-Policy in a real browser: every main page type, public
and admin, works with nothing blocked, and the inline js-enabled script runs.

Violations are heard by a ``securitypolicyviolation`` listener that Playwright
adds through the DevTools protocol (so the policy does not block it), read back
after each page, and by the console, which also reports what the listener
cannot hear (a frame refused by ``frame-ancestors``). Map tiles are answered by
the test, so an ``img-src`` that left out the tile server would show.
"""

import base64

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from tests.factories import rich_service

LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}`
  );
});
"""
TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


class Watched:
    """A browser page whose CSP violations and console messages are kept."""

    def __init__(self, context):
        context.add_init_script(LISTEN)
        context.route(
            "https://tile.openstreetmap.org/**",
            lambda route: route.fulfill(status=200, content_type="image/png", body=TILE),
        )
        self.page = context.new_page()
        self.console = []
        self.page.on(
            "console",
            lambda message: (
                self.console.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )

    def goto(self, url: str):
        response = self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        return response

    def violations(self) -> list[str]:
        found = []
        for frame in self.page.frames:
            found += frame.evaluate("() => window.__cspViolations || []")
        return found + self.console


@pytest.fixture
def watched(browser):
    contexts = []

    def _open():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        return Watched(context)

    yield _open
    for context in contexts:
        context.close()


def test_public_pages_run_with_nothing_blocked(demo_site, watched):
    service = rich_service(name="Hydrotherapy for children")
    browser = watched()
    pages = [
        "/",
        "/services/",
        f"/services/{service.slug}/",
        "/services/map/",
        "/search/?q=therapy",
        "/what-is-the-local-offer/",
        "/professionals/",
        "/co-production-promise/",
        "/services/my-list/",
    ]
    failures = {}
    for path in pages:
        response = browser.goto(demo_site + path)
        assert response.status == 200, path
        if "js-enabled" not in browser.page.evaluate("document.body.className"):
            failures[path] = ["the inline js-enabled script did not run"]
        if violations := browser.violations():
            failures[path] = violations
    assert failures == {}

    # The map drew its tiles from the tile server the policy names.
    browser.goto(demo_site + f"/services/{service.slug}/")
    browser.page.wait_for_selector(".lo-map img.leaflet-tile-loaded")

    # A page served from the cache runs just the same (no nonce to go stale).
    first = browser.goto(demo_site + "/services/?q=trampolining")
    again = browser.goto(demo_site + "/services/?q=trampolining")
    assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
    assert "js-enabled" in browser.page.evaluate("document.body.className")
    assert browser.violations() == []

    # And the listener does hear a violation: an image from another host.
    browser.page.evaluate(
        "() => document.body.append(Object.assign(new Image(), {src: 'https://evil.example/x.png'}))"
    )
    browser.page.wait_for_function("() => window.__cspViolations.length > 0")
    heard, logged = browser.violations()
    assert heard.startswith("img-src blocked https://evil.example/x.png")
    assert "https://evil.example/x.png" in logged


def test_the_admin_runs_with_nothing_blocked(demo_site, watched):
    from localoffer.models import InformationPage

    service = rich_service()
    guide = InformationPage.objects.get(slug="what-is-the-local-offer")
    editor = get_user_model().objects.create_user("eddie", "eddie@example.org", "demo-pass-1")
    editor.groups.add(Group.objects.get(name="Editors"))

    browser = watched()
    page = browser.page
    browser.goto(demo_site + "/admin/login/")
    page.get_by_label("Username").fill("eddie")
    page.get_by_label("Password").fill("demo-pass-1")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(demo_site + "/admin/")
    page.wait_for_load_state("networkidle")
    assert browser.violations() == []

    # The page editor, with its rich text, and the live preview beside it.
    browser.goto(f"{demo_site}/admin/pages/{guide.pk}/edit/")
    assert page.locator(".Draftail-Editor").count() > 0
    page.locator('[data-side-panel-toggle="preview"]').first.click()
    page.frame_locator("#w-preview-iframe").locator("main").wait_for()
    page.wait_for_load_state("networkidle")
    assert browser.violations() == []

    # The service edit form: inline panels, time pickers and choosers.
    browser.goto(f"{demo_site}/admin/snippets/services/service/edit/{service.pk}/")
    page.evaluate("() => document.querySelector('#id_opening_times-ADD').click()")
    wired = page.evaluate(
        """() => [...document.querySelectorAll('input[id^="id_opening_times-"][id$="-opens"]')]
            .filter(input => !input.id.includes('__prefix__'))
            .map(input => Boolean(window.jQuery(input).data('xdsoft_datetimepicker')))"""
    )
    # The added opening time's picker started too: its script kept the page's nonce.
    assert wired == [True, True]
    page.evaluate(
        "() => document.querySelector('#id_provider-chooser [data-chooser-action-choose]').click()"
    )
    choice = page.locator("a[data-chooser-modal-choice]").first
    chosen = choice.inner_text().strip()
    choice.click()
    # The chooser fetches the choice from the server before it shows it.
    title = page.locator("#id_provider-chooser .chooser__title")
    expect(title).to_have_text(chosen, use_inner_text=True)
    assert title.inner_text() == chosen
    page.wait_for_load_state("networkidle")
    assert browser.violations() == []
