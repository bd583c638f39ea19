"""Imports trust no HTML and reject bad records without stopping (issue 17, findings 1 and 5).

Imported rich text is cleaned by Wagtail's own whitelist for the description
field before it is stored, by the command line and the admin upload alike, and
a migration cleans the rows stored before. A record with an oversize field,
a wrong type, nesting too deep or text that is not clean Unicode is rejected
with its index, id and a reason naming the field and its limit; only a file
that cannot be read stops the run, with one line and no traceback.
"""

import importlib
import io
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.importers import (
    MAX_NESTING,
    ImportFileError,
    import_services,
    limit,
    read_records,
)
from services.models import Service
from services.rich_text import clean_service_description
from tests.factories import ServiceFactory, good_record

pytestmark = pytest.mark.django_db
DESCRIPTION_LIMIT = limit(Service, "description")

HOSTILE_HTML = (
    "<p>Speech therapy <b>for</b> <i>families</i>.</p>"
    "<script>window.pwnedScript = 1</script>"
    '<p><img src="x" onerror="window.pwnedImage = 1">'
    '<a href="javascript:window.pwnedLink = 1">click</a> '
    '<a href="JaVa&#x09;ScRiPt:window.pwnedTab = 1">tab</a> '
    '<a href="https://example.org/more" onclick="window.pwnedClick = 1">More about it</a></p>'
    '<iframe src="https://evil.example/"></iframe>'
    "<style>body { display: none }</style>"
    '<p style="color: red" onmouseover="window.pwnedHover = 1">Styled</p>'
    "<ul><li>One</li><li>Two</li></ul>"
)


def hostile_record(number: int = 1) -> dict:
    record = good_record(number)
    record["local_offer"] = {"slug": f"hostile-{number}", "description_html": HOSTILE_HTML}
    return record


def assert_harmless(html: str) -> None:
    lowered = html.lower()
    for bad in ("<script", "pwned", "onerror", "onclick", "onmouseover", "javascript:"):
        assert bad not in lowered, bad
    for bad in ("<iframe", "<style", "style="):
        assert bad not in lowered, bad


def assert_page_harmless(html: str) -> None:
    """The page's own scripts are fine; none of the record's may show."""
    lowered = html.lower()
    for bad in ("pwned", "onerror=", "onclick=", "onmouseover=", 'href="javascript:', "<iframe"):
        assert bad not in lowered, bad


def assert_formatting_kept(html: str) -> None:
    assert "<p>Speech therapy <b>for</b> <i>families</i>.</p>" in html
    assert "<ul><li>One</li><li>Two</li></ul>" in html
    assert '<a href="https://example.org/more">More about it</a>' in html


