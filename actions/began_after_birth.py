"""Benefits that began only after the birth ("是生完之后才开始领的 还能加200吗", "we only got
dibao after the baby was born, do we still get the extra 200?"): Jinan clause 12 pays the 200
more a month to those who gave birth *during* dibao, special hardship support or unemployment
insurance benefits, so by the plan's wording benefits that began after the birth do not count;
the lead department decides a case at the edge. Tester 41 c02 (a hotline worker) got the same
+200 card twice, the second time after "你没回答我 … 算不算"."""

import re
from datetime import date

from actions.supplement import supplement_entry
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import CITIES
from wording.entitlements import clause_name
from wording.language import t

_BENEFIT_ZH = r"(?:低保|特困|失业金|失业保险金?|失业补助)"
_BIRTH_ZH = r"(?:生完|生了|生下|出生|生孩子|生老[二三两]|生宝宝|生产|分娩|坐完月子|生)"
_AFTER_ZH = r"(?:之后|以后|后|完)"
_START_ZH = r"(?:领|办|批|申请|吃|享受|拿|评上|审批|办理|认定|纳入)"
_BENEFIT_EN = (
    r"(?:dibao|minimum subsistence|subsistence allowance|special hardship|hardship support"
    r"|unemployment(?: insurance)?(?: benefits?| pay)?|welfare|benefits?)"
)
_BORN_EN = r"(?:born|birth|delivery|delivered|baby came|gave birth|giving birth)"
_START_EN = (
    r"(?:got|get|getting|started|starts?|began|begun|applied(?: for)?|approved(?: for)?"
    r"|went on|go on|signed up(?: for)?|qualified(?: for)?|received|receiving)"
)

# Benefits said to have begun only after the birth, in either language.
BEGAN_AFTER_BIRTH = re.compile(
    # 是生完之后才开始领的, 生完孩子以后才办下来低保, 孩子出生后才领的失业金
    rf"{_BIRTH_ZH}(?:孩子|宝宝|老[二三两])?{_AFTER_ZH}.{{0,8}}(?:才|又|再|开始|后来).{{0,6}}{_START_ZH}"
    # 低保是孩子生完以后才办的, 失业金是出生后才开始领的
    rf"|{_BENEFIT_ZH}.{{0,10}}{_BIRTH_ZH}(?:孩子|宝宝)?{_AFTER_ZH}.{{0,4}}才"
    # 生的时候没领 后来才领的
    rf"|{_BIRTH_ZH}(?:的)?(?:时候|时).{{0,6}}(?:没|不是|还没).{{0,12}}(?:后来|之后|以后|后面)"
    rf".{{0,6}}(?:才|又|开始)"
    # "we only got dibao after the baby was born", "started unemployment pay after the birth"
    rf"|\b{_START_EN}\b[^.?!]{{0,40}}?\b{_BENEFIT_EN}\b[^.?!]{{0,30}}?\bafter\b[^.?!]{{0,30}}?"
    rf"\b{_BORN_EN}\b"
    # "dibao was approved / came through after the birth"
    rf"|\b{_BENEFIT_EN}\b[^.?!]{{0,30}}?\b(?:came through|approved|started|began|kicked in)\b"
    rf"[^.?!]{{0,20}}?\bafter\b[^.?!]{{0,30}}?\b{_BORN_EN}\b"
    # "after the baby was born we went on dibao"
    rf"|\bafter\b[^.?!]{{0,30}}?\b{_BORN_EN}\b[^.?!]{{0,30}}?\b{_START_EN}\b[^.?!]{{0,30}}?"
    rf"\b{_BENEFIT_EN}\b"
    # "we weren't on dibao when she was born, only later"
    rf"|(?:\bnot|n't) on (?:the )?{_BENEFIT_EN}\b[^.?!]{{0,20}}?\b(?:when|at)\b[^.?!]{{0,30}}?"
    rf"\b{_BORN_EN}\b[^.?!]{{0,30}}?\b(?:later|afterwards|after(?:wards?)?)\b",
    re.I,
)
_MONTH_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR_RE = r"(?:19|20)?\d\d"
# The month a benefit is said to have started in ("unemployment benefits only started jan
# 2025", "on dibao only since may 2024", "benefits began in january 2025", 2025年1月才开始领失业金,
# 失业金是25年1月才领上的): compared with the birth's month, a start after it is a benefit that
# began after the birth (tester 42 c08).
BENEFIT_START = re.compile(
    rf"\b{_BENEFIT_EN}\b[^.?!]{{0,25}}?\b(?:since|started|starting|began|begun|from|as of"
    rf"|kicked in|came through|approved)\b(?:\s+(?:in|on|from))?\s+(?P<em>{_MONTH_RE})"
    rf"(?:\s*,?\s*(?P<ey>(?:19|20)\d\d))?"
    rf"|(?:(?P<zy>{_YEAR_RE})年)?(?P<zm>\d{{1,2}})月份?(?:才|开始|起|以后|之后)[^，。,?？]{{0,8}}?"
    rf"{_BENEFIT_ZH}"
    rf"|{_BENEFIT_ZH}[^，。,?？\d]{{0,6}}?(?:(?P<zy2>{_YEAR_RE})年)?(?P<zm2>\d{{1,2}})月份?"
    rf"(?:才|开始|起)",
    re.I,
)


