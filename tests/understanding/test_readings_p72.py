"""Messages of stop 71: tester 112's families. A household, what the citizen wrote, and the
facts taken."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

said = reading(date(2026, 12, 7))

TWINS_AFTER_A_GIRL = {
    "city": "jinan",
    "child_count": 3,
    "children": kids("2020-06", "2023", "2023"),
}


def test_twins_as_the_second_birth_told_with_their_day_after_the_year() -> None:
    """ "头胎闺女六岁 二胎是双胞胎小子23年底生的 12月30号": three children, the twins born on 30
    December 2023 (clause 12 pays each 600 a month until 30 December 2026); tester 112 c5 got
    a fourth child born last December."""
    assert said("头胎闺女六岁 二胎是双胞胎小子23年底生的 12月30号") == {
        ("child_count", None): 3,
        ("child.birth_date", 1): "2020-06",
        ("child.birth_date", 2): "2023-12-30",
        ("child.birth_date", 3): "2023-12-30",
    }


@pytest.mark.parametrize(
    ("message", "born"),
    [
        ("老二23年底生的 12月30号", "2023-12-30"),
        ("老二是23年的 具体是12月30", "2023-12-30"),
        ("老二23年初生的 2月3号", "2023-02-03"),
    ],
)
def test_a_day_told_after_its_year_is_that_years_day(message: str, born: str) -> None:
    """The year first, then the day of the month with no year: one birth, that day of that
    year."""
    assert said(message) == {("child.birth_date", 2): born}


def test_a_day_told_after_another_childs_year_is_that_childs() -> None:
    """ "老大19年生的 老二3月5号生的": the 老二's day has a birth of its own, not 老大's year."""
    got = said("老大19年生的 老二3月5号生的")
    assert got[("child.birth_date", 1)] == "2019"
    assert got[("child.birth_date", 2)] == "2026-03-05"


@pytest.mark.parametrize(
    "message", ["12月30号 双胞胎俩都是", "12月 12月30号 双胞胎俩都是", "双胞胎都是12月30号"]
)
def test_the_known_twins_day_is_theirs_not_two_more_children(message: str) -> None:
    """Twins known born in 2023 as 老二 and 老三, asked their month: the day told of both is
    theirs, in their year (tester 112 c5 was noted two pregnancies due on 30 December)."""
    assert said(message, TWINS_AFTER_A_GIRL, "children") == {
        ("child.birth_date", 2): "2023-12-30",
        ("child.birth_date", 3): "2023-12-30",
    }


def test_no_fourth_child_leaves_the_twins_dates() -> None:
    """A fourth child made by mistake: "一共仨孩子 没有老四 老二老三是双胞胎 都是2023年12月30号生的"
    puts the count right and dates both twins; the space before 老二 is no list of more
    children denied."""
    known = {
        "city": "jinan",
        "child_count": 4,
        "children": kids("2020-06", "2023", "2023", "2025-12-30"),
    }
    got = said("一共仨孩子 没有老四 老二老三是双胞胎 都是2023年12月30号生的", known)
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 2)] == "2023-12-30"
    assert got[("child.birth_date", 3)] == "2023-12-30"


def test_the_whole_count_said_with_yigong_is_the_count() -> None:
    """ "一共仨孩子" of four known children: the count put right, not three of them."""
    known = {"city": "jinan", "child_count": 4, "children": kids("2020", "2023", "2023", "2025")}
    assert said("一共仨孩子", known) == {("child_count", None): 3}


SHORT_DATES = {
    "city": "jinan",
    "hukou_in_city": True,
    "child_count": 2,
    "children": kids("2019", "2025-05-20"),
}


@pytest.mark.parametrize(
    "message",
    [
        "那到底领到哪天 五月二十号生的满三岁应该是28年5月20吧",
        "满三岁是28年5月20号吧",
        "补贴领到2028年5月20号对吧",
        "老大满3岁是哪天",
    ],
)
def test_the_day_the_money_ends_is_no_birth(message: str) -> None:
    """老二 born 20 May 2025: "满三岁应该是28年5月20吧" asks the day the 600 ends (clause 12:
    until the third birthday). Tester 112 c2 had 老大 noted born 28 May 2020."""
    assert said(message, SHORT_DATES) == {}


def test_a_two_digit_year_with_nian_is_never_a_day() -> None:
    """ "28年5月20" says its year: 2028, a birth to come, never the 28th of May 2020."""
    assert said("老二28年5月20生的", SHORT_DATES) == {("child.due_date", 2): "2028-05-20"}


@pytest.mark.parametrize(
    "message",
    [
        "等下 你说老大2020年5月28号生的？我没说过啊 老大是19年的 你把我家记的都说一遍",
        "我没说过老大2020年5月28号生的 老大是19年的",
        "you said my eldest was born in may 2020? i never said that. she was born in 2019",
    ],
)
def test_a_date_disowned_is_not_the_writers(message: str) -> None:
    """老大 wrongly noted born 28 May 2020: the writer quotes it, disowns it and gives 2019.
    The quoted date is no fact of theirs; 2019 is the eldest's, never 老二's (tester 112 c2
    lost 老二's real date)."""
    known = {**SHORT_DATES, "children": kids("2020-05-28", "2025-05-20")}
    assert said(message, known) == {("child.birth_date", 1): "2019"}
