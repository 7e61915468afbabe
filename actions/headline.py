"""Short replies for phones and messaging channels (issue 13): the result's headline (money and
deadlines first, at most HEADLINE_LINES lines), the answer to a question about one measure (yes
or no first), and a correction's changes only. Figures and dates come from the Report; the
words from the wording layer; nothing here holds a figure."""

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from actions import clock
from actions.read_out import ENROLLED_IN_TIME_ASKED
from actions.totals import in_stages, total_said
from policy_kb import format as fmt
from policy_kb import get_entry
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry
from policy_kb.report import Entitlement, Report
from policy_kb.rules.base import reason, value
from policy_kb.text import Lang
from understanding.text import clauses, normalise
from wording.cities import city_name
from wording.entitlements import clause_line, clause_name, label, ordered
from wording.language import lower_first, t

# The family's report on a past day (the day before a child's money ended), or None when it
# cannot be worked out then.
BackThen = Callable[[date], Report | None]

HEADLINE_LINES = 4  # the offer or the hint that follows makes five
CHANGE_LINES = 4  # a correction's changes, with the read-back before them
MONEY_KINDS = ("cash", "insurance")  # what is paid to the family or for its medical costs
# A yes/no question ("能领吗", "要买票不", "can we…?"), and one about having to pay, whose
# "yes" is "no need" (要买票不 → 不用).
YES_NO = re.compile(
    r"[吗嘛]|(?<![什怎这那多])么|[不没][\s?？。!！]*$|能不能|可不可以|是不是|有没有|要不要|用不用|发不发|给不给|是否|[能可]以?\S{0,6}[？?]$"
    r"|^\s*(?:can|could|do|does|did|is|are|will|would|should|am|may)\b"
    r"|(?:^|[,.;!?]\s*|\b(?:so|and|but|then)\s+)(?:can|could|do|does|did|is|are|will|would|should|am"
    r"|may)\s+(?:i|we|she|he|it|they|you|my|our|the|there|this|that)\b"
    # an English yes/no left elliptical, as 还免费吗 is asked: "my 6 yo is 1.35m, still free?",
    # "eligible too?", "twins, both covered?"
    r"|(?:^|[,.;!:]\s*|\b(?:so|and|but|then)\s+)(?:(?:both|all|still|also|even|then)\s+)*"
    r"(?:free|eligible|covered|entitled|included|allowed|counted|ok|okay)"
    r"(?:\s+(?:too|then|now|still|as well|any ?more|for (?:him|her|them|it|us)))?\s*\?\s*$"
    r"|\bor not\W*$|\byes or no\W*$",  # "600 or not?", as 能领不 (tester 27 c07)
    re.I,
)
# Whether something exists is asked ("有没有补贴", "有补贴吗"), not whether one can (能不能):
# 有 / 没有 answers it.
HAVE_ASKED = re.compile(r"有没有|有吗|有没|(?<![能可])有[^，,。？?能]{0,10}吗")
MUST_PAY = re.compile(
    r"[买要补]票|票钱|付钱|[交缴]钱|花钱|收费|掏钱|要钱|自己[交缴付出]|\bticket|\bfare|\bcharge"
    # paying for the thing asked ("do kids have to pay on the subway"), not what the benefit
    # pays for ("take out his housing fund to pay rent")
    r"|\b(?:have to|has to|need to|needs to|must|should)\s+pay\b"
    # not what the cover pays ("what does it pay for the delivery", tester 134 p10 heard "No.")
    r"|(?<!\bit )(?<!insurance )(?<!\bwhat does )"
    r"\bpay (?:for (?:it|the|a)\b|anything|on (?:the )?(?:subway|bus|metro))"
    r"|\bcost (?:anything|money)\b"
    r"|\b(?:do|does|did|will|would)\s+(?:i|we|she|he|they|you|kids|children)\s+"
    r"(?:need to\s+)?pay\b",
    re.I,
)

# A question about how a benefit is paid, not whether the family gets it ("is maternity
# allowance her full salary?", "is the 15 days paid?", 产假工资照发吗): a yes from eligibility
# would answer what the plan may not say (Beijing states no rate), so no verdict is given.
PAY_PROPERTY = re.compile(
    r"full (?:salary|pay|wage)|\bsalary\b|\bwages?\b|\bis (?:it|that|the \S+(?: days)?) paid\b"
    r"|\bpaid (?:leave|or unpaid)\b|带薪|工资|全薪|全额|薪水|扣钱吗|算不算出勤|算出勤",
    re.I,
)

# A question about what the plan's text says, not whether the family gets it ("北京方案里有没有
# 写金额", "does the plan say how much"): no yes from eligibility either.
PLAN_WORDING = re.compile(
    r"有没有写|写没写|写了没|写了吗|有写吗|规定了吗|有没有规定|does (?:the|your|their) plan say"
    r"|does it say|is it written|does the text say",
    re.I,
)

# A question whether there is a ceiling ("is there a max", 有上限吗, 最多能取多少吗): about an
# amount, so no yes or no from eligibility ("Yes." had read as "yes, there is a cap"; tester 20).
LIMIT_ASKED = re.compile(r"上限|封顶|最多|最高|\bmax(?:imum)?\b|\blimit\b|\bcap\b", re.I)

# A question about when a benefit starts, ends or must be claimed, or whether it stops
# ("从孩子出生那个月就开始算吗", "有没有期限", "does the extra 200 stop when she leaves dibao?"):
# a yes from eligibility would answer another question (tester 33 c01, c05, c07 got "能。" and
# "Yes." before "800 until 2028").
TIMING_ASKED = re.compile(
    r"开始|起算|算起|从\S{0,8}算|期限|时限|时间限制|截止|过期|到期|停发|停掉|停止|会停|就停|还发|不发了"
    r"|取消|(?:多|几)久|什么时候|啥时候|何时"
    r"|\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|stop(?:s|ped|ping)?|end(?:s|ed)?|expire[sd]?"
    r"|deadline|time limit|cut off|count(?:ed)? from|keep (?:going|paying|getting)|continue[sd]?"
    r"|until when|how long)\b",
    re.I,
)

# Whether the family gets it, asked beside when ("能领吗 从哪个月开始", "can we get it, from
# when?"): the yes or no still leads.
ELIGIBILITY_ASKED = re.compile(
    r"能(?:不能)?(?:领|拿|享受|申请)|可以(?:领|拿|享受)|有没有份|符合(?:条件)?吗|算不算"
    r"|\b(?:can|could) (?:we|i|she|he|they) (?:get|claim|have|receive)\b|\beligible\b",
    re.I,
)

# No employer: flexibly employed, self-employed ("我灵活就业有产假吗", "I'm self-employed, do I get
# maternity leave?"). The plans' leave is granted by an employer ("regarded as an attendance
# period, with the same salary", Jinan clause 11); for no employer they say nothing.
NO_EMPLOYER = re.compile(
    r"灵活就业|自由职业|个体户?|自己干|没(?:有)?(?:工作)?单位|没(?:有)?上班|打零工"
    r"|\b(?:self[- ]employed|freelanc\w*|flexibl[ey] employ\w*|gig work\w*|no employer"
    r"|own business|don'?t have an employer)\b",
    re.I,
)
# Asked of now or ahead of time ("现在能先申请吗", "can I apply now?", "already").
NOW_ASKED = re.compile(
    r"现在|目前|先|提前|\b(?:now|already|yet|in advance|right away)\b"
    # the pregnancy's time ("怀孕期间有吗", "while I'm pregnant", "before the baby is born")
    r"|怀孕期间|怀着|孕期|生之前|生前|出生前|还没生"
    r"|\bwhile (?:i'?m|i am|she'?s|she is|we'?re|we are|my wife is|expecting)\b"
    r"|\bduring (?:the |my |her )?pregnan"
    r"|\bbefore (?:the |our )?(?:baby is |birth|delivery|she gives birth|it'?s born)",
    re.I,
)

# A question about an amount ("能取多少", "how many yuan", "is there a maximum").
AMOUNT_ASKED = re.compile(r"多少|最多|上限|how much|how many yuan|maximum|\bmax\b|\bcap\b", re.I)


# How or where to do it ("孩子医保怎么办", "去哪办", "how do we get the baby insurance"): the
# answer says also what the plan leaves open (its silent_on: the office, the time limit).
HOW_ASKED = re.compile(
    r"怎么办|怎么[弄搞参交报申领]|如何|去哪|在哪|哪里|流程|手续|材料|[要得]办|办吗"
    r"|\bhow (?:do|can|to|should)\b|\bwhere\b|\bapply\b",
    re.I,
)


def _join(parts: list[str], lang: Lang) -> str:
    return t(lang, "；", "; ").join(parts)


def _sum_text(amounts: list[int]) -> str:
    """One child's monthly amounts, largest first: '600' or '600+200=800'."""
    ordered_amounts = sorted(amounts, reverse=True)
    text = "+".join(str(a) for a in ordered_amounts)
    return text + f"={sum(ordered_amounts)}" if len(ordered_amounts) > 1 else text


def per_child_money(items: list[Entitlement], lang: Lang) -> list[str]:
    """'第2个孩子：600+200=800元/月，至2028年3月1日，共28,800元' for each child with monthly
    money, youngest last."""
    by_child: dict[int, list[Entitlement]] = defaultdict(list)
    for e in items:
        if e.child and e.monthly_amount_cny:
            by_child[e.child].append(e)
    lines = []
    for child, money in sorted(by_child.items()):
        sum_text = _sum_text([e.monthly_amount_cny or 0 for e in money])
        ends = [e.end for e in money if e.end]
        totals = [e.total_amount_cny for e in money if e.total_amount_cny]
        parts = [t(lang, f"{sum_text}元/月", f"{sum_text} yuan/month")]
        if ends:
            parts.append(t(lang, "至", "until ") + fmt.day(min(ends), lang))
        if totals:
            starts = [e.start for e in money if e.start]
            parts.append(
                total_said(
                    sum(totals),
                    min(starts) if starts else None,
                    max(ends) if ends else None,
                    lang,
                )
            )
        who = fmt.child_label(child, lang)
        lines.append(t(lang, f"{who}：" + "，".join(parts), f"{who}: " + ", ".join(parts)))
    return lines


def _deadlines(items: list[Entitlement], lang: Lang) -> str | None:
    by_day: dict[date, list[str]] = defaultdict(list)
    for e in items:
        if e.apply_by:
            by_day[e.apply_by].append(label(e, lang))
    if not by_day:
        return None
    parts = [
        t(lang, f"{fmt.day(d, lang)}前办理：", f"by {fmt.day(d, lang)}: ")
        + t(lang, "、", ", ").join(names)
        for d, names in sorted(by_day.items())
    ]
    return "⏰ " + _join(parts, lang)


def headline(
    report: Report,
    lang: Lang,
    estimated: Sequence[int] = (),
    by_month: Sequence[int] = (),
    back_then: BackThen | None = None,
    by_year: Sequence[int] = (),
) -> str:
    """The result in at most HEADLINE_LINES lines: how many items, deadlines, per child the
    money per month (until when, in total), then the other money and how many items more.
    `estimated`: the birth orders of children whose date was worked out from an age;
    `by_month`: those born in a month or a year said without the day (dates counted from the
    1st); `by_year`: those of them known to the year only (from 1 January);
    `back_then`: the family's report on a past day, to tell money paid from money that waited
    on a fact not told (see _ended_line)."""
    eligible = ordered([e for e in report.entitlements if e.status == "eligible"])
    conditional = [e for e in eligible if on_conditions(e)]
    eligible = [e for e in eligible if e not in conditional]
    city = city_name(report.city, lang)
    first = t(
        lang,
        f"按{city}的政策，您家目前可以享受 {len(_measures(eligible))} 项",
        f"Under {city}'s plan your family can get {items(len(_measures(eligible)))}",
    )
    notes = []
    if estimated:
        who = t(lang, "、", ", ").join(fmt.child_label(i, lang) for i in estimated)
        notes.append(
            t(
                lang,
                f"{who}的出生日期按年龄推算，与之相关的日期和总额是估算",
                f"{who}: birth date worked out from an age, so the dates and totals resting on it"
                " are estimates",
            )
        )
    if by_month and any(fmt.dates(e, lang) for e in eligible):
        # "至2028年10月1日" of a child born "去年十月": the 1st is counted, not known; of a
        # child born "19年", 1 January (tester 55 m4 read "只知道出生年月" of a year alone)
        for year_only in (False, True):
            told = [i for i in by_month if (i in by_year) == year_only]
            if not told:
                continue
            who = t(lang, "、", ", ").join(fmt.child_label(i, lang) for i in told)
            notes.append(
                t(
                    lang,
                    f"{who}只知道出生年份，日期按当年1月1日推算",
                    f"{who}: birth year only, so dates are counted from 1 January",
                )
                if year_only
                else t(
                    lang,
                    f"{who}只知道出生年月，日期按当月1日推算",
                    f"{who}: birth month only, so dates are counted from the 1st",
                )
            )
    lines = [first + t(lang, "：", ":")]
    # the money with its figures first, then at most NAMED_ITEMS others (an act-by date among
    # them), the rest counted (tester 52 c03: a grandmother read 11 items on one screen, the
    # insurance deadline before the 600 a month)
    children = per_child_money(eligible, lang)
    shown = {id(e) for e in eligible if (e.child and e.monthly_amount_cny) or e.apply_by}
    paid = [e for e in eligible if id(e) not in shown and (e.amount_cny or e.max_amount_cny)]
    paid = [e for e in paid if e.kind in MONEY_KINDS]
    other_money = [_short(e, lang) for e in paid]
    body = children + ([_join(other_money, lang)] if other_money else [])
    others = other_items(report)
    deadline = _deadlines(others.dated, lang)
    if deadline:
        body.append(deadline)
    names = t(lang, "；", "; ").join(_named(group, lang) for group in others.named)
    if names:
        lead = t(lang, "另有：", "also: ") if body else t(lang, "包括：", "")
        more = others.more
        body.append(
            lead + names + (t(lang, f"，还有{more}项", f" and {more} more items") if more else "")
        )
    elif others.more:
        body.append(t(lang, f"还有{others.more}项", f"{others.more} more items"))
    ended = _ended_line(report, lang, back_then)
    if ended:  # 老三's 800/month that stopped at 3 (tester 43 c06): said, not asked for again
        body.append(ended)
    if others.conditional:
        body.append(conditional_line(others.conditional, lang))
    if notes:
        body.append(
            t(lang, "注：", "Note: ") + t(lang, "；", "; ").join(notes) + t(lang, "。", ".")
        )
    room = HEADLINE_LINES - len(lines)
    if len(body) > room:
        body = [*body[: room - 1], _join(body[room - 1 :], lang)]
    return "\n".join(lines + body)


NAMED_ITEMS = 3  # items named in the summary; a fourth is named rather than "and 1 more"


class Others(NamedTuple):
    """The summary's items besides the money: those with an act-by date (named with it), the
    others named, those on a condition shown with it, and how many more are only counted."""

    dated: list[Entitlement]
    named: list[list[Entitlement]]
    conditional: list[Entitlement]
    more: int


def other_items(report: Report) -> Others:
    """The items the summary names after the money, NAMED_ITEMS at most (the dated first, then
    the others), a fourth named rather than "and 1 more"; the rest counted in `more`; those on
    a condition (public rental priority, Jinan clause 14) on their own line."""
    eligible = ordered([e for e in report.entitlements if e.status == "eligible"])
    conditional = [e for e in eligible if on_conditions(e)]
    sure = [e for e in eligible if e not in conditional]
    money = {id(e) for e in sure if e.child and e.monthly_amount_cny}
    dated = [e for e in sure if e.apply_by]
    rest = [
        e
        for e in sure
        if id(e) not in money
        and not e.apply_by
        and not ((e.amount_cny or e.max_amount_cny) and e.kind in MONEY_KINDS)
    ]
    measures = _measures(rest)
    if len(_measures(dated)) + len(measures) <= NAMED_ITEMS + 1:
        return Others(dated, measures, conditional, 0)
    named = measures[: max(NAMED_ITEMS - len(_measures(dated)), 0)]
    # those on a condition the allocating office decides keep their own line (not counted
    # among the items the family can get, which the heading counts)
    return Others(dated, named, conditional, len(measures) - len(named))


def _measures(items: list[Entitlement]) -> list[list[Entitlement]]:
    """The items grouped by measure, in order: twins' free transit (Beijing (12)) is one item
    for both children, "免费乘坐公交地铁（第2个孩子、第3个孩子）", not one shown and one
    hidden in "等5项" (tester 29 c9)."""
    groups: dict[str, list[Entitlement]] = {}
    for e in items:
        groups.setdefault(e.id, []).append(e)
    return list(groups.values())


def _named(group: list[Entitlement], lang: Lang) -> str:
    """One measure's short name, and "出生后" / "after the birth" when it starts only with a
    birth still to come (tester 49 E5: free buses listed for a baby on the way, the under-3
    tax deduction as if it ran now)."""
    name = _named_now(group, lang)
    today = clock.today()
    if not all(e.start is not None and e.start > today for e in group):
        return name
    if name.endswith("）"):  # "（第3个孩子，出生后）"
        return name[:-1] + "，出生后）"
    if name.endswith(")"):  # "(child 3, after the birth)"
        return name[:-1] + ", after the birth)"
    return t(lang, f"{name}（出生后）", f"{name} (after the birth)")


