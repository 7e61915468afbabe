"""Tester 134's conversations of 8 December 2026: a second question after a first one on
another measure, a child never enrolled, the wife's parents asked about, a caller's delivery
cover and a Jinan caller's question likened to Beijing."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from policy_kb.text import Lang
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 8)
JINAN_TWO = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2023-06-01", "precision": "month", "height_cm": None},
        {"birth_date": "2025-10-01", "precision": "month", "height_cm": None},
    ],
}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_a_child_never_enrolled_hears_the_window_closed_not_a_question() -> None:
    """Jinan clause 15: a 2nd child born October 2025 had to join resident insurance within six
    months, by about April 2026. 二宝的医保一直没顾上办 says it never was: a plain no, not
    说不准 and "was the child enrolled in time?" (tester 134 p1)."""
    slots: dict[str, Any] = dict(JINAN_TWO)
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "二宝的医保一直没顾上办 现在去办个人那部分还能全免吗 另外孩子姥姥姥爷要是参加长护险 有补贴没",
        "ask_policy",
        slots,
    )
    assert reply.startswith("不能了。"), reply
    assert "说不准" not in reply, reply
    assert "祖父母参加长期护理保险个人缴费全额补贴" in reply, reply


async def test_a_deadline_after_the_insurance_named_is_answered_beside_the_money() -> None:
    """医保那个你还没说呢 | 最晚哪天办 | 还有小孙子每个月能领钱不: the newborn's window (Jinan
    clause 15, six months from a birth of November 2026) and the 600 a month (clause 12) are
    both answered (tester 134 p5's grandmother had the window dropped twice)."""
    slots: dict[str, Any] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2018-09-01", "precision": "month", "height_cm": None},
            {"birth_date": "2026-11-06", "precision": "day", "height_cm": None},
        ],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "医保那个你还没说呢 最晚哪天办 还有小孙子每个月能领钱不",
        "ask_policy",
        slots,
    )
    assert "2027年5月6日" in reply, reply
    assert "每月600元" in reply, reply


async def test_the_wifes_parents_are_the_grandparents_not_parental_leave() -> None:
    """ "anything for my wife's parents": Jinan clause 15's grandparents' care insurance, not the
    parents' parental leave of clause 11 (tester 134 p7 heard "Yes. Parental leave")."""
    slots: dict[str, Any] = {"language": "en", "city": "jinan", "hukou_in_city": True}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "is there anything for my wife's parents? they're gonna help with the baby",
        "ask_policy",
        slots,
    )
    assert "Grandparents' long-term care insurance" in reply, reply
    assert "Parental leave" not in reply, reply


async def test_a_callers_delivery_on_resident_insurance_is_its_fixed_payment() -> None:
    """Jinan clause 15: resident insurance pays a fixed 3,000 yuan for a hospital delivery. "what
    does it pay for the delivery?" beside the monthly money is answered with that figure, not
    dropped, and never opens "No." (tester 134 p10)."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "hotline operator here (12345). caller 1: jinan hukou, third child born 20 jan 2026, mom "
        "was on unemployment insurance benefits when the baby was born. how much per month, until "
        "when? she also had resident medical insurance, what does it pay for the delivery? need "
        "the figure, clause, and a sentence i can read out",
        "ask_policy",
        slots,
    )
    assert "800 yuan a month" in reply, reply
    assert "For this caller: 3,000 yuan." in reply, reply
    assert "No. The plan's clause 15" not in reply, reply


async def test_a_jinan_caller_asking_like_beijing_gets_jinans_answers() -> None:
    """A 2nd child born 10 November 2022 gets no 600 (Jinan clause 12: born on or after 1 January
    2023), and Jinan's plan has no free rides by height: Beijing's clause (12) is named once as
    Beijing's, never read out for a Jinan caller (tester 134 p10)."""
    slots: dict[str, Any] = {"language": "en"}
    await says(
        ActionAnswerPolicyQuestion(),
        "hotline operator here (12345). caller 1: jinan hukou, third child born 20 jan 2026. "
        "how much per month?",
        "ask_policy",
        slots,
    )
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "caller 3: a grandma in jinan, her grandson is the family's 2nd child, born 10 nov 2022, "
        "jinan hukou. does he get the 600 a month? and does jinan have the free bus/subway for "
        "kids under 1.3m like beijing? figure + clause + read-out please",
        "ask_policy",
        slots,
    )
    assert "No. Childcare subsidy (child 2)" in reply, reply
    assert "The Jinan plan says nothing about this" in reply, reply
    assert reply.count("Free buses and subways for children under 1.3 metres") == 1, reply
    assert "Under clause 12 of the Beijing plan" not in reply, reply


