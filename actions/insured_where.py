"""Where the grandparents are insured, said beside their care-insurance question
("孩子爷爷奶奶在德州老家 他们的长期护理保险也能给补吗", "grandma lives back in her hometown, does
her care insurance count?"). Jinan clause 15 pays the contribution of grandparents who join the
city's own long-term care insurance: insured in another place's scheme, they are not in that
clause. The clause and the city come from the measure itself (policy_kb); tester 100 p1 heard a
bare "可以"."""

import re

from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import city_name, mentioned_city
from wording.entitlements import clause_name
from wording.language import t

# The grandparents' place told as elsewhere: 老家, 外地, "back in their hometown".
ELSEWHERE = re.compile(
    r"老家|外地|外省|不在(?:济南|北京|本地)"
    r"|\b(?:hometown|back home|village|countryside|another city|other city)\b",
    re.I,
)
# Their insurance said to be the city's own after all (在济南交的长护险, "insured in jinan").
INSURED_HERE = re.compile(
    r"(?:在|是)?(?:济南|北京|本地|这边)(?:的)?(?:交|缴|参保|参加|买|上)"
    r"|\b(?:insured|enrolled|paying|pay) (?:it )?(?:in|into) (?:jinan|beijing)\b",
    re.I,
)


def insured_elsewhere(entry: Entry, text: str, lang: Lang) -> str | None:
    """The caveat for grandparents told to live elsewhere when `entry` is a city's grandparents'
    care-insurance measure: only the city's own scheme is in the clause. None otherwise."""
    if entry.city is None or "长期护理保险" not in entry.summary.zh:
        return None
    if not ELSEWHERE.search(text) or INSURED_HERE.search(text):
        return None
    if mentioned_city(text) not in (None, entry.city):
        return None
    name, clause = city_name(entry.city, lang), clause_name(entry.clause, lang)
    return t(
        lang,
        f"要看在哪里参保：方案补贴的是参加{name}市长期护理保险的祖父母（{clause}）；"
        f"在老家或外地参加当地长期护理保险的，不在这一条里。",
        f"It depends on where they are insured: the plan pays for grandparents who join "
        f"{name}'s own long-term care insurance ({clause}); grandparents insured in their "
        "hometown's or another city's scheme are not covered by it.",
    )
