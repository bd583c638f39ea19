"""Bring services in from Open Referral UK 3.0 JSON (``service_full`` shape).

Records are upserted by id, each in its own savepoint: a record that fails
writes nothing and is reported with its index, id and reason; the others go
in. Categories, needs and responsible bodies are matched by their ``attributes``
(``taxonomy_term.term`` is the slug, or ``taxonomy_term_id`` the id; the needs
taxonomy's ``any-need`` term marks a service for any need), organisations by id. Fields we write in
the extra ``local_offer`` object and ``referral_routes`` array come back
exactly; from other publishers the ORUK fields are mapped as well as they go.
"""

import contextlib
import datetime
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.html import escape
from django.utils.text import slugify
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from .actions import add_search_words, service_search_text
from .cache import directory_changed, invalidation_suspended
from .models import (
    DELIVERY_METHODS,
    MAXIMUM_AGE,
    MINIMUM_AGE,
    RESERVED_SLUGS,
    UK_POSTCODE,
    Area,
    Category,
    Need,
    OpeningTime,
    Organisation,
    ReferralRoute,
    ResponsibleBody,
    Service,
    ServiceLocation,
)
from .oruk import ANY_NEED_TERM, WEEKDAYS
from .search import update_search_vectors, vectors_deferred

FLUSH_EVERY = 500


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing was imported."""


class Rejected(Exception):
    """One record cannot be imported; the message says why, for a person."""


@dataclass
class Rejection:
    index: int
    id: str
    reason: str


@dataclass
class ImportReport:
    total: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    # Records the same as the service already here: nothing was written for them.
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        unchanged = f"{len(self.unchanged)} unchanged, " if self.unchanged else ""
        return (
            f"{self.total} record{'s' if self.total != 1 else ''}: {len(self.created)} created, "
            f"{len(self.updated)} updated, {unchanged}{len(self.rejected)} rejected."
        )


def read_records(source: IO | str | bytes) -> list:
    """The records of a JSON array, or of a list envelope's ``contents``."""
    try:
        data = json.load(source) if hasattr(source, "read") else json.loads(source)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFileError(f"The file is not valid JSON: {error}") from None
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        data = data["contents"]
    elif isinstance(data, dict) and "id" in data and "name" in data:
        data = [data]  # one service on its own
    if not isinstance(data, list):
        raise ImportFileError(
            "The file must hold a JSON array of services, or a list with 'contents'."
        )
    return data


# ---------------------------------------------------------------------- one record


def text(value, name: str, *, max_length: int | None = None, required: bool = False) -> str:
    if value is None or value == "":
        if required:
            raise Rejected(f"{name} is missing")
        return ""
    if not isinstance(value, str):
        raise Rejected(f"{name} must be text")
    value = value.strip()
    if max_length and len(value) > max_length:
        raise Rejected(f"{name} is longer than {max_length} characters")
    return value


