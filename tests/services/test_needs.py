"""The needs taxonomy: the model's two levels, the seeding migration, the
directory's "Needs it supports" filter and its counts, the service page and the
admin."""

import importlib
import re
import uuid

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from services import selectors
from services.filters import ServiceFilter
from services.models import Category, Need, ResponsibleBody, Service
from tests.factories import NeedFactory, ServiceFactory

pytestmark = pytest.mark.django_db

seeding = importlib.import_module("services.migrations.0013_seed_needs_and_local_offer_topics")


RESULT = r'<h3 class="govuk-heading-m"><a class="govuk-link" href="/services/[^"]+/">([^<]+)</a>'


def found(client, query: str = "") -> list[str]:
    """The names of the directory's results, sorted."""
    response = client.get("/services/?" + query)
    assert response.status_code == 200, response.content.decode()[:300]
    return sorted(re.findall(RESULT, response.content.decode()))


def counts(client, query: str = "") -> dict[str, int]:
    """Each option's count in the filter panel, by its value."""
    html = client.get("/services/?" + query).content.decode()
    return {
        value: int(n)
        for value, n in re.findall(
            r'value="([\w-]+)"[^>]*>\s*<label[^>]*>[^<]*<span class="lo-count">\((\d+)\)', html
        )
    }


@pytest.fixture
def directory():
    city = ResponsibleBody.objects.get(slug="stoke-on-trent-city-council")
    return {
        "autism": ServiceFactory(
            name="Autism outreach",
            categories=["education"],
            needs=["autism"],
            minimum_age=4,
            maximum_age=11,
        ),
        "talk": ServiceFactory(
            name="Talking together",
            categories=["health"],
            needs=["speech-language-and-communication"],
            minimum_age=0,
            maximum_age=5,
        ),
        "area": ServiceFactory(
            name="Communication clinic",
            categories=["health"],
            needs=["communication-and-interaction"],
            responsible_body=city,
        ),
        "both": ServiceFactory(
            name="Sensory and autism play",
            categories=["things-to-do-and-short-breaks"],
            needs=["autism", "sensory-and-physical", "hearing-impairment"],
            minimum_age=5,
            maximum_age=16,
        ),
        "adhd": ServiceFactory(
            name="ADHD parenting course", categories=["health"], needs=["adhd"]
        ),
        "any": ServiceFactory(
            name="Short breaks for any need",
            categories=["things-to-do-and-short-breaks"],
            for_any_need=True,
            minimum_age=0,
            maximum_age=18,
        ),
        "none": ServiceFactory(name="School transport", categories=["transport"]),
        "draft": ServiceFactory(name="Draft autism group", needs=["autism"], live=False),
    }


# ---------------------------------------------------------------------- the model


def test_needs_are_seeded_in_two_levels_with_stable_ids():
    broad = Need.objects.filter(parent__isnull=True)
    assert list(broad.values_list("slug", flat=True)) == [
        "communication-and-interaction",
        "cognition-and-learning",
        "social-emotional-and-mental-health",
        "sensory-and-physical",
    ]
    assert Need.objects.filter(parent__isnull=False).count() == 10
    autism = Need.objects.get(slug="autism")
    assert str(autism.pk) == "7c911e1a-5dc2-522c-8de9-da6b36989d06"
    assert autism.parent.slug == "communication-and-interaction"
    assert list(
        Need.objects.get(slug="sensory-and-physical").children.values_list("slug", flat=True)
    ) == [
        "hearing-impairment",
        "vision-impairment",
        "multi-sensory-impairment",
        "physical-disability",
    ]


def test_needs_have_two_levels_only():
    autism = Need.objects.get(slug="autism")
    broad = Need.objects.get(slug="cognition-and-learning")
    under_a_specific_need = NeedFactory.build(name="Pathological demand avoidance", parent=autism)
    with pytest.raises(ValidationError, match="Choose a broad area"):
        under_a_specific_need.full_clean()
    # A broad area with specific needs under it cannot be moved under another.
    broad.parent = Need.objects.get(slug="communication-and-interaction")
    with pytest.raises(ValidationError, match="Move them to another broad area first"):
        broad.full_clean()
    itself = Need.objects.get(slug="sensory-and-physical")
    itself.parent = itself
    with pytest.raises(ValidationError, match="its own broad area"):
        itself.full_clean()
    # "any-need" is the term for services for any need, never a Need.
    with pytest.raises(ValidationError, match="kept for services for any need"):
        NeedFactory.build(name="Anything", slug="any-need").full_clean()
    # A specific need under a broad area, and a new broad area, are fine.
    broad.refresh_from_db()
    NeedFactory.build(name="Tourette syndrome", parent=broad).full_clean()
    NeedFactory.build(name="Medical needs").full_clean()


