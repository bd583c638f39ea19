"""My list without JavaScript: add, remove, clear, the limit, sharing a list as
a link and saving a shared list, with the directory's cache still serving
visitors who never used the list."""

import base64
import html
import re
import uuid

import pytest
from django.conf import settings
from django.test import Client

from services.models import ReferralRoute, Service, ServiceLocation
from services.my_list import MY_LIST_LIMIT, decode_token, encode_token
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

ADD, REMOVE, CLEAR, LIST = (
    "/services/my-list/add/",
    "/services/my-list/remove/",
    "/services/my-list/clear/",
    "/services/my-list/",
)


@pytest.fixture
def portage():
    return ServiceFactory(
        name="Portage home visiting",
        slug="portage",
        summary="Home visits that help young children learn through play.",
        minimum_age=0,
        maximum_age=5,
        phone="01632 960 101",
        email="portage@example.org",
        website="https://example.org/portage",
        is_free=False,
        cost_description="£5 a visit",
    )


@pytest.fixture
def wheelchairs():
    return ServiceFactory(name="Wheelchair service", slug="wheelchairs", minimum_age=2)


def added(client, service, next_path="/services/", **extra):
    return client.post(ADD, {"service": str(service.pk), "next": next_path}, **extra)


def quietly_added(client, service):
    """Added as the script adds, so no banner waits for the next page."""
    return added(client, service, HTTP_ACCEPT="application/json")


def banner(page: str) -> str:
    """The notification banner's words, tags stripped, or ""."""
    match = re.search(r'<div class="govuk-notification-banner.*?</div>\s*</div>', page, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split()) if match else ""


def button_label(page: str, service) -> str:
    """What the list button for ``service`` says ("Add to my list" or "Remove from my list")."""
    match = re.search(
        rf'<button [^>]*value="{service.pk}"[^>]*><span data-lo-my-list-label>([^<]+)</span>', page
    )
    return match.group(1) if match else ""


