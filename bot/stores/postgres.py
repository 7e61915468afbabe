"""The production tracker store: Rasa's SQL tracker store on PostgreSQL, surviving a restart.

Rasa's SQLTrackerStore builds its engine without `pool_pre_ping`, so after PostgreSQL restarts
every pooled connection is dead and the next turn of each conversation fails with "server closed
the connection unexpectedly". Here the engine is rebuilt after Rasa's constructor (which also
waits for the database and creates the table) with a liveness check on every checkout: a dead
connection is noticed, the pool is refreshed, and the turn goes through on a new connection.

Rasa's pool default (50 connections plus 100 overflow per process) would let a few replicas
exhaust PostgreSQL's 100 connections; the store touches the database synchronously inside the
event loop, so one process needs only a few. SQL_POOL_SIZE / SQL_MAX_OVERFLOW (Rasa's variables,
read in bot/settings.py) still override the sizes. "Delete my data" removes the sender's rows
(bot/stores/forget.py).

In an endpoints file (Rasa passes `url` as the host, as for its own `type: SQL`):

    tracker_store:
      type: bot.stores.postgres.PostgresTrackerStore
      url: ${POSTGRES_HOST}
      port: ${POSTGRES_PORT}
      db: ${POSTGRES_DB}
      username: ${POSTGRES_USER}
      password: ${POSTGRES_PASSWORD}
"""

from typing import Any

from rasa.core.tracker_store import create_engine_kwargs

from bot.settings import settings
from bot.stores.engine import replace_engine
from bot.stores.forget import ForgetfulSQLStore

POOL_TIMEOUT_SECONDS = 10  # wait for a free connection at most this long, then fail the turn
POOL_RECYCLE_SECONDS = 1800  # replace connections older than this (firewalls drop idle ones)


def engine_kwargs(url: Any) -> dict[str, Any]:
    """Rasa's engine arguments (schema via POSTGRESQL_SCHEMA) with our pool settings."""
    kwargs = create_engine_kwargs(url)
    kwargs["pool_size"] = settings().sql_pool_size
    kwargs["max_overflow"] = settings().sql_max_overflow
    kwargs["pool_timeout"] = POOL_TIMEOUT_SECONDS
    kwargs["pool_recycle"] = POOL_RECYCLE_SECONDS
    kwargs["pool_pre_ping"] = True
    return kwargs


class PostgresTrackerStore(ForgetfulSQLStore):
    """Rasa's SQL tracker store on PostgreSQL whose connections are checked before each use,
    and which deletes a conversation on request (bot/stores/forget.py)."""

    def __init__(
        self,
        host: str | None = None,
        port: int | None = None,
        db: str = "rasa",
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("dialect", None)
        super().__init__(
            dialect="postgresql",
            host=host,
            port=port,
            db=db,
            username=username,
            password=password,
            **kwargs,
        )
        # Rasa's engine (no pre-ping, large pool) has served its purpose.
        replace_engine(self, **engine_kwargs(self.engine.url))
