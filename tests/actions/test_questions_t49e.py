"""Testers 47 and 48 (fix-t49e): Beijing's child medical insurance, and totals put back for
checking. Each test: the family known so far (the slots), what the citizen wrote, what the reply
must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, month

ACTIONS: dict[str, Any] = {
    "action_answer_policy_question": ActionAnswerPolicyQuestion,
    "household_form": ValidateHouseholdForm,
    "action_show_entitlements": ActionShowEntitlements,
    "action_handle_correction": ActionHandleCorrection,
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def whole_turn(
    text: str, first: str = "action_answer_policy_question", lang: str = "zh", **slots: Any
) -> str:
    """One turn as the rules play it: the first action, then each action it hands on to; the
    bot's messages joined."""
    slots = {"language": lang, **slots}
    intent = {"action_answer_policy_question": "ask_policy"}.get(first, "inform")
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events: list[dict[str, Any]] = [{"event": "user", "text": text, "parse_data": message}]
    said: list[str] = []
    name: str | None = first
    while name in ACTIONS:
        loop = {"name": "household_form"} if slots.get("requested_slot") else {}
        tracker = Tracker("test", dict(slots), message, list(events), False, None, loop, "")
        dispatcher = CollectingDispatcher()
        ran = name
        done = await ACTIONS[name]().run(dispatcher, tracker, DOMAIN)
        said += [str(m.get("text") or "") for m in dispatcher.messages]
        events += [{"event": "bot", "text": m.get("text")} for m in dispatcher.messages]
        events += done
        slots.update({e["name"]: e["value"] for e in done if e.get("event") == "slot"})
        name = next((e["name"] for e in done if e.get("event") == "followup"), None)
        if ran == "household_form" and name is None and not slots.get("requested_slot"):
            name = "action_show_entitlements"
    return "\n".join(said)


# Tester 48 c06: Beijing, three children, renting; the result shown.
BEIJING_THREE: dict[str, Any] = {
    "city": "beijing",
    "children": [{**month("2018-06"), "approx": "8岁"}, month("2024-09"), month("2025-03")],
    "renting": True,
    "result_shown": True,
}
# Tester 47 c06: Beijing, the eldest 6 (1.2 m), the 2nd just 2.
BEIJING_TWO: dict[str, Any] = {
    "city": "beijing",
    "children": [
        {**month("2020-06"), "approx": "6岁了", "height_cm": 120},
        {**month("2024-12"), "approx": "刚2岁"},
    ],
    "result_shown": True,
}
# Tester 48 c03: Beijing, a daughter of 5 (1.2 m) and twins born last month.
BEIJING_TWINS: dict[str, Any] = {
    "city": "beijing",
    "children": [
        {**month("2021-06"), "approx": "5", "height_cm": 120},
        month("2026-11"),
        month("2026-11"),
    ],
    "result_shown": True,
}

ONLY_JOINT_ENROLMENT_ZH = ("北京方案没有", "第(4)条", "医保参保", "联合办理", "方案未指明负责部门")
ONLY_JOINT_ENROLMENT_EN = ("Beijing plan has no", "clause (4)", "medical insurance enrolment")


@pytest.mark.parametrize(
    ("text", "slots", "opening"),
    [
        # a 有没有 / 有…吗 question: 没有, not 不能 (tester 50 P24)
        ("查一下吧 我们租房子住 孩子医保有没有补贴", BEIJING_THREE, "没有。"),  # t48 c06
        ("不是 我问的是孩子医保有没有补贴", BEIJING_THREE, "没有。"),
        ("老二医保参保有补贴吗", BEIJING_TWO, "没有。"),  # t47 c06
        ("我问的是老二医保有没有补贴 不是一起办", BEIJING_TWO, "没有。"),
        ("北京孩子医保缴费财政给不给补 就这个问题", BEIJING_TWO, "不能。"),
        ("宝宝医保免费吗", BEIJING_TWO, "不能。"),
        # a premise put back: 对 to "no subsidy", 不对 to "it is free"
        ("那就是说北京孩子医保没补贴 要自己交 对吧", BEIJING_THREE, "对。"),
        ("你就说对不对 北京孩子医保没补贴 得自己交", BEIJING_THREE, "对。"),
        ("北京孩子医保是免费的 对吧", BEIJING_THREE, "不对。"),
        ("北京的孩子医保是不是全免", BEIJING_THREE, "不对。"),
        ("孩子医保财政补不补", BEIJING_TWO, "不能。"),
        ("孩子医保钱谁出", BEIJING_TWO, "北京方案没有"),  # no yes/no asked: none given
    ],
)
async def test_beijing_child_insurance_has_no_subsidy_only_joint_enrolment(
    text: str, slots: dict[str, Any], opening: str
) -> None:
    """Beijing's plan pays no child's insurance contribution; clause (4) only handles the
    enrolment jointly with the birth registration, and names no department. Never "能。" from
    that formality, and Jinan's clause 15 only as Jinan's."""
    reply = await whole_turn(text, **slots)
    assert reply.startswith(opening), reply
    for said in ONLY_JOINT_ENROLMENT_ZH:
        assert said in reply, (said, reply)
    assert "能。生育登记" not in reply and not reply.startswith("能")
    assert "只适用于济南" in reply  # Jinan's 15 is named as Jinan's, never offered as Beijing's


