"""Tester 99's calls (stop 64), asked again: a Jinan caller whose unemployment benefit was drawn
in Beijing asks whether the 200 is added."""

from datetime import date

import pytest

from actions import clock
from actions.household_form import ValidateHouseholdForm
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_a_benefit_drawn_in_beijing_keeps_the_call_on_jinans_plan() -> None:
    """A Jinan caller (hukou moved there with the father), 2nd child born June 2025. "生二胎时她在领失业金（北京领的），加不加200":
    yes, 600 + 200 = 800 a month until the third birthday (Jinan clause 12); Beijing is where the
    benefit was drawn, not the plan asked (tester 99 h2 got Beijing's list of items, then "不对，
    是800元，不是200元")."""
    slots = hotline_case(
        "zh",
        [{"birth_date": None}, {"birth_date": "2025-06-01", "precision": "month"}],
        birth_insurance="employee_maternity",
    )
    reply = await says(
        ValidateHouseholdForm(), "生二胎时她在领失业金（北京领的），加不加200", "inform", slots
    )
    assert reply.startswith("加。"), reply
    assert "600+200=800" in reply and "第12条" in reply
    assert "北京" not in reply
    assert slots["hotline_city"] == "jinan"


async def test_a_birth_on_dibao_told_beside_none_now_adds_the_200() -> None:
    """A Jinan caller, 2nd child born March 2025. "生孩子那会家里吃低保 现在不吃了 还能加200不
    另外孩子居民医保个人缴费是不是不用交": the birth on dibao decides (clause 12): 600 + 200 =
    800 a month; and the child's six-month window to join the resident insurance free (clause
    15) closed about September 2025 (tester 100 p4 heard "这家出生时没在领" and no insurance)."""
    slots = hotline_case("zh", [{"birth_date": None}, {"birth_date": "2025-03-01"}])
    reply = await says(
        ValidateHouseholdForm(),
        "来电人补充 生孩子那会家里吃低保 现在不吃了 还能加200不 另外孩子居民医保个人缴费是不是不用交 快",
        "inform",
        slots,
    )
    assert reply.startswith("加。"), reply
    assert "600+200=800" in reply and "出生时没在领" not in reply
    assert "2025年9月" in reply and "第15条" in reply


async def test_an_enrolment_in_the_window_answers_a_refund_without_a_bare_yes() -> None:
    """The same caller's child joined the resident insurance at two months: that year's
    contribution is paid in full (Jinan clause 15); whether one already paid is refunded the
    plan does not say. Never "能。" of the 600 (tester 100 p4)."""
    slots = hotline_case("zh", [{"birth_date": None}, {"birth_date": "2025-03-01"}])
    reply = await says(
        ValidateHouseholdForm(),
        "孩子出生后两个月就参了居民医保 当年交的个人部分能不能退 一句话",
        "inform",
        slots,
    )
    assert reply.startswith("第2个孩子在出生后6个月内参保（2个月时）"), reply
    assert "能不能退、怎么退，方案没有写" in reply and "600" not in reply


async def test_a_hukou_move_ahead_asked_as_a_loss_is_yes_it_would_stop() -> None:
    """A Jinan hukou family, a daughter of 4 and a second child due March 2027. "my company might
    transfer me to beijing in 2028 and we'd move our hukou there. would we lose the 600 a month?":
    yes, under the plan it would stop, since Jinan clause 12 pays only families with Jinan hukou
    (tester 100 p3 heard "No." and the 600's schedule to 2030)."""
    from actions.answers import ActionAnswerPolicyQuestion

    slots = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2022-06-01"}, {"birth_date": "2027-03-01"}],
        "topic_entry": "jinan.housing_fund_loan_limit",
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "ok thx. last q, my company might transfer me to beijing in 2028 and we'd move our hukou "
        "there. would we lose the 600 a month?",
        "ask_policy",
        slots,
    )
    assert reply.startswith("Under the plan, yes, it would stop"), reply
    assert "clause 12" in reply and "requires Jinan hukou" in reply


@pytest.mark.parametrize("text", ["产假 北京几天 济南几天", "产假北京济南各多少天"])
async def test_a_family_asking_each_citys_leave_gets_both(text: str) -> None:
    """A Beijing family asks the maternity leave of each city: Beijing's plan names the leave
    with no number of days (clause (12)); Jinan's gives 158 days (clause 11). Tester 100 p10
    heard Beijing's only, then "没太明白" to "济南的呢"."""
    from actions.answers import ActionAnswerPolicyQuestion

    slots = {"city": "beijing", "hukou_in_city": True, "language": "zh"}
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.index("北京：") < reply.index("济南：")
    assert "158天产假" in reply and "第(12)条" in reply and "第11条" in reply


