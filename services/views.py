import csv
import itertools
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import places, selectors
from .cache import cache_public_page
from .exports import referral_route_rows
from .filters import MAX_QUERY_LENGTH, SORT_CHOICES, ServiceFilter, age_label
from .my_list import (
    MY_LIST_LIMIT,
    SHARE_PARAMETER,
    BadToken,
    ListFull,
    MyList,
    decode_token,
    encode_token,
    parse_id,
)

PER_PAGE = 20
ROUTES_PER_PAGE = 25
# Paper for a meeting, not an export: more than this, and the CSV is the tool.
PRINT_LIMIT = 200
# What a listing reads from its address (the filters, their form's own fields
# such as ``ages``, the order and the page): cached copies are keyed on these.
LISTING_PARAMETERS = frozenset(
    [*ServiceFilter.base_filters, *ServiceFilter._meta.form.base_fields, "sort", "page"]
)


def filtered(request: HttpRequest) -> tuple[ServiceFilter, str]:
    """The bound filter for a listing, and its order: an unknown sort falls back
    to the default, so ordering can never widen the results."""
    filterset = ServiceFilter(request.GET, queryset=selectors.service_published())
    sort = request.GET.get("sort")
    # Nearest first needs a postcode, and is the order a postcode search starts in.
    near = bool(request.GET.get("postcode", "").strip())
    if sort not in dict(SORT_CHOICES) or (sort == "nearest" and not near):
        sort = "nearest" if near else "relevance" if request.GET.get("q") else "name"
    return filterset, sort


def listing_context(request: HttpRequest, filterset: ServiceFilter, sort: str, results, per_page):
    """What the directory and the referral-routes finder both show: the filter
    form with counts, filters in use, sort links and one page of results."""
    valid = filterset.is_valid()
    tags = active_filter_tags(request.GET, filterset) if valid else []
    facets = selectors.service_facets(filterset=filterset)
    paginator = Paginator(results, per_page)
    if "total" in facets:
        # Counted with the facets, in the same query: the results are not counted again.
        paginator.count = facets["total"]
    # A page out of bounds made the form invalid (a 400); past the last, the last.
    page = paginator.get_page(filterset.form.page_number if valid else 1)
    place = filterset.place if valid else None
    if place is not None:
        page.object_list = [with_place_label(service) for service in page.object_list]
    return {
        "place": place,
        "place_label": near_label(place, filterset.distance_miles) if place else "",
        "filter": filterset,
        "page_obj": page,
        # GOV.UK pagination: first, last and the pages either side, with gaps.
        "page_numbers": page.paginator.get_elided_page_range(
            page.number, on_each_side=1, on_ends=1
        ),
        "sort": sort,
        "facets": facets,
        "active_filters": tags,
        # Search words show as a tag too, but are not a filter.
        "filters_in_use": len(tags) - bool(valid and filterset.form.cleaned_data.get("q")),
        "sort_links": sort_links(request.GET, sort),
        "query_without_page": without(request.GET, "page"),
        "search_plan": filterset.search_plan if valid else None,
        "suggestion_url": suggestion_url(request.GET, filterset) if valid else "",
    }


def with_place_label(service):
    """The service, with how far it is, or how it reaches the family, as
    ``place_label`` (``selectors.service_with_distance`` gave ``distance``)."""
    reach = selectors.reach_of(service)
    if reach == selectors.REACH_LOCATED:
        service.place_label = places.miles_away(service.distance)
    elif reach == selectors.REACH_HOME:
        service.place_label = "Comes to you"
    elif reach == selectors.REACH_REMOTE:
        service.place_label = "Online or by phone"
    else:
        service.place_label = "No address given"
    return service


def near_label(place, miles: int | None) -> str:
    """ "Near ST4 1AA, within 5 miles" (or just "Near ST4 1AA" for any distance)."""
    within = places.within_label(miles)
    return f"Near {place.postcode}, {within}" if within else f"Near {place.postcode}"


