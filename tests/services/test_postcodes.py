"""Postcodes: parsing, import_postcodes, areas by district, location coordinates."""

import gzip
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from localoffer.demo import data
from services.importers import import_services
from services.models import Area, Postcode, Service, ServiceLocation
from services.postcode_import import import_postcode_file_once
from services.postcodes import normalise_postcode, postcode_area
from services.selectors import Place, postcode_place
from tests.factories import ServiceFactory, good_record
from tests.services.test_admin import new_service_data, sign_in

ONSPD_HEADER = "pcd,pcd2,pcds,dointr,doterm,oscty,oslaua,osward,lat,long,lad25cd\n"


def onspd_row(postcode, lat, lon, district="E07000197", doterm=""):
    compact = postcode.replace(" ", "")
    return (
        f'"{compact}","{postcode}","{postcode}","199801","{doterm}","E10000028",'
        f'"{district}","E05000000",{lat},{lon},"{district}"\n'
    )


def write(path, text: str, *, gz: bool = False):
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as file:
            file.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run(path, *args) -> str:
    out = io.StringIO()
    call_command("import_postcodes", str(path), *args, stdout=out)
    return out.getvalue()


# --------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ST4 1AA", "ST4 1AA"),
        ("st41aa", "ST4 1AA"),
        (" ST4  1aa ", "ST4 1AA"),
        ("st16 2lh", "ST16 2LH"),
        ("B797LH", "B79 7LH"),
        ("ec1a 1bb", "EC1A 1BB"),
        ("W1A 0AX", "W1A 0AX"),
        ("M1 1AE", "M1 1AE"),
        ("ST4\t1AA", "ST4 1AA"),
    ],
)
def test_postcodes_are_put_in_their_standard_form(text, expected):
    assert normalise_postcode(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "ST4",
        "ST4 1A",
        "1ST 4AA",
        "ST4 AAA",
        "BFPO 123",
        "BFPO123",
        "ST4 1AAA",
        "ST44 41AA",
        "ST4 1ÄA",
        "ＳＴ４ １ＡＡ",
        "ST4-1AA",
        "ST4 1AA" * 5,
        "<script>",
    ],
)
def test_malformed_postcodes_are_none(text):
    assert normalise_postcode(text) is None


def test_the_postcode_area_is_its_first_letters():
    assert [postcode_area(p) for p in ("ST4 1AA", "B79 7LH", "WS11 1BE")] == ["ST", "B", "WS"]


# ---------------------------------------------------------------------- import


@pytest.mark.django_db
@pytest.mark.parametrize("gz", [False, True])
def test_an_onspd_file_imports_skipping_terminated_and_bad_rows(tmp_path, gz):
    text = (
        ONSPD_HEADER
        + onspd_row("ST16 2LH", 52.803060, -2.123012)
        + onspd_row("ST4 1AA", 53.003238, -2.183307, district="E06000021")
        + onspd_row("ST4 9ZZ", 53.0, -2.18, district="E06000021", doterm="201001")
        + onspd_row("XX 1AA", 53.0, -2.18)  # bad postcode
        + onspd_row("ST4 1AB", 99.999999, 0.000000)  # the ONSPD's "no location"
        + onspd_row("ST4 1AD", "", "")  # missing
        + onspd_row("ST4 1AE", "north", -2.1)  # not a number
        + onspd_row("ST4 1AF", 12.0, -2.1)  # not in the UK
        + onspd_row("JE2 3AA", 49.18, -2.1, district="L99999999")  # pseudo-code: unknown
    )
    path = write(tmp_path / ("onspd.csv.gz" if gz else "onspd.csv"), text, gz=gz)
    out = run(path)
    assert "Saved 3 postcodes from 9 rows." in out
    assert "Skipped 1 terminated postcodes." in out
    assert "Skipped 1 rows without a valid postcode." in out
    assert "Skipped 4 rows without a valid latitude and longitude." in out
    stafford = Postcode.objects.get(pk="ST16 2LH")
    assert (stafford.latitude, stafford.longitude) == (52.80306, -2.123012)
    assert stafford.district_code == "E07000197"
    assert Postcode.objects.get(pk="JE2 3AA").district_code == ""
    assert not Postcode.objects.filter(pk="ST4 9ZZ").exists()


@pytest.mark.django_db
def test_an_onspd_file_with_only_a_lad_column_has_districts(tmp_path):
    text = "pcds,doterm,lat,long,lad23cd,lad25cd\nST5 1AN,,53.01,-2.22,E07000190,E07000195\n"
    run(write(tmp_path / "new.csv", text))
    assert Postcode.objects.get(pk="ST5 1AN").district_code == "E07000195"


@pytest.mark.django_db
@pytest.mark.parametrize("gz", [False, True])
def test_a_plain_file_imports_with_or_without_districts(tmp_path, gz):
    text = (
        "postcode,latitude,longitude,district_code\n"
        "st41aa,53.003238,-2.183307,E06000021\n"
        "WS11 1BE,52.6861,-2.0275,\n"
        "\n"
        "bad,1,2,\n"
    )
    out = run(write(tmp_path / "plain.csv", text, gz=gz))
    assert "Saved 2 postcodes from 3 rows." in out
    assert Postcode.objects.get(pk="ST4 1AA").district_code == "E06000021"
    assert Postcode.objects.get(pk="WS11 1BE").district_code == ""
    three = "postcode,latitude,longitude\nB79 7LH,52.632986,-1.693219\n"
    run(write(tmp_path / "three.csv", three))
    assert Postcode.objects.filter(pk="B79 7LH").exists()


