"""Messages of stop 74, read on 7 December 2026: a household, what the citizen wrote, and the
facts taken."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 7))


@pytest.mark.parametrize(
    "text", ["带着老大还揣着俩", "带着老大还怀着双胞胎", "领着大宝又怀上双胞胎了"]
)
def test_the_eldest_in_ones_care_then_twins_on_the_way(text: str) -> None:
    """带着老大还揣着俩: the eldest is at home and twins are on the way, the 2nd and 3rd children
    (clause 12's 600 a month each once born), not the 1st and 2nd (the eldest is not the one
    pregnant, as a grown daughter in 老大还怀着双胞胎 would be)."""
    got = said(text)
    assert ("child.due_date", 2) in got and ("child.due_date", 3) in got
    assert ("child.due_date", 1) not in got


def test_a_list_of_ages_then_the_baby_is_three_children() -> None:
    """ "ages 7, 4 and the baby 16 days old": three children, about 7 and 4 years old and one
    born on 21 November 2026 (the baby alone was read before)."""
    got = said("ages 7, 4 and the baby 16 days old")
    assert got[("child.birth_date", 1)] == "2019-06"
    assert got[("child.birth_date", 2)] == "2022-06"
    assert got[("child.birth_date", 3)] == "2026-11-21"


@pytest.mark.parametrize(
    "text", ["我外孙女去年十月出生的 是她家老二 户口济南", "外孙女去年十月出生的 是家里第二个娃"]
)
def test_a_grandchild_said_to_be_her_familys_second_is_the_second(text: str) -> None:
    """A grandmother's granddaughter born October 2025 "is her family's 老二": the 2nd child,
    whose grandparents' care-insurance contribution Jinan clause 15 pays (tester 123 p2 was told
    the family had no 2nd child)."""
    got = said(text)
    assert got[("child.birth_date", 2)] == "2025-10"
    assert ("child.birth_date", 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        "外孙女是老二",
        "外孙女是我闺女家的第二个孩子",
        "不是说了是老二吗 外孙女是我闺女家的第二个孩子",
    ],
)
def test_the_one_grandchild_known_put_right_as_the_second(text: str) -> None:
    """The one grandchild noted (born October 2025, read as the 1st) said to be the 2nd: its
    date moves to the 2nd child."""
    got = said(text, {"city": "jinan", "children": [{"birth_date": "2025-10"}]})
    assert got[("child.birth_date", 2)] == "2025-10"


def test_asking_if_the_babys_insurance_is_still_free_holds_no_benefit_now() -> None:
    """ "no. if we sign her up now is it still free?" to the question about benefits at the
    birth: no benefit at the birth, and nothing said of a benefit now (tester 123 p7 was read
    back "on dibao … now")."""
    got = said(
        "no. if we sign her up now is it still free?",
        {"city": "jinan", "children": [{"birth_date": None}, {"birth_date": "2024-03-15"}]},
        "hardship_at_birth",
    )
    assert got.get(("hardship_at_birth", None)) is False
    assert ("hardship_now", None) not in got


def test_a_grandchild_not_yet_insured_is_no_birth_cover() -> None:
    """A grandmother asks about the granddaughter's own insurance, "她到现在还没上医保": the child
    has not joined (Jinan clause 15's window), which says nothing of the mother's cover at the
    birth (tester 125 p2 was read back 生育时没有参保). A mother who says she had none at the
    birth still tells it."""
    known = {"city": "jinan", "children": [{"birth_date": None}, {"birth_date": "2026-03"}]}
    got = said("那外孙女自己的医保呢 还能免费上吗 她到现在还没上医保", known)
    assert ("birth_insurance", None) not in got
    got = said("我生的时候没上医保 孩子的医保能免吗", known)
    assert got[("birth_insurance", None)] == "none"
