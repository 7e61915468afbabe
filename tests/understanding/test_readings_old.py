"""Wordings of the corpus's older batches the layer read wrongly, and made-up wordings of the same
classes: the household, what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from understanding import understand

TODAY = date(2025, 10, 31)


def said(
    text: str,
    known: dict[str, object] | None = None,
    asked: str | None = None,
    today: date = TODAY,
) -> dict[tuple[str, int | None], object]:
    return {(u.fact, u.child): u.value for u in understand(text, known or {}, asked, today)}


@pytest.mark.parametrize(
    "text",
    [
        "shuangbaotai born 10 days ago!! laoda is 3",
        "longfengtai born 10 days ago, laoda is 3",
    ],
)
def test_twins_in_pinyin_are_twins(text: str) -> None:
    """Pinyin words read like laoda and dibao: the twins and their elder sibling, three children."""
    got = said(text, {"city": "jinan"})
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2025-10-21"


@pytest.mark.parametrize(
    "text",
    [
        "twins born last october, our first ones, both came early",
        "boy girl twins born last october, my first ones",
    ],
)
def test_twins_who_are_our_first_ones_are_the_first_birth(text: str) -> None:
    got = said(text, today=date(2026, 2, 2))
    assert got == {
        ("child_count", None): 2,
        ("child.birth_date", 1): "2025-10",
        ("child.birth_date", 2): "2025-10",
    }


@pytest.mark.parametrize(
    "text",
    [
        "twins born the day before yesterday, theyre our 3rd n 4th!!",
        "twins born the day before yesterday, they're our third and fourth",
        "双胞胎前天生的 是老三老四",
        "双胞胎前天出生 他俩是老三老四",
    ],
)
def test_orders_named_in_the_clause_after_the_twins_are_theirs(text: str) -> None:
    got = said(text, {"city": "jinan"})
    assert got == {("child.birth_date", 3): "2025-10-29", ("child.birth_date", 4): "2025-10-29"}


def test_orders_told_of_more_than_naming_are_other_children() -> None:
    """老大老二都上小学了 tells of the elder two, not of the twins on the way."""
    got = said("双胞胎怀了八个月了 老大老二都上小学了 一个九岁一个七岁")
    assert ("child.due_date", 3) in got and ("child.due_date", 4) in got
    assert ("child.due_date", 1) not in got


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("two girls, born 2020 and 23", ("2020", "2023")),
        ("kids born 19 and 23.", ("2019", "2023")),
        ("our boys were born 2018, 21", ("2018", "2021")),
    ],
)
def test_two_digit_years_listed_after_a_year(text: str, years: tuple[str, str]) -> None:
    got = said(text, {"city": "jinan"})
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == years


@pytest.mark.parametrize(
    "text", ["born 2020, 12 days early", "born 19 days ago", "born 2019, 30 of us at the party"]
)
def test_a_number_after_a_year_with_a_unit_or_past_next_year_is_no_year(text: str) -> None:
    got = said(text, {"city": "jinan"})
    assert ("child.birth_date", 2) not in got


THREE = {"city": "beijing", "children": [
    {"birth_date": "2017-03"}, {"birth_date": "2023-09"}, {"birth_date": "2023-09"},
]}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "not for the eldest but yes for the twins, dibao",
        "no for the eldest, yes for the twins",
        "the eldest no, the twins yes",
    ],
)
def test_a_yes_or_no_for_each_birth_named_after_it(text: str) -> None:
    """To the dibao question: "yes for the twins" is one answer, for the twins; answers that
    differ by birth are no yes or no for every birth."""
    got = said(text, THREE, "hardship_at_birth")
    assert got == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
        ("child.hardship_at_birth", 3): True,
    }


@pytest.mark.parametrize(
    "text", ["at birth no. now yes, got dibao since last month", "at the time no, now we get dibao"]
)
def test_the_time_of_the_birth_said_before_the_no(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2025-06"}]}
    updates = understand(text, known, "hardship_at_birth", date(2027, 3, 31))
    at_birth = [u for u in updates if u.fact == "hardship_at_birth"]
    assert [(u.value, u.kind) for u in at_birth] == [(False, "confirmation")]
    assert any(u.fact == "hardship_now" and u.value is True for u in updates)


TWO = {"city": "jinan", "children": [{"birth_date": "2018-03"}, {"birth_date": "2022-08"}]}
OLDER_THREE = {"city": "jinan", "children": [
    {"birth_date": "2014-06"}, {"birth_date": "2017-01"}, {"birth_date": "2022-09"},
]}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "first 2 kids were born while we were on dibao, the 3rd no",
            OLDER_THREE,
            {1: True, 2: True, 3: False},
        ),
        ("we on 失业金 when 2nd born, not when 1st", TWO, {1: False, 2: True}),
        ("dibao when our 2nd born, the 1st no", TWO, {1: False, 2: True}),
    ],
)
def test_births_named_by_a_bare_english_order(
    text: str, known: dict[str, object], expected: dict[int, bool]
) -> None:
    """ "first 2 kids", "when 2nd born": the births named without our/the."""
    got = said(text, known, today=date(2025, 2, 27))
    assert {c: v for (f, c), v in got.items() if f == "child.hardship_at_birth"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "hmm we still get dibao now. for the first baby we had it, for the second we didnt",
        "we are on tekun now. with the eldest we had it too, with the second we didnt",
    ],
)
def test_we_had_it_for_a_birth_framed_before_it(text: str) -> None:
    got = said(text, TWO, "hardship_at_birth")
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is False


@pytest.mark.parametrize(
    "text",
    ["老大那会儿吃着低保呢 小的生的时候已经退了", "生老大那年领着低保 生老二的时候低保已经退了"],
)
def test_benefits_already_stopped_at_a_birth(text: str) -> None:
    """退了 is a stop; 已经 before it puts the stop before that birth."""
    got = said(text, TWO, "hardship_at_birth")
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is False


@pytest.mark.parametrize(
    "text",
    [
        "生三个孩子时候都在领特困供养 现在还在领 一直没断过",
        "低保从生老大那年就领 现在还在领 从没停过",
        "dibao since 2018, never stopped",
    ],
)
def test_never_stopped_is_still_on_them(text: str) -> None:
    """没断过, 没停过, "never stopped": no stop, no no; still on them now."""
    assert said(text, TWO)[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "失业金领了快半年了 孩子是前年生的 那会儿没领",
        "低保领了有两年了",
        "got the dibao approved the day before yesterday",
        "when baby was born we have no dibao, but now we get it, from this year",
    ],
)
def test_on_them_now_told_by_how_long_or_since_when(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2024-06"}]}
    got = said(text, known)
    assert got[("hardship_now", None)] is True
    assert got.get(("hardship_at_birth", None)) in (None, False)


@pytest.mark.parametrize(
    ("text", "funds"),
    [
        ("gongjijin: husband yes, me no (shiyejin now), father in law yes", 2),
        ("公积金 老公交 我没交(现在领失业金)", 1),
    ],
)
def test_a_bracket_at_the_end_of_a_clause_is_its_own_clause(text: str, funds: int) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2024-08"}]}
    got = said(text, known)
    assert got[("hardship_now", None)] is True
    assert got[("housing_fund_contributors", None)] == funds


def test_a_bracket_inside_a_clause_stays_in_it() -> None:
    got = said(
        "my laoer (2nd grandson) was born during the shiyejin time, laoda no", TWO,
        "hardship_at_birth",
    )  # fmt: skip
    assert got == {("child.hardship_at_birth", 2): True, ("child.hardship_at_birth", 1): False}


@pytest.mark.parametrize(
    "text", ["孙子今天一百天 摆了两桌 热闹", "宝宝今天满100天", "宝宝今儿一百天"]
)
def test_days_old_today(text: str) -> None:
    """今天一百天: the child is a hundred days old today (出生一百天)."""
    got = said(text, today=date(2025, 5, 31))
    assert got == {("child.birth_date", 1): "2025-02-20"}


@pytest.mark.parametrize(
    "text",
    [
        "our first was born 2 days ago, may 29, 3.1kg little girl",
        "孩子三天前出生的 5月28号 六斤二两",
    ],
)
def test_a_day_named_beside_the_days_ago_it_agrees_with_is_exact(text: str) -> None:
    """A stated date beats an age: the day named, the same as the days ago put, is no estimate."""
    updates = understand(text, {}, None, date(2025, 5, 31))
    births = [(u.child, u.value[:8], u.approx) for u in updates if u.fact == "child.birth_date"]
    assert births == [(1, "2025-05-", False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("beijing, yes we do", True),
        ("北京，是的", True),
        ("beijing yes", True),
        ("beijing, no", False),
    ],
)
def test_the_city_said_again_before_the_yes_to_the_hukou_question(text: str, value: bool) -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2026-05"}]}
    updates = understand(text, known, "hukou_in_city", date(2026, 8, 31))
    assert [(u.fact, u.value, u.kind) for u in updates] == [
        ("hukou_in_city", value, "confirmation")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [("earlier this month, on the 1st", "2025-02-01"), ("this month, on the 2nd", "2025-02-02")],
)
def test_on_the_1st_is_a_day_not_the_eldest(text: str, day: str) -> None:
    """Asked about the children with a baby due this month: the day it was born."""
    known = {"city": "jinan", "children": [{"birth_date": "2020-03"}, {"due_date": "2025-02"}]}
    updates = understand(text, known, "children", date(2025, 2, 4))
    assert [(u.fact, u.child, u.value) for u in updates] == [("child.birth_date", 2, day)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("if we have twins next year do both get the subsidy?", "2027"),
        ("what if she has twins in may, double the money?", "2027-05"),
    ],
)
def test_twins_put_hypothetically_are_a_pregnancy_asked_about(text: str, due: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2024-02"}]}
    updates = understand(text, known, None, date(2026, 8, 31))
    assert sorted((u.fact, u.child, u.value, u.kind) for u in updates) == [
        ("child.due_date", 2, due, "question"),
        ("child.due_date", 3, due, "question"),
    ]


@pytest.mark.parametrize("text", ["没有 自己家的房子 去年买的", "不租 住自家房子"])
def test_our_familys_own_flat_is_owned(text: str) -> None:
    got = said(text, {"city": "beijing"}, "renting")
    assert got[("renting", None)] is False
    assert got[("owns_home_in_city", None)] is True


def kinds(
    text: str, known: dict[str, object], asked: str | None = None, today: date = TODAY
) -> dict[tuple[str, int | None], tuple[object, str]]:
    """Each fact with its value and kind of update."""
    return {(u.fact, u.child): (u.value, u.kind) for u in understand(text, known, asked, today)}


@pytest.mark.parametrize(
    "text",
    [
        "外孙女今年上初中了 外孙才出生二十六天",
        "大孙子都上小学了 小孙女才三个月",
        "闺女今年上高中 儿子刚满月",
    ],
)
def test_a_child_named_by_relation_at_school_is_older_than_the_baby(text: str) -> None:
    """The pupil told of only by the school it started (今年上初中) takes the first order."""
    got = said(text, {"city": "jinan"}, today=date(2026, 1, 31))
    assert set(got) == {("child.birth_date", 2)}


@pytest.mark.parametrize(
    "text", ["ah no, we live in beijing, only our hukou is jinan", "no, we're in beijing actually"]
)
def test_a_message_opening_on_no_puts_a_known_fact_right(text: str) -> None:
    """No question asked: the no is of what the bot holds, so the new city corrects it."""
    got = kinds(text, {"city": "jinan"})
    assert got[("city", None)] == ("beijing", "correction")


def test_a_message_opening_on_no_corrects_only_what_was_known() -> None:
    got = kinds("no, we rent in beijing", {"city": "beijing"})
    assert got == {("renting", None): (True, "statement")}


THREE_BORN = {"city": "jinan", "children": [
    {"birth_date": "2009-11"}, {"birth_date": "2013-02"}, {"birth_date": "2018-07"},
]}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "eldest", "later"),
    [
        ("老大出生那时候俺们是特困供养户 后面几个都不是了", True, False),
        ("生老大的时候没领低保 后面几个都领了", False, True),
        ("老大那会儿吃着低保 后头几个都没吃", True, False),
    ],
)
def test_the_later_births_answered_together(text: str, eldest: bool, later: bool) -> None:
    """后面几个 are the births after the one told of: the other answer, said for them all."""
    got = said(text, THREE_BORN, today=date(2026, 4, 30))
    assert got == {
        ("child.hardship_at_birth", 1): eldest,
        ("child.hardship_at_birth", 2): later,
        ("child.hardship_at_birth", 3): later,
    }


@pytest.mark.parametrize(
    "text",
    [
        "上周四生的 又是双胞胎！前头俩闺女也是一对 这下四个孩子了",
        "上周四又生了对双胞胎 前面俩小子是一对 现在家里四个孩子了",
    ],
)
def test_two_said_to_be_a_pair_are_twins_not_the_family(text: str) -> None:
    """俩闺女也是一对 counts the elder twins; the family's count is the four said after."""
    got = said(text, today=date(2027, 2, 3))
    assert got == {
        ("child_count", None): 4,
        ("child.birth_date", 3): "2027-01-28",
        ("child.birth_date", 4): "2027-01-28",
    }


