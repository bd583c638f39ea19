"""Bring services in from Open Referral UK 3.0 JSON (``service_full`` shape).

Records are upserted by id, read from the file as it is imported
(``stream_records``) and written in batches (``import_services``): a record
that fails writes nothing and is reported with its index, id and reason; the
others go in. Categories, needs and responsible bodies are matched by their ``attributes``
(``taxonomy_term.term`` is the slug, or ``taxonomy_term_id`` the id; the needs
taxonomy's ``any-need`` term marks a service for any need), organisations by id. Fields we write in
the extra ``local_offer`` object and ``referral_routes`` array come back
exactly; from other publishers the ORUK fields are mapped as well as they go.

Nothing in a file is trusted. Rich text is cleaned to what the editor could
have typed (``rich_text``). Every text a record can set has a limit: its model
field's ``max_length``, the same one the editor's form keeps to.
A record with a field over its limit, of the wrong type, nested more than
``MAX_NESTING`` levels deep, or with text that is not clean Unicode (a control
character, a NUL, a byte that is not UTF-8, a lone surrogate) is rejected with
a reason naming the field; the rest of the file goes in. Only a file that
cannot be read at all raises ``ImportFileError``, with one line.
"""

import codecs
import contextlib
import datetime
import gc
import itertools
import json
import math
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import DataError, IntegrityError, transaction
from django.db.models.signals import post_save
from django.db.models.sql.subqueries import InsertQuery
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.encoding import force_str
from django.utils.html import escape
from django.utils.text import slugify
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresSearchBackend,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from modelsearch.utils import get_content_type_pk
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from .actions import add_word_counts, service_search_text, word_counts
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
    add_months,
)
from .oruk import ANY_NEED_TERM, WEEKDAYS
from .rich_text import clean_service_description
from .search import full_text_search_available, search_document, vectors_deferred

FLUSH_EVERY = 500
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


# The file is read this much at a time; a record longer than this is read in
# bigger pieces until it is whole.
READ_SIZE = 1 << 20
DECODER = json.JSONDecoder()
WHITESPACE = re.compile(r"[ \t\n\r]*")
# How near the end of what has been read a decoding error may be and still
# mean only that the value goes on in the next piece ("tru" of "true").
CUT_OFF = 32
NESTED_TOO_DEEPLY = (
    "The file is nested too deeply to read: a service may be at most "
    f"{MAX_NESTING} levels of objects and arrays deep."
)
NOT_UTF8 = "The file is not valid JSON: it is not UTF-8 text."


