import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from services.models import Area, Category, OpeningTime, ResponsibleBody, Service, add_months
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_taxonomies_are_seeded_with_stable_ids_and_slugs():
    assert list(Category.objects.values_list("slug", flat=True)) == [
        "early-years",
        "education",
        "health",
        "social-care",
        "transport",
        "things-to-do-and-short-breaks",
        "money-matters",
        "preparing-for-adulthood",
        "information-advice-and-support",
    ]
    assert str(Category.objects.get(slug="education").id) == "4a8504f2-2add-51ff-8f15-b9bf38fe8d8d"
    assert set(ResponsibleBody.objects.values_list("slug", flat=True)) == {
        "staffordshire-county-council",
        "stoke-on-trent-city-council",
        "staffordshire-and-stoke-on-trent-icb",
    }
    areas = list(Area.objects.values_list("name", flat=True))
    assert len(areas) == 9
    assert {"Stoke-on-Trent", "Cannock Chase", "Staffordshire Moorlands", "Tamworth"} <= set(areas)


@pytest.mark.parametrize(
    ("minimum", "maximum"),
    [(10, 9), (0, 26), (26, 26)],
    ids=["min-above-max", "max-above-25", "both-above-25"],
)
def test_the_database_keeps_ages_within_0_to_25(minimum, maximum):
    service = ServiceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Service.objects.filter(pk=service.pk).update(minimum_age=minimum, maximum_age=maximum)


def test_age_edges_0_and_25_and_a_single_age_are_allowed():
    for minimum, maximum in ((0, 25), (25, 25), (0, 0), (7, 7)):
        service = ServiceFactory(minimum_age=minimum, maximum_age=maximum)
        service.full_clean()


def test_clean_explains_an_upside_down_age_range_and_a_missing_cost():
    service = ServiceFactory.build(minimum_age=12, maximum_age=5, is_free=False)
    with pytest.raises(ValidationError) as caught:
        service.clean()
    assert (
        "The oldest age cannot be below the youngest." in caught.value.message_dict["maximum_age"]
    )
    assert "Say what it costs, or tick free." in caught.value.message_dict["cost_description"]


def test_review_due_follows_the_interval_and_flags_overdue_entries():
    today = datetime.date.today()
    fresh = ServiceFactory(last_reviewed=today, review_interval_months=12)
    assert fresh.review_due == add_months(today, 12)
    assert not fresh.is_review_overdue
    stale = ServiceFactory(last_reviewed=today - datetime.timedelta(days=400))
    assert stale.is_review_overdue


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2027, 12, 15), 3, datetime.date(2028, 3, 15)),
        (datetime.date(2028, 2, 29), 12, datetime.date(2029, 2, 28)),
    ],
)
def test_add_months_keeps_to_real_dates(day, months, expected):
    assert add_months(day, months) == expected


def test_an_opening_time_must_close_after_it_opens():
    service = ServiceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningTime.objects.create(
            service=service, weekday=0, opens=datetime.time(17), closes=datetime.time(9)
        )


def test_location_postcodes_must_look_like_uk_postcodes():
    from services.models import ServiceLocation

    location = ServiceLocation(
        service=ServiceFactory(), name="Hub", address="1 Example Street", postcode="NOT A CODE"
    )
    with pytest.raises(ValidationError):
        location.full_clean()
    location.postcode = "ST16 2LH"
    location.full_clean()
