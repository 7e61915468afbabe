"""Hotline mode: a worker who says 我是12345热线的 / 接线员 / "hotline here" asks rule questions
for callers (tester 19 c06). From then on no family is being asked about: the household form is
not started, 您家在哪个城市 is never asked, nothing is read back as the family's facts, and each
question is answered for the city it names, else the last city the worker named.

The action server is sent only the current turn's events (bot/patches/action_call_events.py),
so the mode and the city last named are kept in the `hotline_city` slot (bot/domain/
side_questions.yml): the worker's later questions stay in the mode without saying it again."""

import copy
import functools
import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import birth_supplement, clock, render
from actions.apply_money import LATE_ASKED
from actions.began_after_birth import (
    began_after,
    began_after_birth,
    read_out_sentence,
    without_start,
)
from actions.case_monthly import MONTHLY_ASKED, case_monthly_answer
from actions.confirm_after_birth import confirmed_after_birth
from actions.counterpart import counterpart_answer
from actions.cutoffs import cutoff_answer
from actions.enrolled import age_at_enrolment, enrolment_month
from actions.focus import (
    QUESTION,
    asked_measure,
    found_by_search_only,
    measures_asked,
    measures_listed,
    monthly_measure,
    monthly_subsidy,
    settled_report,
)
from actions.headline import (
    HAVE_ASKED,
    LENGTH_ASKED,
    MUST_PAY,
    NOT_ENROLLED,
    STILL_ASKED,
    enrolled_at_months,
    window_kept_answer,
)
from actions.hotline_caller import (
    CALLER_BEFORE,
    NUMBERED,
    OTHER_CALLER,
    Verdict,
    caller_named,
    fresh_family,
)
from actions.hotline_case import (
    ASKED_CHILD,
    CITE_ASKED,
    END_ASKED,
    PAYMENT_WORDS,
    asked_childs_supplement,
    case_child,
    case_money,
    case_read_out,
    case_supplement,
    case_total,
    child_asked,
    cite_answer,
    cite_asked,
    end_answer,
    hotline_intro,
    hukou_answer,
    hukou_needed,
    is_the_money,
    money_answer,
    placed,
    stops_answer,
    total_asked,
)
from actions.hotline_twins import twins_answer, with_older_child
from actions.hotline_verdicts import (
    both_cities,
    boundary_birth,
    for_whom,
    moved_hukou_unsaid,
    order_unnamed,
)
from actions.household import household_from_slots
from actions.leave_end import age_limit_end, asks_leave_end, asks_until, leave_end_answer
from actions.money_left import asks_money_left, money_left
from actions.multiples import multiples_more_asked, plan_on_multiples, plan_silent_on_multiples
from actions.next_child import supposed_order
from actions.read_out import (
    ENROLLED_IN_TIME_ASKED,
    plan_of,
    read_out,
    rule_sentence,
    window_question_dropped,
)
from actions.side_questions import (
    BACK_PAY,
    TOPIC_SLOT,
    about,
    asks_back_pay,
    best_answer,
    follows_up_in_length,
    named_measure,
    topic,
)
from actions.sums_asked import sums_answer
from actions.supplement import supplement_entry
from actions.window_rule import (
    DEADLINE_ASKED,
    window_entry,
    window_of_clause,
    window_rule_answer,
)
from actions.window_rule import LATE_ASKED as WINDOW_MISSED
from policy_kb import InputError, evaluate
from policy_kb import format as fmt
from policy_kb.dates import add_years
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.rules.base import value
from policy_kb.text import Lang
from understanding import understand
from understanding.hukou_move import moved_lately
from understanding.reader import BENEFIT_INSTEAD
from understanding.rule_case import children_said, payers_said
from understanding.text import normalise
from wording.cities import CITIES, mentioned_city
from wording.entitlements import clause_name, clause_refs, ordered
from wording.language import lower_first, t

# The worker says where they speak from (not "快点", which any citizen may say).
HOTLINE = re.compile(
    r"(?:我是|我们是|这里是|这边是)[^，。,.!?！？]{0,10}(?:热线|接线员|坐席|话务员)|接线员|话务员|坐席"
    # a message that opens by saying where it comes from ("热线 济南三孩补贴每月多少", "hotline:
    # jinan …"), not one that tells of a call to the hotline ("我打了12345热线 他们说…")
    r"|^\s*(?:12345\s*)?热线(?:这边|的)?(?=[\s,，:：])|^\s*(?:12345\s+)?hotline\s*[:,.\-–]"
    # "caller jinan hukou, 3rd child …", "caller in beijing asks …": a worker's note of a call
    # opening the message
    r"|^\s*caller(?=\s+(?:in|from|jinan|beijing|hukou)\b)"
    # "Caller: Jinan hukou, 3 kids …", "caller asks: …", "one sentence I can read to the
    # caller", 来电人济南户籍: a call written up (tester 67 c8 got the citizen's form)
    r"|^\s*caller\s*[:：\-–]|^\s*caller (?:says|asks|said|asked|wants|is asking)\b"
    r"|\b(?:read|say|tell)\b[^.?!]{0,20}\bto (?:the|my|this) caller\b|来电人"
    # "来电：济南户口，二胎…给我一句能直接念的" (tester 88 c9 got the family's form first)
    r"|^\s*(?:新|这个|这通)?来电\s*[:：]|能直接念|直接念给|念给(?:来电|对方)"
    # "来电 女 济南户口 共3个孩子…", "来电 济南户口…": a call written up, its facts after a space
    r"|^(?=\s*(?:新|这个|这通)?来电\s+\S)"  # zero-width: 来电 stays, a caller told of
    r"|hotline (?:(?:desk|team|cent(?:er|re)|line|service|office) )?"
    r"(?:here|worker|staff|agent|operator|desk)"
    # "Hotline desk here, I'll take several callers in a row. Caller A: …" (tester 113 c10 was
    # answered as a family, each caller's facts written over the one before)
    r"|\b(?:several|a few|some|multiple|two|three|four) callers\b|\bcallers? in a row\b"
    r"|(?:^|[.!;] )caller (?-i:[A-E])\s*[:：]"
    r"|(?:i'?m|i am|this is|we are|we'?re)\s+(?:an?\s+|the\s+)?(?:12345\s+)?"
    r"(?:hotline|call ?cent(?:er|re)|operator)",
    re.I,
)
# A case put with a hardship benefit (二孩 低保户 每月多少): the supplement of clause 12 with it.
HARDSHIP_CASE = re.compile(r"低保|特困|失业(?:保险)?金|dibao|hardship|unemployment", re.I)
# A hardship benefit denied ("they were not on dibao or anything", "nobody said hardship",
# 不是低保户, 没领失业金): the case has none, never the 200 of a benefit named (tester 36 r01).
HARDSHIP_DENIED = re.compile(
    r"(?:不是|没有?|没在|不在|非|未|并非|无)(?:领|吃|享受|申请)?(?:过|着)?\S{0,2}(?:低保|特困|失业|困难)"
    r"|(?:低保|特困|失业金|失业保险金|困难)\S{0,3}(?:都)?(?:没有|没领|不是|没说)"
    # "no, he is on dibao" is no denial: no subject or verb between
    r"|\b(?:not|never|no|nobody said|nothing about|without|n't)\b"
    r"(?:\s+(?!(?:he|she|they|we|i|is|was|are|were|but|yes)\b)\w+){0,3}\s+"
    r"(?:dibao|hardship|unemployment|benefits?|welfare)\b",
    re.I,
)
# A benefit said to end in a named month ("his benefit ends in january", 失业金1月份就停了).
MONTHS_EN = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
BENEFIT_ENDS = re.compile(
    r"(?:benefits?|dibao|unemployment|低保|特困|失业金|失业保险金|失业)\D{0,25}?"
    r"(?:\b(?:ends?|ending|stops?|stopping|runs? out|expires?|finish(?:es)?)\b\D{0,12}?"
    r"\b(?P<en>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|(?P<zh>\d{1,2})月(?:份|底|中|初)?(?:就|便)?(?:停|结束|到期|截止|没了|不领))",
    re.I,
)
SUBSIDY = "jinan.childcare_subsidy"
SUPPLEMENT = "jinan.childcare_subsidy_hardship_supplement"


# A message that opens another caller's case ("下一个来电", "new caller", "next call: …"): the
# case is read afresh from it, the children and births of the call before are not this one's.
NEW_CASE = re.compile(
    r"(?:(?:下|另|再来|又来|又|换|再)[一1]|新的?)(?:个|位|通)?(?:来电|电话|个案|案例|案子|咨询)"
    r"|(?:下|另|又)[一1](?:个|位)(?:市民|家庭|群众)"
    r"|来了?(?:个|一个|一通)新(?:电话|来电|个案|案子)"
    r"|\b(?:new|next|another|different|second|other)\s+(?:caller|call|case|inquiry|enquiry)\b"
    # "还有个来电的 …", "第二个来电 …": the next caller, told inside a message (tester 49 c03)
    rf"|{OTHER_CALLER.pattern}",
    re.I,
)
# The case the worker asked of before this one, kept with it ("第一个来电的 24年9月那个 到什么
# 时候停").
PREVIOUS = "previous_case"
# Set while the case is the one before, named back: "第二个来电" then returns to the other.
NAMED_BACK = "named_back"
# The cases before the previous one, the latest first (at most EARLIER_KEPT): a caller named
# back by what marks the case ("回到三胎那个来电", "back to the dibao caller") is found among them.
EARLIER = "earlier_cases"
EARLIER_KEPT = 4
CASE_KEYS_APART = (PREVIOUS, NAMED_BACK, EARLIER)


# The slot that keeps the mode: the city the worker last named, or ANY_CITY before one is named.
HOTLINE_SLOT = "hotline_city"
ANY_CITY = "any"


def session_user_texts(tracker: Tracker) -> list[str]:
    """The citizen's (here: the worker's) messages of the current session, oldest first."""
    texts: list[str] = []
    for event in tracker.events:
        if event.get("event") == "session_started":
            texts = []
        elif event.get("event") == "user":
            texts.append(str(event.get("text") or ""))
    return texts


def in_hotline(tracker: Tracker) -> bool:
    """Whether a worker said, in this conversation, that they speak from the hotline: now, or
    earlier (kept in the `hotline_city` slot)."""
    if tracker.get_slot(HOTLINE_SLOT):
        return True
    return any(HOTLINE.search(t) for t in session_user_texts(tracker))


def opens_hotline(text: str) -> bool:
    """A message that says only where the worker speaks from ("我是12345热线的", "hotline here,
    jinan"): nothing asked beyond the mode and, maybe, a city."""
    rest = HOTLINE.sub(" ", text)
    rest = re.sub(
        r"12345|济南|北京|jinan|beijing|\b(?:operator|worker|staff|agent|here|hi|hello)\b|你好|您好"
        # what a worker adds to the greeting ("hotline here, got callers waiting", "this is the
        # 12345 hotline operator, not a family", 我是热线的 来电排队呢 快点)
        r"|\b(?:got|have|has|callers?|calls?|waiting|queue[ds]?|lines?|busy|lots|of|many|some"
        r"|people|not|a|an|the|family|parent|citizen|this|is|am|i|we|are|in|on|now|today|please"
        r"|pls|quick(?:ly)?|fast|ok(?:ay)?|so|and|need|answers?)\b"
        r"|来电|电话|排队|等着|很多|好多|不是家长|不是家属|不是群众|快点|麻烦|请|一下|呢|吧"
        r"|[的了啊呀哈，。,.!?！？:：\s]",
        "",
        rest,
        flags=re.I,
    )
    return bool(HOTLINE.search(text)) and not rest


def hotline_city(tracker: Tracker) -> str | None:
    """The city a rule question is for: the one the message names, else the last one the
    worker named ("济南 …", then "居民医保住院分娩定额多少" is still Jinan's)."""
    texts = session_user_texts(tracker)
    if texts and mentioned_city(texts[-1]) is None and names_a_caller(texts[-1]):
        # "caller 1 is asking about the money" after caller 2's Beijing: caller 1's own city
        own = case_facts(tracker, clock.today()).get("city")
        if own in ("jinan", "beijing"):
            return str(own)
    for text in reversed(texts):
        city = mentioned_city(text)
        if city is not None:
            return city
    kept = tracker.get_slot(HOTLINE_SLOT)
    return kept if kept in ("jinan", "beijing") else None


def names_a_caller(text: str) -> bool:
    """Whether the worker's message names which caller it is about ("caller 1", 第一个来电,
    "the other caller")."""
    return bool(NUMBERED.search(text) or CALLER_BEFORE.search(text) or OTHER_CALLER.search(text))


def hotline_kept(tracker: Tracker) -> list[Any]:
    """The events that keep hotline mode and the city last named for the worker's next
    questions: [SlotSet("hotline_city", "jinan" | "beijing" | "any")], and the birth date of
    the case last given (BIRTH_SLOT) when this message gives one."""
    kept: list[Any] = [SlotSet(HOTLINE_SLOT, hotline_city(tracker) or ANY_CITY)]
    case = case_facts(tracker, clock.today(), supposing=False)  # a what-if is not kept
    if case != (tracker.get_slot(CASE_SLOT) or {}):
        kept.append(SlotSet(CASE_SLOT, case))
    told = case_birth_told(tracker)
    if told is None and tracker.get_slot(BIRTH_SLOT):
        kept.append(SlotSet(BIRTH_SLOT, None))  # another caller's case: no birth of its own yet
    if told is not None:
        birth, month_only = told
        stored = birth.isoformat()[:7] if month_only else birth.isoformat()
        if stored != tracker.get_slot(BIRTH_SLOT):
            kept.append(SlotSet(BIRTH_SLOT, stored))
    return kept


CASE_SLOT = "hotline_case"
# The birth order of a child the worker supposes for the case ("想再生个老三 老三出生时不领低保
# 的话"): not born, so never dated from the case; asked of again by its order alone ("老三一个月
# 是600还是800") it is still the supposed child (next_child.next_child_answer).
SUPPOSED_KEY = "supposed_child"


def next_child_slots(tracker: Tracker, day: date) -> dict[str, Any]:
    """The slots next_child_answer reads for the worker's case: the case with this message's
    facts (its supposed child among them) and the city named now or last."""
    return {
        **tracker.slots,
        HOTLINE_SLOT: hotline_city(tracker) or ANY_CITY,
        CASE_SLOT: case_facts(tracker, day),
    }


def caller_verdict(tracker: Tracker, day: date) -> Verdict:
    """Whether the worker's message tells another caller's family than the case kept, without
    saying so ("caller …, baby 2nd child born 2026.6" after a case with a 3rd of 2024): "new",
    "unclear" (ask whether it is the same caller) or "same". A message that names another
    caller or another city starts a new case by itself, with nothing to say."""
    text = str(tracker.latest_message.get("text") or "")
    said = HOTLINE.sub(" ", text)
    before: dict[str, Any] = dict(tracker.get_slot(CASE_SLOT) or {})
    city = mentioned_city(said)
    if (
        NEW_CASE.search(said)
        or caller_named(said) is not None
        or (city is not None and before.get("city") not in (None, city))
    ):
        return "same"
    return fresh_family(said, before, day)


@functools.lru_cache(maxsize=512)
def hardship_told(text: str, day: date) -> bool | None:
    """Whether the worker's words put the case on a hardship benefit (二孩 低保户, "he is on
    unemployment benefit") or deny one ("they were not on dibao or anything", 不是低保户);
    None when they say neither, or only suppose one ("要是她生时没领失业金": a what-if, never
    the case's own fact)."""
    if hardship_supposed(text, day) is not None:
        return None
    facts = [
        f
        for f in understand(HOTLINE.sub(" ", text), {}, None, day)
        if f.fact in ("hardship_now", "hardship_at_birth", "child.hardship_at_birth")
        and f.kind != "question"
    ]
    # 生孩子那会家里吃低保 现在不吃了: the birth's answer, which clause 12 reads, before now's
    # (tester 100 p4 heard "这家出生时没在领" four times)
    at_birth = [f.value for f in facts if f.fact != "hardship_now"]
    read = at_birth or [f.value for f in facts]
    if at_birth and True in at_birth and False not in at_birth:
        return True
    if False in read or HARDSHIP_DENIED.search(text):
        return False
    if True in read or HARDSHIP_CASE.search(text):
        return True
    return None


# The benefits of Jinan clause 12's 200 more, as the worker's words name them.
BENEFIT_NAMES = (
    (re.compile(r"特困|tekun|special hardship", re.I), "特困供养", "special hardship support"),
    (re.compile(r"失业|unemploy", re.I), "失业保险金", "unemployment insurance benefits"),
    (re.compile(r"低保|dibao|minimum (?:living|subsistence)", re.I), "低保", "dibao"),
)


def benefit_put_right(text: str, lang: Lang) -> str | None:
    """ "更正 来电说生的时候不是低保 是特困供养": the case's benefit at the birth put right to
    another of the three that count alike (dibao, special hardship support, unemployment
    insurance benefits), said as noted; None when the words put no benefit right."""
    said = normalise(text)
    swapped = BENEFIT_INSTEAD.search(said)
    if swapped is None or not CORRECTED_CASE.search(text) or SUPPOSED_WORDS.search(text):
        return None
    tail = said[swapped.start() :]
    if said[swapped.start() :].startswith(("not ", "不是", "并非", "没领")):
        tail = re.split(r"而?是|\bbut\b", tail, maxsplit=1)[-1]
    else:  # "dibao instead of tekun": the benefit named first
        tail = re.split(r"instead of|rather than", tail, maxsplit=1)[0]
    named = next(((zh, en) for p, zh, en in BENEFIT_NAMES if p.search(tail)), None)
    if named is None:
        return None
    return t(
        lang,
        f"已按更正记下：出生时领的是{named[0]}（低保、特困供养、失业保险金三种都算）。",
        f"Noted as corrected: {named[1]} at the birth (dibao, special hardship support and "
        "unemployment insurance benefits all count).",
    )


# A worker putting the case right ("更正", "不对", "说错了", "correction:").
CORRECTED_CASE = re.compile(r"更正|纠正|不对|说错|搞错|记错|\bcorrection\b|\bcorrected?\b", re.I)


