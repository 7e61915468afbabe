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


@pytest.mark.parametrize(
    "text", ["孩子快三岁了 还能领不 差一个月", "老大快六岁了 还差一个月", "宝宝快满月了 还差两周"]
)
def test_the_time_still_to_go_before_a_birthday_is_no_second_child(text: str) -> None:
    assert [k for k in said(text) if k[0] == "child.birth_date"] == [("child.birth_date", 1)]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "上个月才批下来的低保",
            {("hardship_now", None): True, ("hardship_at_birth", None): False},
        ),
        (  # the second born in the year it began: at that birth, not said
            "低保是去年才办的",
            {("hardship_now", None): True, ("child.hardship_at_birth", 1): False},
        ),
        (
            "低保是前年开始领的",
            {
                ("hardship_now", None): True,
                ("child.hardship_at_birth", 1): False,
                ("child.hardship_at_birth", 2): True,
            },
        ),
        ("低保领了两年多了", {("hardship_now", None): True}),
    ],
)
def test_benefits_got_at_a_time_told_are_held_now_and_at_the_births_after_it(
    text: str, expected: dict[tuple, object]
) -> None:
    known = {"children": [{"birth_date": "2020-05"}, {"birth_date": "2024-03"}]}
    assert said(text, "hardship_at_birth", known) == expected


def test_no_home_and_renting() -> None:
    assert said("没房 租房住") == {("owns_home_in_city", None): False, ("renting", None): True}


@pytest.mark.parametrize("text", ["有套小两居", "家里有套老房子", "去年买了套小三居"])
def test_a_flat_had_or_bought_by_its_kind_is_a_home_owned(text: str) -> None:
    assert said(text) == {("owns_home_in_city", None): True}


@pytest.mark.parametrize(
    ("text", "count"),
    [("外孙是双胞胎 刚满一岁 就这俩宝贝疙瘩", 2), ("两个宝贝 大的5岁 小的3岁", 2)],
)
def test_two_darlings_are_the_children_counted_not_the_second_child(text: str, count: int) -> None:
    got = said(text)
    assert got[("child_count", None)] == count
    assert sorted(k[1] for k in got if k[0] == "child.birth_date") == [1, 2]


@pytest.mark.parametrize(
    ("text", "count", "youngest"),
    [
        ("俺家仨 大的上初中 最小的才两个月", 3, 3),
        ("我家俩 小的刚满月", 2, 2),
        ("咱家三个 最小的半岁", 3, 3),
    ],
)
def test_our_family_and_a_number_is_the_count_of_children(
    text: str, count: int, youngest: int
) -> None:
    got = said(text)
    assert got[("child_count", None)] == count
    assert ("child.birth_date", youngest) in got
    assert said("我家3口人") == {}


@pytest.mark.parametrize(
    ("text", "known", "order", "value"),
    [
        ("不是上个月 外孙是去年十一月生的 我记成十二月了", ["2024-12"], 1, "2024-11"),
        ("孩子是去年十一月生的 我记成十二月了", ["2024-12"], 1, "2024-11"),
        ("老大是20年3月的 之前当成21年了", ["2021-03", "2024-01"], 1, "2020-03"),
    ],
)
def test_the_value_misremembered_is_no_fact(
    text: str, known: list[str], order: int, value: str
) -> None:
    household = {"children": [{"birth_date": d} for d in known]}
    got = updates(text, known=household)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.birth_date", order, value, "correction")
    ]


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


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("嗯 不是 俺们是河北的户口", "hukou_in_city", False),
        ("嗯 不是", "hukou_in_city", False),
        ("哦 没租 住自己家的", "renting", False),
        ("um no, our hukou is in hebei", "hukou_in_city", False),
        ("没错", "hukou_in_city", True),
        ("嗯 没错 户口在济南", "hukou_in_city", True),
    ],
)
def test_a_no_after_a_filler_is_a_no_and_no_mistake_is_a_yes(
    text: str, asked: str, value: bool
) -> None:
    got = updates(text, asked=asked, known={"city": "jinan"})
    assert [(u.fact, u.value, u.kind) for u in got if u.fact == asked] == [
        (asked, value, "confirmation")
    ]


@pytest.mark.parametrize(
    ("text", "asked", "value"),
    [
        ("算是吧 跟朋友合租的", "renting", True),
        ("应该算吧", "renting", True),
        ("差不多吧 跟亲戚租的", "renting", True),
        ("当然 户口就在济南", "hukou_in_city", True),
        ("肯定没有", "owns_home_in_city", False),
        ("当然不是 外地的", "hukou_in_city", False),
    ],
)
def test_a_loose_yes_or_a_sure_no_answers_the_question(text: str, asked: str, value: bool) -> None:
    """算是吧, 应该算吧, 差不多吧, 当然: a yes, however hedged; 肯定没有, 当然不是: a no."""
    got = updates(text, asked=asked, known={"city": "jinan"})
    assert [(u.fact, u.value, u.kind) for u in got if u.fact == asked] == [
        (asked, value, "confirmation")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("刚才打错了 俩人都交 不是一个", 2),
        ("不对 都没交 他那个单位去年就停了", 0),
        ("记错了 两个人都交", 2),
        ("说错了 两口子都没交", 0),
    ],
)
def test_the_fund_payers_corrected_without_naming_the_fund(text: str, value: int) -> None:
    """The payers known, 俩人都交 / 都没交 after 打错了 is their number, 公积金 not said again."""
    known = {"city": "beijing", "housing_fund_contributors": 1}
    got = updates(text, known=known)
    assert [(u.fact, u.value, u.kind) for u in got] == [
        ("housing_fund_contributors", value, "correction")
    ]
    assert updates("不对 社保都交了", known=known) == []


def test_children_counted_inside_an_if_of_a_birth_are_no_count() -> None:
    """如果明年生个双胞胎 俩孩子都能领吗: the two are the twins imagined, not the family."""
    known = {"city": "jinan", "children": [{"birth_date": "2021-12"}]}
    assert said("如果明年生个双胞胎 俩孩子都能领吗", known=known) == {
        ("child.due_date", 2): "2026",
        ("child.due_date", 3): "2026",
    }
    assert ("child_count", None) not in said("要是再生一个 两个孩子能领多少", known=known)
    assert (
        said("如果户口迁过来 我们两个孩子都能领吗", known={"city": "jinan"})[("child_count", None)]
        == 2
    )


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("上个月查出来怀上了 医生说预产期明年六月", [], {("child.due_date", 1): "2026-06"}),
        ("上周刚测出来怀孕了 预产期明年八月", [], {("child.due_date", 1): "2026-08"}),
        ("两周前查出来怀孕了", [], {("child.due_date", 1): None}),
        ("怀了二胎 上个月刚查出来", [{"birth_date": "2021-03"}], {("child.due_date", 2): None}),
    ],
)
def test_the_day_a_pregnancy_was_found_is_no_birth(
    text: str, known: list[dict[str, str]], expected: dict[tuple[str, int], object]
) -> None:
    assert said(text, known={"children": known}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "老大那会儿领着 二宝生的时候就不领了",
        "老大那会儿领着 二宝出生时已经不领了",
        "大宝那时候吃着 二宝那会儿已经不吃了",
    ],
)
def test_no_longer_on_it_at_the_next_birth(text: str) -> None:
    """Asked about dibao at the births: 不领了 / 已经不吃了 at the second is a no for it."""
    got = said(text, "hardship_at_birth", TWO_KIDS)
    assert got == {("child.hardship_at_birth", 1): True, ("child.hardship_at_birth", 2): False}


@pytest.mark.parametrize(
    ("text", "cm"),
    [
        ("孩子一米二八了 还差两公分到1米3", 128.0),
        ("孩子一米二八了 差两公分就1米3了", 128.0),
        ("老大一米二五 离1米3还差五公分", 125.0),
        ("孩子身高125 再长5公分就到130了", 125.0),
        ("孩子差不多1米3", 130.0),
    ],
)
def test_a_height_still_to_reach_is_no_height(text: str, cm: float) -> None:
    """还差两公分到1米3, 离1米3还差: the mark aimed at; 差不多1米3 is a height."""
    assert said(text) == {("child.height_cm", 1): cm}


@pytest.mark.parametrize(
    "text",
    ["三个 老大上初中了 俩小的是双胞胎 半岁", "三个孩子 老大上小学 小的俩是双胞胎 半岁"],
)
def test_the_two_of_liang_xiao_de_is_no_age_after_the_count(text: str) -> None:
    """Asked the children: 三个 … 俩小的是双胞胎 半岁: the twins are 2 and 3, the 俩 no age."""
    assert said(text, "children", {"city": "beijing"}) == {
        ("child_count", None): 3,
        ("child.birth_date", 2): "2024-12",
        ("child.birth_date", 3): "2024-12",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公积金贷款买首套最多能贷多少", {}),
        ("买第一套房契税怎么算", {}),
        ("买首套有补贴吗", {}),
        ("我们买首套 能贷多少", {("buying_first_home", None): True}),
        ("如果买首套房 公积金能多贷多少", {("buying_first_home", None): True}),
    ],
)
def test_buying_a_first_home_asked_about_is_no_plan(
    text: str, expected: dict[tuple[str, None], object]
) -> None:
    """买首套能贷多少, with no one of the family named: a rule asked about."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("小闺女上周一生的 哥哥姐姐都抢着抱", "2025-05-19"),
        ("老小刚满月 哥哥姐姐都上学了", "2025-05"),
    ],
)
def test_the_youngest_born_years_after_the_known_children_is_a_new_one(
    text: str, born: str
) -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2017-06"}, {"birth_date": "2020-06"}]}
    assert said(text, known=known) == {("child.birth_date", 3): born}


@pytest.mark.parametrize(
    "text",
    ["失业金还能领三个月 领完就没了", "失业金还有俩月 到期就停了", "失业金还能领半年 过了年就没了"],
)
def test_a_benefit_that_ends_later_is_still_held_now(text: str) -> None:
    assert said(text, known={"city": "beijing", "children": [{"birth_date": "2024-06"}]}) == {
        ("hardship_now", None): True
    }


def test_the_due_date_corrected_is_both_twins() -> None:
    """The twins known to be on the way: 预产期是一月 corrects the due date of both."""
    known = {
        "children": [{"birth_date": "2022-02"}, {"due_date": "2025-12"}, {"due_date": "2025-12"}]
    }
    got = updates("说错了 预产期是一月 不是十二月", known=known)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.due_date", 2, "2026-01", "correction"),
        ("child.due_date", 3, "2026-01", "correction"),
    ]


@pytest.mark.parametrize(
    "text",
    ["两岁的孩子能领吗 还是只有刚生的才给", "三个月以下的宝宝有没有补贴", "一岁半的宝宝有补贴吗"],
)
def test_a_child_of_an_age_asked_about_is_no_one_of_the_family(text: str) -> None:
    """两岁的孩子能领吗: like 不到1米3的孩子免费吗, a rule asked about."""
    assert said(text) == {}
    assert said("我家两岁的孩子能领吗") == {("child.birth_date", 1): "2022-12"}


@pytest.mark.parametrize(
    ("text", "order", "cm"),
    [("老二量错了 不是一米零五 是九十五 我看成了", 2, 95.0), ("不对 老大不是1米2 是118", 1, 118.0)],
)
def test_a_height_said_wrong_then_the_right_one_bare(text: str, order: int, cm: float) -> None:
    known = {
        "children": [
            {"birth_date": "2019-01", "height_cm": 120},
            {"birth_date": "2023-06", "height_cm": 105},
        ]
    }
    got = updates(text, known=known)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.height_cm", order, cm, "correction")
    ]


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
    ("text", "expected"),
    [
        ("老大五岁 前天生了老二", {1: "2019-12", 2: "2025-05-30"}),
        ("老大五岁 前年生了老二", {1: "2019-12", 2: "2023"}),
        ("大的三岁 前几天刚生了二宝", {1: "2021-12", 2: "2025-06"}),
    ],
)
def test_an_age_before_a_day_said_with_qian_is_still_an_age(
    text: str, expected: dict[int, str]
) -> None:
    """五岁 前天…: 前 opens the next date (前天, 前年, 前几天), it is no "before the age of five"."""
    got = said(text)
    assert {n: got[("child.birth_date", n)] for n in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "我们家三个孩子 分别是10岁 7岁 和今年3月生的",
        "三个孩子 分别是10岁、7岁、今年3月生的",
        "三个娃 10岁 7岁 还有个今年3月生的",
    ],
)
def test_a_date_listed_after_ages_is_the_next_child(text: str) -> None:
    got = said(text)
    assert [got[("child.birth_date", i)] for i in (1, 2, 3)] == ["2014-12", "2017-12", "2025-03"]
    assert said("孩子3岁了 是22年5月生的") == {("child.birth_date", 1): "2022-05"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("育儿补贴是不是孩子满3岁就停了", {}),
        ("孩子满三岁以后还给吗", {}),
        ("是不是3岁起就不发了", {}),
        ("我家孩子2岁了 满3岁就不能领了吧", {("child.birth_date", 1): "2022-12"}),
    ],
)
def test_an_age_something_happens_at_is_no_childs_age(
    text: str, expected: dict[tuple, object]
) -> None:
    assert said(text) == expected


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
        ("双胞胎女儿两岁了 上面还有个哥哥上小学", {},  # the elder beside the twins: three (README)
         {("child_count", None, 3), ("child.birth_date", 2, "2022-12"),
          ("child.birth_date", 3, "2022-12")}),
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


TWO_KNOWN = {"children": [{"birth_date": "2019-02"}, {"birth_date": "2022-07"}]}


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("the middle child is 5",
         {"children": [{"birth_date": 2016}, {"birth_date": 2020}, {"birth_date": 2023}]},
         {("child.birth_date", 2, "2019-12")}),
        ("the big one is 7, the small one 3", {},
         {("child.birth_date", 1, "2017-12"), ("child.birth_date", 2, "2021-12")}),
        ("kid #2 was born in 2021", {}, {("child.birth_date", 2, "2021")}),
        ("3rd baby came last sunday!! so 3 kids now", TWO_KNOWN,
         {("child_count", None, 3), ("child.birth_date", 3, "2025-05-25")}),
        ("3rd one arrived yesterday", TWO_KNOWN, {("child.birth_date", 3, "2025-05-31")}),
        ("2nd child due in october", {}, {("child.due_date", 2, "2025-10")}),
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
        # never held: not now and at no birth (t46e; it read now only)
        ("从来没领过低保", {("hardship_now", None, False), ("hardship_at_birth", None, False)}),
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
    "text",
    [
        "我家俩孩子了 万一再要个老三 我现在领着低保 能多给点不",
        "要是再生一个 我们现在吃着低保 补贴多吗",
        "如果明年再生一个 俺现在是失业 领着失业金 能多给吗",
    ],
)
def test_the_present_told_after_an_if_is_told(text: str) -> None:
    """万一再要个老三 puts the next child hypothetically; 我现在领着低保 after it is the family's
    present, told (如果现在领着低保的话 stays asked)."""
    got = understand(text, TWO_KIDS, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got if u.fact == "hardship_now"] == [
        ("hardship_now", True, "statement")
    ]
    assert {u.kind for u in got if u.fact == "child.due_date"} == {"question"}


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
    ("text", "known", "kind"),
    [
        ("现在就闺女交", None, "statement"),
        ("就女婿有公积金 闺女没有", None, "statement"),
        ("刚才说两个人不对 女婿公积金断了 现在就儿子交", 2, "correction"),
    ],
)
def test_only_one_family_member_named_paying_is_one_payer(
    text: str, known: int | None, kind: str
) -> None:
    household: dict[str, object] = {"city": "jinan", "housing_fund_contributors": known}
    got = updates(text, known=household, asked="housing_fund_contributors")
    assert [(u.fact, u.value, u.kind) for u in got] == [("housing_fund_contributors", 1, kind)]


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
    ("text", "asked"),
    [
        ("就孩子他爸 我那单位不给交", "housing_fund_contributors"),
        ("就俺对象 我没有", "housing_fund_contributors"),
        ("公积金就孩子他娘交 我没有", None),
    ],
)
def test_only_one_person_named_with_jiu_is_one_payer(text: str, asked: str | None) -> None:
    """就孩子他爸: only he pays; the writer's own 不给交 after it is the one who does not."""
    assert facts(text, {"city": "jinan"}, asked) == {("housing_fund_contributors", None, 1)}


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
        ("老二生的时候在领 老大那会儿没有",
         {("child.hardship_at_birth", 2, True), ("child.hardship_at_birth", 1, False)}),
        ("老大那会儿没有 老二出生时还在领",
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True)}),
        ("生老二的时候正在吃 老大没有",
         {("child.hardship_at_birth", 2, True), ("child.hardship_at_birth", 1, False)}),
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
    ["特困户生孩子有没有额外的钱", "低保户生孩子是不是多给点", "领失业金的人生孩子给不给补贴"],
)
def test_a_kind_of_family_asked_about_as_a_not_a_states_nothing(text: str) -> None:
    assert understand(text, {"city": "jinan"}, None, TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("如果老大出生的时候家里是低保 现在补申请还算不算", {("child.hardship_at_birth", 1, True)}),
        ("老大出生那会儿领着低保 现在能不能补", {("child.hardship_at_birth", 1, True)}),
        ("我们是低保户 生孩子有没有额外的钱", {("hardship_now", None, True)}),
    ],
)  # fmt: skip
def test_a_question_put_as_a_not_a_is_no_no(text: str, expected: set[tuple]) -> None:
    """还算不算, 能不能, 有没有 ask; their 不 and 没 deny nothing."""
    assert facts(text, TWO_KIDS) == expected


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
    "text",
    [
        "孩子生下来那时候俺家没低保 今年才评上的 现在每月六百多",
        "生娃那会儿没吃低保 去年才办下来",
        "孩子出生时没有低保 后来评上了",
    ],
)
def test_a_benefit_granted_after_the_birth_is_a_benefit_now(text: str) -> None:
    """评上, 办下来: the benefit granted since, held now; not at the birth."""
    assert facts(text) == {("hardship_now", None, True), ("hardship_at_birth", None, False)}


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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("啥也没有 那时候没工作也没交居民的", "none"),
        ("没交居民医保", "none"),
        ("没有 居民的也没上", "none"),
        ("生育险没交 交的居民医保", "resident_medical"),
    ],
)
def test_a_kind_of_insurance_not_paid_is_no_insurance(text: str, value: str) -> None:
    """没交居民的, 居民的也没上: the kind named only to say it was not paid."""
    got = understand(text, {"city": "jinan"}, "birth_insurance", date(2025, 6, 1))
    assert [(u.fact, u.value) for u in got] == [("birth_insurance", value)]


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
    ("text", "held"),
    [
        ("hi. jinan, non local hukou. 1 son 3 years old", False),
        ("we live in beijing, non-local hukou", False),
        ("beijing, non beijing hukou", False),
        ("my wife's hukou and mine both jinan since we moved it in 2024", True),
        ("my hukou and my husband's both beijing", True),
    ],
)
def test_a_non_local_hukou_and_a_hukou_whose_city_comes_after(text: str, held: bool) -> None:
    """'non local' / 'non-beijing' hukou is not the city's; 'my wife's hukou and mine both jinan'
    names the hukou's city in the clause after the word."""
    assert said(text)[("hukou_in_city", None)] is held


def test_a_hukou_said_not_to_be_the_city_in_the_clause_after_is_no_local_one() -> None:
    got = said("we live in beijing, my hukou and my wife's are not beijing")
    assert got.get(("hukou_in_city", None)) is not True


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


TWO_CHILDREN = {"city": "jinan", "children": [{"birth_date": "2023-01"}, {"birth_date": "2025-03"}]}


@pytest.mark.parametrize("text", ["说错了 是前年十月生的", "sorry, she was born in oct 2023"])
def test_a_correction_naming_no_child_is_of_the_child_under_discussion(text: str) -> None:
    """The talk is of 老二 (told of or asked about last): the date is 老二's, though 2023-10 is
    nearer the eldest's."""
    got = understand(text, TWO_CHILDREN, None, TODAY, about=2)
    assert [(u.fact, u.child, u.value, u.kind, u.guessed) for u in got] == [
        ("child.birth_date", 2, "2023-10", "correction", False)
    ]


@pytest.mark.parametrize("text", ["说错了 是前年十月生的", "sorry, she was born in oct 2023"])
def test_a_correction_naming_no_child_of_several_is_only_a_guess(text: str) -> None:
    """No child under discussion: the order is the nearest date's guess, marked so it is asked."""
    (got,) = understand(text, TWO_CHILDREN, None, TODAY)
    assert got.guessed and got.kind == "correction"


def test_a_correction_naming_the_child_is_no_guess() -> None:
    (got,) = understand("说错了 老大是前年十月生的", TWO_CHILDREN, None, TODAY, about=2)
    assert (got.child, got.value, got.guessed) == (1, "2023-10", False)


@pytest.mark.parametrize(
    "text",
    [
        "不好意思说错了 她是老二 老大是2020年的儿子",
        "sorry, she's our second, the eldest is a boy born 2020",
    ],
)
def test_she_is_the_second_moves_the_child_told_of(text: str) -> None:
    """The one child known (January 2025) is the second; the eldest, told of now, is 2020."""
    got = understand(text, {"city": "jinan", "children": [{"birth_date": "2025-01"}]}, None, TODAY)
    assert {(u.fact, u.child, u.value, u.kind) for u in got} == {
        ("child.birth_date", 1, "2020", "correction"),
        ("child.birth_date", 2, "2025-01", "correction"),
    }


@pytest.mark.parametrize("text", ["说错了 她是老二", "sorry, she's our second"])
def test_she_is_the_second_leaves_the_eldests_date_to_ask(text: str) -> None:
    got = understand(text, {"city": "jinan", "children": [{"birth_date": "2025-01"}]}, None, TODAY)
    assert {(u.fact, u.child, u.value) for u in got} == {
        ("child.birth_date", 2, "2025-01"),
        ("child.birth_date", 1, None),
    }


@pytest.mark.parametrize(
    "text", ["sorry, the baby was born in 2024 not 2022 - September 2024", "不是22年 是24年9月生的"]
)
def test_the_date_said_wrong_names_the_child_corrected(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019"}, {"birth_date": "2022-09"}]}
    (got,) = understand(text, known, None, TODAY)
    assert (got.child, got.value, got.kind, got.guessed) == (2, "2024-09", "correction", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my lil one is 2 and a half, older one 7", {("child.birth_date", 1): "2017-12",
                                                     ("child.birth_date", 2): "2022-12"}),
        ("we were on dibao when our 1st was born n we still are",
         {("child.hardship_at_birth", 1): True, ("hardship_now", None): True}),
        ("just my hubby", {("housing_fund_contributors", None): 1}),
        ("my daughter in law had a baby 3 days ago", {("child.birth_date", 1): "2025-05-29"}),
    ],
)  # fmt: skip
def test_english_typed_on_a_phone(text: str, expected: dict[tuple, object]) -> None:
    """lil, n, hubby, thru, b4: the words they stand for; a daughter-in-law is no child."""
    asked = "housing_fund_contributors" if "hubby" in text else None
    assert said(text, asked) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my daughter-in-law gave birth last wed", "2025-05-21"),
        ("he arrived monday last week", "2025-05-19"),
        ("she was born last week on thurs", "2025-05-22"),
        ("our boy was born on saturday", "2025-05-31"),
    ],
)
def test_weekdays_whole_or_short_before_or_after_last_week(text: str, expected: str) -> None:
    """TODAY is Sunday 1 June 2025: "last wed" is the Wednesday of the week before; a weekday
    said of a birth without "last" is the latest one."""
    assert said(text) == {("child.birth_date", 1): expected}


THREE_WITH_TWINS = {
    "city": "beijing",
    "children": [{"birth_date": "2017-03"}, {"birth_date": "2024-05"}, {"birth_date": "2024-05"}],
}


@pytest.mark.parametrize(
    ("text", "known", "asked", "expected"),
    [
        ("been getting shiyejin for 4 months now", {}, None, {("hardship_now", None, True)}),
        ("we were on tekun support when she was born", {}, None,
         {("hardship_at_birth", None, True)}),
        ("no dibao or anything when any of our kids were born", {}, None,
         {("hardship_at_birth", None, False)}),
        ("we were on dibao back when she was born, since last year we're off it", {}, None,
         {("hardship_at_birth", None, True), ("hardship_now", None, False)}),
        ("my son lost his job b4 the baby was born so they got unemployment money then", {},
         None, {("hardship_at_birth", None, True)}),
        ("only when the twins came, not the eldest", THREE_WITH_TWINS, "hardship_at_birth",
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True),
          ("child.hardship_at_birth", 3, True)}),
        ("dibao at the twins birth yes, at our eldests no", THREE_WITH_TWINS, None,
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True),
          ("child.hardship_at_birth", 3, True)}),
        ("we were on dibao only for the last 2 births, not the first", THREE_WITH_TWINS, None,
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True),
          ("child.hardship_at_birth", 3, True)}),
        ("the first one yes, the baby no",
         {"children": [{"birth_date": "2016-02"}, {"birth_date": "2025-04"}]},
         "hardship_at_birth",
         {("child.hardship_at_birth", 1, True), ("child.hardship_at_birth", 2, False)}),
    ],
)  # fmt: skip
def test_english_benefits_at_each_birth_in_answers_and_pinyin(
    text: str, known: dict[str, object], asked: str | None, expected: set[tuple]
) -> None:
    """shiyejin / tekun in pinyin; 'when any of our kids were born', 'before the baby was born'
    are the births; the births named with a yes or a no (the twins, the last two, the baby:
    the youngest of several); "we're off it" is off the benefit now."""
    assert facts(text, known, asked) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the new one yes, we were getting 失业金 then. the old one no, we were fine", (False, True)),
        ("the new baby yes, the old one no", (False, True)),
        ("our new one no, the first one yes (dibao)", (True, False)),
    ],
)  # fmt: skip
def test_the_new_one_and_the_old_one_are_the_youngest_and_the_eldest_birth(
    text: str, expected: tuple[bool, bool]
) -> None:
    known = {"children": [{"birth_date": "2020-08"}, {"birth_date": "2025-04"}]}
    assert facts(text, known, "hardship_at_birth") == {
        ("child.hardship_at_birth", 1, expected[0]),
        ("child.hardship_at_birth", 2, expected[1]),
    }


