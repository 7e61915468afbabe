"""`policy-kb`: the hotline staff's lookup tool. Bad input gives one line on stderr and exit 2."""

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from inputs.strict_json import JSONInputError, loads, path_text, without_lone_surrogates
from policy_kb import format as fmt
from policy_kb.engine import evaluate
from policy_kb.errors import InputError, PolicyKBError
from policy_kb.household import parse_household, shown_value
from policy_kb.kb import catalogue, department_names, get_entry, load_catalogue
from policy_kb.models import Entry
from policy_kb.report import Report
from policy_kb.search import search as run_search
from policy_kb.text import Lang
from wording.cities import CITIES, choices

app = typer.Typer(
    help="Look up Jinan and Beijing birth-support measures and what a household is entitled to.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

LangOpt = Annotated[str, typer.Option("--lang", help="zh or en")]
CityOpt = Annotated[str | None, typer.Option("--city", help="jinan or beijing")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON")]
DEMO_HOUSEHOLD: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2024-05-20"}],
    "birth_insurance": "employee_maternity",
    "housing_fund_contributors": 2,
    "buying_first_home": True,
}


def fail(message: str) -> NoReturn:
    """One line on stderr, exit code 2. Bytes the terminal cannot take (a lone surrogate from
    an undecodable argument) are written escaped."""
    line = " ".join(f"error: {message}".split())
    typer.echo(line.encode("utf-8", "backslashreplace").decode("utf-8"), err=True)
    raise typer.Exit(2)


def _lang(value: str) -> Lang:
    if value not in ("zh", "en"):
        fail(f"--lang: must be 'zh' or 'en' (got {shown_value(value)})")
    return "zh" if value == "zh" else "en"


def _city(value: str | None) -> str | None:
    if value is not None and value not in CITIES:
        fail(f"--city: must be {choices()} (got {shown_value(value)})")
    return value


def _read_json(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as err:
        fail(f"{source}: cannot read: {err.strerror}")
    except UnicodeDecodeError:
        fail(f"{source}: not UTF-8 text")
    if not text.strip():
        fail(f"{source}: empty input, expected a JSON object")
    try:
        return loads(text)
    except JSONInputError as err:
        where = f" at {path_text(err.path)}" if err.path else ""
        fail(f"{source}: {err}{where}")


def render_report(report: Report, lang: Lang) -> str:
    zh = lang == "zh"
    lines = [
        f"{'城市' if zh else 'City'}: {report.city}   "
        f"{'评估日期' if zh else 'As of'}: {fmt.day(report.as_of, lang)}",
        "",
    ]
    for status in ("eligible", "needs_info", "not_eligible"):
        items = [e for e in report.entitlements if e.status == status]
        if not items:
            continue
        lines.append(f"== {fmt.STATUS_LABELS[status][lang]} ({len(items)}) ==")
        for e in items:
            who = f" [{fmt.child_label(e.child, lang)}]" if e.child else ""
            facts = "; ".join(fmt.figures(e, lang) + fmt.dates(e, lang))
            lines.append(f"- {e.title.get(lang)}{who}: {facts or '-'}   ({fmt.clause_ref(e)})")
            for reason in e.reasons.get(lang):
                lines.append(f"    {reason}")
        lines.append("")
    if report.missing_facts:
        labels = catalogue().fact_labels
        asked = ", ".join(labels[f].get(lang) for f in report.missing_facts)
        lines.append(("还需了解：" if zh else "Still to ask: ") + asked)
    lines.append(report.notice.get(lang))
    return "\n".join(lines)


@app.command()
def entitlements(
    source: Annotated[str, typer.Argument(help="household JSON file, or - for stdin")],
    as_json: JsonOpt = False,
    lang: LangOpt = "zh",
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="evaluation date, YYYY-MM-DD")
    ] = None,
) -> None:
    """What a household is entitled to (readable table, or the Report as JSON)."""
    language = _lang(lang)
    day = None
    if as_of is not None:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            fail(f"--as-of: not a date in YYYY-MM-DD form (got {shown_value(as_of)})")
    try:
        report = evaluate(parse_household(_read_json(source)), as_of=day)
    except InputError as err:
        fail(str(err))
    typer.echo(report.model_dump_json(indent=2) if as_json else render_report(report, language))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="question or keywords")],
    city: CityOpt = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="zh or en (default: the query's)")
    ] = None,
    as_json: JsonOpt = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=50)] = 5,
) -> None:
    """Measures ranked for a question, best first."""
    from policy_kb.search import detect_lang

    query = without_lone_surrogates(query)
    language = _lang(lang) if lang is not None else detect_lang(query)
    try:
        hits = run_search(query, lang=language, city=_city(city), limit=limit)
    except InputError as err:
        fail(str(err))
    if as_json:
        typer.echo(json.dumps([h.as_dict(language) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        typer.echo("没有找到相关条目。" if language == "zh" else "No matching measure.")
    for hit in hits:
        e = hit.entry
        typer.echo(f"{hit.score:6.2f}  {e.id:48} §{e.clause:14} {e.title.get(language)}")


def render_entry(e: Entry, lang: Lang) -> str:
    zh = lang == "zh"
    lines = [
        f"{e.title.get(lang)}  [{e.id}]",
        f"{e.document} §{e.clause} · {e.kind}",
        "",
        e.summary.get(lang),
        "",
    ]
    for name, param in e.parameters.items():
        if isinstance(param.value, dict):  # a table: one line a cell, as value()[row][column]
            lines.append(f"  {name} ({param.unit}):")
            for row, cells in param.value.items():
                lines += [f"    [{row}][{column}] = {cell}" for column, cell in cells.items()]
        else:
            lines.append(f"  {name} = {param.value} {param.unit}")
    leads = department_names(e.departments.lead)
    head = "牵头部门" if zh else "Lead department"
    lines.append(
        f"{head}: "
        + (
            ", ".join(d.get(lang) for d in leads)
            or ("方案未指明" if zh else "not named in the plan")
        )
    )
    lines.append("办理步骤：" if zh else "Next steps:")
    lines += [f"  {i}. {step}" for i, step in enumerate(e.next_steps.get(lang), start=1)]
    if e.silent_on:
        lines.append(("方案未写明：" if zh else "Not stated in the plan: ") + e.silent_on.get(lang))
    lines.append("原文：" if zh else "Source:")
    lines += [f'  §{s.clause}: "{s.quote}"' for s in e.sources]
    return "\n".join(lines)


@app.command()
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID")],
    lang: LangOpt = "zh",
    as_json: JsonOpt = False,
) -> None:
    """One measure in full: summary, figures, departments, steps and verbatim sources."""
    language = _lang(lang)
    try:
        e = get_entry(entry_id)
    except PolicyKBError as err:
        fail(str(err))
    typer.echo(e.model_dump_json(indent=2) if as_json else render_entry(e, language))


@app.command("list")
def list_entries(city: CityOpt = None, lang: LangOpt = "zh", as_json: JsonOpt = False) -> None:
    """All measures, by city and clause."""
    language, wanted = _lang(lang), _city(city)
    entries = [e for e in catalogue().entries.values() if wanted in (None, e.city)]
    if as_json:
        rows = [
            {"id": e.id, "city": e.city, "clause": e.clause, "title": e.title.get(language)}
            for e in entries
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for e in entries:
        typer.echo(f"{e.id:48} §{e.clause:14} {e.kind:10} {e.title.get(language)}")


@app.command()
def validate() -> None:
    """Check every data file: schema, verbatim quotes, figures inside their quotes."""
    try:
        kb = load_catalogue()
    except PolicyKBError as err:
        fail(str(err))
    typer.echo(
        f"ok: {len(kb.entries)} entries, {len(kb.documents)} documents, "
        f"{len(kb.departments)} departments"
    )


@app.command()
def demo(lang: LangOpt = "zh") -> None:
    """A sample household's entitlements and a sample search, to see the tool at work."""
    language = _lang(lang)
    typer.echo(json.dumps(DEMO_HOUSEHOLD, ensure_ascii=False))
    typer.echo(render_report(evaluate(DEMO_HOUSEHOLD), language))
    typer.echo("")
    query = "公积金贷款最高多少" if language == "zh" else "housing fund loan limit"
    typer.echo(f"search: {query}")
    search(query, city=None, lang=language, as_json=False, limit=3)


def main() -> None:
    """Console entry point: data errors become one line too."""
    try:
        app()
    except PolicyKBError as err:
        typer.echo(f"error: {err}", err=True)
        raise SystemExit(2) from None
