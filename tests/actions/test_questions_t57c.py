"""Conversations tester 57 had go wrong with families: grandparents asking whether both of them
get Jinan clause 15's care-insurance subsidy, triplets whose one birth was answered for one
child, a question asked again after its answer, and a read-back confirmed. Each test: the family
known so far (the slots), what the citizen wrote, what the reply must and must not say. Today is
3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.form_questions import AskHardshipAtBirth
from actions.household_form import ValidateHouseholdForm
from tests.actions.conftest import DOMAIN, make_tracker, month, slot_events, texts, year


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def form_turn(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text`, then the benefits-at-the-birth question if the form still
    asks it: the reply and the slots set."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    set_ = slot_events(events)
    after = {**slots, **set_}
    turn: list[dict[str, Any]] = [
        *tracker.events,
        {"event": "action", "name": "household_form"},
        *events,
    ]
    asking = Tracker(
        "test", after, tracker.latest_message, turn, False, None, {"name": "household_form"}, ""
    )
    if after.get("requested_slot") == "hardship_at_birth":
        set_.update(slot_events(await AskHardshipAtBirth().run(dispatcher, asking, DOMAIN)))
    return texts(dispatcher), set_


# --- 2 and 3. triplets: one birth, one answer -------------------------------------------------

# Jinan hukou; the eldest born 2018, triplets (老二 老三 老四) born May 2024; the form asks the
# benefits at the birth.
TRIPLETS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [year("2018"), month("2024-05"), month("2024-05"), month("2024-05")],
    "children_partial": [year("2018"), month("2024-05"), month("2024-05"), month("2024-05")],
    "requested_slot": "hardship_at_birth",
}


def hardship_of(set_: dict[str, Any], slots: dict[str, Any]) -> list[Any]:
    """Each child's benefits at its birth after the turn (the family's answer where a child has
    none of its own)."""
    children = set_.get("children") or slots["children"]
    family = set_.get("hardship_at_birth", slots.get("hardship_at_birth"))
    return [c.get("hardship_at_birth", family) for c in children]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("生老四的时候没领低保", "zh"),
        ("老二出生那会儿没领低保", "zh"),
        ("生老三的时候啥也没领", "zh"),
        ("we weren't on dibao when the 2nd was born", "en"),
        ("no benefits when our 4th child was born", "en"),
    ],
)
async def test_an_answer_for_one_of_the_triplets_is_the_answer_for_their_birth(
    text: str, lang: str
) -> None:
    """Jinan clause 12 looks at the family's benefits at the birth; triplets are one birth, so an
    answer naming one of them is theirs all, and the question is not asked again of the other
    two."""
    reply, set_ = await form_turn(text, lang, **TRIPLETS)
    assert hardship_of(set_, TRIPLETS)[1:] == [False, False, False], (set_, reply)
    for asked_again in ("家里是否", "出生时，家里", "was your family", "When child"):
        assert asked_again not in reply, reply


async def test_the_eldests_own_answer_is_not_spread_to_the_triplets() -> None:
    """The eldest's birth is another birth: a yes for it leaves the triplets' birth open."""
    reply, set_ = await form_turn("生老大的时候领过低保", "zh", **TRIPLETS)
    assert hardship_of(set_, TRIPLETS)[1:] == [None, None, None], (set_, reply)


async def test_twins_told_with_an_answer_of_their_own_keep_it() -> None:
    """A child of the birth told apart ("老二没领 老三那会儿领着失业金") keeps its own answer."""
    slots = {**TRIPLETS, "children": TRIPLETS["children"][:3]}
    slots["children_partial"] = slots["children"]
    _reply, set_ = await form_turn("老二出生时没领 老三出生时在领失业金", "zh", **slots)
    assert hardship_of(set_, slots)[1:] == [False, True], set_


@pytest.mark.parametrize(
    ("text", "lang", "together"),
    [
        ("生老四的时候没领低保", "zh", "老二、老三、老四出生时没有领"),
        (
            "no benefits when our 4th child was born",
            "en",
            "the 2nd child, the 3rd child and the 4th",
        ),
    ],
)
async def test_the_readback_names_the_triplets_together(
    text: str, lang: str, together: str
) -> None:
    reply, _set = await form_turn(text, lang, **TRIPLETS)
    assert together in reply, reply


@pytest.mark.parametrize(
    ("lang", "asked", "not_asked"),
    [
        ("zh", "第2、3、4个孩子2024年5月出生时", "第3个孩子2024年5月"),
        ("en", "When children 2, 3 and 4 were born (May 2024)", "child 3 was born"),
    ],
)
def test_the_question_of_the_births_names_the_triplets_once(
    lang: str, asked: str, not_asked: str
) -> None:
    """Once the eldest's birth was told, the triplets' birth still open is asked as one birth."""
    from actions.render import ask_hardship_of_births

    question = ask_hardship_of_births(
        [(2, "2024-05-01"), (3, "2024-05-01"), (4, "2024-05-01")], lang
    )  # type: ignore[arg-type]
    assert asked in question and not_asked not in question, question
