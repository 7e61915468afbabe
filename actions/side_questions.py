"""Side questions at any point ("how long is paternity leave in Jinan?", "什么是出生一件事?"),
answered from policy_kb search with the clause quoted; the form then resumes where it was."""

import re
from functools import cache

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from policy_kb.errors import InputError
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.search import Hit, index, search
from understanding.text import clauses, normalise
from wording.cities import mentioned_city

MIN_WORD_SCORE = 1.0  # matching letters alone ("weather" ~ "mother") is no answer
TOPIC_SLOT = "topic_entry"  # the measure under discussion: the last one answered or asked about


def best_answer(text: str, city: str | None, lang: str) -> Hit | None:
    """The measure that answers `text`: the city named in it wins over the family's city."""
    try:
        hits = search(
            text, lang="zh" if lang == "zh" else "en", city=mentioned_city(text) or city, limit=3
        )
    except InputError:
        return None
    return hits[0] if hits and hits[0].word_score >= MIN_WORD_SCORE else None


def named_measure(text: str, city: str | None, lang: str) -> Entry | None:
    """The measure of `city` (or of either city) that `text` names by its title or one of its
    synonyms ("陪产假转人工"), or None: a request for a person without a measure ("转人工") must
    not find one by its letters."""
    hit = best_answer(text, city, lang)
    if hit is None:
        return None
    said = text.casefold()
    entry = hit.entry
    return entry if any(term.casefold() in said for term in measure_terms(entry)) else None


def measure_terms(entry: Entry) -> list[str]:
    """The words that name a measure: its titles and synonyms in both languages, each also as
    the understanding layer normalises a message (一个学校 → 1个学校, 二孩 → 2孩), since most
    callers look for them in normalised text."""
    return _terms(entry.id)


@cache
def _terms(entry_id: str) -> list[str]:
    entry = catalogue().entries[entry_id]
    said = [entry.title.zh, entry.title.en, *entry.synonyms.zh, *entry.synonyms.en]
    bare = [term.replace("'", "").replace("’", "") for term in said]  # "babys medical insurance"
    return list(dict.fromkeys([*said, *(normalise(term) for term in said), *bare]))


# A follow-up that names no measure and so means the one under discussion: how, where, online,
# documents, how much (去哪办, 线上能办吗, 要带什么材料, 能取多少, "how do I apply?").
FOLLOW_UP = re.compile(
    r"去哪|在哪|哪里|哪儿|怎么[办申领弄取]|如何[办申领]|咋[办申领弄]|线上|网上|手机上|(?<![a-z])app(?![a-z])|材料|证件|带什么"
    r"|需要什么|要什么|流程|手续|多少|几天|多久|多长|找谁|哪个部门|电话|能办|能领|能取|能贷|能报|反映|投诉"
    # "那我该去问谁 单位说不清楚" after the leave: whom to ask about it (tester 57 c03)
    r"|问谁|找哪|谁管|谁负责"
    # "那现在去办还能免吗", 还来得及吗 after the newborn's insurance: that measure, late
    r"|还能免|能免吗|能免不|还免吗|还免不|还来得及|来得及吗|来得及不|还给免|还能享受"
    r"|\bstill (?:free|in time|eligible|covered)\b|\btoo late\b"
    r"|能不能[提取领办贷报](?!前)|从哪个?月|哪个月开始|从什么时候|从啥时候|什么时候开始|啥时候开始"
    r"|apply|application|where|online|document|paperwork|what do (?:i|we) need|how much|how long"
    r"|how many|who (?:do|should|can)|which (?:office|department)|claim|withdraw|how do (?:i|we)"
    r"|complain|turn to"
    # "so what applies then", 那我这种情况呢: the measure discussed, for the family as now told
    r"|\bwhat (?:applies|do (?:i|we) get)\b|我这种情况|那我这种呢|那我们这种呢"
    r"|几岁|到什么时候|到啥时候|到哪天|什么时候停|啥时候停|发到|领到|补到|给到|停发|截止"
    r"|[发领补给拿]多久|[发领补给拿]几年"
    r"|until when|until what|what age|期限|deadline|time limit"
    # "到多大停", "when exactly does it stop": the end of the money discussed
    r"|到多大|多大就?(?:停|为止)|when (?:exactly )?(?:does|will) (?:it|the money|the subsidy|"
    r"the payments?) (?:stop|end)"
    # which year or when the family pays or joins ("她奶奶得啥时候去交 今年还是明年", "which year
    # does it cover, this year or next?"): the clause's year (tester 40 r05 got "没太明白")
    r"|(?:啥|什么)时候(?:去|能|要|得|该|再)?(?:交|缴|办|参保|报名|申请)|今年还是明年|明年还是今年"
    r"|今年还是去年|去年还是今年|哪一?年的?(?:交|缴|补|算)|算哪一?年|哪个年度|哪一年度"
    r"|\bwhich year\b|\bthis year or next\b|\bnext year or this\b"
    r"|\bwhen (?:do|does|should|must|can|will) "
    r"(?:i|we|she|he|they|grandma|grandpa|the grandparents) (?:have to |need to )?"
    r"(?:pay|join|enrol|sign up)",
    re.I,
)
STEPS = re.compile(
    r"去哪|在哪|哪里|哪儿|怎么[办申领弄]|如何[办申领]|咋[办申领弄]|线上|网上|手机上|(?<![a-z])app(?![a-z])|材料|证件|带什么"
    r"|需要什么|流程|手续|找谁|哪个部门|能办|反映|投诉|apply|application|where|online|document|paperwork"
    r"|complain|turn to|问谁|找哪|谁管|谁负责"
    r"|what do (?:i|we) need|who (?:do|should|can)|which (?:office|department)|how do (?:i|we)",
    re.I,
)


