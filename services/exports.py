"""The directory going out: the referral-routes table as spreadsheet rows (CSV),
and every live service as Open Referral UK 3.0 JSON."""

import json
import textwrap
from collections.abc import Callable, Iterable, Iterator

from django.db.models import QuerySet

from . import oruk, selectors
from .models import Service

HEADER = [
    "Service",
    "Service page",
    "Responsible body",
    "Route",
    "Who can refer",
    "How to refer",
    "Contact",
    "What to include",
    "Typical response time",
    "Minimum age",
    "Maximum age",
    "Last reviewed",
    "Review overdue",
]
# A cell starting with one of these is read as a formula by Excel, LibreOffice
# and Google Sheets (CSV injection); so are the full-width forms some accept.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
CHUNK = 500


def spreadsheet_safe(value) -> str:
    """The cell as text that a spreadsheet shows and never runs: a leading
    apostrophe turns a would-be formula into plain text (OWASP's advice)."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def referral_route_rows(services: QuerySet[Service], *, base_url: str) -> Iterator[list[str]]:
    """A header, then one row per listed route of each service, in the listing's
    order; a service with no route gets one row saying so. Read in chunks, so a
    long list streams in bounded memory."""
    yield HEADER
    for service in services.iterator(chunk_size=CHUNK):
        for row in service_rows(service, base_url=base_url):
            yield [spreadsheet_safe(cell) for cell in row]


def service_rows(service: Service, *, base_url: str) -> Iterable[list]:
    common = [service.name, base_url + service.get_absolute_url(), service.responsible_body.name]
    reviewed = [
        service.minimum_age,
        service.maximum_age,
        service.last_reviewed.isoformat(),
        f"Yes, due {service.review_due.isoformat()}" if service.needs_checking else "No",
    ]
    routes = service.listed_routes  # from selectors.referral_route_list
    if not routes:
        contact = service.phone or service.email or service.website
        yield [
            *common,
            "No referral route listed",
            "",
            "Contact the service",
            contact,
            "",
            "",
            *reviewed,
        ]
    for route in routes:
        yield [
            *common,
            route.get_kind_display(),
            route.who_can_refer,
            route.get_method_display(),
            route.contact,
            route.what_to_include,
            route.response_time,
            *reviewed,
        ]


def oruk_json_chunks(
    *,
    progress: Callable[[int], None] | None = None,
    with_owners: bool = False,
    indent: int | None = None,
) -> Iterator[str]:
    """A JSON array of every live service in the ``service_full`` shape, as
    pieces of text: read in chunks, so memory stays flat however many there are.

    Keys are sorted. Without ``indent`` each service is one line; with it, the
    text is what ``json.dumps(services, indent=indent, sort_keys=True)`` gives,
    for a file people read in diffs (``demo/services.json``)."""
    yield "["
    services = selectors.service_oruk().order_by("name", "pk")
    for count, service in enumerate(services.iterator(chunk_size=CHUNK), start=1):
        text = json.dumps(
            oruk.service_full(service, with_owner=with_owners),
            ensure_ascii=False,
            sort_keys=True,
            indent=indent,
        )
        if indent:
            text = textwrap.indent(text, " " * indent)
        yield ("\n" if count == 1 else ",\n") + text
        if progress is not None:
            progress(count)
    yield "\n]\n"
