"""Tester 115's people (stop 71's final code), asked again on 7 December 2026: leave words typed
in pinyin, "what did you record", a hotline caller's money asked again after it ended, "this
money" after the family's 600 + 200, and "where do we go for all these" in Beijing."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.results import ActionNextSteps
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": "month", "height_cm": None}


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("how many days chanjia does my wife get and peichanjia for me", ("158", "15")),
        ("Pei chan jia is how long?", ("15",)),
        ("and yuerjia, how many days a year?", ("10",)),
    ],
)
async def test_leave_named_in_pinyin_is_jinans_clause_11(question: str, days: tuple[str]) -> None:
    """Jinan clause 11: 158 days of maternity leave (chanjia), at least 15 days of paternity
    leave (peichanjia), at least 10 days of parental leave a year (yuerjia), never "the plan
    gives no such figure"."""
    slots: dict[str, Any] = {"language": "en", "city": "jinan", "hukou_in_city": True}
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
    assert "no such figure" not in reply
    assert "clause 11" in reply
    for figure in days:
        assert f"{figure} days" in reply


@pytest.mark.parametrize(
    "question",
    [
        "What did you record about my family so far?",
        "what have you taken down about us",
        "What did you save for my family?",
    ],
)
async def test_what_did_you_record_reads_the_family_back(question: str) -> None:
    """A read-back asked in the past tense is the family as noted, not a search's clause 21."""
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [{"birth_date": None, "precision": None}, child("2024-03-01")],
    }
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
    assert reply.startswith("What I have noted:")
    assert "March 2024" in reply
    assert "clause 21" not in reply


@pytest.mark.parametrize(
    ("again", "lang", "said"),
    [
        ("她每个月能领多少", "zh", "2026年2月1日"),
        ("这个来电人每个月能领多少", "zh", "2026年2月1日"),
        ("她能领多少", "zh", "2026年2月1日"),
        ("how much per month can she get", "en", "1 Feb 2026"),
    ],
)
async def test_a_callers_money_asked_again_is_her_ended_800(
    again: str, lang: str, said: str
) -> None:
    """Jinan clause 12: a second child born February 2023 while the family was on dibao got
    600 + 200 = 800 a month until her third birthday (1 February 2026, the month's 1st taken).
    Asked again on the same call, the worker hears that money and its end, not the plan's
    general 600."""
    slots: dict[str, Any] = {"language": lang}
    case = "我是热线坐席 来电人济南户口 老二2023年2月生的 生的时候家里领低保 育儿补贴还有吗"
    await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    reply = await says(ActionAnswerPolicyQuestion(), again, "ask_policy", slots)
    assert "800" in reply
    assert said in reply
    assert "每孩每月发放600元" not in reply


async def test_this_money_after_the_families_800_is_the_childcare_subsidy() -> None:
    """ "那这个钱从哪个月开始发 去哪申请" after the 600 + 200: Jinan clause 12 says neither the
    first month nor where to apply (lead: the health commission), not the newborn's insurance
    (clause 15, six months to enrol)."""
    slots: dict[str, Any] = {"language": "zh"}
    await says(
        ActionAnswerPolicyQuestion(),
        "济南户口 老二去年3月生的 生的时候在领低保 有啥补贴",
        "ask_policy",
        slots,
    )
    reply = await says(
        ActionAnswerPolicyQuestion(), "那这个钱从哪个月开始发 去哪申请", "ask_policy", slots
    )
    assert "第12条" in reply
    assert "没写从哪个月开始发" in reply
    assert "济南市卫生健康委员会" in reply
    assert "医保" not in reply


BEIJING_FAMILY: dict[str, Any] = {
    "language": "zh",
    "city": "beijing",
    "hukou_in_city": True,
    "children": [child("2024-05-01")],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",  # a what-if on a Jinan hukou came before
}


@pytest.mark.parametrize(
    ("action", "question"),
    [
        (ActionAnswerPolicyQuestion(), "北京这些去哪办"),
        (ActionNextSteps(), "这些去哪办"),
        (ActionNextSteps(), "你说的这些我都要去哪问"),
    ],
)
async def test_where_to_go_for_all_these_is_each_beijing_item(action: Any, question: str) -> None:
    """A Beijing family's items each with its step: leave from the employer (Beijing (12)), the
    tax deduction under the national rules ((9)); Beijing's plan names no department for them.
    Never Jinan's health commission for Jinan's subsidy."""
    slots = dict(BEIJING_FAMILY)
    reply = await says(action, question, "ask_policy", slots)
    assert reply.startswith("按北京的方案，您家可以享受的4项")
    assert "向用人单位申请各类假期" in reply
    assert "第(9)条" in reply
    assert "济南" not in reply


