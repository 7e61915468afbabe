"""Money another plan pays for a child on a subject the family's plan only handles as a
formality: "孩子医保有没有补贴" in Beijing. Jinan's clause 15 pays a 2nd or 3rd child's resident
medical insurance contribution; Beijing's plan has no such subsidy, its clause (4) only handles
the child's insurance enrolment jointly with the birth registration. The answer is the no (or
the 对 to "那就是说北京孩子医保没补贴 要自己交 对吧"), what the family's plan does say on the
subject with its clause, that it is silent on the money and whom it names for it, and the other
plan's measure as that city's only; never "能。" from the formality the family may use (tester 48
c06, c03; tester 47 c06). All of it comes from policy_kb: which measures pay and for whom, their
shared synonyms, summaries, clauses and departments."""

import functools
import re
from typing import Any, cast

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.headline import HAVE_ASKED, MONEY_KINDS, MUST_PAY, YES_NO
from actions.language import reply_language
from actions.no_cash import NONE_PUT_BACK
from actions.side_questions import context_city, measure_terms
from actions.turn import Run
from policy_kb import InputError
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry
from policy_kb.search import search
from policy_kb.text import Lang
from understanding.text import clauses, normalise
from wording.cities import CITIES, city_name
from wording.entitlements import clause_refs
from wording.language import t

# Money asked about the subject: a subsidy, for free, who pays the contribution.
MONEY_WORDS = re.compile(
    r"补贴|补助|给不给补|补不补|补吗|免费|不要钱|要钱|不用[交缴]|[交缴掏花]钱|缴费|自己[交缴出掏付]"
    r"|财政|全免|免[交缴费]|减免|[谁钱](?:来)?[出交缴付掏]|花钱|给报|报销"
    r"|subsid|\bfree\b|\bpaid for\b|\bpay\b|\bcost|\bcovered\b|allowance|\bhelp with\b",
    re.I,
)
# A statement put back for checking ("…对吧", "你就说对不对", "…, right?").
CHECKING = re.compile(
    r"对吧|对不对|对吗|对么|是吧|是不是|没错吧|是这样吗|是这样吧|就说对|"
    r"\bright\b\W*$|\bcorrect\b|\bisn'?t it\b|\bis that (?:so|true)\b|\byes or no\b",
    re.I,
)
# The premise checked is that there is no such money ("没补贴 要自己交", "we pay it ourselves").
NO_MONEY_SAID = re.compile(
    r"没有?(?:这个|这种|啥|什么)?(?:补贴|补助|补)|不补|不给补|不免费|不是免费|自己[交缴出掏付]"
    r"|\bno (?:subsid\w*|help|money)\b|\bnot (?:free|covered|subsid\w*|paid)\b"
    r"|\bisn'?t (?:free|covered|subsid\w*|paid)\b|\bpay\b.{0,40}\b(?:ourselves|myself)\b"
    r"|\bon our own\b|\bout of (?:our|my) (?:own )?pocket\b",
    re.I,
)
MIN_SHARED = 2  # characters (Chinese) a sentence shares with the other plan's measure, per run
BARE_CHARACTERS = 2  # left of a Chinese yes/no about money: "有补贴吗" → 有
BARE_WORDS = 2  # left of an English one: "any subsidy?" → any


def _gives_child_money(entry: Entry) -> bool:
    """A measure that pays, per child, something the family would otherwise pay (Jinan clause
    15's contribution) or a sum to the family."""
    return entry.kind in MONEY_KINDS and entry.per_child and bool(entry.parameters)


def _formality_here(city: str, paid: Entry) -> Entry | None:
    """`city`'s measure on the same subject as `paid` that pays nothing: one of another kind
    sharing a synonym with it (Beijing (4)'s joint enrolment, named 孩子医保 like Jinan 15), or
    None when `city`'s plan has none, or has money of that kind per child itself."""
    entries = [e for e in catalogue().entries.values() if e.city == city]
    if any(e.kind == paid.kind and e.per_child and e.parameters for e in entries):
        return None
    words = {w.casefold() for w in [*paid.synonyms.zh, *paid.synonyms.en]}
    return next(
        (
            e
            for e in entries
            if e.kind not in MONEY_KINDS
            and words & {w.casefold() for w in [*e.synonyms.zh, *e.synonyms.en]}
        ),
        None,
    )


def _hits(text: str, city: str) -> list[tuple[Entry, float]]:
    try:
        return [(h.entry, h.score) for h in search(text, city=city, limit=3)]
    except InputError:
        return []


