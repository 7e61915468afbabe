"""A birth's costs asked for a cover the city's plan gives no figure for ("北京居民医保生孩子能报
多少", "in Beijing, how much of the birth costs does resident insurance cover?"). Beijing's
clause (12) only says that insured female employees' maternity medical expenses are paid by
maternity insurance as regulated, with no rate and no amount; the fixed 3,000 yuan under
resident insurance is Jinan's clause 15. The answer says plainly that the plan gives no amount
for that cover, what its measure does say (with the clause), its lead department or that it
names none (never one borrowed from another measure), and the other plan's measure as an aside
for that city only, without its figure."""

import re

from actions import render
from actions.focus import asked_measure
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import city_name, mentioned_city
from wording.entitlements import clause_name
from wording.language import t

# The cost of a birth: 生孩子, 分娩, 住院, "giving birth", "delivery", "maternity".
BIRTH_COST = re.compile(
    r"生(?:孩子|娃|宝宝|小孩|产|二胎|三胎)|分娩|生育|住院|产检|顺产|剖腹产|剖宫产"
    r"|\bbirth|deliver|childbirth|maternity|\blabou?r\b",
    re.I,
)
# What is paid of it: 报多少, 报销, "how much", "cover", "reimburse".
PAID = re.compile(r"报|多少|给多少|补多少|how much|cover|pay|reimburs|refund", re.I)
# The covers a birth can be insured under, as the answer names them (the household fact
# `birth_insurance`, understanding/household.py); the employee maternity insurance is the cover
# Beijing (12) speaks of, so it is not one the plan is silent on. The flexibly employed have
# their own answer (the rule's reason for them: the plan speaks of insured female employees).
COVER_NAMES: dict[str, tuple[str, str]] = {
    "resident_medical": ("城乡居民医保", "resident medical insurance"),
}


def birth_cost_measure(city: str, text: str, lang: Lang) -> Entry | None:
    """The city's measure on what a birth's costs get from the mother's cover (the one that
    reads the fact `birth_insurance`): the one the question finds, else the city's only one."""
    measures = [
        e for e in catalogue().entries.values() if e.city == city and "birth_insurance" in e.facts
    ]
    found = asked_measure(text, city, lang)
    if found is not None and found in measures:
        return found
    return measures[0] if len(measures) == 1 else None


def cover_unsaid_answer(
    text: str, city: str | None, cover: str | None, lang: Lang
) -> tuple[str, Entry] | None:
    """The answer when the question asks what a birth's costs get under `cover` (the cover it
    names) in the city it names, else `city`, and that city's measure gives no figure at all;
    with the measure. None for any other question, and where the plan has a figure (Jinan
    clause 15: the fixed 3,000 yuan, answered from the engine)."""
    said = normalise(text)
    where = mentioned_city(text) or city
    if where is None or cover not in COVER_NAMES:
        return None
    if not (BIRTH_COST.search(said) and PAID.search(said)):
        return None
    entry = birth_cost_measure(where, text, lang)
    if entry is None or entry.parameters:
        return None
    name = city_name(where, lang)
    cover_zh, cover_en = COVER_NAMES[cover]
    clause = clause_name(entry.clause, lang)
    lines = [
        t(
            lang,
            f"{name}的方案没有写参加{cover_zh}生孩子能报多少：没有报销比例，也没有金额。",
            f"The {name} plan gives no figure for a birth under {cover_en}: no rate and no amount.",
        ),
        t(
            lang,
            f"{name}方案{clause}“{entry.title.zh}”只写了：{entry.summary.zh}没有提到{cover_zh}。",
            f'{name}\'s {clause}, "{entry.title.en}", only says: {entry.summary.en} It says '
            f"nothing of {cover_en}.",
        ),
    ]
    document = catalogue().documents[entry.document].title.get(lang)
    lines.append(render.source_line(document, entry.clause, entry.sources[0].quote, lang, text))
    leads = [d.get(lang) for d in department_names(entry.departments.lead)]
    lines.append(
        t(lang, "牵头部门：", "Lead department: ") + t(lang, "、", ", ").join(leads)
        if leads
        else t(
            lang,
            f"{name}方案对这一项没有指明负责部门。",
            f"The {name} plan names no department for this.",
        )
    )
    for other in catalogue().entries.values():
        if other.city != where and "birth_insurance" in other.facts and other.parameters:
            there = city_name(other.city, lang)
            lines.append(
                t(
                    lang,
                    f"（{there}的方案有“{other.title.zh}”，第{other.clause}条，只适用于{there}。）",
                    f'({there}\'s plan has "{other.title.en}", clause {other.clause}; it applies'
                    f" in {there} only.)",
                )
            )
    return "\n".join(lines), entry