def run_import(path, *args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_oruk", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, records, name: str = "services.json"):
    path = tmp_path / name
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


# ---------------------------------------------------------------------- stored XSS


def test_the_command_line_import_stores_and_shows_no_script(tmp_path, client):
    run_import(write(tmp_path, [hostile_record()]))
    stored = Service.objects.get(slug="hostile-1").description
    assert_harmless(stored)
    assert_formatting_kept(stored)
    page = client.get("/services/hostile-1/").content.decode()
    assert_page_harmless(page)
    assert "Speech therapy" in page


def sign_in_moderator(client):
    user = get_user_model().objects.create_user("moderator", "mod@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(user)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def upload(client, content: bytes):
    file = SimpleUploadedFile("services.json", content, content_type="application/json")
    return client.post(reverse("services_import"), {"file": file})


def test_the_admin_upload_stores_and_shows_no_script(client, media):
    sign_in_moderator(client)
    html = upload(client, json.dumps([hostile_record()]).encode()).content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    client.post(reverse("services_import"), {"token": token, "body": ""})
    stored = Service.objects.get(slug="hostile-1").description
    assert_harmless(stored)
    assert_formatting_kept(stored)
    client.logout()
    page = client.get("/services/hostile-1/").content.decode()
    assert_page_harmless(page)


def test_what_the_editor_writes_comes_through_the_cleaning_unchanged():
    """Draftail's own output (block keys, internal page links, mail links) is
    what the editor can type, so cleaning it changes nothing, and cleaning is
    idempotent: importing a file twice still writes nothing the second time."""
    editor_html = (
        '<p data-block-key="a1b2c">See <a linktype="page" id="3">our guide</a> or '
        '<a href="mailto:help@example.org">email us</a>.</p>'
        '<ol><li data-block-key="x9y8z"><b>First</b></li></ol>'
    )
    assert clean_service_description(editor_html) == editor_html
    once = clean_service_description(HOSTILE_HTML)
    assert clean_service_description(once) == once


def test_a_broken_internal_link_is_dropped_not_an_error():
    html = '<p><a linktype="page" id="1 OR 1=1">x</a><a data-linktype="page">y</a></p>'
    assert clean_service_description(html) == "<p><a>x</a><a>y</a></p>"


def test_the_migration_cleans_rows_stored_before():
    dirty = ServiceFactory(description=HOSTILE_HTML)
    clean = ServiceFactory(
        description='<p data-block-key="k1">Fine <a linktype="page" id="2">x</a></p>'
    )
    before = Service.objects.get(pk=clean.pk).description
    migration = importlib.import_module("services.migrations.0015_clean_imported_html")
    migration.clean_descriptions(apps, None)
    migration.clean_descriptions(apps, None)  # idempotent
    stored = Service.objects.get(pk=dirty.pk).description
    assert_harmless(stored)
    assert_formatting_kept(stored)
    assert Service.objects.get(pk=clean.pk).description == before


# ---------------------------------------------------------------------- oversize fields


def test_a_huge_description_rejects_that_record_and_imports_the_others(tmp_path):
    huge = good_record(2)
    huge["local_offer"] = {"description_html": "<p>" + "word " * 480_000 + "</p>"}  # 2.4 MB
    path = write(tmp_path, [good_record(1), huge, good_record(3)])
    with pytest.raises(CommandError, match=r"3 records: 2 created, 0 updated, 1 rejected\."):
        _, err = run_import(path)
    assert sorted(Service.objects.values_list("name", flat=True)) == [
        "Imported service 1",
        "Imported service 3",
    ]
    report = import_services([huge], dry_run=True)
    (rejection,) = report.rejected
    assert (rejection.index, rejection.id) == (0, "00000000-0000-4000-8000-000000000002")
    assert rejection.reason == (
        f"local_offer.description_html is longer than {DESCRIPTION_LIMIT:,} characters "
        "(it has 2,400,007)"
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"description": "x" * 20_001}, "description is longer than 20,000 characters"),
        ({"name": "n" * 201}, "name is longer than 200 characters"),
        (
            {"local_offer": {"eligibility": "e" * 5_001}},
            "local_offer.eligibility is longer than 5,000 characters",
        ),
        (
            {"referral_routes": [{"kind": "gp", "method": "phone", "contact": "1" * 301}]},
            "referral_routes.contact is longer than 300 characters",
        ),
        (
            {"organization": {"id": "30000000-0000-4000-8000-000000000009", "name": "o" * 201}},
            "organization.name is longer than 200 characters",
        ),
    ],
)
def test_every_text_field_has_a_limit_named_in_the_reason(change, reason):
    report = import_services([good_record(1) | change])
    (rejection,) = report.rejected
    assert rejection.reason.startswith(reason)
    assert not Service.objects.exists()


def test_a_rejected_record_leaves_no_organisation_for_the_next_to_use():
    """The first record's provider is written, then the record is rejected and
    undone: a later record naming that provider by id alone must not link to
    a row that no longer exists (the whole file would fail on commit)."""
    first = good_record(1)
    first["referral_routes"][0] |= {"method": "form", "contact": "not a web address"}
    second = good_record(2)
    del second["organization"]
    second["organization_id"] = first["organization"]["id"]
    report = import_services([first, second])
    assert [r.index for r in report.rejected] == [0, 1]
    assert report.rejected[1].reason == (
        "organization_id names no organisation here, and none is given"
    )
    assert not Service.objects.exists()


