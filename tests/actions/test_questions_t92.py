"""Tester 92's families (stop 60), asked again: a grandmother's "到底能不能领", a mother's "补贴能领到
老二几岁" beside her housing, and a third child imagined next year with the second still paid."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionRouteUnclear
from actions.conversation import ActionHandleCorrection
from actions.focus import asked_measure
from actions.results import ActionExplainItem, ActionWhatIf
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def jinan_family(lang: str, *births: str) -> dict[str, Any]:
    """A Jinan hukou family whose children were born in these months, nobody on benefits at the
    births, the answer shown."""
    children = [{"birth_date": f"{b}-01", "precision": "month"} for b in births]
    return {
        "language": lang,
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }


def test_drawing_asked_with_nothing_named_is_no_measure_found_by_the_childrens_words() -> None:
    """ "家里两个孩子 孙女9岁 孙子前年10月生的 到底能不能领": whether the family can draw the money
    in talk, never the parental leave the search finds by the children's words (tester 92 c2);
    a measure named keeps its own answer."""
    assert (
        asked_measure("家里两个孩子 孙女9岁 孙子前年10月生的 到底能不能领", "jinan", "zh") is None
    )
    leave = asked_measure("育儿假能不能休", "jinan", "zh")
    assert leave is not None and leave.id == "jinan.parental_leave"


async def test_a_grandmother_asking_whether_the_money_can_be_drawn_gets_the_600() -> None:
    """After the 600 was refused on a wrong count, "家里两个孩子 孙女9岁 孙子前年10月生的 到底能不能
    领": the grandson, the 2nd child born October 2024, gets 600 a month until 1 October 2027
    (Jinan clause 12), never the parental leave (tester 92 c2)."""
    slots = {
        **jinan_family("zh", "2024-10"),
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(
        ActionHandleCorrection(),
        "家里两个孩子 孙女9岁 孙子前年10月生的 到底能不能领",
        "correct",
        slots,
    )
    assert "育儿补贴（第2个孩子）：每月600元" in reply and "发到2027年10月1日" in reply
    assert "育儿假" not in reply


async def test_until_what_age_the_money_is_paid_beside_the_housing_told() -> None:
    """A Jinan family, the 2nd child born November 2026. "没房 现在租房住 那我这补贴能领到老二几岁":
    the housing noted, then the subsidy paid until the 2nd child turns 3 (1 November 2029, clause
    12), never the rental area alone (tester 92 c1, asked twice)."""
    slots = jinan_family("zh", "2023-06", "2026-11")
    reply = await says(
        ActionRouteUnclear(), "没房 现在租房住 那我这补贴能领到老二几岁", "nlu_fallback", slots
    )
    assert "发到2029年11月1日（孩子满3周岁" in reply
    assert "租赁补贴保障面积" not in reply


async def test_the_money_and_the_rent_withdrawal_asked_together_are_both_answered() -> None:
    """ "我问的是补贴能领到老二几岁 还有公积金能取出来交房租不": the subsidy's end for the 2nd child
    (clause 12), then the housing fund for the rent (clause 14), never one alone nor every item
    of the child."""
    slots = {
        **jinan_family("zh", "2023-06", "2026-11"),
        "owns_home_in_city": False,
        "renting": True,
        "housing_fund_contributors": 2,
    }
    reply = await says(
        ActionExplainItem(),
        "我问的是补贴能领到老二几岁 还有公积金能取出来交房租不",
        "explain_item",
        slots,
    )
    assert "发到2029年11月1日" in reply
    assert "按实际房租支出提取住房公积金" in reply
    assert "按年龄，全家的这些项目" not in reply


async def test_a_third_child_next_year_and_the_second_still_paid_make_1200() -> None:
    """A Jinan family, the 2nd child born November 2026. "if we have a third one next year, would
    we get 600 for both?": the 3rd child's 600 and, while both are paid, 1,200 a month (the 2nd's
    600 until 1 November 2029, clause 12). "I mean would we get 1200 a month total for the two
    younger kids?" is yes, never "No, not 1,200" of the children born (tester 92 e1)."""
    slots = jinan_family("en", "2022-06", "2026-11")
    reply = await says(
        ActionWhatIf(),
        "ok and if we have a third one next year, would we get 600 for both?",
        "what_if",
        slots,
    )
    assert "While child 2 and child 3 are both paid: 1,200 yuan a month in all" in reply
    assert "child 2: 600 until 1 Nov 2029" in reply
    assert slots["child_in_talk"] == 3
    reply = await says(
        ActionRouteUnclear(),
        "I mean would we get 1200 a month total for the two younger kids?",
        "nlu_fallback",
        slots,
    )
    assert reply.startswith("Yes. While child 2 and child 3 are both paid: 1,200 yuan a month")
    assert "No, not 1,200" not in reply


