"""English messages of batch 54 and others like them: children's ages listed with "one" for each
child and "the other" after it ("two kids - one almost 2, one 3 months", "ones almost 2, the
others 6 wks": each child's age, no child aged 1), a child told beside twins then "that's all of
them" (the child and the twins: 3), the hukou denied right after its word ("hukou's not in
beijing tho"), one payer of the fund beside a partner who "has none" (1, not 0), twins or a baby
supposed of a mother named by a noun ("if my wife has twins next year are both covered"), and May
given as a due date with a hedge after it ("end of may i think", not "may" the verb): the
household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
BEIJING = {"city": "beijing"}
facts = facts_on(date(2026, 11, 11))


def births(got: set[tuple[str, int | None, object, str]]) -> dict[int | None, str]:
    """The birth dates a reading gives, by birth order."""
    return {child: str(value) for fact, child, value, _ in got if fact == "child.birth_date"}


def count(got: set[tuple[str, int | None, object, str]]) -> object:
    """The number of children a reading gives, or None."""
    return next((value for fact, _, value, _ in got if fact == "child_count"), None)


# "two kids - one almost 2, one 3 months": "one" opens each child's age; it is that child, not a
# child aged 1, and "the other" after it is the other child, with or without a verb.
@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("two kids - one almost 2, one 3 months", {1: "2024-12", 2: "2026-08"}),
        ("my two grandsons: ones almost 2, the others 6 wks", {1: "2024-12", 2: "2026-09-30"}),
        ("my two grandsons: one's almost 2, the other's 6 wks", {1: "2024-12", 2: "2026-09-30"}),
        ("2 kids one is 9 one is 4", {1: "2017-05", 2: "2022-05"}),
        ("two kids, one is 9, one is 4", {1: "2017-05", 2: "2022-05"}),
        ("2 kids: one is 5, the other 2", {1: "2021-05", 2: "2024-05"}),
        ("two kids, one 5 and the other 2", {1: "2021-05", 2: "2024-05"}),
        ("two girls, one 4 and one 8 months", {1: "2022-05", 2: "2026-03"}),
        ("3 kids, one 10, one 7, one 5 weeks", {1: "2016-05", 2: "2019-05", 3: "2026-10-07"}),
        ("two boys one nearly 3 the other 5 months", {1: "2023-12", 2: "2026-06"}),
        ("two kids, ones 6 the others 3", {1: "2020-05", 2: "2023-05"}),
        ("two grandkids, one 7 one 3", {1: "2019-05", 2: "2023-05"}),
        ("we have 2 children, one aged 6 and one aged 18 months", {1: "2020-05", 2: "2025-05"}),
    ],
)
def test_one_and_the_other_before_their_ages(text: str, ages: dict[int, str]) -> None:
    got = facts(text, JINAN)
    assert births(got) == ages
    assert count(got) == len(ages)


def test_the_others_before_several_ages_are_still_the_rest() -> None:
    got = facts("3 kids: one is 10, the others 7 and 5", JINAN)
    assert births(got) == {1: "2016-05", 2: "2019-05", 3: "2021-05"}


# "7yo girl then twin boys who are three and a half, thats all of them": the child told with its
# own age beside the twins is one of all the children said: the count is 3, not the twins' 2.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("7yo girl then twin boys who are three and a half, thats all of them", 3),
        ("7yo girl then twin boys who are 3, that's it", 3),
        ("7yo girl then twin boys who are 3 - that's all of them", 3),
        ("7yo girl then twin boys who are 3, that's the lot", 3),
        ("7yo girl then twin boys who are 3 and that's all our kids", 3),
        ("a boy of 9 and twin girls aged 2, thats it", 3),
        ("twins aged 4 and a baby girl 5 months old, no more", 3),
        ("twin girls of 2, our first and only", 2),
        ("twin boys 3 months old, that's it", 2),
    ],
)
def test_a_child_beside_the_twins_then_all_of_them(text: str, counted: int) -> None:
    assert count(facts(text, BEIJING)) == counted


# "hukou's not in beijing tho": the hukou denied right after its word, with "'s", "still" or no
# apostrophe; "hukou's not an issue" denies nothing.
@pytest.mark.parametrize(
    "text",
    [
        "my wife gave birth yesterday, our second. hukou's not in beijing tho, we're from henan",
        "hukou's not in beijing",
        "our hukou's not beijing",
        "hukou's still not in beijing",
        "hukou's not here, we're from henan",
        "hukous not in beijing",
        "the hukou's not a beijing one",
    ],
)
def test_hukou_denied_after_its_word(text: str) -> None:
    got = facts(text, BEIJING)
    assert ("hukou_in_city", None, False, "statement") in got


def test_hukou_not_an_issue_denies_no_hukou() -> None:
    got = facts("hukou is not a problem, we have beijing hukou", BEIJING)
    assert ("hukou_in_city", None, True, "statement") in got


# "been paying gongjijin 4 yrs, just me, my wife has none": "none" said of one person is that
# one's, not the family's: one payer.
@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("been paying gongjijin 4 yrs, just me, my wife has none", 1),
        ("been paying gongjijin for 4 years, only me, my wife has none", 1),
        ("i pay into the housing fund, my wife has none", 1),
        ("gongjijin 6 yrs, just me. husband has none", 1),
        ("just my husband pays gongjijin, i've got none", 1),
        ("my husband pays gongjijin, i have none", 1),
        ("i pay gongjijin, husband has none", 1),
        ("housing fund: we have none", 0),
        ("gongjijin? none", 0),
    ],
)
def test_one_payer_beside_one_with_none(text: str, payers: int) -> None:
    got = facts(text, JINAN)
    assert ("housing_fund_contributors", None, payers, "statement") in got


# "if my wife has twins next year are both covered": a birth supposed of a mother named by a noun
# (my wife, the wife, my daughter-in-law) is a due date put as a question, one per child.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("if my wife has twins next year are both covered", {2: 2025, 3: 2025}),
        ("if my daughter has twins next year do both get the 600", {2: 2025, 3: 2025}),
        ("if the wife has twins next year are they both covered", {2: 2025, 3: 2025}),
        (
            "if my daughter-in-law has triplets next year do all 3 get it",
            {2: 2025, 3: 2025, 4: 2025},
        ),
        ("if our daughter has twins in 2026 would both get the subsidy", {2: 2026, 3: 2026}),
        ("if my wife has a baby next year is it covered", {2: 2025}),
        ("if my daughter has another baby in 2026 does it get the 600", {2: 2026}),
    ],
)
def test_births_supposed_of_a_mother_named_by_a_noun(text: str, due: dict[int, int]) -> None:
    got = facts(text, family("2022-01"), date(2024, 9, 12))
    supposed = {c: v for f, c, v, k in got if f == "child.due_date" and k == "question"}
    assert supposed == {c: str(y) for c, y in due.items()}


# "end of may i think": May with the part of the month, or with a hedge after it, is the month
# the baby is due, not "may" the verb ("may i ask …" stays a verb).
EXPECTING = {"city": "jinan", "children": [{"birth_date": "2021-08"}, {"due_date": None}]}


@pytest.mark.parametrize(
    "text",
    [
        "end of may i think",
        "may i think",
        "late may i think",
        "around may i think",
        "end of may probably",
        "early may i guess",
        "mid may maybe",
        "the end of may i reckon",
    ],
)
def test_may_as_the_due_month_with_a_hedge(text: str) -> None:
    got = facts(text, EXPECTING, date(2024, 2, 7), "due_date")
    assert got == {("child.due_date", 2, "2024-05", "statement")}


@pytest.mark.parametrize("text", ["may i ask when the subsidy starts", "may i think about it"])
def test_may_the_verb_is_no_due_month(text: str) -> None:
    assert facts(text, EXPECTING, date(2024, 2, 7), "due_date") == set()
