"""An age and a date said of the same child that cannot both be right ("两个娃(5岁 1岁半) 老二
23年5月生的": born May 2023 the second is 3 and a half, not 1 and a half). The reader gives an
age that does not fit a dated child the next free place, and so a child more than were counted
(tester 49 c06 got "2个孩子；…老三约2025年6月出生"). When the count said is met only with the ages
on the children in the order listed, each age goes back to its child, beside the date said of
it; the form asks which is right and adds no child."""

from understanding.updates import FactUpdate

YEAR_AGE_SLACK = 12  # months an age in years ("5岁", "1岁半") may be off its date either way
MONTH_AGE_SLACK = 3  # months an age in months ("10个月") may be off its date either way


def _months(value: object) -> int | None:
    """A YYYY-MM(-DD) date as a count of months, else None."""
    text = str(value or "")
    if len(text) < 7 or not text[:4].isdigit() or not text[5:7].isdigit():
        return None
    return int(text[:4]) * 12 + int(text[5:7])


def disagree(age: FactUpdate | dict[str, object], dated: str) -> bool:
    """Whether the date worked out from an age (an update, or a child with "approx" the words
    and "birth_date") is further from the date `dated` than the age can be off."""
    if isinstance(age, FactUpdate):
        value, span = age.value, age.span
    else:
        value, span = age.get("birth_date"), str(age.get("approx") or "")
    a, b = _months(value), _months(dated)
    if a is None or b is None:
        return False
    in_months = ("月" in span or "month" in span.lower()) and not (
        "岁" in span or "year" in span.lower()
    )
    return abs(a - b) > (MONTH_AGE_SLACK if in_months else YEAR_AGE_SLACK)


def ages_back_on_their_children(updates: list[FactUpdate]) -> list[FactUpdate]:
    """`updates`, or, when a count said is exceeded only by ages given the places after it,
    the ages listed put back on the children in order (eldest first), an age agreeing with its
    child's date dropped; one that disagrees is kept beside the date, for the form to ask."""
    counts = [
        int(u.value)
        for u in updates
        if u.fact == "child_count" and u.kind == "statement" and isinstance(u.value, int)
    ]
    births = [
        u
        for u in updates
        if u.fact == "child.birth_date" and u.value and u.kind == "statement" and u.child
    ]
    if len(counts) != 1 or not births:
        return updates
    count = counts[0]
    beyond = [u for u in births if (u.child or 0) > count]
    ages = sorted((u for u in births if u.approx), key=lambda u: u.child or 0)
    if not beyond or any(not u.approx for u in beyond) or len(ages) != count:
        return updates
    dated = {u.child: str(u.value) for u in births if not u.approx}
    placed: dict[int, FactUpdate] = {}
    for order, age in enumerate(ages, start=1):
        if order in dated and not disagree(age, dated[order]):
            continue  # "两个娃(5岁 3岁半) 老二23年5月": the date says it better
        placed[id(age)] = FactUpdate(
            age.fact, age.value, age.kind, order, age.approx, age.span, age.guessed
        )
    return [
        placed.get(id(u), u)
        for u in updates
        if not (u.approx and u in ages and id(u) not in placed)
    ]
