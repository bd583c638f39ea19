"""Content-Security-Policy and Permissions-Policy on every response.

django-csp writes the policy from ``settings.CONTENT_SECURITY_POLICY``; this
middleware chooses the admin's policy under the admin's paths and adds the
map's tile server, read from ``MAP_TILE_URL`` on each response, so the policy
follows the tile setting. Public pages carry no nonce, only hashes: a page
cached for every visitor (``services.cache``) keeps the same inline blocks, so
the same policy fits each copy.

The Wagtail admin still writes inline scripts of its own (wagtail/wagtail#1288):
a date, time or chooser widget's initialiser, or an inline panel's, called with
JSON data. The admin is never cached, so each admin page gets a fresh nonce,
added here to those scripts only, recognised by their exact shape with
arguments that parse as JSON, which can call nothing else. Any other inline
script, such as one an attacker slipped into the page, gets no nonce and does
not run.
"""

import functools
import json
import logging
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

logger = logging.getLogger(__name__)

# The Wagtail admin; Django's own admin, if it is ever given an address.
ADMIN_PATHS = ("/admin/", "/django-admin/")


def is_admin_path(path: str) -> bool:
    return path.startswith(ADMIN_PATHS)


@functools.lru_cache(maxsize=8)
def tile_origins(tile_url: str) -> tuple[str, ...]:
    """Where map tiles come from, as CSP sources: none for tiles on this site,
    the server's origin otherwise, with Leaflet's ``{s}`` subdomains as ``*``.

    A host the policy cannot name is logged and left out: the maps then show no
    tiles, and every map's list of places still says everything.
    """
    parts = urlsplit(tile_url)
    if not parts.netloc:
        return ()
    host = parts.netloc.rpartition("@")[2].replace("{s}", "*")
    if "{" in host or "*" in host[1:] or (host.startswith("*") and not host.startswith("*.")):
        logger.error("MAP_TILE_URL's host %r cannot be named in the CSP; maps show no tiles", host)
        return ()
    return (f"{parts.scheme}://{host}" if parts.scheme else host,)


# Wagtail 8's inline scripts, as its templates and widgets write them.
BARE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
WAGTAIL_INITIALISER = re.compile(
    r"""\s*(?:
        (?:initDateChooser|initTimeChooser|initDateTimeChooser|new\x20[A-Z][A-Za-z]*Chooser)
        \((?P<arguments>.*)\);
      | \(function\(\)\s*\{\s*var\x20panel\x20=\x20new\x20(?:InlinePanel|MultipleChooserPanel)
        \(JSON\.parse\((?P<options>"[^"\\]*(?:\\.[^"\\]*)*")\)\);\s*\}\)\(\);
    )\s*""",
    re.X | re.S,
)


def is_wagtail_initialiser(script: str) -> bool:
    """Whether an inline script is one of Wagtail's initialisers with JSON
    arguments only (so it can do nothing but initialise a widget or panel)."""
    match = WAGTAIL_INITIALISER.fullmatch(script)
    if not match:
        return False
    try:
        if match["options"] is not None:
            json.loads(json.loads(match["options"]))
        else:
            json.loads(f"[{match['arguments']}]")
    except ValueError:
        return False
    return True


def nonce_wagtail_scripts(html: str, nonce: str) -> str:
    """The admin page with ``nonce`` on Wagtail's own inline scripts, and on no other."""

    def add_nonce(match: re.Match) -> str:
        if not is_wagtail_initialiser(match[1]):
            return match[0]
        return f'<script nonce="{nonce}">{match[1]}</script>'

    return BARE_SCRIPT.sub(add_nonce, html)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under ``ADMIN_PATHS`` and
    the tile server in ``img-src``. A view's own ``csp_override`` still wins."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if (
            is_admin_path(request.path_info)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and b"<script>" in response.content
        ):
            html = response.content.decode(response.charset)
            response.content = nonce_wagtail_scripts(html, str(request.csp_nonce))
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        policy = (
            settings.ADMIN_CONTENT_SECURITY_POLICY
            if is_admin_path(request.path_info)
            else settings.CONTENT_SECURITY_POLICY
        )
        config = default_config(policy["DIRECTIVES"])
        config["img-src"] = [*config["img-src"], *tile_origins(settings.MAP_TILE_URL)]
        if getattr(request, "is_dummy", False):
            # Wagtail's preview of a page or service: the public policy, in the
            # admin's own frame.
            config["frame-ancestors"] = ["'self'"]
        parts.config = config
        return parts


class PermissionsPolicyMiddleware:
    """``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY``: each browser
    feature and the origins that may use it (an empty list: none may)."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
