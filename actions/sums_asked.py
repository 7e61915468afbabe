"""The sums of a family's (or a hotline case's) monthly money asked: "两个加起来一个月多少 总共多少
你算一下", "双胞胎一个月合计多少钱 三年总共多少钱", "1200对吧…43200是吧" (tester 49 c03 got each
child's block, the 200's rule, and "抱歉"). One answer: the month's sum with each child's
share, its end, and the whole sum to that end, with the clause; yes or no first to each figure
put. The figures are the engine's (Jinan clause 12), never code's."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import settled_household, settled_report
from actions.headline import confirmed_money
from actions.hotline_twins import NOT_ABOUT, OTHER_MEASURE
from actions.supplement import supplement_entry
from actions.totals import in_stages
from policy_kb import format as fmt
from policy_kb import get_entry
from policy_kb.report import Entitlement
from policy_kb.rules.base import value
from policy_kb.text import Lang
from understanding.dates import find_mentions
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

# A sum asked, or asked to be worked out: 合计, 总共, 一共, 加起来, 你算一下, "add it up",
# "in total".
SUM_WORDS = re.compile(
    r"合计|总共|一共|加起来|加一起|总计|共计|(?:帮我|你|给我)?算(?:一下|一算|算)"
    r"|\b(?:in total|total|altogether|combined|together|add (?:it|them|that) up|sum)\b",
    re.I,
)
# A figure put to be confirmed ("1200对吧", "43200是吧", "1,200 right?"): four digits and more
# or a hundreds figure, not a year (28年) nor a month.
FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d{3,6})(?![\d年月号日岁])")
# The children together named with a figure put ("两个一个月1000对吧", "both get 1000 right?").
BOTH = re.compile(r"(?:两|2)个(?![月年])|俩|双胞胎|\bboth\b|\btwins\b", re.I)
# The money asked: 多少, 钱, 算一下, "how much", a figure.
HOW_MUCH = re.compile(r"多少|钱|算|\d{3}|\bhow much\b|\btotal\b|\badd\b|\bsum\b", re.I)
CONFIRM = re.compile(
    r"对吧|是吧|对不对|是不是|没错吧|对吗|是吗|\bright\b|\bcorrect\b|\bisn'?t it\b"
    r"|\byes or no\b|[?？]\s*$"
)


def _paying(case: dict[str, Any], day: date) -> list[Entitlement]:
    report = settled_report(case, day)
    if report is None:
        return []
    return [
        e
        for e in report.entitlements
        if e.status == "eligible"
        and e.monthly_amount_cny
        and e.child
        and (e.start is None or e.start <= day)
        and (e.end is None or day < e.end)
    ]


def _open_hardship(case: dict[str, Any], orders: list[int]) -> bool:
    """Whether the benefits at these children's births are still untold (the 200 may be due)."""
    children = case.get("children_partial") or case.get("children") or []
    told = [
        children[o - 1].get("hardship_at_birth", case.get("hardship_at_birth"))
        for o in orders
        if o - 1 < len(children)
    ]
    return any(x is None for x in told)


def end_put(said: str, day: date) -> tuple[tuple[date, str] | None, str]:
    """The end date a confirmation puts back ("until June 2028", 到2028年6月, 到28年6月) with its
    precision, and the normalised message with every date blanked out: a year or a date is
    never a sum put (tester 50 e08 heard "No (2,028 yuan is not it)")."""
    told: tuple[date, str] | None = None
    undated = said
    for m in find_mentions(said, day, end_days=True):
        if m.kind != "date":
            continue
        undated = undated[: m.start] + " " * (m.end - m.start) + undated[m.end :]
        if m.value > day:  # an end to come, not a birth told again
            told = (m.value, m.precision)
    return told, undated


def _same_end(told: tuple[date, str], end: date) -> bool:
    """Whether the end put back is the engine's end, to the precision it was said in."""
    when, precision = told
    if precision == "year":
        return when.year == end.year
    if precision == "day":
        return when == end
    return (when.year, when.month) == (end.year, end.month)


