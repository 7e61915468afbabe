"""Jinan clause 15: childbirth costs, children's inpatient care, newborn and grandparents' cover."""

from calendar import monthrange
from datetime import date

from policy_kb.dates import add_months
from policy_kb.household import Child
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.rules.base import (
    Check,
    Context,
    birth_as_said,
    decide,
    definition,
    entry,
    per_child,
    reason,
    value,
)
from policy_kb.rules.predicates import (
    UNKNOWN_CHILDREN,
    _order_text,
    any_under_age,
    birth_order_in,
    born_on_or_after,
    children_known,
)
from policy_kb.text import Text


def childbirth_medical_insurance(ctx: Context) -> list[Entitlement]:
    """What hospital childbirth costs the mother's cover pays, by type of cover."""
    e = entry("jinan.childbirth_medical_insurance")
    delivery = _a_delivery(ctx)
    if delivery.verdict is False:  # no delivery to pay for: the cover is not asked
        return [decide(e, [delivery])]
    cover = ctx.household.birth_insurance
    if cover is None:
        return [decide(e, [Check(None, reason("insurance.unknown"), ("birth_insurance",))])]
    amounts: dict[str, float | int] = {}
    if cover == "resident_medical":
        amounts["amount_cny"] = value(e, "resident_fixed_payment_cny", ctx.as_of)
    elif cover == "employee_maternity":
        amounts["rate"] = value(e, "employee_maternity_rate", ctx.as_of)
    elif cover == "flexible_employment":
        amounts["rate"] = value(e, "flexible_employment_rate", ctx.as_of)
    check = Check(cover != "none", reason(f"insurance.{cover}", **_shown(amounts)))
    return [decide(e, [check], amounts=amounts)]


def _a_delivery(ctx: Context) -> Check:
    """A birth, coming or past, for the delivery payment to apply to. Clause 15 ties it to no
    time after the birth (not to the 158 days of leave of clause 11): a birth long ago still
    had its delivery paid; only a family with no child at all is told it applies at a birth."""
    if not ctx.children_known:
        return Check(None, reason("delivery.any"), UNKNOWN_CHILDREN)
    if ctx.due:
        return Check(True, reason("delivery.now"))
    if not ctx.born:
        return Check(False, reason("delivery.no_birth"))
    return Check(True, reason("delivery.past", born=birth_as_said(ctx.born[-1])))


def _shown(amounts: dict[str, float | int]) -> dict[str, float | int]:
    shown = dict(amounts)
    if "rate" in shown:
        shown["percent"] = shown.pop("rate") * 100
    return shown


def child_inpatient_reimbursement(ctx: Context) -> list[Entitlement]:
    """ "Children and adolescents": the text gives no age; read as minors (under 18), so the
    answer is not certain and an adult is never counted."""
    e = entry("jinan.child_inpatient_reimbursement")
    years = definition("minor_age_years")
    check, start, _until = any_under_age(ctx, years)
    points = value(e, "rate_increase", ctx.as_of) * 100
    checks = [
        check,
        Check(True, reason("insurance.child_inpatient", points=points)),
        Check(True, reason("reading.children_adolescents", years=years)),
    ]
    return [decide(e, checks, amounts={"start": start}, certain=False)]


def _qualifying_birth(ctx: Context, e: Entry, order: int, child: Child) -> list[Check]:
    """A second or third child born (or due) on or after 1 January 2023."""
    return [
        birth_order_in(order, value(e, "birth_orders", ctx.as_of)),
        born_on_or_after(ctx, child, value(e, "born_on_or_after", ctx.as_of)),
    ]


def _window_end(child: Child, apply_by: date) -> Text:
    """The end of the six months as precise as the birth was said: a birth month only ("今年3月")
    ends around a month ("2026年9月前后"), never on a day nobody said."""
    if child.birth_date_precision in ("month", "year"):
        return Text(zh=f"{apply_by.year}年{apply_by.month}月前后", en=f"around {apply_by:%B %Y}")
    return Text(
        zh=f"{apply_by.year}年{apply_by.month}月{apply_by.day}日", en=f"{apply_by:%-d %B %Y}"
    )


