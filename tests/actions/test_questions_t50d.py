"""Tester 49's conversations (fix-t50d): corrections told as afterthoughts, children listed with
their ages, a date that contradicts an age, a bare due month, a pregnancy's read-back. Each
test: the family known so far (the slots), what the citizen wrote, what the reply must and must
not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t27a import form_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def asked(
    action: Any, intent: str, text: str, lang: str, **slots: Any
) -> tuple[str, dict[str, Any]]:
    """`action` run on `text` classified as `intent`: the reply and the slots set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent=intent, language=lang, **slots)
    events = await action().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# Tester 49 c06: Jinan hukou, the eldest about 5, the 2nd born May 2025, "没领低保" said of
# the birth; the answer shown, then the grandmother's long-term care insurance asked about.
TWO_NOT_ON_BENEFITS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "result_shown": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
        {**UNDATED, "birth_date": "2025-05-01", "precision": "month", "hardship_at_birth": False},
    ],
    "focus_entry": "jinan.grandparents_ltc_insurance_subsidy",
}
EIGHT_HUNDRED = {
    "zh": ("已更新", "800元", "2028年5月1日", "第12条"),
    "en": ("Updated", "800 yuan", "1 May 2028", "clause 12"),
}
YES = {"zh": ("对", "能"), "en": ("Yes",)}


@pytest.mark.parametrize(
    "action", [ActionAnswerPolicyQuestion, ActionRouteUnclear, ActionShowEntitlements]
)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("哦对了 忘说了 生老二的时候我在领失业金 那是不是800", "zh"),  # tester 49 c06
        ("对了 生老二那会儿我们在领低保 是不是一个月800", "zh"),
        ("忘了说 生老二的时候在领失业保险金 那是800吗", "zh"),
        ("oh and she was on unemployment benefit when our 2nd was born, so is it 800?", "en"),
        ("forgot to mention, we were on dibao when the 2nd was born. is it 800 then?", "en"),
    ],
)
async def test_an_afterthought_on_the_birth_is_taken_and_the_800_confirmed(
    action: Any, text: str, lang: str
) -> None:
    """Jinan clause 12: on unemployment benefit (or dibao) at the 2nd's birth, 600+200=800 a
    month until 1 May 2028. The later word puts the earlier "没领低保" right: 已更新, then 对，800;
    never "不是800元" with the old fact kept."""
    reply, slots = await asked(action, "ask_policy", text, lang, **TWO_NOT_ON_BENEFITS)
    for said in EIGHT_HUNDRED[lang]:
        assert said in reply, reply
    assert any(yes in reply for yes in YES[lang]), reply
    assert "不是800" not in reply and "not 800" not in reply.lower(), reply
    assert slots["children"][1]["hardship_at_birth"] is True, slots


@pytest.mark.parametrize(
    ("text", "lang", "third"),
    [
        (
            "济南的 三个孩子(8岁 4岁 10个月) 两口子都交公积金 想买第一套房 公积金能贷多少",
            "zh",
            "老三约2026年2月",
        ),
        ("三个孩子 8岁 4岁 10个月 在济南 一个月能领多少", "zh", "老三约2026年2月"),
    ],
)
async def test_three_ages_listed_are_three_children(text: str, lang: str, third: str) -> None:
    """Tester 49 c07: "三个孩子(8岁 4岁 10个月)" is three children, the youngest 10 months (the
    one Jinan clause 12 pays for), never "老二约2022年2月出生（按“4岁 10个月”推算）"."""
    reply, slots = await form_turn(text, lang, city=None)
    assert third in reply, reply
    assert "4岁 10个月" not in reply, reply
    children = slots.get("children") or slots.get("children_partial")
    assert children is not None and len(children) == 3, slots
