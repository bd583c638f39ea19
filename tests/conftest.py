import tempfile
from pathlib import Path

import pytest
from django.core.cache import cache
from hypothesis.configuration import set_hypothesis_home_dir

from tests.factories import home_as_site_root

# Hypothesis keeps its example database and caches (.hypothesis/) in a temporary
# folder, never in the repository (tests/test_fuzz.py, the import tests).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "localoffer-hypothesis")


@pytest.fixture
def home(db):
    return home_as_site_root()


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; no test should see another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _account_security_off(request, settings):
    """Sign-in lockouts and two-factor authentication are on in the test settings, as in
    production; tests that sign in with force_login (no second factor) or client.login
    (which gives axes no request) run without them. Tests of them ask for
    ``account_security``."""
    if "account_security" not in request.fixturenames:
        settings.AXES_ENABLED = False
        settings.ADMIN_2FA_REQUIRED = False


@pytest.fixture
def account_security(settings):
    """Sign-in lockouts on, and two-factor authentication required for Moderators."""
    settings.AXES_ENABLED = True
    settings.ADMIN_2FA_REQUIRED = True


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
