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
