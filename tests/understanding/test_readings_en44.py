"""English messages of batch 44 (multiples beside older or younger children, twins on the way,
counts stated or implied, corrections of a count; ages of several children, heights, kinship
words): the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading, reading_kinds

TODAY = date(2025, 9, 25)  # a Thursday


said = reading(TODAY)
kinds = reading_kinds(TODAY)

ONE_GRANDCHILD = {"city": "jinan", "children": kids("2024-08")}


@pytest.mark.parametrize(
    "text",
    [
        "my son was on unemployment benefit when my grandson was born",
        "when my granddaughter came along they were on dibao",
        "when our grandson arrived the family was on dibao",
        "we were on dibao when our granddaughter showed up",
        "my daughter got tekun when my grandson was born",
    ],
)
def test_a_grandchild_named_at_its_birth_is_that_only_childs(text: str) -> None:
    """ "when my grandson was born": the birth named by a kinship word is the one grandchild's
    (tests/corpus/README.md), not "the birth" of no child named."""
    got = said(text, ONE_GRANDCHILD)
    assert at_births(got) == {1: True}
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    "text", ["when the baby came we were on dibao", "when he was born we were on dibao"]
)
def test_a_birth_named_by_the_baby_or_a_pronoun_stays_the_births(text: str) -> None:
    assert said(text, ONE_GRANDCHILD) == {("hardship_at_birth", None): True}


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("our 2nd and 3rd came together last friday, a boy and a girl", (2, 3)),
        ("our third and fourth were born on sept 1, 2 girls", (3, 4)),
        ("the 2nd and 3rd arrived together on monday, a son and a daughter", (2, 3)),
    ],
)
def test_the_sexes_of_children_named_by_later_orders_count_only_them(
    text: str, orders: tuple[int, int]
) -> None:
    """ "our 2nd and 3rd …, a boy and a girl": the two told, by sex; no count of the family."""
    got = said(text, {"city": "beijing", "children": kids("2017-04", "2019-06")[: orders[0] - 1]})
    assert ("child_count", None) not in got
    assert got[("child.birth_date", orders[0])] == got[("child.birth_date", orders[1])]


@pytest.mark.parametrize("text", ["we have a boy and a girl, the eldest is 5", "we have 2 girls"])
def test_the_sexes_of_the_family_still_count_it(text: str) -> None:
    assert said(text, {"city": "beijing"})[("child_count", None)] == 2


@pytest.mark.parametrize(
    "text",
    [
        "beijing hukou, all three incl the twins",
        "all 3 including the twins have beijing hukou",
        "beijing hukou for all three, counting the twins",
    ],
)
def test_all_three_including_some_counts_the_known_children(text: str) -> None:
    known = {"children": kids("2019-02", "2023-07", "2023-07")}
    assert said(text, known)[("child_count", None)] == 3


@pytest.mark.parametrize(
    ("text", "twins", "other"),
    [
        ("the twins (our 1st and 2nd) are 7, the baby is a 2 month old", (1, 2), 3),
        ("the twins - our 2nd and 3rd - are 4 months, the eldest is 6", (2, 3), 1),
        ("triplets (our 2nd, 3rd and 4th) are 1, big sis is 5", (2, 4), 1),
    ],
)
def test_orders_put_aside_after_the_twins_name_them(
    text: str, twins: tuple[int, int], other: int
) -> None:
    """ "the twins (our 1st and 2nd) are 7": the orders in brackets are the twins', so the baby
    told after is the third child, not two more."""
    got = said(text, {"city": "jinan"})
    births = {c for (fact, c) in got if fact == "child.birth_date"}
    assert births == set(range(twins[0], twins[1] + 1)) | {other}
    # the twins as our 1st and 2nd, then a younger one: a single child beside a multiple birth
    # states the count (tests/corpus/README.md, either order); twins named 2nd and 3rd beside the
    # eldest are children named by order, no count
    expected = 3 if twins == (1, 2) else None
    assert got.get(("child_count", None)) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("scan shows two heartbeats! im 4 months gone, our boy is 2 and a half", "2026-02"),
        ("the ultrasound said twins, i'm 4 months pregnant, our boy is 2", "2026-02"),
        ("we saw 2 heartbeats at the scan, 4 months gone now. our son is 3", "2026-02"),
        ("our boy is 4, and now a pair on the way for february", "2026-02"),
        ("our son is 3, a pair of babies due in feb", "2026-02"),
    ],
)
def test_twins_on_the_way_told_by_the_scan_or_as_a_pair(text: str, due: str) -> None:
    """ "scan shows two heartbeats", "a pair on the way": twins expected, after the child born."""
    got = said(text, {"city": "beijing"})
    assert got[("child.due_date", 2)] == got[("child.due_date", 3)] == due
    assert ("child.due_date", 4) not in got


@pytest.mark.parametrize("text", ["shes five months gone with our second", "5 months gone"])
def test_months_gone_is_how_far_the_pregnancy_is(text: str) -> None:
    known = {"city": "jinan", "children": kids("2022-01")}
    assert said(text, known)[("child.due_date", 2)] == "2026-01"


def test_months_gone_by_is_no_pregnancy() -> None:
    got = said("months gone by since she was born, she is 2 now", {"city": "jinan"})
    assert not any(fact == "child.due_date" for fact, _c in got)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("one, wait no, two - its twins, 5 months", 2),
        ("2 sorry 3, the youngest is 1", 3),
        ("1... no 2, 5 and 3", 2),
        ("three, no wait, four", 4),
    ],
)
def test_a_count_put_right_as_it_is_said_is_the_last_number(text: str, count: int) -> None:
    """ "one, wait no, two": the answer to how many children is the number said last."""
    assert kinds(text, {"city": "beijing"}, "children")[("child_count", None)] == (
        count,
        "statement",
    )


def test_a_count_put_right_with_its_noun_needs_no_question() -> None:
    assert said("we have 1, no wait, 2 kids", {"city": "beijing"})[("child_count", None)] == 2


@pytest.mark.parametrize(
    "text",
    [
        "if we have twins next year does the 2nd twin count as a 3rd child, we have one already",
        "if we had twins in 2026 would both get the money? we already have 1",
        "what if we have twins next year, right now we have 1",
    ],
)
def test_the_family_as_it_is_told_after_an_if(text: str) -> None:
    """ "if we have twins next year … we have one already": the twins are imagined, the one
    child there is now is counted."""
    known = {"city": "jinan", "children": kids("2022-04")}
    assert kinds(text, known)[("child_count", None)] == (1, "statement")


@pytest.mark.parametrize(
    "text",
    [
        "we only have the two, a boy and a girl born 10 minutes apart, 14 months now",
        "a boy and a girl born minutes apart, 14 months now",
        "just the 2, a son and a daughter, born a few mins apart, 14 months",
    ],
)
def test_a_boy_and_a_girl_born_minutes_apart_are_twins(text: str) -> None:
    """ "born 10 minutes apart": one birth (the minutes are no year, "10" is not 2010)."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2024-07"
    assert ("child.birth_date", 3) not in got


