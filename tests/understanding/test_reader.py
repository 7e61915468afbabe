"""Families' messages as they write them, and the facts the assistant takes from each: several per
message, dates in every common form, ages, orders, corrections, questions and short answers."""

from datetime import date

import pytest

from understanding import FactUpdate, understand

TODAY = date(2025, 6, 1)


def said(
    text: str, asked: str | None = None, known: dict[str, object] | None = None
) -> dict[tuple[str, int | None], object]:
    return {(u.fact, u.child): u.value for u in understand(text, known or {}, asked, TODAY)}


def updates(text: str, **kw: object) -> list[FactUpdate]:
    return understand(text, kw.get("known") or {}, kw.get("asked"), TODAY)  # type: ignore[arg-type]


def test_several_facts_in_one_chinese_message() -> None:
    assert said("济南户口，两个孩子，老大2019年，老二去年5月出生") == {
        ("city", None): "jinan",
        ("hukou_in_city", None): True,
        ("child_count", None): 2,
        ("child.birth_date", 1): "2019",
        ("child.birth_date", 2): "2024-05",
    }


def test_several_facts_in_one_english_message() -> None:
    text = (
        "We live in Jinan but our hukou is elsewhere; two kids born March 3rd 2018 and 2023-01-02"
    )
    assert said(text) == {
        ("city", None): "jinan",
        ("hukou_in_city", None): False,
        ("child_count", None): 2,
        ("child.birth_date", 1): "2018-03-03",
        ("child.birth_date", 2): "2023-01-02",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二〇二三年三月十五日出生", "2023-03-15"),
        ("孩子是２０２４年６月出生的", "2024-06"),
        ("2022年12月31号生的", "2022-12-31"),
        ("2019.5.3生的", "2019-05-03"),
        ("孩子24年9月生的", "2024-09"),
        ("一六年生的", "2016"),
        ("born 12 June 2024", "2024-06-12"),
        ("born June 3rd, 2022", "2022-06-03"),
        ("born May 2023", "2023-05"),
        ("born last December", "2024-12"),
        ("去年5月生的", "2024-05"),
        ("上个月生的", "2025-05"),
        ("宝宝十二月五号生的", "2024-12-05"),
        ("昨天刚生", "2025-05-31"),
    ],
)
def test_birth_dates_as_people_write_them(text: str, expected: str) -> None:
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宝宝8个月大", "2024-10"),
        ("she is 8 months old", "2024-10"),
        ("孩子三岁半", "2021-12"),
        ("孩子刚满3岁", "2022-06"),
        ("孩子快两岁了", "2023-07"),
        ("娃一岁两个月", "2024-04"),
        ("our daughter is two and a half", "2022-12"),
    ],
)
def test_an_age_gives_an_approximate_birth_month(text: str, expected: str) -> None:
    (update,) = updates(text)
    assert (update.fact, update.value, update.approx) == ("child.birth_date", expected, True)


def test_ages_and_orders_together() -> None:
    assert said("老大三岁半 老二刚满月") == {
        ("child.birth_date", 1): "2021-12",
        ("child.birth_date", 2): "2025-05",
    }


def test_twins_beside_an_older_child_are_three_children() -> None:
    assert said("老大6岁 今年3月12号生了双胞胎") == {
        ("child_count", None): 3,
        ("child.birth_date", 1): "2018-12",
        ("child.birth_date", 2): "2025-03-12",
        ("child.birth_date", 3): "2025-03-12",
    }


def test_a_pregnancy_month_is_a_due_date_not_a_child_eight_months_old() -> None:
    (update,) = updates("怀孕8个月了")
    assert (update.fact, update.child, update.value, update.approx) == (
        "child.due_date", 1, "2025-07", True,
    )  # fmt: skip


def test_durations_are_not_ages() -> None:
    assert said("我交了6个月公积金 老婆没交") == {("housing_fund_contributors", None): 1}
    assert said("孩子6个月 我的产假还剩一个月") == {("child.birth_date", 1): "2024-12"}


def test_questions_state_nothing_and_hypotheses_are_questions() -> None:
    assert said("1米3以下坐地铁免费吗") == {}
    assert said("一个月800是吧") == {}
    (update,) = updates("如果我们是济南户口能领吗", known={"city": "jinan", "hukou_in_city": False})
    assert (update.fact, update.value, update.kind) == ("hukou_in_city", True, "question")


def test_now_says_nothing_about_the_birth() -> None:
    assert said("我现在失业在领失业金") == {("hardship_now", None): True}
    assert said("生孩子的时候在领低保") == {("hardship_at_birth", None): True}


def test_hardship_at_one_birth_belongs_to_that_child_only() -> None:
    assert said("生老三的时候在领低保") == {("child.hardship_at_birth", 3): True}


def test_no_home_and_renting() -> None:
    assert said("没房 租房住") == {("owns_home_in_city", None): False, ("renting", None): True}


def test_a_correction_changes_only_what_it_names() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2021-12"}, {"birth_date": "2025-05"}]}
    (update,) = updates("不对 老大6岁", known=known)
    assert (update.fact, update.child, update.kind) == ("child.birth_date", 1, "correction")
    (update,) = updates("说错了 老二是23年的", known=known)
    assert (update.child, update.value, update.kind) == (2, "2023", "correction")


def test_a_new_hukou_is_hukou_now() -> None:
    assert said("今年刚把户口迁到济南") == {("city", None): "jinan", ("hukou_in_city", None): True}


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("居民医保", "birth_insurance", "resident_medical"),
        ("她单位交生育保险", "birth_insurance", "employee_maternity"),
        ("灵活就业参保的", "birth_insurance", "flexible_employment"),
        ("没有任何保险", "birth_insurance", "none"),
        ("我们俩都交公积金", "housing_fund_contributors", 2),
        ("只有我老公交公积金", "housing_fund_contributors", 1),
        ("都没交公积金", "housing_fund_contributors", 0),
        ("both of us pay into the housing fund", "housing_fund_contributors", 2),
        ("打算买首套房", "buying_first_home", True),
        ("we are renting a flat", "renting", True),
        ("不是济南户口", "hukou_in_city", False),
    ],
)
def test_household_facts(text: str, fact: str, value: object) -> None:
    assert said(text)[(fact, None)] == value