def suggestion_url(query: QueryDict, filterset: ServiceFilter) -> str:
    """The same listing with the suggested spelling as its words."""
    if not (suggestion := filterset.search_plan.suggestion):
        return ""
    query = query.copy()
    query["q"] = suggestion
    query.pop("page", None)
    return "?" + query.urlencode()


@cache_public_page(params=LISTING_PARAMETERS)
def service_directory(request: HttpRequest) -> HttpResponse:
    """/services/: search and filter live services. A GET form; works without JavaScript."""
    filterset, sort = filtered(request)
    results = selectors.service_list(filterset=filterset, sort=sort)
    context = listing_context(request, filterset, sort, results, PER_PAGE)
    status = 200 if filterset.is_valid() else 400
    response = TemplateResponse(request, "services/service_filter.html", context, status=status)
    response.search_found_nothing = nothing_found(filterset, context["page_obj"], "directory")
    return response


@cache_public_page(params=())
def service_detail(request: HttpRequest, slug: str) -> HttpResponse:
    service = selectors.service_detail(slug=slug)
    if service is None:
        raise Http404("No live service has this address.")
    context = {"service": service, "map": map_settings() if located_places(service) else None}
    return TemplateResponse(request, "services/service_detail.html", context)


# ------------------------------------------------------------------ maps
# At most this many places on one map: more is slow to draw and too dense to
# use; the page says so, and the directory's list has every result.
MAP_LIMIT = 200


