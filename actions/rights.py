"""An employer not granting leave or the maternity allowance ("单位不给休陪产假"): what the plan
says, with its clauses, and where to turn, for the measure meant; no questions asked."""

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import render
from actions.language import reply_language
from actions.side_questions import MIN_WORD_SCORE, about
from policy_kb.errors import InputError
from policy_kb.models import Entry
from policy_kb.search import search
from wording.cities import cities_meant

RIGHTS_KINDS = ("leave", "insurance")  # what an employer grants or pays
# An employer or a refusal named ("单位不给休", "老板说没有", "work denied my leave"): without
# one the message asks about the leave itself ("我跟我老婆今年还能休育儿假不", tester 33 c09),
# and gets the family's answer, not the employer's duty.
REFUSAL = re.compile(
    r"单位|公司|老板|领导|主管|厂里|用人|人事|不给|不让|不批|不准|拒绝|克扣|扣了|扣钱|扣工资|不发|不承认|不执行"
    r"|\b(?:employer|company|boss|manager|firm|work|hr|they)\b"
    r"|won'?t|refus|denied|docked|isn'?t paying",
    re.I,
)


def measure_refused(text: str, city: str) -> Entry | None:
    """The leave or insurance measure of `city` the message is about, or None."""
    try:
        hits = search(text, lang=None, city=city, limit=5)
    except InputError:
        return None
    return next(
        (h.entry for h in hits if h.entry.kind in RIGHTS_KINDS and h.word_score >= MIN_WORD_SCORE),
        None,
    )


class ActionRightsProblem(Action):
    """The plan's words and the lead department, for the family's city or, unknown, both."""

    def name(self) -> str:
        return "action_rights_problem"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if not REFUSAL.search(text):
            from actions.answers import ActionAnswerPolicyQuestion  # answers imports much

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        lang = reply_language(tracker)
        cities = cities_meant(text, tracker.get_slot("city"))
        found = [e for e in (measure_refused(text, c) for c in cities) if e is not None]
        if not found:
            dispatcher.utter_message(text=render.rights_not_found(lang))
            return []
        dispatcher.utter_message(
            text="\n\n".join(render.rights_answer(e, lang, text) for e in found)
        )
        return about(found[0])
