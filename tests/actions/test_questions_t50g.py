"""Tester 49's conversations (fix-t50g): length, and unknowns pushed on the user. Each test: the
family known so far (the slots), what the citizen wrote, what the reply must and must not say,
and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionExplainItem
from tests.actions.conftest import DOMAIN, make_tracker, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def details(text: str, lang: str, **slots: Any) -> str:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_details", language=lang, **slots)
    await ActionExplainItem().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- E3: "details" on a phone -------------------------------------------------------------------

# Tester 49 c05: Beijing, a first child 4 months old (worked out from the age); the overview
# listed four items and offered "details".
FOUR_MONTHS = [
    {"birth_date": "2026-08-01", "precision": "month", "height_cm": None, "approx": "4 months"}
]
BEIJING_BABY: dict[str, Any] = {
    "city": "beijing",
    "children": FOUR_MONTHS,
    "children_partial": FOUR_MONTHS,
    "result_shown": True,
}
CLAUSES = {
    "en": ("clause (12)", "clause (9)", "clause (4)"),
    "zh": ("第(12)条", "第(9)条", "第(4)条"),
}
NOT_ON_A_PHONE = {
    "en": ("How to apply", "whether an adult must come along", "not an official decision"),
    "zh": ("怎么办：", "是否需要成人陪同", "不是官方决定"),
}
OPEN_FACT = {"en": "insurance cover for the birth", "zh": "生育时的医保或生育保险类型"}


@pytest.mark.parametrize(("text", "lang"), [("details", "en"), ("详情", "zh")])
async def test_details_give_each_items_answer_and_clause_and_the_open_facts_as_one_question(
    text: str, lang: str
) -> None:
    """Tester 49 c05: ~25 lines for four items (Beijing (12) leave, (9) the tax deduction, (12)
    free transit, (4) one-stop registration), each with its steps ("whether an adult must come
    along is for the operators' rules"), the open and refused items with their reasons, and the
    whole legal notice. On a phone: each item's answer line and clause, the open fact asked in
    one question, no notice paragraph."""
    reply = await details(text, lang, **BEIJING_BABY)
    assert reply.count("【") == 4, reply
    for clause in CLAUSES[lang]:
        assert clause in reply, reply
    for long in NOT_ON_A_PHONE[lang]:
        assert long not in reply, reply
    # the leave states no number of days (Beijing (12)): that answer line is kept
    assert ("no number of days" if lang == "en" else "未写天数") in reply, reply
    # the maternity insurance is open: its fact asked once, as a question
    assert reply.count(OPEN_FACT[lang]) == 1, reply
    asked = next(line for line in reply.splitlines() if OPEN_FACT[lang] in line)
    assert asked.rstrip().endswith("?" if lang == "en" else "？"), asked
    assert len(reply.splitlines()) <= 13, reply
