"""Messages tester 13 sent to the running assistant that were read wrongly: the household, what
the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
THREE_IN_JINAN = {
    "city": "jinan",
    "children": [{"birth_date": "2016-06"}, {"birth_date": "2018-06"}, {"birth_date": "2026-03"}],
}
TWINS_AND_AN_ELDER = {
    "city": "jinan",
    "children": [{"birth_date": "2020-06"}, {"birth_date": "2026-03"}, {"birth_date": "2026-03"}],
}


said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "老公失业了 在领失业金 生育保险还有吗",
        "生育保险还能报吗",
        "生育险还有效吗",
        "职工医保还能用吗",
    ],
)
def test_whether_an_insurance_still_holds_is_asked_not_told(text: str) -> None:
    """A question whether the maternity insurance still holds tells no cover of the family's."""
    assert ("birth_insurance", None) not in said(text, THREE_IN_JINAN)


@pytest.mark.parametrize("text", ["我有职工生育保险 还能报吗", "生育保险有", "单位交的生育保险"])
def test_an_insurance_held_is_still_told(text: str) -> None:
    assert said(text, THREE_IN_JINAN, "birth_insurance")[("birth_insurance", None)] == (
        "employee_maternity"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I don't have Beijing hukou, only my husband",
        "no, only my husband has beijing hukou",
        "我不是北京户口 我老公是",
        "没有 我老公有",
        "不是 只有我爱人是北京户口",
        "my wife has it, i don't",
    ],
)
def test_the_other_parents_hukou_is_the_familys(text: str) -> None:
    """The form asks whether the parents' or children's hukou is in the city: one parent's is."""
    assert said(text, {"city": "beijing"}, "hukou_in_city")[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "我们都不是北京户口",
        "我老公是外地户口",
        "no, neither of us",
        "my husband is not local either",
    ],
)
def test_neither_parents_hukou_stays_no(text: str) -> None:
    assert said(text, {"city": "beijing"}, "hukou_in_city")[("hukou_in_city", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "no wait the twins were born in april",
        "sorry the twins are from april actually",
        "不对 双胞胎是4月生的",
    ],
)
def test_a_date_put_right_while_the_hardship_question_waits_is_no_answer_to_it(text: str) -> None:
    """The twins' month put right: no 'no' to whether the family drew dibao at the births."""
    got = said(text, TWINS_AND_AN_ELDER, "hardship_at_birth")
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-04"
    assert not any(fact.endswith("hardship_at_birth") for fact, _ in got)


@pytest.mark.parametrize(
    ("text", "twins", "eldest"),
    [("the twins no, the eldest yes", False, True), ("双胞胎没有 老大有", False, True)],
)
def test_answers_for_each_birth_still_read(text: str, twins: bool, eldest: bool) -> None:
    got = said(text, TWINS_AND_AN_ELDER, "hardship_at_birth")
    assert (
        got[("child.hardship_at_birth", 2)] is twins
        and got[("child.hardship_at_birth", 1)] is eldest
    )
