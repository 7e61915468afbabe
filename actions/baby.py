"""What the family gets when the baby on the way is born, asked with no measure named ("what about
the baby when born", "宝宝生了以后有啥", tester 24 c02 got "Sorry, I didn't quite get that"): the
items of that birth from the Report (leave, the under-3 tax deduction, transit, the birth
registration; Beijing (12) names no cash amount), each with its clause."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import OTHER_TOPIC, asked_measure, settled_report
from actions.household import household_from_slots
from actions.money_asked import MONEY_ASKED
from policy_kb import evaluate
from policy_kb.kb import catalogue
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import city_name
from wording.entitlements import label, ordered
from wording.language import t

# The baby asked about, or its birth: "the baby", "when she's born", 宝宝, 生了以后, 出生后.
BABY_ASKED = re.compile(
    r"\b(?:the|our|new) ?baby\b|\bnewborn\b|\bwhen (?:(?:she|he|it|the baby|they)\s*)?"
    r"(?:is |are |'s )?born\b|\bafter (?:the )?birth\b"
    r"|宝宝|小宝|新生儿|(?:生|出生)(?:了|下来)?(?:以后|之后|后)|生下来",
    re.I,
)
# Measures of a birth the family as a whole gets (leave, the birth's insurance, the family's cash,
# the under-3 deduction, the registration): housing and schooling are no answer about a baby.
BIRTH_KINDS = frozenset({"leave", "insurance", "cash", "right", "service"})


def _unborn_order(children: list[dict[str, Any]], day: date) -> int | None:
    """The birth order of the first baby on the way, or None without one."""
    for i, c in enumerate(children, start=1):
        born = c.get("birth_date")
        if c.get("expected") or (born and date.fromisoformat(str(born)[:10]) > day):
            return i
    return None


def _clause(e: Entitlement, lang: Lang) -> str:
    clause = catalogue().entries[e.id].clause
    return t(lang, f"（第{clause}条）", f" (clause {clause})")


def baby_overview(slots: dict[str, Any], question: str, lang: Lang, day: date) -> str | None:
    """The items the birth of the baby on the way brings the family, those it gets first, then
    those it does not (the city's cash, when its plan names no amount), each with its clause;
    None when the question is not about the baby, or no baby is on the way."""
    said = normalise(question)
    if not BABY_ASKED.search(said) or MONEY_ASKED.search(said):
        return None  # "what money do we get for the baby": the city's cash (money_asked)
    if asked_measure(question, slots.get("city"), lang) is not None or OTHER_TOPIC.search(said):
        # "宝宝生了以后医保怎么办", "孩子生下来医保啥时候办 晚了是不是就不给补了": that topic,
        # not the twelve items of the birth (tester 36 c05)
        return None
    children = slots.get("children") or slots.get("children_partial") or []
    order = _unborn_order(children, day)
    household = household_from_slots(slots, day)
    if order is None or household is None:
        return None
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    entries = catalogue().entries
    items = [
        e
        for e in report.entitlements
        if e.child == order or (e.child is None and entries[e.id].kind in BIRTH_KINDS)
    ]
    good = ordered([e for e in items if e.status != "not_eligible"])
    cash = [e for e in items if e.status == "not_eligible" and entries[e.id].kind == "cash"]
    if not good:
        return None
    city = city_name(household.city, lang)
    head = t(lang, f"宝宝出生后，按{city}的方案：", f"When the baby is born, under {city}'s plan:")
    lines = [head]
    lines += [
        f"• {render.item_line(e, lang)}{render.status_note(e, lang)}{_clause(e, lang)}"
        for e in good
    ]
    lines += [
        t(lang, f"• {label(e, lang)}：", f"• {label(e, lang)}: ")
        + e.reasons.get(lang)[0].rstrip("。.")
        + _clause(e, lang)
        for e in cash
        if e.reasons.get(lang)
    ]
    return "\n".join(lines)


# A figure put in the question ("是100万还是90万", "is it 1m or 900k"): of the measure discussed.
FIGURE_PUT = re.compile(r"\d+(?:\.\d+)?\s*(?:万|元|k\b|m\b|yuan)|多少|how much", re.I)


def measure_after_the_birth(
    slots: dict[str, Any], question: str, lang: Lang, day: date
) -> str | None:
    """A measure asked of the time after the baby on the way is born ("三胎生了以后 俩人都交 最多贷
    多少", "等三胎生了以后贷款是100万还是90万" with the loan discussed, "once the baby is born how
    much can we borrow"; tester 31 c06 was told today's 900,000): that measure worked out on the
    due date, today's figure beside it when it differs (Jinan clause 14: 1,000,000 for three
    children and two payers); None when no measure is meant, no baby is on the way, or the
    household has no item of it. Only while an elder child's date is unknown: with every date
    known the answer counts the children on the way itself (test_questions_t23b)."""
    said = normalise(question)
    if not BABY_ASKED.search(said):
        return None
    asked = asked_measure(question, slots.get("city"), lang)
    topic_id = slots.get("topic_entry")
    if asked is None and topic_id and FIGURE_PUT.search(said):
        asked = catalogue().entries.get(str(topic_id))
    if asked is None or asked.per_child:
        return None  # a child's own money is answered for the child on the way as it is
    if slots.get("children"):
        return None  # every date known: the answer counts the children on the way already
    children = slots.get("children_partial") or []
    order = _unborn_order(children, day)
    due = children[order - 1].get("birth_date") if order is not None else None
    if order is None or not due:  # "pregnant w #4", no due date told: nothing to work out on
        return None
    born = date.fromisoformat(str(due)[:10])
    # the elder children's dates may be unknown: what holds whichever they are (settled_report)
    base, then = settled_report(slots, day), settled_report(slots, born)
    if base is None or then is None:
        return None
    change = t(
        lang,
        f"第{order}个孩子{born.year}年{born.month}月出生以后",
        f"child {order} is born ({born:%b %Y})",
    )
    return render.what_if_of(base, then, change, asked, lang)
