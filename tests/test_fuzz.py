"""Property-based fuzzing of every public query parameter (issue 17).

Hostile values (huge and negative numbers, other scripts' digits, NUL, very
long strings, SQL and HTML metacharacters, repeated and unknown parameters,
invalid UTF-8 in percent escapes) sent to the directory, the map, the finder
and its print and CSV views, site search, a shared list and every Open
Referral endpoint: nothing answers 5xx, a 400 on a page says what is wrong,
and a 400 from the API is JSON naming the problem.

A few services are made once per test; each example only reads. On SQLite the
whole file takes well under a minute; ``HYPOTHESIS_PROFILE=fuzz-long`` runs
twenty times as many examples (by hand, on both databases). The bigint page
shows only on PostgreSQL: run this file there too (CI does).
"""

import os
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from services import oruk
from services.models import Area, Category, Need, Postcode, ResponsibleBody, ServiceLocation
from services.my_list import encode_token
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

BASE = {
    "database": None,  # nothing written to the repository (tests/conftest.py)
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    "print_blob": True,
}
settings.register_profile("fuzz", max_examples=25, **BASE)
settings.register_profile("fuzz-long", max_examples=500, **BASE)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "")
FUZZ = settings.get_profile(PROFILE if PROFILE in ("fuzz", "fuzz-long") else "fuzz")

# ---------------------------------------------------------------------- values

TRICKY_NUMBERS = [
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "1e309",
    "1e-400",
    "inf",
    "-inf",
    "nan",
    "-0",
    "00",
    "07",
    "7.0",
    "7.5",
    "+7",
    " 7 ",
    "1_0",
    "0x10",
    "٧",  # Arabic-Indic seven
    "７",  # full-width seven
    "߇",  # NKo seven
    "²",  # superscript two: str.isdigit() says yes, int() says no
    "10000",
    "10001",
    "200",
    "201",
    "25",
    "26",
    "1500000",
    "1500001",
]
METACHARACTERS = [
    "'",
    '"',
    "' OR '1'='1' --",
    "1; DROP TABLE services_service; --",
    "%",
    "%%",
    "_",
    "\\",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "${7*7}",
    "../../etc/passwd",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "\u202e",
    "\ufeff",
    "\ufffd",
    "𝟕",
    "ǅ",
    "İ",
    "ß" * 3,
    "ST4\x001AA",
]
# Text a browser can send: any character but a lone surrogate.
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
long_text = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(["x", "9", "é", "٧", "\x00", "%", " ", "a b ", "<>", "ST4 1AA "]),
    st.integers(min_value=150, max_value=6_000),
)
numbers = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.integers(min_value=-3, max_value=30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(st.characters(categories=["Nd"]), min_size=1, max_size=6),
    st.sampled_from(TRICKY_NUMBERS),
)
hostile = st.one_of(text, long_text, numbers, st.sampled_from(METACHARACTERS))
UNKNOWN_NAMES = ["utm_source", "fbclid", "", " ", "page[]", "PAGE", "Age", "age ", "\x00", "ق"]


def query(names: list[str], good: dict[str, list[str]]):
    """A query string: some known parameters with valid values (so the deeper
    paths run: a postcode with a distance and an order, a page of results), a
    few with hostile values and a few unknown ones, in any order, any of them
    possibly repeated."""
    known = st.sampled_from(names)
    valid_pair = known.filter(good.get).flatmap(
        lambda name: st.tuples(st.just(name), st.sampled_from(good[name]))
    )
    hostile_pair = st.tuples(known, hostile)
    unknown_pair = st.tuples(st.one_of(st.sampled_from(UNKNOWN_NAMES), text), hostile)
    pairs = st.builds(
        lambda *groups: [pair for group in groups for pair in group],
        st.lists(valid_pair, max_size=5),
        st.lists(hostile_pair, max_size=2),
        st.lists(unknown_pair, max_size=2),
    )
    return pairs.flatmap(st.permutations).map(urlencode)


