"""A hotline worker's yes-or-no questions about a rule (tester 33 c04, c08): the verdict first
(能 / 不能 / 按方案原文…; yes / no / not under the plan's text), then the clause and the sentence
to read out. Each verdict comes from the engine or from the measure's parameters in policy_kb:
a child born a day either side of a measure's start date (Jinan clause 12: born on or after
1 January 2023), a child of an order the plan does not name (a 4th child), both cities asked at
once, money paid to others than parents (clause 12's 400 to childcare institutions), and a
hukou moved in lately (the plan sets no time it must be held)."""

import re
from datetime import date
from typing import Any

from actions import clock, render
from actions.focus import QUESTION, asked_measure, measures_asked, without_city
from actions.side_questions import named_measure
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.rules.base import value
from policy_kb.text import Lang
from understanding.dates import MONTHS
from understanding.hukou_move import moved_lately
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.cities import CITIES, city_name
from wording.entitlements import clause_name
from wording.language import t

# Whether the case is covered: 能领吗, 算不算, 可以吗, 行不行, 符合吗, "eligible?", "does … get it",
# "does it count", "qualify", "covered".
ELIGIBLE_ASKED = re.compile(
    r"能(?:不能)?(?:领|拿|享受|申请|算)|能吗|算不算|算吗|算在内|算进|可以(?:领|吗)|行不行|行吗"
    r"|符合|有没有份|有份吗|包括|\beligible\b|\bqualif|\bcount(?:s|ed)?\b|\bcovered\b"
    r"|\b(?:get|gets|receive|claim) (?:it|the|that|this)\b|\bapply\b",
    re.I,
)

# A day told without its year ("1月1号", "1月1日当天", "january 1st", "1 jan").
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_WITHOUT_YEAR = re.compile(
    r"(?<![\d年/.-])(?P<m>\d{1,2})月(?P<d>\d{1,2})[号日]"
    rf"|\b(?P<men>{_MONTH_NAME})\.? (?:the )?(?P<den>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<den2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<men2>{_MONTH_NAME})\b",
    re.I,
)
# A sum asked ("total subsidy for both together?", 一共能领多少): the money, not the start date.
SUM_ASKED = re.compile(r"\btotal\b|\bhow much\b|一共|总共|合计|加起来|多少钱", re.I)
# A day told with a two-digit year (23年1月1号): the 2000s.
SHORT_DATE = re.compile(r"(?<!\d)(\d\d)年(\d{1,2})月(\d{1,2})[日号]")
FULL_DATE = re.compile(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")
YEAR = re.compile(r"(?:19|20)\d\d|\d\d年")
# The child of a case named by its order after its birth (2023年1月1日当天出生的二孩).
ORDER_AFTER_BIRTH = re.compile(r"(?:出生|生)的\s*(?P<n>[2-5])(?:孩|胎)(?!家庭)")


def _day_near_start(text: str, start: date) -> date | None:
    """A day told without a year ("那1月1号当天出生的算不算" after a case born 2022-12-31), read
    in the year that puts it nearest the measure's start date: the boundary asked about; None
    when the message tells a year, or no such day."""
    said = normalise(text)
    full = list(FULL_DATE.finditer(said)) or list(SHORT_DATE.finditer(said))
    if full:  # 2023年1月1日当天出生的二孩, 23年1月1号当天生的: the day told
        y, mo, d = (int(x) for x in full[-1].groups())
        y = y + 2000 if y < 100 else y
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    for named in DAY_WITHOUT_YEAR.finditer(said):  # "1 January 2023", "January 1, 2023"
        told_year = re.match(r",?\s*((?:19|20)\d\d)\b", said[named.end() :])
        if named.group("m") is None and told_year is not None:
            month = MONTHS[(named["men"] or named["men2"]).lower()]
            try:
                return date(int(told_year.group(1)), month, int(named["den"] or named["den2"]))
            except ValueError:
                return None
    if YEAR.search(said):
        return None
    found = list(DAY_WITHOUT_YEAR.finditer(said))
    if not found:
        return None
    m = found[-1]  # "12月31号的就不行是吧 那1月1号当天出生的算不算": the day asked last
    month = int(m.group("m")) if m.group("m") else MONTHS[(m["men"] or m["men2"]).lower()]
    day_of = int(m.group("d") or m.group("den") or m.group("den2"))
    days: list[date] = []
    for year in (start.year - 1, start.year, start.year + 1):
        try:
            days.append(date(year, month, day_of))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - start).days)) if days else None


