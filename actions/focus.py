"""Answer first (issue 13): a question about one measure ("能领600吗", "坐地铁要买票不") is
answered from the facts that decide that measure only, and the full check is offered after.

The measure under question is kept in the slot `focus_entry` while the household form asks the
facts that decide it; `focused` tells the form and the result which mode they are in."""

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

from actions import clock, render
from actions.children import Child, precise_enough
from actions.headline import (
    AMOUNT_ASKED_MA,
    ENROLLED_AT,
    MONTHLY_TOTAL,
    NEGATED_FIGURE,
    BackThen,
    amount_asked,
    enrolled_at_months,
    outcome,
)
from actions.household import evaluate_back_then, household_from_slots
from actions.side_questions import MIN_WORD_SCORE, asks_back_pay, measure_terms, names_a_child
from policy_kb import InputError, evaluate, get_entry
from policy_kb.dates import add_months
from policy_kb.engine import rank_missing
from policy_kb.household import MAX_MONTHS_TO_DUE_DATE, Household
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement, Report
from policy_kb.rules.base import birth_as_said
from policy_kb.rules.base import reason as kb_reason
from policy_kb.search import search
from policy_kb.text import Lang, Text, TextList
from understanding import understand
from understanding.household import BABY_REGISTRATION, HARDSHIP_NAMED, moved_from_a_former_hukou
from understanding.rule_case import payers_said
from understanding.text import clauses, normalise
from wording.cities import CITIES, city_asked, mentioned_city, named_cities, patterns

FOCUS_SLOT = "focus_entry"
QUESTION_SLOT = "focus_question"  # the words of that question (its answer leads with yes/no)
SCOPE_SLOT = "check_scope"  # null: the money first; "all": every item
# A question, in either language: a question word or mark, or a yes/no tag at the end (要买票不).
QUESTION = re.compile(
    r"[吗么嘛？?]|[不没][\s。.!！]*$|呢(?:[\s，,。.!！]|$)|多少|几[天个年月岁号日]|多久|多长|能不能|可不可以|是不是|有没有"
    r"|多高|多大(?!的)"  # 小孩多高以下免费: the height asked
    r"|(?:领|拿|给|发|补|报)(?:个)?几(?:百|千|万)"  # 一个月能领几百: a sum asked
    # 北京给不给钱, 发不发, 算不算: asked as "A or not A"
    r"|给不给|发不发|算不算|行不行|领不领|报不报|管不管|免不免|批不批|享不享受|包不包|补不补"
    r"|要不要|用不用|是否|怎么|如何|咋|啥时候|什么时候|何时|到哪天|到几岁|哪天"
    r"|找谁|去哪|哪里|哪儿"  # "600从哪个月开始发 找谁申请": the office asked
    # "我们能休哪些假", "有哪几种假": which ones there are
    r"|哪些|哪几[种个项样]"
    # "入园托育有啥政策", "想问问…": asking what there is
    r"|有(?:啥|什么)(?:政策|补贴|补助|优惠|帮助|福利|待遇|好处)|想(?:问问?|了解|咨询)"
    # "听说爷爷奶奶长护险不用交钱了": something heard, to be confirmed
    r"|听说|听人说|\bi heard\b|\bsomeone (?:said|told)\b"
    # "我问的是上学 老大老二上学", "i asked about the LOAN": a question put again
    r"|我问的是|我是问|我想问的是"
    # "i just want the max loan amount": a figure wanted is a figure asked
    r"|\b(?:i|we) (?:just |only )?(?:want|need|wanna) (?:to know )?(?:the|our|my)\b"
    r"|\bi (?:was )?ask(?:ed|ing) (?:about|for|when|how|whether|if|where)\b"
    # "rent in chaoyang, any rent help": a clause opening on "any … help" asks for it
    r"|(?:^|[,.;!?]\s*|\b(?:and|so|but)\s+)any\s+(?:[a-z]+\s+){0,3}?(?:help|support|subsid\w*"
    r"|money|benefits?|polic(?:y|ies)|perks?|discounts?|allowances?"
    r"|tax(?:es)?|breaks?|relief|deductions?|credits?|leave|priority)\b"  # "any tax break for …"
    r"|(?:是|对|没错|不错)吧|对不对|\bright\W*$|\bcorrect\W*$"  # 一个月800是吧, "600 right"
    r"|\d\s*(?:块|元)?(?:了|啦)?呗[\s?？。!！]*$"  # 那就是一个月800了呗: a figure put back
    r"|^\s*(?:can|could|do|does|did|is|are|will|would|how|what|when|which|should|am)\b"
    r"|\b(?:how (?:much|many|long)|what|where|which|whether|whats|wheres|hows|whens)\b"
    # "when" inside a statement joins clauses ("we were on dibao when the twins were born")
    r"|\b(?:until|till|since|from) when\b"
    r"|\bwhen (?:do|does|did|is|are|was|were|will|would|can|could|should|must|shall)\b"
    # "first is 4 can we get the 600": a question opening after the facts, typed unstopped
    r"|(?:^|[,.;!?]\s*|\b(?:so|and|but|then)\s+|(?<=\d )|(?<=\bold )|(?<=\bmonths )"
    r"|(?<=\byears )|(?<=\bhukou )|(?<=\bjinan )|(?<=\bbeijing ))"
    r"(?:can|could|do|does|did|is|are|will|would|should"
    r"|am|may)\s+(?:i|we|she|he|it|they|you|my|our|the|there|this|that)\b"
    # "we rent dont own anything can we take money out …": "can we" after any word, unstopped
    r"|(?<=[a-z0-9] )(?<!\bif )(?<!\bwhen )(?<!\bas )(?<!\bthat )(?<!\bso )(?<!\bwhat )"
    r"(?:can|could|should|may) (?:i|we)\b(?! (?:do|did|have|are)\b)"
    # a hotline worker's request in nouns ("monthly amount and end date, clause please", 金额
    # 截止日期 哪条): the figures asked
    r"|\b(?:monthly )?(?:amount|figure|end date|start date|ceiling|cap)s?\b"
    r"(?=[^.;!?]{0,40}(?:\bclause\b|\bplease\b|\bpls\b|\?|$))"
    r"|\bclause,? (?:please|pls|no\.?|number)\b|\bwhich clause\b|\bclause\?"
    r"|哪条|第几条|条款号|金额和|截止日期|到期日",
    re.I,
)
# "我们想贷款买房 两口子都交公积金", "we want to take out a housing fund loan": a loan in view asks
# what the family can borrow (Jinan clause 14), though it reads as a fact (tester 41 c04)
LOAN_WISH = re.compile(
    r"(?:想|打算|准备|计划|要)(?:用公积金)?(?:贷款|贷)(?:买房|买房子|购房)?"
    # "如果我们买首套房能贷多少": the sum asked, in a clause the purchase supposed fills
    r"|(?:买|购)(?:首套|第一套)?(?:房子?|住房)\s*(?:的话)?\s*(?:能|可以|最多|最高)\s*贷(?:款)?(?:多少|几)"
    r"|\b(?:want|plan|planning|going|hope|hoping) to (?:take out |get |apply for )"
    r"(?:a |the )?(?:housing[- ]fund |home |house )?(?:loan|mortgage)\b"
    # "caller … wants loan for first home. max?" (tester 71 c10 got the rent withdrawal)
    r"|\bwants? (?:a |an |the )?(?:hpf |housing[- ]fund |fund )?(?:loan|mortgage)\b"
    r"|\b(?:loan|mortgage) for (?:a |the |their |our )?(?:first |1st )?"
    r"(?:home|house|flat|apartment)\b",
    re.I,
)
LOAN_MEASURE = "公积金贷款额度"
DELIVERY_MEASURE = "住院分娩"
# The hospital stay of a birth asked what it was covered ("生双胞胎住院 … 给报了多少").
BIRTH_STAY_COVERED = re.compile(
    r"(?<!发)生(?!病|了病|的病)(?:双胞胎|三胞胎|龙凤胎|孩子|娃|老\S|[二三2-3]胎|[二三2-3]宝)?[^，,。\s病]{0,3}"
    r"住院[^。？?]{0,20}报"
)
# "What can we get?" is the full check, not one measure.
WHOLE_CHECK = re.compile(
    # 所有, not the 所 of 托儿所 before 有 (托儿所有补贴吗: does the nursery get a subsidy)
    r"哪些|哪几|什么补贴|啥补贴|什么政策|啥政策|什么福利|啥福利|什么待遇|都有什么|全部|(?<![儿出务诊厕])所有"
    r"|都能(?![领拿]?\s*\d)"  # 都能领啥, but 双胞胎俩都能领600吗 asks about the 600
    r"|能领什么|能领啥|能享受什么|能享受啥|有什么[可能]|有啥[可能]|能拿什么|能拿啥"
    r"|[能可]以?[领拿]钱|有钱[领拿]|给不给钱|any money|get (?:any )?money"
    r"|what (?:benefits|support|help)|what (?:can|could|do|does|would|will) [\w\s']{0,25}?\b"
    r"(?:get|claim|receive|qualify)|what'?s (?:available|on offer)"
    r"|what (?:are|is) (?:we|i|she|he|they|there)\b.{0,20}(?:for|to)\b|which benefits"
    # "what money can we get", "which subsidies do we get" (tester 36 c02): the money, all of it
    r"|(?:what|which) (?:money|subsid(?:y|ies)|allowances?|cash|payments?) (?:can|could)\b"
    r"|everything|all the",
    re.I,
)
MIN_QUOTED_AMOUNT = 100  # a number this large quoted in a question is an amount, not an age
MIN_SCORE = 4.5  # a measure named well enough to answer about it alone
MARGIN = 1.15  # ... and clearly ahead of the next one
NUMBER = re.compile(r"\d+(?:\.\d+)?")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?=\s*(?:年|[-/.]\s*\d))")


def _figures(entry: Entry, share: bool = False) -> set[float]:
    """The measure's figures; with `share`, only its rates (0.5 of 50 %), else every other one:
    a rate is named by a percentage, never by a bare number ("一个学校" is no 100 %)."""
    return {
        float(v)
        for p in entry.parameters.values()
        if (p.unit == "share") == share
        for v in p.values.values()
        if isinstance(v, int | float)
    }


# A figure put back to be confirmed ("so it's 15 days right?", "就是158天是吧", "最多60万对吧"):
# a tag asking for a yes, and the number (万, million, k scale it); years, ages and dates are no
# figure.
FIGURE_CHECK = re.compile(
    r"(?=.*(?:是吧|对吧|对吗|是吗|是不是|对不对|对还是不对|没错吧|[吧呗][\s?？。!！]*$|真的吗|是真的|靠谱吗"
    r"|\bright\b|\bcorrect\b"
    # a figure someone gave, checked against the plan (单位只给了15天陪产假 北京方案是这么规定的吗)
    r"|这么规定|这样规定|是这样吗|合规吗|合法吗|够不够|\bis that what\b|\bis that legal\b"
    # days of leave asked with 吗 or "?" ("能休15天陪产假吗", "陪产假有15天吗", "dad gets 15 days
    # off?"): a figure put to be confirmed, which a plan may not give (Beijing's clause (12))
    r"|\d\s*天[^，,。?？]{0,6}假[^，,。?？]{0,3}吗|假[^，,。?？]{0,4}\d+\s*天[^，,。?？]{0,3}吗"
    r"|\b\d+\s*days?\b[^.?!]{0,25}\b(?:off|leave)\b[^.?!]{0,10}\?"
    r"|isn'?t it|\bis (?:it|that)\b|\btrue\b|\breally\b|\byes or no\b|\bright or wrong\b"
    r"|^\W*so\b[^?]*\d[^?]*\?\s*$"  # "so it's 1000 a month?", "so 1600 for both?"
    # "would the max be 1,000,000?", "does it go up to 1 million?": a figure put to be confirmed
    r"|\b(?:would|will|does|is|could) (?:the )?(?:max|maximum|limit|ceiling|cap|it)"
    r" (?:be|go up to|reach|come to)\b[^?.]*\d"
    # a figure someone else gave ("我单位说128天", "HR said 98 days"): to be checked too
    r"|(?:单位|公司|人家|别人|朋友|网上|领导|人事)说"
    r"|\b(?:hr|boss|employer|company|work|someone|friends?|people|they)"
    r" (?:said|says|told (?:me|us))\b))"
)
# An either/or question about how the money comes ("do we need to apply for the 800 or is it
# automatic?", "800是自动发还是要自己申请"): which of two ways, never a figure put back for a yes
# or no.
EITHER_OR = re.compile(
    r"(?=.*(?:\bor\b|还是))(?=.*(?:\bautomatic|\bapply|自动|直接(?:发|打)|申请))", re.I
)
HEIGHT_SAID = re.compile(
    r"(?<![\d.])1\s*米\s*\d{0,2}(?!\d)|(?<![\d.])1\.\d{1,2}\s*(?:m|米|meters?|metres?)\b"
    r"|(?<![\d.])\d{2,3}\s*(?:cm|厘米|公分)",
    re.I,
)
FIGURE = re.compile(
    r"(?<![\d.])(?<!under )(?<!below )(?<!aged )(?<!age )(?<!老)(?<!第)"
    # nor a caller's number ("回到来电人1 她问…是不是还能免", tester 120 p9 heard "不是这个数")
    r"(?<!来电)(?<!来电人)(?<!caller )(?<!caller)(?<!caller #)"
    r"(?<!kids )(?<!kid )(?<!children )"  # "kids 10, 4 and 1": their ages
    # nor a clause or item asked for (哪一条, normalised 哪1条; 给1句话)
    r"(\d+(?:\.\d+)?)\s*(万|million\b|k\b)?(?!\s*(?:年|岁|个月|月|号|日|点|条|项|句|%|个百分点|个点|percent"
    r"|years?|months?|yrs?)|[\d.])"
    # a child's order or a count of people is no figure to confirm ("二宝的医保要交钱吗 …是不是
    # 也免": 2宝, tester 23 c6 got "不是这个数。"; "2 kids right?")
    # nor a thing counted ("老大老二能不能上一个学校": 1个学校, tester 57 c4 heard "不是这个数")
    r"(?!\s*(?:宝|孩|胎|娃|个|kids?\b|child(?:ren)?\b|bab(?:y|ies)\b))",
    re.I,
)


THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
SCALE = {"万": 10_000, "million": 1_000_000, "k": 1_000}

# The family's children counted with no noun ("我们就俩", "我家就两个了", "we only have two"):
# a fact of the same message, applied before a figure is checked, not a figure to confirm
# (tester 40 r08: "老三有的话能优先上普惠幼儿园是吧 我们就俩" got "不是这个数").
FAMILY_COUNT = re.compile(
    r"(?:我们|我家|咱们|咱家|俺们|俺家|家里)(?:家)?(?:就|只|只有|才|一共|总共|现在|目前)*(?:有|是)?"
    r"\s*\d\s*(?:个)?(?=\s*(?:$|[，,。.!！?？~]|了|啊|呀|呢|嘛|而已))"
    r"|\bwe (?:only |just )?(?:have|'ve got|got|are) (?:only |just )?\d\b"
    r"(?!\s*(?:yuan|rmb|cny|days?|weeks?|months?|years?|%|percent|k\b|万))",
    re.I,
)


def figures_checked(text: str) -> tuple[set[float], set[float]]:
    """The numbers and the percentages (as shares) a message asks to confirm ("陪产假15天对吧":
    {15}; "so it's 50% right?": shares {0.5}); both empty when it asks for no yes."""
    said = FAMILY_COUNT.sub(" ", normalise(text))
    said = THOUSANDS.sub("", said)  # "28,800 altogether?": one figure, not 28 and 800
    # "没有那200了是吧", "no extra 200 right?": an amount said to be missing is no figure put
    # back as paid (tester 50 c2 heard "不是200元" beside the 1,200 it confirmed)
    said = NEGATED_FIGURE.sub(" ", said)
    # "1米3以下坐公交地铁是不是免费": a height limit named, no 1 and 3 to confirm (tester 103 h1
    # heard "对。" and the tax deduction of children under 3)
    said = HEIGHT_SAID.sub(" ", said)
    if not FIGURE_CHECK.search(said) or EITHER_OR.search(said):
        return set(), set()
    numbers = {float(n) * SCALE.get(unit, 1) for n, unit in FIGURE.findall(said)}
    return numbers, shares(said)


def checked_figure(entry: Entry, text: str) -> bool | None:
    """Whether the figure `text` asks to confirm is one of `entry`'s (True), none of them
    (False), or None when it quotes no figure or `entry` has none to compare with."""
    numbers, quoted = figures_checked(text)
    if not numbers and not quoted:
        return None
    own, own_shares = _figures_in_unit_said(entry, text, numbers), _figures(entry, share=True)
    if not own and not own_shares:
        return None
    return bool(
        numbers & (own | paid_together_sums(entry) | set(whole_period_totals(entry)))
        or quoted & own_shares
    )


def paid_together_group(entry: Entry) -> list[Entry]:
    """The monthly money paid under one clause with `entry`, the city's subsidy first (Jinan
    clause 12: the 600 subsidy and its 200 hardship supplement); [] for other measures."""
    base = monthly_subsidy(entry.city)
    if base is None or not is_monthly_money(entry):
        return []
    beside = same_payment(base)
    return [base, *(e for e in _monthly(base.city) if e.id in beside and e.id != base.id)]


def paid_together_sums(entry: Entry) -> set[float]:
    """The monthly sums a child may be paid with `entry` and the money paid with it (Jinan
    clause 12: 600 + 200 = 800): a figure to confirm that is such a sum is the measure's too,
    not "not the figure" of the 200 alone (tester 38 c07)."""
    group = paid_together_group(entry)
    amounts = [
        float(e.param("monthly_amount_cny").value)  # type: ignore[arg-type]
        for e in group
        if "monthly_amount_cny" in e.parameters
    ]
    return {sum(amounts)} if len(amounts) > 1 else set()


def whole_period_totals(entry: Entry) -> dict[float, list[Entry]]:
    """The whole period's money of monthly money paid until an age limit, no family known, each
    with the measures whose monthly sum it is (Jinan clause 12: 600 x 36 months = 21,600 for the
    subsidy, (600+200) x 36 = 28,800 with its hardship supplement): a total put back ("28800对不
    对") is the measure's figure, not "not the figure" (tester 46 c02). From the data only."""
    group = paid_together_group(entry) or ([entry] if is_monthly_money(entry) else [])
    if not group or "monthly_amount_cny" not in group[0].parameters:
        return {}
    limit = group[0].parameters.get("age_limit_years")
    if limit is None:
        return {}
    months = int(limit.value) * 12  # type: ignore[arg-type]
    totals: dict[float, list[Entry]] = {}
    for size in range(1, len(group) + 1):
        paid = group[:size]
        monthly = sum([int(e.param("monthly_amount_cny").value) for e in paid])  # type: ignore[misc,arg-type]
        totals[float(monthly * months)] = paid
    return totals


