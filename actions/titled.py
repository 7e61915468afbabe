"""A part of a citizen's message answered alone, with the name of the measure it asks of put
before it ("我带孩子有没有啥补贴" from a grandmother: the grandparents' measure), and the
citizen's own words taken back from it: facts are read from what the citizen wrote, never from
a measure's name ("二孩三孩参加居民医保…" before "小孩的医保要自己交钱不" was read as the
mother's resident cover at the birth; tester 46 c6)."""

from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang


def titled(entry: Entry, lang: Lang, words: str, sep: str | None = None) -> str:
    """`words` with `entry`'s name before it, joined by `sep` (none in Chinese, ": " in
    English, when not given)."""
    joint = sep if sep is not None else ("" if lang == "zh" else ": ")
    return f"{entry.title.get(lang)}{joint}{words}"


def citizens_words(text: str) -> str:
    """`text` without a measure's name that `titled` put before it; `text` itself otherwise."""
    for entry in catalogue().entries.values():
        for title in (entry.title.zh, entry.title.en):
            if text.startswith(title) and len(text) > len(title):
                return text[len(title) :].lstrip(": ")
    return text
