"""A child the family does not have yet, imagined ("what if she has a 3rd one next year, would
that one get it?", "if the 3rd is born say March 2027 does the 3rd get 600 a month? until when?",
"要是再生个老三 明年3月生 能领吗 领到啥时候"): answered for THAT child, yes or no, its monthly
money (Jinan clause 12's childcare subsidy, the hardship supplement as a condition) and the end
at its 3rd birthday worked out from the month given. No birth date the user never gave is put
in the answer (tester 45 c10 read "a child born on 1 Dec 2026 joins the family" and another
child's "No")."""

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from policy_kb import evaluate
from policy_kb import format as fmt
from policy_kb.errors import InputError
from policy_kb.kb import catalogue, get_entry
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding import understand
from understanding.text import normalise
from understanding.updates import FactUpdate
from wording.cities import city_name
from wording.entitlements import clause_line
from wording.language import t

# The birth is imagined, not told: "what if", "if", "say", "would", 要是, 如果, 假设, 再生.
IMAGINED = re.compile(
    r"\bwhat if\b|\bif\b|\bsuppos|\bsay\b|hypothetic|\bwould\b|\bwere to\b|\bin case\b"
    r"|\b(?:plan|planning|want|wants|thinking)\b|要是|如果|假如|假设|万一|再生|再要|再添|打算|想要"
    # a time to come named beside a child beyond those the family has ("到时候 老三能领800不")
    r"|到时候|那时候|明年|后年|将来|\bnext year\b|\bin the future\b",
    re.I,
)
# The hardship benefits said of now, not of the imagined birth: "we're on dibao now, if we have
# a 3rd"; 那时候/到时候/"by then" is that birth's time.
NOW_SAID = re.compile(r"现在|目前|眼下|如今|这会儿|\bnow\b|\bcurrently\b|\bat the moment\b", re.I)
HARDSHIP_FACTS = ("hardship_now", "hardship_at_birth", "child.hardship_at_birth")
# A next child named without its order: "another baby", 再生一个, "one more".
ANOTHER = re.compile(
    r"再生|再要|再添|another (?:one|child|baby|kid)|one more (?:child|baby|kid)"
    r"|\bnext (?:child|baby)",
    re.I,
)
# An order named: "3rd", "third", 老三, 第3个, 三胎, 3孩.
ORDINALS_EN = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
ORDER_NAMED = re.compile(
    r"\b([2-9])(?:nd|rd|th)\b|\b(second|third|fourth|fifth)\b|老([二三四五2-5])"
    r"|第([二三四五2-5])(?:个|胎)|([二三四五2-5])(?:胎|孩)",
    re.I,
)
CN_DIGITS = {"二": 2, "三": 3, "四": 4, "五": 5}
# The child's own money asked: "get it", "600", "subsidy", 能领, 补贴, "until when".
MONEY_OF_CHILD = re.compile(
    r"\bget (?:it|that|this|the|anything|money|600|800)|\b[68]00\b|subsid|allowance|\bqualif"
    r"|给不给|能给多少"
    r"|\beligible|\bentitled|until when|how long|能领|领到|能拿|能不能领|补贴|补助|给钱|发钱|多少钱"
    r"|每月|一个月|领|加发|加钱|多给|\bextra\b|more money|top.?up",
    re.I,
)
# All a next child brings asked, not one yes or no: 能领多少, 能有啥, "what would we get".
EVERYTHING_ASKED = re.compile(
    r"领多少|能有啥|有啥|有什么|有哪些|\bwhat (?:would|do|does|can|could) (?:we|they|she|it)\b",
    re.I,
)
# The imagined child's money compared with the family's ("是不是也600", "the same 600 too?"),
# or a total over both asked.
ALSO_ASKED = re.compile(r"也|同样|一样|\btoo\b|\balso\b|\bsame\b|\bas well\b", re.I)
# The money of the imagined child and the children paid beside it asked together ("600 for
# both?", "1200 a month total for the two younger kids", 俩孩子一共多少, 加起来一个月多少).
BOTH_ASKED = re.compile(
    r"\bboth\b|\b(?:two|2) younger\b|\byounger (?:two|2)\b|\bcombined\b|\btogether\b"
    r"|俩都|两个都|俩孩子|两个孩子|俩娃|加起来|加一块",
    re.I,
)
# The benefits named (dibao, special hardship support, unemployment benefits), and a figure.
HARDSHIP_WORD = re.compile(
    r"低保|特困|失业|dibao|tekun|unemploy|special hardship|welfare|benefits?\b", re.I
)
FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.])\d{3,6}(?![\d.])")
CASH_ID = "childcare_subsidy"
SUPPLEMENT_ID = "childcare_subsidy_hardship_supplement"
# Money on top asked ("还能加200吗", "能多给吗", "still the extra 200?"): with the supplement's own
# figure (the knowledge base's) said, the +200 itself is the question.
ON_TOP = re.compile(
    r"加发|再加|多加|加钱|多给|(?<![参增])加\s*\d|多\s*\d|\bextra\b|\btop.?up\b|\bon top\b|\+\s*\d",
    re.I,
)


# Which child asked, or whether every child gets it: 哪个孩子加200, 给谁加, "which kid gets the
# +200? all of them?", 是不是都加.
WHICH_ASKED = re.compile(
    r"哪个(?:孩子|娃|宝|小孩)?|哪一个|给谁|谁(?:能)?加|都加|全都|每个(?:孩子|娃)?都"
    r"|\bwhich (?:kid|child|one|baby|of them)\b|\bwho gets\b|\ball of them\b|\bboth of them\b"
    r"|\b(?:every|each) (?:kid|child|one)\b",
    re.I,
)


def supplement_monthly(city: str, day: date) -> int | None:
    """The monthly figure of the city's hardship supplement (Jinan clause 12), if it has one."""
    entry = catalogue().entries.get(f"{city}.{SUPPLEMENT_ID}")
    param = entry.parameters.get("monthly_amount_cny") if entry is not None else None
    value = param.in_force(day) if param is not None else None
    return value if isinstance(value, int) else None


def supplement_asked(said: str, city: str, day: date) -> bool:
    """Whether `said` asks the hardship supplement itself ("老三还有没有200", "那个200", "还能加
    200吗", "the extra 200"): its figure named, or money on top asked."""
    more = supplement_monthly(city, day)
    if more is None:
        return False
    figures = {int(f.replace(",", "")) for f in FIGURE.findall(said)}
    return more in figures or bool(ON_TOP.search(said))


def _city_of_the_supplement(said: str, day: date) -> str | None:
    """The one city whose plan pays the hardship supplement `said` asks of (its figure, money
    on top, or the benefits named), for a hotline question that names no city; None when no
    such thing is asked or more than one city pays one."""
    cities = [
        c
        for c in ("jinan", "beijing")
        if supplement_monthly(c, day) is not None
        and (supplement_asked(said, c, day) or HARDSHIP_WORD.search(said))
    ]
    return cities[0] if len(cities) == 1 else None


# The pieces of a message read one by one for the benefits at a supposed birth ("老三出生时不领
# 低保的话老三有200吗": the condition, then the question).
PIECE = re.compile(r"的话|[，,。；;！!？?\s]+")


