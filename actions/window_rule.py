"""A window to enrol asked as a rule (Jinan clause 15: a 2nd or 3rd child who joins the resident
medical insurance within six months of birth has that year's contribution paid): the latest time
("最晚啥时候办", "what's the deadline") and what happens after it ("超了还补吗", "what if they're
late"), each answered plainly with the clause, not the clause's text alone (tester 40 r03)."""

import re
from datetime import date

from actions import render
from policy_kb import format as fmt
from policy_kb.dates import add_months
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.rules.base import value
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

DEADLINE_ASKED = re.compile(
    r"最晚|最迟|截止|期限|啥时候|什么时候|多久(?:之|以)?内|几个月(?:之|以)?内|多长时间内"
    r"|\b(?:deadline|latest|by when|time limit|how long (?:do|does|have|has)|when (?:must|should"
    r"|do|does) (?:we|they|i|it|the)\b)",
    re.I,
)
LATE_ASKED = re.compile(
    r"超了|超过|过了|晚了|逾期|没赶上|错过|还补|还给|补办|还能补|还有没有|来得及|来不及|晚不晚"
    r"|\b(?:late|miss(?:ed|es)?|too late|past the"
    r"|after (?:that|the deadline|six months|6 months))\b",
    re.I,
)

# Whether the baby's contribution is paid for, asked ("是不是不用交", "is it free").
FREE_ASKED = re.compile(
    r"不用交|不要交|用不用交|要不要交|免费|不要钱|不花钱|不用花钱|不用掏钱|全额补贴|全免"
    r"|\b(?:free|for nothing|no cost|(?:don'?t|do not|not) (?:have to |need to )?pay)\b",
    re.I,
)

# The grandparents or their long-term care insurance named beside the baby's window.
GRANDPARENTS_NAMED = re.compile(
    r"grand(?:parents?|ma|pa|mother|father)s?|祖父母|爷爷|奶奶|姥姥|姥爷|外公|外婆|老两口|长护险"
    r"|长期护理|long[- ]term care",
    re.I,
)


def window_rule_answer(
    entry: Entry,
    text: str,
    lang: Lang,
    born: date | None = None,
    month_only: bool = False,
    today: date | None = None,
) -> str | None:
    """The window's last day and what a late enrolment gets, as asked, with the clause and the
    lead department; the baby's own window, and, with the birth known (`born`, said to the month
    only with `month_only`), whether it has passed by `today`; the grandparents' part too when
    they are asked of in the same message (tester 46 c09: "enrol the grandparents this year? by
    when? and the baby's own insurance is free?"). None for a measure without a window or a
    question of neither."""
    if "enrol_within_months" not in entry.parameters:
        return None
    deadline = bool(DEADLINE_ASKED.search(text))
    late = bool(LATE_ASKED.search(text))
    # "孩子居民医保个人缴费是不是不用交" of a birth known: free only within its window, so
    # this child's window (tester 100 p4 heard the clause, not that its window had closed)
    # (a figure asked of beside it, 还能加200不, is the money's question, answered first)
    from actions.headline import NOT_ENROLLED  # headline imports this module's kin

    free = (
        born is not None
        and bool(FREE_ASKED.search(text))
        and not re.search(r"(?<![\d.])\d{3,}(?![\d.])", text)
        and not NOT_ENROLLED.search(text)  # 娃还没上医保 现在去办还能全免吗: its own no
    )
    if not deadline and not late and not free:
        return None
    from actions import clock

    today = today or clock.today()
    months = int(value(entry, "enrol_within_months", today))
    clause = clause_name(entry.clause, lang)
    lines = [
        t(
            lang,
            f"孩子本人的居民医保，最晚：自出生之日起{months}个月内参保（{clause}）。",
            f"The baby's own resident medical insurance, at the latest: within {months} months "
            f"from the date of birth ({clause}).",
        )
    ]
    end = add_months(born, months) if born is not None else None
    if born is not None and end is not None and end < today:
        window = _window(born, end, month_only, lang)
        lines.append(
            t(
                lang,
                f"这个孩子的参保期限（{window}）已经过了：现在才参保的，方案规定的“{entry.title.zh}”"
                f"不再适用（{clause}）；期限内已参保的，当年个人缴费已由财政全额补贴。",
                f"This baby's window ({window}) has passed: enrolled now, the plan's "
                f'"{entry.title.en}" no longer applies ({clause}); a baby enrolled within it had '
                "that year's contribution paid in full.",
            )
        )
    if born is not None and end is not None and not end < today:
        # "baby's own medical insurance, deadline to enrol and is it free?" of a birth known: the
        # last day of this baby's window and what joining in it gets (tester 74 c9 asked thrice)
        last = fmt.day(end, lang)
        about = t(lang, "约", "about ") if month_only else ""
        lines.append(
            t(
                lang,
                f"这个孩子：{about}{last}前参保，参保当年个人缴费由财政全额补贴（{clause}）。",
                f"This baby: join by {about}{last}; the individual contribution for the year of "
                f"registration is then paid in full by public finance ({clause}).",
            )
        )
    if late and not (born is not None and end is not None and end < today):
        lines.append(
            t(
                lang,
                f"超过{months}个月才参保的，不享受“{entry.title.zh}”：方案只补贴出生后"
                f"{months}个月内参保的（{clause}）。",
                f"Enrolled later than {months} months: that year's contribution is not paid; "
                f"the plan pays it only for enrolment within {months} months of birth "
                f"({clause}).",
            )
        )
    grandparents = _grandparents_part(entry, text, lang)
    if grandparents is not None:
        lines.append(grandparents)
    lines.append(render.lead_departments(entry, lang))
    return "\n".join(lines)


