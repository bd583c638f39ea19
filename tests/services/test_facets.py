"""The directory's facet counts (issue 18): every option's count is the number
of results choosing it would give, the other groups' choices kept, on random
filter combinations over a varied directory, in one query. Runs on SQLite, and
on PostgreSQL when DATABASE_URL names one (CI runs both)."""

import random

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from services import selectors
from services.filters import FACET_GROUPS, ServiceFilter
from services.models import (
    DELIVERY_METHODS,
    Area,
    Category,
    Need,
    Postcode,
    ReferralRoute,
    ResponsibleBody,
    ServiceLocation,
)
from tests.factories import NeedFactory, ServiceFactory

pytestmark = pytest.mark.django_db

HOME = (53.0, -2.18)  # ST4 1AA, roughly: made here, never read from the data file
STOKE = "E06000021"
WORDS = ["support", "therapy", "play", "advice"]


@pytest.fixture
def directory():
    """Thirty services that differ in every way a filter can tell apart,
    seeded so a failure can be repeated."""
    rng = random.Random(18)  # noqa: S311 - repeatable test data, not secrets
    broad = NeedFactory(name="Medical needs", slug="medical-needs")
    NeedFactory(name="Epilepsy", slug="epilepsy", parent=broad)
    NeedFactory(name="Diabetes", slug="diabetes", parent=broad)
    Postcode.objects.create(
        postcode="ST4 1AA", latitude=HOME[0], longitude=HOME[1], district_code=STOKE
    )
    categories = list(Category.objects.values_list("slug", flat=True))
    needs = list(Need.objects.values_list("slug", flat=True))
    areas = list(Area.objects.all())
    bodies = list(ResponsibleBody.objects.all())
    kinds = list(ReferralRoute.Kind.values)
    for number in range(30):
        youngest = rng.randint(0, 18)
        service = ServiceFactory(
            name=f"{rng.choice(WORDS).title()} service {number}",
            summary=f"Help with {rng.choice(WORDS)} for families.",
            categories=rng.sample(categories, rng.randint(1, 3)),
            needs=rng.sample(needs, rng.randint(0, 3)),
            for_any_need=rng.random() < 0.15,
            responsible_body=rng.choice(bodies),
            minimum_age=youngest,
            maximum_age=rng.randint(youngest, 25),
            is_free=rng.random() < 0.5,
            cost_description="£5 a session",
            referral_route=False,
            **{field: rng.random() < 0.4 for _, field, _ in DELIVERY_METHODS},
        )
        # A third of them available everywhere: no areas at all.
        if rng.random() < 0.66:
            service.areas.set(rng.sample(areas, rng.randint(1, 3)))
            service.save()
        for kind in rng.sample(kinds, rng.randint(0, 3)):
            # Two routes of one kind now and then: a kind counts services, not routes.
            for order in range(2 if rng.random() < 0.2 else 1):
                ReferralRoute.objects.create(
                    service=service,
                    sort_order=order,
                    kind=kind,
                    who_can_refer="Anyone",
                    method=ReferralRoute.Method.PHONE,
                    contact="01632 960 123",
                )
        if rng.random() < 0.5:
            miles = rng.uniform(0, 12)
            ServiceLocation.objects.create(
                service=service,
                name="Centre",
                address="1 Example Street",
                postcode="ST4 1AA",
                latitude=f"{HOME[0] + miles / 69:.6f}",
                longitude=f"{HOME[1]:.6f}",
            )


def options() -> dict[str, list[str]]:
    """Every option of every facet group, by the value the form sends."""
    return {
        "category": list(Category.objects.values_list("slug", flat=True)),
        "need": list(Need.objects.values_list("slug", flat=True)),
        "body": list(ResponsibleBody.objects.values_list("slug", flat=True)),
        "area": list(Area.objects.values_list("slug", flat=True)),
        "referral": list(ReferralRoute.Kind.values),
        "delivery": [slug for slug, _, _ in DELIVERY_METHODS],
        "free": ["true"],
    }


def random_query(rng: random.Random, choices: dict[str, list[str]]) -> QueryDict:
    """A few facet groups with one or two options each, sometimes words, an
    age or a postcode."""
    query = QueryDict(mutable=True)
    for group in rng.sample(FACET_GROUPS, rng.randint(0, 4)):
        query.setlist(
            group, rng.sample(choices[group], min(len(choices[group]), rng.randint(1, 2)))
        )
    if rng.random() < 0.3:
        query["q"] = rng.choice(WORDS)
    if rng.random() < 0.3:
        query["age"] = str(rng.randint(0, 25))
    if rng.random() < 0.3:
        query["postcode"] = "ST4 1AA"
        query["distance"] = rng.choice(["", "1", "5", "10"])
    return query


def filtered(query: QueryDict) -> ServiceFilter:
    filterset = ServiceFilter(query, queryset=selectors.service_published())
    assert filterset.is_valid(), filterset.errors
    return filterset


def counted_one_by_one(query: QueryDict, group: str, option: str) -> int:
    """How many results the directory lists with ``option`` as the group's only
    choice, every other group as chosen."""
    query = query.copy()
    query.setlist(group, [option])
    return filtered(query).qs.count()


@pytest.mark.parametrize("seed", range(8))
def test_each_count_is_the_number_of_results_choosing_it_gives(directory, seed):
    rng = random.Random(seed)  # noqa: S311 - repeatable test data, not secrets
    choices = options()
    for _ in range(3):
        query = random_query(rng, choices)
        filterset = filtered(query)
        facets = selectors.count_facets(filterset)
        assert facets["total"] == filterset.qs.count(), query.urlencode()
        for group, values in choices.items():
            for option in values:
                expected = counted_one_by_one(query, group, option)
                assert facets[group].get(option, 0) == expected, (query.urlencode(), group, option)


def test_every_area_and_need_is_counted_even_with_no_service_of_its_own(directory):
    facets = selectors.count_facets(filtered(QueryDict("")))
    assert set(facets["area"]) == set(Area.objects.values_list("slug", flat=True))
    assert set(facets["need"]) == set(Need.objects.values_list("slug", flat=True))


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=support&age=7&category=education",
        "need=medical-needs&area=stafford&referral=gp&delivery=online&free=true&body="
        "staffordshire-county-council&postcode=ST4+1AA&distance=5",
    ],
)
def test_counting_every_group_and_the_total_is_one_query(directory, query):
    filterset = filtered(QueryDict(query))
    assert filterset.search_plan  # decided with the results, before the counts
    with CaptureQueriesContext(connection) as captured:
        selectors.count_facets(filterset)
    assert len(captured) == 1