def _hardship_in_pieces(text: str, order: int, city: str, day: date) -> bool | None:
    """The benefits at the birth of the supposed child `order` as the pieces of `text` tell them,
    each read by itself; None when they tell none, or tell both."""
    values = set()
    for piece in PIECE.split(text):
        if not piece.strip():
            continue
        known = {"city": city, "children": [{}] * (order - 1)}
        for u in understand(piece, known, None, day):
            if (
                u.fact == "child.hardship_at_birth"
                and u.child == order
                and isinstance(u.value, bool)
            ):
                values.add(u.value)
    return values.pop() if len(values) == 1 else None


def known_children(slots: dict[str, Any]) -> list[dict[str, Any]]:
    """The children told so far (dated or not), of the family or of the hotline's case."""
    children = slots.get("children") or slots.get("children_partial")
    if children:
        return list(children)
    case = slots.get("hotline_case") or {}
    told = case.get("children") or case.get("children_partial") or []
    count = int(case.get("children_count") or 0)
    return list(told) or [{"birth_date": None} for _ in range(count)]


def _order_named(text: str) -> int | None:
    found = []
    for digit, word, lao, di, tai in ORDER_NAMED.findall(text):
        value = digit or word.lower() or lao or di or tai
        found.append(
            int(value) if value.isdigit() else ORDINALS_EN.get(value) or CN_DIGITS.get(value, 0)
        )
    return max(found) if found else None


def imagined_order(text: str, count: int) -> int | None:
    """The birth order of a child the text imagines beyond the `count` the family has, or None
    when it imagines none ("what about the 2nd" of a family of two asks of a child it has)."""
    said = normalise(text)
    if not IMAGINED.search(said):
        return None
    named = _order_named(said)
    if named is not None and named > count:
        return named
    if named is None and ANOTHER.search(said) and count:
        return count + 1
    return None


def _talk(slots: dict[str, Any]) -> int | None:
    talk = slots.get("child_in_talk")
    return int(talk) if isinstance(talk, int | float) else None


def imagined_child(text: str, slots: dict[str, Any]) -> int | None:
    """The birth order of the child beyond those the family has that `text` asks about: one it
    imagines (imagined_order), or, right after such a child was answered (`child_in_talk`), the
    same child named again with no birth told ("生老三的时候我在领失业金 那老三是不是800", tester 47
    c01 T3) or spoken of as to come with no child named ("我刚说了 会领失业金 所以28800对吗");
    None otherwise."""
    count = len(known_children(slots))
    order = imagined_order(text, count)
    if order is not None:
        return order
    talk = _talk(slots)
    if talk is None or talk <= count:
        return None
    said = normalise(text)
    named = _order_named(said)
    if named is not None:
        return talk if named == talk and not DUE_TOLD.search(said) else None
    if (TO_COME.search(said) or SAID_AGAIN.search(said)) and (
        HARDSHIP_WORD.search(said) or MONEY_OF_CHILD.search(said) or FIGURE.search(said)
    ):
        return talk
    if BOTH_ASKED.search(said) and (MONEY_OF_CHILD.search(said) or FIGURE.search(said)):
        return talk  # "would we get 1200 a month total for the two younger kids": it and the
    return None  # child paid beside it (tester 92 e1 was told no, of the two born)


def imagined_in_talk(slots: dict[str, Any], text: str) -> list[EventType]:
    """The event that keeps the imagined child just answered as the child in talk (none for a
    hotline case, whose children are the case's)."""
    order = imagined_child(text, slots)
    if order is None or order == _talk(slots) or not slots.get("city"):
        return []
    return [SlotSet("child_in_talk", order)]


# A birth supposed, not told ("HYPOTHETICAL: caller's 3rd child born March 2027", "what if the
# 3rd is born March 2027", "say the 3rd is born in March", 假设老三明年3月出生, 要是老三明年3月生):
# the word comes before the child it supposes. A due date (预产期, "due", "expecting") is told.
SUPPOSED = re.compile(
    r"假设|假如|要是|如果|万一|hypothetic|\bwhat if\b|\bsuppos|\bimagine\b"
    # "if the 3rd is born", not "I'd like to know if my 2nd …" (a question about a child told)
    r"|(?<!know )(?<!wonder )(?<!wondering )(?<!ask )(?<!asking )(?<!see )(?<!check )\bif\b"
    r"|(?<!you )(?<!they )(?<!people )(?<!n't )(?<!not )(?<!didn't )\bsay\b(?! (?:order|which))"
    r"|\bin case\b"
    # a child wanted beyond those born ("想再生个老三", 打算再要一个), not 再生育 (clause 1)
    r"|(?:想|打算|准备|计划)(?:着)?再(?:生|要)(?!育)",
    re.I,
)
DUE_TOLD = re.compile(r"预产期|怀孕|怀了|怀上|\bdue\b|\bexpecting\b|\bpregnan", re.I)
SENTENCE_END = re.compile(r"[。！？!?;；]|\.(?:\s|$)")


def supposed_order(text: str, count: int) -> int | None:
    """The birth order of a child `text` supposes beyond the `count` the family (or the case)
    has, the supposing word before it in the same sentence; None when it supposes none or tells
    a due date: that child is answered (next_child_answer), never recorded as the family's."""
    said = normalise(text)
    if DUE_TOLD.search(said):
        return None
    for word in SUPPOSED.finditer(said):
        end = SENTENCE_END.search(said, word.end())
        sentence = said[word.end() : end.start() if end else len(said)]
        named = _order_named(sentence)
        if named is not None and named > count:
            return named
        if named is None and ANOTHER.search(sentence) and count:
            return count + 1
    return None


def hardship_of_imagined_birth(
    text: str, updates: list[FactUpdate], count: int, talk: int | None = None
) -> bool | None:
    """The hardship benefits (dibao, special hardship support, unemployment benefits) a message
    that imagines a child beyond the `count` the family has says the family will be on at that
    birth ("如果明年再要个老三 那时候我老公失业在领失业金 能多200不"): that child's, the +200 of
    Jinan clause 12 for it alone, no fact of now nor of the births before (tester 46 c01 had it
    put on 二宝). None when no such child is imagined, nothing of the benefits is said, or they
    are said of now. `talk`: the child under discussion (one imagined just before)."""
    slots: dict[str, Any] = {"children": [{}] * count, "child_in_talk": talk}
    order = imagined_child(text, slots)
    if order is None:
        return None
    if any(u.fact == "child.birth_date" and (u.child or 0) >= order for u in updates):
        return None  # "去年十月生的二宝 那时候我们家吃低保": that child's birth told, not imagined
    said = [u for u in updates if u.fact in HARDSHIP_FACTS and isinstance(u.value, bool)]
    # said of that child by name wins ("we're off unemployment benefits by then, still the extra
    # 200?": the 3rd's no, not the "still" of a figure asked), also beside the benefits of now
    # ("生老二时领低保 现在不领了 想再生个老三 老三出生时不领低保的话")
    own = [u.value for u in said if u.fact == "child.hardship_at_birth" and (u.child or 0) >= order]
    if not own and NOW_SAID.search(normalise(text)):
        return None
    values = own or [u.value for u in said]
    return values[0] if values and all(v == values[0] for v in values) else None


