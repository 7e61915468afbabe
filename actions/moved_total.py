"""Money paid by the month until an age, for a family whose hukou is not in the city all along:
moved in lately ("户口上个月才迁来济南"), a child's hukou still elsewhere ("二宝户口落在菏泽"), or a
move only supposed ("如果把二宝户口迁回济南"). Jinan clause 12 requires the city's hukou and says
nothing of a start month, of the months before a move or of back pay; the total from the birth
to the 3rd birthday ("共21,600元") is then not what the family gets (tester 46 c02, c08). Each
child's line gives the monthly figure until the birthday and the months left from now instead;
the plan's silence on the months before the move and on back pay follows, with the clause and the
lead department.

Also a birth told to the month only whose counted end (the month's 1st) is today or past while
the child may still be under the age: its end is told as the month it falls in ("约2026年12月"),
never as a day that has come (c08: "发到2026年12月1日" on 1 December 2026)."""

import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import child_hukou, clock, render
from actions.focus import QUESTION, settled_report
from actions.household import household_from_slots
from actions.language import reply_language
from actions.totals import months_left
from actions.turn import START_UNSAID, said_this_turn
from policy_kb import get_entry
from policy_kb.engine import evaluate
from policy_kb.errors import InputError
from policy_kb.format import child_label, day, money
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding.household import SIBLING_HUKOU
from understanding.hukou_move import move_month, move_supposed, moved_lately
from understanding.reader import PARENTS_HUKOU_HERE
from understanding.text import normalise
from wording.cities import city_name
from wording.language import t

# "把二宝户口迁回济南", "现在去迁户口", "move her hukou to Jinan": a move asked about, the child's
# or the family's (understanding.hukou_move.move_supposed reads 把户口 only).
MOVE_WORDS = re.compile(
    r"户口.{0,6}(?:迁|转|落)|(?:迁|转|落)(?:回|到|来|过来)?.{0,4}户口"
    r"|\b(?:move|moving|transfer|register)\b[^.?!]{0,20}\bhukou\b",
    re.I,
)


def _user_texts(tracker: Tracker) -> list[str]:
    texts = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
    latest = str(tracker.latest_message.get("text") or "")
    if latest and (not texts or texts[-1] != latest):
        texts.append(latest)
    return texts


def hukou_not_all_along(tracker: Tracker) -> bool:
    """The conversation told of a hukou not in the city all along: moved in lately, a child's
    hukou elsewhere, or a move asked about."""
    for text in _user_texts(tracker):
        norm = normalise(text)
        if moved_lately(norm) or move_supposed(norm) or child_hukou.childs_hukou_elsewhere(norm):
            return True
        if MOVE_WORDS.search(norm) and re.search(r"[?？吗呢]|能不能|还能|\b(?:can|could)\b", norm):
            return True
    return False


def _latest(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "")


def _move_told(tracker: Tracker, today: date) -> date | None:
    """The month of the hukou move into the city the family told last, if it gave one."""
    for text in reversed(_user_texts(tracker)):
        month = move_month(text, today)
        if month is not None:
            return month
    return None


