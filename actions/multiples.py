"""Whether twins or triplets get more of a measure ("产假多少天啊双胞胎有没有多", tester 24 c03 got
"能。产假：158天", whose 能 reads as "yes, more for twins"): the measure's answer for the family
without a yes or no, then that the plan says nothing about multiple births, and whom to ask."""

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.focus import QUESTION, asked_measure, named_entry
from actions.language import reply_language
from actions.side_questions import about, topic
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding.text import clauses, normalise
from wording.entitlements import clause_name
from wording.language import t

MULTIPLES = re.compile(r"双胞胎|多胞胎|三胞胎|龙凤胎|\btwins?\b|\btriplets?\b|\bmultiple births?\b")
# "有没有多", "能多休吗", "会多几天", "加不加", "is it longer", "any extra", "more days"
MORE = re.compile(
    r"多(?:几|点|些|给|休|放|发)|有没有多|会多|能多|多吗|加(?:不加|吗|天)|额外|翻倍"
    r"|\bmore\b|\blonger\b|\bextra\b|\bdouble"
    # "does it change for twins", 双胞胎不一样吗, 有变化吗: whether multiples alter it
    r"|\b(?:change|changes|different|differ)\b|不一样|有变化|有区别|变不变"
)
VERDICT = re.compile(r"^(?:能。|不能。|Yes\. |No\. )")


def multiples_more_asked(text: str) -> bool:
    """A question whether multiple births get more ("双胞胎有没有多", "is leave longer for
    twins?")."""
    said = normalise(text)
    return bool(MULTIPLES.search(said) and MORE.search(said) and QUESTION.search(said + "?"))


def plan_on_multiples(entry: Entry) -> bool:
    """`entry`'s rule says something of multiple births (a parameter whose quote or
    description names them)."""
    return any(
        MULTIPLES.search(f"{p.description} {p.quote}".lower()) for p in entry.parameters.values()
    )


def multiples_answer(entry: Entry, family_answer: str, lang: Lang) -> str:
    """The family's answer without its yes or no, then the plan's silence on multiple births
    with the clause and the lead department."""
    silent = plan_silent_on_multiples(entry, lang)
    return "\n".join([VERDICT.sub("", family_answer), silent, render.lead_departments(entry, lang)])


def plan_silent_on_multiples(entry: Entry, lang: Lang) -> str:
    """That `entry`'s plan says nothing about more for multiple births, with its clause."""
    clause = clause_name(entry.clause, lang)
    return t(
        lang,
        f"方案（{clause}）没写双胞胎、多胞胎是否多给；请问单位或牵头部门。",
        f"The plan ({clause}) says nothing about more for twins or multiple births; ask the "
        "employer or the lead department.",
    )


