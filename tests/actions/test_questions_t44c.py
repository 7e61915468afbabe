"""Tester 43's conversations (fix-t44c). Each test: the family known so far, what the
citizen wrote, what the reply must and must not say. Today is 1 December 2026 in China."""

from datetime import date

import pytest

from actions import clock
from policy_kb import get_entry

LEAVES = ("jinan.maternity_leave", "jinan.paternity_leave", "jinan.parental_leave")


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


# Tester 43 item 4 (c01, c08): "那我老公陪产假几天 他单位说只给7天" got the leave item whose
# next steps said "如单位未落实，可向济南市人力资源和社会保障局反映". Clause 11 names no place to
# complain: its lead department is the Municipal Health Commission, and the HR and Social
# Security Bureau is only one of the responsible departments.
@pytest.mark.parametrize("entry_id", LEAVES)
def test_leave_next_steps_do_not_invent_a_complaint_channel(entry_id: str) -> None:
    entry = get_entry(entry_id)
    zh = "\n".join(entry.next_steps.zh)
    en = "\n".join(entry.next_steps.en)
    assert "人力资源和社会保障局反映" not in zh
    assert "contact the Municipal Human Resources" not in en
    assert "方案没有写" in zh and "济南市卫生健康委员会" in zh
    assert "does not say" in en and "Municipal Health Commission" in en