def _named_now(group: list[Entitlement], lang: Lang) -> str:
    """One measure's short name; a per-child measure with the same figure for each child names
    the children once ("（第2个孩子、第3个孩子）"), else each child's item in turn."""
    if len(group) == 1 or not all(e.child for e in group):
        return _short(group[0], lang)
    figures = fmt.figures(group[0], lang)
    if any(fmt.figures(e, lang) != figures for e in group):
        return t(lang, "；", "; ").join(_short(e, lang) for e in group)
    who = t(lang, "、", ", ").join(fmt.child_label(e.child or 0, lang) for e in group)
    title = group[0].title.get(lang)
    figure = t(lang, "", " ") + figures[0] if figures else ""
    return t(lang, f"{title}{figure}（{who}）", f"{title}{figure} ({who})")


# A condition the plan leaves to the allocating office, read in an item's reasons: the public
# rental application conditions (Jinan 14) or how many children count as many (Beijing (12)).
ALLOCATION_CONDITION = re.compile(r"申请条件|认定|application conditions|office decides")


def on_conditions(e: Entitlement) -> bool:
    """An item met as far as the family's facts go but still resting on a condition the plan
    leaves to the allocating office (Jinan clause 14's public rental priority and rental
    subsidy area: "符合公租房申请条件"; Beijing (12): "未成年子女较多", no number given): no
    plain "可以享受" (tester 26 c04, c14)."""
    return not e.certain and any(
        ALLOCATION_CONDITION.search(r) for r in e.reasons.get("zh") + e.reasons.get("en")
    )


def conditional_line(items: list[Entitlement], lang: Lang) -> str:
    """'要看条件：多孩家庭公租房优先配租（还须符合公租房…申请条件）；…': each item with its
    condition (the reason naming it), an area figure kept (+15 m² per extra child), no dates."""
    by_condition: dict[str, list[str]] = defaultdict(list)
    for e in items:  # items on the same condition (Jinan 14's two) share it, said once
        said = e.reasons.get(lang)
        condition = next((r for r in said if ALLOCATION_CONDITION.search(r)), said[-1])
        by_condition[condition].append(_short(e, lang) if e.area_m2 else label(e, lang))
    parts = [
        t(lang, "、", ", ").join(names)
        + t(lang, f"（{condition.rstrip('。')}）", f" ({condition.rstrip('.')})")
        for condition, names in by_condition.items()
    ]
    return t(lang, "要看条件：", "Depending on conditions: ") + t(lang, "；", "; ").join(parts)


def items(count: int) -> str:
    """'1 item' / '3 items'."""
    return f"{count} item" if count == 1 else f"{count} items"


def _short(e: Entitlement, lang: Lang) -> str:
    """'产假158天' / 'Maternity leave 158 days': the label with its first figure (a figure that
    repeats the label's last word, 面积增加 + 增加15平方米, says it once)."""
    figures = fmt.figures(e, lang)
    name = label(e, lang)
    if not figures:
        return name
    figure = figures[0]
    for n in range(min(len(name), len(figure)), 0, -1):
        if name.endswith(figure[:n]) and lang == "zh":
            figure = figure[n:]
            break
    return t(lang, f"{name}{figure}", f"{name} {figure}")


def _mixed(items: list[Entitlement]) -> bool:
    """Per-child items of several children, some eligible and some not."""
    return (
        len({e.child for e in items}) > 1
        and all(e.child for e in items)
        and len(set(_each_child(items).values())) > 1
    )


def _each_child(items: list[Entitlement]) -> dict[int, bool]:
    """Each child once, in birth order, with whether any of its items applies: the 600 and the
    200 of the same child are one "第2个孩子能" (tester 21 c1 had "第2个孩子能，第2个孩子能")."""
    each: dict[int, bool] = {}
    for e in sorted(items, key=lambda e: e.child or 0):
        each[e.child or 0] = each.get(e.child or 0, False) or e.status == "eligible"
    return each


# A question asking for a list, an amount, an age or a reason ("有什么补贴吗 一次性的或者每个月的",
# "老大老二多大了要不要说", "what subsidies are there?"): its 吗 or "are there" asks what, not
# whether, so it gets no bare 能 or 不能 (tester 26 c07, c05). An explicit 能不能 / 有没有 or
# "does she get it?" beside the question word still asks whether.
ASKS_WHAT = re.compile(
    r"什么|啥|哪些|哪个|哪种|哪儿|哪里|多少|多大|多久|多长|几[个岁天年月号种项]|怎么|怎样|如何|为什么|为啥"
    r"|(?:^|[,.;!?]\s*)(?:what(?! about)|which|how|when|where|why|who)\b",
    re.I,
)
ASKS_WHETHER_TOO = re.compile(
    r"能不能|可不可以|有没有|是不是|[能可]以?[领拿享申办用]\S{0,4}[吗嘛]"
    r"|(?:^|[,.;!?]\s*|\b(?:so|and|but|then)\s+)(?:can|could|do|does|did|is|are|will|would"
    r"|should|am|may)\s+(?:i|we|she|he|it|they|you|my|our|the|this|that)\b",
    re.I,
)


def asks_what(question: str) -> bool:
    """A question word asks for a list, figure, age or reason rather than a yes or no."""
    return bool(ASKS_WHAT.search(question)) and not ASKS_WHETHER_TOO.search(question.strip())


def _ended_for_all(items: list[Entitlement]) -> date | None:
    """The day the asked entitlement stopped, when every item was payable and has ended (a
    child turned 3: Jinan clause 12's 600 for twins born March 2023); else None."""
    today = clock.today()
    if not items or not all(
        e.status == "not_eligible" and e.certain and e.end is not None and e.end <= today
        for e in items
    ):  # a reading of ours whose time has passed (clause 15's year) stays "很可能不能了"
        return None
    return max(e.end for e in items if e.end is not None)


def _base_confirmed(asked: int, total: int, lang: Lang) -> str:
    """A base amount put back ("一个月600是吧") of a child whose money is more with the hardship
    supplement the family is on at the birth (Jinan clause 12: 600, and 200 more, 800): yes to
    the base, with the addition and the sum."""
    more = total - asked
    return t(
        lang,
        f"对，每月{fmt.money(asked, lang)}；出生时在领低保、特困供养或失业保险金的，每月再加"
        f"{fmt.money(more, lang)}，共{fmt.money(total, lang)}。",
        f"Yes, {fmt.money(asked, lang)} a month; with minimum subsistence, special hardship "
        f"support or unemployment benefits at the birth, {fmt.money(more, lang)} more, "
        f"{fmt.money(total, lang)} in all.",
    )


def from_the_birth(items: Sequence[Entitlement], lang: Lang) -> tuple[str, str]:
    """Who is born and when, for money of a baby on the way (paid from its birth, which is a due
    date): ("第2个孩子", "预产期约2027年4月，是估算") / ("child 2", "due about April 2027, an
    estimate"); "孩子" / "the babies" for several on the way."""
    today = clock.today()
    first = min(items, key=lambda e: e.start or today)
    born = first.start or today
    month = t(lang, f"{born.year}年{born.month}月", f"{born:%B %Y}")
    children = {e.child for e in items}
    if len(children) == 1 and first.child:
        child = fmt.child_label(first.child, lang)
    else:
        child = t(lang, "孩子", "the babies")
    return child, t(lang, f"预产期约{month}，是估算", f"due about {month}, an estimate")


def is_born(child: str) -> str:
    """ "is born" of one child, "are born" of the babies on the way together."""
    return "are born" if child == "the babies" else "is born"


def _born_later(items: list[Entitlement], lang: Lang) -> str | None:
    """'Not yet' for money paid from a birth still to come (the plan pays until an age, with no
    first month: Jinan clause 12's 600 a month to age 3), said as from the birth, the due month
    an estimate, never "starts on 1 April 2027" (tester 41 c05, pregnant with the 2nd: "我现在
    一个月能有补贴吗 还是生了才有"); None when no such item starts later."""
    today = clock.today()
    due = [
        e
        for e in items
        if e.status == "eligible"
        and e.start is not None
        and e.start > today
        and e.monthly_amount_cny
        and "age_limit_years" in get_entry(e.id).parameters
    ]
    if not due:
        return None
    child, when = from_the_birth(due, lang)
    return t(
        lang,
        f"现在还不能领：怀孕期间不发，{child}出生后才有（{when}）。",
        f"Not yet: nothing is paid during the pregnancy; it is for {child} once born ({when}).",
    )


# A piece of a message that is only a yes/no ("有没有", "能不能", "吗"), its measure said in the
# piece before it ("陪产假 有没有"): what is left once the yes/no words are taken out.
YES_NO_WORDS = re.compile(
    r"能不能|可不可以|是不是|有没有|要不要|用不用|发不发|给不给|是否|[吗嘛呢啊呀]|[？?]"
)
BARE_YES_NO = 2  # characters left: "有没有啊", "能吗"
BARE_WORDS = 3  # an English yes/no this short names nothing else: "eligible?", "is he free?"


# One child of the family named ("老大", "二宝", "the eldest", "our older one").
CHILD_NAMED = re.compile(
    r"老[大二三四五小幺]|[大二三小]宝|大的|小的|头胎"
    # normalised, 老二 reads 老2 (tester 136 p6's 老三能领多少 was dropped)
    r"|老[2-5]\u2060?|[2-3]宝"
    r"|\b(?:the|our|my)\s+(?:eldest|oldest|youngest|older|younger|elder|first|second|third"
    r"|big|little|baby)\b",
    re.I,
)
# A piece naming a measure and asking it back without a verb ("我陪产假呢", "what about my
# paternity leave"): its figure is asked, as the pieces before it asked theirs, not a yes or no.
ELLIPTICAL = re.compile(r"呢\s*[?？]*\s*$|^\s*(?:and\s+)?(?:what|how) about\b", re.I)


def _other_question(piece: str) -> bool:
    """A piece asking how long, how much, when, how or what, or asking a measure back ("我陪产假
    呢"): no yes/no of its own."""
    return bool(
        ELLIPTICAL.search(piece)
        or LENGTH_ASKED.search(piece)
        or AMOUNT_ASKED.search(piece)
        or TIMING_ASKED.search(piece)
        or HOW_ASKED.search(piece)
        or asks_what(piece)
    )


def _bare(piece: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", piece):
        return len(YES_NO_WORDS.sub("", piece).strip()) <= BARE_YES_NO
    return len(piece.split()) <= BARE_WORDS


def yes_no_part(question: str, entry: Entry) -> str:
    """The part of `question` that asks about `entry`, where its yes or no is read: when the
    pieces naming the measure ask something else (how long, how much, when, how), those pieces
    and the bare yes/no pieces beside them ("陪产假多长 有没有"); else the whole question. A
    yes/no put to another topic of the same message does not open this measure's answer with
    "能。" (tester 45 c06: "我老婆产假多长 … 有没有住房方面的" got "能。产假…")."""
    from actions.side_questions import measure_terms  # it imports this module's neighbours

    said = normalise(question)
    starts = [start for start, _ in clauses(said)]
    if len(starts) < 2:
        return question
    # each piece with the marks after it: "eligible?" keeps its question mark
    pieces = [said[a:b].strip() for a, b in zip(starts, [*starts[1:], len(said)], strict=True)]
    if len(pieces) < 2:
        return question
    terms = [term.casefold() for term in measure_terms(entry) if len(term) >= 2]
    naming = [i for i, piece in enumerate(pieces) if any(x in piece.casefold() for x in terms)]
    if not naming:
        return question
    if any(YES_NO.search(pieces[i]) for i in naming):
        # "那医保交钱那个也没有是吧 我老公今年还能休育儿假吗": the leave's own yes/no, not the
        # paying asked of the insurance beside it (tester 50 c3 got "要。育儿假…已结束")
        return " ".join(pieces[i] for i in naming)
    # a yes/no of one child's, apart from the measure's pieces ("老大能领吗" beside "我陪产假呢"):
    # that child's question, not this measure's (tester 48 c01 got "能。陪产假…")
    # of a measure given per child, the child named is asked of it ("Childcare subsidy, can the
    # eldest get it?")
    others = [] if entry.per_child else [i for i in range(len(pieces)) if i not in naming]
    apart = {i for i in others if CHILD_NAMED.search(pieces[i])}
    own = [piece for i, piece in enumerate(pieces) if i not in apart]
    if not any(_other_question(pieces[i]) for i in naming):
        return " ".join(own)  # "we were on dibao, did we miss the extra 200 too?": its yes/no
    bare = [
        i
        for i, piece in enumerate(pieces)
        if YES_NO.search(piece) and _bare(piece) and i not in apart
    ]
    return " ".join(pieces[i] for i in sorted({*naming, *bare}))


# A rate put back to be confirmed ("cover 100%?", 报销100%吗, 是不是全报).
RATE_PUT = re.compile(r"\d+\s*(?:%|percent|个点|成)|百分之|全报|全额报|\bin full\b", re.I)


def _has_share(entry: Entry) -> bool:
    """Whether a measure states a rate (a share among its parameters' units)."""
    return any(
        "percent" in (p.unit or "").lower() or "share" in (p.unit or "").lower()
        for p in entry.parameters.values()
    )


# Whether a leave is had at all ("老公有陪产假吗", "does he get paternity leave"), not whether it
# can still be taken ("还能休陪产假吗", "can he still take it").
LEAVE_HELD_ASKED = re.compile(
    r"有(?:没有)?[^，,。?？]{0,6}假|有没有|\bis there\b|\bdoes (?:he|she|my \w+) (?:get|have)\b",
    re.I,
)
STILL_ASKED = re.compile(
    r"还能|还可以|还有效|还来得及|还补|还免|还给|\bstill\b|\bnow\b|现在|如今|目前", re.I
)


# Someone's no put to the bot to be checked ("company says no parental leave for him, is it
# true?", 单位说没有育儿假 是真的吗): a yes of the plan answers the claim with "not right".
DENIAL_PUT_BACK = re.compile(
    r"(?:\bsays?|\bsaid|\btold (?:us|me|him|her)|\bclaims?)\b[^.?!]{0,12}?"
    r"\b(?:no|there(?:'s| is) no|(?:we|i|he|she|they) (?:can't|cannot|don't|doesn't|won't|will not|"
    r"are not|aren't|isn't|is not)|not (?:entitled|eligible|allowed))\b"
    r"|说(?:没有|不给|不能|不可以|没这个|不让|不批)|不给(?:休|批|发)",
    re.I,
)
_TRUTH_ASKED = re.compile(
    r"\b(?:is (?:it|that|this) (?:true|right|correct|legal)|true\?|right\?|correct\?)"
    r"|真的吗|是真的|对吗|对不对|是这样吗|合法吗|合规吗|能这样吗|可以这样吗",
    re.I,
)
_PLAIN_YES = ("能。", "可以。", "有。", "Yes.")


def verdict(question: str, items: list[Entitlement], lang: Lang) -> str | None:
    """_yes_or_no's answer, turned to the claim when the question puts someone's no to be
    checked ("company says no parental leave for him, is it true?": "No, that is not right."
    before Jinan clause 11's at least 10 days each; tester 117 p7 heard "Yes.")."""
    said = _yes_or_no(question, items, lang)
    if said in _PLAIN_YES and DENIAL_PUT_BACK.search(question) and _TRUTH_ASKED.search(question):
        return t(lang, "不对，按方案是有的。", "No, that is not right: the plan gives it.")
    return said


def _yes_or_no(question: str, items: list[Entitlement], lang: Lang) -> str | None:
    """'能。' / '不能。' (or '不用。' / '要。' to a question about paying) / 'Yes.' / 'No.' for
    a yes/no question; '不发了（已于…停发）。' for what was paid and has ended (tester 26 r02,
    tester 39 c07: never '有（已于…停发）'); None
    for another question or an answer not yet decided."""
    if not items:
        return None
    question = yes_no_part(question, get_entry(items[0].id))
    if not YES_NO.search(question):
        return None
    if asks_what(question):
        return None
    ended = [e for e in items if _ended_for_all([e]) is not None]
    if ended and not any(e.status == "eligible" for e in items):
        # "600是每个孩子都有吗" of twins now 3: they had it, it has ended (the eldest never did)
        stopped = max(e.end for e in ended if e.end is not None)
        paid = any(get_entry(e.id).kind in MONEY_KINDS for e in ended)
        said = t(
            lang,
            # never "有（已于…停发）": yes and stopped in one breath (tester 39 c07)
            f"{'不发了' if paid else '现在没有了'}"
            f"（已于{fmt.day(stopped, lang)}{'停发' if paid else '结束'}）",
            f"no longer ({'stopped' if paid else 'ended'} on {fmt.day(stopped, lang)})",
        )
        had = sorted({e.child for e in ended if e.child})
        never = sorted({e.child for e in items if e.child and e.child not in had})
        if not never or not had:
            return t(lang, f"{said}。", f"{said[:1].upper()}{said[1:]}.")
        names = [
            t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in g) for g in (had, never)
        ]
        return t(
            lang,
            f"{names[0]}{said}；{names[1]}没有。",
            f"{names[0][:1].upper()}{names[0][1:]}: {said}; {names[1]}: no.",
        )
    if PAY_PROPERTY.search(question) or PLAN_WORDING.search(question):
        return None
    if RATE_PUT.search(question) and not any(_has_share(get_entry(e.id)) for e in items):
        return None  # "does it cover the hospital bill 100%?" of a plan stating no rate (Beijing
        # (12)): no "Yes." to a rate it never gives (tester 75 c9)
    if LIMIT_ASKED.search(question) or (
        TIMING_ASKED.search(question) and not ELIGIBILITY_ASKED.search(question)
    ):
        return None
    if NO_EMPLOYER.search(question) and any(get_entry(e.id).kind == "leave" for e in items):
        return None  # "我灵活就业有产假吗": the plan does not say (no employer), no "能。"
    if any(e.status == "needs_info" for e in items):
        return None
    yes = any(e.status == "eligible" for e in items)
    in_time = [
        e for e in items if ENROLLED_IN_TIME_ASKED.search(" ".join(e.reasons.get(lang) or []))
    ]
    if in_time and not yes and not STILL_ASKED.search(question):
        # a closed window, enrolment not told: no plain "No." before the window's own
        # question (tester 130 p8 heard "No. … was the child enrolled in time?")
        depends = t(lang, "要看是否按时参保", "only if enrolled in time")
        if len(in_time) == len(items):
            return t(lang, f"{depends}。", f"{depends[:1].upper()}{depends[1:]}.")
        parts = [
            f"{fmt.child_label(e.child, lang)}{t(lang, '', ': ')}"
            + (depends if e in in_time else t(lang, "不能", "no"))
            for e in sorted(items, key=lambda e: e.child or 0)
            if e.child is not None
        ]
        return t(lang, "，".join(parts) + "。", "; ".join(parts).capitalize() + ".")
    later = [e.start for e in items if e.status == "eligible" and e.start is not None]
    if yes and NOW_ASKED.search(question) and later and min(later) > clock.today():
        # "现在能先申请补贴吗 还没生呢": not yet, it starts with the birth (tester 33 c05)
        born = _born_later(items, lang)
        if born is not None:  # the birth is a due date: no day of it as the first payment's
            return born
        first = fmt.day(min(later), lang)
        return t(lang, f"现在还不能，{first}起才开始。", f"Not yet: it starts on {first}.")
    if _mixed(items):  # "坐地铁要买票吗" of a child under 1.3 m and one over: each its own answer
        pay = bool(MUST_PAY.search(question))
        words = {
            True: t(lang, "不用" if pay else "能", "no" if pay else "yes"),
            False: t(lang, "要" if pay else "不能", "yes" if pay else "no"),
        }
        colon = t(lang, "", ": ")
        parts = [
            f"{fmt.child_label(child, lang)}{colon}{words[yes_for]}"
            for child, yes_for in _each_child(items).items()
        ]
        return t(lang, "，".join(parts) + "。", "; ".join(parts).capitalize() + ".")
    if not any(e.certain for e in items) and any(get_entry(e.id).open_verdict for e in items):
        # the plan leaves open only the year (Jinan 15's "当年"), not whether the family is in:
        # the child meets what the plan states, so yes, plainly; its silence on the year and a
        # date to join by follows (tester 50 P25: "不确定" read as a no answer; tester 49 c04,
        # c06: never "很可能可以" nor "很可能不能了" of a year of ours)
        if MUST_PAY.search(question):
            return t(lang, "不用。", "No.")
        return t(lang, "有。" if HAVE_ASKED.search(question) else "可以。", "Yes.")
    if not yes and items and not any(e.certain for e in items):
        if all(e.end is not None and e.end < clock.today() for e in items):
            # its time has passed on our reading (Jinan 15: the one contribution year of the
            # birth): "说不准" beside "这一年度已经过去" contradicted itself (tester 24 r3b)
            if MUST_PAY.search(question):
                return t(lang, "很可能要自己交了。", "Most likely you pay it yourselves now.")
            return t(lang, "很可能不能了。", "Probably not any more.")
        # a reading of ours, not the text's (陪产假 past the maternity leave: no deadline set), or
        # a fact not told (enrolled within the six months?): no bare "要。" before "不用交" (c6)
        if (
            LEAVE_HELD_ASKED.search(question)
            and not STILL_ASKED.search(question)
            and all(get_entry(e.id).kind == "leave" for e in items)
        ):
            # "老公有陪产假吗" two years after the birth: the leave is his; only when it can be
            # taken is open (tester 97 a1 read "说不准" as no leave at all)
            return t(
                lang,
                "有这项假，但现在是否还可以休说不准。",
                "There is such leave, but whether it can still be taken now is not certain.",
            )
        return t(lang, "说不准。", "Not for certain.")
    if MUST_PAY.search(question) and not all(get_entry(e.id).kind == "cash" for e in items):
        # (money paid to the family is no fee: "能多200不 孩子医保…要交钱吗" asks the 200 with
        # a yes, the insurance's 要交钱吗 apart; tester 74 c1 heard "不用。" of the 800)
        return t(lang, "不用。" if yes else "要。", "No." if yes else "Yes.")
    eligible = [e for e in items if e.status == "eligible"]
    ceilings = [e.max_amount_cny for e in eligible if e.max_amount_cny]
    wanted = ceiling_asked(question)
    if yes and ceilings and wanted is not None and wanted > max(ceilings):
        # "那还能贷100万吗" with one payer left: the ceiling is lower, so no, however eligible
        # the family is for the raised ceiling (tester 95 c5 heard "能。…最高600,000元")
        return t(lang, "不能。", "No.")
    if yes and any(set(e.reasons.get(lang)) & _owner_reasons(lang) for e in eligible):
        # public rental housing for a family owning its home: the plan lists no conditions, so
        # "not necessarily", said plainly, not "Probably yes" (tester 45 c07, c03)
        return t(lang, "不一定。", "Not necessarily.")
    if yes and not any(e.certain for e in eligible):
        if all(_count_unset(e) for e in eligible):
            # Beijing (12)'s "a large number of minor children", no number: only possibly
            # (tester 36 c08 read "Probably yes" for 2 children as too sure)
            return t(lang, "有可能，方案没有写具体人数。", "Possibly: the plan sets no number.")
        # a reading or an office's decision (同校就读 is "coordinated", not promised)
        return t(lang, "很可能可以，但不是确定的答复。", "Probably yes, but not for certain.")
    if not yes and items and not any(e.certain for e in items):
        # a reading of ours, not the text's (陪产假 past the maternity leave: no deadline set)
        return t(lang, "说不准。", "Not for certain.")
    if HAVE_ASKED.search(question):  # "北京有没有育儿补贴": 没有, not 不能 (tester 50 P24)
        return t(lang, "有。" if yes else "没有。", "Yes." if yes else "No.")
    return t(lang, "能。" if yes else "不能。", "Yes." if yes else "No.")


