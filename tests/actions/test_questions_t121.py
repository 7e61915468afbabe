"""Tester 121's people (stop 73's final code), asked again on 7 December 2026: a hotline caller
named back with nothing asked besides is answered the measure discussed with that caller."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_back_to_caller_a_is_caller_as_600_not_another_measure() -> None:
    """Caller A: Jinan, a 2nd child born February 2024, asking about the childcare subsidy: 600
    yuan a month until the 3rd birthday (clause 12). Caller B asks about Beijing. Back to caller
    A for "the amount, the clause, one sentence": A's 600 under clause 12 again, not clause 13's
    preschool aid."""
    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    await says(answers, "热线 来电人A 济南 老二2024年2月 问育儿补贴", "ask_policy", slots)
    await says(answers, "来电人B 北京 刚生老二", "ask_policy", slots)
    reply = await says(answers, "回到来电人A 给我金额 条款 一句话", "ask_policy", slots)
    assert "每月600元" in reply and "第12条" in reply
    assert "第13条" not in reply and "学前教育" not in reply


async def test_back_to_caller_1_is_caller_1s_800_not_caller_2s_insurance() -> None:
    """Caller 1: Jinan, a 3rd child born 10 March 2023, special hardship at the birth: 800 a
    month (600 + 200, clause 12) until the 3rd birthday, 10 March 2026. Caller 2 asks about a
    newborn's insurance (clause 15). Back to caller 1: the 800 and its end, not clause 15."""
    slots: dict[str, Any] = {"language": "en"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "hotline here. caller 1 jinan third child born 2023-03-10, special hardship at the birth",
        "ask_policy",
        slots,
    )
    await says(
        answers,
        "caller 2 2nd child born 2026-08-01 not enrolled, contribution free?",
        "ask_policy",
        slots,
    )
    reply = await says(answers, "back to caller 1: figure, clause, sentence", "ask_policy", slots)
    assert "800 yuan a month" in reply and "10 Mar 2026" in reply
    assert "clause 15" not in reply and "medical insurance" not in reply


async def test_a_grandmothers_what_do_we_get_is_clause_15s_care_insurance() -> None:
    """A grandmother in Jinan whose granddaughter, the 2nd child, was born in May 2025 asks what
    she and her husband get, in words the assistant reads as a check. Jinan clause 15: the
    grandparents of a 2nd or 3rd child born after 1 January 2023 have their long-term care
    insurance contribution paid in full. That is the answer, not the eldest's birth asked."""
    from actions.results import ActionShowEntitlements

    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": "2025-05-01", "precision": "month", "height_cm": None},
        ],
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "result_shown": True,
        "offer": "full_check",
    }
    reply = await says(ActionShowEntitlements(), "我们老两口能沾点光不", "check_eligibility", slots)
    assert "长期护理保险" in reply and "第15条" in reply
    assert "哪年哪月出生" not in reply


async def test_a_closed_insurance_window_is_a_no_with_its_day() -> None:
    """Caller 1's 2nd child was born on 15 March 2024. Jinan clause 15 pays the newborn's
    contribution for the year joined only if the child joins resident insurance within six
    months of birth: that window closed on 15 September 2024. "Can she still get it now?" and
    "if the child joins now, is it still paid?" are both 不能 with that day, not the 800 of
    clause 12 nor the plan's silence on back pay (tester 120 p9)."""
    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "热线 来电人1 济南户口 二孩2024年3月15日出生 生的时候家里领特困供养 问每月补贴多少",
        "ask_policy",
        slots,
    )
    for question in (
        "回到来电人1 她问孩子的居民医保当年是不是还能免个人缴费",
        "来电人1的孩子是2024年3月15日生的 现在还能享受吗 直接说能还是不能",
        "我问的是医保个人缴费补贴 来电人1的孩子现在参保还补不补",
    ):
        reply = await says(answers, question, "ask_policy", slots)
        # the same no twice in a row opens with 和上一条回答相同 (the same answer as before)
        assert reply.removeprefix("和上一条回答相同：\n").startswith("不能"), reply
        assert "2024年9月15日" in reply and "第15条" in reply
        assert "800元" not in reply and "补发" not in reply