def _order_told(text: str, case: dict[str, Any]) -> int | None:
    """The order of the case's child the message asks about: the one it names (老二, 二孩,
    "the 2nd"), else the one of the case told last with a birth date; None when neither."""
    said = normalise(text)
    named = [n for n in birth_orders_named(said) if n >= 1]
    after = ORDER_AFTER_BIRTH.search(said)
    if after is not None:
        named.append(int(after.group("n")))
    if named:
        return named[-1]
    children = case.get("children") or case.get("children_partial") or []
    dated = [i for i, c in enumerate(children, start=1) if c.get("birth_date")]
    return dated[-1] if dated else None


def boundary_birth(
    text: str, entries: list[Entry | None], case: dict[str, Any], lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """ "那1月1号当天出生的算不算", "what about one born on January 1st itself?": the child of the
    case born on the day told, the year being the one nearest the measure's start date, as the
    engine decides (Jinan clause 12: born on or after 1 January 2023), with the plan's
    wording. None unless the measure (asked or discussed) has a start date for births, the
    message tells a day without a year and asks whether it is covered."""
    from actions.results import named_child_answer  # results imports this module

    entry = next((e for e in entries if e and "born_on_or_after" in e.parameters), None)
    if entry is None or "born_on_or_after" not in entry.parameters:
        return None
    said = normalise(text)
    if len(set(birth_orders_named(said))) > 1 or len(FULL_DATE.findall(said)) > 1:
        return None  # several children told: each child's own answer (hotline.children_case)
    if not ELIGIBLE_ASKED.search(text) and not QUESTION.search(normalise(text)):
        return None
    if SUM_ASKED.search(text):  # "twins … born 1 Jan 2023. total for both?": the money asked
        return None
    start = value(entry, "born_on_or_after", day)
    born = _day_near_start(text, start)
    if born is None:
        return None
    lead = boundary_verdict(entry, born, start, lang)
    order = _order_told(text, case)
    if order is None:  # "那如果是23年1月1号当天生的算不算" with no child of the case: the date
        return "\n".join([lead, render.lead_departments(entry, lang)]), entry
    undated = {"birth_date": None, "precision": None, "height_cm": None}
    child = {**undated, "birth_date": born.isoformat(), "precision": "day"}
    children = [dict(undated) for _ in range(order - 1)] + [child]
    slots: dict[str, Any] = {"city": entry.city, "children_partial": children}
    if case.get("hukou_in_city") is not None:
        slots["hukou_in_city"] = case["hukou_in_city"]
    answer = named_child_answer(slots, entry, text, lang, {order})
    if answer is None:
        return "\n".join([lead, render.lead_departments(entry, lang)]), entry
    answer = re.sub(
        r"^(?:能。|不能。|Yes\. |No\. |(?:有|不发了|现在没有了)（已于[^）]*）。"
        r"|(?:Yes|No longer) \([^)]*\)\.\s*)",
        "",
        answer,
    )
    return "\n".join([lead, answer, render.lead_departments(entry, lang)]), entry


# The plan's own words for its start date: "born after January 1, 2023" (the English text),
# "2023年1月1日以后出生" (the Chinese), as policy_kb quotes them.
PLAN_AFTER = {
    "en": re.compile(r"born after [A-Z][a-z]+ \d{1,2}, \d{4}"),
    "zh": re.compile(r"\d{4}年\d{1,2}月\d{1,2}日以后出生"),
}


def _plan_words(entry: Entry, lang: Lang) -> str | None:
    """The plan's words for the start date, from the measure's quote or summary."""
    param = entry.parameters["born_on_or_after"]
    for said in (getattr(param, "quote", None) or "", entry.summary.get(lang)):
        found = PLAN_AFTER[lang].search(said or "")
        if found:
            return found.group(0)
    return None


def boundary_verdict(entry: Entry, born: date, start: date, lang: Lang) -> str:
    """Whether a birth on `born` falls within the measure's start date: before it, no; on or
    after, yes, with the plan's own words quoted ("born after January 1, 2023", 以后出生) and
    the day itself counted as our reading, the lead department deciding (tester 39 c03, c09:
    never "on or after" given as the plan's words)."""
    on, since = fmt.day(born, lang), fmt.day(start, lang)
    clause = clause_name(entry.clause, lang)
    if born < start:
        return t(
            lang,
            f"不能：{on}出生的早于{since}（{clause}）。",
            f"No: a child born on {on} is before {since} ({clause}).",
        )
    words = _plan_words(entry, lang)
    quoted = t(lang, f"方案原文是“{words}”", f"the plan says “{words}”") if words else ""
    if born > start:
        return t(
            lang,
            f"算：{on}出生的在{since}以后（{clause}）。",
            f"Yes, it counts: a child born on {on} is after {since} ({clause}).",
        )
    return t(
        lang,
        f"算（按我们的理解）：{quoted or '方案写的是这一天以后出生'}（{clause}），没有单独写当天；"
        f"“以后”通常包含当天，所以{on}出生的也算。这是我们的理解，以牵头部门的认定为准。",
        f"Yes, on our reading: {quoted or 'the plan speaks of births after that day'} ({clause}) "
        f"and says nothing of the day itself; the Chinese original (以后) usually includes it, "
        f"so a child born on {on} counts. This is our reading, not the plan's words; the lead "
        "department decides.",
    )


def _ordinal(n: int) -> str:
    """2nd, 3rd, 4th."""
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th') }"


def _paid_by_order(city: str | None) -> Entry | None:
    """The city's one cash measure whose rule names the children it is paid for by birth order
    (Jinan clause 12's subsidy), or None."""
    paid = [
        e
        for e in catalogue().entries.values()
        if e.city == city and e.kind == "cash" and "birth_orders" in e.parameters
    ]
    return paid[0] if len(paid) == 1 else None


FIRST_BIRTH = re.compile(r"(?<![\d第.])1(?:孩|胎)(?!子)")


def order_unnamed(
    current: Entry | None, text: str, city: str | None, lang: Lang, first_too: bool = False
) -> tuple[str, Entry] | None:
    """ "does a 4th child get it?", "老四能领吗" of a measure whose rule names the children it is
    for (Jinan clause 12: the 2nd and 3rd): a child of an order beyond those is not in the
    plan's text, which says nothing of it; one before them is not among them. None unless the
    message names one order and asks whether that child is covered."""
    # the measure named, else the one discussed ("does a 4th child get it?" after the 600:
    # not the loan ceiling a search ranks by "4 … child"), else the one asked
    # the measure named, else the one discussed, else the one asked, else the city's one cash
    # measure paid by birth order ("老四能领吗" of a family, nothing discussed: clause 12's)
    found = [
        named_measure(text, city, lang),
        current,
        asked_measure(text, city, lang),
        _paid_by_order(city),
    ]
    entry = next((e for e in found if e is not None and "birth_orders" in e.parameters), None)
    if entry is None:
        return None
    # "一孩有育儿补贴吗": a first child named by its order as 一孩 (normalised 1孩), as 头胎 is
    said = FIRST_BIRTH.sub("头胎", normalise(text))
    # "so no for the first child. next: does a 4th child get it?": the order asked last
    parts = [p for p in re.split(r"[.。!！;；?？:：]", said) if birth_orders_named(p)]
    orders = [n for n in birth_orders_named(parts[-1]) if n >= 1] if parts else []
    if len(set(orders)) != 1 or not (ELIGIBLE_ASKED.search(said) or QUESTION.search(said)):
        return None
    order = orders[0]
    named = [int(n) for n in value(entry, "birth_orders", clock.today())]
    clause = clause_name(entry.clause, lang)
    listed = t(lang, "、", " and ").join(t(lang, f"第{n}个孩子", _ordinal(n)) for n in named)
    if first_too and order < min(named):  # a worker's "济南一孩有育儿补贴吗": no, the plan
        # names the 2nd and 3rd only (tester 51 c7 heard the rule with no 没有)
        lead = t(
            lang,
            f"没有：“{entry.title.zh}”（{clause}）只给{listed}，第{order}个孩子不在此列。",
            f"No: {entry.title.en} ({clause}) is for the {listed} child only, not the "
            f"{_ordinal(order)}.",
        )
    elif order in named or order < max(named):
        return None  # a child the plan names, or one between them: the engine's own answer
    else:
        # "Families with two or three children … per child" (clause 12, under the three-child
        # birth policy): a 4th is not among them; the engine says so too
        lead = t(
            lang,
            f"按方案原文不能：“{entry.title.zh}”（{clause}）只写了{listed}，没有提到第{order}个孩子。",
            f"Not under the plan's text: {entry.title.en} ({clause}) names only the {listed} "
            f"child; it says nothing of a {_ordinal(order)} child.",
        )
    brief = render.entry_brief(entry, lang)  # the rule, and the lead department named
    return "\n".join([lead, brief, render.lead_departments(entry, lang)]), entry


# A city held up as the example of what is asked of the other ("like beijing", 像北京那样,
# 跟北京一样): no question of its own.
LIKE_CITY = re.compile(
    r"\b(?:like|as in|same as)\s+(?:in\s+)?(?:beijing|jinan)\b"
    r"|(?:像|跟|和|同)(?:北京|济南)(?:那样|那种|似的|一样)",
)


def both_cities(text: str, lang: Lang) -> tuple[str, Entry] | None:
    """ "济南陪产假几天 北京呢", "paternity leave in jinan and beijing?": the measure asked in
    each city the message names, in the order named, each with its clause and lead department
    (tester 33 c04 got Jinan's only). None unless it names both cities and a measure in each."""
    lowered = text.lower()
    found = sorted(
        (m.start(), key)
        for key, c in CITIES.items()
        if (m := c.pattern.search(lowered))
        # "does jinan have the free bus like beijing": one city asked, the other its example
        # (tester 134 p10's Jinan caller was read Beijing's clause (12))
        and not any(
            m.start() >= s.start()
            for s in LIKE_CITY.finditer(lowered, max(0, m.start() - 12), m.end() + 1)
        )
    )
    if len(found) < 2:
        return None
    rest = without_city(text)
    parts: list[str] = []
    last: Entry | None = None
    for _, city in found:
        entries = measures_asked(rest, city) or [
            e for e in [asked_measure(rest, city, lang) or named_measure(rest, city, lang)] if e
        ]
        entries = [e for e in entries if e.city == city]
        if not entries:
            return None
        name = city_name(city, lang)
        parts.append(t(lang, f"{name}：", f"{name}:"))
        # each measure with its own lead department (tester 51 c02: the grandparents' care
        # insurance, Jinan clause 15, read under the subsidy's Health Commission)
        for e in entries:
            parts += [render.entry_brief(e, lang), render.lead_departments(e, lang)]
        last = entries[-1]
    return ("\n".join(parts), last) if last is not None else None


# "不是给家长的对吧", "so it's not for parents, right?": a "not" put back to be confirmed.
NOT_PUT_BACK = re.compile(
    r"不是(?:给|发给|补给)|不(?:发|补)给|并不是给|\b(?:not|isn'?t|aren'?t)\b[^.?!]{0,12}\b(?:for|to)\b",
    re.I,
)
# Whether a measure is paid to the parents or the family ("是不是给家长补400", "给我们的吗",
# "is it paid to parents?", "do parents get the 400").
FOR_PARENTS = re.compile(
    r"给(?:我们|咱们|俺们|我家|家长|父母|个人|家庭|老百姓|爸妈)|(?:家长|父母|个人)(?:能|可以)?(?:领|拿)"
    r"|(?:发|补)给谁|\b(?:for|to) (?:us|parents|the parents|families|the family|my family)\b"
    r"|\b(?:parents?|families|family) (?:get|gets|receive|receives)\b|\bwho (?:gets|receives)\b"
    # the caller asked as its receiver ("does she get that cash?", 她能领吗, 来电人能拿到吗)
    r"|\b(?:does|do|can|could|will|would) (?:she|he|they|the caller|the family|the mum|the mom"
    r"|the mother|the father|the parents?|the dad|her|his)"
    r" (?:get|receive|claim|have)\b|(?:她|他|来电人|市民|家长)(?:能|可以)(?:领|拿|申请)",
    re.I,
)


def for_whom(entry: Entry, text: str, lang: Lang) -> str | None:
    """Whether money the plan pays to others than families is the parents' ("济南是不是每月给家长补
    400": 不是, clause 12's 400 is paid to registered childcare institutions per child enrolled;
    "不是给家长的对吧": 对): the verdict first. None for a measure families are paid, or a
    question not about whom it is paid to."""
    if "household" in entry.audience or not FOR_PARENTS.search(text):
        return None
    named = render.audience_names(entry)
    if named is None:
        return None
    zh, en = named
    if NOT_PUT_BACK.search(text):
        return t(
            lang,
            f"对，不是给家长的：这项是给{zh}的（第{entry.clause}条）。",
            f"Right, it is not paid to parents: it is for {en} (clause {entry.clause}).",
        )
    return t(
        lang,
        f"不是。这项是给{zh}的，不发给家长（第{entry.clause}条）。",
        f"No. This is for {en}, not paid to parents (clause {entry.clause}).",
    )


def moved_hukou_unsaid(entry: Entry, texts: list[str], lang: Lang) -> str | None:
    """For a case whose hukou moved into the city lately ("户口上个月刚迁到济南"), of a measure
    with a hukou condition: the plan says neither how long the hukou must have been held nor
    whether months before the move are paid; the lead department decides. None otherwise."""
    if "hukou_in_city" not in entry.facts or not any(moved_lately(x) for x in texts):
        return None
    city = city_name(entry.city, lang)
    return t(
        lang,
        f"户口新迁入的：{city}方案（第{entry.clause}条）要求{city}户籍，但没有写户籍须落户多久、"
        f"从哪天起须有户籍，也没有写迁入以前的月份是否发放。",
        f"A hukou moved in lately: the {city} plan (clause {entry.clause}) requires {city} hukou "
        "but says neither for how long it must have been held (nor from which date) nor whether "
        "months before the move are paid.",
    )
