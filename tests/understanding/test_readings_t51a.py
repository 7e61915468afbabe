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
    """"off benefits" names the benefits by leaving them: not on them (tester 50 c05's English
    twin read nothing, and the 3rd's +200 was then answered from the 2nd's birth)."""
    read = understand(text, {"city": "jinan"}, None, TODAY)
    said = [u.value for u in read if u.fact in ("hardship_now", "hardship_at_birth")]
    assert said and not any(said), read


@pytest.mark.parametrize("text", ["any kick-off benefits?", "what are the benefits of a 3rd?"])
def test_benefits_of_something_else_are_no_benefit_drawn(text: str) -> None:
    read = understand(text, {"city": "jinan"}, None, TODAY)
    assert not any(u.fact in ("hardship_now", "hardship_at_birth") for u in read), read