class JSONText:
    """A JSON file's text, read a piece at a time: ``buffer[pos:]`` is what
    has been read and not yet parsed, so memory holds one piece and the value
    being read, never the whole file. Values are parsed by the standard
    library's decoder, so a record reads exactly as ``json.loads`` reads it."""

    def __init__(self, source: IO | str | bytes):
        self.bytes_read = 0  # for progress
        self.eof = False
        self.decoder = None
        # Characters, lines and the start of the last line before ``buffer``, for messages.
        self.base = self.lines = self.line_start = 0
        self.buffer, self.pos = "", 0
        if isinstance(source, str | bytes):
            self.source = None
            self.buffer = self.decode(source, final=True)
            self.eof = True
        else:
            self.source = source
            self.more()
        if self.buffer.startswith("\ufeff"):
            self.pos = 1

    def decode(self, chunk: str | bytes, *, final: bool) -> str:
        """Bytes as text. A byte that is not UTF-8 inside a string becomes a
        lone surrogate, so only the record holding it is rejected
        (``check_record``); outside a string it makes the JSON invalid."""
        if isinstance(chunk, str):
            return chunk
        self.bytes_read += len(chunk)
        if self.decoder is None:
            encoding = json.detect_encoding(chunk)
            errors = "surrogateescape" if encoding.startswith("utf-8") else "strict"
            self.decoder = codecs.getincrementaldecoder(encoding)(errors)
        try:
            return self.decoder.decode(chunk, final)
        except UnicodeDecodeError:
            raise ImportFileError(NOT_UTF8) from None

    def more(self, size: int = READ_SIZE) -> bool:
        """Read the next piece onto the unparsed text; False at the end."""
        if self.eof:
            return False
        try:
            chunk = self.source.read(size)
        except UnicodeDecodeError:  # a text-mode file that is not UTF-8
            raise ImportFileError(NOT_UTF8) from None
        text = self.decode(chunk, final=not chunk)
        if not chunk:
            self.eof = True
        if not text:
            return not self.eof
        parsed = self.buffer[: self.pos]
        if (newline := parsed.rfind("\n")) != -1:
            self.lines += parsed.count("\n")
            self.line_start = self.base + newline + 1
        self.base += len(parsed)
        self.buffer = self.buffer[len(parsed) :] + text
        self.pos = 0
        return True

    def error(self, message: str, pos: int) -> ImportFileError:
        newline = self.buffer.rfind("\n", 0, pos)
        line = self.lines + self.buffer.count("\n", 0, pos) + 1
        line_start = self.base + newline + 1 if newline != -1 else self.line_start
        column = self.base + pos - line_start + 1
        return ImportFileError(
            f"The file is not valid JSON: {message}: line {line} column {column} "
            f"(char {self.base + pos})"
        )

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end."""
        while True:
            self.pos = WHITESPACE.match(self.buffer, self.pos).end()
            if self.pos < len(self.buffer) or not self.more():
                return self.buffer[self.pos : self.pos + 1]

    def take(self, expected: str, message: str) -> None:
        if self.peek() != expected:
            raise self.error(message, self.pos)
        self.pos += 1

    def value(self):
        """The next JSON value, read in as many pieces as it spans."""
        size = READ_SIZE
        self.peek()
        while True:
            try:
                value, end = DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                cut = error.pos >= len(self.buffer) - CUT_OFF or error.msg.startswith(
                    "Unterminated string"
                )
                if cut and self.more(size):
                    size *= 2  # a long record: fewer, bigger reads
                    continue
                raise self.error(error.msg, error.pos) from None
            except RecursionError:
                raise ImportFileError(NESTED_TOO_DEEPLY) from None
            except ValueError:  # an integer longer than Python converts (4,300 digits)
                raise ImportFileError(
                    "The file is not valid JSON: a number in the file is too long."
                ) from None
            if end == len(self.buffer) and self.more(size):
                continue  # a number or word may go on in the next piece
            self.pos = end
            return value

    def items(self) -> Iterator:
        """The values of the array whose "[" was just read."""
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self.peek() == "]":
                self.pos += 1
                return
            self.take(",", "Expecting ',' delimiter")

    def end(self) -> None:
        if self.peek():
            raise self.error("Extra data", self.pos)


def stream_records(source: "IO | str | bytes | JSONText") -> Iterator:
    """The records of a JSON array, of a list envelope's ``contents`` (a page
    of the ORUK API, which may have other fields before or after it), or a
    single service on its own, one at a time: memory holds one piece of the
    file and one record, whatever the file's size.

    A file that cannot be read raises ``ImportFileError`` with one line, when
    the reading reaches the problem: ``import_services`` rolls back everything
    the file wrote before it, so such a file still writes nothing."""
    text = source if isinstance(source, JSONText) else JSONText(source)
    shape_error = ImportFileError(
        "The file must hold a JSON array of services, or a list with 'contents'."
    )
    first = text.peek()
    if first == "[":
        text.pos += 1
        yield from text.items()
        text.end()
        return
    if first != "{":
        text.value()
        text.end()
        raise shape_error
    text.pos += 1
    fields, streamed = {}, False
    if text.peek() == "}":
        text.pos += 1
    else:
        while True:
            if text.peek() != '"':
                raise text.error("Expecting property name enclosed in double quotes", text.pos)
            key = text.value()
            text.take(":", "Expecting ':' delimiter")
            if key == "contents" and text.peek() == "[" and not streamed:
                text.pos += 1
                streamed = True
                yield from text.items()
            else:
                fields[key] = text.value()
            if text.peek() == "}":
                text.pos += 1
                break
            text.take(",", "Expecting ',' delimiter")
    text.end()
    if streamed:
        return
    if "id" in fields and "name" in fields:
        yield fields  # one service on its own
        return
    raise shape_error


def read_records(source: IO | str | bytes) -> list:
    """Every record at once, for files known to be small (an upload, the
    demo's); ``stream_records`` reads a file of any size."""
    return list(stream_records(source))


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
    """The longest text an import may put in ``model``'s field ``name``: the
    field's own ``max_length``, which the editor's form keeps to as well."""
    return model._meta.get_field(name).max_length


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

    def add_children(self, service: Service, children: dict) -> None:
        """A service's link rows (categories, needs, areas) and child rows
        (routes, locations, times), from the ``children`` ``Record.build``
        made for it (``check`` has set the child rows' service and order)."""
        self.add(
            Service.categories.through(service=service, category=c) for c in children["categories"]
        )
        self.add(Service.needs.through(service=service, need=n) for n in children["needs"])
        self.add(Service.areas.through(service=service, area=a) for a in children["areas"])
        for name in ("routes", "locations", "times"):
            self.add(children[name])

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


def stored_states(ids: list) -> dict:
    """``stored_state`` of each of these services already here, in a few
    queries for the lot: {id: (service, state)}."""
    services = {service.pk: service for service in Service.objects.filter(pk__in=ids)}
    if not services:
        return {}
    links = []
    for through, column in zip(THROUGH, ("category_id", "need_id", "area_id"), strict=True):
        found: dict = {}
        for service_id, term_id in through.objects.filter(service_id__in=services).values_list(
            "service_id", column
        ):
            found.setdefault(service_id, set()).add(term_id)
        links.append(found)
    children = []
    for model, names in CHILD_FIELDS.values():
        found = {}
        rows = (
            model.objects.filter(service_id__in=services)
            .order_by("sort_order", "pk")
            .values_list("service_id", *names)
        )
        for service_id, *values in rows:
            found.setdefault(service_id, []).append(tuple(values))
        children.append(found)
    return {
        pk: (
            service,
            (
                tuple(getattr(service, name) for name in RECORD_FIELDS),
                *(frozenset(found.get(pk, ())) for found in links),
                *(found.get(pk, []) for found in children),
            ),
        )
        for pk, service in services.items()
    }


@dataclass
class Checked:
    """A record that passed every check, with what it will write."""

    index: int
    shown_id: str
    data: dict
    record: Record
    service: Service
    children: dict
    outcome: str  # created, updated or unchanged
    modified: datetime.datetime | None
    provider_state: tuple | None
    new_slug: bool = False  # its slug was free until this record took it


def check(record: Record, stored: tuple | None) -> tuple[Service, dict, str]:
    """Build one record's service and rows and check them all, writing
    nothing: says whether it would be ``created``, ``updated`` or
    ``unchanged`` (the same as the service here and its provider, so
    importing a file twice writes nothing). Uniqueness and check constraints
    are left to the database (``write_batch``): checking them here would cost
    a query each."""
    existing, before = stored or (None, None)
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
        return service, children, "unchanged"
    if service.provider is not None:
        service.provider.full_clean(validate_unique=False, validate_constraints=False)
    # The body and provider are rows we just read or built: no need to look them up again.
    service.full_clean(
        exclude=["categories", "needs", "areas", "responsible_body", "provider"],
        validate_unique=False,
        validate_constraints=False,
    )
    for name in ("routes", "locations", "times"):
        for order, row in enumerate(children[name]):
            row.service, row.sort_order = service, order
            row.full_clean(exclude=["service"], validate_unique=False, validate_constraints=False)
    service.review_due = add_months(service.last_reviewed, service.review_interval_months)
    return service, children, "created" if existing is None else "updated"


# Service columns a record writes, for updating many at once.
UPDATED_FIELDS = [*RECORD_FIELDS, "review_due", "updated_at"]


def write_batch(batch: list[Checked], terms: dict) -> None:
    """Write the checked records of a batch in a few statements a table. Its
    providers first (new ones created, changed ones updated), then services,
    then their child and link rows (an updated service's old rows go first)."""
    written = [item for item in batch if item.outcome != "unchanged"]
    providers = {}
    for item in written:
        if item.service.provider is not None:
            # As the last record naming it left it when it passed its checks
            # (a later record may have changed the shared object, then failed).
            provider = item.service.provider
            for name, value in zip(ORGANISATION_FIELDS, item.provider_state, strict=True):
                setattr(provider, name, value)
            providers[provider.pk] = provider
    stored = terms["organisation_states"]
    Organisation.objects.bulk_create([o for pk, o in providers.items() if pk not in stored])
    changed = [
        o for pk, o in providers.items() if pk in stored and stored[pk] != organisation_state(o)
    ]
    Organisation.objects.bulk_update(changed, ORGANISATION_FIELDS)
    Service.objects.bulk_create([item.service for item in written if item.outcome == "created"])
    updated = [item.service for item in written if item.outcome == "updated"]
    if updated:
        now = timezone.now()
        for service in updated:
            service.updated_at = now
        Service.objects.bulk_update(updated, UPDATED_FIELDS)
        ids = [service.pk for service in updated]
        for model in (*THROUGH, ReferralRoute, ServiceLocation, OpeningTime):
            model.objects.filter(service_id__in=ids).delete()
    rows = PendingRows()
    for item in written:
        rows.add_children(item.service, item.children)
    rows.write()
    # Keep the publishers' modification times, so a round trip changes nothing.
    stamped = []
    for item in written:
        if item.modified is not None:
            item.service.updated_at = item.modified
            stamped.append(item.service)
    Service.objects.bulk_update(stamped, ["updated_at"])


def save_record(record: Record, pending: PendingRows) -> tuple[Service, str]:
    """Check and write one record on its own, child and link rows to
    ``pending``: for a batch the database refused as a whole, so that only
    the record it refused is rejected."""
    service_id = record.id()
    stored = (
        stored_states([service_id]).get(service_id)
        if service_id in record.terms["services"]
        else None
    )
    service, children, outcome = check(record, stored)
    if outcome == "unchanged":
        return service, outcome
    if service.provider is not None:
        service.provider.save()
        # Known to be stored once the record's savepoint is kept (import_services).
        record.saved_provider = (service.provider, organisation_state(service.provider))
    service.save()
    if stored is not None:
        for through in THROUGH:
            through.objects.filter(service=service).delete()
        for manager in (service.referral_routes, service.locations, service.opening_times):
            manager.all().delete()
    pending.add_children(service, children)
    modified = record.last_modified()
    if modified is not None:
        Service.objects.filter(pk=service.pk).update(updated_at=modified)
        service.updated_at = modified
    record.terms["services"].add(service.pk)
    record.terms["slugs"].add(service.slug)
    return service, outcome


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


class SearchIndexWriter:
    """Wagtail's admin search index (modelsearch's ``IndexEntry``) for many
    objects at once, as ``backend.add_bulk`` writes it, at a fraction of the
    cost on PostgreSQL: that backend builds and compiles a Django expression
    for every text of every object, most of an import's time. Here each
    shape of vector (its weights, in order) is compiled once by modelsearch's
    own code, and only the texts change from object to object, so the SQL is
    the same as ``add_bulk``'s (a test compares the rows). Other backends
    (SQLite's) go through ``add_bulk``. The title norms, which every new entry
    changes, are refreshed once, by ``finish``."""

    def __init__(self):
        self.backends = list(get_search_backends())
        self.templates: dict = {}
        self.indexes: list = []

    def add(self, model, objects: list) -> None:
        for backend in self.backends:
            if not isinstance(backend, PostgresSearchBackend):
                backend.add_bulk(model, objects)
                continue
            index = backend.get_index_for_model(model)
            if index not in self.indexes:
                self.indexes.append(index)
            if objects and model.get_search_fields():
                self.write(index, backend, model, objects)

    def finish(self) -> None:
        for index in self.indexes:
            index._refresh_title_norms()

    def vector(self, indexer, compiler, name: str, texts: list, autocomplete: bool) -> tuple:
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        key = (name, tuple(weight for _, weight in texts), autocomplete)
        if key not in self.templates:
            stand_ins = [f"\x00{number}" for number in range(len(texts))]
            expression = indexer.as_vector(
                list(zip(stand_ins, key[1], strict=True)), for_autocomplete=autocomplete
            )
            value = compiler.prepare_value(IndexEntry._meta.get_field(name), expression)
            sql, params = value.as_sql(compiler, compiler.connection)
            slots = [stand_ins.index(p) if p in stand_ins else None for p in params]
            self.templates[key] = (sql, list(params), slots)
        sql, params, slots = self.templates[key]
        return sql, [
            p if slot is None else texts[slot][0] for p, slot in zip(params, slots, strict=True)
        ]

    def write(self, index, backend, model, objects: list) -> None:
        connection = index.write_connection
        compiler = InsertQuery(IndexEntry).get_compiler(connection=connection)
        indexer = ObjectIndexer(objects[0], backend)
        content_type_pk = get_content_type_pk(model)
        values, params = [], []
        for obj in objects:
            title, body, autocomplete = [], [], []
            for search_field in indexer.search_fields:
                for found, weight, text in indexer.prepare_field(obj, search_field):
                    if isinstance(found, AutocompleteField):
                        autocomplete.append((text, weight))
                    elif isinstance(found, SearchField):
                        (title if found.field_name == "title" else body).append((text, weight))
            row = [content_type_pk, force_str(obj.pk)]
            sqls = []
            for name, texts, for_autocomplete in (
                ("title", title, False),
                ("autocomplete", autocomplete, True),
                ("body", body, False),
            ):
                sql, vector_params = self.vector(indexer, compiler, name, texts, for_autocomplete)
                sqls.append(sql)
                row += vector_params
            row += [
                " ".join(t.strip() for t, _ in title if t.strip()),
                " ".join(t.strip() for t, _ in body if t.strip()),
            ]
            values.append(f"(%s, %s, {sqls[0]}, {sqls[1]}, {sqls[2]}, 1.0, %s, %s)")
            params += row
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, "
                "autocomplete, body, title_norm, title_text, body_text) "
                f"(VALUES {', '.join(values)}) "
                "ON CONFLICT (content_type_id, object_id) "
                "DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )


def refresh_indexes(
    created: list, updated: list, writer: SearchIndexWriter, *, chunk: int = 500
) -> None:
    """Wagtail's search index (admin search) and reference index (where each
    responsible body and provider is used) for the imported services, a chunk
    at a time. A new service has no references yet, so its rows are written in
    bulk; an updated one goes through Wagtail's own diff."""
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
        writer.add(Service, services)
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


# Whatever a record holds, these are its own problem, never the file's.
RECORD_ERRORS = (
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
)


@dataclass
class ImportRun:
    """What an import keeps from batch to batch: nothing that grows with the
    file but the report's ids and the ids and slugs taken."""

    report: ImportReport
    terms: dict
    default_body: ResponsibleBody | None
    dry_run: bool
    index: SearchIndexWriter
    seen: set = field(default_factory=set)
    words: Counter = field(default_factory=Counter)
    written: bool = False


def import_services(
    records: Iterable,
    *,
    default_body: ResponsibleBody | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Upsert each record by id, ``FLUSH_EVERY`` at a time: each record is
    checked in full on its own and a record that fails is rejected; those
    that pass are written together (``write_batch``). If the database still
    refuses a batch, its records are written one by one, each in its own
    savepoint, so only the one it refuses is rejected. Search vectors, the
    admin's search and reference indexes and the spelling vocabulary follow
    each batch in bulk. ``records`` is read as it goes (``stream_records``),
    so memory holds one batch whatever the file's size.

    Everything is one transaction: a file found unreadable part way
    (``ImportFileError``) keeps nothing, like one that cannot be read at
    all. With ``dry_run`` the same checks run and the same report comes back,
    and nothing is kept."""
    run = ImportRun(ImportReport(), lookups(), default_body, dry_run, SearchIndexWriter())
    records = iter(records)
    with transaction.atomic():
        with bulk_writes():
            while batch := list(itertools.islice(records, FLUSH_EVERY)):
                import_batch(run, batch, progress)
                # A batch's model instances hold each other in cycles: let
                # them go now, or memory grows until the collector runs.
                del batch
                gc.collect()
            if run.written and not dry_run:
                run.index.finish()
                add_word_counts(run.words)
        if run.written:
            # In the import's own transaction: every process sees the new
            # services and forgets its cached pages at the same moment.
            directory_changed()
        if dry_run:
            transaction.set_rollback(True)
    run.report.rejected.sort(key=lambda rejection: rejection.index)
    return run.report


def import_batch(run: ImportRun, batch: list, progress: Callable[[int], None] | None) -> None:
    report, terms = run.report, run.terms
    start = report.total
    ids = []
    for data in batch:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            ids.append(uuid.UUID(data.get("id")))
    stored = stored_states([pk for pk in ids if pk in terms["services"]])
    checked = []
    for index, data in enumerate(batch, start=start):
        report.total += 1
        shown_id = record_id(data)
        try:
            record = Record(data, default_body=run.default_body, terms=terms)
            record.index, record.shown_id = index, shown_id
            if shown_id in run.seen:
                raise Rejected("the same id appears earlier in the file")
            service, children, outcome = check(record, stored.get(record.id()))
        except RECORD_ERRORS as error:
            report.rejected.append(Rejection(index, shown_id, reason_for(error)))
        else:
            run.seen.add(shown_id)
            provider = service.provider
            checked.append(
                Checked(
                    index,
                    shown_id,
                    data,
                    record,
                    service,
                    children,
                    outcome,
                    record.last_modified(),
                    organisation_state(provider) if provider is not None else None,
                )
            )
            # Later records see this one as written: its id, slug and provider.
            if outcome == "created":
                terms["services"].add(service.pk)
            if service.slug not in terms["slugs"]:
                terms["slugs"].add(service.slug)
                checked[-1].new_slug = True
            if provider is not None:
                terms["organisations"].setdefault(provider.pk, provider)
        if progress is not None:
            progress(index + 1)
    try:
        with transaction.atomic():
            write_batch(checked, terms)
    except (IntegrityError, DataError):
        done = write_one_by_one(run, checked)
    else:
        done = [(item.service, item.outcome, item.record) for item in checked]
        for item in checked:
            if item.service.provider is not None and item.outcome != "unchanged":
                item.record.saved_provider = (item.service.provider, None)
    providers = {}
    for _, _, record in done:
        if record.saved_provider is not None:
            provider = record.saved_provider[0]
            providers[provider.pk] = provider
            terms["organisations"][provider.pk] = provider
            terms["organisation_states"][provider.pk] = organisation_state(provider)
    indexed = {"created": [], "updated": []}
    for service, outcome, record in done:
        getattr(report, outcome).append(str(service.pk))
        report.notes += [f"record {record.index} ({record.shown_id}): {n}" for n in record.notes]
        if outcome != "unchanged":
            indexed[outcome].append(service)
    written = [*indexed["created"], *indexed["updated"]]
    if not written:
        return
    run.written = True
    if run.dry_run:
        return
    refresh_search_vectors([service.pk for service in written])
    run.index.add(Organisation, list(providers.values()))
    refresh_indexes(
        [str(s.pk) for s in indexed["created"]],
        [str(s.pk) for s in indexed["updated"]],
        run.index,
    )
    run.words += word_counts(service_search_text(service) for service in written if service.live)


def write_one_by_one(run: ImportRun, checked: list[Checked]) -> list:
    """Write a batch the database refused one record at a time, each in its
    own savepoint, after forgetting what the batch had taken for itself."""
    terms = run.terms
    for item in checked:
        run.seen.discard(item.shown_id)
        if item.outcome == "created":
            terms["services"].discard(item.service.pk)
        if item.new_slug:
            terms["slugs"].discard(item.service.slug)
    for pk in [pk for pk in terms["organisations"] if pk not in terms["organisation_states"]]:
        del terms["organisations"][pk]
    done = []
    for item in checked:
        record = Record(item.data, default_body=run.default_body, terms=terms)
        record.index, record.shown_id = item.index, item.shown_id
        pending = PendingRows()
        try:
            if item.shown_id in run.seen:
                raise Rejected("the same id appears earlier in the file")
            with transaction.atomic():
                service, outcome = save_record(record, pending)
                pending.write()
        except RECORD_ERRORS as error:
            run.report.rejected.append(Rejection(item.index, item.shown_id, reason_for(error)))
            continue
        run.seen.add(item.shown_id)
        done.append((service, outcome, record))
    return done


def refresh_search_vectors(ids: list) -> None:
    """The services' full-text search vectors (``services.search``), in one
    UPDATE: written in bulk, they were not built as they were saved."""
    queryset = Service.objects.filter(pk__in=ids)
    if full_text_search_available(queryset.db):
        queryset.update(search_vector=search_document(Service))
