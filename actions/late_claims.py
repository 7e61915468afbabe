"""Money asked about after its time: months not claimed, or months before the hukou moved in
("can we still claim the money we never got", 户口才迁过来 之前在德州的时候那几个月咋算). Neither
plan speaks of late claims or back pay (render.back_pay_unsaid names the lead department); what
the plan does say is the child's own period (Jinan clause 12: until 3) and the hukou condition.
A period that has ended is told as ended, never as "有（已于…停发）" / "Yes (stopped on …)": that
reads as "you had it", of months the family may not have claimed or met the hukou condition in."""

import re

from rasa_sdk import Tracker

from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.hukou_move import moved_lately
from wording.cities import city_name
from wording.language import t

# "有（已于2026年5月1日停发）。", "第2个孩子、第3个孩子有（已于…停发）；第1个孩子没有。",
# "Yes (stopped on 1 Mar 2026).", "Child 2 and child 3: yes (stopped on 1 Mar 2026); child 1: no."
ENDED_LEAD = re.compile(
    r"^(?P<who>[^。\n]*?)(?:有|不发了|现在没有了)（已于(?P<zh>[^）]+?)(?:停发|结束)）"
    r"(?:；[^。\n]*没有)?。"
    r"|^(?:(?P<whoen>[^.\n]*?): )?(?:[Yy]es|[Nn]o longer) \((?:stopped|ended) on (?P<en>[^)]+)\)"
    r"(?:; [^.\n]*: no)?\.\s*"
)

# a period told as ended ("孩子已于…年满3周岁，此项已结束", "Ended when the child turned 3")
ENDED = re.compile(r"此项已结束|Ended when", re.I)

# months or money spoken of, no measure named ("那几个月的钱能补吗", 没领到的钱还能给吗, "the
# months we didn't apply"): the money paid by the month, not a measure the search ranks first
MONEY_BY_MONTH = re.compile(r"几个月|那些月|月份|钱|\bmonths\b|\bmoney\b", re.I)


def hukou_moved_lately(tracker: Tracker) -> bool:
    """The family said, in this message or an earlier one, that its hukou moved into the city
    lately (c10: "济南 户口上个月刚迁过来 之前是德州的"), not a move only supposed."""
    texts = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
    texts.append(tracker.latest_message.get("text") or "")
    return any(moved_lately(x) for x in texts)


def ended_told_as_ended(reply: str, entry: Entry, lang: Lang, moved: bool) -> str:
    """`reply` with a leading "有（已于X停发）" put as what it is: the period ended on X (clause
    12: until 3); with a hukou moved in lately, also that the plan requires the city's hukou,
    which the family did not have before the move (c10: hukou in Dezhou while the child was
    under 3)."""
    if hukou_condition(entry, lang) in reply:
        return reply  # told already (tester 37 r03 read the condition twice in a row)
    found = ENDED_LEAD.match(reply)
    if found is None:
        if moved and "hukou_in_city" in entry.facts and ENDED.search(reply):
            # the child's period told as ended, without a yes: the hukou condition first, and
            # that a child already past the age gets nothing from the move (tester 37 r03)
            return (
                hukou_condition(entry, lang)
                + too_late_to_move(entry, lang)
                + t(lang, "\n", "\n")
                + reply
            )
        return reply
    who = found.group("who") or found.group("whoen") or ""
    end = found.group("zh") or found.group("en") or ""
    lead = t(
        lang,
        f"{who}这项的发放期已于{end}结束。",
        f"{who + ': t' if who else 'T'}he payment period ended on {end}.",
    )
    if moved and "hukou_in_city" in entry.facts:
        lead += t(lang, "", " ") + hukou_condition(entry, lang) + too_late_to_move(entry, lang)
    return lead + t(lang, "", " ") + reply[found.end() :].lstrip()


def hukou_condition(entry: Entry, lang: Lang) -> str:
    """The hukou condition of `entry` for a family whose hukou moved in lately (Jinan clause
    12: "具有济南户籍"): not met before the move."""
    city = city_name(entry.city, lang)
    return t(
        lang,
        f"方案要求{city}户籍；户口迁入{city}以前，您家不符合这一条件。",
        f"The plan requires {city} hukou, which your family did not have before the move.",
    )


def too_late_to_move(entry: Entry, lang: Lang) -> str:
    """'孩子已满3周岁的，现在把户口迁入济南也领不到这一项。' of a measure paid until an age (Jinan
    clause 12: until 3): moving the hukou now brings nothing for a child past it; empty for a
    measure with no age limit."""
    age = entry.parameters.get("age_limit_years")
    if age is None:
        return ""
    city = city_name(entry.city, lang)
    return t(
        lang,
        f"孩子已满{age.value}周岁的，现在把户口迁入{city}也领不到这一项。",
        f" For a child already {age.value}, moving the hukou to {city} now brings nothing.",
    )