def _figures_in_unit_said(entry: Entry, text: str, numbers: set[float]) -> set[float]:
    """`entry`'s figures (rates aside) in the unit a message says ("15天": days), or in yuan
    for an amount of 100 or more said bare ("tax deduction 1000 a month, true?" of a measure
    whose only figure is an age limit of 3 years: none to compare with)."""
    # a unit asked about is no unit of the figure put back ("一个月800是吧 … 育儿假几天": the
    # 800 is no number of days, tester 48 c1 got "不是这个数" of the leave)
    said = UNIT_ASKED.sub(" ", normalise(text))
    units = [unit for pattern, unit in UNITS_SAID if pattern.search(said)]
    if not units and any(n >= MIN_QUOTED_AMOUNT for n in numbers):
        units = ["cny"]
    return {
        figure
        for p in entry.parameters.values()
        if p.unit != "share" and (not units or any(u in p.unit.lower() for u in units))
        for figure in _all_figures_in(p.values)
    }


# A unit asked about, with no figure of its own ("几天", "多少平", "how many days").
UNIT_ASKED = re.compile(
    r"(?:几|多少)\s*(?:天|平米?|块钱?|元)|\bhow (?:many|much) (?:days?|square|yuan)\b", re.I
)
# The unit said with a figure, as the parameters' units name it ("15天" → days).
UNITS_SAID = [
    (re.compile(r"天|days?\b", re.I), "day"),
    (re.compile(r"平|㎡|square|\bm2\b|sqm", re.I), "square"),
    (re.compile(r"元|块|yuan|rmb|万|million|\bk\b", re.I), "cny"),
]


def figure_named(text: str, city: str | None) -> Entry | None:
    """The one measure of `city` a figure names, in the unit said ("is the 15 days paid?":
    paternity leave; "where do i apply for the 600": the childcare subsidy; a bare amount of 100
    or more is yuan); None when no figure, or several measures have it ("158 and 15": 15 days
    or 15 m²)."""
    said = normalise(text)
    numbers = {float(n) * SCALE.get(unit, 1) for n, unit in FIGURE.findall(said)}
    units = [unit for pattern, unit in UNITS_SAID if pattern.search(said)]
    if not units and any(n >= MIN_QUOTED_AMOUNT for n in numbers):
        units = ["cny"]
    return _one_with_figure(numbers, units, city)


def measure_with_figure(text: str, city: str | None) -> Entry | None:
    """The one measure of `city`'s plan whose figure, in the unit said, a message puts back to be
    confirmed ("so its 15 days right?" after the hardship supplement: the paternity leave's 15
    days, not the rental area's 15 m²); None when none or several have it."""
    numbers, _ = figures_checked(text)
    said = normalise(text)
    found = _one_with_figure(
        numbers, [u for pattern, u in UNITS_SAID if pattern.search(said)], city
    )
    base = monthly_subsidy(city) if found is None else None
    if base is not None and numbers & set(whole_period_totals(base)):
        return base  # "老三28800对吧" after the rent withdrawal: the 600 and 200's whole period
    return found


def _one_with_figure(numbers: set[float], units: list[str], city: str | None) -> Entry | None:
    """The one measure of `city` with one of `numbers` among its figures (rates aside) in one of
    `units` (any unit when none is said); None when none or several have it."""
    if not numbers or city is None:
        return None
    found = [
        e
        for e in catalogue().entries.values()
        if e.city == city
        and any(
            numbers & _all_figures_in(p.values)
            and (not units or any(u in p.unit.lower() for u in units))
            for p in e.parameters.values()
            if p.unit != "share"
        )
    ]
    return found[0] if len(found) == 1 else None


def by_table(entry: Entry) -> bool:
    """Whether a figure of `entry` depends on the family (a table: Jinan clause 14's loan
    ceilings by children and payers)."""
    return any(isinstance(v, dict) for p in entry.parameters.values() for v in p.values.values())


def all_figures(entry: Entry) -> set[float]:
    """Every number of `entry`'s parameters but its rates, also inside tables (Jinan clause
    14's loan ceilings by children and payers)."""
    found: set[float] = set()
    for p in entry.parameters.values():
        if p.unit != "share":
            found |= _all_figures_in(p.values)
    return found


def _all_figures_in(value: object) -> set[float]:
    """The numbers in a parameter's values, walking into tables."""
    if isinstance(value, dict):
        return {n for v in value.values() for n in _all_figures_in(v)}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {float(value)}
    return set()


# A percentage quoted ("报百分之50是吧", "能报50%吗", "提高5个点", "5 percentage points"): a share
# of 0.5, 0.05
PERCENT = re.compile(
    r"百分之\s*(\d+(?:\.\d+)?)"
    r"|(\d+(?:\.\d+)?)\s*(?:%|个百分点|百分点|个点|percent\b|(?:percentage )?points?\b)",
    re.I,
)


def shares(text: str) -> set[float]:
    """The percentages quoted in `text`, as shares (50% → 0.5)."""
    return {round(float(a or b) / 100, 6) for a, b in PERCENT.findall(text)}


def rate_quoted(text: str, city: str | None, lang: str) -> Entry | None:
    """The measure whose rate `text` quotes, among those the search finds for it ("住院报销多5个点
    那个呢", "the 5 points more on hospital stays": Jinan clause 15's children's inpatient rate,
    5 percentage points), or None when no percentage is quoted or no measure found has it."""
    quoted = shares(normalise(text))
    if not quoted:
        return None
    try:
        hits = search(text, lang="zh" if lang == "zh" else "en", city=city, limit=5)
    except InputError:
        return None
    return next((h.entry for h in hits if quoted & _figures(h.entry, share=True)), None)


def named_entry(text: str, city: str | None, facts: list[str] | None = None) -> Entry | None:
    """The measure `text` names by its title or a synonym (the longest match wins; of `city`
    when known; a match inside one of the `facts` spans, such as 居民医保 said as the family's
    insurance, does not count), or None when none is named or two cities' measures tie."""
    said = text.casefold()
    spans = [f.casefold() for f in facts or []]
    best: list[Entry] = []
    only_more: set[str] = set()  # entries named by a word of "more" alone (多给, 加发)
    length = 0
    for entry in catalogue().entries.values():
        if city is not None and entry.city != city:
            continue
        terms = [
            term
            for term in measure_terms(entry)
            if len(term) >= 2 and _named_outside(term, said, spans)
        ]
        found = max((len(term) for term in terms), default=0)
        if terms and all(MORE_WORD.fullmatch(term) for term in terms):
            only_more.add(entry.id)
        if found > length:
            best, length = [entry], found
        elif found and found == length:
            best.append(entry)
    if len(best) > 1:  # "双胞胎产假能多给几天": more of the leave named, not the 200 more
        best = [e for e in best if e.id not in only_more] or best
    return best[0] if len(best) == 1 else None


# Words of "more" that name the 200 yuan supplement only when no other measure is named beside
# them: 多给, 多发, 多补, 加发, 额外给, 能多领.
MORE_WORD = re.compile(r"多给|多发|多补|加发|额外给|能多领|加钱")


def _named_outside(term: str, said: str, spans: list[str]) -> bool:
    """Whether `term` occurs in `said` (casefolded) somewhere that overlaps none of the fact
    `spans`: "employee maternity insurance" told as the family's insurance names no measure,
    though the fact's span is only "employee maternity"."""
    word = term.casefold()
    if word not in said:  # the common case, without building the spans' positions
        return False
    taken = [place for span in spans if span for place in _occurrences(span, said)]
    return any(
        all(end <= a or b <= start for a, b in taken)
        for start, end in _occurrences(word, said)
        if _whole_word(said, start, end)
    )


def _whole_word(said: str, start: int, end: int) -> bool:
    """Whether the match said[start:end] is no part of a longer Latin word: Beijing (8)'s "ART"
    is not named in "she starts primary next year" (tester 24 c02 got the IVF paragraph with
    its schools question). Chinese terms match anywhere, as before."""
    before = said[start - 1] if start > 0 else " "
    plural = re.match(r"e?s\b", said[end:])  # "kindergartens", "leaves": still the term
    end += plural.end() if plural else 0
    after = said[end] if end < len(said) else " "
    return not (
        (said[start].isascii() and said[start].isalpha() and before.isascii() and before.isalpha())
        or (
            said[end - 1].isascii()
            and said[end - 1].isalpha()
            and after.isascii()
            and after.isalpha()
        )
    )


def _occurrences(needle: str, haystack: str) -> Iterator[tuple[int, int]]:
    """Each (start, end) of the literal `needle` in `haystack`, overlapping ones too. A plain
    string search: a regular expression per catalogue term overflowed `re`'s cache of compiled
    patterns, and recompiling them took most of a policy answer's time (make bench-bot)."""
    start = haystack.find(needle)
    while start != -1:
        yield start, start + len(needle)
        start = haystack.find(needle, start + 1)


def fact_spans(text: str) -> list[str]:
    """The spans of `text` the understanding layer reads as the family's facts."""
    return sorted({u.span for u in understand(text, {}, None, clock.today()) if u.span}, key=len)


def told_spans(text: str) -> list[str]:
    """`fact_spans` without a span that holds a question: a fact read from a whole message
    ("是 济南户口 我老公公积金交着 想买第一套房 能贷多少" read as one contributor) does not make
    the measure its question names ("能贷多少", clause 14's loan ceiling) a fact's words."""
    return [span for span in fact_spans(text) if not QUESTION.search(span)]


# Grandparents asking what they themselves get ("我们老人能有啥补贴", "what do grandparents get"):
# the measure for grandparents, named by its synonym in policy_kb's data (Jinan clause 15).
FOR_GRANDPARENTS = re.compile(
    r"(?:老人|老年人|爷爷奶奶|姥姥姥爷|外公外婆|祖父母|老两口|老夫妻"  # 老两口 reads 老夫妻
    # a grandparent and their spouse ("我和老头子能有啥", "俺跟老伴儿有补贴不"): the old couple
    r"|(?:我|俺)(?:和|跟|与|同|还有)(?:我家|俺家|我们家|家里)?(?:的)?"
    r"(?:老头子?|老头儿|老伴儿?|老婆子|老太婆|老爷子|老太太)"
    r"|(?:老头子?|老头儿|老伴儿?|老婆子|老太婆)(?:和|跟|与)(?:我|俺)"
    r"|(?:当|做)?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公)的)[^，,。]{0,6}"
    r"(?:补贴|好处|待遇|政策|享受|能领|能拿|有啥|有什么|有没有|能得|得点|得到|能有|沾(?:上)?(?:点)?光"
    # 爷爷奶奶参加长护险能补吗: their own care insurance (Jinan clause 15), asked
    r"|(?:参加|交|缴|上)(?:长护险|长期护理保险|护理保险)(?=[^，,。]{0,3}(?:能补|补吗|补不补|免|不用交)))"
    r"|老人(?:也|都)有"
    # money given to the old ("有没有给老人的钱", 给爷爷奶奶的补贴): asked of the old, not the child
    r"|给(?:我们)?(?:老人|老年人|老两口|爷爷奶奶|姥姥姥爷|外公外婆|祖父母|奶奶|爷爷|姥姥|姥爷|外婆|外公)"
    r"(?:家)?的?(?:钱|补贴|好处|待遇|政策)"
    # something there for the old ("就是问北京有没有给爷爷奶奶的", tester 51 c02): asked of them
    r"|(?:有没有|有啥|有什么|有)给(?:老人|老年人|老两口|爷爷奶奶|姥姥姥爷|外公外婆|祖父母)的"
    r"|\b(?:money|anything|subsid\w*|benefits?|support) for (?:us |the |our )?"
    r"(?:old (?:folks|people)|elderly|grandparents)\b"
    r"|grand(?:parents?|ma|pa)s?\b[^,.]{0,12}\b(?:get|receive|benefit|subsid|anything|save)"
    r"|(?:for|to) (?:us |the |our )?grand(?:parents|ma|pa)s?\b",  # count for the grandparents
    re.I,
)
# A grandparent saying who is asking, then asking what they get ("俺是姥姥 俺有啥",
# "我们老两口帮着带孩子 我们有啥吗", "I'm the grandma, anything for me?"): the same question.
GRANDPARENT_SPEAKING = re.compile(
    r"(?:我|俺|咱)们?(?:是|就是|这)?(?:孩子的?|娃的?|他的|她的)?"
    r"(?:老两口|老夫妻|老人|姥姥|姥爷|外婆|外公|奶奶|爷爷|祖父母)"
    r"|\b(?:i'?m|i am|we'?re|we are|as) (?:the |her |his |their |a )?"
    r"grand(?:ma|pa|mother|father|parents?)\b",
    re.I,
)
ASKED_FOR_ONESELF = re.compile(
    r"(?:我|俺|咱)们?(?:也|自己|自个)?(?:有啥|有什么|有没有|能有|能领|能拿|能得|能享受|有好处|有份|有补贴)"
    r"|\b(?:for (?:me|us|myself|ourselves)|do (?:i|we) get|can (?:i|we) get"
    r"|is there \w+ for (?:me|us))\b",
    re.I,
)


# A grandparent named by the parent, then what she or he gets asked ("我问的是我婆婆 孩子奶奶
# 她帮带孩子有啥补贴没", 孩子姥姥帮我们带娃 她能有啥, "my mother-in-law looks after the kids, does
# she get anything?", "is there anything for my mom, she helps with the baby"), tester 49 c06.
GRANDPARENT_NAMED = (
    r"(?:婆婆|公公|岳母|岳父|丈母娘|老丈人|婆家|娘家妈|(?:孩子|娃|宝宝)的?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公)"
    r"|(?:我|俺)(?:的)?(?:妈|爸|父母|爸妈|公婆)|奶奶|爷爷|姥姥|姥爷|外婆|外公)"
)
_NOT_OF_A_CHILD = "".join(
    f"(?<!{w})"
    for w in (
        "孙子",
        "孙女",
        "外孙",
        "孩子",
        "娃",
        "宝宝",
        "儿子",
        "闺女",
        "女儿",
        "老大",
        "\u2060",
    )
)
# "my wife's parents", "our husband's mom": the spouse's parents, the children's grandparents
# (tester 134 p7 was given parental leave for "anything for my wife's parents").
SPOUSES = r"(?: (?:wife|husband|partner|spouse|hubby|wifey)'?s)?"
GRANDPARENT_ASKED_OF = re.compile(
    GRANDPARENT_NAMED + r"[^。？?！!]{0,16}?"
    r"(?:(?:她|他|他们|她们|老人)(?:们)?(?:自己)?[^。？?！!]{0,4}?"
    r"(?:有啥|有什么|有没有|能有|能领|能拿|能享受|能得|有补贴|有好处|有份)"
    # not asked of a child ("我是孩子奶奶 想问问我孙子能领啥补贴": the grandson's, tester 53 c1)
    r"|(?<![我俺们咱])"
    + _NOT_OF_A_CHILD
    + r"(?:有啥补贴|有什么补贴|有补贴|有没有补贴|有啥好处|有什么好处|能领啥"
    r"|有啥政策|有什么政策"
    r"|(?:能|也能|可以)?沾(?:上)?(?:点)?(?:啥)?光|能受益))"  # 我婆婆能沾光不: gets anything
    r"|\b(?:mother-in-law|father-in-law|in-laws|(?:(?:my|our)"
    + SPOUSES
    + r"|the kids'?|the baby'?s) "
    r"(?:mom|mum|mother|dad|father|parents|grandma|grandpa|granny|grandmother|grandfather))\b"
    r"[^.!]{0,50}\b(?:(?:does|do|can|could|would|will) (?:she|he|they) get"
    r"|(?:anything|something|subsid\w*|benefits?|money|support) for (?:her|him|them))\b"
    r"|\b(?:anything|something|subsid\w*|benefits?|money|support) for (?:(?:my|our)"
    + SPOUSES
    + r"|her|his) "
    r"(?:mother-in-law|father-in-law|in-laws|mom|mum|mother|dad|father|parents|folks)\b",
    re.I,
)


def asks_for_grandparents(said: str) -> bool:
    """Whether `said` asks what grandparents themselves get: named in the question
    (FOR_GRANDPARENTS, GRANDPARENT_ASKED_OF), or a grandparent speaking and asking for
    themselves."""
    if FOR_GRANDPARENTS.search(said) or GRANDPARENT_ASKED_OF.search(said):
        return True
    speaking = GRANDPARENT_SPEAKING.search(said)
    return speaking is not None and ASKED_FOR_ONESELF.search(said, speaking.end()) is not None


GRANDPARENTS_MEASURE = "祖父母补贴"
# Kindergarten asked for a child under 3 ("儿子2岁 能不能早点上幼儿园", "can he go to kindergarten
# early? hes 2"): the nursery classes kindergartens open for ages 2 to 3 (Beijing clause (10)),
# named by its synonym in policy_kb's data, not the education clause (13) (tester 27 c02, r6).
EARLY_KINDERGARTEN = re.compile(
    r"(?:提前|早点|早些|早一点|早一年|不满3岁|不到3岁|(?<!\d)[2两二]岁(?:半|多)?)[^，,。?？]{0,8}"
    r"(?:幼儿园|入园)"
    # 幼儿园收不收两岁的, 幼儿园能不能收2岁: the age the kindergarten takes, said after it
    # (normalised: the age a place takes reads 幼儿, 幼儿园收不收幼儿)
    r"|幼儿园[^，,。?？]{0,6}(?:收|招|要|上|进)[^，,。?？]{0,3}(?:(?<!\d)[2两二]岁|幼儿)"
    r"|\bearly (?:to )?(?:kindergarten|preschool)\b"
    r"|\b(?:kindergarten|preschool)\b[^.?!]{0,30}(?:\bearly\b|\bat (?:2|two)\b"
    r"|\b(?:he|she)'?s (?:2|two)\b|\b(?:he|she) is (?:2|two)\b|\b(?:hes|shes) (?:2|two)\b"
    r"|\b(?:2|two)[- ]years?[- ]old\b|\bunder (?:3|three)\b)"
    r"|\b(?:2|two)[- ]years?[- ]old\b[^.?!]{0,30}\b(?:kindergarten|preschool)\b",
    re.I,
)
NURSERY_CLASS_MEASURE = "幼儿园托班"
# Priority asked of a place ("能优先不", "排前面", "get priority"): the many-child families' rule.
# (not "有啥照顾不", what going there brings: tester 73 c1 got the rent withdrawal again)
PRIORITY_ASKED = re.compile(
    r"优先|排前|(?<!有啥)(?<!有什么)(?<!有没有)(?<!有无)照顾|\bpriorit", re.I
)

# Going to kindergarten asked with what it brings ("孩子上幼儿园有啥优惠不", "any help when
# she starts kindergarten?"): the plan's kindergarten measures, not the childcare clause's
# nursery classes (tester 40 r08 got Jinan clause 8 instead of clause 13).
KINDERGARTEN_ASKED = re.compile(
    r"幼儿园|入园|\b(?:kindergartens?|preschools?|pre-schools?)\b", re.I
)
KINDERGARTEN_BENEFIT = re.compile(
    r"优惠|好处|补贴|补助|资助|政策|减免|照顾|福利|帮|支持|有啥|有什么|有没有|能享受"
    r"|\b(?:benefits?|help|support|discounts?|subsid\w*|perks?|assistance|anything|what)\b",
    re.I,
)
KINDERGARTEN_WORD = "幼儿园"  # the word each kindergarten measure's Chinese synonyms hold


