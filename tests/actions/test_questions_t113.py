"""Tester 113's families (stop 71), asked again: a read-back asked beside facts told or put
right reads the record as it stands after them."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, texts

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def in_the_form(text: str, intent: str, slots: dict[str, Any]) -> Tracker:
    """The family's message while the household form asks `requested_slot`."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return Tracker(
        sender_id="family",
        slots=dict(slots),
        latest_message=message,
        events=[{"event": "user", "text": text, "parse_data": message}],
        paused=False,
        followup_action=None,
        active_loop={"name": "household_form"},
        latest_action_name="action_listen",
    )


def child(born: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": "month", "height_cm": None}


TWO_IN_JINAN = {
    "language": "en",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [child("2022-03-01"), child("2023-03-01")],
    "children_partial": [child("2022-03-01"), child("2023-03-01")],
    "requested_slot": "birth_insurance",
}


@pytest.mark.parametrize(
    ("message", "lang", "noted", "third"),
    [
        (
            "Sorry, I should have said — it's three kids: we also had a baby girl on 20 "
            "October this year. Can you read back what you have?",
            "en",
            "What I have noted:",
            "the 3rd child born 20 October 2026",
        ),
        (
            "不对 是三个孩子 老三今年10月20号生的 你把记的念一遍",
            "zh",
            "目前记下的是：",
            "老三2026年10月20日出生",
        ),
    ],
)
async def test_a_read_back_asked_beside_a_correction_reads_the_record_after_it(
    message: str, lang: str, noted: str, third: str
) -> None:
    """A Jinan family of two (born March 2022 and March 2023) puts the count right, a third
    born on 20 October 2026, and asks for the record: the record read back holds the third
    child (tester 113 c7 read back two children and heard about the third's insurance)."""
    dispatcher = CollectingDispatcher()
    slots = {**TWO_IN_JINAN, "language": lang}
    await ValidateHouseholdForm().run(dispatcher, in_the_form(message, "correct", slots), DOMAIN)
    reply = texts(dispatcher)
    recap = reply[reply.index(noted) :]
    assert third in recap, reply


async def test_a_new_caller_due_next_month_after_a_caller_of_a_second_child() -> None:
    """A hotline worker: caller 1 has Jinan hukou and a second child born 10 March 2023; the
    next caller's wife gives birth next month. The leave days are answered for the new caller
    (clause 11: 158 days of maternity leave); the case of one known child beside a birth to come
    made the action fail (tester 114 c9: "part of the system is not responding", every time)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "我是12345热线的接线员 帮来电群众查政策 第一位来电：济南户口 老二2023年3月10日出生 "
        "出生时家里在领低保 请给我每月金额、对应条款、还有一句能直接念",
        "ask_policy",
        slots,
    )
    reply = await says(
        answers,
        "好吧 下一位：济南 老婆下个月生 男方陪产假几天 产假几天 给条款和念稿",
        "ask_policy",
        slots,
    )
    assert "158" in reply, reply


JINAN_THREE = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        child("2018-05-01"),
        child("2021-03-01"),
        {**child("2024-02-01"), "hardship_at_birth": True},
    ],
    "result_shown": True,
}


async def test_the_husbands_sisters_loan_is_worked_out_on_her_family() -> None:
    """A Jinan family of three children asks for the husband's sister (大姑子): two children,
    one of the couple pays into the fund, buying a first home. Her ceiling is 600,000 (clause
    14: a two-child family, one payer), worked out apart; the family's own payers stay as they
    were (tester 113 c4 was told 1,000,000 and had the sister's facts written into its own)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots = dict(JINAN_THREE)
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "俺大姑子家在济南 她家老二今年5月生的 她两口子一个交公积金 想买房 能贷多少 她们家租房",
        "ask_policy",
        slots,
    )
    assert "没有记到您家的资料里" in reply and "600,000" in reply, reply
    assert "1,000,000" not in reply.split("按这一家的情况")[-1], reply
    assert "housing_fund_contributors" not in slots or slots["housing_fund_contributors"] is None


async def test_a_grandmothers_sons_family_is_another_household() -> None:
    """A grandmother noted for her daughter's Jinan family adds "还有我儿子一家在北京朝阳 儿媳妇
    怀着二胎": the son's Beijing family is answered apart (Beijing names no leave days), and the
    daughter's family stays in Jinan (tester 113 c5 was moved to Beijing)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [child("2025-03-01")],
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "还有我儿子一家在北京朝阳 儿媳妇怀着二胎 预产期明年5月 北京生孩子有啥待遇 产假几天",
        "ask_policy",
        slots,
    )
    assert "没有记到您家的资料里" in reply and "北京" in reply, reply
    assert slots["city"] == "jinan"


async def test_a_hotline_desk_taking_callers_a_and_b() -> None:
    """ "Hotline desk here, I'll take several callers in a row. Caller A: Jinan hukou, third
    child born 2 January 2023, on unemployment benefit at the birth": a worker's calls, not a
    family. Caller A's read-out is the 800 a month that ended on 2 January 2026 (clause 12),
    never the 400 paid to nurseries; Caller B, a Beijing family, hears that the Beijing plan
    names no days of leave, never Jinan's 158 (tester 113 c10)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots: dict[str, Any] = {"language": "en"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "Hotline desk here, I'll take several callers in a row. Caller A: Jinan hukou, third "
        "child born 2 January 2023, family was on unemployment insurance benefits at the birth. "
        "Give me the monthly figure, the clause and a sentence to read out.",
        "ask_policy",
        slots,
    )
    read_out = await says(
        answers,
        "Please give the read-out sentence for Caller A including the monthly amount they were "
        "entitled to.",
        "ask_policy",
        slots,
    )
    assert "800 yuan a month" in read_out and "2 Jan 2026" in read_out, read_out
    assert "400" not in read_out, read_out
    caller_b = await says(
        answers,
        "New caller, Caller B: Beijing family, pregnant with second child, due May 2027. Asks how "
        "many days of maternity leave and paternity leave. Figure, clause, sentence to read out.",
        "ask_policy",
        slots,
    )
    assert "Beijing" in caller_b and "158" not in caller_b and "15 days" not in caller_b, caller_b
    assert not slots.get("children_partial"), slots.get("children_partial")


