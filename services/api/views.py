"""The Open Referral UK 3.0 read API at /api/oruk/: open data, no keys, CORS open.

Only live services. Every bad parameter gets a 400 with a JSON body naming it,
an unknown id a JSON 404; nothing here answers 500 to input.
"""

import functools
import json
import uuid
from pathlib import Path

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .. import oruk, selectors
from ..models import Category, Need, Organisation, ResponsibleBody
from .forms import (
    PageForm,
    ServiceAtLocationListForm,
    ServiceListForm,
    TaxonomyTermListForm,
    truth,
)

OPENAPI = Path(__file__).resolve().parent / "spec" / "openapi.json"
# Served in place of the official file's placeholders ("SUMMARY HERE") and its
# licence, which is the specification's, not this data's. The file stays as published.
INFO = {
    "title": "Staffordshire and Stoke-on-Trent SEND Local Offer: Open Referral UK API",
    "summary": (
        "The Local Offer's directory of services for children and young people aged 0 to 25 "
        "with special educational needs and disabilities, as open data."
    ),
    "description": (
        "A read-only API in the Open Referral UK 3.0 standard (https://openreferraluk.org/): "
        "every published service in the Staffordshire and Stoke-on-Trent SEND Local Offer, "
        "with its organisations and taxonomies. No key is needed. The data is under the Open "
        "Government Licence v3.0; the specification this document follows is Open Referral "
        "UK's, under CC BY-SA 4.0."
    ),
    "contact": {"name": "The Local Offer team", "email": "localoffer@example.org"},
    "license": {
        "name": "Open Government Licence v3.0",
        "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    },
}


class BadParameter(Exception):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter, self.message = parameter, message


def open_data(view):
    """GET or HEAD only; JSON errors; readable from any origin."""

    @functools.wraps(view)
    @require_safe
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as error:
            response = JsonResponse(
                {"error": "bad_request", "parameter": error.parameter, "message": error.message},
                status=400,
            )
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def not_found(what: str) -> JsonResponse:
    return JsonResponse({"error": "not_found", "message": f"No {what} has this id."}, status=404)


def valid(form_class, request: HttpRequest):
    form = form_class(request.GET)
    if not form.is_valid():
        parameter, errors = next(iter(form.errors.items()))
        raise BadParameter(parameter, f"{parameter}: {errors[0]}")
    return form


def parse_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise BadParameter("id", f"id: “{value[:50]}” is not a UUID.") from None


def page_of(form: PageForm, items, total: int, serialise) -> dict:
    window = form.window(total)
    return envelope(window, total, [serialise(item) for item in items[window["slice"]]])


def envelope(window: dict, total: int, contents: list) -> dict:
    return {
        "total_items": total,
        "total_pages": window["total_pages"],
        "page_number": window["page"],
        "size": len(contents),
        "first_page": window["page"] == 1,
        "last_page": window["page"] >= window["total_pages"],
        "empty": not contents,
        "contents": contents,
    }


# ---------------------------------------------------------------------- endpoints


@open_data
def api_details(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "version": oruk.VERSION,
            "profile": oruk.PROFILE,
            "openapi_url": request.build_absolute_uri(reverse("oruk:openapi")),
        }
    )


@open_data
def openapi(request: HttpRequest) -> JsonResponse:
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    document["info"] = {**INFO, "version": document["info"]["version"]}
    document["servers"] = [{"url": request.build_absolute_uri(reverse("oruk:root")).rstrip("/")}]
    return JsonResponse(document)


@open_data
def service_list(request: HttpRequest) -> JsonResponse:
    form = valid(ServiceListForm, request)
    data = form.cleaned_data
    services = selectors.service_oruk_list(
        search=data["search"],
        term=data["taxonomy_term_id"],
        taxonomy=data["taxonomy_id"],
        organization_id=data["organization_id"],
        modified_after=data["modified_after"],
        minimum_age=data["minimum_age"],
        maximum_age=data["maximum_age"],
    )
    total = services.count()
    if truth(form, "full"):
        services, serialise = selectors.service_oruk(queryset=services), oruk.service_full
    else:
        services = services.select_related("responsible_body", "provider")
        serialise = oruk.service_summary
    return JsonResponse(page_of(form, services, total, serialise))


@open_data
def service_detail(request: HttpRequest, id: str) -> JsonResponse:
    service = selectors.service_oruk().filter(pk=parse_id(id)).first()
    if service is None:
        return not_found("live service")
    return JsonResponse(oruk.service_full(service))


@open_data
def taxonomy_list(request: HttpRequest) -> JsonResponse:
    form = valid(PageForm, request)
    words = form.cleaned_data["search"].lower()
    items = [
        oruk.taxonomy(data)
        for data, _ in oruk.TAXONOMIES.values()
        if words in data["name"].lower()
    ]
    return JsonResponse(page_of(form, items, len(items), lambda item: item))


