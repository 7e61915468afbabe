"""A measure asked of the city the family's hukou has left ("我们户口刚从济南迁过来 二宝在济南能
领吗", "户口迁走了还能领那600吗", "we moved our hukou from Jinan to Beijing, can the second still
get the 600?"). Jinan clause 12 pays only families with Jinan hukou: under the plan the move ends
it, and the plan says nothing of the months before the move; its lead department decides.
Tester 50 c06 got Jinan's housing-fund rent withdrawal (clause 14) three times, then the
clause-12 text with no yes/no. All of it comes from policy_kb: the measure, its hukou condition,
its clause and its lead department."""

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.focus import QUESTION, monthly_subsidy, named_entry
from actions.headline import YES_NO
from actions.language import reply_language
from actions.no_cash import no_figure_cash
from actions.side_questions import about
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import CITIES, city_name
from wording.entitlements import clause_name
from wording.language import t

# The hukou moved from a city (从济南迁过来, 户口从济南转到北京, "moved our hukou from jinan"):
# the city after 从 / from is the one it left.
MOVED_FROM = re.compile(
    r"从(?P<zh>[^，,。到]{1,8}?)(?:迁|转|落)|\b(?:moved|transferred|took)\b[^,.;!?]{0,24}?"
    r"\bhukous?\b[^,.;!?]{0,12}?\bfrom\s+(?P<en>\w+)",
    re.I,
)
# The hukou moved to a city (户口迁北京了, 户口转到济南, "moved our hukou to beijing").
MOVED_TO = re.compile(
    r"(?:户口|户籍)[^，,。]{0,4}(?:迁|转|落)(?:到|去|往|回|进)?(?P<to>北京|济南)"
    r"|\bhukous?\b[^,.;!?]{0,16}\b(?:moved|transferred)\s+(?:it\s+)?to\s+(?P<to_en>beijing|jinan)\b"
    # "we'd move our hukou there" (the city named before), "if we move our hukou to beijing"
    r"|\b(?:move[ds]?|moving|transfer(?:s|red|ring)?)\s+(?:our|my|the|their)\s+hukous?\s+"
    r"(?:(?:over\s+)?to\s+(?P<to_en2>beijing|jinan)\b|(?P<there>there)\b)",
    re.I,
)
# The money asked as lost or stopped by the move ("would we lose the 600", 会不会停, 是不是就没了):
# its yes is the plan's no.
LOSS_ASKED = re.compile(
    r"\blos[et]\b|\blosing\b|\b(?:stop|be stopped|be cut off)\b"
    r"|会不会(?:停|断|没)|是不是就(?:停|断|没)|就没了",
    re.I,
)


def moved_to_city(said: str) -> str | None:
    """The city MOVED_TO names, "there" being the one city the message names."""
    to = MOVED_TO.search(said)
    if to is None:
        return None
    if to.group("there"):
        return _city_in(said[: to.start()])
    return _city_in(to.group("to") or to.group("to_en") or to.group("to_en2") or "")


# The hukou moved away (户口迁走了, 迁出去了, "our hukou moved away", "moved out of jinan").
MOVED_AWAY = re.compile(
    r"(?:户口|户籍)[^，,。]{0,6}(?:迁走|迁出|转走|转出)"
    r"|\bhukous?\b[^,.;!?]{0,16}\b(?:moved|transferred|taken)\s+(?:it\s+)?(?:away|out)\b"
    r"|\b(?:moved|transferred)\s+(?:our|my|the|their)?\s*hukous?\s+(?:away|out)\b",
    re.I,
)
# The question carries on from before the move (还能, 还可以, 继续, "still", "any more").
STILL = re.compile(r"还(?:能|可以|给|发|有)|继续|\bstill\b|\bany ?more\b|\bkeep\b", re.I)
# Money asked (能领, 补贴, 那600, "the 600", "get the money").
MONEY = re.compile(r"领|补贴|补助|钱|\d{3}|\b(?:money|subsidy|allowance|paid|get)\b", re.I)


def _city_in(words: str) -> str | None:
    named = [city for city, c in CITIES.items() if c.pattern.search(words)]
    return named[0] if len(named) == 1 else None


