"""Writing feedback: the record is saved first; telling the team comes after and
may fail without losing anything."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from wagtail.models import Page, Site

from services import selectors as service_selectors

from .models import Comment, Kind, PageVote, UnmetSearch

logger = logging.getLogger(__name__)


def page_for_path(*, path: str, site: Site | None) -> Page | None:
    """The live Wagtail page at this path on this site, if there is one."""
    if site is None:
        return None
    path = path.split("?", 1)[0].split("#", 1)[0]
    url_path = site.root_page.url_path + path.lstrip("/")
    if not url_path.endswith("/"):
        url_path += "/"
    return Page.objects.live().filter(url_path=url_path).first()


def service_for_path(path: str):
    """The service (live or not) whose public page is at this path, if it is one."""
    try:
        match = resolve(path.split("?", 1)[0])
    except Resolver404:
        return None
    if match.view_name != "services:detail":
        return None
    return service_selectors.service_get(slug=match.kwargs["slug"])


def page_vote_create(*, path: str, useful: bool, site: Site | None) -> PageVote:
    return PageVote.objects.create(
        page_path=path[: PageVote._meta.get_field("page_path").max_length],
        page=page_for_path(path=path, site=site),
        useful=useful,
    )


def comment_create(
    *,
    kind: str,
    path: str = "",
    site: Site | None = None,
    service=None,
    **fields,
) -> Comment:
    """Save what someone told us, then (optionally) tell the team.

    A problem with a service is the responsibility of that service's partner;
    other comments wait for an editor to choose one.
    """
    if service is None and path:
        service = service_for_path(path)
    email = fields.get("email", "")
    comment = Comment.objects.create(
        kind=kind,
        page_path=path[: Comment._meta.get_field("page_path").max_length],
        page=None if service else page_for_path(path=path, site=site),
        service=service,
        partner=service.responsible_body if service and kind == Kind.SERVICE_PROBLEM else None,
        wants_reply=bool(email),
        **fields,
    )
    transaction.on_commit(lambda: notify_team(comment))
    return comment


def notify_team(comment: Comment) -> bool:
    """Email the feedback team, if there is one, that a comment has arrived.

    The email names no one and quotes nothing personal: it links to the inbox,
    where the comment is. Failing to send is logged, never raised: the comment
    is already saved.
    """
    recipient = settings.FEEDBACK_TEAM_EMAIL
    if not recipient:
        return False
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "feedback_comment:edit", args=[comment.pk]
    )
    received = timezone.localtime(comment.created_at)
    lines = [
        f"{comment.get_kind_display()} received {received:%d/%m/%Y %H:%M}.",
        f"From: {comment.source_label or 'the feedback form'}",
    ]
    if comment.reason:
        lines.append(f"Problem: {comment.get_reason_display()}")
    if comment.topic:
        lines.append(f"About: {comment.get_topic_display()}")
    if comment.wants_reply:
        lines.append("They would like a reply.")
    lines += ["", f"Read it and give it a status and themes: {link}"]
    try:
        send_mail(
            subject=f"Local Offer feedback: {comment.get_kind_display().lower()}",
            message="\n".join(lines),
            from_email=None,
            recipient_list=[recipient],
        )
    except Exception:
        logger.exception("Feedback %s is saved, but the email to the team failed", comment.pk)
        return False
    return True


def personal_data_purge(*, days: int, dry_run: bool = False) -> int:
    """Remove reply email addresses from comments received more than ``days`` ago.

    Only the address goes: the comment, its status and the fact that a reply
    was asked for stay. Returns how many addresses were (or would be) removed.
    """
    now = timezone.now()
    expired = Comment.objects.filter(created_at__lt=now - datetime.timedelta(days=days)).exclude(
        email=""
    )
    if dry_run:
        return expired.count()
    return expired.update(email="", email_removed_at=now)


WORDS_LENGTH = UnmetSearch._meta.get_field("words").max_length
FILTERS_LENGTH = UnmetSearch._meta.get_field("filters").max_length


def unmet_search_record(*, source: str, words: str, filters: str) -> None:
    """Count one search that found nothing, in today's row for these words and
    filters. Safe when two workers count the same search at once: the unique
    constraint decides who creates the row, and the other adds to it."""
    key = {
        "source": source,
        "words": words[:WORDS_LENGTH],
        "filters": filters[:FILTERS_LENGTH],
        "day": timezone.localdate(),
    }
    if UnmetSearch.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():  # a savepoint, so a lost race leaves the request usable
            UnmetSearch.objects.create(**key, count=1)
    except IntegrityError:
        UnmetSearch.objects.filter(**key).update(count=F("count") + 1)
