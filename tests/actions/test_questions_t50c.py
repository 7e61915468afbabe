"""Tester round 49, yes/no verdicts and sums across children (fix-t50c). Each test: the family
or the hotline case known so far (the slots), what the citizen or the worker wrote, what the
reply must and must not say, and the clause. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from tests.actions.conftest import DOMAIN, hotline_turn, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


def turn(text: str, intent: str = "ask_policy", action: Any = None, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, **slots)
    asyncio.run((action or ActionAnswerPolicyQuestion)().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher)


# ------------------------------- 1. a premise put back that the plan confirms (49 A3, c03)
# The hotline's fourth caller: Beijing, a child of 3 months; the worker has just read out
# Beijing's clause (12) (a family upbringing subsidy system "gradually established").
BEIJING_CALLER: dict[str, Any] = {
    "hotline_city": "beijing",
    "reply_brief": True,
    "topic_entry": "beijing.family_upbringing_subsidy_system",
    "hotline_case": {"city": "beijing", "children_partial": [child("2026-09-01")]},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("这个北京的就是说现在没有钱领对吧 那孩子上医保有补贴没", "zh"),
        ("就是说北京没钱领是吧 孩子医保有没有补贴", "zh"),
        (
            "so in Beijing there's no money right now, right? and is there a subsidy for the "
            "kid's medical insurance",
            "en",
        ),
    ],
)
def test_no_money_put_back_is_right_and_the_insurance_part_is_answered_too(
    text: str, lang: str
) -> None:
    """ "No money now, right?" is right: Beijing clause (12) only says a subsidy system will be
    gradually established, no amount. The child's insurance: no subsidy in Beijing, only the
    joint enrolment of clause (4) (the free contribution is Jinan's clause 15). 对 first, and
    never 不对 / "No." to the premise the plan confirms."""
    said, _ = hotline_turn(text, lang, **BEIJING_CALLER)
    if lang == "zh":
        assert said.startswith("对"), said
        assert "不对" not in said, said
        assert "第(12)条" in said and "第(4)条" in said, said
        assert said.index("第(12)条") < said.index("第(4)条"), said
    else:
        assert said.startswith("Yes, that's right"), said
        assert "clause (12)" in said and "clause (4)" in said, said
        assert said.index("clause (12)") < said.index("clause (4)"), said


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("你说不对？我说的是北京现在没钱领 对不对", "zh", "nlu_fallback"),
        ("我说的是北京现在没有钱可以领 对吧", "zh", "deny"),
        ("I said there's no money in Beijing right now, right?", "en", "nlu_fallback"),
    ],
)
def test_the_premise_pushed_back_is_confirmed_not_sorry(text: str, lang: str, intent: str) -> None:
    """The worker insists on the premise ("我说的是北京现在没钱领 对不对") and the classifier does
    not place it: 对 with clause (12), never 没太明白 / Sorry."""
    said = turn(text, intent=intent, action=ActionRouteUnclear, language=lang, **BEIJING_CALLER)
    assert said.startswith("对" if lang == "zh" else "Yes"), said
    assert ("第(12)条" if lang == "zh" else "clause (12)") in said, said
    for wrong in ("没太明白", "Sorry", "不对"):
        assert wrong not in said, said


def test_a_beijing_family_gets_the_same_two_answers() -> None:
    """A citizen's Beijing family (not the hotline): the same 对 (12) and the insurance's no (4)."""
    said = turn(
        "所以北京现在没钱领对吧 那孩子上医保有补贴没",
        language="zh",
        city="beijing",
        hukou_in_city=True,
        children=[child("2026-09-01")],
        result_shown=True,
    )
    assert said.startswith("对"), said
    assert "不对" not in said and "第(12)条" in said and "第(4)条" in said, said


# ------------------------------------ 2. the verdict is about the child asked (49 A4, c01)
# Jinan, 老大 about 3½ (born about June 2023), 老二 a month old (about November 2026), not on
# dibao now; the form asks the hukou, the question in focus is the 600 and the eldest.
ELDEST_AND_BABY = [child("2023-06-01", approx="3岁半"), child("2026-11-01", approx="刚满月")]
HUKOU_ASKED: dict[str, Any] = {
    "city": "jinan",
    "hardship_now": False,
    "children_partial": ELDEST_AND_BABY,
    "focus_entry": "jinan.childcare_subsidy",
    "topic_entry": "jinan.childcare_subsidy",
    "focus_question": "户口在 都是济南的 没领低保 一个月600是吧 那老大有没有",
    "requested_slot": "hukou_in_city",
}


def _form_then_result(text: str, lang: str, **slots: Any) -> str:
    """The form on `text`, then the result it leads to, the form's messages in the turn."""
    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, language=lang, **slots)
    events = asyncio.run(ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN))
    after = {**slots, **{e["name"]: e["value"] for e in events if e.get("event") == "slot"}}
    assert after.get("requested_slot") is None, after
    shown = make_tracker(text, language=lang, **after)
    shown.events.extend({"event": "bot", "text": m.get("text")} for m in dispatcher.messages)
    asyncio.run(ActionShowEntitlements().run(dispatcher, shown, DOMAIN))
    return texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang", "eldest_no", "second"),
    [
        ("都说了户口在济南啊 老大有没有钱", "zh", "第1个孩子不能", "育儿补贴（第2个孩子）"),
        ("老大能领吗 我们户口是济南的", "zh", "第1个孩子不能", "育儿补贴（第2个孩子）"),
        (
            "yes jinan hukou. does the eldest get any money?",
            "en",
            "Child 1: no",
            "Childcare subsidy (child 2)",
        ),
    ],
)
def test_the_hukou_told_with_a_question_about_the_eldest_answers_the_eldest(
    text: str, lang: str, eldest_no: str, second: str
) -> None:
    """The hukou decides the 2nd child's 600 a month (clause 12), but the question is the
    eldest's: the eldest's no first (only a 2nd or 3rd child), then what the family gets; never
    a bare 能 / Yes of child 2 alone, and the eldest's card said once."""
    said = _form_then_result(text, lang, **HUKOU_ASKED)
    assert eldest_no in said, said
    assert second in said and said.index(eldest_no) < said.index(second), said
    assert not said.split("\n", 1)[1].startswith(("能。", "Yes.")), said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said
    card = "育儿补贴（第1个孩子）" if lang == "zh" else "Childcare subsidy (child 1)"
    assert said.count(card) == 1, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我问的是老大 三岁半那个 有没有", "zh"),
        ("我说的是3岁那个 有没有", "zh"),
        ("I asked about the 3 year old, does she get anything?", "en"),
    ],
)
def test_the_eldest_named_by_age_is_that_childs_answer_not_a_measure_found_by_the_age(
    text: str, lang: str
) -> None:
    """ "三岁半那个" names the eldest, not the under-3 tax deduction: the eldest's items, the
    childcare subsidy among those it does not get (clause 12: only a 2nd or 3rd child)."""
    said = turn(
        text,
        language=lang,
        city="jinan",
        hukou_in_city=True,
        hardship_now=False,
        children=ELDEST_AND_BABY,
        result_shown=True,
        topic_entry="jinan.childcare_subsidy",
    )
    if lang == "zh":
        assert said.startswith("第1个孩子"), said
        assert "不能领：育儿补贴" in said and "第12条" in said, said
        assert "个税" not in said and not said.startswith("能"), said
    else:
        assert said.startswith("For child 1"), said
        assert "Not for this child: Childcare subsidy" in said and "clause 12" in said, said
        assert "tax" not in said.lower() and not said.startswith("Yes"), said
