"""The answer: the entitlements of the household as known, an item in detail, how to apply,
and what-if comparisons that leave the family's own facts untouched."""

import itertools
import re
from collections.abc import Sequence
from contextvars import ContextVar
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import clock, render
from actions.apply_money import AUTOMATIC_ASKED, apply_answer, money_to_apply_for
from actions.children import apply_updates, as_known, for_household, full_date
from actions.closing import closes, closing_reply
from actions.conditional import (
    AGE_SAID,
    HUKOU,
    MONTH_SAID,
    UNTIL_ASKED,
    WHOLE_ASKED,
    ended_at_age,
    ended_if,
    ended_totals,
    if_hukou,
    money_of_children_decided,
    money_whatever_dates,
    not_eligible_line,
    until_age,
)
from actions.confirm_after_birth import figure_after_birth
from actions.cutoffs import answered_cutoff
from actions.enrolled import answered_enrolment, enrolment_told, window_entry
from actions.focus import (
    AMOUNT_RECEIVED,
    FOCUS_SLOT,
    MONEY_ENDS,
    QUESTION,
    QUESTION_SLOT,
    SCOPE_SLOT,
    TIME_OFF_WORK,
    all_figures,
    asked_measure,
    asks_for_grandparents,
    back_then,
    child_money_asked,
    corrected_topic,
    dated_for,
    deciding_child,
    filled_households,
    focus,
    found_by_search_only,
    is_monthly_money,
    leave_for_the_children,
    leaves_topic,
    measures_asked,
    monthly_figure_put,
    monthly_subsidy,
    named_entry,
    settled_children,
    settled_report,
    topic_corrected,
    undated_children,
)
from actions.form_questions import MOST_ASKS, PENDING_SLOT
from actions.grandparents import answered_grandparents
from actions.headline import (
    AMOUNT_ASKED,
    AMOUNT_ASKED_MA,
    HELD_AT_BIRTH_ASK,
    MONEY_KINDS,
    MONTHLY_TOTAL,
    amount_asked,
    focused_answer,
    headline,
    if_on_benefits_at_birth,
    monthly_total,
    other_items,
    per_child_money,
)
from actions.hotline import (
    answered_about,
    case_facts,
    case_items,
    hotline_answer,
    hotline_city,
    hotline_kept,
    in_hotline,
    measure_menu,
    what_else,
)
from actions.household import FACT_SLOTS, evaluate_back_then, household_from_slots
from actions.household_form import STILL_THE_ONE, matter_after_correction, ordered_missing
from actions.hukou_city import (
    answered_there,
    hukou_plan_entry,
    hukou_plan_heading,
    lives_apart,
    residence_silence,
    with_hukou_there,
    yes_on_its_condition,
)
from actions.insured_where import insured_elsewhere
from actions.items_offered import show_offered_items
from actions.language import reply_language
from actions.leave_end import family_leave_end
from actions.loan_case import more_children_answer
from actions.money_left import money_left
from actions.multiples import order_in_birth_unsaid, per_child_or_birth_asked
from actions.next_child import imagined_in_talk, next_child_answer, said_before
from actions.no_cash import no_before_its_card, no_monthly_cash
from actions.of_the_topic import (
    children_asked,
    none_of_them_lead,
    nothing_asked_of_children,
    nothing_left_asked,
)
from actions.one_child import bare_child_answer, child_items, one_child_answer
from actions.other_city_money import asked_of_other_city
from actions.pregnancy_money import money_before_birth
from actions.presumed_case import presumed_reply
from actions.relative_case import keeps_relatives_apart
from actions.side_questions import (
    BRIEF_SLOT,
    TOPIC_SLOT,
    about,
    asks_back_pay,
    asks_how,
    asks_if_hukou_matters,
    asks_of_a_child,
    follows_up,
    follows_up_in_length,
    measure_terms,
    named_measure,
    names_a_child,
    topic,
)
from actions.sums_asked import total_until_answer
from actions.supplement import supplement_entry, supplement_verdict
from actions.turn import cards_once, said_this_turn, utter_once
from actions.unsaid import no_leave_granted, notes_unsaid_worries, worries_after
from actions.what_changed import answered_change, told_what_changed
from actions.who_applies import ON_BEHALF, who_or_where_answer
from actions.worked_out import worked_out
from policy_kb import (
    Household,
    InputError,
    Report,
    catalogue,
    evaluate,
    get_entry,
    parse_household,
)
from policy_kb import format as fmt
from policy_kb.dates import add_months, months_between
from policy_kb.household import MAX_MONTHS_TO_DUE_DATE
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.search import absent_topics, search
from policy_kb.text import Lang
from understanding import FactUpdate, understand
from understanding.reader import birth_orders_named
from understanding.sexes import children_named_by_sex
from understanding.text import clauses, normalise
from wording.cities import CITIES, mentioned_city
from wording.entitlements import clause_line, clause_name, label, ordered
from wording.language import LANGS, t


