"""Messages of stop 51's probes: the benefit said as "getting unemployment", "other two" with no
article, and "the others" of a birth named by its order when no family is known yet. A
household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import reading, reading_kinds

said = reading(date(2026, 12, 5))


@pytest.mark.parametrize(
    "text",
    [
        "my husband was getting unemployment when our 2nd was born",
        "she was receiving unemployment when our 2nd was born",
    ],
)
def test_unemployment_got_at_a_birth_is_that_childs_hardship(text: str) -> None:
    """The 200 a month more rests on the benefit at the child's birth (Jinan clause 12)."""
    assert said(text) == {("child.hardship_at_birth", 2): True}


def test_unemployment_got_now_is_not_at_the_birth() -> None:
    assert said("he's been getting unemployment since march") == {("hardship_now", None): True}


@pytest.mark.parametrize(
    "text",
    ["due end of jan, other two are 4 and 2", "3rd baby due end of jan, other two are 4 and 2"],
)
def test_the_other_two_beside_a_pregnancy_are_the_children_born(text: str) -> None:
    """Two children of about 4 and 2, the baby due in January their third."""
    facts = said(text)
    assert facts[("child.birth_date", 1)] == "2022-06"
    assert facts[("child.birth_date", 2)] == "2024-06"
    assert facts[("child.due_date", 3)] == "2027-01"


@pytest.mark.parametrize(
    "text",
    [
        "on dibao for the 3rd, others no",
        "we were on dibao when the 3rd was born, not for the others",
        "生老三的时候在吃低保 其他几个都没有",
    ],
)
def test_the_others_of_a_birth_named_are_the_births_before_it(text: str) -> None:
    """No family known yet: the third child's birth on dibao, the first two's not."""
    assert said(text) == {
        ("child.hardship_at_birth", 3): True,
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): False,
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [("我闺女生了对龙凤胎 20天了 这是她头胎", 2), ("双胞胎 20天了", 2), ("三胞胎刚满20天", 3)],
)
def test_the_days_of_a_multiple_birth_are_each_childs_age(text: str, count: int) -> None:
    """Twins (or triplets) 20 days old: each born that many days ago, approximately."""
    facts = said(text)
    born = {facts[("child.birth_date", n)] for n in range(1, count + 1)}
    assert born == {"2026-11-15"}


@pytest.mark.parametrize("text", ["怀了双胞胎 12周了", "双胎 二十八周了 预产期七月"])
def test_twins_carried_some_weeks_are_a_pregnancy(text: str) -> None:
    facts = said(text)
    assert ("child.birth_date", 1) not in facts
    assert ("child.due_date", 1) in facts


def test_a_sentence_ending_on_the_due_month_keeps_the_month() -> None:
    """ "due late september. 2 at home already": September (the 2 is the children at home, not
    the 2nd of September); "sept. 2" keeps its abbreviation's day."""
    facts = reading(date(2026, 4, 22))(
        "pregnant with number 3, due late september. 2 at home already"
    )
    assert facts[("child.due_date", 3)] == "2026-09"
    assert said("born sept. 2 2025")[("child.birth_date", 1)] == "2025-09-02"


def test_a_birthday_ahead_dates_the_birth() -> None:
    """ "my oldest is turning 12 in sept" in July 2026: born about September 2014."""
    facts = reading(date(2026, 7, 23))("my oldest is turning 12 in sept")
    assert facts == {("child.birth_date", 1): "2014-09"}


@pytest.mark.parametrize(
    ("text", "fact", "cm"),
    [
        ("no idea lol, definitely not 1.3 yet", "child.height_below_cm", 130.0),
        ("not 1.3m yet", "child.height_below_cm", 130.0),
        ("its 1.25", "child.height_cm", 125.0),
    ],
)
def test_a_height_answered(text: str, fact: str, cm: float) -> None:
    """Answers to "how tall is the child?" (the subway's 1.3 m line, Beijing)."""
    facts = said(text, {"children": [{"birth_date": "2020-04-04"}]}, "children.height_cm")
    assert facts == {(fact, 1): cm}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("one boy 4yrs then twin girls 14 mths", 3),
        ("1 boy 4yrs and 1 girl 2yrs", 2),
        ("3 - the eldest is 8 and then twins, 5", 3),
    ],
)
def test_children_listed_with_glued_units_and_twins_after_a_comma(text: str, count: int) -> None:
    facts = reading(date(2026, 10, 5))(text, asked="children")
    assert facts[("child_count", None)] == count
    assert sum(1 for fact, _ in facts if fact == "child.birth_date") == count


