"""Tester 88's families and callers (stop 59), asked again: a what-if of a hukou moved to Jinan
followed up, the benefits at a birth told after the answer, and callers' questions of the
newborn's insurance window and of Beijing's cash."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.focus import asked_measure, is_monthly_money
from actions.hotline import HOTLINE, hardship_supposed
from actions.results import ActionWhatIf
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def beijing_twins_family() -> dict[str, Any]:
    """A Beijing family: the eldest about 7, twins about 10 months old (born around February
    2026), the father on unemployment benefit now; Beijing's plan pays no cash (clause (12))."""
    return {
        "language": "zh",
        "city": "beijing",
        "hardship_now": True,
        "children_partial": [
            {"birth_date": "2019-06-01", "precision": "month", "approx": "7岁"},
            {"birth_date": "2026-02-01", "precision": "month", "approx": "10个月"},
            {"birth_date": "2026-02-01", "precision": "month", "approx": "10个月"},
        ],
        "result_shown": True,
        "topic_entry": "beijing.family_upbringing_subsidy_system",
    }


async def test_a_move_to_jinan_supposed_gives_the_twins_600_each_and_the_200_it_turns_on() -> None:
    """ "那要是我们把户口迁回济南老家呢 俩小的能领济南那个钱不": with Jinan hukou the twins, the
    2nd and 3rd children born after 1 January 2023, would get 600 a month each until 3 (Jinan
    clause 12), 1,200 together, and 200 more each had the family drawn a benefit at the birth.
    "那失业金那200呢 俩孩子加一块一个月多少" goes on with that what-if, never Beijing's no (tester
    88 c5 heard "没有。北京…" three turns running)."""
    slots = beijing_twins_family()
    reply = await says(
        ActionRouteUnclear(),
        "那要是我们把户口迁回济南老家呢 俩小的能领济南那个钱不",
        "nlu_fallback",
        slots,
    )
    assert reply.startswith("这是假设，给您家记下的情况不变。假如户口迁到济南")
    assert "第2个孩子每月600元" in reply and "第3个孩子每月600元" in reply
    assert "每月各再加200元" in reply and "合计每月1,200元；加上这笔，合计每月1,600元" in reply
    assert slots["city"] == "beijing"  # the family's facts stay
    again = await says(
        ActionAnswerPolicyQuestion(), "那失业金那200呢 俩孩子加一块一个月多少", "ask_policy", slots
    )
    assert "合计每月1,600元" in again and "没有。" not in again
    other = await says(ActionAnswerPolicyQuestion(), "那北京有没有育儿假", "ask_policy", slots)
    assert slots.get("what_if_move") is None and "假如户口迁到济南" not in other