def saved_names(page: str) -> list[str]:
    """The names on a saved list page, in order ("no longer listed" for a gone one)."""
    cards = re.findall(r'<h2 class="govuk-summary-card__title">(.*?)</h2>', page, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", card)).strip() for card in cards]


def share_url(client) -> str:
    page = client.get(LIST).content.decode()
    return html.unescape(re.search(r'id="share-link" type="text" value="([^"]+)"', page).group(1))


# ---------------------------------------------------------------------- adding


def test_adding_returns_to_the_same_page_and_result_with_a_banner(client, portage):
    response = added(client, portage, "/services/?age=3&sort=name")
    assert response.status_code == 302
    assert response["Location"] == f"/services/?age=3&sort=name#service-{portage.pk}"

    page = client.get("/services/?age=3&sort=name").content.decode()
    assert banner(page) == (
        "Success Portage home visiting has been added to your list. View your list (1)"
    )
    assert f'<a class="govuk-notification-banner__link" href="{LIST}">' in page
    assert f'id="service-{portage.pk}"' in page  # the result the fragment names
    assert button_label(page, portage) == "Remove from my list"
    # Shown once: the next page has no banner.
    assert banner(client.get("/services/?age=3&sort=name").content.decode()) == ""


def test_a_service_page_has_the_button_near_its_title_and_a_print_button(client, portage):
    page = client.get("/services/portage/").content.decode()
    title = page.index("<h1")
    button = page.index(f'value="{portage.pk}"')
    assert title < button < page.index("How to get this service")
    assert button_label(page, portage) == "Add to my list"
    assert (
        '<button type="button" class="govuk-button govuk-button--secondary" '
        'data-module="lo-print" hidden>Print this page</button>'
    ) in page
    # Its POST form is one of its own, outside every other form.
    assert re.search(
        r'<form method="post" action="/services/my-list/add/" id="my-list-form"', page
    )

    response = added(client, portage, "/services/portage/")
    assert response["Location"] == f"/services/portage/#service-{portage.pk}"
    assert button_label(client.get("/services/portage/").content.decode(), portage) == (
        "Remove from my list"
    )


def test_adding_twice_keeps_one(client, portage):
    added(client, portage, follow=True)
    response = added(client, portage, follow=True)
    assert "Portage home visiting is already on your list." in banner(response.content.decode())
    assert saved_names(client.get(LIST).content.decode()) == ["Portage home visiting"]


def test_with_no_next_adding_returns_to_the_service(client, portage):
    response = client.post(ADD, {"service": str(portage.pk)})
    assert response["Location"] == "/services/portage/"


@pytest.mark.parametrize(
    "next_path",
    ["//evil.example/", "https://evil.example/", "/\\evil.example", "http:/evil.example", "\n/x"],
)
def test_next_cannot_send_anyone_to_another_site(client, portage, next_path):
    response = added(client, portage, next_path)
    assert response.status_code == 302
    assert response["Location"] == "/services/portage/"


def test_an_unpublished_unknown_or_malformed_service_is_refused(client, portage):
    draft = ServiceFactory(name="Not yet published", slug="draft", live=False)
    for value in (str(draft.pk), str(uuid.uuid4()), "not-an-id", ""):
        response = client.post(ADD, {"service": value, "next": "/services/"}, follow=True)
        assert response.status_code == 200
        assert "This service is no longer listed, so it has not been added to your list." in (
            banner(response.content.decode())
        )
    assert saved_names(client.get(LIST).content.decode()) == []


def test_the_list_holds_50_and_refuses_the_51st_with_a_clear_message(client):
    services = [ServiceFactory(referral_route=False) for _ in range(MY_LIST_LIMIT + 1)]
    for service in services[:MY_LIST_LIMIT]:
        quietly_added(client, service)
    response = added(client, services[-1], follow=True)
    assert banner(response.content.decode()).startswith(
        f"Important Your list is full. It can hold up to 50 services, so {services[-1].name} "
        "has not been added. Remove a service from your list before you add another."
    )
    names = saved_names(client.get(LIST).content.decode())
    assert names == [service.name for service in services[:MY_LIST_LIMIT]]

    answer = added(client, services[-1], HTTP_ACCEPT="application/json")
    assert answer.status_code == 409
    assert answer.json()["saved"] is False
    assert answer.json()["count"] == MY_LIST_LIMIT


def test_the_script_gets_json_and_stays_in_place(client, portage, wheelchairs):
    answer = added(client, portage, HTTP_ACCEPT="application/json")
    assert answer.status_code == 200
    assert answer.json() == {
        "saved": True,
        "count": 1,
        "message": "Portage home visiting has been added to your list.",
    }
    added(client, wheelchairs, HTTP_ACCEPT="application/json")
    answer = client.post(
        REMOVE, {"service": str(portage.pk), "next": "/"}, HTTP_ACCEPT="application/json"
    )
    assert answer.json() == {
        "saved": False,
        "count": 1,
        "message": "Portage home visiting has been removed from your list.",
    }
    answer = client.post(ADD, {"service": str(uuid.uuid4())}, HTTP_ACCEPT="application/json")
    assert answer.status_code == 404
    assert answer.json()["saved"] is False


def test_adding_needs_a_post(client, portage):
    assert client.get(ADD, {"service": str(portage.pk)}).status_code == 405
    assert client.get(REMOVE, {"service": str(portage.pk)}).status_code == 405


# ---------------------------------------------------------------------- removing


def test_removing_one_service(client, portage, wheelchairs):
    quietly_added(client, portage)
    quietly_added(client, wheelchairs)
    response = client.post(REMOVE, {"service": str(portage.pk), "next": LIST}, follow=True)
    page = response.content.decode()
    assert "Portage home visiting has been removed from your list." in banner(page)
    assert "View your list" not in banner(page)  # on the list already
    assert saved_names(page) == ["Wheelchair service"]


def test_removing_all_asks_first_then_leaves_nothing_behind(client, portage, wheelchairs):
    added(client, portage)
    added(client, wheelchairs)
    confirm = client.get(CLEAR).content.decode()
    assert "Are you sure you want to remove all 2 services from your list?" in confirm
    assert "You cannot undo this." in confirm
    assert saved_names(client.get(LIST).content.decode()) == [
        "Portage home visiting",
        "Wheelchair service",
    ]

    response = client.post(CLEAR)
    assert response["Location"] == LIST
    # The session held only the list: its cookie goes too.
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    page = client.get(LIST).content.decode()
    assert "2 services have been removed from your list. Your list is empty." in banner(page)
    assert "Your list is empty." in page
    assert client.get(CLEAR)["Location"] == LIST  # nothing to confirm


# ---------------------------------------------------------------------- the list page


def test_my_list_shows_each_services_essentials_in_the_order_added(client, portage, wheelchairs):
    ReferralRoute.objects.create(
        service=portage,
        sort_order=1,
        kind=ReferralRoute.Kind.PROFESSIONAL,
        who_can_refer="Any professional",
        method=ReferralRoute.Method.FORM,
        contact="https://example.org/portage/refer",
    )
    added(client, wheelchairs)
    added(client, portage)
    page = client.get(LIST).content.decode()
    assert saved_names(page) == ["Wheelchair service", "Portage home visiting"]
    card = page[page.index("Portage home visiting</a>") :]
    assert '<a class="govuk-link" href="http://testserver/services/portage/">' in page
    for text in (
        "Home visits that help young children learn through play.",
        "<strong>Parent or carer</strong>:",
        'phone <a class="govuk-link" href="tel:01632960123">01632 960 123</a>',
        "<strong>Any professional</strong>:",
        '<a class="govuk-link" href="https://example.org/portage/refer">referral form',
        'Phone <a class="govuk-link" href="tel:01632960101">01632 960 101</a>',
        'href="mailto:portage@example.org">portage@example.org</a>',
        '<a class="govuk-link" href="https://example.org/portage">Website',
        "Ages 0 to 5",
        "£5 a visit",
        f'<time datetime="{portage.last_reviewed:%Y-%m-%d}">',
    ):
        assert text in card, text
    assert 'Remove<span class="govuk-visually-hidden"> Portage home visiting from my list' in page
    assert 'data-module="lo-print" hidden>Print this list</button>' in page
    assert '<a href="/services/my-list/clear/" role="button"' in page
    assert page.count('<meta name="robots" content="noindex">') == 1


def test_an_empty_list_says_how_to_fill_it_and_sets_no_cookie(client):
    response = client.get(LIST)
    page = response.content.decode()
    assert "Your list is empty." in page
    assert "Add to my list" in page
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_a_service_unpublished_after_saving_shows_on_my_list_and_can_be_removed(
    client, portage, wheelchairs
):
    added(client, portage)
    added(client, wheelchairs)
    Service.objects.filter(pk=portage.pk).update(live=False)
    page = client.get(LIST).content.decode()
    assert saved_names(page) == ["This service is no longer listed", "Wheelchair service"]
    response = client.post(REMOVE, {"service": str(portage.pk), "next": LIST}, follow=True)
    assert "The service has been removed from your list." in banner(response.content.decode())
    assert saved_names(response.content.decode()) == ["Wheelchair service"]


# ---------------------------------------------------------------------- sharing


def test_a_share_link_opens_a_read_only_copy_in_the_same_order(client, portage, wheelchairs):
    third = ServiceFactory(name="Autism outreach", slug="autism-outreach")
    for service in (wheelchairs, third, portage):
        added(client, service)
    url = share_url(client)
    assert url.startswith("http://testserver/services/my-list/shared/?services=")
    token = url.split("services=")[1]
    assert len(token) == 3 * 22 + 2
    assert decode_token(token) == [wheelchairs.pk, third.pk, portage.pk]

    stranger = Client()  # a fresh browser
    response = stranger.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert saved_names(page) == ["Wheelchair service", "Autism outreach", "Portage home visiting"]
    assert "Someone has shared this list of 3 services" in page
    assert "01632 960 101" in page
    assert "Remove" not in re.sub(r"<script.*?</script>", "", page)  # read only
    assert 'data-module="lo-print" hidden>Print this list</button>' in page
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_a_shared_list_says_which_services_are_no_longer_listed(client, portage, wheelchairs):
    gone = ServiceFactory(name="Closed service", slug="closed")
    token = encode_token([portage.pk, gone.pk, wheelchairs.pk, uuid.uuid4()])
    gone.delete()
    Service.objects.filter(pk=portage.pk).update(live=False)
    response = client.get("/services/my-list/shared/", {"services": token})
    assert response.status_code == 200
    assert saved_names(response.content.decode()) == [
        "This service is no longer listed",
        "This service is no longer listed",
        "Wheelchair service",
        "This service is no longer listed",
    ]


def wrong_spelling(service_id: uuid.UUID) -> str:
    """The same 16 bytes in 22 characters whose last one has bits we never set."""
    part = encode_token([service_id])
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return part[:-1] + alphabet[alphabet.index(part[-1]) ^ 1]


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ("", "The link has no services in it."),
        ("abc", "The link has been cut short or changed."),
        ("A" * 21, "The link has been cut short or changed."),
        ("A" * 22 + ".", "The link has been cut short or changed."),
        ("A" * 22 + "." + "!" * 22, "The link has been cut short or changed."),
        ("WRONG_SPELLING", "The link has been cut short or changed."),
        ("TOO_MANY", "The link has too many services: a list holds up to 50."),
        ("x" * 5000, "The link has too many services: a list holds up to 50."),
    ],
)
def test_a_broken_share_link_is_a_400_that_says_what_to_do(client, link, problem):
    if link == "WRONG_SPELLING":
        link = wrong_spelling(uuid.uuid4())
    if link == "TOO_MANY":
        link = encode_token(uuid.uuid4() for _ in range(MY_LIST_LIMIT + 1))
    for response in (
        client.get("/services/my-list/shared/", {"services": link}),
        client.post("/services/my-list/shared/save/", {"services": link}),
    ):
        assert response.status_code == 400
        page = response.content.decode()
        assert "This link to a shared list does not work" in page
        assert problem in page
        assert "Ask the person who sent it to copy the whole link" in page


