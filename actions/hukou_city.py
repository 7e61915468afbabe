"""A family whose hukou is in one city and who live in the other ("we work in beijing but our
hukou still jinan", 我们户口在济南 人在北京上班): both recorded, the city lived in as `city` (its
plan answers everything that does not read the hukou) and the city of the hukou as
`hukou_city`, with `hukou_in_city` false for the city lived in.

Jinan clause 12 conditions its childcare subsidy (and the +200 beside it) on "the city's
household registration", not on where the family lives: a measure that reads the hukou is
answered from the plan of the city of the hukou, for this family's children, with what that
plan leaves open (whether living elsewhere matters: the text does not say) and its lead
department. Tester 57 c06 got "hukou not in Beijing", then "No. Childcare subsidy is in
Jinan's plan; your city's plan has no such item", and "we have jinan hukou" was "I did not catch
what to change".

A move of the hukou put in the future or as a condition ("户口迁到济南以后 老三能不能拿", "once
our hukou is in jinan") is no fact of the family's city or hukou (tester 57 c03)."""

import re
from typing import Any

from actions.bare_yes import MORE_ITEMS
from actions.focus import QUESTION, asked_measure, monthly_subsidy, named_entry
from actions.headline import YES_NO
from actions.lives_elsewhere import hukou_in, lives_in
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.household import (
    CITY,
    MOVE_NOT_MADE,
    MOVE_TO_CITY,
    moved_from_a_former_hukou,
)
from understanding.hukou_move import MOVE_DONE, SUPPOSED_MOVE
from understanding.text import normalise
from understanding.updates import FactUpdate
from wording.cities import CITIES, city_name
from wording.entitlements import clause_name
from wording.language import t

HUKOU_CITY_SLOT = "hukou_city"
# The kinds of a fact update that tell the family's city ("不对 我们在济南" corrects it).
TOLD = ("statement", "correction")

# The family speaking of its own hukou, or holding it still ("我们户口在济南", "户口还是济南的",
# "our hukou still jinan", "we have jinan hukou"): told, not a rule asked ("济南户口能领吗").
OWN = re.compile(
    r"我们|咱们|俺们|我家|咱家|俺家|我|俺|还是|还在|一直|仍然|依然|都是"
    # a grandparent's daughter or son and family (她户口是济南的, "their hukou is jinan")
    r"|她们?|他们|\b(?:we|our|us|i|my|still|she|her|they|their)\b",
    re.I,
)
# A child's hukou alone (宝宝户口在济南, "the baby's hukou is jinan"): actions.child_hukou's.
CHILDS = re.compile(
    r"(?:孩子|宝宝|娃|老[大二三四]|儿子|女儿|孙子|孙女|外孙)(?:的)?(?:户口|户籍)"
    r"|\b(?:baby|child|kid|son|daughter|newborn)'?s? (?:hukou|household registration)\b",
    re.I,
)
# A hukou move told (户口刚从济南迁过来, "we moved our hukou from Jinan to Beijing"): where it was
# and where it went are the understanding layer's (actions.moved_away answers the money).
HUKOU_MOVE = re.compile(
    r"(?:户口|户籍)[^，,。]{0,8}(?:迁|转|落)|(?:迁|转)[^，,。]{0,6}(?:户口|户籍)"
    r"|\bhukou\b[^,.?!]{0,20}\b(?:moved|transferred)\b"
    r"|\b(?:moved|transferred|move|moving)\b[^,.?!]{0,12}\bhukou\b",
    re.I,
)
# A hukou move put ahead or as a condition: 迁到济南以后/之后/的话, 等户口落到济南, "once our hukou
# is in jinan", "after we move the hukou to jinan"; or supposed (要是把户口迁到济南, "if we move
# our hukou to jinan"). The city it goes to is named after the move.
MOVE_AHEAD = re.compile(
    r"(?:迁|转|落)(?:户)?(?:到|去|回|往|在)?(?P<zh>济南|泉城|北京)[^，,。？?！!]{0,4}?(?:以后|之后|后|的话)"
    r"|等[^，,。？?！!]{0,6}(?:迁|转|落)(?:户)?(?:到|去|回|往|在)?(?P<wait>济南|泉城|北京)"
    r"|\b(?:once|after|when|if)\b[^,.?!]{0,24}\bhukou\b[^,.?!]{0,20}\b(?P<en>jinan|beijing)\b",
    re.I,
)
# The move's destination after a move verb: 迁到济南, 把户口迁回济南老家, "move our hukou to jinan".
MOVED_TO = re.compile(
    r"(?:迁|落户|转)(?:户口)?(?:到|去|回|往)?(?P<zh>济南|泉城|北京)"
    r"|\bmov(?:e|ing) (?:our |my |the )?hukou (?:back )?(?:to|into) (?P<en>jinan|beijing)\b",
    re.I,
)
# Asked or ahead, not told as past ("户口迁到济南后生的老二" is a past birth).
AHEAD = re.compile(
    r"能|会|可以|吗|么|呢|不|没|多少|明年|将来|以后再|打算|准备|[?？]"
    r"|\b(?:can|could|will|would|should|next|plan|planning|going to)\b",
    re.I,
)


