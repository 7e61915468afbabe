"""English messages of batch 52 and others like them: the ages of the older children told after
a benefit said of one birth ("had our 3rd in october, i was on dibao then, the older two are 8
and 5", with or without the commas: their ages, no yes for their births), grandchildren named by
their parent's possessive ("my daughter's boy is 4 and her girl is 1": the boy and the girl, not
the daughter) with the mother named by a pronoun beside them ("she had dibao when the boy was
born"), the births told as having the kids ("werent when we had the kids"), the proof asked of a
benefit held at the birth ("how do i prove we were on dibao when the baby was born?"), a child by
its order coming in a year asked about ("if our third comes next year"), "the older" and "the
younger" before their heights, a hukou a rule asks for and a question typed short ("does the 600
require jinan hukou?", "hw much is …"), a home owned elsewhere ("we own a place but not in
jinan") and the fund's payers counted by a noun ("2 contributors not 1"): the household, what
the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family, kids

JINAN = {"city": "jinan"}
facts = facts_on(date(2026, 11, 12))


def hardship_at(got: set[tuple[str, int | None, object, str]]) -> dict[int | None, object]:
    """The benefit at each birth a reading gives, by birth order."""
    return {child: value for fact, child, value, _ in got if fact == "child.hardship_at_birth"}


# "had our 3rd in october, i was on dibao then, the older two are 8 and 5": a benefit said of one
# birth, then the older children's ages; the ages are no yes for the older births.
@pytest.mark.parametrize(
    ("text", "newest", "ages"),
    [
        ("had our 3rd in october, i was on dibao then, the older two are 8 and 5", 3, 2),
        ("our third came in october, we were on dibao then, the older ones are 9 and 4", 3, 2),
        ("baby no.3 born in october, on dibao at the time, the older two are 8 and 5", 3, 2),
        ("had our 3rd in october and i was on tekun then, the two older kids are 8 and 5", 3, 2),
        ("had our 3rd in october, was on dibao then, the older two r 8 and 5", 3, 2),
        ("had our 3rd in october, i was on dibao then, older two are 8 and 5 years old", 3, 2),
        ("had our 2nd in june, we were on unemployment benefit then, the first one is 4 now", 2, 1),
        (
            "we had our third in october and i was on dibao at the time. the other two are 8 and 5",
            3,
            2,
        ),
        ("had our third in october on dibao then the older two are 8 and 5", 3, 2),
        ("had our 3rd in oct was on dibao at the time the other two are 8 and 5", 3, 2),
        ("had our 2nd in may on unemployment then the older one is 5", 2, 1),
        ("had our 2nd in may we were on dibao then our eldest is 6", 2, 1),
    ],
)
def test_older_childrens_ages_after_a_benefit_at_one_birth(
    text: str, newest: int, ages: int
) -> None:
    got = facts(text, JINAN)
    assert hardship_at(got) == {newest: True}
    assert sum(1 for f in got if f[0] == "child.birth_date" and f[1] != newest) == ages


# "my daughter's boy is 4 and her girl is 1": the boy and the girl are the grandchildren; the
# benefit at the birth of one of them, "not the other", is each child's own.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "grandma here. my daughter's boy is 4 and her girl is 1. she got unemployment "
            "benefit when the girl was born, not the boy",
            {1: False, 2: True},
        ),
        (
            "grandpa here, my son's girl is 6 and his boy is 2. my son was on dibao when the boy "
            "was born, not the girl",
            {1: False, 2: True},
        ),
        (
            "my daughters boy is 5 and her girl is 2, she had dibao when the boy was born but not "
            "the girl",
            {1: True, 2: False},
        ),
        (
            "my son's little girl is 3 and his boy is 1. they were on tekun when the girl was "
            "born, not the boy",
            {1: True, 2: False},
        ),
        (
            "his son is 5 and his daughter is 2, he was on unemployment when the daughter was "
            "born, not the son",
            {1: False, 2: True},
        ),
    ],
)
def test_a_grandchild_named_by_its_parents_possessive(
    text: str, held: dict[int | None, object]
) -> None:
    assert hardship_at(facts(text, JINAN)) == held


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("my daughter's boy is 4", {1: "2022-05"}),
        ("my daughter's 4 and my son is 1", {1: "2022-05", 2: "2025-05"}),
        ("my daughters kids are 6 and 2", {1: "2020-05", 2: "2024-05"}),
    ],
)
def test_a_parents_possessive_keeps_the_ages(text: str, born: dict[int, str]) -> None:
    got = facts(text, JINAN)
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == born


# "we r on dibao now, werent when we had the kids": the births told by "had the kids", every birth.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("we r on dibao now, werent when we had the kids, does the 200 still apply?", False),
        ("we r on dibao now, werent when we had the kids", False),
        ("we're on dibao now but we were not when we had the kids", False),
        ("we get unemployment benefit now, didnt when we had the kids", False),
        ("on tekun now, not when we had our children", False),
        ("we were on dibao when we had the kids", True),
    ],
)
def test_the_births_told_as_having_the_kids(text: str, held: bool) -> None:
    got = facts(text, family("2020-12", "2025-03"))
    assert ("hardship_at_birth", None, held, "statement") in got
    assert not hardship_at(got)


# "how do i prove we were on dibao when the baby was born?": the benefit held at the birth, its
# proof asked about.
@pytest.mark.parametrize(
    "text",
    [
        "how do i prove we were on dibao when the baby was born? the certificate?",
        "how can we show we were on tekun when the baby was born",
        "how do we prove we got unemployment benefit when the baby was born",
        "how do we prove that we got unemployment benefit when the baby was born",
        "how do i prove i was getting dibao when she gave birth",
    ],
)
def test_the_proof_asked_of_a_benefit_held_at_the_birth(text: str) -> None:
    got = facts(text, family("2025-05"))
    assert got == {("hardship_at_birth", None, True, "statement")}


@pytest.mark.parametrize(
    "text", ["how do we apply for dibao", "how do i show the dibao certificate"]
)
def test_the_benefit_asked_about_is_no_benefit_held(text: str) -> None:
    assert facts(text, family("2025-05")) == set()


# "if our third comes next year will the kid get the 600": a child by its order, coming, put as a
# question: the due year of that child.
@pytest.mark.parametrize(
    ("text", "known", "order", "year"),
    [
        (
            "if our third comes next year will the kid get the 600 yuan",
            ("2017-11", "2022-04"),
            3,
            2025,
        ),
        (
            "if our 3rd comes next year will the kid get the 600 yuan",
            ("2017-11", "2022-04"),
            3,
            2025,
        ),
        ("if our second comes in 2026 will we get the subsidy", ("2022-04",), 2, 2026),
        ("if the third one comes next year do we get 600 a month", ("2017-11", "2022-04"), 3, 2025),
        ("say our 2nd comes in 2025 would he get the 600", ("2022-04",), 2, 2025),
    ],
)
def test_a_child_by_its_order_comes_in_a_year_asked(
    text: str, known: tuple[str, ...], order: int, year: int
) -> None:
    got = facts(text, family(*known), date(2024, 5, 9))
    assert got == {("child.due_date", order, str(year), "question")}


# "the older 1m15 the younger about 90": "the older" and "the younger" before their heights, no
# punctuation between.
@pytest.mark.parametrize(
    "text",
    [
        "the older 1m15 the younger about 90",
        "the older 115 the younger about 90",
        "the older 1m15 the younger around 90cm",
        "the elder 1.15m the younger about 90",
        "the younger 90 the older 1m15",
    ],
)
def test_the_older_and_the_younger_before_their_heights(text: str) -> None:
    got = facts(
        text,
        {"city": "beijing", "children": kids("2019-12", "2023-02")},
        date(2025, 10, 21),
        asked="children.height_cm",
    )
    assert {(f, c, v) for f, c, v, _ in got} == {
        ("child.height_cm", 1, 115),
        ("child.height_cm", 2, 90),
    }


# "does the 600 per month require jinan hukou?": a hukou the rule asks for is not the family's
# city; "hw much is the paternity leave in beijing": a question typed short.
@pytest.mark.parametrize(
    "text",
    [
        "does the 600 per month require jinan hukou?",
        "does the 600 per month require a jinan hukou?",
        "do you need jinan hukou for the 600?",
        "is beijing hukou required for the subsidy?",
        "does the subsidy need beijing hukou?",
        "hw much is the paternity leave in beijing",
        "hw long is maternity leave in jinan",
        "wat is the childcare subsidy in beijing",
    ],
)
def test_a_city_in_a_question_about_the_rules(text: str) -> None:
    assert facts(text, {}, date(2025, 10, 21)) == set()


def test_a_hukou_told_beside_the_rule_asked() -> None:
    got = facts("we have jinan hukou, does the 600 require it?", {}, date(2025, 10, 21))
    assert ("city", None, "jinan", "statement") in got


# "we own a place but not in jinan, its back in my hometown": the home owned is elsewhere.
@pytest.mark.parametrize(
    "text",
    [
        "we own a place but not in jinan, its back in my hometown. we rent here",
        "we own a flat but not in jinan, we rent here",
        "we have a house but its not in jinan",
        "own an apartment back in my hometown, not here in jinan, we rent",
        "we own a place in my hometown, not in jinan",
        "we own a flat. its not here, its in shandong countryside",
    ],
)
def test_a_home_owned_elsewhere(text: str) -> None:
    assert ("owns_home_in_city", None, False, "statement") in facts(text, JINAN, date(2026, 3, 3))


@pytest.mark.parametrize(
    "text", ["we own a place in jinan", "we own a flat, not in the city centre though"]
)
def test_a_home_owned_in_the_city(text: str) -> None:
    assert ("owns_home_in_city", None, True, "statement") in facts(text, JINAN, date(2026, 3, 3))


# "oops we have 2 contributors not 1": the fund's payers counted by a noun.
@pytest.mark.parametrize(
    ("text", "known", "count", "kind"),
    [
        ("oops we have 2 contributors not 1, my wife started paying last yr", 1, 2, "correction"),
        ("2 contributors not 1", 1, 2, "correction"),
        ("sorry its 2 payers not 1", 1, 2, "correction"),
        ("sorry, 3 contributors not 2, my dad pays too", 2, 3, "correction"),
        ("we have 2 contributors", None, 2, "statement"),
        ("we have 2 gongjijin contributors", None, 2, "statement"),
        ("there are 3 fund payers in our family, me, my wife and her dad", None, 3, "statement"),
    ],
)
def test_payers_counted_by_a_noun(text: str, known: int | None, count: int, kind: str) -> None:
    household: dict[str, object] = family("2022-09")
    if known is not None:
        household["housing_fund_contributors"] = known
    got = facts(text, household)
    assert ("housing_fund_contributors", None, count, kind) in got
    assert not any(f[0] == "child_count" for f in got)