def _end_said(told: tuple[date, str], lang: Lang) -> str:
    when, precision = told
    if precision == "year":
        return t(lang, f"{when.year}年", str(when.year))
    if precision == "day":
        return fmt.day(when, lang)
    return t(lang, f"{when.year}年{when.month}月", when.strftime("%B %Y"))


def _unpaid_named(
    case: dict[str, Any], said: str, orders: list[int], lang: Lang, day: date, each: bool
) -> list[str]:
    """The children the message names (with `each`, all of them) that the monthly money does
    not pay ("and the older one gets nothing?", 老大没有吧), each refused for its order with
    the engine's reason."""
    from actions.results import refused_by_order  # results imports this module's neighbours

    report = settled_report(case, day)
    if report is None:
        return []
    named = {n for n in birth_orders_named(said) if n > 0} - set(orders)
    if each:
        named = {e.child for e in report.entitlements if e.child} - set(orders)
    paying = _paying(case, day)
    first = paying[0].id if paying else None
    return [
        refused_by_order(e.child, e, lang)
        for e in report.entitlements
        if e.child in named and e.status == "not_eligible" and e.id == first and e.reasons.get(lang)
    ]


def sums_answer(
    case: dict[str, Any], text: str, lang: Lang, day: date, each_unpaid: bool = False
) -> str | None:
    """The month's sum and the whole sum of the monthly money paid now to the case's children
    (see the module); None unless a sum is asked of two or more children paid, or a figure put
    is one of these sums."""
    said = normalise(text)
    told_end, undated = end_put(said, day)
    figures = [int(f.replace(",", "")) for f in FIGURE.findall(undated)]
    if not SUM_WORDS.search(said) and not (figures and CONFIRM.search(said)):
        return None
    if OTHER_MEASURE.search(NOT_ABOUT.sub(" ", said)) or not HOW_MUCH.search(said):
        return None  # "三孩一共能贷多少": the loan's figure; "一共几个孩子": no money asked
    paying = _paying(case, day)
    orders = sorted({e.child for e in paying if e.child})
    if len(orders) < 2:
        return _ever_paid(case, said, paying, lang, day)
    monthly = sum(e.monthly_amount_cny or 0 for e in paying)
    whole = sum(e.total_amount_cny or 0 for e in paying)
    shares = {e.monthly_amount_cny or 0 for e in paying}
    each: dict[int, list[int]] = {}  # each child's month and whole sum, the 200 with its 600
    for e in paying:
        sums = each.setdefault(e.child or 0, [0, 0])
        sums[0] += e.monthly_amount_cny or 0
        sums[1] += e.total_amount_cny or 0
    shares |= {month for month, _ in each.values()}  # "每个孩子800是吧": one child's 600 + 200
    known = {monthly, whole, *shares, *(total for _, total in each.values())}
    if (
        not SUM_WORDS.search(said)
        and not set(figures) & {monthly, whole}
        and (not BOTH.search(said) or set(figures) & shares)
    ):
        return None  # "一个月600是吧": one child's figure, answered elsewhere
    line = confirmed_money(paying, monthly, lang).removeprefix("对。").removeprefix("Yes. ")
    line = line.rstrip("。.")
    total = (
        t(lang, f"，共{fmt.money(whole, lang)}", f", {fmt.money(whole, lang)} in all")
        if whole
        else ""
    )
    clause = clause_name(paying[0].sources[0].clause, lang) if paying[0].sources else ""
    cite = t(lang, f"（{clause}）", f" ({clause})") if clause else ""
    verdict = ""
    if (figures or told_end) and CONFIRM.search(said):
        wrong = [
            t(lang, f"{fmt.money(f, lang)}不是这个数", f"{fmt.money(f, lang)} is not it")
            for f in figures
            if f not in known
        ]
        ends = [e.end for e in paying if e.end is not None]
        if told_end is not None and ends and not _same_end(told_end, min(ends)):
            said_end = _end_said(told_end, lang)
            wrong.append(t(lang, f"不是到{said_end}", f"not until {said_end}"))
        verdict = (
            t(lang, "对，", "Yes: ")
            if not wrong
            else t(lang, f"不对（{'；'.join(wrong)}），", f"No ({'; '.join(wrong)}): ")
        )
    lines = [f"{verdict}{line}{total}{cite}{t(lang, '。', '.')}"]
    lines += _unpaid_named(case, said, orders, lang, day, each_unpaid)
    extra = supplement_entry(case.get("city"))
    if extra is not None and _open_hardship(case, orders):
        more = int(value(extra, "monthly_amount_cny", day))
        lines.append(
            t(
                lang,
                f"以上不含困难家庭加发：出生时在领低保、特困供养或失业保险金的，每孩每月再加{more}元"
                f"（{clause_name(extra.clause, lang)}）。",
                f"Not counted: {more} yuan a month more per child if the family was on dibao, "
                f"special hardship support or unemployment benefit at the birth "
                f"({clause_name(extra.clause, lang)}).",
            )
        )
    return "\n".join(lines)


