"""Testers 77 and 78's questions (stops 56 and 57), asked again: a third child's money while the
elder children's dates are not told, a total put back while the 200 at the birth is still
open, a day told beside "where do we apply"."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.each_part import with_confirmation
from actions.focus import asked_measure, measures_asked
from actions.hotline_case import ASKED_CHILD, child_asked, total_asked
from actions.household_form import read_message
from actions.items_offered import offered_items_taken
from actions.multiples import per_child_or_birth_answer
from actions.nursery import nursery_money_answer
from actions.results import ActionNextSteps, focused_reply
from actions.worked_out import worked_out
from policy_kb import catalogue
from tests.actions.conftest import make_tracker
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def third_child_family(second: str | None, lang: str = "zh") -> dict[str, Any]:
    """A Jinan family (hukou there, renting) whose 3rd child was born in October 2025; the 2nd
    born in the month `second` ("2022-05-01") or not told; the eldest's date not told."""
    return {
        "language": lang,
        "city": "jinan",
        "hukou_in_city": True,
        "renting": True,
        "children_partial": [
            {"birth_date": None, "precision": None},
            {"birth_date": second, "precision": "month" if second else None},
            {"birth_date": "2025-10-01", "precision": "month"},
        ],
    }


def reply_about(entry_id: str, text: str, slots: dict[str, Any]) -> str:
    tracker = make_tracker(text, intent="ask_policy", **slots)
    entry = catalogue().entries[entry_id]
    return focused_reply(tracker, slots, entry, slots["language"], question=text)


@pytest.mark.parametrize(
    ("lang", "text", "paid", "open_child"),
    [
        ("zh", "育儿补贴能不能领", "第3个孩子每月600元", "第2个孩子能不能领"),
        ("en", "can we get the childcare subsidy", "Child 3: 600 yuan a month", "child 2"),
    ],
)
def test_the_third_childs_600_does_not_wait_for_the_elder_childrens_dates(
    lang: str, text: str, paid: str, open_child: str
) -> None:
    """Jinan clause 12: 600 a month per 2nd or 3rd child born on or after 1 January 2023, to 3.
    老三 born October 2025 gets it until 1 October 2028 whatever 老大 and 老二's dates; only 老二's
    own date decides 老二's, and that date is what is asked (tester 77 c5 heard the rule alone and
    was asked 老大's date)."""
    reply = reply_about("jinan.childcare_subsidy", text, third_child_family(None, lang))
    assert paid in reply and open_child in reply
    assert "2028" in reply and ("第12条" in reply or "clause 12" in reply)
    assert "第1个孩子是哪年" not in reply and "When was child 1" not in reply


def test_a_total_of_1200_put_back_is_checked_while_the_200_is_open() -> None:
    """老二2022年5月的 老三600 老二也600 一共1200是吧, the hardship at the birth not told: no, 600 a
    month (老二 born before 2023 has none, clause 12), the 200 on its condition; never the
    supplement's rule alone (tester 77 c5 heard "没有。" and the 200's card)."""
    text = "老二2022年5月的 老三600 老二也600 一共1200是吧 我户口不在济南有影响吗"
    reply = reply_about(
        "jinan.childcare_subsidy_hardship_supplement", text, third_child_family("2022-05-01")
    )
    assert reply.startswith("不是1,200元")
    assert "第3个孩子每月600元" in reply and "2022年5月" in reply
    assert reply.count("2022年5月") == 1  # 老二's reason once
    assert "低保" in reply  # the 200 still on its condition


