"""Wordings the development half did not fit the layer to, found by bench/corpus_variants.py:
a hesitation before a yes/no answer, dibao named in full, "child"/"children" for kid/kids,
age units typed short (mos, mths, yrs, wks) and contractions typed without their apostrophe.
Each: the household, what the citizen wrote, and the facts it states."""

import re
from datetime import date

import pytest

from bench import corpus_variants
from tests.understanding.readings import kids, reading, reading_kinds

TODAY = date(2026, 12, 1)  # a Tuesday: 上周四 is 26 November

said = reading(TODAY)
kinds = reading_kinds(TODAY)


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("那个，对", "hukou_in_city", True),
        ("这个，不是", "hukou_in_city", False),
        ("那个 没有", "owns_home_in_city", False),
        ("呃，有", "owns_home_in_city", True),
        ("嗯，那个，不打算", "buying_first_home", False),
        ("well, no", "renting", False),
        ("um, yes", "renting", True),
    ],
)
def test_a_hesitation_before_the_yes_or_no_is_still_the_answer(
    text: str, asked: str, value: bool
) -> None:
    """The bot asked a yes/no question; the reply opens on 那个 / 这个 / 呃 / "well" and then
    answers it: a confirmation of the fact asked, as without the hesitation."""
    got = kinds(text, {"city": "jinan", "children": kids("2025-03")}, asked)
    assert got[(asked, None)] == (value, "confirmation")


def test_a_hesitation_with_a_restatement_is_a_confirmation() -> None:
    got = kinds("那个，是的 租的", {"city": "jinan", "children": kids("2025-03")}, "renting")
    assert got[("renting", None)] == (True, "confirmation")


def test_that_one_is_not_a_hesitation() -> None:
    """那个是老大的 (that one is the eldest's): no pause after 那个, so no answer to blank."""
    assert said("那个是老大的", {"city": "jinan"}, "renting") == {}


@pytest.mark.parametrize(
    ("text", "fact", "child", "value"),
    [
        ("家里现在吃最低生活保障", "hardship_now", None, True),
        ("老二出生时候在领最低生活保障", "child.hardship_at_birth", 2, True),
        ("生孩子那会儿领的最低生活保障金", "hardship_at_birth", None, True),
    ],
)
def test_dibao_named_in_full(text: str, fact: str, child: int | None, value: bool) -> None:
    """最低生活保障 is 低保 said in full: the same benefit, now or at a birth."""
    assert said(text, {"city": "jinan"})[(fact, child)] is value


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("hi, we're in Beijing, renting, one child aged 3", 1),
        ("twin girls born in May, our first children", 2),
        ("triplets born 3 weeks ago, first children for us", 3),
    ],
)
def test_child_and_children_count_like_kid_and_kids(text: str, count: int) -> None:
    assert said(text)[("child_count", None)] == count


@pytest.mark.parametrize(
    ("text", "fact", "child", "value"),
    [
        ("7 mos pregnant with our 2nd", "child.due_date", 2, "2027-02"),
        ("i'm 5 mths along, first pregnancy", "child.due_date", 1, "2027-04"),
        ("a 2-yr-old boy, we're in jinan", "child.birth_date", 1, "2024-06"),
        ("the baby is a year and two mos", "child.birth_date", 1, "2025-10"),
        ("son is 18mths", "child.birth_date", 1, "2025-06"),
        ("we had the baby 3 wks ago", "child.birth_date", 1, "2026-11-10"),
    ],
)
def test_age_and_pregnancy_units_typed_short(text: str, fact: str, child: int, value: str) -> None:
    """mos / mths are months, yr / yrs years, wks weeks: the same ages and months along."""
    assert said(text)[(fact, child)] == value


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("theyre 5 and 2", {1: "2021-06", 2: "2024-06"}),
        ("youre right, theyre 4 and 1", {1: "2022-06", 2: "2025-06"}),
    ],
)
def test_contractions_typed_without_the_apostrophe(text: str, dates: dict[int, str]) -> None:
    """theyre = they're: the children's ages, as with the apostrophe."""
    got = said(text)
    assert {c: got[("child.birth_date", c)] for c in dates} == dates


def test_corpus_variants_prints_a_rate_per_transformation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A smoke run over the first development messages of each language: every transformation
    has its line, with a count and a rate (or "-" where none of these messages had its words)."""
    corpus_variants.main(["--limit", "30"])
    corpus_variants.main(["--lang", "en", "--limit", "20"])
    out = capsys.readouterr().out
    for name in corpus_variants.TRANSFORMS:
        rows = re.findall(rf"^  {name}\s+(\d+)\s+(\S+)\s+(\S+)$", out, re.MULTILINE)
        assert len(rows) == 2, name
        assert any(int(n) > 0 and re.fullmatch(r"\d+\.\d", rate) for n, _orig, rate in rows) or all(
            rate == "-" for _n, _orig, rate in rows
        )
    assert "per kind" in out


@pytest.mark.parametrize(
    ("text", "order", "day"),
    [
        ("上周四二宝出生了 六斤八两", 2, "2026-11-26"),
        ("上周五三宝出生了 大宝二宝都是闺女", 3, "2026-11-27"),
    ],
)
def test_a_weekday_before_an_order_word_stays_apart(text: str, order: int, day: str) -> None:
    """上周四 then 二宝 (the birth order said as N宝, not 老N): the day of last week and the
    child, not a number 42."""
    assert said(text, {"city": "jinan"}) == {("child.birth_date", order): day}
