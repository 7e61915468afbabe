"""English messages of batch 30 (hardship at one birth and not another, now against the birth):
the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading, reading_kinds

TODAY = date(2026, 9, 9)


said = reading(TODAY)


kinds = reading_kinds(TODAY)

TWO = {"city": "jinan", "children": kids("2017-09", "2023-02")}
THREE = {"city": "jinan", "children": kids("2013-10", "2018-05", "2025-07")}


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("the eldest and the youngest yes, middle one no", {1: True, 3: True, 2: False}),
        ("the middle one and the youngest no, the eldest yes", {2: False, 3: False, 1: True}),
        ("first and third yes, second no", {1: True, 3: True, 2: False}),
        ("eldest and youngest yes, the middle no", {1: True, 3: True, 2: False}),
    ],
)
def test_births_named_together_share_the_answer(text: str, answers: dict[int, bool]) -> None:
    """Two births joined by "and" before one yes or no: the answer is for both."""
    got = at_births(said(text, THREE, "hardship_at_birth"))
    assert {k: got.get(k) for k in answers} == answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("the older boy yes, the little girl no", {1: True, 2: False}),
        ("the older girl no, the younger boy yes", {1: False, 2: True}),
    ],
)
def test_older_and_little_name_the_eldest_and_the_youngest(
    text: str, answers: dict[int, bool]
) -> None:
    """ "the older boy" is the eldest, "the little girl" / "the younger boy" the youngest."""
    assert at_births(said(text, TWO, "hardship_at_birth")) == answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("first two no, the third yes we had dibao then", {1: False, 2: False, 3: True}),
        ("first two yes, the third no, we had jobs by then", {1: True, 2: True, 3: False}),
    ],
)
def test_first_two_opening_an_answer(text: str, answers: dict[int, bool]) -> None:
    """ "first two no" opening the reply is the two eldest births."""
    assert at_births(said(text, THREE, "hardship_at_birth")) == answers


@pytest.mark.parametrize(
    "text",
    [
        "dibao got cancelled last month, kid is 5, we're struggling",
        "they cut off our dibao in may",
        "our 失业金 was cancelled, the baby is 4 months",
    ],
)
def test_benefit_cancelled_or_cut_off_is_not_held_now(text: str) -> None:
    assert said(text, {"city": "jinan"})[("hardship_now", None)] is False


def test_a_job_ended_is_no_benefit_ended() -> None:
    """A contract terminated is the job lost; the benefit named after it is held now."""
    got = said(
        "his contract got terminated so he is on unemployment benefit now", {"city": "jinan"}
    )
    assert got[("hardship_now", None)] is True


def test_held_at_the_birth_and_cut_off_since() -> None:
    got = said(
        "we were on dibao when the baby was born but got cut off this summer",
        {"city": "beijing", "children": kids("2022-03")},
    )
    assert got[("hardship_now", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "2020 kid - dibao. 2023 kid - no dibao, wife was working",
        "the 2019 boy yes, the 2024 girl no",
    ],
)
def test_a_year_before_kid_is_no_count(text: str) -> None:
    """ "2020 kid" is the child born in 2020, not twenty children."""
    got = said(text, {"city": "jinan", "children": kids("2020-01", "2023-08")}, None)
    assert ("child_count", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "mornin, sorry i vanished yesterday, the little one had a fever",
        "the little one had a fever yesterday",
        "my son had a bad cough last week, he is 3",
        "孩子昨天发烧了 今天好点",
    ],
)
def test_an_illness_on_a_day_is_no_birth(text: str) -> None:
    got = said(text)
    assert all(
        fact != "child.birth_date" or value != "2026-09-08" for (fact, _), value in got.items()
    )
    assert ("child.birth_date", 1) not in got or got[("child.birth_date", 1)] == "2023-03"


def test_a_baby_had_yesterday_is_still_a_birth() -> None:
    assert said("we had a baby yesterday")[("child.birth_date", 1)] == "2026-09-08"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("both times yes, 特困 both times", True),
        ("both times no", False),
        ("every time yes, dibao", True),
        ("for both births no, we were working", False),
    ],
)
def test_every_birth_then_yes_or_no_confirms(text: str, value: bool) -> None:
    """ "both times yes" answers the question asked: a confirmation for every birth."""
    got = kinds(text, TWO, "hardship_at_birth")
    assert got[("hardship_at_birth", None)] == (value, "confirmation")


def test_not_the_other_birth_after_a_correction() -> None:
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2019-02", "hardship_at_birth": False},
            {"birth_date": "2023-11", "hardship_at_birth": True},
        ],
    }
    got = kinds("wait, it was the 1st birth we had tekun, not the 2nd. mixed them up", known)
    assert got[("child.hardship_at_birth", 1)] == (True, "correction")
    assert got[("child.hardship_at_birth", 2)] == (False, "correction")


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (
            "grandkids: the boy is almost 8, the girl just turned 3. dibao for the girls birth, "
            "not the boys",
            {2: True, 1: False},
        ),
        (
            "our girl is 6 and our boy is 2. we had 失业金 for the boys birth, not the girls",
            {2: True, 1: False},
        ),
    ],
)
def test_a_birth_named_by_sex_without_the_apostrophe(text: str, answers: dict[int, bool]) -> None:
    """ "for the girls birth, not the boys": the girl's birth and the boy's, one of each told."""
    assert at_births(said(text)) == answers


def test_the_date_put_right_is_still_a_date() -> None:
    got = said("the twins were born on the 3rd, not the 2nd", {"city": "jinan"})
    assert not at_births(got)


@pytest.mark.parametrize(
    ("text", "known", "answers"),
    [
        (
            "the one born in 2020 no benefits. this years baby yes we were on dibao",
            kids("2020-09", "2026-02"),
            {1: False, 2: True},
        ),
        ("the 2023 one no, last year's baby yes", kids("2023-04", "2025-06"), {1: False, 2: True}),
    ],
)
def test_a_birth_named_by_this_or_last_year(
    text: str, known: list[dict[str, object]], answers: dict[int, bool]
) -> None:
    """ "this year's baby", "last year's baby": the known child born in that year."""
    got = at_births(said(text, {"city": "jinan", "children": known}, "hardship_at_birth"))
    assert got == answers


@pytest.mark.parametrize(
    ("text", "known", "answers"),
    [
        (
            "my husbands on unemployment again, 2nd time. first time was when our eldest was born",
            kids("2018-02", "2022-06"),
            {1: True},
        ),
        (
            "we're on dibao again. the last time was when the twins were born",
            kids("2018-02", "2022-06", "2022-06"),
            {2: True, 3: True},
        ),
    ],
)
def test_the_first_time_on_a_benefit_was_a_birth(
    text: str, known: list[dict[str, object]], answers: dict[int, bool]
) -> None:
    """On a benefit now "again", the first time "was when" a birth: held at that birth too."""
    got = said(text, {"city": "beijing", "children": known})
    assert at_births(got) == answers
    assert got[("hardship_now", None)] is True


@pytest.mark.parametrize(
    ("text", "order", "cm"),
    [
        ("the girl is 1m1, shes the younger", 2, 110),
        ("the girl is 1m1, she is the younger one", 2, 110),
        ("the boy is 1m3, he's the eldest", 1, 130),
    ],
)
def test_a_pronoun_then_the_order_of_the_child_just_told(text: str, order: int, cm: int) -> None:
    """ "the girl is 1m1, shes the younger": the order said after names the child told before."""
    got = said(text, {"city": "beijing", "children": kids("2018-07", "2022-07")})
    assert got == {("child.height_cm", order): cm}


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("expecting twins, 5 months pregnant, already have a boy", {2, 3}),
        ("5 months pregnant, we already have a girl", {2}),
        ("pregnant again, 5 months, we have a boy already", {2}),
    ],
)
def test_a_pregnancy_after_a_child_said_to_be_had_already(text: str, orders: set[int]) -> None:
    """ "already have a boy": a born child comes before the baby or twins expected."""
    got = said(text, {"city": "jinan"})
    assert {child for (fact, child) in got if fact == "child.due_date"} == orders


@pytest.mark.parametrize(
    ("text", "known", "answers"),
    [
        (
            "in 2022 when our girl was born we had 特困, last year with the boy no",
            kids("2022-05", "2025-10"),
            {1: True, 2: False},
        ),
        (
            "when our son was born in 2024 we were on dibao, with the girl in 2022 we were fine",
            kids("2022-05", "2024-10"),
            {2: True, 1: False},
        ),
    ],
)
def test_a_child_and_a_year_name_the_birth_of_that_year(
    text: str, known: list[dict[str, object]], answers: dict[int, bool]
) -> None:
    """ "last year with the boy no": the one known child born in the year said with it."""
    got = said(text, {"city": "jinan", "children": known})
    assert at_births(got) == answers


@pytest.mark.parametrize(
    "text",
    ["no wait, my son is 1m25, i typed 1m52 lol", "sorry, he is 1m25, i wrote 1m52 by mistake"],
)
def test_the_height_typed_by_mistake_is_no_height(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2018-09", "height_cm": 152}]}
    assert kinds(text, known) == {("child.height_cm", 1): (125, "correction")}


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("my daughter gave birth last friday to her 2nd, she was on dibao both times", 2),
        ("my wife gave birth yesterday to our third, we had dibao every time", 3),
    ],
)
def test_gave_birth_to_her_second_and_on_benefits_both_times(text: str, order: int) -> None:
    """The order after "gave birth … to" is the newborn's; "both times" is every birth."""
    got = said(text)
    assert [child for (fact, child) in got if fact == "child.birth_date"] == [order]
    assert got[("hardship_at_birth", None)] is True
    assert not at_births(got)


@pytest.mark.parametrize(
    "text",
    [
        "we were on dibao when my son was born but got cut off this summer",
        "when our girl was born we had 特困, it stopped last year",
    ],
)
def test_the_one_known_child_named_at_its_birth(text: str) -> None:
    """ "when my son was born" in a family with one known child names that child's birth."""
    got = said(text, {"city": "beijing", "children": kids("2022-03")})
    assert at_births(got) == {1: True}
    assert ("hardship_at_birth", None) not in got
    assert got[("hardship_now", None)] is False


def test_the_birth_asked_about_is_answered_for_every_birth() -> None:
    """Asked about the births, "when our daughter was born" names the one child by a kinship
    word: that child's birth (corpus README, "Children and orders"; relabelled en-1811)."""
    got = kinds(
        "no, we were fine when our daughter was born in 2024",
        {"city": "beijing", "children": kids("2024-03")},
        "hardship_at_birth",
    )
    assert got == {("child.hardship_at_birth", 1): (False, "statement")}
