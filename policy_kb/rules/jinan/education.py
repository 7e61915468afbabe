"""Jinan clause 13: school places for two- and three-child families."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Context, decide, entry, value
from policy_kb.rules.predicates import at_least_children


def same_school_enrollment(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.same_school_enrollment")
    return [decide(e, [at_least_children(ctx, value(e, "min_children", ctx.as_of))])]


def inclusive_kindergarten_priority(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.inclusive_kindergarten_priority")
    return [decide(e, [at_least_children(ctx, value(e, "min_children", ctx.as_of))])]


RULES = [same_school_enrollment, inclusive_kindergarten_priority]
