"""The birth-date cut-off of the per-child measures (Jinan clause 12: second and third children
born on or after 1 January 2023; clause 15 uses the same date): asked as a rule ("eligibility
start date for births?", 从哪天出生的开始算, 2022年出生的有吗) or as a protest after a child was
refused for it ("为啥 差几天啊", "那不是才差几天吗", "why, it's only a few days"). The date, the
orders and the clauses come from policy_kb (each measure's `born_on_or_after` parameter)."""

import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import clock, render
from actions.household import household_from_slots
from actions.language import reply_language
from actions.side_questions import about, context_city, topic
from policy_kb import catalogue, evaluate
from policy_kb import format as fmt
from policy_kb.dates import add_months
from policy_kb.models import Entry
from policy_kb.text import Lang, ordinal
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.cities import CITIES, mentioned_city, patterns
from wording.language import t
from wording.understood import child_name

CUTOFF = "born_on_or_after"
HUKOU = "hukou_in_city"

# A refusal put in question: "为啥 差几天啊", "那不是才差几天吗", "就差几天也不行吗", "why, it's
# only a few days", "how come, she missed it by a week".
WHY_REFUSED = re.compile(
    r"为啥|为什么|凭什么|凭啥|怎么就|咋就"
    r"|差(?:了)?(?:几|没几|十几|一两|两|一|\d+)(?:天|周|个?星期|个多?月)(?:都|也|就)?不(?:行|能|给|算)"
    r"|差(?:了)?(?:几|没几|十几|一两|两|一|\d+)(?:天|周|个?星期)"
    r"|(?:才|就|只)差|\bwhy\b|\bhow come\b|\bmissed (?:it |out )?by\b|\bjust missed\b"
    r"|\b(?:only|just|by) (?:a |one |two |\d+ )?(?:few |couple of )?(?:days?|weeks?|months?)\b",
    re.I,
)

# The cut-off asked as a rule: "eligibility start date for births?", 从哪天出生的开始算,
# 2022年出生的有吗, "do babies born in 2022 count", "what's the cut-off date".
START_ASKED = re.compile(
    r"从(?:哪天|哪一天|什么时候|何时|哪年|哪个月)(?:出生|生)的?(?:孩子)?(?:开始)?算"
    r"|(?:哪天|什么时候|哪年)(?:以后|之后|以前|之前)?(?:出生|生)的(?:才|能|可以|算)"
    r"|(?:19|20)\d\d年?(?:\d{1,2}月)?(?:出生|生)的(?:孩子)?(?:有吗|有没有|能领|算吗|算不算|可以吗|能享受)"
    r"|\bstart(?:ing)? date\b|\bcut-?off\b|\bfrom (?:what|which) date\b"
    r"|\bborn (?:from|after|before|since) (?:when|what|which)\b"
    r"|\bborn in (?:19|20)\d\d\b.{0,20}\b(?:count|qualify|eligible|get)",
    re.I,
)


SHORT = 40  # characters: a protest is short ("为啥 差几天啊"); a longer message tells more
# A protest that opens with its why and gives its own reason after it ("why not?? i thought the
# policy came out in 2022", 为啥没有 政策不是2022年就出了吗 我家是2022年下半年生的): longer,
# still one.
WHY_OPENS = re.compile(r"^\W*(?:why not|why|how come|为啥|为什么|凭什么|凭啥|怎么就|咋就)", re.I)
OPENED_SHORT = 80
# "why does it say child 3", 为啥显示有老三: about what is noted, not a refusal
NOTED = re.compile(r"说|写|显示|记|\bsay|\bshow|\blist|\bnoted?\b", re.I)


def _year_before(entry: Entry, said: str, lang: Lang) -> str:
    """ "2022年出生的有吗": that year's births are outside the rule, said first ("2022年出生的
    不在范围内。"); empty when no year before the cut-off is named."""
    cutoff = entry.param(CUTOFF).value
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", said)]
    if not isinstance(cutoff, date) or not years or max(years) >= cutoff.year:
        return ""
    return t(lang, f"{max(years)}年出生的不在范围内。", f"Births in {max(years)} do not count. ")