def test_a_broad_area_with_needs_under_it_cannot_be_deleted_by_accident():
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        Need.objects.get(slug="communication-and-interaction").delete()


# ---------------------------------------------------------------------- the migration


def test_the_seed_adds_the_topics_and_needs_exactly_once():
    assert Category.objects.count() == 9
    assert Need.objects.count() == 14
    seeding.seed(apps, None)
    seeding.seed(apps, None)
    assert Category.objects.count() == 9
    assert Need.objects.count() == 14
    assert {str(pk) for pk in Category.objects.values_list("pk", flat=True)} >= {
        "84351a56-e072-5e25-8ce3-f69021f329bf",
        "e53873b0-21ac-51be-a724-571ad1eaba87",
        "0286f88d-08f1-5d55-9d65-58bce4d05d25",
        "a4b6a6bc-fbbd-50e7-97e7-3eda9154ad00",
    }
    assert str(Category.objects.get(slug="money-matters").pk) == (
        "0286f88d-08f1-5d55-9d65-58bce4d05d25"
    )
    assert {str(need.pk): need.slug for need in Need.objects.all()} == {
        pk: slug for pk, slug, _, _ in seeding.NEEDS
    }
    moderators = Group.objects.get(name="Moderators").permissions
    assert moderators.filter(codename__in=["add_need", "change_need"]).count() == 2
    assert not Group.objects.get(name="Editors").permissions.filter(codename__contains="need")


def test_the_seed_keeps_an_order_editors_chose_and_moves_only_seeded_places():
    # As migration 0002 left them, and as an editor changed one of them.
    Category.objects.filter(slug="transport").update(sort_order=3)
    Category.objects.filter(slug="preparing-for-adulthood").update(sort_order=20)
    seeding.seed(apps, None)
    order = dict(Category.objects.values_list("slug", "sort_order"))
    assert order["transport"] == 4  # the design's place
    assert order["preparing-for-adulthood"] == 20  # the editor's


def test_the_seed_leaves_a_term_an_editor_already_made():
    Category.objects.filter(slug="money-matters").delete()
    mine = Category.objects.create(name="Money matters", slug="money", sort_order=12)
    seeding.seed(apps, None)
    assert list(Category.objects.filter(name="Money matters")) == [mine]


# ---------------------------------------------------------------------- the filter


def test_a_need_finds_its_services_and_those_for_any_need(client, directory):
    assert found(client, "need=autism") == [
        "Autism outreach",
        "Sensory and autism play",
        "Short breaks for any need",
    ]
    assert found(client, "need=adhd") == ["ADHD parenting course", "Short breaks for any need"]
    # No need chosen: every service, with needs or without.
    assert len(found(client)) == 7


def test_a_broad_area_includes_its_specific_needs(client, directory):
    assert found(client, "need=communication-and-interaction") == [
        "Autism outreach",
        "Communication clinic",
        "Sensory and autism play",
        "Short breaks for any need",
        "Talking together",
    ]
    # A specific need does not widen to its broad area's other needs.
    assert "Talking together" not in found(client, "need=autism")
    assert found(client, "need=sensory-and-physical") == [
        "Sensory and autism play",
        "Short breaks for any need",
    ]


def test_needs_combine_with_or_and_with_the_other_groups_with_and(client, directory):
    assert found(client, "need=adhd&need=speech-language-and-communication") == [
        "ADHD parenting course",
        "Short breaks for any need",
        "Talking together",
    ]
    assert found(client, "need=autism&category=education") == ["Autism outreach"]
    assert found(client, "need=autism&category=things-to-do-and-short-breaks") == [
        "Sensory and autism play",
        "Short breaks for any need",
    ]
    assert found(client, "need=autism&age=7") == [
        "Autism outreach",
        "Sensory and autism play",
        "Short breaks for any need",
    ]
    assert found(client, "need=autism&age=20") == []
    assert found(
        client, "need=communication-and-interaction&body=stoke-on-trent-city-council"
    ) == ["Communication clinic"]
    assert found(client, "need=autism&q=outreach") == ["Autism outreach"]


def test_the_professionals_finder_filters_by_need_too(client, directory):
    html = client.get("/professionals/?need=adhd").content.decode()
    assert "ADHD parenting course" in html
    assert "Short breaks for any need" in html
    assert "Autism outreach" not in html


