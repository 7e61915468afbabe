"""Testers 41 and 40 (fix-t42a): a birth date or age told with no order word (老大, 老二,
"first", "second") goes to the child it is of, never onto the eldest by default. Each test: the
family known so far (the slots), what the citizen wrote, the children after it and what the
reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionHandleCorrection
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.test_questions_t27a import form_turn
from tests.actions.test_questions_t40j import whole_turn

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def dates(slots: dict[str, Any], set_: dict[str, Any]) -> list[str | None]:
    """The children's birth dates after the turn."""
    children = (
        set_.get("children")
        or set_.get("children_partial")
        or slots.get("children")
        or slots.get("children_partial")
    )
    return [c.get("birth_date") for c in children]


# Tester 41 c07: Jinan, "our second baby was born 2023.5"; the eldest's date not told yet.
SECOND_OF_MAY_2023: dict[str, Any] = {
    "city": "jinan",
    "children_partial": [
        dict(UNDATED),
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
    ],
    "child_in_talk": None,
    "focus_entry": "jinan.childcare_subsidy",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hello? medical insurance for our May 2023 baby. did we miss it or not", "en"),  # c07 t5
        (
            "ok so it's over already? she's 3 now. anything else for us, medical insurance maybe?",
            "en",
        ),
        ("she was born may 2023, did we miss the insurance?", "en"),
        ("the one born in may 2023, what else can she get?", "en"),
        ("她是23年5月生的 医保是不是错过了", "zh"),
        ("孩子2023年5月出生的 还有别的吗", "zh"),
        ("23年5月生的那个 医保还能办吗", "zh"),
    ],
)
async def test_a_birth_said_of_the_known_second_child_dates_no_other_child(
    text: str, lang: str
) -> None:
    """A month (or an age) true of the 2nd child's known birth, said with no order word, is
    that child: nothing changes, the undated eldest is not given it (the bot said "Updated: the
    eldest born May 2023" and then answered for child 1, "this is the 1st child")."""
    reply, set_ = await form_turn(text, lang, **SECOND_OF_MAY_2023)
    assert dates(SECOND_OF_MAY_2023, set_) == [None, "2023-05-01"], (reply, set_)
    assert "eldest" not in reply and "老大" not in reply, reply


# Tester 41 c10: Jinan hukou, "my 2nd kid is 1 year old"; the eldest's date not told.
SECOND_ABOUT_ONE: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "hardship_at_birth": False,
    "renting": True,
    "owns_home_in_city": False,
    "children": [
        dict(UNDATED),
        {**UNDATED, "birth_date": "2025-06-01", "precision": "month", "approx": "1 year old"},
    ],
    "child_in_talk": None,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ok. and is the 600 paid from her birth or only since the hukou moved? "
            "she was born june 2025",
            "en",
        ),  # tester 41 c10 t5
        ("she was born in june 2025 actually", "en"),
        ("她是25年6月生的 从出生算还是从落户算", "zh"),
    ],
)
async def test_the_month_of_the_second_child_told_makes_no_twins(text: str, lang: str) -> None:
    """The month said of "her" is the 2nd child's (born about June 2025, from "1 year old"):
    the eldest stays undated, no "twins" are made of a date that collided, and the subsidy is
    not turned into "this is the 1st child" (clause 12)."""
    reply = await whole_turn(text, lang, **SECOND_ABOUT_ONE)
    _, set_ = await form_turn(text, lang, **SECOND_ABOUT_ONE)
    assert dates(SECOND_ABOUT_ONE, set_)[0] is None, set_
    assert str(dates(SECOND_ABOUT_ONE, set_)[1]).startswith("2025-06"), set_
    for wrong in ("eldest", "twins", "born together", "1st child", "老大", "双胞胎", "第1个孩子"):
        assert wrong not in reply, reply


