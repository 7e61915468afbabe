"""English messages of batch 38 (ages of several children, written-out numbers and dates, relative
dates, corrections, birth order and family words): the household, what the citizen wrote, and the
facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2025, 8, 5)  # a Tuesday


said = reading(TODAY)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("got a pair of kiddos, seven and eighteen months old", 2),
        ("we have a pair of little ones, 5 and 2", 2),
    ],
)
def test_a_pair_of_kids_is_two_children(text: str, count: int) -> None:
    """ "a pair of kiddos": two children, told with their ages (not twins)."""
    got = said(text, {"city": "beijing"}, "children")
    assert got[("child_count", None)] == count
    assert got[("child.birth_date", 1)] != got[("child.birth_date", 2)]


def test_a_pair_of_boys_is_still_twins() -> None:
    got = said("a pair of boys born yesterday", {"city": "jinan"})
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2025-08-04"


@pytest.mark.parametrize(
    ("text", "cm"),
    [
        ("just measured him, one metre oh five", 105),
        ("he's one meter oh eight now", 108),
    ],
)
def test_a_height_said_with_oh(text: str, cm: int) -> None:
    """ "one metre oh five": 1.05 m."""
    got = said(text, {"city": "jinan", "children": [{"birth_date": "2021-02"}]})
    assert got[("child.height_cm", 1)] == cm


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("our eldest is six and a half, second four and the third just started walking", "2021-02"),
        ("eldest nine, second seven", "2018-02"),
    ],
)
def test_a_number_word_after_an_order_is_that_childs_age(text: str, second: str) -> None:
    """ "second four": the second child is four (not "second one", the child itself)."""
    assert said(text, {"city": "beijing"})[("child.birth_date", 2)] == second


@pytest.mark.parametrize(
    ("text", "younger"),
    [
        ("the kids are five and one year nine months", "2023-11"),
        ("our two are 6 and 2 years 3 months", "2023-05"),
    ],
)
def test_years_and_months_without_and_end_a_list_of_ages(text: str, younger: str) -> None:
    """ "five and one year nine months": two children, the younger 21 months (not three)."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 2)] == younger
    assert ("child.birth_date", 3) not in got


@pytest.mark.parametrize(
    "text", ["one kid 5 yrs, we live in jinan", "1 kid 5 years, hukou in henan"]
)
def test_one_kid_then_the_age(text: str) -> None:
    """ "one kid 5 yrs": the one child's age right after it."""
    got = said(text, {})
    assert got[("child_count", None)] == 1
    assert got[("child.birth_date", 1)] == "2020-02"


@pytest.mark.parametrize(
    "text",
    ["twin lads born 2024.3.8, that's the lot", "twin girls, 2 years old, that's all of them"],
)
def test_thats_the_lot_closes_the_family(text: str) -> None:
    """ "that's the lot": the twins told are the family's only children."""
    assert said(text, {"city": "jinan"})[("child_count", None)] == 2


@pytest.mark.parametrize(
    ("text", "elder", "younger"),
    [
        ("sunzi is 6 weeks, sunnu is 3", "2022-02", "2025-06-24"),
        ("sunnv 8, sunzi 4", "2017-02", "2021-02"),
    ],
)
def test_grandchildren_in_pinyin_ordered_by_age(text: str, elder: str, younger: str) -> None:
    """孙子, 孙女 written in pinyin are the grandson and granddaughter, ordered by age."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == elder
    assert got[("child.birth_date", 2)] == younger


@pytest.mark.parametrize(
    "text",
    ["my grandkids r 4, 2 and a bit and 5 mnths", "our grandchildren are 4, 2 and 5 months"],
)
def test_grandkids_listed_by_age(text: str) -> None:
    """Grandchildren named together, their ages listed: one child for each age."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2021-02"
    assert got[("child.birth_date", 3)] == "2025-03"


