"""The parallel tree: every rule module `policy_kb/rules/<city>/<topic>.py` has its data file
`policy_kb/data/<city>/<topic>.yaml` and its scenarios `tests/scenarios/<city>/<topic>.yaml`, and
the entitlements it gives are entries of that data file. A newcomer who finds one finds all."""

import importlib
from datetime import date
from pathlib import Path

import pytest
import yaml

from policy_kb.household import Household
from policy_kb.rules.base import Context

ROOT = Path(__file__).resolve().parents[1]
RULES_DIR = ROOT / "policy_kb" / "rules"
DATA_DIR = ROOT / "policy_kb" / "data"
SCENARIO_DIR = ROOT / "tests" / "scenarios"
RULE_MODULES = sorted(
    (p.parent.name, p.stem) for p in RULES_DIR.glob("*/*.py") if p.stem != "__init__"
)
FAMILIES = [  # households that make every rule speak: unknown, small, large, expected
    {"children": None},
    {"children": [{"birth_date": "2019-03-10"}, {"birth_date": "2023-05-01"}]},
    {
        "hukou_in_city": True,
        "housing_fund_contributors": 2,
        "buying_first_home": True,
        "children": [
            {"birth_date": "2016-01-01"},
            {"birth_date": "2023-05-01"},
            {"birth_date": "2024-05-01"},
        ],
    },
]


@pytest.mark.parametrize(("city", "topic"), RULE_MODULES)
def test_each_rule_module_has_its_data_and_scenario_file(city: str, topic: str) -> None:
    assert (DATA_DIR / city / f"{topic}.yaml").is_file(), f"no data/{city}/{topic}.yaml"
    assert (SCENARIO_DIR / city / f"{topic}.yaml").is_file(), f"no scenarios/{city}/{topic}.yaml"


@pytest.mark.parametrize(("city", "topic"), RULE_MODULES)
def test_a_rule_module_gives_only_entries_of_its_own_data_file(city: str, topic: str) -> None:
    content = yaml.safe_load((DATA_DIR / city / f"{topic}.yaml").read_text(encoding="utf-8"))
    own = {e["id"] for e in content["entries"]}
    module = importlib.import_module(f"policy_kb.rules.{city}.{topic}")
    given = set()
    for family in FAMILIES:
        household = Household.model_validate({"city": city, **family})
        ctx = Context(household, date(2025, 6, 1), household.ordered_children())
        given |= {e.id for rule in module.RULES for e in rule(ctx)}
    assert given and given <= own, f"{sorted(given - own)} are not in data/{city}/{topic}.yaml"


@pytest.mark.parametrize(("city", "topic"), RULE_MODULES)
def test_the_scenarios_of_a_rule_module_test_its_entries(city: str, topic: str) -> None:
    content = yaml.safe_load((DATA_DIR / city / f"{topic}.yaml").read_text(encoding="utf-8"))
    own = {e["id"] for e in content["entries"]}
    scenarios = yaml.safe_load((SCENARIO_DIR / city / f"{topic}.yaml").read_text("utf-8"))
    tested = {x["id"] for s in scenarios for x in s.get("expect", [])}
    assert tested & own, f"scenarios/{city}/{topic}.yaml tests none of its entries"


def test_every_scenario_file_belongs_to_a_rule_module() -> None:
    files = {(p.parent.name, p.stem) for p in SCENARIO_DIR.glob("*/*.yaml")}
    assert files <= set(RULE_MODULES), sorted(files - set(RULE_MODULES))
