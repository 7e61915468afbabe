"""The plans' Chinese terms typed in pinyin inside an English message ("how many days chanjia
and peichanjia", "is there yuer butie"), read as the English terms the knowledge base's entries
use, so the question finds its measure (tester 115: "how many days chanjia … and peichanjia"
was answered "the Jinan plan gives no such figure" beside Jinan clause 11's 158 and 15 days).

`in_english_terms(text)` returns the text with each term replaced; other text is unchanged."""

import re

# Longest first, so peichanjia is never read as its tail chanjia.
_TERMS: tuple[tuple[str, str], ...] = (
    (r"pei ?chan ?jia", "paternity leave"),
    (r"bu ?ru ?jia", "breastfeeding leave"),
    (r"yu ?'?er ?jia", "parental leave"),
    (r"chan ?jia", "maternity leave"),
    (r"yu ?'?er ?bu ?tie", "childcare subsidy"),
    (r"sheng ?yu ?jin ?tie", "maternity allowance"),
    (r"sheng ?yu ?bao ?xian", "maternity insurance"),
    (r"tuo ?yu ?bu ?tie", "nursery subsidy"),
    (r"you ?er ?yuan", "kindergarten"),
    (r"bu ?tie", "subsidy"),  # "Beijing also give this butie?" (tester 116 p9)
    (r"shi ?ye ?jin", "unemployment benefit"),
)
_PATTERN = re.compile(r"\b(?:" + "|".join(f"(?:{pattern})" for pattern, _ in _TERMS) + r")\b", re.I)


def _english(match: re.Match[str]) -> str:
    typed = re.sub(r"[ ']", "", match.group(0)).lower()
    for pattern, words in _TERMS:
        if re.fullmatch(pattern, typed, re.I):
            return words
    return match.group(0)


def in_english_terms(text: str) -> str:
    """ "how many days chanjia and peichanjia" -> "how many days maternity leave and paternity
    leave"; a message with no pinyin term, or with Chinese characters, is returned as it is."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    return _PATTERN.sub(_english, text)
