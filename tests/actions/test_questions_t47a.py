"""Tester 45's conversations (fix-t47a): a family fact told beside a question, and words read
as hardship support. Each test: the family known so far (the slots), what the citizen wrote,
what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t27a import form_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def asked_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The question action on `text`; when it hands the turn to the household form, the form
    (which reads the facts back) and the answer for the measure it keeps in focus."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply, set_ = texts(dispatcher), slot_events(events)
    if not any(e.get("event") == "followup" and e.get("name") == "household_form" for e in events):
        return reply, set_
    formed, more = await form_turn(text, lang, **{**slots, **set_})
    set_ = {**set_, **more}
    after = {**slots, **set_}
    reply = "\n".join(p for p in (reply, formed) if p)
    if after.get("focus_entry") and not after.get("requested_slot"):
        message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
        shown = Tracker(
            "test", after, message, [{"event": "user", "text": text}], False, None, {}, ""
        )
        answer = CollectingDispatcher()
        await ActionShowEntitlements().run(answer, shown, DOMAIN)
        reply += "\n" + texts(answer)
    return reply, set_


# Item 1, tester 45 c06: a Beijing family tells 老二's birth month and asks the money by the
# month in the same message.
BEIJING_SECOND = {
    "zh": ("记下了", "老二2024年9月出生", "没有。", "逐步建立", "未指明负责部门", "第(12)条"),
    "en": (
        "Noted",
        "2nd child born September 2024",
        "No.",
        "gradually established",
        "no responsible department",
        "clause (12)",
    ),
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老二是2024年9月生的 每个月能领多少补贴", "zh"),  # tester 45 c06-like
        ("我们老二2024年9月出生的 一个月能领多少钱", "zh"),
        ("老二2024年9月生的 每个月能领多少", "zh"),
        ("our 2nd was born sept 2024, how much a month do we get?", "en"),
        ("second kid born in september 2024, how much do we get each month", "en"),
    ],
)
async def test_a_birth_told_with_the_monthly_money_asked_in_beijing_is_kept_and_answered(
    text: str, lang: str
) -> None:
    """Beijing clause (12): no monthly cash subsidy, only a family upbringing subsidy system "to
    be gradually established", no amount and no department named; the 2nd child's birth month
    told with it is read back and kept, not dropped under "nothing in the Beijing plan"."""
    reply, set_ = await asked_turn(text, lang, city="beijing")
    for said in BEIJING_SECOND[lang]:
        assert said in reply, reply
    assert "没有写这方面的规定" not in reply and "says nothing about" not in reply, reply
    assert "济南的方案有" not in reply and "Jinan's plan has" not in reply, reply
    children = set_.get("children") or set_.get("children_partial") or []
    assert [c.get("birth_date") for c in children][-1:] == ["2024-09-01"], set_


# Item 2: "support", 支持 and 补助 asked for kindergarten are no dibao, 特困 or unemployment
# benefits drawn; the answer is the city's clause on kindergartens.
JINAN_TWO_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2023-05-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-05-01", "precision": "month", "height_cm": None},
    ],
}
CLAUSE_13 = {
    ("jinan", "zh"): "第13条",
    ("jinan", "en"): "clause 13",
    ("beijing", "zh"): "第(13)条",
    ("beijing", "en"): "clause (13)",
}
PRESCHOOL = ("幼儿园", "学前", "kindergarten", "re-school")
HARDSHIP_READ = ("低保、特困", "dibao, special hardship", "unemployment benefits")
HARDSHIP_SLOTS = ("hardship_now", "hardship_at_birth")


@pytest.mark.parametrize("city", ["jinan", "beijing"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("any support for kindergarten", "en"),
        ("is there any support for kindergarten fees?", "en"),
        ("are there any benefits for kindergarten?", "en"),
        ("幼儿园有啥支持", "zh"),
        ("上幼儿园有补助吗", "zh"),
        ("孩子上幼儿园有没有补助", "zh"),
    ],
)
async def test_support_asked_for_kindergarten_is_no_hardship_told(
    text: str, lang: str, city: str
) -> None:
    """Jinan clause 13 (inclusive kindergartens) and Beijing (13) (preschool places) answer a
    question about support for kindergarten; no "on dibao, 特困 or unemployment benefits" is
    read back or kept from the word "support"."""
    reply, set_ = await asked_turn(text, lang, **{**JINAN_TWO_CHILDREN, "city": city})
    assert CLAUSE_13[(city, lang)] in reply, reply
    assert any(word in reply for word in PRESCHOOL), reply
    assert not any(word in reply for word in HARDSHIP_READ), reply
    assert not set(set_) & set(HARDSHIP_SLOTS), set_


@pytest.mark.parametrize(
    ("text", "lang"),
    [("any support for kindergarten", "en"), ("上幼儿园有补助吗", "zh")],
)
async def test_support_for_kindergarten_is_no_answer_to_the_hardship_question(
    text: str, lang: str
) -> None:
    """Asked whether the family was on dibao, 特困 or unemployment benefits at the birth, a
    question about kindergarten support answers it neither way: the question stays open and
    clause 13 is answered."""
    slots = {
        **JINAN_TWO_CHILDREN,
        "requested_slot": "hardship_at_birth",
        "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
    }
    reply, set_ = await form_turn(text, lang, **slots)
    assert not set(set_) & set(HARDSHIP_SLOTS), set_
    assert not any(word in reply for word in HARDSHIP_READ), reply
    assert CLAUSE_13[("jinan", lang)] in reply, reply