@pytest.mark.parametrize(
    ("text", "asked", "fact", "value", "kind"),
    [
        ("是的", "hukou_in_city", "hukou_in_city", True, "confirmation"),
        ("no", "renting", "renting", False, "confirmation"),
        ("2", "housing_fund_contributors", "housing_fund_contributors", 2, "statement"),
        ("just me", "housing_fund_contributors", "housing_fund_contributors", 1, "statement"),
        ("没有", "buying_first_home", "buying_first_home", False, "confirmation"),
        ("3", "children", "child_count", 3, "statement"),
    ],
)
def test_short_answers_answer_the_question_asked(
    text: str, asked: str, fact: str, value: object, kind: str
) -> None:
    (update,) = updates(text, asked=asked, known={"city": "jinan"})
    assert (update.fact, update.value, update.kind) == (fact, value, kind)


def test_heights_by_child() -> None:
    assert said("老大1米25，老二95厘米") == {
        ("child.height_cm", 1): 125.0,
        ("child.height_cm", 2): 95.0,
    }
    assert said("老三身高1.35") == {("child.height_cm", 3): 135.0}


def test_every_update_names_the_words_it_came_from() -> None:
    (update,) = updates("孩子三岁半")
    assert update.span == "3岁半"


def test_a_hukou_in_the_other_city_is_not_the_familys_city_hukou() -> None:
    assert said("户口在济南 人在北京") == {
        ("city", None): "beijing",
        ("hukou_in_city", None): False,
    }
    assert said("our hukou is in jinan but we live in beijing") == {
        ("city", None): "beijing",
        ("hukou_in_city", None): False,
    }


def test_a_rasa_command_typed_as_text_states_nothing() -> None:
    """The REST channel turns a leading slash into text (bot/channels/rest.py); its payload is
    still no family's fact."""
    assert said('／check_eligibility{"city": "beijing"}') == {}
    assert said('/check_eligibility{"city": "beijing"}') == {}


@pytest.mark.parametrize(
    ("text", "known", "fact", "child", "value"),
    [
        ("俺数错了 仨孩子 不是俩", {"children": [{"birth_date": 2015}, {"birth_date": 2019}]},
         "child_count", None, 3),
        ("我搞混了 交公积金的只有我老公", {"housing_fund_contributors": 2},
         "housing_fund_contributors", None, 1),
        ("scratch that, we have 3 kids", {"children": [{"birth_date": 2018}, {"birth_date": 2021}]},
         "child_count", None, 3),
        ("i mistyped, he's 8 months", {"children": [{"birth_date": "2023-12"}]},
         "child.birth_date", 1, "2024-10"),
        ("不对 领低保的是生老二的时候",
         {"children": [{"birth_date": "2018-03"}, {"birth_date": "2023-06", "hardship_at_birth": False}]},
         "child.hardship_at_birth", 2, True),
    ],
)  # fmt: skip
def test_correction_cues_of_phone_typists(
    text: str, known: dict[str, object], fact: str, child: int | None, value: object
) -> None:
    got = {(u.fact, u.child): u for u in updates(text, known=known)}
    assert got[(fact, child)].value == value
    assert got[(fact, child)].kind == "correction"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子生下来45天了", "2025-04-17"),
        ("我重孙子七个来月", "2024-11"),
        ("娃生日是十月十五", "2024-10-15"),
        ("今年4月15生的", "2025-04-15"),
        ("baby is 6 wks", "2025-04-20"),
        ("baby is 100 days old today", "2025-02-21"),
        ("our kiddo is 2 yrs 4 mths", "2023-02"),
        ("my daughter? shes 2", "2022-12"),
    ],
)
def test_ages_and_days_in_short_phone_forms(text: str, expected: str) -> None:
    assert said(text)[("child.birth_date", 1)] == expected


def test_children_called_girls_boys_or_cubs_are_counted() -> None:
    assert said("两个丫头同一天生的 二零二三年六月一号") == {
        ("child_count", None): 2,
        ("child.birth_date", 1): "2023-06-01",
        ("child.birth_date", 2): "2023-06-01",
    }


@pytest.mark.parametrize(
    ("text", "asked", "fact", "value", "kind"),
    [
        ("没有公积金", None, "housing_fund_contributors", 0, "statement"),
        ("no housing fund", None, "housing_fund_contributors", 0, "statement"),
        ("公积金是三个人 我公公也交", None, "housing_fund_contributors", 3, "statement"),
        ("她那会儿打工 老板没给交社保 什么保险也没有", None, "birth_insurance", "none", "statement"),
        ("啥医保都没交", "birth_insurance", "birth_insurance", "none", "statement"),
        ("没房 一家子挤在出租屋里", None, "renting", True, "statement"),
        ("we dont own anything in beijing", None, "owns_home_in_city", False, "statement"),
        ("never owned a home here, hoping to buy our first next yr", None,
         "buying_first_home", True, "statement"),
        ("ya we got a flat in haidian", "owns_home_in_city", "owns_home_in_city", True,
         "confirmation"),
        ("my hukou is still in harbin but we live in jinan", None, "hukou_in_city", False,
         "statement"),
        ("户口还在哈尔滨 人在济南", None, "hukou_in_city", False, "statement"),
        ("生老二那会还在吃低保 去年下半年脱保了", None, "hardship_now", False, "statement"),
        ("we get dibao now but back when the baby was born we didnt", None,
         "hardship_at_birth", False, "statement"),
    ],
)  # fmt: skip
def test_short_household_facts_as_families_type_them(
    text: str, asked: str | None, fact: str, value: object, kind: str
) -> None:
    got = {u.fact: u for u in updates(text, asked=asked, known={"city": "jinan"})}
    assert (got[fact].value, got[fact].kind) == (value, kind)


@pytest.mark.parametrize(
    ("text", "known", "city"),
    [
        ("更正 俺们是济南的 刚才点成北京了", {"city": "beijing"}, "jinan"),
        ("scratch that, we're in beijing now, moved from jinan in may", {"city": "jinan"},
         "beijing"),
    ],
)  # fmt: skip
def test_a_city_mistyped_or_left_is_not_the_familys(
    text: str, known: dict[str, object], city: str
) -> None:
    got = {u.fact: u for u in updates(text, known=known)}
    assert (got["city"].value, got["city"].kind) == (city, "correction")


