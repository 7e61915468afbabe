"""Money for a nursery place asked in a city whose plan gives families none ("外孙女想送托儿所
有补贴吗" in Beijing, a granddaughter of 14 months): the verdict first, that the plan gives
families no such subsidy (Beijing clause (10) supports the inclusive childcare institutions),
then the age the kindergartens' nursery classes take (2 to 3) against the child's. Tester 36 c03
got two long paragraphs, then "不能" at the end, and no word of the age."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import NURSERY, NURSERY_MONEY, nursery_fees
from actions.render import AGE_RANGE, AGE_RANGE_WORDS
from policy_kb import format as fmt
from policy_kb.dates import add_months, months_between
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.reader import birth_orders_named
from understanding.text import clauses, normalise
from wording.language import t
from wording.understood import child_name

NURSERY_CLASS = re.compile(r"托班|nursery class", re.I)


def _nursery_service(city: str) -> tuple[Entry, int, int, str] | None:
    """The city's service for families whose summary names the nursery classes and the ages
    they take, with that range and the sentence."""
    for e in catalogue().entries.values():
        if e.city != city or e.kind != "service" or "household" not in e.audience:
            continue
        for chunk in re.split(r"[。；，]", e.summary.zh):
            found = AGE_RANGE.search(chunk)
            if found and NURSERY_CLASS.search(chunk) and AGE_RANGE_WORDS.search(chunk):
                return e, int(found.group(1)), int(found.group(2)), chunk
    return None


def nursery_money_answer(
    text: str, slots: dict[str, Any], lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """'北京方案没有给家庭的这类补贴…' for nursery money asked in a city whose plan has no
    nursery-fee money and no cash figure for families, with the nursery classes' ages against
    the youngest child's; None for another question or city, or when an age is asked."""
    city = slots.get("city")
    said = normalise(text)
    if not city or not NURSERY.search(said) or not NURSERY_MONEY.search(said):
        return None
    if nursery_fees(said, city) is not None:
        return None  # Jinan clause 12's 400 a month: its own answer
    if any(
        e.city == city and e.kind == "cash" and e.parameters for e in catalogue().entries.values()
    ):
        return None
    found = _nursery_service(city)
    if found is None:
        return None
    entry, low, high, _ = found
    if render.age_part(entry, text, lang) is not None:
        return None  # "2岁能上吗 有补贴不": the age asked leads (render.age_part's answer)
    lines = [render.no_money_for_families(entry, lang)]
    children = slots.get("children") or slots.get("children_partial") or []
    born = [
        date.fromisoformat(str(c["birth_date"])[:10])
        for c in children
        if c.get("birth_date") and str(c["birth_date"])[:10] <= day.isoformat()
    ]
    named = [
        o
        for o in {
            o
            for _, c in clauses(said)
            if NURSERY.search(c) or NURSERY_CLASS.search(c)  # 老大想上托班, not 老大6岁了
            for o in birth_orders_named(c)
        }
        if 1 <= o <= len(children)
    ]
    who = t(lang, "孩子", "the child")
    if len(named) == 1 and children[named[0] - 1].get("birth_date"):
        # "老大想上托班" beside a newborn: 老大's age, not the baby's (tester 78 c9)
        order = named[0]
        born = [date.fromisoformat(str(children[order - 1]["birth_date"])[:10])]
        who = child_name(order, lang)
    place = t(
        lang,
        f"幼儿园托班招收{low}至{high}岁幼儿（第{entry.clause}条）",
        f"kindergarten nursery classes take children aged {low} to {high} (clause {entry.clause})",
    )
    if born:
        youngest = max(born)
        months = months_between(youngest, day)
        if months < low * 12:
            ready = fmt.day(add_months(youngest, low * 12), lang)
            lines.append(
                t(
                    lang,
                    f"{place}；{who}现在约{months}个月，{ready}满{low}岁后才到这个年龄。",
                    f"{place[:1].upper()}{place[1:]}; {who} is about {months} months old "
                    f"and reaches {low} on {ready}.",
                )
            )
            return "\n".join(lines), entry
        if months < high * 12:
            until = fmt.day(add_months(youngest, high * 12), lang)
            lines.append(
                t(
                    lang,
                    f"{place}；{who}现在约{months}个月，正在这个年龄段（{until}满{high}岁）。",
                    f"{place[:1].upper()}{place[1:]}; {who} is about {months} months old, "
                    f"within that range (turns {high} on {until}).",
                )
            )
            return "\n".join(lines), entry
    lines.append(t(lang, f"{place}。", f"{place[:1].upper()}{place[1:]}."))
    return "\n".join(lines), entry