def paid_only_elsewhere(text: str, city: str | None) -> tuple[Entry, Entry] | None:
    """(the other plan's money, `city`'s formality) when `text` asks about the subject of money
    only another plan pays per child, which `city`'s plan handles only as a formality; None for
    any other question (坐地铁免费吗 in Beijing: its own free rides, (12))."""
    if city not in CITIES:
        return None
    from actions.focus import without_city  # focus imports this module's neighbours

    # "…, right?" put back for checking is no subject (it found Beijing's women's rights)
    said = CHECKING.sub(" ", normalise(without_city(text)))
    if not said.strip():
        return None
    for other in CITIES:
        if other == city:
            continue
        found = _hits(said, other)
        if not found or not _gives_child_money(found[0][0]):
            continue
        paid, score = found[0]
        formality = _formality_here(city, paid)
        if formality is None:
            continue
        here = _hits(said, city)
        # every measure of `city` the question matches better is its formality: the question
        # is about that subject, not another of `city`'s measures (its free rides, its leave)
        before = [e for e, s in here if s > score and e.id != formality.id]
        ahead = next((i for i, (e, _) in enumerate(here) if e.id == formality.id), None)
        if before or (here and ahead is None and here[0][1] > score):
            continue
        return paid, formality
    return None


def asks_money_elsewhere(text: str, city: str | None) -> tuple[Entry, Entry] | None:
    """`paid_only_elsewhere` for a question about the money on that subject: a subsidy, for
    free, paying the contribution ("孩子医保有没有补贴", "do the twins get free medical
    insurance?"), or naming the other plan's measure in words `city`'s plan never uses ("what
    about insurance for the twins"); None otherwise ("孩子医保怎么办": the formality's own
    answer)."""
    if MONEY_WORDS.search(normalise(text)):
        return paid_only_elsewhere(text, city)
    from actions.focus import named_only_elsewhere  # focus imports this module's neighbours

    found = paid_only_elsewhere(text, city)
    if found is not None and found[0] in named_only_elsewhere(normalise(text), city, []):
        return found  # "what about insurance for the twins": named as only the other plan has it
    return None


def _opening(text: str, lang: Lang) -> str:
    """对 / 不对 to a premise put back, 不能 to a yes/no about the money, nothing to a question
    about paying (the plan says nothing of the contribution itself)."""
    said = normalise(text)
    if CHECKING.search(said):
        right = bool(NO_MONEY_SAID.search(said))
        return t(lang, "对。" if right else "不对。", "Right. " if right else "No. ")
    if MUST_PAY.search(said) and not re.search(r"免费|free", said, re.I):
        return ""
    # a yes/no told of someone ("asks if there's subsidy for the kid's medical insurance")
    reported = re.search(
        r"\b(?:asks?|asking|wants? to know|wonders?|wondering) (?:if|whether)\b", said
    )
    if YES_NO.search(said) or reported or re.search(r"\?|？|(.)不\1", said):  # 补不补
        # "有没有补贴": 没有 (tester 50 P24)
        return t(lang, "没有。" if HAVE_ASKED.search(said) else "不能。", "No. ")
    return ""


def _shared(sentence: str, words: list[str], lang: Lang) -> int:
    """How much of `sentence` is said in `words`: runs of two characters in Chinese, words of
    five letters or more in English."""
    terms = " ".join(term.casefold() for term in words)
    low = sentence.casefold()
    if lang == "zh":
        runs = {low[i : i + MIN_SHARED] for i in range(len(low) - MIN_SHARED + 1)}
        return sum(1 for r in runs if re.fullmatch(r"[\u4e00-\u9fff]{2}", r) and r in terms)
    return sum(1 for w in set(re.findall(r"[a-z]{5,}", low)) if w in terms)


def _on_the_subject(formality: Entry, paid: Entry, lang: Lang) -> str:
    """The sentence of the formality's summary on the subject of the money (Beijing (4): the
    joint handling of the insurance enrolment, not the registration system)."""
    sentences = [
        s.strip()
        for s in re.split(r"(?<=[。；])|(?<=\.)\s+", formality.summary.get(lang))
        if s.strip()
    ]
    title, terms = [paid.title.get(lang)], measure_terms(paid)
    return max(sentences, key=lambda s: (_shared(s, title, lang), _shared(s, terms, lang)))


def money_elsewhere_answer(text: str, paid: Entry, formality: Entry, lang: Lang) -> str:
    """The answer: the opening (对 / 不能 / none), that the plan has no such money for the
    child, what it says on the subject with its clause, its silence and the department it names
    for that measure (or that it names none), and the other plan's measure as that city's."""
    here = city_name(formality.city, lang)
    there = city_name(paid.city, lang)
    leads = [d.get(lang) for d in department_names(formality.departments.lead)]
    lead = (
        t(lang, f"牵头部门：{'、'.join(leads)}。", f"Lead department: {', '.join(leads)}.")
        if leads
        else t(lang, "方案未指明负责部门。", "It names no responsible department.")
    )
    refs = t(lang, "；", "; ").join(
        clause_refs([(s.document, s.clause) for s in formality.sources], lang)
    )
    opening = _opening(text, lang)
    return "\n".join(
        [
            t(
                lang,
                f"{opening}{here}方案没有给孩子的这类补贴，这笔钱由谁出、出多少，方案都没有写。",
                f"{opening}The {here} plan has no such subsidy for the children; it does not "
                "say who pays or how much.",
            ),
            t(
                lang,
                f"{here}方案在这方面只有第{formality.clause}条“{formality.title.zh}”："
                f"{_on_the_subject(formality, paid, lang)}{lead}",
                f"On this subject the {here} plan has only clause {formality.clause}, "
                f"{formality.title.en}: {_on_the_subject(formality, paid, lang)} {lead}",
            ),
            t(lang, "依据：", "Source: ") + refs,
            t(
                lang,
                f"（“{paid.title.zh}”是{there}方案第{paid.clause}条的规定，只适用于{there}。）",
                f'("{paid.title.en}" is {there}\'s plan, clause {paid.clause}; it applies in '
                f"{there} only.)",
            ),
        ]
    )


