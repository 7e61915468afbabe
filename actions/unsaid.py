"""Worries the plans are silent on, said with the answer: a citizen who tells why they doubt
("I changed jobs in August so my maternity insurance only started then", "户口上个月刚从泰安
迁过来") hears that the plan sets no such condition, and which department leads the measure
(from its entry), or that the plan names none. Tester 23 c5 and c8 got the measure's answer
without a word on the worry; c10's read-back note on a new hukou was the model."""

import functools
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.focus import FOCUS_SLOT, paid_together_group
from actions.headline import NO_EMPLOYER
from actions.language import reply_language
from actions.late_claims import ended_told_as_ended, hukou_moved_lately
from actions.side_questions import TOPIC_SLOT
from actions.turn import SAID_SLOT, digest, no_sentence_twice, said_this_turn
from policy_kb import format as fmt
from policy_kb.dates import add_months, add_years
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.language import t


@dataclass(frozen=True)
class Worry:
    """A condition the plans do not set, the words that raise it, the household fact whose
    measures it concerns, and what the reply says of it (`marker`: words showing it was said)."""

    fact: str
    raised: re.Pattern[str]
    context: re.Pattern[str] | None
    zh: str
    en: str
    marker: re.Pattern[str]
    # words that show the message is about something else ("back at work … days off for the
    # twins": the leave, not benefits ending)
    not_when: re.Pattern[str] | None = None
    # words asking about the silence itself ("要交多久", "how long"): said again, though said
    # before in the conversation (tester 48 c04 read it on every turn its words came back)
    asked: re.Pattern[str] | None = None

    @property
    def key(self) -> str:
        """The worry's digest in the said-lines slot, the same in both languages."""
        return digest("worry:" + self.zh)