# Every child of the family asked of together (这家, 全家, 老二老三, "all the kids").
ALL_CHILDREN = re.compile(
    r"这家|全家|家里|所有|\ball (?:the |our |their )?(?:kids|children)\b", re.I
)


def _ever_paid(
    case: dict[str, Any], said: str, paying: list[Entitlement], lang: Lang, day: date
) -> str | None:
    """The sum over the children asked of together when one's money has ended and one's is
    still paid ("老二老三的育儿补贴加起来一共多少" of a 2nd child turned 3 and a 3rd paid 800):
    the month's money now, then each child's whole sum from the birth to its end and their sum,
    with the clause (tester 97 i9 was told "这个我帮不上忙"). None unless two or more children
    are or were paid and the message names them together."""
    from actions.results import paid_before_end  # results imports this module's neighbours

    named = {n for n in birth_orders_named(said) if n > 0}
    together = BOTH.search(said) or len(named) >= 2 or ALL_CHILDREN.search(said)
    if not (together or (not named and SUM_WORDS.search(said))):
        return None  # "一共多少钱" names no child: every child's sum
    report = settled_report(case, day)
    household = settled_household(case, day)
    if report is None or household is None:
        return None
    whole: dict[int, int] = {}
    ended: dict[int, date] = {}
    for (entry_id, child), paid in paid_before_end(household, report).items():
        whole[child] = whole.get(child, 0) + (paid or 0)
        ends = [e.end for e in report.entitlements if (e.id, e.child) == (entry_id, child)]
        end = ends[0] if ends else None
        if end is not None:
            ended[child] = end
    for e in paying:
        if e.child:
            whole[e.child] = whole.get(e.child, 0) + (e.total_amount_cny or 0)
    children = case.get("children_partial") or case.get("children") or []
    # "这家一共能领多少" of three children, only the 3rd paid: the family's sum is that child's
    family_asked = bool(ALL_CHILDREN.search(said)) and len(children) >= 2 and len(whole) == 1
    if (len(whole) < 2 and not family_asked) or not all(whole.values()):
        return None
    if named and not named <= set(whole) and not family_asked:
        return None
    births = {str(children[c - 1].get("birth_date")) for c in whole if c <= len(children)}
    if (len(births) < 2 and not family_asked) or _open_hardship(case, sorted(whole)):
        return None  # twins' one birth, or the 200 still open: case_total's sum and its if
    monthly = sum(e.monthly_amount_cny or 0 for e in paying)
    now = sorted({e.child for e in paying if e.child})
    names = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in now)
    month = (
        t(lang, f"现在每月{monthly}元（{names}）", f"Now {monthly} yuan a month ({names})")
        if now
        else t(lang, "现在每月都不再发放", "Nothing is paid by the month now")
    )
    parts = []
    for child in sorted(whole):
        money = fmt.money(whole[child], lang)
        stopped = ended.get(child)
        note = (
            t(lang, f"（已于{fmt.day(stopped, lang)}停发）", f" (stopped {fmt.day(stopped, lang)})")
            if stopped is not None
            else ""
        )
        parts.append(f"{fmt.child_label(child, lang)}{t(lang, '', ' ')}{money}{note}")
    total = fmt.money(sum(whole.values()), lang)
    source = next((e for e in report.entitlements if e.child in whole and e.sources), None)
    if source is None:
        return None
    entry = get_entry(source.id)
    age = int(value(entry, "age_limit_years", day)) if "age_limit_years" in entry.parameters else 0
    clause = clause_name(source.sources[0].clause, lang)
    span = t(lang, f"从出生到满{age}周岁", f"from each birth to age {age}") if age else ""
    summed = t(lang, f"＝{total}", f" = {total}") if len(parts) > 1 else ""
    unpaid = [i for i in range(1, len(children) + 1) if i not in whole]
    none = (
        t(
            lang,
            f"{'、'.join(fmt.child_label(i, lang) for i in unpaid)}没有这项补贴。",
            f" {', '.join(fmt.child_label(i, lang) for i in unpaid)}: none.",
        )
        if family_asked and unpaid
        else ""
    )
    return t(
        lang,
        f"{month}。\n{span}的总额：{'＋'.join(parts)}{summed}（{clause}）。{none}",
        f"{month}.\nThe whole sums {span}: {' + '.join(parts)}{summed} ({clause}).{none}",
    )


