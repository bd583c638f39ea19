"""Remove reply email addresses from old comments. Run it daily."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from feedback.actions import personal_data_purge


class Command(BaseCommand):
    help = (
        "Remove the email address from every comment received more than "
        "DJANGO_FEEDBACK_PERSONAL_DATA_DAYS days ago (default 180). Only the address goes: "
        "the comment, its status and the fact that a reply was asked for stay."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.FEEDBACK_PERSONAL_DATA_DAYS,
            help="Keep addresses this many days (default: %(default)s).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be removed; change nothing."
        )

    def handle(self, *args, days: int, dry_run: bool, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        removed = personal_data_purge(days=days, dry_run=dry_run)
        noun = "address" if removed == 1 else "addresses"
        verb = "would be removed" if dry_run else "removed"
        self.stdout.write(
            self.style.SUCCESS(f"{removed} email {noun} older than {days} days {verb}.")
        )
