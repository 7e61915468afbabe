"""A hukou elsewhere put as a follow-up on the measure just answered ("我户口在德州 也能免吗"
straight after the grandparents' long-term care insurance answer, tester 24 r3b, got the "出生一件
事" registration): whether that measure's rule reads the household registration, with its clause;
where the plan sets no hukou condition, it says so and names the lead department to ask."""

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import child_hukou, render
from actions.focus import QUESTION, asked_measure, figure_named
from actions.language import reply_language
from actions.mixed_hukou import silent_entries
from actions.side_questions import about, topic
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.household import HUKOU_ELSEWHERE
from understanding.hukou_move import moved_lately
from understanding.text import normalise
from wording.cities import city_name
from wording.entitlements import clause_name
from wording.language import t

# "不是济南户口", "没有本地户口", "非本地户口", "not a Jinan hukou", "no local hukou",
# "we don't have beijing hukou": a hukou not in the city, said without naming where it is.
HUKOU_NOT_HERE = re.compile(
    r"不是(?:济南|北京|本地|当地|这边|这里|本市)?(?:的)?(?:户口|户籍)"
    r"|(?:没有|没|无)(?:济南|北京|本地|当地|本市)?(?:的)?(?:户口|户籍)|非本地(?:户口|户籍)"
    r"|\bnot? (?:a )?(?:jinan|beijing|local) hukou\b"
    r"|\bdon'?t have (?:a )?(?:jinan |beijing |local )?hukou\b"
    r"|\bwithout (?:a )?(?:jinan |beijing |local )?hukou\b",
    re.I,
)
HUKOU_WORD = re.compile(r"户口|户籍|hukou", re.I)
SHORT = 60  # characters: a follow-up this short asks about the measure just answered


def named_in(entry: Entry, text: str, lang: Lang) -> bool:
    """`text` names `entry` by its title or one of its synonyms ("育儿补贴 也能领吗")."""
    said = text.lower()
    words = [entry.title.get(lang), *entry.synonyms.get(lang)]
    return any(w and w.lower() in said for w in words)


def hukou_elsewhere_asked(text: str) -> str | None:
    """The message with its hukou-elsewhere phrase taken out, when it is a short question that
    says a hukou is not in the city ("我户口在德州 也能免吗", "my hukou is in Dezhou, can I still
    get it?", "不是济南户口也行吗"); None otherwise."""
    said = normalise(text)
    if len(said) > SHORT or not HUKOU_WORD.search(said) or not QUESTION.search(said):
        return None
    found = HUKOU_NOT_HERE.search(said) or HUKOU_ELSEWHERE.search(said)
    if found is None or moved_lately(said):
        return None  # "生的时候户口还在菏泽 现在迁过来了": moved in since, the hukou is here now
    return said[: found.start()] + " " + said[found.end() :]


def hukou_answer(entry: Entry, lang: Lang) -> str:
    """Whether `entry`'s rule reads the household registration: the city's hukou required
    (its facts name hukou_in_city), or no hukou condition written, the rule as the plan states
    it, and the lead department that decides a hukou held elsewhere."""
    name = city_name(entry.city, lang)
    clause = clause_name(entry.clause, lang)
    title = entry.title.get(lang)
    if "hukou_in_city" in entry.facts:
        return t(
            lang,
            f"{title}要求{name}户籍（{clause}），户口不在{name}的家庭不在此列。",
            f"{title} requires {name} hukou ({clause}); a family whose hukou is not in {name} "
            "is not covered.",
        )
    return "\n".join(
        [
            t(
                lang,
                f"{title}：方案没写户籍条件（{clause}），只写了：{entry.summary.zh}",
                f"{title}: the plan sets no hukou condition ({clause}); it only says: "
                f"{entry.summary.en}",
            ),
            t(
                lang,
                "户口在外地的能不能享受，方案没有说；请问牵头部门。",
                "Whether someone whose hukou is elsewhere can get it, the plan does not say; ask "
                "the lead department.",
            ),
            render.lead_departments(entry, lang),
        ]
    )


def answered_hukou_elsewhere(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The answer to a hukou elsewhere put as a question on the measure it names, else on the
    measure under discussion (see hukou_answer); None when the message is no such question or
    no measure is in talk."""
    lang = reply_language(tracker)
    current = topic(tracker)
    if child_hukou.childs_hukou_elsewhere(text) and QUESTION.search(normalise(text)):
        # "孩子户口还在外地 爸妈户口在济南 能领不": the plan's silence, not "户口在外地的不符合"
        city = tracker.get_slot("hotline_city") or tracker.get_slot("city")
        city = city or (current.city if current is not None else None)
        silence = child_hukou.answer(city, lang)
        if silence is not None:
            dispatcher.utter_message(text=silence)
            entries = silent_entries(city)
            named = asked_measure(text, city, lang)
            return about(named if named in entries else entries[0])
    rest = hukou_elsewhere_asked(text)
    if rest is None:
        return None
    named = asked_measure(rest, tracker.get_slot("city"), lang)
    by_figure = figure_named(rest, tracker.get_slot("city")) if named is not None else None
    # named by its words, or by its figure ("那个每月600的 户口在菏泽能领不": Jinan's 600)
    entry = (
        named
        if named is not None and (named_in(named, rest, lang) or by_figure == named)
        else current
    )
    if entry is None:
        return None
    dispatcher.utter_message(text=hukou_answer(entry, lang))
    return about(entry)
