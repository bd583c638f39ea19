"""Writes that are more than a form save: confirming an entry, reminding owners."""

import datetime
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.log_actions import log

from .models import Category, Need, ReviewReminder, ReviewState, SearchWord, Service
from .query import FILLER_WORDS, SHORT_WORD, words_of
from .selectors import service_due_for_reminder, service_published

logger = logging.getLogger(__name__)

MARK_REVIEWED_ACTION = "services.mark_reviewed"


@transaction.atomic
def mark_service_reviewed(service: Service, *, user=None) -> Service:
    """Record that someone checked the entry today and it is still correct.

    Only the review date moves: no new revision, so the history stays about
    content. The latest revision carries the new date too, so publishing a
    draft made from it later does not put the old date back. The audit log
    records who confirmed it.
    """
    service.last_reviewed = timezone.localdate()
    service.save(update_fields=["last_reviewed", "review_due"])
    revision = service.latest_revision
    if revision is not None and "last_reviewed" in revision.content:
        revision.content["last_reviewed"] = service.last_reviewed.isoformat()
        revision.save(update_fields=["content"])
    log(instance=service, action=MARK_REVIEWED_ACTION, user=user)
    return service


@dataclass
class ReminderRun:
    """What one run of the reminders did, for the command to report."""

    sent: dict[str, list[Service]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    @property
    def entries(self) -> int:
        return sum(len(services) for services in self.sent.values())


def admin_edit_url(service: Service) -> str:
    path = reverse("wagtailsnippets_services_service:edit", args=(service.pk,))
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def reminder_message(owner: str, services: list[Service], today: datetime.date) -> EmailMessage:
    overdue = sum(service.review_due < today for service in services)
    subject = (
        f"{len(services)} Local Offer {'entry' if len(services) == 1 else 'entries'} "
        f"to check{f' ({overdue} overdue)' if overdue else ''}"
    )
    list_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailsnippets_services_service:list"
    )
    body = render_to_string(
        "services/email/review_reminder.txt",
        {
            "services": [
                {
                    "service": service,
                    "overdue": service.review_due < today,
                    "edit_url": admin_edit_url(service),
                }
                for service in services
            ],
            "list_url": f"{list_url}?review={ReviewState.OVERDUE.value}",
            "every_days": settings.DIRECTORY_REVIEW_REMINDER_DAYS,
        },
    )
    return EmailMessage(subject=subject, body=body, to=[owner])


def send_review_reminders(*, dry_run: bool = False) -> ReminderRun:
    """Email each owner, once, the live entries due for review within the
    due-soon window or overdue, leaving out any they were reminded about
    within ``DIRECTORY_REVIEW_REMINDER_DAYS``. What was sent is recorded; an
    email that fails records nothing, so the next run tries again."""
    now = timezone.now()
    today = timezone.localdate(now)
    run = ReminderRun()
    due = sorted(service_due_for_reminder(now=now), key=lambda s: (s.reminder_email, s.review_due))
    for owner, group in groupby(due, key=lambda service: service.reminder_email):
        services = list(group)
        if dry_run:
            run.sent[owner] = services
            continue
        try:
            reminder_message(owner, services, today).send()
        except Exception as error:  # SMTP, DNS or socket: report it and go on to the next owner
            logger.exception("Could not send the review reminder to %s", owner)
            run.failed[owner] = str(error) or error.__class__.__name__
            continue
        ReviewReminder.objects.bulk_create(
            ReviewReminder(
                service=service, sent_to=owner, sent_at=now, review_due=service.review_due
            )
            for service in services
        )
        run.sent[owner] = services
    return run


# ---------------------------------------------------------------- search words

# Longer words are not worth suggesting (and would not fit SearchWord.word).
LONGEST_WORD = 40


def service_search_text(service: Service) -> str:
    """The words a service is found by (``services.search``), as plain text."""
    return " ".join((service.name, service.summary, strip_tags(service.description)))


def word_counts(documents: Iterable[str]) -> Counter:
    """For each word worth suggesting, how many of ``documents`` use it."""
    counts = Counter()
    for text in documents:
        counts.update(
            {
                word
                for word in words_of(text)
                if SHORT_WORD < len(word) <= LONGEST_WORD
                and word.isalpha()
                and word not in FILLER_WORDS
            }
        )
    return counts


def directory_documents() -> Iterable[str]:
    """Every live service's searchable text, and the category and need names."""
    for service in service_published().only("name", "summary", "description").iterator(2000):
        yield service_search_text(service)
    yield from Category.objects.values_list("name", flat=True)
    yield from Need.objects.values_list("name", flat=True)


@transaction.atomic
def replace_search_words(documents: Iterable[str]) -> int:
    """Make the vocabulary of spelling suggestions exactly the words of
    ``documents`` (all published content); returns how many words it holds."""
    counts = word_counts(documents)
    SearchWord.objects.all().delete()
    SearchWord.objects.bulk_create(
        (SearchWord(word=word, documents=n) for word, n in counts.items()), batch_size=2000
    )
    return len(counts)


def add_search_words(documents: Iterable[str]) -> None:
    """Add the words of newly published content to the vocabulary at once; a
    full ``replace_search_words`` (nightly) also forgets words no longer used."""
    add_word_counts(word_counts(documents))


def add_word_counts(counts: Counter) -> None:
    """``add_search_words`` for counts already made: a bulk job counts its
    documents a batch at a time, and adds the words once."""
    SearchWord.objects.bulk_create(
        (SearchWord(word=word, documents=n) for word, n in counts.items()),
        batch_size=2000,
        ignore_conflicts=True,
    )
