"""Security of the running assistant (action server, Rasa server, web app as `make run` starts
them): every server listens on loopback only, Rasa's HTTP API is off, browsers may call Rasa
from the web app's origin only, an over-long message is declined politely without reaching the
assistant, bad requests get a 400 naming the problem, and "delete my data" leaves no row of the
conversation in the tracker store."""

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from stack.services import Stack
from tests.security.client import WEBHOOK, post, post_raw, request, say, stored_events

LOOPBACK = "127.0.0.1"
FACTS = "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保"


def listening_addresses(port: int) -> set[str]:
    """The local addresses of the TCP sockets listening on `port` (/proc/net/tcp and tcp6)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                found.add(_address(address))
    return found


def _address(hex_address: str) -> str:
    if len(hex_address) == 8:  # IPv4, little-endian
        return ".".join(str(int(hex_address[i : i + 2], 16)) for i in (6, 4, 2, 0))
    return "ipv6:" + hex_address


def sender(label: str) -> str:
    return f"sec-{label}-{uuid.uuid4().hex[:12]}"


@pytest.mark.parametrize("server", ["actions", "rasa", "web"])
def test_each_server_listens_on_loopback_only(running_stack: Stack, server: str) -> None:
    port = getattr(running_stack.config.ports, server)
    assert listening_addresses(port) == {LOOPBACK}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/status"),
        ("GET", "/version"),
        ("GET", "/domain"),
        ("GET", "/conversations/someone/tracker"),
        ("POST", "/conversations/someone/tracker/events"),
        ("POST", "/conversations/someone/trigger_intent"),
        ("POST", "/model/parse"),
        ("PUT", "/model"),
    ],
)
def test_rasas_http_api_is_off(running_stack: Stack, method: str, path: str) -> None:
    body = b'{"text": "hi", "name": "greet", "event": "restart"}' if method != "GET" else None
    status, _, raw = request(running_stack.rasa_url + path, body, method)
    assert status == 404, (status, raw[:200])


def test_browsers_may_call_rasa_from_the_web_app_only(running_stack: Stack) -> None:
    url = running_stack.rasa_url + WEBHOOK
    body = json.dumps({"sender": sender("cors"), "message": "你好"}).encode()
    for origin, allowed in (("http://evil.example", False), (running_stack.web_url, True)):
        preflight = {"Origin": origin, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type"}  # fmt: skip
        _, headers, _ = request(url, None, "OPTIONS", preflight)
        _, posted, _ = request(
            url, body, "POST", {"Origin": origin, "Content-Type": "application/json"}
        )
        for answer in (headers, posted):
            granted = answer.get("access-control-allow-origin")
            assert (granted == origin) if allowed else granted in (None, ""), (origin, answer)


def test_socketio_connections_come_from_the_web_app_only(running_stack: Stack) -> None:
    # The Engine.IO handshake a WebSocket client starts with; browsers apply no CORS to sockets,
    # so the server itself must refuse a foreign origin.
    url = running_stack.rasa_url + "/socket.io/?EIO=4&transport=polling"
    refused, _, body = request(url, headers={"Origin": "http://evil.example"})
    assert refused == 400 and b"not an accepted origin" in body
    accepted, _, _ = request(url, headers={"Origin": running_stack.web_url})
    assert accepted == 200


def test_an_over_long_message_is_declined_politely_and_never_stored(running_stack: Stack) -> None:
    rasa, db = running_stack.rasa_url, running_stack.config.tracker_db
    for text, expected in (
        ("我家有两个孩子，" * 300, "抱歉，您的消息太长了（超过2,000字），我没有读取。"),
        ("We have two children. " * 100, "Sorry, your message is too long (over 2,000 characters)"),
    ):
        who = sender("long")
        status, replies = post(rasa, {"sender": who, "message": text})
        assert status == 200
        assert replies[0]["recipient_id"] == who and replies[0]["text"].startswith(expected)
        assert stored_events(db, who) == 0  # it never reached the assistant
    ok = sender("long")
    say(rasa, ok, "我" * 2000)  # at the cap exactly: read as usual
    assert stored_events(db, ok) > 0


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"not json", "not valid JSON"),
        (b"", "the body is empty"),
        (b"[1, 2]", "got an array"),
        (b"null", "got null"),
        (b'"hi"', "got a string"),
        (b'{"message": "hi"}', "sender must be a string, got null"),
        (b'{"sender": 42, "message": "hi"}', "sender must be a string, got a number"),
        (b'{"sender": "", "message": "hi"}', "sender must not be empty"),
        (b'{"sender": "a\\u0000b", "message": "hi"}', "no control characters"),
        (b'{"sender": "' + b"x" * 200 + b'", "message": "hi"}', "at most 128 characters"),
        (b'{"sender": "s"}', "message must be a string, got null"),
        (b'{"sender": "s", "message": ["hi"]}', "message must be a string, got an array"),
        (b'{"sender": "s", "message": {"text": "hi"}}', "message must be a string, got an object"),
        (b'{"sender": "s", "message": true}', "message must be a string, got a boolean"),
        (b'{"sender": "s", "message": "hi", "metadata": "x"}', "metadata must be an object"),
        (b'{"sender": "s", "message": "hi", "message_id": 7}', "message_id must be a string"),
        (b'{"sender": "s", "message": "hi", "message_id": ""}', "message_id must be 1 to 64"),
        (b'{"sender": "s", "message": "hi", "message_id": "a b"}', "message_id must be 1 to 64"),
        (b'{"sender": "s", "message": "hi", "message_id": "' + b"m" * 65 + b'"}', "1 to 64"),
    ],
)
def test_a_bad_request_gets_a_400_naming_the_problem(
    running_stack: Stack, body: bytes, problem: str
) -> None:
    status, answer = post_raw(running_stack.rasa_url, body)
    assert status == 400
    assert answer["error"] == "bad_request" and problem in answer["detail"], answer


def test_streaming_is_refused_rather_than_left_hanging(running_stack: Stack) -> None:
    status, answer = post(running_stack.rasa_url, {"sender": "s", "message": "hi"}, "?stream=true")
    assert status == 400 and "stream" in answer["detail"]


def test_a_leading_slash_is_text_not_an_intent_given_directly(running_stack: Stack) -> None:
    # Rasa would take this as the intent delete_my_data with confidence 1, skipping the NLU, and
    # as the city Beijing for the form.
    who = sender("slash")
    reply = say(running_stack.rasa_url, who, '/check_eligibility{"city": "beijing"}')
    # No city was taken from the payload: the assistant still asks which city (a question that
    # names both cities) and reads nothing back.
    assert "Noted" not in reply and "记下了" not in reply, reply
    assert "Which city" in reply or "哪个城市" in reply or "城市" in reply, reply
    with sqlite3.connect(running_stack.config.tracker_db) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (who,)
        ).fetchall()
    (user,) = [json.loads(data) for (data,) in rows]
    assert user["text"].startswith("／check_eligibility")
    assert user["parse_data"]["intent"]["confidence"] < 1.0


def test_delete_my_data_in_chinese_removes_the_conversation(running_stack: Stack) -> None:
    rasa, db = running_stack.rasa_url, running_stack.config.tracker_db
    who = sender("forget-zh")
    say(rasa, who, "你好")
    say(rasa, who, "我想查一下能领哪些生育补贴")
    say(rasa, who, FACTS)
    before = stored_events(db, who)
    assert before > 10

    question = say(rasa, who, "删除我的数据")
    assert "确定删除吗" in question
    assert stored_events(db, who) > before  # asking deletes nothing yet
    done = say(rasa, who, "确定")
    assert done.startswith("好的，本次对话的全部记录已删除：您告诉我的所在城市、")
    assert stored_events(db, who) == 0

    # Coming back is a new conversation: the facts are gone.
    again = say(rasa, who, "我家能领什么")
    assert "城市" in again  # the form starts at the first question
    assert 0 < stored_events(db, who) < before


def test_forget_me_in_english_mid_form_removes_the_conversation(running_stack: Stack) -> None:
    rasa, db = running_stack.rasa_url, running_stack.config.tracker_db
    who = sender("forget-en")
    say(rasa, who, "what benefits can we get?")
    say(rasa, who, "We live in Jinan with Jinan hukou.")
    assert "Are you sure?" in say(rasa, who, "please forget me")
    assert say(rasa, who, "yes").startswith(
        "Done: this whole conversation is deleted. What you told me (city"
    )
    assert stored_events(db, who) == 0


def test_no_to_the_confirmation_keeps_everything(running_stack: Stack) -> None:
    rasa, db = running_stack.rasa_url, running_stack.config.tracker_db
    who = sender("keep")
    say(rasa, who, "hi")
    say(rasa, who, "delete my data")
    assert say(rasa, who, "no").startswith("OK, nothing is deleted.")
    assert stored_events(db, who) > 10
