"""Testers 51 and 52 (fix-t53d): when a benefit held at a birth stopped, a benefit that ends
before the birth, a no for one child's birth, a hukou moved to Jinan. Each test: the family
known so far (the slots), what the citizen wrote, what the reply must and must not say, and
the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.household_form import ValidateHouseholdForm
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def _set(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def turn(text: str, lang: str, **slots: Any) -> tuple[list[str], dict[str, Any]]:
    """One turn as the bot runs it: the household form on `text`, then, when the form is done,
    the answer (what the form left in focus, else the family's items). The bubbles in order,
    and the slots after the turn."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    after = {**slots, **_set(events)}
    bubbles = [str(m.get("text") or "") for m in dispatcher.messages]
    if not after.get("requested_slot"):
        said = [{"event": "bot", "text": b} for b in bubbles]
        answering = Tracker(
            "test",
            after,
            tracker.latest_message,
            [*tracker.events, *said],
            False,
            None,
            {},
            "",
        )
        answer = CollectingDispatcher()
        more = await ActionShowEntitlements().run(answer, answering, DOMAIN)
        after.update(_set(more))
        bubbles += [str(m.get("text") or "") for m in answer.messages]
    return bubbles, after


SILENCE = ("之后不再领取时", "if they end later")


# Tester 52 c09: living in Jinan; 老二 born March 2023 while the family drew unemployment
# benefit, which stopped in 2024. The year the benefit stopped is no child's birth, and the
# child turned 3 in March 2026: clause 12's 600+200 ran until then and has ended. That comes
# first and plainly; the plan's silence on benefits stopping later is beside the point.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "我们济南的 老二2023年3月生的 生的时候我在领失业金 24年就不领了 "
            "现在还给200吗 一个月800到什么时候",
            "zh",
        ),
        ("我们在济南 二宝2023年3月出生 那时候领低保 2024年就停了 现在还有加发吗", "zh"),
        ("济南的 老二23年3月生的 生的时候吃低保 24年6月到期了 800还有吗", "zh"),
        (
            "we live in jinan. our second was born in march 2023 while we were on "
            "unemployment benefit, we stopped getting it in 2024. do we still get the extra 200?",
            "en",
        ),
    ],
)
async def test_a_benefit_stopped_after_a_birth_long_past_three_is_answered_plainly(
    text: str, lang: str
) -> None:
    bubbles, slots = await turn(text, lang)
    reply = "\n".join(bubbles)
    children = slots.get("children") or slots.get("children_partial") or []
    assert [c.get("birth_date") for c in children if c.get("birth_date")] == ["2023-03-01"], slots
    assert "2024" not in bubbles[0], bubbles[0]  # no child born in the year it stopped
    ended = "此项已结束" if lang == "zh" else "Ended when the child turned 3"
    assert ended in reply, reply
    assert "2026" in reply, reply
    assert not any(s in reply for s in SILENCE), reply


# The same stop of a child still under 3 (born March 2025): the supplement's answer first, the
# plan's silence on a benefit stopped later after it, never before the answer (clause 12).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们济南户口 老二2025年3月生的 生的时候我在领失业金 今年就不领了 现在还给200吗", "zh"),
        (
            "jinan hukou. our second was born in march 2025 while we were on dibao, "
            "we came off it this year. do we still get the extra 200?",
            "en",
        ),
    ],
)
async def test_a_benefit_stopped_of_a_child_under_three_answers_first(text: str, lang: str) -> None:
    bubbles, _ = await turn(text, lang)
    reply = "\n".join(bubbles)
    silence = next(i for i, b in enumerate(bubbles) if any(s in b for s in SILENCE))
    answer = next(i for i, b in enumerate(bubbles) if "2028" in b)
    assert answer < silence, reply
    assert "2025年3月" in bubbles[0] or "March 2025" in bubbles[0], bubbles[0]


# Tester 52 c09, the next turn: the silence was said already; "现在还有啥能领的" asks for the
# family's items, not about the stop, so it is not said a second time.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我说的是24年不领失业金了 老大是2019年的 那现在还有啥能领的", "zh"),
        ("低保去年就停了 老大2019年的 现在还有什么能领", "zh"),
        ("we stopped getting it in 2024, the eldest is from 2019. what else can we get now?", "en"),
    ],
)
async def test_the_silence_on_a_later_stop_is_not_said_twice(text: str, lang: str) -> None:
    first = (
        "我们济南的 老二2025年3月生的 生的时候我在领失业金 今年就不领了 现在还给200吗"
        if lang == "zh"
        else "jinan. our second was born in march 2025 while we were on dibao, "
        "we came off it this year. do we still get the extra 200?"
    )
    bubbles, slots = await turn(first, lang)
    assert any(any(s in b for s in SILENCE) for b in bubbles), bubbles
    slots.pop("requested_slot", None)
    again, _ = await turn(text, lang, **slots)
    assert not any(s in b for b in again for s in SILENCE), again


# Tester 52 c01: Jinan hukou; the eldest about 5, 老二 born September 2024, 老三 March 2026
# while on dibao; the form asked whether the family was on such benefits when 老二 was born.
UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
ASKED_OF_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-03-01", "precision": "month", "hardship_at_birth": True},
    ],
    "requested_slot": "hardship_at_birth",
    "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
}


