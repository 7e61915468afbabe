"""Tester 67's hotline call about one child of three (stop 54): the worker asked of 老二 three
times and heard 老三's money each time, and "把你记下的孩子列一下" heard that nothing was noted.
A caller's family: Jinan hukou, 老大 8, 老二 born March 2023 (no dibao at the birth), 老三 born
May 2025 (dibao at the birth). Jinan clause 12: 600 yuan a month for the 2nd and 3rd child
until the 3rd birthday, 200 more for a birth while on dibao, special hardship support or
unemployment benefits."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 5)
CASE = (
    "热线 来电人济南户籍 三个孩子 老大8岁 老二2023年3月生 老三2025年5月生 "
    "生老三时在低保 生老二时没有 每个孩子每月多少"
)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def call(*turns: str) -> list[str]:
    """The worker's messages in turn, the case kept between them; the replies."""
    slots: dict[str, Any] = {"language": "zh"}
    replies = []
    for text in turns:
        replies.append(await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots))
    return replies


async def test_each_child_asked_hears_each_childs_money_and_one_sentence_of_all() -> None:
    """每个孩子每月多少: the 1st none (clause 12 names the 2nd and 3rd), the 2nd's 600 stopped
    at the 3rd birthday on 1 March 2026, the 3rd's 800 until 1 May 2028; one read-out."""
    (reply,) = await call(CASE)
    assert "第1个孩子：没有。" in reply
    assert "第2个孩子：每月600元，从出生发到满3周岁（2026年3月1日）；已于这一天停发" in reply
    assert "第3个孩子：每月600+200=800元，发到孩子满3周岁，即2028年5月1日" in reply
    assert "第1个孩子不在此列；第2个孩子每月600元，已于2026年3月1日满3周岁停发；第3个孩子" in reply


async def test_the_second_child_asked_by_its_order_is_answered_not_the_youngest() -> None:
    """老二现在还在领取期内吗 到哪天截止: 老二's money, which stopped on 1 March 2026."""
    _, reply = await call(CASE, "老二现在还在领取期内吗 到哪天截止")
    assert reply.startswith("第2个孩子：每月600元")
    assert "已于这一天停发" in reply and "第3个孩子" not in reply


async def test_the_second_childs_200_is_no_its_birth_was_not_on_dibao() -> None:
    _, reply = await call(CASE, "老二那份有没有加发的200")
    assert reply.startswith("没有。\n第2个孩子：每月600元")
    assert "另加的200元不适用" in reply


async def test_the_eldest_asked_hears_why_none() -> None:
    _, reply = await call(CASE, "老大呢")
    assert reply.startswith("第1个孩子：没有。仅限第2个、第3个孩子")


async def test_back_pay_of_the_second_child_gives_its_end_and_the_plans_silence() -> None:
    """老二一直没领到: the plan says nothing of back pay; 老二's money ended on 1 March 2026."""
    _, reply = await call(CASE, "老二呢 来电人说老二一直没领到")
    assert reply.startswith("第2个孩子：每月600元")
    assert "能否补发" in reply


async def test_an_end_asked_read_as_out_of_scope_is_the_cases_end() -> None:
    """老三到哪天, which the intent classifier took for out of scope: 老三's last day."""
    slots: dict[str, Any] = {"language": "zh"}
    await says(ActionAnswerPolicyQuestion(), CASE, "ask_policy", slots)
    reply = await says(ActionRouteUnclear(), "老三到哪天", "out_of_scope", slots)
    assert reply.startswith("第3个孩子：每月600+200=800元，发到孩子满3周岁，即2028年5月1日")


async def test_the_children_noted_for_the_caller_are_listed() -> None:
    _, reply = await call(CASE, "把你记下的孩子列一下")
    assert reply.startswith("这通来电记下的是：")
    assert "老二2023年3月出生" in reply and "老三2025年5月出生" in reply
