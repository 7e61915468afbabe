"""Messages of stop 60: tester 92's families and fresh messages written for this stop. A
household, what the citizen wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import at_births, family, kids, reading

said = reading(date(2026, 12, 6))
in_july = reading(date(2026, 7, 3))
in_march = reading(date(2026, 3, 12))


def test_a_birth_named_then_its_answer_after_a_comma_is_that_births() -> None:
    """Asked of the benefits at the births, a family whose 1st child was born 2017 and 2nd 2024:
    "for the older one, yes, dibao. for the younger one we had already come off it" is dibao at
    the 1st birth only (Jinan clause 12's 200 more goes with the 2nd child's birth, so it is
    none), never dibao at every birth."""
    known = family("2017-11", "2024-04")
    got = in_july(
        "for the older one, yes, dibao. for the younger one we had already come off it",
        known,
        "hardship_at_birth",
    )
    assert at_births(got) == {1: True, 2: False}
    assert ("hardship_at_birth", None) not in got
    got = in_july("the older one, yes, dibao, the younger one, no", known, "hardship_at_birth")
    assert at_births(got) == {1: True, 2: False}


def test_a_yes_typed_short_answers_for_the_birth_named() -> None:
    """ "ya for the youngest (unemployment benefit), not for her big brother": the benefit at the
    2nd birth, none at the 1st."""
    known = family("2022-09", "2026-01-25")
    got = in_july(
        "ya for the youngest (unemployment benefit), not for her big brother",
        known,
        "hardship_at_birth",
    )
    assert at_births(got) == {1: False, 2: True}
    assert in_july("see ya", known) == {}


def test_two_births_named_together_share_the_answer() -> None:
    """Three children known. "middle kid was born while we were on dibao. eldest and youngest,
    no": dibao at the 2nd birth, none at the 1st and 3rd."""
    known = family("2016-08", "2019-04", "2023-12")
    got = in_march(
        "ok so middle kid was born while we were on dibao. eldest and youngest, no", known
    )
    assert at_births(got) == {1: False, 2: True, 3: False}


def test_the_other_births_said_without_the_benefit_are_nones_not_now() -> None:
    """ "3rd baby came in nov while we were on dibao. we weren't on it for the other two": dibao
    at the 3rd birth, none at the 1st and 2nd, and nothing said of now."""
    known = family("2017-03", "2021-08", "2025-11")
    got = in_march(
        "3rd baby came in nov while we were on dibao. we weren't on it for the other two", known
    )
    assert at_births(got) == {1: False, 2: False, 3: True}
    assert ("hardship_now", None) not in got
    got = in_march(
        "we are in jinan with jinan hukou. 3 kids, 8, 5 and 10 months. with the 10 month old "
        "we were on dibao, with the other two we weren't"
    )
    assert at_births(got) == {1: False, 2: False, 3: True}


def test_a_correction_of_the_grandsons_date_moves_his_birth_not_the_eldests() -> None:
    """A grandson told as 老二, born October 2025, the eldest undated. "不对 我记错了 孙子是前年
    十月生的": the 2nd child born October 2024 (the 600 ends October 2027, Jinan clause 12),
    never an eldest born then (tester 92 c2 was told 老大2024年10月出生)."""
    known = {"city": "jinan", "hukou_in_city": True, "children": [{}, {"birth_date": "2025-10"}]}
    assert said("不对 我记错了 孙子是前年十月生的", known) == {("child.birth_date", 2): "2024-10"}


def test_only_one_grandson_beside_a_granddaughter_is_no_count_of_one() -> None:
    """ "就一个孙子 是老二 前年10月生的 老大是孙女": one grandson, who is the 2nd child; the family
    has two children, so no count of one (tester 92 c2 was told 不能 for the 600)."""
    known = {"city": "jinan", "children": kids("2024-10", "2025-10")}
    got = said("你弄错了 就一个孙子 是老二 前年10月生的 老大是孙女 都上小学了", known)
    assert ("child_count", None) not in got
    assert got[("child.birth_date", 2)] == "2024-10"
    assert said("就一个孙子 今年3月生的") == {
        ("child_count", None): 1,
        ("child.birth_date", 1): "2026-03",
    }


def test_twins_on_the_way_put_right_to_one_baby() -> None:
    """A Beijing family with a 2-year-old and twins due March 2027. "the doctor says it's just one
    baby not twins": the second baby on the way is removed; the child born stays (tester 92 e2
    kept a third child due in March)."""
    known = {
        "city": "beijing",
        "children": [{"birth_date": "2024-11"}, {"due_date": "2027-03"}, {"due_date": "2027-03"}],
    }
    for text in (
        "oh wait sorry, the doctor says it's just one baby not twins",
        "不是双胞胎 就一个",
    ):
        assert said(text, known) == {("child.on_the_way", 3): False}


