"""The extra 200 a month asked about ("do I get the extra 200", "我现在领失业金 能多领200吗";
tester 24 c08 heard only the 600 lines): Jinan clause 12 pays it for a birth while the family
received dibao, special hardship support or unemployment insurance benefits, so the answer is the
time of each birth, never the benefits now."""

import re
from datetime import date
from typing import Any

from actions.focus import dated_for, is_monthly_money, monthly_subsidy, same_payment
from actions.household import household_from_slots
from actions.unsaid import WORRIES
from policy_kb import InputError, evaluate, get_entry
from policy_kb import format as fmt
from policy_kb.household import Household
from policy_kb.models import Entry
from policy_kb.text import Lang
from understanding.reader import birth_orders_named
from understanding.text import normalise
from wording.entitlements import clause_name
from wording.language import t

NOW_SLOT = "hardship_now"  # household_form.NOW_SLOT (the form imports the answers' modules)

# The supplement asked about by its figure or as "extra" money: "the extra 200", "多领200",
# "加发的200", "额外的补贴", "the hardship top-up".
SUPPLEMENT_ASKED = re.compile(
    r"(?:extra|additional|more|another|added|the)\s+(?:rmb\s*|¥\s*)?200\b|\b200\s*(?:more|extra)\b"
    r"|(?<![+＋\d\s])\s*加(?:上|个)?\s*200|多(?:领|拿|给|发|补)?\s*200|(?<!\d)200\S{0,4}多(?:领|拿|给|发)|(?:加发|再加|额外|多给|多发)\S{0,4}(?:200|补贴|钱)?"
    r"|\b(?:hardship|dibao|unemployment)\s+(?:supplement|top-?up|extra)\b|\bsupplement\b",
    re.I,
)


def supplement_entry(city: str | None) -> Entry | None:
    """The money paid on top of the city's monthly subsidy under the same clause (Jinan clause
    12's 200 for a birth while on benefits); None for a city without one (Beijing)."""
    base = monthly_subsidy(city)
    if base is None:
        return None
    ids = sorted(same_payment(base) - {base.id})
    entries = [get_entry(i) for i in ids]
    return next((e for e in entries if is_monthly_money(e)), None)


def _at_births(household: Household, day: date) -> list[tuple[int, bool | None]]:
    """(birth order, benefits at that birth) of each child born who gets or got the subsidy
    itself, or may: the supplement is paid only on top of it."""
    base = monthly_subsidy(household.city)
    if base is None or not household.children:
        return []
    report = evaluate(household, as_of=day)
    ordered = sorted(household.children, key=lambda c: c.birth_date)
    out = []
    for e in report.entitlements:
        if e.id != base.id or e.child is None or e.child > len(ordered):
            continue
        child = ordered[e.child - 1]
        if child.birth_date > day or (e.status == "not_eligible" and e.end is None):
            continue  # a baby on the way, or a child who never had the subsidy
        at_birth = child.hardship_at_birth
        out.append((e.child, household.hardship_at_birth if at_birth is None else at_birth))
    return out


# A yes/no asked of the measure in focus (这样能加吗, 能不能加上, "can we get it then?").
YES_NO_OF_IT = re.compile(
    r"能|可以|行不行|算不算|吗|么|不\s*$|\bcan\b|\bcould\b|\bdo(?:es)?\b.*\?|\bwill\b", re.I
)


