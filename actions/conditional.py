"""Monthly money while the hukou is still unknown ("生了以后能领多少钱" with a third child due,
"那三个孩子一共一个月能拿多少"): the figure as it would be with the city's hukou, per child with
its dates and the total, and the hardship supplement as the condition it is (Jinan clause 12),
so the family hears a number before the one missing fact is asked."""

import re
from datetime import date, timedelta

from actions.headline import fact_names, not_the_monthly_figure
from actions.household import evaluate_back_then
from actions.render import back_pay_unsaid
from actions.totals import total_said
from policy_kb import Household, evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang
from wording.cities import city_name
from wording.entitlements import clause_line, label
from wording.language import t
from wording.understood import child_name

HUKOU = "hukou_in_city"

# How long monthly money is paid: "发到几岁", "领到啥时候", "补到什么时候", "到多大停",
# "until what age", "how long is it paid", "when does the money stop".
UNTIL_ASKED = re.compile(
    r"[发领补给拿]到(?:几岁|多大|什么时候|啥时候|哪天|哪年)|到几岁|到多大"
    r"|(?:几岁|多大)(?:为止|就?停|就?不[发给领]了)|啥时候停|什么时候停"
    r"|\buntil (?:what|which|when)\b|\bwhat age\b|\bhow long\b|\bup to what\b"
    r"|\bwhen (?:exactly )?(?:does|will) (?:it|the money|the subsidy|the payments?) (?:stop|end)\b",
    re.I,
)

AGE_SAID = re.compile(r"满\d+周岁|turns \d+")


def until_age(report: Report, lang: Lang, said: str = "") -> str:
    """'发到孩子满3周岁：第2个孩子2025年10月1日至2028年10月1日。' of the monthly money paid or to
    come (Jinan clause 12's age limit); empty when none has an age limit. When `said` (the
    lines it follows) already gives every end date ("600元/月，至2027年11月1日"), only the age:
    '发到孩子满3周岁。', never the end again (tester 50 c01)."""
    by_child: dict[int, Entitlement] = {}
    for e in report.entitlements:
        if _monthly(e) and e.status == "eligible" and e.end is not None:
            by_child.setdefault(e.child or 0, e)
    if not by_child:
        return ""
    age = get_entry(next(iter(by_child.values())).id).parameters.get("age_limit_years")
    if age is None:
        return ""
    if said and all(e.end is not None and fmt.day(e.end, lang) in said for e in by_child.values()):
        return t(lang, f"发到孩子满{age.value}周岁。", f"Paid until the child turns {age.value}.")
    spans = [
        t(lang, fmt.child_label(c, lang), fmt.child_label(c, lang) + ": ")
        + (
            t(lang, f"{fmt.day(e.start, lang)}至", f"{fmt.day(e.start, lang)} to ")
            if e.start
            else t(lang, "至", "until ")
        )
        + fmt.day(e.end, lang)  # type: ignore[arg-type]
        for c, e in sorted(by_child.items())
    ]
    return t(
        lang,
        f"发到孩子满{age.value}周岁：" + "；".join(spans) + "。",
        f"Paid until the child turns {age.value}: " + "; ".join(spans) + ".",
    )


def ended_at_age(report: Report, day: date, lang: Lang) -> str:
    """'第3个孩子：孩子已于2026年3月1日年满3周岁，此项已结束。' of monthly money that ended by the
    child's age before `day`: the answer to "到啥时候停" once the last day has passed (until_age
    has no dates to give then)."""
    lines: dict[int, str] = {}
    for e in report.entitlements:
        said = e.reasons.get(lang)
        if (
            _monthly(e)
            and e.status == "not_eligible"
            and e.end is not None
            and e.end <= day
            and said
            and e.child not in lines
        ):
            lines[e.child or 0] = (
                fmt.child_label(e.child or 0, lang) + t(lang, "：", ": ") + said[0]
            )
    return "\n".join(line for _, line in sorted(lines.items()))


