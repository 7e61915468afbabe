"""Questions about a measure at any point ("济南陪产假多少天", "去哪办"): answered from
policy_kb with the clause. A question that also tells the family's facts ("北京 孩子1米1 坐地铁
要票吗") is answered for the family: the household form asks only what decides that measure."""

import re
from contextvars import ContextVar
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import clock, render
from actions.apply_money import apply_answer, money_to_apply_for
from actions.automatic_other import automatic_said
from actions.baby import baby_overview, measure_after_the_birth
from actions.began_after_birth import began_after_birth, read_out_sentence
from actions.case_monthly import case_monthly_answer
from actions.children import births_to_come
from actions.city_told import city_told, told_update
from actions.closing import asked_after_closing, short_closing
from actions.conditional import FIGURE_SAID, UNTIL_ASKED, money_whatever_dates
from actions.confirm_after_birth import confirmed_after_birth
from actions.counterpart import (
    both_plans,
    city_asked_once,
    counterpart_answer,
    likened_line,
    priority_only_elsewhere,
)
from actions.cover_unsaid import cover_unsaid_answer
from actions.covered_years import YEARS_ASKED, years_covered_after
from actions.cutoffs import SHORT as WHY_SHORT
from actions.cutoffs import WHY_REFUSED, answered_cutoff, compares_money, cutoff_answer
from actions.each_part import (
    asking_pieces,
    each_part_answered,
    money_applied_in_parts,
    part_not_answered,
    with_confirmation,
)
from actions.enrolled import answered_enrolment, enrolment_told, window_entry
from actions.focus import (
    BARE_TOPIC,
    BIRTH_STAY_COVERED,
    CARER_LEAVE,
    FOCUS_SLOT,
    MIN_QUOTED_AMOUNT,
    MONEY_ASKED,
    QUESTION,
    QUESTION_SLOT,
    TIME_OFF_WORK,
    WHOLE_CHECK,
    asked_measure,
    asks_for_grandparents,
    by_table,
    checked_figure,
    child_enrolment_asked,
    child_money_asked,
    elsewhere,
    fact_spans,
    figures_checked,
    filled_households,
    found_by_search_only,
    housing_measures,
    is_monthly_money,
    kindergarten_measures,
    leave_for_the_children,
    leaves_topic,
    measure_with_figure,
    measures_asked,
    monthly_subsidy,
    named_entry,
    named_only_elsewhere,
    nursery_fees,
    other_city_named_at,
    paid_together,
    paid_together_group,
    paid_together_sums,
    partner_leave,
    settled_report,
    topic_named_measure,
    undated_children,
    whole_period_totals,
)
from actions.grandparents import answered_grandparents, several_grandparents
from actions.headline import (
    MONTHLY_TOTAL,
    NEGATED_FIGURE,
    WINDOW_CLOSED_SAID,
    amount_asked,
    window_closed_answer,
)
from actions.hotline import (
    HOTLINE_SLOT,
    READ_OUT_ASKED,
    answered_about,
    began_birth,
    case_birth_told,
    case_facts,
    case_reply,
    case_sums,
    cited_for_case,
    hotline_answer,
    hotline_city,
    hotline_kept,
    hotline_opened,
    in_hotline,
    latest_birth,
    leave_until,
    next_child_slots,
    opens_hotline,
    session_user_texts,
)
from actions.hotline_caller import callers_measure_kept, each_caller_answered
from actions.hotline_case import ASKED_CHILD, END_ASKED, cite_asked
from actions.hotline_twins import twins_answer
from actions.hotline_verdicts import both_cities, order_unnamed
from actions.household import birth_hardship_known, household_from_slots
from actions.household_form import (
    accepted_updates,
    facts_told,
    known_facts,
    matter_after_correction,
    read_message,
)
from actions.hukou_city import (
    HUKOU_CITY_SLOT,
    RESIDENCE_ASKED,
    hukou_city_question,
    residence_answer,
    residence_silence,
    with_hukou_there,
)
from actions.hukou_elsewhere import answered_hukou_elsewhere
from actions.items_offered import show_offered_items
from actions.language import reply_language
from actions.late_claims import (
    MONEY_BY_MONTH,
    ended_told_as_ended,
    hukou_condition,
    hukou_moved_lately,
)
from actions.leave_checked import leave_days_checked
from actions.leave_end import family_leave_end
from actions.leave_per_child import leave_per_child_answer
from actions.leave_short import employer_days_answer
from actions.leave_sum import leave_sum_put_back, rest_after_put_back
from actions.lives_elsewhere import answered_lives_elsewhere, hukou_and_home, residence_unsaid
from actions.loan_case import (
    family_loan_case,
    hotline_loan_answer,
    hukou_city_loan,
    loan_case_answer,
    more_children_answer,
    row_follow_up,
    supposed_payers_figure,
)
from actions.money_asked import answered_money
from actions.money_elsewhere import money_elsewhere_answer, split_money_elsewhere
from actions.money_items import money_items_reply
from actions.money_left import money_left
from actions.move_supposed import (
    MOVE_WORDS,
    TO_COME,
    asks_money_after_a_move,
    money_after_a_move,
)
from actions.moved_away import answered_moved_away
from actions.multiples import answered_multiples, per_child_or_birth_answer
from actions.no_cash import no_before_its_card, no_cash_confirmed, no_monthly_cash
from actions.none_confirmed import none_put_to_family
from actions.nursery import nursery_money_answer
from actions.of_the_topic import nothing_left_asked, topic_meant
from actions.offer_taken import check_taken_up
from actions.one_child import ASKS as ONE_CHILD_ASKS
from actions.one_child import child_named, one_child_answer
from actions.other_city_money import (
    WHAT_IF_SLOT,
    asked_of_other_city,
    other_city_money_answer,
    what_if_carried,
)
from actions.part_answers import money_put_back, refusal_answer, said_once
from actions.per_parent import per_parent_leave
from actions.pinyin_terms import in_english_terms
from actions.pregnancy_money import money_before_birth
from actions.read_out import read_out
from actions.relative_case import keeps_relatives_apart
from actions.remaining import open_items
from actions.results import (
    ANOTHER_CHILD,
    SUPPOSING,
    TAX_NAMED,
    TWINS_COUNTED,
    ActionOfferAccepted,
    ActionWhatIf,
    accepts_offer,
    another_child,
    answer_for_family,
    answered_monthly,
    asked_children,
    child_overview,
    children_told_by_birth,
    everything_asked,
    hypothetical,
    imagines_a_child,
    monthly_total_for,
    named_child_answer,
    twins_counted_answer,
    unborn_child_asked,
    whole_sums,
)
from actions.side_questions import (
    BACK_PAY,
    BRIEF_SLOT,
    DEADLINE,
    TOPIC_SLOT,
    about,
    asks_back_pay,
    asks_how,
    asks_if_hukou_matters,
    context_city,
    follows_up,
    follows_up_in_length,
    measure_meant,
    named_measure,
    names_a_child,
    topic,
    wants_brief,
)
from actions.start_over import asks_full_check, asks_start_over, full_check, start_over
from actions.sums_asked import family_sums, total_until_answer
from actions.supplement import (
    after_benefits_end,
    ends_before_birth,
    reason_now_answer,
    reason_now_asked,
    supplement_entry,
)
from actions.supplement_basis import supplement_basis_answer
from actions.titled import titled
from actions.turn import cards_once, figures_said, utter_once
from actions.twins_supposed import twins_money_answer
from actions.unborn_height import unborn_height_line
from actions.unsaid import changes_nothing, notes_unsaid_worries
from actions.what_changed import answered_change
from actions.where_each import each_where_asked, where_each_item
from actions.who_applies import ON_BEHALF, who_or_where_answer
from actions.worked_out import worked_out
from policy_kb import Household, InputError, evaluate
from policy_kb import format as fmt
from policy_kb.dates import months_between
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.search import absent_topics, search
from policy_kb.text import Lang
from understanding import FactUpdate
from understanding.household import HARDSHIP_NAMED, INSURANCE, birth_insurance
from understanding.other_household import own_part
from understanding.sexes import children_named_by_sex
from understanding.text import CLAUSE_BREAK, clauses, normalise
from wording.cities import (
    CITIES,
    cities_meant,
    city_asked,
    likened_city,
    mentioned_city,
    without_likened,
)
from wording.entitlements import clause_line
from wording.language import t
from wording.understood import benefit_said_before, child_name, readback, recap

THANKS = re.compile(r"谢谢|多谢|感谢|谢啦|thanks|thank you|\bthx\b|\bty\b", re.I)
MAX_PARTS = 3  # a question naming more measures is answered for the first three


READ_BACK_OPENINGS = ("记下了：", "Noted: ")


def _facts_told_beside(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: Lang
) -> list[EventType]:
    """The family's facts a question tells beside it before any form ran ("济南户口 二胎是23年
    3月15生的 那会我正领失业金 … 能补发不"), read back: their slot events, or none when the
    message tells none the form would take, or the form or a result is under way."""
    if in_hotline(tracker) or tracker.active_loop.get("name") or tracker.get_slot("result_shown"):
        return []
    accepted = accepted_updates(
        tracker.latest_message.get("text") or "", dict(tracker.slots), clock.today()
    )
    if not accepted.understood or accepted.problem is not None or accepted.unplaced is not None:
        return []
    changed = {k: v for k, v in accepted.updates.items() if v != tracker.get_slot(k)}
    if not changed:
        return []
    children = changed.get("children_partial", tracker.get_slot("children_partial"))
    dispatcher.utter_message(
        text=readback(accepted.understood, tracker.get_slot("city"), lang, len(children or []))
    )
    return [SlotSet(name, value) for name, value in changed.items()]


def facts_told_in_form(tracker: Tracker) -> tuple[dict[str, Any], list[FactUpdate]] | None:
    """The facts a question states beside it, as the form reads them (an answer to the
    question it asks counts: "是济南户口" of the hukou asked), with the understood facts to read
    back; after the form, a fact told beside a question (the hukou, the insurance at the birth)
    is kept too, so it is applied before the answer and never asked again (tester 42 c07, c10),
    but not the city or the children; after the results were shown, a due month alone ("due in
    april. and is there any cash subsidy in beijing?", tester 42 c09 was asked it again). None
    for a hotline worker, in another loop, or when the message states none, or the form would
    refuse what it states."""
    if in_hotline(tracker):
        return None
    in_form = tracker.active_loop.get("name") == "household_form"
    if in_form and not tracker.get_slot("requested_slot"):
        return None
    if not in_form and tracker.active_loop.get("name"):
        return None
    text = tracker.latest_message.get("text") or ""
    accepted = accepted_updates(text, dict(tracker.slots), clock.today())
    if not accepted.updates or accepted.problem is not None or accepted.unplaced is not None:
        return None
    if not accepted.understood:
        return None
    known = dict(tracker.slots)
    changed = {
        name: value
        for name, value in accepted.updates.items()
        if value != known.get(name)
        and not (name == "children_partial" and value == known.get("children"))
    }  # "那三个孩子一共…" of the three children known: nothing new to read back
    if not changed or set(changed) <= {"children"}:
        return None
    if not in_form:
        due_only = bool(tracker.get_slot("result_shown")) and all(
            u.fact == "child.due_date" for u in accepted.understood
        )  # "…under 6 months right?" is a check, not an age: only a due month is kept so
        if not due_only and not _kept_after_the_form(text, changed, known, accepted.understood):
            return None
    return accepted.updates, accepted.understood


# Set while a correction told beside a question is handled, so the correction's own turn to
# the answer does not come back to it.
_CORRECTING: ContextVar[bool] = ContextVar("correcting_told_fact", default=False)
# The facts a message fills in are noted once; the answer after them reads it again without
# taking more ("she's 1.1m" is the eldest's, not then the 2nd's and the 3rd's too).
_FILLED: ContextVar[bool] = ContextVar("facts_filled_in", default=False)


def _told_after_the_answer(tracker: Tracker) -> tuple[Any, list[dict[str, Any]]] | None:
    """After the answer, outside a loop and the hotline, what the message states as the form
    reads it in correcting ("其实", "老大2019年的"), with the children known; None when it
    states nothing, or the form would refuse or not place it."""
    if in_hotline(tracker) or tracker.active_loop.get("name"):
        return None
    if not tracker.get_slot("result_shown"):
        return None
    text = tracker.latest_message.get("text") or ""
    slots = {**tracker.slots, "requested_slot": None}
    accepted = accepted_updates(text, slots, clock.today(), correcting=True, family=True)
    if not accepted.updates or accepted.problem is not None or accepted.unplaced is not None:
        return None
    if not accepted.understood:
        return None
    known = tracker.slots.get("children") or tracker.slots.get("children_partial") or []
    return accepted, known


def _puts_a_known_fact_right(tracker: Tracker) -> bool:
    """After the answer, the message puts a fact already known right (every fact it states a
    correction of a value held: "其实", "我说错了", "忘说了 生老二的时候在领失业金" of a birth
    noted without benefits), whatever intent the question got."""
    told = None if _CORRECTING.get() else _told_after_the_answer(tracker)
    if told is None:
        return False
    accepted, known = told
    return all(
        (u.kind == "correction" and u.fact in FACTS_PUT_RIGHT) or _day_of_a_known_month(u, known)
        for u in accepted.understood
    )


from actions.window_rule import window_rule_answer  # noqa: E402

# Where to go asked ("where do we go", 去哪办): the how-to follows the window's verdict.
WHERE_TO_GO = re.compile(
    r"去哪|哪里办|在哪办|哪儿办|上哪|\bwhere (?:do|can|should|would) (?:we|i)\b|\bwhere to\b", re.I
)


