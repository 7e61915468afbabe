"""Tester 45 c04 (fix-t46d): a Jinan family with an eldest born 2021 and twins born September
2024. An end date said with 到 / "until" is when a payment stops, never a due date; 没有老四老五
removes both babies wrongly taken to be on the way; 俩娃 in a money question is the children in
talk, not the family's size. Today is 1 December 2026 in China."""

import asyncio
from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.test_questions_t27a import form_turn
from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)

UNDATED = {"birth_date": None, "precision": None, "height_cm": None}
# Jinan hukou; the eldest about 5, twins born September 2024 (tester 45 c04).
ELDEST_AND_TWINS: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month", "approx": "5"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
        {**UNDATED, "birth_date": "2024-09-01", "precision": "month"},
    ],
}
# An eldest born 2021 and a 2nd born March 2025.
TWO_CHILDREN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01", "precision": "month"},
        {**UNDATED, "birth_date": "2025-03-01", "precision": "month"},
    ],
}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


def _new_or_due(got: dict[tuple[str, int | None], object]) -> list[tuple[str, int | None]]:
    return [
        key
        for key in got
        if key[0] in ("child.due_date", "child_count")
        or (key[0] == "child.birth_date" and key[1] is not None and key[1] > 3)
    ]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("你就说对不对 双胞胎每人600 一共1200 到27年9月", ELDEST_AND_TWINS),  # tester 45 c04 T5
        ("双胞胎领到2027年9月对吧", ELDEST_AND_TWINS),
        ("双胞胎补贴到27年9月是不是", ELDEST_AND_TWINS),
        ("双胞胎每人600 一直发到2027年9月吗", ELDEST_AND_TWINS),
        ("老二领到2028年3月吗", TWO_CHILDREN),
        ("老二的补贴领到28年3月对不对", TWO_CHILDREN),
        ("老二能领到明年3月吗", TWO_CHILDREN),
        ("the twins get 600 each until sept 2027 right?", ELDEST_AND_TWINS),
        ("twins are paid through sept 2027 correct?", ELDEST_AND_TWINS),
        ("our second gets 600 till march 2028 right", TWO_CHILDREN),
        ("so the 2nd is paid up to march 2028?", TWO_CHILDREN),
    ],
)
def test_an_end_date_said_with_until_is_no_pregnancy(text: str, known: dict[str, Any]) -> None:
    """ "双胞胎每人600 一共1200 到27年9月": the twins' 600 a month each until they turn 3
    (clause 12) ends September 2027; the bot read "到27年9月" as two more babies due then."""
    got = said(text, known)
    assert not _new_or_due(got), got


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("预产期推迟到明年4月了", "2027-04"),  # a due date moved: still a due date
        ("怀了老三 预产期到明年4月", "2027-04"),
        ("老三等到明年3月生", "2027-03"),  # a birth told at that time
    ],
)
def test_a_due_date_said_with_to_stays_a_due_date(text: str, due: str) -> None:
    got = said(text, TWO_CHILDREN)
    assert got.get(("child.due_date", 3)) == due, got


# After "到27年9月" had been read as two babies due September 2027 (老四, 老五).
WITH_TWO_WRONGLY_DUE: dict[str, Any] = {
    **ELDEST_AND_TWINS,
    "children": [
        *ELDEST_AND_TWINS["children"],
        {**UNDATED, "birth_date": "2027-09-01", "precision": "month"},
        {**UNDATED, "birth_date": "2027-09-01", "precision": "month"},
    ],
}


@pytest.mark.parametrize(
    ("text", "lang", "removed"),
    [
        (
            "没有老四老五！！就三个孩子 老大21年 双胞胎24年9月 我问双胞胎补贴到27年9月是不是",
            "zh",
            "没有怀孕（已删去老四、老五）",
        ),
        ("没有老四和老五 就仨孩子", "zh", "没有怀孕（已删去老四、老五）"),
        (
            "there is no child 4 or 5, we have 3 kids",
            "en",
            "no baby on the way (the 4th child and the 5th child removed)",
        ),
    ],
)
def test_both_babies_denied_are_removed_and_said_back_once(
    text: str, lang: str, removed: str
) -> None:
    """ "没有老四老五": both go, and the read-back says so once (it said only "已删去老四" and
    kept 老五)."""
    reply, set_ = asyncio.run(form_turn(text, lang, **WITH_TWO_WRONGLY_DUE))
    children = set_.get("children") or []
    assert [c["birth_date"] for c in children] == ["2021-06-01", "2024-09-01", "2024-09-01"], (
        reply,
        children,
    )
    assert removed in reply, reply
    assert reply.count("没有怀孕") + reply.count("no baby on the way") == 1, reply


@pytest.mark.parametrize(
    "text",
    [
        "我是说俩娃加一起一个月1200对不对 老大不是问困难补助 是问那600老大有没有",  # c04 T3
        "不是 我是问两个孩子一共1200对吗",
        "不对 俩孩子一共能领多少",
        "我的意思是两个娃加起来每月1200吧",
        "no I mean the two kids together get 1200 a month right?",
        "no, i meant both kids together, 1200 total?",
        "no, the 2 kids get 600 each right?",
    ],
)
def test_two_children_in_a_money_question_keep_the_three_known(text: str) -> None:
    """ "俩娃加一起一个月1200对不对" of an eldest and twins: the twins' money asked about, not a
    family of two (the bot said "已更新：2个孩子" and answered for two children)."""
    got = said(text, ELDEST_AND_TWINS)
    assert ("child_count", None) not in got, got


@pytest.mark.parametrize(
    "text",
    ["不对 我有两个孩子", "不是 我们家就俩娃", "no we have 2 kids", "no, we only have 2 kids"],
)
def test_a_count_said_as_the_family_size_still_puts_the_count_right(text: str) -> None:
    got = said(text, ELDEST_AND_TWINS)
    assert got.get(("child_count", None)) == 2, got


@pytest.mark.parametrize(
    "text",
    [
        "we have one kid, 2 years old, and another due in april",
        "we have one kid, 2 years old and another one due in april",
        "we've got one kid who's 2, another one due in april",
        "we have a 2 year old and another due in april",
        "we have one child (2 yrs old) and another due in April",
        "we have 1 kid, 2yo, and another on the way due april",
        "i have one son, 2 years old, and another baby due in april",
        "有一个孩子2岁了 还有一个4月份预产期",
        "有一个孩子2岁了 还有一个四月份的预产期",
        "家里一个孩子两岁 还有一个预产期四月",
        "一个孩子两岁了 老二明年四月出生",
    ],
)
@pytest.mark.parametrize(("today", "born", "due"), [(TODAY, "2024-06", "2027-04")])
def test_one_child_of_two_and_another_due_in_april(
    text: str, today: date, born: str, due: str
) -> None:
    """ "we have one kid, 2 years old, and another due in april": one child born about two
    years ago and a pregnancy due next April, never two children born."""
    for asked in (None, "children"):
        got = reading(today)(text, {}, asked)
        assert got.get(("child.birth_date", 1)) == born, (asked, got)
        assert got.get(("child.due_date", 2)) == due, (asked, got)
        assert got.get(("child_count", None), 1) == 1, (asked, got)
        assert ("child.birth_date", 2) not in got, (asked, got)


def test_april_already_past_is_next_april() -> None:
    """Said in May 2026, "due in april" is April 2027, not the April just gone."""
    got = reading(date(2026, 5, 10))("we have one kid, 2 years old, and another due in april")
    assert got.get(("child.due_date", 2)) == "2027-04", got
    assert got.get(("child.birth_date", 1)) == "2023-11", got
