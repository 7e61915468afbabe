"""Testers 37 and 38 on 1 December 2026 (fix-t39c): a baby on the way whose due date is not
known gets no date made up in the result (its payload either), hotline workers' second
questions (a hukou just moved, back pay, the clause, a yes/no on the loan ceiling) are
answered against the case, and a benefit received now that ends in a named month is
received now. Each test: the family or case known so far, what was written, what the reply
must and must not say."""

import json
import re
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionExplainItem, ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)
UNDATED: dict[str, Any] = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


# --- 1. "pregnant with our second", no date: no due date made up ----------------------------

# An eldest without a date and a second child on the way, its due date not said.
SECOND_ON_THE_WAY = {
    "children_partial": [dict(UNDATED), {**UNDATED, "expected": True}],
    "child_in_talk": 2,
}
# Any date from 2026 on: the fills tried for the unknown dates (1 Jan 2027 the earliest due
# date, 2030 its 3rd birthday) and their like; the plans' own dates are 2022 and 2023.
MADE_UP = re.compile(r"20(?:0\d|1\d|2[6-9]|3\d)|预产期\d")


@pytest.mark.parametrize(
    ("text", "lang", "city", "hukou"),
    [
        ("hello, we live in beijing, pregnant with our second, what support is there", "en",
         "beijing", None),
        ("我们在北京 怀了二胎 有什么政策", "zh", "beijing", None),
        ("jinan hukou, expecting our second baby, what can we get?", "en", "jinan", True),
        ("济南户口 怀了老二 能享受啥", "zh", "jinan", True),
    ],
)  # fmt: skip
async def test_a_baby_due_at_a_date_not_told_gets_no_date_in_the_result_or_its_payload(
    text: str, lang: str, city: str, hukou: bool | None
) -> None:
    """Tester 38 c06: the result's payload said "due on 1 January 2027" and the income-tax
    deduction "until 1 January 2030": the earliest due date tried for a baby whose due date
    nobody said. No date rests on it, nor on the eldest's unknown birth; the reasons keep what
    is sure, and the offer asks child 2's due month, not its "birth date"."""
    slots = {"language": lang, "city": city, "hukou_in_city": hukou, **SECOND_ON_THE_WAY}
    dispatcher = CollectingDispatcher()
    events = await ActionShowEntitlements().run(dispatcher, make_tracker(text, **slots), DOMAIN)
    payload = json.dumps(
        [m.get("custom") for m in dispatcher.messages if m.get("custom")], ensure_ascii=False
    )
    reasons = re.findall(r'"reasons": (\{.*?\})', payload)
    assert reasons
    for said in reasons:
        assert not MADE_UP.search(said), said
    reply = texts(dispatcher)
    assert not MADE_UP.search(reply), reply
    offer = str(slot_events(events).get("offer_line") or "")
    if "预产期" in offer or "due" in offer or "birth date" in offer or "出生日期" in offer:
        assert ("第2个孩子的预产期" if lang == "zh" else "due month of child 2") in offer, offer
        assert ("第2个孩子的出生日期" if lang == "zh" else "birth date of child 2") not in offer


# --- 2. hotline: a leave asked with a hukou just moved in ------------------------------------


async def worker_turns(turns: list[tuple[str, str]], lang: str) -> list[str]:
    """The replies to a hotline worker's turns (each with the intent the model gives it and
    the slots the turn before set), run by the action that intent's rule runs."""
    slots: dict[str, Any] = {"language": lang}
    actions = {
        "ask_policy": ActionAnswerPolicyQuestion,
        "nlu_fallback": ActionRouteUnclear,
        "out_of_scope": ActionRouteUnclear,
        "ask_details": ActionExplainItem,
        "inform": ValidateHouseholdForm,
    }
    return [await says(actions[intent](), said, intent, slots) for said, intent in turns]


DIBAO_CASE = {
    "zh": "我是12345热线的 有个来电 济南户口 二胎24年9月出生 生的时候在领低保 问一个月补多少",
    "en": "hotline here. caller in jinan, jinan hukou, 2nd child born sept 2024, the family was "
    "on dibao at the birth. monthly amount?",
}


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("那她老公陪产假几天 孩子户口刚迁过来有影响吗", "zh"),
        ("男方陪产假多少天 户口才落到济南 有没有影响", "zh"),
        ("how many days paternity leave for the husband? the kid's hukou was only just moved "
         "here, does that matter?", "en"),
        ("how many days paternity leave for the husband? their hukou just moved to jinan, does "
         "that affect anything", "en"),
    ],
)  # fmt: skip
async def test_a_leave_asked_with_a_hukou_just_moved_gets_the_days_and_the_hukou_answer(
    asked: str, lang: str
) -> None:
    """Tester 38 c01: "陪产假几天 孩子户口刚迁过来有影响吗" got the 15 days and nothing on the
    hukou. Jinan clause 11's paternity leave (at least 15 days) has no hukou condition; clause
    12's subsidy asks for the city's household registration and sets no period it must have
    been held for, nor a date from which; the lead department decides."""
    _, reply = await worker_turns([(DIBAO_CASE[lang], "ask_policy"), (asked, "ask_policy")], lang)
    if lang == "zh":
        assert "15" in reply, reply
        assert "第11条" in reply and "第12条" in reply, reply
        assert "户籍条件" in reply and "多久" in reply, reply
        assert "济南市卫生健康委员会" in reply, reply
    else:
        assert "clause 11" in reply and "clause 12" in reply, reply
        assert "hukou condition" in reply and "how long" in reply, reply
        assert "Health Commission" in reply, reply


