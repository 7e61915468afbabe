"""Conversations live in the SQLite tracker store: restarting the Rasa server loses none, and
the logs at the default (INFO) level name conversations by id, never by what people wrote."""

import sqlite3
import uuid

from stack.services import Stack
from tests.e2e.test_rest_conversations import send
from tests.replies import is_result

FACTS = "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保"


def test_a_restart_of_the_rasa_server_loses_no_conversation(running_stack: Stack) -> None:
    sender = f"e2e-restart-{uuid.uuid4()}"
    send(running_stack.rasa_url, sender, "我想查一下能领哪些生育补贴")
    before = send(running_stack.rasa_url, sender, FACTS)
    assert not is_result(before)  # the form has more to ask

    running_stack.restart_rasa()

    said = [send(running_stack.rasa_url, sender, "不知道") for _ in range(6)]
    answer = next(s for s in said if is_result(s))
    # The facts given before the restart decide the answer after it.
    assert "第2个孩子：600元/月，至2028年1月10日，共21,600元" in answer
    with sqlite3.connect(running_stack.config.tracker_db) as db:
        (journal,) = db.execute("PRAGMA journal_mode").fetchone()
        (events,) = db.execute(
            "SELECT count(*) FROM events WHERE sender_id = ?", (sender,)
        ).fetchone()
    assert journal == "wal"
    assert events > 20


def test_logs_hold_conversation_ids_but_no_message_text(running_stack: Stack) -> None:
    sender = f"e2e-logs-{uuid.uuid4()}"
    secret = "老二2024年2月29日出生，我们住在历下区幸福街8号"
    send(running_stack.rasa_url, sender, "我想查一下能领哪些生育补贴")
    send(running_stack.rasa_url, sender, secret)
    logs = running_stack.config.data_dir / "logs"
    written = {path.name: path.read_text(errors="replace") for path in logs.glob("*.log")}
    assert {"rasa.log", "actions.log"} <= set(written)
    for name, text in written.items():
        assert "幸福街" not in text, f"{name} holds what a citizen wrote"
        assert "2024年2月29日" not in text, f"{name} holds a household fact"
