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
