"""A part of a citizen's message answered alone, with the name of the measure it asks of put
before it ("我带孩子有没有啥补贴" from a grandmother: the grandparents' measure), and the
citizen's own words taken back from it: facts are read from what the citizen wrote, never from
a measure's name ("二孩三孩参加居民医保…" before "小孩的医保要自己交钱不" was read as the
mother's resident cover at the birth; tester 46 c6)."""

from policy_kb.models import Entry
from policy_kb.text import Lang

# The texts `titled` made, each with the citizen's words in it (kept for the turns in flight;
# cleared when it grows past MAX_KEPT).
_MADE: dict[str, str] = {}
MAX_KEPT = 1000


def titled(entry: Entry, lang: Lang, words: str, sep: str | None = None) -> str:
    """`words` with `entry`'s name before it, joined by `sep` (none in Chinese, ": " in
    English, when not given)."""
    joint = sep if sep is not None else ("" if lang == "zh" else ": ")
    made = f"{entry.title.get(lang)}{joint}{words}"
    if len(_MADE) >= MAX_KEPT:
        _MADE.clear()
    _MADE[made] = words
    return made


def citizens_words(text: str) -> str:
    """The citizen's words of a text `titled` made; any other text as it is (a message that
    opens on a measure's name, "育儿假是夫妻各10天还是一共10天", is the citizen's own)."""
    return _MADE.get(text, text)
