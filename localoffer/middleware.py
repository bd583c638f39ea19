"""A database that cannot answer gets a quick 503, never a 500 or an endless wait.

``DatabaseUnavailableMiddleware`` turns a view's OperationalError or
InterfaceError (refused, reset, timed out, cancelled by statement_timeout or
lock_timeout) into a 503 with ``Retry-After``: the styled "Sorry, the service
is unavailable" page, or JSON for the API and for scripts asking for JSON.
The same errors raised outside a view (another middleware, saving the session)
reach Django's 500 handler, which answers the same way
(``localoffer.views.server_error``). While each request runs, the database
watchdog (``localoffer.database``) may end a wait on a frozen server.

Nothing here needs the database. Django closes a connection that failed at the
end of the request, so the site recovers by itself when the database returns.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from .database import DATABASE_UNAVAILABLE, watchdog

logger = logging.getLogger(__name__)

# Seconds a client (or a crawler, or a CDN) is asked to wait before trying again.
RETRY_AFTER = 30
API_PREFIX = "/api/"


def unavailable_response(request: HttpRequest) -> HttpResponse:
    """503: the database cannot answer. No query, no Wagtail setting: the page
    is rendered without a request, as the 500 page is."""
    if request.path.startswith(API_PREFIX) or "application/json" in request.headers.get(
        "Accept", ""
    ):
        response = JsonResponse(
            {
                "error": "service_unavailable",
                "message": "The service is unavailable for a moment. Try again later.",
            },
            status=503,
        )
        if request.path.startswith(API_PREFIX):
            response["Access-Control-Allow-Origin"] = "*"  # as services.api.views.open_data
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with watchdog.watching(connections.all()):
            return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        # With DEBUG on, Django's technical page says more ("no such table": migrate).
        if isinstance(exception, DATABASE_UNAVAILABLE) and not settings.DEBUG:
            logger.error("database unavailable, answered 503: %s", exception)
            return unavailable_response(request)
        return None
