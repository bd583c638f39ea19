"""Site-wide navigation: primary navigation, the footer's links and breadcrumbs
(as bakerydemo does). Every page shows them, so they are read in few, small queries."""

from django import template
from django.db.models import Exists, OuterRef
from django.db.models.functions import Left, Length
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

register = template.Library()

# Sections served by app views rather than pages: (title, URL name). Finding
# services is what most visitors come for, so it leads; the professionals' finder
# follows the pages.
LEADING_SECTIONS = [("Find services", "services:directory")]
TRAILING_SECTIONS = [("For professionals", "professionals:routes")]


def app_section(request, title: str, url_name: str) -> dict:
    url = reverse(url_name)
    active = request is not None and request.path.startswith(url)
    return {"title": title, "url": url, "active": active}


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    """ "Find services", the home page's live children marked "show in menus",
    then "For professionals", the current one flagged."""
    request = context.get("request")
    current = context.get("page")
    site = Site.find_for_request(request) if request else None
    items = [app_section(request, *section) for section in LEADING_SECTIONS]
    if site is not None:
        for child in menu_pages(site.root_page):
            active = current is not None and current.path.startswith(child.path)
            items.append({"title": child.title, "url": child.get_url(request), "active": active})
    items += [app_section(request, *section) for section in TRAILING_SECTIONS]
    return {"items": items}


def menu_pages(root: Page):
    """``root``'s live children marked "show in menus", as Wagtail's
    ``.live().public().in_menu()`` finds them, in one query rather than two
    (no page inside a private section: ``public()`` reads every view
    restriction first), with only what a menu item shows. Every page pays for
    its menu, so it is kept small."""
    restricted = PageViewRestriction.objects.filter(
        # A restriction covers its page and everything under it: the pages
        # whose tree path starts with its page's.
        page__path=Left(OuterRef("path"), Length("page__path"))
    )
    return (
        root.get_children()
        .live()
        .in_menu()
        .exclude(Exists(restricted))
        .only("title", "path", "url_path")
    )


@register.simple_tag
def footer_settings():
    """The site settings the footer reads (``SiteSettings``), with each page it
    links to loaded only as far as its address needs, in one query: the
    context processor's copy brings every column of all five pages. Not saved
    when there is none yet, so a page view never writes."""
    from localoffer.models import SiteSettings

    pages = SiteSettings.select_related
    return (
        SiteSettings.objects.select_related(*pages)
        .only("contact_email", *pages, *(f"{name}__url_path" for name in pages))
        .first()
    ) or SiteSettings()


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page: Page | None = None):
    """Ancestors from the home page down, for inner pages only."""
    request = context.get("request")
    page = page or context.get("page")
    if page is None or page.depth <= 2:
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return {
        "crumbs": [
            ("Home" if crumb.depth == 2 else crumb.title, crumb.get_url(request))
            for crumb in ancestors
        ]
    }


@register.inclusion_tag("components/breadcrumbs.html")
def breadcrumbs_to(*links: str):
    """Breadcrumbs for a page outside the page tree (the directory, search, my
    list): Home, then each title and address given, in pairs."""
    return {"crumbs": [("Home", "/"), *zip(links[::2], links[1::2], strict=True)]}


@register.inclusion_tag("components/step_by_step_guides.html", takes_context=True)
def step_by_step_guides(context):
    """Links to every published step-by-step guide, for pages outside the page tree."""
    from localoffer.models import StepByStepPage

    request = context.get("request")
    guides = StepByStepPage.objects.live().public().order_by("title")
    return {"guides": [(guide.title, guide.get_url(request)) for guide in guides]}