def not_eligible_line(report: Report, children: list[int], lang: Lang) -> str:
    """'第1个孩子、第2个孩子不符合条件' of `children` whose monthly money was never payable: the
    children the answer is not about, in one line (tester 21 c8); empty when there are none."""
    others = [
        c
        for c in children
        if (items := [e for e in report.entitlements if _monthly(e) and e.child == c])
        and all(
            e.status == "not_eligible" and (e.end is None or e.end > report.as_of) for e in items
        )
    ]
    if not others:
        return ""
    who = t(lang, "、", ", ").join(fmt.child_label(c, lang) for c in others)
    return t(lang, f"{who}不符合条件。", f"{who}: not eligible.")


def _monthly(e: Entitlement) -> bool:
    return "monthly_amount_cny" in get_entry(e.id).parameters and bool(e.child)


def _paid_and_open(report: Report) -> tuple[dict[int, list[Entitlement]], list[Entitlement]]:
    """The monthly money of `report`: the items paid, by child (0: the household), and the
    items still waiting on a fact."""
    paid: dict[int, list[Entitlement]] = {}
    still: list[Entitlement] = []
    for e in report.entitlements:
        if not _monthly(e):
            continue
        if e.status == "eligible" and e.monthly_amount_cny:
            paid.setdefault(e.child or 0, []).append(e)
        elif e.status == "needs_info":
            still.append(e)
    return paid, still


def _month_decides_end(children: list[int], lang: Lang) -> str:
    """The birth month that decides the day the money of `children` ends, asked for."""
    zh = "、".join(child_name(c, "zh") for c in children)
    en = " and ".join(fmt.child_label(c, "en") for c in children)
    return t(
        lang,
        f"告诉我{zh}是几月出生的，我就能算出发到哪一天。",
        f"Tell me which month {en} was born and I can work out the day it ends.",
    )


def if_hukou(
    household: Household,
    open_items: list[Entitlement],
    day: date,
    lang: Lang,
    asked: bool,
    whole: bool = False,
    question: str = "",
) -> str:
    """'如果是济南户口：第2个孩子每月600元（2027年2月1日至2030年2月1日），到孩子满3周岁；…' for
    the monthly money `open_items` still wait on the hukou for, then the children who get none
    whatever the hukou (the first: clause 12) and the clause; empty when none waits on it.
    `asked`: a figure was put back to be confirmed ("一个月600是吧"): "not decided yet" first.
    `whole`: the whole period's money asked ("how much the 600 thing is total"): each child's
    total too (tester 46 c10 got the clause alone)."""
    if household.hukou_in_city is not None or not any(
        HUKOU in e.missing_facts and _monthly(e) for e in open_items
    ):
        return ""
    supposed = household.model_copy(update={HUKOU: True})
    report = evaluate(supposed, as_of=day)
    paid, still = _paid_and_open(report)
    if not paid:
        return ""
    parts = [_child_money(child, items, lang, whole) for child, items in sorted(paid.items())]
    total = sum(e.monthly_amount_cny or 0 for items in paid.values() for e in items)
    sep = t(lang, "；", "; ")
    line = t(  # the hukou not yet told, said so: no verdict before it (tester 45 item 22)
        lang,
        f"如果是{city_name(household.city, lang)}户口：",
        f"If you have {city_name(household.city, lang)} hukou (not known yet): ",
    )
    line += sep.join(parts)
    if len(paid) > 1:
        line += t(
            lang,
            f"；合计每月{fmt.money(total, lang)}",
            f"; {fmt.money(total, lang)} a month in total",
        )
    age = get_entry(next(iter(paid.values()))[0].id).parameters.get("age_limit_years")
    if age is not None:
        whom = "each child turns" if len(paid) > 1 else "the child turns"
        line += t(lang, f"，到孩子满{age.value}周岁", f", until {whom} {age.value}")
    line += _extra(still, lang) + t(lang, "。", ".")
    first = next(iter(paid.values()))[0]
    lines = [t(lang, "还不一定。", "Not decided yet.")] if asked else []
    lines.append(line)
    from actions.results import asked_children, refused_by_order  # results imports us

    named = _children_asked(question, len(household.children or []))
    first_said = asked_children(question, len(household.children or [])) if question else set()

    eldest = [  # "老大没有": refused for its order, whatever the hukou; only of a child the
        # question names (老大有没有, "all three"): a line on the eldest nobody asked about is
        # noise (tester 46 c01, c03, c10); said first, as asked
        refused_by_order(e.child, e, lang)
        for e in report.entitlements
        if e.id == first.id
        and e.status == "not_eligible"
        and e.child in named
        and e.reasons.get(lang)
    ]
    # the eldest named alone ("老大有没有") answered first; of "三个孩子一共", after the money
    lines = [*eldest, *lines] if first_said else [*lines, *eldest]
    lines.append(clause_line(first, lang))
    return "\n".join(lines)


