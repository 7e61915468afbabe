"""What the bot has already said in the current turn, so that an answer two actions reach (the
form's and the result's) is sent once."""

import functools
import hashlib
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar, cast

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import clock


def said_this_turn(tracker: Tracker, dispatcher: CollectingDispatcher) -> set[str]:
    """The texts of the bot's messages since the user's last message: the events of earlier
    actions this turn and this action's own messages so far."""
    said: set[str] = set()
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot" and event.get("text"):
            said.add(str(event["text"]))
    return said | {str(m["text"]) for m in dispatcher.messages if m.get("text")}


def utter_once(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """Send `text` unless it was already sent this turn, alone or within a longer message (an
    answer joined with another measure's by an earlier action: tester 17 read it twice)."""
    if not any(text in said for said in said_this_turn(tracker, dispatcher)):
        dispatcher.utter_message(text=text)


# A sentence within a line: up to its 。！？ (or ". ", "? ", "! " in English), the mark kept.
SENTENCE = re.compile(r"[^。！？!?\n]+?(?:[。！？]|[.!?](?=\s|$))\s*|[^。！？!?\n]+$")
MIN_REPEATED = 6  # shorter pieces ("对。", "Yes.") may well stand twice


def no_sentence_twice(text: str) -> str:
    """`text` with a sentence that a line already said once left out the second time (tester
    37 r03: "方案要求济南户籍；户口迁入济南以前，您家不符合这一条件。" twice in a row, one wording
    reached by two paths of one reply); lines themselves, and short sentences, are kept."""
    lines = []
    for line in text.split("\n"):
        seen: set[str] = set()
        kept = []
        for piece in SENTENCE.findall(line):
            key = piece.strip()
            if len(key) >= MIN_REPEATED and key in seen:
                continue
            seen.add(key)
            kept.append(piece)
        lines.append("".join(kept) if kept else line)
    return "\n".join(lines)


# A measure's card: its heading ("产假：158天。", "产假（济南）", "育儿补贴（第2个孩子）：…",
# "Maternity leave: 158 days.") up to the first colon or line end, its city left out, and the
# clause of its source line.
CARD_HEAD = re.compile(r"^\s*([^：:\n]{2,60}?)\s*(?:[：:]|\n)")
CITY_NAMED = re.compile(r"\s*[（(](?:济南|北京|Jinan|Beijing)[）)]")
CARD_CLAUSE = re.compile(r"(?:依据：.*?第\s*\(?([0-9]+)\)?\s*条|Source: .*?clause \(?([0-9]+)\)?)")
CARD_BREAK = "\n\n"


def card_key(part: str) -> tuple[str, str] | None:
    """(heading, clause) of a part of a reply that is one measure's card, with its source line;
    None for any other part (a read-back, a question, a note)."""
    # the verdict before the heading ("不能。育儿补贴（第1个孩子）", "Child 1: no; child 2: yes.
    # Childcare subsidy (child 1)") is no part of the card: the same card under another yes/no
    # is the same card (tester 49 c01 read the eldest's "不能" card twice in one turn)
    head = CARD_HEAD.match(VERDICT_BEFORE.sub("", part, count=1))
    clause = CARD_CLAUSE.search(part)
    if head is None or clause is None:
        return None
    return CITY_NAMED.sub("", head.group(1)).strip().lower(), clause.group(1) or clause.group(2)


# A short sentence with no colon ("不能。", "第1个孩子不能，第2个孩子能。", "No. ", "Right, no. ")
# or the per-child verdict ("Child 1: no; child 2: yes. ") before a card's heading.
VERDICT_BEFORE = re.compile(
    r"^\s*(?:[^：:\n。]{1,30}。|[^:\n.]{1,30}\.\s+|(?:child \d+: (?:yes|no)(?:; )?)+\.\s+)",
    re.I,
)


def _cards_in(texts: list[str]) -> set[tuple[str, str]]:
    keys = (card_key(part) for text in texts for part in text.split(CARD_BREAK))
    return {key for key in keys if key is not None}


def said_before(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> list[str]:
    """The replies of this turn before message `start`: this action's and the earlier actions'."""
    earlier = [str(m.get("text") or "") for m in dispatcher.messages[:start]]
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot" and event.get("text"):
            earlier.append(str(event["text"]))
    return earlier


def _drop_parts(dispatcher: CollectingDispatcher, start: int, drop: Callable[[str], bool]) -> None:
    """Leave out of the messages sent from `start` on each card-separated part that `drop`
    rejects; a message left with no part is not sent, one with no text is kept."""
    kept: list[dict[str, Any]] = []
    for message in dispatcher.messages[start:]:
        text = message.get("text")
        if not text:
            kept.append(message)
            continue
        parts = [part for part in str(text).split(CARD_BREAK) if not drop(part)]
        if parts:
            kept.append({**message, "text": CARD_BREAK.join(parts)})
    dispatcher.messages[start:] = kept


def drop_cards_said(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """Leave out of the messages sent from `start` on each measure's card that an earlier action
    of this turn, or an earlier message of this one, already gave (tester 41 c05: the answer to
    "那产假呢 …我是居民医保" gave "产假：158天…", then the form, reading the insurance, gave the
    maternity card again with the delivery costs)."""
    said = _cards_in(said_before(dispatcher, tracker, start))

    def said_already(part: str) -> bool:
        key = card_key(part)
        if key is None:
            return False
        if key in said:
            return True
        said.add(key)
        return False

    _drop_parts(dispatcher, start, said_already)


@functools.cache
def _measure_titles() -> dict[str, str]:
    """Each measure's title, lower-cased, in both languages -> its clause (the catalogue is
    read once per process)."""
    from policy_kb.kb import catalogue

    return {
        title.lower(): entry.clause
        for entry in catalogue().entries.values()
        for title in (entry.title.zh, entry.title.en)
    }


def _names_measure(text: str, title: str, clause: str) -> bool:
    low = text.lower()
    cited = f"第{clause}条" in text or f"clause {clause}" in low
    return title in low and cited


def drop_measures_answered(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """Leave out of the messages sent from `start` on a part that opens with a measure's title
    (after its yes or no) when an earlier message of this turn already answered with that
    measure and its clause (tester 50 P24: "No: the Beijing plan has no cash payment… (clause
    (12))", then the same measure's reason and source under it)."""
    earlier = said_before(dispatcher, tracker, start)
    if not earlier:
        return
    titles = _measure_titles()

    def answered(part: str) -> bool:
        head = VERDICT_BEFORE.sub("", part, count=1).split("\n")[0]
        title = CITY_NAMED.sub("", re.split(r"[：:]", head)[0]).strip().lower()
        clause = titles.get(title)
        return clause is not None and any(_names_measure(x, title, clause) for x in earlier)

    _drop_parts(dispatcher, start, answered)


# A clause said beside an answer's line ("…共28,800元（第12条）", "(clause 12)").
INLINE_CLAUSE = re.compile(r"\s*[（(](?:第\(?[0-9]+\)?条|clause \(?[0-9]+\)?)[）)]\s*$")


def _answer_lines(text: str) -> list[str]:
    """The lines of a message that say something: not its source line, footnotes or blanks,
    a clause beside a line left off (the same block told again reads "（第12条）" beside its
    last figure once its source line was said)."""
    lines = []
    for line in text.split("\n"):
        bare = line.strip()
        if not bare or FOOTNOTE_LINE.match(bare) or SOURCE_LINE.match(bare):
            continue
        lines.append(INLINE_CLAUSE.sub("", bare))
    return lines


FOOTNOTE_LINE = re.compile(r"^（[^\n]*）$|^\([^\n]*\)$")
SOURCE_LINE = re.compile(r"^(?:依据：|Source: )")


def drop_blocks_said(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """Leave out of the messages sent from `start` on one whose every line (two or more) a
    message of this turn already said, its source and footnotes aside: tester 46 c01 read
    "对。每月合计…" twice in one reply, the second with its clause folded beside the figures."""
    earlier = said_before(dispatcher, tracker, start)
    said = {line for text in earlier for line in _answer_lines(text)}
    kept: list[dict[str, Any]] = []
    for message in dispatcher.messages[start:]:
        lines = _answer_lines(str(message.get("text") or ""))
        if len(lines) > 1 and all(line in said for line in lines):
            continue
        said |= set(lines)
        kept.append(message)
    dispatcher.messages[start:] = kept


# A card's lead department line ("牵头部门：济南市卫生健康委员会", "Lead department: …").
LEAD_LINE = re.compile(r"^(?:牵头部门：|Lead departments?: ).+$")
MIN_LINE_REPEATED = 12  # shorter lines ("对。", "Yes.") may well stand twice


def lines_once(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """Leave out of the messages sent from `start` on a line this turn already said, in an
    earlier message or earlier in the same one (tester 48 c04 read "仍可享受：育儿假：每人每年不少于
    10天，至2028年10月1日（第11条）" under both the maternity and the paternity card). Each card's
    source and lead department lines stay; footnotes are left to blocks_once and questions to
    the steps that ask them last."""
    seen = {
        INLINE_CLAUSE.sub("", x.strip())  # "…满3周岁）。（第12条）" once its source was said
        for text in said_before(dispatcher, tracker, start)
        for x in text.split("\n")
    }
    emptied: list[int] = []
    for at, message in enumerate(dispatcher.messages[start:], start=start):
        text = message.get("text")
        if not text:
            continue
        kept = []
        dropped = False
        for line in str(text).split("\n"):
            bare = INLINE_CLAUSE.sub("", line.strip())
            repeated = bare in seen and len(bare) >= MIN_LINE_REPEATED
            kept_as_is = (
                SOURCE_LINE.match(bare)
                or LEAD_LINE.match(bare)
                or FOOTNOTE_LINE.match(bare)
                or "？" in bare  # a question: asked last, where other steps put it
                or "?" in bare
            )
            if repeated and not kept_as_is:
                dropped = True
                continue
            seen.add(bare)
            kept.append(line)
        if dropped and not _answer_lines("\n".join(kept)):
            # the answer was said already: its source line alone is no message (tester 49 c01
            # read "依据：第15条" by itself after the answer that cited it)
            kept = []
        message["text"] = "\n".join(kept).strip("\n")
        others = ("custom", "buttons", "image", "attachment", "response", "elements")
        if not message["text"] and not any(message.get(k) for k in others):
            emptied.append(at)
    for at in reversed(emptied):  # every line said already: no empty message
        del dispatcher.messages[at]


def _lines_said_twice_dropped(text: str) -> str:
    """`text` with a lead department line it already said left out (tester 40 r03: the
    worker read "牵头部门：济南市卫生健康委员会" twice in one answer)."""
    seen: set[str] = set()
    kept = []
    for line in text.split("\n"):
        if LEAD_LINE.match(line.strip()):
            if line.strip() in seen:
                continue
            seen.add(line.strip())
        kept.append(line)
    return "\n".join(kept)


def leads_once(dispatcher: CollectingDispatcher, start: int, citizen: bool) -> None:
    """The lead department lines of the messages sent from `start` on: none twice in one
    message; for a citizen, a department that several cards share said once, at the end of
    the last message naming it (tester 41: "牵头部门：…" under every card is long on a phone).
    Each card keeps its clause; the hotline keeps a department under each card."""
    messages = dispatcher.messages[start:]
    for message in messages:
        if message.get("text"):
            message["text"] = _lines_said_twice_dropped(str(message["text"]))
    if not citizen:
        for message in messages:
            if message.get("text"):
                message["text"] = _lead_before_notes(str(message["text"]))
        return
    for message in messages:  # several cards in one message, one department: at its end
        text = str(message.get("text") or "")
        leads = {x.strip() for x in text.split("\n") if LEAD_LINE.match(x.strip())}
        cards = [p for p in text.split(CARD_BREAK) if card_key(p) is not None]
        if len(cards) > 1 and len(leads) == 1:
            message["text"] = _moved_to_the_end(text, leads.pop())
    named: dict[str, list[int]] = {}  # one department under cards of several messages
    for i, message in enumerate(messages):
        for line in str(message.get("text") or "").split("\n"):
            if LEAD_LINE.match(line.strip()) and i not in named.get(line.strip(), []):
                named.setdefault(line.strip(), []).append(i)
    for line, where in named.items():
        if len(where) > 1:
            for i in where:
                text = str(messages[i]["text"])
                messages[i]["text"] = "\n".join(
                    x for x in text.split("\n") if x.strip() != line
                ).strip("\n")
            messages[where[-1]]["text"] = _moved_to_the_end(str(messages[where[-1]]["text"]), line)


def _lead_before_notes(text: str) -> str:
    """`text` with each lead department line put before its measure's notes (FOOTNOTE_LINE:
    "(Birth known to the month only, …)"), which follow it at the end of the measure's block
    (tester 52 c02: a hotline caller's block ended with the birth-month note, then a bare
    "Lead department: Municipal Health Commission")."""
    lines = text.split("\n")
    start = 0  # the block: from after the lead line before, to this one
    for i, line in enumerate(lines):
        if not LEAD_LINE.match(line.strip()):
            continue
        block = lines[start:i]
        notes = [x for x in block if FOOTNOTE_LINE.match(x.strip())]
        if notes and len(notes) < len(block):  # the measure's own lines, then its department
            lines[start : i + 1] = [
                *(x for x in block if not FOOTNOTE_LINE.match(x.strip())),
                line,
                *notes,
            ]
        start = i + 1
    return "\n".join(lines)


def _moved_to_the_end(text: str, line: str) -> str:
    """`text` with `line` taken out of wherever it stands and said once, after the answers,
    before a question that closes the message ("您家在哪个城市？…" stays last)."""
    kept = "\n".join(x for x in text.split("\n") if x.strip() != line).rstrip("\n").split("\n")
    at = len(kept)
    while at > 1 and ("？" in kept[at - 1] or "?" in kept[at - 1]):
        at -= 1
    return "\n".join([*kept[:at], line, *kept[at:]])


# The plan's silence on the first month of money paid "until the child reaches 3" (Jinan
# clause 12), as policy_kb.format words it beside each end date, and the one line saying it.
START_UNSAID = re.compile(
    r"；方案没写从哪个月开始发(?=）)|（方案没写从哪个月开始发）"
    r"|; the plan does not say from which month it starts(?=\))"
)
START_UNSAID_LINE = {
    "zh": "（方案没写从哪个月开始发。）",
    "en": "(The plan does not say from which month the payment starts.)",
}


def start_unsaid_once(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """The plan's silence on the first month said once a reply, on its own line after the
    figures, not beside every end date (tester 42: "方案没写从哪个月开始发" next to each "until
    the child reaches 3" read oddly); none again when an earlier message this turn said it."""
    earlier = said_this_turn(tracker, dispatcher) - {
        str(m.get("text")) for m in dispatcher.messages[start:]
    }
    said = any(
        START_UNSAID.search(x) or any(line in x for line in START_UNSAID_LINE.values())
        for x in earlier
    )
    for message in dispatcher.messages[start:]:
        text = str(message.get("text") or "")
        if not START_UNSAID.search(text):
            continue
        lang = "en" if "the plan does not say" in text else "zh"
        lines = text.split("\n")
        last = max(i for i, line in enumerate(lines) if START_UNSAID.search(line))
        lines = [START_UNSAID.sub("", line) for line in lines]
        if said:
            message["text"] = "\n".join(lines)
            continue
        said = True
        # after the figures: before the source line that follows them, else at the end
        source = next(
            (i for i, x in enumerate(lines) if i > last and x.startswith(("依据：", "Source: "))),
            None,
        )
        if source is None:
            message["text"] = _moved_to_the_end("\n".join(lines), START_UNSAID_LINE[lang])
        else:
            lines.insert(source, START_UNSAID_LINE[lang])
            message["text"] = "\n".join(lines)


# The lines of the clause block a citizen has read in an earlier turn (the slot keeps a short
# digest of each: the action server sees only the current turn's events): a follow-up about a
# measure already shown gets its answer line and the clause, not the rule, the plan's
# silences and the footnotes again (tester 45: "第2个孩子的出生日期只知道年月…" on every turn,
# the whole card of 产假 again for "他能休几天").
SAID_SLOT = "said_lines"
SAID_KEPT = 400  # digests kept: the most recent
RULE_LINE = re.compile(r"^(?:规定：|The rule: )")
FOOTNOTE = re.compile(r"^（[^\n]*）$|^\([^\n]*\)$")
SOURCE_ZH = re.compile(r"^依据：《[^》]+》(第\(?[0-9]+\)?条|保障措施（[^）]+）)")
SOURCE_EN = re.compile(r"^Source: [^\n]*?, ((?:clause|safeguard measure) \(?[0-9a-z]+\)?)")
# "原文", "详细说说", "details", "the rule": the citizen asks for the block itself.
BLOCK_ASKED = re.compile(
    r"原文|条文|原话|怎么写的|详细|具体规定|规定是什么|全文|\bdetails?\b|\bquote\b|\bverbatim\b"
    r"|\bexact words\b|\bwording\b|\bthe rule\b|\bin full\b",
    re.I,
)
HOW_ASKED = re.compile(
    r"怎么办|怎么[弄搞参交报申领]|如何|去哪|在哪|哪里|流程|手续|材料|[要得]办|办吗|申请|申领"
    r"|\bhow (?:do|can|to|should)\b|\bwhere\b|\bappl(?:y|ied|ication)\b|\bclaim\b|\bdocuments?\b",
    re.I,
)


# The monthly figures a reply gives one child ("第3个孩子只有育儿补贴每月600元", "Child 2: 600+200=
# 800 yuan/month"), kept as "fig:3:600" beside the digests: "刚才你说800" of that child is checked
# against what was really said (tester 52 c06), the action server seeing only this turn.
FIGURE_KEY = "fig:"
CHILD_OF_FIGURE = re.compile(r"第(\d)个孩子|老(\d)\u2060?|\bchild (\d)\b", re.I)
MONTHLY_SAID = re.compile(
    r"(?<![\d,.])(\d{3,4})\s*(?:元/月|元每月|元一个月|yuan/month|yuan a month)"
    r"|(?:每月|月领|a month,? )(\d{3,4})(?![\d,])\s*(?:元|yuan)"
    r"|=\s*(\d{3,4})\s*(?:元/月|元|yuan)",
    re.I,
)


def child_figure_keys(text: str) -> list[str]:
    """ "fig:<order>:<yuan>" for each monthly figure a line of `text` gives the one child it
    names (a line naming several children, or none, gives none)."""
    keys = []
    for line in text.split("\n"):
        orders = {int(next(g for g in m.groups() if g)) for m in CHILD_OF_FIGURE.finditer(line)}
        if len(orders) != 1:
            continue
        order = orders.pop()
        for m in MONTHLY_SAID.finditer(line):
            keys.append(f"{FIGURE_KEY}{order}:{next(g for g in m.groups() if g)}")
    return keys


def figures_said(tracker: Tracker) -> dict[int, set[int]]:
    """The monthly figures the bot's earlier replies gave each child (by birth order): those
    recorded in the said-lines slot, and those of the reply before this message when the
    tracker carries it."""
    keys = [k for k in tracker.get_slot(SAID_SLOT) or [] if str(k).startswith(FIGURE_KEY)]
    previous: list[str] = []
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                break
        elif users == 1 and event.get("event") == "bot" and event.get("text"):
            previous.append(str(event["text"]))
    keys += [k for text in previous for k in child_figure_keys(text)]
    out: dict[int, set[int]] = {}
    for key in keys:
        order, figure = str(key)[len(FIGURE_KEY) :].split(":")
        out.setdefault(int(order), set()).add(int(figure))
    return out


def digest(line: str) -> str:
    """A said line's short digest, as the slot keeps it."""
    return hashlib.sha1(line.strip().encode()).hexdigest()[:10]


# A note that dates or sums rest on a birth told to the month or year, an age or the months of
# pregnancy ("（出生日期只知道年月，按当月1日计算…）", "注：第1个孩子的出生日期按年龄推算…"): said
# once a reply and once a conversation, again only when the dates it is about change (tester 49
# E2: after every child, and on every turn).
ESTIMATE_NOTE = re.compile(
    r"只知道年月|只知道年份|只知道出生年月|按年龄推算|按怀孕月份推算|按当月1日"
    r"|known to the month|birth (?:year|month) only|worked out from|counted from the 1st",
    re.I,
)
NOTE_LINE = re.compile(r"^(?:注：|Note: )")


def estimate_note(line: str) -> bool:
    """Whether `line` is such a note, in brackets or after "注：" / "Note: "."""
    bare = line.strip()
    return bool((FOOTNOTE.match(bare) or NOTE_LINE.match(bare)) and ESTIMATE_NOTE.search(bare))


ESTIMATE_KINDS = {
    "month": re.compile(r"年月|当月1日|to the month|birth month|from the 1st\b", re.I),
    "year": re.compile(r"只知道年份|当年1月1日|birth year only", re.I),
    "age": re.compile(r"按年龄推算|from an age", re.I),
    "due": re.compile(r"怀孕月份|months of pregnancy", re.I),
}
CHILD_NAMED = re.compile(r"第\d个孩子|\bchild \d\b", re.I)


def _estimate_said(note: str, earlier: str) -> bool:
    """Whether the estimate note `earlier` of this reply already says `note`: a note of the same
    kind (month only, year only, an age, the months of pregnancy) about the same children, or
    one naming none."""
    if not estimate_note(earlier):
        return False
    kinds = {k for k, r in ESTIMATE_KINDS.items() if r.search(note)}
    if not kinds or kinds - {k for k, r in ESTIMATE_KINDS.items() if r.search(earlier)}:
        return False
    named = {x.lower() for x in CHILD_NAMED.findall(note)}
    before = {x.lower() for x in CHILD_NAMED.findall(earlier)}
    return not before or named <= before


def dates_told(tracker: Tracker, events: Sequence[EventType] = ()) -> str:
    """The birth dates of the family or the caller's case as told (date, how precise, worked out
    or not), as the turn's `events` leave them, in one short digest: an estimate note is said
    again when they change."""
    slots = {
        name: tracker.get_slot(name) for name in ("children", "children_partial", "hotline_case")
    }
    for event in events:
        if event.get("event") == "slot" and event.get("name") in slots:
            slots[event["name"]] = event.get("value")
    case = slots["hotline_case"]
    sources: list[object] = [slots["children"], slots["children_partial"]]
    if isinstance(case, dict):
        sources += [case.get("children"), case.get("children_partial")]
    told = [
        f"{c.get('birth_date')}/{c.get('precision')}/{bool(c.get('approx'))}"
        for children in sources
        if isinstance(children, list)
        for c in children
        if isinstance(c, dict)
    ]
    return digest("|".join(told))


def line_key(line: str, dates: str = "") -> str:
    """A said line's digest; an estimate note's with the dates it is about."""
    bare = line.strip()
    return digest(f"{bare}|{dates}") if estimate_note(bare) else digest(bare)


@functools.cache
def kb_lines() -> tuple[frozenset[str], frozenset[str]]:
    """Each measure's summary and its note on what the plan leaves unsaid, both languages, as a
    card prints them: the lines of a clause block told once."""
    from policy_kb.kb import catalogue

    summaries: set[str] = set()
    silences: set[str] = set()
    for entry in catalogue().entries.values():
        summaries |= {entry.summary.zh, entry.summary.en}
        if entry.silent_on is not None:
            silences |= {entry.silent_on.zh, entry.silent_on.en}
    return frozenset(summaries), frozenset(silences)


def _clause_of(line: str) -> str | None:
    """'第11条' / 'clause 11' of a source line, or None for another line."""
    found = SOURCE_ZH.match(line) or SOURCE_EN.match(line)
    return found.group(1) if found else None


def _first_sentence(text: str) -> str:
    found = re.match(r".+?(?:。|；|\.(?=\s|$))", text)
    return found.group(0).rstrip("；") if found else text


def _bare_title(line: str) -> bool:
    """A card's heading that is the measure's title and city alone ("陪产假（济南）")."""
    return bool(CITY_NAMED.search(line)) and not re.search(r"[：:]", CITY_NAMED.sub("", line))


# A measure's card line, its title and city before its summary ("育儿补贴（济南）：具有济南户籍…",
# "Childcare subsidy (Jinan): Families with…"): the summary said again under its heading.
CARD_LINE = re.compile(r"^([^：:\n]{2,60}?[）)])(?:：|: )(.+)$")


def _card_summary(line: str) -> str | None:
    """The measure's summary that a card line `line` prints after its title and city."""
    found = CARD_LINE.match(line)
    if found is None or not CITY_NAMED.search(found.group(1)):
        return None
    summaries, _ = kb_lines()
    return found.group(2) if found.group(2) in summaries else None


@functools.cache
def _summary_entries() -> dict[str, tuple[str, str, str]]:
    """Each measure's summary (both languages) -> its title, its source line and its clause as
    an answer's line cites it ("第12条", "clause 12"), in that summary's language."""
    from actions.render import entry_brief  # render imports this module's neighbours
    from policy_kb.kb import catalogue

    found: dict[str, tuple[str, str, str]] = {}
    for entry in catalogue().entries.values():
        for lang in ("zh", "en"):
            cited = f"第{entry.clause}条" if lang == "zh" else f"clause {entry.clause}"
            source = entry_brief(entry, lang).split("\n")[-1]
            found[entry.summary.get(lang)] = (entry.title.get(lang), source, cited)
    return found


def _card_known(summary: str, said: set[str], before: list[str]) -> bool:
    """Whether a card line of `summary` repeats what the reader has: its text read before, or
    its clause's text read in an earlier turn while an answer's line above (`before`) already
    names the measure and its clause ("对：…28,800元…（育儿补贴、育儿补贴困难家庭加发，第12条）":
    the conditions of a follow-up's figure, tester 50 c02)."""
    if digest(summary) in said:
        return True
    title, source, cited = _summary_entries()[summary]
    return digest(source) in said and any(
        title.lower() in line.lower() and cited in line for line in before
    )


HEADER_ONLY = re.compile(r"^[^\s：:]{1,12}[：:]\s*(?:[（(][^）)]*[）)])?$")


def _says_something(text: str) -> bool:
    """Whether `text` has a line beyond source lines, lead departments, the plan's silences and
    bare city headers ("济南：")."""
    _, silences = kb_lines()
    for line in text.split("\n"):
        bare = LEAD_SAID_STRIP.sub("", line).strip()
        if not bare or bare in silences or _clause_of(bare) is not None:
            continue
        if LEAD_LINE.match(bare) or HEADER_ONLY.match(bare) or SOURCE_ONLY.match(bare):
            continue
        return True
    return False


LEAD_SAID_STRIP = re.compile("\x00")
SOURCE_ONLY = re.compile(
    r"^(?:依据|Source)[：:]|^方案未指明负责部门|^The plan names no responsible"
)


def block_once(
    text: str, said: set[str], how_asked: bool, dates: str = "", silent: bool = False
) -> str:
    """`text` without the lines of a clause block the citizen read in an earlier turn (`said`,
    their digests): the rule, the measure's summary, the plan's silences (kept when the question
    asks how to apply or where: they answer it) and the footnotes; the source line said before
    becomes its clause beside the answer ("…158天。（第11条）"). A bare title left alone takes
    the first sentence of its summary: the figure stays."""
    summaries, silences = kb_lines()
    kept: list[str] = []
    for line in text.split("\n"):
        bare = line.strip()
        summary = _card_summary(bare)
        if summary is not None and _card_known(summary, said, kept):
            continue  # the measure's whole text under its heading, read before
        if not bare or line_key(bare, dates) not in said:
            kept.append(line)
            continue
        if estimate_note(bare):
            continue
        clause = _clause_of(bare)
        if clause is not None:
            zh = bool(SOURCE_ZH.match(bare))
            if any(clause in x for x in kept):
                continue  # cited already by a line above
            if kept and _takes_clause(kept[-1]):
                joiner = "" if re.search(r"[\u4e00-\u9fff。）]$", kept[-1].rstrip()) else " "
                kept[-1] = kept[-1].rstrip() + joiner + (f"（{clause}）" if zh else f"({clause})")
            else:
                kept.append(f"依据：{clause}" if zh else f"Source: {clause}")
            continue
        if bare in summaries and kept and _bare_title(kept[-1]):
            sep = "：" if "（" in kept[-1] else ": "
            kept[-1] = CITY_NAMED.sub("", kept[-1]).rstrip() + sep + _first_sentence(bare)
            continue
        if RULE_LINE.match(bare) or FOOTNOTE.match(bare) or bare in summaries:
            continue
        if bare in silences and not how_asked:
            continue
        if LEAD_LINE.match(bare) and not how_asked:
            kept.append(LEAD_SAID + line)  # left out below unless a silence here needs it
            continue
        kept.append(line)
    # a lead department read before goes again only beside a silence of the plan said here:
    # where the plan is silent, the department to ask is named (the project's rule)
    silent = silent or any(_says_silence(x) for x in kept if not x.startswith(LEAD_SAID))
    return "\n".join(
        x.removeprefix(LEAD_SAID) for x in kept if silent or not x.startswith(LEAD_SAID)
    )


def _trimmed_by_section(
    text: str, said: set[str], how_asked: bool, dates: str, silent: bool
) -> str:
    """`block_once` on each part of `text` under its own header ("济南：", "北京："), a part
    left saying nothing kept in full: a city's answer is never its header and clause alone."""
    sections: list[list[str]] = [[]]
    for line in text.split("\n"):
        if HEADER_ONLY.match(line.strip()) and sections[-1]:
            sections.append([])
        sections[-1].append(line)
    parts = []
    for lines in sections:
        part = "\n".join(lines)
        trimmed = block_once(part, said, how_asked, dates, silent)
        parts.append(trimmed if _says_something(trimmed) else part)
    return "\n".join(parts)


def _says_silence(line: str) -> bool:
    """A line saying what the plan leaves unsaid, other than the first month of the money
    (said on its own, the figures need no department)."""
    bare = START_UNSAID.sub("", line.strip())
    return bare not in START_UNSAID_LINE.values() and bool(SILENCE_SAID.search(bare))


LEAD_SAID = "\x00"  # marks a lead department line read in an earlier turn
SILENCE_SAID = re.compile(
    r"没有写|未写|没写|未说明|does not say|do not say|says neither|not state|names no", re.I
)


def _takes_clause(line: str) -> bool:
    """Whether the clause can close `line`: an answer's line, not a blank, a question, a lead
    department or a footnote."""
    bare = line.strip()
    return bool(bare) and not (
        bare.endswith(("？", "?"))
        or LEAD_LINE.match(bare)
        or FOOTNOTE.match(bare)
        or HEADER_ONLY.match(bare)  # "北京：": a city's header, not its answer
    )


def _said_lines(text: str, dates: str = "") -> list[str]:
    """The digests of the lines of `text` that a later turn leaves out when repeated, and of
    the plan's silences on a worry it says (actions.unsaid: said once a conversation)."""
    from actions.unsaid import worry_keys  # unsaid imports this module

    summaries, silences = kb_lines()
    lines = [x.strip() for x in text.split("\n")]
    return (
        worry_keys(text)
        + child_figure_keys(text)
        + [
            line_key(line, dates)
            for line in [*lines, *(_card_summary(x) or "" for x in lines)]
            if line
            and (
                estimate_note(line)
                or RULE_LINE.match(line)
                or FOOTNOTE.match(line)
                or line in summaries
                or line in silences
                or LEAD_LINE.match(line)
                or _clause_of(line) is not None
            )
        ]
    )


def blocks_once(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    start: int,
    events: Sequence[EventType] = (),
) -> list[EventType]:
    """The messages sent from `start` on, each line of a clause block the citizen read before
    left out (`block_once`), and a footnote said earlier this turn not said again; the slot
    event that records what these messages said. Nothing is left out when the citizen asks
    for the wording or the details."""
    earlier = tracker.get_slot(SAID_SLOT)
    said = set(earlier) if isinstance(earlier, list) else set()
    question = str((tracker.latest_message or {}).get("text") or "")
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    keep_all = bool(BLOCK_ASKED.search(question)) or intent == "ask_details"  # "more"
    dates = dates_told(tracker, events)
    silent = any(
        _says_silence(line)
        for m in dispatcher.messages[start:]
        for line in str(m.get("text") or "").split("\n")
    )
    this_turn = {
        line.strip()
        for text in said_this_turn(tracker, dispatcher)
        - {str(m.get("text")) for m in dispatcher.messages[start:]}
        for line in text.split("\n")
    }
    recorded = list(earlier) if isinstance(earlier, list) else []
    kept: list[dict[str, Any]] = []
    for message in dispatcher.messages[start:]:
        text = str(message.get("text") or "")
        if not text:
            kept.append(message)
            continue
        if not keep_all:
            # a reply left with only its source and the plan's silences says nothing: the
            # block goes again in full (tester 51 c02 read "依据：第(12)条 方案未指明负责部门。"
            # alone, three times, on the hotline); so does each city's part of a two-city reply
            # (c02 read "北京： （第(12)条）" with nothing of Beijing under it)
            text = _trimmed_by_section(text, said, bool(HOW_ASKED.search(question)), dates, silent)
        lines = []
        for line in text.split("\n"):
            bare = line.strip()
            if (FOOTNOTE.match(bare) or estimate_note(bare)) and bare in this_turn:
                continue  # a footnote once a reply, in one message or several
            if estimate_note(bare) and any(_estimate_said(bare, x) for x in this_turn):
                continue
            this_turn.add(bare)
            lines.append(line)
        text = "\n".join(lines).strip("\n")
        for key in _said_lines(text, dates):
            if key not in said:
                said.add(key)
                recorded.append(key)
        if text.strip():
            kept.append({**message, "text": text})
    dispatcher.messages[start:] = kept
    if recorded == (earlier or []):
        return []
    return [SlotSet(SAID_SLOT, recorded[-SAID_KEPT:])]


Run = TypeVar("Run", bound=Callable[..., Awaitable[list[EventType]]])


# What a message sent with nothing in it reads as: a value that was never set, made text.
NOTHING_SAID = frozenset({"none", "null", "nan", "undefined"})
CONTENT_KEYS = ("custom", "buttons", "image", "attachment", "response", "template", "elements")


def says_nothing(text: object) -> bool:
    """Whether `text` would reach the citizen as a blank bubble or as "None" (tester 49 c01)."""
    bare = "" if text is None else str(text).strip()
    return not bare or bare.lower() in NOTHING_SAID


def nothing_sent_empty(dispatcher: CollectingDispatcher, start: int) -> None:
    """Leave out of the messages sent from `start` on a text that says nothing (None, blank,
    "None"), and a message that has nothing else to send."""
    kept: list[dict[str, Any]] = []
    for message in dispatcher.messages[start:]:
        if "text" in message and says_nothing(message.get("text")):
            message = {**message, "text": None}
            if not any(message.get(k) for k in CONTENT_KEYS):
                continue
        kept.append(message)
    dispatcher.messages[start:] = kept


CLAUSE_CITED = re.compile(r"第\s*(\(?[0-9]+\)?)\s*条|clause (\(?[0-9]+\)?)")


def _clauses_cited(text: str) -> set[str]:
    return {a or b for a, b in CLAUSE_CITED.findall(text)}


def no_source_alone(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """Leave out of the messages sent from `start` on a source line that opens a message, citing
    nothing said in it, when this turn already cited its clause (tester 49 c01: "依据：第15条"
    alone after the answer that gave it; "Source: clause 12" above a question). A message left
    with nothing is not sent."""
    cited = {c for text in said_before(dispatcher, tracker, start) for c in _clauses_cited(text)}
    kept: list[dict[str, Any]] = []
    for message in dispatcher.messages[start:]:
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            lines = text.strip("\n").split("\n")
            while lines and SOURCE_LINE.match(lines[0].strip()):
                clauses = _clauses_cited(lines[0])
                if not clauses or not clauses <= cited:
                    break
                lines.pop(0)
            message = {**message, "text": "\n".join(lines)}
            cited |= _clauses_cited(message["text"])
            if not lines and not any(message.get(k) for k in CONTENT_KEYS):
                continue
        kept.append(message)
    dispatcher.messages[start:] = kept


FALLBACKS = frozenset({"utter_default"})  # "抱歉，我没太明白。能换个说法吗？…"


def no_fallback_after_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker, start: int
) -> None:
    """Leave out "抱歉，我没太明白" when this turn already answered (tester 49 c09: a right
    answer, then the fallback, as if the citizen had not been understood)."""
    if not any(t.strip() for t in said_before(dispatcher, tracker, start)) and not any(
        str(m.get("text") or "").strip() for m in dispatcher.messages[start:]
    ):
        return
    dispatcher.messages[start:] = [
        m
        for m in dispatcher.messages[start:]
        if m.get("response") not in FALLBACKS and m.get("template") not in FALLBACKS
    ]


def no_bubble_twice(dispatcher: CollectingDispatcher, tracker: Tracker, start: int) -> None:
    """Leave out of the messages sent from `start` on one that says what a message of this turn
    already said, as it will be read (tester 49 c07: "对。第3个孩子每月600+200=800元…（第12条）"
    twice in a row, the form's and the result's, each made short by the clause said before)."""
    said = {text.strip() for text in said_before(dispatcher, tracker, start)}
    kept: list[dict[str, Any]] = []
    for message in dispatcher.messages[start:]:
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            if text.strip() in said and not any(message.get(k) for k in CONTENT_KEYS):
                continue
            said.add(text.strip())
        kept.append(message)
    dispatcher.messages[start:] = kept


SAME_AS_LAST = {"zh": "和上一条回答相同：", "en": "The same answer as above applies:"}
LAST_REPLY_SLOT = "last_reply"


def _digest(texts: Sequence[str]) -> str:
    return hashlib.sha1("\n\n".join(t.strip() for t in texts).encode()).hexdigest()[:12]


def same_as_last_turn(
    dispatcher: CollectingDispatcher, tracker: Tracker, start: int
) -> list[EventType]:
    """When the turn's first reply repeats the last turn's whole reply word for word, say so
    first (tester 45 e4: "what about the older ones" got the upbringing-subsidy answer the
    youngest had just got, with nothing to show it was meant for them too); a bare "Yes." may
    well stand twice. The actions see only the current turn's events (bot/patches), so the last
    turn's reply is kept as a digest in the `last_reply` slot, set by each action that sends."""
    texts = [str(m.get("text") or "").strip() for m in dispatcher.messages[start:]]
    if not any(texts):
        return []
    earlier = said_before(dispatcher, tracker, start)
    if (
        not earlier
        and all(texts)
        and sum(len(t) for t in texts) >= MIN_LINE_REPEATED * 3
        and _digest(texts) == tracker.get_slot(LAST_REPLY_SLOT)
    ):
        from actions.language import reply_language  # the language module imports this one

        first = dispatcher.messages[start]
        first["text"] = f"{SAME_AS_LAST[reply_language(tracker)]}\n{first['text']}"
    return [SlotSet(LAST_REPLY_SLOT, _digest([*earlier[::-1], *texts]))]


def cards_once(run: Run) -> Run:
    """An action's run (or the form's extraction) that sends no measure's card already given this
    turn: several actions of one turn (an answer, then the form reading facts told with it, then
    the result) each answer the question they see. Its lead departments go as `leads_once`."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, *rest: Any
    ) -> list[EventType]:
        from actions.hotline import caller_verdict, in_hotline  # the hotline imports this
        from actions.hotline_caller import caller_said
        from actions.language import reply_language
        from actions.moved_total import child_hukou_told, months_from_now  # imports this module
        from actions.read_out import read_out_added

        start = len(dispatcher.messages)
        events = await run(self, dispatcher, tracker, *rest)
        months_from_now(dispatcher, tracker, start, events)
        child_hukou_told(dispatcher, tracker, start, events)
        drop_cards_said(dispatcher, tracker, start)
        drop_measures_answered(dispatcher, tracker, start)
        drop_blocks_said(dispatcher, tracker, start)
        lines_once(dispatcher, tracker, start)
        start_unsaid_once(dispatcher, tracker, start)
        citizen = not in_hotline(tracker)
        leads_once(dispatcher, start, citizen=citizen)
        if not citizen:  # "caller …, baby 2nd child born 2026.6": another caller's family?
            caller_said(dispatcher, tracker, start, caller_verdict(tracker, clock.today()))
        # before the action's own events: the slot it sets last stays last; the hotline's
        # worker reads the clause blocks as a citizen does (tester 50 c02: clause 12 pasted
        # again under "800一个月 一共是28800是吧")
        events = [*blocks_once(dispatcher, tracker, start, events), *events]
        no_source_alone(dispatcher, tracker, start)
        if not citizen:  # after the blocks said before are dropped: the answer as it goes out
            read_out_added(dispatcher, start, events, reply_language(tracker))
        nothing_sent_empty(dispatcher, start)
        no_bubble_twice(dispatcher, tracker, start)
        no_fallback_after_answer(dispatcher, tracker, start)
        # before the action's own events, as blocks_once: the slot it sets last stays last;
        # after a restart, which would wipe it, and which stays the first event
        last_reply = same_as_last_turn(dispatcher, tracker, start)
        if any(e.get("event") in ("restart", "session_started") for e in events):
            return [*events, *last_reply]
        return [*last_reply, *events]

    return cast(Run, wrapped)
