"""A hotline worker's case and the city's monthly money (testers 34 and 35, fix-t35h): the
worker on a live call needs the verdict, the figure, the clause and a sentence to read out.

- The money of the case's child (Jinan clause 12: 600 yuan a month, 200 more for a birth while
  on dibao, special hardship support or unemployment benefits, both until the 3rd birthday):
  both parts with the day they end, and that they have ended once that day is past (tester 35
  c10 heard only that the 200 had ended, then "800 a month until 3" as if still paid).
- An end asked in any wording ("end date?", 到哪天, 截止到哪天, "till when").
- The 200 once the benefit stops: the answer first (the plan looks at the birth only).
- A caller without the city's hukou: the measures that need it, and those that do not.
- Which clause to cite: the measure under discussion, its words and a sentence to read out.
- The mode said alone ("hotline here", 我是12345热线的) acknowledged whatever the intent.
- The case's child placed by the order word the worker used (济南二孩补贴 孩子2022年12月出生的:
  the 2nd child, never a first child), and a day told for the case's child told to the month
  ("end date? child born 2023-02-10" of a third child born February 2023) kept on that child."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.conditional import UNTIL_ASKED
from actions.focus import QUESTION, monthly_subsidy, settled_report
from actions.hukou_city import HUKOU_CITY_SLOT
from actions.read_out import plan_of, read_out
from actions.supplement import BENEFITS_ENDED, OF_THE_MONEY, supplement_entry
from actions.unsaid import WORRIES
from policy_kb import InputError
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement, Report
from policy_kb.rules.base import value
from policy_kb.text import Lang
from understanding.reader import birth_orders_named
from understanding.text import clauses, normalise
from wording.cities import city_name
from wording.entitlements import clause_name
from wording.language import lower_first, t

# An end asked however it is put: the shared forms ("领到什么时候", "until when") and those a
# worker uses for a date ("end date?", 到哪天, 截止到哪天, 哪天停, "till when", "last payment").
END_ASKED = re.compile(
    UNTIL_ASKED.pattern
    + r"|到哪一?天|哪一?天(?:停|结束|截止|为止)|(?:什么|啥)时候(?:结束|截止|到期|为止|停发|停止)"
    r"|截止(?:到|日期|时间)|结束(?:日期|时间)|停发(?:日期|时间)"
    r"|\bend(?:s|ing)?[- ]?date\b|\bdeadline\b|\btill when\b|\blast (?:payment|day)\b"
    # "last month" may ask the end; "born last month" tells a birth (tester 52 c02)
    r"|(?<!born )(?<!came )(?<!arrived )(?<!delivered )\blast month\b"
    r"|\bwhen (?:does|did|will) (?:it|that|the \w+|they|payments?) (?:end|stop|finish|run out)\b"
    # "how many months left on the 800", 还剩几个月 (tester 80 c6)
    r"|\bmonths? left\b|还(?:剩|有|能领|能拿)(?:几|多少)个?月",
    re.I,
)
# The money paid by the month named by its payments ("when the last payment is", "months left",
# 最后一次发): the city's monthly money, whatever measure was discussed last.
PAYMENT_WORDS = re.compile(
    r"\bpayments?\b|\bpaid\b|\bmonths? left\b|发(?:放|钱)?|领|\d{3}\s*(?:元|yuan)?", re.I
)

# The order word a worker puts a case's one child with ("济南二孩补贴 孩子…出生的", "second
# child subsidy, the child was born …"): the child's birth order. Not the understanding
# layer's (there 二孩家庭 tells a family, not which child was born when).
ORDER_WORDS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (2, re.compile(r"二孩|二胎|老二|二宝|第二个|\bsecond[- ]child\b|\b2nd child\b", re.I)),
    (3, re.compile(r"三孩|三胎|老三|三宝|第三个|\bthird[- ]child\b|\b3rd child\b", re.I)),
)


def order_word(text: str) -> int | None:
    """The one birth order a worker's words put the case's child at; None when none or both."""
    found = {order for order, words in ORDER_WORDS if words.search(text)}
    return found.pop() if len(found) == 1 else None


def _dated(children: list[dict[str, Any]]) -> list[int]:
    return [i for i, c in enumerate(children) if c.get("birth_date")]


def placed(told: dict[str, Any], known: dict[str, Any], text: str) -> dict[str, Any]:
    """The facts a message tells of a case, each child where the worker means it:

    - one child, told with an order word the understanding layer does not read as an order
      ("济南二孩补贴 孩子2022年12月出生的"): that order, the older children undated;
    - a birth told with no order word in a case whose one dated child has no day yet, or the
      same month ("end date? child born 2023-02-10" of a third child born February 2023): a
      more exact day of that child, not a first child's birth."""
    children = told.get("children_partial")
    if not isinstance(children, list) or not children:
        return told
    said = normalise(text)
    if birth_orders_named(said):
        return told
    before = list(known.get("children_partial") or known.get("children") or [])
    new = [i for i in _dated(children) if i >= len(before) or children[i] != before[i]]
    if len(new) != 1:
        return told
    child = dict(children[new[0]])
    was = _dated(before)
    if (
        len(was) == 1
        and was[0] != new[0]
        and new[0] < len(before)  # a child past the ones known is another child (tester 114 c9)
        and not before[new[0]].get("birth_date")
    ):
        # the case's child told again, with its day: kept on that child, the others as they were
        keep = [dict(c) for c in before]
        old = keep[was[0]]
        more = {k: v for k, v in child.items() if v is not None and k != "order_conflict"}
        keep[was[0]] = {**old, **more}
        return {**told, "children_partial": keep, "children": None}
    order = order_word(text)
    if order is not None and len(children) == 1 and not before:
        undated = {"birth_date": None, "precision": None, "height_cm": None}
        ranked = [dict(undated) for _ in range(order - 1)] + [child]
        return {**told, "children_partial": ranked, "children": None}
    return told


