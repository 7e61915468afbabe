"""Jinan clause 11: maternity, paternity and parental leave."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, birth_as_said, decide, entry, reason, value
from policy_kb.rules.predicates import any_under_age, birth_now


def _of_a_birth(ctx: Context, code: str = "leave_birth") -> Check:
    """Leave belongs to a birth: one coming, or one within the maternity leave's days. The
    paternity leave's own `code` says that the plan sets no time to take it by (clause 11), so
    that window is our reading."""
    maternity = entry("jinan.maternity_leave")
    return birth_now(ctx, value(maternity, "days", ctx.as_of), code)


def _leave_reason(ctx: Context, code: str, days: int) -> Check:
    """The leave of a birth; with a baby on the way, the reason names its due date."""
    if ctx.due:
        return Check(True, reason(f"{code}_due", days=days, born=birth_as_said(ctx.due[0])))
    return Check(True, reason(code, days=days))


def maternity_leave(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.maternity_leave")
    days = value(e, "days", ctx.as_of)
    checks = [_of_a_birth(ctx), _leave_reason(ctx, "leave.maternity", days)]
    return [decide(e, checks, amounts={"days": days})]


def paternity_leave(ctx: Context) -> list[Entitlement]:
    e = entry("jinan.paternity_leave")
    days = value(e, "min_days", ctx.as_of)
    birth = _of_a_birth(ctx, "paternity_birth")
    checks = [birth, _leave_reason(ctx, "leave.paternity", days)]
    # a birth longer ago than the maternity leave, of a child still under 3 (the age clause 11's
    # parental leave runs to): the plan sets no time to take the paternity leave by, so "past"
    # is our reading, not the text's, and the answer is not certain
    infant, _, _ = any_under_age(
        ctx, value(entry("jinan.parental_leave"), "age_limit_years", ctx.as_of)
    )
    past = birth.verdict is False and bool(ctx.born) and not ctx.due
    return [decide(e, checks, amounts={"days": days}, certain=not (past and infant.verdict))]


def parental_leave(ctx: Context) -> list[Entitlement]:
    """Each parent, every year while a child is under 3; ends on the youngest's third birthday.
    A baby on the way counts from its birth."""
    e = entry("jinan.parental_leave")
    check, start, until = any_under_age(ctx, value(e, "age_limit_years", ctx.as_of))
    return [
        decide(
            e,
            [check],
            amounts={
                "days": value(e, "min_days_per_year", ctx.as_of),
                "start": start or ctx.as_of,
                "end": until,
            },
        )
    ]


RULES = [maternity_leave, paternity_leave, parental_leave]