def _children_asked(question: str, count: int) -> set[int]:
    """The children `question` names, every child when it asks of them all ("三个孩子一共")."""
    from actions.headline import EVERY_CHILD  # headline imports this module's neighbours
    from actions.results import asked_children

    if not question:
        return set()
    if EVERY_CHILD.search(question) or re.search(rf"[{count}两俩三仨]个(?:孩子|娃)", question):
        return set(range(1, count + 1))
    return asked_children(question, count)


def _child_money(child: int, items: list[Entitlement], lang: Lang, whole: bool = False) -> str:
    """'第2个孩子每月600+200=800元（2026年11月1日至2029年11月1日）', with `whole` its total
    ('，共28,800元')."""
    amounts = [e.monthly_amount_cny or 0 for e in items]
    figure = "+".join(str(a) for a in amounts) + (f"={sum(amounts)}" if len(amounts) > 1 else "")
    start = min((e.start for e in items if e.start), default=None)
    end = min((e.end for e in items if e.end), default=None)
    dates = (
        t(
            lang,
            f"（{fmt.day(start, lang)}至{fmt.day(end, lang)}）",
            f" ({fmt.day(start, lang)} to {fmt.day(end, lang)})",
        )
        if start and end
        else ""
    )
    who = fmt.child_label(child, lang)
    line = t(lang, f"{who}每月{figure}元{dates}", f"{who}: {figure} yuan a month{dates}")
    total = sum(e.total_amount_cny or 0 for e in items)
    if whole and total and all(e.total_amount_cny for e in items):
        line += t(lang, "，", ", ") + total_said(total, start, end, lang)
    return line


def _extra(still: list[Entitlement], lang: Lang) -> str:
    """The money still open besides the hukou (the 200 of a hardship birth), as its condition."""
    if not still:
        return ""
    several = len({e.child for e in still}) > 1
    each, each_en = ("每个孩子", " per child") if several else ("", "")
    amount = get_entry(still[0].id).parameters["monthly_amount_cny"].value
    facts = sorted({f for e in still for f in e.missing_facts if f != HUKOU})
    labels = t(lang, "、", "; ").join(fact_names(facts, lang))
    if not labels:
        return ""
    return t(
        lang,
        f"；另外{each}每月再加{amount}元，要看：{labels}",
        f"; {amount} yuan a month more{each_en} depending on: {labels}",
    )


def ended_if(household: Household, day: date, lang: Lang, asked: int | None) -> str:
    """ "每个月多少钱 800吗" of a child now past 3 whose money depended on facts not told (the
    hardship at the birth, the hukou): what was payable, from when until when, on which
    condition, and that it has ended (Jinan clause 12). Empty when no such money has ended."""
    report = evaluate(household, as_of=day)
    ended = [
        e
        for e in report.entitlements
        if _monthly(e) and e.status == "not_eligible" and e.end is not None and e.end <= day
    ]
    lines: list[str] = []
    bases: dict[int, tuple[int, date]] = {}
    amounts: dict[int, list[int]] = {}  # each child's monthly items then (600, 200)
    for child in sorted({e.child or 0 for e in ended}):
        end = min(e.end for e in ended if e.child == child and e.end is not None)
        before = evaluate_back_then(household, end - timedelta(days=1))
        items = [e for e in before.entitlements if e.child == child and _monthly(e)]
        if not any(e.status == "needs_info" for e in items):
            continue  # decided then: said as paid or not by the monthly answer itself
        if household.hukou_in_city is None or asked == _most(items, end):
            lines.append(_was_payable(household, child, items, end, lang))
            base = [e for e in items if not (set(e.missing_facts) - {HUKOU})]
            bases[child] = (sum(_amount(e, end) for e in base), end)
            amounts[child] = [_amount(e, end) for e in items if e.status != "not_eligible"]
    if not lines:
        return ""
    confirmed = _base_was_paid(household, bases, asked, lang)
    if confirmed:  # "they were getting 600 each right": yes, each, and ended; not the block
        return "\n".join([confirmed, clause_line(ended[0], lang)])
    if asked is not None and household.hukou_in_city is None:
        most = {child: sum(each) for child, each in amounts.items()}
        could = {a for each in amounts.values() for a in each} | set(most.values())
        could |= {amount for amount, _ in bases.values()}
        if asked not in could | {sum(a for a, _ in bases.values()), sum(most.values())}:
            # "一个月1400对不对" of the 3rd child's 800: no, which child it is, then its money
            lines.insert(0, not_the_monthly_figure(asked, sorted(bases), lang))
    return "\n".join([*lines, clause_line(ended[0], lang)])


