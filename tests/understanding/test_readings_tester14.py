"""Messages tester 14 sent to the running assistant that were read wrongly: the household, what
the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)
TWINS_AND_AN_ELDER = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2021-06"}, {"birth_date": "2026-02"}, {"birth_date": "2026-02"}],
}


said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "济南户口 老大5岁 今年2月生了双胞胎 一个月每个孩子给多少钱",
        "老大5岁 今年2月生了双胞胎 一个月1个孩子给多少",
    ],
)
def test_an_amount_a_month_per_child_is_no_fourth_child(text: str) -> None:
    """一个月每个孩子给多少钱 asks the monthly amount per child: no child one month old."""
    got = said(text, {"city": "jinan"})
    assert ("child.birth_date", 4) not in got
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-02"


def test_a_child_one_month_old_is_still_read() -> None:
    assert said("老二1个月 每个孩子都有吗", {"city": "jinan"})[("child.birth_date", 2)] == "2026-11"


@pytest.mark.parametrize(
    "text",
    ["没有第四个啊 就老大和俩双胞胎 一共三个 没吃低保 我俩都上班", "就老大和俩双胞胎 没吃低保"],
)
def test_children_listed_then_no_dibao_is_no_at_every_birth(text: str) -> None:
    """The children listed before 没吃低保 are no 'yes' for their births (the family had been
    given the 200 supplement for each twin), and 没有第四个 answers for no fourth birth."""
    got = said(text, TWINS_AND_AN_ELDER, "hardship_at_birth")
    assert got[("hardship_at_birth", None)] is False
    assert not any(fact == "child.hardship_at_birth" for fact, _ in got)


def test_only_with_one_birth_is_still_a_yes_for_it() -> None:
    got = said("only with the newest one", TWINS_AND_AN_ELDER, "hardship_at_birth")
    assert got == {("child.hardship_at_birth", 3): True}


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("老大是闺女 16年的 户口都在商河 农村户口", {"city": "jinan"}),
        ("户口在平阴", {"city": "jinan"}),
        ("we live in haidian, hukou in chaoyang", {"city": "beijing"}),
        ("hey we just moved our hukou to jinan last month from qingdao. kids are 2 and 4", {}),
    ],
)
def test_a_hukou_in_a_county_or_district_of_the_city_or_moved_there_is_the_citys(
    text: str, known: dict[str, object]
) -> None:
    """Shanghe county is Jinan's (the plan names it, clause 4); Chaoyang is Beijing's; a hukou
    moved to Jinan from Qingdao is Jinan's now."""
    assert said(text, known)[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text", ["we want to move our hukou to beijing next year", "hukou in hebei", "户口在老家"]
)
def test_a_hukou_elsewhere_or_still_to_move_is_not_the_citys(text: str) -> None:
    assert said(text, {"city": "beijing"})[("hukou_in_city", None)] is False


def test_a_loan_asked_about_tells_no_home_owned() -> None:
    got = said("公积金贷款买房 我们俩都交 能贷多少", {"city": "jinan", "renting": True})
    assert got == {("housing_fund_contributors", None): 2}
    assert said("房贷还在还 俩人都交公积金", {"city": "jinan"})[("owns_home_in_city", None)] is True


@pytest.mark.parametrize("text", ["老大快一米三了", "将近一米三", "快一米三了"])
def test_almost_a_height_is_under_it(text: str) -> None:
    """Nearly 1.3 m is under the Beijing (12) limit, not at it."""
    known = {"city": "beijing", "children": [{"birth_date": "2019-06"}]}
    got = said(text, known, "children.height_cm")
    assert got == {("child.height_below_cm", 1): 130.0}


def test_about_a_height_is_that_height() -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2019-06"}]}
    assert said("老大差不多1米3", known)[("child.height_cm", 1)] == 130.0


@pytest.mark.parametrize(
    "text", ["my hukou is in linyi, husband's is jinan", "我户口在临沂 老公是济南的"]
)
def test_the_other_parents_hukou_in_the_city_is_the_familys(text: str) -> None:
    """Jinan clause 12 asks for the city's household registration: the father's counts."""
    assert said(text, {"city": "jinan"})[("hukou_in_city", None)] is True


def test_maternity_leave_asked_is_no_insurance_answer() -> None:
    """'maternity leave how long' while the insurance question waits (tester 15)."""
    known = {"city": "jinan", "children": [{"due_date": "2027-05"}]}
    assert said("maternity leave how long", known, "birth_insurance") == {}
    assert said("maternity", known, "birth_insurance") == {
        ("birth_insurance", None): "employee_maternity"
    }


def test_a_pregnancy_told_beside_its_due_date_is_one_baby() -> None:
    """北京 老二明年五月出生 现在怀孕中: the second child due May 2027, no third on the way
    (tester 15)."""
    got = said("北京 老二明年五月出生 现在怀孕中 老大3岁 想问有哪些政策")
    assert got[("child.due_date", 2)] == "2027-05"
    assert ("child.due_date", 3) not in got
    assert said("怀二胎了")[("child.due_date", 2)] is None


def test_a_year_said_as_a_bound_is_no_birth_year() -> None:
    """小的是今年生的 2023年以后的: after 2023, the rule's date (clause 12), not the eldest's birth."""
    known = {"city": "jinan", "children": [{"birth_date": "2019-06"}, {"birth_date": "2026-11"}]}
    assert said("小的是今年生的 2023年以后的", known, "birth_insurance") == {}
    assert said("老二2023年的", known)[("child.birth_date", 2)] == "2023"


@pytest.mark.parametrize(
    "text",
    [
        "jinan 3rd child gongjijin loan max, 2 payers",
        "resident medical insurance delivery how much in jinan",
    ],
)
def test_a_hotline_workers_rule_question_tells_no_family_fact(text: str) -> None:
    """Clause 14's ceiling for two payers and clause 15's fixed 3,000 for resident insurance,
    asked by a hotline worker in English (tester 15): the city only, no payers, no cover."""
    assert said(text) == {("city", None): "jinan"}


def test_a_cover_held_and_asked_about_is_still_told() -> None:
    got = said("i had resident medical insurance, how much do we get back?", {"city": "jinan"})
    assert got[("birth_insurance", None)] == "resident_medical"
