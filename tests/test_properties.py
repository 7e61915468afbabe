"""Property tests: any household the contract admits is evaluated without error, amounts are
never negative, and an open item always names the fact that would decide it."""

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_kb import InputError, evaluate, missing_facts_ranking
from policy_kb.dates import add_months, add_years
from policy_kb.household import FACTS, MAX_MONTHS_TO_DUE_DATE

AMOUNTS = (
    "monthly_amount_cny",
    "total_amount_cny",
    "amount_cny",
    "max_amount_cny",
    "days",
    "area_m2",
)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))
maybe_bool = st.none() | st.booleans()
children = st.lists(
    st.fixed_dictionaries(
        {"birth_date": dates},
        optional={
            "height_cm": st.none() | st.floats(min_value=30, max_value=200),
            "hardship_at_birth": maybe_bool,
        },
    ),
    max_size=6,
)
households = st.fixed_dictionaries(
    {"city": st.sampled_from(["jinan", "beijing"])},
    optional={
        "hukou_in_city": maybe_bool,
        "children": st.none() | children,
        "birth_insurance": st.none()
        | st.sampled_from(
            ["employee_maternity", "resident_medical", "flexible_employment", "none"]
        ),
        "hardship_at_birth": maybe_bool,
        "housing_fund_contributors": st.none() | st.integers(min_value=0, max_value=20),
        "buying_first_home": maybe_bool,
        "owns_home_in_city": maybe_bool,
        "renting": maybe_bool,
    },
)


@settings(max_examples=300, deadline=None)
@given(household=households, as_of=dates)
def test_random_households_are_evaluated_soundly(household: dict[str, Any], as_of: date) -> None:
    latest_due = add_months(as_of, MAX_MONTHS_TO_DUE_DATE)
    if any(c["birth_date"] > latest_due for c in household.get("children") or []):
        with pytest.raises(InputError, match="due date"):
            evaluate(household, as_of=as_of)
        return
    report = evaluate(household, as_of=as_of)
    for e in report.entitlements:
        for field in AMOUNTS:
            value = getattr(e, field)
            assert value is None or value >= 0, (e.id, field, value)
        if e.status == "needs_info":
            assert e.missing_facts, e.id
            assert set(e.missing_facts) <= set(FACTS)
        else:
            assert not e.missing_facts
        if e.status != "eligible":
            assert e.monthly_amount_cny is None and e.max_amount_cny is None
        if e.start and e.end:
            assert e.start <= e.end
    ranking = missing_facts_ranking(household, as_of=as_of)
    assert len(ranking) == len(set(ranking))
    for fact in ranking:
        value = household.get(fact.split(".")[0])
        assert value is None or fact == "children.height_cm", f"{fact} is known but asked"


def _admitted(household: dict[str, Any], as_of: date) -> bool:
    latest_due = add_months(as_of, MAX_MONTHS_TO_DUE_DATE)
    return all(c["birth_date"] <= latest_due for c in household.get("children") or [])


@settings(max_examples=300, deadline=None)
@given(household=households, as_of=dates)
def test_nothing_for_a_baby_on_the_way_starts_before_its_birth(
    household: dict[str, Any], as_of: date
) -> None:
    if not _admitted(household, as_of):
        return
    report = evaluate(household, as_of=as_of)
    children = report.household.children or []
    for e in report.entitlements:
        if e.status != "eligible" or e.child is None:
            continue
        child = children[e.child - 1]
        if child.expected:
            assert e.start is not None and e.start >= child.birth_date, (e.id, e.start)


grown_up = st.lists(
    st.fixed_dictionaries({"birth_date": st.dates(date(1950, 1, 1), date(2004, 12, 31))}),
    min_size=1,
    max_size=5,
)


@settings(max_examples=200, deadline=None)
@given(household=households, children=grown_up, as_of=st.dates(date(2023, 1, 1), date(2035, 1, 1)))
def test_grown_up_children_never_count_as_minors_or_infants(
    household: dict[str, Any], children: list[dict[str, Any]], as_of: date
) -> None:
    household = {**household, "children": children}
    if any(add_years(c["birth_date"], 18) > as_of for c in children):
        return
    report = evaluate(household, as_of=as_of)
    minor_measures = (
        "jinan.public_rental_priority", "jinan.rental_subsidy_area",
        "jinan.free_infant_checkups",
        "jinan.child_inpatient_reimbursement", "beijing.public_rental_priority",
    )  # fmt: skip
    for e in report.entitlements:
        if e.id in minor_measures:
            assert e.status == "not_eligible", (e.id, e.reasons.en)


@settings(max_examples=100, deadline=None)
@given(household=households, as_of=dates)
def test_the_beijing_report_never_has_a_cash_figure(household: dict[str, Any], as_of: date) -> None:
    if not _admitted(household, as_of):
        return
    report = evaluate({**household, "city": "beijing"}, as_of=as_of)
    for e in report.entitlements:
        assert e.monthly_amount_cny is None and e.amount_cny is None and e.max_amount_cny is None
