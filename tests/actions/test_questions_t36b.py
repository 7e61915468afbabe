"""Tester 36 (fix-t36b): the family's facts as read, and put right. Each test: the family known
so far (the slots), what the citizen wrote, what the reply must and must not say, and the
clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionHandleCorrection
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def month(value: str, **more: Any) -> dict[str, Any]:
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None, **more}


async def run(action: Any, text: str, intent: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = await action().run(dispatcher, make_tracker(text, intent=intent, **slots), DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- item 2: a phantom child from an age ------------------------------------------------------

# Tester 36 c10: "we have 2 boys, 7 and 2. the little one was born june 2024 when we were on
# dibao" was read as three children: the 7-year-old, the one born June 2024 and another "2".
PHANTOM_THIRD = [
    month("2019-06", approx="7"),
    month("2024-06", hardship_at_birth=True),
    month("2024-06", approx="2"),
]
KNOWN = {"city": "jinan", "hukou_in_city": True, "hardship_at_birth": False}


async def test_the_first_message_reads_two_children() -> None:
    """The first message: two children, the younger born June 2024 on dibao (clause 12: 600 +
    200); the reply never speaks of a third child."""
    reply, set_ = await run(
        ValidateHouseholdForm,
        "hello, jinan here, hukou too. we have 2 boys, 7 and 2. the little one was born june "
        "2024 when we were on dibao. how much do we get and till when",
        "inform",
        language="en",
        requested_slot="city",
    )
    children = set_.get("children") or set_.get("children_partial")
    assert [c["birth_date"] for c in children] == ["2019-06-01", "2024-06-01"], set_
    assert children[1].get("hardship_at_birth") is True, set_
    assert "3rd" not in reply and "child 3" not in reply, reply


@pytest.mark.parametrize("action", [ActionHandleCorrection, ValidateHouseholdForm])
@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("there is no child 3!! he is our second not third. we only have 2", "en", "2 children"),
        ("we have 2 children", "en", "2 children"),
        ("no we only have 2", "en", "2 children"),
        ("只有俩 没有老三", "zh", "2个孩子"),
        ("就两个孩子", "zh", "2个孩子"),
    ],
)
async def test_the_count_said_drops_the_phantom_child(
    action: Any, text: str, lang: str, noted: str
) -> None:
    """ "we only have 2" drops the child only worked out from the age "2" (the same child as
    the one born June 2024); the eldest and the dated child stay, with the dibao at its
    birth. Never "I did not catch what to change"."""
    reply, set_ = await run(action, text, "correct", language=lang, children=PHANTOM_THIRD, **KNOWN)
    assert noted in reply, reply
    assert "did not catch" not in reply and "没听明白" not in reply, reply
    children = set_.get("children") or set_.get("children_partial")
    assert [c["birth_date"] for c in children] == ["2019-06-01", "2024-06-01"], set_
    assert children[1].get("hardship_at_birth") is True, set_


async def test_the_no_of_a_count_is_no_answer_to_the_benefit_question() -> None:
    """Asked whether the family was on dibao at child 3's birth, "no we only have 2. the 2
    year old is the one born june 2024" puts the count right; it is no "not on benefits"."""
    reply, set_ = await run(
        ValidateHouseholdForm,
        "no we only have 2. the 2 year old is the one born june 2024",
        "deny",
        language="en",
        city="jinan",
        hukou_in_city=True,
        children_partial=PHANTOM_THIRD,
        requested_slot="hardship_at_birth",
    )
    assert set_.get("hardship_at_birth") is not False, set_
    assert "not on such benefits" not in reply, reply
    children = set_.get("children") or set_.get("children_partial")
    assert [c["birth_date"] for c in children] == ["2019-06-01", "2024-06-01"], set_


# --- item 7: a pregnancy that never was ---------------------------------------------------------

# Tester 36 c09: Jinan, the elder about 6, the second born March 2026, and a third "due January
# 2027" read from "那我下个月把俩孩子户口迁到济南".
WITH_PHANTOM_PREGNANCY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2020-06", approx="6岁"), month("2026-03"), month("2027-01")],
}


async def test_the_hukou_move_next_month_adds_no_child() -> None:
    """ "下个月把俩孩子户口迁到济南" is about the hukou (clause 12: the city's household
    registration); the reply notes no third child and no due date."""
    family = {**WITH_PHANTOM_PREGNANCY, "children": WITH_PHANTOM_PREGNANCY["children"][:2]}
    reply, set_ = await run(
        ValidateHouseholdForm,
        "那我下个月把俩孩子户口迁到济南 从啥时候开始给 前面几个月还有不",
        "inform",
        language="zh",
        **family,
    )
    assert "老三" not in reply and "预产期" not in reply, reply
    children = set_.get("children_partial") or set_.get("children") or family["children"]
    assert len(children) == 2, set_