@pytest.mark.parametrize(
    "text",
    [
        "dibao when the baby was born, nowadays no",
        "we were on dibao when she was born, now we're fine, both working",
        "had unemployment money for the birth but now ok",
    ],
)
def test_nowadays_and_now_ok_both_working_are_off_the_benefits_now(text: str) -> None:
    known = {"children": [{"birth_date": "2024-04"}]}
    assert facts(text, known, None) == {
        ("hardship_at_birth", None, True),
        ("hardship_now", None, False),
    }


def test_going_on_benefits_before_the_baby_comes_is_a_question_about_the_birth() -> None:
    got = understand(
        "if i go on unemployment benefit before the baby comes would that count?",
        {"city": "jinan", "children": [{"due_date": "2025-09"}]},
        None,
        TODAY,
    )
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("hardship_at_birth", None, True, "question")
    ]


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("she had the resident one, chengxiang jumin yibao", "birth_insurance",
         "resident_medical"),
        ("mama had employee shengyu baoxian thru her job", "birth_insurance",
         "employee_maternity"),
        ("the employee one", "birth_insurance", "employee_maternity"),
        ("sorry i meant she had the resident one, 居民医保, not flexible", None,
         "resident_medical"),
        ("no, not the employee insurance, the resident kind", None, "resident_medical"),
        ("she didn't have maternity insurance, she had the resident one", None,
         "resident_medical"),
        ("we don't have the employee insurance", None, "none"),
    ],
)  # fmt: skip
def test_english_insurance_by_its_kind_in_pinyin_or_beside_the_kind_it_is_not(
    text: str, asked: str | None, expected: str
) -> None:
    """'the resident one', shengyu baoxian, jumin yibao: the kind; a kind named with 'not' beside
    another named without it is the other one; a kind denied alone is none."""
    assert said(text, asked)[("birth_insurance", None)] == expected


def test_through_his_work_said_of_the_housing_fund_is_no_insurance() -> None:
    assert said("just my hubby, through his work", "housing_fund_contributors") == {
        ("housing_fund_contributors", None): 1
    }


@pytest.mark.parametrize(
    ("text", "asked", "count"),
    [
        ("identical boys born 2023.11.5 and a little sister from jan this year, 3 in total",
         None, 3),
        ("all three of ours were born while we were on 特困 support", None, 3),
        ("both kids was born while i was on shiyejin", None, 2),
        ("both of our children were born here", None, 2),
        ("we got 2, a 6yo and a baby", "children", 2),
        ("altogether 4, all boys", None, 4),
    ],
)  # fmt: skip
def test_english_counts_of_children_in_more_words(text: str, asked: str | None, count: int) -> None:
    """'3 in total', 'all three of ours', 'both kids', 'we got 2'."""
    assert said(text, asked)[("child_count", None)] == count


def test_twins_born_before_a_child_counted_with_them_come_first() -> None:
    got = said("identical boys born 2023.11.5 and a little sister from jan this year, 3 in total")
    assert [got[("child.birth_date", n)] for n in (1, 2, 3)] == [
        "2023-11-05",
        "2023-11-05",
        "2025-01",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my granddaughter is two and a bit", "2022-12"),
        ("she's 3ish", "2021-12"),
        ("he is just over 2", "2022-12"),
        ("a baby of half a year", "2024-12"),
        ("she's half a year old", "2024-12"),
        ("my baby is seven weeks today", "2025-04-13"),
        ("our son is 4 months old today", "2025-02"),
        ("my grandson turned four last week", "2021-06"),
        ("he just turned 3 yesterday", "2022-06"),
    ],
)
def test_english_ages_a_bit_over_half_a_year_and_today(text: str, expected: str) -> None:
    """'two and a bit' / '3ish' as N岁多 (N years 6 months), half a year = 6 months; 'today' or
    'last week' beside an age is when the age is said or the birthday was, not a birth date."""
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("we dont have a flat of our own in jinan, renting from a colleague", {},
         {("city", None, "jinan"), ("owns_home_in_city", None, False), ("renting", None, True)}),
        ("we haven't got our own place here", {}, {("owns_home_in_city", None, False)}),
        ("the apartment belongs to my in-laws", {}, {("owns_home_in_city", None, False)}),
        ("ugh correction: we DO rent, the flat is my uncle's not ours",
         {"owns_home_in_city": True, "renting": False},
         {("owns_home_in_city", None, False), ("renting", None, True)}),
    ],
)  # fmt: skip
def test_english_no_home_of_our_own_in_more_words(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    """'don't have a flat of our own', 'haven't got our own place', 'the flat is my uncle's not
    ours', 'belongs to my in-laws': no home of the family's own."""
    assert facts(text, known) == expected


@pytest.mark.parametrize("text", ["planning to, maybe next year", "hoping to", "gonna, yes"])
def test_an_intention_said_to_the_first_home_question_is_a_yes(text: str) -> None:
    got = updates(text, asked="buying_first_home", known={"owns_home_in_city": False})
    assert [(u.fact, u.value, u.kind) for u in got] == [("buying_first_home", True, "confirmation")]


@pytest.mark.parametrize(
    "text",
    [
        "is the extra 200 for dibao families on top of the 600?",
        "is it 100% reimbursement with the employee maternity insurance?",
        "does the rent withdrawal from gongjijin need 2 kids?",
        "do renters with 3 kids get more?",
    ],
)
def test_an_english_question_about_a_measure_tells_nothing_of_the_family(text: str) -> None:
    assert said(text) == {}


def test_facts_said_before_a_question_about_a_measure_are_read() -> None:
    assert said("we rent and we are on dibao. does the rent withdrawal need 2 kids?") == {
        ("renting", None): True,
        ("hardship_now", None): True,
    }


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("been paying gongjijin 6 yrs, wife too", None, {}, (2, "statement")),
        ("i pay into the housing fund and my wife does as well", None, {}, (2, "statement")),
        ("if my husband starts paying gongjijin too would we get more loan?", None,
         {"housing_fund_contributors": 1}, (2, "question")),
        ("wife yes me no, i drive didi", "housing_fund_contributors", {}, (1, "statement")),
        ("me yes, husband yes", "housing_fund_contributors", {}, (2, "statement")),
    ],
)  # fmt: skip
def test_english_fund_payers_said_with_too_or_a_yes_and_no_each(
    text: str, asked: str | None, known: dict[str, object], expected: tuple[int, str]
) -> None:
    """'wife too' is one more than whoever else pays (at least two); 'wife yes me no' counts the
    yeses."""
    got = [u for u in updates(text, asked=asked, known=known)]
    assert [(u.value, u.kind) for u in got if u.fact == "housing_fund_contributors"] == [expected]


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("oops he's 125 not 115", None,
         {"children": [{"birth_date": "2019-05", "height_cm": 115}]}, {(1, 125, "correction")}),
        ("sorry typo, she's 1.15 not 1.51", None,
         {"children": [{"birth_date": "2020-03", "height_cm": 151}]}, {(1, 115, "correction")}),
        ("he's 98 not 89", None,
         {"children": [{"birth_date": "2023-01", "height_cm": 89}]}, {(1, 98, "correction")}),
        ("he is one twenty exactly, nurse measured him at school", None, {},
         {(1, 120, "statement")}),
        ("she's a metre thirty-five", None, {}, {(1, 135, "statement")}),
        ("my son is 132, does he need a ticket?", None, {}, {(1, 132, "statement")}),
        ("eldest 1.36, younger one 1m05 ish", "children.height_cm",
         {"children": [{"birth_date": "2018-09"}, {"birth_date": "2021-12"}]},
         {(1, 136, "statement"), (2, 105, "statement")}),
    ],
)  # fmt: skip
def test_english_heights_said_bare_aloud_or_corrected(
    text: str, asked: str | None, known: dict[str, object], expected: set[tuple]
) -> None:
    """'he's 125' (no child is 125 years old), 'she's 1.15', 'one twenty' said aloud, 'eldest
    1.36': heights; 'N not M' corrects the height known as M."""
    got = updates(text, asked=asked, known=known)
    assert {(u.child, u.value, u.kind) for u in got} == expected
    assert all(u.fact == "child.height_cm" for u in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our son was born on jan 3rd this year", "2025-01-03"),
        ("born march 5 last year", "2024-03-05"),
        ("she was born the 3rd of jan this year", "2025-01-03"),
    ],
)
def test_an_english_month_and_day_with_this_or_last_year(text: str, expected: str) -> None:
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("wait i said beijing hukou, no, our hukou is still in tianjin",
         {"city": "beijing", "hukou_in_city": True}, [("hukou_in_city", False, "correction")]),
        ("sorry i put resident insurance, it was the employee one",
         {"city": "beijing", "birth_insurance": "resident_medical"},
         [("birth_insurance", "employee_maternity", "correction")]),
    ],
)  # fmt: skip
def test_what_i_said_before_in_a_correction_is_the_slip_not_the_fact(
    text: str, known: dict[str, object], expected: list[tuple]
) -> None:
    assert [(u.fact, u.value, u.kind) for u in updates(text, known=known)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single child beside a multiple birth, in either order, states the count (README)
        ("a pair of boys born last tuesday plus our daughter she is 4",
         {("child_count", None): 3, ("child.birth_date", 1): "2020-12",
          ("child.birth_date", 2): "2025-05-20", ("child.birth_date", 3): "2025-05-20"}),
        ("daughter's carrying twins, due may, my grandson (her boy) is 6",
         {("child.birth_date", 1): "2018-12", ("child.due_date", 2): "2026-05",
          ("child.due_date", 3): "2026-05"}),
        ("4 kids = 2 pairs of twins lol, big pair 9, small pair 2",
         {("child_count", None): 4, ("child.birth_date", 1): "2015-12",
          ("child.birth_date", 2): "2015-12", ("child.birth_date", 3): "2022-12",
          ("child.birth_date", 4): "2022-12"}),
        ("two sets of twins, the older pair is 6 and the younger pair 1",
         {("child_count", None): 4, ("child.birth_date", 1): "2018-12",
          ("child.birth_date", 2): "2018-12", ("child.birth_date", 3): "2023-12",
          ("child.birth_date", 4): "2023-12"}),
    ],
)  # fmt: skip
def test_english_twins_as_pairs_carried_or_beside_a_sibling(
    text: str, expected: dict[tuple, object]
) -> None:
    """'a pair of boys', 'the big/small pair' are twins ('2 pairs of twins' only counts them);
    'carrying twins' is a pregnancy; 'plus our daughter' is another child."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "asked", "count"),
    [
        ("the two of us", "housing_fund_contributors", 2),
        ("me and my husband pay into gongjijin", None, 2),
        ("me and my husband don't pay gongjijin", None, 0),
        ("we don't have gongjijin", None, 0),
        ("no gongjijin for either of us", None, 0),
    ],
)
def test_english_fund_payers_as_a_couple_or_none_with_gongjijin(
    text: str, asked: str | None, count: int
) -> None:
    assert said(text, asked) == {("housing_fund_contributors", None): count}


@pytest.mark.parametrize(
    ("text", "asked", "count"),
    [
        ("me n my wife yes. grandma no she retired", "housing_fund_contributors", 2),
        ("my husband and i yes, my mother in law no", "housing_fund_contributors", 2),
        ("gongjijin: husband yes, me no, father in law yes", None, 2),
        ("my wife and I pay no gongjijin. she has 灵活就业 insurance", None, 0),
        ("we're both jinan hukou. no gongjijin for either of us", None, 0),
    ],
)
def test_english_fund_payers_answered_one_by_one_or_denied_together(
    text: str, asked: str | None, count: int
) -> None:
    """A couple answering yes together is two payers, an in-law with spaces is one more; insurance
    someone has is not the fund, and 'not for either of us' is none whatever else says both."""
    assert said(text, asked)[("housing_fund_contributors", None)] == count


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("we're renting for now but want to buy next year", None,
         {("renting", None): True, ("buying_first_home", None): True}),
        ("hoping to buy when the baby is born", None, {("buying_first_home", None): True}),
        ("we already own one", "buying_first_home", {("owns_home_in_city", None): True}),
        ("we want to buy a car", None, {}),
    ],
)  # fmt: skip
def test_english_wanting_to_buy_and_owning_one_already(
    text: str, asked: str | None, expected: dict[tuple, object]
) -> None:
    assert said(text, asked) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("what if we have a third next year?",
         {"children": [{"birth_date": "2018-01"}, {"birth_date": "2021-05"}]},
         [("child.due_date", 3, "2026", "question")]),
        ("what if we have a second in 2026?", {"children": [{"birth_date": "2021-05"}]},
         [("child.due_date", 2, "2026", "question")]),
        ("can i get it if i'm on dibao?", {}, [("hardship_now", None, True, "question")]),
        ("in case we move to beijing, what changes?", {"city": "jinan"},
         [("city", None, "beijing", "question")]),
        ("we have a third of the money saved", {}, []),
    ],
)  # fmt: skip
def test_english_hypotheticals_a_third_next_year_and_benefits_if(
    text: str, known: dict[str, object], expected: list[tuple]
) -> None:
    """'have a third' names the third child (not 'a third of'); 'if i'm on dibao' and 'in case'
    put facts hypothetically."""
    assert [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my son is 5 and my daughter 2", {1: "2019-12", 2: "2022-12"}),
        ("boy 7, girl 3", {1: "2017-12", 2: "2021-12"}),
        ("eldest son 12, youngest daughter 18 months", {1: "2012-12", 2: "2023-12"}),
        ("he turns 2 next week", {1: "2023-07"}),
        ("she was born a month ago", {1: "2025-05"}),
        ("born a couple of weeks ago", {1: "2025-05-18"}),
        ("she was born on new year's eve", {1: "2024-12-31"}),
    ],
)
def test_english_ages_after_a_child_word_and_more_birth_days(
    text: str, expected: dict[int, str]
) -> None:
    """'my daughter 2', 'boy 7', 'eldest son 12': the age after the child named, with no verb;
    'turns 2 next week' as almost 2; 'a month ago', 'a couple of weeks ago'; new year's eve."""
    assert said(text) == {("child.birth_date", n): v for n, v in expected.items()}


TWO_CHILDREN_2 = {"children": [{"birth_date": "2020-05"}, {"birth_date": "2024-05"}]}


@pytest.mark.parametrize(
    ("text", "known", "asked", "expected"),
    [
        ("only for the second", TWO_CHILDREN_2, "hardship_at_birth",
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True)}),
        ("only the youngest", TWO_CHILDREN_2, "hardship_at_birth",
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True)}),
        ("we were on special hardship support at the time", {}, "hardship_at_birth",
         {("hardship_at_birth", None, True)}),
        ("we got unemployment pay when she was born but we both work now", {}, None,
         {("hardship_at_birth", None, True), ("hardship_now", None, False)}),
    ],
)  # fmt: skip
def test_english_only_one_birth_at_the_time_and_working_now(
    text: str, known: dict[str, object], asked: str | None, expected: set[tuple]
) -> None:
    """'only for the second' is not at the other births; 'at the time' answers the birth
    question; 'we both work now' is off the benefits now."""
    assert facts(text, known, asked) == expected


def test_triplets_and_their_big_sister_count_the_children() -> None:
    """The README's '老大 + 生了双胞胎' / 'their big sister is 5 and the twins 8 months': the
    elder child and the multiple birth told together are the family's children."""
    got = said("the triplets are almost 1 and their big sister is 4")
    assert got[("child_count", None)] == 4
    assert [got[("child.birth_date", n)] for n in (1, 2, 3, 4)] == [
        "2020-12", "2024-07", "2024-07", "2024-07"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we had her in october 2024", "2024-10"),
        ("the baby was born the 3rd", "2025-05-03"),
        ("he arrived the 21st", "2025-05-21"),
    ],
)
def test_english_had_her_and_born_the_nth(text: str, expected: str) -> None:
    """'we had her' is a birth; 'born the 3rd' is the latest 3rd, as 'on the 3rd'."""
    assert said(text) == {("child.birth_date", 1): expected}


def test_let_me_fix_that_is_a_correction() -> None:
    known = {"children": [{"birth_date": "2020-05"}, {"birth_date": "2024-05"}]}
    got = updates("let me fix that, the second was born in march 2024", known=known)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.birth_date", 2, "2024-03", "correction")
    ]


def test_they_re_n_after_twins_is_their_age() -> None:
    assert said("we have twins, they're 3") == {
        ("child.birth_date", 1): "2021-12",
        ("child.birth_date", 2): "2021-12",
    }


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


THREE_KNOWN = {
    "children": [{"birth_date": "2016-06"}, {"birth_date": "2021-06"}, {"birth_date": "2021-06"}]
}


@pytest.mark.parametrize(
    "text",
    ["大的一米四 俩小的都是一米零五", "老大一米四了 二宝三宝一米零五", "大的140 老二老三都105"],
)
def test_one_height_for_several_children_named_together_is_each_ones(text: str) -> None:
    assert facts(text, THREE_KNOWN, "children.height_cm") == {
        ("child.height_cm", 1, 140.0), ("child.height_cm", 2, 105.0), ("child.height_cm", 3, 105.0)
    }  # fmt: skip
    assert facts("老二老三一个110 一个105", THREE_KNOWN, "children.height_cm") == {
        ("child.height_cm", 2, 110.0), ("child.height_cm", 3, 105.0)
    }  # fmt: skip


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
    ("text", "expected"),
    [
        ("上周二老二老三出生了 龙凤胎", {2: "2025-05-20", 3: "2025-05-20"}),
        ("去年十月老二和老三出生的", {2: "2024-10", 3: "2024-10"}),
        ("老二跟老三都是前年五月生的 老大八岁", {1: "2016-12", 2: "2023-05", 3: "2023-05"}),
    ],
)
def test_a_birth_told_of_several_children_named_together(
    text: str, expected: dict[int, str]
) -> None:
    """老二老三, 老二和老三, before or after the date: the birth is each one's."""
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大一米五了 二宝三宝一米零五", {1: 150, 2: 105, 3: 105}),
        ("老大和老二都一米二", {1: 120, 2: 120}),
        ("老二老三一米一 老大一米四", {1: 140, 2: 110, 3: 110}),
        ("老大老二 一米二 一米一", {1: 120, 2: 110}),
    ],
)
def test_one_height_after_several_children_named_together_is_each_ones(
    text: str, expected: dict[int, float]
) -> None:
    """A height said once of 二宝三宝 is both's; two heights after them are one each."""
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.height_cm"} == expected


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


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("我前面打错字了 不是双胞胎 是三胞胎", ["2024-11", "2024-11"], 3),
        ("不是双胞胎 是三胞胎", ["2019-01", "2024-11", "2024-11"], 4),
        ("说错了 不是三胞胎 是双胞胎", ["2024-11", "2024-11", "2024-11"], 2),
    ],
)
def test_multiples_of_another_size_correct_the_count(
    text: str, known: list[str], expected: int
) -> None:
    """不是双胞胎 是三胞胎: the twins known are triplets, so one child more."""
    household = {"city": "jinan", "children": [{"birth_date": d} for d in known]}
    got = understand(text, household, None, TODAY)
    assert [(u.fact, u.value, u.kind) for u in got] == [("child_count", expected, "correction")]


