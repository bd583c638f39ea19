"""When the database cannot answer (issue 17).

Which errors mean "unavailable", how ``/health/`` asks, and the watchdog that
ends a wait on a frozen PostgreSQL.

Production's settings bound most waits in the server and in libpq: a connect
timeout, a statement timeout, TCP keepalives and a TCP user timeout. None of
them ends a query sent to a server that is paused (SIGSTOP, a frozen VM, a
storage stall): the server cannot enforce its own statement timeout, and the
kernel still acknowledges every packet and keepalive. So while a web request
runs, each worker process's watchdog thread looks at its PostgreSQL
connections every half second. A connection still busy with one statement
after ``DATABASE_STALL_SECONDS`` makes it check that the server takes a new
connection within 2 seconds; when it does not, the stuck
sockets are shut, the waiting query fails with an OperationalError, and the
visitor gets the 503 page (``localoffer.middleware``). A server that answers
is left to enforce its own timeouts. For a few seconds after a server is found
frozen, production's backend (``localoffer.postgresql``) fails new connections
at once instead of waiting out the connect timeout each time.
"""

import logging
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections

logger = logging.getLogger(__name__)

# Errors that say the database cannot answer now: refused, reset, timed out,
# cancelled by statement_timeout or lock_timeout, or a connection already lost.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_state(alias: str = "default") -> str:
    """``"ok"`` when the database answers ``SELECT 1``, else ``"down"``."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("database unavailable: %s", error)
        return "down"
    return "ok"


class Watchdog:
    """One thread per process that ends waits on a frozen PostgreSQL (see above)."""

    POLL = 0.5
    # Seconds a probe's answer holds, and a frozen server is not tried again.
    REMEMBER = 5.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watched: dict[int, list] = {}
        self._pid = 0
        # Connection id -> (when first seen busy, processing its statement).
        self._busy_since: dict[int, float] = {}
        # Until when the last probe's answer holds: (until, server answered).
        self._probed: tuple[float, bool] = (0.0, True)

    @contextmanager
    def watching(self, wrappers: Iterable) -> Iterator[None]:
        """Watch these (thread's own) Django connections while the block runs."""
        wrappers = [w for w in wrappers if w.vendor == "postgresql"]
        if not wrappers:
            yield
            return
        self._start()
        token = object()
        with self._lock:
            self._watched[id(token)] = wrappers
        try:
            yield
        finally:
            with self._lock:
                self._watched.pop(id(token), None)

    def _start(self) -> None:
        # After a fork (gunicorn's preloaded app), the parent's thread is gone.
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self._watched.clear()
            self._busy_since.clear()
            threading.Thread(target=self._run, name="database-watchdog", daemon=True).start()

    def _run(self) -> None:
        while True:
            time.sleep(self.POLL)
            try:
                self._check()
            except Exception:  # the watchdog must outlive anything it meets
                logger.exception("database watchdog")

    def _check(self) -> None:
        with self._lock:
            wrappers = [w for group in self._watched.values() for w in group]
        now = time.monotonic()
        stuck, busy = [], {}
        for wrapper in wrappers:
            connection = wrapper.connection
            if connection is None or connection.closed or not _active(connection):
                continue
            since = self._busy_since.get(id(connection), now)
            busy[id(connection)] = since
            if now - since >= settings.DATABASE_STALL_SECONDS:
                stuck.append((wrapper, connection))
        self._busy_since = busy
        if stuck and not self._server_answers(stuck[0][0]):
            for wrapper, connection in stuck:
                if _active(connection):
                    logger.error(
                        "database not answering: ending a query stuck for %.0f s on %s",
                        now - busy[id(connection)],
                        wrapper.alias,
                    )
                    _shut(connection)

    def server_frozen(self) -> bool:
        """Whether the server was found not answering in the last ``REMEMBER`` seconds."""
        until, answered = self._probed
        return not answered and time.monotonic() < until

    def note_frozen(self) -> None:
        """A connection to the server timed out: it is frozen, or cut off."""
        self._probed = (time.monotonic() + self.REMEMBER, False)

    def _server_answers(self, wrapper) -> bool:
        """Whether the server takes a new connection (remembered for a few seconds)."""
        until, answered = self._probed
        if time.monotonic() < until:
            return answered
        # libpq's shortest connect timeout: a server that cannot take a
        # connection in 2 seconds while a statement has waited longer is frozen.
        params = {**wrapper.get_connection_params(), "connect_timeout": 2}
        try:
            wrapper.Database.connect(**params).close()
            answered = True
        except wrapper.Database.Error as error:
            # An error the server sent (too many clients, say) is an answer.
            answered = getattr(error, "sqlstate", None) is not None
        self._probed = (time.monotonic() + self.REMEMBER, answered)
        return answered


def _active(connection) -> bool:
    """Whether a psycopg connection is waiting for a statement's answer."""
    from psycopg import pq

    try:
        return connection.pgconn.transaction_status == pq.TransactionStatus.ACTIVE
    except Exception:  # closed meanwhile
        return False


def _shut(connection) -> None:
    """Shut the connection's socket: the thread waiting on it wakes with an error."""
    try:
        duplicate = socket.socket(fileno=os.dup(connection.pgconn.socket))
    except Exception:  # closed meanwhile
        return
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        duplicate.close()


watchdog = Watchdog()