def facts(
    text: str, known: dict[str, object] | None = None, asked: str | None = None
) -> set[tuple]:
    return {(u.fact, u.child, u.value) for u in understand(text, known or {}, asked, TODAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俺闺女前天生了对双胞胎 头一胎 一儿一女",
         {("child_count", None, 2), ("child.birth_date", 1, "2025-05-30"),
          ("child.birth_date", 2, "2025-05-30")}),
        ("新年第一天 二胎生了个龙凤胎 现在家里三个了",
         {("child_count", None, 3), ("child.birth_date", 2, "2025-01-01"),
          ("child.birth_date", 3, "2025-01-01")}),
        ("家里已经有俩了 这次又怀了双胞胎 七月份生",
         {("child_count", None, 2), ("child.due_date", 3, "2025-07"),
          ("child.due_date", 4, "2025-07")}),
        ("boy girl twins, 14 months old, no other children",
         {("child_count", None, 2), ("child.birth_date", 1, "2024-04"),
          ("child.birth_date", 2, "2024-04")}),
        ("we got twin girls born xmas eve 2024 and big sis is 6, so 3 kiddos",
         {("child_count", None, 3), ("child.birth_date", 1, "2018-12"),
          ("child.birth_date", 2, "2024-12-24"), ("child.birth_date", 3, "2024-12-24")}),
        ("our twins r 3 and the oldest is 7, 3 kids altogether",
         {("child_count", None, 3), ("child.birth_date", 1, "2017-12"),
          ("child.birth_date", 2, "2021-12"), ("child.birth_date", 3, "2021-12")}),
    ],
)  # fmt: skip
def test_multiples_as_a_first_or_later_birth_beside_older_children(
    text: str, expected: set[tuple]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周二剖的 二宝 七斤二两", {("child.birth_date", 2, "2025-05-20")}),
        ("老二今年一月一号出生 元旦宝宝", {("child.birth_date", 2, "2025-01-01")}),
        ("our 6yo and our 3yo",
         {("child.birth_date", 1, "2018-12"), ("child.birth_date", 2, "2021-12")}),
        ("twins turned 1 last month, our only kids",
         {("child_count", None, 2), ("child.birth_date", 1, "2024-05"),
          ("child.birth_date", 2, "2024-05")}),
    ],
)  # fmt: skip
def test_orders_and_dates_said_apart(text: str, expected: set[tuple]) -> None:
    assert facts(text) == expected


def test_a_year_then_the_day_is_one_date() -> None:
    got = facts("twenty twenty-two, the fourth of june", asked="children")
    assert got == {("child.birth_date", 1, "2022-06-04")}


def test_a_birth_put_as_a_question_takes_the_next_order() -> None:
    known = {"children": [{"birth_date": "2019-04"}, {"birth_date": "2022-08"}]}
    got = updates("if we had a 3rd kid next year would we get more?", known=known)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.due_date", 3, "2026", "question")
    ]
    got = updates("要是明年再要个二胎 能给多少钱", known={"children": [{"birth_date": "2022-05"}]})
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.due_date", 2, "2026", "question")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子周岁了", "2024-06"),
        ("娃两个半月", "2025-03"),
        ("宝宝半个月大", "2025-05-17"),
        ("孩子三个礼拜大", "2025-05-11"),
        ("孩子四十多天", "2025-04-22"),
        ("出生才一礼拜", "2025-05-25"),
        ("宝宝出生一百天了", "2025-02-21"),
        ("he is eighteen months old", "2023-12"),
    ],
)
def test_ages_in_weeks_half_months_and_whole_years(text: str, expected: str) -> None:
    assert said(text)[("child.birth_date", 1)] == expected


def test_a_limit_in_whole_years_is_no_age() -> None:
    assert said("周岁以下的孩子能办吗") == {}


@pytest.mark.parametrize(
    ("text", "asked", "fact", "value"),
    [
        ("my husband does, i don't", "housing_fund_contributors", "housing_fund_contributors", 1),
        ("we only have resident insurance", None, "birth_insurance", "resident_medical"),
        ("resident", "birth_insurance", "birth_insurance", "resident_medical"),
        ("职工的", "birth_insurance", "birth_insurance", "employee_maternity"),
        ("our hukou isn't local", None, "hukou_in_city", False),
    ],
)
def test_english_answers_name_the_kind_or_the_person(
    text: str, asked: str | None, fact: str, value: object
) -> None:
    assert {u.fact: u.value for u in updates(text, asked=asked)}[fact] == value


@pytest.mark.parametrize(
    "text",
    ["孩子3岁以下每年有多少补贴", "孩子上幼儿园一个月两千", "3岁到6岁的孩子有补贴吗"],
)
def test_age_limits_and_prices_per_month_are_no_age(text: str) -> None:
    assert said(text) == {}


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        ("10天前生的", "child.birth_date", "2025-05-22"),
        ("两周前生的", "child.birth_date", "2025-05-18"),
        ("半年前生的", "child.birth_date", "2024-12"),
        ("上上周生的", "child.birth_date", "2025-05-18"),
        ("上上个月生的", "child.birth_date", "2025-04"),
        ("大前天生的", "child.birth_date", "2025-05-29"),
        ("she's due in two months", "child.due_date", "2025-08"),
        ("my wife is 6 months along", "child.due_date", "2025-09"),
        ("还有两个月就生了", "child.due_date", "2025-08"),
    ],
)
def test_times_counted_back_or_ahead(text: str, fact: str, expected: str) -> None:
    assert said(text)[(fact, 1)] == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("my son is 118 centimeters", None, {1: 118.0}),
        ("孩子个头120左右", None, {1: 120.0}),
        ("孩子净高119", None, {1: 119.0}),
        ("the eldest is 140, the little one 105", "children.height_cm", {1: 140.0, 2: 105.0}),
    ],
)
def test_heights_in_words_and_bare_after_the_child(
    text: str, asked: str | None, expected: dict[int, float]
) -> None:
    known = {"children": [{"birth_date": "2016-03"}, {"birth_date": "2021-06"}]}
    got = {u.child: u.value for u in updates(text, asked=asked, known=known)}
    assert got == expected


