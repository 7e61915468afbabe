"""Children counted by a kinship word said born in a benefit's time (俩儿子都是领失业金那阵生的: each
son's birth, not "every birth" as 俩娃 is), births placed in the span of a benefit just told (领特困供养
好几年了 俩娃都是这期间生的: at the births, and held now), a one child's birth with the kinship word the
subject of 生 (闺女生的时候还不是), a job found before a later birth (后来找着工作了 老二是上班以后生的:
no word of now), and 三孩 as the policy's third child (23年以后出生的三孩, 属于三孩: no count): a
household, what the citizen wrote, and the facts the assistant takes from it (the wordings of corpus
batch zh_55 and others like them)."""

from datetime import date

import pytest

from tests.understanding.readings import facts_on, family

facts = facts_on(date(2025, 10, 9))
TWO = family("2020-04", "2023-04")
ONE = family("2023-08")


# 俩儿子都是领失业金那阵生的: the children counted by a kinship word (儿子, 闺女, 孙子, 兄弟俩) are
# named, so the benefit is each one's birth (README); 俩娃, 俩孩子 name no child: every birth.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("俩儿子都是领失业金那阵生的", True),
        ("俩闺女都是吃低保那几年生的", True),
        ("两个儿子都是领失业金的时候生的", True),
        ("我俩孙子都是家里吃低保那会儿出生的", True),
        ("两个女儿全是在领特困那几年生的", True),
        ("兄弟俩都是领低保那阵生的", False),
        ("姐妹俩都是领失业金那阵生的", False),
    ],
)
def test_kin_counted_born_in_the_benefits_time(text: str, counted: bool) -> None:
    want = {
        ("child.hardship_at_birth", 1, True, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
    }
    if counted:
        want.add(("child_count", None, 2, "statement"))
    assert facts(text, TWO) == want


@pytest.mark.parametrize("text", ["俩孩子都是领失业金那阵生的", "俩娃都是吃低保那会儿生的"])
def test_children_counted_without_a_kinship_word_are_every_birth(text: str) -> None:
    assert facts(text, TWO) == {
        ("hardship_at_birth", None, True, "statement"),
        ("child_count", None, 2, "statement"),
    }


# 领特困供养好几年了 俩娃都是这期间生的: the births placed in the span of the benefit just told (这期间,
# 这几年, 那段时间), at the births; held for years up to now (好几年了) is held now too.
@pytest.mark.parametrize(
    "text",
    [
        "领特困供养好几年了 俩娃都是这期间生的",
        "吃低保好几年了 俩孩子都是这期间生的",
        "领低保有七八年了，两个娃都是在这期间出生的",
        "低保吃了五年了 孩子们都是这几年生的",
    ],
)
def test_births_in_the_span_of_a_benefit_held_now(text: str) -> None:
    got = facts(text, TWO)
    assert ("hardship_at_birth", None, True, "statement") in got
    assert ("hardship_now", None, True, "statement") in got
    assert not {f for f in got if f[0] == "child.hardship_at_birth"}


def test_kin_born_in_the_span_of_a_benefit() -> None:
    assert facts("领特困供养好几年了，俩儿子都是这期间生的", TWO) == {
        ("child.hardship_at_birth", 1, True, "statement"),
        ("child.hardship_at_birth", 2, True, "statement"),
        ("child_count", None, 2, "statement"),
        ("hardship_now", None, True, "statement"),
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("吃低保好多年了 老二是这期间生的", {("hardship_now", None, True, "statement")}),
        ("领了三年失业金 老二就是那段时间生的", set()),
    ],
)
def test_one_birth_in_the_span_of_a_benefit(text: str, want: set[object]) -> None:
    assert facts(text, TWO) == {("child.hardship_at_birth", 2, True, "statement")} | want


# 闺女生的时候还不是: the one child named by its kinship word, the subject of 生, is that child's
# birth (README); 闺女生孩子的时候 is the daughter giving birth, and 孩子生的时候 names no child.
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("闺女生的时候还不是低保户", False),
        ("闺女生的时候没领低保", False),
        ("儿子生的时候在领失业金", True),
        ("孙子生的时候家里吃低保", True),
        ("外孙女生的时候没有低保", False),
        ("儿子生时在领失业金", True),
        ("闺女生那会儿吃着低保", True),
    ],
)
def test_kin_the_subject_of_its_birth(text: str, held: bool) -> None:
    assert facts(text, ONE) == {("child.hardship_at_birth", 1, held, "statement")}


@pytest.mark.parametrize(
    "text", ["现在是低保户 以前不是 闺女生的时候还不是", "现在吃低保 儿子生的时候还没有"]
)
def test_kin_birth_set_against_now(text: str) -> None:
    assert facts(text, ONE) == {
        ("hardship_now", None, True, "statement"),
        ("child.hardship_at_birth", 1, False, "statement"),
    }


@pytest.mark.parametrize(
    "text", ["孩子生的时候没领低保", "生的时候没领低保", "闺女生孩子的时候没领低保"]
)
def test_birth_by_the_act_or_by_haizi_is_every_birth(text: str) -> None:
    assert facts(text, ONE) == {("hardship_at_birth", None, False, "statement")}


