"""The directory's generation moves from the cache to the database (issue 18),
where every process reads it, and a change replaces it in its own transaction.
The row is made here with a fresh token; ``services.cache`` makes it again if
it is ever missing (a flushed database)."""

import uuid

from django.db import migrations, models


def create_row(apps, schema_editor):
    DirectoryGeneration = apps.get_model("services", "DirectoryGeneration")
    DirectoryGeneration.objects.get_or_create(pk=1, defaults={"token": uuid.uuid4().hex})


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0015_clean_imported_html"),
    ]

    operations = [
        migrations.CreateModel(
            name="DirectoryGeneration",
            fields=[
                (
                    "id",
                    models.PositiveSmallIntegerField(
                        default=1, editable=False, primary_key=True, serialize=False
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
            options={
                "verbose_name": "directory generation",
            },
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