def test_not_n_then_the_right_number_corrects_a_known_age() -> None:
    got = updates("not 5, she's 6", known={"children": [{"birth_date": "2020-01"}]})
    assert [(u.fact, u.value, u.kind) for u in got] == [
        ("child.birth_date", "2018-12", "correction")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our first is 7, second 4 and the third just 8 months",
         {("child.birth_date", 1, "2017-12"), ("child.birth_date", 2, "2020-12"),
          ("child.birth_date", 3, "2024-10")}),
        ("the older boy is 9, the younger girl 5",
         {("child.birth_date", 1, "2015-12"), ("child.birth_date", 2, "2019-12")}),
        ("two boys (6 and 2)",
         {("child_count", None, 2), ("child.birth_date", 1, "2018-12"),
          ("child.birth_date", 2, "2022-12")}),
        ("3 kids: eldest 10, then twin girls 4",
         {("child_count", None, 3), ("child.birth_date", 1, "2014-12"),
          ("child.birth_date", 2, "2020-12"), ("child.birth_date", 3, "2020-12")}),
        ("2 boys and a girl", {("child_count", None, 3)}),
        ("两儿一女", {("child_count", None, 3)}),
        ("she's been unemployed for 6 months", set()),
    ],
)  # fmt: skip
def test_english_ages_right_after_the_order_and_children_counted_by_sex(
    text: str, expected: set[tuple]
) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("我们家三口人交公积金", None, {("housing_fund_contributors", None, 3)}),
        ("me and my wife", "housing_fund_contributors", {("housing_fund_contributors", None, 2)}),
        ("老大出生那会儿没低保 老二出生那会儿有", None,
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True)}),
        ("not at the time, only since last year", "hardship_at_birth",
         {("hardship_at_birth", None, False)}),
    ],
)  # fmt: skip
def test_fund_payers_and_hardship_at_each_birth_in_short_words(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    assert facts(text, asked=asked) == expected


@pytest.mark.parametrize(
    ("text", "known", "asked", "expected"),
    [
        ("刚生了双胞胎 昨天", {"children": [{"birth_date": "2018-03"}, {"birth_date": "2023-06"}]},
         None, {("child.birth_date", 3, "2025-05-31"), ("child.birth_date", 4, "2025-05-31")}),
        ("twins arrived last night!", {}, None,
         {("child.birth_date", 1, "2025-05-31"), ("child.birth_date", 2, "2025-05-31")}),
        ("3 - one 6 yr old and twins of 2", {}, "children",
         {("child_count", None, 3), ("child.birth_date", 1, "2018-12"),
          ("child.birth_date", 2, "2022-12"), ("child.birth_date", 3, "2022-12")}),
        ("双胞胎哥俩今年三岁 就他俩", {}, None,
         {("child_count", None, 2), ("child.birth_date", 1, "2021-12"),
          ("child.birth_date", 2, "2021-12")}),
        ("twins turned two in october, they're our only children", {}, None,
         {("child_count", None, 2), ("child.birth_date", 1, "2022-10"),
          ("child.birth_date", 2, "2022-10")}),
    ],
)  # fmt: skip
def test_twins_with_a_day_said_after_or_a_count_said_as_only_these(
    text: str, known: dict[str, object], asked: str | None, expected: set[tuple]
) -> None:
    assert facts(text, known, asked) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("absolutely", "buying_first_home", {("buying_first_home", None, True)}),
        ("no, we own", "renting", {("renting", None, False), ("owns_home_in_city", None, True)}),
        ("we're local", "hukou_in_city", {("hukou_in_city", None, True)}),
        ("we're not local", "hukou_in_city", {("hukou_in_city", None, False)}),
        ("外地的", "hukou_in_city", {("hukou_in_city", None, False)}),
        ("only the one", "children", {("child_count", None, 1)}),
        ("none yet", "children", {("child_count", None, 0)}),
        ("twins", "children", {("child_count", None, 2)}),
        (
            "her work covers it",
            "birth_insurance",
            {("birth_insurance", None, "employee_maternity")},
        ),
    ],
)
def test_english_and_chinese_answers_without_the_facts_own_word(
    text: str, asked: str, expected: set[tuple]
) -> None:
    assert facts(text, asked=asked) == expected


def test_a_height_answer_said_around_a_number() -> None:
    known = {"children": [{"birth_date": "2020-03"}]}
    assert facts("around 105", known, "children.height_cm") == {("child.height_cm", 1, 105.0)}


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("还有俩月", "due_date", {("child.due_date", 1, "2025-08")}),
        ("我老公", "housing_fund_contributors", {("housing_fund_contributors", None, 1)}),
        ("just my wife", "housing_fund_contributors", {("housing_fund_contributors", None, 1)}),
        ("那会儿没有", "hardship_at_birth", {("hardship_at_birth", None, False)}),
    ],
)
def test_short_chinese_answers_with_a_time_or_a_person(
    text: str, asked: str, expected: set[tuple]
) -> None:
    assert facts(text, asked=asked) == expected


def test_a_birth_put_ahead_is_the_next_child_or_the_known_pregnancy() -> None:
    one = {"children": [{"birth_date": "2020-03"}]}
    assert facts("what if we had twins next year?", one) == {
        ("child.due_date", 2, "2026"),
        ("child.due_date", 3, "2026"),
    }
    waiting = {"children": [{"due_date": None}]}
    assert facts("if the baby arrives in march are we still eligible?", waiting) == {
        ("child.due_date", 1, "2026-03")
    }


@pytest.mark.parametrize(
    ("text", "known", "fact"),
    [
        ("let me correct that: 4 kids", {"children": [{"birth_date": 2015}, {"birth_date": 2018}]},
         "child_count"),
        ("no no, she's 1.05m", {"children": [{"birth_date": "2020-03", "height_cm": 110}]},
         "child.height_cm"),
    ],
)  # fmt: skip
def test_more_correction_cues(text: str, known: dict[str, object], fact: str) -> None:
    assert {u.fact: u.kind for u in updates(text, known=known)}[fact] == "correction"


def test_supposing_puts_a_fact_as_a_question() -> None:
    got = updates("supposing our hukou was local, how much then?")
    assert [(u.fact, u.value, u.kind) for u in got] == [("hukou_in_city", True, "question")]


