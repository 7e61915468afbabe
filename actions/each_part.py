"""Every part of a message asking several things is answered ("生完孩子出生登记在哪办 能网上办吗
孩子医保呢", "where do we register the birth and what about the baby's medical insurance"):
after the answer, each asking part that names a measure the answer left out is answered on its
own, in the order asked. Tester 45 c05 got the birth registration (Jinan clause 2) and had to ask
again for the newborn's insurance (clause 15)."""

import functools
import re
from typing import Any, cast

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import render
from actions.apply_money import APPLY_ASKED, AUTOMATIC_ASKED, LATE_ASKED, money_to_apply_for
from actions.covered_years import YEARS_ASKED
from actions.focus import (
    ASKED_FOR_ONESELF,
    GRANDPARENT_SPEAKING,
    GRANDPARENTS_MEASURE,
    QUESTION,
    asked_measure,
    asks_for_grandparents,
    checked_figure,
    child_enrolment_asked,
    corrected_topic,
    figure_named,
    figures_checked,
    found_by_search_only,
    is_monthly_money,
    measure_with_figure,
    monthly_subsidy,
    named_entry,
    named_only_elsewhere,
    nursery_fees,
    rate_quoted,
)
from actions.headline import CHILD_NAMED
from actions.language import reply_language
from actions.money_first import MONEY_WORDS
from actions.of_the_topic import nothing_left_asked, topic_meant
from actions.side_questions import TOPIC_SLOT, context_city, follows_up, named_measure, topic
from actions.titled import titled
from actions.turn import Run
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.search import absent_topics
from policy_kb.text import Lang
from understanding.text import clauses, normalise
from wording.cities import CITIES, mentioned_city
from wording.language import lower_first, t

# A part asking something of its own: a question word, or where / how a thing is done
# ("生完要去哪登记", "where do we register").
ASKS = re.compile(r"去哪|在哪|哪里|哪儿|\bwhere\b|\bhow\b|\bwhat about\b|\bwhich\b", re.I)
# The monthly money asked without its name, by when it starts ("补贴从几月开始发", "from which
# month is the subsidy paid"): the city's money paid by the month (Jinan clause 12).
MONEY_START = re.compile(
    r"(?:补贴|补助|钱|600|800)\S{0,6}(?:从几月|从哪个?月|哪个月开始|从什么时候|从啥时候|什么时候开始|啥时候开始)"
    r"|(?:从几月|从哪个?月|哪个月|什么时候|啥时候)开始(?:发|给|领)"
    r"|\b(?:which|what) month\b[^.?!]{0,30}\b(?:subsidy|allowance|money|600|800)\b"
    r"|\b(?:subsidy|allowance|money|600|800)\b[^.?!]{0,30}\b(?:start|begin)",
    re.I,
)
# The end of the monthly money asked without naming it ("补贴领到啥时候" after the newborn's
# insurance, "and the subsidy, until when?"): that money, not the measure discussed (tester 53
# c8 heard only the insurance's deadline).
MONEY_END = re.compile(
    r"(?:补贴|补助|钱|600|800)\S{0,4}(?:领到|发到|给到|补到|到什么时候|到啥时候|到几岁|什么时候停|啥时候停)"
    r"|\b(?:subsidy|allowance|money|600|800)\b[^.?!]{0,30}\b(?:until when|till when|stop|end)\b",
    re.I,
)
# A grandparent asking what they get for minding the child ("我带孩子有没有啥补贴", "do I get
# anything for looking after the grandkid"): asked for oneself.
MINDING_ASKED = re.compile(
    r"(?:我|俺)(?:也|自己|帮着|帮忙|天天|一直|每天){0,3}(?:带|看|照顾|管)(?:着)?(?:孩子|娃|孙子|孙女|外孙女?|小孩)"
    r"[^，,。?？]{0,6}(?:有没有|有啥|有什么|能有|能领|能拿|补贴|好处)"
    r"|\b(?:do|can|would) (?:i|we) get (?:anything|something|any \w+)\b"
    r"|\b(?:anything|something) for (?:me|us)\b",
    re.I,
)
# A part asking whether one child of the family gets something, the measure left unsaid ("还有
# 老大能领吗", "and can the eldest get it?"): the measure under discussion, for that child.
GETS_ASKED = re.compile(
    r"能领|能拿|能享受|能不能(?:领|拿|享受)|可以领|有没有|有[^，,。?？\s]{0,6}吗|算不算|也有|也能"
    # "老大没补贴是吧": the no put back to be confirmed (tester 73 c1)
    r"|没(?:有)?(?:补贴|钱|份)(?:是吧|吧|吗|对吧|对不对)"
    r"|\b(?:get|gets|receive|eligible|qualify|qualifies|count|counts|covered|entitled)\b",
    re.I,
)
# A child's age told beside its name ("my eldest (6)", "老大6岁"): who is meant.
AGE_BY_NAME = re.compile(
    r"(" + CHILD_NAMED.pattern + r")\s*[(（]?\s*\d{1,2}\s*(?:岁|周岁|years? old|yo)?\s*[)）]?",
    re.I,
)
# The answer that said the plan gives no application procedure for the money (apply_answer).
NO_PROCEDURE_SAID = re.compile(r"没有写申领流程|gives no application procedure")
MAX_PARTS = 3  # parts answered besides the first answer: a phone screen, not a brochure