def _born_after(slots: dict[str, Any], e: Entitlement, move: date | None) -> bool:
    """Whether `e`'s child was born after the month of the hukou move `move` (told to the
    month: a birth in that same month may have come before it)."""
    children = slots.get("children") or slots.get("children_partial") or []
    if move is None or e.child is None or not 0 < e.child <= len(children):
        return False
    born = children[e.child - 1].get("birth_date")
    if not born:
        return False
    after = date(move.year + move.month // 12, move.month % 12 + 1, 1)
    return date.fromisoformat(str(born)) >= after


# The worry line on how long a new hukou must have been held (actions.unsaid), said alone: the
# note on a move before the birth says it with the lead department.
HOW_LONG_UNSAID = re.compile(
    r"^(?:方案没有规定户籍须落户多久|The plan does not say how long the hukou must have been held)"
    r"[^\n]*$"
)


def _held_from_birth(
    dispatcher: CollectingDispatcher,
    start: int,
    held: list[tuple[Entitlement, Entry]],
    move: date,
    tracker: Tracker,
    lang: Lang,
) -> None:
    """A hukou move told with its month, before the paid children were born ("my hukou only
    moved to jinan in october, twins born nov 3. does that matter?", tester 49 c10): they had
    the city's hukou from birth, so each child's money stands, from the birth to the birthday
    (Jinan clause 12), whatever an elder sibling's hukou; the plan's silence on how long the
    hukou must have been held, with the lead department. It replaces the list of measures
    tied to hukou this turn would give (render.hukou_matters), which says the same silence."""
    entry = held[0][1]
    city = city_name(entry.city, lang)
    age = entry.parameters["age_limit_years"].value
    month = t(lang, f"{move.year}年{move.month}月", f"{move:%B %Y}")
    lines = []
    for e, _ in held:
        amount = money(e.monthly_amount_cny or 0, lang)
        end = day(e.end, lang) if e.end else ""
        lines.append(
            t(
                lang,
                f"{child_label(e.child or 0, lang)}：每月{amount}，至{end}（满{age}周岁）",
                f"{child_label(e.child or 0, lang)}: {amount} a month until {end} (age {age})",
            )
        )
    monthly = sum(e.monthly_amount_cny or 0 for e, _ in held)
    total = (
        t(lang, f"，每月合计{money(monthly, lang)}", f", {money(monthly, lang)} a month in total")
        if len(held) > 1
        else ""
    )
    sibling = SIBLING_HUKOU.search(normalise(_latest(tracker)))
    note = (
        t(
            lang,
            f"不影响。户口是{month}迁入{city}的，孩子是在迁入以后出生的，出生时就符合{city}户籍这一条件："
            + "；".join(lines)
            + f"{total}（第{entry.clause}条）。"
            + ("老大的户口还在外地，不改变这一点。" if sibling else "")
            + "方案没有写户籍须落户多久；",
            f"It doesn't change the money. The hukou moved to {city} in {month}, before the "
            f"children "
            f"were born, so they meet the {city} hukou condition from birth: "
            + "; ".join(lines)
            + f"{total} (clause {entry.clause}). "
            + ("The elder child's hukou elsewhere does not change this. " if sibling else "")
            + "The plan does not say for how long the hukou must have been held. ",
        )
        + render.lead_departments(entry, lang)
        .replace("牵头部门：", "请问牵头部门")
        .replace("Lead department: ", "Ask the lead department: ")
        + t(lang, "。", ".")
    )
    matters = render.hukou_matters(entry.city, lang)
    sent = [
        m
        for m in dispatcher.messages[start:]
        if m.get("text") != matters and not HOW_LONG_UNSAID.match(str(m.get("text") or ""))
    ]
    dispatcher.messages[start:] = sent
    first = next((i for i, m in enumerate(sent) if not READ_BACK.match(m.get("text") or "")), 0)
    dispatcher.utter_message(text=note)
    dispatcher.messages.insert(start + first, dispatcher.messages.pop())


def _slots_after(tracker: Tracker, events: list[EventType]) -> dict[str, Any]:
    slots = dict(tracker.slots)
    for e in events:
        if e.get("event") == "slot":
            slots[str(e["name"])] = e.get("value")
    case = slots.get("hotline_case")
    if slots.get("hotline_city") and isinstance(case, dict):
        slots.update(case)  # a worker's case: the caller's family, not the worker's
    return slots


def _about_month(end: date, lang: Lang) -> str:
    return t(lang, f"约{end.year}年{end.month}月", f"about {end:%B %Y}")


def _per_child_money(slots: dict[str, Any], today: date) -> list[tuple[Entitlement, Entry]]:
    """Each child's monthly money with its measure; none when the household cannot be
    evaluated (the rewrite then leaves the reply as it is, it never breaks a turn)."""
    try:
        return _per_child_money_of(slots, today)
    except InputError:
        return []


def _per_child_money_of(slots: dict[str, Any], today: date) -> list[tuple[Entitlement, Entry]]:
    children = slots.get("children")
    if children and any(not c.get("birth_date") for c in children):
        slots = {**slots, "children": None, "children_partial": children}  # "老二" told alone
    report = settled_report(slots, today)
    if report is None:
        household = household_from_slots(slots, today)
        if household is None or not household.children:
            return []
        report = evaluate(household, as_of=today)
    found = []
    for e in report.entitlements:
        if e.child is None or not e.monthly_amount_cny or e.end is None:
            continue
        entry = get_entry(e.id)
        if entry.parameters.get("age_limit_years") is not None:
            found.append((e, entry))
    return found


def _uncertain_ends(paid: list[tuple[Entitlement, Entry]], today: date) -> dict[int, date]:
    """Per birth order: the counted end (from the month's 1st) of a child born in a month told
    only, when that end is today or past while the birthday may still be ahead; `paid`: each
    child's monthly money (_per_child_money)."""
    ends: dict[int, date] = {}
    for e, _ in paid:
        if e.status != "eligible" or e.end is None or e.end > today:
            continue
        ends[e.child or 0] = e.end
    return ends


# A line naming a child by its order ("第2个孩子：600元/月…", "child 2: 600 yuan a month…").
ANY_CHILD = re.compile(r"第\d+个孩子|\bchild \d+\b", re.I)


def _rewrite_line(
    line: str, lang: Lang, moved: list[tuple[Entitlement, Entry]], today: date
) -> tuple[str, Entry | None]:
    """`line` with a child's total from the birth put as the months left from today, in the
    words every total uses (actions/totals.py: "现在起还剩约35个月"), or those months after its
    end date when no total is said."""
    hit: Entry | None = None
    for e, entry in moved:
        if e.total_amount_cny is None or e.end is None or e.child is None:
            continue
        if e.start is not None and e.start > today:
            continue  # a child not born yet: paid from the birth, nothing before the move lost
        total = money(e.total_amount_cny, lang)
        label = child_label(e.child, lang)
        if label.lower() not in line.lower() and (len(moved) > 1 or ANY_CHILD.search(line)):
            continue  # another child's line: its total can be the same sum (老二's 21,600 took
            # 老三's months left, tester 122 p4)
        left = months_left(e.end, today, lang)
        end = day(e.end, lang)
        if total not in line:
            if end in line and hit is None and "还剩" not in line and " left " not in line:
                # "发到孩子满3周岁即2026年12月20日": how long that is from now
                at = line.index(end) + len(end)
                line = (
                    line[:at] + t(lang, f"（现在起还剩{left}）", f" ({left} from now)") + line[at:]
                )
                hit = entry
            continue
        # the months left in the words every total uses (actions/totals.py), the total from
        # the birth left out: the plan does not promise the months before the move
        pattern = (
            r"共" + re.escape(total) + r"(?:（[^）]*）)?"
            if lang == "zh"
            else re.escape(total) + r" in total(?: \([^)]*\))?"
        )
        line = re.sub(pattern, t(lang, f"现在起还剩{left}", f"{left} left from now"), line)
        hit = entry
    return line, hit


def _silence(entry: Entry, lang: Lang, held: bool = False) -> str:
    """The plan's silence on the months before a hukou move, with the lead department to ask;
    `held`: also that it says nothing of how long the hukou must have been held (a move made)."""
    city = city_name(entry.city, lang)
    return (
        t(
            lang,
            f"{city}方案（第{entry.clause}条）只写了须有{city}户籍，没有写"
            + ("户籍须落户多久、" if held else "")
            + "户口迁入以前的月份发不发、从哪个月开始发，也没有写能否补发；",
            f"The {city} plan (clause {entry.clause}) only requires {city} hukou; it does not say "
            + ("for how long it must have been held, " if held else "")
            + "whether months before the hukou move are paid, from which month payment starts, "
            "or whether past months are paid back. ",
        )
        + render.lead_departments(entry, lang)
        .replace("牵头部门：", "请问牵头部门")
        .replace("Lead department: ", "Ask the lead department: ")
        + t(lang, "。", ".")
    )


def months_from_now(
    dispatcher: CollectingDispatcher, tracker: Tracker, start: int, events: list[EventType]
) -> None:
    """The messages this action sent (from `start`) with each child's total from the birth put
    as the months left, where the hukou was not in the city all along, and with an end counted
    from a month's 1st that may not have come put as the month."""
    sent = dispatcher.messages[start:]
    if not any(m.get("text") for m in sent):
        return
    lang = reply_language(tracker)
    today = clock.today()
    slots = _slots_after(tracker, events)
    paid = _per_child_money(slots, today)  # evaluated once for both rewrites
    uncertain = _uncertain_ends(paid, today)
    moved = (
        [
            (e, entry)
            for e, entry in paid
            if e.status == "eligible" and "hukou_in_city" in entry.facts
        ]
        if hukou_not_all_along(tracker)
        else []
    )
    move = _move_told(tracker, today)
    held = [(e, entry) for e, entry in moved if _born_after(slots, e, move)]
    moved = [x for x in moved if x not in held]
    if held and move is not None and moved_lately(normalise(_latest(tracker))):
        _held_from_birth(dispatcher, start, held, move, tracker, lang)
    if not moved and not uncertain:
        return
    for message in sent:
        text = message.get("text")
        if not text:
            continue
        lines = []
        silent: Entry | None = None
        for line in str(text).split("\n"):
            if moved:
                line, hit = _rewrite_line(line, lang, moved, today)
                silent = silent or hit
            for end in uncertain.values():
                month = _about_month(end, lang)
                line = line.replace(
                    t(lang, f"发到{day(end, lang)}", f"paid until {day(end, lang)}"),
                    t(lang, f"发到{month}", f"paid until {month}"),
                )
                line = line.replace(f"至{day(end, lang)}", f"至{month}")
                line = line.replace(f"until {day(end, lang)}", f"until {month}").replace(
                    day(end, lang), month
                )
            lines.append(line)
        new = "\n".join(lines)
        if silent is not None and "补发" not in new and "paid back" not in new:
            new = _silence_once(new, silent, lang, tracker)
        message["text"] = new


# The shorter note on a hukou moved in lately (hotline_verdicts.moved_hukou_unsaid): the same
# silence of the plan as _silence's, which also names the lead department to ask.
MOVED_NOTE = re.compile(r"^(?:户口新迁入的：|A hukou moved in lately: )")
# The first month asked ("from birth or only from now?", 从出生算还是从迁入算, 从哪个月开始发).
START_ASKED = re.compile(
    r"从出生|从现在|从迁|从落户|从哪个?月|从什么时候|从哪天|几月开始|哪个月开始"
    r"|\bfrom (?:birth|now|the (?:move|birth|transfer)|when|which month)\b"
    r"|\b(?:start|begin)s? (?:from|at|when)\b|\bonly from\b",
    re.I,
)


def _silence_once(text: str, entry: Entry, lang: Lang, tracker: Tracker) -> str:
    """`text` with the plan's silence on the months before a hukou move said once (tester 48
    c10 read it twice in a row, the short note and this one): the short note and the plain
    lead department line give way to it; it follows the first line (the verdict, the figure)
    when the question asks from which month the money starts (that is the answer), else it
    comes last."""
    lead = render.lead_departments(entry, lang)
    silence = _silence(entry, lang, held=any(MOVED_NOTE.match(x.strip()) for x in text.split("\n")))
    text = START_UNSAID.sub("", text)  # "from which month payment starts": the silence says it
    lines = [
        x
        for x in text.split("\n")
        if x.strip() and not MOVED_NOTE.match(x.strip()) and x.strip() != lead
    ]
    asked = START_ASKED.search(normalise(str(tracker.latest_message.get("text") or "")))
    return "\n".join([*lines[:1], silence, *lines[1:]] if asked else [*lines, silence])


READ_BACK = re.compile(r"^(?:记下了|已更新|Noted|Updated)[：:]", re.I)


def child_hukou_told(
    dispatcher: CollectingDispatcher, tracker: Tracker, start: int, events: list[EventType]
) -> None:
    """A child's hukou said to be elsewhere while the parents' is in the city ("我和老公都是济南
    户口 但是二宝户口落在他老家菏泽了", tester 46 c08): the read-back says what was read of the
    child's hukou, and an answer this action gives is followed by clause 12's silence on whose
    hukou counts (actions.child_hukou), once a turn."""
    text = str(tracker.latest_message.get("text") or "")
    if not child_hukou.childs_hukou_elsewhere(text):
        return
    lang = reply_language(tracker)
    slots = _slots_after(tracker, events)
    city = slots.get("hotline_city") or slots.get("city")
    sent = dispatcher.messages[start:]
    name = city_name(city, lang) if city else t(lang, "本市", "the city")
    answered = False
    for message in sent:
        said = str(message.get("text") or "")
        if READ_BACK.match(said):
            if "孩子户口" not in said and "child's hukou" not in said:
                said_here = city_name(city, "zh") + "户口" if city else "户口"
                parents = bool(PARENTS_HUKOU_HERE.search(normalise(text))) or (
                    city is not None and (said_here in text or f"{city} hukou" in text.lower())
                )
                message["text"] = said + t(
                    lang,
                    f"；{'父母是' + name + '户口，' if parents else ''}孩子户口不在{name}",
                    f"; {'the parents with ' + name + ' hukou, ' if parents else ''}"
                    f"the child's hukou not in {name}",
                )
        elif said:
            answered = True
    if not answered and not QUESTION.search(normalise(text)):
        return  # facts told, nothing asked: the read-back alone
    silence = child_hukou.answer(city, lang)
    if silence is None:
        return
    first = silence.split("\n")[0]
    # the plan's words on whose hukou counts, however the reply led into them ("不一定。方案只写…"
    # from the mixed-hukou answer, "不一定，方案没有说。育儿补贴：方案只写…" from this one)
    core = re.split(r"[：:]\s*", first, maxsplit=1)[-1][:16]
    if any(first in s or core in s for s in said_this_turn(tracker, dispatcher)):
        return
    dispatcher.utter_message(text=silence)