async def test_the_benefit_at_the_birth_told_after_the_answer_counts_800() -> None:
    """A grandmother's third grandchild born November 2026, Jinan hukou, her daughter on dibao
    now. "生的时候就是低保 好几年了 那一个月到底多少钱": dibao at the birth, so 600 + 200 = 800 a
    month until 2029 (Jinan clause 12), noted first; never "600, the 200 still to confirm"
    (tester 88 c4)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": True,
        "children_partial": [
            {"birth_date": "2017-06-01", "precision": "month", "approx": "9岁"},
            {"birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
            {"birth_date": "2026-11-01", "precision": "month"},
        ],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "生的时候就是低保 好几年了 那一个月到底多少钱",
        "ask_policy",
        slots,
    )
    assert reply.startswith("已更新：孩子出生时在领低保")
    assert "600+200=800元/月" in reply and "还要确认" not in reply


def test_what_twins_on_the_way_would_be_given_is_the_monthly_money() -> None:
    """ "这回怀的双胞胎 能给多少": the monthly money of Jinan clause 12 (600 each, 200 more with a
    benefit at the birth), never the newborn's insurance the words of a birth find (tester 88
    c3)."""
    for text in ("济南的 俺家老大5岁 这回怀的双胞胎 预产期明年2月 能给多少", "双胞胎 能给多少"):
        found = asked_measure(text, "jinan", "zh")
        assert found is not None and is_monthly_money(found)
    leave = asked_measure("产假能给多少天", "jinan", "zh")
    assert leave is not None and leave.id == "jinan.maternity_leave"


def dibao_second_child_case() -> dict[str, Any]:
    """A caller with Jinan hukou whose 2nd child was born March 2024 while on dibao: 600 + 200 a
    month until March 2027 (Jinan clause 12)."""
    return hotline_case(
        "zh",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2024-03-01", "precision": "month", "hardship_at_birth": True},
        ],
        hardship_at_birth=True,
    )


async def test_a_callers_child_never_enrolled_missed_the_insurance_window() -> None:
    """The caller's child, born March 2024, is still not in resident medical insurance. "现在办还
    能免个人缴费吗 一句话回答": no, the six months after the birth (Jinan clause 15) ended around
    September 2024; "现在补办算不算" is the same no. Never "能。" with the 800 of clause 12 (tester
    88 c9)."""
    slots = dibao_second_child_case()
    text = "来电人还问 孩子到现在还没上医保 现在办还能免个人缴费吗 一句话回答 带条款"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert (
        reply.startswith("不能。出生后6个月的参保期限已于2024年9月前后结束") and "第15条" in reply
    )
    assert slots["topic_entry"] == "jinan.newborn_medical_insurance_subsidy"
    again = await says(
        ActionAnswerPolicyQuestion(),
        "那就是不能了呗？这个孩子2024年3月生的 现在补办算不算",
        "inform",
        slots,
    )
    assert again.startswith("不能。") and "800" not in again


async def test_a_callers_day_of_birth_supposed_in_the_month_told_is_that_years() -> None:
    """A caller's 2nd child born December 2023 on dibao: 800 a month until the third birthday
    (Jinan clause 12). "这个月还能不能领？如果孩子是12月20号出生的呢": born 20 December 2023, paid
    until 20 December 2026; never a child born on 20 December 2022, before the start (tester 87
    h1 read out "不能")."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2023-12-01", "precision": "month", "hardship_at_birth": True},
        ],
        hardship_at_birth=True,
    )
    text = "来电人追问：那已经到期了吗？这个月还能不能领？如果孩子是12月20号出生的呢"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "2026年12月20日" in reply and "2022" not in reply


async def test_a_beijing_callers_cash_reward_is_the_subsidy_system_without_an_amount() -> None:
    """A Beijing caller's third child born May 2026. "我问的是现金奖励 有没有 多少钱": Beijing's
    plan only says a family upbringing subsidy system will be gradually established, with no
    amount (clause (12)); never "抱歉，这个我帮不上忙" (tester 88 c10)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "reply_brief": True,
        "hotline_city": "beijing",
        "hotline_case": {"city": "beijing", "hukou_in_city": True, "children_count": 3},
    }
    reply = await says(
        ActionRouteUnclear(), "我问的是现金奖励 有没有 多少钱", "out_of_scope", slots
    )
    assert "家庭养育补贴制度" in reply and "第(12)条" in reply and "抱歉" not in reply


def test_a_call_written_up_opens_the_hotline() -> None:
    """ "来电：济南户口，二胎2024年3月出生…给我一句能直接念的" is a worker's note of a call, never a
    family's own facts (tester 88 c9 was asked "要不要我把您家…")."""
    assert HOTLINE.search("来电：济南户口，二胎2024年3月出生，生的时候领低保，给我一句能直接念的")
    assert not HOTLINE.search("我家老二2024年3月出生 来电话问过社区")


def test_another_benefit_in_place_of_the_one_told_is_still_the_200() -> None:
    """ "要是当时没领失业金，是领低保呢，标准一样吗": dibao instead of unemployment benefit at the
    birth is still one of Jinan clause 12's three benefits, the same 200 (tester 89 c9's worker
    was given 600 to read out); without any benefit it is 600."""
    day = TODAY
    assert (
        hardship_supposed("群众追问：要是当时没领失业金，是领低保呢，标准一样吗？简短口径", day)
        is True
    )
    assert hardship_supposed("what if it was dibao instead of unemployment benefit", day) is True
    assert hardship_supposed("要是她生时没领失业金 是不是就600", day) is False