@pytest.mark.parametrize(
    "text",
    [
        "上周四生了双胞胎 俩闺女 上头还有个五岁的哥哥 生这俩的时候我们是特困供养户",
        "上周四生了对龙凤胎 家里还有个五岁的姐姐 生这俩那会儿吃着低保",
    ],
)
def test_the_twins_and_an_elder_with_an_age_and_their_birth(text: str) -> None:
    """还有个五岁的哥哥 beside the twins: three children; 生这俩的时候 is the twins' birth."""
    got = said(text, today=date(2025, 1, 6))
    assert got[("child_count", None)] == 3
    assert got[("child.hardship_at_birth", 2)] is got[("child.hardship_at_birth", 3)] is True
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize("text", ["都是吃低保那些年生的 每个都是", "也是领着失业金的时候生的"])
def test_all_of_them_were_born_then_is_a_statement_not_a_yes(text: str) -> None:
    """都是 joins what follows: the births told, no 是 answering the question."""
    got = kinds(text, THREE_BORN, "hardship_at_birth", date(2025, 2, 28))
    assert got == {("hardship_at_birth", None): (True, "statement")}


def test_all_of_them_alone_is_still_a_yes() -> None:
    got = kinds("都是 那会儿都领着低保", THREE_BORN, "hardship_at_birth", date(2025, 2, 28))
    assert got == {("hardship_at_birth", None): (True, "confirmation")}