# The child of the case this message asks about (老二呢, "2nd child's end date?"), or that it asks
# of each child (每个孩子每月多少, "each kid"): kept on the case for this turn only.
ASKED_CHILD = "asked_child"
EACH_CHILD = "each_child"
EACH_ASKED = re.compile(
    r"每个孩子|每个娃|每个小孩|每一个孩子|各自|分别|挨个|\beach (?:child|kid|one)\b"
    r"|\bevery (?:child|kid)\b|\bper (?:child|kid)\b"
    r"|\ball (?:the |\d |three |two )?(?:kids|children)\b",
    re.I,
)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY_OF_MONTH = re.compile(
    rf"\b{_MONTHS}\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|\b\d{{1,2}}(?:st|nd|rd|th)\s+(?:of\s+)?{_MONTHS}",
    re.I,
)


MULTIPLES_SAID = re.compile(r"双胞胎|三胞胎|龙凤胎|双胎|\btwins?\b|\btriplets?\b", re.I)
AGE_OF_ORDER = re.compile(
    r"(?:老大|老\d\u2060?|大的|小的|eldest|oldest|youngest|(?:first|second|third|1st|2nd|3rd)"
    r" (?:child|kid|one))\s*(?:is\s+|今年)?\d{1,2}(?![\d年月/.\-])\s*(?:岁|yo\b|y/o|years?)?",
    re.I,
)


def child_asked(case: dict[str, Any], text: str) -> dict[str, Any]:
    """The case with the child this message asks about marked (tester 67 c6 asked three times
    about 老二 of three children and heard 老三's money each time): one birth order named of a
    child the case has, or each child asked of. The marks of the turn before are dropped."""
    case = {k: v for k, v in case.items() if k not in (ASKED_CHILD, EACH_CHILD)}
    children = case.get("children_partial") or case.get("children") or []
    if len(_dated(children)) < 2:
        return case
    if EACH_ASKED.search(text):
        return {**case, EACH_CHILD: True}
    said = DAY_OF_MONTH.sub(" ", normalise(text))  # "born on January 1st": a day, no child
    if MULTIPLES_SAID.search(said):
        return case  # "eldest is 4, twins born …": the twins asked of (hotline_twins)
    said = AGE_OF_ORDER.sub(" ", said)  # "first child 4", 老大4岁: an age told, not asked of
    orders = set(birth_orders_named(said))
    if len(orders) > 1:  # 老二是2023年1月10号生的 老大2019年 老二现在还能领吗: the one asked of
        asked = {o for _, c in clauses(said) if QUESTION.search(c) for o in birth_orders_named(c)}
        orders = asked if len(asked) == 1 else orders
    order = orders.pop() if len(orders) == 1 else 0
    if 1 <= order <= len(children) and children[order - 1].get("birth_date"):
        return {**case, ASKED_CHILD: order}
    return case


def case_child(case: dict[str, Any]) -> int | None:
    """The birth order of the case's child the worker talks of: the one asked about by its
    order in this message (child_asked), else the one dated last."""
    children = case.get("children_partial") or case.get("children") or []
    dated = _dated(children)
    asked = case.get(ASKED_CHILD)
    if isinstance(asked, int) and asked - 1 in dated:
        return asked
    return dated[-1] + 1 if dated else None


def _item(report_items: list[Entitlement], entry: Entry, order: int) -> Entitlement | None:
    return next((e for e in report_items if e.id == entry.id and e.child == order), None)


