"""English messages of batch 53 and others like them: the one birth said to be the only one held
on a benefit, in a clause of its own ("the middle one is the only one born while we had
unemployment money", "the only kid we had on dibao was our second": that birth yes, every other
birth of the children known or told no), and the births named by a plural kinship word ("when our
girls were born", "when both boys were born", "at the births of our daughters": each of those
children's births, not "the birth"), and a birth told with its year closed by a bare "then", the
benefit held now said before it ("we're on unemployment benefit now. the kid was born 2022 so
nothing then": no benefit at the birth), the middle child by the bare word before its age ("eldest
13, middle 9, and the little one is 2 mo"), and the elder children's ages listed after "the big
ones" or "the older ones" with no verb ("the baby of the family is 5 now, the big ones 12 and 10"):
the household, what the citizen wrote, and the facts the
assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
facts = facts_on(date(2025, 9, 2))


def hardship_at(got: set[tuple[str, int | None, object, str]]) -> dict[int | None, object]:
    """The benefit at each birth a reading gives, by birth order."""
    return {child: value for fact, child, value, _ in got if fact == "child.hardship_at_birth"}


# "the middle one is the only one born while we had unemployment money": that birth had the
# benefit, the others did not.
@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("the middle one is the only one born while we had unemployment money", 2),
        ("our second is the only one born while we were on dibao", 2),
        ("the eldest was the only one born when we had dibao", 1),
        ("the youngest's the only one born while we were on tekun", 3),
        ("middle kid is the only one born during our dibao years", 2),
        ("our 3rd is the only child born when we got special hardship support", 3),
        ("the only one born while we had dibao was the middle one", 2),
        ("the only kid we had while on unemployment benefit was our second", 2),
        ("our first was the only baby born on dibao", 1),
    ],
)
def test_the_one_birth_said_to_be_the_only_one_on_the_benefit(text: str, picked: int) -> None:
    got = facts(text, family("2017-03", "2019-03", "2023-03"))
    assert hardship_at(got) == {order: order == picked for order in (1, 2, 3)}


# "they're 8, 6 and 2 and a half, the middle one is the only one …": the children told with
# their ages are the births there are, none known.
@pytest.mark.parametrize(
    ("text", "picked"),
    [
        (
            "they're 8, 6 and 2 and a half, the middle one is the only one born while we had "
            "unemployment money",
            2,
        ),
        ("kids are 9, 5 and 1, the youngest is the only one we had while on dibao", 3),
        ("our kids are 7 and 3. the eldest is the only one born while we were on dibao", 1),
        ("kids 10, 6 and 4 - the middle one was the only one born when we had tekun", 2),
    ],
)
def test_the_only_one_among_children_told_by_their_ages(text: str, picked: int) -> None:
    got = hardship_at(facts(text, JINAN))
    assert got[picked] is True
    assert all(value is False for order, value in got.items() if order != picked)
    assert len(got) >= 2


# "we had special hardship support when our girls were born": the births named by a plural
# kinship word are those children's, each its own answer.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("we had special hardship support when our girls were born, none now", True),
        ("we had dibao when our boys were born", True),
        ("we were on unemployment benefit when my sons were born", True),
        ("we had dibao when the girls were born", True),
        ("when my two girls were born we got dibao", True),
        ("we got dibao when both boys were born", True),
        ("no dibao when our daughters were born", False),
        ("on tekun at the births of our daughters", True),
        ("we were on dibao when i had the girls", True),
        ("both our boys were born while we were on dibao", True),
        ("our girls were born when we had unemployment money", True),
        ("dibao for both our girls' births", True),
        ("we werent on dibao when the boys were born", False),
    ],
)
def test_births_named_by_a_plural_kinship_word_are_those_childrens(text: str, held: bool) -> None:
    got = facts(text, {"city": "beijing", "children": [{"birth_date": 2020}, {"birth_date": 2023}]})
    assert hardship_at(got) == {1: held, 2: held}
    assert not any(f[0] == "hardship_at_birth" for f in got)


# "when the kids were born": 孩子, "the kids", names no child; that is "the birth" (README).
@pytest.mark.parametrize(
    "text",
    ["we had dibao when the kids were born", "we had dibao when our children were born"],
)
def test_births_of_the_kids_are_every_birth(text: str) -> None:
    got = facts(text, family("2020", "2023"))
    assert ("hardship_at_birth", None, True, "statement") in got
    assert hardship_at(got) == {}


def test_the_one_girl_of_two_is_no_plural() -> None:
    got = facts("we had dibao when our girl was born", family("2020", "2023"))
    assert hardship_at(got) == {}


# "we're on unemployment benefit now. the kid was born 2022 so nothing then": a bare "then" closing
# the clause that tells the birth is that birth's time, set against now.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "hubby lost his job in spring, we're on unemployment benefit now. the kid was born "
            "2022 so nothing then",
            False,
        ),
        ("we're on dibao now. the kid was born in 2022 so nothing then", False),
        ("we're on dibao now. the kid was born 2022 so no dibao then", False),
        ("we're on dibao now. the kid was born in march 2022 so nothing then.", False),
        ("we're on dibao now. the baby came in 2022 and we had nothing then", False),
        (
            "on unemployment benefit since this summer, the baby arrived in 2022 so we weren't "
            "on it then",
            False,
        ),
        ("we're on dibao now. the kid was born in 2022 and we were on it then too", True),
    ],
)
def test_a_birth_closed_by_then_after_the_benefit_now(text: str, held: bool) -> None:
    got = facts(text, family("2022-03"), date(2024, 11, 20))
    assert ("hardship_now", None, True, "statement") in got
    assert ("hardship_at_birth", None, held, "statement") in got


ages = facts_on(date(2026, 11, 19))


def births(got: set[tuple[str, int | None, object, str]]) -> dict[int | None, object]:
    """The birth dates a reading gives, by birth order."""
    return {child: value for fact, child, value, _ in got if fact == "child.birth_date"}


# "eldest 13, middle 9, and the little one is 2 mo": "middle" alone, an age after it, is the
# second of three.
@pytest.mark.parametrize(
    ("text", "third"),
    [
        ("eldest 13, middle 9, and the little one is 2 mo", "2026-09"),
        ("eldest 13, the middle 9, youngest 2 months", "2026-09"),
        ("eldest 13 middle 9 youngest 2 months", "2026-09"),
        ("the eldest 13, middle 9, little one 2 mo", "2026-09"),
        ("eldest is 13, middle 9 and youngest 4", "2022-05"),
        ("oldest 13, middle 9, youngest 4", "2022-05"),
    ],
)
def test_the_bare_middle_before_an_age(text: str, third: str) -> None:
    assert births(ages(text, {"city": "beijing"})) == {1: "2013-05", 2: "2017-05", 3: third}


# "the baby of the family is 5 now, the big ones 12 and 10": the elder children's ages, listed
# after them with no verb, come before the youngest's.
@pytest.mark.parametrize(
    "text",
    [
        "the baby of the family is 5 now, the big ones 12 and 10",
        "the youngest is 5, the older ones 12 and 10",
        "the little one is 5, the big ones 12 and 10",
        "the big ones 12 and 10 and the little one 5",
        "our youngest is 5 - the older ones 12, 10",
    ],
)
def test_the_elder_ones_ages_listed_with_no_verb(text: str) -> None:
    assert births(ages(text, JINAN)) == {1: "2014-05", 2: "2016-05", 3: "2021-05"}


def test_three_elder_ones_after_the_youngest() -> None:
    got = births(ages("youngest is 2, older ones 9, 7 and 5", JINAN))
    assert got == {1: "2017-05", 2: "2019-05", 3: "2021-05", 4: "2024-05"}
