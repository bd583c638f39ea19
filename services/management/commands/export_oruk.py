"""Write every live service to a file as Open Referral UK 3.0 JSON."""

import sys

from django.core.management.base import BaseCommand, CommandError

from services.exports import oruk_json_chunks
from services.selectors import service_published

from ._progress import Progress


class Command(BaseCommand):
    help = (
        "Write every live service to FILE (or - for standard output) as a JSON array in the "
        "ORUK 3.0 service_full shape, which import_oruk reads back. Streams in bounded memory."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write, or - for standard output.")
        parser.add_argument(
            "--with-owners",
            action="store_true",
            help="Also write each entry's owner's email (local_offer.owner_email), which the "
            "API never shows: for moving a directory between sites, not for publishing.",
        )
        parser.add_argument(
            "--indent",
            type=int,
            metavar="N",
            help="Indent by N spaces, for a file people read (one service a line without it).",
        )

    def handle(self, *args, file: str, with_owners: bool, indent: int | None, **options):
        progress = Progress(self.stderr, service_published().count(), "services")
        try:
            target = sys.stdout if file == "-" else open(file, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot write {file}: {error.strerror}") from None
        try:
            chunks = oruk_json_chunks(
                progress=progress.update, with_owners=with_owners, indent=indent
            )
            for chunk in chunks:
                target.write(chunk)
        finally:
            if target is not sys.stdout:
                target.close()
        progress.done()
        if file != "-":
            self.stdout.write(self.style.SUCCESS(f"Wrote {progress.count} services to {file}."))