# A child named at the start of a follow-up, in Chinese and in English.
_CHILD_ZH = (
    r"^\s*(?:那|那么)?\s*"
    r"(?:老[大二三四五]|大的|小的|大宝|二宝|三宝|小宝|老小|老幺|哥哥|姐姐|弟弟|妹妹"
    r"|(?:[一二三]|头)[孩胎](?=\s*呢))"  # "二孩呢 有没有" after the third child's answer
)
_CHILD_EN = (
    r"^\s*(?:and|what about|how about)\s+(?:the|our|my)\s+"
    r"(?:eldest|oldest|youngest|baby|older|younger|first|second|third|big|little)\b"
    # "the older one?" alone: a child asked about, no measure named ("old" found Jinan
    # clause 7's "one old and one young")
    r"|^\s*(?:the|our|my)\s+(?:eldest|oldest|youngest|older|younger|elder|big|little)"
    r"(?:\s+(?:one|kid|child|son|daughter|boy|girl))?\s*[?？]+\s*$"
)
# A child named in a short follow-up: "那老大呢", "老二要买票吗", "and the baby?".
CHILD_FOLLOW_UP = re.compile(f"{_CHILD_ZH}|{_CHILD_EN}", re.I)


def names_a_child(text: str) -> bool:
    """A short follow-up naming a child of the family ("那老大呢 要买票吗", "and the baby?")."""
    short = len(text) <= (20 if re.search(r"[\u4e00-\u9fff]", text) else 40)
    return short and not re.search(r"\d", text) and bool(CHILD_FOLLOW_UP.search(text))


# "那老大呢 他1米35了", "and the eldest? she's 1.35m now": a child asked about, with a fact
CHILD_ASKED = re.compile(f"{_CHILD_ZH}\\s*呢|{_CHILD_EN}", re.I)


def asks_of_a_child(text: str) -> bool:
    """A short follow-up asking about one child and telling a fact of it ("那老大呢 他1米35了"):
    the measure under discussion, for that child."""
    return len(text) <= 40 and bool(CHILD_ASKED.search(text))


# Whether hukou matters: "户口有影响吗", "外地户口能领吗"? no: "does hukou matter?", "要求户口吗".
HUKOU_MATTERS = re.compile(
    r"(?:户口|户籍)[^，,。]{0,12}(?:有(?:没有)?影响|有(?:没有)?关系|有啥影响|有什么影响|要求|限制|看不看|管不管)"
    r"|(?:影响|要求|限制)[^，,。]{0,4}(?:户口|户籍)"
    r"|\bhukou\b[^.?!]{0,30}\b(?:matters?|make a difference|affect|required|requirement|count)\b"
    r"|\b(?:matter|affect|requirement)s?\b[^.?!]{0,20}\bhukou\b"
    r"|does (?:that|it|this) matter"
    # the measures shown asked whether they need the city's hukou ("does any of this need
    # beijing hukou?", 这些要北京户口吗, 都需要本地户口吗; tester 40 n3, three times unanswered)
    r"|\b(?:any|all|each|some|none) of (?:this|these|that|those|them|it)\b[^.?!]{0,20}"
    r"\b(?:need|needs|require|requires|depend|depends)\b"
    r"|(?:这些|这几项|这几个|上面的?|以上|都|全都|哪些|哪个|哪项)[^，,。?？]{0,6}(?:要|需要|要求|得有|必须)"
    r"[^，,。?？]{0,4}(?:户口|户籍)",
    re.I,
)
# Hukou asked as a need ("这些要北京户口吗", "都得有本地户口不"): a question, no hukou told.
HUKOU_NEEDED = re.compile(
    r"(?:要|需要|要求|得有|必须)[^，,。?？]{0,4}(?:户口|户籍)[^，,。]{0,2}(?:吗|么|嘛|不|[?？])"
)
# Where the family comes from said in place of its hukou ("does it matter that we're from
# hebei?", 我们是外地的 有影响吗): the household registration elsewhere.
FROM_ELSEWHERE = re.compile(
    r"\b(?:we'?re|we are|i'?m|i am|they'?re|they are) (?:not )?from\b|外地|非京籍|非本地|不是本地",
    re.I,
)


