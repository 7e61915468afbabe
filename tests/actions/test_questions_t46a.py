"""Tester 45's hypothetical next child (fix-t46a). Each test: the family known so far (the
slots), what the citizen or hotline worker wrote, what the reply must and must not say. Today
is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionShowEntitlements, ActionWhatIf
from tests.actions.conftest import DOMAIN, make_tracker, month, texts

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 45 c10: a hotline caller in Jinan whose 2nd child was born December 2022 (the 1st's
# date not told); the worker asks about a 3rd child the caller may have.
CALLER_WITH_TWO: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [UNDATED, month("2022-12")],
    "child_in_talk": 2,
    "topic_entry": "jinan.childcare_subsidy",
}
ACTIONS = {
    "what_if": ActionWhatIf,
    "ask_policy": ActionAnswerPolicyQuestion,
    "inform": ActionShowEntitlements,
}


async def reply_to(text: str, lang: str, intent: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text, intent=intent, language=lang, focus_entry="jinan.childcare_subsidy", **slots
    )
    await ACTIONS[intent]().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


MARCH_2027 = [
    ("if the 3rd is born say March 2027 does the 3rd get 600 a month? until when?", "en"),
    ("what if she has a third baby in March 2027, would that one get the 600? until when?", "en"),
    ("要是再生个老三 明年3月生 能领吗 领到啥时候", "zh"),
    ("如果第3个孩子2027年3月出生 能领600吗 领到什么时候", "zh"),
]


@pytest.mark.parametrize("intent", list(ACTIONS))
@pytest.mark.parametrize(("text", "lang"), MARCH_2027)
async def test_a_third_child_born_in_a_month_told_gets_600_until_its_third_birthday(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12: a 3rd child born on or after 1 January 2023 gets 600 yuan a month until
    it turns 3 (born March 2027: until 1 March 2030), 200 more if the family is on dibao,
    special hardship support or unemployment benefits at that birth. Not child 2's "No"
    (tester 45 c10 T3), and no birth date nobody said."""
    reply = await reply_to(text, lang, intent, **CALLER_WITH_TWO)
    must = {
        "en": ("Yes", "600 yuan a month", "1 Mar 2030", "200 yuan more", "clause 12"),
        "zh": ("能", "每月600元", "2030年3月1日", "再加200元", "第12条"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("No.", "不能", "child 2", "第2个孩子", "2026", "joins the family", "新增"):
        assert wrong not in reply, reply


NO_MONTH = [
    ("ok. what if she has a 3rd one next year, would that one get it?", "en"),
    ("if we have another baby, would it get the childcare subsidy?", "en"),
    ("那要是再生一个呢 能领补贴吗", "zh"),
    ("如果再要个三胎 能领钱吗", "zh"),
]


@pytest.mark.parametrize("intent", list(ACTIONS))
@pytest.mark.parametrize(("text", "lang"), NO_MONTH)
async def test_a_next_child_with_no_month_told_holds_for_any_birth_date(
    text: str, lang: str, intent: str
) -> None:
    """Jinan clause 12 with no birth month told: yes for any birth on or after 1 January 2023,
    paid until the child turns 3; no made-up date ("a child born on 1 Dec 2026 joins the
    family", tester 45 c10 T2), no row for child 1."""
    reply = await reply_to(text, lang, intent, **CALLER_WITH_TWO)
    must = {
        "en": ("Yes", "child 3", "600 yuan a month", "turns 3", "1 Jan 2023", "clause 12"),
        "zh": ("能", "第3个孩子", "每月600元", "满3周岁", "2023年1月1日", "第12条"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("child 1", "第1个孩子", "1 Dec 2026", "2026年12月1日", "joins the family"):
        assert wrong not in reply, reply


async def test_a_fourth_child_imagined_is_told_no_with_the_plans_reason() -> None:
    """Jinan clause 12 pays the 2nd and 3rd child only: a 4th imagined is a plain no, for that
    child."""
    family = {**CALLER_WITH_TWO, "children_partial": [UNDATED, UNDATED, month("2024-05")]}
    reply = await reply_to(
        "what if they have a 4th baby, would that one get the 600?", "en", "what_if", **family
    )
    assert reply.startswith("No."), reply
    assert "child 4" in reply and "clause 12" in reply, reply


async def test_a_loan_what_if_names_no_birth_date_nobody_said() -> None:
    """Jinan clause 14 asked for a 3rd child "later": the what-if says another child is born,
    never "a child born on 1 Dec 2026 joins the family" (tester 45 c09 T6)."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "children": [month("2020-05"), month("2027-01")],
    }
    reply = await reply_to(
        "if we have a 3rd later, how much can we borrow from the housing fund?",
        "en",
        "what_if",
        **family,
    )
    assert "1,000,000" in reply and "clause 14" in reply, reply
    assert "1 Dec 2026" not in reply and "joins the family" not in reply, reply


# Tester 45 c09: Jinan hukou, the eldest not dated, the 2nd due January 2027.
EXPECTING_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [UNDATED, month("2027-01")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("if we have a 3rd later, would that one get the 600 too?", "en"),
        ("以后要是再生个老三 能领补贴吗", "zh"),
    ],
)
async def test_a_third_imagined_after_the_second_on_the_way_is_the_third(
    text: str, lang: str
) -> None:
    """Jinan clause 12 for a 3rd child "later" while the 2nd is due: the 3rd's answer, yes
    whatever its date, not the 2nd's and no date put on the 3rd."""
    reply = await reply_to(text, lang, "what_if", **EXPECTING_THE_SECOND)
    must = {
        "en": ("Yes.", "Child 3", "600 yuan a month", "turns 3", "clause 12"),
        "zh": ("能。", "第3个孩子", "每月600元", "满3周岁", "第12条"),
    }[lang]
    for said in must:
        assert said in reply, reply
    for wrong in ("2026", "2027", "child 2", "第2个孩子"):
        assert wrong not in reply, reply
