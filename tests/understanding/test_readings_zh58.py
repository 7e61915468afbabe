"""A pair born together on a day or in a month counted by a kinship word (上周二剖的 俩小子, 俩小子上周二剖的,
上个月生了俩儿子) beside an elder told as one more above them (上面还有个闺女, 家里还有个大小子,
前面还有个大闺女): the pair and the elder, three; a kind of hukou asked about, the condition alone
before can-we (没有济南户口能领育儿补贴不, 外地户口能领吗): the rule's, no fact of the family's; and a
hukou denied by a bare 没 (我们没济南户口): not held. A household, what the citizen wrote, and the
facts the assistant takes from it (the wordings of corpus batch zh_58 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on

facts = facts_on(date(2025, 2, 12))
JINAN = {"city": "jinan"}
BEIJING = {"city": "beijing"}


# 上周二剖的 俩小子 上面还有个闺女七岁半: two babies born on one day are twins; the child said to
# be there besides them (above them, at home, the eldest) is one more, so the family counts three.
@pytest.mark.parametrize(
    ("text", "born", "elder"),
    [
        ("上周二剖的 俩小子 上面还有个闺女七岁半", "2025-02-04", "2017-08"),
        ("上周二剖的俩小子，上面还有个闺女七岁半", "2025-02-04", "2017-08"),
        ("上周二剖的 俩小子 前面还有个闺女七岁半", "2025-02-04", "2017-08"),
        ("上周二生的 俩闺女 家里还有个大小子八岁", "2025-02-04", "2016-08"),
        ("前天生的俩丫头 上头还有个儿子 五岁", "2025-02-10", "2019-08"),
        ("上周五剖了两个闺女 上边还有个大闺女十岁了", "2025-02-07", "2014-08"),
        ("俩小子上周二剖的 上面还有个姐姐七岁半", "2025-02-04", "2017-08"),
        ("两个孙子是前天生的 上面还有个大孙女六岁", "2025-02-10", "2018-08"),
    ],
)
def test_a_pair_born_on_a_day_beside_one_elder_is_three(text: str, born: str, elder: str) -> None:
    got = facts(text, JINAN)
    assert ("child_count", None, 3, "statement") in got
    dates = {(f, c, str(v)) for f, c, v, _ in got if f == "child.birth_date"}
    assert ("child.birth_date", 2, born) in dates
    assert ("child.birth_date", 3, born) in dates
    assert any(c == 1 and v[:7] == elder for _, c, v in dates)


# 上个月生了俩儿子: two babies born in the same month are twins as well.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("上个月生了俩儿子 上面还有个大闺女 七岁半", "2025-01"),
        ("上个月剖的俩闺女 上头还有个哥哥六岁", "2025-01"),
        ("1月份生的两个小子 家里还有个姐姐七岁", "2025-01"),
    ],
)
def test_a_pair_born_in_a_month_beside_one_elder_is_three(text: str, born: str) -> None:
    got = facts(text, JINAN)
    assert ("child_count", None, 3, "statement") in got
    assert ("child.birth_date", 2, born, "statement") in got
    assert ("child.birth_date", 3, born, "statement") in got


# The pair alone is two, and a pair beside no other child stays two.
@pytest.mark.parametrize(
    "text",
    ["上周二剖的 俩小子", "俩小子上周二剖的", "前天生了俩闺女 都挺好", "上个月生了俩儿子"],
)
def test_a_pair_alone_is_two(text: str) -> None:
    assert ("child_count", None, 2, "statement") in facts(text, JINAN)


# 没有济南户口能领育儿补贴不: a kind of hukou put before "can one get it", nothing else told, is the
# rule's condition asked about (as 不到1米3的孩子免费吗 is a limit asked about), no family fact.
@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("没有济南户口能领育儿补贴不", JINAN),
        ("没有济南户口能领吗", JINAN),
        ("没济南户口能不能领", JINAN),
        ("不是济南户口可以申请吗", JINAN),
        ("外地户口能领补贴吗", JINAN),
        ("外地户口的也能领不", JINAN),
        ("非本地户口可以享受这个政策吗？", JINAN),
        ("请问没有北京户口能领育儿补贴吗", BEIJING),
        ("没有北京户口，能领生育津贴吗？", BEIJING),
        ("户口不在济南能领吗", JINAN),
        ("外地户口的家庭能不能申请", JINAN),
    ],
)
def test_a_kind_of_hukou_asked_about_is_no_fact(text: str, known: dict[str, object]) -> None:
    assert not {f for f, *_ in facts(text, known) if f == "hukou_in_city"}


# The family's own hukou told inside the question stays theirs.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我们没有济南户口能领吗", False),
        ("俺们不是济南户口 能领不", False),
        ("孩子两岁 外地户口 能领吗", False),
        ("我家是济南户口 能领吗", True),
        ("孩子没有济南户口能领吗", False),
    ],
)
def test_the_familys_hukou_in_a_question_is_told(text: str, held: bool) -> None:
    assert ("hukou_in_city", None, held, "statement") in facts(text, JINAN)


# 我们没济南户口: 没 alone before the hukou denies it, as 没有 does.
@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("我们没济南户口", JINAN),
        ("俺家没济南户口 在这租房", JINAN),
        ("我们没北京户口 一直租房", BEIJING),
        ("俺们都没本地户口", JINAN),
        ("我和我对象都没京户", BEIJING),
    ],
)
def test_a_hukou_denied_by_a_bare_mei_is_not_held(text: str, known: dict[str, object]) -> None:
    assert ("hukou_in_city", None, False, "statement") in facts(text, known)


# 俩孙子 小孙子去年8月份生的: the count, then one of them told born: not the pair's birth.
@pytest.mark.parametrize(
    ("text", "born"),
    [("俩孙子 小孙子去年8月份生的", "2024-08"), ("两个闺女 小闺女上个月生的", "2025-01")],
)
def test_a_count_then_one_of_them_born_is_no_pair(text: str, born: str) -> None:
    got = facts(text, {})
    assert ("child_count", None, 2, "statement") in got
    assert ("child.birth_date", 2, born, "statement") in got
    assert not {c for f, c, *_ in got if f == "child.birth_date" and c != 2}
