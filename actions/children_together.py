"""The monthly money of the family's children taken together, a child to come among them when
the question supposes one: "which kid gets the +200? all of them?", "so child 2 and child 3 both
get 800 if she's on benefit at both births? child 1 nothing? and total per month then", 三个孩子
加起来一个月多少. Jinan clause 12 pays 600 a month to a 2nd or 3rd child born on or after 1
January 2023 until it turns 3, and 200 more only to a child born while the family was on dibao,
special hardship support or unemployment benefits: each child's answer is its own (the eldest
never; each other child by its own birth), then the sum while they are all under the age limit
(tester 49 c02 got "Yes." to "all of them?", c07 only the 800 of one child). Every figure, date
and reason comes from the engine's Report; nothing here holds a policy figure."""

import re
from datetime import date, timedelta
from typing import Any

from policy_kb import InputError, evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding import understand
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.entitlements import clause_line
from wording.language import t

# The children asked one by one or all at once: "all of them?", "which kid", "each child",
# 每个孩子, 哪个孩子, 是不是都.
EACH_ASKED = re.compile(
    r"\ball of them\b|\bwhich (?:kid|child|one)s?\b|\b(?:each|every) (?:kid|child|one)\b"
    r"|\ball (?:the |our |my |three |two |3 |2 )?(?:kids|children)\b|\bboth\b"
    r"|哪个孩子|哪个娃|哪一个|每个孩子|每个娃|每个都|是不是都|都有|都能|都是|都给|都领",
    re.I,
)
# A sum over them asked: "total per month", "together", 加起来, 合计, 一共.
TOGETHER = re.compile(
    r"\btotal\b|\btogether\b|\bcombined\b|\bin all\b|加起来|合计|一共|总共|共多少", re.I
)
# Children named in English by number ("child 2", "kid 3", "the 3rd kid").
CHILD_NUMBER = re.compile(
    r"\b(?:child|kid|baby)\s*#?([1-5])\b|\b([1-5])(?:st|nd|rd|th)\s+(?:child|kid|baby)\b", re.I
)
# Several children spoken of: two orders named, or a count of them ("三个孩子", "both").
SEVERAL = re.compile(
    r"[两俩三仨2-3]个(?:孩子|娃|宝)|俩孩子|\bboth\b|\b(?:two|three|2|3) (?:kids|children)\b",
    re.I,
)
# A figure put back to be confirmed ("both get 800?", "是不是都是800").
CHECKED = re.compile(r"对不对|对吗|对吧|是不是|是吧|是吗|\bright\b|\bcorrect\b|[?？]", re.I)
FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.])\d{3,6}(?![\d.])")
# The benefits said of a birth ("at that birth", "at both births", 生的时候, 出生时).
AT_BIRTH = re.compile(r"\bbirths?\b|\bborn\b|生的时候|出生时|生老|出生的时候", re.I)
BENEFITS = re.compile(
    r"低保|特困|失业|在领|dibao|unemploy|hardship|\bon (?:the )?benefits?\b", re.I
)
CASH_ID = "childcare_subsidy"
SUPPLEMENT_ID = "childcare_subsidy_hardship_supplement"


def _orders_named(said: str) -> set[int]:
    found = {n for n in birth_orders_named(said) if n > 0}
    for m in CHILD_NUMBER.finditer(said):
        found.add(int(m.group(1) or m.group(2)))
    return found


def asks_children_together(text: str) -> bool:
    """Whether `text` asks each child's money or their sum: "all of them?", "which kid gets the
    +200", or a total over several children ("三个孩子加起来", "child 2 and child 3 … total")."""
    said = normalise(text)
    if EACH_ASKED.search(said):
        return True
    return bool(TOGETHER.search(said)) and (
        len(_orders_named(said)) >= 2 or SEVERAL.search(said) is not None
    )


def _report_items(
    slots: dict[str, Any], known: list[dict[str, Any]], imagined: dict[str, Any] | None, day: date
) -> list[Entitlement] | None:
    from actions.household import household_from_slots  # household imports the form's helpers
    from actions.next_child import _stand_ins

    if imagined is None:
        kids = [
            {"birth_date": c.get("birth_date"), "hardship_at_birth": c.get("hardship_at_birth")}
            for c in known
        ]
        if any(not c["birth_date"] for c in kids):
            kids = _stand_ins(known, max([day, *_dated(known)]))
    else:
        kids = [*_stand_ins(known, date.fromisoformat(imagined["birth_date"])), imagined]
    trial = {**slots, "children": kids, "children_partial": None}
    try:
        household = household_from_slots(trial, day)
        if household is None:
            return None
        report = evaluate(household, as_of=day)
    except InputError:
        return None
    return [e for e in report.entitlements if e.id.split(".", 1)[1] in (CASH_ID, SUPPLEMENT_ID)]


def _dated(children: list[dict[str, Any]]) -> list[date]:
    return [date.fromisoformat(str(c["birth_date"])[:10]) for c in children if c.get("birth_date")]


def _imagined(
    slots: dict[str, Any], text: str, known: list[dict[str, Any]], day: date
) -> dict[str, Any] | None:
    """The child to come the question supposes beyond those known, with its birth (told, or a
    stand-in after today) and the benefits at that birth as supposed; None when it supposes
    none."""
    from actions.next_child import (
        IMAGINED,
        _birth_told,
        _talk,
        hardship_of_imagined_birth,
        imagined_child,
    )

    said = normalise(text)
    count = len(known)
    order = imagined_child(text, slots)
    named = _orders_named(said)
    if (
        order is None
        and named
        and max(named) > count
        and (IMAGINED.search(said) or _talk(slots) == max(named))
    ):
        order = max(named)
    if order is None or order != count + 1:
        return None
    city = slots.get("city")
    updates = understand(text, {"city": city, "children": []}, None, day)
    told = _birth_told(updates, order, {"city": city, "children": []})
    born = date.fromisoformat(told[0]) if told else max([day, *_dated(known)]) + timedelta(days=1)
    hardship = hardship_of_imagined_birth(text, updates, count, _talk(slots))
    if hardship is None and BENEFITS.search(said) and AT_BIRTH.search(said):
        hardship = True  # "if she's on benefit at both births": that birth's too
    return {"birth_date": born.isoformat(), "hardship_at_birth": hardship, "dated": bool(told)}