def test_a_share_link_without_its_parameter_is_a_400(client):
    assert client.get("/services/my-list/shared/").status_code == 400


def test_a_full_list_of_50_fits_a_share_link():
    ids = [uuid.uuid4() for _ in range(MY_LIST_LIMIT)]
    assert decode_token(encode_token(ids)) == ids
    assert base64.urlsafe_b64decode(encode_token(ids[:1]) + "==") == ids[0].bytes


def test_save_as_my_list_adds_the_live_services_with_a_message(client, portage, wheelchairs):
    gone = ServiceFactory(name="Closed service", slug="closed", live=False)
    token = encode_token([portage.pk, gone.pk, wheelchairs.pk])
    page = client.get("/services/my-list/shared/", {"services": token}).content.decode()
    assert re.search(r'<input type="hidden" name="services" value="' + token + '">', page)
    assert ">Save as my list</button>" in page

    response = client.post("/services/my-list/shared/save/", {"services": token})
    assert response["Location"] == LIST
    page = client.get(LIST).content.decode()
    assert banner(page) == (
        "Success 2 services have been added to your list. 1 service is no longer listed."
    )
    assert saved_names(page) == ["Portage home visiting", "Wheelchair service"]

    # Again: nothing new, and the message says so.
    client.post("/services/my-list/shared/save/", {"services": token})
    assert banner(client.get(LIST).content.decode()).startswith(
        "Important No services have been added to your list. 2 services were on it already."
    )


