"""Messages of stop 58: tester 84's families and the stop's probes. A household, what the
citizen (or the hotline worker) wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import reading

said = reading(date(2026, 12, 6))


def test_the_months_of_the_subsidy_asked_are_no_benefit_ended() -> None:
    """ "如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月": the benefit at
    the birth supposed (a what-if), and the subsidy's months asked; never "no benefits now"
    (tester 84 c5)."""
    got = said("如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月")
    assert got == {("hardship_at_birth", None): False}
    assert said("低保去年停了 还能领几个月") == {("hardship_now", None): False}