@open_data
def taxonomy_detail(request: HttpRequest, id: str) -> JsonResponse:
    found = oruk.TAXONOMIES.get(str(parse_id(id)))
    if found is None:
        return not_found("taxonomy")
    return JsonResponse(oruk.taxonomy(found[0]))


def all_terms() -> list:
    """Every term of every taxonomy, "any need" among the needs."""
    return [
        *Category.objects.all(),
        *Need.objects.all(),
        oruk.ANY_NEED_TERM,
        *ResponsibleBody.objects.all(),
    ]


@open_data
def taxonomy_term_list(request: HttpRequest) -> JsonResponse:
    form = valid(TaxonomyTermListForm, request)
    data = form.cleaned_data
    terms = all_terms()
    if data["taxonomy_id"] is not None:
        terms = [t for t in terms if oruk.taxonomy_for(t)["id"] == str(data["taxonomy_id"])]
    if data["parent_id"] is not None:
        # Only needs have parents: a specific need's is its broad area.
        terms = [t for t in terms if getattr(t, "parent_id", None) == data["parent_id"]]
    if truth(form, "top_only"):
        terms = [t for t in terms if getattr(t, "parent_id", None) is None]
    if data["search"]:
        terms = [t for t in terms if data["search"].lower() in t.name.lower()]
    items = [oruk.taxonomy_term(t, oruk.taxonomy_for(t)) for t in terms]
    return JsonResponse(page_of(form, items, len(items), lambda item: item))


@open_data
def taxonomy_term_detail(request: HttpRequest, id: str) -> JsonResponse:
    term_id = parse_id(id)
    term = next((t for t in all_terms() if t.pk == term_id), None)
    if term is None:
        return not_found("taxonomy term")
    return JsonResponse(oruk.taxonomy_term(term, oruk.taxonomy_for(term)))


def all_organisations() -> list:
    return sorted(
        [*Organisation.objects.all(), *ResponsibleBody.objects.all()],
        key=lambda org: (org.name.lower(), str(org.pk)),
    )


@open_data
def organization_list(request: HttpRequest) -> JsonResponse:
    form = valid(PageForm, request)
    words = form.cleaned_data["search"].lower()
    orgs = [org for org in all_organisations() if words in org.name.lower()]
    return JsonResponse(page_of(form, orgs, len(orgs), oruk.organisation))


@open_data
def organization_detail(request: HttpRequest, id: str) -> JsonResponse:
    org_id = parse_id(id)
    org = (
        Organisation.objects.filter(pk=org_id).first()
        or ResponsibleBody.objects.filter(pk=org_id).first()
    )
    if org is None:
        return not_found("organization")
    return JsonResponse(oruk.organisation(org))


# ---------------------------------------------------------------------- service at locations


@open_data
def service_at_location_list(request: HttpRequest) -> JsonResponse:
    """Each location of each live service; ``postcode`` sorts nearest first and
    keeps services covering it, ``proximity`` (metres) draws a circle round it."""
    form = valid(ServiceAtLocationListForm, request)
    data = form.cleaned_data
    locations = selectors.service_at_location_list(
        search=data["search"],
        term=data["taxonomy_term_id"],
        taxonomy=data["taxonomy_id"],
        organization_id=data["organization_id"],
        modified_after=data["modified_after"],
        minimum_age=data["minimum_age"],
        maximum_age=data["maximum_age"],
        place=data["postcode"],
        within_metres=data["proximity"],
    )
    total = locations.count()
    window = form.window(total)
    page = list(locations[window["slice"]])
    service_ids = {location.service_id for location in page}
    positions = selectors.service_location_positions(service_ids=service_ids)
    full = truth(form, "full")
    if full:
        services = selectors.service_oruk().filter(pk__in=service_ids)
    else:
        services = selectors.service_published().select_related("responsible_body", "provider")
        services = services.filter(pk__in=service_ids)
    by_id = {service.pk: service for service in services}
    contents = [
        oruk.service_at_location_record(
            by_id[location.service_id],
            positions[location.pk],
            location,
            full=full,
            distance_metres=getattr(location, "distance_metres", None),
        )
        for location in page
    ]
    return JsonResponse(envelope(window, total, contents))


@open_data
def service_at_location_detail(request: HttpRequest, id: str) -> JsonResponse:
    wanted = str(parse_id(id))
    # The id is made from the service's id and the location's place in it, so
    # it is found among the live pairs, without a query per pair.
    found = next(
        (
            (service_id, index)
            for service_id, index in selectors.service_at_location_positions()
            if oruk.service_at_location_id(service_id, index) == wanted
        ),
        None,
    )
    service = found and selectors.service_oruk().filter(pk=found[0]).first()
    if not service:
        return not_found("service at location")
    index = found[1]
    location = service.locations.all()[index]
    return JsonResponse(oruk.service_at_location_record(service, index, location, full=True))
