"""Money another plan pays for a child on a subject the family's plan only handles as a
formality: "孩子医保有没有补贴" in Beijing. Jinan's clause 15 pays a 2nd or 3rd child's resident
medical insurance contribution; Beijing's plan has no such subsidy, its clause (4) only handles
the child's insurance enrolment jointly with the birth registration. The answer is the no (or
the 对 to "那就是说北京孩子医保没补贴 要自己交 对吧"), what the family's plan does say on the
subject with its clause, that it is silent on the money and whom it names for it, and the other
plan's measure as that city's only; never "能。" from the formality the family may use (tester 48
c06, c03; tester 47 c06). All of it comes from policy_kb: which measures pay and for whom, their
shared synonyms, summaries, clauses and departments."""

import re

from actions.headline import MONEY_KINDS, MUST_PAY, YES_NO
from actions.side_questions import measure_terms
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
    r"|财政|subsid|\bfree\b|\bpaid for\b|\bpay\b|\bcost|\bcovered\b|allowance",
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
    r"没有?(?:这个|这种|啥|什么)?(?:补贴|补助|补)|不补|不给补|不免费|不是免费|[要得需]自己[交缴出掏付]"
    r"|\bno (?:subsid\w*|help|money)\b|\bnot (?:free|covered|subsid\w*|paid)\b"
    r"|\bisn'?t (?:free|covered|subsid\w*|paid)\b|\bpay (?:it |for it )?(?:ourselves|myself)\b"
    r"|\bon our own\b",
    re.I,
)
MIN_SHARED = 2  # characters (Chinese) a sentence shares with the other plan's measure, per run


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

    said = normalise(without_city(text))
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
    insurance?"); None when no money is asked ("孩子医保怎么办": the formality's own answer)."""
    if not MONEY_WORDS.search(normalise(text)):
        return None
    return paid_only_elsewhere(text, city)


def _opening(text: str, lang: Lang) -> str:
    """对 / 不对 to a premise put back, 不能 to a yes/no about the money, nothing to a question
    about paying (the plan says nothing of the contribution itself)."""
    said = normalise(text)
    if CHECKING.search(said):
        right = bool(NO_MONEY_SAID.search(said))
        return t(lang, "对。" if right else "不对。", "Right. " if right else "No. ")
    if MUST_PAY.search(said) and not re.search(r"免费|free", said, re.I):
        return ""
    if YES_NO.search(said) or re.search(r"\?|？", said):
        return t(lang, "不能。", "No. ")
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
                f"{opening}{here}方案没有给孩子的这类补贴，缴费由谁负担、交多少，方案都没有写。",
                f"{opening}The {here} plan has no such subsidy for the children; it says "
                "nothing about who pays the contribution or how much it is.",
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


def split_money_elsewhere(
    text: str, city: str | None, lang: Lang
) -> tuple[tuple[Entry, Entry], str] | None:
    """The money asked about another plan's subject and the rest of the message that asks
    about another measure ("do the twins get free medical insurance or anything? and how many
    days leave does my husband get": the insurance, then "how many days leave does my husband
    get"); None when no part asks it."""
    from actions.focus import asked_measure  # focus imports this module's neighbours

    pieces = [piece.strip() for _, piece in clauses(normalise(text)) if piece.strip()]
    found = next(
        (f for f in (asks_money_elsewhere(p, city) for p in pieces) if f is not None), None
    ) or asks_money_elsewhere(text, city)
    if found is None or len(pieces) < 2:
        return None if found is None else (found, "")
    rest = []
    for piece in pieces:
        other = asked_measure(piece, city, lang)
        if (
            other is not None
            and other.id not in {found[0].id, found[1].id}
            and not MONEY_WORDS.search(piece)
            and paid_only_elsewhere(piece, city) is None
        ):
            rest.append(piece)
    return found, " ".join(rest)
