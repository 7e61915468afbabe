"""Messages of stop 78, read on 8 December 2026 unless said: a household, what the citizen
wrote, and the facts taken (or not taken)."""

from datetime import date

import pytest

from tests.understanding.readings import reading
from understanding import understand

said = reading(date(2026, 12, 8))
JINAN_TWO = {"city": "jinan", "children": [{"birth_date": "2018-10"}, {"birth_date": "2021-06"}]}


@pytest.mark.parametrize(
    "text",
    [
        "我外孙两岁零三个月 在朝阳 闺女家就这一个孩子 想送托班 北京托育有补贴吗 幼儿园两岁收不收",
        "孩子两岁零三个月 托班几岁能上 两岁行吗",
        "my grandson is 2 years 3 months, does kindergarten take 2 year olds?",
    ],
)
def test_the_age_a_kindergarten_admits_is_no_second_child(text: str) -> None:
    """幼儿园两岁收不收 asks the admission age (Beijing clause (10): 托班 takes children of 2
    to 3); it is no child of two. Tester 138 p6's grandmother of one grandson was read back two
    children, 老大 from 两岁 and 老二 from 两岁零三个月."""
    got = said(text)
    assert got[("child.birth_date", 1)] == "2024-09"
    assert ("child.birth_date", 2) not in got


def test_a_child_attending_kindergarten_still_has_an_age() -> None:
    """一个闺女 刚上幼儿园 三岁多: the daughter goes to kindergarten and is three."""
    assert said("一个闺女 刚上幼儿园 三岁多")[("child.birth_date", 1)] == "2023-06"


@pytest.mark.parametrize(
    "text",
    [
        "hey, we r moving to beijing next month w our 2 kids (4yo and 14 months)",
        "we are moving in march, kids are 4 and 1",
    ],
)
def test_a_move_next_month_is_no_due_date(text: str) -> None:
    """ "moving to beijing next month" dates a move: tester 138 p8 was read back "the eldest due
    January 2027" beside two children's ages."""
    got = said(text)
    assert not any(fact == "child.due_date" for fact, _ in got)
    assert got[("child.birth_date", 1)] == "2022-06"


def test_a_due_date_after_a_move_is_still_read() -> None:
    """ "we're moving in march and baby is due in may": the move's month is no birth, the due
    month is."""
    assert said("we're moving in march and baby is due in may")[("child.due_date", 1)] == "2027-05"


def test_er_de_among_children_named_by_order_is_the_second() -> None:
    """大的上初一了 二的五岁 小的才八个月: 二的 is 老二 (colloquial), so the five-year-old is the
    second of three, not the eldest."""
    got = said("俺家仨娃 大的上初一了 二的五岁 小的才八个月")
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 2)] == "2021-06"
    assert got[("child.birth_date", 3)] == "2026-04"
    assert ("child.birth_date", 1) not in got


def test_a_height_in_metres_stays_with_its_child() -> None:
    """育有二孩 长子9岁 身高1.38m 次女5岁 约1.1m (a hotline's note): 1.38 m is the son's, 1.1 m
    the daughter's; before, each height went to the next child and a third child appeared."""
    got = said("育有二孩 长子9岁 身高1.38m 次女5岁 约1.1m")
    assert got[("child.height_cm", 1)] == 138
    assert got[("child.height_cm", 2)] == 110
    assert ("child.height_cm", 3) not in got


@pytest.mark.parametrize(
    "text",
    [
        "纠正一下 刚才说的老大18年10月 其实是18年1月",
        "刚才说的老大18年10月 不对 老大是18年1月",
        "the eldest 2018 oct, no wait the eldest is jan 2018",
    ],
)
def test_a_date_put_right_stays_with_the_child_named(text: str) -> None:
    """The eldest's date said, then put right (其实是, or 老大 named again): it is the eldest's
    date that changes, not the second child's."""
    got = said(text, JINAN_TWO)
    assert got == {("child.birth_date", 1): "2018-01"}


@pytest.mark.parametrize(
    ("text", "count"),
    [("育有一子", 1), ("来电人反映 本人北京户籍 育有一女 2025年10月出生", 1), ("育有二子", 2)],
)
def test_a_hotline_note_counts_sons_and_daughters(text: str, count: int) -> None:
    """育有一子 (a hotline's written style): one child."""
    assert said(text)[("child_count", None)] == count


@pytest.mark.parametrize(
    ("text", "payers"),
    [
        ("小两口济南户口 均在单位缴纳公积金 暂租住", 2),
        ("儿子在单位缴存公积金 儿媳未缴", 1),
        ("闺女交公积金 女婿没交", 1),
        ("夫妻均缴纳公积金", 2),
    ],
)
def test_housing_fund_payers_told_by_a_grandparent_or_a_hotline_note(
    text: str, payers: int
) -> None:
    """Who pays into the housing provident fund (Jinan clause 19's loan ceilings): a son who pays
    and a daughter-in-law who does not are one payer; 均缴纳 is both."""
    assert said(text)[("housing_fund_contributors", None)] == payers