def test_two_births_named_by_their_orders_without_an_article() -> None:
    """ "2nd and 3rd were both born while we were on dibao, 1st wasnt": the 200 a month more for
    the second and third children (Jinan clause 12), not for the first."""
    known = {"children": [{"birth_date": d} for d in ("2014-02-02", "2018-08-08", "2025-12-12")]}
    facts = said(
        "2nd and 3rd were both born while we were on dibao, 1st wasnt", known, "hardship_at_birth"
    )
    assert facts == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
        ("child.hardship_at_birth", 3): True,
    }


def test_the_parents_together_on_dibao_at_the_time_of_the_birth() -> None:
    """A grandmother: "his mum n dad was on minimum living allowance at the time" of the grandson
    born last month is dibao at his birth, not now."""
    facts = reading(date(2026, 2, 10))(
        "my grandson born last month and his mum n dad was on minimum living allowance at the time"
    )
    assert facts == {("child.birth_date", 1): "2026-01", ("child.hardship_at_birth", 1): True}


def test_applying_for_dibao_is_not_having_it_at_the_birth() -> None:
    facts = reading(date(2026, 2, 5))(
        "we r in the middle of applying for dibao, didnt have it when he was born",
        {"children": [{"birth_date": "2026-01-20"}]},
        "hardship_at_birth",
    )
    assert facts == {("hardship_at_birth", None): False}


def test_a_younger_one_besides_the_known_child_is_another_child() -> None:
    facts = reading(date(2026, 6, 22))(
        "i also have a younger one, 20 months", {"children": [{"birth_date": "2021-11-11"}]}
    )
    assert facts == {("child.birth_date", 2): "2024-10"}


@pytest.mark.parametrize(
    ("text", "count"),
    [("i have two, eldest is 20 at uni and the youngest is 1", 2), ("we've got 3: 7, 5 and 1", 3)],
)
def test_a_bare_count_then_the_children_listed(text: str, count: int) -> None:
    facts = reading(date(2026, 2, 3))(text, asked="children")
    assert facts[("child_count", None)] == count
    assert ("child.birth_date", count) in facts


def test_wanna_buy_our_first_flat_is_buying_a_first_home() -> None:
    assert said("we wanna buy our first flat") == {("buying_first_home", None): True}


def test_the_fact_said_again_then_yes_is_a_confirmation() -> None:
    kinds = reading_kinds(date(2026, 9, 25))("we're beijing hukou yes", asked="hukou_in_city")
    assert kinds[("hukou_in_city", None)] == (True, "confirmation")


def test_not_at_the_birth_is_a_no() -> None:
    kinds = reading_kinds(date(2026, 1, 6))(
        "not at the birth no, we only applied for dibao in october",
        {"children": [{"birth_date": "2025-05-05"}]},
        "hardship_at_birth",
    )
    assert kinds == {("hardship_at_birth", None): (False, "confirmation")}


def test_on_dibao_for_years_including_a_birth_named_by_its_number() -> None:
    facts = reading(date(2026, 5, 20))(
        "we've been on minimum living allowance for years, including when #2 was born in march"
    )
    assert facts[("child.hardship_at_birth", 2)] is True
    assert facts[("hardship_now", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "when our third was born we got unemployment benefit, the other two no. we still live here",
        "we got unemployment benefit when our third was born, the other two no, we still rent",
    ],
)
def test_the_other_two_and_still_living_here_say_nothing_of_the_count_or_now(text: str) -> None:
    facts = reading(date(2026, 10, 22))(text)
    assert ("child_count", None) not in facts
    assert ("hardship_now", None) not in facts
    assert facts[("child.hardship_at_birth", 3)] is True


@pytest.mark.parametrize(
    ("text", "born"), [("born 2/14/25", "2025-02-14"), ("born 14/2/25", "2025-02-14")]
)
def test_an_english_date_with_slashes_and_the_year_last(text: str, born: str) -> None:
    assert reading(date(2026, 3, 31))(text) == {("child.birth_date", 1): born}


def test_twins_at_the_start_of_the_month() -> None:
    facts = reading(date(2026, 5, 27))(
        "my son and daughter in law had twins at the start of the month"
    )
    assert facts[("child.birth_date", 1)] == facts[("child.birth_date", 2)] == "2026-05"


def test_a_hotline_note_in_the_written_style() -> None:
    """ "家中三孩，三孩出生时家庭享受特困人员供养，前两孩出生时未享受，现已退出特困": three
    children, special hardship support at the third's birth only (Jinan clause 12), none now."""
    facts = reading(date(2026, 3, 25))(
        "来电人反映：家中三孩，三孩出生时家庭享受特困人员供养，前两孩出生时未享受，现已退出特困。"
    )
    assert facts == {
        ("child_count", None): 3,
        ("hardship_now", None): False,
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): False,
        ("child.hardship_at_birth", 3): True,
    }