def without_imagined_hardship(
    text: str, updates: list[FactUpdate], count: int, talk: int | None = None
) -> list[FactUpdate]:
    """`updates` less the hardship benefits said of an imagined birth (they are that child's,
    answered with it, never the family's facts)."""
    if hardship_of_imagined_birth(text, updates, count, talk) is None:
        return updates
    order = imagined_child(text, {"children": [{}] * count, "child_in_talk": talk}) or count + 1
    own = [u for u in updates if u.fact == "child.hardship_at_birth" and (u.child or 0) >= order]
    if own:  # said of that child by name: the births before and now keep their own, said in
        # words of their own ("生老二时领低保 … 想再生个老三 老三出生时不领低保的话": the 2nd's
        # stays the case's), not the same words read once more of another birth
        spans = {u.span for u in own}
        return [
            u
            for u in updates
            if u not in own and not (u.fact in HARDSHIP_FACTS and u.span in spans)
        ]
    return [u for u in updates if u.fact not in HARDSHIP_FACTS]


# The benefits said of a time to come ("会领失业金", "到时候还在领", "he'll still be on it", "by
# then"), or said again ("我刚说了", "I already said"): of the birth to come, not the births past.
TO_COME = re.compile(
    r"会(?:在|是|一直)?(?:领|吃|拿)|还会|到时候?|将来|届时"
    r"|\bwill\b|'ll\b|\bgoing to\b|\bby then\b|\bstill be\b",
    re.I,
)
SAID_AGAIN = re.compile(
    r"刚(?:才|刚)?(?:说|讲)(?:了|过)|(?:说|讲)过了?|已经(?:说|讲)了|我(?:都)?说了|不是说了"
    r"|\balready (?:said|told)\b|\btold you\b|\bi said\b|\bas i said\b",
    re.I,
)


def hardship_kept_to_the_birth_to_come(
    text: str, updates: list[FactUpdate], children: list[dict[str, Any]], day: date
) -> list[FactUpdate]:
    """`updates` with the benefits at "the birth" (no birth named) said of a time to come or
    said again kept to the births still to come: Jinan clause 12's 200 looks at each child's own
    birth, so "我刚说了 会领失业金" after "老三出生时在领失业金" is 老三's, never the 2nd's born
    in 2025 (tester 48 c07 was told the 2nd gets 600+200). Unchanged when no child is on the way
    or the message speaks of no time to come."""
    coming = [
        order
        for order, child in enumerate(children, start=1)
        if child.get("expected") or str(child.get("birth_date") or "") > day.isoformat()
    ]
    said = normalise(text)
    to_come, again = bool(TO_COME.search(said)), bool(SAID_AGAIN.search(said))
    family = [u for u in updates if u.fact == "hardship_at_birth" and isinstance(u.value, bool)]
    if not coming or not family or not (to_come or again):
        return updates
    value = family[0].value
    if not to_come and not any(children[o - 1].get("hardship_at_birth") is value for o in coming):
        return updates  # said again, but nothing of the birth to come was said before
    told = {u.child for u in updates if u.fact == "child.hardship_at_birth"}
    kept = [u for u in updates if u.fact != "hardship_at_birth"]
    return [
        *kept,
        *(
            FactUpdate("child.hardship_at_birth", value, span=family[0].span, child=order)
            for order in coming
            if order not in told and children[order - 1].get("hardship_at_birth") is not value
        ),
    ]


def _birth_told(
    updates: list[FactUpdate], order: int, known: dict[str, Any]
) -> tuple[str, str] | None:
    """The imagined child's birth as given: (ISO date of the 1st, precision), or None."""
    for u in updates:
        if u.fact in ("child.due_date", "child.birth_date") and u.value and not u.approx:
            if u.child not in (None, order):
                continue  # "老二具体是25年5月20号 那要是明年生老三": the 2nd's, never the 3rd's
            value = str(u.value)
            if re.fullmatch(r"\d{4}", value):
                return f"{value}-01-01", "year"
            if re.fullmatch(r"\d{4}-\d{2}", value):
                return f"{value}-01", "month"
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return value, "day"
    return None


def _stand_ins(
    children: list[dict[str, Any]], born: date, family: bool | None = None
) -> list[dict[str, Any]]:
    """The known children with a stand-in date for those whose date is unknown (only the
    imagined child's own items are read, and those rest on its order and date alone), each with
    the benefits at its birth (its own, else the family's `family`)."""
    dated = [date.fromisoformat(str(c["birth_date"])[:10]) for c in children if c.get("birth_date")]
    start = min([*dated, born]) - timedelta(days=len(children) + 1)
    out = []
    for i, c in enumerate(children):
        when = c.get("birth_date") or (start + timedelta(days=i)).isoformat()
        held = c.get("hardship_at_birth")
        out.append(
            {"birth_date": str(when)[:10], "hardship_at_birth": family if held is None else held}
        )
    return out


def _items(
    slots: dict[str, Any],
    children: list[dict[str, Any]],
    born: date,
    hukou: Any,
    day: date,
    hardship: bool | None = None,
) -> dict[str, Entitlement]:
    from actions.household import household_from_slots  # household imports the form's helpers

    imagined = {"birth_date": born.isoformat(), "hardship_at_birth": hardship}
    # the benefits told of the family's births are theirs, not the imagined birth's (clause 12
    # looks at each child's own birth): unknown for it unless said of it
    family = slots.get("hardship_at_birth")
    kids = [*_stand_ins(children, born, family if isinstance(family, bool) else None), imagined]
    trial = {
        **slots,
        "children": kids,
        "children_partial": None,
        "hukou_in_city": hukou,
        "hardship_at_birth": None,
    }
    household = household_from_slots(trial, day)
    if household is None:
        return {}
    order = len(kids)
    report = evaluate(household, as_of=day)
    return {
        e.id.split(".", 1)[1]: e
        for e in report.entitlements
        if e.child == order and e.id.split(".", 1)[1] in (CASH_ID, SUPPLEMENT_ID)
    }


def _hardship_said_before(
    earlier: Sequence[str], slots: dict[str, Any], order: int, day: date
) -> bool | None:
    """The benefits a message before this one said the family will (not) be on at the birth of
    the imagined child `order` ("要是以后再生个老三 那时候没领失业金了" then "老三还有没有200"):
    the latest such, or None."""
    count = len(known_children(slots))
    for text in list(earlier)[::-1][:6]:
        if imagined_child(text, {**slots, "child_in_talk": order}) != order:
            continue
        updates = understand(text, {"city": slots.get("city"), "children": []}, None, day)
        said = hardship_of_imagined_birth(text, updates, count, order)
        if said is not None:
            return said
    return None


def said_before(tracker: Tracker) -> list[str]:
    """The citizen's messages of this session before the latest one."""
    from actions.hotline import session_user_texts  # hotline imports the answers' neighbours

    return session_user_texts(tracker)[:-1]


