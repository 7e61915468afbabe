"""Conversations tester 27 had go wrong (items 1, 3, 7, 10, 13 of the report), as the citizen
wrote them and as others would: the family known (the slots), what the citizen wrote, and what
the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionHandleCorrection
from actions.household_form import accepted_updates
from actions.results import ActionShowEntitlements
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.test_follow_up_questions import ask
from tests.actions.test_questions_t27a import form_turn


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
        ("要生的这个有没有600", "zh", "有。"),
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


# --- Item 1: "my son" / "my daughter" is the child told with that sex (c02, r2, x2) -----------


async def told(text: str, lang: str, **slots: object) -> tuple[str, dict[str, Any]]:
    """The household form on `text` (the family's facts read): the reply and the slots set."""
    return await form_turn(text, lang, **{"requested_slot": None, **slots})


def heights(children: list[dict[str, Any]]) -> list[object]:
    return [c.get("height_cm") for c in children]


@pytest.mark.parametrize(
    ("text", "lang", "sexes"),
    [
        ("the girl is 7 and my son just turned 2", "en", ["f", "m"]),  # c02
        ("we live in beijing. she's 5 and the boy is 1", "en", ["f", "m"]),  # r2
        ("my son is 8 and my daughter is 3", "en", ["m", "f"]),
        ("女儿7岁 儿子2岁", "zh", ["f", "m"]),
        ("大的是闺女7岁了，小的儿子3岁", "zh", ["f", "m"]),
    ],
)
async def test_the_sex_told_with_an_age_is_kept_on_that_child(
    text: str, lang: str, sexes: list[str]
) -> None:
    """Each child's sex said with its age stays on that child, for "my son" later."""
    _, set_ = await told(text, lang, city="beijing")
    assert [c.get("sex") for c in set_["children_partial"]] == sexes


GIRL_7_BOY_2 = [
    {"birth_date": "2019-06-01", "precision": "month", "approx": "7", "sex": "f"},
    {"birth_date": "2024-12-01", "precision": "month", "approx": "2", "sex": "m"},
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("my son is 1.1m", "en", [None, 110.0]),
        ("my daughter is 1.35m is she still free on the bus", "en", [135.0, None]),  # c02
        ("the girl is 1.35m and my son is about 90cm", "en", [135.0, 90.0]),
        ("儿子一米一", "zh", [None, 110.0]),
        ("闺女一米三五 儿子九十公分", "zh", [135.0, 90.0]),
    ],
)
async def test_a_height_told_of_my_son_goes_on_the_son(
    text: str, lang: str, expected: list[object]
) -> None:
    """Beijing clause (12) decides by height: the height of "my son" is the son's, never
    asked "which child is 110 cm tall" again and again (c02 asked it three times)."""
    updates, problem, _, guessed = accepted_updates(
        text,
        {"city": "beijing", "children_partial": GIRL_7_BOY_2, "children": GIRL_7_BOY_2},
        date(2026, 12, 1),
        correcting=True,
    )
    assert problem is None and guessed is None
    assert heights(updates["children_partial"]) == expected


async def test_with_two_sons_my_son_is_still_asked() -> None:
    """Two boys: "my son" names no one child, so which one is asked, not guessed."""
    two_sons = [{**c, "sex": "m"} for c in GIRL_7_BOY_2]
    _, _, _, guessed = accepted_updates(
        "my son is 1.1m",
        {"city": "beijing", "children_partial": two_sons},
        date(2026, 12, 1),
        correcting=True,
    )
    assert guessed is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("beijing, my daughter is 6 and my son is 3. my son is 1.1m", "en"),  # x2
        ("北京 闺女6岁 儿子3岁 儿子一米一", "zh"),
    ],
)
async def test_a_height_of_my_son_in_the_same_message_is_no_third_child(
    text: str, lang: str
) -> None:
    """The son told with his age, then his height: two children, the son 110 cm, never a 3rd
    child of 110 cm counted for public-housing priority."""
    reply, set_ = await told(text, lang)
    children = set_["children_partial"]
    assert len(children) == 2
    assert heights(children) == [None, 110.0]
    assert "3rd child" not in reply and "老三" not in reply


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        ("my son is 1.2m is he free on buses", "en", "At 120 cm the child is under the limit"),
        ("儿子1米2 坐公交免费吗", "zh", "120厘米"),
    ],
)
async def test_a_height_with_a_transit_question_is_answered_for_that_child(
    text: str, lang: str, must: str
) -> None:
    """r2: "she's 5 and the boy is 1", then "my son is 1.2m is he free on buses": the son's
    answer (Beijing clause (12)), not "which child is 120 cm tall"."""
    girl_boy = [
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5", "sex": "f"},
        {"birth_date": "2025-06-01", "precision": "month", "approx": "1", "sex": "m"},
    ]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        text,
        intent="correct",
        language=lang,
        city="beijing",
        result_shown=True,
        children_partial=girl_boy,
        children=girl_boy,
    )
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert must in reply and "(12)" in reply
    assert "Which child" not in reply and "哪个孩子" not in reply


# --- Item 7: a transit question with heights is answered per child (c09, c02) ---------------

