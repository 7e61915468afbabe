"""Hardship at each birth told by time words, benefits starting or ending between births, ages
told as the time something happened (一直领到孩子满月, 老二过了周岁才批的), and questions put with a
closing 不 (生育险还管用不, 特困户生孩子有一次性补助不): a household, what the citizen wrote, and the
facts the assistant takes from it (the wordings of corpus batch zh_45 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
JINAN = {"city": "jinan"}
TODAY = date(2025, 1, 9)


def facts(
    text: str, known: dict[str, object] | None, today: date = TODAY, asked: str | None = None
) -> set[Fact]:
    """(fact, child, value, kind) read from one message."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, asked, today)}


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
