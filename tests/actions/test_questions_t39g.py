"""Tester 39 played 12345 hotline workers on 1 December 2026 (fix-t39g). After one housing-fund
loan question, every later question got the loan ceiling of a case the worker never gave
(c03). A new question about another measure is answered for that measure: Jinan clause 15
subsidises in full that year's individual contribution of a 2nd or 3rd child enrolled in the
resident medical insurance within 6 months of birth, and the resident insurance pays a fixed
3,000 yuan for a hospital delivery; a loan case is only the figures the worker gave."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def conversation(turns: list[str], lang: str) -> list[str]:
    """The replies to a worker's turns, each with the slots the one before set."""
    slots: dict[str, Any] = {"language": lang}
    return [await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots) for said in turns]


# --- B1. after a loan case, another measure's question gets that measure ------------------------


LOAN_CASE = {
    "zh": [
        "我是12345热线的 问一下济南育儿补贴低保户生老三是不是一个月800",
        "好吧 那住房公积金 生三孩 俩人都交 能贷多少",
        "那要是只有一个人交公积金呢 二孩的",
    ],
    "en": [
        "hotline here. jinan caller, 3rd child, both parents pay into the housing fund. max loan?",
        "and if only one of them pays in, with 2 children?",
    ],
}


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("再问个 济南生老二 新生儿上居民医保 最晚啥时候办 超了还补吗", "zh"),
        ("济南二孩出生后参加居民医保的个人缴费补贴 时限是多久", "zh"),
        ("济南 新生儿参加居民医保 个人缴费补贴 要出生后几个月内参保", "zh"),
        ("another caller: newborn 2nd child, resident medical insurance. enrol by when?", "en"),
        ("how many months after birth to enrol the baby in resident insurance?", "en"),
    ],
)
async def test_after_a_loan_case_the_newborn_insurance_is_answered(
    question: str, lang: str
) -> None:
    """c03: the worker asked the loan ceiling (3 children 2 payers, then 2 children 1 payer),
    then the newborn's resident insurance. The answer is clause 15's 6 months and the year's
    contribution in full, never the loan, never a 900,000 case nobody gave."""
    *_, reply = await conversation([*LOAN_CASE[lang], question], lang)
    assert "90万" not in reply and "900,000" not in reply, reply
    assert "公积金" not in reply and "housing fund" not in reply.lower(), reply
    assert ("第15条" if lang == "zh" else "clause 15") in reply, reply
    assert ("6个月" if lang == "zh" else "six months") in reply.replace("6 months", "six months"), (
        reply
    )


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("算了 换个问题 济南居民医保住院生孩子定额多少钱", "zh"),
        ("居民医保生孩子住院能报多少", "zh"),
        ("different question: resident insurance, hospital birth, how much is paid?", "en"),
    ],
)
async def test_after_a_loan_case_the_delivery_payment_is_answered(question: str, lang: str) -> None:
    """c03: 居民医保住院生孩子定额 after the loan case: 3,000 yuan fixed (clause 15)."""
    *_, reply = await conversation([*LOAN_CASE[lang], question], lang)
    assert "90万" not in reply and "900,000" not in reply, reply
    assert "3000" in reply.replace(",", ""), reply
    assert ("第15条" if lang == "zh" else "clause 15") in reply, reply


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_loan_case_is_the_figures_the_worker_gave(lang: str) -> None:
    """c03: after "only one pays in, 2 children" (600,000), "so how much can they borrow?"
    never makes a case of 2 children and 2 payers nobody told: the 600,000 is there (clause
    14), and no "this family, 2 children, 2 payers" line."""
    again = "那他们能贷多少" if lang == "zh" else "so what is their max loan?"
    *_, reply = await conversation([*LOAN_CASE[lang], again], lang)
    assert "这家2个孩子、2人" not in reply and "2 children and 2 paying" not in reply, reply
    assert ("60万" if lang == "zh" else "600,000") in reply, reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply, reply


# --- B5. twins are two children; the case's children listed; a what-if keeps the case's city ---


