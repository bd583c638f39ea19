"""UK postcodes: their standard form, and reading postcode files for the import.

Pure code, no database: ``normalise_postcode`` for anything a visitor or an
editor typed, and ``read_postcodes`` for ``import_postcodes``, which reads the ONS
Postcode Directory (ONSPD) CSV or a plain ``postcode,latitude,longitude[,district_code]``
CSV, gzip-compressed or not, one row at a time.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Outward code (area letters, district digit, optional digit or letter), then the
# inward code (sector digit and unit letters), spaces removed.
_SHAPE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
_AREA = re.compile(r"[A-Z]{1,2}")


def normalise_postcode(text: str) -> str | None:
    """The postcode in its standard form ("st41aa" -> "ST4 1AA"), or None if malformed.

    Any spacing and case is accepted; BFPO numbers, wrong shapes, too long or
    non-ASCII text are not.
    """
    if not isinstance(text, str) or len(text) > 16:
        return None
    compact = "".join(text.split()).upper()
    if not compact.isascii() or not _SHAPE.fullmatch(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def postcode_area(postcode: str) -> str:
    """The letters before the first digit: "ST", "WS", "B"."""
    match = _AREA.match(postcode.upper())
    return match.group() if match else ""


@dataclass(frozen=True)
class PostcodeRow:
    postcode: str
    latitude: float
    longitude: float
    district_code: str


@dataclass
class ReadCounts:
    """What reading a file found, beyond the good rows it yields."""

    rows: int = 0
    terminated: int = 0
    other_areas: int = 0
    bad_postcode: int = 0
    bad_location: int = 0

    @property
    def bad(self) -> int:
        return self.bad_postcode + self.bad_location


class PostcodeFileError(Exception):
    """The file cannot be read as a postcode file at all (not a bad row)."""


# Column names: the ONSPD's first, then the plain format's. District columns
# change name with the boundaries' year (oslaua, lad23cd, lad25cd...).
_POSTCODE_COLUMNS = ("pcds", "pcd", "pcd7", "pcd8", "postcode")
_LATITUDE_COLUMNS = ("lat", "latitude")
_LONGITUDE_COLUMNS = ("long", "lon", "lng", "longitude")
_DISTRICT_COLUMNS = ("oslaua", "district_code", "lad", "laua")
_LAD_CODE = re.compile(r"lad\d*cd")
_DISTRICT = re.compile(r"[A-Z][0-9]{8}")
_NO_LOCATION_LATITUDE = 99.999999  # the ONSPD's "no grid reference"
# A generous box round the UK, Channel Islands and Isle of Man.
_LATITUDES, _LONGITUDES = (49.0, 61.5), (-9.0, 2.5)


def _column(header: list[str], names: Iterable[str]) -> int | None:
    lowered = [name.strip().lower().lstrip("\ufeff") for name in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _district_column(header: list[str]) -> int | None:
    found = _column(header, _DISTRICT_COLUMNS)
    if found is not None:
        return found
    lowered = [name.strip().lower() for name in header]
    # The newest boundaries' column, when a file carries several years'.
    lads = sorted((name for name in lowered if _LAD_CODE.fullmatch(name)), reverse=True)
    return lowered.index(lads[0]) if lads else None


def _coordinate(text: str, limits: tuple[float, float]) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(value) or not limits[0] <= value <= limits[1]:
        return None
    return value


def _cell(row: list[str], at: int | None) -> str:
    return row[at].strip() if at is not None and at < len(row) else ""


def open_postcode_file(path: str) -> io.TextIOBase:
    """The file as text, gunzipped when it is gzip (by its first bytes, not its name)."""
    try:
        with open(path, "rb") as probe:
            magic = probe.read(2)
        if magic == b"\x1f\x8b":
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise PostcodeFileError(str(error)) from error


def read_postcodes(
    lines: Iterable[str], *, areas: Iterable[str] = (), counts: ReadCounts | None = None
) -> Iterator[PostcodeRow]:
    """Good current rows of a postcode CSV, one at a time; ``counts`` tallies the rest.

    ``lines`` is an open text file (or any iterable of CSV lines) whose first line is
    the header. ``areas`` limits to postcode areas ("ST", "WS"). Raises
    PostcodeFileError when there is no header with postcode, latitude and longitude
    columns, or the file stops being readable.
    """
    counts = counts if counts is not None else ReadCounts()
    wanted = {area.strip().upper() for area in areas if area.strip()}
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
        if not header:
            raise PostcodeFileError("The file is empty.")
        postcode_at = _column(header, _POSTCODE_COLUMNS)
        latitude_at = _column(header, _LATITUDE_COLUMNS)
        longitude_at = _column(header, _LONGITUDE_COLUMNS)
        if postcode_at is None or latitude_at is None or longitude_at is None:
            raise PostcodeFileError(
                "The first line must name the postcode, latitude and longitude columns "
                "(pcds, lat, long in the ONS Postcode Directory; "
                "postcode, latitude, longitude in a plain file)."
            )
        district_at = _district_column(header)
        terminated_at = _column(header, ("doterm",))
        for row in reader:
            if not row or not any(cell.strip() for cell in row):
                continue
            counts.rows += 1
            postcode = normalise_postcode(_cell(row, postcode_at))
            if postcode is None:
                counts.bad_postcode += 1
                continue
            if _cell(row, terminated_at):
                counts.terminated += 1
                continue
            if wanted and postcode_area(postcode) not in wanted:
                counts.other_areas += 1
                continue
            latitude = _coordinate(_cell(row, latitude_at), _LATITUDES)
            longitude = _coordinate(_cell(row, longitude_at), _LONGITUDES)
            if latitude is None or longitude is None or latitude == _NO_LOCATION_LATITUDE:
                counts.bad_location += 1
                continue
            district = _cell(row, district_at).upper()
            if not _DISTRICT.fullmatch(district) or district.endswith("99999999"):
                district = ""  # blanks and the ONSPD's pseudo-codes (E99999999...): unknown
            yield PostcodeRow(postcode, round(latitude, 6), round(longitude, 6), district)
    except (csv.Error, UnicodeDecodeError, OSError, EOFError, gzip.BadGzipFile) as error:
        raise PostcodeFileError(f"Line {reader.line_num}: {error}") from error
