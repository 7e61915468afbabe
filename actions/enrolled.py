"""A child's enrolment told ("we did it when they were 2 months old, is it free?", "yes in
time, at 2 months", 俩月的时候就上了医保): the newborn's insurance window (Jinan clause 15:
within six months of birth) answered for the family, a plain yes or no with the clause, not
"was the child enrolled in time?" again (tester 37 c04 was asked it three times)."""

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import settled_report
from actions.headline import NOT_ENROLLED, enrolled_at_months, window_kept_answer
from actions.language import reply_language
from actions.side_questions import about, named_measure, topic
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from understanding.dates import MONTHS
from understanding.text import normalise

# words of the insurance, or of "free", that make a told age an enrolment's
INSURANCE_ASKED = re.compile(r"医保|参保|保险|免费|不要钱|不花钱|insur|enrol|\bfree\b", re.I)
PART_BREAK = re.compile(r"[?？。.!！]|\band\b|还有|另外", re.I)
# The no put back for a yes ("那就不能免了是吧", "是不是就不给免了", "so it's not free, right?"):
# the plain no opens with the yes to it, 对，不能 (tester 48 c04).
NO_PUT_BACK = re.compile(
    r"(?:不能|不给|不免|免不了|没有?|不享受|不补贴?)[^，,。?？]{0,6}(?:是吧|对吧|吧|是吗|对吗|对不对|是不是)"
    r"|是不是(?:就)?(?:不能|不给|不免|没有?|不享受)"
    r"|\b(?:not|isn'?t|no longer|doesn'?t|don'?t|won'?t|can'?t)\b[^.?!]{0,30}"
    r"\b(?:right|correct|isn'?t it|yes or no)\b",
    re.I,
)
# The parts of a Chinese message, split at its spaces and commas too ("在期限内上的 那…").
CLAUSE_BREAK = re.compile(r"[?？。.!！，,；;\s]+|还有|另外", re.I)


# An enrolment told by its calendar month ("6月份办的", "2026年6月份办的医保",
# "25年10月才给他们办的").
ENROLLED_IN_MONTH = re.compile(
    # 七月份给她俩办的居民医保 (tester 119 p3), normalised 给她2办的
    r"(?:(?P<y>(?:19|20)?\d{2})\s*年\s*)?(?P<m>1[0-2]|[1-9])\s*月份?(?:才|就)?"
    r"(?:给(?:他们|她们|他|她|孩子|俩孩子|2孩子)(?:俩|2|3)?)?"
    r"(?:办|上|参保|交|入)(?:的|了)?(?:医保|保险)?"
)


# The same in English ("enrolled the twins in resident insurance in October 2025", "signed
# him up in oct").
ENROLLED_IN_MONTH_EN = re.compile(
    r"\b(?:enrol+(?:ed|led)?|signed (?:\w+ ){0,2}up|registered|joined|put (?:\w+ ){0,2}on)\b"
    r"[^.?!]{0,60}?\bin (?P<men>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
    r"(?:,?\s*(?P<y>(?:19|20)\d\d))?",
    re.I,
)


def enrolment_month(text: str) -> tuple[str | None, int] | None:
    """The year (as said, or None) and month of an enrolment told by its calendar month."""
    said = normalise(text)
    found = ENROLLED_IN_MONTH.search(said)
    if found is not None:
        return found.group("y"), int(found.group("m"))
    found = ENROLLED_IN_MONTH_EN.search(said)
    if found is not None:
        return found.group("y"), MONTHS[found.group("men").lower()]
    return None


def enrolment_told(text: str) -> bool:
    """Whether `text` tells when a child joined the insurance, by its age (enrolled_at_months)
    or by a calendar month ("6月份办的医保", "enrolled them in October 2025")."""
    return enrolled_at_months(text) is not None or enrolment_month(text) is not None


