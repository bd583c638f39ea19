"""Clean service descriptions stored before imports cleaned their HTML.

Imports used to store ``local_offer.description_html`` as given, so a row may
hold a script, an event handler or a ``javascript:`` link. Each description
goes through the importer's own cleaning (``services.rich_text``), with the
description field's features as they were when this was written (historical
models do not carry them). What an editor wrote is left as it is, so running
this again changes nothing. Going back leaves the rows clean.
"""

from django.db import migrations

from services.rich_text import clean_rich_text
from services.search import update_search_vectors

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def clean_descriptions(apps, schema_editor):
    Service = apps.get_model("services", "Service")
    changed = []
    rows = Service.objects.exclude(description="").values_list("pk", "description")
    for pk, html in rows.iterator(chunk_size=500):
        cleaned = clean_rich_text(html, DESCRIPTION_FEATURES)
        if cleaned != html:
            Service.objects.filter(pk=pk).update(description=cleaned)
            changed.append(pk)
    for start in range(0, len(changed), 500):
        update_search_vectors(Service.objects.filter(pk__in=changed[start : start + 500]))


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0014_reserved_service_slugs"),
    ]

    operations = [
        migrations.RunPython(clean_descriptions, migrations.RunPython.noop, elidable=True),
    ]
