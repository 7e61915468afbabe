"""Facts told again as they are noted ("现在还是北京户口 住北京" of a Beijing family with Beijing
hukou): the understanding layer reads nothing new from them, given what is known, so the
correction found nothing to change and answered "我没听明白要改哪一项" (tester 57 c03, after a
supposed hukou move). Read without what is known, they are the family's facts as noted: the
reply is that nothing changes."""

from datetime import date
from typing import Any

from actions.household_form import HOUSEHOLD_SLOTS, read_message


def told_again(text: str, slots: dict[str, Any], day: date) -> bool:
    """Whether `text` states household facts (city, hukou, insurance, housing), and each as
    noted already; no child's fact (a date or a height is read against the children known)."""
    said = [u for u in read_message(text, {}, day) if u.kind == "statement"]
    if not said or any(u.fact not in HOUSEHOLD_SLOTS for u in said):
        return False
    return all(slots.get(u.fact) == u.value for u in said)
