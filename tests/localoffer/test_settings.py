"""Production settings, checked in fresh processes as a server would start them."""

import json
import subprocess

import pytest

from tests.utils import run_python

REQUIRED = {
    "DJANGO_SECRET_KEY": "a-long-random-secret-for-testing-only-0123456789abcdefghijklmnop",
    "DJANGO_ALLOWED_HOSTS": "localoffer.example.org",
    "DATABASE_URL": "postgres://localoffer@127.0.0.1:5432/localoffer",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return run_python(
        "manage.py", *args, env={"DJANGO_SETTINGS_MODULE": "localoffer.settings.production", **env}
    )


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_refuses_to_start_without(missing):
    env = {name: value for name, value in REQUIRED.items() if name != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set." in result.stderr


def test_production_passes_the_deployment_checklist_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=REQUIRED)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_static_files_collect_with_hashed_names(tmp_path):
    """Manifest storage fails on any missing file a stylesheet points at."""
    result = run_manage(
        "collectstatic",
        "--noinput",
        "--ignore",
        "scss",
        env={**REQUIRED, "DJANGO_STATIC_ROOT": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    for built in ("css/main.css", "css/print.css", "js/app.js", "js/govuk-frontend.min.js"):
        assert built in manifest, f"{built} missing: run `make assets` first"
    assert (tmp_path / (manifest["css/main.css"] + ".gz")).exists()


def test_the_cache_is_redis_when_redis_url_is_set_and_can_be_switched_off():
    show = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    redis = run_manage(
        "shell", "-c", show, env={**REQUIRED, "REDIS_URL": "redis://127.0.0.1:6379/1"}
    )
    # Django's Redis cache, with failures as misses (localoffer/cache.py).
    assert redis.stdout.strip().splitlines()[-1] == "localoffer.cache.ForgivingRedisCache", (
        redis.stderr
    )
    off = run_manage("shell", "-c", show, env={**REQUIRED, "DJANGO_CACHE_DISABLED": "1"})
    assert off.stdout.strip().splitlines()[-1] == "django.core.cache.backends.dummy.DummyCache", (
        off.stderr
    )
