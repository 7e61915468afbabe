"""After a load run: does the tracker store hold exactly the turns each citizen said, in order,
each answered by the bot? Reads Rasa's `events` table (SQLTrackerStore) from the embedded SQLite
file or from PostgreSQL.

A turn the citizen saw acknowledged (HTTP 200 with the bot's replies) must be stored exactly
once; a turn whose request failed (timeout, error) may be stored once or not at all, since the
server may have processed it before the failure. Findings name the conversation and the turn:
lost (acknowledged, not stored), duplicated (stored more often than said), unexpected (stored,
never said), reordered (stored in another order than said), unanswered (a stored turn with no
bot reply after it)."""

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

FindingKind = Literal["lost", "duplicated", "unexpected", "reordered", "unanswered"]
KINDS: tuple[FindingKind, ...] = ("lost", "duplicated", "unexpected", "reordered", "unanswered")


@dataclass(frozen=True)
class Turn:
    """What a citizen said, and whether the server acknowledged it (HTTP 200)."""

    text: str
    acknowledged: bool


@dataclass(frozen=True)
class StoredEvent:
    """One row of Rasa's `events` table, reduced to what the check needs."""

    type_name: str  # "user", "bot", "action", "slot", "session_started", ...
    text: str | None = None  # what the user said, for "user" events


@dataclass(frozen=True)
class Finding:
    sender: str
    kind: FindingKind
    detail: str

    def __str__(self) -> str:
        return f"{self.sender}: {self.kind}: {self.detail}"


def check_conversation(
    sender: str, turns: Sequence[Turn], events: Sequence[StoredEvent]
) -> list[Finding]:
    """Every way the stored events differ from the turns said; [] when they agree."""
    stored = [e.text or "" for e in events if e.type_name == "user"]
    said = [t.text for t in turns]
    required = Counter(t.text for t in turns if t.acknowledged)
    optional = Counter(t.text for t in turns if not t.acknowledged)
    counts = Counter(stored)
    findings: list[Finding] = []

    def add(kind: FindingKind, detail: str) -> None:
        findings.append(Finding(sender, kind, detail))

    for text, times in required.items():
        if counts[text] < times:
            add("lost", f"{_q(text)} said {times}x (acknowledged), stored {counts[text]}x")
    extra = 0
    for text, times in counts.items():
        allowed = required[text] + optional[text]
        if times > allowed:
            extra += times - allowed
            kind: FindingKind = "duplicated" if text in said else "unexpected"
            add(kind, f"{_q(text)} stored {times}x, said {allowed}x")
    # In order, every stored turn that is allowed at all is part of a common subsequence.
    in_order = _lcs_length(said, stored)
    out_of_order = len(stored) - extra - in_order
    if out_of_order > 0:
        add("reordered", f"{out_of_order} turn(s) stored out of order: {_sequence(stored)}")
    for text in _unanswered(events):
        add("unanswered", f"{_q(text)} has no bot reply in the store")
    return findings


def check_run(
    said: Mapping[str, Sequence[Turn]], stored: Mapping[str, Sequence[StoredEvent]]
) -> list[Finding]:
    """check_conversation for every conversation of a run (a sender missing from the store has
    lost all its acknowledged turns)."""
    findings: list[Finding] = []
    for sender, turns in said.items():
        findings += check_conversation(sender, turns, stored.get(sender, ()))
    return findings


def count_by_kind(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(f.kind for f in findings)
    return {kind: counts[kind] for kind in KINDS}


def _unanswered(events: Sequence[StoredEvent]) -> list[str]:
    """User turns with no bot event before the next user turn (or the end)."""
    unanswered: list[str] = []
    current: str | None = None
    answered = True
    for event in events:
        if event.type_name == "user":
            if not answered and current is not None:
                unanswered.append(current)
            current, answered = event.text or "", False
        elif event.type_name == "bot":
            answered = True
    if not answered and current is not None:
        unanswered.append(current)
    return unanswered


def _lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def _q(text: str) -> str:
    return json.dumps(text if len(text) <= 40 else text[:40] + "…", ensure_ascii=False)


def _sequence(texts: Sequence[str]) -> str:
    return " | ".join(t if len(t) <= 12 else t[:12] + "…" for t in texts)


# Reading the tracker store --------------------------------------------------------------------

# The data of user events only: a bot event's data can be a whole report (tens of KB).
QUERY = (
    "SELECT sender_id, type_name, CASE WHEN type_name = 'user' THEN data END FROM events "
    "WHERE sender_id LIKE {p} AND type_name IN ('user', 'bot') ORDER BY id"
)


class StoreError(RuntimeError):
    """The tracker store cannot be read (missing file, no `events` table, connection refused)."""


def read_events(store: str, sender_prefix: str) -> dict[str, list[StoredEvent]]:
    """User and bot events of every conversation whose id starts with sender_prefix, in the
    order Rasa stored them (by id). `store`: a SQLite file path or a postgresql:// URL."""
    pattern = _like_prefix(sender_prefix)
    if store.startswith(("postgresql://", "postgres://")):
        rows = _postgres_rows(store, pattern)
    else:
        rows = _sqlite_rows(Path(store), pattern)
    events: dict[str, list[StoredEvent]] = {}
    for sender, type_name, data in rows:
        text = _user_text(data) if type_name == "user" else None
        events.setdefault(sender, []).append(StoredEvent(type_name, text))
    return events


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _user_text(data: str | None) -> str:
    try:
        parsed: Any = json.loads(data or "{}")
    except json.JSONDecodeError:
        return ""
    text = parsed.get("text") if isinstance(parsed, dict) else None
    return text if isinstance(text, str) else ""


def _sqlite_rows(path: Path, pattern: str) -> list[tuple[str, str, str | None]]:
    if not path.is_file():
        raise StoreError(f"no tracker store at {path}")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
            query = QUERY.format(p="? ESCAPE '\\'")
            return [(str(s), str(t), d) for s, t, d in db.execute(query, (pattern,))]
    except sqlite3.Error as err:
        raise StoreError(f"cannot read the tracker store {path}: {err}") from None


def _postgres_rows(url: str, pattern: str) -> list[tuple[str, str, str | None]]:
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "reading PostgreSQL needs psycopg: `python3 -m uv sync` installs the dev group"
        ) from None
    try:
        with psycopg.connect(url, connect_timeout=10) as db:
            query = QUERY.format(p="%s ESCAPE '\\'")
            return [(str(s), str(t), d) for s, t, d in db.execute(query, (pattern,))]
    except psycopg.Error as err:
        raise StoreError(f"cannot read the tracker store in PostgreSQL: {err}") from None