def kindergarten_measures(text: str, city: str | None) -> list[Entry]:
    """The city's education measures for kindergarten when `text` asks what going to
    kindergarten brings (Jinan clause 13: priority for three-child families and pre-school aid;
    Beijing (13): inclusive places), in the catalogue's order; [] for an early place at 2
    (nursery classes), a nursery, a priority asked, or a measure named by its own words."""
    said = normalise(text)
    if (
        city is None
        or not KINDERGARTEN_ASKED.search(said)
        or not KINDERGARTEN_BENEFIT.search(said)
        or NURSERY.search(said)
        or EARLY_KINDERGARTEN.search(said)
        or PRIORITY_ASKED.search(said)
    ):
        return []
    education = [
        e for e in catalogue().entries.values() if e.city == city and e.kind == "education"
    ]
    clauses = {e.clause for e in education if any(KINDERGARTEN_WORD in s for s in e.synonyms.zh)}
    # the clause's other measures too: Jinan 13's siblings in one school district goes with its
    # kindergarten priority and pre-school aid (tester 57 heard two of the three)
    found = sorted(
        (e for e in education if e.clause in clauses),
        key=lambda e: not any(KINDERGARTEN_WORD in s for s in e.synonyms.zh),
    )
    named = named_entry(said, city, [])
    if named is not None and named in found and len(found) > 1:
        return [named]  # "幼儿园学费能减免吗": the pre-school aid it names
    if KINDERGARTEN_MONEY.search(said):
        # "上幼儿园 俺家困难 有补助吗": the aid first, and no priority's "没有" before it (tester
        # 64 c4 heard 没有 of the three-child priority, then that the aid exists)
        found = [e for e in found if "优先" not in e.title.zh]
        found.sort(key=lambda e: not AID_WORDS.search(e.title.zh))
    return found


# Money asked of kindergarten (有补助吗, 学费能减吗, "any subsidy for kindergarten fees"), not what
# else it brings.
KINDERGARTEN_MONEY = re.compile(
    r"补助|补贴|资助|减免|学费|保教费|的钱|给钱|\b(?:subsid\w*|fees?|money|aid|grants?|cheaper)\b",
    re.I,
)
AID_WORDS = re.compile(r"资助|补助|补贴|减免")


# A childcare place (托儿所, nursery, daycare) and money for it in one question ("老三上托儿所有
# 补贴不", "the twins go to a nursery later, is there help with fees?", "上托儿所的钱").
NURSERY = re.compile(
    r"托儿所|托育|托班|入托|送托|日托|\bnurser(?:y|ies)\b|\bday ?care\b|\bcreche\b"
    r"|\bchildcare (?:centre|center|place|fees?)s?\b",
    re.I,
)
NURSERY_MONEY = re.compile(
    r"补贴|补助|的钱|费用|学费|托费|托育费|便宜|优惠|报销|给钱|多少钱|要钱"
    r"|补不补|给不给补|(?:政府|国家)(?:给)?补"  # 托育园送孩子政府补不补
    r"|\bfees?\b|\bsubsid|\bhelp\b|\bcosts?\b|\bpays?\b|\bmoney\b|\bcheaper\b|\ballowance"
    # a sum a month named ("nursery gives 400 a month per kid, does she get that cash?")
    r"|\bcash\b|\d{3}\s*(?:yuan|rmb|元|块)?\s*(?:a|per|each|/|每(?:人|个)?)\s*(?:month|月)|每(?:人|个)?月\s*\d{3}",
    re.I,
)


def nursery_fees(said: str, city: str | None) -> Entry | None:
    """The city's subsidy for childcare fees (Jinan clause 12: 400 yuan per child a month to
    recorded nurseries at the inclusive price) when a question names a nursery and money for
    it, whatever was discussed before; None in a city whose plan has no such money."""
    if city is None or not NURSERY.search(said) or not NURSERY_MONEY.search(said):
        return None
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city
            and e.kind == "cash"
            and "childcare_institution" in e.audience
            and any("child" in p.unit for p in e.parameters.values())  # paid per child cared for
        ),
        None,
    )


def _of_nursery_money(entry: Entry) -> bool:
    """A measure a nursery-fee question's parts may name besides the fee subsidy: the monthly
    money ("费用有补助吗") or a nursery measure (托儿所: the places planned, clause 7)."""
    return is_monthly_money(entry) or bool(NURSERY.search(entry.title.zh + entry.title.en))


# A correction of the topic, "不是X 是Y" ("托儿所 不是育儿补贴 是上托儿所的钱"): Y is asked.
# "是不是…" asks a question, it rejects nothing ("我问的是钱 老大老二是不是都领不了育儿补贴":
# the subsidy asked, tester 48 c09 got the hospital delivery insurance).
NOT_THIS_BUT = re.compile(r"(?<!是)不是(?:说)?[^，,。；;\s]{1,12}?[\s，,]*(?:而)?是(?=\S)")


# The measure rejected after the one meant ("我问的是医保 不是公积金贷款", "I asked about the
# newborn insurance, not the housing fund"): only after a "what I asked is" (tester 39 c03).
I_ASKED = re.compile(
    r"(?:问的|说的|要问的|想问的?)是|\bi (?:asked|meant|mean|am asking|'m asking)\b", re.I
)
REJECTED_AFTER = re.compile(
    r"(?:(?<!是)不是|而不是)(?:说)?[^，,。；;\s?？]{1,12}(?=[\s，,。；;?？]|$)"
    r"|\bnot (?:about )?(?:the |a )?[a-z' -]{1,30}?(?=[,.;?!]|$)",
    re.I,
)


# What a correction of the topic says was meant when it is the baby's registration, said
# bare ("我问的是上户口", "I meant hukou registration"): the measure's own words searched then.
REGISTRATION_MEANT = re.compile(
    BABY_REGISTRATION.pattern + r"|(?:上|落|报|办)(?:个)?户口|户口登记|\bhukou registration\b"
    r"|\bregist(?:er|ering|ration)(?: of)? (?:the |our |a |her |his )?"
    r"(?:hukou|household registration)\b",
    re.I,
)
REGISTRATION_QUERY = {"zh": "新生儿上户口", "en": "newborn hukou"}
# The money meant, said bare in a correction of the topic ("我问的是补贴", "说的是那个钱", "I asked
# about the subsidy").
# The monthly money named by what it is to the family, no measure named ("the monthly amount they
# were entitled to", "monthly figure", 每月金额).
THE_MONTHLY_AMOUNT = re.compile(
    r"\bmonthly (?:amount|figure|sum|payment|money)\b"
    r"|\bamount (?:they|she|he|we) (?:were|was|are|is) entitled"
    r"|每月(?:的)?(?:金额|钱数|数额)|每个月(?:的)?(?:金额|钱数)",
    re.I,
)
MONEY_MEANT = re.compile(
    r"(?:问的?是|说的?是|问)\s*(?:那个|这个)?(?:育儿)?(?:补贴|补助|钱)"
    r"|\b(?:asked|asking|meant|mean|talking) (?:about )?(?:the )?"
    r"(?:subsidy|money|cash|allowance)\b",
    re.I,
)


# "真的假的", "是真是假": "really?", asking whether what was heard is so; no leave (假) named
# (tester 72 c1 got three leave blocks for 长护险也能免 真的假的).
REALLY = re.compile(r"真的假的|是真是假|真的还是假的")
# A paper a date was read from ("我翻了出生证", "出生证上写的", "checked the birth certificate"):
# where the fact comes from, no birth formality asked (tester 88 c6 got "出生一件事" for 那能领不).
PAPER_LOOKED_AT = re.compile(
    r"(?:翻了?|看了?|查了?|找到了?|拿出)(?:一下|下)?(?:孩子的?|娃的?)?(?:出生证明?|出生医学证明|户口本)"
    r"|(?:出生证明?|出生医学证明|户口本)上(?:面)?(?:写的|写着|显示|是)"
    r"|\b(?:checked|looked at|found|dug out)\b[^.,;!?]{0,12}\bbirth certificate\b"
    r"|\bbirth certificate (?:says|said|shows|showed)\b",
    re.I,
)


def corrected_topic(said: str) -> str:
    """`said` without the measure a "不是X 是Y" correction rejects ("托儿所 不是育儿补贴 是上
    托儿所的钱" → "托儿所 上托儿所的钱"), or a "我问的是Y 不是X" one ("我问的是医保 不是公积金
    贷款" → "我问的是医保")."""
    said = NOT_THIS_BUT.sub(" ", said)
    asked = I_ASKED.search(said)
    if asked is not None and COMPLAINED.search(said[: asked.start()]):
        said = said[asked.start() :]  # "why are you telling me about X? I asked Y": Y alone
    if asked is not None:
        said = REJECTED_AFTER.sub(" ", said)
    return said


def topic_corrected(text: str) -> bool:
    """Whether `text` puts the topic right ("我问的是上户口 不是坐地铁", "不是X 是Y", "I meant hukou
    registration, not the subway"): the measure meant is asked, the one rejected never."""
    said = normalise(text)
    return corrected_topic(said) != said


# A complaint about what the reply said ("why are you telling me about 50000 for institutions?",
# "你为什么说托育机构的补贴", "我没问这个"), before the question put again (I_ASKED): the measure
# it names was the wrong one (tester 41 c08 got the institutions' card a third time).
COMPLAINED = re.compile(
    r"(?:为什么|为啥|干嘛|干吗|怎么)(?:要|老|老是|又|一直|总)?(?:跟我|给我|和我)?(?:说|讲|提|发|回)"
    r"|我(?:又)?没(?:有)?问"
    r"|\bwhy (?:are|do|did|would) you (?:keep )?(?:tell|show|giv|send|talk|mention)\w*"
    r"|\bi (?:didn'?t|did not|never) ask\b",
    re.I,
)


def asks_on(text: str) -> bool:
    """A short question naming no measure of its own ("2022年生的老二有没有", "能领几年"): while
    a measure is under discussion, it is about that one."""
    said = normalise(text)
    return len(said) <= 40 and bool(QUESTION.search(said)) and not WHOLE_CHECK.search(said)


def _partners_leave(said: str, city: str | None) -> Entry | None:
    """The father's leave asked ("我老公能休几天", "and my husband?") in a known city: the city's
    leave entry that speaks of paternity leave (Jinan clause 11's own; Beijing (12)'s list of
    leaves), else None."""
    if city is None or not PARTNER_TOO.search(said):
        return None
    leaves = [
        e
        for e in catalogue().entries.values()
        if e.city == city and e.kind == "leave" and "paternity" in e.title.en.lower()
    ]
    return min(leaves, key=lambda e: len(e.title.en), default=None)


# Time off work asked in words naming no leave ("how long can my daughter stay off work?",
# "how much time off does my wife get after the birth"), of the mother by her kin words.
TIME_OFF_WORK = re.compile(
    r"\b(?:stay|be|take|taking|get|gets|have) (?:time )?off(?: work)?\b|\btime off\b|\boff work\b"
    r"|\bstay (?:at )?home (?:from work|after the birth)\b",
    re.I,
)
MOTHER_NAMED = re.compile(
    r"\b(?:wife|missus|mum|mom|mother|daughter(?:[- ]in[- ]law)?|she)\b", re.I
)


def _mothers_time_off(said: str, city: str | None) -> Entry | None:
    """The mother's time off asked ("how long can my daughter stay off work?"): the city's leave
    entry that speaks of maternity leave (Jinan clause 11's 158 days; Beijing (12)'s list), not
    the subsidy's "how long" (tester 40 r02); None when no mother or a father is named."""
    if city is None or not TIME_OFF_WORK.search(said) or not MOTHER_NAMED.search(said):
        return None
    if PARTNER_TOO.search(said):
        return None  # both parents: parents_leave answers each
    leaves = [
        e
        for e in catalogue().entries.values()
        if e.city == city and e.kind == "leave" and "maternity" in e.title.en.lower()
    ]
    return min(leaves, key=lambda e: len(e.title.en), default=None)


# The mother's leave asked after the father's ("and how long for my wife", 我老婆能休多久, 她呢).
MOTHER_TOO = re.compile(
    r"\b(?:wife|missus|mum|mom|mother)\b|\bfor her\b|\band her\b|\bshe\b"
    r"|老婆|媳妇|妻子|孩子妈|孩他妈|女方|妈妈|她呢|她能|她可以|她休"
)


def partner_leave(said: str, city: str | None, checked: Entry) -> Entry | None:
    """After a figure of one parent's leave is put back ("so its 15 days right?"), the other
    parent's leave asked beside it ("and how long for my wife": Jinan clause 11's 158 days of
    maternity leave; "产假158天对吧 我老公呢": the paternity leave), else None."""
    if city is None or checked.kind != "leave":
        return None
    if MOTHER_TOO.search(said):
        leaves = [
            e
            for e in catalogue().entries.values()
            if e.city == city and e.kind == "leave" and "maternity" in e.title.en.lower()
        ]
        found = min(leaves, key=lambda e: len(e.title.en), default=None)
        return found if found is not None and found.id != checked.id else None
    partner = _partners_leave(said, city)
    return partner if partner is not None and partner.id != checked.id else None


@cache
def _plan_words(city: str) -> str:
    """Every title and summary of `city`'s plan, casefolded, built once per process."""
    return " ".join(
        " ".join([e.title.get("zh"), e.title.get("en"), e.summary.get("zh"), e.summary.get("en")])
        for e in catalogue().entries.values()
        if e.city == city
    ).casefold()


def named_only_elsewhere(said: str, city: str | None, spans: list[str]) -> list[Entry]:
    """The other cities' measures `said` names by title or synonym, in words `city`'s plan does
    not use ("北京公积金能多贷吗": Jinan clause 14's loan ceiling; Beijing's plan never speaks of
    the housing fund); empty when `city` is unknown or its own plan names one."""
    if city is None:
        return []
    mine = named_entry(said, city, spans)
    # a measure of the city named by fewer letters than the other plan's ("上学" of Beijing (13)
    # beside "一个学校", Jinan's same-school clause) does not keep the other plan's out
    shortest = _longest_named(mine, said) if mine is not None else 0
    folded = said.casefold()
    mine_said = (
        [t.casefold() for t in measure_terms(mine) if t.casefold() in folded] if mine else []
    )
    taken = [place for m in mine_said for place in _occurrences(m, folded)]
    own = _plan_words(city)
    found = []
    for other in CITIES:
        entry = named_entry(said, other, spans) if other != city else None
        if entry is None:
            continue
        named = [w.casefold() for w in measure_terms(entry) if w.casefold() in said.casefold()]
        long = [  # 托班 alone: unsure; 老公陪产 overlaps Beijing's own 陪产假: the same words
            w
            for w in named
            if len(w) >= 3
            and len(w) > shortest
            and not any(
                _overlaps((start, end), (a, b), folded)
                for start, end in _occurrences(w, folded)
                for a, b in taken
            )
        ]
        if set(named) & set(mine_said):
            continue  # "老公能休15天陪产假吗" in Beijing: 陪产假 is its own (12) too, one subject
        if long and all(w not in own for w in long):
            found.append(entry)  # 公积金 is nowhere in Beijing's plan
    return found


def _overlaps(theirs: tuple[int, int], mine: tuple[int, int], said: str) -> bool:
    """Whether another plan's term at `theirs` shares its words with a term of the city's own
    at `mine` (老公陪产 beside 陪产假), unless the own term is one English word of the other's
    longer phrase ("school" in "same school", Jinan clause 13: the phrase is what is asked)."""
    (start, end), (a, b) = theirs, mine
    word = said[a:b]
    inside = start <= a and b <= end and b - a < end - start and word.isascii() and " " not in word
    return a < end and start < b and not inside


def _longest_named(entry: Entry, said: str) -> int:
    """The length of the longest of `entry`'s terms that `said` contains."""
    folded = said.casefold()
    return max((len(t) for t in measure_terms(entry) if t.casefold() in folded), default=0)


# A message opening on "and" / "also" / 还有 / 另外 goes on asking ("and after school care for the
# oldest, he's 9", "还有课后服务 老大9岁了"): a measure it names is asked about, with no "?".
FOLLOW_ON = re.compile(r"^\W*(?:and|also|plus|还有|另外|再问)(?![a-z])", re.I)


# The joins between two questions in one message: "what benefits can we get? and can we get the
# 600 in jinan?", "能领哪些 还有600能领吗", "都有什么补贴；另外产假几天".
QUESTION_JOIN = re.compile(r"[?？。!！;；]+|\s(?:and|also|plus)\s|还有|另外|再问", re.I)


def asked_beside_whole_check(text: str, city: str | None, lang: str) -> Entry | None:
    """The one measure a message asks about beside "what can we get" ("what benefits can we
    get? and can we get the 600 in jinan?", "能领哪些 还有600能领吗"): the part that is no whole
    check, read on its own; None when no such part names one measure (tester 26 c10 had its
    600 question left unanswered behind the full check)."""
    if not WHOLE_CHECK.search(normalise(text)):
        return None
    parts = [p.strip() for p in QUESTION_JOIN.split(text) if p and p.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        if WHOLE_CHECK.search(normalise(part)):
            continue
        found = asked_measure(part if QUESTION.search(normalise(part)) else part + "?", city, lang)
        if found is not None:
            return found
    return None


# Riding asked about, a bus or subway named or not: "who rides free", "so my daughter pays and my
# son is free right?", 谁坐车免费, 哪个要买票 (tester 27 c09, c02).
RIDE_ASKED = re.compile(
    r"\brid(?:e|es|ing)\b|\bfares?\b|\btickets?\b|\bbus(?:es)?\b|\bsubways?\b|\bmetro\b"
    r"|\bpays?\b[^.?!]*\bfree\b|\bfree\b[^.?!]*\bpays?\b"
    r"|坐车|乘车|买票|要票|公交|地铁|(?:谁|哪个)[^，。？?]{0,6}免费|免费[^，。？?]{0,6}(?:谁|哪个)",
    re.I,
)


def ride_measure(said: str, city: str | None) -> Entry | None:
    """The city's measure whose rule is a height (Beijing clause (12): free rides under 1.3 m)
    when riding is asked about; None otherwise or in a city without one."""
    if city is None or not RIDE_ASKED.search(said):
        return None
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city and "max_height_m" in e.parameters
        ),
        None,
    )


# A loan asked ("能贷90万吗", 贷多少, "can we borrow 900k", "how big a mortgage").
LOAN_ASKED = re.compile(
    r"(?:能|可以|最多|最高)贷|贷(?:多少|几|款)|\bborrow\b|\bmortgage\b|\bloan\b", re.I
)


def _loan_wished(said: str, city: str | None) -> Entry | None:
    """The city's housing-fund loan measure when `said` tells a loan the family has in view
    and asks nothing else; None elsewhere, or in a city whose plan has none."""
    if city is None or not LOAN_WISH.search(said):
        return None
    return named_entry(LOAN_MEASURE, city)


