"""Tester 126's wrong turns (stop 74's final code), asked again on 7 December 2026: a caller
expecting a 3rd child, a correction followed by another question, a grandmother's unnamed
child, a subject Jinan's plan is silent on, and a sister's first baby."""

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


def jinan_family(*births: str, **more: Any) -> dict[str, Any]:
    """A Jinan household with Jinan hukou, its children born on the 1st of these months, after
    the answer was shown."""
    return {
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children": [{"birth_date": f"{b}-01", "precision": "month"} for b in births],
        **more,
    }


@pytest.mark.parametrize(
    ("case", "lang", "now", "then"),
    [
        (
            "来电人C 济南 怀孕8个月 第三胎 夫妻俩都交公积金 首套房 公积金贷款最高多少 哪一条",
            "zh",
            "现在：最高900,000元（第14条）",
            "第3个孩子出生后（预产期2027年1月）：最高1,000,000元（第14条）",
        ),
        (
            "caller 3: jinan, pregnant with their third, due in march, both pay into the housing "
            "fund, buying a first home. max housing fund loan?",
            "en",
            "Now: up to 900,000 yuan (clause 14)",
            "Once child 3 is born (due March 2027): up to 1,000,000 yuan (clause 14)",
        ),
    ],
)
async def test_a_caller_expecting_a_third_child_is_a_two_child_family_until_the_birth(
    case: str, lang: str, now: str, then: str
) -> None:
    """Clause 14: a family "that has given birth to" three children, both parents paying in,
    may borrow up to 1,000,000 yuan; with two children, 900,000. A caller 8 months pregnant with
    a 3rd child has two children now: 900,000 now, 1,000,000 once the 3rd is born (tester 126 p9
    was read the 1,000,000 as today's ceiling)."""
    slots: dict[str, Any] = {"language": lang}
    answers = ActionAnswerPolicyQuestion()
    opening = (
        "热线 来电人A 济南 老二2024年3月生 能领多少"
        if lang == "zh"
        else ("hotline here. caller 1 jinan hukou, second child born 2024-03-02, amount?")
    )
    await says(answers, opening, "ask_policy", slots)
    reply = await says(answers, case, "ask_policy", slots)
    assert now in reply and then in reply, reply
    assert "3个孩子、2人" not in reply and "With 3 children" not in reply


@pytest.mark.parametrize(
    ("said", "lang", "answer"),
    [
        ("不对 老大6岁 还有孩子医保是不是要赶紧办", "zh", "须在2027年5月1日前办理"),
        (
            "sorry i meant the eldest is 6. also the baby's medical insurance, do we need to "
            "hurry?",
            "en",
            "act by 1 May 2027",
        ),
    ],
)
async def test_a_question_after_a_correction_is_not_the_corrected_childs(
    said: str, lang: str, answer: str
) -> None:
    """A Jinan family with an eldest and a 2nd child born November 2026 corrects the eldest's
    age, then asks about the baby's insurance: clause 15 pays the 2nd child's resident medical
    insurance contribution if enrolled within 6 months of birth, by 1 May 2027. Tester 126 p1
    was told the 1st child is not covered."""
    slots = jinan_family("2021-06", "2026-11", language=lang)
    reply = await says(ActionAnswerPolicyQuestion(), said, "correct", slots)
    assert answer in reply, reply
    assert "第1个孩子不在此列" not in reply and "child 1: not eligible" not in reply
    assert slots["children"][0]["birth_date"] == "2020-06-01"  # the correction is kept


async def test_an_unnamed_childs_height_is_the_child_in_talks() -> None:
    """A grandmother spoke only of her granddaughter, the family's 2nd child (born October 2023;
    the 1st is undated). "孩子1米2 坐地铁免费吗": the height is the granddaughter's, and Jinan's
    plan says nothing on fares, so no unrelated department is named (tester 126 p3 had the
    height put on 老大 and was sent to the Science and Technology Bureau)."""
    slots: dict[str, Any] = {
        "city": "jinan",
        "result_shown": True,
        "child_in_talk": 2,
        "children": [{}, {"birth_date": "2023-10-01", "precision": "month"}],
    }
    reply = await says(ActionAnswerPolicyQuestion(), "孩子1米2 坐地铁免费吗", "ask_policy", slots)
    assert "老二身高120厘米" in reply and "老大身高" not in reply
    assert "济南的方案没有写这方面的规定" in reply
    assert "科学技术局" not in reply and "人力资源" not in reply
    assert "第(12)条，只适用于北京" in reply