# Both sums asked at once, or the worked sum asked for ("一个月多少 总共多少", "你算一下",
# "a month and in total"): a family's own answer gives them in one sentence too.
BOTH_SUMS = re.compile(
    r"(?=.*(?:[一1]个月|每个?月|\bper month\b|\ba month\b|\bmonthly\b))"
    r"(?=.*(?:总共|一共能?领|[三3]年|总计|\bin (?:total|all)\b|\baltogether\b|\boverall\b))"
    r"|算(?:一下|一算|算)|\badd (?:it|them|that) up\b"
    # the whole sum asked alone ("那三年下来一共多少钱", "我问的是总共能拿多少钱 两个加起来",
    # "how much in total for both"): tester 53 c2 asked it twice and got each child's block
    # (not the month's sum alone: "俩双胞胎一个月一共能拿多少钱" is the family's monthly block)
    r"|^(?!.*(?:[一1]个月|每个?月|\bper month\b|\ba month\b|\bmonthly\b))(?=.*(?:"
    r"(?:[3三]年下来|总共|一共|合计|总计|加起来|加一起)[^，,。?？]{0,8}(?:多少|几)"
    r"|(?:多少|几)[^，,。?？]{0,8}(?:加起来|加一起)"
    r"|\b(?:how much|what)\b[^?]{0,30}\b(?:in total|altogether|all together|combined|overall)\b"
    r"|\btotal (?:for|of) (?:both|all|the two|the 2|the twins)\b))",
    re.I | re.S,
)


