"""The knowledge base against its sources: verbatim quotes, figures inside their quotes, the
project's copy of the texts, coverage of every measure, and clear errors for malformed files."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from policy_kb.errors import DataError
from policy_kb.figures import figure_in, numbers_in
from policy_kb.kb import DATA_DIR, SOURCES_DIR, catalogue, load_catalogue, source_text

SHARED = Path(__file__).resolve().parents[2] / "shared" / "policies"
KB = catalogue()

JINAN_CLAUSES = [str(n) for n in range(1, 22)] + [f"safeguard ({x})" for x in "abcd"]
BEIJING_CLAUSES = [f"({n})" for n in range(3, 18)]
REQUIRED_IDS = [
    "jinan.childcare_subsidy", "jinan.maternity_leave", "jinan.paternity_leave",
    "jinan.parental_leave", "jinan.childbirth_medical_insurance",
    "jinan.newborn_medical_insurance_subsidy", "jinan.housing_fund_loan_limit",
    "jinan.housing_fund_rent_withdrawal", "jinan.public_rental_priority",
    "jinan.rental_subsidy_area", "beijing.child_free_transit", "beijing.public_rental_priority",
]  # fmt: skip


def _document_text(document_id: str) -> str:
    return source_text(KB.documents[document_id].source_file)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/policies is not beside this clone")
@pytest.mark.parametrize("name", ["jinan-2022.txt", "beijing-2022.txt"])
def test_the_project_copy_of_each_text_equals_the_shared_original(name: str) -> None:
    assert (SOURCES_DIR / name).read_bytes() == (SHARED / name).read_bytes()


@pytest.mark.parametrize("entry_id", sorted(KB.entries))
def test_every_quote_is_a_verbatim_span_of_its_document(entry_id: str) -> None:
    entry = KB.entries[entry_id]
    for source in entry.sources:
        assert source.quote in _document_text(source.document), source.quote
    for name, param in entry.parameters.items():
        for quote in param.quotes:
            assert quote in _document_text(entry.document), name


@pytest.mark.parametrize("entry_id", sorted(KB.entries))
def test_every_figure_of_an_entry_is_in_its_quoted_span(entry_id: str) -> None:
    entry = KB.entries[entry_id]
    for name, param in entry.parameters.items():
        for value in param.values.values():
            assert figure_in(value, param.unit, " ".join(param.quotes)), f"{name}={value}"
    quoted = set().union(*(numbers_in(q) for q in [s.quote for s in entry.sources]
                           + [q for p in entry.parameters.values() for q in p.quotes]))  # fmt: skip
    prose = [entry.title.zh, entry.title.en, entry.summary.zh, entry.summary.en]
    prose += entry.next_steps.zh + entry.next_steps.en
    if entry.silent_on:
        prose += [entry.silent_on.zh, entry.silent_on.en]
    for text in prose:
        assert numbers_in(text) <= quoted | numbers_in(entry.clause), text


def test_every_measure_of_both_plans_has_an_entry() -> None:
    clauses = {(e.city, e.clause) for e in KB.entries.values()}
    missing = [c for c in JINAN_CLAUSES if ("jinan", c) not in clauses]
    missing += [c for c in BEIJING_CLAUSES if ("beijing", c) not in clauses]
    assert not missing


@pytest.mark.parametrize("entry_id", REQUIRED_IDS)
def test_the_stable_ids_exist(entry_id: str) -> None:
    assert entry_id in KB.entries


def test_institutions_and_special_family_planning_families_are_covered() -> None:
    figures = {
        (e.id, p.value)
        for e in KB.entries.values()
        for p in e.parameters.values()
        if "CNY" in p.unit and not isinstance(p.value, dict)  # tables: cells checked elsewhere
    }
    values = {v for _, v in figures}
    assert {50000, 400, 1500, 1000, 450} <= values
    audiences = {a for e in KB.entries.values() for a in e.audience}
    assert {"childcare_institution", "special_fp_family"} <= audiences


def test_the_beijing_plan_is_given_no_cash_amount() -> None:
    for entry in KB.entries.values():
        if entry.city == "beijing":
            assert not any("CNY" in p.unit for p in entry.parameters.values()), entry.id
            assert not entry.departments.lead, f"{entry.id}: the Beijing plan names no department"


def test_where_the_text_is_silent_the_entry_says_so() -> None:
    household_entries = [e for e in KB.entries.values() if "household" in e.audience]
    assert household_entries
    for entry in household_entries:
        assert entry.silent_on is not None, entry.id
        assert entry.next_steps.zh and entry.next_steps.en, entry.id


def test_departments_are_named_as_in_the_text() -> None:
    for dep in KB.departments.values():
        assert dep.name.en in _document_text(f"{dep.city}-2022")


def test_reason_texts_hold_no_figures() -> None:
    for code, text in KB.reasons.items():
        for lang_text in (text.zh, text.en):
            assert not re.search(r"\d", re.sub(r"\{[^}]*\}", "", lang_text)), code


def test_both_documents_carry_their_dates() -> None:
    assert KB.documents["beijing-2022"].issued == "2022-01-21"
    assert "January 21, 2022" in _document_text("beijing-2022")
    assert KB.documents["jinan-2022"].issued == "2022"


# --- malformed data fails with the file, the entry and the field named ---------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit_entry(data_dir: Path, file: str, entry_id: str, field: str, value: object) -> None:
    path = data_dir / file
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in content["entries"]:
        if entry["id"] == entry_id:
            entry[field] = value
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")


def test_a_wrong_field_type_names_file_entry_and_field(data_copy: Path) -> None:
    _edit_entry(data_copy, "jinan/leave.yaml", "jinan.maternity_leave", "kind", "holiday")
    with pytest.raises(
        DataError, match=r"jinan/leave.yaml: entry jinan.maternity_leave: field kind"
    ):
        load_catalogue(data_copy)


def test_an_unknown_field_is_refused(data_copy: Path) -> None:
    _edit_entry(data_copy, "jinan/leave.yaml", "jinan.paternity_leave", "amount", 5)
    with pytest.raises(DataError, match=r"entry jinan.paternity_leave: field amount"):
        load_catalogue(data_copy)


def test_a_quote_that_is_not_in_the_text_is_refused(data_copy: Path) -> None:
    sources = [{"document": "jinan-2022", "clause": "11", "quote": "the woman enjoys 180 days"}]
    _edit_entry(data_copy, "jinan/leave.yaml", "jinan.maternity_leave", "sources", sources)
    with pytest.raises(DataError, match=r"jinan.maternity_leave: field sources.0.quote"):
        load_catalogue(data_copy)


def test_a_figure_missing_from_its_quote_is_refused(data_copy: Path) -> None:
    path = data_copy / "jinan/leave.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("{2022-01-01: 158}", "{2022-01-01: 168}"), "utf-8"
    )
    with pytest.raises(DataError, match=r"jinan.maternity_leave: field parameters.days.values"):
        load_catalogue(data_copy)


def test_a_figure_in_a_summary_must_be_quoted(data_copy: Path) -> None:
    summary = {"zh": "女方享受180天产假。", "en": "The woman gets 180 days."}
    _edit_entry(data_copy, "jinan/leave.yaml", "jinan.maternity_leave", "summary", summary)
    with pytest.raises(DataError, match=r"field summary.zh: figure\(s\) 180"):
        load_catalogue(data_copy)


def test_broken_yaml_names_the_file(data_copy: Path) -> None:
    (data_copy / "jinan/leave.yaml").write_text("entries: [\n  - id: x", encoding="utf-8")
    with pytest.raises(DataError, match=r"leave.yaml: not valid YAML"):
        load_catalogue(data_copy)
