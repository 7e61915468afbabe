"""A hotline worker describing a caller's family afresh (tester 48 c10): "caller moved hukou to
jinan last month, baby 2nd child born 2026.6, …" after a case whose 3rd child was born in
August 2024 is another caller, not a 2nd child added to the call before's family (that read
made the baby "child 3"). A message that names the caller (caller, 来电, 这位, 来电人) and
places children by order or count is compared with the case kept:

- its children contradict the case's (a child of one order born in another month, a lower
  order born after a higher one, another number of children): a new case, said in one line;
- they fit but the case had dated children the message does not repeat: the same case, and
  the worker is asked whether it is the same caller;
- otherwise the same case, nothing said."""

import re
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, Literal, TypeVar, cast

from rasa_sdk.events import SlotSet

from policy_kb.text import Lang
from understanding.text import normalise
from wording.language import t

# The caller named: "caller", "the caller's", 来电, 来电人, 这位, 该市民, 对方.
CALLER = re.compile(r"\bcallers?\b|\bcaller's\b|来电|这位|该市民|这个市民|对方家", re.I)
# The number of children told outright: "2 kids", "only two children", 两个孩子, 一共三个娃, 独生.
COUNT = re.compile(
    r"\b(?P<en>one|two|three|four|[1-4])\s+(?:kids|children|child(?:ren)?)\b"
    r"|\bonly (?:one )?child\b|独生|(?<![第老])(?P<zh>[一二两俩三仨四1-4])个(?:孩子|娃|小孩)",
    re.I,
)
# Children counted beside those the case has, not the family's number: "the other two kids",
# "the older 2 children", 另外两个孩子, 上面还有俩孩子 (tester 71 c10 lost the case's baby).
MORE_CHILDREN = re.compile(
    r"\b(?:other|older|elder|remaining|also|another)\s+$|(?:另外|其他|其余|另|上面|前面|还有|剩下)(?:还有)?\s*$",
    re.I,
)
OTHER_CHILDREN = re.compile(
    r"\b(?:the|our|their|his|her)\s+(?:other|older|elder)\s+(?:one|two|three|[1-3])?\s*"
    r"(?:kids|children|ones|child|kid)\b"
    r"|(?:另外|其他|其余|上面)(?:还有)?的?(?:[一二两俩三1-3](?:个|位)?)?(?:孩子|娃|小孩|老大)",
    re.I,
)
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4,
    "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "仨": 3, "四": 4,
}  # fmt: skip

Verdict = Literal["new", "unclear", "same"]


def _children(facts: dict[str, Any]) -> list[dict[str, Any]]:
    found = facts.get("children_partial") or facts.get("children") or []
    return [c for c in found if isinstance(c, dict)]


def _month(child: dict[str, Any]) -> str | None:
    born = child.get("birth_date")
    return str(born)[:7] if born else None


def count_told(text: str) -> int | None:
    """The number of children a message states outright, or None."""
    found = next(
        (m for m in COUNT.finditer(text) if not MORE_CHILDREN.search(text[: m.start()])), None
    )
    if found is None:
        return None
    word = found.group("en") or found.group("zh")
    return NUMBERS.get(word.lower()) if word else 1


def _contradicts(fresh: list[dict[str, Any]], kept: list[dict[str, Any]]) -> bool:
    """Whether the children read afresh cannot be the case's: a month told for an order the
    case dates otherwise, or an order the case's births put before or after it."""
    for i, child in enumerate(fresh):
        born = _month(child)
        if born is None:
            continue
        for j, other in enumerate(kept):
            was = _month(other)
            if was is None:
                continue
            if (i == j and was != born) or (j > i and was < born) or (j < i and was > born):
                return True
    return False


# A worker putting the case's facts right ("更正", "不对", "说错了", "caller corrects").
PUT_RIGHT = re.compile(
    r"更正|纠正|不对|说错|搞错|记错|\bcorrect(?:s|ed|ion)\b|\bactually\b|\bi mean\b", re.I
)


