"""Jinan clause 8: free medical check-ups for infants and young children."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason, value
from policy_kb.rules.predicates import any_under_age


def free_infant_checkups(ctx: Context) -> list[Entitlement]:
    """ "Infants and young children": the clause gives no age; read as under 3, the plan's own
    use of the term, so the answer is not certain. An adult is never counted."""
    e = entry("jinan.free_infant_checkups")
    years = value(e, "age_limit_years", ctx.as_of)
    check, _, _ = any_under_age(ctx, years)
    checks = [
        check,
        Check(True, reason("service.checkups")),
        Check(True, reason("reading.infants", years=years)),
    ]
    # no start or end date: the age is our reading, not the plan's; "至2028年10月1日止" in a
    # list read as the plan's own limit (tester 39 c05)
    return [decide(e, checks, certain=False)]


RULES = [free_infant_checkups]
