"""Tester 50's readings (fix-t51a): the benefits (dibao, special hardship support, unemployment
benefits) said to be left by a time, in English with the bare word "benefits"."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text", ["we're off benefits by then", "we got off benefits last year", "she's off benefits"]
)
def test_off_benefits_is_no_longer_on_them(text: str) -> None:
    """ "off benefits" names the benefits by leaving them: not on them (tester 50 c05's English
    twin read nothing, and the 3rd's +200 was then answered from the 2nd's birth)."""
    read = understand(text, {"city": "jinan"}, None, TODAY)
    said = [u.value for u in read if u.fact in ("hardship_now", "hardship_at_birth")]
    assert said and not any(said), read


@pytest.mark.parametrize("text", ["any kick-off benefits?", "what are the benefits of a 3rd?"])
def test_benefits_of_something_else_are_no_benefit_drawn(text: str) -> None:
    read = understand(text, {"city": "jinan"}, None, TODAY)
    assert not any(u.fact in ("hardship_now", "hardship_at_birth") for u in read), read


PREGNANT_WITH_THE_SECOND = {"city": "jinan", "children": [{}, {"due_date": "2027-03"}]}


@pytest.mark.parametrize(
    "text", ["3月份生 那时候应该还在领吧 他失业金领到明年4月", "3月生 到时候还在领失业金"]
)
def test_a_bare_month_of_the_due_birth_is_no_date_of_the_eldest(text: str) -> None:
    """ "3月份生" beside the 2nd due March 2027 is that birth's month, said again: no past March
    for anyone (tester 50 c05 wrote "老大2026年3月出生", a date nobody told)."""
    read = understand(text, PREGNANT_WITH_THE_SECOND, "hardship_at_birth", TODAY, about=2)
    assert not any(u.fact in ("child.birth_date", "child.due_date") for u in read), read


def test_a_month_said_of_the_eldest_by_name_is_kept() -> None:
    read = understand("老大是3月生的", PREGNANT_WITH_THE_SECOND, None, TODAY)
    assert [(u.fact, u.child) for u in read if u.fact == "child.birth_date"] == [
        ("child.birth_date", 1)
    ], read
