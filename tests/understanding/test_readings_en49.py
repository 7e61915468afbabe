"""English messages of batch 49 and others like them: a city typed as its two letters ("bj",
"in JN"), the writer's own months with no "pregnant" ("im 9 months lol"), a fund denied beside a
"just" of a child's age ("eldest just turned 3 … no housing fund"), a home called "one" when homes
are asked of ("we already have one", "were buying one this year"), "nothing in beijing", an "apt",
renting said to be over ("no more renting"), an order word of a home ("our first flat last week"),
"both under 1.3m" after the children told, the "older ones" by age beside a pregnancy, a fund
answer owned as a slip ("i said none before by mistake"), a month put right of a known pregnancy
("i meant april not march"), a year after "born after" as a bound, and a kind of family asked
about with no question mark ("whats the max loan for a family with 3 kids"): the household, what
the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

JINAN = {"city": "jinan"}
facts = facts_on(date(2026, 7, 30))


# "bj", "in JN": the city's two letters, standing alone, name it.
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("bj", "beijing"),
        ("BJ.", "beijing"),
        ("in bj", "beijing"),
        ("jn", "jinan"),
        ("JN!", "jinan"),
    ],
)
def test_the_city_answered_by_its_two_letters(text: str, city: str) -> None:
    assert facts(text, {}, asked="city") == {("city", None, city, "statement")}


def test_the_two_letters_beside_other_facts_name_the_city() -> None:
    got = facts("we live in bj, 2 kids", {})
    assert ("city", None, "beijing", "statement") in got
    assert facts("jn hukou, live in jn", {}) >= {
        ("city", None, "jinan", "statement"),
        ("hukou_in_city", None, True, "statement"),
    }


def test_the_letters_inside_a_word_name_no_city() -> None:
    assert facts("the subject is objects", {}, asked="city") == set()


# "im 9 months lol any day now": the writer's own months are how far along a pregnancy is (README:
# due date from "N months pregnant" = today + (9 - N) months, approximate).
@pytest.mark.parametrize(
    ("text", "known", "order", "due"),
    [
        ("im 9 months lol any day now", JINAN, 1, "2026-07"),
        ("i'm 7 months, first baby", JINAN, 1, "2026-09"),
        ("I am 6 months now with our second", family("2022-01"), 2, "2026-10"),
        ("im 30 weeks", JINAN, 1, "2026-10"),
        ("Im 8 months already and so tired", JINAN, 1, "2026-08"),
    ],
)
def test_the_writers_own_months_are_a_pregnancy(
    text: str, known: dict[str, object], order: int, due: str
) -> None:
    assert ("child.due_date", order, due, "statement") in facts(text, known)


def test_the_writers_months_beside_a_child_are_the_next_one() -> None:
    got = facts("already have a boy of 3, im 5 months", JINAN)
    assert ("child.due_date", 2, "2026-11", "statement") in got


@pytest.mark.parametrize(
    "text",
    ["im 3 months postpartum", "i'm 2 months into maternity leave", "im 3 months back at work"],
)
def test_months_since_a_birth_are_no_pregnancy(text: str) -> None:
    assert not any(f[0] == "child.due_date" for f in facts(text, family("2026-04")))


# "eldest just turned 3 … no housing fund": a "just" of what happened to a child is no "just me"
# who pays; the fund denied is no payer.
@pytest.mark.parametrize(
    "text",
    [
        "eldest just turned 3, the baby is 6 weeks. we rent, no housing fund",
        "our son just turned one. no gongjijin for us",
        "baby was just born last week, we have no housing fund",
        "we just had our 2nd, no provident fund, we rent",
        "twins just turned 2 no housing fund",
    ],
)
def test_a_just_of_a_childs_age_is_no_single_payer(text: str) -> None:
    got = facts(text, family("2020-01"), date(2025, 6, 5))
    assert ("housing_fund_contributors", None, 0, "statement") in got


@pytest.mark.parametrize(
    "text",
    ["just my husband pays the housing fund", "the twins just turned 2, just me pays gongjijin"],
)
def test_just_one_named_still_pays_alone(text: str) -> None:
    got = facts(text, JINAN, date(2025, 6, 5))
    assert ("housing_fund_contributors", None, 1, "statement") in got


# "not planning to, we already have one": with a home asked of, the "one" had is a home, not a
# child counted.
@pytest.mark.parametrize(
    "text",
    [
        "not planning to, we already have one",
        "no, we've got one already",
        "nope we already have one in beijing",
        "no we have one",
        "no need, i already own one",
    ],
)
def test_a_home_had_called_one_is_owned(text: str) -> None:
    got = facts(text, family("2021-11"), asked="buying_first_home")
    assert ("owns_home_in_city", None, True, "statement") in got
    assert not any(f[0] == "child_count" for f in got)


def test_yes_we_have_one_answers_the_home_question() -> None:
    got = facts("yes we have one", JINAN, asked="owns_home_in_city")
    assert got == {("owns_home_in_city", None, True, "confirmation")}


def test_children_counted_still_count() -> None:
    got = facts("we have 2, a boy and a girl", JINAN, asked="children")
    assert ("child_count", None, 2, "statement") in got


# "not yet, but were buying one this year": a home bought later, called "one", is the first home
# bought; "not yet, but" puts nothing right.
@pytest.mark.parametrize(
    "text",
    [
        "not yet, but were buying one this year",
        "not yet but we're getting one next year",
        "no, but we plan to buy one in 2027",
        "not yet, buying one next year",
        "Not yet. We are buying one soon",
    ],
)
def test_a_home_to_buy_called_one_is_the_first_home(text: str) -> None:
    got = facts(text, family("2025-02"), asked="owns_home_in_city")
    assert got == {
        ("owns_home_in_city", None, False, "confirmation"),
        ("buying_first_home", None, True, "statement"),
    }


# "renting now, we do have a flat back in my hometown but nothing in beijing": "nothing" said of
# the city, with homes talked of, is no home owned there.
@pytest.mark.parametrize(
    "text",
    [
        "renting now, we do have a flat back in my hometown but nothing in beijing",
        "we have a house in our hometown, nothing in jinan, we rent",
        "got a flat in the countryside and nothing here, we rent",
        "our house is back in anhui; nothing in beijing",
    ],
)
def test_nothing_in_the_city_is_no_home_there(text: str) -> None:
    got = facts(text, {"city": "beijing"})
    assert ("owns_home_in_city", None, False, "statement") in got


# "i own an apt in jinan", "no more renting": a home typed short is a home, and renting said to be
# over is no renting.
@pytest.mark.parametrize(
    "text",
    [
        "i own an apt in jinan already, if we buy a bigger one is that still first home for the loan?",
        "we own an apt in beijing",
        "we bought an apt last year",
        "we have our own apt",
    ],
)
def test_an_apt_owned_is_a_home(text: str) -> None:
    assert ("owns_home_in_city", None, True, "statement") in facts(text, JINAN)


@pytest.mark.parametrize(
    "text",
    [
        "we got the keys to our first flat!! so we own now, no more renting",
        "bought a flat in march, no longer renting",
        "we stopped renting last year, own our place now",
        "done with renting, we bought",
        "no more renting for us",
    ],
)
def test_renting_said_to_be_over_is_no_renting(text: str) -> None:
    got = facts(text, JINAN)
    assert ("renting", None, False, "statement") in got
    assert ("renting", None, True, "statement") not in got


# "we got the keys to our first flat last week": an order word before a home (or a job, a loan)
# orders that thing; the time told is no child's birth.
@pytest.mark.parametrize(
    "text",
    [
        "we got the keys to our first flat last week!! so we own now, no more renting",
        "moved into our first apartment yesterday",
        "got our first home 2 weeks ago",
        "signed for our first house last month",
        "started my second job last week",
    ],
)
def test_an_order_word_of_a_home_is_no_child(text: str) -> None:
    got = facts(text, family("2023-02"), date(2024, 9, 26))
    assert not any(f[0] == "child.birth_date" for f in got)


def test_an_order_word_of_a_child_still_names_it() -> None:
    got = facts("our first was born last week", JINAN, date(2024, 9, 26))
    assert any(f[:2] == ("child.birth_date", 1) for f in got)


# "my 2 kids, 5 and 3 yrs, both under 1.3m": "both" or "all" under a bound, after the children
# are told in the same message, is said of each of them.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("my 2 kids, 5 and 3 yrs, both under 1.3m, subway free?", 2),
        ("a boy of 5 and a girl of 3, both under 1.3m", 2),
        ("3 kids aged 9, 6 and 2, all under 1.3m", 3),
        ("kids are 7 and 4, they're both under 130cm", 2),
        ("2 girls 6 and 4 both under 1.3 m", 2),
    ],
)
def test_both_under_the_bound_is_each_child_told(text: str, count: int) -> None:
    got = facts(text, {"city": "beijing"})
    for order in range(1, count + 1):
        assert ("child.height_below_cm", order, 130, "statement") in got


# "3rd baby due feb 2027, older ones r 7 and 4": the "older ones" or "other ones" told by their
# ages beside a pregnancy are the children born before it, eldest first.
@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "3rd baby due feb 2027, older ones r 7 and 4, we are in jinan with hukou",
            ["2019-05", "2022-05"],
        ),
        ("3rd baby due feb 2027, older ones are 7 and 4", ["2019-05", "2022-05"]),
        ("our 3rd is due in march, big ones are 9 and 5", ["2017-05", "2021-05"]),
        ("baby 3 coming feb 2027. other ones are 7 and 4", ["2019-05", "2022-05"]),
        ("4th due in may, older ones are 10, 7 and 4", ["2016-05", "2019-05", "2022-05"]),
    ],
)
def test_the_older_ones_by_age_beside_a_pregnancy(text: str, ages: list[str]) -> None:
    got = facts(text, {}, date(2026, 11, 5))
    for order, born in enumerate(ages, 1):
        assert ("child.birth_date", order, born, "statement") in got
    assert any(f[:2] == ("child.due_date", len(ages) + 1) for f in got)


# "actually we do pay gongjijin, both of us, i said none before by mistake": the wrong answer owned
# as said before is not the payers now; the count said is the correction.
@pytest.mark.parametrize(
    ("text", "before", "now"),
    [
        ("actually we do pay gongjijin, both of us, i said none before by mistake", 0, 2),
        ("sorry, both of us pay the housing fund, i said none earlier", 0, 2),
        ("actually nobody pays gongjijin now, i put 2 by mistake", 2, 0),
        ("correction: just my wife pays the housing fund, I wrote both before", 2, 1),
        ("actually 3 of us pay gongjijin, i said 2 wrongly", 2, 3),
    ],
)
def test_the_slip_owned_is_not_the_payers(text: str, before: int, now: int) -> None:
    got = facts(text, {"city": "jinan", "housing_fund_contributors": before})
    assert got == {("housing_fund_contributors", None, now, "correction")}


# "sorry i meant april not march", a due date known: a month put right of a pregnancy is its due
# date (the next such month), not a birth.
TWO = {"city": "beijing", "children": [{"birth_date": "2019-07"}, {"due_date": "2024-03"}]}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("sorry i meant april not march", "2024-04"),
        ("i meant april, not march, sorry", "2024-04"),
        ("sorry, i meant march 12", "2024-03-12"),
        ("due in april not march, my mistake", "2024-04"),
        ("oops i meant february not march", "2024-02"),
    ],
)
def test_a_month_put_right_of_a_pregnancy_is_its_due_date(text: str, due: object) -> None:
    got = facts(text, TWO, date(2024, 1, 18))
    assert got == {("child.due_date", 2, due, "correction")}


def test_a_birth_put_right_stays_a_birth() -> None:
    got = facts("sorry, she was born in april not march", TWO, date(2024, 5, 18))
    assert got == {("child.birth_date", 2, "2024-04", "correction")}


# "our 2nd is 14 months, born after 2023 so should get the 600?": a year after "born after",
# "since" or "before" is the rule's bound, not the birth year; the age dates the child.
@pytest.mark.parametrize(
    ("text", "known", "order", "born"),
    [
        (
            "our 2nd is 14 months, born after 2023 so should get the 600?",
            family("2019-08"),
            2,
            "2025-01",
        ),
        (
            "our 2nd is 14 months, born since 2023 so eligible right?",
            family("2019-08"),
            2,
            "2025-01",
        ),
        ("baby is 5 months, born after the 2023 cutoff", JINAN, 1, "2025-10"),
        ("my son is 2, born after the start of 2023", JINAN, 1, "2023-09"),
        ("is it for kids born after 2023? ours is 8 months", JINAN, 1, "2025-07"),
    ],
)
def test_a_year_after_born_after_is_a_bound(
    text: str, known: dict[str, object], order: int, born: str
) -> None:
    got = facts(text, known, date(2026, 3, 12))
    births = {f for f in got if f[0] == "child.birth_date"}
    assert births == {("child.birth_date", order, born, "statement")}


def test_a_year_born_in_is_the_birth_year() -> None:
    got = facts("our daughter was born in 2023", JINAN, date(2026, 3, 12))
    assert got == {("child.birth_date", 1, "2023", "statement")}


# "whats the max gongjijin loan for a family with 3 kids buying first home": a kind of family asked
# about, with or without a question mark, states nothing of the writer's family.
@pytest.mark.parametrize(
    "text",
    [
        "whats the max gongjijin loan for a family with 3 kids buying first home",
        "what's the biggest loan for a family with 2 children buying a first flat",
        "how much can a family with three kids borrow for a first home",
        "can a couple with 2 kids buying their first home get more",
        "what do families with 3 kids get when buying first home",
    ],
)
def test_a_kind_of_family_asked_states_nothing(text: str) -> None:
    assert facts(text, {}, date(2024, 9, 26)) == set()


def test_the_writers_family_of_three_kids_is_counted() -> None:
    got = facts("we are a family with 3 kids, how much can we borrow", {}, date(2024, 9, 26))
    assert got == {("child_count", None, 3, "statement")}
