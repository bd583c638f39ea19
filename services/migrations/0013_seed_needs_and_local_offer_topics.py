"""The Local Offer's full range of topics as categories, and the needs taxonomy.

Adds four categories (social care; things to do and short breaks; money matters;
information, advice and support groups) and puts all nine in the order of
DESIGN.md, moving only seeded categories that still hold their seeded place, so
an order an editor chose is kept. Adds the SEND Code of Practice's four broad
areas of need with the specific needs under them, and lets Moderators add and
change needs (Editors only choose from them, as with categories).

Ids are written here, never generated, so every install publishes the same Open
Referral ids. Safe to run again: a term whose id, slug or name is already taken
is left as it is.
"""

from django.db import migrations
from django.db.models import Q

NEW_CATEGORIES = [
    ("84351a56-e072-5e25-8ce3-f69021f329bf", "social-care", "Social care"),
    (
        "e53873b0-21ac-51be-a724-571ad1eaba87",
        "things-to-do-and-short-breaks",
        "Things to do and short breaks",
    ),
    ("0286f88d-08f1-5d55-9d65-58bce4d05d25", "money-matters", "Money matters"),
    (
        "a4b6a6bc-fbbd-50e7-97e7-3eda9154ad00",
        "information-advice-and-support",
        "Information, advice and support groups",
    ),
]
# Each category's place in the design's order, and where migration 0002 put it.
CATEGORY_ORDER = {
    "early-years": (0, 0),
    "education": (1, 1),
    "health": (2, 2),
    "social-care": (3, None),
    "transport": (4, 3),
    "things-to-do-and-short-breaks": (5, None),
    "money-matters": (6, None),
    "preparing-for-adulthood": (7, 4),
    "information-advice-and-support": (8, None),
}
# (id, slug, name, the broad area's slug or None for a broad area), in order.
NEEDS = [
    (
        "52ce714d-af7b-5a1e-9f9b-ba470518b7ca",
        "communication-and-interaction",
        "Communication and interaction",
        None,
    ),
    ("7c911e1a-5dc2-522c-8de9-da6b36989d06", "autism", "Autism", "communication-and-interaction"),
    (
        "707a6a31-56ff-5dc4-bf1c-81a7bf05e31c",
        "speech-language-and-communication",
        "Speech, language and communication needs",
        "communication-and-interaction",
    ),
    (
        "211a3f6b-c4b0-554e-90db-09b6948afbf5",
        "cognition-and-learning",
        "Cognition and learning",
        None,
    ),
    (
        "ff84dfa0-a4a2-58af-8ecc-a62ffc0f7d8d",
        "specific-learning-difficulties",
        "Dyslexia and other specific learning difficulties",
        "cognition-and-learning",
    ),
    (
        "784983bf-ec60-53da-abdb-11387fcaea74",
        "learning-disabilities",
        "Learning disabilities",
        "cognition-and-learning",
    ),
    (
        "9d19e690-fdd1-5e03-94f7-a86201350143",
        "social-emotional-and-mental-health",
        "Social, emotional and mental health",
        None,
    ),
    ("45a57c1b-d944-58eb-a130-74219e1b44cd", "adhd", "ADHD", "social-emotional-and-mental-health"),
    (
        "5e1aa632-370f-52b5-933e-5333ab5c68a8",
        "mental-health",
        "Mental health",
        "social-emotional-and-mental-health",
    ),
    (
        "1de0955f-f129-531e-bad6-265cfc176f04",
        "sensory-and-physical",
        "Sensory and/or physical needs",
        None,
    ),
    (
        "0c0b5c28-a1aa-54d5-b135-7379bdcacd19",
        "hearing-impairment",
        "Hearing impairment",
        "sensory-and-physical",
    ),
    (
        "9b6dbc07-f41c-50f3-a90e-6d1090bb216a",
        "vision-impairment",
        "Vision impairment",
        "sensory-and-physical",
    ),
    (
        "d26f61c5-381c-5f58-8fb9-48addff675f8",
        "multi-sensory-impairment",
        "Multi-sensory impairment",
        "sensory-and-physical",
    ),
    (
        "68c62156-ce15-5c92-852c-01a6bab99b91",
        "physical-disability",
        "Physical disability",
        "sensory-and-physical",
    ),
]
MODERATOR_PERMISSIONS = ["add_need", "change_need"]


def add_terms(model, rows) -> None:
    """Each (id, slug, name, fields) row, unless its id, slug or name is taken."""
    for pk, slug, name, fields in rows:
        if not model.objects.filter(Q(pk=pk) | Q(slug=slug) | Q(name=name)).exists():
            model.objects.create(id=pk, slug=slug, name=name, **fields)


def seed(apps, schema_editor):
    Category = apps.get_model("services", "Category")
    add_terms(
        Category,
        [
            (pk, slug, name, {"sort_order": CATEGORY_ORDER[slug][0]})
            for pk, slug, name in NEW_CATEGORIES
        ],
    )
    for slug, (order, seeded) in CATEGORY_ORDER.items():
        if seeded is not None and seeded != order:
            Category.objects.filter(slug=slug, sort_order=seeded).update(sort_order=order)

    Need = apps.get_model("services", "Need")
    ids = {slug: pk for pk, slug, _, _ in NEEDS}
    rows = [
        (pk, slug, name, {"sort_order": order, "parent_id": ids[parent] if parent else None})
        for order, (pk, slug, name, parent) in enumerate(NEEDS)
    ]
    add_terms(Need, [row for row in rows if row[3]["parent_id"] is None])
    # A specific need goes only under its own broad area (not one an editor made).
    broad = set(map(str, Need.objects.filter(pk__in=ids.values()).values_list("pk", flat=True)))
    add_terms(Need, [row for row in rows if row[3]["parent_id"] in broad])

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="services", model="need")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for codename in MODERATOR_PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("services", "0012_needs")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