async def test_a_cousins_twins_typed_in_pinyin_are_answered_apart() -> None:
    """A Jinan family asks "now for my biaomei family, not my family … she got shuangbaotai
    (twins) born 2023 jan 5": the cousin's twins are worked out apart (the second twin's 600 a
    month ended on 5 January 2026, clause 12), never the family's own 800 (tester 114 c8)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots = {**JINAN_THREE, "language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "ok. now for my biaomei family, not my family. jinan hukou, she got shuangbaotai (twins) "
        "born 2023 jan 5, they are first babies. she get 600?",
        "ask_policy",
        slots,
    )
    assert "none of it is added to your family" in reply and "5 Jan 2026" in reply, reply
    assert "800" not in reply, reply


async def test_the_first_caller_named_back_three_callers_on() -> None:
    """Caller 1 (第一位来电): Jinan hukou, 老二 born 10 March 2023, on dibao at the birth. Then a
    Beijing caller and two Jinan callers. "回到第一位来电 … 育儿假还有吗": caller 1's case, whose
    only child under 3 turned 3 on 10 March 2026, so Jinan's parental leave (clause 11) has
    ended; never Beijing's clause (12) (tester 114 c9)."""
    from actions.answers import ActionAnswerPolicyQuestion
    from tests.actions.test_questions_t33c import says

    slots: dict[str, Any] = {"language": "zh"}
    answers = ActionAnswerPolicyQuestion()
    for message in (
        "我是12345热线的接线员 帮来电群众查政策 第一位来电：济南户口 老二2023年3月10日出生 "
        "出生时家里在领低保 请给我每月金额、对应条款、还有一句能直接念",
        "好 下一位来电：北京的 三孩 老三1岁 问北京有没有育儿补贴 还有孩子坐地铁要不要钱 给我条款和念稿",
        "下一位：济南 三个孩子 夫妻俩都交公积金 买首套房 公积金最高贷多少 条款 念稿",
    ):
        await says(answers, message, "ask_policy", slots)
    reply = await says(
        answers,
        "回到第一位来电 就是老二2023年3月10日出生领低保那家 他又问 老二停了以后 家里还能享受哪些 育儿假还有吗",
        "ask_policy",
        slots,
    )
    assert "第11条" in reply and "2026年3月10日" in reply, reply
    assert "北京" not in reply, reply
