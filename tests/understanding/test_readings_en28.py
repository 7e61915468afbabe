"""Durations, now against the time of the birth, and ages listed (batch en 28): a household,
what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import reading
from understanding import understand

TODAY = date(2025, 7, 17)


said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "we only had gongjijin 6 months before the company went bust, so nobody in the family"
        " pays it now",
        "paid gongjijin 6 months only, then the company closed. my wife never had it. so nobody now",
        "we both paid gongjijin before but not now",
        "i had the housing fund for 2 years at my old job, no one pays it any more",
    ],
)
def test_the_fund_paid_once_and_nobody_now_is_no_payer(text: str) -> None:
    """A family in Beijing with a child: the fund paid in the past, no one paying it today."""
    got = said(text, {"city": "beijing", "children": [{"birth_date": "2023-03"}]})
    assert got[("housing_fund_contributors", None)] == 0


def test_not_now_said_of_the_fund_is_not_the_benefit() -> None:
    """On unemployment money now; the "not now" that follows the fund is the fund's."""
    got = said("husband on 失业金 since may. we both paid gongjijin before but not now")
    assert got[("hardship_now", None)] is True
    assert got[("housing_fund_contributors", None)] == 0


@pytest.mark.parametrize(
    "text",
    [
        "hubby been paying gongjijin 10 yrs, me only since last summer",
        "my husband has worked 5 years in jinan and paid gongjijin the whole time, i've been"
        " paying just 1 year",
        "i've paid gongjijin for 8 years, wife only since march",
    ],
)
def test_only_of_a_time_paid_is_not_only_one_payer(text: str) -> None:
    """Two people paying, the second for a shorter time: "only" is of the time."""
    assert said(text, {"city": "jinan"})[("housing_fund_contributors", None)] == 2


def test_just_one_of_us_is_still_one_payer() -> None:
    assert (
        said("just one of us", {"city": "jinan"}, "housing_fund_contributors")[
            ("housing_fund_contributors", None)
        ]
        == 1
    )


def _born(text: str, known: dict[str, object] | None = None) -> dict[int | None, object]:
    got = said(text, known or {"city": "jinan"})
    return {child: str(value) for (fact, child), value in got.items() if fact == "child.birth_date"}


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("3 kids, 16 14 and 2 months", {1: "2009-01", 2: "2011-01", 3: "2025-05"}),
        ("two daughters, 5 and 18 months", {1: "2020-01", 2: "2024-01"}),
        ("our kids, 12 9 and 3 months", {1: "2013-01", 2: "2016-01", 3: "2025-04"}),
        ("three sons, 7, 4 and 10 months", {1: "2018-01", 2: "2021-01", 3: "2024-09"}),
    ],
)
def test_ages_listed_with_the_unit_on_the_youngest_only_are_years_before_it(
    text: str, born: dict[int, str]
) -> None:
    """Children listed eldest first: the bare numbers before "N months" are years."""
    assert _born(text) == born


def test_ages_all_in_months_listed_eldest_first_share_the_unit() -> None:
    assert _born("two kids, 20 and 8 months") == {1: "2023-11", 2: "2024-11"}


@pytest.mark.parametrize(
    "text",
    [
        "daughter is 3. husband getting 失业金 4 months now",
        "son is 3, we've been on dibao 6 months",
        "son is 3, dibao started when he was 6 months old",
        "son is 3. my wife on maternity leave 3 months already",
    ],
)
def test_a_time_on_a_benefit_or_an_age_at_another_time_is_no_second_child(text: str) -> None:
    """One child: the months said after a benefit, or "when he was N months old", are no age."""
    assert list(_born(text)) == [1]


@pytest.mark.parametrize("text", ["my son is 2, just turned", "she's 2 - just turned"])
def test_an_age_just_turned_said_after_it_is_the_full_years(text: str) -> None:
    assert _born(text) == {1: "2023-07"}


@pytest.mark.parametrize(
    "text",
    [
        "worked 5 years as a nurse, quit when i got pregnant so no shebao at all now",
        "we don't have shebao, i'm a housewife",
        "no yibao for me since i quit",
    ],
)
def test_no_social_insurance_in_pinyin_is_no_insurance(text: str) -> None:
    assert said(text, {"city": "beijing"})[("birth_insurance", None)] == "none"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no its flexible employment not resident", "flexible_employment"),
        ("nope, employee insurance, not resident", "employee_maternity"),
    ],
)
def test_no_then_the_known_value_denied_corrects_it(text: str, value: str) -> None:
    """Known: resident insurance; no question asked. "no, A not B" puts the known fact right."""
    got = understand(text, {"city": "jinan", "birth_insurance": "resident_medical"}, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [("birth_insurance", value, "correction")]


@pytest.mark.parametrize(
    ("text", "known", "value"),
    [
        ("oops not 3, grandpa retired in june, so just 2 now", 3, 2),
        ("sorry not 2, my wife stopped paying last year, only 1 now", 2, 1),
    ],
)
def test_the_payers_known_said_wrong_and_the_count_after_the_reason(
    text: str, known: int, value: int
) -> None:
    """One child known: "not 3" is the count of payers known, put right without the fund named."""
    household = {
        "city": "beijing",
        "housing_fund_contributors": known,
        "children": [{"birth_date": "2024-12"}],
    }
    got = understand(text, household, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [
        ("housing_fund_contributors", value, "correction")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "we rented for 6 years, got the keys to our own flat in december",
        "we used to rent but we bought a flat last year",
    ],
)
def test_a_rent_past_beside_a_home_bought_is_no_renting(text: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got[("owns_home_in_city", None)] is True
    assert ("renting", None) not in got


def test_renting_for_years_still_is_renting() -> None:
    assert said("we've rented for 6 years", {"city": "jinan"})[("renting", None)] is True


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("mom of 3 here!! 9, 6 and 11 weeks", 3),
        ("dad of two, the boys are 5 and 2", 2),
    ],
)
def test_the_parent_of_n_states_the_count(text: str, count: int) -> None:
    got = said(text, {})
    assert got[("child_count", None)] == count
    assert len([k for k in got if k[0] == "child.birth_date"]) == count


def test_the_youngest_of_a_parent_of_three_is_the_third() -> None:
    got = said("mom of 3 here!! 9, 6 and 11 weeks. didnt have 失业金 when the youngest was born")
    assert got[("child.hardship_at_birth", 3)] is False