@pytest.mark.django_db
def test_areas_limit_the_import_and_a_reimport_updates(tmp_path):
    text = (
        "postcode,latitude,longitude,district_code\n"
        "ST4 1AA,53.0,-2.18,E06000021\n"
        "B79 7LH,52.63,-1.69,E07000199\n"
        "M1 1AE,53.47,-2.23,E08000003\n"
    )
    out = run(write(tmp_path / "a.csv", text), "--areas", "st, b")
    assert "Saved 2 postcodes" in out and "Skipped 1 postcodes in other areas." in out
    assert set(Postcode.objects.values_list("pk", flat=True)) == {"ST4 1AA", "B79 7LH"}
    run(
        write(tmp_path / "b.csv", "postcode,latitude,longitude\nST4 1AA,53.003238,-2.183307\n"),
        "--batch-size",
        "1",
    )
    moved = Postcode.objects.get(pk="ST4 1AA")
    assert (moved.latitude, moved.longitude, moved.district_code) == (53.003238, -2.183307, "")
    assert Postcode.objects.count() == 2


@pytest.mark.django_db
def test_a_file_that_cannot_be_read_fails_the_command(tmp_path):
    with pytest.raises(CommandError, match="Could not read"):
        run(tmp_path / "missing.csv")
    with pytest.raises(CommandError, match="postcode, latitude and longitude"):
        run(write(tmp_path / "other.csv", "name,town\nA,B\n"))
    (tmp_path / "broken.csv.gz").write_bytes(gzip.compress(b"postcode,latitude,longitude\n")[:15])
    with pytest.raises(CommandError, match="Could not read"):
        run(tmp_path / "broken.csv.gz")


@pytest.mark.django_db
def test_progress_is_shown_only_on_a_terminal(tmp_path, monkeypatch):
    from services.management.commands import import_postcodes

    monkeypatch.setattr(import_postcodes, "PROGRESS_EVERY", 2)
    rows = "".join(f"ST4 1A{letter},53.0,-2.18\n" for letter in "ABDEFGH")
    path = write(tmp_path / "p.csv", "postcode,latitude,longitude\n" + rows)
    assert "rows read" not in run(path, "--batch-size", "2")

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    call_command("import_postcodes", str(path), "--batch-size", "2", stdout=out)
    assert "4 rows read, 4 postcodes saved" in out.getvalue()


@pytest.mark.django_db
def test_the_demo_loads_its_file_once(tmp_path):
    path = write(tmp_path / "demo.csv", "postcode,latitude,longitude\nST4 1AA,53.0,-2.18\n")
    assert import_postcode_file_once(path).saved == 1
    assert import_postcode_file_once(path) is None


def test_the_shipped_demo_file_is_plain_and_has_tamworth():
    # Only its first rows: tests never load the whole file. B79 sorts early.
    with gzip.open(data.DEMO_DIR / "postcodes.csv.gz", "rt", encoding="utf-8") as file:
        header = next(file)
        first = [next(file).strip() for _ in range(3000)]
    assert header == "postcode,latitude,longitude,district_code\n"
    assert "B79 7LH,52.632986,-1.693219,E07000199" in first  # listed in demo/README.md


# ---------------------------------------------------------------------- places


@pytest.mark.django_db
def test_the_nine_areas_have_their_ons_codes():
    codes = dict(Area.objects.values_list("slug", "ons_code"))
    assert codes["stafford"] == "E07000197" and codes["stoke-on-trent"] == "E06000021"
    assert len({code for code in codes.values() if code}) == 9


@pytest.mark.django_db
def test_a_postcode_with_a_district_finds_its_area_exactly():
    Postcode.objects.create(
        postcode="ST16 2LH", latitude=52.80306, longitude=-2.123012, district_code="E07000197"
    )
    place = postcode_place(postcode="st16 2lh")
    assert place == Place(
        postcode="ST16 2LH",
        latitude=52.80306,
        longitude=-2.123012,
        area=Area.objects.get(slug="stafford"),
        area_is_guess=False,
        in_our_areas=True,
    )


@pytest.mark.django_db
def test_a_postcode_outside_our_districts_still_has_a_place():
    Postcode.objects.create(
        postcode="M1 1AE", latitude=53.4772, longitude=-2.2309, district_code="E08000003"
    )
    place = postcode_place(postcode="M11AE")
    assert place.area is None and not place.in_our_areas and not place.area_is_guess


