"""Tester 36's citizens (fix-t36c): the question asked is the one answered, first and plainly;
where the plan is silent it says so (no invented yes), and a message with two questions gets
both answers. Each test: the family known so far (the slots), what the citizen wrote, what the
reply must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def month(value: str) -> dict[str, Any]:
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None}


def day(value: str) -> dict[str, Any]:
    return {"birth_date": value, "precision": "day", "height_cm": None}


async def reply_of(
    action: Any, text: str, lang: str, intent: str = "ask_policy", **slots: Any
) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action.run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- 1. the housing fund for rent in Beijing: the plan is silent (Jinan clause 14 only) -------

# Tester 36 c08: Beijing hukou, a son of 5 and a baby girl of 8 months, renting, no own flat.
BEIJING_RENTERS = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [month("2021-06"), month("2026-04")],
    "renting": True,
    "owns_home_in_city": False,
}
SILENT = {"zh": "北京的方案没有写这方面的规定", "en": "The Beijing plan says nothing about this"}
NO_DEPARTMENT = {"zh": "没有为这类事项指明负责部门", "en": "names no department"}
JINAN_14 = {"zh": "第14条", "en": "clause 14"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can i withdraw my housing provident fund to pay rent? yes or no", "en"),
        ("can we use my housing fund for rent here?", "en"),
        ("and housing fund for rent in beijing?", "en"),
        ("can i take out my gongjijin for rent", "en"),
        ("我的公积金能取出来交房租吗", "zh"),
        ("能用公积金付房租吗", "zh"),
    ],
)
@pytest.mark.parametrize("action", [ValidateHouseholdForm, ActionAnswerPolicyQuestion])
async def test_the_housing_fund_for_rent_in_beijing_is_the_plans_silence(
    action: Any, text: str, lang: str
) -> None:
    """Withdrawing the housing fund for rent is Jinan's clause 14; Beijing's plan never speaks of
    the housing fund: the reply says so first and names no department (the plan names none),
    never "Probably yes" of the public rental priority, and reads no payer into "my fund"."""
    intent = "inform" if action is ValidateHouseholdForm else "ask_policy"
    reply, slots = await reply_of(action(), text, lang, intent=intent, **BEIJING_RENTERS)
    assert reply.startswith(SILENT[lang]) or f"\n{SILENT[lang]}" in reply, reply
    assert NO_DEPARTMENT[lang] in reply and JINAN_14[lang] in reply, reply
    assert "Probably yes" not in reply and "很可能可以" not in reply, reply
    assert "housing_fund_contributors" not in slots, slots
    assert "pay into the housing fund" not in reply and "交公积金" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "possibly"),
    [
        (
            "we rent, no own flat. can we get public rental housing faster with 2 kids? "
            "and can we take out our housing fund for rent like jinan?",
            "en",
            "Possibly: the plan sets no number.",
        ),
        (
            "我们租房住 没有自己的房 俩孩子公租房能优先吗 公积金能像济南那样提出来交房租吗",
            "zh",
            "有可能，方案没有写具体人数。",
        ),
    ],
)
async def test_two_questions_in_one_message_get_both_answers(
    text: str, lang: str, possibly: str
) -> None:
    """Public rental priority (Beijing (12): "a large number of minor children", no number) and
    the rent withdrawal (Jinan clause 14 only) asked together while the family is read: the
    facts read back, then both answers; "like jinan" names the example, not the city asked."""
    family = {k: v for k, v in BEIJING_RENTERS.items() if k not in ("renting", "owns_home_in_city")}
    reply, _ = await reply_of(ValidateHouseholdForm(), text, lang, intent="inform", **family)
    assert possibly in reply, reply
    assert "(12)" in reply, reply
    assert SILENT[lang] in reply and JINAN_14[lang] in reply, reply
    assert "is in Jinan's plan" not in reply and "是济南的政策" not in reply, reply
    assert reply.index(possibly) < reply.index(SILENT[lang]), reply


@pytest.mark.parametrize(
    ("text", "lang", "possibly"),
    [
        (
            "so? public rental priority with 2 kids or not?",
            "en",
            "Possibly: the plan sets no number.",
        ),
        ("俩孩子能优先租公租房吗", "zh", "有可能，方案没有写具体人数。"),
    ],
)
async def test_public_rental_priority_with_two_children_is_only_possibly(
    text: str, lang: str, possibly: str
) -> None:
    """Beijing (12) gives priority to families with "a large number of minor children" and sets
    no number: with 2 children the answer is "possibly", not "probably yes"."""
    reply, focus = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **BEIJING_RENTERS)
    if not reply:  # the facts said with it ("2 kids") go through the form, then the answer
        family = {**BEIJING_RENTERS, **focus}
        reply, _ = await reply_of(ActionShowEntitlements(), text, lang, **family)
    assert reply.startswith(possibly), reply
    assert "(12)" in reply, reply


# --- 2. the twins' medical insurance after the six months: no, once, with the day -----------

# Tester 36 c02: Jinan hukou, an eldest of 5, twins born 14 March 2026 (the 2nd and 3rd child).
TWINS_IN_MARCH = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "children": [month("2021-06"), day("2026-03-14"), day("2026-03-14")],
}


@pytest.mark.parametrize(
    ("text", "lang", "no", "closed"),
    [
        (
            "we havent signed the twins up for medical insurance yet, is it free for them?",
            "en",
            "No.",
            "14 Sep 2026",
        ),
        (
            "the twins are not enrolled in medical insurance yet, still free?",
            "en",
            "No.",
            "14 Sep 2026",
        ),
        ("双胞胎还没上医保 现在办还免费吗", "zh", "不能了。", "2026年9月14日"),
        ("俩孩子医保还没办呢 还给补贴吗", "zh", "不能了。", "2026年9月14日"),
    ],
)
async def test_the_insurance_window_closed_for_twins_not_enrolled_is_a_plain_no_once(
    text: str, lang: str, no: str, closed: str
) -> None:
    """Jinan clause 15: a 2nd or 3rd child enrolled within 6 months of birth has the year's
    contribution paid. The twins were born 14 March 2026 and are not enrolled: "No" first, the
    day the window closed, said once for both, and no "was the child enrolled in time?"."""
    reply, focus = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **TWINS_IN_MARCH)
    if not reply:  # the form read a fact first; the answer follows it
        family = {**TWINS_IN_MARCH, **focus}
        reply, _ = await reply_of(ActionShowEntitlements(), text, lang, **family)
    assert reply.startswith(no), reply
    assert closed in reply and ("15" in reply), reply
    assert "enrolled in time" not in reply and "期限内参保的吗" not in reply, reply
    assert reply.count(closed) == 1, reply


# --- 3. back pay: the plan's silence first, never "第3个孩子能" before it ---------------------

# Tester 36 c06: Jinan hukou, three children born 2017, March 2019 and 18 September 2024.
THREE_IN_JINAN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2017-01-01", "precision": "year", "height_cm": None},
        month("2019-03"),
        day("2024-09-18"),
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "silent", "lead"),
    [
        (
            "我是问 之前没领的那些月 能补发不",
            "zh",
            "济南方案没有写“育儿补贴”能否补发",
            "第2个孩子不能",
        ),
        ("之前没领的钱 还能补领吗", "zh", "济南方案没有写“育儿补贴”能否补发", "第3个孩子能"),
        (
            "can we get the months we missed?",
            "en",
            "The Jinan plan does not say whether",
            "Child 2: no",
        ),
        (
            "can the earlier months be paid back?",
            "en",
            "The Jinan plan does not say whether",
            "Yes",
        ),
    ],
)
async def test_back_pay_leads_with_the_plans_silence_and_the_department(
    text: str, lang: str, silent: str, lead: str
) -> None:
    """Jinan clause 12 pays 600 a month to the 2nd and 3rd child born from 2023 until 3; it says
    nothing of months not claimed. The reply opens with that silence and names the lead
    department (the Municipal Health Commission); no per-child yes or no before it."""
    reply, _ = await reply_of(ActionRouteUnclear(), text, lang, **THREE_IN_JINAN)
    if not reply:
        reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **THREE_IN_JINAN)
    assert reply.startswith(silent), reply
    assert "卫生健康委员会" in reply or "Health Commission" in reply, reply
    assert not reply.startswith(lead), reply
    assert "12" in reply, reply


# --- 22. reasons that name the child and say the rule plainly ------------------------------


@pytest.mark.parametrize(
    ("lang", "refused", "kept", "robotic"),
    [
        (
            "zh",
            "第2个孩子出生于2019年3月",
            "这一项给第2个、第3个孩子，这是第3个孩子",
            ["符合“第2个、第3个孩子”的条件"],
        ),
        (
            "en",
            "The 2nd child was born in March 2019",
            "It is for the 2nd or 3rd child; this is the 3rd child",
            ["qualifies as a 2nd or 3rd child"],
        ),
    ],
)
async def test_the_subsidys_reasons_name_the_child(
    lang: str, refused: str, kept: str, robotic: list[str]
) -> None:
    """Jinan clause 12: a child born before 2023 is named when refused, and the 3rd child's line
    says whom the subsidy is for, not "the 3rd child qualifies as a 2nd or 3rd child"."""
    text = "老二老三有补贴吗" if lang == "zh" else "do the 2nd and 3rd get the subsidy?"
    reply, _ = await reply_of(ActionRouteUnclear(), text, lang, **THREE_IN_JINAN)
    if not reply:
        reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **THREE_IN_JINAN)
    assert refused in reply and kept in reply, reply
    assert not any(r in reply for r in robotic), reply


# --- 4. Beijing asked for monthly cash: a plain no first (Beijing (12)) ----------------------

# Tester 36 c03 and c08: Beijing hukou, a child of 5 and a baby.
BEIJING_FAMILY = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [month("2021-06"), month("2025-10")],
}


@pytest.mark.parametrize(
    ("text", "lang", "no"),
    [
        ("北京有啥补贴没有 一个月给多少钱", "zh", "没有。"),
        ("北京每个月给钱吗", "zh", "没有。"),
        ("any monthly cash like in jinan?", "en", "No."),
        ("do we get monthly money in beijing?", "en", "No."),
    ],
)
async def test_beijing_monthly_cash_asked_opens_with_no(text: str, lang: str, no: str) -> None:
    """Beijing (12) only says a family upbringing subsidy system is to be established, with no
    recipients or amount: the answer opens with a plain no, then why, with the clause."""
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **BEIJING_FAMILY)
    assert reply.startswith(no), reply
    assert "(12)" in reply, reply
    assert not reply.startswith(("A family upbringing", "逐步建立")), reply


# --- 5. leave asked by someone with no employer: the plan's leave is an employer's ----------

# Tester 36 c05: Jinan hukou, flexibly employed (employees' medical insurance), due April 2027.
FLEXIBLY_EMPLOYED = {
    "city": "jinan",
    "hukou_in_city": True,
    "birth_insurance": "flexible_employment",
    "children": [month("2022-05"), month("2027-04")],
}


@pytest.mark.parametrize(
    ("text", "lang", "first", "granted"),
    [
        (
            "那我有产假吗 没单位的",
            "zh",
            "方案里的产假、陪产假、育儿假都是向用人单位休的假",
            "（可以享受）",
        ),
        (
            "我灵活就业 产假能休吗",
            "zh",
            "方案里的产假、陪产假、育儿假都是向用人单位休的假",
            "（可以享受）",
        ),
        (
            "do i get maternity leave? i have no employer, im self employed",
            "en",
            "The plan's maternity, paternity and parental leave is leave from an employer",
            "(you qualify)",
        ),
    ],
)
async def test_leave_asked_with_no_employer_says_first_the_plan_does_not_cover_it(
    text: str, lang: str, first: str, granted: str
) -> None:
    """Jinan clause 11's 158 days is leave from an employer; the plan does not say how it applies
    to the flexibly employed: said first, with the 50 % delivery cover of clause 15, and no
    "158天（可以享受）" told of her."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **FLEXIBLY_EMPLOYED)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert "50%" in reply and "15" in reply, reply
    assert granted not in reply, reply