def _city_of(word: str) -> str | None:
    """The city a word names ("泉城" is Jinan)."""
    return next((c for c, city in CITIES.items() if city.pattern.search(word)), None)


def move_ahead_to(text: str) -> str | None:
    """The city a hukou move put ahead or supposed goes to; None when none is (a move told as
    made, 迁过来了, "we moved our hukou", is the understanding layer's)."""
    said = normalise(text)
    if MOVE_DONE.search(SUPPOSED_MOVE.sub(" ", said)) and not SUPPOSED_MOVE.search(said):
        return None
    found = MOVE_AHEAD.search(said)
    if found is not None and AHEAD.search(said):
        return _city_of(found.group("zh") or found.group("wait") or found.group("en") or "")
    moved = MOVED_TO.search(said)
    if (
        moved is not None
        and SUPPOSED_MOVE.search(said)
        and not MOVE_DONE.search(SUPPOSED_MOVE.sub(" ", said))
    ):
        return _city_of(moved.group("zh") or moved.group("en") or "")
    return None


def without_move_ahead(text: str, said: list[FactUpdate]) -> list[FactUpdate]:
    """`said` without the city of a move put ahead and the hukou read from it: "户口迁到济南以后
    老三能不能拿济南那个每月600", "等户口落到济南" leave the family in Beijing with its hukou as
    told before."""
    there = move_ahead_to(text)
    if there is None:
        return said
    return [
        u for u in said if not (u.fact == "city" and u.value == there) and u.fact != "hukou_in_city"
    ]


# A move denied (户口还在济南老家没迁, "never moved our hukou"): the hukou held where it was.
NOT_MOVED = re.compile(
    r"(?:还)?(?:没|没有|未|不)(?:迁|转|落)(?:走|过来|过去|出来)?"
    r"|\b(?:never|didn't|did not|haven't|have not) (?:move|moved|transfer|transferred)\b",
    re.I,
)


def hukou_and_home(
    text: str, said: list[FactUpdate], slots: dict[str, Any]
) -> tuple[str, str] | None:
    """(the city of the hukou, the city lived in) when `text` tells the family's hukou in a city
    other than where it lives (told now, or known); None otherwise."""
    norm = normalise(text)
    # the hukou set against where the family lives (户口在济南 人在北京打工) is the family's own
    # even with no 我们 (tester 69 c9)
    set_against = any(
        lives_in(c).search(norm) and not hukou_in(c).search(norm) for c in CITIES
    ) and any(hukou_in(c).search(norm) for c in CITIES)
    if CHILDS.search(norm) or not (OWN.search(norm) or set_against):
        return None
    if moved_from_a_former_hukou(norm):
        return None
    if HUKOU_MOVE.search(NOT_MOVED.sub(" ", norm)):  # not "户口还在济南老家没迁" (tester 86 c2)
        moved = MOVE_TO_CITY.search(norm)
        to = (moved.group("city") or moved.group("en") or "") if moved else ""
        there_now = next((c for c, p in CITY.items() if p.search(to)), None) if to else None
        done = moved is not None and not MOVE_NOT_MADE.search(
            norm[max(0, moved.start() - 8) : moved.start()]
        )
        lived_now = [c for c in CITIES if lives_in(c).search(norm) and c != there_now]
        if there_now is not None and done and len(lived_now) == 1 and move_ahead_to(text) is None:
            # "我户口上个月刚迁到济南 老婆户口还在北京 我们一家在北京租房住" (tester 81 c6): the
            # hukou moved to Jinan, the family living in Beijing
            return there_now, lived_now[0]
        return None  # a move told or asked: not a hukou held apart
    if any(u.fact == "hukou_in_city" and u.kind == "question" for u in said):
        return None  # "要是我们是济南户口呢": supposed
    held = [c for c in CITIES if hukou_in(c).search(norm)]
    if len(held) != 1 or move_ahead_to(text) is not None:
        return None
    there = held[0]
    told = [str(u.value) for u in said if u.fact == "city" and u.kind in TOLD]
    if there in told and slots.get("city") not in (None, there):
        return None  # "我们打算回济南生 户口是济南的": the family moves there (understanding's)
    lived = [c for c in CITIES if lives_in(c).search(norm)]
    home = next((c for c in [*told, *lived] if c != there), None)
    if home is None and not any(c == there for c in lived):
        known = slots.get("city")
        home = str(known) if known in CITIES and known != there else None
    return (there, home) if home is not None else None


