"""The conversation's slots as a policy_kb Household, and back."""

from datetime import date
from typing import Any

from actions.children import complete, for_household
from policy_kb import Household, InputError, Report, evaluate, parse_household
from policy_kb.household import FACTS
from wording.cities import CITIES

FACT_SLOTS = tuple(f for f in FACTS if "." not in f)  # the facts that are slots


def household_from_slots(slots: dict[str, Any], today: date) -> Household | None:
    """The household as known so far (None until the city is known)."""
    city = slots.get("city")
    if city not in CITIES:
        return None
    facts: dict[str, Any] = {"city": city}
    for name in FACT_SLOTS[1:]:
        value = slots.get(name)
        if name == "children":
            partial = slots.get("children_partial")
            children = value if value is not None else partial
            if children is not None and complete(children, today) and not in_conflict(children):
                facts["children"] = for_household(children)
            continue
        if name == "housing_fund_contributors" and value is not None:
            value = int(value)
        if value is not None:
            facts[name] = value
    if facts.get("owns_home_in_city") is None and no_home_told(slots):
        facts["owns_home_in_city"] = False
    return parse_household(facts)


def no_home_told(slots: dict[str, Any]) -> bool:
    """Whether the facts told say the family owns no home in the city although it was not asked:
    renting now and buying its first home ("we rent and want to buy our first flat", tester 48
    c05 was still asked "whether you own a home in the city")."""
    return slots.get("renting") is True and slots.get("buying_first_home") is True


def birth_hardship_known(slots: dict[str, Any]) -> bool:
    """Whether the benefits at a birth were told (the family's, or a child's)."""
    children = slots.get("children") or slots.get("children_partial") or []
    return slots.get("hardship_at_birth") is not None or any(
        c.get("hardship_at_birth") is not None for c in children
    )


def in_conflict(children: list[dict[str, Any]]) -> bool:
    """Children whose order contradicts a date worked out from an age ("老大三岁半 老二2023年5月
    生的": the eldest about June 2023, after the second): the engine would sort them by date and
    answer 老二 with 老大's estimate (tester 26 c08), so no answer rests on them until the
    citizen says which is right. Dates told as dates are sorted as told."""
    pairs = [(c, int(c["order_conflict"])) for c in children if c.get("order_conflict")]
    return any(
        elder.get("approx") or children[younger - 1].get("approx")
        for elder, younger in pairs
        if 0 < younger <= len(children)  # a mark left from a child since removed ("就俩孩子")
    )


def evaluate_back_then(household: Household, day: date) -> Report:
    """The report of `household` on a past `day`, the children born or due long after it left
    out (a baby due next year is no fact of 2026-02-28: the engine refuses a due date more than
    10 months ahead, and tester 39 c10 got "part of the system is not responding")."""
    try:
        return evaluate(household, as_of=day)
    except InputError:
        born = [c for c in household.children or [] if c.birth_date <= day]
        return evaluate(household.model_copy(update={"children": born}), as_of=day)
