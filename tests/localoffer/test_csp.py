"""Content-Security-Policy and Permissions-Policy on every response: no inline
script but the few the policy names by hash, the map's tile server read from
its setting, and a policy of its own for the Wagtail admin."""

import base64
import hashlib
import re

import pytest
from django.contrib.auth import get_user_model

from localoffer import security_headers
from tests.factories import (
    InformationPageFactory,
    ThemeResponseFactory,
    YouSaidWeDidPageFactory,
    rich_service,
)
from tests.utils import run_python

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"
# <script> elements the browser runs: no src, and no type or a JavaScript one
# (JSON-LD and JSON data blocks are not run, so CSP does not apply to them).
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"(?!module|text/javascript)[^\"]*\")[^>]*>(.*?)</script>",
    re.S,
)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)


def policy(response) -> dict[str, list[str]]:
    """The enforced policy as {directive: sources}."""
    assert CSP in response, f"no {CSP} on {response.request['PATH_INFO']}"
    directives = {}
    for part in response[CSP].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.fixture
def site(home):
    """One of each public page type, by its address."""
    guide = InformationPageFactory(parent=home, title="Getting an EHC plan")
    service = rich_service()
    return {
        "home": "/",
        "guide": guide.url,
        "directory": "/services/?q=therapy",
        "service": f"/services/{service.slug}/",
        "map": "/services/map/",
        "search": "/search/?q=therapy",
        "professionals": "/professionals/",
        "api": "/api/oruk/services",
        "not found": "/no-such-page/",
    }


PUBLIC = ["home", "guide", "directory", "service", "map", "search", "professionals", "api"]


@pytest.mark.parametrize("name", [*PUBLIC, "not found"])
def test_every_public_response_forbids_inline_script_and_framing(client, site, name):
    response = client.get(site[name])
    assert response.status_code in (200, 404)
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert not any(source.startswith("'nonce-") for source in response[CSP].split())
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    # Development and tests run over plain HTTP; production upgrades (below).
    assert "upgrade-insecure-requests" not in directives


@pytest.mark.parametrize("name", ["home", "guide", "directory", "service", "map", "search"])
def test_each_inline_script_and_style_is_allowed_by_its_hash(client, site, name):
    """The policy names each inline block by hash: edit one and this fails
    until its hash in settings is updated too. No inline event handlers."""
    response = client.get(site[name])
    html = response.content.decode()
    directives = policy(response)
    scripts = INLINE_SCRIPT.findall(html)
    assert scripts, "base.html's js-enabled script should be on every page"
    for script in scripts:
        assert sha256(script) in directives["script-src"], script
    for style in INLINE_STYLE.findall(html):
        assert sha256(style) in directives["style-src"], style
    assert not EVENT_HANDLER.search(html)
    assert "javascript:" not in html.lower()


def test_the_js_enabled_script_is_gov_uk_frontends_with_its_published_hash(client, site):
    html = client.get("/").content.decode()
    assert INLINE_SCRIPT.findall(html) == [
        "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype"
        " ? ' govuk-frontend-supported' : '');"
    ]
    # GOV.UK Frontend publishes this hash for its template's script.
    assert (
        "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='"
        in policy(client.get("/"))["script-src"]
    )


def test_page_specific_print_styles_are_allowed_by_hash(client, home):
    page = YouSaidWeDidPageFactory(parent=home)
    ThemeResponseFactory(title="Transport, done", status="done")
    for url in ("/professionals/", page.url + "2025/"):
        response = client.get(url)
        assert response.status_code == 200, url
        styles = INLINE_STYLE.findall(response.content.decode())
        assert styles, url
        for style in styles:
            assert sha256(style) in policy(response)["style-src"], (url, style)


def test_a_page_from_the_cache_carries_the_same_policy(client, site):
    first = client.get("/services/", {"q": "therapy"})
    again = client.get("/services/", {"q": "therapy"})
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert again[CSP] == first[CSP]
    for script in INLINE_SCRIPT.findall(again.content.decode()):
        assert sha256(script) in policy(again)["script-src"]


# ---------------------------------------------------------------------- map tiles


