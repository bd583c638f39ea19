"""Demo directory entries, from the services app's ``demo_services``."""

import datetime
from collections.abc import Callable

from services.demo_services import SERVICES
from services.models import (
    DELIVERY_METHODS,
    Area,
    Category,
    OpeningTime,
    Organisation,
    ReferralRoute,
    ResponsibleBody,
    Service,
    ServiceLocation,
)

# Who is reminded to review each body's demo entries (demo addresses).
DEMO_OWNERS = {
    "staffordshire-county-council": "directory.county@example.org",
    "stoke-on-trent-city-council": "directory.city@example.org",
    "staffordshire-and-stoke-on-trent-icb": "directory.icb@example.org",
}


def load_services_demo(log: Callable[[str], None]) -> None:
    existing = set(Service.objects.values_list("slug", flat=True))
    categories = {c.slug: c for c in Category.objects.all()}
    bodies = {b.slug: b for b in ResponsibleBody.objects.all()}
    areas = {a.slug: a for a in Area.objects.all()}
    created = 0
    for spec in SERVICES:
        if spec["slug"] in existing:
            continue
        service = Service(
            name=spec["name"],
            slug=spec["slug"],
            summary=spec["summary"],
            description=spec["description"],
            minimum_age=spec["minimum_age"],
            maximum_age=spec["maximum_age"],
            responsible_body=bodies[spec["responsible_body"]],
            provider=(
                Organisation.objects.get_or_create(name=spec["provider"])[0]
                if spec["provider"]
                else None
            ),
            eligibility=spec["eligibility"],
            is_free=spec["is_free"],
            cost_description=spec["cost_description"],
            phone=spec["phone"],
            email=spec["email"],
            website=spec["website"],
            opening_times_notes=spec["opening_times_notes"],
            last_reviewed=datetime.date.fromisoformat(spec["last_reviewed"]),
            review_interval_months=spec["review_interval_months"],
            owner_email=spec.get("owner_email") or DEMO_OWNERS[spec["responsible_body"]],
            **{field: slug in spec["delivery"] for slug, field, _ in DELIVERY_METHODS},
        )
        service.categories = [categories[slug] for slug in spec["categories"]]
        service.areas = [areas[slug] for slug in spec["areas"]]
        service.referral_routes = [
            ReferralRoute(sort_order=i, **route) for i, route in enumerate(spec["referral_routes"])
        ]
        service.locations = [
            ServiceLocation(sort_order=i, **location)
            for i, location in enumerate(spec["locations"])
        ]
        service.opening_times = [
            OpeningTime(
                sort_order=i,
                weekday=row["weekday"],
                opens=datetime.time.fromisoformat(row["opens"]),
                closes=datetime.time.fromisoformat(row["closes"]),
            )
            for i, row in enumerate(spec["opening_times"])
        ]
        service.full_clean()
        service.save()
        service.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} demo services")
