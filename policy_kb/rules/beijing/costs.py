"""Beijing clause (12) (and the tax deduction of (9)): measures that lower a family's costs.

The Beijing plan names no amounts and no days: these entitlements carry none."""

from datetime import date

from policy_kb.dates import add_years
from policy_kb.household import Child
from policy_kb.report import Entitlement
from policy_kb.rules.base import (
    Check,
    Context,
    birth_as_said,
    decide,
    entry,
    per_child,
    reason,
    value,
)
from policy_kb.rules.predicates import any_under_age, children_known, several_minor_children

CM_PER_M = 100
# No child under 3 is anywhere near 1.3 m (the WHO growth standards' 99.9th percentile at 3 years
# is about 1.1 m): a baby's or toddler's height is not asked, and the answer says why.
TODDLER_YEARS = 3


def leave_entitlements(ctx: Context) -> list[Entitlement]:
    """Leave of a birth and of caring for a young child: none without a baby on the way or a
    child under 3 (the age of the under-3 deduction of (9), the plan's only age for young
    children)."""
    e = entry("beijing.leave_entitlements")
    young, _start, _until = any_under_age(
        ctx, value(entry("beijing.iit_infant_care_deduction"), "age_limit_years", ctx.as_of)
    )
    if young.verdict is False:
        years = value(entry("beijing.iit_infant_care_deduction"), "age_limit_years", ctx.as_of)
        return [decide(e, [Check(False, reason("leave.beijing_past", years=years))])]
    return [decide(e, [Check(True, reason("leave.beijing"))])]


def maternity_insurance(ctx: Context) -> list[Entitlement]:
    e = entry("beijing.maternity_insurance")
    cover = ctx.household.birth_insurance
    if cover is None:
        return [decide(e, [Check(None, reason("insurance.unknown"), ("birth_insurance",))])]
    if cover == "flexible_employment":
        # the plan names insured female employees only: whether flexibly employed women insured
        # under the employees' scheme get it, and at what rate, it does not say (tester 46 c06)
        return [decide(e, [Check(False, reason("insurance.beijing_flexible"))], certain=False)]
    if cover == "none":
        return [decide(e, [Check(False, reason("insurance.beijing_none"))])]
    insured_employee = cover == "employee_maternity"
    code = "insurance.beijing_employee" if insured_employee else "insurance.beijing_other"
    return [decide(e, [Check(insured_employee, reason(code))])]


def family_upbringing_subsidy(ctx: Context) -> list[Entitlement]:
    e = entry("beijing.family_upbringing_subsidy_system")
    return [decide(e, [Check(False, reason("subsidy.beijing_none"))])]


def public_rental_priority(ctx: Context) -> list[Entitlement]:
    e = entry("beijing.public_rental_priority")
    checks = [several_minor_children(ctx)]
    if ctx.household.owns_home_in_city:  # a home owner usually does not meet the conditions
        checks.append(Check(True, reason("rental.owner_beijing")))
    return [decide(e, checks, certain=False)]


def child_free_transit(ctx: Context) -> list[Entitlement]:
    """Per child: under the height limit rides free (Beijing (12)). The height may be unknown,
    or known only to be under a bound ("还不到1米3"): a bound at most the limit decides."""
    e = entry("beijing.child_free_transit")
    limit_cm = value(e, "max_height_m", ctx.as_of) * CM_PER_M

    def one(order: int, child: Child) -> Entitlement:
        if ctx.is_due(child):  # a newborn is under any height limit: free from the birth
            due = Check(True, reason("height.due", born=birth_as_said(child)))
            return decide(e, [due], child=order, amounts={"start": child.birth_date})
        if child.height_cm is None and child.height_below_cm is not None:
            if child.height_below_cm <= limit_cm:  # "还不到1米3": under whatever the exact height
                check = Check(True, reason("height.under_bound", cm=child.height_below_cm))
            else:
                check = Check(None, reason("height.unknown"), ("children.height_cm",))
        elif child.height_cm is None and ctx.as_of < add_years(child.birth_date, TODDLER_YEARS):
            limit_m = value(e, "max_height_m", ctx.as_of)
            check = Check(True, reason("height.toddler", years=TODDLER_YEARS, limit=limit_m))
        elif child.height_cm is None:
            check = Check(None, reason("height.unknown"), ("children.height_cm",))
        else:
            check = height_check(child.height_cm, ctx.as_of)
        return decide(e, [check], child=order)

    return per_child(ctx, e, one, [children_known(ctx)])


def height_check(height_cm: float, as_of: date) -> Check:
    """A measured height against the free-ride limit (Beijing (12): "children under 1.3 metres
    can ride buses and subways free of charge"): under it rides free, at or over it needs a
    ticket. `height_cm` in centimetres; the check's reason says which."""
    e = entry("beijing.child_free_transit")
    under = height_cm < value(e, "max_height_m", as_of) * CM_PER_M
    return Check(under, reason("height.under" if under else "height.over", cm=height_cm))


def income_tax_deduction(ctx: Context) -> list[Entitlement]:
    e = entry("beijing.iit_infant_care_deduction")
    check, start, until = any_under_age(ctx, value(e, "age_limit_years", ctx.as_of))
    return [decide(e, [check], amounts={"start": start, "end": until})]


RULES = [
    leave_entitlements,
    maternity_insurance,
    family_upbringing_subsidy,
    public_rental_priority,
    child_free_transit,
    income_tax_deduction,
]
