"""Which language to answer in: what the user asks for, else the script they write in
(wording.language.written_language, the one script test of the project)."""

import re
from typing import Any

from rasa_sdk import Tracker

from wording.language import LATIN_WORD, Lang, has_chinese, written_language

# A request, not the word in passing ("we are not chinese citizens" asks for no Chinese).
_ASK = r"(?:in|speak|use|switch to|change to|reply in|answer in|write in|talk in)\s+"
ASK_ENGLISH = re.compile(
    r"英文|英语|" + _ASK + r"english\b|^\W*english\W*(?:please|pls)?\W*$|in en\b", re.I
)
ASK_CHINESE = re.compile(
    r"中文|汉语|普通话|" + _ASK + r"(?:chinese|mandarin)\b"
    r"|^\W*(?:chinese|mandarin)\W*(?:please|pls)?\W*$",
    re.I,
)
DEFAULT: Lang = "zh"


def requested_language(text: str) -> Lang | None:
    """An explicit request ("please answer in English", "说中文")."""
    wants_en, wants_zh = bool(ASK_ENGLISH.search(text)), bool(ASK_CHINESE.search(text))
    if wants_en != wants_zh:
        return "en" if wants_en else "zh"
    return None


def language_of(slots: dict[str, Any], text: str) -> Lang:
    """The reply language: an explicit request, else the slot set earlier, else the script."""
    chosen = slots.get("language")
    if chosen in ("zh", "en"):
        return "zh" if chosen == "zh" else "en"
    return written_language(text) or DEFAULT


def reply_language(tracker: Tracker) -> Lang:
    """The language to answer the tracker's latest message in."""
    return language_of(tracker.slots, tracker.latest_message.get("text") or "")


def detect(text: str, current: str | None) -> Lang:
    """The language to switch to after `text`: a request wins, then the script, then `current`."""
    asked = requested_language(text)
    if asked:
        return asked
    written = written_language(text)
    if (
        written
        and not _is_short_latin_in_chinese(text, current)
        and not _keeps_english(text, current)
    ):
        return written
    return "en" if current == "en" else "zh" if current == "zh" else DEFAULT


def _is_short_latin_in_chinese(text: str, current: str | None) -> bool:
    """'ok' or 'hukou' alone in a Chinese conversation does not switch it to English."""
    return current == "zh" and not has_chinese(text) and len(text.split()) <= 1


def _keeps_english(text: str, current: str | None) -> bool:
    """An English conversation stays English on a message in both scripts with two English
    words or more ("那老大呢 he is 1.25m", "济南户口 two kids"); "ok 我们在济南" switches."""
    return current == "en" and has_chinese(text) and len(LATIN_WORD.findall(text)) >= 2
