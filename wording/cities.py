"""The cities as data (cities.yaml): their names in Chinese and English and the words that name
them. Read by the chat (replies, fact parser, side questions), the search and the web app."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from wording.language import Lang

CITIES_FILE = Path(__file__).with_name("cities.yaml")


@dataclass(frozen=True)
class City:
    id: str
    zh: str
    en: str
    words: tuple[str, ...]
    # Letters that name the city only as a word of their own ("bj", "in BJ"), never inside one.
    short: tuple[str, ...] = ()

    def name(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    @property
    def pattern(self) -> re.Pattern[str]:
        """Any of the city's words, or its short letters standing alone, case-insensitive."""
        words = [re.escape(w) for w in self.words]
        words += [rf"(?<![a-z]){re.escape(w)}(?![a-z])" for w in self.short]
        return re.compile("|".join(words), re.I)


def _load() -> dict[str, City]:
    raw = yaml.safe_load(CITIES_FILE.read_text(encoding="utf-8"))
    return {
        key: City(
            id=key,
            zh=value["zh"],
            en=value["en"],
            words=tuple(value["words"]),
            short=tuple(value.get("short", ())),
        )
        for key, value in raw.items()
    }


CITIES: dict[str, City] = _load()
# {"jinan": {"zh": "济南", "en": "Jinan"}, ...}, the shape the replies and the console index.
CITY_NAMES: dict[str, dict[Lang, str]] = {
    key: {"zh": c.zh, "en": c.en} for key, c in CITIES.items()
}


def choices() -> str:
    """The cities there are, for an error: "'jinan' or 'beijing'"."""
    return " or ".join(repr(key) for key in CITIES)


def city_name(city: str, lang: Lang) -> str:
    return CITIES[city].name(lang)


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    return {key: c.pattern for key, c in CITIES.items()}


def mentioned_city(text: str) -> str | None:
    """The one city the text names ("济南 陪产假", "leave in Beijing"); when it names both, the
    one its last part names alone ("我是热线 济南的 北京陪产假几天": Beijing); else None."""
    lowered = text.lower()
    named = [c for c in _named(lowered) if c not in _drawn_there(lowered)]
    if len(named) == 1:
        if HEARSAY.search(lowered) and HERE.search(lowered):
            return None  # "my friend in jinan said 15 days, so 15 here too?": not Jinan's asked
        return named[0]
    if len(named) > 1 and len(own := [c for c in named if c not in _likened(lowered)]) == 1:
        return own[0]  # "a monthly cash subsidy in beijing like jinan?": Beijing's asked
    if named and not COMPARED.search(lowered):  # "Jinan or Beijing?", 北京和济南: both asked
        parts = [p for p in re.split(r"[\s,，。;；!！?？]+", lowered) if p]
        last = next((_named(p) for p in reversed(parts) if _named(p)), [])
        return last[0] if len(last) == 1 else None
    return None


# A city named only as where someone else heard a rule, beside the asker's own place: the
# question is about the family's city ("我朋友在济南 说有15天 我们这边也是吧").
HEARSAY = re.compile(
    r"朋友|同事|亲戚|邻居|听说|听人说|人家说|别人说|网上说|"
    r"\bfriends?\b|\bcolleagues?\b|\bneighbou?rs?\b|\bsomeone\b|\bheard\b|\bsaid\b|\btold\b"
)
HERE = re.compile(
    r"我们这|我们那边|咱们?这|俺们?这|这边|这里|本地|当地|"
    r"\bhere\b|\bour city\b|\bwhere we live\b|\bfor us\b"
)
COMPARED = re.compile(r"\bor\b|\band\b|\bvs\b|\bversus\b|\bcompared\b|和|还是|与|跟|或|比")


