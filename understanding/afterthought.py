"""A fact told as an afterthought ("哦对了 忘说了 生老二的时候我在领失业金", "oh and she was on
unemployment benefit when our 2nd was born") of a fact already known otherwise: the later word
puts the earlier one right, so it is a correction (tester 49 c06 had "没领低保" kept and was
told "不是800元")."""

import re
from dataclasses import replace
from typing import Any

from understanding.text import normalise
from understanding.updates import FactUpdate

# The words that add what was left out: 忘说了, 对了 (not 说对了/对了吗), 还有个事, 补充一下,
# "oh and", "forgot to mention", "btw", "one more thing".
AFTERTHOUGHT = re.compile(
    r"忘(?:了|记)?(?:说|讲|提|告诉)|(?<![算说答猜写做记数弄搞])对了(?![吗吧没不么嘛])|还有(?:个|一个|件)?事"
    r"|补充(?:一下|一句|说)?|顺便(?:说|提)|另外(?:说一下|还有)"
    r"|\boh,? (?:and|also|right|yes|yeah)\b|\bforgot (?:to (?:say|mention|tell|add)|that)\b"
    r"|\bbtw\b|\bby the way\b|\bone more thing\b|\bi should (?:have )?(?:said|mentioned)\b",
    re.I,
)


def _known_value(known: dict[str, Any], u: FactUpdate) -> Any:
    """The value the conversation holds for the fact `u` states (None: not known)."""
    if not u.fact.startswith("child."):
        return known.get(u.fact)
    field = u.fact.split(".", 1)[1]
    children = list(known.get("children") or [])
    if u.child is None or not 0 < u.child <= len(children):
        return None
    value = children[u.child - 1].get(field)
    if value is None and field == "hardship_at_birth":
        return known.get("hardship_at_birth")  # said of the births together
    return value


def afterthoughts_correct(
    text: str, known: dict[str, Any] | None, updates: list[FactUpdate]
) -> list[FactUpdate]:
    """`updates` with a yes/no fact told after an afterthought word, of a value known to be the
    other one, marked a correction."""
    if not known or not AFTERTHOUGHT.search(normalise(text)):
        return updates
    marked: list[FactUpdate] = []
    for u in updates:
        before = _known_value(known, u) if u.kind == "statement" else None
        if isinstance(u.value, bool) and isinstance(before, bool) and before != u.value:
            u = replace(u, kind="correction")
        marked.append(u)
    return marked
