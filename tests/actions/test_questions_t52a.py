"""Tester 50's conversations (fix-t52a): the loan ceiling asked by a family whose only open fact
is buying the first home (Jinan clause 14), Beijing's parental leave asked for a child whose
birth is known (Beijing clause (12)), and an end date said once after a correction (Jinan
clause 12). Each test: the family known so far (the slots), what the citizen wrote, what the
reply must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from tests.actions.conftest import DOMAIN, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def conversation(text: str, intent: str, **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": message}]
    loop = {"name": "household_form"} if slots.get("requested_slot") else {}
    return Tracker("test", dict(slots), message, events, False, None, loop, "action_listen")


async def form_then_result(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`, then, when it asks nothing more, the result: the reply of
    the turn and the slots it sets (with what the form still asks, as "still_asked")."""
    from actions.household_form import ValidateHouseholdForm, required_facts
    from actions.results import ActionShowEntitlements

    dispatcher = CollectingDispatcher()
    tracker = conversation(text, "inform", language=lang, **slots)
    set_now = slot_events(await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    after = {**slots, **set_now}
    asked = required_facts(after, clock.today())
    if not asked:
        tracker = conversation(text, "inform", language=lang, **after)
        set_now |= slot_events(await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), {**set_now, "still_asked": asked}


# --- 1. the loan asked: the first home presumed, said, and not asked (Jinan clause 14) -------

# Tester 50 c04: Jinan hukou, the eldest about 7, twins born March 2026 (3 children), no
# dibao at the birth; the money was shown. Then: "两个一共43200对吧 另外公积金贷款能贷多少 我俩都交".
THREE_CHILDREN_SHOWN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [month("2019-06"), month("2026-03"), month("2026-03")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "figure", "condition"),
    [
        ("公积金贷款能贷多少 我俩都交", "zh", "1,000,000元", "用公积金贷款买首套自住住房的话"),
        (
            "两个一共43200对吧 另外公积金贷款能贷多少 我俩都交",
            "zh",
            "1,000,000元",
            "用公积金贷款买首套自住住房的话",
        ),
        (
            "how much can we borrow from the housing fund, we both pay in",
            "en",
            "1,000,000 yuan",
            "if you buy a first owner-occupied home with a housing fund loan",
        ),
    ],
)
async def test_the_loan_asked_with_both_payers_is_the_familys_ceiling_not_a_question(
    text: str, lang: str, figure: str, condition: str
) -> None:
    reply, slots = await form_then_result(text, lang, **THREE_CHILDREN_SHOWN)
    assert figure in reply and ("第14条" in reply or "clause 14" in reply), reply
    assert condition in reply
    # one figure, not the table of both families and payers
    assert "60万元" not in reply and "600,000" not in reply
    # the purchase is not recorded as told, nor asked
    assert "buying_first_home" not in slots
    assert "buying_first_home" not in slots["still_asked"]
    assert slots.get("requested_slot") != "buying_first_home"


# --- 3. the end date said once after a correction (Jinan clause 12) -------------------------

# Tester 50 c01: Jinan hukou, the eldest about 5, the 2nd said born September 2024, no dibao at
# the birth; the first question was "一个月能领多少钱 领到啥时候". Then the month is put right.
SECOND_IN_SEPTEMBER: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [month("2021-06"), month("2024-09")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "focus_entry": "jinan.childcare_subsidy",
    "focus_question": "你好 我们济南户口 老大5岁 二宝24年9月出生的 一个月能领多少钱 领到啥时候",
}


@pytest.mark.parametrize(
    ("text", "lang", "end", "age"),
    [
        ("哦对了说错了 二宝是24年11月生的 不是9月", "zh", "2027年11月1日", "满3周岁"),
        (
            "oh sorry, the second was born in November 2024, not September",
            "en",
            "1 Nov 2027",
            "turns 3",
        ),
    ],
)
async def test_the_corrected_end_date_is_said_once(
    text: str, lang: str, end: str, age: str
) -> None:
    reply, _ = await form_then_result(text, lang, **SECOND_IN_SEPTEMBER)
    assert reply.count(end) == 1, reply
    assert age in reply and ("第12条" in reply or "clause 12" in reply), reply
    assert "21,600" in reply


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("一个月能领多少钱 领到啥时候", "zh", "2027年9月1日"),
        ("how much a month and until when", "en", "1 Sep 2027"),
    ],
)
async def test_the_monthly_total_and_until_when_give_the_end_once(
    text: str, lang: str, end: str
) -> None:
    from actions.answers import ActionAnswerPolicyQuestion

    slots = {k: v for k, v in SECOND_IN_SEPTEMBER.items() if not k.startswith("focus")}
    dispatcher = CollectingDispatcher()
    tracker = conversation(text, "ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.count(end) == 1, reply
