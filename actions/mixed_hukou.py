"""A family whose household registrations differ ("我老公是济南户口 我跟俩孩子户口还在聊城",
"only my husband has jinan hukou"): Jinan clause 12 speaks only of families "of the city's
household registration" and does not say whose registration counts. Tester 36 c09 and tester
37 r03 saw the answer flip between 济南户口 and 不是济南户口 with each message, and the hukou
asked again. The family's hukou is left unknown, marked as mixed (`skipped_facts` holds
MARK, so the form does not ask it again), and the answer says once, from the knowledge base
(the entry's `silent_on_facts`), that the plan is silent, with the lead department; then the
money the city's hukou would bring, and that a child already 3 gets nothing from moving the
hukou now."""

import re
from datetime import date
from typing import Any

from actions.conditional import if_hukou
from actions.household import household_from_slots
from policy_kb import format as fmt
from policy_kb.engine import evaluate
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.reader import CHILDREN_HUKOU_ELSEWHERE
from understanding.text import normalise
from wording.cities import city_name
from wording.entitlements import clause_refs
from wording.language import t

HUKOU = "hukou_in_city"
MARK = "hukou_mixed"  # in skipped_facts: the family's registrations differ

_CITY = r"(?:济南|北京|本地|本市|这边)"
_MEMBER = (
    r"(?:我|俺)?(?:老公|老婆|丈夫|妻子|爱人|媳妇|对象|孩子(?:他|她)?(?:爸|妈)|孩(?:他|她)(?:爸|妈)"
    r"|他爸|她爸|他妈|她妈|男人)|(?<![们家])(?:我|俺)(?![们家])"
)
# One member's city hukou: 我老公是济南户口, 只有我老公是, 就我老公一个人是济南的
MEMBER_HUKOU = re.compile(
    rf"(?:{_MEMBER})(?:一个人|1个人|一人|1人|自己)?(?:的户口|户口)?(?:是|有|在|落在)?{_CITY}(?:的)?(?:户口|户籍|人|的)"
    rf"|(?:只有|就|仅|光)(?:{_MEMBER})(?:一个人|1个人|一人|1人|自己)?(?:是|有)"
    r"|\b(?:only |just )?(?:my )?(?:husband|wife|partner|hubby|spouse|i)\b(?: (?:has|have|am|is|"
    r"holds?|got))? (?:a )?(?:jinan|beijing|local) hukou"
    r"|\b(?:husband|wife|partner|hubby|spouse)(?:'s)? hukou is (?:in )?(?:jinan|beijing|local)",
    re.I,
)
# Someone else's is not: the children's elsewhere, 只有, 不是全家, "my wife and kids don't"
OTHERS_NOT = re.compile(
    r"只有|(?<![不没])就(?:我|俺)|仅|光(?:我|俺)|不是全家|全家都不是|不是都"
    r"|(?:老婆|老公|媳妇|孩子|娃|他们|她们|其他人|我和孩子|我跟孩子).{0,6}(?:不是|不在|没在|没迁|外地|老家)"
    r"|\bonly\b|\b(?:wife|husband|kids|children|son|daughter|baby|they)\b[^.;]{0,20}"
    r"\b(?:don'?t|doesn'?t|do not|does not|aren'?t|are not|isn'?t|is not|not)\b",
    re.I,
)
# The whole family's hukou now in the city (clears the mark): 全家都是济南户口, 孩子户口也迁过来了
WHOLE_FAMILY = re.compile(
    rf"(?<!不是)(?:全家|一家人?|我们|俺们|咱们|咱家|我家|俺家)(?:都|全)?(?:是|在|有){_CITY}(?:户口|户籍|的)"
    r"|孩子(?:们|俩|\d)?(?:的)?户口(?:也|都)(?:已经)?(?:迁|落|转)(?:过来|进来|到济南|到北京|了)"
    r"|\b(?:we all|all of us|the whole family|whole family)\b[^.;]{0,20}\b(?:jinan|beijing|local) "
    r"hukou|\bkids'? hukou (?:is|are) (?:now )?in (?:jinan|beijing)",
    re.I,
)
# A move still to come keeps the family's hukou as it is (下个月把孩子户口迁过来, "we will move")
COMING_MOVE = re.compile(
    r"下个?月|明年|准备|打算|想|要|过几天|以后|将来|\bwill\b|\bgoing to\b|\bplan(?:ning)? to\b|"
    r"\bnext (?:month|year)\b",
    re.I,
)

# A move of the hukou spoken of: 把孩子户口迁到济南, 落户, "move the kids' hukou"
HUKOU_MOVE = re.compile(
    r"户口.{0,6}(?:迁|落|转)|(?:迁|落|转).{0,6}户口|落户|\bmov\w* .{0,20}hukou", re.I
)


def marked(slots: dict[str, Any]) -> bool:
    """The family's registrations were said to differ."""
    return MARK in (slots.get("skipped_facts") or [])