# --- 18. "what money can we get": the 600 first, the 200 only with its condition ------------


@pytest.mark.parametrize(
    "text",
    [
        "hi, we live in jinan. our daughter is 5 and we just had twin boys in march this year, "
        "what money can we get",
        "we live in jinan, eldest is 5 and twins born march 2026. which subsidies can we get?",
    ],
)
async def test_what_money_asked_gives_the_600_before_the_200s_condition(text: str) -> None:
    """Jinan clause 12: 600 a month for each 2nd and 3rd child until 3, said first; the 200 more
    only for a birth while on dibao, special hardship support or unemployment benefit, after it
    and with that condition, never the supplement's paragraph alone."""
    from tests.actions.test_questions_t27a import form_turn

    reply, _ = await form_turn(text, "en")
    assert "600 yuan a month" in reply, reply
    assert "Childcare subsidy supplement for families in hardship (Jinan)" not in reply, reply
    assert reply.index("600") < reply.index("200"), reply
    assert "depending on" in reply or "still open" in reply, reply


# --- 19. a direct question about the newborn's insurance: its answer first -----------------


@pytest.mark.parametrize(
    ("text", "lang", "first", "deadline"),
    [
        ("孩子生下来医保啥时候办 晚了是不是就不给补了", "zh", "按您家的情况", "2027年10月1日"),
        ("孩子出生后医保什么时候上 有期限吗", "zh", "按您家的情况", "2027年10月1日"),
        (
            "when the baby is born, when do we sign up for medical insurance? if late no subsidy?",
            "en",
            "For your family",
            "1 Oct 2027",
        ),
    ],
)
async def test_when_to_enrol_the_newborn_is_answered_first_not_a_list_of_the_birth(
    text: str, lang: str, first: str, deadline: str
) -> None:
    """Jinan clause 15: a 2nd child enrolled in resident medical insurance within 6 months of
    birth has the year's contribution paid. Due April 2027: the family's date comes first, not
    the twelve items of the birth nor the delivery costs' paragraph."""
    reply, _ = await reply_of(ActionAnswerPolicyQuestion(), text, lang, **FLEXIBLY_EMPLOYED)
    assert reply.startswith(first), reply
    assert deadline in reply.split("\n", 1)[0], reply
    assert "15" in reply, reply
    assert "宝宝出生后，按" not in reply and "When the baby is born, under" not in reply, reply
    assert "住院分娩" not in reply.split("\n", 1)[0], reply
