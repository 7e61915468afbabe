"""The +200 asked of a child born when the family was not on benefits ("生老二的时候没领低保 老二也
能加200吗", "they weren't on dibao when the 2nd was born, does the 2nd also get the extra 200?",
tester 45 c02): Jinan clause 12 gives the supplement for a birth during the minimum subsistence
guarantee, special hardship support or unemployment benefits, so it follows each child's own
birth. The answer: no, with the rule's words from the knowledge base, and that child's monthly
money is the subsidy alone; a hukou moved in lately, asked in the same message, gets the plan's
silence on how long it must be held in the same reply (never one of the two questions left)."""

from datetime import date
from typing import Any

from actions import render
from actions.focus import monthly_subsidy
from actions.hotline_verdicts import moved_hukou_unsaid
from actions.supplement import SUPPLEMENT_ASKED, supplement_entry
from policy_kb import format as fmt
from policy_kb.models import Entry
from policy_kb.rules.base import reason, value
from policy_kb.text import Lang
from understanding import understand
from understanding.hukou_move import HUKOU_MOVED, MOVE_DONE, SUPPOSED_MOVE
from wording.entitlements import clause_name
from wording.language import lower_first, t


def not_on_benefits_at(text: str, case: dict[str, Any], day: date) -> list[int]:
    """The birth orders `text` says were born when the family was not on benefits (told, or
    put as the case's supposition: "要是…生老二的时候没领低保")."""
    known = {k: v for k, v in case.items() if k in ("city", "hukou_in_city")}
    children = case.get("children") or case.get("children_partial")
    if children:  # without what the case holds of the births, read afresh from `text`
        known["children"] = [
            {k: v for k, v in c.items() if k != "hardship_at_birth"} for c in children
        ]
    found = understand(text, known, None, day)
    updates = found.updates if hasattr(found, "updates") else found
    return sorted(
        {
            u.child
            for u in updates
            if u.fact == "child.hardship_at_birth" and u.value is False and u.child is not None
        }
    )


def born_before_the_subsidy(case: dict[str, Any], order: int, base: Entry, day: date) -> bool:
    """The case's child `order` is dated before the date the subsidy starts with (clause 12)."""
    children = case.get("children") or case.get("children_partial") or []
    born = children[order - 1].get("birth_date") if order <= len(children) else None
    if not born:
        return False
    start = value(base, "born_on_or_after", day)
    return isinstance(start, date) and date.fromisoformat(str(born)[:10]) < start


def moved_told(text: str) -> str | None:
    """`text` as a told move when it tells of a hukou moved in, also put as the case's
    supposition ("要是户口刚迁过来半年的呢", "what if the hukou only moved here 6 months ago"):
    the move is the caller's, made; None when no move made is told."""
    if not HUKOU_MOVED.search(text) or not MOVE_DONE.search(text):
        return None
    return SUPPOSED_MOVE.sub(" ", text)


def answer(text: str, case: dict[str, Any], city: str | None, lang: Lang, day: date) -> str | None:
    """The +200 refused for each child `text` says was born off benefits, the subsidy alone for
    that child, the silence on a lately moved hukou when told, and the lead department. None
    when the message asks no such thing or the city pays no supplement (Beijing)."""
    if not SUPPLEMENT_ASKED.search(text):
        return None
    extra = supplement_entry(city)
    base = monthly_subsidy(city)
    if extra is None or base is None:
        return None
    orders = not_on_benefits_at(text, case, day)
    if not orders or any(born_before_the_subsidy(case, o, base, day) for o in orders):
        return None  # a child born before clause 12's date: no subsidy either, the engine's
    who = t(lang, "、", " and ").join(fmt.child_label(o, lang) for o in orders)
    amount = fmt.money(int(value(base, "monthly_amount_cny", day)), lang)
    clause = clause_name(extra.clause, lang)
    rule = reason("hardship.no").get(lang)
    rule = rule if lang == "zh" else lower_first(rule)
    lines = [
        t(
            lang,
            f"不能。{extra.title.zh}看的是每个孩子自己出生时的情况：{rule}{who}出生时家里没有领，"
            f"不加发；{who}只有{base.title.zh}每月{amount}（{clause}）。",
            f"No. The {lower_first(extra.title.en)} follows each child's own "
            f"birth: {rule} {who[:1].upper()}{who[1:]} was born when the family was not on them, "
            f"so no extra; {who} gets the {base.title.en.lower()} of {amount} a month only "
            f"({clause}).",
        )
    ]
    told = moved_told(text)
    moved = moved_hukou_unsaid(base, [told], lang) if told is not None else None
    if moved is not None:
        lines.append(moved)
    lines.append(render.lead_departments(extra, lang))
    return "\n".join(lines)
