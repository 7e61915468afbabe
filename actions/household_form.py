"""validate_household_form: reads every fact a message states, and asks next whatever
policy_kb's ranking says decides the most; never what is known, skipped or cannot matter."""

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Collection
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import clock, mixed_hukou, render
from actions.apply_money import apply_answer, money_to_apply_for
from actions.bare_yes import confirmations_kept
from actions.children import (
    apply_updates,
    as_known,
    births_to_come,
    complete,
    for_household,
    height_known,
    mark_order_conflicts,
)
from actions.closing import closes, closing_reply
from actions.each_part import (
    asking_pieces,
    money_amount_asked,
    money_applied_in_parts,
    with_confirmation,
)
from actions.focus import (
    CHILDS_OWN_INSURANCE,
    FOCUS_SLOT,
    QUESTION,
    QUESTION_SLOT,
    SCOPE_SLOT,
    WHOLE_CHECK,
    asked_measure,
    asks_on,
    elsewhere,
    focus,
    is_monthly_money,
    measures_asked,
    settled_report,
)
from actions.form_questions import (
    ANSWER_CHANGED,
    FACTS_SLOTS_READ,
    PENDING_SLOT,
    asks_what_next,
    no_such_known_child,
    no_to_a_date,
    only_births_past_asked,
)
from actions.headline import MONEY_KINDS, MONTHLY_TOTAL, amount_asked, focused_answer
from actions.hotline import (
    answered_about,
    hotline_answer,
    hotline_kept,
    hotline_opened,
    in_hotline,
    opens_hotline,
    question_measure,
)
from actions.household import FACT_SLOTS, birth_hardship_known, household_from_slots
from actions.hukou_city import HUKOU_CITY_SLOT, hukou_city_read
from actions.language import language_of, reply_language
from actions.loan_case import hotline_loan_answer
from actions.money_elsewhere import money_elsewhere_answer, split_money_elsewhere
from actions.money_first import asks_whole_money, money_so_far
from actions.next_child import (
    hardship_kept_to_the_birth_to_come,
    imagined_child,
    imagined_in_talk,
    next_child_answer,
    said_before,
    supposed_order,
    without_imagined_hardship,
)
from actions.of_the_topic import nothing_asked_of_children, topic_meant
from actions.offer_taken import answered_before_form
from actions.one_birth import every_birth_put, hardship_shared
from actions.one_child import bare_child_answer
from actions.pregnancy_money import asks_money_before_birth, monthly_measure
from actions.presumed_case import answered_as_presumed
from actions.relatives_slot import marks_relatives_household, relatives_apart_in_form
from actions.side_questions import (
    BRIEF_SLOT,
    HUKOU_NEEDED,
    about,
    asks_of_a_child,
    named_measure,
    topic,
)
from actions.supplement import coming_supplement, supplement_verdict
from actions.titled import citizens_words
from actions.turn import cards_once, utter_once
from actions.unsaid import notes_unsaid_worries, worries_deferred
from actions.what_changed import asks_what_correction_changes, correction_effect
from policy_kb import InputError, evaluate, missing_facts_ranking, parse_household
from policy_kb.dates import add_months
from policy_kb.engine import rank_missing
from policy_kb.household import FACTS as HOUSEHOLD_FIELDS
from policy_kb.household import check_dates
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.search import absent_topics
from policy_kb.text import Lang
from understanding import FactUpdate, understand
from understanding.reader import birth_orders_named
from understanding.sexes import (
    children_named_by_sex,
    heights_placed_by_sex,
    sexes_told,
    with_sexes,
)
from understanding.text import CLAUSE_BREAK, normalise
from wording.cities import city_asked, mentioned_city
from wording.understood import benefit_said_before, readback

FACT_TO_SLOT = {"children.height_cm": "children_heights"}
# The question the bot asked (its slot) as the understanding layer names it.
ASKED = {"children_heights": "children.height_cm"}
HOUSEHOLD_SLOTS = tuple(f for f in FACT_SLOTS if f not in ("children",))
NOW_SLOT = "hardship_now"  # on dibao etc. now: not the rule's fact (at the birth), kept apart
DONT_KNOW = re.compile(
    r"不知道|不清楚|不确定|跳过|不记得|说不好|记不清"
    # "公积金的事先不说": that question put off ("先不说了" alone, like "never mind", leaves)
    r"|(?:的事|这个|这事|那个)\s*(?:先不说|先不管|先别问|不用管|以后再说|回头再说)|先不说(?:这个|那个)"
    r"|skip|don'?t know|dunno|not sure|no idea|\bpass\b|idk|forget about (?:the|that)\b",
    re.I,
)
# The answer asked for now, no more questions: 你就说, 直接说吧, 别问了, "just tell me".
JUST_TELL = re.compile(
    r"你就说|你直接说|直接告诉我|别问了|不用问了|不要再问|先告诉我(?:有啥|有什么)"
    r"|\bjust tell me\b|\bstop asking\b|\bno more questions\b|\bskip the questions\b",
    re.I,
)
# A four-digit year no birth can have ("9999年", "0001-01-01"): told, not silently dropped.
YEAR_WRITTEN = re.compile(r"(?<!\d)(\d{4})\s*(?:年|[-/.]\s*\d{1,2})")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


def impossible_year(text: str) -> int | None:
    """A year written as a date (2024年, 2024-05) outside 1900-2100, or None."""
    for m in YEAR_WRITTEN.finditer(unicodedata.normalize("NFKC", text[:1000])):
        year = int(m.group(1))
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            return year
    return None


def known_household(slots: dict[str, Any], day: date) -> dict[str, Any]:
    """What the conversation knows, in the understanding layer's shape."""
    known: dict[str, Any] = {k: slots.get(k) for k in HOUSEHOLD_SLOTS if slots.get(k) is not None}
    children = slots.get("children") or slots.get("children_partial")
    if children is not None:
        known["children"] = as_known(children, day)
    return known


def asked_fact(slots: dict[str, Any], day: date) -> str | None:
    """The fact just asked about; the children question for a baby on the way asks its due date."""
    requested = slots.get("requested_slot")
    if requested == "children":
        partial = slots.get("children_partial") or []
        waiting = [c for c in partial if c.get("birth_date") is None]
        if waiting and all(c.get("expected") for c in waiting):
            return "due_date"
    return None if requested is None else ASKED.get(str(requested), str(requested))


TALK_SLOT = "child_in_talk"  # the birth order of the child under discussion, or None


# 要 opening a question about what to do ("要带啥 去哪办", "要交什么材料", "要不要带户口本"):
# the verb "need to", not a yes to the question pending.
NEED_TO = re.compile(r"^\W*要(?:不要)?[带交办去准备拿填提写找什啥哪多]")
# An acknowledgement opening a question of the citizen's own ("ok where do we apply", "嗯 去哪办",
# "好的 要什么材料"): the answer just given taken in, not a yes to the question pending.
ACK_THEN_ASK = re.compile(
    r"^\W*(?:ok(?:ay)?|alright|all right|got it|i see|嗯+|哦+|好+的?|行)\W*(?:so\b|then\b|那)?\W*"
    r"(?:where|how|what|which|who|when|要去哪|去哪|在哪|哪里|哪儿|怎么|咋|要(?:带|交|准备)?(?:什么|啥)|找谁)",
    re.I,
)


# An amount put back as a question ("是100万对吧", "最多100万是吗", 一个月600对吧, "so it's 1
# million right?"): the citizen checks a figure heard, and answers nothing. A money unit, or a bare
# number of three digits or more that is no year and no count of days, people or the like.
AMOUNT_CHECKED = re.compile(
    r"(?:(?:每个?月|\d个月|a month|per month|monthly)\s*)?"
    r"(?:\d[\d,.]*\s*(?:万|千|元|块|(?:yuan|k|m|million)\b)"
    r"|(?!(?:19|20)\d\d(?!\d))\d{3,}(?:,\d{3})*(?![\d,.]*\s*(?:[年月日号岁周天个人米斤]|cm\b)))"
    r"[^。.!?！？\d]{0,12}?"
    r"(?:对吧|对吗|对不对|是吧|是吗|是不是|没错吧|吧|吗|呗|喽|\?|？"
    r"|\bright\b|\bcorrect\b|\bisn'?t it\b)",
    re.I,
)


def without_amount_checked(
    text: str,
    said: list[FactUpdate],
    reread: Callable[[str], list[FactUpdate]] | None = None,
) -> list[FactUpdate]:
    """A figure checked as a question is no fact and no answer: no yes to the question put (a
    "是" of "是100万对吧"), nothing read from the figure's words (一个月 is no one contributor,
    双胞胎每个都有600是吧 no hardship); what is said beside it stays ("我们俩人都交 是100万对吧"),
    an answer to the question put too when the message still gives it with the figure's clause
    blanked out (`reread`: "是济南户口 一个月800是吧 怎么申请" still says 是济南户口; tester 38 c07
    was asked the hukou again)."""
    norm = normalise(text)
    found = list(AMOUNT_CHECKED.finditer(norm))
    checked = [m.group(0) for m in found]
    if not checked:
        return said
    bounds = [0, *(b for m in CLAUSE_BREAK.finditer(norm) for b in (m.start(), m.end())), len(norm)]
    clauses = list(zip(bounds[::2], bounds[1::2], strict=False))
    blanked = norm
    for start, end in clauses:  # each clause a figure is checked in, blanked out
        if any(m.start() < end and start < m.end() for m in found):
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]

    def touches(u: FactUpdate) -> bool:
        """The update's words run through a figure checked, to its question mark or tag (双胞胎
        每个都有600是吧), or lie within it; "my 6 yo is 1.35m, still free?" keeps the height."""
        span = u.span.strip()
        at = norm.find(span) if span else -1
        if at < 0:
            return u.kind == "confirmation"
        return any(
            at < m.end() <= at + len(span) or (m.start() <= at and at + len(span) <= m.end())
            for m in found
        )

    near = [u for u in said if touches(u) or u.kind == "confirmation"]
    still = (
        {(u.fact, repr(u.value), u.child) for u in reread(blanked)}
        if reread is not None and near and blanked.strip()
        else set()
    )
    return [
        u
        for u in said
        if (u.kind != "confirmation" or (u.fact, repr(u.value), u.child) in still)
        and (not touches(u) or (u.fact, repr(u.value), u.child) in still)
    ]


# A benefit's time named as past only ("back then", 那时候, "when the eldest was born"): a denial
# of that time alone, nothing of now or of a birth to come.
PAST_ONLY = re.compile(
    r"\b(?:back then|at the time|at that time|used to|was born|were born)\b"
    r"|当时|那时候?|那会儿?|以前|之前|出生那|生(?:老大|老二|老三|大宝|二宝)",
    re.I,
)


