"""'Do we get money now while pregnant or only after the baby comes?': nothing is paid during
the pregnancy; the money by the month is for the child from its birth to the age its plan
sets (Jinan clause 12: 600 a month for a 2nd or 3rd child until age 3), said on the first
asking, in every wording ("so nothing while pregnant?", "怀着孕现在有钱吗", "生之前啥也没有？").
Tester 42 c04 got the clause's text, a total, the insurance question and the delivery card
before the "nothing yet" came at the fifth turn. The figures come from the knowledge base."""

import re
from datetime import date
from typing import Any

from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.text import normalise
from wording.cities import city_name
from wording.language import t

# The time of the pregnancy, before the birth.
_PREGNANCY_TIME = (
    r"怀孕期间|怀着孕?|怀孕的时候|孕期|生之前|生前|出生前|还没生|没生之前|生了才有|生完才有|生下来才"
    r"|\bwhile (?:i'?m |i am |she'?s |she is |we'?re |we are |my wife is |still )?pregnant\b"
    r"|\bduring (?:the |my |her |our )?pregnanc"
    r"|\bbefore (?:the |our )?(?:baby (?:is born|comes|arrives)|birth|delivery|she gives birth"
    r"|it'?s born|the baby'?s born)"
    r"|\b(?:only )?(?:after|once|when) the baby (?:comes|is born|arrives)\b"
)
# Money or anything at all asked of that time ("有钱吗", "啥也没有", "do we get anything").
_ANYTHING = (
    r"钱|补贴|补助|发|领|啥|什么|有吗|没有"
    r"|\b(?:money|cash|paid|pay|payments?|subsid\w*|allowance|anything|nothing|get)\b"
)
PREGNANCY_MONEY = re.compile(
    rf"(?:{_PREGNANCY_TIME})[^。.!！]{{0,30}}(?:{_ANYTHING})"
    rf"|(?:{_ANYTHING})[^。.!！]{{0,30}}(?:{_PREGNANCY_TIME})",
    re.I,
)
# Another measure asked of that time (leave, the delivery's costs, check-ups, insurance, the
# benefits at the birth that decide the 200 more), or a case supposed ("要是生之前失业金领完了").
_OTHER = re.compile(
    r"假|医保|报销|住院|分娩|产检|保险|公积金|房|贷|低保|特困|失业|万|要是|如果|假如|万一|为什么|为啥"
    r"|\b(?:leave|insurance|hospital|delivery costs?|check-?ups?|reimburs\w*|loan|fund|rent"
    r"|housing|dibao|unemployment|hardship|benefits|what if|suppose|why)\b",
    re.I,
)


def asks_money_before_birth(text: str) -> bool:
    """`text` asks whether anything is paid during the pregnancy, before the birth."""
    said = normalise(text)
    return bool(PREGNANCY_MONEY.search(said)) and not _OTHER.search(said)


def monthly_measure(city: str) -> Entry | None:
    """`city`'s money by the month for a child up to an age (Jinan clause 12), if any."""
    for entry in catalogue().entries.values():
        if (
            entry.city == city
            and entry.kind == "cash"
            and "monthly_amount_cny" in entry.parameters
            and "age_limit_years" in entry.parameters
            and "birth_orders" in entry.parameters
        ):
            return entry
    return None


def _due(children: list[dict[str, Any]], day: date) -> tuple[int, dict[str, Any]] | None:
    """The child still to be born (its order and slot value), the last one if several."""
    found = None
    for order, child in enumerate(children, 1):
        born = child.get("birth_date")
        if born and date.fromisoformat(str(born)) > day:
            found = (order, child)
    return found


def _due_when(child: dict[str, Any], lang: Lang) -> str:
    born = date.fromisoformat(str(child["birth_date"]))
    if child.get("precision") == "day" and not child.get("approx"):
        return t(lang, f"预产期{fmt.day(born, lang)}", f"due {fmt.day(born, lang)}")
    return t(
        lang, f"预产期约{born.year}年{born.month}月，是估算", f"due about {born:%B %Y}, an estimate"
    )


def money_before_birth(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """'现在还不能领：怀孕期间不发钱；育儿补贴是第2个孩子出生后才有（预产期约2027年3月，是估算）：
    每月600元，发到孩子满3周岁（方案没写从哪个月开始发）。' with its source, for a family with
    a baby on the way in a city whose plan pays money by the month up to an age; the hukou
    condition said when not told.
    None for another question, no baby on the way, or a city with no such money."""
    if not asks_money_before_birth(text):
        return None
    city = slots.get("city")
    children = slots.get("children") or slots.get("children_partial") or []
    due = _due(list(children), day) if isinstance(children, list) else None
    if not city or due is None:
        return None
    entry = monthly_measure(str(city))
    if entry is None:
        return None
    if slots.get("hukou_in_city") is False and "hukou_in_city" in entry.facts:
        return None  # not paid at all: the family's answer says why
    order, child = due
    params = entry.parameters
    amount = params["monthly_amount_cny"].in_force(day)
    age = params["age_limit_years"].in_force(day)
    orders = params["birth_orders"].in_force(day)
    if not isinstance(orders, list):
        return None
    name = city_name(str(city), lang)
    label = fmt.child_label(order, lang)
    when = _due_when(child, lang)
    document = catalogue().documents[entry.document].title.get(lang)
    source = t(
        lang,
        f"依据：《{document}》第{entry.clause}条",
        f"Source: {document}, clause {entry.clause}",
    )
    hukou = "hukou_in_city" in entry.facts and slots.get("hukou_in_city") is None
    if order not in orders:
        allowed = t(lang, "、", " or ").join(fmt.child_label(o, lang) for o in orders)
        return "\n".join(
            [
                t(
                    lang,
                    f"现在还不能领：怀孕期间不发钱；{entry.title.zh}从孩子出生起按月发，但只给{allowed}，"
                    f"{label}不在此列。",
                    f"No: nothing is paid during the pregnancy; the {entry.title.en.lower()} is "
                    f"paid monthly from the birth, but only for {allowed}, not {label}.",
                ),
                source,
            ]
        )
    condition = t(
        lang,
        f"（要求{name}户口）" if hukou else "",
        f" (with {name} hukou)" if hukou else "",
    )
    return "\n".join(
        [
            t(
                lang,
                f"现在还不能领：怀孕期间不发钱；{entry.title.zh}是{label}出生后才有（{when}）："
                f"每月{amount}元{condition}，发到孩子满{age}周岁（方案没写从哪个月开始发）。",
                f"Not yet: nothing is paid during the pregnancy; the {entry.title.en.lower()} is "
                f"for {label} once born ({when}): {amount} yuan a month{condition} until the "
                f"child turns {age} (the plan does not say from which month it starts).",
            ),
            source,
        ]
    )
