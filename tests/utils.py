import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Set by the test harness for itself; a server process never has them.
HARNESS_VARIABLES = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}


def run_python(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run Python in a fresh process, as a server would start, with only ``env`` added."""
    base = {k: v for k, v in os.environ.items() if k not in HARNESS_VARIABLES}
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        env={**base, **env},
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