# "X出生的时候没有", "那时候还没领", "当时没领", "生老二时还没开始领" (and "not when the second was
# born"), with a question of their own after them, are a no for that birth: 老二 gets 600 alone,
# 老三 600+200 (clause 12), and the question is not asked again.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老二出生的时候没有 那时候还没领 那老二也能加200吗 一个月1400到27年9月是吧", "zh"),
        ("老二出生的时候没有 一个月1400到27年9月是吧", "zh"),
        ("生老二时还没开始领 那1400对吗", "zh"),
        ("当时没领 老二出生的时候没有 能领多少", "zh"),
        ("not when the second was born, we started later. so 1400 a month?", "en"),
        ("no, not at the second's birth, we only started it this year", "en"),
    ],
)
async def test_a_no_for_one_birth_with_a_question_after_it_is_taken(text: str, lang: str) -> None:
    bubbles, slots = await turn(text, lang, **ASKED_OF_THE_SECOND)
    reply = "\n".join(bubbles)
    children = slots.get("children") or []
    assert [c.get("hardship_at_birth") for c in children][1:] == [False, True], slots
    assert not slots.get("requested_slot"), slots
    assert "是否已经在领" not in reply and "already receiving" not in reply, reply


# Tester 51 c03: Jinan, the son 5, the 2nd due March 2027; the form asked about the hukou.
# "gets unemployment benefit now, it ends in january": the benefit ends before the birth, so
# none at that birth unless renewed (clause 12 looks at the time of the birth); the read-back
# says it was worked out from the end date, and the births' benefits are not asked.
DUE_IN_MARCH: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {**UNDATED, "birth_date": "2027-03-01", "precision": "month", "expected": True},
    ],
    "requested_slot": "hukou_in_city",
    "pending_question": {"slot": "hukou_in_city", "side_answers": 0},
}


@pytest.mark.parametrize(
    ("text", "lang", "inferred"),
    [
        (
            "yes jinan hukou. my wife lost her job last year and gets unemployment benefit now, "
            "it ends in january though",
            "en",
            "ending in January, so none when the 2nd child is born",
        ),
        ("对 济南户口 我现在领失业金 1月份就到期了", "zh", "失业金1月到期，老二出生时"),
        ("是济南户口 老婆在领失业金 领到明年1月", "zh", "失业金1月到期"),
        (
            "yes, jinan hukou. we're on dibao now but it stops in february",
            "en",
            "ending in February",
        ),
    ],
)
async def test_a_benefit_ending_before_the_due_date_is_none_at_the_birth(
    text: str, lang: str, inferred: str
) -> None:
    bubbles, slots = await turn(text, lang, **DUE_IN_MARCH)
    reply = "\n".join(bubbles)
    children = slots.get("children") or slots.get("children_partial") or []
    assert children[1].get("hardship_at_birth") is False, slots
    assert slots.get("requested_slot") != "hardship_at_birth", slots
    assert inferred in bubbles[0], bubbles[0]
    assert not any(s in reply for s in SILENCE), reply


# "On it now" with no end said nothing of the birth: still asked (not assumed either way).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("yes jinan hukou. my wife gets unemployment benefit now", "en"),
        ("对 济南户口 我现在领失业金", "zh"),
        ("对 济南户口 我现在领失业金 到5月到期", "zh"),  # ends after the due date: asked too
    ],
)
async def test_a_benefit_held_now_with_no_end_before_the_birth_is_asked(
    text: str, lang: str
) -> None:
    _, slots = await turn(text, lang, **DUE_IN_MARCH)
    children = slots.get("children") or slots.get("children_partial") or []
    assert children[1].get("hardship_at_birth") is None, slots


# The same family asked about the birth's benefits (on unemployment benefit now): "it ends in
# january, baby comes in march" answers it, no more asking.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i just told you, it ends in january, baby comes in march. so no extra 200?", "en"),
        ("说了啊 1月份就到期了 3月才生 那就没有200了吧", "zh"),
    ],
)
async def test_an_end_before_the_birth_answers_the_question_asked(text: str, lang: str) -> None:
    asked = {
        **DUE_IN_MARCH,
        "hukou_in_city": True,
        "hardship_now": True,
        "requested_slot": "hardship_at_birth",
        "pending_question": {"slot": "hardship_at_birth", "side_answers": 0},
    }
    bubbles, slots = await turn(text, lang, **asked)
    children = slots.get("children") or slots.get("children_partial") or []
    assert children[1].get("hardship_at_birth") is False, slots
    reply = "\n".join(bubbles)
    assert "is your family receiving dibao" not in reply and "家里是否在领" not in reply, reply


# Tester 51 c06: "我们原来北京户口 今年7月迁到济南了 老二是去年12月在北京生的 能拿济南的补贴不":
# Jinan hukou now, so the city is not asked; the answer gives clause 12's 600 a month to the
# child's 3rd birthday and says the plan is silent on from when the hukou must be held.
@pytest.mark.parametrize(
    ("text", "lang", "silent"),
    [
        (
            "我们原来北京户口 今年7月迁到济南了 老二是去年12月在北京生的 能拿济南的补贴不",
            "zh",
            "没有写户口迁入以前",
        ),
        ("以前是北京户籍 今年7月迁到济南了 老二2025年12月在北京出生 能领补贴吗", "zh", "第12条"),
        (
            "our hukou used to be in beijing, we moved it to jinan in july. our second was born "
            "in dec 2025 in beijing. can we get the jinan subsidy?",
            "en",
            "clause 12",
        ),
    ],
)
async def test_a_hukou_moved_to_jinan_is_not_asked_the_city(
    text: str, lang: str, silent: str
) -> None:
    bubbles, slots = await turn(text, lang)
    reply = "\n".join(bubbles)
    assert slots.get("city") == "jinan" and slots.get("hukou_in_city") is True, slots
    assert slots.get("requested_slot") != "city", slots
    assert "哪个城市" not in reply and "Which city" not in reply, reply
    assert "不在此列" not in reply and "not covered" not in reply, reply
    assert "600" in reply and silent in reply, reply
