"""The sex of each child, kept from the words that told its age or birth ("the girl is 7 and my
son just turned 2", "she's 5 and the boy is 1", 女儿7岁 儿子2岁), so that a later "my son is
1.1m" or "is my daughter free on the bus" is the right child's, never a guess asked three
times nor a new child (tester 27 c02, r2, x2)."""

import dataclasses
import re
from typing import Any

from understanding.text import normalise
from understanding.updates import FactUpdate

# A child named by its sex; the last one before a figure is the child it is told of.
GIRL = r"\b(?:girl|daughter|she|she's|her)\b|女儿|闺女|丫头|姑娘|女孩|女娃|小公主"
BOY = r"\b(?:boy|son|he|he's|hes|him|his)\b|儿子|小子|男孩|男娃|小伙"
SEX_WORD = re.compile(rf"(?P<f>{GIRL})|(?P<m>{BOY})", re.I)
# Where one child's words end: a sentence, a clause, "and", 和/还有.
BREAK = re.compile(r"[.;!?。；！？，,\n]|\band\b|\bwhile\b|和|还有|另外")
DATED = ("child.birth_date", "child.due_date")
HEIGHTS = ("child.height_cm", "child.height_below_cm")


def _sex_before(text: str, start: int, floor: int) -> str | None:
    """'f' or 'm': the sex word nearest before `start` and after `floor`, in the clause of
    `start` ("my son is 1.1m": m); None when none names one there."""
    cut = max([floor, *(m.end() for m in BREAK.finditer(text, floor, start))])
    words = list(SEX_WORD.finditer(text, cut, start))
    if not words:
        return None
    return "f" if words[-1].group("f") else "m"


def _spans(text: str, understood: list[FactUpdate]) -> list[tuple[FactUpdate, int]]:
    """Each child update with where its words start in `text` (searched in order, so "7 … 2"
    find their own places); updates whose words are not found are left out."""
    found: list[tuple[FactUpdate, int]] = []
    cursor = 0
    for u in understood:
        if not u.fact.startswith("child.") or not u.span:
            continue
        at = text.find(u.span.strip().lower(), cursor)
        if at < 0:
            at = text.find(u.span.strip().lower())
        if at >= 0:
            found.append((u, at))
            cursor = at + len(u.span.strip())
    return found


def sexes_told(text: str, understood: list[FactUpdate]) -> dict[int, str]:
    """The birth order and sex of each child whose age or birth the message told with its sex
    ("the girl is 7 and my son just turned 2": {1: 'f', 2: 'm'})."""
    said = normalise(text)
    told: dict[int, str] = {}
    floor = 0
    for u, at in _spans(said, understood):
        if u.fact in DATED and u.child is not None:
            sex = _sex_before(said, at, floor)
            if sex is not None:
                told[u.child] = sex
        floor = at + len(u.span.strip())
    return told


def with_sexes(children: list[dict[str, Any]], told: dict[int, str]) -> list[dict[str, Any]]:
    """The children with the sexes told set on them (a child's sex once told is kept)."""
    return [{**c, "sex": told[i]} if i in told else c for i, c in enumerate(children, start=1)]


def heights_placed_by_sex(
    text: str, understood: list[FactUpdate], children: list[dict[str, Any]]
) -> list[FactUpdate]:
    """Heights told of a child named by its sex ("my son is 1.1m", 闺女一米三五) put on the one
    child of that sex, known from before or told in this message ("my daughter is 6 and my son
    is 3. my son is 1.1m": the 2nd child, not a 3rd); the others as they were."""
    said = normalise(text)
    told = sexes_told(text, understood)
    known = {i: c.get("sex") for i, c in enumerate(children, start=1) if c.get("sex")}
    sexes = {**known, **told}
    dated = {u.child for u in understood if u.fact in DATED and u.child is not None}
    count = max([len(children), *dated]) if dated or children else 0
    placed: dict[int, FactUpdate] = {}
    floor = 0
    for u, at in _spans(said, understood):
        if u.fact in HEIGHTS and u.value is not None:
            # the sex word may open the height's own words ("she's 1.15m"): up to its figure
            figure = next((i for i, ch in enumerate(u.span.strip()) if ch.isdigit()), 0)
            sex = _sex_before(said, at + figure, floor)
            which = [i for i, s in sexes.items() if s == sex and i <= count]
            if sex is not None and len(which) == 1:
                placed[id(u)] = dataclasses.replace(u, child=which[0], guessed=False)
        floor = at + len(u.span.strip())
    return [placed.get(id(u), u) for u in understood]


def placed_by_sex(update: FactUpdate) -> bool:
    """Whether an update is a height (the facts `heights_placed_by_sex` places)."""
    return update.fact in HEIGHTS


# A parent or grandparent of a sex, named before a pronoun of that sex: "my wife works at a
# company, what leave does she get" asks of the wife, not of the family's daughter (tester 45 e2).
PRONOUN = re.compile(r"(?:she|she's|her|he|he's|hes|him|his)", re.I)
ADULT_F = re.compile(
    r"\b(?:wife|mother|mom|mum|grandma|granny|nainai|laolao)\b|老婆|媳妇|妻子|孩子妈|宝妈|奶奶|姥姥|外婆"
)
ADULT_M = re.compile(
    r"\b(?:husband|hubby|father|dad|daddy|grandpa|granddad)\b|老公|丈夫|孩子爸|孩子他爸|爷爷|姥爷|外公"
)


def _pronoun_of_an_adult(said: str, m: re.Match[str]) -> bool:
    """Whether the sex word `m` is a pronoun after a parent of that sex is named."""
    if not PRONOUN.fullmatch(m.group(0)):
        return False
    adult = ADULT_F if m.group("f") else ADULT_M
    return adult.search(said, 0, m.start()) is not None


def children_named_by_sex(question: str, children: list[dict[str, Any]]) -> set[int]:
    """The birth orders of the children a question names by sex ("is my son free on the
    subway", "so my daughter pays and my son is free right?", 儿子要买票吗): each sex word's one
    child of that sex; empty when a sex names none or several."""
    said = normalise(question)
    sexes = {
        "f" if m.group("f") else "m"
        for m in SEX_WORD.finditer(said)
        if not _pronoun_of_an_adult(said, m)
    }
    named: set[int] = set()
    for sex in sexes:
        which = [i for i, c in enumerate(children, start=1) if c.get("sex") == sex]
        if len(which) == 1:
            named.add(which[0])
    return named
