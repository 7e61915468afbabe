"""Jinan clause 2: the "birth one thing" joint service every family with a newborn can use."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason


def birth_one_thing(ctx: Context) -> list[Entitlement]:
    return [
        decide(entry("jinan.birth_one_thing"), [Check(True, reason("service.birth_one_thing"))])
    ]


RULES = [birth_one_thing]