def _monthly_figure_quoted(said: str, city: str) -> bool:
    """Whether `said` quotes a monthly amount of `city`'s plan ("那600": Jinan clause 12)."""
    numbers = {float(n) for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", said)}
    return any(
        float(v) in numbers
        for e in catalogue().entries.values()
        if e.city == city
        for key, p in e.parameters.items()
        if key == "monthly_amount_cny"
        for v in p.values.values()
        if isinstance(v, int | float)
    )


def left_city(said: str, family_city: str | None) -> str | None:
    """The city the family's hukou is told to have left: the one after 从 / from, else, for a
    move away, the one other than the family's named in the message, else the family's own."""
    start = MOVED_FROM.search(said)
    if start is not None:
        return _city_in(start.group("zh") or start.group("en") or "")
    moved_here = MOVED_TO.search(said)
    if moved_here is not None and moved_to_city(said) == family_city:
        # "那会是济南户口 今年7月户口迁北京了 济南那个600还给不给" of a Beijing family: Jinan left
        others = [c for c, city in CITIES.items() if city.pattern.search(said) and c != family_city]
        return others[0] if len(others) == 1 else None
    if moved_here is not None and family_city and moved_to_city(said) not in (None, family_city):
        return family_city  # 要是明年俺们户口迁去北京了 这个600的还能接着领吗 of a Jinan family
    if not MOVED_AWAY.search(said):
        return None
    others = [c for c, city in CITIES.items() if city.pattern.search(said) and c != family_city]
    if len(others) == 1:
        return others[0]
    if others:
        return None
    quoted = [c for c in CITIES if c != family_city and _monthly_figure_quoted(said, c)]
    if family_city and monthly_subsidy(family_city) is None and len(quoted) == 1:
        return quoted[0]  # 户口迁走了还能领那600吗 in Beijing: Jinan's 600 (clause 12)
    return family_city


def _the_measure(said: str, left: str, lang: Lang) -> Entry | None:
    """The measure of the city left that is asked: named, else its monthly money."""
    named = named_entry(said, left)
    if named is not None and named.city == left:
        return named
    return monthly_subsidy(left)


def no_cash_at_home(home: str, lang: Lang) -> str | None:
    """The family's own plan on money by the month when it sets no amount (Beijing clause
    (12)), in one line; None when it does."""
    found = no_figure_cash(home)
    if not found:
        return None
    entry, name = found[0], city_name(home, lang)
    return t(
        lang,
        f"{name}的方案没有按月发钱的补贴，只写了“{entry.title.zh}”，没有写金额（第{entry.clause}条）。",
        f"The {name} plan has no monthly cash payment; it only says: "
        f"{entry.title.en[:1].lower()}{entry.title.en[1:]}, with no amount "
        f"(clause {entry.clause}).",
    )


def moved_away_answer(
    entry: Entry, left: str, home: str | None, lang: Lang, loss: bool = False
) -> str:
    """The no under the plan for `entry` of the city `left`, which needs that city's hukou, with
    its clause; the plan's silence on the months before the move; and whom to ask. With `loss`
    (the money asked as lost: "would we lose the 600?"), the same said as its stop."""
    title, clause = entry.title.get(lang), clause_name(entry.clause, lang)
    there = city_name(left, lang)
    moved = (
        t(
            lang,
            f"户口迁到{city_name(home, lang)}后",
            f"with the hukou moved to {city_name(home, lang)}",
        )
        if home and home != left
        else t(lang, f"户口迁出{there}后", f"with the hukou moved out of {there}")
    )
    lead = render.lead_departments(entry, lang)
    home_line = no_cash_at_home(home, lang) if home and home != left else None
    verdict_zh = "按方案会停" if loss else "按方案不能"
    verdict_en = "Under the plan, yes, it would stop" if loss else "Under the plan, no"
    return "\n".join(
        [
            t(
                lang,
                f"{verdict_zh}：{title}（{there}，{clause}）要求{there}户籍，"
                f"{moved}就不再符合这个条件。",
                f"{verdict_en}: {title} ({there}, {clause}) requires {there} hukou, and {moved} "
                "the family no longer meets that condition.",
            ),
            t(
                lang,
                "迁出前的那几个月能不能领、领到哪个月，方案没有写；请以牵头部门的答复为准。",
                "Whether the months before the move are paid, and until which month, the plan "
                "does not say; the lead department decides.",
            ),
            lead,
            *([home_line] if home_line else []),
        ]
    )


def answered_moved_away(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """The answer to a question about a measure of the city the family's hukou has left (see
    moved_away_answer); None for any other message, or a measure with no hukou condition."""
    said = normalise(text)
    if not (QUESTION.search(said) or YES_NO.search(said)):
        return None
    home = tracker.get_slot("city")
    home = str(home) if home else None
    left = left_city(said, home)
    if left is None:
        return None
    start = MOVED_FROM.search(said) or MOVED_AWAY.search(said) or MOVED_TO.search(said)
    rest = said[start.end() :] if start is not None else said
    to = MOVED_TO.search(said)
    elsewhere = to is not None and moved_to_city(said) != home
    if left == home and not MOVED_AWAY.search(said) and not elsewhere:
        return None  # a move from the family's own city, told oddly: not this question
    if left != home and not (
        STILL.search(rest) or _city_in(rest) == left or (MONEY.search(rest) and home != left)
    ):
        return None  # "户口从北京迁到济南了 济南能领吗": the city moved to is asked
    lang = reply_language(tracker)
    entry = _the_measure(rest, left, lang)
    if entry is None or "hukou_in_city" not in entry.facts:
        return None
    # "would we lose the 600 a month?": yes, it would stop (tester 100 p3 heard "No.")
    loss = bool(LOSS_ASKED.search(rest))
    dispatcher.utter_message(text=moved_away_answer(entry, left, home, lang, loss))
    return about(entry)