WORRIES = (
    # a job change, a gap, contributions only just started: no minimum period in either plan
    # (Jinan clause 15, Beijing clause (12) name none)
    Worry(
        fact="birth_insurance",
        raised=re.compile(
            r"换了?(?:个)?(?:工作|单位|公司)|跳槽|新(?:单位|公司)|断缴|断交|停缴|断档"
            r"|断了[一二两三四五六几\d]+个?月"
            r"|(?:才|刚)(?:刚)?(?:开始)?(?:交|缴|参保|上)|交了?(?:才)?[一二两三四五六七八九十几\d]+个月"
            r"|缴费(?:满|不满|不够|年限|多久)|交(?:够|满)|要交多久|交多久"
            r"|\b(?:changed|switched|new) (?:jobs?|employers?|company)\b|\bnew (?:job|employer)\b"
            r"|\bonly (?:just )?started\b|\bjust started (?:paying|contributing)\b|\bgap in\b"
            r"|\b(?:contributions?|insurance) (?:lapsed|stopped|gap)\b|\bminimum contribution"
            r"|\bhow long (?:do|must|should) (?:i|we|she) (?:have )?(?:paid|contributed)",
            re.I,
        ),
        context=re.compile(
            r"保险|医保|社保|生育险|报销|生育津贴|insur|reimburs|delivery|maternity|contribut",
            re.I,
        ),
        zh="方案没有规定参保或缴费须满多久，也没写换工作、断缴对这项待遇有什么影响",
        en="The plan sets no minimum contribution period and says nothing about a job change or "
        "a gap in contributions",
        marker=re.compile(r"缴费须满多久|minimum contribution period"),
        asked=re.compile(
            r"多久|年限|交(?:够|满)|(?:断缴|换工作|跳槽).{0,8}(?:影响|有没有|会不会|吗)"
            r"|\bhow long\b|\bminimum\b|\b(?:does|do|will) (?:a |the )?(?:gap|job change)",
            re.I,
        ),
    ),
    # a hukou moved in lately: neither plan says for how long it must have been held
    Worry(
        fact="hukou_in_city",
        raised=re.compile(
            # a move away (户口迁走了, 迁出) is no new registration
            # nor a move away to the other city (户口迁去北京)
            r"户口?.{0,8}(?:迁(?![走出去])|落户|转过来|转来)|(?:刚|才|新)落户|落户(?:不到|才|多久|满)"
            r"|(?:刚|才).{0,6}(?:迁过来|迁来|迁入)"
            r"|\b(?:just|recently|only) (?:moved|transferred|got|registered) (?:our |my |the )?"
            r"hukou|\bhukou\b.{0,20}\b(?:moved|transferred|registered)\b(?! (?:away|out)\b)"
            r"|\bnew hukou\b|\bhow long\b.{0,30}\bhukou\b",
            re.I,
        ),
        context=None,
        zh="方案没有规定户籍须落户多久，新落户的以主管部门认定为准",
        en="The plan does not say how long the hukou must have been held; for a new "
        "registration the lead department decides",
        marker=re.compile(r"落户多久|how long (?:the|it) (?:hukou )?must have been held"),
        asked=re.compile(r"多久|\bhow long\b", re.I),
    ),
    # from the birth or from the hukou's registration: the plan requires the city's hukou and
    # says nothing of which counts (tester 41 c10 "from when, the hukou month or birth?" heard
    # only that the plan gives no starting month)
    Worry(
        fact="hukou_in_city",
        raised=re.compile(
            r"(?:出生|生日|生下来|生的时候|生孩子)[^，。？?！!]{0,12}(?:还是|或者?)[^，。？?！!]{0,12}"
            r"(?:落户|户口|户籍|迁)"
            r"|(?:落户|户口|户籍|迁过来|迁入|迁来)[^，。？?！!]{0,12}(?:还是|或者?)[^，。？?！!]{0,12}"
            r"(?:出生|生日|生下来|生的时候)"
            r"|\b(?:birth|born|birthday)\b[^.?!]{0,50}\bor\b[^.?!]{0,50}\bhukou\b"
            r"|\bhukou\b[^.?!]{0,50}\bor\b[^.?!]{0,50}\b(?:birth|born|birthday)\b",
            re.I,
        ),
        context=re.compile(
            r"算|发|开始|起|哪个月|什么时候|啥时候|\b(?:from|since|start|starts|paid|count|counts"
            r"|begin|begins|when)\b",
            re.I,
        ),
        zh="方案没有写是从孩子出生起算，还是从户口落户起算；{clause}只要求具有本市户籍",
        en="The plan does not say whether it counts from the birth or from when the hukou was "
        "registered; {clause} only requires the city's household registration",
        marker=re.compile(r"从户口落户起算|from when the hukou was registered"),
    ),
    # benefits that end after the birth: Jinan clause 12 looks only at the time of the birth and
    # says nothing of stopping the supplement later (tester 24 c06 "and if family went off
    # dibao later?" got the same answer again)
    Worry(
        fact="hardship_at_birth",
        raised=re.compile(
            r"(?:低保|特困|失业金|失业保险金).{0,6}(?:停了|停掉|取消|没了|不领了|退出|到期)"
            r"|(?:退出|不再领|取消了?|停了)(?:了)?(?:低保|特困|失业金|失业保险金)"
            # 不领了低保, 不吃低保了: stopped; "我们不吃低保" alone says only not on it
            r"|(?:不领|不吃)(?:了(?:低保|特困|失业金)|(?:低保|特困|失业金)了)"
            r"|脱离了?低保|低保\S{0,4}(?:没了|不领了|取消)"
            r"|\b(?:went|go|goes|come|came|got|gets?|getting|coming) off (?:the )?"
            r"(?:dibao|benefits|welfare)\b"
            r"|\b(?:leaves?|leaving|left|exits?|exited) (?:the )?(?:dibao|benefits|welfare)\b"
            r"|(?:\b(?:is|are|now)|'s|'re) off (?:the )?(?:dibao|benefits|welfare|unemployment)\b"
            r"|\b(?:no longer|stop(?:ped|s)?|quit) (?:on |getting |receiving )?(?:the )?"
            r"(?:dibao|benefits|unemployment (?:benefits|pay))\b"
            r"|\b(?:dibao|benefits|unemployment (?:benefits|pay)) (?:ends?|ended|stops?|stopped)\b"
            # a benefit named, then "came off it", "stopped getting it", "it ended in 2024"
            r"|\b(?:dibao|tekun|benefits?|unemployment)\b[^?!]{0,80}?(?:\b(?:came|come|went|go|goes"
            r"|got|gets?|getting|coming) off (?:it|them)\b|\bstopped (?:getting|receiving|claiming)"
            r" (?:it|them)\b|\b(?:it|that|they) (?:stopped|ended|ran out|expired)\b)"
            # a job found ends the unemployment benefit (tester 34 c05 "does the extra 200 stop
            # when she finds a job?" got the figures only)
            r"|\b(?:finds?|found|finding|gets?|got|getting) (?:a |another |a new )?job\b"
            r"|\b(?:goes|go|went|going|gets?|got) back to work\b|\bstart(?:s|ed)? working\b"
            r"|\b(?:back at|returned to|return(?:s|ing)? to) work\b"
            r"|找到(?:了)?(?:新)?工作|(?:重新|又)上班|再就业|重新就业"
            # 她8月份回去上班了, 回单位上班了, 复工了: back at work, off unemployment benefit
            r"|回(?:去|到单位|单位|公司)?上班|复工了|开始上班",
            re.I,
        ),
        context=None,
        zh="方案只看孩子出生时是否领取低保、特困供养或失业保险金，没写之后不再领取时加发是否停止",
        en="The plan looks only at benefits at the time of the birth; it says nothing about "
        "stopping the supplement if they end later",
        marker=re.compile(r"之后不再领取时|if they end later"),
        # the stop's effect asked about (停了还给吗, 不领了以后还发不发, "does the 200 stop if
        # we come off dibao?"), not any question of a message that tells a stop ("我说的是24年
        # 不领失业金了 … 现在还有啥能领的" got the silence a second time, tester 52 c09)
        asked=re.compile(
            r"(?:停|不领|不吃|没了|取消|到期|断|上班|工作)[^，,。？?！!\s]{0,12}?"
            r"(?:还(?:给|发|有|能|算)|会不会|是否|吗|么|[?？])"
            r"|(?:还(?:给|发|能领|算)|会不会|是否)[^，,。？?！!\s]{0,12}?(?:停|取消|断|没)"
            r"|\b(?:does|do|will|would|is|are)\b[^.?!]{0,30}\b(?:stop|end|be cut|continue|go on)\b"
            r"|\b(?:if|when|once|after)\b[^.?!]{0,40}\b(?:stops?|stopped|ends?|ended|off|job|work)"
            r"\b[^.!]*\?",
            re.I,
        ),
        # "she's back at work, can she still take days off for the twins": the leave asked
        not_when=re.compile(r"请假|休假|育儿假|\bdays? off\b|\btime off\b|\bleave\b", re.I),
    ),
)