def _ask_city(dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(response="utter_ask_city")
    return []


def _city_kept_or_asked(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType]:
    """No family to evaluate yet: when the message names the family's city ("hi, jinan here, one
    daughter she's 5 … what would we get", "we're jinan", "from jinan"), the city is kept and the
    household form reads the rest of the message, never "which city?" (tester 53 c10); else the
    city is asked."""
    from actions.city_told import city_told  # city_told imports this module's neighbours

    told = city_told(tracker, text)
    if told is None:
        return _ask_city(dispatcher)
    return [SlotSet("city", told), FollowupAction("household_form")]


def report_payload(
    household: Household, report: Report, kind: str = "entitlements"
) -> dict[str, Any]:
    """The household and its Report for rich clients (cards, timeline, calendar), beside the text.
    The household travels with the report so a client can ask the web app for the calendar file
    or the printable summary without the server keeping anyone's facts."""
    dumped = report.model_dump(mode="json")
    for item, e in zip(dumped["entitlements"], report.entitlements, strict=True):
        # The words the text replies use, so the cards show the same label and clause line.
        item["label"] = {lang: label(e, lang) for lang in LANGS}
        item["clause_line"] = {lang: clause_line(e, lang) for lang in LANGS}
        item["days_floor"] = fmt.days_are_a_minimum(e)  # "no less than": the page says so
        item["days_each"] = fmt.per_parent(e)  # each parent's days (Jinan clause 11)
    return {
        "type": kind,
        "household": household.model_dump(mode="json", exclude_none=True),
        "report": dumped,
    }


def with_offer_line(events: list[EventType], tracker: Tracker) -> list[EventType]:
    """`events` with `offer_line` a text whatever way the answer went: utter_offer_more follows
    this action and reads the slot, and a slot never set reads "None" (tester 49 c01 got a
    bubble saying only None after the newborn insurance answer). An empty line sends nothing."""
    if any(e.get("event") == "followup" for e in events):
        return events  # another action follows, not utter_offer_more
    set_here = [e for e in events if e.get("event") == "slot" and e.get("name") == "offer_line"]
    if set_here:
        for event in set_here:
            if not isinstance(event.get("value"), str):
                event["value"] = ""
        return events
    current = tracker.get_slot("offer_line")
    offered = [e for e in events if e.get("event") == "slot" and e.get("name") == "offer"]
    if (offered and offered[-1].get("value") is None) or not isinstance(current, str):
        return [*events, SlotSet("offer_line", "")]  # no offer now: no stale one said
    return events


def ends_the_turn(events: list[EventType], tracker: Tracker) -> list[EventType]:
    """`events`, then the turn ends, when the answer leaves no result shown: the rules after
    this action (data/rules) expect `result_shown` set before utter_offer_more, so an answer
    that is not the family's result (a Beijing grandparent's "我能有啥" on the first turn,
    tester 53 c05) would otherwise be followed by the core fallback, again and again, and the
    conversation fell silent."""
    if tracker.get_slot("result_shown") or any(
        e.get("event") == "followup"
        or (e.get("event") == "slot" and e.get("name") == "result_shown" and e.get("value"))
        for e in events
    ):
        return events
    return [*events, FollowupAction("action_listen")]


class ActionShowEntitlements(Action):
    """The answer. To a question about one measure: yes or no, the figure and the clause, then
    the offer of the full check. For the full check: the headline (money and deadlines first,
    at most five lines with the offer after it), the items in full travelling as cards for the
    web page, and, while some items need facts, the offer to ask them."""

    def name(self) -> str:
        return "action_show_entitlements"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = await self.answer(dispatcher, tracker, domain)
        return with_offer_line(ends_the_turn(events, tracker), tracker)

    @cards_once
    @worries_after  # those the form left to come after this answer (tester 52 c09)
    async def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        day = clock.today()
        if in_hotline(tracker):
            # a worker's rule questions were answered as asked: no family check, no city asked
            return [FollowupAction("action_listen")]
        if closes(tracker.latest_message.get("text") or ""):
            # the form ended on a goodbye ("行 那我自己去问 谢谢啊"): said goodbye, no result
            return [FollowupAction("action_listen")]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        entry_id = tracker.get_slot(FOCUS_SLOT)
        text = tracker.latest_message.get("text") or ""
        items_shown = show_offered_items(dispatcher, tracker, text)
        if (
            items_shown is not None
        ):  # "剩下的给我看看" after "另外5项要看吗？": not the summary again
            return items_shown
        next_one = next_child_answer(dict(tracker.slots), text, lang, day, said_before(tracker))
        if next_one is not None:  # "if the 3rd is born say March 2027 does the 3rd get 600?":
            # that child's answer, never child 2's "No" (tester 45 c10); it stays the child
            # in talk, so "生老三的时候在领失业金" next is its own (tester 47 c01)
            dispatcher.utter_message(text=next_one)
            return [SlotSet(FOCUS_SLOT, None), *imagined_in_talk(dict(tracker.slots), text)]
        theirs = bare_child_answer(tracker, text, lang, day)
        if theirs is not None:  # "and the 5 year old?", 那5岁的呢: that child's items
            dispatcher.utter_message(text=theirs)
            return [SlotSet(FOCUS_SLOT, None)]
        elders = answered_grandparents(dispatcher, tracker)
        if elders is not None:  # "我们老两口能有啥" in Beijing, after the family's summary
            return elders
        if asks_for_grandparents(normalise(text)):
            # "我们老两口能沾点光不" read as a check: the grandparents' own measure (Jinan clause
            # 15) is the answer asked, not the family's form (tester 121 p5 was asked the eldest's
            # birth instead)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports us

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        how = worked_out(dict(tracker.slots), text, lang) if entry_id else None
        if how is not None:  # "你咋算的" after an answer: how it was worked out (tester 40 r08)
            dispatcher.utter_message(text=how)
            return []
        city = tracker.get_slot("city")
        if entry_id and city and asks_if_hukou_matters(text):
            # "does any of this need beijing hukou?": the measures that read hukou and those
            # worded for residents, not the measure the word hukou finds (tester 40 n3)
            dispatcher.utter_message(text=render.hukou_matters(str(city), lang))
            return [SlotSet(FOCUS_SLOT, None)]
        from actions.answers import corrected_first  # answers imports this module

        put_right = await corrected_first(dispatcher, tracker, domain)
        if put_right is not None:  # "对了 生老二那会儿在领低保 是不是800" after "没领低保"
            return put_right
        if tracker.get_slot("result_shown"):  # "so it's 600 a month right?", whatever the topic
            monthly = answered_monthly(dispatcher, tracker, text)
            if monthly is not None:
                return monthly
        if entry_id and (
            intent != "check_eligibility"
            or STILL_THE_ONE.search(text)
            or _asks_the_focused(text, str(entry_id), tracker.get_slot("city"), lang)
        ):
            # "那还能领吗" of the measure discussed: its answer, not every item (tester 35 c06)
            if told_what_changed(said_this_turn(tracker, dispatcher)):
                return [SlotSet("result_shown", True)]  # the correction's changes, not the card
            named = named_measure(text, city, lang)
            window = window_entry(city)
            enrolled = (
                answered_enrolment(dispatcher, tracker, text)
                # "在期限内上的 那生老三住院的钱医保报多少": the enrolment was answered before
                # the form; the hospital birth in focus is what is left (tester 42 c10)
                if named is None or named.id != str(entry_id) or window is None or named == window
                else None
            )
            if enrolled is not None:  # "is the twins' insurance free or not" after "at 2 months"
                return [SlotSet("result_shown", True), *enrolled[0]]
            entry = get_entry(str(entry_id))
            reply, entry = _focused_or_followed(tracker, entry, text, lang)
            if reply is not None and corrected_to_the_same(tracker, reply):
                reply = answer_unchanged(entry, lang)
            if reply is not None and nothing_asked_of_children(text, entry, named):
                # "那老大老二都没有？": 都不能, then each child's reason (tester 48 c09)
                children = tracker.get_slot("children") or tracker.get_slot("children_partial")
                asked = children_asked(text, len(children or []))
                report = settled_report(dict(tracker.slots), day)
                items = [
                    e
                    for e in (report.entitlements if report is not None else [])
                    if e.id == entry.id and e.child in asked
                ]
                reply = none_of_them_lead(reply, items, lang)
            if reply is not None:  # no "这次生育可以休" to a mother with no employer (c05)
                reply = no_leave_granted(reply, text, {**tracker.slots}, lang)
                # "北京…每个月多少" with the family told: 没有, on the card it rests on
                city = tracker.get_slot("city")
                reply = no_before_its_card(reply, text, city, lang) or reply
                utter_once(dispatcher, tracker, reply)
            from actions.answers import asked_together  # answers imports this module

            for parent in asked_together(text, tracker.get_slot("city")) or []:
                if parent.id != entry.id:  # "how many days off as the dad? and my wife?" (11)
                    dispatcher.utter_message(
                        text=focused_reply(tracker, tracker.slots, parent, lang, question=text)
                    )
            city = tracker.get_slot("city")
            kept = str(tracker.get_slot(QUESTION_SLOT) or "")
            for part in measures_asked(kept, city) if kept else []:
                # "如果我们买首套房能贷多少 租房能提公积金吗" asked before the form's questions:
                # the rent withdrawal beside the loan ceiling, not the loan alone (Jinan 14)
                if part.id != entry.id and part.city == entry.city:
                    utter_once(
                        dispatcher,
                        tracker,
                        focused_reply(tracker, tracker.slots, part, lang, question=kept),
                    )
            city = tracker.get_slot("city")
            other = (
                asked_measure(text, city, lang)
                # "没有 要自己申请吗 去哪办": the 600's application was the whole question;
                # "那老大老二都没有？老大15了": the money for them was (no "15" days of leave)
                if money_to_apply_for(text, city, entry) is None
                and not nothing_asked_of_children(text, entry, named_measure(text, city, lang))
                else None
            )
            if other is not None and other.id != entry.id and other.city == entry.city:
                # the last answer came with another question ("没有低保 那爷爷奶奶有啥好处没")
                dispatcher.utter_message(
                    text=focused_reply(tracker, tracker.slots, other, lang, question=text)
                )
                entry = other
            applied = application_left_out(tracker, text, entry, dispatcher, lang)
            if applied is not None:  # "no. how do we apply, is it automatic? and her leave"
                dispatcher.utter_message(text=apply_answer(applied, lang, text))
            others = what_else(dict(tracker.slots), text, lang, day)
            if others is not None:  # "那我们家还有别的啥能享受的 …育儿假呢": the rest answered
                dispatcher.utter_message(text=others)  # with it, not offered (tester 46 c07)
                return [SlotSet("result_shown", True), SlotSet("offer", None), *about(entry)]
            if (
                tracker.get_slot("offer") == "full_check"
                and accepts_offer(tracker, text)
                and tracker.get_slot(QUESTION_SLOT) == text[:500]  # no form question since
            ):
                # "要 我们租房住 能排公租房吗": the yes to the full check came with the question;
                # the check follows the answer instead of being offered again (tester 16)
                return [
                    SlotSet("result_shown", True),
                    SlotSet(FOCUS_SLOT, None),
                    SlotSet("offer", None),
                    *about(entry),
                    FollowupAction("household_form"),
                ]
            return [
                SlotSet("result_shown", True),
                SlotSet("offer", "full_check"),
                SlotSet("offer_line", render.offer_line("full_check", lang)),
                *about(entry),
            ]
        household = household_from_slots(tracker.slots, day)
        if household is None:
            return _city_kept_or_asked(dispatcher, tracker, text)
        shown = intent == "check_eligibility" and tracker.get_slot("result_shown")
        known_children = tracker.get_slot("children") or []
        unborn = unborn_child_asked(text, known_children) if shown else None
        if unborn is not None:  # "老三能领吗" after the answer, of a family of two: a what-if
            dispatcher.utter_message(text=render.unborn_child(unborn, len(known_children), lang))
            return await ActionWhatIf().run(dispatcher, tracker, domain)
        if shown and ordered_missing(tracker.slots, day):  # "继续查" after the money: ask the rest
            return [SlotSet(FOCUS_SLOT, None), SlotSet(SCOPE_SLOT, "all"),
                    FollowupAction("household_form")]  # fmt: skip
        report = settled_report(tracker.slots, day) or evaluate(household, as_of=day)
        children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
        no_cash = no_monthly_cash(text, household.city, lang)
        if no_cash is not None:  # "北京有啥补贴 一个月给多少钱" with the family: 没有 first
            dispatcher.utter_message(text=no_cash)
        dispatcher.utter_message(
            text=headline(
                report,
                lang,
                render.aged_children(children),
                render.month_only_children(children),
                back_then(dict(tracker.slots)),
                render.year_only_children(children),
            ),
            json_message=report_payload(household, report),
        )
        held = hukou_plan_entry(dict(tracker.slots))
        if held is not None:  # Jinan hukou, living in Beijing: Jinan's 600 too (clause 12)
            there = focused_reply(tracker, tracker.slots, held, lang, "")
            heading = hukou_plan_heading(held, dict(tracker.slots), lang)
            dispatcher.utter_message(text=f"{heading}\n{there}")
        remaining = [e for e in report.entitlements if e.status == "needs_info"]
        questions = ordered_missing(tracker.slots, day)
        offer = (
            "next_questions"
            if tracker.get_slot(SCOPE_SLOT) != "all" and remaining and questions
            else None
        )
        unnamed = other_items(report).more
        if offer is None and unnamed:  # "还有9项" in the summary: the list offered (tester 52 c03)
            offer = "more_items"
        line = render.offer_line(
            offer,
            lang,
            unnamed if offer == "more_items" else len(remaining),
            len(questions),
            questions,
            undated_children(tracker.slots, day),
            render.heights_missing(remaining),
        )
        return [
            SlotSet(FOCUS_SLOT, None),
            SlotSet(TOPIC_SLOT, None),  # "详情" after the summary: every item, not the last topic
            SlotSet("result_shown", True),
            SlotSet("offer", offer),
            SlotSet("offer_line", line),
        ]


def _asks_the_focused(text: str, entry_id: str, city: str | None, lang: Lang) -> bool:
    """Whether `text` asks again about the measure just answered ("how much can we take out? and
    where do we apply" after the rent withdrawal of Jinan clause 14): its answer, not the whole
    check the intent names (tester 37 c08 was asked a child's birth date instead)."""
    asked = asked_measure(text, city, lang)
    return asked is not None and asked.id == entry_id


# The same measure asked for another case ("二孩呢 两人缴存", "what about 2 kids, both paying in",
# "and with three kids?"): a short message naming no measure.
ANOTHER_CASE = re.compile(
    r"呢\s*[?？]?\s*$|^\s*(?:and |so )?(?:what|how) about\b|^\s*and (?:with|for|if)\b", re.I
)


def _focused_or_followed(
    tracker: Tracker, focused: Entry, text: str, lang: Lang
) -> tuple[str | None, Entry]:
    """The reply the form's result gives and the measure it is about: the question kept in the
    focus, unless a short follow-up naming no measure came after another measure was answered
    ("二孩呢 两人缴存" after the loan ceilings of Jinan clause 14: the ceilings, not the first
    question). A measure of another city than the family's is looked up (a hotline worker
    asking about both plans), and a kept question of another city, not asked again, is not
    answered again ("不能。…是济南的政策" after a Beijing question)."""
    city = tracker.get_slot("city")
    current = topic(tracker)
    named = asked_measure(text, city, lang)
    followed = (
        current is not None
        and current.id != focused.id
        # no measure named, or only the search's weak guess ("what about 2 kids, both of us
        # paying in" is no question about transit fares)
        and (named is None or found_by_search_only(text, named))
        and (follows_up(text) or ANOTHER_CASE.search(text) is not None)
        and follows_up_in_length(text)
    )
    entry = current if followed and current is not None else focused
    money = named_measure(text, city, lang) if city else None
    if (
        money is not None
        and money.id != entry.id
        and money.city == city
        and is_monthly_money(money)
        and tracker.get_slot(QUESTION_SLOT) != text[:500]
    ):  # "那孙子每个月能领钱不" after the grandparents' insurance: the grandchild's money
        # (Jinan clause 12), not the measure first asked about again (tester 46 c04)
        return focused_reply(tracker, tracker.slots, money, lang, question=text), money
    if entry.city == city:
        # the measure asked again in new words ("how much can we take out?" after "can we use
        # the housing fund for rent?"): those words are the question answered
        again = text if named is not None and named.id == entry.id else None
        return focused_reply(tracker, tracker.slots, entry, lang, question=again), entry
    if followed:
        return render.entry_answer(entry, lang, text), entry
    asked_now = tracker.get_slot(QUESTION_SLOT) == text[:500] or (
        named is not None and named.id == entry.id
    )
    if asked_now:  # "北京 … 济南公积金能多贷吗": Jinan's measure, not in the family's plan
        return focused_reply(tracker, tracker.slots, entry, lang), entry
    return None, entry


# A bare amount put back to be confirmed ("是800吧", "800对吧", "so 800 right?"): of the monthly
# money when that is the measure discussed (tester 23 c6 got the end date and no "对").
BARE_AMOUNT_CHECK = re.compile(
    r"(?<![\d.])(\d{3,5})(?![\d.])\s*(?:元|块|yuan)?\s*(?:是吧|对吧|对吗|是吗|吧|,?\s*right\b)",
    re.I,
)


# The tax deduction named (个税, 专项附加扣除, "tax deduction"): an amount put back is its own.
TAX_NAMED = re.compile(r"个税|个人所得税|扣除|抵扣|\btax\b|deduct", re.I)


# A figure in ten thousands put back (是90万吧, "1 million right?"): a loan's size; and the words of
# a sum paid each month.
TEN_THOUSANDS_PUT_BACK = re.compile(r"\d+(?:\.\d+)?\s*万|\bmillion\b|\d{3},?000\b", re.I)
PER_MONTH = re.compile(r"一个月|每个?月|月[领发给拿]|per month|a month|monthly|/month", re.I)


def answered_monthly(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """ "一个月一共能拿多少钱" / "how much per month total" of a family whose facts are known:
    the sum paid each month, per child, with the clause; "一个月800是吧" gets yes or no first.
    The events then make the city's monthly money the topic, so that "那补到什么时候" follows
    it up. None when not asked or not known."""
    if TEN_THOUSANDS_PUT_BACK.search(text) and not PER_MONTH.search(text):
        return None  # "要是我也开始交公积金呢 是90万吧": a loan's size, not a month's money
    current = topic(tracker)
    named = named_entry(normalise(text), tracker.get_slot("city"))
    bare = BARE_AMOUNT_CHECK.search(text)
    if (
        bare
        and current is not None
        and named is None
        and not any(p.unit.startswith("CNY") for p in current.parameters.values())
        and current.kind != "cash"
        and TAX_NAMED.search(f"{current.title.zh} {current.title.en}")
    ):  # "一个月2000是吧" after Beijing's tax deduction (clause (9)): its amount, which the plan
        # does not give; not "no monthly money" (the deduction is not paid as money)
        lang = reply_language(tracker)
        dispatcher.utter_message(text=render.no_figure_verdict(current, None, lang))
        return about(current)
    monthly_context = current is not None and is_monthly_money(current)
    if bare and current is None and named is None:
        # "800 right?" with nothing under discussion, of a family whose children are known:
        # their monthly money (tester 38 c03 got "not the figure" of the 200 alone)
        monthly_context = monthly_subsidy(tracker.get_slot("city")) is not None and bool(
            tracker.get_slot("children") or tracker.get_slot("children_partial")
        )
    if bare and monthly_context and amount_asked(text) is None:
        # "是800吧 那能拿到孩子几岁" of the subsidy discussed: its monthly figure to confirm
        n = bare.group(1)
        text = t(reply_language(tracker), f"每月{n}元对吧，", f"{n} a month, right? ") + text
    until = (
        bool(UNTIL_ASKED.search(text))
        and not TIME_OFF_WORK.search(text)  # "how long can my daughter stay off work?": leave
        # after the answer, "那补到什么时候" of the subsidy discussed is its own follow-up
        and (
            current is None
            or (
                is_monthly_money(current)
                and (
                    not tracker.get_slot("result_shown")
                    # the family's own answer still waits on a fact (the hukou): the end it
                    # would have, first (tester 35 c04 got the rule's block, the end buried)
                    or bool(focus(dict(tracker.slots), current.id, clock.today()).missing)
                )
            )
        )
        and (named is None or is_monthly_money(named))
    )  # "领到啥时候", "until what age": of the monthly money, no other measure named
    # "双胞胎能领多少", "how much will the twins get": the monthly sum, no measure named
    # (not a child supposed: "要是再生一个 能领多少" is the what-if's)
    until = until or (
        named is None
        and bool(AMOUNT_RECEIVED.search(normalise(text)))
        and not SUPPOSING.search(text)
    )
    lang = reply_language(tracker)
    reply = monthly_total_for(tracker.slots, text, lang, until)
    verdict = (
        supplement_verdict(dict(tracker.slots), text, lang, clock.today())
        if named is None or is_monthly_money(named)  # "多给多少平 租房补贴那个": the area's
        else None
    )
    if verdict is not None:  # "do I get the extra 200": the time of the birth decides (12)
        reply = verdict + "\n" + (reply or monthly_total_for(tracker.slots, text, lang, True) or "")
    if reply is None:
        return None
    whole = whole_sums(dict(tracker.slots), text, reply, lang)
    if whole:  # "800/month till 3, whats the total": 28,800 too (tester 98 p7 asked it 4 times)
        reply += "\n" + whole
    subsidy = monthly_subsidy(tracker.get_slot("city"))
    back = render.back_pay_unsaid(subsidy, lang) if subsidy is not None else ""
    if subsidy is not None and asks_back_pay(text, subsidy) and back not in reply:
        # "双胞胎的600是不是错过了 前面几个月的还能补领吗": the plan does not say
        reply += "\n" + back
    utter_once(dispatcher, tracker, reply)
    return about(subsidy) if subsidy is not None else []


# The whole sum asked beside the month's ("whats the total", 一共多少, 合计多少).
WHOLE_SUM_ASKED = re.compile(
    r"\btotal\b|\bin all\b|\baltogether\b|一共|总共|合计|总额|总数|加起来", re.I
)


def whole_sums(slots: dict[str, Any], text: str, reply: str, lang: Lang) -> str:
    """Each paid child's whole sum of the monthly money, from the birth to its end (Jinan
    clause 12), when `text` asks a total the reply does not give yet; "" otherwise."""
    if not WHOLE_SUM_ASKED.search(text):
        return ""
    report = settled_report(slots, clock.today())
    if report is None:
        return ""
    sums: dict[int, int] = {}
    for e in report.entitlements:
        if e.status == "eligible" and e.monthly_amount_cny and e.child and e.total_amount_cny:
            sums[e.child] = sums.get(e.child, 0) + e.total_amount_cny
    if not sums or all(fmt.money(v, lang) in reply for v in sums.values()):
        return ""
    parts = [
        t(
            lang,
            f"{fmt.child_label(c, lang)}共{fmt.money(v, lang)}",
            f"{fmt.child_label(c, lang)}: {fmt.money(v, lang)}",
        )
        for c, v in sorted(sums.items())
    ]
    head = t(lang, "从出生算到停发，总额：", "Whole sum from the birth to the end: ")
    total = fmt.money(sum(sums.values()), lang)
    tail = t(lang, f"，合计{total}", f"; {total} in all") if len(sums) > 1 else ""
    return head + t(lang, "；", "; ").join(parts) + tail + t(lang, "。", ".")


def received_asked(entry: Entry, text: str) -> bool:
    """Whether `text` asks how much the family receives ("双胞胎今年5月生的 能领多少", "how much
    will we get for the twins") of the city's monthly money, naming no other measure and
    supposing no child: the sum sure now comes first, each child's 600 (Jinan clause 12), and
    the 200 more on its condition after it (tester 28 x4 got the condition alone)."""
    said = normalise(text)
    return (
        is_monthly_money(entry)
        and bool(AMOUNT_RECEIVED.search(said))
        # "we were on dibao when the baby was born. how much do we get?" names the 200 of the
        # same monthly money: still the family's sum (tester 40 n4 got the 200's text alone)
        and ((named := named_entry(said, entry.city)) is None or is_monthly_money(named))
        and not SUPPOSING.search(text)
    )


def application_left_out(
    tracker: Tracker, text: str, answered: Entry, dispatcher: CollectingDispatcher, lang: Lang
) -> Entry | None:
    """The monthly money whose application a part of `text` asks ("how do we apply, is it
    automatic?") with that money in talk before the turn (or named by its figure), when the
    answer given (`answered`, the replies so far) is about another measure: tester 46 c03 got
    the maternity leave alone, three times."""
    from actions.each_part import asked_parts  # each_part imports answers, which imports this

    city = tracker.get_slot("city")
    if city is None or answered.clause == (monthly_subsidy(city) or answered).clause:
        return None
    said = "\n".join(str(m.get("text") or "") for m in dispatcher.messages)
    money = monthly_subsidy(city)
    before = topic_before_turn(tracker)
    if before is None and AUTOMATIC_ASKED.search(text):
        before = money  # "is it automatic?": only money is paid automatically or not
    for part, entry in asked_parts(text, city, lang, current=before):
        if _of_another_measure(text, part, city, money, lang):
            continue  # "the rent thing, how do we withdraw? automatic?": the rent's (14)
        if (
            entry == money
            and entry.title.get(lang) not in said
            and money_to_apply_for(part, city, before) is not None
        ):
            return entry
    return None


def _of_another_measure(text: str, part: str, city: str, money: Entry | None, lang: Lang) -> bool:
    """Whether the words before `part` in `text` name a measure other than the monthly money,
    so that a part naming none ("automatic?", "是自动的吗") asks of that measure: tester 50 e09's
    "the rent thing, how do we withdraw? automatic?" got the childcare subsidy's procedure."""
    at = text.find(part)
    if at <= 0:
        return False
    named = named_measure(normalise(text[:at]), city, lang)
    return named is not None and money is not None and named.clause != money.clause
    # (the money's own clause: its 200 supplement is the same application, Jinan 12)


# How much is asked ("多少钱", "how much").
HOW_MUCH = re.compile(r"多少|几[千万]|\bhow much\b", re.I)


def whole_if_hukou(slots: dict[str, Any], entry: Entry, question: str, lang: Lang) -> str | None:
    """The whole period's monthly money asked ("how much the 600 thing is total") while only the
    hukou is unknown: each child's monthly sum, dates and total if the family has the city's
    hukou (tester 46 c10 got the clause alone); None otherwise."""
    whole = bool(WHOLE_ASKED.search(question)) and not MONTH_SAID.search(question)
    if not whole or not is_monthly_money(entry):
        return None
    missing = focus(slots, entry.id, clock.today()).missing
    if not missing or not set(missing) <= {HUKOU}:
        return None
    parts = [p for p in re.split(r"\band\b|还有|另外|[?？。]", question) if WHOLE_ASKED.search(p)]
    return monthly_total_for(slots, parts[-1] if parts else question, lang)


def topic_before_turn(tracker: Tracker) -> Entry | None:
    """The measure in talk before the latest message (the form may have set another this turn,
    from the same message)."""
    events = list(tracker.events)
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    for e in reversed(events[: max(last_user, 0)]):
        if e.get("event") == "slot" and e.get("name") == TOPIC_SLOT and e.get("value"):
            return catalogue().entries.get(str(e.get("value")))
    return None


def money_known_so_far(slots: dict[str, Any], entry: Entry, lang: Lang, day: date) -> str:
    """The monthly money of `entry` as far as the children's dates told decide it, when only
    dates are still missing: every child's whatever the dates, else the children it does not
    hang on (老三 born October 2025 beside 老二 of no date: 600 a month until 1 October 2028,
    Jinan clause 12; tester 77 c5 heard the rule alone). Empty otherwise; nothing is asked."""
    if not is_monthly_money(entry) or not set(focus(slots, entry.id, day).missing) <= {"children"}:
        return ""
    filled = filled_households(slots, day)
    return money_whatever_dates(filled, day, lang, True) or money_of_children_decided(
        filled, day, lang
    )


def focused_reply(
    tracker: Tracker,
    slots: dict[str, Any],
    entry: Entry,
    lang: Lang,
    question: str | None = None,
) -> str:
    """The answer to the question about `entry` for the household in `slots`: yes or no, figure,
    clause; or the measure and the facts its answer still needs (the family did not know).
    `question`: its words, when not the one kept in the focus (a question after the answer).
    A measure of the city of the family's hukou that reads the hukou, the family living in the
    other: answered from that plan, saying so and what it leaves open (actions/hukou_city.py)."""
    if lives_apart(slots, entry) or answered_there(slots, entry):
        there = focused_reply(tracker, with_hukou_there(slots), entry, lang, question)
        there = yes_on_its_condition(there, entry, lang)
        return "\n".join([there, residence_silence(entry, slots, lang)])
    found = focus(slots, entry.id, clock.today())
    if question is None:
        question = str(tracker.get_slot(QUESTION_SLOT) or "")
        latest = tracker.latest_message.get("text") or ""
        if latest[:500] != question and amount_asked(latest) and not amount_asked(question):
            # "no dibao … so 1200 total right": the figure put back with the last answer is
            # checked too, with the question kept (tester 67 c7 heard the 600 with no "no")
            question = f"{question} {latest}"
    ends = family_leave_end(slots, question, lang, clock.today())
    if ends is not None and ends[1].id == entry.id:  # "孩子11月2号出生 产假休到哪天": the date
        return ends[0]  # the leave's last day from the birth told (Jinan clause 11)
    if found.missing:  # "公积金贷款能贷多少": the family's ceiling if buying the first home (14)
        supposed = presumed_reply(tracker, slots, entry, question, lang)
        if supposed is not None:
            return supposed
    applied = money_to_apply_for(question, slots.get("city"), entry)
    if applied is not None and not found.missing:
        # "没有领低保 那从啥时候开始发 咋申请啊": the plan's silence on claiming the 600 and whom
        # to ask (clause 12); the money itself again only when it was not yet shown
        how = apply_answer(applied, lang, question)
        if slots.get("result_shown"):
            return how
        money = monthly_total_for(slots, "", lang, until=True)
        return "\n".join(p for p in (money, how) if p)
    if not found.missing and not found.entitlements and slots.get("city") == entry.city:
        # a measure not worked out per family; paid to others ("托儿所那个补贴是给我们家的吗":
        # the childcare institutions', clause 12), whose it is said first (tester 92 c6)
        lead = (
            render.not_for_families(entry, lang)
            if render.FOR_US.search(question)
            else render.paid_to_others(entry, lang)
        )
        card = render.entry_answer(entry, lang, question)
        return card if lead is None or lead in card else f"{lead}\n{card}"
    # not "多给多少平 租房补贴那个", the rental subsidy named and asked (tester 67 c5)
    # a measure paid to others (Jinan clause 12's 400 a month to childcare institutions) is no
    # family money, whatever the question's words (tester 92 c6 got the 600 for "托儿所那个补贴")
    of_money = is_monthly_money(entry) or (
        "household" in entry.audience and named_entry(normalise(question), entry.city) != entry
    )
    extra = supplement_entry(entry.city)
    in_focus = extra is not None and extra.id == entry.id
    verdict = (
        supplement_verdict(slots, question, lang, clock.today(), in_focus) if of_money else None
    )
    if verdict is not None:  # "我现在领失业金 能多领200吗": the time of the birth decides (12)
        sofar = monthly_total_for(slots, question, lang, until=True)
        return "\n".join(p for p in (verdict, sofar) if p)
    received = received_asked(entry, question)
    monthly = monthly_total_for(slots, question, lang, received) if of_money else None
    whole = bool(WHOLE_ASKED.search(question)) and not MONTH_SAID.search(question)
    base = monthly_subsidy(entry.city)
    put = monthly_figure_put(question, entry.city)
    if (
        found.missing
        and base is not None
        and base.id != entry.id
        and is_monthly_money(entry)
        and (whole or (put is not None and float(put) not in all_figures(entry)))
        and not focus(slots, base.id, clock.today()).missing
    ):  # "老三600 老二也600 一共1200是吧" while the 200 at the birth is open: the 600s checked
        # (不是1,200元: 老二 born 2022 has none), the 200 on its condition (Jinan 12; tester 77 c5)
        return focused_reply(tracker, slots, base, lang, question)
    if monthly is not None and (not found.missing or (whole and set(found.missing) <= {HUKOU})):
        # "双胞胎一个月一共能领多少钱": the sum of every child's monthly money; "how much subsidy
        # do we get" of a 2nd born May 2023: the 600 from the birth to 3 with its end, the 200
        # on its condition, not the supplement's card alone (tester 41 c07, clause 12)
        return monthly
    if found.missing:
        told = slots.get("children") or slots.get("children_partial")
        by_sex = children_named_by_sex(question, told or [])
        decided = [e for e in found.entitlements if e.child in by_sex and e.status != "needs_info"]
        if decided and not any(
            e.child in by_sex and e.status == "needs_info" for e in found.entitlements
        ):
            # "is my son free on the subway", the daughter's height not told: the son's answer
            return focused_answer(entry, decided, question, lang, None)
        day = clock.today()
        due_later = any(str(c.get("birth_date") or "")[:10] > day.isoformat() for c in told or [])
        if set(found.missing) <= {"children"} and is_monthly_money(entry) and not due_later:
            # "老大2019年的。那就是济南给600是吧 到什么时候" of 老二 born 2024: the 600 to its third
            # birthday whichever month, the month asked for the day (clause 12; tester 49 c7);
            # a baby due in a year told is asked its month (test_questions_t21b)
            filled = filled_households(slots, day)
            whatever = money_whatever_dates(filled, day, lang, True)
            if whatever:
                return whatever
            partly = money_of_children_decided(filled, day, lang)
            if partly:  # 老三 born Oct 2025, 老二 of no date: 老三's 600, then 老二's date asked
                deciding = deciding_child(slots, entry.id, day)
                return partly + "\n" + render.ask_children(told, day, lang, deciding)
        needed = render.still_needed(found.missing, lang, told, clock.today())
        return render.entry_brief(entry, lang) + "\n" + needed
    more = more_children_answer(slots, question, lang, entry)
    if more is not None and more[1] == entry:  # "if we have a 3rd later, does the loan limit
        return more[0]  # go up?": that many children's ceiling beside today's (clause 14)
    children = slots.get("children") or slots.get("children_partial") or []
    unborn = unborn_child_asked(question, children)
    if unborn is not None:  # 那老三能领吗, of a family of two: as if the third were born today
        day = clock.today()
        imagined = [*children, {"birth_date": day.isoformat(), "precision": "day"}]
        trial = focus({**slots, "children": imagined, "children_partial": imagined}, entry.id, day)
        items = [e for e in trial.entitlements if e.child == unborn] or [
            e for e in trial.entitlements if e.child is None
        ]  # 生老三的话公积金能贷多少: the family's loan ceiling with three children
        if not trial.missing and items:
            lead = render.unborn_child(unborn, len(children), lang)
            return lead + "\n" + focused_answer(entry, items, question, lang, None)
    read = understand(question, {}, None, clock.today())
    told = {_now_ordered(u, children, question) for u in read}
    coming = children_to_come(children) if asked_baby_to_come(question) else set()
    dated = any(u.fact in ("child.birth_date", "child.due_date") for u in read)
    # "is my son free" names the son; "our son is 5 and twins are due … will they get it" not
    by_sex = set() if dated else children_named_by_sex(question, children)
    named: set[int | None] = (
        set(
            asked_group(question, children)  # "老大是四岁半。双胞胎上医保最晚哪天": the twins
            or asked_children(question, len(children))
            or coming
            or by_sex
        )
        or told
    )
    heights = height_told_of(question, entry, len(children)) if named else set()
    each = bool(heights - named)  # "小的不用买票吧 大的1米25": the child whose height is told is
    named |= heights  # asked about too, each answered
    items = [e for e in found.entitlements if e.child in named] or found.entitlements
    note = _dates_note(children, items, lang)
    answer = focused_answer(
        entry, items, question, lang, note, only_child=len(children) == 1, each_item=each
    )
    later = figure_after_birth(slots, entry, lang, clock.today())
    if later is not None:  # 900,000 now, 1,000,000 once the third is born (clause 14)
        head, _, rest = answer.partition("\n")
        answer = "\n".join(p for p in (head, later, rest) if p)
    supplement = _supplement_if_on_benefits(slots, items, lang)
    running = _leave_still_running(slots, entry, items, lang)
    if running is not None:  # maternity leave over: the parental leave runs to the 3rd birthday
        supplement = [*supplement, running]
    answer = without_a_due_date_guessed(answer, children)
    together = order_in_birth_unsaid(entry, found.entitlements, children, lang)
    if together is not None:  # twins as a first birth: which counts as 2nd, the plan is silent
        supplement = [*supplement, together]
    return answer if not supplement else answer + "\n" + "\n".join(supplement)


def leave_also_running(slots: dict[str, Any], entry: Entry, lang: Lang) -> str | None:
    """The family's other leave of the plan still running beside the leave `entry` asked about
    ("那孙子他爸能休几天陪产假 当时没休 现在还能补吗": Jinan clause 11's parental leave, at least
    10 days a year per parent until the child turns 3, with its end); None when none runs."""
    if entry.kind != "leave":
        return None
    report = settled_report(slots, clock.today())
    if report is None:
        return None
    items = [e for e in report.entitlements if e.id == entry.id]
    if any(e.status == "eligible" for e in items):
        items = [e.model_copy(update={"status": "not_eligible"}) for e in items]
    return _leave_still_running(slots, entry, items or [], lang) if items else None


def _leave_still_running(
    slots: dict[str, Any], entry: Entry, items: list[Entitlement], lang: Lang
) -> str | None:
    """When the leave asked about is over for the family (maternity leave of a birth in March
    2024), the other leave of the same plan the family still has, with its end: Jinan clause
    11's parental leave, at least 10 days per parent a year until the child turns 3 (tester 35
    c08 heard only that the maternity leave was over). None otherwise."""
    if entry.kind != "leave" or not items or any(e.status == "eligible" for e in items):
        return None
    day = clock.today()
    report = settled_report(slots, day)
    if report is None:
        return None
    still = [
        e
        for e in report.entitlements
        if e.kind == "leave" and e.status == "eligible" and e.id != entry.id
    ]
    if not still:
        return None
    lines = []
    for e in still:
        figures = t(lang, "；", "; ").join(fmt.figures(e, lang))
        line = label(e, lang) + (t(lang, "：", ": ") + figures if figures else "")
        if e.end is not None:  # to the day it ends, not from today (tester 34 item 34)
            line += t(lang, f"，至{fmt.day(e.end, lang)}", f", until {fmt.day(e.end, lang)}")
        clause = get_entry(e.id).clause
        lines.append(line + t(lang, f"（第{clause}条）", f" (clause {clause})"))
    return t(lang, "仍可享受：", "Still available: ") + t(lang, "；", "; ").join(lines)


# The due date the reasons name ("预产期2027年1月1日的孩子出生后", "after the birth due on 1 January
# 2027"): a date the family never said when its baby's due date is not known yet.
DUE_NAMED_ZH = re.compile(r"预产期\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?的孩子出生后")
DUE_NAMED_EN = re.compile(
    r"(after the birth) due (?:on |in )?(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}", re.I
)


def without_a_due_date_guessed(answer: str, children: list[dict[str, Any]]) -> str:
    """`answer` without the due date it names when a baby's due date is not known ("怀了双胞胎",
    "预产期还不知道"): the date is only the one tried for it, so the answer says "双胞胎出生后" /
    "after the birth" (tester 24 r4 read "预产期2027年1月1日的孩子出生后", a date made up)."""
    unknown = [c for c in children if c.get("expected") and not c.get("birth_date")]
    if not unknown:
        return answer
    baby = "双胞胎" if len(unknown) == 2 else "孩子"
    answer = DUE_NAMED_ZH.sub(f"{baby}出生后", answer)
    return DUE_NAMED_EN.sub(lambda m: m.group(1), answer)


def _supplement_if_on_benefits(
    slots: dict[str, Any], items: list[Entitlement], lang: Lang
) -> list[str]:
    """For the monthly money of a baby on the way whose birth's benefits are not known, the
    200 more as a condition ("老三能拿多少" after "那时候我可能还在领失业金": 800 if so, else
    600; Jinan clause 12)."""
    day = clock.today()
    coming = {
        e.child: e.monthly_amount_cny
        for e in items
        if e.status == "eligible" and e.monthly_amount_cny and e.start and e.start > day
    }
    if not coming:
        return []
    report = settled_report(slots, day)
    return if_on_benefits_at_birth(report, coming, lang) if report is not None else []


def _estimated_for(items: list[Entitlement]) -> set[int] | None:
    """The children whose estimated dates an answer rests on: those with an item it grants;
    None (every child) for a household item (the loan ceiling counts every child). A refused
    first child's subsidy rests on its order, not its date: no note about its age (tester 21
    c1 had both notes under '老大有没有' and every later answer)."""
    if any(e.child is None for e in items):
        return None
    return {
        e.child
        for e in items
        if e.child is not None and (e.status != "not_eligible" or e.end is not None)
    }


def corrected_to_the_same(tracker: Tracker, reply: str) -> bool:
    """Whether this turn corrected facts (action_handle_correction: "不对 老大是6岁 我们济南户口")
    and `reply` is word for word the answer the bot last gave before it: the correction
    changed nothing in it, so it is not said again (tester 28 c6 read the expired insurance
    block twice)."""
    events = list(tracker.events)
    starts = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not starts:
        return False
    now = events[starts[-1] :]
    if not any(
        e.get("event") == "action" and e.get("name") == "action_handle_correction" for e in now
    ):
        return False
    before = [e for e in events[: starts[-1]] if e.get("event") == "bot" and e.get("text")]
    return any(str(e["text"]) == reply for e in before[-3:])


def answer_unchanged(entry: Entry, lang: Lang) -> str:
    """What a correction that leaves the last answer as it was says, instead of the answer."""
    title = entry.title.get(lang)
    return t(
        lang,
        f"这一更正不改变上面关于“{title}”的答复。",
        f"This correction does not change the answer above on {title}.",
    )


def hardship_spent(slots: dict[str, Any]) -> bool:
    """Whether the question about the benefits at the birth (Jinan clause 12's 200 more) was
    put twice already, by the form or inside a money answer: a money answer then gives its
    condition without asking it a third time (tester 28 c5 was asked three times)."""
    pending = slots.get(PENDING_SLOT) or {}
    return pending.get("slot") == "hardship_at_birth" and int(pending.get("asked", 1)) >= MOST_ASKS


def monthly_total_for(
    slots: dict[str, Any], question: str, lang: Lang, until: bool = False
) -> str | None:
    """The monthly sum for a question asking it ("一个月一共多少", "一个月800是吧") of a household
    whose children are known, else None. `until`: the question asks until when the monthly
    money is paid ("领到啥时候" with no other measure under discussion)."""
    left = money_left(dict(slots), question, lang)
    if left is not None:  # "从现在到满3岁还剩多少钱": what is to come, not the lifetime total
        return left
    until_put = total_until_answer(dict(slots), question, lang, clock.today())
    if until_put is not None:  # "一个月1400到27年9月是吧": 对, then what is paid after (12)
        return until_put
    before_birth = money_before_birth(dict(slots), question, lang, clock.today())
    if before_birth is not None:  # "so nothing while pregnant?": nothing yet, from the birth
        return before_birth
    # "so it's 600 right?" with no "a month": a figure of the monthly money put back for a yes
    asked = amount_asked(question) or monthly_figure_put(question, slots.get("city"))
    sum_asked = bool(WHOLE_ASKED.search(question) and HOW_MUCH.search(question))
    if asked is None and not MONTHLY_TOTAL.search(question) and not until and not sum_asked:
        return None  # "how much the 600 thing is total": the whole period's (tester 46 c10)
    day = clock.today()
    undated = set() if slots.get("children") else _undated(slots)
    settled = settled_children(dict(slots), day)
    if settled is not None:  # "一个月多少 到啥时候" of 老三, the elders' dates not yet asked
        slots = {**slots, "children": settled, "children_partial": settled}
    household = household_from_slots(slots, day)
    if household is not None and household.children is None:
        household = dated_for(slots, day)  # 老三's 800 while 老大's and 老二's dates are unknown
        if household is None:  # twins on the way beside an undated eldest: 600 each (r05)
            return (
                money_whatever_dates(
                    filled_households(slots, day), day, lang, bool(UNTIL_ASKED.search(question))
                )
                or None
            )
    if household is None or household.children is None:
        return None
    whole = ended_totals(household, day, lang, question)
    if whole:  # "how much did we get in total", "21600 right?" of money that has ended
        return whole
    named = asked_measure(question, household.city, lang)
    if (
        named is not None
        and not is_monthly_money(named)
        and not until
        and not (
            asked is not None
            and not _named_by_words(question, named)
            and (
                "household" in named.audience
                or set(named.audience) <= {"special_fp_family", "family_planning_family"}
            )
        )
    ):  # "公积金一个月最多能取多少": the rent withdrawal, not the monthly subsidy; but
        # "一个月1000是吧" names no measure: the family's money, not the one paying 1000
        return None
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    # a child whose date was only filled in is refused on no date told
    report = _without_refusals_of(report, undated)
    paying = any(e.status == "eligible" and e.monthly_amount_cny for e in report.entitlements)
    quoted = asked if asked is not None else _amount_quoted(question)
    whole_asked = bool(WHOLE_ASKED.search(question)) and not MONTH_SAID.search(question)
    conditional = if_hukou(
        household,
        list(report.entitlements),
        day,
        lang,
        asked is not None,
        whole=whole_asked,
        question=question,
    )
    was = ""
    if conditional:  # "生了以后能领多少钱" before the hukou is known: the figure it would be
        total = conditional
    else:
        total = monthly_total(
            report, lang, asked, paid_before_end(household, report), not hardship_spent(slots)
        )
        if sum_asked and total.startswith(("对。", "Yes.")):
            # "一个月800是吧 总共能拿多少钱": yes, and the whole sum asked beside it (tester 67 c1)
            now = [
                e
                for e in report.entitlements
                if e.status == "eligible"
                and e.monthly_amount_cny
                and (e.start is None or e.start <= day)
                and (e.end is None or day < e.end)
            ]
            head, _, clause = total.rpartition("\n")
            total = "\n".join(
                [head or clause, *per_child_money(now, lang), *([clause] if head else [])]
            )
        was = "" if paying else ended_if(household, day, lang, quoted)
        if was and household.hukou_in_city is None:
            total = was  # "每个月多少钱 800吗" of a child now 3: what was payable, and ended
        elif was:  # the hukou known: the 600 said as paid; the 200 on its condition
            head, clause = total.rsplit("\n", 1)
            total = "\n".join([head, was.rsplit("\n", 1)[0], clause])
    until_asked = bool(UNTIL_ASKED.search(question)) and not AGE_SAID.search(total)
    days = [c.birth_date for c in household.children]
    multiples = [i for i, d in enumerate(days, start=1) if days.count(d) > 1]
    without = _children_without_money(
        report, question, len(household.children), lang, multiples, said=total
    )
    if was:  # of a child whose money ended: the day it ended at the age it did, when asked until
        # when (到啥时候停), and the other children in one line, not each refusal (tester 21 c8),
        # before the clause
        ended = {e.child for e in report.entitlements if e.end is not None and e.end <= day}
        others = [c for c in range(1, len(household.children) + 1) if c not in ended]
        more = [
            ended_at_age(report, day, lang) if until_asked else "",
            "" if without else not_eligible_line(report, others, lang),
        ]
        head, clause = total.rsplit("\n", 1)
        total = "\n".join([head, *(m for m in more if m), clause])
    elif until_asked:  # "一个月600是吧 发到几岁": the end first, then the figures it rests on
        if MONTHLY_TOTAL.search(question) and asked is None:
            # "一共多少 领到啥时候": in the order asked, each end date once (tester 50 c01)
            total += "\n" + until_age(report, lang, said=total)
        else:
            total = _until_first(report, total, lang)
    if without and multiples and BOTH_BABIES.search(question):
        # "so both babies get 600 each?" of twins born first: not each, never "Yes" (tester 47
        # c11); the one with no money first, then the one paid
        first, _, rest = total.partition("\n")
        total = rest if YES_OPENING.match(first) else total
        without = "\n" + t(lang, "不是每个孩子都有。", "No, not each of them.") + without
    if without:  # "那老大有没有": the child asked about answered first (tester 46 c01)
        total = without.lstrip("\n") + "\n" + total
    note = _monthly_dates_note(slots, report, lang)
    if note is not None:  # "至2028年10月1日" of a child born "去年十月": the day is counted
        head, _, last = total.rpartition("\n")
        if head and last.strip().endswith(HELD_AT_BIRTH_ASK):  # the question stays last
            total = "\n".join([head, note, last])
        else:
            total += "\n" + note
    subsidy = monthly_subsidy(household.city)
    if subsidy is not None and asks_how(question):  # "…per month total and where to apply?"
        steps = render.follow_up(subsidy, render.ASKS_FIGURE.sub(" ", question), lang)
        total += "\n\n" + steps
    return total


def _undated(slots: dict[str, Any]) -> set[int]:
    """The children (1-based) whose birth dates the family has not told."""
    partial = slots.get("children_partial") or []
    return {i for i, c in enumerate(partial, start=1) if not c.get("birth_date")}


def _without_refusals_of(report: Report, children: set[int]) -> Report:
    """`report` without the refusals of `children`, whose dates were filled in only to decide
    another child's money: "第2个孩子出生于2009年12月4日" would state a date nobody told (a
    second child born before a third born in November 2022 is refused either way, clause 12)."""
    kept = [
        e for e in report.entitlements if not (e.child in children and e.status == "not_eligible")
    ]
    return report.model_copy(update={"entitlements": kept})


def _named_by_words(question: str, entry: Entry) -> bool:
    """Whether `question` names `entry` by a title or synonym ("nursery fees … 400 a month?"),
    not only by a figure of its own ("一个月1000是吧": the elders' 1,000 a month)."""
    said = normalise(question).casefold()
    return named_entry(normalise(question), entry.city) == entry or any(
        len(term) >= 2 and term.casefold() in said for term in measure_terms(entry)
    )


def _until_first(report: Report, total: str, lang: Lang) -> str:
    """ "领到啥时候", "发到几岁", "until when?": the end date first, in one line ('发到孩子满3周岁：
    第2个孩子2025年10月1日至2028年10月1日。'), then the figures (tester 35 c03 got the whole
    block again with the end after it). Before the hukou is known the figures' own line says
    the end it would have (if_hukou), so nothing is added."""
    line = until_age(report, lang)
    if not line:
        return total
    lead, _, rest = total.partition("\n")
    if lead in VERDICT_LEADS:  # "还不一定。" stays first: the yes or no to the figure put back
        return "\n".join(p for p in (lead, line, rest) if p)
    return line + "\n" + total


VERDICT_LEADS = ("还不一定。", "Not decided yet.")


def _monthly_dates_note(slots: dict[str, Any], report: Report, lang: Lang) -> str | None:
    """The note that the monthly money's dates rest on a birth known to the month or worked
    out from an age (tester 24: "至2028年10月1日" of a child born "去年十月", "stopped on 1 Mar
    2026" of twins "born March 2023", with no word that the day was counted), for the
    children whose money, paid or ended, has dates; None when every such birth is exact."""
    children = slots.get("children") or slots.get("children_partial") or []
    dated = {
        e.child
        for e in report.entitlements
        if e.child is not None and e.end is not None and is_monthly_money(get_entry(e.id))
    }
    return render.precision_note(children, lang, bool(dated), bool(dated), dated)


def _amount_quoted(question: str) -> int | None:
    """A monthly figure put with 吗 ("每个月多少钱 800吗"), which amount_asked leaves out."""
    found = AMOUNT_ASKED_MA.search(question)
    return int(found.group(1)) if found else None


def _children_without_money(
    report: Report,
    question: str,
    count: int,
    lang: Lang,
    multiples: Sequence[int] = (),
    said: str = "",
) -> str:
    """For children the question also names that get no monthly money ("一个月600是吧 那老大呢
    老大有没有"), why, one line each (Jinan clause 12: second and third children only); not a
    child whose reason the answer (`said`) already gives ("不是1,200元：…第2个孩子没有：…",
    tester 77 c5's 老二也600 一共1200是吧)."""
    named = asked_children(question, count)
    if multiples and BOTH_BABIES.search(question):
        named = set(multiples)  # "so both babies get 600 each?" of twins: each twin's answer
    lines = []
    for child in sorted(named):
        money = [e for e in report.entitlements if e.child == child and e.monthly_amount_cny]
        refused = [
            e
            for e in report.entitlements
            if e.child == child and e.kind == "cash" and e.status == "not_eligible"
        ]
        if money or not refused or not refused[0].reasons.get(lang):
            continue
        if said and refused[0].reasons.get(lang)[0].rstrip("。.") in said:
            continue
        lines.append(refused_by_order(child, refused[0], lang))
    return "".join("\n" + line for line in lines)


def refused_by_order(child: int, e: Entitlement, lang: Lang) -> str:
    """A child asked about that the measure does not pay, said of that child first: "老大没有：
    育儿补贴仅限第2个、第3个孩子，第1个孩子不在此列（第12条）。" (tester 46 c01 read "能。育儿
    补贴（第2个孩子）…" to "那老大有没有")."""
    from wording.understood import child_name

    reason = e.reasons.get(lang)[0].rstrip("。.")
    clause = get_entry(e.id).clause
    name = child_name(child, lang)
    return t(
        lang,
        f"{name}没有：{e.title.zh}{reason}（第{clause}条）。",
        f"No, not {name}: the {e.title.en.lower()} is {reason[:1].lower()}{reason[1:]} "
        f"(clause {clause}).",
    )


def paid_before_end(household: Household, report: Report) -> dict[tuple[str, int], int | None]:
    """(measure id, child) of the monthly money in `report` that has ended and was being paid the
    day before it ended: the hardship supplement only if the family said it drew such benefits
    at the birth, not because the child's third birthday ended it either way. The value is the
    total the engine gave for it then (yuan), or None."""
    ended = {
        (e.id, e.child, e.end)
        for e in report.entitlements
        if e.child and e.status == "not_eligible" and e.end is not None and e.end <= report.as_of
    }
    paid: dict[tuple[str, int], int | None] = {}
    for end in {end for _, _, end in ended}:
        before = evaluate_back_then(household, end - timedelta(days=1))
        for e in before.entitlements:
            if e.child and e.status == "eligible" and (e.id, e.child, end) in ended:
                paid[(e.id, e.child)] = e.total_amount_cny
    return paid


def answer_for_family(
    tracker: Tracker,
    text: str,
    entry: Entry,
    lang: Lang,
    updates: dict[str, Any] | None = None,
) -> str | None:
    """After the answer, a question about one measure ("坐公交要钱不") that the family's facts
    (with this message's `updates`) decide: its yes/no answer with the clause, or None when
    they do not decide it."""
    if not tracker.get_slot("result_shown"):
        return None
    text = matter_after_correction(text) or text  # "不对 老大6岁 还有孩子医保…": not 老大's
    if "household" not in entry.audience:
        return None  # 托育机构有补贴吗: paid to childcare institutions, not worked out per family
    slots = {**tracker.slots, **(updates or {})}
    if slots.get("city") != entry.city:
        return None
    found = focus(slots, entry.id, clock.today())
    if found.missing:  # "那老大呢 他1米35了": the children named may be decided all the same
        return named_child_answer(slots, entry, text, lang)
    if not found.entitlements:
        return None
    reply = focused_reply(tracker, slots, entry, lang, question=text)
    where = insured_elsewhere(entry, text, lang)
    if reply is not None and where is not None:  # "爷爷奶奶在德州老家 长护险也能补吗": the
        # clause is the city's own scheme, said before its yes (tester 100 p1)
        reply = where + "\n" + re.sub(r"^(?:可以。|能。|Yes\.\s*)", "", reply)
    paid = pay_during_leave(entry, text, lang)
    if reply is not None and paid is not None and paid not in reply:
        # "is it paid?" of the leave: the plan's "same salary" said (tester 64 heard 158 days only)
        lines = reply.split("\n")
        reply = "\n".join([lines[0], paid, *lines[1:]])
    return reply


# The pay during a leave asked ("is it paid?", "do i get my salary", 产假有工资吗, 带薪吗).
PAY_ASKED = re.compile(
    r"\bpaid\b|\bsalary\b|\bwages?\b|\bpay\b|\bunpaid\b|\bincome\b"
    r"|工资|带薪|薪水|扣钱|扣工资|发钱|有钱(?:吗|不|没)|钱照发|照发",
    re.I,
)


def pay_during_leave(entry: Entry, text: str, lang: Lang) -> str | None:
    """The summary's sentence on pay during a leave ("The leave counts as attendance, with the
    same salary and unchanged benefits", Jinan clause 11) when the question asks about pay;
    None for another question, a measure that is no leave, or a summary that says nothing of
    pay."""
    if entry.kind != "leave" or not PAY_ASKED.search(text):
        return None
    sentences = re.split(r"(?<=[。；;])|(?<=\.)\s+", entry.summary.get(lang))
    said = [x.strip() for x in sentences if re.search(r"salary|工资", x)]
    if not said:
        return None
    body = said[0].rstrip("。；;. ")
    return body + t(lang, "。", ".")  # the clause follows on the answer's source line


SHORT_QUESTION = 30  # characters: a question this short is about the child it tells of


def named_child_answer(
    slots: dict[str, Any],
    entry: Entry,
    question: str,
    lang: Lang,
    told: set[int] | None = None,
) -> str | None:
    """The answer for the children a question names ("那老大呢 他1米35了") when their items are
    decided though others' are not (the baby's height): None when it names none, or they are
    still open. `told`: the children the question tells of (a hotline case: "and the older two?
    the eldest is 10, …"), each asked about with those it names."""
    children = slots.get("children") or slots.get("children_partial") or []
    named = (
        asked_group(question, children)  # "不对 老大是四岁半。双胞胎上医保最晚哪天": the twins
        or asked_children(question, len(children))
        or children_as_group(question, children)
        or children_named_by_sex(question, children)  # "is my son free", the girl kept as such
    ) | (told or set())
    said = normalise(question)
    count = len(children)
    if not named and len(said) <= SHORT_QUESTION and QUESTION.search(said):
        # "老大1米35 坐地铁要钱吗": the child told of in a short question is the one asked about
        named = {n for n in birth_orders_named(said) if 1 <= n <= count}
    heights = height_told_of(question, entry, count) if named else set()
    told = (told or set()) | (heights - named)  # "小的不用买票吧 大的1米25": each answered
    named |= heights
    day = clock.today()
    household = household_from_slots(slots, day) if named else None
    if household is None or household.city != entry.city:
        return None
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    items = [e for e in report.entitlements if e.id == entry.id and e.child in named]
    if not items or any(e.status == "needs_info" for e in items):
        return None
    base = _base_refused(entry, report, named, question, lang)
    if base is not None:  # "那老大有没有" after the 200: the subsidy itself, which he has not
        entry, items = base
    note = _dates_note(children, items, lang)
    return focused_answer(entry, items, question, lang, note, each_item=bool(told))


def family_item_answer(
    slots: dict[str, Any], entry: Entry, question: str, lang: Lang
) -> str | None:
    """The answer to a measure held by the family as a whole (Jinan clause 15's grandparents'
    care insurance, for a family with a 2nd or 3rd child born after 1 January 2023), as the
    engine decides it for `slots`; None when the measure is not the family's city's or the
    engine leaves it open."""
    day = clock.today()
    household = household_from_slots(slots, day)
    if household is None or household.city != entry.city:
        return None
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    items = [e for e in report.entitlements if e.id == entry.id]
    if not items or any(e.status == "needs_info" for e in items):
        return None
    return focused_answer(entry, items, question, lang, None)


def _dates_note(children: list[dict[str, Any]], items: list[Entitlement], lang: Lang) -> str | None:
    """The note under an answer whose dates (or age) rest on a birth known to the month or the
    year, or worked out from an age: every answer stating them says so (tester 24: "至2028年10月1日"
    of a child born "去年十月"). An ended item states its dates too ("until 1 Mar 2026" of
    twins born "March 2023")."""
    dated = any(
        fmt.dates(e, lang)
        for e in items
        if e.status == "eligible" or (e.end is not None and e.child is not None)
    )
    on_age = dated or any(e.child is not None for e in items)
    about = _estimated_for(items)
    if about is None:
        about = _ending_child(children, items)
    measured = _height_decides(children, items)
    if measured:  # "老大1米25": the height told decides that child's ride, not the age
        about = (about or set(range(1, len(children) + 1))) - measured
    return render.precision_note(children, lang, dated, on_age, about)


def _height_decides(children: list[dict[str, Any]], items: list[Entitlement]) -> set[int]:
    """The children whose told height decides their item (Beijing (12)'s free rides under
    1.3 m): no note on their age-worked birth date belongs under it."""
    return {
        e.child
        for e in items
        if e.child is not None
        and 0 < e.child <= len(children)
        and children[e.child - 1].get("height_cm") is not None
        and reads_height(catalogue().entries[e.id])
    }


def reads_height(entry: Entry) -> bool:
    """Whether a child's height decides `entry` (Beijing (12)'s free rides under 1.3 m)."""
    return any(f.startswith("children.height") for f in entry.facts)


def _ending_child(children: list[dict[str, Any]], items: list[Entitlement]) -> set[int] | None:
    """Of a family's item that ends on a child's birthday (the parental leave, until the
    youngest turns 3), that child: the youngest born on the day and month the item ends. Its
    note is the one the end date rests on; another child's year-only birth changes nothing in
    it (tester 45 c08: the 2nd child's note under the 3rd child's leave). None when no item
    ends on a birthday (the loan ceiling counts every child)."""
    ends = {e.end for e in items if e.child is None and e.end is not None}
    if len(ends) != 1:
        return None
    end = ends.pop()
    born: list[tuple[date, int]] = []
    for order, child in enumerate(children, start=1):
        try:
            birth = date.fromisoformat(str(child.get("birth_date") or ""))
        except ValueError:
            continue
        if (birth.month, birth.day) == (end.month, end.day) and birth.year < end.year:
            born.append((birth, order))
    return {max(born)[1]} if born else None


def _base_refused(
    entry: Entry, report: Report, named: set[int], question: str, lang: Lang
) -> tuple[Entry, list[Entitlement]] | None:
    """Of a supplement under discussion (Jinan clause 12's 200 more), the measure it adds to
    when the question names none and the children asked about are refused that measure too:
    "那老大有没有" is about the 600 (not for a first child), not only the 200."""
    if not entry.id.endswith("_hardship_supplement") or asked_measure(question, entry.city, lang):
        return None
    base = catalogue().entries.get(entry.id.removesuffix("_hardship_supplement"))
    if base is None:
        return None
    items = [e for e in report.entitlements if e.id == base.id and e.child in named]
    if not items or any(e.status != "not_eligible" for e in items):
        return None
    return base, items


# An open question about one child, naming no measure: "is there anything for the older one",
# 老大有啥政策, 老大能享受什么, "what about the older one" (the measure discussed not per child).
ANYTHING_FOR = re.compile(
    r"有啥|有什么|有没有(?:啥|什么)|能享受(?:啥|什么|哪些)|能(?:领|拿|享受)(?:啥|什么|哪些)|(?:啥|什么|哪些)政策"
    r"|\banything\b|\bwhat (?:can|does|do|would) (?:he|she|they|it|the \w+ one)\b"
    r"|\bwhat\b[^.?!]{0,30}\b(?:get|for)\b"  # "what does the oldest kid get" (tester 32)
    r"|\bgets? (?:nothing|anything)\b",  # "so the 6yo gets nothing?" (tester 31 c08)
    re.I,
)
WHAT_ABOUT = re.compile(r"\bwhat about\b|\bhow about\b|呢", re.I)
# A child asked about by age ("a 2 year old", "she's 5", 5岁那个, 2岁的).
AGE_ASKED = re.compile(
    r"(\d{1,2})\s*(?:岁|周岁|-?\s*y(?:ea)?rs?[- ]?old|\s*yo\b|yrs?\b)"
    r"|\b(?:she|he)(?:'s| is) (\d{1,2})\b",
    re.I,
)


def child_asked_by_age(question: str, children: list[dict[str, Any]], day: date) -> int | None:
    """The birth order of the one born child whose age in whole years a question gives ("is
    there anything for a 2 year old" of a family with a son of 2); None when none or several."""
    found = AGE_ASKED.search(normalise(question))
    if found is None:
        return None
    years = int(found.group(1) or found.group(2))
    orders = []
    for i, c in enumerate(children, start=1):
        born = c.get("birth_date")
        if not born:
            continue
        if months_between(date.fromisoformat(full_date(str(born))[0]), day) // 12 == years:
            orders.append(i)
    return orders[0] if len(orders) == 1 else None


def child_overview(tracker: Tracker, question: str, lang: Lang) -> str | None:
    """What the plan gives one child, for an open question about that child naming no measure
    ("what about the older one, is there anything for a 2 year old", 老大有啥政策; tester 19
    c07, tester 18 c07): each item of that child with its figures and status, from the Report.
    None when the question names no single child, or names a measure."""
    slots = dict(tracker.slots)
    current = topic(tracker)
    if not ANYTHING_FOR.search(question) and not (
        WHAT_ABOUT.search(question) and (current is None or not current.per_child)
    ):
        return None
    if render.ASKS_SUBSIDY.search(question) or "钱" in question:
        return None  # "那老大呢 有钱拿吗": the monthly money, for that child
    city = slots.get("city")
    if city is None or asked_measure(question, city, lang) is not None or asks_how(question):
        return None  # a measure named, or "那老二呢 去哪办" of the one discussed
    children = slots.get("children") or slots.get("children_partial") or []
    day = clock.today()
    named = asked_children(question, len(children))
    if not named:
        by_age = child_asked_by_age(question, children, day)
        named = {by_age} if by_age else set()
    if len(named) != 1:
        return None
    household = household_from_slots(slots, day)
    if household is None:
        return None
    (order,) = named
    care = childcare_asked(question, str(city))
    if care is not None:  # "childcare for the older one": the city's childcare for his age
        return childcare_for(care, children[order - 1], question, lang, day)
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    return child_items(report, children, order, question, lang, day)


# Childcare asked of a child ("childcare for the older one", 老大的托育呢, "daycare for him?").
CHILDCARE = re.compile(r"托育|托儿|托班|日托|childcare|child care|nursery|daycare|day care", re.I)


def childcare_asked(question: str, city: str) -> Entry | None:
    """The city's childcare service for families that a question about a child's childcare
    finds first (Beijing (10): inclusive childcare, nursery classes for ages 2 to 3), when the
    words name no single measure; None when it asks no childcare."""
    if not CHILDCARE.search(question):
        return None
    try:
        hits = search(normalise(question), city=city, limit=5)
    except InputError:
        return None
    return next(
        (h.entry for h in hits if h.entry.kind == "service" and "household" in h.entry.audience),
        None,
    )


def childcare_for(entry: Entry, child: dict[str, Any], question: str, lang: Lang, day: date) -> str:
    """The childcare measure for a child of the family: the age range that holds the child's
    age first (tester 35 c07: "childcare for the older one", 2, got buses and the tax
    deduction only, never Beijing (10)'s nursery classes for ages 2 to 3), then the measure."""
    answer = render.entry_answer(entry, lang, question)
    born = child.get("birth_date")
    if not born:
        return answer
    age = months_between(date.fromisoformat(str(born)[:10]), day) // 12
    said = render.age_part(entry, t(lang, f"{age}岁", f"{age} years old"), lang)
    return answer if said is None else said + "\n" + answer


# How a multiple birth counts ("does the younger twin count as second child", 双胞胎算二孩还是三孩,
# "both of them count as first child?").
TWINS_COUNTED = re.compile(
    r"(?:双胞胎|双胞|龙凤胎|三胞胎|多胞胎|twins?|triplets?)[^。?？]{0,30}"
    r"(?:算|count|counted|as)[^。?？]{0,20}"
    r"(?:几孩|[一二三]孩|[一二三]胎|老[大二三几]|第[几一二三1-3]|first|second|third|1st|2nd|3rd|one|two"
    r"|[一两俩2]个(?:孩子|娃)?)",  # 双胞胎算两个孩子吗
    re.I,
)


def twins_counted_answer(tracker: Tracker, question: str, lang: Lang) -> str | None:
    """The answer to how twins count toward 二孩/三孩 (tester 20 c10), with the family's own
    twins' orders; None for any other question."""
    if not TWINS_COUNTED.search(question):
        return None
    children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
    orders = sorted(children_as_group("twins", children)) if children else []
    city = tracker.get_slot("city")
    entry = monthly_subsidy(city) if city else None
    return render.twins_counted(orders, entry, lang)


# The baby on the way named without its order: "the new baby", "our baby on the way", "the one
# coming", 肚子里的, 这一胎, 要生的那个 (tester 27 c07: "do we get the 600 for the new baby?").
BABY_TO_COME = re.compile(
    r"\b(?:new|coming|upcoming|unborn|next|expected)\s+(?:baby|bub|one|child|kid|little one)\b"
    r"|\bbaby\s+(?:on the way|to come|that'?s coming|due)\b|\bone (?:on the way|coming)\b"
    r"|肚子里|(?:这|下)一?胎|要生的|快生的|将要出生的|即将出生的|还没(?:出)?生的|没出生的|新宝宝|小宝宝要"
)


# "还没生呢", "the baby isn't born yet": a question put before the birth is of the baby to come
# ("那我现在能先申请补贴吗 还没生呢" got the eldest's "不能", tester 33 c05).
NOT_YET_BORN = re.compile(
    r"还没(?:出)?生|还没生下来|(?:孩子|宝宝|娃)?没出生|还在肚子里|生之前|出生前"
    r"|\b(?:not|isn'?t|hasn'?t been|wasn'?t) (?:yet )?born(?: yet)?\b|\bbefore (?:the |she'?s |"
    r"the baby is |it'?s )?(?:birth|born)\b|\bstill pregnant\b",
    re.I,
)


def asked_baby_to_come(question: str) -> bool:
    """Whether a clause that asks names the baby on the way without its birth order ("do we
    get the 600 for the new baby?", "肚子里的这个能领600吗"), or the question is put before the
    birth ("现在能先申请补贴吗 还没生呢")."""
    norm = normalise(question)
    said = clauses(norm)
    return (
        any(BABY_TO_COME.search(c) for _, c in said if QUESTION.search(c))
        or (len(said) == 1 and bool(BABY_TO_COME.search(norm)))
        or (bool(NOT_YET_BORN.search(norm)) and bool(QUESTION.search(norm)))
    )


def children_to_come(children: list[dict[str, Any]]) -> set[int]:
    """The birth orders of the children not born yet (a due date after today, or expected)."""
    day = clock.today().isoformat()
    return {
        i
        for i, c in enumerate(children, start=1)
        if c.get("expected") or (c.get("birth_date") and str(c["birth_date"]) > day)
    }


def unborn_child_asked(question: str, children: list[dict[str, Any]]) -> int | None:
    """The birth order a question asks about when the family has no such child yet and none
    on the way ("老三能领吗" of a family of two, "the new baby" of a family of one whose due
    date was not told): the next child's order, else None."""
    if not children or any(not c.get("birth_date") or c.get("expected") for c in children):
        return None
    if any(date.fromisoformat(c["birth_date"]) > clock.today() for c in children):
        return None  # a baby on the way is the next child: the engine answers for it
    nxt = len(children) + 1
    if asked_baby_to_come(question):
        return nxt
    asking = [c for _, c in clauses(normalise(question)) if QUESTION.search(c)]
    orders = [n for c in asking for n in birth_orders_named(c) if n > 0]
    return nxt if orders and all(n == nxt for n in orders) else None


def imagines_a_child(question: str, children: list[dict[str, Any]]) -> bool:
    """A question about a child the family does not have yet ("那老三能领多久", "要是再生一个
    能领多少"), of a family whose children are known."""
    if not children or any(not c.get("birth_date") for c in children):
        return False
    if _pregnancy_told(question, children):
        return False  # "儿媳妇又怀上了 预产期明年五月 这个老三生了能领多少": a child on the way,
        # told as a fact to be noted, not supposed (tester 67 c3 lost it after the what-if)
    beyond = _order_beyond(question, len(children))
    twins = bool(SUPPOSING.search(question)) and bool(
        twins_imagined(question, children, clock.today())
    )  # 要是双胞胎呢, of a family expecting one child
    return (
        unborn_child_asked(question, children) is not None
        or beyond
        or twins
        or another_child(normalise(question), len(children))
    )  # 双胞胎算二孩还是三孩, of a family of three: its own twins, no child to come


ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3}


def _pregnancy_told(question: str, children: list[dict[str, Any]]) -> bool:
    """Whether `question` states, as a fact, a due date of a child beyond the known ones."""
    from understanding import understand  # the reading of the message, as the form reads it

    known = {
        "children": [
            {"birth_date": str(c.get("birth_date"))[:7]} for c in children if c.get("birth_date")
        ]
    }
    day = clock.today()
    latest = add_months(day, MAX_MONTHS_TO_DUE_DATE).isoformat()
    return any(
        u.fact == "child.due_date"
        and u.kind == "statement"
        and (u.child or 0) > len(children)
        # "2nd kid born 2028" with the first due next month: no pregnancy can be due that
        # late, so a child supposed (tester 80 c8 heard "No … child 1")
        and str(u.value or "") <= latest
        for u in understand(question, known, None, day)
    )


def another_child(said: str, count: int) -> bool:
    """Whether `said` supposes a child beyond the family's `count`: "再生一个", "another baby",
    "a third child" of a family of two; not "she is the 2nd child" of a family of three
    (tester 46 c7 got a what-if for its middle child)."""
    for m in ANOTHER_CHILD.finditer(said):
        order = ORDINALS.get(m.group(0).split()[0].lower())
        if order is None or order > count:
            return True
    return False


def _order_beyond(text: str, count: int) -> bool:
    """Whether `text` names a child by an order the family of `count` children has not got
    (老3, 3胎, 3孩 of a family of two)."""
    return any(int(a or b) > count for a, b in CHILD_BY_ORDER.findall(normalise(text)))


HEIGHT_TOLD = re.compile(r"\d\s*米\s*\d|\d\s*(?:cm|厘米|公分)|\d\.\d+\s*m\b", re.I)


def height_told_of(question: str, entry: Entry, count: int) -> set[int]:
    """Of a measure read by height (Beijing (12)'s free rides under 1.3 m), the children whose
    height the question tells ("小的不用买票吧 大的1米25": the elder, beside the younger asked
    about), by birth order among `count`; empty for any other measure."""
    if not reads_height(entry):
        return set()
    return {
        count + 1 + n if n < 0 else n
        for _, c in clauses(normalise(question))
        if HEIGHT_TOLD.search(c)
        for n in birth_orders_named(c)
    } & set(range(1, count + 1))


CONFIRMING = re.compile(r"吧\s*[?？]?\s*$")


def asked_children(question: str, count: int) -> set[int]:
    """The children the question itself asks about by their birth order ("那老二能领吗": {2};
    "老小呢": the youngest), read in its clauses that ask, not in those telling the family's
    facts ("老大2018年的 老二2020年 …"); a child the family does not have is left out. Empty
    when the question names none."""
    whole = normalise(question)
    said = clauses(whole)
    asking = [
        c
        for at, c in said
        # "小的不用买票吧": a clause put for confirmation asks too
        if QUESTION.search(c) or _marked_asking(whole, at, c) or CONFIRMING.search(c)
    ]
    if names_a_child(question) or asks_of_a_child(question):  # "那老大呢 要买票吗", "老二呢"
        asking = [c for _, c in said]
    asking += [
        before
        for (_, before), (_, c) in itertools.pairwise(said)
        if c in asking and topic_of_question(before, c)
    ]
    orders = {count + 1 + n if n < 0 else n for c in asking for n in birth_orders_named(c)}
    return {n for n in orders if 1 <= n <= count}


# A birth told in a clause ("老二2023.5生的", "the youngest was born in March", "she's 5"): the
# clause tells the family's facts, not the child a question is about.
BIRTH_TOLD = re.compile(
    r"\d+\s*(?:年|月|岁|[./-]\d)|\d{4}|[生岁]|\bborn\b|\bold\b|\b(?:is|she'?s|he'?s) \d"
    # 老大老二都上学了: their school told, an age in other words (tester 75 c2's 老三 was dropped)
    r"|上(?:了)?(?:学|小学|初中|高中|中学|幼儿园|大学)|\b(?:in|at|go to|goes to) (?:school|primary"
    r"|kindergarten|middle school)\b",
    re.I,
)


def topic_of_question(before: str, asking: str) -> bool:
    """Whether the clause `before` an asking clause that names no child names the child it
    asks about: "老三医保还没办 现在办还能补贴吗" asks of 老三 (tester 53 c06 got 老二's answer
    too); not a birth told ("老二2023年5月生的 能领多少")."""
    return (
        not birth_orders_named(asking)
        and bool(birth_orders_named(before))
        and not BIRTH_TOLD.search(before)
    )


def _marked_asking(whole: str, at: int, clause: str) -> bool:
    """Whether the clause at `at` of `whole` ends on a question mark the clauses left out ("一个月
    600是吧 老大没有？", "so 600 a month right? nothing for the eldest?": tester 41 c01 heard
    nothing of the eldest)."""
    return whole[at + len(clause) : at + len(clause) + 2].lstrip()[:1] in ("?", "？")


# Children asked about as a group: twins ("双胞胎俩都能领600吗", "do both twins get it"), or
# every child ("每个孩子都有吗", "each kid gets 600?").
TWINS = re.compile(r"双胞胎|双胞|龙凤胎|俩宝|\btwins?\b", re.I)
EVERY_CHILD = re.compile(
    r"每个孩子|每个娃|每个宝|每孩|孩子们都|(?:几|两|三)个(?:孩子|娃)都|仨都|三个都"
    r"|\b(?:each|every) (?:child|kid|one)\b|\ball (?:the |my |our |three |3 )?(?:kids|children)\b"
    r"|\bboth (?:kids|children)\b",
    re.I,
)


# Both of a pair asked about: "do both babies get 600", "both twins", 俩都能领吗, 两个都有吗.
BOTH_BABIES = re.compile(
    r"\bboth (?:of )?(?:the |our |my )?(?:babies|twins|of them|boys|girls|grandkids)\b"
    r"|\b(?:babies|twins) (?:both|each)\b|\beach (?:baby|twin)\b"
    r"|(?:俩|两个|2个|双胞胎|龙凤胎)(?:孩子|娃|宝宝)?都",
    re.I,
)
# A reply opening on yes: "Yes, once the baby is born.", "对，孩子出生后开始发。", "能。".
YES_OPENING = re.compile(r"^(?:Yes\b|对[，。]|对$|能。|有。|可以。)")


def asked_group(question: str, children: list[dict[str, Any]]) -> set[int]:
    """The group (the twins, every child) a clause that asks names, beside a fact told of
    another child ("不对 老大是四岁半 我记错了。双胞胎上医保最晚哪天": the twins; tester 40 n1
    got the eldest's answer); empty when no asking clause names one."""
    asking = " ".join(c for _, c in clauses(normalise(question)) if QUESTION.search(c))
    return children_as_group(asking, children) if asking else set()


def children_as_group(question: str, children: list[dict[str, Any]]) -> set[int]:
    """The birth orders a question names as a group: the twins (children sharing a birth date),
    or every child; empty when it names no group."""
    if TWINS.search(question):
        days = [c.get("birth_date") for c in children]
        return {i for i, d in enumerate(days, start=1) if d and days.count(d) > 1}
    if EVERY_CHILD.search(question):
        return set(range(1, len(children) + 1))
    return set()


def _now_ordered(
    said: FactUpdate, children: list[dict[str, Any]], question: str = ""
) -> int | None:
    """The birth order now of the child a question told of: the one with the date it gave (a
    correction such as 她是老二 may have moved it since), else the order it said; a pregnancy
    named with no order ("while I'm pregnant", "我怀孕了") is the family's one baby on the way
    (read alone, it would be a first child: tester 41 c05's variant got the eldest's "No")."""
    if said.child is None or said.fact not in ("child.birth_date", "child.due_date"):
        return said.child
    coming = children_to_come(children)
    if (
        said.fact == "child.due_date"
        and not said.value
        and len(coming) == 1
        and not any(n > 0 for n in birth_orders_named(normalise(question)))
    ):
        return next(iter(coming))
    if not said.value:
        return said.child  # "due in may, it's our second": the due date told, the child it is
    same = known_child_of_the_date(said, children)
    return said.child if same is None else same


def known_child_of_the_date(said: FactUpdate, children: list[dict[str, Any]]) -> int | None:
    """The one known child a birth date a question tells is true of: the same date; the same
    month or year, or an age it has ("she's 3 now", "our May 2023 baby"; tester 41 c07 was
    answered for the undated eldest); a month told without a year ("外孙女10月生的", "my grandson
    born in october", read as the latest October) is the one child born in that month (tester
    42 c02 was answered for the eldest). None when none or several."""
    if said.fact not in ("child.birth_date", "child.due_date") or not said.value:
        return None
    day = full_date(str(said.value))[0]
    same = [i for i, c in enumerate(children, start=1) if c.get("birth_date") == day]
    if len(same) != 1:
        same = [i for i, c in enumerate(children, start=1) if _true_of(said, c.get("birth_date"))]
    if len(same) != 1 and not YEAR_TOLD.search(said.span):
        same = [
            i
            for i, c in enumerate(children, start=1)
            if str(c.get("birth_date") or "")[4:7] == day[4:7]
        ]
    return same[0] if len(same) == 1 else None


def children_told_by_birth(question: str, children: list[dict[str, Any]]) -> set[int]:
    """The known children a question names by their birth month or date alone ("外孙女10月几号生
    的", "my granddaughter born in october"): each one that date is true of."""
    found = (
        known_child_of_the_date(u, children) for u in understand(question, {}, None, clock.today())
    )
    return {o for o in found if o is not None}


# A year in the words of a date ("2025年10月", "oct 2025", 去年十月, "last october"): a month
# told without one is read as the latest such month, which may be no child's.
YEAR_TOLD = re.compile(
    r"\d{4}|\d{2}年|[今去前]年|\b(?:last|this|next) (?:year|[a-z]+ber|january|february|march"
    r"|april|may|june|july|august)\b|\byear\b",
    re.I,
)


# How many months a birth worked out from an age in whole years ("she's 3": about June 2023)
# may lie from a known birth month it is true of: N years and 0 to 11 months.
AGE_SLACK_MONTHS = (-5, 6)


def _true_of(said: FactUpdate, born: Any) -> bool:
    """Whether the date `said` (or the birth worked out from an age) is true of a child known
    born `born`: the same month or year, or an age that child has."""
    if not born or not said.value:
        return False
    value, known = str(said.value), str(born)
    if not said.approx:
        return known.startswith(value) or value.startswith(known)
    k = int(known[:4]) * 12 + int(known[5:7] or 1) if len(known) >= 7 else None
    e = int(value[:4]) * 12 + int(value[5:7]) if len(value) >= 7 else None
    return k is not None and e is not None and AGE_SLACK_MONTHS[0] <= k - e <= AGE_SLACK_MONTHS[1]


# A yes to "shall I check everything?" that says more: "要 查查", "要的 老大07年的…", "Shall check
# everything yes. My wife…", "ok go ahead".
YES_TO_OFFER = re.compile(
    r"^\W*(?:要的|要|好的|好啊|好|行|可以|嗯+|查查|查一下|继续)(?=[\s，,。.!！~]|$)"
    r"|^\W*(?:yes|yeah|yep|sure|please|go ahead|go on)\b"
    # "ok so 1 million right? and for 2 kids?": an acknowledgement opening a question, no yes
    r"|^\W*(?:ok|okay)\b(?![\s,.!]*(?:so|and|but|then|what|how|is|are|does|do|can|wait)\b)"
    r"|\bcheck everything\b[^.?!]*\byes\b|都查|全查|全部查"
    # "是", "还要问啥 你问吧", "问吧 我回答", "ask away": yes to "要继续吗？" too (tester 43 c06 got
    # "没太明白" four times for it)
    r"|^\W*(?:是|是的|对|对的|没问题)\W*$|(?<!问)(?:你|就)?问吧|你问(?:呗|嘛)?(?=\W|$)|我(?:来)?回答"
    r"|接着问|继续问|\b(?:ask away|fire away|ask me|ask your questions?|go ahead and ask"
    r"|i'?ll answer)\b",
    re.I,
)


def accepts_offer(tracker: Tracker, text: str) -> bool:
    """The message is a yes to the pending offer (the full check or the remaining questions),
    however much else it says."""
    return tracker.get_slot("offer") in ("full_check", "next_questions") and bool(
        YES_TO_OFFER.search(text)
    )


class ActionOfferAccepted(Action):
    """'Yes' to the offer after an answer: the full check after a question about one measure,
    the remaining questions after the money, else which item to explain."""

    def name(self) -> str:
        return "action_offer_accepted"

    @cards_once
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        offer = tracker.get_slot("offer")
        text = tracker.latest_message.get("text") or ""
        if closes(text):  # "行 那我自己去问 谢谢啊" taken for a yes: a goodbye, no form started
            utter_once(dispatcher, tracker, closing_reply(text, reply_language(tracker)))
            return [SlotSet("offer", None)]
        if _asks_instead(tracker, text) or asks_for_grandparents(normalise(text)):
            # "查查 我和老头子能有啥": the grandparents' own measure rests on the children known,
            # so it is answered, not the family's form started (tester 41 c03; clause 15)
            # "so did we miss the 600 for the twins??" read as a yes: the question is answered;
            # "ok go ahead. and how many days off does my husband get?": answered, and the
            # check taken up goes on after it (check_taken_up; tester 50 e09)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports us

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if offer == "full_check":
            return [
                SlotSet(FOCUS_SLOT, None),
                SlotSet("offer", None),
                FollowupAction("household_form"),
            ]
        if offer == "next_questions":
            return [
                SlotSet(SCOPE_SLOT, "all"),
                SlotSet("offer", None),
                FollowupAction("household_form"),
            ]
        day = clock.today()
        household = household_from_slots(tracker.slots, day) if offer == "more_items" else None
        if household is not None:  # "要" to "要看另外9项吗": every item, one line each
            report = settled_report(tracker.slots, day) or evaluate(household, as_of=day)
            dispatcher.utter_message(text=render.item_list(report, reply_language(tracker)))
            return [SlotSet("offer", None)]
        dispatcher.utter_message(response="utter_which_item")
        return []


def _asks_instead(tracker: Tracker, text: str) -> bool:
    """A message taken for a yes that asks about a measure instead ("so did we miss the 600 for
    the twins?? can we still claim the past months"): a question naming one, or back pay."""
    lang = reply_language(tracker)
    if not QUESTION.search(normalise(text)) and not WHAT_ABOUT.search(text):
        return False  # "what about school for the older one" asks too (tester 21 c9)
    return asks_back_pay(text) or asked_measure(text, tracker.get_slot("city"), lang) is not None


def _matching_item(text: str, report: Report, lang: Lang) -> Entitlement | None:
    """The entitlement of the report the user means ("the loan", "育儿补贴")."""
    in_report = {e.id for e in report.entitlements}
    for hit in search(text, lang=lang, city=report.city, limit=10):
        if hit.entry.id in in_report:
            chosen = [e for e in report.entitlements if e.id == hit.entry.id]
            return next((e for e in chosen if e.status == "eligible"), chosen[0])
    return None


# "详情", "details please": no item named; the one under discussion, else every item.
DETAILS_ONLY = re.compile(
    r"^\W*(?:看看|看下|看一下)?(?:详情|详细|细节|具体的?|details?|more details|more|tell me more"
    r"|show (?:me )?(?:the )?details)(?:\s*(?:please|pls|吧|呢|一下|看看|说说))*\W*$",
    re.I,
)
# "还有别的吗", "what else?": the other items, whatever measure was under discussion.
OTHERS = re.compile(
    r"还有别的|还有呢|其他的|其它的|还有什么|还有啥|别的还有|另外那|what else|anything else"
    r"|the others?\b|other (?:items|ones|benefits)"
    # "那有别的啥吗", "其他政策呢", "any other help?" (tester 35 c06 got "not found")
    r"|别的(?:啥|什么|吗|呢|没|政策|福利|待遇)|其[他它](?:啥|什么|政策|福利|待遇)"
    r"|\bother (?:help|support|benefits?|things?)\b|\banything more\b",
    re.I,
)
# Everything the family can get asked, no birth to come named: 那现在一共能享受啥, 能享受哪些, "so
# what can we get" (tester 97 f6 heard Beijing's no to a subsidy alone; tester 94's "what will I
# get" got 不能); not "孩子出生后我们能享受什么" (the baby's items).
ALL_ITEMS_ASKED = re.compile(
    r"(?:一共|都|总共)?能享受(?:到)?(?:啥|什么|哪些)|(?:一共|都|总共)(?:能)?(?:有|享受)(?:啥|什么|哪些)"
    r"(?:政策|福利|待遇|好处)|有哪些(?:政策|福利|待遇)"
    r"|\bwhat (?:can|could|do|will|would) (?:we|i) (?:get|have|claim)\b"
    r"(?!\s+(?:for|from) (?:the|a)\b)"
    r"|\bwhat (?:benefits|help|support) (?:can|do|will|would) (?:we|i)\b",
    re.I,
)
BIRTH_NAMED = re.compile(
    r"出生|生了|生下|生完|\bborn\b|\bbirth\b|\bbaby\b|\barrives?\b"
    # a case supposed, or the money asked: "if we transfer our hukou … per month", 要是…多少钱
    r"|\bif\b|要是|如果|假如|的话|\bper month\b|\ba month\b|每个?月|一个月|多少钱|\bhow much\b",
    re.I,
)


def everything_asked(text: str) -> bool:
    """Whether `text` asks every item of the family (OTHERS, ALL_ITEMS_ASKED)."""
    return bool(OTHERS.search(text)) or (
        bool(ALL_ITEMS_ASKED.search(text)) and not BIRTH_NAMED.search(text)
    )


def _topic_item(tracker: Tracker, report: Report, text: str) -> Entry | None:
    """The measure under discussion, for a message that names none. A bare "details"/"详情"
    takes it only when it is one of the items the family gets: after "where do I apply for
    maternity allowance" (an open item, tester 29 c6), "details" answers the summary's offer
    ("Reply 'details' for each item"), so every item comes, not the open one alone."""
    entry = topic(tracker)
    if entry is None or not DETAILS_ONLY.search(text):
        return entry
    got = any(e.id == entry.id and e.status == "eligible" for e in report.entitlements)
    return entry if got else None


class ActionExplainItem(Action):
    """'Tell me more about the loan': one item in full for this household."""

    def name(self) -> str:
        return "action_explain_item"

    @cards_once
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        household = household_from_slots(tracker.slots, clock.today())
        text = tracker.latest_message.get("text") or ""
        items_shown = show_offered_items(dispatcher, tracker, text)
        if (
            items_shown is not None
        ):  # "那5项呢" after "另外5项要看吗？": the items offered, one a line
            return items_shown
        from actions.answers import (  # answers imports results
            family_until_answer,
            first_steps_asked,
        )

        if (
            leave_for_the_children(text, tracker.get_slot("city")) is not None
            or absent_topics(text)
            or family_until_answer(tracker, text, lang) is not None
            or first_steps_asked(tracker, text) is not None
            or len(measures_asked(text, tracker.get_slot("city"))) >= 2
        ):  # "补贴能领到老二几岁 还有公积金能取出来交房租不": each measure asked (tester 92 c1
            # got the rent withdrawal alone); "can she still take days off for the twins": the
            # parental leave; "is the 600
            # taxed": what neither plan says, said so, not the card of the tax deduction;
            # "1400到29年吗": the total's end, not the card of one child's subsidy
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        who = who_or_where_answer(tracker, text, lang)
        if who is not None and ON_BEHALF.search(text):
            # "who receives it… do we need to apply?": each part, as a question's (t51 D2)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if who is not None:  # "护理保险补贴 去哪交": its steps, not its card again
            dispatcher.utter_message(text=who[0])
            return about(who[1])
        if not in_hotline(tracker) and enrolment_told(text):
            # "过了半年才给她交的 那就不能免了是吧": the child's enrolment told, answered yes or
            # no (Jinan clause 15), never an item its words find (交 → the rent, tester 48 c04)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        current = topic(tracker)
        city = tracker.get_slot("city") or (current.city if current else None)
        from actions.answers import ActionAnswerPolicyQuestion, child_asked_of_topic
        from actions.each_part import asking_pieces  # each_part imports answers, then us

        if child_asked_of_topic(tracker, text, city, lang) is not None:
            # "does the older one get it too?" after the 600: that child's answer on the measure
            # discussed (Jinan clause 12), not an item its words find ("one" → clause 2)
            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)

        if money_to_apply_for(text, city or hotline_city(tracker), current) is not None or any(
            nothing_left_asked(piece, current, None) for piece in asking_pieces(text)
        ):  # "so they get nothing anymore? what about me, the grandparent insurance thing?"
            # "所以到底自动发不发 方案有没有说": the money's application, which the plan leaves
            # unsaid (Jinan clause 12), not the card of the measure discussed (tester 48 c02)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if topic_corrected(text) and asked_measure(text, tracker.get_slot("city"), lang):
            # "我问的是上户口 不是坐地铁" taken as "details": the measure meant is answered, not
            # the one rejected (named in the message) nor the one under discussion
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if household is None and current is not None and DETAILS_ONLY.search(text):
            # "details" after a hotline worker's rule question (no family kept): the measure
            # just answered in full, not the city asked again (tester 30 c5, c11)
            steps = current.next_steps.get(lang)
            how = t(
                lang,
                f"{current.title.get(lang)}怎么办理：",
                f"How to apply for {current.title.get(lang)}:",
            )
            lines = [render.entry_answer(current, lang, text)]
            lines += [how, *(f"{i}. {s}" for i, s in enumerate(steps, start=1))] if steps else []
            dispatcher.utter_message(text="\n".join(lines))
            return about(current)
        if household is None and in_hotline(tracker) and not DETAILS_ONLY.search(text):
            # "该引用哪条 还有之前没领的能补发不" from a worker: the question about the case,
            # not the city asked again (tester 37 c03)
            answer, meant = hotline_answer(tracker, lang, clock.today())
            if answer is not None:
                dispatcher.utter_message(text=answer)
                return [*answered_about(meant), SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)]
        if current is None and in_hotline(tracker) and not tracker.get_slot("result_shown"):
            # "详细说说" from a worker who has asked of no measure yet (tester 33): the items of
            # the case given, in full; with no case, what can be detailed for the city named;
            # not "which item?" nor "which city?"
            day = clock.today()
            case = case_items(case_facts(tracker, day), lang, day, full=True)
            menu = measure_menu(tracker, lang, day)
            dispatcher.utter_message(text=case or menu)
            return hotline_kept(tracker)
        if household is None:
            return _ask_city(dispatcher)
        # "为啥 差几天啊" after a refusal, "does that change anything" after a correction: asked
        # as "why"/"tell me more", they are no item to explain ("几天" is no paternity leave)
        said = answered_cutoff(dispatcher, tracker, text) or answered_change(
            dispatcher, tracker, text
        )
        if said is not None:
            return said
        # the children told, their unknown dates tried both ways (tester 35 c03, 34 c04)
        report = settled_report(tracker.slots, clock.today()) or evaluate(
            household, as_of=clock.today()
        )
        if OTHERS.search(text) and tracker.get_slot("result_shown"):  # "what else?": every item
            dispatcher.utter_message(text=render.item_list(report, lang))
            return []
        if OTHERS.search(text) and tracker.active_loop.get("name"):  # the form still asks
            sofar = render.certain_so_far(
                settled_report(tracker.slots, clock.today()) or report, lang
            )
            if sofar:
                dispatcher.utter_message(text=sofar)
            dispatcher.utter_message(response="utter_others_after_questions")
            return []
        theirs = one_child_answer(tracker, text, lang, clock.today())
        if theirs is not None:  # "what about the older one, the 6 year old": that child's items
            dispatcher.utter_message(text=theirs)  # (tester 32 got the birth registration)
            return []
        named = named_measure(text, household.city, lang)
        if not DETAILS_ONLY.search(text) and (
            (names_a_child(text) and named is None)
            # "老大老二是不是都没有育儿补贴": the measure for each child named, not one item
            or (named is not None and named.per_child and len(children_asked(text, 9)) > 1)
        ):  # "what about the older one?" after the subsidy: that child's answer, not an item;
            # with no measure discussed, what that child gets (tester 30 c7 got the birth
            # registration service, found by the words of the question)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if OTHERS.search(text):
            meant, item = None, None
        else:
            meant = named_measure(text, household.city, lang)
            if meant is None and not DETAILS_ONLY.search(text):  # "details for the rent one"
                found = _matching_item(text, report, lang)
                meant = get_entry(found.id) if found is not None else None
            meant = meant or _topic_item(tracker, report, text)
            chosen = [e for e in report.entitlements if meant is not None and e.id == meant.id]
            item = (
                next((e for e in chosen if e.status == "eligible"), chosen[0]) if chosen else None
            )
            if item is None and named_measure(text, household.city, lang) is not None:
                # "what about school for the older one": a measure named that is no item of the
                # report (Beijing (13) is not worked out per family) is answered, not every item
                from actions.answers import ActionAnswerPolicyQuestion  # answers imports results

                return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if item is None and tracker.get_slot("result_shown"):  # "详情": every item in full
            children = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
            note = render.precision_note(children, lang, amounts=render.shows_amounts(report))
            # short items on a phone (tester 49 c05), and the one place the chat says the answer
            # is guidance, not an official decision: the Report's notice stays
            full = render.details(report, lang) + (f"\n\n{note}" if note else "")
            dispatcher.utter_message(text=full + "\n" + report.notice.get(lang))
            return []
        if item is None:
            dispatcher.utter_message(response="utter_which_item")
            return []
        entry = get_entry(item.id)
        dispatcher.utter_message(text=render.item_details(item, entry, lang))
        return about(entry)


