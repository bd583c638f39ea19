from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.template.response import TemplateResponse

from . import selectors
from .cache import cache_public_page
from .filters import SORT_CHOICES, ServiceFilter

PER_PAGE = 20


@cache_public_page
def service_directory(request: HttpRequest) -> HttpResponse:
    """/services/: search and filter live services. A GET form; works without JavaScript."""
    filterset = ServiceFilter(request.GET, queryset=selectors.service_published())
    valid = filterset.is_valid()
    # An unknown sort falls back to the default: ordering can never widen the results.
    sort = request.GET.get("sort")
    if sort not in dict(SORT_CHOICES):
        sort = "relevance" if request.GET.get("q") else "name"
    results = selectors.service_list(filterset=filterset, sort=sort)
    tags = active_filter_tags(request.GET, filterset) if valid else []
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "filter": filterset,
        "page_obj": page,
        # GOV.UK pagination: first, last and the pages either side, with gaps.
        "page_numbers": page.paginator.get_elided_page_range(
            page.number, on_each_side=1, on_ends=1
        ),
        "sort": sort,
        "facets": selectors.service_facets(filterset=filterset),
        "active_filters": tags,
        # Search words show as a tag too, but are not a filter.
        "filters_in_use": len(tags) - bool(valid and filterset.form.cleaned_data.get("q")),
        "sort_links": sort_links(request.GET, sort),
        "query_without_page": without(request.GET, "page"),
    }
    return TemplateResponse(
        request, "services/service_filter.html", context, status=200 if valid else 400
    )


@cache_public_page
def service_detail(request: HttpRequest, slug: str) -> HttpResponse:
    service = selectors.service_detail(slug=slug)
    if service is None:
        raise Http404("No live service has this address.")
    return TemplateResponse(request, "services/service_detail.html", {"service": service})


def without(query: QueryDict, name: str, value: str | None = None) -> str:
    """The query string less one parameter (or one of its values)."""
    query = query.copy()
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    query.pop("page", None)  # a changed filter starts again at page 1
    return query.urlencode()


def active_filter_tags(query: QueryDict, filterset: ServiceFilter) -> list[dict]:
    """Each filter in use as a tag whose link removes just that filter."""
    form = filterset.form
    tags = []
    if form.cleaned_data.get("q"):
        tags.append({"label": f"“{form.cleaned_data['q']}”", "url": "?" + without(query, "q")})
    if form.cleaned_data.get("age") is not None:
        tags.append(
            {"label": f"Age {form.cleaned_data['age']}", "url": "?" + without(query, "age")}
        )
    for name in ("category", "body", "area"):
        for term in form.cleaned_data.get(name) or []:
            tags.append({"label": term.name, "url": "?" + without(query, name, term.slug)})
    for name in ("referral", "delivery"):
        choices = dict(form.fields[name].choices)
        for value in form.cleaned_data.get(name) or []:
            tags.append({"label": choices[value], "url": "?" + without(query, name, value)})
    if band := form.cleaned_data.get("ages"):
        label = dict(form.fields["ages"].choices)[band]
        tags.append({"label": f"Ages {label}", "url": "?" + without(query, "ages")})
    if form.cleaned_data.get("free"):
        tags.append({"label": "Free only", "url": "?" + without(query, "free")})
    return tags


def sort_links(query: QueryDict, current: str) -> list[dict]:
    links = []
    for value, label in SORT_CHOICES:
        if value == "relevance" and not query.get("q"):
            continue
        params = query.copy()
        params["sort"] = value
        params.pop("page", None)
        links.append(
            {"label": label, "url": "?" + params.urlencode(), "current": value == current}
        )
    return links