# A leave told as the family's ("按您家的情况：产假：158天（可以享受）", "For your family: Maternity
# leave: 158 days (you qualify)"): not said to someone with no employer.
LEAVE_GRANTED = re.compile(
    r"^(?:按您家的情况：|For your family: )[^\n]*(?:假|leave)[^\n]*(?:可以享受|you qualify)"
)
LEAVE_SAID = re.compile(r"产假|陪产假|育儿假|maternity leave|paternity leave|parental leave", re.I)


# The father's leave, named in a line: not the mother's, whose insurance says she has no employer.
FATHERS_LEAVE = re.compile(r"陪产假|paternity leave", re.I)
NOW_REASONS = ("leave_birth.now", "paternity_birth.now")  # "这次生育可以休（…）。"


def no_leave_granted(reply: str, text: str, slots: dict[str, Any], lang: Lang) -> str:
    """`reply` without the words that grant leave ("这次生育可以休（宝宝快出生了或刚出生）。",
    "按您家的情况：产假：158天（可以享受）") to someone with no employer: the plan's leave is an
    employer's, and how it applies without one the plan does not say (Jinan clause 11).
    Said this turn ("我其实没单位"), every leave's; known from the mother's insurance as a
    flexibly employed woman, her leave's (the father's may be an employer's). Tester 37 c05 got
    "产假：158天。这次生育可以休" right after "没有用人单位的…方案没有写"."""
    this_turn = bool(NO_EMPLOYER.search(text))
    if not this_turn and slots.get("birth_insurance") != "flexible_employment":
        return reply
    granted = [catalogue().reasons[key].get(lang) for key in NOW_REASONS]
    lines = []
    for line in reply.split("\n"):
        if not this_turn and FATHERS_LEAVE.search(line):
            lines.append(line)
            continue
        if LEAVE_GRANTED.match(line):
            continue
        for words in granted:
            line = line.replace(words, "").replace(t(lang, "（可以享受）", " (you qualify)"), "")
        lines.append(line.rstrip())
    return "\n".join(lines)


