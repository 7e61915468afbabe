"""Messages of stop 75, read on 7 December 2026 unless said: a household, what the citizen
wrote, and the facts taken (or not taken)."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading, reading_kinds

said = reading(date(2026, 12, 7))
kinds = reading_kinds(date(2026, 12, 7))


def test_none_of_them_born_on_dibao_is_a_no_at_every_birth() -> None:
    """ "3 kids, 8, 5 and a 6-week-old. none of them were born while we were on dibao": no
    hardship at any birth, so no 200 a month more (Jinan clause 12); it had been read as yes."""
    got = said("3 kids, 8, 5 and a 6-week-old. none of them were born while we were on dibao")
    assert got[("hardship_at_birth", None)] is False


def test_no_at_both_births_and_now_beside_a_question_of_other_subsidies() -> None:
    """俩娃生的时候都没领 现在也没领 就问问有没有别的补贴: no benefit at the births nor now; the
    "other subsidies" asked is no thing said to be drawn."""
    got = said(
        "俩娃生的时候都没领 现在也没领 就问问有没有别的补贴",
        {"children": kids("2023-03", "2025-11")},
    )
    assert got[("hardship_at_birth", None)] is False
    assert got[("hardship_now", None)] is False


def test_a_bare_yes_to_the_birth_question_is_no_benefit_now() -> None:
    """Asked whether the family drew dibao at the birth: 嗯 在领 生的时候就在领 answers the birth,
    and tells nothing of now."""
    got = said("嗯 在领 生的时候就在领", {"children": kids("2026-08-30")}, "hardship_at_birth")
    assert got[("hardship_at_birth", None)] is True
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text", ["听说小孩矮于一米三坐地铁就不用买票 真的假的", "小孩不到一米三坐地铁免费吗"]
)
def test_children_in_general_under_a_height_is_the_limit_asked(text: str) -> None:
    """Kids in general under 1.3 m (Beijing clause (12)'s limit) state no child's height."""
    assert said(text) == {}


def test_a_metre_and_more_is_no_height() -> None:
    """俩娃都一米多了 还不到一米二: no height of 100 cm; under 1.2 m is said."""
    got = said("俩娃都一米多了 还不到一米二", {"children": kids("2023-02", "2023-02")})
    assert ("child.height_cm", 1) not in got
    assert got[("child.height_below_cm", 1)] == 120


@pytest.mark.parametrize("text", ["俺没交啥保险 生娃是自费", "生娃是自费的"])
def test_no_insurance_in_other_words(text: str) -> None:
    """No cover at the birth, said as "paid nothing in" or "paid the birth ourselves"."""
    assert said(text)[("birth_insurance", None)] == "none"


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("仨孩子九岁六岁还有个俩月的", ["2017-06", "2020-06", "2026-10"]),
        ("仨 七岁 四岁 还有个十天的", ["2019-06", "2022-06", "2026-11-27"]),
        ("一个三个月一个五岁 就俺自己交公积金", ["2021-06", "2026-09"]),
    ],
)
def test_ages_run_together_are_each_a_child(text: str, ages: list[str]) -> None:
    """Ages typed with no break between them, or "one of ten days": each a child, eldest first."""
    got = said(text)
    assert [str(got.get(("child.birth_date", i))) for i in range(1, len(ages) + 1)] == ages


def test_one_age_in_years_and_months_stays_one_child() -> None:
    """老大4岁10个月: one child of four years ten months, not two children."""
    got = said("两个孩子 老大4岁10个月")
    assert got[("child.birth_date", 1)] == "2022-02"
    assert ("child.birth_date", 2) not in got


def test_the_three_year_old_pointed_at_is_the_one_told() -> None:
    """ "2 kids 3yo and 14 months … daughter (the 3yo) is 1.02m": two children, the height the
    3-year-old's (tester 127 p8 was read three)."""
    got = said("2 kids 3yo and 14 months. daughter (the 3yo) is 1.02m can she ride subway for free")
    assert got[("child.height_cm", 1)] == 102.0
    assert got[("child.birth_date", 2)] == "2025-10"
    assert ("child.birth_date", 3) not in got


def test_a_height_known_said_again_is_that_childs() -> None:
    """The eldest known at 1.25 m: "is my 1.25m kid free" names the eldest, no new height for
    another child."""
    known = {"children": [{"birth_date": "2019-06", "height_cm": 125.0}, {"birth_date": "2023-02"}]}
    got = said("is my 1.25m kid free on jinan buses or not", known)
    assert not any(fact.startswith("child.") for fact, _ in got)


@pytest.mark.parametrize(
    ("text", "today", "want"),
    [
        (
            "twin boys of 4 and a baby girl of 5 weeks, is there extra money for twins",
            date(2027, 8, 31),
            {1: "2023-02", 2: "2023-02", 3: "2027-07-27"},
        ),
        (
            "we have four kids, the eldest is eleven, the next one eight and twin girls of three. "
            "its chaos here lol",
            date(2026, 12, 21),
            {1: "2015-06", 2: "2018-06", 3: "2023-06", 4: "2023-06"},
        ),
        ("twin boys, 3, and their little sis is 1", date(2025, 9, 3), {1: "2022-03", 3: "2024-03"}),
    ],
)
def test_twins_beside_other_children_by_their_ages(text: str, today: date, want: dict) -> None:
    """Twins and their siblings told by ages in English: each child its own date."""
    got = reading(today)(text)
    for order, born in want.items():
        assert str(got[("child.birth_date", order)]) == born, (order, got)


@pytest.mark.parametrize(
    "text",
    [
        "i pay housing fund and so does my husband",
        "my daughter and son in law both pay into the housing fun",
    ],
)
def test_two_housing_fund_payers_in_other_words(text: str) -> None:
    """Two payers, with "so does" or the fund's name one letter short (Jinan clause 14's
    two-payer ceilings)."""
    assert said(text)[("housing_fund_contributors", None)] == 2


def test_not_for_the_first_two_is_no_age() -> None:
    """ "got it when baby no.3 came too, not for the first 2 though": the 3rd born on dibao,
    the first two not; no child aged 2."""
    known = {"children": kids("2017-03", "2020-11", "2026-05")}
    got = said(
        "we get dibao now, got it when baby no.3 came too, not for the first 2 though", known
    )
    assert ("child.birth_date", 1) not in got and ("child.birth_date", 2) not in got
    assert got[("child.hardship_at_birth", 3)] is True
    assert got[("child.hardship_at_birth", 1)] is False


def test_if_a_third_comes_along_is_a_question() -> None:
    """ "if a 3rd one comes along next year, what then?": a child supposed, not expected."""
    got = kinds("and if a 3rd one comes along next year, what then? we have 2 already, 4 and 1")
    assert got[("child.due_date", 3)] == ("2027", "question")


@pytest.mark.parametrize(
    ("text", "due"),
    [("俺七月份生", "2027-07"), ("我老婆七月生", "2027-07"), ("俺媳妇8月底生", "2027-08")],
)
def test_the_mother_gives_birth_in_a_month_is_a_due_date(text: str, due: str) -> None:
    """The mother said to give birth in a month with no year, nothing done: the birth to come."""
    got = reading(date(2027, 4, 22))(text)
    assert str(got[("child.due_date", 1)]) == due
    assert ("child.birth_date", 1) not in got


def test_a_birth_order_then_pregnant_months_of_twins() -> None:
    """二胎怀了六个月了 是对双胞胎, one child known: twins on the way as the 2nd and 3rd."""
    got = reading(date(2025, 11, 27))("二胎怀了六个月了 是对双胞胎", {"children": kids("2023-08")})
    assert str(got[("child.due_date", 2)]) == "2026-02" == str(got[("child.due_date", 3)])


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("when she gave birth she had the company shengyu insurance", "employee_maternity"),
        ("wife due next month, she has jumin insurance", "resident_medical"),
    ],
)
def test_insurance_named_half_in_pinyin(text: str, cover: str) -> None:
    assert said(text)[("birth_insurance", None)] == cover


