"""Tester 111's hotline calls (stop 70), asked again: a caller named back by what marks the
case ("back to the dibao caller", 回到三胎那个来电) is found among the callers kept, however many
came between."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from actions.relatives_slot import ON_FILE, relatives_marked
from tests.actions.test_questions_t33c import says, worker

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


def jinan_twins_family() -> dict[str, Any]:
    """A Jinan family, hukou there: a son of 6 and twin girls born at National Day 2025, the
    mother on unemployment benefit at their birth; the answer shown."""
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2020-06-01", "precision": "month", "approx": "6岁"},
            {"birth_date": "2025-10-01", "precision": "day"},
            {"birth_date": "2025-10-01", "precision": "day"},
        ],
        "hardship_at_birth": True,
        "result_shown": True,
    }


async def test_a_neighbours_beijing_cash_question_is_answered_no() -> None:
    """ "我邻居也让我问问 她家在北京 二胎 孩子一岁半 北京给不给钱": her Beijing household apart, and
    the answer to what was asked: no, Beijing's plan only says a subsidy system will be set up
    (clause (12)); not a list of her four items (tester 111 c3)."""
    slots = jinan_twins_family()
    before = dict(slots)
    reply = await says(
        ActionHandleCorrection(),
        "我邻居也让我问问 她家在北京 二胎 孩子一岁半 北京给不给钱",
        "inform",
        slots,
    )
    assert "单独算" in reply and "不能" in reply and "第(12)条" in reply, reply
    assert {k: slots.get(k) for k in before} == before


@pytest.mark.parametrize(
    ("message", "on_file"),
    [
        (
            "帮我婆婆问的 我是她儿媳妇 我自己家在济南 孙女今年三月生的是老二 老大是儿子七岁",
            False,
        ),
        ("帮我妹问问 她家在济南 老二今年三月生的", True),
    ],
)
def test_a_family_told_as_the_writers_own_is_not_marked_a_relatives(
    message: str, on_file: bool
) -> None:
    """The first facts of a conversation, written for a relative: the household noted is the
    relative's ("on file"), so "说回我自己家" starts afresh; but "我自己家在济南 …" tells the
    writer's own, which going back must keep (tester 111 c6 heard "之前记下的都已清空")."""
    tracker = worker(message, "inform")
    noted = [{"event": "slot", "name": "city", "value": "jinan"}]
    marked = relatives_marked(tracker, noted)
    assert bool(marked and str(marked[0]["value"]).startswith(ON_FILE)) is on_file


async def test_a_what_if_about_the_colleague_stays_the_colleagues() -> None:
    """A Jinan family (a son of 3, twins born December 2025) asks for a colleague with one child
    of 2, his wife on unemployment benefit now; then "and if they have a second baby next year
    and wife still on unemployment benefit then?": the colleague's second child, 600 + 200 a
    month (clause 12), never a third child imagined on the family (tester 111 c7)."""
    from actions.answers import ActionRouteUnclear

    slots: dict[str, Any] = {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2023-06-01", "precision": "month", "approx": "3"},
            {"birth_date": "2025-12-01", "precision": "month"},
            {"birth_date": "2025-12-01", "precision": "month"},
        ],
        "result_shown": True,
    }
    before = dict(slots)
    await says(
        ActionAnswerPolicyQuestion(),
        "btw my colleague also jinan hukou, one kid 2 years old, his wife on unemployment "
        "benefit now. can they get the 200 extra?",
        "ask_policy",
        slots,
    )
    assert slots.get("relatives_words")
    reply = await says(
        ActionRouteUnclear(),
        "and if they have a second baby next year and wife still on unemployment benefit then?",
        "nlu_fallback",
        slots,
    )
    assert "on its own" in reply and "800" in reply, reply
    assert "child 3" not in reply.lower() and "3rd child born" not in reply
    assert {k: slots.get(k) for k in before} == before


async def test_a_wifes_brothers_family_is_kept_apart() -> None:
    """A Jinan family of three, its second born 1 June 2024: "顺便问下我大舅哥家 也济南户口 两个小子
    二小子是22年12月底生的 他家能领那个育儿补贴不": the wife's brother's household apart, his second
    born before 1 January 2023 gets none (clause 12); the family's own second stays 2024's
    (tester 112 c3 had the brother's date put on the family's second)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2018-06-01", "precision": "month", "approx": "8岁"},
            {"birth_date": "2024-06-01", "precision": "day"},
            {"birth_date": "2026-01-20", "precision": "day", "hardship_at_birth": True},
        ],
        "result_shown": True,
    }
    before = dict(slots)
    reply = await says(
        ActionHandleCorrection(),
        "顺便问下我大舅哥家 也济南户口 两个小子 二小子是22年12月底生的 他家能领那个育儿补贴不",
        "inform",
        slots,
    )
    assert "单独算" in reply and "2023年1月1日" in reply, reply
    assert {k: slots.get(k) for k in before} == before


def test_a_cousin_named_again_without_my_goes_on_about_her() -> None:
    from actions.relative_case import OF_THE_RELATIVE
    from understanding.text import normalise

    assert OF_THE_RELATIVE.search(normalise("and cousin laoer born 2021, he can get 600 or no?"))


@pytest.mark.parametrize(
    ("message", "months"),
    [
        ("她老三出生半年内没上居民医保 今年才上的 个人缴费还能全免吗", 1000),
        ("老二出生半年内上了居民医保 个人交的钱能补吗", 0),
    ],
)
def test_enrolled_within_half_a_year_or_not(message: str, months: int) -> None:
    """ "出生半年内上了居民医保": enrolled in time (Jinan clause 15's six months); "半年内没上 今年
    才上的": after the window (AFTER_THE_WINDOW), never "能" (tester 112 c9)."""
    from actions.headline import enrolled_at_months

    assert enrolled_at_months(message) == months
