"""Read queries for the directory. Views, the admin and the API ask here."""

import datetime

from django.conf import settings
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone

from .cache import cached
from .models import (
    DELIVERY_METHODS,
    Area,
    Category,
    OpeningTime,
    ReferralRoute,
    ResponsibleBody,
    ReviewReminder,
    ReviewState,
    Service,
    ServiceLocation,
)
from .search import first_words, full_text_search_available, search_query, search_rank

# Child rows in the order editors gave them; rows without one (not made in the
# admin) last, on every database (SQLite and PostgreSQL disagree on NULLs).
IN_EDITOR_ORDER = (F("sort_order").asc(nulls_last=True), "pk")


def service_in_review_state(
    state: str, *, queryset: QuerySet[Service] | None = None
) -> QuerySet[Service]:
    """Entries that are fresh, due for review soon, or overdue (``ReviewState``)."""
    queryset = Service.objects.all() if queryset is None else queryset
    return queryset.filter(ReviewState.condition(state))


def service_review_counts() -> list[dict]:
    """For each responsible body, how many live entries are in each review state."""
    counts = {
        row["responsible_body"]: row
        for row in service_published()
        .order_by()
        .values("responsible_body")
        .annotate(
            **{
                state.name.lower(): Count("pk", filter=ReviewState.condition(state))
                for state in ReviewState
            }
        )
    }
    rows = []
    for body in ResponsibleBody.objects.all():
        row = counts.get(body.pk, {})
        states = {state.name.lower(): row.get(state.name.lower(), 0) for state in ReviewState}
        rows.append({"body": body, "states": states, "total": sum(states.values())})
    return rows