def test_triplets_sexes_are_no_more_children() -> None:
    """ "we had triplets on the 2nd of march!! 2 boys 1 girl. their big sister is 5": four
    children, the triplets born 2 March 2027."""
    got = reading(date(2027, 3, 22))(
        "we had triplets on the 2nd of march!! 2 boys 1 girl. their big sister is 5"
    )
    assert got[("child_count", None)] == 4


def test_were_still_ok_is_no_benefit_now() -> None:
    """ "when laoda and laoer were born we were still ok no dibao": no dibao at those births,
    nothing said of now."""
    got = said(
        "when laoda and laoer were born we were still ok no dibao",
        {"children": kids("2017-09", "2021-03", "2025-11")},
    )
    assert got[("child.hardship_at_birth", 1)] is False
    assert ("hardship_now", None) not in got


def test_the_month_the_twins_were_enrolled_is_no_birth() -> None:
    """Twins known born 3 September 2025: "they DID enrol the twins in resident insurance in
    Oct 2025" is when they joined (inside clause 15's six months), not their birth (tester 130
    p8 was told the window ended about April 2026)."""
    known = {"children": [{"birth_date": "2025-09-03"}, {"birth_date": "2025-09-03"}]}
    got = said(
        "Still caller 2: you didn't answer the subsidy. Both twins or one? And they DID enrol the "
        "twins in resident insurance in Oct 2025.",
        known,
    )
    assert not any(fact == "child.birth_date" for fact, _ in got)
