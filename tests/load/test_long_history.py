"""SQL trackers grow with history (RasaHQ/rasa#6334, #11828): Rasa's SQL store loads a
conversation's events on every turn. Sessions expire (bot/domain/session.yml), and the store then
loads the latest session only, so a citizen who comes back to a conversation of 2,000 events
gets answers about as fast as a new one.

The history is built fast: a real conversation of the running assistant (the Chinese
eligibility check, then "start over" and a greeting) is copied into the tracker store, session after session,
each a day older than the next, until the conversation holds over 2,000 events. Then
conversations with that history and fresh ones take turns saying the same messages; the
per-message median and p95 of each kind stay within 2x of each other."""

import json
import math
import sqlite3
import statistics
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import yaml

from bench.load_run import REST_PATH, percentile
from bench.load_scripts import Script, Step, load_scripts
from stack.services import Stack
from tests.conftest import TODAY

HISTORY_EVENTS = 2_000
PAIRS = 3  # conversations with history, and as many fresh ones
DAY_SECONDS = 86_400.0  # each copied session this much older than the next: long expired
MAX_RATIO = 2.0
START_OVER = "重新开始"  # each copied session ends with only the language kept


def session_expiry_minutes(root: Path) -> float:
    domain = yaml.safe_load((root / "bot" / "domain" / "session.yml").read_text())
    return float(domain["session_config"]["session_expiration_time"])


@dataclass
class Talk:
    """One conversation, spoken message by message, with each message's latency."""

    client: httpx.Client
    url: str
    sender: str
    latencies: list[float] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)

    def say(self, text: str) -> str:
        started = time.perf_counter()
        response = self.client.post(
            self.url + REST_PATH, json={"sender": self.sender, "message": text}
        )
        self.latencies.append(time.perf_counter() - started)
        assert response.status_code == 200, f"{self.sender}: {text!r}: HTTP {response.status_code}"
        reply = "\n".join(str(m.get("text", "")) for m in response.json())
        self.replies.append(reply)
        return reply


def in_lockstep(talks: list[Talk], steps: tuple[Step, ...]) -> None:
    """Every talk says each step's message in turn (the order rotating, so none is always
    first); a step with `until` is repeated by each talk until its reply holds `until`."""
    for index, step in enumerate(steps):
        # The result already in the last reply (it came one question early): nothing to send.
        waiting = [
            t
            for t in talks
            if step.until is None or not t.replies or step.until not in t.replies[-1]
        ]
        for talk in talks:
            if talk not in waiting:
                missing = [e for e in step.expect if e not in talk.replies[-1]]
                assert not missing, f"{talk.sender}: {step.say!r}: no {missing[0]!r}"
        if not waiting:
            continue
        for attempt in range(step.at_most):
            rotation = (index + attempt) % len(waiting)
            done: list[Talk] = []
            for talk in waiting[rotation:] + waiting[:rotation]:
                reply = talk.say(step.say)
                if step.until is None or step.until in reply:
                    missing = [e for e in step.expect if e not in reply]
                    assert not missing, f"{talk.sender}: {step.say!r}: no {missing[0]!r}"
                    done.append(talk)
            waiting = [t for t in waiting if t not in done]
            if not waiting:
                break
        assert not waiting, f"no reply with {step.until!r}: {[t.sender for t in waiting]}"


def copy_history(store: Path, source: str, target: str, at_least: int) -> int:
    """Copies of the source conversation's sessions under `target`, oldest first, each a day
    older than the next, the newest a day old; the number of events written."""
    with sqlite3.connect(store, timeout=30) as db:
        rows = db.execute(
            "SELECT type_name, timestamp, intent_name, action_name, data FROM events "
            "WHERE sender_id = ? ORDER BY id",
            (source,),
        ).fetchall()
        assert rows, f"no events of {source} in {store}"
        copies = math.ceil(at_least / len(rows))
        written = []
        for copy in range(copies):
            shift = -(copies - copy) * DAY_SECONDS
            for type_name, timestamp, intent, action, data in rows:
                event = json.loads(data)
                event["timestamp"] = timestamp + shift
                written.append(
                    (target, type_name, timestamp + shift, intent, action, json.dumps(event))
                )
        db.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            written,
        )
    return len(written)


def last_session_start(store: Path, sender: str) -> float:
    with sqlite3.connect(store, timeout=30) as db:
        (started,) = db.execute(
            "SELECT max(timestamp) FROM events WHERE sender_id = ? AND type_name = ?",
            (sender, "session_started"),
        ).fetchone()
    return float(started)


def event_count(store: Path, sender: str) -> int:
    with sqlite3.connect(store, timeout=30) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM events WHERE sender_id = ?", (sender,)
        ).fetchone()
    return int(count)


@pytest.fixture(scope="module")
def script() -> Script:
    scripts = load_scripts()
    assert scripts.today == TODAY, "the conversations' amounts and dates hold on the stack's date"
    return next(s for s in scripts.conversations if s.name == "jinan-zh")


def test_a_conversation_with_2000_events_answers_as_fast_as_a_fresh_one(
    running_stack: Stack, script: Script, root: Path
) -> None:
    assert session_expiry_minutes(root) * 60 < DAY_SECONDS, "copied sessions must have expired"
    store = running_stack.config.tracker_db
    url = running_stack.rasa_url
    run = uuid.uuid4().hex[:8]
    with httpx.Client(timeout=60, trust_env=False) as client:
        # A real conversation of this assistant, then starting over and a greeting (Rasa judges
        # expiry by the last user message since a restart): the session to copy.
        source = Talk(client, url, f"load-history-{run}-source")
        in_lockstep([source], script.steps)
        source.say(START_OVER)
        source.say(script.steps[0].say)

        old = [Talk(client, url, f"load-history-{run}-old-{i}") for i in range(PAIRS)]
        fresh = [Talk(client, url, f"load-history-{run}-fresh-{i}") for i in range(PAIRS)]
        for talk in old:
            assert copy_history(store, source.sender, talk.sender, HISTORY_EVENTS) >= HISTORY_EVENTS
        before = {t.sender: event_count(store, t.sender) for t in old}

        talks = [t for pair in zip(old, fresh, strict=True) for t in pair]
        started_talking = time.time()
        in_lockstep(talks, script.steps)

    # The same conversation, the same answers (the history changed nothing), and the new turns
    # were added to the long conversations, in a new session.
    for talk in old:
        assert event_count(store, talk.sender) > before[talk.sender] + 50
        assert last_session_start(store, talk.sender) > started_talking - 1
        assert len(talk.replies) == len(fresh[0].replies)
    assert len({len(t.replies) for t in talks}) == 1

    old_latencies = [x for t in old for x in t.latencies]
    fresh_latencies = [x for t in fresh for x in t.latencies]
    old_median, fresh_median = statistics.median(old_latencies), statistics.median(fresh_latencies)
    old_p95, fresh_p95 = percentile(old_latencies, 95), percentile(fresh_latencies, 95)
    figures = (
        f"{len(old_latencies)} messages each: with {HISTORY_EVENTS}+ events median "
        f"{old_median * 1000:.0f} ms, p95 {old_p95 * 1000:.0f} ms; fresh median "
        f"{fresh_median * 1000:.0f} ms, p95 {fresh_p95 * 1000:.0f} ms"
    )
    print(figures)
    assert old_median <= MAX_RATIO * fresh_median, figures
    assert old_p95 <= MAX_RATIO * fresh_p95, figures