def fresh_family(text: str, case: dict[str, Any], day: date) -> Verdict:
    """Whether `text`, a worker's message, tells the family of another caller than the case's."""
    from actions.household_form import accepted_updates  # household_form imports the hotline

    said = normalise(text)
    if not CALLER.search(said):
        return "same"
    if PUT_RIGHT.search(said):
        return "same"  # "更正 来电人说老三是24年1月5号 不是23年": the case's own facts put right
        # (tester 94 e1's case lost its hukou and benefit to a new one)
    kept = _children(case)
    if not any(_month(c) for c in kept):
        return "same"  # nothing of a call before to lose or mix up
    if OTHER_CHILDREN.search(said):
        return "same"  # "the other two kids born …": the case's other children, told now
    fresh = _children(accepted_updates(said, {}, day).updates)
    count = count_told(said)
    if count is None and len(fresh) < 2:
        return "same"  # "the caller's child was born 2024-08-15": no order, the case's child
    if count is not None and count != len(kept):
        return "new"
    if _contradicts(fresh, kept):
        return "new"
    told = {_month(c) for c in fresh if _month(c)}
    if any(_month(c) not in told for c in kept if _month(c)):
        return "unclear"
    return "same"


def new_caller_line(lang: Lang) -> str:
    """The one line that says the case starts again."""
    return t(
        lang,
        "新来电：按新的一户来算，上一位来电的孩子不计入。",
        "New caller: a new case, the previous caller's children are not carried over.",
    )


def same_caller_asked(lang: Lang) -> str:
    """The question when the message may tell the same caller's family or another's."""
    return t(
        lang,
        "同一位来电吗？如果是新来电，请说“新来电”，我按新的一户重新算。",
        "Same caller as before? If it is a new caller, say “new caller” and I start a new case.",
    )


def caller_said(dispatcher: Any, tracker: Any, start: int, verdict: Verdict) -> None:
    """The messages sent from `start` on, for a worker's message `verdict` judged: a new case
    said in one line before them, or the same caller asked after them; once a turn."""
    from actions.language import reply_language  # the language module imports the hotline's
    from actions.turn import said_this_turn

    sent = [m for m in dispatcher.messages[start:] if m.get("text")]
    if verdict == "same" or not sent:
        return
    lang = reply_language(tracker)
    line = new_caller_line(lang) if verdict == "new" else same_caller_asked(lang)
    if any(line in said for said in said_this_turn(tracker, dispatcher)):
        return
    if verdict == "new":
        sent[0]["text"] = line + "\n" + str(sent[0]["text"])
    else:
        sent[-1]["text"] = str(sent[-1]["text"]) + "\n" + line


# Another caller named inside a message (还有个来电的, 第二个来电, "another caller"), and the
# caller before named back (第一个来电, 上一个来电, "the first caller").
OTHER_CALLER = re.compile(
    r"还有(?:一)?(?:个|位|通)来电|第[二三四五2-5](?:个|位|通)来电"
    r"|\b(?:another|the other|the second|the next|a second|a new) (?:caller|call)\b",
    re.I,
)
CALLER_BEFORE = re.compile(
    r"(?:第一|第1|上一|前一|刚才那|之前那|头一)(?:个|位|通)?来电"
    # 回到三胎那个来电, 刚才那个租房的来电, 之前那位低保的来电: one before, named by its case
    r"|(?:回到|说回|再说|还是|刚才|之前|前面)(?:那个|那位)?[^\s，,。]{0,8}?(?:那个|那位|的)来电"
    r"|\b(?:the )?(?:first|previous|earlier) (?:caller|call)\b"
    # "back to the dibao caller from before", "the twins caller from earlier"
    r"|\bback to (?:the |that )?(?:[\w-]+ ){0,3}?caller\b"
    r"|\bthe (?:[\w-]+ ){0,3}?caller (?:from )?(?:before|earlier)\b",
    re.I,
)


