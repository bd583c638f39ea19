"""Distances on the ground, for the directory's "near a postcode".

Pure helpers, no models: a bounding box the database can answer from an index
on (latitude, longitude), the exact great-circle (haversine) distance as a
database expression built from Django's math functions (they work on SQLite
and PostgreSQL alike, no PostGIS), and how a distance reads to a parent.
"""

import math
from dataclasses import dataclass

from django.db.models import F, FloatField, Value
from django.db.models.functions import ASin, Cast, Cos, Power, Radians, Sin, Sqrt

EARTH_RADIUS_MILES = 3958.8
# One degree of latitude is the same length everywhere (near enough).
MILES_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_MILES / 180
# The directory's "Distance" choices, in whole miles.
DISTANCE_CHOICES = (1, 3, 5, 10, 20)


@dataclass(frozen=True)
class Box:
    """Latitudes and longitudes within which every point ``miles`` from the
    centre lies (and some corners that are further: the exact distance decides)."""

    south: float
    north: float
    west: float
    east: float


def bounding_box(latitude: float, longitude: float, miles: float) -> Box:
    latitude, longitude = float(latitude), float(longitude)
    degrees_latitude = miles / MILES_PER_DEGREE_LATITUDE
    # A degree of longitude shrinks towards the poles; widen by the box's
    # edge nearer the pole, where it is narrowest.
    nearer_pole = min(abs(latitude) + degrees_latitude, 89.9)
    degrees_longitude = miles / (MILES_PER_DEGREE_LATITUDE * math.cos(math.radians(nearer_pole)))
    return Box(
        south=latitude - degrees_latitude,
        north=latitude + degrees_latitude,
        west=longitude - degrees_longitude,
        east=longitude + degrees_longitude,
    )


def in_box(box: Box, *, latitude: str = "latitude", longitude: str = "longitude") -> dict:
    """Lookups for ``filter()``: the fields ``latitude`` and ``longitude`` in ``box``."""
    return {
        f"{latitude}__gte": round(box.south, 6),
        f"{latitude}__lte": round(box.north, 6),
        f"{longitude}__gte": round(box.west, 6),
        f"{longitude}__lte": round(box.east, 6),
    }


def distance_in_miles(
    latitude: float, longitude: float, *, latitude_field="latitude", longitude_field="longitude"
):
    """The great-circle distance in miles from (``latitude``, ``longitude``) to
    the point in the two fields, as an expression for ``annotate()``."""
    lat1 = Radians(Cast(F(latitude_field), FloatField()))
    lon1 = Radians(Cast(F(longitude_field), FloatField()))
    lat0 = math.radians(float(latitude))
    lon0 = math.radians(float(longitude))
    half_dlat = Sin((lat1 - Value(lat0)) / Value(2.0))
    half_dlon = Sin((lon1 - Value(lon0)) / Value(2.0))
    a = Power(half_dlat, 2) + Value(math.cos(lat0)) * Cos(lat1) * Power(half_dlon, 2)
    # Rounding can take ``a`` a hair past 1 for points on opposite sides of the
    # Earth; nothing in the directory is that far apart.
    return Value(2 * EARTH_RADIUS_MILES) * ASin(Sqrt(a), output_field=FloatField())


def haversine_miles(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """The same distance in Python, for tests and checks."""
    phi_a, phi_b = math.radians(lat_a), math.radians(lat_b)
    half_dlat = math.sin((phi_b - phi_a) / 2)
    half_dlon = math.sin(math.radians(lon_b - lon_a) / 2)
    a = half_dlat**2 + math.cos(phi_a) * math.cos(phi_b) * half_dlon**2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(a))


def miles_away(miles: float | None) -> str:
    """ "2.3 miles away", "1 mile away", "Less than 0.1 miles away"; "" for none."""
    if miles is None:
        return ""
    rounded = round(float(miles), 1)
    if rounded < 0.1:
        return "Less than 0.1 miles away"
    if rounded == 1:
        return "1 mile away"
    return f"{rounded:g} miles away"


def within_label(miles: int | None) -> str:
    """ "within 5 miles", "within 1 mile"; "" for any distance."""
    if not miles:
        return ""
    return f"within {miles} mile{'' if miles == 1 else 's'}"
