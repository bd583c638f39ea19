"""Fill the directory with many synthetic services, for load tests (`make bench`).

Each is a variation on one of the demo services in ``demo/services.json``
(or ``--source``), read once and built by the importer's own ``Record``: its
words, categories, needs (or any need), referral routes, locations and opening
times, with its own ages, areas and number, so searches and filters select
realistic shares of the data. Written in bulk, then the search vectors are
built in one statement and the tables analysed. Never for a real site: every
entry's slug starts with ``synthetic-``.
"""

import datetime
import random
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from services.importers import (
    CHILD_FIELDS,
    RECORD_FIELDS,
    ImportFileError,
    Record,
    Rejected,
    lookups,
    read_records,
)
from services.models import MAXIMUM_AGE, Area, Service, add_months
from services.search import update_search_vectors

BATCH = 2000
# What a synthetic service takes from its demo service; the rest is its own.
COPIED_FIELDS = [
    name
    for name in RECORD_FIELDS
    if name not in ("name", "slug", "minimum_age", "maximum_age", "last_reviewed", "provider_id")
]


def templates(source: Path) -> list[tuple[Service, dict]]:
    """Each service in the file and its rows, as the importer builds them (unsaved)."""
    try:
        with source.open(encoding="utf-8") as file:
            records = read_records(file)
    except (OSError, ImportFileError) as error:
        raise CommandError(f"Cannot read {source}: {error}") from None
    terms = lookups()
    built = []
    for index, data in enumerate(records):
        try:
            built.append(Record(data, default_body=None, terms=terms).build(None))
        except Rejected as error:
            raise CommandError(f"{source}, record {index}: {error}") from None
    if not built:
        raise CommandError(f"{source} holds no services.")
    return built


class Command(BaseCommand):
    help = "Add COUNT synthetic live services (default 10,000) for load testing."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=2026, help="Same seed, same data.")
        parser.add_argument(
            "--source",
            type=Path,
            default=Path(settings.BASE_DIR) / "demo" / "services.json",
            help="The ORUK file whose services are varied (default: the demo's).",
        )

    def handle(self, *args, count: int, seed: int, source: Path, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        if Service.objects.filter(slug__startswith="synthetic-").exists():
            raise CommandError("Synthetic services are already loaded; use an empty database.")
        started = time.monotonic()
        rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
        specs = templates(source)
        areas = list(Area.objects.values_list("pk", flat=True))
        today = datetime.date.today()

        for start in range(0, count, BATCH):
            with transaction.atomic():
                self.write_batch(
                    range(start, min(start + BATCH, count)),
                    rng=rng,
                    specs=specs,
                    areas=areas,
                    today=today,
                )
            self.stdout.write(f"\r  {min(start + BATCH, count):,} of {count:,}", ending="")
        self.stdout.write("")
        update_search_vectors(Service.objects.filter(slug__startswith="synthetic-"))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {count:,} synthetic services in {time.monotonic() - started:.1f} s"
            )
        )

    def write_batch(self, numbers, *, rng, specs, areas, today):
        services, picks = [], []
        for number in numbers:
            spec, children = rng.choice(specs)
            youngest = rng.randint(0, 19)
            oldest = rng.randint(youngest, MAXIMUM_AGE)
            last_reviewed = today - datetime.timedelta(days=rng.randint(0, 500))
            services.append(
                Service(
                    **{name: getattr(spec, name) for name in COPIED_FIELDS},
                    name=f"{spec.name} ({number + 1})",
                    slug=f"synthetic-{number + 1}",
                    minimum_age=youngest,
                    maximum_age=oldest,
                    last_reviewed=last_reviewed,
                    review_due=add_months(last_reviewed, spec.review_interval_months),
                )
            )
            # A fifth are available everywhere; the rest in one to three areas.
            chosen_areas = [] if rng.random() < 0.2 else rng.sample(areas, rng.randint(1, 3))
            picks.append((children, chosen_areas))
        Service.objects.bulk_create(services)

        links = {
            Service.categories.through: [],
            Service.needs.through: [],
            Service.areas.through: [],
        }
        rows = {model: [] for model, _ in CHILD_FIELDS.values()}
        for service, (children, chosen_areas) in zip(services, picks, strict=True):
            links[Service.categories.through] += [
                Service.categories.through(service_id=service.pk, category_id=category.pk)
                for category in children["categories"]
            ]
            links[Service.needs.through] += [
                Service.needs.through(service_id=service.pk, need_id=need.pk)
                for need in children["needs"]
            ]
            links[Service.areas.through] += [
                Service.areas.through(service_id=service.pk, area_id=area) for area in chosen_areas
            ]
            for key, (model, fields) in CHILD_FIELDS.items():
                rows[model] += [
                    model(
                        service=service, sort_order=order, **{f: getattr(row, f) for f in fields}
                    )
                    for order, row in enumerate(children[key])
                ]
        for model, batch in (*links.items(), *rows.items()):
            model.objects.bulk_create(batch)
