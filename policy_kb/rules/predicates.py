"""Small named conditions shared by the rules. Each returns a Check with its reason."""

from datetime import date

from policy_kb.dates import add_years
from policy_kb.household import Child
from policy_kb.rules.base import Check, Context, reason
from policy_kb.text import Text

CITY_NAMES = {"jinan": Text(zh="济南", en="Jinan"), "beijing": Text(zh="北京", en="Beijing")}


def has_hukou(ctx: Context) -> Check:
    city = CITY_NAMES[ctx.household.city]
    known = ctx.household.hukou_in_city
    if known is None:
        return Check(None, reason("hukou.unknown", city=city), ("hukou_in_city",))
    return Check(known, reason("hukou.yes" if known else "hukou.no", city=city))


def children_known(ctx: Context) -> Check:
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), ("children",))
    return Check(True, reason("children.known", n=len(ctx.children)))


def at_least_children(ctx: Context, minimum: int) -> Check:
    """The family has at least `minimum` children (unknown when the children are unknown)."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), ("children",))
    n = len(ctx.children)
    code = "children.enough" if n >= minimum else "children.too_few"
    return Check(n >= minimum, reason(code, n=n, min=minimum))


def several_children(ctx: Context) -> Check:
    """More than one child: the Beijing plan speaks of 'a large number' without a figure."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), ("children",))
    n = len(ctx.children)
    return Check(n > 1, reason("children.several" if n > 1 else "children.not_several", n=n))


def birth_order_in(order: int, orders: list[int]) -> Check:
    allowed = Text(
        zh="、".join(f"第{o}个" for o in orders), en=" or ".join(_ordinal(o) for o in orders)
    )
    ok = order in orders
    return Check(
        ok, reason("order.yes" if ok else "order.no", order=_order_text(order), allowed=allowed)
    )


def born_on_or_after(child: Child, cutoff: date) -> Check:
    ok = child.birth_date >= cutoff
    return Check(ok, reason("born.yes" if ok else "born.no", born=child.birth_date, cutoff=cutoff))


def under_age(ctx: Context, child: Child, years: int) -> Check:
    """The child has not yet reached `years` on the evaluation date."""
    birthday = add_years(child.birth_date, years)
    ok = ctx.as_of < birthday
    return Check(ok, reason("age.under" if ok else "age.reached", years=years, birthday=birthday))


def any_under_age(ctx: Context, years: int) -> tuple[Check, date | None]:
    """Some child is under `years`; also the last day any of them is (the youngest's birthday)."""
    if not ctx.children_known:
        return Check(None, reason("children.unknown"), ("children",)), None
    birthdays = [add_years(c.birth_date, years) for c in ctx.children]
    open_until = max((b for b in birthdays if b > ctx.as_of), default=None)
    if open_until is None:
        return Check(False, reason("age.none_under", years=years)), None
    return Check(True, reason("age.some_under", years=years, birthday=open_until)), open_until


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


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _order_text(n: int) -> Text:
    return Text(zh=f"第{n}个孩子", en=f"the {_ordinal(n)} child")
