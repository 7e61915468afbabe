"""Fresh probes written by citizens' phrasing (stop 46): twins named by their orders at a birth,
a pregnancy told as 肚子里老三, the twins' younger sister, a benefit held at a named birth, and
English typed short (daugther, bros, "me n my wife been paying", "dont own any apartment"). A
household, what the citizen wrote, and the facts the assistant takes from it."""

from datetime import date

from tests.understanding.readings import facts_on, family, kids

facts = facts_on(date(2026, 12, 4))
JINAN = {"city": "jinan"}
TWINS_AFTER_A_GIRL = {"children": kids("2018-10", "2024-04", "2024-04")}


def hardship_by_child(text: str, known: dict[str, object]) -> set[tuple[int | None, object]]:
    return {(c, v) for f, c, v, _ in facts(text, known) if f == "child.hardship_at_birth"}


def test_twins_named_by_order_at_their_birth_are_those_children() -> None:
    """老大出生那年俺家是低保 二宝三宝双胞胎生的时候就不是了: children 2 and 3 are the twins, no 4th or 5th."""
    said = hardship_by_child("老大出生那年俺家是低保 二宝三宝双胞胎生的时候就不是了", {})
    assert said == {(1, True), (2, False), (3, False)}


def test_a_baby_in_the_belly_named_by_order_is_due_not_born() -> None:
    """二宝一岁三个月 肚子里老三四个月了: four months pregnant with the third, due in five months."""
    known = {"city": "beijing", "children": kids("2021-02")}
    got = {(f, c, str(v)) for f, c, v, _ in facts("二宝一岁三个月 肚子里老三四个月了", known)}
    assert ("child.due_date", 3, "2027-05") in got
    assert not any(f == "child.birth_date" and c == 3 for f, c, _ in got)
    assert not any(c == 4 for _, c, _ in got)


def test_benefit_at_the_birth_of_the_twins_named_with_a_long_phrase() -> None:
    """生那对双胞胎外孙的时候 女婿在领失业金: at the twins' birth, not now."""
    said = hardship_by_child(
        "生那对双胞胎外孙的时候 女婿在领失业金 大外孙女出生那会儿没领", TWINS_AFTER_A_GIRL
    )
    assert said == {(1, False), (2, True), (3, True)}


def test_still_on_the_benefit_when_the_second_was_born() -> None:
    """生老二还在领失业金: at the second birth; 老大那会儿没领: not at the first."""
    known = {"city": "jinan", "children": [*kids("2021-05"), {"due_date": "2026-12"}]}
    text = "老二昨天生了 生老二还在领失业金 老大那会儿没领"
    assert hardship_by_child(text, known) == {(1, False), (2, True)}
    assert not any(f == "hardship_now" for f, *_ in facts(text, known))


def test_the_twins_younger_sister_is_the_third_child() -> None:
    """双胞胎哥俩出生那会儿吃低保 生他们妹妹的时候没吃: the twins 1 and 2 yes, their sister 3 no."""
    for text in (
        "双胞胎哥俩出生那会儿吃低保 生他们妹妹的时候没吃",
        "双胞胎哥俩出生那会儿吃低保 妹妹出生的时候没吃",
    ):
        assert hardship_by_child(text, {}) == {(1, True), (2, True), (3, False)}


def test_daughter_typed_daugther_and_brothers_typed_bros() -> None:
    """my daugther is 6 n her twin bros just turned 2: three children, the twins 2."""
    dates = {
        (c, str(v))
        for f, c, v, _ in facts("my daugther is 6 n her twin bros just turned 2", {})
        if f == "child.birth_date"
    }
    assert dates == {(1, "2020-06"), (2, "2024-12"), (3, "2024-12")}


def test_two_payers_named_before_been_paying() -> None:
    """me n my wife been paying gongjijin for like 6 yrs: two people pay into the fund."""
    said = facts("me n my wife been paying gongjijin for like 6 yrs", JINAN)
    assert ("housing_fund_contributors", None, 2, "statement") in said


def test_no_home_told_without_its_subject() -> None:
    """dont own any apartmnt in jinan, renting from a friend: a statement, not a question."""
    said = facts("dont own any apartmnt in jinan, renting from a friend", JINAN)
    assert ("owns_home_in_city", None, False, "statement") in said
    assert ("renting", None, True, "statement") in said


def test_a_negative_question_still_asks() -> None:
    """dont we get more for twins: asked, nothing stated of the home or the children."""
    assert facts("dont we get more for twins", JINAN) == set()


def test_neither_parent_insured() -> None:
    said = facts("neither of us has any insurance tbh", JINAN)
    assert ("birth_insurance", None, "none", "statement") in said


