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


# --- household facts in the Chinese batches 12 and 13 ---------------------------------------

TWO_KIDS = {"city": "jinan", "children": [{"birth_date": "2020-01"}, {"birth_date": "2023-01"}]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要是老二出生的时候我在领失业金 有啥不一样吗", {("child.hardship_at_birth", 2, True)}),
        ("假如老大出生时我们在吃低保 补贴多吗", {("child.hardship_at_birth", 1, True)}),
        ("要是生老二的时候领着特困 算不算", {("child.hardship_at_birth", 2, True)}),
        ("我要是现在领着失业金 能多补吗", {("hardship_now", None, True)}),
    ],
)  # fmt: skip
def test_benefits_put_hypothetically_are_questions(text: str, expected: set[tuple]) -> None:
    """如果/要是 before a benefit at a birth or now: asked about, not said; 要是生老二的时候 is
    that past birth, not a pregnancy."""
    got = understand(text, TWO_KIDS, None, TODAY)
    assert {(u.fact, u.child, u.value) for u in got} == expected
    assert {u.kind for u in got} == {"question"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公积金的话 我们小两口都有 婆婆退休前也交 现在不交了", ("housing_fund_contributors", 2)),
        ("户口这块的话 我们是济南户口", ("hukou_in_city", True)),
        ("房子的话 是租的", ("renting", True)),
        ("我们的话 都没有公积金", ("housing_fund_contributors", 0)),
    ],
)
def test_a_topic_with_dehua_is_as_for_not_if(text: str, expected: tuple[str, object]) -> None:
    """公积金的话 opens the topic ("as for the fund"); 有二胎的话 would be a condition."""
    got = understand(text, {}, None, TODAY)
    assert (*expected, "statement") in [(u.fact, u.value, u.kind) for u in got]


THREE_KIDS = {
    "city": "jinan",
    "children": [{"birth_date": "2017-02"}, {"birth_date": "2021-09"}, {"birth_date": "2025-03"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "老三那会儿在领低保 前俩没有",
        "生老三的时候吃低保 前两个都没有",
        "老三出生时领着低保 前头俩没领",
    ],
)
def test_the_first_two_named_together_are_the_eldest_two(text: str) -> None:
    """前俩 / 前两个 / 前头俩: births 1 and 2 (前俩月, 前两天 stay spans of time)."""
    assert facts(text, THREE_KIDS, "hardship_at_birth") == {
        ("child.hardship_at_birth", 3, True),
        ("child.hardship_at_birth", 1, False),
        ("child.hardship_at_birth", 2, False),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就生老三这回领着低保", {("child.hardship_at_birth", 3, True)}),
        ("生老二那次在吃低保 老大那会儿没有",
         {("child.hardship_at_birth", 2, True), ("child.hardship_at_birth", 1, False)}),
        ("生二宝这次领着失业金", {("child.hardship_at_birth", 2, True)}),
    ],
)  # fmt: skip
def test_the_birth_said_as_this_time_or_that_time(text: str, expected: set[tuple]) -> None:
    """生老三这回 / 那次: the time of that birth, so 领着 is not "now"."""
    assert facts(text, THREE_KIDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "娃出生那阵家里揭不开锅 领着低保 现在日子好点了 早不领了",
        "孩子出生时家里没钱 领了特困补助 现在早就不领了",
        "生孩子那会儿日子不好过 吃着低保 现在不吃了",
    ],
)
def test_hard_times_at_the_birth_are_no_no_to_the_benefit(text: str) -> None:
    """揭不开锅, 没钱, 不好过 tell of being poor: the benefit after them is the birth's."""
    assert facts(text) == {("hardship_at_birth", None, True), ("hardship_now", None, False)}


@pytest.mark.parametrize(
    ("text", "known_dates", "orders"),
    [
        ("生龙凤胎时候在吃低保", ["2020-05", "2024-02", "2024-02"], {2, 3}),
        ("双胞胎出生那会儿领着低保", ["2016-05", "2016-05", "2022-02"], {1, 2}),
        ("生三胞胎的时候在领特困", ["2019-05", "2023-02", "2023-02", "2023-02"], {2, 3, 4}),
    ],
)
def test_the_twins_of_a_benefit_are_the_known_children_born_together(
    text: str, known_dates: list[str], orders: set[int]
) -> None:
    known = {"city": "jinan", "children": [{"birth_date": d} for d in known_dates]}
    assert facts(text, known) == {("child.hardship_at_birth", o, True) for o in orders}


