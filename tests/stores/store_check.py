"""Checks of the tracker stores, run in the bot environment (Rasa 3.6, Python 3.10) by
tests/stores/test_*.py: `python tests/stores/store_check.py <check> <store JSON> [<commands JSON>]`.

The conversations are built as Rasa's processor builds them: retrieve the latest session, add
the turn's events, save. Prints "ok <check>" at the end; any failed assertion exits non-zero
with the reason."""

import asyncio
import json
import subprocess
import sys
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.stores.cached import SessionMemory, StoredEvent
from bot.stores.failsafe import raise_tracker_store_errors
from bot.stores.postgres import PostgresTrackerStore
from bot.stores.sqlite import SQLiteTrackerStore

DOMAIN = Domain.load("bot/domain")


def make_store(spec: dict) -> SQLTrackerStore:
    if spec["kind"] == "sqlite":
        return SQLiteTrackerStore(domain=DOMAIN, db=spec["db"])
    return PostgresTrackerStore(
        domain=DOMAIN, host=spec["host"], port=spec["port"], db=spec["db"],
        username=spec["username"],
    )  # fmt: skip


def session_start() -> list[Event]:
    return [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
    ]


def turn(
    text: str, intent: str, actions: list[str], reply: str, slots: dict | None = None
) -> list[Event]:
    events: list[Event] = [UserUttered(text, {"name": intent, "confidence": 0.99})]
    events += [SlotSet(k, v) for k, v in (slots or {}).items()]
    for action in actions:
        events.append(ActionExecuted(action))
    events += [BotUttered(reply), ActionExecuted("action_listen")]
    return events


async def say(store: SQLTrackerStore, sender: str, events: list[Event]) -> DialogueStateTracker:
    tracker = await store.retrieve(sender) or DialogueStateTracker(sender, DOMAIN.slots)
    for event in events:
        tracker.update(event)
    await store.save(tracker)
    return tracker


def rows(store: SQLTrackerStore, sender: str) -> int:
    with store.engine.connect() as connection:
        query = sa.text("SELECT count(*) FROM events WHERE sender_id = :sender")
        return int(connection.execute(query, {"sender": sender}).scalar())


async def a_conversation(store: SQLTrackerStore, sender: str) -> None:
    """Two sessions: the facts in the first, a question in the second."""
    await say(store, sender, session_start())
    await say(store, sender, turn("济南户口，老二2024年3月1日出生", "inform", ["household_form"],
                                  "请问您的医保类型？", {"city": "jinan", "hukou_in_city": True}))  # fmt: skip
    await say(store, sender, session_start())  # the session expired; the user comes back
    await say(store, sender, turn("陪产假几天\u0000？", "ask_policy",  # a NUL the user typed
                                  ["action_answer_policy_question"], "15天"))  # fmt: skip


async def check_forget(spec: dict) -> None:
    store = make_store(spec)
    await a_conversation(store, "keep-me")
    await a_conversation(store, "forget-me")
    kept = rows(store, "keep-me")
    assert kept > 10 and rows(store, "forget-me") == kept, (kept, rows(store, "forget-me"))

    await say(store, "forget-me", turn("删除我的数据", "delete_my_data",
                                       ["utter_ask_forget_confirm"], "确定删除吗？"))  # fmt: skip
    assert rows(store, "forget-me") > kept, "asking alone deletes nothing"
    await say(store, "forget-me", turn("确定", "affirm", ["action_forget_me"], "已删除"))

    assert rows(store, "forget-me") == 0, f"{rows(store, 'forget-me')} rows left after forgetting"
    assert await store.retrieve_full_tracker("forget-me") is None
    assert rows(store, "keep-me") == kept, "another conversation was touched"
    assert sorted(await store.keys()) == ["keep-me"]

    # Coming back later is a new conversation with nothing of the old one.
    tracker = await say(
        store, "forget-me", session_start() + turn("你好", "greet", ["utter_greet"], "您好")
    )
    again = await store.retrieve_full_tracker("forget-me")
    assert again is not None and len(again.events) == len(tracker.events) == 7, again
    assert again.get_slot("city") is None


async def check_restart(spec: dict, commands: dict) -> None:
    store = make_store(spec)
    await a_conversation(store, "before-restart")
    before = rows(store, "before-restart")
    subprocess.run(commands["restart"], check=True, capture_output=True, timeout=120)
    # The pooled connections died with the server; the next turn must reconnect.
    await say(store, "before-restart", turn("谢谢", "thank", ["utter_you_are_welcome"], "不客气"))
    assert rows(store, "before-restart") == before + 4
    tracker = await store.retrieve("before-restart")
    assert tracker is not None and tracker.latest_message.text == "谢谢"


async def check_down(spec: dict, commands: dict) -> None:
    """With the database down, Rasa's fail-safe wrapper would start the conversation afresh and
    keep the turn in memory; after raise_tracker_store_errors the error reaches the caller."""
    store = make_store(spec)
    await a_conversation(store, "while-down")

    class Agent:
        tracker_store: Any = FailSafeTrackerStore(store)

    hidden = Agent.tracker_store
    subprocess.run(commands["stop"], check=True, capture_output=True, timeout=120)
    try:
        assert await hidden.retrieve("while-down") is None  # Rasa's default: silently nothing
        assert raise_tracker_store_errors(Agent)
        for attempt in (
            hidden.retrieve("while-down"),
            hidden.save(DialogueStateTracker("while-down", [])),
        ):
            try:
                await attempt
            except Exception as error:
                assert "OperationalError" in type(error).__name__, repr(error)
            else:
                raise AssertionError("a tracker store failure was hidden")
    finally:
        subprocess.run(commands["start"], check=True, capture_output=True, timeout=120)
    tracker = await hidden.retrieve("while-down")  # the database is back: so is the conversation
    assert tracker is not None and tracker.latest_message.text == "陪产假几天\u0000？"