# A sum asked to be borrowed ("还能贷100万吗", "can we borrow 1 million", "a 900k loan"): the
# amount in yuan is read by ceiling_asked.
LOAN_SUM = re.compile(
    r"贷(?:款)?\s*(?P<wan>\d+(?:\.\d+)?)\s*万"
    r"|(?P<wan2>\d+(?:\.\d+)?)\s*万(?:元|块)?(?:的)?(?:公积金)?贷款"
    r"|\b(?:borrow|loan(?: of)?|get|take out)\s+(?:a\s+)?(?:rmb\s*|¥|cny\s*)?"
    r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<unit>million|mil|m|k|thousand)?\b",
    re.I,
)


def ceiling_asked(question: str) -> int | None:
    """The sum in yuan a question asks to borrow ("还能贷100万吗": 1,000,000; "borrow 900k":
    900,000), or None when it names none."""
    found = LOAN_SUM.search(normalise(question))
    if found is None:
        return None
    wan = found.group("wan") or found.group("wan2")
    if wan is not None:
        return round(float(wan) * 10_000)
    number = float(found.group("num").replace(",", ""))
    unit = (found.group("unit") or "").lower()
    scale = {"million": 1_000_000, "mil": 1_000_000, "m": 1_000_000, "k": 1_000}.get(unit)
    scale = scale or (1_000 if unit == "thousand" else 1)
    total = round(number * scale)
    return total if total >= 10_000 else None  # "get 2 loans": no sum


def _owner_reasons(lang: Lang) -> set[str]:
    """The reasons a rental-housing item gives a family that owns its home in the city."""
    return {reason(code).get(lang) for code in ("rental.owner", "rental.owner_beijing")}


def _count_unset(item: Entitlement) -> bool:
    """Whether `item` turns on how many children the family has while its plan sets no number
    (Beijing (12)'s public rental priority for "a large number of minor children")."""
    entry = get_entry(item.id)
    return "children" in entry.facts and not entry.parameters and not item.child


# Whether both parents have it: "两个人都有吗", "爸爸妈妈都能休吗", "do we both get it?".
BOTH_PARENTS = re.compile(
    r"(?:两个人|俩人|两人|我们|我俩|夫妻|双方|爸爸妈妈|爸妈|父母|老公|男方|老婆|媳妇|妻子|丈夫|爱人|女方)"
    r"[^，,。?？]{0,6}(?:都|各|也)"
    r"|\b(?:both (?:of us|parents)|we both|each parent|my (?:husband|wife) too|dad too)\b",
    re.I,
)


def each_parent(entry: Entry, items: list[Entitlement], question: str, lang: Lang) -> str:
    """For a measure whose figure is per parent (Jinan clause 11: "the parents … are each
    entitled to … no less than 10 days of parental leave per year"), asked whether both have
    it: "能，父母每人都有：每年不少于10天。"; empty otherwise (tester 23 c10 got a bare "能。")."""
    if not BOTH_PARENTS.search(question):
        return ""
    if not any("per parent" in p.unit for p in entry.parameters.values()):
        return ""
    eligible = [e for e in items if e.status == "eligible"]
    if not eligible or not fmt.figures(eligible[0], lang):
        return ""
    figure = fmt.figures(eligible[0], lang)[0].removeprefix("每人").removesuffix(" each")
    return t(lang, f"能，父母每人都有：{figure}。", f"Yes, each parent has it: {figure}.")


def _orders_of(entry_id: str) -> set[int] | None:
    """The birth orders a per-child measure is for: its `birth_orders` (Jinan clause 12's
    second and third children), else those of the per-child measure of the same clause it adds
    to (the hardship supplement of clause 12 is paid on the subsidy's terms); None when none."""
    entry = get_entry(entry_id)
    param = entry.parameters.get("birth_orders")
    if param is None:
        param = next(
            (
                e.parameters["birth_orders"]
                for e in catalogue().entries.values()
                if e.city == entry.city
                and e.clause == entry.clause
                and e.per_child
                and "birth_orders" in e.parameters
            ),
            None,
        )
    if param is None:
        return None
    return {int(o) for value in param.values.values() for o in value}  # type: ignore[union-attr]


# A question about every child ("每个孩子都能领吗", "俩孩子都有吗", "do both kids get it?").
EVERY_CHILD = re.compile(
    r"每个(?:孩子|娃|宝宝)|(?:俩|两个|三个|几个)(?:孩子|娃|宝宝)?都|孩子们|都能|都有"
    # "both" of the children, not of the parents ("we both have jinan hukou", tester 46 c10)
    r"|(?<!\bwe )(?<!\bus )\bboth\b(?! of us\b| parents\b| have\b| of our (?:hukou|names)\b)"
    r"|\ball (?:the |our |my |three |two )?(?:kids|children)\b"
    r"|\b(?:each|every) (?:child|kid|one)\b|\beach of (?:them|our)",
    re.I,
)


def concerned_children(items: list[Entitlement], question: str) -> list[Entitlement]:
    """The items without those of children the measure cannot concern by their birth order
    (the eldest, of the second and third children's subsidy), unless the question names that
    child: tester 23 c6 and c10 read "育儿补贴困难家庭加发（第1个孩子）：仅限第2个、第3个孩子"
    and "第1个孩子不能，第2个孩子能。" when nobody asked about the eldest. A question naming
    children keeps theirs alone (tester 53 c06: "老三医保还没办" got 老二's closed window too)."""
    from actions.results import asked_children  # results imports this module

    children = [e.child for e in items if e.child]
    if len(set(children)) < 2 or EVERY_CHILD.search(question):
        return items  # "每个孩子都能领600吗", "俩孩子都能领吗": each child's answer is asked
    named = asked_children(question, max(children))
    concerned = {
        e.child
        for e in items
        if e.child in named and ((orders := _orders_of(e.id)) is None or e.child in orders)
    }
    if concerned:  # "老三医保还没办 现在办还能补贴吗": 老三's answer, not 老二's too; not when
        # the child named is one the measure cannot concern ("老大有没有钱": the eldest's no,
        # then what the family gets, tester 50 c01)
        return [e for e in items if not e.child or e.child in named]
    kept = [
        e
        for e in items
        if not e.child
        or e.child in named
        or (orders := _orders_of(e.id)) is None
        or e.child in orders
    ]
    return kept or items


def focused_answer(
    entry: Entry,
    items: list[Entitlement],
    question: str,
    lang: Lang,
    note: str | None,
    only_child: bool = False,
    each_item: bool = False,
) -> str:
    """The answer to a question about one measure for this family: yes or no first, then the
    figure or the reason per item, the clause, and a note when dates are estimates.
    `each_item`: every item given is asked about (the children a hotline case tells of)."""
    if not items:
        city = city_name(entry.city, lang)
        return t(
            lang,
            f"不能。“{entry.title.zh}”是{city}的政策，您家所在城市的方案里没有这一项。",
            f"No. {entry.title.en} is in {city}'s plan; your city's plan has no such item.",
        )

    items = items if each_item else concerned_children(items, question)

    def name(e: Entitlement) -> str:  # "第1个孩子" said of an only child reads oddly
        return e.title.get(lang) if only_child else label(e, lang)

    ended = [e for e in items if e.status == "not_eligible" and e.end is not None]
    # none paid now: a child's money that has ended (it turned 3) says more than the others' rule
    shown = (
        items if _mixed(items) else [e for e in items if e.status == "eligible"] or ended or items
    )
    closed = window_closed_answer(entry, shown, question, lang)
    if closed is not None:
        return closed
    money = [e for e in shown if e.child and e.monthly_amount_cny]
    summarised = False  # the measure's rule said as the answer's sentence
    summed = len(money) > len({e.child for e in money})  # two payments for one child: the sum
    lines = per_child_money(shown, lang) if summed else []
    alike = _alike_children(shown, lang)
    for e in ordered(shown)[:3]:
        if summed and e in money:
            continue
        if e.child and e.child in alike and alike[e.child] == []:
            continue  # said with the first child whose answer reads the same (twins)
        why = e.reasons.get(lang)
        reason = why[0] if why else ""
        if e.status == "eligible" and not e.certain and len(why) > 1:
            # why it is not certain, every condition still open: Jinan 14's rental subsidy
            # area needs the subsidy's own conditions besides the reading of "each child"
            reason += t(lang, "", " ").join(["", *why[1:]])
        figures = fmt.figures(e, lang) + fmt.dates(e, lang)
        called = name(e)
        if e.child and alike.get(e.child):  # twins reading the same: one line naming both
            children = t(lang, "、", " and ").join(
                fmt.child_label(c, lang) for c in [e.child, *alike[e.child]]
            )
            called = t(lang, f"{e.title.zh}（{children}）", f"{e.title.en} ({children})")
        if figures:
            head = called + t(lang, "：", ": ") + _join(figures, lang)
            lines.append(t(lang, f"{head}。{reason}", f"{head}. {reason}") if reason else head)
        elif (
            e.status == "eligible"
            and e.certain
            and not e.child
            and e.id == entry.id
            and "min_children" in entry.parameters
        ):
            # a family's item with no figure, met: the rule it meets as one sentence ("families
            # with two or more children … can withdraw … the actual rent"), not "title: you have
            # 2 children; the plan asks for 2 or more", which read as a debug line (tester 38 c08)
            lines.append(entry.summary.get(lang))
            summarised = True
        else:
            lines.append(called + (t(lang, "：", ": ") + reason if reason else ""))
    figure_first = _days_first(entry, shown, question, lang)
    if figure_first is not None and lines:  # "how long is paternity leave": 15 days, then the rest
        called = name(ordered(shown)[0]) + t(lang, "：", ": ")
        rest = lines[0][len(called) :] if lines[0].startswith(called) else ""
        lines[0] = figure_first + (t(lang, "", " ") + rest if rest else "")
    said = verdict(question, items, lang)
    each = each_parent(entry, shown, question, lang)
    if each and lines:  # "两个人都有吗" of the parental leave: each parent's days, first
        said = each
    if said and lines:
        lines[0] = f"{said}{t(lang, '', ' ')}{lines[0]}"
    no_figure = not any(fmt.figures(e, lang) for e in shown) and figure_first is None
    no_amount = NO_AMOUNT_SAID.search("\n".join(lines))
    if all(e.status == "not_eligible" for e in shown) and no_figure and no_amount:
        # the reason says it already: the plan names no recipients or amount (Beijing (12)'s
        # subsidy system "to be established"); not the rule and the plan's silence after it
        # saying so twice more (tester 50 P24: "names no amount" three times in four lines)
        pass
    elif all(e.status == "not_eligible" for e in shown) and no_figure:
        # "不能" alone hides what the measure gives: the rule in brief, for a later birth
        lines.append(t(lang, "规定：", "The rule: ") + entry.summary.get(lang))
        if _raised_by_table(entry):  # "how much loan?" with no children yet: who sets the usual
            lines.append(usual_limit(entry, lang))
        elif entry.kind == "cash" and not entry.departments.lead and entry.silent_on is not None:
            # Beijing's subsidy "to be established" (12): no amount and no department named,
            # said so, so the family knows there is no office to ask yet
            lines.append(entry.silent_on.get(lang))
    elif no_figure and AMOUNT_ASKED.search(question):
        # "公积金能取多少": the rule says how much (the actual rent), and what it leaves open;
        # not again when the item's reason already says the plan states no figure (tester 29
        # c2, "那产假多少天" in Beijing: "未写天数" three times in four lines)
        if not summarised and not any(SILENT_FIGURE.search(line) for line in lines):
            lines.append(t(lang, "规定：", "The rule: ") + entry.summary.get(lang))
        if entry.silent_on is not None:
            lines.append(entry.silent_on.get(lang))
    elif (
        no_figure
        and HOW_ASKED.search(question)
        and entry.silent_on is not None
        and all(e.status == "eligible" and e.certain for e in shown)
    ):
        # "孩子医保怎么办" of Beijing (4): what the plan leaves open (no time limit, no office)
        lines.append(entry.silent_on.get(lang))
    elif no_figure and all(e.status == "eligible" and not e.certain for e in shown):
        lines.insert(1, t(lang, "规定：", "The rule: ") + _first_sentence(entry.summary.get(lang)))
    lines += _what_to_do(entry, shown, lang)
    lines.append(clause_line(shown[0], lang))
    if note:
        lines.append(note)
    return "\n".join(lines)


