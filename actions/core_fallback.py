"""Rasa's core fallback (`action_default_fallback`, bot/config.yml), overridden: the turn that
no rule foresaw after an answer was given ends with that answer.

The built-in action says utter_default ("抱歉，我没太明白…") and reverts the citizen's message.
A turn the NLU was unsure of is routed to the household form (actions/answers.py), which may read
the facts and answer; when the form then completes, no rule foresees the next step and the core
fallback ran: tester 49 c09 read a right answer followed by "抱歉，我没太明白", and the facts
read that turn were reverted (asked again later). With something already said this turn, the
fallback says nothing, keeps what the turn read and listens; with nothing said, it is Rasa's own,
except that "so we get nothing, right?" or a protest at the cut-off after the family's answer is
answered (actions.none_confirmed, actions.cutoffs)."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.cutoffs import cutoff_answer
from actions.language import reply_language
from actions.none_confirmed import nothing_put_back


def answered_this_turn(tracker: Tracker) -> bool:
    """Whether the bot said anything since the citizen's last message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and (event.get("text") or "").strip():
            return True
    return False


class ActionDefaultFallback(Action):
    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if answered_this_turn(tracker):
            # the turn ends on that answer: with no event the policies predict this fallback
            # again until Rasa's limit, and the turn never returns to listening (tester 53 c05)
            return [FollowupAction("action_listen")]
        text = tracker.latest_message.get("text") or ""
        if tracker.get_slot("result_shown") and (
            nothing_put_back(text) or cutoff_answer(tracker, text, reply_language(tracker))
        ):
            # "一分钱都没有是吧" read as a no to no rule's offer: the family's own 对，没有 (Jinan
            # clause 12), not "没太明白" (tester 47 c8)
            from actions.answers import ActionAnswerPolicyQuestion

            return await ActionAnswerPolicyQuestion().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_default")
        return [UserUtteranceReverted()]