def _base_was_paid(
    household: Household, bases: dict[int, tuple[int, date]], asked: int | None, lang: Lang
) -> str:
    """'Yes, with Jinan hukou: 600 yuan a month each for child 2 and child 3 (1,200 a month
    together), until they turned 3 on 1 May 2026; it has ended.' to a monthly figure put back
    to be confirmed ("they were getting 600 each right", "之前每人600是吧") that is each ended
    child's amount on the hukou alone (Jinan clause 12), or their sum, before the hukou is
    told (tester 42 c03 got each child's conditional block again, word for word); empty for
    another figure or once the hukou is known."""
    if asked is None or household.hukou_in_city is not None or not bases:
        return ""
    amounts = {amount for amount, _ in bases.values()}
    total = sum(amount for amount, _ in bases.values())
    if len(amounts) != 1 or asked not in (*amounts, total):
        return ""
    amount = amounts.pop()
    children = sorted(bases)
    names = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in children)
    ends = {end for _, end in bases.values()}
    city = city_name(household.city, lang)
    if len(ends) == 1:
        end = fmt.day(ends.pop(), lang)
        until_zh = f"到孩子满3周岁，已于{end}停发"
        until_en = f"until {'they' if len(children) > 1 else 'the child'} turned 3 on {end}"
    else:
        each = [(c, fmt.day(bases[c][1], lang)) for c in children]
        until_zh = (
            "到孩子满3周岁停发（"
            + "，".join(f"{fmt.child_label(c, lang)}于{d}" for c, d in each)
            + "）"
        )
        until_en = (
            "until each turned 3 ("
            + "; ".join(f"{fmt.child_label(c, lang)} on {d}" for c, d in each)
            + ")"
        )
    if len(children) > 1:
        return t(
            lang,
            f"是的，如果是{city}户口：{names}每人每月{amount}元"
            f"（合计每月{fmt.money(total, lang)}），{until_zh}，现在已经没有了。",
            f"Yes, with {city} hukou: {amount} yuan a month each for {names} "
            f"({fmt.money(total, lang)} a month together), {until_en}; it has ended.",
        )
    return t(
        lang,
        f"是的，如果是{city}户口：{names}每月{amount}元，{until_zh}，现在已经没有了。",
        f"Yes, with {city} hukou: {amount} yuan a month for {names}, {until_en}; it has ended.",
    )


