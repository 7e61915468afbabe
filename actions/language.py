"""Which language to answer in: what the user asks for, else the script they write in."""

import re
from typing import Any

from rasa_sdk import Tracker

from policy_kb.text import Lang

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
ASK_ENGLISH = re.compile(r"英文|英语|english|in en\b", re.I)
ASK_CHINESE = re.compile(r"中文|汉语|普通话|chinese|mandarin", re.I)
DEFAULT: Lang = "zh"


def requested_language(text: str) -> Lang | None:
    """An explicit request ("please answer in English", "说中文")."""
    wants_en, wants_zh = bool(ASK_ENGLISH.search(text)), bool(ASK_CHINESE.search(text))
    if wants_en != wants_zh:
        return "en" if wants_en else "zh"
    return None


def written_language(text: str) -> Lang | None:
    """The script of the message; None for neutral input ("2", "ok", emoji)."""
    if _CJK.search(text):
        return "zh"
    if _LATIN.search(text):
        return "en"
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
    if written and not _is_short_latin_in_chinese(text, current):
        return written
    return "en" if current == "en" else "zh" if current == "zh" else DEFAULT


def _is_short_latin_in_chinese(text: str, current: str | None) -> bool:
    """'ok' or 'hukou' alone in a Chinese conversation does not switch it to English."""
    return current == "zh" and not _CJK.search(text) and len(text.split()) <= 1