def next_child_answer(
    slots: dict[str, Any],
    text: str,
    lang: Lang,
    day: date,
    earlier: Sequence[str] = (),
    said_figures: dict[int, set[int]] | None = None,
) -> str | None:
    """The answer for a child imagined beyond those the family has, when the question asks that
    child's own money; None otherwise (another measure asked, no child imagined, or a city whose
    plan pays no monthly money per child). `earlier`: the citizen's messages before this one
    (the benefits said of that birth a turn before still hold)."""
    said = normalise(text)
    hotline = not slots.get("city")
    city = slots.get("city") or slots.get("hotline_city")
    if hotline and city not in ("jinan", "beijing"):  # no city named yet: the one whose plan
        # has the +200 asked of ("来电人说生老二时领低保 … 老三有200吗": Jinan's clause 12)
        city = _city_of_the_supplement(said, day)
    if city is None:
        return None
    case = slots.get("hotline_case") or {}
    supposed = case.get("supposed_child") if hotline else None
    if isinstance(supposed, int):  # the case's children born: those before the supposed one
        born = (case.get("children") or case.get("children_partial") or [])[: supposed - 1]
        case = {k: v for k, v in case.items() if k not in ("children", "children_count")}
        slots = {**slots, "hotline_case": {**case, "children_partial": born}}
    else:
        supposed = None
    # a hotline case's facts stand for the family's (tester 45 c10: the caller's 3rd child)
    slots = {**slots, "city": city}
    if slots.get("hukou_in_city") is None and case.get("hukou_in_city") is not None:
        slots["hukou_in_city"] = case["hukou_in_city"]
    cash = catalogue().entries.get(f"{city}.{CASH_ID}")
    if cash is None:
        return None
    referred = _figure_referred(said)  # "刚才你说800": the bot's figure, not the one put back
    said = REFERRED.sub(" ", said)
    figure_put_back = bool(FIGURE_CHECKED.search(said) and FIGURE.search(said))  # "一共28800对不对"
    plus_asked = supplement_asked(said, str(city), day)  # "老三还有没有200"
    sum_put_back = bool(BOTH_ASKED.search(said) and FIGURE.search(said))  # "1200 total?"
    if not (MONEY_OF_CHILD.search(said) or figure_put_back or plus_asked or sum_put_back) or (
        EVERYTHING_ASKED.search(said)
    ):
        return None  # "要是再生一个 能领多少", "老三能有啥": every change, the what-if lists them
    from actions.side_questions import named_measure  # it imports the answers' neighbours

    # the measure the text names (a search's guess is none: "the 600" is no loan of 600,000);
    # "再生", "再要" are the birth imagined, not the measure of 再生育审批 (clause 1)
    asked = named_measure(ANOTHER.sub(" ", text), str(city), lang)
    if asked is not None and not (asked.per_child and asked.kind == "cash"):
        return None  # "if we have a 3rd, does the loan limit go up": that measure's what-if
    current = catalogue().entries.get(str(slots.get("topic_entry") or ""))
    if (
        asked is None
        and current is not None
        and not (current.per_child and current.kind == "cash")
        and not MONEY_OF_CHILD.search(said)
        and not sum_put_back
    ):  # "so 900k right? and if we have a third does it go up to 1 million?" after the loan
        # ceiling: that measure with a third child, not the third child's subsidy (tester 53 c7)
        return None
    children = known_children(slots)
    order = imagined_child(text, slots)
    if (
        supposed is not None
        and _order_named(said) == supposed
        and (HARDSHIP_WORD.search(said) or FIGURE.search(said))
    ):  # its money by the benefits or a figure, not another measure of that birth (tester 39)
        order = supposed  # "老三一个月是600还是800" of the 老三 the worker supposed before
    elif hotline and order != supposed_order(text, len(children)):
        return None  # a hotline case's child: only one the worker plainly supposes
    if order is None:
        return None
    family = list(children)
    children = children[: order - 1]
    while len(children) < order - 1:
        children.append({"birth_date": None})
    known = {"city": city, "children": []}
    updates = understand(text, known, None, day)
    told = _birth_told(updates, order, known)
    dated = [date.fromisoformat(str(c["birth_date"])[:10]) for c in children if c.get("birth_date")]
    # no birth told: a stand-in after today and after any child on the way, never said
    born = date.fromisoformat(told[0]) if told else max([day, *dated]) + timedelta(days=1)
    hukou = slots.get("hukou_in_city")
    if hukou is None:  # "HYPOTHETICAL: caller's 3rd child born March 2027, Jinan hukou"
        hukou = next((u.value for u in updates if u.fact == "hukou_in_city"), None)
    talk = _talk(slots) or supposed
    hardship = hardship_of_imagined_birth(text, updates, len(family), talk)
    if hardship is None and supposed == order:
        hardship = _hardship_in_pieces(text, order, str(city), day)
    if hardship is None and order == talk and not NOW_SAID.search(said):
        hardship = _hardship_said_before(earlier, slots, order, day)
    try:
        items = _items(slots, children, born, hukou, day, hardship)
        figures = items if hukou is not None else _items(slots, children, born, True, day, hardship)
    except InputError:
        return None
    subsidy, with_hukou = items.get(CASH_ID), figures.get(CASH_ID)
    if subsidy is None or with_hukou is None:
        return None
    answer = _render(
        order, told, subsidy, with_hukou, figures.get(SUPPLEMENT_ID), str(city), lang, day
    )
    plain_yes = t(lang, "能。", "Yes. ")
    place = city_name(str(city), lang)
    if_hukou = t(lang, f"能，只要是{place}户籍家庭。", f"Yes, if the family has {place} hukou. ")
    if WHICH_ASKED.search(said) and answer.startswith(plain_yes):
        # "which kid gets the extra 200?" asks which, not whether: no yes before the answer
        answer = answer[len(plain_yes) :]
        answer = answer[:1].upper() + answer[1:]
    elif WHICH_ASKED.search(said) and answer.startswith(if_hukou):
        # "老三一个月是600还是800": which figure, under the hukou it needs
        answer = (
            t(lang, f"{place}户籍家庭：", f"For a family with {place} hukou: ")
            + answer[len(if_hukou) :]
        )
    beside = (
        _paid_beside(slots, born, day)
        if BOTH_ASKED.search(said) and with_hukou.status == "eligible"
        else []
    )
    together = _paid_together(order, told, with_hukou, beside, lang) if beside else None
    checked = _figure_checked(said, order, with_hukou, figures.get(SUPPLEMENT_ID), hardship, lang)
    if together is not None:  # "600 for both?", "1200 a month total for the two younger kids":
        # the new child's money and the money paid beside it, summed while both are paid
        total, line = together
        put = [int(f.replace(",", "")) for f in FIGURE.findall(said)]
        lead = (
            t(lang, "能。", "Yes. ")
            if total in put
            else t(lang, f"不是{put[0]:,}元。", f"Not {put[0]:,} yuan. ")
            if put and put[0] != (with_hukou.monthly_amount_cny or 0)
            else ""
        )
        head, source = answer.rsplit("\n", 1)
        if lead and head.startswith(plain_yes):  # one yes, the sum's
            head = head[len(plain_yes) :]
            head = head[:1].upper() + head[1:]
        answer = "\n".join([lead + line, head, source]) if lead else "\n".join([head, line, source])
        checked = None
    if checked is not None:  # "老三一个月800 一共28800对不对": yes or no to that figure, its
        # sums and the end, in place of the general answer
        limit = get_entry(with_hukou.id).parameters["age_limit_years"].in_force(day)
        end = with_hukou.end if told is not None and told[1] in ("month", "day") else None
        until = (
            t(
                lang,
                f"发到{fmt.day(end, lang)}（满{limit}周岁）",
                f"paid until {fmt.day(end, lang)}",
            )
            if end is not None
            else t(lang, f"发到孩子满{limit}周岁", f"paid until the child turns {limit}")
        )
        if subsidy.status != "eligible":  # the hukou not yet told: the condition first
            place = city_name(str(city), lang)
            checked = t(lang, f"如果是{place}户籍家庭：", f"If the family has {place} hukou: ") + (
                checked
            )
        source = answer.rsplit("\n", 1)[1]
        answer = "\n".join([f"{checked}{t(lang, '，', ', ')}{until}{t(lang, '。', '.')}", source])
    elif plus_asked and with_hukou.status == "eligible" and WHICH_ASKED.search(said):
        # "哪个孩子加200 外孙女还能加吗": the child whose birth is on the benefits, and each
        # child the family has by its own birth; never "能" (tester 50 c03, tester 49 c02)
        answer = _which_child_answer(
            order, told, subsidy, with_hukou, hardship, slots, str(city), lang, day
        )
    elif plus_asked and with_hukou.status == "eligible" and hardship is not True:
        # "老三还能加200吗" with the benefits gone by that birth: no, 600 alone (Jinan clause 12
        # looks at that child's own birth); not known: what it depends on, never a bare "能"
        answer = _plus_answer(order, told, subsidy, with_hukou, hardship, str(city), lang, day)
    which = plus_asked and WHICH_ASKED.search(said)  # each child's own said in its answer
    if (
        with_hukou.status == "eligible"
        and not which
        and (hardship is not None or ALSO_ASKED.search(said))
    ):
        # "是不是也600", the +200 said of that birth: the children the family has keep theirs
        # a child on the way counted too when the +200 is the subject (tester 50 c05: "老二的
        # 800元不受影响"); "the 600 too?" keeps to the children born
        kept = _kept_by_the_family(slots, day, lang, plus_asked or hardship is not None)
        if kept:
            head, clause = answer.rsplit("\n", 1)
            answer = "\n".join([head, *kept, clause])
    if referred is not None:  # "老三就600对吧 刚才你说800": the correction owned, or not
        answer = _correction_owned(answer, said, order, referred, said_figures or {}, lang)
    return answer