def supplement_verdict(
    slots: dict[str, Any], text: str, lang: Lang, day: date, in_focus: bool = False
) -> str | None:
    """'No: the extra 200 a month is for a birth while on …; you were not on them when child 2
    was born, and being on them now does not count (clause 12).' for a family whose benefits at
    the births are known to be no, or 'That depends on the time of the birth…' while they are
    open; None when not asked, or when the births were on benefits (the monthly lines say it).
    `in_focus`: the supplement is the measure the question is about, so a bare yes/no asks it."""
    extra = supplement_entry(slots.get("city"))
    if not SUPPLEMENT_ASKED.search(text) and not (in_focus and YES_NO_OF_IT.search(text)):
        return None  # in_focus: the 200 is the measure asked about ("这样能加吗", tester 102 p2)
    try:
        household = household_from_slots(slots, day)
    except InputError:
        return None
    if extra is None or household is None:
        return None
    births = _at_births(household, day)
    named = set(birth_orders_named(normalise(text)))
    if named & {order for order, _ in births}:  # "老三那份能加上200不": that child's birth only,
        births = [(order, b) for order, b in births if order in named]  # 老二's kept apart
    param = extra.parameters.get("monthly_amount_cny")
    amount = param.in_force(day) if param is not None else None
    if not births or not isinstance(amount, int) or any(b is True for _, b in births):
        return None
    who = t(lang, "、", " and ").join(fmt.child_label(order, lang) for order, _ in births)
    clause = clause_name(extra.clause, lang)
    now = slots.get(NOW_SLOT) is True
    rule = t(
        lang,
        f"每月加发的{amount}元只给在领低保、特困供养或失业保险金期间生孩子的家庭（{clause}）",
        f"the extra {amount} yuan a month is only for a birth while the family received dibao, "
        f"special hardship support or unemployment insurance benefits ({clause})",
    )
    if all(b is False for _, b in births):
        return t(
            lang,
            f"不能。{rule}；{who}出生时家里没在领" + ("，现在领的不算。" if now else "。"),
            f"No: {rule}; you were not on them when {who} {'were' if len(births) > 1 else 'was'}"
            " born" + (", and being on them now does not count." if now else "."),
        )
    return t(
        lang,
        f"要看{who}出生的时候：{rule}" + ("；现在在领，只有出生时也在领才算。" if now else "。"),
        f"That depends on the time of the birth of {who}: {rule}"
        + ("; being on them now counts only if you were on them then." if now else "."),
    )


# The benefits of the birth said to have ended since ("现在不领失业金了还给那200吗", "we're off
# dibao now, does the 200 stop?"): the worry the plan is silent on (actions.unsaid).
BENEFITS_ENDED = next(w.raised for w in WORRIES if w.fact == "hardship_at_birth")
OF_THE_MONEY = re.compile(r"200|加发|补贴|钱|发|给|extra|supplement|top-?up|subsidy|money", re.I)


