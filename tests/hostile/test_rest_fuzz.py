"""Fuzzing the REST channel of the running assistant (hypothesis): random unicode (emoji, control
characters, right-to-left text, lone surrogates), bodies of 100 KB and 2 MB, wrong JSON types for
sender and message, invalid JSON, arrays, nulls and nested objects. Every request gets an answer
within a few seconds, never a server error: 200 with replies for the sender, or 400 with a JSON
error naming the problem; and the server still holds a normal conversation afterwards."""

import json
import time
import uuid
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stack.services import Stack
from tests.security.client import post_raw, say

ANSWER_WITHIN_SECONDS = 10.0  # a turn takes well under a second; generous for a busy machine
EXAMPLES = 250

RTL = "مرحبا، هل يمكنني الحصول على دعم الطفل؟ שלום \u202eevil\u202c"
EMOJI = "👶🏽👨‍👩‍👧‍👦🍼✅🇨🇳"
text = st.one_of(
    st.text(max_size=300),  # any code point hypothesis likes, control characters included
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60),
    st.sampled_from(
        [RTL, EMOJI, "济南\u0000户口", "\u200b\u200d\ufeff", "/restart", '/inform{"city":']
    ),
    st.builds(
        lambda a, b: a + b, st.sampled_from(["我想查补贴", "hi ", "/"]), st.text(max_size=40)
    ),
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=12,
)
fresh_senders = st.uuids().map(lambda u: f"fuzz-{u.hex[:16]}")
turns = st.fixed_dictionaries(  # real turns through the assistant
    {"sender": fresh_senders, "message": text},
    optional={"metadata": st.dictionaries(text, json_value, max_size=3)},
)
odd_fields = st.fixed_dictionaries(
    {"sender": st.one_of(fresh_senders, text, json_value), "message": st.one_of(text, json_value)},
    optional={"metadata": json_value, "input_channel": json_value},
)
malformed = st.one_of(
    odd_fields.map(lambda body: json.dumps(body).encode()),
    json_value.map(lambda value: json.dumps(value).encode()),  # arrays, null, strings, numbers
    st.binary(max_size=200),  # mostly not JSON at all
    text.map(lambda t: t.encode("utf-8", "surrogatepass")),
)
bodies = st.one_of(
    turns.map(lambda body: json.dumps(body).encode()),
    turns.map(lambda body: json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    malformed,
)


def big(size: int, message: str) -> bytes:
    return json.dumps(
        {"sender": f"fuzz-big-{size}", "message": message * (size // len(message))}
    ).encode()


def test_the_rest_channel_survives_hostile_input(running_stack: Stack) -> None:
    base = running_stack.rasa_url
    seen: Counter[int] = Counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(body=bodies)
    @example(body=big(100_000, "我家有两个孩子"))
    @example(body=big(2_000_000, "We have two children. "))
    @example(
        body=b'{"sender": "fuzz-deep", "message": "hi", "metadata": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}"
    )
    @example(body=b'{"sender": "fuzz-lone", "message": "\\ud800 \\udfff"}')
    @example(body=b'{"sender": "\\ud800", "message": "hi"}')
    @example(body=b'{"sender": "fuzz-nan", "message": "hi", "metadata": {"x": NaN}}')
    @example(body=b"\xff\xfe\x00garbage")
    def answers_in_time_and_never_fails(body: bytes) -> None:
        started = time.monotonic()
        status, answer = post_raw(base, body, timeout=ANSWER_WITHIN_SECONDS + 5)
        took = time.monotonic() - started
        assert took < ANSWER_WITHIN_SECONDS, f"answered after {took:.1f} s"
        assert status in (200, 400), (status, answer)
        seen[status] += 1
        if status == 400:
            assert answer["error"] == "bad_request" and answer["detail"], answer
            return
        sender = json.loads(body)["sender"]
        assert isinstance(answer, list), answer
        assert all(reply["recipient_id"] == sender for reply in answer), answer

    answers_in_time_and_never_fails()
    # Both kinds were exercised: real turns through the assistant and refusals.
    assert seen[200] >= 50 and seen[400] >= 50, seen
    # Still alive and still itself.
    assert "您好" in say(base, f"fuzz-after-{uuid.uuid4().hex[:8]}", "你好")
    assert running_stack.rasa.running() and running_stack.actions.running()
