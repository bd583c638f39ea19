"""Read queries for the feedback app: the admin inbox, the service edit view,
the reports, and the "You said, we did" page."""

import datetime
from collections import Counter
from collections.abc import Iterable

from django.db.models import (
    Count,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Cast, Coalesce, Round
from django.utils import timezone

from services.models import ResponsibleBody

from .models import (
    ActionStatus,
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
    return Comment.objects.exclude(status__in=Status.not_for_publication())


def _theme_comments_in_period() -> Coalesce:
    """How many publishable comments carry the outer response's theme and arrived
    in its period (inclusive, by the local date), as a correlated subquery."""
    counts = (
        Comment.themes.through.objects.filter(
            theme_id=OuterRef("theme_id"),
            comment__created_at__date__gte=OuterRef("period_start"),
            comment__created_at__date__lte=OuterRef("period_end"),
        )
        .exclude(comment__status__in=Status.not_for_publication())
        .order_by()
        .values("theme_id")
        .annotate(count=Count("comment_id"))
        .values("count")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def theme_response_list(
    *, partners: Iterable[ResponsibleBody] | None = None, year: int | None = None
) -> QuerySet[ThemeResponse]:
    """Live responses, newest period first, each with ``comment_count`` and
    ``partner_list``: two queries however many there are."""
    responses = ThemeResponse.objects.filter(live=True)
    if partners:
        responses = responses.filter(partners__in=list(partners)).distinct()
    if year is not None:
        responses = responses.filter(period_end__year=year)
    return (
        responses.select_related("theme")
        .prefetch_related(
            Prefetch("partners", queryset=ResponsibleBody.objects.all(), to_attr="partner_list")
        )
        .annotate(comment_count=_theme_comments_in_period())
        .order_by("-period_end", "title", "pk")
    )


def theme_response_comment_count(*, response: ThemeResponse) -> int:
    """The count ``theme_response_list`` annotates, for one response (a preview
    is unsaved, so it cannot be annotated)."""
    if response.theme_id is None or not (response.period_start and response.period_end):
        return 0
    return (
        comment_publishable()
        .filter(
            themes=response.theme_id,
            created_at__date__gte=response.period_start,
            created_at__date__lte=response.period_end,
        )
        .count()
    )


def theme_response_years() -> list[int]:
    """Years with at least one live response, newest first: the yearly reports."""
    return [
        day.year
        for day in ThemeResponse.objects.filter(live=True).dates("period_end", "year", "DESC")
    ]


def theme_response_year_totals(*, year: int, responses: list[ThemeResponse]) -> dict:
    """The yearly report's figures. ``responses`` are that year's, already loaded."""
    statuses = Counter(response.status for response in responses)
    return {
        "comments": comment_publishable().filter(created_at__year=year).count(),
        "themes": len({response.theme_id for response in responses}),
        "responses": len(responses),
        "by_status": [
            (status, statuses[status])
            for status in (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED)
        ],
    }


def theme_response_admin_list() -> QuerySet[ThemeResponse]:
    """Every response, drafts included, with ``comment_count`` for the admin list."""
    return ThemeResponse.objects.select_related("theme").annotate(
        comment_count=_theme_comments_in_period()
    )


def you_said_we_did_page_live() -> YouSaidWeDidPage | None:
    """The published "You said, we did" page the feedback forms point to, if any."""
    return YouSaidWeDidPage.objects.live().public().first()
