"""Conversations tester 29 (and 28) had go wrong, items of the list fix-t29a took, as the
citizen wrote them and as others would: the family known (the slots), what the citizen wrote,
and what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionHandleCorrection
from actions.household_form import accepted_updates
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_follow_up_questions import ask

TODAY = date(2026, 12, 1)
SUBSIDY = "jinan.childcare_subsidy"


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def told(text: str, **slots: Any) -> dict[str, Any]:
    """The slots once the household form has read `text` (the first message of the talk)."""
    updates = accepted_updates(text, dict(slots), TODAY)[0]
    return {**slots, **updates}


async def corrected(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The reply to a message telling facts after the answer (action_handle_correction) and
    the slots it set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language=lang, **slots)
    events = await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- Item 1 (R29-1): a follow-up naming another child is answered for THAT child ------------

# c7: Jinan hukou, the second child born December 2022 while on unemployment benefit, the
# subsidy asked and refused (the 2023-01-01 cut-off of clause 12).
FIRST = "济南户口 老二是22年12月生的 当时我在领失业金 现在上班了 能领育儿补贴不"
SECOND_REFUSED = {
    **told(FIRST, city="jinan"),
    "result_shown": True,
    "focus_entry": SUBSIDY,
    "focus_question": FIRST,
}


@pytest.mark.parametrize(
    "text",
    [
        "那老三呢 今年8月15号生的 生的时候没领失业金了",  # tester 29 c7
        "那老三呢 2026年8月15日出生的",
        "老三呢？今年8月15生的，那会儿没领低保",
    ],
)
async def test_the_third_child_asked_with_its_birth_gets_its_own_answer(text: str) -> None:
    """Jinan clause 12: the third child born 15 Aug 2026 gets 600 a month until 15 Aug 2029
    (21,600 in all); the reply is about it, never the second child's "不能" again."""
    reply, slots = await corrected(text, "zh", **SECOND_REFUSED)
    assert "老三2026年8月15日出生" in reply
    assert "育儿补贴（第3个孩子）：每月600元" in reply
    assert "21,600" in reply and "2029年8月15日" in reply
    assert "不能" not in reply and "（第2个孩子）" not in reply
    assert slots.get("child_in_talk") == 3


# Jinan hukou, a girl of two (March 2024) and a boy born January 2026; the subsidy asked about
# the younger, then the older named with a fact of hers.
TWO_CHILDREN = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "children": [
        {"birth_date": "2024-03-10", "precision": "day", "height_cm": None},
        {"birth_date": "2026-01-20", "precision": "day", "height_cm": None},
    ],
    "result_shown": True,
    "focus_entry": SUBSIDY,
}


@pytest.mark.parametrize(
    ("text", "lang", "must", "must_not"),
    [
        (
            "what about the older one? she was born 10 march 2024, not 2023",
            "en",
            "Childcare subsidy (child 1)",
            "(child 2)",
        ),
        ("那大的呢 她是2024年3月10号生的", "zh", "（第1个孩子）", "（第2个孩子）"),
    ],
)
async def test_the_older_child_named_with_a_fact_is_the_one_answered(
    text: str, lang: str, must: str, must_not: str
) -> None:
    """The older girl is the first child: clause 12 pays the second and third only, so the
    answer is about her (no subsidy for a first child), not the boy's 600 again."""
    slots = {
        **TWO_CHILDREN,
        "focus_question": "老二能领育儿补贴吗" if lang == "zh" else "does the boy get the 600?",
    }
    slots["children"] = [{**slots["children"][0], "birth_date": "2023-03-10"}, slots["children"][1]]
    reply, _ = await corrected(text, lang, **slots)
    assert must in reply, reply
    assert must_not not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [("那大的呢", "zh", "（第1个孩子）"), ("what about the older one?", "en", "(child 1)")],
)
async def test_the_older_child_named_alone_is_the_one_answered(
    text: str, lang: str, must: str
) -> None:
    reply, _ = await ask(text, lang, **{**TWO_CHILDREN, "focus_question": "老二能领吗"})
    assert must in reply, reply
    assert "（第2个孩子）" not in reply and "(child 2)" not in reply, reply