# The bot's own figure named back ("刚才你说800", "you said 800 before"): no figure put back.
REFERRED = re.compile(
    r"(?:刚才|刚刚|之前|前面|上次)?(?:你|您)(?:刚才|刚刚|之前|前面|不是)?(?:说|讲|算|给)(?:的|了)?"
    r"(?:是)?\s*(\d{3,6})(?:元|块)?"
    r"|\byou (?:just |earlier |first |previously )?(?:said|told me|wrote|gave|quoted)\s*(\d{3,6})"
    r"(?: yuan)?(?: (?:before|earlier))?",
    re.I,
)


# The yes under the hukou the money needs, at the head of an answer (next_child_answer._render).
IF_HUKOU = re.compile(r"^能，只要是(\S+?)户籍家庭。|^Yes, if the family has (\w+) hukou\. ")


def _figure_referred(said: str) -> int | None:
    found = REFERRED.search(said)
    return int(next(g for g in found.groups() if g)) if found is not None else None


def _correction_owned(
    answer: str,
    said: str,
    order: int,
    referred: int,
    said_figures: dict[int, set[int]],
    lang: Lang,
) -> str:
    """The answer opened with a plain yes and the earlier figure owned as wrong, when the figure
    put back is the child's monthly money the answer gives and an earlier reply really gave
    that child `referred` ("老三就600对吧 刚才你说800": "对，第3个孩子600元/月；刚才说800元不对。");
    a plain yes when the earlier reply said no such figure; the answer as it is otherwise."""
    put = [int(f.replace(",", "")) for f in FIGURE.findall(said)]
    put = [f for f in put if f not in YEAR_LIKE]
    head = answer.split("\n")[0]
    if len(put) != 1 or put[0] == referred or f"{put[0]}" not in head.replace(",", ""):
        return answer
    if re.search(rf"不是\s*{put[0]}|not {put[0]}", head):
        return answer
    who = fmt.child_label(order, lang)
    condition = IF_HUKOU.match(answer)
    rest = IF_HUKOU.sub("", answer, count=1) if condition else answer
    rest = re.sub(r"^(?:对|能|是的?)[。，,]\s*|^(?:Yes|Right)[.,]\s*", "", rest)
    if condition is not None:  # the hukou the money needs, said after the yes
        place = condition.group(1) or condition.group(2)
        rest = t(lang, f"（须是{place}户籍家庭）", f"(For a family with {place} hukou.) ") + rest
    if referred in said_figures.get(order, set()):
        lead = t(
            lang,
            f"对，{who}{put[0]}元/月；刚才说{referred}元不对。",
            f"Yes, {who} gets {put[0]} yuan a month; the {referred} I said before was wrong. ",
        )
    else:
        lead = t(lang, f"对，{who}{put[0]}元/月。", f"Yes, {who} gets {put[0]} yuan a month. ")
    return lead + rest


# A question of which or who, or of two ways ("which kid gets the extra 200", "哪个孩子加200",
# "给老二还是老三"): it gets no yes or no.
WHICH_ASKED = re.compile(r"\b(?:which|who|whose)\b|哪个|哪一个|哪几个|谁|还是", re.I)
# A figure put back to be confirmed: "28800对不对", "是不是800一个月", "so 28,800 right?".
FIGURE_CHECKED = re.compile(
    r"对不对|对吗|对吧|是不是|是吧|是吗|没错吧|\bright\b|\bcorrect\b|\bis (?:it|that)\b|[?？]", re.I
)
YEAR_LIKE = range(1990, 2100)
# Two figures offered to choose from ("老三一个月是600还是800", "is the 3rd 600 or 800 a month?").
CHOICE = re.compile(r"\d{3,}\s*(?:元|块|yuan)?\s*(?:还是|或者?|\bor\b)\s*\d{3,}", re.I)


