"""Tester 46's conversations (fix-t47f): a hukou not in Jinan all along (moved in lately, a
child's still elsewhere, a move asked about), a birth told to the month whose third birthday
falls in the current month, and a birth order never told. Each test: the family known so far
(the slots), what the citizen or the hotline worker wrote, what the reply must and must not
say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from policy_kb.household import Child
from policy_kb.rules.base import Context
from policy_kb.rules.predicates import under_age
from tests.actions.conftest import DOMAIN, slot_events, texts
from tests.actions.test_questions_t40j import whole_turn

TODAY = date(2026, 12, 1)
UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


async def conversation(slots: dict[str, Any], *turns: str) -> list[str]:
    """Each turn ("ask_policy|…" asks the policy question action, else the household form and
    the result) with the user's earlier messages in the tracker: the replies, turn by turn."""
    slots = dict(slots)
    history: list[dict[str, Any]] = []
    replies = []
    for turn in turns:
        intent, _, text = turn.rpartition("|")
        intent = intent or "inform"
        message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
        history.append({"event": "user", "text": text, "parse_data": message})
        dispatcher = CollectingDispatcher()
        loop = {"name": "household_form"} if slots.get("requested_slot") else {}
        tracker = Tracker("t", slots, message, list(history), False, None, loop, "action_listen")
        if intent == "ask_policy":
            events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
            slots.update(slot_events(events))
        else:
            events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
            slots.update(slot_events(events))
            if not slots.get("requested_slot"):
                tracker = Tracker("t", slots, message, list(history), False, None, {}, "")
                events = await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
                slots.update(slot_events(events))
        replies.append(texts(dispatcher))
        history += [{"event": "bot", "text": m.get("text")} for m in dispatcher.messages]
    return replies


# --- Item 1 (c08): a birth told to the month, its third birthday in this very month ---------


def test_a_birth_told_to_the_month_is_under_age_until_the_month_is_out() -> None:
    """Jinan clause 12 pays "until the child reaches the age of 3". A child born "2023年12月"
    may have been born on any day of December 2023: on 1 December 2026 it may well still be
    under 3, so the period has not ended (counted from the 1st, it would have)."""
    from policy_kb.household import Household

    child = Child(birth_date=date(2023, 12, 1), birth_date_precision="month")
    ctx = Context(Household(city="jinan", children=[child]), TODAY)
    assert under_age(ctx, child, 3).verdict is True
    sure = Child(birth_date=date(2023, 11, 1), birth_date_precision="month")
    assert under_age(ctx, sure, 3).verdict is False  # November 2023: 3 by 30 November 2026


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        ("我们都是济南户口 老二23年12月生的 能领补贴吗", "zh", "约2026年12月"),
        ("济南户口 老二是2023年12月出生的 育儿补贴发到什么时候", "zh", "约2026年12月"),
        (
            "we both have jinan hukou, our second was born december 2023, do we get the "
            "childcare subsidy?",
            "en",
            "about December 2026",
        ),
    ],
)
async def test_an_end_in_this_month_is_never_told_as_passed(
    text: str, lang: str, month: str
) -> None:
    """Tester 46 c08: "已于2026年12月1日停发" for a child born in December 2023 (in fact on
    the 20th): with only the month known, the end is "about December 2026", never a day that
    has come, and the subsidy is not told as ended (clause 12)."""
    reply = await whole_turn(text, lang)
    assert month in reply, reply
    for wrong in ("停发", "此项已结束", "2026年12月1日", "1 Dec 2026", "Ended when", "stopped"):
        assert wrong not in reply, reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply, reply


# --- Items 4 and 5 (c08, c02): no total from the birth once the hukou was not there ---------

HEZE_CHILD: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "focus_entry": "jinan.childcare_subsidy",
    "children": [dict(UNDATED), {**UNDATED, "birth_date": "2023-12-20", "precision": "day"}],
}


