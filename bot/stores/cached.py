"""Rasa's SQL tracker store without re-reading the whole session on every turn.

Rasa 3.6's SQLTrackerStore reads every event of the current session from the database on each
turn (one query, a row object and a JSON parse per event) and, to save, counts those events
again with the same query before inserting the new ones. Profiled under load (50 citizens), that
was a third of the Rasa server's CPU, growing with the length of the conversation.

This store keeps, per conversation, the stored text of the session's events and the id of the
sender's newest row, in the process's memory. A turn then asks the database one indexed
question, "what is the sender's newest row id?": when it is the one remembered, nothing was
written elsewhere (another replica after a failover, a deletion, a restart) and the remembered
events are exactly what Rasa's query would return; otherwise the store reads the database as
Rasa does. The database stays the only truth: a stale memory costs one full read, not a wrong
tracker. (Like Rasa's own count-then-insert save, this assumes one turn of a conversation at a
time, which the lock store and the routing of a sender to one replica ensure.) The tracker is
rebuilt from the stored JSON text every time, so nothing the processor changes on one turn's
objects can leak into the next.

What is remembered is bounded: conversations idle for TRACKER_CACHE_IDLE_SECONDS are dropped
(a citizen's next message comes within seconds; an idle one is read from the database again),
and so are the least recently used ones beyond TRACKER_CACHE_MAX_BYTES of event text (both in
bot/settings.py)."""

import itertools
import json
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.settings import settings

# Rasa's table has an index on sender_id; this one answers "newest row of a sender" from the
# index alone on PostgreSQL too (SQLite's sender_id index already carries the row id).
SENDER_ID_INDEX = "ix_events_sender_id_id"


@dataclass(frozen=True)
class StoredEvent:
    """One row of the session as Rasa's query returns it: what the session filter needs, and
    the stored JSON text."""

    timestamp: float | None
    starts_session: bool
    data: str

    @classmethod
    def of(cls, row: Any) -> "StoredEvent":
        """The remembered part of a row of Rasa's events table."""
        return cls(row.timestamp, row.type_name == SessionStarted.type_name, row.data)


@dataclass
class Session:
    """The remembered rows of one conversation's latest session."""

    newest_id: int
    events: list[StoredEvent]
    used_at: float
    size: int = field(init=False)

    def __post_init__(self) -> None:
        self.size = sum(len(event.data) for event in self.events)


class SessionMemory:
    """The remembered sessions, least recently used first, bounded by idle time and size."""

    def __init__(
        self, idle_seconds: float, max_bytes: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.idle_seconds = idle_seconds
        self.max_bytes = max_bytes
        self._clock = clock
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._bytes = 0

    @property
    def size(self) -> int:
        """Bytes of event text remembered."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._sessions)

    def get(self, sender_id: str) -> Session | None:
        self._drop_idle()
        session = self._sessions.get(sender_id)
        if session is not None:
            session.used_at = self._clock()
            self._sessions.move_to_end(sender_id)
        return session

    def put(self, sender_id: str, newest_id: int, events: list[StoredEvent]) -> None:
        self.forget(sender_id)
        session = Session(newest_id, events, self._clock())
        if session.size > self.max_bytes:
            return
        self._sessions[sender_id] = session
        self._bytes += session.size
        while self._bytes > self.max_bytes:
            self._pop_oldest()

    def forget(self, sender_id: str) -> None:
        session = self._sessions.pop(sender_id, None)
        if session is not None:
            self._bytes -= session.size

    def _drop_idle(self) -> None:
        oldest_allowed = self._clock() - self.idle_seconds
        while self._sessions:
            oldest = next(iter(self._sessions.values()))
            if oldest.used_at >= oldest_allowed:
                return
            self._pop_oldest()

    def _pop_oldest(self) -> None:
        _, session = self._sessions.popitem(last=False)
        self._bytes -= session.size


def latest_session(events: Iterable[StoredEvent]) -> list[StoredEvent]:
    """The events Rasa's query keeps: those at or after the newest session start (by
    timestamp), or all of them when no session has started."""
    events = list(events)
    starts = [e.timestamp for e in events if e.starts_session and e.timestamp is not None]
    if not starts:
        return events
    start = max(starts)
    return [e for e in events if e.timestamp is not None and e.timestamp >= start]


def memory_from_settings() -> SessionMemory:
    bounds = settings()
    return SessionMemory(bounds.tracker_cache_idle_seconds, bounds.tracker_cache_max_bytes)


class CachedSQLStore(SQLTrackerStore):
    """Rasa's SQL tracker store that remembers the latest session of each active conversation
    and checks with one indexed query that the database has not moved on (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.memory = memory_from_settings()
        self._newest_id_query = sa.select(sa.func.max(self.SQLEvent.id)).where(
            self.SQLEvent.sender_id == sa.bindparam("sender_id")
        )
        self.create_sender_index()

    def create_sender_index(self) -> None:
        """Add the index to a table made before it existed. Replicas starting together may race
        to create it: losing that race is fine, an index missing afterwards is not."""
        statement = sa.text(
            f"CREATE INDEX IF NOT EXISTS {SENDER_ID_INDEX} ON events (sender_id, id)"
        )
        try:
            with self.engine.begin() as connection:
                connection.execute(statement)
        except sa.exc.DBAPIError:
            indexes = sa.inspect(self.engine).get_indexes("events")
            if SENDER_ID_INDEX not in {index["name"] for index in indexes}:
                raise

    def _newest_id(self, session: Any, sender_id: str) -> int | None:
        newest = session.execute(self._newest_id_query, {"sender_id": sender_id}).scalar()
        return None if newest is None else int(newest)

    def _remembered(self, session: Any, sender_id: str) -> tuple[Session | None, int | None]:
        """The remembered session when the database holds nothing newer, and the newest id."""
        newest = self._newest_id(session, sender_id)
        remembered = self.memory.get(sender_id)
        if remembered is None or newest is None or remembered.newest_id != newest:
            return None, newest
        return remembered, newest

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            remembered, newest = self._remembered(session, sender_id)
            if newest is None:
                self.memory.forget(sender_id)
                return None
            if remembered is None:
                rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
                stored = [StoredEvent.of(row) for row in rows.all()]
                self.memory.put(sender_id, newest, stored)
            else:
                stored = remembered.events
        if not self.domain or not stored:
            return None
        events = [json.loads(event.data) for event in stored]
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        with self.session_scope() as session:
            remembered, _ = self._remembered(session, sender_id)
            if remembered is None:
                known = self._event_query(
                    session, sender_id, fetch_events_from_all_sessions=False
                ).count()
            else:
                known = len(remembered.events)
            new_events = list(itertools.islice(tracker.events, known, len(tracker.events)))
            rows = [self._row(sender_id, event) for event in new_events]
            session.add_all(rows)
            session.flush()  # assigns the ids, read before the commit expires the rows
            newest = rows[-1].id if rows else None
            stored = [StoredEvent.of(row) for row in rows]
            session.commit()
        if remembered is None:
            self.memory.forget(sender_id)  # read in full on the next turn
        elif newest is not None:
            self.memory.put(sender_id, int(newest), latest_session(remembered.events + stored))

    def _row(self, sender_id: str, event: Event) -> Any:
        """The row Rasa's own save writes for `event`."""
        data = event.as_dict()
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            action_name=data.get("name"),
            data=json.dumps(data),
        )