def _was_payable(
    household: Household, child: int, items: list[Entitlement], end: date, lang: Lang
) -> str:
    """'第3个孩子：每月600元（2023年3月1日至2026年3月1日）；要看孩子出生时…：是的话再加200元，
    共800元；已于2026年3月1日停发。'"""
    who = fmt.child_label(child, lang)
    base = [e for e in items if not (set(e.missing_facts) - {HUKOU})]
    extra = [e for e in items if set(e.missing_facts) - {HUKOU}]
    amount = sum(_amount(e, end) for e in base)
    more = sum(_amount(e, end) for e in extra)
    born = next(
        (c.birth_date for i, c in enumerate(household.children or [], 1) if i == child), None
    )
    dates = t(
        lang,
        f"（{fmt.day(born, lang)}至{fmt.day(end, lang)}）" if born else "",
        f" ({fmt.day(born, lang)} to {fmt.day(end, lang)})" if born else "",
    )
    if household.hukou_in_city is not None and extra and more:  # the 600 said as paid already
        facts = sorted({f for e in extra for f in e.missing_facts if f != HUKOU})
        labels = t(lang, "、", "; ").join(fact_names(facts, lang))
        return t(
            lang,
            f"{who}：要看{labels}：是的话当时每月再加{more}元，共{amount + more}元{dates}。",
            f"{who}: {more} yuan a month more, {amount + more} in all{dates}, if yes to: {labels}.",
        )
    hukou = household.hukou_in_city is None
    lead = (
        t(
            lang,
            f"如果是{city_name(household.city, lang)}户口，",
            f"If you have {city_name(household.city, lang)} hukou (not known yet), ",
        )
        if hukou
        else ""
    )
    line = t(
        lang, f"{who}：{lead}每月{amount}元{dates}", f"{who}: {lead}{amount} yuan a month{dates}"
    )
    if extra and more:
        facts = sorted({f for e in extra for f in e.missing_facts if f != HUKOU})
        labels = t(lang, "、", "; ").join(fact_names(facts, lang))
        line += t(
            lang,
            f"；要看{labels}：是的话再加{more}元，共{amount + more}元",
            f"; {more} yuan more, {amount + more} in all, if yes to: {labels}",
        )
    return line + t(
        lang, f"；已于{fmt.day(end, lang)}停发。", f"; it stopped on {fmt.day(end, lang)}."
    )


def _most(items: list[Entitlement], day: date) -> int:
    """The monthly sum a child's items came to at most (600+200 = 800 of a hardship birth)."""
    return sum(_amount(e, day) for e in items if e.status != "not_eligible")


def _amount(e: Entitlement, day: date) -> int:
    value = get_entry(e.id).parameters["monthly_amount_cny"].in_force(day)
    return int(value) if isinstance(value, int | float) else 0


def money_whatever_dates(
    households: list[Household], day: date, lang: Lang, until_asked: bool = False
) -> str:
    """Each child's monthly money when the dates not known yet change only when it is paid, not
    whether or how much (twins on the way beside one child are the 2nd and 3rd children whatever
    the eldest's date: 600 a month each from the birth to 3, Jinan clause 12; tester 26 r05):
    '如果是济南户口：第2个孩子、第3个孩子每人每月600元，发到孩子满3周岁（方案没写从哪个月开始发）；合计每月1,200元。',
    the money still open as its condition, the children who get none and the clause. Empty when
    the dates would decide it, or nothing is paid."""
    if not households:
        return ""
    supposed = [
        h if h.hukou_in_city is not None else h.model_copy(update={HUKOU: True}) for h in households
    ]
    reports = [evaluate(h, as_of=day) for h in supposed]
    shapes = [
        sorted(
            (e.id, e.child or 0, e.status, e.monthly_amount_cny or 0)
            for e in r.entitlements
            if _monthly(e)
        )
        for r in reports
    ]
    if any(shape != shapes[0] for shape in shapes[1:]):
        return ""
    report = reports[0]
    paid, still = _paid_and_open(report)
    if not paid or any(e.end is not None and e.end <= day for v in paid.values() for e in v):
        return ""
    figures = {"+".join(str(e.monthly_amount_cny) for e in items) for items in paid.values()}
    if len(figures) != 1:
        return ""
    amounts = [e.monthly_amount_cny or 0 for e in next(iter(paid.values()))]
    figure = "+".join(str(a) for a in amounts) + (f"={sum(amounts)}" if len(amounts) > 1 else "")
    who = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in sorted(paid))
    several = len(paid) > 1
    first = next(iter(paid.values()))[0]
    age = get_entry(first.id).parameters.get("age_limit_years")
    ends = [{c: items[0].end for c, items in _paid_and_open(r)[0].items()} for r in reports]
    last = {e.get(c) for e in ends for c in paid} if len(paid) == 1 else set()
    end = next(iter(last)) if len(last) == 1 else None  # one child, its end whatever the dates
    on = (
        t(lang, f"即{fmt.day(end, lang)}", f" on {fmt.day(end, lang)}") if end is not None else ""
    )  # "how much subsidy do we get" of a 2nd born May 2025: until 1 May 2028 (tester 41 c07)
    until = (
        t(
            lang,
            f"，发到孩子满{age.value}周岁{on}（方案没写从哪个月开始发）",
            f", paid until the child turns {age.value}{on} (the plan does not say from which "
            "month it starts)",
        )
        if age is not None
        else ""
    )
    line = ""
    if households[0].hukou_in_city is None:
        name = city_name(households[0].city, lang)
        line = t(lang, f"如果是{name}户口：", f"If you have {name} hukou (not known yet): ")
    line += t(
        lang,
        f"{who}{'每人' if several else ''}每月{figure}元{until}",
        f"{who}: {figure} yuan a month{' each' if several else ''}{until}",
    )
    if several:
        total = sum(e.monthly_amount_cny or 0 for items in paid.values() for e in items)
        line += t(
            lang,
            f"；合计每月{fmt.money(total, lang)}",
            f"; {fmt.money(total, lang)} a month in total",
        )
    line += _extra(still, lang) + t(lang, "。", ".")
    lines = [line]
    open_end = sorted(c for c in paid if c and len({e.get(c) for e in ends}) > 1)
    if until_asked and open_end:  # "给到啥时候" of 老二 born "2025年": the day needs the month
        lines.append(_month_decides_end(open_end, lang))
    said = [{(e.id, e.child): e.reasons.get(lang) for e in r.entitlements} for r in reports]
    for e in report.entitlements:  # "老大没有": refused for its order, whatever its date
        if (
            e.id == first.id
            and e.status == "not_eligible"
            and e.child
            and e.reasons.get(lang)
            and all(other.get((e.id, e.child)) == e.reasons.get(lang) for other in said)
        ):
            lines.append(f"{label(e, lang)}{t(lang, '：', ': ')}{e.reasons.get(lang)[0]}")
    lines.append(clause_line(first, lang))
    return "\n".join(lines)