@pytest.mark.parametrize(
    "text", ["你理解错了 老大是23年2月生的", "您误会了 不是双胞胎 老大23年2月生的"]
)
def test_misunderstood_is_a_correction(text: str) -> None:
    """你理解错了, 误会了, 不是双胞胎: the writer corrects what was understood."""
    known = {"city": "beijing", "children": [{"birth_date": "2024-06"}, {"birth_date": "2024-06"}]}
    got = understand(text, known, None, TODAY)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.birth_date", 1, "2023-02", "correction")
    ]


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
        ("老大一米三五 老二还没一米", "children.height_cm",
         {("child.height_cm", 1, 135.0), ("child.height_below_cm", 2, 100.0)}),
        ("小的不够一米 九十六", "children.height_cm", {("child.height_cm", 2, 96.0)}),
        ("老二还没到一米二 不用买票吧", None, {("child.height_below_cm", 2, 120.0)}),
        ("俩孩子都不到1米3", "children.height_cm",
         {("child_count", None, 2), ("child.height_below_cm", 1, 130.0),
          ("child.height_below_cm", 2, 130.0)}),
        ("小的哪有1米3啊", "children.height_cm", {("child.height_below_cm", 2, 130.0)}),
        ("they're both well under 1.3m", "children.height_cm",
         {("child.height_below_cm", 1, 130.0), ("child.height_below_cm", 2, 130.0)}),
        ("不到1米3的孩子免费吗", None, set()),
        ("do kids under 1.3m ride the subway free?", None, set()),
    ],
)  # fmt: skip
def test_a_height_not_yet_reached_is_a_bound_not_a_height(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """还没一米, 不够一米, 没到一米二, "well under 1.3m": the child is shorter than that
    (child.height_below_cm), not that tall; a number measured after it wins ("不够一米 九十六").
    A limit asked about ("不到1米3的孩子免费吗") says nothing of the family's children."""
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


# --- voice-to-text fragments and long run-on messages (Chinese batches 14-15) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们是济南户扣", {("city", None, "jinan"), ("hukou_in_city", None, True)}),
        ("户扣还在老家", {("hukou_in_city", None, False)}),
        ("生老二那会儿领低宝", {("child.hardship_at_birth", 2, True)}),
        ("单位给交的生于险", {("birth_insurance", None, "employee_maternity")}),
        ("俩孩子 双包胎 八个月", {("child_count", None, 2), ("child.birth_date", 1, "2024-10"),
                               ("child.birth_date", 2, "2024-10")}),
        ("昨天生了对龙凤胎 第一次当爸", {("child_count", None, 2), ("child.birth_date", 1, "2025-05-31"),
                                 ("child.birth_date", 2, "2025-05-31")}),
    ],
)  # fmt: skip
def test_homophone_typos_and_a_first_time_parent_of_twins(text: str, expected: set[tuple]) -> None:
    """户扣, 低宝, 生于险, 双包胎: what a pinyin keyboard or a dictation gives; twins born to a
    first-time mother or father are all the children."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大三睡半了", {("child.birth_date", 1, "2021-12")}),
        ("闺女两碎多 儿子刚满五睡", {("child.birth_date", 1, "2020-06"), ("child.birth_date", 2, "2022-12")}),
        ("孩子一周睡了", {("child.birth_date", 1, "2023-12")}),
        ("二宝是23年十一曰生的", {("child.birth_date", 2, "2023-11")}),
        ("孩子一睡就醒 晚上三点睡", set()),
    ],
)  # fmt: skip
def test_sui_and_yue_mistyped_after_a_numeral(text: str, expected: set[tuple]) -> None:
    """三睡半, 五碎, 五曰: 岁 and 月 as a pinyin keyboard mistypes them, read only right after a
    numeral and before what follows an age; 一睡就醒 and 三点睡 are sleep."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宝宝一周岁零五个月", {("child.birth_date", 1, "2024-01")}),
        ("老二两周岁三个月了", {("child.birth_date", 2, "2023-03")}),
        ("孩子一岁又两个月", {("child.birth_date", 1, "2024-04")}),
    ],
)  # fmt: skip
def test_whole_years_in_zhousui_and_months_are_one_age(text: str, expected: set[tuple]) -> None:
    """一周岁零五个月 is 17 months, as 一岁零五个月: not a year-and-a-half-old and another baby."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大宝1米32 二宝1米1 三宝还不到一米", {("child.height_cm", 1, 132), ("child.height_cm", 2, 110),
                                       ("child.height_below_cm", 3, 100)}),
        ("小的还没一米呢", {("child.height_below_cm", 1, 100)}),
    ],
)  # fmt: skip
def test_a_child_under_one_metre_is_under_100_cm(text: str, expected: set[tuple]) -> None:
    """还不到一米: a bound of 100 cm, the same number whether written 100 or 100.0."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大15.6 老二18.11", {("child.birth_date", 1, "2015-06"), ("child.birth_date", 2, "2018-11")}),
        ("一个 24.8生的", {("child_count", None, 1), ("child.birth_date", 1, "2024-08")}),
        ("女儿是23.10出生的", {("child.birth_date", 1, "2023-10")}),
        ("孩子体重13.5公斤", set()),
        ("奶粉一罐花了12.5 太贵了", set()),
    ],
)  # fmt: skip
def test_a_short_year_and_month_with_a_dot_after_a_child_or_before_a_birth(
    text: str, expected: set[tuple]
) -> None:
    """老大15.6, 24.8生的: a two-digit year and a month, as 2023.5 is one with four; a decimal
    anywhere else (a weight, an amount) is no date."""
    assert facts(text, asked="children") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("怀双胞胎六个月了 家里老大四岁多", {("child.birth_date", 1, "2020-12"), ("child.due_date", 2, "2025-09"),
                                     ("child.due_date", 3, "2025-09")}),
        ("怀龙凤胎七个月了", {("child.due_date", 1, "2025-08"), ("child.due_date", 2, "2025-08")}),
        ("怀三胞胎 五个多月了", {("child.due_date", 1, "2025-10"), ("child.due_date", 2, "2025-10"),
                            ("child.due_date", 3, "2025-10")}),
    ],
)  # fmt: skip
def test_months_pregnant_with_twins_are_a_due_date_for_each(
    text: str, expected: set[tuple]
) -> None:
    """怀双胞胎六个月: 怀 before twins is a pregnancy as 怀老二 is, so the months are how far
    along it is, not the twins' age."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不是租的 房子是我们自己家的", {("renting", None, False), ("owns_home_in_city", None, True)}),
        ("房子是自家的", {("owns_home_in_city", None, True)}),
        ("房是俺家自己的", {("owns_home_in_city", None, True)}),
        ("房子不是我们家的 是租的", {("owns_home_in_city", None, False), ("renting", None, True)}),
        ("房子是我爸妈家的", set()),
    ],
)  # fmt: skip
def test_a_home_that_is_the_familys_own_with_jia(text: str, expected: set[tuple]) -> None:
    """房子是我们自己家的, 自家的: the family's own home, as 房子是我们的; a parents' home is not."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就是没有房子 一直租", {("owns_home_in_city", None, False), ("renting", None, True)}),
        ("没房 这些年都是租", {("owns_home_in_city", None, False), ("renting", None, True)}),
        ("还是租 买不起", {("renting", None, True)}),
    ],
)  # fmt: skip
def test_renting_said_with_a_bare_zu_after_always(text: str, expected: set[tuple]) -> None:
    """一直租, 都是租, 还是租: renting said with 租 alone after a word of how long or how always."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孙女三岁半 孙子快两岁了 我们老两口帮着带", {("child.birth_date", 1, "2021-12"),
                                          ("child.birth_date", 2, "2023-07")}),
        ("俺们老两口带着孙子 孙子三岁", {("child.birth_date", 1, "2021-12")}),
        ("我们老俩口帮闺女带外孙女 外孙女一岁半", {("child.birth_date", 1, "2023-12")}),
    ],
)  # fmt: skip
def test_lao_liang_kou_is_the_grandparents_not_the_second_child(
    text: str, expected: set[tuple]
) -> None:
    """老两口: an old couple (the grandparents writing), not 老二 with a numeral."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [("昨天凌晨生了 双胞胎小子 都四斤多", None), ("昨天生了双胞胎 头胎", 2), ("昨天生了双胞胎 就这俩", 2)],
)  # fmt: skip
def test_twins_born_give_a_count_only_when_said_to_be_all_the_children(
    text: str, count: int | None
) -> None:
    """双胞胎 born states no number of children unless the message says they are the first or
    the only ones (头胎, 就这俩), as the corpus convention has it."""
    assert dict(((f, c), v) for f, c, v in facts(text)).get(("child_count", None)) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周二外孙出生的", {("child.birth_date", 1, "2025-05-20")}),
        ("上星期三孙女出生的", {("child.birth_date", 1, "2025-05-21")}),
        ("上礼拜五孙子剖的 家里还有个孙女 三岁半",
         {("child.birth_date", 1, "2021-12"), ("child.birth_date", 2, "2025-05-23")}),
        ("二丫头上周三生的", {("child.birth_date", 2, "2025-05-21")}),
    ],
)  # fmt: skip
def test_a_weekday_before_a_grandchild_is_no_birth_order(text: str, expected: set[tuple]) -> None:
    """上周二外孙: the Tuesday, then the grandson; not 二外孙 (the second grandson) nor two of them."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("宝宝前天剖的 今天出院", None, {}, {("child.birth_date", 1, "2025-05-30")}),
        ("孩子满一岁了 上周刚抓完周", None, {}, {("child.birth_date", 1, "2024-06")}),
        ("一米二五 上个月学校量的", "children.height_cm", {"children": [{"birth_date": "2019-09"}]},
         {("child.height_cm", 1, 125.0)}),
        ("大的上礼拜体检一米三一 小的九十八公分", "children.height_cm",
         {"children": [{"birth_date": "2017-02"}, {"birth_date": "2021-11"}]},
         {("child.height_cm", 1, 131.0), ("child.height_cm", 2, 98.0)}),
    ],
)  # fmt: skip
def test_the_day_of_another_event_in_a_childs_life_is_no_birth(
    text: str, asked: str | None, known: dict[str, object], expected: set[tuple]
) -> None:
    """出院, 抓周, a check-up or a measuring on a day said: that day is not a birth."""
    assert facts(text, known, asked) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("去年年底开始领低保了 闺女快三岁了", None,
         {("hardship_now", None, True), ("child.birth_date", 1, "2022-07")}),
        ("没有 不过这个月开始领失业金", "hardship_at_birth",
         {("hardship_at_birth", None, False), ("hardship_now", None, True)}),
        ("老大出生那年在领低保 后来不领了 现在又申请上了", None,
         {("child.hardship_at_birth", 1, True), ("hardship_now", None, True)}),
        ("老大出生时领失业金 老二是去年八月生的 这回没领", None,
         {("child.hardship_at_birth", 1, True), ("child.birth_date", 2, "2024-08"),
          ("child.hardship_at_birth", 2, False)}),
        ("老大老二出生时都领着特困 老三出生时候已经脱贫了", None,
         {("child.hardship_at_birth", 1, True), ("child.hardship_at_birth", 2, True),
          ("child.hardship_at_birth", 3, False)}),
        ("就生老三那回领着 前两个都没有", "hardship_at_birth",
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, False),
          ("child.hardship_at_birth", 3, True)}),
    ],
)  # fmt: skip
def test_benefits_started_since_and_at_this_birth(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """开始领 / 申请上了: on benefits now; 这回没领 after a birth told: not at that birth; asked
    about the births, 那回领着 needs no benefit named; 脱贫 is off them; 不过 is no negation."""
    assert facts(text, None, asked) == expected


TWO_KNOWN_2 = {"city": "jinan", "children": [{"birth_date": "2019-06", "height_cm": 120},
                                           {"birth_date": "2023-04"}]}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("不对不对 一米二是老二 老大一米三五", TWO_KNOWN_2,
         {("child.height_cm", 2, 120.0, "correction"), ("child.height_cm", 1, 135.0, "correction")}),
        ("是老二不是老大 一米二的是老二", TWO_KNOWN_2, {("child.height_cm", 2, 120.0, "correction")}),
        ("一米二的是老二 不是老大", TWO_KNOWN_2, {("child.height_cm", 2, 120.0, "correction")}),
        ("不对 领低保的是生老二那会儿 不是老大",
         {"children": [{"birth_date": "2019-04", "hardship_at_birth": True}, {"birth_date": "2023-07"}]},
         {("child.hardship_at_birth", 2, True, "correction"),
          ("child.hardship_at_birth", 1, False, "correction")}),
        ("说错了 孩子不是一个 是两个", {"children": [{"birth_date": "2025-03"}]},
         {("child_count", None, 2, "correction")}),
        ("不对 娃不是一个 是俩", {"children": [{"birth_date": "2025-03"}]},
         {("child_count", None, 2, "correction")}),
        ("刚才说的公积金人数不对 是三个 我弟也交", {"housing_fund_contributors": 2},
         {("housing_fund_contributors", None, 3, "correction")}),
        ("刚才打错了 闺女不是两岁 是两个月 出了满月没多久", {"children": [{"birth_date": "2023-01"}]},
         {("child.birth_date", 1, "2025-04", "correction")}),
    ],
)  # fmt: skip
def test_corrections_that_move_a_fact_or_fix_a_number(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    """A value known of one child said of another (是老二不是老大) corrects it; 不是一个 是两个
    corrects a count; an age said again right after (出了满月没多久) is the same child."""
    assert {(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)} == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("他们在北京买的房 孙子一岁半", None,
         {("city", None, "beijing"), ("owns_home_in_city", None, True),
          ("child.birth_date", 1, "2023-12")}),
        ("房子不是我们的 是单位宿舍", None, {("owns_home_in_city", None, False)}),
        ("房不是咱家的 是亲戚的 不用交租", None,
         {("owns_home_in_city", None, False), ("renting", None, False)}),
        ("不是租的 是我们自己买的 去年刚交房", "renting",
         {("renting", None, False), ("owns_home_in_city", None, True)}),
        ("奶粉是我们自己买的", None, set()),
    ],
)  # fmt: skip
def test_a_home_bought_or_not_theirs_in_plain_words(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """在北京买的房 / 是我们自己买的 (of the home asked about): they own it; 房子不是我们的: not."""
    assert facts(text, {"city": "jinan"} if "北京" not in text else None, asked) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("怀着呢 六个月 如果生的时候在领低保 能多给吗",
         {("child.due_date", 1, "2025-09", "statement"), ("hardship_at_birth", None, True, "question")}),
        ("老大出生时候要是领着特困 能补吗 老大现在两岁",
         {("child.hardship_at_birth", 1, True, "question"),
          ("child.birth_date", 1, "2022-12", "statement")}),
        ("假如能把户口办进来 补贴能多多少 孩子一岁半",
         {("hukou_in_city", None, True, "question"), ("child.birth_date", 1, "2023-12", "statement")}),
        ("要是后年再生个老二 能领多少 老大三岁",
         {("child.due_date", 2, "2027", "question"), ("child.birth_date", 1, "2021-12", "statement")}),
    ],
)  # fmt: skip
def test_an_if_reaches_the_end_of_its_question_not_of_the_message(
    text: str, expected: set[tuple]
) -> None:
    """A hypothesis ends with its question (吗, 多少, 几岁) even without punctuation; a pregnancy
    said outside it stays a statement, a benefit at a birth inside it is a question; 后年 is a year."""
    assert {(u.fact, u.child, u.value, u.kind) for u in updates(text)} == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("呃 一个 23年12月的", "children", {("child_count", None, 1), ("child.birth_date", 1, "2023-12")}),
        ("嗯 两个 一个五岁一个两岁", "children",
         {("child_count", None, 2), ("child.birth_date", 1, "2019-12"), ("child.birth_date", 2, "2022-12")}),
        ("三胞胎 俩男一女 一岁两个月", None,
         {("child_count", None, 3), ("child.birth_date", 1, "2024-04"), ("child.birth_date", 2, "2024-04"),
          ("child.birth_date", 3, "2024-04")}),
        ("结婚两年了 还没要孩子", None, {("child_count", None, 0)}),
        ("我们在济南 还没生孩子", None, {("city", None, "jinan"), ("child_count", None, 0)}),
    ],
)  # fmt: skip
def test_counts_after_a_filler_by_sex_of_triplets_or_none_yet(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """呃 / 嗯 / 那个 before a short answer; triplets counted by sex are all the children;
    还没要孩子 is none."""
    assert facts(text, None, asked) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("公积金交了五年了 我老公也交", None, {("housing_fund_contributors", None, 2)}),
        ("公积金交了三年 媳妇也交", None, {("housing_fund_contributors", None, 2)}),
        ("俺们家仨人交 我 俺对象 还有俺大儿子 单位给交的", "housing_fund_contributors",
         {("housing_fund_contributors", None, 3)}),
    ],
)  # fmt: skip
def test_fund_payers_said_with_also_and_an_employer_paying_the_fund(
    text: str, asked: str | None, expected: set[tuple]
) -> None:
    """我老公也交: he and the one speaking; 单位给交的 said of the fund is not birth insurance."""
    assert facts(text, {"city": "jinan"}, asked) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i paid in for 3 years but stopped in 2023, wife never had it, so nobody paying now", 0),
        ("we both pay in", 2),
        ("only my husband pays in, i don't", 1),
        ("we paid in cash", None),
        ("we paid in full last year", None),
    ],
)
def test_paying_in_is_paying_into_the_fund(text: str, expected: int | None) -> None:
    assert said(text).get(("housing_fund_contributors", None)) == expected


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("大孙子十二岁一米五八 小孙子五岁一米一二 儿子儿媳北京户口", None, {"city": "beijing"},
         {("child.birth_date", 1, "2012-12"), ("child.height_cm", 1, 158.0),
          ("child.birth_date", 2, "2019-12"), ("child.height_cm", 2, 112.0),
          ("hukou_in_city", None, True)}),
        ("双胞胎今年刚满六岁 上头还有个哥哥十二了", None, {},
         {("child.birth_date", 1, "2012-12"), ("child.birth_date", 2, "2019-06"),
          ("child.birth_date", 3, "2019-06"), ("child_count", None, 3)}),
        ("二宝五月十二号生的 就上个月", None, {}, {("child.birth_date", 2, "2025-05-12")}),
        ("大的一米二八 小的还不到一米 九十二", "children.height_cm",
         {"children": [{"birth_date": "2018-07"}, {"birth_date": "2022-11"}]},
         {("child.height_cm", 1, 128.0), ("child.height_cm", 2, 92.0)}),
    ],
)  # fmt: skip
def test_heights_ages_and_dates_said_around_other_numbers(
    text: str, asked: str | None, known: dict[str, object], expected: set[tuple]
) -> None:
    """1米12 儿子: a height, not twelve sons; 哥哥十二了: an age; 就上个月 after 五月十二号: the
    same birth; asked the heights, 92 alone after 小的还不到一米: the youngest's."""
    assert facts(text, known, asked) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("十月下旬吧 医生说是双胞胎", {"children": [{"birth_date": "2022-01"}, {"due_date": None}]},
         {("child.due_date", 2, "2025-10"), ("child.due_date", 3, "2025-10")}),
        ("预产期是八月八号 是对双胞胎", {"children": [{"due_date": None}]},
         {("child.due_date", 1, "2025-08-08"), ("child.due_date", 2, "2025-08-08")}),
    ],
)  # fmt: skip
def test_twins_said_after_the_due_date_asked_for(
    text: str, known: dict[str, object], expected: set[tuple]
) -> None:
    assert facts(text, known, "due_date") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("还没定呢 刚查出来怀上", {("child.due_date", 2, None)}),
        ("刚怀上 还不知道", {("child.due_date", 2, None)}),
        ("怀上了 还没定预产期", {("child.due_date", 2, None)}),
        ("不知道", set()),
    ],
)
def test_a_pregnancy_told_without_a_date_to_the_due_date_question(
    text: str, expected: set[tuple]
) -> None:
    assert facts(text, {"children": [{"birth_date": "2023-10"}]}, "due_date") == expected


def test_a_count_of_the_children_already_told_of_is_still_said() -> None:
    """就一个儿子 of a family known to have one child states the count (the corpus labels it)."""
    known = {"city": "beijing", "children": [{"birth_date": "2022-07"}]}
    got = understand("假如明年三月再生个老二 补贴还有吗 我们现在就一个儿子", known, None, TODAY)
    assert {(u.fact, u.child, u.value, u.kind) for u in got} == {
        ("child_count", None, 1, "statement"),
        ("child.due_date", 2, "2026-03", "question"),
    }


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("due 3/15, it's our second", None, {}, {("child.due_date", 2): "2026-03-15"}),
        ("she's due 11/2 with the baby", None, {}, {("child.due_date", 1): "2025-11-02"}),
        (
            "7/4 i think",
            "due_date",
            {"children": [{"due_date": None}]},
            {("child.due_date", 1): "2025-07-04"},
        ),
        (
            "um june the 3rd",
            "due_date",
            {"children": [{"due_date": None}]},
            {("child.due_date", 1): "2025-06-03"},
        ),
        (
            "august the twentieth",
            "due_date",
            {"children": [{"due_date": None}]},
            {("child.due_date", 1): "2025-08-20"},
        ),
    ],
)
def test_a_due_date_as_month_slash_day_or_month_the_day(
    text: str, asked: str | None, known: dict[str, object], expected: dict[tuple, object]
) -> None:
    assert said(text, asked, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my granddaughter was born on the 28th last month", "2025-05-28"),
        ("our son was born the 3rd of last month", "2025-05-03"),
        ("born last month on the 12th", "2025-05-12"),
    ],
)
def test_a_day_with_a_relative_month_is_one_date(text: str, expected: str) -> None:
    assert said(text) == {("child.birth_date", 1): expected}
    got = understand("born last month on christmas day", {}, None, date(2026, 1, 5))
    assert [(u.fact, u.value) for u in got] == [("child.birth_date", "2025-12-25")]


@pytest.mark.parametrize(
    "text",
    [
        "my granddaughter just turned one last week",
        "she turned 1 yesterday",
        "he turned one on sunday",
    ],
)
def test_the_day_of_a_birthday_is_not_a_second_birth(text: str) -> None:
    assert said(text) == {("child.birth_date", 1): "2024-06"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gongjijin um me my wife and her dad so three", 3),
        ("me and my husband both have 公积金 and his mum pays hers too, so thats 3", 3),
        ("my wife pays the housing fund too, her new job started in march, so that's two of us", 2),
        ("公积金我和老公交 还有我婆婆 一共3个人", 3),
        ("both have beijing hukou, only my brother pays gongjijin", 1),
        ("no neither of us has local hukou. we both pay gongjijin", 2),
    ],
)
def test_the_fund_payers_counted_after_a_list_and_said_of_the_fund(
    text: str, expected: int
) -> None:
    """The total after the people paying is the count; "both"/"neither" of another fact is not."""
    assert said(text)[("housing_fund_contributors", None)] == expected


THREE_KNOWN = {
    "children": [{"birth_date": "2016-03"}, {"birth_date": "2019-10"}, {"birth_date": "2025-03"}]
}
TWINS_KNOWN_2 = {
    "children": [{"birth_date": "2019-07"}, {"birth_date": "2025-03"}, {"birth_date": "2025-03"}]
}


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("youngest yes the older two no", THREE_KNOWN, {1: False, 2: False, 3: True}),
        ("the twins yes our eldest no", TWINS_KNOWN_2, {1: False, 2: True, 3: True}),
        ("our eldest no but the twins yes", TWINS_KNOWN_2, {1: False, 2: True, 3: True}),
        (
            "only with the newest one, my husband got laid off and got unemployment money, the older two no",
            THREE_KNOWN,
            {1: False, 2: False, 3: True},
        ),
        (
            "for the older one no, but with the little one yes we had dibao then",
            {"children": [{"birth_date": "2019-06"}, {"birth_date": "2024-08"}]},
            {1: False, 2: True},
        ),
    ],
)
def test_a_yes_or_no_per_child_named_to_the_hardship_question(
    text: str, known: dict[str, object], expected: dict[int, bool]
) -> None:
    got = said(text, "hardship_at_birth", known)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.hardship_at_birth"} == expected
    assert ("hardship_at_birth", None) not in got


def test_dibao_when_the_twins_known_were_born_is_theirs() -> None:
    got = said("we had dibao when the twins were born", None, TWINS_KNOWN_2)
    assert got == {("child.hardship_at_birth", 2): True, ("child.hardship_at_birth", 3): True}


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("uh hes 2 yrs 4 mos", None, {("child.birth_date", 1): "2023-02"}),
        ("shes 3 and a half", None, {("child.birth_date", 1): "2021-12"}),
        (
            "one boy nearly 3",
            "children",
            {("child_count", None): 1, ("child.birth_date", 1): "2022-07"},
        ),
        ("our daughter is almost 4 now", None, {("child.birth_date", 1): "2021-07"}),
        ("the baby is a year and two months", None, {("child.birth_date", 1): "2024-04"}),
        (
            "a year and a half and a 5 yr old",
            "children",
            {("child.birth_date", 1): "2019-12", ("child.birth_date", 2): "2023-12"},
        ),
        (
            "kids 9 and 4",
            None,
            {("child.birth_date", 1): "2015-12", ("child.birth_date", 2): "2020-12"},
        ),
        (
            "the big one like 7 and the baby 4 mos",
            "children",
            {("child.birth_date", 1): "2017-12", ("child.birth_date", 2): "2025-02"},
        ),
        (
            "twins 3 months plus the eldest whos 7",
            "children",
            {
                ("child.birth_date", 1): "2017-12",
                ("child.birth_date", 2): "2025-03",
                ("child.birth_date", 3): "2025-03",
            },
        ),
        (
            "two - 3 yrs and 3 weeks",
            "children",
            {
                ("child_count", None): 2,
                ("child.birth_date", 1): "2021-12",
                ("child.birth_date", 2): "2025-05-11",
            },
        ),
        (
            "we have 3 - 10, 7 and 2",
            None,
            {
                ("child_count", None): 3,
                ("child.birth_date", 1): "2014-12",
                ("child.birth_date", 2): "2017-12",
                ("child.birth_date", 3): "2022-12",
            },
        ),
    ],
)
def test_english_ages_in_short_and_typed_forms(
    text: str, asked: str | None, expected: dict[tuple, object]
) -> None:
    assert {
        k: v for k, v in said(text, asked).items() if k[0] != "child_count" or k in expected
    } == expected


@pytest.mark.parametrize(
    "text",
    [
        "my granddaughter showed me this app, i am 72 years old and do not understand it",
        "grandma here, im 68 and my son asked me to write",
        "my mother is 70 years old and lives with us",
    ],
)
def test_an_adults_age_is_no_childs_birth(text: str) -> None:
    assert not any(k[0] == "child.birth_date" for k in said(text))


@pytest.mark.parametrize(
    "text",
    [
        "wait its 2, my father in law retired in december so he stop",
        "my dad retired last year, he helps with the kids",
        "婆婆去年退休了 帮我们带孩子",
        "their son was born in 2021. this support ended last year",
        "our boy is 4, the benefits stopped in march",
    ],
)
def test_the_day_of_a_retirement_or_benefits_ending_is_no_birth(text: str) -> None:
    births = {k[1]: v for k, v in said(text).items() if k[0] == "child.birth_date"}
    assert all(v in ("2021", "2020-12") for v in births.values()) and len(births) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When their son was born in 2021 they were on dibao. The boy is about 1.1 m tall.",
            {1: ("2021", 110.0)},
        ),
        ("our daughter was born in march 2022. the girl is 95cm now", {1: ("2022-03", 95.0)}),
    ],
)
def test_the_boy_or_the_girl_is_the_one_child_told_of(
    text: str, expected: dict[int, tuple[str, float]]
) -> None:
    got = said(text)
    assert {
        n: (got[("child.birth_date", n)], got[("child.height_cm", n)]) for n in expected
    } == expected
    assert not any(k[1] and k[1] > 1 for k in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She and her husband own their flat in Haidian",  # a district: no city said
            {("owns_home_in_city", None): True},
        ),
        ("We own no property here", {("owns_home_in_city", None): False}),
        (
            "they don't have a flat, we're buying our first flat this summer",
            {("owns_home_in_city", None): False, ("buying_first_home", None): True},
        ),
        ("we're trying to buy our first one next year", {("buying_first_home", None): True}),
        ("we intend to buy our first home next year", {("buying_first_home", None): True}),
        (
            "Neither of us holds Beijing hukou yet",
            {("hukou_in_city", None): False, ("city", None): "beijing"},
        ),
        ("jinan hukuo is here too", {("hukou_in_city", None): True, ("city", None): "jinan"}),
    ],
)
def test_homes_and_hukou_in_formal_and_typed_english(
    text: str, expected: dict[tuple, object]
) -> None:
    """A home bought or planned is no child ("our first one" after "buy"); "neither of us" negates."""
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we want to buy a place when the baby comes in august",
        "the baby arrives in august",
        "she'll be born in august i think",
    ],
)
def test_a_birth_in_the_future_tense_is_a_due_date(text: str) -> None:
    got = said(text)
    assert got[("child.due_date", 1)] == "2025-08"
    assert ("child.birth_date", 1) not in got


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        (
            "um 1.3 and 1.12",
            "children.height_cm",
            {"children": [{"birth_date": "2017-04"}, {"birth_date": "2020-11"}]},
            {1: 130.0, 2: 112.0},
        ),
        (
            "1.25, 98",
            "children.height_cm",
            {"children": [{"birth_date": "2017-04"}, {"birth_date": "2021-11"}]},
            {1: 125.0, 2: 98.0},
        ),
        ("my eldest 1.42 middle 1.21 youngest 96", None, {}, {1: 142.0, 2: 121.0, 3: 96.0}),
        (
            "one oh three",
            "children.height_cm",
            {"children": [{"birth_date": "2022-04"}]},
            {1: 103.0},
        ),
        ("dob 2020-11-23 and shes one hundred and eighteen cm", None, {}, {1: 118.0}),
        ("he is a hundred and five centimetres", None, {}, {1: 105.0}),
    ],
)
def test_heights_said_bare_in_metres_or_in_words(
    text: str, asked: str | None, known: dict[str, object], expected: dict[int, float]
) -> None:
    got = said(text, asked, known)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.height_cm"} == expected


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "nothing, she hadn't worked for 2 years and we never signed up for resident insurance either",
            "birth_insurance",
        ),
        ("wife had zero insurance at the time like none", None),
        ("she didn't have employee maternity insurance back then", None),
        ("we weren't on the resident medical scheme when she gave birth", None),
    ],
)
def test_an_insurance_named_with_a_negated_verb_is_none(text: str, asked: str | None) -> None:
    assert said(text, asked)[("birth_insurance", None)] == "none"


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "they were on unemployment money when she gave birth",
            {},
            {("hardship_at_birth", None): True},
        ),
        (
            "when the little one came we were on unemployment money not anymore tho",
            {"children": [{"birth_date": "2019-12"}, {"birth_date": "2025-01"}]},
            {("child.hardship_at_birth", 2): True, ("hardship_now", None): False},
        ),
        (
            "we had dibao when our son arrived, she doesn't get it anymore",
            {},  # the one child's birth by a kinship word: his (corpus README)
            {("child.hardship_at_birth", 1): True, ("hardship_now", None): False},
        ),
    ],
)
def test_benefits_at_a_birth_said_with_gave_birth_came_and_not_anymore(
    text: str, known: dict[str, object], expected: dict[tuple, object]
) -> None:
    assert said(text, None, known) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we've been on dibao ever since she gave birth",
        "when she gave birth she had employee insurance, we are on dibao now",
    ],
)
def test_benefits_after_a_birth_or_said_as_now_are_now(text: str) -> None:
    got = said(text)
    assert got[("hardship_now", None)] is True
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "at_birth"),
    [
        ("we've been on dibao since 2020, both our kids were born after that", True),
        ("我们从2019年开始吃低保 俩孩子都是之后生的", True),
        ("on dibao since last year, the baby was born before that", None),
    ],
)
def test_benefits_since_a_time_the_children_were_born_after(
    text: str, at_birth: bool | None
) -> None:
    got = said(text)
    assert got[("hardship_now", None)] is True
    assert got.get(("hardship_at_birth", None)) == at_birth


def test_benefits_since_a_time_the_one_son_was_born_after() -> None:
    """ "our son was born after that": the one child's birth by a kinship word, his (corpus
    README, "Children and orders")."""
    got = said("we have been on unemployment money since 2019 and our son was born after that")
    assert got[("hardship_now", None)] is True
    assert got.get(("child.hardship_at_birth", 1)) is True


