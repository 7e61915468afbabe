"""Tester 111's hotline calls (stop 70), asked again: a caller named back by what marks the
case ("back to the dibao caller", 回到三胎那个来电) is found among the callers kept, however many
came between."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def call(lang: str, *turns: tuple[Any, str, str]) -> str:
    """The reply to the last of a worker's `turns` (action, message, intent), one call."""
    slots: dict[str, Any] = {"language": lang}
    reply = ""
    for action, message, intent in turns:
        reply = await says(action, message, intent, slots)
    return reply


async def test_back_to_the_dibao_caller_with_the_birth_put_right() -> None:
    """Caller 1: Jinan hukou, second child born 2 March 2023 while on dibao. Caller 2 asks about
    the flexibly employed's delivery rate. "Back to the dibao caller from before (child 2): the
    birth was actually 2024-03-02": that caller's second child, 600 + 200 = 800 a month until
    2 March 2027 (clause 12); never "child 1 … not eligible" (tester 111 c10)."""
    answers = ActionAnswerPolicyQuestion()
    reply = await call(
        "en",
        (
            answers,
            "Hotline here, caller on the line: Jinan hukou, second child born 2023-03-02, "
            "family was on dibao at the birth. Monthly figure, clause, one sentence.",
            "ask_policy",
        ),
        (
            answers,
            "Next caller: Jinan, woman in flexible employment, insured under employee basic "
            "medical insurance, gave birth in hospital. Reimbursement rate? Clause + sentence.",
            "ask_policy",
        ),
        (
            ActionHandleCorrection(),
            "Back to the dibao caller from before (child 2): he says the birth was actually "
            "2024-03-02, not 2023. Figure now?",
            "correct",
        ),
    )
    assert "Child 2" in reply and "800" in reply and "2 Mar 2027" in reply, reply
    assert "child 1" not in reply.lower()


async def test_a_caller_three_calls_back_is_found_by_her_case() -> None:
    """The third-child caller (Jinan, born February 2023 on special hardship support), then a
    renting caller, that caller again, a Beijing caller; "回到三胎那个来电 她说三宝其实是24年2月生
    的": the third-child caller's 800 a month until February 2027 (Jinan clause 12), never
    Beijing's subsidy system (tester 111 c9)."""
    answers = ActionAnswerPolicyQuestion()
    reply = await call(
        "zh",
        (answers, "热线 来电人济南户口 老二24年5月生 问育儿补贴多少 条款", "ask_policy"),
        (
            answers,
            "下一个来电 济南户口 三胎 三宝23年2月生 生的时候领特困供养 现在每月多少",
            "inform",
        ),
        (
            answers,
            "又一个来电 济南 老二今年8月刚生 爸爸单位交公积金妈妈没交 租房住 公积金能干啥",
            "inform",
        ),
        (answers, "新来电 北京的 问产假多少天 有没有钱 快", "ask_policy"),
        (answers, "回到三胎那个来电 她说三宝其实是24年2月生的 现在每月多少 一句话", "inform"),
    )
    assert "第3个孩子" in reply and "800" in reply and "2027年2月" in reply, reply
    assert "北京" not in reply