# What to do first, or at all, with no measure named ("what do we need to do first", "先办啥",
# "第一步做什么", "我们要做什么").
FIRST_ASKED = re.compile(
    r"\b(?:do|done|apply|start|handle) first\b|\bfirst (?:step|thing)\b"
    r"|\bwhat (?:do|should|must) (?:we|i) (?:need to |have to )?do\b"
    r"|先(?:做|办|干|弄|去)|第一步|最先|首先|(?:要|该|得|需要)(?:做|办|干)(?:什么|啥|哪些)"
    r"|接下来(?:该|要|得)?(?:做|办|干)|\bwhere (?:do|should|can) (?:we|i) start\b"
    r"|\bwhat(?:'s| is) the first\b|\bwhat (?:do|should) (?:we|i) do now\b",
    re.I,
)
# A first step that is itself a measure's ("先办医保吗", "register first?") names the measure.
SERVICE_KINDS = ("service", "leave", "insurance")


def first_steps(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """What the family does first ("我们先做什么", "what do we do first?", "first step?"), no
    measure named: the deadline running (deadline_first: the newborn's insurance within 6
    months, Jinan clause 15), then how the money is claimed; with none (Beijing's plan sets no
    deadline and no cash), the practical services the plan gives the family, each with its first
    step and clause (Beijing (4) the joint handling of birth matters). None for any other
    message, or when the family is not known."""
    city = tracker.get_slot("city")
    if not FIRST_ASKED.search(text) or named_measure(text, city, lang) is not None:
        return None
    day = clock.today()
    household = household_from_slots(tracker.slots, day)
    if household is None:
        return None
    first = deadline_first(tracker, household, lang)
    if first is not None:
        return first
    report = settled_report(dict(tracker.slots), day) or evaluate(household, as_of=day)
    ids = [
        e.id
        for e in ordered(report.entitlements)
        if e.status == "eligible" and e.kind in SERVICE_KINDS
    ]
    services = [get_entry(i) for i in dict.fromkeys(ids)]  # twins: one line per measure
    if not services:
        return None
    lines = [
        t(
            lang,
            "方案没有给您家规定要赶期限的事。可以先办的：",
            "The plan sets your family no deadline. What you can do first:",
        )
    ]
    for entry in services[:MAX_FIRST_STEPS]:
        steps = entry.next_steps.get(lang)
        step = steps[0] if steps else entry.summary.get(lang)
        clause = clause_name(entry.clause, lang)
        lines.append(
            t(
                lang,
                f"• {entry.title.zh}：{step}（{clause}）",
                f"• {entry.title.en}: {step} ({clause})",
            )
        )
    return "\n".join(lines)


MAX_FIRST_STEPS = 3


def deadline_first(tracker: Tracker, household: Any, lang: Lang) -> str | None:
    """The deadline that runs for the family, the earliest first, with what to do by then and
    its clause, then the steps for the rest (the money's: its plan's silence and whom to ask);
    None when no item of the family has a date to act by."""
    day = clock.today()
    slots = dict(tracker.slots)
    report = settled_report(slots, day) or evaluate(household, as_of=day)
    # each measure tried alone: a child whose date is known only by an age decides no
    # newborn's deadline (the twins' insurance, tester 49 c10)
    running = [
        e
        for entry in catalogue().entries.values()
        if entry.city == household.city
        for e in focus(slots, entry.id, day).entitlements
        if e.id == entry.id
        and e.status == "eligible"
        and e.apply_by is not None
        and e.apply_by >= day
    ]
    if not running:
        return None
    by = min(e.apply_by for e in running if e.apply_by is not None)
    due = [e for e in running if e.apply_by == by]
    entry = get_entry(due[0].id)
    kids = [fmt.child_label(e.child, lang) for e in due if e.id == entry.id and e.child]
    names = (
        f"{entry.title.get(lang)}{t(lang, '（', ' (')}{t(lang, '、', ', ').join(kids)}"
        f"{t(lang, '）', ')')}"
        if len(kids) == len(due) > 1
        else t(lang, "、", ", ").join(label(e, lang) for e in due)
    )
    step = entry.next_steps.get(lang)[0] if entry.next_steps.get(lang) else ""
    clause = clause_name(entry.clause, lang)
    lines = [
        t(
            lang,
            f"先办这件，有期限：{fmt.day(by, lang)}前——{names}。{step}（{clause}）",
            f"First, the one with a deadline: by {fmt.day(by, lang)}, {names}. {step} ({clause})",
        )
    ]
    money = [
        e
        for e in ordered(report.entitlements)
        if e.status == "eligible" and e.kind in MONEY_KINDS and e.id != entry.id
    ]
    subsidy = monthly_subsidy(household.city)
    if not money and subsidy is not None:  # the money decided measure by measure
        money = [e for e in focus(slots, subsidy.id, day).entitlements if e.status == "eligible"]
    if money:
        lines.append(
            t(lang, "然后：", "Then: ") + render.follow_up(get_entry(money[0].id), "", lang)
        )
    return "\n".join(lines)


# Where or how to apply asked beside who may apply ("要去哪个部门办 俺去办行不"): both answered.
STEPS_TOO = re.compile(r"哪个部门|去哪|哪里办|在哪办|怎么办理|怎么申请|\bwhere\b|\bhow do\b", re.I)


class ActionNextSteps(Action):
    """How to apply: for the item named, else for every item the family qualifies for."""

    def name(self) -> str:
        return "action_next_steps"

    @cards_once
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        from actions.answers import (  # answers imports us
            dates_filled_in,
            dates_put_right,
            filled_noted,
            with_slots,
        )

        lang = reply_language(tracker)
        text = tracker.latest_message.get("text") or ""
        filled = (
            dates_filled_in(tracker)
            if tracker.get_slot("result_shown") and not in_hotline(tracker)
            else None
        )
        if filled is None and tracker.get_slot("result_shown") and not in_hotline(tracker):
            # "不对 老大是一八年的 不是一六年 那生了以后下一步该干啥": the date put right first,
            # then the steps (tester 103 p4 kept 2016 and heard no word of it)
            filled = dates_put_right(tracker)
        if filled is not None:  # "孩子具体是10月18号生的 那什么时候开始发 要去哪里申请": the day
            # noted first, every answer after it resting on it (tester 78 c1 kept 1 October)
            updates = filled_noted(dispatcher, tracker, filled, lang)
            events = await self.run(dispatcher, with_slots(tracker, **updates), domain)
            return [*(SlotSet(k, v) for k, v in updates.items()), *events]
        from actions.answers import where_each_answer  # answers imports us

        each = where_each_answer(tracker, text)
        if each is not None:  # "这些去哪办" after the result: every item, where to go
            dispatcher.utter_message(text=each)
            return []
        behalf = who_or_where_answer(tracker, text, lang) if ON_BEHALF.search(text) else None
        ends_said = None
        if MONEY_ENDS.search(text):  # "那600的补贴能领到啥时候 要去哪个部门办 俺去办行不": its end
            ends_said = monthly_total_for(tracker.slots, "", lang, until=True)
        if behalf is not None and ends_said is None and not STEPS_TOO.search(text):
            # "姥姥能替闺女去办吗": the plan says nothing of who may
            dispatcher.utter_message(text=behalf[0])
            return about(behalf[1])
        household = household_from_slots(tracker.slots, clock.today())
        city = tracker.get_slot("city")
        quoted = asked_measure(text, city, lang)  # "where do I apply for the 600?"
        current = topic(tracker)
        # "我问的是上户口 不是坐地铁": the measure meant, never the one rejected, is named
        meant_instead = topic_corrected(text)
        wanted = corrected_topic(normalise(text))
        if (
            quoted is not None
            and not meant_instead
            and found_by_search_only(text, quoted)
            # "how do we register the baby after birth" after public rental housing: the
            # birth registration its words find well ahead (Beijing (4), tester 34 c03)
            and (current is None or not leaves_topic(text, quoted, current))
        ):
            quoted = None
        # a hotline worker's "那来电问这800是自动发还是要去哪申请" (no family city): the city the
        # worker named (tester 48 c02 got the housing-fund loan discussed before)
        applied = money_to_apply_for(text, city or hotline_city(tracker), current)
        if applied is not None:  # "那我们去哪申请那600", "where do they apply for the 800"
            # each part asked beside the steps: until when, and who may apply (tester 97 b2)
            asked_too = [ends_said] if ends_said else []
            dispatcher.utter_message(
                text="\n".join([*asked_too, apply_answer(applied, lang, text)])
            )
            if behalf is not None:
                dispatcher.utter_message(text=behalf[0])
            kept = (
                [SlotSet(BRIEF_SLOT, True), *hotline_kept(tracker)] if in_hotline(tracker) else []
            )
            return [*about(applied), *kept]
        first = first_steps(tracker, text, lang)
        if first is not None:  # "what do we need to do first" for twins born last month: the
            # one deadline running (their insurance within 6 months, Jinan clause 15), then
            # the rest (tester 49 c10 got the subsidy's steps alone)
            dispatcher.utter_message(text=first)
            return []
        meant = (
            (quoted if meant_instead else None)
            or named_measure(wanted if meant_instead else text, city, lang)
            or quoted
            or child_money_asked(text, city)  # "那老二呢 有补贴吗 去哪办": the 600's steps
            or topic(tracker)
        )
        if meant is not None:  # named, else the measure under discussion (去哪办)
            ends = ends_said if ends_said is not None and is_monthly_money(meant) else None
            steps = render.follow_up(meant, text, lang)
            dispatcher.utter_message(text="\n".join(p for p in (ends, steps) if p))
            if behalf is not None:  # "…要去哪个部门办 俺去办行不": who may apply too (t97 b2)
                dispatcher.utter_message(text=behalf[0])
            return about(meant)
        if render.PHONE.search(text):  # "去哪办 电话多少" of no measure: no number, the departments
            cities = [city] if city is not None else list(CITIES)
            dispatcher.utter_message(text=render.handoff([], cities, lang))
            return []
        if household is None:
            hits = search(text, lang=lang, limit=1) if text.strip() else []
            if hits:
                dispatcher.utter_message(text=render.next_steps(hits[0].entry, lang))
                return about(hits[0].entry)
            dispatcher.utter_message(response="utter_which_item")
            return []
        report = settled_report(tracker.slots, clock.today()) or evaluate(
            household, as_of=clock.today()
        )
        item = _matching_item(text, report, lang)
        if item is None:  # no item named: how to claim the money; the rest on request
            money = [e for e in ordered(report.entitlements) if e.status == "eligible"]
            money = [e for e in money if e.kind in MONEY_KINDS]
            if not money:
                dispatcher.utter_message(response="utter_which_item")
                return []
            item = money[0]
        dispatcher.utter_message(text=render.next_steps(get_entry(item.id), lang))
        return about(get_entry(item.id))


# A child by its order (老3, 3胎, 3孩): another child only beyond the family's own.
CHILD_BY_ORDER = re.compile(r"老([2-9])|([2-9])(?:胎|孩)")
ANOTHER_CHILD = re.compile(
    r"再生|再要|再添|another (?:child|baby|kid)"
    r"|(?:second|third|2nd|3rd|next|new) (?:child|baby|kid)|one more (?:child|baby|kid)"
    # the child left unsaid after the order: "if we had a third", "say we have another one"
    r"|\b(?:had|have|having|get|got|gave birth to)\s+(?:a|an)\s+(?:second|third|fourth|2nd|3rd|4th"
    r"|other one|another)\b(?!\s+(?:home|house|flat|apartment|job|loan|car)\b)",
    re.I,
)


# A birth imagined as twins or triplets: "what if it's twins?", 要是双胞胎呢, 如果怀的是龙凤胎.
TWINS_IMAGINED = re.compile(r"双胞胎|双胞|龙凤胎|双生|\btwins\b", re.I)
TRIPLETS_IMAGINED = re.compile(r"三胞胎|\btriplets\b", re.I)
# The words that make a sentence a supposition: 要是, 如果, "what if".
SUPPOSING = re.compile(r"要是|如果|假如|假设|万一|\bwhat if\b|\bif\b|\bsuppose\b", re.I)


def twins_imagined(text: str, children: list[dict[str, Any]], day: date) -> list[dict[str, Any]]:
    """The children with the baby on the way imagined as twins (triplets): the same due date
    two (three) times, so the later twin is the next child in order, the second child of a
    first pregnancy (Jinan clause 12's 二孩; tester 21 c7 "what if it's twins?"). Empty when the
    text imagines no twins, no child is on the way, or the one on the way is twins already."""
    extra = 2 if TRIPLETS_IMAGINED.search(text) else 1 if TWINS_IMAGINED.search(text) else 0
    due = sorted(
        (c for c in children if c.get("birth_date") and str(c["birth_date"]) > day.isoformat()),
        key=lambda c: str(c["birth_date"]),
    )
    if not extra or not due:
        return []
    last = due[-1]
    if sum(c.get("birth_date") == last["birth_date"] for c in children) > 1:
        return []  # 头胎怀的双胞胎, told already: nothing to imagine
    return [*children, *({**last} for _ in range(extra))]


def stand_in_day(household: Household, day: date) -> date:
    """The date a child imagined with no date told stands in on: today, or the day after the
    latest child the family has, when that one is still on the way (a 3rd "later" is born after
    the 2nd due next month, tester 45 c09)."""
    latest = max((c.birth_date for c in household.children or []), default=day)
    return latest + timedelta(days=1) if latest >= day else day


def hypothetical(household: Household, text: str, day: date) -> Household | None:
    """The household with the change the user imagines, or None when the text names none."""
    imagined_on = stand_in_day(household, day).isoformat()
    changed: dict[str, Any] = household.model_dump(mode="json", exclude_none=True)
    changed.pop("as_of", None)
    children = [
        {
            "birth_date": c["birth_date"],
            "precision": "day",
            "height_cm": c.get("height_cm"),
            "height_below_cm": c.get("height_below_cm"),
            "hardship_at_birth": c.get("hardship_at_birth"),
        }
        for c in changed.get("children", [])
    ]
    known = {k: v for k, v in changed.items() if k != "children"}
    known["children"] = as_known(children, day)
    said = understand(text, known, None, day)
    twins = twins_imagined(text, children, day)
    imagined = twins or apply_updates(children, said)
    touched = imagined is not children and imagined is not None
    if twins:
        changed["children"] = for_household(twins)
    elif touched and imagined is not None:
        dated = [c for c in imagined if c.get("birth_date")]
        if len(dated) < len(imagined):  # "再生个二胎": a birth with no date, imagined today
            dated = [
                *dated,
                *[{**c, "birth_date": imagined_on} for c in imagined if not c.get("birth_date")],
            ]
        changed["children"] = for_household(dated)
    elif ANOTHER_CHILD.search(normalise(text)) or _order_beyond(text, len(children)):
        changed["children"] = [*changed.get("children", []), {"birth_date": imagined_on}]
        touched = True
    stated = {
        u.fact: u.value for u in said if u.fact in FACT_SLOTS and u.fact not in ("city", "children")
    }
    unborn = [c for c in changed.get("children", []) if str(c["birth_date"]) > day.isoformat()]
    had = [str(c.birth_date) for c in household.children or []]
    added = [c for c in changed.get("children", []) if str(c["birth_date"])[:10] not in had]
    family = changed.get("hardship_at_birth")
    if added and len(added) < len(changed.get("children", [])) and isinstance(family, bool):
        # the benefits told of the family's births are theirs; an imagined birth's are its own
        # (Jinan clause 12), unknown unless said of it (tester 50 c05's 3rd got the 2nd's +200)
        for child in changed["children"]:
            if child not in added and child.get("hardship_at_birth") is None:
                child["hardship_at_birth"] = family
        changed.pop("hardship_at_birth")
    if added and len(added) < len(changed.get("children", [])):
        unborn = added  # "要是再生个老三 那时候不领了": the imagined birth's, not the 2nd's due
    if unborn and stated.get("hardship_at_birth") is not None:
        # "要是生的时候又领失业金呢" with a baby on the way: that birth, not the births before
        at_birth = stated.pop("hardship_at_birth")
        for child in unborn:
            child["hardship_at_birth"] = at_birth
        touched = True
    if stated.get("hardship_at_birth") is not None:
        # "要是生的时候没领失业金 是不是就600" of births told each with its benefits: every birth
        # supposed so (clause 12 reads each child's birth), not only the family's word for it
        for child in changed.get("children", []):
            if child.get("hardship_at_birth") is not None:
                child["hardship_at_birth"] = stated["hardship_at_birth"]
    changed.update(stated)
    if not touched and not stated:
        return None
    return parse_household(changed)


def when(changed: Household, day: date) -> date:
    """The day to evaluate a what-if on: today, or, for a birth imagined further ahead than a
    due date can be, the day of that birth (what the family would get then)."""
    latest = max((c.birth_date for c in changed.children or []), default=day)
    return latest if latest > add_months(day, MAX_MONTHS_TO_DUE_DATE) else day


# A total asked of a what-if ("要是生的是双胞胎呢 一共多少钱", "how much altogether then?").
WHAT_IF_TOTAL = re.compile(
    r"一共|总共|合计|加起来|\bin total\b|\btotal\b|altogether|together", re.I
)


# Twins or triplets supposed ("要是双胞胎呢？？", "what if it's twins"): the sum is the point.
MULTIPLES_SUPPOSED = re.compile(r"双胞胎|三胞胎|龙凤胎|多胞胎|\btwins?\b|\btriplets?\b", re.I)


def amount_asked_of(text: str, city: str, lang: Lang) -> Entry | None:
    """The measure whose amount a what-if asks, named by what it pays rather than its name
    ("what if we have a third, how much loan then?", "要是再生一个 能贷多少"): the what-if keeps to
    it (Jinan clause 14's ceiling), not the ten lines of every change (tester 22/23)."""
    if not AMOUNT_ASKED.search(text):
        return None
    found = asked_measure(text, city, lang)
    if found is not None and found.per_child and found.kind in MONEY_KINDS:
        return None  # "要是再生一个 能领多少": the money of each child, as the whole what-if lists
    return found


def measure_in_talk(
    tracker: Tracker, household: Household, changed: Household, day: date
) -> Entry | None:
    """The measure just answered, for a what-if that changes a fact of the family other than
    its children and changes that measure ("那要是就我一个人交呢" right after the loan ceiling:
    that ceiling with one payer, Jinan clause 14, not every item compared); None when children
    change, nothing was under discussion, or the change leaves that measure as it is."""
    current = topic(tracker)
    if changed.children != household.children or current is None:
        return None
    if current.city != household.city:
        return None
    presumed = dict.fromkeys(presumed_for(current, changed, day), True)
    # a child on the way: also once it is born ("怀二胎了 … 能贷多少", then "那要是一个人交呢":
    # 600,000 instead of 900,000 after the birth, though neither is open today)
    born = [c.birth_date for c in household.children or [] if c.birth_date and c.birth_date > day]
    for on in [day, *([max(born) + timedelta(days=1)] if born else [])]:
        before, after = (
            [
                (e.child, e.status, fmt.figures(e, "en"))
                for e in evaluate(h.model_copy(update=presumed), as_of=on).entitlements
                if e.id == current.id
            ]
            for h in (household, changed)
        )
        if before != after:  # the status or a figure differs
            return current
    return None


def presumed_for(asked: Entry, changed: Household, day: date) -> tuple[str, ...]:
    """The facts a question about `asked` takes as given (buying the first home a housing-fund
    loan is for), when they are unknown and all its items still need: the what-if is worked
    out as the answer to the question was ('用公积金贷款买首套自住住房的话')."""
    needs = [e for e in evaluate(changed, as_of=day).entitlements if e.id == asked.id]
    open_items = [e for e in needs if e.status == "needs_info"]
    missing = {f for e in open_items for f in e.missing_facts}
    if not open_items or not missing <= set(render.PRESUMED_SAID):
        return ()
    return tuple(sorted(missing))


def _slots_with(slots: dict[str, Any], changed: Household) -> dict[str, Any]:
    """The conversation's slots with the facts a what-if changes (not the children)."""
    facts = changed.model_dump(mode="json", exclude_none=True)
    kept = {k: v for k, v in facts.items() if k in FACT_SLOTS and k not in ("city", "children")}
    return {**slots, **kept}


def _undated_children_kept(slots: dict[str, Any], household: Household, changed: Household) -> bool:
    """Whether the family told children whose dates are not all known yet (kept apart from the
    household) and the what-if changes none of them: a fact imagined, not a child."""
    return (
        household.children is None
        and changed.children is None
        and not slots.get("children")
        and bool(slots.get("children_partial"))
    )


def _eldest_stood_in(slots: dict[str, Any], day: date) -> tuple[Household, set[date]] | None:
    """The household with stand-in dates for the eldest children whose dates were never told
    (all before the dated ones), and those dates; None when no such child or the household
    cannot be made."""
    from actions.next_child import _stand_ins, known_children

    children = known_children(slots)
    undated = [i for i, c in enumerate(children) if not c.get("birth_date")]
    if not undated or undated != list(range(len(undated))) or len(undated) == len(children):
        return None
    family = slots.get("hardship_at_birth")
    kids = _stand_ins(children, day, family if isinstance(family, bool) else None)
    try:
        household = household_from_slots({**slots, "children": kids, "children_partial": None}, day)
    except InputError:
        return None
    if household is None or household.children is None:
        return None
    return household, {date.fromisoformat(kids[i]["birth_date"]) for i in undated}


def _birth_told(household: Household, changed: Household, stand_in: date) -> bool:
    """Whether the what-if's new child has a date of its own (not the stand-in day)."""
    before = [c.birth_date for c in household.children or []]
    added = [c.birth_date for c in changed.children or [] if c.birth_date not in before]
    return bool(added) and stand_in not in added


def _imagines_a_birth(household: Household, changed: Household) -> bool:
    """Whether the what-if adds or changes a child (its own line says what the birth brings)."""
    return (household.children or []) != (changed.children or [])


# The pieces of a question that may each name a measure ("how much can we borrow then? and the
# rent thing?", "能贷多少 租房提取呢").
QUESTION_PIECE = re.compile(
    r"[?？。;；，,]|\band\b|还有|另外|以及|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", re.I
)


# The money of a child imagined asked in its own piece ("明年生 能领多少", "what would that one
# get"): the city's monthly subsidy (tester 89 c4 was given the loan alone).
IMAGINED_CHILDS_MONEY = re.compile(
    r"(?:能|可以)(?:领|拿)(?:多少|几个?钱)(?:钱)?(?![天日周个月年])"
    r"|\bhow much (?:would|will|could|does|do) (?:that one|the baby|it|he|she|they) get\b",
    re.I,
)


def other_measures_asked(text: str, city: str, lang: Lang, asked: Entry) -> list[Entry]:
    """The measures the pieces of `text` name besides `asked`, in order, each once."""
    found: list[Entry] = []
    for piece in QUESTION_PIECE.split(text):
        named = named_measure(piece, city, lang) if piece.strip() else None
        if named is None and IMAGINED_CHILDS_MONEY.search(piece):
            named = monthly_subsidy(city)  # "要是再生个老三呢 明年生 能领多少": its 600 (12)
        if named is not None and named.id != asked.id and named not in found:
            found.append(named)
    return found


def births_told_by_year(text: str, city: str | None, day: date) -> set[date]:
    """The 1 January of each birth `text` tells by its year alone ("next year", 明年生老二): the
    day a what-if stands it on, which no one said."""
    years = set()
    for u in understand(text, {"city": city} if city else {}, None, day):
        value = str(u.value or "")
        if u.fact in ("child.due_date", "child.birth_date") and re.fullmatch(r"\d{4}", value):
            years.add(date(int(value), 1, 1))
    return years


# Set while a what-if is handed to the policy answers, which may hand it back: never twice.
HANDED_TO_ANSWERS: ContextVar[bool] = ContextVar("handed_to_answers", default=False)


# The table measure asked by its words ("what's the ceiling then?", 贷款能多少): a what-if of one
# more child that asks nothing else ("如果再生个老三呢") lists every change instead.
TABLE_ASKED = re.compile(r"ceiling|limit|\bmax|\bloan|borrow|贷|额度|上限", re.I)
# The rent withdrawal asked beside the loan ("and the rent thing?", 租房提取呢).
RENT_TOO = re.compile(r"房租|租金|租房|提取|\brent\b|\bwithdraw", re.I)


# What an imagined child would get, asked beside a measure named ("what would that one get?",
# 老三能有啥): everything the change brings.
EVERYTHING_ASKED = re.compile(
    r"\bwhat (?:would|will|could|does|do|can) (?:that one|it|they|he|she|the (?:3rd|third|2nd"
    r"|second|new|next) (?:one|kid|child|baby)|(?:our|my) (?:3rd|third|2nd|second|next) (?:one|kid"
    r"|child|baby)) (?:get|receive|have)\b|能(?:有|拿|领|享受)(?:啥|什么|哪些)|有(?:啥|什么|哪些)"
    r"(?:政策|补贴|待遇|好处)",
    re.I,
)


# The city's monthly money named by its figure in a what-if ("济南那600给不给", "would the 2nd
# get the 600?"), not a loan of 600,000.
# (600 alone: "也是800吗" asks of the 200 too, which the whole what-if lists)
MONTHLY_FIGURE = re.compile(r"(?<![\d,.])600(?![\d,.万]|\s*(?:万|k\b|thousand))", re.I)


class ActionWhatIf(Action):
    """'What if we have a third child next year?': evaluated side by side, facts unchanged."""

    def name(self) -> str:
        return "action_what_if"

    @keeps_relatives_apart
    @cards_once
    @notes_unsaid_worries
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        lang = reply_language(tracker)
        day = clock.today()
        text = tracker.latest_message.get("text") or ""
        next_one = next_child_answer(dict(tracker.slots), text, lang, day, said_before(tracker))
        if next_one is not None:  # "what if she has a 3rd one next year, would that one get it?"
            dispatcher.utter_message(text=next_one)
            return imagined_in_talk(dict(tracker.slots), text)
        from actions.loan_case import more_children_answer  # loan_case imports our kin

        # the loan beside another housing-fund measure ("how much can we borrow then? and the
        # rent thing?"): each measure's what-if, not the loan table alone
        several = len(measures_asked(text, tracker.get_slot("city"))) > 1 or bool(
            RENT_TOO.search(text)
        )
        current = topic(tracker)
        of_the_table = TABLE_ASKED.search(text) or (
            # "…and i start paying into the fund too, how much then" after the loan ceiling:
            # the table's cells (tester 69 c8 got the parental leave)
            current is not None
            and "loan_ceiling_cny" in current.parameters
            and re.search(r"how much|多少|几多", text, re.I)
        )
        table = (
            None
            if several or not of_the_table
            else more_children_answer(dict(tracker.slots), text, lang, current)
        )
        if table is not None and tracker.get_slot("buying_first_home") is not True:
            # the purchase the ceiling is for, presumed and said (as the what-if says it)
            purchase = render.presumed_condition(("buying_first_home",), lang)
            lead = t(lang, f"按您家的情况{purchase}：", f"For your family{purchase}:")
            table = (lead + "\n" + table[0], table[1])
        if table is not None:  # "if we HAVE a third child, what's the ceiling then? and what if
            # my wife starts paying in too?" after the loan ceiling: the table's cells with one
            # more child, each payer count (clause 14); tester 55 c8 got "If 3 more children
            # are born" and fifteen items
            dispatcher.utter_message(text=table[0])
            return about(table[1])
        if not HANDED_TO_ANSWERS.get() and (
            per_child_or_birth_asked(text) or asked_of_other_city(dict(tracker.slots), text)
        ):
            # "if it's twins is the 3000 doubled?": what the clause says of the amount, no twins
            # imagined; "if we move our hukou to jinan…" of a Beijing family: that plan's rule
            # as a what-if, its silence on when the hukou must be held (tester 57). Handed on
            # once: the answers handing the what-if back get it evaluated here (tester 57 c10's
            # "万一这胎又是双胞胎 老三老四都有600吗" went back and forth until the turn failed).
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports us

            handed = HANDED_TO_ANSWERS.set(True)
            try:
                return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
            finally:
                HANDED_TO_ANSWERS.reset(handed)
        household = household_from_slots(tracker.slots, day)
        stand_ins = _eldest_stood_in(dict(tracker.slots), day) if household is not None else None
        if household is not None and household.children is None and stand_ins is not None:
            # the eldest's date never told ("这是老二" with the 2nd due): the what-if counts it,
            # on a date no answer shows (a birth imagined rests on its order, clause 12)
            household, no_dates = stand_ins
        else:
            no_dates = set()
        from actions.hotline import in_hotline  # hotline imports this module's neighbours

        if household is None and in_hotline(tracker):
            # "and if she had resident insurance instead?" from a hotline worker: the case's
            # what-if, in the case's city, never "which city does your family live in" (c09)
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports us

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if household is None and asked_measure(text, mentioned_city(text), lang) is not None:
            # "what if we have a third, how much loan" with no family known: the measure asked
            # (each plan's rule while the city is unknown), never another measure's answer
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports us

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        if household is None:
            return _city_kept_or_asked(dispatcher, tracker, text)
        try:
            changed = hypothetical(household, text, day)
        except InputError:
            changed = None
        if changed is None:
            if names_a_child(text) or asked_measure(text, household.city, lang) is not None:
                # "老二呢 老二能领不" read as a what-if: nothing imagined, a child or a measure
                # asked about: that answer (tester 34 c06 got "您想试算哪种情况？")
                from actions.answers import ActionAnswerPolicyQuestion  # answers imports us

                return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
            dispatcher.utter_message(response="utter_what_if_unclear")
            return []
        on, base_on = when(changed, day), day
        stand_in = stand_in_day(household, day)
        if stand_in > on and any(c.birth_date == stand_in for c in changed.children or []):
            # a child imagined after the one on the way: what the family gets once both are born
            on = stand_in
        had = {c.birth_date for c in household.children or []}
        later_births = [
            c.birth_date
            for c in changed.children or []
            if c.birth_date > on and c.birth_date not in had
        ]
        if later_births and len(had) >= 2:  # "要是再生个老三呢 明年生 … 买房能贷多少": once
            # that child is born (clause 14 counts born children: 1,000,000 with two payers,
            # never the 900,000 of today; tester 89 c4)
            on = max(later_births)
        if twins_imagined(text, tracker.get_slot("children") or [], day):
            # twins beside one child, both once born: the loan ceiling of a two-child family
            # (clause 14) counts born children only
            on = base_on = max(c.birth_date for c in changed.children or [])
        by_year = births_told_by_year(text, household.city, day)
        change = render.describe_change(
            household, changed, lang, undated_on=stand_in_day(household, day), years_only=by_year
        )
        # "next year": a birth with its year alone has no day to count from; its items carry no
        # dates (tester 53 c10 read parental leave "1 Jan 2027 to 1 Jan 2030", act by 1 Jul 2027)
        no_dates = {*no_dates, *by_year}
        # "如果再生个老三呢 能贷多少": the measure named; "what if it's twins?" names none (the
        # search's guess is no question about it): every change is shown
        asked = (
            named_measure(text, household.city, lang)
            or amount_asked_of(text, household.city, lang)
            # "再要个老二 济南那600给不给": the monthly money named by its figure, of a child
            # imagined (a benefit supposed shows the 200 lost and the 600 kept instead)
            or (
                monthly_subsidy(household.city)
                if MONTHLY_FIGURE.search(text)
                and len(changed.children or []) > len(household.children or [])
                else None
            )
            or measure_in_talk(tracker, household, changed, on)
        )
        presumed = presumed_for(asked, changed, on) if asked is not None else ()
        if presumed:  # "那要是就我一个人交呢" after "公积金贷款最多能贷多少": a purchase, as asked
            household = household.model_copy(update=dict.fromkeys(presumed, True))
            changed = changed.model_copy(update=dict.fromkeys(presumed, True))
            change += render.presumed_condition(presumed, lang)
        base, other = evaluate(household, as_of=base_on), evaluate(changed, as_of=on)
        changed_slots = _slots_with(tracker.slots, changed)
        undated = _undated_children_kept(tracker.slots, household, changed)
        if undated:  # "if we buy a first home, both of us pay, max loan?" while the elder two's
            # dates are unknown: what those dates cannot change is decided (tester 35 c09)
            settled_base = settled_report(tracker.slots, day)
            settled_other = settled_report(changed_slots, day)
            if settled_base is not None and settled_other is not None:
                base, other = settled_base, settled_other
        payload = report_payload(changed, other, kind="what_if")
        only = (
            render.what_if_of(base, other, change, asked, lang, no_dates)
            if asked is not None and asked.city == household.city
            else None
        )
        later = (
            figure_after_birth(changed_slots, asked, lang, day)
            if only is not None
            and asked is not None
            and (undated or not _imagines_a_birth(household, changed))
            else None
        )
        if only is not None and later is not None:  # 900,000 now, 1,000,000 after the 3rd
            lines = only.split("\n")
            at = next((i for i, x in enumerate(lines) if x.startswith("•")), 0) + 1
            only = "\n".join([*lines[:at], later, *lines[at:]])
        if only is not None and asked is not None:  # "…how much can we borrow then? and the
            # rent thing?": each measure asked, for the same imagined family (tester 52 c07)
            for more in other_measures_asked(text, household.city, lang, asked):
                extra = render.what_if_of(base, other, change, more, lang, no_dates)
                if extra is not None:
                    only += "\n" + extra.split("\n", 1)[1]
        if not _birth_told(household, changed, stand_in):
            no_dates.add(stand_in)  # the imagined child's date is a stand-in too
        reply = only if only is not None else render.what_if(base, other, change, lang, no_dates)
        summed = (
            render.total_once_born(other, changed, lang)
            if only is None
            and (WHAT_IF_TOTAL.search(text) or MULTIPLES_SUPPOSED.search(text))
            and len(changed.children or []) > len(household.children or [])
            else None
        )
        if summed is not None:  # "要是生的是双胞胎呢 一共多少钱": the sum once born, after the
            # what-if's first line (tester 124 p5 heard only the 3rd child's 600)
            head, _, rest = reply.partition("\n")
            reply = "\n".join([head, summed, rest])
        if only is not None and EVERYTHING_ASKED.search(text):
            # "what if we have a 3rd kid next year - what would that one get? and the max
            # loan…": everything the birth brings, then the measure named (tester 78 c8)
            every = render.what_if(
                evaluate(household.model_copy(update=dict.fromkeys(presumed, None)), as_of=base_on)
                if presumed
                else base,
                other,
                render.describe_change(
                    household, changed, lang, undated_on=stand_in, years_only=by_year
                ),
                lang,
                no_dates,
            )
            reply = every + "\n\n" + only
        dispatcher.utter_message(text=reply, json_message=payload)
        return [] if asked is None or only is None else about(asked)
