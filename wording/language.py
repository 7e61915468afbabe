"""Which language a text is written in, decided one way everywhere (chat actions, search, the
REST channel, the action-failure apology), and `t`, the choice between two wordings.

Standard library only: the Rasa environment (pydantic v1) imports this module too."""

import re
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

# CJK Unified Ideographs with Extension A (U+3400-U+9FFF) and the Compatibility Ideographs
# (U+F900-U+FAFF): a message with any of them is Chinese.
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Two Latin letters in a row: "ok" is English, a lone "x" or "2" is neither.
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


ENGLISH_WORDS = 3  # Latin words that make a sentence English, beside no more Chinese characters


def has_chinese(text: str) -> bool:
    return CJK.search(text) is not None


def written_language(text: str) -> Lang | None:
    """The script of the text: "zh" for Chinese, "en" for Latin words, else None (digits,
    emoji, a single letter). An English sentence with a few Chinese characters in it ("My son
    is 1米25 tall", "we get 低保 since 2020") is English."""
    if has_chinese(text):
        latin = len(LATIN_WORD.findall(text))
        return "en" if latin >= ENGLISH_WORDS and len(CJK.findall(text)) <= latin else "zh"
    if LATIN_WORD.search(text):
        return "en"
    return None


def t(lang: Lang, zh: str, en: str) -> str:
    """The wording in `lang`."""
    return zh if lang == "zh" else en


# Words that keep their capital inside a sentence: places, the language, "I", and acronyms
# (HPF, CT): "…: Beijing strictly implements …", not "…: beijing strictly implements …".
_KEEPS_CAPITAL = re.compile(
    r"(?:Beijing|Jinan|China|Chinese|Shandong|Hebei|Spring Festival|I)\b|[A-Z]{2,}\b"
)


def lower_first(sentence: str) -> str:
    """An English sentence or title set inside another one: its first letter lower-cased unless
    the first word is a name, "I" or an acronym."""
    if not sentence or _KEEPS_CAPITAL.match(sentence):
        return sentence
    return sentence[:1].lower() + sentence[1:]
