"""The other city's version of the measure just discussed ("beijing equivalent?" after Jinan's
housing-fund loan ceiling, "北京呢", "and in jinan?"; tester 24 c06 got Beijing's subsidy): the
same measure in that city's plan when it has one, else that its plan has none and what it says on
the same subject (Beijing's public rental priority, clause (12)), from policy_kb."""

import re

from rasa_sdk import Tracker

from actions import render
from actions.focus import (
    asked_measure,
    is_monthly_money,
    monthly_measure,
    monthly_subsidy,
    named_entry,
    without_city,
)
from actions.side_questions import topic
from policy_kb import InputError
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.search import search
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import CITIES, city_name, mentioned_city
from wording.language import t

MAX_REST = 24  # characters left once the city is taken out: "equivalent?", 有类似的吗, "and in ?"
# What is left of a message asking only for the other city's version: no figure, no child.
NO_FACTS = re.compile(r"\d|老[大二三]|孩|娃|kid|child|baby", re.I)


MAX_SAME = 3  # measures of the same subject listed (Jinan's maternity, paternity, parental leave)


def _same_subject(current: Entry, city: str) -> list[Entry]:
    """`city`'s measures of the same kind as `current`, those a search for `current`'s title
    finds first (Jinan's housing-fund loan ceiling, clause 14: Beijing's public rental priority,
    (12)); empty when its plan has none of that kind."""
    kind = [e for e in catalogue().entries.values() if e.city == city and e.kind == current.kind]
    if len(kind) <= 1:
        return kind
    ids = {e.id for e in kind}
    found: dict[str, Entry] = {}
    for words in (current.title.zh, current.title.en):
        try:
            hits = search(words, city=city, limit=10)
        except InputError:
            continue
        found.update((h.entry.id, h.entry) for h in hits if h.entry.id in ids)
    return list(found.values())[:MAX_SAME]


def counterpart_answer(tracker: Tracker, text: str, lang: Lang) -> tuple[str, Entry] | None:
    """The answer to a short question for another city's version of the measure under
    discussion, and the measure it answers with; None for any other message."""
    current = topic(tracker)
    other = mentioned_city(text)
    if current is None or other is None or other == current.city:
        return None
    rest = normalise(without_city(text)).strip()
    if len(rest) > MAX_REST or NO_FACTS.search(rest):
        return None
    if named_entry(rest, other) is not None or asked_measure(rest, other, lang) is not None:
        return None  # "北京陪产假呢": the measure it names
    same = catalogue().entries.get(f"{other}.{current.id.split('.', 1)[1]}")
    if same is not None:  # Jinan's public rental priority (14) and Beijing's ((12))
        return render.entry_brief(same, lang), same
    name = city_name(other, lang)
    lead = t(
        lang,
        f"{name}的方案里没有“{current.title.zh}”这一项。",
        f"The {name} plan has no item “{current.title.en}”.",
    )
    near = _same_subject(current, other)
    if not near:
        return lead, current
    briefs = [render.entry_brief(e, lang) for e in near]
    said = t(lang, "同类的规定是：", " What it says on the same subject:")
    return "\n".join([lead + said, *briefs]), near[0]


def likened_line(
    current: Entry, question: str, other: str, lang: Lang, said: str = ""
) -> str | None:
    """After the answer for the family's city, the measure of the city it was likened to ("a
    monthly cash subsidy in beijing like jinan?": Jinan's 600 a month, clause 12) as that city's
    rule only; None when its plan has nothing of that kind, or when the answer `said` already
    names that measure (tester 134 p10 had Beijing's free transit noted twice)."""
    same = (
        (monthly_subsidy(other) if current.kind == "cash" else None)  # its monthly money
        or asked_measure(without_city(question), other, lang)
        or catalogue().entries.get(f"{other}.{current.id.split('.', 1)[1]}")
    )
    near = [same] if same is not None else _same_subject(current, other)
    if not near or near[0].city == current.city:
        return None
    entry, name = near[0], city_name(other, lang)
    if entry.title.get(lang) in said:
        return None
    return t(
        lang,
        f"（{name}的“{entry.title.zh}”：{entry.summary.zh}（{name}方案第{entry.clause}条），"
        f"只适用于{name}，不适用于您家。）",
        f'({name}\'s "{entry.title.en}": {entry.summary.en} ({name} plan, clause '
        f"{entry.clause}); it applies in {name} only, not to your family.)",
    )


