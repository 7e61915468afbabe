"""Testers 34 and 35 (fix-t35j): what the family has said is never asked again, a correction
changes only what it names, the answer comes before any question, and a fact that changes
nothing is acknowledged as such. Each test: the family known so far (the slots), what the
citizen wrote, what the reply must and must not say, and the clause. Today is 1 December 2026
in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear
from actions.results import ActionExplainItem
from tests.actions.conftest import DOMAIN, make_tracker, texts

TODAY = date(2026, 12, 1)
UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def month(value: str) -> dict[str, Any]:
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None}


async def reply_of(action: Any, text: str, intent: str = "ask_policy", **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, make_tracker(text, intent=intent, **slots), DOMAIN)
    return texts(dispatcher)


ASKED_AGAIN = (
    "孩子的人数和出生日期",
    "出生日期或预产期",
    "how many children you have",
    "the children and their",
    "birth dates or the due date",
)

# --- 1. facts asked again ------------------------------------------------------------------

# Tester 35 c03: a grandmother; her granddaughter, the second child, born October 2025, Jinan
# hukou. The first child's date was never given, and no answer here turns on it.
SECOND_BORN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [dict(UNDATED), month("2025-10")],
}
# Tester 35 c05: the second pregnancy, due March 2027, Jinan hukou.
SECOND_DUE = {**SECOND_BORN, "children_partial": [dict(UNDATED), month("2027-03")]}


@pytest.mark.parametrize(
    "action", [ActionAnswerPolicyQuestion, ActionRouteUnclear, ActionExplainItem]
)
@pytest.mark.parametrize(
    ("family", "text", "lang", "must"),
    [
        (SECOND_BORN, "我们老人有啥补贴不 听说长护险", "zh", "第15条"),
        (SECOND_BORN, "what about long-term care insurance for us grandparents", "en", "15"),
        (SECOND_DUE, "产假多久", "zh", "158"),
        (SECOND_DUE, "how long is maternity leave", "en", "158"),
        (SECOND_DUE, "陪产假呢", "zh", "15天"),
    ],
)
async def test_the_second_child_known_is_not_asked_again(
    action: Any, family: dict[str, Any], text: str, lang: str, must: str
) -> None:
    """Only the second child is known (born October 2025, or due March 2027): the answer about
    grandparents' care insurance or the leave for that birth (Jinan clauses 15, 11) is given
    for that child; the family is never told it still needs "the number of children and their
    birth dates"."""
    reply = await reply_of(action(), text, language=lang, **family)
    assert must in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply


@pytest.mark.parametrize(
    ("text", "lang"), [("到啥时候", "zh"), ("一个月多少 发到什么时候", "zh"), ("until when?", "en")]
)
async def test_three_children_and_the_youngest_dated_are_not_asked_again(
    text: str, lang: str
) -> None:
    """Tester 34 c04: three children, the youngest born September 2024, Jinan hukou, no dibao.
    "到啥时候" of the subsidy: 600 a month for the youngest until September 2027 (clause 12);
    at most the second child's own date is still open, never "the children and their dates"."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children_partial": [dict(UNDATED), dict(UNDATED), month("2024-09")],
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await reply_of(ActionAnswerPolicyQuestion(), text, language=lang, **family)
    assert "2027" in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply


@pytest.mark.parametrize(
    ("text", "lang"), [("育儿补贴详细说说", "zh"), ("details of the subsidy", "en")]
)
async def test_the_item_explained_is_the_dated_childs(text: str, lang: str) -> None:
    """The same family asks for the subsidy's details: the youngest's item (600 a month until
    September 2027, clause 12), not an open item asking for the children again."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children_partial": [dict(UNDATED), dict(UNDATED), month("2024-09")],
    }
    reply = await reply_of(ActionExplainItem(), text, language=lang, **family)
    assert "2027" in reply and "600" in reply, reply
    assert not any(a in reply for a in ASKED_AGAIN), reply