# "how long is paternity leave", "陪产假多少天", "能休几天", "how many days": the length asked.
LENGTH_ASKED = re.compile(
    r"多少天|几天|多久|多长|休多少|\bhow (?:long|many days)\b|\bnumber of days\b", re.I
)


def _days_first(entry: Entry, shown: list[Entitlement], question: str, lang: Lang) -> str | None:
    """The measure's days with its clause, as the answer's opening, when a "how long" question
    gets an item that states no days of its own (a paternity leave whose birth is past, tester
    42 c03 read "does not say by when … must be taken" first and the 15 days only in the rule);
    None when the length is not asked, the items give their days, or the plan states none."""
    if not LENGTH_ASKED.search(question) or any(fmt.figures(e, lang) for e in shown):
        return None
    days = [
        p.in_force(clock.today())
        for name, p in entry.parameters.items()
        if name in ("days", "min_days", "min_days_per_year")
    ]
    if len(days) != 1 or not isinstance(days[0], int) or not shown:
        return None
    first = ordered(shown)[0].model_copy(update={"days": days[0]})
    figure = _join(fmt.figures(first, lang) or [], lang)
    clause = first.sources[0].clause
    title = entry.title.get(lang)
    return t(lang, f"{title}：{figure}（第{clause}条）。", f"{title}: {figure} (clause {clause}).")


def _alike_children(shown: list[Entitlement], lang: Lang) -> dict[int, list[int]]:
    """The children whose item of one measure reads the same, word for word and figure for
    figure (twins past the insurance window, tester 36 c02: the same paragraph twice): the first
    child of each such group maps to the others, each of the others to []."""
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for e in shown:
        if e.child:
            groups[(e.id, tuple(e.reasons.get(lang)), outcome(e))].append(e.child)
    alike: dict[int, list[int]] = {}
    for children in groups.values():
        if len(children) > 1:
            alike[children[0]] = children[1:]
            alike.update({c: [] for c in children[1:]})
    return alike


# Not enrolled yet, said by the asker ("we havent signed the twins up for medical insurance yet",
# 还没上医保, 医保还没办): the window's question "was the child enrolled in time?" is answered.
# The day a closed window ended, as the rule's reason says it ("已于2025年3月前后结束",
# "ended around March 2025").
WINDOW_END_SAID = re.compile(r"已于(\d+年\d+月前后)结束|window to enrol ended (around \w+ \d{4})")
# Not enrolled then, said in a question about the insurance itself (当时没上, 一直没办): bare,
# since the measure asked about is the insurance.
NOT_ENROLLED_BARE = re.compile(
    r"(?:当时|那时候?|一直|还|都)没(?:有)?(?:顾上|顾得上|来得及|空|去)?(?:上|办|参保|参加|交|买)"
    r"|\b(?:didn'?t|didnt|did not|never|haven'?t|havent)\b[^.?!]{0,20}\b(?:sign|enrol|join|do)\w*",
    re.I,
)
# 还没给他办医保, 没给老三上医保: the child not enrolled yet (tester 53 c4: "给他" was not read)
NOT_ENROLLED = re.compile(
    r"(?:还|都|一直)?没(?:有)?(?:给[^，,。?？\s医保]{1,4}?)?(?:上|办|参加|参|交|买)(?:上)?[^，,。?？]{0,3}(?:医保|保险)"
    r"|(?:医保|保险)[^，,。?？]{0,6}(?:还没|没有?|未)(?:顾上|顾得上|来得及|空|去)?(?:给[^，,。?？\s]{1,3}?)?"
    r"(?:办|上|参|交|买)"  # 二宝的医保一直没顾上办 (tester 134 p1 heard 说不准)
    # 那现在去办还能免吗: enrolling only now, so not yet (tester 101 p3)
    r"|现在(?:才|再)?(?:去|来)?(?:办|上|参保|参加)(?![了好过完])[^，,。?？]{0,8}(?:还能|能|还)"
    r"(?:全免|免|享受|给|来得及|赶得上)"  # 现在去办还来得及吗 (tester 124 p1 heard 说不准)
    r"|\b(?:if we|if i|can we|can i) (?:enrol\w*|sign (?:him|her|them|the baby) up|join)\b"
    r"[^.?!]{0,40}?\bnow\b"  # "if we sign her up for resident medical insurance now"
    r"|\b(?:haven'?t|havent|have not|hasn'?t|hasnt|has not|didn'?t|didnt|did not|never"
    r"|not yet|isn'?t|isnt|aren'?t|arent|not)\b[^.?!]{0,30}"
    r"\b(?:sign\w*|enrol\w*|join\w*|insured|registered"
    r"|on (?:the |any |their |his |her )?(?:medical |health |resident )*insurance)\b",
    re.I,
)


# The answer window_closed_answer gives, as it opens: "不能了。…", "No. … had to join within …".
WINDOW_CLOSED_SAID = re.compile(r"^(?:不能(?:免)?了。|No\. [^\n]*\bhad to join within\b)")
# Paying asked rather than the subsidy ("老三医保要交钱吗", "do we have to pay for it?"): the
# closed window's no is said as 不能免了, not 不能了 (tester 53 c4's question was 要交钱吗).
PAY_ASKED = re.compile(r"交钱|要钱|收费|花钱|掏钱|交费|缴费", re.I)


def window_closed_answer(
    entry: Entry, shown: list[Entitlement], question: str, lang: Lang, told: str = ""
) -> str | None:
    """A window to enrol that has closed (Jinan clause 15: within six months of birth), asked of
    children the asker says are not enrolled yet: a plain no, once for all of them, with the day
    it closed; not "说不准" and "was the child enrolled in time?" once per twin (tester 36 c02).
    Children said to have joined in time, in `question` or earlier (`told`: the asker's earlier
    messages), get window_kept_answer's plain yes."""
    if "enrol_within_months" not in entry.parameters:
        return None
    kept = window_kept_answer(entry, shown, question, lang)
    if (
        kept is None
        and told
        and not NOT_ENROLLED.search(question)
        and not NOT_ENROLLED_BARE.search(normalise(question))
    ):
        kept = window_kept_answer(entry, shown, told, lang, question)  # "at 2 months" said before
    not_enrolled = NOT_ENROLLED.search(question) or NOT_ENROLLED_BARE.search(normalise(question))
    if kept is not None or not not_enrolled:
        return kept
    today = clock.today()
    closed = [e for e in shown if e.status == "not_eligible" and e.apply_by and e.apply_by < today]
    # a child the measure is not for at all (老二 born 2018, before clause 15's cut-off) has no
    # window: the closed ones are all that is asked (tester 53 c4 heard 说不准 and the question)
    windowed = [e for e in shown if not (e.status == "not_eligible" and e.apply_by is None)]
    if not closed or len(closed) != len(windowed):
        return None
    months = value(entry, "enrol_within_months", today)
    last = max(e.apply_by for e in closed if e.apply_by is not None)
    # a birth known to the month closed its window "around" a month (the rule's own reason,
    # 2025年3月前后), never on a day nobody said (tester 39 c08)
    until = next(
        (m.group(1) or m.group(2) for e in closed if e.apply_by == last for r in e.reasons.get(lang)
         if (m := WINDOW_END_SAID.search(r))),
        t(lang, fmt.day(last, lang), "on " + fmt.day(last, lang)),
    )  # fmt: skip
    no = "不能免了。" if PAY_ASKED.search(question) else "不能了。"
    who = t(lang, "、", " and ").join(fmt.child_label(e.child, lang) for e in closed if e.child)
    them = t(lang, who or "孩子", who or "the child")
    if len({e.apply_by for e in closed}) > 1:  # births apart: each child's own window end
        ends = t(lang, "；", "; ").join(
            t(lang, f"{fmt.child_label(e.child, lang)}的", f"{fmt.child_label(e.child, lang)}'s ")
            + t(lang, f"已于{_window_end(e, lang)}结束", f"ended {_window_end(e, lang)}")
            for e in closed
            if e.child
        )
        line = t(
            lang,
            f"{no}{them}都须在出生后{months}个月内参保才有这项补贴，期限各自已过：{ends}；"
            f"现在参保不再享受“{entry.title.zh}”。",
            f"No. {them[:1].upper()}{them[1:]} each had to join within {months} months of birth, "
            f"and each window has ended: {ends}. Enrolled now, they no longer get the "
            f"{lower_first(entry.title.en)}.",
        )
        return "\n".join([line, clause_line(closed[0], lang)])
    line = t(
        lang,
        f"{no}{them}须在出生后{months}个月内参保才有这项补贴，期限已于{until}结束；"
        f"现在参保不再享受“{entry.title.zh}”。",
        f"No. {them[:1].upper()}{them[1:]} had to join within {months} months of birth; that "
        f"window ended {until}. Enrolled now, they no longer get the "
        f"{lower_first(entry.title.en)}.",
    )
    return "\n".join([line, clause_line(closed[0], lang)])


def _window_end(e: Entitlement, lang: Lang) -> str:
    """The day one child's closed window ended, as its rule's reason says it (a month
    "前后" for a birth known to the month), else its act-by day."""
    said = next(
        (m.group(1) or m.group(2) for r in e.reasons.get(lang) if (m := WINDOW_END_SAID.search(r))),
        None,
    )
    if said:
        return said
    day = fmt.day(e.apply_by, lang) if e.apply_by else ""
    return t(lang, day, "on " + day)


# Enrolled, and when, said by the asker ("we did it when they were 2 months old", "yes in
# time, at 2 months", 俩月的时候就办了, 满月就上了医保, 出生后3个月参保的): the window's question
# "was the child enrolled in time?" is answered (tester 37 c04 was asked it 3 times).
# The act done at an age said in half years or years, told as past: "过了半年才给她交的", "一岁
# 多的时候才上的医保" (not "没满半年吧 医保还能办吗": an age now, a question).
LATE_ACT = (
    r"(?:(?:的时候|时|那会儿?|以后|之后|后)[^，,。?？]{0,4}?|[^，,。?？]{0,4}?才[^，,。?？]{0,3}?)"
    r"(?:办|上|参|交|缴|买)(?:的|了|好)?"
)
ENROLLED_AT = re.compile(
    # "生完第2个月就在济南上了" (normalised 第2个\u2060月): the second month, an age of 2 months
    r"(?P<zh>\d+|[一二两俩三四五六七八九十]+)\s*个?\u2060?(?:多)?月(?:大)?(?:的时候|时|那会儿?)?"
    r"[^，,。?？]{0,6}"
    r"(?:办|上|参|交|买)(?:的|了|好)?"
    r"|(?:办|上|参保|交|买)[^，,。?？]{0,8}(?:时|的时候)[^，,。?？]{0,4}(?P<zh2>\d+|[一二两俩三四五六]+)\s*个?月"
    r"|\b(?:at|when (?:they|he|she|it) (?:was|were)) (?:about |around )?(?P<en>\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten) months?\b"
    # "enrolled … two months after birth" (tester 106 h2 heard "No." of two months)
    r"|\b(?P<en3>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months? "
    r"(?:after (?:the |his |her |their )?birth|after (?:he|she|they|it) (?:was|were) born)\b"
    # half a year, a year or more: "过了半年才给她交的", "一岁多才上的医保"
    r"|(?P<half>半年|半岁)(?:多)?"
    + LATE_ACT
    + r"|(?P<year>\d+|[一两俩三])\s*周?岁(?:多)?"
    + LATE_ACT
    + r"|\b(?:at|when (?:they|he|she|it) (?:was|were)) (?:about |around )?"
    r"(?P<enyear>one|1|a) years?(?: old)?\b"
    r"|\b(?P<en2>\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]months?[- ]old,? "
    r"(?:when|by the time|before) (?:we|i|they|you)\b",
    re.I,
)
# The number of months an age said in years or half years is ("半年" 6, "一岁" 12).
MONTHS_OF = {"half": 6}
YEAR_WORDS = {"一": 1, "两": 2, "俩": 2, "三": 3, "one": 1, "a": 1}
ENROLLED_IN_TIME = re.compile(
    # 满月后就办了的, 生下来就上了: at once after the birth or its first month (tester 97 b2)
    r"按时|及时|准时|满月(?:后|以后|之后)?就|出生(?:后|以后)?就|一出生|刚出生就|生下来就|落地就"
    r"|期限内|规定时间内|六个月(?:以)?内|6个月(?:以)?内|半年(?:以)?内"  # 出生半年内上了居民医保
    r"|\bin time\b|\bon time\b|\bwithin (?:the )?(?:6|six)(?:-| )months?\b|\bright after birth\b",
    re.I,
)
ENROLMENT_WORDS = re.compile(
    r"医保|参保|保险|办(?:了|的|好)|上(?:了|的)|(?:交|缴)(?:了|的)"
    r"|insur|enrol|sign|did it|joined|\bdid\b",
    re.I,
)
# Joined only after the window, said without the age ("过了半年才给她交的", "超过6个月才上的",
# 没在期限内办, "we enrolled after 6 months", "not in time"): a no, not "was the child enrolled
# in time?" asked again (tester 48 c04). Checked before ENROLLED_IN_TIME, whose 期限内 and "in
# time" a negation also holds. A later month said as an age ("7个月才交") is ENROLLED_AT's.
ENROLLED_LATE = re.compile(
    r"(?:过了|超过了?|超了)(?:半年|6个月|参保期限|期限|时限|规定(?:的)?时间)[^，,。?？]{0,10}"
    r"(?:交|办|上|参|买)"
    r"|(?:半年|6个月)(?:以|之)?后[^，,。?？]{0,6}(?:交|办|上|参|买)"
    r"|(?:没|未|不)(?:有)?(?:在|赶上)[^，,。?？]{0,4}(?:期限|规定时间|半年|6个月)内"
    # 出生半年内没上居民医保 今年才上的: not within the window (tester 112 c9 heard "能")
    r"|(?:期限|规定时间|半年|6个月)(?:以)?内(?:都|也|还)?(?:没|未|没有)(?:上|办|参|交|买)"
    r"|(?:交|办|上|参|买)(?:得|的)(?:晚|迟)|(?:晚|迟)了?(?:半年|\d+个多?月|好几个月|几个月)才"
    r"|\bnot (?:in|on) time\b|\bmissed the (?:\w+[- ])?(?:deadline|window)\b"
    r"|\b(?:enrol+(?:ed)?|joined|signed|registered|insured|did it)\b[^.?!]{0,30}"
    r"\b(?:late|after (?:the )?(?:6|six)[- ]months?|after the (?:\w+[- ])?(?:deadline|window))\b",
    re.I,
)
# A case supposed, not told ("要是过了半年才交呢", "what if we enrol after 6 months?").
SUPPOSED = re.compile(r"如果|要是|假如|万一|的话|\bif\b|\bsuppose", re.I)
# The age enrolled_at_months gives a late enrolment told without one: past any window.
AFTER_THE_WINDOW = 1000
# A no asked to be confirmed ("那就不能免了是吧", "是不是就不给免了", "so it's not free then,
# right?"): the answer's no opens with the yes to the confirmation.
CONFIRMS_A_NO = re.compile(
    r"(?:不能|不给|不免|不行|不享受|没有?|不补)[^，,。?？]{0,8}(?:是吧|吧|对吧|对吗|对不对)"
    r"|是不是(?:就|也)?(?:不|没)"
    r"|\b(?:not|no|isn'?t|won'?t|can'?t|doesn'?t)\b[^.?!]{0,40}\b(?:right|correct|then|huh)\b"
    r"\s*\?*\s*$",
    re.I,
)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


# A month of the calendar, not an age: "24年9月生的", "9月份出生", "9月3号"; and a verb said
# negated, "当时没上": not when the child joined (tester 39 c08 read "24年9月生的 当时没上"
# as "joined at 9 months").
CALENDAR_MONTH_BEFORE = re.compile(r"年\s*$")
CALENDAR_MONTH_AFTER = re.compile(r"^\s*月份?(?:\s*\d+\s*[日号])?\s*(?:生|出生|底|初|中旬)")
NEGATED_VERB = re.compile(r"(?:没|未|不)(?:有)?(?:办|上|参|交|买)")