def test_items_resting_on_the_allocating_office_are_listed_apart() -> None:
    """A Jinan family of two minor children, nothing known of its housing. "还有啥能办的": public
    rental priority and the rental area's 15 m² more (Jinan clause 14) rest on the general
    application conditions the plan does not list, so they are "要看条件", never among the items
    the family "可以享受" (tester 92 h2's worker would have read them out as granted)."""
    from actions.household import household_from_slots
    from actions.render import item_list
    from policy_kb import evaluate

    slots = jinan_family("zh", "2019-06", "2023-02")
    household = household_from_slots(slots, TODAY)
    assert household is not None
    listed = item_list(evaluate(household, as_of=TODAY), "zh")
    granted, _, rest = listed.partition("要看条件：")
    assert "多孩家庭公租房优先配租" not in granted and "租赁补贴保障面积" not in granted
    assert "多孩家庭公租房优先配租" in rest and "申请条件" in rest


async def test_a_callers_benefit_put_right_is_noted_not_supposed() -> None:
    """A caller's 3rd child born March 2026, dibao at the birth. "更正 来电说生的时候不是低保 是特困
    供养": noted as put right, and still 800 a month (special hardship support counts as dibao
    does, Jinan clause 12); never "假如…" (tester 92 h1)."""
    from actions.hotline import benefit_put_right, hardship_supposed

    text = "更正 来电说生的时候不是低保 是特困供养"
    assert hardship_supposed(text, TODAY, 3) is None
    noted = benefit_put_right(text, "zh")
    assert noted is not None and noted.startswith("已按更正记下：出生时领的是特困供养")
    assert benefit_put_right("要是生的时候不是低保 是特困供养呢", "zh") is None
    assert hardship_supposed("要是生的时候不是低保 是特困供养呢", TODAY, 3) is True


async def test_the_nursery_fee_subsidy_asked_as_the_familys_is_the_institutions() -> None:
    """A grandmother: "孩子上托儿所了 托儿所那个补贴是给我们家的吗". Jinan clause 12's 400 a month is
    paid to childcare institutions: 不是, never the family's 600 (tester 92 c6)."""
    from actions.results import ActionShowEntitlements

    text = "我外孙女下个月满两岁 是老二 我闺女一家都是济南户口 孩子上托儿所了 托儿所那个补贴是给我们家的吗"
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None},
            {"birth_date": "2025-01-01", "precision": "month", "approx": "下个月满2岁"},
        ],
        "focus_entry": "jinan.childcare_fee_subsidy_institution",
        "focus_question": text,
        "topic_entry": "jinan.childcare_fee_subsidy_institution",
    }
    reply = await says(ActionShowEntitlements(), text, "inform", slots)
    assert reply.startswith("不是。这项是给托育机构的，不发给家庭。")
    assert "每人每月400元" in reply
    assert "每月600元" not in reply


def test_a_loan_asked_beside_the_payers_and_the_home_is_the_loan() -> None:
    """ "我跟老公都交公积金 想买个房 还没房 现在能贷90万吗": the housing-fund loan ceiling (Jinan clause
    14), never the subsidy in focus (tester 93 c3 heard "能。育儿补贴…")."""
    asked = asked_measure("我跟老公都交公积金 想买个房 还没房 现在能贷90万吗", "jinan", "zh")
    assert asked is not None and asked.id == "jinan.housing_fund_loan_limit"


