"""Tester 118's people (stop 72's final code), asked again on 7 December 2026: "tell me what you
remember about my family" is a read-back, and a first pregnancy is the 1st child due."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.test_questions_t33c import says
from understanding import understand

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": "month", "height_cm": None}


@pytest.mark.parametrize(
    ("question", "lang", "opening"),
    [
        ("Please tell me what you remember about my family", "en", "What I have noted:"),
        ("please say me what you remember about my family", "en", "What I have noted:"),
        ("what do you remember about us?", "en", "What I have noted:"),
        ("你还记得我家啥情况", "zh", "目前记下的是："),
    ],
)
async def test_what_you_remember_reads_the_family_back(
    question: str, lang: str, opening: str
) -> None:
    """A family in Jinan, the 2nd child born August 2024 on dibao: asked what the assistant
    remembers, it says the family back, not Beijing's or Jinan's special family-planning families
    item (tester 118 p8, p9)."""
    slots: dict[str, Any] = {
        "language": lang,
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [{"birth_date": None, "precision": None}, child("2024-08-01")],
    }
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
    assert reply.startswith(opening)
    assert "2024" in reply
    assert "special family-planning" not in reply and "计划生育特殊家庭" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "hello, me and husband in Beijing, Beijing hukou. I am pregnant, baby due next May.",
        "pregnant, baby due in May",
        "我怀孕了 宝宝预产期明年5月",
    ],
)
def test_a_first_pregnancy_is_the_first_child_due(message: str) -> None:
    """No child told before: the baby due next May is the 1st child, never "the 2nd child due
    May 2027" (tester 118 p9)."""
    dues = [u for u in understand(message, {}, None, TODAY) if u.fact == "child.due_date"]
    assert [(u.child, u.value) for u in dues] == [(1, "2027-05")]


@pytest.mark.parametrize(
    "question",
    ["老三生了以后给他办居民医保要自己掏钱不 啥时候前办", "给孩子上居民医保要交钱不"],
)
async def test_the_childs_own_insurance_is_clause_15s_enrolment(question: str) -> None:
    """A Jinan family whose 3rd child is due in April 2027: the child's own resident insurance is
    free for the year if enrolled within 6 months of the birth (clause 15), not the delivery's
    3,000 yuan (tester 117 p6)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [child("2023-06-01"), child("2024-06-01")],
        "due_date": "2027-04-01",
        "birth_insurance": "flexible_employment",
        "topic_entry": "jinan.childbirth_medical_insurance",  # the delivery asked just before
    }
    reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
    assert "个人缴费" in reply and "6个月" in reply
    assert "3,000" not in reply


async def test_the_eldest_asked_among_facts_gets_the_eldests_items() -> None:
    """A Jinan family on dibao, the eldest three and a half, the 2nd a month old (800 a month
    shown): "那老大呢 老大没有吗 我老公交公积金 我没交 生老二是居民医保 暂时不买房" notes the
    facts, then says the eldest gets no 600 (clause 12 is for the 2nd and 3rd child), never "有。"
    and the rent withdrawal (tester 117 p1)."""
    first = {**child("2023-06-01"), "approx": "3岁半"}
    second = {**child("2026-11-01"), "approx": "刚满月", "hardship_at_birth": True}
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": True,
        "renting": True,
        "owns_home_in_city": False,
        "result_shown": True,
        "children_partial": [first, second],
        "children": [first, second],
    }
    reply = await says(
        ActionHandleCorrection(),
        "那老大呢 老大没有吗 我老公交公积金 我没交 生老二是居民医保 暂时不买房",
        "inform",
        slots,
    )
    assert "家里1人交住房公积金" in reply
    assert "第1个孩子" in reply and "不能领：育儿补贴" in reply and "第12条" in reply
    assert not any(line.startswith("有。") for line in reply.splitlines())
    assert slots["buying_first_home"] is False


async def test_a_birth_before_2023_is_no_and_its_no_is_read_out() -> None:
    """Hotline: Jinan hukou, 2nd child born 15 December 2022, on dibao at the birth. Clause 12's
    600 is for births on or after 1 January 2023, so no 600 and no 200 on top: the "No" is read
    out with its reason, never followed by 600 + 200 = 800 (tester 117 p10)."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "hotline here. caller Jinan hukou, 2nd child born 15 Dec 2022, family on dibao at birth. "
        "can they get the childcare subsidy? need figure, clause, one sentence to read",
        "ask_policy",
        slots,
    )
    assert reply.startswith("No:")
    assert "800" not in reply
    read_out = next(x for x in reply.splitlines() if x.startswith("You can read out"))
    assert "does not get the childcare subsidy" in read_out and "15 December 2022" in read_out