def _an_age(said: str, found: re.Match[str]) -> bool:
    """Whether an ENROLLED_AT match tells an age at enrolment, not a calendar month or a
    negated enrolment."""
    group = next((g for g in ("zh", "zh2", "half", "year") if found.group(g)), None)
    if group is None:
        return True
    before, after = said[: found.start(group)], said[found.end(group) :]
    if CALENDAR_MONTH_BEFORE.search(before) or CALENDAR_MONTH_AFTER.search(after):
        return False
    if group == "zh" and found.group("zh").isdigit() and re.match(r"\s*月(?!\s*大)", after):
        return False  # "6月份办的", "10月办的": June, October, not an age (个月 is the age's)
    return not NEGATED_VERB.search(found.group(0))


def enrolled_at_months(text: str) -> int | None:
    """The age in months at which the asker says the child joined the insurance ("at 2 months",
    俩月的时候办的); 0 for "in time" said without an age, AFTER_THE_WINDOW for "only after the
    window" said without one (过了半年才交的); None when the text tells none of these."""
    said = normalise(text)
    if ENROLLED_LATE.search(said) and not SUPPOSED.search(said):
        return AFTER_THE_WINDOW
    if not ENROLMENT_WORDS.search(said) and not ENROLLED_IN_TIME.search(said):
        return None
    found = next((m for m in ENROLLED_AT.finditer(said) if _an_age(said, m)), None)
    if found is not None:
        if found.group("half"):
            return MONTHS_OF["half"]
        years = found.group("year") or found.group("enyear")
        if years:
            count = int(years) if years.isdigit() else YEAR_WORDS.get(years.lower(), 1)
            return 12 * count  # "一岁多才上的": past a year
        word = (
            found.group("zh")
            or found.group("zh2")
            or found.group("en")
            or found.group("en2")
            or found.group("en3")
            or ""
        )
        if word.isdigit():
            return int(word)
        if word.lower() in NUMBER_WORDS:
            return NUMBER_WORDS[word.lower()]
    return 0 if ENROLLED_IN_TIME.search(said) else None


# Not paying put back for a yes ("是不是不用交钱", "不用交钱吧", "so it's free right?").
NOT_PAYING_PUT = re.compile(
    r"是不是(?:就)?(?:不用|不要|免)|(?:不用|不要|免)(?:交|缴|花|掏)?(?:钱|费)?了?(?:吧|是吧|对吧|对吗|是吗)"
    r"|\bfree\b[^.?!]{0,20}\b(?:right|correct)\b|\b(?:don'?t|do not) (?:have to |need to )?pay\b"
    r"[^.?!]{0,20}\b(?:right|correct)\b",
    re.I,
)


def window_kept_answer(
    entry: Entry, shown: list[Entitlement], told: str, lang: Lang, question: str = ""
) -> str | None:
    """The children the asker says joined within the window (Jinan clause 15: within six months
    of birth): a plain yes, the contribution paid in full, with the clause; a plain no when the
    age said is past the window. None when `told` says no such thing, or for children the
    window does not concern (a first child, one born before the cut-off)."""
    at = enrolled_at_months(told)
    if at is None:
        return None
    today = clock.today()
    concerned = [
        e for e in shown if e.status == "eligible" or (e.status == "not_eligible" and not e.certain)
    ]
    if not concerned or len(concerned) != len(shown):
        return None
    months = value(entry, "enrol_within_months", today)
    who = t(lang, "、", " and ").join(fmt.child_label(e.child, lang) for e in concerned if e.child)
    them = t(lang, who or "孩子", who or "the child")
    title = t(lang, f"“{entry.title.zh}”", lower_first(entry.title.en))
    if isinstance(months, int) and at >= months:
        joined = (
            t(
                lang,
                f"{them}是过了{months}个月才参保的",
                f"joined after {months} months, {them}",
            )
            if at == AFTER_THE_WINDOW
            else t(lang, f"{them}是{at}个月时才参保的", f"joined at {at} months, {them}")
        )
        right = CONFIRMS_A_NO.search(normalise(question or told)) is not None
        line = t(
            lang,
            f"{'对，' if right else ''}不能。须在出生后{months}个月内参保，参保当年的个人缴费才由"
            f"财政全额补贴；{joined}，不享受{title}。",
            f"{'Right, no' if right else 'No'}. The child had to join within {months} months of "
            f"birth for that year's individual contribution to be paid in full; {joined} does "
            f"not get the {title}.",
        )
    else:
        when = t(lang, f"（{at}个月时）", f" (at {at} month{'s' if at != 1 else ''})") if at else ""
        # "是不是不用交钱": 对，不用交; "要交钱吗": 不用; else 能 (tester 51 c5 heard "能。")
        asked = normalise(question or told)
        yes = (
            t(lang, "对，不用交。", "Right, nothing to pay.")
            if NOT_PAYING_PUT.search(asked)
            else t(lang, "不用交。", "No, nothing to pay.")
            if MUST_PAY.search(asked)
            else t(lang, "能。", "Yes.")
        )
        line = t(
            lang,
            f"{yes}{them}在出生后{months}个月内参保{when}，参保当年的个人缴费由财政全额补贴（{title}）。",
            f"{yes} {them[:1].upper()}{them[1:]} joined within {months} months of birth{when}, so "
            f"the individual contribution for that year is paid in full by public finance "
            f"({title}).",
        )
    return "\n".join([line, clause_line(concerned[0], lang)])


# A reason that already says the plan gives no figure: "但未写天数", "states no number of days".
# A reason saying the plan names no amount for the money ("没有补贴对象和金额", "names no
# recipients or amount").
NO_AMOUNT_SAID = re.compile(r"没有[^。；]{0,8}金额|names no [^.;]{0,20}amount", re.I)
SILENT_FIGURE = re.compile(r"未写|没有写|没写|states? no|gives? no|no number", re.I)


def _what_to_do(entry: Entry, shown: list[Entitlement], lang: Lang) -> list[str]:
    """For an item with a deadline to act by, what to do by then (its first step): "and baby's
    insurance?" (Jinan clause 15, tester 29 c10) got only "act by 1 Nov 2027", not "enrol the
    child in resident medical insurance within six months of birth"."""
    steps = entry.next_steps.get(lang)
    if not steps or not any(e.status == "eligible" and e.apply_by for e in shown):
        return []
    return [t(lang, "怎么办：", "What to do: ") + steps[0]]


def _first_sentence(text: str) -> str:
    """A summary's first sentence: what the measure gives. "住房有照顾吗" (Beijing (12), tester
    29 c9) got only "可能属于…由配租部门认定", never what the priority is (公租房优先配租、户型
    上适当照顾); the rest of the summary repeats what the reason says of it."""
    match = re.match(r"(.+?(?:。|\.(?=\s|$)))", text)
    return match.group(1) if match else text


def _raised_by_table(entry: Entry) -> bool:
    """Whether `entry` raises a figure by a table of family cases (Jinan clause 14's loan
    ceilings by children and contributors)."""
    return any(isinstance(v, dict) for p in entry.parameters.values() for v in p.values.values())


def usual_limit(entry: Entry, lang: Lang) -> str:
    """For a family outside the cases a measure raises a figure for (no second child yet, Jinan
    clause 14's loan ceilings): the plan states no usual figure; its lead departments set it."""
    names = [d.get(lang) for d in department_names(entry.departments.lead)]
    who = t(lang, "、", " and ").join(names) or t(lang, "主管部门", "the responsible department")
    return t(
        lang,
        f"方案只提高上述家庭的额度；其他家庭的一般额度方案没有写，以{who}的规定为准。",
        f"The plan raises the ceiling only for those families; the usual limit for other "
        f"families is not in the plan and is set by the {who}.",
    )


def outcome(e: Entitlement) -> tuple[object, ...]:
    """What a family reads of an entitlement: its status, amounts, days and dates (two
    entitlements with the same outcome read the same)."""
    return (
        e.status,
        e.monthly_amount_cny,
        e.amount_cny,
        e.total_amount_cny,
        e.max_amount_cny,
        e.rate,
        e.days,
        e.area_m2,
        e.start,
        e.end,
        e.apply_by,
    )


def unchanged(lang: Lang) -> str:
    """What a correction that changes no item says."""
    return t(lang, "您家能享受的项目没有变化。", "What your family can get is unchanged.")


def changes(before: Report, after: Report, lang: Lang, refusals: bool = True) -> str:
    """What a correction changed in the answer, item by item: 'Childcare subsidy (child 2) is
    now: 600 yuan/month…', '… no longer applies', 'new: …'; or that nothing changed.
    `refusals`: whether items now refused are listed (not beside a question about another
    measure: "my 6 yo is 1.35m, still free?" is answered without three "not eligible" lines)."""
    old = {(e.id, e.child): e for e in before.entitlements}
    new = {(e.id, e.child): e for e in ordered(after.entitlements)}  # money and deadlines first
    lines = []
    for key, e in new.items():
        was = old.get(key)
        if was is not None and outcome(was) == outcome(e):
            continue
        if e.status == "eligible":
            figures = fmt.figures(e, lang) + fmt.dates(e, lang)
            if was and was.status == "eligible":  # the same item with new figures or dates
                if not figures:
                    continue  # nothing shown changed ("… is now" had stood alone)
                lead = label(e, lang) + t(lang, "变为", " is now")
                lines.append(lead + t(lang, "：", ": ") + _join(figures, lang))
            else:
                lead = t(lang, "新增：", "New: ") + label(e, lang)
                if not figures:  # "新增：生育保险待遇" alone said nothing (tester 48 c6): what the
                    # plan gives, with its clause
                    entry = get_entry(e.id)
                    figures = [
                        entry.summary.get(lang).rstrip("。.")
                        + t(
                            lang,
                            f"（{clause_name(entry.clause, lang)}）",
                            f" ({clause_name(entry.clause, lang)})",
                        )
                    ]
                lines.append(lead + t(lang, "：", ": ") + _join(figures, lang))
        elif not refusals:
            continue
        elif was is not None and was.status == "eligible" and e.status == "needs_info":
            # a fact put back to unknown (one parent's hukou only, tester 36 c09): not settled
            lines.append(t(lang, f"{label(e, lang)}：说不准", f"{label(e, lang)}: not settled"))
        elif was is not None and was.status == "eligible":
            lines.append(
                t(lang, f"{label(e, lang)}不再符合：", f"{label(e, lang)} no longer applies: ")
                + (e.reasons.get(lang) or [""])[0]
            )
        elif was is not None and e.status == "not_eligible" and was.status == "needs_info":
            lines.append(
                t(lang, f"{label(e, lang)}：不符合，", f"{label(e, lang)}: not eligible. ")
                + (e.reasons.get(lang) or [""])[0]
            )
    for key, was in old.items():
        if refusals and key not in new and was.status == "eligible":
            lines.append(
                t(lang, f"{label(was, lang)}不再适用", f"{label(was, lang)} no longer applies")
            )
    if not lines:
        return unchanged(lang)
    if len(lines) > CHANGE_LINES:
        more = len(lines) - CHANGE_LINES + 1
        lines = [
            *lines[: CHANGE_LINES - 1],
            t(
                lang,
                f"另有{more}项有变化，回复“详情”查看。",
                f'{more} more changed; reply "details".',
            ),
        ]
    return "\n".join(lines)


# "俩双胞胎一个月一共能拿多少钱", "how much per month total": the money paid each month.
MONTHLY_TOTAL = re.compile(
    r"(?:一个月|每个月|每月|月均|per month|a month|monthly|each month)[^，,。?？]{0,12}"
    r"(?:一共|总共|合计|加起来|多少|几百|几个钱|how much|total)"  # 一个月能领几百
    r"|(?:一共|总共|合计|加起来|in total|total|together)[^，,。?？]{0,12}"
    r"(?:一个月|每个月|每月|per month|a month|monthly|each month)"
    r"|^\W*(?:那|那么|so)?\W*(?:一共|总共|加起来|合计|in total|altogether)"
    r"[^，,。]{0,6}(?:多少|how much)"
    r"|^\W*(?:那|so)?\W*how much (?:in total|altogether)"
    r"|(?:能|可以|一共|总共)(?:拿|领)多少钱|(?:一共|总共)(?:拿|领)了多少"
    r"|how much money (?:do|can|will|would) (?:we|i|they)"
    r"|how much[^,.?]{0,20}\b(?:per|a|each|every) month"  # "so how much per month and until when"
    r"|(?:多少钱|多少)(?:一个月|每个月)"
    # "do we get monthly money for twins?", "每个月有钱领吗", "按月发钱吗"
    r"|monthly (?:money|payments?|allowance|subsidy)|money (?:each|every|per|a) month"
    r"|每个?月(?:的|都)?(?:有)?(?:钱|补贴)|按月(?:发|给|领|拿)"
    # what each child gets, asked of the money: "what do we get when the twins are born? each of
    # them?" (tester 23 c2), "每个孩子能领多少", "俩娃各拿多少", "how much per child"
    r"|(?=.*(?:what (?:do|will|would|can) (?:we|i|they) get|how much|多少|啥钱|什么钱))"
    r"(?=.*(?:\beach of (?:them|the (?:twins|kids|children|babies))|\b(?:each|per) "
    r"(?:twin|child|kid|baby)\b|每个(?:孩子|娃|宝宝|宝)|每孩|各(?:能|可以)?(?:拿|领|给|有)))",
    re.I,
)


# A figure a month put as a question to confirm: "一个月800是吧", "每月600对吗", "一个月800了呗",
# "so 800 a month, right?" (the issue's example: a question about the amount, not a child one
# month old).
AMOUNT_CHECK = re.compile(
    r"(?=.*(?:一个月|每个月|每月|月|a month|per month|monthly|each month"
    r"|\beach\b|per (?:kid|child|baby|twin)|每个孩子|每孩|每人|每个娃"  # "800 each for the twins"
    r"|一共|总共|合计|加起来|\bin total\b|\btotal\b|altogether"  # "那一共是800对吧"
    r"|\bboth\b|\bfor the (?:two|twins)\b|两个一共|俩))"  # "so 1600 for both?"
    r"(?=.*(?:是吧|对吧|对吗|是吗|是不是|对不对|没错吧|[吧呗][\s?？。!！]*$|\bright\b|\bcorrect\b"
    r"|\bis (?:it|that)\b|isn'?t it|[?？]))"
    # never a day of birth ("今年8月15生的"): a figure is not followed by 生
    # nor a month of the year ("二宝11月2号生的 一个月600是吧": 11 is November, tester 37 c01)
    # nor a loan's size (是90万吧), nor an age (老大12了)
    # nor an age listed ("kids 10, one born in 2024 …")
    r".*?(?<![\d.])(?<!kids )(?<!kid )(?<!aged )(?<!ages )"
    r"(\d{2,5})(?![\d.]|\s*(?:万|岁|个月|天|号|日|年|生|cm|厘米|months?\b|years?|days?"
    r"|(?<=(?<!\d)\d\d)了"
    r"|月\s*(?:\d|份|底|初|中旬|末|[^\s,，。]?生)))",
    re.I,
)


# A monthly amount asked with 吗 ("生了以后一个月能拿800吗"): the monthly money asked about, with
# no yes or no to give before it (a figure to confirm takes 是吧 / 对吧).
AMOUNT_ASKED_MA = re.compile(  # also 双胞胎俩都能领600吗, without the month
    r"(?:(?:1个月|一个月|每个月|每月|按月)[^，,。\d]{0,8}?|(?:领|拿|给|发)\s*)"
    r"(?<![\d.])(\d{3,5})(?![\d.])[^，,。]{0,4}吗[\s?？。]*$"
)


# A day of the month, not an amount: "on the 14th", "born 14th", "march 14", 14号, 14日 (tester 36
# c02: "both born on the 14th. so both get 800? thats 1600 a month right" began "Not 14 yuan.").
DAY_NUMBER_AFTER = re.compile(
    r"\s*(?:st|nd|rd|th)\b|\s*(?:号|日)"
    # "born 12 Aug 2024", "12 August": a day before its month (tester 67 c8 heard "not 12 yuan")
    r"|\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)
DAY_NUMBER_BEFORE = re.compile(
    r"(?:\bthe|\bon|\bjan(?:uary)?|\bfeb(?:ruary)?|\bmar(?:ch)?|\bapr(?:il)?|\bmay|\bjune?"
    r"|\bjuly?|\baug(?:ust)?|\bsept?(?:ember)?|\boct(?:ober)?|\bnov(?:ember)?|\bdec(?:ember)?"
    r"|\d月)\.?\s*$",
    re.I,
)


# The figure named as the sum of several ("二宝600 老三800 一个月一共1400对不对": 1400, not the
# first figure said; "600 and 800, so 1400 in total right?").
TOTAL_FIGURE = re.compile(
    r"(?:一共|总共|合计|加起来|加一起|总计|in total|altogether|together|total(?: of)?)"
    r"\s*(?:一个月|每个月|每月|a month|per month|each month)?"
    r"\s*(?:是|就是|才|有|能有|能领|领|拿|is|of|comes to)?\s*(?<![\d.])(\d{3,6})(?![\d.])"
    r"|(?<![\d.])(\d{3,6})(?![\d.])\s*(?:元|块|yuan)?\s*(?:a month|per month|each month)?"
    r"\s*(?:in total|altogether|together|in all|total\b)",  # "1200 a month total right?"
    re.I,
)


# An amount said to be missing ("没有那200了是吧", "no extra 200 right?"): no figure put back as
# paid (tester 50 c2 heard "不是200元" beside the 1,200 it confirmed).
NEGATED_FIGURE = re.compile(
    r"(?:没有|没|不给|不发|不加|不再)(?:了)?(?:那|这)?(?:个)?(?:多的|额外的?|加的|加发的?)?\s*\d+(?:\s*(?:块|元))?"
    r"|\bno (?:more |extra |additional )?(?:rmb |¥)?\d+\b",
    re.I,
)


def amount_asked(text: str) -> int | None:
    """The monthly figure a question asks to confirm ("一个月800是吧": 800), or None; of several
    figures, the one named as their sum. A day of the month said beside it ("born on the 14th",
    "march 14", 14号) is no figure."""
    text = NEGATED_FIGURE.sub(" ", text)
    first = _first_amount(text)
    summed = TOTAL_FIGURE.search(text)
    if first is not None and summed is not None:
        return int(summed.group(1) or summed.group(2))
    return first


# A month and maybe its day just before a number: that number is the date's year.
YEAR_OF_A_DATE_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?)?"
    r",?\s*$",
    re.I,
)


