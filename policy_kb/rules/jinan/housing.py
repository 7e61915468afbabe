"""Jinan clause 14: public rental housing, rental subsidy area, housing provident fund."""

from policy_kb.format import money
from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, lookup, reason, value
from policy_kb.rules.predicates import (
    at_least_children,
    at_least_minor_children,
    children_after_birth,
    due_date_reaching,
    fact_is,
    has_contributors,
    minors,
)
from policy_kb.text import Text


def rental_conditions(ctx: Context) -> Check:
    """The usual conditions of public rental housing or the rental subsidy, which the plan does
    not list; for a family that owns a home in the city, that it usually does not meet them
    (tester 45 c07 heard "Probably yes" of the priority after "we own our flat")."""
    if ctx.household.owns_home_in_city:
        return Check(True, reason("rental.owner"))
    return Check(True, reason("rental.conditions"))


def public_rental_priority(ctx: Context) -> list[Entitlement]:
    """Families "within the two children and above" minor children: adults do not count. Not
    certain: the family must also "meet the public rental housing application conditions",
    which the plan does not give and the assistant does not ask (tester 16)."""
    e = entry("jinan.public_rental_priority")
    minimum = value(e, "min_children", ctx.as_of)
    checks = [
        at_least_minor_children(ctx, minimum),
        rental_conditions(ctx),
        Check(True, reason("rental.no_end")),
    ]
    # no end date: the plan sets none for this priority and no age of its own (the day the
    # second-youngest turns 18 was shown unasked as "至2041年6月1日止", tester 39 c07, c08)
    return [decide(e, checks, certain=False)]


def rental_subsidy_area(ctx: Context) -> list[Entitlement]:
    """Each minor child after the first raises the guaranteed area (see the entry's silent_on)."""
    e = entry("jinan.rental_subsidy_area")
    checks = [
        at_least_minor_children(ctx, value(e, "min_children", ctx.as_of)),
        rental_conditions(ctx),
        Check(True, reason("reading.each_additional_child")),
    ]
    extra_children = max(len(minors(ctx)) - 1, 0)
    area = value(e, "area_per_additional_child_m2", ctx.as_of) * extra_children
    return [decide(e, checks, amounts={"area_m2": area}, certain=False)]


def first_home(ctx: Context) -> Check:
    """Buying a first owner-occupied home with a housing fund loan; a family that owns a home
    in the city and has not said it buys a first home is not asked (tester 45, leftover C9)."""
    if ctx.household.buying_first_home is None and ctx.household.owns_home_in_city:
        return Check(False, reason("first_home.owner"))
    return fact_is(ctx, "buying_first_home", True, "first_home")


def housing_fund_loan_limit(ctx: Context) -> list[Entitlement]:
    """The ceiling by children born (rows) and contributors (columns), one table read through
    value(): its first row is the fewest children the clause names, its last row and column
    read "or more"."""
    e = entry("jinan.housing_fund_loan_limit")
    ceilings = value(e, "loan_ceiling_cny", ctx.as_of)
    checks = [
        at_least_children(ctx, min(ceilings)),
        has_contributors(ctx),
        first_home(ctx),
    ]
    amounts = {}
    contributors = ctx.household.housing_fund_contributors
    if contributors and ctx.children_known:
        ceiling = lookup(ceilings, len(ctx.born), contributors)
        if ceiling is not None:
            amounts["max_amount_cny"] = ceiling
            checks[0] = _row_of(ceilings, len(ctx.born), contributors)
        after = _ceiling_after_birth(ctx, ceilings, contributors)
        if after is not None:
            checks[0] = after
    return [decide(e, checks, amounts=amounts)]


# The loan table as the plan words it: 二孩家庭 / 三孩家庭, 一人缴存 / 两人及以上缴存.
ZH_NUMBERS = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}
ZH_PEOPLE = {**ZH_NUMBERS, 2: "两"}  # 两人, not 二人
EN_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def _row_of(ceilings: dict[int, dict[int, int]], children: int, contributors: int) -> Check:
    """The row and column of the loan table a family's ceiling is read from, said as what each
    counts: children and contributors (tester 43 c06 read "方案要求2个及以上" of three children
    and two contributors as the contributors' number)."""
    row = max(k for k in ceilings if k <= children)
    column = max(k for k in ceilings[row] if k <= contributors)
    more = column == max(ceilings[row]) and column > 1  # the last column reads "or more"
    zh_column = ZH_PEOPLE.get(column, str(column)) + "人" + ("及以上" if more else "")
    en_column = EN_NUMBERS.get(column, str(column)) + (" or more" if more else "")
    en_column += " contributors" if column > 1 else " contributor"
    row_said = Text(
        zh=ZH_NUMBERS.get(row, str(row)) + "孩家庭",
        en=f"{EN_NUMBERS.get(row, str(row))}-child families",
    )
    column_said = Text(zh=zh_column, en=en_column)
    return Check(
        True, reason("loan.row", n=children, p=contributors, row=row_said, column=column_said)
    )


def _ceiling_after_birth(
    ctx: Context, ceilings: dict[int, dict[int, int]], contributors: int
) -> Check | None:
    """Too few children born but enough once the babies due are: the ceiling this family will
    have then, every baby due by that date counted (tester 23 c2: twins beside a 4-year-old make
    three children, two payers: the three-child ceiling of clause 14, not the two-child one)."""
    n = len(ctx.born)
    minimum = min(ceilings)
    due = due_date_reaching(ctx, n, minimum)
    if n >= minimum or due is None:
        return None
    then = children_after_birth(ctx, n, minimum)
    ceiling = lookup(ceilings, then, contributors)
    if ceiling is None:
        return None
    amount = Text(zh=money(ceiling, "zh"), en=money(ceiling, "en"))
    said = reason(
        "children.loan_from_birth",
        n=n,
        min=minimum,
        born=due,
        then=then,
        payers=contributors,
        ceiling=amount,
    )
    return Check(False, said)


def housing_fund_rent_withdrawal(ctx: Context) -> list[Entitlement]:
    """The sentence says "two or more children", not minor ones (the clause's public-rental
    sentence before it says "minor"; this one does not): children born are counted, whatever
    their age (tester 21 c2: "未成年" was an added condition)."""
    e = entry("jinan.housing_fund_rent_withdrawal")
    minimum = value(e, "min_children", ctx.as_of)
    payers = has_contributors(ctx)
    checks = [
        at_least_children(ctx, minimum),
        fact_is(ctx, "owns_home_in_city", False, "no_home"),
        fact_is(ctx, "renting", True, "renting"),
        payers,
    ]
    # Nobody paying in now: the sentence sets no such condition, nor says whether a balance
    # from earlier contributions can be drawn, so the answer is not certain ("老公现在没交了").
    stopped = payers.verdict is False
    if stopped:
        checks[3] = Check(False, reason("contributors.none_rent"))
    elif payers.verdict is None:
        # How many pay in does not matter (tester 18 c02): the sentence sets no number, and a
        # family asking to withdraw has a fund; only "nobody pays in now" changes the answer.
        checks[3] = Check(True, reason("contributors.any_rent"))
    # No end date: the sentence gives none.
    return [decide(e, checks, certain=not stopped)]


RULES = [
    public_rental_priority,
    rental_subsidy_area,
    housing_fund_loan_limit,
    housing_fund_rent_withdrawal,
]
