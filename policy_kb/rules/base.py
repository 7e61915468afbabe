"""The rule framework: checks that explain themselves, and how checks become an Entitlement."""

import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from policy_kb.household import Child, Household
from policy_kb.kb import catalogue, department_names
from policy_kb.models import Entry, Parameter
from policy_kb.report import Entitlement
from policy_kb.text import Lang, Text, TextList

T = TypeVar("T")


@dataclass(frozen=True)
class Check:
    """One condition's verdict (None = undecided) with its reason and the facts that decide it."""

    verdict: bool | None
    reason: Text
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """A household at a date: what every rule reads."""

    household: Household
    as_of: date
    children: list[Child] = field(default_factory=list)

    @property
    def children_known(self) -> bool:
        return self.household.children is not None

    @property
    def born(self) -> list[Child]:
        """The children born by the evaluation date, in birth order."""
        return [c for c in self.children if c.birth_date <= self.as_of]

    @property
    def due(self) -> list[Child]:
        """Babies on the way: a birth date (then a due date) after the evaluation date."""
        return [c for c in self.children if c.birth_date > self.as_of]

    def is_due(self, child: Child) -> bool:
        return child.birth_date > self.as_of


Rule = Callable[[Context], list[Entitlement]]


def birth_as_said(child: Child) -> Text:
    """A child's birth (or due) date at the precision it was said, with its English preposition:
    "2024年5月1日" / "on 1 May 2024", "2024年5月" / "in May 2024", "2022年" / "in 2022"."""
    day = child.birth_date
    if child.birth_date_precision == "year":
        return Text(zh=f"{day.year}年", en=f"in {day.year}")
    if child.birth_date_precision == "month":
        return Text(zh=f"{day.year}年{day.month}月", en=f"in {day:%B %Y}")
    return Text(zh=_format(day, "zh"), en=f"on {_format(day, 'en')}")


def _format(value: Any, lang: Lang) -> str:
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, date):
        return (
            f"{value.year}年{value.month}月{value.day}日" if lang == "zh" else f"{value:%-d %B %Y}"
        )
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"
    return str(value)


class _Plurals(string.Formatter):
    """str.format, and "{n:child|children}" the word for the number n: the first for 1, the
    second for any other ("You have 1 child", "2 housing fund contributors")."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if str(value) == "1" else many
        return str(super().format_field(value, format_spec))


_PLURALS = _Plurals()
_REASONS: dict[tuple[Any, ...], Text] = {}  # filled reasons: the same few recur every evaluation
_REASONS_KEPT = 4096


def reason(code: str, **values: Any) -> Text:
    """The reason text `code` from reasons.yaml, filled in each language. Values are dates,
    numbers, strings and Text (all hashable), so a filled reason is kept and reused: formatting
    them was a third of `evaluate()`'s time."""
    cat = catalogue()
    key = (id(cat), code, *sorted(values.items()))
    kept = _REASONS.get(key)
    if kept is not None:
        return kept
    template = cat.reasons[code]
    if not values:
        return template
    zh = _PLURALS.format(template.zh, **{k: _format(v, "zh") for k, v in values.items()})
    en = _PLURALS.format(template.en, **{k: _format(v, "en") for k, v in values.items()})
    filled = Text(zh=zh, en=en[:1].upper() + en[1:])  # "the 2nd child ..." starts a sentence
    if len(_REASONS) >= _REASONS_KEPT:
        _REASONS.clear()
    _REASONS[key] = filled
    return filled


def value(entry: Entry, name: str, as_of: date) -> Any:
    """A parameter's value in force on `as_of`: the only way a figure reaches a rule."""
    param: Parameter = entry.param(name)
    return param.in_force(as_of)


def lookup(table: Mapping[int, Mapping[int, T]], row: int, column: int) -> T | None:
    """A table's cell for the largest row and column not above `row` and `column` (so the last
    row or column reads "or more"); None below the first row or column."""
    rows = [r for r in table if r <= row]
    if not rows:
        return None
    cells = table[max(rows)]
    columns = [c for c in cells if c <= column]
    return cells[max(columns)] if columns else None


def definition(name: str) -> int:
    """A term the plans leave to national law (definitions.yaml), e.g. the age of a minor."""
    return catalogue().definitions[name].value


def decide(
    entry: Entry,
    checks: Iterable[Check],
    *,
    child: int | None = None,
    amounts: Mapping[str, Any] | None = None,
    always: Mapping[str, Any] | None = None,
    certain: bool = True,
) -> Entitlement:
    """Combine checks: any failure -> not_eligible; else any unknown -> needs_info; else eligible.

    `amounts` are filled in only when eligible; `always` (dates such as an end or a deadline)
    are shown whatever the status, because they explain it."""
    checks = list(checks)
    failed = [c for c in checks if c.verdict is False]
    undecided = [c for c in checks if c.verdict is None]
    if failed:
        status, shown, missing = "not_eligible", failed, []
    elif undecided:
        status, shown = "needs_info", checks
        missing = list(dict.fromkeys(f for c in undecided for f in c.facts))
    else:
        status, shown, missing = "eligible", checks, []
    fields: dict[str, Any] = dict(always or {})
    if status == "eligible":
        fields.update(amounts or {})
    return Entitlement(
        id=entry.id,
        status=status,
        child=child,
        kind=entry.kind,
        title=entry.title,
        reasons=TextList(zh=[c.reason.zh for c in shown], en=[c.reason.en for c in shown]),
        missing_facts=missing,
        next_steps=entry.next_steps,
        sources=entry.sources,
        lead_departments=department_names(entry.departments.lead),
        silent_on=entry.silent_on,
        certain=certain,
        **fields,
    )


def per_child(
    ctx: Context,
    e: Entry,
    one: Callable[[int, Child], Entitlement],
    while_unknown: list[Check],
) -> list[Entitlement]:
    """A per-child measure: `one(order, child)` for each child in birth order (1-based, babies on
    the way included), or a single needs_info from `while_unknown` while the children are
    unknown."""
    if not ctx.children_known:
        return [decide(e, while_unknown)]
    return [one(order, child) for order, child in enumerate(ctx.children, start=1)]


def entry(entry_id: str) -> Entry:
    return catalogue().entries[entry_id]
