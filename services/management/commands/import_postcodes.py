"""python manage.py import_postcodes FILE [--areas ST,WS,DE]

Loads postcodes with their coordinates and council district into our own table,
so finding a place never calls an outside service. FILE is the ONS Postcode
Directory CSV (``pcds``, ``lat``, ``long``, ``oslaua`` or ``lad..cd``, ``doterm``)
or a plain ``postcode,latitude,longitude[,district_code]`` CSV, gzip-compressed or
not. Terminated postcodes are skipped; bad rows are counted and reported, never
fatal. Exits non-zero only when the file can't be read.
"""

from django.core.management.base import BaseCommand, CommandError

from services.postcode_import import BATCH_SIZE, import_postcode_file
from services.postcodes import PostcodeFileError

PROGRESS_EVERY = 100_000


class Command(BaseCommand):
    help = "Load postcodes (ONS Postcode Directory or plain CSV, gzip or not) into the database."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file, or .csv.gz")
        parser.add_argument(
            "--areas",
            default="",
            help="only these postcode areas, comma-separated (the letters before the "
            "first digit), like ST,WS,DE,B",
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args, file, areas, batch_size, **options):
        wanted = [area.strip().upper() for area in areas.split(",") if area.strip()]
        on_terminal = self.stdout.isatty()
        shown = [0]

        def progress(rows: int, saved: int) -> None:
            if on_terminal and rows - shown[0] >= PROGRESS_EVERY:
                shown[0] = rows
                self.stdout.write(f"{rows:,} rows read, {saved:,} postcodes saved")
                self.stdout.flush()

        try:
            result = import_postcode_file(
                file, areas=wanted, batch_size=max(1, batch_size), progress=progress
            )
        except PostcodeFileError as error:
            raise CommandError(f"Could not read {file}: {error}") from error
        counts = result.counts
        lines = [f"Saved {result.saved:,} postcodes from {counts.rows:,} rows."]
        if counts.terminated:
            lines.append(f"Skipped {counts.terminated:,} terminated postcodes.")
        if counts.other_areas:
            lines.append(f"Skipped {counts.other_areas:,} postcodes in other areas.")
        if counts.bad_postcode:
            lines.append(f"Skipped {counts.bad_postcode:,} rows without a valid postcode.")
        if counts.bad_location:
            lines.append(
                f"Skipped {counts.bad_location:,} rows without a valid latitude and longitude."
            )
        if result.locations_filled:
            lines.append(
                f"Gave {result.locations_filled:,} service locations their postcode's coordinates."
            )
        style = self.style.WARNING if counts.bad else self.style.SUCCESS
        self.stdout.write(style("\n".join(lines)))
