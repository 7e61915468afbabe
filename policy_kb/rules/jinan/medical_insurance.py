"""Jinan clause 15: childbirth costs, children's inpatient care, newborn and grandparents' cover."""

from policy_kb.dates import add_months
from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason, value
from policy_kb.rules.predicates import (
    at_least_children,
    birth_order_in,
    born_on_or_after,
    children_known,
)


def childbirth_medical_insurance(ctx: Context) -> list[Entitlement]:
    """What hospital childbirth costs the mother's cover pays, by type of cover."""
    e = entry("jinan.childbirth_medical_insurance")
    cover = ctx.household.birth_insurance
    if cover is None:
        return [decide(e, [Check(None, reason("insurance.unknown"), ("birth_insurance",))])]
    amounts: dict[str, float | int] = {}
    if cover == "resident_medical":
        amounts["amount_cny"] = value(e, "resident_fixed_payment_cny")
    elif cover == "employee_maternity":
        amounts["rate"] = value(e, "employee_maternity_rate")
    elif cover == "flexible_employment":
        amounts["rate"] = value(e, "flexible_employment_rate")
    check = Check(cover != "none", reason(f"insurance.{cover}", **_shown(amounts)))
    return [decide(e, [check], amounts=amounts)]


def _shown(amounts: dict[str, float | int]) -> dict[str, float | int]:
    shown = dict(amounts)
    if "rate" in shown:
        shown["percent"] = shown.pop("rate") * 100
    return shown


def child_inpatient_reimbursement(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.child_inpatient_reimbursement")
    check = at_least_children(ctx, 1)
    points = value(e, "rate_increase") * 100
    return [decide(e, [check, Check(True, reason("insurance.child_inpatient", points=points))])]


def newborn_medical_insurance_subsidy(ctx: Context) -> list[Entitlement]:
    """Per second/third child born on or after the start date: join within six months of birth."""
    e = entry("jinan.newborn_medical_insurance_subsidy")
    if not ctx.children_known:
        return [decide(e, [children_known(ctx)])]
    results = []
    for order, child in enumerate(ctx.children, start=1):
        months = value(e, "enrol_within_months")
        apply_by = add_months(child.birth_date, months)
        in_time = ctx.as_of <= apply_by
        code = "window.open" if in_time else "window.closed"
        window = Check(in_time, reason(code, apply_by=apply_by, months=months))
        checks = [
            birth_order_in(order, value(e, "birth_orders")),
            born_on_or_after(child, value(e, "born_on_or_after")),
            window,
        ]
        qualifies = all(c.verdict for c in checks[:2])
        always = {"apply_by": apply_by} if qualifies else {}
        results.append(decide(e, checks, child=order, always=always))
    return results


def grandparents_ltc_insurance_subsidy(ctx: Context) -> list[Entitlement]:
    """Household-wide: some second or third child born on or after the start date."""
    e = entry("jinan.grandparents_ltc_insurance_subsidy")
    if not ctx.children_known:
        return [decide(e, [children_known(ctx)])]
    for order, child in enumerate(ctx.children, start=1):
        checks = [
            birth_order_in(order, value(e, "birth_orders")),
            born_on_or_after(child, value(e, "born_on_or_after")),
        ]
        if all(c.verdict for c in checks):
            return [decide(e, checks)]
    cutoff = value(e, "born_on_or_after")
    return [decide(e, [Check(False, reason("grandparents.no_child", cutoff=cutoff))])]


RULES = [
    childbirth_medical_insurance,
    child_inpatient_reimbursement,
    newborn_medical_insurance_subsidy,
    grandparents_ltc_insurance_subsidy,
]
