"""Tester 57's conversations where a message asked two things and heard one, or a short
follow-up fell to "I didn't understand" (fix t58a). Each test: the family known so far (the
slots), what the citizen or the hotline worker wrote, what the reply must and must not say.
Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, month, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def policy_turn(text: str, lang: str, **slots: Any) -> str:
    """A question outside the form (intent ask_policy): the reply."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# A Beijing grandfather's family: grandsons of about 5 and 1½, the full check already shown.
BEIJING_GRANDSONS: dict[str, Any] = {
    "city": "beijing",
    "children": [month("2021-06", approx="5岁"), month("2025-06", approx="1岁半")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("俺们老两口帮着带孩子 北京对爷爷奶奶有啥补贴没 听说济南给爷爷奶奶交保险", "zh"),
        ("听说济南给老人交长护险 北京对姥姥姥爷有啥没有", "zh"),
        (
            "my parents mind the kids. anything for grandparents in beijing? heard jinan pays their insurance",
            "en",
        ),
    ],
)
async def test_beijing_asked_for_grandparents_beside_jinan_hearsay_gets_beijing_s_no(
    text: str, lang: str
) -> None:
    """The part asking is Beijing's: its plan has nothing for grandparents, said first; Jinan's
    clause 15 is named as Jinan's, with whose grandparents it is for (Jinan's own second and
    third children, Jinan's care insurance), never as the answer, nor Jinan's 600 (clause 12)."""
    reply = await policy_turn(text, lang, **BEIJING_GRANDSONS)
    assert reply.startswith(("没有。北京", "No. The Beijing plan")), reply
    assert "第15条" in reply or "clause 15" in reply, reply
    assert "济南市长期护理保险" in reply or "long-term care insurance" in reply, reply
    assert "600" not in reply, reply
