"""One way to say a total of money paid by the month (Jinan clause 12's 600 a month until the
child turns 3): the total from the birth, said to be counted from the birth, and, while part of
it has passed and it still runs, the months left from now. Tester 52 (item 11) read "共21,600元"
for one family and "还剩约35个月（不是从出生算起的总额）" for another; a total now reads the same
everywhere: "共21,600元（按从出生起算；现在起还剩约35个月）"; for a hukou that came after the
birth (actions/moved_total.py) only "现在起还剩约35个月", the plan promising no month before the
move. And the monthly money of several children whose ends differ, period by period
(`in_stages`: "每月1,400元到2027年9月1日（第2个孩子满3周岁）；之后只剩第3个孩子，每月800元，到2029年
3月1日"), said for a total put back with an end (sums_asked.py) and for a confirmed monthly sum
(headline.confirmed_money) alike."""

from datetime import date

from actions import clock
from policy_kb import format as fmt
from policy_kb import get_entry
from policy_kb.dates import add_months, months_between
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.rules.base import value
from policy_kb.text import Lang
from wording.language import t

HALF_MONTH_DAYS = 15  # days left over that round the months left up
# The words that mark a total as counted from the birth (the ended money's too, headline.py).
FROM_BIRTH = {"zh": "按从出生起算", "en": "counted from the birth"}


def months_left(end: date, today: date, lang: Lang) -> str:
    """'约N个月' / 'about N months' from today to `end`, to the nearest month (3 December to
    1 March is about 3, not 2: tester 55 m1 read "还剩约34个月" of 34 months and 29 days); under
    a whole month, less than a month."""
    months = months_between(today, end)
    if months < 1:
        return t(lang, "不到1个月", "less than a month")
    if (end - add_months(today, months)).days >= HALF_MONTH_DAYS:
        months += 1
    return t(lang, f"约{months}个月", f"about {months} months")


def total_said(total: int, start: date | None, end: date | None, lang: Lang) -> str:
    """'共21,600元（按从出生起算）' / '21,600 yuan in total (counted from the birth)'; while the
    money runs and part of it has passed (`start` before today, `end` after), the months left:
    '共21,600元（按从出生起算；现在起还剩约35个月）' / '21,600 yuan in total (counted from the
    birth; about 35 months left from now)'."""
    today = clock.today()
    amount = fmt.money(total, lang)
    note = FROM_BIRTH[lang]
    if start is not None and end is not None and start < today < end:
        left = months_left(end, today, lang)
        note += t(lang, f"；现在起还剩{left}", f"; {left} left from now")
    return t(lang, f"共{amount}（{note}）", f"{amount} in total ({note})")


def phases(paying: list[Entitlement]) -> list[tuple[date, int, list[int], list[int]]]:
    """The monthly money paid now, period by period: each end in turn with the sum paid until
    it, the children paid in that period and those whose money stops at it (the engine's ends,
    Jinan clause 12's age limit)."""
    ends = sorted({e.end for e in paying if e.end is not None})
    out = []
    for end in ends:
        running = [e for e in paying if e.end is None or e.end >= end]
        out.append(
            (
                end,
                sum(e.monthly_amount_cny or 0 for e in running),
                sorted({e.child for e in running if e.child}),
                sorted({e.child for e in running if e.end == end and e.child}),
            )
        )
    return out


def in_stages(paying: list[Entitlement], lang: Lang, day: date) -> str:
    """'每月1,400元到2027年9月1日（第2个孩子满3周岁）；之后只剩第3个孩子，每月800元，到2029年
    3月1日' / '1,400 yuan a month until 1 Sep 2027 (when child 2 turns 3); then child 3 alone,
    800 yuan a month, until 1 Mar 2029'."""
    limits = [value(e_entry, "age_limit_years", day) for e_entry in _aged_entries(paying)]
    age = int(limits[0]) if limits else None
    said: list[str] = []
    periods = phases(paying)
    for i, (end, monthly, children, stopping) in enumerate(periods):
        who = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in stopping)
        turns = (
            t(
                lang,
                f"（{who}满{age}周岁）",
                f" (when {who} turn{'' if len(stopping) > 1 else 's'} {age})",
            )
            if age is not None
            else ""
        )
        money = fmt.money(monthly, lang)
        if i == 0:
            said.append(
                t(
                    lang,
                    f"每月{money}到{fmt.day(end, lang)}{turns}",
                    f"{money} a month until {fmt.day(end, lang)}{turns}",
                )
            )
            continue
        names = t(lang, "、", " and ").join(fmt.child_label(c, lang) for c in children)
        last = i == len(periods) - 1
        said.append(
            t(
                lang,
                f"之后{'只剩' if last else ''}{names}，每月{money}，到{fmt.day(end, lang)}"
                + ("" if last else turns),
                f"then {names}{' alone' if last else ''}, {money} a month, until "
                f"{fmt.day(end, lang)}" + ("" if last else turns),
            )
        )
    return t(lang, "；", "; ").join(said)


def _aged_entries(paying: list[Entitlement]) -> list[Entry]:
    """The measures of the money paid that end at an age (Jinan clause 12: 3)."""
    found = [get_entry(e.id) for e in paying]
    return [e for e in found if "age_limit_years" in e.parameters]
