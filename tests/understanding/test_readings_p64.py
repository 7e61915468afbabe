"""Messages of stop 64: tester 99's families. A household, what the citizen wrote, and the
facts taken."""

from datetime import date

from tests.understanding.readings import reading

said = reading(date(2026, 12, 6))


def test_where_the_elders_live_is_not_the_familys_city() -> None:
    """ "my in-laws live in jinan" and 婆婆在北京住 tell where the grandparents live; the family's
    city is the one said of the family, or none (tester 99 en2 was noted as living in Jinan and
    asked Jinan's questions)."""
    got = said("my in-laws live in jinan, we have 2 kids 4 and 1", {})
    assert ("city", None) not in got
    assert got[("child_count", None)] == 2
    got = said("婆婆在北京住 俺家济南户口 老二去年生的", {})
    assert got[("city", None)] == "jinan"
    assert got[("hukou_in_city", None)] is True
    assert ("city", None) not in said("俺家俩娃 公婆在济南", {})
    assert said("我们在济南 孩子奶奶也在济南", {})[("city", None)] == "jinan"


def test_a_benefit_back_after_it_stopped_is_held_now_and_no_birth() -> None:
    """A Jinan family, a son born 1 November 2026 noted as born on dibao. "our dibao actually
    ended in oct, ds was born after. we got it again last week": none at his birth (so 600 a
    month, not 800, Jinan clause 12), dibao held now, and his birth stays 1 November — never
    "last week" (tester 99 en1)."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2023-12", "approx": True},
            {"birth_date": "2026-11-01", "hardship_at_birth": True},
        ],
    }
    got = said(
        "our dibao actually ended in oct, ds was born after. we got it again last week. so "
        "whats the total now?",
        known,
    )
    assert got[("child.hardship_at_birth", 2)] is False
    assert got[("hardship_now", None)] is True
    assert ("child.birth_date", 2) not in got
    got = said("低保10月停了 老二11月生的 上周又领上了", known)
    assert got[("hardship_now", None)] is True
    assert got[("child.hardship_at_birth", 2)] is False


def test_an_age_ahead_asked_about_is_no_new_child() -> None:
    """A Beijing family, a boy of 5 and a newborn girl. "孩子2岁多的时候能送幼儿园托班吗" asks about
    a time ahead in the girl's life: no third child born 2024 (tester 99 d4)."""
    known = {
        "city": "beijing",
        "children": [{"birth_date": "2021-12", "approx": True}, {"birth_date": "2026-11"}],
    }
    assert said("那托育呢 孩子2岁多的时候能送幼儿园托班吗 有补贴不", known) == {}
    assert said("以后闺女3岁以后还能有啥补贴吗", known) == {}


def test_a_sisters_city_and_hukou_are_not_the_familys() -> None:
    """ "我姐在北京 她说北京生娃一分钱没有 我们济南这边呢 我俩济南户口 …": the family lives in Jinan
    with Jinan hukou; Beijing is the sister's. Later "对了我姐北京户口" is her hukou, the family's
    kept (tester 100 p6 lost its 600 + 200 twice). Asking for the sister ("帮我姐问问 她在北京")
    makes her family the one told."""
    got = said(
        "我姐在北京 她说北京生娃一分钱没有 我们济南这边呢 我俩济南户口 老二前年8月生的 "
        "那会老公失业领着失业保险金",
        {},
    )
    assert got[("city", None)] == "jinan"
    assert got[("hukou_in_city", None)] is True
    known = {"city": "jinan", "hukou_in_city": True, "children": [{}, {"birth_date": "2024-08"}]}
    got = said("老大5岁 俩人都交公积金 对了我姐北京户口 她家老二能领咱济南这个600不", known)
    assert ("hukou_in_city", None) not in got
    assert got[("housing_fund_contributors", None)] == 2
    got = said("帮我姐问问 她在北京 北京户口 孩子1岁", {})
    assert got[("city", None)] == "beijing"
    assert got[("hukou_in_city", None)] is True