async def test_the_other_citys_measure_asked_short_after_an_answer() -> None:
    """After Beijing's leave (clause (12)), "济南的呢" read as unclear still gets Jinan's leave:
    158 days of maternity leave (clause 11), never "没太明白"."""
    from actions.answers import ActionRouteUnclear

    slots = {
        "city": "beijing",
        "hukou_in_city": True,
        "language": "zh",
        "topic_entry": "beijing.leave_entitlements",
    }
    reply = await says(ActionRouteUnclear(), "济南的呢", "nlu_fallback", slots)
    assert "158天产假" in reply and "第11条" in reply


async def test_a_birth_month_put_right_then_too_late_asked_is_the_insurance_window() -> None:
    """A Jinan family: a grandson of 3 and a granddaughter noted born April 2026, told her
    insurance window had closed (Jinan clause 15). "哎呀我记岔了 孙女是今年7月生的 不是4月
    那还来得及不": born July, so yes, by 1 January 2027 — never the 600's application (tester 100
    p9)."""
    from actions.answers import ActionRouteUnclear

    children = [
        {"birth_date": "2023-06-01", "precision": "month"},
        {"birth_date": "2026-04-01", "precision": "month"},
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
        ActionRouteUnclear(),
        "哎呀我记岔了 孙女是今年7月生的 不是4月 那还来得及不",
        "nlu_fallback",
        slots,
    )
    assert "2026年7月" in reply and "2027年1月1日前" in reply, reply
    assert "申领流程" not in reply


async def test_grandparents_living_in_their_hometown_hear_the_clause_is_the_citys_scheme() -> None:
    """A Jinan family, a 2nd child born October 2024. "孩子爷爷奶奶在德州老家 他们的长期护理保险也能
    给补吗": Jinan clause 15 pays the contribution of grandparents in Jinan's own long-term care
    insurance; insured in their hometown's scheme they are not in it — never a bare "可以"
    (tester 100 p1)."""
    from actions.answers import ActionAnswerPolicyQuestion

    children = [
        {"birth_date": "2018-06-01", "precision": "month"},
        {"birth_date": "2024-10-01", "precision": "month"},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "孩子爷爷奶奶在德州老家 他们的长期护理保险也能给补吗",
        "ask_policy",
        slots,
    )
    assert reply.startswith(
        "要看在哪里参保：方案补贴的是参加济南市长期护理保险的祖父母（第15条）"
    ), reply
    assert "可以。" not in reply and "上述" not in reply


@pytest.mark.parametrize("text", ["我说了还没办啊 那现在去办还能免吗", "那现在去办还能免吗"])
async def test_enrolling_only_now_after_the_window_is_no_longer_free(text: str) -> None:
    """A Jinan grandson, the family's 2nd child, born March 2026 and not yet in the resident
    insurance. "那现在去办还能免吗": no, his six months ended about September 2026 (Jinan clause
    15) — never the childcare institutions' subsidy a search found by 办 (tester 101 p3)."""
    from actions.answers import ActionAnswerPolicyQuestion

    children = [{"birth_date": None}, {"birth_date": "2026-03-01", "precision": "month"}]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.newborn_medical_insurance_subsidy",
    }
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)
    assert reply.startswith("不能了。") and "2026年9月" in reply and "第15条" in reply, reply
    assert "托育机构" not in reply


async def test_a_call_asking_the_money_and_the_insurance_gets_the_money_first() -> None:
    """ "来电人：济南户口 二胎去年3月生 生的时候吃低保 能领多少 孩子医保还能免吗 给句话念": 600 + 200
    = 800 a month until 1 March 2028 (Jinan clause 12), then the newborn's insurance window
    (clause 15) — tester 101 p9 heard only the insurance, twice."""
    slots = {"language": "zh", "hotline_city": "any"}
    reply = await says(
        ValidateHouseholdForm(),
        "来电人：济南户口 二胎去年3月生 生的时候吃低保 能领多少 孩子医保还能免吗 给句话念",
        "inform",
        slots,
    )
    assert reply.startswith("第2个孩子：每月600+200=800元"), reply
    assert "2028年3月1日" in reply and "第15条" in reply