def _figure_checked(
    said: str,
    order: int,
    subsidy: Entitlement,
    supplement: Entitlement | None,
    hardship: bool | None,
    lang: Lang,
) -> str | None:
    """Yes or no to a monthly or whole-period figure put back for the imagined child (Jinan
    clause 12: 600 a month until it turns 3; 200 more if the family is on the benefits at THAT
    birth), with its sums: "对" to 28,800 with the +200 said of that birth, and its condition
    (tester 47 c01 got "不是28,800元：第2个孩子每月600元", the 2nd's answer). None when no figure
    is put back or the child gets nothing."""
    if subsidy.status != "eligible" or not FIGURE_CHECKED.search(said) or CHOICE.search(said):
        return None  # "600还是800", "600 or 800": which figure asked, none put back
    figures = [int(f.replace(",", "")) for f in FIGURE.findall(said)]
    figures = [f for f in figures if f not in YEAR_LIKE]
    monthly, total = subsidy.monthly_amount_cny, subsidy.total_amount_cny
    if not figures or not monthly or not total:
        return None
    months = total // monthly
    more: object = supplement.monthly_amount_cny if supplement is not None else None
    if supplement is not None and more is None:
        param = get_entry(supplement.id).parameters.get("monthly_amount_cny")
        more = param.in_force(subsidy.start or date.today()) if param is not None else None
    if not isinstance(more, int):
        more = 0
    asked = max(figures)  # "老三一个月800 一共28800对不对": the sum
    if asked in (monthly, more):
        return None  # "是不是也600 能多200不": the answer's own "每月600元…再加200元" says it
    with_more = {monthly + more, (monthly + more) * months} if more else set()
    base = {monthly, total}
    zh_child, en_child = fmt.child_label(order, "zh"), fmt.child_label(order, "en")
    base_line = t(
        lang,
        f"{monthly}元/月×{months}个月={fmt.money(total, lang)}",
        f"{monthly} yuan/month x {months} months = {fmt.money(total, lang)}",
    )
    more_line = t(
        lang,
        f"{monthly}+{more}={monthly + more}元/月×{months}个月="
        f"{fmt.money((monthly + more) * months, lang)}",
        f"{monthly}+{more} = {monthly + more} yuan/month x {months} months = "
        f"{fmt.money((monthly + more) * months, lang)}",
    )
    held = t(
        lang,
        f"{zh_child}出生时家里在领低保、特困供养或失业保险金",
        f"the family is on dibao, special hardship support or unemployment benefits when "
        f"{en_child} is born",
    )
    who = t(lang, f"{zh_child}：", f"{en_child[0].upper()}{en_child[1:]}: ")
    yes, no = t(lang, "对。", "Yes. "), t(lang, f"不是{asked}元。", f"No, not {asked} yuan. ")
    otherwise = t(lang, f"；否则{base_line}", f"; otherwise {base_line}")
    if not more or hardship is False:
        return f"{yes if asked in base else no}{who}{base_line}"
    if hardship is True:
        lead = (
            t(lang, f"对，只要{held}。", f"Yes, as long as {held}. ")
            if asked in with_more
            else t(lang, f"不是{asked}元。只要{held}：", f"No, not {asked} yuan. If {held}: ")
        )
    elif asked in with_more:
        lead = t(lang, f"要看{held}：在领就对。", f"Only if {held}. ")
    elif asked in base:
        return t(
            lang,
            f"对，{zh_child}出生时家里不领低保、特困供养或失业保险金的话：{base_line}；"
            f"如果在领：{more_line}",
            f"Yes, if the family is not on those benefits when {en_child} is born: {base_line}; "
            f"if it is: {more_line}",
        )
    else:
        lead = t(lang, f"不是{asked}元。如果{held}：", f"No, not {asked} yuan. If {held}: ")
    return f"{lead}{who}{more_line}{otherwise}"


def _imagined_terms(
    order: int,
    told: tuple[str, str] | None,
    subsidy: Entitlement,
    with_hukou: Entitlement,
    city: str,
    lang: Lang,
    day: date,
) -> tuple[int, int, str, str, str]:
    """An imagined child's subsidy terms (Jinan clause 12): (monthly yuan, +yuan on the
    benefits, its name in Chinese, in English, "until …" in `lang`)."""
    params = get_entry(subsidy.id).parameters
    monthly = with_hukou.monthly_amount_cny or 0
    more = supplement_monthly(city, day) or 0
    limit = params["age_limit_years"].in_force(day)
    zh_name, en_name = fmt.child_label(order, "zh"), fmt.child_label(order, "en")
    if told is not None and told[1] in ("month", "day") and with_hukou.end is not None:
        end = fmt.day(with_hukou.end, lang)
        until = t(
            lang, f"发到{end}（满{limit}周岁）", f"until {end} (when the child turns {limit})"
        )
    else:
        until = t(lang, f"发到孩子满{limit}周岁", f"until the child turns {limit}")
    return monthly, more, zh_name, en_name, until


def _plus_answer(
    order: int,
    told: tuple[str, str] | None,
    subsidy: Entitlement,
    with_hukou: Entitlement,
    hardship: bool | None,
    city: str,
    lang: Lang,
    day: date,
) -> str:
    """The +200 of an imagined birth asked (Jinan clause 12): no when the family will not be on
    the benefits at that birth, the 600 alone said; otherwise what it depends on. Tester 50 c05
    got "能。第3个孩子可以领育儿补贴：每月600元" three times to "老三还能加200吗"."""
    monthly, more, zh_name, en_name, until = _imagined_terms(
        order, told, subsidy, with_hukou, city, lang, day
    )
    title = subsidy.title.get(lang)
    benefits = t(
        lang,
        "低保、特困供养或失业保险金",
        "dibao, special hardship support or unemployment benefits",
    )
    if hardship is False:
        head = t(
            lang,
            f"没有。加发的{more}元只看生这个孩子时家里是否在领{benefits}；{zh_name}出生时不领，"
            f"就没有加发，{zh_name}只有{title}每月{monthly}元，{until}。",
            f"No. The extra {more} yuan depends only on whether the family is on {benefits} "
            f"when that child is born; off them when {en_name} is born, there is no extra, only "
            f"the {title.lower()} of {monthly} yuan a month, {until}.",
        )
    else:
        head = t(
            lang,
            f"要看{zh_name}出生时家里是否还在领{benefits}：在领，每月再加{more}元，共"
            f"{monthly + more}元；不领，只有{title}每月{monthly}元；{until}。",
            f"It depends on whether the family is still on {benefits} when {en_name} is born: "
            f"if so, {more} yuan more a month, {monthly + more} yuan; if not, only the "
            f"{title.lower()} of {monthly} yuan a month; {until}.",
        )
    if subsidy.status != "eligible":  # the hukou not told
        place = city_name(city, lang)
        head += t(lang, f"（须是{place}户籍家庭）", f" (for a family with {place} hukou)")
    return "\n".join([head, clause_line(subsidy, lang)])


def _which_child_answer(
    order: int,
    told: tuple[str, str] | None,
    subsidy: Entitlement,
    with_hukou: Entitlement,
    hardship: bool | None,
    slots: dict[str, Any],
    city: str,
    lang: Lang,
    day: date,
) -> str:
    """Which child the +200 goes to (Jinan clause 12: a child born while the family is on the
    benefits, each by its own birth): the imagined child first, then each child the family has,
    in its own words (never the same +200 for all)."""
    monthly, more, zh_name, en_name, until = _imagined_terms(
        order, told, subsidy, with_hukou, city, lang, day
    )
    benefits = t(
        lang,
        "低保、特困供养或失业保险金",
        "dibao, special hardship support or unemployment benefits",
    )
    rule = t(
        lang,
        f"加发的{more}元给在领{benefits}期间出生的孩子，每个孩子看自己出生时。",
        f"The extra {more} yuan goes to a child born while the family is on {benefits}; each "
        f"child by its own birth.",
    )
    if hardship is True:
        head = t(
            lang,
            f"加给{zh_name}：出生时在领，每月{monthly}+{more}={monthly + more}元，{until}。",
            f"{en_name[0].upper()}{en_name[1:]} gets it: on them at that birth, {monthly}+{more} "
            f"= {monthly + more} yuan a month, {until}.",
        )
    elif hardship is False:
        head = t(
            lang,
            f"{zh_name}不加：出生时不领，只有每月{monthly}元，{until}。",
            f"Not {en_name}: off them at that birth, only {monthly} yuan a month, {until}.",
        )
    else:
        head = t(
            lang,
            f"{zh_name}要看出生时是否在领：在领每月{monthly}+{more}={monthly + more}元，"
            f"不领{monthly}元，{until}。",
            f"{en_name[0].upper()}{en_name[1:]} only if on them at that birth: {monthly}+{more} = "
            f"{monthly + more} yuan a month, otherwise {monthly} yuan, {until}.",
        )
    if subsidy.status != "eligible":
        place = city_name(city, lang)
        head += t(lang, f"（须是{place}户籍家庭）", f" (for a family with {place} hukou)")
    return "\n".join([head, *_each_childs_plus(slots, day, lang), rule, clause_line(subsidy, lang)])