@pytest.mark.parametrize(
    "text", ["we only have the two, 5 and 3", "we just have the 2", "we only got the two"]
)
def test_only_have_the_two_counts(text: str) -> None:
    assert said(text, {"city": "jinan"})[("child_count", None)] == 2


@pytest.mark.parametrize(
    ("text", "elder"),
    [
        ("4 in total: triplets aged 3 and a big brother of 7", "2018-03"),
        ("twins of 2 and a big sister of 7", "2018-03"),
        ("triplets aged 1, and their brother of 7", "2018-03"),
    ],
)
def test_a_sibling_of_an_age_beside_a_multiple_birth(text: str, elder: str) -> None:
    """ "a big brother of 7": the age said after "of" is the elder child's."""
    assert said(text, {"city": "jinan"})[("child.birth_date", 1)] == elder


def test_a_son_and_a_daughter_of_their_ages() -> None:
    got = said("a son of 10 and a daughter of 8", {"city": "jinan"})
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == ("2015-03", "2017-03")


THREE = {"city": "beijing", "children": kids("2011-07", "2015-03", "2020-12")}


@pytest.mark.parametrize(
    ("text", "heights"),
    [
        ("the middle one shot up to 1.4m this year, the eldest 1.58", {2: 140.0, 1: 158.0}),
        ("the youngest grew to 1.2m this year", {3: 120.0}),
        ("老二今年长到1米4了", {2: 140.0}),
        ("our eldest grew a lot this year, 1.6m now", {1: 160.0}),
    ],
)
def test_a_year_beside_a_growth_is_no_birth(text: str, heights: dict[int, float]) -> None:
    """ "shot up to 1.4m this year": the year it grew, not the middle child's birth year."""
    got = said(text, THREE)
    assert got == {("child.height_cm", c): h for c, h in heights.items()}


@pytest.mark.parametrize(
    "text",
    [
        "at the birth we weren't getting any of that",
        "when she was born we didn't get any of that",
        "at the time of the birth we were not on any of that",
    ],
)
def test_the_benefits_named_by_that_at_the_birth(text: str) -> None:
    """ "we weren't getting any of that" at the birth: none of the benefits asked about then."""
    known = {"city": "jinan", "children": kids("2025-06")}
    assert said(text, known) == {("hardship_at_birth", None): False}