async def test_a_day_told_beside_where_to_apply_is_noted_first() -> None:
    """孩子具体是10月18号生的 那什么时候开始发 要去哪里申请, of 老二 born October 2025: the day noted
    (the money then ends on 18 October 2028, not the 1st), then the plan's silence on claiming
    (tester 78 c1 was told 1 October 2028 afterwards)."""
    children = [
        {"birth_date": "2023-06-01", "precision": "month", "approx": "3岁半"},
        {"birth_date": "2025-10-01", "precision": "month"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children": children,
        "children_partial": children,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(
        ActionNextSteps(),
        "孩子具体是10月18号生的 那什么时候开始发 要去哪里申请",
        "ask_next_steps",
        slots,
    )
    assert reply.startswith("已更新：老二2025年10月18日出生")
    assert "济南市卫生健康委员会" in reply
    later = await says(ActionAnswerPolicyQuestion(), "那到底发到哪天截止", "ask_policy", slots)
    assert "2028年10月18日" in later


def dibao_family(**more: Any) -> dict[str, Any]:
    """A Jinan family of three: 老大 8, 老二 4, 老三 born December 2025 while the father drew
    unemployment insurance benefits; the answer already shown, the hukou not yet told."""
    children = [
        {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
        {"birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
        {"birth_date": "2025-12-01", "precision": "month", "hardship_at_birth": True},
    ]
    return {
        "language": "zh",
        "city": "jinan",
        "result_shown": True,
        "children": children,
        "children_partial": children,
        "topic_entry": "jinan.childcare_fee_subsidy_institution",
        **more,
    }


def test_the_nurseries_400_and_a_childs_money_asked_together_are_both_asked() -> None:
    """托育机构每月补400那个是给俺们家的吗 老三能领多少: the 400 paid to the institutions, and 老三's
    own money (Jinan clause 12), each answered (tester 78 c10 heard the 400's card alone)."""
    text = (
        "济南的 俺家仨娃 老三去年12月生的 生的时候俺男人在领失业金 老大8岁上小学 老二4岁 "
        "托育机构每月补400那个是给俺们家的吗 老三能领多少"
    )
    assert [e.id for e in measures_asked(text, "jinan")] == [
        "jinan.childcare_fee_subsidy_institution",
        "jinan.childcare_subsidy",
    ]
    nursery = catalogue().entries["jinan.childcare_fee_subsidy_institution"]
    opened = with_confirmation("托育机构托育费补贴……", text, nursery, "zh")
    assert opened.startswith("不是。这项是给托育机构的，不发给家庭。")


async def test_the_hukou_told_with_a_childs_question_after_the_answer_is_taken() -> None:
    """老三能领多少 户口都是济南的, after the answer: the hukou noted, then 老三's 800 a month (600
    and the 200 of a birth during unemployment benefits, clause 12); never "如果是济南户口"
    (tester 78 c10)."""
    slots = dibao_family()
    reply = await says(ActionRouteUnclear(), "老三能领多少 户口都是济南的", "nlu_fallback", slots)
    assert reply.startswith("记下了：济南户口")
    assert "800" in reply and "如果是济南户口" not in reply
    assert slots["hukou_in_city"] is True


async def test_a_babys_insurance_not_done_after_six_months_is_no_longer_free() -> None:
    """老三是12月20号生的 医保到现在还没给他办 现在办还给补贴不: Jinan clause 15's full subsidy of
    the contribution needs enrolment within 6 months of the birth, which ended 20 June 2026;
    the day noted, then 不能了 with that day, never the 600's rule nor "孩子是在期限内参保的吗"
    (tester 78 c10)."""
    slots = dibao_family(hukou_in_city=True, topic_entry="jinan.inclusive_kindergarten_priority")
    text = "老三是12月20号生的 医保到现在还没给他办 现在办还给补贴不"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("已更新：老三2025年12月20日出生")
    assert "不能了" in reply and "2026年6月20日" in reply and "第15条" in reply
    assert "期限内参保的吗" not in reply


def hotline_case(lang: str, children: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
    """A worker's Jinan caller (hukou there) with these children, the 600 discussed."""
    return {
        "language": lang,
        "topic_entry": "jinan.childcare_subsidy",
        "reply_brief": True,
        "hotline_city": "jinan",
        "hotline_case": {
            "city": "jinan",
            "hukou_in_city": True,
            "children_partial": children,
            "children_count": len(children),
            **more,
        },
    }


def test_the_child_asked_of_a_case_is_the_one_in_the_question() -> None:
    """她说老二是2023年1月10号生的 老大2019年 老二现在还能领吗: 老二 is asked (老大's year is told),
    so 老二's 600, paid until its third birthday on 10 January 2026 and stopped (clause 12);
    never 老三's 800 again (tester 78 c2)."""
    case = hotline_case(
        "zh",
        [
            {"birth_date": "2019-01-01", "precision": "year"},
            {"birth_date": "2023-01-10", "precision": "day"},
            {"birth_date": "2024-03-05", "precision": "day", "hardship_at_birth": True},
        ],
    )["hotline_case"]
    asked = child_asked(case, "她说老二是2023年1月10号生的 老大2019年 老二现在还能领吗")
    assert asked[ASKED_CHILD] == 2
    assert child_asked(case, "老大呢 老大有没有")[ASKED_CHILD] == 1


async def test_a_leaves_days_and_a_cover_figure_asked_on_a_call_are_given() -> None:
    """ "she had resident medical insurance for the delivery, how much is covered? and how many
    days paternity leave for husband", of a caller whose 2nd child was born 15 Nov 2025: the
    resident cover's fixed 3,000 yuan first with no "Yes.", and the 15 days (clauses 15 and
    11), never "No. The plan does not say by when paternity leave must be taken" (tester 78 c6)."""
    slots = hotline_case(
        "en",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2025-11-15", "precision": "day", "hardship_at_birth": True},
        ],
    )
    text = (
        "2 more: she had resident medical insurance for the delivery, how much is covered? "
        "and how many days paternity leave for husband"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("For this caller: 3,000 yuan.")
    assert "15 days of paternity leave" in reply
    assert "by when paternity leave must be taken" not in reply


def grandmothers_twins(**more: Any) -> dict[str, Any]:
    """A grandmother's Jinan family (hukou there): a granddaughter of 5, twins born 12 August
    2026; the form asking whether the family drew benefits at the birth."""
    children = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁了"},
        {"birth_date": "2026-08-12", "precision": "day"},
        {"birth_date": "2026-08-12", "precision": "day"},
    ]
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "requested_slot": "hardship_at_birth",
        **more,
    }


def test_a_no_to_the_benefits_beside_the_mothers_cover_is_taken() -> None:
    """没有领 儿媳妇是灵活就业自己交的职工医保 生孩子住院能报多少, asked about the benefits at the
    birth: no benefits, and the mother's flexible-employment cover; the no is not the cover's
    (tester 78 c4 was asked the benefits again)."""
    text = "没有领 儿媳妇是灵活就业自己交的职工医保 生孩子住院能报多少"
    facts = {(u.fact, u.value) for u in read_message(text, grandmothers_twins(), TODAY)}
    assert ("hardship_at_birth", False) in facts
    assert ("birth_insurance", "flexible_employment") in facts


def test_the_twins_insurance_not_done_is_no_answer_about_benefits() -> None:
    """俩小的还没办医保 现在办要自己掏钱吗 最晚哪天前办, asked about the benefits at the birth: no
    answer to that question (the "not yet" is the insurance's), and the question is the twins'
    own resident insurance (Jinan clause 15), never the delivery costs (tester 78 c4)."""
    text = "俩小的还没办医保 现在办要自己掏钱吗 最晚哪天前办"
    facts = {u.fact for u in read_message(text, grandmothers_twins(), TODAY)}
    assert not any("hardship" in f for f in facts)
    asked = asked_measure(text, "jinan", "zh")
    assert asked is not None and asked.id == "jinan.newborn_medical_insurance_subsidy"


def test_a_nursery_class_asked_for_the_eldest_reads_the_eldests_age() -> None:
    """还有老大想上托班 北京有啥政策, of a Beijing family with 老大 of two and a half and a baby a
    month old: Beijing clause (10)'s nursery classes take children of 2 to 3, which 老大 is now
    (until June 2027); never the baby's wait until 2028 (tester 78 c9)."""
    children = [
        {"birth_date": "2024-06-01", "precision": "month", "approx": "两岁半"},
        {"birth_date": "2026-11-01", "precision": "month", "approx": "刚满月"},
    ]
    slots = {"language": "zh", "city": "beijing", "children": children}
    found = nursery_money_answer("还有老大想上托班 北京有啥补贴", slots, "zh", TODAY)
    assert found is not None
    assert "老大现在约30个月，正在这个年龄段（2027年6月1日满3岁）" in found[0]
    assert "2028" not in found[0]


async def test_what_a_third_child_would_get_is_answered_beside_the_loan_asked() -> None:
    """ "what if we have a 3rd kid next year - what would that one get? and the max housing fund
    loan for first home if only I pay into the fund, with 3 kids vs now", of a Jinan family of
    two: the 3rd child's 600 a month (clause 12) and its insurance (15) beside the loan ceiling
    of one payer (600,000, clause 14), never the loan alone nor "(today: still to be
    confirmed)" (tester 78 c8)."""
    children = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {"birth_date": "2024-06-09", "precision": "day"},
    ]
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children": children,
        "children_partial": children,
        "topic_entry": "jinan.childcare_subsidy",
    }
    text = (
        "what if we have a 3rd kid next year - what would that one get? and the max housing "
        "fund loan for first home if only I pay into the fund, with 3 kids vs now"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "Childcare subsidy (child 3): 600 yuan/month" in reply
    assert "600,000" in reply and "clause 14" in reply
    assert "still to be confirmed" not in reply


async def test_back_pay_and_the_total_asked_on_a_call_are_both_answered() -> None:
    """他一直没领过 现在还能补领吗 总共应该多少钱, of a caller's 2nd child born 15 January 2023: the
    plan's silence on back pay, and the whole sum, 600 x 36 = 21,600 yuan to 15 January 2026
    (clause 12); "总额呢" afterwards gets the number too (tester 79 c7 heard none twice)."""
    slots = hotline_case(
        "zh", [{"birth_date": None}, {"birth_date": "2023-01-15", "precision": "day"}]
    )
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "他一直没领过 现在还能补领吗 总共应该多少钱",
        "ask_policy",
        slots,
    )
    assert "补发" in reply and "21,600元" in reply
    assert total_asked("总额呢 你没说数")
    assert total_asked("you skipped it - total subsidy over 3 years for the 800 a month?")
    assert not total_asked("一个月一共多少")


def test_a_bare_yes_takes_the_items_offered() -> None:
    """看, to "另外2项要看吗？": the items (tester 79 c3 got "没太明白")."""
    tracker = make_tracker("看", intent="affirm", offer="more_items")
    assert offered_items_taken(tracker, "看")
    assert not offered_items_taken(make_tracker("看", intent="affirm", offer=None), "看")


def test_how_the_area_was_worked_out_is_the_areas() -> None:
    """租赁补贴面积多30平米是咋算的 after the 600 was discussed: the rental subsidy area worked out
    (clause 14: 15 square metres more per additional child, the plan not saying from which
    child), never the 600's 36 months (tester 79 c5)."""
    children = [
        {"birth_date": "2018-06-01", "precision": "month"},
        {"birth_date": "2022-05-01", "precision": "month"},
        {"birth_date": "2025-10-01", "precision": "month"},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "renting": True,
        "owns_home_in_city": False,
        "topic_entry": "jinan.childcare_subsidy",
        "children": children,
    }
    said = worked_out(slots, "租赁补贴面积多30平米是咋算的", "zh")
    assert said is not None and "第14条" in said and "从第几个孩子算起" in said
    assert "21,600" not in said


async def test_registering_the_birth_in_beijing_is_the_one_stop_service() -> None:
    """ "in beijing where do we go to register the birth and sort out their medical insurance",
    after the leave: Beijing clause (4)'s one-stop birth registration with the medical
    insurance handled jointly, never how to apply for leave (tester 79 c6)."""
    children = [
        {"birth_date": "2023-06-01", "precision": "month"},
        {"birth_date": "2026-11-29", "precision": "day"},
        {"birth_date": "2026-11-29", "precision": "day"},
    ]
    slots: dict[str, Any] = {
        "language": "en",
        "city": "beijing",
        "hukou_in_city": False,
        "result_shown": True,
        "topic_entry": "beijing.leave_entitlements",
        "children": children,
    }
    text = (
        "ok so only 600 not 1200. and in beijing where do we go to register the birth and "
        "sort out their medical insurance"
    )
    reply = await says(ActionNextSteps(), text, "ask_next_steps", slots)
    assert "One-stop birth registration" in reply and "Ask your employer" not in reply


async def test_back_pay_beside_where_to_apply_gets_the_plans_silence_on_both() -> None:
    """ "she never applied, can she get back pay for all the months? and where does she apply",
    on a call: the plan (Jinan clause 12) gives no procedure and does not say whether months
    not claimed are paid back; whom to ask (tester 79 c2 heard the procedure alone)."""
    slots = hotline_case(
        "en",
        [
            {"birth_date": None},
            {"birth_date": None},
            {"birth_date": "2024-03-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    text = "she never applied, can she get back pay for all the months? and where does she apply"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "whether months not claimed are paid back" in reply
    assert "Municipal Health Commission" in reply


async def test_the_last_payment_asked_after_the_insurance_is_the_moneys_end() -> None:
    """ "months left? caller wants to know when the last payment is", after the newborn's
    insurance was answered, of a caller's 3rd child born 14 Feb 2024: the monthly money's end,
    the child's 3rd birthday on 14 Feb 2027 (clause 12); never the insurance again (tester 80
    c6)."""
    slots = hotline_case(
        "en",
        [
            {"birth_date": "2017-01-01", "precision": "year"},
            {"birth_date": "2020-01-01", "precision": "year"},
            {"birth_date": "2024-02-14", "precision": "day", "hardship_at_birth": True},
        ],
    )
    slots["topic_entry"] = "jinan.newborn_medical_insurance_subsidy"
    slots["hotline_birth"] = "2024-02-14"  # the caller's birth the worker gave
    text = "months left? caller wants to know when the last payment is"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "Feb 2027" in reply and "clause 12" in reply
    assert "insurance" not in reply
    text = "caller wants to know when the last payment is"
    slots["topic_entry"] = "jinan.newborn_medical_insurance_subsidy"  # answered last
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("Childcare subsidy: until the child turns 3, on 14 Feb 2027")


async def test_a_second_child_supposed_two_years_on_gets_its_own_answer() -> None:
    """ "2nd kid born 2028, total childcare subsidy = 600 x 36 = 21600 right?" of a Jinan family
    expecting its first next month: a child supposed (no pregnancy is due two years on), whose
    600 a month makes 21,600 (clause 12); never "No … child 1" (tester 80 c8)."""
    child = [{"birth_date": "2027-01-01", "precision": "month", "expected": True}]
    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "birth_insurance": "flexible_employment",
        "result_shown": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
        "children": child,
        "children_partial": child,
    }
    text = "2nd kid born 2028, total childcare subsidy = 600 x 36 = 21600 right?"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "Childcare subsidy (child 2): 600 yuan/month; 21,600 yuan" in reply
    assert not reply.startswith("No.")


async def test_living_in_beijing_told_of_a_jinan_family_keeps_its_hukou() -> None:
    """他们人常年在北京住 不在济南 这样也行吗, of a grandson's family with Jinan hukou: living in
    Beijing noted, the hukou still Jinan's, and Jinan's plan answers (clause 12 reads the
    hukou and says nothing of where the family lives); never "不能。'育儿补贴'是济南的政策"
    (tester 80 c9)."""
    children = [
        {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
        {"birth_date": "2026-03-01", "precision": "month"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children": children,
        "children_partial": children,
    }
    text = "他们人常年在北京住 不在济南 这样也行吗 还是得在北京领"
    reply = await says(ActionHandleCorrection(), text, "inform", slots)
    assert reply.startswith("已更新：在北京；济南户口")
    assert "每月600元" in reply and "人住在北京算不算" in reply
    assert "不能" not in reply
    assert slots["hukou_city"] == "jinan" and slots["hukou_in_city"] is False


async def test_months_left_asked_on_a_call_are_counted() -> None:
    """ "how many months left on the 800", of a caller's 3rd child born 14 Feb 2024 on dibao:
    from December 2026 to February 2027, about 2 months, 2 x 800 (clause 12), an estimate by
    the month (tester 80 c6 heard the whole period's total again)."""
    slots = hotline_case(
        "en",
        [
            {"birth_date": "2017-01-01", "precision": "year"},
            {"birth_date": "2020-01-01", "precision": "year"},
            {"birth_date": "2024-02-14", "precision": "day", "hardship_at_birth": True},
        ],
    )
    reply = await says(
        ActionAnswerPolicyQuestion(), "how many months left on the 800", "ask_policy", slots
    )
    assert "about 2 months left: 2 × 800 yuan ≈ 1,600 yuan" in reply
    assert "clause 12" in reply


async def test_months_left_and_back_pay_asked_together_are_both_answered() -> None:
    """二宝还能领几个月 以前没领的能补吗, of a family with Jinan hukou living in Beijing, 二宝 about
    June 2025: the months to come and their sum, and that clause 12 says nothing of back pay
    (tester 81 c6 heard neither for three turns)."""
    children = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
        {"birth_date": "2025-06-01", "precision": "month", "approx": "18个月"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "beijing",
        "hukou_in_city": False,
        "hukou_city": "jinan",
        "renting": True,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children": children,
        "children_partial": children,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(), "二宝还能领几个月 以前没领的能补吗", "ask_policy", slots
    )
    assert "还有约18个月" in reply
    assert "能否补发" in reply


def test_a_hukou_moved_to_jinan_by_a_family_living_in_beijing_is_held_apart() -> None:
    """我户口上个月刚迁到济南 老婆户口还在北京 我们一家在北京租房住: living in Beijing, the family's
    hukou Jinan's (one parent's); Jinan's 600 is answered from Jinan's plan (tester 81 c6 was
    asked the city again, then told Beijing has no monthly money)."""
    text = "我户口上个月刚迁到济南 老婆户口还在北京 我们一家在北京租房住 二宝18个月 大宝5岁 能领济南的育儿补贴吗"
    facts = {u.fact: u.value for u in read_message(text, {"language": "zh"}, TODAY)}
    assert facts["city"] == "beijing"
    assert facts["hukou_city"] == "jinan" and facts["hukou_in_city"] is False


async def test_nursing_leave_for_only_childrens_parents_on_a_beijing_call_is_beijing_15() -> None:
    """ "Beijing caller: only-child family …, her parent is in hospital. is there nursing leave
    for only children and how many days?": Beijing clause (15)'s nursing leave for one-child
    parents, never Jinan's three birth leaves (tester 81 c8)."""
    slots = hotline_case(
        "en", [{"birth_date": None}, {"birth_date": "2022-12-20", "precision": "day"}]
    )
    text = (
        "last one, Beijing caller: only-child family from before the two-child policy, her "
        "parent is in hospital. is there nursing leave for only children and how many days? "
        "clause + read-out"
    )
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "nursing leave for one-child parents" in reply and "clause (15)" in reply
    assert "Maternity leave" not in reply and "Paternity leave" not in reply


async def test_the_total_and_the_months_left_asked_on_a_call_are_both_given() -> None:
    """总共能领多少 还剩几个月, of a caller's 3rd child born 12 May 2024 during unemployment
    benefits: 800 x 36 = 28,800 yuan in all, and about 5 months left (to May 2027, clause 12)
    (tester 82 c4 asked the months three times)."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": None},
            {"birth_date": None},
            {"birth_date": "2024-05-12", "precision": "day", "hardship_at_birth": True},
        ],
    )
    slots["hotline_birth"] = "2024-05-12"
    reply = await says(ActionAnswerPolicyQuestion(), "总共能领多少 还剩几个月", "ask_policy", slots)
    assert "28,800元" in reply and "还有约5个月" in reply


def test_a_leaves_days_are_never_doubled_for_twins() -> None:
    """双胞胎产假是158天还是316天: the plan (Jinan clause 11) gives 158 days and says nothing of
    twins; no "316" and no 元 (tester 82 c10 read "说不准是158还是316元")."""
    found = per_child_or_birth_answer("双胞胎产假是158天还是316天", "jinan", None, "zh")
    assert found is not None and "158天" in found[0]
    assert "316" not in found[0] and "元" not in found[0].split("\n")[0]


async def test_a_third_child_planned_for_next_year_gets_its_own_what_if() -> None:
    """打算明年要三胎 到时候能领多少 领到啥时候, of a Jinan family whose 2nd child's 600 ended on 1
    January 2026: what the 3rd would get (600 a month to its third birthday, clause 12), never
    the ended 2nd child's money again (tester 82 c7)."""
    children = [
        {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
        {"birth_date": "2023-01-01", "precision": "day"},
    ]
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children": children,
        "children_partial": children,
    }
    text = "我现在是济南户口啊 打算明年要三胎 到时候能领多少 领到啥时候"
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert "育儿补贴（第3个孩子）：每月600元" in reply
    assert "已于2026年1月1日停发" not in reply