@pytest.mark.parametrize(
    ("said", "lang", "leave", "not_said"),
    [
        (
            "我俩都交公积金 买第一套房最多贷多少 另外我妹在济南生头胎产假多少天",
            "zh",
            "158天产假",
            "这次的假期已经结束",
        ),
        (
            "whats the max housing fund loan for us, both pay in. also my sister in jinan is "
            "having her first baby, how long is her maternity leave",
            "en",
            "158 days of maternity leave",
            "already over",
        ),
    ],
)
async def test_a_sisters_first_baby_gets_the_leave_rule_not_the_familys(
    said: str, lang: str, leave: str, not_said: str
) -> None:
    """Clause 11: a woman giving birth under the policy gets 158 days of maternity leave. A
    family whose last child was born in April 2026 asks its loan ceiling and, besides, about a
    sister's first baby: the sister's 158 days, answered apart, and nothing of her noted on the
    family (tester 126 p6 was told "the leave is over", of the family's own birth)."""
    slots = jinan_family("2018-06", "2023-06", "2026-04", language=lang)
    reply = await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots)
    assert leave in reply and not_said not in reply, reply
    assert "1,000,000" in reply or "900,000" in reply
    assert len(slots["children"]) == 3


# --- tester 127's people (this stop's code), asked again ---------------------------------------


