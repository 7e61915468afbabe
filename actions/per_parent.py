"""Whether a leave is each parent's or shared between them ("is parental leave per parent",
"is it 10 days each for mom and dad or shared?", 育儿假是夫妻各10天还是一共10天): the answer
first, from the measure whose figure policy_kb gives per parent (Jinan clause 11: "the parents
of infants and young children under the age of 3 are each entitled to … no less than 10 days of
parental leave per year"), with the clause's words; the other leave named in the same message
(paternity leave) answered beside it. Tester 41 c09 got the paternity card, then the maternity
and paternity cards, and heard the answer only after "you didn't answer"."""

import re

from actions import render
from actions.focus import measures_asked
from actions.headline import BOTH_PARENTS
from actions.side_questions import named_measure
from policy_kb.kb import catalogue
from policy_kb.models import Entry, Parameter
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import CITIES, city_asked
from wording.entitlements import clause_name
from wording.language import t

# Each parent's or the couple's together asked: 各, 每人, 一共, 共享, 夫妻, 两个人都有, "each",
# "per parent", "shared", "split", "both", "mom and dad", "in total".
PER_PARENT_ASKED = re.compile(
    r"各(?:自|有|休|享|[0-9十]+天)|每人|每个人|一人一|一共|总共|合计|加起来|共享|共用|分着|平分|夫妻|两口子"
    r"|(?:两|俩)(?:个)?人|都(?:有|能休|能请|可以)|分别|爸爸妈妈|爸妈|父母双方|双方"
    r"|\beach\b|\bper (?:parent|person)\b|\bshared?\b|\bsplit\b|\bboth\b|\btogether\b"
    r"|\b(?:mom|mum|mother|wife) and (?:dad|father|husband)\b"
    r"|\b(?:dad|father|husband) and (?:mom|mum|mother|wife)\b|\bcombined\b|\bin total\b"
    r"|\bapiece\b|\bbetween (?:them|us|the two)\b",
    re.I,
)
# Several children named: whether the leave adds up per child is what is asked, which the plan
# leaves open (the measure's silent_on), not whether the parents share it.
CHILDREN_NAMED = re.compile(
    r"(?:两|俩|三|仨|[2-9])(?:个)?(?:孩子|娃|宝)|双胞胎|多胞胎|每个孩子|每个娃|孩子们|二胎|三胎"
    r"|\b(?:twins|triplets|two kids|two children|three kids|three children|each child|per child)\b",
    re.I,
)
# An either-or put ("各10天还是一共10天", "each or shared?"): not a plain yes-or-no.
EITHER_OR = re.compile(r"还是|或者|\bor\b", re.I)
PER_PARENT_UNIT = re.compile(r"\bper parent\b", re.I)


def _per_parent(entry: Entry) -> Parameter | None:
    """The parameter of `entry` policy_kb gives per parent (its unit says so), or None."""
    return next((p for p in entry.parameters.values() if PER_PARENT_UNIT.search(p.unit)), None)


def _named(entry: Entry, said: str) -> bool:
    """Whether the message names `entry` by its title or a synonym, in either language."""
    words = [entry.title.zh, entry.title.en, *entry.synonyms.zh, *entry.synonyms.en]
    return any(w and w.lower() in said for w in words)


# The parts of a message asking two things ("paternity leave and if parental leave is per parent").
PART = re.compile(r"\band\b|[,，;；]|还有|以及|和|跟")


def _also_named(text: str, entry: Entry, city: str | None, lang: Lang) -> list[Entry]:
    """The measures of `entry`'s kind (another leave) that the other parts of the message ask
    about, in order: "paternity leave and if parental leave is per parent" names paternity
    leave beside parental leave."""
    found: list[Entry] = []
    for part in PART.split(text):
        if not part.strip() or _named(entry, normalise(part).lower()):
            continue
        other = named_measure(part, city, lang)
        if (
            other is not None
            and other.kind == entry.kind
            and other.id not in {entry.id, *(e.id for e in found)}
        ):
            found.append(other)
    return found


def per_parent_measure(text: str, city: str | None) -> tuple[Entry, Parameter] | None:
    """The one measure given per parent that `text` names, in the city asked (else either),
    with its per-parent parameter; None when none or several are named."""
    said = normalise(text).lower()
    asked = city_asked(text, city)
    cities = [asked] if asked in CITIES else list(CITIES)
    found = [
        e
        for e in catalogue().entries.values()
        if e.city in cities and _per_parent(e) is not None and _named(e, said)
    ]
    param = _per_parent(found[0]) if len(found) == 1 else None
    return (found[0], param) if param is not None else None


def per_parent_leave(
    text: str, city: str | None, lang: Lang, family: bool = False
) -> tuple[str, Entry] | None:
    """The answer to "is it each parent's or shared" of a measure given per parent that the
    message names: each parent's own, with the figure, the clause and its words, after the
    other measures the message names (as their brief cards) and with the lead department.
    None when not asked so, or no such measure is named in the city asked or discussed, or
    `family` (children told) asks only whether both parents have it."""
    said = normalise(text).lower()
    if not PER_PARENT_ASKED.search(said) or CHILDREN_NAMED.search(said):
        return None
    city = city_asked(text, city)
    cities = [city] if city in CITIES else list(CITIES)
    found = [
        e
        for e in catalogue().entries.values()
        if e.city in cities and _per_parent(e) is not None and _named(e, said)
    ]
    if len(found) != 1:
        return None
    entry = found[0]
    param = _per_parent(entry)
    if param is None:
        return None
    days = param.value
    clause = clause_name(entry.clause, lang)
    age = entry.parameters.get("age_limit_years")
    under = (
        t(lang, f"{age.value}周岁以下孩子的", f"of a child under {age.value} ")
        if age is not None
        else ""
    )
    title_zh, title_en = entry.title.zh, entry.title.en.lower()
    yes_or_no = BOTH_PARENTS.search(text) is not None and not EITHER_OR.search(said)
    if yes_or_no and family:
        return None
    if yes_or_no:
        # "育儿假爸爸妈妈都能休吗", "do we both get it?": a yes or no, which for a family told
        # rests on its children's ages (the family's answer, headline.each_parent); else the
        # yes under the plan's condition, first
        answer = t(
            lang,
            f"能，父母每人都有：{under}父母每人每年累计不少于{days}天{title_zh}，各自享有，"
            f"不是两人合计（{clause}）。",
            f"Yes, each parent has it: each parent {under}gets at least {days} days of "
            f'{title_en} a year, not {days} days shared ({clause}: "{param.quote}").',
        )
    else:
        answer = t(
            lang,
            f"是夫妻各自享有，不是两人合计：{under}父母每人每年累计不少于{days}天{title_zh}"
            f"（{clause}）。",
            f"Each parent has their own, not {days} days shared: each parent {under}gets at "
            f'least {days} days of {title_en} a year ({clause}: "{param.quote}").',
        )
    others = [e for e in measures_asked(text, city) if e.id != entry.id] or _also_named(
        text, entry, city, lang
    )
    lines = [render.entry_brief(e, lang) for e in others]
    lines += [answer, render.lead_departments(entry, lang)]
    return "\n".join(lines), entry