# A city named only as the example another city is held up to ("is there a monthly cash
# subsidy in beijing like jinan?", "北京有没有像济南那样的补贴"): not the city asked about.
LIKENED = (
    r"(?:\blike\s+(?:in\s+)?|\bas\s+in\s+|\bsimilar\s+to\s+|\bsame\s+as\s+(?:in\s+)?|像|照着?)"
)


# ... or right before one ("济南那种每月600的补贴", "济南那样的"); not 一样, which also
# compares two cities asked about ("北京和济南一样吗").
LIKENED_AFTER = r"(?:那样|那种)"


# A city named only as where a benefit was drawn ("她在领失业金（北京领的）", "dibao we got in
# beijing"): not the plan asked about (tester 99 h2's Jinan call turned to Beijing's items).
DRAWN_AFTER = r"\s*(?:那边|那儿|那里)?\s*(?:领的|领过|领了)"


def _drawn_there(lowered: str) -> set[str]:
    """The cities `lowered` names only as where a benefit was drawn (北京领的, "got it in
    beijing")."""
    return {
        key
        for key, c in CITIES.items()
        if (found := list(c.pattern.finditer(lowered)))
        and all(
            re.match(DRAWN_AFTER, lowered[m.end() :])
            or (re.search(r"\b(?:got|drew|drawn|received|claimed)\s+in\s*$", lowered[: m.start()]))
            for m in found
        )
    }


def _likened(lowered: str) -> set[str]:
    """The cities `lowered` names only right after a likening word (like, as in, 像) or right
    before one (那种, 那样, 一样)."""
    return {
        key
        for key, c in CITIES.items()
        if all(
            re.search(LIKENED + r"$", lowered[: m.start()])
            or re.match(LIKENED_AFTER, lowered[m.end() :])
            for m in c.pattern.finditer(lowered)
        )
        and c.pattern.search(lowered)
    }


def likened_city(text: str, home: str | None = None) -> str | None:
    """The city `text` names only as the example another city is held up to ("in beijing like
    jinan?": Jinan); that other city is named too, or is `home`, the family's city ("Is there a
    monthly cash subsidy like Jinan?" from a Beijing family, tester 35 c07). None when it names
    no city that way, or names only the family's own."""
    lowered = text.lower()
    named = _named(lowered)
    likened = [c for c in named if c in _likened(lowered)]
    if len(likened) != 1:
        return None
    if len(named) > 1:
        return likened[0]
    return likened[0] if home in CITIES and home != likened[0] else None


def city_asked(text: str, home: str | None) -> str | None:
    """The city whose plan `text` asks about: the one it names, unless named only as the example
    held up to the family's own ("can we take out our housing fund for rent like jinan?" from a
    Beijing family: Beijing's plan asked, tester 36 c08); else `home`."""
    named = mentioned_city(text)
    if named is not None and named == likened_city(text, home):
        return home
    return named or home


def without_likened(text: str, home: str | None = None) -> str:
    """`text` without its likened city and the word before it ("…in beijing like jinan?" →
    "…in beijing?"), so that the question is the one asked of the other city."""
    city = likened_city(text, home)
    if city is None:
        return text
    where = "(?:" + CITIES[city].pattern.pattern + ")"
    said = re.sub(
        f"(?:{LIKENED}{where}(?:{LIKENED_AFTER}|一样|似的)?|{where}{LIKENED_AFTER})(?:的)?",
        "",
        text,
        flags=re.I,
    )
    return re.sub(r"\s+([?？])", r"\1", re.sub(r"\s{2,}", " ", said)).strip()


def _named(lowered: str) -> list[str]:
    return [key for key, c in CITIES.items() if any(w in lowered for w in c.words)]


def named_cities(text: str) -> list[str]:
    """Every city `text` names, in the order of CITIES."""
    return _named(text.lower())


def cities_meant(text: str, known: str | None) -> list[str]:
    """The cities a question is about: the one it names, else the family's, else all of them."""
    city = mentioned_city(text) or known
    return [city] if city in CITIES else list(CITIES)
