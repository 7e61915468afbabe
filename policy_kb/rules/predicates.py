"""Small named conditions shared by the rules. Each returns a Check with its reason.

Children are counted as the clauses count them: a baby on the way (a birth date after the
evaluation date) is not a child of the family yet, so it counts from its birth; a person of 18
or over is not a minor (Civil Code, Article 17, in definitions.yaml)."""

from calendar import monthrange
from datetime import date

from policy_kb.dates import add_years
from policy_kb.household import Child
from policy_kb.rules.base import Check, Context, birth_as_said, definition, reason
from policy_kb.text import Text, ordinal
from wording.cities import CITIES

UNKNOWN_CHILDREN = ("children",)


def has_hukou(ctx: Context) -> Check:
    city = Text(zh=CITIES[ctx.household.city].zh, en=CITIES[ctx.household.city].en)
    known = ctx.household.hukou_in_city
    if known is None:
        return Check(None, reason("hukou.unknown", city=city), ("hukou_in_city",))
    return Check(known, reason("hukou.yes" if known else "hukou.no", city=city))


def children_known(ctx: Context) -> Check:
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), UNKNOWN_CHILDREN)
    return Check(True, reason("children.known", n=len(ctx.children)))


def due_date_reaching(ctx: Context, have: int, minimum: int) -> Text | None:
    """The due date on which the family reaches `minimum` children, if a baby on the way does."""
    needed = minimum - have
    return birth_as_said(ctx.due[needed - 1]) if 0 < needed <= len(ctx.due) else None


def children_after_birth(ctx: Context, have: int, minimum: int) -> int:
    """How many children the family has once the birth that reaches `minimum` has happened:
    every baby due by that date counts, so twins due beside an older child make three, not two
    (tester 23 c2: "after the birth due in February 2027 you will have 2" for twins)."""
    needed = minimum - have
    if not 0 < needed <= len(ctx.due):
        return have
    reached = ctx.due[needed - 1].birth_date
    return have + sum(1 for c in ctx.due if c.birth_date <= reached)


def at_least_children(ctx: Context, minimum: int) -> Check:
    """The family has at least `minimum` children born (unknown when the children are unknown)."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), UNKNOWN_CHILDREN)
    n = len(ctx.born)
    if n >= minimum:
        return Check(True, reason("children.enough", n=n, min=minimum))
    due = due_date_reaching(ctx, n, minimum)
    if due is not None:
        then = children_after_birth(ctx, n, minimum)
        return Check(False, reason("children.from_birth", n=n, min=minimum, born=due, then=then))
    return Check(False, reason("children.too_few", n=n, min=minimum))


def minors(ctx: Context) -> list[Child]:
    """The children born and not yet 18 on the evaluation date."""
    adult_age = definition("minor_age_years")
    return [c for c in ctx.born if ctx.as_of < add_years(c.birth_date, adult_age)]


def at_least_minor_children(ctx: Context, minimum: int) -> Check:
    """At least `minimum` minor children (Jinan clause 14: "two children and above" minors)."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), UNKNOWN_CHILDREN)
    n = len(minors(ctx))
    adults = len(ctx.born) - n
    age = definition("minor_age_years")
    if n >= minimum:
        return Check(True, reason("minors.enough", n=n, min=minimum, age=age))
    due = due_date_reaching(ctx, n, minimum)
    if due is not None:
        then = children_after_birth(ctx, n, minimum)
        code = "minors.from_birth"
        return Check(False, reason(code, n=n, min=minimum, born=due, age=age, then=then))
    code = "minors.too_few_adults" if adults else "minors.too_few"
    return Check(False, reason(code, n=n, min=minimum, adults=adults, age=age))


def birth_now(ctx: Context, within_days: int, code: str) -> Check:
    """A birth is coming or was within the last `within_days` days (a leave or a delivery
    payment belongs to a birth); reasons `<code>.now`, `.past`, `.no_birth`, and `.any` (undecided,
    asking for the children) while the children are unknown."""
    if not ctx.children_known:
        return Check(None, reason(f"{code}.any"), UNKNOWN_CHILDREN)
    if ctx.due:
        return Check(True, reason(f"{code}.now"))
    if not ctx.born:
        return Check(False, reason(f"{code}.no_birth"))
    last = ctx.born[-1]
    if (ctx.as_of - last.birth_date).days <= within_days:
        return Check(True, reason(f"{code}.now"))
    return Check(False, reason(f"{code}.past", born=birth_as_said(last), days=within_days))


