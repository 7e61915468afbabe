"""Testers 46 and 48's misreadings (fix-t49b): the household known, what the citizen wrote, and
the facts it states. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)
# Tester 48 c06: Beijing, the eldest about 8, the 2nd born September 2024, the 3rd "去年生的".
THIRD_OF_LAST_YEAR = {
    "city": "beijing",
    "renting": True,
    "children": [{"birth_date": "2018-06"}, {"birth_date": "2024-09"}, {"birth_date": "2025"}],
}


def births(text: str, known: dict[str, object], asked: str | None, about: int | None = None):
    return {
        u.child: u.value
        for u in understand(text, known, asked, TODAY, about=about)
        if u.fact in ("child.birth_date", "child.due_date")
    }


@pytest.mark.parametrize(
    "text",
    [
        "3月份 医保呢 你还没说",  # tester 48 c06
        "3月份",
        "三月份的",
        "是3月 那孩子医保呢",
        "march, and what about the insurance?",
        "in march",
    ],
)
@pytest.mark.parametrize("about", [3, None])
def test_a_month_alone_answers_the_month_asked_of_a_child_known_to_the_year(
    text: str, about: int | None
) -> None:
    """The bot asked "老三是2025年几月出生的？": a month said without its year is 老三's month of
    2025, not a 4th child born in March 2026."""
    assert births(text, THIRD_OF_LAST_YEAR, "children", about) == {3: "2025-03"}


# Tester 48 c04: Jinan; the eldest about 8, the granddaughter (2nd) born October 2025.
ELDEST_AND_GRANDDAUGHTER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2018-06", "approx": True}, {"birth_date": "2025-10"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "孩子是满7个月才参保的",  # tester 48 c04
        "我说的是外孙女满7个月才交的医保",
        "孩子8个月才上的户口",
        "孩子5个月的时候办的医保",
        "孩子满7个月参保的",
        "老二八个月大才打的疫苗",
        "参保的时候孩子已经7个月了",
        "she was 7 months old when we enrolled her",
        "we enrolled her at 7 months",
    ],
)
@pytest.mark.parametrize("about", [2, None])
def test_an_age_at_the_enrolment_is_no_childs_age_now(text: str, about: int | None) -> None:
    """An age said with what was done at it (参保, 交, 办, 上户, 打疫苗, enrolled) is the age at that
    act: no child is added, none moved (tester 48 c04 got "老大约2026年5月出生", then a 老三)."""
    assert births(text, ELDEST_AND_GRANDDAUGHTER, None, about) == {}


@pytest.mark.parametrize(
    ("text", "order"),
    [("老二7个月了 还能参保吗", 2), ("my baby is 7 months old, can we still enrol her?", None)],
)
def test_an_age_now_asked_about_the_enrolment_is_still_the_childs(
    text: str, order: int | None
) -> None:
    """The age now, with the enrolment asked of it ("7个月了 还能参保吗"): still that child's age."""
    got = births(text, ELDEST_AND_GRANDDAUGHTER, None, 2)
    assert list(got.values()) == ["2026-05"], got
    if order is not None:
        assert order in got


# Tester 46 c01: Jinan; the eldest three and a half, the 2nd a month old; a 3rd wondered about,
# the father to be on unemployment benefit at its birth; the bot asked the 3rd's birth date.
TWO_AND_A_THIRD_WONDERED = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2023-06", "approx": True},
        {"birth_date": "2026-11", "approx": True, "hardship_at_birth": False},
        {"hardship_at_birth": True},
    ],
}
TWO_BORN = {**TWO_AND_A_THIRD_WONDERED, "children": TWO_AND_A_THIRD_WONDERED["children"][:2]}


@pytest.mark.parametrize(
    "text",
    [
        "还没生呢 打算明年 27年吧 我就问二宝600老三800对不对 加起来一个月1400",  # tester 46 c01
        "还没生呢 打算明年 27年吧",
        "还没怀呢 准备27年要",
        "计划2027年生",
        "想27年3月左右生",
        "not born yet, planning for 2027",
        "we're hoping for next year, 2027 maybe",
    ],
)
@pytest.mark.parametrize("known", [TWO_AND_A_THIRD_WONDERED, TWO_BORN])
@pytest.mark.parametrize("asked", ["children", None])
def test_a_planned_birth_is_no_due_date_of_a_child_born(
    text: str, known: dict[str, object], asked: str | None
) -> None:
    """A next child planned for a time (打算/准备/想/计划 + a time) is no pregnancy: the time is
    only supposed, of the 3rd, never a due date of the eldest or the 2nd (tester 46 c01 got
    "记下了：老大预产期2027年"), and "还没生呢" counts no children away."""
    got = list(understand(text, known, asked, TODAY, about=3 if asked else None))
    assert not any(u.fact == "child_count" for u in got), got
    for u in got:
        if u.fact in ("child.birth_date", "child.due_date"):
            assert u.child == 3 and u.kind == "question", got


@pytest.mark.parametrize(
    "text",
    [
        "有一个娃两岁 另一个4月份生",
        "有一个娃两岁 还有一个4月份生的",
        "有一个娃两岁 另外一个4月份生的",
        "家里一个孩子两岁 还有一个4月份出生",
    ],
)
@pytest.mark.parametrize("known", [{}, {"city": "jinan", "children": [{"birth_date": "2024-06"}]}])
def test_the_others_month_is_its_birth_month(text: str, known: dict[str, object]) -> None:
    """ "另一个4月份生" (no 预产期): the other child was born in April, the latest April not in the
    future (2026-04 on 1 December 2026); two children, never a count of one."""
    got = list(understand(text, known, None, TODAY))
    assert births(text, known, None).get(2) == "2026-04", got
    assert not any(u.fact == "child.due_date" for u in got), got
    assert not any(u.fact == "child_count" and u.value == 1 for u in got), got


def test_the_others_month_with_its_due_date_is_still_a_due_date() -> None:
    """ "还有一个4月份预产期": a due month, ahead (April 2027)."""
    assert births("有一个孩子2岁了 还有一个4月份预产期", {}, None).get(2) == "2027-04"