@pytest.mark.parametrize(
    "text", ["孩子出生后三个月我就回去上班了", "生之前两个月辞职了", "二胎出生前俩月我被裁了"]
)
def test_a_span_of_time_before_or_after_a_birth_is_no_age(text: str) -> None:
    assert not [u for u in understand(text, {}, None, TODAY) if u.fact == "child.birth_date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二胎出生前俩月我被裁了 生的时候正拿着失业金 头胎那会儿没有",
         {("child.hardship_at_birth", 2, True), ("child.hardship_at_birth", 1, False)}),
        ("老三出生前半年我下岗了 生的时候领着失业金", {("child.hardship_at_birth", 3, True)}),
    ],
)  # fmt: skip
def test_the_birth_named_just_before_is_the_one_of_the_benefit(
    text: str, expected: set[tuple]
) -> None:
    """生的时候 after a clause naming 二胎 / 老三 and its birth: that birth."""
    assert facts(text, THREE_KIDS) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("户口刚从德州迁过来 现在是济南户口了", True),
        ("户口从老家迁到济南了", True),
        ("我们户口上个月从河北转过来了", True),
        ("户口还没从老家迁过来", False),
        ("打算明年把户口从老家迁过来", False),
    ],
)
def test_a_hukou_moved_here_from_elsewhere_is_local(text: str, value: bool) -> None:
    """The place after 从 is where the hukou was: moved here, it is local; not yet moved, not."""
    assert ("hukou_in_city", None, value) in facts(text, {"city": "jinan"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [("如果俺们把户扣迁到济南 是不是就能领了", "question"), ("俺们是济南戶口", "statement")],
)
def test_hukou_typed_with_a_wrong_character(text: str, kind: str) -> None:
    got = understand(text, {"city": "jinan", "hukou_in_city": False}, None, TODAY)
    assert ("hukou_in_city", True, kind) in [(u.fact, u.value, u.kind) for u in got]


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("没有 住公婆那", "owns_home_in_city", {("owns_home_in_city", None, False)}),
        ("打算买首套 现在挤在丈母娘家", None, {("buying_first_home", None, True)}),
        ("we live with my in-laws", None, set()),
        ("没买房 住公婆家 不交房租", None,
         {("owns_home_in_city", None, False), ("renting", None, False)}),
    ],
)  # fmt: skip
def test_living_with_family_says_nothing_of_rent(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """住公婆那 is where the family lives; whether they pay rent there is said only in words."""
    assert facts(text, {"city": "jinan"}, asked) == expected


@pytest.mark.parametrize(
    "text",
    ["纠正 租房的是我爸妈 我们自己有房", "说错了 租房子的是我弟", "不对 租房的不是我们 是我妹"],
)
def test_the_renting_said_of_someone_else_corrects_renting(text: str) -> None:
    got = understand(text, {"city": "beijing", "renting": True}, None, TODAY)
    assert ("renting", False, "correction") in [(u.fact, u.value, u.kind) for u in got]


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("我们俩都是自由职业", None, None),
        ("she's a freelancer", None, None),
        ("她是自由职业", "birth_insurance", "flexible_employment"),
        ("老婆自由职业 自己交的医保", None, "flexible_employment"),
        ("她自由职业 按灵活就业交的社保", None, "flexible_employment"),
    ],
)
def test_freelance_work_is_the_flexible_scheme_only_when_insurance_is_talked_of(
    text: str, asked: str | None, expected: str | None
) -> None:
    got = understand(text, {"city": "beijing"}, asked, TODAY)
    assert next((u.value for u in got if u.fact == "birth_insurance"), None) == expected


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("俩人都没 都是自由职业", "housing_fund_contributors"),
        ("两个人都没有", "housing_fund_contributors"),
        ("俩都不交", "housing_fund_contributors"),
        ("我们俩都是自由职业 没公积金", None),
        ("两口子都没交公积金", None),
    ],
)
def test_the_two_of_us_neither_paying_is_no_payer(text: str, asked: str | None) -> None:
    """俩人都没: the two counted are the ones who do not pay."""
    assert ("housing_fund_contributors", None, 0) in facts(text, {"city": "jinan"}, asked)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("俺和孩他娘", 2),
        ("我跟孩子他爸", 2),
        ("我老公 我 还有我小姑子", 3),
        ("俺对象", 1),
        ("孩子他爹", 1),
    ],
)
def test_the_fund_payers_named_one_by_one(text: str, count: int) -> None:
    """To "who pays into the housing fund?": the people named are counted (孩他娘 is a parent)."""
    assert facts(text, {"city": "jinan"}, "housing_fund_contributors") == {
        ("housing_fund_contributors", None, count)
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("公积金交了快十年 老婆一天没交过", 1),
        ("公积金一直交着 老公没有", 1),
        ("公积金交了6个月 老公也交", 2),
        ("公积金没交过 老公交着", 1),
    ],
)
def test_the_fund_paid_with_no_one_named_beside_a_spouse_is_the_writers(
    text: str, count: int
) -> None:
    assert facts(text) == {("housing_fund_contributors", None, count)}