def no_employer_lines(text: str, city: str | None, said: list[str], lang: Lang) -> list[str]:
    """For a question about leave from someone with no employer: that the plan's leave is an
    employer's and the plan does not say how it applies without one, with the lead department;
    and the cover for the delivery the plan gives the flexibly employed (Jinan clause 15's
    rate), from the knowledge base."""
    if not city or not NO_EMPLOYER.search(text) or not LEAVE_SAID.search(" ".join([text, *said])):
        return []
    leave = [e for e in catalogue().entries.values() if e.city == city and e.kind == "leave"]
    if not leave:
        return []
    lines = [
        t(
            lang,
            "方案里的产假、陪产假、育儿假都是向用人单位休的假（视为出勤，工资照发）；没有用人单位的"
            "灵活就业人员怎么享受，方案没有写",
            "The plan's maternity, paternity and parental leave is leave from an employer "
            "(counted as attendance, with the same salary); the plan does not say how it applies "
            "to someone flexibly employed with no employer",
        )
        + _lead(leave[:1], lang)
    ]
    for e in catalogue().entries.values():
        rate = e.parameters.get("flexible_employment_rate") if e.city == city else None
        if rate is None:
            continue
        share = max(rate.values.items())[1]
        percent = fmt.percent(float(share))  # type: ignore[arg-type]
        lines.append(
            t(
                lang,
                f"生孩子的医疗费另有保障：以灵活就业身份参加职工基本医保的，政策范围内住院分娩"
                f"医疗费报销{percent}（第{e.clause}条）。",
                f"The delivery itself is covered: flexibly employed women in the employees' basic "
                f"medical insurance get {percent} of hospital childbirth costs within the policy "
                f"scope reimbursed (clause {e.clause}).",
            )
        )
    return lines


def _concerned(city: str, fact: str, meant: Entry | None) -> list[Entry]:
    """The measure discussed when its rule reads `fact`, else every measure of the city whose
    rule does."""
    if meant is not None and meant.city == city and fact in meant.facts:
        return [meant]
    return [e for e in catalogue().entries.values() if e.city == city and fact in e.facts]


def _lead(entries: list[Entry], lang: Lang) -> str:
    """ "；请问牵头部门济南市医疗保障局。" / "; ask the lead department, …", or that the plan
    names none (the Beijing plan names no department: no office is made up)."""
    names: list[str] = []
    for e in entries:
        for name in department_names(e.departments.lead):
            if name.get(lang) not in names:
                names.append(name.get(lang))
    if not names:
        return t(lang, "；方案未指明负责部门。", "; the plan names no responsible department.")
    listed = t(lang, "、", ", ").join(names)
    return t(lang, f"；请问牵头部门{listed}。", f"; ask the lead department, {listed}.")


def unsaid_worries(text: str, city: str | None, meant: Entry | None, lang: Lang) -> list[str]:
    """The lines for each worry the message raises that the plan of `city` is silent on."""
    if not city:
        return []
    lines = []
    for worry in WORRIES:
        if not worry.raised.search(text):
            continue
        if worry.context is not None and not worry.context.search(text):
            continue
        if worry.not_when is not None and worry.not_when.search(text):
            continue
        entries = _concerned(city, worry.fact, meant)
        if not entries:
            continue
        clauses = sorted({e.clause for e in entries})
        clause = t(lang, f"第{'、'.join(clauses)}条", f"clause {', '.join(clauses)}")
        said = t(lang, worry.zh, worry.en).replace("{clause}", clause)
        lines.append(said + _lead(entries, lang))
    return lines


# A question: the worry asked about is answered elsewhere ("does the extra 200 stop when she
# finds a job?"); only a statement gets the "changes nothing" reply.
ASKING = re.compile(
    r"[?？]|吗|么|呢\s*$|多少|怎么|会不会|是不是|能不能|还给|还发|还有没有"
    r"|\b(?:does|do|will|would|is|are|can|could|should|what|how|when|why|whether)\b",
    re.I,
)