async def test_a_two_child_familys_three_year_old_pointed_at_is_no_third_child() -> None:
    """Beijing, two children: a girl of 3 (1.02 m) and a boy of 14 months. "daughter (the 3yo)
    is 1.02m" points at the 3-year-old: two children, her height 102 cm; Beijing clause (12)
    lets children under 1.3 m ride free (tester 127 p8 was read three children, the baby as the
    3rd, and the height on a 2nd child born with the girl)."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "we live in beijing. 2 kids 3yo and 14 months. any monthly cash for 2nd kids in beijing? "
        "daughter (the 3yo) is 1.02m can she ride subway for free",
        "ask_policy",
        slots,
    )
    assert "3rd child" not in reply and "child 3" not in reply, reply
    children = slots.get("children") or slots.get("children_partial") or []
    assert len(children) == 2
    assert children[0].get("height_cm") == 102.0


@pytest.mark.parametrize(
    ("said", "lang", "silent", "other"),
    [
        (
            "ok thx. do kids ride bus free in jinan? my oldest is 1.25m. and when #3 is born by "
            "when do we sign up medical insurance to get it free",
            "en",
            "The Jinan plan says nothing about this",
            "Newborn's resident medical insurance",
        ),
        (
            "孩子坐公交免费吗 老大1米25 还有老三出生后医保最晚啥时候办才免费",
            "zh",
            "济南的方案没有写这方面的规定",
            "居民医保",
        ),
    ],
)
async def test_a_fare_question_beside_another_gets_the_plans_silence_and_the_other_answer(
    said: str, lang: str, silent: str, other: str
) -> None:
    """A Jinan family with an eldest of 7, a 2nd child born February 2023 and a 3rd due March
    2027 asks about free buses and the newborn's insurance at once: Jinan's plan says nothing on
    fares (only Beijing's clause (12) has the 1.3 m rule), and clause 15's enrolment within six
    months is answered too, never the infant check-ups the "3" of "#3" found (tester 127 p7)."""
    slots = jinan_family("2019-06", "2023-02", language=lang)
    slots["children"].append({"due_date": "2027-03-01", "precision": "month"})
    reply = await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots)
    assert silent in reply and other in reply, reply
    assert "(12)" in reply
    assert "check-ups" not in reply and "体检" not in reply
    assert "clause 20" not in reply and "第20条" not in reply


async def test_the_measured_child_asked_again_keeps_its_height() -> None:
    """The eldest is known to be 1.25 m; "is my 1.25m kid free on jinan buses" is the eldest
    again, not a height for the 2nd child (tester 127 p7)."""
    slots = jinan_family("2019-06", "2023-02", language="en")
    slots["children"][0]["height_cm"] = 125.0
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "u didnt answer the bus thing. is my 1.25m kid free on jinan buses or not",
        "ask_policy",
        slots,
    )
    assert "2nd child 125" not in reply
    assert "The Jinan plan says nothing about this" in reply, reply


async def test_twins_more_maternity_leave_and_nursery_money_are_both_answered() -> None:
    """Jinan, twins born 22 November 2026 beside an eldest of 4. "双胞胎产假能多给几天不
    以后送托儿所有补贴吗": clause 11's 158 days, the plan silent on more for twins, and clause
    12's 400 yuan a month paid to nurseries, not to parents (tester 127 p2 got clause 14's
    housing for the leave, the 200 supplement for 多给, and no word on the nursery)."""
    slots = jinan_family("2022-06", topic_entry="jinan.housing_fund_rent_withdrawal")
    slots["children"] += [{"birth_date": "2026-11-22", "precision": "day"}] * 2
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "双胞胎产假能多给几天不 以后送托儿所有补贴吗",
        "ask_policy",
        slots,
    )
    assert "158天" in reply and "没写双胞胎、多胞胎是否多给" in reply, reply
    assert "400元" in reply and "不直接发给家长" in reply
    assert "第14条" not in reply and "加发" not in reply


async def test_grandparents_hukou_elsewhere_is_theirs_not_another_family() -> None:
    """A grandmother asks for her son's Jinan family (3rd child born March 2023), then "我跟
    老头子交长期护理保险 因为老三能不能给补 我俩户口还在老家德州": clause 15 pays the grandparents'
    care-insurance contribution for a 2nd or 3rd child born from 2023; the plan says nothing of
    the grandparents' hukou. Not a separate household asked which city, nor Beijing's clause (16)
    (tester 127 p4)."""
    slots: dict[str, Any] = {}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "我儿子家仨孩子 老三是2023年3月生的 在济南 户口去年才迁到济南 老三每月600还能领吗",
        "ask_policy",
        slots,
    )
    reply = await says(
        answers,
        "我跟老头子交长期护理保险 因为老三能不能给补 我俩户口还在老家德州",
        "ask_policy",
        slots,
    )
    assert "第15条" in reply and "户口在外地的能不能享受，方案没有说" in reply, reply
    assert "哪个城市" not in reply and "第(16)条" not in reply and "单独算" not in reply


# --- tester 128's people (this stop's code) -----------------------------------------------------


async def test_a_school_year_told_is_no_school_question() -> None:
    """A grandfather tells "大孙子上小学二年级" among the family's facts and asks the 2nd
    grandson's money and the grandparents' care insurance: no "the plan says nothing" about
    schools, and no Beijing clause (13) (tester 128 p5)."""
    slots = jinan_family("2018-09", "2025-12")
    slots["children"][1]["hardship_at_birth"] = True
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "大孙子上小学二年级 二孙子每月补多少 我跟老伴长护险能不交钱吗",
        "ask_policy",
        slots,
    )
    assert "没有写这方面的规定" not in reply and "第(13)条" not in reply, reply


@pytest.mark.parametrize(
    ("said", "kindergarten", "fares"),
    [
        (
            "幼儿园收两岁娃那个你还没说呢 另外济南坐公交小孩多高以下免费",
            "招收2至3岁幼儿",
            "济南的方案没有写这方面的规定",
        ),
        (
            "我问的不是体检 是幼儿园能不能收2岁的 还有济南小孩坐公交多高免票",
            "招收2至3岁幼儿",
            "济南的方案没有写这方面的规定",
        ),
    ],
)
async def test_kindergarten_at_two_and_fares_are_both_answered(
    said: str, kindergarten: str, fares: str
) -> None:
    """Jinan clause 8 encourages kindergartens that can to take children aged 2 to 3; Jinan's
    plan says nothing of fares by height (only Beijing's clause (12) has the 1.3 m rule). Both
    parts answered, never the infant check-ups (tester 128 p5 got the check-ups twice)."""
    slots = jinan_family("2018-09", "2025-12")
    reply = await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots)
    assert kindergarten in reply and fares in reply, reply
    assert "体检" not in reply


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("爷爷奶奶参加长护险能补吗", "济南方案的（第15条），北京方案没有"),
        ("我跟老伴济南户口住济南 二外孙生了以后我们参加长护险能补吗", "第15条"),
    ],
)
async def test_grandparents_care_insurance_asked_of_a_beijing_family(
    said: str, answer: str
) -> None:
    """A Beijing family's grandparents ask whether their long-term care insurance is paid:
    only Jinan's clause 15 has such a measure; never Beijing's clause (16) for families who lost
    their only child, nor "can it be paid back" (tester 128 p2)."""
    slots: dict[str, Any] = {
        "city": "beijing",
        "result_shown": True,
        "children": [
            {"birth_date": "2021-06-01", "precision": "month"},
            {"due_date": "2027-03-01", "precision": "month"},
        ],
    }
    reply = await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots)
    assert answer in reply, reply
    assert "第(16)条" not in reply and "补发" not in reply