def grandparent_speaking(tracker: Tracker) -> bool:
    """Whether the citizen said they are the child's grandparent ("我是奶奶", "I'm the grandma")
    in this conversation."""
    return any(
        GRANDPARENT_SPEAKING.search(normalise(str(e.get("text") or "")))
        for e in tracker.events
        if e.get("event") == "user"
    )


def for_the_grandparent(part: str, city: str | None, grandparent: bool) -> Entry | None:
    """The measure for grandparents (Jinan clause 15's long-term care insurance contribution)
    when a grandparent asks what they themselves get ("我带孩子有没有啥补贴"), else None."""
    said = normalise(part)
    if city is None or not (
        asks_for_grandparents(said)
        or (grandparent and (MINDING_ASKED.search(said) or ASKED_FOR_ONESELF.search(said)))
    ):
        return None
    return named_entry(GRANDPARENTS_MEASURE, city)


def asking_pieces(text: str) -> list[str]:
    """The parts of `text` that ask something, in order: its sentences' clauses, split again at
    "and", 还有, 另外, 以及."""
    return [p for p in _pieces(text) if _asks(p)]


def pieces_with_lead(text: str) -> list[tuple[str, str]]:
    """Each asking part of `text` with what the clauses told just before it ("老三明年上幼儿园 |
    能优先进普惠园吗": the kindergarten the priority is asked of), in order."""
    found: list[tuple[str, str]] = []
    told: list[str] = []
    for piece in _pieces(text):
        if _asks(piece):
            found.append((" ".join(told), piece))
            told = []
        else:
            told.append(piece)
    return found


def _pieces(text: str) -> list[str]:
    """The clauses of `text`, a clause that only tells what the next one asks about joined to
    it."""
    said = corrected_topic(normalise(text))  # "我问的是老三的600 不是托育机构的": that alone
    parts = [  # a sentence's last clause keeps its question mark ("…, and do I get anything?")
        c.strip() + ("?" if sentence.rstrip().endswith(("?", "？")) and i == len(cs) - 1 else "")
        for sentence in re.split(r"(?<=[?？])", said)
        for cs in [[c for _, c in clauses(sentence) if c.strip()]]
        for i, c in enumerate(cs)
    ]
    pieces = [
        p.strip()
        for part in parts
        for p in re.split(r"\band\b|还有|另外|以及", part, flags=re.I)
        if p.strip()
    ]
    joined: list[str] = []
    for piece in pieces:
        if joined and CHECK_ONLY.fullmatch(piece):
            # "…长护险也能免 真的假的": the check asks of the clause before it
            joined[-1] = f"{joined[-1]} {piece}"
        elif joined and not _asks(joined[-1]) and LEANS_BACK.search(joined[-1] + " | " + piece):
            # "我婆婆帮带孩子 她有啥", "if we have a 3rd later and … which kid gets the extra
            # 200": the question is of what the clause before it told
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


# A clause that only asks whether the one before is so ("真的假的", "是真的吗", "right?").
CHECK_ONLY = re.compile(
    r"\W*(?:真的假的|是真是假|真的吗|是真的吗|真的还是假的|是吗|对吗|对不对|是不是"
    r"|right|really|is that true)\W*",
    re.I,
)
# A clause that tells what the next one asks about: a condition ("if we have a 3rd later",
# "要是再生一个") before the question, or a person the next one points back to ("我婆婆帮带孩子
# | 她有啥", "my mum looks after them | does she get anything").
LEANS_BACK = re.compile(
    r"^\W*(?:also |and |so |but )?(?:(?:if|what if|suppose|say)\b|要是|如果|假如|万一|假设)"
    r"|\|\s*(?:那|那么)?(?:她|他|老人"
    r"|(?:(?:does|do|can|will|would|is|are|what does|what do|what can) )?"
    r"(?:it|she|he|they|which (?:kid|child|one))\b)",
    re.I,
)
# What there is, which one or who, put without a question mark ("她有啥", "他有什么",
# "哪个孩子多拿200").
BARE_WHAT = re.compile(r"有(?:啥|什么|没有|没)(?:补贴|政策|好处)?[吗呢]?\s*$|哪个|哪一个|哪位|谁")


