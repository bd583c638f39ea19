"""Django's PostgreSQL backend, which fails a new connection at once while the
server is known to be frozen (production's ENGINE, ``settings/production.py``).

A paused server accepts TCP connections and never answers them, so each new
connection would wait libpq's whole connect timeout before the visitor got the
503 page, and a request that tries twice waits twice. Once this process has
seen the server frozen (a connect that timed out, or the watchdog's probe in
``localoffer.database``), it fails new connections straight away for a few
seconds, then tries for real again, so the site recovers by itself.
"""

from django.db.backends.postgresql import base

from localoffer.database import watchdog


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        if watchdog.server_frozen():
            raise self.Database.OperationalError(
                "database not answering: it was found frozen moments ago, so not trying yet"
            )
        try:
            return super().get_new_connection(conn_params)
        except self.Database.errors.ConnectionTimeout:
            watchdog.note_frozen()
            raise
