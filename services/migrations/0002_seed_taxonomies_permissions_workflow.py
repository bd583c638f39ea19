"""Seed the directory's taxonomies with stable UUIDs and slugs, let Editors and
Moderators work on services, and put services through the approval workflow.

UUIDs are uuid5 of a fixed namespace and "<kind>:<slug>", so every install
publishes the same Open Referral ids. Safe to run again.
"""

from django.db import migrations

CATEGORIES = [
    ("0c71029d-93d6-507f-b1fa-2b28067b0d4d", "early-years", "Early years"),
    ("4a8504f2-2add-51ff-8f15-b9bf38fe8d8d", "education", "Education"),
    ("65f9992a-f02b-526e-a6b2-318b2a10dfcb", "health", "Health"),
    ("c73612e2-3cc6-5d5e-b9bc-842b4e2ef73a", "transport", "Transport"),
    ("484310d4-63d1-5007-932d-3e1e8eee116c", "preparing-for-adulthood", "Preparing for adulthood"),
]
RESPONSIBLE_BODIES = [
    (
        "68d86894-4471-573a-912a-20c7ff9e95a0",
        "staffordshire-county-council",
        "Staffordshire County Council",
    ),
    ("89174e21-7add-50fa-b8d5-2524255244db", "stoke-on-trent-city-council", "Stoke-on-Trent City Council"),
    (
        "95dbbfc9-5618-5e8c-8ca1-17be278bdba6",
        "staffordshire-and-stoke-on-trent-icb",
        "Staffordshire and Stoke-on-Trent Integrated Care Board",
    ),
]
AREAS = [
    ("47046c84-ad11-5781-8802-bc84f6021dd7", "cannock-chase", "Cannock Chase"),
    ("816c1b7d-febd-525b-97a4-f36f8e5e4746", "east-staffordshire", "East Staffordshire"),
    ("a724a96d-15ca-5849-b595-56af0736dc39", "lichfield", "Lichfield"),
    ("36c346b3-8470-5149-bc6e-63dbf8260179", "newcastle-under-lyme", "Newcastle-under-Lyme"),
    ("f6ebf6bd-9d53-5f30-b53b-e0a123dfe0b3", "south-staffordshire", "South Staffordshire"),
    ("3c04e600-4abf-56a9-ac64-4dd4a075e22b", "stafford", "Stafford"),
    ("ad468fe1-ef7b-5624-995b-e70ee66402da", "staffordshire-moorlands", "Staffordshire Moorlands"),
    ("f3493adb-4b0d-5a2e-8982-c3fab8f255a8", "tamworth", "Tamworth"),
    ("b259c9cc-a764-5c02-934c-e05f757cd422", "stoke-on-trent", "Stoke-on-Trent"),
]
SERVICE_PERMISSIONS = {
    "Editors": ["add_service", "change_service"],
    "Moderators": [
        "add_service",
        "change_service",
        "delete_service",
        "publish_service",
        "lock_service",
        "unlock_service",
        *(f"{verb}_{model}" for model in ("category", "responsiblebody", "area", "organisation")
          for verb in ("add", "change")),
    ],
}
WORKFLOW_NAME = "Moderators approval"


def seed(apps, schema_editor):
    for model_name, rows in (
        ("Category", CATEGORIES),
        ("ResponsibleBody", RESPONSIBLE_BODIES),
        ("Area", AREAS),
    ):
        model = apps.get_model("services", model_name)
        for order, (pk, slug, name) in enumerate(rows):
            model.objects.get_or_create(
                id=pk, defaults={"slug": slug, "name": name, "sort_order": order}
            )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, codenames in SERVICE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            model = codename.split("_", 1)[1]
            content_type, _ = ContentType.objects.get_or_create(app_label="services", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            group.permissions.add(permission)

    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        service_type, _ = ContentType.objects.get_or_create(app_label="services", model="service")
        WorkflowContentType.objects.update_or_create(
            content_type=service_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0001_initial"),
        ("localoffer", "0003_editor_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