def said(text: str, slots: dict[str, Any]) -> bool:
    """`text` says the family's registrations differ (one member's in the city, another's not),
    or, once that was said, speaks again of one member's hukou, of the children's elsewhere or
    of a move still to come, without the whole family's now being in the city."""
    if not silent_entries(slots.get("city")):
        return False  # a plan that ties nothing to the hukou (Beijing): nothing to say of it
    norm = normalise(text)
    if WHOLE_FAMILY.search(norm) and not COMING_MOVE.search(norm):
        return False
    member = MEMBER_HUKOU.search(norm)
    elsewhere = CHILDREN_HUKOU_ELSEWHERE.search(norm)
    if member and (elsewhere or OTHERS_NOT.search(norm)):
        return True
    moving = HUKOU_MOVE.search(norm) and COMING_MOVE.search(norm)  # 下个月把孩子户口迁过来
    return marked(slots) and bool(member or elsewhere or moving)


def cleared(text: str, slots: dict[str, Any]) -> bool:
    """A family marked as mixed now says its whole hukou is in the city (moved, told again)."""
    norm = normalise(text)
    return marked(slots) and bool(WHOLE_FAMILY.search(norm)) and not COMING_MOVE.search(norm)


def kept(text: str, slots: dict[str, Any], updates: dict[str, Any]) -> dict[str, Any]:
    """`updates` for a family whose registrations differ: no hukou read from the message (the
    family's stays unknown, a value known put back), the hukou not asked again and the family
    marked; a whole family's city hukou said later clears the mark. Other facts stay."""
    skipped = list(slots.get("skipped_facts") or [])
    if cleared(text, slots):
        return {**updates, "skipped_facts": [s for s in skipped if s not in (HUKOU, MARK)]}
    if not said(text, slots):
        return updates
    changed = {k: v for k, v in updates.items() if k != HUKOU}
    if slots.get(HUKOU) is not None:
        changed[HUKOU] = None
    for name in (HUKOU, MARK):
        if name not in skipped:
            skipped.append(name)
    if skipped != list(slots.get("skipped_facts") or []):
        changed["skipped_facts"] = skipped
    return changed


def silent_entries(city: str | None) -> list[Entry]:
    """The measures of `city` whose rule reads the hukou and whose plan is silent on whose
    registration counts (Jinan clause 12)."""
    return [
        e
        for e in catalogue().entries.values()
        if e.city == city and HUKOU in e.facts and HUKOU in e.silent_on_facts
    ]


def answer(slots: dict[str, Any], lang: Lang, day: date) -> str | None:
    """The verdict first, then the plan's silence on whose hukou counts, with its lead
    department: '不一定。' with the money the city's hukou would bring when some is still to
    come; '不能了。' when each child's has ended with its age (moving the hukou now brings
    nothing). None in a city whose plan ties nothing to the hukou."""
    entries = silent_entries(slots.get("city"))
    if not entries:
        return None
    first = entries[0]
    notes = list(dict.fromkeys(e.silent_on_facts[HUKOU].get(lang) for e in entries))
    source = t(lang, "依据：", "Source: ") + clause_refs([(first.document, first.clause)], lang)[0]
    household = household_from_slots({**slots, HUKOU: None}, day)
    if household is None:
        return "\n".join([t(lang, "不一定。", "Not certain. ") + " ".join(notes), source])
    report = evaluate(household, as_of=day)
    conditional = if_hukou(household, report.entitlements, day, lang, asked=False)
    over = ended(household, [e.id for e in entries], day, lang)
    if conditional:
        lines = [t(lang, "不一定。", "Not certain. ") + " ".join(notes), *over, conditional]
    elif over:
        lines = [t(lang, "不能了。", "No. ") + over[0], *over[1:], *notes, source]
    else:
        lines = [t(lang, "不一定。", "Not certain. ") + " ".join(notes), source]
    return "\n".join(lines)


def ended(household: Any, ids: list[str], day: date, lang: Lang) -> list[str]:
    """'第2个孩子已于2026年8月1日满3周岁，育儿补贴已经结束，现在把户口迁到济南也领不到这一项。'
    for each child of the right order and birth date whose measure ended with its age, with the
    city's hukou supposed (what moving the hukou now would bring: nothing)."""
    supposed = household.model_copy(update={HUKOU: True})
    city = city_name(household.city, lang)
    lines: list[str] = []
    for e in evaluate(supposed, as_of=day).entitlements:
        if e.id != ids[0] or not e.child or e.status != "not_eligible" or e.end is None:
            continue
        if e.end > day:
            continue
        entry = catalogue().entries[e.id]
        title = entry.title
        age = entry.param("age_limit_years").value
        who = fmt.child_label(e.child, lang)
        lines.append(
            t(
                lang,
                f"{who}已于{fmt.day(e.end, lang)}满{age}周岁，{title.zh}已经结束；"
                f"现在把户口迁到{city}也领不到这一项。",
                f"{who[:1].upper()}{who[1:]} turned {age} on {fmt.day(e.end, lang)}, so the "
                f"{title.en.lower()} has ended; moving the hukou to {city} now brings nothing "
                "for this child.",
            )
        )
    return lines


def answer_to(
    text: str, slots: dict[str, Any], updates: dict[str, Any], lang: Lang, day: date
) -> str | None:
    """The answer for a family whose registrations `text` says differ (see `answer`), with the
    message's other facts applied; None when it says no such thing."""
    known = {**slots, **updates}
    if not said(text, {**slots, "city": known.get("city")}):
        return None
    return answer(known, lang, day)