def test_save_as_my_list_stops_at_the_limit(client):
    services = [ServiceFactory(referral_route=False) for _ in range(MY_LIST_LIMIT)]
    for service in services[:48]:
        quietly_added(client, service)
    extra = [ServiceFactory(referral_route=False) for _ in range(3)]
    client.post("/services/my-list/shared/save/", {"services": encode_token(s.pk for s in extra)})
    page = client.get(LIST).content.decode()
    assert "2 services have been added to your list." in banner(page)
    assert "1 service could not be added because your list is full (it can hold up to 50)." in (
        banner(page)
    )
    assert saved_names(page)[-2:] == [extra[0].name, extra[1].name]


# ---------------------------------------------------------------------- the cache and cookies


def test_anonymous_pages_come_from_the_cache_with_the_buttons_and_no_cookie(client, portage):
    ServiceLocation.objects.create(
        service=portage, name="Hub", postcode="ST4 1AA", latitude="53.0", longitude="-2.2"
    )
    for path in ("/services/", "/services/portage/", "/services/map/", "/professionals/"):
        first, again = client.get(path), client.get(path)
        assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit"), path
        assert button_label(again.content.decode(), portage) == "Add to my list", path
        assert settings.SESSION_COOKIE_NAME not in first.cookies
        assert settings.SESSION_COOKIE_NAME not in again.cookies
    assert settings.SESSION_COOKIE_NAME not in client.cookies


