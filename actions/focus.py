"""Answer first (issue 13): a question about one measure ("能领600吗", "坐地铁要买票不") is
answered from the facts that decide that measure only, and the full check is offered after.

The measure under question is kept in the slot `focus_entry` while the household form asks the
facts that decide it; `focused` tells the form and the result which mode they are in."""

import re
from datetime import date
from typing import Any, NamedTuple

from actions.children import Child, precise_enough
from actions.household import household_from_slots
from actions.side_questions import best_answer
from policy_kb import InputError, evaluate, get_entry
from policy_kb.dates import add_months
from policy_kb.engine import rank_missing
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.search import search
from understanding.text import normalise

FOCUS_SLOT = "focus_entry"
QUESTION_SLOT = "focus_question"  # the words of that question (its answer leads with yes/no)
SCOPE_SLOT = "check_scope"  # null: the money first; "all": every item
# A question, in either language: a question word or mark, or a yes/no tag at the end (要买票不).
QUESTION = re.compile(
    r"[吗么嘛？?]|[不没][\s。.!！]*$|多少|几[天个年月岁]|多久|多长|能不能|可不可以|是不是|有没有"
    r"|要不要|用不用|是否|怎么|如何|咋"
    r"|^\s*(?:can|could|do|does|did|is|are|will|would|how|what|when|which|should|am)\b"
    r"|\b(?:how (?:much|many|long)|what|when|where|which|whether)\b",
    re.I,
)
# "What can we get?" is the full check, not one measure.
WHOLE_CHECK = re.compile(
    r"哪些|哪几|什么补贴|啥补贴|什么政策|啥政策|什么福利|啥福利|什么待遇|都有什么|都能|全部|所有"
    r"|what (?:benefits|support|can (?:we|i) get)|which benefits|entitled to|everything|all the",
    re.I,
)
MIN_SCORE = 4.5  # a measure named well enough to answer about it alone
MARGIN = 1.15  # ... and clearly ahead of the next one
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _figures(entry: Entry) -> set[float]:
    return {
        float(v)
        for p in entry.parameters.values()
        for v in p.values.values()
        if isinstance(v, int | float)
    }


def asked_measure(text: str, city: str | None, lang: str) -> Entry | None:
    """The one measure `text` asks about ("济南陪产假多少天", "do we get the 600?"), or None
    for a message that is no question, asks about everything, or names no measure clearly."""
    said = normalise(text)
    if not QUESTION.search(said) or WHOLE_CHECK.search(said):
        return None
    hit = best_answer(text, city, lang)
    if hit is None:
        return None
    numbers = {float(n) for n in NUMBER.findall(said)}
    if numbers & _figures(hit.entry):  # "能领600吗": the figure names the measure
        return hit.entry
    if hit.word_score < MIN_SCORE:
        return None
    hits = search(text, lang="zh" if lang == "zh" else "en", city=hit.entry.city, limit=2)
    runner_up = next((h for h in hits if h.entry.id != hit.entry.id), None)
    if runner_up is not None and hit.word_score < MARGIN * runner_up.word_score:
        return None
    return hit.entry


def _fills(children: list[Child], day: date) -> list[list[Child]]:
    """The children with every unknown birth date set to its earliest and to its latest possible
    value (between its known neighbours): if an answer is the same both ways, it does not
    depend on that date, and the date need not be asked."""
    if all(precise_enough(c, day) for c in children):
        return [children]
    out = []
    for extreme in ("early", "late"):
        filled = [dict(c) for c in children]
        for i, c in enumerate(filled):
            if precise_enough(c, day):
                continue
            if c.get("expected"):
                value = add_months(day, 1 if extreme == "early" else 9)
            else:
                before = [
                    date.fromisoformat(x["birth_date"])
                    for x in filled[:i]
                    if x.get("birth_date") and precise_enough(x, day)
                ]
                after = [
                    date.fromisoformat(x["birth_date"])
                    for x in children[i + 1 :]
                    if x.get("birth_date") and precise_enough(x, day)
                ]
                lowest = max(before, default=add_months(day, -12 * 17))
                highest = min([*after, day])
                value = lowest if extreme == "early" else highest
            c["birth_date"], c["precision"] = value.isoformat(), "day"
        out.append(filled)
    return out


def _key(e: Entitlement) -> tuple[Any, ...]:
    return (
        e.child,
        e.status,
        e.monthly_amount_cny,
        e.amount_cny,
        e.total_amount_cny,
        e.days,
        e.start,
        e.end,
        tuple(e.missing_facts),
    )


class Focus(NamedTuple):
    """Where a question about one measure stands: the entitlements that answer it (once
    decided), or the facts still to ask, most deciding first."""

    entitlements: list[Entitlement]
    missing: list[str]


def focus(slots: dict[str, Any], entry_id: str, day: date) -> Focus:
    """The measure `entry_id` for the household in `slots` on `day` (China's date).

    Children whose dates are not known yet are tried at both ends of what their dates can be;
    when the measure's answer is the same, those dates do not decide it. Errors: none (a
    household the engine refuses gives the facts still to ask)."""
    entry = get_entry(entry_id)
    if slots.get("city") is None:
        return Focus([], ["city"])
    if slots["city"] != entry.city:
        return Focus([], [])  # another city's measure: the answer is that the family's has none
    children = slots.get("children") or slots.get("children_partial")
    trials: list[list[Child] | None] = [None] if not children else list(_fills(list(children), day))
    outcomes: list[list[Entitlement]] = []
    for trial in trials:
        tried = {**slots, "children": trial, "children_partial": trial}
        try:
            household = household_from_slots(tried, day)
        except InputError:
            return Focus([], ["children"])
        if household is None:
            return Focus([], ["city"])
        report = evaluate(household, as_of=day)
        outcomes.append([e for e in report.entitlements if e.id == entry_id])
    first = outcomes[0]
    if any([_key(e) for e in other] != [_key(e) for e in first] for other in outcomes[1:]):
        return Focus([], ["children"])
    missing = rank_missing(first)
    if missing:
        return Focus([], missing)
    return Focus(first, [])