@functools.lru_cache(maxsize=512)  # one turn asks it of the same words many times
def hardship_supposed(text: str, day: date, born: int | None = None) -> bool | None:
    """The hardship benefit at the birth the worker's words suppose ("要是她生时没领失业金 是不是就
    600", "what if they had been on dibao when she was born?"): False or True; None when the
    words suppose none."""
    if CORRECTED_CASE.search(text) and not SUPPOSED_WORDS.search(text):
        return None  # "更正 来电说生的时候不是低保 是特困供养": the case put right, no what-if
        # (tester 92 h1's worker was answered "假如…" and could not tell it was noted)
    if BENEFIT_INSTEAD.search(normalise(text)):
        # "要是当时没领失业金，是领低保呢": another of clause 12's benefits, the same 200 (tester
        # 89 c9's worker was given 600 to read out)
        return True  # "要是当时没领失业金，是领低保呢": another benefit of clause 12, the same 200
    said = [
        f
        for f in understand(HOTLINE.sub(" ", text), {}, None, day)
        if f.fact in ("hardship_at_birth", "child.hardship_at_birth")
        and f.kind == "question"
        and SUPPOSED_WORDS.search(f.span or "")  # not "要是户口刚迁过来呢 还有生老二时没领低保"
    ]
    if born is not None and any(f.child is not None and f.child > born for f in said):
        return None  # "if they are not on dibao when the 3rd is born": a birth to come's own
    read = [f.value for f in said]
    if read:
        return bool(read[-1])
    if WITHOUT_BENEFIT.search(text):  # "without the unemployment benefit, how much per month"
        return False
    return None


# The money asked in a what-if ("what would the monthly total be", 是不是就600, 每月多少).
MONEY_OF_WHAT_IF = re.compile(
    r"多少|每月|一个月|\d{3}|\btotal\b|how much|per month|monthly|a month", re.I
)


# A benefit left out in a what-if, with no birth named ("without the unemployment benefit, how
# much per month for both twins?", 要是没领失业金的话): the benefit at the birth supposed not held.
WITHOUT_BENEFIT = re.compile(
    r"\bwithout (?:the |any |that )?(?:unemployment|dibao|hardship|benefit|welfare|extra)"
    r"|(?:要是|如果|假如|假设)(?:当时|那时)?(?:没|没有|不)(?:领|在领|吃)?(?:低保|失业金|失业保险金|特困)",
    re.I,
)


# The words of a supposition in the span of a benefit supposed (要是, "what if", "without").
SUPPOSED_WORDS = re.compile(
    r"要是|如果|假如|假设|万一|若是|\bif\b|suppos|hypothetic|\bwithout\b|\bhad(?:n't| not)\b", re.I
)


def with_hardship_supposed(case: dict[str, Any], supposed: bool) -> dict[str, Any]:
    """The case with the hardship at every birth put as supposed (clause 12 looks at the
    benefit at the birth); the case itself is left as it was."""
    out = {**case, "hardship_at_birth": supposed}
    for name in ("children_partial", "children"):
        children = case.get(name)
        if isinstance(children, list):
            out[name] = [{**c, "hardship_at_birth": supposed} for c in children]
    return out


