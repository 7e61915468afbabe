"""policy_kb: the birth-support policies of Jinan and Beijing as data, an entitlement engine
and a search over the measures. Everything the assistant states comes from here."""

from policy_kb.engine import evaluate, missing_facts_ranking
from policy_kb.errors import DataError, InputError, PolicyKBError, UnknownEntryError
from policy_kb.household import Child, Household, parse_household
from policy_kb.kb import catalogue, get_entry
from policy_kb.report import Entitlement, Report

__all__ = [
    "Child",
    "DataError",
    "Entitlement",
    "Household",
    "InputError",
    "PolicyKBError",
    "Report",
    "UnknownEntryError",
    "catalogue",
    "evaluate",
    "get_entry",
    "missing_facts_ranking",
    "parse_household",
]