def case_money(
    case: dict[str, Any], lang: Lang, day: date, suppose_hukou: bool = False
) -> str | None:
    """The city's monthly money of the case's child, both parts in one line with the clause:
    '第3个孩子：每月600+200=800元，从出生发到满3周岁（2026年2月10日）；两项都已于这一天停发，
    现在不再发放（第12条）。' or, still paid, '…每月600+200=800元，至2028年2月1日（第12条）。'.
    None when the city pays no monthly money, no child of the case is dated, or the engine
    leaves it open or refuses it (the refusal's own reason is given elsewhere). With
    `suppose_hukou`, a caller whose hukou is not said yet gets the money the hukou would give
    and that it needs it."""
    if case.get(EACH_CHILD):
        return _each_childs_money(case, lang, day)
    orders = born_with_case_child(case)
    unsaid = suppose_hukou and case.get("hukou_in_city") is None and case.get("city") is not None
    # the caller's hukou not said yet: the money as the hukou would give it, the condition
    # said after it (tester 50 e08: "caller 1 … how much and until when?" got clause 12's text)
    supposed = {**case, "hukou_in_city": True} if unsaid else case
    lines = [
        line for order in orders if (line := _money_of(supposed, order, lang, day)) is not None
    ]
    if not lines and case.get(ASKED_CHILD) and len(orders) == 1:  # "老大呢": why none for it
        base = monthly_subsidy(case.get("city"))
        try:
            report = settled_report(supposed, day)
        except InputError:
            report = None
        refused = _refusal_of(report, base, orders[0], lang) if report and base else None
        return refused
    if not lines or len(lines) < len(orders):
        return None
    if unsaid:
        lines.append(hukou_needed(case, lang))
    if len(lines) == 1 + unsaid:
        return "\n".join(lines)
    who = t(lang, "、", " and ").join(fmt.child_label(o, lang) for o in orders)
    lead = t(
        lang,
        f"{who}同一天出生，每个孩子各自享受：",
        f"{who[:1].upper() + who[1:]} were born the same day; each gets it in full:",
    )
    return "\n".join([lead, *lines])


def _each_childs_money(case: dict[str, Any], lang: Lang, day: date) -> str | None:
    """case_money of each dated child of the case, eldest first, for "每个孩子每月多少": the
    money of each child paid or paid before, and for a child it is not for, the engine's reason
    (Jinan clause 12: the 2nd and 3rd children only), then one sentence to read out of them
    all. None when no child has money or the facts leave a child open."""
    base = monthly_subsidy(case.get("city"))
    if base is None:
        return None
    try:
        report = settled_report(case, day)
    except InputError:
        return None
    if report is None:
        return None
    children = case.get("children_partial") or case.get("children") or []
    lines: list[str] = []
    shorts: list[str] = []
    notes: list[str] = []
    for index in _dated(children):
        order = index + 1
        money = _money_and_short(case, order, lang, day)
        if money is not None:
            line, short = money
            main, _, note = line.partition("\n")
            lines.append(main)
            notes += [note] if note and note not in notes else []
            shorts.append(short)
            continue
        refused = _refusal_of(report, base, order, lang)
        if refused is None:
            return None  # a child the facts leave open: the whole is not settled
        lines.append(refused)
        who = fmt.child_label(order, lang)
        shorts.append(t(lang, f"{who}不在此列", f"{who} is not covered"))
    if all(x.endswith(("不在此列", "is not covered")) for x in shorts):
        return None  # no child has money: the refusals are answered elsewhere
    said = t(lang, "；", "; ").join(shorts)
    lines.append(
        read_out(t(lang, f"{plan_of(base, lang)}，{said}", f"{plan_of(base, lang)}, {said}"), lang)
    )
    return "\n".join([*lines, *notes])


def case_read_out(case: dict[str, Any], lang: Lang, day: date) -> str | None:
    """The sentence to read out of the case's money, for every child it is about (the twins
    born with the case's child: "…第2个孩子每月600+200=800元，发到2027年8月12日；第3个孩子…"),
    with the plan and clause; None when a child of them has no money line."""
    base = monthly_subsidy(case.get("city"))
    orders = born_with_case_child(case)
    shorts = [m[1] for o in orders if (m := _money_and_short(case, o, lang, day)) is not None]
    if base is None or not shorts or len(shorts) < len(orders):
        return None
    said = t(lang, "；", "; ").join(shorts)
    return read_out(
        t(lang, f"{plan_of(base, lang)}，{said}", f"{plan_of(base, lang)}, {said}"), lang
    )


