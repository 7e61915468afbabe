"""Whether two measures can be had at once ("can we get both at the same time? rent withdrawal
plus the monthly subsidy", 公积金提取和育儿补贴能同时拿吗, 跟低保能同时拿吗).

The plans list their measures one by one and say nothing of one ruling out another: the answer
says so, naming each measure with its clause, and leaves the edge to the lead departments. The
city's monthly money beside the benefits of Jinan clause 12 (dibao, special hardship support,
unemployment insurance benefits) is the one case the plan itself ties together: a birth while
on them adds 200 a month to the 600."""

import re

from rasa_sdk import Tracker

from actions.focus import asked_measure, measures_asked, monthly_subsidy, paid_together_group
from actions.side_questions import topic
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.text import Lang
from wording.cities import CITIES
from wording.entitlements import clause_name
from wording.language import t

# Two things asked as had together.
TOGETHER_ASKED = re.compile(
    r"同时(?:拿|领|享受|申请|办|用)|一起(?:拿|领|享受)|叠加|两个都能|两项都能|都能同时"
    r"|\bat the same time\b|\bboth at once\b|\b(?:both|two) together\b|\bcombine\b|\bstack\b",
    re.I,
)
# One of clause 12's benefits named beside the money ("跟低保能同时拿吗").
BENEFIT_NAMED = re.compile(r"低保|特困|失业金|失业保险|dibao|tekun|unemployment", re.I)


def together_answer(tracker: Tracker, text: str, lang: Lang) -> str | None:
    """'能同时享受吗' of two measures: each named with its clause, the plan's silence on one
    ruling out the other and whom to ask; of the monthly money beside a benefit of clause 12,
    that the benefit adds to it. None when not asked so, or fewer than two things are meant."""
    if not TOGETHER_ASKED.search(text):
        return None
    city = tracker.get_slot("city") or tracker.get_slot("hotline_city")
    if city not in CITIES:
        return None
    entries = measures_asked(text, city)
    if len(entries) < 2:
        current = topic(tracker)
        named = asked_measure(text, city, lang)
        entries = [e for e in (current, named) if e is not None]
        entries = [e for i, e in enumerate(entries) if e.id not in {o.id for o in entries[:i]}]
    money = monthly_subsidy(city)
    if money is not None and BENEFIT_NAMED.search(text):
        group = {e.id for e in paid_together_group(money)} | {money.id}
        if all(e.id in group for e in entries):  # "跟低保能同时拿吗" of the 600 (and its 200)
            return _with_the_benefit(money, lang)
    entries = [e for e in entries if e.city == city]
    if len(entries) < 2:
        return None
    first, second = entries[:2]
    both = t(lang, "、", "; ").join(
        f"{e.title.get(lang)}（{clause_name(e.clause, lang)}）"
        if lang == "zh"
        else f"{e.title.get(lang)} ({clause_name(e.clause, lang)})"
        for e in (first, second)
    )
    leads = [
        d.get(lang)
        for d in department_names(
            list(dict.fromkeys([*first.departments.lead, *second.departments.lead]))
        )
    ]
    lead = t(lang, "、", ", ").join(x for x in leads if x)
    return t(
        lang,
        f"方案把这两项分别列出，没有写不能同时享受：{both}；各自的条件都符合的，可以分别申请。"
        + (f"具体以{lead}的规定为准。" if lead else ""),
        f"The plan lists these as separate measures and says nothing against having both: "
        f"{both}. If you meet the conditions of each, you can apply for each."
        + (f" The rules of the {lead} decide the details." if lead else ""),
    )


def _with_the_benefit(money: Entry, lang: Lang) -> str:
    """The monthly money beside dibao and the other benefits of its clause: not ruled out, and
    a birth while on them adds the supplement (its figure from the data)."""
    group = paid_together_group(money)
    extra = next((e for e in group if e.id != money.id), None)
    amount = extra.param("monthly_amount_cny").value if extra is not None else None
    clause = clause_name(money.clause, lang)
    if amount is None:
        return t(
            lang,
            f"能。方案没有写领低保等就不能领{money.title.get(lang)}（{clause}）。",
            f"Yes. The plan does not say that dibao or the like rules out the "
            f"{money.title.get(lang)} ({clause}).",
        )
    return t(
        lang,
        f"能。方案没有说领低保、特困供养或失业保险金就不能领{money.title.get(lang)}；孩子出生时"
        f"家里在领的，每月还再加{amount}元（{clause}）。",
        f"Yes. The plan does not say that dibao, special hardship support or unemployment "
        f"benefits rule out the {money.title.get(lang)}; a child born while the family is on "
        f"them gets {amount} yuan more a month ({clause}).",
    )