def test_a_visitor_with_a_list_gets_fresh_pages_that_know_it(client, portage, wheelchairs):
    client.get("/services/")  # cached for everyone else
    added(client, portage)
    client.get("/services/")  # the banner, shown once
    response = client.get("/services/")
    assert "X-Cache" not in response
    page = response.content.decode()
    assert button_label(page, portage) == "Remove from my list"
    assert button_label(page, wheelchairs) == "Add to my list"
    assert re.sub(r"<[^>]+>", "", header_link(page)) == "My list (1)"
    # And the cached copy other people get is unchanged.
    stranger = Client()
    other = stranger.get("/services/")
    assert other["X-Cache"] == "hit"
    assert button_label(other.content.decode(), portage) == "Add to my list"
    assert " hidden>" in header_link(other.content.decode())


def test_the_search_page_offers_its_services_too(client, portage):
    page = client.get("/search/", {"q": "portage"}).content.decode()
    assert button_label(page, portage) == "Add to my list"
    assert 'id="my-list-form"' in page


def header_link(page: str) -> str:
    """The header's link to My list, as written."""
    return re.search(r"<a [^>]*data-lo-my-list-link[^>]*>.*?</a>", page).group(0)


def test_the_header_links_to_my_list_with_its_count_once_there_is_one(client, home, portage):
    link = header_link(client.get("/").content.decode())
    assert " hidden>" in link  # nothing saved: nothing to go to
    quietly_added(client, portage)
    for path in ("/", "/services/", "/services/portage/", LIST):
        link = header_link(client.get(path).content.decode())
        assert "hidden" not in link
        assert f'href="{LIST}"' in link
        assert re.sub(r"<[^>]+>", "", link) == "My list (1)"


def test_the_cookies_page_describes_the_session_cookie_as_configured():
    import yaml

    text = (settings.BASE_DIR / "demo" / "pages" / "21-cookies.yaml").read_text()
    cookies = yaml.safe_load(text)[0]["body"]
    words = " ".join(str(block) for block in cookies)
    assert settings.SESSION_COOKIE_NAME == "sessionid" and "sessionid" in words
    assert settings.SESSION_COOKIE_AGE == 14 * 24 * 60 * 60
    assert "expires 2 weeks after you last change your list" in " ".join(words.split())
    assert "My list" in words


def test_a_service_cannot_take_the_address_of_a_page_under_services(db):
    from django.core.exceptions import ValidationError

    from services.models import RESERVED_SLUGS

    for slug in sorted(RESERVED_SLUGS):
        service = ServiceFactory.build(slug=slug)
        with pytest.raises(ValidationError) as error:
            service.full_clean(exclude=["responsible_body"])
        assert "address of another page" in str(error.value)
