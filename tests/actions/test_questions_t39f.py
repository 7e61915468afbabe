"""Tester 39's citizens about the family's own money (fix-t39f): a question naming one child is
answered for that child, an age that agrees with a known birth month keeps the month, and money
that has stopped is never answered "有" / "yes". Each test: the family known so far (the slots),
what the citizen wrote, what the reply must and must not say, and the clause. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def month(value: str, **more: Any) -> dict[str, Any]:
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None, **more}


async def form_then_answer(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on a message with facts in it after the answer was shown, then the
    answer that follows it (as the stories run them): the whole reply and the slots after."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    after = {**slots, **slot_events(await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))}
    shown = make_tracker(text, intent="inform", language=lang, **after)
    await ActionShowEntitlements().run(dispatcher, shown, DOMAIN)
    return texts(dispatcher), after


async def answer(text: str, lang: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- A1. "老二的补贴还在发吗": 老二's, stopped at 3; never "能"/"有" with 老三's figures -----

# Tester 39 c07: Jinan hukou; 老大 8 (from the age), 老二 born May 2023, 老三 born September
# 2024 while on dibao; the answer has been shown.
THREE_CHILDREN = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children": [
        month("2018-06", approx=True),
        month("2023-05"),
        month("2024-09", hardship_at_birth=True),
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "stopped", "end"),
    [
        ("老二的补贴还在发吗 老二现在三岁半了", "zh", "不发了", "2026年5月1日"),
        ("我问的是老二 老二2023年5月生的 补贴还发不发", "zh", "不发了", "2026年5月1日"),
        ("老二的钱还在发吗", "zh", "不发了", "2026年5月1日"),
        (
            "is the 2nd child's subsidy still paid? she is three and a half now",
            "en",
            "No longer",
            "1 May 2026",
        ),
    ],
)
async def test_a_question_naming_the_second_child_is_answered_for_her(
    text: str, lang: str, stopped: str, end: str
) -> None:
    """Jinan clause 12: 600 a month per 2nd or 3rd child born after 1 January 2023 until 3.
    老二 born May 2023 turned 3 in May 2026: it stopped then. Not "能" with 老三's 800, not the
    nursery operators' 400, and 三岁半 (true of May 2023) leaves the known month as told."""
    reply, after = await form_then_answer(text, lang, **THREE_CHILDREN)
    assert reply.splitlines()[-1] != "", reply
    assert stopped in reply and end in reply, reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply, reply
    assert not any(line.startswith(("能", "有", "Yes")) for line in reply.splitlines()), reply
    assert "400" not in reply, reply
    assert after["children"][1]["birth_date"] == "2023-05-01", after
    assert not after["children"][1].get("approx"), after


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        ("老二现在还能领600吗 是或者不是", "zh", "不发了（已于2026年5月1日停发）"),
        ("does our second still get the 600?", "en", "No longer (stopped on 1 May 2026)"),
    ],
)
async def test_stopped_money_is_never_answered_yes(text: str, lang: str, opening: str) -> None:
    """A verdict about money that stopped when the child turned 3 (clause 12) says it stopped:
    never "有（已于…停发）" / "Yes (stopped …)", which reads as "you get it"."""
    reply = await answer(text, lang, **THREE_CHILDREN)
    assert reply.startswith(opening), reply
    assert "有（已于" not in reply and "Yes (stopped" not in reply, reply


# --- A2. "还能拿多少钱" / "how much is left": the months to come, not the lifetime total ------