def _asks(piece: str) -> bool:
    """Whether `piece` asks something (a question, where or how, whether it is paid by itself,
    whether it is too late, or what there is)."""
    return bool(
        QUESTION.search(piece)
        or CHECK_ONLY.search(piece.split()[-1] if piece.split() else piece)
        or ASKS.search(piece)
        or MINDING_ASKED.search(piece)
        or AUTOMATIC_ASKED.search(piece)
        or APPLY_ASKED.search(piece)
        or LATE_ASKED.search(piece)  # "现在申请晚不晚": too late to apply, a question of its own
        or absent_topics(piece)  # "is the 600 taxed": what neither plan says, a question of its own
        or BARE_WHAT.search(piece)
    )


# A figure asked for as money to get ("还能领那个600吗", "can they still get the 600").
FIGURE_GOT = re.compile(
    r"(?:能|可以)(?:领|拿)|能不能(?:领|拿)|领不领"
    r"|\b(?:can|could|do|does|will|would) (?:they|we|he|she|i|you|the \w+) (?:still |also )?get\b",
    re.I,
)


def _figure_put_back_of(part: str, city: str | None) -> Entry | None:
    """The measure, other than the monthly money, whose figure `part` puts back to confirm."""
    if city is None or not figures_checked(part)[0] or HEARSAY.search(part):
        return None
    found = measure_with_figure(part, city)
    return None if found is None or is_monthly_money(found) else found


# By when the measure under discussion must be done, naming none ("那最晚哪天办", "deadline?").
DEADLINE_ONLY = re.compile(
    r"最晚(?:哪天|什么时候|啥时候|几号)|截止(?:到)?(?:哪天|什么时候|啥时候)|期限(?:是)?(?:多久|哪天)"
    r"|\b(?:deadline|latest (?:date|day)|by when)\b",
    re.I,
)


def for_the_child(part: str, current: Entry | None) -> Entry | None:
    """The measure under discussion when `part` asks, naming no measure, whether one child of
    the family gets it ("还有老大能领吗" after the 600: the eldest's answer, Jinan clause 12 is
    for a 2nd or 3rd child; after the 200 more, the 600 it is paid with); None otherwise or
    when the measure is not given per child."""
    said = normalise(part)
    if current is None or not current.per_child:
        return None
    if not (CHILD_NAMED.search(said) and GETS_ASKED.search(said)):
        return None
    if is_monthly_money(current):  # the 200 more is paid with the 600: the 600 is asked of
        return monthly_subsidy(current.city) or current
    return current


# How much money is asked ("能领多少", "一个月多少钱", "How much do we get"): not days, a loan or
# a share.
MONEY_AMOUNT = re.compile(
    r"多少钱|(?:领|拿|给|发|补|有)\S{0,2}多少(?![天年月平万%])"
    r"|\bhow much\b(?![^.?!]{0,30}\b(?:leave|days?|loan|borrow|fund|rent|percent)\b)",
    re.I,
)
# Money named without its measure ("那老大有补贴吗", "does the eldest get any money?").
MONEY_SAID = re.compile(r"补贴|补助|钱|\b(?:subsidy|allowance|money|cash)\b", re.I)


def money_said(part: str, city: str | None) -> Entry | None:
    """The city's monthly money when `part` names money without its measure, else None."""
    return monthly_subsidy(city) if MONEY_SAID.search(normalise(part)) else None


def money_applied_in_parts(text: str, city: str | None, current: Entry | None) -> Entry | None:
    """The city's monthly money when one asking part of a message of several asks how or where
    it is claimed, or whether it comes without applying ("do I have to apply somewhere or is it
    automatic? and how long is my paternity leave", "600的要去哪申请还是自动发 我陪产假有几天"):
    the other parts' words (the leave, "几天") do not hide that part. None otherwise."""
    asking = asking_pieces(text)
    if len(asking) < 2:
        return None
    if (current is None or not is_monthly_money(current)) and any(
        MONEY_AMOUNT.search(p) for p in asking
    ):  # "How much do we get and is it automatic?": the money asked is what "it" is
        current = monthly_subsidy(city)
    return next(
        (m for p in asking if (m := money_to_apply_for(p, city, current)) is not None), None
    )


