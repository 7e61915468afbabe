"""Whether a measure other than the money comes by itself ("the rent thing, how do we withdraw?
automatic?", "公积金付房租 是自动的吗"): the plan's silence said plainly, with the clause and the
lead department, beside the measure's answer (tester 50 e09 got the rent withdrawal's rule and
the childcare subsidy's procedure, never whether the withdrawal is automatic; Jinan clause 14)."""

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.apply_money import AUTOMATIC_ASKED
from actions.focus import is_monthly_money
from actions.language import reply_language
from actions.side_questions import named_measure
from policy_kb.kb import department_names
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

Run = TypeVar("Run", bound=Callable[..., Awaitable[list[EventType]]])


def automatic_said(run: Run) -> Run:
    """An answer's run that, when the message asks whether a measure other than the monthly
    money is automatic and the answer gave that measure without saying so, adds that the plan
    does not say, and whom to ask."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, *rest: Any
    ) -> list[EventType]:
        start = len(dispatcher.messages)
        events: list[EventType] = await run(self, dispatcher, tracker, *rest)
        said = normalise(str(tracker.latest_message.get("text") or ""))
        city = tracker.get_slot("city")
        if not city or not AUTOMATIC_ASKED.search(said):
            return events
        lang = reply_language(tracker)
        entry = named_measure(said, city, lang)
        replies = "\n".join(str(m.get("text") or "") for m in dispatcher.messages[start:])
        if (
            entry is None
            or is_monthly_money(entry)
            or entry.summary.get(lang) not in replies
            or AUTOMATIC_ASKED.search(replies)
        ):
            return events
        names = t(lang, "、", ", ").join(
            d.get(lang) for d in department_names(entry.departments.lead)
        )
        clause = clause_name(entry.clause, lang)
        dispatcher.utter_message(
            text=t(
                lang,
                f"方案没有写“{entry.title.zh}”是自动办理还是要自己申请（{clause}）；"
                + (f"请向{names}咨询。" if names else "方案也未指明负责部门。"),
                f"The plan does not say whether this is automatic or must be applied for "
                f"({clause}); "
                + (f"ask the {names}." if names else "nor does it name a department."),
            )
        )
        return events

    return wrapped  # type: ignore[return-value]