@pytest.mark.parametrize(
    "text",
    [
        "our boy was born 21.6.3 and our girl 24.10.15. we were getting 失业金 when the girl was"
        " born, not for the boy",
        "we have a son born 2018 and a daughter born 2023, we had dibao when our daughter was born"
        " but not when our son was born",
        "儿子2019年生的 闺女2023年生的 生闺女的时候领着低保 儿子出生时没有",
    ],
)
def test_benefits_at_the_birth_of_the_boy_or_the_girl_told_of(text: str) -> None:
    got = said(text)
    assert (got[("child.hardship_at_birth", 1)], got[("child.hardship_at_birth", 2)]) == (
        False,
        True,
    )
    assert ("hardship_at_birth", None) not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when baby born we were on unemployment money", {("hardship_at_birth", None): True}),
        ("we got dibao when our son born", {("child.hardship_at_birth", 1): True}),  # his birth
        (
            "if we get dibao before the baby born, we get more money?",
            {("hardship_at_birth", None): True},
        ),
        (
            "when the eldest born we had dibao, when the little one born already not",
            {("child.hardship_at_birth", 1): True, ("child.hardship_at_birth", 2): False},
        ),
        (
            "when the eldest was born we had dibao, when the youngest was born we didn't",
            {("child.hardship_at_birth", 1): True, ("child.hardship_at_birth", 2): False},
        ),
    ],
)
def test_benefits_when_a_child_born_said_without_was(
    text: str, expected: dict[tuple, object]
) -> None:
    """Chinglish "when baby born": a birth all the same; the youngest named after the eldest,
    with no count, is the second."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("third baby arrived last friday so three now", 3),
        (
            "triplets born on 2 march, plus their sister who is 5. so four grandchildren in that house",
            4,
        ),
        ("kids are 6 months, 2 and 4 years old, 3 altogether", 3),
        ("twins last month and a big brother, so that makes 3 kids", 3),
    ],
)
def test_the_count_of_children_said_last_is_the_count(text: str, expected: int) -> None:
    assert said(text)[("child_count", None)] == expected


ELDEST_AND_TWINS = {
    "children": [{"birth_date": "2018-09"}, {"birth_date": "2023-04"}, {"birth_date": "2023-04"}]
}


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("twins 3 months plus the eldest whos 7 so three", {}, 3),
        ("the twins are 2 and the eldest 6, so 3", ELDEST_AND_TWINS, 3),
        ("our eldest is 6, we just had twins last week", {}, 3),
        ("twins both 95cm but the big sister 1.3m", ELDEST_AND_TWINS, None),
        ("the big one is 7 and the twins are 2 now", ELDEST_AND_TWINS, None),
    ],
)
def test_the_eldest_and_twins_count_the_children_unless_they_are_known(
    text: str, known: dict[str, object], expected: int | None
) -> None:
    """Told of the eldest and twins, a family is three children; the children known already,
    it is their heights or ages that are told, no count ("so 3" at the end still counts)."""
    assert said(text, None, known).get(("child_count", None)) == expected


def test_the_fund_total_with_a_full_stop_and_no_child_count_from_it() -> None:
    got = said("me and my husband pay gongjijin and his mum too, so thats 3. we're in beijing")
    assert got[("housing_fund_contributors", None)] == 3
    assert ("child_count", None) not in got


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "actually I was wrong before, we were on dibao when the second one was born",
            {
                "hardship_at_birth": False,
                "children": [{"birth_date": "2020-07"}, {"birth_date": "2024-03"}],
            },
            ("child.hardship_at_birth", 2, True, "correction"),
        ),
        (
            "ugh autocorrect its JINAN we live in jinan",
            {"city": "beijing"},
            ("city", None, "jinan", "correction"),
        ),
    ],
)
def test_corrections_of_a_household_fact_and_autocorrect(
    text: str, known: dict[str, object], expected: tuple
) -> None:
    assert [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wait its 2, my father in law retired in december so he stop", 2),
        ("sorry, 1 not 3", 1),
        ("不对 是2个", 2),
    ],
)
def test_a_bare_number_corrected_is_the_fund_count_known(text: str, expected: int) -> None:
    """The only count the family has told is the fund payers': a number said again in a
    correction is theirs."""
    known = {"city": "jinan", "housing_fund_contributors": 3}
    assert [(u.fact, u.value, u.kind) for u in updates(text, known=known)] == [
        ("housing_fund_contributors", expected, "correction")
    ]


def test_a_pregnancy_told_before_an_indirect_if_is_no_question() -> None:
    got = updates(
        "We have two daughters, aged 10 and 7, who returned from Singapore with us last month. "
        "I am expecting our third child in early September. Please let me know if our third child qualifies."
    )
    assert [(u.fact, u.child, u.value, u.kind) for u in got if u.fact.startswith("child.")] == [
        ("child.due_date", 3, "2025-09", "statement"),
        ("child.birth_date", 1, "2014-12", "statement"),
        ("child.birth_date", 2, "2017-12", "statement"),
    ]


@pytest.mark.parametrize("text", ["twins due august first time mum", "due in august, first baby"])
def test_first_after_a_month_is_no_day(text: str) -> None:
    assert said(text)[("child.due_date", 1)] == "2025-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have 3 kids - the youngest are twins born in march", {2: "2025-03", 3: "2025-03"}),
        ("4 children, the youngest are twins, 2 weeks old", {3: "2025-05-18", 4: "2025-05-18"}),
    ],
)
def test_the_youngest_told_as_twins_take_the_last_orders(
    text: str, expected: dict[int, str]
) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    "text", ["the grandson is their only child", "she is an only child", "我们就一个独生女"]
)
def test_an_only_child_is_a_count_of_one(text: str) -> None:
    assert said(text)[("child_count", None)] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just the two eldest '19 youngest '25", 2),
        ("just the two, 5 and 2", 2),
        ("only the three kids", 3),
        ("only the two of us pay gongjijin", None),
        ("just the two months left", None),
    ],
)
def test_just_the_two_counts_the_children(text: str, expected: int | None) -> None:
    assert said(text).get(("child_count", None)) == expected


def test_the_little_princess_is_a_child() -> None:
    assert said("the little princess is eleven months") == {("child.birth_date", 1): "2024-07"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kids are 6 months, 2 and 4 years old", {1: "2020-12", 2: "2022-12", 3: "2024-12"}),
        ("our boys are 3, 5 and 8 years old", {1: "2016-12", 2: "2019-12", 3: "2021-12"}),
        ("the twins are 2 and the baby 7 months", {1: "2022-12", 2: "2022-12", 3: "2024-11"}),
    ],
)
def test_an_age_unit_said_once_for_every_age_listed(text: str, expected: dict[int, str]) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kids are in primary school, 8 and 11", {1: "2013-12", 2: "2016-12"}),
        ("the kids, 8 and 11", {1: "2013-12", 2: "2016-12"}),
        ("our daughters are both at school, 7, 10", {1: "2014-12", 2: "2017-12"}),
    ],
)
def test_bare_ages_after_the_children_named_together_are_one_each(
    text: str, expected: dict[int, str]
) -> None:
    assert said(text) == {("child.birth_date", n): v for n, v in expected.items()}


@pytest.mark.parametrize(
    "text",
    [
        "my two are 7 and 4, the big one is 1.26m and the small one 1m03",
        "we have 2 kids, 9 and 5, the older one is 1.26m and the younger one 1.03m",
    ],
)
def test_the_ages_counted_then_the_big_and_small_ones_heights_are_the_same_children(
    text: str,
) -> None:
    got = said(text)
    assert sorted(k[1] for k in got if k[0] == "child.birth_date") == [1, 2]
    assert (got[("child.height_cm", 1)], got[("child.height_cm", 2)]) == (126.0, 103.0)


def test_no_benefits_for_any_of_the_births() -> None:
    got = said("my wife is on dibao now, we weren't on it for any of the births")
    assert got == {("hardship_now", None): True, ("hardship_at_birth", None): False}


@pytest.mark.parametrize(
    "text",
    [
        "怀双胞胎保胎躺了三个月 预产期四月",
        "生孩子的时候在领失业金 领了八个月",
        "产假休了四个月 现在怀二胎 预产期四月",
    ],
)
def test_months_a_thing_was_done_for_are_no_age(text: str) -> None:
    assert not any(u.fact == "child.birth_date" for u in updates(text))


@pytest.mark.parametrize(
    "text",
    [
        "我交着呢 老公那单位去年给断缴了",
        "我的公积金断缴半年了 我老公倒是一直交着",
        "我老公公积金停了 我还在交",
    ],
)
def test_a_fund_payer_whose_payments_stopped_pays_no_more(text: str) -> None:
    assert said(text) == {("housing_fund_contributors", None): 1}


@pytest.mark.parametrize(
    "text",
    ["没自己的房 租的 一家子挤着住", "在济南没自家的房子 住公婆家", "我们没有属于自己的房子"],
)
def test_no_home_of_ones_own_is_no_home(text: str) -> None:
    assert said(text)[("owns_home_in_city", None)] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("儿媳妇在家带俩孙女", 2),
        ("俩双胞胎闺女三岁了 这回又怀上了", 2),
        ("家里俩女孩 一个三岁一个一岁", 2),
        ("我外孙女今年六岁 外孙俩是双胞胎 我闺女家的三个", 3),
    ],
)
def test_children_counted_with_kinship_words(text: str, expected: int) -> None:
    assert said(text)[("child_count", None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大十岁 前年生了对双胞胎 俩闺女 一共三个娃", 3),
        ("俩丫头双胞胎 上头还有个哥哥 家里仨孩子", 3),
        ("大的是个儿子 七岁 小的双胞胎俩小子 仨了", 3),
        ("三胞胎仨闺女 还有个老大 四个孩子了", 4),
        ("双胞胎俩小子 三岁了", 2),
    ],
)
def test_the_twins_own_number_is_not_the_familys(text: str, expected: int) -> None:
    """俩小子 beside 双胞胎 counts the twins; the family's count is the one said of all (仨了)."""
    assert said(text)[("child_count", None)] == expected


@pytest.mark.parametrize(
    "text", ["大孙女六岁 前天又添了俩孙子 双胞胎", "老大六岁 前天又生了俩闺女 是双胞胎 这下仨了"]
)
def test_two_children_born_then_and_named_twins_are_the_twins(text: str) -> None:
    """The two told of with the birth, then called twins, are the twins: both born that day."""
    got = said(text)
    assert [got.get(("child.birth_date", n)) for n in (1, 2, 3)] == [
        "2018-12", "2025-05-30", "2025-05-30"
    ]  # fmt: skip
    assert got[("child_count", None)] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("其实我婆婆也交公积金 一共三个", {("housing_fund_contributors", None): 3}),
        ("公积金我和老公 还有公公 一共3个", {("housing_fund_contributors", None): 3}),
        (
            "家里一共3个 公积金俩人交",
            {("housing_fund_contributors", None): 2, ("child_count", None): 3},
        ),
    ],
)
def test_a_total_after_the_fund_payers_is_theirs_not_the_childrens(
    text: str, expected: dict[tuple, object]
) -> None:
    assert said(text) == expected


TWO_KNOWN = {"city": "jinan", "children": [{"birth_date": "2021-06"}, {"birth_date": "2025-03"}]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("假如我家老二是在领低保的时候生的 会多给吗", (2, "question")),
        ("老大是我领失业金那会生的", (1, "statement")),
    ],
)
def test_a_child_born_while_on_benefits(text: str, expected: tuple[int, str]) -> None:
    got = [(u.child, u.kind) for u in updates(text, known=TWO_KNOWN) if u.value is True]
    assert got == [expected]
    assert all(u.fact == "child.hardship_at_birth" for u in updates(text, known=TWO_KNOWN))


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        (
            "生老二时我交着职工医保带生育的 今年下岗了 领着失业金",
            None,
            {("birth_insurance", None): "employee_maternity", ("hardship_now", None): True},
        ),
        (
            "没领过 那时候男人在厂里上班 现在厂子黄了 领失业金呢",
            "hardship_at_birth",
            {("hardship_at_birth", None): False, ("hardship_now", None): True},
        ),
        ("生老二那会儿 后来老公失业了 领失业金", None, {("hardship_now", None): True}),
    ],
)
def test_benefits_named_after_the_story_moved_on_from_a_birth_are_now(
    text: str, asked: str | None, expected: dict[tuple, object]
) -> None:
    assert said(text, asked, {"city": "jinan", "children": [{"birth_date": "2026-05"}]}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "生孩子前一年就领低保了 到现在也还在领",
            {("hardship_now", None): True, ("hardship_at_birth", None): True},
        ),
        (
            "怀老二之前就开始吃低保 一直吃到现在",
            {("hardship_now", None): True, ("child.hardship_at_birth", 2): True},
        ),
        ("生孩子前领过低保 现在不领了", {("hardship_now", None): False}),
    ],
)
def test_benefits_since_before_a_birth_and_still_held_were_held_at_it(
    text: str, expected: dict[tuple, object]
) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2020-05"}, {"birth_date": "2025-05"}]}
    assert said(text, None, known if "老二" in text else {}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("假如生孩子那阵社保断了 啥都没有 还能给报点吗", ("none", "question")),
        ("生孩子的时候医保断缴了", ("none", "statement")),
        ("社保断了半年 生孩子的时候是职工医保", ("employee_maternity", "statement")),
    ],
)
def test_insurance_that_lapsed_is_none_unless_a_kind_is_named(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(u.value, u.kind) for u in updates(text) if u.fact == "birth_insurance"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一胎 双胞胎 八个月了 快生了", {1: "2025-07", 2: "2025-07"}),
        ("头胎 七个月了 快生了", {1: "2025-08"}),
        ("双胞胎 八个月了 快要生了", {1: "2025-07", 2: "2025-07"}),
    ],
)
def test_months_told_before_about_to_give_birth_are_months_pregnant(
    text: str, expected: dict[int, str]
) -> None:
    assert {u.child: u.value for u in updates(text)} == expected
    assert all(u.fact == "child.due_date" and u.approx for u in updates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "老大五岁 下个月还要生一个",
            [("child.birth_date", 1, "2019-12"), ("child.due_date", 2, "2025-07")],
        ),
        (
            "闺女三岁半 明年三月还要再生一个",
            [("child.birth_date", 1, "2021-12"), ("child.due_date", 2, "2026-03")],
        ),
    ],
)
def test_a_date_ahead_after_a_childs_age_is_another_child(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [(u.fact, u.child, u.value) for u in updates(text, asked="children")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周一生的老三 老大老二一个九岁一个六岁", {1: "2015-12", 2: "2018-12", 3: "2025-05-19"}),
        ("老大老二分别五岁和三岁", {1: "2019-12", 2: "2021-12"}),
        ("老大和老二 一个7岁 一个4岁 老三刚满月", {1: "2017-12", 2: "2020-12", 3: "2025-05"}),
    ],
)
def test_ages_said_one_each_of_the_children_named_together(
    text: str, expected: dict[int, str]
) -> None:
    assert {u.child: u.value for u in updates(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周三生的 差一天就是元旦宝宝了", "2025-05-21"),
        ("5月31号生的 差几个小时就是儿童节", "2025-05-31"),
        ("前天生的 再晚两天就是儿童节了", "2025-05-30"),
    ],
)
def test_the_day_a_birth_nearly_fell_on_is_no_date(text: str, expected: str) -> None:
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大五岁 老二比老大小两岁", {("child.birth_date", 1): "2019-12"}),
        (
            "俩孩子相差三岁 老大六岁",
            {("child_count", None): 2, ("child.birth_date", 1): "2018-12"},
        ),
        ("老二是23年十月生的 跟老三差一岁", {("child.birth_date", 2): "2023-10"}),
        ("老三是前年十月生的 老二大她两岁", {("child.birth_date", 3): "2023-10"}),
        ("老大十岁 老二小他四岁", {("child.birth_date", 1): "2014-12"}),
        ("老二小老大三岁 老大九岁", {("child.birth_date", 1): "2015-12"}),
    ],
)
def test_years_between_two_children_are_no_age(text: str, expected: dict[tuple, str]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我现在灵活就业 二胎就靠这个报销 预产期九月", (2, "2025-09")),
        ("这是三胎 预产期明年2月", (3, "2026-02")),
        ("二胎 怀了五个月", (2, "2025-10")),
    ],
)
def test_a_birth_named_by_tai_then_a_due_date_is_the_one_expected(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(u.child, u.value) for u in updates(text) if u.fact == "child.due_date"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打算明年要二胎 要是要了能领多少", [("child.due_date", 2, "2026", "question")]),
        # a plan told with nothing asked about it states no due date (zh-7067: 今年想再要一个)
        ("我们计划后年要个老二", []),
        ("我们计划后年要个老二 能领多少", [("child.due_date", 2, "2027", "question")]),
        ("打算要三胎 现在俩孩子", [("child_count", None, 2, "statement")]),
    ],
)
def test_a_child_planned_for_a_year_ahead_is_put_as_a_question(
    text: str, expected: list[tuple]
) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2024-05"}]}
    got = updates(text, known=known if "三胎" not in text else {})
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大宝一米五了 二宝一米二八 小宝才九十", {1: 150, 2: 128, 3: 90}),
        ("老大一米二 老二才八十五", {1: 120, 2: 85}),
        ("老大已经120了 老二才95", {1: 120, 2: 95}),
    ],
)
def test_bare_heights_after_only_or_already(text: str, expected: dict[int, float]) -> None:
    assert {u.child: u.value for u in updates(text) if u.fact == "child.height_cm"} == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "不对不对 上个月生的是老三 不是老二 老二是22年的",
            ["2019-11", "2025-05"],
            [
                ("child.birth_date", 3, "2025-05", "correction"),
                ("child.birth_date", 2, "2022", "correction"),
            ],
        ),
        (
            "说错了 22年7月那个是老三 老二是20年的",
            ["2018-02", "2022-07"],
            [
                ("child.birth_date", 3, "2022-07", "correction"),
                ("child.birth_date", 2, "2020", "correction"),
            ],
        ),
        (
            "说错了 老二老三是双胞胎 都是22年7月",
            ["2018-02", "2022-07"],
            [("child.birth_date", 3, "2022-07", "statement")],
        ),
    ],
)
def test_a_known_birth_date_said_of_another_child_in_a_correction_moves(
    text: str, known: list[str], expected: list[tuple]
) -> None:
    household = {"city": "jinan", "children": [{"birth_date": d} for d in known]}
    assert [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=household)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三胞胎 快一岁了 家里还有个姐姐五岁", 4),
        ("双胞胎刚满月 上面还有个哥哥三岁", 3),
        ("龙凤胎两岁 还有个老大六岁", 3),
    ],
)
def test_multiples_and_one_more_child_also_told_are_counted(text: str, expected: int) -> None:
    assert said(text)[("child_count", None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("龙凤胎 哥哥一米一 妹妹一米零六", {1: 110, 2: 106}),
        ("双胞胎 姐姐一米二 妹妹一米一五", {1: 120, 2: 115}),
        ("双胞胎 哥哥一米一", {1: 110}),
    ],
)
def test_sibling_words_after_twins_name_each_twin(text: str, expected: dict[int, float]) -> None:
    twins = {"city": "beijing", "children": [{"birth_date": "2021-05"}, {"birth_date": "2021-05"}]}
    assert {u.child: u.value for u in updates(text, known=twins)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不对 九十五那个是老三 不是老二", (3, 95)),
        ("说错了 95的那个是老大", (1, 95)),
    ],
)
def test_a_child_picked_out_by_a_known_height_takes_it(
    text: str, expected: tuple[int, float]
) -> None:
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2016-08"},
            {"birth_date": "2019-12", "height_cm": 95},
            {"birth_date": "2022-05"},
        ],
    }
    got = [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)]
    assert got == [("child.height_cm", *expected, "correction")]


@pytest.mark.parametrize(
    "text",
    [
        "my son's wife just had their second last friday",
        "my daughter had her second on 2025-05-30",
        "his second was born on 2025-05-30",
    ],
)
def test_their_second_told_by_a_relative_is_the_second_child(text: str) -> None:
    known = {"children": [{"birth_date": "2021-09"}]}
    got = said(text, known=known)
    assert [k for k in got if k[0] == "child.birth_date"] == [("child.birth_date", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "my wife paid maternity insurance 14 months before the twins came",
        "she paid into resident insurance 10 months before the baby was born",
        "i started the job 3 weeks after she was born",
    ],
)
def test_a_span_before_or_after_a_birth_is_no_age(text: str) -> None:
    assert not [k for k in said(text) if k[0].startswith("child.")]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("sorry its only me pay gongjijin, my husband company stop it last year", 2),
        ("my father in law retired in december so he stopped paying", 3),
        ("the company stopped paying for my wife last march", 2),
    ],
)
def test_a_date_of_a_parents_job_is_no_birth(text: str, known: int) -> None:
    household = {"housing_fund_contributors": known, "children": [{"birth_date": "2023-05"}]}
    assert not [k for k in said(text, known=household) if k[0] == "child.birth_date"]


@pytest.mark.parametrize(
    "text",
    [
        "ok got it, let me ask my son tonight",
        "let me check with my daughter today",
        "we'll ask the kids' grandma today",
    ],
)
def test_the_day_of_something_the_writer_will_do_is_no_birth(text: str) -> None:
    assert said(text) == {}


def test_a_benefit_since_a_year_is_no_birth_in_that_year() -> None:
    known = {"children": [{"birth_date": "2020-02"}, {"birth_date": "2025-03"}]}
    got = said("for the baby yes we are on dibao since 2024", "hardship_at_birth", known)
    assert ("child.birth_date", 2) not in got
    assert (
        said("we have been on dibao since 2023, the kid was born 2022")[("child.birth_date", 1)]
        == "2022"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("baby 100 days today! we made a little party", "2025-02-21"),
        ("on maternity leave 98 days, baby 6 weeks now", "2025-04-20"),
        ("my grandson 40 days today", "2025-04-22"),
        ("she was born 120 days ago", "2025-02-01"),
    ],
)
def test_an_age_in_days_or_weeks_said_with_today_or_now(text: str, expected: str) -> None:
    assert said(text) == {("child.birth_date", 1): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our third arrived yesterday!! big sis 6, big bro 3", {1: "2018-12", 2: "2021-12"}),
        ("big sister 8, little brother 2", {1: "2016-12", 2: "2022-12"}),
        ("the baby is 3 months, her big bro 5", {1: "2019-12", 2: "2025-03"}),
    ],
)
def test_an_age_right_after_a_brother_or_sister(text: str, expected: dict[int, str]) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date" and k[1] in expected} == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "not buying anything, we already have our flat, bought it 2015",
            {("buying_first_home", None): False, ("owns_home_in_city", None): True},
        ),
        (
            "we rent, no own house, and not planning buy",
            {
                ("renting", None): True,
                ("owns_home_in_city", None): False,
                ("buying_first_home", None): False,
            },
        ),
        (
            "we live in own flat, not rent",
            {("owns_home_in_city", None): True, ("renting", None): False},
        ),
        (
            "we don't rent, the flat is ours",
            {("renting", None): False, ("owns_home_in_city", None): True},
        ),
        (
            "we won't buy, we still have our house",
            {("buying_first_home", None): False, ("owns_home_in_city", None): True},
        ),
    ],
)
def test_home_rent_and_buying_said_plainly_or_negated(
    text: str, expected: dict[tuple[str, None], bool]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("all 3 adults in the house pay it, me hubby and grandma", 3),
        ("i pay, husband pays, my mum pays too she still working, 3 in total", 3),
        ("me, my husband and his mother pay, so 3 altogether", 3),
        ("two of us pay it, me and my wife", 2),
    ],
)
def test_the_number_of_payers_said_beside_them(text: str, expected: int) -> None:
    assert said(text, "housing_fund_contributors") == {
        ("housing_fund_contributors", None): expected
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no no only 2 pay, grandma retired already", 2),
        ("sorry only 1 pays now, my wife quit", 1),
    ],
)
def test_a_number_of_payers_corrects_the_one_known(text: str, expected: int) -> None:
    known = {"housing_fund_contributors": 3, "children": [{"birth_date": "2023-01"}]}
    got = [(u.fact, u.value, u.kind) for u in updates(text, known=known)]
    assert got == [("housing_fund_contributors", expected, "correction")]


@pytest.mark.parametrize(
    "text",
    [
        "paid gongjijin 8 years by myself, wife not",
        "i paid housing fund 5 years, husband no",
        "paying gongjijin since 2019 myself, my wife doesn't",
    ],
)
def test_the_writer_pays_and_the_spouse_not(text: str) -> None:
    assert said(text) == {("housing_fund_contributors", None): 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we are on 特困 now but when baby born in 2023 not yet",
            {
                ("hardship_now", None): True,
                ("hardship_at_birth", None): False,
                ("child.birth_date", 1): "2023",
            },
        ),
        ("when she born we were on dibao", {("hardship_at_birth", None): True}),
        (
            "when the baby born we had no dibao, now we get dibao",
            {("hardship_at_birth", None): False, ("hardship_now", None): True},
        ),
    ],
)
def test_when_the_baby_born_without_was_is_the_time_of_the_birth(
    text: str, expected: dict[tuple[str, int | None], object]
) -> None:
    known = {"children": [{"birth_date": "2023-05"}]} if "2023" not in text else {}
    assert said(text, known=known) == expected


THREE = {
    "children": [{"birth_date": "2016-04"}, {"birth_date": "2019-10"}, {"birth_date": "2024-12"}]
}


