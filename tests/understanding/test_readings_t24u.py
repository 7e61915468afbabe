"""Facts tester 24 saw misread in live conversations, each read as a class of wording: a
speaker's own hukou asked "can I too?", a cover held before the present job, and twins told
beside an older child."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

TODAY = date(2026, 12, 1)  # the day in China during tester 24's run
said = reading(TODAY)
JINAN = {"city": "jinan"}


# --- the speaker's own hukou, asked "can I too?": not the family's ------------------------------

GRANDCHILD = {"city": "jinan", "children": [{"birth_date": "2023-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "我户口在德州 也能免吗",
        "我户口不在济南 也可以参加吗",
        "我户口在老家 我也能领吗",
        "我的户口在聊城 也有没有份",
        "my hukou is in dezhou, can I also get it free?",
        "my own hukou is back in hebei, can i still join?",
    ],
)
def test_ones_own_hukou_asked_can_i_too_leaves_the_familys_alone(text: str) -> None:
    assert ("hukou_in_city", None) not in said(text, GRANDCHILD, "birth_insurance")
    assert ("hukou_in_city", None) not in said(text, GRANDCHILD)


@pytest.mark.parametrize("text", ["我户口在德州", "我户口在德州 能领吗", "my hukou is in dezhou"])
def test_ones_own_hukou_told_plainly_is_still_read(text: str) -> None:
    assert said(text, JINAN)[("hukou_in_city", None)] is False


# --- a cover held before the present job: not the cover at the birth ---------------------------

EXPECTING = {"city": "jinan", "children": [{"due_date": "2027-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "之前是灵活就业交的职工医保",
        "以前在老单位交的生育险 现在换工作了",
        "原先是居民医保",
        "i used to be on the resident scheme",
        "her previous job had employee maternity insurance",
        "previously I paid flexible employment insurance myself",
    ],
)
def test_a_cover_held_before_is_not_the_births(text: str) -> None:
    assert ("birth_insurance", None) not in said(text, EXPECTING)


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("生孩子的时候是灵活就业 之前是单位交的", "flexible_employment"),
        ("生之前交的居民医保", "resident_medical"),
        ("之前说错了 是灵活就业", "flexible_employment"),
        ("my wife was on flexible employment insurance before the birth", "flexible_employment"),
    ],
)
def test_a_cover_tied_to_the_birth_or_put_right_is_still_read(text: str, cover: str) -> None:
    assert said(text, EXPECTING)[("birth_insurance", None)] == cover


# --- twins told beside an older child -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "beijing, wife is pregnant with twins due in may, we have a 4 year old. any cash?",
            "2027-05",
        ),
        ("expecting twins in march, we also have a 6 yo", "2027-03"),
        ("怀了双胞胎 预产期明年5月 家里有个4岁的", "2027-05"),
        ("老婆怀的双胞胎 明年3月生 还有个六岁的", "2027-03"),
    ],
)
def test_a_child_of_an_age_beside_twins_on_the_way_comes_first(text: str, due: str) -> None:
    got = said(text)
    assert ("child.birth_date", 1) in got
    assert str(got[("child.due_date", 2)]) == due
    assert str(got[("child.due_date", 3)]) == due


@pytest.mark.parametrize("text", ["wife is pregnant, we have a 4 year old", "怀孕了 家里有个4岁的"])
def test_a_child_of_an_age_beside_a_pregnancy_is_a_child_born(text: str) -> None:
    assert said(text) == {("child.birth_date", 1): "2022-06", ("child.due_date", 2): None}


@pytest.mark.parametrize("text", ["wife is pregnant, she's 32", "我怀孕了 我32岁"])
def test_the_mothers_own_age_beside_a_pregnancy_is_no_child(text: str) -> None:
    assert not any(fact == "child.birth_date" for fact, _ in said(text))


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("济南户口 老大7岁 老二双胞胎去年十月生的 产假多少天", "2025-10"),
        ("大宝5岁 二宝龙凤胎今年3月出生", "2026-03"),
        ("老大上小学了 老二双胞胎今年3月生的", "2026-03"),
    ],
)
def test_an_order_said_right_before_twins_is_theirs(text: str, born: str) -> None:
    got = said(text, JINAN)
    assert str(got[("child.birth_date", 2)]) == born
    assert str(got[("child.birth_date", 3)]) == born
    assert ("child.birth_date", 4) not in got


def test_twins_named_by_the_later_orders_keep_them() -> None:
    got = said("老三双胞胎上个月出生", {"city": "jinan", "children": kids("2016", "2019")})
    assert str(got[("child.birth_date", 3)]) == "2026-11"
    assert str(got[("child.birth_date", 4)]) == "2026-11"


# --- the day of a scan that found twins: no birth ------------------------------------------------

SCAN_DAY = date(2025, 10, 29)


@pytest.mark.parametrize(
    "text",
    [
        "scan today: twins! due april",
        "had the ultrasound yesterday, it's twins, due in april",
        "今天B超查出来是双胞胎 预产期明年4月",
        "昨天做了彩超 双胞胎 预产期4月",
    ],
)
def test_the_day_of_a_scan_is_no_birth(text: str) -> None:
    got = reading(SCAN_DAY)(text, JINAN)
    assert not any(fact == "child.birth_date" for fact, _ in got)
    assert str(got[("child.due_date", 1)]) == "2026-04"
    assert str(got[("child.due_date", 2)]) == "2026-04"


def test_a_scan_with_an_older_child_keeps_it_first() -> None:
    got = reading(SCAN_DAY)("昨天做了B超 是双胞胎 老大5岁 预产期明年三月", JINAN)
    assert got[("child.birth_date", 1)] == "2020-04"
    assert str(got[("child.due_date", 2)]) == str(got[("child.due_date", 3)]) == "2026-03"


@pytest.mark.parametrize(
    "text",
    [
        "scan today: twins! laoda is 3, so these will be no 2 and 3, due april",
        "had a scan this morning, twins!! our eldest is 3, they'll be number 2 and 3, due in april",
    ],
)
def test_orders_told_by_number_after_an_older_child_are_no_age(text: str) -> None:
    got = reading(SCAN_DAY)(text, JINAN)
    assert got[("child.birth_date", 1)] == "2022-04"
    assert not any(fact == "child.birth_date" and child != 1 for fact, child in got)
    assert str(got[("child.due_date", 2)]) == str(got[("child.due_date", 3)]) == "2026-04"
