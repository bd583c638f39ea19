import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from tests.factories import HomePageFactory


@pytest.fixture
def home(db):
    """A HomePage as the default site's root, as load_demo_content leaves it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-page")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; no test should see another's."""
    cache.clear()
    yield
    cache.clear()
