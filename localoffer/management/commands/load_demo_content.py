from django.core.management.base import BaseCommand

from localoffer.demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Build the demo Local Offer from the data files in demo/: pages, guides, strategies, "
        "'You said, we did' and services. Creates what is missing and updates what the loader "
        "still owns, never an editor's change; safe to run again."
    )

    def handle(self, *args, **options):
        created = []

        def log(message: str) -> None:
            created.append(message)
            self.stdout.write(f"  {message}")

        load_demo_content(log)
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content: {len(created)} item(s) created or updated.")
            )
        else:
            self.stdout.write("Demo content already present: nothing changed.")
