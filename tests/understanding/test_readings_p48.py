"""Testers' messages (stop 48): a child's own enrolment in resident medical insurance, told with
when and where it was done, is not the cover the mother's delivery was insured under. A
household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

facts = facts_on(date(2026, 12, 4))


def covers(text: str) -> set[object]:
    return {v for f, _, v, _ in facts(text, {"city": "jinan"}) if f == "birth_insurance"}


@pytest.mark.parametrize(
    "text",
    [
        "那老二的医保呢 生完第二个月就在济南上了居民医保 今年还要交钱不",
        "孩子在德州上的居民医保 不是济南的 那是不是就没了",
        "好的 那老二医保那个补贴呢 生完三个月就在济南上的居民医保",
    ],
)
def test_the_childs_enrolment_is_not_the_cover_of_the_birth(text: str) -> None:
    """Tester 48 c1, c7, c8 were read back "生育时参加城乡居民医保" for these."""
    assert covers(text) == set()


@pytest.mark.parametrize("text", ["我是居民医保 生孩子能报多少", "生老二的时候参加的居民医保"])
def test_the_mothers_cover_at_the_birth_is_still_read(text: str) -> None:
    assert covers(text) == {"resident_medical"}


TWINS_BESIDE_AN_ELDER: dict[str, object] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {"birth_date": "2020-06-01", "precision": "month"},
        {"birth_date": "2025-10-01", "precision": "month"},
        {"birth_date": "2025-10-01", "precision": "month"},
    ],
}


def test_the_benefit_told_before_an_age_put_right_is_the_births_asked() -> None:
    """Asked about the twins' birth, a grandmother: "那会儿我儿子刚好失业了 在领失业保险金 不对 大
    孙子是7岁 不是6岁". The unemployment benefit answers the question asked (the births in
    question), and only the eldest's age is put right (tester 48 c2 read it as 老大's birth)."""
    got = facts(
        "那会儿我儿子刚好失业了 在领失业保险金 不对 大孙子是7岁 不是6岁",
        TWINS_BESIDE_AN_ELDER,
        asked="hardship_at_birth",
    )
    assert ("hardship_at_birth", None, True, "statement") in got
    assert ("child.birth_date", 1, "2019-06", "correction") in got
    assert not any(f == "child.hardship_at_birth" for f, *_ in got)


def test_a_question_about_the_eldest_is_no_answer_for_its_birth() -> None:
    """ "没有低保 都上班呢 另外老大上幼儿园有啥优惠没" to the benefits question: a no for the births
    asked; the 没 that ends the kindergarten question says nothing of 老大's birth (tester 48
    c8)."""
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2022-06-01", "precision": "month", "approx": "3岁半"},
            {"birth_date": "2026-02-01", "precision": "month"},
        ],
    }
    got = facts("没有低保 都上班呢 另外老大上幼儿园有啥优惠没", family, asked="hardship_at_birth")
    assert not any(f == "child.hardship_at_birth" for f, *_ in got)
    assert any(f == "hardship_at_birth" and v is False for f, _, v, _ in got)


def test_text_speak_for_today_and_the_baby() -> None:
    """ "bby born 2day!! 3rd one" with the third due this month: born today, not nothing read;
    "2days" stays two days."""
    family = {
        "city": "jinan",
        "children": [{"birth_date": "2019-04"}, {"birth_date": "2022-08"}, {"due_date": "2026-12"}],
    }
    assert ("child.birth_date", 3, "2026-12-04", "statement") in facts(
        "bby born 2day!! 3rd one", family
    )
    assert ("child.birth_date", 1, "2026-12-02", "statement") not in facts("born 2days ago")


def test_a_city_typed_with_a_letter_missing() -> None:
    """ "bejing" answering the city question is Beijing."""
    assert facts("bejing", {}, asked="city") == {("city", None, "beijing", "statement")}


@pytest.mark.parametrize(
    "text",
    [
        "可是我们已经有一套房了 第二套能用这个额度吗",
        "我们已经有一套了 买的是第二套 也能贷90万？",
        "we already own one, its a second home",
    ],
)
def test_a_second_home_is_no_first_home(text: str) -> None:
    """Jinan clause 14 raises the loan ceiling for a first owner-occupied home only: a second
    home told after "想买第一套房" puts buying_first_home to false (tester 49 c3 heard 900,000
    three times)."""
    got = facts(text, {"city": "jinan", "buying_first_home": True})
    assert any(f == "buying_first_home" and v is False for f, _, v, _ in got)


def test_what_a_benefit_means_asked_is_no_answer() -> None:
    """ "低保是什么意思 特困是啥" to "was the family on such benefits at the birth?": a question of
    words, no yes (probes49 zh-10080); "没有 低保是啥时候的事" still answers no."""
    family = {"city": "jinan", "children": [{"birth_date": "2024-01"}]}
    assert facts("低保是什么意思 特困是啥", family, asked="hardship_at_birth") == set()
    got = facts("没有 低保是啥时候的事", family, asked="hardship_at_birth")
    assert ("hardship_at_birth", None, False, "confirmation") in got