def money_amount_asked(text: str) -> bool:
    """Whether a part of `text` asks how much money the family gets ("能领多少", "How much do we
    get"), not how many days or how big a loan."""
    return any(MONEY_AMOUNT.search(p) for p in asking_pieces(text))


def asked_parts(
    text: str,
    city: str | None,
    lang: Lang,
    grandparent: bool = False,
    current: Entry | None = None,
    before: Entry | None = None,
) -> list[tuple[str, Entry]]:
    """The asking parts of `text` that name a measure, each with it (the first part naming it),
    in order; empty unless the message has two asking parts or more. `grandparent`: the
    citizen is the child's grandparent, and asking for oneself asks the grandparents' measure.
    `current`: the measure under discussion, whose application a part may ask without naming
    it ("or is it automatic?" after the 600: the monthly money's application, clause 12).
    `before`: the measure discussed before the message (else `current`), whose deadline a part
    asks naming none ("那最晚哪天办" after the newborn's insurance, Jinan clause 15)."""
    asking = pieces_with_lead(text)
    if len(asking) < 2:
        return []
    found: list[tuple[str, Entry]] = []
    previous = ""  # the asking part before, with what was told before it
    for lead, part in asking:
        told_before, previous = previous, f"{lead} {part}"
        # "老二住院报销是不是多5个点": named by its rate (Jinan clause 15's 5 percentage points)
        # "baby's own medical insurance, deadline to enrol?": the child's enrolment window
        # (Jinan clause 15), not the delivery costs the words also find (tester 74 c9); its name
        # said with the part when only the words before it named it
        enrolled = (
            child_enrolment_asked(normalise(f"{lead} {part}"), city) if city is not None else None
        )
        if enrolled is not None and child_enrolment_asked(normalise(part), city) is None:
            part = titled(enrolled, lang, part)
        entry = (
            enrolled
            or named_measure(part, city, lang)
            or rate_quoted(part, city, lang)
            # "他爸妈还能领那个600吗": the measure of the figure asked for (Jinan clause 12);
            # not one heard of ("听说济南每月600") or asked about otherwise ("is the 600 taxed")
            or (
                figure_named(part, city)
                if city is not None and FIGURE_GOT.search(part) and not HEARSAY.search(part)
                else None
            )
            # "买第一套 那就是90万对吧": the measure of the figure put back (Jinan clause 14);
            # the monthly money's own figure is the main answer's (they were getting 600 each)
            or _figure_put_back_of(part, city)
            # "以后送托儿所有补贴吗": the 400 a month to nurseries (Jinan clause 12), beside
            # another question (tester 127 p2 had it dropped twice)
            or (nursery_fees(normalise(part), city) if city is not None else None)
            # "另外济南坐公交小孩多高以下免费": only Beijing's plan has it (clause (12)); its
            # silence here is that part's answer (tester 128 p5 had it dropped twice)
            or (
                away[0]
                if city is not None
                and QUESTION.search(part)
                and not HEARSAY.search(part)  # "听说济南给老人交长护险": heard of, not asked
                and (away := named_only_elsewhere(normalise(part), city, []))
                else None
            )
        )
        # only a measure discussed before the message that the answer moved away from: "那最晚哪天
        # 办" asks the one before, "…and is there a deadline" after the 600 asks the 600's
        asked_of = before if before is not None and before != current else None
        if (
            entry is None
            and asked_of is not None
            and (DEADLINE_ONLY.search(part) or YEARS_ASKED.search(part))
        ):
            # "那最晚哪天办" after the newborn's insurance: its window (Jinan clause 15), its name
            # said with the part for it to be answered alone
            entry, part = asked_of, titled(asked_of, lang, part)
        if entry is None and city is not None and told_before and DEADLINE_ONLY.search(part):
            # "医保那个你还没说呢 | 最晚哪天办": the deadline of the measure the part before named
            # (tester 134 p5's grandmother had the newborn's window dropped twice)
            of_before = child_enrolment_asked(
                normalise(f"{told_before} {part}"), city
            ) or named_measure(f"{told_before} {part}", city, lang)
            if of_before is not None:
                entry, part = of_before, titled(of_before, lang, part)
        # "the rent thing, how do we withdraw? automatic?": a bare "automatic?" after another
        # measure named asks of that one, not of the money discussed before (tester 50 e09)
        at = text.find(part)
        before = (
            named_measure(normalise(text[:at]), city, lang) if entry is None and at > 0 else None
        )
        on_other = (  # "生完能不能马上领钱" after the leave: the money's, by its own word
            before is not None and not is_monthly_money(before) and not MONEY_WORDS.search(part)
        )
        applied = None if on_other else money_to_apply_for(part, city, current)
        if applied is not None and (entry is None or is_monthly_money(entry)):
            entry = applied  # the part asked again alone is its application (same topic)
        if entry is None and nothing_left_asked(part, current, None):
            entry = topic_meant(current, city)  # "so they get nothing anymore?" of the 600
        if entry is None:
            entry = for_the_grandparent(part, city, grandparent)
            if entry is None and (MONEY_START.search(part) or MONEY_END.search(part)):
                entry = monthly_subsidy(city)
            if entry is not None:  # its name said with it, for the part to be answered alone
                part = titled(entry, lang, part)
            elif (child := for_the_child(part, money_said(part, city) or current)) is not None:
                entry = child  # "老大能领吗": the measure discussed, asked of that child
                # "my eldest (6)": the age says who is meant, no figure of a measure (the 6
                # months of clause 15's insurance gave tester 50 e07 a second "No." block)
                said_of = re.sub(r"\s{2,}", " ", AGE_BY_NAME.sub(r"\1 ", part))
                part = titled(entry, lang, said_of, "" if lang == "zh" else ", ")
            elif (
                (lead or not follows_up(part)) and not HEARSAY.search(part)
            ) and (  # "托育机构有补贴吗 一个月多少": how much of that one, not the 600
                described := described_measure(lead, part, city, lang)
            ) is not None:
                entry, part = described
        if entry is not None and all(
            (entry.id, aspect(part, city, current)) != (e.id, aspect(p, city, current))
            for p, e in found
        ):
            found.append((part, entry))
    return found