def several_minor_children(ctx: Context) -> Check:
    """More than one minor child: the Beijing plan speaks of 'a large number' without a figure."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), UNKNOWN_CHILDREN)
    n = len(minors(ctx))
    age = definition("minor_age_years")
    return Check(
        n > 1, reason("children.several" if n > 1 else "children.not_several", n=n, age=age)
    )


def birth_order_in(order: int, orders: list[int]) -> Check:
    allowed = Text(
        zh="、".join(f"第{o}个" for o in orders), en=" or ".join(ordinal(o) for o in orders)
    )
    ok = order in orders
    return Check(
        ok, reason("order.yes" if ok else "order.no", order=_order_text(order), allowed=allowed)
    )


def born_on_or_after(ctx: Context, child: Child, cutoff: date) -> Check:
    """Born (or due) on or after `cutoff`; for a baby on the way it starts after the birth."""
    ok = child.birth_date >= cutoff
    code = "born.no" if not ok else "born.expected" if ctx.is_due(child) else "born.yes"
    if code == "born.yes" and child.birth_date == cutoff and child.birth_date_precision == "day":
        # born on the day itself: the plan's "after 1 January 2023" read as including it, and
        # said to be our reading (tester 64 heard no word of the edge)
        code = "born.on_cutoff"
    # the child named: a refused child's line is read beside the others' (tester 36 c06)
    order = next((i for i, c in enumerate(ctx.children, start=1) if c is child), None)
    named = _order_text(order) if order is not None else Text(zh="孩子", en="the child")
    return Check(ok, reason(code, born=birth_as_said(child), cutoff=cutoff, order=named))


def latest_birth(child: Child) -> date:
    """The last day the child can have been born on, as its birth was said: the month's last day
    for "2023年12月", 31 December for "2023年", the day itself when the day was said."""
    born = child.birth_date
    if child.birth_date_precision == "year":
        return date(born.year, 12, 31)
    if child.birth_date_precision == "month":
        return date(born.year, born.month, monthrange(born.year, born.month)[1])
    return born


def under_age(ctx: Context, child: Child, years: int) -> Check:
    """The child has not yet reached `years` on the evaluation date. A birth said to the month
    (or year) only is counted from its 1st, but the birthday may fall later in that month: while
    it may still be ahead, the child is taken as under age, the birthday given as the month it
    falls in ("约在2026年12月"), never as passed (tester 46 c08: "已于2026年12月1日停发" for a
    child born 2023-12-20)."""
    birthday = add_years(child.birth_date, years)
    if ctx.as_of < birthday:
        return Check(True, reason("age.under", years=years, birthday=birthday))
    if ctx.as_of < add_years(latest_birth(child), years):
        when = birth_as_said(child.model_copy(update={"birth_date": birthday}))
        return Check(True, reason("age.under_about", years=years, when=when))
    return Check(False, reason("age.reached", years=years, birthday=birthday))


def any_under_age(ctx: Context, years: int) -> tuple[Check, date | None, date | None]:
    """Some child is under `years`: the Check, the day it starts (None: now; a due date when
    only a baby on the way will be) and the last day (the youngest's birthday)."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), UNKNOWN_CHILDREN), None, None
    birthdays = [add_years(c.birth_date, years) for c in ctx.children]
    open_until = max((b for b in birthdays if b > ctx.as_of), default=None)
    born_until = max((add_years(c.birth_date, years) for c in ctx.born), default=None)
    if born_until is not None and born_until > ctx.as_of:
        later = [birth_as_said(c) for c in ctx.due if c.birth_date > born_until]
        until: date | None = born_until
        code = "age.some_under_then_birth"  # a gap between the youngest's birthday and the birth
        if not later:
            code, until = "age.some_under", open_until
        words = reason(code, years=years, birthday=until, born=later[0] if later else None)
        return Check(True, words), None, until
    if ctx.due:
        first = ctx.due[0].birth_date
        said = birth_as_said(ctx.due[0])
        check = Check(True, reason("age.from_birth", years=years, born=said, birthday=open_until))
        return check, first, open_until
    if born_until is not None:  # the youngest has turned `years`: it ended on that birthday
        ended = reason("age.none_under_since", years=years, birthday=born_until)
        return Check(False, ended), None, None
    return Check(False, reason("age.none_under", years=years)), None, None


def hardship_at_birth(ctx: Context, child: Child | None) -> Check:
    """The family was on dibao, special hardship support or unemployment benefits at this
    child's birth (Jinan clause 12): the child's own fact, else the household's ("every birth");
    `child` None: no child known yet, the household's fact alone."""
    known = child.hardship_at_birth if child is not None else None
    if known is None:
        known = ctx.household.hardship_at_birth
    if known is None:
        return Check(None, reason("hardship.unknown"), ("hardship_at_birth",))
    return Check(known, reason("hardship.yes" if known else "hardship.no"))


def fact_is(ctx: Context, fact: str, wanted: bool, code: str) -> Check:
    """A yes/no fact equals `wanted`; reasons `<code>.yes`, `<code>.no`, `<code>.unknown`."""
    known = getattr(ctx.household, fact)
    if known is None:
        return Check(None, reason(f"{code}.unknown"), (fact,))
    ok = known == wanted
    return Check(ok, reason(f"{code}.yes" if ok else f"{code}.no"))


def has_contributors(ctx: Context) -> Check:
    n = ctx.household.housing_fund_contributors
    if n is None:
        return Check(None, reason("contributors.unknown"), ("housing_fund_contributors",))
    return Check(n > 0, reason("contributors.some" if n > 0 else "contributors.none", n=n))


def _order_text(n: int) -> Text:
    return Text(zh=f"第{n}个孩子", en=f"the {ordinal(n)} child")