@pytest.mark.parametrize(
    ("question", "lang", "by"),
    [
        (
            "hotline here. caller 2 jinan hukou 2nd child born 2026-08-01 not enrolled, "
            "contribution free?",
            "en",
            "1 February 2027",
        ),
        ("热线 济南户口 二孩2026年8月1日出生 还没上医保 个人缴费免不免", "zh", "2027年2月1日"),
    ],
)
async def test_an_open_insurance_window_is_a_yes_with_the_day_to_join_by(
    question: str, lang: str, by: str
) -> None:
    """A 2nd child born on 1 August 2026, not enrolled yet: clause 15 pays the contribution of
    the year joined if the child joins by 1 February 2027, six months from birth. The yes comes
    with that day (tester 121 p10 heard the clause with no day), not the 600 of clause 12."""
    slots: dict[str, Any] = {"language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
    assert by in reply.splitlines()[0], reply
    assert "600" not in reply and "no age limit" not in reply


async def test_two_questions_told_with_facts_while_the_form_asks_are_both_answered() -> None:
    """A Jinan family with a 2nd child born 15 March 2024 and two housing-fund contributors,
    asked about hardship at the birth, writes a new fact and two questions. The loan ceiling
    (900,000 yuan, clause 14) and the newborn's insurance (its window closed on 15 September
    2024, clause 15) are both answered; tester 123 p7's insurance question was dropped."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.test_questions_t33c import DOMAIN, worker

    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "housing_fund_contributors": 2,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": "2024-03-15", "precision": "day", "height_cm": None},
        ],
        "requested_slot": "hardship_at_birth",
        "focus_entry": "jinan.childcare_subsidy_hardship_supplement",
        "topic_entry": "jinan.childcare_subsidy",
    }
    dispatcher = CollectingDispatcher()
    message = (
        "ok thx. we wanna buy our first flat, whats the max loan? and is the babys health "
        "insurance free, we never signed her up"
    )
    await ValidateHouseholdForm().get_extraction_events(
        dispatcher, worker(message, "ask_policy", **slots), DOMAIN
    )
    reply = "\n".join(str(m.get("text") or "") for m in dispatcher.messages)
    assert "900,000 yuan" in reply and "clause 14" in reply
    assert "15 Sep 2024" in reply and "clause 15" in reply


async def test_a_subsidy_ended_says_no_months_left() -> None:
    """Hukou moved to Jinan this year; 老二 born May 2023 turned 3 on 1 May 2026, so its 600
    stopped then (clause 12); 老三 born September 2024 on dibao gets 800 until 1 September 2027.
    The ended line says it stopped, with no "months left" borrowed from 老三 (tester 122 p4 read
    "现在起还剩约9个月，已于2026年5月1日停发")."""
    from actions.results import ActionShowEntitlements
    from tests.actions.test_questions_t53e import turn

    reply, _ = await turn(
        ActionShowEntitlements,
        "check_eligibility",
        "今年刚把户口迁到济南,老大8岁 老二2023.5生的 老三24年9月，生老三的时候在领低保 能领多少",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        focus_entry="jinan.childcare_subsidy_hardship_supplement",
        focus_question="今年刚把户口迁到济南,老大8岁 老二2023.5生的 老三24年9月，生老三的时候在领低保 能领多少",
        children=[
            {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
            {"birth_date": "2023-05-01", "precision": "month"},
            {"birth_date": "2024-09-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    second = next(line for line in reply.splitlines() if line.startswith("第2个孩子"))
    assert "2026年5月1日停发" in second and "还剩" not in second, reply
    third = next(line for line in reply.splitlines() if line.startswith("第3个孩子"))
    assert "800元/月" in third and "还剩" in third, reply


async def test_a_birth_told_with_an_insurance_question_focuses_the_insurance() -> None:
    """Asked for the hukou, a Jinan mother says it is Jinan's, that 老二 was born on 5 November
    2026 and asks whether the baby's insurance is free: the question is clause 15's newborn
    insurance (joined by 5 May 2027), not the 600 of clause 12 the birth pulls towards (tester
    123 p1 was answered the 600)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.test_questions_t33c import DOMAIN, worker

    kids = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
        {"birth_date": "2026-11-01", "precision": "month", "approx": "刚满月"},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "children_partial": kids,
        "children": kids,
        "requested_slot": "hukou_in_city",
    }
    events = await ValidateHouseholdForm().get_extraction_events(
        CollectingDispatcher(),
        worker("户口是济南的 老二11月5号生的 医保是不是不用交钱", "inform", **slots),
        DOMAIN,
    )
    focus = [e["value"] for e in events if e.get("name") == "focus_entry"]
    assert focus == ["jinan.newborn_medical_insurance_subsidy"]