async def test_where_to_go_for_all_these_in_english_counts_the_conditional_items() -> None:
    """A Jinan family of two (the second born March 2025): the 600 (clause 12) from the health
    commission, and clause 14's public rental items said to be on conditions."""
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [child("2020-05-01"), child("2025-03-01")],
        "result_shown": True,
    }
    reply = await says(ActionNextSteps(), "where do we apply for all these?", "ask_policy", slots)
    assert reply.startswith("Under Jinan's plan, where to go for the ")
    assert "more on conditions" in reply
    assert "Childcare subsidy (child 2) (clause 12)" in reply
    assert "Municipal Health Commission" in reply


# --- tester 116 (7 December 2026) ---------------------------------------------------------------

THREE_CALLERS = [
    "hotline here. Caller 1: Beijing family, 3 kids aged 9, 6 and 1, renting. Asks if they get "
    "priority for public rental housing. Need clause and one sentence to read.",
    "next caller, caller 2, different family: Jinan hukou, second child born 10 Feb 2023, asks "
    "how long the 600 yuan childcare subsidy lasts and total. Quick.",
    "caller 3: Jinan, 3 children, husband and wife both pay gongjijin, buying first home. Max "
    "housing fund loan? clause + sentence",
]


async def test_the_first_caller_named_back_three_callers_on_is_the_beijing_family() -> None:
    """Three callers in a row, then "back to caller 1": the Beijing family of three (9, 6 and
    1), not caller 3's Jinan case with caller 1's children added. The 1-year-old rides free
    (Beijing (12): under 1.3 m), and the sentence to read out says so, never "does not get"."""
    slots: dict[str, Any] = {"language": "en"}
    for call in THREE_CALLERS:
        await says(ActionAnswerPolicyQuestion(), call, "ask_policy", slots)
    await says(
        ActionAnswerPolicyQuestion(),
        "back to caller 1, the Beijing family with 3 kids (9, 6, 1). Mother asks: maternity "
        "leave days in Beijing, and does the 1 year old ride subway free?",
        "ask_policy",
        slots,
    )
    case = slots["hotline_case"]
    assert case["caller_no"] == 1
    assert case["city"] == "beijing"
    assert "housing_fund_contributors" not in case
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "and the subway for the 1 year old? still caller 1",
        "ask_policy",
        slots,
    )
    assert "rides buses and subways free" in reply
    assert "does not get" not in reply
    assert "Jinan" not in reply


async def test_a_year_told_with_the_call_back_is_no_total_put_back() -> None:
    """Caller 2 called back: father on unemployment benefit at the birth (10 Feb 2023). Jinan
    clause 12: 800 a month for 36 months, 28,800 in total; the year 2023 is no sum to answer
    "No: …, not 2023"."""
    slots: dict[str, Any] = {"language": "en"}
    for call in THREE_CALLERS[:2]:
        await says(ActionAnswerPolicyQuestion(), call, "ask_policy", slots)
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "caller 2 called back: at the birth (10 Feb 2023) the father was on unemployment "
        "insurance benefits. So total for that child? one sentence",
        "ask_policy",
        slots,
    )
    assert "28,800" in reply
    assert "not 2023" not in reply
    assert "in total" in reply


def test_a_birth_year_is_no_monthly_amount_put_back() -> None:
    """ "First kid born 2020, then twins …  How much money we can get?" puts back no 2,020 yuan;
    an amount with its unit still counts."""
    from actions.headline import amount_asked

    assert amount_asked("First kid born 2020, then twins born March 2024. How much?") is None
    assert amount_asked("2000 yuan a month right?") == 2000
    assert amount_asked("一个月800是吧") == 800