# Words that put a fact right, not tell a new one (不对 我们在北京, "no wait, we're in beijing").
CITY_PUT_RIGHT = re.compile(
    r"不对|说错|搞错|弄错|记错|错了|\bno,? wait\b|\bactually\b|\bsorry\b|\bi meant\b", re.I
)


def hukou_city_read(text: str, said: list[FactUpdate], slots: dict[str, Any]) -> list[FactUpdate]:
    """`said` with the hukou's city kept apart from the city lived in (see the module): the city
    lived in, its hukou false and `hukou_city`; a hukou told since in the city lived in, or a
    move to the hukou's city, clears `hukou_city`."""
    said = without_move_ahead(text, said)
    apart = hukou_and_home(text, said, slots)
    span = normalise(text)[:40]
    if apart is not None:
        there, home = apart
        # the hukou's own words ("我们户口在济南"), not the message's start: a figure checked
        # later in it ("那个600的补贴能领吗") must not take the hukou with it (tester 50 c8)
        found = hukou_in(there).search(normalise(text))
        span = found.group(0) if found is not None else span
        kept = [
            u
            for u in said
            if not (u.fact == "city" and u.value != home) and u.fact != "hukou_in_city"
        ]
        if slots.get("city") != home and not any(u.fact == "city" for u in kept):
            kept.insert(0, FactUpdate("city", home, span=span))
        kept.append(FactUpdate("hukou_in_city", False, span=span))
        kept.append(FactUpdate(HUKOU_CITY_SLOT, there, span=span))
        return kept
    held = slots.get(HUKOU_CITY_SLOT)
    # a city told, not put right: "不对 我们在北京" puts the city right, and the hukou noted
    # with the wrong city is asked again (test_household_form)
    moved_to = (
        None
        if CITY_PUT_RIGHT.search(text)
        else next((u.value for u in said if u.fact == "city" and u.kind in TOLD), None)
    )
    before = slots.get("city")
    if (
        held is None
        and moved_to is not None
        and before is not None
        and moved_to != before
        and slots.get("hukou_in_city") is True
        and not any(u.fact == "hukou_in_city" for u in said)
    ):  # "他们人常年在北京住 不在济南" of a family with Jinan hukou: living in Beijing, the
        # hukou still Jinan's (tester 80 c9 was told Jinan's 600 is not theirs)
        return [
            *said,
            FactUpdate("hukou_in_city", False, span=span),
            FactUpdate(HUKOU_CITY_SLOT, before, span=span),
        ]
    if held is None:
        return said
    city = next((u.value for u in said if u.fact == "city" and u.kind in TOLD), None)
    if city == held:  # moved to the city of the hukou: living there with its hukou
        said = [u for u in said if u.fact != "hukou_in_city"]
        return [
            *said,
            FactUpdate("hukou_in_city", True, span=span),
            FactUpdate(HUKOU_CITY_SLOT, None),
        ]
    if hukou_in(str(held)).search(normalise(text)) and not any(
        u.fact == "city" and u.kind in TOLD for u in said
    ):  # "我们户口在济南能领不" of a family living in Beijing: the hukou kept, said again
        # (tester 69 c9 was put down as holding Beijing hukou, "已更新：济南户口")
        return [u for u in said if u.fact != "hukou_in_city"]
    if any(u.fact == "hukou_in_city" and u.kind == "statement" for u in said):
        return [*said, FactUpdate(HUKOU_CITY_SLOT, None, span=span)]  # the hukou told anew
    return said


