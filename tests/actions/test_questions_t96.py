"""Tester 96's families (stop 62), asked again: a mother expecting her third asking where to
apply after the subsidy was discussed."""

from datetime import date

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.results import ActionNextSteps
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize("text", ["那我什么时候去申请，去哪申请", "去哪申请", "where do we apply"])
async def test_where_to_apply_after_the_subsidy_is_the_subsidys_steps(text: str) -> None:
    """A Jinan family on dibao, daughters born 2018 and January 2024, the 3rd due April 2027, the
    childcare subsidy just discussed. "去哪申请" asks the subsidy's steps: the plan gives no
    procedure and the lead department is the Municipal Health Commission (Jinan clause 12),
    never public rental housing, which the bare word 申请 finds first (tester 96 c8)."""
    slots = {
        "language": "en" if text.isascii() else "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": True,
        "children": [
            {"birth_date": "2018-06-01", "precision": "month"},
            {"birth_date": "2024-01-01", "precision": "month", "hardship_at_birth": False},
            {"due_date": "2027-04-15"},
        ],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(ActionNextSteps(), text, "ask_next_steps", slots)
    assert "卫生健康委员会" in reply or "Health Commission" in reply
    assert "公租房" not in reply and "public rental" not in reply.lower()
    assert slots["topic_entry"] == "jinan.childcare_subsidy"


def three_children_paying(payers: int) -> dict[str, object]:
    """A Jinan hukou family of three children (2016, 2019, 2024), buying a first home, with this
    many members paying into the housing provident fund, the answer shown."""
    children = [
        {"birth_date": f"{year}-05-01", "precision": "month"} for year in (2016, 2019, 2024)
    ]
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "buying_first_home": True,
        "housing_fund_contributors": payers,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
    }


@pytest.mark.parametrize(("payers", "yes"), [(1, False), (2, True)])
async def test_a_sum_asked_to_be_borrowed_is_compared_with_the_ceiling(
    payers: int, yes: bool
) -> None:
    """A three-child family buying its first home. "还能贷100万吗": with one payer the ceiling is
    600,000 yuan, so no; with two it is 1,000,000, so yes (Jinan clause 14). Tester 95 c5 heard
    "能。…最高600,000元" after the husband stopped paying."""
    slots = three_children_paying(payers)
    reply = await says(ActionAnswerPolicyQuestion(), "那还能贷100万吗", "ask_policy", slots)
    assert reply.startswith("能。" if yes else "不能。"), reply
    assert ("1,000,000" if yes else "600,000") in reply


async def test_a_payer_stopped_and_the_sum_asked_in_one_message_is_a_no() -> None:
    """The same family, two payers noted. "我失业了公积金也停了 现在就我老婆一个人交 那还能贷100万吗":
    one payer noted, and the loan answered to this question, never the yes kept from an earlier
    question about the 200 (tester 95 c5)."""
    slots = {
        **three_children_paying(2),
        "topic_entry": "jinan.childcare_subsidy",
        "focus_entry": "jinan.childcare_subsidy",
        "focus_question": "孩子补贴能多200不",
    }
    reply = await says(
        ActionHandleCorrection(),
        "我失业了公积金也停了 现在就我老婆一个人交 那还能贷100万吗",
        "correct",
        slots,
    )
    assert "不能。" in reply and "600,000" in reply, reply
    assert "能。多孩" not in reply.replace("不能。多孩", "")