@pytest.mark.parametrize("text", ["就一个 孩子他爹", "一个 孩子妈", "就1个 娃他爸"])
def test_a_childs_parent_named_after_a_count_is_no_count_of_children(text: str) -> None:
    """To the housing-fund question, 一个 孩子他爹 is one payer, the children's father."""
    assert facts(text, {"city": "jinan"}, "housing_fund_contributors") == {
        ("housing_fund_contributors", None, 1)
    }


@pytest.mark.parametrize(
    ("text", "known", "fact", "value"),
    [
        ("我记糊涂了 户口还在老家", {"hukou_in_city": True}, "hukou_in_city", False),
        ("说岔了 房子是租的", {"renting": False}, "renting", True),
        ("俺数糊涂了 就俩孩子",
         {"children": [{"birth_date": "2016"}, {"birth_date": "2019"}, {"birth_date": "2022"}]},
         "child_count", 2),
    ],
)  # fmt: skip
def test_muddled_or_said_askew_is_a_correction(
    text: str, known: dict[str, object], fact: str, value: object
) -> None:
    """记糊涂了, 数糊涂了, 说岔了: the writer fixes what they said before."""
    got = understand(text, {"city": "jinan", **known}, None, TODAY)
    assert (fact, value, "correction") in [(u.fact, u.value, u.kind) for u in got]


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("都没有", "owns_home_in_city", False),
        ("也没有", "renting", False),
        ("从来没领过", "hardship_at_birth", False),
        ("都没有", "hardship_at_birth", False),
        ("都有", "hardship_at_birth", True),
    ],
)
def test_a_yes_or_no_after_all_also_or_never(text: str, asked: str, value: bool) -> None:
    """都没有, 也没有, 从来没领过: still the no (or yes) to the question asked."""
    got = understand(text, TWO_KIDS, asked, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [(asked, value, "confirmation")]


@pytest.mark.parametrize("text", ["是外地的", "都是外地户口"])
def test_shi_that_joins_the_words_is_no_yes(text: str) -> None:
    """Asked about a local hukou, 是外地的 says "(it) is non-local": no, not yes."""
    got = understand(text, {"city": "jinan"}, "hukou_in_city", TODAY)
    assert [(u.fact, u.value) for u in got] == [("hukou_in_city", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大有 老二没有",
         {("child.hardship_at_birth", 1, True), ("child.hardship_at_birth", 2, False)}),
        ("老二的时候领了 老大没领",
         {("child.hardship_at_birth", 2, True), ("child.hardship_at_birth", 1, False)}),
        ("老二是个闺女", set()),
    ],
)  # fmt: skip
def test_a_yes_or_no_for_each_birth_to_the_dibao_question(text: str, expected: set[tuple]) -> None:
    """Asked about dibao at the birth, 老大有 老二没有 answers birth by birth without the word."""
    assert facts(text, TWO_KIDS, "hardship_at_birth") == expected


@pytest.mark.parametrize(
    "text", ["失业金能领几个月", "低保怎么申请", "特困供养啥条件", "领失业金需要啥材料"]
)
def test_a_plain_question_about_a_benefit_states_nothing(text: str) -> None:
    assert understand(text, {"city": "jinan"}, None, TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "北京户口和外地户口有区别吗",
        "济南户口跟外地户口补贴不一样吗",
        "外地户口和本地户口哪个补贴多",
    ],
)
def test_kinds_of_hukou_compared_in_a_question_state_nothing(text: str) -> None:
    assert understand(text, {}, None, TODAY) == []


def test_the_familys_hukou_beside_a_comparison_is_still_read() -> None:
    assert facts("我们是济南户口 跟外地的有区别吗") == {
        ("city", None, "jinan"),
        ("hukou_in_city", None, True),
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [("失业金上个月刚领完", False), ("失业金已经到期了", False), ("失业金还没领完", True)],
)
def test_a_benefit_run_out_is_no_benefit_now(text: str, value: bool) -> None:
    assert facts(text) == {("hardship_now", None, value)}


@pytest.mark.parametrize(
    ("text", "city", "value"),
    [
        ("我们是京籍", "beijing", True),
        ("不是京户 是河北的", "beijing", False),
        ("俺们是京户 在济南上班", "jinan", False),
    ],
)
def test_beijing_hukou_in_two_characters(text: str, city: str, value: bool) -> None:
    """京户 / 京籍: a Beijing hukou, local in Beijing, not in Jinan."""
    assert ("hukou_in_city", None, value) in facts(text, {"city": city})


@pytest.mark.parametrize("text", ["想买 在看房", "准备明年买首套", "计划今年买", "正在看房子"])
def test_an_intention_to_buy_answers_the_first_home_question(text: str) -> None:
    """想买 / 准备 / 计划, like 打算: the yes to "are you buying a first home?"."""
    got = understand(text, {"city": "jinan"}, "buying_first_home", TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [("buying_first_home", True, "confirmation")]


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