# A unit or "a month" right after a number: an amount, even one that looks like a year.
AMOUNT_AFTER = re.compile(
    r"\s*(?:元|块|yuan\b|rmb\b|kuai\b|a month|per month|each month|每个?月)", re.I
)


# A sum's own words right before a number ("每月2000", "一共2000", "total of 2000").
AMOUNT_BEFORE = re.compile(
    r"(?:每个?月|一个月|一共|总共|合计|共计|加起来|能领|能拿|a month|per month|total(?: of)?"
    r"|altogether|in all|sum of|comes to)\s*(?:是|有|就是|才|is)?\s*$",
    re.I,
)


def _first_amount(text: str) -> int | None:
    whole, offset = text, 0
    found = AMOUNT_CHECK.search(text)
    while found is not None:
        at, end = found.start(1), found.end(1)
        year = re.fullmatch(r"(?:19|20)\d\d", found.group(1)) and (
            YEAR_OF_A_DATE_BEFORE.search(whole[max(0, offset + at - 18) : offset + at])
            or not (
                AMOUNT_AFTER.match(text, end)
                or AMOUNT_BEFORE.search(whole[max(0, offset + at - 12) : offset + at])
            )
        )  # "born march 15 2024, how much in total?", "first kid born 2020, then twins …": the
        # year of a date, no amount (tester 116 p8 heard "No, not 2,020 yuan"); no monthly sum
        # of the plans falls in 1900-2099, so such a number is an amount only with its unit
        if not (DAY_NUMBER_AFTER.match(text, end) or DAY_NUMBER_BEFORE.search(text, 0, at) or year):
            return int(found.group(1))
        found = AMOUNT_CHECK.search(text[end:])
        if found is not None:
            text = text[end:]
            offset += end
    return None


def _verdict(
    asked: int | None, total: int, per_child: list[int], open_money: list[str], lang: Lang
) -> list[str]:
    """'对。' / '不是800元。' before the figures, when a figure was asked to be confirmed;
    '还不一定。' when money still undecided (`open_money`: the hardship supplement) could make it
    so."""
    if asked is None:
        return []
    if asked == total or asked in per_child:
        return [t(lang, "对。", "Yes.")]
    if open_money:
        return [t(lang, "还不一定。", "Not decided yet.")]
    return [t(lang, f"不是{asked}元。", f"Not {asked} yuan.")]


def _part_confirmed(asked: int, paying: list[Entitlement], lang: Lang) -> str | None:
    """A figure put back that is one part of a child's monthly money, not its sum (Jinan
    clause 12: "一个月600是吧" or "加发的200对吧" of a child paid 600 and 200 more): yes to
    that part, named, then the child's sum and the family's (tester 38 c07 had 800 checked
    against the 200 alone); None when the figure is no part, or is a whole sum."""
    by_child: dict[int, list[Entitlement]] = defaultdict(list)
    for e in paying:
        if e.child and e.monthly_amount_cny:
            by_child[e.child].append(e)
    sums = {c: sum(e.monthly_amount_cny or 0 for e in m) for c, m in by_child.items()}
    if asked in sums.values() or asked == sum(sums.values()):
        return None
    parts = [
        (c, e) for c, money in sorted(by_child.items()) if len(money) > 1 for e in money
        if e.monthly_amount_cny == asked
    ]  # fmt: skip
    if not parts:
        return None
    children = sorted({c for c, _ in parts})
    part = parts[0][1]
    others = [e for e in by_child[children[0]] if e.id != part.id]
    who = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in children)
    each = len(children) > 1
    whole = _sum_text([e.monthly_amount_cny or 0 for e in by_child[children[0]]])
    also = t(lang, "和", " and ").join(get_entry(e.id).title.get(lang) for e in others)
    total = sum(sums.values())
    in_all = (
        t(lang, f"，合计{fmt.money(total, lang)}", f", {fmt.money(total, lang)} in all")
        if len(sums) > 1
        else ""
    )
    return t(
        lang,
        f"对，{get_entry(part.id).title.zh}是每月{fmt.money(asked, lang)}；加上{also}，"
        f"{who}{'每人' if each else ''}每月共{whole}元{in_all}。",
        f"Yes, the {_lower(get_entry(part.id).title.en)} is {fmt.money(asked, lang)} a month; "
        f"with the {_lower(also)}, {who} {'each get' if each else 'gets'} {whole} yuan a "
        f"month{in_all}.",
    )


def _lower(title: str) -> str:
    """A title within a sentence: 'Childcare subsidy' → 'childcare subsidy'."""
    return lower_first(title)


def _not_the_figure(asked: int, report: Report, paying: list[Entitlement], lang: Lang) -> str:
    """'不是800元：每个孩子每月600元，2个孩子一共1,200元；出生时在领…的，每个孩子再加200元。' of a
    figure that is neither a child's sum, nor the family's, nor a part of either (Jinan clause
    12 for twins with no hardship at the birth, tester 38 c03 got a bare "不是800元"). The
    supplement refused is named with its own figure when it would have made the figure."""
    by_child: dict[int, int] = defaultdict(int)
    for e in paying:
        if e.child and e.monthly_amount_cny:
            by_child[e.child] += e.monthly_amount_cny
    total = sum(by_child.values())
    amounts = set(by_child.values())
    if len(by_child) > 1 and len(amounts) == 1:
        each = fmt.money(next(iter(amounts)), lang)
        said = t(
            lang,
            f"每个孩子每月{each}，{len(by_child)}个孩子一共{fmt.money(total, lang)}",
            f"{each} a month per child, {fmt.money(total, lang)} for the {len(by_child)}",
        )
    elif len(by_child) == 1:
        child = next(iter(by_child))
        parts = _sum_text([e.monthly_amount_cny or 0 for e in paying if e.child == child])
        said = t(
            lang,
            f"{fmt.child_label(child, lang)}每月{parts}元",
            f"{fmt.child_label(child, lang)} gets {parts} yuan a month",
        )
    else:
        said = t(
            lang, f"每月合计{fmt.money(total, lang)}", f"{fmt.money(total, lang)} a month in all"
        )
    more = ""
    refused = {
        e.id
        for e in report.entitlements
        if e.status == "not_eligible"
        and e.child in by_child
        and "hardship_at_birth" in get_entry(e.id).facts
    }
    for entry_id in sorted(refused):
        if "monthly_amount_cny" not in get_entry(entry_id).parameters:
            continue
        extra = int(value(get_entry(entry_id), "monthly_amount_cny", report.as_of) or 0)
        if extra and any(a + extra == asked for a in amounts):
            more = t(
                lang,
                f"；出生时在领低保、特困供养或失业保险金的，每个孩子再加{fmt.money(extra, lang)}",
                f"; a family on minimum subsistence, special hardship support or unemployment "
                f"benefits at the birth gets {fmt.money(extra, lang)} more per child",
            )
    left_out = ""
    for e in report.entitlements:  # "1200 … since i have 2 kids": the child it is not for
        if (
            e.status == "not_eligible"
            and e.child is not None
            and e.child not in by_child
            and "monthly_amount_cny" in get_entry(e.id).parameters
            and "hardship_at_birth" not in get_entry(e.id).facts
            and e.reasons.get(lang)
            and any(total + a == asked for a in amounts)
        ):
            reason = lower_first(e.reasons.get(lang)[0].rstrip("。."))
            left_out = t(
                lang,
                f"；{fmt.child_label(e.child, lang)}没有：{reason}",
                f"; {fmt.child_label(e.child, lang)} gets none: {reason}",
            )
            break
    return t(
        lang,
        f"不是{fmt.money(asked, lang)}：{said}{more}{left_out}。",
        f"No, not {fmt.money(asked, lang)}: {said}{more}{left_out}.",
    )


def _if_held_at_birth(
    report: Report, paying: list[Entitlement], asked: int | None, lang: Lang
) -> list[str]:
    """For a figure put back to confirm ("一个月800是吧") that a child born gets only if the
    family was on dibao, special hardship support or unemployment benefits at its birth (Jinan
    clause 12's 200 more), when that is the one fact still open: the answer on that condition,
    with the end, and the question asking it: '如果第2个孩子2026年8月出生时家里在领…，就是
    600+200=800元/月，到2029年8月20日；否则是600元/月。' Empty otherwise."""
    if asked is None:
        return []
    base: dict[int, list[Entitlement]] = defaultdict(list)
    for e in paying:
        if e.child:
            base[e.child].append(e)
    if asked in {sum(x.monthly_amount_cny or 0 for x in m) for m in base.values()}:
        return []  # the figure is paid already: a plain yes
    open_items = [
        e
        for e in report.entitlements
        if e.status == "needs_info" and get_entry(e.id).parameters.get("monthly_amount_cny")
    ]
    extra = _open_supplements(report, {c: 1 for c in base})
    if not extra or len(open_items) != len(extra):
        return []  # another fact is open too: the full picture
    same: dict[tuple[date, date, str, str, str], list[int]] = defaultdict(list)
    for child, more in sorted(extra.items()):
        money = base[child]
        paid = [e.monthly_amount_cny or 0 for e in money]
        if sum(paid) + more != asked:
            continue
        born = min((e.start for e in money if e.start), default=None)
        end = min((e.end for e in money if e.end), default=None)
        if born is None or end is None:
            continue
        age = get_entry(money[0].id).parameters.get("age_limit_years")
        turns = "" if age is None else t(lang, f"（满{age.value}周岁）", f" (turns {age.value})")
        same[(born, end, _sum_text([*paid, more]), _sum_text(paid), turns)].append(child)
    lines = []
    for (born, end, figure, paid_text, turns), children in same.items():
        # twins born the same month: one line, each child's figure and the two together
        # (tester 30 c3 read the same condition twice and never the 1,600)
        zh_who = "、".join(fmt.child_label(c, "zh") for c in children)
        en_who = " and ".join(fmt.child_label(c, "en") for c in children)
        both = len(children) > 1
        total = asked * len(children)
        zh_each, en_each = ("每人", "each ") if both else ("", "")
        zh_sum = f"（{len(children)}个孩子共{total:,}元/月）" if both else ""
        en_sum = f" ({total:,} yuan a month together)" if both else ""
        lines.append(
            t(
                lang,
                f"如果{zh_who}{born.year}年{born.month}月出生时家里在领低保、特困供养或失业保险金，"
                f"就是{zh_each}{figure}元/月{zh_sum}，到{fmt.day(end, lang)}{turns}；"
                f"否则是{zh_each}{paid_text}元/月。",
                f"If the family was on minimum subsistence, special hardship support or "
                f"unemployment benefits when {en_who} {'were' if both else 'was'} born "
                f"({born:%b %Y}), it is {en_each}{figure} yuan a month{en_sum} until "
                f"{fmt.day(end, lang)}{turns}; otherwise {en_each}{paid_text} yuan a month.",
            )
        )
    if not lines:
        return []
    return [*lines, t(lang, *HELD_AT_BIRTH_ASK)]


# The question a money answer ends with when the benefits at the birth are the one fact open
# (_if_held_at_birth): the hardship question put inside the answer, counted as the form's
# (form_questions.ask_in_full: put twice at most, tester 28 r2, c2, c5).
HELD_AT_BIRTH_ASK = (
    "孩子出生时，家里已经在领其中一种了吗？",
    "Was the family on one of them at the birth?",
)


def _open_supplements(report: Report, coming: Mapping[int | None, int]) -> dict[int, int]:
    """Per child on the way, the monthly supplement still open on the benefits at the birth
    (Jinan clause 12's 200 more), as if_on_benefits_at_birth words it."""
    extra: dict[int, int] = {}
    for e in report.entitlements:
        param = get_entry(e.id).parameters.get("monthly_amount_cny")
        if (
            e.status != "needs_info"
            or param is None
            or e.child is None
            or not coming.get(e.child)
            or e.missing_facts != ["hardship_at_birth"]
        ):
            continue
        more = param.in_force(report.as_of)
        if isinstance(more, int):
            extra[e.child] = more
    return extra


def _together(coming: Mapping[int | None, int], extra: Mapping[int, int], lang: Lang) -> list[str]:
    """For two or three children on their way (twins: "两个一共多少"), their monthly sum, and the
    sum with the supplement still open: "两个一共每月1,200元（出生时在领…的话1,600元）"."""
    paid = [amount for amount in coming.values() if amount]
    if len(paid) < 2:
        return []
    base = sum(paid)
    count = {2: "两", 3: "三"}.get(len(paid), str(len(paid)))
    if not extra:
        return [
            t(
                lang,
                f"{count}个一共每月{fmt.money(base, lang)}。",
                f"Together {fmt.money(base, lang)} a month.",
            )
        ]
    more = base + sum(extra.values())
    return [
        t(
            lang,
            f"{count}个一共每月{fmt.money(base, lang)}（出生时在领低保、特困供养或失业保险金的话"
            f"{fmt.money(more, lang)}）。",
            f"Together {fmt.money(base, lang)} a month ({fmt.money(more, lang)} if on those "
            f"benefits at the birth).",
        )
    ]


def if_on_benefits_at_birth(
    report: Report, coming: Mapping[int | None, int], lang: Lang
) -> list[str]:
    """For a baby on the way whose birth's benefits are not known (not told, or only guessed:
    "那时候我可能还在领失业金"), the supplement as a condition (Jinan clause 12's 200 more a month
    for a birth while on dibao, special hardship support or unemployment benefits): "如果老三出生
    时在领…，每月就是800元；否则600元" (tester 20 c06 had 800 as certain)."""
    lines = []
    for e in report.entitlements:
        param = get_entry(e.id).parameters.get("monthly_amount_cny")
        base = coming.get(e.child)
        if (
            e.status != "needs_info"
            or param is None
            or e.child is None
            or not base
            or e.missing_facts != ["hardship_at_birth"]
        ):
            continue
        more = param.in_force(report.as_of)
        if not isinstance(more, int):
            continue
        zh_name, en_name = fmt.child_label(e.child, "zh"), fmt.child_label(e.child, "en")
        lines.append(
            t(
                lang,
                f"如果{zh_name}出生时家里在领低保、特困供养或失业保险金，每月再加{more}元，"
                f"就是{base + more}元；否则是{base}元。",
                f"If the family is on minimum subsistence, special hardship support or "
                f"unemployment benefits when {en_name} is born, {more} yuan more a month, "
                f"{base + more} yuan; otherwise {base} yuan.",
            )
        )
    return lines


def fact_names(facts: Sequence[str], lang: Lang) -> list[str]:
    """The facts' labels (policy_kb/data/facts.yaml) in `lang`; a fact without one by its name."""
    labels = catalogue().fact_labels
    return [labels[f].get(lang) if f in labels else f for f in facts]


VERDICT_OPEN = ("还不一定。", "Not decided yet.")


def not_the_monthly_figure(asked: int, children: Sequence[int], lang: Lang) -> str:
    """'不对，不是每月1,400元：只有第3个孩子符合条件。' for a monthly figure put back that no
    child's money, nor their sum, ever came to (tester 48 c09: "一个月1400对不对" of three
    children, the 3rd alone paid 800 under Jinan clause 12, got the 800 without the no)."""
    figure = fmt.money(asked, lang)
    if not children:
        return t(lang, f"不对，不是每月{figure}。", f"No, not {figure} a month.")
    names = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in children)
    verb = "qualify" if len(children) > 1 else "qualifies"
    return t(
        lang,
        f"不对，不是每月{figure}：只有{names}符合条件。",
        f"No, not {figure} a month: only {names} {verb}.",
    )


