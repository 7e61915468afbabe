"""What the money paid on top for a birth on benefits rests on, asked as a rule ("低保户加发200是
看生孩子的时候还是申请的时候 失业金算不算", "is it the status at birth or when we apply? does
unemployment benefit count?"): Jinan clause 12 pays the 200 for a birth during the minimum
subsistence guarantee, special hardship support or unemployment insurance benefits, so the time
of the birth decides, and each of those three benefits counts. The benefits a clause names are
read from its summary in the knowledge base; nothing here names a figure (tester 53 c6 heard only
"600+200=800" again)."""

import re

from actions.focus import named_entry
from actions.supplement import supplement_entry
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.entitlements import clause_refs
from wording.language import t

# Which time decides, asked: the birth or the application (or now).
BASIS_ASKED = re.compile(
    r"(?:生孩子|出生|生育|生的|生娃)[^，,。?？]{0,4}还是[^，,。?？]{0,4}(?:申请|现在|领|办)"
    r"|(?:申请|现在|办)[^，,。?？]{0,4}还是[^，,。?？]{0,4}(?:生孩子|出生|生育|生的)"
    r"|\b(?:at|when|on) (?:the )?(?:birth|born)\b[^?]{0,20}\bor\b[^?]{0,20}\b(?:apply|applying|now"
    r"|application|claim)"
    r"|\b(?:apply|applying|application|claim|now)\b[^?]{0,20}\bor\b[^?]{0,20}\b(?:birth|born)\b",
    re.I,
)
# A benefit asked whether it counts: 失业金算不算, 特困算吗, "does unemployment benefit count".
BENEFIT_COUNTS = re.compile(
    r"(?P<zh>低保|特困(?:供养)?|失业金|失业保险金?)(?:也|的)?(?:算不算|算吗|算不|能算吗|也算|行不行|可以吗)"
    r"|\bdoes (?:the )?(?P<en>dibao|tekun|special hardship(?: support)?|unemployment"
    r"(?: benefits?| insurance(?: benefits?)?| pay| money)?|minimum subsistence)\b"
    r"[^?]{0,20}\bcount",
    re.I,
)
# The supplement or its benefits named: what a "birth or application" question is about here.
SUPPLEMENT_SAID = re.compile(
    r"低保|特困|失业|加发|200|\bdibao\b|\btekun\b|unemploy|hardship|supplement|\bextra\b|top.?up",
    re.I,
)
# How the summary of the supplement names each benefit (its words, in each language).
SUMMARY_WORDS = {
    "低保": ("低保", "minimum subsistence"),
    "特困": ("特困", "special hardship"),
    "失业": ("失业保险金", "unemployment"),
    "dibao": ("低保", "minimum subsistence"),
    "minimum": ("低保", "minimum subsistence"),
    "tekun": ("特困", "special hardship"),
    "special": ("特困", "special hardship"),
    "unemployment": ("失业保险金", "unemployment"),
}


def _benefit_counted(entry: Entry, said: str) -> bool | None:
    """Whether the benefit `said` is among those the supplement's summary names; None when
    the benefit is not one this module knows the words of."""
    key = next((k for k in SUMMARY_WORDS if said.lower().startswith(k)), None)
    if key is None:
        return None
    zh, en = SUMMARY_WORDS[key]
    return zh in entry.summary.zh and en in entry.summary.en.lower()


def supplement_basis_answer(text: str, city: str | None, lang: Lang) -> str | None:
    """ "看生孩子的时候。" and "算。" (or "At the birth." and "Yes, it counts.") to what a
    question asks of the supplement's basis, then the supplement's rule and clause; None when
    the message asks neither, names another measure, or the city has no such supplement."""
    said = normalise(text)
    basis, counts = BASIS_ASKED.search(said), BENEFIT_COUNTS.search(said)
    if basis is not None and not SUPPLEMENT_SAID.search(said):
        basis = None  # "600是从出生开始发还是从现在": the subsidy's start, not the 200's basis
    if basis is None and counts is None:
        return None
    entry = supplement_entry(city)
    if entry is None:
        return None
    named = named_entry(said, city)
    if named is not None and named.id != entry.id and not named.per_child:
        return None  # another measure's question ("公积金是看申请的时候还是…")
    if basis is None and not re.search(r"加发|200|补贴|subsid|supplement|extra|top.?up", said):
        return None  # "低保算不算" of nothing the supplement is for
    lines = []
    if basis is not None:
        lines.append(
            t(
                lang,
                "看生孩子的时候：生育时在享受这些待遇的才加发，申请时才开始领的不算。",
                "The birth decides: the supplement is for a birth while the family was on these "
                "benefits, not for benefits that began later.",
            )
            if "hardship_at_birth" in entry.facts
            else t(lang, "方案没有写看哪个时间。", "The plan does not say which time counts.")
        )
    if counts is not None:
        word = counts.group("zh") or counts.group("en") or ""
        counted = _benefit_counted(entry, word)
        key = next((k for k in SUMMARY_WORDS if word.lower().startswith(k)), "")
        if key and (lang == "zh") != bool(counts.group("zh")):  # asked in the other language
            word = SUMMARY_WORDS[key][0 if lang == "zh" else 1]
        if counted is not None:
            lines.append(
                t(lang, f"{word}算，方案列了它。", f"Yes, {word} counts: the plan lists it.")
                if counted
                else t(
                    lang,
                    f"{word}不在方案列的待遇里。",
                    f"{word} is not among those the plan lists.",
                )
            )
    lines.append(f"{entry.title.get(lang)}：{entry.summary.get(lang)}" if lang == "zh" else
                 f"{entry.title.get(lang)}: {entry.summary.get(lang)}")  # fmt: skip
    refs = clause_refs([(s.document, s.clause) for s in entry.sources], lang)
    lines.append(t(lang, "依据：", "Source: ") + t(lang, "；", "; ").join(refs))
    return "\n".join(lines)
