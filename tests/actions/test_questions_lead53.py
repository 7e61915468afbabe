"""Tester 53 (lead fixes after the merges): a conversation never falls silent after an answer
that is not the family's result.

Tester 53 c05: a Beijing grandfather's first message ("…in Beijing, 2nd baby 3 weeks old, older
boy 5 … can I as grandpa get anything") was answered (Beijing's plan has nothing for grandparents
themselves; clause 15's care-insurance contribution is Jinan's). The rules after
action_show_entitlements expect the result shown; with it unset, the core fallback was predicted
again and again, and every later message got no reply."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.core_fallback import ActionDefaultFallback
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def child(born: str, approx: str) -> dict[str, Any]:
    return {"birth_date": born, "precision": "month", "height_cm": None, "approx": approx}


BEIJING_GRANDFATHER: dict[str, Any] = {
    "city": "beijing",
    "children": [child("2021-06-01", "5"), child("2026-11-01", "3 weeks old")],
}


@pytest.mark.parametrize(
    ("text", "lang", "opens"),
    [
        (
            "I'm the grandfather. family in Beijing, 2nd baby 3 weeks old, older boy 5."
            " can I as grandpa get anything",
            "en",
            "No.",
        ),
        ("我是爷爷 儿子一家在北京 二胎刚3周 老大5岁 我能有啥", "zh", "没有"),
    ],
)
async def test_a_grandparents_answer_on_the_first_turn_ends_the_turn(
    text: str, lang: str, opens: str
) -> None:
    """Beijing's plan has nothing for grandparents themselves: said, and the turn ends there
    (the next message is listened to), with no result counted as shown."""
    tracker = make_tracker(text, intent="inform", language=lang, **BEIJING_GRANDFATHER)
    dispatcher = CollectingDispatcher()
    events = await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = "\n".join(str(m.get("text")) for m in dispatcher.messages)
    assert reply.startswith(opens), reply
    assert "第(16)条" not in reply and "clause (16)" not in reply, reply
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events, events


async def test_the_fallback_after_an_answer_listens() -> None:
    """The turn already answered: the core fallback says nothing more, keeps the facts read,
    and ends the turn, so it is not predicted again."""
    first = make_tracker("我是爷爷 我能有啥", intent="inform", language="zh")
    events = [*first.events, {"event": "bot", "text": "没有。北京的方案里没有直接给祖父母…"}]
    tracker = Tracker("test", first.slots, first.latest_message, events, False, None, {}, "")
    dispatcher = CollectingDispatcher()
    returned = await ActionDefaultFallback().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages == []
    assert [e["event"] for e in returned] == ["followup"]
    assert returned[0]["name"] == "action_listen"


# Tester 54 c09: Jinan hukou, 老大 born 2019, 老二 born March 2023 on unemployment benefit (past 3 since March
# 2026), 老三 due April 2027 off benefits (the benefit ended in August).
SECOND_ENDED_THIRD_COMING: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_now": False,
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
    "children": [
        {"birth_date": "2019-01-01", "precision": "month", "height_cm": None},
        {
            "birth_date": "2023-03-01",
            "precision": "month",
            "height_cm": None,
            "hardship_at_birth": True,
        },
        {
            "birth_date": "2027-04-01",
            "precision": "month",
            "height_cm": None,
            "hardship_at_birth": False,
        },
    ],
}


@pytest.mark.parametrize(
    ("lang", "opens", "ended"),
    [
        ("zh", "对，那是已经停发的", "已于2026年3月1日停发"),
        ("en", "Yes, and it has stopped", "stopped on"),
    ],
)
def test_a_figure_put_back_of_a_child_whose_money_ended_is_confirmed(
    lang: str, opens: str, ended: str
) -> None:
    """Jinan clause 12: a 2nd child born on unemployment benefit got 600+200 = 800 a month until
    it turned 3. "当时是800吧" put back after it ended, with a 3rd on the way and nothing paid
    now, is confirmed as paid and stopped, never "不是"."""
    from actions.focus import settled_report
    from actions.headline import monthly_total

    report = settled_report(SECOND_ENDED_THIRD_COMING, date(2026, 12, 1))
    assert report is not None
    reply = monthly_total(report, lang, asked=800)
    assert reply.startswith(opens), reply
    assert ended in reply and "800" in reply, reply
    assert not reply.startswith(("不是", "No.")), reply
