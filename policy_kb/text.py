"""Bilingual text values shared by the knowledge base and the report."""

from pydantic import BaseModel, ConfigDict, Field

# The two languages are defined once, in the wording layer (standard library only).
from wording.language import LANGS as LANGS
from wording.language import Lang as Lang


class Text(BaseModel):
    """One piece of text in Chinese and English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


class TextList(BaseModel):
    """A list of lines (steps, synonyms) in Chinese and English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    def get(self, lang: Lang) -> list[str]:
        return self.zh if lang == "zh" else self.en


def ordinal(n: int) -> str:
    """An English ordinal: 1 -> '1st', 2 -> '2nd', 3 -> '3rd', 11 -> '11th', 21 -> '21st'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
