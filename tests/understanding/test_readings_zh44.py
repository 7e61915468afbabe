"""Multiples beside older or younger children (两个闺女是一对, 大的是一对双胞胎, 双胞胎妹妹们 她们
姐姐, 上头还有仨, 上头就一对双胞胎), twins on the way counted by a scan (B超说是两个), and questions
that tell no family fact (双胞胎要是一个济南户口一个外地户口, 补贴要去街道办还是社区): a household,
what the citizen wrote, and the facts the assistant takes from it (the wordings of corpus batch
zh_44 and others like them)."""

from datetime import date

import pytest

from understanding import understand

Fact = tuple[str, int | None, object, str]
JINAN = {"city": "jinan"}
TODAY = date(2026, 3, 5)  # a Thursday: 上周三 = 2026-02-25


def facts(text: str, known: dict[str, object] | None, today: date = TODAY) -> set[Fact]:
    """(fact, child, value, kind) read from one message, approximate dates at month precision."""
    return {(u.fact, u.child, u.value, u.kind) for u in understand(text, known or {}, None, today)}


# 俩孙子是一对儿, 两个闺女是一对: the two children counted are said to be a pair, twins; the age
# after them is both children's.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("俺那俩孙子是一对儿 都六岁多了", "2019-09"),
        ("两个闺女是一对 三岁了", "2022-09"),
        ("家里俩丫头也是一对儿 刚满月", "2026-02"),
    ],
)
def test_two_children_said_to_be_a_pair_are_twins(text: str, born: str) -> None:
    assert facts(text, JINAN) == {
        ("child_count", None, 2, "statement"),
        ("child.birth_date", 1, born, "statement"),
        ("child.birth_date", 2, born, "statement"),
    }


def test_the_parents_as_a_pair_are_no_twins() -> None:
    got = facts("我们俩是一对 孩子三岁", JINAN)
    assert got == {("child.birth_date", 1, "2022-09", "statement")}


# 大的是一对双胞胎 七岁: the elder children named by rank are the twins, with 一对 as with 对.
@pytest.mark.parametrize(
    "text",
    [
        "仨娃 大的是一对双胞胎 七岁 小的一岁零三个月",
        "三个孩子 大的是一对龙凤胎 七岁 小的一岁三个月",
    ],
)
def test_the_elder_ones_said_to_be_a_pair_of_twins(text: str) -> None:
    assert facts(text, {"city": "beijing"}) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2018-09", "statement"),
        ("child.birth_date", 2, "2018-09", "statement"),
        ("child.birth_date", 3, "2024-12", "statement"),
    }


# 双胞胎妹妹们 她们姐姐四岁半: the sibling word in the plural after the twins names the twins
# themselves; the sister after them is their elder, so the family has three.
@pytest.mark.parametrize(
    "text",
    [
        "上周一剖的 双胞胎妹妹们 她们姐姐四岁半 挺懂事",
        "上周一生的 双胞胎弟弟们 他们哥哥四岁半",
    ],
)
def test_twins_named_by_their_sex_in_the_plural_beside_their_elder(text: str) -> None:
    assert facts(text, JINAN) == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2021-09", "statement"),
        ("child.birth_date", 2, "2026-02-23", "statement"),
        ("child.birth_date", 3, "2026-02-23", "statement"),
    }


# 上头还有仨, 前面还有俩姐姐, 上头就一对双胞胎: the elder children counted after the newest ones
# told: the family is both, and the newest come after the elders.
@pytest.mark.parametrize(
    ("text", "count", "twins"),
    [
        ("上周三生的双胞胎 上头还有仨 老大都十二了", 5, (4, 5)),
        ("上周三生的双胞胎 上头还有俩姐姐", 4, (3, 4)),
        ("上周三生了对龙凤胎 前面还有两个孩子", 4, (3, 4)),
    ],
)
def test_elder_children_counted_after_a_multiple_birth(
    text: str, count: int, twins: tuple[int, int]
) -> None:
    got = facts(text, JINAN)
    assert ("child_count", None, count, "statement") in got
    for order in twins:
        assert ("child.birth_date", order, "2026-02-25", "statement") in got


def test_elder_twins_counted_above_the_youngest() -> None:
    got = facts("小孙女是老幺 刚满两岁 上头就一对双胞胎孙子 九岁", {"city": "beijing"})
    assert got == {
        ("child_count", None, 3, "statement"),
        ("child.birth_date", 1, "2016-09", "statement"),
        ("child.birth_date", 2, "2016-09", "statement"),
        ("child.birth_date", 3, "2024-03", "statement"),
    }