def map_settings() -> dict[str, str]:
    """The tile server and its attribution, for the page's map to read."""
    return {"tile_url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


def located_places(service) -> list:
    """A service's locations that have coordinates (from its prefetched locations)."""
    return [
        location
        for location in service.locations.all()
        if location.latitude is not None and location.longitude is not None
    ]


@cache_public_page(params=LISTING_PARAMETERS)
def service_map(request: HttpRequest) -> HttpResponse:
    """/services/map/: the directory's results, same filters and order, on a map,
    with every place listed under it. Services with no place to visit (they come
    to you, or work online or by phone) are counted and left to the list."""
    filterset, sort = filtered(request)
    results = selectors.service_list(filterset=filterset, sort=sort).prefetch_related("locations")
    context = listing_context(request, filterset, sort, results, MAP_LIMIT)
    rows, shown, elsewhere, left_out = [], 0, 0, 0
    for service in context["page_obj"].object_list if filterset.is_valid() else []:
        places = located_places(service)
        if not places:
            elsewhere += 1
            continue
        room = max(MAP_LIMIT - shown, 0)
        left_out += max(len(places) - room, 0)
        if room:
            rows.append({"service": service, "places": places[:room]})
            shown += min(len(places), room)
    query = context["query_without_page"]
    context.update(
        map=map_settings() if shown else None,
        rows=rows,
        places_shown=shown,
        no_place_count=elsewhere,
        # Services past the first page of MAP_LIMIT, or places past MAP_LIMIT.
        more=left_out or context["page_obj"].has_next(),
        map_limit=MAP_LIMIT,
        # The same results as a list.
        list_url=reverse("services:directory") + (f"?{query}" if query else ""),
    )
    status = 200 if filterset.is_valid() else 400
    return TemplateResponse(request, "services/service_map.html", context, status=status)


@cache_public_page(params=LISTING_PARAMETERS)
def referral_routes(request: HttpRequest) -> HttpResponse:
    """/professionals/: the directory's services, filtered the same way, as a
    table of their referral routes (only the chosen route kinds, if any)."""
    filterset, sort = filtered(request)
    results = selectors.referral_route_list(filterset=filterset, sort=sort)
    context = listing_context(request, filterset, sort, results, ROUTES_PER_PAGE)
    context.update(query=without(request.GET, "page"), print_limit=PRINT_LIMIT)
    status = 200 if filterset.is_valid() else 400
    response = TemplateResponse(request, "services/referral_routes.html", context, status=status)
    response.search_found_nothing = nothing_found(filterset, context["page_obj"], "professionals")
    return response


@cache_public_page(params=LISTING_PARAMETERS)
def referral_routes_print(request: HttpRequest) -> HttpResponse:
    """/professionals/print/: every row of the filtered table on landscape paper."""
    filterset, sort = filtered(request)
    if not filterset.is_valid():
        return referral_routes(request)
    results = selectors.referral_route_list(filterset=filterset, sort=sort)
    context = listing_context(request, filterset, sort, results, PRINT_LIMIT)
    context.update(
        query=without(request.GET, "page"), print_view=True, printed_on=timezone.localdate()
    )
    return TemplateResponse(request, "services/referral_routes.html", context)


class Echo:
    """A file-like object whose write returns the line, for streaming csv.writer."""

    def write(self, value: str) -> str:
        return value


def referral_routes_csv(request: HttpRequest) -> HttpResponse:
    """/professionals/referral-routes.csv: the whole filtered table, streamed."""
    filterset, sort = filtered(request)
    if not filterset.is_valid():
        return referral_routes(request)
    services = selectors.referral_route_list(filterset=filterset, sort=sort)
    writer = csv.writer(Echo())
    base_url = request.build_absolute_uri("/").rstrip("/")
    # A byte order mark first, so spreadsheet programs read the file as UTF-8.
    lines = (writer.writerow(row) for row in referral_route_rows(services, base_url=base_url))
    response = StreamingHttpResponse(
        itertools.chain(["\ufeff"], lines), content_type="text/csv; charset=utf-8"
    )
    filename = f"referral-routes-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def nothing_found(filterset: ServiceFilter, page, source: str) -> dict | None:
    """The arguments for ``signals.search_found_nothing`` when a valid search or
    filter found nothing, else None: the words, normalised, and the other
    filters as a canonical query string of slugs and values, nothing more."""
    if not filterset.is_valid() or page.paginator.count:
        return None
    cleaned = filterset.form.cleaned_data
    words = " ".join((cleaned.get("q") or "").split()).lower()[:MAX_QUERY_LENGTH]
    pairs = []
    for name, value in cleaned.items():
        if name == "q" or value is None or value is False or value == "":
            continue
        if name == "postcode":
            # Only the district (ST4): a full postcode can point at a home.
            value = value.split()[0]
        values = value if isinstance(value, list | tuple | QuerySet) else [value]
        pairs.extend((name, query_value(item)) for item in values)
    filters = urlencode(sorted(pairs))[:500]
    if not (words or filters):
        return None
    return {"source": source, "words": words, "filters": filters}


def query_value(value) -> str:
    """A cleaned filter value as it is written in the address: a slug, an age
    or age group, ``true``."""
    if value is True:
        return "true"
    if slug := getattr(value, "slug", None):
        return slug
    return str(value)


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
    if age := form.cleaned_data.get("age"):
        # One tag however the age came (``age``, or the old ``ages``): it removes both.
        params = query.copy()
        params.pop("ages", None)
        tags.append({"label": age_label(age), "url": "?" + without(params, "age")})
    for name in ("category", "need", "body", "area"):
        for term in form.cleaned_data.get(name) or []:
            tags.append({"label": term.name, "url": "?" + without(query, name, term.slug)})
    for name in ("referral", "delivery"):
        choices = dict(form.fields[name].choices)
        for value in form.cleaned_data.get(name) or []:
            tags.append({"label": choices[value], "url": "?" + without(query, name, value)})
    if place := filterset.place:
        # One tag: the postcode, its distance and the order it brought all go.
        params = query.copy()
        for name in ("postcode", "distance"):
            params.pop(name, None)
        if params.get("sort") == "nearest":
            params.pop("sort")
        params.pop("page", None)
        tags.append(
            {"label": near_label(place, filterset.distance_miles), "url": "?" + params.urlencode()}
        )
    if form.cleaned_data.get("free"):
        tags.append({"label": "Free only", "url": "?" + without(query, "free")})
    return tags


def sort_links(query: QueryDict, current: str) -> list[dict]:
    links = []
    for value, label in SORT_CHOICES:
        if value == "relevance" and not query.get("q"):
            continue
        if value == "nearest" and not query.get("postcode", "").strip():
            continue
        params = query.copy()
        params["sort"] = value
        params.pop("page", None)
        links.append(
            {"label": label, "url": "?" + params.urlencode(), "current": value == current}
        )
    return links


# ------------------------------------------------------------------ my list
# The visitor's saved services (services/my_list.py). Each change is a plain
# POST that returns the visitor to where they were, with a notification banner;
# the page's script sends the same POST asking for JSON, to stay in place.

# Messages tagged "banner" show in the notification banner at the top of the page.
LIST_MESSAGE_TAGS = "banner my-list"
NOT_LISTED = "This service is no longer listed, so it has not been added to your list."


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def same_site_path(request: HttpRequest, value: str) -> str:
    """``value`` when it is a path on this site, else "" (another host, a
    scheme, a protocol-relative address, control characters)."""
    if (
        not value
        or not value.startswith("/")
        or any(ord(char) < 32 for char in value)
        or not url_has_allowed_host_and_scheme(
            value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return ""
    return value


def back_from_list(request: HttpRequest, service_id, fallback: str) -> str:
    """Where the visitor came from (``next``), at the service they used when it
    is listed there; else ``fallback``."""
    back = same_site_path(request, request.POST.get("next", ""))
    if not back:
        return fallback
    return f"{back}#service-{service_id}" if service_id and "#" not in back else back


def list_answer(
    request: HttpRequest,
    *,
    saved: bool,
    message: str,
    back_to: str,
    level: int = messages.SUCCESS,
    status: int = 200,
) -> HttpResponse:
    """What happened: JSON for the script, else a banner on the page to go back to."""
    if wants_json(request):
        count = len(MyList.of(request))
        return JsonResponse({"saved": saved, "count": count, "message": message}, status=status)
    messages.add_message(request, level, message, extra_tags=LIST_MESSAGE_TAGS)
    return redirect(back_to)


def counted(number: int, singular: str = "service", plural: str = "services") -> str:
    return f"{number} {singular if number == 1 else plural}"


@require_POST
def my_list_add(request: HttpRequest) -> HttpResponse:
    """Add a live service to the end of the visitor's list (``service``, its id)."""
    service_id = parse_id(request.POST.get("service"))
    service = selectors.service_published_get(pk=service_id) if service_id else None
    if service is None:
        back_to = back_from_list(request, service_id, reverse("services:my_list"))
        return list_answer(
            request,
            saved=False,
            message=NOT_LISTED,
            back_to=back_to,
            level=messages.WARNING,
            status=404,
        )
    back_to = back_from_list(request, service.pk, service.get_absolute_url())
    try:
        added = MyList.of(request).add(service.pk)
    except ListFull:
        message = (
            f"Your list is full. It can hold up to {MY_LIST_LIMIT} services, so "
            f"{service.name} has not been added. Remove a service from your list "
            "before you add another."
        )
        return list_answer(
            request,
            saved=False,
            message=message,
            back_to=back_to,
            level=messages.WARNING,
            status=409,
        )
    if added:
        message = f"{service.name} has been added to your list."
    else:
        message = f"{service.name} is already on your list."
    return list_answer(request, saved=True, message=message, back_to=back_to)


@require_POST
def my_list_remove(request: HttpRequest) -> HttpResponse:
    """Take a service off the visitor's list, listed or not."""
    service_id = parse_id(request.POST.get("service"))
    removed = service_id is not None and MyList.of(request).remove(service_id)
    service = selectors.service_published_get(pk=service_id) if service_id else None
    name = service.name if service else "The service"
    back_to = back_from_list(request, service_id, reverse("services:my_list"))
    if removed:
        message = f"{name} has been removed from your list."
        return list_answer(request, saved=False, message=message, back_to=back_to)
    return list_answer(
        request,
        saved=False,
        message=f"{name} was not on your list.",
        back_to=back_to,
        level=messages.INFO,
    )


@never_cache
def my_list_clear(request: HttpRequest) -> HttpResponse:
    """Remove every service. The GET asks first (GOV.UK's pattern for an action
    that cannot be undone); the POST does it."""
    saved = MyList.of(request)
    list_url = reverse("services:my_list")
    if request.method == "POST":
        number = len(saved)
        if number:
            saved.clear()
        message = (
            f"{counted(number)} {'has' if number == 1 else 'have'} been removed from your list. "
            "Your list is empty."
            if number
            else "Your list is empty."
        )
        return list_answer(request, saved=False, message=message, back_to=list_url)
    if not saved:
        return redirect(list_url)
    return TemplateResponse(request, "services/my_list_clear.html", {"count": len(saved)})


def share_url(request: HttpRequest, token: str) -> str:
    path = reverse("services:my_list_shared") + "?" + urlencode({SHARE_PARAMETER: token})
    return request.build_absolute_uri(path)


def saved_entries(request: HttpRequest, ids) -> list[dict]:
    """Each saved id with its live service (None: no longer listed) and the
    service's full address, which a printed list shows."""
    services = selectors.service_saved_list(ids=ids) if ids else []
    return [
        {
            "id": pk,
            "service": service,
            "url": request.build_absolute_uri(service.get_absolute_url()) if service else "",
        }
        for pk, service in zip(ids, services, strict=True)
    ]


@never_cache
def my_list(request: HttpRequest) -> HttpResponse:
    """/services/my-list/: the visitor's saved services, to print, share or clear."""
    saved = MyList.of(request)
    context = {
        "entries": saved_entries(request, saved.ids),
        "share_url": share_url(request, saved.token) if saved else "",
        "limit": MY_LIST_LIMIT,
    }
    return TemplateResponse(request, "services/my_list.html", context)


def shared_link_problem(request: HttpRequest, problem: BadToken) -> HttpResponse:
    context = {"problem": str(problem), "limit": MY_LIST_LIMIT}
    return TemplateResponse(request, "services/my_list_shared_problem.html", context, status=400)


@cache_public_page(params=[SHARE_PARAMETER])
def my_list_shared(request: HttpRequest) -> HttpResponse:
    """/services/my-list/shared/?services=<token>: a list someone shared, read
    only, to print or save as one's own. The link carries the list itself; one
    we did not make is a 400 saying what is wrong."""
    try:
        ids = decode_token(request.GET.get(SHARE_PARAMETER, ""))
    except BadToken as problem:
        return shared_link_problem(request, problem)
    context = {
        "entries": saved_entries(request, ids),
        "token": encode_token(ids),
        "limit": MY_LIST_LIMIT,
    }
    return TemplateResponse(request, "services/my_list_shared.html", context)


@require_POST
def my_list_save(request: HttpRequest) -> HttpResponse:
    """ "Save as my list": a shared list's live services added to the end of the
    visitor's own, in its order, as many as there is room for."""
    try:
        ids = decode_token(request.POST.get(SHARE_PARAMETER, ""))
    except BadToken as problem:
        return shared_link_problem(request, problem)
    live = [service for service in selectors.service_saved_list(ids=ids) if service is not None]
    saved = MyList.of(request)
    added = already = no_room = 0
    for service in live:
        try:
            if saved.add(service.pk):
                added += 1
            else:
                already += 1
        except ListFull:
            no_room += 1
    if added:
        parts = [f"{counted(added)} {'has' if added == 1 else 'have'} been added to your list."]
    else:
        parts = ["No services have been added to your list."]
    if already:
        parts.append(f"{counted(already)} {'was' if already == 1 else 'were'} on it already.")
    if no_room:
        parts.append(
            f"{counted(no_room)} could not be added because your list is full "
            f"(it can hold up to {MY_LIST_LIMIT})."
        )
    if gone := len(ids) - len(live):
        parts.append(f"{counted(gone)} {'is' if gone == 1 else 'are'} no longer listed.")
    level = messages.SUCCESS if added and not no_room else messages.WARNING
    messages.add_message(request, level, " ".join(parts), extra_tags=LIST_MESSAGE_TAGS)
    return redirect("services:my_list")
