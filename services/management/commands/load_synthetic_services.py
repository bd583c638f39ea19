"""Fill the directory with many synthetic services, for load tests (`make bench`).

Each is a variation on one of the demo services: its words, categories,
referral routes and opening times, with its own ages, areas and number, so
searches and filters select realistic shares of the data. Written in bulk,
then the search vectors are built in one statement and the tables analysed.
Never for a real site: every entry's slug starts with ``synthetic-``.
"""

import datetime
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from services.demo_services import SERVICES
from services.models import (
    DELIVERY_METHODS,
    MAXIMUM_AGE,
    Area,
    Category,
    OpeningTime,
    ReferralRoute,
    ResponsibleBody,
    Service,
    add_months,
)
from services.search import update_search_vectors

BATCH = 2000


class Command(BaseCommand):
    help = "Add COUNT synthetic live services (default 10,000) for load testing."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=2026, help="Same seed, same data.")

    def handle(self, *args, count: int, seed: int, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        if Service.objects.filter(slug__startswith="synthetic-").exists():
            raise CommandError("Synthetic services are already loaded; use an empty database.")
        started = time.monotonic()
        rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
        categories = {c.slug: c.pk for c in Category.objects.all()}
        bodies = {b.slug: b.pk for b in ResponsibleBody.objects.all()}
        areas = list(Area.objects.values_list("pk", flat=True))
        today = datetime.date.today()

        for start in range(0, count, BATCH):
            with transaction.atomic():
                self.write_batch(
                    range(start, min(start + BATCH, count)),
                    rng=rng,
                    categories=categories,
                    bodies=bodies,
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

    def write_batch(self, numbers, *, rng, categories, bodies, areas, today):
        services, picks = [], []
        for number in numbers:
            spec = rng.choice(SERVICES)
            youngest = rng.randint(0, 19)
            oldest = rng.randint(youngest, MAXIMUM_AGE)
            last_reviewed = today - datetime.timedelta(days=rng.randint(0, 500))
            services.append(
                Service(
                    name=f"{spec['name']} ({number + 1})",
                    slug=f"synthetic-{number + 1}",
                    summary=spec["summary"],
                    description=spec["description"],
                    minimum_age=youngest,
                    maximum_age=oldest,
                    responsible_body_id=bodies[spec["responsible_body"]],
                    eligibility=spec["eligibility"],
                    is_free=spec["is_free"],
                    cost_description=spec["cost_description"],
                    phone=spec["phone"],
                    email=spec["email"],
                    last_reviewed=last_reviewed,
                    review_due=add_months(last_reviewed, 12),
                    live=True,
                    **{field: slug in spec["delivery"] for slug, field, _ in DELIVERY_METHODS},
                )
            )
            # A fifth are available everywhere; the rest in one to three areas.
            chosen_areas = [] if rng.random() < 0.2 else rng.sample(areas, rng.randint(1, 3))
            picks.append((spec, chosen_areas))
        Service.objects.bulk_create(services)

        category_rows, area_rows, routes, times = [], [], [], []
        for service, (spec, chosen_areas) in zip(services, picks, strict=True):
            category_rows += [
                Service.categories.through(service_id=service.pk, category_id=categories[slug])
                for slug in spec["categories"]
            ]
            area_rows += [
                Service.areas.through(service_id=service.pk, area_id=area) for area in chosen_areas
            ]
            routes += [
                ReferralRoute(service=service, sort_order=i, **route)
                for i, route in enumerate(spec["referral_routes"])
            ]
            times += [
                OpeningTime(
                    service=service,
                    sort_order=i,
                    weekday=row["weekday"],
                    opens=datetime.time.fromisoformat(row["opens"]),
                    closes=datetime.time.fromisoformat(row["closes"]),
                )
                for i, row in enumerate(spec["opening_times"])
            ]
        Service.categories.through.objects.bulk_create(category_rows)
        Service.areas.through.objects.bulk_create(area_rows)
        ReferralRoute.objects.bulk_create(routes)
        OpeningTime.objects.bulk_create(times)