def _benefits_denied_now_and_at_the_coming_birth(
    text: str, said: list[FactUpdate], children: list[dict[str, Any]], day: date
) -> list[FactUpdate]:
    """A denial of the hardship benefits with no past time of its own ("we're NOT on dibao",
    "not now not at birth", 我们没低保 生的时候也没有) while a child is on the way: not on them now,
    nor at that coming birth (a yes noted for it before is put right), unless the message says
    otherwise of either (tester 42 c04 kept the +200 of a pregnancy through four denials)."""
    hardship = [u for u in said if "hardship" in u.fact]
    if not hardship or any(u.value is not False for u in hardship) or PAST_ONLY.search(text):
        return said
    if not any(
        str(child.get("birth_date") or "") > day.isoformat() for child in children
    ) and not any(
        u.fact == "child.due_date"
        or (u.fact == "child.birth_date" and str(u.value or "") > day.isoformat())
        for u in said
    ):
        return said  # no child on the way: "没有领低保" answers the births asked of, not now
    coming = [  # a coming birth still open is taken from the "no" now further on
        order
        for order, child in enumerate(children, start=1)
        if str(child.get("birth_date") or "") > day.isoformat()
        and child.get("hardship_at_birth") is not None
    ]
    told = {u.child for u in hardship if u.fact == "child.hardship_at_birth"}
    added = [
        FactUpdate("child.hardship_at_birth", False, span=hardship[0].span, child=order)
        for order in coming
        if order not in told
    ]
    if not any(u.fact == "hardship_now" for u in hardship):
        added.append(FactUpdate("hardship_now", False, span=hardship[0].span))
    return [*said, *added]


def read_message(text: str, slots: dict[str, Any], day: date) -> list[FactUpdate]:
    """The fact updates `text` states, given what the conversation knows and asked, and which
    child it is about."""
    about = slots.get(TALK_SLOT)
    text = citizens_words(text)  # a measure's name put before a part is no fact told
    said = understand(
        text,
        known_household(slots, day),
        asked_fact(slots, day),
        day,
        about=int(about) if isinstance(about, int | float) else None,
    )
    if NEED_TO.search(text) or ACK_THEN_ASK.search(text):  # 要带啥 去哪办, "ok where do we apply"
        said = [u for u in said if u.kind != "confirmation"]
    said = _negations_kept_to_their_fact(said, asked_fact(slots, day))
    said = confirmations_kept(text, said, slots)  # "ok and what else": no yes to a question
    said = hukou_city_read(text, said, slots)  # "our hukou still jinan" of a Beijing family
    said = [  # "这些要北京户口吗": whether the measures need it, no hukou of the family's
        u for u in said if not (u.fact == "hukou_in_city" and HUKOU_NEEDED.search(u.span or ""))
    ]
    said = without_amount_checked(  # "是100万对吧": a figure checked, nothing told
        text,
        said,
        lambda blanked: understand(
            blanked,
            known_household(slots, day),
            asked_fact(slots, day),
            day,
            about=int(about) if isinstance(about, int | float) else None,
        ),
    )
    children = slots.get("children") or slots.get("children_partial") or []
    if len(children) > 1 and BY_SEX_ONLY.search(text) and not BY_ORDER.search(text):
        aged = _named_by_age(text, children, day)  # "my 6 year old son (1.25m)": that child
        said = [
            dataclasses.replace(u, guessed=True)
            if _placed_by_guess(u) and (aged is None or u.child != aged)
            else u
            for u in said
        ]
    said = heights_placed_by_sex(text, said, children)  # "my son is 1.1m": the one son
    if not (asked_fact(slots, day) == "hardship_at_birth" and only_births_past_asked(children)):
        said = _benefits_denied_now_and_at_the_coming_birth(text, said, children, day)
    # "要是明年再要个老三 那时候在领失业金": the imagined child's, answered with it, no fact kept
    said = without_imagined_hardship(
        text, said, len(children), int(about) if isinstance(about, int | float) else None
    )
    # "我刚说了 会领失业金" with 老三 on the way: that birth's, not the births past (tester 48 c07)
    said = hardship_kept_to_the_birth_to_come(text, said, children, day)
    said = _first_home_of_the_loan_asked(text, said, slots)
    said = _supposed_child_left_out(text, said, slots, day)
    said = _childs_own_insurance_left_out(text, said)
    return _dates_placed_by_sex(text, said, children)


def _childs_own_insurance_left_out(text: str, said: list[FactUpdate]) -> list[FactUpdate]:
    """The mother's insurance for the birth read from words about the child's own insurance is
    no fact of the family (tester 57 c04: "i mean the baby's own resident medical insurance fee.
    is it free? deadline?" overwrote her employee maternity insurance). Jinan clause 15 gives
    the newborn's enrolment its own rule: "within six months to participate in the city's
    residents of basic health insurance". A cover told apart from the child's words ("I have
    resident medical insurance, what about the baby's?") is kept."""
    children_said = [m.span() for m in CHILDS_OWN_INSURANCE.finditer(text)]
    if not children_said:
        return said

    def of_the_child(u: FactUpdate) -> bool:
        if u.fact != "birth_insurance" or not u.span:
            return False
        places = [m.start() for m in re.finditer(re.escape(u.span), text, re.I)]
        return bool(places) and all(
            any(a <= p and p + len(u.span) <= b for a, b in children_said) for p in places
        )

    return [u for u in said if not of_the_child(u)]


CHILD_FACTS = ("child.due_date", "child.birth_date")


def _supposed_child_left_out(
    text: str, said: list[FactUpdate], slots: dict[str, Any], day: date
) -> list[FactUpdate]:
    """`said` without the birth to come of a child the message supposes ("HYPOTHETICAL:
    caller's 3rd child born March 2027", 要是老三明年3月生): it is answered for that child, not
    recorded as the family's (or the hotline case's); a due date told (预产期明年3月) is kept,
    and so is a birth told as past."""
    children = slots.get("children") or slots.get("children_partial") or []
    order = supposed_order(text, len(children))
    if order is None:
        return said
    return [
        u
        for u in said
        if not (
            u.fact in CHILD_FACTS
            and (u.child is None or u.child >= order)
            and str(u.value or "") > day.isoformat()[: len(str(u.value or ""))]
        )
    ]


# A first home named in a question about a measure for buyers of one ("how much can we borrow
# for first flat", "买第一套房能贷多少"): the family's plan, the case the answer is for.
FIRST_HOME_NAMED = re.compile(
    r"首套|第[1一]套|头[1一]套"
    r"|\bfirst (?:owner[- ]occupied )?(?:flat|home|house|apartment|property|place)\b",
    re.I,
)
NOT_BUYING = re.compile(r"不买|不打算|没打算|\bnot (?:buy|buying)\b|\bno plans?\b", re.I)


def _first_home_of_the_loan_asked(
    text: str, said: list[FactUpdate], slots: dict[str, Any]
) -> list[FactUpdate]:
    """`said` with buying a first home told, when the message asks about a measure that needs it
    (Jinan clause 14's loan ceiling) and names a first home as its case; tester 38 c08 was given
    both ceilings and then asked whether they planned to buy a first home."""
    named = FIRST_HOME_NAMED.search(text)
    if (
        named is None
        or NOT_BUYING.search(text)
        or slots.get("buying_first_home") is not None
        or any(u.fact == "buying_first_home" for u in said)
    ):
        return said
    city = slots.get("city")
    asked = asked_measure(text, str(city) if city else None, language_of(slots, text))
    if asked is None or "buying_first_home" not in asked.facts:
        return said
    told = FactUpdate("buying_first_home", True, "statement", None, False, named.group(0), False)
    return [*said, told]


def _dates_placed_by_sex(
    text: str, said: list[FactUpdate], children: list[dict[str, Any]]
) -> list[FactUpdate]:
    """A corrected date naming its child by sex alone ("wait no, he was born october LAST
    year, 2025", "no, my daughter was born in 2024"), of a family with one child of that sex
    known: placed on that child, not asked which (tester 29 c3 had one son, and was asked)."""
    named = children_named_by_sex(text, children)
    if len(named) != 1:
        return said
    order = next(iter(named))
    return [
        dataclasses.replace(u, child=order, guessed=False)
        if u.guessed and u.fact in ("child.birth_date", "child.due_date")
        else u
        for u in said
    ]


# A child named only by its sex ("my son is 1.2m", "and my daughter is 1.1m", 儿子1米2, 闺女1米1):
# the family's children keep no sex, so in a family of several which child it is is a guess
# (tester 26 c03: the son's height went on the eldest, a daughter); it is asked, not applied.
BY_SEX_ONLY = re.compile(
    r"\b(?:son|daughter|boy|girl)s?\b|儿子|女儿|闺女|丫头|小子|男孩|女孩|男娃|女娃|小伙", re.I
)
BY_ORDER = re.compile(
    r"\b(?:eldest|oldest|youngest|older|younger|first|second|third|1st|2nd|3rd|middle|big|little"
    r"|baby|twins?)\b|老[大二三四五小幺]|[大小二三]宝|大的|小的|老\d|第.个|双胞胎|大儿子|小儿子|大女儿"
    r"|小女儿|大闺女|小闺女",
    re.I,
)


# A child named by its age ("my 6 year old son", "the 6yo", "6岁的那个", "6岁的儿子").
BY_AGE = re.compile(
    r"\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]?old\b|\b(\d{1,2}) ?(?:yo|y/o)\b"
    r"|(?<![\d.])(\d{1,2})(?:周)?岁(?:的|那个|那位)",
    re.I,
)


def _named_by_age(text: str, children: list[dict[str, Any]], day: date) -> int | None:
    """The order of the one known child whose age in whole years today is the age `text`
    names the child by ("my 6 year old son" of a family with a 6-year-old and a 1-year-old:
    1); None when no age is said, or none or several children are of that age."""
    ages = {int(next(g for g in m.groups() if g)) for m in BY_AGE.finditer(normalise(text))}
    if len(ages) != 1:
        return None
    (age,) = ages
    orders = [
        order
        for order, child in enumerate(children, start=1)
        if isinstance(born := child.get("birth_date"), str)
        and _whole_years(date.fromisoformat(born[:10]), day) == age
    ]
    return orders[0] if len(orders) == 1 else None