def test_every_birth_told_after_the_children_by_their_years() -> None:
    """ "俩娃 大的17年 小的21年 生的时候也都在低保上": dibao at both births, said of every birth."""
    got = in_march("俩娃 大的17年 小的21年 生的时候也都在低保上")
    assert got[("hardship_at_birth", None)] is True
    assert at_births(got) == {}


def test_a_range_of_births_shares_the_answer() -> None:
    """Four children known. "老四出生是在领低保 老大到老三出生的时候都没有": dibao at the 4th birth
    only (the 200 more for the 4th child's birth; Jinan clause 12 pays the 2nd and 3rd)."""
    known = family("2012-08", "2016-03", "2020-10", "2025-05")
    got = in_march("老四出生是在领低保 老大到老三出生的时候都没有", known)
    assert at_births(got) == {1: False, 2: False, 3: False, 4: True}
    assert ("hardship_now", None) not in got


def test_the_benefit_held_again_now_after_the_births() -> None:
    """ "生老大那会儿俺们是低保户 老二不是 现在又是了": dibao at the 1st birth, not the 2nd, and
    dibao now."""
    known = family("2018-03", "2021-09")
    got = in_march("生老大那会儿俺们是低保户 老二不是 现在又是了", known)
    assert at_births(got) == {1: True, 2: False}
    assert got[("hardship_now", None)] is True
    got = in_march("生老二前俩月俺被裁了 生老二时候拿着失业金 现在还在拿", known)
    assert at_births(got) == {2: True}
    assert got[("hardship_now", None)] is True


def test_the_twins_named_by_their_sex_or_their_sibling_are_those_births() -> None:
    """A girl of 8 and twin boys: "unemployment benefit when the boys were born, not when our girl
    was born" is the benefit at the twins' births (the 2nd and 3rd children, Jinan clause 12's
    200 more each) and none at the girl's. "dibao when their brother was born, not for the twins"
    is the 3rd child's birth, the one told as their brother."""
    got = in_march(
        "3 - a girl of 8 and twin boys 2 and a half. unemployment benefit when the boys were "
        "born, not when our girl was born",
        {"city": "beijing"},
        "children",
    )
    assert at_births(got) == {1: False, 2: True, 3: True}
    got = in_march(
        "twins are 3, their lil brother is 9 months. dibao when their brother was born, not for "
        "the twins"
    )
    assert at_births(got) == {1: False, 2: False, 3: True}
    assert ("hardship_at_birth", None) not in got


def test_births_listed_as_times_after_the_benefit_share_it() -> None:
    """Four children known (twins the 3rd and 4th). "we had dibao when the twins were born and
    when our 2nd was born, but not when the eldest was born": dibao at the 2nd, 3rd and 4th
    births, none at the 1st."""
    known = {"city": "beijing", "children": kids("2018-02", "2022-06", "2025-06", "2025-06")}
    got = in_march(
        "we had dibao when the twins were born and when our 2nd was born, but not when the "
        "eldest was born",
        known,
    )
    assert at_births(got) == {1: False, 2: True, 3: True, 4: True}


def test_every_child_born_on_the_benefit_and_none_now() -> None:
    """ "twins 7 months + big sister 4, all born while we were on extreme-poverty support": every
    birth; "my grandson was born last oct when my son had unemployment benefit. nothing now": his
    birth on the benefit, none now (never a benefit now that would look like the birth's)."""
    got = in_march(
        "twins 7 months + big sister 4, all born while we were on extreme-poverty support"
    )
    assert got[("hardship_at_birth", None)] is True
    assert at_births(got) == {}
    got = in_march(
        "my grandson was born last oct when my son had unemployment benefit. nothing now",
        {"city": "beijing"},
    )
    assert at_births(got) == {1: True}
    assert got[("hardship_now", None)] is False


def test_a_birth_in_the_middle_of_the_benefit_period_is_on_it() -> None:
    """ "our 2nd was born last thursday, right in the middle of hubby's unemployment benefit
    period": the 2nd birth on unemployment benefit (Jinan clause 12's 200 more)."""
    got = reading(date(2026, 6, 10))(
        "our 2nd was born last thursday, right in the middle of hubby's unemployment benefit "
        "period",
        {"city": "beijing", "children": kids("2019-05")},
    )
    assert at_births(got) == {2: True}
    assert ("hardship_now", None) not in got