def service_due_for_reminder(*, now: datetime.datetime | None = None) -> QuerySet[Service]:
    """Live entries due for review soon or overdue whose owner has not been
    reminded about them in the last ``DIRECTORY_REVIEW_REMINDER_DAYS``."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=settings.DIRECTORY_REVIEW_REMINDER_DAYS)
    recently_reminded = ReviewReminder.objects.filter(sent_at__gt=since).values("service_id")
    return (
        service_published()
        .filter(review_due__lte=ReviewState.due_soon_until(timezone.localdate(now)))
        .exclude(pk__in=recently_reminded)
        .select_related("responsible_body")
        .order_by("owner_email", "review_due", "name")
    )


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
            Prefetch("referral_routes", queryset=ReferralRoute.objects.order_by(*IN_EDITOR_ORDER)),
            Prefetch("locations", queryset=ServiceLocation.objects.order_by(*IN_EDITOR_ORDER)),
            Prefetch(
                "opening_times",
                queryset=OpeningTime.objects.order_by("weekday", "opens", *IN_EDITOR_ORDER),
            ),
        )
        .filter(slug=slug)
        .first()
    )


def service_for_ages(
    *, queryset: QuerySet[Service], youngest: int | None = None, oldest: int | None = None
) -> QuerySet[Service]:
    """Services whose age range overlaps ``youngest`` to ``oldest`` (either may
    be open): ``youngest=oldest=7`` finds the services for a 7-year-old."""
    if youngest is not None:
        queryset = queryset.filter(maximum_age__gte=youngest)
    if oldest is not None:
        queryset = queryset.filter(minimum_age__lte=oldest)
    return queryset


def service_matching_words(*, queryset: QuerySet[Service], words: str) -> QuerySet[Service]:
    """Services whose name, summary, description or category names hold every word.

    Full-text search with English stemming on PostgreSQL; elsewhere each word
    must appear somewhere in those fields.
    """
    if full_text_search_available(queryset.db):
        return queryset.filter(search_vector=search_query(words))
    for word in first_words(words).split():
        in_categories = Service.categories.through.objects.filter(
            category__name__icontains=word
        ).values("service_id")
        queryset = queryset.filter(
            Q(name__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Q(pk__in=in_categories)
        )
    return queryset


def service_list(*, filterset, sort: str = "relevance") -> QuerySet[Service]:
    """The directory's results for a bound ServiceFilter, with what a result card shows."""
    queryset = filterset.qs.select_related("responsible_body").prefetch_related(
        Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name"))
    )
    words = filterset.form.cleaned_data.get("q") if filterset.is_valid() else ""
    if sort == "reviewed":
        return queryset.order_by("-last_reviewed", "name")
    if sort == "relevance" and words and full_text_search_available(queryset.db):
        return queryset.annotate(rank=search_rank(words)).order_by("-rank", "name")
    if sort == "relevance" and words:
        # Best first: the words in the name, then in the summary, then anywhere.
        first = words.split()[0]
        return queryset.annotate(
            rank=Case(
                When(name__icontains=words, then=Value(0)),
                When(name__icontains=first, then=Value(1)),
                When(summary__icontains=first, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        ).order_by("rank", "name")
    return queryset.order_by("name")


def referral_route_list(*, filterset, sort: str = "relevance") -> QuerySet[Service]:
    """The directory's results (``service_list``) with each service's referral
    routes as ``listed_routes``: only the chosen route kinds when the filter
    names some, in the editors' order."""
    kinds = filterset.form.cleaned_data.get("referral") if filterset.is_valid() else None
    routes = ReferralRoute.objects.order_by(*IN_EDITOR_ORDER)
    if kinds:
        routes = routes.filter(kind__in=kinds)
    return service_list(filterset=filterset, sort=sort).prefetch_related(
        Prefetch("referral_routes", queryset=routes, to_attr="listed_routes")
    )


def service_facets(*, filterset) -> dict[str, dict[str, int]]:
    """For each filter group, how many results each option would give with the
    other groups' filters applied. Cached until the directory changes; when
    counted, a fixed number of queries (one a group)."""
    if not filterset.is_valid():
        return {}
    params = {
        name: sorted(getattr(item, "slug", item) for item in value)
        if isinstance(value, list | tuple | QuerySet)
        else value
        for name, value in filterset.form.cleaned_data.items()
    }
    return cached("facets", params, lambda: count_facets(filterset))


def count_facets(filterset) -> dict[str, dict[str, int]]:
    def through_counts(group: str) -> dict[str, int]:
        # Each (service, term) pair is one row: counting rows counts services.
        # The filter names the relation, so there is one map of group to field.
        field = Service._meta.get_field(filterset.filters[group].field_name)
        term = f"{field.m2m_reverse_field_name()}__slug"
        base = filterset.queryset_without(group).values("pk")
        return dict(
            field.remote_field.through.objects.filter(service__in=base)
            .values_list(term)
            .annotate(n=Count("pk"))
            .values_list(term, "n")
        )

    everywhere = (
        filterset.queryset_without("area")
        .exclude(pk__in=Service.areas.through.objects.values("service_id"))
        .count()
    )
    in_area = through_counts("area")
    facets = {
        "category": through_counts("category"),
        "body": dict(
            filterset.queryset_without("body")
            .order_by()
            .values_list("responsible_body__slug")
            .annotate(n=Count("pk"))
            .values_list("responsible_body__slug", "n")
        ),
        # An area also finds the services available everywhere.
        "area": {
            slug: in_area.get(slug, 0) + everywhere
            for slug in Area.objects.values_list("slug", flat=True)
        },
    }
    base = filterset.queryset_without("referral").values("pk")
    facets["referral"] = dict(
        ReferralRoute.objects.filter(service__in=base)
        .values_list("kind")
        .annotate(n=Count("service", distinct=True))
        .values_list("kind", "n")
    )
    delivery_base = filterset.queryset_without("delivery")
    facets["delivery"] = delivery_base.aggregate(
        **{slug: Count("pk", filter=Q(**{field: True})) for slug, field, _ in DELIVERY_METHODS}
    )
    facets["free"] = {"true": filterset.queryset_without("free").filter(is_free=True).count()}
    return facets


def service_oruk(*, queryset: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Live services with everything the Open Referral shape shows, in a fixed
    number of queries however many there are."""
    queryset = service_published() if queryset is None else queryset
    return queryset.select_related("responsible_body", "provider").prefetch_related(
        Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name")),
        Prefetch("areas", queryset=Area.objects.order_by("sort_order", "name")),
        Prefetch("referral_routes", queryset=ReferralRoute.objects.order_by(*IN_EDITOR_ORDER)),
        Prefetch("locations", queryset=ServiceLocation.objects.order_by(*IN_EDITOR_ORDER)),
        Prefetch(
            "opening_times",
            queryset=OpeningTime.objects.order_by("weekday", "opens", *IN_EDITOR_ORDER),
        ),
    )


def service_oruk_list(
    *,
    search: str = "",
    term=None,
    taxonomy=None,
    organization_id=None,
    modified_after: datetime.datetime | None = None,
    minimum_age: int | None = None,
    maximum_age: int | None = None,
) -> QuerySet[Service]:
    """Live services for the Open Referral API's ``/services``, ordered by name.

    ``term`` is a Category or ResponsibleBody; ``taxonomy`` one of those models
    (services with any term in it). Ages overlap: ``minimum_age=7&maximum_age=7``
    finds services for a 7-year-old.
    """
    queryset = service_published()
    if search:
        queryset = service_matching_words(queryset=queryset, words=search)
    links = Service.categories.through.objects
    if isinstance(term, Category):
        queryset = queryset.filter(pk__in=links.filter(category=term).values("service_id"))
    elif term is not None:
        queryset = queryset.filter(responsible_body=term)
    if taxonomy is Category:
        queryset = queryset.filter(pk__in=links.values("service_id"))
    if organization_id is not None:
        queryset = queryset.filter(
            Q(provider_id=organization_id)
            | Q(provider__isnull=True, responsible_body_id=organization_id)
        )
    if modified_after is not None:
        queryset = queryset.filter(updated_at__gte=modified_after)
    queryset = service_for_ages(queryset=queryset, youngest=minimum_age, oldest=maximum_age)
    return queryset.order_by("name", "pk")
