"""The sums of a family's (or a hotline case's) monthly money asked: "两个加起来一个月多少 总共多少
你算一下", "双胞胎一个月合计多少钱 三年总共多少钱", "1200对吧…43200是吧" (tester 49 c03 got each
child's block, the 200's rule, and "抱歉"). One answer: the month's sum with each child's
share, its end, and the whole sum to that end, with the clause; yes or no first to each figure
put. The figures are the engine's (Jinan clause 12), never code's."""

import re
from datetime import date
from typing import Any

from actions.focus import settled_report
from actions.headline import confirmed_money
from actions.hotline_twins import NOT_ABOUT, OTHER_MEASURE
from actions.supplement import supplement_entry
from policy_kb import format as fmt
from policy_kb.report import Entitlement
from policy_kb.rules.base import value
from policy_kb.text import Lang
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


def sums_answer(case: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """The month's sum and the whole sum of the monthly money paid now to the case's children
    (see the module); None unless a sum is asked of two or more children paid, or a figure put
    is one of these sums."""
    said = normalise(text)
    figures = [int(f.replace(",", "")) for f in FIGURE.findall(said)]
    if not SUM_WORDS.search(said) and not (figures and CONFIRM.search(said)):
        return None
    if OTHER_MEASURE.search(NOT_ABOUT.sub(" ", said)) or not HOW_MUCH.search(said):
        return None  # "三孩一共能贷多少": the loan's figure; "一共几个孩子": no money asked
    paying = _paying(case, day)
    orders = sorted({e.child for e in paying if e.child})
    if len(orders) < 2:
        return None
    monthly = sum(e.monthly_amount_cny or 0 for e in paying)
    whole = sum(e.total_amount_cny or 0 for e in paying)
    shares = {e.monthly_amount_cny or 0 for e in paying}
    known = {monthly, whole, *shares}
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
    if figures and CONFIRM.search(said):
        wrong = [f for f in figures if f not in known]
        verdict = (
            t(lang, "对，", "Yes: ")
            if not wrong
            else t(
                lang,
                f"不对（{'、'.join(fmt.money(f, lang) for f in wrong)}不是这个数），",
                f"No ({', '.join(fmt.money(f, lang) for f in wrong)} is not it): ",
            )
        )
    lines = [f"{verdict}{line}{total}{cite}{t(lang, '。', '.')}"]
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


# Both sums asked at once, or the worked sum asked for ("一个月多少 总共多少", "你算一下",
# "a month and in total"): a family's own answer gives them in one sentence too.
BOTH_SUMS = re.compile(
    r"(?=.*(?:[一1]个月|每个?月|\bper month\b|\ba month\b|\bmonthly\b))"
    r"(?=.*(?:总共|一共能?领|[三3]年|总计|\bin (?:total|all)\b|\baltogether\b|\boverall\b))"
    r"|算(?:一下|一算|算)|\badd (?:it|them|that) up\b",
    re.I | re.S,
)


def family_sums(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """sums_answer for a citizen's family (its slots) when both sums, or the worked sum, are
    asked; the family's monthly block answers the month alone."""
    if not BOTH_SUMS.search(normalise(text)):
        return None
    return sums_answer(slots, text, lang, day)
