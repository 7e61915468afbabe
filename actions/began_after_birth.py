"""Benefits that began only after the birth ("是生完之后才开始领的 还能加200吗", "we only got
dibao after the baby was born, do we still get the extra 200?"): Jinan clause 12 pays the 200
more a month to those who gave birth *during* dibao, special hardship support or unemployment
insurance benefits, so by the plan's wording benefits that began after the birth do not count;
the lead department decides a case at the edge. Tester 41 c02 (a hotline worker) got the same
+200 card twice, the second time after "你没回答我 … 算不算"."""

import re
from datetime import date

from actions import clock
from actions.supplement import supplement_entry
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import CITIES, city_name
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
# A year said in words, counted from today: 今年, 去年, 前年, "this year", "last year".
_YEARS_AGO = {"今年": 0, "去年": 1, "前年": 2, "this year": 0, "last year": 1}
_YEAR_WORD_ZH = r"(?:今年|去年|前年)"
_YEAR_WORD_EN = r"(?:this|last) year"
# The month a benefit is said to have started in ("unemployment benefits only started jan
# 2025", "on dibao only since may 2024", "benefits began in january 2025", 2025年1月才开始领失业金,
# 失业金是25年1月才领上的), or the year alone (2025年才领上的低保, 爸爸今年才开始领失业金, "they
# started dibao in 2025", "went on unemployment benefit this year"): compared with the birth,
# a start after it is a benefit that began after the birth (tester 42 c08, tester 57 a1).
BENEFIT_START = re.compile(
    rf"\b{_BENEFIT_EN}\b[^.?!]{{0,25}}?\b(?:since|started|starting|began|begun|from|as of"
    rf"|kicked in|came through|approved)\b(?:\s+(?:in|on|from))?\s+(?P<em>{_MONTH_RE})"
    rf"(?:\s*,?\s*(?P<ey>(?:19|20)\d\d))?"
    # "the family started dibao in August 2024", "went on unemployment benefit in may"
    rf"|\b{_START_EN}\b(?:\s+(?:on|getting|receiving|claiming|the))?\s+{_BENEFIT_EN}\b"
    rf"[^.?!]{{0,12}}?\b(?:in|on|from|since)\s+(?P<em2>{_MONTH_RE})"
    rf"(?:\s*,?\s*(?P<ey2>(?:19|20)\d\d))?"
    rf"|(?:(?P<zy>{_YEAR_RE})年)?(?P<zm>\d{{1,2}})月份?(?:才|开始|起|以后|之后)[^，。,?？]{{0,8}}?"
    rf"{_BENEFIT_ZH}"
    rf"|{_BENEFIT_ZH}[^，。,?？\d]{{0,6}}?(?:(?P<zy2>{_YEAR_RE})年)?(?P<zm2>\d{{1,2}})月份?"
    rf"(?:才|开始|起)",
    re.I,
)
# The year alone (no month): 2025年才领上的低保, 低保是去年才办的, 爸爸今年才开始领失业金,
# "started dibao in 2025", "went on unemployment benefit last year", "on dibao since 2025".
BENEFIT_START_YEAR = re.compile(
    # not "是今年才停的": the year it stopped (tester 58 c3 heard the 200 denied for it)
    rf"(?:(?P<zy>(?:19|20)\d\d|\d\d)年|(?P<zw>{_YEAR_WORD_ZH}))(?:才|开始|起|以后|之后)(?!停|断|不|没)"
    rf"[^，。,?？]{{0,8}}?{_BENEFIT_ZH}"
    rf"|{_BENEFIT_ZH}[^，。,?？\d]{{0,6}}?(?:(?P<zy2>(?:19|20)\d\d|\d\d)年|(?P<zw2>{_YEAR_WORD_ZH}))"
    rf"(?:才|开始|起)(?!停|断|不|没|结束|到期)"
    rf"|(?:(?P<zy3>(?:19|20)\d\d|\d\d)年|(?P<zw3>{_YEAR_WORD_ZH}))"
    rf"[^，。,?？\d]{{0,2}}?(?:才|开始)(?:领上|领到|办下来|批下来|评上|领|办|批)"
    rf"|\b{_START_EN}\b(?:\s+(?:on|getting|receiving|claiming|the))?\s+{_BENEFIT_EN}\b"
    rf"[^.?!]{{0,12}}?(?:\b(?:in|since|from)\s+(?P<ey>(?:19|20)\d\d)\b|\b(?P<ew>{_YEAR_WORD_EN})\b)"
    rf"|\b{_BENEFIT_EN}\b[^.?!]{{0,25}}?\b(?:since|started|starting|began|begun|from|kicked in"
    rf"|came through|approved)\b(?:\s+(?:in|on|from))?\s+"
    rf"(?:(?P<ey2>(?:19|20)\d\d)\b|(?P<ew2>{_YEAR_WORD_EN})\b)",
    re.I,
)


def _year(said: str) -> int:
    """A year said in digits ("2025", "25") as a full year."""
    return int(said) + (2000 if len(said) == 2 else 0)


