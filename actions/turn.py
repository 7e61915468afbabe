"""What the bot has already said in the current turn, so that an answer two actions reach (the
form's and the result's) is sent once."""

import re

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


# A sentence within a line: up to its 。！？ (or ". ", "? ", "! " in English), the mark kept.
SENTENCE = re.compile(r"[^。！？!?\n]+?(?:[。！？]|[.!?](?=\s|$))\s*|[^。！？!?\n]+$")
MIN_REPEATED = 6  # shorter pieces ("对。", "Yes.") may well stand twice


def no_sentence_twice(text: str) -> str:
    """`text` with a sentence that a line already said once left out the second time (tester
    37 r03: "方案要求济南户籍；户口迁入济南以前，您家不符合这一条件。" twice in a row, one wording
    reached by two paths of one reply); lines themselves, and short sentences, are kept."""
    lines = []
    for line in text.split("\n"):
        seen: set[str] = set()
        kept = []
        for piece in SENTENCE.findall(line):
            key = piece.strip()
            if len(key) >= MIN_REPEATED and key in seen:
                continue
            seen.add(key)
            kept.append(piece)
        lines.append("".join(kept) if kept else line)
    return "\n".join(lines)
