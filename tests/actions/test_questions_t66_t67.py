"""Testers 66 and 67's questions routed to the wrong measure (stop 54), as asked again: each
answer names the measure asked, with its clause."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandoff
from actions.focus import asked_measure, measures_asked
from actions.headline import amount_asked
from actions.hukou_elsewhere import hukou_elsewhere_asked
from actions.none_confirmed import nothing_put_back
from actions.results import imagines_a_child
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 5)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def call(lang: str, *turns: str) -> list[str]:
    """A worker's messages in turn, the case kept between them; the replies."""
    slots: dict[str, Any] = {"language": lang}
    return [await says(ActionAnswerPolicyQuestion(), x, "ask_policy", slots) for x in turns]


LOAN_CASE = (
    "hotline here, caller on the line. jinan, 3 kids, youngest born 2024, husband and wife both "
    "pay housing fund, buying first home. max HPF loan? clause + one sentence i can read out pls"
)


async def test_the_loan_asked_by_hpf_is_the_ceiling_and_one_payer_its_row() -> None:
    """Jinan clause 14: a three-child family buying a first home borrows up to 1,000,000 yuan
    with two payers, 600,000 with one ("only the husband pays in" is no paternity leave)."""
    first, one, rent = await call(
        "en",
        LOAN_CASE,
        "and if only the husband pays in?",
        "they rent now and own nothing in jinan. can they take HPF out for rent? quick",
    )
    assert "up to 1,000,000 yuan for a first owner-occupied home (clause 14)" in first
    assert "up to 600,000 yuan" in one and "paternity" not in one.lower()
    # three children, no home, renting: the rent withdrawal of clause 14, yes first
    assert rent.startswith("Yes. The plan's clause 14 says:")


async def test_a_sentence_to_read_asked_alone_is_the_cases_sentence() -> None:
    """ "give me one sentence I can read to the caller" (read by the classifier as a request
    for a person) after twins born 12 Aug 2024 on dibao: both twins' 800 until 12 Aug 2027."""
    slots: dict[str, Any] = {"language": "en"}
    await says(
        ActionAnswerPolicyQuestion(),
        "Caller: Jinan hukou, 3 kids, ch1 2018, ch2&3 twins born 12 Aug 2024, dibao at twins' "
        "birth. total per month for the family?",
        "ask_policy",
        slots,
    )
    reply = await says(
        ActionHandoff(), "give me one sentence I can read to the caller", "request_human", slots
    )
    assert reply.startswith('You can read out: "Under clause 12 of the Jinan plan, child 2 gets')
    assert "child 3 gets 600 + 200 = 800 yuan a month until 12 Aug 2027" in reply


async def test_what_a_beijing_case_can_get_is_listed_with_clauses() -> None:
    """ "what CAN they get for the baby, list with clause numbers" of a Beijing caller with
    children of 5 and 8 months: the case's items, each with its clause (never one search hit)."""
    _, listed = await call(
        "en",
        "hotline. Beijing caller, 2 kids (5y and 8 months), asks how much childcare subsidy per "
        "month in Beijing. need figure + clause fast",
        "caller asks: so nothing at all? what CAN they get for the baby, list with clause numbers",
    )
    assert listed.startswith("Certain so far")
    assert "Income-tax deduction for care of children under 3: until 1 Apr 2029 (clause (9))" in (
        listed
    )
    assert "assisted reproduct" not in listed.lower()


def test_the_area_asked_of_the_rental_subsidy_is_one_measure() -> None:
    """ "多给多少平米啊 租房补贴那个": the rental subsidy's larger area (clause 14), not the help
    with rent in general nor the 200 of clause 12 ("多给")."""
    said = "多给多少平米啊 租房补贴那个"
    asked = asked_measure(said, "jinan", "zh")
    assert asked is not None and asked.id == "jinan.rental_subsidy_area"
    assert measures_asked(said, "jinan") == []  # one measure, not the rent withdrawal too


def test_a_pregnancy_told_with_a_question_is_no_child_supposed() -> None:
    """A grandmother: "儿媳妇又怀上了 预产期明年五月 这个老三生了能领多少": the third is on the
    way (noted), not a what-if; her two questions are each answered (clause 12's money, clause
    15's care insurance)."""
    said = "儿媳妇又怀上了 预产期明年五月 这个老三生了能领多少 俺们老两口的护理保险是不是也能补了"
    known = [{"birth_date": "2019-06-01"}, {"birth_date": "2022-12-01"}]
    assert not imagines_a_child(said, known)
    assert imagines_a_child("要是再生一个 能领多少", known)
    assert [e.id for e in measures_asked(said, "jinan")] == [
        "jinan.childcare_subsidy",
        "jinan.grandparents_ltc_insurance_subsidy",
    ]


@pytest.mark.parametrize(
    ("text", "put_back"),
    [
        ("我问的是育儿补贴 老二每月600那个 户口刚迁来能不能领 之前没领的能补发不", False),
        ("那就是领不了呗", True),
        ("所以老大不能领是吧", True),
    ],
)
def test_whether_one_can_claim_asked_is_no_nothing_put_back(text: str, put_back: bool) -> None:
    """能不能领 asks; 领不了呗 puts "nothing" back (tester 67 c5 heard "不是，有：")."""
    assert nothing_put_back(text) is put_back


