"""Build the directory's landing pages and most requested pages into the cache.

Run it from cron after anything that changes the directory outside the web
server, such as ``publish_scheduled && warm_cache`` or after ``import_oruk``,
so the first visitor after the change is not the one who waits. The web server
does the same by itself after a change it makes (``DIRECTORY_WARM_AFTER_CHANGE``).
"""

import time

from django.core.management.base import BaseCommand, CommandError

from services.cache import cache_is_shared, caching, pages_to_warm, warm


class Command(BaseCommand):
    help = (
        "Build the directory's landing pages and the pages visitors ask for most into the "
        "cache, in the current generation, as a visitor with no session would get them. "
        "Prints each page with its status and time. Useful with a shared cache (REDIS_URL)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "addresses",
            nargs="*",
            metavar="PATH",
            help="Pages to build instead, such as /services/?category=health.",
        )

    def handle(self, *args, addresses: list[str], **options):
        if not caching():
            self.stdout.write("The cache is disabled (DJANGO_CACHE_DISABLED): nothing to warm.")
            return
        if not cache_is_shared():
            self.stderr.write(
                "Note: the cache is in this process's memory (no REDIS_URL), so the web "
                "server will not see these pages; it warms its own after each change."
            )
        started = time.monotonic()
        warmed = warm(addresses or pages_to_warm())
        failed = []
        for address, status, answer, seconds in warmed:
            self.stdout.write(f"{status} {answer or '-':4} {seconds * 1000:7.0f} ms  {address}")
            if status != 200:
                failed.append(address)
        summary = f"Warmed {len(warmed) - len(failed)} of {len(warmed)} pages in "
        summary += f"{time.monotonic() - started:.1f} s."
        if failed:
            raise CommandError(f"{summary} Not cached (not a 200): {', '.join(failed)}")
        self.stdout.write(self.style.SUCCESS(summary))