def test_the_first_child_in_the_written_style() -> None:
    facts = reading(date(2026, 2, 5))(
        "市民来电 济南户口 育有两孩 二孩2025年4月出生 出生时母亲领取失业保险金 一孩出生时无"
    )
    assert facts[("child_count", None)] == 2
    assert facts[("child.hardship_at_birth", 1)] is False
    assert facts[("child.hardship_at_birth", 2)] is True


@pytest.mark.parametrize("text", ["失业金现已停领", "低保已停"])
def test_a_benefit_stopped_in_few_words(text: str) -> None:
    assert said(text) == {("hardship_now", None): False}


@pytest.mark.parametrize(
    "text", ["第三个孩子是去年11月出生的，前面两个都已经超过6岁了", "大的两个早过三岁了"]
)
def test_past_an_age_is_no_age(text: str) -> None:
    facts = reading(date(2026, 3, 5))(text)
    assert ("child.birth_date", 1) not in facts and ("child.birth_date", 2) not in facts


def test_the_second_and_third_by_the_word_wa_are_orders_not_a_count() -> None:
    facts = reading(date(2026, 11, 3))("大娃七岁多 二娃两岁多 三娃五个月 一家五口挤俩居室")
    assert ("child_count", None) not in facts
    assert {n for fact, n in facts if fact == "child.birth_date"} == {1, 2, 3}


def test_the_youngest_birth_and_a_benefit_not_yet_used_up() -> None:
    known = {"children": [{"birth_date": d} for d in ("2015-09", "2018-01", "2026-04")]}
    facts = reading(date(2026, 6, 2))(
        "就生最小的时候在领失业金 上面俩那时候都没有", known, "hardship_at_birth"
    )
    assert facts == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): False,
        ("child.hardship_at_birth", 3): True,
    }
    assert reading(date(2026, 10, 22))("老三出生的时候失业金还没领完") == {
        ("child.hardship_at_birth", 3): True
    }


def test_the_total_after_the_twins_counted() -> None:
    facts = reading(date(2026, 7, 9))(
        "上个月生了双胞胎！！ 两个小子 加上老大一共三个孩子了 补贴咋领",
        {"children": [{"birth_date": "2019-02"}]},
    )
    assert facts[("child_count", None)] == 3


def test_a_little_sister_beside_the_twins_is_counted() -> None:
    facts = reading(date(2026, 1, 13))("我和老公都交 双胞胎哥俩9岁 小妹妹3岁 北京户口")
    assert facts[("child_count", None)] == 3


def test_a_son_named_by_his_order_then_his_age() -> None:
    facts = reading(date(2026, 1, 7))(
        "三个 老大闺女16了 老二小子11 老三小子三岁半", asked="children"
    )
    assert facts[("child.birth_date", 2)] == "2014-07"


def test_never_knowing_of_the_subsidy_says_nothing_of_a_benefit_now() -> None:
    """Tester 57 c6 was read back "现在没有领低保、特困供养或失业金", which he never said."""
    facts = reading(date(2026, 12, 5))(
        "济南户口 二胎是23年3月15生的 那会我正领失业金 一直不知道有补贴 现在还能领吗能补发不"
    )
    assert ("hardship_now", None) not in facts
    assert facts[("child.hardship_at_birth", 2)] is True


def test_the_city_said_alone_before_a_comparison_with_the_other() -> None:
    """Tester 57 c5 opened with "北京的" and was later told "您还没说在哪个城市"."""
    facts = said("北京的 二宝5月份生的 北京有没有像济南那样每个月发钱的育儿补贴")
    assert facts[("city", None)] == "beijing"


def test_twins_days_since_the_birth_said_to_now() -> None:
    facts = reading(date(2026, 1, 19))(
        "双胞胎早产 在保温箱待了一个月 今天刚接回家 出生到现在五十天"
    )
    assert facts[("child.birth_date", 1)] == facts[("child.birth_date", 2)] == "2025-11-30"


def test_a_job_now_with_social_insurance_is_not_the_cover_at_the_birth() -> None:
    facts = reading(date(2026, 7, 28))(
        "孩子出生那阵子我正领失业金呢 孩子都快两岁了 现在工作了也交着社保 失业金不领了"
    )
    assert ("birth_insurance", None) not in facts
    assert facts[("hardship_at_birth", None)] is True


def test_not_born_yet_is_no_answer_to_the_benefit_at_the_birth() -> None:
    facts = reading(date(2026, 11, 2))(
        "还没生呢 预产期明年一月 现在倒是在领低保",
        {"children": [{"due_date": "2027-01"}]},
        "hardship_at_birth",
    )
    assert facts == {("hardship_now", None): True}


