"""Money asked of a hukou move only supposed, by a family without the city's hukou ("迁过来以后
一个月多少 领到几岁", "if we move our hukou here, how much a month?"; tester 28 c3 got "现在没
有"): what the move would bring from then on (Jinan clause 12: 600 a month for a 2nd or 3rd child
born from 2023, until 3), and that the plan says nothing of the months before the move; no total
counted from the birth, which the hukou did not cover."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.household import household_from_slots
from policy_kb import evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.text import Lang
from wording.cities import city_name
from wording.language import t

# a hukou move spoken of ("迁过来", "把户口迁到济南", "move our hukou", "hukou transferred")
MOVE_WORDS = re.compile(
    r"迁过来|迁来|迁到|迁入|迁了?户口|把户口.{0,6}(?:迁|转|落)|落户"
    r"|\b(?:move|moved|transfer|transferred)\b[^.?!]{0,12}\bhukou\b"
    r"|\bhukou\b[^.?!]{0,12}\b(?:move|moved|transfer|transferred)\b",
    re.I,
)
# ... as to come ("以后", "要是", "if", "once", "would")
TO_COME = re.compile(r"以后|之后|要是|如果|假如|打算|准备|\b(?:if|after|once|would|when)\b", re.I)
# ... with money asked ("一个月多少", "领到几岁", "how much a month", "what would we get")
MONEY = re.compile(
    r"多少|几岁|多久|能领|能拿|补贴|给钱|\bhow much\b|\ba month\b|\bper month\b|\bmoney\b"
    r"|\bsubsid|\bwould we get\b|\bdo we get\b",
    re.I,
)


def asks_money_after_a_move(slots: dict[str, Any], text: str) -> bool:
    """A family told without the city's hukou asking what money a move would bring."""
    return (
        slots.get("hukou_in_city") is False
        and slots.get("city") is not None
        and bool(MOVE_WORDS.search(text) and TO_COME.search(text) and MONEY.search(text))
    )


def money_after_a_move(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """Each child's monthly money once the family holds the city's hukou (the household as it
    would be, evaluated today): the amount and the day it ends; that the months before the move
    are not spoken of, with the lead department. None for any other message, or when the move
    would bring no monthly money (then the usual answer says why)."""
    if not asks_money_after_a_move(slots, text):
        return None
    household = household_from_slots({**slots, "hukou_in_city": True}, day)
    if household is None:
        return None
    report = evaluate(household, as_of=day)
    paid = [
        e
        for e in report.entitlements
        if e.status == "eligible"
        and e.child is not None
        and e.monthly_amount_cny
        and "hukou_in_city" in get_entry(e.id).facts
        and (e.end is None or e.end > day)
    ]
    if not paid:
        return None
    entry = get_entry(paid[0].id)
    city = city_name(entry.city, lang)
    lines = [t(lang, f"户口迁入{city}以后：", f"Once your hukou is in {city}:")]
    for e in paid:
        label = fmt.child_label(e.child or 0, lang)
        who = label[:1].upper() + label[1:]  # a line's start: "Child 2"
        until = fmt.day(e.end, lang) if e.end else ""
        age = get_entry(e.id).parameters.get("age_limit_years")
        turns = "" if age is None else t(lang, f"（满{age.value}周岁）", f" (turns {age.value})")
        lines.append(
            t(
                lang,
                f"{who}：{get_entry(e.id).title.zh}每月{e.monthly_amount_cny}元，"
                f"从落户起发到{until}{turns}。",
                f"{who}: {get_entry(e.id).title.en}, {e.monthly_amount_cny} yuan a month from the "
                f"move until {until}{turns}.",
            )
            if until
            else t(
                lang,
                f"{who}：{get_entry(e.id).title.zh}每月{e.monthly_amount_cny}元。",
                f"{who}: {get_entry(e.id).title.en}, {e.monthly_amount_cny} yuan a month.",
            )
        )
    document = catalogue().documents[entry.document].title.get(lang)
    lines.append(
        t(
            lang,
            f"迁户口以前的月份能否计入、补发，方案没有写；{render.lead_departments(entry, lang)}，"
            f"可向其咨询。",
            f"The plan does not say whether the months before the move count or can be paid "
            f"back. {render.lead_departments(entry, lang)}.",
        )
    )
    lines.append(render.source_line(document, entry.clause, entry.sources[0].quote, lang, text))
    return "\n".join(lines)
