"""`load_synthetic_services` fills the directory for load tests with valid, live entries."""

import json

import pytest
from django.core.management import CommandError, call_command

from services.models import Service

pytestmark = pytest.mark.django_db


def test_synthetic_services_are_valid_live_and_listed(client):
    call_command("load_synthetic_services", count=30, stdout=open("/dev/null", "w"))  # noqa: SIM115
    services = Service.objects.filter(slug__startswith="synthetic-")
    assert services.count() == 30
    for service in services.prefetch_related("categories", "referral_routes"):
        service.full_clean()  # the same rules an editor's entry must pass
        assert service.live
        assert service.categories.exists()
        assert service.referral_routes.exists()
    assert "30 services found" in client.get("/services/").content.decode()


def test_synthetic_services_are_not_loaded_twice():
    call_command("load_synthetic_services", count=1, stdout=open("/dev/null", "w"))  # noqa: SIM115
    with pytest.raises(CommandError, match="already loaded"):
        call_command("load_synthetic_services", count=1)


def test_synthetic_services_are_variations_on_the_demo_file(tmp_path):
    from django.conf import settings

    from services.models import ServiceLocation

    with pytest.raises(CommandError, match="Cannot read"):
        call_command("load_synthetic_services", count=1, source=tmp_path / "missing.json")

    call_command("load_synthetic_services", count=200, stdout=open("/dev/null", "w"))  # noqa: SIM115
    records = json.loads((settings.BASE_DIR / "demo" / "services.json").read_text("utf-8"))
    names = {record["name"] for record in records}
    for name in Service.objects.values_list("name", flat=True):
        assert name.rsplit(" (", 1)[0] in names
    assert ServiceLocation.objects.exists()  # the demo's places come along
