"""The read-back line (wording/understood.yaml): the facts understood from a message, in the
user's language, so a misreading shows at once:
"记下了：济南户口；老大约2023年5月出生（按“3岁半”推算）；老二2026年10月出生"."""

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from understanding.updates import FactUpdate
from wording.cities import city_name
from wording.language import Lang

WORDS_FILE = Path(__file__).with_name("understood.yaml")
# A hukou just moved to the city (今年刚把户口迁到济南, "we moved our hukou to Jinan"): the plans
# do not say how long it must have been held, and the read-back says so.
HUKOU_MOVED = re.compile(r"迁|落户|转过来|moved|transferred|registered|got (?:our |a )?hukou", re.I)
MONTHS_EN = "January February March April May June July August September October November December"


@cache
def _words() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    return loaded


def written_date(value: str, lang: Lang) -> str:
    """ "2024" / "2024-09" / "2024-09-05" as 2024年9月5日 or 5 September 2024."""
    parts = [int(p) for p in value.split("-")]
    if lang == "zh":
        return "".join(f"{n}{unit}" for n, unit in zip(parts, "年月日", strict=False))
    month = MONTHS_EN.split()[parts[1] - 1] if len(parts) > 1 else ""
    return " ".join(str(p) for p in ([parts[2]] if len(parts) > 2 else []) + [month, parts[0]] if p)


def child_name(order: int, lang: Lang, only: bool = False) -> str:
    words = _words()
    if only:
        return str(words["only_child"][lang])
    names = words[f"children_{lang}"]
    if order <= len(names):
        return str(names[order - 1])
    # beyond the words listed: 第6个孩子 / "child 6", never "#6" (tester 86 c5)
    return f"第{order}个孩子" if lang == "zh" else f"child {order}"


def _pick(entry: dict[Any, Any], value: Any) -> dict[str, str]:
    if isinstance(value, bool):
        return dict(entry[value])
    if value in entry:
        return dict(entry[value])
    return dict(entry["other"])


BENEFITS = {
    "dibao": re.compile(r"低保|dibao|minimum (?:living|subsistence)", re.I),
    "tekun": re.compile(r"特困|te ?kun|special hardship", re.I),
    "unemployment": re.compile(r"失业|unemploy|shi ?ye", re.I),
}


def benefit_said_before(texts: list[str]) -> str:
    """The one benefit the latest message naming one named ("现在我老公失业在领失业金":
    unemployment), else "any"."""
    return next((n for n in map(benefit_named, reversed(texts)) if n != "any"), "any")


def benefit_named(span: str) -> str:
    """The one benefit a hardship fact's words name ("我家低保户": dibao), else "any"."""
    named = [name for name, pattern in BENEFITS.items() if pattern.search(span or "")]
    return named[0] if len(named) == 1 else "any"


def _coming_phrase(
    u: FactUpdate, order: int, due: str, lang: Lang, only_child: bool, benefit: str
) -> str:
    """The benefits at the birth of child `order`, due `due` (YYYY-MM or YYYY-MM-DD): expected,
    the benefit named in the message (or before it, `benefit`) rather than all three."""
    words = _words()
    named = benefit_named(u.span)
    fill = {
        "child": child_name(order, lang, only_child),
        "date": written_date(due, lang),
        "benefit": words["benefits"][named if named != "any" else benefit][lang],
    }
    from understanding.reader import benefit_end_month  # the reader's words for an end

    ends = benefit_end_month(u.span) if u.value is False else None
    if ends is not None:  # "it ends in january", baby due in March: worked out, and said so
        month, year = ends
        year = {"明": None, "今": None}.get(year or "", year)
        full = int(year) + (2000 if int(year) < 100 else 0) if year else None
        fill["end"] = written_date(f"{full}-{month:02d}" if full else f"0-{month:02d}", lang)
        if not full:
            fill["end"] = f"{month}月" if lang == "zh" else MONTHS_EN.split()[month - 1]
        return str(words["facts"]["child.hardship_at_birth_ends_before"][lang]).format(**fill)
    return str(_pick(words["facts"]["child.hardship_at_birth_coming"], u.value)[lang]).format(
        **fill
    )


