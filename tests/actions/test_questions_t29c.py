"""Tester 27 and 28's conversations (fix-t29c): what grandparents get, siblings told later, the
city not yet known, two questions in one message, a move supposed, blocks said twice. Each test:
the family known so far (the slots), what the citizen wrote, what the reply must and must not
say."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionGoOn
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_pending_question import action, ask, bot, turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# --- 1. grandparents asking what they get; a form question is put twice at most ---

# Tester 28 c5: a grandmother; Jinan hukou, a granddaughter of 5 and a grandson born last month,
# the parents on dibao now; the dibao-at-the-birth question already put twice.
GRANDMA = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-11-01", "precision": "month"},
    ],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 1, "asked": 2},
}


async def go_on(text: str, lang: str, intent: str = "check_eligibility", **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    await ActionGoOn().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们老两口能有啥", "zh"),  # c5
        ("我们老俩口有啥政策", "zh"),
        ("那我们当奶奶的有什么好处", "zh"),
        ("and what do we grandparents get?", "en"),
    ],
)
async def test_grandparents_asking_what_they_get_get_the_care_insurance_clause(
    text: str, lang: str
) -> None:
    """老两口 is read as 老夫妻 by normalise: still the grandparents' own measure, Jinan
    clause 15's long-term care insurance contribution, with its lead department."""
    reply = await go_on(text, lang, **GRANDMA)
    if lang == "zh":
        assert "长期护理保险" in reply and "第15条" in reply, reply
        assert "第2个孩子符合" in reply, reply
        assert "还需要再问几个问题" not in reply, reply
    else:
        assert "long-term care insurance" in reply and "clause 15" in reply, reply
        assert "a few more questions" not in reply, reply


def test_a_form_question_put_twice_is_not_put_a_third_time() -> None:
    """c5: the dibao question put twice; a "能有啥" (the whole check) does not bring it back."""
    third = turn(
        "我们老两口能有啥",
        action("action_go_on"),
        bot("祖父母参加长期护理保险个人缴费全额补贴（济南）…"),
        **{**GRANDMA, "requested_slot": None},
    )
    third.latest_message["intent"] = {"name": "check_eligibility", "confidence": 0.99}
    said, _ = ask("hardship_at_birth", third)
    assert said == [], said


def test_the_second_time_is_counted() -> None:
    """Put once, then again when the citizen goes on: asked twice, counted so."""
    pending = {"slot": "hardship_at_birth", "side_answers": 0}
    again = turn(
        "继续",
        action("action_go_on"),
        bot("好的，我们接着来。"),
        pending_question=pending,
        **{k: v for k, v in GRANDMA.items() if k not in ("pending_question", "requested_slot")},
    )
    said, events = ask("hardship_at_birth", again)
    assert said, said
    assert slot_events(events)["pending_question"]["asked"] == 2


def test_going_on_still_gets_the_question() -> None:
    """ "继续" is a request for the question: it comes, however often it was put."""
    go = turn(
        "继续",
        action("action_go_on"),
        bot("好的，我们接着来。"),
        **{**GRANDMA, "requested_slot": None},
    )
    go.latest_message["intent"] = {"name": "continue", "confidence": 0.99}
    said, _ = ask("hardship_at_birth", go)
    assert said, said


async def test_a_whole_check_after_two_asks_names_what_is_open_without_asking() -> None:
    """ "都有啥能领的" with nothing else to answer: what the rest turns on, not a third question
    and no "a few more questions" announced."""
    reply = await go_on("还有啥能领的", "zh", **GRANDMA)
    assert "还需要再问几个问题" not in reply, reply
    assert "出生时家庭是否领取低保" in reply, reply
