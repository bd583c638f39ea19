"""Bring services in from Open Referral UK 3.0 JSON (``service_full`` shape).

Records are upserted by id, each in its own savepoint: a record that fails
writes nothing and is reported with its index, id and reason; the others go
in. Categories, needs and responsible bodies are matched by their ``attributes``
(``taxonomy_term.term`` is the slug, or ``taxonomy_term_id`` the id; the needs
taxonomy's ``any-need`` term marks a service for any need), organisations by id. Fields we write in
the extra ``local_offer`` object and ``referral_routes`` array come back
exactly; from other publishers the ORUK fields are mapped as well as they go.

Nothing in a file is trusted. Rich text is cleaned to what the editor could
have typed (``rich_text``). Every text a record can set has a limit: a model
field's ``max_length``, or for text fields, which have none, ``TEXT_LIMITS``.
A record with a field over its limit, of the wrong type, nested more than
``MAX_NESTING`` levels deep, or with text that is not clean Unicode (a control
character, a NUL, a byte that is not UTF-8, a lone surrogate) is rejected with
a reason naming the field; the rest of the file goes in. Only a file that
cannot be read at all raises ``ImportFileError``, with one line.
"""

import contextlib
import datetime
import json
import math
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import DataError, IntegrityError, transaction
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
from .rich_text import clean_service_description
from .search import update_search_vectors, vectors_deferred

FLUSH_EVERY = 500
# The longest text an import may put in a field without a max_length: far above
# any real entry (the demo's longest description is under 600 characters), and
# small enough that a service's search document stays well below PostgreSQL's
# 1 MB tsvector limit. Fields with a max_length take theirs (``limit``).
DESCRIPTION_LIMIT = 20_000
TEXT_LIMITS = {
    (Service, "description"): DESCRIPTION_LIMIT,  # ORUK description and description_html
    (Service, "eligibility"): 5_000,
    (Service, "cost_description"): 2_000,
    (Service, "opening_times_notes"): 2_000,
    (Organisation, "description"): 5_000,
    (ReferralRoute, "who_can_refer"): 5_000,  # also application_process
    (ReferralRoute, "what_to_include"): 5_000,
    (ServiceLocation, "address"): 1_000,
    (ServiceLocation, "accessibility"): 2_000,
}
# Objects and arrays inside one record: ours go 6 deep.
MAX_NESTING = 32
# C0 and C1 control characters but tab, newline and carriage return; DEL.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A lone surrogate: from a JSON escape, or a byte that was not UTF-8 (read_records).
SURROGATE = re.compile(r"[\ud800-\udfff]")
UNCLEAN = re.compile(f"{CONTROL_CHARACTER.pattern}|{SURROGATE.pattern}")


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


def decoded(raw: bytes) -> str:
    """The file's text. A byte that is not UTF-8 inside a string becomes a lone
    surrogate, so only the record holding it is rejected (``check_record``);
    outside a string it makes the JSON invalid."""
    encoding = json.detect_encoding(raw)
    if encoding.startswith("utf-8"):
        return raw.decode(encoding, "surrogateescape")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError("The file is not valid JSON: it is not UTF-8 text.") from None


def read_records(source: IO | str | bytes) -> list:
    """The records of a JSON array, or of a list envelope's ``contents``.
    A file that cannot be read raises ``ImportFileError`` with one line."""
    try:
        content = source.read() if hasattr(source, "read") else source
    except UnicodeDecodeError:
        raise ImportFileError("The file is not valid JSON: it is not UTF-8 text.") from None
    content = decoded(content) if isinstance(content, bytes) else content.removeprefix("\ufeff")
    try:
        data = json.loads(content)
    except RecursionError:
        raise ImportFileError(
            "The file is nested too deeply to read: a service may be at most "
            f"{MAX_NESTING} levels of objects and arrays deep."
        ) from None
    except json.JSONDecodeError as error:
        raise ImportFileError(f"The file is not valid JSON: {error}") from None
    except ValueError:  # an integer longer than Python converts (4,300 digits)
        raise ImportFileError(
            "The file is not valid JSON: a number in the file is too long."
        ) from None
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