def family_sums(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """sums_answer for a citizen's family (its slots) when both sums, or the worked sum, are
    asked; the family's monthly block answers the month alone."""
    if not BOTH_SUMS.search(normalise(text)):
        return None
    return sums_answer(slots, text, lang, day)


# What happens once a child's money stops ("老二满3岁以后呢", "老二停了之后呢", "what about after
# child 2 turns 3?", "and once the older one turns 3?").
AFTER_ONE_STOPS = re.compile(
    r"满\s*(?:\d|[一二三四五六])\s*(?:周)?岁(?:了)?\s*(?:以后|之后|后)"
    r"|(?:老[大二三四]|[大小]的|第\s*\d\s*个(?:孩子|娃)?)\S{0,4}(?:停(?:发)?了?|不发了)"
    r"\s*(?:以后|之后|后)"
    r"|\b(?:after|once|when) (?:child \d|the (?:\w+ )?(?:one|child|kid|baby)|our \w+|"
    r"he|she|the \w+) (?:turns|reaches|stops getting)\b",
    re.I,
)
# What may follow "老二满3岁以后" and still ask about the money ("呢", "还有多少钱", "what then?");
# anything else ("满3岁以后上幼儿园有补贴吗") asks about something else.
AFTER_WORDS = re.compile(
    r"[\s\d?？!！.,，。呢吗啊呀了的还有钱补贴能领发多少怎样么]"
    r"|\b(?:then|what|happens|how|much|money|do|we|does|it|get|is|paid|years?|old)\b",
    re.I,
)
# A period put back ("一直到29年吗", "到27年9月是吧", "until 2029?", "till Sep 2027 right"): the
# end said with a word of "until".
UNTIL_PUT = re.compile(r"[到至]|\buntil\b|\btill\b|\bthrough\b|\bup to\b", re.I)


def total_until_answer(case: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """A monthly total put back with an end ("那1400是一直到29年吗", "一个月1400到27年9月是吧",
    "so 1400 a month until 2029?"), or what is paid once a child's money stops ("老二满3岁以后
    呢"): yes or no to the end put (the total lasts until the first child's money stops), then
    the money period by period with the clause. None for any other message, or when a figure
    put is not the month's total (answered elsewhere)."""
    said = normalise(text)
    told_end, undated = end_put(said, day)
    stops = AFTER_ONE_STOPS.search(said)
    after = stops is not None and not AFTER_WORDS.sub("", said[stops.end() :]).strip()
    put = told_end is not None and UNTIL_PUT.search(said) is not None
    if not put and not after:
        return None
    paying = _paying(case, day)
    if not paying or OTHER_MEASURE.search(NOT_ABOUT.sub(" ", said)):
        return None
    monthly = sum(e.monthly_amount_cny or 0 for e in paying)
    figures = {int(f.replace(",", "")) for f in FIGURE.findall(undated)}
    if figures - {monthly}:
        return None  # "1600一直到28年吗" of 1,400: the figure put right elsewhere
    if put and not figures and not MONEY_MEANT.search(undated):
        return None  # "老大到29年就上小学了吧": no money put back
    ends = sorted({e.end for e in paying if e.end is not None})
    if not ends:
        return None
    if put and not after and len(ends) == 1 and told_end and _same_end(told_end, ends[0]):
        return None  # "一个月1200到29年3月是吧" of twins: the family's own "对。" with each share
    verdict = ""
    if put and told_end is not None:
        if _same_end(told_end, ends[0]):
            verdict = t(lang, "对：", "Yes: ")
        else:
            verdict = (
                t(lang, "不对：", "No: ")
                if CONFIRM_RIGHT.search(said)
                else t(lang, "不是：", "No: ")
            )
    clause = clause_name(paying[0].sources[0].clause, lang) if paying[0].sources else ""
    cite = t(lang, f"（{clause}）", f" ({clause})") if clause else ""
    note = render.precision_note(
        case.get("children") or [], lang, about={e.child for e in paying if e.child}
    )
    said = f"{verdict}{in_stages(paying, lang, day)}{cite}{t(lang, '。', '.')}"
    return "\n".join(p for p in (said, note) if p)


# The money meant when no figure is put ("钱是一直到29年吗", "is the money paid until 2029?").
MONEY_MEANT = re.compile(
    r"钱|补贴|[一每]个?月|\bmoney\b|\bsubsidy\b|\ba month\b|\bmonthly\b|\bpaid\b", re.I
)
# A confirmation asked ("对吧", "是吧", "对不对"): a wrong end is answered 不对; a question
# ("是一直到29年吗") 不是.
CONFIRM_RIGHT = re.compile(r"对吧|是吧|对不对|是不是|对吗|没错吧")
