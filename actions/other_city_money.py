"""Money of the other city's plan asked by a family of this one, as it is ("济南那个每月600我们能
领吗" from a Beijing family, "can we get the 600 from jinan") or supposing its hukou moved there
("如果把户口迁回济南 二宝能领600吗", "if we move our hukou to jinan could we get the 600").

As it is: no, since the measure needs that city's hukou (Jinan clause 12: families with Jinan
household registration), and what the family's own plan says of such money (Beijing clause (12):
a family upbringing subsidy system to be gradually established, no amount). A move supposed is a
what-if: what the other plan would give each child with its hukou, and what its text leaves
unsaid (from when the hukou must be held, the months before the move), with its lead
department; the family's facts stay as they are (tester 57 got the subway answer and the
family's city turned to Jinan). Everything comes from policy_kb: the measure, its hukou
condition, figures, clause, quote and departments."""

import re
from datetime import date
from typing import Any

from actions import render
from actions.focus import QUESTION, monthly_subsidy, named_entry, paid_together_group
from actions.headline import YES_NO
from actions.household import household_from_slots
from actions.hukou_city import move_ahead_to
from actions.move_supposed import MOVE_WORDS
from actions.moved_away import MONEY, no_cash_at_home
from policy_kb import InputError, evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from policy_kb.models import Entry
from policy_kb.report import Entitlement
from policy_kb.text import Lang
from understanding.hukou_move import MOVE_DONE, SUPPOSED_MOVE
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.cities import CITIES, city_name, named_cities
from wording.entitlements import clause_name
from wording.language import t

# A move back or there, also without 户口 before it ("迁回济南", "迁到济南去", "move to jinan").
MOVE_THERE = re.compile(
    r"迁回|迁到|迁去|迁往|转回|转到|落户|落到"
    r"|\bmove(?:d)? (?:our |my |the )?(?:hukou )?(?:back )?to\b",
    re.I,
)
# The hukou supposed to be there, with no move named ("要是我们是济南户口", "what if our hukou was
# in jinan", "if we had jinan hukou").
HUKOU_SUPPOSED = re.compile(r"户口|户籍|\bhukou\b|\bhousehold registration\b", re.I)
# A question put without a question mark ("could we get the 600", "老二能拿600不").
ASKED = re.compile(
    r"[吗么不没呢]\s*$|能不能|可不可以|能领|能拿|有没有"
    r"|\b(?:can|could|would|will|do|does|did|should)\s+(?:we|i|they|he|she|it|the|our|my)\b",
    re.I,
)
# Why this family gets nothing when the other pays ("why not us?", "为什么我们北京一分钱都没有"):
# the family's own plan's answer, not whether it can claim the other's (tester 25 c02).
WHY = re.compile(r"为什么|为啥|凭什么|怎么(?:就)?(?:没|不)|\bwhy\b|\bhow come\b", re.I)
# The family speaking of itself ("我们能领吗", "can we get the 600 from jinan").
OURS = re.compile(r"我们|咱们|俺们|我家|咱家|俺家|我|俺|\b(?:we|us|our|i)\b", re.I)


def _other_city(said: str, home: str | None) -> str | None:
    """The one city `said` names that is not the family's own."""
    named = [c for c, city in CITIES.items() if city.pattern.search(said) and c != home]
    return named[0] if len(named) == 1 else None


def _the_measure(said: str, other: str) -> Entry | None:
    """The other city's measure asked: named, else its monthly money when money is asked; only
    one that reads the hukou."""
    named = named_entry(said, other)
    entry = named if named is not None and named.city == other else None
    if entry is None and MONEY.search(said):
        entry = monthly_subsidy(other)
    return entry if entry is not None and "hukou_in_city" in entry.facts else None


IF_MOVED = re.compile(
    r"\bif (?:we|they|she|he|i|you)(?: had| just| all)? (?:moved|transferred)\b", re.I
)