# A part saying which question was meant ("我问的是钱", "I meant the money").
SAID_MEANT = re.compile(r"我(?:问|说)的是|\bi (?:meant|asked|was asking)\b", re.I)
# A child's age said in a part ("三岁半那个", "the 3 year old"): no figure of a measure.
AGE_SAID = re.compile(r"\d+\s*(?:岁半?|周岁)|\b\d+\s*(?:years? old|yo|y/o)\b", re.I)


# A part that tells what was heard or held up as the example, asking nothing of its own ("听说
# 济南每月600", "heard jinan pays 600").
HEARSAY = re.compile(
    r"听说|据说|好像|听人说|\bheard\b|\bi hear\b|\blike (?:in )?(?:jinan|beijing)\b", re.I
)


# A part that only opens a subject the next part asks of ("那上学呢 三个孩子能一个学校吗", "what
# about school? can the three go to one school"): no question of its own.
BARE_OPENER = re.compile(
    r"^\W*(?:那|那么)?[\u4e00-\u9fff]{1,5}呢\W*$|^\W*(?:and )?what about(?: \w+){1,2}\W*$", re.I
)


def described_measure(
    lead: str, part: str, city: str | None, lang: Lang
) -> tuple[Entry, str] | None:
    """The measure a part asks about by what it is, not by its name ("能优先进普惠园吗" after
    "老三明年上幼儿园": Jinan clause 13's kindergarten priority; "生孩子的钱能报吗": the delivery
    costs; "loan cap for 1st home?": clause 14's loan ceiling), with the part to answer alone.
    A measure only another city's plan has ("公积金贷款能多贷吗" of a Beijing family) is that
    one, and the part stays as said, for the answer to say the family's plan has none. None when
    the part names nothing clearly (tester 57 c05, c07, h1, h2 heard only the named part)."""
    from actions.answers import only_elsewhere  # answers imports this module

    if city is None or BARE_OPENER.search(part):
        return None
    if SAID_MEANT.search(part):
        return None  # "我问的是钱": which question was meant, the answer's own
    said = AGE_SAID.sub(" ", f"{lead} {part}").strip()  # "3岁半那个": a child, not a figure
    entry = asked_measure(said, city, lang)
    if (
        entry is not None
        and entry.city == city
        and not is_monthly_money(entry)  # money by its bare word: the parts' own reading
        and (bool(lead) or not found_by_search_only(said, entry))
    ):  # "老三明年上幼儿园 能优先进普惠园吗": clause 13's priority, what the clause told before
        # the question makes clear; a bare part found by the search alone is only its guess
        return entry, titled(entry, lang, said)
    there = only_elsewhere(part, city) if QUESTION.search(normalise(part)) else []
    return (there[0], part) if there else None


