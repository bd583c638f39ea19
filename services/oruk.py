"""The directory in Open Referral UK 3.0 (HSDS-UK-3.0) shapes.

Services, taxonomy terms and organisations keep their stable UUIDs. Rows that
ORUK wants as objects but we keep as plain fields or child rows (schedules,
locations, contacts, cost options, attributes) get ids derived from the
service's id and their place, so the same data always gives the same JSON.

Categories, needs and responsible bodies travel as ``attributes`` whose
``link_type`` is ``category``, ``need`` or ``responsible_body`` and whose
``taxonomy_term.term`` is the slug; a service for any need carries the needs
taxonomy's ``any-need`` term. Referral routes travel as
``application_process`` text and, in full, as the extra ``referral_routes``
array; fields ORUK has no place for travel in the extra ``local_offer``
object. Optional fields with no value are left out, never ``null``.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from .models import (
    ANY_NEED,
    DELIVERY_METHODS,
    Category,
    Need,
    Organisation,
    ResponsibleBody,
    Service,
)

VERSION = "HSDS-UK-3.0"
PROFILE = "https://openreferraluk.org/specifications/3.0/"
# Our taxonomies, with fixed ids so consumers can rely on them.
CATEGORY_TAXONOMY = {
    "id": "0d4a3b9e-3c1f-5d0e-9a57-6f7c2d1b8e01",
    "name": "SEND Local Offer categories",
    "description": "The kind of support a service gives: early years, education, health, "
    "social care, transport, things to do and short breaks, money matters, preparing for "
    "adulthood, information, advice and support groups.",
    "link_type": "category",
}
NEED_TAXONOMY = {
    "id": "c2ab52d3-02e0-5762-a060-5d5dd5cfe3aa",
    "name": "SEND Local Offer needs",
    "description": "The special educational needs and disabilities a service is designed "
    "for: the four broad areas of need of the SEND Code of Practice, with specific needs "
    "under them (parent_id), or any need.",
    "link_type": "need",
}
BODY_TAXONOMY = {
    "id": "7b2e5f10-8a44-5c6d-b1e3-2f9d4c6a7e02",
    "name": "SEND Local Offer responsible bodies",
    "description": "The council or NHS body responsible for a service.",
    "link_type": "responsible_body",
}
TAXONOMIES = {
    CATEGORY_TAXONOMY["id"]: (CATEGORY_TAXONOMY, Category),
    NEED_TAXONOMY["id"]: (NEED_TAXONOMY, Need),
    BODY_TAXONOMY["id"]: (BODY_TAXONOMY, ResponsibleBody),
}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def child_id(service: Service, kind: str, index: int | str = 0) -> str:
    """A stable id for a row ORUK wants that we do not store as its own record."""
    return str(uuid.uuid5(service.id, f"{kind}:{index}"))


def without_empty(data: dict) -> dict:
    """The dict less the keys whose value is None, an empty string or an empty list."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def timestamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


# ---------------------------------------------------------------------- taxonomies


def taxonomy(data: dict) -> dict:
    return {key: data[key] for key in ("id", "name", "description")}


@dataclass(frozen=True)
class AnyNeedTerm:
    """The needs taxonomy's "any need" term: what a service's ``for_any_need``
    travels as. Shaped like a Need, but not one of its rows."""

    pk: uuid.UUID = uuid.UUID("4851c629-7385-5d9c-8f71-24b0a3d0d36c")
    name: str = "Any need"
    description: str = (
        "For children and young people with any special educational need or disability."
    )
    slug: str = ANY_NEED
    parent_id: None = None

    @property
    def id(self) -> uuid.UUID:
        return self.pk


ANY_NEED_TERM = AnyNeedTerm()


def taxonomy_term(term, taxonomy_data: dict) -> dict:
    parent_id = getattr(term, "parent_id", None)
    return {
        "id": str(term.id),
        "name": term.name,
        "description": term.description,
        "taxonomy_id": taxonomy_data["id"],
        "taxonomy": taxonomy_data["name"],
        "term": term.slug,
    } | ({"parent_id": str(parent_id)} if parent_id else {})


