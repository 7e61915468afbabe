"""A yes or a no ("ok", "yes", "嗯", "no") is a fact only as the answer to a question put to the
citizen, and a request for more items ("ok and what else we can get?", "嗯 其他的呢 还能领啥")
is never an answer to one.

Tester 57 c02: after the loan ceiling was answered, the form held "whether you own a home in
the city" as its next question without putting it (the loan answer went out alone); "ok and what
else we can get? u said u check everything" was then read as a yes to it, "Noted: owning a home
in Jinan", and the rent withdrawal of Jinan clause 14 ("families ... who do not own a home in
the city and are renting") was refused to a family that rents and wants its first flat."""

import re
from typing import Any

from understanding.updates import FactUpdate

PENDING_SLOT = "pending_question"  # actions.form_questions keeps the question's state there

# More items asked for: "what else", "anything else", "the rest", "everything", 还有什么/还有啥/
# 还有哪些/还有别的, 其他的呢/别的呢, 还能领啥, 都查一遍.
MORE_ITEMS = re.compile(
    r"\bwhat else\b|\banything else\b|\bsomething else\b|\bwhat more\b"
    r"|\bthe (?:rest|others?)\b|\bother (?:items?|things?|benefits?|ones)\b"
    r"|\b(?:check|show|list|tell)\b[^.?!]{0,12}\b(?:everything|all)\b"
    r"|还有(?:什么|啥|哪些|别的|其他|其它)|(?:其他|其它|别)的呢|还能(?:领|拿|享受|有)(?:什么|啥|哪些)"
    r"|都查|全查|全部(?:查|列|说)|都列|列出来|列个(?:单|清单)|列全",
    re.I,
)


def question_put(slots: dict[str, Any]) -> bool:
    """Whether the form's pending question was put to the citizen: the form may hold a
    question it has not said yet (held back behind an answer); its state counts the times it
    was put, 1 when not written."""
    requested = slots.get("requested_slot")
    if requested is None:
        return False
    pending = slots.get(PENDING_SLOT) or {}
    if pending.get("slot") != requested:
        return True  # no state kept of it: put as the form asked it
    return int(pending.get("asked", 1)) > 0


# An acknowledgement alone, no yes or no in it ("ok", "sure", "alright", 嗯, 好的, 行): before a
# request for more items it takes in the answer given, it answers nothing.
ACK_ONLY = re.compile(
    r"^\W*(?:ok(?:ay)?|k|sure|alright|all right|fine|got it|i see|cool|thanks?"
    r"|嗯+|哦+|噢+|好+的?|行|知道了)(?![a-z])",
    re.I,
)


def confirmations_kept(
    text: str, said: list[FactUpdate], slots: dict[str, Any]
) -> list[FactUpdate]:
    """`said` without the yes or no read as the answer to the pending question when that
    question was never put, or when the message asks for more items instead."""
    if not any(u.kind == "confirmation" for u in said):
        return said
    if not question_put(slots):
        return [u for u in said if u.kind != "confirmation"]
    if not MORE_ITEMS.search(text) or not ACK_ONLY.match(text):
        return said  # "yes, and what else": a yes said, then more asked
    return [u for u in said if u.kind != "confirmation"]
