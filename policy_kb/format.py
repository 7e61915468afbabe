"""Plain-text wording of figures and entitlements, shared by the CLI and the chat actions."""

from datetime import date

from policy_kb.kb import catalogue
from policy_kb.report import Entitlement
from policy_kb.text import Lang

STATUS_LABELS = {
    "eligible": {"zh": "符合", "en": "eligible"},
    "needs_info": {"zh": "待确认", "en": "needs info"},
    "not_eligible": {"zh": "不符合", "en": "not eligible"},
}


def money(amount: int, lang: Lang) -> str:
    return f"{amount:,}元" if lang == "zh" else f"{amount:,} yuan"


def day(value: date, lang: Lang) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if lang == "zh" else f"{value:%-d %b %Y}"


def percent(rate: float) -> str:
    return f"{rate * 100:g}%"


def child_label(order: int, lang: Lang) -> str:
    return f"第{order}个孩子" if lang == "zh" else f"child {order}"


def figures(e: Entitlement, lang: Lang) -> list[str]:
    """The entitlement's amounts and days, each as a short phrase."""
    zh = lang == "zh"
    parts: list[str] = []
    if e.monthly_amount_cny is not None:
        parts.append(
            f"每月{money(e.monthly_amount_cny, lang)}"
            if zh
            else f"{money(e.monthly_amount_cny, lang)}/month"
        )
    if e.total_amount_cny is not None:
        parts.append(
            f"共{money(e.total_amount_cny, lang)}"
            if zh
            else f"{money(e.total_amount_cny, lang)} in total"
        )
    if e.amount_cny is not None:
        parts.append(money(e.amount_cny, lang))
    if e.max_amount_cny is not None:
        parts.append(
            f"最高{money(e.max_amount_cny, lang)}"
            if zh
            else f"up to {money(e.max_amount_cny, lang)}"
        )
    if e.rate is not None:
        parts.append(f"报销{percent(e.rate)}" if zh else f"{percent(e.rate)} reimbursed")
    if e.days is not None:
        floor = days_are_a_minimum(e)  # "no less than 15 days": the text sets a floor
        each = per_parent(e)  # Jinan §11: "the parents … are each entitled to" (tester 33)
        if floor == "per_year":
            parts.append(
                f"{'每人' if each else ''}每年不少于{e.days}天"
                if zh
                else f"at least {e.days} days a year{' each' if each else ''}"
            )
        elif floor:
            parts.append(f"不少于{e.days}天" if zh else f"at least {e.days} days")
        else:
            parts.append(f"{e.days}天" if zh else f"{e.days} days")
    if e.area_m2 is not None:
        parts.append(f"增加{e.area_m2:g}平方米" if zh else f"+{e.area_m2:g} m²")
    return parts


def per_parent(e: Entitlement) -> bool:
    """Whether the entitlement's days are each parent's (a parameter's unit "per parent": Jinan
    §11's parental leave, "the parents … are each entitled to … 10 days … per year")."""
    entry = catalogue().entries.get(e.id)
    return entry is not None and any("per parent" in p.unit for p in entry.parameters.values())


def days_are_a_minimum(e: Entitlement) -> str | None:
    """ "once" or "per_year" when the entitlement's days come from a parameter the text words as
    a floor (Jinan §11: "no less than 15 days of paternity leave", "no less than 10 days of
    parental leave per year"; the parameter is named min_days / min_days_per_year), else None."""
    entry = catalogue().entries.get(e.id)
    names = entry.parameters if entry is not None else {}
    if "min_days_per_year" in names:
        return "per_year"
    return "once" if "min_days" in names else None


def _paid_until_age(e: Entitlement) -> int | None:
    """The age a monthly payment runs to, for money the plan pays until an age without a first
    month (the parameter age_limit_years beside a monthly amount), else None."""
    entry = catalogue().entries.get(e.id)
    limit = entry.parameters.get("age_limit_years") if entry is not None else None
    if e.monthly_amount_cny is None or limit is None or not isinstance(limit.value, int):
        return None
    return limit.value


def dates(e: Entitlement, lang: Lang) -> list[str]:
    zh = lang == "zh"
    parts: list[str] = []
    age = _paid_until_age(e)
    if age is not None and e.end is not None:
        # the plan pays "until the child reaches the age of 3" and names no first month (Jinan
        # §12): the end date, never a period opening on the birth (tester 38 c04)
        parts.append(
            f"发到{day(e.end, lang)}（孩子满{age}周岁；方案没写从哪个月开始发）"
            if zh
            else f"paid until {day(e.end, lang)} (when the child turns {age}; the plan does not "
            "say from which month it starts)"
        )
    elif e.start is not None and e.end is not None:
        parts.append(
            f"{day(e.start, lang)}至{day(e.end, lang)}"
            if zh
            else f"{day(e.start, lang)} to {day(e.end, lang)}"
        )
    elif e.end is not None and (e.certain or e.status != "not_eligible"):
        # an end of our reading of the text (Jinan 15's "当年" read as the year of the birth)
        # is said with that reading in the reason, never as a firm date (tester 46 item 8)
        parts.append(f"至{day(e.end, lang)}止" if zh else f"until {day(e.end, lang)}")
    if e.apply_by is not None and (e.status != "not_eligible" or e.certain):
        # a window passed with its outcome open (enrolled in time?): its reason says when it
        # ended; "须在9月1日前办理" beside "9月前后结束" read as a second, made-up day (tester 22)
        parts.append(
            f"须在{day(e.apply_by, lang)}前办理" if zh else f"act by {day(e.apply_by, lang)}"
        )
    return parts


def clause_ref(e: Entitlement) -> str:
    refs = dict.fromkeys(f"{s.document} §{s.clause}" for s in e.sources)
    return "; ".join(refs)