def _whole_years(born: date, day: date) -> int:
    """A child's age in whole years on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _placed_by_guess(update: FactUpdate) -> bool:
    """A height told of a child named by its sex alone (BY_SEX_ONLY)."""
    return update.fact in ("child.height_cm", "child.height_below_cm") and update.value is not None


def _negations_kept_to_their_fact(said: list[FactUpdate], asked: str | None) -> list[FactUpdate]:
    """A "no" to the question open, read from words that state another fact ("不是 我没领低保
    你记错了吧", "no, we're not on dibao, you got that wrong" while the children are asked):
    the negation is of that other fact, a correction of it alone, not "no children" (tester 26
    c08 lost every child). An answer of its own words ("还没有孩子") stands."""
    if asked is None:
        return said
    asked_facts = {asked, "child_count"} if asked in ("children", "due_date") else {asked}
    others = [
        u
        for u in said
        if u.fact not in asked_facts
        and u.span
        and not (asked == "hardship_at_birth" and u.fact == "hardship_now" and u.value is False)
    ]  # 从来没吃过低保: never on them, the births asked of and now alike, one no for both
    return [
        u
        for u in said
        if not (
            u.fact in asked_facts
            and u.value in (0, False)
            and any(
                o.span != u.span and o.span.strip() and o.span.strip() in u.span for o in others
            )
            and not _no_of_its_own(u, others)
        )
    ]


# A no to the benefits in words of its own (没有领, 没吃过, 没拿), not "不对" putting a fact right.
NO_BENEFIT_DRAWN = re.compile(r"没(?:有)?(?:领|吃|拿|享受)")


def _no_of_its_own(said: FactUpdate, others: list[FactUpdate]) -> bool:
    """Whether the "no" `said` reads stands in its own words once the other facts' words are
    taken out ("没有领 儿媳妇是灵活就业自己交的职工医保": 没有领 is the answer; tester 78 c4 was
    asked the benefits again), not "不对 是三个孩子" putting the children right."""
    rest = said.span
    for o in others:
        if o.span and o.span.strip():
            rest = rest.replace(o.span.strip(), " ")
    return said.fact == "hardship_at_birth" and bool(NO_BENEFIT_DRAWN.search(rest))


RECAP_FACTS = tuple(f for f in HOUSEHOLD_FIELDS if not f.startswith("children"))


def known_facts(slots: dict[str, Any], day: date) -> list[FactUpdate]:
    """What the conversation knows, as the understanding layer's updates (for a recap)."""
    facts = [FactUpdate(name, slots[name]) for name in RECAP_FACTS if slots.get(name) is not None]
    if slots.get(HUKOU_CITY_SLOT):  # 济南户口, of a family living in Beijing
        facts.append(FactUpdate(HUKOU_CITY_SLOT, slots[HUKOU_CITY_SLOT]))
    children = slots.get("children") or slots.get("children_partial") or []
    known = zip(as_known(children, day), children, strict=True)  # one entry per child, in order
    for order, (child, said) in enumerate(known, start=1):
        estimate = str(said.get("approx") or "")  # a date worked out from an age stays "about"
        for name, value in child.items():
            if name == "approx":
                continue  # the words an age was read from: marks the date, no fact of its own
            if value is not None or name == "due_date":
                dated = name in ("birth_date", "due_date") and bool(estimate)
                facts.append(
                    FactUpdate(
                        f"child.{name}", value, child=order, approx=dated, span=estimate * dated
                    )
                )
    return facts


def child_in_talk(
    understood: list[FactUpdate], slots: dict[str, Any], text: str = ""
) -> list[EventType]:
    """The child the message is about becomes the one under discussion; a message about several
    children, or about other facts only, leaves none; one that states nothing keeps it. A child
    named by its order with no fact of its own ("my 2nd kid, we moved hukou here", 我家老二)
    is the one under discussion too: the birth told next with no order word ("she was born
    june 2025") is that child's (tester 41 c10 had it put on a first child)."""
    orders = {u.child for u in understood if u.child is not None}
    named = {n for n in birth_orders_named(normalise(text)) if n > 0} if text else set()
    if not orders and len(named) == 1:
        order: int | None = named.pop()
        return [] if slots.get(TALK_SLOT) == order else [SlotSet(TALK_SLOT, order)]
    if not understood:
        return []
    order = orders.pop() if len(orders) == 1 else None
    if order is not None and text and matter_after_correction(text) is not None:
        order = None  # "不对 老大6岁 还有孩子医保…": the question after is not the eldest's
    if any(u.fact == "child.on_the_way" and u.child == order for u in understood):
        order = None  # "我没怀孕 删掉": the child removed is under discussion no more
    return [] if slots.get(TALK_SLOT) == order else [SlotSet(TALK_SLOT, order)]


# A message opening with a correction: 不对, 说错了, 更正, "sorry I meant", "actually".
CORRECTION_OPENS = re.compile(
    r"^\W*(?:不对|不是|错了|说错|搞错|记错|更正|纠正|sorry|actually|correction|no wait|wait)", re.I
)
# A second matter opened after it: 还有, 另外, 再问, 顺便问, "also", "btw", "another thing".
ANOTHER_MATTER = re.compile(
    r"还有(?![一两俩二三仨四\d]\s*个)|另外|再问|顺便"
    r"|\balso\b|\bbtw\b|\banother (?:thing|question)\b",
    re.I,
)


def matter_after_correction(text: str) -> str | None:
    """The other matter a correction goes on to ("不对 老大6岁 还有孩子医保是不是要赶紧办":
    "孩子医保是不是要赶紧办"), when it names no child: the question is not the corrected
    child's (tester 126 p1 was told 老大 is not covered; the newborn 老二 is what was asked).
    None otherwise."""
    said = normalise(text)
    if not CORRECTION_OPENS.search(said):
        return None
    opened = ANOTHER_MATTER.search(said, 2)
    if opened is None:
        return None
    rest = said[opened.end() :].strip(" ,，、:：")
    if not rest or birth_orders_named(rest):
        return None
    return rest


def unplaced(understood: list[FactUpdate]) -> FactUpdate | None:
    """A correction of a date that names no child, of a family of several children, with none
    under discussion: its child is only a guess, so it is asked, not applied."""
    return next((u for u in understood if u.guessed and u.value is not None), None)


def fact_updates(
    text: str,
    slots: dict[str, Any],
    day: date,
    correcting: bool = False,
    understood: list[FactUpdate] | None = None,
) -> dict[str, Any]:
    """Slot values stated by `text` (several facts at once; `correcting`: the user corrects
    what was said; which city is the family's the understanding layer reads). Facts put as a
    hypothesis ("如果我们是济南户口") are not the family's and are left out."""
    read = read_message(text, slots, day) if understood is None else understood
    said = [u for u in read if u.kind != "question"]
    updates: dict[str, Any] = {}
    for u in said:
        if u.fact in HOUSEHOLD_SLOTS or u.fact in (NOW_SLOT, HUKOU_CITY_SLOT):
            updates[u.fact] = u.value
    if (
        updates.get("city")
        and slots.get("city") not in (None, updates["city"])
        and "hukou_in_city" not in updates
        and slots.get("hukou_in_city") is not None
    ):
        updates["hukou_in_city"] = None  # said of the other city: to be asked again
    known = slots.get("children") or slots.get("children_partial")
    merged = apply_updates(known, said)
    if merged is not known and merged is not None:
        merged = mark_exact_dates_needed({**slots, **updates}, merged, day)
        merged = mark_order_conflicts(merged)  # 老大 born after 老二: asked, not answered on
        updates["children_partial"] = merged
        updates["children"] = (
            merged
            if complete(merged, day)
            and not any(c.get("exact_needed") or c.get("order_conflict") for c in merged)
            else None
        )
        if all(height_known(c) for c in merged) and merged:
            updates["children_heights"] = True
    requested = slots.get("requested_slot")
    pending = slots.get("children_partial") or []
    if (
        requested == "children"
        and updates
        and "children_partial" not in updates
        and any(c.get("exact_needed") for c in pending)
    ):  # asked an exact date, the answer tells other facts: the estimate stands, asked once
        kept = [
            {**{k: v for k, v in c.items() if k != "exact_needed"}, "exact_declined": True}
            if c.get("exact_needed")
            else c
            for c in pending
        ]
        updates["children_partial"] = kept
        updates["children"] = kept if complete(kept, day) else None
    skipped = list(slots.get("skipped_facts") or [])
    if (
        DONT_KNOW.search(text)
        and requested
        and requested not in updates
        and requested not in skipped
    ):
        skipped.append(requested)
        updates["skipped_facts"] = skipped
    if requested and JUST_TELL.search(text):
        # "老大2019年的 你就说北京这边有啥吧": the answer now, with what is known; the facts still
        # open are shown as conditions, not asked one by one (tester 53 c5 was asked the heights
        # after saying so). The children's dates stay asked: every answer rests on them.
        after = {**slots, **updates, "skipped_facts": skipped}
        rest = [
            f
            for f in required_facts(after, day)
            if f not in ("children", "children_partial") and f not in skipped
        ]
        if rest:
            updates["skipped_facts"] = [*skipped, *rest]
    # Only what changed: a message that states nothing new (a side question) must leave the form
    # untouched, so Rasa hands the turn to the rule that answers it.
    return {k: v for k, v in updates.items() if slots.get(k) != v}


SHIFT_MONTHS = 2  # how far a date worked out from an age may be off, either way


def _outcome(household: Any, day: date) -> dict[tuple[str, int | None], tuple[Any, ...]]:
    report = evaluate(household, as_of=day)
    return {
        (e.id, e.child): (e.status, e.monthly_amount_cny, e.amount_cny) for e in report.entitlements
    }


# A year among the words a date was worked out from ("2022, nearly 4": understanding's
# `_year_narrowed_by_an_age`): the year was told, only the month is estimated.
YEAR_TOLD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def mark_exact_dates_needed(slots: dict[str, Any], children: list[Any], day: date) -> list[Any]:
    """Children whose date was worked out from an age, marked `exact_needed` (the id of the
    first entitlement that changes) when the answer changes if the date moves by SHIFT_MONTHS
    either way (near 1 January 2023, a third birthday, an enrolment deadline): only then is the
    exact date worth asking."""
    marked = [dict(c) for c in children]
    for child in marked:
        child.pop("exact_needed", None)
    if not complete(marked, day):
        return marked
    for i, child in enumerate(marked):
        if not child.get("approx") or not child.get("birth_date") or child.get("exact_declined"):
            continue  # an estimate the family went on from, when asked, is not asked again
        outcomes = []
        year = YEAR_TOLD.search(str(child["approx"]))  # "2022, nearly 4": within 2022
        for shift in (-SHIFT_MONTHS, 0, SHIFT_MONTHS):
            moved = min(add_months(date.fromisoformat(child["birth_date"]), shift), day)
            if year is not None:
                told = int(year.group(0))
                moved = min(max(moved, date(told, 1, 1)), date(told, 12, 1))
            trial = [dict(c) for c in marked]
            trial[i]["birth_date"] = moved.isoformat()
            try:
                household = household_from_slots({**slots, "children": trial}, day)
            except InputError:
                continue
            if household is None:
                return marked
            outcomes.append(_outcome(household, day))
        changed = [
            key[0]
            for other in outcomes[1:]
            for key in sorted(set(outcomes[0]) | set(other), key=str)
            if outcomes[0].get(key) != other.get(key)
        ]
        if changed:
            child["exact_needed"] = changed[0]
    return marked


CHILD_DATES_AND_HEIGHTS = (
    "child.birth_date",
    "child.due_date",
    "child.height_cm",
    "child.height_below_cm",
)
CHILD_SLOTS = ("children", "children_partial", "children_heights")


def refused(slots: dict[str, Any], updates: dict[str, Any], day: date) -> str | None:
    """Why the household after `updates` is one the engine refuses (a due date over ten months
    ahead, a height that cannot be a child's), or None. The slots never hold such a household."""
    after = {**slots, **updates}
    try:
        household = household_from_slots(after, day)
        if household is not None:
            check_dates(household, day)
        # Children still being told (some dates missing) are checked one by one.
        known = [c for c in after.get("children_partial") or [] if c.get("birth_date")]
        partial = parse_household({"city": "jinan", "children": for_household(known)})
        check_dates(partial, day)
    except InputError as err:
        return str(err)
    return None


def _without_refused(child: dict[str, Any], day: date) -> dict[str, Any]:
    """The child with a date or height the engine refuses taken out (to be asked again)."""
    kept = dict(child)
    if kept.get("birth_date"):
        trial = {"city": "jinan", "children": for_household([{**kept, "height_cm": None}])}
        try:
            check_dates(parse_household(trial), day)
        except InputError:
            kept["birth_date"], kept["precision"] = None, None
    if kept.get("height_cm") is not None:
        try:
            parse_household(
                {
                    "city": "jinan",
                    "children": [{"birth_date": "2020-01-01", "height_cm": kept["height_cm"]}],
                }
            )
        except InputError:
            kept["height_cm"] = None
    return kept


class Accepted(NamedTuple):
    """A message's slot updates, the problem with what was refused (or None), the fact
    updates behind the slots (for the read-back line), and a correction left out because it
    names no child of several (`unplaced`: ask which child)."""

    updates: dict[str, Any]
    problem: str | None
    understood: list[FactUpdate]
    unplaced: FactUpdate | None = None


def accepted_updates(
    text: str,
    slots: dict[str, Any],
    day: date,
    correcting: bool = False,
    family: bool = False,
) -> Accepted:
    """`fact_updates` without what the engine would refuse: (updates, the problem or None,
    the understood facts kept). A refused date or height is left out, its child kept (so the
    date is asked again); the other children and facts of the message still count. `family`:
    a citizen's own family (not a hotline case), whose registrations may differ (mixed_hukou)."""
    understood = read_message(text, slots, day)
    if family and not slots.get("city") and not any(u.fact == "city" for u in understood):
        from actions.city_told import city_named_alone  # city_told imports this module

        alone = city_named_alone(text)
        if alone is not None and understood:  # "…我跟老婆都交公积金 济南买第一套房最多能贷多少":
            # the one city named beside the family's facts is theirs, not asked again (tester
            # 48 c4 was asked "请问您家在哪个城市？")
            understood = [*understood, FactUpdate(fact="city", value=alone, span=alone)]
    guessed = unplaced(understood)
    if guessed is not None:
        understood = [u for u in understood if not u.guessed]
    read = sexes_kept(
        text, understood, slots, fact_updates(text, slots, day, correcting, understood)
    )
    updates = read
    problem = refused(slots, updates, day)
    year = impossible_year(text)
    if problem is None and year is not None:
        problem = f"the year {year} is not a date a child can be born or due on"
    if problem is not None:
        updates = {k: v for k, v in updates.items() if k not in CHILD_SLOTS}
        partial = read.get("children_partial") if year is None else None
        if partial:
            cleaned = [_without_refused(c, day) for c in partial]
            trial = {
                "children_partial": cleaned,
                "children": cleaned if complete(cleaned, day) else None,
            }
            if refused(slots, trial, day) is None:
                updates.update({k: v for k, v in trial.items() if slots.get(k) != v})
    refused_child = problem is not None
    kept = [
        u for u in understood
        if u.kind != "question"
        and (
            u.fact in updates
            or (
                u.fact not in HOUSEHOLD_SLOTS
                and ("children_partial" in updates or "children" in updates)
            )
        )
        and not (refused_child and u.fact in CHILD_DATES_AND_HEIGHTS)
    ]  # fmt: skip
    kept += [u for u in understood if u.fact == "hardship_now"]
    updates, kept = hardship_for_coming_births(slots, updates, kept, day)
    updates = hardship_of_a_birth_today(slots, updates, day)
    updates, kept = hardship_shared(slots, updates, kept)  # triplets: one birth, one answer
    updates = every_birth_put(slots, updates, correcting)  # 生的时候已经停了: every birth's
    updates = first_home_reopened(slots, updates)
    city = {**slots, "city": updates.get("city", slots.get("city"))}
    if family and mixed_hukou.said(text, city):  # 只有我老公是济南户口: the hukou stays open
        updates = mixed_hukou.kept(text, city, updates)
        kept = [u for u in kept if u.fact != "hukou_in_city"]
    elif family and mixed_hukou.cleared(text, slots):
        updates = mixed_hukou.kept(text, slots, updates)
    return Accepted(updates, problem, kept, guessed)


def first_home_reopened(slots: dict[str, Any], updates: dict[str, Any]) -> dict[str, Any]:
    """`updates` with a first home taken before (想买房) left open again when the family now says
    it owns a home in the city and says nothing of the first home ("我们现在有一套老房子 想换个
    大点的"): Jinan clause 14 raises the loan for a first home only, and tester 72 c6 heard
    1,000,000 "能" for a second one."""
    if (
        updates.get("owns_home_in_city") is True
        and slots.get("owns_home_in_city") is not True
        and slots.get("buying_first_home") is True
        and "buying_first_home" not in updates
    ):
        return {**updates, "buying_first_home": None}
    return updates


def sexes_kept(
    text: str, understood: list[FactUpdate], slots: dict[str, Any], updates: dict[str, Any]
) -> dict[str, Any]:
    """`updates` with the sex each child's age or birth was told with kept on that child ("the
    girl is 7 and my son just turned 2"), so a later "my son is 1.1m" is placed (tester 27 c02)."""
    told = sexes_told(text, understood)
    if not told:
        return updates
    kept = dict(updates)
    for name in ("children_partial", "children"):
        children = updates.get(name, slots.get(name))
        if children and max(told) <= len(children):
            marked = with_sexes(children, told)
            if marked != slots.get(name):
                kept[name] = marked
    return kept


def hardship_of_a_birth_today(
    slots: dict[str, Any], updates: dict[str, Any], day: date
) -> dict[str, Any]:
    """A child born today (the exact day, in China) of a family on dibao, special hardship
    support or unemployment benefits now, or not: the benefit now is the benefit at that birth
    (Jinan clause 12 looks at the time of the birth), so it is that child's own and not asked
    again (tester 26 c09: "on dibao since last month", "born today", then asked "were you on
    dibao at the birth?" and told the 200 was not decided)."""
    known = {**slots, **updates}
    now = known.get(NOW_SLOT)
    if now is None or known.get("hardship_at_birth") is not None:
        return updates
    today = day.isoformat()
    return _births_marked(
        slots,
        updates,
        lambda c: c.get("birth_date") == today and c.get("precision") == "day",
        bool(now),
    )


def _births_marked(
    slots: dict[str, Any],
    updates: dict[str, Any],
    births: Callable[[dict[str, Any]], bool],
    hardship: bool,
) -> dict[str, Any]:
    """`updates` with the benefit now set as the hardship at birth of each child `births` picks
    whose own is still open (clause 12 looks at the time of the birth), in `children_partial`
    and, when the list is complete, in `children`; `updates` itself when none is picked."""
    known = {**slots, **updates}
    children = known.get("children_partial") or known.get("children")
    if not children:
        return updates
    picked = [births(c) and c.get("hardship_at_birth") is None for c in children]
    if not any(picked):
        return updates
    marked = [
        {**c, "hardship_at_birth": hardship} if pick else c
        for c, pick in zip(children, picked, strict=True)
    ]
    changed = {**updates, "children_partial": marked}
    if known.get("children") is not None:
        changed["children"] = marked
    return changed


NOW_FOR_COMING = "hardship_now_coming"  # the read-back's wording of it (wording/understood.yaml)


def hardship_for_coming_births(
    slots: dict[str, Any], updates: dict[str, Any], kept: list[FactUpdate], day: date
) -> tuple[dict[str, Any], list[FactUpdate]]:
    """ "no dibao nothing" / "都没有" said now, of a family with a baby on the way (clause 12
    looks at the time of the birth): the best answer there is for that birth, so it is kept as
    each coming child's own; when no born child's birth is still open, the read-back says so
    instead of "still to be asked" (tester 19 c09)."""
    now = next((u for u in kept if u.fact == NOW_SLOT), None)
    if (
        now is None
        or now.value is not False  # on benefits now says nothing sure of a birth months away:
        # the 200 stays "if still on them at the birth" (clause 12; tester 34 c09 was told 800)
        or {**slots, **updates}.get("hardship_at_birth") is not None
    ):
        return updates, kept
    from actions.form_questions import not_born_yet  # form_questions asks what this module orders

    marked = _births_marked(slots, updates, not_born_yet, False)
    if marked is updates:
        return updates, kept
    updates = marked
    if "hardship_at_birth" not in ordered_missing({**slots, **updates}, day):
        kept = [dataclasses.replace(u, fact=NOW_FOR_COMING) if u is now else u for u in kept]
    return updates, kept


def facts_told(tracker: Tracker, correcting: bool = False) -> dict[str, Any]:
    """The slot updates the latest message states when no question is pending (a message after
    the answer, or one the intent classifier did not place): {} when it states none."""
    text = tracker.latest_message.get("text") or ""
    slots = {**tracker.slots, "requested_slot": None}
    return accepted_updates(text, slots, clock.today(), correcting).updates


@cache
def figured_facts(city: str) -> frozenset[str]:
    """The facts some measure of `city` with a figure reads (its entry's `facts` and
    `parameters` in policy_kb data). Only these are asked in the family's check: Beijing's
    maternity insurance (12) names no rate or amount, so 哪种保险 is no question for a Beijing
    family (tester 18 c07, c10; tester 19 c08 asked it seven times)."""
    return frozenset(
        FACT_TO_SLOT.get(f, f)
        for e in catalogue().entries.values()
        if e.city == city and e.parameters
        for f in e.facts
    )


def ordered_missing(slots: dict[str, Any], day: date, money_only: bool = False) -> list[str]:
    """Slots still to ask, most decisive first (city first of all); with `money_only`, only
    those that decide the money (issue 13: the money is given as soon as it is decided)."""
    household = household_from_slots(slots, day)
    if household is None:
        return ["city"]
    if money_only:  # children whose dates decide no money are not asked yet (focus.settled_report)
        report = settled_report(slots, day) or evaluate(household, as_of=day)
        kinds = MONEY_KINDS if _birth_to_come(slots, day) else ("cash",)
        facts = rank_missing([e for e in report.entitlements if e.kind in kinds])
    else:
        facts = missing_facts_ranking(household, as_of=day)
    ranking = [FACT_TO_SLOT.get(f, f) for f in facts]
    if money_only and slots.get(NOW_SLOT) is not None:
        # Told only about now ("家里不是低保"): the time of the birth is asked with the rest,
        # after the money that does not depend on it.
        ranking = _birth_hardship_first(ranking, slots)
    if any(
        c.get("exact_needed") or c.get("order_conflict")
        for c in slots.get("children_partial") or []
    ):  # a date from an age, too near a cut-off to decide; an eldest born after 老二
        ranking = ["children", *ranking]
    figured = figured_facts(household.city)
    ranking = [f for f in ranking if f in figured or f in CHILD_SLOTS]
    return _unasked(ranking, slots)


def _birth_to_come(slots: dict[str, Any], day: date) -> bool:
    """Whether a child is on the way: only then does the cover for the delivery (Jinan clause
    15) come with the money first; for births already past it is asked with the rest, after
    the money that is decided (tester 34 c04, c08, r01 were asked the mother's insurance for a
    2023 or 2024 birth before any answer)."""
    children = slots.get("children") or slots.get("children_partial")
    if not children:
        return True  # nothing known of the children yet: a birth to come is not ruled out
    return any(
        c.get("expected") or (c.get("birth_date") and str(c["birth_date"]) > day.isoformat())
        for c in children
    )


def _birth_hardship_first(ranking: list[str], slots: dict[str, Any]) -> list[str]:
    """Told only about now (clause 12 looks at the time of the birth). On benefits now
    ("我们家低保", "I'm on unemployment benefits"): the 200 hinges on the time of the birth, so
    that is the next question, right after the children's dates ("老二1月5号出生时家里就在领低保
    吗？", tester 24 c09 was asked the insurance instead). Not on them now ("家里不是低保"): it is
    asked with the rest, after the money that does not depend on it."""
    if slots.get(NOW_SLOT) is not True or "hardship_at_birth" not in ranking:
        return [f for f in ranking if f != "hardship_at_birth"]
    children = [f for f in ranking if f in CHILD_SLOTS]
    rest = [f for f in ranking if f not in CHILD_SLOTS and f != "hardship_at_birth"]
    return [*children, "hardship_at_birth", *rest]


def _unasked(ranking: list[str], slots: dict[str, Any]) -> list[str]:
    skipped = set(slots.get("skipped_facts") or [])
    return [s for s in dict.fromkeys(ranking) if s not in skipped and slots.get(s) is None]


def required_facts(slots: dict[str, Any], day: date) -> list[str]:
    """What the form still asks: for a question about one measure, the facts that decide that
    measure; for the full check, the money first, then (check_scope "all") the rest."""
    entry_id = slots.get(FOCUS_SLOT)
    if entry_id:
        missing = [FACT_TO_SLOT.get(f, f) for f in focus(slots, str(entry_id), day).missing]
        entry = catalogue().entries.get(str(entry_id))
        if entry is not None and answered_as_presumed(slots, entry, slots.get(QUESTION_SLOT)):
            return []  # "公积金能贷多少": the ceiling if buying the first home, not a question
        if (
            "children" in missing
            and entry is not None
            and "hukou_in_city" in entry.facts
            and slots.get("hukou_in_city") is None
        ):
            # the hukou decides the whole measure (Jinan clause 12: families with the city's
            # hukou): asked before a child's date, which decides only that child's part
            # (tester 45 c08 was asked child 2's birth before the hukou)
            missing = ["hukou_in_city", *(f for f in missing if f != "hukou_in_city")]
        return _unasked(missing, slots)
    return ordered_missing(slots, day, money_only=slots.get(SCOPE_SLOT) != "all")


# The money's end asked with no measure named ("那钱啥时候停啊", 补贴发到啥时候, "when does the
# money stop").
MONEY_END_ASKED = re.compile(
    r"(?:钱|补贴|补助)[^，,。？?]{0,4}(?:啥时候|什么时候|哪天|到哪|多久|几时)(?:停|结束|截止|不给|没)"
    r"|(?:钱|补贴|补助)[^，,。？?]{0,3}(?:发到|领到|给到)(?:啥|什么|哪|几)"
    r"|\bwhen (?:does|will) (?:the |that |this )?money (?:stop|end)\b",
    re.I,
)


def pieces_measures(
    text: str,
    city: str | None,
    lang: Lang,
    left_aside: Collection[str] = (),
) -> list[Entry]:
    """The measure each question of the message asks, when it asks two or three each of its own
    ("俺交的是居民医保 生老四住院能报多少 还有老三是12月20号生的 他那600啥时候停": the birth's
    cover and the 600, tester 84 c11 lost both); empty otherwise."""
    pieces = asking_pieces(text)
    if not 2 <= len(pieces) <= 3:
        return []
    if any(len(p.strip()) < (12 if lang == "en" else 6) for p in pieces):
        return []  # "怎么申请", "能多给吗", "my husband?": a follow-up of the other part's measure
    found = [asked_measure(p, city, lang) for p in pieces]
    entries = [e for e in found if e is not None and e.id not in left_aside]
    if len(entries) != len(pieces) or len({e.kind for e in entries}) != len(entries):
        return []  # two leaves or two sums of money: one question the search splits in two
    if any(e.kind not in ("cash", "insurance") for e in entries):
        return []  # a loan or a leave beside the money: the answers of their own paths
    return entries


def child_part_answer(slots: dict[str, Any], entry: Entry, text: str, lang: Lang) -> str | None:
    """The answer for the child a part of the message names, of a per-child measure asked in
    that part ("老三是12月20号生的 他那600啥时候停": 老三's 600 to its third birthday, never the
    4th child's refusal while the 4th's due date is open; tester 84 c11); None otherwise."""
    if not entry.per_child:
        return None
    from actions.results import named_child_answer  # results imports us

    city = slots.get("city")
    for piece in asking_pieces(text):
        if asked_measure(piece, city, lang) == entry:
            return named_child_answer(slots, entry, piece, lang)
    return None


def question_about(tracker: Tracker, text: str, lang: Lang) -> Entry | None:
    """The measure a question with facts in it asks about: the one it names, else, for a short
    question naming none ("2022年生的老二有没有" after the childcare subsidy), the one under
    discussion; None for a message that is no question or asks about everything."""
    city = tracker.slots.get("city")
    applied = money_to_apply_for(text, city, topic(tracker))
    if applied is not None:  # "没有 咋申请 去哪办" after the 600: its application (clause 12)
        return applied
    current = topic(tracker)
    if nothing_asked_of_children(text, current, named_measure(text, city, lang)):
        return topic_meant(current, city)  # "那老大老二都没有？老大15了" after the 800: the 600
    if MONEY_END_ASKED.search(text):
        # "没有 都没领 娃是10月18号生的 那钱啥时候停啊" after the 600: that money's end, never a
        # measure the facts' words find (tester 84 c1 got the insurance's enrolment window)
        money = current if current is not None and is_monthly_money(current) else None
        money = money or (monthly_measure(city) if city else None)
        if money is not None:
            return money
    # "户口是济南的 老二11月5号生的 医保是不是不用交钱": the birth told pulls the whole message to
    # the monthly money; the asking part names the newborn's insurance (tester 123 p1 got the 600)
    asked = question_measure(text, city, lang)
    if asked is None and asks_money_before_birth(text):
        # "anything paid while pregnant?" names no measure: the money by the month, answered
        # as nothing until the birth (tester 42 c04)
        city = tracker.slots.get("city") or mentioned_city(text)
        return monthly_measure(city) if city else None
    if asked is None and city and elsewhere(text, city, lang):
        # "那公积金能提出来交房租不" in Beijing: a measure only the other plan has (Jinan 14's
        # rent withdrawal), never the measure under discussion again (tester 53 c08)
        return None
    if asked is None and (asks_on(text) or asks_of_a_child(text)):
        return topic(tracker)  # "那老大呢 他1米35了" after the transit question: that child's
    return asked


# "那还能领吗", "还能拿不", "can we still get it?": whether the measure just discussed is still
# the family's, not what they can get in all (tester 35 c06 was asked the eldest's birth date).
STILL_THE_ONE = re.compile(
    r"(?:还|也|仍然?|依然)\s*(?:能|可以)\s*(?:领|拿|享受|申请|办|要)"
    r"|\b(?:can|could|do|does|will|would) (?:we|i|she|he|they|the baby|our \w+) still\b"
    r"|\b(?:still|also) (?:get|claim|qualify|be eligible|eligible)\b"
    r"|\b(?:get|claim|qualify for) (?:it|that|this)\b",
    re.I,
)


def still_the_one(tracker: Tracker, text: str) -> Entry | None:
    """The measure under discussion for a short question whether the family still gets it
    ("那还能领吗" after a correction), which the intent classifier takes for "what can we get";
    None for any other message."""
    if not STILL_THE_ONE.search(text) or not asks_on(text):
        return None
    return topic(tracker)


def only_supplement_open(slots: dict[str, Any], text: str, day: date) -> bool:
    """Whether a question about everything ("what do we get", "能领啥") comes while the 200
    more at the birth (Jinan clause 12) is still to be asked: the 600 that is sure comes first,
    not the form's questions alone (tester 30 c15)."""
    if not WHOLE_CHECK.search(normalise(text)):
        return False
    return "hardship_at_birth" in required_facts(slots, day)


def focus_on_question(
    dispatcher: CollectingDispatcher, tracker: Tracker, slots: dict[str, Any], lang: Lang
) -> list[EventType]:
    """At the start of the form: a question about one measure ("北京 娃1米2 坐地铁要买票不")
    makes the form ask only what decides it; while that is not yet known, the measure's general
    answer (figure, condition, clause) comes first. Any other start is the full check."""
    text = tracker.latest_message.get("text") or ""
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if bare_child_answer(tracker, text, lang, clock.today()) is not None:
        # "and the 5 year old?" after the answer: that child's items (action_show_entitlements),
        # no measure its words find by search
        return [SlotSet(FOCUS_SLOT, None)] if slots.get(FOCUS_SLOT) else []
    paid_there = split_money_elsewhere(text, slots.get("city"), lang)
    if paid_there is not None and not paid_there[2]:
        # "查一下吧 我们租房子住 孩子医保有没有补贴" in Beijing: no, only the joint enrolment of
        # clause (4), never "能。" from that formality; the facts told are read back before it
        # and the form goes on (tester 48 c06)
        dispatcher.utter_message(text=money_elsewhere_answer(paid_there[1], *paid_there[0], lang))
        return [SlotSet(FOCUS_SLOT, None), *about(paid_there[0][1])]
    who = _who_claims(tracker, slots, text, lang) if intent != "check_eligibility" else None
    if who is not None:  # "补贴是我们老人去领还是她妈妈领": the plan's silence first (tester
        # 50 c03 got a 4-item list and "再问7个问题"), then the measure for the family as known
        dispatcher.utter_message(text=who[0])
        return [SlotSet(FOCUS_SLOT, who[1].id), SlotSet(QUESTION_SLOT, text[:500]), *about(who[1])]
    imagined = next_child_answer(slots, text, lang, clock.today(), said_before(tracker))
    if imagined is not None and intent != "check_eligibility":
        # "如果明年再要个老三 是不是也600 那时候在领失业金 能多200不": that child's money, the
        # +200 with it, not the hardship at the births the family has (tester 46 c01)
        dispatcher.utter_message(text=imagined)
        return [SlotSet(TALK_SLOT, imagined_child(text, slots))]
    # "钱是自动打卡上吗 要交税吗": what neither plan says (absent.yaml) is said so, never the
    # nearest measure's card in its place ("能。个税专项附加扣除…", tester 52 c03)
    silent = absent_topics(text) if intent != "check_eligibility" else []
    silent_near = {i for s in silent for i in s.nearest}
    several = [
        e
        for e in (
            measures_asked(text, slots.get("city"), subsidy_shown=bool(slots.get("result_shown")))
            if intent != "check_eligibility"
            else []
        )
        if e.id not in silent_near
    ]
    in_pieces = (
        pieces_measures(text, slots.get("city"), lang, silent_near)
        if len(several) < 2 and intent != "check_eligibility"
        else []
    )
    several = in_pieces or several
    # "600的要去哪申请还是自动发 我陪产假有几天", "do I have to apply somewhere or is it
    # automatic? and how long is my paternity leave": that part is the money's application
    home = slots.get("city")
    applied = (
        money_applied_in_parts(text, home, topic(tracker))
        if intent != "check_eligibility"
        else None
    )
    if applied is not None and all(e.id != applied.id for e in several):
        other = several or [
            e
            for e in [question_about(tracker, text, lang)]
            if e is not None and e != applied and e.id not in silent_near
        ]
        several = [applied, *other] if other or silent else []
        if several and money_amount_asked(text):
            # "How much do we get and is it automatic?": the money first, then its application
            several = [*other, applied]
    if several:  # "没有 对了产假多少天 我老公陪产假呢": each part answered, and the form goes on
        from actions.answers import MAX_PARTS, joined_parts
        from actions.results import focused_reply, money_known_so_far, whole_if_hukou

        day = clock.today()
        paid_there = split_money_elsewhere(text, home, lang)
        # the money asked while a fact of it is open: as far as the facts go (Jinan 12)
        asked_money = money_so_far(slots, text, lang, day) if money_amount_asked(text) else None
        parts = [
            money_elsewhere_answer(paid_there[1], *paid_there[0], lang)
            if paid_there is not None and e.id == paid_there[0][0].id
            else render.not_in_plan(str(home), [e], lang)
            if home is not None and e.city != home
            else apply_answer(e, lang, text)
            if applied is not None and e.id == applied.id
            else whole
            if (whole := whole_if_hukou(slots, e, text, lang)) is not None
            else own
            if in_pieces and (own := child_part_answer(slots, e, text, lang)) is not None
            else (
                asked_money
                or money_known_so_far(slots, e, lang, day)
                or render.entry_brief(e, lang)
            )
            if focus(slots, e.id, day).missing
            else with_confirmation(
                focused_reply(tracker, slots, e, lang, question=text), text, e, lang
            )  # "我媳妇产假158天是吧": 对 before the 158 days
            for e in several[:MAX_PARTS]
        ]
        parts += [render.absent_answer(s, home, lang) for s in silent]
        dispatcher.utter_message(text=joined_parts(parts))
        talked = about(next((e for e in reversed(several) if e.city == home), several[-1]))
        pending = next(
            (e for e in several if is_monthly_money(e) and focus(slots, e.id, day).missing), None
        )
        if asked_money is not None and pending is not None:
            # the form asks what the money still waits on (the benefits at the birth), no more
            return [SlotSet(FOCUS_SLOT, pending.id), SlotSet(QUESTION_SLOT, text[:500]), *talked]
        return talked
    entry = (
        question_about(tracker, text, lang)
        if intent != "check_eligibility"
        else still_the_one(tracker, text)
    )
    if silent:
        for topic_silent in silent:  # "没有 要交税吗": the plans' silence, and the form goes on
            dispatcher.utter_message(text=render.absent_answer(topic_silent, home, lang))
        if (
            entry is None
            or entry.id in silent_near
            or not [p for p in asking_pieces(text) if not absent_topics(p)]
        ):  # "do we pay tax on the 600": the 600 is what the silence is about, not asked again
            return [SlotSet(FOCUS_SLOT, None)] if slots.get(FOCUS_SLOT) else []
    if entry is None:
        city = city_asked(text, slots.get("city"))
        others = elsewhere(text, city, lang) if intent != "check_eligibility" else []
        paid_there = split_money_elsewhere(text, city, lang) if others else None
        if paid_there is not None and paid_there[0][0] in others:
            # "北京 … 孩子医保有补贴吗": no, Beijing (4) only enrols the child jointly
            dispatcher.utter_message(
                text=money_elsewhere_answer(paid_there[1], *paid_there[0], lang)
            )
        elif others and city is not None:
            # "北京的 俩娃 … 北京二孩公积金能多贷点不": only Jinan's plan has it; said before the
            # form goes on, not after its questions (tester 16)
            dispatcher.utter_message(text=render.not_in_plan(str(city), others, lang))
        day = clock.today()
        money = (  # with no question left, the result that follows gives the money
            money_so_far(slots, text, lang, day)
            if (asks_whole_money(text) or only_supplement_open(slots, text, day))
            and required_facts(slots, day)
            else None
        )
        if money is not None:  # "济南 老二2023年8月生的 济南户口 有啥补贴": the money first
            dispatcher.utter_message(text=money)
        if slots.get(FOCUS_SLOT) and intent in ("check_eligibility", "affirm"):
            return [SlotSet(FOCUS_SLOT, None)]
        return []
    if focus({**slots, FOCUS_SLOT: entry.id}, entry.id, clock.today()).missing and not (
        answered_as_presumed(slots, entry, text)
    ):  # "公积金贷款能贷多少 我俩都交": nothing before the result, which gives the family's
        # ceiling if buying the first home; the purchase is neither noted nor asked (tester 50 c04)
        from actions.results import (  # results imports us
            monthly_total_for,
            named_child_answer,
            received_asked,
        )

        if not slots.get(FOCUS_SLOT):
            # "那老大呢 他1米35了", "老大1米35 坐地铁要钱吗" during the full check: that child's
            # answer (the baby's height still open), and the check goes on
            decided = named_child_answer(slots, entry, text, lang)
            if decided is not None:
                dispatcher.utter_message(text=decided)
                return about(entry)
        # "双胞胎一个月一共能领多少钱": the sum known so far and what is still open, else the
        # measure's general answer
        sofar = monthly_total_for(slots, text, lang, received_asked(entry, text))
        verdict = supplement_verdict(slots, text, lang, clock.today()) or coming_supplement(
            slots, text, lang, clock.today()
        )
        if verdict is not None:  # "现在吃低保 那200能多领吗": the time of the birth decides (12)
            sofar = "\n".join(p for p in (verdict, sofar) if p)
        said = sofar or render.entry_brief(entry, lang)
        if not slots.get("city") and mentioned_city(text) is None:
            # no city yet: each plan's rule by its city, never Jinan's 600 alone; the form asks
            # the city next, once (tester 28 x1, tester 27 r7)
            from actions.counterpart import both_plans

            said = both_plans(entry, said, text, lang, ask_city=False)
        dispatcher.utter_message(text=said)
    return [SlotSet(FOCUS_SLOT, entry.id), SlotSet(QUESTION_SLOT, text[:500]), *about(entry)]


def _who_claims(
    tracker: Tracker, slots: dict[str, Any], text: str, lang: Lang
) -> tuple[str, Entry] | None:
    """Who may claim a measure, into whose account, or whether a relative may do it, asked as
    the form starts: the plan's silence with its clause and lead department, and the measure
    (who_applies); None for any other message."""
    from actions.answers import with_slots  # answers imports this module
    from actions.who_applies import ON_BEHALF, who_or_where_answer

    if not ON_BEHALF.search(text):
        return None
    return who_or_where_answer(with_slots(tracker, **slots), text, lang)


def _answer_too(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    updates: dict[str, Any],
    lang: Lang,
) -> list[EventType]:
    """After the answer, facts told inside a question about one measure ("灵活就业生孩子能报销吗"
    while the form asks the rest): the question is answered too, for the family as now known."""
    from actions.loan_case import hukou_city_loan
    from actions.results import answer_for_family  # results imports this module

    elsewhere_loan = hukou_city_loan(tracker, text, lang)
    if elsewhere_loan is not None:  # "济南买房公积金能贷多少 我俩都交着" from Beijing (14)
        utter_once(dispatcher, tracker, elsewhere_loan[0])
        return about(elsewhere_loan[1])
    several = _each_part_for_family(dispatcher, tracker, text, updates, lang)
    if several:  # "没有 都上班呢 那老大有补贴吗 怎么申请啊": the eldest's no, then the application
        return several
    asked = question_about(tracker, text, lang)
    answer = answer_for_family(tracker, text, asked, lang, updates) if asked else None
    if asked is None or answer is None:
        return []
    utter_once(dispatcher, tracker, answer)
    return about(asked)


def _each_part_for_family(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    updates: dict[str, Any],
    lang: Lang,
) -> list[EventType]:
    """A message asking two things or more of the measures, each answered for the family in the
    order asked ("那老大有补贴吗 怎么申请啊" after the 600: the eldest gets none, clause 12 is
    for a 2nd or 3rd child, then the plan's silence on the application); [] when it asks fewer
    parts than two, or the facts decide none of them (tester 50 c01 heard the application only)."""
    from actions.answers import MAX_PARTS, joined_parts
    from actions.each_part import asked_parts, grandparent_speaking
    from actions.results import answer_for_family  # results imports this module

    city = updates.get("city") or tracker.get_slot("city")
    parts = asked_parts(text, city, lang, grandparent_speaking(tracker), topic(tracker))
    if len(parts) < 2:
        return []
    answers = [
        (entry, said)
        for part, entry in parts[:MAX_PARTS]
        if (said := answer_for_family(tracker, part, entry, lang, updates)) is not None
    ]
    if len(answers) < 2:
        return []
    utter_once(dispatcher, tracker, joined_parts([said for _, said in answers]))
    return about(answers[-1][0])


def _topic_decided(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    updates: dict[str, Any],
    lang: Lang,
) -> list[EventType]:
    """Facts told after a side answer that said what it still needed ("he's 1m12" after the
    Beijing transit answer asked the height, clause (12)): the items of that measure these facts
    now decide, answered; nothing when they decide none."""
    current = topic(tracker)
    city = updates.get("city") or tracker.get_slot("city")
    if current is None or current.city != city:
        return []
    return _decided_answer(dispatcher, tracker, text, updates, lang, current)


def _decided_answer(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    updates: dict[str, Any],
    lang: Lang,
    entry: Entry | None,
) -> list[EventType]:
    """The items of `entry` (or, with None, of the one measure) that the facts just told
    decide, answered; nothing when they decide none (or several measures, with None)."""
    day = clock.today()
    try:
        before = household_from_slots(tracker.slots, day)
        after = household_from_slots({**tracker.slots, **updates}, day)
    except InputError:
        return []
    if before is None or after is None:
        return []
    old = {(e.id, e.child): e.status for e in evaluate(before, as_of=day).entitlements}
    now = evaluate(after, as_of=day).entitlements
    items = [
        e
        for e in now
        if (entry is None or e.id == entry.id)
        and e.status != "needs_info"
        and old.get((e.id, e.child)) == "needs_info"
    ]
    ids = {e.id for e in items}
    if len(ids) != 1:
        return []
    decided = catalogue().entries[ids.pop()]
    waiting = is_monthly_money(decided) and all(e.status == "not_eligible" for e in items)
    if waiting:
        # "生老小的时候在领失业金 二宝那会没有 那能多拿吗": the 2nd child's no is not the whole
        # answer while the youngest's 200 waits on another fact (the hukou): theirs first
        # (tester 89 c1 heard a bare "不能")
        told = {e.child for e in items}
        items = [
            *(
                e
                for e in now
                if e.id == decided.id and e.status == "needs_info" and e.child not in told
            ),
            *items,
        ]
    from actions.results import asked_children  # results imports this module

    named = asked_children(text, len(after.children or []))
    if named - {e.child for e in items}:
        # "都说了户口在济南啊 老大有没有钱": the hukou decides child 2's 600, but the question is
        # the eldest's; its answer comes first (clause 12: none for a 1st child), not 能 of
        # child 2 alone (tester 49 c01)
        theirs = [e for e in now if e.id == decided.id and e.child in named]
        items = [*theirs, *(e for e in items if e not in theirs)]
    utter_once(
        dispatcher,
        tracker,
        focused_answer(decided, items, text, lang, None, each_item=waiting and len(items) > 1),
    )
    return about(decided)


DATED_SLOTS = ("children", "children_partial")


def _answer_after_dates_corrected(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    updates: dict[str, Any],
    lang: Lang,
) -> list[EventType]:
    """A child's date corrected while the form asks another question, after one measure was
    answered ("wait no, he was born october LAST year, 2025" after "so how much per month?",
    tester 29 c3 got only "Noted"): that answer again for the new dates (the monthly money with
    its end, Jinan clause 12: 800 a month until October 2028), so the family sees what changed.
    The question the form asked comes after it once more (form_questions.ask_in_full), while
    a correction that changes no answer leaves it unasked (tester 19)."""
    from actions.results import focused_reply, monthly_total_for  # results imports us

    if tracker.get_slot("requested_slot") in (None, *DATED_SLOTS):
        return []
    if not any(updates.get(k) != tracker.get_slot(k) for k in DATED_SLOTS if k in updates):
        return []
    focused = tracker.get_slot(FOCUS_SLOT)
    entry = catalogue().entries.get(str(focused)) if focused else topic(tracker)
    slots = {**tracker.slots, **updates}
    if entry is None or entry.city != slots.get("city"):
        return []
    reply = monthly_total_for(slots, "", lang, until=True) if is_monthly_money(entry) else None
    utter_once(dispatcher, tracker, reply or focused_reply(tracker, slots, entry, lang))
    pending = tracker.get_slot(PENDING_SLOT)
    if not isinstance(pending, dict) or pending.get("slot") != tracker.get_slot("requested_slot"):
        return []
    return [SlotSet(PENDING_SLOT, {**pending, ANSWER_CHANGED: True})]  # then asked once more


def _question_the_facts_decide(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    updates: dict[str, Any],
    lang: Lang,
) -> list[EventType]:
    """A fact told as a question that names no measure ("my 6 yo is 1.35m, still free?", "老大
    1米35了 还免费吗", tester 23 c9 got only "Noted: 135 cm"): the measure the fact decides
    (Beijing clause (12): 1.3 m) is answered, its topic first, else the one measure it decides."""
    if not QUESTION.search(text):
        return []
    asked = question_about(tracker, text, lang)
    current = topic(tracker)
    meant = asked or current
    if (
        meant is not None
        and is_monthly_money(meant)
        and (MONTHLY_TOTAL.search(text) or amount_asked(text) is not None)
        and not required_facts({**tracker.slots, **updates}, clock.today())
    ):  # "没有领 那一共每月多少 到啥时候" after the 200 was spoken of: the sum is the answer, which
        # the result gives as the form ends; no "not eligible" card of the 200 before it
        # (tester 38 c03)
        return []
    if asked is not None:  # "老大1米35了 坐地铁还免费吗": that measure's items the height decides
        return _decided_answer(dispatcher, tracker, text, updates, lang, asked)
    city = updates.get("city") or tracker.get_slot("city")
    if current is not None and current.city == city:
        answered = _decided_answer(dispatcher, tracker, text, updates, lang, current)
        if answered:
            return answered
    return _decided_answer(dispatcher, tracker, text, updates, lang, None)


def _another_question(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    text: str,
    slots: dict[str, Any],
    lang: Lang,
) -> list[EventType]:
    """While the form asks what decides one measure, facts told with a question about another
    ("老公公积金交着呢 我们租房住 公积金能取多少"): that one is answered as far as the facts
    go, and the form goes on with the first."""
    from actions.results import focused_reply  # results imports this module

    asked = question_about(tracker, text, lang)
    if asked is None or asked.id == slots.get(FOCUS_SLOT):
        return []
    missing = focus(slots, asked.id, clock.today()).missing
    answer = (
        render.entry_brief(asked, lang)
        + "\n"
        + render.still_needed(
            missing, lang, slots.get("children") or slots.get("children_partial"), clock.today()
        )
        if missing
        else focused_reply(tracker, slots, asked, lang, question=text)
    )
    utter_once(dispatcher, tracker, answer)
    return about(asked)


# A yes or no demanded of the bot, not given to it: "yes or no", "y/n", 能还是不能, 到底能不能.
YES_OR_NO = re.compile(
    r"\byes or no\b|\by/n\b|\byes/no\b|能还是不能|是还是不是|行还是不行|可以还是不可以"
    r"|到底(?:能不能|是不是|行不行|可不可以|给不给)|给个准话",
    re.I,
)


async def _question_taken_for_an_answer(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: DomainDict,
    text: str,
    lang: Lang,
    child_named: bool = False,
) -> list[EventType]:
    """A question about a measure that the intent classifier took for an answer to the form's
    question ("will I get the extra 200 because of unemployment" while the hardship question
    waits; tester 18 c09): it is answered here, as action_unclear_in_form answers one it did not
    place, and the form goes on. Without this the form read nothing, rejected the turn, and the
    core fallback said "Sorry, I didn't get that". [] when the message asks about no measure.
    A question naming a child (`child_named`: "老二上幼儿园能优先吗") is answered here whatever
    its intent: the child it names, taken as the one under discussion, keeps the form from
    rejecting the turn, so the rule answering questions during the form never ran and the form
    only asked again."""
    from actions.answers import ActionAnswerPolicyQuestion, asks_about_a_measure

    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if tracker.get_slot("requested_slot") is None:
        return []
    # "can we still claim the months we missed? yes or no", 到底能不能补: the yes or no asked
    # for is no answer to the form (tester 40 n4 got the insurance question instead)
    if (
        intent != "inform"
        and not (intent in ("affirm", "deny") and YES_OR_NO.search(text))
        and not child_named
    ):
        return []
    if not asks_about_a_measure(tracker, text, lang):
        return []
    answered = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
    # a slot other than requested_slot keeps the form from rejecting the turn
    return [*answered, SlotSet("topic_entry", tracker.get_slot("topic_entry"))]


# What an answer run beside the form may keep: the measure discussed (the form keeps the rest).
KEPT_BESIDE_THE_FORM = ("topic_entry",)


async def _the_other_measures_asked(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: DomainDict,
    text: str,
    events: list[EventType],
) -> list[EventType]:
    """Facts told with two questions while the form asks ("we wanna buy our first flat, whats
    the max loan? and is the babys health insurance free, we never signed her up"): the measure
    answered first (`events` set it as the topic) is one; each other measure a part of the
    message asks about is answered too, from that part on (tester 123 p7's insurance question
    was dropped). [] when the message asks about one measure or none."""
    from actions.answers import ActionAnswerPolicyQuestion, with_text  # answers imports us
    from actions.each_part import asking_pieces

    asked = measures_asked(text, tracker.get_slot("city"))
    if len(asked) < 2:
        return []
    topics = [e.get("value") for e in events if e.get("name") == "topic_entry"]
    done = {str(v) for v in topics if v}
    norm = normalise(text)
    kept: list[EventType] = []
    ids = {e.id for e in asked}
    lang = reply_language(tracker)
    for piece in asking_pieces(text):
        of = asked_measure(piece, tracker.get_slot("city"), lang)
        if of is None or of.id in done or of.id not in ids:
            continue
        done.add(of.id)
        start = norm.find(piece)
        part = norm[start:] if start >= 0 else piece  # "…free, we never signed her up": after it
        got = await ActionAnswerPolicyQuestion().run(dispatcher, with_text(tracker, part), domain)
        kept += [e for e in got if e.get("event") == "slot" and e["name"] in KEPT_BESIDE_THE_FORM]
    return kept


def _going_on(dispatcher: CollectingDispatcher, tracker: Tracker, lang: Lang) -> list[EventType]:
    """ "然后呢" / "what next" while a question waits: the form goes on and asks it (it never
    reached the what-if prompt or the fallback, tester 39)."""
    if tracker.get_slot("requested_slot") is None:
        return []
    dispatcher.utter_message(text=render.going_on(False, lang))
    # a slot other than requested_slot keeps the form from rejecting the turn
    return [SlotSet("topic_entry", tracker.get_slot("topic_entry"))]


def _correction_effect(
    tracker: Tracker, text: str, updates: dict[str, Any], lang: Lang
) -> str | None:
    """During the form, a change to facts already known with "有影响吗" attached ("不对 老大是
    6岁 不是三岁半 有影响吗", tester 24 r1 got "不能。3岁以下婴幼儿照护个税…" for the "三岁"
    in it): what the change does to the answers so far, or that it changes nothing; None for any
    other message (new facts only, or no "does it matter")."""
    known = [name for name in updates if tracker.get_slot(name) is not None]
    if not known or not asks_what_correction_changes(text):
        return None
    return correction_effect(dict(tracker.slots), {**tracker.slots, **updates}, lang)


def _dates_shifted(tracker: Tracker, text: str, updates: dict[str, Any], lang: Lang) -> str | None:
    """A child's birth date made exact or corrected, with no question, while a measure the date
    does not decide is in focus ("她是9月15号生的" after the housing fund loan, tester 42 c01 was
    shown the 900,000 loan card again): what the new date changed (the subsidy's new end date,
    Jinan clause 12), not the unchanged card; None when the focused answer itself changes (it
    is answered again) or the date changes nothing."""
    from actions.results import focused_reply  # results imports us

    focused = tracker.get_slot(FOCUS_SLOT)
    entry = catalogue().entries.get(str(focused)) if focused else None
    if entry is None or QUESTION.search(text):
        return None
    if not any(
        k in updates and tracker.get_slot(k) is not None and updates[k] != tracker.get_slot(k)
        for k in DATED_SLOTS
    ):
        return None
    before, after = dict(tracker.slots), {**tracker.slots, **updates}
    if entry.city != after.get("city"):
        return None
    try:
        same = focused_reply(tracker, before, entry, lang) == focused_reply(
            tracker, after, entry, lang
        )
    except InputError:
        return None
    if not same:
        return None
    return correction_effect(before, after, lang, asked=False)


# What a measure's outcome is made of, compared before and after a fact is put right.
OUTCOME_FIELDS = (
    *("child", "status", "monthly_amount_cny", "total_amount_cny", "amount_cny"),
    *("max_amount_cny", "rate", "days", "area_m2", "end"),
)


def _outcomes(slots: dict[str, Any], day: date) -> dict[str, tuple[Any, ...]] | None:
    """Each measure's outcome for the family in `slots` (status and figures, by child), or None
    when the family cannot be worked out yet."""
    try:
        household = household_from_slots(slots, day)
        if household is None:
            return None
        report = settled_report(slots, day) or evaluate(household, as_of=day)
    except InputError:
        return None
    outcomes: dict[str, list[tuple[Any, ...]]] = {}
    for e in report.entitlements:
        outcomes.setdefault(e.id, []).append(tuple(getattr(e, name) for name in OUTCOME_FIELDS))
    return {k: tuple(v) for k, v in outcomes.items()}


MAX_RESTATED = 2  # measures answered again after one fact put right; more is the overview's job


def _fact_put_right(tracker: Tracker, updates: dict[str, Any], lang: Lang) -> str | None:
    """A known fact other than a birth date put right ("我没说一个人交啊 我俩都交" of the
    housing fund's payers, tester 46 c07) while a measure it does not decide is in focus: each
    measure the new value changes, answered again with its clause (Jinan clause 14's loan
    ceiling), never only "updated" and the unchanged focused card; None otherwise."""
    from actions.results import focused_reply  # results imports us
    from actions.what_changed import UNASKED_HEAD

    put_right = [
        k
        for k in FACT_SLOTS
        if k not in DATED_SLOTS
        and k in updates
        and tracker.get_slot(k) is not None
        and updates[k] != tracker.get_slot(k)
    ]
    if not put_right:
        return None
    day = clock.today()
    after = {**tracker.slots, **updates}
    old, new = _outcomes(dict(tracker.slots), day), _outcomes(after, day)
    if old is None or new is None:
        return None
    moved = [k for k in new if new[k] != old.get(k)]
    focused = tracker.get_slot(FOCUS_SLOT) or tracker.get_slot("topic_entry")
    if not moved or len(moved) > MAX_RESTATED or focused in moved:
        return None
    entries = [catalogue().entries[k] for k in moved if k in catalogue().entries]
    # each measure answered to this message's words, never the question kept for the measure
    # in focus (tester 95 c5's "还能贷100万吗" was given the yes of "孩子补贴能多200不")
    said = tracker.latest_message.get("text") or ""
    try:
        replies = [focused_reply(tracker, after, entry, lang, said) for entry in entries]
    except InputError:
        return None
    return UNASKED_HEAD[lang] + "\n".join(replies) if replies else None


def _focus_moved(tracker: Tracker, updates: dict[str, Any], lang: Lang) -> list[EventType]:
    """The question asked before the city was known, moved to the city now told ("一个月能领
    多少" then "我们是北京的": answered for Beijing once the form ends, not dropped; tester 28
    x1). The tracker's own slot is moved too, so this turn's steps read the new measure."""
    from actions.counterpart import in_city  # counterpart imports side_questions, as we do

    city, entry_id = updates.get("city"), tracker.get_slot(FOCUS_SLOT)
    entry = catalogue().entries.get(str(entry_id)) if city and entry_id else None
    if entry is None or entry.city == city:
        return []
    moved = in_city(entry, str(city), str(tracker.get_slot(QUESTION_SLOT) or ""), lang)
    tracker.slots[FOCUS_SLOT] = moved.id if moved is not None else None
    return [SlotSet(FOCUS_SLOT, tracker.slots[FOCUS_SLOT])]


def _city_kept_this_turn(tracker: Tracker, understood: list[FactUpdate]) -> list[FactUpdate]:
    """The city the answer action kept from this very message before the form ran ("北京的 老大
    五岁 上个月生了双胞胎 有啥政策", tester 29 c9: read back without 北京, as the city was
    already set when the form read the message): the read-back's city fact, else nothing."""
    if any(u.fact == "city" for u in understood):
        return []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return []
        if event.get("event") == "slot" and event.get("name") == "city" and event.get("value"):
            return [FactUpdate(fact="city", value=str(event["value"]), span="")]
    return []


def _recap_after_the_facts(
    dispatcher: CollectingDispatcher, tracker: Tracker, events: list[EventType]
) -> None:
    """A read-back asked beside facts told or put right ("sorry, it's three kids: … can you read
    back what you have?", 不对 老大是6岁 你把记的念一遍): the record as it stands after them,
    said after their read-back line (tester 113 c7 got the new facts' answer and no record)."""
    from actions.answers import RECAP_ASKED, answered_recap, with_slots  # answers imports this

    text = tracker.latest_message.get("text") or ""
    changed = {
        e["name"]: e.get("value")
        for e in events
        if e.get("event") == "slot" and e.get("name") in FACTS_SLOTS_READ
    }
    if not changed or in_hotline(tracker) or not RECAP_ASKED.search(text):
        return
    answered_recap(dispatcher, with_slots(tracker, **changed), text)


class ValidateHouseholdForm(FormValidationAction):
    """Extraction and ordering for `household_form`."""

    def name(self) -> str:
        return "validate_household_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events: list[EventType] = await super().run(dispatcher, tracker, domain)
        _recap_after_the_facts(dispatcher, tracker, events)
        asked = [
            e for e in events if e.get("event") == "slot" and e.get("name") == "requested_slot"
        ]
        if asked and asked[-1].get("value") is None:
            worries_deferred(dispatcher, events)  # the answer comes next, and its worries after it
        return events

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if in_hotline(tracker):  # a worker's rule questions: no family is asked about
            return []
        if closes(tracker.latest_message.get("text") or ""):  # "行 那我自己去问 谢谢啊": the
            return []  # form ends here, its facts kept (tester 47 c04)
        return required_facts(tracker.slots, clock.today())

    @relatives_apart_in_form
    @marks_relatives_household
    @cards_once
    @notes_unsaid_worries
    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = reply_language(tracker)
        if in_hotline(tracker):  # the worker's example case is no family's: nothing noted
            loan = hotline_loan_answer(tracker, text, lang)  # the caller's cell, as asked
            answer, entry = loan if loan else hotline_answer(tracker, lang, clock.today())
            if answer is not None:
                dispatcher.utter_message(text=answer)
                return [*answered_about(entry), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
            if opens_hotline(
                text
            ):  # "我是12345热线的" read as inform: acknowledged (tester 34 r07)
                dispatcher.utter_message(text=hotline_opened(tracker, lang))
                return [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
            return hotline_kept(tracker)
        if closes(text):  # "好的谢谢", "ok I'll ask them, thanks": a polite end, facts kept
            utter_once(dispatcher, tracker, closing_reply(text, lang))
            # a slot other than requested_slot keeps the form from rejecting the turn
            return [SlotSet("topic_entry", tracker.get_slot("topic_entry"))]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "start_over" and tracker.get_slot("requested_slot"):
            from actions.start_over import asks_start_over  # it reads with accepted_updates

            if asks_start_over(text):  # "从头来吧 我们在北京 一个孩子" while a question waits:
                return []  # nothing read into the old family; the start-over rule resets and
                # reads the new one (tester 42 c09 got the old children kept)
        if tracker.get_slot("requested_slot") == "children":
            partial = tracker.get_slot("children_partial")
            unborn = no_to_a_date(text, partial) or no_such_known_child(text, partial)
            if unborn is not None:  # "没有" to a birth date: no stop, nothing read; asked back
                # (a slot other than requested_slot keeps the form from rejecting the turn)
                return [SlotSet(TALK_SLOT, unborn)]
        updates, problem, understood, guessed = accepted_updates(
            text, tracker.slots, clock.today(), family=True
        )
        if problem is not None:
            dispatcher.utter_message(text=render.input_refused(problem, lang))
        if guessed is not None and updates:
            # With no other fact read, the form is rejected and action_handle_correction asks.
            known = tracker.get_slot("children_partial") or tracker.get_slot("children") or []
            dispatcher.utter_message(text=render.which_child(str(guessed.value), len(known), lang))
        if understood:
            children = updates.get("children_partial", tracker.get_slot("children_partial"))
            torn = {i for i, c in enumerate(children or [], start=1) if c.get("date_torn")}
            shown = [
                *_city_kept_this_turn(tracker, understood),
                *(u for u in understood if not (u.fact == "child.birth_date" and u.child in torn)),
            ]  # a date and an age that disagree are asked about, not read back (tester 49 c06)
            dispatcher.utter_message(
                text=readback(
                    shown,
                    tracker.slots.get("city"),
                    lang,
                    len(children or []),
                    birth_known=birth_hardship_known(tracker.slots),
                    coming=births_to_come(children or tracker.get_slot("children")),
                    benefit=benefit_said_before([*said_before(tracker), text]),
                )
            )
        events = [SlotSet(name, value) for name, value in updates.items()]
        events += child_in_talk(understood, tracker.slots, text)
        mixed = mixed_hukou.answer_to(text, tracker.slots, updates, lang, clock.today())
        if mixed is not None:  # 只有我老公是济南户口: clause 12's silence, not a flipped hukou
            dispatcher.utter_message(text=mixed)
            return events
        events += _focus_moved(tracker, updates, lang)
        effect = (
            _correction_effect(tracker, text, updates, lang)
            or _dates_shifted(tracker, text, updates, lang)
            or _fact_put_right(tracker, updates, lang)
        )
        if effect is not None:  # "不对 老大是6岁 不是三岁半 有影响吗": what it changes
            dispatcher.utter_message(text=effect)
            return events
        starts = tracker.get_slot("requested_slot") is None  # the form starts with this message
        # ... or, before any answer, facts come with a question about one measure
        asks = (
            bool(updates)
            and not tracker.get_slot(FOCUS_SLOT)
            and not tracker.get_slot("result_shown")
        )
        if (starts or asks) and not answered_before_form(tracker):
            focused = focus_on_question(dispatcher, tracker, {**tracker.slots, **updates}, lang)
            events += (
                focused
                or _topic_decided(dispatcher, tracker, text, updates, lang)
                or _answer_after_dates_corrected(dispatcher, tracker, updates, lang)
            )
        elif updates and (
            imagined := next_child_answer(
                {**tracker.slots, **updates}, text, lang, clock.today(), said_before(tracker)
            )
        ):  # "the second was born 20 May 2025. if the 3rd is born next year … 28800 right?"
            # while the form asks: the date noted, the imagined child answered (tester 48 c07)
            dispatcher.utter_message(text=imagined)
            events += imagined_in_talk({**tracker.slots, **updates}, text)
        elif updates and tracker.get_slot("result_shown"):
            events += (
                _answer_too(dispatcher, tracker, text, updates, lang)
                or _question_the_facts_decide(dispatcher, tracker, text, updates, lang)
                or _answer_after_dates_corrected(dispatcher, tracker, updates, lang)
            )
        elif updates and tracker.get_slot(FOCUS_SLOT):
            events += _question_the_facts_decide(
                dispatcher, tracker, text, updates, lang
            ) or _another_question(dispatcher, tracker, text, {**tracker.slots, **updates}, lang)
        elif not updates and problem is None and guessed is None and asks_what_next(text):
            events += _going_on(dispatcher, tracker, lang)
        elif not updates and problem is None and guessed is None:
            from actions.items_offered import show_offered_items  # it reads the family's report

            offered = (
                show_offered_items(dispatcher, tracker, text)
                if tracker.get_slot("requested_slot")
                else None
            )
            from actions.loan_case import row_follow_up  # loan_case reads the form's facts

            row = row_follow_up(tracker, text, lang)
            if offered is not None:  # "另外5项给俺看看", "yes list the other 6" while a question
                events += offered  # waits: the items, then the question again (tester 57)
            elif row is not None:  # "要是再生个老三呢" after the ceiling while the children are
                dispatcher.utter_message(text=row[0])  # asked: that row (clause 14), then the
                events += about(row[1])  # question again (tester 48 c4)
            else:
                events += await _question_taken_for_an_answer(
                    dispatcher, tracker, domain, text, lang, child_named=bool(events)
                )
        if updates and any(e.get("name") == "topic_entry" for e in events):
            # facts told with two questions: the one answered above, then the others
            events += await _the_other_measures_asked(dispatcher, tracker, domain, text, events)
        return events

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Values were checked while they were read; pass on what this turn set."""
        return [SlotSet(name, value) for name, value in tracker.slots_to_validate().items()]