def test_elders_counted_then_each_told_by_age() -> None:
    got = facts("双胞胎三个月了 上面还有两个姐姐 一个八岁一个五岁", JINAN)
    assert got == {
        ("child_count", None, 4, "statement"),
        ("child.birth_date", 1, "2017-09", "statement"),
        ("child.birth_date", 2, "2020-09", "statement"),
        ("child.birth_date", 3, "2025-12", "statement"),
        ("child.birth_date", 4, "2025-12", "statement"),
    }


@pytest.mark.parametrize(
    "text", ["上周三生的双胞胎 前头俩月一直住院", "双胞胎刚满月 上面还有俩老人要养"]
)
def test_months_or_grandparents_are_no_elder_children(text: str) -> None:
    assert not any(f[0] == "child_count" for f in facts(text, JINAN))


# B超说是两个, 彩超查出来是俩: the babies on the way counted by a scan are twins (triplets for
# three), due after the children born.
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("就一个儿子 这回B超说是两个 预产期九月", "2026-09"),
        ("老大四岁 这次彩超查出来是俩 预产期十月", "2026-10"),
    ],
)
def test_twins_on_the_way_counted_by_a_scan(text: str, due: str) -> None:
    got = facts(text, JINAN)
    assert ("child.due_date", 2, due, "statement") in got
    assert ("child.due_date", 3, due, "statement") in got


def test_a_scan_months_ago_counts_no_babies() -> None:
    got = facts("B超是两个月前做的 预产期九月", JINAN)
    assert ("child.due_date", 2, "2026-09", "statement") not in got


# 双胞胎要是一个济南户口一个外地户口: two hukous imagined for two children is a rule asked about,
# not the family's hukou.
@pytest.mark.parametrize(
    "text",
    [
        "双胞胎要是一个济南户口一个外地户口咋办",
        "要是俩孩子一个落北京户口 另一个落老家户口 能领几份",
    ],
)
def test_a_split_hukou_imagined_tells_no_hukou(text: str) -> None:
    assert not any(f[0] in ("hukou_in_city", "city") for f in facts(text, {}))


def test_the_familys_hukou_imagined_is_still_a_question() -> None:
    assert facts("要是我们是济南户口呢", {}) == {("hukou_in_city", None, True, "question")}


# 北京这个补贴要去街道办还是社区: where to claim a city's measure, asked as a choice, names no city
# of the family's.
@pytest.mark.parametrize(
    "text",
    [
        "北京这个补贴要去街道办还是社区",
        "济南的育儿补贴找社区还是找医院",
        "北京的补贴按月给还是一次给",
    ],
)
def test_a_choice_asked_of_a_measure_names_no_city(text: str) -> None:
    assert facts(text, {}) == set()


def test_the_family_in_the_city_still_names_it() -> None:
    got = facts("我们在北京 补贴要去街道办还是社区", {})
    assert got == {("city", None, "beijing", "statement")}


# 俩小子 他们五岁的姐姐: the elder sibling of the twins just born, said with their pronoun, is
# another child (not the twins' own word again): three children.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("上周四剖的 俩小子 他们五岁的姐姐乐坏了", "2026-02-26"),
        ("前天生的 俩闺女 她们的哥哥六岁了", "2026-03-03"),
    ],
)
def test_the_elder_sibling_of_twins_named_by_their_pronoun(text: str, born: str) -> None:
    got = facts(text, {})
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 2, born, "statement") in got
    assert ("child.birth_date", 3, born, "statement") in got


# 要是我俩都交上公积金 买首套房能便宜点吗: the first home in the rule asked after an "if" is no
# purchase the family plans; one the family imagines buying is still a question.
def test_a_first_home_in_a_rule_asked_after_an_if() -> None:
    got = facts("要是我俩都交上公积金 买首套房能便宜点不", {})
    assert not any(f[0] == "buying_first_home" for f in got)


@pytest.mark.parametrize("text", ["要是我们买首套房 能贷多少", "如果明年买首套 公积金能贷多少"])
def test_a_first_home_imagined_is_a_question(text: str) -> None:
    assert ("buying_first_home", None, True, "question") in facts(text, {})
