"""Tester 64's citizens: dates that are not births (an insurance joined, a birthday held, a
birth denied, a due month said again, a holiday naming the day just told)."""

from datetime import date

from tests.understanding.readings import family, reading

said = reading(date(2026, 12, 5))


def test_a_new_year_baby_is_one_birth() -> None:
    """老三是2023年1月1号零点多生的 元旦宝宝: the third child, born 1 January 2023; no eldest
    born on this New Year's Day."""
    got = said("济南户口 三个娃 老三是2023年1月1号零点多生的 元旦宝宝 老二2019年的")
    assert got[("child.birth_date", 3)] == "2023-01-01"
    assert ("child.birth_date", 1) not in got


def test_a_birth_denied_is_no_child() -> None:
    """没有2026年生的孩子: the three children told, no fourth."""
    got = said("重新说 老大2016年 老二2019年5月 老三2023年1月1日 没有2026年生的孩子")
    assert {c for (f, c) in got if f == "child.birth_date"} == {1, 2, 3}


def test_the_month_the_child_was_insured_is_no_birth() -> None:
    """今年1月参保的: when the baby joined resident medical insurance (Jinan clause 15's six
    months), not a child born in January."""
    got = said("孩子居民医保 今年1月参保的 能补贴不", family("2025-10"))
    assert ("child.birth_date", 1) not in got


def test_a_birthday_held_last_year_beside_the_age_now() -> None:
    """老大6岁了 去年过的5岁生日: one child of six, not one born last year."""
    assert said("不对 老大6岁了 去年过的5岁生日") == {("child.birth_date", 1): "2020-06"}


def test_the_due_month_said_again_of_twins_on_the_way() -> None:
    """ "for the twins in april he'll probably still be on unemployment", of twins due April
    2027: no birth in April 2026."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2021"},
            {"birth_date": "2024-03"},
            {"due_date": "2027-04"},
            {"due_date": "2027-04"},
        ],
    }
    got = said(
        "no nothing like that when #2 was born. for the twins in april he'll probably still be "
        "on unemployment. and what about the 4th one, the other twin?",
        known,
    )
    assert not [c for (f, c) in got if f == "child.birth_date"]
