from django.core.management.base import BaseCommand

from localoffer.search import rebuild_search_words
from services.cache import directory_changed


class Command(BaseCommand):
    help = (
        "Make the vocabulary of search spelling suggestions again from every published page "
        "and service, forgetting words no longer used. Run it nightly (cron); publishing "
        "adds new words at once."
    )

    def handle(self, *args, **options):
        count = rebuild_search_words()
        directory_changed()
        self.stdout.write(f"Search vocabulary: {count} words.")
