"""`load_synthetic_services` fills the directory for load tests with valid, live entries."""

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
