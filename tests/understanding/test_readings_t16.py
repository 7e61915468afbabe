"""Messages tester 16 sent to the running assistant that were read wrongly, and wordings of the
same kinds: the household, what the citizen wrote, and the facts it states (no more)."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

TODAY = date(2026, 11, 30)
ELDER_AND_BABY = {"city": "jinan", "hukou_in_city": True, "children": kids("2021-06", "2025-10")}
WAS_ON_DIBAO = {
    "city": "jinan",
    "hardship_now": False,
    "children": [{"birth_date": "2018-06"}, {"birth_date": "2022-12", "hardship_at_birth": True}],
}
GIRL_AND_TWINS = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [{"birth_date": "2020-06", "height_cm": 120}, *kids("2025-10", "2025-10")],
}


said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "不对 老大是6岁 过年就7岁了",
        "说错了 老大6岁 明年就满7岁了",
        "不对 老大是6岁 开学就7岁了",
    ],
)
def test_the_age_to_come_of_the_child_corrected_is_no_second_child(text: str) -> None:
    """过年就7岁了 is the same child's age at the new year: 老二 (born Oct 2025) stays."""
    got = said(text, ELDER_AND_BABY)
    assert got == {("child.birth_date", 1): "2020-05"}


def test_a_no_to_the_question_then_a_correction_keeps_the_no() -> None:
    got = said("没有 都上班呢 不对 老大是6岁 过年就7岁了", ELDER_AND_BABY, "hardship_at_birth")
    assert got == {("hardship_at_birth", None): False, ("child.birth_date", 1): "2020-05"}


def test_a_correction_opening_on_no_is_still_no_answer() -> None:
    assert said("不对 老大是6岁", ELDER_AND_BABY, "hardship_at_birth") == {
        ("child.birth_date", 1): "2020-05"
    }


@pytest.mark.parametrize(
    "text",
    [
        "那老二呢 老二不是有600一个月吗",
        "老二不是800一个月吗",
        "老二是不是600块一个月",
        "多少钱一个月",
        "一个月给几百",
        "这个补贴几百块一个月啊",
    ],
)
def test_an_amount_a_month_is_no_child_a_month_old(text: str) -> None:
    assert said(text, ELDER_AND_BABY) == {}


@pytest.mark.parametrize(
    "text",
    [
        "不用问 我是接线员 下一个 北京有育儿补贴吗 多少钱一个月 第几条",
        "不用问了 北京育儿补贴多少钱一个月",
        "不用说这个 我就问济南的政策",
    ],
)
def test_no_need_to_ask_is_no_answer_about_children(text: str) -> None:
    """不用问 is 'no need to ask', not 'no children'; 一个月 after 多少钱 is an amount a month."""
    got = said(text, {"city": "jinan"}, "children")
    assert ("child_count", None) not in got
    assert not any(fact.startswith("child.") for fact, _ in got)


def test_a_child_one_month_old_is_still_read() -> None:
    assert said("老二1个月了", {"city": "jinan"})[("child.birth_date", 2)] == "2026-10"


@pytest.mark.parametrize(
    "text",
    [
        "那低保加的200呢 也没有？差几天而已啊",
        "低保那个加发的呢",
        "那特困的呢",
        "what about the dibao extra",
        "and how about the dibao top-up",
    ],
)
def test_a_benefit_asked_about_is_no_hardship_now(text: str) -> None:
    assert ("hardship_now", None) not in said(text, WAS_ON_DIBAO)


def test_being_on_dibao_now_is_still_read() -> None:
    assert said("我们现在在吃低保", {"city": "jinan"})[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text", ["theyre one year old!!", "俩都一岁了", "the twins are 1 now", "双胞胎1岁了"]
)
def test_an_age_true_of_the_known_birth_month_changes_nothing(text: str) -> None:
    assert said(text, GIRL_AND_TWINS) == {}


def test_an_age_against_the_known_birth_month_is_still_read() -> None:
    """The eldest, known born 2021-06 (5), said to be 8: the date from the age."""
    assert said("老大8岁", ELDER_AND_BABY) == {("child.birth_date", 1): "2018-05"}