def move_supposed_to(text: str) -> bool:
    """Whether `text` supposes the family's hukou moved ("如果把户口迁回济南", "if we move our
    hukou to jinan"), not a move told as made."""
    said = normalise(text)
    if move_ahead_to(text) is not None:  # "户口迁到济南以后 老三能不能拿", "once our hukou is in
        return True  # jinan": a move put ahead, not made (tester 57 c03)
    if not SUPPOSED_MOVE.search(said):
        return False
    if not (MOVE_WORDS.search(said) or MOVE_THERE.search(said)):
        return bool(HUKOU_SUPPOSED.search(said))  # "要是我们是济南户口呢"
    # "what if we moved to Jinan and transferred my wife's hukou there": a move supposed in
    # the past tense, not one made (tester 85 c6 heard Beijing's "No")
    said = IF_MOVED.sub(" ", said)
    return not MOVE_DONE.search(SUPPOSED_MOVE.sub(" ", said))


def asked_of_other_city(slots: dict[str, Any], text: str) -> tuple[Entry, bool] | None:
    """The other city's measure a family of a known city asks about for itself, and whether a
    hukou move there is supposed; None for any other message."""
    home = slots.get("city")
    said = normalise(text)
    asked = QUESTION.search(said) or YES_NO.search(said) or ASKED.search(said)
    if not home or not asked or WHY.search(said):
        return None
    other = _other_city(said, str(home))
    if other is None:
        return None
    entry = _the_measure(said, other)
    supposed = move_supposed_to(text)
    if entry is None and supposed and HUKOU_SUPPOSED.search(said):
        # "要是我们户口在济南 人在北京上班呢": the hukou there supposed, no measure named: that
        # plan's money tied to its hukou (Jinan clause 12; tester 89 c3 heard "假设北京户口")
        money = monthly_subsidy(other)
        entry = money if money is not None and "hukou_in_city" in money.facts else None
    if entry is None:
        return None
    if not supposed and (not OURS.search(said) or HUKOU_SUPPOSED.search(said)):
        # "济南的600怎么领": a question of that plan, not of this family; a hukou told ("我们是
        # 济南户口 在北京上班", "户口迁走了"): the hukou there or moved away, answered on its own
        return None
    return entry, supposed


def not_for_this_family(entry: Entry, slots: dict[str, Any], lang: Lang) -> str:
    """The no to another city's measure needing its hukou: its rule, with its clause and quote,
    then what the family's own plan says of such money, if it sets none."""
    home, there = str(slots.get("city")), city_name(entry.city, lang)
    here, clause = city_name(home, lang), clause_name(entry.clause, lang)
    title = entry.title.get(lang)
    holds = slots.get("hukou_in_city")
    verdict = (
        t(
            lang,
            f"不能。{there}的{title}只给{there}户籍家庭（{there}方案{clause}）；"
            f"您家是{here}户口，不符合这个条件。",
            f"No. {there}'s {title.lower()} is only for families with {there} hukou ({there}'s "
            f"plan, {clause}); your family has {here} hukou, so it does not qualify.",
        )
        if holds is True
        else t(
            lang,
            f"要看户口：{there}的{title}只给{there}户籍家庭（{there}方案{clause}），"
            f"住在{here}不算。",
            f"Only with {there} hukou: {there}'s {title.lower()} is for families with {there} "
            f"hukou ({there}'s plan, {clause}); living in {here} does not count.",
        )
    )
    lines = [verdict, render.entry_brief(entry, lang)]
    home_line = no_cash_at_home(home, lang) if entry.kind == "cash" else None
    if home_line:
        lines.append(home_line)
    return "\n".join(lines)


def if_moved_there(
    entry: Entry, slots: dict[str, Any], lang: Lang, day: date, text: str = ""
) -> str:
    """A hukou move to the measure's city supposed: each child's figure under its plan with
    that hukou (the family's children as told), what its text does not say (from when the
    hukou must be held, the months before the move), whom to ask; the facts kept."""
    there, clause = city_name(entry.city, lang), clause_name(entry.clause, lang)
    lines = [
        t(
            lang,
            f"这是假设，给您家记下的情况不变。假如户口迁到{there}，按{there}方案{clause}：",
            f"As a what-if (your family's facts stay as they are): with {there} hukou, "
            f"{there}'s plan, {clause}, says:",
        ),
        entry.summary.get(lang),
    ]
    lines += _each_child(
        entry, _with_twins_supposed(slots, text, day), lang, day, next_child_named(text, slots)
    )
    lines.append(
        t(
            lang,
            f"方案只写了“{there}户籍”，没写户口要从什么时候起在{there}（孩子出生时，还是申领时"
            f"迁入就行），也没写迁入前的月份能不能领；{render.lead_departments(entry, lang)}，"
            "以其答复为准。",
            f"The plan only says families with {there} hukou; it does not say from when the "
            "hukou must be held (at the birth, or from the move on), nor whether the months "
            f"before the move are paid. {render.lead_departments(entry, lang)}; its answer "
            "decides.",
        )
    )
    document = catalogue().documents[entry.document].title.get(lang)
    lines.append(render.source_line(document, entry.clause, entry.sources[0].quote, lang))
    return "\n".join(lines)


