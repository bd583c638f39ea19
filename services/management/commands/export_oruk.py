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

    def handle(self, *args, file: str, **options):
        progress = Progress(self.stderr, service_published().count(), "services")
        try:
            target = sys.stdout if file == "-" else open(file, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot write {file}: {error.strerror}") from None
        try:
            for chunk in oruk_json_chunks(progress=progress.update):
                target.write(chunk)
        finally:
            if target is not sys.stdout:
                target.close()
        progress.done()
        if file != "-":
            self.stdout.write(self.style.SUCCESS(f"Wrote {progress.count} services to {file}."))