def benefit_start(text: str, born: date | None) -> date | None:
    """The first day of the month the benefits are said to have started in, or None. A month
    told without its year is read in the birth's year (none known: None)."""
    m = BENEFIT_START.search(text)
    if m is None:
        return None
    if m["em"]:
        month = _MONTH_EN.index(m["em"].lower()[:3]) + 1
        year_said = m["ey"]
    else:
        month = int(m["zm"] or m["zm2"])
        year_said = m["zy"] or m["zy2"]
    if not 1 <= month <= 12:
        return None
    if year_said:
        year = int(year_said) + (2000 if len(year_said) == 2 else 0)
    elif born is not None:
        year = born.year
    else:
        return None
    return date(year, month, 1)


def began_after(text: str, born: date | None) -> bool:
    """Whether the words say the hardship benefits began only after the birth: in so many
    words ("生完才开始领", "only got dibao after the baby was born"), or by a start month later
    than the birth's month ("born dec 2024, benefits only started jan 2025")."""
    if not _OF_BENEFITS.search(text):
        return False
    began = BEGAN_AFTER_BIRTH.search(text)
    if began is not None:
        return not (
            _CLAIM_AFTER.search(text[max(0, began.end() - 8) : began.end() + 8])
            and not _OF_BENEFITS.search(began.group(0))
        )
    start = benefit_start(text, born)
    if start is None or born is None:
        return False
    return start > date(born.year, born.month, 1)


# The benefits named, so that "we got the hukou after the baby was born" is no such question.
_OF_BENEFITS = re.compile(rf"{_BENEFIT_ZH}|\b{_BENEFIT_EN}\b", re.I)
# What began after the birth is the supplement's claim ("生完以后再申请加发的200"), not the
# benefits: no refusal.
_CLAIM_AFTER = re.compile(r"200|加发|补贴|育儿|\bextra\b|\bsupplement\b|\bsubsidy\b", re.I)
# The plan's words for the births it pays for: 在…期间生育的, "those who have given birth during
# the period of …" (the measure's summary and quote).
_DURING = {
    "zh": re.compile(r"在[^，。]*期间生育的"),
    "en": re.compile(r"(?:those )?who (?:have )?given birth during [^.]*?(?= until\b|$|\.)", re.I),
}


def _plan_words(entry: Entry, lang: Lang) -> str | None:
    """The plan's words naming the births the supplement is for, from its quote or summary."""
    param = entry.parameters.get("monthly_amount_cny")
    for said in (entry.summary.get(lang) or "", getattr(param, "quote", None) or ""):
        found = _DURING[lang].search(said)
        if found:
            return found.group(0)
    return None


def began_after_birth(
    city: str | None, text: str, lang: Lang, born: date | None = None
) -> tuple[str, Entry] | None:
    """Whether the 200 more a month is paid when the benefits began only after the birth: not
    under the plan's wording (its words quoted, with the clause), the lead department deciding
    a case at the edge. For the city named or discussed; when none, the one city whose plan
    pays such a supplement. None when not asked so, or the city pays none (Beijing). `born`:
    the birth the words are about (told in them, else the case's or family's child)."""
    if not began_after(text, born):
        return None
    cities = [city] if city in CITIES else [c for c in CITIES if supplement_entry(c) is not None]
    extras = [e for e in (supplement_entry(c) for c in cities) if e is not None]
    if len(extras) != 1:
        return None
    extra = extras[0]
    amount = extra.param("monthly_amount_cny").value
    words = _plan_words(extra, lang)
    if words is None:
        return None
    clause = clause_name(extra.clause, lang)
    leads = [d.get(lang) for d in department_names(extra.departments.lead)]
    lead = t(lang, "、", ", ").join(x for x in leads if x)
    decides = (
        t(
            lang,
            f"特殊情况以牵头部门{lead}的认定为准。",
            f"The lead department, the {lead}, decides a case at the edge.",
        )
        if lead
        else t(lang, "方案未指明负责部门。", "The plan names no responsible department.")
    )
    said = t(
        lang,
        f"按方案原文，不能加发这{amount}元：{clause}写的是“{words}”，每月再加发{amount}元。"
        f"孩子出生后才开始领低保、特困供养或失业保险金的，不符合这一字面要求。"
        f"{decides}",
        f"No, not under the plan's wording: {clause} gives the extra {amount} yuan a month to "
        f'"{words}". Benefits that began only after the birth do not meet that wording. '
        f"{decides}",
    )
    return said, extra
