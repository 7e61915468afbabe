"""How long a contribution is paid, when asked: "医保是每年都免 还是只有第一年免", "能补几年",
"is it free every year?". Jinan clause 15 pays a newborn's (and the grandparents') individual
contribution for the year of registration only; the family answer gives the deadline to enrol,
and tester 57 c1 asked three times without hearing that the subsidy is for one year. The
measure's summary in the knowledge base, which says so, is added after the answer."""

import functools
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.language import reply_language
from actions.unsaid import meant_measure
from wording.language import t

# The years a benefit lasts asked about (not "孩子几岁", an age, nor "哪年生的", a birth year).
YEARS_ASKED = re.compile(
    r"(?:补|免|交|管|给|报)几年|几年(?:都)?(?:免|补|不用交)|每年都|年年|(?:只有|就|只)(?:是)?(?:第一年|头一年|当年)"
    r"|一直(?:都)?(?:免费?|不用交|补)|以后(?:每年|还)(?:要|得)?交"
    r"|\bevery year\b|\beach year\b|how many years|only (?:for )?the first year|first year only"
    r"|\bfor good\b|\bforever\b|\bafter the first year\b",
    re.I,
)
# Every year put as a yes to be confirmed ("那以后每年都不用交吗", "so it's free every year?",
# "一直都免吗"): the answer is a no, the year of registration only.
EVERY_YEAR_PUT = re.compile(
    r"(?:以后|往后|之后)?(?:每年|年年|一直)(?:都)?(?:不用交|免费?|补|不交)"
    r"|\b(?:free|covered|paid) (?:every|each) year\b"
    r"|\bevery year\b[^.?!]{0,20}\b(?:free|covered|paid|no (?:fee|cost))\b",
    re.I,
)
# Every year offered beside the first alone ("是每年都免还是就第一年", "every year or the first").
EITHER_OR = re.compile(r"还是|\bor (?:only |just )?(?:the )?first\b", re.I)
# Words of a summary that give the year covered: 当年, "the year of registration", "that year's".
YEAR_SCOPE = re.compile(r"当年|the year of registration|that year's", re.I)

LEAD_YES = re.compile(r"^(?:能。|可以。|对。|Yes\. )")

Run = Callable[[Any, CollectingDispatcher, Tracker, Any], Awaitable[list[EventType]]]


def years_covered_after(run: Run) -> Run:
    """Decorates an answer's `run`: when the message asks how many years a measure pays and the
    measure's summary names the year it covers, that summary after the answer (once)."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any
    ) -> list[EventType]:
        events = await run(self, dispatcher, tracker, domain)
        text = tracker.latest_message.get("text") or ""
        if not YEARS_ASKED.search(text):
            return events
        entry = meant_measure(tracker, events)
        if entry is None:
            return events
        lang = reply_language(tracker)
        summary = entry.summary.get(lang)
        said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
        if not YEAR_SCOPE.search(summary):
            return events
        for message in dispatcher.messages[:1]:  # "一直免费吗 还是就第一年": no yes to an either-or
            message["text"] = LEAD_YES.sub("", message.get("text") or "", count=1)
        if EVERY_YEAR_PUT.search(text) and dispatcher.messages:
            # "那以后每年都不用交吗": no, the year of registration only, said first (tester 64);
            # "是每年都免还是就第一年": an either-or, answered without a no (tester 72 c1)
            first = dispatcher.messages[0]
            either = EITHER_OR.search(text) is not None
            first["text"] = (
                t(
                    lang,
                    f"{'' if either else '不是：'}方案只写了参保当年的个人缴费由财政全额补贴"
                    f"（第{entry.clause}条），没有写以后各年也补贴。",
                    f"{'' if either else 'No: '}{'The' if either else 'the'} plan only pays the "
                    f"individual contribution for the year of registration (clause "
                    f"{entry.clause}); it says nothing of later years.",
                )
                + "\n"
                + (first.get("text") or "")
            )
        if summary in said:
            return events
        dispatcher.utter_message(
            text=t(
                lang,
                f"按方案：{summary}（第{entry.clause}条）",
                f"The plan: {summary} (clause {entry.clause})",
            )
        )
        return events

    return wrapped
