"""`make run` ends with the demo accounts in a box, and a rerun says how to
set a new password with a command that works as typed."""

import re
import shlex
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from localoffer.management.commands.create_demo_editor import python_command
from tests.utils import PROJECT_DIR

pytestmark = pytest.mark.django_db


def run() -> str:
    out = StringIO()
    call_command("create_demo_editor", stdout=out)
    return out.getvalue()


def assert_boxed(output: str) -> list[str]:
    """The output is one box: a rule, lines framed to one width, a rule."""
    lines = output.rstrip("\n").split("\n")
    rule = lines[0]
    assert re.fullmatch(r"\+-+\+", rule)
    assert lines[-1] == rule
    assert all(len(line) == len(rule) and line[0] == line[-1] == "|" for line in lines[1:-1])
    return [line.strip("| ") for line in lines[1:-1]]


def test_the_first_run_boxes_each_account_and_its_password(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8080/"
    lines = assert_boxed(run())
    assert lines[0] == "Demo accounts: sign in to the CMS at http://127.0.0.1:8080/admin/"
    accounts = dict(re.findall(r"user name: (\S+)\s+password: (\S+)", "\n".join(lines)))
    assert set(accounts) == {"editor", "moderator"}
    assert "Note the passwords now: they are shown this once only." in lines
    assert "changepassword" not in "\n".join(lines)


def test_a_rerun_prints_a_changepassword_command_that_works_as_typed():
    first = run()
    lines = assert_boxed(run())
    assert not any(
        password in "\n".join(lines) for password in re.findall(r"password: (\S+)", first)
    )
    python = python_command()
    for username in ("editor", "moderator"):
        assert f"'{username}' already exists. To set a new password:" in lines
        assert f"{python} manage.py changepassword {username}" in lines
    if Path(sys.executable).parent.parent == PROJECT_DIR / ".venv":
        assert python == ".venv/bin/python"  # as `make run` installs it
    # From the project folder, the command as printed finds manage.py's changepassword.
    command = shlex.split(f"{python} manage.py changepassword --help")
    result = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert "Change a user's password" in result.stdout