THREE_CHILDREN_RENTING = {
    "city": "beijing",
    "housing": "renting",
    "result_shown": True,
    "focus_entry": "beijing.public_rental_priority",
    "children_partial": [
        {"birth_date": "2018-06-01", "precision": "month", "approx": "8"},
        {"birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {"birth_date": "2025-06-01", "precision": "month", "approx": "1"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "pays", "free"),
    [
        (
            "the 5 year old is 1.15m, the 8 yo 1.32m. who rides free",  # c09
            "en",
            "(child 1): At 132 cm the child is at or over the height limit",
            "(child 2): At 115 cm the child is under the limit",
        ),
        (
            "8岁的1米32 5岁的1米15 谁坐车免费",
            "zh",
            "（第1个孩子）：孩子身高132厘米，已达到限高",
            "（第2个孩子）：孩子身高115厘米，低于限高",
        ),
    ],
)
async def test_heights_with_who_rides_free_get_each_childs_fare(
    text: str, lang: str, pays: str, free: str
) -> None:
    """Beijing clause (12): free under 1.3 m. Heights told with "who rides free" are answered
    per child, not with the public-rental-housing answer discussed before."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="correct", language=lang, **THREE_CHILDREN_RENTING)
    await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert pays in reply and free in reply and "(12)" in reply
    assert "public rental" not in reply and "公租房" not in reply


GIRL_135_BOY_90 = [{**GIRL_7_BOY_2[0], "height_cm": 135.0}, {**GIRL_7_BOY_2[1], "height_cm": 90.0}]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so my daughter pays and my son is free right?", "en"),  # c02
        ("the girl needs a ticket and the boy rides free, correct?", "en"),
        ("闺女要买票 儿子免费 对吧", "zh"),
    ],
)
async def test_who_pays_asked_by_sex_is_the_fare_per_child(text: str, lang: str) -> None:
    """After the leave answer, "so my daughter pays and my son is free right?" is the transit
    question (clause (12)), each child's own answer, never the women's employment clause."""
    reply, _ = await ask(
        text,
        lang,
        city="beijing",
        result_shown=True,
        focus_entry="beijing.leave_entitlements",
        children_partial=GIRL_135_BOY_90,
        children=GIRL_135_BOY_90,
    )
    assert "135" in reply and "90" in reply and "(12)" in reply
    assert "(14)" not in reply and "employment" not in reply and "就业" not in reply


# --- Item 10: a figure put back with the other parent's leave asked beside it (c07) ---------


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("so its 15 days right? and how long for my wife", "en", "15 days", "158 days"),  # c07
        ("15 days of paternity, correct? and how much does my wife get", "en", "15", "158 days"),
        ("陪产假15天对吧 我老婆能休多久", "zh", "15天", "158天"),
        ("是15天吧？媳妇能休几天", "zh", "15天", "158天"),
    ],
)
async def test_both_parents_leave_are_answered_in_order(
    text: str, lang: str, first: str, second: str
) -> None:
    """Jinan clause 11: paternity leave at least 15 days, maternity leave 158 days. After the
    paternity answer, "so its 15 days right? and how long for my wife" gets both, in order."""
    reply, _ = await ask(
        text,
        lang,
        city="jinan",
        focus_entry="jinan.paternity_leave",
        topic_entry="jinan.paternity_leave",
    )
    assert first in reply and second in reply
    assert reply.index(first) < reply.index(second)
    assert "11" in reply


# --- Item 13: "600是吧" of a baby whose 200 more is decided: yes, 600, plus 200, 800 (c06) -----

SECOND_DUE_ON_UNEMPLOYMENT = [
    {"birth_date": "2022-06-01", "precision": "month", "approx": "4岁半"},
    {
        "birth_date": "2027-02-01",
        "precision": "month",
        "approx": "怀孕7个月",
        "hardship_at_birth": True,
    },
]


@pytest.mark.parametrize(
    ("text", "lang", "must"),
    [
        (
            "那老二出生后一个月600是吧 我老公在领失业金 能多给吗",  # c06
            "zh",
            "对，每月600元；出生时在领低保、特困供养或失业保险金的，每月再加200元，共800元。",
        ),
        ("老二一个月600对吧", "zh", "对，每月600元"),
        (
            "so the baby gets 600 a month right? my husband is on unemployment",
            "en",
            "Yes, 600 yuan a month; with minimum subsistence",
        ),
    ],
)
async def test_the_base_amount_put_back_is_confirmed_with_the_supplement(
    text: str, lang: str, must: str
) -> None:
    """Jinan clause 12: 600 a month, 200 more when the family is on unemployment benefits at
    the birth. "600是吧" then gets "对，600 … 共800", never "不是。", and the block once."""
    reply, _ = await ask(
        text,
        lang,
        city="jinan",
        hukou_in_city=True,
        hardship_now=True,
        result_shown=True,
        children_partial=SECOND_DUE_ON_UNEMPLOYMENT,
        children=SECOND_DUE_ON_UNEMPLOYMENT,
    )
    assert reply.startswith(must[:4]) and must in reply
    assert "不是。" not in reply and not reply.startswith("No.")
    assert "12" in reply
    assert reply.count("28,800") == 1