def _window(born: date, end: date, month_only: bool, lang: Lang) -> str:
    """The six months as precisely as the birth was said: a birth month only gives months."""
    if month_only:
        return t(
            lang,
            f"约{born.year}年{born.month}月至{end.year}年{end.month}月",
            f"about {born:%B %Y} to {end:%B %Y}",
        )
    return t(
        lang,
        f"{born.year}年{born.month}月{born.day}日至{end.year}年{end.month}月{end.day}日",
        f"{born:%-d %B %Y} to {end:%-d %B %Y}",
    )


def _grandparents_part(entry: Entry, text: str, lang: Lang) -> str | None:
    """The grandparents' measure of the same clause, when the message asks of them too: its
    "that year's" contribution, and no enrolment deadline in the plan."""
    if not GRANDPARENTS_NAMED.search(normalise(text)):
        return None
    theirs = next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == entry.city
            and e.clause == entry.clause
            and e.id != entry.id
            and "enrol_within_months" not in e.parameters
            and re.search(r"祖父母", e.title.zh)
        ),
        None,
    )
    if theirs is None:
        return None
    clause = clause_name(theirs.clause, lang)
    return t(
        lang,
        f"祖父母：{theirs.summary.zh}方案只写“当年”，没有写祖父母最晚何时参保，也没写是哪一年"
        f"（{clause}）。",
        f'The grandparents: {theirs.summary.en} The plan says only "that year\'s" and sets no '
        f"deadline by which the grandparents must enrol, nor which year ({clause}).",
    )


def window_entry(entries: list[Entry]) -> Entry | None:
    """The one measure asked, when it has an enrolment window."""
    if len(entries) != 1:
        return None
    entry = catalogue().entries.get(entries[0].id, entries[0])
    return entry if "enrol_within_months" in entry.parameters else None


# The baby's own insurance named beside another measure of its clause ("and the baby's own
# medical insurance is free?" after the grandparents' care insurance, 孩子自己的医保).
BABY_INSURANCE = re.compile(
    r"(?:孩子|宝宝|娃|小孩|孙子|孙女|外孙)(?:自己|本人)?的?(?:医保|医疗保险|居民医保)"
    r"|\b(?:baby|child|kid|newborn|grandchild|grandkid)(?:'s)? (?:own )?(?:medical |health )?"
    r"insurance\b",
    re.I,
)


def window_of_clause(entry: Entry | None, text: str) -> Entry | None:
    """The enrolment window of `entry`'s clause when the baby's own insurance is named beside
    it (Jinan 15: the grandparents' care insurance and the newborn's, asked together)."""
    if entry is None or not BABY_INSURANCE.search(normalise(text)):
        return None
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == entry.city
            and e.clause == entry.clause
            and "enrol_within_months" in e.parameters
        ),
        None,
    )
