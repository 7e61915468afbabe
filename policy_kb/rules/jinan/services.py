"""Jinan clauses 2 and 8: services every family with a newborn or young child can use."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason, value
from policy_kb.rules.predicates import any_under_age


def birth_one_thing(ctx: Context) -> list[Entitlement]:
    return [
        decide(entry("jinan.birth_one_thing"), [Check(True, reason("service.birth_one_thing"))])
    ]


def free_infant_checkups(ctx: Context) -> list[Entitlement]:
    """ "Infants and young children": the clause gives no age; read as under 3, the plan's own
    use of the term, so the answer is not certain. An adult is never counted."""
    e = entry("jinan.free_infant_checkups")
    years = value(e, "age_limit_years")
    check, start, until = any_under_age(ctx, years)
    checks = [
        check,
        Check(True, reason("service.checkups")),
        Check(True, reason("reading.infants", years=years)),
    ]
    return [decide(e, checks, amounts={"start": start, "end": until}, certain=False)]


RULES = [birth_one_thing, free_infant_checkups]