def shown(value, length: int = 40) -> str:
    """A value from the file as a reason or note may quote it."""
    if value is None:
        return ""
    value = str(value) if isinstance(value, str | int | float) else type(value).__name__
    return value if len(value) <= length else value[: length - 1] + "…"


def check_characters(value: str, name: str) -> None:
    if not UNCLEAN.search(value):
        return
    if found := CONTROL_CHARACTER.search(value):
        raise Rejected(f"{name} holds a control character (U+{ord(found.group()):04X})")
    found = SURROGATE.search(value)
    raise Rejected(
        f"{name} is not valid UTF-8: a byte that is not UTF-8, or a lone surrogate, "
        f"at character {found.start() + 1:,}"
    )


def check_record(data: dict) -> None:
    """Reject a record nested too deeply or holding text that is not clean
    Unicode, wherever it is (read by us or not). Iterative, so no depth of
    nesting can exhaust the stack; a path is spelled out only for a reason."""
    stack: list[tuple[dict | list, tuple, int]] = [(data, (), 0)]
    while stack:
        container, path, depth = stack.pop()
        if depth >= MAX_NESTING:
            field_name = shown(path[0]) if path else "the record"
            raise Rejected(f"{field_name} is nested more than {MAX_NESTING} levels deep")
        pairs = (
            container.items() if isinstance(container, dict) else ((None, v) for v in container)
        )
        for key, item in pairs:
            if key is not None and UNCLEAN.search(key):
                where = ".".join(shown(k) for k in path) or "the record"
                check_characters(key, f"a field name in {where}")
            if isinstance(item, str):
                if UNCLEAN.search(item):
                    where = path if key is None else (*path, key)
                    check_characters(item, ".".join(shown(k) for k in where))
            elif isinstance(item, dict | list):
                stack.append((item, path if key is None else (*path, key), depth + 1))


def limit(model, name: str) -> int:
    """The longest text an import may put in ``model``'s field ``name``."""
    return model._meta.get_field(name).max_length or TEXT_LIMITS[(model, name)]


def text(value, name: str, *, max_length: int, required: bool = False) -> str:
    if value is None or value == "":
        if required:
            raise Rejected(f"{name} is missing")
        return ""
    if not isinstance(value, str):
        raise Rejected(f"{name} must be text")
    value = value.strip()
    if len(value) > max_length:
        raise Rejected(f"{name} is longer than {max_length:,} characters (it has {len(value):,})")
    return value


def joined(parts: list[str], separator: str, name: str, max_length: int) -> str:
    """Texts that go into one field, within that field's limit."""
    value = separator.join(part for part in parts if part)
    if len(value) > max_length:
        raise Rejected(
            f"{name} is longer than {max_length:,} characters together (they have {len(value):,})"
        )
    return value


def objects(value, name: str, noun: str) -> list[dict]:
    """An array of JSON objects, or none."""
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise Rejected(f"{name} must be a list")
    if not all(isinstance(item, dict) for item in value):
        raise Rejected(f"{name}: each {noun} must be a JSON object")
    return value


def age(value, name: str, default: int) -> int:
    if value is None:
        return default
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value != int(value)
    ):
        raise Rejected(f"{name} must be a whole number")
    return int(value)


def date_field(value, name: str) -> datetime.date | None:
    """A date, or None when the value is not one (the caller has a default);
    a date that does not exist (2025-02-30) rejects the record."""
    if not isinstance(value, str):
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise Rejected(f"{name} is not a real date: {shown(value)}") from None