def aspect(part: str, city: str | None, current: Entry | None) -> str:
    """What a part asks of its measure: "apply" (how or where it is claimed, whether it comes
    by itself), "child:<the child>" (whether a child named gets it: "那老大有补贴吗"), else "".
    Two parts asking two of these of one measure ("那老大有补贴吗 怎么申请啊", Jinan clause 12)
    are two questions, each answered (tester 50 c01 heard only the application's)."""
    if money_to_apply_for(part, city, current) is not None:
        return "apply"
    # the child named with it: "那老二现在能领吗 | 老三能领多少" are two questions (tester 136 p6)
    named = CHILD_NAMED.search(normalise(part))
    return f"child:{named.group(0).strip(chr(0x2060))}" if named else ""


def children_in_reply(part: str, said: str, count: int) -> bool:
    """Whether the reply `said` speaks of each child the part asks about by birth order
    ("老大" → "第1个孩子", "the eldest" → "child 1"); True when it names none."""
    from actions.results import asked_children  # results imports this module's neighbours

    low = said.lower()
    return all(f"第{n}个孩子" in said or f"child {n}" in low for n in asked_children(part, count))


def _answered(entry: Entry, events: list[EventType], said: str) -> bool:
    """Whether the answer given is about `entry`: it made `entry` the topic, or the monthly
    money when `entry` is money of the same clause (the 600 and its 200 more, Jinan clause 12,
    are answered together), or names its title. Another measure of the same clause is not
    answered by it: Beijing's clause (12) holds the leave and the maternity insurance, and
    tester 57 c07 heard only the leave."""
    entries = catalogue().entries
    topics = [
        entries[str(e.get("value"))]
        for e in events
        if e.get("name") == TOPIC_SLOT and str(e.get("value")) in entries
    ]
    return (
        any(
            t.id == entry.id
            or (
                (t.city, t.clause) == (entry.city, entry.clause)
                and is_monthly_money(t)
                and is_monthly_money(entry)
            )
            for t in topics
        )
        or entry.title.zh in said
        or entry.title.en.lower() in said.lower()
    )


def left_out(
    text: str,
    city: str | None,
    lang: Lang,
    events: list[EventType],
    said: str,
    grandparent: bool = False,
    current: Entry | None = None,
    children: int = 0,
    before: Entry | None = None,
) -> list[tuple[str, Entry]]:
    """The parts of `text` naming a measure the answer (`events`, the replies `said`) left out,
    each with its measure; the monthly money's application is left out unless the answer says
    the plan gives none, and a part asking of a child (of the family's `children`) unless the
    answer names that child."""
    parts = asked_parts(text, city, lang, grandparent, current, before)
    applied = money_applied_in_parts(text, city, current)
    return [
        (p, e)
        for p, e in parts
        if not _answered(e, events, said)
        or (
            applied is not None
            and e.id == applied.id
            and aspect(p, city, current) == "apply"
            and not NO_PROCEDURE_SAID.search(said)
        )
        or (
            aspect(p, city, current).startswith("child")
            # the title put before the part (二孩三孩…) names no child asked about
            and not children_in_reply(p.replace(e.title.get(lang), " "), said, children)
        )
    ][:MAX_PARTS]


def figure_confirmed(text: str, entry: Entry, lang: Lang) -> bool:
    """Whether a part of `text` naming `entry` puts back one of its own figures to be confirmed
    ("我产假158天是吧" of maternity leave's 158 days, Jinan clause 11)."""
    for sentence in re.split(r"(?<=[?？吧吗])\s*|\s+(?=[\u4e00-\u9fff])", normalise(text)):
        piece = sentence.strip()
        if not piece or named_measure(piece, entry.city, lang) != entry:
            continue
        if checked_figure(entry, piece):
            return True
    return False


def with_confirmation(answer: str, text: str, entry: Entry, lang: Lang) -> str:
    """`answer` opened with 对 / "Yes." when the message puts back a figure of `entry` that is
    its own ("那我老公陪产假几天 我产假158天是吧 …": 对, 158天), unless it opens with a verdict;
    a measure paid to others than families asked as theirs ("托育机构每月补400那个是给俺们家的吗")
    opens with that No (Jinan clause 12's 400 goes to the institutions; tester 78 c10)."""
    theirs = render.not_for_families(entry, lang) if render.FOR_US.search(text) else None
    if theirs is not None and not answer.startswith(("不是", "No")):
        return theirs + "\n" + answer
    if not figure_confirmed(text, entry, lang):
        return answer
    if answer.startswith(("对", "不对", "是的", "Yes", "Right", "No", "不是")):
        return answer
    others = render.paid_to_others(entry, lang)
    if others is not None:  # "送托育班是不是每月还补400": the figure is the plan's, but it is
        # the institutions' money, never a "对" to a family (tester 72 c3, Jinan clause 12)
        head = t(lang, "数额是这个，但", "That is the figure, but ")
        rest = answer.replace(others, "").strip()
        return head + lower_first(others) + ("\n" + rest if rest else "")
    return t(lang, "对。", "Yes. ") + answer