def as_dicts(tracker: DialogueStateTracker | None) -> list[dict] | None:
    return None if tracker is None else [event.as_dict() for event in tracker.events]


class StatementLog:
    """The SQL statements an engine runs, to show which turns read the session."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self.statements: list[str] = []
        sa.event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(statement)

    def session_reads(self) -> int:
        return sum("ORDER BY events.id" in s for s in self.statements)


async def check_cache(spec: dict) -> None:
    """The remembering store returns, turn after turn, exactly the tracker Rasa's own store
    reads from the database, reads the session from the database only when it must, and
    notices what another replica wrote or deleted."""
    store, other_replica = make_store(spec), make_store(spec)
    reference = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=spec["db"]) if spec[
        "kind"] == "sqlite" else SQLTrackerStore(domain=DOMAIN, dialect="postgresql",
        host=spec["host"], port=spec["port"], db=spec["db"], username=spec["username"])  # fmt: skip
    log = StatementLog(store.engine)

    async def same_as_rasa(sender: str) -> None:
        assert as_dicts(await store.retrieve(sender)) == as_dicts(await reference.retrieve(sender))

    await say(store, "cached", session_start())
    for n in range(6):
        await say(store, "cached", turn(f"第{n}句", "inform", ["household_form"], f"好的{n}",
                                        {"children_count": n}))  # fmt: skip
        await same_as_rasa("cached")
    reads_before = log.session_reads()
    for n in range(5):
        await say(store, "cached", turn(f"again {n}", "inform", ["household_form"], "ok"))
    assert log.session_reads() == reads_before, "an unchanged session was read again"
    await same_as_rasa("cached")

    # A new session: only its events come back, as from Rasa's query.
    await say(store, "cached", session_start() + turn("你好", "greet", ["utter_greet"], "您好"))
    await same_as_rasa("cached")
    tracker = await store.retrieve("cached")
    assert tracker is not None and tracker.get_slot("children_count") is None
    # From SessionStarted on (action_session_start, just before it, is older than the start).
    assert len(tracker.events) == 6, len(tracker.events)

    # A turn that failed before its save leaves nothing behind in memory.
    broken = await store.retrieve("cached")
    assert broken is not None
    broken.update(SlotSet("children_count", 99))
    await same_as_rasa("cached")
    tracker = await store.retrieve("cached")
    assert tracker is not None and tracker.get_slot("children_count") is None

    # Another replica takes the conversation over (a failover), then hands it back.
    await say(other_replica, "cached", turn("谢谢", "thank", ["utter_you_are_welcome"], "不客气"))
    await same_as_rasa("cached")
    tracker = await say(store, "cached", turn("再见", "goodbye", ["utter_goodbye"], "再见"))
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == [
        "你好",
        "谢谢",
        "再见",
    ]
    await same_as_rasa("cached")
    assert as_dicts(await other_replica.retrieve("cached")) == as_dicts(tracker)

    # The other replica deletes it ("delete my data" there): gone here too.
    other_replica.delete_conversation("cached")
    assert await store.retrieve("cached") is None
    await say(store, "cached", session_start())
    await same_as_rasa("cached")


def check_memory() -> None:
    """The memory drops idle conversations and the least recently used beyond its size."""
    now = [0.0]
    memory = SessionMemory(idle_seconds=60, max_bytes=100, clock=lambda: now[0])
    event = StoredEvent(1.0, False, "x" * 30)
    memory.put("a", 1, [event])
    memory.put("b", 2, [event])
    memory.put("c", 3, [event])
    assert len(memory) == 3 and memory.size == 90
    now[0] = 30
    assert memory.get("a") is not None  # a is used again: b is now the least recent
    memory.put("d", 4, [event])
    assert memory.get("b") is None and memory.size == 90, (len(memory), memory.size)
    now[0] = 80  # c and d idle for 80 s and 50 s; a for 50 s
    assert memory.get("c") is None and memory.get("d") is not None and len(memory) == 2
    memory.put("huge", 5, [StoredEvent(1.0, False, "x" * 101)])
    assert memory.get("huge") is None and len(memory) == 2
    memory.forget("a")
    assert memory.get("a") is None and memory.size == 30


def main() -> None:
    check, spec = sys.argv[1], json.loads(sys.argv[2])
    commands = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    if check == "forget":
        asyncio.run(check_forget(spec))
    elif check == "restart":
        asyncio.run(check_restart(spec, commands))
    elif check == "cache":
        asyncio.run(check_cache(spec))
        check_memory()
    elif check == "down":
        asyncio.run(check_down(spec, commands))
    else:
        raise SystemExit(f"unknown check {check!r}: forget, cache, restart or down")
    print(f"ok {check}")


if __name__ == "__main__":
    main()
