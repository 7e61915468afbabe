"""The load generator's tracker-store check: a conversation stored as said passes; a lost, a
duplicated, a reordered, an unexpected or an unanswered turn is each reported, naming the
conversation and the turn. Also the reader of Rasa's `events` table, the conversations file and
the memory of a process tree."""

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from bench.load_check import (
    Finding,
    StoredEvent,
    StoreError,
    Turn,
    check_conversation,
    check_run,
    count_by_kind,
    read_events,
)
from bench.load_rss import rss_kib, tree_memory
from bench.load_run import percentile
from bench.load_scripts import DEFAULT_SCRIPTS, ScriptError, load_scripts

SENDER = "load-test-1-0"
SAID = ["你好", "济南户口，两个孩子", "不对，老二是2025年1月10日出生的", "不知道", "不知道"]


def said(texts: Sequence[str] = SAID) -> list[Turn]:
    return [Turn(text, acknowledged=True) for text in texts]


def stored(texts: Sequence[str], replies: int = 1) -> list[StoredEvent]:
    """Events as Rasa stores a turn: the user's message, then the bot's replies."""
    events = [StoredEvent("action", None), StoredEvent("session_started", None)]
    for text in texts:
        events.append(StoredEvent("user", text))
        events.append(StoredEvent("action", None))
        events += [StoredEvent("bot", None)] * replies
    return events


def kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


def test_a_conversation_stored_as_said_passes() -> None:
    assert check_conversation(SENDER, said(), stored(SAID)) == []


def test_a_lost_turn_is_reported() -> None:
    findings = check_conversation(SENDER, said(), stored([SAID[0], *SAID[2:]]))
    assert kinds(findings) == ["lost"]
    assert SENDER in str(findings[0]) and "济南户口" in str(findings[0])


def test_a_lost_repetition_of_the_same_words_is_reported() -> None:
    findings = check_conversation(SENDER, said(), stored(SAID[:-1]))
    assert kinds(findings) == ["lost"]
    assert "不知道" in findings[0].detail and "2x" in findings[0].detail


def test_a_duplicated_turn_is_reported() -> None:
    findings = check_conversation(SENDER, said(), stored([*SAID[:2], SAID[1], *SAID[2:]]))
    assert kinds(findings) == ["duplicated"]
    assert "济南户口" in findings[0].detail


def test_a_reordered_turn_is_reported() -> None:
    swapped = [SAID[0], SAID[2], SAID[1], *SAID[3:]]
    findings = check_conversation(SENDER, said(), stored(swapped))
    assert kinds(findings) == ["reordered"]
    assert "1 turn(s)" in findings[0].detail


def test_a_turn_nobody_said_is_reported() -> None:
    findings = check_conversation(SENDER, said(), stored([*SAID, "陪产假有几天？"]))
    assert kinds(findings) == ["unexpected"]


def test_a_turn_without_a_bot_reply_is_reported() -> None:
    events = stored(SAID)
    # Drop the bot's reply to the second turn.
    second = [i for i, e in enumerate(events) if e.type_name == "user"][1]
    events = [e for i, e in enumerate(events) if i != second + 2]
    findings = check_conversation(SENDER, said(), events)
    assert kinds(findings) == ["unanswered"]
    assert "济南户口" in findings[0].detail


def test_the_last_turn_without_a_bot_reply_is_reported() -> None:
    events = stored(SAID)[:-1]
    assert kinds(check_conversation(SENDER, said(), events)) == ["unanswered"]


def test_several_problems_are_each_reported() -> None:
    events = stored([SAID[1], SAID[0], SAID[0], *SAID[3:]])  # swapped, duplicated, one lost
    assert sorted(kinds(check_conversation(SENDER, said(), events))) == [
        "duplicated",
        "lost",
        "reordered",
    ]


@pytest.mark.parametrize("stored_it", [True, False])
def test_a_turn_whose_request_failed_may_be_stored_once_or_not_at_all(stored_it: bool) -> None:
    turns = [*said(SAID[:3]), Turn("不知道", acknowledged=False)]
    texts = SAID[:4] if stored_it else SAID[:3]
    assert check_conversation(SENDER, turns, stored(texts)) == []


def test_a_turn_whose_request_failed_is_still_not_stored_twice() -> None:
    turns = [*said(SAID[:3]), Turn("不知道", acknowledged=False)]
    findings = check_conversation(SENDER, turns, stored([*SAID[:3], "不知道", "不知道"]))
    assert kinds(findings) == ["duplicated"]


def test_a_conversation_missing_from_the_store_has_lost_every_turn() -> None:
    findings = check_run({SENDER: said(), "load-test-1-1": said(SAID[:1])}, {})
    # One finding per different text: four in the first conversation, one in the other.
    assert count_by_kind(findings) == {
        "lost": 5,
        "duplicated": 0,
        "unexpected": 0,
        "reordered": 0,
        "unanswered": 0,
    }
    assert {f.sender for f in findings} == {SENDER, "load-test-1-1"}


def test_check_run_is_clean_when_every_conversation_is() -> None:
    conversations = {f"load-x-{i}": said() for i in range(3)}
    store = {sender: stored(SAID) for sender in conversations}
    assert check_run(conversations, store) == []


