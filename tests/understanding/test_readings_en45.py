"""English messages of batch 45 (hardship at each birth told by time, order and kinship words;
benefits starting or ending between births; now-only statements, negations, answers and
corrections; durations, relative dates and written-out numbers): the household, what the citizen
wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, kids, reading

TODAY = date(2026, 6, 17)  # a Wednesday

said = reading(TODAY)

NO_CHILD = {"city": "jinan"}
ONE_CHILD = {"city": "jinan", "children": kids("2024-05")}
TWO_CHILDREN = {"city": "jinan", "children": kids("2019-03", "2024-05")}
THREE_CHILDREN = {"city": "beijing", "children": kids("2016-03", "2019-03", "2024-05")}


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "granddaughter no 2 was born when my son was on unemployment pay, granddaughter no 1 no",
            {2: True, 1: False},
        ),
        ("grandson no 2 was born while my daughter was on dibao, no 1 wasnt", {2: True, 1: False}),
        ("kid no. 2 came during our tekun time, no. 1 before it", {2: True, 1: False}),
        ("granddaughter no. 1 was born on dibao, no. 2 not", {1: True, 2: False}),
        ("no.2 was born when we had dibao", {2: True}),
    ],
)
def test_a_child_numbered_no_n_is_no_no(text: str, births: dict[int, bool]) -> None:
    """ "granddaughter no 2", "no. 1 before it": the child's number, not a "no" said of its birth;
    the bare "no. 1" after a child numbered is a child too, not the end of a sentence."""
    assert at_births(said(text, TWO_CHILDREN)) == births


def test_a_benefit_held_in_the_past_a_birth_fell_in_is_not_now() -> None:
    """ "my son lost his job in 2024 and got shiyejin, grandson no. 2 was born during it": the
    time of that birth, no word of now."""
    got = said(
        "my son lost his job in 2024 and got shiyejin, grandson no. 2 was born during it, "
        "no. 1 before it",
        TWO_CHILDREN,
    )
    assert at_births(got) == {2: True, 1: False}
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "dibao only got the ok the month before last",
        "tekun got the green light last month",
        "we were given the ok for dibao in march",
    ],
)
def test_a_benefit_given_the_ok_is_held_now(text: str) -> None:
    assert said(text, NO_CHILD) == {("hardship_now", None): True}


def test_approved_after_the_birth_had_nothing_at_it() -> None:
    got = said(
        "dibao only got the ok the month before last. so when the baby came 4 months ago we had"
        " zilch",
        NO_CHILD,
    )
    assert got[("hardship_now", None)] is True
    assert got[("hardship_at_birth", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "when she was born we werent getting a cent of any of that",
        "we didnt get a penny of any of that when the baby came",
        "at the birth we weren't receiving a single cent from any of it",
        "at the birth we got zilch, dibao came later",
    ],
)
def test_not_a_cent_of_any_of_that_at_the_birth(text: str) -> None:
    """ "not a cent of any of that", "zilch": none of the benefits at the birth."""
    assert said(text, ONE_CHILD) == {("hardship_at_birth", None): False}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "when he was born i was still collecting unemployment",
            {("hardship_at_birth", None): True},
        ),
        ("when she was born i was drawing unemployment", {("hardship_at_birth", None): True}),
        (
            "my husband was claiming unemployment when our son was born",
            {("child.hardship_at_birth", 1): True},
        ),
    ],
)
def test_collecting_unemployment_is_the_benefit(text: str, read: dict[object, object]) -> None:
    assert said(text, ONE_CHILD) == read


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("we were on dibao when all three kids came", THREE_CHILDREN),
        ("when all 3 children arrived we had dibao", THREE_CHILDREN),
        ("we had dibao when all of our kids came", THREE_CHILDREN),
        ("we were on tekun when both our kids were born", TWO_CHILDREN),
    ],
)
def test_when_all_the_kids_came_is_every_birth(text: str, known: dict[str, object]) -> None:
    got = said(text, known)
    assert got[("hardship_at_birth", None)] is True
    assert ("hardship_now", None) not in got
    assert not at_births(got)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "when our boy was born i was between jobs and getting the unemployment payments",
            {("child.hardship_at_birth", 1): True},
        ),
        (
            "when our daughter was born my husband was out of a job and on unemployment pay",
            {("child.hardship_at_birth", 1): True},
        ),
        (
            "when the baby came i was between jobs and claiming shiyejin",
            {("hardship_at_birth", None): True},
        ),
    ],
)
def test_out_of_a_job_at_the_birth_carries_to_the_benefit_named_next(
    text: str, read: dict[object, object]
) -> None:
    """ "between jobs", "out of a job" is no job had: the birth's time goes on to the benefit."""
    assert said(text, ONE_CHILD) == read