def lives_apart(slots: dict[str, Any], entry: Entry) -> bool:
    """Whether `entry` is a measure of the city of the family's hukou, not of the city it lives
    in, that reads the hukou (Jinan clause 12's subsidy and its +200)."""
    held = slots.get(HUKOU_CITY_SLOT)
    return (
        held is not None
        and held == entry.city
        and slots.get("city") != held
        and "hukou_in_city" in entry.facts
    )


def with_hukou_there(slots: dict[str, Any]) -> dict[str, Any]:
    """The family's facts as the plan of the city of its hukou reads them for a measure that
    reads the hukou: that city, its hukou held."""
    held = slots[HUKOU_CITY_SLOT]
    return {**slots, "city": held, "hukou_in_city": True, HUKOU_CITY_SLOT: None}


def hukou_entries(city: str) -> list[Entry]:
    """The measures of `city`'s plan that read the hukou, in the catalogue's order."""
    return [
        e for e in catalogue().entries.values() if e.city == city and "hukou_in_city" in e.facts
    ]


# The hukou city's monthly money named (育儿补贴, 每月600, "the 600", "childcare subsidy").
MONTHLY_NAMED = re.compile(r"育儿补贴|育儿补助|600|800|\bchildcare subsidy\b", re.I)
# Money or the hukou's rule asked beside the hukou city's name ("济南那个能领吗", "jinan plan says
# city household registration, not where we live, no?").
MONEY_OR_HUKOU = re.compile(
    r"补贴|补助|钱|领|拿|户口|户籍"
    r"|\b(?:money|subsidy|allowance|paid|get|hukou|household registration)\b",
    re.I,
)
# Asked without a question mark ("能领不", "can we get").
ASKED = re.compile(
    r"[吗么不没呢吧]\s*$|能不能|可不可以|能领|能拿|有没有|\bno\s*$"
    r"|\b(?:can|could|would|will|do|does|did|is|are)\s+(?:we|i|they|he|she|it|the|our|my)\b",
    re.I,
)


def hukou_city_question(slots: dict[str, Any], text: str, lang: Lang) -> Entry | None:
    """The measure of the city of the family's hukou that reads the hukou, asked by a family
    living in the other city ("济南的600能领吗", "can we get the jinan 600 for our 2nd?",
    "老二的育儿补贴能领到什么时候"): to be answered from that plan (see the module); None for any
    other message, a move supposed (the what-if's), or the city lived in asked."""
    held, home = slots.get(HUKOU_CITY_SLOT), slots.get("city")
    if held is None or held == home or home not in CITIES:
        return None
    said = normalise(text)
    if not (QUESTION.search(said) or YES_NO.search(said) or ASKED.search(said)):
        return None
    if move_ahead_to(text) is not None:
        return None
    there_named = bool(CITIES[str(held)].pattern.search(said))
    if CITIES[str(home)].pattern.search(said) and not there_named:
        return None  # "北京有什么补贴": the plan of the city lived in
    entry = asked_measure(text, str(held), lang)
    if entry is not None and entry.city == held and "hukou_in_city" in entry.facts:
        return entry
    if (
        entry is not None
        and there_named
        and entry.city == held
        and "household" in entry.audience
        and entry.facts
    ):  # "济南的居民医保 给二宝上 是不是不用交钱": the measure of the hukou's city named, for
        return entry  # this family's children (Jinan 15; tester 69 c9 heard Beijing's "不对")
    return _other_named(said, held, home, there_named, slots)


def _other_named(
    said: str, held: Any, home: Any, there_named: bool, slots: dict[str, Any]
) -> Entry | None:
    """hukou_city_question's answer when the measure asked is not one of the hukou city's named
    for the family: the hukou city's monthly money named, or the measure discussed."""
    named_there = named_entry(said, str(held))
    if named_entry(said, str(home)) is not None or named_there is not None:
        return None  # another measure named: its own plan's answer
    if MONTHLY_NAMED.search(said) or (there_named and MONEY_OR_HUKOU.search(said)):
        return monthly_subsidy(str(held))
    current = catalogue().entries.get(str(slots.get("topic_entry")))
    if current is not None and lives_apart(slots, current) and not MORE_ITEMS.search(said):
        return current  # "until when we get it? is it finish already?" of the 600 answered
    return None