# "date" of a day (an end, birth, due or start date, "date of birth"): the day, not a dating
# activity (Jinan clause 18 lists "blind date" among its words; tester 43 c07 "end date?").
DAY_NOT_DATING = re.compile(
    r"\b(?P<what>end(?:ing)?|birth|due|start(?:ing)?|stop|final|last|exact|expiry|cut-?off"
    r"|finish(?:ing)?|payment|closing)[- ]?dates?\b|\bdates? of (?P<of>birth)\b",
    re.I,
)


def _piece_of(text: str, m: re.Match[str]) -> str:
    """The piece of `text` (cut at punctuation and spaces) holding the match."""
    start = max(text.rfind(c, 0, m.start()) for c in " ，,。.？?！!；;") + 1
    ends = [i for c in " ，,。？?！!；;" if (i := text.find(c, m.end())) >= 0]
    return text[start : min(ends, default=len(text))]


# A figure asked with a child's birth told and no measure named ("caller jinan hukou, 2nd born
# 20 dec 2023 … need figure, clause, one line to read out", 请给金额): the money paid monthly.
UNEMPLOYMENT_INSURANCE = re.compile(
    r"unemployment insurance(?: benefits?)?|失业保险金?|失业险", re.I
)
FIGURE_ASKED = re.compile(r"\b(?:figure|amount)s?\b|金额|给个数", re.I)
CHILD_BORN_TOLD = re.compile(
    r"\bborn\b|出生|生的|\b(?:2nd|3rd|second|third)\b|二孩|三孩|老二|老三|老\d", re.I
)


# "到底能不能领", "孙子能领吗": drawing asked with nothing named, the money a family draws.
DRAW_ASKED = re.compile(
    r"能不能领|(?:能|可以|还能)领(?:吗|不|么|嘛|没)|领得到(?:吗|不)|领不领得?到"
)


# A child named by its number: "#3", "no. 2", "baby number 3" (tester 127 p7's "when #3 is born
# … medical insurance" was matched to the check-ups' age limit of 3). Not 老三 or "3rd": a
# three-child family's measure may be named by them.
CHILD_NUMBERED = re.compile(
    r"#\s*\d\b|\bno\.\s?\d\b(?!\s*(?:yuan|rmb|元|k\b|%))|\b(?:baby|kid|child) number \d\b",
    re.I,
)


# A child named and its money asked in a word ("那老大能补不", "老二能领吗"): nothing else
# named.
CHILD_MONEY_ASKED = re.compile(
    r"(?:老[大\d]|大宝|\d宝|大的|小的)\u2060?(?:也|还|就)?(?:能|可以)(?:补|领)(?:不|吗|么|没)"
    # 双胞胎能领几份补贴: how many of the children's monthly payments (tester 140 p3 heard the
    # newborns' insurance subsidy)
    r"|(?:双胞胎|三胞胎|龙凤胎|孩子|娃|俩|仨|\d个)[^，,。?？]{0,4}?(?:能|可以)?领几份(?:补贴|补助|钱)?"
)


def asked_measure(text: str, city: str | None, lang: str) -> Entry | None:
    """The one measure `text` asks about ("济南陪产假多少天", "do we get the 600?"), or None
    for a message that is no question, asks about everything, or names no measure clearly:
    a measure named by its title or synonym, else one whose figure is quoted, else the search's
    clear best answer."""
    said = SCHOOL_STAGE.sub(" ", corrected_topic(normalise(text)))  # "老大都上小学了": an age
    said = REALLY.sub("真的吗", said)  # "真的假的": "really?", no leave (假)
    said = PAPER_LOOKED_AT.sub(" ", said)  # "我翻了出生证 老二是…": where a date was read
    moved = moved_from_a_former_hukou(normalise(text))
    # "原来北京户口 今年迁到济南了 老二在北京生的 能领补贴吗": Beijing is where the hukou was and
    # the child born, Jinan's plan is asked (tester 51 c06)
    city = moved if moved is not None and city in (None, moved) else city_asked(text, city)
    both = named_cities(text)
    figured = [e for c in both if (e := figure_named(text, c)) is not None] if len(both) > 1 else []
    if len(figured) == 1 and city != figured[0].city:
        # "we live in jinan but hukou still in beijing … can we get the 600 a month": both cities
        # named, the figure is one plan's (Jinan clause 12), asked of that plan (tester 46 c10)
        city = figured[0].city
    # "end date?", "birth date", "due date": a day asked or told, never the dating measure
    said = DAY_NOT_DATING.sub(lambda m: m.group("what") or m.group("of"), said)
    if city is not None and said != normalise(text) and REGISTRATION_MEANT.search(said):
        # "我问的是上户口 不是坐地铁", "I meant hukou registration, not the subway": the measure
        # meant is the baby's registration (Beijing (4), Jinan's birth-one-thing), never the
        # one rejected
        meant = _clear_best(YEAR.sub(" ", said), city, lang, set()) or _clear_best(
            REGISTRATION_QUERY["zh" if lang == "zh" else "en"], city, lang, set()
        )
        if meant is not None:
            return meant
    if city is not None and said != normalise(text) and MONEY_MEANT.search(said):
        # "我问的是补贴 不是陪产假 到底从出生还是落户开始算": the monthly money, never the leave
        # rejected (tester 48 c7 got the paternity leave a third time)
        money = monthly_subsidy(city) or monthly_measure(city)
        if money is not None and named_entry(said, city, []) in (None, money):
            return money
    if (
        city is not None
        and CHILD_MONEY_ASKED.search(said)
        and named_entry(said, city, []) is None
        and monthly_subsidy(city) is not None
    ):  # "不对 老大6岁了 … 那老大能补不": a child's money asked, the city's monthly money
        # (tester 133 p1 heard "能" of the under-3 tax deduction)
        return monthly_subsidy(city)
    if city is not None and THE_MONTHLY_AMOUNT.search(said) and named_entry(said, city, []) is None:
        # "the read-out sentence … including the monthly amount they were entitled to": the
        # family's monthly money, not the 400 a month paid to nurseries (tester 113 c10)
        money = monthly_subsidy(city)
        if money is not None:
            return money
    fees = nursery_fees(said, city)
    if fees is not None:  # "老三上托儿所有补贴不": the 400 to nurseries, not the 600 discussed
        return fees
    if EARLY_KINDERGARTEN.search(said) and not PRIORITY_ASKED.search(said):
        # "儿子2岁 能不能早点上幼儿园": nursery classes, (10); "老三2岁半 上普惠幼儿园能优先不"
        # asks the priority of many-child families (Jinan clause 13), not an early place
        nursery = named_entry(NURSERY_CLASS_MEASURE, city) if city else None
        if nursery is not None:
            return nursery
    rides = ride_measure(said, city)
    if rides is not None and named_entry(said, city, []) in (None, rides):
        return rides  # "the 8 yo 1.32m. who rides free", "so my daughter pays and my son is free"
    mine = named_entry(GRANDPARENTS_MEASURE, city) if city else None
    if asks_for_grandparents(said) and named_entry(said, city, []) in (None, mine):
        # "那我们老人有啥好处没有": Jinan clause 15's subsidy; none in a plan without one
        # (Beijing): grandparents.py says so, no measure guessed. Another measure named ("the
        # care home subsidy for the elderly couple", clause 20) is that one (tester 73 c6)
        return mine
    if city is not None and BABY_REGISTRATION.search(said):
        # "那我老婆生完孩子上户口去哪办": registering the baby, a birth formality the search finds
        # by its words (Beijing (4)), asked with no question word; never the measure discussed
        # before (tester 39 c04 got the free-transit card twice)
        rest = YEAR.sub(" ", said)
        registration = _clear_best(rest, city, lang, set(), frozenset(shares(rest)))
        if registration is not None:
            return registration
    if city is not None and BIRTH_STAY_COVERED.search(said):
        delivery = named_entry(DELIVERY_MEASURE, city)
        if delivery is not None:  # "当时生双胞胎住院 交的居民医保 给报了多少": the delivery's
            return delivery  # cover (Jinan clause 15), not the newborns' insurance (tester 93 c5)
    stay = topic_named_measure(said, city)
    if stay is not None and named_entry(said, city, []) in (None, stay):
        return stay  # "老二要是住院 医保能多报点不": the children's inpatient rate (Jinan 15)
    if (
        city is not None
        and (
            MONEY_ASKED.search(said)
            or CHILDS_SUBSIDY.search(said)
            or (FIGURE_ASKED.search(said) and CHILD_BORN_TOLD.search(said))
        )
        and not MONTHLY_TOTAL.search(text)  # 一个月能给多少钱: the monthly sum, below
        # "mother on unemployment insurance at the birth": a benefit, no insurance topic
        and not OTHER_TOPIC.search(UNEMPLOYMENT_INSURANCE.sub(" ", said))
        and named_entry(said, city, []) is None
    ):  # "有补贴吗", "北京每个月有没有钱": the money paid monthly
        return monthly_subsidy(city) or monthly_measure(city)
    if (
        DRAW_ASKED.search(said)
        and named_entry(said, city, []) is None
        and not re.search(r"\d{3}", said)  # "600能领吗": the figure names the measure
        and not (MONEY_ENDS.search(said) or STILL_CLAIMED.search(said))  # "这个月还能领吗"
    ):
        return None  # "到底能不能领", "孩子5岁 能领吗": of the measure in talk, no other one the
        # search finds by the children's words (tester 92 c2 got the parental leave)
    kindergarten = kindergarten_measures(said, city)
    if kindergarten:  # "孩子上幼儿园有啥优惠不": clause 13's measures, the first in focus
        return kindergarten[0]
    if WHOLE_CHECK.search(said):
        topics = topics_named(said, city)
        return topics[0] if len(topics) == 1 else None  # "上幼儿园有啥政策": that measure
    spans = told_spans(said)
    rated = rate_quoted(said, city, lang) if named_entry(said, city, spans) is None else None
    if rated is not None:  # "住院报销多5个点那个呢 你没说": the measure of that rate (Jinan 15)
        return rated
    if not QUESTION.search(said):
        window = None if INSURED_SOMEWHERE.search(said) else _enrolment_told(said, city)
        if window is not None and named_entry(said, city, spans) in (None, window):
            return window  # "孩子是满7个月才参保的": told for the verdict on the insurance (15)
        wished = _loan_wished(said, city)
        if wished is not None:
            return wished
        if not FOLLOW_ON.search(said):
            return None
        # "and after school care for the oldest, he's 9": a measure named after "and" asks it
        return named_entry(said, city, spans)
    named = named_entry(said, city, spans)
    enrolled = child_enrolment_asked(said, city)
    if enrolled is not None and named is not None and named.kind == "insurance":
        return enrolled  # "baby's own medical insurance deadline": the child's, not the birth's
    if named is not None and not named_only_elsewhere(said, city, spans):
        return named
    window = _enrolment_told(said, city) or enrolled
    if window is not None:  # "过了半年才给她交的 那就不能免了是吧": the child's insurance
        return window  # enrolled at that age (Jinan clause 15), never a measure the search finds
    wished = _loan_wished(said, city)
    if wished is not None:  # "…anything for them? also caller … wants loan for first home.
        return wished  # max?": the loan ceiling, not the rent withdrawal the search finds
    off_work = _mothers_time_off(said, city)
    if off_work is not None:  # "how long can my daughter stay off work?": maternity leave
        return off_work
    partner = _partners_leave(said, city)
    if partner is not None:  # "我们在北京 我老公能休几天": Beijing's leave entry, (12)
        return partner
    only_there = named_only_elsewhere(said, city, spans)
    if only_there:
        if (
            MONTHLY_TOTAL.search(text)
            and all(is_monthly_money(e) for e in only_there)
            and not _others_figure(said, city)
        ):  # "每个月能领多少补贴" in Beijing: Jinan's words for its 600, asked of Beijing's own
            # monthly money (clause (12): a subsidy to be established), not "nothing in the plan"
            return _monthly_money(city)
        return None  # "北京公积金贷款能多贷吗": Jinan's measure, no Beijing one to guess at
    summed = monthly_sum_quoted(said, city)
    if summed is not None:  # "how do I apply for the 800": the subsidy with its 200 (clause 12)
        return summed
    ma = AMOUNT_ASKED_MA.search(text)
    quoted = (
        amount_asked(text) or (int(ma.group(1)) if ma else None) or monthly_figure_put(text, city)
    )
    if (MONTHLY_TOTAL.search(text) or quoted is not None) and not _others_figure(said, city):
        own = [e for e in _monthly(city) if quoted is not None and float(quoted) in _figures(e)]
        if len(own) == 1:  # "每月能领600吗": the subsidy's own figure, not the sum with the 200
            return own[0]
        # "一个月能领多少钱": money paid monthly, not delivery
        monthly = _monthly_money(city)
        if monthly is not None:
            return monthly
    ends = MONEY_ENDS.search(said) or STILL_CLAIMED.search(said)
    if (
        ends
        and not OTHER_TOPIC.search(_piece_of(said, ends))  # "没房 租房住 那补贴能领到几岁"
        and not asks_back_pay(said)  # "现在还能领吗能补发不": the back pay's silence, first
        and city is not None
    ):
        subsidy = monthly_subsidy(city)  # the end of the money: the subsidy's, the 200's too
        if subsidy is not None:
            return subsidy
    if AMOUNT_RECEIVED.search(said) and not OTHER_TOPIC.search(said):
        # "双胞胎能领多少", "how much will the twins get": the money, not a measure the search
        # finds by the children's words (tester 24 c03 got the newborn's insurance)
        monthly = _monthly_money(city)
        if monthly is not None:
            return monthly
    if not QUESTION.search(re.sub(r"呢(?:[\s，,。.!！]|$)", " ", said)):
        return None  # "我们家呢": a 呢 asks about a measure only when it names one (陪产假呢)
    rest = YEAR.sub(" ", said)  # 2022年生的老二: a year names no measure, nor is it a figure
    figures = rest
    for span in spans:  # "first is 4 can we get the 600": the age told is no figure asked
        figures = re.sub(rf"(?<![\d.]){re.escape(span)}(?![\d.])", " ", figures)
    # "when #3 is born", "no.2's", 第3个: a child's place in the family, no figure asked
    figures = CHILD_NUMBERED.sub(" ", figures)
    numbers = {float(n) for n in NUMBER.findall(figures)}
    best = _clear_best(rest, city, lang, numbers, frozenset(shares(rest)))
    if (
        best is not None
        and (payers_said(said) is not None or FUND_PAID_INTO.search(said))
        and "housing_fund_contributors" not in best.facts
    ):  # "and if only the husband pays in?", "…and i start paying into the fund too, how much
        # then": the housing-fund payers of the measure discussed, never a search's paternity or
        return None  # parental leave (testers 66 c6, 69 c8)
    if (
        best is not None
        and HUKOU_ASKED.search(said)
        and not BABY_REGISTRATION.search(said)  # 生完孩子上户口去哪办: Beijing (4), tester 39 c04
        and "hukou_in_city" not in best.facts
    ):
        # "孩子户口不在济南也行?只有我老公一个人是济南的": a hukou question; the husband named is
        # no paternity leave asked (tester 36 c09), and no measure without a hukou condition:
        # the city's monthly money, if hukou decides it (Jinan clause 12)
        money = monthly_subsidy(city)
        return money if money is not None and "hukou_in_city" in money.facts else None
    if best is not None and for_the_asker(best, said):
        return best  # the facts around the question help ("灵活就业 … 住院能报多少")
    # else the asking clauses alone: "I live in Jinan, I'm 7 months pregnant. How much will
    # insurance pay for the delivery?" is about the delivery, not about pregnancy words
    asking = YEAR.sub(" ", " ".join(c for _, c in clauses(said) if QUESTION.search(c)))
    if city is not None and LOAN_ASKED.search(asking):
        loan = named_entry(LOAN_MEASURE, city)
        if loan is not None:  # "现在能贷90万吗" beside the payers and the home: the loan ceiling
            return loan  # (Jinan clause 14), never the subsidy in focus (tester 93 c3)
    if not asking.strip() or asking.strip() == rest.strip():
        return None
    guess = _clear_best(asking, city, lang, {float(n) for n in NUMBER.findall(asking)})
    if (
        guess is not None
        and (payers_said(said) is not None or FUND_PAID_INTO.search(said))
        and "housing_fund_contributors" not in guess.facts
    ):
        return None  # the fund's payers told with "how much then": not a leave the words find
    return guess if guess is not None and for_the_asker(guess, said) else None


# Paying into the housing fund told ("i start paying into the fund too", 我也开始交公积金).
FUND_PAID_INTO = re.compile(
    r"\b(?:pay|pays|paying|paid|contribut\w*) (?:in(?:to)?|to) (?:the |our |my |his |her )?"
    r"(?:housing |provident |housing provident )?fund\b"
    r"|(?:交|缴)(?:上|了)?公积金|公积金[^，,。]{0,4}(?:交|缴)",
    re.I,
)


# Insured at a place named ("在德州上了医保", "insured in Dezhou"): whether that counts is the
# plan's silence (answers.insured_elsewhere_answer), not the window's verdict.
INSURED_SOMEWHERE = re.compile(
    r"在(?!期限|规定|时间|出生|满)[\u4e00-\u9fff]{2,4}?(?:上|参保|参加|交|缴|办|买)"
    r"|\b(?:insured|insurance|enrol\w*|signed up|registered) in (?!time\b|the\b|a\b)[a-z]+\b",
    re.I,
)


def _enrolment_told(said: str, city: str | None) -> Entry | None:
    """The city's measure with a window to enrol after the birth (Jinan clause 15) for a message
    telling the age at which the child joined ("过了半年才给她交的 那就不能免了是吧",
    "满7个月才参保的"), which names no measure itself (tester 48 c04 got the housing fund)."""
    if city is None or enrolled_at_months(said) is None or not ENROLLED_AT.search(said):
        return None
    return _window_measure(city)


def _window_measure(city: str) -> Entry | None:
    """The city's measure with a window to enrol after the birth (Jinan clause 15)."""
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city and "enrol_within_months" in e.parameters
        ),
        None,
    )


# A child's enrolment in medical insurance asked or told ("kid 3 not enrolled in resident medical
# insurance yet, can they still get it free?", "is the baby's insurance free if we enrol now"):
# the measure with a window to enrol after the birth (Jinan clause 15), not a search's check-ups.
CHILD_ENROLMENT_EN = re.compile(
    r"\b(?:baby|child|kid|son|daughter|newborn|twins|the (?:1st|2nd|3rd|4th)|he|she|they)\b"
    r"[^.?!]{0,25}\b(?:enrol\w*|signed up|registered|insured)\b[^.?!]{0,20}"
    r"\b(?:medical|health|resident)\b[^.?!]{0,12}\binsurance\b"
    # "baby's own medical insurance, deadline to enrol" (tester 74 c9 got the delivery costs)
    r"|\b(?:baby|babies|child|kid|newborn|twins)(?:'s|s'|s)? (?:own )?(?:resident )?"
    r"(?:medical|health) insurance\b",
    re.I,
)


