"""Read queries for the directory. Views, the admin and the API ask here."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import connections
from django.db.models import (
    Avg,
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone

from . import places
from . import query as understanding
from .cache import cached
from .models import (
    ANY_NEED,
    DELIVERY_METHODS,
    Area,
    Category,
    Need,
    OpeningTime,
    Postcode,
    ReferralRoute,
    ResponsibleBody,
    ReviewReminder,
    ReviewState,
    SearchSynonym,
    SearchWord,
    Service,
    ServiceLocation,
)
from .postcodes import normalise_postcode
from .search import by_relevance, full_text_search_available, matching_all, matching_some

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


def service_get(*, slug: str) -> Service | None:
    """The service with this slug, live or not (``service_detail`` for a page to show)."""
    return Service.objects.filter(slug=slug).first()


def service_choice_list() -> QuerySet[Service]:
    """Every service, live or not, by name, with only what a choice shows: for
    admin filters."""
    return Service.objects.order_by("name").only("pk", "name")


def responsible_body_list() -> QuerySet[ResponsibleBody]:
    """Every responsible body (partner), in the editors' order."""
    return ResponsibleBody.objects.all()


def service_detail(*, slug: str) -> Service | None:
    """One live service with everything its page shows, in a fixed number of queries."""
    return (
        service_published()
        .select_related("responsible_body", "provider")
        .prefetch_related(
            Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name")),
            Prefetch("needs", queryset=Need.objects.order_by("sort_order", "name")),
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


def synonym_groups() -> list[understanding.SynonymGroup]:
    """Editors' synonyms as groups of phrases, read afresh for every search so a
    change applies at once (one small query)."""
    return [
        understanding.SynonymGroup(
            tuple(understanding.phrase_of(phrase) for phrase in synonym.phrases),
            synonym.both_ways,
        )
        for synonym in SearchSynonym.objects.all()
    ]


def search_words_used(words) -> dict[str, int]:
    """How many published pages and services use each of ``words`` (unused ones left out)."""
    return dict(SearchWord.objects.filter(word__in=list(words)).values_list("word", "documents"))


def search_word_closest(word: str, *, used_more_than: int = 0) -> str | None:
    """The word in the published content closest in spelling to ``word`` and
    used more often than ``used_more_than``: trigram similarity on PostgreSQL,
    difflib over words alike in first letter and length elsewhere."""
    candidates = SearchWord.objects.exclude(word=word).filter(documents__gt=used_more_than)
    # Alike in first letter and length: typos that swap letters ("autsim").
    alike = Q(
        word__startswith=word[0],
        word__regex=rf"^.{{{max(len(word) - 2, 1)},{len(word) + 2}}}$",
    )
    if full_text_search_available(candidates.db):
        from django.contrib.postgres.search import TrigramSimilarity

        candidates = (
            candidates.annotate(similarity=TrigramSimilarity("word", word))
            .filter(alike | Q(similarity__gte=0.3))
            .order_by("-similarity", "-documents")
        )
    else:
        candidates = candidates.filter(alike).order_by("-documents")
    return understanding.closest_word(word, candidates.values_list("word", flat=True)[:200])


# Fewer results than this, and a spelling suggestion is worth offering.
FEW_RESULTS = 3


@dataclass(frozen=True)
class SearchPlan:
    """How a search is answered: the query searched for (the typed one, or its
    spelling correction when that found nothing), whether only some of its
    words could be matched, and a spelling to suggest."""

    typed: understanding.Query
    query: understanding.Query
    partial: bool = False
    suggestion: str = ""

    @property
    def corrected(self) -> bool:
        return self.query is not self.typed

    def services(self, queryset: QuerySet[Service]) -> QuerySet[Service]:
        """The services this search finds among ``queryset``."""
        if not self.query:
            return queryset
        if self.partial:
            return matching_some(queryset, self.query)
        return matching_all(queryset, self.query)

    def ranked(self, queryset: QuerySet[Service]) -> QuerySet[Service]:
        """``services(queryset)``, best first."""
        if not self.query:
            return queryset.order_by("name")
        return by_relevance(self.services(queryset), self.query, partial=self.partial)


def search_understood(words: str) -> understanding.Query:
    # No words, no need to read the synonyms.
    if not understanding.words_of(words):
        return understanding.understand(words)
    return understanding.understand(words, synonym_groups())


def search_plan(words: str, *, found: Callable[[SearchPlan], int] | None = None) -> SearchPlan:
    """Decide how to answer ``words``. ``found(plan)`` says how many results a
    plan gives, counting no further than ``FEW_RESULTS`` (by default: live
    services).

    Every word, as typed; else every word with misspellings corrected; else
    the best partial matches of the typed words, then of the corrected ones.
    When every typed word finds only a few results, a correction that finds
    more is offered as a suggestion.
    """
    if found is None:

        def found(plan: SearchPlan) -> int:
            return plan.services(service_published()).values("pk")[:FEW_RESULTS].count()

    typed = search_understood(words)
    plan = SearchPlan(typed, typed)
    if not typed:
        return plan
    count = found(plan)
    if count >= FEW_RESULTS:
        return plan
    fixed = spelling_corrected(typed, found_some=bool(count))
    if fixed is not None:
        corrected = SearchPlan(typed, fixed)
        fixed_count = found(corrected)
        if count == 0 and fixed_count:
            return corrected
        if fixed_count > count:
            return SearchPlan(typed, typed, suggestion=fixed.text)
    if count:
        return plan
    for query in (typed, fixed):
        if query is not None and len(query.concepts) > 1:
            partial = SearchPlan(typed, query, partial=True)
            if found(partial):
                return partial
    return plan


# A word used this rarely may be a misspelling in the content itself ("speach"):
# a close word used this many times as often is suggested instead.
RARE_WORD_DOCUMENTS = 2
MORE_COMMON = 5


def spelling_corrected(
    typed: understanding.Query, *, found_some: bool
) -> understanding.Query | None:
    """The query with misspelt words replaced by the closest the site uses: words
    it never uses, and words it rarely uses that look like a common one. When
    every word found something, a word the site never uses in this form was
    found as another form of itself ("wets" as "wetting"), so only rare words
    are checked."""
    words = understanding.checkable_words(typed)
    used = search_words_used(words) if words else {}
    corrections = {}
    for word in words:
        documents = used.get(word, 0)
        if documents > RARE_WORD_DOCUMENTS or (found_some and not documents):
            continue
        if closest := search_word_closest(word, used_more_than=documents * MORE_COMMON):
            corrections[word] = closest
    text = understanding.corrected(typed, corrections)
    return search_understood(text) if text else None


def service_matching_words(*, queryset: QuerySet[Service], words: str) -> QuerySet[Service]:
    """Services that match every meaningful word of ``words``, synonyms widening
    each: what the Open Referral API's ``search`` returns."""
    query = search_understood(words)
    return matching_all(queryset, query) if query else queryset


def service_list(*, filterset, sort: str = "relevance") -> QuerySet[Service]:
    """The directory's results for a bound ServiceFilter, with what a result card shows."""
    queryset = filterset.qs.select_related("responsible_body").prefetch_related(
        Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name"))
    )
    plan = filterset.search_plan if filterset.is_valid() else None
    if (place := getattr(filterset, "place", None)) is not None:
        queryset = service_with_distance(queryset, place=place, miles=filterset.distance_miles)
        if sort == "nearest":
            return service_nearest_first(queryset)
    if sort == "reviewed":
        return queryset.order_by("-last_reviewed", "name")
    if sort == "relevance" and plan and plan.query:
        return by_relevance(queryset, plan.query, partial=plan.partial)
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


# Facet counting in one query (``count_facets``): ``base`` is the services
# matching every filter but the facet groups, a column ``in_<group>`` for each
# facet group in use; ``{category}`` and the like are "passes every chosen
# group but this one". Table names come from the models, conditions from the
# code: no value from a request is ever formatted in (they are parameters).
FACET_SQL = """
WITH base AS MATERIALIZED ({base})
SELECT 'total', '', COUNT(*) FROM base b WHERE {total}
UNION ALL
SELECT 'category', c.slug, COUNT(*) FROM base b
    JOIN {category_links} l ON l.service_id = b.f_id
    JOIN {categories} c ON c.id = l.category_id
    WHERE {category} GROUP BY c.slug
UNION ALL
SELECT 'body', r.slug, COUNT(*) FROM base b
    JOIN {bodies} r ON r.id = b.f_body
    WHERE {body} GROUP BY r.slug
UNION ALL
SELECT 'area', a.slug, COUNT(x.service_id) FROM {areas} a
    LEFT JOIN (
        SELECT l.area_id, b.f_id AS service_id FROM base b
        JOIN {area_links} l ON l.service_id = b.f_id
        WHERE {area}
    ) x ON x.area_id = a.id
    GROUP BY a.slug
UNION ALL
SELECT 'everywhere', '', COUNT(*) FROM base b WHERE {area} AND b.f_everywhere
UNION ALL
SELECT 'need', n.slug, COUNT(DISTINCT x.service_id) FROM {needs} n
    LEFT JOIN (
        SELECT l.need_id, b.f_id AS service_id FROM base b
        JOIN {need_links} l ON l.service_id = b.f_id
        WHERE {need} AND NOT b.f_any
        UNION ALL
        SELECT m.parent_id, b.f_id FROM base b
        JOIN {need_links} l ON l.service_id = b.f_id
        JOIN {needs} m ON m.id = l.need_id
        WHERE {need} AND NOT b.f_any AND m.parent_id IS NOT NULL
    ) x ON x.need_id = n.id
    GROUP BY n.slug
UNION ALL
SELECT 'any need', '', COUNT(*) FROM base b WHERE {need} AND b.f_any
UNION ALL
SELECT 'referral', r.kind, COUNT(DISTINCT b.f_id) FROM base b
    JOIN {routes} r ON r.service_id = b.f_id
    WHERE {referral} GROUP BY r.kind
UNION ALL
{delivery_counts}
UNION ALL
SELECT 'free', 'true', COUNT(*) FROM base b WHERE {free} AND b.f_free
"""
DELIVERY_SQL = "SELECT 'delivery', '{slug}', COUNT(*) FROM base b WHERE {delivery} AND b.{column}"


def service_facets(*, filterset) -> dict[str, dict[str, int]]:
    """For each filter group, how many results each option would give with the
    other groups' filters applied, and the number of results as ``total``.
    Cached until the directory changes; when counted, one query
    (``count_facets``)."""
    if not filterset.is_valid():
        return {}
    params = {
        name: sorted(getattr(item, "slug", item) for item in value)
        if isinstance(value, list | tuple | QuerySet)
        else value
        for name, value in filterset.form.cleaned_data.items()
    }
    return cached("facets", params, lambda: count_facets(filterset))


def count_facets(filterset) -> dict[str, dict[str, int] | int]:
    """Every facet group's counts, and the results' ``total``, in one query
    (``FACET_SQL``), whatever is chosen.

    The services matching the filters that are not facet groups (words, age,
    postcode) are found once, as a materialised set with a column for each
    chosen group saying whether the service passes that group's filter. Each
    group's options are then counted among the rows that pass every *other*
    chosen group, joining the set to the group's link table. Each service
    counts once per option: an area also counts the services available
    everywhere (no areas), a need the services for any need and, for a broad
    area of need, those for a specific need under it; a route kind counts
    services, not routes. Counting each group with its own query found the
    matching services again for every group, and cost most of a cold page.
    """
    conditions = filterset.facet_conditions()
    area_links = Service.areas.through.objects.filter(service_id=OuterRef("pk"))
    columns = {
        "f_id": F("pk"),
        "f_body": F("responsible_body_id"),
        "f_free": F("is_free"),
        "f_any": F("for_any_need"),
        "f_everywhere": ExpressionWrapper(~Exists(area_links), output_field=BooleanField()),
        **{f"f_{field}": F(field) for _, field, _ in DELIVERY_METHODS},
        **{
            f"in_{name}": ExpressionWrapper(condition, output_field=BooleanField())
            for name, condition in conditions.items()
        },
    }
    base = filterset.queryset_without(*filterset.facet_groups).order_by().values(**columns)
    base_sql, params = base.query.sql_with_params()
    connection = connections[base.db]

    def passing(*groups: str) -> str:
        """Rows that pass every chosen group's filter except ``groups``'."""
        return " AND ".join(f"b.in_{name}" for name in conditions if name not in groups) or "1=1"

    def table(model) -> str:
        return connection.ops.quote_name(model._meta.db_table)

    delivery_counts = "\nUNION ALL\n".join(
        DELIVERY_SQL.format(slug=slug, delivery=passing("delivery"), column=f"f_{field}")
        for slug, field, _ in DELIVERY_METHODS
    )
    sql = FACET_SQL.format(
        base=base_sql,
        total=passing(),
        delivery_counts=delivery_counts,
        category_links=table(Service.categories.through),
        categories=table(Category),
        bodies=table(ResponsibleBody),
        areas=table(Area),
        area_links=table(Service.areas.through),
        needs=table(Need),
        need_links=table(Service.needs.through),
        routes=table(ReferralRoute),
        **{name: passing(name) for name in filterset.facet_groups},
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    counts: dict[str, dict[str, int]] = {name: {} for name in filterset.facet_groups}
    extra = {}
    for group, key, number in rows:
        if group in counts:
            counts[group][key] = number
        else:
            extra[group] = number
    counts["area"] = {slug: n + extra["everywhere"] for slug, n in counts["area"].items()}
    counts["need"] = {slug: n + extra["any need"] for slug, n in counts["need"].items()}
    return {**counts, "total": extra["total"]}


# ---------------------------------------------------------------- near a postcode
# With a postcode, the directory lists two kinds of result:
# - located: a location with coordinates within the distance (any distance: any
#   location). They show "2.3 miles away" to their nearest location.
# - reaching you: no location within the distance, but the service comes to your
#   home, or works online or by phone, or lists no address at all, and it is
#   available in the postcode's area (its areas include it, or it has none: it is
#   everywhere). They never get a distance; they are marked "Comes to you" or
#   "Online or by phone".
# "Nearest first" lists the located results by distance, then the ones that come
# to you (a home visit is as near as it gets, but has no distance to compare),
# then online and phone services, then those with no address, each by name.
# A parent reading "nearest first" expects the distances to climb down the
# page; putting services without one among them would need a fake distance.

REACH_LOCATED, REACH_HOME, REACH_REMOTE, REACH_UNKNOWN = range(4)


def location_with_coordinates() -> QuerySet[ServiceLocation]:
    return ServiceLocation.objects.filter(latitude__isnull=False, longitude__isnull=False)


def location_within(*, place, miles: int | None) -> QuerySet[ServiceLocation]:
    """Locations within ``miles`` of ``place`` (any distance: every located one),
    each with its ``distance`` in miles. The box comes first, so an index on
    (latitude, longitude) narrows the rows before the exact distance is worked out."""
    locations = location_with_coordinates().annotate(
        distance=places.distance_in_miles(place.latitude, place.longitude)
    )
    if miles is None:
        return locations
    box = places.bounding_box(place.latitude, place.longitude, miles)
    return locations.filter(**places.in_box(box)).filter(distance__lte=miles)


def available_in(area) -> Q:
    """Services available in ``area``: it is one of their areas, or they have
    none (everywhere). With no area (a postcode outside ours), only the latter."""
    links = Service.areas.through.objects
    everywhere = ~Q(pk__in=links.values("service_id"))
    if area is None:
        return everywhere
    return Q(pk__in=links.filter(area=area).values("service_id")) | everywhere


def reaches_you() -> Q:
    """Comes to your home, works online or by phone, or lists no address."""
    return (
        Q(delivered_at_home=True)
        | Q(delivered_online=True)
        | Q(delivered_by_telephone=True)
        | ~Q(pk__in=location_with_coordinates().values("service_id"))
    )


def service_near(queryset: QuerySet[Service], *, place, miles: int | None) -> QuerySet[Service]:
    """The services of ``queryset`` a family at ``place`` can use: located
    within ``miles``, or reaching them where they live (see above). A filter
    only, no annotation, so facet counts can use it as they use any filter."""
    within = location_within(place=place, miles=miles).values("service_id")
    return queryset.filter(Q(pk__in=within) | (reaches_you() & available_in(place.area)))


def service_with_distance(
    queryset: QuerySet[Service], *, place, miles: int | None
) -> QuerySet[Service]:
    """Each service with ``distance``, in miles to its nearest location within
    ``miles`` (None when it has none: it reaches you instead, see ``reach_of``)."""
    nearest = (
        location_within(place=place, miles=miles)
        .filter(service=OuterRef("pk"))
        .order_by("distance")
        .values("distance")[:1]
    )
    return queryset.annotate(distance=Subquery(nearest))


def reach_of(service: Service) -> int:
    """What kind of result a ``service_with_distance`` service is (``REACH_*``)."""
    if service.distance is not None:
        return REACH_LOCATED
    if service.delivered_at_home:
        return REACH_HOME
    if service.delivered_online or service.delivered_by_telephone:
        return REACH_REMOTE
    return REACH_UNKNOWN


def service_nearest_first(queryset: QuerySet[Service]) -> QuerySet[Service]:
    """``service_with_distance`` results, nearest first (the order above): the
    distance is worked out once a row, and the rest is plain columns."""
    return queryset.order_by(
        F("distance").asc(nulls_last=True),
        F("delivered_at_home").desc(),
        F("delivered_online").desc(),
        F("delivered_by_telephone").desc(),
        "name",
        "pk",
    )


def service_oruk(*, queryset: QuerySet[Service] | None = None) -> QuerySet[Service]:
    """Live services with everything the Open Referral shape shows, in a fixed
    number of queries however many there are."""
    queryset = service_published() if queryset is None else queryset
    return queryset.select_related("responsible_body", "provider").prefetch_related(
        Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name")),
        Prefetch("needs", queryset=Need.objects.order_by("sort_order", "name")),
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

    ``term`` is a Category, Need or ResponsibleBody, or ``ANY_NEED`` (services
    for any need); a broad area of need also finds the services for its specific
    needs. ``taxonomy`` is one of those models (services with any term in it;
    for Need, those for any need too). Ages overlap:
    ``minimum_age=7&maximum_age=7`` finds services for a 7-year-old.
    """
    queryset = service_published()
    if search:
        queryset = service_matching_words(queryset=queryset, words=search)
    links = Service.categories.through.objects
    need_links = Service.needs.through.objects
    if isinstance(term, Category):
        queryset = queryset.filter(pk__in=links.filter(category=term).values("service_id"))
    elif isinstance(term, Need):
        linked = need_links.filter(Q(need=term) | Q(need__parent=term))
        queryset = queryset.filter(pk__in=linked.values("service_id"))
    elif term == ANY_NEED:
        queryset = queryset.filter(for_any_need=True)
    elif term is not None:
        queryset = queryset.filter(responsible_body=term)
    if taxonomy is Category:
        queryset = queryset.filter(pk__in=links.values("service_id"))
    elif taxonomy is Need:
        queryset = queryset.filter(
            Q(pk__in=need_links.values("service_id")) | Q(for_any_need=True)
        )
    if organization_id is not None:
        queryset = queryset.filter(
            Q(provider_id=organization_id)
            | Q(provider__isnull=True, responsible_body_id=organization_id)
        )
    if modified_after is not None:
        queryset = queryset.filter(updated_at__gte=modified_after)
    queryset = service_for_ages(queryset=queryset, youngest=minimum_age, oldest=maximum_age)
    return queryset.order_by("name", "pk")


# Places: a postcode's location and area, from our own postcode table.

# A postcode without a district code is guessed into the nearest area whose
# postcodes' centre is within this distance; further away it is in none of ours.
AREA_GUESS_LIMIT_MILES = 20.0


@dataclass(frozen=True)
class Place:
    """Where a postcode is, and which of our areas it falls in.

    ``area`` is exact when the postcode's district code is an area's ``ons_code``;
    without a district code it is the nearest area (``area_is_guess``), which the
    visitor may change. ``in_our_areas`` is False for a postcode in a district
    outside Staffordshire and Stoke-on-Trent (the search still works there).
    """

    postcode: str
    latitude: float
    longitude: float
    area: Area | None
    area_is_guess: bool
    in_our_areas: bool


def area_centres() -> dict[Area, tuple[float, float]]:
    """Each area with an ONS code: the mean position of its postcodes in our table."""
    areas = {area.ons_code: area for area in Area.objects.exclude(ons_code="")}
    rows = (
        Postcode.objects.filter(district_code__in=areas)
        .values("district_code")
        .annotate(latitude=Avg("latitude"), longitude=Avg("longitude"))
        .order_by()
    )
    return {areas[row["district_code"]]: (row["latitude"], row["longitude"]) for row in rows}


def postcode_place(*, postcode: str) -> Place | None:
    """The place of a postcode in any spacing or case, or None when we don't know it.

    The area is found exactly by district code; for a postcode loaded without one,
    it is the area whose postcodes' centre (``area_centres``) is nearest, within
    ``AREA_GUESS_LIMIT_MILES``, marked as a guess.
    """
    standard = normalise_postcode(postcode or "")
    if standard is None:
        return None
    row = Postcode.objects.filter(postcode=standard).first()
    if row is None:
        return None
    if row.district_code:
        area = Area.objects.filter(ons_code=row.district_code).first()
        guess = False
    else:
        distances = [
            (
                places.haversine_miles(row.latitude, row.longitude, *centre),
                area.sort_order,
                area.name,
                area,
            )
            for area, centre in area_centres().items()
        ]
        nearest = min(distances, default=None, key=lambda item: item[:3])
        area = nearest[3] if nearest and nearest[0] <= AREA_GUESS_LIMIT_MILES else None
        guess = area is not None
    return Place(
        postcode=row.postcode,
        latitude=row.latitude,
        longitude=row.longitude,
        area=area,
        area_is_guess=guess,
        in_our_areas=area is not None,
    )


# Service at locations: the Open Referral API's /service_at_locations.

METRES_PER_MILE = 1609.344


def service_at_location_list(
    *,
    search: str = "",
    term=None,
    taxonomy=None,
    organization_id=None,
    modified_after: datetime.datetime | None = None,
    minimum_age: int | None = None,
    maximum_age: int | None = None,
    place: Place | None = None,
    within_metres: float | None = None,
) -> QuerySet[ServiceLocation]:
    """Each location of each live service ``service_oruk_list`` finds (same filters).

    Without a ``place``, by service name then the editors' order. With one (a
    postcode's), each row gets ``distance_metres`` (None without coordinates)
    and they come nearest first, those without coordinates last; only services
    ``available_in`` the place's area (ORUK: "if service_area is available,
    only return results where the postcode exists within the service_area").
    ``within_metres`` keeps only locations that close to the place: a bounding
    box the database can answer from the coordinates first, then the exact
    great-circle distance.
    """
    services = service_oruk_list(
        search=search,
        term=term,
        taxonomy=taxonomy,
        organization_id=organization_id,
        modified_after=modified_after,
        minimum_age=minimum_age,
        maximum_age=maximum_age,
    )
    queryset = ServiceLocation.objects.filter(service__in=services.order_by().values("pk"))
    in_editor_order = ("service__name", "service_id", *IN_EDITOR_ORDER)
    if place is None:
        return queryset.order_by(*in_editor_order)
    queryset = queryset.filter(
        service__in=Service.objects.filter(available_in(place.area)).values("pk")
    )
    if within_metres is not None:
        box = places.bounding_box(place.latitude, place.longitude, within_metres / METRES_PER_MILE)
        queryset = queryset.filter(**places.in_box(box))
    queryset = queryset.annotate(
        distance_metres=places.distance_in_miles(place.latitude, place.longitude) * METRES_PER_MILE
    )
    if within_metres is not None:
        queryset = queryset.filter(distance_metres__lte=within_metres)
    return queryset.order_by(F("distance_metres").asc(nulls_last=True), *in_editor_order)


def service_location_positions(*, service_ids) -> dict[int, int]:
    """Each location of these services: its place (0, 1, ...) in its service's
    editors' order, the order ``service_oruk`` gives and ORUK ids are made from."""
    rows = (
        ServiceLocation.objects.filter(service_id__in=service_ids)
        .order_by("service_id", *IN_EDITOR_ORDER)
        .values_list("pk", "service_id")
    )
    positions, last_service, position = {}, None, 0
    for pk, service_id in rows:
        position = position + 1 if service_id == last_service else 0
        positions[pk], last_service = position, service_id
    return positions


def service_at_location_positions():
    """(service id, position) of every location of every live service, one at a
    time: what an id made from the two is looked up among."""
    rows = (
        ServiceLocation.objects.filter(service__in=service_published().values("pk"))
        .order_by("service_id", *IN_EDITOR_ORDER)
        .values_list("service_id", flat=True)
    )
    last_service, position = None, 0
    for service_id in rows.iterator(chunk_size=2000):
        position = position + 1 if service_id == last_service else 0
        last_service = service_id
        yield service_id, position


# My list: the services a visitor saved, as their list and a shared link show them.


def service_published_get(*, pk) -> Service | None:
    """The live service with this id, with only what a confirmation names."""
    return service_published().filter(pk=pk).only("pk", "name", "slug").first()


def service_saved_list(*, ids) -> list[Service | None]:
    """The live services with these ids, in the order given, with what a saved
    list shows (how to get each, contact, ages, cost); None in the place of one
    no longer live (unpublished or deleted), so the list can say so."""
    found = {
        service.pk: service
        for service in service_published()
        .filter(pk__in=list(ids))
        .select_related("responsible_body")
        .prefetch_related(
            Prefetch("referral_routes", queryset=ReferralRoute.objects.order_by(*IN_EDITOR_ORDER))
        )
    }
    return [found.get(pk) for pk in ids]
