"""Tester 39's conversations (fix-t39e): the form's pending question asked again after a
read-back, "然后呢" going on with the form, a due month confirming the estimated one, "没有" to
a date question, and the monthly money of one child asked while its birth month is open. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and
must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionAskChildren
from actions.form_questions import ASK_ACTIONS
from actions.household_form import ValidateHouseholdForm, required_facts
from tests.actions.conftest import DOMAIN, make_tracker, slot_events

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def utterances(dispatcher: CollectingDispatcher) -> list[str]:
    """Each message, a response named by its name (utter_ask_…)."""
    return [m.get("text") or m.get("response") or "" for m in dispatcher.messages]


async def form_and_question(
    text: str, lang: str, intent: str = "inform", **slots: Any
) -> tuple[list[str], dict[str, Any]]:
    """The form on `text`, then the question it asks next when due: every message of the
    reply (a question by its response name or text) and the slots set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    set_ = slot_events(events)
    after = {**slots, **set_}
    needed = required_facts(after, clock.today())
    if not needed:
        return utterances(dispatcher), set_
    after["requested_slot"] = needed[0]
    turn: list[dict[str, Any]] = [
        *tracker.events,
        {"event": "action", "name": "household_form"},
        *events,
    ]
    asking = Tracker(
        "test", after, tracker.latest_message, turn, False, None, {"name": "household_form"}, ""
    )
    if needed[0] == "children":
        set_.update(slot_events(await ActionAskChildren().run(dispatcher, asking, DOMAIN)))
    else:
        asker = next(a for a in ASK_ACTIONS if a.slot == needed[0])()
        set_.update(slot_events(await asker.run(dispatcher, asking, DOMAIN)))
    return utterances(dispatcher), set_


# --- 1. the pending question after a read-back, and "然后呢" ------------------------------

# Jinan hukou, an eldest of 5 and a second child born in September 2024; the hardship question
# (Jinan clause 12's 200 more for a birth while on dibao, special hardship support or
# unemployment benefits) asked.
JINAN_TWO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-12-01", "precision": "month", "approx": "5岁"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
    ],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}
HARDSHIP_ASKED = "utter_ask_hardship_at_birth"


@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("不对 老大6岁", "zh", "已更新"),
        ("不对 是三个孩子 老三今年3月生的", "zh", "已更新"),
        ("我说错了，老大其实是2020年生的", "zh", "已更新"),
        ("no wait, the eldest is 6", "en", "Updated"),
        ("sorry, we have three kids, the third was born in March 2026", "en", "Updated"),
    ],
)
async def test_a_correction_is_read_back_then_the_pending_question_follows(
    text: str, lang: str, noted: str
) -> None:
    """Another fact corrected while the hardship question waits: the read-back, then the
    question once, so the citizen knows what comes next (clause 12's 200 still turns on it)."""
    said, _ = await form_and_question(text, lang, **JINAN_TWO)
    assert said[0].startswith(noted), said
    assert said.count(HARDSHIP_ASKED) == 1, said
    assert said[-1] == HARDSHIP_ASKED, said


async def test_a_question_put_twice_still_follows_a_read_back() -> None:
    """Even once put twice, the question still needed ends a reply that only read back."""
    asked_twice = {**JINAN_TWO, "pending_question": {**JINAN_TWO["pending_question"], "asked": 2}}
    said, _ = await form_and_question("不对 老大6岁", "zh", **asked_twice)
    assert said[-1] == HARDSHIP_ASKED, said


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("然后呢", "zh", "what_if"),
        ("接下来呢？", "zh", "ask_next_steps"),
        ("那还有呢", "zh", "inform"),
        ("then what?", "en", "what_if"),
        ("what next", "en", "ask_next_steps"),
        ("and?", "en", "inform"),
    ],
)
async def test_what_next_while_the_form_waits_goes_on_with_the_form(
    text: str, lang: str, intent: str
) -> None:
    """ "然后呢" while a question waits is no what-if and no fallback: the form goes on and asks
    its question, even one already put twice."""
    asked_twice = {**JINAN_TWO, "pending_question": {**JINAN_TWO["pending_question"], "asked": 2}}
    said, set_ = await form_and_question(text, lang, intent=intent, **asked_twice)
    assert set_, "the form must not reject the turn"
    assert said[-1] == HARDSHIP_ASKED, said
    assert said.count(HARDSHIP_ASKED) == 1, said
    assert not any("试算" in s or "Which change" in s for s in said), said