# By when the child's medical insurance must be joined (医保最晚哪天前要办好, 医保截止到哪天,
# 孙子的医保要多久之内办): the one insurance with a window (Jinan clause 15), not the monthly
# money's silence on late claims (tester 71 c3 asked four times). Other insurances: theirs.
CHILD_ENROLMENT_ZH = re.compile(
    r"(?<!生育)(?<!护理)(?<!长护)医保[^，。,.!?！？]{0,8}?"
    r"(?:最晚|截止|期限|多久(?:之|以)?内|几个月(?:之|以)?内|哪天(?:之|以)?前|什么时候(?:之|以)?前|过期)"
    r"|(?:最晚|截止|期限|多久(?:之|以)?内)[^，。,.!?！？]{0,8}?(?:上|办|交|参加|参)(?:居民)?医保"
    # 医保到现在还没给他办, 孩子医保还没办 (tester 78 c10): the child not enrolled yet
    r"|(?<!生育)医保[^，。,.!?！？]{0,8}?(?:还没|没|未)(?:有)?给(?:他|她|孩子|娃|宝宝|小孩)(?:办|上|交|参)"
    r"|(?:孩子|娃|宝宝|小孩|老[大二三]|[二三]宝)(?:的)?(?:居民)?医保[^，。,.!?！？]{0,6}?(?:还没|没|未)(?:有)?(?:办|上|交|参)"
    # 俩小的还没办医保 (俩 read as 2), 双胞胎都没上医保 (tester 78 c4)
    r"|(?:孩子|娃|宝宝|小孩|\d?小的|双胞胎|老[大二三]|[二三]宝)(?:都|也)?(?:还)?(?:没|未)(?:有)?"
    r"(?:给[^，。,.!?！？]{1,3})?(?:办|上|参加|参|交)(?:的)?(?:居民)?医保"
)


def child_enrolment_asked(said: str, city: str | None) -> Entry | None:
    """The city's window measure (Jinan clause 15) when `said` asks or tells the child's own
    enrolment in medical insurance ("baby's own medical insurance", 医保最晚哪天), else None."""
    if city is None or not (CHILD_ENROLMENT_EN.search(said) or CHILD_ENROLMENT_ZH.search(said)):
        return None
    return _window_measure(city)


# Words naming those besides families whom some measures are for ("托育机构有补贴吗", "money
# for nursery operators", "单位建托育室"): a question without them is a family's own.
OTHERS_NAMED = re.compile(
    r"机构|托儿所|托育|托班|幼儿园|单位|企业|公司|政府|部门|办园|开办|举办"
    r"|institution|nurser(?:y|ies)|day ?care|creche|operator|employer|compan(?:y|ies)|business"
    r"|government|department",
    re.I,
)
OTHERS_ONLY = {"childcare_institution", "employer", "government"}


def for_the_asker(entry: Entry, said: str) -> bool:
    """Whether the search's guess `entry` may answer `said`: a measure for families, or one for
    childcare institutions, employers or government alone when the question names such a body
    (Jinan clause 8's 50,000 yuan to institutions is no answer to "the baby subsidy for the 3rd,
    when does it start", tester 41 c08)."""
    return not set(entry.audience) <= OTHERS_ONLY or bool(OTHERS_NAMED.search(said))


def _monthly_money(city: str | None) -> Entry | None:
    """The measure a question about monthly money asks: the city's monthly money with every
    fact deciding the sum; with no city yet, the first city's subsidy itself (the reply names
    each plan's, counterpart.both_plans; tester 28 x1, where "how much a month" found the
    newborn's insurance)."""
    return monthly_measure(city) if city else monthly_subsidy(next(iter(CITIES)))


def _others_figure(said: str, city: str | None) -> bool:
    """Whether an amount `said` quotes (100 or more) is a figure of `city`'s measures and of no
    monthly money paid to families ("一个月400是给我们的吗": the childcare institutions' 400)."""
    amounts = {
        float(n) for n in NUMBER.findall(YEAR.sub(" ", said)) if float(n) >= MIN_QUOTED_AMOUNT
    }
    if not amounts or city is None:
        return False
    monthly = {e.id for e in _monthly(city)}
    owners = {
        e.id for e in catalogue().entries.values() if e.city == city and amounts & all_figures(e)
    }
    return bool(owners) and not owners & monthly


def found_by_search_only(text: str, entry: Entry) -> bool:
    """Whether `asked_measure` found `entry` only as the search's best guess: the question names
    it by no title or synonym, quotes none of its figures, asks no monthly sum and the search
    does not find it far ahead of any other ("can we deduct childcare from income tax? how
    much": the tax deduction). A short follow-up ("how much exactly? like per month or per
    year?") is then about the measure under discussion, not the guess."""
    said = normalise(text)
    if any(len(term) >= 2 and term.casefold() in said.casefold() for term in measure_terms(entry)):
        return False
    if asks_for_grandparents(said) and entry == named_entry(GRANDPARENTS_MEASURE, entry.city):
        return False  # "how much do the grandparents save": asked by whom it is for (clause 15)
    if _far_ahead(said, entry):
        return False
    if monthly_sum_quoted(said, entry.city) == entry:
        return False  # "the 800" of Jinan's 600 and its 200: the subsidy quoted by its sum
    if topic_named_measure(said, entry.city) == entry:
        return False  # "老二要是住院 医保能多报点不": a child in hospital names clause 15's rate
    if BABY_REGISTRATION.search(said) and entry.kind != "leave":
        return False  # "where do we go to register the birth": Beijing (4), asked (tester 79 c6)
    rest = YEAR.sub(" ", said)
    if {float(n) for n in NUMBER.findall(rest)} & _figures(entry) or shares(rest) & _figures(
        entry, share=True
    ):
        return False
    return not (MONTHLY_TOTAL.search(text) or amount_asked(text) is not None)


FAR_AHEAD = 2.0  # a search hit this many times the next one's word score is no guess


def _far_ahead(said: str, entry: Entry) -> bool:
    """Whether the search finds `entry` first in its city, named well enough (MIN_SCORE) and far
    ahead of the next measure by the words they share with `said`."""
    try:
        hits = search(said, city=entry.city, limit=2)
    except InputError:
        return False
    if not hits or hits[0].entry.id != entry.id or hits[0].word_score < MIN_SCORE:
        return False
    return len(hits) == 1 or hits[0].word_score >= FAR_AHEAD * hits[1].word_score


# Words that ask only for the steps, naming no measure (那我什么时候去申请 去哪申请, "where do we
# apply"): what is left after them says whether another measure is named.
STEP_WORDS = re.compile(
    r"那么?|我们?|俺们?|咱们?|要|该|得|需要|可以|能|什么时候|啥时候|几时|去|到|哪里|哪儿|哪|在|怎么|咋"
    r"|如何|申请|办理?|手续|呢|啊|呀|吗|嘛|\b(?:so|then|and|where|when|how|do|does|can|should|we|i"
    r"|they|apply|for it|it|to|go|register)\b"
)
LEADS = 1.5  # a search hit this many times the next one's word score leads the search


def leaves_topic(text: str, asked: Entry, current: Entry) -> bool:
    """Whether the message's own words name `asked` rather than `current`, the measure under
    discussion, so the focus on `current` yields: it names the city of `asked`, not that of
    `current` ("Jinan resident medical insurance delivery payment how much" after Beijing's
    leave), or the search finds `asked` first, named well enough (MIN_SCORE), leading the next
    hit and far ahead (FAR_AHEAD) of what the same words give `current` ("how much does
    resident insurance pay for childbirth in jinan" after the childcare subsidy)."""
    said = normalise(text)
    named = mentioned_city(said)
    if named is not None and named == asked.city and named != current.city:
        return True
    if not STEP_WORDS.sub("", said).strip(" ,，。.!！?？"):
        return False  # 那我什么时候去申请 去哪申请: the steps of the measure under discussion
    try:
        hits = search(said, city=asked.city, limit=100)
    except InputError:
        return False
    if not hits or hits[0].entry.id != asked.id or hits[0].word_score < MIN_SCORE:
        return False
    if len(hits) > 1 and hits[0].word_score < LEADS * hits[1].word_score:
        return False
    theirs = next((h.word_score for h in hits if h.entry.id == current.id), 0.0)
    return hits[0].word_score >= FAR_AHEAD * theirs


def monthly_measure(city: str | None) -> Entry | None:
    """The city's money paid per month (parameters in CNY per month: Jinan clause 12's childcare
    subsidy and its hardship supplement), as the measure that needs every fact deciding the
    monthly sum (the supplement: hukou, children and benefits at the birth). Beijing's plan pays
    nothing monthly: its subsidy system still to be established ((12)) stands for it."""
    monthly = _monthly(city) or [  # Beijing: its subsidy system still to be established
        e
        for e in catalogue().entries.values()
        if e.city == city and e.kind == "cash" and "household" in e.audience
    ]
    return max(monthly, key=lambda e: len(e.facts), default=None)


def is_monthly_money(entry: Entry) -> bool:
    """Whether `entry` is money the family is paid each month (or, in Beijing, the subsidy the
    plan promises): what a question about the monthly total is about."""
    return entry.id in {e.id for e in _monthly(entry.city)} or entry == monthly_measure(entry.city)


def monthly_subsidy(city: str | None) -> Entry | None:
    """The city's monthly money itself (Jinan clause 12's childcare subsidy, not its supplement):
    the monthly measure that needs the fewest facts; None for Beijing."""
    return min(_monthly(city), key=lambda e: len(e.facts), default=None)


def monthly_sum_quoted(said: str, city: str | None) -> Entry | None:
    """The city's monthly money when a message quotes the sum of its monthly amounts ("how do I
    apply for the 800", "800怎么领": Jinan's 600 and the 200 paid with it, clause 12; tester 34
    c10 got the grandparents' insurance), else None. The sum comes from the data, never code."""
    amounts = [
        float(v)
        for e in _monthly(city)
        for key, p in e.parameters.items()
        if key == "monthly_amount_cny"
        for v in p.values.values()
        if isinstance(v, int | float)
    ]
    if len(amounts) < 2 or OTHER_TOPIC.search(said):
        return None  # "公积金能贷800吗": another measure's words
    numbers = {float(n) for n in NUMBER.findall(YEAR.sub(" ", said))}
    return _monthly_money(city) if sum(amounts) in numbers else None


def monthly_figure_put(text: str, city: str | None) -> int | None:
    """A figure of the city's monthly money put back for a yes with no "a month" said ("so it's
    600 right?", "那就是600对吧": Jinan clause 12's 600, or the 800 it makes with the 200), or
    None: the monthly money is what it asks about, not a measure the search finds by the other
    words (tester 45: "we've never been on dibao" found clause 16's women's employment)."""
    numbers, _ = figures_checked(text)
    monthly = _monthly(city)
    own = {f for e in monthly for f in _figures(e)} | {
        f for e in monthly for f in paid_together_sums(e)
    }
    put = {n for n in numbers if n >= MIN_QUOTED_AMOUNT and n in own}
    return int(put.pop()) if len(put) == 1 else None


def _monthly(city: str | None) -> list[Entry]:
    return [
        e
        for e in catalogue().entries.values()
        if e.city == city
        and "household" in e.audience  # not the 400 a month paid to childcare institutions
        and any("per month" in p.unit for p in e.parameters.values())
    ]


# The other parent asked about too, after the mother's leave: "and me?", "我老公呢".
PARTNER_TOO = re.compile(
    r"\band me\b|\band (?:my|her) husband|\band (?:the )?(?:father|dad)\b"
    r"|我呢|老公呢|他呢|男方呢|爸爸呢|孩子爸呢"
    r"|(?:老公|丈夫|爱人|孩子爸|孩他爸|男方|爸爸|他)[^，,。？?]{0,3}(?:能|可以)?休(?:几天|多少天|多久)"
    # "what leave can I get as the dad", "how many days off for my husband", 我是男的 能休几天
    r"|\bleave\b[^.?!]{0,30}\b(?:as|for) (?:the |a |my |her )?(?:dad|father|husband|hubby)\b"
    r"|\b(?:dad|father|husband|hubby)'?s? (?:leave|days off)\b"
    r"|(?:days off|time off)[^.?!]{0,20}\b(?:dad|father|husband|hubby)\b"
    r"|\b(?:dad|father|husband|hubby)s? (?:gets?|has|had|can take|takes?) \d+\s*days\b"
    r"|我(?:是)?(?:男的|当爹的|当爸的)[^，,。？?]{0,6}休",
    re.I,
)


# The household registration asked about: 户口, 户籍, 落户, "hukou", "household registration".
HUKOU_ASKED = re.compile(r"户口|户籍|落户|\bhukou\b|household registration", re.I)


WORDED = re.compile(r"[a-z\u4e00-\u9fff]", re.I)  # a part with words, not only a number
# Leave asked after with no kind named ("what leave can we get", "能休什么假", "有啥假期"):
# every leave of the city's plan (Jinan clause 11: maternity, paternity, parental leave).
LEAVE_ASKED = re.compile(
    r"\bleaves?\b|\bdays? off\b|\btime off\b|(?<![暑寒])假期?|休(?:几天|多久|多少天|什么|啥)", re.I
)
MAX_ASKED = 3  # measures answered for one message (answers.MAX_PARTS)
# A part asking after leave besides the one named ("产假多少天 还有别的假吗", "any other leave?")
OTHER_LEAVE = re.compile(
    r"别的|其他|其它|另外|还有(?:什么|啥|哪些)|\b(?:other|else|besides)\b", re.I
)
# ... or one parent's own ("我老婆产假多少天 我能休几天": the speaker's leave is another one)
A_PARENT = re.compile(
    r"我|他|她|老公|老婆|媳妇|丈夫|妻子|爱人|爸|妈|男方|女方"
    r"|\b(?:i|me|my|he|she|his|her|husband|wife|dad|mom|mum|father|mother)\b",
    re.I,
)


# Time off to look after children already born ("days off for the twins", "为孩子请假",
# "照顾孩子能休几天"): the leave for a young child, not one given for a birth.
FOR_THE_CHILDREN = re.compile(
    r"\bfor (?:the |our |my |her |his |their )?(?:twins|kids|children|child|baby|babies|son"
    r"|daughter|little ones|toddlers?)\b|\b(?:look(?:ing)? after|car(?:e|ing) for"
    r"|tak(?:e|ing) care of)\b"
    r"|(?:为|给|陪|照顾|照看|带|看)(?:一下)?(?:孩子|娃|宝宝|双胞胎|老大|老二|老三|俩孩子|两个孩子)"
    r"|(?:孩子|娃|宝宝|双胞胎)(?:生病|病了|有事)",
    re.I,
)
# ... unless the leave is one given for a birth, or named ("产假", "after the birth").
BIRTH_LEAVE = re.compile(
    r"生完|生了以后|生孩子|生产|分娩|月子|产假|陪产|育儿假|护理假|\bafter (?:the )?birth\b"
    r"|\bgiv(?:e|ing)\b[^.?!]{0,10}\bbirth\b|\bgave birth\b|\bdeliver|\bmaternity\b"
    r"|\bpaternity\b|\bparental\b|\bdue\b|\bborn\b",
    re.I,
)


def leave_for_the_children(part: str, city: str | None) -> Entry | None:
    """The city's leave for parents of a young child (Jinan clause 11's parental leave) when
    `part` asks time off to look after the children with no leave named; None otherwise."""
    if city is None or not LEAVE_ASKED.search(part) or not FOR_THE_CHILDREN.search(part):
        return None
    if BIRTH_LEAVE.search(part):
        return None
    return catalogue().entries.get(f"{city}.parental_leave")


def asked_in_general(part: str, city: str | None) -> list[Entry]:
    """The measures one part of a question asks after without naming one: leave in general
    ("what leave can we get": each leave of the plan, Jinan clause 11, Beijing (12)) or money
    in general ("is there any cash?", "还有钱吗": the money paid monthly, Jinan clause 12,
    Beijing (12)); empty for anything else (tester 24: one of two such parts went unanswered)."""
    if city is None:
        return []
    if LEAVE_ASKED.search(part):
        if PARTNER_TOO.search(part):
            return []  # "孩子爸可以休多久": the father's leave, added below
        care = leave_for_the_children(part, city)
        if care is not None:  # "can she still take days off for the twins": parental leave
            return [care]
        return [e for e in catalogue().entries.values() if e.city == city and e.kind == "leave"]
    if (MONEY_ASKED.search(part) or CHILDS_SUBSIDY.search(part)) and not OTHER_TOPIC.search(part):
        money = monthly_subsidy(city) or monthly_measure(city)
        return [money] if money is not None else []
    return []


# A subsidy named as a child's ("the baby subsidy for the 3rd", "老三的补贴", "二宝补助"): the
# family's money paid monthly for that child (Jinan clause 12), not a measure the search guesses.
_A_CHILD = (
    r"(?:老(?:[大二三四小幺]|\d)|[大二三小\d]宝|宝宝|孩子|娃|小孩|(?:外)?孙(?:子|女)|闺女|女儿"
    r"|\b(?:baby|babies|child|kid|2nd|3rd|second|third"
    r"|youngest|newborn)(?:'s)?)"
)
CHILDS_SUBSIDY = re.compile(
    rf"{_A_CHILD}[\s\u2060]*(?:的)?\s*(?:育儿)?(?:补贴|补助|subsid(?:y|ies)\b|allowance\b)"
    rf"|\b(?:subsidy|allowance)\b\s*(?:for|of)\s*(?:the |our |my )?{_A_CHILD}",
    re.I,
)


# A child in hospital ("老二要是住院 医保能多报点不", "if our kid ends up in hospital, does
# insurance pay more?"), not the mother's stay for the birth (住院分娩, "hospital delivery").
CHILD_IN_HOSPITAL = re.compile(
    rf"{_A_CHILD}[^。？?！!，,]{{0,10}}住院|住院[^。？?！!]{{0,4}}的?(?:孩子|小孩|娃|宝宝|儿童)"
    r"|\b(?:child|children|kids?|baby|babies|son|daughter|toddler|little one)(?:'s)?\b"
    r"[^.?!]{0,30}\bhospital|\bhospital\w*\b[^.?!]{0,20}\b(?:child|children|kids?|son|daughter"
    r"|toddler)\b",
    re.I,
)
BIRTH_STAY = re.compile(
    r"生孩子|生娃|生宝宝|生产|分娩|顺产|剖|待产|出生|生的时候|生老|月子"
    r"|deliver|birth|labou?r|c-section|caesarean|born",
    re.I,
)


# What a child's check-up costs ("孩子体检要钱吗", "is the kid's check-up free?"): Jinan clause 8,
# "Medical check-ups for infants and young children are free of charge", not clause 5's child
# health services, whose card names no cost.
CHECKUP = re.compile(r"体检|健康检查|check-?ups?\b|medical exam|physicals?\b", re.I)
COST_ASKED = re.compile(
    r"钱|免费|收费|花费|费用|自费|掏|付费|\b(?:free|cost\w*|pay\w*|charge\w*|fees?|price)\b", re.I
)
FREE_CHECKUPS_MEASURE = "婴幼儿免费健康体检"


def checkup_cost(said: str, city: str | None) -> Entry | None:
    """The city's free check-ups for infants (Jinan clause 8) for a question about what a
    check-up costs; None without such a question, or in a plan without the measure."""
    if city is None or not (CHECKUP.search(said) and COST_ASKED.search(said)):
        return None
    found = named_entry(FREE_CHECKUPS_MEASURE, city)
    return found if found is not None and found.title.zh == FREE_CHECKUPS_MEASURE else None


