"""Tester 97's conversations (stop 62), asked again: a hotline worker's caller whose 2nd child's
600 has ended and whose 3rd child is paid 800, asking what the family gets in all."""

from datetime import date

import pytest

from actions import clock
from actions.answers import ActionRouteUnclear
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize(
    "text", ["一共多少钱", "老二老三的育儿补贴加起来一共多少", "那这家两个孩子加起来总共能拿多少钱"]
)
async def test_a_callers_family_total_adds_the_ended_and_the_paid_child(text: str) -> None:
    """A Jinan caller's 2nd child born 14 February 2023 (no benefits then) and 3rd born August
    2025 while the mother drew unemployment insurance benefits. "一共多少钱": 800 a month now
    (the 3rd child only); over the whole periods 21,600 for the 2nd (stopped 14 February 2026)
    and 28,800 for the 3rd, 50,400 in all (Jinan clause 12). Tester 97 i9 was told "这个我帮不上
    忙" and got the 3rd child's sum alone."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2023-02-14", "precision": "day", "hardship_at_birth": False},
            {"birth_date": "2025-08-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    reply = await says(ActionRouteUnclear(), text, "out_of_scope", slots)
    assert "现在每月800元（第3个孩子）" in reply, reply
    assert "第2个孩子21,600元（已于2026年2月14日停发）＋第3个孩子28,800元＝50,400元" in reply
    assert "帮不上忙" not in reply


async def test_a_third_child_imagined_beside_a_benefit_now_gets_that_childs_money() -> None:
    """A Jinan family whose 2nd child, born March 2023 with no benefits then, turned 3. "那我现在在
    领失业金 要是明年生老三 是不是一个月能拿800": unemployment benefit noted now, then the 3rd child
    imagined: 800 a month if the family is on such benefits at that birth, else 600 (Jinan
    clause 12), never "不对…只有第2个孩子符合条件" of the 2nd child's ended 600 (tester 97 c3)."""
    from actions.conversation import ActionHandleCorrection

    children = [
        {"birth_date": "2019-01-01", "precision": "year"},
        {"birth_date": "2023-03-01", "precision": "month", "hardship_at_birth": False},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": False,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(
        ActionHandleCorrection(),
        "那我现在在领失业金 要是明年生老三 是不是一个月能拿800",
        "correct",
        slots,
    )
    assert "第3个孩子：600+200=800元/月" in reply, reply
    assert "只有第2个孩子符合条件" not in reply
    assert slots["hardship_now"] is True


@pytest.mark.parametrize(
    ("text", "money"),
    [
        (
            "来电 女 济南户口 老二23年5月生 问补贴",
            "第2个孩子：每月600元，从出生发到满3周岁（2026年5月1日）",
        ),
        ("来电 男 济南户口 老二去年3月生的 补贴能领吗", "第2个孩子：每月600元"),
    ],
)
async def test_a_call_asking_of_the_subsidy_gets_the_callers_600(text: str, money: str) -> None:
    """A worker writes up a call: "来电 女 济南户口 老二23年5月生 问补贴". The subsidy asked is
    Jinan clause 12's 600 a month for the 2nd child, said with its end (her third birthday, May
    2026, when it stopped), never a list of other items (tester 97 e5)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, texts
    from tests.actions.test_questions_t33c import worker

    dispatcher = CollectingDispatcher()
    tracker = worker(text, "inform", language="zh")
    await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert money in reply, reply
    assert "同校就读" not in reply
