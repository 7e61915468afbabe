"""Bad values of every kind, sent to the assistant over REST (hypothesis, running assistant).

In a message's text, a family may type what the API refuses: a birth in year 1 or from 9997 on,
a 5,000-digit number, NaN or Infinity, a lone surrogate, brackets nested a thousand deep, a
height in metres. Each gets a polite reply (200, a text for the sender), never a server error.
The same values in the request body itself (NaN, a huge number, 100,000 levels of nesting, a key
given twice) are a 400 that names the problem."""

import json
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stack.services import Stack
from tests.security.client import post_raw

values = st.one_of(
    st.sampled_from(["0001年1月1日", "0001-01-01", "9997-12-31", "9999年", "NaN", "Infinity"]),
    st.sampled_from(["\ud83d", "a\udfffb", "[" * 1000 + "]" * 1000, "1.35", "1.2m", "1米35"]),
    st.integers(min_value=4000, max_value=5000).map(lambda n: "7" * n),
)
openings = st.sampled_from(
    [
        "孩子生于",
        "老二出生日期是",
        "孩子身高",
        "我们家有",
        "born on ",
        "the baby is due ",
        "height ",
    ]
)
BODY_PROBLEMS = {
    b'{"sender": "bad-nan", "message": NaN}': "NaN",
    b'{"sender": "bad-inf", "message": "hi", "metadata": {"x": Infinity}}': "Infinity",
    b'{"sender": "bad-num", "message": "hi", "metadata": {"n": ' + b"9" * 5000 + b"}}": "digits",
    b'{"sender": "bad-deep", "message": "hi", "metadata": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}": "nested",
    b'{"sender": "bad-twice", "message": "hi", "message": "bye"}': "'message' is given twice",
}


def test_bad_values_in_a_message_get_a_polite_reply(running_stack: Stack) -> None:
    base = running_stack.rasa_url

    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(opening=openings, value=values)
    def answered(opening: str, value: str) -> None:
        sender = f"bad-{uuid.uuid4().hex[:12]}"
        text = opening + value
        body = json.dumps({"sender": sender, "message": text}).encode()
        status, replies = post_raw(base, body, timeout=30)
        assert status == 200, (status, replies)
        assert replies and all(r["recipient_id"] == sender for r in replies), replies
        assert all((r.get("text") or "").strip() for r in replies), replies

    answered()


def test_bad_values_in_the_body_are_refused_naming_the_problem(running_stack: Stack) -> None:
    for body, named in BODY_PROBLEMS.items():
        status, answer = post_raw(running_stack.rasa_url, body, timeout=30)
        assert status == 400, (body[:60], status, answer)
        assert named in answer["detail"], answer
