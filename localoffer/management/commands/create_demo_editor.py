import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the demo editor account when none exists and print its password once. "
        "For local demos only: the account can administer the whole site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username: str, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Demo editor account '{username}' already exists. "
                f"To set a new password: python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=username,
            email=f"{username}@example.org",
            password=password,
            first_name="Demo",
            last_name="Editor",
        )
        self.stdout.write(
            self.style.SUCCESS("Demo editor account created. Sign in at /admin/ with:")
        )
        self.stdout.write(f"  user name: {username}\n  password:  {password}")
        self.stdout.write("This password is shown once only.")