async def test_a_caller_switched_to_with_a_measure_is_cited_that_measure() -> None:
    """Caller A (Jinan, 600 a month) then caller B (Beijing); back to caller B about her eldest's
    place in an inclusive kindergarten, "which clause": Beijing clause (13), not Jinan's 12."""
    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers, "12345热线 来电人A：济南户口 老三2023年2月出生 问育儿补贴", "ask_policy", slots
    )
    await says(
        answers,
        "来电人B：北京的 二孩上个月刚出生 问北京有没有每月的育儿补贴 产假多少天",
        "ask_policy",
        slots,
    )
    reply = await says(
        answers,
        "再切回来电人B：她家老大4岁 想上普惠幼儿园 北京方案有啥说法 哪一条",
        "ask_policy",
        slots,
    )
    assert "第(13)条" in reply and "第12条" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "so_far"),
    [
        (
            "老大10岁 老二前年生的 老三8个月大 生老三的时候在领低保 济南户口 三个娃一共能领多少钱",
            "zh",
            "已能确定的每月合计800元（第2个孩子的还要确认）",
        ),
        (
            "jinan hukou, kids 10, one born in 2024 and a baby 8 months old, we were on dibao "
            "when the baby was born. how much a month in total?",
            "en",
            "800 yuan a month in total so far (child 2 still to confirm)",
        ),
    ],
)
async def test_a_total_beside_a_childs_money_still_open_says_so_far(
    text: str, lang: str, so_far: str
) -> None:
    """老三, born about April 2026 on dibao, gets 600 + 200 = 800 a month (clause 12); 老二,
    born in 2024 (month not told), waits on its birth date. The 800 is the sum settled so far,
    not the family's whole (tester 123 p6 read 每月合计800元)."""
    reply = await says(ActionAnswerPolicyQuestion(), text, "ask_policy", {"language": lang})
    assert so_far in reply, reply


@pytest.mark.parametrize(
    ("question", "lang", "total"),
    [
        (
            "要是生的是双胞胎呢 一共多少钱",
            "zh",
            "出生后每月合计1,200元（第2个孩子600元、第3个孩子600元）",
        ),
        ("要是双胞胎呢？？", "zh", "出生后每月合计1,200元（第2个孩子600元、第3个孩子600元）"),
        (
            "what if it's twins, how much altogether a month?",
            "en",
            "Once born: 1,200 yuan a month in total (child 2: 600 yuan; child 3: 600 yuan)",
        ),
    ],
)
async def test_twins_supposed_for_a_second_pregnancy_sum_both_childrens_money(
    question: str, lang: str, total: str
) -> None:
    """A Jinan family with one child, the 2nd due March 2027: if it is twins, the 2nd and 3rd
    children get 600 a month each under clause 12, 1,200 a month together (tester 124 p5 heard
    only the 3rd child's 600; tester 122 p3's "要是双胞胎呢？？" got no sum at all)."""
    from actions.results import ActionWhatIf

    slots: dict[str, Any] = {
        "language": lang,
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None, "height_cm": None},
            {"birth_date": "2027-03-01", "precision": "month", "height_cm": None},
        ],
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(ActionWhatIf(), question, "what_if", slots)
    assert total in reply, reply


async def test_enrolling_now_after_the_window_is_too_late() -> None:
    """老二 born 12 April 2026: clause 15's six months to join resident insurance ended on 12
    October 2026. "现在去办还来得及吗" on 7 December is too late: a no with that day, not
    "说不准" and "was the child enrolled in time?" (tester 124 p1)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2026-04-12", "precision": "day", "hardship_at_birth": False},
        ],
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "老二医保是不是不用交钱 现在去办还来得及吗",
        "ask_policy",
        slots,
    )
    assert reply.startswith("不能"), reply
    assert "2026年10月12日" in reply and "说不准" not in reply, reply


@pytest.mark.parametrize(
    ("message", "lang", "unsaid"),
    [
        (
            "hey im in beijing, 2 kids, 7 and 1. is there any cash subsidy for the little one? "
            "and kids under 1.3m ride the subway free right",
            "en",
            "You have not said which city",
        ),
    ],
)
async def test_a_city_told_in_the_message_is_not_asked_for_in_its_parts(
    message: str, lang: str, unsaid: str
) -> None:
    """A Beijing family asks two things in one message: Beijing's plan only promises a
    subsidy system ((12)) and children under 1.3 m ride free ((12)). No part of the reply says
    the city was not told (tester 125 p8 heard it beside its own "Noted: living in Beijing")."""
    reply = await says(ActionAnswerPolicyQuestion(), message, "ask_policy", {"language": lang})
    assert unsaid not in reply, reply
    assert "clause (12)" in reply
