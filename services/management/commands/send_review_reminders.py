"""Email each owner the directory entries due for review. Run it daily or weekly."""

from django.core.management.base import BaseCommand, CommandError

from services.actions import send_review_reminders


class Command(BaseCommand):
    help = (
        "Email each entry's owner the live services due for review soon or overdue, one "
        "email per owner; an entry is named at most once a week (DJANGO_DIRECTORY_REVIEW_"
        "REMINDER_DAYS). What was sent is recorded."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List who would be reminded about what, and send and record nothing.",
        )

    def handle(self, *args, dry_run: bool, **options):
        run = send_review_reminders(dry_run=dry_run)
        verb = "Would remind" if dry_run else "Reminded"
        for owner, services in run.sent.items():
            self.stdout.write(f"{verb} {owner} about {len(services)}:")
            for service in services:
                self.stdout.write(f"  {service.name} (due {service.review_due:%d/%m/%Y})")
        for owner, error in run.failed.items():
            self.stderr.write(f"Could not email {owner}: {error}")
        summary = (
            f"{len(run.sent)} email{'s' if len(run.sent) != 1 else ''} "
            f"{'to send' if dry_run else 'sent'} about {run.entries} "
            f"entr{'ies' if run.entries != 1 else 'y'}."
        )
        if run.failed:
            raise CommandError(f"{summary} {len(run.failed)} could not be sent; see above.")
        self.stdout.write(self.style.SUCCESS(summary))