def _with_twins_supposed(slots: dict[str, Any], text: str, day: date) -> dict[str, Any]:
    """The family's slots with the baby on the way supposed as twins or triplets when the
    message supposes so ("那要是怀的是双胞胎 户口迁济南 能领不": the later twin is the 2nd child,
    clause 12's; tester 86 c10 heard the 1st child's no alone)."""
    from actions.results import twins_imagined  # results imports this module's kin

    for name in ("children", "children_partial"):
        children = slots.get(name)
        if isinstance(children, list) and children:
            more = twins_imagined(text, children, day)
            if more:
                return {**slots, "children": more, "children_partial": more}
    return slots


def next_child_named(text: str, slots: dict[str, Any]) -> int | None:
    """The order of the child after the family's last, when `text` asks of it alone ("再生个
    老三 能拿济南的补贴吗" of a family of two); None otherwise."""
    children = slots.get("children") or slots.get("children_partial") or []
    if not children or any(not c.get("birth_date") for c in children):
        return None
    orders = [n for n in birth_orders_named(normalise(text)) if n > 0]
    nxt = len(children) + 1
    return nxt if orders and all(n == nxt for n in orders) else None


def _extra_paid(extra: Entitlement | None) -> int:
    """The monthly money due beside the subsidy (0 when none is due or it is not known)."""
    if extra is None or extra.status != "eligible":
        return 0
    return extra.monthly_amount_cny or 0


def _monthly(paid: Entitlement, extra: Entitlement | None, lang: Lang) -> str:
    """A child's monthly figure, with the money paid beside it when it is due (Jinan clause
    12: "600+200=800")."""
    if extra is None or extra.status != "eligible" or not extra.monthly_amount_cny:
        return str(paid.monthly_amount_cny)
    whole = (paid.monthly_amount_cny or 0) + extra.monthly_amount_cny
    return f"{paid.monthly_amount_cny}+{extra.monthly_amount_cny}={whole}"


def _amount(extra: Entitlement) -> int:
    """The monthly figure of the money beside the subsidy, from its measure (yuan)."""
    value = get_entry(extra.id).param("monthly_amount_cny").value
    return int(value) if isinstance(value, int | float) else 0


def _supplement_if(extra: list[Entitlement], lang: Lang) -> str:
    """The money beside the subsidy that turns on the family's benefits at each birth, not
    told (Jinan clause 12's 200 yuan): what it would add, and for whom."""
    measure = get_entry(extra[0].id)
    amount = _amount(extra[0])
    who = render.listed([fmt.child_label(e.child, lang) for e in extra if e.child], lang)
    each = t(lang, "各" if len(extra) > 1 else "", " each" if len(extra) > 1 else "")
    return t(
        lang,
        f"如果孩子出生时家里在领低保、特困供养或失业保险金，{who}每月{each}再加{amount}元"
        f"（{clause_name(measure.clause, lang)}）。",
        f"If the family was on dibao, extreme-poverty support or unemployment insurance benefit "
        f"at the birth, {who} would get {amount} yuan a month more{each} "
        f"({clause_name(measure.clause, lang)}).",
    )