@pytest.mark.parametrize(
    "text",
    [
        "When the middle one born we get 特困 support, the others no",
        "we were on dibao when our second was born, the rest no",
        "for number 2 we had 失业金 when she born, for number 1 and 3 no",
    ],
)
def test_the_other_births_answered_together(text: str) -> None:
    got = said(text, known=THREE)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.hardship_at_birth"} == {
        1: False,
        2: True,
        3: False,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is jinan subsidy until 3 years old?", {}),
        ("does beijing give money for the third child?", {}),
        ("is it the same in beijing? we are in jinan", {("city", None): "jinan"}),
    ],
)
def test_a_city_named_in_a_question_about_a_measure_is_no_fact(
    text: str, expected: dict[tuple[str, None], str]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    ["eldest 125, the twins both 101", "老大120 双胞胎都105", "twins both 95cm, big sister 1.3m"],
)
def test_heights_of_an_eldest_and_twins_state_no_count(text: str) -> None:
    known = {
        "children": [
            {"birth_date": "2019-01"},
            {"birth_date": "2021-11"},
            {"birth_date": "2021-11"},
        ]
    }
    assert ("child_count", None) not in said(text, "children.height_cm", known)
    assert said("老大5岁 去年生了双胞胎")[("child_count", None)] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("if we have the third baby next year can we still get the subsidy for the second?", 3),
        ("if we have another one next year, that'll be the third, still get money?", 3),
        ("if we have another baby next year do we get the subsidy?", 3),
    ],
)
def test_a_birth_put_as_if_next_year_is_a_due_date_asked_about(text: str, expected: int) -> None:
    known = {"children": [{"birth_date": "2021-05"}, {"birth_date": "2024-08"}]}
    got = [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)]
    assert got == [("child.due_date", expected, "2026", "question")]


def test_that_is_the_fourth_names_the_birth_put_as_if() -> None:
    known = {
        "children": [{"birth_date": "2015"}, {"birth_date": "2019"}, {"birth_date": "2024-02"}]
    }
    got = updates(
        "if we have another one next year, that's the fourth, still get money?", known=known
    )
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.due_date", 4, "2026", "question")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "for the baby yes we are on dibao since 2024, when first one born no",
            {2: True, 1: False, "now": True},
        ),
        (
            "for the second yes we had unemployment money then, the first no",
            {2: True, 1: False},
        ),
    ],
)
def test_a_yes_for_one_birth_then_more_said(text: str, expected: dict[object, bool]) -> None:
    known = {"children": [{"birth_date": "2020-02"}, {"birth_date": "2025-03"}]}
    got = said(text, "hardship_at_birth", known)
    births = {k[1]: v for k, v in got.items() if k[0] == "child.hardship_at_birth"}
    if "now" in expected:
        births["now"] = got[("hardship_now", None)]
    assert births == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry i said the twins are 2, they just turned 3", {2: "2022-06", 3: "2022-06"}),
        ("sorry i said the twins are 2, they are 3", {2: "2021-12", 3: "2021-12"}),
        ("oops i wrote the eldest was born 2019, it was 2018", {1: "2018"}),
    ],
)
def test_the_slip_quoted_in_a_correction_is_no_fact(text: str, expected: dict[int, str]) -> None:
    known = {
        "children": [{"birth_date": "2019"}, {"birth_date": "2023-07"}, {"birth_date": "2023-07"}]
    }
    got = updates(text, known=known)
    assert {u.child: u.value for u in got if u.fact == "child.birth_date"} == expected
    assert {u.kind for u in got} == {"correction"}


@pytest.mark.parametrize(
    "text",
    [
        "big boy born 2021 when we still had dibao, the baby born last month no dibao",
        "our big girl born 2019 when we had dibao, the baby born last month no dibao",
    ],
)
def test_each_birth_told_with_its_benefit(text: str) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.hardship_at_birth"} == {
        1: True,
        2: False,
    }
    assert got[("child.birth_date", 2)] == "2025-05"
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "say baby number three shows up in 2026, do we qualify for more",
        "let's say our third comes next year, how much?",
        "imagine we had a third next year, would we get more?",
    ],
)
def test_a_birth_put_with_say_or_imagine_is_a_question(text: str) -> None:
    known = {"children": [{"birth_date": "2019-08"}, {"birth_date": "2022-12"}]}
    (update,) = updates(text, known=known)
    assert (update.fact, update.child, update.value, update.kind) == (
        "child.due_date", 3, "2026", "question",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "what would we get if my wife had triplets next year? she's not pregnant yet lol",
            {1, 2, 3},
        ),
        ("she isn't pregnant yet, we have one son aged 3", set()),
        ("还没怀上 老大3岁", set()),
    ],
)
def test_a_pregnancy_denied_is_none(text: str, expected: set[int]) -> None:
    got = said(text)
    assert {k[1] for k in got if k[0] == "child.due_date"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 kids, the youngest 2 are twins born 2023.4", {2: "2023-04", 3: "2023-04"}),
        (
            "we have 4 kids, the youngest two are twins born last march",
            {3: "2025-03", 4: "2025-03"},
        ),
        ("we weren't on dibao when the first 2 were born", {}),
    ],
)
def test_a_number_after_an_order_that_is_followed_by_a_verb_counts_children(
    text: str, expected: dict[int, str]
) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        (
            "actually she was born in feb not march, feb 20",
            {"children": [{"birth_date": "2025-03"}]},
            ("child.birth_date", 1, "2025-02-20", "correction"),
        ),
        (
            "she was born in march, march 3 to be exact",
            {},
            ("child.birth_date", 1, "2025-03-03", "statement"),
        ),
        (
            "our son was born in may 2024, on may 5th",
            {},
            ("child.birth_date", 1, "2024-05-05", "statement"),
        ),
    ],
)
def test_a_day_said_after_its_month_is_the_same_birth(
    text: str, known: dict[str, object], expected: tuple
) -> None:
    assert [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "our second was born last tuesday, we were on unemployment benefit at the time and still are",
            {("child.hardship_at_birth", 2): True, ("hardship_now", None): True},
        ),
        ("our second came in march, we had dibao then", {("child.hardship_at_birth", 2): True}),
        ("老二是去年生的 当时在领低保", {("child.hardship_at_birth", 2): True}),
    ],
)
def test_benefits_at_the_time_of_a_birth_told_just_before(
    text: str, expected: dict[tuple, object]
) -> None:
    got = said(text, None, {"children": [{"birth_date": "2021-05"}]})
    assert {k: v for k, v in got.items() if "hardship" in k[0]} == expected


@pytest.mark.parametrize(
    "text",
    [
        "at our first's birth my husband was on unemployment benefit, when the second came nothing",
        "we had dibao when the first was born, when the second came nothing",
    ],
)
def test_nothing_at_a_birth_is_no_benefit(text: str) -> None:
    got = said(text, None, {"children": [{"birth_date": "2019-04"}, {"birth_date": "2023-10"}]})
    assert got[("child.hardship_at_birth", 1)] is True
    assert got[("child.hardship_at_birth", 2)] is False


@pytest.mark.parametrize(
    "text",
    [
        "our third was born last week, we were on dibao at the birth too, unlike with the first two",
        "we were on dibao when our third was born, unlike the first two",
    ],
)
def test_the_births_said_unlike_the_one_told_had_the_other_answer(text: str) -> None:
    known = {"children": [{"birth_date": "2017-06"}, {"birth_date": "2020-02"}]}
    got = said(text, None, known)
    assert [got.get(("child.hardship_at_birth", n)) for n in (1, 2, 3)] == [False, False, True]


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("housing fund: me yes hubby yes my dad yes mum no", None, 3),
        ("gongjijin - wife yes, me no, my mother-in-law yes", None, 2),
        ("sorry just 2 paying gongjijin now, my dad retired", None, 2),
        ("3 of us pay into the housing fund", None, 3),
        ("gongjijin x2 - my wife and her brother. not me", "housing_fund_contributors", 2),
        ("both me and husband, and grandpa too actually, so 3", "housing_fund_contributors", 3),
    ],
)
def test_fund_payers_counted_person_by_person_or_as_a_number(
    text: str, asked: str | None, expected: int
) -> None:
    assert said(text, asked)[("housing_fund_contributors", None)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "if we buy our first home next year can we both use our gongjijin? we both pay it",
        "if we buy a flat can we use the fund? my wife and I both pay into it",
    ],
)
def test_fund_payers_told_after_a_hypothetical_question_are_stated(text: str) -> None:
    got = updates(text)
    fund = next(u for u in got if u.fact == "housing_fund_contributors")
    assert (fund.value, fund.kind) == (2, "statement")
    assert updates("if we both pay gongjijin can we borrow more?")[0].kind == "question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "when I had our first I was on employee maternity, since then I've gone freelance",
            "employee_maternity",
        ),
        (
            "she's on flexible employment now but had resident medical when she gave birth",
            "resident_medical",
        ),
        ("现在是灵活就业 生孩子的时候是单位交的生育保险", "employee_maternity"),
        ("we have resident medical insurance now", "resident_medical"),
    ],
)
def test_the_insurance_at_the_birth_wins_over_the_one_had_since(text: str, expected: str) -> None:
    assert said(text)[("birth_insurance", None)] == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("may! its our 2nd", "due_date", ("child.due_date", 2026, 5)),
        ("it's may.", "due_date", ("child.due_date", 2026, 5)),
        ("born end of may.", None, ("child.birth_date", 2025, 5)),
    ],
)
def test_may_alone_is_the_month(text: str, asked: str | None, expected: tuple) -> None:
    (update,) = [u for u in updates(text, asked=asked) if u.fact.startswith("child.")]
    fact, year, month = expected
    assert (update.fact, update.value) == (fact, f"{year}-{month:02d}")
    assert updates("yes we may", asked="due_date") == []


@pytest.mark.parametrize(
    "text",
    [
        "last monday our baby arrived!!! 2 kids now",
        "our baby was born on 20 may, so happy",
        "the baby came 3 days ago",
    ],
)
def test_a_birth_long_after_the_known_childs_is_a_new_child(text: str) -> None:
    got = said(text, None, {"children": [{"birth_date": "2022-02"}]})
    assert [k[1] for k in got if k[0] == "child.birth_date"] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what if we move to beijing next month, the money still come?", "beijing"),
        ("如果我们搬到北京 补贴会变吗", "beijing"),
        ("if we lived in beijing would we get more?", "beijing"),
    ],
)
def test_a_move_to_another_city_put_hypothetically_is_a_question(text: str, expected: str) -> None:
    got = updates(text, known={"city": "jinan"})
    assert [(u.fact, u.value, u.kind) for u in got] == [("city", expected, "question")]
    assert (
        updates("if we moved our hukou to beijing would we get more?", known={"city": "beijing"})[
            0
        ].fact
        == "hukou_in_city"
    )


@pytest.mark.parametrize(
    "text",
    [
        "if we moved to jinan would the 600 a month apply to our 1 yo?",
        "if we lived in beijing would our 1 year old get more?",
    ],
)
def test_a_child_named_by_its_age_inside_a_question_is_stated(text: str) -> None:
    got = updates(text, known={"city": "beijing"})
    child = next(u for u in got if u.fact == "child.birth_date")
    assert (child.child, child.value, child.kind, child.approx) == (1, "2023-12", "statement", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("does a 1.2m kid need a ticket?", {}),
        ("is a 2 year old eligible for the subsidy?", {}),
        ("does my 1.2m kid need a ticket?", {("child.height_cm", 1): 120.0}),
        (
            "my daughter is 1.2m, does a kid that tall need a ticket?",
            {("child.height_cm", 1): 120.0},
        ),
    ],
)
def test_a_child_of_no_one_in_a_question_about_a_measure_states_nothing(
    text: str, expected: dict[tuple, object]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text", ["we live in jinan, hukou is back in heze", "our hukou's still back in linyi"]
)
def test_a_hukou_back_in_another_place_is_not_local(text: str) -> None:
    assert said(text)[("hukou_in_city", None)] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my mum asked me to type this. my baby brother is 6 months and im 12",
            ["2012-12", "2024-12"],
        ),
        ("my little sister is 3 and i'm 10, mum asked me to ask", ["2014-12", "2021-12"]),
        ("i'm 35 and my baby brother is 2", ["2022-12"]),
    ],
)
def test_a_child_writing_for_the_family_is_one_of_the_children(
    text: str, expected: list[str]
) -> None:
    got = said(text)
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("laoda is 3 and a half, pregnant again", {("child.birth_date", 1): "2021-12"}),
        (
            "our laoda 7 years old, laoer just turned 2",
            {("child.birth_date", 1): "2017-12", ("child.birth_date", 2): "2023-06"},
        ),
        (
            "laoer and laosan born yesterday, twins",
            {("child.birth_date", 2): "2025-05-31", ("child.birth_date", 3): "2025-05-31"},
        ),
    ],
)
def test_birth_orders_written_in_pinyin_are_the_chinese_words(
    text: str, expected: dict[tuple, object]
) -> None:
    got = said(
        text, known={"children": [{"birth_date": "2018-04"}]} if "laoer and" in text else None
    )
    assert {k: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3 kids: a pair of twins, 6 yrs, and a baby boy born 2 weeks ago",
            ["2018-12", "2018-12", "2025-05-18"],
        ),
        (
            "the boy is the eldest, 6 yrs, the girls are twins 18 months",
            ["2018-12", "2023-12", "2023-12"],
        ),
        ("the oldest two are twins 8 yrs, the youngest is 2", ["2016-12", "2016-12", "2022-12"]),
        ("our daughter, 4 years, and the baby 3 months", ["2020-12", "2025-03"]),
    ],
)
def test_an_age_in_years_said_alone_after_its_child_is_that_childs(
    text: str, expected: list[str]
) -> None:
    got = said(text, asked="children")
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "twins born last march, big brother is 4 and a half",
        "the little ones born yesterday, twins!! big sister is 3",
        "triplets almost 1, big sis just turned 5",
        "their big brother is 6 and the twins just turned 1, is the subsidy per baby?",
    ],
)
def test_a_big_brother_or_sister_beside_multiples_counts_them(text: str) -> None:
    got = said(text)
    assert got[("child_count", None)] == (4 if "triplets" in text else 3)
    assert ("child.birth_date", 1) in got and ("child.birth_date", 3) in got


def test_our_eldest_beside_multiples_still_counts_them() -> None:
    assert said("the triplets came last week, our eldest is 11")[("child_count", None)] == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her big brother is 6 and the twins are 10 months", 3),
        ("the twins turned 2 last week, their older sister is 7", 3),
        ("twins from '23, their brother from '18", 3),
        # a younger one or an elder one added: the count too (README, either order)
        ("the twins are 3 and their brother is 1", 3),
        ("twins born '22 and their lil bro in '24", 3),
        ("twins born 2 months ago + our 5 year old", 3),
    ],
)
def test_the_twins_and_their_elder_sibling_count_the_children(
    text: str, expected: int | None
) -> None:
    """'their big sister is 5 and the twins 8 months': the elder child and the multiple birth
    told together are the family's children (README); a younger one told beside them too."""
    assert said(text).get(("child_count", None)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 girls 1 boy. the boy is laoda, 6 yrs, the girls are twins 18 month", 3),
        ("1 boy, 2 girls: the girls are twins 3 yrs, the boy 7", 3),
        ("2 boys and a girl, the boys are twins of 5 and the girl is 2", 3),
    ],
)
def test_children_counted_by_sex_with_twins_among_them(text: str, expected: int) -> None:
    got = said(text, asked="children")
    assert got[("child_count", None)] == expected
    assert len([k for k in got if k[0] == "child.birth_date"]) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("4, the oldest two are twins 8 yrs, then 2 boys 5 and 2", "children",
         ["2016-12", "2016-12", "2019-12", "2022-12"]),
        ("3, the eldest 9 and then twin girls of 4", "children", ["2015-12", "2020-12", "2020-12"]),
        ("three! 6, 3 and 3, the younger 2 are twins", "children", ["2018-12", "2021-12", "2021-12"]),
        ("my 3 grandkids: 7, 4, and the baby 5 months", None, ["2017-12", "2020-12", "2025-01"]),
        ("our 3 kids: 8, 5 and the baby 3 months", None, ["2016-12", "2019-12", "2025-03"]),
    ],
)  # fmt: skip
def test_ages_listed_after_the_count_beside_an_order_or_a_baby(
    text: str, asked: str | None, expected: list[str]
) -> None:
    """The number answering 'how many children' comes first ('4, … then 2 boys 5 and 2'); the
    ages listed after it are the children's, not a number of an order ('the younger 2') or one
    counting some of them ('2 boys')."""
    got = said(text, asked=asked)
    assert got[("child_count", None)] == len(expected)
    assert [got[("child.birth_date", n)] for n in range(1, len(expected) + 1)] == expected


def test_one_more_is_no_age() -> None:
    got = said("twins + one more = three kids", asked="children")
    assert got == {("child_count", None): 3}


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("the twins are 1.18 now, do they need a ticket?", None, {1: 118.0, 2: 118.0}),
        ("twins both around 1.12", "children.height_cm", {1: 112.0, 2: 112.0}),
        ("both exactly 1m15", "children.height_cm", {1: 115.0, 2: 115.0}),
        ("both of them about 1.1m", "children.height_cm", {1: 110.0, 2: 110.0}),
    ],
)
def test_one_height_in_metres_for_both_twins_is_each_ones(
    text: str, asked: str | None, expected: dict[int, float]
) -> None:
    twins = {"children": [{"birth_date": "2020-03"}, {"birth_date": "2020-03"}]}
    got = said(text, asked=asked, known=twins)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.height_cm"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "me and wife pay 公积金, grandma retired so not her",
        "me and husband both have gongjijin",
        "wife and i pay gongjijin",
    ],
)
def test_me_and_wife_without_my_are_two_payers(text: str) -> None:
    assert said(text)[("housing_fund_contributors", None)] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("none yet, twins coming in august", ["2025-08", "2025-08"]),
        ("no kids yet, baby coming in july", ["2025-07"]),
        ("triplets arriving next month", ["2025-07", "2025-07", "2025-07"]),
    ],
)
def test_babies_coming_in_a_month_are_due_then(text: str, expected: list[str]) -> None:
    got = said(text, asked="children")
    assert not any(k[0] == "child.birth_date" for k in got)
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.due_date")] == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("not on dibao anymore. we had it when the triplets born", True),
        ("we're on dibao now, but we didn't have it when the triplets were born", False),
        ("unemployment money stopped. we were on it when the triplets came", True),
    ],
)
def test_a_benefit_named_before_and_then_called_it_is_held_at_the_birth_named(
    text: str, held: bool
) -> None:
    four = {"children": [{"birth_date": "2016-11"}] + [{"birth_date": "2023-05"}] * 3}
    got = said(text, known=four)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.hardship_at_birth"} == {
        2: held,
        3: held,
        4: held,
    }


@pytest.mark.parametrize(
    "text",
    [
        "ok thank you, will ask my son, the twins' dad, tonight",
        "thanks, will talk to my wife about it tonight",
    ],
)
def test_tonight_with_no_birth_named_is_the_writers_plan_not_a_birth(text: str) -> None:
    assert said(text) == {}


def test_a_birth_tonight_is_still_a_birth() -> None:
    assert said("twins born tonight!")[("child.birth_date", 1)] == "2025-06-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3. one girl 10 and twin boys just turned 2", ["2014-12", "2023-06", "2023-06"]),
        ("2, one boy 7 and one girl 3", ["2017-12", "2021-12"]),
        ("two: a son 9 and one daughter 4", ["2015-12", "2020-12"]),
    ],
)
def test_one_boy_or_girl_and_an_age_is_that_childs_age(text: str, expected: list[str]) -> None:
    got = said(text, asked="children")
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("granddaughter 6 years, grandson 9", {1: "2015-12", 2: "2018-12"}),
        ("boy 6 years and small girl 2", {1: "2018-12", 2: "2022-12"}),
        ("my son 7 yrs, daughter 4 years", {1: "2017-12", 2: "2020-12"}),
        ("for the first 2 years the subsidy is monthly", {}),
    ],
)
def test_a_child_word_then_n_years_is_an_age(text: str, expected: dict[int, str]) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eldest 1 meter 28", {1: 128.0}),
        (
            "granddaughter 6 years, one meter two five. grandson 9, one meter four",
            {1: 140.0, 2: 125.0},
        ),
        ("the big one 1 metre 31, the small one one meter five", {1: 131.0, 2: 150.0}),
    ],
)
def test_heights_in_metres_and_centimetres_said_with_words(
    text: str, expected: dict[int, float]
) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.height_cm"} == expected


HEIGHTLESS_PAIR = {
    "city": "jinan",
    "children": [{"birth_date": "2019-04"}, {"birth_date": "2022-08"}],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("both kids under 1.2m still, so they ride free right", {1: 120.0, 2: 120.0}),
        ("both our children are below 1.2 m", {1: 120.0, 2: 120.0}),
        ("eldest 1m28, second one I don't know but surely less than 1.1", {2: 110.0}),
        ("the little one under 1.1m for sure", {2: 110.0}),
        ("do kids under 1.2m ride free?", {}),
        ("is it free under 1.2?", {}),
    ],
)
def test_a_child_said_to_be_under_a_height_in_english(
    text: str, expected: dict[int, float]
) -> None:
    got = said(text, "children.height_cm", HEIGHTLESS_PAIR)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.height_below_cm"} == expected
    # "both kids": a count word of the two known children states their count
    assert got.get(("child_count", None)) == (2 if "both" in text else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twins came last friday!!! with our boy that makes 3", 3),
        ("our second girl arrived on monday, which makes 2 now", 2),
        ("baby boy born yesterday, that makes it 3 altogether", 3),
    ],
)
def test_that_makes_n_after_a_birth_is_the_count(text: str, expected: int) -> None:
    assert said(text, known={"children": [{"birth_date": "2021-05"}]})[("child_count", None)] == (
        expected
    )
    assert ("child_count", None) not in said("my husband pays gongjijin too, that makes 2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry sorry not 2 kid, 3 kid, the small one 4 month", {3: "2025-02"}),
        ("sorry, not 2 kids but 3", {}),
        ("not 2 kids, we have 3, the youngest is 5 months", {3: "2025-01"}),
    ],
)
def test_a_count_said_instead_of_the_one_denied_in_english(
    text: str, expected: dict[int, str]
) -> None:
    known = {"children": [{"birth_date": "2017-06"}, {"birth_date": "2021-03"}]}
    got = {(u.fact, u.child): u for u in updates(text, known=known)}
    assert (got["child_count", None].value, got["child_count", None].kind) == (3, "correction")
    born = {k[1]: u for k, u in got.items() if k[0] == "child.birth_date"}
    assert {k: u.value for k, u in born.items()} == expected
    assert all(u.kind == "statement" for u in born.values())  # the child forgotten is new


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what if she'd been born in 2022, would she still qualify for it", "question"),
        ("what if he was born in 2022", "question"),
        ("sorry, she was born in 2022 actually", "correction"),
    ],
)
def test_a_year_said_of_the_one_known_child_is_near_it_anywhere_in_that_year(
    text: str, kind: str
) -> None:
    got = updates(text, known={"children": [{"birth_date": "2023-04"}]})
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.birth_date", 1, "2022", kind)
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i said 1 but my husband also pays, so 2", "correction"),
        ("i said 1 but my husband pays as well, 2 of us", "correction"),
        ("my husband pays too, so that's 2", "statement"),
    ],
)
def test_one_more_payer_of_the_known_fund_count(text: str, kind: str) -> None:
    got = updates(text, known={"city": "beijing", "housing_fund_contributors": 1})
    assert [(u.fact, u.value, u.kind) for u in got] == [("housing_fund_contributors", 2, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "sorry my mistake, when the first was born we were NOT on dibao yet, only from '22",
        "we got dibao from 2022, no dibao when they were born",
        "on unemployment benefit starting from march, not at the births",
    ],
)
def test_the_date_a_benefit_began_from_is_no_birth(text: str) -> None:
    known = {"children": [{"birth_date": "2020-05"}, {"birth_date": "2023-09"}]}
    assert not [u for u in updates(text, known=known) if u.fact == "child.birth_date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes we rent. 2 kids 3yo and 18 months", ["2021-12", "2023-12"]),
        ("two kids: 5yo and 20 months", ["2019-12", "2023-10"]),
        ("she is 3 years and 2 months old", ["2022-04"]),
    ],
)
def test_ages_in_years_and_in_months_listed_side_by_side(text: str, expected: list[str]) -> None:
    got = said(text)  # "3yo and 18 months" are two children, not one of three years and 18 months
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


@pytest.mark.parametrize(
    ("text", "cm", "born"),
    [
        ("its our 2nd, the first is 1.1m tall and 4 yrs", 110.0, "2020-12"),
        ("our son is 105cm and 3 years old", 105.0, "2021-12"),
        ("she's 1.05 m tall and 3", 105.0, "2021-12"),
    ],
)
def test_an_age_joined_to_a_height(text: str, cm: float, born: str) -> None:
    got = said(text)
    assert got[("child.height_cm", 1)] == cm
    assert got[("child.birth_date", 1)] == born


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he is almost 3 and baby sister only 6 weeks", ["2022-07", "2025-04-20"]),
        ("three!! oldest 10, twin girls 5 weeks", ["2014-12", "2025-04-27", "2025-04-27"]),
        ("my daughter is 5 and the baby just 10 days", ["2019-12", "2025-05-22"]),
    ],
)
def test_a_child_aged_in_weeks_or_days_without_old(text: str, expected: list[str]) -> None:
    got = said(text, asked="children")
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


def test_ages_listed_after_the_count_beside_a_pregnancy() -> None:
    assert said("expecting twins in december, we already got 2 boys 7 and 4") == {
        ("child_count", None): 2,
        ("child.birth_date", 1): "2017-12",
        ("child.birth_date", 2): "2020-12",
        ("child.due_date", 3): "2025-12",
        ("child.due_date", 4): "2025-12",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she was born on the 2nd of this past May, at night", "2025-05-02"),
        ("he came on the 3rd of last December", "2024-12-03"),
        ("born the 14th of last march", "2025-03-14"),
    ],
)
def test_a_day_of_a_month_said_relative_to_today(text: str, expected: str) -> None:
    assert said(text)[("child.birth_date", 1)] == expected


