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

    def name(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    @property
    def pattern(self) -> re.Pattern[str]:
        """Any of the city's words, case-insensitive."""
        return re.compile("|".join(re.escape(w) for w in self.words), re.I)


def _load() -> dict[str, City]:
    raw = yaml.safe_load(CITIES_FILE.read_text(encoding="utf-8"))
    return {
        key: City(id=key, zh=value["zh"], en=value["en"], words=tuple(value["words"]))
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
    """The one city the text names ("济南 陪产假", "leave in Beijing"); None for none or both."""
    lowered = text.lower()
    named = [key for key, c in CITIES.items() if any(w in lowered for w in c.words)]
    return named[0] if len(named) == 1 else None


def cities_meant(text: str, known: str | None) -> list[str]:
    """The cities a question is about: the one it names, else the family's, else all of them."""
    city = mentioned_city(text) or known
    return [city] if city in CITIES else list(CITIES)