def _whole_total_checked(
    asked: int | None,
    report: Report,
    paying: list[Entitlement],
    by_child: Mapping[int | None, int],
    lang: Lang,
    upcoming: Sequence[Entitlement] = (),
) -> list[str] | None:
    """A sum for the whole period put back ("每个娃一共21600对吧", "双胞胎一共43200对不对", "so
    36 x 600 = 21600 right?"), checked against the engine's totals of the children paid and of
    those on the way (`upcoming`: "老三出生时在领失业金 一共28800对吗" is 老三's sum, tester 48
    c07): yes with each child's months and sum and the family's; "还不一定" when the money
    still open (Jinan clause 12's 200 before the benefits at the birth are known) could make
    it; the clause last. None when `asked` is no such total (a month's figure is checked
    elsewhere)."""
    if asked is None or asked in by_child.values() or asked == sum(by_child.values()):
        return None
    money: dict[int, list[Entitlement]] = defaultdict(list)
    for e in [*paying, *upcoming]:
        if e.child and e.monthly_amount_cny and e.total_amount_cny:
            money[e.child].append(e)
    if not money:
        return None
    totals = {c: sum(e.total_amount_cny or 0 for e in m) for c, m in money.items()}
    if asked in totals.values() or asked == sum(totals.values()):
        lead = t(lang, "对。", "Yes.")
    else:
        months = {c: _months(m) for c, m in money.items()}
        open_totals: dict[int | None, list[int]] = defaultdict(list)
        for e in report.entitlements:
            n = months.get(e.child or 0)
            if e.status == "needs_info" and n:
                open_totals[e.child].append(_open_monthly(e, report.as_of) * n)
        each = {totals[c] + more for c in totals for more in _subset_sums(open_totals.get(c, []))}
        family = _subset_sums([a for amounts in open_totals.values() for a in amounts])
        if asked not in each | {sum(totals.values()) + more for more in family}:
            return None
        lead = VERDICT_OPEN[0 if lang == "zh" else 1]
    lines = [lead]
    for child, items in sorted(money.items()):
        monthly = sum(e.monthly_amount_cny or 0 for e in items)
        n = _months(items)
        times = t(lang, f"×{n}个月", f" x {n} months") if n else ""
        end = min((e.end for e in items if e.end), default=None)
        until = (
            t(lang, f"（至{fmt.day(end, lang)}）", f" (until {fmt.day(end, lang)})") if end else ""
        )
        who = fmt.child_label(child, lang)
        lines.append(
            t(
                lang,
                f"{who}：{monthly}元/月{times}={fmt.money(totals[child], lang)}{until}",
                f"{who}: {monthly} yuan/month{times} = {fmt.money(totals[child], lang)}{until}",
            )
        )
    if len(money) > 1:
        whole = fmt.money(sum(totals.values()), lang)
        lines.append(t(lang, f"{len(money)}个孩子合计{whole}", f"{whole} for the {len(money)}"))
    lines += _if_still_held(asked, upcoming, totals, lang)
    if lead in ("对。", "Yes."):  # the money still open only adds a branch (tester 48 c01)
        lines += _total_if_open(report, money, totals, lang)
    lines.append(clause_line(paying[0], lang))
    return lines


def _if_still_held(
    asked: int, upcoming: Sequence[Entitlement], totals: Mapping[int, int], lang: Lang
) -> list[str]:
    """The condition of a sum confirmed for a child on the way that counts the 200 of Jinan
    clause 12: it holds if the family is still on the benefits at that birth; otherwise the
    600 alone, with its sum (both from the engine's figures)."""
    lines = []
    for child in sorted({e.child for e in upcoming if e.child and totals.get(e.child) == asked}):
        extra = [  # the money that rests on the benefits at the birth (its entry's facts)
            e for e in upcoming if e.child == child and "hardship_at_birth" in get_entry(e.id).facts
        ]
        if not extra:
            continue
        more = sum(e.monthly_amount_cny or 0 for e in extra)
        base = asked - sum(e.total_amount_cny or 0 for e in extra)
        who = fmt.child_label(child, lang)
        lines.append(
            t(
                lang,
                f"（{who}还没出生：这是按{who}出生时仍在领低保、特困供养或失业保险金算的，"
                f"每月加{more}元；到时不领，就只有{fmt.money(base, lang)}。）",
                f"({who} is not born yet: this counts the family still on dibao, special "
                f"hardship support or unemployment benefits at that birth, {more} yuan more a "
                f"month; if not, {fmt.money(base, lang)}.)",
            )
        )
    return lines


def _total_if_open(
    report: Report, money: Mapping[int, list[Entitlement]], totals: Mapping[int, int], lang: Lang
) -> list[str]:
    """For a whole-period sum confirmed while a child's monthly money is still open (Jinan
    clause 12's 200 before the benefits at the birth are known: "是不是21600"), the sum it would
    make: "如果第2个孩子出生时家里在领低保、特困供养或失业保险金，每月再加200元，共28,800元"."""
    lines = []
    for child, items in sorted(money.items()):
        n = _months(items)
        for e in report.entitlements:
            more = _open_monthly(e, report.as_of)
            if e.status != "needs_info" or e.child != child or not more or not n:
                continue
            who = fmt.child_label(child, lang)
            whole = fmt.money(totals[child] + more * n, lang)
            if e.missing_facts == ["hardship_at_birth"]:
                lines.append(
                    t(
                        lang,
                        f"如果{who}出生时家里在领低保、特困供养或失业保险金，每月再加{more}元，"
                        f"共{whole}。",
                        f"If the family was on minimum subsistence, special hardship support or "
                        f"unemployment benefits when {who} was born, {more} yuan more a month, "
                        f"{whole} in all.",
                    )
                )
            else:
                facts = t(lang, "、", "; ").join(fact_names(e.missing_facts, lang))
                lines.append(
                    t(
                        lang,
                        f"{label(e, lang)}每月{more}元还要看：{facts}；能领的话共{whole}。",
                        f"{label(e, lang)}, {more} yuan a month, depends on: {facts}; with it, "
                        f"{whole} in all.",
                    )
                )
    return lines


def _months(items: list[Entitlement]) -> int | None:
    """The months a child's monthly money runs, from the engine's total and monthly figures."""
    monthly = sum(e.monthly_amount_cny or 0 for e in items)
    total = sum(e.total_amount_cny or 0 for e in items)
    return total // monthly if monthly and total % monthly == 0 else None


def _could_be(asked: int, report: Report, by_child: Mapping[int | None, int]) -> bool:
    """Whether the monthly money still open in `report` (the hardship supplement before the
    benefits at the birth are known, Jinan clause 12) could make `asked` a child's sum or the
    family's: 800 or 1,600 of twins paid 600 each may be, 2,400 never is."""
    open_by_child: dict[int | None, list[int]] = defaultdict(list)
    for e in report.entitlements:
        if e.status == "needs_info" and _open_monthly(e, report.as_of):
            open_by_child[e.child].append(_open_monthly(e, report.as_of))
    sums = _subset_sums([a for amounts in open_by_child.values() for a in amounts])
    total = sum(by_child.values())
    each = {
        paid + s
        for child, paid in by_child.items()
        for s in _subset_sums(open_by_child.get(child, []))
    }
    return asked in {total + s for s in sums} | each


def _open_monthly(e: Entitlement, day: date) -> int:
    """The monthly figure of an item still to be decided (its measure's, in force on `day`)."""
    param = get_entry(e.id).parameters.get("monthly_amount_cny")
    amount = param.in_force(day) if param is not None else 0
    return int(amount) if isinstance(amount, int | float) else 0


def _subset_sums(amounts: list[int]) -> set[int]:
    sums = {0}
    for amount in amounts:
        sums |= {s + amount for s in sums}
    return sums


def orders_unnamed(report: Report, lang: Lang) -> list[str]:
    """A line for each child beyond the birth orders a paid measure names, kept out by its
    order alone (Jinan clause 12 names "two or three children": twins born as the 3rd and 4th
    get it for the 3rd only; tester 64 heard nothing of the 4th): the plan's text names those
    orders and says nothing of this one, so the lead department is the one to ask."""
    lines: list[str] = []
    told: set[int] = set()
    for e in report.entitlements:
        entry = catalogue().entries.get(e.id)
        if (
            entry is None
            or e.child is None
            or e.child in told
            or e.status != "not_eligible"
            or entry.kind != "cash"
            or "birth_orders" not in entry.parameters
            or len(e.reasons.get(lang) or []) != 1  # born too early or past 3 as well: no line
        ):
            continue
        named = [int(n) for n in value(entry, "birth_orders", report.as_of)]
        if e.child <= max(named):
            continue
        told.add(e.child)
        listed = t(lang, "、", " and ").join(
            t(lang, f"第{n}个孩子", f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }")
            for n in named
        )
        lead = t(lang, "、", " and ").join(
            d.get(lang) for d in department_names(entry.departments.lead)
        )
        lines.append(
            t(
                lang,
                f"第{e.child}个孩子：{entry.title.zh}（{clause_name(entry.clause, lang)}）只写了"
                f"{listed}，没有提到第{e.child}个孩子，按原文不在此列；可向{lead}咨询。",
                f"The {e.child}th child: {entry.title.en} ({clause_name(entry.clause, lang)}) "
                f"names only the {listed} child and says nothing of a {e.child}th, so under the "
                f"plan's text it is not paid; ask the {lead}.",
            )
        )
    return lines


def _open_money(report: Report, lang: Lang) -> list[str]:
    """Monthly money not yet decided, with the facts that decide it ('育儿补贴困难家庭加发
    （第2个孩子）每月200元还要确认：…')."""
    lines = []
    said: set[str] = set()  # a fact still open is named once ("是否本市户籍" of 600 and 200)
    for e in report.entitlements:
        entry = get_entry(e.id)
        param = entry.parameters.get("monthly_amount_cny")
        if e.status != "needs_info" or param is None:
            continue
        amount = param.in_force(report.as_of)
        new = [f for f in e.missing_facts if f not in said]
        said.update(e.missing_facts)
        facts = t(lang, "、", "; ").join(fact_names(new, lang))
        if new == ["children"] and e.child:  # only this child's date is open (tester 26 c05)
            facts = t(lang, "{}的出生日期", "the birth date of {}").format(
                fmt.child_label(e.child, lang)
            )
        until = _until_age(entry, e, lang)
        if not new:
            lines.append(
                t(
                    lang,
                    f"{label(e, lang)}每月{amount}元，条件同上{until}。",
                    f"{label(e, lang)}, {amount} yuan a month, on the same condition{until}.",
                )
            )
            continue
        lines.append(
            t(
                lang,
                f"{label(e, lang)}每月{amount}元还要确认：{facts}{until}。",
                f"{label(e, lang)}, {amount} yuan a month, is still open: {facts}{until}.",
            )
        )
    return lines


def _until_age(entry: Entry, e: Entitlement, lang: Lang) -> str:
    """'；到孩子满3周岁（2028年10月1日）止' of monthly money paid until an age (Jinan clause 12),
    so "发到几岁" is answered while a fact is still open; empty for money without that limit."""
    age = entry.parameters.get("age_limit_years")
    if age is None or e.end is None:
        return ""
    return t(
        lang,
        f"；到孩子满{age.value}周岁（{fmt.day(e.end, lang)}）止",
        f"; paid until the child turns {age.value} ({fmt.day(e.end, lang)})",
    )


def upcoming_money(monthly: list[Entitlement], day: date) -> bool:
    """Whether monthly money starts after `day` (a baby on the way beside paid children)."""
    return any(e.start is not None and e.start > day for e in monthly)


def confirmed_money(paying: list[Entitlement], total: int, lang: Lang) -> str:
    """A monthly figure confirmed in one sentence (tester 29 c1 "一个月1200是吧" got "对。" and the
    eight lines again): '对。第2个孩子、第3个孩子每人每月600元，合计1,200元，领到2029年3月1日（孩子
    满3周岁）。' / 'Yes. Child 2 and child 3 get 600 yuan a month each, 1,200 yuan in total, until
    1 Mar 2029 (when each turns 3).' The figures, ends and age are the report's (clause 12)."""
    by_child: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, date] = {}
    for e in paying:
        if e.child:
            by_child[e.child].append(e.monthly_amount_cny or 0)
            if e.end is not None:
                ends[e.child] = min(e.end, ends.get(e.child, e.end))
    orders = sorted(by_child)
    names = [fmt.child_label(c, lang) for c in orders]
    sums = {c: _sum_text(by_child[c]) for c in orders}
    money = t(lang, "元", " yuan")
    if len(orders) > 1 and len(set(sums.values())) == 1:
        each = sums[orders[0]] + money
        who = t(
            lang,
            "、".join(names) + f"每人每月{each}",
            " and ".join(names) + f" get {each} a month each",
        )
        if len(set(ends.values())) < 2 or set(ends) != set(orders):  # a staged sum says it
            who += t(
                lang, f"，合计{fmt.money(total, lang)}", f", {fmt.money(total, lang)} in total"
            )
    elif len(orders) == 1:
        each = sums[orders[0]] + money
        who = t(lang, f"{names[0]}每月{each}", f"{names[0]} gets {each} a month")
    else:
        parts = [
            f"{n}{t(lang, '', ' ')}{sums[c]}{money}" for n, c in zip(names, orders, strict=True)
        ]
        who = t(
            lang,
            f"每月合计{fmt.money(total, lang)}（{'、'.join(parts)}）",
            f"{fmt.money(total, lang)} a month in total ({', '.join(parts)})",
        )
    age = get_entry(paying[0].id).parameters.get("age_limit_years")
    each = "each" if len(orders) > 1 else "the child"  # "when each turns 3" of one child read oddly
    turns = (
        t(lang, f"（孩子满{age.value}周岁）", f" (when {each} turns {age.value})") if age else ""
    )
    days = sorted(set(ends.values()))
    if len(days) == 1:
        until = t(
            lang,
            f"，领到{fmt.day(days[0], lang)}{turns}",
            f", until {fmt.day(days[0], lang)}{turns}",
        )
    elif days and set(ends) == set(orders):
        # "so 1600 a month until 2028?" of a 2nd ending June 2028 and a 3rd November 2029: the
        # sum until the first end, then what is left until the next (tester 52 c10)
        until = t(lang, "：", ": ") + in_stages(paying, lang, clock.today())
    elif days:
        each_end = [
            f"{fmt.child_label(c, lang)}{t(lang, '领到', ' until ')}{fmt.day(ends[c], lang)}"
            for c in orders
            if c in ends
        ]
        until = t(lang, "，" + "，".join(each_end), "; " + ", ".join(each_end))
    else:
        until = ""
    sentence = who[0].upper() + who[1:] if lang == "en" else who
    return t(lang, f"对。{sentence}{until}。", f"Yes. {sentence}{until}.")


def _with_the_coming_child(
    asked: int | None, paying: list[Entitlement], upcoming: list[Entitlement], lang: Lang
) -> str | None:
    """A monthly sum put back that counts a child on the way with the children paid now ("二宝
    600 老三800 一个月一共1400对不对", Jinan clause 12): yes, from that birth until the first of
    them stops, then what is left; None when the sum is not that (a figure said of now alone is
    answered as now)."""
    if asked is None or not upcoming or not paying:
        return None
    now = sum(e.monthly_amount_cny or 0 for e in paying)
    coming = sum(e.monthly_amount_cny or 0 for e in upcoming)
    if asked != now + coming or asked == now:
        return None
    child, when = from_the_birth(upcoming, lang)
    ends = [e.end for e in paying if e.end is not None]
    if not ends:
        return t(
            lang,
            f"对，{child}出生后（{when}）每月共{fmt.money(asked, lang)}。",
            f"Yes, once {child} {is_born(child)} ({when}), "
            f"{fmt.money(asked, lang)} a month in all.",
        )
    stop = min(ends)
    limit = _age_limit(paying, stop)
    stopping = sorted({e.child for e in paying if e.end == stop and e.child})
    who = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in stopping)
    left = now + coming - sum(e.monthly_amount_cny or 0 for e in paying if e.end == stop)
    later = [e for e in upcoming if e.end is not None and e.end > stop]
    after = ""
    if later and left:
        last = max(e.end for e in later if e.end is not None)
        zh_who = "、".join(sorted({fmt.child_label(e.child or 0, "zh") for e in later}))
        en_who = " and ".join(sorted({fmt.child_label(e.child or 0, "en") for e in later}))
        after = t(
            lang,
            f"之后{zh_who}每月{fmt.money(left, lang)}，到{fmt.day(last, lang)}满{limit}周岁为止。",
            f" After that {en_who} gets {fmt.money(left, lang)} a month until "
            f"{fmt.day(last, lang)}.",
        )
    return t(
        lang,
        f"对，{child}出生后（{when}）到{who}满{limit}周岁（{fmt.day(stop, lang)}）每月共"
        f"{fmt.money(asked, lang)}；{after}",
        f"Yes: from {child}'s birth ({when}) until {who} turns {limit} ({fmt.day(stop, lang)}), "
        f"{fmt.money(asked, lang)} a month in all.{after}",
    ).rstrip("；")


def _age_limit(items: list[Entitlement], day: date) -> object:
    """The age the monthly money of `items` is paid until (Jinan clause 12: 3), from the kb."""
    for e in items:
        param = get_entry(e.id).parameters.get("age_limit_years")
        if param is not None:
            return param.in_force(day)
    return ""