@pytest.mark.parametrize(
    ("text", "baby"),
    [
        ("2 kids, 4 and a half and 11 weeks", "2025-05-20"),
        ("two of them: 6 and a half and 10 days", "2025-07-26"),
    ],
)
def test_ages_listed_after_and_a_half(text: str, baby: str) -> None:
    """The list of ages goes on after "4 and a half": the baby in weeks or days."""
    assert said(text, {"city": "beijing"})[("child.birth_date", 2)] == baby


@pytest.mark.parametrize(
    "text",
    ["one is turning 5 next month, the baby is 9 weeks", "one is 4, the baby is 9 weeks"],
)
def test_one_is_opening_a_clause_is_a_child(text: str) -> None:
    """ "one is 4, the baby is 9 weeks": two children, the elder named as "one"."""
    got = said(text, {"city": "beijing"})
    assert got[("child.birth_date", 2)] == "2025-06-03"
    assert got[("child.birth_date", 1)] in ("2020-09", "2021-02")


@pytest.mark.parametrize(
    "text",
    [
        "grandson no.2 is eight weeks, no.1 starts school in sept, he's 5 and a half",
        "the boy starts kindergarten in september, he's 2 and a half",
    ],
)
def test_the_month_school_starts_is_no_birth(text: str) -> None:
    got = said(text, {"city": "beijing"})
    born = [v for (fact, _), v in got.items() if fact == "child.birth_date"]
    assert not any(str(v).endswith("-09") and str(v) > "2024" for v in born)


def test_a_day_before_a_holiday_keeps_the_day_told() -> None:
    """ "on the 18th of december, just before christmas": one birth, the 18th."""
    got = reading(date(2026, 1, 6))(
        "she arrived on the 18th of december, just before christmas", {"city": "jinan"}
    )
    assert got[("child.birth_date", 1)] == "2025-12-18"
    assert ("child.birth_date", 2) not in got


def test_just_before_a_holiday_alone_is_its_month() -> None:
    got = reading(date(2026, 1, 6))("she was born just before christmas", {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2025-12"


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("our girl came on the 14th of the month before last", "2025-06-14"),
        ("he was born on the 2nd of the month before last", "2025-06-02"),
    ],
)
def test_a_day_of_the_month_before_last(text: str, born: str) -> None:
    assert said(text, {"city": "jinan"})[("child.birth_date", 1)] == born


@pytest.mark.parametrize(
    "text",
    ["4. 13, 10, 6 and a newborn of 12 days", "4 of them. 13, 10, 6 and a baby of 12 days"],
)
def test_a_list_of_ages_closed_by_a_newborn(text: str) -> None:
    """An answer listing ages, the last a newborn whose age in days is told after it."""
    got = said(text, {"city": "jinan"}, "children")
    assert got[("child_count", None)] == 4
    assert got[("child.birth_date", 1)] == "2012-02"
    assert got[("child.birth_date", 4)] == "2025-07-24"


@pytest.mark.parametrize(
    "text", ["twins born 6 weeks ago, plus a 3 yo", "twin girls 8 months old, plus a 4 year old"]
)
def test_twins_plus_one_more_are_three(text: str) -> None:
    """The twins and one more child listed with them: three children."""
    assert said(text, {"city": "beijing"})[("child_count", None)] == 3


def test_twins_plus_a_relation_are_counted() -> None:
    """ "plus our daughter": the one child told beside the twins, counted with them
    (tests/corpus/README.md: a single child and a multiple birth, in either order)."""
    got = said("a pair of boys born last tuesday plus our daughter she is 4", {})
    assert got[("child_count", None)] == 3


@pytest.mark.parametrize(
    "text",
    [
        "we get dibao these days. at our sons birth we got nothing like that. hes 2",
        "we're on dibao now. at our daughter's birth we had nothing, she's 1",
    ],
)
def test_the_one_childs_own_birth_named(text: str) -> None:
    """ "at our son's birth" of the one child told: that child's birth, not every birth."""
    got = said(text, {"city": "jinan"})
    assert got[("child.hardship_at_birth", 1)] is False
    assert ("hardship_at_birth", None) not in got
    assert got[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "i was getting jobless benefit at my son's birth, stopped in the summer",
        "on jobless benefit at the birth of my son, it ended in may",
    ],
)
def test_jobless_benefit_at_the_known_childs_birth(text: str) -> None:
    got = said(text, {"city": "beijing", "children": [{"birth_date": "2025-03"}]})
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("hardship_now", None)] is False