def _each_child(
    entry: Entry, slots: dict[str, Any], lang: Lang, day: date, unborn: int | None = None
) -> list[str]:
    """Each child's line under `entry` for the family with the other city's hukou: the
    monthly amount and its end for a child it pays, else why not. `unborn`: the next child
    asked of alone ("再生个老三"), taken as born today, its line alone (tester 57 c03 asked of
    老三 and was answered of the 2nd twin)."""
    moved = {**slots, "city": entry.city, "hukou_in_city": True}
    if unborn is not None:
        told = list(slots.get("children") or slots.get("children_partial") or [])
        imagined = [*told, {"birth_date": day.isoformat(), "precision": "day", "height_cm": None}]
        moved = {**moved, "children": imagined, "children_partial": imagined}
    moved.pop("result_shown", None)
    try:
        household = household_from_slots(moved, day)
    except InputError:
        return []
    if household is None or not household.children:
        return []
    report = evaluate(household, as_of=day)
    beside = {e.id for e in paid_together_group(entry)} - {entry.id}
    supplements = {
        e.child: e for e in report.entitlements if e.id in beside and e.child is not None
    }
    lines, refused = [], []
    open_extra: list[Entitlement] = []
    paid: list[int] = []
    for e in report.entitlements:
        if e.id != entry.id or e.child is None or (unborn is not None and e.child != unborn):
            continue
        label = fmt.child_label(e.child, lang)
        who = label[:1].upper() + label[1:]  # a line's start: "Child 1: no."
        if e.status == "eligible" and e.monthly_amount_cny and e.end is not None:
            age = get_entry(e.id).parameters.get("age_limit_years")
            turns = (
                "" if age is None else t(lang, f"（满{age.value}周岁）", f" (turns {age.value})")
            )
            lines.append(
                t(
                    lang,
                    f"按这个规定，{label}每月{_monthly(e, supplements.get(e.child), lang)}元，"
                    f"到{fmt.day(e.end, lang)}{turns}为止。",
                    f"By that rule {label} would get "
                    f"{_monthly(e, supplements.get(e.child), lang)} yuan a month until "
                    f"{fmt.day(e.end, lang)}{turns}.",
                )
            )
            extra = supplements.get(e.child)
            paid.append(e.monthly_amount_cny + _extra_paid(extra))
            if extra is not None and extra.status == "needs_info":
                open_extra.append(extra)
        elif e.status == "not_eligible" and e.end is None:
            reason = " ".join(e.reasons.get(lang)[:1])
            refused.append(t(lang, f"{who}：不符合。{reason}", f"{who}: no. {reason}"))
    if open_extra:
        lines.append(_supplement_if(open_extra, lang))
    if len(paid) > 1:
        whole = fmt.money(sum(paid), lang)
        more = sum(_amount(e) for e in open_extra)
        lines.append(
            t(lang, f"合计每月{whole}", f"Together {whole} a month")
            + (
                t(
                    lang,
                    f"；加上这笔，合计每月{fmt.money(sum(paid) + more, lang)}。",
                    f"; with that, {fmt.money(sum(paid) + more, lang)} a month.",
                )
                if more
                else t(lang, "。", ".")
            )
        )
    if unborn is not None and (lines or refused):
        count = len(slots.get("children") or slots.get("children_partial") or [])
        return [render.unborn_child(unborn, count, lang), *(lines or refused)]
    return lines or refused  # the children it pays; why none, when it pays none


# Money asked again in a follow-up ("那失业金那200呢 俩孩子加一块一个月多少").
MONEY_AGAIN = re.compile(MONEY.pattern + r"|多少|几个钱|\bhow much\b|\btotal\b", re.I)


WHAT_IF_SLOT = "what_if_move"  # the message supposing the move, while its what-if goes on


def what_if_carried(slots: dict[str, Any], text: str) -> str:
    """`text` as the other city's money asked: itself when it asks so or names a city; a
    follow-up asking money right after a move there was supposed ("那要是我们把户口迁回济南老家
    呢" … "那失业金那200呢 俩孩子加一块一个月多少") joined to the message that supposed it (the
    slot WHAT_IF_SLOT), so the what-if goes on (tester 88 c5 heard Beijing's no twice)."""
    said = normalise(text)
    before = slots.get(WHAT_IF_SLOT)
    if not isinstance(before, str) or not before or named_cities(text):
        return text
    if not MONEY_AGAIN.search(said) or WHY.search(said):
        return text
    return f"{before}，{text}"


def other_city_money_answer(
    slots: dict[str, Any], text: str, lang: Lang, day: date
) -> tuple[str, Entry] | None:
    """The answer to the other city's money asked by this family (see the module), and the
    measure it is about; None for any other message."""
    asked = asked_of_other_city(slots, text)
    if asked is None:
        return None
    entry, supposed = asked
    if supposed:
        return if_moved_there(entry, slots, lang, day, text), entry
    return not_for_this_family(entry, slots, lang), entry