def _benefit_end_month(text: str, day: date) -> date | None:
    """The first day of the month after the one a benefit is said to end in ("ends in
    january": 1 Feb next year when January is past), or None."""
    m = BENEFIT_ENDS.search(text)
    if m is None:
        return None
    month = MONTHS_EN.index(m["en"].lower()[:3]) + 1 if m["en"] else int(m["zh"])
    if not 1 <= month <= 12:
        return None
    year = day.year if month >= day.month else day.year + 1
    return date(year + month // 12, month % 12 + 1, 1)


def _hardship_applied(
    case: dict[str, Any], told: dict[str, Any], said: str, day: date
) -> dict[str, Any]:
    """The case with a hardship the worker's words deny or end applied to its children's births
    (clause 12 looks at the benefit at the birth): a denial ("not on dibao", 不是低保户) to
    each dated child whose birth is still open; a benefit said to end before a coming child's
    due month ("his benefit ends in january", due March) to that child."""
    denied = (
        # 生孩子那会家里吃低保 现在不吃了: the birth's yes stands (tester 100 p4)
        (told.get("hardship_now") is False and told.get("hardship_at_birth") is not True)
        or (told.get("hardship_at_birth") is None and hardship_told(said, day) is False)
    ) and not (
        # "失业金已经停了" of a case on the benefit at the births: now, not at the births
        told.get("hardship_at_birth") is None and case.get("hardship_at_birth") is True
    )
    ends = _benefit_end_month(said, day)
    told_born = _birth_month(said)
    dated = [
        str(c.get("birth_date"))
        for c in (case.get("children_partial") or case.get("children") or [])
        if c.get("birth_date")
    ]
    later = told_born or (date.fromisoformat(dated[-1]) if dated else None)
    if later is not None and began_after(said, later):
        # "born dec 2024, benefits only started jan 2025", 生完才开始领: that child's birth was
        # not during the benefits (clause 12), whatever the benefits now
        return _began_after_applied(case, later.isoformat()[:7])
    if not denied and ends is None:
        return case
    out = dict(case)
    for name in ("children_partial", "children"):
        children = case.get(name)
        if not isinstance(children, list):
            continue
        marked = []
        for child in children:
            born = str(child.get("birth_date") or "")
            open_ = born and child.get("hardship_at_birth") is None
            if open_ and (denied or (ends is not None and born >= ends.isoformat())):
                child = {**child, "hardship_at_birth": False}
            marked.append(child)
        out[name] = marked
    return out


def _began_after_applied(case: dict[str, Any], month: str) -> dict[str, Any]:
    """The case with the children born in `month` (YYYY-MM) marked as born outside the
    hardship benefits, and the benefits no longer the case's at a birth."""
    out = {k: v for k, v in case.items() if k != "hardship_now"}
    for name in ("children_partial", "children"):
        children = case.get(name)
        if isinstance(children, list):
            out[name] = [
                {**c, "hardship_at_birth": False}
                if str(c.get("birth_date") or "").startswith(month)
                else c
                for c in children
            ]
    return out


def case_facts(tracker: Tracker, day: date, supposing: bool = True) -> dict[str, Any]:
    """`told_case_facts` with the benefit at the birth the latest message supposes, if any
    ("what if she had NOT been on unemployment benefit at the birth", a what-if for this turn's
    answers only); without `supposing`, the case as told (what is kept for the next turns)."""
    case = told_case_facts(tracker, day)
    if not supposing:
        return case
    texts = session_user_texts(tracker)
    born = len(case.get("children_partial") or case.get("children") or [])
    supposed = hardship_supposed(texts[-1], day, born) if texts else None
    return with_hardship_supposed(case, supposed) if supposed is not None else case


# The cases worked out this turn, by the case kept, the worker's words and the day: one turn's
# answers ask for the case some thirty times (tester 114 c10's long message took 2.7 s, past the
# action server's deadline, and was answered "part of the system is not responding").
_CASES_READ: dict[tuple[str, tuple[str, ...], date], dict[str, Any]] = {}
_CASES_KEPT = 64


def told_case_facts(tracker: Tracker, day: date) -> dict[str, Any]:
    """The facts of the worker's case as the household form reads a family's (city, hukou,
    the children by order with their births, hardship at a birth): those kept in CASE_SLOT
    with what this message tells added. A message naming another city, or another caller
    ("下一个来电", "new caller"), starts a new case. A fresh copy each call (callers change it)."""
    kept = tracker.get_slot(CASE_SLOT) or {}
    texts = tuple(session_user_texts(tracker))
    key = (json.dumps(kept, sort_keys=True, default=str, ensure_ascii=False), texts, day)
    if key not in _CASES_READ:
        if len(_CASES_READ) >= _CASES_KEPT:
            _CASES_READ.clear()
        _CASES_READ[key] = _read_case(dict(kept), list(texts), day)
    return copy.deepcopy(_CASES_READ[key])


def _read_case(case: dict[str, Any], texts: list[str], day: date) -> dict[str, Any]:
    """`told_case_facts` worked out: the case kept, then each of the worker's messages."""
    from actions.household_form import accepted_updates  # household_form imports this module

    for said in texts:
        city = mentioned_city(said)
        kept = {k: v for k, v in case.items() if k not in CASE_KEYS_APART}
        earlier = _earlier_than_this(case)
        numbered = caller_named(said)
        if numbered is not None:  # "caller 2: Beijing, …", "caller 1 is asking about …"
            case = _caller_case(case, kept, *numbered, city=city)
        elif CALLER_BEFORE.search(said) and case.get(PREVIOUS):
            # "第一个来电的 24年9月那个 到什么时候停": the call before's case, this one kept;
            # "回到三胎那个来电": the one its words describe, among the cases kept
            chosen = _described_case([case[PREVIOUS], *earlier], said)
            rest = [c for c in [case[PREVIOUS], *earlier] if c is not chosen]
            case = {**chosen, PREVIOUS: kept, NAMED_BACK: True, EARLIER: rest[:EARLIER_KEPT]}
        elif OTHER_CALLER.search(said) and case.get(NAMED_BACK) and case.get(PREVIOUS):
            # "… 第二个来电老三22年12月生的 能不能领" after the call before named back: the
            # caller the worker was on, not a third one
            case = {**case[PREVIOUS], PREVIOUS: kept, EARLIER: case.get(EARLIER) or []}
        elif city is not None and case.get("city") not in (None, city):
            case = {PREVIOUS: kept, EARLIER: earlier} if kept else {}
        elif NEW_CASE.search(said) or fresh_family(said, case, day) == "new":
            # another caller of the same hotline, named so or told by a family that is not
            # the case's ("caller …, baby 2nd child born 2026.6" after a 3rd of 2024): its city
            # stays, the case before is kept for a question of it named back
            case = {"city": case["city"]} if case.get("city") else {}
            if kept:
                case[PREVIOUS] = kept
                case[EARLIER] = earlier
        told = placed(accepted_updates(case_words(said), case, day).updates, case, said)
        known = case.get("children_partial") or case.get("children") or []
        # "HYPOTHETICAL: caller's 3rd child born March 2027": answered, not a fact of the case;
        # its "3rd" is no day of the case's child, nor its order the case's count of children
        order = supposed_order(HOTLINE.sub(" ", said), len(known))
        supposed = order is not None
        if order is not None:  # "想再生个老三": that child is supposed in the turns after too
            case[SUPPOSED_KEY] = order
        if not supposed and _month_child(case) and bare_day(HOTLINE.sub(" ", said)) is not None:
            # "孩子是20号生的", "born may 20th": the day of the case's child, not a child born
            # this year
            told = {k: v for k, v in told.items() if k not in ("children_partial", "children")}
        if "children" in told and told["children"] is None:  # the children placed anew
            case.pop("children", None)
        case.update({k: v for k, v in told.items() if v is not None})
        case = _hukou_city_asked(case, said)
        case = _hardship_applied(case, told, HOTLINE.sub(" ", said), day)
        if not supposed:
            case = _day_applied(case, told, HOTLINE.sub(" ", said))
        case = with_older_child(case, HOTLINE.sub(" ", said))  # "twins + an older kid"
        payers = payers_said(HOTLINE.sub(" ", said))
        if payers is not None:  # "只有一个人交公积金": the payers the worker told last
            case["housing_fund_contributors"] = payers
        count = children_said(HOTLINE.sub(" ", said))
        if (
            count and not supposed
        ):  # "三孩家庭 两人缴存 能贷多少": the number kept for "一人缴存呢" (tester 41)
            case[COUNT_KEY] = count
    return child_asked(case, HOTLINE.sub(" ", texts[-1]) if texts else "")


# Money drawn asked (能领不, 能领吗, 可以领), not a leave taken (休, 假).
MONEY_DRAWN = re.compile(r"(?:能|可以|可|还能)?领(?:不|吗|么|没|到|多少|几)|(?<![休请])领取")


def _money_drawn_after_a_leave(tracker: Tracker, said: str, city: str | None, lang: Lang) -> bool:
    """Money asked to be drawn (能领不) right after a leave, no measure named: the city's monthly
    money, not the leave (tester 110 c9 heard about parental leave)."""
    current = topic(tracker)
    return (
        current is not None
        and current.kind == "leave"
        and monthly_subsidy(city) is not None
        and MONEY_DRAWN.search(said) is not None
        and named_measure(said, city, lang) is None
        and asked_measure(said, city, lang) is None
    )


def _earlier_than_this(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The cases kept before this one's previous (a new caller pushes the previous among them),
    at most EARLIER_KEPT, the latest first."""
    before = [case[PREVIOUS]] if case.get(PREVIOUS) else []
    return [*before, *(case.get(EARLIER) or [])][:EARLIER_KEPT]


# What marks a case named back: its benefit at a birth, its children's number, its renting, its
# cover, its twins ("回到三胎那个来电", "back to the dibao caller", 刚才那个租房的来电).
CASE_MARKS: tuple[tuple[re.Pattern[str], Callable[[dict[str, Any]], bool]], ...] = (
    (
        re.compile(r"低保|特困|失业|dibao|tekun|unemploy|hardship", re.I),
        lambda c: (
            c.get("hardship_at_birth") is True
            or any((k or {}).get("hardship_at_birth") for k in _case_children(c))
        ),
    ),
    (
        re.compile(r"三胎|三孩|三宝|老三|third|3rd|child 3", re.I),
        lambda c: len(_case_children(c)) >= 3,
    ),
    (re.compile(r"租房|租的|\brent", re.I), lambda c: c.get("renting") is True),
    (
        re.compile(r"医保|保险|灵活|insur|flexib", re.I),
        lambda c: c.get("birth_insurance") is not None,
    ),
    (
        re.compile(r"双胞胎|龙凤胎|twins", re.I),
        lambda c: (
            len({(k or {}).get("birth_date") for k in _case_children(c)}) < len(_case_children(c))
        ),
    ),
)


def _case_children(case: dict[str, Any]) -> list[dict[str, Any]]:
    return list(case.get("children_partial") or case.get("children") or [])


def _described_case(cases: list[dict[str, Any]], said: str) -> dict[str, Any]:
    """Of the cases kept (the previous first), the one the words naming it back describe best;
    the previous when none is described."""
    marks = [held for pattern, held in CASE_MARKS if pattern.search(said)]
    if not marks:
        return cases[0]
    scores = [sum(1 for held in marks if held(case)) for case in cases]
    return cases[scores.index(max(scores))]


def _hukou_city_asked(case: dict[str, Any], said: str) -> dict[str, Any]:
    """A caller living in one city with the hukou of another, asked about the hukou's city
    ("works in Beijing but hukou is still in Jinan … can she get the Jinan 600?", 人在北京上班
    户口还在济南 能领济南的600吗): the case is that city's, its hukou held (tester 107 h2 was told
    "No… a hukou elsewhere"); the city named once, for the hukou alone, keeps the case as told."""
    from actions.hukou_city import HUKOU_CITY_SLOT  # hukou_city reads this module's neighbours
    from understanding.household import cities

    there = case.get(HUKOU_CITY_SLOT)
    if not there or case.get("city") in (None, there):
        return case
    if sum(1 for city, _ in cities(normalise(said)) if city == there) < 2:
        return case
    moved = {k: v for k, v in case.items() if k != HUKOU_CITY_SLOT}
    return {**moved, "city": there, "hukou_in_city": True}


# The number the worker gave the case's caller ("caller 1", 第二个来电): a caller named back by
# it is found again, whichever was discussed last.
CALLER_NO = "caller_no"


def _caller_case(
    case: dict[str, Any], kept: dict[str, Any], number: int, opens: bool, city: str | None = None
) -> dict[str, Any]:
    """The case of the caller numbered `number`: a new one when told afresh ("caller 2:
    Beijing, first child", the case before kept with it); the one kept or the one before when
    named back ("caller 1 is asking about the money", tester 50 e08 got caller 2's Beijing).
    A caller named back whom no number marks follows the words' order: the first is the one
    before, a later one a new caller unless the one before was named back. A new caller
    takes the city the message names ("caller 3 is in beijing", 来电3在北京, tester 52 c02 got
    Jinan's 600), else the case's."""
    before: dict[str, Any] = dict(case.get(PREVIOUS) or {})
    if opens:
        fresh: dict[str, Any] = {CALLER_NO: number}
        # the callers before the one just kept stay among the earlier cases, so "back to caller
        # 1" three callers on finds its own (tester 116 p11 merged caller 1's children into
        # caller 3's case)
        older = [c for c in _earlier_than_this(case) if c.get(CALLER_NO) not in (None, number)]
        if kept and kept.get(CALLER_NO) != number:
            fresh[PREVIOUS] = kept
            if older:
                fresh[EARLIER] = older[:EARLIER_KEPT]
        elif before:
            fresh[PREVIOUS] = before
            rest = [c for c in older if c is not case.get(PREVIOUS)]
            if rest:
                fresh[EARLIER] = rest[:EARLIER_KEPT]
        return fresh
    if case.get(CALLER_NO) == number:
        return case
    earlier = [c for c in case.get(EARLIER) or [] if isinstance(c, dict)]
    numbered = next((c for c in earlier if c.get(CALLER_NO) == number), None)
    if numbered is not None:  # "回到第一位来电" three callers on: that caller's case, found among
        # the earlier ones kept (tester 114 c9 got Beijing's leave for a Jinan caller)
        rest = [c for c in [before, *earlier] if c and c is not numbered]
        return {**numbered, PREVIOUS: kept, NAMED_BACK: True, EARLIER: rest[:EARLIER_KEPT]}
    back = before.get(CALLER_NO) == number or (
        before
        and before.get(CALLER_NO) is None
        and case.get(CALLER_NO) is None
        and (number == 1 or case.get(NAMED_BACK))
    )
    if back:
        return {**before, PREVIOUS: kept, **({NAMED_BACK: True} if number == 1 else {})}
    if number == 1:
        return case  # the first caller, of whom nothing else is kept: the case itself
    own = city or case.get("city")
    fresh = {CALLER_NO: number, **({"city": own} if own else {})}
    if kept:
        fresh[PREVIOUS] = kept
    return fresh


# Words of the worker's role and of which caller is meant ("帮来电人问下", "第二个来电"): no
# facts of the case (understanding reads none in a message "for a caller", nor 第二个 as a
# 2nd child there).
CALLER_WORDS = re.compile(r"(?:帮|替)(?:来电的?)?人?问(?:一?下)?")


def case_words(said: str) -> str:
    """The worker's message without the role and caller words, for its facts."""
    out = HOTLINE.sub(" ", said)
    for words in (CALLER_WORDS, NUMBERED, CALLER_BEFORE, OTHER_CALLER):
        out = words.sub(" ", out)
    return out


# The number of children the worker gave with a table question, no child dated ("三孩家庭").
COUNT_KEY = "children_count"


def _month_child(case: dict[str, Any]) -> bool:
    """Whether the case's child (the one dated last) is known to the month only."""
    order = case_child(case)
    children = case.get("children_partial") or case.get("children") or []
    return order is not None and children[order - 1].get("precision") == "month"


def _day_applied(case: dict[str, Any], told: dict[str, Any], said: str) -> dict[str, Any]:
    """The case with a day told without a year ("具体是5月20号", "the 20th") put on its child
    told to the month (the one dated last), when the message tells no child itself."""
    if told.get("children_partial") or told.get("children"):
        return case
    day_told = bare_day(said)
    order = case_child(case)
    if day_told is None or order is None:
        return case
    out = dict(case)
    for name in ("children_partial", "children"):
        children = case.get(name)
        if not isinstance(children, list) or len(children) < order:
            continue
        child = children[order - 1]
        if child.get("precision") != "month" or not child.get("birth_date"):
            continue
        born, month_only = with_day(date.fromisoformat(str(child["birth_date"])), day_told)
        if not month_only:
            exact = {**child, "birth_date": born.isoformat(), "precision": "day"}
            out[name] = [*children[: order - 1], exact, *children[order:]]
    return out


# A request put without a question word ("Monthly amount and clause number", 条款和金额).
REQUEST = re.compile(
    r"金额|数额|标准|条款|第几条|哪条|查一?下|请问|麻烦|\b(?:amount|figure|clause|rate|number"
    r"|how|what|pls|please)\b",
    re.I,
)


def tells_case_only(tracker: Tracker, text: str, case: dict[str, Any], lang: Lang) -> bool:
    """A message that gives a case and asks nothing ("热线 济南户籍 二孩2024年2月生的"): its
    facts read, no measure named or asked, no question. While a measure is discussed, a new
    case opens with where the family is registered or lives; a short message without that
    ("三孩 两人缴存") follows the measure up."""
    from actions.household_form import accepted_updates  # household_form imports this module

    said = HOTLINE.sub(" ", text)
    city = hotline_city(tracker)
    if QUESTION.search(said) or REQUEST.search(said):
        return False
    if asked_measure(said, city, lang) or named_measure(said, city, lang):
        return False
    if topic(tracker) is not None and follows_up_in_length(said):
        opened = accepted_updates(said, {}, clock.today()).updates
        if "city" not in opened and "hukou_in_city" not in opened:
            return False
    return bool(case.get("children_partial") or case.get("children"))


def case_items(case: dict[str, Any], lang: Lang, day: date, full: bool) -> str | None:
    """The items of the worker's case, as the engine decides them while some facts are still
    open: in brief (each item certain so far, one line) or in full (each with its reasons,
    clause and how to apply; then the open and the refused ones), with the note on births
    told to the month; None when the case has no city or no item is decided yet."""
    report = settled_report(case, day)
    if report is None:
        return None
    said = render.case_details(report, lang) if full else render.certain_so_far(report, lang)
    if said is None:
        return None
    children = case.get("children") or case.get("children_partial") or []
    note = render.precision_note(children, lang)
    return said + (f"\n{note}" if note else "")


def measure_menu(tracker: Tracker, lang: Lang, day: date) -> str:
    """What a worker who has asked nothing yet can ask details of: the items the engine works
    out for a family of the city named (both cities before one is named), in its order."""
    city = hotline_city(tracker)
    measures: dict[str, list[Entry]] = {}
    for each in [city] if city in ("jinan", "beijing") else ["jinan", "beijing"]:
        household = household_from_slots({"city": each}, day)
        if household is None:
            continue
        ids = dict.fromkeys(e.id for e in ordered(evaluate(household, as_of=day).entitlements))
        measures[each] = [catalogue().entries[i] for i in ids]
    return render.measure_menu(measures, lang)


def hotline_opened(tracker: Tracker, lang: Lang) -> str:
    """The reply to the mode said alone ("hotline here", 我是12345热线的, 我是热线接线员), by
    whichever action the message reached: the mode acknowledged and what can be asked."""
    return hotline_intro(measure_menu(tracker, lang, clock.today()), lang)


def answered_about(entry: Entry | None) -> list[Any]:
    """The measure a hotline answer was about, or none (a case's items): the next "details"
    or "until when" follows it, not a measure discussed before the case."""
    return about(entry) if entry is not None else [SlotSet(TOPIC_SLOT, None)]


def combined_case(
    entries: list[Entry],
    text: str,
    lang: Lang,
    day: date,
    birth: tuple[date, bool] | None = None,
    from_age: bool = False,
) -> str | None:
    """A case put with a hardship benefit of Jinan's monthly subsidy ("二孩 低保户 每月多少"):
    the sum a worker reads out, each figure from clause 12 (600 + 200 = 800 元/月), with the
    day it ends when the case's birth was told (`birth`: the date, and whether only its month
    was; tester 34 c02 heard "直至孩子3周岁" of a child born May 2024, not May 2027)."""
    ids = {e.id for e in entries}
    if not ids & {SUBSIDY, SUPPLEMENT} or hardship_told(text, day) is not True:
        return None
    kb = catalogue().entries
    base, extra = kb[SUBSIDY], kb[SUPPLEMENT]
    a, b = int(value(base, "monthly_amount_cny", day)), int(value(extra, "monthly_amount_cny", day))
    years = value(base, "age_limit_years", day)
    titles = t(lang, "、", " and ").join(e.title.get(lang) for e in (base, extra))
    if birth is not None:
        end = add_years(birth[0], int(years))
        over = end <= day
        said = t(
            lang,
            f"每孩每月{a}+{b}={a + b}元，直至孩子{years}周岁，即{fmt.day(end, lang)}"
            f"{'，已经停发' if over else ''}（{titles}，第{base.clause}条）。",
            f"{a} + {b} = {a + b} yuan a month per child, until the child turns {years} on "
            f"{fmt.day(end, lang)}{', so it has stopped' if over else ''} "
            f"({titles}, clause {base.clause}).",
        )
        return said + ("\n" + render.birth_month_note(lang, from_age) if birth[1] else "")
    return t(  # no birth of a case: the condition the 200 is paid on, said with the sum
        lang,
        f"孩子出生时家里在领低保、特困供养或失业保险金的：每孩每月{a}+{b}={a + b}元，"
        f"直至孩子{years}周岁（{titles}，第{base.clause}条）。",
        f"For a child born while the family received dibao, special hardship support or "
        f"unemployment insurance benefits: {a} + {b} = {a + b} yuan a month per child, until "
        f"the child turns {years} ({titles}, clause {base.clause}).",
    )


# Flexible employment named beside the employees' insurance it is insured under.
FLEXIBLE = re.compile(r"灵活就业|自由职业|flexibl[ey]\w*|self[- ]employed|freelanc", re.I)


def cover_case(entries: list[Entry], text: str, lang: Lang, day: date) -> str | None:
    """A delivery question put with the mother's cover ("flexible employment mother on employee
    medical insurance - reimbursement rate?"): that cover's figure alone, as the engine gives it
    for a birth under that cover, with the clause (tester 23 c7 got all three schemes)."""
    from actions.answers import covers_asked  # answers imports this module

    asked = next((e for e in entries if "birth_insurance" in e.facts), None)
    covers = covers_asked(text)
    if covers == ["employee_maternity"] and FLEXIBLE.search(text):
        covers[0] = (
            "flexible_employment"  # "灵活就业参加职工医保": the flexibly employed's own rate
        )
    if asked is None or not covers or "none" in covers:
        return None
    figures = [_cover_figure(asked, cover, lang, day) for cover in covers]
    if any(f is None for f in figures):
        return None
    return "\n".join(f for f in figures if f is not None)  # each cover asked, in order


def _cover_figure(asked: Entry, cover: str, lang: Lang, day: date) -> str | None:
    """`asked`'s figure for a birth under `cover`, as the engine gives it, with the clause."""
    due = {"birth_date": (day + timedelta(days=30)).isoformat(), "precision": "day"}
    slots = {"city": asked.city, "children": [due], "birth_insurance": cover}
    household = household_from_slots(slots, day)
    if household is None:
        return None
    found = [e for e in evaluate(household, as_of=day).entitlements if e.id == asked.id]
    if not found or found[0].status != "eligible" or not found[0].reasons.get(lang):
        return None
    said = found[0].reasons.get(lang)[0]
    return said + t(lang, f"（第{asked.clause}条）", f" (clause {asked.clause})")


def meant(tracker: Tracker, text: str, city: str | None, lang: Lang) -> Entry | None:
    """The one measure a worker's question is about: named or asked ("三孩的公积金贷款上限"),
    else for a short follow-up ("二孩呢 两人缴存") the one under discussion, else the best
    search answer; all in the hotline's city."""
    asked = asked_measure(text, city, lang) or named_measure(text, city, lang)
    if asked is not None:
        return asked
    current = topic(tracker)
    if (
        current is not None
        and follows_up_in_length(text)
        and current.city == (city or current.city)
    ):
        return current
    hit = best_answer(text, city, lang)
    return hit.entry if hit else None


# A birth date put in a case ("third child born 2023-02-10", 2023年2月10日出生).
CASE_BIRTH = re.compile(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")
AGE_LIMIT = "age_limit_years"
# A child's age said in the question (孩子都3岁了, "she's 4 now", "how old can the child be"): the
# plan's silence on an age limit is worth saying then, not of every question.
CHILD_AGE_TOLD = re.compile(r"岁|多大|年龄|\b(?:years? old|yo|y/o|age|old)\b", re.I)
BIRTH_SLOT = "hotline_birth"


def _birth_month(said: str) -> date | None:
    """The birth month of the case's child, read by the understanding layer ("2nd child born
    Feb 2024", 二孩2024年2月出生; tester 30 c5 was told "until age 3" for "until when"), as the
    month's first day (the family answers count the same way); None when no child's birth is
    told to the month, or several children's are (老大10岁 老二2022年生的: no one case's)."""
    if bare_day(HOTLINE.sub(" ", said)) is not None:  # "born may 20th": a day, no month told
        return None
    births = [
        fact  # the worker's own words ("我是12345热线的") read as no fact: left out first
        for fact in understand(HOTLINE.sub(" ", said), {}, None, clock.today())
        if fact.fact == "child.birth_date" and fact.kind != "question" and fact.value
    ]
    for fact in births if len(births) == 1 else []:
        told = str(fact.value)
        try:
            born = date.fromisoformat(told if len(told) == 10 else f"{told}-01")
        except ValueError:
            continue
        if born <= clock.today():
            return born
    return None


def birth_told(said: str) -> tuple[date, bool] | None:
    """The birth of the case's one child this message tells (a date, 2026年10月5日, "born 5 Oct
    2026"; or a month), and whether only its month was told; None when none or several."""
    told = CASE_BIRTH.search(said)
    if told is not None:
        try:
            return date(int(told[1]), int(told[2]), int(told[3])), False
        except ValueError:
            pass
    born = _birth_month(said)
    if born is None:
        return None
    facts = understand(HOTLINE.sub(" ", said), {}, None, clock.today())
    days = [f for f in facts if f.fact == "child.birth_date" and len(str(f.value)) == 10]
    return born, not days


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A day told without its year ("具体是5月20号", 停发日期是5月20号吧, 20号, "the 20th", "may 20",
# "20 may"): for a case's child told to the month, that child's own day (tester 36 c07).
BARE_DAY = re.compile(
    r"(?<![\d年月./-])(?:(?P<zm>\d{1,2})月)?(?P<zd>\d{1,2})[日号](?!\d)"
    # not "and the 600 for the 2nd?", "what about the 3rd": a child named by its order
    r"|(?<!\bfor )(?<!\babout )(?<!\bof )(?<!\band )(?<!\bwith )"
    r"\bthe (?P<ed>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?" + _MONTH + r"\s*,?\s*(?:19|20)\d\d)"
    # not an order ("the 3rd child", "the 2nd one", "the 2nd's 200", "the 2nd is 2 now")
    r"(?!['’]s\b|\s+(?:is|was|has|had|gets?|got|will|would|turns?|turned)\b)(?!\s*(?:child|kid|baby|babies|one|son|daughter|boy|girl|grandchild|pregnan|birth|born"
    r"|time|year|month|week|clause|item|caller|case|measure|point|question)\w*)"
    r"|\b(?P<em>" + _MONTH + r")\s+(?:the\s+)?(?P<ed2>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)"
    r"|\b(?P<ed3>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<em2>" + _MONTH + r")"
    r"(?!\s*,?\s*(?:19|20)\d\d)",
    re.I,
)


def bare_day(text: str) -> tuple[int | None, int] | None:
    """(month or None, day) of a day told without a year; None when none is told, or a full
    date is (CASE_BIRTH)."""
    if CASE_BIRTH.search(text):
        return None
    m = BARE_DAY.search(text)
    if m is None:
        return None
    day_of = int(m["zd"] or m["ed"] or m["ed2"] or m["ed3"])
    named = m["em"] or m["em2"]
    month = int(m["zm"]) if m["zm"] else (MONTHS_EN.index(named.lower()[:3]) + 1 if named else None)
    return month, day_of


def with_day(born: date, told: tuple[int | None, int] | None) -> tuple[date, bool]:
    """A birth known to the month (`born`, the month's 1st) with a day told of it: that day
    when its month, if named, is the birth's; else the month still (True: month only)."""
    if told is None or told[0] not in (None, born.month):
        return born, True
    try:
        return born.replace(day=told[1]), False
    except ValueError:
        return born, True


def born_from_age(case: dict[str, Any], born: date) -> bool:
    """Whether the case's child born on `born` was dated from an age ("老二现在2岁")."""
    children = case.get("children_partial") or case.get("children") or []
    return any(
        c.get("approx") and str(c.get("birth_date") or "")[:10] == born.isoformat()
        for c in children
    )


def case_birth_told(tracker: Tracker) -> tuple[date, bool] | None:
    """The birth date of the case the worker gave last, and whether only its month was told
    (then the date is the month's 1st): in this conversation's messages the action server
    sees, else the one kept in BIRTH_SLOT (YYYY-MM-DD, or YYYY-MM for a month); None when none
    was given."""
    later: tuple[int | None, int] | None = None  # a day told after the month (具体是5月20号)
    for said in reversed(session_user_texts(tracker)):
        for year, month, day_of in reversed(CASE_BIRTH.findall(said)):
            try:
                return date(int(year), int(month), int(day_of)), False
            except ValueError:
                continue
        month_only = _birth_month(said)
        if month_only is not None:
            return with_day(month_only, later)
        later = later or bare_day(HOTLINE.sub(" ", said))
        if NEW_CASE.search(said) or CALLER_BEFORE.search(said) or NUMBERED.search(said):
            return None  # another caller, or the one before: the birth kept is not this case's
    kept = str(tracker.get_slot(BIRTH_SLOT) or "")
    try:
        if len(kept) == len("YYYY-MM"):
            return with_day(date.fromisoformat(f"{kept}-01"), later)
        return (date.fromisoformat(kept), False) if kept else None
    except ValueError:
        return None


def _case_child_birth(tracker: Tracker, day: date) -> tuple[date, bool] | None:
    """The birth of the case's one dated child ("born 12th of march 2024. end date?"), as
    (day, known to the month only); None when no child or several are dated."""
    case = case_facts(tracker, day)
    children = case.get("children_partial") or case.get("children") or []
    dated = [c for c in children if c.get("birth_date")]
    if len({str(c["birth_date"]) for c in dated}) != 1:
        return None
    born, precision = str(dated[-1]["birth_date"]), dated[-1].get("precision")
    try:
        return date.fromisoformat(born[:10] if len(born) >= 10 else f"{born[:7]}-01"), (
            precision != "day"
        )
    except ValueError:
        return None


def case_end(tracker: Tracker, text: str, lang: Lang, day: date) -> tuple[str, Entry] | None:
    """ "until when exactly" of the measure discussed, for the case whose birth date the worker
    gave (tester 23 c7: third child born 2023-02-10): the last day as a date, the child's
    birthday of the measure's age limit (Jinan clause 12: 3), and that it has ended when that
    day is past; the 200 supplement ends with the subsidy it rides on. None when no end is
    asked, no birth date was given or the measure has no age limit."""
    current = topic(tracker)
    if current is None or not END_ASKED.search(text):
        return None
    named = asked_measure(text, hotline_city(tracker), lang)
    if named is not None and named.id != current.id and AGE_LIMIT not in named.parameters:
        return None  # "next caller … gave birth last month. what % of delivery costs": that
        # measure, not the last caller's money's end (tester 104 h2)
    limited = current
    if AGE_LIMIT not in limited.parameters:  # the supplement: the subsidy's own age limit
        limited = catalogue().entries.get(current.id.removesuffix("_hardship_supplement"), current)
    if AGE_LIMIT not in limited.parameters and PAYMENT_WORDS.search(text):
        # "months left? caller wants to know when the last payment is" after the newborn's
        # insurance: the monthly money's end (tester 80 c6 heard the insurance again)
        limited = current = monthly_subsidy(hotline_city(tracker)) or limited
    if AGE_LIMIT not in limited.parameters:
        return None
    told = case_birth_told(tracker) or _case_child_birth(tracker, day)
    if told is None:
        return None
    birth, month_only = told
    case = case_facts(tracker, day)
    never = never_paid(limited, case, birth, month_only, lang, day)
    if never is not None:  # "老三2022年12月生的 到什么时候停": never paid, so never stopped
        return never, limited
    if current.id != limited.id and not hardship_at_case_birth(case):
        current = limited  # the 200 discussed for another birth: this child's money is the 600
    years = int(value(limited, AGE_LIMIT, day))
    end = add_years(birth, years)
    title = current.title.get(lang)
    if lang == "zh":
        over = (
            ("，这一天已过，已经停发" if current.kind == "cash" else "，这一天已过")
            if end <= day
            else ""
        )
        said = (
            f"{title}：{'发' if current.kind == 'cash' else '享受'}到孩子{years}周岁，即"
            f"{fmt.day(end, lang)}{over}（第{current.clause}条）。"
        )
    else:
        over = "; that day has passed, so it has stopped" if end <= day else ""
        said = (
            f"{title}: until the child turns {years}, on {fmt.day(end, lang)}{over} "
            f"(clause {current.clause})."
        )
    if month_only:  # "born Feb 2024": the day shown is the month's 1st, not the child's own
        said += "\n" + render.birth_month_note(lang, born_from_age(case, birth))
    return said, current


def hardship_at_case_birth(case: dict[str, Any]) -> bool:
    """Whether the case's child (the one dated last) was born while the family was on a
    hardship benefit, as the worker told it (at that birth, or on it now with none denied)."""
    order = case_child(case)
    children = case.get("children_partial") or case.get("children") or []
    if order is not None and children[order - 1].get("hardship_at_birth") is not None:
        return bool(children[order - 1]["hardship_at_birth"])
    return bool(case.get("hardship_now"))


def never_paid(
    money: Entry, case: dict[str, Any], birth: date, month_only: bool, lang: Lang, day: date
) -> str | None:
    """ "到什么时候停" of a case's child the money never covered (Jinan clause 12: 2nd and 3rd
    children born after 1 January 2023; tester 49 c03 heard "已经停发" of a 3rd born December
    2022): no, and why, the supplement said to go with it; never an end that has passed.
    None when the child is within the measure's births or they are not known."""
    if "born_on_or_after" not in money.parameters:
        return None
    start = value(money, "born_on_or_after", day)
    last = _month_end(birth) if month_only else birth
    order = case_child(case)
    orders = [int(o) for o in value(money, "birth_orders", day)] if _has(money, ORDERS) else []
    if month_only:
        born = t(lang, f"{birth.year}年{birth.month}月", f"{birth:%B %Y}")
    else:
        born = fmt.day(birth, lang)
    since, clause = fmt.day(start, lang), clause_name(money.clause, lang)
    kids = "、".join(ZH_ORDER.get(o, f"{o}孩") for o in orders)
    if last < start:
        why = t(
            lang,
            f"{clause}只给{since}以后出生的{kids or '孩子'}，{born}出生的孩子不在范围内",
            f"{clause.capitalize()} covers only children born after {since}; a child born "
            f"in {born} is not covered",
        )
    elif order is not None and orders and order not in orders:
        who = fmt.child_label(order, lang)
        why = t(
            lang,
            f"{clause}只给{kids}，{who}不在范围内",
            f"{clause.capitalize()} covers only the {_nth(orders[0])} and {_nth(orders[-1])} "
            f"child; the {_nth(order)} child is not covered",
        )
    else:
        return None
    extra = supplement_entry(money.city)
    amount = value(money, AMOUNT, day) if _has(money, AMOUNT) else None
    more = value(extra, AMOUNT, day) if extra is not None and _has(extra, AMOUNT) else None
    if amount is not None and more is not None:
        figures = t(
            lang,
            f"（每月{amount}元和加发的{more}元都没有，从来没有发过）",
            f" (neither the {amount} yuan a month nor the extra {more}; it was never paid)",
        )
    else:
        figures = t(lang, "（从来没有发过）", " (it was never paid)")
    lead = render.lead_departments(money, lang)
    return t(lang, f"不能领。{why}{figures}。", f"No. {why}{figures}.") + "\n" + lead


AMOUNT = "monthly_amount_cny"
ORDERS = "birth_orders"
ZH_ORDER = {1: "一孩", 2: "二孩", 3: "三孩"}


def _has(entry: Entry, name: str) -> bool:
    return name in entry.parameters


def _month_end(born: date) -> date:
    """The last day of the month `born` falls in."""
    return date(born.year + born.month // 12, born.month % 12 + 1, 1) - timedelta(days=1)


def _nth(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def question_measure(text: str, city: str | None, lang: Lang) -> Entry | None:
    """The measure a worker's message asks about: the part that asks, when the case told before
    it pulls the whole message to the monthly money ("…, third child born 2025-06-20, mother has
    resident medical insurance. how much does insurance pay for the delivery?" is Jinan clause
    15's delivery, never the 600; tester 120 p10); else the whole message's (asked_measure)."""
    whole = asked_measure(text, city, lang)
    if not is_the_money(whole):
        return whole
    asked = part_measure(text, city, lang)  # "what else can they use?": a search's guess, none
    return asked if asked is not None and not is_the_money(asked) else whole


def _unless_the_money(entry: Entry | None) -> Entry | None:
    """`entry`, or None when it is the city's monthly money."""
    return None if entry is None or is_the_money(entry) else entry


def part_measure(text: str, city: str | None, lang: Lang) -> Entry | None:
    """The measure the asking part of a worker's message names (asked_measure of it), or None
    when that part names none ("现在还能享受吗 直接说能还是不能")."""
    from actions.each_part import asking_pieces, pieces_with_lead  # it imports our kin

    question = " ".join(asking_pieces(text))
    asked = asked_measure(question, city, lang) if question else None
    if asked is not None and not found_by_search_only(question, asked):
        return asked
    for lead, piece in pieces_with_lead(text):
        # "…出生 还没上医保 | 个人缴费免不免": the clause told just before the asking part names
        # what it asks of (the newborn's insurance), when the asking part names nothing
        near = f"{lead.rsplit(' ', 1)[-1]} {piece}" if lead else ""
        of = asked_measure(near, city, lang) if near else None
        if of is not None and not is_the_money(of) and not found_by_search_only(near, of):
            return of
    return None


def children_case(
    tracker: Tracker, text: str, city: str | None, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """Children of a case told by order with their age or birth ("那老大老二呢 老大10岁
    老二2022年生的", "the eldest is 10, the second was born in 2022") about the measure asked or
    discussed: each child's answer as the engine decides it for those children (Jinan clause
    12: a first child gets no 600; one born before the plan's start date neither), with the
    clause; the facts are read as the family form reads them, and kept as no family's. None
    when the message tells no child, or the engine leaves a named child open."""
    from actions.household_form import accepted_updates  # household_form imports this module
    from actions.results import (  # results imports this module
        family_item_answer,
        named_child_answer,
    )

    entry = question_measure(text, city, lang) or named_measure(text, city, lang) or topic(tracker)
    if entry is None and tracker.get_slot(CASE_SLOT):
        # after the case's list of items (no one measure discussed, tester 34 r09): the case's
        # money, the first of its items, not a measure a search guesses
        entry = monthly_subsidy(city)
    if entry is None or "household" not in entry.audience:
        return None
    asked = [e for e in measures_asked(text, city) if "household" in e.audience]
    if CASE_MONEY_ASKED.search(text) and any(is_the_money(e) for e in asked):
        asked = []  # "能领多少 孩子医保还能免吗": the caller's money first, with its 200
    entries = asked if len(asked) >= 2 and entry in asked else [entry]
    if not any(e.per_child for e in entries):
        return None
    words = HOTLINE.sub(" ", text)
    case = case_facts(tracker, day) if tracker.get_slot(CASE_SLOT) else {}
    told = placed(accepted_updates(words, {"city": entry.city}, day).updates, case, words)
    if not told.get("children_partial"):
        return None
    dated = {
        i for i, child in enumerate(told["children_partial"], start=1) if child.get("birth_date")
    }
    # "twins … do they get the childcare subsidy, and is their insurance covered": each
    # measure asked, each child's answer (tester 130 p8 heard the insurance only); a measure
    # of the family as a whole, the family's ("头胎 … 能不能领600 爷爷奶奶长护险能不能补",
    # tester 128 p9 heard both rules and no no)
    lines = []
    for each in entries:
        slots = {"city": entry.city, **told}
        said = (
            named_child_answer(slots, each, text, lang, dated)
            if each.per_child
            else family_item_answer(slots, each, text, lang)
        )
        if said is None:
            return None
        lines += [said, render.lead_departments(each, lang)]
    return "\n".join(lines), entries[-1]


FIGURE = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?!\s*(?:元|块|yuan|rmb)))"  # "in 2024", "3 Feb 2024": a year
    r"(\d{3,4})(?![\d.,]|\s*(?:年|-|/))",
    re.I,
)


# The caller's money asked in a message that asks more ("能领多少 孩子医保还能免吗").
CASE_MONEY_ASKED = re.compile(
    r"能领多少|领多少|能拿多少|拿多少|每月多少|每个月多少|一个月多少|发多少|补贴多少"
    r"|\bhow much\b[^?.]{0,24}\b(?:month|monthly|get|paid|receive)\b",
    re.I,
)


# A contribution already paid, asked back ("当年交的个人部分能不能退", "can we get it refunded").
REFUND_ASKED = re.compile(r"退(?!休|出)(?:回|还|钱|款|给)?|返还|\brefund", re.I)


# A plain yes or no demanded after a rule answer ("你直接说能不能", "just tell me yes or no").
YES_OR_NO = re.compile(
    r"直接说|到底能不能|就说能不能|能还是不能|能不能(?:给个|一句话)|一句话|\byes or no\b"
    r"|\bjust (?:tell me |say )?(?:yes|no)\b|\bstraight answer\b",
    re.I,
)


def case_entitlement(case: dict[str, Any], entry: Entry, day: date) -> Entitlement | None:
    """The engine's entitlement to `entry` of the case's child (the one dated last, or asked
    of), as the case's facts settle it on `day`; None when no child is known or the facts are
    no household."""
    order = case_child(case)
    try:
        report = settled_report(case, day) if order is not None else None
    except InputError:
        return None
    entitlements = report.entitlements if report is not None else []
    return next((e for e in entitlements if e.id == entry.id and e.child == order), None)


def window_over(case: dict[str, Any], entry: Entry, lang: Lang, day: date) -> str | None:
    """The no for the case's child whose window to enrol has closed (Jinan clause 15: joined
    within six months of birth, the contribution of the year joined is paid in full), in the
    engine's words with the day (or month) it closed, the window's question left out: asked
    now, the answer is no either way (tester 120 p9 got the 800, then the plan's silence on back
    pay). None when the measure has no window, the case names no child, or it is still open."""
    if "enrol_within_months" not in entry.parameters:
        return None
    mine = case_entitlement(case, entry, day)
    if mine is None or mine.apply_by is None or mine.apply_by >= day:
        return None
    reason = window_question_dropped((mine.reasons.get(lang) or [""])[0])
    clause = clause_name(entry.clause, lang)
    return t(lang, f"不能。{reason}（{clause}）", f"No. {reason} ({clause})")


def plain_verdict(
    case: dict[str, Any], current: Entry | None, text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The case's own verdict on the money discussed when a plain yes or no is demanded: "能。"
    with the case's money and its end, or "不能。" with the engine's reason, the clause and the
    lead department. None when no such demand, no money discussed or the case leaves it open."""
    if current is None:
        return None
    # "孩子出生后两个月就参了居民医保 … 能不能退 一句话": the enrolment told decides the
    # window's yes or no (Jinan clause 15), never the money's "能。" (tester 100 p4); so it does
    # when no plain answer is demanded ("enrolled … two months after birth. Does the government
    # pay the baby's individual premium?", tester 106 h2 heard "No." and the window's question)
    windowed = "enrol_within_months" in current.parameters and enrolled_at_months(text) is not None
    if not windowed and YES_OR_NO.search(text):
        over = window_over(case, current, lang, day)
        if over is not None:  # "现在还能享受吗 直接说能还是不能" of the newborn's insurance
            return over + "\n" + render.lead_departments(current, lang), current
    if not YES_OR_NO.search(text) and not windowed:
        return None
    if not is_the_money(current) and not windowed:
        return None
    mine = case_entitlement(case, current, day)
    lead = render.lead_departments(current, lang)
    if windowed and mine is not None:
        kept = window_kept_answer(current, [mine], text, lang, text)
        if kept is not None and REFUND_ASKED.search(text):  # a refund asked: no bare "能。"
            kept = re.sub(r"^(?:能。|Yes\.\s*)", "", kept)
        if kept is not None:
            refund = t(
                lang,
                "已经自己交了的个人缴费能不能退、怎么退，方案没有写。",
                "Whether a contribution already paid is refunded, and how, the plan does not say.",
            )
            asked_back = [refund] if REFUND_ASKED.search(text) else []
            return "\n".join([kept, *asked_back, lead]), current
    if mine is None or mine.status == "needs_info" or not is_the_money(current):
        return None
    if mine.status == "eligible":
        money = case_money(case, lang, day)
        if money is None:
            return None
        return t(lang, "能。", "Yes. ") + money + "\n" + lead, current
    reason = (mine.reasons.get(lang) or [""])[0]
    if NOT_ENROLLED.search(text):  # "kid 3 not enrolled … yet": the window's question answered
        reason = window_question_dropped(reason)
    clause = clause_name(current.clause, lang)
    return t(lang, f"不能。{reason}（{clause}）", f"No. {reason} ({clause})") + "\n" + lead, current


def _figure_checked_first(said: str, text: str, lang: Lang) -> str:
    """`said` (the case's monthly money with its end) with yes or no first when `text` puts a
    monthly figure back ("800一个月对吧 到哪天停"): the figure against the case's own sum."""
    put = [int(n) for n in FIGURE.findall(text)]
    shown = [int(n) for n in re.findall(r"=\s*(\d+)", said.split("\n")[0])]
    if not put or not shown:
        return said
    return _figure_verdict(put[-1], shown[0], said, text, lang) + said


def _figure_verdict(put: int, total: int, said: str, text: str, lang: Lang) -> str:
    """Yes or no to a monthly figure `put` back against the case's `total` ("800一个月对吧"),
    or to a supplement asked of by its figure ("加不加200") when `said`'s sum adds it."""
    if put == total:
        return t(lang, "对。", "Yes. ")
    addends = [int(n) for n in re.findall(r"\+\s*(\d+)", said.split("\n")[0])]
    if put in addends and ADDED_ASKED.search(text):
        # "加不加200": the supplement asked about is in the sum (tester 99 h2 heard "不对，是800元")
        return t(lang, "加。", "Yes, it is added. ")
    if ADDED_ASKED.search(text) and re.search(rf"(?<!\d){put}(?!\d)", said):
        # "生了以后能加200不" of a birth to come: the 200 on its condition, said with the sum
        # (tester 103 h1 heard "不对，是600元，不是200元")
        return t(lang, "要看孩子出生时是否还在领：", "That depends on the time of the birth: ")
    return t(lang, f"不对，是{total}元，不是{put}元。", f"No: {total} yuan, not {put}. ")


# Whether a supplement is added, asked of its figure ("加不加200", "is the extra 200 added").
ADDED_ASKED = re.compile(
    r"加不加|加没加|加不|能加|有没有加|另加|加发|加上|多给|\b(?:added|extra|plus|on top)\b", re.I
)


# A whole period's sum as a message puts it back ("28800", "28,800").
# A year said alone ("at the birth (10 Feb 2023)") is no sum: no whole period's sum falls in
# 1900-2099, so such a number counts only with its unit (tester 116 p11 heard "not 2023").
TOTAL_FIGURE = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d,])(?!\s*(?:元|块|yuan|rmb)))"
    r"(\d{1,3}(?:,\d{3})+|\d{4,6})(?![\d.,]|\s*(?:年|-|/))",
    re.I,
)


def _total_checked_first(said: str, text: str, lang: Lang) -> str:
    """`said` (the case's whole sum, "…＝28,800元…") with yes or no first when `text` puts a
    whole period's sum back ("800一个月 一共是28800是吧"): the figure against the case's own."""
    put = [int(n.replace(",", "")) for n in TOTAL_FIGURE.findall(text)]
    shown = [int(n.replace(",", "")) for n in re.findall(r"[＝=]\s*([\d,]+)", said.split("\n")[0])]
    if not put or not shown:
        return said
    if put[-1] == shown[-1]:
        return t(lang, "对。", "Yes. ") + said
    total = fmt.money(shown[-1], lang)
    return t(lang, f"不对，是{total}，不是{put[-1]}元。", f"No: {total}, not {put[-1]}. ") + said


# The what-if's own words before the money it would give (the benefits of clause 12).
_SUPPOSED_HARDSHIP = {
    False: (
        "假如孩子出生时家里没有领取低保、特困供养或失业保险金：",
        "Supposing the family did not receive minimum subsistence (dibao), special hardship "
        "support or unemployment insurance benefits when the child was born:",
    ),
    True: (
        "假如孩子出生时家里在领低保、特困供养或失业保险金：",
        "Supposing the family received minimum subsistence (dibao), special hardship support "
        "or unemployment insurance benefits when the child was born:",
    ),
}


def hardship_case(
    case: dict[str, Any],
    text: str,
    about_what: Callable[[], Entry | None],
    lang: Lang,
    day: date,
) -> tuple[str, Entry] | None:
    """A hardship benefit told, denied or said to end of the case whose child is dated, about
    the city's monthly money ("they were not on dibao. so 600?", "he is on unemployment benefit
    right now. what will the 3rd get", "his benefit ends in january tho. still 800?"): the
    verdict on a figure put (Yes/No against the case's own total), then the case's money with
    the 200 only as clause 12 gives it. None otherwise."""
    told = hardship_told(text, day)
    born = len(case.get("children_partial") or case.get("children") or [])
    supposed = hardship_supposed(text, day, born)
    if told is None and supposed is None and _benefit_end_month(text, day) is None:
        return None
    base = monthly_subsidy(case.get("city"))
    if base is None or not (FIGURE.search(text) or is_the_money(about_what())):
        return None
    if supposed is not None:  # a what-if: the money as it would be, the case kept as told
        case = with_hardship_supposed(case, supposed)
    said = case_money(case, lang, day)
    if said is None:
        return None
    if supposed is not None:
        said = _SUPPOSED_HARDSHIP[supposed][lang == "en"] + "\n" + said
    shown = [int(n) for n in re.findall(r"=\s*(\d+)", said.split("\n")[0])]
    total = shown[0] if shown else int(value(base, "monthly_amount_cny", day))
    put = [int(n) for n in FIGURE.findall(text)]
    if put:
        said = _figure_verdict(put[-1], total, said, text, lang) + said
    return said + "\n" + render.lead_departments(base, lang), base


# Whether the measure applies to the case is asked (能不能免, 能免吗, "is her contribution free?").
APPLIES = re.compile(
    r"能不能|能否|能免|可以免|免不免|给不给|算不算|还能|能享受|能领|符合"
    r"|\b(?:can|could|does|do|is|are|will)\b.{0,80}\?|\b(?:eligible|qualif\w*|free|covered)\b",
    re.I,
)


# The parameters of a leave that give its days (Jinan clause 11).
DAY_FIGURES = {"days", "min_days", "min_days_per_year"}


# A leave's days asked by a noun ("maternity leave days", 产假天数): its length, not whether it
# applies.
LEAVE_DAYS_ASKED = re.compile(r"\bleave days\b|\bdays of (?:\w+ )?leave\b|假天数|假的天数", re.I)


def silent_case(
    case: dict[str, Any],
    text: str,
    entry: Entry | None,
    lang: Lang,
    day: date,
    asked: bool = False,
) -> tuple[str, Entry] | None:
    """A measure the plan leaves open on a point (its `silent_on`), asked of the case's child
    ("孩子奶奶今年想参加长护险 个人缴费能免吗", "就是说奶奶今年参保能不能免 孩子都3岁了"; tester
    36 c07 got the rule text twice): the verdict ("No" with its reason when the engine refuses
    the child; else "not certain"), the rule in the plan's words with its clause, what the
    plan does not say (an age limit on the child when it sets none) and the lead department.
    None when the measure says nothing it leaves open, or the case has no dated child.
    `asked`: the message asks it in other words ("还来得及不")."""
    if (
        entry is None
        or not entry.silent_on
        or is_the_money(entry)
        or not (asked or APPLIES.search(text))
        # "how many days paternity leave for husband": the days asked, not whether it applies
        # (tester 78 c6 heard "No." and no 15 days, Jinan clause 11)
        # a leave's days asked where the plan gives none (Beijing (12)): no "Yes." to the days
        # (tester 116 p11)
        or (
            (LENGTH_ASKED.search(text) or LEAVE_DAYS_ASKED.search(text))
            and (DAY_FIGURES & set(entry.parameters) or entry.kind == "leave")
        )
    ):
        return None  # the money's own answers are case_money's
    order = case_child(case)
    if order is None or case.get("city") != entry.city:
        return None
    try:
        report = settled_report(case, day)
    except InputError:
        return None
    mine = next(
        (
            e
            for e in (report.entitlements if report else [])
            if e.id == entry.id and e.child in (None, order)
        ),
        None,
    )
    if mine is None or (mine.status == "needs_info" and mine.missing_facts != []):
        return None
    clause = clause_name(entry.clause, lang)
    rule = entry.summary.get(lang).strip()
    reason = (mine.reasons.get(lang) or [""])[0]
    if asked or NOT_ENROLLED.search(text):  # "kid 3 not enrolled … yet", 娃还没上医保, 还来得及
        reason = window_question_dropped(reason)  # 不: the window's question answered
    if mine.status == "not_eligible" and mine.end is None:  # the child itself does not qualify
        # unless enrolment in the window is still to be told: then no "No." before the
        # window's question (tester 130 p8 heard "No. … was the child enrolled in time?")
        no = ("要看是否按时参保：", "Only if enrolled in time: ")
        if not ENROLLED_IN_TIME_ASKED.search(reason) or STILL_ASKED.search(text):
            no = ("不能。", "No. ")  # "现在还能免吗": not now, whatever was done then
        said = t(lang, f"{no[0]}{reason}（{clause}）", f"{no[1]}{reason} ({clause})")
        return said + "\n" + render.lead_departments(entry, lang), entry
    opener = t(lang, "不确定。", "Not certain.")
    if mine.status == "eligible":
        # the case is one the plan covers; what it leaves open (Jinan 15's "当年", the rent
        # documents of clause 14) comes after: yes first, the plan's words and its silence after
        # (tester 50 P25; tester 66 c6 heard "Not certain." of a renting family of three children
        # with no home)
        opener = (
            t(lang, "不用。", "No.")
            if MUST_PAY.search(text)
            # "how much is covered?": a figure asked, no yes or no (tester 78 c6 heard "Yes.")
            else ""
            if render.ASKS_FIGURE.search(text)
            else t(lang, "有。" if HAVE_ASKED.search(text) else "可以。", "Yes.")
        )
        figures = fmt.figures(mine, lang) if opener == "" else None
        if figures:  # the case's own figure first: resident insurance's 3,000 yuan (clause 15)
            opener = t(
                lang, f"这位来电：{'；'.join(figures)}。", f"For this caller: {'; '.join(figures)}."
            )
    lines = [
        t(
            lang,
            f"{opener}方案{clause}的原话：{rule}",
            f"{opener} The plan's {clause} says: {rule}".lstrip(),
        )
    ]
    if mine.status == "not_eligible":  # ended by a reading of what the plan leaves open
        lines.append(t(lang, f"按本工具的理解：{reason}", f"As read here: {reason}"))
    windowed = "enrol_within_months" in entry.parameters
    if windowed and mine.status == "eligible" and mine.apply_by is not None:
        # "2nd child born 2026-08-01 not enrolled, contribution free?": yes, and the day the
        # caller's child must join by (tester 121 p10 heard the clause with no day at all)
        year = str(mine.apply_by.year)
        by = [r for r in mine.reasons.get(lang) if year in r and ("参保" in r or "nrol" in r)]
        lines[0] = " ".join([lines[0], *by[:1]]) if lang == "en" else "".join([lines[0], *by[:1]])
    if (
        not windowed
        and AGE_LIMIT not in entry.parameters
        and ("birth_orders" in entry.parameters or CHILD_AGE_TOLD.search(text))
    ):  # a measure for one child of the family (Jinan 15's grandparents), or an age said; not
        # the rent withdrawal of a family with children (clause 14), whose children are counted
        lines.append(
            t(
                lang,
                "方案没有写孩子的年龄限制。",
                "The plan sets no age limit on the child.",
            )
        )
    lines.append(entry.silent_on.get(lang))
    return "\n".join(lines), entry


# "what else can the family get", 还能享受什么, 还有别的吗, 其他还有啥: the case's items.
WHAT_ELSE = re.compile(
    r"\bwhat else\b|\banything else\b|\bother (?:benefits|things|measures|support)\b"
    # "what CAN they get for the baby, list with clause numbers", "list the benefits": the
    # case's items with their clauses (tester 67 c9 got one search hit, assisted reproduction)
    r"|\bwhat (?:can|could) (?:they|the family|she|he|the caller|caller) get\b(?! each)"
    r"|\blist (?:the |all )?(?:benefits|measures|items|everything|what)\b"
    r"|(?:能|可以)(?:享受|领|拿|得到)(?:什么|啥|哪些)|有(?:哪些|什么|啥)(?:政策|待遇|福利|补贴)"
    r"|还(?:能|可以)?(?:享受|领|拿|得到|有)(?:什么|啥|哪些)|还有(?:什么|啥|哪些|别的|其他)"
    r"|(?:别的|其他|其它)(?:还有)?(?:什么|啥|哪些)?(?:政策|待遇|福利|补贴)?(?:吗|没有|不)",
    re.I,
)


def what_else(case: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """ "what else can the family get" of a case: its items certain so far, then those still
    depending on a fact with that fact; None when not asked so or the case has no children."""
    if not WHAT_ELSE.search(text) or not (case.get("children_partial") or case.get("children")):
        return None
    report = settled_report(case, day)
    if report is None:
        return None
    parts = [render.certain_so_far(report, lang, cite=True), render.open_so_far(report, lang, True)]
    said = [p for p in parts if p]
    if not said:
        return None
    children = case.get("children") or case.get("children_partial") or []
    note = render.precision_note(children, lang)
    return "\n".join(said + ([note] if note else []))


# A sum put back: "900k", "90万", "900,000", "1 million", "100万元".
AMOUNT_PUT = re.compile(
    r"(?P<wan>\d+(?:\.\d+)?)\s*万|(?P<mil>\d+(?:\.\d+)?)\s*(?:million|mil|m)\b"
    r"|\b(?P<k>\d+(?:\.\d+)?)\s*k\b|\b(?P<full>\d{1,3}(?:,\d{3})+|\d{5,8})\b"
    r"|\b(?P<one>one|a) million\b",
    re.I,
)


# The hotline's own number ("hotline operator here (12345)", 12345热线): no sum.
HOTLINE_NUMBER = re.compile(r"(?<![\d,.])12345(?![\d,.]|\s*(?:元|块|yuan|rmb|cny)\b)", re.I)


def amount_put(text: str) -> int | None:
    """The sum a message puts back, in yuan; None when none (the hotline's number is none:
    tester 131 p10 heard "No, not 12,345 yuan")."""
    m = AMOUNT_PUT.search(HOTLINE_NUMBER.sub(" ", text))
    if m is None:
        return None
    if m["wan"]:
        return round(float(m["wan"]) * 10000)
    if m["mil"]:
        return round(float(m["mil"]) * 1_000_000)
    if m["k"]:
        return round(float(m["k"]) * 1000)
    if m["full"]:
        return int(m["full"].replace(",", ""))
    return 1_000_000


def _table_entry(
    tracker: Tracker, case: dict[str, Any], text: str, city: str | None, lang: Lang
) -> Entry | None:
    """The table measure (Jinan clause 14's loan ceiling) a message asks or puts a figure of:
    the one asked or discussed, else the table the sum put is a cell of."""
    from actions.loan_case import _table, case_entry

    entry = case_entry(tracker, text, city, lang)
    put = amount_put(text)
    if entry is None and put is not None:  # "yes or no, 900k for him?": the table it is a cell of
        entry = next(
            (
                e
                for e in catalogue().entries.values()
                if e.city == (city or case.get("city"))
                and (cells := _table(e)) is not None
                and any(put in row.values() for row in cells.values())
            ),
            None,
        )
    return entry if entry is not None and _table(entry) is not None else None


def table_after_birth(
    tracker: Tracker, case: dict[str, Any], text: str, city: str | None, lang: Lang
) -> tuple[str, Entry] | None:
    """A figure of a table measure put of a case with a baby on the way ("max loan 1 million
    yes or no" of a case expecting its 3rd, tester 37 r01 got the whole table): Yes/No against
    the case today, then against it once the baby is born, one line each, with the figures of
    the Report on both days and the clause. With no sum put ("怀孕8个月 第三胎 … 贷款最高多少",
    tester 126 p9 got the 3-child ceiling now), the figures alone. None without a table measure,
    a baby on the way, or with a birth that changes nothing."""
    from actions.confirm_after_birth import now_and_at_birth

    put = amount_put(text)
    entry = _table_entry(tracker, case, text, city, lang)
    if entry is None:
        return None
    at_birth = now_and_at_birth(case, entry, clock.today())
    if at_birth is None:
        return None
    order, born, now, then = at_birth

    def verdict(e: Any) -> tuple[str, str]:
        if e is None or e.status != "eligible" or e.max_amount_cny is None:
            return t(lang, "不能，" if put else "", "No, " if put else ""), t(
                lang, "不符合", "not eligible"
            )
        figures = t(lang, "，", ", ").join(fmt.figures(e, lang))
        if put is None:
            return "", figures
        yes = put <= e.max_amount_cny
        return t(lang, "能，" if yes else "不能，", "Yes, " if yes else "No, "), figures

    if then is None or then.max_amount_cny is None:
        return None
    (now_word, now_fig), (then_word, then_fig) = verdict(now), verdict(then)
    if now_fig == then_fig:
        return None
    due = t(lang, f"{born.year}年{born.month}月", f"{born:%B %Y}")
    clause = clause_name(entry.clause, lang)
    said = t(
        lang,
        f"现在：{now_word}{now_fig}（{clause}）。\n"
        f"第{order}个孩子出生后（预产期{due}）：{then_word}{then_fig}（{clause}）。",
        f"Now: {now_word}{now_fig} ({clause}).\n"
        f"Once child {order} is born (due {due}): {then_word}{then_fig} ({clause}).",
    )
    if put is None:  # both figures read out, not today's alone
        said += "\n" + read_out(
            t(
                lang,
                f"{plan_of(entry, lang)}，您家现在{now_fig}，第{order}个孩子出生后{then_fig}",
                f"{plan_of(entry, lang)}: now {now_fig}; once child {order} is born, {then_fig}",
            ),
            lang,
        )
    return said + "\n" + render.lead_departments(entry, lang), entry


def table_case(
    tracker: Tracker, case: dict[str, Any], text: str, city: str | None, lang: Lang
) -> tuple[str, Entry] | None:
    """A figure of a table by children and housing-fund payers (Jinan clause 14's loan
    ceiling) put back or asked for the case ("so for this caller 900k right?", "yes or no, 900k
    for him?", "is his max loan 900k?"): Yes/No against the case's own cell (its children, its
    payers told now or before), the figure and the clause. None when the case's children or
    payers are unknown, or no table measure is asked or discussed."""
    from actions.loan_case import _table

    entry = _table_entry(tracker, case, text, city, lang)
    put = amount_put(text)
    if entry is None or _table(entry) is None:
        return None
    asked = asked_measure(text, city or case.get("city"), lang)
    if asked is not None and asked.id != entry.id:
        return None  # "再问个 新生儿上居民医保 最晚啥时候办": another measure, not the loan case
    if put is None and asked is None and not payers_said(text) and not children_said(text):
        return None  # "转人工", "are you stuck?": nothing of the loan case asked (tester 39 c03)
    if _unborn_in(case) and not children_said(text):
        # a child on the way: today's figure, then the birth's
        return table_after_birth(tracker, case, text, city, lang)
    said = case_cell(entry, case, text, lang)
    return (said + "\n" + render.lead_departments(entry, lang), entry) if said else None


def _unborn_in(case: dict[str, Any]) -> bool:
    """Whether a child of the case is still on the way (a due date, no birth)."""
    children = case.get("children") or case.get("children_partial") or []
    today = clock.today().isoformat()
    return any(
        str(c.get("birth_date") or "") > today or (c.get("due_date") and not c.get("birth_date"))
        for c in children
    )


def case_cell(entry: Entry, case: dict[str, Any], text: str, lang: Lang) -> str | None:
    """The case's own cell of a table by children and payers (Jinan clause 14), its children
    born and its payers told now or before, as a sentence with the clause; with "Yes"/"No" to a
    figure put. None when the payers or children are unknown, or below the table."""
    from actions.loan_case import _money, _table

    table = _table(entry)
    if table is None:
        return None
    put = amount_put(text)
    payers = payers_said(text) or case.get("housing_fund_contributors")
    children = case.get("children") or case.get("children_partial") or []
    today = clock.today().isoformat()
    born = [
        c
        for c in children
        if str(c.get("birth_date") or "") <= today
        and not (c.get("due_date") and not c.get("birth_date"))
    ]  # a child on the way (怀孕8个月 第三胎) is not one "given birth to" (clause 14)
    count = children_said(text) or len(born) or case.get(COUNT_KEY)
    if not isinstance(payers, int) or payers < 1 or not count or count < min(table):
        return None
    row = table[min(count, max(table))]
    figure = row[min(payers, max(row))]
    sum_ = _money(figure, lang)
    lead = ""
    if put is not None:
        # 能贷100万吗: 能 / 不能; 能贷90万对吧: 对
        can = re.search(r"能|可以", text) is not None and re.search(r"对|是吧|是不是", text) is None
        lead = t(
            lang,
            ("能，" if can else "对，")
            if put == figure
            else f"{'不能' if can else '不对'}，不是{_money(put, lang)}，",
            "Yes: " if put == figure else f"No, not {_money(put, lang)}: ",
        )
    said = t(
        lang,
        f"{lead}这家{count}个孩子、{payers}人缴存公积金，买首套自住住房用公积金贷款最高"
        f"{sum_}（第{entry.clause}条）。",
        f"{lead or 'W'}{'w' if lead else ''}ith {count} children and {payers} paying into the "
        "housing fund, this family "
        f"can borrow up to {sum_} for a first owner-occupied home (clause {entry.clause}).",
    )
    return said


# The day put as the end ("停发日期是5月20号吧", "end date may 20 then?"): a date to confirm.
WHEN_ASKED = re.compile(r"\bwhen\b|什么时候|啥时候|哪一?天|到哪", re.I)
END_PUT = re.compile(r"停发|截止|结束|到期|满3|满三|\bend|\bstop|\bturn", re.I)


def day_case(
    tracker: Tracker, case: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """A day told without a year for the case's child known to the month ("具体是5月20号",
    "it was the 20th", "end date may 20 then?"): the case's money with its exact end, "对" /
    "Yes" first when that day was put as the end (the 3rd birthday falls on the birth's day).
    None when no such day is told, or another measure is named."""
    said = HOTLINE.sub(" ", text)
    told = bare_day(said)
    order = case_child(case)
    base = monthly_subsidy(case.get("city"))
    if told is None or order is None or base is None:
        return None
    named = named_measure(text, base.city, lang)
    if named is not None and not is_the_money(named):
        return None
    children = case.get("children_partial") or case.get("children") or []
    child = children[order - 1]
    before = (tracker.get_slot(CASE_SLOT) or {}).get("children_partial") or []
    was = before[order - 1] if len(before) >= order else {}
    born = str(child.get("birth_date") or "")
    if child.get("precision") != "day" or not born:
        return None
    exact = date.fromisoformat(born)
    same = told[1] == exact.day and told[0] in (None, exact.month)
    if not same or (was.get("precision") == "day" and not END_PUT.search(said)):
        return None
    money = case_money(case, lang, day)
    if money is None:
        return None
    put = BARE_DAY.search(said)
    if put and END_PUT.search(said[: put.start()]) and not WHEN_ASKED.search(said):
        money = t(lang, "对。", "Yes. ") + money
    return money + "\n" + render.lead_departments(base, lang), base


def case_applied(
    tracker: Tracker, case: dict[str, Any], asked: Entry | None, lang: Lang, day: date
) -> tuple[str, Entry | None] | None:
    """The worker's case applied to the question (tester 36 r01, c04, c07): a hardship told or
    denied of the case's money, "what else can the family get", a table figure put back or
    asked for the case, a day told of the case's child known to the month. None otherwise."""
    text = tracker.latest_message.get("text") or ""
    city = hotline_city(tracker)
    current = topic(tracker)
    hardship = hardship_case(
        case, text, lambda: asked or current or meant(tracker, text, city, lang), lang, day
    )
    if hardship is not None:  # "not on dibao, so 600?", "his benefit ends in january. still 800?"
        return hardship
    table = table_case(tracker, case, text, city, lang) if amount_put(text) else None
    if table is not None:  # "can they borrow 1,000,000? yes or no": the case's cell first
        return table
    several = len(measures_asked(text, city)) >= 2  # each measure asked is answered below
    silent = None if several else silent_case(case, text, asked or current, lang, day)
    if silent is not None:  # "奶奶今年参保能不能免 孩子都3岁了": the plan's words and its silence
        return silent
    others = what_else(case, text, lang, day)
    if others is not None:  # "what else can the family get": the case's items, not one measure
        return others, None
    table = table_case(tracker, case, text, city, lang)
    if table is not None:  # "so for this caller 900k right?": the case's own cell, yes or no
        return table
    return day_case(tracker, case, text, lang, day)  # "停发日期是5月20号吧", "the 20th"


def hotline_table(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """table_case for the worker's case as told so far."""
    if cite_asked(text):  # "900k right? which clause do i quote": the verdict with the cite
        return None
    case = case_facts(tracker, clock.today())
    return table_case(tracker, case, text, hotline_city(tracker), lang) if case else None


def cited_for_case(tracker: Tracker, text: str, lang: Lang) -> str:
    """The clause to cite for a cite request the intent classifier could not place: the measure
    named, else the one discussed, with the case's 200 when its birth was on benefits."""
    cited = named_measure(text, hotline_city(tracker), lang) or topic(tracker)
    return cite_answer(cited, lang, case_supplement(case_facts(tracker, clock.today()), cited))


def back_pay_answer(
    tracker: Tracker, text: str, lang: Lang, asked: Entry | None = None
) -> tuple[str, Entry] | None:
    """Back pay asked of the case ("之前没领的能补发不", "can they get the missed months"): the
    plan's silence on paying months not claimed and its lead department (render.back_pay_unsaid,
    as a family hears it), of the measure named, else the one discussed, else the city's monthly
    money; None when no back pay is asked or no measure is meant (tester 37 c03)."""
    if not BACK_PAY.search(text):  # not 截止到哪天, the end of the case's money
        return None
    city = hotline_city(tracker)
    named = named_measure(text, city, lang)
    current = topic(tracker)
    meant = named or (asked if asked is not None and is_the_money(asked) else None) or current
    if meant is None or (not meant.per_child and not is_the_money(meant)):
        meant = monthly_subsidy(city) if city is not None else None
    if meant is None or not asks_back_pay(text, meant):
        return None
    return render.back_pay_unsaid(meant, lang), meant


def case_reply(tracker: Tracker, lang: Lang) -> tuple[str, Entry | None] | None:
    """case_applied for a message no other route answers (a "yes or no, 900k for him?" the
    intent classifier could not place): the case's own answer, never "Sorry"."""
    text = tracker.latest_message.get("text") or ""
    day = clock.today()
    case = case_facts(tracker, day)
    if not case:
        return None
    city = hotline_city(tracker)
    asked = asked_measure(text, city, lang) or named_measure(text, city, lang)
    return case_applied(tracker, case, asked, lang, day)


def age_brief(entry: Entry, text: str, lang: Lang) -> str | None:
    """A worker's age asked of a measure whose summary names an age range ("kindergarten - can
    a 2 year old go? clause"): that sentence, its clause and that sentence to read out, not the
    whole clause 8 read out with its water and electricity prices (tester 64 c6). None when no
    age is asked or the summary names no range holding it."""
    found = render.age_chunk(entry, text, lang)
    if found is None:
        return None
    _, said = found
    document = catalogue().documents[entry.document].title.get(lang)
    return "\n".join(
        [
            render.age_part(entry, text, lang) or said,
            t(
                lang,
                f"依据：《{document}》第{entry.clause}条",
                f"Source: {document}, clause {entry.clause}",
            ),
            read_out(
                t(
                    lang,
                    f"{plan_of(entry, lang)}，{said}",
                    f"{plan_of(entry, lang)}: {lower_first(said)}",
                ),
                lang,
            ),
        ]
    )


# 补贴 said alone on a call (问补贴, 补贴能领吗): no other measure's subsidy (租赁补贴, 医保缴费
# 补贴) nor anyone's (给爷爷奶奶的补贴).
BARE_SUBSIDY = re.compile(r"(?<![赁房保理通费儿育发助险金贷的])补贴(?!\s*(?:面积|标准))")


def _enrolment_month_as_age(tracker: Tracker, said: str, lang: Lang, day: date) -> str | None:
    """An enrolment told by its month of a case's children ("they enrolled the twins in
    October 2025" of twins born 3 September 2025) as the age it was done at ("enrolled at 1
    months"), which the window's answers read (Jinan clause 15; tester 130 p8 was told the
    window had closed); None when none is told or the case has no dated child."""
    if not tracker.get_slot(CASE_SLOT) or enrolled_at_months(said) not in (None, 0):
        return None
    if enrolment_month(said) is None:
        return None  # the case is read only when an enrolment month is told
    case = case_facts(tracker, day)
    children = case.get("children_partial") or case.get("children") or []
    births = [str(c.get("birth_date")) for c in children if c.get("birth_date")]
    return age_at_enrolment(said, births, lang)


def hotline_answer(tracker: Tracker, lang: Lang, day: date) -> tuple[str | None, Entry | None]:
    """The answer to a worker's rule question: each measure asked in brief (figure, condition,
    clause), the combined figure of a case, for the hotline's city; (None, None) when the
    message names no measure. A
    hukou said to have moved in lately beside the question ("陪产假几天 孩子户口刚迁过来有影响吗")
    is answered too (hukou_move_answered)."""
    said = tracker.latest_message.get("text") or ""
    city = hotline_city(tracker)
    if (
        BARE_SUBSIDY.search(said)
        and monthly_subsidy(city) is not None
        and named_measure(said, city, lang) is None
        and asked_measure(said, city, lang) is None
    ):  # "来电 女 济南户口 老二23年5月生 问补贴": the city's childcare subsidy, the caller's
        # money, never the overview of other items (tester 97 e5 never heard of the 600)
        from actions.answers import with_text  # answers imports this module

        tracker = with_text(tracker, BARE_SUBSIDY.sub("育儿补贴", said))
    elif _money_drawn_after_a_leave(tracker, said, city, lang):
        # "来电人二孩22年12月生的 能领不" after the leave: 领 is money drawn, never a leave taken
        from actions.answers import with_text  # answers imports this module

        tracker = with_text(tracker, f"{said} 育儿补贴")
    enrolled = _enrolment_month_as_age(tracker, said, lang, day)
    if enrolled is not None:  # "they DID enroll the twins … in october 2025": at 1 month
        from actions.answers import with_text  # answers imports this module

        tracker = with_text(tracker, f"{said} ({enrolled})")
    answer, entry = _hotline_answer(tracker, lang, day)
    if answer is None:
        return answer, entry
    text = tracker.latest_message.get("text") or ""
    told = case_facts(tracker, day, supposing=False)
    born = len(told.get("children_partial") or told.get("children") or [])
    supposed = hardship_supposed(text, day, born)
    opener = _SUPPOSED_HARDSHIP[supposed][lang == "en"] if supposed is not None else ""
    if opener and MONEY_OF_WHAT_IF.search(text):  # "what if … what would the monthly total be?
        # and can she still take parental leave": the money as it would be, then the rest
        money = case_money(case_facts(tracker, day), lang, day)
        if money is not None and money.split("\n")[0] not in answer:
            answer = money + "\n" + answer
    if opener and opener not in answer:  # the what-if said before what it would give
        answer = opener + "\n" + answer
    put_right = benefit_put_right(text, lang) if supposed is None and "200" in answer else None
    if put_right is not None:  # "更正 来电说生的时候不是低保 是特困供养": noted, then the figure
        answer = put_right + "\n" + answer
    until = leave_until(tracker, entry, text, lang, day)
    if until is not None and until not in answer:  # "… parental leave … and until when"
        head, _, rest = answer.partition("\n")
        answer = "\n".join(x for x in (head, until, rest) if x)
    answer = _other_parts_answered(tracker, answer, entry, lang, day)
    # the sentence to read out is added as the answer goes out (turn.cards_once, read_out)
    return hukou_move_answered(answer, entry, text, hotline_city(tracker), lang), entry


def leave_until(
    tracker: Tracker, entry: Entry | None, text: str, lang: Lang, day: date
) -> str | None:
    """leave_end.age_limit_end of the case's child for a leave asked "until when" (tester 130
    p8: "how many days … each year and until when" heard the days only)."""
    if entry is None or not asks_until(entry, text):
        return None  # the case is read only when its leave's end is asked
    case = case_facts(tracker, day)
    order = case_child(case)
    children = case.get("children_partial") or case.get("children") or []
    if order is None or order > len(children) or not children[order - 1].get("birth_date"):
        return None
    child = children[order - 1]
    try:
        born = date.fromisoformat(str(child["birth_date"])[:10])
    except ValueError:
        return None
    return age_limit_end(entry, born, child.get("precision"), text, lang, day)


def _other_parts_answered(
    tracker: Tracker, answer: str, entry: Entry | None, lang: Lang, day: date
) -> str:
    """`answer` with each other asking part of the worker's message that names a measure the
    answer left out answered in turn ("还能加200不 另外孩子居民医保个人缴费是不是不用交": the 800,
    then the newborn's insurance for the caller's child; tester 100 p4 heard only the first)."""
    from actions.answers import with_text  # answers imports this module
    from actions.each_part import asked_parts  # each_part imports this module's kin

    text = HOTLINE.sub(" ", tracker.latest_message.get("text") or "")
    city = hotline_city(tracker)
    lines = [answer]
    home = city if city in CITIES else (entry.city if entry is not None else None)
    money_entry = monthly_subsidy(home) if home is not None else None
    if (
        CASE_MONEY_ASKED.search(text)
        and money_entry is not None
        and (entry is None or entry.id != money_entry.id)
        and money_entry.title.get(lang) not in answer
    ):  # "能领多少 孩子医保还能免吗": the caller's monthly money first (tester 101 p9 heard
        # only the insurance, twice)
        money = case_money(case_facts(tracker, day), lang, day)
        if money is not None and money.split("\n")[0] not in answer:
            lines = [money, render.lead_departments(money_entry, lang), answer]
    too_early = entry is not None and _born_before_start(entry, case_facts(tracker, day), day)
    for part, measure in asked_parts(text, home, lang, False, topic(tracker)):
        if (entry is not None and measure.id == entry.id) or measure.title.get(lang) in answer:
            continue
        if too_early and entry is not None and measure.clause == entry.clause:
            continue  # a child born before clause 12's start: no 600, so no 200 on top of it
            # read out after the "No" (tester 117 p10 heard 800 and the rule's read-outs)
        if measure.city is not None and measure.city != home:
            continue  # "产假多少天" answered for Jinan: never Beijing's leave beside it
        said, of = _hotline_answer(with_text(tracker, part), lang, day)
        if said and of is not None and of.id == measure.id and not _said_already(said, answer):
            lines.append(said)
    return "\n".join(lines)


# A bare yes or no opening an answer ("Yes.", 能。): no news of its own.
BARE_VERDICT = re.compile(r"(?:Yes|No|能|不能|有|没有|可以|对|不对)[。.]")


def _said_already(said: str, answer: str) -> bool:
    """Whether every line of `said` but a bare yes or no stands in `answer` already (tester 117
    p10 heard "Yes." and the caller's 800 a second time)."""
    given = set(answer.split("\n"))
    return all(x in given or BARE_VERDICT.fullmatch(x.strip()) for x in said.split("\n"))


def _born_before_start(entry: Entry, case: dict[str, Any], day: date) -> bool:
    """Whether every dated child of the case was born before the measure's first birth date
    (Jinan clause 12: born on or after 1 January 2023); False for a measure without one."""
    if "born_on_or_after" not in entry.parameters:
        return False
    start = value(entry, "born_on_or_after", day)
    children = case.get("children") or case.get("children_partial") or []
    born = [str(c["birth_date"]) for c in children if c.get("birth_date")]
    return bool(born) and isinstance(start, date) and all(b < start.isoformat() for b in born)


def hukou_move_answered(
    answer: str, entry: Entry | None, text: str, city: str | None, lang: Lang
) -> str:
    """`answer` with what a hukou moved in lately changes (tester 38 c01 heard the paternity
    leave's 15 days and nothing of "孩子户口刚迁过来有影响吗"): a measure answered whose rules
    read no hukou is not affected; the city's money tied to the hukou (Jinan clause 12) asks
    for the city's household registration with no period it must have been held, nor a date
    from which, and its lead department decides. `answer` itself when no move is told."""
    said = HOTLINE.sub(" ", text)
    if not moved_lately(said):
        return answer
    where = city or (entry.city if entry is not None else None)
    money = monthly_subsidy(where) if where is not None else None
    tied = entry if entry is not None and "hukou_in_city" in entry.facts else money
    lines = [answer]
    if entry is not None and "hukou_in_city" not in entry.facts:
        lines.append(
            t(
                lang,
                f"{entry.title.zh}（第{entry.clause}条）方案没有写户籍条件，户口刚迁入不影响。",
                f"{entry.title.en} (clause {entry.clause}): the plan sets no hukou condition, "
                "so the move does not affect it.",
            )
        )
    moved = moved_hukou_unsaid(tied, [said], lang) if tied is not None else None
    if moved is not None and tied is not None and moved not in answer:
        lines.append(moved)
        lead = render.lead_departments(tied, lang)
        if lead not in answer:
            lines.append(lead)
    return "\n".join(lines)


# The case's children asked back ("how many children do you have on file", 你记了几个孩子,
# 这个来电你记的是几个孩子): what the case holds, not a measure found by search.
ON_FILE_ASKED = re.compile(
    r"\bhow many (?:children|kids)\b.*\b(?:on file|noted|recorded|have you got|do you have)\b"
    r"|\b(?:children|kids)\b.*\bon file\b|\bwhat (?:children|kids) (?:do you have|have you)"
    r"|(?:你|您)?(?:记|记录|登记)(?:了|的是|下了?)?(?:几个|哪几个|哪些)孩子"
    r"|(?:记|记录)的(?:是)?几个孩子|几个孩子.{0,6}(?:记|记录)",
    re.I,
)


def case_children_answer(case: dict[str, Any], text: str, lang: Lang) -> str | None:
    """The children the worker's case holds, each with its birth (a month estimate said so):
    "how many children do you have on file for this caller?" (tester 39 c09 got clause 20).
    None unless asked so."""
    if not ON_FILE_ASKED.search(text):
        return None
    children = case.get("children_partial") or case.get("children") or []
    if not children:
        return t(
            lang,
            "这个来电我还没有记下孩子；请告诉我每个孩子的出生年月（或预产期）。",
            "I have no children on file for this caller yet; tell me each child's birth "
            "(year and month) or due date.",
        )
    lines = []
    for order, child in enumerate(children, start=1):
        who = fmt.child_label(order, lang)
        who = who if lang == "zh" else who[:1].upper() + who[1:]
        born = child.get("birth_date")
        if not born:
            lines.append(t(lang, f"{who}：出生日期未知", f"{who}: birth not told"))
            continue
        d = date.fromisoformat(str(born)[:10])
        if (child.get("precision") or "day") == "day":
            when = fmt.day(d, lang)
        else:
            when = t(lang, f"约{d.year}年{d.month}月（估算）", f"about {d:%B %Y} (estimated)")
        lines.append(t(lang, f"{who}：{when}出生", f"{who}: born {when}"))
    head = t(
        lang,
        f"这个来电我记下了{len(children)}个孩子：",
        f"I have {len(children)} children on file for this caller:",
    )
    return "\n".join([head, *lines])


# The day itself asked of ("1月1号当天", "born ON 1 jan", "is 1 Jan itself included"): whether
# a birth on a start date counts, before the case's money (tester 39 c03).
DAY_ITSELF = re.compile(r"当天|当日|那一天|\bitself\b|\bon (?:the )?(?:day|date)\b|\bON\b")


def latest_birth(case: dict[str, Any], day: date) -> tuple[date | None, bool]:
    """The case's latest birth by `day` (the baby a window is asked of: "baby born feb 2026"),
    and whether it was told to the month only; (None, False) with no birth dated."""
    children = case.get("children") or case.get("children_partial") or []
    births = [
        (date.fromisoformat(str(c["birth_date"])[:10]), c.get("precision") in ("month", "year"))
        for c in children
        if isinstance(c, dict) and c.get("birth_date")
    ]
    born = [b for b in births if b[0] <= day]
    return max(born) if born else (None, False)


def case_sums(case: dict[str, Any], text: str, lang: Lang, day: date) -> tuple[str, Entry] | None:
    """The sums of the case's monthly money asked ("双胞胎一个月合计多少 三年总共多少", "1200对吧
    43200是吧"): the month's and the whole sum, with the lead department; None unless asked."""
    money = monthly_subsidy(case.get("city"))
    unsaid = case.get("hukou_in_city") is None and money is not None
    # the caller's hukou not said: the sums the hukou would give, and that it needs it; the
    # children left out said too ("twins beside an older kid (4) … total per month?", tester
    # 50 e08 heard each twin's 800 and no total, no end, nothing of the eldest nor the hukou)
    supposed = {**case, "hukou_in_city": True} if unsaid else case
    summed = sums_answer(supposed, HOTLINE.sub(" ", text), lang, day, each_unpaid=True)
    if summed is None or money is None:
        return None
    if unsaid:
        summed += "\n" + hukou_needed(case, lang)
    return summed + "\n" + render.lead_departments(money, lang), money


def numbered_money(
    case: dict[str, Any], text: str, entries: list[Entry], lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The city's monthly money of a caller the worker numbers and tells beside another
    ("来电1：济南 老三2024年1月生的 生的时候在领低保。来电2：…", tester 50 e08 heard only the
    other caller's leave): what a caller told asks first, with its end and the hukou it needs;
    None when the part asks another measure or the case's child gets none."""
    numbered = caller_named(text)
    if numbered is None or not numbered[1]:
        return None  # no caller told afresh: "第二个来电老三22年12月生的 能不能领", elsewhere
    city = case.get("city")
    asked = entries or [
        e for e in [question_measure(text, str(city) if city else None, lang)] if e is not None
    ]
    if not all(is_the_money(e) for e in asked):
        return None
    if QUESTION.search(NUMBERED.sub(" ", text)) and not asked:
        return None  # "caller 1: what else can they get?": a question of its own
    base = monthly_subsidy(case.get("city"))
    if base is None:
        return None
    money = case_money(case, lang, day, suppose_hukou=True) or _none_for_any(case, base, lang, day)
    if money is None:
        return None
    return money + "\n" + render.lead_departments(base, lang), base


def _none_for_any(case: dict[str, Any], base: Entry, lang: Lang, day: date) -> str | None:
    """'没有。育儿补贴仅限第2个、第3个孩子…（第12条）。' when the engine refuses the city's monthly
    money to every child of the case ("第二个济南 只有一个孩子1岁 问有没有补贴", tester 50 c02
    heard clause 12's text), whatever the hukou; None when a child may get it or is undated."""
    children = case.get("children_partial") or case.get("children") or []
    if not children or not all(c.get("birth_date") for c in children):
        return None
    supposed = {**case, "hukou_in_city": True}
    try:
        report = settled_report(supposed, day)
    except InputError:
        return None
    mine = [e for e in (report.entitlements if report is not None else []) if e.id == base.id]
    if not mine or any(e.status != "not_eligible" or not e.reasons.get(lang) for e in mine):
        return None
    clause = clause_name(base.clause, lang)
    reasons = list(dict.fromkeys(e.reasons.get(lang)[0].rstrip("。.") for e in mine))
    title = base.title.get(lang)
    return t(
        lang,
        f"没有。{title}：{'；'.join(reasons)}（{clause}）。",
        f"No. {title}: {'; '.join(reasons)} ({clause}).",
    )


def topic_of_callers_city(tracker: Tracker, text: str, case: dict[str, Any]) -> Tracker:
    """The tracker with the measure discussed put in the city of the caller the message names
    ("last one: caller 3 is in beijing, … how much cash" after Jinan's subsidy, tester 52 c02
    got Jinan's 600): the same measure of that city, else its monthly money for the money
    (Beijing's subsidy system still to be established, (12)), else none; the tracker itself
    when the message names no caller or the caller's city is the measure's."""
    from actions.answers import tracker_with  # answers imports this module

    current = topic(tracker)
    own = case.get("city")
    if current is None or own not in ("jinan", "beijing") or own == current.city:
        return tracker
    if not (names_a_caller(text) or NEW_CASE.search(text)):
        return tracker
    same = catalogue().entries.get(f"{own}.{current.id.split('.', 1)[1]}")
    if same is None and is_the_money(current):
        same = monthly_measure(str(own))
    return tracker_with(tracker, slots={**tracker.slots, TOPIC_SLOT: same.id if same else None})


def named_back_money(
    tracker: Tracker,
    case: dict[str, Any],
    text: str,
    lang: Lang,
    day: date,
) -> tuple[str, Entry] | None:
    """The money of a caller the worker names back with no question of its own besides
    ("and caller 1?", "what about caller A", 那来电1呢, "caller 1: is she still getting 600?";
    tester 52 c02 heard caller 2's 800 three times, then clause 12's text): that caller's
    own case applied (Jinan clause 12, its end and whether it has ended), the money asked or
    discussed; None when the message names no caller or asks another measure."""
    if not names_a_caller(text):
        return None
    city = case.get("city")
    rest = case_words(text)  # "and the first caller?": no first home asked
    other = question_measure(rest, str(city) if city else None, lang)
    if other is not None and not is_the_money(other):
        return None  # "caller A … how much does insurance pay for the delivery?": clause 15's
    of = measures_asked(rest, city) or [e for e in [meant(tracker, rest, city, lang)] if e]
    asked = [e for e in of if e.city == city] or [e for e in [topic(tracker)] if e is not None]
    if not asked or not all(is_the_money(e) for e in asked):
        return None
    return money_answer(case, asked[0], lang, day, suppose_hukou=True)


def case_leave_end(
    tracker: Tracker, case: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """Until what date the caller's maternity leave runs ("孩子2026年10月5日出生 产假能休到哪天",
    "until what date can she be on leave"): the birth told now, else the case's; the city named,
    kept or the case's, else the one plan that counts the days (Jinan clause 11). None when no
    such end is asked or no birth is known."""
    if not asks_leave_end(text):
        return None
    born = birth_told(text) or case_birth_told(tracker)
    if born is None:
        latest, month_only = latest_birth(case, day)
        born = (latest, month_only) if latest is not None else None
    if born is None:
        return None
    city = mentioned_city(text) or hotline_city(tracker) or case.get("city")
    if city is None:
        counted = [c for c in CITIES if leave_end_answer(c, born[0], born[1], lang, day)]
        city = counted[0] if len(counted) == 1 else None
    return leave_end_answer(city, born[0], born[1], lang, day)


def listed_measures(text: str, city: str | None, day: date) -> list[Entry]:
    """The measures a worker lists in one message with only spaces between them ("产假多少天
    公积金贷款最多多少", "paternity leave days   loan ceiling") that the question parser does not
    find as two (focus.measures_asked), when the message tells no child of a case; empty
    otherwise."""
    if len(measures_asked(text, city)) >= 2:
        return []  # the usual path answers them, with what else it does for several
    listed = measures_listed(HOTLINE.sub(" ", text), city)
    if not listed:
        return []
    from actions.household_form import accepted_updates  # household_form imports this module

    told = accepted_updates(HOTLINE.sub(" ", text), {}, day).updates
    return [] if told.get("children_partial") or told.get("children") else listed


def each_measure(entries: list[Entry], lang: Lang, leads: bool = True) -> str:
    """Each measure asked, in order: its figure and condition, its clause, and a sentence to
    read out; then the lead departments, each once (`leads`)."""
    lines: list[str] = []
    for entry in entries:
        lines += [render.entry_brief(entry, lang), read_out(rule_sentence(entry, lang), lang)]
    if leads:
        for entry in entries:
            lead = render.lead_departments(entry, lang)
            if lead not in lines:
                lines.append(lead)
    return "\n".join(lines)


def case_each_measure(
    case: dict[str, Any], entries: list[Entry], text: str, lang: Lang
) -> str | None:
    """Each measure asked, applied to the caller's case where its facts settle it: a table's
    cell for the payers and children (Jinan clause 14), each child's answer to a measure per
    child (clause 12), the family's to one held by the family (clause 15's grandparents'
    insurance), else the measure in brief; then the lead departments, each once. None when no
    measure is settled by the case ("back to caller 1: only mom pays housing fund, first home
    loan max? grandma joining long-term care insurance now, covered?": tester 128 p10 was read
    the whole table and the rule)."""
    from actions.results import family_item_answer, named_child_answer  # results: ours

    children = case.get("children_partial") or case.get("children") or []
    if not children:
        return None
    slots = {k: v for k, v in case.items() if k != "measure_discussed"}
    dated = {i for i, child in enumerate(children, start=1) if child.get("birth_date")}
    lines: list[str] = []
    settled = 0
    for entry in entries:
        said = None
        if entry.city == case.get("city"):
            if _table_of(entry):
                said = None if _unborn_in(case) else case_cell(entry, case, text, lang)
            elif "max_height_m" in entry.parameters:
                said = height_case(case, entry, lang)
            elif entry.per_child:
                said = named_child_answer(slots, entry, text, lang, dated)
            elif "household" in entry.audience:
                said = family_item_answer(slots, entry, text, lang)
        settled += said is not None
        lines += (
            [said]
            if said is not None
            else [render.entry_brief(entry, lang), read_out(rule_sentence(entry, lang), lang)]
        )
    if not settled:
        return None
    for entry in entries:
        lead = render.lead_departments(entry, lang)
        if lead not in lines:
            lines.append(lead)
    return "\n".join(lines)


def height_case(case: dict[str, Any], entry: Entry, lang: Lang) -> str | None:
    """The free ride decided for the case's one child whose height is told ("来电人B 北京的 孩子
    身高一米三二 问坐地铁还免费吗": 1.32 m is not under Beijing (12)'s 1.3 m, so a ticket), as the
    engine's check words it, with the clause; None when the measure has no height limit or no
    single measured child (tester 132 p9 heard the rule twice, never the caller's no)."""
    if "max_height_m" not in entry.parameters or entry.city != case.get("city"):
        return None
    from policy_kb.rules.beijing.costs import height_check

    children = case.get("children_partial") or case.get("children") or []
    measured = [c for c in children if c.get("height_cm")]
    if len(measured) != 1:
        return None
    check = height_check(float(measured[0]["height_cm"]), clock.today())
    clause = clause_name(entry.clause, lang)
    verdict = t(lang, "能。" if check.verdict else "不能。", "Yes. " if check.verdict else "No. ")
    return f"{verdict}{check.reason.get(lang)}{t(lang, f'（{clause}）', f' ({clause})')}"


def _table_of(entry: Entry) -> bool:
    """Whether `entry` has a table by children and payers (Jinan clause 14)."""
    from actions.loan_case import _table  # loan_case imports this module

    return _table(entry) is not None


def began_birth(tracker: Tracker, case: dict[str, Any], text: str, day: date) -> date | None:
    """The birth a benefit's start is compared with: the one this message tells, read without
    the words dating the start (2025年才领上的 tells no birth), else the case's last told, else
    its latest dated child."""
    told_now = _birth_month(without_start(text))
    if told_now is not None:
        return told_now
    told = case_birth_told(tracker)
    return told[0] if told is not None else latest_birth(case, day)[0]


def began_after_case_birth(
    tracker: Tracker, case: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The 200 of Jinan clause 12 asked of a case whose benefits began after the child's birth
    ("老二2024年3月出生 2025年才领上的低保 能多领200吗", "family started dibao in August 2024,
    does the +200 apply?"): a plain no with the clause and why, and a sentence to read out;
    asked before any back-pay or figure check reads the question (tester 57 a1)."""
    born = began_birth(tracker, case, text, day)
    began = began_after_birth(hotline_city(tracker) or case.get("city"), text, lang, born)
    if began is None:
        return None
    said, extra = began
    return said + "\n" + read_out(read_out_sentence(extra, lang), lang), extra


# The sentence to read out asked for alone ("give me one sentence I can read to the caller",
# "script line for the twins subsidy pls", "what do I say to the caller", 给我一句能念的, 怎么跟
# 来电人说): tester 67 c8 heard "I cannot transfer you to a person".
READ_OUT_ASKED = re.compile(
    r"\b(?:sentence|line|script|wording)\b[^.?!]{0,30}\b(?:read|say|tell|use)\b"
    r"|\bscript(?: line)?\b|\bwhat (?:do|should|can) i (?:say|tell|read)\b|\bread[- ]?out\b"
    r"|一句[^，,。？?]{0,6}念|一段[^，,。？?]{0,6}念|(?:能|可以)(?:直接)?念的|直接念|照着念|怎么念|念给"
    r"|给(?:我)?句(?:话)?(?:能)?念|念的话"  # 给句话念, 念的话两个孩子一起说 (tester 98)
    r"|怎么(?:跟|和|给)来电人?(?:说|讲|解释)|口径",
    re.I,
)


# A question left beside the request for a sentence ("…还能全免吗 给句能念的", "can they still …").
STILL_ASKS = re.compile(
    r"吗|能不能|还能|可以不|来得及|行不行|算不算|有没有|多少|\b(?:can|could|do|does|is|are|will|would)\b[^.?!]{3,}",
    re.I,
)


def read_out_asked(
    tracker: Tracker, case: dict[str, Any], text: str, city: str | None, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The sentence to read out, asked for with no other question, of the measure named or
    the one discussed: for the case's money its own figures (case_money), else the measure's
    rule (read_out.rule_sentence), each with the plan and clause; None when not asked so, or
    nothing is meant."""
    rest = HOTLINE.sub(" ", READ_OUT_ASKED.sub(" ", text))  # "… I can read to the caller"
    if not READ_OUT_ASKED.search(text) or FIGURE.search(rest) or re.search(r"[?？]", rest):
        return None  # "max HPF loan? clause + one sentence i can read out pls": the loan first
    if len(rest.strip()) > 60:
        return None  # a case told with it: answered with its figures, the sentence after them
    if STILL_ASKS.search(rest):
        return None  # "娃还没上医保 现在去办还能全免吗 给句能念的": the question answered for the
        # case first (the window closed: 不能, tester 73 c4), its sentence after it
    entry = named_measure(text, city, lang) or topic(tracker)
    if entry is None:
        return None
    cover = cover_case([entry], text, lang, day)
    if cover is not None:  # "居民医保的生孩子定额给多少 给我一句能念的": that cover's figure
        # alone and its sentence, not the three schemes (tester 72 c7)
        body = re.sub(r"[（(][^（）()]*[）)]\s*$", "", cover.splitlines()[0]).strip()
        sentence = plan_of(entry, lang) + ("，" if lang == "zh" else ": ") + lower_first(body)
        line = cover + "\n" + read_out(sentence, lang)
        return line + "\n" + render.lead_departments(entry, lang), entry
    own = case_read_out(case, lang, day) if is_the_money(entry) else None
    line = own or read_out(rule_sentence(entry, lang), lang)
    return line + "\n" + render.lead_departments(entry, lang), entry


# Whether a leave can still be taken is asked ("can she still take", 还能休吗, "this year").
LEAVE_STILL_ASKED = re.compile(
    r"还能|还可以|还有没有|现在能不能|今年(?:还)?能"
    r"|\b(?:can|could) (?:i|she|he|we|they) still\b"
    r"|\bstill (?:get|take|use|have)\b|\bthis year\b",
    re.I,
)


def leave_ended_for_case(
    case: dict[str, Any], text: str, city: str | None, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """A leave asked whether it can still be taken, for a case whose dated children the engine
    finds past it (Jinan clause 11's parental leave ends at the youngest's third birthday): "No."
    with the engine's reason and the clause. None when not asked so, or the leave is not over."""
    asked = asked_measure(HOTLINE.sub(" ", text), city, lang)
    if asked is None or asked.kind != "leave" or not LEAVE_STILL_ASKED.search(text):
        return None
    if not (case.get("children_partial") or case.get("children")):
        return None
    try:
        report = settled_report(case, day)
    except InputError:
        return None
    mine = next((e for e in report.entitlements if e.id == asked.id), None) if report else None
    reasons = (mine.reasons.get(lang) or []) if mine is not None else []
    if mine is None or mine.status != "not_eligible" or not reasons:
        return None
    reason = reasons[0]
    clause = clause_name(asked.clause, lang)
    said = t(lang, f"不能。{reason}（{clause}）", f"No. {reason} ({clause})")
    return said + "\n" + render.lead_departments(asked, lang), asked


# "她能领多少", "how much can she get": the caller's money, no measure named.
_HOW_MUCH_FOR_THEM = re.compile(
    r"^\s*(?:那|那么)?(?:她|他|她们|他们|她家|他家|这家|来电人|这位|这个来电人)?(?:能|可以)?(?:领|拿)"
    r"(?:到)?多少(?:钱)?[？?。]?\s*$"
    r"|^\s*(?:so |and )?how much (?:can|does|will|would|could) "
    r"(?:she|he|they|the caller|the family) (?:get|receive|claim)(?: now)?\s*\??\s*$",
    re.I,
)


def _hotline_answer(tracker: Tracker, lang: Lang, day: date) -> tuple[str | None, Entry | None]:
    """hotline_answer's answer to the rule question itself."""
    text = tracker.latest_message.get("text") or ""
    city = hotline_city(tracker)
    both = both_cities(text, lang)
    if both is not None:  # "济南陪产假几天 北京呢": each city's rule, in the order named
        return both
    case = case_facts(tracker, day)  # "如果生孩子的时候没在领低保 …": the what-if's case
    tracker = topic_of_callers_city(tracker, text, case)
    began = began_after_case_birth(tracker, case, text, lang, day)
    if began is not None:  # "孩子出生后才开始领低保 能多领200吗": no, never a back-pay question
        return began
    ended_leave = leave_ended_for_case(case, text, city, lang, day)
    if ended_leave is not None:  # "can she still take the 10 days parental leave this year?"
        return ended_leave  # of twins turned 3: no, it ended then (tester 84 c9 heard "Yes")
    leave_end = case_leave_end(tracker, case, text, lang, day)
    if leave_end is not None:  # "能休到哪天" of a birth told: the 158 days' last day, estimated
        return leave_end
    listed = listed_measures(text, city, day)
    not_citys = [e for e in listed if city is not None and e.city not in (None, city)]
    if not_citys and city is not None:  # a Beijing caller's 多孩公积金贷款额度: Beijing's plan
        # has none, said first; never Jinan's clause 14 to read out (tester 84 c10)
        here = [e for e in listed if e not in not_citys]
        parts = [render.not_in_plan(city, not_citys, lang, "" if here else text)]
        if here:  # the caller's own case where it settles them: "2nd child born Nov 2022, the
            # 600?" is a no (clause 12), never the rule alone (tester 134 p10)
            parts.append(case_each_measure(case, here, text, lang) or each_measure(here, lang))
        return "\n".join(parts), here[-1] if here else None
    if listed:  # "paternity leave days   loan ceiling": each measure with its clause
        return each_measure(listed, lang), listed[-1]
    again = read_out_asked(tracker, case, text, city, lang, day)
    if again is not None:  # "give me one sentence I can read to the caller": that sentence
        return again
    on_file = case_children_answer(case, text, lang)
    if on_file is not None:  # "how many children do you have on file": the case's children
        return on_file, None
    from actions.answers import RECAP_ASKED, case_recap  # answers imports this module

    if RECAP_ASKED.search(text):  # "把你记下的孩子列一下": the caller's case as noted
        return case_recap(case, lang), None
    left = money_left(case, text, lang) if asks_money_left(text) else None
    if left is not None:  # "how many months left on the 800": the months to come and their sum
        whole = case_total(case, lang, day) if total_asked(text) else None
        if whole is not None:  # "总共能领多少 还剩几个月": the whole period's too (tester 82 c4)
            left = whole[0] + "\n" + left
        return left, monthly_subsidy(city) if city is not None else None  # (tester 80 c6)
    summed = case_sums(case, text, lang, day)
    if summed is not None:  # "两个加起来一个月多少 总共多少": both sums, not each child's block
        return summed
    twins = twins_answer(case, text, city, lang, day)
    if twins is not None:  # "twins + an older kid, does each twin get 600?": 2nd and 3rd
        return twins
    own = numbered_money(case, text, measures_asked(text, city), lang, day)
    if own is not None:  # "caller 1: Jinan, 3rd child born Jan 2024, on dibao. caller 2: …"
        return own
    monthly = case_monthly_answer(case, HOTLINE.sub(" ", text), lang, day)
    if monthly is not None:  # "4 kids … what does she get monthly": each child's verdict
        return monthly
    asked = question_measure(text, city, lang) or named_measure(text, city, lang)
    from actions.household_form import accepted_updates  # household_form imports this module

    told_now = accepted_updates(HOTLINE.sub(" ", text), {}, day).updates
    of_what = asked or topic(tracker)
    if (
        not told_now
        and (MONTHLY_ASKED.search(text) or _HOW_MUCH_FOR_THEM.search(text))
        and (of_what is None or is_the_money(of_what))
    ):
        mine = case_money(case, lang, day) if city is not None else None
        if mine is not None:  # "她每个月能领多少" a turn after the case's 800 (ended): that
            return mine, monthly_subsidy(city)  # money again, never clause 12's 600 (t115)
    if cite_asked(text, told_now):  # "which clause should I cite", 引用哪条: the one discussed
        # a measure named, else the one discussed, before a search's guess ("具体是5月20号 他一直
        # 没领过 现在还能申请吗 我该引用哪条" of the case's subsidy is not public rental's 申请)
        table = table_case(tracker, case, text, city, lang) if amount_put(text) else None
        # a caller named back with a measure of its own ("再切回来电人B：她家老大4岁 想上普惠幼儿园
        # 北京方案有啥说法 哪一条"): that measure, not the one discussed with the other caller
        # (tester 123 p9 was cited Jinan's clause 12)
        switched = asked if names_a_caller(text) and asked is not None else None
        cited = (
            named_measure(text, city, lang)
            or (switched if switched and not found_by_search_only(text, switched) else None)
            or topic(tracker)
            or (table[1] if table is not None else None)
            or asked
        )
        first = [table[0].split("\n")[0]] if table is not None else []  # "900k right? …clause"
        also = case_supplement(case, cited)
        unpaid = back_pay_answer(tracker, text, lang, cited)
        if unpaid is not None:  # "该引用哪条 还有之前没领的能补发不": the plan's silence too
            cited = cited or unpaid[1]
            lead = render.lead_departments(unpaid[1], lang)
            silence = [x for x in unpaid[0].split("\n") if x != lead]
            also = case_supplement(case, cited)
            return "\n".join([*first, cite_answer(cited, lang, also), *silence]), cited
        return "\n".join([*first, cite_answer(cited, lang, also)]), cited
    enrolled_in = named_measure(text, city, lang) or topic(tracker)
    over = (
        window_over(case, enrolled_in, lang, day)
        if enrolled_in and STILL_ASKED.search(text) and asks_back_pay(text, enrolled_in)
        else None
    )
    if over is not None and enrolled_in is not None:  # "现在参保还补不补" of the newborn's
        # insurance: its window closed, a no with the day (tester 120 p9 heard the plan's
        # silence on back pay beside the six months, which read as a contradiction)
        return over + "\n" + render.lead_departments(enrolled_in, lang), enrolled_in
    unpaid = back_pay_answer(tracker, text, lang, asked)
    if unpaid is not None and CITE_ASKED.search(text):  # "引用哪一条 还有 前几个月没领的能补发吗"
        cited = unpaid[1]
        lead = render.lead_departments(cited, lang)
        silence = [x for x in unpaid[0].split("\n") if x != lead]
        return "\n".join([cite_answer(cited, lang, case_supplement(case, cited)), *silence]), cited
    if unpaid is not None:  # "前几个月没领的能补发吗" of the case: the plan does not say
        mine = case_money(case, lang, day) if case.get(ASKED_CHILD) else None
        if mine is not None and is_the_money(unpaid[1]):  # "老二呢 老二一直没领到": that
            return mine + "\n" + unpaid[0], unpaid[1]  # child's money and its end first
        summed = case_total(case, lang, day) if total_asked(text) else None
        if summed is not None and is_the_money(unpaid[1]):  # "现在还能补领吗 总共应该多少钱":
            # the whole sum too, not only the plan's silence on back pay (tester 79 c7)
            return unpaid[0] + "\n" + summed[0], unpaid[1]
        return unpaid
    of_child = (
        asked_childs_supplement(
            case, named_measure(text, city, lang) or question_measure(text, city, lang), lang, day
        )
        if not END_ASKED.search(text)  # "老三的200到啥时候": its end, below, no yes first
        else None
    )
    if of_child is not None:  # "老二那份有没有加发的200": no, with that child's money
        return of_child
    discussed = topic(tracker)
    late_window = (
        discussed
        if discussed is not None
        and "enrol_within_months" in discussed.parameters
        and (LATE_ASKED.search(text) or WINDOW_MISSED.search(text))
        else None
    )  # "这个孩子2024年3月生的 现在补办算不算" after the newborn's insurance: its window (t88 c9)
    of_money = (
        named_measure(text, city, lang)
        or late_window
        or question_measure(text, city, lang)
        or discussed
    )
    if case.get(ASKED_CHILD) and is_the_money(of_money):  # "老大呢" of the money: that child's
        money = money_answer(case, of_money, lang, day)
        if money is not None:
            return money
    # the measure the message names, else the one discussed: "孩子到现在还没上医保 现在办还能免个
    # 人缴费吗 一句话回答" after the 800 is the insurance's, never "能。" of the money (t88 c9)
    plain = plain_verdict(
        case,
        named_measure(text, city, lang)
        or part_measure(text, city, lang)
        or _unless_the_money(asked_measure(text, city, lang))
        # "来电人1的孩子是2024年3月15日生的 现在还能享受吗 直接说能还是不能" after the newborn's
        # insurance: the measure discussed, not the 600 the birth told reads as (tester 120 p9)
        or topic(tracker)
        or asked_measure(text, city, lang),
        text,
        lang,
        day,
    )
    if plain is not None:  # "你直接说能不能", "just tell me yes or no": the case's verdict
        return plain
    own_birth = birth_supplement.answer(text, case, city, lang, day)
    if own_birth is not None:  # "生老二的时候没领低保 老二也能加200吗": no, each birth decides
        supplement = supplement_entry(city)
        return own_birth, supplement
    elsewhere = hukou_answer(told_now, asked or topic(tracker), city, text, lang)
    if elsewhere is not None:  # "caller is from Beijing hukou but lives in Jinan, does it apply?"
        return elsewhere
    named = named_measure(text, city, lang)
    if (
        total_asked(text)
        and (named is None or is_the_money(named))
        and (is_the_money(topic(tracker)) or is_the_money(asked))
    ):  # "total subsidy for both twins together?": n x 600 x 36 months, not a search's hit
        summed = case_total(case, lang, day)
        if summed is not None:
            return _total_checked_first(summed[0], text, lang), summed[1]
    discussed_window = topic(tracker)
    window = (
        window_entry([e for e in [named or asked] if e is not None])
        or window_of_clause(named or asked, text)
        or (
            # "来电人更正 是8月20号生的 截止日期变了吗" after the baby's insurance: its window's
            # new last day, never the 600's end (tester 89 c10)
            discussed_window
            if named is None
            and discussed_window is not None
            and "enrol_within_months" in discussed_window.parameters
            and DEADLINE_ASKED.search(text)
            else None
        )
    )
    born, month_only = latest_birth(case, day)
    ruled = (
        window_rule_answer(window, text, lang, born, month_only, day)
        if window is not None
        else None
    )
    if ruled is not None and window is not None:  # "最晚啥时候办 超了还补吗": both, plainly
        return ruled, window
    stops = stops_answer(case, text, lang, day)
    if stops is not None:  # "does the extra 200 stop when dibao stops?": no, the birth decides
        return stops
    current = topic(tracker)
    applied = case_applied(tracker, case, asked, lang, day)
    if applied is not None:
        return applied
    kept = {**case, "topic_entry": current.id if current is not None else None}
    checked = confirmed_after_birth(kept, text, lang, day)
    if checked is not None:  # "是100万对吧" expecting the 3rd: today's 90万, then the birth's
        return checked[0] + "\n" + render.lead_departments(checked[1], lang), checked[1]
    from actions.answers import (  # answers imports this module
        figure_checked_of_topic,
        figure_verdict,
    )

    put_back = figure_checked_of_topic(tracker, text, city, lang)
    if (
        put_back is not None
        and put_back[1] is not None
        and for_whom(put_back[0], text, lang) is None  # "是不是给家长补400": whose, below
    ):  # "是100万对吧": 对 or not, then the rule
        verdict = figure_verdict(put_back[0], put_back[1], text, lang)
        until = end_answer(case, put_back[0], text, lang, day) if END_ASKED.search(text) else None
        if until is not None:  # "一个月800是吧 发到什么时候": the yes or no, then the case's end
            return verdict.split("\n")[0] + "\n" + until[0], put_back[0]
        return verdict + "\n" + render.lead_departments(put_back[0], lang), put_back[0]
    # an end asked of the money discussed, unless another measure is named ("产假到哪天");
    # "child born" words found the parental leave by search (tester 35 c10)
    named = named_measure(text, city, lang)
    of_end = named or (current if is_the_money(current) else asked)
    ended = end_answer(case, of_end, text, lang, day)
    if ended is not None:  # "end date? child born 2023-02-10": both parts, and that they ended
        return _figure_checked_first(ended[0], text, lang), ended[1]
    if named is None and of_end is not None and is_the_money(of_end) and END_ASKED.search(text):
        # "what is the deadline" of the money, no child dated: its end as the plan words it and
        # what it leaves open (no claim procedure, no date to claim by), never a search's hit
        told_end = case_end(tracker, text, lang, day)
        if told_end is not None:  # the birth told earlier ("发到哪天" of a child born 2024-05-03)
            return told_end
        lines = [f"{of_end.title.get(lang)}：" if lang == "zh" else f"{of_end.title.en}: "]
        lines[0] += of_end.summary.get(lang)
        silent = (monthly_subsidy(of_end.city) or of_end).silent_on  # how and when to claim
        if silent is not None:
            lines.append(silent.get(lang))
        source = clause_refs([(of_end.document, of_end.clause)], lang)[0]
        lines += [t(lang, "依据：", "Source: ") + source, render.lead_departments(of_end, lang)]
        return "\n".join(lines), of_end
    window = topic(tracker)
    if (
        window is not None
        and "enrol_within_months" in window.parameters
        and (LATE_ASKED.search(text) or WINDOW_MISSED.search(text))
        and named_measure(text, city, lang) in (None, window)
    ):  # "那他这个5月生的 现在12月了 还来得及不" after the newborn's insurance: its window for
        # the case, not the case's money (tester 73 c4)
        windowed = silent_case(case, text, window, lang, day, asked=True)
        if windowed is not None:
            return windowed
    if DAY_ITSELF.search(text):  # "2023年1月1日当天出生的二孩能领吗": the start day itself first
        boundary = boundary_birth(text, [asked, topic(tracker)], case, lang, day)
        if boundary is not None:
            return boundary
    if case_birth_told(tracker) is not None and (CASE_BIRTH.search(text) or _birth_month(text)):
        money = money_answer(case, asked, lang, day)
        if money is not None:  # "third child born Feb 2023 … how much monthly?": 600 + 200
            return money
    several = len(measures_asked(text, city)) >= 2  # each measure's own answer, below
    boundary = None if several else boundary_birth(text, [asked, topic(tracker)], case, lang, day)
    if boundary is not None:  # "那1月1号当天出生的算不算": the start date's own day, decided
        return boundary
    unnamed = order_unnamed(topic(tracker), text, city, lang, first_too=not case)
    if unnamed is not None:  # "does a 4th child get it?": the plan names the 2nd and 3rd only
        return unnamed
    other = counterpart_answer(tracker, text, lang)
    if other is not None:  # "beijing equivalent?" after Jinan's loan ceiling (tester 24 c06)
        return other[0] + "\n" + render.lead_departments(other[1], lang), other[1]
    cutoff = cutoff_answer(tracker, text, lang)
    if cutoff is not None:  # "eligibility start date for births?": clause 12's date, and 15's
        said, entry = cutoff
        return said + "\n" + render.lead_departments(entry, lang), entry
    children = children_case(tracker, text, city, lang, day)
    if children is not None:  # "那老大老二呢 老大10岁 老二2022年生的": each child's own answer
        moved = moved_hukou_unsaid(children[1], session_user_texts(tracker), lang)
        if moved is not None:  # "户口上个月刚迁到济南": how long it is held, months before
            return children[0] + "\n" + moved, children[1]
        return children
    ended = case_end(tracker, text, lang, day)
    if ended is not None:  # "until when exactly": the case's own last day
        return ended
    entries = measures_asked(text, city)
    back = named_back_money(tracker, case, text, lang, day)
    if back is not None:  # "and caller 1?", 那来电1呢: that caller's own money, not the rule
        return back
    if not entries and tells_case_only(tracker, text, case, lang):
        # "热线 济南户籍 二孩2024年2月生的": the case's items so far, not a search hit
        items = case_items(case, lang, day, full=False)
        if items is not None:
            return items + "\n" + render.case_offer(lang), None
    not_here = None
    if city is not None:  # a Beijing caller's 多孩公积金贷款额度: Beijing's plan has none, said
        # first, never Jinan's clause 14 to read out (tester 84 c10)
        from actions.answers import only_elsewhere  # answers imports this module

        others = [e for e in entries if e.city not in (None, city)]
        others += [e for e in only_elsewhere(text, city) if e not in others]
        entries = [e for e in entries if e not in others]
        # the same subject's measures of the city are said once, below, when asked too
        said = "" if entries else text
        not_here = render.not_in_plan(city, others, lang, said) if others else None
        if not_here is not None and not entries:
            return not_here, None  # no measure of the caller's city to read out
    if not entries:
        asked_now = question_measure(text, city, lang)
        if asked_now is not None and not is_the_money(asked_now):
            entries = [asked_now]  # the part that asks, not the case told (tester 120 p10)
    if not entries:
        entries = [e for e in [meant(tracker, text, city, lang)] if e is not None]
    if not entries:
        return None, None
    ids = {e.id for e in entries}
    if SUBSIDY in ids and SUPPLEMENT not in ids and hardship_told(text, day) is True:
        entries.append(catalogue().entries[SUPPLEMENT])
    cover = cover_case(entries, text, lang, day)
    if cover is not None and len(entries) == 1:  # the cover's figure, not the three schemes
        return cover + "\n" + render.lead_departments(entries[0], lang), entries[0]
    measured = height_case(case, entries[0], lang) if len(entries) == 1 else None
    if measured is not None:  # "孩子身高一米三二 坐地铁还免费吗": the caller's own yes or no
        lines = [measured, render.entry_brief(entries[0], lang)]
        return "\n".join([*lines, render.lead_departments(entries[0], lang)]), entries[0]
    each_applied = (  # one measure beside another city's: the caller's own answer to it
        case_each_measure(case, entries, text, lang)  # (tester 134 p10 had the rule alone)
        if len(entries) >= 2 or not_here is not None
        else None
    )
    if each_applied is not None:  # each measure for the caller, with its lead department
        return ("\n".join([not_here, each_applied]) if not_here else each_applied), entries[-1]
    lines = (
        [each_measure(entries, lang, leads=False)]
        if len(entries) >= 2
        else [age_brief(entries[0], text, lang) or render.entry_brief(entries[0], lang)]
    )
    whom = for_whom(entries[0], text, lang) if len(entries) == 1 else None
    if whom is not None:  # "是不是给家长补400": 不是, the childcare institutions' (clause 12)
        lines.insert(0, whom)
    if multiples_more_asked(text):  # "does it change for twins": the plan's silence on them
        lines += [
            plan_silent_on_multiples(e, lang)
            for e in entries
            if not e.per_child and not plan_on_multiples(e)
        ]
    lines.append(render.lead_departments(entries[0], lang))  # as the brief answers give it
    told = case_birth_told(tracker) if CASE_BIRTH.search(text) or _birth_month(text) else None
    from_age = told is not None and born_from_age(case, told[0])
    total = combined_case(entries, text, lang, day, told, from_age)
    if total is not None:
        lines.insert(0, total)
    if not_here is not None:
        lines.insert(0, not_here)
    return "\n".join(lines), entries[-1]
