"""Children asked of the measure just discussed, by whether they get nothing ("那老大老二都没有？
老大15了" after the 800 for the 3rd child; "so the older two get nothing?"): that measure for
those children, never one the other words find (tester 48 c09 got the paternity leave for the
"15" of the eldest's age, then the rental area of minors)."""

import re

from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.language import t

# Children of the family named by their order or as a group ("老大老二", "俩大的", "the older two",
# "the eldest"): whom the question is about.
CHILDREN_NAMED = re.compile(
    r"老大|老二|老三|大宝|二宝|三宝|大娃|二娃|大的|小的|俩大的|两个大的|前两个|别的孩子|其他孩子"
    r"|\b(?:the|our|my) (?:eldest|oldest|older|elder|first|second|third|other) "
    r"(?:one|two|kids?|child(?:ren)?|son|daughter|boy|girl)s?\b|\bthe (?:eldest|oldest)\b",
    re.I,
)
# Whether they get nothing of it ("都没有？", "也领不了吗", "do they get nothing?").
NOTHING_FOR_THEM = re.compile(
    r"(?:都|也|就|全)(?:没有?|没得|不能|不行|领不了|拿不到|不给|没份)"
    r"|\b(?:get|gets|got) nothing\b|\bnothing (?:for|at all)\b"
    r"|\b(?:don'?t|doesn'?t|do not|does not|can'?t|cannot) (?:get|qualify|claim)\b",
    re.I,
)


def nothing_asked_of_children(text: str, current: Entry | None, named: Entry | None) -> bool:
    """Whether `text` asks whether children it names get nothing of the measure under discussion
    (`current`), naming no measure itself (`named`: the measure its words name, if any)."""
    if current is None or (named is not None and named.id != current.id):
        return False
    said = normalise(text)
    return bool(CHILDREN_NAMED.search(said) and NOTHING_FOR_THEM.search(said))


# A reply that opens with its own verdict ("不能。", "No.", "不发了"): no second one before it.
VERDICT_FIRST = re.compile(r"^(?:都?不能|能|不发了|没有|现在没有了|说不准|no\b|yes\b|not\b)", re.I)


def none_of_them_lead(reply: str, items: list[Entitlement], lang: Lang) -> str:
    """`reply` opened with "都不能。" ("No, none of them.") when the children asked about all do
    not get the measure for certain, each child's reason following (Jinan clause 12: the 1st
    child is not paid, nor a 2nd born before 2023); else `reply` as it is."""
    if not items or not all(e.status == "not_eligible" and e.certain for e in items):
        return reply
    several = len({e.child for e in items}) > 1
    lead = t(lang, "都不能。" if several else "不能。", "No, none of them." if several else "No.")
    plain = t(lang, "不能。", "No.")
    if several and reply.startswith(plain):  # "不能。育儿补贴（第1个孩子）…": of both, 都不能
        return lead + reply[len(plain) :]
    if VERDICT_FIRST.match(reply.strip()):
        return reply
    return f"{lead}\n{reply}"


def children_asked(text: str, count: int) -> set[int]:
    """The birth orders of the family's `count` children that `text` names (老大老二 -> {1, 2})."""
    return {n for n in birth_orders_named(normalise(text)) if 1 <= n <= count}


# Whether what they had is gone ("so they get nothing anymore?", "现在都没有了？", "不发了是吧"):
# the measure discussed, for the family, with its end (Jinan clause 12: until the child is 3).
NOTHING_NOW = re.compile(
    r"\bnothing\b|\bno (?:more|money)\b|(?:都|就|也)?没(?:有|钱)?了|不(?:再)?发了|停(?:发)?了"
    r"|不给了",
    re.I,
)
ANYMORE = re.compile(r"\bany ?more\b|\bno longer\b|\bnow\b|\bstill\b|现在|已经|不再|以后", re.I)
THEY = re.compile(
    r"\b(?:they|them|he|she|the (?:kids?|child(?:ren)?|boy|girl|baby))\b|他们|孩子|娃", re.I
)


def nothing_left_asked(text: str, current: Entry | None, named: Entry | None) -> bool:
    """Whether `text` asks whether the family has nothing more of the measure under discussion
    ("so they get nothing anymore?" after the 600 that ended at 3), naming no measure itself."""
    if current is None or (named is not None and named.id != current.id):
        return False
    said = normalise(text)
    return bool(NOTHING_NOW.search(said) and (ANYMORE.search(said) or THEY.search(said)))


def topic_meant(current: Entry | None, city: str | None) -> Entry | None:
    """The measure under discussion as asked of again: the city's monthly money for the money
    paid with it (Jinan clause 12's 200 is paid on top of the 600), else `current`."""
    from actions.focus import is_monthly_money, monthly_subsidy, paid_together_group

    if current is None or not is_monthly_money(current):
        return current
    base = monthly_subsidy(city or current.city)
    return base if base is not None and current in (paid_together_group(base) or []) else current
