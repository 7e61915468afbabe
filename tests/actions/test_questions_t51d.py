"""Tester 50's conversations (fix-t51d): a yes/no or several-part question answered on its own
measure, each part of it, in its own plain first word. Each test: the family known so far (the
slots), what the citizen wrote, what the reply must and must not say, and the clause. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t50e import FORM_PATHS, one_turn


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, precision: str = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision, "height_cm": None, **more}


async def reply_to(text: str, lang: str, intent: str = "inform", **slots: Any) -> str:
    """The whole turn the citizen reads: the actions `intent` reaches (data/rules), joined;
    a question after the answer, with no form running, is the policy question's alone."""
    steps = FORM_PATHS[intent] if slots.get("requested_slot") else [ActionAnswerPolicyQuestion]
    bubbles, _ = await one_turn(text, intent, steps, language=lang, **slots)
    return "\n".join(bubbles)


# --- P15: "那老大有补贴吗 怎么申请啊" after the 2nd child's 600 --------------------------------

# Tester 50 c01: Jinan hukou, the eldest 5, the 2nd born September 2024; the 600 was given and
# the form asked the benefits at the birth.
ELDEST_AND_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2021-06-01", approx="5岁"), child("2024-09-01")],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
ELDEST_NO = {"zh": "育儿补贴（第1个孩子）", "en": "Childcare subsidy (child 1)"}
NO_PROCEDURE = {"zh": "没有写申领流程", "en": "gives no application procedure"}
HEALTH = {"zh": "济南市卫生健康委员会", "en": "Municipal Health Commission"}


@pytest.mark.parametrize(
    ("text", "lang", "first_word"),
    [
        ("没有 都上班呢 那老大有补贴吗 怎么申请啊", "zh", "没有。"),  # tester 50 c01
        ("没有 那老大能领吗 去哪申请", "zh", "不能。"),
        ("no, we both work. does the eldest get a subsidy too? how do we apply?", "en", "No."),
    ],
)
async def test_the_eldests_no_and_the_application_are_both_answered(
    text: str, lang: str, first_word: str
) -> None:
    """Jinan clause 12: the 600 a month is for a 2nd or 3rd child born from 1 January 2023, so
    the eldest gets none, said first (不能 / No); the plan gives no application
    procedure, the Municipal Health Commission leads. Both parts, the eldest's first; never the
    application alone (tester 50 c01), nor the 200 more of hardship in place of the 600."""
    reply = await reply_to(text, lang, **ELDEST_AND_SECOND)
    assert f"{first_word}{'' if lang == 'zh' else ' '}{ELDEST_NO[lang]}" in reply, reply
    assert NO_PROCEDURE[lang] in reply and HEALTH[lang] in reply, reply
    assert reply.index(ELDEST_NO[lang]) < reply.index(NO_PROCEDURE[lang]), reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply, reply
    assert "很可能可以" not in reply and "Probably yes" not in reply, reply  # not the rental
    assert "hardship (child 1)" not in reply, reply


# --- P21: each part of a several-part question --------------------------------------------------

# Tester 50 c05: Jinan hukou, pregnant with the 2nd, due March 2027, her husband on
# unemployment benefit until after the birth; the 800 was given.
DUE_IN_MARCH: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "hardship_now": True,
    "children": [child("2022-05-01"), child("2027-03-01", expected=True)],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("算了 那我老公陪产假几天 我产假158天是吧 生完能不能马上领钱", "zh"),  # tester 50 c05
        ("我老公陪产假几天 产假是158天对吧 钱生完就能领吗", "zh"),
        (
            "how many days paternity leave for my husband, my maternity leave is 158 days right?"
            " and can we get the money right after the birth?",
            "en",
        ),
    ],
)
async def test_the_leave_the_confirmation_and_the_first_payment_are_each_answered(
    text: str, lang: str
) -> None:
    """Jinan clause 11: paternity leave at least 15 days, maternity leave 158 days, the 158 put
    back answered 对 / Yes; clause 12 says neither from which month the money is paid nor how
    to claim it: said so, with the lead department (tester 50 c05 heard nothing of the money)."""
    reply = await reply_to(text, lang, intent="ask_policy", **DUE_IN_MARCH)
    if lang == "zh":
        assert "不少于15天" in reply and "对。产假：158天" in reply, reply
        assert "没有写从哪个月开始发" in reply and "济南市卫生健康委员会" in reply, reply
        assert "第11条" in reply and "第12条" in reply, reply
    else:
        assert "at least 15 days" in reply and "Yes. Maternity leave: 158 days" in reply, reply
        assert "from which month it is paid" in reply, reply
        assert "Municipal Health Commission" in reply and "clause 12" in reply, reply