def test_the_end_or_the_claim_of_the_money_asked_is_the_subsidys() -> None:
    """ "wait so when does the money for the 2nd one stop?", "这个月还能领吗 小的" after the loan:
    the monthly subsidy (Jinan clause 12), never clause 4's mother-and-child safety nor the loan
    again (tester 89 e1, c4); "我翻了出生证 … 那能领不" is the money, not the birth formalities."""
    for text in (
        "wait so when does the money for the 2nd one stop?",
        "那钱啥时候停",
        "这个月还能领吗 小的",
        "等会儿 我翻了出生证 老二是2023年1月2号生的 不是12月28 那能领不",
    ):
        found = asked_measure(text, "jinan", "en" if text.isascii() else "zh")
        assert found is not None and found.id == "jinan.childcare_subsidy", text
    registration = asked_measure("出生医学证明去哪办", "jinan", "zh")
    assert registration is not None and registration.id == "jinan.birth_one_thing"


async def test_too_late_for_the_babys_insurance_is_answered_before_where_to_go() -> None:
    """A Jinan family's 2nd child born March 2026, not yet enrolled: "is it too late to get it
    free? where do we go": the six months (Jinan clause 15) ended about September 2026, said
    first, then how to enrol; never the 600's application (tester 88 c7)."""
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": "2022-06-01", "precision": "month", "approx": "4"},
            {"birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True},
        ],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    text = "we haven't signed the baby up for medical insurance yet, is it too late to get it free? where do we go"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("The baby's own resident medical insurance, at the latest")
    assert "has passed" in reply and "Childcare subsidy" not in reply


async def test_a_jinan_hukou_supposed_by_a_beijing_family_is_jinans_rule() -> None:
    """A Beijing family, the 2nd child due February 2027. "要是我们户口在济南 人在北京上班呢": Jinan's
    600 needs Jinan hukou (clause 12) and the plan says nothing of where the family lives;
    never "假设北京户口" (tester 89 c3)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "beijing",
        "children_partial": [
            {"birth_date": "2023-06-01", "precision": "month", "approx": "3岁"},
            {"birth_date": None, "due_date": "2027-02-01", "precision": "month"},
        ],
        "result_shown": True,
        "topic_entry": "beijing.child_free_transit",
    }
    reply = await says(ActionWhatIf(), "要是我们户口在济南 人在北京上班呢", "what_if", slots)
    assert "济南户籍" in reply and "第12条" in reply and "假设北京户口" not in reply


async def test_a_third_child_imagined_next_year_counts_for_the_loan_once_born() -> None:
    """Jinan hukou, the eldest born 2021, the 2nd May 2024. "要是再生个老三呢 明年生 能领多少 我俩
    都交公积金 买房能贷多少": once the 3rd is born a three-child family with two payers may borrow
    up to 1,000,000 (Jinan clause 14), and the 3rd gets 600 a month (clause 12); never the two-child
    900,000 of today (tester 89 c4)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": "2021-01-01", "precision": "year"},
            {"birth_date": "2024-05-01", "precision": "month"},
        ],
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    text = "要是再生个老三呢 明年生 能领多少 我俩都交公积金 买房能贷多少"
    reply = await says(ActionWhatIf(), text, "what_if", slots)
    assert "最高1,000,000元" in reply and "900,000" not in reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply


async def test_a_callers_birth_day_put_right_moves_the_insurance_deadline() -> None:
    """A caller's 2nd child, Jinan hukou, the newborn's insurance discussed (Jinan clause 15: six
    months from the birth). "来电人更正 是8月20号生的 截止日期变了吗 念一句": born 20 August 2026,
    so enrol by 20 February 2027; never the 600's end (tester 89 c10)."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2026-07-20", "precision": "day"},
        ],
    )
    slots["topic_entry"] = "jinan.newborn_medical_insurance_subsidy"
    reply = await says(
        ActionRouteUnclear(),
        "来电人更正 是8月20号生的 截止日期变了吗 念一句",
        "nlu_fallback",
        slots,
    )
    assert "2027年2月20日前参保" in reply and "2029年8月20日" not in reply