def in_city(entry: Entry, city: str, question: str, lang: Lang) -> Entry | None:
    """The measure a question asked before the city was known stands for once `city` is told
    ("一个月能领多少" then "我们是北京的": Beijing's subsidy system still to be established, (12),
    not Jinan's 600; tester 28 x1): the city's monthly money for monthly money, else its measure
    of the same id, else what the question asks in that city; None when it has none."""
    if entry.city == city:
        return entry
    if is_monthly_money(entry):
        return monthly_subsidy(city) or monthly_measure(city)
    same = catalogue().entries.get(f"{city}.{entry.id.split('.', 1)[1]}")
    return same or asked_measure(without_city(question), city, lang)


def both_plans(entry: Entry, answer: str, question: str, lang: Lang, ask_city: bool = True) -> str:
    """The answer to a question asked with no city known ("每月补贴多少 陪产假几天" as the first
    message): never one city's figures silently (tester 26 r06 got Jinan's 600 and 15 days).
    Each plan's rule named by its city: `answer` under "济南方案：", then the other city's
    version (its measure's summary and clause, or that its plan says nothing, with whom to
    ask), and a request for the city, which decides the family's own answer (left out with
    `ask_city` False: the form asks it next, once; tester 27 r7 read it twice in one turn)."""
    other = next(c for c in CITIES if c != entry.city)
    rest = without_city(question)
    same = asked_measure(rest, other, lang) or catalogue().entries.get(
        f"{other}.{entry.id.split('.', 1)[1]}"
    )
    there = (
        render.entry_brief(same, lang)
        if same is not None and same.city == other
        else render.not_in_plan(other, [entry], lang).split("\n(")[0].split("\n（")[0]
    )
    name, other_name = city_name(entry.city, lang), city_name(other, lang)
    return "\n".join(
        [
            t(
                lang,
                f"您还没说在哪个城市，两个城市的方案不一样。{name}方案：",
                f"You have not said which city; the two plans differ. The {name} plan:",
            ),
            answer,
            t(lang, f"{other_name}方案：", f"The {other_name} plan:"),
            there,
            *([city_question(lang)] if ask_city else []),
        ]
    )


def city_question(lang: Lang) -> str:
    """The request for the city after the answers of both plans."""
    return t(
        lang,
        "您家在哪个城市？告诉我后按您家的情况回答。",
        "Which city is your family in? Tell me and I will answer for your family.",
    )


def city_asked_once(messages: list[dict[str, object]], lang: Lang) -> None:
    """The city requested once in a turn answering several questions with no city known ("每月
    补贴多少 陪产假几天": each part named both plans and asked the city, tester 27 r7): the
    request is kept after the last part only."""
    ask = city_question(lang)
    asking = [m for m in messages if ask in str(m.get("text") or "")]
    for message in asking[:-1]:
        message["text"] = str(message["text"]).replace("\n" + ask, "").replace(ask, "")


# A priority asked of a measure: "有没有优先", "能优先吗", "is there priority".
PRIORITY_ASKED = re.compile(r"优先|\bpriority\b|\bprioriti[sz]", re.I)


def priority_only_elsewhere(entry: Entry, question: str, lang: Lang) -> str | None:
    """ "小的想上幼儿园 有没有优先" answered with a measure of the family's city that gives no
    priority (Beijing (13) on kindergartens): say so plainly first, and name the other city's
    priority on the same subject with its clause (Jinan 13: third children, inclusive
    kindergartens), as that city's rule only (tester 26 c14 got bare clause text). None when
    no priority is asked, the measure itself gives one, or no other plan has one."""
    if not PRIORITY_ASKED.search(question) or "优先" in entry.title.zh + entry.summary.zh:
        return None
    words = render.subject_words(question)
    others = [
        e
        for e in catalogue().entries.values()
        if e.city != entry.city
        and "优先" in e.title.zh
        and any(
            w in " ".join([e.title.zh, e.title.en, *e.synonyms.zh, *e.synonyms.en]).lower()
            for w in words
        )
    ]
    if not others:
        return None
    name = city_name(entry.city, lang)
    lines = [
        t(
            lang,
            f"{name}方案没有写这方面的优先（第{entry.clause}条只写了下面的内容）。",
            f"The {name} plan gives no such priority (clause {entry.clause} says only what "
            "follows).",
        )
    ]
    for e in others[:2]:
        where = city_name(e.city, lang)
        lines.append(
            t(
                lang,
                f"{where}方案有“{e.title.zh}”：{e.summary.zh}（第{e.clause}条，只适用于{where}）",
                f'{where}\'s plan has "{e.title.en}": {e.summary.en} (clause {e.clause}; it '
                f"applies in {where} only)",
            )
        )
    return "\n".join(lines)