# Tester 50 e07: Jinan hukou, the eldest 6, the 2nd born November 2025, no hardship at the birth.
ELDEST_OF_SIX: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [child("2020-06-01", approx="6"), child("2025-11-01")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("sorry one more: is the 600 taxed and does my eldest (6) get anything?", "en"),
        ("is the subsidy taxable? and does the eldest get any of it?", "en"),
        ("这600要交税吗 老大有没有", "zh"),
    ],
)
async def test_the_tax_the_plan_is_silent_on_and_the_eldests_no_in_one_block(
    text: str, lang: str
) -> None:
    """Neither plan says whether the childcare subsidy is taxed: said so, with the only tax item
    the plan has, the income-tax deduction for the care of children under 3 (Jinan clause 12);
    the eldest gets no subsidy (clause 12: a 2nd or 3rd child), one no, not a second block of
    the newborn's insurance found by the eldest's age (tester 50 e07)."""
    reply = await reply_to(text, lang, intent="ask_policy", **ELDEST_OF_SIX)
    if lang == "zh":
        assert "没有写育儿补贴要不要交税" in reply, reply
        assert "个税专项附加扣除（济南第12条" in reply and "北京" not in reply.split("\n", 1)[1]
        assert reply.count("（第1个孩子）") == 1 and "没有。育儿补贴（第1个孩子）" in reply, reply
    else:
        assert "says whether the childcare subsidy is taxed" in reply, reply
        assert "Income-tax deduction for care of children under 3 (Jinan, clause 12" in reply
        assert "Beijing, clause" not in reply, reply
        assert reply.count("(child 1)") == 1 and "No. Childcare subsidy (child 1)" in reply, reply


# --- P22: the money put back, the leave asked, and the employer refusing the parental leave -----

# Tester 50 c04: Jinan hukou, the eldest 7, twins born March 2026, no hardship at the birth, two
# housing-fund contributors buying a first home; the twins' 1,200 a month was given.
TWINS_AND_ELDEST: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "children": [child("2019-06-01", approx="7岁"), child("2026-03-01"), child("2026-03-01")],
    "housing_fund_contributors": 2,
    "first_home": True,
    "result_shown": True,
    "topic_entry": "jinan.newborn_medical_insurance_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("那一个月1200 到29年3月 我老婆产假多少天 我媳妇单位不给育儿假咋办", "zh"),  # c04 T7
        ("一个月1200 到2029年3月 我媳妇产假几天 单位不批育儿假怎么办", "zh"),
        (
            "so 1200 a month until March 2029 right? how long is my wife's maternity leave, and"
            " what if her employer won't give her parental leave?",
            "en",
        ),
    ],
)
async def test_the_sum_put_back_the_leave_and_the_employers_refusal_each_answered(
    text: str, lang: str
) -> None:
    """Jinan clause 12: 600 a month for each twin, 1,200 together, until 1 March 2029: 对 / Yes.
    Clause 11: maternity leave 158 days; an employer not granting the parental leave: the
    plan counts the leave's implementation in the evaluation of employers with harmonious
    labour relations and strengthens inspection, names the Municipal Health Commission as lead
    (HR and Social Security, the Trade Unions among those responsible). The parental leave is
    said once, as the refusal's answer (tester 50 c04 heard no 对, nothing on the refusal, and
    the parental leave twice)."""
    reply = await reply_to(text, lang, intent="ask_policy", **TWINS_AND_ELDEST)
    if lang == "zh":
        assert reply.startswith("对。") and "合计1,200元" in reply and "2029年3月1日" in reply
        assert "158天" in reply and "和谐劳动关系" in reply and "执法检查" in reply, reply
        assert "济南市卫生健康委员会" in reply and "济南市总工会" in reply, reply
        assert reply.count("每人每年累计享受不少于10天") + reply.count("每人每年不少于10天") == 1
        assert "仍可享受" not in reply, reply
    else:
        assert reply.startswith("Yes.") and "1,200 yuan in total" in reply, reply
        assert "158 days" in reply and "harmonious labour relations" in reply, reply
        assert "Municipal Health Commission" in reply and "Trade Unions" in reply, reply
        assert "Still available" not in reply, reply


async def test_a_month_put_back_that_is_not_the_end_gets_no_yes() -> None:
    """The twins' money ends 1 March 2029 (clause 12): "到28年3月" is not its end, so no bare 对
    opens the answer on the strength of the 1,200 alone."""
    text = "那一个月1200 到28年3月 我老婆产假多少天"
    reply = await reply_to(text, "zh", intent="ask_policy", **TWINS_AND_ELDEST)
    assert not reply.startswith("对。"), reply
    assert "158天" in reply, reply


# --- P23, P17: the first message asks the money and how it is claimed ---------------------------


