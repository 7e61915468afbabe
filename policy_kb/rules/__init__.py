"""Rules by city: each module's RULES turns a household into entitlements for its clause.

The tree is parallel: `rules/<city>/<topic>.py` reads the entries of `data/<city>/<topic>.yaml`
and is tested by `tests/scenarios/<city>/<topic>.yaml` (tests/test_parallel_tree.py checks it).
Topics whose measures need no household facts have a data file only."""

from policy_kb.rules.base import Rule
from policy_kb.rules.beijing import birth_policy as beijing_birth_policy
from policy_kb.rules.beijing import costs as beijing_costs
from policy_kb.rules.jinan import (
    birth_policy,
    childcare_services,
    childcare_subsidy,
    education,
    housing,
    leave,
    medical_insurance,
)

RULES_BY_CITY: dict[str, list[Rule]] = {
    "jinan": [
        *leave.RULES,
        *childcare_subsidy.RULES,
        *medical_insurance.RULES,
        *housing.RULES,
        *education.RULES,
        *birth_policy.RULES,
        *childcare_services.RULES,
    ],
    "beijing": [*beijing_costs.RULES, *beijing_birth_policy.RULES],
}