def test_map_tiles_come_from_the_tile_setting(client, site):
    directives = policy(client.get(site["service"]))
    assert directives["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]


@pytest.mark.parametrize(
    ("tile_url", "origins"),
    [
        ("https://tiles.example.gov.uk/osm/{z}/{x}/{y}.png", ["https://tiles.example.gov.uk"]),
        (
            "https://{s}.tile.example.net:8443/{z}/{x}/{y}{r}.png",
            ["https://*.tile.example.net:8443"],
        ),
        ("/tiles/{z}/{x}/{y}.png", []),
    ],
)
def test_changing_the_tile_setting_changes_the_policy(client, site, settings, tile_url, origins):
    settings.MAP_TILE_URL = tile_url
    response = client.get(site["service"])
    assert tile_url in response.content.decode()  # the map is drawn from it
    directives = policy(response)
    assert directives["img-src"] == ["'self'", "data:", *origins]
    assert directives["connect-src"] == ["'self'"]


# ---------------------------------------------------------------------- the admin


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("a", "a@example.org", "pw"))
    return client


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/"])
def test_the_admin_has_its_own_policy_without_inline_script(client, home, url):
    if url == "/admin/":
        client.force_login(get_user_model().objects.create_superuser("a", "a@example.org", "pw"))
    response = client.get(url)
    assert response.status_code == 200
    directives = policy(response)
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    # Wagtail previews pages in a frame of its own.
    assert directives["frame-ancestors"] == ["'self'"]


def test_an_admin_edit_form_nonces_wagtails_inline_scripts(editor_client, home):
    """The service edit form has inline panels and choosers, whose scripts carry
    this response's nonce; a script without it would not run."""
    service = rich_service()
    response = editor_client.get(f"/admin/snippets/services/service/edit/{service.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    nonces = [s for s in policy(response)["script-src"] if s.startswith("'nonce-")]
    assert len(nonces) == 1
    nonce = nonces[0][len("'nonce-") : -1]
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/)([^>]*)>", html)
    assert inline
    for attributes in inline:
        assert f'nonce="{nonce}"' in attributes


@pytest.mark.parametrize(
    "script",
    [
        'initDateChooser("id_last_reviewed", {"dayOfWeekStart": 1, "format": "d/m/Y"});',
        'new SnippetChooser("id_provider", {"modalUrl": "/admin/snippets/choose/x/"});',
        "\n  (function() {\n    var panel = new InlinePanel("
        'JSON.parse("{\\u0022type\\u0022: 1}"));\n  })();\n',
    ],
)
def test_wagtails_own_initialisers_are_recognised(script):
    assert security_headers.is_wagtail_initialiser(script)


@pytest.mark.parametrize(
    "script",
    [
        "alert(document.cookie)",
        'initDateChooser("x", {}); alert(1); initDateChooser("y", {});',
        'initDateChooser("x", fetch("/steal"));',
        'new SnippetChooser("x", {"a": window.name});',
        'new Image("x");',
        '(function() { var panel = new InlinePanel(JSON.parse("{}" + alert(1))); })();',
        '(function() { var panel = new InlinePanel(JSON.parse("not json")); })();',
    ],
)
def test_any_other_inline_script_in_the_admin_gets_no_nonce(script):
    html = f"<p>x</p><script>{script}</script>"
    assert security_headers.nonce_wagtail_scripts(html, "abc") == html


def test_a_preview_in_the_admin_has_the_public_policy_in_the_admins_frame(editor_client, home):
    guide = InformationPageFactory(parent=home)
    response = editor_client.get(f"/admin/pages/{guide.pk}/view_draft/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["style-src"] == policy(editor_client.get(guide.url))["style-src"]


# ---------------------------------------------------------------------- Permissions-Policy


@pytest.mark.parametrize("url", ["/", "/services/", "/api/oruk/", "/admin/login/", "/health/"])
def test_every_response_says_which_browser_features_it_may_use(client, home, url):
    header = client.get(url)["Permissions-Policy"]
    features = dict(part.split("=", 1) for part in header.split(", "))
    assert features["camera"] == "()"
    assert features["microphone"] == "()"
    # "Support near you" takes a postcode; nothing asks the browser where it is.
    assert features["geolocation"] == "()"
    assert features["payment"] == "()"
    assert features["usb"] == "()"
    assert features["browsing-topics"] == "()"


# ---------------------------------------------------------------------- production


def test_production_upgrades_insecure_requests():
    show = (
        "from django.test import RequestFactory; from django.http import HttpResponse;"
        "from localoffer.security_headers import ContentSecurityPolicyMiddleware as M;"
        "print(M(lambda r: HttpResponse())(RequestFactory().get('/'))['Content-Security-Policy'])"
    )
    result = run_python(
        "manage.py",
        "shell",
        "-c",
        show,
        env={
            "DJANGO_SETTINGS_MODULE": "localoffer.settings.production",
            "DJANGO_SECRET_KEY": "a-long-random-secret-for-testing-only-" + "0123456789" * 3,
            "DJANGO_ALLOWED_HOSTS": "localoffer.example.org",
            "DATABASE_URL": "postgres://localoffer@127.0.0.1:5432/localoffer",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "upgrade-insecure-requests" in result.stdout.strip().splitlines()[-1]
