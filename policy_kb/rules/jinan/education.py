"""Jinan clause 13: school places for two- and three-child families."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason, value
from policy_kb.rules.predicates import at_least_children, at_least_minor_children


def same_school_enrollment(ctx: Context) -> list[Entitlement]:
    """Children "of different ages who meet the conditions for enrollment": minors only. The
    plan "coordinates support" by the schools' situation and the family's wishes (clause 13): a
    promise to try, not a place, so never certain."""
    e = entry("jinan.same_school_enrollment")
    checks = [
        at_least_minor_children(ctx, value(e, "min_children", ctx.as_of)),
        Check(True, reason("reading.same_school")),
    ]
    return [decide(e, checks, certain=False)]


def inclusive_kindergarten_priority(ctx: Context) -> list[Entitlement]:
    """A three-child family with a child still to enrol: the children, and one a minor."""
    e = entry("jinan.inclusive_kindergarten_priority")
    checks = [
        at_least_children(ctx, value(e, "min_children", ctx.as_of)),
        at_least_minor_children(ctx, 1),
    ]
    return [decide(e, checks)]


RULES = [same_school_enrollment, inclusive_kindergarten_priority]
