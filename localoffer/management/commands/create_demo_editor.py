import secrets
import sys
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.urls import reverse

# user name -> (group, what they can do), as the editor groups migration sets them up
DEMO_ACCOUNTS = {
    "editor": ("Editors", "edits pages and submits them for approval"),
    "moderator": ("Moderators", "approves and publishes"),
}


def python_command() -> str:
    """This Python as typed from the project folder: `.venv/bin/python` after `make run`."""
    python = Path(sys.executable)
    try:
        return str(python.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(python)


def box(lines: list[str]) -> str:
    """Lines in a plain-text frame, so they stand out from the output around them."""
    width = max(len(line) for line in lines)
    rule = "+" + "-" * (width + 4) + "+"
    return "\n".join([rule, *(f"|  {line.ljust(width)}  |" for line in lines), rule])


class Command(BaseCommand):
    help = (
        "Create the demo editor and moderator accounts when they do not exist, and print "
        "each password once, in a box. For local demos only."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        created, existing = [], []
        for username, (group_name, can) in DEMO_ACCOUNTS.items():
            if User.objects.filter(username=username).exists():
                existing.append(username)
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password=password,
                first_name="Demo",
                last_name=group_name[:-1],
            )
            user.groups.add(Group.objects.get(name=group_name))
            created += [
                f"{group_name[:-1]}, who {can}:",
                f"  user name: {username:<10} password: {password}",
            ]

        lines = [f"Demo accounts: sign in to the CMS at {admin_url}", ""]
        if created:
            lines += [*created, "", "Note the passwords now: they are shown this once only."]
        if created and existing:
            lines.append("")
        for username in existing:
            lines += [
                f"'{username}' already exists. To set a new password:",
                f"  {python_command()} manage.py changepassword {username}",
            ]
        if existing:
            them = "it" if len(existing) == 1 else "them"
            lines.append(f"(Run {them} from the project folder.)")
        lines += ["", *two_factor_note()]
        self.stdout.write(box(lines))


def two_factor_note() -> list[str]:
    """Whether the moderator will be asked to set up an authenticator app."""
    if settings.ADMIN_2FA_REQUIRED:
        return [
            "The moderator sets up two-factor authentication (an app on a",
            "phone) when first signing in: Moderators must have it.",
        ]
    return [
        "Both sign in with the password alone: two-factor authentication",
        "is optional here (DJANGO_ADMIN_2FA_REQUIRED=1 requires it).",
    ]
