"""Jinan clause 14: public rental housing, rental subsidy area, housing provident fund."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason, value
from policy_kb.rules.predicates import (
    at_least_children,
    at_least_minor_children,
    fact_is,
    has_contributors,
    minors,
)


def public_rental_priority(ctx: Context) -> list[Entitlement]:
    """Families "within the two children and above" minor children: adults do not count."""
    e = entry("jinan.public_rental_priority")
    checks = [
        at_least_minor_children(ctx, value(e, "min_children")),
        Check(True, reason("rental.conditions")),
    ]
    return [decide(e, checks)]


def rental_subsidy_area(ctx: Context) -> list[Entitlement]:
    """Each minor child after the first raises the guaranteed area (see the entry's silent_on)."""
    e = entry("jinan.rental_subsidy_area")
    checks = [
        at_least_minor_children(ctx, value(e, "min_children")),
        Check(True, reason("rental.conditions")),
    ]
    extra_children = max(len(minors(ctx)) - 1, 0)
    area = value(e, "area_per_additional_child_m2") * extra_children
    return [decide(e, checks, amounts={"area_m2": area})]


def _loan_ceiling(children: int, contributors: int, e_values: dict[str, int]) -> int:
    table = "three_children" if children >= e_values["three_children"] else "two_children"
    who = "one_contributor" if contributors == 1 else "two_or_more_contributors"
    return e_values[f"{table}_{who}_cny"]


def housing_fund_loan_limit(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.housing_fund_loan_limit")
    checks = [
        at_least_children(ctx, value(e, "min_children")),
        has_contributors(ctx),
        fact_is(ctx, "buying_first_home", True, "first_home"),
    ]
    amounts = {}
    contributors = ctx.household.housing_fund_contributors
    if contributors and ctx.children_known:
        values = {
            name: int(p.value) for name, p in e.parameters.items() if isinstance(p.value, int)
        }
        amounts["max_amount_cny"] = _loan_ceiling(len(ctx.born), contributors, values)
    return [decide(e, checks, amounts=amounts)]


def housing_fund_rent_withdrawal(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.housing_fund_rent_withdrawal")
    checks = [
        at_least_minor_children(ctx, value(e, "min_children")),
        fact_is(ctx, "owns_home_in_city", False, "no_home"),
        fact_is(ctx, "renting", True, "renting"),
        has_contributors(ctx),
    ]
    return [decide(e, checks)]


RULES = [
    public_rental_priority,
    rental_subsidy_area,
    housing_fund_loan_limit,
    housing_fund_rent_withdrawal,
]