def test_an_unknown_need_is_a_400_naming_it(client, directory):
    response = client.get("/services/?need=unicorns&need=autism")
    assert response.status_code == 400
    html = response.content.decode()
    assert "“unicorns” is not one of the needs. Choose from the list." in html
    assert "services found" not in html


def test_chosen_needs_are_tags_that_remove_themselves(client, directory):
    html = client.get("/services/?need=autism&need=adhd&age=7").content.decode()
    tags = html.split('class="lo-tags"')[1].split("</ul>")[0]
    assert "Autism" in tags and "ADHD" in tags
    assert 'href="?need=adhd&amp;age=7"' in tags  # removing Autism keeps the rest
    assert 'href="?need=autism&amp;age=7"' in tags


def test_the_panel_groups_specific_needs_under_their_broad_areas(client, directory):
    html = client.get("/services/?need=autism").content.decode()
    group = html.split("Needs it supports</legend>")[1].split("</fieldset>")[0]
    # A fieldset with a legend and a hint; each broad area, then its needs in a group it labels.
    area = 'id="id_need_0-label" for="id_need_0">Communication and interaction'
    assert area in group
    assert 'role="group" aria-labelledby="id_need_0-label"' in group
    names = re.findall(r'class="govuk-label govuk-checkboxes__label"[^>]*>([^<]+?) <span', group)
    assert names[:4] == [
        "Communication and interaction",
        "Autism",
        "Speech, language and communication needs",
        "Cognition and learning",
    ]
    assert re.search(r'value="autism" checked', group)
    assert not re.search(r'value="adhd" checked', group)


# ---------------------------------------------------------------------- the counts


def test_each_needs_count_is_what_choosing_it_alone_would_give(client, directory):
    for others in ("", "category=health", "age=7", "need=adhd", "category=transport"):
        shown = counts(client, others)
        params = QueryDict(others, mutable=True)
        params.pop("need", None)
        for need in Need.objects.all():
            params.setlist("need", [need.slug])
            expected = len(found(client, params.urlencode()))
            assert shown[need.slug] == expected, (others, need.slug)


def test_need_counts_follow_the_broad_area_and_any_need_rules(client, directory):
    shown = counts(client)
    assert shown["autism"] == 3  # outreach, sensory play, and the any-need service
    assert shown["speech-language-and-communication"] == 2
    # Each service once, though "Sensory and autism play" has two needs in the area.
    assert shown["communication-and-interaction"] == 5
    assert shown["sensory-and-physical"] == 2
    assert shown["vision-impairment"] == 1  # only the any-need service
    assert counts(client, "category=transport")["autism"] == 0


def test_counting_facets_costs_one_query_however_many_needs_and_services(client, directory):
    def facet_queries(query: str) -> int:
        filterset = ServiceFilter(QueryDict(query), queryset=selectors.service_published())
        assert filterset.is_valid()
        with CaptureQueriesContext(connection) as captured:
            facets = selectors.count_facets(filterset)
        assert set(facets["need"]) == set(Need.objects.values_list("slug", flat=True))
        return len(captured)

    # Every group, needs included, in one query.
    assert facet_queries("") == 1
    assert facet_queries("need=autism&category=health&age=7") == 1
    broad = NeedFactory(name="Medical needs")
    for number in range(5):
        NeedFactory(name=f"Condition {number}", parent=broad)
    ServiceFactory.create_batch(5, needs=["condition-0", "autism"], for_any_need=True)
    assert facet_queries("") == 1


def test_counts_are_forgotten_when_a_need_changes(client, directory):
    cache.clear()
    assert "Autism <span" in client.get("/services/").content.decode()
    need = Need.objects.get(slug="autism")
    need.name = "Autism spectrum condition"
    need.save()
    assert "Autism spectrum condition <span" in client.get("/services/").content.decode()


def test_need_names_are_words_a_service_is_found_by(client, directory):
    assert found(client, "q=dyslexia") == []
    service = ServiceFactory(name="Reading club", needs=["specific-learning-difficulties"])
    assert found(client, "q=dyslexia") == ["Reading club"]
    service.needs.set([])
    service.save()
    assert found(client, "q=dyslexia") == []


def test_nothing_found_names_the_needs_asked_for(client, directory):
    from unittest import mock

    from services.signals import search_found_nothing

    receiver = mock.Mock()
    search_found_nothing.connect(receiver)
    try:
        client.get("/services/?need=autism&category=transport")
    finally:
        search_found_nothing.disconnect(receiver)
    assert receiver.call_args.kwargs["filters"] == "category=transport&need=autism"