async def test_a_grandmothers_son_named_again_stays_his_household() -> None:
    """A grandmother asked for her daughter's Jinan family (7, and twins born October 2025),
    then for her son's Beijing family ("行 那再问问我儿子家 … 孩子24年9月生的 是老二"). "那我儿子家
    在北京还有啥别的好处没 他们租房子住" goes on about the son's household: Beijing's items
    (the under-3 tax deduction until September 2027, Beijing (9)), nothing noted on the
    daughter's family (tester 116 p2 had the son's renting noted on it and heard Jinan's 600)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2019-06-01", "precision": "month", "approx": "7岁了"},
            {"birth_date": "2025-10-01", "precision": "month"},
            {"birth_date": "2025-10-01", "precision": "month"},
        ],
        "result_shown": True,
    }
    before = dict(slots)
    first = await says(
        ActionAnswerPolicyQuestion(),
        "行 那再问问我儿子家 他们在北京 北京户口 孩子24年9月生的 是老二 北京给多少钱",
        "ask_policy",
        slots,
    )
    assert "单独算" in first
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "那我儿子家在北京还有啥别的好处没 他们租房子住 儿媳妇现在没工作",
        "ask_policy",
        slots,
    )
    assert "单独算" in reply and "租房住" in reply
    assert "2027年9月1日" in reply
    assert "600元" not in reply
    assert {k: slots.get(k) for k in before} == before


JUNE_BABY: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2013-09-01", "precision": "year"},
        {"birth_date": "2024-01-20", "precision": "day", "hardship_at_birth": True},
        {"birth_date": "2026-06-01", "precision": "month", "hardship_at_birth": True},
    ],
    "result_shown": True,
}


async def test_a_june_babys_insurance_on_7_december_rests_on_the_day() -> None:
    """Jinan clause 15: enrol within six months of the birth. A third child born in June 2026,
    the day not told, asked on 7 December: the window ends between 1 and 30 December, so the
    answer asks the day and says to enrol now, never "the window has closed" (tester 116 p7)."""
    slots = dict(JUNE_BABY)
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "老三居民医保还没办呢 现在去办个人交的钱还能全免不",
        "ask_policy",
        slots,
    )
    assert "2026年12月1日到2026年12月30日之间" in reply
    assert "已于" not in reply and "不能" not in reply


async def test_the_day_told_after_the_insurance_gives_its_last_day() -> None:
    """ "老三是6月25号生的 那还来得及不" after the insurance: yes, enrol by 25 December 2026
    (clause 15), not the 600's application (tester 116 p7)."""
    from actions.conversation import ActionHandleCorrection

    slots = {**JUNE_BABY, "topic_entry": "jinan.newborn_medical_insurance_subsidy"}
    reply = await says(ActionHandleCorrection(), "老三是6月25号生的 那还来得及不", "inform", slots)
    assert "2026年12月25日" in reply
    assert "第15条" in reply
    assert "申领流程" not in reply


async def test_three_kids_said_again_as_noted_is_answered_as_noted() -> None:
    """ "wrong, we have THREE kids. eldest 2020 and the twins both 15 May 2024. please fix" when
    exactly that is noted: the record is already so, never clause 14's text on multiple births
    found by "twins" (tester 116 p8)."""
    from actions.conversation import ActionHandleCorrection

    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "housing_fund_contributors": 1,
        "buying_first_home": True,
        "children": [
            {"birth_date": "2020-01-01", "precision": "year"},
            {"birth_date": "2024-05-15", "precision": "day", "hardship_at_birth": True},
            {"birth_date": "2024-05-15", "precision": "day", "hardship_at_birth": True},
        ],
        "result_shown": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
    }
    reply = await says(
        ActionHandleCorrection(),
        "wrong, we have THREE kids. eldest 2020 and the twins both 15 May 2024. please fix",
        "correct",
        slots,
    )
    assert reply.startswith(("That is what I have noted already", "Updated: 3 children"))
    assert "clause 14" not in reply and "multiple birth" not in reply


async def test_a_child_not_registered_in_jinan_asked_on_a_call_is_the_plans_silence() -> None:
    """ "来电人问孩子没上济南户口 户口还在老家 能领吗" after the delivery's cover: Jinan clause 12
    speaks of families with Jinan hukou and is silent on the child's own; not "可以" of the
    delivery's cover (tester 116 p10)."""
    slots: dict[str, Any] = {"language": "zh"}
    for said in (
        "来电人济南户口 二孩24年3月生的 问育儿补贴标准 金额条款和一句能念的话",
        "灵活就业 职工医保 生孩子住院能报多少",
    ):
        await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots)
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "来电人问孩子没上济南户口 户口还在老家 能领吗",
        "ask_policy",
        slots,
    )
    assert reply.startswith("不一定，方案没有说")
    assert "第12条" in reply


# --- tester 117 (7 December 2026) ---------------------------------------------------------------

TWO_IN_JINAN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month", "approx": "4"},
        {"birth_date": "2025-04-01", "precision": "month"},
    ],
    "housing_fund_contributors": 1,
    "renting": True,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("claim", "lang", "opening"),
    [
        (
            "my husband's new company says no parental leave for him, is it true?",
            "en",
            "No, that is not right",
        ),
        ("老公单位说没有育儿假 是真的吗", "zh", "不对，按方案是有的"),
    ],
)
async def test_an_employers_no_put_to_be_checked_is_answered_not_right(
    claim: str, lang: str, opening: str
) -> None:
    """Jinan clause 11: each parent of a child under 3 has at least 10 days of parental leave a
    year. "The company says no, is it true?" is answered "not right", never "Yes." (tester
    117 p7)."""
    slots = {**TWO_IN_JINAN, "language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), claim, "ask_policy", slots)
    assert reply.startswith(opening)
    assert "10" in reply


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("can you tell me what you wrote down about us?", "en"),
        ("你把记的给我念念", "zh"),
        ("你记下我家啥情况了 说给我听听", "zh"),
    ],
)
async def test_more_read_back_wordings(question: str, lang: str) -> None:
    """The family as noted, in the wordings tester 117 used."""
    slots = {**TWO_IN_JINAN, "language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
    assert reply.startswith(("What I have noted:", "目前记下的是"))
