"""The console's read-out wording: figures and dates in the locale (100万元 / 1,000,000 yuan,
2027年9月15日 / 15 Sep 2027) and one sentence per answer, for a hotline worker to say.

Every figure comes from a Report (policy_kb.evaluate) or an entry's parameters; conditions from
the Report's reasons or the entry's summary; clauses from `sources`. Nothing here is a figure."""

from datetime import date

from policy_kb import UnknownEntryError, get_entry
from policy_kb import format as fmt
from policy_kb.dates import add_years
from policy_kb.models import Entry, Parameter, Value
from policy_kb.report import Entitlement
from policy_kb.text import Text
from wording.cities import city_name
from wording.entitlements import clause_refs as refs_of
from wording.entitlements import label
from wording.language import LANGS, Lang, t


def money(amount: int, lang: Lang) -> str:
    """600元, 21,600元, 100万元 / 600 yuan, 1,000,000 yuan: 万 only for whole multiples of
    10,000, so that every amount in one table reads aloud by one rule (never 2.16万元)."""
    if lang == "en":
        return fmt.money(amount, "en")
    if amount >= 10_000 and amount % 10_000 == 0:
        return f"{amount // 10_000}万元"
    return f"{amount:,}元"


def day(value: date, lang: Lang) -> str:
    return fmt.day(value, lang)


# What a leave's days parameter says besides its number, in the data's own words: its
# `description` ("Minimum paternity leave ...") and `unit` ("days per parent per year").
LEAST = {"minimum": Text(zh="不少于", en="no less than")}
DAYS_UNITS: dict[str, dict[str, str]] = {  # unit: Chinese words before, English after the days
    "days": {"zh": "", "en": ""},
    "days per parent per year": {"zh": "每人每年", "en": " a year for each parent"},
}


def _days_parameter(e: Entitlement) -> Parameter | None:
    """The entry's parameter the answer's days are, by its unit and value."""
    try:
        entry = get_entry(e.id)
    except UnknownEntryError:
        return None
    found = [
        p for p in entry.parameters.values() if p.unit in DAYS_UNITS and e.days in p.values.values()
    ]
    return found[0] if len(found) == 1 else None


def days_text(e: Entitlement, lang: Lang) -> str:
    """15天 / 不少于15天 / 每人每年不少于10天; 'no less than 10 days a year for each parent'."""
    p = _days_parameter(e)
    least = next(
        (w.get(lang) for k, w in LEAST.items() if p and p.description.lower().startswith(k)), ""
    )
    unit = DAYS_UNITS[p.unit] if p else {"zh": "", "en": ""}
    if lang == "zh":
        return f"{unit['zh']}{least}{e.days}天"
    return f"{least} {e.days} days{unit['en']}".strip()


def _age_limit(e: Entitlement, birthdays: list[date]) -> int | None:
    """The age in years (an entry's `years` parameter) at which the answer ends, when its end is
    a child's birthday at that age."""
    if e.end is None:
        return None
    try:
        entry = get_entry(e.id)
    except UnknownEntryError:
        return None
    for p in entry.parameters.values():
        if p.unit != "years":
            continue
        for years in p.values.values():
            if isinstance(years, int) and any(add_years(b, years) == e.end for b in birthdays):
                return years
    return None


def dates(e: Entitlement, lang: Lang, as_of: date, birthdays: list[date]) -> list[str]:
    """policy_kb.format.dates, but a leave that ends at a child's birthday says so ('至孩子满3周岁
    （2027年5月10日）') and leaves out a start that is the assessment day itself."""
    years = _age_limit(e, birthdays) if e.days is not None else None
    if years is None or e.end is None:
        return fmt.dates(e, lang)
    end = day(e.end, lang)
    until = t(lang, f"至孩子满{years}周岁（{end}）", f"until the child turns {years} ({end})")
    if e.start is not None and e.start > as_of:
        start = day(e.start, lang)
        until = t(lang, f"自{start}起，{until}", f"from {start} {until}")
    parts = [until]
    if e.apply_by is not None:
        parts.extend(fmt.dates(e.model_copy(update={"start": None, "end": None}), lang))
    return parts


