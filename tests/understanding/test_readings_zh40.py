"""A baby's age in months after a space before a question, a year said in words (两千零二十六年),
"only one" said with 就 (俺家就一个), a baby's age inside the year of its birth, the youngest said
to be an order (小孙子是老三), a youngest grandchild beside the eldest known one, a birth to come
said with 添, and questions about a city's rules or the wait after a hukou move: a household, what
the citizen wrote, and the facts the assistant takes from it (the wordings of corpus batch zh_40
and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
TWO_KIDS = {"city": "jinan", "children": [{"birth_date": "2016-07"}, {"birth_date": "2020-07"}]}
TODAY = date(2025, 1, 7)


def facts(text: str, known: dict[str, object] | None, today: date = TODAY) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, None, today)}


# 老三七个月 能领三孩补贴不: a space is a comma in a phone message, so the verb after it opens a
# clause of its own and the months are the child's age; 一个月(能)领多少 is still a month's amount.
@pytest.mark.parametrize(
    ("text", "child", "month"),
    [
        ("俺家老三七个月 能领三孩补贴不", 3, "2024-06"),
        ("俺家老三五个月 可以申请吗", 3, "2024-08"),
        ("老二家的老三十个月 给补贴吗", 3, "2024-03"),
    ],
)
def test_an_age_in_months_before_a_question_after_a_space(
    text: str, child: int, month: str
) -> None:
    assert ("child.birth_date", child, month, "statement") in facts(text, TWO_KIDS)


@pytest.mark.parametrize("text", ["一个月 能领多少", "一个月能领多少", "一个月 总共能拿多少"])
def test_an_amount_a_month_is_no_age(text: str) -> None:
    assert facts(text, TWO_KIDS) == set()


# 两千零二十六年六月一号: a year said in words with 两千 is one number.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("两千零二十六年六月一号生的 正赶上儿童节", "2026-06-01"),
        ("闺女是两千零二十五年十二月三号出生的", "2025-12-03"),
        ("两千二十六年三月八号生的", "2026-03-08"),
    ],
)
def test_a_year_said_in_words_with_two_thousand(text: str, day: str) -> None:
    got = facts(text, {"city": "jinan"}, date(2026, 8, 10))
    assert got == {("child.birth_date", 1, day, "statement")}


# 俺家就一个, 我们家只有俩: the number of children said after 就 / 只有, with no noun after it.
@pytest.mark.parametrize(
    ("text", "count", "births"),
    [
        ("俺家就一个 一七年的", 1, {1: "2017"}),
        ("我家就一个 一九年生的", 1, {1: "2019"}),
        ("咱家只有俩 大的五岁", 2, {1: "2019-07"}),
    ],
)
def test_only_so_many_said_with_jiu(text: str, count: int, births: dict[int, str]) -> None:
    got = facts(text, {"city": "beijing"}, date(2025, 1, 7))
    assert ("child_count", None, count, "statement") in got
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == births


# 今年生了老三 刚满月: an age in months inside the year said of the same birth tells it more
# precisely (approximate, like an age); an age outside the year leaves the year.
@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("今年生了老三 刚满月", "2025-11"),
        ("今年生的老三 三个月了", "2025-09"),
        ("老三今年生的 才半岁", "2025-06"),
    ],
)
def test_an_age_in_months_inside_the_year_told(text: str, month: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2017-06"}, {"birth_date": "2021-06"}]}
    got = facts(text, known, date(2025, 12, 31))
    assert got == {("child.birth_date", 3, month, "statement")}


def test_an_age_outside_the_year_told_leaves_the_year() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2017-06"}, {"birth_date": "2021-06"}]}
    got = facts("去年生的老三 三个月了", known, date(2025, 12, 31))
    assert got == {("child.birth_date", 3, "2024", "statement")}


# 小孙子是老三, 小孙女出生才二十天 是老三: the youngest said to be an order is that one child.
@pytest.mark.parametrize(
    ("text", "known", "today", "expected"),
    [
        (
            "小孙子是老三 刚满周岁 大孙子十岁 二孙女五岁",
            {"city": "jinan"},
            date(2026, 2, 17),
            {3: "2025-02", 1: "2015-08", 2: "2020-08"},
        ),
        (
            "小的就是老二 三个月了 大的六岁",
            {"city": "jinan"},
            date(2026, 2, 17),
            {2: "2025-11", 1: "2019-08"},
        ),
        (
            "小孙女出生才二十天 是老三",
            {"city": "jinan", "children": [{"birth_date": "2018-05"}, {"birth_date": "2022-05"}]},
            date(2026, 11, 30),
            {3: "2026-11-10"},
        ),
        (
            "小闺女刚生了十天 是俺家老三",
            {"city": "jinan", "children": [{"birth_date": "2018-05"}, {"birth_date": "2022-05"}]},
            date(2026, 11, 30),
            {3: "2026-11-20"},
        ),
    ],
)
def test_the_youngest_said_to_be_an_order(
    text: str, known: dict[str, object], today: date, expected: dict[int, str]
) -> None:
    got = facts(text, known, today)
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == expected


# 小孙子刚满百天 大孙女上幼儿园了, one grandchild known: the eldest named is the known one, the
# youngest, born years after it, a new child.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小孙子刚满百天 大孙女上幼儿园中班了", {2: "2024-12-10"}),
        ("小闺女三个月了 大闺女上幼儿园", {2: "2024-12"}),
    ],
)
def test_the_youngest_beside_the_eldest_known(text: str, expected: dict[int, str]) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-09"}]}
    got = facts(text, known, date(2025, 3, 20))
    assert {c: v for f, c, v, _ in got if f == "child.birth_date"} == expected


# 假如明年再添个老三: a birth to come said with 添 (add a child), like 再生.
@pytest.mark.parametrize(
    "text",
    [
        "假如明年再添个老三 这补贴还有没",
        "要是明年再添个老三 补贴还有吗",
        "假如明年再添一个 补贴还有吗",
    ],
)
def test_a_birth_to_come_said_with_tian(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2021-10"}, {"birth_date": "2024-10"}]}
    got = facts(text, known, date(2026, 4, 23))
    assert got == {("child.due_date", 3, "2027", "question")}


# 济南这个育儿补贴是按月发还是一回给齐: one of two ways asked about a city's measure, naming no
# one of the family, does not say where the family lives.
@pytest.mark.parametrize(
    "text", ["济南这个育儿补贴是按月发还是一回给齐", "北京的补贴是现金还是消费券"]
)
def test_a_city_s_rule_asked_as_one_of_two(text: str) -> None:
    assert facts(text, {}) == set()


# 户口迁过来多久才能申请: the wait after a hukou move asked, the move not told as done.
@pytest.mark.parametrize("text", ["户口迁过来多久才能申请", "落户后几个月能领补贴"])
def test_the_wait_after_a_hukou_move_asked(text: str) -> None:
    assert facts(text, {}) == set()


def test_a_hukou_move_told_is_still_read() -> None:
    assert facts("我们户口迁过来半年了", {}) == {("hukou_in_city", None, True, "statement")}