async def first_turn(text: str, lang: str) -> tuple[str, dict[str, Any]]:
    """The first message of a conversation: the form reads it, and when it needs nothing more
    the result follows (data/rules/household_form.yml); the reply and the slots after it."""
    from actions.household_form import ValidateHouseholdForm
    from actions.results import ActionShowEntitlements

    bubbles, slots = await one_turn(text, "inform", [ValidateHouseholdForm], language=lang)
    if not slots.get("requested_slot"):
        more, slots = await one_turn(text, "inform", [ActionShowEntitlements], **slots)
        bubbles += more
    return "\n".join(bubbles), slots


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hi, we live in Jinan with local hukou. Kids (6) and (1). The little one was born"
            " 2025.11. How much do we get and is it automatic?",
            "en",
        ),  # tester 50 e07
        ("济南户口 老大6岁 老二2025年11月出生 能领多少 是自动发吗", "zh"),
        ("济南户口 老大6岁 老二25年11月生的 一个月多少钱 需要自己去申请吗", "zh"),
    ],
)
async def test_how_much_and_whether_automatic_are_both_answered_first(text: str, lang: str) -> None:
    """Jinan clause 12: child 2 gets 600 a month until November 2028 (the 200 more waits on the
    benefits at the birth, asked next); the plan gives no application procedure and does not
    say whether it is paid automatically: said in the same reply, with the Municipal Health
    Commission (tester 50 e07 heard it only a turn later)."""
    reply, slots = await first_turn(text, lang)
    if lang == "en":
        assert "600 yuan/month, until 1 Nov 2028" in reply, reply
        assert "whether it is paid automatically" in reply, reply
        assert "Municipal Health Commission" in reply and "clause 12" in reply, reply
        assert reply.index("600 yuan/month") < reply.index("automatically"), reply
    else:
        assert "600元/月，至2028年11月1日" in reply, reply
        assert "是自动发放还是要自己申请" in reply and "济南市卫生健康委员会" in reply, reply
        assert reply.index("600元/月") < reply.index("自动发放"), reply
    assert slots.get("requested_slot") == "hardship_at_birth", slots  # the 200's fact, only


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我是孩子姥姥 外孙女2023.5出生的 是老二 济南户口 补贴是我们老人去领还是她妈妈领", "zh"),
        ("我是奶奶 孙子2023年5月出生 老二 济南户口 这补贴由谁来领", "zh"),
        (
            "I'm the grandma. my granddaughter was born May 2023, she's the second child, Jinan"
            " hukou. who collects the subsidy, us or her mum?",
            "en",
        ),
    ],
)
async def test_who_collects_is_answered_first_with_the_money_that_ended(
    text: str, lang: str
) -> None:
    """Jinan clause 12 does not say who claims the childcare subsidy or into whose account it
    is paid: said first, with the lead department; and this child's 600 ended when she turned
    3 (May 2026). Not the family's item list with "再问7个问题" (tester 50 c03)."""
    reply, _ = await first_turn(text, lang)
    first = reply.split("\n")[1]  # after the read-back
    if lang == "zh":
        assert first.startswith("方案（第12条）没有写育儿补贴由谁申领"), reply
        assert "济南市卫生健康委员会" in first, reply
        assert "2026年5月1日" in reply and "结束" in reply, reply
        assert "再问" not in reply and "可以享受" not in reply, reply
    else:
        assert first.startswith("The plan (clause 12) does not say who may claim"), reply
        assert "Municipal Health Commission" in first, reply
        assert "1 May 2026" in reply and "Ended" in reply, reply
        assert "more questions" not in reply and "can get" not in reply, reply


# --- P27: the twins not enrolled past the six months ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "no"),
    [
        ("那我们双胞胎医保 3月生的 现在还没上 还能补吗", "zh", "不能了。"),  # tester 50 c04 T6
        ("双胞胎到现在还没上医保 还能补吗", "zh", "不能了。"),
        ("the twins still haven't been enrolled in medical insurance, can we still claim it?", "en",
         "No."),
    ],
)  # fmt: skip
async def test_a_closed_enrolment_window_is_one_plain_no(text: str, lang: str, no: str) -> None:
    """Jinan clause 15: a 2nd or 3rd child enrolled within six months of birth has that year's
    contribution paid; twins born March 2026 not enrolled by now missed it (the window closed
    around September 2026). One answer: no longer, with the end, and whom to ask about a
    special case; not first "the plan does not say whether it can be paid back", which
    contradicted it, nor the six-month rule again (tester 50 c04)."""
    slots = {**TWINS_AND_ELDEST, "topic_entry": "jinan.school_district_coordination"}
    reply = await reply_to(text, lang, intent="ask_policy", **slots)
    assert reply.startswith(no), reply
    if lang == "zh":
        assert "2026年9月" in reply and "第15条" in reply, reply
        assert "能否补发" not in reply and "期限按出生之日起6个月内计算" not in reply, reply
        assert "济南市医疗保障局" in reply, reply
    else:
        assert "September 2026" in reply and "clause 15" in reply, reply
        assert "paid back" not in reply, reply