@pytest.mark.parametrize(
    "text",
    [
        "eldest - born before my layoff so no shiyejin for him. second - born during the shiyejin months",
        "first - before dibao. second - during it",
        "eldest: born before tekun. second: born during the tekun years",
    ],
)
def test_children_named_by_order_before_a_dash(text: str) -> None:
    assert at_births(said(text, TWO_CHILDREN)) == {1: False, 2: True}


@pytest.mark.parametrize(
    ("text", "known", "read"),
    [
        (
            "dibao stopped 3 months ago. both our kids were born before we ever had it",
            TWO_CHILDREN,
            {("hardship_now", None): False, ("hardship_at_birth", None): False},
        ),
        (
            "we are on dibao now. both kids were born before we got it",
            TWO_CHILDREN,
            {("hardship_now", None): True, ("hardship_at_birth", None): False},
        ),
        (
            "we've had dibao since 2023. the eldest came before we got any of that",
            TWO_CHILDREN,
            {("hardship_now", None): True, ("child.hardship_at_birth", 1): False},
        ),
    ],
)
def test_born_before_we_had_it(
    text: str, known: dict[str, object], read: dict[object, object]
) -> None:
    """The benefit named before, then "it": the births told before it had none."""
    got = said(text, known)
    assert {k: v for k, v in got.items() if k != ("child_count", None)} == read


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("laoda came when we had tekun. by the time laoer came it was gone", {1: True, 2: False}),
        (
            "we had dibao when the eldest was born, by the time our second arrived it was gone",
            {1: True, 2: False},
        ),
    ],
)
def test_a_benefit_gone_by_a_later_birth(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, TWO_CHILDREN)) == births


def test_the_benefit_long_gone_at_a_birth() -> None:
    got = said("when our third came the tekun was long gone", THREE_CHILDREN)
    assert got == {("child.hardship_at_birth", 3): False}


@pytest.mark.parametrize(
    "text",
    [
        "at the birth we had nothing, dibao came later",
        "no benefits at the birth, tekun kicked in later",
        "nothing at the birth, the dibao only came afterwards",
    ],
)
def test_a_benefit_that_came_later_is_no_word_of_now(text: str) -> None:
    """The benefit began after the birth: none at the birth, and nothing said of now."""
    assert said(text, ONE_CHILD) == {("hardship_at_birth", None): False}


@pytest.mark.parametrize(
    "text",
    [
        "when she came we had no unemployment money, i was still working",
        "when he was born we had no dibao, my husband was still working",
        "when the baby arrived we got no unemployment money, my wife was still working then",
    ],
)
def test_still_working_after_a_birth_without_benefits_is_that_time(text: str) -> None:
    """ "i was still working": why there was none at the birth, not a benefit held now."""
    assert said(text, ONE_CHILD) == {("hardship_at_birth", None): False}


@pytest.mark.parametrize(
    "text",
    [
        "do we need to have paid the birth insurance for 12 months before the due date?",
        "is it 12 months of contributions before the due date?",
        "do we need 12 months of contributions before the birth?",
        "how long before the due date do we need to have paid the insurance?",
    ],
)
def test_the_due_date_a_rule_counts_from_is_no_pregnancy(text: str) -> None:
    """ "before the due date" in a question about the rule: no pregnancy, and the length paid is
    no child's age."""
    got = said(text, NO_CHILD)
    assert ("child.due_date", 1) not in got
    assert ("child.birth_date", 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        "the middle one was born on tekun, not the other two",
        "dibao for the middle one but not the others",
        "our middle one was born on dibao, the others werent",
    ],
)
def test_not_the_other_two_had_none(text: str) -> None:
    """ "not the other two", "the others weren't": the births not named had the other answer."""
    assert at_births(said(text, THREE_CHILDREN)) == {1: False, 2: True, 3: False}


@pytest.mark.parametrize(
    "text",
    [
        "our youngest was born while we were on dibao, the other two before",
        "only the youngest was born on dibao, the other 2 were born before it",
    ],
)
def test_the_other_two_born_before_it(text: str) -> None:
    assert at_births(said(text, THREE_CHILDREN)) == {1: False, 2: False, 3: True}