def asks_if_hukou_matters(text: str) -> bool:
    """A question whether the household registration matters ("我是北京户口 老婆不是 有影响
    吗"; "I don't have beijing hukou, only my husband. does that matter?")."""
    said = text.casefold()
    return bool(HUKOU_MATTERS.search(said)) and bool(
        re.search(r"户口|户籍|hukou", said) or FROM_ELSEWHERE.search(said)
    )


# Whether money not claimed can be paid later, or claimed late (能补发吗, 没领的钱能不能补, "can we
# get back pay", "will we lose money if we apply late"): a point neither plan speaks to.
BACK_PAY = re.compile(
    # 政府补不补, 国家补不补: whether there is a subsidy at all, no money paid back
    r"补发|补领|(?<!政府)(?<!国家)补不补|补不补发|会不会补|给不给补|补给(?!家长|父母|爸妈|个人|机构|托育|幼儿园|园|谁)|追溯|(?<!险)(?<!保)能补吗|(?<!险)(?<!保)能不能补|可以补吗|补上吗|(?:之前|以前)没领(?![^，。,.!?！？\s]{0,4}(?:低保|特困|失业|救助|困难))|没领的钱|过期了?还能"
    # 每个月就领了600 不是说低保家庭多给吗 是不是少发了 (tester 119 p4): money paid short
    r"|少发了?|少给了?|发少了|给少了|少领了?|领少了"
    r"|\b(?:underpaid|paid (?:us )?(?:too )?(?:less|short))\b"
    r"|back ?pay|retroactiv|backdat|missed (?:months|payments|money)|lose (?:the )?money"
    r"|(?:apply|claim)(?:ing)? late|late (?:application|claim)"
    # "can we still claim the past months", "did we miss the 600", 前面几个月的还能领吗
    r"|past months|months? (?:we|i) missed|\b(?:did|have) (?:we|i) miss(?:ed)?\b"
    r"|(?:前面|之前|过去|以前)的?(?:几个)?月(?:的)?(?:钱|补贴)?还能"
    # months not paid because not claimed, or before a move: "can we still claim the money we
    # never got", "can we get it back paid now", 之前在德州的时候那几个月咋算, 没领到的钱还给吗
    r"|\b(?:money|months?|payments?|subsidy) (?:that )?(?:we|i) (?:never|didn'?t|did not)"
    r" (?:get|got|receive|received|claim|claimed|apply|applied)\b"
    r"|\b(?:back[- ]?paid|paid back|pay (?:it|them|us) back)\b"
    r"|\bclaim (?:it|them|the money|the months) (?:now|later|afterwards)\b"
    r"|(?:之前|以前|迁来前|迁过来前|没迁|那时候?|当时).{0,12}(?:那)?(?:几个月|段时间|些月)"
    r".{0,10}(?:咋算|怎么算|算不算|给不给|能给吗|有没有|还有吗)"
    r"|\b(?:never|didn'?t|did not) (?:apply|applied|claim|claimed)\b.{0,40}\b(?:still|now)\b"
    r"|没领到?的(?:钱|月份|那几个月)"
    # "didn't she get 600 a month too? we never claimed it", 我们一直没领过 (tester 39 c10)
    r"|\b(?:we|i) (?:have |had )?never (?:claimed|applied for|got|received|collected)"
    r" (?:it|that|them|the (?:money|subsidy|allowance|600|800))\b"
    # ... but never "一直没领过低保": the family's benefits told (no dibao), not money missed
    r"|(?:(?:一直|从来|从)没(?:有)?(?:去)?(?:领|申请|申领)过?|没(?:有)?(?:去)?(?:领|申请|申领)过)"
    r"(?![^，。,.!?！？\s]{0,4}(?:低保|特困|失业|救助|困难))",
    re.I,
)


# By when a measure must be claimed ("is there a deadline to apply", 申领有期限吗, 最晚什么时候办).
# (not "到啥时候截止", the payments' end asked)
DEADLINE = re.compile(
    r"deadline|time limit|(?<!时候)(?<!哪天)(?<!几号)(?<!哪一天)截止|期限|最晚", re.I
)