@pytest.mark.parametrize("first", ["action_answer_policy_question", "household_form"])
async def test_child_insurance_asked_with_a_fact_reads_the_fact_then_says_no(first: str) -> None:
    """Tester 48 c06: "查一下吧 我们租房子住 孩子医保有没有补贴" got the form's next question, then
    "能。生育登记…": the renting is read back, then no subsidy, clause (4) only."""
    slots = {**BEIJING_THREE, "renting": None}
    reply = await whole_turn("查一下吧 我们租房子住 孩子医保有没有补贴", first, **slots)
    assert reply.startswith("记下了：租房住"), reply
    assert "没有。北京方案没有" in reply and "第(4)条" in reply  # 有没有: 没有 (tester 50 P24)
    assert "能。生育登记" not in reply.replace("不能。", "")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("is the baby's health insurance subsidised?", "No."),
        ("is the baby's medical insurance free in beijing?", "No."),
        ("so no help with the baby's insurance in beijing, right?", "Right."),
        ("so we pay the baby's insurance ourselves right?", "Right."),
        ("do we have to pay for the baby's health insurance?", "The Beijing plan has no"),
    ],
)
async def test_beijing_child_insurance_subsidy_in_english(text: str, opening: str) -> None:
    reply = await whole_turn(text, lang="en", **BEIJING_TWINS)
    assert reply.startswith(opening), reply
    for said in ONLY_JOINT_ENROLMENT_EN:
        assert said in reply, (said, reply)
    assert "applies in Jinan only" in reply


async def test_twins_insurance_and_leave_no_bare_yes() -> None:
    """Tester 48 c03: "do the twins get free medical insurance… and how many days leave does my
    husband get" got "Yes." and the leave only. The insurance: no, only joint enrolment (4); the
    leave: (12) sets no number of days; no "Yes." opens either part."""
    reply = await whole_turn(
        "you didnt answer about insurance. do the twins get free medical insurance or "
        "anything? and how many days leave does my husband get",
        lang="en",
        **BEIJING_TWINS,
    )
    assert reply.startswith("No."), reply
    for said in ONLY_JOINT_ENROLMENT_EN:
        assert said in reply, (said, reply)
    assert "paternity" in reply and "no number of days" in reply, reply
    assert "Yes." not in reply


async def test_insurance_subsidy_and_leave_days_in_chinese() -> None:
    reply = await whole_turn("孩子医保有补贴吗 我老公陪产假几天", **BEIJING_TWINS)
    assert reply.startswith("没有。"), reply  # 有…吗: 没有 (tester 50 P24)
    assert "第(4)条" in reply and "陪产假" in reply and "未写天数" in reply, reply
    assert "能。" not in reply.replace("不能。", "")


@pytest.mark.parametrize("first", ["action_handle_correction", "household_form"])
async def test_insurance_asked_beside_a_height_and_the_money_is_answered(first: str) -> None:
    """Tester 48 c03: "she's about 1.2m i think. we dont get any monthly money in beijing? and
    what about insurance for the twins" got the height and the money, the insurance ignored.
    Each part: the height read back, no monthly money ((12)), and the insurance: (4) only."""
    slots = {
        **BEIJING_TWINS,
        "children": [{**month("2021-06"), "approx": "5"}, *BEIJING_TWINS["children"][1:]],
    }
    reply = await whole_turn(
        "she's about 1.2m i think. we dont get any monthly money in beijing? and what about "
        "insurance for the twins",
        first,
        lang="en",
        **slots,
    )
    assert "120 cm" in reply and "no money is paid monthly" in reply, reply
    for said in ONLY_JOINT_ENROLMENT_EN:
        assert said in reply, (said, reply)
    assert "cannot say yes or no" not in reply
    assert "No. The Beijing plan has no" not in reply  # "what about…" asked no yes/no


