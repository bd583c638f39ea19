"""Import services from an Open Referral UK 3.0 JSON file (upsert by id).

The file is read as it is imported (``stream_records``), so memory stays flat
whatever its size; progress is shown as the share of the file read.
"""

import os
import sys

from django.core.management.base import BaseCommand, CommandError

from services.importers import ImportFileError, JSONText, import_services, stream_records
from services.models import ResponsibleBody

from ._progress import Progress


class Command(BaseCommand):
    help = (
        "Import services from FILE: a JSON array of ORUK 3.0 services (service_full shape) "
        "or a list envelope with 'contents'. Upserts by id; each rejected record is reported "
        "with its index, id and reason and writes nothing. Exits non-zero if any was rejected; "
        "a file that cannot be read stops the run with one line and writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON file, or - for standard input.")
        parser.add_argument(
            "--responsible-body",
            metavar="SLUG",
            help="For records that name no responsible body (for example "
            "staffordshire-county-council).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every record and keep nothing."
        )

    def handle(self, *args, file: str, responsible_body: str | None, dry_run: bool, **options):
        body = None
        if responsible_body:
            body = ResponsibleBody.objects.filter(slug=responsible_body).first()
            if body is None:
                slugs = ", ".join(ResponsibleBody.objects.values_list("slug", flat=True))
                raise CommandError(f"No responsible body “{responsible_body}”. Choose: {slugs}.")
        # Read as bytes: the reader tells a file that is not UTF-8 from a
        # record holding a byte that is not, and says either in one line.
        try:
            source = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}") from None
        try:
            size = os.fstat(source.fileno()).st_size if file != "-" else 0
            text = JSONText(source)
            progress = Progress(self.stderr, size >> 20, "MB read")
            report = import_services(
                stream_records(text),
                default_body=body,
                dry_run=dry_run,
                progress=lambda count: progress.update(text.bytes_read >> 20),
            )
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}") from None
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        finally:
            if source is not sys.stdin.buffer:
                source.close()
        progress.done()
        for rejection in report.rejected:
            self.stderr.write(
                f"Rejected record {rejection.index} (id {rejection.id or 'missing'}): "
                f"{rejection.reason}"
            )
        for note in report.notes:
            self.stdout.write(f"Note: {note}")
        summary = ("Dry run, nothing kept. " if dry_run else "") + report.summary
        if report.rejected:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
