"""Read queries for the directory. Views, the admin and the API ask here."""

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from .models import Category, OpeningTime, ReferralRoute, Service, ServiceLocation


def service_overdue_for_review(*, queryset: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Entries whose review date has passed, drafts included (editors must see them)."""
    queryset = Service.objects.all() if queryset is None else queryset
    return queryset.filter(review_due__lt=timezone.localdate())


def service_published() -> QuerySet[Service]:
    """Every live service: the only ones the public, search engines or the API may see."""
    return Service.objects.filter(live=True)


def service_detail(*, slug: str) -> Service | None:
    """One live service with everything its page shows, in a fixed number of queries."""
    return (
        service_published()
        .select_related("responsible_body", "provider")
        .prefetch_related(
            Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name")),
            "areas",
            Prefetch("referral_routes", queryset=ReferralRoute.objects.order_by("sort_order")),
            Prefetch("locations", queryset=ServiceLocation.objects.order_by("sort_order")),
            Prefetch(
                "opening_times",
                queryset=OpeningTime.objects.order_by("weekday", "opens", "sort_order"),
            ),
        )
        .filter(slug=slug)
        .first()
    )