def test_a_hukou_moved_in_since_the_birth_is_no_hukou_elsewhere() -> None:
    """小的生的时候户口还在菏泽 现在迁过来了: the hukou is in Jinan now (the money's silence on the
    months before the move answers it), not a family whose hukou is elsewhere."""
    said = "小的生的时候户口还在菏泽 现在迁过来了 那个每月600的能领不 以前的月份能补吗"
    assert hukou_elsewhere_asked(said) is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("ch1 2018. twins born 12 Aug 2024. total per month for the family?", None),
        ("born on 12 August 2024. 1600 a month?", 1600),
    ],
)
def test_a_day_before_its_month_is_no_figure_put_back(text: str, figure: int | None) -> None:
    """ "12 Aug 2024" is a birth day (tester 67 c8 heard "No, not 12 yuan")."""
    assert amount_asked(text) == figure


FAMILY_ON_DIBAO: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children_partial": [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {"birth_date": "2025-10-01", "precision": "month", "hardship_at_birth": True},
    ],
}


async def test_the_month_confirmed_with_the_whole_sum_asked_gives_both() -> None:
    """ "一个月800是吧 总共能拿多少钱" of a 2nd child born October 2025 on dibao: yes, 800 a
    month, and 28,800 in all to the 3rd birthday (clause 12; tester 67 c1 heard the month only)."""
    slots = {"language": "zh", **FAMILY_ON_DIBAO}
    reply = await says(
        ActionAnswerPolicyQuestion(), "一个月800是吧 总共能拿多少钱", "ask_policy", slots
    )
    assert reply.startswith("对。第2个孩子每月600+200=800元")
    assert "共28,800元" in reply


async def test_twice_600_for_two_children_is_no_and_names_the_eldest() -> None:
    """ "so 1200 total right since i have 2 kids" (eldest born 2019, 2nd March 2024): no, 600;
    clause 12 is for the 2nd and 3rd child only (tester 67 c7)."""
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "result_shown": True,
        "children_partial": [
            {"birth_date": "2019-01-01", "precision": "year"},
            {"birth_date": "2024-03-01", "precision": "month"},
        ],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(), "so 1200 total right since i have 2 kids", "ask_policy", slots
    )
    assert reply.startswith("No, not 1,200 yuan: child 2 gets 600 yuan a month; child 1 gets none")


async def test_a_third_child_and_a_second_payer_supposed_is_the_loan_table() -> None:
    """After the loan ceiling (two children, one payer: 600,000), "what if we have a 3rd baby
    next year and i start paying into the fund too, how much then": 1,000,000 with two payers
    (clause 14), not the parental leave (tester 69 c8)."""
    from actions.results import ActionWhatIf

    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "housing_fund_contributors": 1,
        "buying_first_home": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
        "children_partial": [
            {"birth_date": "2020-06-01", "precision": "month", "approx": "6"},
            {"birth_date": "2023-01-01", "precision": "day"},
        ],
    }
    reply = await says(
        ActionWhatIf(),
        "what if we have a 3rd baby next year and i start paying into the fund too, how much then",
        "what_if",
        slots,
    )
    assert reply.startswith("Yes, the ceiling goes up.")
    assert "with 3 children up to 1,000,000 yuan" in reply


async def test_a_jinan_family_living_in_beijing_hears_jinans_plan() -> None:
    """户口在济南 人在北京打工: the Jinan hukou kept (tester 69 c9 was noted as not Beijing
    hukou only); Jinan's newborn insurance asked by name is answered from Jinan's plan (clause
    15: enrol within 6 months, by 12 February 2027), not Beijing's "不对"."""
    from actions.household_form import accepted_updates

    told = accepted_updates(
        "户口在济南 人在北京打工租房子住 二宝今年8月12生的 老大4岁 北京这边能有啥 济南那边能领吗",
        {},
        TODAY,
        family=True,
    ).updates
    assert told["hukou_city"] == "jinan" and told["city"] == "beijing"
    slots: dict[str, Any] = {
        "language": "zh",
        **{k: v for k, v in told.items() if k != "children"},
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "济南的居民医保 给二宝上 是不是不用交钱 截止啥时候",
        "ask_policy",
        slots,
    )
    assert "2027年2月12日" in reply and "不对。北京方案" not in reply


async def test_a_day_told_with_a_question_is_noted_first() -> None:
    """ "老二是10月18号生的 去哪申请啊 要带啥材料" of a 2nd child known to October 2025: the day
    noted (已更新), then the question answered (tester 71 c1 kept hearing 1 October 2028)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children_partial": [
            {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2025-10-01", "precision": "month"},
        ],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "老二是10月18号生的 去哪申请啊 要带啥材料",
        "ask_policy",
        slots,
    )
    assert reply.startswith("已更新：老二2025年10月18日出生")
    assert slots["children_partial"][1]["birth_date"] == "2025-10-18"