async def test_the_same_callers_money_is_said_once() -> None:
    """Back to that caller: a 3rd child born 3 March 2024 on dibao gets 600 + 200 = 800 a month
    until 3 March 2027 (clause 12), said once, with no stray "Yes." after it."""
    slots: dict[str, Any] = {"language": "en"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "hotline here. caller Jinan hukou, 2nd child born 15 Dec 2022, family on dibao at birth. "
        "can they get the childcare subsidy?",
        "ask_policy",
        slots,
    )
    reply = await says(
        answers,
        "back to first caller, the 15 Dec 2022 one. they also have a 3rd child born 3 March "
        "2024, still on dibao then. what do they get for that one per month and until when?",
        "ask_policy",
        slots,
    )
    assert reply.count("800 yuan a month") == 1 + reply.count("You can read out")
    assert "3 Mar 2027" in reply
    assert "Yes." not in reply.splitlines()


async def test_the_twins_enrolled_in_july_get_clause_15s_yes() -> None:
    """Twins born 12 March 2026, put on resident insurance in July: within six months of the
    birth, so that year's contribution is paid in full (Jinan clause 15), never the delivery's
    3,000 yuan (tester 119 p3)."""
    born = [child("2018-01-01"), {**child("2026-03-12"), "precision": "day"}]
    born.append(dict(born[1]))
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children_partial": born,
        "children": born,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "俩闺女是3月12生的 七月份给她俩办的居民医保 这个钱能给报回来吗",
        "ask_policy",
        slots,
    )
    assert reply.startswith("能。") and "第15条" in reply
    assert "3,000" not in reply


async def test_a_first_child_whose_hukou_could_go_to_jinan_gets_no_600() -> None:
    """A Beijing family, the first baby born November 2026: "husband hukou is jinan … baby hukou
    can go jinan. then we get jinan 600 yuan?" is a move supposed; clause 12's 600 is for the
    2nd or 3rd child, so child 1 gets no (tester 119 p8 heard the rule alone)."""
    baby = child("2026-11-01")
    slots: dict[str, Any] = {
        "language": "en",
        "city": "beijing",
        "hukou_in_city": True,
        "result_shown": True,
        "children_partial": [baby],
        "children": [baby],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "sorry correction, husband hukou is jinan, only me beijing. baby hukou can go jinan. "
        "then we get jinan 600 yuan?",
        "ask_policy",
        slots,
    )
    assert "Child 1: no. Only for the 2nd or 3rd child" in reply
    assert "clause 12" in reply


async def test_the_200_said_paid_short_gets_the_sum_due_and_the_silence() -> None:
    """A Jinan family whose 2nd child (February 2023) was born on dibao: "每个月就领了600 不是说
    低保家庭多给吗 是不是少发了" gets clause 12's 600 + 200 = 800 for that child, then the plan's
    silence on back pay and its lead department (tester 119 p4 heard "对，孩子出生后开始发")."""
    second = {**child("2023-02-01"), "hardship_at_birth": True}
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "hardship_now": False,
        "children_partial": [child("2021-01-01"), second],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "老二之前那三年我们每个月就领了600 不是说低保家庭多给吗 是不是少发了",
        "ask_policy",
        slots,
    )
    assert "600+200=800元" in reply and "第2个孩子" in reply
    assert "能否补发" in reply and "济南市卫生健康委员会" in reply


async def test_a_hotline_delivery_question_after_a_case_is_clause_15s() -> None:
    """Hotline: "caller A Jinan hukou, third child born 2025-06-20, mother has resident medical
    insurance. how much does insurance pay for the delivery": resident insurance pays a fixed
    3,000 yuan for a hospital delivery (Jinan clause 15), never the 3rd child's 600 (tester 120
    p10)."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "hotline: caller A Jinan hukou, third child born 2025-06-20, mother has resident "
        "medical insurance. how much does insurance pay for the delivery, clause, and a "
        "sentence to read out",
        "ask_policy",
        slots,
    )
    assert "3,000 yuan" in reply and "clause 15" in reply
    assert "600 yuan" not in reply


async def test_say_again_what_you_noted() -> None:
    """你再给俺说说你记的俺家情况 对一下: the family read back, not the public rental swap."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children_partial": [child("2019-01-01"), child("2023-02-01")],
    }
    reply = await says(
        ActionAnswerPolicyQuestion(), "你再给俺说说你记的俺家情况 对一下", "ask_policy", slots
    )
    assert reply.startswith("目前记下的是：") and "公租房" not in reply
