"""What there is in money, asked while the form still has questions ("有啥补贴", "老二有啥补贴",
"能有啥补贴", "any subsidies for us?"; tester 24 c01, c05, r6 got the insurance or hukou
question and no figure): the monthly money as far as the facts go (Jinan clause 12: 600 a month,
800 with benefits at the birth; "如果是济南户口" while the hukou is open) comes first, then the
form asks the question that decides the rest."""

import re
from datetime import date
from typing import Any

from actions.focus import WHOLE_CHECK, _fills
from policy_kb.text import Lang
from understanding.text import normalise

# Money words in a question about everything there is: 有啥补贴, 能领什么钱, any subsidies.
MONEY_WORDS = re.compile(
    r"补贴|补助|钱|多少|\bcash\b|\bmoney\b|\bsubsid\w*|\ballowances?\b|\bhow much\b|\bfinancial\b",
    re.I,
)


def asks_whole_money(text: str) -> bool:
    """Whether `text` asks what money there is for the family, naming no one measure
    ("能有啥补贴", "老二有啥补贴", "what subsidies can we get"), not everything in general
    ("what can we get?" goes on with the full check)."""
    said = normalise(text)
    return bool(WHOLE_CHECK.search(said) and MONEY_WORDS.search(said))


def money_so_far(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """The monthly money as far as the facts go (results.monthly_total_for: conditional on the
    hukou or the benefits at the birth while they are open); while some children's dates are
    unknown, only when the answer is the same whatever those dates are (老二 born today is the
    2nd child whenever 老大 was born). None when nothing can be said yet."""
    from actions.results import monthly_total_for  # results imports the form, which imports us

    answer = monthly_total_for(slots, text, lang, until=True)
    partial = slots.get("children_partial")
    if answer is not None or slots.get("children") or not partial:
        return answer
    answers = {
        monthly_total_for({**slots, "children": fill}, text, lang, until=True)
        for fill in _fills(list(partial), day)
    }
    return answers.pop() if len(answers) == 1 else None