# ---------------------------------------------------------------------- the service page


def test_the_service_page_lists_the_needs_it_supports(client, directory):
    html = client.get("/services/" + directory["both"].slug + "/").content.decode()
    row = html.split("Needs it supports</dt>")[1].split("</dd>")[0]
    assert "Autism, Sensory and/or physical needs, Hearing impairment" in row

    html = client.get("/services/" + directory["any"].slug + "/").content.decode()
    row = html.split("Needs it supports</dt>")[1].split("</dd>")[0]
    assert "Any special educational need or disability" in row

    html = client.get("/services/" + directory["none"].slug + "/").content.decode()
    assert "Needs it supports" not in html


def test_the_service_page_reads_needs_in_one_query(client, directory):
    def queries(service: Service) -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/services/{service.slug}/").status_code == 200
        return len(captured)

    client.get(f"/services/{directory['adhd'].slug}/")  # site settings and the like, once
    one = queries(directory["adhd"])
    assert queries(directory["both"]) == one  # three needs, the same queries


# ---------------------------------------------------------------------- the admin


def sign_in(client, group: str):
    user = get_user_model().objects.create_user(
        f"{group.lower()}-{uuid.uuid4().hex[:6]}", "someone@example.org", "pw"
    )
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)


def test_a_moderator_can_add_a_need_under_a_broad_area(client):
    sign_in(client, "Moderators")
    url = reverse("wagtailsnippets_services_need:add")
    broad = Need.objects.get(slug="social-emotional-and-mental-health")
    response = client.post(
        url,
        {
            "name": "Anxiety",
            "slug": "anxiety",
            "description": "",
            "sort_order": "9",
            "parent": str(broad.pk),
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert Need.objects.get(slug="anxiety").parent == broad
    listing = client.get(reverse("wagtailsnippets_services_need:list")).content.decode()
    assert "Anxiety" in listing and "Social, emotional and mental health" in listing


def test_a_moderator_cannot_put_a_need_under_a_specific_need(client):
    sign_in(client, "Moderators")
    autism = Need.objects.get(slug="autism")
    response = client.post(
        reverse("wagtailsnippets_services_need:add"),
        {"name": "Anxiety", "slug": "anxiety", "sort_order": "9", "parent": str(autism.pk)},
    )
    assert response.status_code == 200  # the form again, with the error
    assert not Need.objects.filter(slug="anxiety").exists()


def test_an_editor_chooses_needs_but_cannot_edit_them(client):
    sign_in(client, "Editors")
    response = client.post(
        reverse("wagtailsnippets_services_need:add"), {"name": "Anxiety", "slug": "anxiety"}
    )
    assert response.status_code in (302, 403)
    assert not Need.objects.filter(slug="anxiety").exists()
    assert client.get(reverse("wagtailsnippets_services_need:list")).status_code in (302, 403)
    # The service editor offers the needs under their broad areas, and "any need".
    html = client.get(reverse("wagtailsnippets_services_service:add")).content.decode()
    assert "Needs it supports" in html
    assert "Communication and interaction (the whole area)" in html
    assert 'name="for_any_need"' in html
    group = html.split("Communication and interaction (the whole area)")[1]
    assert group.index("Autism") < group.index("Cognition and learning")


def test_a_moderator_publishes_a_service_with_its_needs(client):
    from tests.services.test_admin import new_service_data

    sign_in(client, "Moderators")
    data = new_service_data("action-publish")
    data["needs"] = [str(Need.objects.get(slug=slug).pk) for slug in ("autism", "adhd")]
    data["for_any_need"] = "on"
    response = client.post(reverse("wagtailsnippets_services_service:add"), data)
    assert response.status_code == 302, response.content.decode()[:500]
    service = Service.objects.get(slug="speech-and-language-therapy-children")
    assert service.live and service.for_any_need
    assert sorted(service.needs.values_list("slug", flat=True)) == ["adhd", "autism"]
    assert found(client, "need=autism") == ["Speech and language therapy for children"]


def test_the_admin_list_of_services_filters_by_need(client):
    sign_in(client, "Editors")
    ServiceFactory(name="Autism outreach", needs=["autism"])
    ServiceFactory(name="ADHD course", needs=["adhd"])
    autism = Need.objects.get(slug="autism")
    html = client.get(
        reverse("wagtailsnippets_services_service:list"), {"needs": autism.pk}
    ).content.decode()
    assert "Autism outreach" in html and "ADHD course" not in html
