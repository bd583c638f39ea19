"""How often one address may send a public form (feedback, votes, pledges),
counted in Django's cache.

A fixed window per address and kind: with Redis every worker shares the count.
Addresses are kept only as a keyed hash, and only for the window. When the
cache cannot count, the limit fails open: feedback matters more than the limit.
"""

import datetime
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.forms import Form
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)
# Until when a failure to count is not logged again: once a minute is enough.
_quiet_until = 0.0


def client_address(request: HttpRequest) -> str:
    """The visitor's address: REMOTE_ADDR, or behind ``FEEDBACK_TRUSTED_PROXIES``
    proxies, the address the outermost of them saw in X-Forwarded-For."""
    proxies = settings.FEEDBACK_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def allow(request: HttpRequest, *, scope: str, limit: int, window: int) -> bool:
    """Count one more submission from this address; False once past ``limit``
    in the current ``window`` seconds. True, unlimited, when the cache fails."""
    digest = salted_hmac("feedback-rate", client_address(request)).hexdigest()[:32]
    key = f"feedback:rate:{scope}:{digest}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, window)
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr, or no cache at all
        return True
    except Exception as error:  # any backend's failure: let the feedback in
        cannot_count(error)
        return True
    return count <= limit


def cannot_count(error: Exception) -> None:
    global _quiet_until
    now = time.monotonic()
    if now < _quiet_until:
        return
    _quiet_until = now + 60
    logger.warning("feedback rate limit off: the cache cannot count (%s)", error)


def retry_after(window: int) -> int:
    """Seconds until the current window ends."""
    return window - int(time.time()) % window


def refuse_if_too_many(
    request: HttpRequest, form: Form, *, scope: str, limit: int, what: str
) -> int | None:
    """Count a submission of ``form``; past the limit, add the polite error that
    says when to try again (what they wrote stays on the form) and return the
    seconds for ``Retry-After``. None when it may be saved."""
    window = settings.FEEDBACK_RATE_WINDOW
    if allow(request, scope=scope, limit=limit, window=window):
        return None
    wait = retry_after(window)
    again = timezone.localtime() + datetime.timedelta(seconds=wait)
    form.add_error(
        None,
        f"You have sent {what} from this connection in the last hour, so we cannot take "
        f"any more just now. Please try again after {again:%H:%M}. What you wrote is still here.",
    )
    return wait