def taxonomy_for(term) -> dict:
    if isinstance(term, Category):
        return CATEGORY_TAXONOMY
    if isinstance(term, Need | AnyNeedTerm):
        return NEED_TAXONOMY
    return BODY_TAXONOMY


# ---------------------------------------------------------------------- organisations


def organisation(org: Organisation | ResponsibleBody) -> dict:
    """A provider, or a responsible body delivering its own services."""
    optional = without_empty({"email": getattr(org, "email", ""), "website": org.website})
    return {"id": str(org.id), "name": org.name, "description": org.description} | optional


def delivering_organisation(service: Service) -> Organisation | ResponsibleBody:
    return service.provider if service.provider_id else service.responsible_body


# ---------------------------------------------------------------------- services


def plain_description(service: Service) -> str:
    text = strip_tags(service.description.replace("</p>", "</p>\n\n")).strip()
    return "\n\n".join(part for part in (service.summary.strip(), text) if part)


def application_process(service: Service, routes) -> str:
    """The referral routes as the plain text HSDS expects, one line each."""
    lines = []
    for route in routes:
        parts = [f"{route.get_kind_display()}: {route.get_method_display()} {route.contact}"]
        if route.what_to_include:
            parts.append(f"Include: {route.what_to_include.rstrip('.')}")
        if route.response_time:
            parts.append(f"Response: {route.response_time.rstrip('.')}")
        lines.append(". ".join(parts) + ".")
    return "\n".join(lines)


def attribute(service: Service, term) -> dict:
    data = taxonomy_for(term)
    return {
        "id": child_id(service, f"attribute:{data['link_type']}", term.slug),
        "link_id": str(service.id),
        "link_type": data["link_type"],
        "taxonomy_term_id": str(term.id),
        "taxonomy_term": taxonomy_term(term, data),
    }


def split_address(address: str) -> tuple[str, str]:
    """("3 Example Road", "Tamworth") from "3 Example Road, Tamworth"."""
    lines = [part.strip() for part in normalize_newlines(address).replace("\n", ",").split(",")]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return ", ".join(lines), ""
    return ", ".join(lines[:-1]), lines[-1]


def location_shape(service: Service, index: int, location, *, full: bool = True) -> dict:
    """The ``location`` object: in full with its address and accessibility, or
    only its one-to-one fields (as ``service_at_location_list`` carries it)."""
    place = {
        "id": child_id(service, "location", index),
        "location_type": "physical",
        "name": location.name,
        "latitude": float(location.latitude) if location.latitude is not None else None,
        "longitude": float(location.longitude) if location.longitude is not None else None,
    }
    if not full:
        return without_empty(place)
    address_1, city = split_address(location.address)
    return without_empty(
        place
        | {
            "addresses": [
                {
                    "id": child_id(service, "address", index),
                    "address_1": address_1,
                    "city": city,
                    "state_province": "Staffordshire",
                    "postal_code": location.postcode,
                    "country": "GB",
                    "address_type": "physical",
                }
            ],
            "accessibility": [
                {
                    "id": child_id(service, "accessibility", index),
                    "description": location.accessibility,
                }
            ]
            if location.accessibility
            else [],
        }
    )


def service_at_location_id(service_id: uuid.UUID, index: int) -> str:
    """The id of a service's ``index``-th location (in the editors' order) as a
    service-at-location: the same here, in ``/services/{id}`` and in exports."""
    return str(uuid.uuid5(service_id, f"service_at_location:{index}"))


def service_at_location(service: Service, index: int, location) -> dict:
    """As a full service nests it."""
    return {
        "id": service_at_location_id(service.id, index),
        "location": location_shape(service, index, location),
    }


def service_at_location_record(
    service: Service,
    index: int,
    location,
    *,
    full: bool = False,
    distance_metres: float | None = None,
) -> dict:
    """One (live service, location) pair for ``/service_at_locations``: in the
    list's shape (one-to-one fields, the service with its organisation) or, in
    ``full``, the ``service_at_location.json`` shape with the full service.
    ``service_oruk`` prefetching is expected for ``full``. A distance from the
    postcode asked about travels in ``local_offer`` (whole metres)."""
    if full:
        shown = service_full(service)
    else:
        shown = service_summary(service) | {
            "organization": organisation(delivering_organisation(service))
        }
    return without_empty(
        {
            "id": service_at_location_id(service.id, index),
            "service_id": str(service.id),
            "location_id": child_id(service, "location", index),
            "location": location_shape(service, index, location, full=full),
            "service": shown,
            "local_offer": {"distance_metres": round(distance_metres)}
            if distance_metres is not None
            else None,
        }
    )