# The child's own insurance named ("the baby's own resident medical insurance fee", "the newborn
# joining resident medical insurance", "孩子的居民医保"): Jinan clause 15's newborn enrolment, not
# the mother's cover for the birth. A comma ends the reach: "two kids born May 2024, resident
# medical insurance" lists the family's insurance beside its children.
CHILDS_OWN_INSURANCE = re.compile(
    r"\b(?:baby|babies|newborn|child|children|kids?|infant|son|daughter|twins|little one"
    r"|(?:2nd|3rd|second|third) (?:one|child|kid|baby))(?:'s|s'|s)?\b"
    r"[^.?!;,]{0,40}?\b(?:(?:resident|basic|urban)\s+)*(?:medical|health)\s+insurance"
    r"|\b(?:resident\s+)?(?:medical|health)\s+insurance\s+(?:fee\s+|contribution\s+)?"
    r"(?:for|of)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:baby|newborn|child|kid|infant|twins)\b"
    r"|(?<!生)(?:孩子|宝宝|娃|小孩|新生儿|婴儿|老[二三2-9]\u2060?|[二三]宝)(?:的|自己的)?"
    r"(?:上|参加|参保|办|交)?(?:居民)?(?:医保|医疗保险)"
    # 老三生了以后给他办居民医保要自己掏钱不 (tester 117 p6 got the delivery's 3,000),
    # "sign him up for resident medical insurance"
    r"|给(?:他|她|它|孩子|宝宝|娃|小孩|新生儿|老[二三2-9]\u2060?|[二三]宝)(?:们|俩|2|3)?(?:办|上|交|参加|参保|买)(?:个|了|的)?"
    r"(?:居民)?(?:医保|医疗保险)"
    r"|\b(?:sign|enrol|enroll|register|put)\s+(?:him|her|them|the baby|the twins)\s+(?:up\s+)?"
    r"(?:for|in|into|on)\s+(?:the\s+)?(?:resident\s+)?(?:medical|health)\s+insurance",
    re.I,
)


def topic_named_measure(said: str, city: str | None) -> Entry | None:
    """The measure a question names by its topic rather than a title: a child's hospital stay
    (Jinan clause 15), what a check-up costs (Jinan clause 8) or the child's own insurance
    (Jinan clause 15's enrolment within six months of birth)."""
    return (
        childs_hospital_stay(said, city) or checkup_cost(said, city) or childs_insurance(said, city)
    )


def childs_insurance(said: str, city: str | None) -> Entry | None:
    """The city's measure for enrolling a newborn in medical insurance within a window (Jinan
    clause 15) for a question about the child's own insurance ("what about baby medical
    insurance, do we pay?"), not the "birth one thing" card that names medical insurance among
    the formalities (tester 57 c04); None without one."""
    if city is None or not CHILDS_OWN_INSURANCE.search(said) or INSURED_SOMEWHERE.search(said):
        return None  # "孩子医保是在老家交的": insured at a place named, whether it counts is unsaid
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city and "enrol_within_months" in e.parameters
        ),
        None,
    )


def childs_hospital_stay(said: str, city: str | None) -> Entry | None:
    """The city's measure raising children's inpatient reimbursement (Jinan clause 15: "The
    reimbursement rate for children and adolescents hospitalized under the medical insurance
    policy will be increased by 5 percentage points") for a question about a child in hospital
    that is no birth; None without one (Beijing's plan has none: the search answers)."""
    if city is None or not CHILD_IN_HOSPITAL.search(said) or BIRTH_STAY.search(said):
        return None
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city and "rate_increase" in e.parameters
        ),
        None,
    )


# A subsidy asked after a measure named just before ("孩子医保要办吗 有没有补贴", "do we need the
# baby's insurance? any subsidy?"): that measure's subsidy, when it is one, not the monthly money.
SUBSIDY_WORD = re.compile(r"补贴|补助|subsid", re.I)
MAX_BARE_CHARS = 7  # 有没有补贴啊, 还有补贴吗: a Chinese part that asks only that
MAX_BARE_WORDS = 4  # "有没有补贴", "any subsidy?", "is there a subsidy for it": nothing else named


INSURANCE_WORD = re.compile(r"医保|保险|insur", re.I)


def _insurance_asked(said: str, unnamed: list[str], part: str, city: str | None) -> Entry | None:
    """The insurance measure a message asks about in words that name none ("how much is covered
    for the birth", "how do we sign the baby up for medical insurance"), beside a bare subsidy
    part: found by the search in a clause of its own, else in the message without that part."""
    if city is None or not INSURANCE_WORD.search(said):
        return None
    lang = "en" if said.isascii() else "zh"
    for words in [*unnamed, said.replace(part, " "), said]:
        found = asked_measure(words, city, lang)
        if found is not None and found.city == city and not is_monthly_money(found):
            return found
    return None


def _bare_subsidy(part: str) -> bool:
    """A part that asks only whether there is a subsidy ("any subsidy?", 有没有补贴), not one
    naming whose subsidy (老大老二能领医保补贴吗)."""
    bare = part.strip()
    short = len(bare) <= MAX_BARE_CHARS if not bare.isascii() else True
    return bool(SUBSIDY_WORD.search(bare)) and len(bare.split()) <= MAX_BARE_WORDS and short


def _subsidy_of_the_named(part: str, groups: list[list[Entry]]) -> bool:
    """Whether `part` asks only whether there is a subsidy, after a clause naming a measure that
    is itself a subsidy (Jinan clause 15's full subsidy of the newborn's insurance contribution);
    tester 36 c01 got the childcare subsidy's card beside the insurance."""
    if not groups or not SUBSIDY_WORD.search(part) or len(part.split()) > MAX_BARE_WORDS:
        return False
    last = groups[-1]
    return len(last) == 1 and SUBSIDY_WORD.search(last[0].title.get("zh")) is not None


# Help with the rent asked after ("租房能有补贴吗", "房租有没有补助", "we rent, any help with the
# rent?"): every measure of the plan that helps pay rent (Jinan clause 14: the larger guaranteed
# area of the rental housing subsidy and the housing fund rent withdrawal), not one guessed.
# An area asked of (多少平, 几平米, 面积, "how many square metres"): the rental subsidy's area.
AREA_ASKED = re.compile(r"平米|平方|多少平|几平|面积|\bsquare met|\bm2\b|㎡", re.I)
RENT_HELP_ASKED = re.compile(
    r"(?:(?<!公)租房|房租|租金|租住|租的房)[^，,。？?]{0,8}(?:补贴|补助|帮|优惠|政策|支持|好处|钱)"
    r"|(?:补贴|补助|帮)[^，,。？?]{0,6}(?:房租|(?<!公)租房|租金)"
    r"|\b(?:rent|renting|rented)\b[^.?!]{0,40}\b(?:help|subsid\w*|allowance|support|benefits?"
    r"|money|assistance)\b"
    r"|\b(?:help|subsid\w*|allowance|support|assistance)\b[^.?!]{0,25}\b(?:rent|renting)\b",
    re.I,
)
# A measure whose title is about paying rent (not public rental housing: 公租房, 配租).
RENT_PAID = re.compile(r"(?<!公)租房|房租|租赁补贴")


def rent_measures(part: str, city: str | None) -> list[Entry]:
    """The measures of `city` that help a renting family pay rent, when `part` asks for help
    with the rent (Jinan clause 14: "租房能有补贴吗" gets the rental housing subsidy's larger
    area and the rent withdrawal of the housing fund); empty otherwise."""
    if city is None or not RENT_HELP_ASKED.search(part) or AREA_ASKED.search(part):
        return []  # "多给多少平 租房补贴那个": the subsidy's area, one measure (tester 67 c5)
    return [
        e
        for e in catalogue().entries.values()
        if e.city == city and e.kind == "housing" and RENT_PAID.search(e.title.zh)
    ]


# Housing help asked after with no measure named ("what housing help is there", "住房有啥帮助",
# "住房上有什么政策"): the city's housing measures (Jinan clause 14: the loan ceiling, the rent
# withdrawal, public rental housing), not one other plan's that shares the words "housing help".
# "housing fund" names the fund, not housing in general.
HOUSING_HELP_ASKED = re.compile(
    r"(?:住房|住的方面|房子方面|买房租房|租房买房)[^，,。？?]{0,6}"
    r"(?:帮助|帮扶|帮忙|政策|优惠|支持|好处|照顾|福利|补贴|补助|有啥|有什么|有没有)"
    r"|\bhousing\b(?! (?:provident )?fund)[^.?!]{0,25}\b(?:help|support|benefits?|assistance"
    r"|polic(?:y|ies)|measures?|anything)\b"
    r"|\b(?:help|support|benefits?|assistance|anything)\b[^.?!]{0,25}\bhousing\b"
    r"(?! (?:provident )?fund)",
    re.I,
)


def housing_measures(part: str, said: str, city: str | None) -> list[Entry]:
    """The housing measures of `city` when `part` asks after housing help with none named,
    the most relevant to the whole message `said` first (its facts: renting, the housing
    fund), at most MAX_ASKED; empty otherwise."""
    if city is None or not HOUSING_HELP_ASKED.search(part):
        return []
    if named_entry(part, city, fact_spans(part)) is not None:
        return []
    housing = [e for e in catalogue().entries.values() if e.city == city and e.kind == "housing"]
    lang: Lang = "en" if said.isascii() else "zh"
    try:
        hits = search(without_city(said), lang=lang, city=city)
    except InputError:
        hits = []
    ranked = [h.entry for h in hits if h.entry in housing]
    ranked += [e for e in housing if e not in ranked]
    return ranked[:MAX_ASKED]


def _each_part_first(groups: list[list[Entry]]) -> list[Entry]:
    """The measures of the parts of a question, in the order asked, each once; when there are
    more than can be answered, each part's first measure is kept before the rest of any part
    ("what leave can we get and is there any cash?" in Jinan: maternity leave, paternity leave
    and the 600, not three leaves and no cash)."""
    ordered: list[Entry] = []
    for group in groups:
        ordered += [e for e in group if e not in ordered]
    if len(ordered) <= MAX_ASKED:
        return ordered
    kept = {group[0].id for group in groups}
    for entry in ordered:
        if len(kept) >= MAX_ASKED:
            break
        kept.add(entry.id)
    return [e for e in ordered if e.id in kept][:MAX_ASKED]


# A topic said bare before the question about it ("那上学呢", "what about school?").
BARE_TOPIC = re.compile(
    r"(?:那|那么|还有)?[\u4e00-\u9fff]{1,6}呢$|(?:and |so )?what about \w+\??$", re.I
)


# The children's money named by its own words, not by "subsidy" alone.
CHILDRENS_MONEY_NAMED = re.compile(
    r"600|800|育儿|孩子|娃|宝|老[二三]|childcare|child|kid|baby|babies|twins", re.I
)
# A leave for looking after one's parents (独生子女父母护理假), and the leave of a birth named.
CARER_LEAVE = re.compile(
    r"护理假|\bnursing leave\b|\bcare(?:r|giver)?(?:'s)? leave\b"
    r"|\bleave to (?:care for|look after)\b",
    re.I,
)
BIRTH_LEAVE_NAMED = re.compile(
    r"产假|陪产|育儿假|哺乳|\b(?:maternity|paternity|parental|breastfeeding)\b", re.I
)


# A child named by its order in a part of a normalised message (老3\u2060, 老大, 二宝).
ORDER_IN_PART = re.compile(r"老(?:\d\u2060?|[大二三四幺小])|[大二三小\d]宝")


def _childs_money_part(part: str, city: str | None) -> Entry | None:
    """The city's monthly money when a part of a message (normalised) asks a child's money
    ("老3\u2060能领多少" after the nursery's 400 asked, tester 78 c10), else None."""
    if city is None or not QUESTION.search(part) or not CHILD_MONEY.search(part):
        return None
    if not ORDER_IN_PART.search(part) or named_entry(part, city) is not None:
        return None
    return monthly_subsidy(city) or monthly_measure(city)


# Leaves named one after the other with nothing between (产假陪产假育儿假天数): one each.
LEAVES_RUN_ON = re.compile(r"(产假|陪产假|育儿假|护理假)(?=陪产假|育儿假|产假|护理假)")
# A hotline's short demand (天数 条款 一句话): a figure and its clause wanted, asked.
FIGURE_WANTED = re.compile(r"天数|条款|哪条|哪一条|一句话|\bclause\b", re.I)


def other_city_named_at(said: str, home: str | None, asked: str | None) -> int | None:
    """Where in normalised `said` the city `asked` is first named, when it is not the family's
    `home`; None when there is no family city, or no other city is asked."""
    if home is None or asked in (None, home):
        return None
    where = CITIES[asked].pattern.search(said)
    return where.start() if where is not None else None


def measures_asked(text: str, city: str | None, subsidy_shown: bool = True) -> list[Entry]:
    """The measures a question names each in a clause of its own ("济南产假多少天 陪产假多少天":
    maternity and paternity leave), in order; empty unless there are at least two. A bare
    "any subsidy?" after an insurance question ("how much is covered for the birth? any
    subsidy?") is the monthly money beside the insurance, the insurance found by its clause's
    words first; after an insurance that is itself a subsidy, it is that subsidy alone when
    the money was already shown (`subsidy_shown`), else the money too (each once)."""
    # "老大都上小学了": an age, as asked_measure reads it; "why X? I asked Y": Y alone
    said = REALLY.sub("真的吗", SCHOOL_STAGE.sub(" ", corrected_topic(normalise(text))))
    said = LEAVES_RUN_ON.sub(r"\1 ", said)  # 产假陪产假育儿假天数: each leave named
    home, city = city, city_asked(text, city)
    whole = WHOLE_CHECK.search(said) is not None
    if whole:
        topics = topics_named(said, city)
        if len(topics) >= 2:
            return topics  # "想问入园托育有啥政策": each measure named
    groups: list[list[Entry]] = []
    general = False  # a part asking after leave or money in general ("what leave can we get")
    leave_in_general: list[list[Entry]] = []  # "俩孩子能休几天": the leave asked, none named
    asking = bool(QUESTION.search(said) or FIGURE_WANTED.search(said))
    unnamed: list[str] = []  # the insurance asked in words no measure is named by, before
    asked_city, named_from = city, other_city_named_at(said, home, city)
    for start, clause in clauses(said):
        # 产假能休多久 我老公在济南一家公司上班 他的陪产假…: the clauses before another city is
        # named are the family's own city's (tester 139 p4, a Beijing mother, was given Jinan's
        # 158 days)
        city = home if named_from is not None and start < named_from else asked_city
        wished = _loan_wished(clause, city)
        if wished is not None:  # "还有我们想贷款买房": the loan the family can get
            groups.append([wished])
            continue
        if not (QUESTION.search(clause) or (asking and not fact_spans(clause))):
            continue  # a clause telling the family's facts, in a message asking something else
        earlier = list(unnamed)  # the clauses before this one that named no measure
        if not groups and named_entry(clause, city, fact_spans(clause)) is None:
            unnamed.append(clause)
        rent = ([] if AREA_ASKED.search(said) else rent_measures(clause, city)) or housing_measures(
            clause, said, city
        )  # "多给多少平米啊 租房补贴那个": the area's
        if len(rent) >= 2:  # "租房能有补贴吗": each measure helping with the rent (Jinan 14)
            groups.append(rent)
            general = True
            continue
        pieces = re.split(r"和|跟|与|以及|还有|\band\b|&", clause)
        alone = sum(1 for p in pieces if p.strip()) == 1  # a question of its own
        for part in pieces:  # 产假和陪产假分别多少天
            # a bare number is no figure of a measure: "2 kids (6 and 3)" lists ages
            worded = WORDED.search(part) is not None
            entry = (
                named_entry(part, city, fact_spans(part))
                or (figure_named(part, city) if worded else None)
                # "baby's own medical insurance, deadline to enrol": the window (Jinan 15)
                or child_enrolment_asked(part, city)
                # "…托育机构每月补400那个是给俺们家的吗 老三能领多少": the child's money (Jinan 12)
                or _childs_money_part(part, city)
            )
            if (
                entry is not None
                and is_monthly_money(entry)
                and not CHILDRENS_MONEY_NAMED.search(part)
                and not ORDER_IN_PART.search(part)  # "老三能领多少": a child's money
                and any(e.kind == "cash" and not is_monthly_money(e) for g in groups for e in g)
            ):
                continue  # "…a family elderly care bed, what's the monthly subsidy?": that
                # bed's own sum (Jinan clause 20), not the children's money (tester 73 c6)
            if entry is not None:
                groups.append([entry])
            elif (
                earlier
                and _bare_subsidy(part)
                and not groups
                and (insurance := _insurance_asked(said, earlier, part, city)) is not None
            ):  # "how much is covered for the birth? any subsidy?": the insurance its words
                # find, then the money asked beside it (after an insurance that is a subsidy
                # itself, shown the money before: that subsidy alone)
                groups.append([insurance])
                if subsidy_shown and _subsidy_of_the_named(part, groups):
                    continue
                money = monthly_subsidy(city) if city is not None else None
                if money is not None:
                    groups.append([money])
            elif _subsidy_of_the_named(part, groups) and (
                subsidy_shown or groups[-1][0].kind != "insurance"
            ):
                continue  # "孩子医保要办吗 有没有补贴": the insurance's own subsidy (Jinan 15)
            elif worded and (asked := asked_in_general(part, city)):
                groups.append(asked)
                general = True
                if (
                    all(e.kind == "leave" for e in asked)
                    and not OTHER_LEAVE.search(part)
                    and not (A_PARENT.search(part))
                ):
                    leave_in_general.append(asked)
            elif (
                city is not None
                and AMOUNT_RECEIVED.search(part)
                # "family elderly care bed, what's the monthly subsidy?": that cash's own sum,
                # not the children's money (tester 73 c6 got the 600)
                and not any(e.kind == "cash" for g in groups for e in g)
                and (money := monthly_subsidy(city) or monthly_measure(city)) is not None
            ):  # "这个老三生了能领多少 | 俺们老两口的护理保险是不是也能补了": the money asked
                groups.append([money])  # beside the other measure (tester 67 c3)
            elif (
                alone
                and city is not None
                and QUESTION.search(part)  # "大孙子上小学二年级": told, no school asked
                and (away := named_only_elsewhere(part, city, []))
            ):
                # "… with 2 kids? and can we take out our housing fund for rent like jinan?" in
                # Beijing: the part about Jinan's clause 14 is answered too, as Beijing's silence
                groups.append(away[:1])
    if city is not None and (
        all(e.city != city for g in groups for e in g)
        or any(BARE_TOPIC.match(c.strip()) for _, c in clauses(said))
    ):  # only other plans' measures, or "那上学呢 三个孩子能一个学校吗" (one question, its topic
        # said first): the one answer that the plan is silent
        groups = [g for g in groups if all(e.city == city for e in g)] if city else groups
        if len(groups) < 2:
            groups = []
    named = [g for g in groups if not any(g is h for h in leave_in_general)]
    if any(len(g) == 1 and g[0].kind == "leave" for g in named):
        # "育儿假呢 俩孩子能休几天": the days asked are the named leave's, not every leave's
        # (tester 41 c01 got the maternity and paternity leave again with the parental leave)
        groups = named
    if whole and not general:
        return []  # "what can we get": the full check, not measures guessed
    fees = nursery_fees(said, city)
    if fees is not None:  # "老三送托育机构 费用有补助吗": one question, the 400 to nurseries
        groups = [[fees]] + [g for g in groups if not any(_of_nursery_money(e) for e in g)]
    found = _each_part_first(groups)
    carer = next(
        (
            e
            for _, c in clauses(said)
            if city is not None
            and (e := named_entry(c, city, [])) is not None
            and CARER_LEAVE.search(e.title.zh)
        ),
        None,
    )
    if carer is not None and not BIRTH_LEAVE_NAMED.search(said):
        # "im an only child and my mom just went into hospital. is there leave for that?": the
        # one-child parents' nursing leave (Beijing (15)), not the leave around a birth
        # (tester 73 c8 heard "Yes." and the maternity and paternity leave)
        swapped = [carer if e.kind == "leave" else e for e in found]
        found = [e for i, e in enumerate(swapped) if all(e.id != x.id for x in swapped[:i])]
    if PARTNER_TOO.search(said):  # "maternity leave, and me?": the father's leave too
        for entry in list(found):
            partner = entry.id.replace(".maternity_leave", ".paternity_leave")
            entries = catalogue().entries
            if partner != entry.id and partner in entries and entries[partner] not in found:
                found.append(entries[partner])
    return found if len(found) >= 2 else []