def monthly_total(
    report: Report,
    lang: Lang,
    asked: int | None = None,
    paid: Mapping[tuple[str, int], int | None] | None = None,
    ask: bool = True,
) -> str:
    """The money the family gets each month now: the sum, then each child's line and the clause
    ("每月合计1,600元" and "第2个孩子：600+200=800元/月，至…"); or when it starts, or that
    there is none, with the reason the money items give. `asked`: a monthly figure the citizen
    asked to confirm ("一个月800是吧"); the reply then starts with yes or no (the family's total
    or one child's sum is a yes). `paid`: (measure id, child) of the money that has ended and had
    been paid (checked the day before it ended); None takes every ended item. `ask`: False
    once the hardship question was put twice, so the conditional answer comes without it."""
    monthly = [e for e in report.entitlements if e.status == "eligible" and e.monthly_amount_cny]
    day = report.as_of
    paying = [
        e for e in monthly if (e.start is None or e.start <= day) and (e.end is None or day < e.end)
    ]
    if paying:
        total = sum(e.monthly_amount_cny or 0 for e in paying)
        by_child: dict[int | None, int] = defaultdict(int)
        for e in paying:
            by_child[e.child] += e.monthly_amount_cny or 0
        open_money = _open_money(report, lang)  # the 200 a month still to be decided, said
        if_held = _if_held_at_birth(report, paying, asked, lang)
        if if_held:  # "一个月800是吧 到哪年": 800 on the one fact open, else 600 (tester 26 c12)
            asking = if_held[-1:] if ask else []
            return "\n".join([*if_held[:-1], clause_line(paying[0], lang), *asking])
        upcoming = [e for e in monthly if e.start is not None and e.start > day]
        whole = _whole_total_checked(asked, report, paying, by_child, lang, upcoming)
        if whole is not None:  # "每个娃一共21600对吧": the whole period's money, not a month's
            still = open_money if whole[0] in VERDICT_OPEN else []
            return "\n".join([*whole[:-1], *still, whole[-1]])
        together = _with_the_coming_child(asked, paying, upcoming, lang)
        if together is not None:  # "二宝600 老三800 一个月一共1400对不对" (tester 46 c01)
            return "\n".join([together, clause_line(paying[0], lang)])
        # "一个月2400是吧" of twins paid 600 each: no 200 still open can make it, so no
        # "还不一定" but the figure put right (tester 45 c04)
        could = open_money if asked is not None and _could_be(asked, report, by_child) else []
        lines = _verdict(asked, total, list(by_child.values()), could, lang)
        part = _part_confirmed(asked, paying, lang) if asked is not None else None
        if part is not None:  # "一个月600是吧" of 600+200: yes to the part, then the sum
            lines = [part]
        elif asked is not None and lines and lines[0] not in ("对。", "Yes.") and not could:
            lines = [_not_the_figure(asked, report, paying, lang)]
        if lines and lines[0] in ("对。", "Yes.") and not upcoming_money(monthly, day):
            # "一个月1200是吧": yes with the figures in one sentence, not the block again
            return "\n".join([confirmed_money(paying, total, lang), clause_line(paying[0], lang)])
        # a child whose money waits on a fact (老二 born "前年", the month not told): the sum
        # is of what is settled so far, not the family's whole (tester 123 p6 read 每月合计800元
        # beside 老二's 600 still to confirm)
        unsettled = sorted(
            {
                e.child
                for e in report.entitlements
                if e.status == "needs_info"
                and e.child is not None
                and e.child not in by_child
                and "monthly_amount_cny" in get_entry(e.id).parameters
            }
        )
        if part is None and not (lines and lines[0].startswith(("不是", "No, not"))):
            names = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in unsettled)
            lines += [
                t(
                    lang,
                    f"已能确定的每月合计{fmt.money(total, lang)}（{names}的还要确认）："
                    if unsettled
                    else f"每月合计{fmt.money(total, lang)}：",
                    f"{fmt.money(total, lang)} a month in total so far ({names} still to confirm):"
                    if unsettled
                    else f"{fmt.money(total, lang)} a month in total:",
                )
            ]  # a verdict naming the sums already says it
        lines += per_child_money(paying, lang)
        upcoming = [e for e in monthly if e.start is not None and e.start > day]
        if upcoming:  # a baby on the way: its money from the birth
            child, when = from_the_birth(upcoming, lang)  # never "from 1 March 2027"
            lines.append(
                t(
                    lang,
                    f"{child}出生后（{when}）还有：",
                    f"Once {child} {is_born(child)} ({when}), also:",
                )
            )
            lines += per_child_money(upcoming, lang)
        lines += open_money
        lines += orders_unnamed(report, lang)  # the twins' second as a 4th: not left out silently
        if asked is None:
            # a child past 3 beside one paid now: what it had and when it stopped, not left out
            # silently (tester 46 c7: "3 kids 6 3 and 1 … what subsidy do we get")
            lines += _ended_money(report, lang, paid)[:-1]
        lines.append(clause_line(paying[0], lang))
        return "\n".join(lines)
    if monthly:
        first = min(monthly, key=lambda e: e.start or day)
        coming: dict[int | None, int] = defaultdict(int)
        for e in monthly:
            coming[e.child] += e.monthly_amount_cny or 0
        extra = _open_supplements(report, coming)
        if asked is None:
            said = []
        elif asked in coming.values() or asked == sum(coming.values()):
            # "so it's 600 a month right?" of a baby on the way: yes, once it is born
            said = [t(lang, "对，孩子出生后开始发。", "Yes, once the baby is born.")]
        elif any(
            asked == e.monthly_amount_cny and coming[e.child] > asked for e in monthly
        ):  # "老二出生后一个月600是吧 我老公在领失业金": yes, 600, and the 200 more on top
            total = max(coming[e.child] for e in monthly if e.monthly_amount_cny == asked)
            said = [_base_confirmed(asked, total, lang)]
        elif any(asked == coming.get(c, 0) + more for c, more in extra.items()):
            # "一个月800是吧" before the benefits at the birth are known: 800 only on that condition
            said = [
                t(
                    lang,
                    "不一定：出生时在领低保、特困供养或失业保险金才是；否则不是。",
                    "Only if the family is on those benefits at the birth; otherwise no.",
                )
            ]
        elif asked in _ended_sums(report, paid).values():
            # "老二生的时候领失业金 当时是800吧" with 老二 past 3 and a 3rd on the way: yes, that
            # child's 800 was paid and has stopped (tester 54 c09 read "不是")
            said = [
                t(lang, "对，那是已经停发的：", "Yes, and it has stopped:"),
                *_ended_money(report, lang, paid)[:-1],  # its clause is the reply's last line
            ]
        else:
            said = [t(lang, "不是。", "No.")]
        unnamed = orders_unnamed(report, lang)  # triplets as the 2nd to 4th: why not 3 x 600
        if said and said[0] in ("不是。", "No.") and unnamed:
            said += unnamed
            unnamed = []
        child, when = from_the_birth(monthly, lang)  # a due date, no day of a first payment
        lines = [
            *said,
            t(
                lang,
                f"现在还没有按月发的钱；{child}出生后（{when}）：",
                f"Nothing is paid monthly yet; once {child} {is_born(child)} ({when}):",
            ),
            *per_child_money(monthly, lang),
            *unnamed,
            *if_on_benefits_at_birth(report, coming, lang),
            *_together(coming, extra, lang),
            clause_line(first, lang),
        ]
        return "\n".join(lines)
    ended = _ended_money(report, lang, paid)
    open_money = _open_money(report, lang)
    if open_money:  # "那一个月多少" before the hukou is known: the money it decides, not "none"
        return "\n".join(_undecided_money(report, lang, asked, open_money, ended))
    if ended:  # a child turned 3: the money it had, and that it has stopped
        was = ended_sums(report, paid) | {sum(x or 0 for x in (paid or {}).values())}
        was |= {x for x in (paid or {}).values() if x}  # "36个月是21600吧": one item's total
        wrong = (
            [not_the_monthly_figure(asked, sorted(_ended(report, paid)), lang)]
            if asked is not None and asked not in was and not _ever_monthly(asked, report, paid)
            else []
        )
        lines = [
            *(
                [t(lang, "以前是，现在已停发。", "It was; it has stopped.")]
                if asked is not None and asked in was
                else wrong
            ),
            t(
                lang,
                "按您家的情况，现在没有按月发放的补贴；已经结束的：",
                "For your family, no money is paid monthly now; what has ended:",
            ),
            *ended,
        ]
        return "\n".join(lines)
    refused = [
        e for e in ordered(report.entitlements)
        if e.kind == "cash" and e.status == "not_eligible" and e.reasons.get(lang)
    ]  # fmt: skip
    # one reason per child, the youngest first: twins born in December 2022 say why they get
    # nothing, not the eldest that no second-child money was ever for
    per_child: dict[int | None, Entitlement] = {}
    for e in refused:
        per_child.setdefault(e.child, e)
    refused = sorted(per_child.values(), key=lambda e: -(e.child or 0))
    refused = _without_first_beside_others(refused)
    # "一个月800是吧" in Beijing: not that figure; "一个月给多少钱": none, said first (tester 36)
    lines = [t(lang, "不是。", "No.")] if asked is not None else []
    lines.append(
        ("" if asked is not None else t(lang, "没有。", "No. "))
        + t(
            lang,
            "按您家的情况，现在没有按月发放的补贴。",
            "For your family, no money is paid monthly now.",
        )
    )
    lines += [f"{label(e, lang)}{t(lang, '：', ': ')}{e.reasons.get(lang)[0]}" for e in refused[:2]]
    if refused:
        lines.append(clause_line(refused[0], lang))
    return "\n".join(lines)


def _without_first_beside_others(
    refused: list[Entitlement], others: bool = False
) -> list[Entitlement]:
    """The refusals to show: the first child's ("育儿补贴（第1个孩子）：仅限第2个、第3个孩子…",
    Jinan clause 12) only when no other child is spoken of; beside a younger child's line it is
    what nobody asked (tester 35 items 3 and 20, tester 34 item 39)."""
    if not others and not any(e.child != 1 for e in refused):
        return refused
    return [e for e in refused if e.child != 1]


def _undecided_money(
    report: Report, lang: Lang, asked: int | None, open_money: list[str], ended: list[str]
) -> list[str]:
    """The monthly money of a family whose facts do not decide it yet (hukou not told): each
    open item with the facts it needs ('育儿补贴（第2个孩子）每月600元还要确认：户口…'), the money
    that has ended, why the other children get none (the first child: Jinan clause 12), and the
    clause."""
    pending = [e for e in report.entitlements if e.status == "needs_info" and e.child]
    open_children = {e.child for e in pending}
    refused: dict[int, Entitlement] = {}
    for e in ordered(report.entitlements):
        if (
            e.kind == "cash"
            and e.status == "not_eligible"
            and e.child
            and e.child not in open_children
            and e.reasons.get(lang)
            and not (e.end is not None and e.end <= report.as_of)
        ):
            refused.setdefault(e.child, e)
    lines = [t(lang, "还不一定。", "Not decided yet.")] if asked is not None else []
    lines.append(
        t(
            lang,
            "按您家的情况，按月发的钱还要确认以下几点：",
            "For your family, the monthly money depends on a few facts still to confirm:",
        )
    )
    lines += open_money
    lines += ended[:-1] if ended else []  # the ended money without its own clause line
    lines += [
        f"{label(e, lang)}{t(lang, '：', ': ')}{e.reasons.get(lang)[0]}"
        for e in _without_first_beside_others(
            list(refused.values()), others=bool(open_money or ended)
        )
    ]
    first = pending[0] if pending else None
    if first is not None:
        lines.append(clause_line(first, lang))
    return lines


def _ever_monthly(
    asked: int, report: Report, paid: Mapping[tuple[str, int], int | None] | None
) -> bool:
    """Whether `asked` is a month's money that has ended: one item's, one child's or the
    children's together (600, 600+200, 1,200 of twins)."""
    months = {
        child: [_open_monthly(e, report.as_of) for e in items]
        for child, items in _ended(report, paid).items()
    }
    each = {a for amounts in months.values() for a in amounts} | {sum(a) for a in months.values()}
    return asked in each or asked == sum(sum(a) for a in months.values())


def _ended(
    report: Report, paid: Mapping[tuple[str, int], int | None] | None = None
) -> dict[int, list[Entitlement]]:
    """Per child, the monthly money that was paid and has ended before the report's date (the
    child turned 3: Jinan clause 12), with the amount the measure's data gives for it; `paid`
    keeps only the items known to have been paid (the supplement only after a hardship birth)."""
    by_child: dict[int, list[Entitlement]] = defaultdict(list)
    for e in report.entitlements:
        param = get_entry(e.id).parameters.get("monthly_amount_cny")
        if (
            e.child
            and param is not None
            and e.status == "not_eligible"
            and e.end is not None
            and e.end <= report.as_of
            and (paid is None or (e.id, e.child) in paid)
        ):
            by_child[e.child].append(e)
    return by_child


def _before_the_end(report: Report, back_then: BackThen | None) -> dict[tuple[str, int], str]:
    """Per ended monthly item (measure id, child), how it stood the day before it ended: "paid",
    "open" (it waited on the benefits at that child's birth: Jinan clause 12's 200 more, not
    told) or "refused". An item whose past cannot be worked out is taken as paid."""
    ends = {(e.id, child): e.end for child, money in _ended(report).items() for e in money}
    stood = dict.fromkeys(ends, "paid")
    for end in {end for end in ends.values() if end is not None} if back_then else set():
        before = back_then(end - timedelta(days=1)) if back_then else None
        for e in before.entitlements if before is not None else []:
            key = (e.id, e.child or 0)
            if ends.get(key) != end:
                continue
            if e.status == "eligible":
                stood[key] = "paid"
            elif e.status == "needs_info" and "hardship_at_birth" in e.missing_facts:
                stood[key] = "open"
            else:
                stood[key] = "refused"
    return stood


def _ended_line(report: Report, lang: Lang, back_then: BackThen | None = None) -> str | None:
    """'已结束：第3个孩子600+200=800元/月，已于2026年5月1日停发': per child, the monthly money
    already paid out and ended (the child turned 3), so the summary does not leave it out. The
    200 more of a birth whose benefits are not told is the condition it was paid on ("第2个孩子
    600元/月，已于…停发，出生时在领低保…的每月再加200元"), never summed into money the
    family is told it got (Jinan clause 12); `back_then` gives the report the day before."""
    stood = _before_the_end(report, back_then)
    parts = []
    cited: set[str] = set()
    for child, money in sorted(_ended(report).items()):
        got = [e for e in money if stood.get((e.id, child)) == "paid"]
        extra = [e for e in money if stood.get((e.id, child)) == "open"]
        if not got:
            continue
        cited.update(get_entry(e.id).clause for e in got + extra)
        sum_text = _sum_text([_monthly_amount(e, e.end or report.as_of) for e in got])
        end = fmt.day(min(e.end or report.as_of for e in got), lang)
        who = fmt.child_label(child, lang)
        more = sum(_monthly_amount(e, e.end or report.as_of) for e in extra)
        condition = (
            t(
                lang,
                f"，出生时在领低保、特困供养或失业保险金的每月再加{more}元",
                f", {more} yuan a month more if the family was on dibao, special hardship "
                f"support or unemployment benefits at the birth",
            )
            if more
            else ""
        )
        parts.append(
            t(
                lang,
                f"{who}{sum_text}元/月，已于{end}停发{condition}",
                f"{who}: {sum_text} yuan/month, stopped on {end}{condition}",
            )
        )
    if not parts:
        return None
    names = t(lang, "、", ", ").join(clause_name(c, lang) for c in sorted(cited))
    return (
        t(lang, "已结束：", "Ended: ")
        + t(lang, "；", "; ").join(parts)
        + t(lang, f"（{names}）", f" ({names})")
    )


def _monthly_amount(e: Entitlement, day: date) -> int:
    value = get_entry(e.id).parameters["monthly_amount_cny"].in_force(day)
    return int(value) if isinstance(value, int | float) else 0


def ended_sums(
    report: Report, paid: Mapping[tuple[str, int], int | None] | None = None
) -> set[int]:
    """Each child's monthly sum of money that has ended (600+200 = 800 of a child now 3)."""
    return {
        sum(_monthly_amount(e, e.end or report.as_of) for e in money)
        for money in _ended(report, paid).values()
    }


def _ended_sums(
    report: Report, paid: Mapping[tuple[str, int], int | None] | None = None
) -> dict[int, int]:
    """Each child whose monthly money has ended -> the month's sum it was (600+200 = 800)."""
    return {
        child: sum(_monthly_amount(e, e.end or report.as_of) for e in money)
        for child, money in _ended(report, paid).items()
    }


def _ended_money(
    report: Report, lang: Lang, paid: Mapping[tuple[str, int], int | None] | None = None
) -> list[str]:
    """'第2个孩子：600+200=800元/月，已于2026年3月15日停发。孩子已于…年满3周岁，此项已结束。'
    per child whose monthly money has ended, then the clause."""
    lines = []
    ended = _ended(report, paid)
    for child, money in sorted(ended.items()):
        sum_text = _sum_text([_monthly_amount(e, e.end or report.as_of) for e in money])
        end = fmt.day(min(e.end or report.as_of for e in money), lang)
        why = money[0].reasons.get(lang)
        who = fmt.child_label(child, lang)
        totals = [(paid or {}).get((e.id, child)) for e in money]
        total = (
            t(lang, "，", ", ") + total_said(sum(x or 0 for x in totals), None, None, lang)
            if totals and all(totals)
            else ""
        )  # fmt: skip
        lines.append(
            t(
                lang,
                f"{who}：{sum_text}元/月{total}，已于{end}停发。" + (why[0] if why else ""),
                f"{who}: {sum_text} yuan/month{total}, stopped on {end}."
                + (f" {why[0]}" if why else ""),
            )
        )
    if lines:
        first = min((e for m in ended.values() for e in m), key=lambda e: e.child or 0)
        lines.append(clause_line(first, lang))
    return lines