def test_no_benefit_at_any_of_the_kids_births_is_every_birth() -> None:
    known = family("2015-03", "2018-09", "2023-01")
    said = facts("no dibao at any of my 3 kids births", known)
    assert ("hardship_at_birth", None, False, "statement") in said
    assert not any(f == "hardship_now" for f, *_ in said)


def test_last_age_of_a_list_before_a_new_subject() -> None:
    """beijing 3 kids 9 6 and 1 we rent …: the youngest is 1, and the family rents."""
    text = "beijing 3 kids 9 6 and 1 we rent can i withdraw housing fund for rent"
    said = facts(text)
    dates = {(c, str(v)) for f, c, v, _ in said if f == "child.birth_date"}
    assert dates == {(1, "2017-06"), (2, "2020-06"), (3, "2025-06")}
    assert ("renting", None, True, "statement") in said


def test_a_dotted_date_answering_the_children_question_is_no_count() -> None:
    """23.5.1 to "how many children": a birth on 1 May 2023, not 23 children."""
    said = facts("23.5.1", {"city": "beijing"}, asked="children")
    assert not any(f == "child_count" for f, *_ in said)
    assert ("child.birth_date", 1, "2023-05-01", "statement") in {
        (f, c, str(v), k) for f, c, v, k in said
    }
    assert ("child_count", None, 3, "statement") in facts("3. the eldest is 5", asked="children")


def test_months_paid_in_are_no_age() -> None:
    """she's paid 14 months already: a length of paying in, no child 14 months old."""
    said = facts(
        "Wife has employee maternity insurance thru her company, she's paid 14 months already"
    )
    assert not any(f == "child.birth_date" for f, *_ in said)
    assert ("child.birth_date", 1, "2025-10") in {
        (f, c, str(v)) for f, c, v, _ in facts("she's 14 months")
    }


def test_another_child_added_to_the_birth_just_answered() -> None:
    """we had tekun when the twins were born and the eldest too: all three births."""
    known = family("2017-01", "2020-05", "2020-05")
    said = hardship_by_child("we had tekun when the twins were born and the eldest too", known)
    assert said == {(1, True), (2, True), (3, True)}


def test_the_first_child_after_a_pregnancy_by_number() -> None:
    """due in june with number 2 our first is 20 months: the first child's age read."""
    dates = {
        (f, c, str(v)) for f, c, v, _ in facts("due in june with number 2 our first is 20 months")
    }
    assert ("child.due_date", 2, "2027-06") in dates
    assert ("child.birth_date", 1, "2025-04") in dates


def test_benefit_at_the_birth_named_after_the_children_listed_with_dates() -> None:
    text = "our second born 2025.12 the first 2022.7 i was on unemployment benefit when the second came"
    assert hardship_by_child(text, {}) == {(2, True)}


def test_one_height_for_each_child_asked() -> None:
    known = {"city": "beijing", "children": kids("2020-09", "2020-09")}
    heights = {
        (c, v)
        for f, c, v, _ in facts("1m2 each", known, asked="children.height_cm")
        if f == "child.height_cm"
    }
    assert heights == {(1, 120.0), (2, 120.0)}


def test_not_yet_a_height_is_below_it() -> None:
    known = {"city": "beijing", "children": kids("2019-10", "2023-01")}
    said = facts("the eldest isn't 1m3 yet, does he need a ticket??", known)
    assert ("child.height_below_cm", 1, 130.0, "statement") in said
    assert not any(f == "child.height_cm" for f, *_ in said)


def test_twins_noted_in_brackets_after_their_age() -> None:
    said = facts("kids are 11, 8, 8 (twins) and 3")
    dates = {(c, str(v)) for f, c, v, _ in said if f == "child.birth_date"}
    assert dates == {(1, "2015-06"), (2, "2018-06"), (3, "2018-06"), (4, "2023-06")}
    assert not any(f == "child_count" for f, *_ in said)


def test_children_by_order_and_short_year_then_a_home_plan() -> None:
    said = facts("we had our first in 19 and our 2nd in 22 now planning to buy our first flat")
    dates = {(c, str(v)) for f, c, v, _ in said if f == "child.birth_date"}
    assert dates == {(1, "2019"), (2, "2022")}
    assert ("buying_first_home", None, True, "statement") in said


def test_year_and_its_month_with_de_between() -> None:
    """老三是二零二三年的一月二十号: the full date."""
    assert ("child.birth_date", 3, "2023-01-20") in {
        (f, c, str(v)) for f, c, v, _ in facts("老三是二零二三年的一月二十号")
    }


def test_voice_run_on_the_first_two_births_answered_apart() -> None:
    """…生老三的时候我老公失业了在领失业金那前两个的时候都没有: the third yes, the first two no."""
    text = (
        "那个我想问一下就是我们家老大呢是一八年的然后老二是二零年的老三是今年三月份生的"
        "然后生老三的时候我老公失业了在领失业金那前两个的时候都没有"
    )
    assert hardship_by_child(text, {}) == {(1, False), (2, False), (3, True)}