CALLER_ONE = (
    "hotline operator here (12345). caller 1: jinan family, two kids (2nd born march 2024), "
    "husband and wife both pay into housing fund, buying first home. what's the max provident "
    "fund loan, which clause, and a line i can read out?"
)


async def test_a_callers_loan_told_as_a_case_is_the_callers_cell() -> None:
    """Jinan clause 14: a two-child family with two payers buying a first home may borrow up to
    900,000 yuan. Read as the household form's "inform", the worker's case gets that cell, not
    the whole table opened with "Yes." (tester 135 p10)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.test_questions_t33c import DOMAIN, worker

    dispatcher = CollectingDispatcher()
    await ValidateHouseholdForm().get_extraction_events(
        dispatcher, worker(CALLER_ONE, "inform", language="en"), DOMAIN
    )
    reply = "\n".join(str(m.get("text") or "") for m in dispatcher.messages)
    assert "at most 900,000 yuan" in reply, reply
    assert "Three-child families" not in reply, reply


async def test_the_rent_withdrawal_is_read_out_as_itself_beside_the_loan() -> None:
    """Back to caller 1 (two children, two payers, renting, no home): the rent withdrawal (Jinan
    clause 14) is read out as the rent rule, not the loan table, and the loan is the caller's
    900,000 (tester 135 p10 heard the table, and 600,000 for "one number" read as one payer)."""
    slots: dict[str, Any] = {"language": "en"}
    await says(ActionAnswerPolicyQuestion(), CALLER_ONE, "ask_policy", slots)
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "back to caller 1: they currently rent and own no home in jinan. can they withdraw "
        "housing fund for rent? and just give me their exact loan ceiling, one number",
        "ask_policy",
        slots,
    )
    assert 'read out: "Under clause 14 of the Jinan plan: families with two or more' in reply, reply
    assert "900,000 yuan" in reply, reply
    assert "600,000 yuan with one contributor" not in reply, reply


@pytest.mark.parametrize(
    ("asked", "city", "lang", "meant"),
    [
        (
            "only child nursing leave for my dad in beijing - is there such a thing, how many days?",
            "beijing",
            "en",
            "beijing.family_planning_family_rights",
        ),
        (
            "我们已经住上公租房了 是因为孩子多了住不下 想调换成大点的 政策里有说能换吗",
            "jinan",
            "zh",
            "jinan.public_rental_switch",
        ),
    ],
)
def test_a_measure_asked_by_its_everyday_name_is_named(
    asked: str, city: str, lang: Lang, meant: str
) -> None:
    """Beijing clause (15)'s one-child parents' nursing leave and Jinan clause 14's switch of
    public rental housing, asked in everyday words, are those measures (tester 136 p8 and p3
    asked three times and heard the birth leaves and the loan)."""
    from actions.side_questions import named_measure

    found = named_measure(asked, city, lang)
    assert found is not None and found.id == meant


async def test_two_children_asked_of_one_measure_are_both_answered() -> None:
    """Jinan clause 12 (600 a month to a 2nd or 3rd child born from 2023, until 3): the 2nd child
    born November 2023 turned 3 in November 2026, so it has ended; the 3rd, due May 2027, gets
    600 a month until May 2030. 那老二现在能领吗 老三能领多少 asks both (tester 136 p6 heard only
    the 2nd's)."""
    slots: dict[str, Any] = {
        "city": "jinan",
        "hukou_in_city": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children": [
            {"birth_date": "2021-06-01", "precision": "month", "height_cm": None},
            {"birth_date": "2023-11-01", "precision": "month", "height_cm": None},
            {"birth_date": "2027-05-01", "precision": "month", "height_cm": None},
        ],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(), "那老二现在能领吗 老三能领多少你也没说", "ask_policy", slots
    )
    assert "育儿补贴（第2个孩子）：至2026年11月1日止" in reply, reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply, reply