def hukou_plan_entry(slots: dict[str, Any]) -> Entry | None:
    """The monthly money of the plan of the city of the family's hukou when it lives in the
    other (Jinan clause 12's 600, its +200 said with it): the item the summary of the city
    lived in cannot hold; None for a family living where its hukou is."""
    held = slots.get(HUKOU_CITY_SLOT)
    if held is None or held == slots.get("city"):
        return None
    paid = [e for e in hukou_entries(str(held)) if e.kind == "cash"]
    return paid[0] if paid else None


def hukou_plan_heading(entry: Entry, slots: dict[str, Any], lang: Lang) -> str:
    """The line that names the plan the next item comes from, in a summary of the city lived
    in: "按济南方案（您家是济南户口）：", "From Jinan's plan (your family has Jinan hukou):"."""
    there = city_name(str(entry.city), lang)
    return t(
        lang,
        f"按{there}方案（您家是{there}户口）：",
        f"From {there}'s plan (your family has {there} hukou):",
    )


# Where the family lives, or the hukou's rule, asked of the measure ("jinan plan says city
# household registration, not where we live, no?", 我们人在北京 户口在济南 也算吗).
RESIDENCE_ASKED = re.compile(
    r"户口|户籍|住|人在|\b(?:hukou|household registration|live|living|lives|where we)\b", re.I
)


def residence_answer(entry: Entry, slots: dict[str, Any], lang: Lang) -> str:
    """The answer to whether living elsewhere matters, asked of `entry`: the plan names the
    hukou only, and is silent on residence; the lead department decides."""
    there = city_name(str(entry.city), lang)
    here = city_name(str(slots.get("city")), lang)
    clause = clause_name(entry.clause, lang)
    leads = [d.get(lang) for d in department_names(entry.departments.lead)]
    lead = "、".join(leads) if lang == "zh" else ", ".join(leads)
    return t(
        lang,
        f"{there}方案{clause}的条件写的是“{there}户籍”，没有写居住地；住在{here}的{there}户口家庭算不算，"
        f"方案没有说，请问牵头部门{lead}。",
        f"{there}'s plan, {clause}, names {there} household registration as the condition and "
        f"says nothing about where the family lives; whether a family with {there} hukou living "
        f"in {here} is paid, it does not say: ask the lead department, {lead}.",
    )


def yes_on_its_condition(answer: str, entry: Entry, lang: Lang) -> str:
    """`answer` with a bare yes opening it ("能。", "Yes.") said as the yes of the hukou
    condition: the plan is silent on living elsewhere, so the yes is only the rule's."""
    there = city_name(str(entry.city), lang)
    for bare, said in (
        ("能。", f"按“{there}户籍”这一条件，能。"),
        ("Yes.", f"By its {there} hukou condition, yes."),
    ):
        if answer.startswith(bare):
            return said + answer[len(bare) :]
    return answer


def answered_there(slots: dict[str, Any], entry: Entry) -> bool:
    """Whether `entry` is a measure of the city of the family's hukou, the family living in the
    other (lives_apart, or any measure of that plan asked for this family by the city's name)."""
    held = slots.get(HUKOU_CITY_SLOT)
    return held is not None and held == entry.city and slots.get("city") != held


def residence_silence(entry: Entry, slots: dict[str, Any], lang: Lang) -> str:
    """Which plan the answer comes from and what it leaves open: it reads the hukou, it says
    nothing of where the family lives; the lead department decides."""
    there = city_name(str(entry.city), lang)
    here = city_name(str(slots.get("city")), lang)
    clause = clause_name(entry.clause, lang)
    leads = [d.get(lang) for d in department_names(entry.departments.lead)]
    lead = "、".join(leads) if lang == "zh" else ", ".join(leads)
    if "hukou_in_city" not in entry.facts:  # a measure that reads no hukou (Jinan 15's insurance)
        return t(
            lang,
            f"（以上按{there}方案{clause}；方案没有写人住在{here}的能不能在{there}参保、享受，"
            f"以牵头部门{lead}的认定为准。）",
            f"(From {there}'s plan, {clause}; the plan does not say whether a family living in "
            f"{here} can take it up in {there}, so the lead department, {lead}, decides.)",
        )
    return t(
        lang,
        f"（以上按{there}方案{clause}：看的是{there}户籍，您家是{there}户口；方案没有写人住在{here}"
        f"算不算，以牵头部门{lead}的认定为准。）",
        f"(From {there}'s plan, {clause}: it reads {there} household registration, which your "
        f"family holds; the plan does not say whether living in {here} matters, so the lead "
        f"department, {lead}, decides.)",
    )
