"""The chat replies. Figures, dates and departments come from the policy_kb Report or entries;
labels, item order, clause lines and city names from the wording layer (wording/), which the web
app shares; nothing here holds a figure."""

import re
from collections import Counter
from collections.abc import Collection, Sequence
from datetime import date
from typing import NamedTuple

from actions.children import Child, full_date
from actions.headline import SILENT_FIGURE, conditional_line, fact_names, on_conditions
from actions.household import FACT_SLOTS
from actions.totals import total_said
from policy_kb import format as fmt
from policy_kb.household import MAX_MONTHS_TO_DUE_DATE, Household
from policy_kb.kb import catalogue, department_names, get_entry
from policy_kb.models import AbsentTopic, Entry
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang, ordinal
from understanding.updates import FactUpdate
from wording.cities import city_name
from wording.entitlements import clause_line, clause_name, clause_refs, label, ordered
from wording.language import lower_first, t
from wording.understood import child_name, phrase, written_date


def bullet_list(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


STATUS_IN_CHAT = {
    "eligible": {"zh": "可以享受", "en": "you qualify"},
    "needs_info": {"zh": "还要确认", "en": "still to be confirmed"},
    "not_eligible": {"zh": "不符合条件", "en": "not eligible"},
}


def status_note(e: Entitlement, lang: Lang) -> str:
    """The entitlement's status as chat words after its line: "（还要确认）", " (not eligible)".
    A measure the plan only announces ("逐步建立家庭养育补贴制度", Beijing (12)) rejects no one:
    there is nothing to claim under it yet."""
    if e.status == "not_eligible" and announced_only(get_entry(e.id)):
        return t(lang, "（方案尚无可申领的内容）", " (nothing to claim under the plan yet)")
    if e.status == "not_eligible" and not e.certain:  # a window passed: enrolled in time?
        return t(lang, "（说不准）", " (not certain)")
    words = STATUS_IN_CHAT[e.status][lang]
    return t(lang, f"（{words}）", f" ({words})")


def announced_only(entry: Entry) -> bool:
    """A measure the plan announces with no figure and no fact of the family deciding it
    ("will gradually establish", Beijing (12)'s upbringing subsidy)."""
    return not entry.parameters and not entry.facts


# A question about money for the family ("有补贴吗", "any nursery fee subsidy", "给钱吗").
ASKS_SUBSIDY = re.compile(
    r"补贴|补助|给钱|发钱|报销|subsid|allowance|grant|\bpay (?:for|us)\b|money", re.I
)


def no_money_for_families(entry: Entry, lang: Lang) -> str:
    """For a money question about a measure with no figure for families (Beijing (10)'s
    inclusive childcare places, "托儿所有补贴吗"): the plan gives families no such subsidy."""
    where, title = city_name(entry.city, lang), entry.title.get(lang)
    if "childcare_institution" in entry.audience:  # Beijing (10): support for the institutions
        return t(
            lang,
            f"{where}方案没有给家庭的这类补贴：“{title}”（第{entry.clause}条）写的财政支持是给"
            "普惠托育机构的，并增加普惠托位，不发给家庭。",
            f"The {where} plan gives families no such subsidy: under {title} (clause "
            f"{entry.clause}) the financial support goes to inclusive childcare institutions, "
            "with more inclusive places; nothing is paid to families.",
        )
    return t(
        lang,
        f"{where}方案没有给家庭的这类补贴：“{title}”（第{entry.clause}条）没有写补贴金额或领取对象。",
        f"The {where} plan gives families no such subsidy: {title} (clause {entry.clause}) "
        "states no amount and no recipients.",
    )


def item_line(e: Entitlement, lang: Lang) -> str:
    """'Childcare subsidy (child 2): 600 yuan/month; 2 Jan 2023 to 2 Jan 2026'."""
    figures = fmt.figures(e, lang)
    if e.total_amount_cny:  # the total said as everywhere: from the birth, the months left
        amount = fmt.money(e.total_amount_cny, lang)
        plain = t(lang, f"共{amount}", f"{amount} in total")
        said = total_said(e.total_amount_cny, e.start, e.end, lang)
        figures = [said if f == plain else f for f in figures]
    parts = figures + fmt.dates(e, lang)
    if not parts:
        return label(e, lang)
    return label(e, lang) + t(lang, "：" + "；".join(parts), ": " + "; ".join(parts))


def details(report: Report, lang: Lang) -> str:
    """'详情' on a phone: each eligible item's line with its figures, its answer line where the
    figures do not say it all (Beijing (12)'s leave "states no number of days"), and its clause;
    then the open items with the facts that decide them as one question, and the refused ones by
    name. How to apply is asked per item; the notice is not repeated (tester 49 c05 got ~25
    lines for four items)."""
    eligible = ordered([e for e in report.entitlements if e.status == "eligible"])
    lines = [line for e in eligible for line in _item_answer(e, lang)]
    blocks = ["\n".join(lines)] if lines else []
    open_items = [e for e in report.entitlements if e.status == "needs_info"]
    if open_items:
        blocks.append(open_question(open_items, lang))
    refused = [e for e in report.entitlements if e.status == "not_eligible"]
    if refused:
        names = [
            label(e, lang) + (status_note(e, lang) if announced_only(get_entry(e.id)) else "")
            for e in refused
        ]
        blocks.append(
            t(
                lang,
                "目前不符合：" + "；".join(names) + "。",
                "Not for your family now: " + "; ".join(names) + ".",
            )
        )
    # a phone reads a message per block (Rasa sends each "\n\n" part alone, tester 42 c06 got
    # ten for Beijing): the items one message, what is open or refused another
    return "\n\n".join(blocks[:1]) + "".join(
        ("\n\n" if i == 1 else "\n") + block for i, block in enumerate(blocks) if i >= 1
    )


def _item_answer(e: Entitlement, lang: Lang) -> list[str]:
    """An eligible item in one or two lines: '【figures】' and its answer with the clause. The
    reasons are given only where the line's figures do not answer: with no figure or date, what
    the measure gives (the reasons after the first, which checks the condition met, "you have 2
    minor children"; a lone reason is the answer); with figures but an uncertain reading, its
    caveat (the last reason)."""
    clauses = t(lang, "、", ", ").join(
        dict.fromkeys(clause_name(s.clause, lang) for s in e.sources)
    )
    cited = t(lang, f"（{clauses}）", f" ({clauses})")
    head = f"【{item_line(e, lang)}】"
    reasons = e.reasons.get(lang)
    if not fmt.figures(e, lang) + fmt.dates(e, lang):
        said = reasons[1:] or reasons
    else:
        said = reasons[-1:] if not e.certain else []
    if not said:
        return [head + cited]
    return [head, t(lang, "", " ").join(said) + cited]


def open_question(open_items: list[Entitlement], lang: Lang) -> str:
    """'Still open: A; B. Could you tell me X and Y?': the open items by name and the facts
    that decide them asked once, as one question; an item open for no fact of the family (the
    authority decides) gives its reason."""
    facts: list[str] = []
    heights: list[int] = []
    for e in open_items:
        for fact in e.missing_facts:
            if fact == "children.height_cm" and e.child is not None:
                heights.append(e.child)
            if fact not in facts:
                facts.append(fact)
    names = [
        heights_named(sorted(set(heights)), lang)
        if fact == "children.height_cm" and heights
        else name
        for fact, name in zip(facts, fact_names(facts, lang), strict=True)
    ]
    unasked = [
        f"{label(e, lang)}{t(lang, '：', ': ')}{e.reasons.get(lang)[-1]}"
        for e in open_items
        if not e.missing_facts
    ]
    asked = [label(e, lang) for e in open_items if e.missing_facts]
    lines = []
    if asked:
        lines.append(
            t(
                lang,
                "待确认：" + "；".join(asked) + "。能告诉我" + "；".join(names) + "吗？",
                "Still open: "
                + "; ".join(asked)
                + ". Could you tell me "
                + "; and ".join(names)
                + "?",
            )
        )
    lines += unasked
    return "\n".join(lines)


# The facts of a birth itself (the mother's cover for the delivery, policy_kb/data/facts.yaml):
# what turns on them alone is paid at that birth (Jinan clause 15's hospital delivery), so it
# is open only while a birth is to come; a question about that birth still gets it asked.
BIRTH_TIME_FACTS = frozenset({"birth_insurance"})


def worth_confirming(report: Report) -> list[Entitlement]:
    """The report's open items the family's list of items names as still to confirm ('还有别的吗',
    its other items); "详情" on an item asked about and the offer's own count keep them all: not
    an item open only on the
    facts of a birth when no birth is to come (tester 52 c09's youngest was born in 2023 and
    read "还要确认：住院分娩医疗费医保待遇"). The plan sets no time limit on that cover; the
    birth it pays for is simply over."""
    coming = any(c.expected for c in report.household.children or [])
    return [
        e
        for e in report.entitlements
        if e.status == "needs_info"
        and (coming or not e.missing_facts or not set(e.missing_facts) <= BIRTH_TIME_FACTS)
    ]


def case_details(report: Report, lang: Lang) -> str:
    """A hotline case in full, for the worker to read out: each eligible item with its reasons,
    clause and steps; then the open and the refused ones with their reasons."""
    blocks = []
    for e in ordered([e for e in report.entitlements if e.status == "eligible"]):
        blocks.append(
            "\n".join(
                [f"【{item_line(e, lang)}】", *e.reasons.get(lang), _source_and_steps(e, lang)]
            )
        )
    open_items = [e for e in report.entitlements if e.status == "needs_info"]
    if open_items:
        head = t(lang, "待确认：", "Still open:")
        blocks.append(
            head
            + "\n"
            + bullet_list([f"{label(e, lang)} — {e.reasons.get(lang)[-1]}" for e in open_items])
        )
    refused = [e for e in report.entitlements if e.status == "not_eligible"]
    if refused:
        head = t(lang, "不符合：", "Not eligible:")
        blocks.append(
            head
            + "\n"
            + bullet_list([f"{label(e, lang)} — {e.reasons.get(lang)[0]}" for e in refused])
        )
    # a phone reads a message per block (Rasa sends each "\n\n" part alone, tester 42 c06 got
    # ten for Beijing): the items one message, what is open or refused another
    shown = len([e for e in report.entitlements if e.status == "eligible"])
    return "\n".join(blocks[:shown]) + "".join(
        ("\n\n" if i == shown else "\n") + block for i, block in enumerate(blocks) if i >= shown
    )


def shows_amounts(report: Report) -> bool:
    """Whether any item of `report` has a sum of money (the amounts a note on estimated dates
    would call estimates; Beijing's plan gives families none)."""
    return any(
        e.monthly_amount_cny or e.total_amount_cny or e.amount_cny or e.max_amount_cny
        for e in report.entitlements
    )


def _source_and_steps(e: Entitlement, lang: Lang) -> str:
    """'依据：第12条。怎么办：…' / 'Source: clause 12. How to apply: …': an item's clauses and its
    steps in one line, so "details" gives every item's figures, clause and how to apply in a
    phone's reading (tester 29 c6 got one item); the plan's title is named in the notice."""
    clauses = dict.fromkeys(clause_name(s.clause, lang) for s in e.sources)
    steps = get_entry(e.id).next_steps.get(lang)
    line = t(lang, "依据：", "Source: ") + t(lang, "、", ", ").join(clauses)
    if steps:
        line += t(lang, "。怎么办：" + "".join(steps), ". How to apply: " + " ".join(steps))
    return line


def item_list(report: Report, lang: Lang) -> str:
    """'还有别的吗': every item the family can get, one line each with its figures and dates,
    then the open ones by name, and how to see the reasons and clauses."""
    met = ordered([e for e in report.entitlements if e.status == "eligible"])
    # an item resting on a condition the plan leaves to the allocating office (Jinan clause
    # 14's public rental priority and rental area) is no plain "可以享受" (tester 92 h2)
    eligible = [e for e in met if not on_conditions(e)]
    lines = [
        t(
            lang,
            f"您家可以享受的{len(eligible)}项：",
            f"The {len(eligible)} items your family can get:",
        )
    ]
    lines += [f"{i}. {item_line(e, lang)}" for i, e in enumerate(eligible, start=1)]
    conditional = [e for e in met if on_conditions(e)]
    if conditional:
        lines.append(conditional_line(conditional, lang))
    open_items = worth_confirming(report)
    if open_items:
        names = ("、" if lang == "zh" else "; ").join(label(e, lang) for e in open_items)
        lines.append(t(lang, f"还要确认：{names}。", f"Still open: {names}."))
    lines.append(
        t(
            lang,
            "回复“详情”看每一项的条件和条款，或者直接问某一项。",
            'Reply "details" for each item\'s conditions and clause, or ask about one item.',
        )
    )
    return "\n".join(lines)


def ask_hardship_to_come(lang: Lang) -> str:
    """The benefits-at-the-birth question for a family with a baby on the way (Jinan clause 12
    looks at the time of each birth)."""
    return t(
        lang,
        "孩子出生时（还没出生的，按预计那时的情况），家里是否在领低保、特困供养或者失业保险金？",
        "At the time of the birth (for the baby on the way, as you expect it to be then), is "
        "your family receiving dibao (minimum living allowance), special hardship support or "
        "unemployment insurance benefits?",
    )


def ask_hardship_of_births(births: list[tuple[int, str]], lang: Lang) -> str:
    """The benefits-at-the-birth question naming the births still open (`births`: each child's
    order and birth month "2026-11"), once another birth's was told ("no dibao when the second
    was born"; tester 30 c10 was asked of "the child" without knowing which)."""
    # twins and triplets (born in one month) are one birth, named once: "第2、3、4个孩子2024年5月
    # 出生时" (tester 57 read three questions in one)
    groups: dict[str, list[int]] = {}
    for o, m in births:
        groups.setdefault(m[:7], []).append(o)
    zh = "、".join(
        f"第{'、'.join(str(o) for o in orders)}个孩子{m[:4]}年{int(m[5:7])}月出生时"
        for m, orders in groups.items()
    )
    en = " and ".join(
        (
            f"child {orders[0]} was born"
            if len(orders) == 1
            else f"children {', '.join(str(o) for o in orders[:-1])} and {orders[-1]} were born"
        )
        + f" ({date.fromisoformat(m + '-01'):%b %Y})"
        for m, orders in groups.items()
    )
    return t(
        lang,
        f"{zh}，家里是否已经在领低保、特困供养或者失业保险金？",
        f"When {en}, was your family already receiving dibao (minimum living allowance), "
        "special hardship support or unemployment insurance benefits?",
    )


def ask_own_home_when_renting(lang: Lang) -> str:
    """The own-home question for a family that said it rents ("我们租房子"): what was said is
    taken, and the question says why it is still asked (Jinan clause 14: renting and owning
    no home in the city), so it does not read as not listening (tester 27 c03)."""
    return t(
        lang,
        "您说了是租房住。另外确认一下：你们在本市名下有没有自己的住房？（按房租提取公积金要求在本市无自有住房）",
        "You said you rent. One more check: do you own a home in this city? (Withdrawing the "
        "housing fund for rent requires owning no home in the city.)",
    )


def ask_heights(orders: list[int], lang: Lang) -> str:
    """'第2个孩子现在多高？乘车优惠按身高算。': the heights still to tell, by birth order."""
    who = t(lang, "、", " and ").join(fmt.child_label(i, lang) for i in orders)
    return t(
        lang,
        f"{who}现在多高？乘车优惠按身高算。",
        f"How tall is {who} now? Transit discounts depend on height.",
    )


def _cited(e: Entitlement, lang: Lang, cite: bool) -> str:
    """' (clause 12)' / '（第12条）' after an item's line when `cite` (a hotline worker's list,
    tester 67 c9 asked for the clause numbers), else nothing."""
    if not cite:
        return ""
    refs = "、".join(dict.fromkeys(clause_name(s.clause, lang) for s in e.sources))
    return t(lang, f"（{refs}）", f" ({refs})") if refs else ""


def certain_so_far(report: Report, lang: Lang, cite: bool = False) -> str | None:
    """'还有别的吗' while the form asks: the items already certain, one line each (with their
    clauses when `cite`), or None when none is; the pending question follows
    (utter_others_after_questions)."""
    met = [e for e in report.entitlements if e.status == "eligible"]
    # resting on the allocating office's conditions (public rental priority, "many" children
    # undefined in Beijing (12)): never "certain" (tester 67 c9), said with the condition
    conditional = ordered([e for e in met if on_conditions(e)])
    eligible = ordered([e for e in met if e not in conditional])
    if not eligible:
        return None
    lines = [t(lang, f"目前已经确定的{len(eligible)}项：", f"Certain so far ({len(eligible)}):")]
    lines += [
        f"{i}. {item_line(e, lang)}{_cited(e, lang, cite)}" for i, e in enumerate(eligible, start=1)
    ]
    if conditional:
        lines.append(conditional_line(conditional, lang))
    return "\n".join(lines)


def open_so_far(report: Report, lang: Lang, cite: bool = False) -> str | None:
    """The items still open, one line each with what each still turns on ('Still open:' /
    '待确认：'), with their clauses when `cite`, or None when none is: a hotline case's "what
    else" lists them beside the certain ones (tester 36 c04 heard only the rent withdrawal)."""
    open_items = ordered(worth_confirming(report))
    if not open_items:
        return None
    head = t(lang, "还要看情况的：", "Depending on more facts:")
    return (
        head
        + "\n"
        + bullet_list(
            [f"{label(e, lang)}{_cited(e, lang, cite)}{_open_because(e, lang)}" for e in open_items]
        )
    )


def lead_unless_unsaid(entry: Entry, lang: Lang) -> list[str]:
    """The lead department, then what the plan leaves unsaid; "方案未指明负责部门" once, not
    again before a note that says it (tester 23 c9 read it twice in one reply)."""
    unsaid = entry.silent_on.get(lang) if entry.silent_on else ""
    lines = []
    if entry.departments.lead or not NO_DEPARTMENT.search(unsaid):
        lines.append(lead_departments(entry, lang))
    return [*lines, unsaid] if unsaid else lines


def measure_menu(measures: dict[str, list[Entry]], lang: Lang) -> str:
    """What a hotline worker can ask details of before naming a measure or a case: the
    measures a family of each city can have (`measures`: city -> entries), each title with
    its clause, and how to ask."""
    lines = [t(lang, "可以查询以下各项的详细规定：", "I can give the details of these measures:")]
    for city, entries in measures.items():
        items = [t(lang, f"{e.title.zh}（第{e.clause}条）", f"{e.title.en} (clause {e.clause})")
                 for e in entries]  # fmt: skip
        lines.append(city_name(city, lang) + t(lang, "：", ": ") + t(lang, "、", "; ").join(items))
    lines.append(
        t(
            lang,
            "说出项目名称，或给出个案情况（城市、户籍、第几个孩子、出生日期），即可得到金额、条款和办理方式。",
            "Name a measure, or give the case (city, hukou, which child, birth date), for the "
            "amounts, the clause and how to apply.",
        )
    )
    return "\n".join(lines)


def case_offer(lang: Lang) -> str:
    """After a hotline case's items in brief: how to have them in full."""
    return t(
        lang,
        "说“详细”可看每项的金额、条款和办理方式。",
        'Say "details" for each item\'s amounts, clause and how to apply.',
    )


def lead_departments(entry: Entry, lang: Lang) -> str:
    names = [d.get(lang) for d in department_names(entry.departments.lead)]
    if names:
        return t(lang, "牵头部门：", "Lead department: ") + ("、" if lang == "zh" else ", ").join(
            names
        )
    return t(lang, "方案未指明负责部门。", "The plan names no responsible department.")


def exceptions_asked(entry: Entry, lang: Lang) -> str:
    """Whom to ask about a case the plan's rule does not fit (a window to enrol that has
    closed): its lead department."""
    names = ("、" if lang == "zh" else ", ").join(
        d.get(lang) for d in department_names(entry.departments.lead)
    )
    if not names:
        return t(lang, "方案未指明负责部门。", "The plan names no responsible department.")
    return t(
        lang,
        f"特殊情况请咨询牵头部门{names}。",
        f"For a special case, ask the lead department, the {names}.",
    )


def no_cap(entry: Entry, lang: Lang) -> str:
    """A cap asked of a measure that states no amount ("能提多少 有上限没" of the rent withdrawal,
    Jinan clause 14: by the actual rent paid): the plan sets none; what it says, and whom to
    ask (its lead departments)."""
    city = city_name(entry.city, lang)
    said = entry.summary.get(lang)
    ask = [d.get(lang) for d in department_names(entry.departments.lead)]
    if lang == "zh":
        who = f"请向{'、'.join(ask)}确认具体额度。" if ask else "方案也未指明负责部门。"
        return f"{city}方案没有写上限。第{entry.clause}条只规定：{said}{who}"
    who = f" Ask the {' or the '.join(ask)} for the actual limit." if ask else ""
    return f"The {city} plan sets no cap. Clause {entry.clause} only says: {said}{who}"


def insured_elsewhere(entry: Entry, place: str, lang: Lang) -> str:
    """A child said to be insured in another city ("俩小的生下来一个月就在德州上了医保"): the
    newborn subsidy (Jinan clause 15) is for joining the city's resident medical insurance; the
    plan does not say whether insurance elsewhere counts, so the lead department decides."""
    city = city_name(entry.city, lang)
    where = place or t(lang, "外地", "another city")
    said = t(
        lang,
        f"方案写的是参加{city}居民基本医疗保险的补贴；孩子在{where}参保的是否也算、"
        f"转到{city}后还能不能享受，方案没有写。请咨询牵头部门。",
        f"The plan pays this for joining {city}'s resident medical insurance; it does not say"
        f" whether insurance taken out in {where} counts, or what happens after moving to {city}."
        " Ask the lead department.",
    )
    return "\n".join([entry_brief(entry, lang), said, lead_departments(entry, lang)])


def twins_counted(orders: list[int], entry: Entry | None, lang: Lang) -> str:
    """How a multiple birth counts toward 二孩/三孩 ("does the younger twin count as second
    child", 双胞胎算二孩还是三孩): the plans count children by order and say nothing of twins;
    the reading used here, the family's twins' orders (`orders`, may be empty) and who decides
    (the lead department of the city's per-child measure `entry`)."""
    decides = entry is not None
    lines = [
        t(
            lang,
            "方案按孩子的出生顺序算二孩、三孩，没有单独写双胞胎、多胞胎怎么算；这里按每个孩子各算一个"
            + ("，以牵头部门的认定为准。" if decides else "。"),
            "The plans count children by birth order (second, third child) and say nothing "
            "about twins or triplets; here each baby counts as a child of its own"
            + (", and the lead department decides." if decides else "."),
        )
    ]
    if len(orders) >= 2:
        listed = t(lang, "和", " and ").join(
            t(lang, f"第{n}个", ordinal(n)) for n in sorted(orders)
        )
        lines.append(
            t(
                lang,
                f"按此，您家的双胞胎是{listed}孩子。",
                f"Read so, your twins are your {listed} child.",
            )
        )
    if entry is not None:
        lines.append(lead_departments(entry, lang))
    return "\n".join(lines)


QUOTE_ASKED = re.compile(
    r"原文|条文|原话|原句|怎么写的|英文|quote|verbatim|exact words|wording", re.I
)


def source_line(document: str, clause: str, said: str, lang: Lang, question: str = "") -> str:
    """The clause an answer rests on. The quote is the plan's English translation: an English
    reply carries it; a Chinese one only when the question asks for the wording (原文, 条文怎么写的),
    since English legal text doubled a Chinese reply's length on a phone (tester 15)."""
    if lang == "en":
        return f'Source: {document}, clause {clause}: "{said}"'
    if QUOTE_ASKED.search(question):
        return f"依据：《{document}》第{clause}条（英文译本原文：“{said}”）"
    return f"依据：《{document}》第{clause}条"


def entry_answer(entry: Entry, lang: Lang, question: str = "", summary: str | None = None) -> str:
    """A side question's answer: summary (or `summary`, the part of it asked about), clause
    (with the verbatim quote in English, or when `question` asks for the wording), department,
    what is unsaid."""
    quote = entry.sources[0]
    document = catalogue().documents[entry.document].title.get(lang)
    lines = [
        f"{entry.title.get(lang)}（{city_name(entry.city, lang)}）"
        if lang == "zh"
        else f"{entry.title.get(lang)} ({city_name(entry.city, lang)})",
        summary or entry.summary.get(lang),
        source_line(document, entry.clause, quote.quote, lang, question),
    ]
    unsaid = entry.silent_on.get(lang) if entry.silent_on else ""
    if entry.departments.lead or not NO_DEPARTMENT.search(unsaid):
        lines.append(lead_departments(entry, lang))  # else the note below says none is named
    if unsaid:
        lines.append(unsaid)
    return "\n".join(lines)


# Where a summary's sentences end: 。 and ； in Chinese, ". " in English.
SENTENCE_END = re.compile(r"(?<=[。；])|(?<=\.)\s+")


def summary_part(entry: Entry, question: str, lang: Lang) -> str | None:
    """The sentences of a long summary that a question asks about: those naming a term of the
    measure the question names ("课后服务呢" of Beijing (13): its after-school sentence, not
    the tutoring rules, nor the whole paragraph quoted a turn before); when it names no part
    ("上学有啥"), the parts its title names (（课后服务、学前教育）, "with after-school services
    and preschool places"). None when the whole summary is meant."""
    sentences = [p.strip() for p in SENTENCE_END.split(entry.summary.get(lang)) if p.strip()]
    if len(sentences) < 3:
        return None
    said = question.casefold()
    named = [
        term.casefold()
        for term in [*entry.synonyms.get(lang), *_title_parts(entry, lang)]
        if len(term) >= 2 and term.casefold() in said
    ]
    # the longest terms said ("after-school care", not the "school" inside it), and their
    # long words ("after-school"), since a summary words things its own way
    named = [a for a in named if not any(a != b and a in b for b in named)]
    terms = named + [w for a in named for w in a.split() if len(w) >= 6 and w != a]
    hits = [p for p in sentences if any(term in p.casefold() for term in terms)]
    if not hits or len(hits) == len(sentences):
        keys = _title_parts(entry, lang)
        hits = [p for p in sentences if any(k.casefold() in p.casefold() for k in keys)]
    if not hits or len(hits) == len(sentences):
        return None
    text = t(lang, "", " ").join(hits[:2])
    return text[:-1] + "。" if lang == "zh" and text.endswith("；") else text


# An age a question asks about ("2岁能上吗", "can a 2 year old go") and an age range a summary
# names ("招收2至3岁幼儿", "children aged 2 to 3").
AGE_ASKED = re.compile(r"(\d{1,2})\s*(?:岁|周岁|-?\s*y(?:ea)?rs?[- ]?old\b|\s*yo\b)", re.I)
AGE_RANGE = re.compile(r"(\d{1,2})\s*(?:至|到|-|–|to)\s*(\d{1,2})\s*(?:岁|周岁)?", re.I)
AGE_RANGE_WORDS = re.compile(r"岁|aged|age", re.I)


def age_part(entry: Entry, question: str, lang: Lang) -> str | None:
    """The answer to an age asked about a measure whose summary names an age range that holds
    it, leading the reply ("那托儿所呢 2岁能上吗": Beijing (10)'s "支持有条件的幼儿园开设托班招收
    2至3岁幼儿", not buried in the paragraph, tester 24 c07); None when no age is asked or the
    summary names no range holding it."""
    found = age_chunk(entry, question, lang)
    if found is None:
        return None
    age, said = found
    return t(
        lang,
        f"{age}岁的孩子：方案写“{said}”（第{entry.clause}条）。",
        f'A child of {age}: the plan says "{said}" (clause {entry.clause}).',
    )


def age_chunk(entry: Entry, question: str, lang: Lang) -> tuple[int, str] | None:
    """The age `question` asks and the piece of the summary whose age range holds it ("2岁能上吗"
    of Jinan clause 8: 2 and "鼓励和支持有条件的幼儿园招收2至3岁幼儿"); None otherwise."""
    asked = AGE_ASKED.search(question)
    if asked is None:
        return None
    age = int(asked.group(1))
    for chunk in re.split(r"[。；，;]|(?<=\.)\s+|,\s+", entry.summary.get(lang)):
        found = AGE_RANGE.search(chunk)
        if found is None or not AGE_RANGE_WORDS.search(chunk):
            continue
        low, high = int(found.group(1)), int(found.group(2))
        if low <= age <= high:
            return age, chunk.strip().rstrip(".")
    return None


def _title_parts(entry: Entry, lang: Lang) -> list[str]:
    """The parts a title names: in its brackets (促进教育公平…（课后服务、学前教育）) or after
    "with" ("… with after-school services and preschool places")."""
    title = entry.title.get(lang)
    inside = re.search(r"[（(]([^）)]+)[）)]", title)
    if inside is not None:
        return [p.strip() for p in re.split(r"[、,，]| and ", inside.group(1)) if p.strip()]
    after = re.search(r"\bwith (.+)$", title)
    if after is not None:
        return [p.strip() for p in re.split(r",| and ", after.group(1)) if p.strip()]
    return []


# A note saying the plan names no department ("也未指明负责部门", "names no responsible department").
NO_DEPARTMENT = re.compile(
    # "names no cash amount and no responsible department" (Beijing (12)) says it too: tester 23
    # c9 read "names no responsible department" twice
    r"未指明(?:负责|牵头)?部门|\bno (?:responsible|lead) department",
    re.I,
)


def entry_brief(entry: Entry, lang: Lang) -> str:
    """A measure in two lines, before the facts that decide it for the family are asked: the
    summary (figure and condition) and the clause."""
    document = catalogue().documents[entry.document].title.get(lang)
    return "\n".join(
        [
            f"{entry.title.get(lang)}（{city_name(entry.city, lang)}）：{entry.summary.get(lang)}"
            if lang == "zh"
            else f"{entry.title.get(lang)} ({city_name(entry.city, lang)}): {entry.summary.get(lang)}",
            t(
                lang,
                f"依据：《{document}》第{entry.clause}条",
                f"Source: {document}, clause {entry.clause}",
            ),
        ]
    )


AUDIENCE_NAMES = {
    "childcare_institution": ("托育机构", "childcare institutions"),
    "employer": ("用人单位", "employers"),
    "government": ("政府部门", "government departments"),
}


def audience_names(entry: Entry) -> tuple[str, str] | None:
    """Who a measure is for, named in Chinese and English ("托育机构", "childcare
    institutions"); None when its audience has no name here."""
    names = [AUDIENCE_NAMES[a] for a in entry.audience if a in AUDIENCE_NAMES]
    if not names:
        return None
    return "、".join(n[0] for n in names), " and ".join(n[1] for n in names)


# A family asking whether a measure's money is theirs ("一个月400是给我们的吗", "do we get it").
FOR_US = re.compile(
    r"给(?:我们|咱们|俺们|我家|家长|个人|家庭|老百姓)|我们能(?:领|拿)|(?:发|补)给谁"
    r"|\bfor (?:us|parents|families|my family)\b|\bdo we get\b|who gets",
    re.I,
)


def not_for_families(entry: Entry, lang: Lang) -> str | None:
    """'不是。这笔钱发给托育机构，不发给家庭。' for a measure a family asks is theirs ("一个月
    400是给我们的吗") whose audience is no household; None when families are among it."""
    if "household" in entry.audience:
        return None
    named = audience_names(entry)
    if named is None:
        return None
    zh, en = named
    return t(
        lang, f"不是。这项是给{zh}的，不发给家庭。", f"No. This is for {en}, not for families."
    )


def paid_to_others(entry: Entry, lang: Lang) -> str | None:
    """'这笔钱是补给托育机构的，不直接发给家长。' leading the answer about money the plan pays to
    others than families (Jinan clause 12's 400 a month per child enrolled, paid to childcare
    institutions: "那托儿所有补贴不" read it as the parents' money, tester 24 r6); None for a
    measure families are paid, or one that pays no money."""
    if entry.kind != "cash" or "household" in entry.audience:
        return None
    named = audience_names(entry)
    if named is None:
        return None
    zh, en = named
    return t(
        lang,
        f"这笔钱是补给{zh}的，不直接发给家长。",
        f"This money is paid to {en}, not to parents.",
    )


def hukou_matters(city: str, lang: Lang) -> str:
    """Whether hukou matters ("我是北京户口 老婆不是 有影响吗"): the city's measures whose rules
    read the household registration (their facts name hukou_in_city), with their clauses; the
    rest of the plan sets no hukou condition."""
    tied = [
        e for e in catalogue().entries.values() if e.city == city and "hukou_in_city" in e.facts
    ]
    name = city_name(city, lang)
    resident = resident_worded(city, lang)
    if not tied:
        return t(
            lang,
            f"{name}的方案里，各项措施都没有写户籍条件；具体办理时以经办部门的规定为准。",
            f"None of the measures in the {name} plan sets a hukou condition; the offices that "
            "handle them decide in practice.",
        ) + (f"\n{resident}" if resident else "")
    listed = t(lang, "、", "; ").join(
        t(lang, f"{e.title.zh}（第{e.clause}条）", f"{e.title.en} (clause {e.clause})")
        for e in tied
    )
    return t(
        lang,
        f"{name}的方案里要求{name}户籍的是：{listed}。方案没写户籍须落户多久，也没写只需父母一方"
        f"还是双方；其他各项没有写户籍条件。具体以经办部门的规定为准。",
        f"In the {name} plan, these measures require {name} hukou: {listed}. The plan says neither "
        "for how long it must have been held nor whether one parent's is enough; its other measures "
        "set no hukou condition. The offices that handle them decide in practice.",
    )


# The plan's words for the people living in the city, whatever their hukou ("the permanent
# population", "the permanent resident population"; Beijing (4) and (10)).
RESIDENT_WORDS = re.compile(r"\bfor the permanent (?:resident )?population\b", re.I)


def resident_worded(city: str, lang: Lang) -> str:
    """The city's measures the plan words for its permanent (resident) population, not its
    hukou holders, each with its clause and the plan's own words ("one-stop service of birth
    registration for the permanent population", Beijing (4)); empty when there are none."""
    found = [
        (e, q.quote.rstrip("."))
        for e in catalogue().entries.values()
        if e.city == city
        for q in e.sources
        if RESIDENT_WORDS.search(q.quote)
    ]
    if not found:
        return ""
    listed = t(lang, "；", "; ").join(
        t(lang, f"{e.title.zh}（第{e.clause}条）", f'{e.title.en} (clause {e.clause}): "{quote}"')
        for e, quote in found
    )
    return t(
        lang,
        f"方案按常住人口（而不是户籍）来写的有：{listed}。",
        f"The plan words these for the permanent (resident) population, not by hukou: {listed}.",
    )


def figure_verdict(entry: Entry, right: bool, lang: Lang) -> str:
    """The yes or no to a figure put back to be confirmed ("so it's 15 days right?"), then the
    measure as the plan states it, with its clause."""
    floor = days_floor(entry, lang)
    if right and floor:  # "15 days right?": the plan's "no less than 15 days" (Jinan clause 11)
        lead = t(lang, f"对，是{floor}。", f"Yes: {floor}.")
    else:
        lead = (
            t(lang, "对。", "Yes.")
            if right
            else t(lang, "不是这个数。", "No, that is not the figure.")
        )
    return lead + "\n" + entry_brief(entry, lang)


def days_floor(entry: Entry, lang: Lang) -> str:
    """'不少于15天' / 'at least 15 days' (each year: '每年不少于10天') of a measure whose days the plan
    words as a floor (parameters min_days, min_days_per_year: Jinan clause 11's paternity and
    parental leave); empty for any other."""
    for name, yearly in (("min_days", False), ("min_days_per_year", True)):
        if name in entry.parameters:
            days = entry.param(name).value
            return t(
                lang,
                f"{'每年' if yearly else ''}不少于{days}天",
                f"at least {days} days{' a year' if yearly else ''}",
            )
    return ""


def back_pay_unsaid(entry: Entry, lang: Lang) -> str:
    """能补发吗 of a measure: the plan does not say whether money not claimed is paid back or
    how late it may be claimed; what it leaves unsaid and whom to ask (its lead department)."""
    city = city_name(entry.city, lang)
    if entry.kind == "leave":  # days off, not money: nothing is "paid back" (tester 46 c04)
        return leave_later_unsaid(entry, lang)
    lines = [
        t(
            lang,
            f"{city}方案没有写“{entry.title.zh}”能否补发、补领，也没有写申领期限（第{entry.clause}条）。",
            f"The {city} plan does not say whether {entry.title.en} is paid back for months not "
            f"claimed, nor by when it must be claimed (clause {entry.clause}).",
        )
    ]
    if entry.silent_on:
        lines.append(entry.silent_on.get(lang))
    lines.append(lead_departments(entry, lang))
    return "\n".join(lines)


def leave_later_unsaid(entry: Entry, lang: Lang) -> str:
    """ "当时没休 现在还能补吗" of a leave (Jinan clause 11's paternity leave, at least 15 days):
    the days as the plan states them, then that it does not say whether leave not taken can be
    taken later nor by when; whom to ask. Never "补发、补领", which is money's."""
    city = city_name(entry.city, lang)
    floor = days_floor(entry, lang)
    title_zh, title_en = entry.title.zh, entry.title.en
    leads = [d.get(lang) for d in department_names(entry.departments.lead)]
    lines = [
        t(
            lang,
            f"{title_zh}{floor}（第{entry.clause}条）。"
            if floor
            else f"{title_zh}：{entry.summary.zh}（第{entry.clause}条）",
            f"{title_en}: {floor} (clause {entry.clause})."
            if floor
            else f"{title_en}: {entry.summary.en} (clause {entry.clause})",
        ),
        t(
            lang,
            f"{city}方案没有写当时没休的{title_zh}能不能以后补休，也没有写须在什么时候休完；"
            f"请问用人单位或{'、'.join(leads) or '有关部门'}。",
            f"The {city} plan does not say whether {title_en.lower()} not taken at the time "
            f"can be taken later, nor by when it must be taken; ask the employer or "
            f"{', '.join(leads) or 'the authorities'}.",
        ),
    ]
    return "\n".join(lines)


def no_figure_verdict(entry: Entry, other: Entry | None, lang: Lang) -> str:
    """A figure put back to be confirmed of a measure whose plan states none ("so its 15 days
    right?" of Beijing's leave, clause (12)): that the plan gives no figure, whose figure it is
    (`other`, another city's measure), then the measure as its plan states it."""
    city = city_name(entry.city, lang)
    lead = t(lang, f"{city}方案没有写这个数。", f"The {city} plan gives no such figure.")
    if other is not None:
        there = city_name(other.city, lang)
        lead += t(
            lang,
            f"这是{there}方案“{other.title.zh}”的规定（第{other.clause}条），不适用于{city}。",
            f" That is the figure of {there}'s plan ({other.title.en}, clause {other.clause}); "
            f"it does not apply in {city}.",
        )
        floor = days_floor(other, lang)
        if floor:  # "15 days right?" in Beijing: Jinan's is "no less than 15 days"
            lead += t(lang, f"{there}写的是{floor}。", f" {there}'s plan says {floor}.")
    unsaid = [entry.silent_on.get(lang)] if entry.silent_on else []  # where the days are set
    return "\n".join([lead, entry_brief(entry, lang), *unsaid])


def paid_together_answer(entries: list[Entry], lang: Lang) -> str:
    """Monthly money paid together under one clause (Jinan clause 12: the 600 subsidy and the 200
    hardship supplement), each in brief, then their sum per child and month until the age limit
    of the first, the lead department and what the clause leaves unsaid."""
    amounts = [int(e.param("monthly_amount_cny").value) for e in entries]  # type: ignore[arg-type]
    total = "+".join(str(a) for a in amounts) + f"={sum(amounts)}"
    limit = entries[0].parameters.get("age_limit_years")
    until = (
        t(lang, f"，直至孩子{limit.value}周岁", f", until the child turns {limit.value}")
        if limit
        else ""
    )
    titles = t(lang, "、", " and ").join(e.title.get(lang) for e in entries)
    lines = [entry_brief(e, lang) for e in entries]
    lines.append(
        t(
            lang,
            f"两项都符合的，每孩每月{total}元{until}（{titles}，第{entries[0].clause}条）。",
            f"A child who qualifies for both gets {total} yuan a month{until} "
            f"({titles}, clause {entries[0].clause}).",
        )
    )
    lines.append(lead_departments(entries[0], lang))
    lines += [e.silent_on.get(lang) for e in entries if e.silent_on]
    return "\n".join(lines)


def paid_together_verdict(entries: list[Entry], right: bool, lang: Lang) -> str:
    """A monthly figure put back of money paid together under one clause, no family known
    ("800是吧" of Jinan clause 12's 600 and its 200 hardship supplement): yes or no first, then
    each amount and the sum in one sentence, the clause and the lead department; never "not
    the figure" of the 200 alone (tester 38 c07)."""
    amounts = [int(e.param("monthly_amount_cny").value) for e in entries]  # type: ignore[arg-type]
    total = "+".join(str(a) for a in amounts) + f"={sum(amounts)}"
    limit = entries[0].parameters.get("age_limit_years")
    until = (
        t(lang, f"，直至孩子{limit.value}周岁", f", until the child turns {limit.value}")
        if limit
        else ""
    )
    extra = t(lang, "、", " and ").join(e.title.get(lang) for e in entries[1:])
    extra_en = lower_first(extra)
    base = fmt.money(amounts[0], lang)
    clause = t(lang, f"（第{entries[0].clause}条）", f" (clause {entries[0].clause})")
    said = (
        t(
            lang,
            f"对，符合{extra}的，每孩每月{total}元{until}；否则每孩每月{base}{clause}。",
            f"Yes, with the {extra_en}: {total} yuan a month per child{until}; otherwise "
            f"{base}{clause}.",
        )
        if right
        else t(
            lang,
            f"不是这个数：每孩每月{base}{until}；符合{extra}的，每孩每月{total}元{clause}。",
            f"No, not that figure: {base} a month per child{until}; with the {extra_en}, "
            f"{total} yuan a month per child{clause}.",
        )
    )
    return "\n".join(
        [
            said,
            *(entry_brief(e, lang) for e in entries[1:]),
            lead_departments(entries[0], lang),
        ]
    )


def whole_period_verdict(paid: list[Entry], total: int, lang: Lang) -> str:
    """A whole period's total put back to be confirmed, no family's dates known ("一个月800 三年
    一共28800对不对" of Jinan clause 12): yes first, with the month's sum x months = the total
    and the age limit, then each measure's condition as its plan states it, and that the plan
    does not say from which month payment starts; the lead department (tester 46 c02 got
    "抱歉，我没太明白", then a yes without the total)."""
    amounts = [int(e.param("monthly_amount_cny").value) for e in paid]  # type: ignore[arg-type]
    monthly = sum(amounts)
    figure = "+".join(str(a) for a in amounts) + (f"={monthly}" if len(amounts) > 1 else "")
    limit = paid[0].parameters.get("age_limit_years")
    months = total // monthly
    age = limit.value if limit is not None else months // 12
    titles = t(lang, "、", " and ").join(e.title.get(lang) for e in paid)
    lines = [
        t(
            lang,
            f"对：每孩每月{figure}元×{months}个月={fmt.money(total, lang)}，从出生当月算到孩子满"
            f"{age}周岁（{titles}，第{paid[0].clause}条；方案没写从哪个月开始发）。",
            f"Yes: {figure} yuan a month x {months} months = {fmt.money(total, lang)} per child, "
            f"counted from the birth until the child turns {age} ({titles}, clause "
            f"{paid[0].clause}; the plan does not say from which month it starts).",
        ),
        # each measure's condition as its plan states it: left out once the family has read it
        *(entry_brief(e, lang) for e in paid),
        lead_departments(paid[0], lang),
    ]
    return "\n".join(lines)


def whole_period_totals_line(totals: dict[float, list[Entry]], lang: Lang) -> str:
    """'整个期间（从出生到满3周岁，36个月）每孩合计：21,600元（600元/月）；28,800元（800元/月，
    含育儿补贴困难家庭加发）。' after a total put back that is none of them."""
    parts = []
    months = 0
    for total, paid in sorted(totals.items()):
        monthly = sum([int(e.param("monthly_amount_cny").value) for e in paid])  # type: ignore[misc,arg-type]
        months = int(total) // monthly
        extra = t(lang, "、", " and ").join(e.title.get(lang) for e in paid[1:])
        with_ = t(lang, f"，含{extra}", f", with the {lower_first(extra)}") if extra else ""
        parts.append(
            t(
                lang,
                f"{fmt.money(int(total), lang)}（{monthly}元/月{with_}）",
                f"{fmt.money(int(total), lang)} ({monthly} yuan a month{with_})",
            )
        )
    return t(
        lang,
        f"从出生到满{months // 12}周岁共{months}个月，每孩合计：{'；'.join(parts)}。",
        f"From the birth until age {months // 12}, {months} months, per child: {'; '.join(parts)}.",
    )


# The slot a question fills, as the fact the facts file names (the heights' slot).
ASKED_FACT = {"children_heights": "children.height_cm"}
MAX_NAMED_ASKS = 3  # the questions named in the offer; more are "等" / "and more"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class Undated(NamedTuple):
    """A child told whose date is still needed: its birth order, and whether it is a baby on
    the way (its due month is asked, not a birth date)."""

    order: int
    due: bool = False


def heights_missing(items: Sequence[Entitlement]) -> list[int]:
    """The birth orders of the children whose height the open items wait for."""
    return sorted({e.child for e in items if e.child and "children.height_cm" in e.missing_facts})


def heights_named(orders: Sequence[int], lang: Lang) -> str:
    """Whose height the next question asks ("child 1's height"): never a bare "the child's
    height" beside a baby on the way, who has none to tell."""
    labels = [fmt.child_label(o, lang) for o in orders]
    return t(lang, "、".join(labels) + "的身高", "the height of " + " and ".join(labels))


def offer_line(
    offer: str | None,
    lang: Lang,
    items: int = 0,
    questions: int = 0,
    asks: Sequence[str] = (),
    undated: Sequence[Undated] = (),
    heights: Sequence[int] = (),
) -> str:
    """The line after an answer: the offer of the full check (after a question about one
    measure), of the questions that decide the remaining items (naming what they ask, `asks`:
    the slots still to ask; tester 21 c3 could not tell what the "1 more question" was), or how
    to see the details."""
    if offer == "full_check":
        return t(
            lang,
            "要不要我把您家能享受的其他政策也查一遍？",
            "Shall I check everything else your family can get?",
        )
    if offer == "next_questions" and asks:
        names = [  # the children told: the dates still needed, not "the children" again
            undated_dates(undated, lang)
            if a == "children" and undated
            else heights_named(heights, lang)
            if a == "children_heights" and heights
            else name
            for a, name in zip(
                asks[:MAX_NAMED_ASKS],
                fact_names([ASKED_FACT.get(a, a) for a in asks[:MAX_NAMED_ASKS]], lang),
                strict=True,
            )
        ]
        more = len(asks) > MAX_NAMED_ASKS
        zh_names = "、".join(names) + ("等" if more else "")
        en_names = "; ".join(names) + (", and more" if more else "")
        return t(
            lang,
            f"还有{items}项要看{zh_names}，再问{questions}个问题就能确定，要继续吗？",
            f"{_count(items, 'more item')} can be decided with {_count(questions, 'more question')}"
            f" ({en_names}). Shall I go on?",
        )
    if offer == "more_items":  # the summary's items only counted ("还有9项")
        return t(lang, f"另外{items}项要看吗？", f"Shall I list the other {items}?")
    if offer == "next_questions":
        return t(
            lang,
            f"还有{items}项，再问{questions}个问题就能确定，要继续吗？",
            f"{_count(items, 'more item')} can be decided with {_count(questions, 'more question')}."
            " Shall I go on?",
        )
    return t(
        lang,
        "回复“详情”看每一项的金额和依据，也可以问某一项怎么办；说错了直接纠正。",
        'Reply "details" for each item\'s figures and clause, or ask how to apply for one item;'
        " if I got a fact wrong, just correct it.",
    )


def still_needed(
    facts: list[str], lang: Lang, children: list[Child] | None = None, today: date | None = None
) -> str:
    """'要按您家的情况确定，还需要知道：户口…' for the facts a personal answer still needs. With
    some children known (`children`), the children fact is the one child's date still missing,
    asked by name ("老三大概几月份生？"), not 孩子的人数和出生日期 again (tester 20 c06)."""
    if children and today is not None and "children" in facts:
        rest = [f for f in facts if f != "children"]
        ask = ask_children(children, today, lang)
        return (still_needed(rest, lang) + "\n" if rest else "") + ask
    names = fact_names(facts, lang)
    return t(
        lang,
        "要按您家的情况确定，还需要知道：" + "、".join(names) + "。",
        "To answer for your family I still need: " + "; ".join(names) + ".",
    )


ONLINE = re.compile(r"线上|网上|手机上|(?<![a-z])app(?![a-z])|小程序|online|internet|website", re.I)
DOCUMENTS = re.compile(r"材料|证件|证明|带什么|带啥|准备什么|document|paperwork|bring|papers", re.I)
ONLINE_WORDS = re.compile(r"网上|线上|online", re.I)
# Who handles it or how it is claimed ("找谁报销", "去哪办", "who do we claim it from").
PROCEDURE = re.compile(
    r"找谁|找哪|去哪|到哪|哪里|哪儿|在哪|谁管|谁负责|怎么(?:办|报|领|申请|弄|享受|操作)|如何|报销|流程|手续"
    r"|\bwho\b|\bwhere\b|\bhow (?:do|can|does|to|would|will)\b|reimburs|\bclaim\b|procedure|process",
    re.I,
)
# A phone number asked with a follow-up ("去哪办 电话多少", "打啥电话", "给我个电话", "what's
# the phone number"): the plans give none, said before the steps.
PHONE = re.compile(
    r"(?:咨询|联系|办事|办理)?电话(?:号码|号)?(?:是)?(?:多少|几号|几|呢)?"
    r"|打(?:啥|什么|哪个|哪)个?电话|(?:phone|telephone|hotline)(?: number)?s?"
    r"|(?:who|what number) (?:do|should|can) (?:i|we) call",
    re.I,
)


# A question that also asks the figure: 多少钱, 几天, "how much", "how long".
ASKS_FIGURE = re.compile(
    r"多少钱|多少天|多少|几天|几个月|多久|多长时间|多长|how much|how many|how long|what amount",
    re.I,
)


def follow_up(entry: Entry, question: str, lang: Lang) -> str:
    """A follow-up about the measure under discussion, answered on its point: can it be done
    online (what the text says of it, else that it is silent), which documents (the same), else
    how and where to apply (its steps). Never more than the entry holds."""
    title = entry.title.get(lang)
    names = ("、" if lang == "zh" else ", ").join(
        d.get(lang) for d in department_names(entry.departments.lead)
    )
    ask = (
        t(lang, f"请向牵头部门{names}确认。", f"Please check with the lead department: {names}.")
        if names
        else t(lang, "方案也没有指明负责部门。", "The plan names no responsible department either.")
    )
    if PHONE.search(question):  # "去哪办 电话多少": no number in the plan, then the steps
        return (
            t(
                lang,
                f"方案没有写“{title}”的咨询电话，我也不能提供号码。",
                f"The plan gives no phone number for {title}, so I cannot give you one.",
            )
            + "\n"
            + follow_up(entry, PHONE.sub(" ", question), lang)
        )
    if ASKS_FIGURE.search(question):  # "育儿补贴多少钱 去哪申请": the figure, then the point asked
        return (
            entry_brief(entry, lang) + "\n" + follow_up(entry, ASKS_FIGURE.sub(" ", question), lang)
        )
    if ONLINE.search(question):
        said = [
            s
            for s in [*entry.next_steps.get(lang), entry.summary.get(lang)]
            if ONLINE_WORDS.search(s)
        ]
        if said:
            return "\n".join([*said, lead_departments(entry, lang)])
        return t(
            lang,
            f"方案没有写“{title}”能不能在网上办理。{ask}",
            f"The plan does not say whether {title} can be handled online. {ask}",
        )
    if DOCUMENTS.search(question) and PROCEDURE.search(question):
        # "交了以后找谁报销 要不要啥材料": what the clause gives, then its silence on both
        return "\n".join(
            [
                entry_brief(entry, lang),
                t(
                    lang,
                    f"方案没有写“{title}”怎么办理（找谁办、怎么申请或报销），也没有列出需要的材料。"
                    f"{ask}",
                    f"The plan sets out no procedure for {title} (whom to go to, how to apply or "
                    f"claim) and lists no documents. {ask}",
                ),
            ]
        )
    if DOCUMENTS.search(question):
        return t(
            lang,
            f"方案没有列出“{title}”需要的材料。{ask}",
            f"The plan lists no documents for {title}. {ask}",
        )
    return next_steps(entry, lang)


def next_steps(entry: Entry, lang: Lang) -> str:
    steps = entry.next_steps.get(lang)
    lines = [
        t(lang, f"{entry.title.get(lang)}怎么办理：", f"How to apply for {entry.title.get(lang)}:")
    ]
    lines += [f"{i}. {s}" for i, s in enumerate(steps, start=1)]
    lines += lead_unless_unsaid(entry, lang)
    return "\n".join(lines)


def item_details(e: Entitlement, entry: Entry, lang: Lang) -> str:
    """One entitlement in full for this household."""
    unsaid = lead_unless_unsaid(entry, lang)
    told = [*e.reasons.get(lang), entry.summary.get(lang)]
    lines = [
        item_line(e, lang) + status_note(e, lang),
        *silence_once(told, said_after=_silent_figure(unsaid)),
        clause_line(e, lang),
    ]
    return "\n".join([*lines, *unsaid])


# The plan saying it does not give something, besides SILENT_FIGURE's wordings.
_SILENT = re.compile(r"(?:does not|doesn't|do not) (?:state|say|give)|states? neither|未规定", re.I)
# What a silence on a figure is about: the days or the amount.
_FIGURE_WORD = re.compile(r"天数|金额|标准|多少|number|amount|figure|days", re.I)
# A sentence within a line, its end mark kept.
_SENTENCE = re.compile(r"[^。！？!?\n]+?(?:[。！？]|[.!?](?=\s|$))\s*|[^。！？!?\n]+$")


def _silent_figure(lines: list[str]) -> bool:
    return any(silent_on_figure(x) for x in lines)


def silent_on_figure(text: str) -> bool:
    said = SILENT_FIGURE.search(text) or _SILENT.search(text)
    return bool(said) and bool(_FIGURE_WORD.search(text))


def silence_once(lines: list[str], said_after: bool = False) -> list[str]:
    """`lines` with the plan's silence on a figure ("但未写天数", "states no number of days")
    said once: its first sentence kept, the later ones left out, and none at all when a line
    said after them (the plan's note on what it leaves open) says it (tester 42 c09 read it
    three times in one Beijing leave card). Lines left empty are dropped."""
    seen = said_after
    kept = []
    for line in lines:
        pieces = []
        for piece in _SENTENCE.findall(line):
            if silent_on_figure(piece):
                if seen:
                    continue
                seen = True
            pieces.append(piece)
        text = "".join(pieces).strip()
        if text:
            kept.append(text)
    return kept


def what_if_of(
    base: Report,
    changed: Report,
    change: str,
    asked: Entry,
    lang: Lang,
    undated: Collection[date] = (),
) -> str | None:
    """A what-if that names a measure ("如果再生个老三呢 能贷多少": the loan ceiling of clause 14;
    "租的公租房 老三生了能换大点的吗": clause 14's switch): that measure's line for the changed
    household only, with today's beside it when it differs, and what the plan leaves unsaid
    (naming the department); None when the household has no item of that measure."""
    before = {(e.id, e.child): e for e in base.entitlements}
    lines, sources = [], ""
    for e in ordered(changed.entitlements):
        if e.id != asked.id:
            continue
        sources = clause_line(e, lang)
        old = before.get((e.id, e.child))
        if e.status == "eligible":
            line = f"• {_undated_line(e, changed, undated, lang)}"  # "next year": no day
            if not fmt.figures(e, lang) and line == f"• {label(e, lang)}":
                # no figure (the rent withdrawal after a 2nd birth): what the measure gives
                line += t(lang, "：", ": ") + asked.summary.get(lang)
            if (
                old is not None
                # today's not settled by the facts told (the payers said with the what-if
                # only): no "(today: still to be confirmed)" beside it (tester 78 c5, c8)
                and old.status != "needs_info"
                and fmt.figures(old, lang) != fmt.figures(e, lang)
            ):
                was = t(lang, "；", "; ").join(fmt.figures(old, lang))
                was = was or STATUS_IN_CHAT[old.status][lang]
                line += t(lang, f"（现在：{was}）", f" (today: {was})")
            lines.append(line)
        elif e.status == "needs_info":
            lines.append(f"• {label(e, lang)}{_depends_on(e, changed, lang)}")
        else:
            reasons = e.reasons.get(lang) or []
            lines.append(
                f"• {label(e, lang)}" + (t(lang, "：", ": ") + reasons[0] if reasons else "")
            )
    if not lines and "household" not in asked.audience:
        return None
    if not lines:  # a measure with no per-family figure (the switch): what the plan says of it
        lines = [f"• {asked.title.get(lang)}{t(lang, '：', ': ')}{asked.summary.get(lang)}"]
        refs = clause_refs([(src.document, src.clause) for src in asked.sources], lang)
        sources = t(lang, "依据：", "Source: ") + t(lang, "；", "; ").join(refs)
    unsaid = asked.silent_on.get(lang) if asked.silent_on else None
    return "\n".join(
        [
            t(lang, f"假设{change}：", f"If {change}:"),
            *lines,
            *([unsaid] if unsaid else []),
            sources,
        ]
    )


def _undated_line(e: Entitlement, report: Report, undated: Collection[date], lang: Lang) -> str:
    """An item's line, without the dates of a birth nobody dated (a child imagined "later", an
    eldest whose date was never told): its figures only (tester 50 c05 read "共7,200元；2027年3月
    2日至2030年3月2日" of a 3rd with no date)."""
    if not undated:
        return item_line(e, lang)
    kids = sorted(c.birth_date for c in report.household.children or [])
    of = kids[e.child - 1] if e.child and e.child <= len(kids) else None
    youngest = kids[-1] if kids else None
    if of in undated or (e.child is None and youngest in undated):
        parts = fmt.figures(e, lang)
        birth = of or youngest
        until = _until_age(e, birth, report.as_of, lang) if birth is not None else None
        if until:
            parts = [*parts, until]
        return label(e, lang) + (
            t(lang, "：" + "；".join(parts), ": " + "; ".join(parts)) if parts else ""
        )
    return item_line(e, lang)


def _until_age(e: Entitlement, birth: date, on: date, lang: Lang) -> str | None:
    """The span of an item that lasts until the child's birthday at the measure's age limit,
    said without the dates of a birth nobody dated: "从出生起至孩子满3周岁（第11条）", "from
    the birth until the child turns 3 (clause 11)" (tester 53 c10 read parental leave "2 Dec
    2026 to 1 Jan 2030" of a child imagined "next year")."""
    limit = get_entry(e.id).parameters.get("age_limit_years")
    if limit is None or e.end is None:
        return None
    years = int(limit.in_force(on))  # type: ignore[arg-type]
    if e.end.year - birth.year != years or e.end.month < birth.month:  # not the birthday
        return None
    clause = e.sources[0].clause if e.sources else None
    return t(
        lang,
        f"从出生起至孩子满{years}周岁" + (f"（第{clause}条）" if clause else ""),
        f"from the birth until the child turns {years}" + (f" (clause {clause})" if clause else ""),
    )


def what_if(
    base: Report, changed: Report, change: str, lang: Lang, undated: Collection[date] = ()
) -> str:
    """The changed household's answer beside today's: what differs, in groups: what the change
    brings (the imagined child's own items say what that child would get, with no "today: not
    eligible" beside them; tester 21 c10), what would still depend on a fact (naming the fact,
    tester 20 c01's bare "还要确认"), what changes, what would be lost."""
    before = {(e.id, e.child): e for e in base.entitlements}
    gained, open_items, moved, lost = [], [], [], []
    kept: list[Entitlement] = []  # the cash a child losing some keeps (600 without the 200)
    lost_of: set[int | None] = set()
    for e in ordered(changed.entitlements):
        old = before.get((e.id, e.child))
        if old and old.status == e.status and fmt.figures(old, lang) == fmt.figures(e, lang):
            if e.status == "eligible" and e.kind == "cash" and e.monthly_amount_cny:
                kept.append(e)
            continue
        if old is not None and old.status == "eligible" and e.status != "eligible":
            lost_of.add(e.child)
        held = old is not None and old.status == "eligible"
        if e.status == "eligible" and held and old is not None:
            was = (
                "；".join(fmt.figures(old, lang))
                if lang == "zh"
                else "; ".join(fmt.figures(old, lang))
            )
            was = was or STATUS_IN_CHAT["eligible"][lang]
            moved.append(
                f"• {_undated_line(e, changed, undated, lang)}"
                + t(lang, f"（现在：{was}）", f" (today: {was})")
            )
        elif e.status == "eligible":
            gained.append(f"• {_undated_line(e, changed, undated, lang)}")
        elif e.status == "needs_info":
            open_items.append(f"• {label(e, lang)}{_depends_on(e, changed, lang)}")
        elif held:
            lost.append(f"• {label(e, lang)}")
    still = [f"• {_undated_line(e, changed, undated, lang)}" for e in kept if e.child in lost_of]
    lines = [t(lang, f"假设{change}：", f"If {change}:")]
    for head, group in (
        (None, gained),
        (t(lang, "要看情况：", "Would depend on:"), open_items),
        (t(lang, "有变化：", "Would change:"), moved),
        (t(lang, "不再符合：", "Would no longer apply:"), lost),
        (t(lang, "仍然有：", "Would still get:"), still),
    ):
        if group:
            # a loss is always named so (tester 82 c4's what-if read as the 200 gained)
            shown = head is not None and (len(lines) > 1 or group is lost or group is still)
            lines += ([head] if head is not None and shown else []) + group
    if len(lines) == 1:
        lines.append(t(lang, "结果与现在相同。", "Nothing changes compared with today."))
    lines.append(
        t(
            lang,
            "（这只是假设，给您家记下的情况不变。）",
            "(Only a what-if: the facts noted for your family stay as they were.)",
        )
    )
    return "\n".join(lines)


def total_once_born(report: Report, imagined: Household, lang: Lang) -> str | None:
    """The family's money a month once the children a what-if imagines are born ("要是生的是
    双胞胎呢 一共多少钱": the twins, 2nd and 3rd, 600 each, 1,200 a month, Jinan clause 12),
    the 200 still open left out as the diff says: every child's monthly money paid on the
    latest imagined birth day, summed. None when fewer than two children are paid then."""
    born = max((c.birth_date for c in imagined.children or []), default=None)
    if born is None:
        return None
    paying = [
        e
        for e in report.entitlements
        if e.status == "eligible"
        and e.monthly_amount_cny
        and (e.start is None or e.start <= born)
        and (e.end is None or born < e.end)
    ]
    by_child: Counter[int] = Counter()
    for e in paying:
        by_child[e.child or 0] += e.monthly_amount_cny or 0
    if len(by_child) < 2:
        return None
    parts = t(lang, "、", "; ").join(
        t(lang, f"{fmt.child_label(c, lang)}{n}元", f"{fmt.child_label(c, lang)}: {n} yuan")
        for c, n in sorted(by_child.items())
    )
    total = fmt.money(sum(by_child.values()), lang)
    return t(
        lang,
        f"出生后每月合计{total}（{parts}）。",
        f"Once born: {total} a month in total ({parts}).",
    )


def _depends_on(e: Entitlement, report: Report, lang: Lang) -> str:
    """What an open what-if item would give and the fact that decides it ("育儿补贴困难家庭加发
    （第3个孩子）：每月200元，要看孩子出生时家庭是否领取低保…", Jinan clause 12)."""
    param = get_entry(e.id).parameters.get("monthly_amount_cny")
    amount = param.in_force(report.as_of) if param is not None else None
    names = t(lang, "、", "; ").join(fact_names(e.missing_facts, lang))
    if amount is not None and names:
        return t(
            lang, f"：每月{amount}元，要看{names}", f": {amount} yuan a month, depending on {names}"
        )
    if names:
        return t(lang, f"：要看{names}", f": depends on {names}")
    reasons = e.reasons.get(lang)
    return t(lang, "：", ": ") + reasons[-1].rstrip("。.") if reasons else status_note(e, lang)


def describe_change(
    before: Household,
    after: Household,
    lang: Lang,
    undated_on: date | None = None,
    years_only: Collection[date] = (),
) -> str:
    """What the what-if changes, in words ("a child born on 1 Jan 2027 joins the family"). A
    child imagined with no date told ("if we have a 3rd later") stands in on `undated_on`
    (today), a date nobody said: "another child is born", no date (tester 45 c09/c10 read "a
    child born on 1 Dec 2026 joins the family")."""
    parts = []
    old = Counter(c.birth_date for c in before.children or [])
    for c in after.ordered_children():
        if old[c.birth_date] > 0:
            old[c.birth_date] -= 1
        elif any(o.birth_date == c.birth_date for o in before.children or []):
            # "what if it's twins?": the child on the way is two (tester 21 c7)
            born = sum(o.birth_date == c.birth_date for o in after.children or [])
            zh, en = ("双胞胎", "twins") if born == 2 else ("三胞胎", "triplets")
            multiple = t(
                lang,
                f"{fmt.day(c.birth_date, lang)}出生的是{zh}",
                f"the birth on {fmt.day(c.birth_date, lang)} is {en}",
            )
            if multiple not in parts:
                parts.append(multiple)
        elif c.birth_date == undated_on:
            more = sum(1 for o in after.children or [] if o.birth_date == undated_on) - sum(
                1 for o in before.children or [] if o.birth_date == undated_on
            )  # "if we have 3 kids" of a family of one: two more, not "another"
            joins = (
                t(lang, f"再有{more}个孩子", f"{more} more children are born")
                if more > 1
                else t(lang, "再生一个孩子", "another child is born")
            )
            if joins not in parts:
                parts.append(joins)
        elif c.birth_date in years_only:  # "next year", 明年: the year, never its 1 January
            # (tester 52 c07 read "a child born on 1 Jan 2027", a day nobody said)
            year = c.birth_date.year
            joins = t(lang, f"{year}年再生一个孩子", f"another child is born in {year}")
            if joins not in parts:
                parts.append(joins)
        else:
            joins = t(
                lang,
                f"新增一个{fmt.day(c.birth_date, lang)}出生的孩子",
                f"a child born on {fmt.day(c.birth_date, lang)} joins the family",
            )
            if joins not in parts:  # children of unknown dates, all imagined today: said once
                parts.append(joins)  # (tester 30 c9 read the same phrase three times)
    for name in FACT_SLOTS:
        value = getattr(after, name, None) if name not in ("city", "children") else None
        if value is not None and getattr(before, name) != value:
            parts.append(phrase(FactUpdate(name, value), after.city, lang))
    # a child's own benefits at its birth, or the family's at every birth (the same fact)
    was = {
        c.birth_date: before.hardship_at_birth
        if c.hardship_at_birth is None
        else c.hardship_at_birth
        for c in before.children or []
    }
    family_said = after.hardship_at_birth is not None and (
        before.hardship_at_birth != after.hardship_at_birth
    )
    for order, c in enumerate(after.ordered_children(), start=1):
        if family_said and c.hardship_at_birth == after.hardship_at_birth:
            continue  # "孩子出生时没有领…" said for every birth already: not again per child
        if c.hardship_at_birth is not None and was.get(c.birth_date) != c.hardship_at_birth:
            said = FactUpdate("child.hardship_at_birth", c.hardship_at_birth, child=order)
            parts.append(phrase(said, after.city, lang))
    return ("，" if lang == "zh" else "; ").join(parts) or t(lang, "情况不变", "nothing changes")


def aged_children(children: list[Child]) -> list[int]:
    """The birth orders of children whose birth date was worked out from an age ("老大6岁"), not
    from months of pregnancy."""
    return [
        i
        for i, c in enumerate(children, start=1)
        if c.get("approx")
        and not str(c.get("approx")).startswith(("怀", "pregnan"))
        and "pregnant" not in str(c.get("approx"))
        and not LUNAR_SAID.search(str(c.get("approx")))
    ]


# A birth told by the lunar calendar (去年腊月, 正月初八, 春节前后): its solar month is worked out.
LUNAR_SAID = re.compile(
    r"腊月|正月|冬月|农历|阴历|老历|春节|除夕|大年|元宵|中秋|端午|\blunar\b|chinese new year"
    r"|spring festival",
    re.I,
)


def lunar_children(children: list[Child]) -> list[int]:
    """The birth orders of children whose birth was told by the lunar calendar ("去年腊月生的"):
    the solar month is worked out from it, so it is an estimate too (tester 97 b2's note said
    "按年龄推算" of twins born 去年腊月)."""
    return [
        i
        for i, c in enumerate(children, start=1)
        if c.get("approx") and LUNAR_SAID.search(str(c.get("approx")))
    ]


def month_only_children(children: list[Child]) -> list[int]:
    """The birth orders of born children whose birth is known to the month or year only (not
    worked out from an age): their dates are counted from the 1st ("老二去年十月生的")."""
    return [
        i
        for i, c in enumerate(children, start=1)
        if c.get("precision") in ("month", "year") and not c.get("approx")
    ]


def year_only_children(children: list[Child]) -> list[int]:
    """The birth orders of born children whose birth is known to the year only ("老大19年的"):
    their dates are counted from 1 January."""
    return [
        i
        for i, c in enumerate(children, start=1)
        if c.get("precision") == "year" and not c.get("approx")
    ]


def birth_month_note(lang: Lang, from_age: bool = False) -> str:
    """A date worked out from a birth told to the month only ("born Feb 2024"), as the hotline
    gives it for a case: counted from the month's 1st, so it may come a little early. With
    `from_age`, a birth worked out from an age ("老二现在2岁", tester 52 c06): an estimate."""
    if from_age:
        return t(
            lang,
            "（出生日期是按年龄推算的，这一日期是估算，可能有出入；有具体出生日期可算出准确日期。）",
            "(Birth date worked out from an age, so this date is an estimate; the exact birth "
            "date gives the exact date.)",
        )
    return t(
        lang,
        "（出生日期只知道年月，按当月1日计算，这一日期可能略早；有具体出生日期可算出准确日期。）",
        "(Birth known to the month only, counted from the 1st of the month, so this date may be "
        "slightly early; the exact birth day gives the exact date.)",
    )


def precision_note(
    children: list[Child],
    lang: Lang,
    dated: bool = True,
    on_age: bool = True,
    about: set[int] | None = None,
    amounts: bool = True,
) -> str | None:
    """Dates given to the month (or year) are taken as the 1st (1 January): cut-offs stay right,
    deadlines come early; said only when the answer shows dates (`dated`). Dates worked out from
    an age are approximate, and so is every answer resting on them (`on_age`: the answer shows
    dates or depends on a child's age; Beijing's leave, with no figure, does not). `about`: the
    birth orders the answer rests on (None: every child); the others get no note."""
    joiner = "、" if lang == "zh" else ", "
    if about is not None:
        children = [c if i in about else {} for i, c in enumerate(children, start=1)]
    rough = [
        i
        for i, c in enumerate(children, start=1)
        if dated and c.get("precision") == "month" and not c.get("approx")
    ]
    yearly = [
        i
        for i, c in enumerate(children, start=1)
        if dated and c.get("precision") == "year" and not c.get("approx")
    ]
    aged = aged_children(children) if on_age else []
    lunar = lunar_children(children) if on_age else []
    expecting = [
        i
        for i, c in enumerate(children, start=1)
        if on_age and c.get("approx") and i not in aged and i not in lunar
    ]
    estimates = t(lang, "金额和日期都是估算", "the amounts and dates above are estimates")
    if not amounts:  # no amount shown: the dates alone are estimates
        estimates = t(lang, "日期是估算", "the dates above are estimates")
    if not dated:  # no amount nor date shown (under 3, so under 1.3 m): the answer rests on
        # the age worked out
        estimates = t(lang, "结果按推算的年龄判断", "the answer above rests on that age")
    notes = []
    for which, zh, en in (
        (
            rough,
            "（{who}的出生日期只知道年月，按当月1日计算，截止日期可能略早；告诉我具体日期可得到准确日期。）",
            "({who}: birth date known to the month only, counted from the 1st, so dates may be slightly early; tell me the exact day for exact dates.)",
        ),
        (
            yearly,
            "（{who}的出生日期只知道年份，按当年1月1日计算，截止日期可能偏早；告诉我出生月日可得到准确日期。）",
            "({who}: birth year only, counted from 1 January, so dates may be early; tell me the month and day for exact dates.)",
        ),
        (
            aged,
            "（{who}的出生日期是按年龄推算的，以上"
            + estimates
            + "，可能有出入；告诉我准确的出生日期可以算准。）",
            "({who}: birth date worked out from an age, so "
            + estimates
            + "; tell me the exact birth date for exact figures.)",
        ),
        (
            lunar,
            "（{who}的出生日期是按农历推算的公历月份，以上"
            + estimates
            + "，可能有出入；告诉我公历出生日期可以算准。）",
            "({who}: birth told by the lunar calendar, its solar month worked out, so "
            + estimates
            + "; tell me the solar birth date for exact figures.)",
        ),
        (
            expecting,
            "（{who}的预产期是按怀孕月份推算的，以上日期都是估算；知道预产期后告诉我可以算准。）",
            "({who}: due date worked out from the months of pregnancy, so the dates above are estimates; tell me the due date for exact ones.)",
        ),
    ):
        if which:
            who = joiner.join(fmt.child_label(i, lang) for i in which)
            notes.append(t(lang, zh.format(who=who), en.format(who=who)))
    return "\n".join(notes) if notes else None


def order_conflict(children: list[Child], elder: int, lang: Lang) -> str:
    """One short question when an elder child is said to be born after a younger one ("老大三岁
    半 老二2023年5月生的"): which is right (tester 24 r1 was answered on both)."""
    younger = int(children[elder - 1]["order_conflict"])

    def born(order: int) -> str:
        c = children[order - 1]
        cut = 10 if c.get("precision") == "day" else 7 if c.get("precision") == "month" else 4
        about = t(lang, "约", "about ") if c.get("approx") else ""
        return about + written_date(str(c["birth_date"])[:cut], lang)

    a, b = child_name(elder, lang), child_name(younger, lang)
    return t(
        lang,
        f"{a}（{born(elder)}出生）比{b}（{born(younger)}出生）还小，哪个不对？请再说一下{a}或{b}的出生年月。",
        f"{a[:1].upper()}{a[1:]} ({born(elder)}) would be younger than {b} ({born(younger)}); "
        f"which is wrong? Please give {a}'s or {b}'s birth month again.",
    )


def age_against_date(children: list[Child], order: int, today: date, lang: Lang) -> str:
    """One short question when a birth date and an age said of the same child cannot both be
    right ("两个娃(5岁 1岁半) 老二23年5月生的"): which is right, with the age the date gives, and
    the count said (tester 49 c06 got a third child made of the age)."""
    torn = children[order - 1]["date_torn"]
    dated = str(torn["date"])
    born = date.fromisoformat(full_date(dated)[0])
    months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
    years, rest = divmod(max(months, 0), 12)
    half = rest >= 6 and years > 0
    zh_age = f"{years}岁半" if half else f"{years}岁" if years else f"{rest}个月"
    en_age = (
        f"{years} and a half years old"
        if half
        else f"{years} years old"
        if years
        else f"{rest} months old"
    )
    when = written_date(dated, lang)
    name, count = child_name(order, lang), torn.get("count")
    age = str(torn["age"]).strip()
    said_zh = f"您说{count}个孩子，{name}{age}" if count else f"您说{name}{age}"
    said_en = (
        f"You said {count} children and {name} aged {age}"
        if count
        else (f"You said {name} is {age}")
    )
    return t(
        lang,
        f"{said_zh}，但{when}出生的话现在是{zh_age}，哪个对？",
        f"{said_en}, but a child born {when} is {en_age} now; which is right?",
    )


def child_not_born_or_another(order: int, lang: Lang) -> str:
    """A "没有" / "no" to the birth date asked of the child at `order` (one told only by an
    event, "生老三的时候在领低保"): no stop; whether that child is still to be born (its due
    date), or another child was meant."""
    name, label_ = child_name(order, "zh"), fmt.child_label(order, "en")
    if order > 1:
        other, other_en = child_name(order - 1, "zh"), fmt.child_label(order - 1, "en")
        return t(
            lang,
            f"{name}是还没出生吗？如果还在怀着，告诉我预产期（哪年哪月）；如果刚才说的其实是{other}，告诉我“是{other}”就行。",
            f"Is {label_} not born yet? If the baby is on the way, tell me the due date (year and month); if you meant {other_en}, just say so.",
        )
    return t(
        lang,
        f"{name}是还没出生吗？如果还在怀着，告诉我预产期（哪年哪月）；如果说的是别的孩子，告诉我是哪一个就行。",
        f"Is {label_} not born yet? If the baby is on the way, tell me the due date (year and month); if you meant another child, just say which one.",
    )


def confirm_child_count(denied: int, children: list[Child], lang: Lang) -> str:
    """A "没有老二" / "there is no second child" said of a child noted (tester: at 老三's date
    question): the children noted are listed, none dropped, and the count is asked."""

    def noted(order: int) -> str:
        c = children[order - 1]
        name = child_name(order, lang)
        if not c.get("birth_date"):
            return t(lang, f"{name}（出生日期还不知道）", f"{name} (birth date not known yet)")
        cut = 10 if c.get("precision") == "day" else 7 if c.get("precision") == "month" else 4
        about = t(lang, "约", "about ") if c.get("approx") else ""
        when = about + written_date(str(c["birth_date"])[:cut], lang)
        return t(lang, f"{name}{when}出生", f"{name} born {when}")

    listed = t(lang, "；", "; ").join(noted(i) for i in range(1, len(children) + 1))
    name, count = t(lang, child_name(denied, lang), fmt.child_label(denied, lang)), len(children)
    return t(
        lang,
        f"您说没有{name}，可我这里记着{count}个孩子：{listed}。家里一共有几个孩子？告诉我个数就行（比如“两个”），我按您说的改。",
        f"You said there is no {name}, but I have {count} children noted: {listed}. "
        f'How many children do you have in all? Just tell me the number (e.g. "two") and I will put it right.',
    )


def ask_children(
    children: list[Child] | None, today: date, lang: Lang, deciding: int | None = None
) -> str:
    """The children question, or which child's birth date is still needed (`deciding`: the
    child whose date can change the measure under discussion, asked first)."""
    from actions.children import first_incomplete

    if not children:
        return t(
            lang,
            "您家有几个孩子？分别是哪年哪月出生的？（还没出生的可以说预产期）",
            "How many children do you have, and when was each born (year and month)? For a baby on the way, give the due date.",
        )
    missing = deciding or first_incomplete(children, today)
    if missing and children[missing - 1].get("date_torn"):
        return age_against_date(children, missing, today, lang)
    conflict = next((i for i, c in enumerate(children, start=1) if c.get("order_conflict")), None)
    if missing is None and conflict is not None:
        return order_conflict(children, conflict, lang)
    exact = next((i for i, c in enumerate(children, start=1) if c.get("exact_needed")), None)
    if missing is None and exact is not None:
        order = fmt.child_label(exact, lang)
        measure = _measure_title(children[exact - 1].get("exact_needed"), lang)
        said = children[exact - 1].get("approx")  # the words the date was worked out from
        source = (
            (f"按“{said}”", f'from "{said}"')
            if isinstance(said, str)
            else ("按年龄", "from an age")
        )
        return t(
            lang,
            f"{order}的出生日期是{source[0]}推算的，离“{measure}”的时间界线太近，算不准。{order}具体是哪年哪月哪天出生的？",
            f"{order[:1].upper()}{order[1:]}'s birth date was worked out {source[1]} and is too close to a cut-off of \"{measure}\" to be sure. What is {order}'s exact birth date?",
        )
    order = fmt.child_label(missing or 1, lang)
    child = children[missing - 1] if missing else {}
    said = child.get("birth_date")
    if said and child.get("precision") == "year":  # "老三明年生", "老大是2019年的"
        year = said[:4]
        name = child_name(missing or 1, "zh")
        if said > today.isoformat():
            return t(
                lang,
                f"{name}大概几月份生？（预产期的月份就行）",
                f"Which month is {order} due in {year}?",
            )
        return t(lang, f"{name}是{year}年几月出生的？", f"Which month of {year} was {order} born?")
    if child.get("expected"):  # a baby on the way chosen for its date: its due date
        name = child_name(missing or 1, "zh")
        return t(lang, f"{name}的预产期是哪年哪月？", f"When is {order} due (year and month)?")
    return t(lang, f"{order}是哪年哪月出生的？", f"When was {order} born (year and month)?")


def _measure_title(entry_id: object, lang: Lang) -> str:
    """The title of the measure a date decides (an entry id), or a general word for it."""
    from policy_kb import get_entry
    from policy_kb.errors import UnknownEntryError

    try:
        return get_entry(str(entry_id)).title.get(lang)
    except (KeyError, UnknownEntryError):
        return t(lang, "补贴", "the benefits")


def unborn_child(order: int, count: int, lang: Lang) -> str:
    """A question about a child the family does not have yet ("老三能领吗" of a family of two)."""
    zh_order = child_name(order, "zh")  # 老三, as the read-back names it
    return t(
        lang,
        f"您家我记下的是{count}个孩子，还没有{zh_order}。下面按{zh_order}今天出生来算，您的情况不变：",
        f"You told me of {count} {'child' if count == 1 else 'children'}, so there is no child {order} yet. "
        f"Here is what child {order} would get if born today (your facts stay as they are):",
    )


def not_found(lang: Lang) -> str:
    return t(
        lang,
        "两份政策文件里没有找到这个问题的答案。可以换个说法，或者问我育儿补贴、产假、公积金、医保等方面的问题。",
        "I could not find that in the two plans. Try other words, or ask about the childcare subsidy, leave, the housing fund or medical insurance.",
    )


# The condition a presumed fact puts on an answer ("公积金能贷多少" presumes the purchase).
PRESUMED_SAID = {
    "buying_first_home": {
        "zh": "用公积金贷款买首套自住住房的话",
        "en": "if you buy a first owner-occupied home with a housing fund loan",
    },
}


def presumed_condition(presumed: tuple[str, ...], lang: Lang) -> str:
    """'（用公积金贷款买首套自住住房的话）': the facts a what-if was worked out as yes for."""
    said = t(lang, "、", ", ").join(PRESUMED_SAID[f][lang] for f in presumed)
    return t(lang, f"（{said}）", f" ({said})")


def for_your_family(
    items: list[Entitlement],
    lang: Lang,
    presumed: tuple[str, ...] = (),
    others: Sequence[int] = (),
    undated: Sequence[Undated] = (),
) -> str:
    """'按您家的情况：…' with each item's figures, or its status and, for an open one, what it
    still turns on (the fact to tell, or the point the text leaves open). `presumed`: facts the
    items were worked out as yes for, said as their condition ('按您家的情况（…的话）：').
    `undated`: the birth orders of the children told whose dates are still needed, named
    instead of "the children and their dates" (tester 35 c03: the count was told)."""
    lines = [
        item_line(e, lang) + status_note(e, lang) + _open_because(e, lang, undated) for e in items
    ]
    if presumed:
        said = t(lang, "、", ", ").join(PRESUMED_SAID[f][lang] for f in presumed)
        lead = t(lang, f"按您家的情况（{said}）：", f"For your family, {said}: ")
    else:
        lead = t(lang, "按您家的情况：", "For your family: ")
    if others:  # the children not asked about, who do not qualify: one line (tester 21 c8)
        who = t(lang, "、", ", ").join(fmt.child_label(i, lang) for i in others)
        lines.append(t(lang, f"{who}不符合条件", f"{who}: not eligible"))
    return lead + ("；".join(lines) if lang == "zh" else "; ".join(lines))


def _open_because(e: Entitlement, lang: Lang, undated: Sequence[Undated] = ()) -> str:
    """What an open item still turns on; for one the family does not get, why (tester 11: the
    rent withdrawal's "不符合条件" left out that the coming birth makes two children). The
    children's dates are named by the children still undated, not asked for all again."""
    if e.status == "not_eligible":
        said = e.reasons.get(lang)
        return t(lang, "：", ": ") + said[0].rstrip("。.") if said else ""
    if e.status != "needs_info":
        return ""
    if e.missing_facts:
        names = [
            undated_dates(undated, lang)
            if f == "children" and undated
            else _childs_height(e.child, lang)
            if f == "children.height_cm" and e.child is not None
            else name
            for f, name in zip(e.missing_facts, fact_names(e.missing_facts, lang), strict=True)
        ]
        return t(lang, "，还需要知道：" + "、".join(names), "; still needed: " + ", ".join(names))
    reasons = e.reasons.get(lang)
    return t(lang, "：", ": ") + reasons[-1].rstrip("。.") if reasons else ""


def _childs_height(order: int, lang: Lang) -> str:
    """'第1个孩子的身高' / 'the height of child 1': the height an item of one child waits on."""
    who = fmt.child_label(order, lang)
    return t(lang, f"{who}的身高", f"the height of {who}")


def undated_dates(undated: Sequence[Undated], lang: Lang) -> str:
    """'第1个孩子的出生日期' / 'the birth date of child 1': the dates still needed, by child;
    a baby on the way's due month ('第2个孩子的预产期（哪个月）', 'the due month of child 2'),
    never the birth date of a child not born (tester 38 c06)."""
    parts = []
    born = [u.order for u in undated if not u.due]
    due = [u.order for u in undated if u.due]
    if born:
        who = listed([fmt.child_label(i, lang) for i in born], lang)
        dates = "birth dates" if len(born) > 1 else "birth date"
        parts.append(t(lang, f"{who}的出生日期", f"the {dates} of {who}"))
    if due:
        who = listed([fmt.child_label(i, lang) for i in due], lang)
        parts.append(t(lang, f"{who}的预产期（哪个月）", f"the due month of {who}"))
    return t(lang, "、", "; ").join(parts)


def listed(names: list[str], lang: Lang) -> str:
    """'第1个孩子、第2个孩子' / 'child 1, child 2 and child 3': names joined as a list."""
    if lang == "zh" or len(names) < 3:
        return t(lang, "、", " and ").join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def going_on(full_check: bool, lang: Lang, after_money: bool = False) -> str:
    """A "go on" (继续) or "what can we get" (能领哪些) while a question is pending: understood,
    and the question is asked again after it. `after_money`: the money so far was just given
    ("有啥补贴"), and the rest is checked."""
    if after_money:
        return t(
            lang,
            "其他能享受的我接着帮您查，还需要再问几个问题。",
            "I will check the rest your family can get; a few more questions first.",
        )
    if full_check:
        return t(
            lang,
            "好的，我把您家能领的都查一遍，还需要再问几个问题。",
            "Sure, I will check everything your family can get; a few more questions first.",
        )
    return t(lang, "好的，我们接着来。", "Sure, let's go on.")


def still_open(slot: str, lang: Lang) -> str:
    """A "what can we get" once the pending question was put twice (tester 28 c5): what the rest
    still turns on, named once more as a fact, not asked a third time."""
    name = fact_names([ASKED_FACT.get(slot, slot)], lang)[0]
    return t(
        lang,
        f"其余各项还要看：{name}。您方便时告诉我就行。",
        f"The rest still depends on {name}; tell me whenever you can.",
    )


def focus_first(entry: Entry, lang: Lang) -> str:
    """A question about one measure while the form asks: the facts that decide it come first."""
    return t(
        lang,
        f"要回答“{entry.title.zh}”，还需要先问几个问题。",
        f"To answer about {entry.title.en}, a few questions first.",
    )


def language_switched(lang: Lang) -> str:
    return t(lang, "好的，接下来我用中文回答。", "Sure, I will answer in English from now on.")


def already_noted(lang: Lang) -> str:
    """A correction that restates what is already noted ("我们是济南户口" again)."""
    return t(
        lang,
        "这和我记下的一样，结果不变。要改哪一项，直接告诉我新的情况就行。",
        "That is what I have noted already, so the answer is unchanged. To change a fact, just tell me the new one.",
    )


def which_child(value: str, children: int, lang: Lang) -> str:
    """A correction that names no child, in a family of several, with none under discussion:
    asked instead of guessed."""
    from wording.understood import written_date

    orders = "、".join(fmt.child_label(i, "zh") for i in range(1, children + 1))
    shown = {"zh": written_date(value, "zh"), "en": written_date(value, "en")}
    return t(
        lang,
        f"{shown['zh']}是哪个孩子的出生日期？（{orders}）请连孩子一起说，例如“老二是{shown['zh']}出生的”。",
        f'Which child was born {shown["en"]}? Please say it with the child, for example "the second was born {shown["en"]}".',
    )


def which_child_tall(cm: float, children: int, lang: Lang) -> str:
    """A height told of a child named by its sex alone, in a family of several whose children
    keep no sex ("my son is 1.2m"): which child, asked instead of guessed (tester 26 c03)."""
    orders = "、".join(fmt.child_label(i, "zh") for i in range(1, children + 1))
    labels = ", ".join(fmt.child_label(i, "en") for i in range(1, children + 1))
    return t(
        lang,
        f"身高{cm:g}厘米的是哪个孩子？（{orders}）请连孩子一起说，例如“老二{cm:g}厘米”。",
        f"Which child is {cm:g} cm tall ({labels})? Please say it with the child, for example "
        f'"the second is {cm:g} cm".',
    )


def height_verdict(entry: Entry, cm: float, lang: Lang) -> str | None:
    """The yes or no to "is he free on buses" asked with the child's height, whichever child it
    is: under the plan's height a child rides free (Beijing clause (12), max_height_m); None
    for a measure with no height in its rule."""
    if "max_height_m" not in entry.parameters:
        return None
    value = entry.param("max_height_m").value
    if not isinstance(value, int | float):
        return None
    limit = float(value)
    m = f"{limit:g}"
    if cm < limit * 100:
        return t(
            lang,
            f"能，身高不到{m}米的孩子免费乘坐公交和地铁（{entry.title.zh}，第{entry.clause}条）。",
            f"Yes: children under {m} m ride buses and subways free ({entry.title.en}, clause "
            f"{entry.clause}).",
        )
    return t(
        lang,
        f"不能免费：方案写的是身高不到{m}米的孩子免费乘坐公交和地铁（第{entry.clause}条）。",
        f"No: the plan makes rides free for children under {m} m only (clause {entry.clause}).",
    )


def noted_so_far(known: str, lang: Lang, caller: bool = False) -> str:
    """ "你现在记的俺家几个孩子": what is noted, and how to change it; `caller`: a hotline
    worker's case ("把你记下的孩子列一下" on a call)."""
    if caller:
        if not known:
            return t(lang, "这通来电还没有记下情况。", "Nothing is noted for this caller yet.")
        return t(
            lang,
            f"这通来电记下的是：{known}。有不对的地方直接说就行。",
            f"Noted for this caller: {known}. If anything is wrong, just say so.",
        )
    if not known:
        return t(lang, "目前还没有记下您家的情况。", "I have noted nothing about your family yet.")
    return t(
        lang,
        f"目前记下的是：{known}。有不对的地方直接告诉我就行。",
        f"What I have noted: {known}. If anything is wrong, just tell me.",
    )


def correction_unclear(lang: Lang, known: str = "") -> str:
    """A correction naming nothing that can be changed; `known`: what is noted so far (a recap
    line), so the user can point at the wrong item."""
    noted = t(lang, f"目前记下的是：{known}。", f"What I have noted: {known}. ") if known else ""
    return t(
        lang,
        f"我没听明白要改哪一项。{noted}请直接说要改的那一项，例如“老二是2022年3月出生的”或“我们不是济南户口”。",
        f'I did not catch what to change. {noted}Please say the item to change, for example "the second child was born in March 2022" or "we do not have Jinan hukou".',
    )


def correction_noted(updates: dict[str, object], lang: Lang) -> str:
    labels = catalogue().fact_labels
    names = [labels[k].get(lang) for k in updates if k in labels]
    if "children_partial" in updates and "children" not in updates:
        names.append(labels["children"].get(lang))
    listed = ("、" if lang == "zh" else ", ").join(dict.fromkeys(names))
    return t(lang, f"已更新：{listed}。", f"Updated: {listed}.")


# Measures a family claims for itself (the engine's kinds), as against services run for it.
FAMILY_KINDS = ("cash", "leave", "insurance", "housing", "education")


def family_departments(city: str, lang: Lang) -> str:
    """The lead departments of a city's family benefits, each with the measures it leads, as
    the knowledge base names them; or that the plan names none."""
    led: dict[tuple[str, ...], list[str]] = {}
    for e in catalogue().entries.values():
        family = e.city == city and "household" in e.audience and e.kind in FAMILY_KINDS
        if family and e.departments.lead:
            led.setdefault(tuple(e.departments.lead), []).append(e.title.get(lang))
    name = city_name(city, lang)
    if not led:
        return t(
            lang,
            f"{name}的方案没有为各项措施指明负责部门。",
            f"The {name} plan names no department for its measures.",
        )
    sep = "、" if lang == "zh" else ", "
    lines = []
    for leads, titles in led.items():
        names = sep.join(d.get(lang) for d in department_names(list(leads)))
        shown = sep.join(titles[:3]) + (t(lang, "等", " and others") if len(titles) > 3 else "")
        lines.append(t(lang, f"{shown}：{names}", f"{shown}: {names}"))
    head = t(
        lang,
        f"{name}家庭生育支持措施的牵头部门（按方案原文）：",
        f"Lead departments for family benefits in {name} (as the plan names them):",
    )
    return head + "\n" + bullet_list(lines)


def handoff(entries: list[Entry], cities: list[str], lang: Lang) -> str:
    """Where to turn for a person: the lead department of the measure under discussion (in
    each city when the city is unknown), else those of the family benefits of the city (or of
    both cities). No phone number or address: the plans give none."""
    lines = [
        t(
            lang,
            "我无法直接转接人工，政策文件也没有写咨询电话或地址。",
            "I cannot transfer you to a person, and the plans give no phone number or address.",
        )
    ]
    for entry in entries:
        title, where = entry.title.get(lang), city_name(entry.city, lang)
        lines.append(
            t(lang, f"关于“{title}”（{where}）：", f'For "{title}" ({where}): ')
            + lead_departments(entry, lang)
        )
        if not entry.departments.lead and entry.silent_on:
            lines.append(entry.silent_on.get(lang))
    if not entries:
        lines += [family_departments(c, lang) for c in cities]
    return "\n".join(lines)


LEGALITY = re.compile(
    r"合法|合理|违法|对吗|对不对|可以吗|行吗|允许|legal|allowed|\bok\b|okay|is that right|can they",
    re.I,
)


def rights_answer(entry: Entry, lang: Lang, question: str = "") -> str:
    """An employer not granting a measure: when asked whether that is allowed, that it is not
    what the plan sets; then what the plan says (its quotes, one line per clause) and where to
    turn (the lead department, the knowledge base's next steps)."""
    document = catalogue().documents[entry.document].title.get(lang)
    city = city_name(entry.city, lang)
    lead = t(
        lang,
        f"关于{entry.title.get(lang)}（{city}），方案是这样规定的：{entry.summary.get(lang)}",
        f"{entry.title.get(lang)} ({city}), as the plan puts it: {entry.summary.get(lang)}",
    )
    if LEGALITY.search(question):
        lead = t(lang, "这不符合方案的规定。", "That is not what the plan sets. ") + lead
    lines = [lead]
    by_clause: dict[str, list[str]] = {}
    for source in entry.sources:
        by_clause.setdefault(source.clause, []).append(source.quote)
    for clause, quotes in by_clause.items():
        said = t(lang, "”“", '" "').join(dict.fromkeys(quotes))
        lines.append(source_line(document, clause, said, lang, question))
    lines.append(lead_departments(entry, lang))
    lines += [f"• {step}" for step in entry.next_steps.get(lang)]
    return "\n".join(lines)


def rights_not_found(lang: Lang) -> str:
    return t(
        lang,
        "您说的是单位不落实哪一项？比如产假、陪产假、育儿假或生育津贴。告诉我是哪个城市，我把方案的规定和可以求助的部门告诉您。",
        "Which measure does your employer not grant: maternity, paternity or parental leave, or the maternity allowance? Tell me the city too, and I will give you what the plan says and where to turn.",
    )


def privacy(lang: Lang) -> str:
    return t(
        lang,
        "您告诉我的情况（城市、户籍、孩子出生日期等）只用于在本次对话中计算您可以享受的政策，保存在本服务的对话记录里，不会用于其他用途，也不需要姓名、身份证号或电话。请不要发送这些个人信息。想删除这些记录，随时可以说“删除我的数据”。",
        "What you tell me (city, hukou, the children's birth dates and so on) is used only to work out your entitlements in this conversation. It is kept in this service's conversation store and used for nothing else; no name, ID number or phone number is needed, so please do not send them. To have it deleted, say \"delete my data\" at any time.",
    )


def forgotten(facts: list[str], lang: Lang) -> str:
    """What "delete my data" deleted: the facts the user gave (slot names), and the chat."""
    labels = catalogue().fact_labels
    names = [labels[f].get(lang) for f in facts if f in labels]
    if not names:
        return t(
            lang,
            "好的，本次对话的全部记录已删除，我们的聊天内容不再保存。需要的话可以随时重新开始。",
            "Done: this whole conversation is deleted, and nothing we said is kept. You can start again any time.",
        )
    listed = ("、" if lang == "zh" else ", ").join(dict.fromkeys(names))
    return t(
        lang,
        f"好的，本次对话的全部记录已删除：您告诉我的{listed}，以及我们的聊天内容，都不再保存。需要的话可以随时重新开始。",
        f"Done: this whole conversation is deleted. What you told me ({listed}) and everything we said are no longer kept. You can start again any time.",
    )


def input_refused(problem: str, lang: Lang) -> str:
    """A date or height the engine refuses (policy_kb's InputError text, in English): said
    plainly in the user's language, asking again."""
    if "due date" in problem:
        months = MAX_MONTHS_TO_DUE_DATE
        return t(
            lang,
            f"这个日期离现在超过{months}个月，不像是预产期，我没有记下。请再确认一下孩子的出生日期或预产期。",
            f"That date is more than {months} months away, too far for a due date, so I did not note it. Please check the birth date or due date.",
        )
    if "height" in problem or "cm" in problem:
        return t(
            lang,
            "这个身高不像孩子的身高，我没有记下。请用厘米或“1米2”这样的说法再说一次。",
            'That does not look like a child\'s height, so I did not note it. Please say it again in centimetres, or like "1.2 m".',
        )
    return t(
        lang,
        "这个日期看起来不对，我没有记下。请再说一次孩子的出生日期（年、月、日）。",
        "That date does not look right, so I did not note it. Please give the birth date again (year, month, day).",
    )


def restarted(lang: Lang) -> str:
    return t(
        lang,
        "好的，我们重新开始。您想了解哪个城市的生育支持政策？",
        "OK, let's start over. Which city's birth-support policies would you like to check?",
    )


def restarted_with_facts(lang: Lang) -> str:
    """Starting over with the new family's facts in the same message: they are read back next."""
    return t(
        lang,
        "好的，我们重新开始，之前记下的都已清空。",
        "OK, let's start over; what I had noted is cleared.",
    )


def relative_case_apart(lang: Lang) -> str:
    """Before the answer worked out for a relative's household asked about beside the family's."""
    return t(
        lang,
        "下面按您帮着问的这一家的情况单独算，没有记到您家的资料里：",
        "Worked out for the family you are asking for, on its own; none of it is added to "
        "your family's details:",
    )


def restarted_for_own(lang: Lang) -> str:
    """Turning back to the writer's own family: what was noted (another household's) cleared."""
    return t(
        lang,
        "好的，换成您自己家，之前记下的都已清空。",
        "OK, now your own family; what I had noted before is cleared.",
    )


# Words of a question shared with a measure's title or synonyms that tie it to the subject:
# three Chinese characters in a row (公租房) or an English word of five letters or more (rental).
SUBJECT_WORD = re.compile(r"[\u4e00-\u9fff]{3}|[a-z]{5,}")


def subject_words(text: str) -> set[str]:
    """Every three-character run of Chinese and every long English word of `text`."""
    said = text.lower()
    runs = {said[i : i + 3] for i in range(len(said) - 2)}
    return {w for w in runs if SUBJECT_WORD.fullmatch(w)} | set(re.findall(r"[a-z]{5,}", said))


# Kinds of measure too broad to say which department a subject is for (free rides, leave
# rights, services of every sort).
BROAD_KINDS = frozenset({"right", "service"})


def same_subject_here(city: str, others: list[Entry], question: str) -> list[Entry]:
    """`city`'s own measures on the subject of a question its plan has no measure for: of the
    same kind as the other plan's, naming a word of the question in their title or synonyms
    ("他们想换个大点的公租房 能优先吗" in Beijing: (12)'s public rental priority, whose house-type
    care is what the plan says on it; tester 26 c14 got only "没有写这方面的规定")."""
    words = subject_words(question)
    kinds = {e.kind for e in others}
    found = []
    for e in catalogue().entries.values():
        if e.city != city or e.kind not in kinds:
            continue
        named = " ".join([e.title.zh, e.title.en, *e.synonyms.zh, *e.synonyms.en]).lower()
        if any(w in named for w in words):
            found.append(e)
    return found


def not_in_plan(city: str, others: list[Entry], lang: Lang, question: str = "") -> str:
    """A question about a measure `city`'s plan does not have, that another city's plan has
    ("北京3孩公积金能不能多贷"): the plan says nothing about it (no yes, no no), what it does say
    on the same subject (same_subject_here, with the clause), the lead department of `city`'s
    measures of that kind when the plan names one, and the other plan's measures with their
    clauses."""
    name = city_name(city, lang)
    lines = [
        t(
            lang,
            f"{name}的方案没有写这方面的规定，无法据此回答能不能。",
            f"The {name} plan says nothing about this, so it cannot say yes or no.",
        )
    ]
    for near in same_subject_here(city, others, question) if question else []:
        lines.append(
            t(
                lang,
                f"同一话题上，{name}方案第{near.clause}条写的是“{near.title.zh}”："
                f"{near.summary.zh}没有写“{others[0].title.zh}”。",
                f"On the same subject, the {name} plan, clause {near.clause}, says: "
                f'"{near.sources[0].quote}" ({near.summary.en.split(". ", 1)[-1]}) It says '
                f'nothing about "{others[0].title.en}".'
                if near.sources
                else f"On the same subject, the {name} plan, clause {near.clause}: "
                f"{near.summary.en}",
            )
        )
    near_here = same_subject_here(city, others, question) if question else []
    # The lead departments of the measures on the same subject, else of the same kind; never of
    # a catch-all kind ("right", "service"): Jinan's science or labour bureaus for a metro fare
    # (tester 126 p3) are no department for it.
    kinds = {e.kind for e in others} - BROAD_KINDS
    leads = [
        d
        for e in near_here
        or [e for e in catalogue().entries.values() if e.city == city and e.kind in kinds]
        for d in e.departments.lead
    ]
    names = [d.get(lang) for d in department_names(list(dict.fromkeys(leads)))]
    sep = "、" if lang == "zh" else ", "
    lines.append(
        t(lang, "可咨询：", "You can ask: ") + sep.join(names)
        if names
        else t(
            lang,
            f"{name}的方案没有为这类事项指明负责部门。",
            f"The {name} plan names no department for such matters.",
        )
    )
    for e in others:
        where = city_name(e.city, lang)
        lines.append(
            t(
                lang,
                f"（{where}的方案有“{e.title.zh}”，第{e.clause}条，只适用于{where}。）",
                f'({where}\'s plan has "{e.title.en}", clause {e.clause}; it applies in {where} only.)',
            )
        )
    return "\n".join(lines)


def absent_answer(topic: AbsentTopic, city: str | None, lang: Lang) -> str:
    """Something neither plan contains ("一次性生育奖励"): the plans are silent, said so; then the
    nearest measures they do have (the family's city first), each with its clause and lead
    department, to ask for anything beyond the texts."""
    nearest = [get_entry(i) for i in topic.nearest]
    # the family's own city's measures when it has any: one line on a phone, not the other
    # plan's twin of it (the under-3 tax deduction, Jinan 12 and Beijing (9))
    nearest = [e for e in nearest if e.city == city] or nearest
    lines = [topic.said_for(city).get(lang), t(lang, "方案里相关的是：", "What the plans do have:")]
    for e in nearest:
        where = city_name(e.city, lang)
        leads = ("、" if lang == "zh" else ", ").join(
            d.get(lang) for d in department_names(e.departments.lead)
        ) or t(lang, "未指明", "none named")
        lines.append(
            t(
                lang,
                f"• {e.title.zh}（{where}第{e.clause}条，牵头部门：{leads}）：{e.summary.zh}",
                f"• {e.title.en} ({where}, clause {e.clause}; lead department: {leads}): "
                f"{e.summary.en}",
            )
        )
    return "\n".join(lines)