def _each_childs_plus(slots: dict[str, Any], day: date, lang: Lang) -> list[str]:
    """For each child the family has, whether the +200 is its own: none for a child the subsidy
    is not for (the 1st) or whose subsidy has ended; by the benefits at its birth otherwise."""
    from actions.household import household_from_slots

    children = known_children(slots)
    undated = [i for i, c in enumerate(children, start=1) if not c.get("birth_date")]
    if undated and undated != list(range(1, len(undated) + 1)):
        return []
    family = slots.get("hardship_at_birth")
    trial = {
        **slots,
        "children": _stand_ins(children, day, family if isinstance(family, bool) else None),
        "children_partial": None,
    }
    try:
        household = household_from_slots(trial, day)
        if household is None or household.children is None:
            return []
        report = evaluate(household, as_of=day)
    except InputError:
        return []
    by_child = {
        (e.id.split(".", 1)[1], e.child): e for e in report.entitlements if e.child is not None
    }
    lines = []
    for order in range(1, len(children) + 1):
        cash, extra = by_child.get((CASH_ID, order)), by_child.get((SUPPLEMENT_ID, order))
        if cash is None:
            continue
        who = fmt.child_label(order, lang)
        coming = cash.start is not None and cash.start > day  # on the way: expected
        reasons = cash.reasons.get(lang) or []
        if cash.status == "not_eligible":
            why = reasons[0] if reasons and (order not in undated or cash.end is None) else ""
            lines.append(t(lang, f"{who}不加：{why}", f"Not {who}: {why}").rstrip("：: "))
        elif extra is not None and extra.status == "eligible":
            lines.append(
                t(
                    lang,
                    f"{who}也加（{'预计' if coming else ''}出生时在领）：",
                    f"{who[0].upper()}{who[1:]} too ({'expected ' if coming else ''}on them at "
                    f"its birth): ",
                )
                + "".join(per_child_money_line([cash, extra], lang))
            )
        elif extra is not None and extra.status == "not_eligible":
            lines.append(
                t(lang, f"{who}不加（出生时没在领）：", f"Not {who} (not on them at its birth): ")
                + "".join(per_child_money_line([cash], lang))
            )
        else:
            lines.append(
                t(
                    lang,
                    f"{who}要看出生时是否在领。",
                    f"{who[0].upper()}{who[1:]}: only if on them at its birth.",
                )
            )
    return lines


def per_child_money_line(items: list[Entitlement], lang: Lang) -> list[str]:
    """One child's money as "600+200=800元/月，至2030年3月1日…", without the child's name."""
    from actions.headline import per_child_money  # headline imports the answers' neighbours

    lines = per_child_money(items, lang)
    return [line.split(t(lang, "：", ": "), 1)[-1] for line in lines[:1]]


def _paid_beside(slots: dict[str, Any], born: date, day: date) -> list[Entitlement]:
    """The monthly money of the children the family has that is still paid when a child
    imagined is born on `born` (each child's own entitlement, Jinan clause 12)."""
    from actions.focus import settled_report  # focus imports results, which imports this

    try:
        report = settled_report(slots, day)
    except InputError:
        return []
    if report is None:
        return []
    return [
        e
        for e in report.entitlements
        if e.status == "eligible"
        and e.child
        and e.monthly_amount_cny
        and e.end is not None
        and born < e.end
    ]


def _paid_together(
    order: int,
    told: tuple[str, str] | None,
    new: Entitlement,
    beside: list[Entitlement],
    lang: Lang,
) -> tuple[int, str] | None:
    """The monthly sum while the imagined child and those paid beside it are all paid, and the
    line saying it: "第2个孩子和第3个孩子同时领的期间：每月合计1,200元（第2个孩子600元，至2029年
    11月1日；第3个孩子600元，从出生起）"."""
    monthly = new.monthly_amount_cny or 0
    if not monthly or not beside:
        return None
    by_child: dict[int, int] = {}
    ends: dict[int, date] = {}
    for e in beside:
        by_child[e.child or 0] = by_child.get(e.child or 0, 0) + (e.monthly_amount_cny or 0)
        if e.end is not None:
            ends[e.child or 0] = min(ends.get(e.child or 0, e.end), e.end)
    total = monthly + sum(by_child.values())
    first = min(ends.values())
    who = [fmt.child_label(c, lang) for c in sorted(by_child)]
    new_who = fmt.child_label(order, lang)
    parts = [
        t(
            lang,
            f"{fmt.child_label(c, lang)}{m:,}元，至{fmt.day(ends[c], lang)}",
            f"{fmt.child_label(c, lang)}: {m:,} until {fmt.day(ends[c], lang)}",
        )
        for c, m in sorted(by_child.items())
    ]
    parts.append(
        t(lang, f"{new_who}{monthly:,}元，从出生起", f"{new_who}: {monthly:,} from the birth")
    )
    names = "和".join([*who, new_who]) if lang == "zh" else " and ".join([*who, new_who])
    sure = (
        ""
        if told is not None
        else t(
            lang,
            f"（前提是{new_who}在{fmt.day(first, lang)}前出生）",
            f" (if {new_who} is born before {fmt.day(first, lang)})",
        )
    )
    line = t(
        lang,
        f"{names}同时领的期间：每月合计{total:,}元（" + "；".join(parts) + f"）{sure}。",
        f"While {names} are both paid: {total:,} yuan a month in all ("
        + "; ".join(parts)
        + f"){sure}.",
    )
    return total, line


