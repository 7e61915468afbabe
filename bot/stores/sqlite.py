"""The embedded default tracker store: one SQLite file, in WAL mode with a busy timeout.

Rasa's own SQLTrackerStore opens SQLite in rollback-journal mode with no busy timeout, so two
conversations writing at the same moment can fail with "database is locked"; and, SQLAlchemy 1.4
giving file databases no pool, it opened a new connection (and set it up) for every read and every
save of every turn. Here connections are pooled. WAL lets readers and the writer work side by side,
and the busy timeout makes a second writer wait its turn instead of failing. The pragmas are set on
every new connection of every SQLite engine of the process (busy_timeout is per connection; WAL,
once set, stays with the file)."""

import sqlite3
from typing import Any

from sqlalchemy import event, pool
from sqlalchemy.engine import Engine

from bot.stores.engine import replace_engine
from bot.stores.forget import ForgetfulSQLStore

BUSY_TIMEOUT_MS = 10_000
POOL_SIZE = 5  # connections kept open; the store is used from the event loop's thread


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class SQLiteTrackerStore(ForgetfulSQLStore):
    """Rasa's SQL tracker store on a local SQLite file (`db:` in the endpoints file), which
    deletes a conversation on request (bot/stores/forget.py)."""

    def __init__(self, db: str = "var/tracker.sqlite3", **kwargs: Any) -> None:
        kwargs.pop("dialect", None)
        kwargs.pop("host", None)
        super().__init__(dialect="sqlite", db=db, **kwargs)
        # One connection at a time per caller, handed over by the pool, never used by two
        # threads at once: SQLite's same-thread check is for connections shared without a pool.
        replace_engine(
            self,
            poolclass=pool.QueuePool,
            pool_size=POOL_SIZE,
            connect_args={"check_same_thread": False},
        )
