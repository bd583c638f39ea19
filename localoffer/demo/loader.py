"""Build the demo page tree from ``pages.py``. Creates what is missing, never edits.

Running it twice changes nothing: a page whose slug already exists under its
parent is left as an editor may have changed it. Later issues add their own
demo sections by calling ``ensure_page`` with their page types.
"""

import json
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from localoffer.models import HomePage, InformationPage, SiteSettings

from . import pages as content

FOOTER_LINKS = {
    "accessibility_page": "accessibility-statement",
    "cookies_page": "cookies",
    "privacy_page": "privacy",
    "contact_page": "contact",
}


def links_ahead(blocks: list[tuple[str, dict]], page_ids: dict[str, int]) -> bool:
    """Whether a call to action points at a page that does not exist yet."""
    return any(
        block_type == "call_to_action" and value.get("page") not in (None, *page_ids)
        for block_type, value in blocks
    )


def stream_json(blocks: list[tuple[str, object]], page_ids: dict[str, int]) -> str:
    """StreamField JSON from ``(block_type, value)`` pairs; page slugs become ids.

    A call to action whose page is not in ``page_ids`` yet is left out; the
    caller adds it once that page exists.
    """
    raw = []
    for block_type, value in blocks:
        if block_type == "call_to_action" and value.get("page"):
            if value["page"] not in page_ids:
                continue
            value = {**value, "page": page_ids[value["page"]]}
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def ensure_home_page(log: Callable[[str], None]) -> tuple[HomePage, bool]:
    """The one HomePage, set as the default site's root (replacing Wagtail's welcome page)."""
    home = HomePage.objects.first()
    if home is not None:
        return home, False

    root = Page.get_first_root_node()
    welcome = root.get_children().filter(slug="home").first()
    if welcome is not None:
        # Keep the Site row while its welcome page goes (Site.root_page cascades).
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()

    data = content.HOME
    home = HomePage(
        title=data["title"],
        slug="home",
        introduction=data["introduction"],
        search_description=data["search_description"],
        body=stream_json(data["body"], {}),
    )
    root.add_child(instance=home)
    home.save_revision().publish()

    # The demo site answers where the admin says it lives (DJANGO_BASE_URL), so
    # the sitemap and "view live" links carry the right host.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.site_name = "Staffordshire and Stoke-on-Trent SEND Local Offer"
    if site.pk is None or (site.hostname, site.port) == ("localhost", 80):
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.save()
    log(f"Created home page '{home.title}'")
    return home, True


def ensure_page(parent: Page, page: Page, log: Callable[[str], None]) -> tuple[Page, bool]:
    """Add ``page`` under ``parent`` and publish it, unless its slug is taken there."""
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing is not None:
        return existing, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    log(f"Created {page._meta.verbose_name} '{page.title}'")
    return page, True


@transaction.atomic
def load_demo_content(
    log: Callable[[str], None] = lambda message: None, *, with_services: bool = True
) -> HomePage:
    home, created = ensure_home_page(log)
    by_slug: dict[str, Page] = {}
    page_ids: dict[str, int] = {}
    deferred = [(home, content.HOME)] if created and links_ahead(content.HOME["body"], {}) else []

    for spec in content.PAGES:
        parent = home if spec["parent"] is None else by_slug[spec["parent"]]
        page = InformationPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            search_description=spec["search_description"],
            show_in_menus=spec["show_in_menus"],
            body=stream_json(spec["body"], page_ids),
        )
        page, created = ensure_page(parent, page, log)
        if created and links_ahead(spec["body"], page_ids):
            deferred.append((page, spec))
        by_slug[spec["slug"]] = page
        page_ids[spec["slug"]] = page.pk

    # Calls to action that point at pages created after their own page.
    for page, spec in deferred:
        page.body = stream_json(spec["body"], page_ids)
        page.save_revision().publish()

    # Each app's demo section, in the order the main navigation shows them.
    from .feedback import load_feedback_demo
    from .pathways import load_pathways_demo
    from .services import load_services_demo
    from .strategy import load_strategy_demo

    load_strategy_demo(home, log)
    if with_services:
        load_services_demo(log)
    # After the services, so the guides can link to them; missing ones are left out.
    load_pathways_demo(log)
    load_feedback_demo(home, log)

    site_settings = SiteSettings.load()
    for field, slug in FOOTER_LINKS.items():
        if getattr(site_settings, f"{field}_id") is None and slug in by_slug:
            setattr(site_settings, field, by_slug[slug])
    site_settings.save()
    # Published through the loader's own saves; the vocabulary is made once, whole.
    from localoffer.search import rebuild_search_words

    rebuild_search_words()
    return home