def record_id(data) -> str:
    """The record's id as the report shows it, whatever the record holds."""
    value = data.get("id") if isinstance(data, dict) else None
    return shown(value, 100) if isinstance(value, str | int) and value != "" else ""


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
        check_record(data)
        self.data = data
        self.extra = data.get("local_offer") or {}
        if not isinstance(self.extra, dict):
            raise Rejected("local_offer must be a JSON object")
        self.default_body = default_body
        self.terms = terms
        self.notes: list[str] = []
        self.saved_provider: tuple | None = None  # (organisation, state) once written

    # -------------------------------------------------------------- fields
    def id(self) -> uuid.UUID:
        value = self.data.get("id")
        try:
            return uuid.UUID(value if isinstance(value, str) else "")
        except ValueError:
            raise Rejected("id is missing or not a UUID") from None

    def last_modified(self) -> datetime.datetime | None:
        """The publisher's time of change, when it gives one we can read."""
        value = self.data.get("last_modified")
        if not isinstance(value, str):
            return None
        try:
            return parse_datetime(value)
        except ValueError:
            raise Rejected(f"last_modified is not a real time: {shown(value)}") from None

    def attribute_terms(self, link_type: str) -> list:
        found = []
        for attribute in objects(self.data.get("attributes"), "attributes", "attribute"):
            if attribute.get("link_type") != link_type:
                continue
            term = attribute.get("taxonomy_term") or {}
            slug = term.get("term") if isinstance(term, dict) else None
            term_id = attribute.get("taxonomy_term_id")
            match = (self.terms[link_type].get(slug) if isinstance(slug, str) else None) or (
                self.terms[link_type].get(term_id) if isinstance(term_id, str) else None
            )
            if match is None:
                named = slug if isinstance(slug, str) else term_id
                raise Rejected(f"unknown {link_type.replace('_', ' ')} “{shown(named)}”")
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
        if org is not None and not isinstance(org, dict):
            raise Rejected("organization must be a JSON object")
        org_id = self.data.get("organization_id") or (org or {}).get("id")
        if not org_id:
            return None
        try:
            org_id = uuid.UUID(org_id if isinstance(org_id, str) else "")
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
        provider.name = text(
            org.get("name"),
            "organization.name",
            max_length=limit(Organisation, "name"),
            required=True,
        )
        provider.description = text(
            org.get("description"),
            "organization.description",
            max_length=limit(Organisation, "description"),
        )
        provider.website = text(
            org.get("website"), "organization.website", max_length=limit(Organisation, "website")
        )
        provider.email = text(
            org.get("email"), "organization.email", max_length=limit(Organisation, "email")
        )
        return provider

    def contact_phone(self) -> str:
        for contact in objects(self.data.get("contacts"), "contacts", "contact"):
            for phone in objects(contact.get("phones"), "contacts.phones", "phone"):
                if phone.get("number"):
                    return text(
                        phone["number"],
                        "contacts.phones.number",
                        max_length=limit(Service, "phone"),
                    )
        return ""

    def cost(self) -> tuple[bool, str]:
        most = limit(Service, "cost_description")
        fees = text(self.data.get("fees"), "fees", max_length=most)
        options = objects(self.data.get("cost_options"), "cost_options", "cost option")
        described = [
            text(o.get("option"), "cost_options.option", max_length=most) for o in options
        ]
        free = any(o.get("amount") == 0 or o.get("option") == "Free" for o in options)
        if fees or (options and not free):
            return False, fees or joined(described, "; ", "cost_options.option", most) or (
                "Ask the service."
            )
        return True, ""

    def opening_times(self) -> list[OpeningTime]:
        times = []
        for schedule in objects(self.data.get("schedules"), "schedules", "schedule"):
            byday = text(schedule.get("byday"), "schedules.byday", max_length=100)
            days = [d.strip() for d in byday.split(",") if d.strip()]
            opens = text(schedule.get("opens_at"), "schedules.opens_at", max_length=40)
            closes = text(schedule.get("closes_at"), "schedules.closes_at", max_length=40)
            if not (days and opens and closes):
                continue
            try:
                opens = datetime.time.fromisoformat(opens[:8])
                closes = datetime.time.fromisoformat(closes[:8])
            except ValueError:
                raise Rejected("a schedule's opens_at or closes_at is not a time") from None
            if not opens < closes:
                raise Rejected("a schedule closes before it opens")
            for day in days:
                if day not in WEEKDAYS:
                    raise Rejected(f"a schedule's byday “{shown(day, 10)}” is not a weekday")
                times.append(OpeningTime(weekday=WEEKDAYS.index(day), opens=opens, closes=closes))
        return times

    def locations(self) -> list[ServiceLocation]:
        found = []
        name = "service_at_locations"
        for item in objects(self.data.get(name), name, "service at location"):
            place = item.get("location")
            if place is None:
                continue
            if not isinstance(place, dict):
                raise Rejected(f"{name}.location must be a JSON object")
            addresses = objects(place.get("addresses"), f"{name}.location.addresses", "address")
            address = addresses[0] if addresses else {}
            postcode = text(
                address.get("postal_code"),
                f"{name}.location.addresses.postal_code",
                max_length=40,
            ).upper()
            try:
                UK_POSTCODE(postcode)
            except ValidationError:
                self.notes.append(
                    f"left out location “{shown(place.get('name'))}”: no UK postcode"
                )
                continue
            most = limit(ServiceLocation, "address")
            lines = [
                text(address.get(k), f"{name}.location.addresses.{k}", max_length=most)
                for k in ("address_1", "city")
            ]
            most = limit(ServiceLocation, "accessibility")
            accessibility = [
                text(a.get("description"), f"{name}.location.accessibility", max_length=most)
                for a in objects(
                    place.get("accessibility"), f"{name}.location.accessibility", "accessibility"
                )
            ]
            location = ServiceLocation(
                name=text(
                    place.get("name"),
                    f"{name}.location.name",
                    max_length=limit(ServiceLocation, "name"),
                )
                or lines[0][: limit(ServiceLocation, "name")]
                or postcode,
                address=joined(
                    lines, ", ", f"{name}.location.addresses", limit(ServiceLocation, "address")
                )
                or postcode,
                postcode=postcode,
                accessibility=joined(
                    accessibility,
                    "\n",
                    f"{name}.location.accessibility",
                    limit(ServiceLocation, "accessibility"),
                ),
            )
            lat, lon = place.get("latitude"), place.get("longitude")
            if all(
                isinstance(n, int | float) and not isinstance(n, bool) and math.isfinite(n)
                for n in (lat, lon)
            ):
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
        for route in objects(
            self.data.get("referral_routes"), "referral_routes", "referral route"
        ):
            routes.append(
                ReferralRoute(
                    **{
                        name: text(
                            route.get(name),
                            f"referral_routes.{name}",
                            max_length=limit(ReferralRoute, name),
                        )
                        for name in CHILD_FIELDS["routes"][1]
                    }
                )
            )
        process = text(
            self.data.get("application_process"),
            "application_process",
            max_length=limit(ReferralRoute, "who_can_refer"),
        )
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
        service.name = text(
            data.get("name"), "name", max_length=limit(Service, "name"), required=True
        )
        most = limit(Service, "description")
        summary, rest = first_paragraph(
            text(data.get("description"), "description", max_length=most)
        )
        service.summary = (
            text(extra.get("summary"), "local_offer.summary", max_length=limit(Service, "summary"))
            or summary
        )
        if not service.summary:
            service.summary = service.name
        html = text(extra.get("description_html"), "local_offer.description_html", max_length=most)
        service.description = clean_service_description(html) if html else rest
        service.minimum_age = max(age(data.get("minimum_age"), "minimum_age", 0), MINIMUM_AGE)
        service.maximum_age = min(age(data.get("maximum_age"), "maximum_age", 25), MAXIMUM_AGE)
        if service.minimum_age > MAXIMUM_AGE:
            raise Rejected("minimum_age is above 25: not for the Local Offer")
        if service.maximum_age < service.minimum_age:
            raise Rejected("maximum_age is below minimum_age")
        service.responsible_body = self.responsible_body()
        service.provider = self.provider(service.responsible_body)
        service.website = text(data.get("url"), "url", max_length=limit(Service, "website"))
        if service.website:
            try:
                URLValidator()(service.website)
            except ValidationError:
                raise Rejected("url is not a web address") from None
        service.email = text(data.get("email"), "email", max_length=limit(Service, "email"))
        if service.email:
            try:
                validate_email(service.email)
            except ValidationError:
                raise Rejected("email is not an email address") from None
        service.phone = self.contact_phone()
        service.is_free, service.cost_description = self.cost()
        service.eligibility = text(
            extra.get("eligibility"),
            "local_offer.eligibility",
            max_length=limit(Service, "eligibility"),
        )
        delivery = extra.get("delivery")
        if isinstance(delivery, list):
            for slug, name, _ in DELIVERY_METHODS:
                setattr(service, name, slug in delivery)
        most = limit(Service, "opening_times_notes")
        service.opening_times_notes = text(
            extra.get("opening_times_notes"), "local_offer.opening_times_notes", max_length=most
        ) or next(
            (
                text(s.get("notes"), "schedules.notes", max_length=most)
                for s in objects(data.get("schedules"), "schedules", "schedule")
                if s.get("notes")
            ),
            "",
        )
        reviewed = date_field(extra.get("last_reviewed"), "local_offer.last_reviewed")
        if reviewed is None:
            reviewed = date_field(data.get("assured_date"), "assured_date")
        service.last_reviewed = reviewed or datetime.date.today()
        interval = extra.get("review_interval_months")
        service.review_interval_months = (
            interval if isinstance(interval, int) and not isinstance(interval, bool) else 12
        )
        if "owner_email" in extra:  # only from our own export_oruk --with-owners
            service.owner_email = text(
                extra["owner_email"],
                "local_offer.owner_email",
                max_length=limit(Service, "owner_email"),
            )
            if service.owner_email:
                try:
                    validate_email(service.owner_email)
                except ValidationError:
                    raise Rejected("owner_email is not an email address") from None
        service.slug = self.slug(
            service,
            text(extra.get("slug"), "local_offer.slug", max_length=limit(Service, "slug")),
        )
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
            if not all(isinstance(s, str) for s in slugs):
                raise Rejected("local_offer.areas must be a list of area slugs")
            names = {a.slug: a for a in self.terms["areas"].values()}
            unknown = [s for s in slugs if s not in names]
            if unknown:
                raise Rejected(f"unknown area “{shown(unknown[0])}”")
            return [names[s] for s in slugs]
        by_name = {a.name.lower(): a for a in self.terms["areas"].values()}
        return [
            by_name[area["name"].lower()]
            for area in objects(self.data.get("service_areas"), "service_areas", "service area")
            if isinstance(area.get("name"), str) and area["name"].lower() in by_name
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
    modified = record.last_modified()
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
        # Known to be stored once the record's savepoint is kept (import_services).
        record.saved_provider = (service.provider, provider_state)
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
    if isinstance(error, IntegrityError | DataError):
        first_line = str(error).splitlines()[0] if str(error) else "a database rule"
        return f"refused: {shown(first_line, 300)}"
    if isinstance(error, Rejected):
        return str(error)
    # A shape no check above foresaw: still this record's problem, not the file's.
    return f"the record could not be read ({type(error).__name__}: {shown(str(error), 200)})"


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
                shown_id = record_id(data)
                try:
                    record = Record(data, default_body=default_body, terms=terms)
                    if shown_id in seen:
                        raise Rejected("the same id appears earlier in the file")
                    with transaction.atomic():
                        service, outcome = save_record(record, pending)
                except (
                    Rejected,
                    ValidationError,
                    IntegrityError,
                    DataError,  # the database refused a value: the savepoint undid the record
                    ValueError,
                    TypeError,
                    LookupError,
                    AttributeError,
                    ArithmeticError,
                    RecursionError,
                ) as error:
                    report.rejected.append(Rejection(index, shown_id, reason_for(error)))
                else:
                    seen.add(shown_id)
                    getattr(report, outcome).append(str(service.pk))
                    report.notes += [f"record {index} ({shown_id}): {n}" for n in record.notes]
                    if record.saved_provider is not None:
                        provider, state = record.saved_provider
                        terms["organisations"][provider.pk] = provider
                        terms["organisation_states"][provider.pk] = state
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