def phrase(
    u: FactUpdate, city: str | None, lang: Lang, only_child: bool = False, at_birth: bool = False
) -> str:
    """One understood fact as a short phrase. `at_birth`: the benefits at a birth were said too,
    so benefits now need no note that the birth is still to be asked about."""
    words = _words()
    bare = at_birth or (u.fact == "hardship_now" and not reads_hardship_at_birth(city))
    entry = words["facts"]["hardship_now_beside_birth" if bare else u.fact]
    fill: dict[str, Any] = {
        "city": city_name(city, lang) if city else ("本市" if lang == "zh" else "the city"),
        "n": u.value,
    }
    if u.fact == "hukou_city":
        fill["hukou"] = city_name(str(u.value), lang)
    if u.child is not None:
        fill["child"] = child_name(u.child, lang, only_child)
        if only_child and u.fact == "child.due_date":  # 这是头胎 (tester 19 c02)
            fill["child"] = str(words["only_child_due"][lang])
    if u.fact.endswith("hardship_at_birth") or u.fact.startswith("hardship_now"):
        fill["benefit"] = words["benefits"][benefit_named(u.span)][lang]
    note = ""
    if u.fact in ("child.birth_date", "child.due_date") and u.value is not None:
        shown = written_date(str(u.value), lang)
        if u.approx:
            shown = words["approx_date"][lang].format(date=shown)
            note = words["approx_note"][lang].format(span=u.span.replace("\u2060", "").strip())
        fill["date"] = shown
    if u.fact in ("child.height_cm", "child.height_below_cm"):
        fill["cm"] = f"{float(u.value):g}"
    if u.fact == "child.due_date":
        template = entry["unknown" if u.value is None else "known"][lang]
    elif u.fact == "child.birth_date" and u.value is None:
        template = words["birth_unknown"][lang]  # 她是老二: the eldest's date is asked next
    elif u.fact in (
        "child.birth_date",
        "city",
        "hukou_city",
        "child.height_cm",
        "child.height_below_cm",
    ):
        template = entry[lang]
    else:
        template = _pick(entry, u.value)[lang]
    if u.fact == "hukou_in_city" and u.value is True and HUKOU_MOVED.search(u.span):
        note = words["hukou_moved_note"][lang]
    return str(template).format(**fill) + note


@cache
def reads_hardship_at_birth(city: str | None) -> bool:
    """Whether a measure of the city's plan turns on the benefits at a birth (only Jinan clause
    12's supplement does): elsewhere, benefits now get no note that the birth is still to be
    asked about (a Beijing family on 特困 would be led to expect something). True while the
    city is unknown."""
    from policy_kb.kb import catalogue  # the knowledge base, loaded once

    if city is None:
        return True
    entries = catalogue().entries.values()
    return any(e.city == city and "hardship_at_birth" in e.facts for e in entries)


def recap(updates: list[FactUpdate], city: str | None, lang: Lang) -> str:
    """What is known, in the read-back's phrases without its lead: "济南户口；老大2019年3月出生"."""
    only = {u.child for u in updates if u.child is not None} <= {1}
    ordered_updates = sorted(
        hukou_said_once(updates), key=lambda u: (u.child is not None, u.child or 0)
    )
    phrases = [phrase(u, city, lang, only) for u in ordered_updates]
    return str(_words()["separator"][lang]).join(dict.fromkeys(phrases))


def hukou_said_once(updates: list[FactUpdate]) -> list[FactUpdate]:
    """`updates` with the hukou said once: a hukou in the other city ("济南户口" of a family living
    in Beijing) says it is not in the city lived in; a cleared one says nothing."""
    apart = any(u.fact == "hukou_city" and u.value for u in updates)
    return [
        u
        for u in updates
        if not (u.fact == "hukou_city" and not u.value)
        and not (apart and u.fact == "hukou_in_city" and u.value is False)
    ]


# Facts told alike of several children, read back once naming them together: triplets born in
# one month, the benefits at their one birth (老二、老三、老四2024年5月出生).
TOLD_TOGETHER = ("child.birth_date", "child.hardship_at_birth")
NAMES_HERE = "\x00"  # where the children's names go in a phrase said of several


