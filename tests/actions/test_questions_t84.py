"""Tester 84's questions (stop 58), asked again: what the money would be had the family not been
on benefits at the birth, on a call and in the chat."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_a_callers_what_if_without_dibao_at_the_birth_counts_600_a_month() -> None:
    """A caller's 3rd child born 20 November 2024 while on dibao gets 600 + 200 a month (Jinan
    clause 12). "如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月": the
    what-if said first, then its months to the third birthday at 600 (11 × 600), never the
    case's 800 (tester 84 c5 and tester 82 c4 read out 800 for the what-if)."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
            {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2024-11-20", "precision": "day", "hardship_at_birth": True},
        ],
        hardship_at_birth=True,
    )
    text = "来电人问：如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("假如孩子出生时家里没有领取低保、特困供养或失业保险金：")
    assert "11×600元" in reply and "800" not in reply.split("可以这样念")[0]
    assert slots["hotline_case"].get("hardship_at_birth") is not False  # the case as told


async def test_a_callers_what_if_of_twins_without_the_benefit_is_43200() -> None:
    """Twins born 12 September 2023 as a caller's 2nd and 3rd, on unemployment benefit at the
    birth: 2 × 800 × 36 = 57,600 yuan (clause 12). "what if she had NOT been on unemployment
    benefit at the birth - total for both twins?": 2 × 600 × 36 = 43,200 yuan (tester 84 c9
    heard 57,600 twice)."""
    twins = {"birth_date": "2023-09-12", "precision": "day", "hardship_at_birth": True}
    slots = hotline_case(
        "en", [{"birth_date": None, "precision": None}, twins, dict(twins)], hardship_at_birth=True
    )
    text = "what if she had NOT been on unemployment benefit at the birth - total for both twins?"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("Supposing the family did not receive minimum subsistence")
    assert "43,200 yuan" in reply and "57,600" not in reply


async def test_a_familys_what_if_without_the_benefit_names_the_200_lost_and_the_600_kept() -> None:
    """老二 born March 2026 while the mother drew unemployment benefit: 600 + 200 a month (clause
    12), 老大's date untold. "要是生的时候没领失业金 是不是就600": the 200 would no longer apply and the 600 stays,
    said as a what-if with the family's facts kept (tester 82 c4's "对…共800元" checked the
    family's own figure instead)."""
    second = {"birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True}
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [{"birth_date": None, "precision": None}, second],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    text = "要是生的时候没领失业金 是不是就600"
    reply = await says(ActionHandleCorrection(), text, "inform", slots)
    assert reply.startswith("假设孩子出生时没有领低保、特困供养或失业金：")
    lost, _, kept = reply.partition("仍然有：")
    assert "不再符合：" in lost and "育儿补贴困难家庭加发" in lost
    assert "每月600元" in kept
    assert slots["children_partial"][1]["hardship_at_birth"] is True  # only a what-if
