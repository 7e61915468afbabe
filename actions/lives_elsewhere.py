"""A hukou in one city and a life in another ("my son lives in beijing but the baby's hukou is
jinan, does that count?", "孩子是济南户口 但一家人住在北京 能领济南的600吗"): the measure asked,
of the city of the hukou, as its plan states it with its clause (the hukou it requires or none,
the children it is for), then the plan's silence on where the family lives, and whom to ask.
Tester 47 c08 (a grandfather whose son lives in Beijing, the baby's hukou in Jinan) got Beijing's
special family-planning families and the Jinan rule quoted without a word on residence."""

import re
from functools import cache

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.focus import (
    GRANDPARENTS_MEASURE,
    QUESTION,
    asked_measure,
    asks_for_grandparents,
    monthly_subsidy,
    named_entry,
)
from actions.headline import YES_NO
from actions.language import reply_language
from actions.side_questions import about, topic
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import CITIES, city_name
from wording.entitlements import clause_name
from wording.language import t


@cache
def hukou_in(city: str) -> re.Pattern[str]:
    """The hukou said to be in `city` (济南户口, 户口在济南, 户口还是济南的, "jinan hukou",
    "hukou is jinan", "our hukou still jinan", "household registration is in jinan")."""
    c = CITIES[city].pattern.pattern
    return re.compile(
        rf"(?:{c})(?:的)?(?:户口|户籍)"
        rf"|(?:户口|户籍)(?:还是|也是|都是|一直是|仍然是|是|在|落在|还在|都在|也在|一直在|仍在)?(?:{c})"
        rf"|(?:{c}) (?:hukou|household registration)\b"
        rf"|\b(?:hukou|household registration)(?:'s| is| was| are)? (?:still |also |all )?"
        rf"(?:in |registered in |from )?(?:{c})",
        re.I,
    )


@cache
def lives_in(city: str) -> re.Pattern[str]:
    """Living in `city` said ("住北京", "在北京住", "一家人住在北京", "lives in beijing")."""
    c = CITIES[city].pattern.pattern
    return re.compile(
        rf"住(?:在)?(?:{c})|在(?:{c})(?:住|生活|定居|工作|上班|常住|打工|租房|租的房)"
        rf"|(?:{c})(?:住|生活|定居|常住)"
        rf"|\b(?:live|lives|living|lived|based|stay|stays|staying|reside|resides|residing"
        rf"|works|working)"
        rf" (?:in |at )?(?:{c})",
        re.I,
    )


def hukou_and_home(text: str) -> tuple[str, str] | None:
    """(the city of the hukou, the city lived in) when `text` puts them apart; else None."""
    said = normalise(text)
    held = [city for city in CITIES if hukou_in(city).search(said)]
    lived = [city for city in CITIES if lives_in(city).search(said)]
    if len(held) != 1 or not lived or any(city in held for city in lived):
        return None
    return held[0], lived[0]


# The grandparents named ("济南那个老人的", "the jinan one for grandparents"): their measure.
ELDERS = re.compile(
    r"老人|祖父母|爷爷|奶奶|姥姥|姥爷|外公|外婆|老两口|grand(?:parents?|ma|pa|mother|father)s?",
    re.I,
)


# Whether it still holds ("算不算", "行不行", "does that count"), asked beside the two cities.
COUNTS = re.compile(r"算不算|行不行|成不成|管不管用|\bdoes (?:that|it|this) (?:count|work)\b", re.I)


def measure_asked(tracker: Tracker, text: str, hukou: str, lang: Lang) -> Entry | None:
    """The measure of the hukou's city the question is about: named, the grandparents' when
    they are asked of ("the jinan one for grandparents"), the one under discussion when it is
    that city's, else that city's monthly money ("does that count?" of the 600)."""
    said = normalise(text)
    if asks_for_grandparents(said) or ELDERS.search(said):
        return named_entry(GRANDPARENTS_MEASURE, hukou)
    asked = asked_measure(text, hukou, lang)
    if asked is not None and asked.city == hukou:
        return asked
    current = topic(tracker)
    if current is not None and current.city == hukou:
        return current
    return monthly_subsidy(hukou)


def residence_unsaid(hukou: str, home: str, lang: Lang) -> str:
    """The plan's silence on a family of `hukou`'s hukou living in `home`."""
    there, here = city_name(hukou, lang), city_name(home, lang)
    return t(
        lang,
        f"方案没有写居住地的要求：{there}户口、住在{here}的家庭能不能享受，方案没有说。",
        f"The plan says nothing about where the family lives: whether a family with {there} "
        f"hukou living in {here} can get it, it does not say.",
    )


def lives_elsewhere_answer(entry: Entry, hukou: str, home: str, lang: Lang) -> str:
    """`entry` as its plan states it, with its clause and the hukou it requires (or none), then
    the plan's silence on a family of that hukou living in `home`, and the lead department."""
    title = entry.title.get(lang)
    clause = clause_name(entry.clause, lang)
    there = city_name(hukou, lang)
    if "hukou_in_city" in entry.facts:
        rule = t(
            lang,
            f"{title}（{there}，{clause}）要求{there}户籍：{entry.summary.zh}",
            f"{title} ({there}, {clause}) requires {there} hukou: {entry.summary.en}",
        )
    else:
        rule = t(
            lang,
            f"{title}（{there}，{clause}）：方案没写户籍条件，只写了：{entry.summary.zh}",
            f"{title} ({there}, {clause}): the plan sets no hukou condition; it says: "
            f"{entry.summary.en}",
        )
    silent = residence_unsaid(hukou, home, lang)
    return "\n".join([rule, silent, render.lead_departments(entry, lang)])


def answered_lives_elsewhere(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The answer to a question put by a family whose hukou is in one city and who live in the
    other (see lives_elsewhere_answer); None for any other message."""
    from actions.hotline import in_hotline  # the hotline imports the answers' neighbours

    said = normalise(text)
    cities = hukou_and_home(said)
    if cities is None or not (QUESTION.search(said) or YES_NO.search(said) or COUNTS.search(said)):
        return None
    if in_hotline(tracker):  # a caller's case: worked out by the hotline, the silence added
        return None
    hukou, home = cities
    lang = reply_language(tracker)
    entry = measure_asked(tracker, text, hukou, lang)
    grandparents = named_entry(GRANDPARENTS_MEASURE, hukou)
    if entry is None or ("hukou_in_city" not in entry.facts and entry != grandparents):
        return None  # a leave or a loan: the plan of the city worked or bought in, not this
    dispatcher.utter_message(text=lives_elsewhere_answer(entry, hukou, home, lang))
    return about(entry)