# Pieces of a raw query string: invalid UTF-8 in percent escapes, bare and
# truncated escapes, separators, and bytes a client sent without escaping
# (WSGI hands them over as latin-1).
RAW_PIECES = [
    "page=",
    "per_page=",
    "age=",
    "ages=",
    "q=",
    "search=",
    "postcode=",
    "minimum_age=",
    "proximity=",
    "services=",
    "category=",
    "sort=",
    "%ff",
    "%fe%ff",
    "%c3%28",
    "%e2%82",
    "%f0%9f%92",
    "%ed%a0%80",  # an encoded surrogate
    "%c0%af",  # an overlong slash
    "%",
    "%2",
    "%zz",
    "%00",
    "%0a",
    "%25",
    "%2B",
    "%26",
    "%3D",
    "&",
    "&&",
    "=",
    "==",
    ";",
    "+",
    "7",
    "9" * 30,
    "\xff",
    "\xc3(",
    "é",
]
raw_query = st.lists(st.sampled_from(RAW_PIECES), max_size=14).map("".join)

# ---------------------------------------------------------------------- pages

DIRECTORY_PARAMETERS = [
    "q",
    "age",
    "ages",
    "category",
    "need",
    "body",
    "area",
    "referral",
    "delivery",
    "free",
    "postcode",
    "distance",
    "sort",
    "page",
]
DIRECTORY_PAGES = [
    "/services/",
    "/services/map/",
    "/professionals/",
    "/professionals/print/",
    "/professionals/referral-routes.csv",
]
API_LISTS = {
    "/api/oruk/services": [
        "search",
        "page",
        "per_page",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "minimum_age",
        "maximum_age",
        "full",
        "format",
        "minimal",
    ],
    "/api/oruk/service_at_locations": [
        "search",
        "page",
        "per_page",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "minimum_age",
        "maximum_age",
        "full",
        "format",
        "postcode",
        "proximity",
    ],
    "/api/oruk/organizations": ["search", "page", "per_page", "full", "full_service", "format"],
    "/api/oruk/taxonomies": ["search", "page", "per_page", "format"],
    "/api/oruk/taxonomy_terms": [
        "search",
        "page",
        "per_page",
        "format",
        "taxonomy_id",
        "parent_id",
        "top_only",
    ],
}
API_DETAILS = [
    "/api/oruk/services/",
    "/api/oruk/service_at_locations/",
    "/api/oruk/organizations/",
    "/api/oruk/taxonomies/",
    "/api/oruk/taxonomy_terms/",
]
EVERY_PATH = [
    *DIRECTORY_PAGES,
    "/search/",
    "/services/my-list/shared/",
    "/api/oruk/",
    "/api/oruk/openapi.json",
    *API_LISTS,
]


@pytest.fixture
def world(home):
    """A few live services with places, terms and a postcode, and the valid
    values of each parameter, for the strategies to mix with hostile ones."""
    Postcode.objects.create(
        postcode="ST4 1AA", latitude=52.99, longitude=-2.17, district_code="E06000021"
    )
    services = [
        ServiceFactory(
            name="Play and learn", minimum_age=3, maximum_age=9, categories=["education"]
        ),
        ServiceFactory(name="Teen group", minimum_age=12, maximum_age=17, categories=["health"]),
        ServiceFactory(name="Speech therapy", summary="Talking and listening."),
    ]
    for number, service in enumerate(services):
        ServiceLocation.objects.create(
            service=service,
            name=f"Centre {number}",
            postcode="ST4 1AA",
            latitude=52.99 + number / 100,
            longitude=-2.17,
        )
    slugs = {
        "category": list(Category.objects.values_list("slug", flat=True)),
        "need": list(Need.objects.values_list("slug", flat=True)),
        "body": list(ResponsibleBody.objects.values_list("slug", flat=True)),
        "area": list(Area.objects.values_list("slug", flat=True)),
    }
    term_ids = [str(term.pk) for term in (*Category.objects.all(), *Need.objects.all())]
    term_ids.append(str(oruk.ANY_NEED_TERM.pk))
    taxonomy_ids = list(oruk.TAXONOMIES)
    organisation_ids = [str(pk) for pk in ResponsibleBody.objects.values_list("pk", flat=True)]
    pages = ["1", "2", "3", "10000"]
    good = {
        **slugs,
        "q": ["play", "speech therapy", "ehcp", "the"],
        "age": ["7", "0", "25", "5-10", "16-18"],
        "ages": ["0-4", "19-25"],
        "referral": ["self-referral", "gp", "professional"],
        "delivery": ["in-person", "online"],
        "free": ["true", "on", "1"],
        "postcode": ["ST4 1AA", "st41aa", "ST4  1AA"],
        "distance": ["1", "5", "20"],
        "sort": ["nearest", "name", "relevance", "reviewed"],
        "page": pages,
        "per_page": ["1", "50", "200"],
        "search": ["play", "speech"],
        "taxonomy_term_id": term_ids,
        "taxonomy_id": taxonomy_ids,
        "parent_id": term_ids,
        "organization_id": organisation_ids,
        "modified_after": ["2020-01-01", "2020-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00"],
        "minimum_age": ["0", "7", "25"],
        "maximum_age": ["0", "7", "25"],
        "full": ["true", "false"],
        "top_only": ["true", "false"],
        "full_service": ["true"],
        "format": ["json"],
        "proximity": ["1", "5000", "5000.5", "1500000"],
        "services": [encode_token([s.pk for s in services]), encode_token([services[0].pk])],
    }
    ids = {
        "/api/oruk/services/": [str(s.pk) for s in services],
        "/api/oruk/service_at_locations/": [
            oruk.service_at_location_id(s.pk, 0) for s in services
        ],
        "/api/oruk/organizations/": organisation_ids,
        "/api/oruk/taxonomies/": taxonomy_ids,
        "/api/oruk/taxonomy_terms/": term_ids,
    }
    return {"good": good, "ids": ids}


