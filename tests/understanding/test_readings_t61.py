"""Chinese typed with no separator at all, one child's figure run into the next child's
(老大大前年出生老二今年, 大的一米四小的九十公分, 大儿子出生那年领失业金二闺女出生时候正常上班): each child
keeps its own date, height or hardship. A household, what the citizen wrote, and the facts the
assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

facts = facts_on(date(2026, 12, 4))
JINAN = {"city": "jinan"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("老大大前年出生老二今年", "2023", "2026"),
        ("老大是前年的老二去年元旦那天", "2024", "2025-01-01"),
        ("俺们老二是大前年的老大一四年", "2014", "2023"),
    ],
)
def test_each_child_run_on_keeps_its_own_birth_year(text: str, first: str, second: str) -> None:
    dates = {(c, str(v)) for f, c, v, _ in facts(text, JINAN) if f == "child.birth_date"}
    assert dates == {(1, first), (2, second)}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [("大的一米四小的九十公分", 140, 90), ("老大1米2小的1米", 120, 100)],
)
def test_each_child_run_on_keeps_its_own_height(text: str, first: int, second: int) -> None:
    heights = {(c, v) for f, c, v, _ in facts(text, JINAN) if f == "child.height_cm"}
    assert heights == {(1, first), (2, second)}


def test_two_younger_ones_counted_after_a_height_stay_two() -> None:
    """大的一米四 俩小的都是一米零五: the younger two share one height."""
    heights = {(c, v) for f, c, v, _ in facts("大的一米四 俩小的都是一米零五", JINAN, asked="children.height_cm")
               if f == "child.height_cm"}  # fmt: skip
    assert {(2, 105), (3, 105)} <= heights


def test_unemployment_benefit_at_the_first_birth_only_run_on() -> None:
    """Jinan clause on births in hardship: it is read per birth; the first had 失业金, the second
    was born while both worked."""
    got = facts("大儿子出生那年领失业金二闺女出生时候正常上班", JINAN)
    assert ("child.hardship_at_birth", 1, True, "statement") in got
    assert ("child.hardship_at_birth", 2, False, "statement") in got


def test_the_month_before_a_child_with_no_time_of_its_own_is_that_childs() -> None:
    got = facts("10月的老二还没上户口", JINAN)
    assert ("child.birth_date", 2, "2026-10", "statement") in {
        (f, c, str(v), k) for f, c, v, k in got
    }


@pytest.mark.parametrize(
    ("text", "elder"),
    [
        ("我儿媳妇怀了双胞胎七个月了家里还有个大孙子五岁", "2021-06"),
        ("儿媳妇怀了双胞胎四个月了大孙女都六岁了全家都盼着呢", "2020-06"),
        ("闺女怀了双胞胎医生说预产期五月下旬她家老大才三岁半我得过去帮忙", "2023-06"),
    ],
)
def test_the_child_at_home_after_twins_on_the_way_is_the_eldest(text: str, elder: str) -> None:
    """Twins expected and a child at home, run together: the child is the first, the twins the
    second and third births."""
    got = facts(text)
    births = {(c, str(v)) for f, c, v, _ in got if f == "child.birth_date"}
    assert births == {(1, elder)}
    assert {c for f, c, _, _ in got if f == "child.due_date"} == {2, 3}


@pytest.mark.parametrize(
    "text", ["家里四个娃老大十一老二八岁", "俩娃一个八岁多一个刚满三岁都是北京户口"]
)
def test_ages_listed_with_no_separator_each_date_a_child(text: str) -> None:
    births = {c for f, c, _, _ in facts(text) if f == "child.birth_date"}
    assert births == {1, 2}


def test_the_elder_brothers_after_a_newborn_sister_each_have_an_age() -> None:
    """上周四生了个闺女大哥八岁二哥五岁: the brothers are the first and second, the girl the third."""
    got = facts("上周四生了个闺女大哥八岁二哥五岁", asked="children")
    births = {(c, str(v)) for f, c, v, _ in got if f == "child.birth_date"}
    assert births == {(1, "2018-06"), (2, "2021-06"), (3, "2026-11-26")}


def test_twin_brother_and_sister_are_not_elder_siblings() -> None:
    """一对双胞胎哥哥九岁 妹妹两岁: the brother is one of the twins, not a child of his own."""
    got = facts("三个 一对双胞胎哥哥九岁 妹妹两岁", asked="children")
    assert {c for f, c, _, _ in got if f == "child.birth_date"} == {1, 2, 3}


TWINS_SECOND = {"children": [{"birth_date": "2015-09"}, {"birth_date": "2020-04"}, {"birth_date": "2020-04"}, {"birth_date": "2024-12"}]}  # fmt: skip


# Per-birth hardship typed with no separator (Jinan's support is read per birth): each birth
# keeps its own answer.
@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("第一胎没领第二胎双胞胎那回领了第三胎又没领", TWINS_SECOND, {(1, False), (2, True), (3, True), (4, False)}),
        ("大的那个生的时候吃低保小的那对双胞胎生的时候就不吃了", None, {(1, True), (2, False), (3, False)}),
        ("老二那回领失业金了其他几回都没有", {"children": [{"birth_date": "2016-01"}, {"birth_date": "2019-01"}, {"birth_date": "2023-01"}]}, {(2, True)}),
    ],
)  # fmt: skip
def test_each_birth_run_on_keeps_its_own_benefit_answer(
    text: str, known: dict[str, object] | None, expected: set[tuple[int, bool]]
) -> None:
    got = facts(text, known, asked="hardship_at_birth")
    assert expected <= {(c, v) for f, c, v, _ in got if f == "child.hardship_at_birth"}


def test_benefit_then_the_birth_it_was_at_stays_one_clause() -> None:
    """不对 领低保是生老二的时候: a correction naming the second birth, not dibao now."""
    known = {"children": [{"birth_date": "2017-03", "hardship_at_birth": True}, {"birth_date": "2021-08", "hardship_at_birth": False}]}  # fmt: skip
    got = facts("不对 领低保是生老二的时候 老大那会儿没领", known)
    assert ("child.hardship_at_birth", 2, True, "correction") in got
    assert not any(f == "hardship_now" for f, _, _, _ in got)


def test_what_else_the_family_gets_is_no_births_answer() -> None:
    """那我们家还有别的啥能享受的: a question about other support, not one birth's answer then another."""
    got = facts("那我们家还有别的啥能享受的 公积金900000是按2个孩子算的对吧", JINAN)
    assert not any(f == "housing_fund_contributors" for f, _, _, _ in got)


def test_the_due_date_word_typed_by_sound_is_read() -> None:
    """予产期是明年2月 这是头胎: 予 typed for 预, a first baby due in February 2027."""
    assert ("child.due_date", 1, "2027-02", "statement") in facts("予产期是明年2月 这是头胎")