def age_at_enrolment(text: str, births: list[str], lang: str = "zh") -> str | None:
    """An enrolment told by its calendar month, put as the age in months of the youngest child
    born then ("6月份办的" of twins born May 2026: "1个月的时候办的医保"; "enrolled … in October
    2025" of twins born September 2025: "enrolled at 1 months"), as enrolled_at_months reads
    it. `births`: the children's birth dates (YYYY-MM…). None when no month is told, no birth
    month is known, or the month is not after the birth or is still to come."""
    told = enrolment_month(text)
    if told is None:
        return None
    today = clock.today()
    born = sorted(b[:7] for b in births if b and b[:7] <= today.isoformat()[:7])
    if not born:
        return None
    year_said, month = told
    birth_year, birth_month = int(born[-1][:4]), int(born[-1][5:7])
    if year_said:
        year = int(year_said) + (2000 if len(year_said) == 2 else 0)
    else:  # no year: the first such month after the youngest birth
        year = birth_year if month >= birth_month else birth_year + 1
    months = (year - birth_year) * 12 + month - birth_month
    if months < 0 or (year, month) > (today.year, today.month):
        return None
    return (
        f"{months}个月的时候办的医保"
        if lang == "zh"
        else f"enrolled at {months} month{'s' if months != 1 else ''}"
    )


def _age_from_the_month(text: str, tracker: Tracker) -> str | None:
    """age_at_enrolment of the family's children."""
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    births = [str(c.get("birth_date")) for c in children if isinstance(c, dict)]
    return age_at_enrolment(text, [b for b in births if b != "None"])


def window_entry(city: str | None) -> Entry | None:
    """The city's measure with a window to enrol after the birth (Jinan clause 15)."""
    return next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city and "enrol_within_months" in e.parameters
        ),
        None,
    )


def answered_enrolment(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> tuple[list[EventType], str] | None:
    """The yes or no for the family's children said to have joined in time (or at an age past
    the window), with the clause, and the rest of the message still to answer ("" when none);
    None when the message tells no enrolment or the insurance is not what is talked about."""
    entry = window_entry(tracker.get_slot("city"))
    if entry is None:
        return None
    told = text
    in_month = _age_from_the_month(text, tracker)
    if in_month is not None:  # "2026年6月份办的医保" of twins born May 2026: at 1 month
        told = in_month
    if enrolled_at_months(told) is None:
        # "you didnt answer. is the insurance free or not": the enrolment told before
        earlier = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
        told = next((x for x in reversed(earlier) if enrolled_at_months(x) is not None), "")
        if not told or not INSURANCE_ASKED.search(text) or NOT_ENROLLED.search(text):
            return None
    current = topic(tracker)
    if not INSURANCE_ASKED.search(text) and (current is None or current.id != entry.id):
        return None
    # the children whose dates are told, while an elder's is still unknown ("外孙女去年十月出生
    # 是老二"): the 2nd child's window is decided all the same (tester 48 c04)
    report = settled_report(dict(tracker.slots), clock.today())
    if report is None:
        return None
    mine = [e for e in report.entitlements if e.id == entry.id]
    shown = [e for e in mine if e.status == "eligible" or not e.certain]
    answer = window_kept_answer(entry, shown, told, reply_language(tracker), text)
    if answer is None:
        return None
    lang = reply_language(tracker)
    other = named_measure(text, tracker.get_slot("city"), lang)
    another = other is not None and other.id != entry.id
    if another and told != text:
        return None  # "生老三住院的钱医保报多少": another measure asked, no enrolment told now
    if NO_PUT_BACK.search(text):  # "那就不能免了是吧": 对，不能
        answer = re.sub(r"^不能。", "对，不能。", re.sub(r"^No\. ", "Right, no. ", answer))
    dispatcher.utter_message(text=answer)
    if another:
        # "在期限内上的 那生老三住院的钱医保报多少 我是居民医保": the other measure asked, with
        # the facts told beside it, is still to answer (tester 42 c10 heard only the enrolment)
        breaks = CLAUSE_BREAK if lang == "zh" else PART_BREAK
        pieces = [p.strip() for p in breaks.split(text) if p.strip()]
        return about(entry), " ".join(p for p in pieces if enrolled_at_months(p) is None)
    rest = [
        p.strip()
        for p in PART_BREAK.split(text)
        if p.strip() and enrolled_at_months(p) is None and not INSURANCE_ASKED.search(p)
    ]
    asked = [p for p in rest if re.search(r"how|what|when|where|怎么|哪|多少|啥|吗", p, re.I)]
    return about(entry), " ".join(asked)
