"""Uploading an Open Referral UK file in the admin: a report first, then confirm."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from services.models import ResponsibleBody, Service
from tests.factories import EXAMPLE_SERVICE as EXAMPLE
from tests.factories import good_record

pytestmark = pytest.mark.django_db
URL = "services_import"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def sign_in(client, group: str):
    user = get_user_model().objects.create_user(group.lower(), f"{group}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)


def upload(client, records, **data):
    content = json.dumps(records).encode()
    file = SimpleUploadedFile("services.json", content, content_type="application/json")
    return client.post(reverse(URL), {"file": file, **data})


def test_a_moderator_sees_the_report_then_confirms(client, media):
    sign_in(client, "Moderators")
    bad = good_record(2) | {"maximum_age": "old"}
    response = upload(client, [good_record(1), bad])
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 records: 1 created, 0 updated, 1 rejected." in html
    assert "<td>1</td><td>00000000-0000-4000-8000-000000000002</td>" in html
    assert "maximum_age must be a whole number" in html
    assert not Service.objects.exists()  # only checked so far
    token = html.split('name="token" value="')[1].split('"')[0]
    assert (media / "oruk-imports" / f"{token}.json").exists()

    done = client.post(reverse(URL), {"token": token, "body": ""}, follow=True)
    assert "Imported. 2 records: 1 created, 0 updated, 1 rejected." in done.content.decode()
    assert list(Service.objects.values_list("name", flat=True)) == ["Imported service 1"]
    assert not (media / "oruk-imports" / f"{token}.json").exists()


def test_a_default_responsible_body_applies_to_records_without_one(client):
    sign_in(client, "Moderators")
    county = ResponsibleBody.objects.get(slug="staffordshire-county-council")
    with open(EXAMPLE, "rb") as example:
        file = SimpleUploadedFile("example.json", example.read())
    html = client.post(
        reverse(URL), {"file": file, "responsible_body": str(county.pk)}
    ).content.decode()
    assert "1 record: 1 created, 0 updated, 0 rejected." in html
    token = html.split('name="token" value="')[1].split('"')[0]
    client.post(reverse(URL), {"token": token, "body": str(county.pk)})
    assert Service.objects.get().responsible_body == county


def test_a_file_that_is_not_json_is_refused_and_nothing_is_kept(client, media):
    sign_in(client, "Moderators")
    file = SimpleUploadedFile("services.json", b"{oops")
    html = client.post(reverse(URL), {"file": file}).content.decode()
    assert "The file is not valid JSON" in html
    assert not (media / "oruk-imports").exists()


def test_an_unknown_upload_token_asks_for_the_file_again(client):
    sign_in(client, "Moderators")
    response = client.post(reverse(URL), {"token": "../../etc/passwd"}, follow=True)
    assert "That upload has gone: upload the file again." in response.content.decode()


def test_editors_cannot_import_because_imports_publish(client):
    sign_in(client, "Editors")
    response = upload(client, [good_record(1)])
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not Service.objects.exists()
    assert "Import services" not in client.get(reverse("wagtailadmin_home")).content.decode()
