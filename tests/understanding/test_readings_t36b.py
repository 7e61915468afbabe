"""Tester 36 (fix-t36b): how a family's facts are read. An age and a birth date that agree, said
of the same child, are one child, and a count the message states is never exceeded; a count
said lower than the children known puts the count right. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)


def _children(got: dict[tuple[str, int | None], object]) -> dict[int | None, object]:
    return {child: v for (fact, child), v in got.items() if fact == "child.birth_date"}


@pytest.mark.parametrize(
    "text",
    [
        "we have 2 boys, 7 and 2. the little one was born june 2024 when we were on dibao",
        "we have 2 boys, 7 and 2. the younger was born june 2024",
        "two kids, aged 2 and 7. the younger one was born in june 2024",
        "俩孩子 一个7岁一个2岁 小的是2024年6月出生的",
        "家里俩孩子 老大7岁 老二2岁 老二是2024年6月生的 那会儿在吃低保",
        "我们有两个儿子 7岁和2岁 小的2024年6月生的",
    ],
)
def test_an_age_and_a_date_of_the_younger_are_one_child(text: str) -> None:
    """Tester 36 c10: "2 boys, 7 and 2", the 2-year-old born June 2024 (2 years old today):
    two children, the eldest about June 2019 and the younger June 2024; no third child."""
    got = said(text, {"city": "jinan", "hukou_in_city": True})
    assert got[("child_count", None)] == 2, got
    assert _children(got) == {1: "2019-06", 2: "2024-06"}, got


def test_a_date_that_does_not_agree_with_the_age_is_not_merged() -> None:
    """No count said: ages 7 and 2 and a baby born June 2026 are three children."""
    got = said("kids are 7 and 2, and the baby was born june 2026", {"city": "jinan"})
    assert len(_children(got)) == 3, got


# Tester 36 c10, after the first reading: a phantom third child from the age "2".
PHANTOM = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2019-06", "approx": "7"},
        {"birth_date": "2024-06", "hardship_at_birth": True},
        {"birth_date": "2024-06", "approx": "2"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "no we only have 2. the 2 year old is the one born june 2024",
        "there is no child 3!! he is our second not third. we only have 2",
        "we have 2 children",
        "there is no child 3",
        "we only have 2 kids",
        "只有俩 没有老三",
        "就两个孩子",
        "啥老三 就俩孩子",
        "没有老三",
    ],
)
@pytest.mark.parametrize("asked", [None, "hardship_at_birth"])
def test_the_count_said_lower_is_the_count_put_right(text: str, asked: str | None) -> None:
    """The count 2 is read (the extra child goes); the "no" or "not third" is no answer about
    benefits at a birth."""
    got = said(text, PHANTOM, asked)
    assert got.get(("child_count", None)) == 2, got
    assert not any("hardship" in fact for fact, _ in got), got


def test_a_count_of_some_of_three_real_children_is_no_correction() -> None:
    """Three children known by date, no guess among them: 俩娃 of the twins is not the count."""
    known = {
        "city": "jinan",
        "children": [{"birth_date": "2020-03"}, *[{"birth_date": "2025-10"}] * 2],
    }
    assert ("child_count", None) not in said("俩娃都能领吗", known)


# --- item 7: a hukou move is no due date; a pregnancy denied is removed -------------------------

# Tester 36 c09: Jinan, the elder about 6, the second born March 2026.
ELDER_AND_BABY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2020-06", "approx": "6岁"}, {"birth_date": "2026-03"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "那我下个月把俩孩子户口迁到济南 从啥时候开始给 前面几个月还有不",
        "下个月把孩子户口迁过来 能领吗",
        "孩子户口年底能落到济南 到时候能领吗",
        "we will move the kids hukou to jinan next month, when does it start",
        "if we transfer the children's hukou in january, do we get it from january?",
    ],
)
def test_the_month_of_a_hukou_move_is_no_due_date(text: str) -> None:
    """The month the hukou moves is no birth: no due date, no third child."""
    got = said(text, ELDER_AND_BABY)
    assert not any(fact in ("child.due_date", "child.birth_date") for fact, _ in got), got


def test_a_birth_next_month_beside_a_move_is_still_a_due_date() -> None:
    got = said("老三下个月生 户口也迁过来", ELDER_AND_BABY)
    assert got.get(("child.due_date", 3)) == "2027-01", got


# The same family with the phantom pregnancy, due January 2027, that the move was read as.
PHANTOM_PREGNANCY = {
    **ELDER_AND_BABY,
    "children": [*ELDER_AND_BABY["children"], {"due_date": "2027-01"}],  # type: ignore[misc]
}


@pytest.mark.parametrize(
    "text",
    [
        "啥老三 没有怀孕 就俩孩子",
        "没有老三 我没怀孕 删掉",
        "我没有怀孕",
        "没怀孕",
        "there is no baby on the way",
        "I'm not pregnant",
        "we are not expecting, only 2 kids",
        "there is no child 3",
    ],
)
def test_a_pregnancy_denied_is_removed(text: str) -> None:
    """The pregnancy known is said not to exist: the third child on the way goes; nothing of it
    is read as a birth."""
    got = said(text, PHANTOM_PREGNANCY)
    assert got.get(("child.on_the_way", 3)) is False, got
    assert ("child.birth_date", 3) not in got and ("child.due_date", 3) not in got, got


@pytest.mark.parametrize(
    "text", ["she is not pregnant anymore, the baby was born last week", "我没怀孕 老三上周生了"]
)
def test_a_baby_born_is_no_pregnancy_denied(text: str) -> None:
    got = said(text, PHANTOM_PREGNANCY)
    assert ("child.on_the_way", 3) not in got, got
    assert ("child.birth_date", 3) in got, got


# --- item 3: a day said of the twins goes to both -----------------------------------------------

# Tester 36 c02: a daughter about 5 and twin boys born March 2026.
TWINS_BESIDE_AN_ELDER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-06", "approx": "5"},
        {"birth_date": "2026-03"},
        {"birth_date": "2026-03"},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "they were born march 14th. my husband was getting unemployment benefits back then",
        "they were born march 14th",
        "they were born on march 14",
        "the twins were born on the 14th",
        "both born on the 14th",
        "俩孩子是3月14号生的",
        "双胞胎是14号出生的",
        "他俩是14号生的",
    ],
)
def test_a_day_said_of_the_twins_is_both_twins(text: str) -> None:
    """Both twins are born 14 March 2026 (a day said alone is of the month known, not this
    month); the elder is untouched."""
    got = _children(said(text, TWINS_BESIDE_AN_ELDER))
    assert got == {2: "2026-03-14", 3: "2026-03-14"}, got


def test_a_day_said_of_one_twin_already_dated_goes_to_the_other() -> None:
    """One twin dated to the day by the old reading, the other to the month: "both born on the
    14th" dates the other twin 14 March, never 14 November."""
    known = {
        **TWINS_BESIDE_AN_ELDER,
        "children": [
            {"birth_date": "2021-06", "approx": "5"},
            {"birth_date": "2026-03-14"},
            {"birth_date": "2026-03"},
        ],
    }
    got = _children(said("wait they are twins, both born on the 14th", known))
    assert got == {3: "2026-03-14"}, got


