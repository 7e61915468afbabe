"""Messages of stop 58: tester 84's families and the stop's probes. A household, what the
citizen (or the hotline worker) wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import reading

said = reading(date(2026, 12, 6))


def test_the_months_of_the_subsidy_asked_are_no_benefit_ended() -> None:
    """ "如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月": the benefit at
    the birth supposed (a what-if), and the subsidy's months asked; never "no benefits now"
    (tester 84 c5)."""
    got = said("如果生孩子的时候没在领低保 是不是就只有600？另外从现在到停发还能领几个月")
    assert got == {("hardship_at_birth", None): False}
    assert said("低保去年停了 还能领几个月") == {("hardship_now", None): False}


def test_a_child_named_by_order_not_yet_enrolled_is_no_cover_for_the_birth() -> None:
    """老三还没上居民医保 现在上还给补不: the third child's own enrolment (Jinan clause 15's
    subsidy for children enrolled in resident medical insurance), never the mother's cover at
    the birth taken as none (tester 84 c7 read back 生育时没有参保)."""
    assert said("老三还没上居民医保 现在上还给补不 还有娃他爷爷奶奶有啥优惠没") == {}
    assert said("老二还没办医保") == {}
    assert said("生老三的时候没交医保") == {("birth_insurance", None): "none"}


def test_a_leave_taken_this_year_is_no_birth() -> None:
    """ "can she still take parental leave this year?", 今年还能休育儿假吗: the time of the leave
    (Jinan clause 11), never a child born this year (tester 85 c10's case got a 4th child)."""
    assert said("can she still take parental leave this year?") == {}
    assert said("今年还能休育儿假吗") == {}
    assert said("老二今年3月生的 产假多少天") == {("child.birth_date", 2): "2026-03"}


def test_the_childrens_count_said_with_only_is_no_single_payer() -> None:
    """ "the family has 3 kids only … does the 1 million housing fund loan apply to them?": three
    children, no one payer into the housing provident fund (clause 14's ceiling reads the payers;
    tester 85 c10 heard 600,000 after both parents were said to pay)."""
    got = said(
        "there is no 4th child - the family has 3 kids only. Also she asks: the eldest is 9, "
        "can he get anything? And does the 1 million housing fund loan apply to them?"
    )
    assert ("housing_fund_contributors", None) not in got
    assert got[("child_count", None)] == 3
    assert said("only I pay into the housing fund") == {("housing_fund_contributors", None): 1}


def test_the_subsidy_drawn_is_no_benefit_now() -> None:
    """ "生老三那会儿他们家正好吃低保 后来不吃了 那是不是应该每月800 俺们一直只领了600": dibao at
    老三's birth, none now; "只领了600" is the subsidy drawn, never dibao now (tester 85 c7)."""
    known = {"city": "jinan", "children": [{"birth_date": "2016-06"}, {"birth_date": "2022-12"},
                                           {"birth_date": "2023-08-25"}]}  # fmt: skip
    got = said(
        "生老三那会儿他们家正好吃低保 后来不吃了 那是不是应该每月800 俺们一直只领了600 差的能找谁要",
        known,
    )
    assert got == {("child.hardship_at_birth", 3): True, ("hardship_now", None): False}


def test_a_day_told_apart_from_its_month_is_that_births_day() -> None:
    """ "哎呀俺说错了 老二是前年十月生的 不是去年 10月12号": 老二 born 12 October 2024 (Jinan clause
    12 pays to the third birthday, 12 October 2027; tester 85 c1 heard 1 October and was asked
    the day again); another day of the child's ("12号打的疫苗") is no birth."""
    known = {"children": [{"birth_date": "2021-06", "approx": True}, {"birth_date": "2025-10"}]}
    got = said("哎呀俺说错了 老二是前年十月生的 不是去年 10月12号 那一共能领多少 啥时候停", known)
    assert got == {("child.birth_date", 2): "2024-10-12"}
    assert said("老二是前年十月生的 12号") == {("child.birth_date", 2): "2024-10-12"}
    assert said("老二是去年十月生的 12号打的疫苗") == {("child.birth_date", 2): "2025-10"}


def test_one_benefit_said_instead_of_another_is_still_a_benefit() -> None:
    """ "要是生的时候领的不是低保是失业金 还能多那200吗": unemployment benefit at the birth is one of
    clause 12's benefits, so the birth is still on benefits (tester 86 c3 heard the 200 does not
    apply); 生老二时领的不是低保 是失业金 tells it of 老二, nothing of now."""
    assert said("来电人问 要是生的时候领的不是低保是失业金 还能多那200吗") == {
        ("hardship_at_birth", None): True
    }
    assert said("生老二时领的不是低保 是失业金") == {("child.hardship_at_birth", 2): True}
    assert said("生的时候没领低保") == {("hardship_at_birth", None): False}


def test_the_mothers_own_hukou_asked_about_leaves_the_familys() -> None:
    """A Jinan family (the father's and the children's hukou there): "俺问的是俺自己户口在菏泽 不在
    济南 这个有影响没" asks whether the mother's own matters; the family's Jinan hukou stays
    (clause 12 speaks of families of the city's registration; tester 86 c9 was told no money)."""
    known = {"city": "jinan", "hukou_in_city": True}
    assert said("俺问的是俺自己户口在菏泽 不在济南 这个有影响没", known) == {}
    assert said("俺户口不在济南影响不 一个月到底多少 一共多少", known) == {}
    assert said("俺户口在菏泽 在济南打工")[("hukou_in_city", None)] is False


def test_a_multiple_birth_typed_and_taken_back_is_one_child() -> None:
    """ "家里仨娃 老大10岁 老二前年8月 老三今年1月生的三胞胎不对 是今年1月生的": three children, 老三
    born January 2026 alone; never triplets making a 4th, 5th and "#6" (tester 86 c5)."""
    got = said(
        "俺是章丘的 户口济南 家里仨娃 老大10岁 老二前年8月 老三今年1月生的三胞胎不对 是今年1月生的 "
        "生老三时候俺男人在领失业金 生老二的时候没有"
    )
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 3)] == "2026-01"
    assert ("child.birth_date", 4) not in got
    assert got[("child.hardship_at_birth", 3)] is True


def test_time_left_of_a_leave_is_no_age() -> None:
    """ "my wife's maternity leave is 158 days right? she has 2 months left": a length still to
    run (Jinan clause 11's 158 days), no child two months old; losing a job in June is no birth
    in June (probes of stop 58)."""
    known = {"city": "jinan", "children": [{"birth_date": "2024-11"}]}
    assert said("my wife's maternity leave is 158 days right? she has 2 months left", known) == {}
    assert said("our baby is 2 months old", known) == {("child.birth_date", 2): "2026-10"}
    known2 = {"city": "jinan", "children": [{"birth_date": "2020-08"}, {"birth_date": "2023-05"}]}
    got = said(
        "my wife got 失业保险金 when she had our 2nd, and she's getting it again now after losing "
        "her job in june",
        known2,
    )
    assert ("child.birth_date", 2) not in got and got[("child.hardship_at_birth", 2)] is True


def test_a_child_beyond_the_named_orders_is_named_by_its_number() -> None:
    """A sixth child is 第6个孩子 / "child 6" in a read-back, never "#6" (tester 86 c5)."""
    from wording.understood import child_name

    assert child_name(6, "zh") == "第6个孩子"
    assert child_name(6, "en") == "child 6"