# Where a hotline worker's list of measures breaks when typed without punctuation: two or more
# spaces, a tab, or a mark ("paternity leave days   loan ceiling", "产假多少天 公积金贷款最多多少").
LISTED_BREAK = re.compile(r"\s{2,}|\t|[，。,;；!！?？\n、|/]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _listed_pieces(text: str) -> list[str]:
    """The pieces of a typed list: cut at LISTED_BREAK, and Chinese further at single spaces
    and the clause breaks of the understanding layer (产假 多少天 公积金贷款 最多多少)."""
    pieces: list[str] = []
    for piece in LISTED_BREAK.split(text):
        if not piece.strip():
            continue
        if _CJK.search(piece):
            pieces += [c for _, c in clauses(normalise(piece))]
        else:
            pieces.append(normalise(piece))
    return [p for p in pieces if p.strip()]


def measures_listed(text: str, city: str | None) -> list[Entry]:
    """The measures a hotline worker lists in one message, each in a piece of its own with no
    question words ("paternity leave days   loan ceiling", "产假 多少天 公积金贷款 最多多少"), in
    order; empty unless two or more are named. With no city named or kept, the one city whose
    measures the unambiguous pieces name (Jinan's loan ceiling makes 产假 Jinan's); none or
    both: empty. Each measure is then answered with its clause (tester 57 a2)."""
    pieces = _listed_pieces(corrected_topic(text))
    if len(pieces) < 2:
        return []
    city = city_asked(text, city)
    if city is None:
        cities = {e.city for p in pieces if (e := named_entry(p, None, fact_spans(p)))}
        if len(cities) != 1:
            return []
        city = cities.pop()
    found: list[Entry] = []
    for piece in pieces:
        entry = named_entry(piece, city, fact_spans(piece))
        if entry is not None and entry not in found:
            found.append(entry)
    return found if len(found) >= 2 else []


# Whether there is money at all, no measure named ("有补贴吗", "俺就问每个月有没有钱", "就问给不给
# 钱", "do we get any money"): the city's money paid monthly (Jinan clause 12; Beijing (12)'s
# subsidy system still to be set up).
MONEY_ASKED = re.compile(
    # money the family pays ("我们要交钱吗", 得自己掏钱吗, 花钱吗) is no money received
    r"(?:有没有|有无)(?:每个?月的?)?(?:钱|补贴|补助)|(?<![交缴掏花出付])(?:钱|补贴|补助)(?:有没有|有吗|有没|吗)"
    r"|每个?月(?:有没有|有没|给不给|发不发)|给不给钱|(?:有|给|发)(?:补贴|补助|钱)吗"
    r"|(?:有|给|发)(?:补贴|补助|钱)没(?:有)?(?![\u4e00-\u9fff])"  # 这俩生下来有补贴没
    r"|(?:给|发|补)多少钱"  # 北京生三胎给多少钱啊
    # "那这个钱从哪个月开始发 去哪申请" after the 600+200 (tester 115 got the newborn's insurance)
    r"|(?:这个|那个|这|那|这笔|那笔)钱(?=\S{0,6}(?:从|哪|什么时候|啥时候|几月|怎么|咋|如何|多久|到|能|要|是|发|领))"
    r"|\b(?:this|that|the) money\b(?=[^.?!]{0,30}\b(?:when|where|how|start|paid|apply|claim)\b)"
    r"|(?<![交缴掏花出付])(?:补贴|补助)(?:咋|怎么|怎样|如何)(?:算|计算|领|发|拿)"  # 双胞胎 补贴咋算
    r"|[二三23]\W?[胎孩宝]\S{0,3}(?:有|给|发)(?:啥|什么)(?:补贴|补助|钱)"  # 想问问生二胎有啥补贴
    r"|\bany (?:monthly |cash )?(?:money|cash|subsid(?:y|ies)|allowance)\b"
    # "are we still eligible for the monthly thing?": the money paid each month
    r"|\b(?:the|that|this) monthly (?:thing|one|payment|money|allowance|cash|benefit)\b"
    r"|\b(?:get|give|pay) (?:us )?(?:any )?(?:monthly )?(?:money|cash)\b"
    # whether the money is still paid: "老二的补贴还在发吗", "钱还发不发", "is her subsidy still
    # paid" (tester 39 c07): the monthly money, not the 400 to nurseries
    r"|(?:钱|补贴|补助)\S{0,2}(?:还在发|还发|还在领|还有没有|还有吗|停了|停没停|发不发)"
    r"|\b(?:subsidy|allowance|money|600|800)\b[^.?!]{0,20}\b(?:still|stopped)\b"
    r"|\bstill (?:being )?paid\b|\bstill (?:get|gets|getting|receiving|receive) (?:the |her |his )?"
    r"(?:money|subsidy|allowance|600|800)\b",
    re.I,
)
# An amount the family receives, no measure named ("双胞胎能领多少", "老三能拿多少", "how much
# will the twins get"): not days (产假能休多少天) nor a loan (贷多少).
AMOUNT_RECEIVED = re.compile(
    r"(?:领|拿)了?(?:多少|几个?钱)(?![天日周个月年])"
    # "一共领了多少", "补贴能领多少", "能拿多少补贴" (tester 34 c08, c05): the money as a sum
    r"|(?:一共|总共|总计|合计|累计)(?:能|可以)?(?:领|拿|发|给)?了?多少(?![天日周个月年])"
    r"|(?:补贴|补助)(?:一共|总共)?(?:能|可以)(?:领|拿)多少(?![天日周个月年])"
    # "这回怀的双胞胎 能给多少" (tester 88 c3 got the newborn's insurance): the money given
    r"|(?:能|可以|会)(?:给|发)(?:多少|几个?钱)(?![天日周个月年岁平套万])"
    # "how much subsidy do we get", "how much total have we got so far", "how much have we
    # received": the money, asked by its sum or as "the subsidy" (tester 34 c05, c08)
    r"|\bhow much (?:money |subsid(?:y|ies) |allowance |cash |in total |total |altogether )?"
    r"(?:in total |altogether )?(?:can|do|will|would|does|could|have|has|did|had) "
    r"[\w\s']{0,25}?\b(?:get|got|gotten|receive|received|claim|claimed|been paid)\b"
    r"|\bhow much (?:is|are|was) (?:the |our |my )?(?:subsid(?:y|ies)|allowance)\b",
    re.I,
)
# The end of the family's money asked ("when does the money for the 2nd one stop?", 那钱啥时候停):
# the monthly money's (tester 89 e1 got clause 4's mother-and-child safety).
MONEY_ENDS = re.compile(
    r"\b(?:the |their |our |his |her )?(?:money|cash|payments?)\b[^.?!]{0,30}"
    r"\b(?:stops?|ends?|run(?:s)? out|finish(?:es)?|be paid until)\b"
    r"|(?<![交缴掏花出付])(?:钱|补贴|补助)[^，,。？?\s]{0,6}(?:停|到期|截止|到什么时候|到啥时候|发到哪"
    r"|领到(?:老[\d大二三小幺]\u2060?|[\d大二三小]\u2060?宝|孩子|娃|孙子|孙女)?(?:几岁|什么时候|啥时候|哪年|多大)|领(?:多久|几年))",
    re.I,
)
# Whether the money can still be drawn ("这个月还能领吗 小的", 老二还能领不): the monthly money,
# whatever measure came before (tester 89 c4 got the housing-fund loan again).
STILL_CLAIMED = re.compile(r"(?:还|现在|这个月|今年|本月)(?:能不能|能|可以)领(?:吗|么|不|没|啊)?")
# Words of another topic than the family's money ("老二上医保有补贴吗", "托育机构有补贴吗"); a
# check-up or a hospital stay asked with 要钱吗 is what it costs (Jinan clause 8's free check-ups,
# clause 15's children's inpatient rate), not the monthly money (tester 57 c09: "孩子体检要钱吗"
# got "要。育儿补贴…").
OTHER_TOPIC = re.compile(
    r"医保|保险|险|公积金|住房|房|租|贷|假|学|园|托|机构|单位|企业|公司|税|车|地铁|公交|老人|长护"
    r"|体检|检查|住院|看病|疫苗|接种"
    r"|insurance|loan|leave|rent|housing|fund|school|kindergarten|tax|bus|subway|nursery"
    r"|institution|employer|company|grandparent|check-?ups?\b|medical exam|physicals?\b"
    r"|hospital|vaccin",
    re.I,
)
MAX_TOPICS = 3  # measures named in a question about what there is on a topic


def topics_named(said: str, city: str | None) -> list[Entry]:
    """The measures of `city`'s plan a question about what there is names by their words,
    outside the words asking about everything and the family's facts ("想问入园托育有啥政策":
    Beijing's preschool places (13) and inclusive childcare (11)), longest match first, at most
    three; empty when `city` is unknown or the question names none ("有啥补贴")."""
    if city is None:
        return []
    rest = WHOLE_CHECK.sub(" ", said)
    spans = [f.casefold() for f in fact_spans(rest)]
    folded = rest.casefold()
    found: list[tuple[int, Entry]] = []
    for entry in catalogue().entries.values():
        if entry.city != city:
            continue
        length = max(
            (
                len(term)
                for term in measure_terms(entry)
                if len(term) >= 2 and _named_outside(term, folded, spans)
            ),
            default=0,
        )
        if length:
            found.append((length, entry))
    found.sort(key=lambda pair: -pair[0])
    return [entry for _, entry in found[:MAX_TOPICS]]


def without_city(text: str) -> str:
    """`text` without the words that name a city: the city chooses whose plan is searched, it is
    no topic ("北京3孩公积金能不能多贷" matched every Beijing measure by 北京)."""
    for pattern in patterns().values():
        text = pattern.sub(" ", text)
    return text


# A child's school stage told as a state, an age ("老大都上小学了", "已经上幼儿园了", "the eldest is
# already in primary school"): a fact of the family, never a question about schooling (tester 53
# c02 got "济南的方案没有写这方面的规定" and Beijing's (13) for "老大都上小学了 能领多少钱").
SCHOOL_STAGE = re.compile(
    r"(?:都|已经|已|早就?|刚|也)(?:在)?上(?:了)?(?:小学|初中|高中|中学|大学|幼儿园|[一二三四五六]年级)了?"
    r"|(?:在)?上(?:小学|初中|高中|中学|大学|幼儿园|[一二三四五六]年级)了"
    r"|\b(?:is|are|'s|s|already|now) (?:already |now )?(?:in|at) (?:primary|elementary|middle"
    r"|high|secondary) school\b"
    r"|\b(?:is|are|'s|already) (?:already )?in (?:kindergarten|grade \d)\b",
    re.I,
)


def elsewhere(text: str, city: str | None, lang: str) -> list[Entry]:
    """For a question about one measure that `city`'s plan does not have ("北京3孩公积金能不能
    多贷"), the measures of the other cities' plans it names or clearly matches (at most two,
    the best first); empty when `city`'s plan has one, or the other plans none either."""
    said = SCHOOL_STAGE.sub(" ", normalise(text))
    city = city_asked(text, city)
    if city is None or not QUESTION.search(said) or WHOLE_CHECK.search(said):
        return []
    if asked_measure(text, city, lang) is not None:
        return []
    kind: Lang = "zh" if lang == "zh" else "en"
    spans = fact_spans(said)
    only_there = named_only_elsewhere(said, city, spans)
    if only_there:
        return only_there[:2]  # "北京公积金贷款能多贷吗": housing-fund loans are Jinan's clause 14
    try:
        own = search(without_city(said), lang=kind, city=city, limit=1)
    except InputError:
        return []
    if own and own[0].word_score >= MIN_WORD_SCORE:
        return []  # the city's plan has something on it, if not one measure clearly named
    found: list[Entry] = []
    for other in CITIES:
        if other == city:
            continue
        named = named_entry(said, other, spans)
        if named is not None:
            found.append(named)
            continue
        try:
            hits = search(without_city(said), lang=kind, city=other)
        except InputError:
            continue
        if hits and hits[0].word_score >= MIN_SCORE:
            close = [h for h in hits[:2] if MARGIN * h.word_score >= hits[0].word_score]
            found += [h.entry for h in close]
    return found[:2]


def _clear_best(
    text: str,
    city: str | None,
    lang: str,
    numbers: set[float],
    quoted_shares: frozenset[float] = frozenset(),
) -> Entry | None:
    """The search's answer to `text` when it is clear: a measure whose figure is quoted (a
    share quoted as a percentage names its measure among every hit: "能报50%吗"), or the best
    one well ahead of the next (not counting its own supplement)."""
    try:
        hits = search(text, lang="zh" if lang == "zh" else "en", city=city, limit=5)
    except InputError:
        return None
    # a share quoted as a percentage, or an amount of money (100 or more: no age or month
    # count), names its measure among every hit ("where do I apply for the 600?")
    amounts = {n for n in numbers if n >= MIN_QUOTED_AMOUNT}
    rate = next(
        (
            h.entry
            for h in hits
            if quoted_shares & _figures(h.entry, share=True) or amounts & _figures(h.entry)
        ),
        None,
    )
    if rate is not None:
        return rate
    hits = [h for h in hits[:3] if h.word_score >= MIN_WORD_SCORE]
    quoted = next((h.entry for h in hits if numbers & _figures(h.entry)), None)
    if quoted is not None:  # "能领600吗": the figure names the measure
        return quoted
    if not hits or hits[0].word_score < MIN_SCORE:
        return None
    top = hits[0]
    beside = same_payment(top.entry)
    runner_up = next((h for h in hits[1:] if h.entry.id not in beside), None)
    if runner_up is not None and top.word_score < MARGIN * runner_up.word_score:
        return None
    return top.entry


def settled_children(slots: dict[str, Any], day: date) -> list[Child] | None:
    """The children said so far, unknown dates filled in, when those dates do not change the
    city's monthly money (tester 25 r02: 老三 born 2023-02-10 on dibao, the elder two before
    it: 800 a month until 2026-02-10 whatever their dates); None when all are known already or
    the dates would decide it."""
    partial = slots.get("children_partial")
    subsidy = monthly_subsidy(slots.get("city"))
    if slots.get("children") or not partial or subsidy is None:
        return None
    if focus(slots, subsidy.id, day).missing:
        return None
    return next(iter(_fills(list(partial), day)), None)


def dated_for(slots: dict[str, Any], day: date) -> Household | None:
    """A household with the unknown dates filled in (their earliest), when the city's monthly
    money of some child is decided whatever those dates are: 老三 born March 2026 while on
    unemployment benefits gets 600+200 = 800 a month until 3 (Jinan clause 12) however old 老大
    and 老二 are (tester 26 c05). Read only with settled_report, which keeps the money the
    dates decide open; None when no child's monthly money is decided yet."""
    partial = slots.get("children_partial")
    if slots.get("children") or not partial:
        return None
    report = settled_report(slots, day)
    if report is None or not any(
        e.child and e.status == "eligible" and e.monthly_amount_cny for e in report.entitlements
    ):
        return None
    try:
        return household_from_slots({**slots, "children": _fills(list(partial), day)[0]}, day)
    except InputError:
        return None


def filled_households(slots: dict[str, Any], day: date) -> list[Household]:
    """The household with the unknown birth dates at their earliest and at their latest (one
    household when every date is known); empty until the city and the children are known."""
    partial = slots.get("children") or slots.get("children_partial")
    if not partial:
        return []
    households = []
    for trial in _fills(list(partial), day):
        try:
            household = household_from_slots({**slots, "children": trial}, day)
        except InputError:
            return []
        if household is None or household.children is None:
            return []
        households.append(household)
    return households


def deciding_child(slots: dict[str, Any], entry_id: str | None, day: date) -> int | None:
    """The birth order of the first child whose date is still needed and can change the measure
    under discussion (`entry_id`, with the cash paid beside it): twins on the way beside one
    child are the 2nd and 3rd children whatever the eldest's date, and 老三's 800 a month does
    not wait for 老大's (Jinan clause 12; tester 26 r05, c05 were asked "第1个孩子是哪年哪月
    出生的？" twice). None: no measure, or no such child (then the first child still needed)."""
    partial = slots.get("children_partial")
    if not entry_id or slots.get("children") or not partial:
        return None
    try:
        group = same_payment(get_entry(entry_id))
    except KeyError:
        return None
    fills = _fills(list(partial), day)
    if len(fills) < 2:
        return None
    early, late = fills
    for i, child in enumerate(partial):
        if precise_enough(child, day):
            continue
        outcomes = []
        for value in (early[i], late[i]):
            trial = [*early[:i], value, *late[i + 1 :]]  # the elders early, the younger late
            try:
                household = household_from_slots({**slots, "children": trial}, day)
            except InputError:
                return None
            if household is None:
                return None
            report = evaluate(household, as_of=day)
            outcomes.append([_key(e) for e in report.entitlements if e.id in group])
        if outcomes[0] != outcomes[1]:
            return i + 1
    return None


def _fills(children: list[Child], day: date) -> list[list[Child]]:
    """The children with every unknown birth date set to its earliest and to its latest possible
    value (between its known neighbours): if an answer is the same both ways, it does not
    depend on that date, and the date need not be asked."""
    if all(precise_enough(c, day) for c in children):
        return [children]
    out = []
    for extreme in ("early", "late"):
        filled = [dict(c) for c in children]
        for i, c in enumerate(filled):
            if precise_enough(c, day):
                continue
            said = date.fromisoformat(c["birth_date"]) if c.get("birth_date") else None
            if c.get("expected"):
                value = add_months(day, 1 if extreme == "early" else 9)
            elif said is not None and said > day:
                value = _due_in_year(said.year, day, extreme)
            else:
                before = [
                    date.fromisoformat(x["birth_date"])
                    for x in filled[:i]
                    if x.get("birth_date") and precise_enough(x, day)
                ]
                after = [
                    date.fromisoformat(x["birth_date"])
                    for x in children[i + 1 :]
                    if x.get("birth_date") and precise_enough(x, day)
                ]
                lowest = max(before, default=add_months(day, -12 * 17))
                highest = min([*(_earlier_birth(d) if said is None else d for d in after), day])
                if said is not None:  # "老二是2025年的": within the year (or month) said
                    start, end = _period_said(said, str(c.get("precision") or "day"))
                    lowest, highest = max(lowest, start), min(highest, end)
                    lowest = min(lowest, highest)
                value = lowest if extreme == "early" else highest
            c["birth_date"], c["precision"] = value.isoformat(), "day"
        out.append(filled)
    return out


def _period_said(said: date, precision: str) -> tuple[date, date]:
    """The first and last day of the year or month a date was said to ("2025年", "2025年3月")."""
    if precision == "year":
        return date(said.year, 1, 1), date(said.year, 12, 31)
    if precision == "month":
        return said.replace(day=1), add_months(said.replace(day=1), 1) - timedelta(days=1)
    return said, said


# A child told without a date ("三孩 2023年2月10日生的": 老大, 老二) born before a younger sibling
# is a birth of its own (twins are told as such, and then share the date): a mother gives birth
# again at the earliest some months later, so the elder was born at least this long before.
MIN_MONTHS_BETWEEN_BIRTHS = 6


def _earlier_birth(younger: date) -> date:
    """The latest day an undated elder sibling of a child born on `younger` can have been born
    (tester 24 r5: the third child's 800 a month, clause 12, was held up by "第1个孩子是哪年哪月
    出生的？" although no elder born before 2022-08 gets the subsidy)."""
    return add_months(younger, -MIN_MONTHS_BETWEEN_BIRTHS)


def _due_in_year(year: int, day: date, extreme: str) -> date:
    """The earliest or latest due date a year said of a baby on the way allows ("老三明年生"):
    after today and at most MAX_MONTHS_TO_DUE_DATE ahead, so the child stays unborn and is not
    counted among the children born (tester 20 c06 had the same-school rule count it)."""
    if extreme == "early":
        return max(date(year, 1, 1), day + timedelta(days=1))
    return min(date(year, 12, 31), add_months(day, MAX_MONTHS_TO_DUE_DATE))


def _key(e: Entitlement) -> tuple[Any, ...]:
    return (e.child, *outcome(e), tuple(e.missing_facts))


class Focus(NamedTuple):
    """Where a question about one measure stands: the entitlements that answer it (once
    decided), or the facts still to ask, most deciding first."""

    entitlements: list[Entitlement]
    missing: list[str]


def focus(slots: dict[str, Any], entry_id: str, day: date) -> Focus:
    """The measure `entry_id` for the household in `slots` on `day` (China's date).

    Children whose dates are not known yet are tried at both ends of what their dates can be;
    when the measure's answer is the same, those dates do not decide it. Errors: none (a
    household the engine refuses gives the facts still to ask)."""
    entry = get_entry(entry_id)
    if slots.get("city") is None:
        # Only the measure's city has it: if the answer there is no, the city decides nothing.
        there = focus({**slots, "city": entry.city}, entry_id, day)
        refused = there.entitlements and all(
            e.status == "not_eligible" for e in there.entitlements if e.id == entry_id
        )
        return there if not there.missing and refused else Focus([], ["city"])
    if slots["city"] != entry.city:
        from actions.hukou_city import lives_apart, with_hukou_there  # it imports this module

        if lives_apart(slots, entry):  # Jinan hukou, living in Beijing: Jinan's 600 (clause 12)
            return focus(with_hukou_there(slots), entry_id, day)
        return Focus([], [])  # another city's measure: the answer is that the family's has none
    group = same_payment(entry)
    children = slots.get("children") or slots.get("children_partial")
    trials: list[list[Child] | None] = [None] if not children else list(_fills(list(children), day))
    outcomes: list[list[Entitlement]] = []
    first_household: Household | None = None
    for trial in trials:
        tried = {**slots, "children": trial, "children_partial": trial}
        try:
            household = household_from_slots(tried, day)
        except InputError:
            return Focus([], ["children"])
        if household is None:
            return Focus([], ["city"])
        first_household = first_household or household
        report = evaluate(household, as_of=day)
        outcomes.append([e for e in report.entitlements if e.id in group])
    if children and first_household is not None:
        outcomes = start_left_open(outcomes, first_household, list(children), day)
    first = outcomes[0]
    if any([_key(e) for e in other] != [_key(e) for e in first] for other in outcomes[1:]):
        # the child's height, not the dates, for the free transit (Beijing (12))
        keyed = [{(e.id, e.child): _key(e) for e in other} for other in outcomes[1:]]
        open_ = [e for e in first if any(k.get((e.id, e.child)) != _key(e) for k in keyed)]
        facts = sorted({f for e in open_ for f in deciding_facts(e, outcomes)})
        return Focus([], facts if facts and "children" not in facts else ["children"])
    if children:
        first = without_dates_tried(first, outcomes[1:], children, day)
    asked = [e for e in first if e.id == entry_id]
    missing = rank_missing(asked)
    if missing:
        return Focus([], missing)
    return Focus(asked + [e for e in first if e.id != entry_id and e.status == "eligible"], [])


def start_left_open(
    outcomes: list[list[Entitlement]], first: Household, children: list[Child], day: date
) -> list[list[Entitlement]]:
    """The trials' items with the start an undated elder's age leaves open made one: parental
    leave (Jinan clause 11) with a baby due March 2027 runs until its 3rd birthday, 1 March
    2030, whatever the eldest's date; only whether it runs from now (the eldest under 3) or
    from the birth waits on that date. Such an item has no start, and its reason says so with
    the end worked out from the due month (tester 45 c05 was asked "第1个孩子的出生日期" for
    it). `first`: the household of the first trial (its babies on the way as said)."""
    elders = [
        i
        for i, c in enumerate(children, start=1)
        if not precise_enough(c, day)
        and not c.get("expected")
        and not (c.get("birth_date") and date.fromisoformat(c["birth_date"]) > day)
    ]
    if len(outcomes) < 2 or not elders:
        return outcomes
    made: dict[tuple[str, int | None], Entitlement] = {}
    for e in outcomes[0]:
        alike = [
            next((o for o in other if (o.id, o.child) == (e.id, e.child)), None)
            for other in outcomes[1:]
        ]
        unstarted = _key(e.model_copy(update={"start": None}))
        if (
            e.status != "eligible"
            or e.start is None
            or e.end is None
            or any(
                o is None or _key(o.model_copy(update={"start": None})) != unstarted for o in alike
            )
            or all(o is not None and o.start == e.start for o in alike)
        ):
            continue
        due = next((c for c in first.children or [] if c.birth_date == e.start > day), None)
        years = get_entry(e.id).parameters.get("age_limit_years")
        if due is None or years is None or not isinstance(years.value, int):
            continue
        elder = Text(
            zh="、".join(f"第{i}个孩子" for i in elders),
            en=" or ".join(f"child {i}" for i in elders),
        )
        words = kb_reason(
            "age.until_due_birthday",
            years=years.value,
            birthday=e.end,
            born=birth_as_said(due),
            elder=elder,
        )
        reasons = TextList(zh=[words.zh], en=[words.en])
        made[(e.id, e.child)] = e.model_copy(update={"start": None, "reasons": reasons})
    if not made:
        return outcomes
    return [[made.get((e.id, e.child), e) for e in trial] for trial in outcomes]


def same_payment(entry: Entry) -> set[str]:
    """The measure and the cash paid under the same clause beside it (the childcare subsidy and
    its hardship supplement): asked about one, the family hears the sum when both apply."""
    if entry.kind != "cash" or "household" not in entry.audience:
        return {entry.id}  # the 400 paid to childcare institutions is no family's sum
    return {
        e.id
        for e in catalogue().entries.values()
        if e.city == entry.city
        and e.clause == entry.clause
        and e.kind == "cash"
        and "household" in e.audience
    }


def paid_together(entry: Entry, text: str) -> list[Entry]:
    """The monthly money a general question about `entry` adds up to, the city's subsidy first:
    asked about the hardship supplement (Jinan clause 12's 200 a month), the subsidy it is paid on
    top of as well; asked about the subsidy by a family on dibao, special hardship support or
    unemployment benefits ("低保家庭生二胎的育儿补贴是多少"), the supplement too. Else `entry`."""
    group = paid_together_group(entry)
    if not group:
        return [entry]
    base = group[0]
    if entry.id != base.id:
        return [base, entry]
    if HARDSHIP_NAMED.search(text):
        return group
    return [entry]


def undated_children(slots: dict[str, Any], day: date) -> list[render.Undated]:
    """The birth orders of the children said whose dates are still needed (none once every
    date is known): what an open answer names instead of "the children and their dates", which
    would ask again for the count and the dates already told (tester 35 c03, c05)."""
    if slots.get("children") or not slots.get("children_partial"):
        return []
    return [
        render.Undated(i, bool(c.get("expected")))
        for i, c in enumerate(slots["children_partial"], start=1)
        if not precise_enough(c, day)
    ]


def deciding_facts(item: Entitlement, trials: Sequence[Report | list[Entitlement]]) -> list[str]:
    """What to ask for an item the children's unknown dates leave open: a fact of the child
    that some dates leave to be asked and that decides it at any date (Beijing (12)'s height
    under 1.3 m: a toddler is taken to be under it only while the height is unknown), else
    the dates (tester 41 c06 was asked a birth date for the free bus and subway)."""
    asked = {
        fact
        for trial in trials
        for e in (trial.entitlements if isinstance(trial, Report) else trial)
        if (e.id, e.child) == (item.id, item.child) and e.status == "needs_info"
        for fact in e.missing_facts
    }
    of_the_child = sorted(f for f in asked if f.startswith("children."))
    return of_the_child if of_the_child and asked == set(of_the_child) else ["children"]


def settled_household(slots: dict[str, Any], day: date) -> Household | None:
    """The household of `slots`, its children's unknown dates set to their earliest possible
    value (see _fills): for what settled_report shows as decided whichever the dates are.
    None until the city is known."""
    children = slots.get("children") or slots.get("children_partial")
    if not children or slots.get("children"):
        return household_from_slots(slots, day)
    try:
        return household_from_slots({**slots, "children": _fills(list(children), day)[0]}, day)
    except InputError:
        return None


def settled_report(slots: dict[str, Any], day: date) -> Report | None:
    """The household's Report while some children's dates are still unknown: what is the same
    whichever dates they turn out to have, as decided; the rest as needing the children's
    dates. None until the city is known. With every date known, simply the Report."""
    children = slots.get("children") or slots.get("children_partial")
    if not children or slots.get("children"):
        household = household_from_slots(slots, day)
        return None if household is None else evaluate(household, as_of=day)
    reports = []
    for trial in _fills(list(children), day):
        try:
            household = household_from_slots({**slots, "children": trial}, day)
        except InputError:
            return None
        if household is None:
            return None
        reports.append(evaluate(household, as_of=day))
    first = reports[0]
    keys = [{(e.id, e.child): _key(e) for e in r.entitlements} for r in reports]
    settled = [
        e
        if all(k.get((e.id, e.child)) == _key(e) for k in keys[1:])
        else e.model_copy(
            update={
                "status": "needs_info",
                "missing_facts": deciding_facts(e, reports),
                **dict.fromkeys(AMOUNTS),
            }
        )
        for e in without_dates_tried(first.entitlements, reports[1:], children, day)
    ]
    known = household_from_slots({**slots, "children": None, "children_partial": None}, day)
    echo = first.household if known is None else evaluate(known, as_of=day).household
    return first.model_copy(  # the household as told: no date made up for a child
        update={"entitlements": settled, "missing_facts": rank_missing(settled), "household": echo}
    )


def back_then(slots: dict[str, Any]) -> BackThen:
    """The family's report (as settled_report works it out) on a past day, the babies due long
    after it left out; None when it cannot be worked out then. For the summary's ended money:
    what was paid, and what waited on a fact not told (headline._ended_line)."""

    def on(day: date) -> Report | None:
        try:
            return settled_report(slots, day)
        except InputError:
            household = household_from_slots(slots, day)
            return None if household is None else evaluate_back_then(household, day)

    return on


# A date as the reasons write it: 2027年1月1日, 2027年1月; "1 January 2027", "January 2027".
REASON_DATE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|(?:\d{1,2} )?[A-Z][a-z]+ \d{4}")
# The due date tried for a baby whose due date is not known, where a reason names it, and
# what is left: "（预产期2027年1月1日）" and "预产期2027年1月1日的" go, "预产期2027年1月1日，
# 在…以后" is "预产期在…以后"; "(due on 1 January 2027)" and " due on 1 January 2027" go,
# "Due on 1 January 2027, on or after" is "Due on or after".
DUE_TRIED = (
    (r"（[^（）]*预产期(?:为)?{d}[^（）]*）|预产期(?:为)?{d}的", ""),
    (r"预产期{d}，", "预产期"),
    (r"\s?\([^()]*\bdue (?:on |in )?{d}[^()]*\)|\s\bdue (?:on |in )?{d}(?!,)", ""),
    (r"\bDue (?:on |in )?{d}, ", "Due "),
)


def _without_tried(reason: str, tried: set[str], baby: str = "孩子") -> str:
    """`reason` without the due date it names of the dates `tried` for children whose dates
    are not known ("预产期…的孩子出生后" is "双胞胎出生后" of twins on the way, `baby`)."""
    for d in sorted(tried, key=len, reverse=True):
        reason = re.sub(f"预产期(?:为)?{re.escape(d)}的孩子出生后", f"{baby}出生后", reason)
        for pattern, left in DUE_TRIED:
            reason = re.sub(pattern.format(d=re.escape(d)), left, reason)
    return reason


def undated_reason(children: list[Child], day: date, lang: Lang, child: int | None) -> str:
    """What a reason says instead of a date tried for a child whose date is not known: whose
    date (a coming baby's due month, a child's birth date) decides it; the item's own `child`
    when its date is the one not known."""
    undated = [i for i, c in enumerate(children, start=1) if not precise_enough(c, day)]
    if child in undated:
        undated = [child]
    due = [i for i in undated if children[i - 1].get("expected")]
    born = [i for i in undated if i not in due]
    parts = []
    if due:
        who = (
            "、".join(f"第{i}个孩子" for i in due)
            if lang == "zh"
            else " and ".join(f"child {i}" for i in due)
        )
        parts.append(f"{who}的预产期" if lang == "zh" else f"the due month of {who}")
    if born:
        who = (
            "、".join(f"第{i}个孩子" for i in born)
            if lang == "zh"
            else " and ".join(f"child {i}" for i in born)
        )
        parts.append(f"{who}的出生日期" if lang == "zh" else f"the birth date of {who}")
    if lang == "zh":
        return f"具体日期要看{'和'.join(parts)}，目前还不知道。"
    return f"The dates depend on {' and '.join(parts)}, not known yet."


def without_dates_tried(
    items: list[Entitlement], others: list[Any], children: list[Child], day: date
) -> list[Entitlement]:
    """`items` (decided with the dates tried first for the children whose dates are not
    known) with no reason naming a date tried: a reason that names one differently in the
    other trials (`others`: their Reports or entitlement lists) loses the due date it names
    ("孩子出生后（预产期2027年1月1日）" is "孩子出生后"), or, naming another such date still
    (the 3rd birthday, an enrolment deadline, an eldest "born 1 December 2009"), says whose
    date decides it instead (tester 38 c06 read "due on 1 January 2027" of a baby whose due
    date nobody said)."""
    alike: dict[tuple[str, int | None], list[Entitlement]] = {}
    for other in others:
        for e in other.entitlements if isinstance(other, Report) else other:
            alike.setdefault((e.id, e.child), []).append(e)
    coming = [c for c in children if c.get("expected") and not c.get("birth_date")]
    baby = "双胞胎" if len(coming) == 2 else "孩子"
    out = []
    for e in items:
        reasons: dict[str, list[str]] = {}
        # refused whatever the dates tried (老二 born when not on dibao, of the +200): the
        # refusal does not wait on the date, so no "具体日期要看…目前还不知道" beside it
        others_of = alike.get((e.id, e.child), [])
        settled = e.status == "not_eligible" and all(o.status == e.status for o in others_of)
        for lang in ("zh", "en"):
            seen = [
                {d for r in o.reasons.get(lang) for d in REASON_DATE.findall(r)} for o in others_of
            ]
            kept: list[str] = []
            dated = False
            for reason in e.reasons.get(lang):
                tried = {d for d in REASON_DATE.findall(reason) if any(d not in s for s in seen)}
                stripped = _without_tried(reason, tried, baby)
                if not any(d in stripped for d in tried):
                    kept.append(stripped)
                elif settled:
                    dated = True
                elif (instead := undated_reason(children, day, lang, e.child)) not in kept:
                    kept.append(instead)
            if dated and not kept:  # only the dates refused it: say whose date decides
                kept.append(undated_reason(children, day, lang, e.child))
            reasons[lang] = kept
        out.append(e.model_copy(update={"reasons": TextList(**reasons)}))
    return out


# The figures and dates of an entitlement, cleared while they depend on dates not yet known.
AMOUNTS = (
    "monthly_amount_cny", "total_amount_cny", "amount_cny", "max_amount_cny", "rate", "days",
    "area_m2", "start", "end", "apply_by",
)  # fmt: skip


# Money asked of a child ("老大有补贴吗", "那老二呢 有钱拿吗", "any money for the older one?"):
# the city's monthly money per child (Jinan clause 12), whatever measure was discussed before.
CHILD_MONEY = re.compile(
    r"补贴|补助|(?:有|拿|领|给|发)(?:多少)?钱|钱(?:拿|领)|subsidy|allowance|cash"
    # "老三能拿多少", "how much will the 3rd get": an amount for that child (not 休多少天)
    r"|(?:拿|领)多少(?![天日])"
    r"|how much (?:does|will|can|would|do) (?:he|she|the|our|my)\b[^?]{0,20}\bget"
    r"|(?:get|any|some) money|money for",
    re.I,
)  # not 交钱: "老二上医保要交钱吗" asks what the family pays


def child_money_asked(text: str, city: str | None) -> Entry | None:
    """The city's monthly money per child (Jinan clause 12) when a short message names a child and
    asks about money ("老大呢 老大有补贴吗", "那老二呢 有补贴吗 去哪办"), whatever measure was
    discussed before or a search would find (the newborn insurance subsidy); else None."""
    if not names_a_child(text) or not CHILD_MONEY.search(text):
        return None
    named = named_entry(normalise(text), city)
    if named is not None and not is_monthly_money(named):
        return None  # "那老三上托儿所有补贴吗": the nursery places of Beijing (10), named
    return monthly_subsidy(city) or monthly_measure(city)