def test_a_day_said_of_the_second_alone_stays_with_it() -> None:
    got = _children(said("老二是3月14号生的", TWINS_BESIDE_AN_ELDER))
    assert got == {2: "2026-03-14"}, got


# --- item 9: one parent's hukou is not the family's ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我老公是济南户口 我跟俩孩子户口还在聊城老家 二宝今年3月生的 大宝6岁 这个600能领不",
        "孩子户口不在济南也行?只有我老公一个人是济南的",
        "还有 户口也不对 我和孩子是聊城户口 就我老公是济南的",
        "my husband has jinan hukou but the kids and i are registered in liaocheng",
        "the kids hukou is still in my hometown, only my husband has jinan hukou",
    ],
)
def test_one_parents_city_hukou_is_not_the_familys(text: str) -> None:
    """Clause 12 says only "families with the city's household registration": a city hukou of
    one parent, the children's elsewhere, is not read as the family's; a city hukou known is
    put back to unknown."""
    assert said(text, {"city": "jinan"}).get(("hukou_in_city", None)) is not True
    got = said(text, {"city": "jinan", "hukou_in_city": True})
    assert ("hukou_in_city", None) in got and got[("hukou_in_city", None)] is None, got


@pytest.mark.parametrize(
    "text", ["我们都是济南户口", "我老公是济南户口", "孩子户口在济南", "只有孩子爸是济南户口"]
)
def test_a_city_hukou_of_the_family_stands(text: str) -> None:
    """One parent's city hukou, nothing said of the children's, stays the family's (tester 13)."""
    assert said(text, {"city": "jinan"}).get(("hukou_in_city", None)) is True