def money_of_children_decided(households: list[Household], day: date, lang: Lang) -> str:
    """The monthly money of the children whose answer the dates still missing do not change,
    when another child's does (老三 born October 2025 beside 老二 and 老大 of no date: 老三's
    600 a month until 1 October 2028 whatever they are; 老二's hangs on its own date, Jinan
    clause 12; tester 77 c5 heard only the rule and was asked 老大's date):
    '第3个孩子每月600元，发到孩子满3周岁即2028年10月1日（…）。\n第2个孩子能不能领，要看出生日期。
    \n依据：…'. Empty when no child is paid whatever the dates, or every child is."""
    if len(households) < 2:
        return ""
    supposed = [
        h if h.hukou_in_city is not None else h.model_copy(update={HUKOU: True}) for h in households
    ]
    reports = [evaluate(h, as_of=day) for h in supposed]

    def shape(report: Report, child: int) -> list[tuple[str, str, int, date | None]]:
        return sorted(
            (e.id, e.status, e.monthly_amount_cny or 0, e.end)
            for e in report.entitlements
            if _monthly(e) and (e.child or 0) == child
        )

    children = sorted({e.child or 0 for r in reports for e in r.entitlements if _monthly(e)})
    same = [c for c in children if c and all(shape(r, c) == shape(reports[0], c) for r in reports)]
    open_ = [c for c in children if c and c not in same]
    paid, still = _paid_and_open(reports[0])
    decided = {c: items for c, items in paid.items() if c in same}
    if (
        not decided
        or not open_
        or any(e.end is not None and e.end <= day for v in decided.values() for e in v)
    ):
        return ""
    lines = []
    for c, items in sorted(decided.items()):
        amounts = [e.monthly_amount_cny or 0 for e in items]
        figure = "+".join(str(a) for a in amounts) + (
            f"={sum(amounts)}" if len(amounts) > 1 else ""
        )
        age = get_entry(items[0].id).parameters.get("age_limit_years")
        end = items[0].end
        until = ""
        if age is not None and end is not None:
            until = t(
                lang,
                f"，发到孩子满{age.value}周岁即{fmt.day(end, lang)}（方案没写从哪个月开始发）",
                f", paid until the child turns {age.value} on {fmt.day(end, lang)} (the plan does "
                "not say from which month it starts)",
            )
        extra = _extra([e for e in still if (e.child or 0) == c], lang)
        name = fmt.child_label(c, lang)
        lines.append(
            t(
                lang,
                f"{name}每月{figure}元{until}{extra}。",
                f"{name[:1].upper()}{name[1:]}: {figure} yuan a month{until}{extra}.",
            )
        )
    zh = "、".join(fmt.child_label(c, "zh") for c in open_)
    en = " and ".join(fmt.child_label(c, "en") for c in open_)
    lines.append(
        t(lang, f"{zh}能不能领，要看出生日期。", f"Whether {en} gets it depends on the birth date.")
    )
    lines.append(clause_line(next(iter(decided.values()))[0], lang))
    return "\n".join(lines)