@pytest.mark.parametrize(
    "move",
    [
        "就剩不到20天了？那我现在去迁户口还来得及吗 能领多少",  # tester 46 c08
        "那现在把二宝户口迁回济南 还能领多少",
    ],
)
async def test_a_child_whose_hukou_is_still_elsewhere_gets_the_months_left_not_the_total(
    move: str,
) -> None:
    """Tester 46 c08: both parents Jinan hukou, 二宝 born 20 December 2023 with her hukou in
    Heze. Moving it now: 600 a month until the 3rd birthday (20 December 2026), less than a
    month from now; never "共21,600元"; the plan says nothing of months before the move nor of
    back pay (clause 12), and the lead department is named."""
    replies = await conversation(
        HEZE_CHILD, "ask_policy|不对啊 二宝户口不在济南 在菏泽 这样还能领吗 以前没领过能补吗", move
    )
    reply = replies[-1]
    assert "21,600" not in reply, reply
    for said in ("600元", "2026年12月20日", "不到1个月", "补发", "第12条", "济南市卫生健康委员会"):
        assert said in reply, reply


@pytest.mark.parametrize(
    ("turns", "lang", "must"),
    [
        (  # tester 46 c02
            [
                "ask_policy|我是12345热线的 来电的户口刚迁到济南 上个月才迁过来 孩子是24年生的 能领吗",
                "ask_policy|谁说是老大了 是他家老二 24年3月生的 户口上个月迁来济南",
            ],
            "zh",
            ("600元", "2027年3月1日", "约3个月", "补发", "第12条", "济南市卫生健康委员会"),
        ),
        (
            [
                "ask_policy|12345 hotline here. caller's hukou moved to jinan last month, their "
                "second child was born march 2024, can they get the childcare subsidy?"
            ],
            "en",
            ("600 yuan", "1 Mar 2027", "3 months", "paid back", "clause 12", "Health Commission"),
        ),
    ],
)
async def test_a_hukou_moved_in_last_month_gets_no_total_from_the_birth(
    turns: list[str], lang: str, must: tuple[str, ...]
) -> None:
    """Tester 46 c02: a caller whose hukou moved to Jinan last month, 老二 born March 2024:
    600 a month until the 3rd birthday (about March 2027), about 3 months from now; not the
    21,600 from the birth, which the plan does not promise for months before the move; its
    silence on those months and on back pay, clause 12, the lead department."""
    reply = (await conversation({"language": lang}, *turns))[-1]
    assert "21,600" not in reply, reply
    for said in must:
        assert said in reply, reply


# --- Item 12 (c08): the child's hukou elsewhere read in the very first message --------------


@pytest.mark.parametrize(
    ("text", "lang", "read", "silence"),
    [
        (
            "我和老公都是济南户口 但是二宝户口落在他老家菏泽了 23年12月生的 能领补贴吗",  # c08 T1
            "zh",
            "孩子户口不在济南",
            "不一定，方案没有说",
        ),
        (
            "我俩都是济南户口 老二户口落在菏泽了 24年5月生的 能领补贴吗",
            "zh",
            "孩子户口不在济南",
            "不一定，方案没有说",
        ),
        (
            "we both have jinan hukou but the baby's hukou is in heze, our 2nd child, born may "
            "2024. can we get the subsidy?",
            "en",
            "the child's hukou not in Jinan",
            "Not certain; the plan does not say",
        ),
    ],
)
async def test_a_childs_hukou_elsewhere_is_read_back_and_answered_in_the_first_turn(
    text: str, lang: str, read: str, silence: str
) -> None:
    """Tester 46 c08 turn 1: the parents Jinan hukou, the baby's in Heze; the read-back said
    only "济南户口" and the answer went on as if the whole family's were there. The read-back
    says what was read of the child's hukou, and the answer gives clause 12's wording ("具有
    济南户籍") and its silence on whose hukou counts, with the lead department; never "户口不在
    济南的家庭不在此列"."""
    reply = await whole_turn(text, lang)
    assert read in reply, reply
    assert silence in reply, reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply, reply
    assert ("济南市卫生健康委员会" if lang == "zh" else "Health Commission") in reply, reply
    assert "不在此列" not in reply and "is not covered" not in reply, reply