def test_a_month_age_true_of_the_known_month_changes_nothing() -> None:
    known = {"city": "jinan", "children": kids("2026-03")}
    assert said("宝宝8个月", known) == {}


def test_a_height_said_of_them_is_each_asked_childs() -> None:
    got = said("theyre like 75cm", GIRL_AND_TWINS, "children.height_cm")
    assert got == {("child.height_cm", 2): 75.0, ("child.height_cm", 3): 75.0}


@pytest.mark.parametrize(
    "text",
    [
        "还有别的吗 我们租房子住 老公之前交过公积金",
        "我老婆原来交过公积金",
        "my husband used to pay into the housing fund",
        "老公以前有公积金",
    ],
)
def test_a_fund_paid_before_is_no_payer_now(text: str) -> None:
    assert ("housing_fund_contributors", None) not in said(text, {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("以前交过 现在不交了", "housing_fund_contributors"),
        ("公积金以前交过 现在都不交了", None),
    ],
)
def test_paid_before_and_not_now_is_nobody_paying(text: str, asked: str | None) -> None:
    assert said(text, {"city": "jinan"}, asked)[("housing_fund_contributors", None)] == 0


def test_paid_before_and_still_paying_is_a_payer() -> None:
    got = said("我老公以前交过公积金 现在还在交", {"city": "jinan"})
    assert got[("housing_fund_contributors", None)] == 1


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("那我们要是再生个老三 明年生 现在又没低保了 能拿多少", "2027"),
        ("如果再要一个 能拿多少", None),
        ("if we had a third, how much would we get", None),
        ("what if she had another baby next year", "2027"),
        ("你就说 明年生老三 每个月给多少", "2027"),
    ],
)
def test_a_birth_imagined_is_a_question(text: str, due: str | None) -> None:
    """A what-if third child: a due date for child 3, put as a question (README), no birth."""
    from understanding import understand

    got = understand(text, WAS_ON_DIBAO, None, TODAY)
    dues = [u for u in got if u.fact == "child.due_date"]
    assert [(u.child, u.value, u.kind) for u in dues] == [(3, due, "question")]
    assert not any(u.fact == "child.birth_date" for u in got)


def test_just_tell_me_is_no_birth_imagined() -> None:
    assert said("你就说能不能领 老二22年12月生的", WAS_ON_DIBAO) == {}


@pytest.mark.parametrize(
    "text", ["孩子刚满月", "济南 二宝刚满月", "the baby just turned one month", "宝宝刚满月了"]
)
def test_just_a_month_old_is_born_the_month_before(text: str) -> None:
    got = said(text, {"city": "jinan", "children": kids("2023-05")} if "二宝" in text else {})
    order = 2 if "二宝" in text else 1
    assert got[("child.birth_date", order)] == "2026-10"


@pytest.mark.parametrize(
    "text",
    [
        "现在没在领低保",
        "现在失业金没领",
        "低保现在没领",
        "现在低保失业金啥的都没有",
        "特困也不领了",
    ],
)
def test_a_benefit_denied_after_its_name_is_none_now(text: str) -> None:
    """The no after the benefit (失业金没领) or after 现在 (现在没在领, not 在不在 asked)."""
    assert said(text, {"city": "beijing", "children": kids("2022-11")}) == {
        ("hardship_now", None): False
    }


@pytest.mark.parametrize("text", ["低保没断过 一直在领", "我们现在在领失业金"])
def test_a_benefit_still_held_is_held_now(text: str) -> None:
    assert said(text, {"city": "beijing"})[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "我们这种外地来的能申请低保不",
        "老家的低保到济南能转过来不",
        "失业金领完了还算不算困难家庭",
        "whats tekun exactly, is it the same as dibao",
        "do we apply at the jiedao or online for the dibao family extra",
    ],
)
def test_a_question_put_about_a_benefit_states_no_hardship(text: str) -> None:
    assert ("hardship_now", None) not in said(text, {"city": "jinan"})
