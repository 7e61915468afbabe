"""Loading and checking the knowledge base: YAML under policy_kb/data, texts under sources/."""

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from policy_kb.errors import DataError, UnknownEntryError
from policy_kb.figures import figure_in, numbers_in
from policy_kb.models import (
    AbsentTopic,
    Catalogue,
    Definition,
    Department,
    Document,
    Entry,
    Source,
)
from policy_kb.text import Text

PACKAGE_DIR = Path(__file__).parent
DATA_DIR = PACKAGE_DIR / "data"
SOURCES_DIR = PACKAGE_DIR / "sources"
ENTRY_DIRS = ("jinan", "beijing")
M = TypeVar("M", bound=BaseModel)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise DataError(f"{path.name}: not valid YAML: {err}") from None
    except OSError as err:
        raise DataError(f"{path}: cannot read: {err.strerror}") from None


def _field_path(err: ErrorDetails) -> str:
    return ".".join(str(part) for part in err["loc"]) or "(entry)"


def _build(model: type[M], raw: Any, where: str) -> M:
    """Validate one record; a failure names the file, the record id and every bad field."""
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        problems = "; ".join(f"field {_field_path(e)}: {e['msg']}" for e in err.errors())
        raise DataError(f"{where}: {problems}") from None


def _records(path: Path, key: str, root: Path) -> Iterator[tuple[str, Any]]:
    """The list under `key` in a data file, each with a label naming file and record id."""
    content = _read_yaml(path)
    if not isinstance(content, dict) or not isinstance(content.get(key), list):
        raise DataError(f"{path.name}: expected a mapping with a list under '{key}'")
    for index, raw in enumerate(content[key]):
        record_id = raw.get("id", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
        yield f"{path.relative_to(root)}: entry {record_id}", raw


def entry_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(p for d in ENTRY_DIRS for p in (data_dir / d).glob("*.yaml"))


def _load_entries(data_dir: Path, fact_names: set[str]) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for path in entry_files(data_dir):
        for where, raw in _records(path, "entries", data_dir):
            entry = _build(Entry, raw, where)
            if entry.id in entries:
                raise DataError(f"{where}: field id: duplicate id {entry.id}")
            unknown = set(entry.facts) - fact_names
            if unknown:
                raise DataError(f"{where}: field facts: unknown fact(s) {sorted(unknown)}")
            entries[entry.id] = entry
    return entries


def load_catalogue(data_dir: Path = DATA_DIR) -> Catalogue:
    """Read and validate every data file; raise DataError naming file, entry and field."""
    documents = {
        d.id: d
        for where, raw in _records(data_dir / "documents.yaml", "documents", data_dir)
        for d in [_build(Document, raw, where)]
    }
    departments = {
        d.id: d
        for where, raw in _records(data_dir / "departments.yaml", "departments", data_dir)
        for d in [_build(Department, raw, where)]
    }
    notice = _build(
        Text, _read_yaml(data_dir / "documents.yaml").get("notice"), "documents.yaml: notice"
    )
    definitions = _definitions(data_dir / "definitions.yaml")
    reasons = _text_table(data_dir / "reasons.yaml", "reasons")
    fact_labels = _text_table(data_dir / "facts.yaml", "facts")
    entries = _load_entries(data_dir, set(fact_labels))
    absent = {
        a.id: a
        for where, raw in _records(data_dir / "absent.yaml", "absent", data_dir)
        for a in [_build(AbsentTopic, raw, where)]
    }
    catalogue = Catalogue(
        documents=documents,
        definitions=definitions,
        departments=departments,
        entries=entries,
        notice=notice,
        reasons=reasons,
        fact_labels=fact_labels,
        absent=absent,
    )
    problems = list(consistency_problems(catalogue))
    if problems:
        raise DataError(problems[0] if len(problems) == 1 else "; ".join(problems[:5]))
    return catalogue


def _text_table(path: Path, key: str) -> dict[str, Text]:
    content = _read_yaml(path)
    table = content.get(key) if isinstance(content, dict) else None
    if not isinstance(table, dict):
        raise DataError(f"{path.name}: expected a mapping under '{key}'")
    return {name: _build(Text, raw, f"{path.name}: {name}") for name, raw in table.items()}


def _definitions(path: Path) -> dict[str, Definition]:
    """Terms defined by law; each value must be written in its article's English text."""
    content = _read_yaml(path)
    table = content.get("definitions") if isinstance(content, dict) else None
    if not isinstance(table, dict):
        raise DataError(f"{path.name}: expected a mapping under 'definitions'")
    found = {name: _build(Definition, raw, f"{path.name}: {name}") for name, raw in table.items()}
    for name, d in found.items():
        if not figure_in(d.value, d.unit, d.quote.en):
            raise DataError(f"{path.name}: {name}: field value: {d.value} not in its quote")
    return found


@cache
def source_text(source_file: str) -> str:
    path = SOURCES_DIR / source_file
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(f"{path}: cannot read the policy text: {err.strerror}") from None


def _quote_problem(catalogue: Catalogue, entry: Entry, source: Source, field: str) -> str | None:
    document = catalogue.documents.get(source.document)
    if document is None:
        return f"entry {entry.id}: field {field}.document: unknown document {source.document}"
    if source.quote not in source_text(document.source_file):
        return (
            f"entry {entry.id}: field {field}.quote: not a verbatim span of {document.source_file}"
        )
    return None


def consistency_problems(catalogue: Catalogue) -> Iterator[str]:
    """Cross-record checks: ids, cities, departments, verbatim quotes, figures inside quotes."""
    for entry in catalogue.entries.values():
        document = catalogue.documents.get(entry.document)
        if not entry.id.startswith(entry.city + "."):
            yield f"entry {entry.id}: field id: must start with its city '{entry.city}.'"
        if document is None or document.city != entry.city:
            yield f"entry {entry.id}: field document: {entry.document} is not a {entry.city} plan"
            continue
        for role in ("lead", "responsible"):
            for dep in getattr(entry.departments, role):
                if catalogue.departments.get(dep) is None:
                    yield f"entry {entry.id}: field departments.{role}: unknown department {dep}"
        for i, source in enumerate(entry.sources):
            problem = _quote_problem(catalogue, entry, source, f"sources.{i}")
            if problem:
                yield problem
        for name, param in entry.parameters.items():
            for quote in param.quotes:
                as_source = Source(document=entry.document, clause=entry.clause, quote=quote)
                problem = _quote_problem(catalogue, entry, as_source, f"parameters.{name}")
                if problem:
                    yield problem
            for day, value in param.values.items():
                if not figure_in(value, param.unit, " ".join(param.quotes)):
                    yield (
                        f"entry {entry.id}: field parameters.{name}.values.{day}: "
                        f"{value} not in its quote"
                    )
        yield from _stray_figures(entry)
    for topic in catalogue.absent.values():
        for entry_id in topic.nearest:
            if entry_id not in catalogue.entries:
                yield f"absent topic {topic.id}: field nearest: unknown entry {entry_id}"
    for dep in catalogue.departments.values():
        texts = [
            source_text(d.source_file) for d in catalogue.documents.values() if d.city == dep.city
        ]
        if not any(dep.name.en in text for text in texts):
            yield f"department {dep.id}: field name.en: not named in the {dep.city} text"


def _stray_figures(entry: Entry) -> Iterator[str]:
    """A number in a title, summary or step must be one the entry's quotes state."""
    quoted: set[float] = set()
    for quote in [s.quote for s in entry.sources] + [
        q for p in entry.parameters.values() for q in p.quotes
    ]:
        quoted |= numbers_in(quote)
    quoted |= numbers_in(entry.clause)
    for field, text in _prose(entry):
        stray = numbers_in(text) - quoted
        if stray:
            shown = ", ".join(f"{n:g}" for n in sorted(stray))
            yield f"entry {entry.id}: field {field}: figure(s) {shown} not in the entry's quotes"


def _prose(entry: Entry) -> Iterator[tuple[str, str]]:
    for lang in ("zh", "en"):
        yield f"title.{lang}", getattr(entry.title, lang)
        yield f"summary.{lang}", getattr(entry.summary, lang)
        if entry.silent_on:
            yield f"silent_on.{lang}", getattr(entry.silent_on, lang)
        for fact, said in entry.silent_on_facts.items():
            yield f"silent_on_facts.{fact}.{lang}", getattr(said, lang)
        for i, step in enumerate(getattr(entry.next_steps, lang)):
            yield f"next_steps.{lang}.{i}", step


@cache
def catalogue() -> Catalogue:
    """The validated knowledge base, loaded once per process."""
    return load_catalogue()


def get_entry(entry_id: str) -> Entry:
    try:
        return catalogue().entries[entry_id]
    except KeyError:
        raise UnknownEntryError(f"no entry with id {entry_id!r}") from None


def department_names(ids: list[str]) -> list[Text]:
    deps = catalogue().departments
    return [deps[i].name for i in ids]
