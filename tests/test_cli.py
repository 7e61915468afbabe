"""The hotline CLI: readable answers, JSON for tools, one-line errors with exit code 2."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_kb.cli import app

runner = CliRunner()
FAMILY = {
    "city": "jinan",
    "as_of": "2024-06-01",
    "hukou_in_city": True,
    "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2023-01-02"}],
}


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_entitlements_table_in_english_names_amount_end_and_clause() -> None:
    code, out, _ = run("entitlements", "-", "--lang", "en", stdin=json.dumps(FAMILY))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("- Childcare subsidy [child 2]"))
    assert "600 yuan/month" in line and "2 Jan 2026" in line and "jinan-2022 §12" in line
    assert "not an official decision" in out


def test_entitlements_table_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "family.json"
    path.write_text(json.dumps(FAMILY), encoding="utf-8")
    code, out, _ = run("entitlements", str(path))
    assert code == 0
    assert "育儿补贴 [第2个孩子]: 每月600元" in out


def test_entitlements_json_is_the_report() -> None:
    code, out, _ = run("entitlements", "-", "--json", stdin=json.dumps(FAMILY))
    report = json.loads(out)
    assert code == 0 and report["city"] == "jinan" and report["as_of"] == "2024-06-01"
    subsidy = [e for e in report["entitlements"] if e["id"] == "jinan.childcare_subsidy"]
    assert {(e["child"], e["status"]) for e in subsidy} == {(1, "not_eligible"), (2, "eligible")}


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ('{"city": "shanghai"}', "city: must be 'jinan' or 'beijing' (got 'shanghai')"),
        ('{"city": "jinan", "children": [{"birth_date": "last May"}]}', "children.0.birth_date"),
        ('{"city": "jinan", "housing_fund_contributors": -1}', "housing_fund_contributors"),
        ("[1, 2]", "a household must be a JSON object, got list"),
        ('{"city": "jinan", "children": [', "not valid JSON"),
        ("", "empty input"),
        ('{"city": "jinan", "pets": 2}', "pets: unknown field"),
    ],
)
def test_bad_households_get_one_line_and_exit_2(stdin: str, message: str) -> None:
    code, out, err = run("entitlements", "-", stdin=stdin)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err + out


def test_a_missing_file_and_a_bad_option_are_one_line_errors(tmp_path: Path) -> None:
    code, _, err = run("entitlements", str(tmp_path / "nope.json"))
    assert code == 2 and "cannot read" in err
    code, _, err = run("entitlements", "-", "--lang", "fr", stdin=json.dumps(FAMILY))
    assert code == 2 and "--lang" in err
    code, _, err = run("entitlements", "-", "--as-of", "2024-13-01", stdin=json.dumps(FAMILY))
    assert code == 2 and "--as-of" in err


def test_search_json_ranks_ids_with_titles_and_scores() -> None:
    code, out, _ = run("search", "陪产假有几天", "--city", "jinan", "--json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["id"] == "jinan.paternity_leave"
    assert set(hits[0]) == {"id", "title", "score"} and hits[0]["title"] == "陪产假"


def test_search_refuses_an_unknown_city() -> None:
    code, _, err = run("search", "leave", "--city", "shanghai")
    assert code == 2 and "--city" in err


def test_show_prints_the_clause_and_quote() -> None:
    code, out, _ = run("show", "jinan.housing_fund_loan_limit", "--lang", "en")
    assert code == 0 and "1 million yuan" in out and "Jinan Housing Provident Fund Center" in out


def test_show_unknown_id() -> None:
    code, _, err = run("show", "jinan.free_money")
    assert code == 2 and "no entry with id 'jinan.free_money'" in err


def test_list_by_city_and_validate() -> None:
    code, out, _ = run("list", "--city", "beijing", "--json")
    assert code == 0 and all(row["city"] == "beijing" for row in json.loads(out))
    code, out, _ = run("validate")
    assert code == 0 and out.startswith("ok:")


def test_demo_runs() -> None:
    code, out, _ = run("demo", "--lang", "en")
    assert code == 0 and "Childcare subsidy" in out