def test_the_benefits_named_by_that_now() -> None:
    assert said("we're not on any of that now", ONE_GRANDCHILD) == {("hardship_now", None): False}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("two on the way, due december, plus our 4 year old", "2025-12"),
        ("2 babies due in december, our son is 4", "2025-12"),
        ("we have 2 coming in december and a 4 year old at home", "2025-12"),
    ],
)
def test_two_on_the_way_are_twins_beside_the_child_born(text: str, due: str) -> None:
    """ "two on the way … plus our 4 year old": twins expected, after the one child of 4."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == "2021-03"
    assert got[("child.due_date", 2)] == got[("child.due_date", 3)] == due


@pytest.mark.parametrize(
    "text", ["3 kids, no wait, 4 - forgot the baby", "we have 3 children, sorry, 4 children"]
)
def test_a_count_with_its_noun_put_right_as_said(text: str) -> None:
    assert said(text, {"city": "jinan"})[("child_count", None)] == 4


@pytest.mark.parametrize(
    "text",
    [
        "my son is 9, his twin sisters are 4",
        "our daughter is 9 and her twin brothers are 4",
        "the boy is 9, his little sisters are twins of 4",
    ],
)
def test_twins_named_as_the_one_childs_siblings_count_three(text: str) -> None:
    """ "my son is 9, his twin sisters are 4": the elder child and the twins, his sisters (as
    "their big sister is 5 and the twins 8 months"): three children."""
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 1)] == "2016-03"


def test_twins_older_than_the_one_child_count_three() -> None:
    """ "our girl is 2 months and her big brothers are twins of 4": twins beside a younger child
    are counted too (tests/corpus/README.md: a single child and a multiple birth, either order)."""
    got = said("our girl is 2 months and her big brothers are twins of 4", {"city": "jinan"})
    assert got[("child_count", None)] == 3


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("our first was born 3.2019, the second 11.2021", "2019-03", "2021-11"),
        ("eldest born 05.2018, the younger one 1.2022", "2018-05", "2022-01"),
        ("the older one 6/2017, the little one 12/2020", "2017-06", "2020-12"),
    ],
)
def test_a_month_dotted_before_the_year(text: str, first: str, second: str) -> None:
    """ "born 3.2019": March 2019, as "3/2019"."""
    got = said(text, {"city": "jinan"})
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == (first, second)


@pytest.mark.parametrize(
    ("text", "heights"),
    [
        ("the eldest measures 1.42, the youngest 1.1", {1: 142.0, 2: 110.0}),
        ("our son measured 1.28 at his checkup last week", {1: 128.0}),
        ("the little one stands at 1.15 now", {2: 115.0}),
    ],
)
def test_a_bare_height_after_measures(text: str, heights: dict[int, float]) -> None:
    """ "the eldest measures 1.42": metres with no unit, after the verb of measuring."""
    known = {"city": "jinan", "children": kids("2015-05", "2019-05")}
    assert said(text, known) == {("child.height_cm", c): h for c, h in heights.items()}


@pytest.mark.parametrize(
    "text",
    [
        "i've got twins on the way and two at home, 7 and 4",
        "twins due in the spring, 2 kids at home already, 7 and 4",
    ],
)
def test_children_at_home_beside_twins_on_the_way(text: str) -> None:
    """ "two at home, 7 and 4": the children born, counted, before the twins expected."""
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == 2
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == ("2018-03", "2021-03")
    assert ("child.due_date", 3) in got and ("child.due_date", 4) in got


def test_the_people_at_home_are_no_count() -> None:
    assert ("child_count", None) not in said("we're 4 at home", {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "elder"),
    [
        ("twins 2 weeks old, brother 3, sister 6", "2019-03"),
        ("the twins are 5 weeks, sister 6 and brother 3", "2019-03"),
    ],
)
def test_a_sibling_word_then_its_age_beside_the_twins(text: str, elder: str) -> None:
    """ "twins 2 weeks old, brother 3, sister 6": each sibling's age after its word."""
    got = said(text, {"city": "jinan"})
    assert got[("child.birth_date", 1)] == elder
    assert got[("child.birth_date", 2)] == "2022-03"
    assert got[("child.birth_date", 3)] == got[("child.birth_date", 4)]


@pytest.mark.parametrize(
    "text",
    ["a 7 year old and 10 month old twins", "a 7 yr old and 10 months old twins"],
)
def test_an_elder_by_its_age_then_twins_by_theirs_count_three(text: str) -> None:
    """ "a 7 year old and 10 month old twins": the elder child and the twins, as "a 7 yr old and
    triplets of 8 months" (tests/corpus/README.md: the elder child and the multiple birth)."""
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 1)] == "2018-03"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2024-11"
