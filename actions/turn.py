"""What the bot has already said in the current turn, so that an answer two actions reach (the
form's and the result's) is sent once."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def said_this_turn(tracker: Tracker, dispatcher: CollectingDispatcher) -> set[str]:
    """The texts of the bot's messages since the user's last message: the events of earlier
    actions this turn and this action's own messages so far."""
    said: set[str] = set()
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot" and event.get("text"):
            said.add(str(event["text"]))
    return said | {str(m["text"]) for m in dispatcher.messages if m.get("text")}


def utter_once(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """Send `text` unless it was already sent this turn, alone or within a longer message (an
    answer joined with another measure's by an earlier action: tester 17 read it twice)."""
    if not any(text in said for said in said_this_turn(tracker, dispatcher)):
        dispatcher.utter_message(text=text)