def after_benefits_end(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """Whether the 200 more a month goes on once the benefits have ended (Jinan clause 12 pays
    it for a birth while on dibao, special hardship support or unemployment benefits, "直至孩子
    3周岁"): the plain answer per child whose birth was on them, to its third birthday, in one
    line; the unsaid worry line (whether ending them later stops it) follows from
    actions.unsaid. Tester 26 c05 got the whole rule block again. None when not asked so, or
    no child's birth is known to have been on them."""
    if not BENEFITS_ENDED.search(text) or not OF_THE_MONEY.search(text):
        return None
    extra = supplement_entry(slots.get("city"))
    if extra is None:
        return None
    household = _with_children(slots, day)
    if household is None or not household.children:
        return None
    report = evaluate(household, as_of=day)
    paid = [
        e
        for e in report.entitlements
        if e.id == extra.id and e.status == "eligible" and e.child and e.end is not None
    ]
    if not paid:
        return None
    amount = paid[0].monthly_amount_cny
    base = monthly_subsidy(household.city)
    age = None if base is None else base.parameters.get("age_limit_years")
    clause = clause_name(extra.clause, lang)
    lines = []
    for e in paid:
        zh_who, en_who = fmt.child_label(e.child or 0, "zh"), fmt.child_label(e.child or 0, "en")
        en_who = en_who[:1].upper() + en_who[1:]  # "Child 3", the sentence's first word
        end_day = fmt.day(e.end or day, lang)
        lines.append(
            t(
                lang,
                f"{zh_who}出生时在领，每月加发的{amount}元按方案发到孩子满{age.value}周岁，"
                f"也就是到{end_day}（{clause}）。",
                f"{en_who} was born while the family was on those benefits: the "
                f"{amount} yuan a month more "
                f"is paid until the child turns {age.value}, that is until {end_day} ({clause}).",
            )
            if age is not None
            else t(
                lang,
                f"{zh_who}出生时在领，每月加发{amount}元，到{end_day}（{clause}）。",
                f"{en_who} was born while the family was on those benefits: {amount} "
                f"yuan a month more "
                f"until {end_day} ({clause}).",
            )
        )
    return "\n".join(lines)


# The benefits supposed to end before a birth still to come ("要是生之前失业金领完了呢", "what if
# her unemployment benefit runs out before the baby comes?").
ENDS_BEFORE_BIRTH = re.compile(
    r"(?:生|出生|生孩子|生产|分娩)(?:之前|以前|前).{0,8}(?:领完|停|没了|不领|到期|断)"
    r"|(?:领完|停了|没了|不领了|到期|断了).{0,8}(?:再生|才生|生之前|出生前)"
    r"|\b(?:runs? out|ends?|stops?|expires?)\b.{0,30}\bbefore\b.{0,20}\b(?:born|birth|baby)",
    re.I,
)


def ends_before_birth(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """The benefits supposed to end before the birth of a child on the way (Jinan clause 12
    pays the 200 more only for a birth while on them): no 200 then, only the subsidy a month
    until the child's third birthday, per child on the way, with the clause. None when not asked
    so, no child is on the way, or the city pays no such supplement."""
    if not ENDS_BEFORE_BIRTH.search(text):
        return None
    extra = supplement_entry(slots.get("city"))
    base = monthly_subsidy(slots.get("city"))
    if extra is None or base is None:
        return None
    household = _with_children(slots, day)
    if household is None or not household.children:
        return None
    coming = [i for i, c in enumerate(household.children, start=1) if c.birth_date > day]
    if not coming:
        return None
    supposed = household.model_copy(
        update={
            "children": [
                c.model_copy(update={"hardship_at_birth": False}) if i in coming else c
                for i, c in enumerate(household.children, start=1)
            ]
        }
    )
    report = evaluate(supposed, as_of=day)
    amount = extra.param("monthly_amount_cny").value
    clause = clause_name(extra.clause, lang)
    lines = []
    for e in report.entitlements:
        if e.id != base.id or e.child not in coming or e.status != "eligible":
            continue
        zh_who, en_who = fmt.child_label(e.child or 0, "zh"), fmt.child_label(e.child or 0, "en")
        end_day = fmt.day(e.end or day, lang)
        lines.append(
            t(
                lang,
                f"那{zh_who}出生时不在领，就没有每月加发的{amount}元，只有育儿补贴"
                f"{e.monthly_amount_cny}元/月，至{end_day}（{clause}）。",
                f"If they end before {en_who} is born, there is no extra {amount} yuan, "
                f"only the subsidy of {e.monthly_amount_cny} yuan a month until {end_day} "
                f"({clause}).",
            )
        )
    return "\n".join(lines) or None


def _with_children(slots: dict[str, Any], day: date) -> Household | None:
    """The family from the slots with its children dated (the form's partial children when the
    list is not settled yet); None when no child is known or the slots are not a household."""
    try:
        household = household_from_slots(slots, day)
        if household is not None and household.children is None:
            household = dated_for(slots, day)
    except InputError:
        return None
    return household if household is not None and household.children else None


def coming_supplement(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """'能多给吗' of the one baby on the way (a 2nd or 3rd, Jinan clause 12), its birth's benefits
    not yet told or told as on them: the figure first, "能：老二出生时（预产期2027年3月）如果还在领
    失业金，每月600+200=800元，发到孩子满3周岁", then the question of that birth (tester 50 c05
    T1 got only the rule and the question). None when not asked so, or no such child."""
    if not SUPPLEMENT_ASKED.search(text) or slots.get("hukou_in_city") is False:
        return None
    from actions.children import births_to_come  # children imports the form's neighbours
    from wording.understood import benefit_named, written_date

    city = slots.get("city")
    extra, base = supplement_entry(city), monthly_subsidy(city)
    children = slots.get("children") or slots.get("children_partial") or []
    coming = births_to_come(children)
    if extra is None or base is None or len(coming) != 1:
        return None
    order, due = next(iter(coming.items()))
    held = children[order - 1].get("hardship_at_birth")
    held = slots.get("hardship_at_birth") if held is None else held
    orders = base.parameters["birth_orders"].in_force(day)
    if held is False or not isinstance(orders, list) or order not in orders:
        return None
    more = extra.parameters["monthly_amount_cny"].in_force(day)
    monthly = base.parameters["monthly_amount_cny"].in_force(day)
    limit = base.parameters["age_limit_years"].in_force(day)
    if not (isinstance(more, int) and isinstance(monthly, int) and isinstance(limit, int)):
        return None
    benefit = {
        "dibao": t(lang, "低保", "dibao"),
        "tekun": t(lang, "特困供养", "special hardship support"),
        "unemployment": t(lang, "失业保险金", "unemployment benefits"),
    }.get(
        benefit_named(text),
        t(
            lang,
            "低保、特困供养或失业保险金",
            "dibao, special hardship support or unemployment benefits",
        ),
    )
    who, when = fmt.child_label(order, lang), written_date(due, lang)
    place = t(lang, "济南", "Jinan") if city == "jinan" else str(city)
    hukou = (
        ""
        if slots.get("hukou_in_city") is True
        else t(lang, f"（须是{place}户籍家庭）", f" (for a family with {place} hukou)")
    )
    clause = clause_name(extra.clause, lang)
    if held is True:
        zh_if, en_if = f"能：{who}出生时（预产期{when}）家里在领{benefit}，", "Yes: "
    else:
        zh_if = f"能，只要{who}出生时（预产期{when}）家里还在领{benefit}："
        en_if = f"Yes, if the family is still on {benefit} when {who} is born (due {when}): "
    return t(
        lang,
        f"{zh_if}{who}每月{monthly}+{more}={monthly + more}元，发到孩子满{limit}周岁{hukou}；"
        f"出生时不领就只有{monthly}元（{clause}）。",
        f"{en_if}{who} gets {monthly}+{more} = {monthly + more} yuan a month until the child "
        f"turns {limit}{hukou}; without them at the birth, {monthly} yuan ({clause}).",
    )


# A state of the family now given as the reason for a child's monthly money ("老三只有600是因为她
# 现在上班了吗", "so the third one only gets 600 since she's working now?", "是不是因为现在不领低保
# 了才没有200"): Jinan clause 12's 200 more follows the time of that child's birth.
NOW = re.compile(r"现在|目前|如今|这会儿|眼下|\bnow\b|\bcurrently\b|\bthese days\b", re.I)
STATE_NOW = re.compile(
    r"上班|上着班|工作|有活|找到|复工|低保|特困|失业|不领|没领"
    r"|\bwork(?:ing|s)?\b|\bjobs?\b|\bemployed\b|\bdibao\b|\bunemploy\w*|\bbenefits?\b",
    re.I,
)
# ... as a reason ("是因为", "since", "because"), not a question of the money now ("我现在领失业金
# 能多领200吗": the extra 200 asked, supplement_verdict's).
FOR_REASON = re.compile(
    r"因为|由于|所以才|才(?:没|只)|\b(?:since|because|cause|coz|cos|due to)\b|'cause", re.I
)
CHILDS_MONEY = re.compile(
    r"只有|只能|只给|就给|才给|只拿|只领|\d{3}|加发|多给|补贴|\bonly\b|\bextra\b|\bsubsidy\b",
    re.I,
)


def reason_now_asked(text: str) -> bool:
    """Whether `text` offers a state of the family now as the reason for a child's money."""
    said = normalise(text)
    return bool(
        NOW.search(said)
        and STATE_NOW.search(said)
        and FOR_REASON.search(said)
        and CHILDS_MONEY.search(said)
    )


def reason_now_answer(slots: dict[str, Any], text: str, lang: Lang, day: date) -> str | None:
    """The answer to "only 600 because she works now?": no (or, with the birth's benefits
    unknown, that they decide it), each child's money as it stands, the rule that the 200 more
    looks at the time of that child's birth and not at work or benefits now (Jinan clause 12).
    None when not asked so, or the city pays no such supplement (Beijing)."""
    if not reason_now_asked(text):
        return None
    extra = supplement_entry(slots.get("city"))
    base = monthly_subsidy(slots.get("city"))
    household = _with_children(slots, day)
    if extra is None or base is None or household is None:
        return None
    report = evaluate(household, as_of=day)
    ordered = sorted(household.children or [], key=lambda c: c.birth_date)
    named = [o for o in birth_orders_named(normalise(text)) if 0 < o <= len(ordered)]
    paid = {
        e.child: e
        for e in report.entitlements
        if e.id == base.id and e.child and (e.status == "eligible" or e.end is not None)
    }
    orders = [o for o in named if o in paid] or sorted(paid)
    if not orders:
        return None
    more = extra.parameters["monthly_amount_cny"].in_force(day)
    clause = clause_name(extra.clause, lang)
    rule = t(
        lang,
        f"每月加发的{more}元只看孩子出生时家里是否在领低保、特困供养或失业保险金，"
        f"和现在上不上班、领不领这些都无关（{clause}）",
        f"the {more} yuan a month more depends only on whether the family received dibao, "
        f"special hardship support or unemployment insurance benefits when that child was "
        f"born, not on work or benefits now ({clause})",
    )
    held = {
        o: ordered[o - 1].hardship_at_birth
        if ordered[o - 1].hardship_at_birth is not None
        else household.hardship_at_birth
        for o in orders
    }
    lines, open_ = [], []
    for order in orders:
        e, who = paid[order], fmt.child_label(order, lang)
        head = who[:1].upper() + who[1:]
        monthly = e.monthly_amount_cny or base.parameters["monthly_amount_cny"].in_force(day)
        if held[order] is False:
            lines.append(
                t(
                    lang,
                    f"{who}每月{monthly}元：{who}出生时家里没在领，所以没有加发的{more}元。",
                    f"{head} gets {monthly} yuan a month: the family was not on those benefits "
                    f"when {who} was born, so there is no extra {more}.",
                )
            )
        elif held[order] is True:
            lines.append(
                t(
                    lang,
                    f"{who}出生时家里在领，每月{monthly}元（含加发的{more}元），现在上班也不影响。",
                    f"{head} was born while the family was on them: {monthly} yuan a month "
                    f"(with the extra {more}), whatever the work now.",
                )
            )
        else:
            open_.append(who)
    if open_:
        names = t(lang, "、", " and ").join(open_)
        alone = base.parameters["monthly_amount_cny"].in_force(day)
        lines.append(
            t(
                lang,
                f"{names}要看出生时：当时家里在领，就每月再加{more}元；没领就只有{alone}元。"
                f"{names}出生时家里在领吗？",
                f"For {names} it depends on the time of the birth: on them then, {more} yuan a "
                f"month more; not on them, {alone} yuan only. Was the family on them when "
                f"{names} was born?",
            )
        )
    lead = t(lang, "不是。", "No: ") if all(v is False for v in held.values()) else ""
    opening = t(lang, f"{lead}{rule}。", f"{lead}{rule}.")
    return "\n".join([opening[:1].upper() + opening[1:], *lines])


# The benefits held now, said beside the 200 asked ("那现在有低保了", "刚批了低保", "now we're on
# dibao", "I'm on unemployment benefit now").
HELD_NOW = re.compile(
    r"(?:现在|如今|目前|刚|已经|这不)[^，,。？?]{0,6}(?:有|批了?|领上?|吃上?|办了|拿)[^，,。？?]{0,3}"
    r"(?:低保|特困|失业金|失业保险)"
    r"|\b(?:now|just got|finally got|got approved for)\b[^,.?!]{0,20}"
    r"\b(?:dibao|tekun|unemployment)\b"
    r"|\b(?:on|getting|receiving) (?:dibao|tekun|unemployment benefits?) now\b",
    re.I,
)
# The 200 asked for from now on ("以后能给加上不", "能不能从现在开始补上", "can we get the extra 200
# now", "will they add the 200").
FROM_NOW_ASKED = re.compile(
    r"以后|从现在|现在开始|现在起|能给加上|能加上|加上不|补上"
    r"|\bnow\b|\bfrom now\b|\bstart(?:ing)?\b|\badd(?:ed)?\b",
    re.I,
)


def supplement_after_the_births(
    slots: dict[str, Any], text: str, lang: Lang, day: date
) -> str | None:
    """ "那现在有低保了 那个多的200以后能给加上不" of children born while the family was not on the
    benefits: no. Jinan clause 12 adds the 200 for a birth while on dibao, special hardship
    support or unemployment insurance benefits; taking them up later adds nothing (tester 94 g1
    was told "能"). None when not asked so, or a child's birth is on them or not known."""
    if not (SUPPLEMENT_ASKED.search(text) or re.search(r"200|两百", text)):
        return None
    if not HELD_NOW.search(text) or not FROM_NOW_ASKED.search(text):
        return None  # "do I get the extra 200": the supplement's own answer, no late start told
    extra = supplement_entry(slots.get("city"))
    household = household_from_slots(slots, day) if extra is not None else None
    if extra is None or household is None or not household.children:
        return None
    births = _at_births(household, day)
    if not births or any(held is not False for _order, held in births):
        return None
    amount = extra.param("monthly_amount_cny").value
    who = t(lang, "、", " and ").join(fmt.child_label(order, lang) for order, _held in births)
    clause = clause_name(extra.clause, lang)
    return t(
        lang,
        f"不能。每月加发的{amount}元看的是孩子出生时家里是否在领低保、特困供养或失业保险金；"
        f"{who}出生时没有领，之后才开始领，不会再加（{clause}）。",
        f"No. The extra {amount} yuan a month depends on whether the family was on dibao, special "
        f"hardship support or unemployment benefits when the child was born; {who} "
        f"{'were' if len(births) > 1 else 'was'} born before the family was on them, so taking "
        f"them up now adds nothing ({clause}).",
    )
