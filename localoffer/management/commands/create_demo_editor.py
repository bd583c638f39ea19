import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

# user name -> (group, what they can do), as the editor groups migration sets them up
DEMO_ACCOUNTS = {
    "editor": ("Editors", "edits pages and submits them for approval"),
    "moderator": ("Moderators", "approves and publishes"),
}


class Command(BaseCommand):
    help = (
        "Create the demo editor and moderator accounts when they do not exist, and print "
        "each password once. For local demos only."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        for username, (group_name, can) in DEMO_ACCOUNTS.items():
            if User.objects.filter(username=username).exists():
                self.stdout.write(
                    f"Demo account '{username}' already exists. "
                    f"To set a new password: python manage.py changepassword {username}"
                )
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
            self.stdout.write(
                self.style.SUCCESS(f"Demo {group_name[:-1].lower()} account created ({can}):")
            )
            self.stdout.write(f"  user name: {username}\n  password:  {password}")
        self.stdout.write("Sign in at /admin/. Passwords are shown once only.")
