"""Read queries for the directory. Views, the admin and the API ask here."""

from django.db.models import QuerySet
from django.utils import timezone

from .models import Service


def service_overdue_for_review(*, queryset: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Entries whose review date has passed, drafts included (editors must see them)."""
    queryset = Service.objects.all() if queryset is None else queryset
    return queryset.filter(review_due__lt=timezone.localdate())
