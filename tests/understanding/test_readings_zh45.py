"""Hardship at each birth told by time words, benefits starting or ending between births, ages
told as the time something happened (一直领到孩子满月, 老二过了周岁才批的), and questions put with a
closing 不 (生育险还管用不, 特困户生孩子有一次性补助不): a household, what the citizen wrote, and the
facts the assistant takes from it (the wordings of corpus batch zh_45 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

JINAN = {"city": "jinan"}
TODAY = date(2025, 1, 9)


facts = facts_on(TODAY)


def kids(*born: str, **more: object) -> dict[str, object]:
    """A Jinan family with children born in the months given."""
    return {"city": "jinan", "children": [{"birth_date": b} for b in born], **more}


# 还能交生育险不, 生育险还管用不, 灵活就业能买生育险吗: whether a cover may be had or still holds,
# asked; no one's cover told.
@pytest.mark.parametrize(
    "text",
    [
        "领失业金的时候还能交生育险不",
        "社保断了三个月 生育险还管用不",
        "失业了生育保险还能用不",
        "辞职以后还能继续交生育险吗",
        "单位不干了 生育险还作数不",
    ],
)
def test_a_cover_asked_about_is_no_cover(text: str) -> None:
    assert facts(text, JINAN) == set()


def test_a_cover_held_is_still_told() -> None:
    assert facts("俺在单位交着生育险", JINAN) == {
        ("birth_insurance", None, "employee_maternity", "statement")
    }


# 特困户生孩子有一次性补助不, 特困人员生孩子 补贴跟普通人一样不: a kind of family asked about,
# the question closed by 不; no benefit of the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "特困户生孩子有一次性补助不",
        "特困人员生孩子 补贴跟普通人一样不",
        "低保人员生二胎能多给点不",
        "领失业金的人生孩子 补贴照发不",
        "低保户生娃有啥额外的不",
    ],
)
def test_a_kind_of_family_asked_about_by_bu(text: str) -> None:
    assert facts(text, {}) == set()


def test_the_writers_own_benefit_in_such_a_question_is_told() -> None:
    assert ("hardship_now", None, True, "statement") in facts(
        "俺家是低保户 生孩子能多给点不", JINAN
    )


# 一直领到孩子满月, 过了周岁才批的, 一岁以后才领的: an age told as the time of an event, not the
# child's age now.
def test_a_benefit_held_up_to_the_childs_first_month() -> None:
    assert facts("生孩子之前就在领失业金了 一直领到孩子满月", kids("2024-09")) == {
        ("hardship_at_birth", None, True, "statement")
    }


@pytest.mark.parametrize(
    "text",
    ["生孩子前就领低保了 一直领到孩子百天", "孩子出生前俺就吃着低保 一直吃到娃满月"],
)
def test_a_benefit_held_up_to_a_time_after_the_birth(text: str) -> None:
    assert facts(text, kids("2024-09")) == {("hardship_at_birth", None, True, "statement")}


def test_a_first_birthday_as_the_time_a_benefit_began() -> None:
    got = facts(
        "特困是老二过了周岁才批的 老大老二落地时都没有 现在还领着", kids("2019-07", "2022-08")
    )
    assert got == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, False, "statement"),
        ("hardship_now", None, True, "statement"),
    }


@pytest.mark.parametrize("text", ["老二满月以后才批的低保", "低保是老二满月后才办下来的"])
def test_an_age_as_a_time_gives_no_birth_date(text: str) -> None:
    got = facts(text, kids("2019-07", "2024-08"))
    assert not any(f[0] == "child.birth_date" for f in got)


def test_an_age_still_dates_the_child() -> None:
    got = facts("老大三岁 老二刚过了周岁", JINAN)
    assert ("child.birth_date", 2, "2024-01", "statement") in got


# 失业金从2020年3月领到2021年3月, 从2021年吃低保一直吃到现在, 失业金去年11月就领完了 老二今年3月生的:
# a benefit's period told by dates, no birth named with it; each birth inside it had it, each
# birth before its start or after its end did not.
def test_a_period_with_both_ends_against_two_births() -> None:
    got = facts("失业金从2020年三月领到2021年三月", kids("2020-08", "2023-05"), date(2025, 8, 5))
    assert got == {
        ("child.hardship_at_birth", 1, True, "statement"),
        ("child.hardship_at_birth", 2, False, "statement"),
        ("hardship_now", None, False, "statement"),
    }


def test_a_period_between_three_births() -> None:
    got = facts(
        "低保从2018年3月吃到2021年", kids("2017-05", "2019-03", "2023-01"), date(2025, 8, 5)
    )
    assert got == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
        ("child.hardship_at_birth", 3, False, "statement"),
        ("hardship_now", None, False, "statement"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "从2021年吃低保一直吃到现在",
        "失业金是2021年5月开始领的 一直领到现在",
        "俺家21年3月批下来的低保 到现在还吃着",
    ],
)
def test_a_period_up_to_now(text: str) -> None:
    got = facts(text, kids("2019-11", "2023-02"), date(2026, 3, 11))
    assert got == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
        ("hardship_now", None, True, "statement"),
    }


def test_a_period_ended_before_the_birth_told() -> None:
    got = facts("失业金去年十一月就领完了 老二今年三月生的", kids("2022-04"), date(2026, 10, 29))
    assert got == {
        ("child.birth_date", 2, "2026-03", "statement"),
        ("child.hardship_at_birth", 2, False, "statement"),
        ("hardship_now", None, False, "statement"),
    }


def test_a_period_from_a_job_lost_says_nothing_of_the_births_before() -> None:
    got = facts(
        "去年六月失业的 失业金一直领到今年五月 老二是去年十二月生的",
        kids("2021-01"),
        date(2026, 7, 14),
    )
    assert got == {
        ("child.birth_date", 2, "2025-12", "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
        ("hardship_now", None, False, "statement"),
    }


def test_a_period_told_inside_a_question_is_told() -> None:
    got = facts(
        "低保从2021年领到现在 补贴能多给点吗", kids("2019-11", "2023-02"), date(2026, 3, 11)
    )
    assert got == {
        ("child.hardship_at_birth", 1, False, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
        ("hardship_now", None, True, "statement"),
    }


def test_a_hypothetical_period_is_no_fact_of_the_births() -> None:
    got = facts(
        "要是从2021年领低保领到现在 老大能补吗", kids("2019-11", "2023-02"), date(2026, 3, 11)
    )
    assert not any(f[0] == "child.hardship_at_birth" and f[3] == "statement" for f in got)


def test_a_start_after_every_birth_leaves_the_births_unsaid() -> None:
    got = facts("今年三月开始领低保 现在还领着", kids("2023-03"), date(2025, 9, 25))
    assert got == {("hardship_now", None, True, "statement")}


# 孩子落地后仨月才批的低保, 外孙女是低保停了以后才生的: a benefit begun after the birth, or ended
# before it: none at that birth, no word of now.
@pytest.mark.parametrize(
    ("text", "known", "said"),
    [
        ("孩子落地后仨月才批的低保", kids("2023-10"), ("hardship_at_birth", None)),
        ("娃落地以后半年才给批的特困", kids("2023-10"), ("hardship_at_birth", None)),
        ("外孙女是低保停了以后才生的", kids("2024-09"), ("child.hardship_at_birth", 1)),
        ("老二是失业金领完之后生的", kids("2019-09", "2024-09"), ("child.hardship_at_birth", 2)),
        (
            "低保断了以后才生的老三",
            kids("2019-09", "2021-09", "2024-09"),
            ("child.hardship_at_birth", 3),
        ),
    ],
)
def test_a_benefit_begun_after_or_ended_before_the_birth(
    text: str, known: dict[str, object], said: tuple[str, int | None]
) -> None:
    assert facts(text, known, date(2026, 3, 11)) == {(said[0], said[1], False, "statement")}


# 俺闺女出生那年, 我家小子落地那会儿: the writer's own child named at its birth, the family's
# one child; 闺女出生那会 with no "my" stays the birth.
@pytest.mark.parametrize(
    "text",
    [
        "俺闺女出生那年 家里还是低保户",
        "我家小子落地那会儿 俺们正领着失业金",
        "我们儿子出生的时候在吃低保",
    ],
)
def test_the_writers_own_child_at_its_birth(text: str) -> None:
    assert facts(text, kids("2022-07")) == {("child.hardship_at_birth", 1, True, "statement")}


def test_a_child_by_relation_without_my_is_the_birth() -> None:
    got = facts("闺女出生那会还没领低保 今年才领上的", kids("2022-07"))  # zh-5105 relabelled:
    assert ("child.hardship_at_birth", 1, False, "statement") in got  # a kinship word, per child


# 老大落地那阵俺们刚从特困里退出来: just come off it by that birth.
@pytest.mark.parametrize(
    ("text", "order"),
    [("老大落地那阵俺们刚从特困里退出来 老二那会儿啥都没领", 1), ("生老二那会儿刚从低保退出来", 2)],
)
def test_just_come_off_it_at_a_birth(text: str, order: int) -> None:
    got = facts(text, kids("2016-06", "2021-06"), date(2025, 12, 17))
    assert ("child.hardship_at_birth", order, False, "statement") in got
    assert not any(f[0] == "hardship_now" for f in got)


# To the question about the births, 老大那时候家里还行: the family got by then, no benefit.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("老二有 老大那时候家里还行", False, True),
        ("老大没有 生老二那会儿日子还过得去", False, False),
        ("老大领着 老二那阵条件还可以", True, False),
    ],
)
def test_getting_by_at_a_birth_is_a_no(text: str, first: bool, second: bool) -> None:
    got = facts(text, kids("2016-06", "2021-06"), date(2025, 12, 17), "hardship_at_birth")
    assert got == {
        ("child.hardship_at_birth", 1, first, "statement"),
        ("child.hardship_at_birth", 2, second, "statement"),
    }


# 早不是了, 早就不领了, 早都停了 after a benefit at a birth: not held now.
@pytest.mark.parametrize(
    "text",
    [
        "生闺女那会儿俺家是特困供养 现在闺女三岁多了 早不是了",
        "生闺女那会儿俺家是低保户 早就不是了",
        "生闺女那阵领着失业金 早都停了",
    ],
)
def test_long_over_is_not_held_now(text: str) -> None:
    assert ("hardship_now", None, False, "statement") in facts(text, JINAN, date(2025, 12, 17))


# 老二是大前天出来的, 小孙女前天夜里落地的: born on that day.
@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("老二是大前天出来的 在妇幼住着", 2, date(2025, 1, 6)),
        ("老二大前天落地的 七斤", 2, date(2025, 1, 6)),
        ("老二前天夜里出来的 母子平安", 2, date(2025, 1, 7)),
    ],
)
def test_came_out_is_born(text: str, order: int, born: date) -> None:
    assert ("child.birth_date", order, born.isoformat(), "statement") in facts(
        text, kids("2023-02")
    )


def test_found_out_is_no_birth() -> None:
    got = facts("老二是大前天查出来的 怀孕两个月", kids("2023-02"))
    assert not any(f[0] == "child.birth_date" and f[1] == 2 for f in got)


# 从老大出生前一直到老二出生后 都在领特困: held across those births, ended after the last.
@pytest.mark.parametrize(
    ("text", "known", "orders"),
    [
        ("从老大出生前一直到老二出生后 都在领特困", kids("2019-04", "2024-04"), [1, 2]),
        (
            "从生老大之前到生老三以后 家里一直吃低保",
            kids("2015-04", "2019-04", "2024-04"),
            [1, 2, 3],
        ),
        ("从老二出生前到老三出生后都在领失业金", kids("2015-04", "2019-04", "2024-04"), [2, 3]),
    ],
)
def test_a_benefit_held_across_births(
    text: str, known: dict[str, object], orders: list[int]
) -> None:
    assert facts(text, known, date(2026, 10, 29)) == {
        ("child.hardship_at_birth", o, True, "statement") for o in orders
    }


def test_a_stop_in_an_earlier_year_is_no_birth() -> None:
    got = facts("俺们生二宝那年是低保户 前年退出来了 现在不领了", JINAN, date(2025, 5, 20))
    assert not any(f[0] == "child.birth_date" for f in got)


# 低保不是生老大时候吃的 是生老二时候: the benefit moved from one birth to the one named instead.
@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("说错了 低保不是生老大时候吃的 是生老二时候", 1, 2),
        ("记错了 失业金不是生老二那会儿领的 是生老大那会儿", 2, 1),
        ("不对 特困不是老大出生时候的 而是老二出生时候", 1, 2),
    ],
)
def test_the_benefit_put_right_to_another_birth(text: str, wrong: int, right: int) -> None:
    known = kids("2018-08", "2022-12")
    known["children"][wrong - 1]["hardship_at_birth"] = True  # type: ignore[index]
    assert facts(text, known, date(2025, 12, 17)) == {
        ("child.hardship_at_birth", wrong, False, "correction"),
        ("child.hardship_at_birth", right, True, "correction"),
    }
