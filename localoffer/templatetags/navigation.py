"""Site-wide navigation: primary navigation and breadcrumbs (as bakerydemo does)."""

from django import template
from django.urls import reverse
from wagtail.models import Page, Site

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
        for child in site.root_page.get_children().live().public().in_menu():
            active = current is not None and current.path.startswith(child.path)
            items.append({"title": child.title, "url": child.get_url(request), "active": active})
    items += [app_section(request, *section) for section in TRAILING_SECTIONS]
    return {"items": items}


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


@register.inclusion_tag("components/step_by_step_guides.html", takes_context=True)
def step_by_step_guides(context):
    """Links to every published step-by-step guide, for pages outside the page tree."""
    from localoffer.models import StepByStepPage

    request = context.get("request")
    guides = StepByStepPage.objects.live().public().order_by("title")
    return {"guides": [(guide.title, guide.get_url(request)) for guide in guides]}
