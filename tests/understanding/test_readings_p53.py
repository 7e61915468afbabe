"""Messages of stop 53's probes, most about twins beside other children and the benefit at each
birth: a hotline's written notes (未领取, 否, 长孙 / 次孙), answers typed apart (老大 没 老二 没),
two sets of twins, twins named by their two orders, a benefit only guessed for a birth to come.
A household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, facts_on, family, reading

said = reading(date(2026, 7, 22))
facts = facts_on(date(2026, 7, 22))


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("二孩出生时领取失业保险金 一孩出生时在职 未领取", {2: True, 1: False}),
        ("二孩出生时领取失业保险金 一孩出生时未领取", {2: True, 1: False}),
        ("老三出生时特困 老大老二否", {3: True, 1: False, 2: False}),
    ],
)
def test_a_hotline_note_writes_its_no(text: str, births: dict[int, bool]) -> None:
    """未领取 and 否 are the written no: the extra 200 a month of Jinan clause 3 is only for the
    births with dibao, special hardship or unemployment benefit."""
    assert at_births(said(text)) == births


def test_a_note_counts_the_children_then_names_the_third() -> None:
    """3孩 beside 老三: three children (not the policy's "third child")."""
    got = said("张 济南 3孩 老三出生时特困 老大老二否 老三2025.6")
    assert got[("child_count", None)] == 3
    assert at_births(got) == {1: False, 2: False, 3: True}


def test_written_kin_orders_and_persons() -> None:
    """长孙 / 次孙、三孙（双胞胎）: the eldest grandchild, then the twins; 孙辈三人 counts them."""
    got = said(
        "家中孙辈三人，长孙出生时家庭为特困供养，次孙、三孙（双胞胎）出生时已脱困，不再享受。"
    )
    assert got[("child_count", None)] == 3
    assert at_births(got) == {1: True, 2: False, 3: False}


@pytest.mark.parametrize(
    ("text", "asked", "known", "births"),
    [
        (
            "老大 没 老二 没 双胞胎 有 低保",
            "hardship_at_birth",
            family("2013-02", "2016-08", "2025-03", "2025-03"),
            {1: False, 2: False, 3: True, 4: True},
        ),
        (
            "低保 生老大 有 老二 有 老三 没 老四 没",
            None,
            {},
            {1: True, 2: True, 3: False, 4: False},
        ),
    ],
)
def test_answers_typed_apart_child_by_child(
    text: str, asked: str | None, known: dict[str, object], births: dict[int, bool]
) -> None:
    """Each child's yes or no, a space between: one answer for each birth."""
    assert at_births(said(text, known, asked)) == births


def test_one_more_child_told_is_no_yes_to_a_benefit() -> None:
    """还有个大的三年级: the elder child, whose birth had no dibao told; the twins' birth had it."""
    got = facts_on(date(2026, 4, 9))(
        "求助 我们是低保家庭 去年十月生了双胞胎 生的时候就是低保 还有个大的三年级 济南户口"
    )
    assert ("child.hardship_at_birth", 1, True, "statement") not in got
    assert {c for f, c, v, _ in got if f == "child.hardship_at_birth" and v} == {2, 3}


def test_a_guess_for_a_birth_to_come_is_no_benefit_at_the_birth() -> None:
    """估计还在领 of a baby due in August: only the benefit now is told."""
    got = facts_on(date(2026, 4, 22))(
        "我现在在领失业金，孩子还没生，8月份生，生的时候估计还在领，这样可以吗"
    )
    assert got == {
        ("child.due_date", 1, "2026-08", "statement"),
        ("hardship_now", None, True, "statement"),
    }


def test_twins_named_by_their_orders_share_a_birth_and_a_due_date() -> None:
    """双胞胎是老二跟老三 … 老三弟弟 一个多月: both born a month ago; 老二老三 双胞胎 … 预产期是
    六月: both due in June."""
    born = facts_on(date(2026, 8, 6))(
        "我家双胞胎是老二跟老三 老二是姐姐 老三弟弟 一个多月 老大六岁多"
    )
    assert {c for f, c, v, _ in born if f == "child.birth_date" and v == "2026-07"} == {2, 3}
    due = facts_on(date(2026, 2, 24))("老二老三 双胞胎 刚做完B超 预产期是六月", family("2019-11"))
    assert {c for f, c, v, _ in due if f == "child.due_date"} == {2, 3}


def test_twins_share_the_benefit_at_their_birth() -> None:
    """外孙出生那会没领, of twin grandsons: neither birth had it."""
    got = facts_on(date(2026, 9, 8))("有一对双胞胎外孙 现在在北京领低保 外孙出生那会没领")
    assert {c for f, c, v, _ in got if f == "child.hardship_at_birth" and v is False} == {1, 2}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("济南 一胎双胞胎 二胎还是双胞胎 现在四个 大的俩6岁 小的俩二十天", 4),
        ("两对双胞胎 大的俩6岁 小的俩二十天", 4),
    ],
)
def test_two_sets_of_twins_by_their_place(text: str, count: int) -> None:
    """The big pair six, the small pair twenty days old: four children, never six."""
    got = said(text)
    assert got[("child_count", None)] == count
    assert {c for (f, c) in got if f == "child.birth_date"} == {1, 2, 3, 4}


