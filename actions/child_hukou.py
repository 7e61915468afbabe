"""A child's hukou not (yet) in the city while the parents' is ("孩子户口还在外地 爸妈户口在济南
能领不", "parents have Jinan hukou but the baby's hukou is still in another city", tester 45 c02):
Jinan clause 12 speaks only of families "of the city's household registration" and says neither
whose registration counts nor whether the child's own must already be registered there. Such a
family is not a family without the city's hukou: the answer is the plan's silence, in the words
the knowledge base keeps (the entry's `silent_on_facts`), with the clause and the lead department,
and the household-registration step the entry names (registering the child's hukou)."""

import re

from actions.mixed_hukou import HUKOU, silent_entries
from policy_kb.text import Lang
from understanding.reader import CHILDREN_HUKOU_ELSEWHERE
from understanding.text import normalise
from wording.cities import city_name
from wording.entitlements import clause_refs
from wording.language import lower_first, t

# The child's hukou not registered yet (孩子还没落户, 宝宝没上户口, 孩子没上济南户口, "the baby
# isn't registered").
CHILD_NOT_REGISTERED = re.compile(
    r"(?:孩子|娃|宝宝?|小孩|老[二三])[^，,。；;]{0,4}(?:还)?(?:没|未)(?:有)?(?:落户|上(?:济南|北京|本地|这边|咱这)?户口?|报户口|登记户口)"
    r"|\b(?:baby|child|kid|son|daughter)(?:'s)?\b[^.,;]{0,20}\b(?:not|isn'?t|hasn'?t been|wasn'?t)"
    r"(?: yet)? (?:been )?registered\b",
    re.I,
)
# The parent's own hukou elsewhere too ("我和孩子户口都在老家"): not only the child's.
WITH_A_PARENT = re.compile(r"^(?:我|俺)")
# A step of the entry's next steps that is the household registration (户口登记).
REGISTRATION_STEP = re.compile(r"户口|household registration", re.I)


def childs_hukou_elsewhere(text: str) -> bool:
    """`text` says a child's hukou is not (yet) in the city, not a parent's as well."""
    norm = normalise(text)
    found = CHILDREN_HUKOU_ELSEWHERE.search(norm)
    if found is not None and not WITH_A_PARENT.match(found.group(0).strip()):
        return True
    return bool(CHILD_NOT_REGISTERED.search(norm))


def answer(city: str | None, lang: Lang) -> str | None:
    """'不一定。' with the measures of `city` that read the hukou and whose plan is silent on
    whose counts (Jinan clause 12), the silence as the knowledge base words it (the lead
    department in it), the registration step of the entry's next steps, and the source. None in
    a city whose plan ties nothing to the hukou."""
    entries = silent_entries(city)
    if not entries:
        return None
    first = entries[0]
    titles = t(lang, "、", " and ").join(
        e.title.zh if lang == "zh" else lower_first(e.title.en) for e in entries
    )
    notes = " ".join(dict.fromkeys(e.silent_on_facts[HUKOU].get(lang) for e in entries))
    lines = [
        t(
            lang,
            f"不一定，方案没有说。{titles}：",
            f"Not certain; the plan does not say. The {titles}: ",
        )
        + notes
    ]
    steps = [s for s in first.next_steps.get(lang) if REGISTRATION_STEP.search(s)]
    if steps:
        name = city_name(first.city, lang)
        lines.append(
            t(
                lang,
                f"也可以考虑先把孩子户口落在{name}，一家人的户口就一致了：{steps[0]}",
                f"The family may also consider registering the child's hukou in {name}, so the "
                f"whole family's is there: {steps[0]}",
            )
        )
    source = clause_refs([(first.document, first.clause)], lang)[0]
    lines.append(t(lang, "依据：", "Source: ") + source)
    return "\n".join(lines)