def test_chinese_cues_that_amend_a_known_fact() -> None:
    got = updates("改一下 我们是北京户口", known={"city": "beijing", "hukou_in_city": False})
    assert [(u.fact, u.value, u.kind) for u in got] == [("hukou_in_city", True, "correction")]
    got = updates("应该是两岁半", known={"children": [{"birth_date": "2023-05"}]})
    assert [(u.fact, u.value, u.kind) for u in got] == [
        ("child.birth_date", "2022-12", "correction")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国庆节生的", "2024-10-01"),
        ("儿童节那天生的", "2025-06-01"),
        ("born on valentine's day", "2025-02-14"),
        ("孩子是15号生的", "2025-05-15"),
        ("she was born on the 15th", "2025-05-15"),
        ("二〇二〇年六月一号出生 儿童节", "2020-06-01"),
    ],
)
def test_fixed_holidays_and_a_day_of_the_month_alone(text: str, expected: str) -> None:
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("孙子孙女是龙凤胎 头胎 去年11月生的", None,
         {("child_count", None, 2), ("child.birth_date", 1, "2024-11"),
          ("child.birth_date", 2, "2024-11")}),
        ("检查出来是三胞胎 预产期明年一月份 第一次怀", None,
         {("child.due_date", 1, "2026-01"), ("child.due_date", 2, "2026-01"),
          ("child.due_date", 3, "2026-01")}),
        ("两个丫头同一天生的 二零二三年六月一号", None,
         {("child_count", None, 2), ("child.birth_date", 1, "2023-06-01"),
          ("child.birth_date", 2, "2023-06-01")}),
        ("we were on unemployment benefits when the twins were born, not for our first", None,
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True),
          ("child.hardship_at_birth", 3, True)}),
        ("一个没有 准备要呢", "children", {("child_count", None, 0)}),
    ],
)  # fmt: skip
def test_twins_told_apart_from_their_birth_or_pregnancy(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    assert facts(text, asked=asked) == expected


def test_a_bare_height_after_an_order_word_with_a_filler() -> None:
    known = {"children": [{"birth_date": "2016-04"}, {"birth_date": "2020-08"}]}
    got = facts("老大140 老二也得有120了", known, "children.height_cm")
    assert got == {("child.height_cm", 1, 140.0), ("child.height_cm", 2, 120.0)}


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("双胞胎女儿两岁了 上面还有个哥哥上小学", {},
         {("child.birth_date", 2, "2022-12"), ("child.birth_date", 3, "2022-12")}),
        ("怀了二胎 还是双胞胎", {"children": [{"birth_date": "2021-05"}]},
         {("child.due_date", 2, None), ("child.due_date", 3, None)}),
        ("we have two sets of twins", {}, {("child_count", None, 4)}),
        ("两对双胞胎", {}, {("child_count", None, 4)}),
    ],
)  # fmt: skip
def test_twins_beside_an_older_child_not_told_of_and_pairs_of_twins(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    assert facts(text, known) == expected


@pytest.mark.parametrize(
    "text",
    ["孩子两岁的时候搬来北京的", "从孩子三个月开始领的低保", "he started daycare at 18 months"],
)
def test_an_age_at_a_past_event_is_no_birth_date(text: str) -> None:
    assert not any(k[0] == "child.birth_date" for k in said(text))


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("我们有自住房 不租房", "owns_home_in_city", True),
        ("她没工作 也没交医保", "birth_insurance", "none"),
        ("we already own one flat", "owns_home_in_city", True),
    ],
)
def test_homes_and_insurance_in_more_words(text: str, fact: str, value: object) -> None:
    assert {u.fact: u.value for u in updates(text)}[fact] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EDD is 2026-03-14", {("child.due_date", 1, "2026-03-14")}),
        ("媳妇有了 两个月", {("child.due_date", 1, "2026-01")}),
    ],
)
def test_pregnancy_said_as_edd_or_you_have_one_coming(text: str, expected: set[tuple]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our son was born in 09/2021", "2021-09"),
        ("she was born 3.4.2022", "2022-04-03"),
        ("born two years ago", "2023-06"),
        ("born a year and a half ago", "2023-12"),
        ("born in '18", "2018"),
        ("the eldest was born 12 Dec 2016", "2016-12-12"),
    ],
)
def test_english_dates_with_dots_slashes_and_years_ago(text: str, expected: str) -> None:
    assert said(text)[("child.birth_date", 1)] == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("大小子8岁 二小子5岁", {},
         {("child.birth_date", 1, "2016-12"), ("child.birth_date", 2, "2019-12")}),
        ("二丫头去年生的", {}, {("child.birth_date", 2, "2024")}),
        ("我家二孙子三岁", {}, {("child.birth_date", 2, "2021-12")}),
        ("三个闺女", {}, {("child_count", None, 3)}),
        ("老幺刚满月", {"children": [{"birth_date": 2018}, {"birth_date": 2021}]},
         {("child.birth_date", 2, "2025-05")}),
        ("俺家小孙子下个月满周岁", {}, {("child.birth_date", 1, "2024-07")}),
    ],
)  # fmt: skip
def test_order_words_of_the_kin_family(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    assert facts(text, known) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("the middle child is 5",
         {"children": [{"birth_date": 2016}, {"birth_date": 2020}, {"birth_date": 2023}]},
         {("child.birth_date", 2, "2019-12")}),
        ("the big one is 7, the small one 3", {},
         {("child.birth_date", 1, "2017-12"), ("child.birth_date", 2, "2021-12")}),
        ("kid #2 was born in 2021", {}, {("child.birth_date", 2, "2021")}),
    ],
)  # fmt: skip
def test_english_order_words_middle_big_small_and_numbers(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    assert facts(text, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no dibao at the time of birth", {("hardship_at_birth", None, False)}),
        ("we're currently unemployed and on benefits", {("hardship_now", None, True)}),
        ("no benefits of any kind", {("hardship_now", None, False)}),
        ("the first was born when we were on 特困, the second after we got off",
         {("child.hardship_at_birth", 1, True), ("child.hardship_at_birth", 2, False)}),
        ("从来没领过低保", {("hardship_now", None, False)}),
    ],
)  # fmt: skip
def test_benefits_now_and_at_the_births_in_more_words(text: str, expected: set[tuple]) -> None:
    assert facts(text) == expected


# --- from a fresh tester's citizens (issue 13) -------------------------------------------------


def test_a_correction_said_to_another_question_is_no_no_to_that_question() -> None:
    """Asked about dibao at the birth, "不对，老二是…" corrects the date; it says nothing of dibao."""
    known = {
        "city": "jinan",
        "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2024-01-10"}],
    }
    got = understand(
        "不对，老二是2025年1月10日出生的", known, "hardship_at_birth", date(2025, 6, 1)
    )
    assert [(u.fact, u.value, u.kind) for u in got] == [
        ("child.birth_date", "2025-01-10", "correction")
    ]