# Reading the tracker store ------------------------------------------------------------------


def make_store(path: Path, rows: list[tuple[str, str, str | None]]) -> None:
    """Rasa's `events` table (SQLTrackerStore's schema) with the given rows, in order."""
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) "
            "NOT NULL, type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name "
            "VARCHAR(255), action_name VARCHAR(255), data TEXT)"
        )
        db.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, 0, ?)", rows
        )


def user(text: str) -> str:
    return json.dumps({"event": "user", "text": text, "parse_data": {"text": text}})


def test_events_are_read_per_conversation_in_stored_order(tmp_path: Path) -> None:
    path = tmp_path / "tracker.sqlite3"
    make_store(
        path,
        [
            ("load-ab-embedded-1-0-0", "action", '{"event": "action"}'),
            ("load-ab-embedded-1-0-0", "user", user("你好")),
            ("load-ab-embedded-1-0-0", "bot", '{"event": "bot", "text": "您好！"}'),
            ("load-abXembedded-1-0-0", "user", user("not this run: _ is no wildcard")),
            ("someone-else", "user", user("not a load conversation")),
            ("load-ab-embedded-1-1-0", "user", user("hi")),
            ("load-ab-embedded-1-0-0", "user", user("济南户口")),
            ("load-ab-embedded-1-0-0", "slot", '{"event": "slot"}'),
        ],
    )
    events = read_events(str(path), "load-ab-embedded-")
    assert set(events) == {"load-ab-embedded-1-0-0", "load-ab-embedded-1-1-0"}
    assert events["load-ab-embedded-1-0-0"] == [
        StoredEvent("user", "你好"),
        StoredEvent("bot", None),
        StoredEvent("user", "济南户口"),
    ]
    assert read_events(str(path), "load_ab") == {}


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no tracker store at"):
        read_events(str(tmp_path / "nothing.sqlite3"), "load-")
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    with pytest.raises(StoreError, match="no such table: events"):
        read_events(str(tmp_path / "empty.sqlite3"), "load-")


# The conversations file ----------------------------------------------------------------------


def test_the_conversations_file_has_both_languages_a_correction_and_a_side_question() -> None:
    scripts = load_scripts()
    assert {s.language for s in scripts.conversations} == {"zh", "en"}
    for script in scripts.conversations:
        results = [step for step in script.steps if step.until is not None]
        assert len(results) == 1 and results[0].expect, f"{script.name}: one checked result"
        checked = [step for step in script.steps if step.expect and step.until is None]
        assert checked, f"{script.name}: a side question with its expected answer"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("conversations: [\n", "not valid YAML at line 2"),
        ("- 1\n- 2\n", "the file: Input should be a valid dictionary"),
        ("today: 2025-06-01\nconversations: []\n", "today: Input should be a valid string"),
        (
            'today: "2025-06-01"\nconversations:\n  - {name: a, language: fr, steps: [{say: hi}]}\n',
            "conversations.0.language",
        ),
        (
            'today: "2025-06-01"\nconversations:\n  - {name: a, language: en, steps: [{say: hi, at_most: 3}]}\n',
            "`at_most` applies to a step with `until` only",
        ),
        (
            'today: "2025-06-01"\nconversations:\n'
            "  - {name: a, language: en, steps: [{say: hi}]}\n"
            "  - {name: a, language: zh, steps: [{say: 你好}]}\n",
            "repeated: a",
        ),
        (
            'today: "2025-06-01"\nconversations:\n  - {name: a, language: en, steps: [{sey: hi}]}\n',
            "conversations.0.steps.0",
        ),
    ],
)
def test_a_bad_conversations_file_names_the_problem(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "conversations.yaml"
    path.write_text(text)
    with pytest.raises(ScriptError, match=message.replace(".", r"\.")) as caught:
        load_scripts(path)
    assert str(path) in str(caught.value)


def test_a_missing_conversations_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ScriptError, match="cannot read it"):
        load_scripts(tmp_path / "none.yaml")
    assert DEFAULT_SCRIPTS.is_file()


# Figures -------------------------------------------------------------------------------------


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 99) == 3.0
    assert percentile([], 50) != percentile([], 50)  # NaN: no figure without messages


def test_memory_of_a_process_tree_counts_its_children() -> None:
    # A parent that starts two children, each holding 40 MiB.
    child = (
        "import time; b = bytearray(40 << 20); b[::4096] = b'x' * len(b[::4096]); time.sleep(60)"
    )
    parent = (
        "import subprocess, sys, time\n"
        f"kids = [subprocess.Popen([sys.executable, '-c', {child!r}]) for _ in range(2)]\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", parent])
    try:
        deadline = time.monotonic() + 20
        tree = tree_memory(process.pid)
        while time.monotonic() < deadline and (len(tree.pids) < 3 or tree.rss_kib < 80 << 10):
            time.sleep(0.2)
            tree = tree_memory(process.pid)
        assert len(tree.pids) == 3
        assert tree.rss_kib >= 80 << 10  # both children's 40 MiB
        assert tree.rss_kib > rss_kib(process.pid) + (80 << 10) - 1
        assert tree.pids[0] == process.pid
    finally:
        for pid in tree_memory(process.pid).pids[::-1]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert rss_kib(process.pid) == 0
