"""Full-text search for the directory on PostgreSQL.

The column exists on every database (SQLite keeps it empty); the GIN index and
the vectors of existing services are made on PostgreSQL only. The vector is the
one ``services.search.search_document`` builds, written here in SQL so this
migration does not change when the model does.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations

FILL_VECTORS = """
UPDATE services_service AS s SET search_vector =
    setweight(to_tsvector('english', coalesce(s.name, '')), 'A')
    || setweight(to_tsvector('english', coalesce(s.summary, '')), 'B')
    || setweight(to_tsvector('english', coalesce((
        SELECT string_agg(c.name, ' ')
        FROM services_service_categories sc
        JOIN services_category c ON c.id = sc.category_id
        WHERE sc.service_id = s.id
    ), '')), 'B')
    || setweight(to_tsvector('english', coalesce(s.description, '')), 'C')
"""


class AddIndexOnPostgreSQL(migrations.AddIndex):
    """AddIndex for index types only PostgreSQL has; the state changes everywhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def fill_vectors(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FILL_VECTORS)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0002_seed_taxonomies_permissions_workflow"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        AddIndexOnPostgreSQL(
            model_name="service",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_vector"], name="service_search_vector_gin"
            ),
        ),
        migrations.RunPython(fill_vectors, migrations.RunPython.noop, elidable=True),
    ]
