"""Tester 53 (fix-t54a): the family as the citizen told it. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import read_message
from actions.results import ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, month
from tests.actions.test_questions_t53d import turn

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_a_grandmother_gives_the_day_of_the_granddaughter_born_last_october() -> None:
    # c02: 姥姥 in Jinan; 老大 上小学了 (no date), 外孙女 老二 born October 2025 (cl.12: 600/month)
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "child_count": 2,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            month("2025-10"),
        ],
    }
    read = read_message(
        "孩子是10月18号生的 另外听说我们当姥姥姥爷的也有啥保险补贴 真的假的", slots, TODAY
    )
    births = [(u.child, u.value) for u in read if u.fact == "child.birth_date"]
    assert births == [(2, "2025-10-18")]  # 老二's day, not 老大 in 2026
    # then she puts the bot right: 2 children, the day is 老二's, 老大 is 8
    slots["children_partial"] = [
        {"birth_date": "2026-10-18", "precision": "day", "height_cm": None},
        month("2025-10"),
    ]
    read = read_message(
        "不对不对 10月18号是老二 外孙女 去年10月 2025年的 老大都8岁了", slots, TODAY
    )
    births = [(u.child, u.value) for u in read if u.fact == "child.birth_date"]
    assert (2, "2025-10-18") in births
    assert not [b for b in births if b[0] not in (1, 2)]  # no 老三 invented


# c04: Jinan hukou, a son 2 and a half, 老二 due April 2027; the form asked about benefits at
# the birth. "我老公现在在领失业金 不过到明年2月就停了": on unemployment benefit NOW, ending in
# February, before the birth (cl.12 looks at the time of the birth). The read-back must not say
# the family is not on it now.
DUE_IN_APRIL: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {**month("2024-06"), "approx": "2岁多"},
        {**month("2027-04"), "expected": True},
    ],
    "requested_slot": "hardship_at_birth",
}


@pytest.mark.parametrize(
    ("text", "lang", "said", "unsaid"),
    [
        ("我老公现在在领失业金 不过到明年2月就停了 那还能加200吗", "zh", "2月到期", "现在没有领"),
        ("我现在领着失业金 但是到明年2月就停了", "zh", "2月到期", "现在没有领"),
        (
            "my husband is on unemployment benefit now but it stops next february",
            "en",
            "February",
            "not on",
        ),
    ],
)
async def test_a_benefit_held_now_that_ends_before_the_birth_is_read_back_as_held_now(
    text: str, lang: str, said: str, unsaid: str
) -> None:
    bubbles, slots = await turn(text, lang, **DUE_IN_APRIL)
    assert slots.get("hardship_now") is True, slots
    children = slots.get("children") or slots.get("children_partial") or []
    assert children[1].get("hardship_at_birth") is False, slots
    assert said in bubbles[0], bubbles[0]
    assert unsaid not in bubbles[0], bubbles[0]


# c10: first message, nothing known. "hi, jinan here, one daughter she's 5 … if we have one next
# year what would we get?": the family lives in Jinan; the bot must not ask "which city?" but
# keep Jinan and let the household form read the rest.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "hi, jinan here, one daughter she's 5. thinking about a second. if we have one next "
            "year what would we get? we're not on any benefits",
            "what_if",
        ),
        ("we're jinan, one son aged 2. what can we get?", "check_eligibility"),
        ("from jinan, if we have a second baby next year what do we get", "what_if"),
    ],
)
async def test_the_city_named_in_a_first_question_is_kept_not_asked(text: str, intent: str) -> None:
    action = ActionWhatIf() if intent == "what_if" else ActionShowEntitlements()
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker(text, intent=intent, language="en"), DOMAIN)
    assert not any(m.get("response") == "utter_ask_city" for m in dispatcher.messages)
    assert {"event": "slot", "timestamp": None, "name": "city", "value": "jinan"} in events
    assert any(e.get("event") == "followup" and e.get("name") == "household_form" for e in events)