def children_together(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """Each child's monthly money and their sum, for a question asking them one by one or
    together (see the module); None for any other question, a city whose plan pays no monthly
    money per child, or fewer than two children."""
    if slots.get("city") is None or not asks_children_together(text):
        return None
    from actions.next_child import MONEY_OF_CHILD, known_children

    said = normalise(text)
    if not (MONEY_OF_CHILD.search(said) or FIGURE.search(said) or "多少" in said):
        return None  # "do both twins need a ticket": another measure
    known = known_children(slots)
    imagined = _imagined(slots, text, known, day)
    if imagined is None and not TOGETHER.search(said):
        return None  # "俩孩子都能领吗" of the children told: each child's own answer elsewhere
    count = len(known) + (1 if imagined is not None else 0)
    if count < 2 or not any(
        e.id == f"{slots['city']}.{CASH_ID}" for e in _report_items(slots, known, None, day) or []
    ):
        return None
    items = _report_items(
        slots,
        known,
        None if imagined is None else {k: v for k, v in imagined.items() if k != "dated"},
        day,
    )
    if not items:
        return None
    cash = {e.child: e for e in items if e.id.endswith(CASH_ID) and e.child}
    extra = {e.child: e for e in items if e.id.endswith(SUPPLEMENT_ID) and e.child}
    if len(cash) < 2:
        return None
    subsidy = next(iter(cash.values()))
    more_param = get_entry(subsidy.id.replace(CASH_ID, SUPPLEMENT_ID)).parameters.get(
        "monthly_amount_cny"
    )
    more = more_param.in_force(day) if more_param is not None else None
    limit = get_entry(subsidy.id).parameters["age_limit_years"].in_force(day)
    lines: list[str] = []
    paying: list[int] = []
    for order in sorted(cash):
        e = cash[order]
        who = fmt.child_label(order, lang)
        who = who[:1].upper() + who[1:]
        to_come = imagined is not None and order == count
        if e.status == "not_eligible" and not (e.end is not None and e.monthly_amount_cny):
            reason = e.reasons.get(lang)[0] if e.reasons.get(lang) else ""
            lines.append(t(lang, f"{who}：没有。{reason}", f"{who}: nothing. {reason}").strip())
            continue
        base = e.monthly_amount_cny or 0
        plus = extra.get(order)
        if plus is not None and plus.status == "eligible" and plus.monthly_amount_cny:
            amount = base + plus.monthly_amount_cny
            figure = t(
                lang,
                f"{base}+{plus.monthly_amount_cny}={amount}元/月",
                f"{base}+{plus.monthly_amount_cny} = {amount} yuan a month",
            )
            held = t(
                lang,
                "（出生时在领低保、特困供养或失业保险金）",
                " (on dibao, special hardship support or unemployment benefits at its birth)",
            )
            if to_come:
                held = t(
                    lang,
                    f"（要那次出生时在领低保、特困供养或失业保险金，否则{base}元）",
                    f" (if on those benefits at that birth; otherwise {base} yuan)",
                )
        else:
            amount = base
            figure = t(lang, f"{base}元/月", f"{base} yuan a month")
            held = (
                t(
                    lang,
                    f"（出生时在领低保、特困供养或失业保险金的，再加{more}元）",
                    f" ({more} yuan more only if on those benefits at its birth)",
                )
                if isinstance(more, int) and (plus is None or plus.status != "not_eligible")
                else ""
            )
        until = ""
        if e.end is not None and not (to_come and not (imagined or {}).get("dated")):
            until = t(lang, f"，至{fmt.day(e.end, lang)}", f", until {fmt.day(e.end, lang)}")
        if e.status == "eligible" or to_come:
            paying.append(amount)
        lines.append(t(lang, f"{who}：{figure}{held}{until}", f"{who}: {figure}{held}{until}"))
    asked = [int(f.replace(",", "")) for f in FIGURE.findall(said)]
    if asked and CHECKED.search(said) and paying and all(a in paying for a in asked):
        lines.insert(0, t(lang, "对。", "Yes."))  # "both get 800? child 1 nothing?"
    elif EACH_ASKED.search(said) and len(paying) < len(cash):
        lines.insert(0, t(lang, "不是每个孩子都有。", "No, not all of them."))
    if len(paying) >= 2:
        zh_all = "两个孩子" if len(paying) == 2 else f"{len(paying)}个孩子"
        en_all = "both are" if len(paying) == 2 else f"all {len(paying)} are"
        total = fmt.money(sum(paying), lang)
        lines.append(
            t(
                lang,
                f"{zh_all}都不满{limit}周岁期间，每月合计{'+'.join(map(str, paying))}={total}。",
                f"While {en_all} under {limit}: {' + '.join(map(str, paying))} = {total} a "
                "month in total.",
            )
        )
    elif len(paying) == 1 and TOGETHER.search(said):
        total = fmt.money(paying[0], lang)
        lines.append(t(lang, f"每月合计{total}。", f"In total {total} a month."))
    lines.append(clause_line(subsidy, lang))
    return "\n".join(lines)