# --- 2. a due month confirming the estimated one ------------------------------------------

# Jinan hukou, an eldest of 5 and "8 months pregnant with our 2nd": due about January 2027; the
# insurance question asked.
DUE_ESTIMATED = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-12-01", "precision": "month", "approx": "5岁"},
        {
            **UNDATED,
            "birth_date": "2027-01-01",
            "precision": "month",
            "approx": "8 months pregnant",
        },
    ],
    "requested_slot": "birth_insurance",
    "pending_question": {"slot": "birth_insurance", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("due in jan", "en", "Noted: the 2nd child due January 2027"),
        ("she's due in january", "en", "Noted: the 2nd child due January 2027"),
        ("预产期1月", "zh", "记下了：老二预产期2027年1月"),
        ("1月份的预产期", "zh", "记下了：老二预产期2027年1月"),
        ("1月份生", "zh", "记下了：老二预产期2027年1月"),
        ("明年1月生", "zh", "记下了：老二预产期2027年1月"),
    ],
)
async def test_a_due_month_confirming_the_estimate_is_noted_and_the_question_follows(
    text: str, lang: str, noted: str
) -> None:
    """The month said is the due date, no longer an estimate ("about", "worked out from" gone);
    the form does not reject the turn (no "Sorry, I didn't quite get that"), and the insurance
    question follows once."""
    said, set_ = await form_and_question(text, lang, **DUE_ESTIMATED)
    assert said[0] == noted, said
    assert "about" not in said[0] and "约" not in said[0], said
    second = (set_.get("children") or [])[1]
    assert second["birth_date"] == "2027-01-01" and not second.get("approx"), set_
    assert said[-1] == "utter_ask_birth_insurance" and len(said) == 2, said


# --- 3. "没有" to a birth date asked ----------------------------------------------------------

# Jinan hukou, two children dated; "生老三的时候在领低保" told a third, with no date: its birth
# date is asked ("第3个孩子是哪年哪月出生的？").
THIRD_UNDATED = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2021-12-01", "precision": "month", "approx": "5岁"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
        {**UNDATED, "hardship_at_birth": True},
    ],
    "child_in_talk": 3,
    "requested_slot": "children",
    "pending_question": {"slot": "children", "side_answers": 0},
}


async def test_a_third_told_by_its_birth_gets_its_date_asked() -> None:
    """Two children known; "生老三的时候在领低保" tells a third, whose date is then asked."""
    known = {k: v for k, v in JINAN_TWO.items() if k != "children"}
    known["children_partial"] = THIRD_UNDATED["children_partial"][:2]
    said, _ = await form_and_question("生老三的时候在领低保", "zh", **known)
    assert said[-1] == "第3个孩子是哪年哪月出生的？", said


@pytest.mark.parametrize(
    ("text", "lang", "intent", "asked"),
    [
        ("没有", "zh", "deny", "老三是还没出生吗？"),
        ("没", "zh", "deny", "老三是还没出生吗？"),
        ("没有啊", "zh", "deny", "老三是还没出生吗？"),
        ("没有老三", "zh", "deny", "老三是还没出生吗？"),
        ("no", "en", "deny", "Is child 3 not born yet?"),
        ("none", "en", "deny", "Is child 3 not born yet?"),
        ("no, we don't have a third", "en", "deny", "Is child 3 not born yet?"),
    ],
)
async def test_no_to_a_birth_date_asks_whether_on_the_way_or_another_child(
    text: str, lang: str, intent: str, asked: str
) -> None:
    """ "没有" to the third's birth date is no stop ("好的，先不查了") and no "还没有孩子": the
    form keeps the children and asks whether the third is still to be born (its due date) or
    the second was meant."""
    said, set_ = await form_and_question(text, lang, intent=intent, **THIRD_UNDATED)
    assert set_, "the form must not reject the turn (the no would stop the check)"
    assert set_.get("children_partial") in (None, THIRD_UNDATED["children_partial"]), set_
    assert set_.get("children") != [], set_
    assert len(said) == 1 and said[0].startswith(asked), said
    other = "老二" if lang == "zh" else "child 2"
    assert other in said[0] and ("预产期" in said[0] or "due date" in said[0]), said
    assert not any("先不查了" in s or "stop the check" in s for s in said), said


