import pytest
from django.core.cache import cache

from tests.factories import home_as_site_root


@pytest.fixture
def home(db):
    return home_as_site_root()


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; no test should see another's."""
    cache.clear()
    yield
    cache.clear()
