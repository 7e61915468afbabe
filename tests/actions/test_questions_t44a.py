"""Tester 43's conversations (fix-t44a). Each test: the family known so far (the slots), what
the citizen wrote, what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionRouteUnclear
from actions.results import ActionOfferAccepted
from tests.actions.conftest import DOMAIN, make_tracker, slot_events

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 43 c06: Jinan hukou, renting, three children (老三 born May 2023, dibao at the birth);
# the answer ended "还有2项要看第1个孩子、第2个孩子的出生日期…再问4个问题就能确定，要继续吗？"
OFFERED: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "owns_home": False,
    "housing_fund_contributors": 2,
    "result_shown": True,
    "offer": "next_questions",
    "topic_entry": "jinan.housing_fund_rent_withdrawal",
    "children": [
        {**UNDATED},
        {**UNDATED},
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
    ],
}

YESES = [
    ("还要问啥 你问吧", "zh"),
    ("你说还要问几个问题 问吧 我回答", "zh"),
    ("继续", "zh"),
    ("是", "zh"),
    ("对", "zh"),
    ("好 你问", "zh"),
    ("ask away", "en"),
    ("ok ask", "en"),
    ("go on", "en"),
    ("yes", "en"),
    ("fire away, I'll answer", "en"),
]


def goes_on(events: list[dict[str, Any]]) -> bool:
    """The remaining questions start: the form runs on every item, the offer taken."""
    followups = [e["name"] for e in events if e.get("event") == "followup"]
    slots = slot_events(events)
    return followups == ["household_form"] and slots.get("check_scope") == "all"


@pytest.mark.parametrize(("text", "lang"), YESES)
async def test_a_yes_the_nlu_was_unsure_of_goes_on_with_the_questions(text: str, lang: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "nlu_fallback", **OFFERED, language=lang)
    events = await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    assert goes_on(events), events
    assert not any(m.get("response") == "utter_default" for m in dispatcher.messages)


@pytest.mark.parametrize(("text", "lang"), YESES)
async def test_a_yes_read_as_affirm_goes_on_with_the_questions(text: str, lang: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "affirm", **OFFERED, language=lang)
    events = await ActionOfferAccepted().run(dispatcher, tracker, DOMAIN)
    assert goes_on(events), events


@pytest.mark.parametrize(
    "text", ["对 打算买首套 我们俩都交 三个孩子 最多贷多少", "是不是一个月800", "老三的钱呢"]
)
async def test_a_question_after_the_offer_is_not_taken_for_a_yes(text: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "nlu_fallback", **OFFERED, language="zh")
    events = await ActionRouteUnclear().run(dispatcher, tracker, DOMAIN)
    assert not goes_on(events)


# Tester 43 c06, first message: "我家在济南租房子住 户口今年8月刚迁过来 生老三的时候在领低保
# 老三2023.5生的 老大老二都上学了". 老三 turned 3 on 1 May 2026: the 600+200 yuan/month (Jinan
# clause 12) was paid and has ended; the first summary says so, not only when asked again.
@pytest.mark.parametrize(
    ("lang", "must"),
    [
        ("zh", ("已结束", "第3个孩子", "800元/月", "2026年5月1日", "第12条")),
        ("en", ("Ended", "800 yuan/month", "1 May 2026", "clause 12")),
    ],
)
async def test_the_first_summary_names_the_third_childs_ended_subsidy(
    lang: str, must: tuple[str, ...]
) -> None:
    from rasa_sdk import Tracker

    from actions.results import ActionShowEntitlements
    from tests.actions.conftest import texts
    from tests.actions.test_questions_t27a import form_turn

    text = (
        "我家在济南租房子住 户口今年8月刚迁过来 生老三的时候在领低保 老三2023.5生的 老大老二都上学了"
        if lang == "zh"
        else "we rent in Jinan, hukou moved here in August; we were on dibao when our third was"
        " born, May 2023; the older two are at school"
    )
    _, set_ = await form_turn(text, lang)
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    slots = {**set_, "language": lang}
    tracker = Tracker(
        "test", slots, message, [{"event": "user", "text": text}], False, None, {}, ""
    )
    dispatcher = CollectingDispatcher()
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    for part in must:
        assert part in reply, reply