def age(value, name: str, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise Rejected(f"{name} must be a whole number")
    return int(value)


def first_paragraph(description: str) -> tuple[str, str]:
    """(summary, the rest as HTML paragraphs) from plain ORUK description text."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", description) if p.strip()]
    if not paragraphs:
        return "", ""
    summary, rest = paragraphs[0], paragraphs[1:]
    if len(summary) > 300:
        cut = summary[:297].rsplit(" ", 1)[0]
        rest.insert(0, summary)
        summary = cut + "…"
    return summary, "".join(f"<p>{escape(p)}</p>" for p in rest)


class Record:
    """One ORUK service, turned into a Service and its child rows."""

    def __init__(self, data, *, default_body: ResponsibleBody | None, terms: dict):
        if not isinstance(data, dict):
            raise Rejected("the record is not a JSON object")
        self.data = data
        self.extra = data.get("local_offer") if isinstance(data.get("local_offer"), dict) else {}
        self.default_body = default_body
        self.terms = terms
        self.notes: list[str] = []
        self.saved_provider: tuple | None = None  # (id, state) once written

    # -------------------------------------------------------------- fields
    def id(self) -> uuid.UUID:
        try:
            return uuid.UUID(str(self.data.get("id")))
        except ValueError:
            raise Rejected("id is missing or not a UUID") from None

    def attribute_terms(self, link_type: str) -> list:
        found = []
        for attribute in self.data.get("attributes") or []:
            if not isinstance(attribute, dict) or attribute.get("link_type") != link_type:
                continue
            term = attribute.get("taxonomy_term") or {}
            slug = term.get("term") if isinstance(term, dict) else None
            match = self.terms[link_type].get(slug) or self.terms[link_type].get(
                str(attribute.get("taxonomy_term_id"))
            )
            if match is None:
                raise Rejected(f"unknown {link_type.replace('_', ' ')} “{slug}”")
            found.append(match)
        return found

    def responsible_body(self) -> ResponsibleBody:
        bodies = self.attribute_terms("responsible_body")
        if len(bodies) > 1:
            raise Rejected("more than one responsible body")
        if bodies:
            return bodies[0]
        if self.default_body is None:
            raise Rejected(
                "no responsible body: give it a responsible_body attribute, "
                "or choose one for records that name none"
            )
        return self.default_body

    def provider(self, body: ResponsibleBody) -> Organisation | None:
        org = self.data.get("organization")
        org_id = self.data.get("organization_id") or (org or {}).get("id")
        if not org_id:
            return None
        try:
            org_id = uuid.UUID(str(org_id))
        except ValueError:
            raise Rejected("organization_id is not a UUID") from None
        if org_id in (body.pk, *self.terms["body_ids"]):
            return None  # the responsible body delivers it itself
        existing = self.terms["organisations"].get(org_id)
        if not isinstance(org, dict):
            if existing is None:
                raise Rejected("organization_id names no organisation here, and none is given")
            return existing
        provider = existing or Organisation(pk=org_id)
        provider.name = text(org.get("name"), "organization.name", max_length=200, required=True)
        provider.description = text(org.get("description"), "organization.description")
        provider.website = text(org.get("website"), "organization.website", max_length=200)
        provider.email = text(org.get("email"), "organization.email", max_length=254)
        return provider

    def contact_phone(self) -> str:
        for contact in self.data.get("contacts") or []:
            for phone in (contact or {}).get("phones") or []:
                if isinstance(phone, dict) and phone.get("number"):
                    return text(phone["number"], "contacts.phones.number", max_length=40)
        return ""

    def cost(self) -> tuple[bool, str]:
        fees = text(self.data.get("fees"), "fees")
        options = [o for o in self.data.get("cost_options") or [] if isinstance(o, dict)]
        described = [text(o.get("option"), "cost_options.option") for o in options]
        free = any(o.get("amount") == 0 or o.get("option") == "Free" for o in options)
        if fees or (options and not free):
            return False, fees or "; ".join(d for d in described if d) or "Ask the service."
        return True, ""

    def opening_times(self) -> list[OpeningTime]:
        times = []
        for schedule in self.data.get("schedules") or []:
            if not isinstance(schedule, dict):
                continue
            days = [d.strip() for d in str(schedule.get("byday") or "").split(",") if d.strip()]
            opens, closes = schedule.get("opens_at"), schedule.get("closes_at")
            if not (days and opens and closes):
                continue
            try:
                opens = datetime.time.fromisoformat(str(opens)[:8])
                closes = datetime.time.fromisoformat(str(closes)[:8])
            except ValueError:
                raise Rejected("a schedule's opens_at or closes_at is not a time") from None
            if not opens < closes:
                raise Rejected("a schedule closes before it opens")
            for day in days:
                if day not in WEEKDAYS:
                    raise Rejected(f"a schedule's byday “{day[:10]}” is not a weekday")
                times.append(OpeningTime(weekday=WEEKDAYS.index(day), opens=opens, closes=closes))
        return times

    def locations(self) -> list[ServiceLocation]:
        found = []
        for item in self.data.get("service_at_locations") or []:
            place = (item or {}).get("location") if isinstance(item, dict) else None
            if not isinstance(place, dict):
                continue
            address = next(iter(place.get("addresses") or []), None) or {}
            postcode = text(address.get("postal_code"), "postal_code").upper()
            try:
                UK_POSTCODE(postcode)
            except ValidationError:
                self.notes.append(f"left out location “{place.get('name')}”: no UK postcode")
                continue
            lines = [text(address.get(k), k) for k in ("address_1", "city")]
            location = ServiceLocation(
                name=text(place.get("name"), "location.name", max_length=200)
                or lines[0]
                or postcode,
                address=", ".join(line for line in lines if line) or postcode,
                postcode=postcode,
                accessibility="\n".join(
                    text(a.get("description"), "accessibility.description")
                    for a in place.get("accessibility") or []
                    if isinstance(a, dict) and a.get("description")
                ),
            )
            lat, lon = place.get("latitude"), place.get("longitude")
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                if -90 <= lat <= 90 and -180 <= lon <= 180:
                    location.latitude = Decimal(str(round(lat, 6)))
                    location.longitude = Decimal(str(round(lon, 6)))
                else:
                    self.notes.append(f"left out the coordinates of “{location.name}”")
            found.append(location)
        ServiceLocation.fill_coordinates(found)  # those without, from their postcode
        return found

    def referral_routes(self, service: Service) -> list[ReferralRoute]:
        routes = []
        for route in self.data.get("referral_routes") or []:
            if not isinstance(route, dict):
                raise Rejected("a referral route is not a JSON object")
            routes.append(
                ReferralRoute(
                    kind=route.get("kind") or "",
                    who_can_refer=route.get("who_can_refer") or "",
                    method=route.get("method") or "",
                    contact=route.get("contact") or "",
                    what_to_include=route.get("what_to_include") or "",
                    response_time=route.get("response_time") or "",
                )
            )
        process = text(self.data.get("application_process"), "application_process")
        if not routes and process:
            # One route from the free text: families apply, by the service's own contact.
            method, contact = (
                (ReferralRoute.Method.EMAIL, service.email)
                if service.email
                else (ReferralRoute.Method.PHONE, service.phone)
                if service.phone
                else (ReferralRoute.Method.FORM, service.website)
                if service.website
                else (ReferralRoute.Method.LETTER, "See how to apply")
            )
            routes.append(
                ReferralRoute(
                    kind=ReferralRoute.Kind.PARENT_CARER,
                    who_can_refer=process,
                    method=method,
                    contact=contact[:300],
                )
            )
        return routes

    # -------------------------------------------------------------- the lot
    def build(self, existing: Service | None) -> tuple[Service, dict]:
        data, extra = self.data, self.extra
        service = existing or Service(pk=self.id())
        service.name = text(data.get("name"), "name", max_length=200, required=True)
        summary, rest = first_paragraph(text(data.get("description"), "description"))
        service.summary = text(extra.get("summary"), "summary", max_length=300) or summary
        if not service.summary:
            service.summary = service.name
        service.description = extra.get("description_html") or rest
        service.minimum_age = max(age(data.get("minimum_age"), "minimum_age", 0), MINIMUM_AGE)
        service.maximum_age = min(age(data.get("maximum_age"), "maximum_age", 25), MAXIMUM_AGE)
        if service.minimum_age > MAXIMUM_AGE:
            raise Rejected("minimum_age is above 25: not for the Local Offer")
        if service.maximum_age < service.minimum_age:
            raise Rejected("maximum_age is below minimum_age")
        service.responsible_body = self.responsible_body()
        service.provider = self.provider(service.responsible_body)
        service.website = text(data.get("url"), "url", max_length=200)
        if service.website:
            try:
                URLValidator()(service.website)
            except ValidationError:
                raise Rejected("url is not a web address") from None
        service.email = text(data.get("email"), "email", max_length=254)
        if service.email:
            try:
                validate_email(service.email)
            except ValidationError:
                raise Rejected("email is not an email address") from None
        service.phone = self.contact_phone()
        service.is_free, service.cost_description = self.cost()
        service.eligibility = text(extra.get("eligibility"), "eligibility")
        delivery = extra.get("delivery")
        if isinstance(delivery, list):
            for slug, name, _ in DELIVERY_METHODS:
                setattr(service, name, slug in delivery)
        service.opening_times_notes = text(
            extra.get("opening_times_notes"), "opening_times_notes"
        ) or next(
            (
                s.get("notes")
                for s in data.get("schedules") or []
                if isinstance(s, dict) and s.get("notes")
            ),
            "",
        )
        reviewed = parse_date(str(extra.get("last_reviewed") or data.get("assured_date") or ""))
        service.last_reviewed = reviewed or datetime.date.today()
        interval = extra.get("review_interval_months")
        service.review_interval_months = interval if isinstance(interval, int) else 12
        if "owner_email" in extra:  # only from our own export_oruk --with-owners
            service.owner_email = text(extra["owner_email"], "owner_email", max_length=254)
            if service.owner_email:
                try:
                    validate_email(service.owner_email)
                except ValidationError:
                    raise Rejected("owner_email is not an email address") from None
        service.slug = self.slug(service, extra.get("slug"))
        service.live = True
        categories = self.attribute_terms("category")
        needs = list(dict.fromkeys(self.attribute_terms("need")))
        service.for_any_need = ANY_NEED_TERM in needs
        areas = self.areas()
        children = {
            "categories": categories,
            "needs": [need for need in needs if need is not ANY_NEED_TERM],
            "areas": areas,
            "routes": self.referral_routes(service),
            "locations": self.locations(),
            "times": self.opening_times(),
        }
        return service, children

    def areas(self) -> list[Area]:
        slugs = self.extra.get("areas")
        if isinstance(slugs, list):
            names = {a.slug: a for a in self.terms["areas"].values()}
            unknown = [s for s in slugs if s not in names]
            if unknown:
                raise Rejected(f"unknown area “{str(unknown[0])[:40]}”")
            return [names[s] for s in slugs]
        by_name = {a.name.lower(): a for a in self.terms["areas"].values()}
        return [
            by_name[area["name"].lower()]
            for area in self.data.get("service_areas") or []
            if isinstance(area, dict)
            and isinstance(area.get("name"), str)
            and area["name"].lower() in by_name
        ]

    def slug(self, service: Service, wanted) -> str:
        base = slugify(wanted or service.name)[:190] or "service"
        if base == service.slug:
            return base
        slug, number = base, 2
        while slug in self.terms["slugs"] or slug in RESERVED_SLUGS:
            slug, number = f"{base}-{number}", number + 1
        return slug


class PendingRows:
    """Child and link rows of records already saved, written together: a few
    INSERTs for hundreds of records instead of five for each. Every row was
    checked when its record was, and its service exists, so the database has
    no reason to refuse them."""

    def __init__(self):
        self.rows: dict[type, list] = {}

    def add(self, rows) -> None:
        for row in rows:
            self.rows.setdefault(type(row), []).append(row)

    def write(self) -> None:
        for model, rows in self.rows.items():
            model.objects.bulk_create(rows, batch_size=1000)
        self.rows = {}


# What a record can set, to tell whether it would change the service already here.
RECORD_FIELDS = (
    "name",
    "slug",
    "summary",
    "description",
    "minimum_age",
    "maximum_age",
    "responsible_body_id",
    "provider_id",
    "website",
    "email",
    "phone",
    "is_free",
    "cost_description",
    "eligibility",
    *(name for _, name, _ in DELIVERY_METHODS),
    "opening_times_notes",
    "for_any_need",
    "last_reviewed",
    "review_interval_months",
    "owner_email",
    "live",
)
CHILD_FIELDS = {
    "routes": (
        ReferralRoute,
        ("kind", "who_can_refer", "method", "contact", "what_to_include", "response_time"),
    ),
    "locations": (
        ServiceLocation,
        ("name", "address", "postcode", "latitude", "longitude", "accessibility"),
    ),
    "times": (OpeningTime, ("weekday", "opens", "closes")),
}
ORGANISATION_FIELDS = ("name", "description", "website", "email")
THROUGH = (Service.categories.through, Service.needs.through, Service.areas.through)


def organisation_state(organisation: Organisation) -> tuple:
    return tuple(getattr(organisation, name) for name in ORGANISATION_FIELDS)


def stored_state(service: Service) -> tuple:
    """A service already here as a record would set it, read before the record
    touches it (``Record.build`` changes the instance it is given)."""
    categories, needs, areas = (through.objects.filter(service=service) for through in THROUGH)
    return (
        tuple(getattr(service, name) for name in RECORD_FIELDS),
        frozenset(categories.values_list("category_id", flat=True)),
        frozenset(needs.values_list("need_id", flat=True)),
        frozenset(areas.values_list("area_id", flat=True)),
        *(
            list(
                model.objects.filter(service=service)
                .order_by("sort_order", "pk")
                .values_list(*names)
            )
            for model, names in CHILD_FIELDS.values()
        ),
    )


def built_state(service: Service, children: dict) -> tuple:
    """The same for a service and its rows as ``Record.build`` made them."""
    return (
        tuple(getattr(service, name) for name in RECORD_FIELDS),
        frozenset(category.pk for category in children["categories"]),
        frozenset(need.pk for need in children["needs"]),
        frozenset(area.pk for area in children["areas"]),
        *(
            [tuple(getattr(row, name) for name in names) for row in children[key]]
            for key, (_, names) in CHILD_FIELDS.items()
        ),
    )


def save_record(record: Record, pending: PendingRows) -> tuple[Service, str]:
    """Check one record and write its service (and provider); its child and
    link rows go to ``pending``. Says whether the service was ``created``,
    ``updated`` or ``unchanged``: a record the same as the service here (and
    its provider) writes nothing, so importing a file twice changes nothing.
    Uniqueness and check constraints are left to the database (the savepoint
    undoes a record that breaks one): checking them here would cost a query each."""
    service_id = record.id()
    existing = (
        Service.objects.filter(pk=service_id).first()
        if service_id in record.terms["services"]
        else None
    )
    before = stored_state(existing) if existing is not None else None
    updated_at = existing.updated_at if existing is not None else None
    service, children = record.build(existing)
    modified = parse_datetime(str(record.data.get("last_modified") or ""))
    provider_state = organisation_state(service.provider) if service.provider is not None else None
    if (
        before is not None
        and before == built_state(service, children)
        and modified in (None, updated_at)
        and (
            service.provider is None
            or record.terms["organisation_states"].get(service.provider.pk) == provider_state
        )
    ):
        return service, "unchanged"
    if service.provider is not None:
        service.provider.full_clean(validate_unique=False, validate_constraints=False)
        service.provider.save()
        record.terms["organisations"][service.provider.pk] = service.provider
        # Known to be stored once the record's savepoint is kept (import_services).
        record.saved_provider = (service.provider.pk, provider_state)
    # The body and provider are rows we just read or wrote: no need to look them up again.
    service.full_clean(
        exclude=["categories", "needs", "areas", "responsible_body", "provider"],
        validate_unique=False,
        validate_constraints=False,
    )
    for name in ("routes", "locations", "times"):
        for order, row in enumerate(children[name]):
            row.service, row.sort_order = service, order
            row.full_clean(exclude=["service"], validate_unique=False, validate_constraints=False)
    service.save()
    if existing is not None:
        for through in THROUGH:
            through.objects.filter(service=service).delete()
        for manager in (service.referral_routes, service.locations, service.opening_times):
            manager.all().delete()
    pending.add(
        Service.categories.through(service=service, category=c) for c in children["categories"]
    )
    pending.add(Service.needs.through(service=service, need=n) for n in children["needs"])
    pending.add(Service.areas.through(service=service, area=a) for a in children["areas"])
    for name in ("routes", "locations", "times"):
        pending.add(children[name])
    if modified is not None:  # keep the publisher's date, so a round trip changes nothing
        service.updated_at = modified
    record.terms["services"].add(service.pk)
    record.terms["slugs"].add(service.slug)
    return service, "created" if existing is None else "updated"


def reason_for(error: Exception) -> str:
    if isinstance(error, ValidationError):
        if hasattr(error, "message_dict"):
            field_name, messages = next(iter(error.message_dict.items()))
            return f"{field_name}: {messages[0]}"
        return "; ".join(error.messages)
    return str(error)


def lookups() -> dict:
    """What every record is matched against, read once for the whole file."""
    categories, bodies = list(Category.objects.all()), list(ResponsibleBody.objects.all())
    needs = [*Need.objects.all(), ANY_NEED_TERM]
    organisations = list(Organisation.objects.all())
    return {
        # By slug (taxonomy_term.term) or by id (taxonomy_term_id).
        "category": {key: c for c in categories for key in (c.slug, str(c.pk))},
        "need": {key: n for n in needs for key in (n.slug, str(n.pk))},
        "responsible_body": {key: b for b in bodies for key in (b.slug, str(b.pk))},
        "body_ids": {b.pk for b in bodies},
        "areas": {a.slug: a for a in Area.objects.all()},
        "organisations": {o.pk: o for o in organisations},
        "organisation_states": {o.pk: organisation_state(o) for o in organisations},
        "services": set(Service.objects.values_list("pk", flat=True)),
        "slugs": set(Service.objects.values_list("slug", flat=True)),
    }


@contextlib.contextmanager
def bulk_writes():
    """No per-row cache invalidation, search indexing or reference tracking:
    ``refresh_indexes`` does the last two in bulk afterwards."""
    indexed = (Service, Organisation)
    for model in indexed:
        post_save.disconnect(search_index_on_save, sender=model)
    try:
        with invalidation_suspended(), disable_reference_index_auto_update(), vectors_deferred():
            yield
    finally:
        for model in indexed:
            post_save.connect(search_index_on_save, sender=model)


def refresh_indexes(created: list, updated: list, *, chunk: int = 500) -> None:
    """Wagtail's search index (admin search) and reference index (where each
    responsible body and provider is used) for the imported services, a chunk
    at a time. A new service has no references yet, so its rows are written in
    bulk; an updated one goes through Wagtail's own diff."""
    backends = list(get_search_backends())
    content_type = ContentType.objects.get_for_model(Service)
    ids = [*created, *updated]
    created = set(created)
    for start in range(0, len(ids), chunk):
        services = list(
            # Everything the two indexes read, so neither queries per service.
            Service.objects.filter(pk__in=ids[start : start + chunk]).prefetch_related(
                "categories", "needs", "areas", "referral_routes", "locations", "opening_times"
            )
        )
        for backend in backends:
            backend.add_bulk(Service, services)
        rows = []
        for service in services:
            if str(service.pk) not in created:
                ReferenceIndex.create_or_update_for_object(service)
                continue
            rows += [
                ReferenceIndex(
                    content_type=content_type,
                    base_content_type=content_type,
                    object_id=str(service.pk),
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
                for to_content_type_id, to_object_id, model_path, content_path in set(
                    ReferenceIndex._extract_references_from_object(service)
                )
            ]
        ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)
    organisations = list(Organisation.objects.all())
    for backend in backends:
        backend.add_bulk(Organisation, organisations)


