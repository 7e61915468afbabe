"""Property tests: any household the contract admits is evaluated without error, amounts are
never negative, and an open item always names the fact that would decide it."""

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_kb import evaluate, missing_facts_ranking
from policy_kb.household import FACTS

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
        optional={"height_cm": st.none() | st.floats(min_value=30, max_value=200)},
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


@settings(max_examples=100, deadline=None)
@given(household=households, as_of=dates)
def test_the_beijing_report_never_has_a_cash_figure(household: dict[str, Any], as_of: date) -> None:
    report = evaluate({**household, "city": "beijing"}, as_of=as_of)
    for e in report.entitlements:
        assert e.monthly_amount_cny is None and e.amount_cny is None and e.max_amount_cny is None
