"""Seed the search synonyms from the words families and professionals use in
SEND (the SEND Code of Practice, the partners' strategies), let Moderators keep
them and Editors read them, and enable PostgreSQL's pg_trgm for spelling
suggestions. Safe to run again: an existing term is left as editors have it.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

SYNONYMS = [
    ("EHCP", "EHC plan, education health and care plan, EHC, statement of SEN"),
    (
        "EHC needs assessment",
        "EHCNA, education health and care needs assessment, statutory assessment",
    ),
    (
        "SALT",
        "SLT, speech and language therapy, speech and language therapist, speech therapy, "
        "speech therapist",
    ),
    ("SLCN", "speech language and communication needs, communication needs"),
    ("OT", "occupational therapy, occupational therapist"),
    ("physio", "physiotherapy, physiotherapist"),
    (
        "CAMHS",
        "mental health, child and adolescent mental health services, emotional wellbeing, "
        "emotional health",
    ),
    (
        "SENCo",
        "SENCO, special educational needs coordinator, special educational needs co-ordinator",
    ),
    (
        "autism",
        "ASD, ASC, autistic, autism spectrum disorder, autism spectrum condition",
    ),
    ("ADHD", "attention deficit hyperactivity disorder, attention deficit"),
    ("deaf", "hearing impairment, hearing loss, hearing"),
    ("blind", "visual impairment, vision impairment, sight loss, sight, partially sighted, VI"),
    ("MSI", "multi-sensory impairment, deafblind"),
    ("respite", "short breaks, short break, sitting service"),
    ("DLA", "disability living allowance, benefits"),
    ("PIP", "personal independence payment, benefits"),
    ("benefits", "financial help, help with costs"),
    ("SEND", "SEN, special educational needs, special educational needs and disabilities"),
    (
        "SENDIASS",
        "SENDIAS, IASS, information advice and support service, information advice and support",
    ),
    ("PfA", "preparing for adulthood"),
    (
        "school transport",
        "home to school transport, travel assistance, school bus, taxi to school, travel to school",
    ),
    ("dyslexia", "SpLD, specific learning difficulty, specific learning difficulties"),
    ("learning disability", "learning disabilities, LD"),
    ("SEMH", "social emotional and mental health"),
    ("EP", "educational psychologist, educational psychology, ed psych"),
    ("health visitor", "health visiting, HV"),
    ("GP", "doctor, family doctor"),
    ("tribunal", "SENDIST, appeal, first-tier tribunal"),
    ("mediation", "disagreement resolution"),
    ("direct payments", "personal budget"),
    ("continence", "bladder and bowel, toileting, toilet training, incontinence"),
    ("epilepsy", "seizures"),
    ("cerebral palsy", "CP"),
    ("early help", "family support, family hub, family hubs"),
    ("social worker", "social care, social services, disabled children's team"),
    ("nursery", "early years, preschool, pre-school"),
    ("college", "further education, post-16, sixth form"),
    ("EOTAS", "education otherwise than at school"),
    ("home education", "elective home education, EHE, home schooling"),
    ("annual review", "EHC plan review, review of the plan"),
    ("wheelchair", "wheelchair service, mobility"),
    ("Portage", "home visiting for under 5s"),
    ("SEN support", "graduated approach, extra help at school"),
    ("co-production", "coproduction, co production"),
    ("you said we did", "feedback, comments, what we changed"),
    ("special school", "specialist school, specialist provision"),
    ("ABA", "applied behaviour analysis"),
    ("PDA", "pathological demand avoidance"),
]
# One way only: the word or phrase finds what the others do, not the reverse
# (a search for "speech" should not find every page that says "talk").
ONE_WAY = [
    ("assess plan do review", "graduated approach"),
    ("talking", "speech, speech and language therapy, communication"),
    ("talk", "speech, speech and language therapy"),
    ("toddler", "under 5s, early years, preschool"),
    ("baby", "early years, under 5s, health visiting"),
    ("teenager", "young people, young person"),
    ("disabled", "disability, disabilities, SEND"),
    ("job", "employment, supported employment, supported internship, work experience"),
    ("money", "benefits, grants, direct payments, personal budget"),
]
PERMISSIONS = {
    "Editors": ["view_searchsynonym"],
    "Moderators": [
        "view_searchsynonym",
        "add_searchsynonym",
        "change_searchsynonym",
        "delete_searchsynonym",
    ],
}


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("services", "SearchSynonym")
    for rows, both_ways in ((SYNONYMS, True), (ONE_WAY, False)):
        for term, synonyms in rows:
            SearchSynonym.objects.get_or_create(
                term=term, defaults={"synonyms": synonyms, "both_ways": both_ways}
            )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="services", model="searchsynonym")
    for group_name, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0006_search_synonyms_and_words"),
    ]

    operations = [
        # A no-op on databases other than PostgreSQL.
        TrigramExtension(),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
