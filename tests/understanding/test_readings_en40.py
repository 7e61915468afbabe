"""English messages of batch 40 (multiples beside older or younger children, counts stated or
implied, corrections of a count or of twins' dates, ages and kinship words): the household, what
the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 1, 8)  # a Thursday


said = reading(TODAY)
kinds = reading_kinds(TODAY)


@pytest.mark.parametrize(
    ("text", "middle", "born"),
    [
        ("4 kids: twins 7, middle boy 4, baby 10 weeks", 3, "2021-07"),
        ("the twins are 9, the middle one is 6 and the youngest 2", 3, "2019-07"),
        ("eldest 9, middle one 6, youngest 2", 2, "2019-07"),
    ],
)
def test_the_middle_child_comes_after_every_elder_one_told(
    text: str, middle: int, born: str
) -> None:
    """ "twins 7, middle boy 4": the middle child of four comes after the twins, the third."""
    assert said(text, {"city": "beijing"})[("child.birth_date", middle)] == born


@pytest.mark.parametrize(
    "text",
    [
        "born last saturday, twins, our 2nd and 3rd",
        "arrived last saturday, twins, they are our second and third",
    ],
)
def test_orders_after_a_dated_birth_and_twins_name_the_twins(text: str) -> None:
    """ "born last saturday, twins, our 2nd and 3rd": the twins born then are children 2 and 3."""
    got = said(text, {"city": "jinan", "children": kids("2020-04")})
    assert got == {("child.birth_date", 2): "2026-01-03", ("child.birth_date", 3): "2026-01-03"}


@pytest.mark.parametrize(
    ("text", "asked", "count"),
    [
        ("five!! 2 sets of twins and our eldest", "children", 5),
        ("2 sets of twins and our eldest", None, 5),
        ("two sets of twins plus a 3 year old", None, 5),
        ("2 sets of twins, 6 and 2", None, 4),
    ],
)
def test_sets_of_twins_and_one_more_child(text: str, asked: str | None, count: int) -> None:
    """ "2 sets of twins and our eldest": four twins and the one child beside them."""
    assert said(text, {"city": "beijing"}, asked)[("child_count", None)] == count


@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("sanbao 20 days, erbao 2, dabao 5", 3, "2025-12-19"),
        ("our eldest 8, our third 3 weeks", 3, "2025-12-18"),
        ("the second 10 days, the eldest 4", 2, "2025-12-29"),
    ],
)
def test_days_or_weeks_right_after_an_order_are_that_childs_age(
    text: str, order: int, born: str
) -> None:
    """ "sanbao 20 days": the third child is 20 days old."""
    assert said(text, {"city": "jinan"})[("child.birth_date", order)] == born


def test_weeks_of_leave_after_an_ordinal_are_no_age() -> None:
    assert said("the second 2 weeks of leave are paid", {"city": "jinan"}) == {}


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("twins yesterday!! 2 girls, our first", 2),
        ("triplets this morning!", 3),
        ("twins today, so happy", 2),
    ],
)
def test_multiples_with_a_named_day_alone_were_born_that_day(text: str, size: int) -> None:
    """ "twins yesterday!!": the twins were born yesterday."""
    got = said(text, {"city": "beijing"})
    day = "2026-01-07" if "yesterday" in text else "2026-01-08"
    assert [got.get(("child.birth_date", i)) for i in range(1, size + 1)] == [day] * size


def test_multiples_doing_something_today_were_not_born_today() -> None:
    assert said("twins today had fever", {"city": "beijing"}) == {}


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("twins due 2025.9, and we have 2 already, 6 and 3", ["2019-07", "2022-07"]),
        ("expecting twins in october, got 2 kids already, 8 and 5", ["2017-07", "2020-07"]),
    ],
)
def test_ages_after_a_count_follow_the_twins_on_the_way(text: str, ages: list[str]) -> None:
    """ "twins due 2025.9, and we have 2 already, 6 and 3": the two born are 6 and 3."""
    got = said(text, {"city": "jinan"})
    assert [got[("child.birth_date", 1)], got[("child.birth_date", 2)]] == ages
    assert got[("child.due_date", 3)] == got[("child.due_date", 4)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("i said 2 kids before but its 3, forgot to count the twins separately", 3),
        ("i said 2 kids but its 3", 3),
        ("i told you two children but we have 4 actually", 4),
    ],
)
def test_a_count_said_wrong_then_put_right(text: str, count: int) -> None:
    """ "i said 2 kids before but its 3": child_count 3, a correction."""
    got = kinds(text, {"city": "jinan", "children": kids("2020-01", "2023-01")})
    assert got[("child_count", None)] == (count, "correction")


def test_an_age_after_a_slip_is_no_count() -> None:
    known = {"city": "jinan", "children": kids("2020-01", "2023-01")}
    assert ("child_count", None) not in said("i said 2 kids but the eldest is 5", known)


@pytest.mark.parametrize(
    "text",
    [
        "if our twins are born in december do we still get this years money",
        "if the twins come in december do we get this year's subsidy",
    ],
)
def test_this_years_money_is_no_birth_year(text: str) -> None:
    """ "this years money": the year's payment, not the twins' birth year."""
    known = {"city": "jinan", "children": [{"due_date": None}, {"due_date": None}]}
    assert kinds(text, known) == {
        ("child.due_date", 1): ("2026-12", "question"),
        ("child.due_date", 2): ("2026-12", "question"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "twins born in beijing but we moved to jinan, which city pays",
        "the baby was born in beijing but we moved to jinan",
        "孩子在北京生的 后来我们搬到了济南",
    ],
)
def test_the_city_moved_to_beats_the_city_of_the_birth(text: str) -> None:
    """ "born in beijing but we moved to jinan": the family lives in Jinan now."""
    assert said(text)[("city", None)] == "jinan"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("my 4: dage 11, ergege 8, and the twin sisters 2", "2017-07"),
        ("the twin brothers 5, erjie 9", "2016-07"),
    ],
)
def test_second_brother_or_sister_in_pinyin_is_the_second(text: str, second: str) -> None:
    """ "ergege 8": 二哥哥, the second child, is 8; "the twin sisters 2": both twins are 2."""
    got = said(text, {"city": "beijing"})
    assert got[("child.birth_date", 2)] == second
    assert got[("child.birth_date", 3)] == got[("child.birth_date", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "my middle one is 8, the eldest 12, and the twins the youngest, 3 yrs",
        "the eldest 12, middle one 8, twins are our youngest, 3 yrs",
    ],
)
def test_twins_named_the_youngest_are_the_last_two(text: str) -> None:
    """ "and the twins the youngest, 3 yrs": the twins are children 3 and 4, no fifth child."""
    got = said(text, {})
    assert got[("child.birth_date", 3)] == got[("child.birth_date", 4)] == "2022-07"
    assert ("child.birth_date", 5) not in got


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("first pregnancy was triplets, then twins. yes 5 kids lol. triplets 7 twins 4", [7, 4]),
        ("triplets 9 and twins 5, 5 kids in all", [9, 5]),
    ],
)
def test_triplets_then_twins_each_with_an_age(text: str, ages: list[int]) -> None:
    """ "triplets 7 twins 4": three children of 7, then two of 4."""
    got = said(text, {"city": "jinan"})
    old, young = (f"{2026 - a - 1}-07" for a in ages)
    assert [got[("child.birth_date", i)] for i in range(1, 6)] == [old] * 3 + [young] * 2
    assert got[("child_count", None)] == 5


@pytest.mark.parametrize(
    "text",
    [
        "twins 2 yrs old and the third baby coming in august, the twins are our first",
        "twins are 3, baby number 3 due in june, the twins were our first birth",
    ],
)
def test_the_twins_said_again_are_not_the_baby_on_the_way(text: str) -> None:
    """ "…the third baby coming in august, the twins are our first": one baby due, not twins."""
    got = said(text, {})
    assert ("child.due_date", 3) in got
    assert ("child.due_date", 4) not in got


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("oh actually we have three, forgot the baby lol, she's 6 weeks", "2025-11-27"),
        ("sorry, 3 kids not 2, the youngest is 4 months", "2025-09"),
    ],
)
def test_a_child_left_out_of_the_count_is_the_next_one(text: str, born: str) -> None:
    """ "actually we have three, forgot the baby, she's 6 weeks": the count is put right and the
    baby is the third child, told for the first time."""
    got = kinds(text, {"city": "jinan", "children": kids("2018-03", "2021-07")})
    assert got[("child_count", None)] == (3, "correction")
    assert got[("child.birth_date", 3)] == (born, "statement")
    assert ("child.birth_date", 2) not in got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("1 son 3 years old and due with #2 in february", 1),
        ("1 daughter, 5, and pregnant again", 1),
        ("1 son and 1 daughter, 5 and 3", 2),
    ],
)
def test_one_son_or_daughter_is_a_count(text: str, count: int) -> None:
    """ "1 son 3 years old": one child (not one of "1 son 1 daughter")."""
    assert said(text, {"city": "jinan"})[("child_count", None)] == count