def _kept_by_the_family(
    slots: dict[str, Any], day: date, lang: Lang, coming_too: bool = True
) -> list[str]:
    """The monthly money of the children the family has, as it stands (their own births'
    benefits, not the imagined one's): "第2个孩子照旧：600元/月，至2029年11月1日…"; a child on
    the way's once born."""
    from actions.headline import per_child_money  # headline imports the answers' neighbours
    from actions.household import household_from_slots

    children = known_children(slots)
    undated = [i for i, c in enumerate(children, start=1) if not c.get("birth_date")]
    if undated and undated != list(range(1, len(undated) + 1)):
        return []  # an undated child after a dated one: the order unsure
    if undated:  # an eldest whose date was never told: the later children's money rests on
        # their own order and date alone (clause 12), so the eldest stands in before them
        family = slots.get("hardship_at_birth")
        stand_ins = _stand_ins(children, day, family if isinstance(family, bool) else None)
        slots = {**slots, "children": stand_ins, "children_partial": None}
    unknown = _undated_kept(children, undated, str(slots.get("city")), day, lang)
    try:
        household = household_from_slots(slots, day)
        if household is None or household.children is None:
            return []
        report = evaluate(household, as_of=day)
    except InputError:
        return []
    paying = [
        e
        for e in report.entitlements
        if e.status == "eligible"
        and e.monthly_amount_cny
        and (e.end is None or day < e.end)
        and e.child not in undated
    ]
    now = [e for e in paying if e.start is None or e.start <= day]
    coming = [e for e in paying if e not in now and coming_too]
    if not now and not coming:
        return unknown
    head = t(lang, "您家已记下的孩子照旧：", "The children already noted keep theirs:")
    born_after = [
        line.replace("：", "（出生后）：", 1)
        if lang == "zh"
        else line.replace(":", " (once born):", 1)
        for line in per_child_money(coming, lang)
    ]
    return [head, *per_child_money(now, lang), *born_after, *unknown[1:]]


def _undated_kept(
    children: list[dict[str, Any]], undated: list[int], city: str, day: date, lang: Lang
) -> list[str]:
    """The monthly money of the children told without a date whose benefits at their own birth
    are told (a hotline case's "生老二时领低保"): each by its own birth (Jinan clause 12: 600, and
    200 more for a birth on the benefits, until that child turns 3), no end date, since none
    was given; the head line first. None for an order the subsidy is not for."""
    cash = catalogue().entries.get(f"{city}.{CASH_ID}")
    if cash is None:
        return []
    orders = cash.parameters["birth_orders"].in_force(day)
    monthly = cash.parameters["monthly_amount_cny"].in_force(day)
    limit = cash.parameters["age_limit_years"].in_force(day)
    cutoff = cash.parameters["born_on_or_after"].in_force(day)
    more = supplement_monthly(city, day)
    if not isinstance(monthly, int) or not isinstance(orders, list) or not isinstance(cutoff, date):
        return []
    lines = []
    for order in undated:
        held = children[order - 1].get("hardship_at_birth")
        if order not in orders or not isinstance(held, bool):
            continue
        who = fmt.child_label(order, lang)
        sum_text = f"{monthly}+{more}={monthly + more}" if held and more else str(monthly)
        on_them = t(
            lang, "出生时在领" if held else "出生时没在领", "on them" if held else "off them"
        )
        lines.append(
            t(
                lang,
                f"{who}（{on_them}）：{sum_text}元/月，发到{who}满{limit}周岁"
                f"（{fmt.day(cutoff, lang)}以后出生的）。",
                f"{who[:1].upper() + who[1:]} ({on_them} at its birth): {sum_text} "
                f"yuan/month until it turns {limit} (if born on or after {fmt.day(cutoff, lang)}).",
            )
        )
    if not lines:
        return []
    return [t(lang, "已有的孩子照旧：", "The children already born keep theirs:"), *lines]


def _born_words(told: tuple[str, str] | None, lang: Lang) -> str:
    if told is None:
        return ""
    when = date.fromisoformat(told[0])
    if told[1] == "year":
        return t(lang, f"{when.year}年出生的", f" born in {when.year}")
    if told[1] == "month":
        return t(lang, f"{when.year}年{when.month}月出生的", f" born in {when:%B %Y}")
    return t(lang, f"{fmt.day(when, lang)}出生的", f" born on {fmt.day(when, lang)}")


def _render(
    order: int,
    told: tuple[str, str] | None,
    subsidy: Entitlement,
    with_hukou: Entitlement,
    supplement: Entitlement | None,
    city: str,
    lang: Lang,
    day: date,
) -> str:
    entry = get_entry(subsidy.id)
    params = entry.parameters
    zh_name, en_name = fmt.child_label(order, "zh"), fmt.child_label(order, "en")
    child = t(lang, f"{_born_words(told, lang)}{zh_name}", f"{en_name}{_born_words(told, lang)}")
    source = clause_line(subsidy, lang)
    if with_hukou.status != "eligible":
        reasons = with_hukou.reasons.get(lang) or []
        why = reasons[0] if reasons else ""
        head = t(lang, f"不能。{child}：{why}", f"No. For {child}: {why}")
        return "\n".join([head, source])
    monthly = with_hukou.monthly_amount_cny
    limit = params["age_limit_years"].in_force(day)
    cutoff = params["born_on_or_after"].in_force(day)
    title = subsidy.title.get(lang)
    if told is not None and told[1] in ("month", "day") and with_hukou.end is not None:
        end = fmt.day(with_hukou.end, lang)
        until = t(
            lang, f"发到{end}（满{limit}周岁）", f"paid until {end} (when the child turns {limit})"
        )
    else:
        until = t(lang, f"发到孩子满{limit}周岁", f"paid until the child turns {limit}")
    verdict = t(lang, "能。", "Yes. ")
    if subsidy.status != "eligible":
        place = city_name(city, lang)
        verdict = t(lang, f"能，只要是{place}户籍家庭。", f"Yes, if the family has {place} hukou. ")
    lines = [
        t(
            lang,
            f"{verdict}{child}可以领{title}：每月{monthly}元，{until}。",
            f"{verdict}{child[0].upper()}{child[1:]} gets the {title.lower()}: "
            f"{monthly} yuan a month, {until}.",
        )
    ]
    if (told is None or told[1] == "year") and isinstance(cutoff, date):
        lines.append(
            t(
                lang,
                f"（只要在{fmt.day(cutoff, lang)}以后出生，哪天出生都一样；"
                f"告诉我出生月份可以算出到哪天为止。）",
                f"(This holds for any birth date on or after {fmt.day(cutoff, lang)}; tell me "
                f"the month of the birth and I can work out the end date.)",
            )
        )
    more: object = supplement.monthly_amount_cny if supplement is not None else None
    if supplement is not None and supplement.status != "not_eligible" and more is None:
        param = get_entry(supplement.id).parameters.get("monthly_amount_cny")
        more = param.in_force(day) if param is not None else None
    held = supplement is not None and supplement.status == "eligible"
    if held and isinstance(more, int) and isinstance(monthly, int):
        lines[0] = t(
            lang,
            f"{verdict}{child}可以领{title}：每月{monthly}元；出生时家里在领低保、特困供养或"
            f"失业保险金，每月再加{more}元，共{monthly + more}元，{until}。",
            f"{verdict}{child[0].upper()}{child[1:]} gets the {title.lower()}: {monthly} yuan "
            f"a month, and with the family on minimum subsistence, special hardship support or "
            f"unemployment benefits at that birth {more} yuan more, {monthly + more} yuan a "
            f"month, {until}.",
        )
    elif isinstance(more, int) and isinstance(monthly, int):
        lines.append(
            t(
                lang,
                f"如果{zh_name}出生时家里在领低保、特困供养或失业保险金，每月再加{more}元，"
                f"就是{monthly + more}元；否则是{monthly}元。",
                f"If the family is on minimum subsistence, special hardship support or "
                f"unemployment benefits when {en_name} is born, {more} yuan more a month, "
                f"{monthly + more} yuan; otherwise {monthly} yuan.",
            )
        )
    lines.append(source)
    return "\n".join(lines)
