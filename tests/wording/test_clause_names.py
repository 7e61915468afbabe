"""Clauses are cited as the plans number them: Jinan's clause 12 is 第12条 / clause 12, Beijing's
(4) is 第(4)条 / clause (4), and the points of Jinan's part three, "safeguard measures" (a)-(d),
are 保障措施（一）-（四） / safeguard measure (a)-(d), never "第safeguard (b)条"."""

import pytest

from policy_kb.kb import catalogue
from wording.entitlements import clause_name, clause_refs


@pytest.mark.parametrize(
    ("clause", "zh", "en"),
    [
        ("12", "第12条", "clause 12"),
        ("(4)", "第(4)条", "clause (4)"),
        ("safeguard (b)", "保障措施（二）", "safeguard measure (b)"),
        ("safeguard (d)", "保障措施（四）", "safeguard measure (d)"),
    ],
)
def test_a_clause_is_cited_as_the_plan_numbers_it(clause: str, zh: str, en: str) -> None:
    assert clause_name(clause, "zh") == zh
    assert clause_name(clause, "en") == en


def test_no_measure_of_either_plan_is_cited_as_a_numbered_safeguard() -> None:
    for entry in catalogue().entries.values():
        for lang in ("zh", "en"):
            for ref in clause_refs([(s.document, s.clause) for s in entry.sources], lang):
                assert "safeguard (" not in ref.replace("safeguard measure (", ""), ref
                assert "第safeguard" not in ref, ref