def answered_multiples(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The answer to whether twins get more of the measure named, else of the one in talk;
    None for any other message, a measure paid per child (each twin counts, clause 12), or one
    whose rule speaks of multiple births."""
    if not multiples_more_asked(text):
        return None
    from actions.results import answer_for_family  # results imports answers, which imports us

    lang = reply_language(tracker)
    city = tracker.get_slot("city")
    # "儿媳妇产假多少天 双胞胎是不是多给几天": the measure the part without the twins names (the
    # whole found the newborn's insurance, and 多给 the 200 a month; tester 57 c3)
    # "双胞胎产假能多给几天不 以后送托儿所有补贴吗": the measure named in the very clause that
    # asks "more for twins" (maternity leave), before one another clause names (tester 127 p2
    # got clause 14's housing, the measure in talk, for the leave)
    same = (
        (part, named_entry(MORE.sub(" ", MULTIPLES.sub(" ", part)), city))
        for _, part in clauses(normalise(text))
        if MULTIPLES.search(part) and MORE.search(part)
    )
    named = (
        (part, asked_measure(part + "?", city, lang))
        for _, part in clauses(normalise(text))
        if not MULTIPLES.search(part)
    )
    asked, entry = next(((p, e) for p, e in [*same, *named] if e is not None), (text, None))
    entry = entry or asked_measure(text, city, lang) or topic(tracker)
    if entry is None or entry.per_child or plan_on_multiples(entry):
        return None
    family_answer = answer_for_family(tracker, asked, entry, lang)
    if family_answer is None:
        return None
    dispatcher.utter_message(text=multiples_answer(entry, family_answer, lang))
    return about(entry)


def order_in_birth_unsaid(
    entry: Entry, items: list[Entitlement], children: list[dict[str, Any]], lang: Lang
) -> str | None:
    """When children born together (twins as a first birth: "双胞胎2023年3月生的 头胎") get
    different answers only by their order (Jinan clause 12 pays the 2nd and 3rd child), the
    plan's silence on how a multiple birth counts, with the clause and the lead department;
    the answer above counts them in the order told (tester 27 r4 read "第2个孩子有" as sure)."""
    born: dict[str, list[int]] = {}
    for i, child in enumerate(children, start=1):
        day = child.get("birth_date")
        if day and not child.get("expected"):
            born.setdefault(str(day), []).append(i)
    # an item paid (or once paid: its start) against one refused outright
    status = {e.child: (e.status, e.start, e.end) for e in items if e.child is not None}
    for together in born.values():
        if len(together) < 2 or len({status.get(c) for c in together}) < 2:
            continue
        clause = clause_name(entry.clause, lang)
        numbers = "、".join(f"第{c}个" for c in together)
        silent = t(
            lang,
            f"{numbers}孩子是同一胎出生的：方案（{clause}）按第几个孩子规定，没写双胞胎、多胞胎"
            "怎样算第几个孩子；以上按出生先后计算，以主管部门认定为准。",
            f"Children {', '.join(str(c) for c in together)} were born together: the plan "
            f"({clause}) goes by the child's order and says nothing on how twins or multiple "
            "births count; the above counts them in order of birth, and the department decides.",
        )
        return silent + "\n" + render.lead_departments(entry, lang)
    return None


# A figure asked as one child's or one birth's ("是3000还是6000", "每个孩子都有3000吗",
# "per baby or per birth", "3000 each?", "is the 3000 doubled?").
PER_UNIT = re.compile(
    r"每(?:个|一个)?(?:孩子|宝宝|娃|小孩|胎)|按(?:一胎|胎|次|每次|每个|孩子|人头|个数|几个)"
    r"|\bper (?:baby|babies|child|children|kid|kids|birth|delivery|head)\b",
    re.I,
)
# ... or said of a figure quoted: each, both, doubled ("3000 each?", "3000会翻倍吗").
OF_A_FIGURE = re.compile(
    r"一人一份|各(?:有|给|报|算)|俩都|两个都|都(?:有|给|能报)|翻倍|乘以?2|算两份|两份"
    r"|\b(?:each|both)\b|\bdoubled?\b|\btimes two\b|\btwice\b",
    re.I,
)
# not a year ("the twins both 15 May 2024": no amount of 2,024; tester 116 p8)
AMOUNT = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d(?![\d.])(?!\s*(?:元|块|yuan|rmb)))(\d{3,})(?![\d.])", re.I
)


def _figures_said(said: str) -> set[int]:
    return {int(n) for n in AMOUNT.findall(said.replace(",", ""))}


def per_child_or_birth_asked(text: str) -> bool:
    """Whether `text` asks, of twins or more, whether a figure is given per child or once per
    birth ("那个3000 双胞胎是3000还是6000", "is the 3000 per baby or per birth for twins"): a
    multiple birth named, and a figure said per child, doubled, or beside its double."""
    said = normalise(text)
    if not MULTIPLES.search(said):
        return False
    figures = _figures_said(said)
    doubled = any(2 * n in figures for n in figures)
    return doubled or bool(PER_UNIT.search(said) or (figures and OF_A_FIGURE.search(said)))


def per_child_or_birth_answer(
    text: str, city: str | None, current: Entry | None, lang: Lang
) -> tuple[str, Entry] | None:
    """What the clause says of the figure asked and that it does not say whether a multiple
    birth gets it per child or once (Jinan clause 15: "fixed payment, the standard is 3,000
    yuan" for hospital delivery costs, no word on twins), with the lead department; never a
    yes or no, and no fact of the family changed. None when not asked so, the measure is paid
    per child by its own words (the 600 "per child", clause 12: the usual answer says it), or
    its rule speaks of multiple births."""
    if not per_child_or_birth_asked(text):
        return None
    from actions.focus import figure_named  # focus imports render's neighbours

    said = normalise(text)
    entry = figure_named(said, city) or asked_measure(text, city, lang) or current
    if entry is None or entry.per_child or plan_on_multiples(entry):
        return None
    figures = _figures_said(said)
    params = [p for p in entry.parameters.values() if p.unit != "share"]
    param = next(
        (p for p in params if any(isinstance(v, int) and v in figures for v in p.values.values())),
        params[0] if params else None,
    )
    if param is None:
        return None
    amount = next(iter(param.values.values()))
    clause = clause_name(entry.clause, lang)
    part = summary_sentence(entry, amount, lang)
    document = catalogue().documents[entry.document].title.get(lang)
    # a sum of money once or twice; never a leave's days doubled, which no plan states (tester
    # 82 c10 read "说不准是158还是316元" of maternity leave)
    money = amount if isinstance(amount, int) and "CNY" in (param.unit or "") else None
    both = f"{money}还是{2 * money}" if money is not None else ""
    en_both = f"{money:,} or {2 * money:,}" if money is not None else ""
    lines = [
        t(
            lang,
            f"方案（{clause}）只写了：{part}"
            f"没写双胞胎、多胞胎是按每个孩子算还是按一次分娩算"
            + (f"，所以说不准是{both}元。" if both else "。"),
            f"The plan ({clause}) only says: {part} It does not say whether twins or other "
            "multiple births get it per baby or once per birth"
            + (f", so it cannot say whether it is {en_both} yuan." if en_both else "."),
        ),
        t(
            lang,
            f"依据：《{document}》{clause}（英文译本原文：“{param.quote}”）",
            f'Source: {document}, {clause}: "{param.quote}"',
        ),
        render.lead_departments(entry, lang)
        + t(lang, "，可向其咨询。", ": ask them how a multiple birth is counted."),
    ]
    return "\n".join(lines), entry


def summary_sentence(entry: Entry, amount: object, lang: Lang) -> str:
    """The sentence (or clause of one) of `entry`'s summary that carries `amount`, ended with
    its full stop; the whole summary when none does."""
    summary = entry.summary.get(lang)
    figure = f"{amount:,}" if lang == "en" and isinstance(amount, int) else str(amount)
    parts = re.split(r"(?<=[；。;])\s*|(?<=\.)\s+", summary)
    hit = next((p for p in parts if figure in p), summary).strip()
    hit = hit.rstrip("；;。.")
    return hit + t(lang, "。", ".")
