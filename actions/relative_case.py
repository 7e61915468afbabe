"""A relative's household asked about beside the family's own, kept apart from it.

* "再帮我妹问下 她也济南的 前年生的老三 生的时候家里吃低保 她一个月能领多少", told by a family
  already known: the sister's case is answered on its own facts, as a what-if, and none of them
  is written into the family's slots (tester 105 p2 had the sister's third child put on the
  family, changing a twin's end date).
* "asking for my brother not me … his first baby …", then "ok thx. now me: we live in beijing,
  beijing hukou, expecting twins": the household changes back to the writer's own, so what was
  noted (the brother's) is dropped and the new facts are read into an empty household (tester
  105 p8 kept the brother's Jinan hukou and baby on a Beijing family).
* "start over please. forget my brother. beijing hukou, … does beijing give any monthly money":
  the start over, then the question answered for the new family (tester 105 p8 kept the old
  facts because the question took the turn).
"""

import functools
import re
from contextvars import ContextVar
from typing import Any, cast

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.focus import QUESTION, asked_measure
from actions.language import reply_language
from actions.relatives_slot import (
    ON_FILE,
    RELATIVES_SLOT,
    asked_for_a_relative,
    family_known,
    relatives_marked,
)
from actions.start_over import START_OVER, Read, household_read, read_back, start_over
from actions.turn import Run
from understanding.other_household import GRANDPARENTS_WRITING, OTHER, own_part, their_part
from understanding.text import normalise
from wording.cities import mentioned_city

_INSIDE: ContextVar[bool] = ContextVar("relative_case_inside", default=False)

# The writer turning back to their own family: "now me:", "ok thx. now for us", "现在说说我家",
# "轮到我家了", "我自己家的情况是".
BACK_TO_OWN = re.compile(
    r"\bnow (?:me|us|for (?:me|us|my (?:own )?family|our (?:own )?family)|about (?:me|us|my "
    r"(?:own )?family|our (?:own )?family)|my (?:own )?family|our (?:own )?family)\b"
    r"|\b(?:my|our) own family\b"
    r"|(?:现在|再|下面|接下来|然后)(?:说说?|问问?|讲讲?|算算?)(?:我|俺)(?:自己)?(?:们)?家"
    r"|轮到(?:我|俺)(?:自己)?(?:们)?家?|(?:我|俺)自己(?:们)?家(?:的情况|的事)?",
    re.I,
)
# The relative put aside: "forget my brother", "别管我妹了", "不说我姐家了".
RELATIVE_DROPPED = re.compile(
    r"\bforget (?:about )?(?:my|the) (?:brother|sister|sis|bro|cousin|friend|neighbou?r|"
    r"colleague)\b(?:'s)?"
    r"|(?:别管|不管|不说|不问)(?:我|俺)?(?:大|二|小)?(?:姐|妹|哥|弟|表\w|堂\w|朋友|同事|邻居|亲戚)"
    r"(?:家)?(?:的事)?了",
    re.I,
)
OPENING = 24  # characters at the start of a message where a start over or a turn back is said


def _relatives_on_file(tracker: Tracker) -> bool:
    """The household noted is a relative's: the first message whose facts were noted was written
    for a relative ("asking for my brother not me … his first baby …", with nothing known yet).
    A relative's case asked beside a known family is never noted (`relatives_case`), so turning
    back to one's own family then keeps it. The action server sees the current turn only, so
    the slot remembers it."""
    return str(tracker.get_slot(RELATIVES_SLOT) or "").startswith(ON_FILE)


