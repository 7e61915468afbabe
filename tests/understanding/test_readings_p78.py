"""Messages of stop 73: tester 117's and 118's families, read again on 7 December 2026. A
household, what the citizen wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import at_births, kids, reading

said = reading(date(2026, 12, 7))

AN_ELDEST_AND_TRIPLETS = {
    "city": "beijing",
    "children": kids("2019-06", "2025-10", "2025-10", "2025-10"),
}


def test_the_day_dibao_began_is_no_birth() -> None:
    """生老二的时候没吃 今年8月才开始吃的: August 2026 is when dibao began, not 老二's birth;
    老二 was not on it at the birth (clause 12's 200 not paid), 老三 on the way will be."""
    got = said(
        "生老二的时候没吃 今年8月才开始吃的 老三生的时候肯定还吃着",
        {
            "city": "jinan",
            "hardship_now": True,
            "children": [*kids("2023-06", "2024-06"), {"due_date": "2027-04"}],
        },
        "hardship_at_birth",
    )
    assert ("child.birth_date", 2) not in got
    assert at_births(got) == {2: False, 3: True}


def test_the_three_little_ones_are_the_triplets() -> None:
    """仨小的是去年9月28生的 不是十月: the date put right for all three triplets, not the 4th
    alone (tester 117 p4's read-back had them born on two days)."""
    got = said(
        "哦说错了 仨小的是去年9月28生的 不是十月 还有我媳妇现在领失业金呢", AN_ELDEST_AND_TRIPLETS
    )
    assert {c: got.get(("child.birth_date", c)) for c in (2, 3, 4)} == {
        2: "2025-09-28",
        3: "2025-09-28",
        4: "2025-09-28",
    }
    assert got[("hardship_now", None)] is True
    english = said(
        "the three little ones were born sept 28 last year not october", AN_ELDEST_AND_TRIPLETS
    )
    assert [english.get(("child.birth_date", c)) for c in (1, 2, 3, 4)] == [
        None,
        "2025-09-28",
        "2025-09-28",
        "2025-09-28",
    ]


def test_the_three_little_ones_after_the_eldest() -> None:
    """老大7岁 仨小的是去年9月28生的: four children, the three youngest born together."""
    got = said("老大7岁 仨小的是去年9月28生的三胞胎")
    assert got[("child.birth_date", 1)] == "2019-06"
    assert [got.get(("child.birth_date", c)) for c in (2, 3, 4)] == ["2025-09-28"] * 3
    assert ("child.birth_date", 5) not in got


TWINS_IN_MARCH = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": kids("2018", "2026-03", "2026-03"),
}


def test_the_twins_own_insurance_is_no_cover_of_the_birth() -> None:
    """七月份给她俩办的居民医保: the twins' own enrolment in July, neither the mother's cover at
    the birth nor a birth in July (tester 119 p3)."""
    got = said("俩闺女是3月12生的 七月份给她俩办的居民医保 这个钱能给报回来吗", TWINS_IN_MARCH)
    assert ("birth_insurance", None) not in got
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-03-12"
    paid = said(
        "不是我生孩子的医保 是俩孩子自己的医保 七月交的那个个人缴费能不能财政给出", TWINS_IN_MARCH
    )
    assert paid == {}


def test_twins_on_the_scan_then_months_pregnant_are_the_twins_due() -> None:
    """ "ultrasound today: twins!!! im 3 months pregnant. our daughter gonna be big sis to 2":
    the 2nd and 3rd children due in about six months (June 2027), an estimate."""
    got = said(
        "ultrasound today: twins!!! im 3 months pregnant. our daughter gonna be big sis to 2",
        {"city": "jinan", "children": kids("2023-02")},
    )
    assert got == {("child.due_date", 2): "2027-06", ("child.due_date", 3): "2027-06"}


def test_a_benefit_said_by_it_at_the_birth() -> None:
    """ "失业金 started april, so we already had it when she was born. still getting it": held at
    the birth (clause 12's 200) and now."""
    got = said(
        "my man lost his job in march, 失业金 started april, so we already had it when she was "
        "born. still getting it",
        {"city": "beijing", "children": kids("2026-05")},
    )
    assert got[("hardship_at_birth", None)] is True
    assert got[("hardship_now", None)] is True


def test_a_job_lost_and_a_booked_caesarean_date_no_birth() -> None:
    """她爸四月份下的岗: April is the job lost; 二宝二月初剖 定好日子了: the 2nd child due."""
    got = said(
        "大的没赶上 小的赶上了 她爸四月份下的岗 到现在还领着失业金",
        {"city": "beijing", "children": kids("2017-03", "2026-09")},
        "hardship_at_birth",
    )
    assert ("child.birth_date", 2) not in got
    assert at_births(got) == {1: False, 2: True}
    booked = said("二宝二月初剖 定好日子了", {"city": "jinan", "children": kids("2022-03")})
    assert booked == {("child.due_date", 2): "2027-02"}