# The talk is of 老二 (the last message named it); neither child's date is known yet.
TALK_OF_THE_SECOND: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [dict(UNDATED), dict(UNDATED)],
    "child_in_talk": 2,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("她是去年6月生的", "zh"),
        ("孩子是25年6月出生的", "zh"),
        ("she was born june 2025", "en"),
        ("he was born in june last year", "en"),
    ],
)
async def test_a_date_said_of_her_goes_to_the_child_in_talk(text: str, lang: str) -> None:
    """ "她是去年6月生的" right after talking of 老二: 老二's birth month, not the eldest's."""
    reply, set_ = await form_turn(text, lang, **TALK_OF_THE_SECOND)
    assert dates(TALK_OF_THE_SECOND, set_) == [None, "2025-06-01"], (reply, set_)
    assert "eldest" not in reply and "老大" not in reply, reply


# Tester 40 n4: Jinan hukou, children 9 (about June 2017), January 2023 and October 2026.
THREE_WITH_JANUARY_2023: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2017-06-01", "precision": "month", "approx": "9"},
        {**UNDATED, "birth_date": "2023-01-01", "precision": "month"},
        {**UNDATED, "birth_date": "2026-10-01", "precision": "month"},
    ],
    "child_in_talk": 2,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "no I mean the 4 year old, my 2nd, born jan 2023. does SHE get the 600 a month?",
            "en",
        ),  # tester 40 n4
        ("i mean my 2nd, the 4 year old, born january 2023", "en"),
        ("不是老大 是老二 四岁那个 23年1月生的 她能领600吗", "zh"),
        ("我说的是老二 4岁的那个 2023年1月出生", "zh"),
    ],
)
async def test_an_age_said_beside_an_order_is_that_childs(text: str, lang: str) -> None:
    """ "the 4 year old, my 2nd, born jan 2023": the age is the 2nd child's (born January
    2023, 3 years 10 months), said with its order; the eldest (9) is not made 4."""
    reply, set_ = await form_turn(text, lang, **THREE_WITH_JANUARY_2023)
    after = dates(THREE_WITH_JANUARY_2023, set_)
    assert after == ["2017-06-01", "2023-01-01", "2026-10-01"], (reply, set_)
    assert "eldest" not in reply and "老大约" not in reply, reply


# Tester 41 c07 t6: the 2nd child's May 2023 was wrongly put on the eldest in an earlier turn.
MAY_2023_ON_THE_ELDEST: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children_partial": [
        {**UNDATED, "birth_date": "2023-05-01", "precision": "month"},
        dict(UNDATED),
    ],
    "child_in_talk": 1,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "NO. she is our SECOND child. first is 6. second born May 2023. "
            "medical insurance, did we miss it?",
            "en",
        ),  # tester 41 c07 t6
        ("不对 她是老二 老大6岁了 老二23年5月生的 医保错过了吗", "zh"),
    ],
)
async def test_the_second_named_again_takes_the_date_and_the_eldest_the_age(
    text: str, lang: str
) -> None:
    """The date goes to the 2nd child and the eldest gets the age 6 (about June 2020); the
    medical insurance answer is the 2nd child's: its six-month window ended about November 2023
    (Jinan clause 15), never "this is the 1st child"."""
    _, set_ = await form_turn(text, lang, **MAY_2023_ON_THE_ELDEST)
    assert dates(MAY_2023_ON_THE_ELDEST, set_) == ["2020-06-01", "2023-05-01"], set_
    reply = await whole_turn(text, lang, **MAY_2023_ON_THE_ELDEST)
    assert ("15" in reply) and ("2023" in reply), reply
    for wrong in ("this is the 1st child", "第1个孩子不在此列", "(child 1)", "（第1个孩子）"):
        assert wrong not in reply, reply


# Two children counted, neither dated, and no child in talk: which one is not known.
TWO_UNDATED: dict[str, Any] = {**TALK_OF_THE_SECOND, "child_in_talk": None}