def test_no_dibao_said_to_the_insurance_question_is_not_no_insurance() -> None:
    got = understand("没领低保", {"city": "jinan"}, "birth_insurance", date(2025, 6, 1))
    assert [u.fact for u in got] == ["hardship_now"]


@pytest.mark.parametrize("text", ["户口在历下区", "我们户口在章丘", "户口在海淀"])
def test_a_district_of_the_city_is_a_hukou_in_it(text: str) -> None:
    city = "beijing" if "海淀" in text else "jinan"
    got = understand(text, {"city": city}, None, date(2025, 6, 1))
    assert ("hukou_in_city", True) in [(u.fact, u.value) for u in got]


def test_without_hukou_is_no_hukou() -> None:
    got = understand("I am in Jinan without Jinan hukou", {}, None, date(2025, 6, 1))
    assert ("hukou_in_city", False) in [(u.fact, u.value) for u in got]


@pytest.mark.parametrize(
    "text", ["老二的育儿补贴 一个月多少钱", "一个月能领多少", "三个月给一次吗"]
)
def test_an_amount_per_month_is_no_age(text: str) -> None:
    assert not [u for u in understand(text, {"city": "jinan"}, None, date(2025, 6, 1))
                if u.fact == "child.birth_date"]  # fmt: skip


def test_buying_a_first_home_said_as_a_plain_verb() -> None:
    got = understand("俩娃 买首套 公积金贷款额度多少", {"city": "jinan"}, None, date(2025, 6, 1))
    assert ("buying_first_home", True) in [(u.fact, u.value) for u in got]


def test_a_year_at_the_end_of_a_sentence_is_read() -> None:
    """'…born in 2024.' with its full stop: the year, not a dotted date cut short."""
    got = understand(
        "my second child was born in 2024. Do we get the 600?", {}, None, date(2026, 11, 30)
    )
    assert [(u.fact, u.value, u.child) for u in got] == [("child.birth_date", "2024", 2)]


def test_the_count_of_children_is_not_the_fund_payers() -> None:
    got = understand(
        "一个 老大今年6月生的 哦对了我们公积金是两个人都交",
        {"city": "beijing"},
        "children",
        date(2026, 11, 30),
    )
    assert ("housing_fund_contributors", 2) in [(u.fact, u.value) for u in got]


def test_a_question_about_a_fund_loan_says_nothing_of_who_pays() -> None:
    assert understand("我就问公积金贷款", {"city": "jinan"}, None, date(2026, 11, 30)) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("生下来就上了居民医保", None),
        ("生下来就上了居民医保", "birth_insurance"),
        ("孩子已经办了居民医保", None),
        ("给宝宝交了城乡居民医保", None),
        ("the baby is on resident medical insurance", None),
        ("we enrolled the baby in resident medical insurance", "birth_insurance"),
    ],
)
def test_the_childs_own_enrolment_is_not_the_insurance_of_the_birth(
    text: str, asked: str | None
) -> None:
    """birth_insurance is the mother's cover for the birth; no fact names the child's enrolment."""
    assert understand(text, {"city": "jinan"}, asked, TODAY) == []


def test_the_mothers_resident_insurance_is_still_read_beside_the_childs() -> None:
    got = understand("我是居民医保 孩子生下来也上了居民医保", {"city": "jinan"}, None, TODAY)
    assert [(u.fact, u.value) for u in got] == [("birth_insurance", "resident_medical")]


# --- Chinese children: dates, orders and counts as new batches write them ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大上个月十五号出生的", "2025-04-15"),
        ("大上个月二十几号生的", "2025-04"),
        ("上上个月生的", "2025-04"),
        ("上上周五生的", "2025-05-23"),
        ("大上周三生的", "2025-05-21"),
        ("上周二生的", "2025-05-27"),
    ],
)
def test_a_birth_two_months_or_two_weeks_back(text: str, expected: str) -> None:
    """大上个月 / 上上个月 is the month before last; 上上周五 the Friday a week before 上周五."""
    got = understand(text, {}, None, date(2025, 6, 4))
    assert [(u.fact, u.child, u.value) for u in got] == [("child.birth_date", 1, expected)]


def test_the_eldest_before_last_month_is_not_the_month_before_last() -> None:
    assert said("老大上个月满三岁") == {("child.birth_date", 1): "2022-05"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("前年国庆节后一天生的", "2023-10-02"),
        ("去年国庆第二天生的", "2024-10-02"),
        ("2023年国庆节前两天生的", "2023-09-29"),
        ("去年圣诞节前一天生的", "2024-12-24"),
        ("今年儿童节生的", "2025-06-01"),
        ("国庆后两天剖的", "2024-10-03"),
    ],
)
def test_a_birth_counted_in_days_from_a_holiday(text: str, expected: str) -> None:
    """A holiday with days before or after it (国庆节后一天), after any relative year."""
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孙子今天满百天 家里摆了两桌", "2025-02-21"),
        ("宝宝出生整六十天", "2025-04-02"),
        ("外孙女满四十天了", "2025-04-22"),
        ("闺女出生刚满五十天", "2025-04-12"),
    ],
)
def test_days_old_said_as_a_full_count_of_days(text: str, expected: str) -> None:
    """满百天, 出生整六十天: an age in days (today minus the days, approximate); the 今天 of
    "今天满百天" is the day of the count, not the birth."""
    (update,) = updates(text)
    assert (update.fact, update.child, update.value, update.approx) == (
        "child.birth_date", 1, expected, True,
    )  # fmt: skip


def test_a_birthday_said_twice_before_the_order_is_one_child() -> None:
    """ "上周二 平安夜前一天生的老二": both dates are the second child's birthday."""
    got = understand("上周二 平安夜前一天生的老二", {}, None, date(2025, 12, 31))
    assert [(u.fact, u.child, u.value) for u in got] == [("child.birth_date", 2, "2025-12-23")]


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("大的一米三了 小的一米零二 昨天刚量", "children.height_cm",
         {"children": [{"birth_date": "2019-03"}, {"birth_date": "2022-06"}]},
         {("child.height_cm", 1, 130.0), ("child.height_cm", 2, 102.0)}),
        ("纠正下 孩子是一米二九 不是一米二五 昨天学校刚体检", None,
         {"children": [{"birth_date": "2018-06", "height_cm": 125}]},
         {("child.height_cm", 1, 129.0)}),
        ("老二上个月体检 一米零五", None,
         {"children": [{"birth_date": "2019-03"}, {"birth_date": "2022-06"}]},
         {("child.height_cm", 2, 105.0)}),
        ("三天前刚量的 一米一二", "children.height_cm", {"children": [{"birth_date": "2020-03"}]},
         {("child.height_cm", 1, 112.0)}),
    ],
)  # fmt: skip
def test_the_day_a_child_was_measured_is_not_its_birth(
    text: str, asked: str | None, known: dict[str, object], expected: set[tuple]
) -> None:
    """昨天刚量, 上个月体检: a date beside measuring or a check-up says when, not a birth."""
    assert facts(text, known, asked) == expected


