"""Tester 138's conversations of 8 December 2026: a figure put back beside the measure it was
said of, and the eldest's own money asked with 老大."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 8)


def jinan_two(first: str, second: str) -> dict[str, Any]:
    return {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": first, "precision": "month", "height_cm": None},
            {"birth_date": second, "precision": "day", "height_cm": None},
        ],
    }


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many days paternity leave for me, my boss says 10", "en"),
        ("陪产假是10天对吧", "zh"),
    ],
)
async def test_a_figure_put_back_beside_paternity_leave_is_paternity_leaves(
    text: str, lang: str
) -> None:
    """Jinan clause 11: paternity leave is no less than 15 days; 10 days a year is the separate
    parental leave. "my boss says 10" of paternity leave is no yes to parental leave's 10 (tester
    138 p7 heard "Yes: at least 10 days a year" and then 15 days in the same reply)."""
    slots = {**jinan_two("2024-01-01", "2026-11-17"), "language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert not reply.startswith(("Yes", "对")), reply
    assert "15" in reply, reply


async def test_the_eldest_named_hears_the_eldests_own_answer() -> None:
    """老大不能领是吧 of a family whose second child gets 600 a month (Jinan clause 12, second and
    third children only): the eldest's answer, never "不是，有：" and the second child's money
    (tester 138 p1)."""
    slots = {
        **jinan_two("2021-06-01", "2026-11-01"),
        "language": "zh",
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(ActionAnswerPolicyQuestion(), "老大不能领是吧", "ask_policy", slots)
    assert not reply.startswith("不是，有"), reply
    assert "第1个孩子不在此列" in reply, reply


async def test_a_beijing_mothers_leave_and_her_husbands_in_jinan_each_from_its_plan() -> None:
    """产假能休多久 我老公在济南一家公司上班 他的陪产假是按济南的15天算吗, from a Beijing mother:
    her leave is Beijing's (clause (12), no number of days), his the Jinan plan's paternity leave
    asked by name (clause 11, no less than 15 days). Tester 139 p4 was given Jinan's 158 days."""
    slots: dict[str, Any] = {
        "city": "beijing",
        "hukou_in_city": True,
        "birth_insurance": "employee_maternity",
        "language": "zh",
        "children": [{"birth_date": "2027-04-01", "precision": "month", "height_cm": None}],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "产假能休多久 我老公在济南一家公司上班 他的陪产假是按济南的15天算吗",
        "ask_policy",
        slots,
    )
    assert "158" not in reply, reply
    assert reply.startswith("产假、哺乳假、延长生育假、陪产假和育儿假（北京）"), reply
    assert "陪产假（济南）" in reply and "不少于15天" in reply, reply


BEIJING_PREGNANT = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2022-06-01", "precision": "month", "height_cm": 108},
        {"birth_date": "2025-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2027-04-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "silent"),
    [
        ("我问的是我自己 孕妇坐地铁有没有优惠", "zh", "都没有给孕妇乘坐公交、地铁的优惠"),
        ("do pregnant women ride the subway free in beijing?", "en", "gives pregnant women"),
    ],
)
async def test_a_pregnant_womans_fare_is_not_in_either_plan(
    text: str, lang: str, silent: str
) -> None:
    """Neither plan gives pregnant women a transit discount; Beijing clause (12)'s free rides are
    for children under 1.3 m. Tester 140 p5 was told "有" and the children's rides."""
    slots = {**BEIJING_PREGNANT, "language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert silent in reply, reply
    assert not reply.startswith(("有", "Yes")), reply


async def test_how_many_payments_twins_get_is_the_monthly_money() -> None:
    """双胞胎能领几份补贴 of twins due in February 2027 in Jinan: clause 12's 600 a month for each,
    the second and the third child; not the newborns' insurance subsidy (tester 140 p3)."""
    slots: dict[str, Any] = {
        "city": "jinan",
        "hukou_in_city": True,
        "language": "zh",
        "children": [
            {"birth_date": "2022-06-01", "precision": "month", "height_cm": None},
            {"birth_date": "2027-02-20", "precision": "day", "height_cm": None},
            {"birth_date": "2027-02-20", "precision": "day", "height_cm": None},
        ],
    }
    reply = await says(ActionAnswerPolicyQuestion(), "双胞胎能领几份补贴", "ask_policy", slots)
    assert reply.startswith("育儿补贴（第2个孩子）：每月600元"), reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply, reply