def cutoff_measures(city: str) -> list[Entry]:
    """The measures of `city` with a birth-date cut-off (Jinan: clause 12's subsidy and its
    supplement, clause 15's two insurance subsidies), in catalogue order."""
    return [e for e in catalogue().entries.values() if e.city == city and CUTOFF in e.parameters]


def _orders(entry: Entry) -> list[int]:
    """The birth orders a measure is for (clause 12: [2, 3]); empty when it has no such rule."""
    if "birth_orders" not in entry.parameters:
        return []
    return [int(n) for n in entry.param("birth_orders").value]  # type: ignore[union-attr]


def _orders_said(orders: list[int], lang: Lang) -> str:
    """第2个、第3个孩子 / second and third children."""
    if lang == "zh":
        return "、".join(f"第{n}个" for n in orders) + "孩子"
    return " and ".join(ordinal(n) for n in orders) + " children"


def refused_children(entry: Entry, children: list[dict[str, Any]]) -> list[tuple[int, date]]:
    """(order, birth date) of the family's children of the measure's orders born before its
    cut-off (老二 born December 2022, of Jinan clause 12)."""
    cutoff = entry.param(CUTOFF).value
    orders = _orders(entry)
    found = []
    for order, child in enumerate(children, start=1):
        born = str(child.get("birth_date") or "")[:10]
        if not born or (orders and order not in orders):
            continue
        day = date.fromisoformat(born)
        if isinstance(cutoff, date) and day < cutoff:
            found.append((order, day))
    return found


def cutoff_rule(entry: Entry, lang: Lang) -> str:
    """The date rule in one sentence with its clause: "方案只给2023年1月1日及以后出生的第2个、
    第3个孩子发育儿补贴（第12条）"."""
    cutoff = entry.param(CUTOFF).value
    day = fmt.day(cutoff, lang) if isinstance(cutoff, date) else str(cutoff)
    orders = _orders(entry)
    title = entry.title.get(lang)
    if lang == "zh":
        who = _orders_said(orders, "zh") if orders else "孩子"
        return f"{title}只适用于{day}及以后出生的{who}（第{entry.clause}条）。"
    who = _orders_said(orders, "en") if orders else "children"
    return f"{title}: only for {who} born on or after {day} (clause {entry.clause})."


def same_date_elsewhere(entry: Entry, lang: Lang) -> str:
    """The other measures of the city with the same cut-off date, by clause ("The same date
    applies to clause 15: …")."""
    cutoff = entry.param(CUTOFF).value
    others = [
        e
        for e in cutoff_measures(entry.city)
        if e.id != entry.id and e.clause != entry.clause and e.param(CUTOFF).value == cutoff
    ]
    if not others:
        return ""
    clauses = sorted({e.clause for e in others})
    titles = t(lang, "、", "; ").join(e.title.get(lang) for e in others)
    if lang == "zh":
        return f"同一日期也适用于第{'、'.join(clauses)}条：{titles}。"
    return f"The same date applies to clause {', '.join(clauses)}: {titles}."


def _main_measure(city: str, current: Entry | None) -> Entry | None:
    """The measure whose cut-off is asked: the one under discussion if it has one, else the
    city's first (Jinan's childcare subsidy)."""
    if current is not None and current.city == city and CUTOFF in current.parameters:
        if current.id.endswith("_supplement"):  # the 200 rides on the subsidy's own date rule
            base = catalogue().entries.get(current.id.removesuffix("_hardship_supplement"))
            if base is not None and CUTOFF in base.parameters:
                return base
        return current
    measures = cutoff_measures(city)
    return measures[0] if measures else None