# The money of the whole period asked ("how much did we get in total", "一共领了多少", "21600
# right?"), not a month's: a sum word with no month beside it.
WHOLE_ASKED = re.compile(
    r"一共|总共|总计|合计|累计|加起来|总额|\bin total\b|\btotal\b|altogether|all together", re.I
)
MONTH_SAID = re.compile(r"一个月|每个月|每月|按月|\b(?:a|per|each|every) month\b|\bmonthly\b", re.I)
# A sum put back: 21600, 21,600, 2.16万 is not read (the plans' totals are written out).
# (not a year: "老二生日是2023年3月12号 那我们一共应该领了多少钱", tester 74 c6 heard "不是2023元")
FIGURE_SAID = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{3,6})(?![\d.,/-]|\s*(?:个月|months?|年|年份))"
)


def ended_totals(household: Household, day: date, lang: Lang, question: str) -> str:
    """The whole period's money of children whose monthly money has ended, asked as a total
    ("how much did we get in total for the 2nd one", "我们一共领了多少") or put back as one
    ("36 x 600, we got 21600 right?"): each child's monthly sum x months = total with its dates
    (from the engine's figures; with the city's hukou when not told; the 200 more on its
    condition), yes or no first to a figure put back, the clause, then that the plan does not
    say whether months not claimed are paid back, and whom to ask (Jinan clause 12; tester 45
    c07 got the end-date block four times and no total). Empty when not so asked, or when
    money is still paid monthly (the month's sum is then the question)."""
    report = evaluate(household, as_of=day)
    if any(_monthly(e) and e.status == "eligible" and (e.end is None or day < e.end)
           for e in report.entitlements):  # fmt: skip
        return ""
    ended = sorted(
        {
            (e.child, e.end)
            for e in report.entitlements
            if _monthly(e) and e.status == "not_eligible" and e.end is not None and e.end <= day
        }
    )
    supposed = (
        household
        if household.hukou_in_city is not None
        else household.model_copy(update={HUKOU: True})
    )
    rows: list[tuple[int, list[Entitlement], list[Entitlement], date]] = []
    for child, end in ended:
        if child is None or end is None or any(c == child for c, *_ in rows):
            continue
        before = evaluate_back_then(supposed, end - timedelta(days=1))
        items = [e for e in before.entitlements if e.child == child and _monthly(e)]
        base = [e for e in items if e.status == "eligible" and e.total_amount_cny]
        extra = [e for e in items if e.status == "needs_info"]
        if base:
            rows.append((child, base, extra, end))
    if not rows:
        return ""
    figures = [int(f.replace(",", "")) for f in FIGURE_SAID.findall(question)]
    bases = {c: sum(e.total_amount_cny or 0 for e in base) for c, base, _, _ in rows}
    withs = {
        c: bases[c] + sum(_amount(e, end) for e in extra) * (_months_of(base) or 0)
        for c, base, extra, end in rows
    }
    said = next(
        (
            f
            for f in reversed(figures)
            if f in {*bases.values(), *withs.values(), sum(bases.values()), sum(withs.values())}
        ),
        None,
    )
    whole = WHOLE_ASKED.search(question) is not None and MONTH_SAID.search(question) is None
    most = sum(_month_most(b, x, d) for _, b, x, d in rows)
    if said is None and (not whole or (figures and max(figures) <= most)):
        return ""  # "那一共是800对吧": a month's sum put back, answered as such
    lines: list[str] = []
    if said is not None and (said in bases.values() or said == sum(bases.values())):
        lines.append(t(lang, "以前是，现在已停发。", "It was; it has stopped."))  # yes, and ended
    elif said is not None:
        lines.append(t(lang, "还不一定。", "Not decided yet."))
    elif whole and figures and max(figures) > max(_month_most(b, x, d) for _, b, x, d in rows):
        wrong = max(figures)  # "一共20000对吧": no total the plan gives, the right ones after it
        lines.append(t(lang, f"不是{wrong}元。", f"No, not {wrong} yuan."))
    if household.hukou_in_city is None:  # "对。如果是济南户口，方案给的是：" on one line
        city = city_name(household.city, lang)
        given = t(lang, f"如果是{city}户口，方案给的是：", f"With {city} hukou, the plan gives:")
        lines = [" ".join([*lines, given]) if lang == "en" else "".join([*lines, given])]
    for child, base, extra, end in rows:
        lines.append(_whole_line(household, child, base, extra, end, lang))
    if len(rows) > 1:
        lines.append(
            t(
                lang,
                f"{len(rows)}个孩子合计{fmt.money(sum(bases.values()), lang)}。",
                f"{fmt.money(sum(bases.values()), lang)} for the {len(rows)} children.",
            )
        )
    first = get_entry(rows[0][1][0].id)
    lines.append(clause_line(rows[0][1][0], lang))
    lines.append(back_pay_unsaid(first, lang))
    return "\n".join(lines)