def import_services(
    records: Iterable,
    *,
    default_body: ResponsibleBody | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Upsert each record by id in its own savepoint. With ``dry_run`` the same
    checks run and the same report comes back, and nothing is kept."""
    report = ImportReport()
    terms = lookups()
    seen: set[str] = set()
    stamped: list[Service] = []
    pending = PendingRows()
    with transaction.atomic():
        with bulk_writes():
            for index, data in enumerate(records):
                report.total += 1
                record_id = str(data.get("id", "")) if isinstance(data, dict) else ""
                try:
                    record = Record(data, default_body=default_body, terms=terms)
                    if record_id in seen:
                        raise Rejected("the same id appears earlier in the file")
                    with transaction.atomic():
                        service, outcome = save_record(record, pending)
                except (Rejected, ValidationError, ValueError, TypeError) as error:
                    report.rejected.append(Rejection(index, record_id, reason_for(error)))
                except IntegrityError as error:
                    reason = str(error).splitlines()[0] if str(error) else "a database rule"
                    report.rejected.append(Rejection(index, record_id, f"refused: {reason}"))
                else:
                    seen.add(record_id)
                    getattr(report, outcome).append(str(service.pk))
                    report.notes += [f"record {index} ({record_id}): {n}" for n in record.notes]
                    if record.saved_provider is not None:
                        provider_id, state = record.saved_provider
                        terms["organisation_states"][provider_id] = state
                    if outcome != "unchanged":
                        stamped.append(service)
                if progress is not None:
                    progress(index + 1)
                if report.total % FLUSH_EVERY == 0:
                    pending.write()
            pending.write()
            # The publishers' modification times, which a save would overwrite.
            Service.objects.bulk_update(stamped, ["updated_at"], batch_size=500)
        for start in range(0, len(stamped), 1000):
            chunk = [service.pk for service in stamped[start : start + 1000]]
            update_search_vectors(Service.objects.filter(pk__in=chunk))
        if dry_run:
            transaction.set_rollback(True)
    if not dry_run and stamped:
        refresh_indexes(report.created, report.updated)
        add_search_words(service_search_text(service) for service in stamped if service.live)
        directory_changed()
    return report