def _bare(piece: str) -> bool:
    """A piece that is only a yes/no about money ("有补贴吗", "any subsidy?"): it asks about the
    subject the message names elsewhere."""
    from actions.headline import YES_NO_WORDS  # the words of a yes/no, 有没有 and 吗

    left = MONEY_WORDS.sub("", YES_NO_WORDS.sub("", piece))
    left = re.sub(r"[^\w\u4e00-\u9fff]+", " ", left).strip()
    if re.search(r"[\u4e00-\u9fff]", piece):
        return len(left.replace(" ", "")) <= BARE_CHARACTERS
    return len(left.split()) <= BARE_WORDS


def split_money_elsewhere(
    text: str, city: str | None, lang: Lang
) -> tuple[tuple[Entry, Entry], str, str] | None:
    """The money asked about another plan's subject, the part of the message that asks it and
    the rest, which asks about other measures ("do the twins get free medical insurance or
    anything? and how many days leave does my husband get": the insurance, then "how many days
    leave does my husband get"; "we don't get any monthly money in beijing?" beside it is the
    monthly money's); None when no part asks it."""
    from actions.focus import MONEY_ASKED, asked_measure  # focus imports this module's neighbours

    pieces = [piece.strip() for _, piece in clauses(normalise(text)) if piece.strip()]
    found = next(
        (f for f in (asks_money_elsewhere(p, city) for p in pieces) if f is not None), None
    ) or asks_money_elsewhere(text, city)
    if found is None:
        return None
    rest: list[str] = []
    for piece in pieces if len(pieces) > 1 else []:
        if NONE_PUT_BACK.search(piece) and asks_money_elsewhere(piece, city) is None:
            # "北京就是说现在没有钱领对吧 那孩子上医保有补贴没": the no money put back is its own
            # part (对, clause (12)), not the 对/不对 of the insurance (tester 49 c03 got 不对)
            rest.append(piece)
            continue
        if rest and NONE_PUT_BACK.search(rest[-1]) and CHECKING.fullmatch(piece.strip(" ?？")):
            rest[-1] = f"{rest[-1]}, {piece.strip()}?"  # "…no money now, right?": its own mark
            continue
        if asks_money_elsewhere(piece, city) is not None or _bare(piece):
            continue
        if paid_only_elsewhere(piece, city) == found:
            continue
        other = asked_measure(piece, city, lang)
        if (other is not None and other.id not in {found[0].id, found[1].id}) or (
            MONEY_ASKED.search(piece)
        ):
            rest.append(piece)
    mine = normalise(text)
    for piece in rest:  # the part asking the money, its marks kept ("…or anything?")
        mine = re.sub(re.escape(piece) + r"\s*[?？!！.,，。;；]*", " ", mine)
    return found, mine.strip(" ,.;，。；"), " ".join(rest)


def answers_money_elsewhere(run: Run) -> Run:
    """Decorates an action's `run` that reads the facts of a message (a correction: "she's
    about 1.2m i think. we dont get any monthly money in beijing? and what about insurance for
    the twins"): when its reply left out a part asking about money only another plan pays,
    that part's answer follows (tester 48 c03 had the insurance ignored)."""

    @functools.wraps(run)
    async def wrapped(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, *rest: Any
    ) -> list[EventType]:
        start = len(dispatcher.messages)
        events = await run(self, dispatcher, tracker, *rest)
        if any(e.get("event") == "followup" for e in events):
            return events  # the action handed on answers it (the form, after the facts)
        lang = reply_language(tracker)
        text = tracker.latest_message.get("text") or ""
        found = split_money_elsewhere(text, context_city(tracker), lang)
        if found is None:
            return events
        (paid, formality), mine, _ = found
        if tracker.get_slot("hukou_city") == paid.city:
            return events  # the plan of the family's own hukou, answered from it (tester 69 c9)
        answer = money_elsewhere_answer(mine, paid, formality, lang)
        said = "\n".join(str(m.get("text") or "") for m in dispatcher.messages[start:])
        if answer.split("\n")[1] not in said:
            dispatcher.utter_message(text=answer)
        return events

    return cast(Run, wrapped)