# ---------------------------------------------------------------------- wrong types


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"contacts": ["not an object"]}, "contacts: each contact must be a JSON object"),
        ({"organization": ["x"]}, "organization must be a JSON object"),
        (
            {"referral_routes": [{"kind": "gp", "method": "phone", "contact": {"a": 1}}]},
            "referral_routes.contact must be text",
        ),
        ({"minimum_age": 1e400}, "minimum_age must be a whole number"),
        ({"maximum_age": float("nan")}, "maximum_age must be a whole number"),
        (
            {"service_at_locations": [{"location": {"addresses": ["x"]}}]},
            "service_at_locations.location.addresses: each address must be a JSON object",
        ),
        ({"local_offer": {"last_reviewed": "2024-02-31"}}, "local_offer.last_reviewed"),
        ({"local_offer": {"areas": [["stafford"]]}}, "local_offer.areas"),
    ],
)
def test_a_wrong_type_rejects_the_record_and_not_the_file(change, reason):
    report = import_services([good_record(1), good_record(2) | change, good_record(3)])
    (rejection,) = report.rejected
    assert (rejection.index, rejection.id) == (1, "00000000-0000-4000-8000-000000000002")
    assert rejection.reason.startswith(reason), rejection.reason
    assert Service.objects.count() == 2


# ---------------------------------------------------------------------- encoding


@pytest.mark.parametrize(
    ("raw_name", "reason"),
    [
        ('"Bad \\u0000 name"', "name holds a control character (U+0000)"),
        ('"Bell \\u0007"', "name holds a control character (U+0007)"),
        ('"Lone \\ud800 surrogate"', "name is not valid UTF-8"),
    ],
)
def test_nul_bytes_control_characters_and_lone_surrogates_reject_the_record(
    tmp_path, raw_name, reason
):
    text = json.dumps([good_record(1), good_record(2) | {"name": "PLACEHOLDER"}])
    path = tmp_path / "services.json"
    path.write_text(text.replace('"PLACEHOLDER"', raw_name), encoding="utf-8")
    with pytest.raises(CommandError, match=r"2 records: 1 created, 0 updated, 1 rejected\."):
        run_import(path)
    report = import_services(read_records(path.read_bytes()), dry_run=True)
    assert report.rejected[0].reason.startswith(reason)


def test_a_nul_byte_in_a_child_row_rejects_the_record():
    record = good_record(1)
    record["referral_routes"][0]["who_can_refer"] = "Any\x00one"
    report = import_services([record])
    assert report.rejected[0].reason.startswith(
        "referral_routes.who_can_refer holds a control character (U+0000)"
    )


def test_invalid_utf8_in_one_record_rejects_that_record(tmp_path):
    text = json.dumps([good_record(1), good_record(2) | {"name": "PLACEHOLDER"}])
    path = tmp_path / "latin1.json"
    path.write_bytes(text.replace("PLACEHOLDER", "Caf\udce9").encode("utf-8", "surrogateescape"))
    with pytest.raises(CommandError, match=r"2 records: 1 created, 0 updated, 1 rejected\."):
        _, err = run_import(path)
    report = import_services(read_records(path.read_bytes()), dry_run=True)
    assert report.rejected[0].reason.startswith("name is not valid UTF-8")
    assert list(Service.objects.values_list("name", flat=True)) == ["Imported service 1"]


# ---------------------------------------------------------------------- nesting