def _fresh_tracker(tracker: Tracker, slots: dict[str, Any]) -> Tracker:
    """`tracker` as a new conversation: `slots`, and the latest message as its only event."""
    latest = [e for e in tracker.events if e.get("event") == "user"][-1:] or [
        {"event": "user", "text": tracker.latest_message.get("text"), "parse_data": {}}
    ]
    return Tracker(
        sender_id=tracker.sender_id,
        slots=slots,
        latest_message=tracker.latest_message,
        events=latest,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


# The answer's words for the household it is worked out for, said of the relative's instead
# (tester 110 c1, c3, c6: "按您家的情况：…" under the sister's case).
THEIRS = (
    ("\n（这只是假设，给您家记下的情况不变。）", ""),  # nothing of theirs is noted
    ("（这只是假设，给您家记下的情况不变。）", ""),
    ("\n(Only a what-if: the facts noted for your family stay as they were.)", ""),
    ("(Only a what-if: the facts noted for your family stay as they were.)", ""),
    ("按您家的情况", "按这一家的情况"),
    ("您家", "这一家"),
    ("For your family", "For their family"),
    ("for your family", "for their family"),
    ("your family", "their family"),
    ("Your family", "Their family"),
)


def theirs_not_yours(text: str) -> str:
    """`text` with "your family" (您家) said as the relative's household."""
    for yours, theirs in THEIRS:
        text = text.replace(yours, theirs)
    return text


async def _answered_afresh(
    dispatcher: CollectingDispatcher, tracker: Tracker, slots: dict[str, Any], domain: Any
) -> list[EventType]:
    from actions.answers import ActionAnswerPolicyQuestion, with_text  # answers applies this
    from actions.each_part import asking_pieces
    from actions.results import ActionShowEntitlements  # results imports the answers

    token = _INSIDE.set(True)
    try:
        start = len(dispatcher.messages)
        fresh = _fresh_tracker(tracker, slots)
        events = await ActionAnswerPolicyQuestion().run(dispatcher, fresh, domain)
        asked = " ".join(asking_pieces(str(fresh.latest_message.get("text") or "")))
        if len(dispatcher.messages) == start and asked:
            # "她家在北京 二胎 孩子一岁半 北京给不给钱": their facts read already, the question
            # asked alone of them, not handed to the form (tester 111 c3 got their 4 items)
            told = _fresh_tracker(tracker, {**slots, "result_shown": True})
            events = await ActionAnswerPolicyQuestion().run(
                dispatcher, with_text(told, asked), domain
            )
        if len(dispatcher.messages) == start:
            # "what can she get there?": no one measure asked, so everything that household
            # gets (the form would ask the family's own questions instead)
            events = await ActionShowEntitlements().run(dispatcher, fresh, domain)
        for message in dispatcher.messages[start:]:
            if isinstance(message.get("text"), str):
                message["text"] = theirs_not_yours(message["text"])
        return [e for e in events if e.get("event") != "followup"]
    finally:
        _INSIDE.reset(token)


# A message going on about the relative just asked about: "那她一个月总共是800是吧 她没房 租房住
# 两口子都交公积金" (tester 106 p1 had the sister's payers noted on the family), "and her twins?"
OF_THE_RELATIVE = re.compile(
    r"^\W*(?:那|那么|还有|另外|再问下|再问一下|对了)?\s*(?:她|他)(?:们)?(?:家)?"
    # 那我嫂子 北京 有没有…: the relative named again (tester 108 p3)
    r"|^\W*(?:那|那么|还有|另外|对了)?\s*(?:我|俺)(?:的)?(?:大|二|小)?(?:姐|妹|哥|弟|嫂子|弟媳|弟妹"
    r"|小姑子|大姑姐|小姨子|大姨子|小叔子|大舅哥|舅哥|姐夫|妹夫|表\w|堂\w|邻居|朋友|同事)(?:家)?"
    # "and cousin laoer born 2021, he can get 600 or no?" (tester 112 c8): "my" left out
    r"|^\W*(?:and|so|ok|what about|also)?\W*(?:(?:my|our|the) )?(?:sister|brother|sis|bro|cousin"
    r"|neighbou?r|friend|(?:sister|brother)-in-law|sil|bil)(?:'s)?\b"
    r"|^\W*(?:and|so|ok|what about|also)?\W*(?:(?:for|about|with|of|if|what if|when|suppose) )?"
    r"(?:she|he|they|her|him|his|their|them)\b"  # "and if they have a second baby next year"
    r"|^\W*(?:那|那么)?(?:要是|如果|假如)(?:她|他)(?:们)?(?:家)?",  # 那要是她家再生一个
    re.I,
)


# A grandparent's son or daughter named again at the message's start ("那我儿子家在北京还有啥
# 别的好处没"): that relative's household when the relative asked about before was the same one.
KIN_AGAIN = re.compile(
    r"^\W*(?:那|那么|还有|另外|对了|再问下|再问一下)?\s*(?:我|俺)(?:的)?(?:大|二|小)?"
    r"(?P<kin>儿子|闺女|女儿|儿媳妇?|女婿|姑娘)(?:家|一家|他们|她们|两口子)?"
    # "不是 我说的是我儿子家", "你搞错了 北京 我儿子一家": named with the household word
    r"|(?:我|俺)(?:的)?(?:大|二|小)?(?P<kin2>儿子|闺女|女儿)(?:家|一家|两口子)"
)


def _relatives_words(tracker: Tracker) -> str | None:
    """The message before the latest one, when it was written for a relative's household and
    the latest goes on about that relative (its facts then still that household's)."""
    text = str(tracker.latest_message.get("text") or "")
    said = normalise(text)
    before = str(tracker.get_slot(RELATIVES_SLOT) or "")
    if not before or before.startswith(ON_FILE):
        return None
    kin = KIN_AGAIN.search(said)
    if kin is not None and (kin["kin"] or kin["kin2"])[:2] in before:
        # the son asked about, named again (tester 116 p2 had the son's renting noted on the
        # daughter's family)
        return before
    # the words as written: normalising makes a caller's "their second" "our second"
    if not OF_THE_RELATIVE.search(said) or OWN_NAMED.search(text.lower()):
        return None
    return before


# The family itself named: 我家, 我们, 说回, "our own", "back to us".
OWN_NAMED = re.compile(
    r"我家|俺家|咱家|我们|俺们|咱们|自己家|说回|回到|\b(?:we|our|us|my own|back to)\b", re.I
)


async def relatives_case(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: Any,
    before: str = "",
    read: Read | None = None,
) -> list[EventType]:
    """The relative's case answered on the facts the message (with `before`, the message that
    asked for the relative, when it goes on about them) tells of it, or on `read` when the
    caller has read them already; the family's slots untouched (no event but the slot that
    remembers the relative's words)."""
    lang = reply_language(tracker)
    latest = str(tracker.latest_message.get("text") or "")
    empty, told, understood = read or household_read(tracker, f"{before} {latest}")
    dispatcher.utter_message(text=render.relative_case_apart(lang))
    if understood:
        line = read_back(understood, told, lang)
        for noted, theirs in (("记下了：", "这一家的情况："), ("Noted: ", "Their family: ")):
            line = theirs + line.removeprefix(noted) if line.startswith(noted) else line
        dispatcher.utter_message(text=line)
    await _answered_afresh(dispatcher, tracker, {**empty, **told}, domain)
    return [SlotSet(RELATIVES_SLOT, f"{before} {latest}".strip())]


async def own_family_again(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any
) -> list[EventType]:
    """Start over for the writer's own family; a question asked with it answered for the new
    family (its facts read into empty slots)."""
    text = str(tracker.latest_message.get("text") or "")
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent != "ask_policy" and not QUESTION.search(normalise(text)):
        return start_over(dispatcher, tracker)
    lang = reply_language(tracker)
    empty, told, understood = household_read(tracker)
    opening = render.restarted_for_own(lang)
    if understood:
        opening += "\n" + read_back(understood, told, lang)
    dispatcher.utter_message(text=opening)
    answered = await _answered_afresh(dispatcher, tracker, {**empty, **told}, domain)
    kept = [e for e in answered if e.get("event") not in ("restart", "session_started")]
    return [
        Restarted(),
        SlotSet("language", lang),
        *(SlotSet(k, v) for k, v in told.items()),
        *kept,
    ]


def _turns_back(text: str) -> bool:
    said = normalise(text)
    return bool(
        BACK_TO_OWN.search(said[:OPENING])
        or RELATIVE_DROPPED.search(said)
        or START_OVER.search(said[:OPENING])
    )


# A birth of the relative's own: 她生, 生头胎, 怀了, 坐月子, "her baby", "she's expecting".
THEIR_BIRTH = re.compile(
    r"生(?:头胎|一胎|二胎|三胎|孩子|娃|宝宝|了|的)|怀(?:了|上|孕)|坐月子|预产期"
    r"|\b(?:her|his|their) (?:first |second |third |new ?)?(?:baby|child|kid)\b"
    r"|\b(?:she|they)(?:'s| is| are)? (?:expecting|pregnant|having a baby)\b|\bgave birth\b",
    re.I,
)


def _relatives_question(tracker: Tracker) -> tuple[str, Read] | None:
    """The part of the latest message told of another household, when it asks something of
    them and tells some of their facts ("…我妹在北京 北京户口 去年十月生的老二 她能领每月600吗",
    "my sister lives in Beijing with Beijing hukou, she had her second baby in 2022.11 — what
    can she get there?"), with those facts read; None otherwise."""
    text = str(tracker.latest_message.get("text") or "")
    theirs = their_part(text, dict(tracker.slots))
    if not theirs.strip() or not QUESTION.search(theirs):
        return None
    named = [m.group(0) for m in OTHER.finditer(normalise(text))]
    if named and all(GRANDPARENTS_NAMED.search(n) for n in named):
        return None  # "my parents mind the kids. anything for grandparents?": the family's own
    if not named and GRANDPARENTS_WRITING.search(normalise(text)):
        # "我跟老头子交长期护理保险 因为老三能不能给补 我俩户口还在老家德州": the grandparents
        # writing of themselves, asking for the family's child; their hukou is theirs, no
        # other household to answer apart (tester 127 p4 was asked which city)
        return None
    read = household_read(tracker, theirs)
    if read[1]:
        return theirs, read
    # "另外我妹在济南生头胎产假多少天": none of their facts told, but a measure asked of a birth
    # of theirs: the rule for them, never the family's own leave (tester 126 p6 was told "这次
    # 的假期已经结束")
    city = mentioned_city(theirs) or tracker.get_slot("city")
    if THEIR_BIRTH.search(theirs) and asked_measure(theirs, city, reply_language(tracker)):
        return theirs, read
    return None


async def _both_answered(
    self: Any,
    run: Run,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: Any,
    theirs: tuple[str, Read],
    *rest: Any,
) -> list[EventType]:
    """The family's own part of the message read and answered by the action as usual, then the
    relative's part answered apart (tester 108 p1, e1: the sister asked about beside the
    family's own answer was ignored)."""
    from actions.answers import with_text  # answers applies these decorators

    text = str(tracker.latest_message.get("text") or "")
    own = own_part(text, dict(tracker.slots))
    events: list[EventType] = []
    if re.search(r"[\w\u4e00-\u9fff]", own):
        events = list(await run(self, dispatcher, with_text(tracker, own), domain, *rest))
    events = [e for e in events if e.get("event") != "followup"]
    part, read = theirs
    apart = await relatives_case(dispatcher, with_text(tracker, part), domain, read=read)
    return [*events, *apart]


# The children's grandparents named (the couple's parents, the in-laws): asked about for the
# grandparents' own measures (Jinan clause 15's care insurance), never a household apart.
GRANDPARENTS_NAMED = re.compile(
    r"婆婆|公公|公婆|岳父|岳母|丈母娘|老丈人|亲家|姥姥|姥爷|外公|外婆"
    r"|\b(?:parents|in-?laws|mum|mom|dad|mother|father|folks|grandparents'?)\b|\bmil\b|\bfil\b",
    re.I,
)


# A grandparent's children's households: the one on file named by its daughter or son (帮闺女问问,
# 外孙女; 儿子家, 孙子), another then named as the other (我儿子儿媳妇也在济南 …).
ON_FILE_DAUGHTERS = re.compile(r"闺女|女儿|姑娘|女婿|外孙")
ON_FILE_SONS = re.compile(r"儿子|儿媳|(?<!外)孙[子女]")
DAUGHTERS_NAMED = re.compile(r"(?:我|俺)(?:大|二|小)?(?:闺女|女儿|姑娘)|女婿")
SONS_NAMED = re.compile(r"(?:我|俺)(?:大|二|小)?儿子|儿媳")


def _another_child_of_the_writer(tracker: Tracker) -> bool:
    """A grandparent whose daughter's household is on file (the first facts were asked for her,
    "我是姥姥 帮闺女问问 …") now tells of the son's ("我儿子儿媳妇也在济南 儿媳妇怀孕7个月了"), or
    the other way round: another household (tester 110 c2 had the daughter-in-law's pregnancy
    put in place of one of the daughter's twins)."""
    kept = str(tracker.get_slot(RELATIVES_SLOT) or "")
    if not kept.startswith(ON_FILE):
        return False
    on_file = kept.removeprefix(ON_FILE)
    text = str(tracker.latest_message.get("text") or "")
    daughters, sons = ON_FILE_DAUGHTERS.search(on_file), ON_FILE_SONS.search(on_file)
    if daughters and not sons:
        return bool(SONS_NAMED.search(text)) and not DAUGHTERS_NAMED.search(text)
    if sons and not daughters:
        return bool(DAUGHTERS_NAMED.search(text)) and not SONS_NAMED.search(text)
    return False


async def _kept_apart(
    self: Any,
    run: Run,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: Any,
    *rest: Any,
) -> list[EventType] | None:
    """The reply when the latest message is about a relative's household beside the family's:
    asked for the relative ("再帮我妹问下 …"), going on about the relative just asked about
    ("那她…"), or told beside the family's own question; None when it is not."""
    if family_known(tracker):
        if asked_for_a_relative(
            str(tracker.latest_message.get("text") or "")
        ) or _another_child_of_the_writer(tracker):
            read = household_read(tracker)
            if read[1]:
                return await relatives_case(dispatcher, tracker, domain, read=read)
        before = _relatives_words(tracker)
        if before is not None:
            return await relatives_case(dispatcher, tracker, domain, before)
    theirs = _relatives_question(tracker)
    if theirs is not None:
        return await _both_answered(self, run, dispatcher, tracker, domain, theirs, *rest)
    return None


def keeps_relatives_apart_in_form(run: Run) -> Run:
    """The household form's extraction: a relative's case asked beside a known family, or a
    message going on about that relative, answered apart and nothing of it noted (tester 107
    p3 had a sister's three children put on a family answering the form); the form then goes
    on with its own question."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any, *rest: Any
    ) -> list[EventType]:
        from actions.hotline import in_hotline  # the hotline imports the answers

        if not (_INSIDE.get() or in_hotline(tracker)) and family_known(tracker):
            apart = await _kept_apart(self, run, dispatcher, tracker, domain, *rest)
            if apart is not None:
                return apart
        return await run(self, dispatcher, tracker, domain, *rest)

    return cast(Run, wrapped)


def keeps_relatives_apart(run: Run) -> Run:
    """Decorates the run of an action that reads a citizen's message (a question, a correction,
    an unclear one): a relative's case asked beside a known family is answered apart; a turn
    back to the writer's own family, or a start over with a question, starts afresh."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any, *rest: Any
    ) -> list[EventType]:
        from actions.hotline import in_hotline  # the hotline imports the answers

        if _INSIDE.get() or in_hotline(tracker):
            return await run(self, dispatcher, tracker, domain, *rest)
        text = str(tracker.latest_message.get("text") or "")
        # "forget my brother" or "now me" drop what was noted only when it was his household
        # (a relative's case answered apart was never noted); a start over always does
        if _turns_back(text) and (
            _relatives_on_file(tracker) or START_OVER.search(normalise(text)[:OPENING])
        ):
            return await own_family_again(dispatcher, tracker, domain)
        apart = await _kept_apart(self, run, dispatcher, tracker, domain, *rest)
        if apart is not None:
            return apart
        events = await run(self, dispatcher, tracker, domain, *rest)
        return [*events, *relatives_marked(tracker, events)]

    return cast(Run, wrapped)