def test_a_day_with_its_ordinal_and_an_hour_keeps_the_day() -> None:
    """ "our 2nd arrived May 2nd 2026 at 3am": born 2 May 2026 (the 600 ends 2 May 2029), never
    May 2026 with the day lost to a clause mark put between the month and the day."""
    got = reading(date(2026, 6, 10))(
        "our 2nd arrived May 2nd 2026 at 3am", {"city": "jinan", "children": kids("2023-11")}
    )
    assert got == {("child.birth_date", 2): "2026-05-02"}


def test_twins_on_the_way_given_a_new_month_are_due_then() -> None:
    """A 7-year-old and twins due March 2027. "doc moved the date for the twins to mid feb": the
    twins are due February 2027, never two more children born last February."""
    known = {
        "city": "jinan",
        "children": [{"birth_date": "2019-09"}, {"due_date": "2027-03"}, {"due_date": "2027-03"}],
    }
    got = reading(date(2026, 12, 29))("doc moved the date for the twins to mid feb", known)
    assert got == {("child.due_date", 2): "2027-02", ("child.due_date", 3): "2027-02"}


def test_a_pregnancy_said_not_to_be_twins_is_one_baby() -> None:
    """Twins born April 2024 (the 1st and 2nd children). "my wife is pregnant again lol, not twins
    this time thank god, due in october": one baby, the 3rd child, due October 2026."""
    known = {"city": "jinan", "children": kids("2024-04", "2024-04")}
    for text in (
        "my wife is pregnant again lol, not twins this time thank god, due in october",
        "怀上了 这回不是双胞胎 预产期10月",
    ):
        assert in_march(text, known) == {("child.due_date", 3): "2026-10"}


def test_a_birthday_today_is_no_birth_today() -> None:
    """ "triplets! born 4 nov 2023, today's their bday": three children born 4 November 2023, never
    a fourth born today."""
    got = reading(date(2026, 11, 4))(
        "triplets! born 4 nov 2023, today's their bday. just the 3 of them",
        {"city": "beijing"},
        "children",
    )
    assert ("child.birth_date", 4) not in got
    assert got[("child.birth_date", 3)] == "2023-11-04"


def test_now_unemployed_and_working_at_the_twins_birth() -> None:
    """ "我现在失业了在领失业金 … 下面是对双胞胎 8个月大 生他俩那会我还上着班呢": on unemployment
    benefit now, none at the twins' births (the 2nd and 3rd children get 600 each, not 800; Jinan
    clause 12 looks at the birth); nothing said of the eldest's birth (tester 93 c2 was given
    800 each)."""
    got = said(
        "我现在失业了在领失业金 济南户口 老大三岁半 下面是对双胞胎 8个月大 生他俩那会我还上着班呢"
    )
    assert got[("hardship_now", None)] is True
    assert at_births(got) == {2: False, 3: False}


def test_a_corrected_date_plainly_nearest_one_child_is_that_childs() -> None:
    """A grandson of about 6 and a granddaughter born October 2025. "哦不对 我记错了 孙女是前年十月
    的 今年都两岁了": the 2nd child born October 2024 (the 600 ends October 2027), not a guess
    to be asked about (tester 93 c1 was asked which child, then the correction was lost)."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2020-06", "approx": True}, {"birth_date": "2025-10"}],
    }
    from understanding import understand

    got = understand(
        "哦不对 我记错了 孙女是前年十月的 今年都两岁了", known, None, date(2026, 12, 6)
    )
    assert [(u.fact, u.child, u.value, u.guessed) for u in got] == [
        ("child.birth_date", 2, "2024-10", False)
    ]


def test_a_child_remembered_in_the_middle_comes_between() -> None:
    """A grandson of about 5 and one born February 2026, on unemployment benefit at that birth.
    "哎不对 是三个孩子 中间还有个孙女 今年四月刚过的3岁生日": the granddaughter, born April 2023, is
    the 2nd child and the younger grandson the 3rd, his benefit at the birth with him (tester
    93 c6's granddaughter was given his 200)."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2021-06", "approx": True},
            {"birth_date": "2026-02", "hardship_at_birth": True},
        ],
    }
    got = said("哎不对 是三个孩子 中间还有个孙女 今年四月刚过的3岁生日", known)
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 2)] == "2023-04"
    assert got[("child.birth_date", 3)] == "2026-02"
    assert got[("child.hardship_at_birth", 3)] is True
    assert got[("child.hardship_at_birth", 2)] is None


def test_a_day_told_after_the_month_and_a_comma() -> None:
    """Twins known born March 2026. "oh wait, actually they were born in april, the 12th": both
    born 12 April 2026 (the 600 ends 12 April 2029), the day kept (tester 93 e2 was asked for it
    again); "expecting baby no. 2 in november, the first is 1 and a half" keeps its eldest."""
    known = {"city": "jinan", "children": kids("2022-06", "2026-03", "2026-03")}
    got = said("oh wait, actually they were born in april, the 12th. my mistake", known)
    assert got == {("child.birth_date", 2): "2026-04-12", ("child.birth_date", 3): "2026-04-12"}


