"""Readings the lead added in stop 32 from tester 29's conversations: a job and social insurance
said together are an employee's cover, which carries maternity insurance (Beijing clause (12):
an insured employee's maternity costs and allowance are paid by maternity insurance)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
said = reading(TODAY)

# A Beijing family the bot knows nothing of the children of yet.
BEIJING = {"city": "beijing"}


@pytest.mark.parametrize(
    "text",
    [
        "born today, first kid. wife works, has social insurance. what do we get",
        "老婆上班 有社保",
        "我媳妇在厂里上班 交着社保呢",
        "she has a job and pays social insurance",
        "my wife is employed, with full social insurance",
    ],
)
def test_a_job_and_social_insurance_are_employee_cover(text: str) -> None:
    """The mother works and holds social insurance: employee maternity cover, never asked
    again as if unknown (tester 29 c6)."""
    assert said(text, BEIJING).get(("birth_insurance", None)) == "employee_maternity"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("老婆没上班 没社保", "none"),
        ("she doesnt work, no social insurance", "none"),
        ("交了三个月社保能申请生育津贴吗", None),  # a question about the rule
        ("我在单位上班 社保能报生孩子的钱吗", None),
        ("她自由职业 自己交的社保", "flexible_employment"),
    ],
)
def test_no_job_a_question_or_freelance_is_not_employee_cover(
    text: str, expected: str | None
) -> None:
    """Without a job, negated, asked about or freelance, the cover is not an employee's."""
    assert said(text, BEIJING).get(("birth_insurance", None)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no i asked about the LOAN if we have a 3rd kid, both of us pay in",
        "we asked about the loan for a third child",
        "我问的是贷款 要是生老三能贷多少",
    ],
)
def test_the_measure_asked_about_put_right_answers_no_home_question(text: str) -> None:
    """While the bot asks whether the family owns a home (Jinan clause 14's rent withdrawal),
    a citizen putting their own question right states no home fact (tester 31 c10 was noted
    as owning no home)."""
    got = said(text, {"city": "jinan", "housing_fund_contributors": 2}, "owns_home_in_city")
    assert ("owns_home_in_city", None) not in got, got