# --- 4. the monthly money of a child known to the year, asked with until when -------------

# A Jinan grandmother: hukou, an eldest born May 2019, 老二 born "2025年" (the month open), on
# dibao at that birth; the form asks 老二's birth month.
SECOND_IN_2025 = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2019-05-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-01-01", "precision": "year", "hardship_at_birth": True},
    ],
    "requested_slot": "children",
    "pending_question": {"slot": "children", "side_answers": 0},
}


async def answer_then_question(text: str, lang: str, **slots: Any) -> list[str]:
    """The policy answer while the form waits, then the form's children question if due."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    said = utterances(dispatcher)
    turn: list[dict[str, Any]] = [
        *tracker.events,
        {"event": "action", "name": "action_answer_policy_question"},
        *({"event": "bot", "text": s, "metadata": {}} for s in said),
        *events,
        {"event": "action", "name": "household_form"},
    ]
    after = {**slots, **slot_events(events)}
    asking = Tracker(
        "test", after, tracker.latest_message, turn, False, None, {"name": "household_form"}, ""
    )
    question = CollectingDispatcher()
    await ActionAskChildren().run(question, asking, DOMAIN)
    return [*said, *utterances(question)]


@pytest.mark.parametrize(
    ("text", "lang", "figure", "until", "month", "question"),
    [
        (
            "那一个月能给多少 给到啥时候",
            "zh",
            "第2个孩子每月600+200=800元",
            "满3周岁",
            "告诉我老二是几月出生的",
            "老二是2025年几月出生的？",
        ),
        (
            "老二一个月多少钱 发到几岁",
            "zh",
            "第2个孩子每月600+200=800元",
            "满3周岁",
            "告诉我老二是几月出生的",
            "老二是2025年几月出生的？",
        ),
        (
            "how much a month and until when?",
            "en",
            "child 2: 600+200=800 yuan a month",
            "turns 3",
            "which month child 2 was born",
            "Which month of 2025 was child 2 born?",
        ),
    ],
)
async def test_money_until_when_of_a_child_known_to_the_year_is_this_familys(
    text: str, lang: str, figure: str, until: str, month: str, question: str
) -> None:
    """Jinan clause 12: 老二 (a 2nd child born in 2025, on dibao at the birth) gets 600+200=800
    a month until 3, whatever the month: said first for this family, with the month asked to
    work out the end day, then the pending month question; never the clause's generic text
    (both rules, the lead department, the silences)."""
    said = await answer_then_question(text, lang, **SECOND_IN_2025)
    reply = "\n".join(said)
    assert said[0].startswith(figure), said
    assert until in said[0] and month in reply, said
    assert "第12条" in reply or "clause 12" in reply, reply
    assert "牵头部门" not in reply and "Lead department" not in reply, reply
    assert "两项都符合" not in reply and "具有济南户籍" not in reply, reply
    assert said[-1] == question, said


@pytest.mark.parametrize(
    ("text", "lang", "noted", "question"),
    [
        ("生的时候俺女婿在领失业金", "zh", "记下了", "老二是2025年几月出生的？"),
        ("生老二那会儿在领低保", "zh", "记下了", "老二是2025年几月出生的？"),
        (
            "my son-in-law was on unemployment benefits when she was born",
            "en",
            "Noted",
            "Which month of 2025 was child 2 born?",
        ),
    ],
)
async def test_a_fact_told_out_of_turn_is_read_back_then_the_month_asked_again(
    text: str, lang: str, noted: str, question: str
) -> None:
    """The benefits at the birth told while 老二's birth month is asked: noted, then the month
    question once more (it decides the day clause 12's money ends)."""
    slots = {k: v for k, v in SECOND_IN_2025.items() if k != "hardship_at_birth"}
    slots["children_partial"] = [
        {k: v for k, v in c.items() if k != "hardship_at_birth"}
        for c in SECOND_IN_2025["children_partial"]
    ]
    said, _ = await form_and_question(text, lang, **slots)
    assert said[0].startswith(noted), said
    assert said[-1] == question and said.count(question) == 1, said
