"""Testers 51 and 52 (fix-t53d): the year or month a benefit stopped is no child's birth
(生的时候我在领失业金 24年就不领了); a no said of one child's birth (老二出生的时候没有 那时候还没领);
a benefit that ends before the birth (it ends in january, baby due in march). A household, what
the citizen wrote, and the facts the assistant takes from it. Today is 1 December 2026."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, facts_on, reading

said = reading(date(2026, 12, 1))
facts = facts_on(date(2026, 12, 1))
JINAN = {"city": "jinan"}


# A year or month right after a benefit told in the message, with 就不领了 / 停了 / 没了 / 到期 /
# 结束 / 取消 after it: when the benefit stopped; the birth told before keeps its benefit.
@pytest.mark.parametrize(
    "text",
    [
        "老二2023年3月生的 生的时候我在领失业金 24年就不领了",  # tester 52 c09
        "老二2023年3月生的 那时候领低保 24年不领了",
        "二宝23年5月出生 生的时候吃低保 2024年就没了",
        "老二23年3月生的 当时在领失业金 24年6月到期了",
        "老三2023年6月生的 生的时候领特困 24年底取消了",
        "老二2023年3月生的 生的时候在领失业金 2024年结束了",
        "our second was born in march 2023 while we were on dibao, we stopped getting it in 2024",
        "second born march 2023, on unemployment benefit then, it ended in 2024",
    ],
)
def test_the_year_a_benefit_stopped_is_no_birth(text: str) -> None:
    got = said(text, JINAN)
    births = {c: v for (f, c), v in got.items() if f == "child.birth_date"}
    assert len(births) == 1, got
    (order, born), *_ = births.items()
    assert str(born).startswith("2023"), got
    assert at_births(got) == {order: True}, got


# The same words with no benefit before them stay a birth ("老大24年就生了" is no stop).
def test_a_year_with_no_benefit_told_stays_a_birth() -> None:
    got = said("老大2019年的 老二24年生的", JINAN)
    assert ("child.birth_date", 2) in got, got


# Asked about the benefits at 老二's birth: "X出生的时候没有", "生老二时还没开始领", "not when
# the second was born" are a no for that birth, a question about the money after them or not.
KNOWN = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2021-06"},
        {"birth_date": "2024-09"},
        {"birth_date": "2026-03", "hardship_at_birth": True},
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "老二出生的时候没有 那时候还没领 那老二也能加200吗 一个月1400到27年9月是吧",  # tester 52 c01
        "老二出生的时候没有 一个月1400到27年9月是吧",
        "生老二时还没开始领",
        "生老二时还没开始领 那1400对吗",
        "not when the second was born, we started later",
        "not when the second was born, we started later. so 1400 a month?",
    ],
)
def test_a_no_for_the_birth_asked_is_read(text: str) -> None:
    got = said(text, KNOWN, "hardship_at_birth")
    assert at_births(got) == {2: False}, got


# "那时候还没领", "当时没领" alone: a no to the question asked.
@pytest.mark.parametrize("text", ["那时候还没领", "当时没领", "那时候还没领 那老二也能加200吗"])
def test_a_no_of_that_time_answers_the_question(text: str) -> None:
    got = said(text, KNOWN, "hardship_at_birth")
    assert False in at_births(got).values() or got.get(("hardship_at_birth", None)) is False, got


# On a benefit now, its end told in a month before the baby on the way is due (March 2027):
# none at that birth; an end after the due date, or none told, says nothing of the birth.
EXPECTING = {"city": "jinan", "children": [{"birth_date": "2021-06"}, {"due_date": "2027-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "my wife gets unemployment benefit now, it ends in january though",  # tester 51 c03
        "we're on dibao now but it stops in february",
        "现在领失业金 1月份就到期了",
        "失业金领到明年1月 预产期3月",
        "低保明年2月底就停了",
    ],
)
def test_a_benefit_ending_before_the_due_month_is_none_at_that_birth(text: str) -> None:
    got = said(text, EXPECTING)
    assert at_births(got) == {2: False}, got


@pytest.mark.parametrize(
    "text",
    [
        "my wife gets unemployment benefit now",
        "现在领失业金",
        "现在领失业金 明年5月到期",
        "on unemployment, it ends in january but we will renew it",
    ],
)
def test_no_end_before_the_due_month_says_nothing_of_the_birth(text: str) -> None:
    got = said(text, EXPECTING)
    assert 2 not in at_births(got), got


# A hukou told as the family's before a move (原来北京户口, "used to be in beijing") and the move
# to a city after it (今年7月迁到济南了, "moved it to jinan in july"): that city's hukou now, and
# the city the family's; the city a child was born in before the move is no family city.
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("我们原来北京户口 今年7月迁到济南了 老二是去年12月在北京生的 能拿济南的补贴不", "jinan"),
        ("以前是北京户籍 今年迁到济南了", "jinan"),
        ("我们原先济南户口 去年迁到北京了", "beijing"),
        ("our hukou moved from beijing to jinan in july", "jinan"),
        (
            "our hukou used to be in beijing, we moved it to jinan in july. 2nd born dec 2025 in beijing",
            "jinan",
        ),
        ("we had beijing hukou before, moved it to jinan in july", "jinan"),
    ],
)
def test_a_hukou_moved_from_a_former_city_is_held_in_the_new_one(text: str, city: str) -> None:
    got = said(text)
    assert got.get(("city", None)) == city, got
    assert got.get(("hukou_in_city", None)) is True, got


# A move only planned leaves the hukou where it was.
def test_a_move_only_planned_is_no_move() -> None:
    got = said("我们以前是北京户籍 打算迁到济南")
    assert got.get(("hukou_in_city", None)) is not True or got.get(("city", None)) != "jinan", got
