"""Jinan clauses 2 and 8: services every family with a newborn or young child can use."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason
from policy_kb.rules.predicates import at_least_children


def birth_one_thing(ctx: Context) -> list[Entitlement]:
    return [
        decide(entry("jinan.birth_one_thing"), [Check(True, reason("service.birth_one_thing"))])
    ]


def free_infant_checkups(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.free_infant_checkups")
    return [decide(e, [at_least_children(ctx, 1), Check(True, reason("service.checkups"))])]


RULES = [birth_one_thing, free_infant_checkups]