def _children_together(
    shown: list[FactUpdate], phrases: list[str], lang: Lang, only: bool
) -> list[str]:
    """`phrases` (one per update of `shown`) with a fact told alike of several children said
    once, naming them together: "老二、老三、老四出生时没有领…", "the 2nd child, the 3rd child and
    the 4th child born May 2024"."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, u in enumerate(shown):
        if u.fact in TOLD_TOGETHER and u.child is not None and u.value is not None:
            mine = phrases[i].replace(child_name(u.child, lang, only), NAMES_HERE, 1)
            groups.setdefault((u.fact, str(u.value), mine), []).append(i)
    if not any(len(g) > 1 for g in groups.values()):
        return phrases
    dropped: set[int] = set()
    out = list(phrases)
    for (_fact, _value, template), indices in groups.items():
        if len(indices) < 2 or NAMES_HERE not in template:
            continue
        names = [child_name(int(shown[i].child or 0), lang, only) for i in indices]
        joined = "、".join(names) if lang == "zh" else ", ".join(names[:-1]) + " and " + names[-1]
        together = template.replace(NAMES_HERE, joined, 1)
        out[indices[0]] = together.replace(" was born", " were born") if lang == "en" else together
        dropped.update(indices[1:])
    return [p for i, p in enumerate(out) if i not in dropped]


def readback(
    updates: list[FactUpdate],
    city: str | None,
    lang: Lang,
    children: int | None = None,
    answer_changes: bool = False,
    birth_known: bool = False,
    coming: dict[int, str] | None = None,
    benefit: str = "any",
) -> str:
    """The line that starts a reply to a message that added or changed facts. `children`: how
    many children the household has after it (a single child is "孩子", not "老大");
    `answer_changes`: the facts update an answer already given, so the line says "updated";
    `birth_known`: the benefits at a birth are known already, so benefits now need no note that
    the birth is still to be asked about (tester 34 r03: it was told a line before); `coming`:
    the children still to be born whose births' benefits matter, by order, with their due dates
    (the benefits at their births read back as expected, the family's too when one birth is
    all it can be of); `benefit`: the one benefit named before ("dibao", "tekun",
    "unemployment"), for a yes that names none ("probably yes she'll still be on it")."""
    words = _words()
    city = next((str(u.value) for u in updates if u.fact == "city"), city)
    orders = {u.child for u in updates if u.child is not None}
    counted = next((u.value for u in updates if u.fact == "child_count"), None)
    only = orders <= {1} and (children == 1 if children is not None else counted in (None, 1))
    hukou = any(u.fact == "hukou_in_city" and u.value for u in updates)
    shown = [u for u in hukou_said_once(updates) if not (u.fact == "city" and hukou)]
    shown.sort(key=lambda u: (u.child is not None, u.child or 0))
    at_birth = birth_known or any(
        u.fact in ("hardship_at_birth", "child.hardship_at_birth") for u in updates
    )
    phrases = [phrase(u, city, lang, only, at_birth and u.fact == "hardship_now") for u in shown]
    coming = coming or {}
    for i, u in enumerate(shown):
        order = u.child if u.fact == "child.hardship_at_birth" else None
        if u.fact == "hardship_at_birth" and children and list(coming) == [children] == [2]:
            order = 2  # the family's benefits at a birth, the 2nd (clause 12's first) to come
        if order in coming and isinstance(u.value, bool):
            phrases[i] = _coming_phrase(u, order, coming[order], lang, only, benefit)
    removed = [u for u in shown if u.fact == "child.on_the_way" and u.value is False]
    if len(removed) > 1:  # 没有老四老五: one "no baby on the way" naming both (tester 45 c04)
        names = words["names_joined"][lang].join(
            child_name(int(u.child or 0), lang, only) for u in removed
        )
        together = _pick(words["facts"]["child.on_the_way"], False)[lang].format(child=names)
        phrases = [
            together if u is removed[0] else p
            for u, p in zip(shown, phrases, strict=True)
            if u is removed[0] or u not in removed
        ]
    phrases = _children_together(shown, phrases, lang, only)
    correcting = answer_changes or any(u.kind == "correction" for u in updates)
    lead = words["lead_correction" if correcting else "lead"][lang]
    return f"{lead}{words['separator'][lang].join(dict.fromkeys(phrases))}"