def schedule(service: Service, index: int, time) -> dict:
    return without_empty(
        {
            "id": child_id(service, "schedule", index),
            "service_id": str(service.id),
            "freq": "WEEKLY",
            "byday": WEEKDAYS[time.weekday],
            "opens_at": time.opens.strftime("%H:%M:%S"),
            "closes_at": time.closes.strftime("%H:%M:%S"),
            "notes": service.opening_times_notes,
        }
    )


def referral_route(route) -> dict:
    return without_empty(
        {
            "kind": route.kind,
            "who_can_refer": route.who_can_refer,
            "method": route.method,
            "contact": route.contact,
            "what_to_include": route.what_to_include,
            "response_time": route.response_time,
        }
    )


def service_summary(service: Service) -> dict:
    """The fields every listing carries."""
    return without_empty(
        {
            "id": str(service.id),
            "organization_id": str(delivering_organisation(service).id),
            "name": service.name,
            "description": plain_description(service),
            "url": service.website,
            "email": service.email,
            "status": "active",
            "fees": "" if service.is_free else service.cost_description,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.last_reviewed.isoformat(),
            "last_modified": timestamp(service.updated_at),
        }
    )


def service_full(service: Service, *, with_owner: bool = False) -> dict:
    """One live service in the ``service.json`` shape, with everything we hold.

    The owner's email (who is reminded to review the entry) is someone's work
    address, not open data: only ``with_owner`` adds it, for moving a
    directory between sites (``export_oruk --with-owners``), never for the API.
    Expects the prefetching of ``selectors.service_oruk``.
    """
    routes = list(service.referral_routes.all())
    terms = [
        *service.categories.all(),
        *service.needs.all(),
        *([ANY_NEED_TERM] if service.for_any_need else []),
        service.responsible_body,
    ]
    data = service_summary(service) | {
        "organization": organisation(delivering_organisation(service)),
        "attributes": [attribute(service, term) for term in terms],
        "cost_options": [
            without_empty(
                {
                    "id": child_id(service, "cost_option"),
                    "service_id": str(service.id),
                    "option": "Free" if service.is_free else service.cost_description,
                    "amount": 0 if service.is_free else None,
                }
            )
        ],
        "schedules": [
            schedule(service, index, time)
            for index, time in enumerate(service.opening_times.all())
        ],
        "service_areas": [
            {
                "id": child_id(service, "service_area", area.slug),
                "service_id": str(service.id),
                "name": area.name,
                "service_area": area.name,
            }
            for area in service.areas.all()
        ],
        "service_at_locations": [
            service_at_location(service, index, location)
            for index, location in enumerate(service.locations.all())
        ],
        "contacts": [
            without_empty(
                {
                    "id": child_id(service, "contact"),
                    "service_id": str(service.id),
                    "name": service.name,
                    # HSDS 3.0 fields the UK profile leaves out; extra fields are allowed.
                    "email": service.email,
                    "phones": [{"id": child_id(service, "phone"), "number": service.phone}]
                    if service.phone
                    else [],
                }
            )
        ]
        if service.phone or service.email
        else [],
        "application_process": application_process(service, routes),
        "referral_routes": [referral_route(route) for route in routes],
        "local_offer": without_empty(
            {
                "slug": service.slug,
                "web_page": service.get_absolute_url(),
                "summary": service.summary,
                "description_html": service.description,
                "eligibility": service.eligibility,
                "delivery": [
                    slug for slug, field, _ in DELIVERY_METHODS if getattr(service, field)
                ],
                "areas": [area.slug for area in service.areas.all()],
                "last_reviewed": service.last_reviewed.isoformat(),
                "review_interval_months": service.review_interval_months,
                "opening_times_notes": service.opening_times_notes,
                "owner_email": service.owner_email if with_owner else None,
            }
        ),
    }
    return without_empty(data)