@pytest.mark.parametrize(
    ("case", "lang"),
    [
        (
            "ok. another caller: twins born 2023-01-01, first child 4. do the twins both get 600?",
            "en",
        ),
        (
            "hotline here, jinan hukou. eldest is 4, twins born 2023-01-01. subsidy for the twins?",
            "en",
        ),
        ("我是12345热线的 济南户籍 老大4岁 双胞胎2023年1月1日出生 两个孩子都能领600吗", "zh"),
    ],
)
async def test_twins_both_get_the_monthly_subsidy(case: str, lang: str) -> None:
    """c09: twins born 1 Jan 2023 after a first child are the 2nd and 3rd children: each gets
    600 a month until the 3rd birthday, 1 Jan 2026 (clause 12), both now ended; not child 3
    alone."""
    opener = ["hotline here. caller in Jinan."] if lang == "en" and "hotline" not in case else []
    *_, reply = await conversation([*opener, case], lang)
    if lang == "zh":
        assert "第2个孩子" in reply and "第3个孩子" in reply, reply
        assert "2026年1月1日" in reply and "第12条" in reply, reply
    else:
        assert "Child 2" in reply and "Child 3" in reply, reply
        assert "1 Jan 2026" in reply and "clause 12" in reply, reply
    assert reply.count("600") >= 2, reply


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "you only talk about child 3. how many children do you have on file for this caller?",
            "en",
        ),
        ("what kids do you have on file?", "en"),
        ("你只说了老三 这个来电你记了几个孩子", "zh"),
        ("你记录的是几个孩子", "zh"),
    ],
)
async def test_the_case_children_on_file_are_listed(question: str, lang: str) -> None:
    """c09: "how many children do you have on file" got clause 20 (special family-planning
    families). It lists the case's children with their births."""
    case = (
        "hotline here. jinan caller: first child born 2021-05-10, twins born 2023-01-01. "
        "do the twins get 600?"
        if lang == "en"
        else "我是12345热线的 济南来电 老大2021年5月10日出生 双胞胎2023年1月1日出生 能领600吗"
    )
    _, reply = await conversation([case, question], lang)
    assert "第20条" not in reply and "clause 20" not in reply, reply
    if lang == "zh":
        assert "3个孩子" in reply and "2021年5月10日" in reply and "2023年1月1日" in reply, reply
    else:
        assert "3 children" in reply and "10 May 2021" in reply and "1 Jan 2023" in reply, reply


@pytest.mark.parametrize(
    ("case", "what_if", "lang"),
    [
        (
            "hotline here. caller in Jinan asks: flexible worker, employee medical insurance, how "
            "much of her hospital birth bill gets reimbursed?",
            "and if she had resident insurance instead?",
            "en",
        ),
        (
            "我是12345热线的 济南来电 灵活就业参加职工医保 住院生孩子报销多少",
            "那要是她参加的是居民医保呢",
            "zh",
        ),
    ],
)
async def test_a_hotline_what_if_keeps_the_case_city(case: str, what_if: str, lang: str) -> None:
    """c09: "and if she had resident insurance instead?" (a what-if) after "caller in Jinan"
    got "Which city does your family live in?". The case's city is kept: 3,000 yuan fixed for
    a hospital delivery (clause 15)."""
    from actions.results import ActionWhatIf

    slots: dict[str, Any] = {"language": lang}
    await says(ActionAnswerPolicyQuestion(), case, "ask_policy", slots)
    reply = await says(ActionWhatIf(), what_if, "what_if", slots)
    assert "哪个城市" not in reply and "Which city" not in reply, reply
    assert "3000" in reply.replace(",", ""), reply
    assert ("第15条" if lang == "zh" else "clause 15") in reply, reply


# --- C / B6. born on 1 Jan 2023 itself: answered, the plan's own words, our reading ------------


@pytest.mark.parametrize(
    ("turns", "lang"),
    [
        (
            [
                "我是12345热线的 问一下济南育儿补贴低保户生老三是不是一个月800",
                "那如果是23年1月1号当天生的算不算",
            ],
            "zh",
        ),
        (
            [
                "我是12345热线的 问一下济南育儿补贴低保户生老三是不是一个月800",
                "我问的是1月1号当天 到底算不算 来电的人孩子就是23年1月1号生的",
            ],
            "zh",
        ),
        (["我是12345热线的 济南育儿补贴", "2023年1月1日当天出生的二孩能领吗"], "zh"),
        (
            [
                "hotline here. jinan childcare subsidy for a 2nd child, 600 a month?",
                "does a child born ON 1 jan 2023 count as after 1 jan 2023?",
            ],
            "en",
        ),
        (
            [
                "hotline here. jinan childcare subsidy",
                "is a baby born january 1st 2023 itself included?",
            ],
            "en",
        ),
    ],
)
async def test_born_on_the_start_day_is_answered_as_our_reading(
    turns: list[str], lang: str
) -> None:
    """c03: 23年1月1号当天生的算不算 got the clause text twice; c09 got "on or after" as a quote.
    The answer: yes, on our reading; the plan's words are "born after January 1, 2023"
    (2023年1月1日以后出生, clause 12); the lead department decides."""
    *_, reply = await conversation(turns, lang)
    if lang == "zh":
        assert reply.startswith("算"), reply
        assert "“2023年1月1日以后出生”" in reply and "第12条" in reply, reply
        assert "我们的理解" in reply and "牵头部门" in reply, reply
        assert "或以后出生”" not in reply, reply
    else:
        assert reply.startswith("Yes"), reply
        assert "“born after January 1, 2023”" in reply and "clause 12" in reply, reply
        assert "our reading" in reply and "lead department" in reply.lower(), reply
        assert "“born on or after" not in reply, reply