def changes_nothing(text: str, city: str | None, meant: Entry | None, lang: Lang) -> str | None:
    """A message that only tells of the family's life since (she went back to work in August,
    她8月份回去上班了, 低保今年停了) raising a worry the plan is silent on: that it is noted and
    changes nothing the plan decides, with the worry's line (Jinan clause 12 looks at the birth);
    tester 34 r03 and c05 got "didn't get that". None for a question, or no such worry."""
    if ASKING.search(text):
        return None
    lines = unsaid_worries(text, city, meant, lang)
    if not lines:
        return None
    lead = t(
        lang,
        "好的，知道了。这不改变按方案算的结果：",
        "Noted. That does not change what the plan gives you:",
    )
    return "\n".join([lead, *lines])


def meant_measure(tracker: Tracker, events: list[EventType]) -> Entry | None:
    """The measure this action answered (its topic event), else the one discussed."""
    entries = catalogue().entries
    for event in reversed(events):
        if event.get("event") == "slot" and event.get("name") in (TOPIC_SLOT, FOCUS_SLOT):
            found = entries.get(str(event.get("value")))
            if found is not None:
                return found
    slot = tracker.get_slot(TOPIC_SLOT) or tracker.get_slot(FOCUS_SLOT)
    return entries.get(str(slot)) if slot else None


def _latest_birthday(child: dict[str, Any], years: int) -> date | None:
    """The latest day a child told (to the day, month or year) turns `years`; None for one
    not born or with no date."""
    born = child.get("birth_date")
    if not born or child.get("expected"):
        return None
    day = date.fromisoformat(str(born))
    precision = child.get("precision")
    if precision == "year":
        day = date(day.year, 12, 31)
    elif precision == "month":
        day = add_months(day.replace(day=1), 1) - timedelta(days=1)
    return add_years(day, years)


def over_for_every_birth(slots: dict[str, Any], city: str, day: date) -> bool:
    """Whether each child born while the family was on dibao, tekun or unemployment benefit has
    passed the age the money of that birth runs to (Jinan clause 12, "直至孩子3周岁"), or none
    was and the latest birth was not: whether stopping the benefit later stops the money is
    then beside the point."""
    children = [
        c
        for c in slots.get("children") or slots.get("children_partial") or []
        if isinstance(c, dict)
    ]
    born = [c for c in children if c.get("hardship_at_birth") is True]
    if not born and children and children[-1].get("hardship_at_birth") is False:
        return (
            True  # none born on them, the latest birth not (失业金1月到期 3月才生: tester 51 c03)
        )
    limits = {
        int(limit.value)  # type: ignore[arg-type]
        for e in _concerned(city, "hardship_at_birth", None)
        for paid in paid_together_group(e) or [e]
        if (limit := paid.parameters.get("age_limit_years")) is not None
    }
    if not born or len(limits) != 1:
        return False
    years = limits.pop()
    ends = [_latest_birthday(c, years) for c in born]
    return all(end is not None and end <= day for end in ends)


def worries_deferred(dispatcher: CollectingDispatcher, events: list[EventType]) -> None:
    """The worry lines of a turn whose answer is still to come (the household form done, its
    answer next), left to that answer, which says them after itself (`worries_after`): tester
    52 c09 read "方案没写之后不再领取时…" before the supplement's end. Their keys leave the
    lines said, so that the answer does not take them as said."""
    kept, left = [], set()
    for message in dispatcher.messages:
        text = str(message.get("text") or "")
        worry = next(
            (
                w
                for w in WORRIES
                if text.startswith(w.zh.split("{")[0]) or text.startswith(w.en.split("{")[0])
            ),
            None,
        )
        if worry is None:
            kept.append(message)
        else:
            left.add(worry.key)
    if not left:
        return
    dispatcher.messages[:] = kept
    for event in events:
        if (
            event.get("event") == "slot"
            and event.get("name") == SAID_SLOT
            and isinstance(event.get("value"), list)
        ):
            event["value"] = [k for k in event["value"] if k not in left]


def _city_of_the_turn(tracker: Tracker, events: list[EventType]) -> Any:
    """The city this turn set (the newest among `events`), else the one known."""
    return next(
        (
            e.get("value")
            for e in reversed(events)
            if e.get("event") == "slot" and e.get("name") == "city" and e.get("value")
        ),
        tracker.get_slot("city"),
    )