@pytest.mark.parametrize("text", ["次子出生时夫妻二人均未参保", "老二出生时夫妻都没参保"])
def test_no_insurance_at_the_birth(text: str) -> None:
    """次子出生时 … 未参保 (a hotline's note): no cover at that birth."""
    assert said(text)[("birth_insurance", None)] == "none"


def test_a_home_bought_last_year_is_owned() -> None:
    assert said("我们的房子去年买的 在槐荫")[("owns_home_in_city", None)] is True


def test_a_city_typed_by_sound() -> None:
    """济难 (typed by sound): Jinan."""
    got = said("济难 全家户口都在这边", asked="city")
    assert got[("city", None)] == "jinan"


@pytest.mark.parametrize(
    "text",
    ["他爸那时候还上着班呢 今年三月厂子黄了 现在领着失业金", "去年十月我被裁了 老三是今年五月生的"],
)
def test_the_month_a_job_was_lost_is_no_birth(text: str) -> None:
    """今年三月厂子黄了 dates the job lost, not a child born in March."""
    got = said(text, JINAN_TWO)
    assert got.get(("child.birth_date", 2)) is None
    assert got.get(("child.birth_date", 1)) is None


@pytest.mark.parametrize(
    "text", ["现在是低保户 孩子有补贴吗", "我们家现在是低保户 孩子三岁 有啥补贴吗"]
)
def test_on_dibao_now_told_before_a_question(text: str) -> None:
    """现在是低保户 … 有补贴吗: the family is on dibao now (hardship_now), told before the question;
    not a kind of family asked about (特困供养的家庭 生二胎补贴给多少啊 still is)."""
    assert said(text, {"city": "beijing"})[("hardship_now", None)] is True
    assert ("hardship_now", None) not in said("特困供养的家庭 生二胎补贴给多少啊")


BEIJING_TWO = {
    "city": "beijing",
    "children": [{"birth_date": "2019-03"}, {"birth_date": "2022-11"}],
}


@pytest.mark.parametrize(
    "text",
    ["our dibao ended last year, are we still eligible?", "dibao ended, still eligible?"],
)
def test_still_eligible_asked_is_no_benefit_held_now(text: str) -> None:
    """ "are we still eligible?" asks the measure; the benefit ended (probe en-17265 was read as
    still on dibao)."""
    assert said(text, BEIJING_TWO)[("hardship_now", None)] is False


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("no only now. we applied for dibao in august", True),
        ("not then, only now", True),
        ("not at the birth no. but yes dibao from this month on", True),
    ],
)
def test_a_no_at_the_birth_then_on_it_now(text: str, now: bool) -> None:
    """A no to the benefit at the births, then "only now" or "from this month on": not at the
    birth, on it now (Jinan clause 12's 200 rests on the birth, not on now)."""
    got = said(text, BEIJING_TWO, asked="hardship_at_birth")
    assert got[("hardship_at_birth", None)] is False
    assert got[("hardship_now", None)] is now


@pytest.mark.parametrize(
    "text", ["we had dibao with every one of them", "we were on dibao with all three"]
)
def test_every_birth_said_with_every_one_of_them(text: str) -> None:
    """ "with every one of them": at every birth, not now."""
    got = said(text, BEIJING_TWO)
    assert got[("hardship_at_birth", None)] is True
    assert ("hardship_now", None) not in got


def test_children_named_by_their_age_in_words() -> None:
    """ "when the nine year old was born, not with the four year old": each birth's answer."""
    known = {"city": "beijing", "children": [{"birth_date": "2017-06"}, {"birth_date": "2022-06"}]}
    got = said("we had dibao when the nine year old was born, not with the four year old", known)
    assert got == {("child.hardship_at_birth", 1): True, ("child.hardship_at_birth", 2): False}


def test_a_pregnancy_known_then_born_just_now_is_that_baby() -> None:
    """昨儿个刚生 闺女 头胎 of the baby known on the way: that baby born, not a second child;
    and 宝宝昨天出生了 is the news of the birth, no correction."""
    known = {"city": "jinan", "children": [{"due_date": "2026-12"}]}
    assert said("昨儿个刚生 闺女 头胎 六斤八两", known) == {("child.birth_date", 1): "2026-12-07"}
    kinds = {u.kind for u in understand("宝宝昨天出生了", known, None, date(2026, 12, 8))}
    assert kinds == {"statement"}


def test_after_new_years_day_is_january_not_the_first() -> None:
    """外孙女是今年元旦后生的 1月5号: born 5 January; 元旦后 is no birth on the 1st and no second
    child (tester 139 p5 was read back an elder born 1 January)."""
    known = {"city": "jinan", "children": [{"birth_date": "2024-01"}, {"birth_date": "2025-12"}]}
    got = said("哎呀俺记错了 外孙女是今年元旦后生的 1月5号 不是去年12月 那医保还能给补吗", known)
    assert got == {("child.birth_date", 2): "2026-01-05"}


def test_not_one_side_then_both_parents_hukou() -> None:
    """不是一方 我和老婆俩人户口都在济南了: not one parent only, both; never a no to the hukou
    (tester 139 p7 was read back 不是济南户口)."""
    known = {"city": "jinan", "children": [{"birth_date": "2024-01"}]}
    got = said("不是一方 我和老婆俩人户口都在济南了 就孩子还没迁", known, asked="hukou_in_city")
    assert got == {("hukou_in_city", None): True}