@pytest.mark.parametrize(
    "text",
    [
        "twins born in january, older boy born in may 2021",
        "twins born last month, our big girl is 6",
    ],
)
def test_the_twins_and_their_older_sibling_are_three(text: str) -> None:
    """An elder named by rank ("older boy") beside twins born years later: three children."""
    got = said(text, {"city": "beijing"}, today=date(2026, 3, 31))
    assert got[("child_count", None)] == 3
    assert ("child.birth_date", 3) in got


@pytest.mark.parametrize(
    "text",
    [
        "one kid 4 yrs old and 7 months pregnant with our second. want to buy our first flat next year",
        "怀孕七个月了 二胎 老大四岁 明年打算买房",
    ],
)
def test_the_year_of_a_home_to_buy_is_no_due_date(text: str) -> None:
    """ "buy our first flat next year": next year is the purchase's; the due date is from the
    months pregnant."""
    got = said(text, today=date(2025, 2, 12))
    assert got[("child.due_date", 2)] == "2025-04"
    assert got[("buying_first_home", None)] is True


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("外孙上周一生的 是我闺女家的老二", 2),
        ("孙女上周一生的 是我儿子家的老二", 2),
        ("外孙女前天出生 是俺闺女家的老三", 3),
    ],
)
def test_the_order_in_the_childs_parents_family_names_the_baby(text: str, order: int) -> None:
    """A grandparent: 是我闺女家的老二 names the grandchild just told of as its parents' second."""
    got = said(text, today=date(2027, 7, 8))
    assert set(got) == {("child.birth_date", order)}


@pytest.mark.parametrize(
    "text",
    ["两个大的 一个十岁一个七岁 怀着的是双胞胎 五个月", "又怀上了 三个月 俩大的一个十岁一个七岁"],
)
def test_the_elder_ones_beside_a_pregnancy_are_the_children_born(text: str) -> None:
    """两个大的 with one on the way: the two born so far are the count."""
    got = said(text, {"city": "jinan"}, "children", date(2026, 5, 20))
    assert got[("child_count", None)] == 2


def test_the_elder_ones_and_a_younger_one_are_not_all_the_children() -> None:
    got = said(
        "俩大的一个六岁一个三岁 小的一岁 又怀上了", {"city": "jinan"}, None, date(2026, 5, 20)
    )
    assert ("child_count", None) not in got
