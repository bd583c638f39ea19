"""The nine seeded areas' ONS local authority district codes (stable since 2009)."""

from django.db import migrations

ONS_CODES = {
    "cannock-chase": "E07000192",
    "east-staffordshire": "E07000193",
    "lichfield": "E07000194",
    "newcastle-under-lyme": "E07000195",
    "south-staffordshire": "E07000196",
    "stafford": "E07000197",
    "staffordshire-moorlands": "E07000198",
    "tamworth": "E07000199",
    "stoke-on-trent": "E06000021",
}


def fill(apps, schema_editor):
    Area = apps.get_model("services", "Area")
    for slug, code in ONS_CODES.items():
        Area.objects.filter(slug=slug, ons_code="").update(ons_code=code)


def empty(apps, schema_editor):
    Area = apps.get_model("services", "Area")
    Area.objects.filter(slug__in=ONS_CODES).update(ons_code="")


class Migration(migrations.Migration):
    dependencies = [("services", "0009_postcodes_and_area_ons_codes")]

    operations = [migrations.RunPython(fill, empty)]
