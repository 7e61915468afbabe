"""Jinan clause 13: school places for two- and three-child families."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Context, decide, entry, value
from policy_kb.rules.predicates import at_least_children, at_least_minor_children


def same_school_enrollment(ctx: Context) -> list[Entitlement]:
    """Children "of different ages who meet the conditions for enrollment": minors only."""
    e = entry("jinan.same_school_enrollment")
    return [decide(e, [at_least_minor_children(ctx, value(e, "min_children", ctx.as_of))])]


def inclusive_kindergarten_priority(ctx: Context) -> list[Entitlement]:
    """A three-child family with a child still to enrol: the children, and one a minor."""
    e = entry("jinan.inclusive_kindergarten_priority")
    checks = [
        at_least_children(ctx, value(e, "min_children", ctx.as_of)),
        at_least_minor_children(ctx, 1),
    ]
    return [decide(e, checks)]


RULES = [same_school_enrollment, inclusive_kindergarten_priority]
