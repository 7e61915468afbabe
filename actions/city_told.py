"""The family's city named in a question while it is still unknown ("生孩子报销怎么算 济南",
"产假多少天 北京的", "jinan btw how long is leave"): kept as the family's and read back, so
that the city is not asked again (tester 24 item 14, c04)."""

import re

from rasa_sdk import Tracker

from actions import clock
from actions.hotline import in_hotline
from actions.household_form import read_message
from actions.side_questions import BRIEF_SLOT
from understanding.updates import FactUpdate
from wording.cities import CITIES, mentioned_city

# A city put as a supposition ("要是在北京能领多少", "如果搬到济南", "if we were in beijing"):
# not where the family lives.
SUPPOSED = re.compile(
    r"(?:如果|要是|假如|假设|万一|若是|换成|换到)[^，,。？?！!\s]{0,6}$"
    r"|\b(?:if|suppose|supposing|say)\b[^,.?!]{0,20}$",
    re.I,
)


def named_cities(text: str) -> list[tuple[str, int]]:
    """Each city the text names with where its first naming starts."""
    found = []
    for key, city in CITIES.items():
        match = city.pattern.search(text)
        if match is not None:
            found.append((key, match.start()))
    return found


def city_told(tracker: Tracker, text: str) -> str | None:
    """The city to keep as the family's: the family's city is unknown, no form question is
    pending, the message names one city alone (not "北京和济南哪个长", a comparison), as the
    place asked about, not as a supposition ("如果我们搬到北京", which the understanding layer
    reads as a question) nor as where someone else heard a rule ("我朋友在济南说…"). None
    otherwise, and for a hotline worker (or one who asked for brief answers), whose city is the
    caller's, not their own."""
    if tracker.get_slot("city") or tracker.active_loop.get("name"):
        return None
    if tracker.get_slot(BRIEF_SLOT) or in_hotline(tracker):
        return None
    city = city_named_alone(text)
    if city is None:
        return None
    said = read_message(text, dict(tracker.slots), clock.today())
    if any(u.fact == "city" and u.kind != "statement" for u in said):
        return None
    return city


def city_named_alone(text: str) -> str | None:
    """The one city `text` names ("济南买第一套房最多能贷多少"), not as a supposition ("如果我们搬
    到北京"); None when it names none or both."""
    named = named_cities(text)
    if len(named) != 1 or mentioned_city(text) != named[0][0]:
        return None
    if SUPPOSED.search(text[: named[0][1]]):
        return None
    return named[0][0]


def told_update(city: str, text: str) -> FactUpdate:
    """The city kept, as the read-back's fact ("记下了：在济南")."""
    return FactUpdate(fact="city", value=city, span=text[:40])