def test_a_correction_beside_babies_still_due_is_the_born_childs() -> None:
    """ "my daughter is actually 3 … she turned 3 in october" with twins still due: the one born
    child's date, not a guess to be asked about (tester 139 p11)."""
    known = {
        "city": "beijing",
        "children": [{"birth_date": "2024-06"}, {"due_date": "2027-02"}, {"due_date": "2027-02"}],
    }
    updates = understand(
        "ok. my daughter is actually 3 not 2, sorry. she turned 3 in october",
        known,
        None,
        date(2026, 12, 8),
    )
    assert [(u.child, u.value, u.guessed) for u in updates] == [(1, "2023-10", False)]


@pytest.mark.parametrize(
    ("text", "known", "want"),
    [
        ("二宝昨天生的 比预产期早了两周", {"children": [{"birth_date": "2024-08"}]},
         {("child.birth_date", 2): "2026-12-07"}),
        ("北京户口 去年十月生了老大 这个月二胎刚查出来", {},
         {("city", None): "beijing", ("hukou_in_city", None): True,
          ("child.birth_date", 1): "2025-10", ("child.due_date", 2): None}),
        ("两个孩子 大的18年的 二的今年8月份 二的出生时候我们在领低保", {},
         {("child_count", None): 2, ("child.birth_date", 1): "2018",
          ("child.birth_date", 2): "2026-08", ("child.hardship_at_birth", 2): True}),
        ("啥都没交 没工作 双胞胎都是自费生的", {}, {("birth_insurance", None): "none"}),
    ],
)  # fmt: skip
def test_probe_p92_readings(
    text: str, known: dict[str, object], want: dict[object, object]
) -> None:
    """A birth earlier than its due date names no pregnancy; a second pregnancy just found this
    month is no birth this month; 二的 is 老二; a birth paid out of pocket had no cover."""
    assert said(text, known) == want


def test_first_babies_that_were_twins() -> None:
    """ "my son and his wife had their first babies in july, twins!": two children, both born in
    July; the grandmother's son is no child of the family."""
    got = reading(date(2026, 10, 1))("my son and his wife had their first babies in july, twins!")
    assert got == {
        ("child_count", None): 2,
        ("child.birth_date", 1): "2026-07",
        ("child.birth_date", 2): "2026-07",
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("咱济南有没有双包胎的补贴啊？俺家双胞胎俩宝三个月了", None),
        ("不是租的 自己家的房子 不过是老家县城的 济南没房", False),
        ("自己家的房子 不过是老家县城的", False),
    ],
)
def test_a_home_in_the_city_asked_or_owned_back_home(text: str, want: bool | None) -> None:
    """济南有没有…补贴 asks a measure, no home is denied; a home owned in the county town back home
    is no home in the city (Jinan clause 14's first home is the city's)."""
    got = said(text, {"city": "jinan"}, asked="renting" if "租" in text else None)
    assert got.get(("owns_home_in_city", None)) is want


def test_when_the_money_starts_asked_is_no_benefit_now() -> None:
    """我生老二的时候在领失业金 那是不是一个月800 从哪开始领: the benefit at 老二's birth (Jinan
    clause 12's 200), and when the money starts asked; never on 失业金 now (tester 140 p1)."""
    known = {"city": "jinan", "children": [{"birth_date": "2020-06"}, {"birth_date": "2025-10"}]}
    got = said("都是济南户口 我生老二的时候在领失业金 那是不是一个月800 从哪开始领 找谁申请", known)
    assert got[("child.hardship_at_birth", 2)] is True
    assert ("hardship_now", None) not in got
    assert said("这个月开始领失业金了", known)[("hardship_now", None)] is True


def test_a_day_told_of_a_birth_known_from_a_lunar_month() -> None:
    """老二 known from 2022年腊月 (about January 2023), then 老二是阳历12月28号生的: 28 December
    2022, before Jinan clause 12's 1 January 2023, not 28 December 2025 (tester 140 p4)."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2018-06", "approx": "8岁"},
            {"birth_date": "2023-01", "approx": "2022年腊月"},
            {"birth_date": "2026-11"},
        ],
    }
    assert (
        said("户口都在济南 老二是阳历12月28号生的", known)[("child.birth_date", 2)] == "2022-12-28"
    )
    assert said("老二是1月5号生的", known)[("child.birth_date", 2)] == "2023-01-05"


def test_a_height_of_the_eldest_named_stays_with_the_eldest_not_yet_dated() -> None:
    """老大1米35了坐地铁要买票吧 while only the youngest's birth is dated: 135 cm is the eldest's
    (Beijing clause (12)'s 1.3 m line: he needs a ticket). Tester 141 p6 had it put on the
    one-year-old; only a child still on the way passes its height to the one born."""
    known = {"city": "beijing", "children": [{}, {}, {"birth_date": "2025-10"}]}
    assert said("老大1米35了坐地铁要买票吧", known) == {("child.height_cm", 1): 135}
