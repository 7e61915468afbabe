"""What the project's SQL tracker stores rely on in Rasa's SQLTrackerStore (no replacement).

bot/stores/cached.py subclasses SQLTrackerStore: it overrides `retrieve` and `save` (Rasa reads
and re-counts every event of the session on each turn; the subclass remembers the active
session and checks the sender's newest row id) and calls Rasa's `_event_query`,
`session_scope` and `stream_events`. bot/stores/engine.py swaps the engine Rasa's constructor
builds for one with a configured pool. Nothing is replaced here; installing this patch checks
that those methods still exist with the parameters the subclasses were written against."""

from rasa.core.tracker_store import SQLTrackerStore

from bot.patches.base import Patch, Target, no_change

PATCH = Patch(
    name="sql_store",
    targets=(
        Target(
            SQLTrackerStore,
            "__init__",
            (
                "self",
                "domain",
                "dialect",
                "host",
                "port",
                "db",
                "username",
                "password",
                "event_broker",
                "login_db",
                "query",
                "kwargs",
            ),
        ),
        Target(
            SQLTrackerStore,
            "_event_query",
            ("self", "session", "sender_id", "fetch_events_from_all_sessions"),
        ),
        Target(SQLTrackerStore, "session_scope", ("self",)),
        Target(SQLTrackerStore, "stream_events", ("self", "tracker")),
        Target(SQLTrackerStore, "retrieve", ("self", "sender_id")),
        Target(SQLTrackerStore, "save", ("self", "tracker")),
    ),
    apply=no_change,
)