@pytest.mark.parametrize("action", [ActionHandleCorrection, ValidateHouseholdForm])
@pytest.mark.parametrize(
    ("text", "lang", "noted"),
    [
        ("啥老三 没有怀孕 就俩孩子", "zh", "没有怀孕"),
        ("没有老三 我没怀孕 删掉", "zh", "没有怀孕"),
        ("there is no baby on the way, I'm not pregnant", "en", "no baby on the way"),
        ("I'm not pregnant, delete the 3rd child", "en", "no baby on the way"),
    ],
)
async def test_the_pregnancy_denied_is_deleted(
    action: Any, text: str, lang: str, noted: str
) -> None:
    """The pregnancy is removed and the reply says so; never "结果不变" or "没太明白"; the two
    born children stay."""
    reply, set_ = await run(action, text, "correct", language=lang, **WITH_PHANTOM_PREGNANCY)
    assert noted in reply, reply
    assert "结果不变" not in reply and "没太明白" not in reply and "did not catch" not in reply
    children = set_.get("children") or set_.get("children_partial")
    assert [c["birth_date"] for c in children] == ["2020-06-01", "2026-03-01"], set_
    assert set_.get("child_in_talk") is None, set_


# --- item 3: twins dated together, and a day is no amount ---------------------------------------

# Tester 36 c02: a daughter about 5, twin boys born March 2026, Jinan hukou; the father was on
# unemployment benefit at the birth (clause 12: 600 + 200 a month each until 3).
TWINS = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "children": [month("2021-06", approx="5"), month("2026-03"), month("2026-03")],
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("they were born march 14th. my husband was getting unemployment benefits back then", "en"),
        ("双胞胎是3月14号出生的 那会儿孩子爸在领失业金", "zh"),
    ],
)
async def test_the_day_of_the_twins_dates_both(text: str, lang: str) -> None:
    """Both twins are dated 14 March 2026; no note that a twin is known to the month only."""
    reply, set_ = await run(ValidateHouseholdForm, text, "inform", language=lang, **TWINS)
    children = set_.get("children") or set_.get("children_partial")
    assert [c["birth_date"] for c in children] == ["2021-06-01", "2026-03-14", "2026-03-14"]
    assert "known to the month only" not in reply and "只知道年月" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "wait they are twins, both born on the 14th. so both get 800? thats 1600 a month right",
        "they were both born march 14, so 1600 a month in total right?",
        "双胞胎都是14号生的 一个月一共1600对吧",
        "俩孩子都是3月14日生的 每月一共1600是吧",
    ],
)
async def test_a_day_in_a_confirmation_is_no_amount(text: str) -> None:
    """The twins both born 14 March 2026, on benefit at the birth: 800 each, 1,600 a month,
    until 14 March 2029 (clause 12). The day 14 is never taken for an amount."""
    from actions.answers import ActionAnswerPolicyQuestion

    family = {
        **TWINS,
        "hardship_at_birth": True,
        "result_shown": True,
        "children": [
            month("2021-06", approx="5"),
            *[{"birth_date": "2026-03-14", "precision": "day", "height_cm": None}] * 2,
        ],
    }
    lang = "zh" if "孩" in text or "胞" in text else "en"
    reply, _ = await run(ActionAnswerPolicyQuestion, text, "ask_policy", language=lang, **family)
    assert "14 yuan" not in reply and "14元" not in reply, reply
    assert "1,600" in reply or "1600" in reply, reply
    assert reply.startswith(("Yes", "对")), reply
    assert "2029" in reply and "12" in reply, reply


# --- items 9 and 10: one parent's hukou -------------------------------------------------------

# Tester 36 c09: the husband has Jinan hukou; the mother and the two children (about 6, and born
# March 2026) are registered in 聊城.
MIXED = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children": [month("2020-06", approx="6岁"), month("2026-03")],
}


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        # the plan's silence as policy_kb states it (silent_on_facts, fix-t39d), said once
        ("孩子户口不在济南也行?只有我老公一个人是济南的", "zh", "没写一家人户口不一致时"),
        ("还有 户口也不对 我和孩子是聊城户口 就我老公是济南的", "zh", "没写一家人户口不一致时"),
        (
            "the kids hukou is not in jinan, only my husband has jinan hukou. is that ok?",
            "en",
            "does not say whose registration counts",
        ),
    ],
)
async def test_one_parents_hukou_is_not_settled(text: str, lang: str, must: str) -> None:
    """The family's Jinan hukou is put back to unknown and the reply says the plan (clause 12,
    "families with the city's household registration") does not settle it; the question is
    about hukou, never paternity leave (陪产假), never a plain "能"."""
    from actions.answers import ActionAnswerPolicyQuestion

    if "?" in text:  # asked: the hukou question, not the father's leave
        reply, _ = await run(ActionAnswerPolicyQuestion, text, "ask_policy", language=lang, **MIXED)
        assert "陪产假" not in reply and "paternity" not in reply.lower(), reply
    reply, set_ = await run(ValidateHouseholdForm, text, "ask_policy", language=lang, **MIXED)
    assert must in reply, reply
    assert "陪产假" not in reply and "paternity" not in reply.lower(), reply
    assert "hukou_in_city" in set_ and set_["hukou_in_city"] is None, set_
    assert "12" in reply or "?" not in text, reply  # asked: the rule read out, with its clause


async def test_the_first_message_does_not_note_jinan_hukou() -> None:
    """ "我老公是济南户口 我跟俩孩子户口还在聊城老家 … 这个600能领不": never "记下了：济南户口"
    and never a plain "能"."""
    reply, set_ = await run(
        ValidateHouseholdForm,
        "我老公是济南户口 我跟俩孩子户口还在聊城老家 二宝今年3月生的 大宝6岁 这个600能领不",
        "inform",
        language="zh",
        city="jinan",
        requested_slot="hukou_in_city",
    )
    assert "济南户口；" not in reply and not reply.startswith("能"), reply
    assert set_.get("hukou_in_city") is not True, set_