def test_a_file_nested_100000_levels_deep_stops_with_one_line(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(CommandError) as raised:
        run_import(path)
    message = str(raised.value)
    assert "nested too deeply" in message
    assert "\n" not in message
    assert not Service.objects.exists()


def test_a_record_nested_too_deeply_is_rejected(tmp_path):
    deep: object = "bottom"
    for _ in range(MAX_NESTING + 5):
        deep = [deep]
    path = write(tmp_path, [good_record(1), good_record(2) | {"extra": deep}])
    with pytest.raises(CommandError, match=r"2 records: 1 created, 0 updated, 1 rejected\."):
        _, err = run_import(path)
    report = import_services([good_record(2) | {"extra": deep}], dry_run=True)
    assert report.rejected[0].reason == f"extra is nested more than {MAX_NESTING} levels deep"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 100_000, "nested too deeply"),
        (b"[1" + b"0" * 5_000 + b"]", "a number in the file is too long"),
        (b"[\xff\xfe\xfd]", "The file is not valid JSON"),
        (b"\x00\x01\x02", "The file is not valid JSON"),
    ],
)
def test_an_unreadable_file_is_one_line(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as raised:
        run_import(path)
    assert "\n" not in str(raised.value)
    with pytest.raises(ImportFileError):
        read_records(content)


def test_a_missing_file_is_one_line(tmp_path):
    with pytest.raises(CommandError, match="Cannot read .*missing.json: No such file"):
        run_import(tmp_path / "missing.json")


def test_the_admin_upload_shows_an_unreadable_file_on_the_form(client, media):
    sign_in_moderator(client)
    response = upload(client, b"[" * 100_000 + b"]" * 100_000)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The file is nested too deeply" in html
    assert not (media / "oruk-imports").exists()


def test_the_admin_upload_reports_bad_records_with_their_reason(client, media):
    sign_in_moderator(client)
    huge = good_record(2)
    huge["local_offer"] = {"description_html": "x" * (DESCRIPTION_LIMIT + 1)}
    bad_type = good_record(3) | {"contacts": [1]}
    html = upload(client, json.dumps([good_record(1), huge, bad_type]).encode()).content.decode()
    assert "3 records: 1 created, 0 updated, 2 rejected." in html
    assert f"local_offer.description_html is longer than {DESCRIPTION_LIMIT:,} characters" in html
    assert "contacts: each contact must be a JSON object" in html


def test_the_admin_upload_refuses_a_file_over_its_size_limit(client, media, monkeypatch):
    monkeypatch.setattr("services.admin_views.MAX_UPLOAD_MB", 1)
    sign_in_moderator(client)
    html = upload(client, b"[" + b" " * (1024 * 1024) + b"]").content.decode()
    assert "The file is larger than 1 MB." in html


# ---------------------------------------------------------------------- fuzz

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["", "health", "2024-02-31", "javascript:x", "\x00", "\ud800"]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=12,
)
# Values that have broken importers: the wrong type one level down, numbers
# no integer can hold, text that is not clean.
TRICKY_VALUES = st.sampled_from(
    [["x"], [1], [[]], [None], [{"x": ["y"]}], {"a": "b"}, "x", 1e400, float("nan"), True, -1]
)
# Where a publisher's record can go wrong: each field we read, at every level.
PATHS = [
    ("id",),
    ("name",),
    ("description",),
    ("minimum_age",),
    ("maximum_age",),
    ("url",),
    ("email",),
    ("fees",),
    ("assured_date",),
    ("last_modified",),
    ("application_process",),
    ("attributes",),
    ("attributes", 0),
    ("attributes", 0, "taxonomy_term"),
    ("attributes", 0, "taxonomy_term", "term"),
    ("attributes", 0, "taxonomy_term_id"),
    ("organization",),
    ("organization", "id"),
    ("organization", "name"),
    ("organization_id",),
    ("contacts",),
    ("cost_options",),
    ("schedules",),
    ("service_areas",),
    ("service_at_locations",),
    ("referral_routes",),
    ("referral_routes", 0),
    ("referral_routes", 0, "kind"),
    ("referral_routes", 0, "contact"),
    ("local_offer",),
    ("local_offer", "description_html"),
    ("local_offer", "slug"),
    ("local_offer", "areas"),
    ("local_offer", "delivery"),
    ("local_offer", "last_reviewed"),
    ("local_offer", "review_interval_months"),
    ("local_offer", "owner_email"),
]


def with_value(record: dict, path: tuple, value) -> dict:
    record = json.loads(json.dumps(record | {"local_offer": {"slug": "fuzzed"}}))
    *parents, last = path
    node = record
    for key in parents:
        node = node[key]
    node[last] = value
    return record


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(PATHS), TRICKY_VALUES | JSON_VALUES), min_size=1, max_size=3
    )
)
def test_no_record_stops_an_import(changes):
    """Whatever a field holds, the record is imported or rejected with a
    reason; the run itself never fails."""
    records = [good_record(1)]
    for path, value in changes:
        records.append(with_value(good_record(2), path, value))
    report = import_services(records, dry_run=True)
    assert report.total == len(records)
    assert "00000000-0000-4000-8000-000000000001" in report.created
    for rejection in report.rejected:
        assert rejection.reason and "\n" not in rejection.reason