def benefit_start(text: str, born: date | None) -> date | None:
    """The first day of the month the benefits are said to have started in, or None. A month
    told without its year is read in the birth's year (none known: None)."""
    m = BENEFIT_START.search(text)
    if m is None:
        return None
    if m["em"] or m["em2"]:
        month = _MONTH_EN.index((m["em"] or m["em2"]).lower()[:3]) + 1
        year_said = m["ey"] or m["ey2"]
    else:
        month = int(m["zm"] or m["zm2"])
        year_said = m["zy"] or m["zy2"]
    if not 1 <= month <= 12:
        return None
    if year_said:
        year = _year(year_said)
    elif born is not None:
        year = born.year
    else:
        return None
    return date(year, month, 1)


def without_start(text: str) -> str:
    """`text` with the words dating the benefits' start blanked ("2025年才领上的" is no birth in
    2025), so that the birth told beside them is read alone."""
    for pattern in (BENEFIT_START, BENEFIT_START_YEAR):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def benefit_start_year(text: str, today: date) -> int | None:
    """The year the benefits are said to have started in, told without a month (2025年才领上的,
    今年才开始领失业金, "started dibao in 2025", "on dibao since last year"), or None."""
    m = BENEFIT_START_YEAR.search(text)
    if m is None:
        return None
    said = m["zy"] or m["zy2"] or m["zy3"] or m["ey"] or m["ey2"]
    if said:
        return _year(said)
    word = (m["zw"] or m["zw2"] or m["zw3"] or m["ew"] or m["ew2"] or "").lower()
    return today.year - _YEARS_AGO[word] if word in _YEARS_AGO else None


def began_after(text: str, born: date | None, today: date | None = None) -> bool:
    """Whether the words say the hardship benefits began only after the birth: in so many
    words ("生完才开始领", "only got dibao after the baby was born"), or by a start month later
    than the birth's month ("born dec 2024, benefits only started jan 2025"), or a start year
    later than the birth's year ("老二2024年3月出生 2025年才领上的低保"; `today` counts 今年 and
    "last year")."""
    if not _OF_BENEFITS.search(text):
        return False
    began = BEGAN_AFTER_BIRTH.search(text)
    if began is not None:
        return not (
            _CLAIM_AFTER.search(text[max(0, began.end() - 8) : began.end() + 8])
            and not _OF_BENEFITS.search(began.group(0))
        )
    if born is None:
        return False
    start = benefit_start(text, born)
    if start is not None:
        return start > date(born.year, born.month, 1)
    year = benefit_start_year(text, today or clock.today())
    return year is not None and year > born.year


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


def _month_said(day: date, lang: Lang) -> str:
    return t(lang, f"{day.year}年{day.month}月", day.strftime("%B %Y"))


def _why(text: str, born: date | None, lang: Lang) -> str:
    """Why the birth was not during the benefits, with the caller's facts when told: the
    birth's month and the month or year the benefits began."""
    start = benefit_start(text, born) if born is not None else None
    year = benefit_start_year(text, clock.today()) if born is not None and start is None else None
    began = (
        _month_said(start, lang)
        if start is not None
        else t(lang, f"{year}年", f"in {year}")
        if year is not None
        else None
    )
    if born is None or began is None:
        return t(
            lang,
            "这家的低保、特困供养或失业保险金是孩子出生后才开始领的，",
            "The family's dibao, special hardship support or unemployment benefits began only "
            "after the birth",
        )
    return t(
        lang,
        f"孩子{_month_said(born, lang)}出生，这家的待遇{began}才开始领，",
        f"The child was born in {_month_said(born, lang)} and the family's benefits began "
        f"{began if year is not None else 'in ' + began}",
    )


def read_out_sentence(extra: Entry, lang: Lang) -> str:
    """The sentence to read out to a caller whose benefits began after the birth: the 200 is
    for a birth during the benefits (the plan and clause named), so it does not apply."""
    amount = extra.param("monthly_amount_cny").value
    city = city_name(extra.city, lang)
    return t(
        lang,
        f"按{city}方案第{extra.clause}条，每月加发的{amount}元只给在领低保、特困供养或失业保险金"
        f"期间生孩子的家庭；您家是孩子出生后才开始领的，所以不能加发。",
        f"Under clause {extra.clause} of the {city} plan, the extra {amount} yuan a month is only "
        f"for families who gave birth while on dibao, special hardship support or unemployment "
        f"benefits; yours began after the birth, so the extra {amount} yuan does not apply.",
    )


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
        f"不能。按方案原文，{clause}写的是“{words}”，每月再加发{amount}元；{_why(text, born, lang)}"
        f"出生时不在领取期间，不符合这一要求，不能加发这{amount}元。{decides}",
        f"No, not under the plan's wording: {clause} gives the extra {amount} yuan a month to "
        f'"{words}". '
        f"{_why(text, born, lang)}, so the birth was not during them and the extra {amount} "
        f"yuan does not apply. {decides}",
    )
    return said, extra