def _month_most(base: list[Entitlement], extra: list[Entitlement], end: date) -> int:
    """A child's monthly money at most: its sum with the money still open (600 + 200)."""
    return sum(e.monthly_amount_cny or 0 for e in base) + sum(_amount(e, end) for e in extra)


def _months_of(items: list[Entitlement]) -> int | None:
    """The months a child's money ran, from the engine's total and monthly figures."""
    monthly = sum(e.monthly_amount_cny or 0 for e in items)
    total = sum(e.total_amount_cny or 0 for e in items)
    return total // monthly if monthly and total % monthly == 0 else None


def _whole_line(
    household: Household,
    child: int,
    base: list[Entitlement],
    extra: list[Entitlement],
    end: date,
    lang: Lang,
) -> str:
    """'第2个孩子：每月600元×36个月=21,600元（2023年5月1日至2026年5月1日）；要看…：是的话每月
    再加200元，共28,800元。'"""
    monthly = sum(e.monthly_amount_cny or 0 for e in base)
    total = sum(e.total_amount_cny or 0 for e in base)
    months = _months_of(base)
    start = min((e.start for e in base if e.start), default=None)
    if start is None:
        start = next(
            (c.birth_date for i, c in enumerate(household.children or [], 1) if i == child), None
        )
    times = t(lang, f"×{months}个月", f" x {months} months") if months else ""
    dates = (
        t(
            lang,
            f"（{fmt.day(start, lang)}至{fmt.day(end, lang)}）",
            f" ({fmt.day(start, lang)} to {fmt.day(end, lang)})",
        )
        if start
        else ""
    )
    who = fmt.child_label(child, lang)
    line = t(
        lang,
        f"{who}：每月{monthly}元{times}，共{fmt.money(total, lang)}{dates}",
        f"{who}: {monthly} yuan a month{times} = {fmt.money(total, lang)}{dates}",
    )
    more = sum(_amount(e, end) for e in extra)
    if extra and more and months:
        facts = sorted({f for e in extra for f in e.missing_facts if f != HUKOU})
        labels = t(lang, "、", "; ").join(fact_names(facts, lang))
        whole = fmt.money(total + more * months, lang)
        line += t(
            lang,
            f"；要看{labels}：是的话每月再加{more}元，共{whole}",
            f"; {more} yuan a month more, {whole} in all, if yes to: {labels}",
        )
    return line + t(lang, "。", ".")
