"""OpenFisca-style scenarios: a household, a date, the expected entitlements, written from the
policy text. One test per scenario; a failure names the file and the scenario."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from policy_kb import InputError, evaluate, missing_facts_ranking

SCENARIO_DIR = Path(__file__).parent / "scenarios"
FIELDS = (
    "status", "monthly_amount_cny", "total_amount_cny", "amount_cny", "max_amount_cny", "rate",
    "days", "area_m2", "start", "end", "apply_by", "missing_facts", "certain",
)  # fmt: skip


def _scenarios() -> list[Any]:
    cases = []
    for path in sorted(SCENARIO_DIR.rglob("*.yaml")):
        for scenario in yaml.safe_load(path.read_text(encoding="utf-8")):
            label = f"{path.relative_to(SCENARIO_DIR)}: {scenario['name']}"
            cases.append(pytest.param(scenario, id=label))
    return cases


SCENARIOS = _scenarios()


def _normal(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _check_reasons(report: Any, wanted: dict[str, dict[str, str]], present: bool) -> None:
    """Each entry's reasons, in each language, contain (or never contain) the given words."""
    for entry_id, words in wanted.items():
        found = [e for e in report.entitlements if e.id == entry_id]
        assert found, f"{entry_id}: no such entitlement"
        for lang, word in words.items():
            text = " ".join(r for e in found for r in e.reasons.get(lang))
            assert (word.lower() in text.lower()) == present, (
                f"{entry_id} reasons ({lang}) {'lack' if present else 'contain'} {word!r}: {text}"
            )


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_scenario(scenario: dict[str, Any]) -> None:
    if "error" in scenario:
        with pytest.raises(InputError, match=scenario["error"]):
            evaluate(scenario["household"], as_of=scenario["as_of"])
        return
    report = evaluate(scenario["household"], as_of=scenario["as_of"])
    _check_reasons(report, scenario.get("reasons_include", {}), present=True)
    _check_reasons(report, scenario.get("reasons_exclude", {}), present=False)
    if "children_expected" in scenario:
        expected = [c.expected for c in report.household.children or []]
        assert expected == scenario["children_expected"], f"expected flags are {expected}"
    for expected in scenario.get("expect", []):
        child = expected.get("child")
        found = [
            e for e in report.entitlements
            if e.id == expected["id"] and (child is None or e.child == child)
        ]  # fmt: skip
        assert len(found) == 1, f"{expected['id']} child={child}: found {len(found)} entitlements"
        actual = found[0].model_dump()
        for field in FIELDS:
            if field in expected:
                assert _normal(actual[field]) == _normal(expected[field]), (
                    f"{expected['id']} child={child}: {field} is {actual[field]!r}, "
                    f"expected {expected[field]!r}; reasons: {found[0].reasons.en}"
                )
    ranking = missing_facts_ranking(scenario["household"], as_of=scenario["as_of"])
    if "ranking_starts_with" in scenario:
        prefix = scenario["ranking_starts_with"]
        assert ranking[: len(prefix)] == prefix, f"ranking is {ranking}"
    for fact in scenario.get("never_asks", []):
        assert fact not in ranking, f"{fact} is asked although it decides nothing: {ranking}"


def test_there_are_at_least_forty_households() -> None:
    assert len(SCENARIOS) >= 40