def test_twins_due_next_month_are_not_counted() -> None:
    """老大3岁半 双胞胎下个月生: one child born, the twins still to come."""
    got = said("想问问双胞胎算二孩三孩不 老大3岁半 双胞胎下个月生")
    assert ("child_count", None) not in got
    assert {c for (f, c) in got if f == "child.due_date"} == {2, 3}


def test_one_more_on_the_way_beside_the_twins() -> None:
    """2个 双胞胎 还有个在肚子里: two children, and a third expected."""
    got = said("2个 双胞胎 还有个在肚子里", {"city": "jinan"}, "children")
    assert got == {("child_count", None): 2, ("child.due_date", 3): None}


@pytest.mark.parametrize(
    ("text", "today", "born"),
    [
        ("小闺女刚一岁半", date(2026, 5, 6), "2024-11"),
        ("孩子刚两岁半", date(2026, 5, 6), "2023-11"),
        ("我家那俩双胞胎外孙下个月过三岁生日", date(2026, 1, 28), "2023-02"),
        ("孩子快过三岁生日了", date(2026, 1, 28), "2023-02"),
        ("娃五个月 生的时候家里吃低保来着 上个月刚停", date(2026, 8, 20), "2026-03"),
    ],
)
def test_ages_said_in_other_words(text: str, today: date, born: str) -> None:
    """刚一岁半 is a year and a half; 下个月过三岁生日 turns three next month; 娃五个月 before
    the birth's time is the baby's age (上个月刚停 is the benefit's end, no birth)."""
    got = facts_on(today)(text)
    assert {v for f, _, v, _ in got if f == "child.birth_date"} == {born}


def test_a_money_question_beside_the_family_told() -> None:
    """二孩是双胞胎的话 600块是一个孩子600还是两个一共600 | 我家是老大5岁 双胞胎刚生 昨天: the
    question is hypothetical, the family after it is told: three children."""
    got = facts_on(date(2026, 4, 14))(
        "您好 二孩是双胞胎的话 600块是一个孩子600还是两个一共600 我家是老大5岁 双胞胎刚生 昨天"
    )
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 2, date(2026, 4, 13).isoformat(), "statement") in got


@pytest.mark.parametrize(
    ("text", "known", "today", "expected"),
    [
        (
            "龙凤胎哥哥1米32妹妹1米28",
            {},
            date(2026, 5, 18),
            {("child.height_cm", 1): 132.0, ("child.height_cm", 2): 128.0},
        ),
        (
            "孩子一米零八 不对 量错了 是一米一八",
            family("2021-07"),
            date(2026, 3, 13),
            {("child.height_cm", 1): 118.0},
        ),
        (
            "双胞胎是21年2月14号情人节生的",
            family("2021-02", "2021-02"),
            date(2026, 8, 13),
            {("child.birth_date", 1): "2021-02-14", ("child.birth_date", 2): "2021-02-14"},
        ),
        (
            "孩子2024年闰年2月29号生的",
            {},
            date(2026, 6, 12),
            {("child.birth_date", 1): "2024-02-29"},
        ),
    ],
)
def test_heights_and_days_said_with_extra_words(
    text: str, known: dict[str, object], today: date, expected: dict[tuple[str, int], object]
) -> None:
    """The twins named by sibling word, a height put right in passing, a holiday naming the day
    just written, a leap year named: no extra child."""
    assert reading(today)(text, known) == expected


@pytest.mark.parametrize(
    ("text", "known", "births", "now"),
    [
        (
            "失业金那个 生老二的时候领过仨月 另外俩孩子出生时候都没有",
            family("2016-03", "2019-06", "2023-10"),
            {1: False, 2: True, 3: False},
            None,
        ),
        (
            "你好 我们家有四个孩子 老大是2014年的 双胞胎是2018年的 老四是2023年生的 "
            "生老四的时候在领失业保险金 之前三个孩子出生时没领",
            {},
            {1: False, 2: False, 3: False, 4: True},
            None,
        ),
        (
            "我们老二老三出生那年我老公在领失业金，不过是年初领的，老二老三9月出生时已经停了",
            family("2019-04", "2022-09", "2022-09"),
            {2: False, 3: False},
            None,
        ),
        (
            "孩子他爸以前领失业金 生大女儿的时候领的 生小女儿时候刚好领完了 没领上",
            {},
            {1: True, 2: False},
            False,
        ),
        (
            "孙子出生于2025年2月，出生时父母均在领取失业金。现父亲已就业、母亲仍领取。",
            {},
            {},
            True,
        ),
    ],
)
def test_the_other_births_and_now(
    text: str, known: dict[str, object], births: dict[int, bool], now: bool | None
) -> None:
    """另外俩孩子 / 之前三个孩子: the births not named; 出生时 told after 出生那年 holds; a benefit
    once held and ended is not held now; 母亲仍领取 is held now; 失业金那个 is only the topic."""
    got = said(text, known)
    assert at_births(got) == births
    assert got.get(("hardship_now", None)) == now


