"""Rules by city: each module's RULES turns a household into entitlements for its clause."""

from policy_kb.rules.base import Rule
from policy_kb.rules.beijing import costs as beijing_costs
from policy_kb.rules.beijing import services as beijing_services
from policy_kb.rules.jinan import childcare_subsidy, education, housing, leave, medical_insurance
from policy_kb.rules.jinan import services as jinan_services

RULES_BY_CITY: dict[str, list[Rule]] = {
    "jinan": [
        *leave.RULES,
        *childcare_subsidy.RULES,
        *medical_insurance.RULES,
        *housing.RULES,
        *education.RULES,
        *jinan_services.RULES,
    ],
    "beijing": [*beijing_costs.RULES, *beijing_services.RULES],
}
