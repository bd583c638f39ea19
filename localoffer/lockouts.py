"""Sign-in lockouts: django-axes counts wrong passwords by account and by address.

An account is locked after ``AXES_FAILURE_LIMIT`` failures from anywhere, so
guessing one editor's password from many addresses gains nothing; an address
after ``LOGIN_ADDRESS_FAILURE_LIMIT`` failures on any accounts, so one machine
cannot try a few passwords on every account. The address limit is higher because
a council office signs in from one address. Either lasts ``AXES_COOLOFF_TIME``
after the last failure, or until a Moderator lifts it (``unlock``).
"""

import ipaddress
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db.models import Max, QuerySet, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from localoffer.ratelimit import client_address

logger = logging.getLogger(__name__)

ACCOUNT = "account"
ADDRESS = "address"


def _failures(attempts: QuerySet) -> int:
    return attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0


def _recent_attempts(since: datetime) -> QuerySet:
    return AccessAttempt.objects.filter(attempt_time__gte=since)


def client_ip(request: HttpRequest) -> str | None:
    """The address failures count against (``AXES_CLIENT_IP_CALLABLE``): the one the
    feedback rate limit uses, or the connection's if that is not an address (axes
    keeps addresses in an inet column on PostgreSQL, which takes nothing else)."""
    for address in (client_address(request), request.META.get("REMOTE_ADDR", "")):
        try:
            return str(ipaddress.ip_address(address))
        except ValueError:
            continue
    return None


def cool_off_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit for each account and another for each address.

    Axes compares one number with one limit (``AXES_FAILURE_LIMIT``): the account's
    failures, or the full limit once the address has passed its own."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        recent = _recent_attempts(get_cool_off_threshold(request))
        by_account = _failures(recent.filter(username=get_client_username(request, credentials)))
        by_address = _failures(recent.filter(ip_address=request.axes_ip_address))
        if by_address >= settings.LOGIN_ADDRESS_FAILURE_LIMIT:
            return max(by_account, settings.AXES_FAILURE_LIMIT)
        return by_account


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """The page for a refused sign-in (``AXES_LOCKOUT_CALLABLE``): says which lock and
    for how long, in the admin's own look, with axes' status (429)."""
    recent = _recent_attempts(get_cool_off_threshold(request))
    username = get_client_username(request, credentials)
    account_locked = _failures(recent.filter(username=username)) >= settings.AXES_FAILURE_LIMIT
    return render(
        request,
        "wagtailadmin/lockouts/locked_out.html",
        {"account_locked": account_locked, "minutes": cool_off_minutes()},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


@dataclass(frozen=True)
class Lockout:
    kind: str  # ACCOUNT or ADDRESS
    value: str  # the user name or the address
    failures: int
    # The addresses an account's failures came from, or the accounts an address tried.
    others: list[str]
    last_failure: datetime
    until: datetime


def lockout_list() -> list[Lockout]:
    """Accounts and addresses locked now, the most recently locked first in each kind."""
    cool_off = settings.AXES_COOLOFF_TIME
    recent = _recent_attempts(timezone.now() - cool_off)
    groups = (
        (ACCOUNT, "username", "ip_address", settings.AXES_FAILURE_LIMIT),
        (ADDRESS, "ip_address", "username", settings.LOGIN_ADDRESS_FAILURE_LIMIT),
    )
    lockouts = []
    for kind, field, other, limit in groups:
        # No lock without a user name or an address (axes records None for either).
        present = recent.exclude(**{f"{field}__isnull": True})
        if kind == ACCOUNT:
            present = present.exclude(username="")
        rows = list(
            present.values(field)
            .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
            .filter(failures__gte=limit)
            .order_by("-last_failure")
        )
        others, until = defaultdict(set), {}
        attempts = recent.filter(**{f"{field}__in": [row[field] for row in rows]})
        counted = defaultdict(int)
        for value, other_value, failures, time in attempts.order_by("-attempt_time").values_list(
            field, other, "failures_since_start", "attempt_time"
        ):
            others[value].add(other_value or "(none)")
            counted[value] += failures
            if counted[value] >= limit and value not in until:
                # Once this attempt is older than the cool-off, the newer ones are too few.
                until[value] = time + cool_off
        lockouts += [
            Lockout(
                kind=kind,
                value=row[field],
                failures=row["failures"],
                others=sorted(others[row[field]]),
                last_failure=row["last_failure"],
                until=until[row[field]],
            )
            for row in rows
        ]
    return lockouts


def unlock(*, kind: str, value: str, by) -> int:
    """Forget the failures that lock an account or an address; the number forgotten."""
    if not value:  # axes' reset() with no user name and no address would forget everything
        return 0
    if kind == ACCOUNT:
        count = reset(username=value)
    elif kind == ADDRESS:
        count = reset(ip=value)
    else:
        raise ValueError(f"Unknown kind of lockout: {kind!r}")
    logger.warning("%s unlocked the %s %r (%d failed sign-ins forgotten)", by, kind, value, count)
    return count