@pytest.mark.parametrize(
    ("text", "lang", "left"),
    [
        ("那老三的800要到哪天 我们还能拿多少钱", "zh", ("9个月", "7,200元", "2027年9月")),
        ("我是问从现在到满3岁还剩多少钱", "zh", ("9个月", "7,200元", "2027年9月")),
        ("老三育儿补贴从现在到满3岁还能领多少钱", "zh", ("9个月", "7,200元", "2027年9月")),
        ("剩下的还有多少钱", "zh", ("9个月", "7,200元", "2027年9月")),
        ("how much is left until the baby turns 3?", "en", ("9 months", "7,200 yuan", "Sep 2027")),
        ("how much more can we still get for her?", "en", ("9 months", "7,200 yuan", "Sep 2027")),
    ],
)
@pytest.mark.parametrize("action", [ActionAnswerPolicyQuestion, ActionShowEntitlements])
async def test_money_left_is_the_months_to_come_times_the_monthly_figure(
    text: str, lang: str, left: tuple[str, ...], action: Any
) -> None:
    """Jinan clause 12: 老三 born September 2024 while on dibao gets 600+200=800 a month until 3
    (September 2027). From December 2026 that is 9 months, 9x800 = 7,200, counted by the month:
    the plan does not say from which month it is paid, the Health Commission decides. Never the
    28,800 from birth, nor the income-tax deduction."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **THREE_CHILDREN)
    await action().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    for part in left:
        assert part in reply, reply
    assert "28,800" not in reply and "个税" not in reply and "tax" not in reply, reply
    assert ("按月计算" if lang == "zh" else "by the month") in reply, reply
    assert ("卫生健康委员会" if lang == "zh" else "Health Commission") in reply, reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply, reply


# --- A3. a correction that makes a past item the family's: it changes that ------------------

# Tester 39 c10: Jinan hukou, on dibao, renting; the eldest 7, the 2nd "born 2022", the 3rd due
# February 2027 (dibao at the birth); the answer has been shown.
SECOND_BORN_2022 = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "housing": "renting",
    "own_home_in_city": False,
    "fund_contributors": 1,
    "children": [
        month("2019-06", approx=True),
        {"birth_date": "2022-01-01", "precision": "year", "height_cm": None},
        month("2027-02", hardship_at_birth=True),
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "wait sorry, I got it wrong, the 2nd was born in march 2023 not 2022. does that "
            "change anything?",
            "en",
            (
                "Yes",
                "600 yuan",
                "1 Mar 2026",
                "clause 12",
                "does not say whether",
                "Municipal Health Commission",
                "What you get now is unchanged",
            ),
        ),
        (
            "sorry the second one was born in March 2023, not 2022 - does that make any difference?",
            "en",
            ("Yes", "600 yuan", "1 Mar 2026", "clause 12", "Municipal Health Commission"),
        ),
        (
            "不对 老二是2023年3月生的 不是2022年 有影响吗",
            "zh",
            (
                "有变化",
                "每月600元",
                "2026年3月1日",
                "第12条",
                "没有写",
                "济南市卫生健康委员会",
                "现在能领的没有变化",
            ),
        ),
    ],
)
async def test_a_correction_that_makes_an_ended_item_due_is_a_change(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    """Jinan clause 12: a 2nd child born in 2022 never qualified; born March 2023 she had 600 a
    month until 3 (March 2026). "Does that change anything" compares every item, the ended ones
    too, and says the plan is silent on months not claimed (the Health Commission leads)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **SECOND_BORN_2022)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert slot_events(events)["children"][1]["birth_date"] == "2023-03-01", events
    for part in must:
        assert part in reply, reply
    assert "changes nothing" not in reply and "没有影响" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "silent"),
    [
        (
            "but the 2nd one born march 2023, didnt she get 600 a month too? we never claimed it",
            "en",
            "does not say whether",
        ),
        ("老二2023年3月生的 她也有600吧 我们一直没领过", "zh", "没有写"),
    ],
)
async def test_money_never_claimed_gets_the_plans_silence_without_a_crash(
    text: str, lang: str, silent: str
) -> None:
    """With a baby due February 2027, working out what the 2nd child had before March 2026 once
    crashed the action server ("part of the system is not responding"); "we never claimed it"
    gets the plan's silence on back pay and the lead department (clause 12)."""
    corrected = {
        **SECOND_BORN_2022,
        "children": [
            month("2019-06", approx=True),
            month("2023-03"),
            month("2027-02", hardship_at_birth=True),
        ],
    }
    reply = await answer(text, lang, **corrected)
    assert silent in reply, reply
    assert ("济南市卫生健康委员会" if lang == "zh" else "Municipal Health Commission") in reply, (
        reply
    )
    assert "not responding" not in reply, reply