def _latest_window_end(child: Child, months: int) -> date:
    """The last day the window can end on: for a birth known to the month (or year), the window
    of a child born on that month's (year's) last day."""
    born = child.birth_date
    if child.birth_date_precision == "month":
        born = date(born.year, born.month, monthrange(born.year, born.month)[1])
    elif child.birth_date_precision == "year":
        born = date(born.year, 12, 31)
    return add_months(born, months)


def newborn_medical_insurance_subsidy(ctx: Context) -> list[Entitlement]:
    """Per second/third child born on or after the start date: join within six months of birth;
    the subsidy is the individual contribution of one year, the year of enrolment."""
    e = entry("jinan.newborn_medical_insurance_subsidy")
    months = value(e, "enrol_within_months", ctx.as_of)

    def one(order: int, child: Child) -> Entitlement:
        checks = _qualifying_birth(ctx, e, order, child)
        if not all(c.verdict for c in checks):
            return decide(e, checks, child=order)
        apply_by = add_months(child.birth_date, months)
        if ctx.is_due(child):
            due = reason("window.after_birth", apply_by=apply_by, born=birth_as_said(child))
            window = Check(True, due)
        elif ctx.as_of <= apply_by:
            window = Check(True, reason("window.open", apply_by=apply_by))
        elif ctx.as_of <= (latest := _latest_window_end(child, months)):
            # a birth known to the month whose window ends this month, on a day that rests on
            # the birth's day: the exact day decides (issue 12: ask it near an enrolment
            # deadline; tester 116 p7 heard "no longer" of a child born in June on 7 December)
            window = Check(
                None,
                reason("window.day_decides", first=apply_by, latest=latest, months=months),
            )
        else:  # closed: the rule said, and whether the child was enrolled in time (tester 22 c05)
            until = _window_end(child, apply_by)
            window = Check(False, reason("window.closed", until=until, months=months))
        undecided = window.verdict is None  # the day decides: said first, no day to act by
        return decide(
            e,
            [window, *checks] if undecided else [*checks, window],
            child=order,
            amounts={"start": child.birth_date},
            always={} if undecided else {"apply_by": apply_by},
            # a child enrolled in time had it: the family did not say (tester 22, tester 23 c6)
            certain=window.verdict is not False,
        )

    return per_child(ctx, e, one, [children_known(ctx)])


def grandparents_ltc_insurance_subsidy(ctx: Context) -> list[Entitlement]:
    """Household-wide, for a second or third child born on or after the start date ("the year's
    individual contributions"): not certain, since the text says neither which year nor by
    when the grandparents must join."""
    e = entry("jinan.grandparents_ltc_insurance_subsidy")
    if not ctx.children_known:
        return [decide(e, [children_known(ctx)])]
    births = [
        (order, child, checks)
        for order, child in enumerate(ctx.children, start=1)
        for checks in [_qualifying_birth(ctx, e, order, child)]
        if all(c.verdict for c in checks)
    ]
    if not births:
        cutoff = value(e, "born_on_or_after", ctx.as_of)
        return [decide(e, [Check(False, reason("grandparents.no_child", cutoff=cutoff))])]
    order, child, (_, born) = births[-1]
    # the child it rests on, in one sentence ("第2个孩子出生于2023年5月，在2023年1月1日以后。"),
    # not "这一项给第2个、第3个孩子，这是第2个孩子" before it (tester 50 P25)
    who = _order_text(order)
    checks = [
        Check(
            True,
            Text(
                zh=who.zh + born.reason.zh,
                en=f"{who.en[:1].upper()}{who.en[1:]}: {born.reason.en[:1].lower()}"
                f"{born.reason.en[1:]}",
            ),
            born.facts,
        )
    ]
    # "当年个人缴费": the plan names no year and no date by which the grandparents must join, so
    # no verdict rests on a year of ours (tester 49 c06 read "很可能不能了" of a year "passed",
    # c04 "很可能可以" of a close one): the plan's words, its silence, the lead department.
    lead = department_names(e.departments.lead)[0]
    code = "grandparents.year_due" if ctx.is_due(child) else "grandparents.year"
    year = Check(True, reason(code, born=birth_as_said(child), lead=lead))
    start = child.birth_date if ctx.is_due(child) else None
    return [decide(e, [*checks, year], amounts={"start": start}, certain=False)]


RULES = [
    childbirth_medical_insurance,
    child_inpatient_reimbursement,
    newborn_medical_insurance_subsidy,
    grandparents_ltc_insurance_subsidy,
]
