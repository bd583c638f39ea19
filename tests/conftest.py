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


@pytest.fixture
def pdf_document(db, settings, tmp_path):
    """Make a 2 KB PDF in the document library, stored under a temporary media root."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    settings.MEDIA_ROOT = tmp_path

    def make(title: str, filename: str):
        return get_document_model().objects.create(
            title=title, file=ContentFile(b"%PDF-1.4 " + b"x" * 2048, name=filename)
        )

    return make
