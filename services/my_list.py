"""My list: the services a visitor has saved, kept in their session.

Nothing is stored about the person: the session holds only the services' ids,
in the order they were added (newest last, as a list written by hand reads).
The session is touched only when the visitor asks for something (a POST) or
already has a session cookie, so people who never use the list get no cookie
and the directory's cached pages stay the same for everyone.

A list is shared as a link that carries the list itself: each id as 22
characters of URL-safe base64 (its 16 bytes, unpadded), joined with dots.
"""

import base64
import binascii
import re
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest

MY_LIST_LIMIT = 50
SESSION_KEY = "my_list"
# The query parameter of a shared list's address.
SHARE_PARAMETER = "services"
TOKEN_PART = re.compile(r"[A-Za-z0-9_-]{22}")
TOKEN_MAX_LENGTH = MY_LIST_LIMIT * 23 - 1


class ListFull(Exception):
    """The list already holds ``MY_LIST_LIMIT`` services."""


class BadToken(ValueError):
    """A shared list's token that is not one we make: cut short, changed or too long."""


def encode_token(ids: Iterable[uuid.UUID]) -> str:
    return ".".join(base64.urlsafe_b64encode(i.bytes).rstrip(b"=").decode() for i in ids)


def decode_token(token: str) -> list[uuid.UUID]:
    """The ids a share token carries, in order, each once; ``BadToken`` for
    anything ``encode_token`` would not have written, or more than the limit."""
    if not token:
        raise BadToken("The link has no services in it.")
    if len(token) > TOKEN_MAX_LENGTH:
        # Longer than MY_LIST_LIMIT ids can be: more services than a list holds.
        raise BadToken(f"The link has too many services: a list holds up to {MY_LIST_LIMIT}.")
    ids = []
    for part in token.split("."):
        if not TOKEN_PART.fullmatch(part):
            raise BadToken("The link has been cut short or changed.")
        try:
            value = uuid.UUID(bytes=base64.urlsafe_b64decode(part + "=="))
        except (binascii.Error, ValueError):
            raise BadToken("The link has been cut short or changed.") from None
        # Only the spelling we write: another would be the same id in disguise.
        if encode_token([value]) != part:
            raise BadToken("The link has been cut short or changed.")
        if value not in ids:
            ids.append(value)
    return ids


def parse_id(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def has_session(request: HttpRequest) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class MyList:
    """The saved list of one request's visitor. ``MyList.of(request)`` reads it
    once a request; changes are written to the session at once."""

    def __init__(self, request: HttpRequest):
        self.request = request
        self.ids: list[uuid.UUID] = []
        if has_session(request):
            stored = request.session.get(SESSION_KEY) or []
            for value in stored[:MY_LIST_LIMIT] if isinstance(stored, list) else []:
                if (parsed := parse_id(value)) is not None and parsed not in self.ids:
                    self.ids.append(parsed)

    @classmethod
    def of(cls, request: HttpRequest) -> "MyList":
        if not hasattr(request, "_my_list"):
            request._my_list = cls(request)
        return request._my_list

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, service_id) -> bool:
        return parse_id(service_id) in self.ids

    @property
    def full(self) -> bool:
        return len(self.ids) >= MY_LIST_LIMIT

    @property
    def token(self) -> str:
        return encode_token(self.ids)

    def add(self, service_id: uuid.UUID) -> bool:
        """Add a service at the end; False if it was there already, ``ListFull``
        if there is no room."""
        if service_id in self.ids:
            return False
        if self.full:
            raise ListFull
        self.ids.append(service_id)
        self._save()
        return True

    def remove(self, service_id: uuid.UUID) -> bool:
        """Take a service off; False if it was not on the list."""
        if service_id not in self.ids:
            return False
        self.ids.remove(service_id)
        self._save()
        return True

    def clear(self) -> None:
        self.ids = []
        self._save()

    def _save(self) -> None:
        session = self.request.session
        if self.ids:
            session[SESSION_KEY] = [str(i) for i in self.ids]
            return
        session.pop(SESSION_KEY, None)
        # An empty list leaves nothing behind: no session row, no cookie (unless
        # the session holds something else, such as an editor's sign-in).
        if not session.keys():
            session.flush()
