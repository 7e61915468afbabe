"""Conversations found this stop (tester 57): a hotline worker who greets with more than the
bare mode ("hotline here, got callers waiting", "this is the 12345 hotline operator, not a
family", 我是12345热线的 来电排队呢) is answered as the hotline's greeting, not taken for a family
or left with "didn't get that". Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.hotline import opens_hotline
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def policy_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


GREETINGS = [
    ("hotline here, got callers waiting", "en"),
    ("this is the 12345 hotline operator, not a family", "en"),
    ("我是12345热线的 来电排队呢 快点", "zh"),
    ("我是热线接线员 不是家长", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), GREETINGS, ids=[g[0] for g in GREETINGS])
def test_a_worker_greeting_with_more_words_opens_the_hotline(text: str, lang: str) -> None:
    assert opens_hotline(text)


@pytest.mark.parametrize(("text", "lang"), GREETINGS, ids=[g[0] for g in GREETINGS])
async def test_the_greeting_is_answered_as_the_hotline_and_no_family_is_noted(
    text: str, lang: str
) -> None:
    reply, slots = await policy_turn(text, lang)
    assert reply
    assert "没太明白" not in reply and "didn't quite get" not in reply.lower()
    assert "记下了" not in reply and "Noted" not in reply
    assert not slots.get("children") and not slots.get("city")


@pytest.mark.parametrize(
    "text",
    ["hotline here, jinan 2nd child born 2024 how much", "我是热线的 济南二孩补贴多少"],
)
def test_a_greeting_with_a_case_is_no_bare_greeting(text: str) -> None:
    assert not opens_hotline(text)