@pytest.mark.django_db
def test_without_a_district_the_nearest_area_is_a_guess():
    Postcode.objects.bulk_create(
        [
            Postcode(
                postcode="ST16 2LH", latitude=52.8031, longitude=-2.1230, district_code="E07000197"
            ),
            Postcode(
                postcode="ST4 1AA", latitude=53.0032, longitude=-2.1833, district_code="E06000021"
            ),
            Postcode(postcode="ST16 2AX", latitude=52.8060, longitude=-2.1180),
            Postcode(postcode="M1 1AE", latitude=53.4772, longitude=-2.2309),
        ]
    )
    place = postcode_place(postcode="ST16 2AX")
    assert place.area == Area.objects.get(slug="stafford")
    assert place.area_is_guess and place.in_our_areas
    far = postcode_place(postcode="M1 1AE")  # 50 km from the nearest centre
    assert far.area is None and not far.in_our_areas


@pytest.mark.django_db
def test_unknown_and_malformed_postcodes_have_no_place():
    assert postcode_place(postcode="ST4 1AA") is None
    assert postcode_place(postcode="not a postcode") is None
    assert postcode_place(postcode="") is None


# --------------------------------------------------------- location coordinates


@pytest.fixture
def hanley(db):
    return Postcode.objects.create(
        postcode="ST1 1DY", latitude=53.024123, longitude=-2.174567, district_code="E06000021"
    )


def test_a_location_saved_without_coordinates_gets_its_postcodes(hanley):
    service = ServiceFactory()
    location = ServiceLocation.objects.create(
        service=service, name="Hub", address="1 Street", postcode="st1 1dy"
    )
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == (Decimal("53.024123"), Decimal("-2.174567"))
    unknown = ServiceLocation.objects.create(
        service=service, name="Far", address="2 Street", postcode="ST9 9ZZ"
    )
    assert unknown.latitude is None and unknown.longitude is None


def test_typed_coordinates_are_kept_and_a_new_postcode_moves_only_looked_up_ones(hanley):
    Postcode.objects.create(postcode="ST4 1DJ", latitude=53.003579, longitude=-2.183338)
    service = ServiceFactory()
    typed = ServiceLocation.objects.create(
        service=service,
        name="Typed",
        address="1 Street",
        postcode="ST1 1DY",
        latitude=Decimal("53.1"),
        longitude=Decimal("-2.2"),
    )
    looked_up = ServiceLocation.objects.create(
        service=service, name="Looked up", address="2 Street", postcode="ST1 1DY"
    )
    for location in (typed, looked_up):
        location.refresh_from_db()
        location.postcode = "ST4 1DJ"
        location.save()
        location.refresh_from_db()
    assert (typed.latitude, typed.longitude) == (Decimal("53.1"), Decimal("-2.2"))
    assert looked_up.latitude == Decimal("53.003579")


def test_a_location_added_in_the_admin_gets_coordinates(client, hanley):
    sign_in(client, "eddie", "Editors")
    form = new_service_data("action-publish")
    locations = nested_form_data(
        {
            "locations": inline_formset(
                [
                    {
                        "name": "Hanley hub",
                        "address": "1 Town Road",
                        "postcode": "ST1 1DY",
                        "latitude": "",
                        "longitude": "",
                        "accessibility": "",
                    }
                ]
            )
        }
    )
    form = {key: value for key, value in form.items() if not key.startswith("locations-")}
    form.update(locations)
    response = client.post(reverse("wagtailsnippets_services_service:add"), form)
    assert response.status_code == 302
    location = Service.objects.get(slug="speech-and-language-therapy-children").locations.get()
    assert location.latitude == Decimal("53.024123")


def test_imported_locations_get_coordinates_and_a_reimport_changes_nothing(hanley):
    record = good_record(1)
    record["service_at_locations"] = [
        {
            "id": "40000000-0000-4000-8000-000000000001",
            "location": {
                "id": "50000000-0000-4000-8000-000000000001",
                "name": "Hanley hub",
                "addresses": [
                    {"address_1": "1 Town Road", "city": "Hanley", "postal_code": "ST1 1DY"}
                ],
            },
        },
        {
            "id": "40000000-0000-4000-8000-000000000002",
            "location": {
                "id": "50000000-0000-4000-8000-000000000002",
                "name": "Typed",
                "latitude": 52.5,
                "longitude": -2.0,
                "addresses": [{"address_1": "2 Road", "city": "Hanley", "postal_code": "ST1 1DY"}],
            },
        },
    ]
    assert import_services([record]).created
    hub, typed = Service.objects.get(pk=record["id"]).locations.order_by("sort_order")
    assert (hub.latitude, hub.longitude) == (Decimal("53.024123"), Decimal("-2.174567"))
    assert (typed.latitude, typed.longitude) == (Decimal("52.5"), Decimal("-2.0"))
    again = import_services([record])
    assert not again.updated and not again.created


def test_importing_postcodes_fills_locations_saved_before(tmp_path, db):
    service = ServiceFactory()
    early = ServiceLocation.objects.create(
        service=service, name="Early", address="1 Street", postcode="st11dy"
    )
    assert early.latitude is None
    out = run(
        write(tmp_path / "p.csv", "postcode,latitude,longitude\nST1 1DY,53.024123,-2.174567\n")
    )
    assert "Gave 1 service locations their postcode's coordinates." in out
    early.refresh_from_db()
    assert early.latitude == Decimal("53.024123")