def money_answered(events: list[EventType]) -> Entry | None:
    """The monthly money an answer made the topic (`events`), or None."""
    entries = catalogue().entries
    made = [
        entries[str(e.get("value"))]
        for e in events
        if e.get("name") == TOPIC_SLOT and str(e.get("value")) in entries
    ]
    return made[-1] if made and is_monthly_money(made[-1]) else None


def answered_city(events: list[EventType]) -> str | None:
    """The one city of the measures an answer made the topic (`events`): with no city named
    or kept (a hotline worker's "产假多少天 公积金贷款最多多少" answered from Jinan's plan, the
    only one with the loan), the other parts are that city's, not another plan's."""
    entries = catalogue().entries
    cities = {
        entries[str(e.get("value"))].city
        for e in events
        if e.get("name") == TOPIC_SLOT and str(e.get("value")) in entries
    }
    return cities.pop() if len(cities) == 1 else None


# The plan's no to what grandparents get (actions/grandparents.py's opening line).
GRANDPARENTS_NONE = re.compile(r"方案里没有直接给祖父母|plan has nothing for grandparents")


def _names_grandparents_measure(part: str) -> bool:
    """Whether `part` names a city's measure for grandparents ("济南那种长护险北京有吗")."""
    said = normalise(part)
    return any(
        (mine := named_entry(GRANDPARENTS_MEASURE, city)) is not None
        and named_entry(said, city) == mine
        for city in CITIES
    )


def _other_city_what_if(tracker: Tracker, text: str) -> bool:
    """Whether `text` asks another city's money supposing the hukou moved there, itself or
    as the follow-up of such a message (other_city_money.what_if_carried)."""
    from actions.answers import other_city_text  # answers imports this module
    from actions.other_city_money import asked_of_other_city

    asked = asked_of_other_city(dict(tracker.slots), other_city_text(tracker, text))
    return asked is not None and asked[1]


