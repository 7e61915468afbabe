"""Fixers' leftovers of tester rounds 40 and 41 (fix-t42g). Each test: the family or the hotline
case known so far (the slots), what the citizen or the worker wrote, what the reply must and
must not say. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, hotline_turn, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


# ---------------------------------------------------------------- (3) hotline: a new caller
# The call before: a Jinan family, the eldest born 2022, the 2nd born March 2024 on dibao.
CALL_BEFORE: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_birth": "2024-03",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            child("2022-06-01", "year"),
            child("2024-03-01", hardship_at_birth=True),
        ],
    },
}


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        ("下一个来电：三孩2025年5月生的 补贴领到哪天", "zh", "2028年5月1日"),
        ("新来电 老三是25年5月出生的 补贴发到什么时候", "zh", "2028年5月1日"),
        ("new caller: third child born may 2025, subsidy until when?", "en", "1 May 2028"),
        (
            "next call - their 3rd was born in May 2025. until when is the 600 paid?",
            "en",
            "1 May 2028",
        ),
    ],
)
def test_a_new_caller_starts_a_case_of_their_own(text: str, lang: str, end: str) -> None:
    """Jinan clause 12: 600 a month to the 3rd birthday. The new caller's third child is
    answered, and the case keeps none of the call before's children (its eldest of 2022, its
    2nd of March 2024 on dibao): a new case starts empty."""
    said, set_ = hotline_turn(text, lang, **CALL_BEFORE)
    assert end in said, said
    assert ("第12条" if lang == "zh" else "clause 12") in said, said
    case = set_["hotline_case"]
    children = case.get("children_partial") or case.get("children")
    born = [c.get("birth_date") for c in children]
    assert "2022-06-01" not in born and "2024-03-01" not in born, case
    assert born[-1] == "2025-05-01", case
    assert not any(c.get("hardship_at_birth") for c in children), case
    assert "2027年3月1日" not in said and "1 Mar 2027" not in said  # the 2nd's end of before


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("下一个来电，济南的，问产假多少天", "zh"),
        ("next caller, jinan, asks about maternity leave", "en"),
    ],
)
def test_a_new_caller_without_children_keeps_no_birth_of_the_call_before(
    text: str, lang: str
) -> None:
    """The new call tells no child: the case is empty and the birth the call before gave
    (hotline_birth) is cleared; the question is still answered (clause 11: 158 days)."""
    said, set_ = hotline_turn(text, lang, **CALL_BEFORE)
    assert "158" in said, said
    case = set_.get("hotline_case", CALL_BEFORE["hotline_case"])
    assert not (case.get("children_partial") or case.get("children")), case
    assert set_.get("hotline_birth", "kept") is None, set_


# ------------------------------------------- (5) hotline: "twin 1 and twin 2", an eldest known
# The case so far: a Jinan family whose eldest was born in 2022.
ELDEST_KNOWN: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {"city": "jinan", "children_partial": [child("2022-06-01", "year")]},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("twin 1 and twin 2 both born 1 jan 2023", "en"),
        ("the twins were both born on 1 jan 2023", "en"),
        ("双胞胎都是2023年1月1日出生的", "zh"),
        ("一对双胞胎 2023年1月1号生的", "zh"),
    ],
)
def test_twins_told_after_the_eldest_are_the_2nd_and_3rd(text: str, lang: str) -> None:
    """The twins born on 1 January 2023 are the children after the eldest of 2022 (Jinan clause
    12 gives the 600 to a 2nd and 3rd child): the eldest stays born in 2022, the case has three
    children, the answer is of child 2 (and 3), never the eldest moved to 2023."""
    said, set_ = hotline_turn(text, lang, **ELDEST_KNOWN)
    case = set_["hotline_case"]
    born = [c.get("birth_date") for c in case.get("children_partial") or case["children"]]
    assert born == ["2022-06-01", "2023-01-01", "2023-01-01"], case
    assert ("第1个孩子" if lang == "zh" else "child 1") not in said, said
    assert ("第2个孩子" if lang == "zh" else "child 2") in said, said


# ------------------------------------------ (4) "没有老二" at 老三's date question: the count asked
# Jinan hukou; 老大 born March 2019, 老二 May 2023, 老三 told of without a date: its date asked.
THIRD_ASKED: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        child("2019-03-01"),
        child("2023-05-01"),
        {"birth_date": None, "precision": None, "height_cm": None},
    ],
    "requested_slot": "children",
}


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        ("没有老二", "zh", ("没有老二", "3个孩子", "2019年3月", "2023年5月", "几个孩子")),
        ("没有第二个孩子", "zh", ("没有老二", "3个孩子", "2023年5月", "几个孩子")),
        ("there is no second child", "en", ("no child 2", "3 children", "May 2023", "How many")),
        ("we don't have a 2nd", "en", ("no child 2", "3 children", "March 2019", "How many")),
    ],
)
def test_no_second_child_at_the_thirds_question_asks_the_count(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    """A no naming a child noted (老二) while another (老三) is asked: the order or count noted
    is wrong, so the children noted are listed and the count asked; none is dropped, and the
    reply is not "no children" (还没有孩子) nor the date question again."""
    from tests.actions.test_questions_t27a import form_turn

    said, set_ = asyncio.run(form_turn(text, lang, **THIRD_ASKED))
    for part in must:
        assert part in said, said
    assert "还没有孩子" not in said and "no children" not in said.lower(), said
    assert "children_partial" not in set_ and "children" not in set_, set_


@pytest.mark.parametrize(("text", "lang", "count"), [("就两个", "zh", 2), ("two", "en", 2)])
def test_the_count_told_after_keeps_the_children_noted_first(
    text: str, lang: str, count: int
) -> None:
    """The answer to the count question keeps the first children as noted."""
    from tests.actions.test_questions_t27a import form_turn

    slots = {**THIRD_ASKED, "child_in_talk": 2}
    said, set_ = asyncio.run(form_turn(text, lang, **slots))
    kept = set_["children_partial"]
    assert [c["birth_date"] for c in kept] == ["2019-03-01", "2023-05-01"][:count], said


# After the answer: the family noted with three children, all dated.
THREE_NOTED = [child("2019-03-01"), child("2023-05-01"), child("2025-02-01")]
ANSWERED: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": THREE_NOTED,
    "children": THREE_NOTED,
    "birth_insurance": "employee_maternity",
    "hardship_at_birth": False,
    "result_shown": True,
}


def correction_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    from actions.conversation import ActionHandleCorrection

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language=lang, **slots)
    events = asyncio.run(ActionHandleCorrection().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)


@pytest.mark.parametrize(("text", "lang"), [("没有老二", "zh"), ("there is no second child", "en")])
def test_no_second_child_after_the_answer_drops_no_child(text: str, lang: str) -> None:
    """After the answer, a bare no to a child noted does not silently leave one child (the
    reader's count): the three noted are listed and the count asked."""
    said, set_ = correction_turn(text, lang, **ANSWERED)
    assert ("3个孩子" if lang == "zh" else "3 children") in said, said
    assert ("2025年2月" if lang == "zh" else "February 2025") in said, said
    assert "children" not in set_ and "children_partial" not in set_, set_


def test_the_count_told_after_the_answer_is_applied() -> None:
    _, set_ = correction_turn("就两个孩子", "zh", **ANSWERED)
    assert [c["birth_date"] for c in set_["children_partial"]] == ["2019-03-01", "2023-05-01"]


# ------------------------------- (2) "我问的是上户口 不是坐地铁": the measure meant, not the rejected
# Beijing, a baby born October 2026; the talk was of free buses and subways under 1.3 m.
ON_TRANSIT: dict[str, Any] = {
    "city": "beijing",
    "children_partial": [child("2026-10-01")],
    "children": [child("2026-10-01")],
    "topic_entry": "beijing.child_free_transit",
    "focus_entry": "beijing.child_free_transit",
    "result_shown": True,
}
ACTIONS = {
    "ask_policy": ("actions.answers", "ActionAnswerPolicyQuestion"),
    "correct": ("actions.conversation", "ActionHandleCorrection"),
    "ask_next_steps": ("actions.results", "ActionNextSteps"),
    "ask_details": ("actions.results", "ActionExplainItem"),
}


def any_turn(text: str, lang: str, intent: str, **slots: Any) -> str:
    """The reply of the action the intent is routed to (the NLU may take a topic correction
    as any of these)."""
    import importlib

    module, name = ACTIONS[intent]
    action = getattr(importlib.import_module(module), name)()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher)