@pytest.mark.parametrize(
    ("text", "known", "asked", "absent"),
    [
        (
            "我是孩子姥姥 闺女怀的双胞胎 大夫说预产期八月底 这是头一胎 北京这边有啥补助不",
            {},
            None,
            "hardship_now",
        ),
        (
            "就我老公一个人 我灵活就业没交",
            {"city": "beijing"},
            "housing_fund_contributors",
            "birth_insurance",
        ),
        (
            "老二其实是24年12月的 户口本上写的11月是错的 老大没问题",
            family("2019-03", "2024-11"),
            None,
            "hukou_in_city",
        ),
        ("孩子2025.11.30生的 今年8月份满9个月 北京 户口还没上", {}, None, "hukou_in_city"),
        ("请问哪个孩子能享受出生时低保的政策？", {}, None, "hardship_at_birth"),
    ],
)
def test_words_that_tell_no_fact(
    text: str, known: dict[str, object], asked: str | None, absent: str
) -> None:
    """有啥补助不 asks; 没交 answers the fund; 户口本上 is the booklet; 户口还没上 is the baby's
    registration; 哪个孩子能享受 asks which."""
    assert absent not in {f for f, _ in said(text, known, asked)}


def test_a_day_the_pregnancy_was_found_is_no_pregnancy() -> None:
    """我记成怀孕查出来那天了: the birth date put right, no baby on the way."""
    got = reading(date(2026, 1, 26))(
        "更正一下 孩子不是9月生的 是10月8号 我记成怀孕查出来那天了", family("2025-09")
    )
    assert got == {("child.birth_date", 1): "2025-10-08"}


def test_the_elder_pair_by_size() -> None:
    """是老三 上面俩姐姐 大的九岁小的四岁半: the sisters are the first and second."""
    got = reading(date(2026, 10, 9))("我媳妇前天生了 男孩 是老三 上面俩姐姐 大的九岁小的四岁半")
    assert got[("child.birth_date", 2)] == "2022-04"
    assert ("child.birth_date", 4) not in got


def test_a_plan_to_buy_given_up() -> None:
    """我们不在济南买房了: not buying (Jinan clause 14's first-home loan does not apply)."""
    got = reading(date(2026, 7, 27))("我们不在济南买房了 租着住就行 名下在济南也没有房")
    assert got[("buying_first_home", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "老大老二是双胞胎 生双胞胎那阵家里吃低保 后来的老三生的时候低保已经撤了",
        "老伴儿问的 俺大孙子跟二孙子是双胞胎 生双胞胎那阵家里吃低保 后来的小孙女生的时候低保已经撤了",
    ],
)
def test_twins_named_by_order_then_their_birth(text: str) -> None:
    """The twins are the first two: dibao at their birth; it was withdrawn (撤了) before the
    third's."""
    assert at_births(reading(date(2026, 5, 7))(text)) == {1: True, 2: True, 3: False}


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("3 days ago, our second was born", 2),
        ("3天前，老二出生了", 2),
        ("三天前 老二出生了", 2),
        ("3 days ago our second was born", 2),
    ],
)
def test_a_time_ago_then_the_birth(text: str, child: int) -> None:
    """The time, a comma or a space, then the birth it is the time of: born 3 January."""
    assert reading(date(2025, 1, 6))(text) == {("child.birth_date", child): "2025-01-03"}


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("老大12 老二是18年出生的", {1: "2014-06", 2: "2018"}),
        (
            "俺儿子家仨孩子 大孙女12 二孙子是22年的 小孙子今年3月生的",
            {1: "2014-06", 2: "2022", 3: "2026-03"},
        ),
    ],
)
def test_a_child_by_order_then_a_bare_number_of_years(text: str, births: dict[int, str]) -> None:
    """老大12 is twelve years old, as 老大12岁 (a grandmother typing fast)."""
    got = reading(date(2026, 12, 5))(text)
    assert {c: v for (f, c), v in got.items() if f == "child.birth_date"} == births


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        (
            "nope neither time we r on dibao now tho since dad lost his job",
            "hardship_at_birth",
            {},
            {("hardship_at_birth", None): False, ("hardship_now", None): True},
        ),
        (
            "laoer born in july when we on tekun laodas birth no",
            None,
            family("2020-05"),
            {
                ("child.birth_date", 2): "2026-07",
                ("child.hardship_at_birth", 2): True,
                ("child.hardship_at_birth", 1): False,
            },
        ),
    ],
)
def test_english_answers_typed_without_commas(
    text: str,
    asked: str | None,
    known: dict[str, object],
    expected: dict[tuple[str, int | None], object],
) -> None:
    """The births' no, then the benefit now; "laodas birth" is the eldest's."""
    assert reading(date(2026, 12, 5))(text, known, asked) == expected
