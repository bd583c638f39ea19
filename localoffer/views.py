"""Views of the site shell that are not Wagtail pages."""

import logging
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from services.cache import cache_public_page

from .forms import SiteSearchForm
from .search import MAX_PAGES, PER_PAGE, site_search

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Liveness and database readiness for load balancers and monitoring."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database cannot be reached")
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    content = render_to_string(
        "robots.txt", {"sitemap_url": request.build_absolute_uri("/sitemap.xml")}
    )
    return HttpResponse(content, content_type="text/plain; charset=utf-8")


def server_error(request: HttpRequest) -> HttpResponse:
    """Render the styled 500 page without touching the database, which may be the fault."""
    return HttpResponse(render_to_string("500.html"), status=500)


@require_GET
@cache_public_page
def search(request: HttpRequest) -> HttpResponse:
    """/search/: live pages, guides and services together, 10 a page."""
    form = SiteSearchForm(request.GET)
    context = {"form": form, "result": None}
    if not form.is_valid():
        return TemplateResponse(request, "localoffer/search.html", context, status=400)
    words = form.cleaned_data["q"]
    if not words:
        return TemplateResponse(request, "localoffer/search.html", context)
    result = site_search(words, page=page_number(request.GET.get("page")), request=request)
    shown = min(result.total, MAX_PAGES * PER_PAGE)
    page_obj = Paginator(range(shown), PER_PAGE).get_page(result.page)
    query = request.GET.copy()
    query.pop("page", None)
    context.update(
        result=result,
        page_obj=page_obj,
        page_numbers=page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=1, on_ends=1
        ),
        query_without_page=query.urlencode(),
        suggestion_url="?" + urlencode({"q": result.plan.suggestion}),
    )
    response = TemplateResponse(request, "localoffer/search.html", context)
    if not result.total:
        response.search_found_nothing = {
            "source": "search",
            "words": " ".join(words.lower().split()),
            "filters": "",
        }
    return response


def page_number(value: str | None) -> int:
    """A page number from the address: anything that is not one means page 1."""
    if value and value.isascii() and value.isdigit():
        return max(1, min(int(value[:6]), MAX_PAGES))
    return 1
