"""Messages tester 17 sent to the running assistant that were read wrongly, and other wordings
of the same kinds: the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import kids, reading

TODAY = date(2026, 12, 1)
JINAN = {"city": "jinan"}
A_NEWBORN = {"city": "jinan", "children": kids("2026-11")}

said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "we just moved our hukou from Beijing to Jinan in August",
        "moved my hukou from dezhou to jinan last year",
        "户口从北京迁到济南了",
        "去年把户口从德州迁过来了",
        "我们户口刚从青岛转到济南",
    ],
)
def test_a_hukou_moved_to_the_family_city_is_the_citys(text: str) -> None:
    """The city a hukou moved TO is where it is held now, not the city it left."""
    assert said(text, JINAN)[("hukou_in_city", None)] is True


def test_a_hukou_moved_away_from_the_family_city_is_not_the_citys() -> None:
    assert said("户口从济南迁到德州了", JINAN)[("hukou_in_city", None)] is False


@pytest.mark.parametrize(
    "text",
    [
        "ok and wifes hukou is dezhou, mine is jinan. can we still get the 600 for baby 2",
        "my hukou is jinan, my husband's is in hebei",
        "我是济南户口 老婆是德州的",
        "老婆是德州户口 我是济南的",
        "老公户口在河北 我的在济南",
    ],
)
def test_one_parents_hukou_in_the_city_is_the_familys(text: str) -> None:
    """One parent's hukou in the city is the family's (the README's convention, as "only my
    husband has Beijing hukou"), whatever the other parent's."""
    assert said(text, JINAN)[("hukou_in_city", None)] is True


@pytest.mark.parametrize("known", [JINAN, {}])
@pytest.mark.parametrize(
    "text",
    [
        "那我老公陪产假几天 他在北京上班 我们户口济南",
        "我老婆在北京工作 我们户口在济南",
        "my husband works in beijing, our hukou is jinan",
    ],
)
def test_where_one_parent_works_is_not_the_family_city(text: str, known: dict[str, object]) -> None:
    """他在北京上班 is the husband's job, not where the family lives; 户口济南 is Jinan's."""
    got = said(text, known)
    assert got.get(("city", None), "jinan") == "jinan"
    assert got[("hukou_in_city", None)] is True


@pytest.mark.parametrize(
    "text",
    [
        "you said child 1 but this is our SECOND kid, the older one is 4. do we get the 600",
        "it's our second baby, our daughter is 5",
        "这是我们家老二 老大4岁了",
        "他是二胎 上面还有个姐姐6岁",
        "这是老二 老大是2020年3月生的",
    ],
)
def test_an_elder_beside_the_known_newborn_said_second_is_child_one(text: str) -> None:
    """The known newborn said to be the second keeps its date as child 2; the older child told
    is child 1, not a new date for the newborn."""
    got = said(text, A_NEWBORN)
    assert got[("child.birth_date", 2)] == "2026-11"
    assert str(got[("child.birth_date", 1)]) < "2026"


def test_the_second_child_told_of_its_own_age_is_still_the_second() -> None:
    assert said("our second is 4", A_NEWBORN) == {("child.birth_date", 2): "2022-06"}


@pytest.mark.parametrize(
    "text",
    [
        "不是我家 我是热线 问的是政策 灵活就业的报50%对吧 哪条",
        "我是接线员 帮人问的 灵活就业参保的报多少",
        "我们是12345热线 外地户口的能领育儿补贴吗",
        "not my family, I'm hotline. flexible employment get 50%?",
        "i'm an operator asking for a caller, is the subsidy for rural hukou too",
    ],
)
def test_a_hotline_worker_asking_for_a_caller_tells_no_family_facts(text: str) -> None:
    assert said(text, JINAN) == {}


def test_asking_on_behalf_of_family_still_tells_their_facts() -> None:
    got = said("I'm asking on behalf of my sister, she has Jinan hukou", JINAN)
    assert got[("hukou_in_city", None)] is True
