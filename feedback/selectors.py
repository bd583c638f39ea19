"""Read queries for the feedback app: the admin inbox, the service edit view,
the reports, and the "You said, we did" page."""

import datetime
from collections.abc import Iterable

from django.db.models import (
    Count,
    F,
    IntegerField,
    Max,
    Min,
    Q,
    QuerySet,
    Sum,
)
from django.db.models.functions import Cast, Round
from django.utils import timezone

from .models import (
    Comment,
    Kind,
    PageVote,
    Status,
    ThemeResponse,
    UnmetSearch,
    YouSaidWeDidPage,
)

OPEN_STATUSES = [Status.NEW, Status.IN_REVIEW]


def comment_new_count() -> int:
    return Comment.objects.filter(status=Status.NEW).count()


def comment_open_problems_for_service(*, service) -> QuerySet[Comment]:
    """Problems reported on this service that nobody has dealt with yet, newest first."""
    return Comment.objects.filter(
        service=service, kind=Kind.SERVICE_PROBLEM, status__in=OPEN_STATUSES
    ).order_by("-created_at", "-pk")


def unmet_search_summary(*, days: int | None = 30) -> QuerySet:
    """Searches that found nothing in the last ``days`` days (all of them for
    None), one row per source, words and filters: how often, first and last
    seen. Most searched first."""
    searches = UnmetSearch.objects.all()
    if days is not None:
        since = timezone.localdate() - datetime.timedelta(days=days - 1)
        searches = searches.filter(day__gte=since)
    return (
        searches.values("source", "words", "filters")
        .annotate(total=Sum("count"), first_seen=Min("day"), last_seen=Max("day"))
        .order_by("-total", "-last_seen", "words", "filters", "source")
    )


def page_vote_summary(*, days: int | None = 30) -> QuerySet:
    """Answers to "Is this page useful?" in the last ``days`` days (all for
    None), one row per address: yes, no, the share useful and the last day."""
    votes = PageVote.objects.all()
    if days is not None:
        votes = votes.filter(
            created_on__gte=timezone.localdate() - datetime.timedelta(days=days - 1)
        )
    return (
        votes.values("page_path")
        .annotate(
            yes=Count("pk", filter=Q(useful=True)),
            no=Count("pk", filter=Q(useful=False)),
            last_answer=Max("created_on"),
        )
        .annotate(
            useful_percent=Cast(Round(100.0 * F("yes") / (F("yes") + F("no"))), IntegerField())
        )
        .order_by("-no", "useful_percent", "page_path")
    )


# ---------------------------------------------------------------------------
# You said, we did (publishing)
# ---------------------------------------------------------------------------


def comment_publishable() -> QuerySet[Comment]:
    """Comments that count towards what we publish: not vexatious, not about one person's case."""
    return Comment.objects.publishable()


def theme_response_list(
    *, partners: Iterable | None = None, year: int | None = None
) -> QuerySet[ThemeResponse]:
    """Live responses (of these responsible bodies, in this year), newest period
    first, each with ``comment_count`` and ``partner_list``: two queries however
    many there are."""
    return ThemeResponse.objects.published(partners=partners, year=year)


def theme_response_comment_count(*, response: ThemeResponse) -> int:
    """The count ``theme_response_list`` annotates, for one response (a preview
    is unsaved, so it cannot be annotated)."""
    return response.publishable_comment_count()


def theme_response_years() -> list[int]:
    """Years with at least one live response, newest first: the yearly reports."""
    return ThemeResponse.objects.published_years()


def theme_response_year_totals(*, year: int, responses: list[ThemeResponse]) -> dict:
    """The yearly report's figures. ``responses`` are that year's, already loaded."""
    return ThemeResponse.year_totals(year=year, responses=responses)


def theme_response_admin_list() -> QuerySet[ThemeResponse]:
    """Every response, drafts included, with ``comment_count`` for the admin list."""
    return ThemeResponse.objects.select_related("theme").with_comment_count()


def you_said_we_did_page_live() -> YouSaidWeDidPage | None:
    """The published "You said, we did" page the feedback forms point to, if any."""
    return YouSaidWeDidPage.objects.live().public().first()
