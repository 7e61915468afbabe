"""A hotline case of twins asked about the city's monthly money ("twins born 2024 in jinan + an
older kid, does each twin get 600? and from when", 第一胎就是双胞胎能领600吗). Tester 42 c08 got
the previous caller's housing-loan answer, then clause 12's bare text twice; c05 got Beijing's
card and then a flat 不能 for twins at a first birth.

- Twins after an older child are the 2nd and 3rd child: the plan's amount for each, both
  together, until the age limit (Jinan clause 12, with its hukou condition), and, when asked
  from when, that the plan does not say from which month it starts.
- Twins at a first birth: the plan names the 2nd and 3rd child and says nothing of how twins of
  a first birth are counted; never a flat no, the lead department decides."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import monthly_subsidy
from actions.hotline_case import born_with_case_child, case_money, total_asked
from actions.multiples import MULTIPLES
from policy_kb import format as fmt
from policy_kb.dates import add_years
from policy_kb.kb import department_names
from policy_kb.models import Entry
from policy_kb.text import Lang, ordinal
from understanding.text import normalise
from wording.cities import CITIES, city_name
from wording.entitlements import clause_name
from wording.language import t

# Twins that are the family's first children: 第一胎就是双胞胎, 头胎双胞胎, "first birth was twins".
FIRST_BIRTH = re.compile(
    r"第[一1]胎|头胎|首胎|[一1]胎\W?就|第[一1]次\W?(?:生|怀)|[一1]孩\W?就|老大\W?就是双胞胎"
    r"|\bfirst (?:birth|pregnancy|delivery|babies|children|kids)\b|\btheir first (?:kids?|child)\b",
    re.I,
)
# An older child beside the twins: 还有个老大, "+ an older kid", "twins are 2nd and 3rd".
OLDER_CHILD = re.compile(
    r"老大|大的|大孩子|大宝|上面还有|还有[一1]?个(?:孩子|娃|儿子|女儿)|[二2]孩、?[三3]孩"
    r"|老[二2][、和]?老[三3]|第[二2]个?[、和]第?[三3]个?"
    r"|\b(?:older|elder|eldest|big) (?:kid|child|son|daughter|one|brother|sister)\b"
    r"|\b(?:2nd|second) and (?:3rd|third)\b|\balready (?:have|has|had) (?:a|one) (?:kid|child)\b",
    re.I,
)
# The monthly money asked of the twins: 600, 补贴, 能领, "subsidy", "does each get".
MONEY_ASKED = re.compile(
    r"补贴|育儿|领|发|钱|\bsubsid\w*|\bchildcare\b|\bmoney\b|\bget\b|\bpaid\b|\bpay\w*|\beligible\b"
    # "how much for the twins?", 双胞胎一个月多少: the amount, unless another measure is named
    r"|多少|\bhow much\b|\b(?:per|a) month\b",
    re.I,
)
# A measure put aside ("not about housing", 不是问贷款): not the one asked.
NOT_ABOUT = re.compile(r"\bnot (?:about |the |for )?\w+|不是(?:问|说)?\S{0,4}", re.I)
# The amount asked ("how much", 多少), not whether: the figure, with no "yes" before it.
AMOUNT_ASKED = re.compile(r"多少|\bhow much\b", re.I)
# Another measure named beside the twins: its own answer, not the monthly money.
OTHER_MEASURE = re.compile(
    r"贷|公积金|保险|医保|保费|护理|假|住房|房|托育|入园|学|\bloan|\bhousing|\binsurance|\bpremium"
    r"|\bleave\b|\brent|\bnursery|\bschool|\bkindergarten|\btax",
    re.I,
)
# From which month the money starts is asked: 从什么时候, 哪个月开始, "from when".
START_ASKED = re.compile(
    r"从(?:什么|啥|哪个?)(?:时候|月)|哪个月(?:开始|起)|(?:什么|啥)时候开始|何时开始"
    r"|\bfrom when\b|\bwhen does it start\b|\bstart(?:s|ing)? (?:from|when)\b|\bwhich month\b",
    re.I,
)
_NUMBER = re.compile(r"\d+")
# A hardship benefit named: the twins' money is then more than the subsidy (clause 12's 200).
HARDSHIP = re.compile(r"低保|特困|失业|dibao|hardship|unemployment", re.I)


def figure_city(text: str) -> str | None:
    """The one city whose monthly money is the figure the message names (600 is Jinan's clause
    12; Beijing's plan pays none), or None."""
    numbers = {int(n) for n in _NUMBER.findall(text)}
    found = [
        c
        for c in CITIES
        if (e := monthly_subsidy(c)) is not None and _number(e, "monthly_amount_cny") in numbers
    ]
    return found[0] if len(found) == 1 else None


def _number(entry: Entry, name: str) -> int | None:
    """The whole-number figure `name` of `entry`, or None."""
    value = entry.param(name).value
    return int(value) if isinstance(value, int | float) else None


def _lead(entry: Entry, lang: Lang) -> str:
    return t(lang, "、", ", ").join(
        x for x in (d.get(lang) for d in department_names(entry.departments.lead)) if x
    )


def _twins_birth(case: dict[str, Any]) -> tuple[list[int], date | None, str | None]:
    """The orders of the case's children born together (twins), their birth date and its
    precision; ([], None, None) when the case has no such children."""
    orders = born_with_case_child(case)
    if len(orders) < 2:
        return [], None, None
    children = case.get("children_partial") or case.get("children") or []
    twin = children[orders[0] - 1]
    try:
        born = date.fromisoformat(str(twin.get("birth_date")))
    except ValueError:
        return orders, None, None
    return orders, born, str(twin.get("precision") or "")


def twins_answer(
    case: dict[str, Any], text: str, city: str | None, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The answer to a question about the monthly money of a case's twins (see the module);
    None when the message asks no such thing, the city pays no monthly money, or the twins'
    orders are not known."""
    said = normalise(text)
    if not MULTIPLES.search(said) or not (MONEY_ASKED.search(said) or figure_city(said)):
        return None
    if OTHER_MEASURE.search(NOT_ABOUT.sub(" ", said)):  # "the twins' premium": its own answer
        return None
    if total_asked(text):  # "total for both twins?": the case's sum over the months, elsewhere
        return None
    base = monthly_subsidy(figure_city(said) or city)
    if base is None:
        return None
    amount = _number(base, "monthly_amount_cny")
    listed = base.param("birth_orders").value
    paid_orders = [int(o) for o in listed] if isinstance(listed, list) else []
    if not paid_orders or amount is None:
        return None
    clause = clause_name(base.clause, lang)
    lead = _lead(base, lang)
    zh_orders = "一二三四五六七八九"
    named = t(
        lang,
        "、".join(f"{zh_orders[o - 1]}孩" for o in paid_orders),
        " and ".join(ordinal(o) for o in paid_orders) + " child",
    )
    first = FIRST_BIRTH.search(said) is not None and not OLDER_CHILD.search(
        FIRST_BIRTH.sub(" ", said)
    )
    if first:
        return (
            t(
                lang,
                f"方案{clause}写的是{named}（第{paid_orders[0]}个、第{paid_orders[-1]}个孩子）每孩每月"
                f"{amount}元，没有写第一胎就生双胞胎时怎么算（后出生的那个算不算二孩），"
                f"因此不能据此说能或不能；请以牵头部门{lead}的认定为准。",
                f"Clause {base.clause} gives {amount} yuan a month to each {named}; it does not "
                "say how twins born at a first birth are counted (whether the younger twin counts "
                "as the second child). The plan gives no yes or no for this; the lead department, "
                f"the {lead}, decides.",
            ),
            base,
        )
    orders, born, precision = _twins_birth(case)
    children = case.get("children_partial") or case.get("children") or []
    if HARDSHIP.search(said) or any(
        children[o - 1].get("hardship_at_birth") for o in orders if o <= len(children)
    ):
        return None  # a birth on benefits: the case's money with its supplement, elsewhere
    if OLDER_CHILD.search(said) and (not orders or min(orders) < 2):
        orders = [2, 3] if len(orders) <= 2 else list(range(2, 2 + len(orders)))
    if not orders or any(o not in paid_orders for o in orders):
        return None
    start = (
        t(
            lang,
            f"方案没有写从哪个月开始发；请问牵头部门{lead}。",
            f"The plan does not say from which month it starts; ask the lead department, the "
            f"{lead}.",
        )
        if START_ASKED.search(said)
        else None
    )
    settled = case_money(case, lang, day) if born is not None else None
    if settled is not None:  # the case's twins dated: each one's money, ended or not
        lines = [settled, *([start] if start else []), render.lead_departments(base, lang)]
        return "\n".join(lines), base
    cutoff = base.parameters.get("born_on_or_after")
    if born is not None and cutoff is not None and born < date.fromisoformat(str(cutoff.value)):
        return None  # born before the plan's date: the engine's refusal, not this answer
    age = _number(base, "age_limit_years")
    if age is None:
        return None
    if born is not None and add_years(born, age) <= day:
        return None  # ended: said by the case's money, not as still paid
    on = ""
    if born is not None and precision in ("day", "month"):
        end = fmt.day(add_years(born, age), lang)
        on = t(lang, f"，即{end}", f", on {end}")
    elif born is not None:
        on = t(lang, f"，即{born.year + age}年", f", in {born.year + age}")
    who = t(lang, "、".join(f"第{o}个" for o in orders), " and ".join(ordinal(o) for o in orders))
    total = fmt.money(amount * len(orders), lang)
    city_said = city_name(base.city, lang)
    amount_asked = AMOUNT_ASKED.search(said) is not None  # "how much": no yes before a figure
    yes_zh, yes_en = ("", "") if amount_asked else ("能。", "Yes: ")
    lines = [
        t(
            lang,
            f"{yes_zh}这对双胞胎是{who}孩子，每个孩子每月{amount}元，合计每月{total}，"
            f"发到孩子满{age}周岁{on}（{clause}，须具有{city_said}户籍）。",
            f"{yes_en}the twins are the {who} child; each gets {amount} yuan a month, {total} a "
            f"month together, until they turn {age}{on} ({clause}; for a family with {city_said} "
            "household registration).",
        )
    ]
    if start:
        lines.append(start)
    lines.append(render.lead_departments(base, lang))
    return "\n".join(lines), base


def with_older_child(case: dict[str, Any], text: str) -> dict[str, Any]:
    """The case with the older child the words put beside twins ("twins born 2024 + an older
    kid") placed before them, undated, when the twins are still its first children."""
    said = normalise(text)
    if not MULTIPLES.search(said) or FIRST_BIRTH.search(said):
        return case
    if not OLDER_CHILD.search(said):
        return case
    orders = born_with_case_child(case)
    if len(orders) < 2 or min(orders) != 1:
        return case
    older = {"birth_date": None, "precision": None, "height_cm": None}
    children = case.get("children_partial") or case.get("children") or []
    # an undated child leaves the list partial, as the reader keeps "还有个老大"
    out = {k: v for k, v in case.items() if k != "children"}
    out["children_partial"] = [older, *children]
    return out