def cutoff_answer(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The answer about the birth-date cut-off, and its measure: to a protest after a child was
    refused for it, why (the rule, the child's birth month, no exception in the plan); to the
    rule asked, the date with the clauses that use it. None when the message asks neither."""
    said = normalise(text)
    named = mentioned_city(text)
    city = named or context_city(tracker)
    if city is None:
        return None
    current = topic(tracker)
    protest = (
        len(said) <= SHORT or (len(said) <= OPENED_SHORT and WHY_OPENS.match(said) is not None)
    ) and bool(WHY_REFUSED.search(said) and not NOTED.search(said))
    own = tracker.get_slot("city") or (current.city if current is not None else None)
    other = _other_city(text, own)
    if other is not None and compares_money(said):
        # "but jinan pays families 600 monthly, why not us?": a why of any length, of money
        # another city pays (tester 24 c02 got Jinan's rule described to a Beijing family)
        protest, named = True, other
    compared = named if protest and own is not None and named not in (None, own) else None
    if compared is not None:  # "why not? Jinan gives 600" from a Beijing family: Beijing's why,
        city = str(own)  # never Jinan's rule applied to it (tester 24 c02, no topic in talk)
        if current is not None and current.city != city:
            current = None
    entry = _main_measure(city, current)
    if entry is None:  # Beijing: no date rule; "why not? other cities give money"
        if not protest:
            return None
        money = compared is not None and AMOUNT.search(said) is not None
        found = _why_no_money(tracker, city, said, lang, current, money)
        if found is not None and compared is not None:
            found = (found[0] + "\n" + _own_plan(compared, lang), found[1])
        return found
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    if protest and (current is None or current.city == city):
        hukou = _why_not_hukou(tracker, entry, lang)
        if hukou is not None:  # "why not? we live in jinan now" of a Beijing-hukou family
            return hukou, entry
        refused = refused_children(entry, children)
        on_subject = current is None or CUTOFF in current.parameters
        if refused and on_subject:
            return _why_refused(entry, refused, lang), entry
        outside = _outside_orders(entry, children, said)
        if outside and on_subject:  # "那为啥老大没有育儿补贴": a first child, of the orders rule
            return _why_not_of_order(entry, outside, children, lang), entry
    if START_ASKED.search(said):
        rule = _year_before(entry, said, lang) + cutoff_rule(entry, lang)
        more = same_date_elsewhere(entry, lang)
        return (rule if not more else rule + "\n" + more), entry
    return None


MONEY = re.compile(r"钱|补贴|补助|奖励|\bmoney\b|\bcash\b|\bbonus|\bsubsid|\ballowance", re.I)
# An amount another city pays, named in a comparison: "jinan gives 600 a month right", 济南都给600.
AMOUNT = re.compile(r"\d{3,}|[一二三四五六七八九]百", re.I)


# A why asked in words (not "差几天"): 为啥, 凭什么, "why not us", "how come".
WHY_ASKED = re.compile(r"为啥|为什么|凭什么|凭啥|怎么就|咋就|\bwhy\b|\bhow come\b", re.I)


def _other_city(text: str, own: str | None) -> str | None:
    """The one city other than the family's `own` that `text` names ("济南那边都给600 为什么我们
    北京没有", "our friends in jinan get 600"), or None."""
    if own is None:
        return None
    lowered = text.lower()
    others = [c for c, pattern in patterns().items() if c != own and pattern.search(lowered)]
    return others[0] if len(others) == 1 else None


def compares_money(said: str) -> bool:
    """Whether a message asks why the family gets no money another city pays ("济南都给600
    为啥我们没有", "but jinan pays families 600 monthly, why not us?")."""
    return bool(WHY_ASKED.search(said) and (MONEY.search(said) or AMOUNT.search(said)))


def _own_plan(other: str, lang: Lang) -> str:
    """ "why not? Jinan gives 600": each city pays by its own plan; the other city's figures
    hold there only."""
    name = CITIES[other].name(lang)
    return t(
        lang,
        f"每个城市按自己的方案执行，{name}的金额只适用于{name}。",
        f"Each city follows its own plan; {name}'s amounts apply in {name} only.",
    )


def _why_no_money(
    tracker: Tracker,
    city: str,
    said: str,
    lang: Lang,
    current: Entry | None = None,
    money: bool = False,
) -> tuple[str, Entry] | None:
    """ "why not? other cities give money", 为啥北京没有育儿补贴, or a bare 为啥没有 after the
    city's cash measure was answered: the reason the city's cash measure for households gives
    the family nothing, with its clause (Beijing clause (12) only announces a family upbringing
    subsidy system, with no recipients or amount). `money`: an amount another city pays was
    named ("jinan gives 600 a month right")."""
    on_cash = current is not None and current.city == city and current.kind == "cash"
    if not (MONEY.search(said) or on_cash or money):  # `money`: another city's amount named
        return None
    day = clock.today()
    household = household_from_slots(dict(tracker.slots), day)
    if household is None:
        return None
    for e in evaluate(household, as_of=day).entitlements:
        entry = catalogue().entries[e.id]
        reasons = e.reasons.get(lang)
        if (
            entry.city == city
            and entry.kind == "cash"
            and "household" in entry.audience
            and e.status == "not_eligible"
            and reasons
        ):
            # a why of a measure the plan only announces: it gives no reason (Beijing (12))
            lead = (
                t(lang, "方案没有说明原因。", "The plan gives no reason. ")
                if render.announced_only(entry) and WHY_ASKED.search(said)
                else ""
            )
            return lead + reasons[0] + t(
                lang, f"（第{entry.clause}条）", f" (clause {entry.clause})"
            ), entry
    return None


def _outside_orders(entry: Entry, children: list[dict[str, Any]], said: str) -> list[int]:
    """The family's children of an order the measure is not for (clause 12: the 1st child), those
    the protest names (老大) when it names any: "那为啥老大没有育儿补贴", "why not the first
    one"."""
    orders = _orders(entry)
    if not orders:
        return []
    outside = [n for n in range(1, len(children) + 1) if n not in orders]
    named = [n for n in birth_orders_named(said) if n > 0]
    return [n for n in outside if n in named] if named else outside


def _why_not_of_order(
    entry: Entry, outside: list[int], children: list[dict[str, Any]], lang: Lang
) -> str:
    """ "育儿补贴只适用于2023年1月1日及以后出生的第2个、第3个孩子（第12条）。老大是第1个孩子，
    所以没有。老二在范围内。" The refusal's reason, and which children the rule is for."""
    rule = cutoff_rule(entry, lang)
    names = [child_name(n, lang) for n in outside]
    kept = [child_name(n, lang) for n in _orders(entry) if n <= len(children) and n not in outside]
    if lang == "zh":
        which = "、".join(names)
        ordered = "、".join(f"第{n}个" for n in outside)
        more = f"{'、'.join(kept)}在范围内。" if kept else ""
        return f"{rule}{which}是{ordered}孩子，所以没有。{more}"
    which = " and ".join(names)
    more = (
        f" {' and '.join(kept)[:1].upper() + ' and '.join(kept)[1:]} is within it." if kept else ""
    )
    return (
        f"{rule} {which[:1].upper() + which[1:]} is the {ordinal(outside[0])} child, so no.{more}"
    )


def _why_not_hukou(tracker: Tracker, entry: Entry, lang: Lang) -> str | None:
    """ "why not? we live in jinan now" of a family whose hukou is not in the city, on a measure
    whose rule requires it (Jinan clause 12: "具有济南户籍"): no, because of the hukou, living
    there is not enough; then what moving the hukou would give each child (the figures and
    dates policy_kb works out with the hukou), and the children of other orders that get none
    whatever the hukou. None when the hukou is in the city or not known, or the rule does not
    read it (tester 26 c10 got only the birth-order rule: "The 2nd child is within it")."""
    if HUKOU not in entry.facts or tracker.get_slot(HUKOU) is not False:
        return None
    day = clock.today()
    household = household_from_slots(dict(tracker.slots), day)
    if household is None:
        return None
    name = CITIES[entry.city].name(lang)
    title = entry.title.get(lang)
    lines = [
        t(
            lang,
            f"不能，因为{title}要求{name}户籍（第{entry.clause}条）；您家户口不在{name}，"
            f"住在{name}也不行。",
            f"No. {title} requires {name} household registration (hukou) (clause "
            f"{entry.clause}); your hukou is not in {name}, and living in {name} is not enough.",
        )
    ]
    moved = evaluate(household.model_copy(update={HUKOU: True}), as_of=day)
    gained = [e for e in moved.entitlements if e.id == entry.id and e.status == "eligible"]
    if gained:
        lines.append(t(lang, f"如果户口迁到{name}：", f"If your hukou moves to {name}:"))
        lines += ["• " + render.item_line(e, lang) for e in gained]
    else:
        lines.append(
            t(
                lang,
                f"即使户口迁到{name}，按您家现在的情况也不符合。",
                f"Even with {name} hukou, your family would not qualify as things stand.",
            )
        )
    outside = [n for n in range(1, len(household.children or []) + 1) if n not in _orders(entry)]
    if outside and _orders(entry):
        names = t(lang, "、", " and ").join(child_name(n, lang) for n in outside)
        lines.append(
            t(
                lang,
                f"{names}是第{outside[0]}个孩子，不论户口都不在范围内。",
                f"{names[:1].upper() + names[1:]} is the {ordinal(outside[0])} child, outside "
                "the rule whatever the hukou.",
            )
        )
    return "\n".join(lines)


def _why_refused(entry: Entry, refused: list[tuple[int, date]], lang: Lang) -> str:
    """ "方案第12条只给…；老二是2022年12月出生的，差几天也不在范围内，方案没有写例外。"."""
    order, born = refused[-1]
    name = child_name(order, lang)
    rule = cutoff_rule(entry, lang)
    if lang == "zh":
        month = f"{born.year}年{born.month}月"
        return (
            f"{rule}{name}是{month}出生的，在这个日期之前，哪怕只差几天也不在范围内；"
            "方案没有写例外。"
        )
    month = f"{born:%B %Y}"
    return (
        f"{rule} {name[:1].upper() + name[1:]} was born in {month}, before that date; even a "
        "few days before it is outside the rule, and the plan makes no exception."
    )


def answered_cutoff(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """Say the cut-off when asked (see cutoff_answer); the events make its measure the topic.
    None when not asked."""
    found = cutoff_answer(tracker, text, reply_language(tracker))
    if found is None:
        return None
    reply, entry = found
    supposed = _date_supposed(tracker, text, entry, reply_language(tracker))
    dispatcher.utter_message(text=reply if supposed is None else supposed + "\n" + reply)
    return about(entry)


def _date_supposed(tracker: Tracker, text: str, entry: Entry, lang: Lang) -> str | None:
    """A known child's birth supposed on another day ("要是老二晚两天 正好2023年1月1号生的 算不算",
    tester 62 c10): whether that day is in the rule, and until when the money would run (the
    age limit from that day), from the entry's parameters. None when no date is supposed."""
    from actions.household_form import read_message  # the form imports this module's users

    day = clock.today()
    said = read_message(text, dict(tracker.slots), day)
    supposed = next(
        (u for u in said if u.fact == "child.birth_date" and u.kind == "question" and u.child),
        None,
    )
    first = entry.parameters[CUTOFF].value if CUTOFF in entry.parameters else None
    years = (
        entry.parameters["age_limit_years"].value if "age_limit_years" in entry.parameters else None
    )
    if supposed is None or not isinstance(first, date) or not isinstance(years, int):
        return None
    try:
        born = date.fromisoformat(str(supposed.value)[:10])
    except ValueError:
        return None
    name = child_name(int(supposed.child or 0), lang)
    if born < first:
        return t(
            lang,
            f"如果{name}是{born.year}年{born.month}月{born.day}日出生，也还在{first.year}年"
            f"{first.month}月{first.day}日以前，不在范围内（第{entry.clause}条）。",
            f"If {name} had been born on {born:%-d %B %Y}, that is still before "
            f"{first:%-d %B %Y}, outside the rule (clause {entry.clause}).",
        )
    end = add_months(born, 12 * int(years))
    over = t(lang, "，现在已经发完了", ", which is already past") if end <= day else ""
    return t(
        lang,
        f"如果{name}是{born.year}年{born.month}月{born.day}日出生，就在范围内（第{entry.clause}条："
        f"{first.year}年{first.month}月{first.day}日及以后出生），"
        f"发到满{years}周岁，即{end.year}年{end.month}月{end.day}日{over}。",
        f"If {name} had been born on {born:%-d %B %Y}, the rule would cover it (clause "
        f"{entry.clause}: born on or after {first:%-d %B %Y}), paid until age "
        f"{years}, i.e. {end:%-d %B %Y}{over}.",
    )