def figures(e: Entitlement, lang: Lang) -> list[str]:
    """policy_kb.format.figures with the amounts in the locale's words."""
    zh = lang == "zh"
    parts: list[str] = []
    if e.monthly_amount_cny is not None:
        amount = money(e.monthly_amount_cny, lang)
        parts.append(f"每月{amount}" if zh else f"{amount} a month")
    if e.total_amount_cny is not None:
        amount = money(e.total_amount_cny, lang)
        parts.append(f"共{amount}" if zh else f"{amount} in total")
    if e.amount_cny is not None:
        parts.append(money(e.amount_cny, lang))
    if e.max_amount_cny is not None:
        amount = money(e.max_amount_cny, lang)
        parts.append(f"最高{amount}" if zh else f"up to {amount}")
    if e.rate is not None:
        parts.append(f"报销{fmt.percent(e.rate)}" if zh else f"{fmt.percent(e.rate)} reimbursed")
    if e.days is not None:
        parts.append(days_text(e, lang))
    if e.area_m2 is not None:
        parts.append(f"增加{e.area_m2:g}平方米" if zh else f"{e.area_m2:g} m² more")
    return parts


def clause_refs(sources_: list[tuple[str, str]], lang: Lang) -> str:
    """'《…》第12条' / '…, clause 12', each clause once (wording.entitlements.clause_refs)."""
    return t(lang, "、", "; ").join(refs_of(sources_, lang))


STATUS_SAID = {
    "eligible": Text(zh="可以享受", en="the family gets it"),
    "needs_info": Text(zh="还要确认", en="it depends on one more fact"),
    "not_eligible": Text(zh="不能享受", en="the family does not get it"),
}


def _sentence_end(text: str, lang: Lang) -> str:
    text = text.strip()
    if lang == "zh":
        return text.rstrip("。") + "。"
    text = text[:1].upper() + text[1:]  # a sentence of its own after a full stop
    return text if text.endswith((".", "!", "?")) else text + "."


def reasons_text(e: Entitlement, lang: Lang) -> str:
    """The reasons as sentences, each ended and (English) starting with a capital."""
    return " ".join(_sentence_end(r, lang) for r in e.reasons.get(lang))


def say_entitlement(e: Entitlement, as_of: date, birthdays: list[date]) -> Text:
    """'育儿补贴（第2个孩子）：可以享受，每月600元，至2028年1月10日止。因为……（依据《…》第12条）'"""
    said: dict[str, str] = {}
    for lang in LANGS:
        head = [
            STATUS_SAID[e.status].get(lang),
            *figures(e, lang),
            *dates(e, lang, as_of, birthdays),
        ]
        reasons = reasons_text(e, lang)
        refs = clause_refs([(s.document, s.clause) for s in e.sources], lang)
        said[lang] = t(
            lang,
            f"{label(e, 'zh')}：{'，'.join(head)}。{reasons}（依据{refs}）",
            f"{label(e, 'en')}: {', '.join(head)}. {reasons} (Source: {refs})",
        )
    return Text(**said)


def say_entry(entry: Entry) -> Text:
    """'陪产假（济南）：按政策生育……（依据《…》第11条）' from the entry's summary and clause."""
    said: dict[str, str] = {}
    for lang in LANGS:
        city = city_name(entry.city, lang)
        refs = clause_refs([(entry.document, entry.clause)], lang)
        summary = _sentence_end(entry.summary.get(lang), lang)
        said[lang] = t(
            lang,
            f"{entry.title.zh}（{city}）：{summary}（依据{refs}）",
            f"{entry.title.en} ({city}): {summary} (Source: {refs})",
        )
    return Text(**said)


