"""Jinan clause 12: childcare subsidy per second or third child, its hardship supplement, and the
income-tax deduction for children under 3."""

from collections.abc import Callable

from policy_kb.dates import add_years, months_between
from policy_kb.household import Child
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, per_child, value
from policy_kb.rules.predicates import (
    any_under_age,
    birth_order_in,
    born_on_or_after,
    children_known,
    hardship_at_birth,
    has_hukou,
    under_age,
)

ChildChecks = Callable[[Context, Child | None], list[Check]]


def _child_checks(ctx: Context, e: Entry, order: int, child: Child) -> list[Check]:
    """The child's conditions, those no family can change first (order, birth date, age), so
    that a first child without the hukou is told first that only the 2nd and 3rd qualify, not
    that the hukou would make it qualify (tester 20 c10)."""
    return [
        birth_order_in(order, value(e, "birth_orders", ctx.as_of)),
        born_on_or_after(ctx, child, value(e, "born_on_or_after", ctx.as_of)),
        under_age(ctx, child, value(e, "age_limit_years", ctx.as_of)),
        has_hukou(ctx),
    ]


def _no_extra(ctx: Context, child: Child | None) -> list[Check]:
    return []


def _per_child_until_age_limit(
    ctx: Context, conditions: Entry, result: Entry, monthly: int, extra: ChildChecks
) -> list[Entitlement]:
    """One entitlement `result` per child under the childcare subsidy's `conditions`, plus the
    child's `extra` checks (or a single needs_info while the children are unknown). A baby on
    the way gets it from the birth: `start` is its due date."""
    age_limit = value(conditions, "age_limit_years", ctx.as_of)

    def one(order: int, child: Child) -> Entitlement:
        end = add_years(child.birth_date, age_limit)
        checks = [*_child_checks(ctx, conditions, order, child), *extra(ctx, child)]
        amounts = {
            "monthly_amount_cny": monthly,
            "total_amount_cny": monthly * months_between(child.birth_date, end),
            "start": child.birth_date,
        }
        # The end date explains an expired subsidy; for a child who never qualified it misleads.
        age_check = checks[2]
        only_age_failed = all(c.verdict is not False for c in checks if c is not age_check)
        always = {"end": end} if only_age_failed else {}
        return decide(result, checks, child=order, amounts=amounts, always=always)

    unknown = [children_known(ctx), has_hukou(ctx), *extra(ctx, None)]
    return per_child(ctx, result, one, unknown)


def childcare_subsidy(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.childcare_subsidy")
    return _per_child_until_age_limit(
        ctx, e, e, value(e, "monthly_amount_cny", ctx.as_of), _no_extra
    )


def hardship_supplement(ctx: Context) -> list[Entitlement]:
    """Per child: the family was in hardship at *that* birth ("those who have given birth
    during the period of the minimum subsistence guarantee ...")."""
    base = entry("jinan.childcare_subsidy")
    e = entry("jinan.childcare_subsidy_hardship_supplement")

    def at_this_birth(ctx: Context, child: Child | None) -> list[Check]:
        return [hardship_at_birth(ctx, child)]

    return _per_child_until_age_limit(
        ctx, base, e, value(e, "monthly_amount_cny", ctx.as_of), at_this_birth
    )


def income_tax_deduction(ctx: Context) -> list[Entitlement]:
    """While a child is under 3; a baby on the way counts from its birth."""
    e = entry("jinan.iit_infant_care_deduction")
    check, start, until = any_under_age(ctx, value(e, "age_limit_years", ctx.as_of))
    return [decide(e, [check], amounts={"start": start, "end": until})]


RULES = [childcare_subsidy, hardship_supplement, income_tax_deduction]
