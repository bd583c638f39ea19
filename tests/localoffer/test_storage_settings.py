"""Uploaded files: one server's disk, or an object store every server shares.

The production settings are read in fresh processes, as a server would start;
the object store is moto's in-process stand-in, so nothing leaves this machine.
`make scale-check` runs the real thing: two servers and an S3 server.
"""

import functools
import json

import boto3
import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from moto import mock_aws
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.localoffer.test_settings import REQUIRED, run_manage

# No credentials from this machine's files or an instance's metadata service.
OFFLINE = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_CONFIG_FILE": "/nonexistent",
    "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
    "AWS_EC2_METADATA_DISABLED": "true",
}
SHOW = """
import json
from django.conf import settings
from django.core.files.storage import default_storage
print(json.dumps({
    "storages": settings.STORAGES,
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "admin_img_src": settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "serve_method": settings.WAGTAILDOCS_SERVE_METHOD,
    "url": default_storage.url("documents/report.pdf"),
}))
"""


def production(**env: str) -> dict:
    result = run_manage("shell", "-c", SHOW, env={**REQUIRED, **OFFLINE, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_a_bucket_uploads_stay_on_this_servers_disk():
    shown = production()
    assert shown["storages"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert shown["url"] == "/media/documents/report.pdf"
    assert shown["img_src"] == ["'self'", "data:"]
    assert shown["serve_method"] == "serve_view"


def test_a_bucket_moves_uploads_to_a_private_shared_object_store():
    shown = production(
        DJANGO_MEDIA_BUCKET="localoffer-media",
        DJANGO_MEDIA_ENDPOINT_URL="https://objects.example.org",
        DJANGO_MEDIA_REGION="eu-west-2",
    )
    default = shown["storages"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    options = default["OPTIONS"]
    assert options["bucket_name"] == "localoffer-media"
    assert options["endpoint_url"] == "https://objects.example.org"
    assert options["region_name"] == "eu-west-2"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["file_overwrite"] is False
    # Static files are not uploads: WhiteNoise still serves them from each server.
    assert shown["storages"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    # A link to a stored file is signed, and works for a while only.
    assert shown["url"].startswith("https://objects.example.org/localoffer-media/documents/")
    assert "X-Amz-Signature=" in shown["url"]
    assert "X-Amz-Expires=3600" in shown["url"]
    # Images from the store show on pages and in the admin.
    assert "https://objects.example.org" in shown["img_src"]
    assert "https://objects.example.org" in shown["admin_img_src"]
    assert shown["serve_method"] == "serve_view"


def test_a_cdn_in_front_of_the_bucket_gets_the_links():
    shown = production(
        DJANGO_MEDIA_BUCKET="localoffer-media", DJANGO_MEDIA_CUSTOM_DOMAIN="media.example.org"
    )
    assert shown["url"] == "https://media.example.org/documents/report.pdf"
    assert shown["img_src"] == ["'self'", "data:", "https://media.example.org"]


@functools.cache
def on_aws() -> dict:
    return production(DJANGO_MEDIA_BUCKET="localoffer-media", DJANGO_MEDIA_REGION="eu-west-2")


@pytest.fixture
def object_store(settings, monkeypatch):
    """Production's storage on AWS S3 (moto's stand-in): its settings as production
    reads them from the environment, its bucket empty."""
    shown = on_aws()
    for name, value in OFFLINE.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-2")
        s3.create_bucket(
            Bucket="localoffer-media",
            CreateBucketConfiguration={"LocationConstraint": "eu-west-2"},
        )
        settings.STORAGES = {**settings.STORAGES, "default": shown["storages"]["default"]}
        settings.WAGTAILDOCS_SERVE_METHOD = shown["serve_method"]
        yield s3


def test_a_document_in_the_object_store_downloads_through_the_site(
    db, object_store, client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    content = b"%PDF-1.4 " + bytes(range(256)) * 40
    document = get_document_model().objects.create(
        title="Annual report", file=ContentFile(content, name="annual-report.pdf")
    )
    stored = object_store.list_objects_v2(Bucket="localoffer-media")["Contents"]
    assert [item["Key"] for item in stored] == [document.file.name]
    assert not any(tmp_path.iterdir())  # nothing on this server's disk

    response = client.get(document.url)
    # The bytes come through the site, not a redirect to the store's link.
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_private_document_in_the_object_store_stays_private(
    db, object_store, client, django_user_model, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Staff rota",
        file=ContentFile(b"rota", name="staff-rota.txt"),
        collection=private,
    )
    # Wagtail's check runs on every download; the store's signed link is never shown.
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailcore_login"))

    user = django_user_model.objects.create_user("staff", "staff@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"rota"