@pytest.mark.parametrize(
    ("text", "lang", "asked"),
    [
        ("她是去年6月生的", "zh", "哪个孩子"),
        ("she was born june 2025", "en", "Which child"),
    ],
)
async def test_a_date_of_no_child_that_cannot_be_told_is_asked(
    text: str, lang: str, asked: str
) -> None:
    """With two undated children and none in talk, a date said of "her" is asked about ("which
    child was born June 2025?"), not put on the eldest: the form takes nothing from it, and the
    correction action that follows a rejected form asks."""
    reply, set_ = await form_turn(text, lang, **TWO_UNDATED)
    assert dates(TWO_UNDATED, set_) == [None, None], (reply, set_)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **TWO_UNDATED)
    events = await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    assert dates(TWO_UNDATED, slot_events(events)) == [None, None], events
    assert asked in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "Hi, we live in Jinan, our second baby was born 2023.5, how much subsidy do we get?",
            "en",
            ("600 yuan a month", "1 May 2026", "clause 12"),
        ),  # tester 41 c07 t1
        (
            "we're in jinan, our 2nd was born in may 2023. how much money do we get?",
            "en",
            ("600 yuan a month", "1 May 2026", "clause 12"),
        ),
        (
            "我们在济南 老二是23年5月生的 能领多少补贴",
            "zh",
            ("每月600元", "2026年5月1日", "第12条"),
        ),
        (
            "济南的 二宝2023年5月出生 补贴一共能拿多少",
            "zh",
            ("每月600元", "2026年5月1日", "第12条"),
        ),
        (
            "we're in jinan, our 2nd was born in may 2025. how much subsidy do we get?",
            "en",
            ("600 yuan a month", "1 May 2028", "clause 12"),
        ),
        ("济南 老二25年5月生的 能领多少补贴", "zh", ("每月600元", "2028年5月1日", "第12条")),
    ],
)
async def test_how_much_subsidy_leads_with_the_600_not_the_supplement(
    text: str, lang: str, must: tuple[str, ...]
) -> None:
    """ "how much subsidy do we get" of a 2nd child born May 2023, the hukou and the benefits at
    the birth not told: the 600 a month from the birth until the child turned 3 (1 May 2026),
    with its end, and the 200 more only as its condition (Jinan clause 12); never the hardship
    supplement's card alone (the bot showed only "supplement for families in hardship")."""
    reply = await whole_turn(text, lang, city=None)
    for said in must:
        assert said in reply, reply
    for wrong in ("supplement for families in hardship (", "困难家庭育儿补贴（"):
        assert wrong not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("不是老大 是老二 23年5月生的", "zh"),
        ("是老二23年5月生的 不是老大", "zh"),
        ("not the eldest, the 2nd was born may 2023", "en"),
        ("no, she's not our first. the second was born in may 2023", "en"),
    ],
)
async def test_a_date_moved_to_its_child_leaves_no_twin_behind(text: str, lang: str) -> None:
    """May 2023 was wrongly noted on the eldest; "不是老大 是老二 23年5月生的" moves it to 老二
    and leaves the eldest undated (asked again), never two children born the same month."""
    reply, set_ = await form_turn(text, lang, **MAY_2023_ON_THE_ELDEST)
    assert dates(MAY_2023_ON_THE_ELDEST, set_) == [None, "2023-05-01"], (reply, set_)
    for wrong in ("twins", "双胞胎", "born together", "同一天"):
        assert wrong not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "whose"),
    [
        (
            "ok so it's over already? she's 3 now. anything else for us, medical insurance maybe?",
            "en",
            "(child 2)",
        ),  # tester 41 c07 t3
        ("medical insurance for our May 2023 baby, did we miss it?", "en", "(child 2)"),
        ("她都3岁多了 医保那个还能办吗", "zh", "（第2个孩子）"),
        ("23年5月生的那个 医保补贴错过了吗", "zh", "（第2个孩子）"),
    ],
)
async def test_a_question_of_her_by_age_or_month_is_answered_for_that_child(
    text: str, lang: str, whose: str
) -> None:
    """ "she's 3 now … medical insurance?" of a 2nd born May 2023, the eldest undated: the
    newborn's insurance answer is the 2nd child's (joining within six months of the birth,
    Jinan clause 15), not "this is the 1st child"."""
    slots = {**SECOND_OF_MAY_2023, "hardship_now": False}
    reply = await whole_turn(text, lang, **slots)
    assert whose in reply, reply
    for wrong in ("this is the 1st child", "第1个孩子不在此列"):
        assert wrong not in reply, reply
