"""One way to say a total of money paid by the month (Jinan clause 12's 600 a month until the
child turns 3): the total from the birth, said to be counted from the birth, and, while part of
it has passed and it still runs, the months left from now. Tester 52 (item 11) read "共21,600元"
for one family and "还剩约35个月（不是从出生算起的总额）" for another; a total now reads the same
everywhere: "共21,600元（按从出生起算；现在起还剩约35个月）"; for a hukou that came after the
birth (actions/moved_total.py) only "现在起还剩约35个月", the plan promising no month before the
move."""

from datetime import date

from actions import clock
from policy_kb import format as fmt
from policy_kb.dates import months_between
from policy_kb.text import Lang
from wording.language import t

# The words that mark a total as counted from the birth (the ended money's too, headline.py).
FROM_BIRTH = {"zh": "按从出生起算", "en": "counted from the birth"}


def months_left(end: date, today: date, lang: Lang) -> str:
    """'约N个月' / 'about N months' from today to `end` (whole months; under one, less than a
    month)."""
    months = months_between(today, end)
    if months < 1:
        return t(lang, "不到1个月", "less than a month")
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