@pytest.mark.parametrize("intent", list(ACTIONS))
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我问的是上户口 不是坐地铁", "zh"),
        ("我说的是给孩子落户口，不是坐车", "zh"),
        ("不是坐地铁 是上户口", "zh"),
        ("I meant hukou registration, not the subway", "en"),
        ("I asked about registering the baby, not the bus", "en"),
    ],
)
def test_the_registration_meant_is_answered_not_the_transit(
    text: str, lang: str, intent: str
) -> None:
    """Beijing clause (4): birth registration with the birth formalities (household
    registration among them) handled jointly. The free rides of clause (12), rejected by the
    citizen, are not answered again, whatever the message was classified as."""
    said = any_turn(text, lang, intent, **ON_TRANSIT)
    assert ("生育登记" if lang == "zh" else "birth registration") in said, said
    if intent != "ask_next_steps":  # the steps name the measure, the answers its clause
        assert ("第(4)条" if lang == "zh" else "clause (4)") in said, said
    assert "1.3" not in said and "第(12)条" not in said and "clause (12)" not in said, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [("我问的是上户口 不是公积金贷款", "zh"), ("I meant hukou registration, not the loan", "en")],
)
def test_jinan_registration_meant_is_the_birth_one_thing(text: str, lang: str) -> None:
    """Jinan: household registration is one of the 'birth one thing' formalities; the housing
    fund loan (clause 14) rejected is not answered."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child("2026-10-01")],
        "children": [child("2026-10-01")],
        "topic_entry": "jinan.housing_fund_loan_limit",
        "result_shown": True,
    }
    said = any_turn(text, lang, "ask_policy", **slots)
    assert "出生一件事" in said or "Birth one thing" in said or "birth one thing" in said, said
    assert "第14条" not in said and "clause 14" not in said, said


# ------------------------------------------ (1) "…insurance? any subsidy?": both, insurance first
# Jinan hukou, the eldest born May 2021, the 2nd October 2026; the mother on resident insurance.
NEWBORN_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [child("2021-05-01"), child("2026-10-01")],
    "children": [child("2021-05-01"), child("2026-10-01")],
    "birth_insurance": "resident_medical",
}
INSURANCE_THEN_SUBSIDY = [
    # (what was asked, the insurance answer's mark, its clause)
    ("how do we sign the baby up for medical insurance? any subsidy?", "1 Apr 2027", "clause 15"),
    ("is there insurance for the baby? any subsidy?", "1 Apr 2027", "clause 15"),
    ("how much is covered for the birth by insurance? any subsidy?", "3,000", "clause 15"),
    (
        "my wife has resident medical insurance, how much is covered for the birth? any subsidy?",
        "3,000",
        "clause 15",
    ),
    ("孩子医保要办吗 有没有补贴", "2027年4月1日", "第15条"),
    ("生孩子医保能报多少？有补贴吗？", "3,000", "第15条"),
]


@pytest.mark.parametrize(("text", "insurance", "clause"), INSURANCE_THEN_SUBSIDY)
def test_insurance_and_any_subsidy_are_both_answered_insurance_first(
    text: str, insurance: str, clause: str
) -> None:
    """Two questions, each answered once: the insurance asked (clause 15: the newborn's
    contribution paid in full if enrolled within 6 months, by 1 April 2027; or the 3,000 for a
    hospital birth on resident insurance), then the subsidy (clause 12: 600 a month for the
    2nd child to age 3), never the subsidy alone nor the plan's silence."""
    lang = "en" if text.isascii() else "zh"
    said, _ = hotline_free_turn(text, lang, **NEWBORN_SECOND)
    assert insurance in said and clause in said, said
    assert "600" in said and ("第12条" if lang == "zh" else "clause 12") in said, said
    assert said.index(insurance) < said.index("600"), said
    assert said.count("育儿补贴（济南）" if lang == "zh" else "Childcare subsidy (Jinan)") <= 1, (
        said
    )
    assert "says nothing about this" not in said and "没有写" not in said.split("\n")[0], said


def test_after_the_answer_the_insurance_subsidy_is_not_the_600_again() -> None:
    """The family's results already shown (the 600 among them): "有没有补贴" after the baby's
    insurance is that insurance's own subsidy (clause 15), the 600 card not sent again (tester
    36 c01, kept from t39b)."""
    said, _ = hotline_free_turn(
        "孩子医保要办吗 有没有补贴", "zh", result_shown=True, **NEWBORN_SECOND
    )
    assert "第15条" in said and "第12条" not in said, said


def hotline_free_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """A citizen's policy question (no hotline): the reply and the slots it sets."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = asyncio.run(ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN))
    return texts(dispatcher), slot_events(events)
