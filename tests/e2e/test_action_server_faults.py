"""The action server down or hung: the bot apologises in the user's language within 2 s instead
of Rasa's 300 s wait, the conversation survives, and it resumes when the server is back."""

import time
import uuid
from collections.abc import Iterator

import pytest

from stack.services import Stack
from tests.e2e.test_rest_conversations import send
from tests.replies import is_result

FACTS = "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保"
FACTS_EN = "We live in Jinan with Jinan hukou, two kids born 2018-05-05 and 2024-11-11"
APOLOGY_ZH = "抱歉，系统暂时有一部分没有响应"
APOLOGY_EN = "Sorry, part of the system is not responding right now"


def timed_send(url: str, sender: str, text: str) -> tuple[str, float]:
    start = time.monotonic()
    reply = send(url, sender, text)
    return reply, time.monotonic() - start


@pytest.fixture
def stack(running_stack: Stack) -> Iterator[Stack]:
    yield running_stack
    running_stack.actions.resume()
    if not running_stack.actions.running():
        running_stack.start_actions()


def test_a_hung_action_server_gets_an_apology_in_chinese_and_the_form_resumes(
    stack: Stack,
) -> None:
    sender = f"e2e-hung-{uuid.uuid4()}"
    first = send(stack.rasa_url, sender, "我想查一下能领哪些生育补贴")
    assert "哪个城市" in first

    stack.actions.pause()
    reply, seconds = timed_send(stack.rasa_url, sender, FACTS)
    assert seconds < 2.0
    assert APOLOGY_ZH in reply
    assert "哪个城市" not in reply  # the apology is the whole answer of that turn

    stack.actions.resume()
    again = send(stack.rasa_url, sender, FACTS)
    assert APOLOGY_ZH not in again and "哪个城市" not in again  # the form moved on
    assert again.rstrip().endswith("？")


def test_a_stopped_action_server_gets_an_apology_in_english_then_the_answer(
    stack: Stack,
) -> None:
    sender = f"e2e-down-{uuid.uuid4()}"
    send(stack.rasa_url, sender, "hi, what benefits can we get?")

    stack.actions.stop()
    reply, seconds = timed_send(stack.rasa_url, sender, FACTS_EN)
    assert seconds < 2.0
    assert APOLOGY_EN in reply
    newcomer = send(stack.rasa_url, f"e2e-new-{uuid.uuid4()}", "Hello, what can my family get?")
    assert APOLOGY_EN in newcomer  # no language known yet: the script of the message decides

    stack.start_actions()
    said = [send(stack.rasa_url, sender, FACTS_EN)]
    while not any(is_result(s) for s in said) and len(said) < 12:
        said.append(send(stack.rasa_url, sender, "skip"))  # the form goes on where it was
    assert "child 2: 600 yuan/month" in said[-1]
