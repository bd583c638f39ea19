"""How often one address may send feedback, counted in Django's cache.

A fixed window per address and kind: with Redis every worker shares the count.
Addresses are kept only as a keyed hash, and only for the window.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac


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
    in the current ``window`` seconds."""
    digest = salted_hmac("feedback-rate", client_address(request)).hexdigest()[:32]
    key = f"feedback:rate:{scope}:{digest}:{int(time.time() // window)}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr, or no cache at all
        return True
    return count <= limit


def retry_after(window: int) -> int:
    """Seconds until the current window ends."""
    return window - int(time.time()) % window
