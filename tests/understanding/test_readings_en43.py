"""Hardship at each birth told in English by time, order and kinship words; benefits starting or
ending between births; now-only statements; answers; durations and named days of other things:
a household, what the citizen wrote, and the facts the assistant takes from it (the wordings of
corpus batch en_43 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading, reading_kinds

TODAY = date(2026, 3, 5)
said = reading(TODAY)
NO_CHILD = {"city": "jinan"}
ONE_KID = {"city": "jinan", "children": kids("2024-04")}
TWO_KIDS = {"city": "jinan", "children": kids("2018-07", "2022-07")}
THREE_KIDS = {"city": "jinan", "children": kids("2019-02", "2022-02", "2025-06")}


# README: the birth of a family's only child named by a kinship word ("when our son was born",
# "grandson born 2023, | his mum was on tekun then") is that child's; named by the baby, a
# pronoun or the act it is the birth's.
@pytest.mark.parametrize(
    ("text", "known", "held"),
    [
        ("when our son come along we were on minimum living allowance", NO_CHILD, True),
        ("when my daughter came along we had dibao", NO_CHILD, True),
        ("when our grandson arrived the family was on tekun", NO_CHILD, True),
        ("when my granddaughter was born her dad was getting shiyejin", ONE_KID, True),
        ("when my grandson came into the world my son got the unemployment money", NO_CHILD, True),
        ("grandson born 2023, his mum was on tekun then", NO_CHILD, True),
        ("my daughter born 2021, at that time i was laid off and getting shiyejin", NO_CHILD, True),
        ("our boy born 2022, we had no dibao at that time", NO_CHILD, False),
        ("at my son's birth we were getting dibao", ONE_KID, True),
        ("the grandkid born 2025 during our dibao time", NO_CHILD, True),
    ],
)
def test_the_only_childs_birth_by_kinship_word(text: str, known: dict, held: bool) -> None:
    got = said(text, known)
    assert at_births(got) == {1: held}
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "known", "held"),
    [
        (
            "my grandson 2 and half, when he was born his parents got the minimum allowance",
            {},
            True,
        ),
        ("our daughter is 3. we had dibao when the baby came", NO_CHILD, True),
        ("she came into world without any dibao or tekun", ONE_KID, False),
        ("he came along while we were on tekun", ONE_KID, True),
        ("still on tekun, same as when baby born", ONE_KID, True),
        ("on dibao now, just like when the baby was born", ONE_KID, True),
    ],
)
def test_the_birth_by_the_baby_or_a_pronoun(text: str, known: dict, held: bool) -> None:
    got = said(text, known)
    assert got.get(("hardship_at_birth", None)) is held
    assert at_births(got) == {}


# Asked about the births, a kinship word still names the child.
def test_kinship_word_in_an_answer() -> None:
    got = said(
        "we were on unemployment benefit when our daughter was born", ONE_KID, "hardship_at_birth"
    )
    assert at_births(got) == {1: True}


# The benefit stopped, its subject left out or told as over: not held now.
@pytest.mark.parametrize(
    "text",
    [
        "got tekun for 2 yrs, cut in april",
        "had shiyejin half a year, ended in may",
        "dibao is over now",
        "we were on dibao since 2022, stopped last month",
        "the tekun was over by new year",
    ],
)
def test_a_stop_told_short(text: str) -> None:
    assert said(text, ONE_KID).get(("hardship_now", None)) is False


# "by then" is the time of the birth just told, no word of now.
@pytest.mark.parametrize(
    "text",
    [
        "laoda born when we had tekun, laoer no, by then husband found job",
        "the eldest was born on dibao, the second no, by that time we both worked",
    ],
)
def test_by_then_is_the_births_time(text: str) -> None:
    got = said(text, TWO_KIDS)
    assert at_births(got) == {1: True, 2: False}
    assert ("hardship_now", None) not in got


# The benefit elided in the second half ("with the second we did").
@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("with the first we didnt have dibao, with the second we did", {1: False, 2: True}),
        ("for laoda we had no tekun, for laoer we did", {1: False, 2: True}),
        ("with the first we had dibao, with the second we didn't", {1: True, 2: False}),
    ],
)
def test_the_benefit_elided(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, TWO_KIDS, "hardship_at_birth")) == births


# The benefit began after a birth: none at that birth.
@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "after our eldest born we start getting dibao, so laoer's birth we were on it",
            {1: False, 2: True},
        ),
        (
            "after the first one came we went on tekun, the second was born on it",
            {1: False, 2: True},
        ),
    ],
)
def test_started_after_a_birth(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, TWO_KIDS)) == births


# A part framing a birth, then the benefit alone: that birth's answer.
@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("for our third, tekun. first two no", {3: True, 1: False, 2: False}),
        ("for the second one, dibao. the eldest no", {2: True, 1: False}),
    ],
)
def test_a_framed_birth_then_the_benefit(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, THREE_KIDS, "hardship_at_birth")) == births


# Births named by the possessive alone, and a bare "and now".
def test_births_by_the_possessive_and_now() -> None:
    got = said(
        "laosan born last thursday, we on dibao for his birth and laoer's, not for laoda's",
        TWO_KIDS,
    )
    assert at_births(got) == {3: True, 2: True, 1: False}
    got = said("dibao at laoer's birth and now", TWO_KIDS)
    assert at_births(got) == {2: True}
    assert got[("hardship_now", None)] is True
    got = said("tekun at the eldest's birth and still now", TWO_KIDS)
    assert got[("hardship_now", None)] is True


# Approved "just in time" / "2 weeks before" a birth told: at that birth, no word of now.
@pytest.mark.parametrize(
    "text",
    [
        "laoer came last month, dibao got approved just in time, 2 weeks before",
        "our second arrived in january, tekun was approved 2 weeks before",
    ],
)
def test_approved_in_time_for_a_birth(text: str) -> None:
    got = said(text, ONE_KID)
    assert at_births(got) == {2: True}
    assert ("hardship_now", None) not in got


# Every birth named by "none of the births".
@pytest.mark.parametrize(
    "text",
    ["laoda and laoer, 2 kids, none of the births had dibao", "neither of our births had tekun"],
)
def test_none_of_the_births(text: str) -> None:
    got = said(text, NO_CHILD)
    assert got[("hardship_at_birth", None)] is False
    assert ("hardship_now", None) not in got


# A benefit's years told first: births before and inside them.
def test_years_first_then_the_benefit() -> None:
    known = {"city": "jinan", "children": kids("2018", "2021")}
    got = said(
        "from 2019 to 2022 we had dibao. laoda born 2018 before that, laoer born 2021 in it", known
    )
    assert at_births(got) == {1: False, 2: True}
    assert ("hardship_now", None) not in got
    got = said("2016 to 2020 on tekun, kids born 2018 and 2021", NO_CHILD)
    assert at_births(got) == {1: True, 2: False}


# Named days of other things (an approval, a letter, "today still") are no birth's day.
@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("we had no dibao at the birth, it only got approved yesterday", ONE_KID),
        (
            "dibao approved just now, letter came yesterday",
            {"city": "jinan", "children": [{"due_date": "2026-07"}]},
        ),
        ("tekun household when the baby arrived, and today still", ONE_KID),
        ("the money arrived today, we are on dibao since january", ONE_KID),
    ],
)
def test_named_days_of_other_things(text: str, known: dict) -> None:
    got = said(text, known)
    assert not any(fact == "child.birth_date" for fact, _ in got)


# An age told after a kinship word with the verb left out: "kid 2", "our son 4 now".
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("hukou still in anhui, kid 2, we had dibao back in anhui when she was born", "2023-09"),
        ("our son 4 now, on dibao", "2021-09"),
        ("my granddaughter 3 already", "2022-09"),
    ],
)
def test_an_age_after_a_kinship_word(text: str, born: str) -> None:
    assert str(said(text, NO_CHILD)[("child.birth_date", 1)]) == born


# A choice the rules make, asked: no fact of the family's.
@pytest.mark.parametrize(
    "text",
    [
        "dibao has to be at time of birth or at time we apply?",
        "does it count at the birth or when we apply?",
        "tekun must be at the birth or now?",
    ],
)
def test_a_rule_choice_asked(text: str) -> None:
    assert said(text, NO_CHILD) == {}


# English written by Chinese speakers: present-tense stops, "have" for the benefit, a start told
# before "after", a birth told as "come out", "born into a dibao family".
@pytest.mark.parametrize(
    "text", ["dibao stop last year", "tekun finish in march", "shiyejin end already"]
)
def test_a_stop_in_the_present_tense(text: str) -> None:
    assert said(text, ONE_KID).get(("hardship_now", None)) is False


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("for laoda no dibao, for laoer have", {1: False, 2: True}),
        ("dibao start after laoda born, so laoer birth have dibao", {1: False, 2: True}),
    ],
)
def test_chinese_english_births(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, TWO_KIDS)) == births


@pytest.mark.parametrize(
    ("text", "known", "held"),
    [
        ("dibao approved 1 month after the baby born", ONE_KID, False),
        ("both births no dibao", TWO_KIDS, False),
        ("baby was born into a dibao family", ONE_KID, True),
    ],
)
def test_the_birth_in_chinese_english(text: str, known: dict, held: bool) -> None:
    got = said(text, known)
    assert got[("hardship_at_birth", None)] is held
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "our daughter come out in 2022, we was on dibao that time",
        "when my daughter give birth to my grandson they were on dibao",
        "granddaughter came in 2023, her dad on shiyejin then",
    ],
)
def test_the_only_childs_birth_in_chinese_english(text: str) -> None:
    assert at_births(said(text, NO_CHILD)) == {1: True}


# A birth asked about with "will" is a birth to come: the known due month, no birth date.
@pytest.mark.parametrize(
    "text",
    [
        "we applied for dibao in march, will it count for the birth in may?",
        "will we get it at the birth in may if dibao comes through?",
    ],
)
def test_a_birth_to_come_asked_with_will(text: str) -> None:
    known = {"city": "jinan", "children": [{"due_date": "2026-05"}]}
    got = reading(date(2026, 4, 2))(text, known)
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert ("child.due_date", 2) not in got


# "not on dibao now, that was last year": the known benefit put right; the year is the benefit's.
@pytest.mark.parametrize(
    "text", ["not on dibao now, that was last year", "no tekun now, that was back in 2024"]
)
def test_a_benefit_put_right_by_its_past_time(text: str) -> None:
    known = {"city": "jinan", "hardship_now": True, "children": kids("2024-08")}
    got = reading_kinds(TODAY)(text, known)
    assert got == {("hardship_now", None): (False, "correction")}


# The benefit elided after "now": "no dibao that time, now we have".
@pytest.mark.parametrize(
    "text",
    ["our son born 2020, no dibao that time, now we have", "at the birth no tekun, but now we do"],
)
def test_now_with_the_benefit_elided(text: str) -> None:
    assert said(text, NO_CHILD).get(("hardship_now", None)) is True