def test_a_count_of_children_beside_the_housing_fund_answer() -> None:
    facts = reading(date(2026, 1, 13))(
        "我和老公都交 双胞胎哥俩9岁 小妹妹3岁 北京户口", asked="housing_fund_contributors"
    )
    assert facts[("housing_fund_contributors", None)] == 2
    assert facts[("child_count", None)] == 3


def test_an_age_agreeing_with_a_known_date_given_as_a_date_is_no_update() -> None:
    """ "my oldest is turning 12 in sept" of a child known born 1 September 2014 (a date, as the
    corpus's known households give it): nothing new."""
    known = {"children": [{"birth_date": date(2014, 9, 1)}, {"birth_date": date(2017, 2, 2)}]}
    assert reading(date(2026, 7, 23))("my oldest is turning 12 in sept", known) == {}


def test_ages_listed_with_a_decimal_half() -> None:
    facts = reading(date(2026, 8, 25))("2 kids age 4 and 1.5", asked="children")
    assert facts[("child.birth_date", 2)] == "2025-02"


@pytest.mark.parametrize(
    "text", ["不是1200？二宝还没满3岁 三宝也600 两个一起不就1200吗", "老大还没满5岁"]
)
def test_not_yet_an_age_is_no_age(text: str) -> None:
    """Under an age is a bound: tester 58 c1's second child, known born October 2025, was moved
    to about December 2023 by "二宝还没满3岁"."""
    known = {"children": [{"birth_date": "2023-06"}, {"birth_date": "2025-10"}]}
    assert reading(date(2026, 12, 5))(text, known) == {}


def test_a_correction_answering_the_children_question_is_no_none() -> None:
    """ "不对不对 老二是23年9月的 刚才手滑打错了" to the children question: the second child's
    month put right, never "no children" (the 不对 of a correction read as a no)."""
    known = {"city": "jinan", "children": [{"birth_date": "2020-05"}, {"birth_date": "2023-08"}]}
    kinds = reading_kinds(date(2026, 3, 4))(
        "不对不对 老二是23年9月的 刚才手滑打错了", known, "children"
    )
    assert kinds == {("child.birth_date", 2): ("2023-09", "correction")}


@pytest.mark.parametrize(
    ("text", "today", "known", "read"),
    [
        ("宝宝是24年9月10号的 下个月能上托育了不", date(2026, 3, 31), ["2024-09-10"], {}),
        (
            "孩子一米二九 再过俩月估计就超了 现在坐地铁还免费吧",
            date(2026, 7, 9),
            [],
            {("child.height_cm", 1): 129.0},
        ),
        (
            "老二去年十二月底生的 元旦都在医院过的",
            date(2026, 1, 6),
            ["2019-04"],
            {("child.birth_date", 2): "2025-12"},
        ),
    ],
)
def test_times_that_are_no_birth(
    text: str, today: date, known: list[str], read: dict[tuple[str, int], object]
) -> None:
    """Next month's nursery, two months to go before a height line, a New Year spent in
    hospital: no birth or due date of their own."""
    family = {"children": [{"birth_date": born} for born in known]}
    assert reading(today)(text, family) == read


def test_today_exactly_a_hundred_days_is_the_childs_age() -> None:
    facts = reading(date(2026, 9, 8))(
        "一个 今天正好出生一百天 昨天刚去拍的百天照", asked="children"
    )
    assert facts == {("child_count", None): 1, ("child.birth_date", 1): "2026-05-31"}


def test_where_the_hukou_is_asked_is_no_hukou_elsewhere() -> None:
    assert said("户口在哪有啥影响吗", {"city": "jinan"}, "hukou_in_city") == {}


def test_the_subway_rule_asked_states_no_childs_height() -> None:
    """ "是不是身高不到1米3坐地铁都免费": the rule (Beijing clause (12)); "老大还不到1米3坐地铁
    要票吗" still says the eldest is under 1.3 m."""
    assert said("是不是身高不到1米3坐地铁都免费", {"city": "beijing"}) == {}
    assert said("老大还不到1米3坐地铁要票吗", {"city": "beijing"}) == {
        ("child.height_below_cm", 1): 130.0
    }


def test_the_newborns_insurance_asked_is_no_birth() -> None:
    """Tester 58 c7 (a hotline worker): "it's their 2nd child, first is 4 … is the newborn's
    insurance free?" of a baby due in February 2027: the baby due is the second child, and
    "the newborn's insurance" names the measure, not a child born today."""
    known = {"city": "jinan", "children": [{"due_date": "2027-02"}]}
    facts = said(
        "ok. it's their 2nd child, first is 4. husband asks paternity leave days, and is the "
        "newborn's insurance free? figures + clause pls",
        known,
    )
    assert facts == {("child.birth_date", 1): "2022-06", ("child.due_date", 2): "2027-02"}
