"""Testers 37 and 38 on 1 December 2026 (fix-t39c): a baby on the way whose due date is not
known gets no date made up in the result (its payload either), hotline workers' second
questions (a hukou just moved, back pay, the clause, a yes/no on the loan ceiling) are
answered against the case, and a benefit received now that ends in a named month is
received now. Each test: the family or case known so far, what was written, what the reply
must and must not say."""

import json
import re
from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = date(2026, 12, 1)
UNDATED: dict[str, Any] = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


# --- 1. "pregnant with our second", no date: no due date made up ----------------------------

# An eldest without a date and a second child on the way, its due date not said.
SECOND_ON_THE_WAY = {
    "children_partial": [dict(UNDATED), {**UNDATED, "expected": True}],
    "child_in_talk": 2,
}
# Any date from 2026 on: the fills tried for the unknown dates (1 Jan 2027 the earliest due
# date, 2030 its 3rd birthday) and their like; the plans' own dates are 2022 and 2023.
MADE_UP = re.compile(r"20(?:0\d|1\d|2[6-9]|3\d)|预产期\d")


@pytest.mark.parametrize(
    ("text", "lang", "city", "hukou"),
    [
        ("hello, we live in beijing, pregnant with our second, what support is there", "en",
         "beijing", None),
        ("我们在北京 怀了二胎 有什么政策", "zh", "beijing", None),
        ("jinan hukou, expecting our second baby, what can we get?", "en", "jinan", True),
        ("济南户口 怀了老二 能享受啥", "zh", "jinan", True),
    ],
)  # fmt: skip
async def test_a_baby_due_at_a_date_not_told_gets_no_date_in_the_result_or_its_payload(
    text: str, lang: str, city: str, hukou: bool | None
) -> None:
    """Tester 38 c06: the result's payload said "due on 1 January 2027" and the income-tax
    deduction "until 1 January 2030": the earliest due date tried for a baby whose due date
    nobody said. No date rests on it, nor on the eldest's unknown birth; the reasons keep what
    is sure, and the offer asks child 2's due month, not its "birth date"."""
    slots = {"language": lang, "city": city, "hukou_in_city": hukou, **SECOND_ON_THE_WAY}
    dispatcher = CollectingDispatcher()
    events = await ActionShowEntitlements().run(dispatcher, make_tracker(text, **slots), DOMAIN)
    payload = json.dumps(
        [m.get("custom") for m in dispatcher.messages if m.get("custom")], ensure_ascii=False
    )
    reasons = re.findall(r'"reasons": (\{.*?\})', payload)
    assert reasons
    for said in reasons:
        assert not MADE_UP.search(said), said
    reply = texts(dispatcher)
    assert not MADE_UP.search(reply), reply
    offer = str(slot_events(events).get("offer_line") or "")
    if "预产期" in offer or "due" in offer or "birth date" in offer or "出生日期" in offer:
        assert ("第2个孩子的预产期" if lang == "zh" else "due month of child 2") in offer, offer
        assert ("第2个孩子的出生日期" if lang == "zh" else "birth date of child 2") not in offer

