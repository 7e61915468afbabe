"""A pregnancy told by its months or its stage with 孕 alone (孕七个月, 孕期六个月, 孕7月, 孕晚期; not
备孕), a month followed by one child counted (俩娃一个23年4月一个24年8月: 一个 is a child, not the 1st
of the month; 俩娃 一个23.4 一个24.8, a short year and month with a dot), and an
elder or younger sibling said fondly with 大 or 小 beside multiples (家里还有个大姐姐 10岁了, 下面还有个小
弟弟): a household, what the citizen wrote, and the facts the assistant takes from it (the wordings
of corpus batch zh_54 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

JINAN = {"city": "jinan"}
facts = facts_on(date(2026, 9, 1))


# 孕七个月: the months of a pregnancy said with 孕 and no 怀, a due date nine months on, month
# precision, approximate; twins or triplets told beside it are each one baby on the way.
@pytest.mark.parametrize(
    ("text", "babies", "due"),
    [
        ("孕七个月 B超说是双胞胎 头一胎", 2, "2026-11"),
        ("孕7个月 双胞胎", 2, "2026-11"),
        ("孕五个月，查出来是双胞胎", 2, "2027-01"),
        ("孕六个月了 是龙凤胎", 2, "2026-12"),
        ("孕4个多月，B超说是三胞胎", 3, "2027-02"),
        ("孕7月 双胞胎 头胎", 2, "2026-11"),
        ("孕七个月", 1, "2026-11"),
        ("孕七个月了 头一胎", 1, "2026-11"),
        ("现在孕期八个月 第一胎", 1, "2026-10"),
    ],
)
def test_months_of_pregnancy_said_with_yun_alone(text: str, babies: int, due: str) -> None:
    assert facts(text, JINAN) == {
        ("child.due_date", n, due, "statement") for n in range(1, babies + 1)
    }


@pytest.mark.parametrize(
    ("text", "elder", "due"),
    [
        ("老大3岁 现在孕5个月", "2023-03", "2027-01"),
        ("孕七个月 老大两岁了", "2024-03", "2026-11"),
        ("孕期六个月，二胎，老大两岁", "2024-03", "2026-12"),
    ],
)
def test_months_of_pregnancy_after_an_elder_child(text: str, elder: str, due: str) -> None:
    assert facts(text, JINAN) == {
        ("child.birth_date", 1, elder, "statement"),
        ("child.due_date", 2, due, "statement"),
    }


# 孕晚期了: a stage of the pregnancy named (早期, 中期, 晚期), someone on the way, no date; a question
# about any pregnancy at that stage (孕晚期能请假吗) is no one's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("孕晚期了 头胎", {("child.due_date", 1, None, "statement")}),
        ("现在孕早期，第一胎", {("child.due_date", 1, None, "statement")}),
        (
            "孕晚期了 双胞胎",
            {("child.due_date", 1, None, "statement"), ("child.due_date", 2, None, "statement")},
        ),
        (
            "孕中期 二胎 老大3岁",
            {
                ("child.birth_date", 1, "2023-03", "statement"),
                ("child.due_date", 2, None, "statement"),
            },
        ),
        ("孕晚期能请假吗", set()),
    ],
)
def test_a_stage_of_pregnancy_is_someone_on_the_way(text: str, want: set[object]) -> None:
    assert facts(text, JINAN) == want


# 备孕三个月了: trying for a baby for three months, no one on the way and no child's age.
@pytest.mark.parametrize("text", ["备孕3个月了", "备孕三个月了 还没怀上"])
def test_months_of_trying_are_no_pregnancy(text: str) -> None:
    assert facts(text, JINAN) == set()


# 俩娃一个23年4月一个24年8月: each month is followed by 一个, one of the children counted, not by
# the 1st of the month; the months stay at month precision.
@pytest.mark.parametrize(
    "text",
    [
        "俩娃一个23年4月一个24年8月",
        "济南的 俩娃一个23年4月一个24年8月 都能领600不",
        "俩娃 23年4月一个 24年8月一个",
        "俩娃一个2023年4月一个2024年8月",
        "俩娃一个二三年四月一个二四年八月",
        "两个孩子，2023年4月一个，2024年8月一个",
        "俩闺女 一个23年4月的 一个24年8月的",
    ],
)
def test_month_then_one_counted_is_no_day(text: str) -> None:
    got = {f for f in facts(text, {}, date(2024, 9, 19)) if f[0] != "city"}
    assert got == {
        ("child.birth_date", 1, "2023-04", "statement"),
        ("child.birth_date", 2, "2024-08", "statement"),
        ("child_count", None, 2, "statement"),
    }


def test_three_months_each_then_one_counted() -> None:
    assert facts("三个孩子 一个18年5月一个20年7月一个23年1月", JINAN, date(2024, 9, 19)) == {
        ("child.birth_date", 1, "2018-05", "statement"),
        ("child.birth_date", 2, "2020-07", "statement"),
        ("child.birth_date", 3, "2023-01", "statement"),
        ("child_count", None, 3, "statement"),
    }


def test_month_then_a_birth_counted_is_no_day() -> None:
    assert facts("21年3月一胎 23年5月二胎", JINAN, date(2024, 9, 19)) == {
        ("child.birth_date", 1, "2021-03", "statement"),
        ("child.birth_date", 2, "2023-05", "statement"),
    }


def test_a_day_with_hao_is_still_a_day() -> None:
    assert facts("23年4月1号生的", JINAN, date(2024, 9, 19)) == {
        ("child.birth_date", 1, "2023-04-01", "statement"),
    }


# 俩娃 一个23.4 一个24.8: a short year and month with a dot, one of the children counted before or
# after it, is that child's month.
@pytest.mark.parametrize(
    "text",
    [
        "俩娃23.4一个24.8一个",
        "俩娃 一个23.4 一个24.8",
        "俩娃，一个是23.4，一个是24.8",
        "俩娃 23.4一个 24.8一个 都能领吗",
        "两个孩子 一个23.4月 一个24.8月",
    ],
)
def test_dotted_month_beside_one_counted(text: str) -> None:
    assert facts(text, JINAN, date(2024, 9, 19)) == {
        ("child.birth_date", 1, "2023-04", "statement"),
        ("child.birth_date", 2, "2024-08", "statement"),
        ("child_count", None, 2, "statement"),
    }


def test_a_weight_then_a_month_old_is_no_date() -> None:
    assert facts("宝宝体重3.5 一个月了", JINAN, date(2024, 9, 19)) == {
        ("child.birth_date", 1, "2024-08", "statement"),
    }


# 家里还有个大姐姐 10岁了: 大姐姐 / 大哥哥 is the elder sister or brother said fondly (not 大 … 10岁
# as a gap of ten years), one more child beside the multiples, counted with them.
@pytest.mark.parametrize(
    ("text", "born", "babies", "eldest"),
    [
        ("今年3月生的三胞胎 家里还有个大姐姐 10岁了", "2025-03", 3, "2015-01"),
        ("今年3月生的三胞胎 还有个大姐姐10岁", "2025-03", 3, "2015-01"),
        ("今年3月生的三胞胎 大姐姐10岁了", "2025-03", 3, "2015-01"),
        ("今年3月生的双胞胎 家里还有个大姐姐 10岁了", "2025-03", 2, "2015-01"),
        ("双胞胎姐妹，今年3月出生，家里还有一个大哥哥，十岁了", "2025-03", 2, "2015-01"),
        ("大姐姐10岁 下面是一对双胞胎 去年12月生的", "2024-12", 2, "2015-01"),
        ("双胞胎去年12月出生 家里还有个大姐 五岁半", "2024-12", 2, "2020-01"),
    ],
)
def test_elder_sibling_said_fondly_beside_multiples(
    text: str, born: str, babies: int, eldest: str
) -> None:
    assert facts(text, JINAN, date(2025, 7, 8)) == {
        ("child.birth_date", 1, eldest, "statement"),
        *{("child.birth_date", n, born, "statement") for n in range(2, babies + 2)},
        ("child_count", None, babies + 1, "statement"),
    }


def test_elder_sibling_said_fondly_its_age_before_the_word() -> None:
    assert facts("三胞胎 快一岁了 家里还有个十岁的大姐姐", JINAN, date(2025, 7, 8)) == {
        ("child.birth_date", 1, "2015-01", "statement"),
        ("child.birth_date", 2, "2024-08", "statement"),
        ("child.birth_date", 3, "2024-08", "statement"),
        ("child.birth_date", 4, "2024-08", "statement"),
        ("child_count", None, 4, "statement"),
    }


# 下面还有个小弟弟 / 小妹妹: the younger sibling said fondly, one more child after the multiples.
@pytest.mark.parametrize(
    ("text", "younger"),
    [
        ("双胞胎5岁 下面还有个小妹妹 1岁", "2024-01"),
        ("双胞胎5岁，下面还有个小弟弟，一岁半", "2024-01"),
        ("双胞胎五岁了 底下还有个小妹妹 1岁", "2024-01"),
    ],
)
def test_younger_sibling_said_fondly_after_twins(text: str, younger: str) -> None:
    assert facts(text, JINAN, date(2025, 7, 8)) == {
        ("child.birth_date", 1, "2020-01", "statement"),
        ("child.birth_date", 2, "2020-01", "statement"),
        ("child.birth_date", 3, younger, "statement"),
        ("child_count", None, 3, "statement"),
    }


# 大姐姐10岁 小弟弟3岁: each sibling word said fondly opens its own clause, a child and its age.
@pytest.mark.parametrize(
    ("text", "elder", "younger"),
    [
        ("大姐姐10岁 小弟弟3岁", "2015-01", "2022-01"),
        ("姐姐10岁，小弟弟3岁", "2015-01", "2022-01"),
        ("大哥哥十岁了 小妹妹才八个月", "2015-01", "2024-11"),
        ("小妹妹2岁 大哥哥8岁", "2017-01", "2023-01"),
    ],
)
def test_siblings_said_fondly_each_with_an_age(text: str, elder: str, younger: str) -> None:
    assert facts(text, JINAN, date(2025, 7, 8)) == {
        ("child.birth_date", 1, elder, "statement"),
        ("child.birth_date", 2, younger, "statement"),
    }
