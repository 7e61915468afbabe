"""A child's weight in 斤 or 公斤 after the child's word (老大都五十来斤了, 大宝六十斤左右, 老二二十来公斤),
which is no height; a pregnancy told by a folk word (俺又揣上了 八个月了, 媳妇有喜了, 有身孕了), with the
months after it how far along; and insurance, social insurance, the fund or a hukou said missing at
a birth beside a benefit held now (生孩子那会儿啥保险也没有 现在吃低保), which is no answer about the
benefit at that birth: a household, what the citizen wrote, and the facts the assistant takes from
it (the wordings of corpus batch zh_56 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2026, 6, 30))
TWO = family("2020-12", "2023-02")


# 老大都五十来斤了: a number of 斤 (or 公斤, kg), with or without 来/多/好几/出头/左右 around it, is the
# child's weight; the assistant reads no height from it.
@pytest.mark.parametrize(
    "text",
    [
        "老大都五十来斤了",
        "大宝六十斤左右",
        "小的快五十斤了",
        "老大五十斤出头 老二才三十几斤",
        "老大都50多斤重了",
        "老大有五十好几斤了",
        "老大55kg",
        "老二二十来公斤",
        "老大胖 快七十斤了",
        "老二都有六十斤了吧",
    ],
)
def test_a_weight_after_the_child_is_no_height(text: str) -> None:
    assert not any(f[0].startswith("child.height") for f in facts(text, TWO))


def test_a_birth_told_beside_the_eldest_weight_is_the_only_fact() -> None:
    got = facts("上周一生的老二 老大都五十来斤了", family("2020-12"))
    assert got == {("child.birth_date", 2, "2026-06-22", "statement")}


def test_a_height_beside_the_weight_is_still_read() -> None:
    assert facts("老大60多斤 一米二", TWO) == {("child.height_cm", 1, 120.0, "statement")}
    assert facts("老大七十斤了 一米三五", TWO) == {("child.height_cm", 1, 135.0, "statement")}


@pytest.mark.parametrize("text", ["双胞胎都五十来斤了", "双胞胎俩都六十来斤"])
def test_the_twins_weight_is_no_height(text: str) -> None:
    assert not any(f[0].startswith("child.height") for f in facts(text, TWO))


def test_a_height_after_the_child_is_still_a_height() -> None:
    assert facts("老大都120了", TWO) == {("child.height_cm", 1, 120.0, "statement")}
    assert ("child.height_cm", 1, 95.0, "statement") in facts("双胞胎俩都才95", TWO)


# 俺又揣上了 八个月了: 揣上 (and 有喜, 有身孕, 有身子, 俺又有了) is a pregnancy, like 怀上; the months
# after it are how far along, the due date nine months from the start.
@pytest.mark.parametrize(
    ("text", "known", "order", "due"),
    [
        ("俺又揣上了 八个月了 老大四岁", {"city": "beijing"}, 2, "2026-03"),
        ("又揣上了 八个月了", family("2021-08"), 2, "2026-03"),
        ("揣上二胎了 五个月", family("2021-08"), 2, "2026-06"),
        ("媳妇又揣上一个 六个月了", family("2021-08", "2023-05"), 3, "2026-05"),
        ("揣着老二呢 六个月了", family("2021-08"), 2, "2026-05"),
        ("俺又有喜了 五个月了 老大三岁", {"city": "jinan"}, 2, "2026-06"),
        ("媳妇有喜了 三个月", {"city": "jinan"}, 1, "2026-08"),
        ("儿媳妇有身孕了 四个月", family("2022-01"), 2, "2026-07"),
        ("闺女有身子了 刚三个月", {"city": "jinan"}, 1, "2026-08"),
        ("俺又有了 七个月了", family("2021-08"), 2, "2026-04"),
        ("俺家那口子又有了，五个月", family("2021-08"), 2, "2026-06"),
        ("孩他妈又有了 三个月了", family("2021-08"), 2, "2026-08"),
    ],
)
def test_a_pregnancy_told_by_a_folk_word(
    text: str, known: dict[str, object], order: int, due: str
) -> None:
    got = facts(text, known, date(2026, 2, 24))
    assert ("child.due_date", order, due, "statement") in got
    assert not any(f[0] == "child.birth_date" and f[1] == order for f in got)


def test_the_eldest_told_beside_the_folk_word_keeps_its_age() -> None:
    got = facts("俺又揣上了 八个月了 老大四岁", {"city": "beijing"}, date(2026, 2, 24))
    assert got == {
        ("child.due_date", 2, "2026-03", "statement"),
        ("child.birth_date", 1, "2021-08", "statement"),
    }


def test_something_put_in_a_pocket_is_no_pregnancy() -> None:
    assert facts("钱揣兜里了 老大三岁", {"city": "jinan"}, date(2026, 2, 24)) == {
        ("child.birth_date", 1, "2022-08", "statement")
    }


def test_a_benefit_the_speaker_has_is_no_pregnancy() -> None:
    got = facts("低保俺有了", family("2021-08"), date(2026, 2, 24))
    assert got == {("hardship_now", None, True, "statement")}


# 生孩子那会儿啥保险也没有 现在吃低保: the no at the birth is said of the insurance (or social
# insurance, the fund, a hukou), not of the benefit held now; no hardship at the birth is read.
@pytest.mark.parametrize(
    "text",
    [
        "生孩子那会儿俺们啥保险也没有 现在吃低保",
        "生孩子的时候没有任何保险 现在领低保",
        "生孩子那会儿俺们没保险 现在吃低保",
        "生孩子那会儿没有生育险 现在吃低保",
        "生孩子那会儿没交社保 现在吃低保",
        "生孩子时候什么保险都没上,现在领失业金",
        "生娃那阵子医保都没交 如今吃着低保",
        "生孩子那会儿还没落户口 现在吃低保",
    ],
)
def test_cover_missing_at_the_birth_is_no_answer_about_the_benefit(text: str) -> None:
    got = facts(text, family("2023-06"), date(2024, 12, 3))
    assert not any("hardship_at_birth" in f[0] for f in got)
    assert ("hardship_now", None, True, "statement") in got


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("生老大那会儿啥保险都没交 现在吃低保", 1),
        ("生老二的时候没社保 现在领失业金", 2),
    ],
)
def test_cover_missing_at_a_named_birth_is_no_answer_either(text: str, order: int) -> None:
    got = facts(text, family("2020-03", "2023-06"), date(2024, 12, 3))
    assert not any("hardship_at_birth" in f[0] for f in got)


def test_the_benefit_denied_beside_the_cover_is_still_a_no() -> None:
    got = facts("生孩子那会儿没保险也没低保 现在吃低保", family("2023-06"), date(2024, 12, 3))
    assert ("hardship_at_birth", None, False, "statement") in got
    assert ("hardship_now", None, True, "statement") in got


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("生孩子那会儿没保险 也没领低保", ("hardship_at_birth", None, False, "statement")),
        ("生孩子那会儿没保险 低保也没有", ("hardship_at_birth", None, False, "statement")),
        ("生老二那会儿没保险 也没低保", ("child.hardship_at_birth", 2, False, "statement")),
        ("生老二那会儿没保险 领着低保", ("child.hardship_at_birth", 2, True, "statement")),
    ],
)
def test_the_benefit_told_after_the_missing_cover_is_of_that_birth(
    text: str, fact: tuple[str, int | None, object, str]
) -> None:
    got = facts(text, family("2020-03", "2023-06"), date(2024, 12, 3))
    assert fact in got
    assert not any(f[0] == "hardship_now" for f in got)
