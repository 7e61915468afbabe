"""Conversations tester 27 had go wrong (items 1, 3, 7, 10, 13 of the report), as the citizen
wrote them and as others would: the family known (the slots), what the citizen wrote, and what
the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, texts


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def answered(text: str, lang: str, entry: str, **slots: object) -> str:
    """The answer once the household form has taken the facts of `text`, asking about `entry`
    (ActionShowEntitlements with the question kept in the focus)."""
    dispatcher = CollectingDispatcher()
    focus = {"focus_entry": entry, "focus_question": text}
    tracker = make_tracker(text, intent="ask_policy", language=lang, **focus, **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


SUBSIDY = "jinan.childcare_subsidy"


# --- Item 3: "the new baby" is the child on the way, not the eldest (c07) ---------------------

# Jinan hukou, a boy of 4 (about June 2022), and the second child due May 2027.
BOY_OF_4 = {"birth_date": "2022-06-01", "precision": "month", "approx": "4"}
DUE_MAY_2027 = {"birth_date": "2027-05-01", "precision": "month"}
JINAN_BOY_AND_BABY_DUE = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [BOY_OF_4, DUE_MAY_2027],
}


@pytest.mark.parametrize(
    ("text", "lang", "yes"),
    [
        ("no i mean the NEW baby, due in may, its our second. 600 or not?", "en", "Yes."),
        ("do we get the 600 for the new baby?", "en", "Yes."),
        ("does the baby on the way get 600 a month?", "en", "Yes, once the baby is born."),
        ("肚子里这个能领600吗", "zh", "能。"),
        ("要生的这个有没有600", "zh", "能。"),
    ],
)
async def test_the_new_baby_is_the_child_on_the_way(text: str, lang: str, yes: str) -> None:
    """Jinan clause 12: the baby due in May 2027 beside a boy of 4 is the second child, 600 a
    month until 3; the answer is for it, never "No … this is the 1st child"."""
    reply = await answered(text, lang, SUBSIDY, **JINAN_BOY_AND_BABY_DUE)
    assert reply.startswith(yes)
    assert "600" in reply and "12" in reply
    assert "1st child" not in reply and "第1个孩子不在此列" not in reply
    assert "(child 1)" not in reply and "（第1个孩子）" not in reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "we already have a boy hes 4. do we get the 600 for the new baby?",
            "en",
            "Yes. Childcare subsidy (child 2): 600 yuan/month",
        ),
        ("肚子里的老二能领600吗", "zh", "能。育儿补贴（第2个孩子）：每月600元"),
        ("还没出生的这个能领600不", "zh", "能。育儿补贴（第2个孩子）：每月600元"),
    ],
)
async def test_the_new_baby_with_no_due_date_told_is_the_next_child(
    text: str, lang: str, must: str
) -> None:
    """A family of one child whose due date was not recorded asks of "the new baby": it is
    the 2nd child, answered as if born today (its facts kept), not the boy of 4."""
    reply = await answered(
        text, lang, SUBSIDY, city="jinan", hukou_in_city=True, children=[BOY_OF_4]
    )
    assert must in reply
    assert "this is the 1st child" not in reply and "第1个孩子不在此列" not in reply