def test_the_other_two_born_after_it_stopped_are_theirs_not_every_birth() -> None:
    got = said(
        "only the eldest was born on dibao, the other 2 were born after it stopped", THREE_CHILDREN
    )
    assert at_births(got) == {1: True, 2: False, 3: False}
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "we got dibao after the eldest was born, and still had it when the second came",
            {1: False, 2: True},
        ),
        ("dibao started after our first and before our second", {1: False, 2: True}),
        ("we went on tekun between the two births", {1: False, 2: True}),
        ("we got shiyejin in between our first and second", {1: False, 2: True}),
        ("our dibao kicked in after laoda but before laoer", {1: False, 2: True}),
    ],
)
def test_a_benefit_begun_between_two_births(text: str, births: dict[int, bool]) -> None:
    """Begun after one birth and before the next: none at the first, held at the second."""
    got = said(text, TWO_CHILDREN)
    assert at_births(got) == births
    assert ("hardship_at_birth", None) not in got


def test_a_benefit_begun_between_the_second_and_third() -> None:
    got = said("dibao began between the second and the third", THREE_CHILDREN)
    assert at_births(got) == {1: False, 2: False, 3: True}


@pytest.mark.parametrize(
    "text",
    [
        "our first came before the layoff, the second while i was on shiyejin",
        "the eldest was born before my husband lost his job, the youngest when he was on unemployment pay",
    ],
)
def test_born_before_the_job_was_lost_had_no_unemployment_benefit(text: str) -> None:
    assert at_births(said(text, TWO_CHILDREN)) == {1: False, 2: True}


@pytest.mark.parametrize(
    "text",
    [
        "he arrived while i was between jobs, living on shiyejin",
        "she was born during the unemployment months",
        "the baby came while we were on dibao",
    ],
)
def test_a_birth_while_on_the_benefit(text: str) -> None:
    assert said(text, ONE_CHILD) == {("hardship_at_birth", None): True}


def test_not_for_either_of_them_is_every_birth() -> None:
    got = said("not for either of them", TWO_CHILDREN, "hardship_at_birth")
    assert got == {("hardship_at_birth", None): False}


@pytest.mark.parametrize(
    "text",
    [
        "they took us off dibao last month",
        "shiyejin's done, used it all up",
        "dibao got taken away in march",
        "we were dropped from dibao this year",
        "we lost the tekun in march",
    ],
)
def test_a_benefit_taken_away_or_used_up_is_not_held_now(text: str) -> None:
    assert said(text, ONE_CHILD) == {("hardship_now", None): False}


@pytest.mark.parametrize(
    "text",
    ["dibao came through last month", "dibao came in march", "the tekun arrived last month"],
)
def test_a_benefit_that_came_is_no_birth(text: str) -> None:
    """ "dibao came through last month": the benefit began; "came" is no child born then."""
    assert said(text, ONE_CHILD) == {("hardship_now", None): True}


def test_the_first_payment_is_no_eldest() -> None:
    got = said("the first dibao payment came last week", ONE_CHILD)
    assert got == {("hardship_now", None): True}


@pytest.mark.parametrize(
    "text",
    [
        "we weren't on any support when the baby came",
        "no support of any kind at the birth",
        "she was born with no dibao, no tekun, nothing",
        "the dibao stopped right before she arrived",
    ],
)
def test_no_support_at_the_birth(text: str) -> None:
    assert said(text, ONE_CHILD) == {("hardship_at_birth", None): False}


def test_when_the_daughter_in_law_had_the_baby() -> None:
    got = said("when my daughter-in-law had the baby my son was on shiyejin", ONE_CHILD)
    assert got == {("hardship_at_birth", None): True}


def test_on_it_since_before_the_birth_is_then_and_now() -> None:
    got = said("we've been on dibao since before she was born", ONE_CHILD)
    assert got == {("hardship_now", None): True, ("hardship_at_birth", None): True}


def test_on_it_at_the_time_she_was_born_and_still() -> None:
    got = said("we were on dibao at the time she was born, still are", ONE_CHILD)
    assert got == {("hardship_now", None): True, ("hardship_at_birth", None): True}


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("for our older son nothing, for the younger one we had tekun", {1: False, 2: True}),
        ("we had tekun when laoda came, and again when laoer came", {1: True, 2: True}),
        ("for my older girl we were on dibao, for my younger girl nothing", {1: True, 2: False}),
    ],
)
def test_each_birth_told_by_its_own_part(text: str, births: dict[int, bool]) -> None:
    assert at_births(said(text, TWO_CHILDREN)) == births


def test_no_dibao_either_time_is_every_birth() -> None:
    assert said("no dibao either time", TWO_CHILDREN) == {("hardship_at_birth", None): False}