async def test_insurance_for_the_twins_named_alone() -> None:
    reply = await whole_turn("what about insurance for the twins", lang="en", **BEIJING_TWINS)
    for said in ONLY_JOINT_ENROLMENT_EN:
        assert said in reply, (said, reply)
    assert not reply.startswith(("Yes", "No")), reply  # nothing yes/no was asked


async def test_jinan_child_insurance_is_its_own_clause_15() -> None:
    """The same question in Jinan is Jinan's own clause 15 (a 2nd child born in 2026): not the
    Beijing answer."""
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2020-06"), month("2026-11")],
        "result_shown": True,
    }
    reply = await whole_turn("孩子医保有没有补贴", **slots)
    assert "第15条" in reply and "北京方案" not in reply, reply


# Tester 48 c09: Jinan, three children; the 3rd born February 2023 while on dibao, the 2nd in
# 2021, the eldest 15. The 3rd child's 600+200 ended when it turned 3 (February 2026).
THREE_IN_JINAN: dict[str, Any] = {
    "city": "jinan",
    "children": [
        {"birth_date": "2011-01-01", "precision": "year", "height_cm": None},
        {"birth_date": "2021-01-01", "precision": "year", "height_cm": None},
        month("2023-02"),
    ],
    "hardship_at_birth": True,
    "result_shown": True,
}


@pytest.mark.parametrize("hukou", [None, True])
@pytest.mark.parametrize(
    ("text", "lang", "opening", "why"),
    [
        ("一个月1400对不对", "zh", "不对，不是每月1,400元", "只有第3个孩子符合条件"),  # t48 c09
        ("每个月能领1200是吧", "zh", "不对，不是每月1,200元", "只有第3个孩子符合条件"),
        ("so it was 1400 a month right?", "en", "No, not 1,400 yuan a month", "only child 3"),
    ],
)
async def test_wrong_monthly_figure_put_back_gets_no_first(
    text: str, lang: str, opening: str, why: str, hukou: bool | None
) -> None:
    """Jinan clause 12: only the 3rd child was paid, 600+200 = 800 a month, now ended. A
    figure put back that no child ever got is "不对" first, which child qualifies, then 800."""
    reply = await whole_turn(text, lang=lang, **{**THREE_IN_JINAN, "hukou_in_city": hukou})
    assert reply.startswith(opening), reply
    assert why in reply and "800" in reply and ("第12条" in reply or "clause 12" in reply)


async def test_right_monthly_figure_of_ended_money_is_no_no() -> None:
    reply = await whole_turn("一个月800对吧", **THREE_IN_JINAN)
    assert "不对" not in reply and "800" in reply, reply


# Tester 48 c01: Jinan, the eldest 3½, the 2nd born a month ago; the form asks the hukou.
SECOND_BORN_LAST_MONTH: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [
        {**month("2023-06"), "approx": "3岁半"},
        {**month("2026-11"), "approx": "刚满月"},
    ],
    "requested_slot": "hukou_in_city",
}


@pytest.mark.parametrize("first", ["household_form", "action_answer_policy_question"])
async def test_total_put_back_is_confirmed_with_the_hardship_branch(first: str) -> None:
    """Jinan clause 12: 600 a month for 36 months is 21,600; 200 more a month (28,800 in all)
    only if the family was on dibao, special hardship support or unemployment benefits at the
    birth. The yes does not wait for that fact: it is said as a branch."""
    reply = await whole_turn(
        "都是济南户口 那一共能领多少 是不是21600", first, **SECOND_BORN_LAST_MONTH
    )
    assert "对。" in reply and "21,600元" in reply and "×36个月" in reply, reply
    assert "如果第2个孩子出生时家里在领低保、特困供养或失业保险金" in reply
    assert "28,800元" in reply and "第12条" in reply
    assert reply.index("21,600") < reply.index("28,800")


async def test_total_put_back_in_english_with_the_hardship_branch() -> None:
    slots = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2023-06"), month("2026-11")],
        "result_shown": True,
    }
    reply = await whole_turn("so 21600 in total, right?", lang="en", **slots)
    assert "Yes." in reply and "21,600" in reply, reply
    assert "If the family was on minimum subsistence" in reply and "28,800" in reply