# --- 3. hotline: the clause to cite and back pay, of the case told --------------------------

THIRD_ON_DIBAO = {
    "zh": "我是12345热线的 有个来电 济南户口 生老三的时候在领低保 老三24年9月生的 现在能领多少",
    "en": "hotline here. jinan hukou caller, 3rd child born sept 2024, the family was on dibao "
    "at the birth. how much now?",
}


@pytest.mark.parametrize("intent", ["ask_details", "nlu_fallback", "ask_policy"])
@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("该引用哪条 还有之前没领的能补发不", "zh"),
        ("我问的是 给来电人引用哪一条 还有 前几个月没领的 能补发吗", "zh"),
        ("前几个月没领的能补发吗", "zh"),
        ("which clause do i cite? and can they get the missed months?", "en"),
        ("can they get back pay for the months they didn't claim?", "en"),
    ],
)
async def test_back_pay_asked_of_a_case_gets_the_plans_silence_without_the_city_asked(
    asked: str, lang: str, intent: str
) -> None:
    """Tester 37 c03: "该引用哪条 还有之前没领的能补发不" of a Jinan case got "请问您家在哪个城市？",
    and back pay was never answered. Jinan clause 12 (600 a month and 200 more for a birth on
    dibao) says nothing of paying months not claimed: the plan's silence and the lead
    department, and the clause when it is asked, never the city asked again."""
    _, reply = await worker_turns([(THIRD_ON_DIBAO[lang], "ask_policy"), (asked, intent)], lang)
    assert "utter_ask_city" not in reply and "哪个城市" not in reply, reply
    if lang == "zh":
        assert "没有写" in reply and "补发" in reply and "第12条" in reply, reply
        assert "济南市卫生健康委员会" in reply, reply
    else:
        assert "does not say" in reply and "paid back" in reply, reply
        assert "clause 12" in reply and "Health Commission" in reply, reply
    if "引用" in asked or "cite" in asked:
        assert ("引用" if lang == "zh" else "Cite clause 12") in reply, reply


# --- 4. hotline: a yes or no on the loan ceiling of a case with a baby on the way -----------

THIRD_DUE = {
    "en": "hotline here. jinan hukou caller, 2 kids, wife pregnant with their 3rd, due march "
    "2027. both pay housing fund, buying first home.",
    "zh": "我是12345热线的 济南户籍 两个孩子 老婆怀了老三 预产期明年3月 两口子都交公积金 买首套房",
}


@pytest.mark.parametrize("intent", ["inform", "ask_policy", "nlu_fallback"])
@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("max loan 1 million yes or no", "en"),
        ("and the loan? max 1 million yes or no", "en"),
        ("can they borrow 1,000,000? yes or no", "en"),
        ("最多能贷100万吗 能还是不能", "zh"),
        ("公积金能贷100万不", "zh"),
    ],
)
async def test_a_loan_figure_put_of_a_case_with_a_baby_due_gets_no_now_and_yes_after_the_birth(
    asked: str, lang: str, intent: str
) -> None:
    """Tester 37 r01: "max loan 1 million yes or no" for a case expecting its 3rd got the whole
    table. Jinan clause 14: two children and two payers, 900,000 now; 1,000,000 once the third
    is born. One line each, the verdict first."""
    _, reply = await worker_turns([(THIRD_DUE[lang], "inform"), (asked, intent)], lang)
    lines = reply.split("\n")
    if lang == "en":
        assert lines[0].startswith("Now: No") and "900,000" in lines[0], reply
        assert "born" in lines[1] and "Yes" in lines[1] and "1,000,000" in lines[1], reply
        assert "clause 14" in reply and "Three-child families" not in reply, reply
    else:
        assert lines[0].startswith("现在：不能") and "900,000" in lines[0], reply
        assert "出生后" in lines[1] and "能" in lines[1] and "1,000,000" in lines[1], reply
        assert "第14条" in reply and "三孩家庭一人缴存" not in reply, reply


# --- 5. a benefit held now that ends in a month told, against a birth due after it ----------


@pytest.mark.parametrize(
    ("case", "lang"),
    [
        ("我是12345热线的 济南户籍 两个孩子 老婆怀了老三 预产期明年3月 他现在领失业金 1月份就停了 "
         "老三能领多少", "zh"),
        ("hotline here. jinan hukou, 2 kids, wife pregnant with their 3rd, due march 2027. he's "
         "on unemployment benefit, it stops in jan. how much will the 3rd get", "en"),
    ],
)  # fmt: skip
async def test_a_benefit_ending_before_the_due_month_gives_600_not_800(
    case: str, lang: str
) -> None:
    """Tester 37: the father is on unemployment benefit now and it stops in January; the third
    child is due in March. Clause 12's 200 more is for a birth while on the benefit: 600 a
    month, until the third birthday in March 2030, and no 800."""
    (reply,) = await worker_turns([(case, "ask_policy")], lang)
    assert "600" in reply and "800" not in reply, reply
    assert ("2030年3月1日" if lang == "zh" else "1 Mar 2030") in reply, reply