async def test_the_cover_of_the_twins_hospital_birth_is_the_delivery_payment() -> None:
    """A Jinan family of four children, the loan answered. "当时生双胞胎住院 交的居民医保 给报了多少
    来着": resident medical insurance pays the hospital delivery a fixed 3,000 yuan (Jinan clause
    15), never the loan again nor the newborns' insurance (tester 93 c5)."""
    from actions.answers import ActionAnswerPolicyQuestion

    slots = {
        **jinan_family("zh", "2016-06", "2019-06", "2024-09", "2024-09"),
        "housing_fund_contributors": 1,
        "buying_first_home": True,
        "topic_entry": "jinan.housing_fund_loan_limit",
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "当时生双胞胎住院 交的居民医保 给报了多少来着",
        "ask_policy",
        slots,
    )
    assert "住院分娩医疗费定额支付3,000元" in reply
    assert "600,000" not in reply


async def test_a_caller_asking_for_words_to_read_gets_the_cases_own_figure() -> None:
    """A caller's 3rd child born February 2026, dibao at the birth, the 800 answered. "给句能直接念
    的": the case's own sentence (800 a month until 1 February 2029, clause 12), never "抱歉，我没
    太明白" nor the general rule's 600 (tester 93 h1)."""
    from tests.actions.test_questions_t77_t78 import hotline_case

    slots = hotline_case(
        "zh",
        [
            {"birth_date": "2018-01-01", "precision": "year"},
            {"birth_date": "2021-01-01", "precision": "year"},
            {"birth_date": "2026-02-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    for text in ("给句能直接念的", "给我一段可以念给来电人听的答复"):
        reply = await says(ActionRouteUnclear(), text, "nlu_fallback", dict(slots))
        assert reply.startswith("可以这样念：“按济南方案第12条，第3个孩子每月600+200=800元")


async def test_a_baby_on_the_way_after_a_hukou_move_has_no_months_left_from_now() -> None:
    """A Jinan hukou new this year, the eldest 4, the 2nd due February 2027: 600 a month from the
    birth until February 2030, 21,600 in all, never "现在起还剩约38个月" (at most 36 months can be
    paid, from the birth; tester 93 c3)."""
    from actions.results import ActionShowEntitlements

    text = "怀二胎了 预产期明年2月 今年刚把户口迁到济南 老大4岁 生了以后能领那个600不"
    children = [
        {"birth_date": "2022-06-01", "precision": "month", "approx": "4岁"},
        {"birth_date": "2027-02-01", "precision": "month", "expected": True},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "focus_entry": "jinan.childcare_subsidy",
        "focus_question": text,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(ActionShowEntitlements(), text, "inform", slots)
    assert "每月600元；共21,600元；发到2030年2月1日" in reply
    assert "还剩约38个月" not in reply


async def test_two_measures_asked_together_are_said_to_go_together() -> None:
    """A Jinan family of two, the rent withdrawal answered. "and both at once? rent withdrawal
    plus the monthly subsidy?": the plan lists them apart (clauses 14 and 12) and says nothing
    against having both; "跟低保能同时拿吗" of the 600: dibao does not rule it out, and a birth on it
    adds 200 (clause 12). Never one measure alone again (tester 93 e2)."""
    from actions.answers import ActionAnswerPolicyQuestion

    slots = {
        **jinan_family("en", "2022-06", "2026-04"),
        "topic_entry": "jinan.housing_fund_rent_withdrawal",
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "and both at once? rent withdrawal plus the monthly subsidy?",
        "ask_policy",
        slots,
    )
    assert reply.startswith("The plan lists these as separate measures and says nothing against")
    assert "(clause 14)" in reply and "(clause 12)" in reply
    slots = {**jinan_family("zh", "2022-06", "2026-04"), "topic_entry": "jinan.childcare_subsidy"}
    reply = await says(ActionAnswerPolicyQuestion(), "跟低保能同时拿吗", "ask_policy", slots)
    assert reply.startswith("能。方案没有说领低保、特困供养或失业保险金就不能领育儿补贴")
    assert "每月还再加200元（第12条）" in reply


def test_a_child_named_by_its_order_is_no_day_of_the_case() -> None:
    """ "and the 600 for the 2nd?": the 2nd child of the case, never the 2nd day of a month put
    to its birth (tester 93 h2 was told "turned 3 on 2 Mar 2026")."""
    from actions.hotline import bare_day

    assert bare_day("and the 600 for the 2nd?") is None
    assert bare_day("what about the 3rd?") is None
    assert bare_day("born on the 12th") == (None, 12)


def test_a_call_written_up_after_a_space_opens_the_hotline() -> None:
    """ "来电 女 济南户口 共3个孩子 最小的26.2出生 生时在吃低保 月补多少 条款+口径": a worker's note of
    a call (tester 93 h1 got the family's form and the general 600); "来电显示是济南的" tells of a
    phone's display, no call written up."""
    from actions.hotline import HOTLINE

    assert HOTLINE.search(
        "来电 女 济南户口 共3个孩子 最小的26.2出生 生时在吃低保 月补多少 条款+口径"
    )
    assert not HOTLINE.search("来电显示是济南的")


async def test_the_200_asked_once_on_dibao_after_the_births_is_no() -> None:
    """Triplets born February 2026 (the 2nd and 3rd children get 600 each, Jinan clause 12), no
    dibao at their birth, dibao approved now. "那现在有低保了 那个多的200以后能给加上不": 不能, the
    200 goes with a birth on the benefits (tester 94 g1 was told "能")."""
    from actions.answers import ActionAnswerPolicyQuestion

    children = [
        {"birth_date": "2026-02-01", "precision": "month", "hardship_at_birth": False}
        for _ in range(3)
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "那现在有低保了 那个多的200以后能给加上不",
        "ask_policy",
        slots,
    )
    assert reply.startswith("不能。每月加发的200元看的是孩子出生时家里是否在领")
    assert "第2个孩子、第3个孩子出生时没有领" in reply


def test_the_year_of_a_date_is_no_amount_put_back() -> None:
    """ "born march 15 2024, how much in total?": no figure of 2,024 yuan to deny (tester 94 i1
    heard "No, not 2,024 yuan")."""
    from actions.headline import amount_asked

    assert amount_asked("born march 15 2024, how much in total?") is None
    assert amount_asked("born march 2024, 600 a month right?") == 600


async def test_an_enrolment_told_by_its_calendar_month_is_an_age() -> None:
    """A 6-year-old and twins born May 2026, the insurance asked. "我们5月20号生的 在医保办了 6月份
    办的": enrolled in June, at one month, inside the six months of Jinan clause 15, so the
    contribution is paid in full; never "6个月时才参保的，不享受" (tester 94 b1)."""
    from actions.conversation import ActionHandleCorrection

    children = [
        {"birth_date": "2020-06-01", "precision": "month", "approx": "6岁"},
        {"birth_date": "2026-05-01", "precision": "month", "hardship_at_birth": True},
        {"birth_date": "2026-05-01", "precision": "month", "hardship_at_birth": True},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.newborn_medical_insurance_subsidy",
    }
    reply = await says(
        ActionHandleCorrection(), "我们5月20号生的 在医保办了 6月份办的", "correct", slots
    )
    assert "已更新：老二、老三2026年5月20日出生" in reply
    assert "在出生后6个月内参保（1个月时）" in reply
    assert "不享受" not in reply


def test_a_callers_date_put_right_keeps_the_case() -> None:
    """A caller's 3rd child born 5 January 2023 on special hardship support, Jinan hukou. "更正
    来电人说老三是24年1月5号 不是23年": the same caller's case put right (800 a month until 5 January
    2027), never a new case that forgets the hukou and the benefit (tester 94 e1's read-out said
    600)."""
    from actions.hotline_caller import fresh_family

    case = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None},
            {"birth_date": "2022-12-01", "precision": "month"},
            {"birth_date": "2023-01-05", "precision": "day", "hardship_at_birth": True},
        ],
        "children_count": 3,
    }
    assert fresh_family("更正 来电人说老三是24年1月5号 不是23年", case, TODAY) == "same"


def test_a_grandchilds_order_among_its_mothers_children() -> None:
    """ "俺外孙女25.10.8生的 是俺闺女第二个孩子": the granddaughter is the 2nd child (the grandparents'
    long-term care subsidy and the 600 go with a 2nd child, Jinan clauses 12 and 15; tester 94 f1
    was told 不能)."""
    from understanding import understand

    got = understand("俺外孙女25.10.8生的 是俺闺女第二个孩子", {}, None, TODAY)
    assert [(u.fact, u.child, u.value) for u in got] == [("child.birth_date", 2, "2025-10-08")]


def test_the_monthly_thing_and_a_figure_asked_of_a_born_child_are_the_600() -> None:
    """ "are we still eligible for the monthly thing?" of a 2nd child, and a worker's "caller jinan
    hukou, 2 kids, 2nd born 20 dec 2023, mother on unemployment insurance at the birth. need
    figure, clause, one line to read out": Jinan's childcare subsidy (clause 12), never the
    care-home subsidy of special families or the birth registration (tester 94 h1, i1)."""
    for text in (
        "hi! quick q - our 2nd kiddo is 2 and a half, we only moved our hukou to jinan this "
        "october tho. are we still eligible for the monthly thing?",
        "hotline. caller jinan hukou, 2 kids, 2nd born 20 dec 2023, mother on unemployment "
        "insurance at the birth. need figure, clause, one line to read out",
    ):
        asked = asked_measure(text, "jinan", "en")
        assert asked is not None and asked.id == "jinan.childcare_subsidy"


async def test_jinans_600_asked_after_the_hukou_moved_to_beijing() -> None:
    """A Beijing family whose 2nd child was born August 2023 in Jinan with Jinan hukou, the hukou
    moved to Beijing this July. "…今年7月户口迁北京了 济南那个600还给不给" and "我问的是济南的 老二在
    济南生的那个补贴 户口迁走了还能继续领吗": under Jinan clause 12 the 600 needs Jinan hukou; the
    months before the move are the lead department's to say (tester 94 c1 got Beijing's plan,
    then the bus fare)."""
    from actions.conversation import ActionHandleCorrection

    children = [
        {"birth_date": "2018-01-01", "precision": "year"},
        {"birth_date": "2023-08-01", "precision": "month"},
    ]
    slots = {
        "language": "zh",
        "city": "beijing",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    first = {"language": "zh", "city": "beijing", "result_shown": True}
    reply = await says(
        ActionHandleCorrection(),
        "老大18年的 老二23年8月在济南生的 那会是济南户口 今年7月户口迁北京了 济南那个600还给不给",
        "correct",
        first,
    )
    assert "按方案不能：育儿补贴（济南，第12条）要求济南户籍" in reply
    reply = await says(
        ActionRouteUnclear(),
        "我问的是济南的 老二在济南生的那个补贴 户口迁走了还能继续领吗",
        "nlu_fallback",
        dict(slots),
    )
    assert "按方案不能：育儿补贴（济南，第12条）要求济南户籍" in reply
    assert "免费乘坐公交地铁" not in reply


def test_a_callers_child_refused_is_read_out_as_a_no() -> None:
    """A caller's 2nd child born 20 December 2022: the sentence to read out says this child does
    not get the subsidy and why (Jinan clause 12 pays births from 1 January 2023), never the
    rule's "600 yuan per month" (tester 94 i1)."""
    from actions.read_out import with_read_out
    from policy_kb import get_entry

    entry = get_entry("jinan.childcare_subsidy")
    answer = "\n".join(
        [
            "Childcare subsidy (child 2): The 2nd child was born on 20 December 2022; only a child "
            "born on or after 1 January 2023 qualifies.",
            "Source: Jinan implementation plan for optimising the birth policy (2022), clause 12",
        ]
    )
    said = with_read_out(answer, entry, "en")
    assert (
        'You can read out: "Under clause 12 of the Jinan plan, child 2 does not get the childcare '
        "subsidy: the 2nd child was born on 20 December 2022" in said
    )
    assert "600 yuan per month" not in said.split("You can read out")[1]