def each_part_answered(run: Run) -> Run:
    """An answer's run that goes on to answer each part of the message it left out."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, *rest: Any
    ) -> list[EventType]:
        from actions.answers import with_slots, with_text  # answers imports this module
        from actions.hotline import hotline_city, in_hotline  # hotline imports answers' kin

        text = str(tracker.latest_message.get("text") or "")
        # a caller's city on the hotline ("来电 北京 … 公积金贷款能多贷吗"), not the last family's
        city = hotline_city(tracker) if in_hotline(tracker) else context_city(tracker)
        lang = reply_language(tracker)
        grandparent = grandparent_speaking(tracker)
        mine = for_the_grandparent(text, city, grandparent) if grandparent else None
        if (
            mine is not None
            and not asks_for_grandparents(normalise(text))
            and (named_measure(text, city, lang) is None)
        ):  # "我带孩子有没有啥补贴" from a grandmother: the grandparents' measure (clause 15)
            tracker = with_text(tracker, titled(mine, lang, text, " "))
        start = len(dispatcher.messages)
        events = await run(self, dispatcher, tracker, *rest)
        if any(e.get("event") == "followup" for e in events):
            return events  # the form goes on and answers the question for the family
        said = "\n".join(str(m.get("text") or "") for m in dispatcher.messages[start:])
        if not said:
            return events
        current = before = topic(tracker)
        now = money_answered(events)
        if now is not None and (current is None or not is_monthly_money(current)):
            # "老三一共能拿多少 28800对吗 现在去申请还来得及吗" after the rent withdrawal: the money
            # the answer confirmed is what "申请" asks of (Jinan clause 12)
            current = now
            tracker = with_slots(tracker, **{TOPIC_SLOT: now.id})
        family = tracker.get_slot("children") or tracker.get_slot("children_partial") or []
        city = city or answered_city(events)
        from actions.loan_case import row_follow_up  # loan_case reads this module's kin

        if row_follow_up(tracker, text, lang) is not None:
            return events  # "ok so 1 million right? and for 2 kids?": the row said covers it
        from actions.answers import family_window  # answers imports this module

        if family_window(tracker, text, lang) is not None:
            return events  # "is it too late … where do we go": the window and the how-to
        if _other_city_what_if(tracker, text):
            return events  # "那失业金那200呢 俩孩子加一块一个月多少" after a move supposed: the
            # what-if's sums answer it, never the family's own plan's no (tester 88 c5)
        left = left_out(text, city, lang, events, said, grandparent, current, len(family), before)
        named = mentioned_city(text)
        if named is not None and named != city:
            # "你没回答我 北京那边 闺女家的二胎 有育儿补贴吗 多少" of a Jinan family: the part
            # naming no city is of the city named before it, never the family's 600 (tester
            # 105 p4)
            left = [(p, e) for p, e in left if e.city == named or mentioned_city(p) is not None]
        if GRANDPARENTS_NONE.search(said):  # "…爷爷奶奶能有啥补贴不 济南那种长护险北京有吗":
            # the plan's no to the grandparents answered that part too (tester 51 c02 then got
            # clause (16)'s families who lost their only child as Beijing's "long-term care")
            left = [(part, e) for part, e in left if not _names_grandparents_measure(part)]
        asked = (
            [p for p, _ in asked_parts(text, city, lang, grandparent, current, before)]
            if left
            else []
        )
        answered_at = min(
            (i for i, p in enumerate(asked) if p not in [part for part, _ in left]), default=0
        )
        for part, entry in left:
            # a part asked before the one the answer took is answered before it ("老三明年上幼儿园
            # 能优先进普惠园吗 俺俩还能休育儿假不": the kindergarten first, then the leave)
            first = (
                part in asked
                and asked.index(part) < answered_at
                and not BARE_OPENER.search(part)  # "那上学呢 …": the answer's own lead-in
            )
            at = len(dispatcher.messages)
            if city is not None and entry.city != city:
                # "公积金贷款能多贷吗" of a Beijing family: its plan says nothing of it, the
                # other plan's measure named as that plan's (Jinan clause 14), said once
                dispatcher.utter_message(text=render.not_in_plan(city, [entry], lang, part))
                more: list[EventType] = []
            else:
                more = await run(self, dispatcher, with_text(tracker, part), *rest)
                if any(e.get("event") == "followup" for e in more):
                    break
            if first:
                moved = dispatcher.messages[at:]
                del dispatcher.messages[at:]
                dispatcher.messages[start:start] = moved
                start += len(moved)
            events = [*more, *events] if first else [*events, *more]  # the last asked: the topic
        return events

    return cast(Run, wrapped)


# The citizen saying a part of their question went unanswered ("幼儿园的事呢 你没说", "you
# didn't answer the kindergarten part", "what about the loan, you skipped it").
NOT_SAID = re.compile(
    # not the plan's silence ("没说要住在济南吧"): the reply's, said to it or ending the message
    r"你(?:还)?没(?:有)?(?:说|回答|答|讲|提)|(?:还)?没(?:有)?(?:说|回答|答|讲|提)(?:呢|啊|呀|吧)?\s*$"
    r"|漏(?:了|掉)|没回我|没告诉我"
    r"|\byou (?:didn'?t|did not|never) (?:answer|say|mention|tell|cover|reply)"
    r"|\byou (?:missed|skipped|forgot|left out)\b|\b(?:not|never) answered\b",
    re.I,
)
# The words of such a complaint that name no subject.
COMPLAINT_WORDS = re.compile(
    NOT_SAID.pattern
    + r"|的事(?:情|儿)?|那个|这个|问题|部分|呢|吗|啊|呀|吧|那|我问的|刚才|还有|[的了]"
    + r"|\b(?:what|about|the|part|question|bit|one|thing|that|it|me|my|and|too|also|pls|please)\b",
    re.I,
)


def part_not_answered(tracker: Tracker) -> str | None:
    """The part of the citizen's message before this one that a complaint ("幼儿园的事呢 你没
    说") points to, with the clause told before it ("老三明年上幼儿园 能优先进普惠园吗"), to be
    answered now; the complaint's own words when no part of that message has them; None when
    the message is no such complaint (tester 57 c05 got "抱歉，我没太明白")."""
    text = str(tracker.latest_message.get("text") or "")
    said = normalise(text)
    if not NOT_SAID.search(said):
        return None
    subject = COMPLAINT_WORDS.sub(" ", said).strip(" ,，。.!！?？")
    if not subject:
        return None
    users = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
    before = users[-2] if len(users) > 1 else ""
    words = (
        [subject[i : i + 2] for i in range(len(subject) - 1) if not subject[i : i + 2].isspace()]
        if re.search(r"[\u4e00-\u9fff]", subject)
        else [w for w in re.findall(r"[a-z]{4,}", subject.lower())]
    )
    for lead, piece in pieces_with_lead(before):
        asked = f"{lead} {piece}".strip()
        if any(w in asked.lower() for w in words):
            return asked
    return subject