TWO_KNOWN = {"children": [{"birth_date": "2019-03"}, {"birth_date": "2022-06"}]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哥哥116 妹妹113", {("child.height_cm", 1, 116.0), ("child.height_cm", 2, 113.0)}),
        ("妹妹113 哥哥116", {("child.height_cm", 1, 116.0), ("child.height_cm", 2, 113.0)}),
        ("大的134 小的还不到一米 九十七",
         {("child.height_cm", 1, 134.0), ("child.height_cm", 2, 97.0)}),
        ("103 上个月量的", {("child.height_cm", 1, 103.0)}),
        ("俩人一样高 都一米零五", {("child.height_cm", 1, 105.0), ("child.height_cm", 2, 105.0)}),
        ("两个都是110", {("child.height_cm", 1, 110.0), ("child.height_cm", 2, 110.0)}),
    ],
)  # fmt: skip
def test_bare_centimetres_in_reply_to_the_height_question(text: str, expected: set[tuple]) -> None:
    """Asked for heights, a bare number of centimetres is the height of the child just named;
    哥哥 / 姐姐 come before 弟弟 / 妹妹; 都 / 一样高 gives it to every child asked about."""
    assert facts(text, TWO_KNOWN, "children.height_cm") == expected


def test_a_bare_number_is_no_height_when_heights_were_not_asked() -> None:
    assert facts("103 上个月量的", TWO_KNOWN) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("b超说是双胞胎 怀了四个月 老大都上小学了",
         {("child.due_date", 2, "2025-11"), ("child.due_date", 3, "2025-11")}),
        ("查出来是双胞胎 预产期明年3月 老大6岁了",
         {("child.birth_date", 1, "2018-12"), ("child.due_date", 2, "2026-03"),
          ("child.due_date", 3, "2026-03")}),
        ("怀了四个月 老大都上小学了", {("child.due_date", 2, "2025-11")}),
    ],
)  # fmt: skip
def test_a_pregnancy_comes_after_the_older_child_named_beside_it(
    text: str, expected: set[tuple]
) -> None:
    """老大都上小学了: the baby on the way is at least the second; twins said before the
    pregnancy month are the pregnancy."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("前年十月生的双胞胎是老二老三 老大今年十岁", None,
         {("child.birth_date", 1, "2014-12"), ("child.birth_date", 2, "2023-10"),
          ("child.birth_date", 3, "2023-10")}),
        ("双胞胎是老大和老二 今年五岁", None,
         {("child.birth_date", 1, "2019-12"), ("child.birth_date", 2, "2019-12")}),
        ("仨 大的是对双胞胎 九岁 小的两岁半", "children",
         {("child_count", None, 3), ("child.birth_date", 1, "2015-12"),
          ("child.birth_date", 2, "2015-12"), ("child.birth_date", 3, "2022-12")}),
        ("三个娃 小的是双胞胎 去年三月生的", None,
         {("child_count", None, 3), ("child.birth_date", 2, "2024-03"),
          ("child.birth_date", 3, "2024-03")}),
    ],
)  # fmt: skip
def test_twins_named_by_their_order(text: str, asked: str | None, expected: set[tuple]) -> None:
    """双胞胎是老二老三, 大的是对双胞胎, 小的是双胞胎: the twins take the orders said of them."""
    assert facts(text, asked=asked) == expected


@pytest.mark.parametrize(
    "text", ["如果今年再生个老三 还能领不", "要是今年再要个老三呢", "如果今年生老三 能领多少"]
)
def test_a_birth_this_year_put_as_a_hypothesis_is_a_due_date(text: str) -> None:
    """如果今年再生个老三: a birth still to come this year, asked about (year precision)."""
    known = {"city": "jinan", "children": [{"birth_date": "2019-08"}, {"birth_date": "2023-02"}]}
    got = understand(text, known, None, date(2026, 1, 31))
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.due_date", 3, "2026", "question")
    ]


@pytest.mark.parametrize("text", ["就一个 孩子他爹", "一个 娃他妈", "就一个人交 孩子他妈"])
def test_the_childs_father_or_mother_is_not_a_count_of_children(text: str) -> None:
    """孩子他爹 / 娃他妈 is a parent: "就一个 孩子他爹" counts the fund payers, not children."""
    got = understand(text, {"city": "jinan"}, "housing_fund_contributors", TODAY)
    assert "child_count" not in [u.fact for u in got]


@pytest.mark.parametrize(
    "text",
    ["俺数糊涂了 就俩孩子 那个小的是俺侄子", "刚才多算了一个 就俩娃", "说多了 其实就两个孩子"],
)
def test_owning_up_to_a_miscount_corrects_the_count(text: str) -> None:
    known = {"children": [{"birth_date": 2016}, {"birth_date": 2019}, {"birth_date": 2022}]}
    got = understand(text, known, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [("child_count", 2, "correction")]


@pytest.mark.parametrize(
    "text", ["不对 不是俩孩子 是仨 小的是双胞胎", "不是两个 是三个娃", "是三个孩子 不是两个"]
)
def test_a_count_said_instead_of_the_one_denied(text: str) -> None:
    """不是俩孩子 是仨: the count after 是, not the one after 不是, as a correction."""
    known = {"city": "beijing", "children": [{"birth_date": "2019-08"}, {"birth_date": "2024-06"}]}
    got = understand(text, known, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [("child_count", 3, "correction")]


def test_a_denied_count_of_months_is_no_count_of_children() -> None:
    got = facts("不是两个 是三个月", {"children": [{"birth_date": "2025-01"}]})
    assert not [f for f in got if f[0] == "child_count"]


@pytest.mark.parametrize(
    "text", ["二胎出生前俩月我被裁了", "孩子生前三个月我就没工作了", "老二出生后两个月才上的户口"]
)
def test_months_before_or_after_a_birth_are_no_age(text: str) -> None:
    """出生前俩月, 出生后两个月: a time counted from the birth, not the child's age."""
    assert not [f for f in facts(text) if f[0] == "child.birth_date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大孙女上初中了 十三 小孙子两岁零五个月",
         {("child.birth_date", 1, "2011-12"), ("child.birth_date", 2, "2023-01")}),
        ("老大上初中了 十三了", {("child.birth_date", 1, "2011-12")}),
        ("儿子上小学了 七", {("child.birth_date", 1, "2017-12")}),
    ],
)  # fmt: skip
def test_a_bare_number_after_the_child_just_named_is_its_age(
    text: str, expected: set[tuple]
) -> None:
    """大孙女上初中了 十三: a number alone in the clause after a child is told of is its age."""
    assert facts(text) == expected