def test_the_baby_after_the_older_one_is_the_youngest() -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2019-05"}, {"birth_date": "2025-05"}]}
    text = "for the older one no. the baby born last month yes, we were on dibao then"
    assert said(text, asked="hardship_at_birth", known=known) == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my eldest is 1m32 and the little one not even 1 metre yet",
            {("child.height_cm", 1): 132.0, ("child.height_below_cm", 2): 100.0},
        ),
        (
            "twins both still under 1 meter, their sister 1.28",
            {
                ("child.height_cm", 1): 128.0,
                ("child.height_below_cm", 2): 100.0,
                ("child.height_below_cm", 3): 100.0,
            },
        ),
        (
            "the twins are both under 1.2m, big brother 1.35",
            {
                ("child.height_cm", 1): 135.0,
                ("child.height_below_cm", 2): 120.0,
                ("child.height_below_cm", 3): 120.0,
            },
        ),
    ],
)
def test_one_metre_and_the_twins_under_it(text: str, expected: dict[tuple, object]) -> None:
    kids = [{"birth_date": "2017-06"}, {"birth_date": "2022-09"}]
    if "twins" in text:
        kids.append({"birth_date": "2022-09"})
    assert said(text, known={"city": "beijing", "children": kids}) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we were a 特困 family when our eldest arrived, but not for the younger two",
        "dibao at the birth of our eldest, not for the younger 2",
    ],
)
def test_the_younger_two_are_the_last_two_births(text: str) -> None:
    known = {
        "city": "jinan",
        "children": [{"birth_date": d} for d in ("2012-09", "2017-03", "2022-10")],
    }
    assert said(text, known=known) == {
        ("child.hardship_at_birth", 1): True,
        ("child.hardship_at_birth", 2): False,
        ("child.hardship_at_birth", 3): False,
    }


@pytest.mark.parametrize(
    "text",
    [
        "the twins came while my husband was on 失业金, for our eldest we were ok, no benefits",
        "for the eldest, no dibao. the twins came when we were on dibao",
        "we got dibao when the twins were born, for our first one we were fine",
    ],
)
def test_for_one_birth_we_were_fine_is_no_benefits_then(text: str) -> None:
    known = {
        "city": "jinan",
        "children": [{"birth_date": d} for d in ("2018-02", "2024-11", "2024-11")],
    }
    assert said(text, known=known) == {
        ("child.hardship_at_birth", 1): False,
        ("child.hardship_at_birth", 2): True,
        ("child.hardship_at_birth", 3): True,
    }


def test_the_baby_of_the_child_just_named_by_its_order_is_that_child() -> None:
    text = "our second is here! the baby was born yesterday"
    known = {"city": "jinan", "children": [{"birth_date": "2019-05"}]}
    assert said(text, known=known) == {("child.birth_date", 2): "2025-05-31"}


@pytest.mark.parametrize(
    "text",
    [
        "yes renting in chaoyang, we own nothing here",
        "yes we rent a small 房子 in lixia, no 自己的房 yet",
        "yes, we dont have 自己的房子",
    ],
)
def test_owning_nothing_or_no_home_of_ones_own_in_mixed_words(text: str) -> None:
    got = said(text, asked="renting", known={"city": "jinan"})
    assert got[("owns_home_in_city", None)] is False


@pytest.mark.parametrize(
    ("text", "asked", "city"),
    [
        ("baby born last march, we rent small flat in lixia", None, None),
        ("my son and his wife rent a place in haidian", None, None),
        ("lixia district", "city", "jinan"),
        ("we live in haidian, beijing", None, "beijing"),
    ],
)
def test_a_district_in_english_states_the_city_only_as_the_answer(
    text: str, asked: str | None, city: str | None
) -> None:
    assert said(text, asked=asked).get(("city", None)) == city


@pytest.mark.parametrize(
    "text",
    [
        "nope, not at any of the births. we only started 失业金 this month",
        "no. we just started dibao last month",
    ],
)
def test_benefits_started_lately_are_benefits_now(text: str) -> None:
    kids = [{"birth_date": "2016-04"}, {"birth_date": "2022-02"}]
    got = said(text, asked="hardship_at_birth", known={"city": "beijing", "children": kids})
    assert got == {("hardship_at_birth", None): False, ("hardship_now", None): True}


# en21 (hardship now and at each birth) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is the dibao money paid every month?",
        "do i need the dibao certificate to apply?",
        "a neighbour says if you are on dibao you get nothing else, is that true?",
        "would the 特困 support go up with a third?",
    ],
)
def test_a_question_naming_the_benefit_as_a_thing_says_nothing_of_the_family(text: str) -> None:
    assert not [k for k in said(text) if "hardship" in k[0]]


def test_a_question_after_the_family_says_it_is_on_the_benefit_keeps_that() -> None:
    assert said("we have dibao, do we need the dibao certificate?") == {
        ("hardship_now", None): True
    }


@pytest.mark.parametrize(
    "text",
    [
        "my husband was on 失业金 when our 2nd was born, now he works again, no more",
        "when our second came we had shiyejin, the shiyejin already ended in the summer",
        "we had dibao when the 2nd was born. now he has a job again, no more 失业金",
        "for the second yes we had dibao back then. and we are not on dibao anymore",
    ],
)
def test_a_benefit_that_ended_is_no_benefit_now(text: str) -> None:
    kids = [{"birth_date": "2019-01"}, {"birth_date": "2023-03"}]
    got = said(text, known={"city": "jinan", "children": kids})
    assert got[("hardship_now", None)] is False
    assert got[("child.hardship_at_birth", 2)] is True


@pytest.mark.parametrize(
    "text",
    [
        "the little one 4 months, born when my son-in-law was on 失业金. the big one is 6, that time no",
        "our baby girl 3 months, born while we were on dibao. her brother is 5, that time no",
    ],
)
def test_born_when_speaks_of_the_child_just_named_and_that_time_of_the_next(text: str) -> None:
    got = said(text)
    assert got[("child.hardship_at_birth", 2)] is True
    assert got[("child.hardship_at_birth", 1)] is False


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("2 kids, on dibao with both births", True),
        ("each time a baby came they were on dibao", True),
        ("kids born in '22 and '24, both times we were on shiyejin", True),
        ("with each birth we had tekun", True),
        ("we on 失业金 since march, no at both births", False),
        ("no dibao now, no dibao back then", False),
        ("we are on dibao now, and we had it back then too", True),
        ("on shiyejin since 2021, also when both kids were born", True),
    ],
)
def test_the_births_said_together_or_as_then_against_now(text: str, held: bool) -> None:
    kids = [{"birth_date": "2022-05"}, {"birth_date": "2024-03"}]
    got = said(text, known={"city": "jinan", "children": kids})
    assert got[("hardship_at_birth", None)] is held
    assert not [k for k in got if k[0] == "child.hardship_at_birth"]


def test_a_birth_in_the_time_of_a_past_benefit_had_it_and_says_nothing_of_now() -> None:
    got = said("my husband got 失业金 for 6 months last year, our baby was born in that time")
    assert got == {("hardship_at_birth", None): True}


@pytest.mark.parametrize(
    "text",
    [
        "suppose my son-in-law had 失业金 in the month the baby came, would we get more?",
        "what if my wife goes on shiyejin before the birth in may, does it count?",
    ],
)
def test_a_benefit_at_the_birth_put_as_a_question(text: str) -> None:
    got = updates(text, known={"city": "jinan", "children": [{"birth_date": "2024-06"}]})
    assert [(u.fact, u.value, u.kind) for u in got if "hardship" in u.fact] == [
        ("hardship_at_birth", True, "question")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "we came off dibao last march and not on it since",
        "we came off dibao in march 2024",
        "the shiyejin ran out in october",
        "sorry, our hukou is beijing, they changed it in 2024",
        "money only got tight this year",
    ],
)
def test_the_date_a_benefit_or_hukou_changed_is_no_birth(text: str) -> None:
    got = said(text, known={"city": "beijing", "children": [{"birth_date": "2022-05"}]})
    assert not [k for k in got if k[0] == "child.birth_date"]


@pytest.mark.parametrize(
    "text",
    ["we didnt have shiyejin yet then, it started this month", "no dibao then, it just started"],
)
def test_a_benefit_that_just_started_is_a_benefit_now(text: str) -> None:
    kids = [{"birth_date": "2025-03"}]
    got = said(text, asked="hardship_at_birth", known={"city": "beijing", "children": kids})
    assert got[("hardship_now", None)] is True


def test_an_order_with_a_child_word_then_n_years_is_an_age_not_a_span() -> None:
    # en16's "twins 8 yrs" and en17's "the first 2 years" (a span) together: en-1853
    got = said("kids: first child 5 years, second one 2 years, and baby no.3 due in august")
    assert got[("child.birth_date", 1)] == "2019-12"
    assert got[("child.birth_date", 2)] == "2022-12"
    assert not [
        k
        for k, v in said("the first 2 years we were on dibao").items()
        if k[0] == "child.birth_date"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("baby born 2 month ago, first child 5 years", ["2019-12", "2025-04"]),
        ("first child 5 years, second one 2 years", ["2019-12", "2022-12"]),
        ("1st child 4 years, 2nd 8 months", ["2020-12", "2024-10"]),
        ("daughter 2 yrs 5 months son 7 wks", ["2023-01", "2025-04-13"]),
        ("eldest 7, 2nd 4 years, baby 5 weeks", ["2017-12", "2020-12", "2025-04-27"]),
    ],
)
def test_an_age_said_with_its_unit_and_no_old_after_the_child(
    text: str, expected: list[str]
) -> None:
    got = said(text)
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("neither of us has a flat, we rent", None),
        ("none of us owns a home in jinan", None),
        ("looking at flats now, we dont have any in beijing", None),
        ("yes, first one, we have nothing in beijing", "buying_first_home"),
    ],
)
def test_no_home_said_of_everyone_or_of_homes_talked_about(text: str, asked: str | None) -> None:
    assert said(text, asked)[("owns_home_in_city", None)] is False


def test_nothing_had_when_homes_are_not_talked_about_is_no_home() -> None:
    assert ("owns_home_in_city", None) not in said("we rent, we don't have any savings")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have a boy 3 and twins coming in september!", {2: "2025-09", 3: "2025-09"}),
        ("first boy born in '23, and a girl coming in june", {2: "2025-06"}),
        ("baby no.2 coming in march, the first is 4", {2: "2026-03"}),
    ],
)
def test_a_baby_coming_in_a_month_is_due_then(text: str, expected: dict[int, str]) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.due_date"} == expected


def test_a_child_coming_home_is_no_pregnancy() -> None:
    assert not [k for k in said("my daughter is coming home in june") if k[0] == "child.due_date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("laoda 7, laoer 3", {1: "2017-12", 2: "2021-12"}),
        ("lao da is 5, lao er just born", {1: "2019-12", 2: "2025-06"}),
        ("our laosan 2 months, laoda 9", {1: "2015-12", 3: "2025-04"}),
    ],
)
def test_children_named_by_order_in_pinyin(text: str, expected: dict[int, str]) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our baby came yesterday, her big brothers 6 and 3", ["2018-12", "2021-12", "2025-05-31"]),
        ("his big sisters 8 and 5", ["2016-12", "2019-12"]),
        ("eldest 9, then 6, then 2", ["2015-12", "2018-12", "2022-12"]),
    ],
)
def test_ages_of_older_siblings_listed_together(text: str, expected: list[str]) -> None:
    got = said(text)
    assert [got[k] for k in sorted(k for k in got if k[0] == "child.birth_date")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("local hukou, only one baby 10 month", 1),
        ("my son's family, they have 2 child, big one 9, small one 1", 2),
        ("we just have 1 child, she is 4", 1),
    ],
)
def test_a_count_of_children_said_in_the_singular(text: str, expected: int) -> None:
    assert said(text)[("child_count", None)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "grandson (the big one) 1m32, granddaughter not yet 1.2m",
        "the big one 1m32, the little one hasn't reached 1.2m yet",
    ],
)
def test_a_child_not_yet_at_a_height_is_under_it(text: str) -> None:
    known = {"children": [{"birth_date": "2017-06"}, {"birth_date": "2020-02"}]}
    got = said(text, "children.height_cm", known)
    assert got[("child.height_below_cm", 2)] == 120
    assert ("child.height_cm", 2) not in got


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("me and wife yes, my dad also, 3 ppl", "housing_fund_contributors", 3),
        ("i pay and my husband, 2 people total", "housing_fund_contributors", 2),
        ("gongjijin: me, wife and my mum, 3 people", None, 3),
    ],
)
def test_the_fund_payers_counted_last_after_they_are_listed(
    text: str, asked: str | None, expected: int
) -> None:
    assert said(text, asked)[("housing_fund_contributors", None)] == expected


@pytest.mark.parametrize(
    ("text", "renting"),
    [
        ("第一套房 我们现在租房住", True),
        ("第一套房 我说了", None),
        ("首套房啊", None),
        ("our first home, we rent now", True),
    ],
)
def test_the_first_home_named_as_the_answer_is_a_yes(text: str, renting: bool | None) -> None:
    got = said(text, "buying_first_home")
    assert got[("buying_first_home", None)] is True
    assert got.get(("renting", None)) == renting


@pytest.mark.parametrize(
    "text",
    [
        "双胞胎一个月总共能拿多少钱",
        "双胞胎一个月能领多少",
        "老二老三一个月一共多少钱",
        "双胞胎一个月加起来多少",
    ],
)
def test_money_a_month_asked_near_children_is_no_age(text: str) -> None:
    known = {
        "children": [
            {"birth_date": "2021-05"},
            {"birth_date": "2025-03"},
            {"birth_date": "2025-03"},
        ]
    }
    assert said(text, "hardship_at_birth", known) == {}


@pytest.mark.parametrize(
    ("text", "orders"),
    [
        ("双胞胎是今年3月生的不对 是2月", [2, 3]),
        ("双胞胎3月生的说错了 应该是2月", [2, 3]),
        ("老二是今年3月生的不对 是2月", [2]),
    ],
)
def test_a_date_said_wrong_after_it_leaves_the_child_named(text: str, orders: list[int]) -> None:
    known = {
        "children": [
            {"birth_date": "2021-05"},
            {"birth_date": "2025-03"},
            {"birth_date": "2025-03"},
        ]
    }
    got = updates(text, known=known)
    assert {u.child: (u.value, u.kind) for u in got} == {
        o: ("2025-02", "correction") for o in orders
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have a baby 4 months old and older son is 6 years", {1: "2018-12", 2: "2025-02"}),
        ("we have a baby 3 months old and a daughter of 5", {1: "2019-12", 2: "2025-03"}),
        ("we have a child 2 years old", {1: "2022-12"}),
    ],
)
def test_have_a_baby_of_an_age_is_a_child_born(text: str, expected: dict[int, str]) -> None:
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected
    assert not any(k[0] == "child.due_date" for k in got)


@pytest.mark.parametrize(
    "text",
    [
        "no no the baby is already born, 4 months old now",
        "no, she was born already, she is 4 months",
        "没有没有 宝宝已经出生了 现在4个月",
    ],
)
def test_a_no_denying_a_known_pregnancy_is_no_insurance_answer(text: str) -> None:
    known = {"children": [{"birth_date": "2020-05"}, {"due_date": "2025-10"}]}
    got = updates(text, asked="birth_insurance", known=known)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.birth_date", 2, "2025-02", "correction")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "我老婆怀孕7个月了 这是第三胎 前面两个一个8岁一个5岁 济南户口",
        "怀三胎了 前两个一个8岁一个5岁",
        "又怀上了 第三胎 头两个一个8岁一个5岁",
    ],
)
def test_the_first_two_then_one_age_each_beside_a_pregnancy(text: str) -> None:
    got = said(text)
    assert got[("child.birth_date", 1)] == "2016-12"
    assert got[("child.birth_date", 2)] == "2019-12"
    assert ("child.due_date", 3) in got


@pytest.mark.parametrize(
    "text",
    [
        "老二是二〇二四年八月生的 刚才说错了",
        "老二是二零二四年八月生的 刚才说错了",
        "说错了 老二是二〇二四年八月出生",
    ],
)
def test_a_year_in_chinese_numerals_corrects_a_child(text: str) -> None:
    known = {"children": [{"birth_date": "2020-05"}, {"birth_date": "2024-05"}]}
    got = updates(text, known=known)
    assert [(u.fact, u.child, u.value, u.kind) for u in got] == [
        ("child.birth_date", 2, "2024-08", "correction")
    ]


@pytest.mark.parametrize(
    ("text", "asked", "known"),
    [
        ("双胞胎是今年3月生的不对 是2月", None, [{"birth_date": "2021-05"}, {"birth_date": "2025-03"}] * 1
         + [{"birth_date": "2025-03"}]),
        ("no no the baby is already born, 4 months old now", "birth_insurance",
         [{"birth_date": "2020-05"}, {"due_date": "2025-10"}]),
    ],
)  # fmt: skip
def test_a_correction_of_the_twins_or_the_pregnancy_is_not_a_guess(
    text: str, asked: str | None, known: list[dict[str, str]]
) -> None:
    got = updates(text, asked=asked, known={"children": known})
    assert got and not any(u.guessed for u in got)


@pytest.mark.parametrize(
    "text",
    [
        "双胞胎是今年3月生的不对 是２月",
        "老二是3月生的说错了 是2月",
        "双胞胎3月生的搞错了 应该是2月",
    ],
)
def test_a_date_corrected_while_the_dibao_question_waits_is_no_answer_to_it(text: str) -> None:
    """Its 不对 / 说错了 corrects the date; it says nothing of dibao at the birth (tester 5)."""
    known = [{"birth_date": "2021-05"}, {"birth_date": "2026-03"}, {"birth_date": "2026-03"}]
    got = updates(text, asked="hardship_at_birth", known={"city": "jinan", "children": known})
    assert any(u.fact == "child.birth_date" and u.kind == "correction" for u in got)
    assert not any("hardship" in u.fact for u in got)


@pytest.mark.parametrize(
    "text",
    ["房子没有 一直租房 公积金交了三年了", "没房 一直租的", "房子没买 租房", "房子也没有 租的"],
)
def test_the_home_said_to_be_missing_before_the_rent_is_no_home_owned(text: str) -> None:
    """房子没有 answers the home question as well as 租房 the rent; 交了三年 is no age (tester 4)."""
    known = {"city": "jinan", "children": [{"birth_date": "2019"}, {"birth_date": "2022"}]}
    assert said(text, asked="owns_home_in_city", known=known) == {
        ("owns_home_in_city", None): False,
        ("renting", None): True,
    }


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("济南的 我家在吃低保 2022年生的老二能领那个600吗", "2022"),
        ("家里吃低保 23年生的老二有补贴吗", "2023"),
        ("吃低保呢 老二2022年生的能拿多少", "2022"),
    ],
)
def test_a_measure_asked_for_a_birth_is_no_dibao_at_that_birth(text: str, year: str) -> None:
    """能领 / 有补贴 asked of 老二 is a question, no yes: dibao now only (tester 6)."""
    got = said(text)
    assert got[("hardship_now", None)] is True
    assert got[("child.birth_date", 2)] == year
    assert not any(fact.endswith("hardship_at_birth") for fact, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "户口的事有影响吗 双胞胎生的时候户口还在北京",
        "户口上个月才迁过来 之前是北京户口",
        "老大出生时户口还在老家",
        "when the twins were born our hukou was still in linyi, does it matter?",
    ],
)
def test_the_hukou_at_a_birth_is_not_the_hukou_now(text: str) -> None:
    """Where the hukou was when a child was born changes nothing of the Jinan hukou (tester 8)."""
    known = [{"birth_date": "2022-05-08"}, {"birth_date": "2026-04"}, {"birth_date": "2026-04"}]
    got = said(text, known={"city": "jinan", "hukou_in_city": True, "children": known})
    assert got.get(("hukou_in_city", None)) is not False
    assert said(text, known={"city": "jinan"}).get(("hukou_in_city", None)) is not False


@pytest.mark.parametrize(
    "text",
    ["baby under 1.3m", "宝宝还不到一米三", "the little one is under 1.3", "the baby is 75cm"],
)
def test_the_baby_of_several_children_is_the_youngest(text: str) -> None:
    """Not the eldest, whose height is known already (tester 5)."""
    known = [{"birth_date": "2020-05", "height_cm": 122}, {"birth_date": "2024-09"}]
    got = updates(text, asked="children.height_cm", known={"city": "beijing", "children": known})
    assert [(u.fact.startswith("child.height"), u.child) for u in got] == [(True, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "我是孩子奶奶 问下 我儿子家上个月生了双胞胎 大孙子今年五岁了 都是济南户口 双胞胎一个月一共能领多少钱",
        "我女儿家上个月生了双胞胎 大外孙今年五岁了",
        "上个月生了双胞胎 大孙女五岁了",
    ],
)
def test_twins_told_before_the_elder_grandchild_are_three_children(text: str) -> None:
    """我儿子家 is the son's family, no child; the twins named again are the same (tester 1)."""
    got = said(text)
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 1)] == "2019-12"
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2025-05"


@pytest.mark.parametrize(
    "text",
    ["要是再生个老三能有啥补贴", "我问的是再生个老三 老三能有啥", "如果再要个三胎 有什么补贴"],
)
def test_a_third_child_wondered_about_is_a_hypothetical_pregnancy(text: str) -> None:
    """再生个老三 asked about: a due date for child 3, not yet known, as a question (tester 9)."""
    known = {"city": "jinan", "children": [{"birth_date": "2019"}, {"birth_date": "2022"}]}
    assert [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)] == [
        ("child.due_date", 3, None, "question")
    ]


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("北京的 家里一个宝宝八个月 还有个老大上小学了 有啥政策", "2024-10"),
        ("家里一个宝宝八个月 还有个老大", "2024-10"),
        ("一个孩子刚满月 还有个大的在上幼儿园", "2025-05"),
    ],
)
def test_one_child_told_beside_an_elder_is_no_count_of_one(text: str, born: str) -> None:
    """一个宝宝 … 还有个老大: the baby is child 2 and the eldest is kept, undated (tester 3)."""
    got = said(text)
    assert got[("child.birth_date", 2)] == born
    assert ("child_count", None) not in got


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("sorry correction, its actually my second baby. my son was born in 21. and we have Jinan hukou", "2021"),
        ("不对 这是二胎 老大21年生的", "2021"),
        ("actually this is our second, our daughter was born in 2020", "2020"),
    ],
)  # fmt: skip
def test_a_child_born_before_the_pregnancy_known_comes_first(text: str, born: str) -> None:
    """The son born in 2021 is child 1; the pregnancy moves to child 2, due as before (tester 7)."""
    known = {"city": "jinan", "children": [{"due_date": "2026-01"}]}
    got = said(text, known=known)
    assert got[("child.birth_date", 1)] == born
    assert got[("child.due_date", 2)] == "2026-01"
    assert ("child.birth_date", 2) not in got