def test_the_younger_of_two_grandsons_named_by_order_is_the_second() -> None:
    """ "生大孙子那阵俺儿子领着失业金 二孙子出生时候早上班了没领 大的五岁小的三岁": two grandsons, the
    younger one the 2nd child (3 years old), never a third child."""
    got = in_march("生大孙子那阵俺儿子领着失业金 二孙子出生时候早上班了没领 大的五岁小的三岁")
    assert got[("child.birth_date", 2)] == "2022-09"
    assert ("child.birth_date", 3) not in got
    assert at_births(got) == {1: True, 2: False}
    got = in_march("大小子出生那会没低保 二小子出生已经吃上低保了 大的六岁小的一岁")
    assert at_births(got) == {1: False, 2: True}
    assert ("hardship_now", None) not in got


def test_twins_named_as_brother_and_sister_are_the_twins() -> None:
    """ "龙凤胎 21年的 哥哥一米二 妹妹一米一五": the twins' heights (120 and 115 cm), never a third
    child; "我家是双胞胎 姐姐比妹妹早出来十分钟 八月二十号生的": both born that day."""
    got = in_march("龙凤胎 21年的 哥哥一米二 妹妹一米一五")
    assert got[("child.height_cm", 1)] == 120.0 and got[("child.height_cm", 2)] == 115.0
    assert ("child.height_cm", 3) not in got
    got = in_march("孙子孙女是对龙凤胎 六岁了 当哥哥的一米一 妹妹一米零八")
    assert got[("child.height_cm", 1)] == 110.0 and got[("child.height_cm", 2)] == 108.0
    got = in_march("我家是双胞胎 姐姐比妹妹早出来十分钟 八月二十号生的")
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2025-08-20"


def test_a_bare_no_after_a_births_no_is_that_births() -> None:
    """Twins known noted on unemployment benefit at their birth. "不对 我说了生双胞胎的时候我在上班 没领
    失业金 是上个月才失业的": none at the twins' births, nothing said of now (tester 93 c2 was
    noted as on no benefit now)."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": True,
        "children": [
            {"birth_date": "2023-06"},
            {"birth_date": "2026-04", "hardship_at_birth": True},
            {"birth_date": "2026-04", "hardship_at_birth": True},
        ],
    }
    got = said("不对 我说了生双胞胎的时候我在上班 没领失业金 是上个月才失业的", known)
    assert at_births(got) == {2: False, 3: False}
    assert ("hardship_now", None) not in got


def test_the_answer_to_the_benefits_question_before_a_question_of_ones_own() -> None:
    """Asked of the benefits at the 3rd birth: "领着失业金呢 那孙女的还能领不" answers yes (Jinan clause
    12's 200 more), then asks of the granddaughter (tester 93 c6 was noted as on it now only)."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": kids("2021-06", "2023-04", "2026-02"),
    }
    got = said("领着失业金呢 那孙女的还能领不", known, "hardship_at_birth")
    assert got[("hardship_at_birth", None)] is True


def test_the_birth_told_after_twins_born_again_is_not_the_eldests() -> None:
    """ "我家老大6岁了 今年5月又生了对双胞胎 俩闺女 我老公生的时候在领失业金": the benefit at the birth,
    never the eldest's alone (tester 94 b1's twins lost their 200 each)."""
    got = said(
        "我家老大6岁了 今年5月又生了对双胞胎 俩闺女 我老公生的时候在领失业金 济南的 能拿多少钱"
    )
    assert got[("hardship_at_birth", None)] is True
    assert ("child.hardship_at_birth", 1) not in got


def test_a_day_said_of_both_twins_is_theirs() -> None:
    """A 6-year-old and twins born May 2026. "我们5月20号生的 在医保办了 6月份办的" and "不是 是2026年
    6月份办的医保 孩子才一个来月 俩孩子一天生的都是5月20": both twins born 20 May 2026; the age at
    enrolment is no age now, and 俩孩子 born the same day is no count of the family (tester 94 b1
    was left with two children and half the money)."""
    known = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2020-06", "approx": True},
            {"birth_date": "2026-05"},
            {"birth_date": "2026-05"},
        ],
    }
    for text in (
        "我们5月20号生的 在医保办了 6月份办的",
        "不是 是2026年6月份办的医保 孩子才一个来月 俩孩子一天生的都是5月20",
    ):
        got = said(text, known)
        assert got == {("child.birth_date", 2): "2026-05-20", ("child.birth_date", 3): "2026-05-20"}