def say_unsaid_worries(
    dispatcher: CollectingDispatcher, tracker: Tracker, events: list[EventType]
) -> None:
    """After an action's answer, each worry of the message the plan is silent on, once a turn:
    not when the action said nothing (the form asks on), nor when already said (the read-back
    of a new hukou says it)."""
    if not dispatcher.messages:
        return
    text = tracker.latest_message.get("text") or ""
    city = _city_of_the_turn(tracker, events)
    lang = reply_language(tracker)
    for message in dispatcher.messages:
        if message.get("text"):
            message["text"] = no_leave_granted(message["text"], text, dict(tracker.slots), lang)
    said = said_this_turn(tracker, dispatcher)
    if not any(("方案没有写" in s and "用人单位" in s) or "no employer" in s for s in said):
        employer = no_employer_lines(text, city, sorted(said), lang)
        if employer:
            # "那我有产假吗 没单位的": that the leave is an employer's comes first, and no
            # "产假：158天（可以享受）" is said of her (tester 36 c05)
            first = CollectingDispatcher()
            first.utter_message(text="\n".join(employer))
            dispatcher.messages.insert(0, first.messages[0])
    say_worry_lines(dispatcher, tracker, events)


def say_worry_lines(
    dispatcher: CollectingDispatcher, tracker: Tracker, events: list[EventType]
) -> None:
    """Each worry of the message the plan is silent on, after what the action said: once a
    turn, and once a conversation unless asked about again (tester 52 c09 read it twice);
    none of benefits stopped once the money of every birth on them has ended anyway."""
    text = tracker.latest_message.get("text") or ""
    city = _city_of_the_turn(tracker, events)
    lang = reply_language(tracker)
    said = said_this_turn(tracker, dispatcher)
    lines = unsaid_worries(text, city, meant_measure(tracker, events), lang)
    if not lines:
        return
    slots = {
        **tracker.slots,
        **{e["name"]: e.get("value") for e in events if e.get("event") == "slot"},
    }
    worries = {w.zh: w for w in WORRIES} | {w.en: w for w in WORRIES}
    earlier = tracker.get_slot(SAID_SLOT)
    told = set(earlier) if isinstance(earlier, list) else set()
    for line in lines:
        worry = next(w for key, w in worries.items() if line.startswith(key.split("{")[0]))
        if worry.key in told and not (worry.asked is not None and worry.asked.search(text)):
            continue  # said in an earlier turn, and not asked about now
        if worry.fact == "hardship_at_birth" and over_for_every_birth(slots, city, clock.today()):
            continue  # the money of each such birth has ended with the child's age
        if not any(worry.marker.search(s) for s in said):
            dispatcher.utter_message(text=line)


def worry_keys(text: str) -> list[str]:
    """The keys of the worries `text` says (its words, either language): kept in the slot of
    lines said so that a later turn does not say them again."""
    return [w.key for w in WORRIES if w.marker.search(text)]


Run = Callable[[Any, CollectingDispatcher, Tracker, Any], Awaitable[list[EventType]]]


def worries_after(run: Run) -> Run:
    """Decorates an answer's `run`: the worries the plan is silent on after it, those of a
    household form that ended this turn having been left to it (`worries_deferred`)."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any
    ) -> list[EventType]:
        events = await run(self, dispatcher, tracker, domain)
        if dispatcher.messages:
            say_worry_lines(dispatcher, tracker, events)
        return events

    return wrapped


def notes_unsaid_worries(run: Run) -> Run:
    """Decorates an action's `run`: its answer, then the worries the plan is silent on."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any
    ) -> list[EventType]:
        events = await run(self, dispatcher, tracker, domain)
        meant = meant_measure(tracker, events)
        if meant is not None and hukou_moved_lately(tracker):
            # "我问的是育儿补贴600 二宝能领不" after "户口才迁过来": no "有（已于…停发）" of
            # months the hukou was elsewhere (tester 27 c10)
            lang = reply_language(tracker)
            for message in dispatcher.messages:
                if message.get("text"):
                    message["text"] = ended_told_as_ended(message["text"], meant, lang, True)
        say_unsaid_worries(dispatcher, tracker, events)
        for message in dispatcher.messages:  # one wording reached twice: said once
            if message.get("text"):
                message["text"] = no_sentence_twice(message["text"])
        return events

    return wrapped