def _refusal_of(report: Report, base: Entry, order: int, lang: Lang) -> str | None:
    """'第1个孩子：没有。仅限第2个、第3个孩子，第1个孩子不在此列（第12条）。': the engine's reason
    the city's monthly money is not for that child; None unless it refuses it."""
    mine = _item(report.entitlements, base, order)
    reasons = (mine.reasons.get(lang) or []) if mine is not None else []
    if mine is None or mine.status != "not_eligible" or not reasons:
        return None
    who = fmt.child_label(order, lang)
    reason = reasons[0].rstrip("。.")
    clause = clause_name(base.clause, lang)
    return t(
        lang,
        f"{who}：没有。{reason}（{clause}）。",
        f"{who[:1].upper() + who[1:]}: none. {reason} ({clause}).",
    )


def asked_childs_supplement(
    case: dict[str, Any], asked: Entry | None, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """ "老二那份有没有加发的200" of a case of several children: the yes or no for that child's
    birth first (Jinan clause 12's 200 goes to a birth while on dibao, special hardship support
    or unemployment benefits), then the child's money line. None unless the message asks the
    supplement of one child of the case by its order and the engine settles it."""
    extra = supplement_entry(case.get("city"))
    order = case.get(ASKED_CHILD)
    if extra is None or asked is None or asked.id != extra.id or not isinstance(order, int):
        return None
    try:
        report = settled_report(case, day)
    except InputError:
        return None
    mine = _item(report.entitlements, extra, order) if report is not None else None
    line = _money_of(case, order, lang, day)
    if mine is None or line is None or mine.status not in ("eligible", "not_eligible"):
        return None
    children = case.get("children_partial") or case.get("children") or []
    at_birth = children[order - 1].get("hardship_at_birth")
    if at_birth is None:
        at_birth = case.get("hardship_at_birth")
    paid = mine.status == "eligible" or (mine.end is not None and mine.end <= day and at_birth)
    verdict = t(lang, "有。", "Yes.") if paid else t(lang, "没有。", "No.")
    return verdict + "\n" + line + "\n" + render.lead_departments(extra, lang), extra


def hukou_needed(case: dict[str, Any], lang: Lang) -> str:
    """The line that the city's monthly money needs the city's hukou, which the worker has
    not said of the caller (Jinan clause 12: "of the city's household registration")."""
    base = monthly_subsidy(case.get("city"))
    city = city_name(str(case.get("city")), lang)
    clause = clause_name(base.clause, lang) if base is not None else ""
    cite = t(lang, f"（{clause}）", f" ({clause})") if clause else ""
    return t(
        lang,
        f"前提是有{city}户籍，来电还没说户口{cite}。",
        f"This needs {city} hukou, not said yet for this caller{cite}.",
    )


def born_with_case_child(case: dict[str, Any]) -> list[int]:
    """The birth orders of the case's child and of those born the same day (twins, triplets:
    "twins born 2023-01-01, first child 4" are the 2nd and 3rd children, tester 39 c09)."""
    order = case_child(case)
    if order is None:
        return []
    children = case.get("children_partial") or case.get("children") or []
    born = children[order - 1].get("birth_date")
    return [i + 1 for i, c in enumerate(children) if c.get("birth_date") == born]


def _money_of(case: dict[str, Any], order: int, lang: Lang, day: date) -> str | None:
    """case_money's line for the child of that birth order."""
    money = _money_and_short(case, order, lang, day)
    return money[0] if money is not None else None


def _money_and_short(
    case: dict[str, Any], order: int, lang: Lang, day: date
) -> tuple[str, str] | None:
    """_money_of's line and the short phrase a read-out sentence gives of it ('第2个孩子每月600
    元，已于2026年3月1日满3周岁停发')."""
    base = monthly_subsidy(case.get("city"))
    extra = supplement_entry(case.get("city"))
    if base is None:
        return None
    try:
        report = settled_report(case, day)
    except InputError:
        return None
    if report is None:
        return None
    mine = _item(report.entitlements, base, order)
    more = _item(report.entitlements, extra, order) if extra is not None else None
    if mine is None or mine.end is None:
        return None
    ended = mine.status == "not_eligible" and mine.end <= day
    if not ended and mine.status != "eligible":
        return None
    a = int(value(base, "monthly_amount_cny", day))
    children = case.get("children_partial") or case.get("children") or []
    at_birth = children[order - 1].get("hardship_at_birth")
    if at_birth is None:
        at_birth = case.get("hardship_at_birth")
    # the 200 only for a birth on benefits (clause 12): never assumed for a case that told none
    # (tester 36 r01 heard 600 + 200 = 800 of a case with no hardship stated)
    with_more = (
        more is not None
        and more.end is not None
        and (more.status == "eligible" or (ended and at_birth is True))
    )
    who = fmt.child_label(order, lang)
    who = who if lang == "zh" else who[:1].upper() + who[1:]
    years = int(value(base, "age_limit_years", day))
    end = fmt.day(mine.end, lang)
    clause = clause_name(base.clause, lang)
    if with_more and extra is not None:
        b = int(value(extra, "monthly_amount_cny", day))
        figure = t(lang, f"每月{a}+{b}={a + b}元", f"{a} + {b} = {a + b} yuan a month")
        both = t(lang, "两项都", "both parts ")
    else:
        figure = t(lang, f"每月{a}元", f"{a} yuan a month")
        both = ""
    if ended:
        said = t(
            lang,
            f"{who}：{figure}，从出生发到满{years}周岁（{end}）；{both}已于这一天停发，"
            f"现在不再发放（{clause}）。",
            f"{who}: {figure} from the birth until the child turned {years} on {end}; "
            f"{both}stopped on that day, so nothing is paid now ({clause}).",
        )
        short = t(
            lang,
            f"{who}{figure}，已于{end}满{years}周岁停发",
            f"{lower_first(who)} had {figure} until turning {years} on {end}, now stopped",
        )
    else:
        said = t(
            lang,
            f"{who}：{figure}，发到孩子满{years}周岁，即{end}（{clause}）。",
            f"{who}: {figure} until the child turns {years}, on {end} ({clause}).",
        )
        short = t(
            lang,
            f"{who}{figure}，发到{end}",
            f"{lower_first(who)} gets {figure} until {end}",
        )
    if extra is not None and more is not None and not with_more:
        said += supplement_condition(extra, children[order - 1], at_birth, ended, lang, day)
    if (children[order - 1].get("precision") or "day") != "day":
        said += "\n" + render.birth_month_note(lang, bool(children[order - 1].get("approx")))
    return said, short


def supplement_condition(
    extra: Entry, child: dict[str, Any], at_birth: bool | None, ended: bool, lang: Lang, day: date
) -> str:
    """What the case's child's money says of the 200 of clause 12 when it is not added: not
    paid, the birth was not on benefits; or the condition it is paid on (for a child still to
    be born: still on the benefits at the birth), with its clause."""
    b = int(value(extra, "monthly_amount_cny", day))
    clause = clause_name(extra.clause, lang)
    born = str(child.get("birth_date") or "") <= day.isoformat()
    if at_birth is False and not born:
        return t(
            lang,
            f"另加的{b}元不适用：只给孩子出生时仍在领低保、特困供养或失业保险金的家庭，"
            f"这家的待遇在预产期前就停了（{clause}）。",
            f" The extra {b} yuan does not apply: it is only for a birth while the family is on "
            f"dibao, special hardship support or unemployment benefits, and theirs ends before "
            f"the due date ({clause}).",
        )
    if at_birth is False:
        return t(
            lang,
            f"另加的{b}元不适用：只给在领低保、特困供养或失业保险金期间生孩子的家庭，"
            f"这家出生时没在领（{clause}）。",
            f" The extra {b} yuan does not apply: it is only for a birth while on dibao, special "
            f"hardship support or unemployment benefits, and this family was not on them at the "
            f"birth ({clause}).",
        )
    if not born:
        return t(
            lang,
            f"孩子出生时家里仍在领低保、特困供养或失业保险金的，每月再加{b}元；"
            f"出生前已停的，不再另加（{clause}）。",
            f" {b} yuan a month more only if the family is still on dibao, special hardship "
            f"support or unemployment benefits at the birth; if they have ended before the "
            f"birth, no extra ({clause}).",
        )
    return t(
        lang,
        f"另加的{b}元只给出生时在领低保、特困供养或失业保险金的家庭（{clause}）。",
        f" The extra {b} yuan a month {'applied' if ended else 'applies'} only if the birth "
        f"was while on dibao, special hardship support or unemployment benefits ({clause}).",
    )


def is_the_money(entry: Entry | None) -> bool:
    """The city's monthly subsidy or the supplement paid with it."""
    if entry is None:
        return False
    base = monthly_subsidy(entry.city)
    extra = supplement_entry(entry.city)
    return entry.id in {e.id for e in (base, extra) if e is not None}


def money_answer(
    case: dict[str, Any], asked: Entry | None, lang: Lang, day: date, suppose_hukou: bool = False
) -> tuple[str, Entry] | None:
    """The case's monthly money for a question about it (the subsidy or the 200, asked or
    discussed): the line of case_money and the lead department; None otherwise."""
    if not is_the_money(asked):
        return None
    said = case_money(case, lang, day, suppose_hukou)
    base = monthly_subsidy(case.get("city"))
    if said is None or base is None:
        return None
    return said + "\n" + render.lead_departments(base, lang), base


def end_answer(
    case: dict[str, Any], current: Entry | None, text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """ "end date?", 到哪天 of the monthly money discussed, for the case's child: the line of
    case_money (its end, ended or not). None when no end is asked or it is not that money."""
    if not END_ASKED.search(text):
        return None
    # "caller 1 … how much and until when?": the money and its end, the hukou still to check
    return money_answer(case, current, lang, day, suppose_hukou=True)


STOPS_LEAD = next(w for w in WORRIES if w.fact == "hardship_at_birth")
# Whether the money stops is what is asked ("does the 200 stop", 还给吗, 会停吗).
STOP_ASKED = re.compile(
    r"停|还[给发有能]|断|取消|没了吗|\b(?:stops?|ends?|continues?|still|keeps?|cut|lose)\b", re.I
)


def stops_answer(
    case: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """ "does the extra 200 stop when dibao stops?" of a case whose child was born on it: the
    answer first (the plan looks at the benefit at the birth only and says nothing of stopping
    when it ends; the lead department decides), then the case's money with its end, so the
    answer never reads as paid on when it has ended. None when not asked so."""
    if not BENEFITS_ENDED.search(text) or not OF_THE_MONEY.search(text):
        return None
    if not STOP_ASKED.search(text):  # "…现在不领了 每月多少钱": the money asked, not its stop
        return None
    extra = supplement_entry(case.get("city"))
    if extra is None:
        return None
    lead = t(
        lang,
        f"不会因此停：{STOPS_LEAD.zh}（第{extra.clause}条）；以牵头部门的认定为准。",
        f"No, not because of that: {lower_first(STOPS_LEAD.en)} (clause "
        f"{extra.clause}); the lead department decides.",
    )
    money = case_money(case, lang, day)
    lines = [lead, *([money] if money else []), render.lead_departments(extra, lang)]
    return "\n".join(lines), extra


# A question whether a measure applies ("does it apply?", 能领吗, 还给不给, "still eligible?").
APPLIES_ASKED = re.compile(
    r"能领|能不能|可以领|能享受|适用|算不算|符合|给不给|还给|有没有|能拿|行不行|[吗么嘛]"
    r"|\b(?:apply|applies|eligible|qualif\w*|get it|still get|count)\b|\?",
    re.I,
)


def hukou_answer(
    told: dict[str, Any], current: Entry | None, city: str | None, text: str, lang: Lang
) -> tuple[str, Entry] | None:
    """A caller without the city's hukou asking whether the measure applies ("caller is from
    Beijing hukou but lives in Jinan, does it apply?"): no for the measures under discussion
    whose rules read the hukou (Jinan clause 12's subsidy and its 200), with the clause; the
    leave, whose rules in the plan read none, named as not tied to it. None when the message
    tells no hukou elsewhere or asks nothing."""
    if told.get("hukou_in_city") is not False or not APPLIES_ASKED.search(text):
        return None
    where = city or (current.city if current is not None else None)
    if where is None or told.get(HUKOU_CITY_SLOT) == where:
        # "works in Beijing but hukou is still in Jinan … the Jinan 600?": the hukou is the
        # measure's city's, so clause 12's condition is met (tester 107 h2 was told "No")
        return None
    entries = catalogue().entries
    tied: list[Entry] = []
    if current is not None and current.city == where and "hukou_in_city" in current.facts:
        tied.append(current)
    if not tied or is_the_money(current):
        tied = [e for e in (monthly_subsidy(where), supplement_entry(where)) if e is not None]
    if not tied:
        return None
    free = [
        e
        for e in entries.values()
        if e.city == where and e.kind == "leave" and "hukou_in_city" not in e.facts
    ]
    name = city_name(where, lang)
    titles = t(lang, "、", " and ").join(
        e.title.zh if lang == "zh" else lower_first(e.title.en) for e in tied
    )
    clauses = sorted({e.clause for e in tied})
    clause = t(lang, f"第{'、'.join(clauses)}条", f"clause {', '.join(clauses)}")
    lines = [
        t(
            lang,
            f"不能。{titles}只给具有{name}户籍的家庭，户口在外地的不符合（{clause}）。",
            f"No. The {titles} are only for families with {name} "
            f"household registration (hukou); a hukou elsewhere does not qualify ({clause}).",
        )
    ]
    if free:
        leave = t(lang, "、", ", ").join(e.title.get(lang) for e in free)
        leave_clauses = sorted({e.clause for e in free})
        leave_clause = t(
            lang, f"第{'、'.join(leave_clauses)}条", f"clause {', '.join(leave_clauses)}"
        )
        lines.append(
            t(
                lang,
                f"{leave}（{leave_clause}）方案没有写户籍条件，不看户口在哪里。",
                f"{leave} ({leave_clause}): the plan sets no hukou condition for them.",
            )
        )
    lines.append(render.lead_departments(tied[0], lang))
    return "\n".join(lines), tied[0]


# "which clause should I cite", 引用哪条, 依据是哪一条, 文件哪一条, "what's the legal basis".
CITE_ASKED = re.compile(
    r"引用|援引|依据(?:是|为)?(?:哪|什么|啥)|(?:哪|第几)一?条|条款(?:是|号)?(?:多少|哪|啥|什么)"
    r"|出处|政策依据|文件依据"
    r"|\b(?:which|what) (?:clause|article|section|paragraph)\b|\bcite\b|\bquote\b"
    r"|\blegal basis\b|\bclause (?:number|no\.?)\b|\bwhere (?:does it|is (?:it|that)) say\b",
    re.I,
)


# A figure asked beside the clause ("Monthly amount and clause number", 一个月多少 哪条): the
# answer with its clause, not the clause alone.
FIGURE_ASKED = re.compile(
    r"多少|几[天岁个年月]|金额|数额|标准|怎么算|\b(?:amount|how (?:much|many|long)|figure|rate"
    r"|monthly|per month|a month)\b",
    re.I,
)


def cite_asked(text: str, told: dict[str, Any] | None = None) -> bool:
    """A message asking only which clause to cite: no figure asked beside it, no case told
    (`told`: the facts the message gives)."""
    return bool(CITE_ASKED.search(text)) and not FIGURE_ASKED.search(text) and not told


def cite_answer(current: Entry | None, lang: Lang, also: Entry | None = None) -> str:
    """The clause to cite for the measure under discussion: the plan and clause, the rule in
    the plan's words as policy_kb keeps them, and a sentence to read out to the caller; with no
    measure discussed yet, which measure is meant."""
    if current is None:
        return t(
            lang,
            "要引用哪一项措施的条款？请说出项目名称（如育儿补贴、陪产假、公积金贷款额度）。",
            "Which measure's clause? Name the measure (e.g. childcare subsidy, paternity leave, "
            "housing fund loan ceiling).",
        )
    document = catalogue().documents[current.document].title.get(lang)
    name = city_name(current.city, lang)
    title = current.title.get(lang)
    summary = current.summary.get(lang).strip()
    if also is not None:  # the case's 200 too (tester 36 c07: a 特困 case heard only the 600)
        more = also.summary.get(lang).strip()
        title = t(lang, "、", " and ").join([title, also.title.get(lang)])
        summary = t(lang, f"{summary.rstrip('。')}；{more}", f"{summary} {more}")
    if lang == "zh":
        return "\n".join(
            [
                f"引用《{document}》第{current.clause}条（{title}）。",
                f"可念给来电人：“按{name}方案第{current.clause}条，{summary.rstrip('。')}。”",
                render.lead_departments(current, lang),
            ]
        )
    return "\n".join(
        [
            f"Cite clause {current.clause} of the {document}: {title}.",
            f"To read out to the caller: “Under clause {current.clause} of the {name} plan: "
            f"{lower_first(summary)}”",
            render.lead_departments(current, lang),
        ]
    )


def case_supplement(case: dict[str, Any], cited: Entry | None) -> Entry | None:
    """The 200 of clause 12 to cite beside the monthly subsidy cited, for a case whose child
    was born on benefits (told of the child or of the family); None otherwise."""
    if cited is None or cited.id != getattr(monthly_subsidy(cited.city), "id", None):
        return None
    extra = supplement_entry(cited.city)
    children = case.get("children_partial") or case.get("children") or []
    order = case_child(case)
    at_birth = children[order - 1].get("hardship_at_birth") if order is not None else None
    if at_birth is None:
        at_birth = case.get("hardship_at_birth")
    return (
        extra if at_birth is True and extra is not None and extra.clause == cited.clause else None
    )


def hotline_intro(menu: str, lang: Lang) -> str:
    """The reply to the mode said alone ("hotline here", 我是12345热线的, 我是热线接线员): the
    mode acknowledged, what it gives, then what can be asked (`menu`)."""
    return "\n".join(
        [
            t(
                lang,
                "好的，按热线查询来答：每个问题给出结论、金额、条款和一句可念给来电人的话，"
                "不记录任何家庭的情况。",
                "Hotline mode: for each question I give the verdict, the figure, the clause and a "
                "sentence to read out to the caller; nothing is kept as a family's facts.",
            ),
            menu,
        ]
    )


# The whole sum over the months paid is asked ("total subsidy for both twins together?",
# "双胞胎一共能领多少", "加起来总共多少钱"), not the sum of a month (一个月一共多少: MONTHLY_TOTAL).
SUM_ASKED = re.compile(
    r"一共|总共|合计|加起来|总计|累计|一起|总额|总数|\b(?:total|together|altogether|in all|sum)\b",
    re.I,
)
# The whole time named beside a month's figure ("total subsidy over 3 years for the 800 a
# month?", 三年总共多少): the period's sum, not the month's (tester 79).
WHOLE_TIME = re.compile(
    r"\bover (?:the )?(?:\d|two|three|all) years\b|\bwhole (?:period|time)\b"
    r"|\ball (?:the )?months\b|[三3]年(?:下来|总共|一共|加起来|总额)|整个|全部",
    re.I,
)
PER_MONTH = re.compile(r"一个月|每个?月|月均|\b(?:per month|a month|monthly|each month)\b", re.I)


# A whole period's sum put back, beside a month's figure or not ("800一个月 一共是28800是吧",
# "800 a month, so 28,800 in all?").
TOTAL_PUT_BACK = re.compile(
    r"(?:一共|总共|合计|加起来|总计|累计|\btotal\b|\bin all\b|\baltogether\b)[^\d\n]{0,6}"
    r"\d[\d,]{3,}|\d[\d,]{3,}\s*(?:元|yuan|rmb)?\s*(?:in total|in all|altogether|total)\b",
    re.I,
)


def total_asked(text: str) -> bool:
    """The sum over the whole time paid is asked or put back, not a month's."""
    return bool(TOTAL_PUT_BACK.search(text)) or (
        bool(SUM_ASKED.search(text))
        and (not PER_MONTH.search(text) or bool(WHOLE_TIME.search(text)))
    )


def case_total(case: dict[str, Any], lang: Lang, day: date) -> tuple[str, Entry] | None:
    """The whole sum of the city's monthly money for the case's child and those born the same
    day (twins): n x monthly x the months to the age limit, from the birth to its end, with the
    clause; the 200 of clause 12 added when the birth was on benefits, given as a condition when
    that is not told, left out when it was not. None when case_money has no line for each."""
    orders = born_with_case_child(case)
    base = monthly_subsidy(case.get("city"))
    extra = supplement_entry(case.get("city"))
    if base is None or not orders:
        return None
    if any(_money_of(case, order, lang, day) is None for order in orders):
        return None
    report = settled_report(case, day)
    if report is None:
        return None
    items = [_item(report.entitlements, base, order) for order in orders]
    ends = {i.end for i in items if i is not None}
    if len(ends) != 1 or None in ends:
        return None
    end = next(iter(ends))
    assert end is not None
    children = case.get("children_partial") or case.get("children") or []
    births = {str(children[o - 1].get("birth_date") or "") for o in orders}
    if len(births) != 1:
        return None
    born = date.fromisoformat(next(iter(births)))
    a = int(value(base, "monthly_amount_cny", day))
    months = int(value(base, "age_limit_years", day)) * 12
    n = len(orders)
    at_birth = [
        children[o - 1].get("hardship_at_birth", case.get("hardship_at_birth")) for o in orders
    ]
    b = int(value(extra, "monthly_amount_cny", day)) if extra is not None else 0
    monthly = a + b if extra is not None and all(x is True for x in at_birth) else a
    who = t(lang, "、", " and ").join(fmt.child_label(o, lang) for o in orders)
    who = who if lang == "zh" else who[:1].upper() + who[1:]
    count = t(lang, f"{n}×", f"{n} × ") if n > 1 else ""
    clause = clause_name(base.clause, lang)
    span = t(
        lang,
        f"{fmt.day(born, lang)}至{fmt.day(end, lang)}",
        f"{fmt.day(born, lang)} to {fmt.day(end, lang)}",
    )
    money = fmt.money(n * monthly * months, lang)
    lines = [
        t(
            lang,
            f"{who}合计：{count}{monthly}元/月×{months}个月＝{money}，{span}（{clause}）。",
            f"{who} in total: {count}{monthly} yuan a month × {months} months = {money}, "
            f"{span} ({clause}).",
        )
    ]
    if extra is not None and monthly == a and not any(x is False for x in at_birth):
        more = fmt.money(n * (a + b) * months, lang)
        lines.append(
            t(
                lang,
                f"如果出生时在领低保、特困供养或失业保险金，每月再加{b}元："
                f"{count}{a + b}元/月×{months}个月＝{more}（第{extra.clause}条）。",
                f"If the birth was while on dibao, special hardship support or unemployment "
                f"benefits, {b} yuan a month more: {count}{a + b} × {months} = {more} "
                f"(clause {extra.clause}).",
            )
        )
    if end <= day:
        lines.append(
            t(
                lang,
                f"已于{fmt.day(end, lang)}孩子满{months // 12}周岁时停发，现在不再发放。",
                f"It stopped when the children turned {months // 12} on {fmt.day(end, lang)}; "
                f"nothing is paid now."
                if n > 1
                else f"It stopped when the child turned {months // 12} on "
                f"{fmt.day(end, lang)}; nothing is paid now.",
            )
        )
    return "\n".join([*lines, render.lead_departments(base, lang)]), base
