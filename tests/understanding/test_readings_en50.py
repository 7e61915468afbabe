"""English messages of batch 50 and others like them: a child called "lad" or "lass" after an
order word and before a bare age ("eldest lad 8"), a grandparent writing of "my daughter's kids"
as one child and a pair of twins, the children born said as "have one already" beside a pregnancy,
the fund's payers listed without commas ("me wife and my dad all pay in") or named in the clause
after the paying ("been paying gongjijin 5 yrs, me and my husband"), every child told said to be
under a height ("theyre all under 1.3m"), "pregnant again" after a baby of some months, "another
one" of an age beside children dated years before, a "1st" home, a height naming a rule ("the
1.3m free ride thing") and a due date asked "instead of" the known one: the household, what the
citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
facts = facts_on(date(2024, 7, 25))


# "eldest lad 8", "our lass is 5": lad and lass are a boy and a girl, the age after them theirs.
@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("eldest lad 8, twin sisters just turned two", 1, "2016-01"),
        ("oldest lad 8", 1, "2016-01"),
        ("our eldest lass is 6", 1, "2018-01"),
        ("youngest lad 3, eldest lass 9", 1, "2015-01"),
        ("youngest lad 3, eldest lass 9", 2, "2021-01"),
        ("the lad is 4", 1, "2020-01"),
        ("my little lass 2 and a half", 1, "2022-01"),
    ],
)
def test_a_lad_or_lass_is_a_child_of_the_age_after(text: str, order: int, born: str) -> None:
    assert ("child.birth_date", order, born, "statement") in facts(text, JINAN)


def test_the_eldest_lad_beside_twins_counts_three() -> None:
    got = facts("eldest lad 8, twin sisters just turned two", JINAN)
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 2, "2022-07", "statement") in got


# "grandma here, i look after my daughters kids: boy 6, twin girls 2 and a half": the writer a
# grandparent, the daughter the children's mother; the boy and the twins are three children.
@pytest.mark.parametrize(
    "text",
    [
        "grandma here, i look after my daughters kids: boy 6, twin girls 2 and a half",
        "grandpa here, my sons kids: girl 6 and twin boys 2",
        "im their grandma, i mind my daughter's children, a boy of 6 and twin girls of 2",
        "grandma writing for my son's kids - boy 6, twins 2",
        "as their grandpa i look after my daughters kids, boy is 6 and the twins are 2",
    ],
)
def test_a_grandparents_one_and_twins_are_three(text: str) -> None:
    got = facts(text, JINAN)
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 1, "2018-01", "statement") in got


# "have one already, hes 2": the children born said with "already", beside a pregnancy told
# before; the pregnancy is the next child.
@pytest.mark.parametrize(
    ("text", "count", "due_order"),
    [
        ("im 6 months pregnant, do we need to register? have one already, hes 2", 1, 2),
        ("im 6 months pregnant. have one already, shes 3", 1, 2),
        ("6 months pregnant, already have one, hes 2", 1, 2),
        ("im 6 months pregnant, got two already, 5 and 3", 2, 3),
        ("6 months along and have 2 already", 2, 3),
    ],
)
def test_children_had_already_beside_a_pregnancy(text: str, count: int, due_order: int) -> None:
    got = facts(text, JINAN, date(2024, 4, 9))
    assert ("child_count", None, count, "statement") in got
    assert ("child.due_date", due_order, "2024-07", "statement") in got


def test_have_one_already_alone_is_the_one_child() -> None:
    got = facts("have one already, hes 2", JINAN, date(2024, 4, 9))
    assert got == {
        ("child_count", None, 1, "statement"),
        ("child.birth_date", 1, "2021-10", "statement"),
    }


def test_a_question_had_already_is_no_child() -> None:
    got = facts("have a question already answered, whats the 600 for", JINAN, date(2024, 4, 9))
    assert not any(f[0] == "child_count" for f in got)


# "me wife and my dad all pay in": the payers listed with a bare space between the first two.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("buying our 1st home this yr, using fund loan, me wife and my dad all pay in", 3),
        ("me wife and my dad all pay in", 3),
        ("me my wife and my mum all pay gongjijin", 3),
        ("me husband and his mum all pay into the fund", 3),
        ("me wife all pay gongjijin", 2),
    ],
)
def test_payers_listed_without_commas(text: str, count: int) -> None:
    got = facts(text, family("2022-12"), date(2025, 5, 13))
    assert ("housing_fund_contributors", None, count, "statement") in got


# "been paying gongjijin 5 yrs, me and my husband": who pays named in the clause after.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("been paying gongjijin 5 yrs, me and my husband", 2),
        ("paying gongjijin for years, me and my wife", 2),
        ("we pay into the housing fund, me, my wife and her dad", 3),
        ("gongjijin paid for 3 years now - me and hubby", 2),
        ("been paying the fund since 2019, my husband, me and his mum", 3),
    ],
)
def test_payers_named_after_the_paying(text: str, count: int) -> None:
    got = facts(text, family("2023-07"), date(2024, 10, 2))
    assert ("housing_fund_contributors", None, count, "statement") in got


def test_payers_named_after_a_fund_not_paid_are_none() -> None:
    got = facts("we dont pay gongjijin, me and my husband", family("2023-07"), date(2024, 10, 2))
    assert ("housing_fund_contributors", None, 2, "statement") not in got


# "the twins just turned 3, their sis is 10 months, and theyre all under 1.3m": every child told
# in the message is under the height.
@pytest.mark.parametrize(
    ("text", "orders"),
    [
        (
            "the twins just turned 3, their sis is 10 months, and theyre all under 1.3m lol",
            [1, 2, 3],
        ),
        ("my 2 kids, 5 and 3 yrs, both under 1.3m, subway free?", [1, 2]),
        ("my boy is 5 and my girl 3, theyre both under 1.3m", [1, 2]),
        ("son 6, daughter 4, baby 1, all under 1.3m", [1, 2, 3]),
        ("boy 7 and girl 4 - they are all below 1.3 m", [1, 2]),
    ],
)
def test_every_child_told_under_a_height(text: str, orders: list[int]) -> None:
    got = facts(text, {}, date(2026, 11, 19))
    for order in orders:
        assert ("child.height_below_cm", order, 130, "statement") in got


def test_both_twins_under_a_height_beside_an_elder_are_the_twins() -> None:
    got = facts("eldest is 9, the twins are 3 and both under 1.3m", {}, date(2026, 11, 19))
    assert ("child.height_below_cm", 1, 130, "statement") not in got


# "daughter 10 months, and im pregnant again, about 2 months": "again" (or "another", "once more")
# after "pregnant" makes the pregnancy one more child; the months before it are the baby's age.
@pytest.mark.parametrize(
    ("text", "ages", "due"),
    [
        (
            "son 3 and a half, daughter 10 months, and im pregnant again, about 2 months",
            ["2022-02", "2024-10"],
            "2026-03",
        ),
        ("daughter 10 months, pregnant again, 2 months", ["2024-10"], "2026-03"),
        ("baby 7 months and im pregnant with another, about 2 months", ["2025-01"], "2026-03"),
        ("girl 9 months, pregnant once more, 3 months", ["2024-11"], "2026-02"),
        ("our boy is 8 months and i am pregnant again", ["2024-12"], None),
    ],
)
def test_pregnant_again_after_a_baby_of_months(text: str, ages: list[str], due: str | None) -> None:
    got = facts(text, {"city": "beijing"}, date(2025, 8, 28))
    for order, born in enumerate(ages, 1):
        assert ("child.birth_date", order, born, "statement") in got
    assert ("child.due_date", len(ages) + 1, due, "statement") in got


def test_months_of_twins_named_before_pregnant_are_how_far_along() -> None:
    got = facts("twins 8 months, pregnant", {"city": "beijing"}, date(2025, 8, 28))
    assert ("child.due_date", 1, "2025-09", "statement") in got


# "we had twins in '19 and just had another one 3 weeks ago": an age after "another" beside
# children told by a date years before is one more child, not their birth said again.
@pytest.mark.parametrize(
    ("text", "dated", "new"),
    [
        ("we had twins in 2019 and another one 3 weeks ago", ["2019", "2019"], "2026-05-28"),
        ("twins born 2019, then another baby 2 months ago", ["2019", "2019"], "2026-04"),
        ("our son was born in 2020 and we had another one 10 days ago", ["2020"], "2026-06-08"),
        ("daughter born 2018, another one born 5 weeks ago", ["2018"], "2026-05-14"),
        ("twins 2019 and 1 more, 4 months", ["2019", "2019"], "2026-02"),
    ],
)
def test_another_one_of_an_age_beside_children_dated(text: str, dated: list[str], new: str) -> None:
    got = facts(text, JINAN, date(2026, 6, 18))
    for order, year in enumerate(dated, 1):
        assert ("child.birth_date", order, year, "statement") in got
    assert ("child.birth_date", len(dated) + 1, new, "statement") in got


def test_eldest_twins_and_another_one_are_four() -> None:
    text = (
        "my eldest is 12, we had twins in '19 and just had another one 3 weeks ago, so 4 in total"
    )
    got = facts(text, JINAN, date(2026, 6, 18))
    assert ("child.birth_date", 4, "2026-05-28", "statement") in got
    assert ("child_count", None, 4, "statement") in got


# "im 6 months pregnant … have one already, hes 2": the one had already is the child the pronoun's
# age is of, the pregnancy the next.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("im 6 months pregnant, do we need to register? have one already, hes 2", "2021-10"),
        ("im 6 months pregnant, already have one, shes 3", "2020-10"),
        ("6 months pregnant. we have one already, he is 4", "2019-10"),
        ("6 months pregnant, got one already, she's 2 and a half", "2021-10"),
    ],
)
def test_the_one_had_already_is_of_the_age_after(text: str, born: str) -> None:
    got = facts(text, JINAN, date(2024, 4, 9))
    assert ("child.birth_date", 1, born, "statement") in got
    assert ("child.due_date", 2, "2024-07", "statement") in got


# "buying our 1st home this yr": "1st" is "first" for a home as well.
@pytest.mark.parametrize(
    "text",
    [
        "buying our 1st home this yr, using fund loan",
        "we plan to buy our 1st flat next year",
        "saving for our 1st place",
        "looking to buy a 1st home in beijing",
    ],
)
def test_a_1st_home_bought_is_the_first(text: str) -> None:
    got = facts(text, family("2022-12"), date(2025, 5, 13))
    assert ("buying_first_home", None, True, "statement") in got


# "does the 1.3m free ride thing also apply on buses": a height naming a rule ("the 1.2m rule",
# "the 1.3m ticket policy") is the rule's mark, no child's height.
@pytest.mark.parametrize(
    "text",
    [
        "does the 1.3m free ride thing also apply on buses",
        "is the 1.2m rule the same in beijing",
        "does the 1.3 m ticket policy cover trains too",
        "how does the 130cm free ride work",
        "the 1.3m thing, is it for the subway only?",
    ],
)
def test_a_height_naming_a_rule_is_no_childs(text: str) -> None:
    got = facts(text, {}, date(2025, 5, 13))
    assert not any(f[0].startswith("child.height") for f in got)


def test_a_childs_height_beside_the_rule_named_is_read() -> None:
    got = facts("my son is 1.2m, does the free ride rule apply", {}, date(2025, 5, 13))
    assert ("child.height_cm", 1, 120, "statement") in got


# "what if the baby comes in jan next year instead of dec": the date after "instead of" is the one
# replaced, the date put instead is the one asked about.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("what if the baby comes in jan next year instead of dec", "2026-01"),
        ("what if the baby is born in jan next year instead of dec", "2026-01"),
        ("what if shes born on jan 3 instead of dec 28", "2026-01-03"),
        ("what if the baby arrives in january instead of december", "2026-01"),
        (
            "if the baby comes early, in november instead of december, does it change anything",
            "2025-11",
        ),
    ],
)
def test_a_due_date_asked_instead_of_the_known(text: str, due: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2022-01"}, {"due_date": "2025-12"}]}
    assert facts(text, known, date(2025, 8, 28)) == {("child.due_date", 2, due, "question")}