def test_aint_is_a_negation() -> None:
    assert said("we aint on dibao now", {"city": "jinan"})[("hardship_now", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "my baby is 6 months, she gets 600 right? shes our 2nd",
        "the baby is 6 months old, he's our second",
    ],
)
def test_the_new_child_said_to_be_the_second_moves_no_known_one(text: str) -> None:
    """ "she's our 2nd" of the baby told here, one child known: the baby is the second, the
    known eldest keeps its date."""
    got = said(text, {"city": "jinan", "children": [{"birth_date": "2020-02"}]})
    assert got[("child.birth_date", 2)] == "2025-02"
    assert ("child.birth_date", 1) not in got


def test_a_known_child_said_wrongly_ordered_still_moves() -> None:
    """ "sorry, she's our second": the known child was the second."""
    got = said(
        "sorry, she's our second", {"city": "jinan", "children": [{"birth_date": "2023-02"}]}
    )
    assert got[("child.birth_date", 2)] == "2023-02"


@pytest.mark.parametrize(
    "text", ["any extra money for twins in beijing", "any subsidy for a third child in jinan"]
)
def test_a_measure_asked_after_with_any_names_no_home_city(text: str) -> None:
    assert ("city", None) not in said(text, {})


def test_a_city_said_of_the_family_before_the_any_question() -> None:
    got = said("we live in beijing, any extra money for twins", {})
    assert got[("city", None)] == "beijing"


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("last december we had the baby, the 29th, at the provincial maternity hosp", "2024-12-29"),
        ("born in march 2024, the 5th", "2024-03-05"),
    ],
)
def test_the_day_told_after_the_month(text: str, born: str) -> None:
    """The day said a few words after its month, in a clause of its own: a full date."""
    assert reading(date(2025, 1, 8))(text, {"city": "jinan"})[("child.birth_date", 1)] == born


def test_a_later_ordinal_that_is_no_day_keeps_the_month() -> None:
    got = reading(date(2025, 1, 8))("last december we had the baby, the 2nd time for us", {})
    assert got[("child.birth_date", 1)] == "2024-12"


@pytest.mark.parametrize(
    "text",
    [
        "my eldest grandson is 1m3 already, the other one is 2 and a half",
        "the eldest is 1m3, the other one is 2 and a half",
    ],
)
def test_the_other_one_is_the_second_child(text: str) -> None:
    assert said(text, {"city": "jinan"})[("child.birth_date", 2)] == "2023-02"


@pytest.mark.parametrize(
    "text",
    [
        "3 grandkids, twin boys 2 and a half and their sister 7",
        "twins of 2 and a half and their brother 7",
    ],
)
def test_the_twins_sibling_told_by_their(text: str) -> None:
    """ "their sister 7": the twins' elder sibling, the first child."""
    got = said(text, {"city": "beijing"})
    assert got[("child.birth_date", 1)] == "2018-02"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2023-02"


@pytest.mark.parametrize(
    "text", ["my wife gave birth last wed, twins!! both healthy", "twins born 2 weeks ago"]
)
def test_twins_born_of_the_first_pregnancy_known_are_two_children(text: str) -> None:
    """Twins born of the pregnancy known as the family's first: two children."""
    got = said(text, {"city": "jinan", "children": [{"due_date": "2025-08"}]})
    assert got[("child_count", None)] == 2


def test_twins_born_after_a_known_child_give_no_count_alone() -> None:
    got = said("twins born yesterday", {"city": "jinan", "children": [{"birth_date": "2020-01"}]})
    assert ("child_count", None) not in got