def answer(client, path: str, query_string: str):
    """The response, read to the end (a CSV streams), checked: never 5xx;
    the API always JSON, its 400s naming the error; a page's 400 says what is
    wrong in its error summary."""
    response = client.get(path, QUERY_STRING=query_string)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    status = response.status_code
    event(f"status {status}")
    assert status < 500, (path, query_string, status, content[:300])
    if path.startswith("/api/"):
        assert response["Content-Type"] == "application/json", (path, query_string)
        assert response["Access-Control-Allow-Origin"] == "*"
        if status >= 400:
            body = response.json()
            assert body.get("error") and body.get("message"), body
    elif status == 400 and path != "/services/my-list/shared/":
        assert b"There is a problem" in content, (path, query_string)
    return response


# ---------------------------------------------------------------------- properties


@pytest.mark.parametrize("path", DIRECTORY_PAGES)
@FUZZ
@given(data=st.data())
def test_directory_map_and_finder_never_fail_on_any_query(client, world, path, data):
    query_string = data.draw(query(DIRECTORY_PARAMETERS, world["good"]))
    answer(client, path, query_string)


@FUZZ
@given(data=st.data())
def test_site_search_never_fails_on_any_query(client, world, data):
    query_string = data.draw(query(["q", "page"], world["good"]))
    answer(client, "/search/", query_string)


@FUZZ
@given(data=st.data())
def test_a_shared_list_link_never_fails_whatever_it_carries(client, world, data):
    tokens = world["good"]["services"]
    mangled = st.builds(
        lambda token, cut, extra: token[:cut] + extra,
        st.sampled_from(tokens),
        st.integers(min_value=0, max_value=60),
        st.sampled_from(["", ".", "..", "=", "A" * 22, "." + "A" * 22, "%00", "+"]),
    )
    value = data.draw(st.one_of(st.sampled_from(tokens), mangled, hostile))
    pairs = [("services", value)] * data.draw(st.integers(min_value=1, max_value=3))
    answer(client, "/services/my-list/shared/", urlencode(pairs))


@pytest.mark.parametrize("path", list(API_LISTS))
@FUZZ
@given(data=st.data())
def test_every_api_list_never_fails_and_explains_a_400_in_json(client, world, path, data):
    query_string = data.draw(query(API_LISTS[path], world["good"]))
    answer(client, path, query_string)


@pytest.mark.parametrize("path", API_DETAILS)
@FUZZ
@given(data=st.data())
def test_every_api_detail_never_fails_whatever_the_id(client, world, path, data):
    wanted = data.draw(
        st.one_of(
            st.sampled_from(world["ids"][path]),
            st.sampled_from(world["ids"][path]).map(str.upper),
            st.uuids().map(str),
            st.uuids().map(lambda value: value.hex),
            hostile.filter(lambda value: value and "/" not in value),
        )
    )
    query_string = data.draw(query(["full_service", "format", "page"], world["good"]))
    response = answer(client, path + quote(wanted, safe=""), query_string)
    assert response.status_code in (200, 400, 404), (wanted, response.status_code)


@FUZZ
@given(path=st.sampled_from(EVERY_PATH), raw=raw_query)
def test_a_raw_query_string_with_broken_escapes_never_fails(client, world, path, raw):
    answer(client, path, raw)
