"""Messages of stop 77, read on 8 December 2026 unless said: a household, what the citizen
wrote, and the facts taken (or not taken)."""

from datetime import date

import pytest

from tests.understanding.readings import reading

said = reading(date(2026, 12, 8))


@pytest.mark.parametrize(
    "text",
    [
        "孩子医保，居民医保，最晚哪天前得办上？过了还能免费不？",
        "老二医保之前在北京交的，现在转济南居民医保，个人那份政府出吗？",
        "小孙子的医保 居民医保 什么时候办",
        "the baby's insurance, resident one, deadline?",
    ],
)
def test_the_childs_own_resident_insurance_is_not_the_cover_at_the_birth(text: str) -> None:
    """The child's own resident insurance named (孩子医保 … 居民医保) is the child's enrolment
    (Jinan clause 15's six months), not the mother's cover at the birth: tester 134 p5's
    grandmother was read back 生育时参加城乡居民医保 and then told her daughter-in-law's delivery
    gets the fixed 3,000 yuan."""
    assert ("birth_insurance", None) not in said(text)


def test_the_births_cover_is_still_read_beside_the_childs() -> None:
    """孩子医保办了 我生的时候是居民医保: the mother's own cover at the birth is told too."""
    got = said("孩子医保办了 我生的时候是居民医保")
    assert got[("birth_insurance", None)] == "resident_medical"


@pytest.mark.parametrize(
    "text",
    [
        "户口去年8月从北京迁到济南，老二24年2月在北京生，现在能领济南每月600吗？",
        "户口从北京迁到济南，老二在北京生的",
        "our hukou moved from beijing to jinan last year, 2nd kid born in beijing feb 2024",
    ],
)
def test_a_hukou_moved_from_beijing_to_jinan_is_a_jinan_family(text: str) -> None:
    """A hukou moved from Beijing to Jinan, the child born in Beijing before: the family is in
    Jinan now (tester 134 p4 was asked which city after saying so)."""
    got = said(text)
    assert got[("city", None)] == "jinan"
    assert got[("hukou_in_city", None)] is True
