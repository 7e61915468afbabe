"""A height asked of a baby not yet born ("how can i know her height she's not born yet", 还没生
哪知道多高): no height is needed for it, the rule is said instead (Beijing (12): under 1.3 m rides
free, so from the birth), and whose height is still asked, if anyone's (tester 46 c05)."""

import re
from typing import Any

from actions.form_questions import heights_asked, not_born_yet
from actions.render import heights_named
from policy_kb.kb import catalogue
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

HEIGHT = re.compile(r"height|how tall|身高|多高|个子|几米", re.I)
UNBORN = re.compile(
    r"not (?:been )?born|isn'?t born|unborn|not here yet|still (?:pregnant|in the belly)"
    r"|还没(?:生|出生|生下来)|没出生|没生呢|还在肚子|在肚子里",
    re.I,
)


def unborn_height_line(slots: dict[str, Any], text: str, lang: Lang) -> str | None:
    """The rule of the city's free transit by height for a family with a baby on the way, when
    the message says a height cannot be known before the birth; None otherwise."""
    said = normalise(text)
    if not (HEIGHT.search(said) and UNBORN.search(said)):
        return None
    children = slots.get("children_partial") or slots.get("children") or []
    if not any(isinstance(c, dict) and not_born_yet(c) for c in children):
        return None
    entry = next(
        (
            e
            for e in catalogue().entries.values()
            if e.city == slots.get("city") and "max_height_m" in e.parameters
        ),
        None,
    )
    if entry is None:
        return None
    clause = clause_name(entry.clause, lang)
    line = t(
        lang,
        f"还没出生的孩子不用报身高：{entry.summary.zh}孩子出生后就可以（{clause}）。",
        f"No height is needed for the baby on the way: {entry.summary.en} So the baby rides free "
        f"from the birth ({clause}).",
    )
    heights = heights_asked(slots)
    if heights:
        line += t(
            lang,
            f"我要问的是{heights_named(heights, lang)}。",
            f" The height I asked for is {heights_named(heights, lang).removeprefix('the ')}.",
        )
    return line