# 后来找着工作了 | 老二是上班以后生的: the job found, then a later birth told against it, is the time
# between the births, no word of now.
@pytest.mark.parametrize(
    "text",
    [
        "生老大那阵儿俺失业在家领失业金 后来找着工作了 老二是上班以后生的 没领",
        "生老大那会儿领失业金 后来上班了 生老二的时候就没领",
        "老大出生时候在领失业金，后来找到活了，老二是那之后才生的，没领",
        "生老大那年吃低保 后来不吃了 老二出生那会儿啥也没领",
        "生老大时候领着失业金 后来他爸找着工作了 生老二就没领",
    ],
)
def test_a_stop_before_a_later_birth_is_not_now(text: str) -> None:
    assert facts(text, family("2020-04", "2024-04")) == {
        ("child.hardship_at_birth", 1, True, "statement"),
        ("child.hardship_at_birth", 2, False, "statement"),
    }


def test_a_stop_with_now_is_now() -> None:
    assert ("hardship_now", None, False, "statement") in facts(
        "生老大那阵领失业金 后来找着工作了 老二是上班以后生的 现在也不领",
        family("2020-04", "2024-04"),
    )


# 23年以后出生的三孩, 属于三孩吗: 三孩 after 的 or 属于 is the policy's third child, no count; 俺家的仨孩,
# 我家三孩 count the children.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("老三二四年三月的 这个算不算二三年以后出生的三孩", None),
        ("老三24年3月的 属于三孩吗", None),
        ("老三二四年三月的 符合条件的三孩吗", None),
        ("老三24年3月的 算23年以后生的三孩吧", None),
        ("老三24年3月的 家里的三孩", 3),
        ("老三24年3月的 我家三孩", 3),
    ],
)
def test_sanhai_after_a_modifier_is_the_policys(text: str, count: int | None) -> None:
    want = {("child.birth_date", 3, "2024-03", "statement")}
    if count:
        want.add(("child_count", None, count, "statement"))
    assert facts(text, family("2017", "2020"), today=date(2024, 9, 12)) == want


# 上个月刚断 | 生孩子的时候也领着: a stop told with its own time is now's, the birth told after it held.
@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("领了两年失业金 上个月刚断 孩子是前年生的 生孩子的时候也领着", "2023-05"),
        ("失业金领了八个月 今年五月停的 生娃那时候正领着", "2025-06"),
    ],
)
def test_a_stop_with_its_own_time_is_now(text: str, born: str) -> None:
    assert facts(text, family(born)) == {
        ("hardship_at_birth", None, True, "statement"),
        ("hardship_now", None, False, "statement"),
    }


# 她大哥十岁 二哥六岁: the brothers or sisters of the child just told, named with 她/他 and a child's
# age, are the elder children by their rank (大 = the eldest); the child told is born after them.
@pytest.mark.parametrize(
    ("text", "youngest"),
    [
        ("最小的闺女上周四出生的 她大哥十岁 二哥六岁", "2024-09-05"),
        ("最小的闺女上周四出生的，她大哥10岁，她二哥6岁", "2024-09-05"),
        ("老三上周四出生的 她大哥十岁 二哥六岁", "2024-09-05"),
        ("小儿子上周四生的 他大姐十岁 二姐六岁", "2024-09-05"),
        ("最小的闺女上周四出生的 她大哥今年十岁 二哥六岁", "2024-09-05"),
        ("老三昨天生的 她大姐都10岁了 二姐6岁", "2024-09-11"),
    ],
)
def test_the_brothers_of_the_child_told(text: str, youngest: str) -> None:
    assert facts(text, {"city": "jinan"}, today=date(2024, 9, 12)) == {
        ("child.birth_date", 1, "2014-03", "statement"),
        ("child.birth_date", 2, "2018-03", "statement"),
        ("child.birth_date", 3, youngest, "statement"),
    }


# 快三岁了 老大 老二才半岁: an age opening the message, then the order word of the child it is said
# of, alone before the next child or the end: that child's age.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("快三岁了 老大 老二才半岁", {1: "2023-07", 2: "2025-12"}),
        ("快三岁了，老大，老二才半岁", {1: "2023-07", 2: "2025-12"}),
        ("5岁 老大 老二3岁", {1: "2020-12", 2: "2022-12"}),
        ("两岁半 大宝 二宝8个月", {1: "2023-12", 2: "2025-10"}),
        ("十个月了 老二 老大四岁", {1: "2021-12", 2: "2025-08"}),
        ("3岁了 老大", {1: "2022-12"}),
        ("刚满月 老二", {2: "2026-05"}),
        ("老大 五岁 老二两岁", {1: "2020-12", 2: "2023-12"}),
        ("老二快三岁了 老大五岁", {1: "2020-12", 2: "2023-07"}),
    ],
)
def test_an_age_then_whose_it_is(text: str, want: dict[int, str]) -> None:
    assert facts(text, {"city": "beijing"}, today=date(2026, 6, 3)) == {
        ("child.birth_date", n, born, "statement") for n, born in want.items()
    }


def test_a_grown_brother_of_the_wife_is_no_child() -> None:
    assert facts("我媳妇她二姐35岁 孩子3岁", {"city": "jinan"}, today=date(2024, 9, 12)) == {
        ("child.birth_date", 1, "2021-03", "statement")
    }


@pytest.mark.parametrize(
    "text", ["又怀了双胞胎 四个月 老大老二都上学了", "怀上了 四个月 老大 老二都上学了"]
)
def test_months_of_a_pregnancy_before_the_elder_ones_are_theirs(text: str) -> None:
    got = facts(text, {"city": "jinan"}, today=date(2025, 10, 30))
    assert not {f for f in got if f[0] == "child.birth_date"}