UNIT_WORDS: dict[str, Text] = {
    "CNY once per institution": Text(zh="（每个机构一次）", en=" once per institution"),
    "CNY per enrolled child per month": Text(
        zh="（每名在托儿童每月）", en=" per enrolled child a month"
    ),
    "CNY per hospital delivery": Text(zh="（每例住院分娩）", en=" per hospital delivery"),
    "CNY per month per child": Text(zh="（每孩每月）", en=" a month per child"),
    "CNY per person per month": Text(zh="（每人每月）", en=" per person a month"),
    "birth order": Text(zh="（孩次）", en=" (birth order)"),
    "children": Text(zh="个孩子", en=" children"),
    "days": Text(zh="天", en=" days"),
    "days per parent per year": Text(zh="天（父母每人每年）", en=" days per parent a year"),
    "metres": Text(zh="米", en=" metres"),
    "minor children": Text(zh="名未成年子女", en=" minor children"),
    "months from birth": Text(zh="个月（自出生起）", en=" months from birth"),
    "square metres per additional child": Text(
        zh="平方米（每多一个孩子）", en=" m² per additional child"
    ),
    "years": Text(zh="年", en=" years"),
}


def in_force_since(p: Parameter, as_of: date) -> date:
    """The day the value in force on `as_of` took effect (Parameter.in_force's choice)."""
    started = [d for d in p.values if d <= as_of]
    return max(started) if started else min(p.values)


# A table parameter's rows and columns in words, by its unit: {n} is the row's or column's
# number, {more} is said of the last one, which reads "or more" (policy_kb.rules.base.lookup),
# {s} is the English plural's.
TABLE_WORDS: dict[str, tuple[Text, Text]] = {
    "CNY by children and contributors": (
        Text(zh="{n}孩{more}家庭", en="{n}{more} children"),
        Text(zh="{n}人{more}缴存", en="{n}{more} contributor{s}"),
    ),
}
OR_MORE = Text(zh="及以上", en=" or more")


def _heading(words: Text, n: int, last: bool, lang: Lang) -> str:
    plural = "" if n == 1 and not last else "s"
    return words.get(lang).format(n=n, more=OR_MORE.get(lang) if last else "", s=plural)


def table_cells(p: Parameter, as_of: date) -> list[tuple[str, Text, Text]]:
    """Each cell of a table parameter in force on `as_of`: its key as value()[row][column]
    reads it, its row and column in words (3孩及以上家庭、2人及以上缴存 / 3 or more children,
    2 or more contributors) and its value in the locale."""
    table = p.in_force(as_of)
    assert isinstance(table, dict), f"{p.description}: not a table"
    rows, columns = TABLE_WORDS[p.unit]
    cells = []
    for row, row_cells in table.items():
        for column, cell in row_cells.items():
            label = {
                lang: t(lang, "、", ", ").join(
                    [
                        _heading(rows, row, row == max(table), lang),
                        _heading(columns, column, column == max(row_cells), lang),
                    ]
                )
                for lang in LANGS
            }
            value = {lang: _value_text(cell, p.unit, lang) for lang in LANGS}
            cells.append((f"[{row}][{column}]", Text(**label), Text(**value)))
    return cells


def figure_text(p: Parameter, lang: Lang, as_of: date) -> str:
    """The value in force on `as_of`, in the locale: 100万元, 15天, 2023年1月1日, 第2、3个孩子."""
    return _value_text(p.in_force(as_of), p.unit, lang)


def _value_text(value: Value, unit: str, lang: Lang) -> str:
    if isinstance(value, date):
        return day(value, lang)
    if isinstance(value, list):
        joined = ("、" if lang == "zh" else ", ").join(str(v) for v in value)
        return t(lang, f"第{joined}个孩子", f"child {joined}") if unit == "birth order" else joined
    if isinstance(value, dict):  # a table: the console shows it a cell a line (table_cells)
        raise ValueError("a table parameter is worded by table_cells()")
    if unit == "share" and isinstance(value, float):
        return fmt.percent(value)
    words = UNIT_WORDS.get(unit)
    if unit.startswith("CNY") and isinstance(value, int):
        return money(value, lang) + (words.get(lang) if words else "")
    shown = f"{value:,}" if lang == "en" and isinstance(value, int) else f"{value:g}"
    return shown + (words.get(lang) if words else f" {unit}")