def test_grandchildren_run_on_with_ages_then_the_birth_named() -> None:
    """外孙女今年刚满两岁外孙五个月北京户口生外孙的时候闺女在领失业金: the grandson's birth."""
    text = "外孙女今年刚满两岁外孙五个月北京户口生外孙的时候闺女在领失业金"
    assert hardship_by_child(text, {}) == {(2, True)}
    assert hardship_by_child("我孙女三岁半孙子刚出生二十天生孙子的时候儿子家吃着低保", {}) == {
        (2, True)
    }


def test_the_third_after_the_twins_age_run_on() -> None:
    said = facts("老大老二是双胞胎那个十岁了老三呢是今年刚生的才四十天")
    dates = {(c, str(v)) for f, c, v, _ in said if f == "child.birth_date"}
    assert dates == {(1, "2016-06"), (2, "2016-06"), (3, "2026-10-25")}


def test_each_birth_answered_run_on() -> None:
    """生老大那阵没有低保生老二那年有了生老三那时候又没了现在也没有."""
    known = family("2011-09", "2014-01", "2018-06")
    text = "生老大那阵没有低保生老二那年有了生老三那时候又没了现在也没有"
    assert hardship_by_child(text, known) == {(1, False), (2, True), (3, False)}


def test_a_bare_age_this_year_then_the_younger_twins() -> None:
    """老大今年十三下面一对双胞胎九岁…: the eldest 13, the twins 9."""
    said = facts("老大今年十三下面一对双胞胎九岁生双胞胎的时候领低保")
    dates = {(c, str(v)) for f, c, v, _ in said if f == "child.birth_date"}
    assert dates == {(1, "2013-06"), (2, "2017-06"), (3, "2017-06")}


def test_a_monthly_fee_is_no_birth_year() -> None:
    """…送托育园了一个月2000多有补贴吗 (tester 46 c9): a fee, not a child born in 2000."""
    text = "济南户口两个娃老大2019年的老二23年3月8号生的现在送托育园了一个月2000多有补贴吗"
    dates = {(c, str(v)) for f, c, v, _ in facts(text) if f == "child.birth_date"}
    assert dates == {(1, "2019"), (2, "2023-03-08")}


def test_twins_on_the_way_then_which_birth_it_is() -> None:
    """怀了双胞胎5个月了头胎 (tester 46 c8): two babies due, no single first child."""
    said = facts("在北京上班外地户口怀了双胞胎5个月了头胎 有什么政策")
    due = {(c, str(v)) for f, c, v, _ in said if f == "child.due_date"}
    assert due == {(1, "2027-04"), (2, "2027-04")}


def test_the_eldest_after_the_baby_due_named_by_order() -> None:
    said = facts("儿媳妇预产期明年三月份是老二老大今年刚满三岁")
    got = {(f, c, str(v)) for f, c, v, _ in said}
    assert ("child.due_date", 2, "2027-03") in got
    assert ("child.birth_date", 1, "2023-12") in got


def test_a_month_then_its_sum_is_no_age() -> None:
    """小的3岁一个月房租1800: the younger child is 3; 一个月 opens the month's rent."""
    said = facts("我家在济南租房住了5年了俩孩子大的9岁小的3岁一个月房租1800")
    dates = {(c, str(v)) for f, c, v, _ in said if f == "child.birth_date"}
    assert dates == {(1, "2017-06"), (2, "2023-06")}
    assert ("child.birth_date", 2, "2025-10") in {
        (f, c, str(v)) for f, c, v, _ in facts("老二1岁2个月")
    }


def test_a_flat_bought_with_its_size() -> None:
    said = facts(
        "bought a 90 sqm flat here last yr loan 600k our 2 kids are 5 and 1", {"city": "beijing"}
    )
    assert ("owns_home_in_city", None, True, "statement") in said


def test_twins_on_the_way_run_on_with_which_birth() -> None:
    said = facts("我媳妇怀孕8个月了怀的龙凤胎这是头胎在北京")
    due = {(c, str(v)) for f, c, v, _ in said if f == "child.due_date"}
    assert due == {(1, "2027-01"), (2, "2027-01")}


def test_each_birth_its_benefit_typed_without_commas() -> None:
    known = family("2016-09", "2020-03", "2024-01")
    text = "tekun at the first birth unemployment benefit when the second was born nothing for the third and nothing now"
    assert hardship_by_child(text, known) == {(1, True), (2, True), (3, False)}
    four = family("2014-02", "2019-06", "2019-06", "2024-11")
    text = "dibao when laoda was born tekun for the twins laosi nothing still on tekun now"
    assert hardship_by_child(text, four) == {(1, True), (2, True), (3, True), (4, False)}
    assert ("hardship_now", None, True, "statement") in facts(text, four)