@pytest.mark.parametrize(
    "text",
    ["是双胞胎啊 两个孩子 老二老三一块生的", "你咋只算一个 是双胞胎", "上个月生的是双胞胎 两个娃"],
)
def test_the_youngest_said_to_be_twins_adds_the_other_twin(text: str) -> None:
    """The twins were noted as one child: child 3 is born the day child 2 was (tester 2)."""
    known = {"city": "jinan", "children": [{"birth_date": "2021-05"}, {"birth_date": "2025-05"}]}
    assert [(u.fact, u.child, u.value, u.kind) for u in updates(text, known=known)] == [
        ("child.birth_date", 3, "2025-05", "correction")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大前年生的老大 今年又生了老二 才二十天",
         {("child.birth_date", 1, "2022"), ("child.birth_date", 2, "2025-05-12")}),
        ("上个月生的 才十天", {("child.birth_date", 1, "2025-05-22")}),
        ("大的三岁半 小的才四十天", {("child.birth_date", 1, "2021-12"), ("child.birth_date", 2, "2025-04-22")}),
        ("老大五岁 小宝刚满十天", {("child.birth_date", 1, "2019-12"), ("child.birth_date", 2, "2025-05-22")}),
    ],
)  # fmt: skip
def test_an_age_in_days_after_the_child_or_its_birth_year(text: str, expected: set[tuple]) -> None:
    """小的才四十天, 小宝刚满十天: days after the child named are its age; 今年生的 … 才二十天: the
    days tell the birth of that year or month to the day."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("生的时候没有 低保是今年才开始领的", [{"birth_date": "2023-03"}]),
        ("生孩子那会儿没领", [{"birth_date": "2023-03"}]),
        ("生那俩孩子的时候都没有 去年才开始吃低保", [{"birth_date": "2020-11"}, {"birth_date": "2023-11"}]),
    ],
)  # fmt: skip
def test_a_no_after_the_time_of_the_birth_answers_the_dibao_question(
    text: str, known: list[dict[str, str]]
) -> None:
    """生的时候没有: the time asked about said first, then the no, is the reply to the question;
    那俩孩子 is a count word said of the children known: it states their count
    (tests/corpus/README.md)."""
    got = updates(text, asked="hardship_at_birth", known={"city": "jinan", "children": known})
    assert ("hardship_at_birth", False, "confirmation") in {(u.fact, u.value, u.kind) for u in got}
    counts = [u.value for u in got if u.fact == "child_count"]
    assert counts == ([len(known)] if len(known) > 1 else [])


def test_a_no_for_each_birth_is_no_confirmation_of_every_birth() -> None:
    known = {"children": [{"birth_date": "2020-11"}, {"birth_date": "2023-11"}]}
    assert facts("生老大的时候没有 生老二的时候领着", known, "hardship_at_birth") == {
        ("child.hardship_at_birth", 1, False),
        ("child.hardship_at_birth", 2, True),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子一岁半 1米不到 正常吗", {("child.birth_date", 1, "2023-12"), ("child.height_below_cm", 1, 100)}),
        ("老二一米一还不到", {("child.height_below_cm", 2, 110)}),
        ("老大1米3都不到", {("child.height_below_cm", 1, 130)}),
        ("1米2不到的孩子免费吗", set()),
        ("1米3不到就免票吗", set()),
    ],
)  # fmt: skip
def test_a_bound_said_before_budao_is_a_height_below(text: str, expected: set[tuple]) -> None:
    """1米不到, 一米一还不到: the child is under that height; 1米2不到的孩子免费吗 asks about a limit."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["上周二生的老二 老大今年9月上小学", "老大明年九月上幼儿园", "闺女今年九月份上一年级"],
)
def test_the_month_a_child_starts_school_is_no_birth_nor_due_date(text: str) -> None:
    """今年9月上小学, 明年九月上幼儿园: the day school starts, not a birth or a birth to come."""
    got = updates(text, known={"city": "jinan", "children": [{"birth_date": "2020-05"}]})
    assert not any(u.fact == "child.due_date" or u.child == 1 for u in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("济南一个孩子一个月补多少钱 是600吗", set()),
        ("一个孩子每个月能领多少", set()),
        ("一个孩子能给多少", set()),
        ("我家就一个孩子 一个月能领多少", {("child_count", None, 1)}),
    ],
)  # fmt: skip
def test_one_child_before_an_amount_is_each_child(text: str, expected: set[tuple]) -> None:
    """一个孩子一个月补多少: "each child", in a question about the amount; 我家就一个孩子 counts."""
    assert facts(text, {"city": "jinan", "children": [{"birth_date": "2024-02"}]}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("去年十月怀上的 预产期今年七月", {("child.due_date", 1, "2025-07")}),
        ("前年生的老大 去年十月生的老二 今年又怀上了",
         {("child.birth_date", 1, "2023"), ("child.birth_date", 2, "2024-10"), ("child.due_date", 3, None)}),
        ("上个月刚怀上 老大三岁", {("child.birth_date", 1, "2021-12"), ("child.due_date", 2, None)}),
        ("万一明年再怀上个老三 还给补贴不", {("child.due_date", 3, "2026")}),
    ],
)  # fmt: skip
def test_the_month_a_baby_was_conceived_is_no_birth_nor_due_date(
    text: str, expected: set[tuple]
) -> None:
    """去年十月怀上的, 今年又怀上了: when the baby was conceived, not born nor due; one put ahead
    ("万一明年再怀上个老三") is the year of a birth to come."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周四生了个闺女 大哥八岁 二哥五岁",
         {("child.birth_date", 1, "2016-12"), ("child.birth_date", 2, "2019-12"),
          ("child.birth_date", 3, "2025-05-22")}),
        ("老三上个月生的 大姐七岁 二哥四岁",
         {("child.birth_date", 1, "2017-12"), ("child.birth_date", 2, "2020-12"),
          ("child.birth_date", 3, "2025-05")}),
        ("大哥十岁 二姐七岁 小妹才三个月",
         {("child.birth_date", 1, "2014-12"), ("child.birth_date", 2, "2017-12"),
          ("child.birth_date", 3, "2025-03")}),
    ],
)  # fmt: skip
def test_brothers_and_sisters_named_by_rank_are_children(text: str, expected: set[tuple]) -> None:
    """大哥八岁 二哥五岁 beside the new baby: the baby's brothers and sisters named by rank (大哥,
    二姐), each a child of the family, ordered by age."""
    assert facts(text, asked="children") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大宝出生那年领着失业金 二宝三宝是双胞胎 生的时候没领",
         {("child.hardship_at_birth", 1, True), ("child.hardship_at_birth", 2, False),
          ("child.hardship_at_birth", 3, False)}),
        ("老大出生那会儿领低保 老二 生的时候没有",
         {("child.hardship_at_birth", 1, True), ("child.hardship_at_birth", 2, False)}),
        ("老大那会儿没领 老二 生的时候领着低保",
         {("child.hardship_at_birth", 1, False), ("child.hardship_at_birth", 2, True)}),
    ],
)  # fmt: skip
def test_the_time_of_the_birth_after_the_children_named_is_theirs(
    text: str, expected: set[tuple]
) -> None:
    """二宝三宝是双胞胎 生的时候没领: the births of the children named just before, told nothing
    of there, not every birth."""
    known = [{"birth_date": "2019-09"}, {"birth_date": "2023-09"}, {"birth_date": "2023-09"}]
    assert facts(text, {"city": "jinan", "children": known}) == expected


@pytest.mark.parametrize(
    "text",
    ["老三要是明年三月生 北京户口能领吗", "如果我们是北京户口 能领多少", "要是在北京生 能领吗"],
)
def test_a_known_fact_put_in_a_question_is_no_update(text: str) -> None:
    """北京户口能领吗 with a Beijing hukou known: the question changes nothing of the household."""
    known = {"city": "beijing", "hukou_in_city": True, "children": [{"birth_date": "2018-09"}]}
    assert not any(u.fact in ("city", "hukou_in_city") for u in updates(text, known=known))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老二量错了 不是一米零五 是九十五 我看成了", {("child.height_cm", 2, 95)}),
        ("老大不是128公分 是118", {("child.height_cm", 1, 118)}),
        ("说错了 老大不是1米28 是1米18", {("child.height_cm", 1, 118)}),
    ],
)  # fmt: skip
def test_a_bare_number_instead_of_a_height_said_wrong_is_the_height(
    text: str, expected: set[tuple]
) -> None:
    """不是一米零五 是九十五: the number said instead of a height is the height, in cm."""
    known = [
        {"birth_date": "2019-01", "height_cm": 128},
        {"birth_date": "2023-06", "height_cm": 105},
    ]
    assert facts(text, {"city": "beijing", "children": known}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大的一百三十公分 双胞胎俩都才九十五",
         {("child.height_cm", 1, 130), ("child.height_cm", 2, 95), ("child.height_cm", 3, 95)}),
        ("双胞胎都九十八", {("child.height_cm", 2, 98), ("child.height_cm", 3, 98)}),
        ("老大一米三 双胞胎俩都九十", {("child.height_cm", 1, 130), ("child.height_cm", 2, 90),
                                ("child.height_cm", 3, 90)}),
    ],
)  # fmt: skip
def test_a_bare_number_after_twins_and_dou_is_each_twins_height(
    text: str, expected: set[tuple]
) -> None:
    """双胞胎俩都才九十五: one height in cm for each of the twins (the known ones, born the same day)."""
    known = [{"birth_date": "2016-11"}, {"birth_date": "2021-12"}, {"birth_date": "2021-12"}]
    assert facts(text, {"city": "beijing", "children": known}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("说错了 预产期是一月 不是十二月", {("child.due_date", 2, "2026-01"), ("child.due_date", 3, "2026-01")}),
        ("预产期十二月五号", {("child.due_date", 2, "2025-12-05"), ("child.due_date", 3, "2025-12-05")}),
    ],
)  # fmt: skip
def test_the_due_date_of_twins_expected_is_both_of_theirs(text: str, expected: set[tuple]) -> None:
    """预产期是一月 with twins expected (two children due on the same date): both are due then."""
    known = [{"birth_date": "2022-02"}, {"due_date": "2025-12"}, {"due_date": "2025-12"}]
    assert facts(text, {"city": "beijing", "children": known}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孙子是这个月生的 老二 上头还有个孙女", {("child.birth_date", 2, "2025-06")}),
        ("闺女上周三生的 是老三", {("child.birth_date", 3, "2025-05-21")}),
        ("儿子昨天生的 老二", {("child.birth_date", 2, "2025-05-31")}),
    ],
)  # fmt: skip
def test_an_order_alone_after_a_child_born_names_that_child(
    text: str, expected: set[tuple]
) -> None:
    """孙子是这个月生的 老二: the birth order said alone next is the order of the child just told of."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "asked", "known"),
    [
        ("怀的是双胎 预产期明年三月", None, {}),
        ("双胎妊娠 怀孕七个月了", None, {}),
        ("医生说是双生子 怀孕四个月", None, {}),
        ("下个月底 是双胎", "due_date", {"children": [{"due_date": None}]}),
    ],
)
def test_a_twin_pregnancy_in_the_doctors_words_is_two_babies(
    text: str, asked: str | None, known: dict[str, object]
) -> None:
    """双胎 / 双生子 are twins: one due date for each of the two babies."""
    got = facts(text, known, asked)
    assert {(f, c) for f, c, _ in got} == {("child.due_date", 1), ("child.due_date", 2)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("更正 预产期是3月8号 不是3月18号", "correction"),
        ("不好意思 预产期记错了 是二月十号", "correction"),
        ("医生说预产期改到3月8号了", "statement"),
    ],
)
def test_the_due_date_of_known_twins_on_the_way_is_both_babies(text: str, kind: str) -> None:
    """Twins on the way are one pregnancy: its due date, said or corrected, is each baby's."""
    known = {
        "children": [
            {"birth_date": "2021-06"},
            {"due_date": date(2026, 3, 18)},
            {"due_date": date(2026, 3, 18)},
        ]
    }
    got = updates(text, known=known)
    assert {(u.fact, u.child, u.kind) for u in got} == {
        ("child.due_date", 2, kind),
        ("child.due_date", 3, kind),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twins and a younger one: three (README, child_count, either order)
        ("大的俩龙凤胎十二岁了 小的是个闺女 才一岁两个月",
         {("child.birth_date", 1, "2012-12"), ("child.birth_date", 2, "2012-12"),
          ("child.birth_date", 3, "2024-04"), ("child_count", None, 3)}),
        ("大的两个是龙凤胎 七岁了 老三两岁",
         {("child.birth_date", 1, "2017-12"), ("child.birth_date", 2, "2017-12"),
          ("child.birth_date", 3, "2022-12"), ("child_count", None, 3)}),
        # the twins and a younger one: three (README, child_count, either order)
        ("大的那两个是双胞胎 八岁 小的三岁",
         {("child.birth_date", 1, "2016-12"), ("child.birth_date", 2, "2016-12"),
          ("child.birth_date", 3, "2021-12"), ("child_count", None, 3)}),
    ],
)  # fmt: skip
def test_the_eldest_two_said_to_be_twins_are_the_first_two(text: str, expected: set) -> None:
    """大的俩 / 大的两个 are twins: they are the first two, the others come after them."""
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大一米三五 双胞胎里哥哥一米一 弟弟一米零八", {1: 135, 2: 110, 3: 108}),
        ("龙凤胎中的姐姐一米一五 弟弟一米一 老大一米四", {1: 140, 2: 115, 3: 110}),
        ("大的一百三十公分 双胞胎俩都才九十五", {1: 130, 2: 95, 3: 95}),
        ("老大120 双胞胎都105", {1: 120, 2: 105, 3: 105}),
        ("龙凤胎都才九十 坐车要票吗", {2: 90, 3: 90}),
        ("双胞胎都60斤了", {}),
    ],
)
def test_heights_of_twins_beside_an_older_child(text: str, expected: dict[int, int]) -> None:
    """双胞胎里哥哥 … 弟弟 …: one height each; 双胞胎俩都才95: the same bare number for both;
    twins named alone are the known children born together."""
    known = {
        "children": [
            {"birth_date": "2016-05"},
            {"birth_date": "2019-12"},
            {"birth_date": "2019-12"},
        ]
    }
    got = said(text, known=known)
    assert {c: v for (f, c), v in got.items() if f == "child.height_cm"} == expected


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("要是俺们不是北京户口 双胞胎还能领吗", False),
        ("如果户口不在北京 还能领吗", False),
        ("万一俺家不是本地户口咋办", False),
        ("假如我们是北京户口呢", True),
    ],
)
def test_a_hukou_put_as_an_if_keeps_its_negation(text: str, held: bool) -> None:
    """要是俺们不是北京户口: the hukou elsewhere is the question, not the city's hukou."""
    got = updates(text, known={"city": "beijing"})
    assert [(u.fact, u.value, u.kind) for u in got] == [("hukou_in_city", held, "question")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二宝是双胞胎！！怀孕五个月了", {2: "2025-10", 3: "2025-10"}),
        ("老二是龙凤胎 预产期明年三月", {2: "2026-03", 3: "2026-03"}),
        ("双胞胎 预产期是七月二十号 老大三岁了", {2: "2025-07-20", 3: "2025-07-20"}),
    ],
)
def test_twins_named_just_before_the_pregnancy_are_the_babies_expected(
    text: str, expected: dict[int, str]
) -> None:
    """二宝是双胞胎 怀孕五个月了: the twins named just before are the pregnancy, one due date
    each, after the children born."""
    got = said(text)
    assert {c: v for (f, c), v in got.items() if f == "child.due_date"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "上周二生的三胞胎 俩闺女一个儿子 俺们头一胎",
        "三胞胎 两个女儿一个儿子 刚满月",
        "三胞胎 俩小子一个闺女 上个月生的",
    ],
)
def test_triplets_counted_by_sex_are_all_three(text: str) -> None:
    """俩闺女一个儿子 of triplets: the three children, girls or boys named first."""
    assert said(text, asked="children")[("child_count", None)] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老二出生前一个月低保批下来了", {("child.hardship_at_birth", 2): True}),
        ("生老二前半年失业金就办下来了", {("child.hardship_at_birth", 2): True}),
        ("特困供养是老二生下来第二年才给批的", {("child.hardship_at_birth", 2): False}),
        ("低保是老二出生以后才批的", {("child.hardship_at_birth", 2): False}),
        (  # the day they got on, told beside a birth that had them: no statement of now
            "低保是22年才办的 生老二的时候就领上了",
            {("child.hardship_at_birth", 2): True},
        ),
        ("生老二的时候正领着失业金 是23年批下来的", {("child.hardship_at_birth", 2): True}),
    ],
)
def test_benefits_got_on_before_or_after_a_birth_answer_for_that_birth_not_now(
    text: str, expected: dict[tuple, object]
) -> None:
    """老三出生前一个月低保批下来了: on them at that birth; 生下来第二年才批的: not; neither says
    whether they are on them now, and 出生前一个月 is no age."""
    known = {"city": "jinan", "children": [{"birth_date": "2020-05"}, {"birth_date": "2024-03"}]}
    assert said(text, None, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("失业金领到去年年底就没了", {("hardship_now", None): False}),
        ("失业金领到上个月就停了", {("hardship_now", None): False}),
        ("领了一年失业金 这个月刚断", {("hardship_now", None): False}),
        (
            "生老大那年领了半年失业金 生老二时候就上班了 现在也上着",
            {
                ("child.hardship_at_birth", 1): True,
                ("child.hardship_at_birth", 2): False,
                ("hardship_now", None): False,
            },
        ),
        (
            "失业金领了五个月了 生老二那会儿还上着班呢",
            {("hardship_now", None): True, ("child.hardship_at_birth", 2): False},
        ),
    ],
)
def test_benefits_that_ran_out_or_a_job_at_the_time_say_no(
    text: str, expected: dict[tuple, object]
) -> None:
    """领到去年年底就没了, 这个月刚断: not on them now; 还上着班 at a birth, 现在也上着: working
    then or now, so not on them then or now."""
    known = {"city": "jinan", "children": [{"birth_date": "2019-05"}, {"birth_date": "2024-02"}]}
    assert said(text, None, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生老二的时候没领过低保 特困也没有", {("child.hardship_at_birth", 2): False}),
        ("老二出生时领着低保 失业金也领着", {("child.hardship_at_birth", 2): True}),
        (
            "现在领失业金 老二是去年生的 那时候还没领",
            {("child.birth_date", 2): "2024", ("hardship_now", None): True,
             ("child.hardship_at_birth", 2): False},
        ),
        (
            "低保吃了三年了 老二前年出生 当时已经在吃了",
            {("child.birth_date", 2): "2023", ("hardship_now", None): True,
             ("child.hardship_at_birth", 2): True},
        ),
    ],
)  # fmt: skip
def test_a_benefit_said_again_with_also_or_the_time_of_a_birth_just_told(
    text: str, expected: dict[tuple, object]
) -> None:
    """特困也没有 after a birth's no is the same birth; 老二是去年生的 那时候还没领: 那时候 is that
    birth, the benefit named before."""
    known = {"city": "jinan", "children": [{"birth_date": "2019-05"}]}
    assert said(text, None, known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一个跟第三个是 第二个不是", {1: True, 3: True, 2: False}),
        ("老大和老三是 老二不是", {1: True, 3: True, 2: False}),
        ("大的那次领着 小的这次没有 现在又领上了", {1: True, 3: False, "now": True}),
        ("老大有 老三没有 现在都不领了", {1: True, 3: False, "now": False}),
    ],
)
def test_births_answered_together_and_now_told_after_them(
    text: str, expected: dict[object, bool]
) -> None:
    """To "dibao at the births?": 第一个跟第三个是 answers for both; 现在又领上了 after the births'
    answers, with no benefit named, is now."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2019-10"},
            {"birth_date": "2022-05"},
            {"birth_date": "2025-03"},
        ],
    }
    got = said(text, "hardship_at_birth", known)
    want = {
        ("hardship_now", None) if k == "now" else ("child.hardship_at_birth", k): v
        for k, v in expected.items()
    }
    assert got == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我们从济南搬到北京快一年了 户口还在济南",
            {("city", None): "beijing", ("hukou_in_city", None): False},
        ),
        (
            "前年从济南搬来北京 户口没迁",
            {("city", None): "beijing", ("hukou_in_city", None): False},
        ),
        (
            "去年从北京回济南了 全家户口也都迁回济南了",
            {("city", None): "jinan", ("hukou_in_city", None): True},
        ),
        ("以前在北京 现在在济南租房住", {("city", None): "jinan", ("renting", None): True}),
        ("原来一直住在北京 今年搬回济南了", {("city", None): "jinan"}),
    ],
)
def test_a_move_between_the_cities_is_where_the_family_lives_now(
    text: str, expected: dict[tuple, object]
) -> None:
    """从济南搬到北京, 以前在北京: the city they came from is not theirs; a hukou left behind
    there is no local hukou."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特困供养的家庭 生二胎补贴一次性给多少啊", {}),
        ("低保家庭 生三胎有额外补助吗", {}),
        ("我们家是低保户 生二胎补贴多少啊", {("hardship_now", None): True}),
    ],
)
def test_a_kind_of_family_asked_about_is_not_the_family(
    text: str, expected: dict[tuple, object]
) -> None:
    """特困供养的家庭 … 给多少啊: a question about such families, no benefit of the writer's."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("八月十二好 医生说的", {("child.due_date", 1, "2025-08-12")}),
        ("预产期九月三曰", {("child.due_date", 1, "2025-09-03")}),
        ("孩子是3月5好生的", {("child.birth_date", 1, "2025-03-05")}),
    ],
)  # fmt: skip
def test_hao_and_ri_mistyped_after_the_day_of_a_month(text: str, expected: set[tuple]) -> None:
    """八月十二好, 九月三曰: the day of a month with 号 or 日 mistyped (好, 曰) is that day."""
    assert facts(text, asked="due_date" if "预产" in text or "医生" in text else None) == expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("nah bought a place last year", "renting",
         {("renting", None): False, ("owns_home_in_city", None): True}),
        ("we bought our own flat in 2020", None, {("owns_home_in_city", None): True}),
        ("we havent bought anything yet, living with my in laws", None,
         {("owns_home_in_city", None): False}),
        ("no rent, no flat, the factory gives us a room", None,
         {("renting", None): False, ("owns_home_in_city", None): False}),
        ("looking for our first place in lixia, renting right now", None,
         {("buying_first_home", None): True, ("renting", None): True}),
        ("we are house hunting, it would be our first", None, {("buying_first_home", None): True}),
        ("we never bought a car", None, {}),
    ],
)  # fmt: skip
def test_english_homes_bought_not_bought_and_looked_for(
    text: str, asked: str | None, expected: dict[tuple, object]
) -> None:
    """'bought a place', 'no flat', 'haven't bought anything yet', 'our first place': the words
    families use for a home, not only home / house / flat."""
    assert said(text, asked) == expected


@pytest.mark.parametrize(
    "text",
    [
        "if only my wife paid gongjijin, would we still get the rent help",
        "does the rent subsidy need hukou",
        "is the rent withdrawal the same in jinan?",
    ],
)
def test_rent_naming_a_measure_is_no_renting(text: str) -> None:
    assert ("renting", None) not in said(text, known={"renting": True})


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("me, my wife and my mother in law all pay gongjijin, mil been paying for 10 years",
         {}, (3, "statement")),
        ("my husband, his dad and I all pay gongjijin", {}, (3, "statement")),
        ("my wife, my father-in-law and me pay into the fund", {}, (3, "statement")),
        ("me and my wife have no gongjijin", {}, (0, "statement")),
        ("what if neither of us paid gongjijin, could we still get the loan",
         {"housing_fund_contributors": 2}, (0, "question")),
        ("if none of us had gongjijin would we get anything", {}, (0, "question")),
        ("如果我们俩都没有公积金呢", {}, (0, "question")),
    ],
)  # fmt: skip
def test_english_fund_payers_listed_or_none_of_the_family_imagined(
    text: str, known: dict[str, object], expected: tuple[int, str]
) -> None:
    """A list of people before one 'pay' is one payer each; nobody of the family paying, put as
    an if, is a question (a rule asked with no one named, 要是没有公积金还能领吗, is none)."""
    got = [(u.value, u.kind) for u in updates(text, known=known)
           if u.fact == "housing_fund_contributors"]  # fmt: skip
    assert got == [expected]
    assert not said("要是没有公积金还能领吗")


@pytest.mark.parametrize(
    "text",
    [
        "free under 1.3m? or is it 1.2m in beijing",
        "is 1.2 the limit or 1.3 for kids to ride free in jinan",
        "is the limit 1.2m or 1.3m in jinan",
        "is it 1.4m in jinan or 1.2m",
    ],
)
def test_a_height_limit_asked_about_with_or_without_a_question_mark(text: str) -> None:
    """A limit put as alternatives or as 'the limit', and a question opened by 'is' with no
    question mark: no child's height, and the city is the measure's, not the family's."""
    assert said(text) == {}


def test_a_height_said_beside_the_limit_asked_is_still_read() -> None:
    assert said("my son is 1.2m, is that under the limit?") == {("child.height_cm", 1): 120.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("older is 1m30 exactly, younger not even 1m",
         {("child.height_cm", 1): 130.0, ("child.height_below_cm", 2): 100.0}),
        ("younger is 1.05m, older 1.28m",
         {("child.height_cm", 2): 105.0, ("child.height_cm", 1): 128.0}),
        ("she is not even 1m, does she pay", {("child.height_below_cm", 1): 100.0}),
    ],
)  # fmt: skip
def test_older_and_younger_alone_name_the_two_children(
    text: str, expected: dict[tuple, object]
) -> None:
    known = {"children": [{"birth_date": "2020-02"}, {"birth_date": "2023-06"}]}
    if "she" in text:
        known = {}
    assert said(text, known=known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nah we never had any of that, not then not now",
         {("hardship_at_birth", None): False, ("hardship_now", None): False}),
        ("no, neither back then nor now",
         {("hardship_at_birth", None): False, ("hardship_now", None): False}),
        ("no, not then. we applied for dibao last week and got it",
         {("hardship_at_birth", None): False, ("hardship_now", None): True}),
        ("no. we just got approved for dibao this month",
         {("hardship_at_birth", None): False, ("hardship_now", None): True}),
        ("no. we applied for dibao but haven't got it yet", {("hardship_at_birth", None): False}),
        ("for the 2nd yes we had dibao, first one nah",
         {("child.hardship_at_birth", 2): True, ("child.hardship_at_birth", 1): False}),
    ],
)  # fmt: skip
def test_loose_english_answers_to_the_dibao_question(
    text: str, expected: dict[tuple, object]
) -> None:
    """'not then not now' answers for the births and now; 'applied … and got it' is on it now;
    'nah' is a no for the birth it names."""
    known = {"children": [{"birth_date": "2020-02"}, {"birth_date": "2023-06"}]}
    assert said(text, "hardship_at_birth", known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my boy is 2 years 11 months, does he still get the money next month?",
         {("child.birth_date", 1): "2022-07"}),
        ("she is 5, will she still get it next year?", {("child.birth_date", 1): "2019-12"}),
        ("my son is 3, we have another one due next month",
         {("child.birth_date", 1): "2021-12", ("child.due_date", 2): "2025-07"}),
        ("got the baby home today, she was born last monday",
         {("child.birth_date", 1): "2025-05-19"}),
        ("we brought our son home yesterday, he was born on may 25",
         {("child.birth_date", 1): "2025-05-25"}),
    ],
)  # fmt: skip
def test_a_day_ahead_or_a_homecoming_is_no_birth(text: str, expected: dict[tuple, object]) -> None:
    """A date to come with no birth or pregnancy told ('next month' of a payment) and the day
    the baby came home are not children's dates."""
    assert said(text, known={"city": "jinan"}) == expected


TESTER_8_TODAY = date(2026, 11, 30)


def _read(text: str, known: dict[str, object], asked: str | None = None) -> set[tuple[object, ...]]:
    return {
        (u.fact, u.child, u.value, u.kind) for u in understand(text, known, asked, TESTER_8_TODAY)
    }


ELDER_AND_TWINS = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2021-05"}, {"birth_date": "2026-09"}, {"birth_date": "2026-09"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "那就是俩娃一个月1200是吧 大孙子有没有",
        "两个小的一个月多少",
        "both kids under 3 get it right?",
    ],
)
def test_a_count_smaller_than_the_known_children_counts_some_of_them(text: str) -> None:
    assert not any(f == "child_count" for f, *_ in _read(text, ELDER_AND_TWINS))
    assert ("child_count", None, 2, "correction") in _read("不对 是俩孩子", ELDER_AND_TWINS)