def test_a_bare_number_is_no_age_in_reply_to_another_question() -> None:
    got = facts("老大上初中了 十三", {"city": "jinan"}, "housing_fund_contributors")
    assert not [f for f in got if f[0] == "child.birth_date"]


def test_a_number_before_a_space_does_not_count_the_children_after_it() -> None:
    """ "大孙女上初中了 十三 小孙子…": 13 is her age; the space is a comma, so not 13 children."""
    got = facts("闺女上小学 七 儿子三岁")
    assert not [f for f in got if f[0] == "child_count"]
    assert ("child_count", None, 2) in facts("我有2 个孩子")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大下个月就五岁了", "2020-07"),
        ("孙女下个月五周岁", "2020-07"),
        ("孩子下个月满三岁", "2022-07"),
    ],
)
def test_an_age_reached_next_month_with_or_without_man(text: str, expected: str) -> None:
    """下个月就五岁了 = 下个月满五岁: five years less a month, not a birth next month."""
    assert said(text) == {("child.birth_date", 1): expected}


def test_a_year_then_a_birth_order_is_not_a_month() -> None:
    """ "大宝2020年 二宝2023年": the 二 of 二宝 is the next child's order, not February."""
    assert facts("大宝2020年 二宝2023年 三宝今年") == {
        ("child.birth_date", 1, "2020"),
        ("child.birth_date", 2, "2023"),
        ("child.birth_date", 3, "2025"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大12 老二8岁", {("child.birth_date", 1, "2012-12"), ("child.birth_date", 2, "2016-12")}),
        ("老二8岁 老大12", {("child.birth_date", 1, "2012-12"), ("child.birth_date", 2, "2016-12")}),
        ("大宝十一 二宝五岁", {("child.birth_date", 1, "2013-12"), ("child.birth_date", 2, "2019-12")}),
        ("老大12 老二8", set()),
    ],
)  # fmt: skip
def test_a_bare_number_after_an_order_word_among_ages(text: str, expected: set[tuple]) -> None:
    """老大12 老二8岁: beside ages in 岁, a bare number up to 17 after an order word is an age."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("老大一米三五 老二还没一米", "children.height_cm", {("child.height_cm", 1, 135.0)}),
        ("小的不够一米 九十六", "children.height_cm", {("child.height_cm", 2, 96.0)}),
        ("老二还没到一米二 不用买票吧", None, set()),
    ],
)
def test_a_height_not_yet_reached_is_no_height(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """还没一米, 不够一米, 没到一米二: a bound, like 不到一米, not the child's height."""
    assert facts(text, TWO_KNOWN, asked) == expected


TWINS_KNOWN = {"children": [{"birth_date": "2019-03"}, {"birth_date": "2019-03"}]}


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("龙凤胎一个115一个110", TWINS_KNOWN),
        ("双胞胎一个一米一五 一个一米一", TWINS_KNOWN),
        ("一个115 另一个110", TWINS_KNOWN),
        ("120 118", TWO_KNOWN),
    ],
)
def test_one_height_for_each_child_in_turn(text: str, known: dict[str, object]) -> None:
    """一个…一个…: successive heights go to successive children, also of a pair of twins."""
    first, second = (120.0, 118.0) if text == "120 118" else (115.0, 110.0)
    assert facts(text, known, "children.height_cm") == {
        ("child.height_cm", 1, first),
        ("child.height_cm", 2, second),
    }


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("生了 昨天生的 男孩", {"children": [{"birth_date": "2020-03"}, {"due_date": "2025-06"}]},
         {("child.birth_date", 2, "2025-05-31")}),
        ("已经生了 五月二十号", {"children": [{"due_date": "2025-06"}]},
         {("child.birth_date", 1, "2025-05-20")}),
        ("还没生 预计下个月", {"children": [{"due_date": None}]},
         {("child.due_date", 1, "2025-07")}),
    ],
)  # fmt: skip
def test_asked_the_due_date_a_birth_already_happened_is_a_birth_date(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    """Asked the due date, "生了 昨天生的": the baby is born, so its birth date, not a due date."""
    assert facts(text, known, "due_date") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("老二是23年国庆生的", {("child.birth_date", 2, "2023-10-01")}),
     ("23年国庆节后一天生的", {("child.birth_date", 1, "2023-10-02")}),
     ("2023国庆生的", {("child.birth_date", 1, "2023-10-01")})],
)  # fmt: skip
def test_a_holiday_after_a_short_year(text: str, expected: set[tuple]) -> None:
    """23年国庆: the holiday of that year, not a year plus this year's holiday."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("孩子身高写错了 是118", {"children": [{"birth_date": "2018", "height_cm": 128}]},
         {("child.height_cm", 1, 118.0)}),
        ("身高超过120要买票吗 孩子115", {}, {("child.height_cm", 1, 115.0)}),
        ("身高120以下免费吗", {}, set()),
    ],
)  # fmt: skip
def test_bare_centimetres_where_the_message_speaks_of_height(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    """身高写错了 是118: a bare number of centimetres when the message is about height; a limit
    (120以下, 超过120) is still no height."""
    assert facts(text, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大老二都上学了 这胎是双胞胎 五个月",
         {("child.due_date", 3, "2025-10"), ("child.due_date", 4, "2025-10")}),
        ("怀老二了 五个月", {("child.due_date", 2, "2025-10")}),
    ],
)  # fmt: skip
def test_older_children_named_from_the_eldest_come_before_a_pregnancy(
    text: str, expected: set[tuple]
) -> None:
    """老大老二都上学了: the pregnancy is the third; 怀老二 alone names the pregnancy itself."""
    assert facts(text) == expected
