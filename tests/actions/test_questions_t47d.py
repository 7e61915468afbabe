"""Tester 46's misread families (fix-t47d). Each test: the family known so far (the slots),
what the citizen wrote, what the reply must and must not say. Today is 1 December 2026 in
China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def full_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`, then, the form done, the answer: the reply and the slots
    set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    set_ = slot_events(events)
    after = {**slots, **set_}
    if not after.get("requested_slot"):
        turn = [*tracker.events, {"event": "action", "name": "household_form"}, *events]
        done = Tracker("test", after, tracker.latest_message, turn, False, None, {}, "")
        set_.update(slot_events(await ActionShowEntitlements().run(dispatcher, done, DOMAIN)))
    return texts(dispatcher), set_


# Tester 46 c07: Jinan, the eldest 8, the 2nd born May 2022, both parents pay into the housing
# fund, buying a first home; the loan ceiling (900,000) and the leave were answered.
BUYING_WITH_TWO: dict[str, Any] = {
    "city": "jinan",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "children": [month("2018-06", approx="8岁"), month("2022-05")],
    "result_shown": True,
    "focus_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那我们家还有别的啥能享受的 公积金900000是按2个孩子算的对吧 我老公的育儿假呢", "zh"),
        ("我们家还有啥能享受的 公积金90万是按俩孩子算的吧", "zh"),
        ("what else can we get? the 900000 fund loan is for 2 kids right?", "en"),
    ],
)
async def test_a_question_on_the_ceiling_keeps_both_payers(text: str, lang: str) -> None:
    """Jinan clause 14: two children and two payers, up to 900,000 yuan. The figure and the
    children counted in a question never make one payer (600,000)."""
    reply, set_ = await full_turn(text, lang, **BUYING_WITH_TWO)
    assert set_.get("housing_fund_contributors", 2) == 2, reply
    assert "600,000" not in reply, reply


async def test_what_else_with_the_ceiling_asked_gets_the_overview() -> None:
    """Tester 46 c07: the ceiling confirmed (900,000, clause 14) and "还有别的啥能享受的"
    answered with the family's other items, not offered again."""
    text = "那我们家还有别的啥能享受的 公积金900000是按2个孩子算的对吧 我老公的育儿假呢"
    reply, set_ = await full_turn(text, "zh", **BUYING_WITH_TWO)
    assert "900,000" in reply and "第14条" in reply, reply
    assert "目前已经确定" in reply and "同校就读" in reply, reply
    assert set_.get("offer") != "full_check", reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我没说一个人交啊 我俩都交 是两个人", "zh"),  # tester 46 c07
        ("两个人都交", "zh"),
        ("我可没说一个人交 我们两个都交", "zh"),
        ("no, we BOTH pay in", "en"),
        ("i never said one person pays, both of us do", "en"),
    ],
)
async def test_the_payers_put_right_restate_the_ceiling_with_its_clause(
    text: str, lang: str
) -> None:
    """One payer was recorded by mistake; "we both pay" puts it back to 2 and the ceiling the
    change makes is said again: 900,000 yuan, clause 14, not only "updated"."""
    slots = {
        **BUYING_WITH_TWO,
        "housing_fund_contributors": 1,
        "focus_entry": "jinan.parental_leave",
    }
    reply, set_ = await full_turn(text, lang, **slots)
    assert set_.get("housing_fund_contributors") == 2, reply
    assert "900,000" in reply and ("第14条" if lang == "zh" else "clause 14") in reply, reply
    assert "没听明白" not in reply and "600,000" not in reply, reply


# Tester 46 c05: Beijing, the eldest born May 2022, the 2nd due March 2027; the overview shown.
EXPECTING_THE_SECOND: dict[str, Any] = {
    "city": "beijing",
    "children": [month("2022-05"), month("2027-03")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what else is there for us in beijing? we rent, 2 kids", "en"),  # tester 46 c05
        ("we have 2 children, we rent", "en"),
        ("我们租房住 俩孩子", "zh"),
        ("我们家2个孩子 租房", "zh"),
    ],
)
async def test_two_children_counted_with_the_one_on_the_way_stay_two(text: str, lang: str) -> None:
    """The count of 2 takes in the baby due in March: the family stays the 4-year-old and the
    baby on the way, never a third child (no "child 3")."""
    reply, set_ = await full_turn(text, lang, **EXPECTING_THE_SECOND)
    children = (
        set_.get("children") or set_.get("children_partial") or EXPECTING_THE_SECOND["children"]
    )
    assert len(children) == 2, (reply, children)
    assert "child 3" not in reply and "第3个孩子" not in reply, reply