# A caller the worker numbers: "caller 1", "caller #2", "the first caller", 第一个来电, 来电2,
# 2号来电 (tester 50 e08: "caller 1: Jinan, … caller 2: Beijing, …").
NUMBERED = re.compile(
    r"\bcaller\s*(?:#|no\.?\s*|number\s*)?(?P<en>[1-5]|one|two|three|four|five)\b"
    r"|\b(?P<ord>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+caller\b"
    r"|第(?P<zh>[一二三四五1-5])(?:个|位|通)(?:来电|电话)(?:人)?"
    r"|来电(?:人)?(?P<zh2>[一二三四五1-5])(?=[\s:：,，、.。]|济南|北京|[问的说要想是那这在呢]|$)"
    r"|(?P<zh3>[一二三四五1-5])号来电"
    # Callers the worker letters, read as numbered ones (tester 51 c10: "two callers: A) … B)
    # …", "caller B again", 来电A, A来电, 来电甲): a capital letter after "caller", any letter
    # with its bracket ("caller a)"), or a capital with its bracket opening a part ("A) Jinan").
    r"|\bcaller\s*(?P<let>(?-i:[A-E])\b|[a-e](?=\)))"
    r"|(?:^|(?<=[:：;；,，.。\n])|(?<=[:：;；,，.。] ))(?P<let2>(?-i:[A-E]))\)"
    r"|来电(?:人)?(?P<let3>(?-i:[A-E])|[甲乙丙丁])(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<let4>(?-i:[A-E])|[甲乙丙丁])(?:号)?来电",
    re.I,
)
# A lettered caller's number: A (甲) is caller 1, B (乙) caller 2 …
LETTERS = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "甲": 1, "乙": 2, "丙": 3, "丁": 4}
# Several callers announced at once ("两个来电一起问", "two callers at once"): then a bare
# 第一个 / 第二个 names a caller (第一个济南 … 第二个济南 …), not a child (第二个孩子).
ANNOUNCED = re.compile(
    r"(?:两|俩|三|几|多|2|3)(?:个|通|位)(?:来电|电话)"
    r"|\b(?:two|three|several|2|3) (?:callers|calls)\b",
    re.I,
)
BARE_NUMBERED = re.compile(
    r"第(?P<zh>[一二三四五1-5])(?:个|位|通)(?!来电|电话|孩子|娃|宝|小孩|孩|儿子|女儿|月|年|胎)"
)
# … and a bare letter with its colon names a lettered caller (两个来电 甲：济南 … 乙：济南 …,
# "two callers. A: Jinan … B: Jinan …").
BARE_LETTERED = re.compile(
    r"(?:^|(?<=[\s:：;；,，.。]))(?P<let>[甲乙丙丁]|(?-i:[A-E]))(?=\s?[:：])", re.I
)
# A caller numbered and told afresh: the label followed by a city ("caller 2: Beijing, …",
# 第二个来电 济南的 …), or by a colon and the family ("caller 1: 3rd child born …").
OPENS_CASE = re.compile(
    r"^[\s:：,，.。-]*(?:是|in|from)?\s*(?:济南|北京|jinan|beijing)"
    r"|^\s*[:：]\s*(?:\d|老[大二三]|[一二两三俩]个|孩子|宝宝|双胞胎|twins|\w+ (?:child|kid|baby))",
    re.I,
)
NUMBER_WORDS = {
    **NUMBERS, "five": 5, "五": 5, "5": 5,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip


def _number(m: re.Match[str]) -> int:
    word = next(g for g in m.groups() if g)
    return NUMBER_WORDS.get(word.lower()) or LETTERS.get(word.lower(), 0)


def _mark(m: re.Match[str]) -> str:
    """How the worker named a numbered caller, for its answer's label: its number ("1"), or
    its letter as a capital when the worker lettered it ("A", 甲)."""
    word = next(g for g in m.groups() if g)
    return word.upper() if word.lower() in LETTERS else str(_number(m))


def caller_named(text: str) -> tuple[int, bool] | None:
    """The caller a worker's message (or part of one) names by number first, and whether it is
    told afresh (see OPENS_CASE) rather than named back ("caller 1 is asking about …");
    None when it numbers none."""
    m = NUMBERED.search(text)
    if m is None:
        return None
    return _number(m), bool(OPENS_CASE.search(text[m.end() :]))


# A worker's lead-in to the question, no question itself ("不对 我问的是", "你没回答我").
LEAD_IN = re.compile(
    r"不对|不是|你没(?:有)?回答(?:我)?|我(?:问|说)的是|我是(?:问|说)|我就问"
    r"|\b(?:no|i meant|i asked)\b",
    re.I,
)


def callers_apart(text: str) -> list[tuple[str, str]]:
    """A worker's message about two callers cut into each caller's part, each with how it names
    its caller: "before" (第一个来电的 …), "other" (还有个来电的 …, 第二个来电 …) or "" (the
    part before either, of the case kept): "那到什么时候停 还有个来电的 老三是2022年12月生的 有
    没有" is the end asked of the case kept, then the next caller's question (tester 49 c03
    heard only the second). A part that asks nothing goes with the one after; one part (a
    message that opens with 下一个来电) is not cut."""
    from actions.focus import QUESTION  # focus imports the hotline, which imports this module

    if ANNOUNCED.search(text):  # "两个来电一起问 第一个济南 … 第二个济南 …": each a caller told
        text = BARE_NUMBERED.sub(lambda m: f"{m.group(0)}来电：", text)
        text = BARE_LETTERED.sub(
            lambda m: ("来电" if m.group("let") in "甲乙丙丁" else "caller ") + m.group("let"), text
        )
    marks = sorted(
        [(m.start(), "before") for m in CALLER_BEFORE.finditer(text)]
        + [(m.start(), "other") for m in OTHER_CALLER.finditer(text)]
    )
    numbered = [
        (m.start(), f"caller:{_mark(m)}", bool(OPENS_CASE.search(text[m.end() :])))
        for m in NUMBERED.finditer(text)
    ]
    if len(numbered) > 1 and any(
        opens or at not in {m[0] for m in marks} for at, _, opens in numbered
    ):  # "caller 1: Jinan … caller 2: Beijing …": each caller its own part, asked or not
        return _numbered_apart(text, [(at, kind) for at, kind, _ in numbered])
    cuts = [(0, "")] + [m for m in marks if m[0] > 0]
    if marks and marks[0][0] == 0:
        cuts[0] = marks[0]
    parts: list[tuple[str, str]] = []
    carried, carried_kind = "", ""
    for i, (at, kind) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        part = carried + text[at:end]
        kind = kind or carried_kind
        if not QUESTION.search(normalise(LEAD_IN.sub(" ", part))) and i + 1 < len(cuts):
            carried, carried_kind = part, kind  # "不对 我问的是" goes with 第一个来电的 …
            continue
        carried, carried_kind = "", ""
        parts.append((part.strip(), kind))
    return parts if len(parts) > 1 else []


def _numbered_apart(text: str, marks: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """The parts of a message that numbers each caller ("caller 1: …, caller 2: …"), one per
    caller with the lead before the first ("hotline here.") kept with it; a caller named twice
    in a row keeps one part."""
    parts: list[tuple[str, str]] = []
    for i, (at, kind) in enumerate(marks):
        start = 0 if i == 0 else at
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        if parts and parts[-1][1] == kind:
            parts[-1] = (parts[-1][0] + " " + text[start:end].strip(), kind)
            continue
        parts.append((text[start:end].strip(), kind))
    return parts if len(parts) > 1 else []


def caller_label(kind: str, lang: Lang, back: bool) -> str | None:
    """The line before a caller's part: the caller the worker numbered or lettered ("来电1：",
    "Caller 1:", "Caller A:"), the caller before named back, or a new caller (said once, in its
    own part); None for the part of the case kept."""
    if kind.startswith("caller:"):
        n = kind.removeprefix("caller:")
        return t(lang, f"来电{n}：", f"Caller {n}:")
    if kind == "before":
        return t(lang, "上一位来电：", "Previous caller:")
    if kind == "other":
        return t(lang, "另一位来电：", "The other caller:") if back else new_caller_line(lang)
    return None


Run = TypeVar("Run", bound=Callable[..., Awaitable[list[Any]]])


def each_caller_answered(run: Run) -> Run:
    """A hotline answer's run that answers a message about two callers part by part (tester 49
    c03: "那到什么时候停 还有个来电的 老三…有没有" got only the second caller's answer, and
    "新来电" each turn after): each part as its own message, with the slots the part before
    set, its caller named in one line; the slots of the last part are the ones kept."""
    import functools

    @functools.wraps(run)
    async def wrapped(self: Any, dispatcher: Any, tracker: Any, *rest: Any) -> list[Any]:
        from actions.answers import tracker_with  # answers imports the hotline's modules
        from actions.hotline import in_hotline
        from actions.language import reply_language

        text = str(tracker.latest_message.get("text") or "")
        parts = callers_apart(text) if in_hotline(tracker) else []
        if not parts:
            return list(await run(self, dispatcher, tracker, *rest))
        lang = reply_language(tracker)
        back = any(kind == "before" for _, kind in parts)
        events: list[Any] = []
        slots = dict(tracker.slots)
        for part, kind in parts:
            said = [
                {**e, "text": part} if e.get("event") == "user" and e is _last_user(tracker) else e
                for e in tracker.events
            ]
            one = tracker_with(
                tracker, slots=dict(slots), latest_message={**tracker.latest_message, "text": part}
            )
            one.events = said
            start = len(dispatcher.messages)
            got = list(await run(self, dispatcher, one, *rest))
            label = caller_label(kind, lang, back)
            sent = [m for m in dispatcher.messages[start:] if m.get("text")]
            if label is not None and sent:
                glue = "\n" if label.endswith("。") or label.endswith(".") else ""
                sent[0]["text"] = (
                    f"{label}{glue}{sent[0]['text']}"
                    if glue
                    else (
                        f"{label}{sent[0]['text']}"
                        if lang == "zh"
                        else f"{label} {sent[0]['text']}"
                    )
                )
            for e in got:
                if e.get("event") == "slot":
                    slots[e["name"]] = e["value"]
            events += got
        return events

    return cast(Run, wrapped)


def _last_user(tracker: Any) -> Any:
    users = [e for e in tracker.events if e.get("event") == "user"]
    return users[-1] if users else None


# The measure last discussed with a caller, kept in the caller's case: a caller named back with
# nothing asked besides ("回到来电人A 给我金额 条款 一句话", "back to caller 1: figure, clause,
# sentence") is answered that measure again, not the one the other caller asked about (tester
# 121 heard clause 13's preschool aid, then caller 2's clause 15, instead of caller 1's 600 / 800).
MEASURE_KEY = "measure_discussed"


def callers_measure_kept(run: Run) -> Run:
    """A hotline answer's run that keeps, in the case answered, the measure it was answered
    (MEASURE_KEY, an entry id), and that answers a caller named back with no measure named as
    of that caller's own measure (the `topic_entry` slot set to it for the run)."""
    import functools

    @functools.wraps(run)
    async def wrapped(self: Any, dispatcher: Any, tracker: Any, *rest: Any) -> list[Any]:
        from actions import clock
        from actions.answers import tracker_with  # answers imports the hotline's modules
        from actions.hotline import CASE_SLOT, case_facts, in_hotline
        from actions.language import reply_language
        from actions.side_questions import TOPIC_SLOT

        if not in_hotline(tracker):
            return list(await run(self, dispatcher, tracker, *rest))
        text = str(tracker.latest_message.get("text") or "")
        case = case_facts(tracker, clock.today())
        own = case.get(MEASURE_KEY)
        if (
            own
            and own != tracker.get_slot(TOPIC_SLOT)
            and _names_only_a_caller(text, case, reply_language(tracker))
        ):
            tracker = tracker_with(tracker, slots={**tracker.slots, TOPIC_SLOT: own})
        events = list(await run(self, dispatcher, tracker, *rest))
        measure = _slot_after(events, TOPIC_SLOT, tracker)
        kept = _slot_after(events, CASE_SLOT, tracker)
        if measure and isinstance(kept, dict) and kept and kept.get(MEASURE_KEY) != measure:
            events.append(SlotSet(CASE_SLOT, {**kept, MEASURE_KEY: measure}))
        return events

    return cast(Run, wrapped)


def _slot_after(events: list[Any], name: str, tracker: Any) -> Any:
    """The value slot `name` has after `events`: the last one they set, else the tracker's."""
    values = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name]
    return values[-1] if values else tracker.get_slot(name)


def _names_only_a_caller(text: str, case: dict[str, Any], lang: Lang) -> bool:
    """Whether the worker's message names a caller back (or by number) and asks no measure of
    its own: neither the focus module's list nor the asking part finds one in its words."""
    from actions.focus import measures_asked
    from actions.hotline import case_words, names_a_caller, question_measure

    if not names_a_caller(text):
        return False
    words, city = case_words(text), case.get("city")
    return not measures_asked(words, city) and question_measure(words, city, lang) is None
