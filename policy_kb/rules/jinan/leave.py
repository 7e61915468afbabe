"""Jinan clause 11: maternity, paternity and parental leave."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason, value
from policy_kb.rules.predicates import any_under_age


def maternity_leave(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.maternity_leave")
    days = value(e, "days")
    check = Check(True, reason("leave.maternity", days=days))
    return [decide(e, [check], amounts={"days": days})]


def paternity_leave(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.paternity_leave")
    days = value(e, "min_days")
    check = Check(True, reason("leave.paternity", days=days))
    return [decide(e, [check], amounts={"days": days})]


def parental_leave(ctx: Context) -> list[Entitlement]:
    """Each parent, every year while a child is under 3; ends on the youngest's third birthday."""
    e = entry("jinan.parental_leave")
    check, until = any_under_age(ctx, value(e, "age_limit_years"))
    return [
        decide(
            e,
            [check],
            amounts={"days": value(e, "min_days_per_year"), "start": ctx.as_of, "end": until},
        )
    ]


RULES = [maternity_leave, paternity_leave, parental_leave]