def asks_back_pay(text: str, entry: Entry | None = None) -> bool:
    """A question whether money not claimed yet is paid back or lost (能补发吗), or by when it
    must be claimed, of a measure whose plan sets no time to claim it by (`entry`: Jinan clause
    15's six months to enrol a newborn is a time set)."""
    if BACK_PAY.search(text):
        return True
    if not DEADLINE.search(text):
        return False
    if entry is not None and _deadline_of_another_part(text, entry):
        return False
    return entry is None or not any("within" in name for name in entry.parameters)


def _deadline_of_another_part(text: str, entry: Entry) -> bool:
    """Whether the deadline `text` asks is asked in a clause before, and apart from, the one
    naming `entry` ("那最晚哪天办 他爸妈还能领那个600吗": the newborn's insurance's window asked
    first, the 600 apart; tester 71 c3 heard the 600's silence on late claims)."""
    from actions.focus import figure_named  # focus imports this module

    def names(clause: str) -> bool:
        said = clause.casefold()
        return any(term.casefold() in said for term in measure_terms(entry)) or (
            figure_named(clause, entry.city) == entry
        )

    parts = [c for _, c in clauses(normalise(text)) if c.strip()]
    asking = [i for i, c in enumerate(parts) if DEADLINE.search(c)]
    naming = [i for i, c in enumerate(parts) if names(c)]
    # a deadline asked after the measure ("where do we apply for the 600 and is there a
    # deadline") asks of it; one asked before it, naming none, asks of what came before
    return (
        bool(asking and naming)
        and not any(i in naming for i in asking)
        and (max(asking) < min(naming))
    )


BRIEF_SLOT = "reply_brief"
# Asking for short answers: a hotline worker on a call, or anyone who wants just the figure
# (接线员 快点 济南三孩补贴多少 哪条, 直接说数, "hotline here, figure and clause fast").
BRIEF = re.compile(
    r"接线员|热线|坐席|话务员|快点|快说|直接说|简单说|说重点|简短点?|只要数|长话短说"
    r"|hotline|call ?cent(?:er|re)|\boperator\b|\bquick(?:ly)?\b|\bfast\b"
    r"|just the (?:figure|number)|short answers?|\bbriefly\b|\bin short\b|\btl;?dr\b",
    re.I,
)


def wants_brief(tracker: Tracker, text: str) -> bool:
    """Whether answers should be short: asked for in this message or earlier in the talk."""
    return bool(tracker.get_slot(BRIEF_SLOT)) or BRIEF.search(text) is not None


def follows_up(text: str) -> bool:
    """A short question about the measure under discussion (it names none itself): at most 40
    characters in Chinese, 80 in English ("how much exactly? like per month or per year?")."""
    return follows_up_in_length(text) and (
        FOLLOW_UP.search(text) is not None or CHILD_FOLLOW_UP.search(text) is not None
    )


def follows_up_in_length(text: str) -> bool:
    """Short enough to follow up the last answer: at most 40 characters in Chinese, 80 in
    English."""
    return len(text) <= (40 if re.search(r"[\u4e00-\u9fff]", text) else 80)


def asks_how(text: str) -> bool:
    """A follow-up about how or where to apply (next steps), not about an amount."""
    return STEPS.search(text) is not None


def measure_meant(tracker: Tracker, lang: str) -> Entry | None:
    """The measure a question is about: the one it names, else (for a follow-up such as 去哪办)
    the one under discussion, else the best search answer."""
    text = tracker.latest_message.get("text") or ""
    city = context_city(tracker)
    named = named_measure(text, city, lang)
    if named is not None:
        return named
    current = topic(tracker)
    if current is not None and follows_up(text):
        return current
    hit = best_answer(text, city, lang)
    return hit.entry if hit else None


def context_city(tracker: Tracker) -> str | None:
    """The city a question is read in: the family's, else that of the measure under discussion
    ("请问济南陪产假几天" then "产假到底多少天啊" is about Jinan's maternity leave)."""
    city = tracker.get_slot("city")
    if city:
        return str(city)
    current = topic(tracker)
    return current.city if current is not None else None


def topic(tracker: Tracker) -> Entry | None:
    """The measure under discussion (the slot `topic_entry`), or None."""
    entry_id = tracker.get_slot(TOPIC_SLOT)
    return catalogue().entries.get(str(entry_id)) if entry_id else None


def about(entry: Entry) -> list[EventType]:
    """The event that makes `entry` the measure under discussion."""
    return [SlotSet(TOPIC_SLOT, entry.id)]


index()  # build the search index when the action server starts, not on the first question
