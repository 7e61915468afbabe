"""The conversation's slots as a policy_kb Household, and back."""

from datetime import date
from typing import Any

from actions.children import complete, for_household
from policy_kb import Household, parse_household
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
            if children is not None and complete(children, today):
                facts["children"] = for_household(children)
            continue
        if name == "housing_fund_contributors" and value is not None:
            value = int(value)
        if value is not None:
            facts[name] = value
    return parse_household(facts)
