"""Views of the site shell that are not Wagtail pages."""

import logging
import sys
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from services.cache import cache_public_page

from .cache import cache_state
from .database import DATABASE_UNAVAILABLE, database_state
from .forms import SiteSearchForm
from .middleware import unavailable_response
from .search import MAX_PAGES, PER_PAGE, site_search

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Each part's state, for monitoring and load balancers; never cached.

    ``/health/`` is liveness: 200 whenever this process answers, whatever the
    parts say (restarting it would not bring a database back).
    ``/health/?ready=1`` is readiness: 503 when the database cannot answer, so
    a load balancer sends no visitors here. The cache being down is
    "degraded", still ready: pages are built without it.
    """
    parts = {"database": database_state(), "cache": cache_state()}
    if parts["database"] != "ok":
        status = "unavailable"
    elif parts["cache"] != "ok":
        status = "degraded"
    else:
        status = "ok"
    ready = request.GET.get("ready") not in (None, "", "0")
    code = 503 if ready and status == "unavailable" else 200
    return JsonResponse({"status": status, **parts}, status=code)


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    content = render_to_string(
        "robots.txt", {"sitemap_url": request.build_absolute_uri("/sitemap.xml")}
    )
    return HttpResponse(content, content_type="text/plain; charset=utf-8")


def server_error(request: HttpRequest) -> HttpResponse:
    """Render the styled 500 page without touching the database, which may be the
    fault; a database that cannot answer is a 503 (``localoffer.middleware``)."""
    if isinstance(sys.exception(), DATABASE_UNAVAILABLE):
        return unavailable_response(request)
    return HttpResponse(render_to_string("500.html"), status=500)


@require_GET
@cache_public_page(params=[*SiteSearchForm.base_fields, "page"])
def search(request: HttpRequest) -> HttpResponse:
    """/search/: live pages, guides and services together, 10 a page."""
    form = SiteSearchForm(request.GET)
    context = {"form": form, "result": None}
    if not form.is_valid():
        return TemplateResponse(request, "localoffer/search.html", context, status=400)
    words = form.cleaned_data["q"]
    if not words:
        return TemplateResponse(request, "localoffer/search.html", context)
    result = site_search(words, page=form.page_number, request=request)
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