@pytest.mark.parametrize(
    "text",
    [
        "no I mean the housing fund withdraw for rent, how much can we take out?",
        "不是 我是说公积金提取",
        "no no, I'm asking about rent",
    ],
)
def test_a_repair_is_no_answer_to_the_question_asked(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2020"}, {"birth_date": "2023"}]}
    assert _read(text, {**known, "renting": True}, "housing_fund_contributors") == set()


@pytest.mark.parametrize(
    "text",
    [
        "老二医保是出生三个月才上的",
        "出生两个月后才办的户口",
        "孩子出生一个月的时候参的保",
        "we registered him 3 months after birth",
    ],
)
def test_the_time_from_a_birth_to_an_event_is_no_age(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2023-05"}, {"birth_date": "2025-10"}]}
    assert _read(text, known) == set()


def test_a_third_child_imagined_beside_the_children_told() -> None:
    assert _read("想问下要三胎的话济南能给啥 老大16年的 2022年生的老二", {}) == {
        ("city", None, "jinan", "statement"),
        ("child.birth_date", 1, "2016", "statement"),
        ("child.birth_date", 2, "2022", "statement"),
        ("child.due_date", 3, None, "question"),
    }
    assert _read("如果生老三 北京有啥 我家老大五岁", {}) == {
        ("city", None, "beijing", "statement"),
        ("child.birth_date", 1, "2021-05", "statement"),
        ("child.due_date", 3, None, "question"),
    }


@pytest.mark.parametrize(
    ("text", "hukou"),
    [
        ("等下 我们下个月户口要迁到北京去了 那还能领吗", True),
        ("我们准备把户口迁到北京", True),
        ("we're moving our hukou to Beijing next month", True),
        ("打算搬到北京去了 还能领吗", False),
    ],
)
def test_a_move_still_to_come_is_a_what_if(text: str, hukou: bool) -> None:
    expected = {("city", None, "beijing", "question")}
    if hukou:
        expected.add(("hukou_in_city", None, True, "question"))
    assert _read(text, {"city": "jinan", "hukou_in_city": True}) == expected


@pytest.mark.parametrize(
    ("text", "known", "asked", "expected", "kind"),
    [
        ("不是一个人 俺俩都交公积金 刚才说少了", 1, None, 2, "correction"),
        ("no wait my wife also pays now, new job since july, so 2 not 1", 1, None, 2, "correction"),
        ("sorry, it's 3 not 2, my dad pays gongjijin too", 2, None, 3, "correction"),
        ("if my mother in law also paid gongjijin would that count as 3?", 2, None, 3, "question"),
        ("要是我婆婆也交公积金 那就是3个人了吧", 2, None, 3, "question"),
        ("2, me and my wife. my father pays too but he lives in shanghai", None,
         "housing_fund_contributors", 2, "statement"),
        ("me n my wife yes. grandma no she retired", None, "housing_fund_contributors", 2,
         "statement"),
        ("gongjijin: husband yes, me no, father in law yes", None, None, 2, "statement"),
        ("my wife and I pay no gongjijin, she has 灵活就业 insurance", None, None, 0, "statement"),
        ("我们没有车 公积金俩人都交", None, None, 2, "statement"),
        ("我们在济南没有房子 想买第一套 公积金能贷多少", None, None, None, None),
        ("do grandparents count for the gongjijin thing or only the parents?", None, None, None,
         None),
    ],
)  # fmt: skip
def test_the_fund_payers_among_other_things_said(
    text: str, known: int | None, asked: str | None, expected: int | None, kind: str | None
) -> None:
    """'so 2 not 1' and 不是一个人 recount the payers known; 'would that count as 3?' is a count put
    as a question; a number first answers the question; 'me n my wife yes' is two yes; a house,
    a car or insurance had or not is no payer; who counts, asked of the rule, is no count."""
    household = {"city": "jinan"} | ({} if known is None else {"housing_fund_contributors": known})
    found = [
        (u.value, u.kind) for u in updates(text, known=household, asked=asked)
        if u.fact == "housing_fund_contributors"
    ]  # fmt: skip
    assert found == ([] if expected is None else [(expected, kind)])


@pytest.mark.parametrize(
    ("text", "known_count", "expected"),
    [
        ("生那俩孩子的时候都没有 去年才开始吃低保", None, 2),
        ("生那俩孩子的时候都没有 去年才开始吃低保", 2, None),
        ("both kids under 1.2m still, so they ride free right", None, 2),
        ("we r 特困 household for 6 years now, also when both kids were born", None, 2),
        ("哎 养俩孩子太难了", None, 2),
        ("grandma here. hukou still in henan, living in jinan 6 years, 2 grandsons", None, 2),
        ("3 granddaughters, all in jinan", None, 3),
    ],
)  # fmt: skip
def test_a_count_word_of_the_children_known_states_their_count(
    text: str, known_count: int | None, expected: int | None
) -> None:
    """俩孩子, 'both kids' said of two known children state child_count, unless that count is
    known already; '2 grandsons' counts the grandchildren."""
    household: dict[str, object] = {"city": "jinan"}
    if "grand" not in text:
        household["children"] = [{"birth_date": "2020-10"}, {"birth_date": "2023-06"}]
    if known_count is not None:
        household["child_count"] = known_count
    counts = [u.value for u in updates(text, known=household) if u.fact == "child_count"]
    assert counts == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("搞错了 俺闺女一家在北京 不在济南", "beijing"),
        ("说错了 我们住北京 不住济南", "beijing"),
        ("not jinan but beijing, the kids live with my son in beijing, only me the grandma is in jinan",
         "beijing"),
    ],
)  # fmt: skip
def test_the_city_said_in_place_of_the_one_denied(text: str, expected: str) -> None:
    """不在济南 / 'not jinan but beijing': the city denied is not where the family is."""
    got = updates(text, known={"city": "jinan", "children": [{"birth_date": "2021-04"}]})
    assert [(u.fact, u.value, u.kind) for u in got] == [("city", expected, "correction")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my son lives in beijing, hukou shandong", False),
        ("we live in beijing, hukou is shandong", False),
        ("hukou shandong jinan, we live in jinan", True),
    ],
)
def test_a_shandong_hukou_in_english(text: str, expected: bool) -> None:
    """As 山东(?!济南): Shandong named as the hukou's place is not Beijing's, nor Jinan's own."""
    assert said(text)[("hukou_in_city", None)] is expected


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("还没有 今年正看房呢 第一套", "owns_home_in_city", True),
        ("没有 最近在看房", "owns_home_in_city", True),
        ("我们在看房 想租个大点的", None, None),
        ("we dont own nothing in beijing lol and dont want to buy, rent only", None, False),
        ("we rent and don't plan to buy", None, False),
    ],
)
def test_house_hunting_is_buying_and_not_wanting_to_buy_is_not(
    text: str, asked: str | None, expected: bool | None
) -> None:
    """正看房呢 (rent not talked of) is looking to buy; "dont want to buy" is no plan to buy."""
    got = said(text, asked, {"city": "jinan"})
    assert got.get(("buying_first_home", None)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("big one 1m22. small one below 1m for sure", {("child.height_cm", 1): 122.0,
                                                       ("child.height_below_cm", 2): 100.0}),
        ("the little one is under 1m still", {("child.height_below_cm", 2): 100.0}),
        ("eldest 1.32, youngest 1.05", {("child.height_cm", 1): 132.0,
                                        ("child.height_cm", 2): 105.0}),
        ("we got 1m yuan saved", {}),
    ],
)  # fmt: skip
def test_heights_after_an_order_word_and_one_metre_with_an_adverb(
    text: str, expected: dict[tuple, object]
) -> None:
    """'2nd 1.18', 'eldest 1.32': a height after an order word; 'below 1m for sure' is 100 cm."""
    known = {"city": "beijing", "children": [{"birth_date": "2017-01"}, {"birth_date": "2021-03"}]}
    got = said(text, known=known)
    assert {k: v for k, v in got.items() if k[0].startswith("child.height")} == expected


def test_three_heights_by_order_word() -> None:
    known = {
        "city": "beijing",
        "children": [
            {"birth_date": "2013-05"},
            {"birth_date": "2018-09"},
            {"birth_date": "2021-12"},
        ],
    }
    got = said("my 3 kids heights: eldest 1m45, 2nd 1.18, smallest only 95cm", known=known)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.height_cm"} == {
        1: 145.0,
        2: 118.0,
        3: 95.0,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("laoda born in 16, laoer in 21", {1: "2016", 2: "2021"}),
        ("eldest born in '15, the second one in '19", {1: "2015", 2: "2019"}),
        ("the youngest in 20 minutes will call", {}),
    ],
)
def test_a_two_digit_year_after_an_order_word_the_born_left_out(
    text: str, expected: dict[int, str]
) -> None:
    """'laoer in 21' after 'laoda born in 16': the verb said once, the year of the next child."""
    got = said(text)
    assert {k[1]: v for k, v in got.items() if k[0] == "child.birth_date"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "baby no.2 came last friday!! and today my contract ended so I'm jobless lol great timing",
        "our 2nd came last friday. yesterday my husband became jobless",
        "老二上周五生的 今天我合同到期了",
    ],
)
def test_the_day_a_parents_contract_ended_is_no_birth(text: str) -> None:
    """A work contract's end or a parent made jobless on a day is not a birth ('became' is no
    'came')."""
    known = {"city": "jinan", "children": [{"birth_date": "2020-11"}]}
    got = understand(text, known, None, date(2025, 6, 30))
    assert [(u.fact, u.child, u.value) for u in got] == [("child.birth_date", 2, "2025-06-27")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she's thirty-five days old", {("child.birth_date", 1): "2025-04-27"}),
        ("our baby is twenty-one days old", {("child.birth_date", 1): "2025-05-11"}),
    ],
)  # fmt: skip
def test_tens_in_words_are_numbers(text: str, expected: dict[tuple, object]) -> None:
    """'twenty', 'thirty-five' are read as numbers once years and heights in words are read."""
    assert said(text, known={"city": "jinan"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3, they are 9, 6 and twenty days",
         {("child_count", None): 3, ("child.birth_date", 1): "2015-12",
          ("child.birth_date", 2): "2018-12", ("child.birth_date", 3): "2025-05-12"}),
        ("3 kids, they are 7, 4 and 3 weeks old",
         {("child_count", None): 3, ("child.birth_date", 1): "2017-12",
          ("child.birth_date", 2): "2020-12", ("child.birth_date", 3): "2025-05-11"}),
        ("our 3 are 8, 5 and eleven months",
         {("child_count", None): 3, ("child.birth_date", 1): "2016-12",
          ("child.birth_date", 2): "2019-12", ("child.birth_date", 3): "2024-07"}),
        ("the boys are 5 and 10 months",
         {("child.birth_date", 1): "2019-12", ("child.birth_date", 2): "2024-08"}),
        ("she's thirty-five days old", {("child.birth_date", 1): "2025-04-27"}),
    ],
)  # fmt: skip
def test_the_youngest_listed_in_its_own_unit(text: str, expected: dict[tuple, object]) -> None:
    """Ages listed eldest first, the baby's in days, weeks or months ('twenty days' in words):
    the others stay years (no two siblings are born 5 months apart)."""
    assert said(text, "children" if text[0].isdigit() else None, {"city": "jinan"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have two already, 6 and 3, and im 2 months pregnant",
         {("child_count", None): 2, ("child.birth_date", 1): "2018-12",
          ("child.birth_date", 2): "2021-12", ("child.due_date", 3): "2026-01"}),
        ("we've got 3, 9, 5 and 2",
         {("child_count", None): 3, ("child.birth_date", 1): "2015-12",
          ("child.birth_date", 2): "2019-12", ("child.birth_date", 3): "2022-12"}),
        ("my girl is almost 6 and 1m18 tall",
         {("child.birth_date", 1): "2019-07", ("child.height_cm", 1): 118.0}),
    ],
)  # fmt: skip
def test_bare_ages_after_the_children_counted(text: str, expected: dict[tuple, object]) -> None:
    """Numbers listed after 'we have two' are the children's ages; '1m18' after an age is a
    height, not another age."""
    assert said(text, known={"city": "jinan"}) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("100 days today for our little man", {}, {("child.birth_date", 1): "2025-02-21"}),
        ("our son is 6 weeks tomorrow", {}, {("child.birth_date", 1): "2025-04-20"}),
        ("oh wait i said 3 months, she's actually 100 days",
         {"children": [{"birth_date": "2025-02"}]}, {("child.birth_date", 1): "2025-02-21"}),
        ("sorry he's really only 40 days",
         {"children": [{"birth_date": "2025-02"}]}, {("child.birth_date", 1): "2025-04-22"}),
        ("ok got it. so tired today the baby cried all night haha", {}, {}),
    ],
)  # fmt: skip
def test_an_age_in_days_said_with_the_day_or_an_adverb(
    text: str, known: dict[str, object], expected: dict[tuple, object]
) -> None:
    """'100 days today', 'she's actually 100 days' are ages; 'today' of a baby crying is no
    birth."""
    assert said(text, known={"city": "jinan", **known}) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("sorry she is 5 not 6, just turned five", {"children": [{"birth_date": "2018-12"}]},
         {("child.birth_date", 1): "2020-06"}),
        ("my son is 3, he just turned 3 last week", {}, {("child.birth_date", 1): "2022-06"}),
        ("she's 4, almost 5 actually", {}, {("child.birth_date", 1): "2020-07"}),
    ],
)  # fmt: skip
def test_an_age_said_again_more_exactly_refines_it(
    text: str, known: dict[str, object], expected: dict[tuple, object]
) -> None:
    """'5', then 'just turned five' of the same child: five years, not five and a half."""
    assert said(text, known={"city": "jinan", **known}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me wife get unemployment money now. baby twins born when we still work",
         {("hardship_now", None): True, ("child.hardship_at_birth", 1): False,
          ("child.hardship_at_birth", 2): False}),
        ("we get dibao now. the twins were born when we both worked, no benefits then",
         {("hardship_now", None): True, ("child.hardship_at_birth", 1): False,
          ("child.hardship_at_birth", 2): False}),
        ("wife is getting shiyejin now, when the twins came we still worked",
         {("hardship_now", None): True, ("child.hardship_at_birth", 1): False,
          ("child.hardship_at_birth", 2): False}),
    ],
)  # fmt: skip
def test_working_at_a_birth_is_no_benefit_then(text: str, expected: dict[tuple, object]) -> None:
    """'born when we still work', 'we both worked': a job at that birth, no benefit then; a
    benefit someone 'gets' or 'is getting' is had now."""
    known = {"children": [{"birth_date": "2024-11"}, {"birth_date": "2024-11"}]}
    assert said(text, known=known) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not with the first. with this baby yes, husband lost his job and gets shiyejin",
         {("child.hardship_at_birth", 1): False, ("child.hardship_at_birth", 2): True,
          ("hardship_now", None): True}),
        ("for the big one no. for this baby yes, my husband gets unemployment money",
         {("child.hardship_at_birth", 1): False, ("child.hardship_at_birth", 2): True,
          ("hardship_now", None): True}),
        ("with this baby we were on dibao, not with the first",
         {("child.hardship_at_birth", 2): True, ("child.hardship_at_birth", 1): False}),
    ],
)  # fmt: skip
def test_this_baby_is_the_youngest_birth(text: str, expected: dict[tuple, object]) -> None:
    """Asked about the births, 'this baby' of several children is the newest one's birth."""
    known = {"children": [{"birth_date": "2015-09"}, {"birth_date": "2025-05"}]}
    assert said(text, "hardship_at_birth", known) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("we're having twins in april! our 2 kids are so excited",
         [{"birth_date": "2017-03"}, {"birth_date": "2020-11"}],
         {("child_count", None): 2, ("child.due_date", 3): "2026-04",
          ("child.due_date", 4): "2026-04"}),
        ("got dibao at every birth, all three",
         [{"birth_date": "2012-04"}, {"birth_date": "2016-08"}, {"birth_date": "2021-02"}],
         {("child_count", None): 3, ("hardship_at_birth", None): True}),
        ("expecting twins!! our only kid is 4, due in july", [],
         {("child_count", None): 1, ("child.birth_date", 1): "2020-12",
          ("child.due_date", 2): "2025-07", ("child.due_date", 3): "2025-07"}),
        ("my only son is 6 and we are having a baby in june", [],
         {("child_count", None): 1, ("child.birth_date", 1): "2018-12",
          ("child.due_date", 2): "2025-06"}),
        ("we raise the twins, our only grandkids. twins are 9", [],
         {("child_count", None): 2, ("child.birth_date", 1): "2015-12",
          ("child.birth_date", 2): "2015-12"}),
    ],
)  # fmt: skip
def test_count_words_and_having_twins_in_english(
    text: str, known: list[dict[str, object]], expected: dict[tuple, object]
) -> None:
    """'our 2 kids', 'all three', 'our only kid', 'our only grandkids' count the children, known
    or told; 'we're having twins in april' is a pregnancy, not a birth."""
    asked = "hardship_at_birth" if "dibao" in text else None
    assert said(text, asked, {"city": "jinan", "children": known}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no benefits any of those times, we both work",
         [("hardship_at_birth", None, False, "statement")]),
        ("no dibao at either birth, we both had jobs",
         [("hardship_at_birth", None, False, "statement")]),
        ("no but we're getting it now",
         [("hardship_at_birth", None, False, "confirmation"),
          ("hardship_now", None, True, "statement")]),
        ("nope, but we are receiving it now since march",
         [("hardship_at_birth", None, False, "confirmation"),
          ("hardship_now", None, True, "statement")]),
    ],
)  # fmt: skip
def test_no_benefits_is_a_statement_and_getting_it_now_a_yes(
    text: str, expected: list[tuple[str, int | None, object, str]]
) -> None:
    """'no benefits …' names the benefit, a statement, not a bare no; 'we're getting it now'
    after a no is on the benefit now."""
    known = {"children": [{"birth_date": "2019-03"}, {"birth_date": "2025-01"}]}
    got = updates(text, asked="hardship_at_birth", known=known)
    assert sorted((u.fact, u.child, u.value, u.kind) for u in got) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "asked", "known", "expected"),
    [
        ("一直吃低保 俩孩子出生都赶上了 现在也还吃着", "hardship_at_birth", ["2018-03", "2022-11"],
         {("child_count", None): 2, ("hardship_at_birth", None): True, ("hardship_now", None): True}),
        ("特困供养一直领着 俺这俩孩子出生那会儿也都在领", None, ["2015-04", "2019-12"],
         {("child_count", None): 2, ("hardship_at_birth", None): True, ("hardship_now", None): True}),
        ("一直吃低保 俩娃 大的八岁 小的五岁 俩孩子出生的时候也都是低保户", None, [],
         {("child_count", None): 2, ("child.birth_date", 1): "2016-12",
          ("child.birth_date", 2): "2019-12", ("hardship_at_birth", None): True,
          ("hardship_now", None): True}),
        ("老大十岁 老二六岁 三个孩子生的时候都没领过低保", None, [],
         {("child_count", None): 3, ("child.birth_date", 1): "2014-12",
          ("child.birth_date", 2): "2018-12", ("hardship_at_birth", None): False}),
    ],
)  # fmt: skip
def test_births_named_by_their_count_are_every_birth(
    text: str, asked: str | None, known: list[str], expected: dict[tuple, object]
) -> None:
    """俩孩子出生的时候, 这俩孩子出生那会儿, 三个孩子生的时候: the births named by the count of the
    children are every birth (hardship_at_birth), and the count word states child_count, the
    children known or not; 赶上了 is a yes."""
    household = {"city": "jinan", "children": [{"birth_date": b} for b in known]}
    assert said(text, asked, household) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("交公积金的有四个 我 我老公 我爸 我妈 都还没退休", 4),
        ("有公积金的是两个 我和我老公", 2),
        ("家里交公积金的就一个 我老公", 1),
        ("户口都不在济南 老公有公积金 我没有", 1),
        ("我灵活就业交的社保 他单位有公积金 我没有", 1),
    ],
)
def test_fund_payers_counted_or_told_beside_other_things(text: str, expected: int) -> None:
    """交公积金的有四个: the payers counted after the fund; 户口都不在 is no 'none of us', and
    社保 paid is no fund paid."""
    assert said(text)[("housing_fund_contributors", None)] == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("孩子一个 三岁零两个月", 1),
        ("孩子就一个 今年三岁", 1),
        ("娃俩 大的五岁 小的两岁", 2),
        ("孩子两个月了", None),
        ("孩子一个月能领多少", None),
    ],
)
def test_a_count_after_the_word_for_children(text: str, count: int | None) -> None:
    """孩子一个, 娃就俩: the count said after the children is child_count; 孩子两个月 is an age."""
    assert said(text).get(("child_count", None)) == count


@pytest.mark.parametrize(
    "text", ["孩子满三周岁以后还有补贴吗", "宝宝满两周岁后还能领吗", "孩子三周岁以后还给吗"]
)
def test_an_age_in_whole_years_something_happens_at_is_no_age_in_weeks(text: str) -> None:
    assert said(text) == {}  # 周岁 is years: 满三周岁 is not 满三周 (three weeks)


@pytest.mark.parametrize(
    "text", ["周末想带去北京玩", "暑假去北京旅游", "planning a trip to beijing with the kids"]
)
def test_a_city_visited_is_not_where_the_family_lives(text: str) -> None:
    assert ("city", None) not in said(text, known={"city": "jinan"})


@pytest.mark.parametrize(
    "text", ["没有 不过今年开始领了", "没领 不过现在在领低保", "没有，不过去年开始吃低保了"]
)
def test_but_is_no_negation_of_a_benefit_started_since(text: str) -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2022-11"}]}
    assert said(text, asked="hardship_at_birth", known=known) == {
        ("hardship_at_birth", None): False,
        ("hardship_now", None): True,
    }


@pytest.mark.parametrize(
    "text",
    [
        "老二出生那个月正好在领失业金 现在找着工作了",
        "老二出生那天我们还在领失业金 现在找到新工作了",
        "生老二那个月领着失业金 现在找上工作了",
    ],
)
def test_the_month_or_day_of_a_birth_named_is_that_births_time(text: str) -> None:
    known = {"city": "beijing", "children": [{"birth_date": "2019-11"}, {"birth_date": "2024-11"}]}
    assert said(text, known=known) == {
        ("child.hardship_at_birth", 2): True,
        ("hardship_now", None): False,
    }


@pytest.mark.parametrize(
    ("text", "below"),
    [("老大一米一五 老二还不到九十", 90.0), ("老大一百二 老二还不到九十五", 95.0)],
)
def test_a_bare_bound_after_a_child_with_heights_asked(text: str, below: float) -> None:
    known = {"children": [{"birth_date": "2019-07"}, {"birth_date": "2022-07"}]}
    got = said(text, asked="children.height_cm", known=known)
    assert got[("child.height_below_cm", 2)] == below
    assert ("child.height_cm", 2) not in got


@pytest.mark.parametrize(
    "text",
    ["等双胞胎满月了再来问", "等孩子满三岁了再办", "等老二满六个月再说", "等到孩子3岁还能领吗"],
)
def test_an_age_waited_for_is_no_age_now(text: str) -> None:
    known = {"city": "jinan", "children": [{"birth_date": "2024-01"}, {"birth_date": "2025-05"}]}
    assert said(text, known=known) == {}


@pytest.mark.parametrize(
    ("text", "order"),
    [("怀孕六个月 二胎", 2), ("怀孕5个月了，三胎", 3), ("预产期明年3月 二胎", 2)],
)
def test_a_birth_named_alone_after_a_pregnancy_is_that_pregnancy(text: str, order: int) -> None:
    assert [(u.fact, u.child) for u in updates(text)] == [("child.due_date", order)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twins and a younger one: three (README, child_count, either order)
        ("双胞胎哥俩五岁 还有个妹妹一岁两个月",
         {("child.birth_date", 1): "2019-12", ("child.birth_date", 2): "2019-12",
          ("child.birth_date", 3): "2024-04", ("child_count", None): 3}),
        ("兄弟俩七岁了 是双胞胎", {("child.birth_date", 1): "2017-12", ("child.birth_date", 2): "2017-12"}),
        ("双胞胎姐妹俩一米二 要买票吗", {("child.height_cm", 1): 120.0, ("child.height_cm", 2): 120.0}),
    ],
)  # fmt: skip
def test_a_pair_then_their_age_is_no_bigger_number(
    text: str, expected: dict[tuple, object]
) -> None:
    """哥俩五岁, 姐妹俩一米二: the count word, then the children's age or height (not 25岁)."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老大上小学了 去年又来了对龙凤胎 一下子热闹了",
         {("child_count", None): 3, ("child.birth_date", 2): "2024", ("child.birth_date", 3): "2024"}),
        ("老大上幼儿园了 上个月生了对双胞胎",
         {("child_count", None): 3, ("child.birth_date", 2): "2025-05", ("child.birth_date", 3): "2025-05"}),
        ("大闺女上初中了 今年又来了一对双胞胎",
         {("child_count", None): 3, ("child.birth_date", 2): "2025", ("child.birth_date", 3): "2025"}),
    ],
)  # fmt: skip
def test_the_eldest_named_beside_a_twin_birth_makes_three(
    text: str, expected: dict[tuple, object]
) -> None:
    """老大 named (no age needed) beside a twin birth told (又来了对, 生了对): three children,
    the twins second and third."""
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the family rents a room in xicheng, they own nothing here",
         {("renting", None): True, ("owns_home_in_city", None): False}),
        ("my son rents a flat in lixia with his wife", {("renting", None): True}),
        ("he never rents, they live with us", {("renting", None): False}),
        ("the rents are so high in beijing, do we get help?", {}),
    ],
)  # fmt: skip
def test_english_rents_said_of_the_family_in_the_third_person(
    text: str, expected: dict[tuple, object]
) -> None:
    """'the family rents', 'my son rents' is renting; 'the rents are high' is the price of it."""
    assert said(text, known={"city": "beijing"}) == expected


def test_twins_named_as_the_topic_of_a_question_are_not_more_children() -> None:
    """Tester 9's father: "benefits for twins" asks about the measure; the twins he then tells
    of, with the older child, make three children, not four."""
    day = date(2026, 11, 30)
    said = understand(
        "Hello I want to know benefits for twins. We have twins born 3 months ago and one older "
        "child age 2, Jinan hukou",
        {},
        None,
        day,
    )
    births = sorted((u.child, u.value) for u in said if u.fact == "child.birth_date")
    assert births == [(1, "2024-05"), (2, "2026-08"), (3, "2026-08")]
    assert understand("any subsidy for twins?", {}, None, day) == []