def family_window(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """Whether the family's youngest born child is still in time for the newborn's insurance
    (Jinan clause 15: enrolled within six months of the birth), asked with "too late",
    来得及 or 最晚 beside a question of where to go: its window's last day, or that it has
    passed; None on the hotline, with no child born, or when the window is not asked of."""
    if in_hotline(tracker) or not WHERE_TO_GO.search(text):
        return None  # the window asked alone: the answers of the window say it
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    if any(not (c or {}).get("birth_date") for c in children):
        return None  # a child undated or on the way: which baby is meant is not plain
    city = context_city(tracker)
    said = normalise(text)
    measure = child_enrolment_asked(said, city) or topic_named_measure(said, city)
    if measure is None or "enrol_within_months" not in measure.parameters:
        return None
    born, month_only = latest_birth(dict(tracker.slots), clock.today())
    if born is None:
        return None
    return window_rule_answer(measure, text, lang, born, month_only, clock.today())


def other_city_text(tracker: Tracker, text: str) -> str:
    """`text`, or the follow-up of a move supposed joined to the message supposing it
    (other_city_money.what_if_carried)."""
    return what_if_carried(dict(tracker.slots), text)


def dates_filled_in(tracker: Tracker) -> tuple[dict[str, Any], list[FactUpdate]] | None:
    """The updates of a message after the answer whose every fact is a known child's date
    filled in or refined ("老大2019年的" of 老大 not dated yet), with what was understood; None
    for any other message."""
    told = _told_after_the_answer(tracker)
    if told is None:
        return None
    accepted, known = told
    if not all(
        _date_filled_in(u, known)
        or _height_filled_in(u, known)
        or _benefit_filled_in(u, known, tracker.slots)
        for u in accepted.understood
    ):
        return None
    if all(u.fact == "hardship_now" for u in accepted.understood):
        return None  # a benefit now alone: the answers of the benefits say what it changes
    return accepted.updates, accepted.understood


def dates_put_right(tracker: Tracker) -> tuple[dict[str, Any], list[FactUpdate]] | None:
    """The updates of a message after the answer whose every fact is a known child's birth or
    due date put right ("不对 老大是一八年的 不是一六年 那生了以后下一步该干啥"), with what was
    understood; None for any other message."""
    told = _told_after_the_answer(tracker)
    if told is None:
        return None
    accepted, known = told
    if not accepted.understood or not all(
        u.kind == "correction"
        and u.fact in ("child.birth_date", "child.due_date")
        and isinstance(u.child, int)
        and 1 <= u.child <= len(known)
        for u in accepted.understood
    ):
        return None
    return accepted.updates, accepted.understood


def _benefit_filled_in(
    said: FactUpdate, children: list[dict[str, Any]], slots: dict[str, Any]
) -> bool:
    """The benefits at a known child's birth told where none were known ("生老三那会儿他们家正
    好吃低保 后来不吃了 那是不是应该每月800" after another answer: 老三's +200 noted, then the
    question; tester 85 c7 heard "不对，不是每月800元"), or the benefits now told with them."""
    if said.fact == "hardship_now":
        return slots.get("hardship_now") is None
    if said.fact == "hardship_at_birth":  # "生的时候就是低保" after "我闺女低保户" (tester 88 c4)
        return (
            slots.get("hardship_at_birth") is None
            and said.value is True
            and any(c.get("birth_date") for c in children)
            and all(c.get("hardship_at_birth") is None for c in children)
        )
    if said.fact != "child.hardship_at_birth" or not isinstance(said.child, int):
        return False
    if not 1 <= said.child <= len(children) or slots.get("hardship_at_birth") is not None:
        return False
    known = children[said.child - 1]
    return bool(known.get("birth_date")) and known.get("hardship_at_birth") is None


def _height_filled_in(said: FactUpdate, children: list[dict[str, Any]]) -> bool:
    """A known child's height told where none was known ("she's about 1.1m. but is there any
    actual cash?" after the height was asked): noted before the answer (tester 84 c6 was asked
    it again)."""
    if said.fact not in ("child.height_cm", "child.height_below_cm"):
        return False
    if not isinstance(said.child, int) or not 1 <= said.child <= len(children):
        return False
    known = children[said.child - 1]
    return known.get("height_cm") is None and known.get("height_below_cm") is None


def filled_noted(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    filled: tuple[dict[str, Any], list[FactUpdate]],
    lang: Lang,
) -> dict[str, Any]:
    """The read-back of the dates `dates_filled_in` found ("已更新：老二2025年10月18日出生"),
    said before the answer that rests on them; the slot updates."""
    updates, understood = filled
    dispatcher.utter_message(
        text=readback(
            understood,
            tracker.get_slot("city"),
            lang,
            len(updates.get("children_partial") or []),
            answer_changes=True,
        )
    )
    return updates


def _dated_child(said: FactUpdate, children: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The known child (born, not on the way: a due date is the form's to take) whose birth
    date `said` tells, or None."""
    if said.fact != "child.birth_date" or not isinstance(said.child, int):
        return None
    if not 1 <= said.child <= len(children):
        return None
    known = children[said.child - 1] or {}
    return None if known.get("expected") else known


def _day_of_a_known_month(said: FactUpdate, children: list[dict[str, Any]]) -> bool:
    """A known child's birth, known to the month, told to the day ("born jan 15 2023 btw. when
    exactly did the 600 stop" of a 2nd born January 2023): the date the answer must now rest on
    (tester 48 c9 heard the 1 January end again)."""
    known = _dated_child(said, children)
    if known is None:
        return False
    told, value = str(known.get("birth_date") or ""), str(said.value)
    return known.get("precision") == "month" and len(value) == 10 and told[:7] == value[:7]


def _date_filled_in(said: FactUpdate, children: list[dict[str, Any]]) -> bool:
    """A known child's date told where none was known, or refined from its year ("老大2019年的"
    of 老大 not dated yet, "老二2024年8月" of 老二 known to the year), or from its month to the
    day: the answer rests on it (tester 49 c7 was asked 老大's month three turns running)."""
    known = _dated_child(said, children)
    if known is None:
        return False
    told, value = str(known.get("birth_date") or ""), str(said.value)
    if not told or _day_of_a_known_month(said, children):
        return True
    return known.get("precision") == "year" and len(value) > 4 and told[:4] == value[:4]


async def corrected_first(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> list[EventType] | None:
    """A question beside a fact put right ("哦对了 忘说了 生老二的时候我在领失业金 那是不是800"
    after "没领低保"): the later word puts the earlier right (已更新), then the question is
    answered for the family as it now stands, never "不是800元" on the old fact (tester 49
    c06). None: the message puts nothing known right."""
    if not _puts_a_known_fact_right(tracker):
        return None
    from actions.conversation import ActionHandleCorrection

    token = _CORRECTING.set(True)
    try:
        return await ActionHandleCorrection().run(dispatcher, tracker, domain)
    finally:
        _CORRECTING.reset(token)


# The facts a correction beside a question is taken for: a yes or no at a birth, a child's birth
# or due date put right ("不对 老二是前年十月生的 不是去年 那总共多少": tester 67 c1 heard the old
# date's sums, the correction dropped).
FACTS_PUT_RIGHT = frozenset(
    {"child.hardship_at_birth", "hardship_at_birth", "child.birth_date", "child.due_date"}
)


# The facts a question after the form may tell beside it and have kept: the hukou and the
# mother's insurance at the birth ("济南户口 一个月600是吧", "…我是居民医保": tester 42 c07, c10).
# The city, the children and the rest have their own readers (corrections, supposed moves).
# The housing facts the form asks: kept when said of the family in words of their own ("我们租房住
# 公积金能多租多少平米", tester 55 run: the renting was asked again after the answer), not when
# the question only names the case ("租房能提公积金吗", read with no span of its own)
HOUSING_FACTS = frozenset(
    {"renting", "owns_home_in_city", "housing_fund_contributors", "buying_first_home"}
)
KEPT_AFTER_FORM = frozenset({"hukou_in_city", "birth_insurance"}) | HOUSING_FACTS


def _kept_after_the_form(
    text: str,
    changed: dict[str, Any],
    known: dict[str, Any],
    understood: list[FactUpdate] | None = None,
) -> bool:
    """Whether facts told beside a question after the form are kept before its answer: only
    the hukou, the insurance and the housing facts, not yet known, told as they are (not
    supposed: "户口迁过来之后能领多少"), an insurance named, not denied ("还没上医保" may be the
    child's enrolment), and a housing fact read from words of its own (its span)."""
    if not changed or not set(changed) <= KEPT_AFTER_FORM:
        return False
    spans = {u.fact: u.span for u in understood or []}
    if any(name in HOUSING_FACTS and not spans.get(name) for name in changed):
        return False
    if any(known.get(name) is not None for name in changed):
        return False  # a change of a fact known is a correction, with its own action
    if SUPPOSING.search(text) or (MOVE_WORDS.search(text) and TO_COME.search(text)):
        return False
    return bool(changed.get("birth_insurance", "") != "none")


def _baby_due_told(tracker: Tracker) -> bool:
    """The message tells a baby on the way ("怀三胎了 预产期明年3月")."""
    today = clock.today().isoformat()
    told = facts_told(tracker)
    children = told.get("children") or told.get("children_partial") or []
    return any(str(c.get("birth_date") or "")[:10] > today for c in children if c)


def _hardship_told(tracker: Tracker) -> bool:
    """The message tells the benefit held at a birth, of every birth or of one child."""
    told = facts_told(tracker)
    if "hardship_at_birth" in told:
        return True
    before = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    after = told.get("children") or told.get("children_partial") or []
    return any(
        c.get("hardship_at_birth") is not None
        and (i >= len(before) or before[i].get("hardship_at_birth") != c.get("hardship_at_birth"))
        for i, c in enumerate(after)
    )


def tells_family_facts(tracker: Tracker) -> bool:
    """The message states a fact about the family beyond the city (a child, a height, hukou)."""
    return any(name != "city" for name in facts_told(tracker))


# "你现在记的俺家几个孩子", "what have you noted?": what the conversation knows, said back.
RECAP_ASKED = re.compile(
    r"(?:你|您)?(?:现在|都|一共)?记(?:的|下的|了|住的|录的)(?:[^，,。]{0,8})(?:几个|什么|啥|哪些|多少|对不对|对吗"
    r"|哪年|哪一年|几几年|几月|哪个月|哪天)"  # 你记的老大是哪年生的 (tester 103 p4)
    # "what did you record about my family so far?", "what have you taken down" (tester 115)
    r"|what (?:have you|'ve you|did you|do you have) (?:noted|note|written down|wrote down"
    r"|write down|recorded|record|taken down|take down|saved|save|stored|store|kept|keep)\b"
    r"|what do you (?:have|know) (?:about|on) (?:us|my family|our family)"
    # "what do you have on file for my family", "which city and hukou do you have recorded",
    # "what info do you have about us", "what have you got on us" (tester 109 c8, c9)
    r"|\bwhat (?:do|did) you have (?:on file |down |recorded |noted |written down |saved |stored )?"
    r"(?:for|on|about) (?:us|me|my family|our family|my household|our household)\b"
    r"|\b(?:which|what)\b[^.?!]{0,30}\b(?:do|did) you have (?:recorded|noted|on file|down|saved)\b"
    r"|\bwhat (?:info|information|details|facts) (?:do|did) you have (?:about|on|for)"
    r" (?:us|me|my|our)\b"
    r"|\bwhat (?:have|'ve) you got (?:on|for|about) (?:us|me|my family|our family)\b"
    r"|\btell me what you(?:'ve| have)? (?:recorded|noted|saved|got)\b"
    # "please tell me what you remember about my family", "what do you remember about us",
    # 你还记得我家啥情况 (tester 118 p8, p9 got the special family-planning families item)
    r"|\bwhat (?:do |did |can )?you (?:remember|recall)\b"
    r"|(?:你|您)(?:还)?记得(?:我家|我们家|俺家|咱家|我们|我)?(?:的)?(?:啥|什么|哪些|些啥|些什么)"
    # 你把我家记的情况说一下, 把记的信息念一遍: the family as noted, said back (tester 109 c4
    # was asked whether to delete everything)
    r"|记(?:的|下的|录的)(?:我家|我们家|俺家|咱家)?(?:的)?(?:情况|信息|资料|东西)?(?:给我)?"
    r"(?:说|念|讲|报|列|读)(?:一下|一遍|下|说)"
    r"|(?:说|念|讲|报|读)(?:一下|一遍|下)(?:你|您)?(?:都)?记(?:的|下的|了)"
    # 你再给俺说说你记的俺家情况 对一下 (tester 120 p6 got the public rental housing swap)
    r"|(?:说说|念念|讲讲|报报|读读|说一说|念一念)(?:你|您)?(?:都)?记(?:的|下的|了|住的)"
    # 你把我家情况给我念一遍, 把你记的我家的信息 孩子生日啥的 给我说一遍 (tester 111 c2)
    r"|(?:我家|我们家|俺家|咱家)(?:的)?(?:情况|信息|资料)(?:给我)?(?:念|说|读|报|列)(?:一下|一遍|下)"
    r"|记(?:的|下的|录的)[^。？?]{0,20}?(?:给我)?(?:说|念|讲|读|报)(?:一下|一遍)"
    r"|(?:念|说|读)(?:一下|一遍)(?:我|我们|俺)?(?:家|闺女家|儿子家)?的?(?:情况|信息|资料)"
    # "read me back what you have on file", "what is on file for my family?"
    r"|\bread (?:me |us )?back\b|\bwhat(?:'s| is) (?:on file|recorded|noted|written down)\b"
    # "how many kids do you have down for us", "why does it say child 3?", "为啥有老三":
    # the household as noted, to be corrected
    r"|how many (?:kids|children) (?:do|did) you (?:have|think|got)"
    # "list the kids you have for me", "which kids have you got", "show me what you noted",
    # 把孩子列一下, 你记了哪几个娃: the household as noted
    r"|\b(?:list|show|read back|repeat)\b[^.?!]{0,12}\b(?:the |my |our )?(?:kids|children|family"
    r"|what you (?:have|noted|got|wrote))\b(?!'|s'| (?:get|can|could|qualify|are eligible))"
    r"|\bwhich (?:kids|children) (?:do|did|have) you\b"
    r"|\bwhat you(?:'ve| have)? (?:noted|written down)\b"
    r"|(?:孩子|娃|小孩)(?:们)?(?:给我)?(?:列|念)(?:一下|一遍|下)|(?:列|念)(?:一下|一遍)(?:我家|我们家)?(?:的)?(?:孩子|娃)"
    r"|why (?:does it|do you|did you) (?:say|show|list|have|count|put)\b.{0,20}"
    r"(?:child ?\d|(?:\d|two|three|four) (?:kids|children))"
    r"|(?:(?:为啥|为什么|怎么)(?:会|还)?(?:说|写|显示|算成?|有|多了?)了?|哪(?:儿)?来的?)"
    r"(?:我家|我们家?)?有?(?:[2-9二三四五六]个孩子|老[二三四]|第[2-9二三四]个孩子)"
    # "please tell me what you have on file for my family", "what have you got on file",
    # "recap", "summarize what you know about us" (tester 112 c7, 113 c8)
    r"|\bwhat (?:do |did )?you(?:'ve| have)? (?:got )?(?:on file|recorded|saved|stored)\b"
    r"|\bwhat (?:have|'ve) you got (?:on file|down|noted|recorded)\b"
    r"|\brecap\b(?! of (?:the )?(?:polic|plan|rule|clause))"
    r"|\bsumm(?:ar(?:y|i[sz]e)|ari[sz]e)\b[^.?!]{0,30}\b(?:what you|you(?:'ve| have)|my family"
    r"|our family|my household|our household|so far|on file|my details|our details|about us)"
    r"|\b(?:tell|show|give) (?:me|us) what you(?:'ve| have)? (?:know|got|have)\b"
    # 帮我核对一下记的信息, 你记的信息给我复述一遍, 把我家的情况列出来, 把记录的内容列一下
    # (tester 113: 念一遍/核对一下/列出来 went unanswered)
    r"|核对(?:一下|下)?(?:你|您)?(?:记|信息|资料|情况|一下我家)|(?:记的|记下的|信息|资料)[^。？?]{0,6}核对"
    r"|^\s*(?:帮我|请|麻烦)?(?:核对|复述)(?:一下|下)\s*[。!！]?\s*$"
    r"|(?:记|信息|资料|情况)[^。？?]{0,8}复述|复述(?:一下|一遍)?(?:你|您)?(?:记|信息|资料|我家)"
    r"|(?:我家|我们家|俺家|咱家|记的|记下的|记录的)(?:的)?(?:情况|信息|资料|内容)?[^。？?]{0,4}"
    r"(?:列出来|列一下|列一列|列个清单)"
    r"|记(?:的|下的|录的)(?:内容|东西)(?:给我)?(?:说|念|讲|报|列|读)"
    # 你把我家的情况再跟我核对一下, 你那现在是咋记的俺家, 俺家的情况你念一下, 我家的信息你还记着吗
    # 说一下, "what info you keep about my family? please list" (tester 114)
    r"|(?:我家|我们家|俺家|咱家)的?(?:情况|信息|资料)(?:(?!我来|我说|俺说|[我俺](?:跟|给|和)你|跟你|给你|和你)[^。？?]){0,8}"
    r"(?:核对|念|读|复述|说一遍|说一下|列)"  # not 我家的情况我跟你说一下: the family told
    r"|(?:咋|怎么|如何)记的(?:我家|我们家?|俺家|俺们|咱家)"
    r"|(?:情况|信息|资料)你(?:还)?记着(?:吗|没|呢)?"
    r"|\bwhat (?:info|information|details|facts)? ?(?:do )?you (?:keep|hold|store|save)\b"
    r"[^.?!]{0,12}\b(?:us|me|my|our)\b"
    # "can you tell me what you wrote down about us?", 你把记的给我念念, 你记下我家啥情况了 说给我
    # 听听 (tester 117 p4, p8)
    r"|\bwhat you(?:'ve| have)? (?:wrote|written|noted|put|typed|saved|recorded|kept|got)"
    r"(?: down)? (?:about|for|on) (?:us|me|my family|our family|my household)\b"
    r"|记(?:的|下的|录的|住的)[^。？?]{0,12}?(?:念念|说说|讲讲|读读|听听)"
    r"|记(?:下|了|住)?(?:了)?(?:我家|我们家|俺家|咱家)(?:的)?(?:啥|什么|哪些)(?:情况|信息|东西)?",
    re.I,
)


def joined_parts(parts: list[str]) -> str:
    """The answers to a several-part question, a lead they share ("您家我记下的是2个孩子，还没有
    老三…") said once; a part already said within an earlier one is left out (the 600 and its
    200 gave the same 800 block twice in one reply, tester 28 r4)."""
    parts = [p for i, p in enumerate(parts) if not any(p in q for q in parts[:i])]
    firsts = {p.split("\n", 1)[0] for p in parts}
    if len(parts) > 1 and len(firsts) == 1 and all("\n" in p for p in parts):
        lead = firsts.pop()
        return lead + "\n" + "\n\n".join(p.split("\n", 1)[1] for p in parts)
    return "\n\n".join(parts)


def asked_after(text: str, pattern: re.Pattern[str]) -> str:
    """The rest of a message asking two things, after the clause `pattern` answers ("双胞胎算二孩吗
    老二能领600不": "老二能领600不"; "do twins count as 2nd child? and how much for the second
    one"): empty when the rest asks nothing."""
    for cut in CLAUSE_BREAK.finditer(text):  # the shortest opening that asks it
        if pattern.search(text[: cut.start()]):
            rest = text[cut.end() :].strip()
            break
    else:
        return ""
    said = normalise(rest)
    return rest if rest and (QUESTION.search(said) or figures_checked(said)[0]) else ""


# Where a message asking two things breaks: a question mark, "and", "also", 还有, 另外, 以及.
# ... and a space between two Chinese questions ("每月补贴多少 陪产假几天", tester 25 x02)
PART_BREAK = re.compile(
    r"[?？]|\band\b|\balso\b|还有|另外|以及|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", re.I
)
# A part asking money by its own word ("每月补贴多少"), not "一个月多少" of a measure just named.
MONEY_WORD = re.compile(r"补贴|补助|钱|subsid|money|allowance|cash", re.I)
SAID_BREAK = re.compile(r"[?？]|\band\b|\balso\b|还有|另外|以及", re.I)


def money_and_another(text: str, city: str | None, lang: Lang) -> list[str] | None:
    """A message asking the monthly money and another measure ("how much will delivery be
    reimbursed? and is there monthly money", "生孩子能报多少 还有每个月有钱领吗"): its two parts, in
    the order asked, each to be answered; None otherwise (tester 22 got one answer in English)."""
    parts = [p.strip() for p in PART_BREAK.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    money = next((p for p in parts if MONTHLY_TOTAL.search(p)), None)
    spaced_only = not SAID_BREAK.search(text)  # the parts are apart by a space only
    if money is not None and spaced_only and not MONEY_WORD.search(money):
        return None  # "托育机构有补贴吗 一个月多少": how much of that measure, not the 600
    other = next(
        (
            p
            for p in parts
            if not MONTHLY_TOTAL.search(p)
            and (found := asked_measure(p, city, lang)) is not None
            and not is_monthly_money(found)
        ),
        None,
    )
    if money is None or other is None:
        return None
    return sorted([money, other], key=text.index)


# A part of a message that asks in English ("how much is the delivery reimbursed").
ASKS_IN_ENGLISH = re.compile(
    r"^\W*(?:how|what|when|which|who|where|is|are|do|does|can|will|could)\b", re.I
)


def child_asked_of_topic(tracker: Tracker, text: str, city: str | None, lang: Lang) -> str | None:
    """A question whether one child of the family gets the measure under discussion, the measure
    left unsaid ("can the eldest get it?", "老大能领吗" after the 600), put with the measure's
    name, to be answered as that child's (Jinan clause 12: the 1st child does not get it);
    None when the message names a measure or asks nothing of a child."""
    from actions.each_part import for_the_child  # each_part's wrapper imports this module

    current = topic(tracker)
    if current is None or names_a_child(text) or named_measure(text, city, lang) is not None:
        return None  # "那老大有没有", "and the older one?": the child follow-up's own answer
    if len(asking_pieces(text)) > 1 or for_the_child(text, current) is None:
        return None
    return titled(current, lang, text, t(lang, "", ", "))


def two_measures(text: str, city: str | None, lang: Lang) -> list[str] | None:
    """A message asking two measures, each in its own part said apart ("how much is the
    delivery reimbursed and how long is paternity leave", "产假多少天？陪产假呢"): its parts,
    in the order asked, each to be answered; None when a part asks nothing, two parts ask the
    same measure, or neither names its measure by name (tester 26: only the leave was given)."""
    parts = [p.strip() for p in SAID_BREAK.split(text) if p.strip()]
    if len(parts) != 2:
        return None
    if not all(QUESTION.search(p) or ASKS_IN_ENGLISH.search(p) for p in parts):
        return None
    found = [asked_measure(p, city, lang) for p in parts]
    if any(e is None for e in found) or len({e.id for e in found if e is not None}) < 2:
        return None
    if not any(named_measure(p, city, lang) is not None for p in parts):
        return None
    return parts


def child_and_measure(
    tracker: Tracker, text: str, city: str | None, lang: Lang
) -> list[str] | None:
    """A message asking what one of the family's children gets and, apart, another measure by
    name ("老大呢 老大有没有 还有我老婆产假多少天": tester 43 c05 got only the leave): its parts,
    in the order asked, each to be answered; None otherwise."""
    parts = [p.strip() for p in SAID_BREAK.split(text) if p.strip()]
    if len(parts) != 2:
        return None
    children = tracker.get_slot("children") or []
    if not isinstance(children, list) or not children:
        return None

    def of_a_child(part: str) -> bool:
        said = normalise(part)
        return (
            child_named(part, children, clock.today()) is not None
            and ONE_CHILD_ASKS.search(said) is not None
            and named_measure(part, city, lang) is None
        )

    def of_a_measure(part: str) -> bool:
        return (QUESTION.search(normalise(part)) is not None) and named_measure(
            part, city, lang
        ) is not None

    if (of_a_child(parts[0]) and of_a_measure(parts[1])) or (
        of_a_measure(parts[0]) and of_a_child(parts[1])
    ):
        return parts
    return None


# Who a part of a leave question is about: the father (by his words or his leave's name), the
# mother, or the speaker ("我呢", "and me?"), who is the parent the other part is not about.
FATHER_PART = re.compile(
    r"\b(?:dad|daddy|father|husband|hubby|paternity|son[- ]in[- ]law|my son)\b"
    r"|陪产|老公|丈夫|爸|爹|男方|他呢|女婿|姑爷|(?<!生)儿子(?:呢|能|可以|休|有)",
    re.I,
)
MOTHER_PART = re.compile(
    r"\b(?:wife|missus|mum|mom|mother|maternity|she|her)\b|(?<!陪)产假|老婆|媳妇|妻子|孩子?他?妈"
    r"|女方|妈妈|她|女儿|闺女|儿媳|\bdaughter(?:[- ]in[- ]law)?\b",
    re.I,
)
SPEAKER_PART = re.compile(
    r"^\W*(?:and |what about |how about )?(?:me|i|myself)\W*$|^\W*(?:那)?我(?:呢|自己呢)",
    re.I,
)
LEAVE_ASKED = re.compile(
    r"(?<!真的)(?<!是真是)(?<!真的还是)假|休|\bleave\b|\bdays?\b"
    r"|\b(?:time|take|stay|be|days|weeks?|months?) off\b|\boff work\b"
    r"|\bstay (?:at )?home\b",
    re.I,
)
LEAVE_NAMED = re.compile(r"产假|育儿假|\b(?:maternity|paternity|parental)\b", re.I)
MAX_OTHER_PARENT = 24  # characters of a part naming the other parent ("what about my husband")


# A part that names a person or the birth: whose leave it asks ("生完能休多久" is the mother's)
SOMEONE_PART = re.compile(
    r"我|他|她|老公|老婆|媳妇|丈夫|妻子|爱人|爸|妈|男方|女方|生完|生了|产后|生孩子"
    r"|\b(?:i|me|my|he|she|his|her|husband|wife|dad|mom|mum|father|mother|birth)\b",
    re.I,
)


def _of_the_leave_named(part: str, parts: list[str]) -> bool:
    """Whether a part asking the days with no person named ("俩孩子能休几天") asks after the
    leave another part names ("陪产假呢"): that leave's days, not the other parent's (tester 41
    c01 got the maternity leave with the parental leave asked)."""
    return not SOMEONE_PART.search(part) and any(
        LEAVE_NAMED.search(p) for p in parts if p is not part
    )


def parents_leave(text: str, city: str | None) -> list[Entry] | None:
    """Both parents' leave asked in one message, each in its own part ("how many days leave do
    i get as the dad? and my wife?", "我老公陪产假几天 我呢", "我能休几天产假 孩子他爸呢";
    tester 28 c2 got the father's only): the city's maternity and paternity leave (Jinan
    clause 11, 158 days and at least 15 days) in the order asked; None for anything else, or
    when one entry holds both (Beijing (12))."""
    if city is None or not LEAVE_ASKED.search(text):
        return None
    named_leaves = {m.group(0).lower() for m in LEAVE_NAMED.finditer(text)}
    if named_leaves and named_leaves <= {"育儿假", "parental"}:
        return None  # "那我老公育儿假呢 他能休几天": the parental leave, each parent's (tester 45)
    parts = [p.strip() for p in PART_BREAK.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    whose: list[str] = []
    for part in parts:
        if not LEAVE_ASKED.search(part) and len(part) > MAX_OTHER_PARENT:
            continue  # "and can she go to nursery": another question, not the other parent's
        if FATHER_PART.search(part):
            whose.append("f")
        elif MOTHER_PART.search(part):
            whose.append("m")
        elif SPEAKER_PART.search(part) or (
            LEAVE_ASKED.search(part)
            and not LEAVE_NAMED.search(part)
            and not re.search(r"\d", part)  # "so it's 15 days right?": a figure checked
            and not _of_the_leave_named(part, parts)
        ):
            whose.append("self")  # "那我生完能休多久", "生完能休多久": the speaker's own
    named = [w for w in whose if w != "self"]
    if len(set(named)) == 1 and "self" in whose:  # "我老公陪产假几天 我呢": the other one
        whose = [w if w != "self" else ("m" if named[0] == "f" else "f") for w in whose]
    order = list(dict.fromkeys(w for w in whose if w != "self"))
    if set(order) != {"f", "m"}:
        return None
    leaves = {
        "m": catalogue().entries.get(f"{city}.maternity_leave"),
        "f": catalogue().entries.get(f"{city}.paternity_leave"),
    }
    found = [leaves[w] for w in order]
    if not all(found):
        return None
    # Both parents' time off asked with no leave named ("生完能休多久 我老公呢"): the leave each
    # of them gets beside (Jinan clause 11's parental leave, each parent of a child under 3), so
    # one answer holds every leave (tester 40 n2).
    shared = None if LEAVE_NAMED.search(text) else catalogue().entries.get(f"{city}.parental_leave")
    return [e for e in found if e is not None] + ([shared] if shared is not None else [])


def asked_together(text: str, city: str | None) -> list[Entry] | None:
    """The measures one question asks together, each to be answered: both parents' leave
    ("how long can my daughter stay off work? and her husband?") or what going to kindergarten
    brings ("孩子上幼儿园有啥优惠不": Jinan clause 13's priority and pre-school aid); None for
    anything else."""
    parents = parents_leave(text, city)
    if parents is not None:
        return parents
    kindergarten = kindergarten_measures(text, city)
    return kindergarten if len(kindergarten) > 1 else None


def family_sums_answer(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """ "两个加起来一个月多少 总共多少 你算一下" of the family's children paid: the month's sum and
    the whole sum in one sentence (sums_asked), with the clause; None unless both are asked."""
    said = family_sums(dict(tracker.slots), text, lang, clock.today())
    money = monthly_subsidy(context_city(tracker))
    if said is None or money is None:
        return None
    return said, money


def first_steps_asked(tracker: Tracker, text: str) -> tuple[str, str] | None:
    """What to do first asked ("我们先做什么", "what do we do first?"), alone or after another
    question: the first steps (results.first_steps) and the rest of the message to answer
    before them; None when not asked, or on the hotline."""
    if in_hotline(tracker):
        return None
    from actions.results import FIRST_ASKED, first_steps  # results imports this module

    if not FIRST_ASKED.search(text):
        return None
    pieces = asking_pieces(text) or [text]
    asked = [p for p in pieces if FIRST_ASKED.search(p)]
    first = first_steps(tracker, " ".join(asked), reply_language(tracker))
    if first is None:
        return None
    return first, " ".join(p for p in pieces if p not in asked)


def family_until_answer(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """ "一个月1400到27年9月是吧", "老二满3岁以后呢" of the family's monthly money: yes or no to the
    end, then the money period by period (sums_asked), with the note on dates counted from the
    1st; None otherwise, and on the hotline (a case's own answers)."""
    if in_hotline(tracker):
        return None
    said = total_until_answer(dict(tracker.slots), text, lang, clock.today())
    money = monthly_subsidy(context_city(tracker))
    if said is None or money is None:
        return None
    return said, money


def _city_of_the_leaves(tracker: Tracker, text: str) -> str | None:
    """The city whose leaves are asked together: a hotline caller's, else the one the message
    names over the family's known one; None while no city is known (the form reads the city
    told with the facts first, "怀三胎了 预产期明年3月 济南的 想问问产假多长")."""
    known = hotline_city(tracker) if in_hotline(tracker) else context_city(tracker)
    return (mentioned_city(text) or known) if known is not None else None


# A leave named before another city is ("产假能休多久 我老公在济南一家公司上班 他的陪产假…").
LEAVE_WORD = re.compile(r"产假|陪产|育儿假|哺乳假|护理假|maternity|paternity|parental leave", re.I)


def leaves_of_two_cities(tracker: Tracker, text: str) -> bool:
    """Whether a family (not a hotline call) asks a leave of its own city before naming another
    city for a second leave ("产假能休多久 我老公在济南一家公司上班 他的陪产假是按济南的15天算
    吗" of a Beijing mother): each part is answered with its own city's plan (tester 139 p4 was
    given Jinan's 158 days)."""
    if in_hotline(tracker):
        return False
    said = normalise(text)
    at = other_city_named_at(said, context_city(tracker), mentioned_city(text))
    return at is not None and LEAVE_WORD.search(said, 0, at) is not None


def where_each_answer(tracker: Tracker, text: str) -> str | None:
    """where_each_item for a family (never a hotline call) whose city is known, asked of all
    its items at once in its own city ("北京这些去哪办" of a Beijing family); else None."""
    city = tracker.get_slot("city")
    if in_hotline(tracker) or city is None or not each_where_asked(text):
        return None
    if mentioned_city(text) not in (None, city):
        return None  # another city's items: a what-if, answered as one
    return where_each_item(dict(tracker.slots), reply_language(tracker), clock.today())


def with_text(tracker: Tracker, text: str) -> Tracker:
    """The same conversation with `text` as the latest message (one part of a message asking
    two things, answered on its own)."""
    return tracker_with(tracker, latest_message={**tracker.latest_message, "text": text})


def with_slots(tracker: Tracker, **slots: Any) -> Tracker:
    """The same conversation with `slots` set (a city named in a question, a cover asked
    about), to answer as for that family without changing the real one."""
    return tracker_with(tracker, slots={**tracker.slots, **slots})


def case_slots(tracker: Tracker) -> dict[str, Any]:
    """The slots of a hotline worker's tracker with the caller's case as the family's (city,
    hukou, children), for the answers a citizen's family gets."""
    case = case_facts(tracker, clock.today())
    family = {k: case.get(k) for k in ("city", "hukou_in_city", "children", "children_partial")}
    return {**tracker.slots, **family}


def tracker_with(
    tracker: Tracker,
    slots: dict[str, Any] | None = None,
    latest_message: dict[str, Any] | None = None,
) -> Tracker:
    """A copy of `tracker` with other slots or another latest message; the rest is shared."""
    return Tracker(
        sender_id=tracker.sender_id,
        slots=dict(tracker.slots) if slots is None else slots,
        latest_message=tracker.latest_message if latest_message is None else latest_message,
        events=list(tracker.events),
        paused=tracker.is_paused(),
        followup_action=tracker.followup_action,
        active_loop=tracker.active_loop,
        latest_action_name=tracker.latest_action_name,
    )


def case_recap(case: dict[str, Any], lang: Lang) -> str:
    """What is noted of a hotline caller's case, and how to change it."""
    known = recap(known_facts(case, clock.today()), case.get("city"), lang)
    return render.noted_so_far(known, lang, caller=True)


def answered_recap(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """A question about what is noted: the recap of the known facts. False when not asked."""
    if not RECAP_ASKED.search(text):
        return False
    lang = reply_language(tracker)
    if in_hotline(tracker):  # "把你记下的孩子列一下" on a call: the caller's case, kept apart
        # from any family's slots (tester 67 c6 heard "nothing noted" of a case in use)
        dispatcher.utter_message(text=case_recap(case_facts(tracker, clock.today()), lang))
        return True
    known = recap(known_facts(tracker.slots, clock.today()), tracker.get_slot("city"), lang)
    dispatcher.utter_message(text=render.noted_so_far(known, lang))
    return True


def answered_absent(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """A question about something neither plan contains ("生三胎有奖励吗"): the plans are
    silent, said so, with the nearest measures they have. False when it asks about no such thing."""
    topics = absent_topics(text)
    lang = reply_language(tracker)
    for silent in topics:  # "milk powder or a bonus": each said
        dispatcher.utter_message(text=render.absent_answer(silent, tracker.get_slot("city"), lang))
    return bool(topics)


# The parts of a message, at spaces and punctuation ("北京…有没有每个月的育儿补贴 济南好像有600").
PARTS = re.compile(r"(?<=[?？])\s*|[,，。;；!！]+\s*|(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff])")


def without_comparison(text: str, lang: Lang) -> str:
    """A question about one city with another city's measure said beside it for comparison
    ("北京生二胎有没有每个月的育儿补贴 济南好像有600", "does Beijing have monthly money? Jinan
    pays 600"): the question alone, so that it is answered for the city it asks about; `text`
    itself when it names fewer than two cities, or the question alone names no measure."""
    if compares_money(normalise(text)):
        return text  # "济南都给600 为什么我们北京没有": the why is of the comparison (cutoffs)
    parts = [p for p in PARTS.split(text) if p]
    cities = [mentioned_city(p) for p in parts]
    if len({c for c in cities if c is not None}) < 2:
        return text
    asking = [
        c for p, c in zip(parts, cities, strict=True) if c and (QUESTION.search(p) or "?" in p)
    ]
    if not asking:
        return text
    kept = " ".join(p for p, c in zip(parts, cities, strict=True) if c in (None, asking[0]))
    return kept if asked_measure(kept, asking[0], lang) is not None else text


def _height_of_a_guessed_child(tracker: Tracker, text: str) -> bool:
    """A height told of a child named by its sex alone, after the answer was shown (household_
    form.BY_SEX_ONLY): the correction action answers it and asks which child."""
    if not tracker.get_slot("result_shown"):
        return False
    said = read_message(text, dict(tracker.slots), clock.today())
    return any(u.guessed and u.fact.startswith("child.height") for u in said)


# A reply that already says there is no monthly money ("没有。", "对，北京的方案没有按月发钱的补贴",
# "No.", "Yes, that's right: … has no monthly cash payment").
PLAIN_NO = re.compile(r"^(?:没有|不能|No)[。.]|没有按月发钱|no monthly cash", re.M)


# A number of days asked ("到底几天", "how many days"): of a leave.
DAYS_ASKED = re.compile(r"几天|多少天|多长时间|多久|how many days|how long", re.I)


# A child planned, no figure put back ("打算明年要三胎 到时候能领多少", tester 82 c7): what that
# child would get is asked.
PLANNED_CHILD = re.compile(
    r"(?:打算|准备|计划|想)(?:明年|今年|后年|以后|过两年)?(?:再)?(?:要|生)(?:个|一个)?"
    r"(?:老[二三四]|[2-4二三四]胎|[二三四]宝|孩子|娃)"
)


# Each of the two cities asked apart ("产假北京济南各多少天", "产假 北京几天 济南几天", "leave in
# beijing and jinan respectively").
EACH_CITY = re.compile(
    r"各(?:多少|几|是|有)|分别|\beach\b|\brespectively\b"
    r"|(?:北京|济南)\s*(?:几|多少)[^，,。?？]{0,6}(?:北京|济南)\s*(?:几|多少)",
    re.I,
)


class ActionAnswerPolicyQuestion(Action):
    def name(self) -> str:
        return "action_answer_policy_question"

    async def keeping_city(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, city: str
    ) -> list[EventType]:
        """The answer to a question naming the family's city while it was unknown (tester 24
        c04: asked "请问您家在哪个城市" twice after "…怎么算 济南"): answered as for a family
        of that city, the read-back "记下了：在济南" first, and the city kept. When the form
        follows (other facts were told too), the form reads the city back itself."""
        text = tracker.latest_message.get("text") or ""
        start = len(dispatcher.messages)
        kept = with_slots(tracker, city=city)
        events = await self.run(dispatcher, kept, domain)
        if any(e.get("event") == "followup" for e in events) or any(
            (m.get("text") or "").startswith(READ_BACK_OPENINGS)
            for m in dispatcher.messages[start:]
        ):  # the form, or the answer itself (every fact told), reads the city back
            return [SlotSet("city", city), *events]
        beside = _facts_told_beside(dispatcher, tracker, reply_language(tracker))
        if beside:  # "my wife gave birth 2 weeks ago in jinan, our first baby … how many days
            # off do i get": the child kept with the city (tester 62 c6 lost the baby), read back
            dispatcher.messages.insert(start, dispatcher.messages.pop())
            return [SlotSet("city", city), *beside, *events]
        line = readback([told_update(city, text)], city, reply_language(tracker))
        dispatcher.utter_message(text=line)
        dispatcher.messages.insert(start, dispatcher.messages.pop())
        return [SlotSet("city", city), *events]

    @keeps_relatives_apart
    @check_taken_up
    @automatic_said
    @each_caller_answered
    @callers_measure_kept
    @cards_once
    @notes_unsaid_worries
    @years_covered_after
    @each_part_answered
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The answer (see `answer`) for the family the message makes, opened with a plain no
        to the money by the month asked in a city whose plan sets no amount (Beijing clause
        (12)) when the answer did not say it: tester 37 c09's "我就问北京有没有每月发钱的 还有
        公积金能提出来交房租不" got only the housing fund's answer."""
        from actions.next_child import (  # next_child imports focus's helpers
            imagined_in_talk,
            next_child_answer,
            said_before,
        )

        said = str(tracker.latest_message.get("text") or "")
        if in_english_terms(said) != said:  # "how many days chanjia": the measure's English words
            return await self.run(dispatcher, with_text(tracker, in_english_terms(said)), domain)
        each = where_each_answer(tracker, said)
        if each is not None:  # "北京这些去哪办": each item the family gets, where to go (t115)
            dispatcher.utter_message(text=each)
            return []
        from actions.supplement import supplement_after_the_births
        from actions.together import together_answer  # it reads focus, as this module does

        late = supplement_after_the_births(
            dict(tracker.slots), said, reply_language(tracker), clock.today()
        )
        if late is not None and not in_hotline(tracker):  # "那现在有低保了 那个多的200以后能给
            dispatcher.utter_message(text=late)  # 加上不": no, the birth decides (tester 94 g1)
            return []
        both = together_answer(tracker, said, reply_language(tracker))
        if both is not None:  # "and both at once? rent withdrawal plus the monthly subsidy?":
            # whether they go together, never one of them alone again (tester 93 e2)
            dispatcher.utter_message(text=both)
            return []
        missed = part_not_answered(tracker)
        if missed is not None:  # "幼儿园的事呢 你没说": that part of the message before, answered
            return await self.run(dispatcher, with_text(tracker, missed), domain)
        if _supplement_refused_in_talk(tracker):
            # "没有 都没领 … 那什么时候停 去哪办啊": the 200 was just ruled out, so the follow-up is
            # of the 600 it comes with (tester 86 c1 got how to claim the 200)
            base = str(tracker.get_slot(TOPIC_SLOT)).removesuffix("_hardship_supplement")
            tracker = with_slots(tracker, **{TOPIC_SLOT: base})
        lang_now = reply_language(tracker)
        filled = (
            dates_filled_in(tracker)
            if tracker.get_slot("result_shown") and not in_hotline(tracker) and not _FILLED.get()
            else None
        )
        if filled is not None and not hukou_city_question(dict(tracker.slots), said, lang_now):
            # "老二是10月18号生的 去哪申请啊", "孩子是11月3号生的 那最晚哪天办": the day noted
            # first, the answer resting on it (tester 71 c1, c3 heard the 1st of the month)
            updates = filled_noted(dispatcher, tracker, filled, lang_now)
            noted = _FILLED.set(True)  # the same message is not read for more of the kind
            try:
                events = await self.run(dispatcher, with_slots(tracker, **updates), domain)
            finally:
                _FILLED.reset(noted)
            return [*(SlotSet(k, v) for k, v in updates.items()), *events]
        money_back = (
            None  # "孙子一个月600是不是也给我们": who is paid, no sum put back (tester 105 p4)
            if ON_BEHALF.search(normalise(said))
            else _monthly_sum_of_another_topic(tracker, said, lang_now)
        )
        if money_back is not None:  # "那一共一个月1600 俩孩子到三岁 对吧 去哪办" after the
            # grandparents' insurance: the family's money and its application (tester 48 c2)
            moved = with_slots(tracker, **{TOPIC_SLOT: money_back.id})
            part = _part_putting_back(said)
            own = monthly_total_for(moved.slots, part, lang_now) if part is not None else None
            if part is None or own is None:
                return await self.run(dispatcher, moved, domain)
            dispatcher.utter_message(text=own)  # 对, the sum and its end first, then the rest
            rest = said.replace(part, " ", 1).strip()
            more = await self.run(dispatcher, with_text(moved, rest), domain) if rest else []
            return [*about(money_back), *more]
        closing = "" if in_hotline(tracker) else short_closing(said, lang_now)
        question = asked_after_closing(said) if closing else ""
        if question:  # "…paternity leave in Beijing? bye", "ok thanks bye! actually one more,
            # …": the question answered, then the goodbye (tester 49 E6)
            events = await self.run(dispatcher, with_text(tracker, question), domain)
            dispatcher.utter_message(text=closing)
            return events
        in_short = money_items_reply(
            dict(tracker.slots), said, reply_language(tracker), clock.today()
        )
        if in_short is not None and not in_hotline(tracker):
            # "whats the 12 items in short? just the money ones": the money the family gets,
            # each with its figure and clause, never an item it does not get (tester 50 e09)
            dispatcher.utter_message(text=in_short)
            return []
        hotline = in_hotline(tracker)
        held = None if hotline else hukou_city_question(dict(tracker.slots), said, lang_now)
        if held is not None and imagined_beside_hukou_there(
            tracker, said
        ):  # "他俩打算后年再要个老二 … 户口还在济南 济南那600给不给": that child's what-if from
            # the plan of the hukou's city, its silence on residence after (tester 84 c8 heard
            # Beijing's "no monthly money" three times)

            there = tracker_with(tracker, slots=with_hukou_there(dict(tracker.slots)))
            events = await ActionWhatIf().run(dispatcher, there, domain)
            dispatcher.utter_message(text=residence_silence(held, dict(tracker.slots), lang_now))
            return [e for e in events if e.get("name") not in ("city", "hukou_in_city")]
        if held is not None:  # Jinan hukou, living in Beijing: "济南的600能领吗" from Jinan's
            # plan for this family, what it leaves open and whom to ask (clause 12; tester 57)
            from actions.results import focused_reply  # results imports this module

            filled = dates_filled_in(tracker)
            if filled is not None:  # "老大2019年的。那就是济南给600是吧 到什么时候": the date
                # noted first, the answer resting on it (tester 49 c7 was asked it again)
                filled_noted(dispatcher, tracker, filled, lang_now)
            slots = {**tracker.slots, **(filled[0] if filled else {})}
            reply = focused_reply(tracker, slots, held, lang_now, question=said)
            if RESIDENCE_ASKED.search(said):  # "not where we live, no?": that first
                reply = residence_answer(held, slots, lang_now) + "\n" + reply
            dispatcher.utter_message(text=reply)
            kept = [SlotSet(k, v) for k, v in (filled[0] if filled else {}).items()]
            return [*kept, *about(held)]
        basis = supplement_basis_answer(
            said, hotline_city(tracker) if hotline else context_city(tracker), lang_now
        )
        if basis is not None:  # "低保户加发200是看生孩子的时候还是申请的时候 失业金算不算": the
            # birth decides and the benefit counts (Jinan clause 12; tester 53 c6)
            dispatcher.utter_message(text=basis)
            kept = [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if hotline else []
            supplement = supplement_entry(
                hotline_city(tracker) if hotline else context_city(tracker)
            )
            return [*(about(supplement) if supplement else []), *kept]
        per_birth = per_child_or_birth_answer(
            said,
            hotline_city(tracker) if hotline else context_city(tracker),
            topic(tracker),
            reply_language(tracker),
        )
        if per_birth is not None:  # "双胞胎是3000还是6000": what clause 15 says, and what it
            # does not (per baby or per birth); no twins taken as the family's (tester 57)
            dispatcher.utter_message(text=per_birth[0])
            kept = [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if hotline else []
            return [*about(per_birth[1]), *kept]
        now_reason = (
            None
            if hotline
            else reason_now_answer(
                dict(tracker.slots), said, reply_language(tracker), clock.today()
            )
        )
        if now_reason is not None:  # "老三只有600是因为她现在上班了吗": the 200 looks at the
            # time of that child's birth (Jinan clause 12), not at work now (tester 57)
            dispatcher.utter_message(text=now_reason)
            supplement = supplement_entry(context_city(tracker))
            return about(supplement) if supplement is not None else []
        twins = (
            None
            if hotline
            else twins_money_answer(
                dict(tracker.slots), said, reply_language(tracker), clock.today()
            )
        )
        if twins is not None:  # "if twins, how much per month total": the birth as two (12)
            dispatcher.utter_message(text=twins)
            subsidy = monthly_subsidy(context_city(tracker))
            return about(subsidy) if subsidy is not None else []
        next_one = next_child_answer(
            next_child_slots(tracker, clock.today()) if hotline else dict(tracker.slots),
            tracker.latest_message.get("text") or "",
            reply_language(tracker),
            clock.today(),
            said_before(tracker),
            figures_said(tracker),
        )
        if next_one is not None:  # "what if she has a 3rd one next year, would that one get
            # it?": that child's answer, never another child's verdict (tester 45 c10)
            dispatcher.utter_message(text=next_one)
            if hotline:  # the case, its supposed child with it, kept for the next question
                return [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
            return imagined_in_talk(dict(tracker.slots), tracker.latest_message.get("text") or "")
        put_right = await corrected_first(dispatcher, tracker, domain)
        if put_right is not None:  # "哦对了 忘说了 生老二的时候我在领失业金 那是不是800"
            return put_right
        set_told: list[EventType] = []
        told = facts_told_in_form(tracker)
        if told:
            # "是济南户口 一个月800是吧 怎么申请" while the form asks the hukou: the facts told
            # are read back and applied first, and the question answered for the family they
            # make (tester 38 c07 got "不是这个数" of the 200 alone, and the hukou asked again);
            # the form that follows finds them already set.
            updates, understood = told
            children = updates.get("children_partial", tracker.get_slot("children_partial"))
            dispatcher.utter_message(
                text=readback(
                    understood,
                    tracker.get_slot("city"),
                    reply_language(tracker),
                    len(children or []),
                    birth_known=birth_hardship_known(dict(tracker.slots)),
                    coming=births_to_come(children or tracker.get_slot("children")),
                    benefit=benefit_said_before(
                        [*said_before(tracker), tracker.latest_message.get("text") or ""]
                    ),
                )
            )
            tracker = with_slots(tracker, **updates)
            set_told = [SlotSet(name, value) for name, value in updates.items()]
        text = tracker.latest_message.get("text") or ""
        ends = (
            None
            if in_hotline(tracker)
            else family_leave_end(dict(tracker.slots), text, reply_language(tracker), clock.today())
        )
        if ends is not None:  # "when does maternity leave end": the date, not the days again
            dispatcher.utter_message(text=ends[0])  # (Jinan clause 11; tester 59 c04)
            return [*set_told, *about(ends[1])]
        unborn = unborn_height_line(dict(tracker.slots), text, reply_language(tracker))
        if unborn is not None:  # "how can i know her height she's not born yet": the rule
            dispatcher.utter_message(text=unborn)
        doubled = _leave_per_child(tracker, text, reply_language(tracker))
        if doubled is not None:  # "does parental leave double with two kids": the silence (11)
            dispatcher.utter_message(text=doubled[0])
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*set_told, *about(doubled[1]), *kept]
        care = leave_for_the_children(text, context_city(tracker))
        if care is not None:  # "can she still take days off for the twins": parental leave
            lang = reply_language(tracker)
            asked = t(
                lang, f"{care.title.get(lang)}还能休吗", f"can we take {care.title.get(lang)}?"
            )
            return [*set_told, *await self.run(dispatcher, with_text(tracker, asked), domain)]
        window_passed = family_window(tracker, text, reply_language(tracker))
        if window_passed is not None:  # "is it too late? where do we go": whether this baby's
            # window has passed first (Jinan clause 15), then where (tester 88 c7, c4)
            dispatcher.utter_message(text=window_passed)
        who = who_or_where_answer(tracker, text, reply_language(tracker))
        if who is not None:  # "姥姥能替闺女去办吗", "护理保险补贴 去哪交": the plan's silence
            whole = whole_sums(dict(tracker.slots), text, "", reply_language(tracker))
            if whole and is_monthly_money(who[1]):  # "total amount pls. also can my mum apply
                dispatcher.utter_message(text=whole)  # for it for us" (tester 98 p7)
            dispatcher.utter_message(text=who[0])
            # "who gets the money, me or my wife? is it taxed?": the tax asked beside it is
            # the plans' silence too (absent.yaml), said after (tester 52 c10)
            others = " ".join(p for p in asking_pieces(text) if not ON_BEHALF.search(p))
            answered_absent(dispatcher, tracker, others)
            applied = money_to_apply_for(others, context_city(tracker), topic(tracker))
            if applied is not None:  # "who receives it… do we need to apply?" (tester 51 D2)
                utter_once(
                    dispatcher, tracker, apply_answer(applied, reply_language(tracker), others)
                )
            return [*set_told, *about(who[1])]
        firsts = first_steps_asked(tracker, text)
        if firsts is not None:  # "那迁了户口从哪个月开始算钱 我们先做什么": the rest answered,
            # then what to do first (tester 52 c08, c04; tester 51 D4)
            first, rest = firsts
            events = await self.run(dispatcher, with_text(tracker, rest), domain) if rest else []
            dispatcher.utter_message(text=first)
            return [*set_told, *events]
        until = family_until_answer(tracker, text, reply_language(tracker))
        if until is not None:  # "那1400是一直到29年吗 老二满3岁以后呢": no, until 老二 turns 3,
            # then 老三's alone (tester 52 c01 got the income-tax deduction)
            dispatcher.utter_message(text=until[0])
            return [*set_told, *about(until[1])]
        left = money_left(dict(tracker.slots), text, reply_language(tracker))
        if left is not None:  # "我是问从现在到满3岁还剩多少钱": the months to come (tester 39 c07)
            dispatcher.utter_message(text=left)
            return set_told
        before_birth = money_before_birth(
            dict(tracker.slots), text, reply_language(tracker), clock.today()
        )
        if before_birth is not None:  # "怀着孕现在有钱吗": nothing yet, from the birth (t42 c04)
            dispatcher.utter_message(text=before_birth)
            return set_told
        start = len(dispatcher.messages)
        events = await self.answer(dispatcher, tracker, domain)
        if tracker.get_slot(WHAT_IF_SLOT) and not any(
            e.get("name") == WHAT_IF_SLOT for e in events
        ):  # another answer: the move's what-if is over
            events = [*events, SlotSet(WHAT_IF_SLOT, None)]
        if any(e.get("event") == "followup" and e.get("name") == "household_form" for e in events):
            # the form reads the facts told back first, then the answer says the no with its
            # card (tester 41 c06: "没有…" came before "记下了…", and the card after it)
            return [*set_told, *events]
        # a hotline's city is the caller's ("caller 1 …" of Jinan after caller 2's Beijing)
        city = hotline_city(tracker) if in_hotline(tracker) else context_city(tracker)
        lang = reply_language(tracker)
        no_cash = (
            None
            if asked_of_other_city(dict(tracker.slots), other_city_text(tracker, text))
            else no_monthly_cash(text, city, lang)
        )  # "假如户口迁到济南 二宝三宝每个月能领多少": Jinan's what-if, not Beijing's no (t88 c5)
        said = "\n".join(str(m.get("text") or "") for m in dispatcher.messages[start:])
        if no_cash is not None and not PLAIN_NO.search(said):
            for message in dispatcher.messages[start:]:
                carded = no_before_its_card(str(message.get("text") or ""), text, city, lang)
                if carded is not None:  # the no opens the card it rests on: said once
                    message["text"] = carded
                    break
            else:
                dispatcher.utter_message(text=no_cash)
                dispatcher.messages.insert(start, dispatcher.messages.pop())
        return [*set_told, *events]

    async def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = reply_language(tracker)
        other_matter = matter_after_correction(text)
        if other_matter is not None:  # "不对 老大6岁 还有孩子医保…": the correction is applied;
            # the question after it is not the corrected child's
            return await self.answer(dispatcher, with_text(tracker, other_matter), domain)
        hotline_on = in_hotline(tracker)
        items_shown = None if hotline_on else show_offered_items(dispatcher, tracker, text)
        if items_shown is not None:  # "那5项呢" after "另外5项要看吗？": the items offered
            return items_shown
        listed = open_items(tracker, text) if not in_hotline(tracker) else None
        if listed is not None:  # "你刚才说还有2项 是啥": those items, each with what it waits on
            dispatcher.utter_message(text=listed)
            return []
        children = tracker.get_slot("children") or []
        if (
            not hotline_on
            and tracker.get_slot("result_shown")
            and children
            and not SUPPOSING.search(text)  # "if we move our hukou … and have a 3rd": theirs
            and "迁" not in text  # 户口迁到济南以后 老三能不能拿: the supposed move's own route
            and (
                (FIGURE_SAID.search(text) and another_child(normalise(text), len(children)))
                or (
                    PLANNED_CHILD.search(text)
                    and (
                        another_child(normalise(text), len(children))
                        or _order_beyond(text, len(children))
                    )
                )
            )
            and imagines_a_child(text, children)
        ):  # "2nd kid born 2028, total childcare subsidy = 600 x 36 = 21600 right?" of a
            # family expecting its first: that child's what-if, never child 1's "No" (tester 80
            # c8)
            return await ActionWhatIf().run(dispatcher, tracker, domain)
        row = row_follow_up(tracker, text, lang)
        if row is not None:  # "ok so 1 million right? and for 2 kids?" after the loan ceiling:
            dispatcher.utter_message(text=row[0])  # that row of clause 14 (tester 47 e4)
            return [*about(row[1]), *(hotline_kept(tracker) if hotline_on else [])]
        summed_leave = leave_sum_put_back(
            text, tracker.get_slot("city") or mentioned_city(text), lang
        )
        if summed_leave is not None:  # "so 15 + 10, 25 days total this year right?"
            dispatcher.utter_message(text=summed_leave[0])
            rest = rest_after_put_back(text)
            more = await self.run(dispatcher, with_text(tracker, rest), domain) if rest else []
            return [*about(summed_leave[1]), *more]  # "… and do we get the 600": that too
        elders = answered_grandparents(dispatcher, tracker)
        if elders is not None:  # "北京有没有给爷爷奶奶的补贴": 没有 first, never clause (16)'s
            return elders  # families who lost their only child nor the subsidy system (12)
        doubled = _leave_per_child(tracker, text, lang)
        if doubled is not None:  # "育儿假 俩孩子是不是翻倍": the plan's silence, never "不是这个数"
            dispatcher.utter_message(text=doubled[0])
            kept = [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if hotline_on else []
            return [*about(doubled[1]), *kept]
        left = answered_moved_away(dispatcher, tracker, text)
        if left is not None:  # "户口刚从济南迁过来 二宝在济南能领吗": under Jinan's plan no (12),
            return left  # its silence on the months before the move, and whom to ask
        apart = answered_lives_elsewhere(dispatcher, tracker, text)
        if apart is not None:  # "baby's hukou is jinan but the family lives in beijing": the
            return apart  # Jinan rule with its clause, and the plan's silence on residence
        elsewhere_money = (
            None
            if hotline_on
            else other_city_money_answer(
                dict(tracker.slots),
                # "my wife's parents live in Jinan and have Jinan hukou … our twins": the
                # in-laws' hukou is no move of the family's supposed (tester 104 p8)
                other_city_text(tracker, own_part(text, dict(tracker.slots))),
                lang,
                clock.today(),
            )
        )
        if elsewhere_money is not None:  # "济南那个每月600我们能领吗" from a Beijing family, "如果
            # 把户口迁回济南…": that plan's rule for this family, a move only supposed (tester 57)
            dispatcher.utter_message(text=elsewhere_money[0])
            carried = other_city_text(tracker, text)
            supposed = asked_of_other_city(dict(tracker.slots), carried)
            going_on = carried if supposed is not None and supposed[1] else None
            return [*about(elsewhere_money[1]), SlotSet(WHAT_IF_SLOT, going_on)]
        nursery = nursery_money_answer(text, dict(tracker.slots), lang, clock.today())
        if nursery is not None:  # "外孙女想送托儿所 有补贴吗" in Beijing: no, then the ages (10)
            dispatcher.utter_message(text=nursery[0])
            return about(nursery[1])
        # a caller's city on the hotline ("next caller: Beijing grandma, … subsidy for the
        # kid's medical insurance?", tester 50 e08 got a list of 4 items)
        hotline = in_hotline(tracker)
        asked_city = hotline_city(tracker) if hotline else context_city(tracker)
        elsewhere_paid = split_money_elsewhere(text, asked_city, lang)
        none_put_back = elsewhere_paid is not None and bool(elsewhere_paid[2])
        if none_put_back and elsewhere_paid is not None:  # "就是说北京没钱领是吧 孩子医保有补贴没"
            none_put_back = no_cash_confirmed(elsewhere_paid[2], asked_city, lang) is not None
        if elsewhere_paid is not None and hotline and not none_put_back:
            (paid, formality), mine, rest = elsewhere_paid
            dispatcher.utter_message(text=money_elsewhere_answer(mine, paid, formality, lang))
            kept = [*about(formality), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
            if not rest:
                return kept
            return [*kept, *await self.run(dispatcher, with_text(tracker, rest), domain)]
        if elsewhere_paid is not None:  # "北京孩子医保有没有补贴": no, only joint enrolment (4)
            (paid, formality), mine, rest = elsewhere_paid
            if not rest and tracker.active_loop.get("name") is None and tells_family_facts(tracker):
                return [FollowupAction("household_form")]  # the facts read first, then this
            if rest and no_cash_confirmed(rest, context_city(tracker), lang) is not None:
                # "就是说现在没有钱领对吧 那孩子上医保有补贴没": the premise's 对 (12) first, then
                # the insurance's no (4), each part its own verdict (tester 49 c03 got 不对)
                first = await self.run(dispatcher, with_text(tracker, rest), domain)
                dispatcher.utter_message(text=money_elsewhere_answer(mine, paid, formality, lang))
                return [*first, *about(formality)]
            dispatcher.utter_message(text=money_elsewhere_answer(mine, paid, formality, lang))
            if not rest:
                return about(formality)
            return [
                *about(formality),
                *await self.run(dispatcher, with_text(tracker, rest), domain),
            ]
        if not in_hotline(tracker) and _height_of_a_guessed_child(tracker, text):
            # "儿子1米2 坐公交免费吗": the yes/no, then which child (tester 26 c03)
            from actions.conversation import ActionHandleCorrection

            return await ActionHandleCorrection().run(dispatcher, tracker, domain)
        told = city_told(tracker, text)
        if told is not None and not _baby_due_told(tracker):
            # "生孩子报销怎么算 济南": the family's city, kept and read back; with a baby on the
            # way told too ("怀三胎了 预产期明年3月 济南的 想问问产假多长"), the form reads every
            # fact (tester 48 c3 heard "记下了：在济南" alone)
            return await self.keeping_city(dispatcher, tracker, domain, told)
        # a caller's enrolment told ("老二23年2月出生 满7个月才参保 医保个人缴费能补吗"): the
        # citizen's answer on the caller's case (tester 50 c02 heard the rule, not its no)
        enrolled = answered_enrolment(
            dispatcher,
            tracker_with(tracker, slots=case_slots(tracker)) if hotline else tracker,
            text,
        )
        if enrolled is not None and hotline:
            return [
                *enrolled[0],
                SlotSet(BRIEF_SLOT, True),
                *hotline_kept(tracker),
            ]
        if enrolled is not None:  # "we did it at 2 months, is it free?": yes (Jinan clause 15)
            told_events, rest = enrolled
            city = tracker.get_slot("city")
            if normalise(rest).strip() == normalise(text).strip():
                # "那孩子没在6个月里办 俺们老两口的护理保险那个还能补吗": the part naming another
                # measure (the grandparents' care insurance), not the whole message again
                window = window_entry(city)
                rest = next(
                    (
                        part
                        for _, part in clauses(normalise(text))
                        if named_measure(part, city, lang) not in (None, window)
                    ),
                    "",
                )
            if (
                rest
                and normalise(rest).strip() != normalise(text).strip()  # (a part, never the whole
                # message again: tester 58 c4's grandparents' question looped until the timeout)
                and (named_measure(rest, city, lang) is not None or re.search(r"\d", rest))
            ):
                # "… and how do we apply for the 800": that too; a bare "how do i apply" is not
                # taken to another measure
                more = await self.run(dispatcher, with_text(tracker, rest), domain)
                return [*told_events, *more]
            return told_events
        both = both_cities(text, lang) if in_hotline(tracker) or EACH_CITY.search(text) else None
        if both is not None:  # a worker's "济南陪产假几天 北京呢": each city's, not one compared
            # (a family's "产假 北京几天 济南几天" too: tester 100 p10 heard Beijing's only)
            dispatcher.utter_message(text=both[0])
            return [*about(both[1]), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
        confirmed = no_cash_confirmed(text, context_city(tracker), lang)
        if confirmed is not None:  # "就是说北京没有每个月发钱的那种是吧": yes, and clause (12)
            dispatcher.utter_message(text=confirmed[0])
            return about(confirmed[1])
        asked_of = without_comparison(text, lang)
        if asked_of != text:  # "北京…有没有育儿补贴 济南好像有600": Beijing's, not Jinan's 600
            return await self.run(dispatcher, with_text(tracker, asked_of), domain)
        home = context_city(tracker)
        likened = likened_city(text, home)
        if likened is not None and likened != context_city(tracker):
            # "is there a monthly cash subsidy in beijing like jinan?": Beijing's answer, then
            # Jinan's measure as Jinan's rule only (tester 25 c02)
            likened_events = await self.run(
                dispatcher, with_text(tracker, without_likened(text, home)), domain
            )
            answered = next(
                (
                    catalogue().entries.get(str(e.get("value")))
                    for e in likened_events
                    if e.get("name") == TOPIC_SLOT
                ),
                None,
            ) or asked_measure(without_likened(text, home), context_city(tracker), lang)
            line = (
                likened_line(
                    answered,
                    without_likened(text, home),
                    likened,
                    lang,
                    str(dispatcher.messages[-1].get("text") or "") if dispatcher.messages else "",
                )
                if answered is not None
                else None
            )
            if line is not None and dispatcher.messages:
                dispatcher.messages[-1]["text"] = (
                    f"{dispatcher.messages[-1].get('text') or ''}\n{line}"
                )
            return likened_events
        rest_of_items = other_items(tracker, text, lang)
        if rest_of_items is not None:  # "那有别的啥吗" after an answer: the family's other items
            dispatcher.utter_message(text=rest_of_items)
            return []
        asked_after_thanks = after_thanks(text)
        if asked_after_thanks:  # "谢谢 那托儿所有补贴不": the question after the thanks
            return await self.run(dispatcher, with_text(tracker, asked_after_thanks), domain)
        supposed_cell = supposed_payers_figure(tracker, text, lang)
        if (
            supposed_cell is not None
        ):  # "要是我下个月也开始交公积金呢 是90万吧": that cell's yes or no
            dispatcher.utter_message(text=supposed_cell[0])
            return about(supposed_cell[1])
        confirmed_later = confirmed_after_birth(dict(tracker.slots), text, lang, clock.today())
        if confirmed_later is not None:  # "是100万对吧" expecting the 3rd: today's 90万 first
            dispatcher.utter_message(text=confirmed_later[0])
            return about(confirmed_later[1])
        money = money_to_apply_for(
            text, context_city(tracker) or hotline_city(tracker), topic(tracker)
        )
        if money is not None:  # "那我们去哪申请那600": the plan gives no procedure; whom to ask
            dispatcher.utter_message(text=apply_answer(money, lang, text))
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*about(money), *kept]
        told_birth = case_birth_told(tracker)  # the birth told now, or the case's
        began = began_after_birth(
            context_city(tracker) or hotline_city(tracker),
            text,
            lang,
            began_birth(tracker, case_facts(tracker, clock.today()), text, clock.today())
            if in_hotline(tracker)
            else told_birth[0]
            if told_birth is not None
            else None,
        )
        if began is not None:  # "是生完之后才开始领的 还能加200吗": not under clause 12's words
            dispatcher.utter_message(
                text=began[0] + "\n" + read_out(read_out_sentence(began[1], lang), lang)
                if in_hotline(tracker)
                else began[0]
            )
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*about(began[1]), *kept]
        before_birth = ends_before_birth(dict(tracker.slots), text, lang, clock.today())
        if before_birth is not None:  # "要是生之前失业金领完了呢": no 200, the 600 until 3
            dispatcher.utter_message(text=before_birth)
            supplement = supplement_entry(context_city(tracker))
            return about(supplement) if supplement is not None else []
        later = measure_after_the_birth(dict(tracker.slots), text, lang, clock.today())
        if later is not None:  # "三胎生了以后 俩人都交 最多贷多少": on the due date, not today
            dispatcher.utter_message(text=later)
            current = asked_measure(text, context_city(tracker), lang) or topic(tracker)
            return about(current) if current is not None else []
        moved = money_after_a_move(dict(tracker.slots), text, lang, clock.today())
        if moved is not None:  # "迁过来以后一个月多少": from the move on; earlier months unsaid
            dispatcher.utter_message(text=moved)
            subsidy = monthly_subsidy(context_city(tracker))
            return about(subsidy) if subsidy is not None else []
        days_put = (
            leave_days_checked(dict(tracker.slots), text, topic(tracker), lang, clock.today())
            if not in_hotline(tracker)
            else None
        )
        if days_put is not None:  # "那我跟我老婆一人每年10天？": yes, until when, the clause
            dispatcher.utter_message(text=days_put[0])
            return about(days_put[1])
        per_parent = per_parent_leave(
            text,
            context_city(tracker) or hotline_city(tracker),
            lang,
            bool(tracker.get_slot("children") or tracker.get_slot("children_partial")),
        )
        if (
            per_parent is not None
        ):  # "is parental leave 10 days each or shared?": each parent's (11)
            until = (
                leave_until(tracker, per_parent[1], text, lang, clock.today())
                if in_hotline(tracker)
                else None
            )
            if until is not None:  # "… each year and until when": the case child's 3rd birthday
                head, _, rest = per_parent[0].partition("\n")
                per_parent = ("\n".join(x for x in (head, until, rest) if x), per_parent[1])
            dispatcher.utter_message(text=per_parent[0])
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*about(per_parent[1]), *kept]
        parents = (
            None  # "is there nursing leave for only children": a parent's carer leave, no birth's
            if CARER_LEAVE.search(text)  # (tester 81 c8 heard Jinan's three birth leaves)
            or leaves_of_two_cities(tracker, text)
            # the city the message names first ("下一个来电人 北京的 … 产假多少天 陪产假多少天",
            # tester 107 h1 heard Jinan's 158 days), a hotline's caller's next
            else asked_together(text, _city_of_the_leaves(tracker, text))
        )
        if parents is not None:  # "how many days do I get as the dad? and my wife?" (11)
            parts = [  # "我产假158天是吧": 对 before the 158 days (tester 50 c05)
                with_confirmation(
                    answer_for_family(tracker, text, e, lang) or render.entry_answer(e, lang, text),
                    text,
                    e,
                    lang,
                )
                for e in parents
            ]
            dispatcher.utter_message(text=joined_parts(parts))
            return about(parents[-1])
        how = worked_out(dict(tracker.slots), text, lang) if not in_hotline(tracker) else None
        if how is not None:  # "你咋算的": the facts, the reasons, the sum and the clause
            dispatcher.utter_message(text=how)
            return []
        hukou_city = context_city(tracker)
        if hukou_city is not None and not in_hotline(tracker) and asks_if_hukou_matters(text):
            # "does any of this need beijing hukou?", "does it matter that we're from hebei?":
            # the plan's measures that read hukou and those worded for residents, never the
            # measure a word of the question finds (tester 40 n3 got the birth registration)
            before_it = [p for p in asking_pieces(text) if not asks_if_hukou_matters(p)]
            parts_said: list[EventType] = []
            for piece in before_it[:2]:  # "那老四生了能不能领 俺男人户口不在济南有没有影响":
                # the 4th child's answer too, first (tester 84 c11 heard the hukou's alone)
                parts_said += await self.run(dispatcher, with_text(tracker, piece), domain)
            dispatcher.utter_message(text=render.hukou_matters(hukou_city, lang))
            return parts_said
        why_not = answered_why_not_after_yes(dispatcher, tracker, text)
        if why_not is not None:  # "为什么没有 我二宝不是2023年以后生的吗" after 600 a month
            return why_not
        cutoff = answered_cutoff(dispatcher, tracker, text)
        if cutoff is not None:  # "为啥 差几天啊" after a refusal, "eligibility start date?"
            return cutoff
        # "一分钱都没有是吧", "so we get nothing?": 对，没有, and why (clause 12)
        none_here = none_put_to_family(dict(tracker.slots), text, lang)
        if none_here is not None:
            dispatcher.utter_message(text=none_here)
            subsidy = monthly_subsidy(tracker.get_slot("city"))
            return about(subsidy) if subsidy is not None else []
        changed = answered_change(dispatcher, tracker, text)
        if changed is not None:  # "does that change anything" after a correction
            return changed
        hukou_reply = answered_hukou_elsewhere(dispatcher, tracker, text)
        if hukou_reply is not None:  # "我户口在德州 也能免吗" after the long-term care answer
            return hukou_reply
        elders = answered_grandparents(dispatcher, tracker)
        if elders is not None:  # "我们老两口能有啥" in Beijing: nothing for them directly
            return elders
        multiples_reply = answered_multiples(dispatcher, tracker, text)
        if multiples_reply is not None:  # "产假多少天啊双胞胎有没有多": no bare 能, the silence
            return multiples_reply
        kids = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
        if (
            (tracker.get_slot("result_shown") or (kids and tracker.get_slot("city")))
            and not in_hotline(tracker)
            and imagines_a_child(text, kids)
            and _order_beyond(text, len(kids))
            and SUPPOSING.search(text)
        ):  # "要是俺闺女明年再生个老三 那时候她正好失业领失业金 老三能领多少": that 3rd child's
            # what-if, not 闺女 taken for a child of the family (tester 85 c1 heard "您女儿（第2个
            # 孩子）") nor the 2nd child's 200

            return await ActionWhatIf().run(dispatcher, tracker, domain)
        theirs = one_child_answer(tracker, text, lang, clock.today())
        if theirs is not None and amount_asked(text) is not None:
            # "一个月600是吧 那老大5岁的有没有": yes or no to the figure, and the eldest's
            # answer with it (tester 49 c06 heard the eldest's alone)
            monthly = answered_monthly(dispatcher, tracker, text)
            if monthly is not None:
                return monthly
        if theirs is not None:  # "does my 6 year old get the subsidy too": that child's items
            dispatcher.utter_message(text=theirs)  # (tester 32 got clause 8's institutions)
            return []
        money_reply = answered_money(dispatcher, tracker, text)
        if money_reply is not None:  # "what money do we get for the baby": the city's cash
            return money_reply
        baby = baby_overview(dict(tracker.slots), text, lang, clock.today())
        if baby is not None:  # "what about the baby when born": the items of that birth
            dispatcher.utter_message(text=baby)
            return []
        why = answered_why(dispatcher, tracker, text)
        if why is not None:  # "why 1 million? they arent born yet" after the loan ceiling
            return why
        counterpart = counterpart_answer(tracker, text, lang)
        if counterpart is not None:  # "beijing equivalent?" after Jinan's loan ceiling
            dispatcher.utter_message(text=counterpart[0])
            return about(counterpart[1])
        short = employer_days_answer(
            text,
            hotline_city(tracker) if in_hotline(tracker) else context_city(tracker),
            lang,
            topic(tracker),
        )
        if short is not None:  # "单位只给7天" of paternity leave: fewer than clause 11's 15
            dispatcher.utter_message(text=short[0])
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*about(short[1]), *kept]
        own_sums = family_sums_answer(tracker, text, lang) if not in_hotline(tracker) else None
        if own_sums is not None:  # "两个加起来一个月多少 总共多少": both sums, one sentence
            dispatcher.utter_message(text=own_sums[0])
            return about(own_sums[1])
        summed = (
            case_sums(case_facts(tracker, clock.today()), text, lang, clock.today())
            if in_hotline(tracker)
            else None
        )
        twins_case = summed or (
            twins_answer(
                case_facts(tracker, clock.today()), text, hotline_city(tracker), lang, clock.today()
            )
            if in_hotline(tracker)
            else None
        )
        if twins_case is not None:  # "twins + an older kid, each 600?": the case's own twins
            dispatcher.utter_message(text=twins_case[0])
            return [
                *about(twins_case[1]),
                SlotSet(BRIEF_SLOT, True),
                *hotline_kept(tracker),
                SlotSet(HOTLINE_SLOT, twins_case[1].city),  # 600 is Jinan's, whatever came before
            ]
        monthly_of_case = (
            case_monthly_answer(case_facts(tracker, clock.today()), text, lang, clock.today())
            if in_hotline(tracker)
            else None
        )  # "4 ch … ch4 2024 … what does she get monthly": each child's, below, not the 4th's
        unnamed = (
            order_unnamed(
                topic(tracker),
                text,
                hotline_city(tracker) if in_hotline(tracker) else tracker.get_slot("city"),
                lang,
            )
            if monthly_of_case is None
            else None
        )
        if unnamed is not None:  # "does a 4th child get it?": not "a family of 4" for a loan,
            # nor, of a family's 老四, a flat no (tester 57): the plan names the 2nd and 3rd only
            dispatcher.utter_message(text=unnamed[0])
            # a citizen's own family asked of ("does child 4 get nothing?") stays a citizen's
            # talk: no hotline case made of it (tester 67 c10)
            own_family = bool(tracker.get_slot("children_partial")) and not in_hotline(tracker)
            return [
                *about(unnamed[1]),
                SlotSet(BRIEF_SLOT, True),
                *([] if own_family else hotline_kept(tracker)),
            ]
        # a family's own results shown: "what if one pays" compares theirs (ActionWhatIf)
        family = bool(tracker.get_slot("result_shown")) and not in_hotline(tracker)
        case = (
            # "if we have a 3rd later, does the loan limit go up?": that many children's figure
            (hukou_city_loan(tracker, text, lang) if not in_hotline(tracker) else None)
            or (
                more_children_answer(dict(tracker.slots), text, lang, topic(tracker))
                if not in_hotline(tracker)
                else None
            )
            or (family_loan_case(tracker, text, lang) if not in_hotline(tracker) else None)
            # "三孩家庭双职工缴存 最高贷多少 一个人缴呢": each cell named (tester 53 c6)
            or (hotline_loan_answer(tracker, text, lang) if in_hotline(tracker) else None)
            or (
                None
                if family or in_hotline(tracker)
                else loan_case_answer(tracker, text, context_city(tracker), lang)
            )
        )
        if case is not None:  # "and one payer?" after the loan ceiling: that payer count's figure
            dispatcher.utter_message(text=case[0])
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*about(case[1]), *kept]
        if in_hotline(tracker) and not CONTACT.search(text):  # a phone number: none given
            # the worker's rule question, for the city named now or last (tester 19 c06)
            answer, meant = hotline_answer(tracker, lang, clock.today())
            if answer is not None:
                # the whole message: its parts are answered one by one (each_part)
                whole = session_user_texts(tracker)[-1:] or [text]
                apart_cities = hukou_and_home(normalise(whole[0]))
                if (
                    apart_cities is not None
                    and meant is not None
                    and meant.city == apart_cities[0]
                    and "hukou_in_city" in meant.facts
                ):  # 人在北京上班 户口还在济南: the plan's silence on where the caller lives
                    parts = answer.split("\n")
                    lead_at = next(
                        (i for i, x in enumerate(parts) if x.startswith(("牵头部门", "Lead dep"))),
                        len(parts),
                    )
                    parts.insert(lead_at, residence_unsaid(*apart_cities, lang))
                    answer = "\n".join(parts)
                dispatcher.utter_message(text=answer)
                return [*answered_about(meant), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
            if opens_hotline(text):  # "我是12345热线的" alone: the mode acknowledged, what to ask
                dispatcher.utter_message(text=hotline_opened(tracker, lang))
                return [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
        city = context_city(tracker)
        if answered_recap(dispatcher, tracker, text):
            return []
        overview = child_overview(tracker, text, lang)
        if overview is not None:  # "is there anything for the older one", 老大有啥政策
            dispatcher.utter_message(text=overview)
            return []
        of_child = child_asked_of_topic(tracker, text, city, lang)
        if of_child is not None:  # "can the eldest get it?" after the 600: the eldest's answer
            return await self.run(dispatcher, with_text(tracker, of_child), domain)
        twins = twins_counted_answer(tracker, text, lang)
        if twins is not None:  # "does the younger twin count as second child"
            dispatcher.utter_message(text=twins)
            rest = asked_after(text, TWINS_COUNTED)
            if rest:  # "双胞胎算二孩吗 老二能领600不": the second question answered too
                return await self.run(dispatcher, with_text(tracker, rest), domain)
            return []
        two = (
            money_and_another(text, city, lang)
            or two_measures(text, city, lang)
            or child_and_measure(tracker, text, city, lang)
        )
        if two is not None:  # "how much will delivery be reimbursed? and is there monthly money"
            events: list[EventType] = []
            start = len(dispatcher.messages)
            for piece in two:  # each part on its own, in the order asked
                events += await self.run(dispatcher, with_text(tracker, piece), domain)
            city_asked_once(dispatcher.messages[start:], lang)
            return events
        unsaid_cover = cover_unsaid_answer(text, city, cover_named(text), lang)
        if unsaid_cover is not None:  # "北京居民医保生孩子能报多少": no amount in Beijing (12)
            dispatcher.utter_message(text=unsaid_cover[0])
            return about(unsaid_cover[1])
        ended = after_benefits_end(dict(tracker.slots), text, lang, clock.today())
        if ended is not None:  # "现在不领失业金了还给那200吗": the birth decides, paid to 3
            supplement = supplement_entry(city)
            utter_once(dispatcher, tracker, ended)
            return about(supplement) if supplement is not None else []
        if tracker.active_loop.get("name") is None and _hardship_told(tracker):
            asked = asked_measure(text, city, lang)
            if asked is not None:  # "生老二那会我老公失业了在领失业金 还能多给吗": the benefit at
                # that birth noted first, then the answer for the family (tester 62 c1 was told
                # the 200 "还要确认" right after saying it)
                return [
                    SlotSet(FOCUS_SLOT, asked.id),
                    SlotSet(QUESTION_SLOT, text[:500]),
                    FollowupAction("household_form"),
                ]
        if (
            tracker.get_slot("result_shown")
            and imagines_a_fact(tracker, text)
            and _changed_by(tracker, text)
        ):  # "要是生的时候没领失业金 是不是就600": the what-if's figures beside the family's, never
            # the family's own figure checked (tester 82 c4 heard "不对，是800元")
            imagined = imagined_measure(tracker, text, city, None)
            whatif = await ActionWhatIf().run(dispatcher, tracker, domain)
            return [*whatif, *(about(imagined) if imagined is not None else [])]
        monthly = answered_monthly(dispatcher, tracker, text)
        if monthly is not None:
            return monthly
        if CONTACT.search(text):  # "who do i contact, phone number?": the plans give none
            # the measure named (育儿补贴去哪问 电话多少), else the one under discussion
            current = named_measure(text, city, lang) or topic(tracker)
            named_city = mentioned_city(text)
            if named_city is not None and (current is None or current.city != named_city):
                # "…of the jinan health commission office that handles the subsidy" after a
                # Beijing measure: that city's measure named, or its monthly subsidy
                current = named_measure(text, named_city, lang) or (
                    monthly_subsidy(named_city) if SUBSIDY_WORD.search(text) else None
                )
            entries = [current] if current is not None else []
            cities = cities_meant(text, tracker.get_slot("city"))
            dispatcher.utter_message(text=render.handoff(entries, cities, lang))
            return about(current) if current is not None else []
        capped = cap_unstated(tracker, text, city, lang)
        if capped is not None:  # "能提多少 有上限没" of the rent withdrawal: no cap in the plan
            dispatcher.utter_message(text=render.no_cap(capped, lang))
            return about(capped)
        if city is not None and asks_if_hukou_matters(text):  # "户口有影响吗"
            dispatcher.utter_message(text=render.hukou_matters(city, lang))
            return []
        if asks_back_pay(text, _deadline_of(text, city, lang)):
            # "能补发吗", "can we get back pay": the plans do not say
            meant = asked_measure(text, city, lang) or topic(tracker) or monthly_subsidy(city)
            by_month = next(
                (e for e in (topic(tracker), monthly_subsidy(city)) if e and is_monthly_money(e)),
                None,
            )
            if (
                meant is not None
                and not is_monthly_money(meant)
                and MONEY_BY_MONTH.search(text)
                and named_measure(text, city, lang) is None
                and by_month is not None
            ):  # "迁了以后去年那几个月的钱能补吗": the money paid by the month (clause 12)
                meant = by_month
            if SUPPLEMENT_SHORT.search(text) and supplement_entry(city) is not None:
                # "每个月就领了600 不是说低保家庭多给吗 是不是少发了": the 200 more at a birth on
                # dibao, the money said paid short (tester 119 p4 heard the 600 alone)
                meant = supplement_entry(city)
            if meant is not None and asks_back_pay(text, meant):
                # "济南户口 二胎是23年3月15生的 那会我正领失业金 … 能补发不": the family's facts
                # read back and kept first (tester 57 c6 heard only "在济南" read back)
                kept = _facts_told_beside(dispatcher, tracker, lang)
                tracker = with_slots(tracker, **{e["name"]: e["value"] for e in kept})
                # "did we miss the 600 for the twins? can we still claim the past months": the
                # children's own from-until first (ended at 3), then what the plan leaves unsaid
                theirs = named_child_answer(dict(tracker.slots), meant, text, lang)
                if theirs is None and meant.per_child:
                    theirs = answer_for_family(tracker, text, meant, lang)
                closed = theirs is not None and WINDOW_CLOSED_SAID.match(theirs) is not None
                if theirs is not None:  # no bare "No.": it reads as "you did not miss it"
                    # nor "Yes (stopped on …)": it reads as "you had it" (tester 27 c04, c10)
                    theirs = ended_told_as_ended(theirs, meant, lang, hukou_moved_lately(tracker))
                    if not closed:
                        theirs = re.sub(r"^(?:能。|不能。|Yes\. |No\. )", "", theirs)
                    # nor "第2个孩子不能，第3个孩子能。" first: it reads as "yes, back pay" (c06)
                    theirs = EACH_CHILD_LEAD.sub("", theirs)
                unsaid = render.back_pay_unsaid(meant, lang)
                owed = owed_with_the_supplement(dict(tracker.slots), meant, text, lang)
                if owed is not None and theirs is None:  # "是不是少发了": the sum due first
                    unsaid = owed + "\n" + unsaid
                if (
                    theirs is None
                    and "hukou_in_city" in meant.facts
                    and hukou_moved_lately(tracker)
                ):  # "户口刚迁来 迁来以前那几个月的补贴怎么算": the condition, then the silence
                    unsaid = hukou_condition(meant, lang) + "\n" + unsaid
                if closed and theirs is not None:
                    # "还没上 还能补吗" past the six months to enrol (Jinan clause 15): no longer,
                    # said once; not the plan's silence on paying back before it, which read as
                    # a maybe (tester 50 c04), nor its rule again; whom to ask last
                    unsaid = "\n".join([theirs, render.exceptions_asked(meant, lang)])
                elif theirs is not None:  # the plan's silence first, then each child's period
                    silence, _, rest = unsaid.partition("\n")
                    unsaid = "\n".join(p for p in (silence, theirs, rest) if p)
                if meant.kind == "leave":  # "当时没休 还能补吗": the leave still running too
                    from actions.results import leave_also_running  # results imports us

                    also = leave_also_running(dict(tracker.slots), meant, lang)
                    unsaid = "\n".join(p for p in (unsaid, also) if p)
                dispatcher.utter_message(text=unsaid)
                return [*kept, *about(meant)]
        checked = figure_checked_of_topic(tracker, text, city, lang)
        if checked is not None and checked[0].kind == "leave" and STILL_ASKED.search(text):
            # "单位说的每年10天育儿假我还能休吗 二宝快4岁了": whether the family still can, from
            # its own children (Jinan clause 11 ends at the youngest's 3rd birthday), not "对" to
            # the rule's 10 days (tester 75 c6)
            theirs = answer_for_family(tracker, text, checked[0], lang)
            if theirs is not None:
                dispatcher.utter_message(text=theirs)
                return about(checked[0])
        if checked is not None:  # "so it's 15 days right?" of the paternity leave discussed
            part = _part_putting_back(text)
            own_money = (
                monthly_total_for(tracker.slots, part, lang)
                if part is not None and is_monthly_money(checked[0])
                else None
            )  # "一个月800是吧 领到孩子三岁 那…育儿假几天": the family's 800, then the leave
            answer = own_money or figure_verdict(*checked, text, lang)
            if checked[1] is not None and checked[0].per_child:
                # "双胞胎每个都有600是吧": each child named, as the family's facts decide it
                each = named_child_answer(dict(tracker.slots), checked[0], text, lang)
                if each is not None:  # the yes or no to the figure first, then each child's
                    lead = answer.split("\n", 1)[0]
                    answer = each if each.startswith(lead) else lead + "\n" + each
            premise = age_premise_corrected(tracker, text, lang)  # "…under 6 months right?"
            if premise is not None:
                answer = premise + "\n" + answer
            other = _asked_besides(text, checked[0], city, lang)
            if other is not None:  # "… right? and how long do i get, maternity leave": that too
                answer += "\n---\n" + (
                    answer_for_family(tracker, text, other, lang) or render.entry_brief(other, lang)
                )
            dispatcher.utter_message(text=answer)
            return about(other or checked[0])
        if answered_absent(dispatcher, tracker, text):
            if tracker.active_loop.get("name") is None and tells_family_facts(tracker):
                return [FollowupAction("household_form")]  # and the facts told with it are read
            return []
        if (
            tracker.active_loop.get("name") is None
            and not tracker.get_slot("result_shown")
            and WHOLE_CHECK.search(normalise(text))
            and named_measure(text, city, lang) is None
            and not housing_measures(normalise(text), normalise(text), city)
        ):  # "what support is there for families with kids?": the full check, not one measure
            # ("住房上有什么政策": the city's housing measures, clause 14, answered below)
            return [FollowupAction("household_form")]
        if tracker.active_loop.get("name") is None and tells_family_facts(tracker):
            asked = asked_measure(text, city, lang)
            if asked is not None:  # answered for this family, after what decides it
                return [
                    SlotSet(FOCUS_SLOT, asked.id),
                    SlotSet(QUESTION_SLOT, text[:500]),
                    FollowupAction("household_form"),
                ]
        shown = topic(tracker)
        several = measures_asked(
            text,
            city,
            subsidy_shown=bool(tracker.get_slot("result_shown"))
            or (shown is not None and is_monthly_money(shown)),
        )
        asked_there = mentioned_city(text)  # "他的陪产假是按济南的…": that city's asked
        several = _own_beside_a_figure_elsewhere(several, city, asked_there)
        # 那上学呢 三个孩子能一个学校吗 in Beijing: the longer words are Jinan's (13), not (13)
        # "we rent, any help with the rent?": the city's own measures, none only elsewhere
        own = bool(several) and all(e.city == city for e in several)
        mixed = any(e.city == city for e in several)  # a part on another plan's measure
        only_there = only_elsewhere(text, city) if several and not own and not mixed else []
        if only_there and city is not None:
            dispatcher.utter_message(text=render.not_in_plan(str(city), only_there, lang, text))
            return []
        if several:  # "产假多少天 陪产假多少天": each part answered
            # "600的要去哪申请还是自动发 我陪产假有几天": that part is the money's application
            applied = money_applied_in_parts(text, city, shown)
            parts = [
                render.not_in_plan(str(city), [e], lang)
                if city is not None and e.city not in (city, asked_there)
                else apply_answer(e, lang, text)
                if applied is not None and e.id == applied.id
                else refused
                if (refused := refusal_answer(text, e, lang)) is not None  # "单位不给育儿假咋办"
                else with_confirmation(
                    answer_for_family(tracker, text, e, lang)
                    or with_family_part(tracker, e, text, render.entry_answer(e, lang, text), lang),
                    text,
                    e,
                    lang,
                )  # "我产假158天是吧": 对 before the 158 days (tester 50 c05)
                for e in several[:MAX_PARTS]
            ]
            parts = said_once(parts, several[:MAX_PARTS], lang)
            put_back = money_put_back(dict(tracker.slots), text, lang)
            if put_back is not None:  # "那一个月1200 到29年3月 …": 对 with the figures first
                parts = [put_back, *parts]
            dispatcher.utter_message(text=joined_parts(parts))
            return about(next((e for e in reversed(several) if e.city == city), several[-1]))
        # A measure the question itself asks about ("她老公能休几天": paternity leave) wins over
        # the one under discussion; a bare follow-up (去哪办) names none and keeps that one.
        asked = asked_measure(text, city, lang)
        by_name = asked is not None and named_entry(normalise(text), city) == asked
        # "老大呢 有补贴吗": the child's money; not for a measure named (低保家庭加多少: the 200)
        extra = asked is not None and bool(HARDSHIP_NAMED.search(text) or EXTRA_NAMED.search(text))
        money = (
            child_money_asked(text, city)
            if asked is None or (is_monthly_money(asked) and not by_name and not extra)
            else None
        )  # "老三能加200吗": the 200 more asked of that child, not its 600 (tester 50 c5)
        child_money = money is not None
        if (
            money is not None
        ):  # "老大呢 老大有补贴吗": the child's monthly money, not the last topic
            asked = money
        current = topic(tracker)
        if (
            not child_money
            and asked is not None
            and current is not None
            and asked.id != current.id
            and follows_up(text)
            and found_by_search_only(text, asked)
            and not leaves_topic(text, asked, current)
            and not BIRTH_STAY_COVERED.search(normalise(text))  # 生双胞胎住院…报了多少: named
            and not (asked.kind == "leave" and TIME_OFF_WORK.search(text))
            and not (is_monthly_money(asked) and MONEY_WORD.search(text))
        ):  # "how much exactly? like per month or per year?" after the rent withdrawal
            asked = None
        if (
            asked is not None
            and current is not None
            and not by_name
            and ends_asked_of(text, current)
            and "age_limit_years" not in asked.parameters
            # "how long can my husband take off when the 3rd comes": the leave's length, asked
            and not (asked.kind == "leave" and TIME_OFF_WORK.search(text))
            # "and the money? how much for my son and until when" after the leave: the money's
            # end, not the leave's again (tester 51 c10)
            and not (is_monthly_money(asked) and MONEY_WORD.search(text))
        ):  # "when exactly does it stop?" after the subsidy: its end, not a measure guessed
            asked = None
        if (
            asked is not None
            and current is None
            and ends_asked(text)
            and "age_limit_years" not in asked.parameters
            and found_by_search_only(text, asked)
            and not TIME_OFF_WORK.search(text)  # "how long can my daughter stay off work?"
        ):  # "until what age is it paid?" with nothing discussed: the monthly money's age
            asked = monthly_subsidy(city) or asked
        others = elsewhere(text, city, lang) if asked is None else only_elsewhere(text, city)
        named_city = city_asked(text, city)
        if (
            asked is None
            and current is not None
            and current.city == named_city
            and follows_up(text)
            and named_entry(normalise(text), named_city) is None
        ):  # "那到底几天啊" after Beijing's only-child nursing leave: that leave's days, not
            # Jinan's paternity leave found by "几天"
            others = []
            if DAYS_ASKED.search(text) and not any("days" in n for n in current.parameters):
                # the plan gives no number of days: said first, then what it does say
                dispatcher.utter_message(text=render.no_figure_verdict(current, None, lang))
                return about(current)
        if (
            asked is not None
            and asked.city == named_city
            and any(o.kind == asked.kind for o in others)
        ):  # "我老公能休几天" in Beijing: its own leave (12), though Jinan's paternity leave
            others = []  # is found by the words too
        if others and named_city is not None:  # 北京3孩公积金能不能多贷: only Jinan's plan has it
            asking = asking_pieces(text)
            elsewhere_parts = [p for p in asking if elsewhere(p, city, lang)]
            silence = render.not_in_plan(
                str(named_city),
                others,
                lang,
                " ".join(elsewhere_parts) if elsewhere_parts else text,
            )
            if not elsewhere_parts:
                dispatcher.utter_message(text=silence)
                return []
            # "do kids ride bus free in jinan? … and by when do we sign up medical insurance":
            # each part in the order asked, the silence once (tester 127 p7 got the bus alone)
            answered_too: list[EventType] = []
            for piece in asking:
                if BARE_TOPIC.match(piece.strip()):
                    continue  # "那上学呢 | 三个孩子能一个学校吗": the topic of the next part
                if piece not in elsewhere_parts:
                    answered_too += await self.run(dispatcher, with_text(tracker, piece), domain)
                elif silence:
                    dispatcher.utter_message(text=silence)
                    silence = ""
            return answered_too
        if asked is not None and supposes_another_child(tracker, text):
            # "要是再生一个 公积金能贷多少": the measure named, with that child (clause 14)
            return await ActionWhatIf().run(dispatcher, tracker, domain)
        imagined = imagined_measure(tracker, text, city, asked)
        if imagined is not None:  # "一个人交公积金的话呢": the loan ceiling the payers decide
            if _changed_by(tracker, text):  # the family's figures with that fact, side by side
                return [*await ActionWhatIf().run(dispatcher, tracker, domain), *about(imagined)]
            asked = imagined
        if asked is None and topic(tracker) is None and ends_asked(text):
            asked = monthly_subsidy(city)  # a bare "到多大停": the money paid until an age
        if asked is None and nothing_left_asked(text, topic(tracker), None):
            # "so they get nothing anymore?" after the 600: the family's own, ended at 3 (12)
            asked = topic_meant(topic(tracker), city)
        entry = asked or measure_meant(tracker, lang)
        if entry is None and tracker.get_slot("result_shown") and imagines_a_fact(tracker, text):
            return await ActionWhatIf().run(dispatcher, tracker, domain)  # "一个人交的话呢"
        if entry is None:
            dispatcher.utter_message(text=render.not_found(lang))
            return []
        children = tracker.get_slot("children") or []
        # "would the 2nd child's hospital stay be reimbursed more?": a measure named by its topic
        named = named_measure(text, city, lang) or topic_named_measure(normalise(text), city)
        if (
            tracker.get_slot("result_shown")
            and imagines_a_child(text, children)
            and (named is None or (_of_the_family(named) and _order_beyond(text, len(children))))
        ):  # "那老三能领多久 一共多少钱", "要是再生一个 能领多少": what that child would get;
            # "the rent withdrawal after the 2nd baby?" of a family of one: that measure for the
            # family with the 2nd born (tester 52 c07 heard "you have 1" again)
            return await ActionWhatIf().run(dispatcher, tracker, domain)
        # After the answer, the family's own yes or no: 坐公交要钱不 → 不用。…; a child named of
        # the measure discussed ("那老大呢 要买票吗") → that child's.
        # "那补到什么时候" of the measure discussed: the family's own dates, when its facts decide
        follow = names_a_child(text) or (follows_up(text) and not asks_how(text))
        meant = asked or (entry if entry is topic(tracker) and follow else None)
        base = monthly_subsidy(meant.city) if meant is not None else None
        if (
            meant is not None
            and base is not None
            and meant.id != base.id
            and is_monthly_money(meant)
            and (
                names_a_child(text)
                # "and the money? how much for my son and until when": the son's own money
                or bool(children_named_by_sex(text, tracker.get_slot("children_partial") or []))
            )
            and not (HARDSHIP_NAMED.search(text) or EXTRA_NAMED.search(text))
        ):  # "那老二呢" after the 800 of 老三: 老二's own money (the 600), not the 200 more
            # alone (tester 46 c6 heard only "育儿补贴困难家庭加发（第2个孩子）")
            meant = base
        if (
            meant is not None
            and not meant.parameters
            and figures_checked(text)[0]
            and checked_figure(meant, text) is None
        ):  # "my company only gave me 15 days paternity leave, is that right under the beijing
            # plan?": the plan states no days (Beijing (12)), never a bare "Yes" (tester 102 p8)
            dispatcher.utter_message(text=figure_verdict(meant, None, text, lang))
            return about(meant)
        decided = answer_for_family(tracker, text, meant, lang) if meant is not None else None
        cover = (
            cover_named(text)
            if meant is not None
            and "birth_insurance" in meant.facts
            and not names_the_measure(text, meant)
            else None
        )
        if meant is not None and cover is not None and cover != tracker.get_slot("birth_insurance"):
            # "按居民医保能报多少" of a family on employee cover: the named cover's figure first
            decided = cover_answer(tracker, text, meant, cover, decided, lang)
        if decided is None and meant is not None and meant.per_child:
            # "那双胞胎俩都能领600吗" while the form still asks: each child named, verdict first
            decided = named_child_answer(dict(tracker.slots), meant, text, lang)
        if (
            decided is None
            and meant is not None
            and is_monthly_money(meant)
            and meant.parameters
            and meant.city == tracker.get_slot("city")
        ):
            # "这俩生下来有补贴没" of twins on the way beside an undated eldest: 600 each (r05);
            # never the family's own city's 600 for another city's measure that pays none ("北京
            # 那边有育儿补贴吗 多少" of a Jinan family, tester 105 p4)
            decided = undated_money(tracker, lang, bool(UNTIL_ASKED.search(text)))
        if meant is not None and decided is not None:
            premise = age_premise_corrected(tracker, text, lang)
            dispatcher.utter_message(text=decided if premise is None else premise + "\n" + decided)
            return about(meant)
        if entry is topic(tracker) and asks_how(text) and named_measure(text, None, lang) is None:
            entry = subsidy_meant(entry, text, city) or entry
            dispatcher.utter_message(text=render.follow_up(entry, text, lang))
            return about(entry)
        for_child = named_child_answer(tracker.slots, entry, text, lang)
        if for_child is not None:  # "老大有没有": that child's verdict first (tester 18 item 16)
            utter_once(dispatcher, tracker, for_child)
            return about(entry)
        together = paid_together(entry, text)
        brief = wants_brief(tracker, text)
        if brief:  # a hotline worker on a call: figure, condition, clause and lead department
            answer = "\n".join(
                [render.entry_brief(e, lang) for e in together]
                + [render.lead_departments(entry, lang)]
            )
        elif len(together) == 1:  # "课后服务呢" of Beijing (13): that part, not the paragraph
            part = render.summary_part(entry, text, lang)
            answer = render.entry_answer(entry, lang, text, part)
        else:
            answer = render.paid_together_answer(together, lang)
        if (
            render.ASKS_SUBSIDY.search(text) and entry.kind != "cash" and not entry.parameters
        ):  # "那老三上托儿所有补贴吗" in Beijing: (10) promotes places, pays families nothing
            answer = render.no_money_for_families(entry, lang) + "\n" + answer
        theirs = (
            render.not_for_families(entry, lang)
            if render.FOR_US.search(text)
            else render.paid_to_others(entry, lang)  # "那托儿所有补贴不": who is paid, first
        )
        if theirs is not None:  # "一个月400是给我们的吗": the childcare institution's subsidy
            answer = theirs + "\n" + answer
        aged = render.age_part(entry, text, lang)
        if aged is not None:  # "那托儿所呢 2岁能上吗 有补贴不": the age asked, answered first
            answer = aged + "\n" + answer
        answer = with_family_part(tracker, entry, text, answer, lang)
        elsewhere_first = priority_only_elsewhere(entry, text, lang)
        if elsewhere_first is not None:  # "幼儿园有没有优先" in Beijing: no, Jinan 13 has one
            answer = elsewhere_first + "\n" + answer
        whole_message = session_user_texts(tracker)[-1:]  # the whole message, when this is one part
        if city is None and mentioned_city(" ".join([text, *whole_message])) is None and not brief:
            answer = both_plans(entry, answer, text, lang)  # no city known: each plan named
            # (not when the message told one: tester 125 p8 "im in beijing …" heard "You have
            # not said which city" beside its own "Noted: living in Beijing")
        utter_once(dispatcher, tracker, answer)
        remembered = [SlotSet(BRIEF_SLOT, True)] if brief else []
        return [*about(entry), *remembered]


def with_family_part(tracker: Tracker, entry: Entry, text: str, answer: str, lang: Lang) -> str:
    """The measure's general `answer` with what it is for this family ("按您家的情况：…"). A
    window to act in that has already closed for the family (the newborn's 6 months to join
    resident medical insurance, Jinan clause 15) is said first: tester 35 c03 read the rule
    "within 6 months of birth" of a child born October 2025 and took it as still open."""
    day = clock.today()
    household = household_from_slots(tracker.slots, day)
    if household is None or household.city != entry.city:
        return answer
    # children told without every date: what their dates cannot change is decided
    report = settled_report(dict(tracker.slots), day) or evaluate(household, as_of=day)
    mine = [e for e in report.entitlements if e.id == entry.id]
    supposed = _as_presumed(household, mine)
    if supposed:  # "公积金能贷多少" of a family whose only open fact is the purchase
        return answer + "\n" + render.for_your_family(supposed, lang, presumed=PRESUMED)
    if not mine:
        return answer
    if (
        entry.kind == "cash"
        and all(e.status == "not_eligible" and not e.monthly_amount_cny for e in mine)
        and MONEY_ASKED.search(normalise(text))
    ):  # "any monthly cash like in jinan?" in Beijing: a plain no first, why, the clause, and
        # the other plan's money as an aside (Beijing (12), tester 36 c03, c08)
        why = mine[0].reasons.get(lang)
        lead = t(lang, "没有。", "No. ") + (why[0] if why else "")
        aside = [line for line in answer.split("\n") if line.startswith(("(", "（"))]
        return "\n".join([lead, clause_line(mine[0], lang), *aside])
    told = list(tracker.get_slot("children") or tracker.get_slot("children_partial") or [])
    if not told and all(e.status == "needs_info" for e in mine):
        # "jinan maternity leave how many days" with no child told: the rule alone, not "For
        # your family: … still needed: the children" after every answer (tester 48 c12)
        return answer
    count = len(household.children or told)
    shown, refused = children_in_question(mine, text, count, told)
    earlier = " ".join(str(e.get("text") or "") for e in tracker.events if e.get("event") == "user")
    closed = window_closed_answer(entry, shown, text, lang, told=earlier)
    if closed is not None:  # "the twins aren't enrolled yet, still free?": no, once (clause 15)
        return closed
    # the undated children named, never "the children and their dates" again (tester 35 c03, c05)
    part = render.for_your_family(
        shown, lang, others=refused, undated=undated_children(tracker.slots, day)
    )
    if any(e.apply_by is not None and e.apply_by < day for e in shown):
        return part + "\n" + answer
    if WHEN_ASKED.search(text) and any(e.apply_by is not None for e in shown):
        # "孩子生下来医保啥时候办 晚了是不是就不给补了": the family's date to act by first
        # (tester 36 c05), then the rule
        return part + "\n" + answer
    return answer + "\n" + part


def other_items(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """ "Anything else?" ("那有别的啥吗", "还有别的吗", "any other help?") naming no measure, from a
    family whose city is known: the items the engine gives this family (those its unknown dates
    cannot change as decided), and those still open; tester 35 c06, a Jinan family whose 2022
    child gets no subsidy, got "not found" instead of the same-school arrangement (clause 13)
    and the housing measures (clause 14). None for any other message, or on the hotline."""
    if in_hotline(tracker) or not everything_asked(text):
        return None
    city = tracker.get_slot("city")
    if city is None or named_measure(text, city, lang) is not None:
        return None
    day = clock.today()
    household = household_from_slots(tracker.slots, day)
    if household is None:
        return None
    report = settled_report(dict(tracker.slots), day) or evaluate(household, as_of=day)
    return render.item_list(report, lang)


def undated_money(tracker: Tracker, lang: Lang, until_asked: bool = False) -> str | None:
    """The children's monthly money while some birth dates are unknown but cannot change whether
    or how much is paid (Jinan clause 12), else None."""
    slots = dict(tracker.slots)
    if slots.get("children") or not slots.get("children_partial"):
        return None
    day = clock.today()
    return money_whatever_dates(filled_households(slots, day), day, lang, until_asked) or None


# Facts a question about a measure takes as given: asking how much a housing-fund loan can be
# presumes buying the first home it is for (Jinan clause 14).
PRESUMED = ("buying_first_home",)


def _as_presumed(household: Household, items: list[Entitlement]) -> list[Entitlement]:
    """The items of one measure worked out as if the facts in PRESUMED were yes, when those are
    all they still need; empty otherwise."""
    open_items = [e for e in items if e.status == "needs_info"]
    if not open_items or not all(
        e.missing_facts and set(e.missing_facts) <= set(PRESUMED) for e in open_items
    ):
        return []
    supposed = household.model_copy(update=dict.fromkeys(PRESUMED, True))
    report = evaluate(supposed, as_of=clock.today())
    ids = {e.id for e in items}
    found = [e for e in report.entitlements if e.id in ids]
    return [] if any(e.status == "needs_info" for e in found) else found


# A cap or maximum asked for ("有上限没", "最多能提多少", "is there a cap", "what's the maximum").
CAP_ASKED = re.compile(
    r"上限|封顶|限额|最多(?:能|可以)?(?:提|取|领|贷|报|给)|最高(?:能|可以)?(?:提|取)|有没有(?:个)?限制"
    r"|\bcap(?:ped)?\b|\bmaximum\b|\bupper limit\b|\bany limit\b|\bat most\b",
    re.I,
)
# Parameters that state an amount, a rate, days or an area: a measure with one sets figures.
FIGURE_PARAM = re.compile(r"_cny$|rate|days|_m2$|height")


def cap_unstated(tracker: Tracker, text: str, city: str | None, lang: Lang) -> Entry | None:
    """The measure a cap is asked of (named, else the one under discussion) when the plan states
    no figure for it (Jinan clause 14's rent withdrawal: "by the actual rent paid"); None when
    no cap is asked or the measure sets figures (the loan ceiling's 600,000 / 1 million)."""
    if not CAP_ASKED.search(text):
        return None
    meant = asked_measure(text, city, lang) or topic(tracker)
    if meant is None or "household" not in meant.audience:
        return None
    return None if any(FIGURE_PARAM.search(k) for k in meant.parameters) else meant


# A phone number or address asked for ("who do i contact, phone number?", "打哪个电话问", "办事
# 地址在哪"): the plans give none; the lead department is named instead.
CONTACT = re.compile(
    # a number asked ("电话多少", "有没有电话", 咨询电话), not a call told of ("电话里有人问",
    # 来电人打电话来问; tester 72 c7 got "我无法直接转接人工")
    r"电话(?:号码?|是?多少|呢|是什么|是啥|几号|\s*[?？]|\s*$)|(?:什么|啥|哪个|有没有|有无|给个|给我|留个"
    r"|联系|咨询|办公|服务)电话|联系方式|\bphone\b|contact number|telephone"
    # a hotline asked for ("卫健委热线是多少", "whats the hotline for …"), not one told of
    # ("我打了12345热线 他们说…")
    r"|热线(?:号码|号)?(?:是)?(?:多少|几号)|(?:什么|哪个|啥)热线|\bhotline (?:number|for|of)\b"
    r"|\b(?:what'?s|what is|give me|is there|any) (?:the |a |their )?hotline"
    r"|(?:who|where) (?:do|should|can) (?:i|we) call"
    r"|(?:办事|办公|咨询)?地址在哪|\baddress\b",
    re.I,
)


# Whether the family can still have it ("我还能休吗", "can she still take them").
STILL_ASKED = re.compile(
    r"还能|还可以|还有没有|现在能不能|\b(?:can|could) (?:i|she|he|we|they) still\b"
    r"|\bstill (?:get|take|use|have)\b",
    re.I,
)


# The money asked of by its kind alone ("the subsidy", 补贴).
SUBSIDY_WORD = re.compile(r"补贴|补助|\bsubsid(?:y|ies)\b|\ballowance\b", re.I)


# Whether a measure is the family's own ("是给我们的吗", "给家长的吗", "is that for us?").


def _deadline_of(text: str, city: str | None, lang: Lang) -> Entry | None:
    """The measure named in the part asking for a deadline ("and baby's insurance, deadline?":
    the newborn's insurance, whose six months to enrol Jinan clause 15 sets), or None."""
    if not DEADLINE.search(text):  # most questions ask no deadline: no clauses cut for them
        return None
    parts = [c for _, c in clauses(normalise(text))]
    at = next((i for i, c in enumerate(parts) if DEADLINE.search(c)), None)
    if at is None:
        return None
    # "baby's insurance, deadline?": the measure named just before the word, if not with it
    asked = parts[at - 1] + " " + parts[at] if at > 0 else parts[at]
    return asked_measure(asked + "?", city, lang)


def figure_checked_of_topic(
    tracker: Tracker, text: str, city: str | None, lang: Lang
) -> tuple[Entry, bool | None] | None:
    """A short message putting a figure back to be confirmed ("so it's 15 days right?", "产假是
    158天对吧") of the measure it names, else of the one under discussion: the measure and
    whether the figure is one of its own (None: the measure states no figure at all, Beijing's
    leave). None otherwise, and for a figure out of a table (Jinan
    clause 14's loan ceilings) when the family is known: its own figure is worked out instead."""
    if not follows_up_in_length(text):
        return None
    asked = asked_measure(text, city, lang)
    if asked is None and any(
        figures_checked(text)
    ):  # "我们这边也是15天吧": a tag, no question word
        asked = named_entry(normalise(text), city)
    named = asked is not None and not found_by_search_only(text, asked)
    figure_part = _part_putting_back(text)
    if (
        named
        and asked is not None
        and figure_part is not None
        # not "个税…能扣多少 一个娃一个月2000是吧": the deduction's own amount, which Beijing's
        # plan does not give (clause (9)), not a month's money
        and not (TAX_NAMED.search(text) and asked.kind == "right")
    ):
        # "一个月800是吧 领到孩子三岁 那我还能休育儿假吗 几天": the 800 is put back in a part that
        # names no leave; the leave is asked besides (tester 48 c1 got "不是这个数" of the leave)
        in_part = asked_measure(figure_part, city, lang)
        by_figure = measure_with_figure(figure_part, city) if city is not None else None
        if in_part is not None and not found_by_search_only(figure_part, in_part):
            asked = in_part
        elif by_figure is not None and not is_monthly_money(by_figure):
            # "买第一套 那就是90万对吧 宝宝医保怎么弄": the loan's 900,000 put back (Jinan clause
            # 14), not a figure of the insurance asked beside it (tester 76 c1 heard "没有写这个数")
            asked = by_figure
        elif any(n >= MIN_QUOTED_AMOUNT for n in figures_checked(figure_part)[0]):
            named, asked = False, None  # an amount put back, of the money under discussion
    discussed = topic(tracker)
    family_money = monthly_subsidy(city)
    if (
        discussed is None
        and asked is not None
        and family_money is not None
        and (tracker.get_slot("children") or tracker.get_slot("children_partial"))
        and _other_money_unnamed(family_money, asked, text, city)
    ):
        # "一个月1000是吧" from a family with children, nothing under discussion: a figure of
        # their own monthly money (clause 12), not the elders' 1,000 it does not name
        discussed = family_money
    if named and asked is not None and discussed is not None:
        # "一个月1000对吧" of the subsidy discussed: its figure checked, not the elders' 1,000;
        # but a share put back of a measure named ("in beijing does maternity insurance cover
        # 100%") is that measure's, never the money's (tester 75 c9 heard "No, not that
        # figure: 600 …")
        named = (
            asked.city != discussed.city
            or not figures_checked(text)[0]
            or not _other_money_unnamed(discussed, asked, text, city)
        )
    if named:
        current: Entry | None = asked  # "产假是158天对吧" after the paternity leave
    else:  # else the measure under discussion, or the one found when none is
        current = discussed or asked
    if current is None:
        return None
    if by_table(current) and decided_for_family(tracker, current):
        return None  # "能贷100万对吧": the family's own ceiling is worked out instead
    right = checked_figure(current, text)
    # A figure none of the measure's own, in its unit or not, is another measure's ("so its 15
    # days right?" after the supplement: paternity leave's); but a measure named beside a figure
    # of a kind it has none of keeps it ("tax deduction 1000 a month, true?": no such figure).
    # A measure named in the very part putting the figure back keeps it: "how many days paternity
    # leave for me, my boss says 10" is a no of paternity leave's 15 days, not a yes of parental
    # leave's 10 (tester 138 p7 heard "Yes: at least 10 days a year").
    named_with_figure = named and asked is current
    if (right is False and not named_with_figure) or (
        right is None and named_entry(_figure_part(text), city) is None
    ):
        other = measure_with_figure(text, city or current.city)
        if (
            other is not None
            and other.id != current.id
            and not _other_money_unnamed(current, other, text, city)
        ):
            return other, True  # "so its 15 days right?" after the supplement: paternity leave's
    if right is None and figures_checked(text)[0]:
        # "so its 15 days right? for dad" of Beijing's leave, "tax deduction 1000 a month,
        # true?": the measure gives no such figure
        return current, None
    return None if right is None else (current, right)


def _own_beside_a_figure_elsewhere(
    several: list[Entry], city: str | None, named: str | None = None
) -> list[Entry]:
    """The measures a question asks, without another plan's measure of a kind the city's own
    plan has among them ("我老公能休15天陪产假吗" in Beijing: 15 days is Jinan's paternity leave,
    but Beijing's clause (12) has paternity leave too, with no number of days); fewer than two
    left is none (the question is of one measure, answered with its figure checked)."""
    if city is None:
        return several
    own_kinds = {e.kind for e in several if e.city == city}
    # a measure of the other city `named` in the question ("他的陪产假是按济南的15天算吗"): kept
    kept = [e for e in several if e.city in (city, named) or e.kind not in own_kinds]
    return kept if len(kept) >= 2 else []


def _other_money_unnamed(current: Entry, other: Entry, text: str, city: str | None) -> bool:
    """Whether a monthly figure put back of the family's monthly money ("一个月1000对吧" of the
    childcare subsidy) would be taken for another cash measure's figure that the message does
    not name (Jinan's 1,000 a month for disabled elders of special families): it is a wrong
    figure of the money discussed, not a yes to money for others."""
    return (
        is_monthly_money(current)
        and other.kind == "cash"
        and other not in paid_together_group(current)
        and named_entry(normalise(text), city or current.city) != other
    )


def _figure_part(text: str) -> str:
    """The part of a message that puts a figure back ("so its 15 days right?" of "so its 15
    days right? and can I get more than that"), normalised; the whole message when no part does."""
    parts = [p for p in re.split(r"[?？]|\band\b|还有|另外", text) if p.strip()]
    return normalise(next((p for p in parts if figures_checked(p)[0]), text))


def _monthly_sum_of_another_topic(tracker: Tracker, text: str, lang: Lang) -> Entry | None:
    """The city's monthly money when a message names no measure but puts back a sum paid by the
    month that is not the measure under discussion's ("那一共一个月1600 … 对吧" after the
    grandparents' insurance: Jinan clause 12's money); None otherwise."""
    current = topic(tracker)
    city = context_city(tracker)
    money = monthly_subsidy(city) if city else None
    if current is None or money is None or is_monthly_money(current):
        return None
    said = normalise(text)
    if not MONTHLY_SAID.search(said):
        return None
    if not any(n >= MIN_QUOTED_AMOUNT for n in figures_checked(text)[0]):
        return None
    asked = asked_measure(text, city, lang)
    if asked is not None and not is_monthly_money(asked):
        return None
    return money if checked_figure(current, text) is not True else None


# A sum said to be paid by the month ("一个月1600", "每月800", "1200 a month").
MONTHLY_SAID = re.compile(r"[一1]个月|每个?月|月月|\ba month\b|\bmonthly\b|\bper month\b|/月", re.I)


# The parts of a message, a Chinese question ending at its 吧 / 吗 / 呢 too ("陪产假15天对吧 我老婆
# 能休多久").
QUESTION_PARTS = re.compile(r"[?？]|\band\b|还有|另外|那|(?<=[吧吗呢])\s+")


def _part_putting_back(text: str) -> str | None:
    """The one part of a message of several parts that puts a figure back ("一个月800是吧 领到孩子
    三岁" of "… 那我还能休育儿假吗 几天"); None when the message is one part, or the figure is put
    back in none or several."""
    # "没有那200了是吧": an amount said missing is no figure put back, nor split at its 那
    kept = NEGATED_FIGURE.sub(lambda m: " " * len(m.group(0)), text)
    parts = [p for p in QUESTION_PARTS.split(kept) if p.strip()]
    putting = [p.strip() for p in parts if figures_checked(p)[0]]
    return putting[0] if len(parts) > 1 and len(putting) == 1 else None


def _asked_besides(text: str, checked: Entry, city: str | None, lang: Lang) -> Entry | None:
    """A measure another part of the message asks about, besides the one whose figure it puts
    back ("so it's 15 days right? and how long do i get, maternity leave": maternity leave)."""
    # "陪产假15天对吧 我老婆能休多久": a Chinese question ends at its 吧 / 吗 / 呢 too
    parts = [p for p in QUESTION_PARTS.split(text) if p.strip()]
    for part in parts:
        if figures_checked(part)[0]:
            continue
        other = named_measure(part, city, lang) or partner_leave(normalise(part), city, checked)
        if other is not None and other.id != checked.id:
            return other
    return None


def figure_verdict(entry: Entry, right: bool | None, text: str, lang: Lang) -> str:
    """The answer to a figure put back to be confirmed: yes or no with the measure; for a measure
    stating no figure (Beijing (12)'s leave), that its plan gives none, and the other city's
    measure whose figure it is ("15 days is Jinan's paternity leave, clause 11")."""
    if right is not None:
        group = paid_together_group(entry)
        numbers = figures_checked(text)[0]
        totals = whole_period_totals(entry)
        total = max((n for n in numbers if n in totals), default=None)
        if right and total is not None:
            # "28800对不对": the whole period's money, month sum x months, with its conditions
            return render.whole_period_verdict(totals[total], int(total), lang)
        if (
            right is False
            and totals
            and max(numbers, default=0) > max(paid_together_sums(entry) or {0})
        ):
            # "一共30000对吧": not the figure; the whole period's totals the plan's figures give
            wrong = (
                render.paid_together_verdict(group, right, lang)
                if len(group) > 1
                else (render.figure_verdict(entry, right, lang))
            )
            return wrong + "\n" + render.whole_period_totals_line(totals, lang)
        summed = bool(numbers & paid_together_sums(entry))
        if len(group) > 1 and (not right or summed):
            # "800 right?" of the 200 supplement, no family known: 对 or not, then the money
            # paid together with its sum (600+200=800, Jinan clause 12), never of the 200 alone
            return render.paid_together_verdict(group, right, lang)
        return render.figure_verdict(entry, right, lang)
    others = [
        found
        for other in CITIES
        if other != entry.city
        for found in [measure_with_figure(text, other)]
        if found is not None
    ]
    return render.no_figure_verdict(entry, others[0] if others else None, lang)


def decided_for_family(tracker: Tracker, entry: Entry) -> bool:
    """Whether the family's facts so far decide `entry` for it (yes or no, not still open)."""
    household = household_from_slots(tracker.slots, clock.today())
    if household is None or household.city != entry.city:
        return False
    report = settled_report(tracker.slots, clock.today()) or evaluate(
        household, as_of=clock.today()
    )
    return any(e.id == entry.id and e.status != "needs_info" for e in report.entitlements)


# When to act, or what if late ("医保啥时候办", "晚了是不是就不给补了", "by when", "if late").
WHEN_ASKED = re.compile(
    r"啥时候|什么时候|何时|多久|晚了|期限|截止|最晚|\bwhen\b|\blate\b|deadline|time limit", re.I
)
# Each child's yes or no said first ("第2个孩子不能，第3个孩子能。", "Child 2: no; child 3: yes.").
EACH_CHILD_LEAD = re.compile(
    r"^(?:第\d+个孩子(?:、第\d+个孩子)*(?:能|不能|有|没有)[，；]?)+。"
    r"|^(?:[Cc]hild \d+(?: and child \d+)?: (?:yes|no)(?:; )?)+\.\s*"
)


def imagines_a_fact(tracker: Tracker, text: str) -> bool:
    """A message putting one of the family's facts hypothetically ("一个人交的话呢", "要是租房
    呢"): the understanding layer reads a fact of kind question."""
    said = read_message(text, dict(tracker.slots), clock.today())
    return any(u.kind == "question" and not u.fact.startswith("child.") for u in said)


def only_elsewhere(text: str, city: str | None) -> list[Entry]:
    """Another plan's measure a question names by longer words, in none of `city`'s plan, than
    the measure of `city` it names ("那上学呢 三个孩子能一个学校吗" in Beijing: Jinan clause 13's
    same school, not Beijing (13)'s schooling; "can the two kids go to same school")."""
    said = normalise(text)
    if nursery_fees(said, city_asked(text, city)) is not None:
        return []  # "the twins go to a nursery later, is there help with fees?": Jinan's 400
    if topic_named_measure(said, city_asked(text, city)) is not None:
        return []  # "what about baby medical insurance?" in Jinan: clause 15's enrolment
    return named_only_elsewhere(said, city_asked(text, city), fact_spans(said))[:2]


# "The subsidy" said bare in a how-to question ("where do we apply for the subsidy", 补贴去哪领).
SUBSIDY_SAID = re.compile(r"补贴|补助|subsid|allowance", re.I)


def subsidy_meant(current: Entry, text: str, city: str | None) -> Entry | None:
    """The measure "the subsidy" of a how-to question means when the measure under discussion
    pays none (parental leave, the school rule): the city's monthly childcare subsidy (Jinan
    clause 12's 600 yuan; Beijing's subsidy system); None when the topic is money itself."""
    if SUBSIDY_SAID.search(text) is None or current.kind == "cash":
        return None
    return monthly_subsidy(city or current.city)


def answered_imagined(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The money of the child imagined just before, asked again with the children paid beside
    it ("I mean would we get 1200 a month total for the two younger kids?" after a 3rd child
    next year): that child's answer with the sum while both are paid, never the sum of the
    children born (tester 92 e1 was told "No, not 1,200"). None when no imagined child is in
    talk."""
    from actions.next_child import (  # next_child imports focus's helpers
        BOTH_ASKED,
        imagined_child,
        next_child_answer,
        said_before,
    )

    slots = dict(tracker.slots)
    if in_hotline(tracker) or not BOTH_ASKED.search(normalise(text)):
        return None
    if imagined_child(text, slots) is None:
        return None
    answer = next_child_answer(
        slots, text, reply_language(tracker), clock.today(), said_before(tracker)
    )
    if answer is None:
        return None
    dispatcher.utter_message(text=answer)
    return []


def answered_follow_up(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The follow-ups both unclear-message actions answer before giving up: the household as
    recorded, a fact said to be absent, the 1 Jan 2023 cut-off ("那不是才差几天吗": the date
    rule, not the leave's days), what a correction changed ("那有变化吗") and the monthly money
    ("一个月800是吧"). The events of the one answered, or None when none is asked."""
    if answered_recap(dispatcher, tracker, text) or answered_absent(dispatcher, tracker, text):
        return []
    from actions.together import together_answer  # it reads focus, as this module does

    both = together_answer(tracker, text, reply_language(tracker))
    if both is not None:  # "跟低保能同时拿吗", "can we get both at the same time?"
        dispatcher.utter_message(text=both)
        return []
    listed = open_items(tracker, text)
    if listed is not None:  # "你刚才说还有2项 是啥" (tester 36 c03)
        dispatcher.utter_message(text=listed)
        return []
    for answered in (
        answered_cutoff,
        answered_change,
        answered_hukou_elsewhere,
        answered_imagined,
        answered_monthly,
        answered_why,
        answered_money,
    ):
        events = answered(dispatcher, tracker, text)
        if events is not None:
            return events
    return None


def ends_asked(text: str) -> bool:
    """A short question asking until when or until what age ("到多大停", "until what age?")."""
    return follows_up_in_length(text) and bool(UNTIL_ASKED.search(text))


def ends_asked_of(text: str, current: Entry) -> bool:
    """A short question asking until when ("到多大停", "when exactly does it stop?") after a
    measure paid until an age (Jinan clause 12: the 3rd birthday; the 200 supplement with it)."""
    paid_to_an_age = any(
        "age_limit_years" in e.parameters
        for e in (current, catalogue().entries.get(current.id.removesuffix("_hardship_supplement")))
        if e is not None
    )
    return paid_to_an_age and ends_asked(text)


def answered_why(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """A short "why" after a measure was answered that no date rule explains ("why 1 million?
    they arent born yet" after the loan ceiling, 为啥没有): the family's answer for that measure
    again, whose reason says what it depends on (clause 14: the children born so far), without a
    bare yes or no. None when the message asks no why, or no measure of the family's city is
    under discussion."""
    said = normalise(text)
    current = topic(tracker)
    if current is None or len(said) > WHY_SHORT or not WHY_REFUSED.search(said):
        return None
    lang = reply_language(tracker)
    answer = answer_for_family(tracker, text, current, lang)
    if answer is None:
        return None
    dispatcher.utter_message(text=re.sub(r"^(?:能。|不能。|Yes\. |No\. )", "", answer))
    return about(current)


# "Why not" of money the family was just told it gets ("为什么没有 我二宝不是2023年以后生的吗",
# "why don't we get it?"): the citizen misread the answer.
WHY_NOT = re.compile(
    r"(?:为什么|为啥|怎么|咋)(?:就)?(?:没有|没|不给|不能|领不到|拿不到)"
    r"|\bwhy (?:not|don't|doesn't|can't|won't|aren't|isn't)\b|\bhow come (?:we|she|he|they) "
    r"(?:don't|doesn't|can't|won't)\b",
    re.I,
)


def answered_why_not_after_yes(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """A "why not" after the monthly money was given as paid (Jinan clause 12: the second child
    born in October 2025, 600 a month): it is paid, said first ('有的，'), and the figures again
    in brief. Tester 26 c02 got an unrelated text, c02b a fallback. None when the message asks
    no "why not", or the family's money is not being paid."""
    current = topic(tracker)
    if current is None or not is_monthly_money(current) or not WHY_NOT.search(normalise(text)):
        return None
    lang = reply_language(tracker)
    paid = monthly_total_for(tracker.slots, "一个月一共多少", lang)
    head = (paid or "").split("\n", 1)[0]
    if paid is None or not (head.startswith("每月合计") or head.endswith("a month in total:")):
        ended = _ended_why_not(tracker, text, current, lang)
        if ended is not None:  # "为什么没有 我二宝不是2023年以后生的吗" of a child now 3
            dispatcher.utter_message(text=ended)
            return about(current)
        return None  # nothing paid now: the "why" is answered as before
    household = household_from_slots(tracker.slots, clock.today())
    if household is None or household.children is None:
        return None
    named = asked_children(text, len(household.children))
    paying = {
        e.child
        for e in evaluate(household, as_of=clock.today()).entitlements
        if e.status == "eligible" and e.monthly_amount_cny
    }
    if named - paying:  # "老大为什么不给": that child's own reason (the first child: clause 12)
        return None
    body = paid.split("\n", 1)[1] if "\n" in paid else paid
    lead = t(lang, "有的，您家有这笔钱：", "You do get it:")
    dispatcher.utter_message(text=lead + "\n" + body)
    return about(current)


ENDED_REASON = re.compile(r"已结束|\bEnded\b")


def _ended_why_not(tracker: Tracker, text: str, current: Entry, lang: Lang) -> str | None:
    """A "why not" of monthly money the family's children had and that has ended (Jinan clause
    12: until 3; tester 27 r5, a child born February 2023 asked about in December 2026): they
    did qualify ('有的'), the money has all been paid, each child's end, the clause. None when
    some child named never had it (its own reason is answered as before)."""
    household = household_from_slots(tracker.slots, clock.today())
    if household is None or household.children is None:
        return None
    items = [
        e
        for e in evaluate(household, as_of=clock.today()).entitlements
        if e.id == current.id and e.child
    ]
    ended = [
        e
        for e in items
        if e.status == "not_eligible"
        and e.certain
        and e.end is not None
        and e.end <= clock.today()
        and any(ENDED_REASON.search(r) for r in e.reasons.get(lang))
    ]
    if not ended or any(e.status == "eligible" for e in items):
        return None
    named = asked_children(text, len(household.children))
    had = {e.child for e in ended}
    if named - had:
        return None
    shown = [e for e in ended if not named or e.child in named]
    who = t(lang, "、", " and ").join(fmt.child_label(e.child or 0, lang) for e in shown)
    lines = [
        t(
            lang,
            f"有的，{who}符合条件，只是补贴已经发完了：",
            f"Yes, {who} did qualify; the money has simply all been paid:",
        )
    ]
    for e in shown:  # the period's end as the rule gives it ("孩子已于…年满3周岁，此项已结束")
        reason = next((r for r in e.reasons.get(lang) if ENDED_REASON.search(r)), "")
        lines.append(f"{fmt.child_label(e.child or 0, lang)}{t(lang, '：', ': ')}{reason}")
    document = catalogue().documents[current.document].title.get(lang)
    lines.append(
        t(
            lang,
            f"依据：《{document}》第{current.clause}条",
            f"Source: {document}, clause {current.clause}",
        )
    )
    return "\n".join(lines)


# The 200 more itself named in a follow-up ("那老二的200呢", "and the extra for the 2nd?"), beside
# the benefits it is paid for (understanding.household.HARDSHIP_NAMED).
MONEY_WORD = re.compile(r"钱|补贴|补助|\bmoney\b|\bcash\b|\bsubsid", re.I)
EXTRA_NAMED = re.compile(r"加发|多给|额外|200|\b(?:extra|supplement)\b", re.I)


def cover_named(text: str) -> str | None:
    """The insurance for a birth a question names, the last one when it names two (按居民医保能报
    多少; 她之前是职工医保 要是断了按居民医保能报多少: the resident cover), or None."""
    said = normalise(text).lower()
    held = birth_insurance(clauses(said), said, None)
    if held is not None and held.value == "none":
        return None  # "a freelancer with no insurance": no cover named, none held
    found = [
        (m.start(), kind)
        for kind, pattern in INSURANCE
        if kind != "none"
        for m in pattern.finditer(said)
    ]
    if any(kind == "flexible_employment" for _, kind in found):
        # 灵活就业那种 交的职工医保: the employees' scheme joined as flexibly employed, one cover
        found = [(at, kind) for at, kind in found if kind != "employee_maternity"]
    return max(found)[1] if found else None


# A cover named by its scheme's first word only, in a part of its own ("职工的呢", "居民的呢",
# "and the employee one?").
BARE_COVER = re.compile(
    r"^\s*(?:那|那么)?(?:(?P<employee>职工)|居民)(?:的|那个|那种)?\s*(?:呢|的话|怎么报|报多少)"
    r"|\b(?:and |what about )?the (?:(?P<employee_en>employee)|resident)s?'? "
    r"(?:one|scheme|insurance)\b",
    re.I,
)


def covers_asked(text: str) -> list[str]:
    """The covers a question asks the delivery's figure of, in order: each of them when a
    later asking part names a cover of its own ("flexible employment, in employee medical
    insurance, what % is reimbursed? and if resident insurance?", 灵活就业参加职工医保
    生孩子能报多少 要是居民医保呢: the flexibly employed's 50 % and the resident 3,000,
    Jinan clause 15); else the one `cover_named` reads (她之前是职工医保
    要是断了按居民医保能报多少: the resident cover alone)."""
    from actions.each_part import asking_pieces  # each_part's wrapper imports this module

    last = cover_named(text)
    if last is None:
        return []
    asking = asking_pieces(text)
    if len(asking) >= 2 and cover_named(asking[-1]) is None:
        bare = BARE_COVER.search(normalise(asking[-1]))
        if bare is not None:  # "居民医保报多少 职工的呢": the employees' cover too (tester 51 c7)
            employee = bare.group("employee") or bare.group("employee_en")
            kind = "employee_maternity" if employee else "resident_medical"
            return [last, kind] if kind != last else [last]
    if len(asking) < 2 or cover_named(asking[-1]) != last:
        return [last]
    said = normalise(text)
    before = said[: said.rfind(asking[-1])] if asking[-1] in said else ""
    first = cover_named(before) if before else None
    return [first, last] if first is not None and first != last else [last]


def names_the_measure(text: str, entry: Entry) -> bool:
    """Every cover `text` names is the measure's own name ("maternity insurance, what does it
    pay" of Beijing's maternity insurance benefits, (12)): the measure asked of, no cover
    supposed for the family (tester 46 c05 was told "as an insured female employee")."""
    said = normalise(text).lower()
    titles = (entry.title.zh, entry.title.en.lower())
    spans = [
        m.group(0) for kind, pattern in INSURANCE if kind != "none" for m in pattern.finditer(said)
    ]
    return bool(spans) and all(any(span in title for title in titles) for span in spans)


def cover_answer(
    tracker: Tracker, text: str, entry: Entry, cover: str, own: str | None, lang: Lang
) -> str | None:
    """Jinan clause 15 for the cover the question names (resident: the fixed 3,000 yuan), then
    the family's own, when another cover is noted for it."""
    named = with_slots(tracker, birth_insurance=cover)
    answer = answer_for_family(named, text, entry, lang)
    if answer is None:
        return own
    answer = re.sub(r"^(?:能。|不能。|Yes\. |No\. )", "", answer)
    if own is not None and tracker.get_slot("birth_insurance"):
        lead = t(lang, "按您家记下的参保情况：", "With the cover noted for your family: ")
        answer += "\n" + lead + own.split("\n", 1)[0]
    return answer


# A child named by an order beyond the family's ("after the 2nd baby" of a family of one).
ORDER_WORD = re.compile(
    r"\b([2-9])(?:nd|rd|th)\b|老([2-9])|第([2-9])(?:个|胎)|([2-9])(?:胎|孩)", re.I
)


def _order_beyond(text: str, count: int) -> bool:
    """Whether `text` names a child by a birth order beyond the `count` the family has."""
    return any(
        int(next(g for g in m.groups() if g)) > count for m in ORDER_WORD.finditer(normalise(text))
    )


def _of_the_family(entry: Entry) -> bool:
    """A measure the family gets as a whole (the loan ceiling, the rent withdrawal), not a
    child's own money (the next child's subsidy is answered as that child's)."""
    return not entry.per_child and "household" in entry.audience


def imagined_beside_hukou_there(tracker: Tracker, text: str) -> bool:
    """A child imagined beyond the family's after its answer, by a family living in one city
    with its hukou in the other ("户口还在济南 … 再要个老二 济南那600给不给"): the what-if from
    the plan of the hukou's city."""
    if tracker.get_slot(HUKOU_CITY_SLOT) in (None, tracker.get_slot("city")):
        return False
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    return (
        bool(tracker.get_slot("result_shown"))
        and imagines_a_child(text, children)
        and (supposes_another_child(tracker, text) or _order_beyond(text, len(children)))
    )


def _supplement_refused_in_talk(tracker: Tracker) -> bool:
    """The hardship supplement under discussion for a family said to have drawn no benefits at
    any birth (Jinan clause 12's 200 is then no one's): its follow-ups are the subsidy's."""
    current = str(tracker.get_slot(TOPIC_SLOT) or "")
    if not current.endswith("_hardship_supplement"):
        return False
    if current.removesuffix("_hardship_supplement") not in catalogue().entries:
        return False
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    own = [c.get("hardship_at_birth") for c in children if isinstance(c, dict)]
    if tracker.get_slot("hardship_at_birth") is False:
        return not any(v is True for v in own)
    return bool(own) and all(v is False for v in own)


def supposes_another_child(tracker: Tracker, text: str) -> bool:
    """A question supposing one more child than the family has, told without its order ("要是再
    生一个", "what if we have another baby"), after the family's answer: the what-if's (an
    order named, 老三能领吗, is answered as that child's in `focused_reply`)."""
    children = tracker.get_slot("children") or []
    return (
        bool(tracker.get_slot("result_shown"))
        and bool(SUPPOSING.search(text) and ANOTHER_CHILD.search(normalise(text)))
        and imagines_a_child(text, children)
        and unborn_child_asked(text, children) is None
    )


def imagined_measure(
    tracker: Tracker, text: str, city: str | None, asked: Entry | None
) -> Entry | None:
    """The measure a fact put hypothetically decides, of those the search finds for the
    message: "一个人交公积金的话呢" after the loan or any other answer is the loan ceiling
    (clause 14 reads the number of payers), not the rent withdrawal; None when the message
    puts no fact hypothetically, no measure found reads it, or the measure `asked` by name
    does not read it either."""
    said = read_message(text, dict(tracker.slots), clock.today())
    imagined = {u.fact for u in said if u.kind == "question" and not u.fact.startswith("child.")}
    if not imagined:
        return None
    try:
        hits = search(normalise(text), city=city, limit=5)
    except InputError:
        return None
    reading = [h.entry for h in hits if imagined & set(h.entry.facts)]
    if (
        asked is not None
        and not imagined & set(asked.facts)
        and not found_by_search_only(text, asked)
    ):
        return None  # not "要是我也开始交公积金呢" with a measure the search guessed: the loan
    changed = _changed_by(tracker, text)
    return next((e for e in reading if e.id in changed), reading[0] if reading else None)


def _changed_by(tracker: Tracker, text: str) -> set[str]:
    """The ids of the measures whose outcome for the family changes with the fact `text` puts
    hypothetically (one payer instead of two: the loan ceiling, not the rent withdrawal)."""
    day = clock.today()
    household = household_from_slots(tracker.slots, day)
    if household is None:
        return set()
    try:
        changed = hypothetical(household, text, day)
        if changed is None:
            return set()
        now, then = evaluate(household, as_of=day), evaluate(changed, as_of=day)
    except InputError:
        return set()
    before = {(e.id, e.child): _worth(e) for e in now.entitlements}
    after = {(e.id, e.child): _worth(e) for e in then.entitlements}
    return {key[0] for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def _worth(e: Entitlement) -> tuple[object, ...]:
    """What an entitlement gives: its status and figures (not its wording)."""
    return (e.status, e.monthly_amount_cny, e.total_amount_cny, e.amount_cny, e.max_amount_cny)


def _asks_about_a_measure(tracker: Tracker, text: str, asked: object) -> bool:
    """A measure named in the message (`asked`), or a follow-up (去哪办, 能补发吗) on the one
    discussed."""
    return asked is not None or (
        topic(tracker) is not None and (follows_up(text) or asks_back_pay(text))
    )


# A child's age put as a premise in months ("老二没满半年吧", "she's under 6 months right?"):
# the bound in months, read by UNDER_MONTHS.
UNDER_MONTHS = re.compile(
    r"(?:没满|不满|未满|不到|还没到?)(半年|\d{1,2}个月)"
    r"|\b(?:under|less than|not yet|not even) (\d{1,2}|six|half a year)(?: months?)?",
    re.I,
)


def age_premise_corrected(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """A child named with an age bound in months that its birth date contradicts ("老二没满半年吧
    医保还能办免费的吗" of a child born 9 months ago, Jinan clause 15's six months to enrol): the
    child's real age, said before the answer. None when the message puts no such premise or it
    holds."""
    found = UNDER_MONTHS.search(text)
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    named = asked_children(text, len(children))
    if found is None or len(named) != 1:
        return None
    bound_said = (found.group(1) or found.group(2) or "").lower()
    bound = (
        6 if bound_said in ("半年", "six", "half a year") else int(re.sub(r"\D", "", bound_said))
    )
    order = next(iter(named))
    born = children[order - 1].get("birth_date")
    if not born:
        return None
    months = months_between(date.fromisoformat(str(born)[:10]), clock.today())
    if months < bound:
        return None
    name = child_name(order, lang)
    return t(
        lang,
        f"{name}是{born[:4]}年{int(born[5:7])}月出生的，现在已经{months}个月了。",
        f"{name[:1].upper() + name[1:]} was born in {date.fromisoformat(str(born)[:10]):%B %Y}, "
        f"so is {months} months old now.",
    )


def _leave_per_child(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The answer to whether a leave given per parent doubles with several children under its
    age (leave_per_child.py), for the family told (on the hotline, for no family); else None."""
    hotline = in_hotline(tracker)
    return leave_per_child_answer(
        text,
        hotline_city(tracker) if hotline else context_city(tracker),
        lang,
        [] if hotline else list(tracker.get_slot("children") or []),
        clock.today(),
    )


class ActionRouteUnclear(Action):
    """A message the intent classifier did not place (low confidence, or "out of scope") but
    that asks about a measure or tells the family's facts ("北京有没有生二胎给钱的政策"): it is
    answered like any question or read by the household form; anything else is asked to be
    put another way (or told what the assistant covers)."""

    def name(self) -> str:
        return "action_route_unclear"

    @keeps_relatives_apart
    @cards_once
    @notes_unsaid_worries
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = reply_language(tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        unclear = "utter_out_of_scope" if intent == "out_of_scope" else "utter_default"
        items_shown = show_offered_items(dispatcher, tracker, text)
        if (
            items_shown is not None
        ):  # "另外5项给俺看看" after "另外5项要看吗？": the items (tester 57)
            return items_shown
        if part_not_answered(tracker) is not None:  # "幼儿园的事呢 你没说" (tester 57 c05)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if reason_now_asked(text):  # "so the third one only gets 600 since she's working now?"
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if (
            asks_for_grandparents(normalise(text))
            or several_grandparents(text, topic(tracker), context_city(tracker)) is not None
            or _leave_per_child(tracker, text, lang)
        ):
            # "就是问北京有没有给爷爷奶奶的 一句话说", "育儿假俩孩子是不是翻倍": answered
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        worker = _hotline_turn(dispatcher, tracker, text, lang)
        if worker is not None:
            return worker
        put_right = await corrected_first(dispatcher, tracker, domain)
        if put_right is not None:  # "oh and she was on unemployment benefit at the 2nd's birth"
            return put_right
        if other_items(tracker, text, lang) is not None or (
            answered_moved_away(CollectingDispatcher(), tracker, text) is not None
        ):
            # "现在还在北京呢 没迁 那现在一共能享受啥": every item of the family (tester 97 f6);
            # "要是明年俺们户口迁去北京了 这个600的还能接着领吗": the move's no (tester 98 p2)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if money_items_reply(dict(tracker.slots), text, lang, clock.today()) is not None:
            # "whats the 12 items in short? just the money ones" (tester 50 e09)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if (
            no_cash_confirmed(text, context_city(tracker), lang) is not None
            or none_put_to_family(dict(tracker.slots), text, lang) is not None
            or cutoff_answer(tracker, text, lang) is not None
        ):  # "一分钱都没有是吧": 对，没有; "差两个月都不行啊": the cut-off, no exception
            # (tester 47 c8)
            # "我说的是北京现在没钱领 对不对": 对, clause (12) (tester 49 c03 got 没太明白)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if (
            family_until_answer(tracker, text, lang) is not None
            or first_steps_asked(tracker, text) is not None
        ):  # "一个月1400到27年9月是吧": 对 or 不对 to the end, then each period (tester 52
            # c01); "what do we do first?": the deadline running, else the services (c04)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if YEARS_ASKED.search(text) and topic(tracker) is not None:
            # "那以后每年都不用交吗" after the newborn's insurance: the years it covers
            # (tester 64)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if leave_for_the_children(text, context_city(tracker)) is not None:
            # "can she still take days off for the twins": the parental leave, not 没太明白
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if row_follow_up(tracker, text, lang) is not None:
            # "那三个娃一个人交呢 能贷多少" after the ceiling: that cell (tester 51 c6)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        applied = money_to_apply_for(
            text, context_city(tracker) or hotline_city(tracker), topic(tracker)
        )
        if applied is not None:  # "所以到底自动发不发 方案有没有说": the plan's silence on how
            # the money is claimed, and whom to ask (tester 48 c02 got "没太明白")
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if nothing_left_asked(text, topic(tracker), None) or child_asked_of_topic(
            tracker, text, context_city(tracker), lang
        ):  # "so they get nothing anymore?" after the 600: its end for this family (12);
            # "does the older one get it too?": that child's answer (tester 48 got "Sorry")
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if who_or_where_answer(tracker, text, lang) is not None:
            # "政策上写了姥姥能代办吗 你确定？": the plan's silence, not 没太明白; "who gets the
            # money? is it taxed?": each part, as a question's (tester 52 c10)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if without_comparison(text, lang) != text:  # "北京…有没有育儿补贴 济南好像有600"
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if counterpart_answer(tracker, text, lang) is not None:
            # "济南的呢" after Beijing's leave: the other city's measure (tester 100 p10 got
            # 没太明白)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        asked_after_thanks = after_thanks(text)
        if asked_after_thanks:  # "谢谢 那托儿所有补贴不": the question, not only 不客气
            rest = with_text(tracker, asked_after_thanks)
            return await ActionAnswerPolicyQuestion().run(dispatcher, rest, domain)
        if tracker.get_slot("result_shown") and tells_family_facts(tracker):
            # "老三能领多少 户口都是济南的": the hukou taken, then the money on it, never "如果是
            # 济南户口" (tester 78 c10)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if imagined_beside_hukou_there(tracker, text):  # 户口还在济南 再要个老二 600给不给
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if not in_hotline(tracker) and asked_of_other_city(
            dict(tracker.slots), other_city_text(tracker, text)
        ):
            # "那要是我们把户口迁回济南老家呢 俩小的能领济南那个钱不" from a Beijing family: Jinan's
            # 600 as a what-if, never Beijing's silence on hukou (tester 88 c5)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        followed = answered_follow_up(dispatcher, tracker, text)
        if followed is not None:
            return followed
        why_not = answered_why_not_after_yes(dispatcher, tracker, text)
        if why_not is not None:  # "为什么没有 我二宝不是2023年以后生的吗" (tester 27 r5)
            return why_not
        elsewhere_insured = insured_elsewhere_answer(tracker, text, lang)
        if elsewhere_insured is not None:  # "俩小的…在德州上了医保": clause 15, what it leaves open
            dispatcher.utter_message(text=elsewhere_insured)
            return []
        if enrolment_told(text) and window_entry(context_city(tracker)):
            # "超过6个月才给孩子办的 还能免吗": the enrolment's yes or no (Jinan clause 15), not
            # "6个月" taken for a child's age by the form (tester 48 c04)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if CONTACT.search(text):  # "whats the hotline for beijing health commission": none given
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if intent == "out_of_scope" and (mentioned_city(text) or context_city(tracker)) is None:
            # (a caller's case has no family city: its measure's city keeps "一共多少钱" in scope)
            dispatcher.utter_message(response=unclear)  # "青岛生孩子给钱吗": another city
            return []
        if not tracker.get_slot("result_shown") and loan_case_answer(
            tracker, text, context_city(tracker), lang
        ):  # "一人缴呢" right after the loan ceiling (tester 27 c05): that row's figure
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if accepts_offer(tracker, text) and not tells_family_facts(tracker):  # "要 查查"
            return await ActionOfferAccepted().run(dispatcher, tracker, domain)
        if tracker.get_slot("result_shown") and (
            imagines_a_child(text, tracker.get_slot("children") or [])
            or imagines_a_fact(tracker, text)
        ):  # "我问的是再生个老三 老三能有啥", "一个人交的话呢": what that would change
            return await ActionWhatIf().run(dispatcher, tracker, domain)
        theirs = one_child_answer(tracker, text, lang, clock.today())
        if theirs is not None:  # "i asked what about the older one, the 6 year old", 我问的是老大
            dispatcher.utter_message(text=theirs)  # (tester 32 got "Sorry" for it)
            return []
        asked = asked_measure(text, tracker.get_slot("city"), lang)
        if asks_start_over(text) and not tells_family_facts(tracker):  # "ok start over then"
            return start_over(dispatcher, tracker)
        if asked is None and asks_full_check(text) and not tells_family_facts(tracker):
            return full_check()  # "check everything" (tester 42 c04 got "Sorry")
        if tells_family_facts(tracker):
            if tracker.get_slot("result_shown"):
                return [FollowupAction("action_handle_correction")]
            focus: list[EventType] = []
            if asked is not None:
                focus = [SlotSet(FOCUS_SLOT, asked.id), SlotSet(QUESTION_SLOT, text[:500])]
            return [*focus, FollowupAction("household_form")]
        baby = baby_overview(dict(tracker.slots), text, lang, clock.today())
        if baby is not None:  # "what about the baby when born" (tester 24 c02 got "Sorry")
            dispatcher.utter_message(text=baby)
            return []
        if _asks_about_a_measure(tracker, text, asked) or figure_checked_of_topic(
            tracker, text, tracker.get_slot("city"), lang
        ):
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if elsewhere(text, tracker.get_slot("city"), lang):  # a measure only the other plan has
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if THANKS.search(text):  # "不是问补贴 算了 谢谢": a polite close, not "didn't understand"
            dispatcher.utter_message(response="utter_you_are_welcome")
            return []
        overview = child_overview(tracker, text, lang)
        if overview is not None:  # "what does the oldest kid get", "so the 6yo gets nothing?"
            dispatcher.utter_message(text=overview)  # (tester 31 c08 got "Sorry" three times)
            return []
        same = changes_nothing(text, tracker.get_slot("city"), topic(tracker), lang)
        if same is not None:  # "she went back to work in august": noted, changes nothing
            dispatcher.utter_message(text=same)
            return []
        dispatcher.utter_message(response=unclear)
        return []


# Thanks opening a message that goes on to ask ("谢谢 那托儿所有补贴不", "thanks! and is there
# anything for nursery fees?"): the thanks and the joining words before the question.
THANKS_FIRST = re.compile(
    r"^\s*(?:好的?|嗯|ok(?:ay)?|great)?[\s,，。.!！]*"
    r"(?:谢谢(?:你|您)?|多谢|感谢|谢啦|thanks?(?: you| a lot)?|thx|ty)[\s,，。.!！~]*"
    r"(?:那(?:么)?|还有|另外|再问(?:一?下)?|and|also|so)?[\s,，]*",
    re.I,
)


def after_thanks(text: str) -> str:
    """The question a message asks after thanking ("谢谢 那托儿所有补贴不": "托儿所有补贴不");
    empty when it opens with no thanks or asks nothing after it (谢谢, "thanks a lot!")."""
    found = THANKS_FIRST.match(text)
    if found is None or not THANKS.search(found.group(0)):
        return ""
    rest = text[found.end() :].strip()
    asks = QUESTION.search(normalise(rest)) or "?" in rest or "？" in rest
    return rest if rest and asks else ""


def asks_about_a_measure(tracker: Tracker, text: str, lang: Lang) -> bool:
    """Whether a message the form read nothing from asks about a measure: one named or asked, a
    follow-up on the one discussed, a figure said back of it, or one only the other city's plan
    has (有没有公积金的多贷, in Beijing: Jinan's clause 14)."""
    city = tracker.get_slot("city")
    return bool(
        _asks_about_a_measure(tracker, text, asked_measure(text, city, lang))
        or figure_checked_of_topic(tracker, text, city, lang)
        or elsewhere(text, city, lang)
        # "育儿假是夫妻各10天还是一共10天", "那我们去哪申请那600", "生完以后才领的低保 能加200吗"
        or per_parent_leave(text, city, lang) is not None
        or money_to_apply_for(text, city, topic(tracker)) is not None
        or began_after_birth(city, text, lang) is not None
        # "姥姥姥爷都能吗" while a question waits: both grandparents (clause 15), not 没太明白
        or several_grandparents(text, topic(tracker), city) is not None
    )


def children_in_question(
    items: list[Entitlement], text: str, count: int, children: list[dict[str, Any]] | None = None
) -> tuple[list[Entitlement], list[int]]:
    """A measure's per-child items for 按您家的情况: those of the children the question names
    ("老三的到啥时候停"), else every child's that applies, is open, or has dates (an ended
    subsidy's end); the other children, who do not qualify, as their birth orders for one line
    (tester 21 c8 ended with long lists of the first and second child's refusals)."""
    per_child = [e for e in items if e.child is not None]
    if len(per_child) < 2:
        return items, []
    named = asked_children(text, count)
    by_birth = not named and bool(children)
    if by_birth and children:  # "外孙女10月几号生的": the one child born in October, alone
        named = {o for o in children_told_by_birth(text, children) if o <= count}
        by_birth = len(named) == 1
    if named:
        keep = [e for e in items if e.child is None or e.child in named]
    else:
        keep = [
            e
            for e in items
            if e.child is None
            or e.status != "not_eligible"
            or not e.certain  # a window passed: enrolled in time? (Jinan clause 15)
            or e.end is not None
            or e.apply_by is not None
        ]
    if not keep:
        return items, []
    if by_birth:
        return keep, []
    shown = {e.child for e in keep}
    others = sorted(
        {
            e.child
            for e in per_child
            if e.child not in shown and e.status == "not_eligible" and e.child is not None
        }
    )
    return keep, others


# A child's medical insurance said to be taken out in another place ("俩小的生下来一个月就在德州上
# 了医保", "医保是在老家交的", "we got the twins insured in Dezhou").
INSURED_AT = re.compile(
    r"(?:在|去|回)(?P<zh>[\u4e00-\u9fff]{2,4}?)(?:市)?(?:那边|这边)?(?:上|参|交|办|买)?了?(?:的)?"
    r"(?:居民)?(?:医保|医疗保险|参保)"
    r"|(?:医保|参保)(?:是)?在(?P<zh2>[\u4e00-\u9fff]{2,4}?)(?:市)?(?:上|参|交|办|买)"
    r"|(?:insured|insurance|enrolled|signed up)\b[^.?!]{0,40}?\b(?:in|at) (?P<en>[a-z]+)",
    re.I,
)
NOT_A_PLACE = re.compile(
    r"^(?:这|那|哪|我|你|他|她|孩子|家里|医院|单位|公司|网上)|^(?:the|a|an|my|our|full|time|advance|school|kindergarten|nursery|hospital|person|total|it|that|this|there|here|both|each|china)$",
    re.I,
)


def insured_elsewhere_answer(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """The answer to a child said to be insured in another city than the family's (tester 20
    c04 got "抱歉，我没太明白"): the city's newborn insurance subsidy (Jinan clause 15) with what
    the plan leaves unsaid; None for any other message, or a family with no such measure."""
    city = tracker.get_slot("city")
    if city is None:
        return None
    found = INSURED_AT.search(text)
    if found is None:
        return None
    place = (found.group("zh") or found.group("zh2") or found.group("en") or "").strip()
    if not place or NOT_A_PLACE.search(place) or mentioned_city(place) == city:
        return None
    entry = next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == city and e.id.endswith("newborn_medical_insurance_subsidy")
        ),
        None,
    )
    if entry is None:
        return None
    shown = place if lang == "zh" or not place.isascii() else place.title()
    return render.insured_elsewhere(entry, shown, lang)


class ActionUnclearInForm(Action):
    """A message the intent classifier did not place while a form question is pending, the form
    having read no fact in it: a question about a measure ("坐公交要钱不") is answered; anything
    else is asked to be put another way. The form then asks its question again, once."""

    def name(self) -> str:
        return "action_unclear_in_form"

    @cards_once
    @notes_unsaid_worries
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = reply_language(tracker)
        items_shown = show_offered_items(dispatcher, tracker, text)
        if items_shown is not None:  # "yes list the other 6" while a question waits (tester 57)
            return items_shown
        if asks_full_check(text) and not in_hotline(tracker):  # "都帮我看看" while a question
            from actions.conversation import ActionGoOn  # waits: the full check goes on

            return await ActionGoOn().run(dispatcher, tracker, domain)
        if asks_money_after_a_move(dict(tracker.slots), text) or (
            who_or_where_answer(tracker, text, lang) is not None
        ):
            # "那迁过来以后一个月多少" while the form asks the insurance: what the move would
            # bring, not the family's "现在没有" again (tester 30 c6); "姥姥能代办吗": the plan's
            # silence on who may apply
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        followed = answered_follow_up(dispatcher, tracker, text)
        if followed is not None:
            return followed
        why_not = answered_why_not_after_yes(dispatcher, tracker, text)
        if why_not is not None:  # "为什么没有 …" after 600 a month: yes, said again (c02b)
            return why_not
        if asks_about_a_measure(tracker, text, lang):
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        elsewhere_insured = insured_elsewhere_answer(tracker, text, lang)
        if elsewhere_insured is not None:  # "俩小的…在德州上了医保"
            dispatcher.utter_message(text=elsewhere_insured)
            return []
        same = changes_nothing(text, tracker.get_slot("city"), topic(tracker), lang)
        if same is not None:  # "她8月份回去上班了" while the form asks: noted, changes nothing
            dispatcher.utter_message(text=same)
            return []
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        unclear = "utter_out_of_scope" if intent == "out_of_scope" else "utter_default"
        worker = _hotline_turn(dispatcher, tracker, text, lang)
        if worker is not None:
            return worker
        dispatcher.utter_message(response=unclear)
        return []


# The hardship families' 200 more said missing from what was paid ("不是说低保家庭多给吗 是不是
# 少发了", "we only got 600, isn't it 800 on dibao, were we underpaid").
SUPPLEMENT_SHORT = re.compile(
    r"(?:低保|特困|失业金|困难家庭|多给|加(?:发)?200|\b(?:dibao|tekun|800|extra 200)\b)"
    r"[^。？?]{0,30}(?:少发|少给|发少|给少|少领|领少|underpaid|paid (?:us )?(?:less|short))",
    re.I,
)


def owed_with_the_supplement(
    slots: dict[str, Any], extra: Entry, text: str, lang: Lang
) -> str | None:
    """ "不是说低保家庭多给吗 是不是少发了": the monthly sum for the family's children born on such
    benefits, from the data (Jinan clause 12: 600 + 200 = 800 yuan a month), each child named;
    None unless the message says the supplement was paid short and a child was born on them."""
    if not SUPPLEMENT_SHORT.search(text) or "monthly_amount_cny" not in extra.parameters:
        return None
    base = monthly_subsidy(extra.city)
    if base is None or "monthly_amount_cny" not in base.parameters:
        return None
    children = slots.get("children") or slots.get("children_partial") or []
    born_on = [
        i
        for i, c in enumerate(children, start=1)
        if isinstance(c, dict) and c.get("birth_date") and c.get("hardship_at_birth") is True
    ]
    if not born_on:
        return None
    a, b = base.param("monthly_amount_cny").value, extra.param("monthly_amount_cny").value
    if not (isinstance(a, int | float) and isinstance(b, int | float)):
        return None
    a, b = int(a), int(b)
    who = t(lang, "、", ", ").join(t(lang, f"第{i}个孩子", f"child {i}") for i in born_on)
    return t(
        lang,
        f"按第{extra.clause}条，在领低保、特困供养或失业保险金期间生育的，每月{a}+{b}={a + b}元；"
        f"您家{who}出生时在领，按规定应是每月{a + b}元，只领{a}元的请向牵头部门核实。",
        f"Under clause {extra.clause}, a child born while the family was on dibao, special "
        f"hardship support or unemployment benefits gets {a} + {b} = {a + b} yuan a month; "
        f"{who} was born on them, so {a + b} is what the plan gives. If only {a} was paid, ask "
        f"the lead department to check.",
    )


def _hotline_turn(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str, lang: Lang
) -> list[EventType] | None:
    """A hotline worker's message no other answer took: a figure checked against the case
    ("yes or no, 900k for him?", tester 36 c04), the mode said again ("hotline here", tester 34
    r07) or the clause to cite ("which clause should I cite", tester 35 c10), never "Sorry".
    None outside hotline mode or for any other message."""
    if not in_hotline(tracker):
        return None
    if (
        BACK_PAY.search(text)  # "我问的是 引用哪一条 还有 前几个月没领的 能补发吗" (tester 37 c03)
        or END_ASKED.search(text)  # "老三到哪天" read as out of scope: the case's end
        or READ_OUT_ASKED.search(text)  # "what do I say to the caller about …": the sentence
        or case_facts(tracker, clock.today()).get(ASKED_CHILD)  # "老二呢": that child's
        # "我问的是现金奖励 有没有 多少钱": a measure named, read as out of scope (t88 c10)
        or (
            named_measure(text, hotline_city(tracker), lang) is not None
            and money_to_apply_for(text, hotline_city(tracker), topic(tracker)) is None
        )
    ):
        answer, meant = hotline_answer(tracker, lang, clock.today())
        if answer is not None:
            dispatcher.utter_message(text=answer)
            return [*answered_about(meant), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
    applied = case_reply(tracker, lang)
    if applied is not None:
        dispatcher.utter_message(text=applied[0])
        return [*answered_about(applied[1]), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
    if not (opens_hotline(text) or cite_asked(text)):
        return None
    said = (
        hotline_opened(tracker, lang)
        if opens_hotline(text)
        else cited_for_case(tracker, text, lang)
    )
    dispatcher.utter_message(text=said)
    return [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
