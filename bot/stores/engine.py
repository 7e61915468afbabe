"""Replacing the engine Rasa's SQLTrackerStore builds, whose pool cannot be configured.

Rasa's constructor builds the engine, waits for the database and creates the table; the stores
then swap in an engine with the pool they need (bot/stores/sqlite.py, bot/stores/postgres.py),
keeping the URL Rasa ended up with (with `login_db`, Rasa switches to the created database)."""

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore


def replace_engine(store: SQLTrackerStore, **engine_kwargs: Any) -> None:
    """Give `store` a new engine on the same URL, built with `engine_kwargs`."""
    url = store.engine.url
    store.engine.dispose()
    store.engine = sa.create_engine(url, **engine_kwargs)
    store.sessionmaker = sa.orm.session.sessionmaker(bind=store.engine)
