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
    "en": ("How to apply", "whether an adult must come along"),
    "zh": ("怎么办：", "是否需要成人陪同"),
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
    one question; the notice that this is guidance, not an official decision, stays."""
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


# --- E4: the parental leave's start waits on an elder's age: asked, not both branches ----------

# Tester 49 c02: Jinan hukou, pregnant with the 2nd, due March 2027; the eldest's age never told.
SECOND_DUE_IN_MARCH: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": True,
    "children_partial": [
        {"birth_date": None, "precision": None, "height_cm": None},
        {
            "birth_date": "2027-03-01",
            "precision": "month",
            "height_cm": None,
            "expected": True,
        },
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ok and my wife's leave? and mine, I'm the dad", "en"), ("我老婆能休多久 我呢", "zh")],
)
async def test_parental_leave_asks_the_eldests_age_instead_of_giving_both_starts(
    text: str, lang: str
) -> None:
    """Jinan clause 11: at least 10 days of parental leave a year each while a child is under 3,
    so until the baby's 3rd birthday (1 March 2030 from the due month). Whether it runs already
    depends on child 1's age, which was never asked: the reply asks it in one short question,
    not "it applies from now if child 1 is under 3 today, otherwise from the birth"."""
    from tests.actions.test_questions_t40j import whole_turn

    reply = await whole_turn(text, lang, **SECOND_DUE_IN_MARCH)
    if lang == "en":
        assert "10 days" in reply and "1 March 2030" in reply, reply
        assert "otherwise from the birth" not in reply and "if child 1 is under" not in reply
        assert "how old is child 1?" in reply, reply
    else:
        assert "10天" in reply and "2030年3月1日" in reply, reply
        assert "否则从孩子出生起" not in reply, reply
        assert "第1个孩子现在几岁？" in reply, reply
