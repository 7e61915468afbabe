"""Messages of stop 54's probes: the benefit at each birth answered in English the way a hotline
note or a phone reply writes it (numbered children, orders listed before one answer, pinyin
answers), a hotline's written orders in Chinese (长子, 次女, 一孩, 二孩, 第三孩), the twins' elder
and younger beside an elder child, and a few words read wrong before (快满周岁, 领过几个月,
一个月花销, 到8月份就到期了). A household, what the citizen wrote, and the facts the assistant
takes from it."""

from datetime import date

import pytest

from tests.understanding.readings import at_births, family, reading

said = reading(date(2026, 7, 1))


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("1st and 3rd births yes, 2nd no", {1: True, 3: True, 2: False}),
        (
            "1st - yes dibao. 2nd - no. 3rd - yes we were on 失业金 that year",
            {1: True, 2: False, 3: True},
        ),
        ("first and 3rd yes, 2nd no", {1: True, 3: True, 2: False}),
        ("only for the 2nd, the 1st no", {2: True, 1: False, 3: False}),
    ],
)
def test_orders_listed_before_one_answer(text: str, births: dict[int, bool]) -> None:
    """To "dibao at each birth?" of three children: the births listed, then their yes or no
    (the extra 200 yuan of Jinan clause 3 goes only to the births with the benefit)."""
    assert (
        at_births(said(text, family("2015-09", "2019-01", "2026-06"), "hardship_at_birth"))
        == births
    )


def test_the_others_after_the_ones_named() -> None:
    """ "the 2nd and the 5th yes, others no" of five children: every other birth is a no."""
    known = family("2010-02", "2013-06", "2016-09", "2020-01", "2024-12")
    got = said("the 2nd and the 5th yes, others no", known, "hardship_at_birth")
    assert at_births(got) == {2: True, 5: True, 1: False, 3: False, 4: False}


@pytest.mark.parametrize(
    ("text", "known", "births"),
    [
        (
            "dibao: laoda meiyou, laoer you, shuangbaotai meiyou",
            family("2016-08", "2020-04", "2024-10", "2024-10"),
            {1: False, 2: True, 3: False, 4: False},
        ),
        (
            "twins yes (dibao) eldest no",
            family("2015-05", "2023-11", "2023-11"),
            {2: True, 3: True, 1: False},
        ),
    ],
)
def test_answers_in_pinyin_and_with_an_aside(
    text: str, known: dict[str, object], births: dict[int, bool]
) -> None:
    """meiyou is no and you is yes after the child named; "(dibao)" after a yes only names the
    benefit."""
    assert at_births(said(text, known, "hardship_at_birth")) == births


def test_a_hotline_note_numbers_the_children() -> None:
    """ "4 ch. Ch1 2014, ch2&3 twins 2019, ch4 2024. Dibao only at ch4 birth": four children, the
    twins the second and third, the benefit at the fourth birth only."""
    got = said(
        "Caller (Jinan, local hukou): 4 ch. Ch1 2014, ch2&3 twins 2019, ch4 2024. "
        "Dibao only at ch4 birth"
    )
    assert got[("child_count", None)] == 4
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2019"
    assert at_births(got) == {4: True, 1: False, 2: False, 3: False}


def test_kid_and_a_number_is_an_age_unless_a_birth_follows() -> None:
    """ "kid 2" is a child of two; "Kid 2 born Apr 2023 yes" is the second child."""
    assert (
        said("hukou still in anhui, kid 2, we had dibao back in anhui when she was born")[
            ("child.birth_date", 1)
        ]
        == "2024-01"
    )
    got = said("Husband was on 失业金 Jan-Jun 2023. Kid 1 born 2019 no. Kid 2 born Apr 2023 yes.")
    assert at_births(got) == {1: False, 2: True}


@pytest.mark.parametrize(
    ("text", "now"),
    [("we had dibao till mid 2022", False), ("we were in 特困 till the end of 2023", False)],
)
def test_a_benefit_held_till_a_part_of_a_past_year(text: str, now: bool) -> None:
    """Held "till mid 2022": it ended then, so not held now (as "until 2022" reads)."""
    assert said(text)[("hardship_now", None)] is now


@pytest.mark.parametrize(
    ("text", "births", "count"),
    [
        (
            "京 非京籍 2孩 一孩21.3 二孩25.10 二孩出生时特困供养 一孩否 现仍特困",
            {2: True, 1: False},
            2,
        ),
        (
            "【热线记录】来电人王某，北京户籍，育有二孩：长子2017年生，次女2023年8月生。"
            "来电人称次女出生时其丈夫正在领取失业保险金，长子出生时无。",
            {2: True, 1: False},
            2,
        ),
        (
            "【工单】北京 非本市户籍 子女3人：长女2014年，双胞胎次子三子2023年11月。"
            "生育双胞胎时夫妻双方均领取失业保险金，生长女时未领取。",
            {2: True, 3: True, 1: False},
            3,
        ),
        (
            "来电人反映：家中三孩，三孩出生时家庭享受特困人员供养，前两孩出生时未享受",
            {3: True, 1: False, 2: False},
            3,
        ),
    ],
)
def test_a_hotline_writes_the_orders(text: str, births: dict[int, bool], count: int) -> None:
    """一孩 / 二孩 / 三孩 and 长子 / 次女 / 次子三子 are the first, second and third; 育有二孩 and
    家中三孩 count them; 前两孩 are the two before."""
    got = said(text)
    assert got[("child_count", None)] == count
    assert at_births(got) == births


@pytest.mark.parametrize(
    "text",
    [
        "北京现在对三孩家庭有啥政策没",
        "济南那个每月600的育儿补贴 一孩有没有份",
        "公积金贷款二孩家庭能多贷多少",
    ],
)
def test_the_policy_words_for_families_count_no_child(text: str) -> None:
    """三孩家庭, 一孩, 二孩家庭 asked about are the policy's words, not this family."""
    got = said(text)
    assert ("child_count", None) not in got
    assert not [k for k in got if k[0].startswith("child.")]


def test_the_second_birth_of_twins_written_as_a_child_order() -> None:
    """二孩是双胞胎: the second birth was twins, the second and third children."""
    got = said("二孩是双胞胎的话 600块是一个孩子600还是两个一共600 我家是老大5岁 双胞胎刚生 昨天")
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-06-30"


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("生哥哥时候我们没领 生弟弟时候领失业金", {1: False, 2: True}),
        ("姐姐出生那会儿领着低保 妹妹出生时没有了", {1: True, 2: False}),
    ],
)
def test_two_births_named_by_what_each_is_to_the_other(text: str, births: dict[int, bool]) -> None:
    """哥哥 / 姐姐 and 弟弟 / 妹妹 at their births, of two children: the elder and the younger."""
    assert at_births(said(text, family("2018-05", "2022-10"))) == births


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("生俺儿那时候俺家是低保户", {1: True}),
        ("俺孙子今年三月出生的 他爸那时候正领着失业金呢", {1: True}),
        ("俺孙女是23年生的 那会儿她爸妈都挺好 没吃低保", {1: False}),
        ("孙子是22年腊月生的 俺儿子那时候刚下岗领失业金 济南户口", {1: True}),
    ],
)
def test_the_only_childs_birth_named_by_a_kinship_word(text: str, births: dict[int, bool]) -> None:
    """A birth named by 俺儿 / 孙子 / 孙女, then 那时候 of it: that child's birth (README)."""
    assert at_births(said(text)) == births


@pytest.mark.parametrize(
    ("text", "known", "heights"),
    [
        (
            "双胞胎姐姐一米二四 妹妹一米二 哥哥早就超了",
            family("2012-08", "2020-03", "2020-03"),
            {2: 124, 3: 120},
        ),
        (
            "双胞胎中大的那个1米05 小的1米02",
            family("2015-10", "2023-02", "2023-02"),
            {2: 105, 3: 102},
        ),
        ("双胞胎姐姐一米二四 妹妹一米二", family("2020-03", "2020-03"), {1: 124, 2: 120}),
    ],
)
def test_the_twins_elder_and_younger_beside_an_elder_child(
    text: str, known: dict[str, object], heights: dict[int, int]
) -> None:
    """The twins known as the second and third: their elder is the second, not the eldest (the
    Beijing metro's 1.3 m line is read child by child)."""
    got = said(text, known)
    assert {c: v for (f, c), v in got.items() if f == "child.height_cm"} == heights


def test_words_read_wrong_before() -> None:
    """快满周岁 is eleven months; 领过几个月 tells how long (no question); a month's spending is no
    age; a benefit that ends in August, told in June, is still held."""
    assert said("三胞胎 快满周岁了")[("child.birth_date", 3)] == "2025-08"
    known = family("2019-08", "2022-12")
    got = said("只有老二那会儿领过几个月失业金 老大那时候没", known, "hardship_at_birth")
    assert at_births(got) == {2: True, 1: False}
    got = said(
        "俩双胞胎上幼儿园大班了 小的还在家 仨孩子一个月花销太大了",
        family("2019-06", "2019-06", "2024-12"),
    )
    assert not [k for k in got if k[0] == "child.birth_date"]
    got = reading(date(2026, 6, 22))(
        "生的时候正好失业 领着失业金呢 现在还领着 到8月份就到期了", family("2025-09")
    )
    assert got[("hardship_now", None)] is True


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("老大那会儿木有 老二那会儿有 吃着低保咧", {1: False, 2: True}),
        ("老大：有（低保）老二：无", {1: True, 2: False}),
    ],
)
def test_typed_forms(text: str, births: dict[int, bool]) -> None:
    """木有 is 没有; an aside closed in brackets ends its clause."""
    got = said(text, family("2016-08", "2023-12"), "hardship_at_birth")
    assert at_births(got) == births


@pytest.mark.parametrize(
    "text",
    [
        "Husband was on 失业金 Jan-Jun 2023.",
        "Husband was on dibao in 2023.",
        "we were on dibao from 2019 to mid 2022",
    ],
)
def test_a_benefit_held_in_a_past_time_tells_nothing_of_now(text: str) -> None:
    """Held in a past year or span, in the past tense, nothing said of now: no benefit now read
    either way (the development half labels "dibao from 2019 to 2024" so)."""
    assert ("hardship_now", None) not in reading(date(2026, 11, 20))(text)


def test_a_birth_then_the_time_it_fell_in() -> None:
    """ "Baby #1 came in 2020 when we still had it": the benefit at that birth, not now."""
    got = reading(date(2026, 10, 13))(
        "Our dibao was cancelled in 2022 because my wife got a job. Baby #1 came in 2020 when "
        "we still had it, so nothing for baby #2 in 2023. Jinan"
    )
    assert at_births(got) == {1: True, 2: False}


def test_a_hotline_notes_short_words() -> None:
    """ "Unemp benefit" is the unemployment benefit; the twins' birth and the eldest's each get
    their answer."""
    got = reading(date(2026, 3, 3))(
        "Caller female, Jinan hukou. 3 kids: eldest 2017, twins 2024-06. Unemp benefit at "
        "twins' birth, none at eldest's."
    )
    assert at_births(got) == {2: True, 3: True, 1: False}


@pytest.mark.parametrize(
    "text", ["今天上午剖出来俩 一儿一女 家里老大高兴坏了", "今天上午生了俩 一儿一女"]
)
def test_two_delivered_at_once_are_twins(text: str) -> None:
    """剖出来俩 / 生了俩 一儿一女 of a family with one child: twins born today, the second and
    third (not the eldest born today)."""
    got = reading(date(2026, 10, 26))(text, family("2021-05"))
    assert got[("child.birth_date", 2)] == got[("child.birth_date", 3)] == "2026-10-26"
    assert ("child.birth_date", 1) not in got


def test_two_children_had_are_no_twins() -> None:
    """我生了俩孩子: two children, born any time."""
    assert reading(date(2026, 10, 26))("我生了俩孩子")[("child_count", None)] == 2


def test_the_births_told_by_their_times() -> None:
    """ "the first time she gave birth … the second time no": the first and the second birth."""
    got = said("the first time she gave birth we were on dibao, the second time no")
    assert at_births(got) == {1: True, 2: False}


def test_a_due_date_moved_is_news_not_a_slip() -> None:
    """ "due date moved to late january": the doctor's new date, a statement (as 医生说预产期改到
    3月8号了 reads), not a correction of what was said."""
    from tests.understanding.readings import reading_kinds

    known = {"city": "beijing", "children": [{"birth_date": "2023-05"}, {"due_date": "2027-02"}]}
    got = reading_kinds(date(2026, 12, 2))("due date moved to late january", known)
    assert got[("child.due_date", 2)] == ("2027-01", "statement")


@pytest.mark.parametrize(
    ("text", "below"),
    [("my 2 arent even 1.2m lol", 120), ("our two kids are under 1.3m", 130)],
)
def test_two_counted_then_said_under_a_height(text: str, below: int) -> None:
    """The twins counted ("my 2"), then under a height: both of them (the Beijing metro's line
    is read child by child)."""
    got = said(text, family("2020-10", "2020-10"))
    assert got[("child.height_below_cm", 1)] == got[("child.height_below_cm", 2)] == below


def test_def_is_definitely() -> None:
    """ "not sure, def under 1.3" to the height question: under 1.3 m."""
    got = said("not sure, def under 1.3", family("2020-03"), "children.height_cm")
    assert got[("child.height_below_cm", 1)] == 130


def test_births_named_by_the_kinship_words_the_children_were_told_by() -> None:
    """大孙女 二孙女 小孙子, then 生俩孙女的时候 … 孙子出生那会 … 没领: the two granddaughters'
    births and the grandson's, each its own answer (Jinan clause 12's extra 200 is per birth)."""
    got = reading(date(2026, 4, 15))(
        "俺儿子家三个 大孙女九岁 二孙女六岁 小孙子三岁 生俩孙女的时候儿子在领失业金 "
        "孙子出生那会找着工作了 没领"
    )
    assert at_births(got) == {1: True, 2: True, 3: False}


def test_each_in_under_a_height() -> None:
    """三胞胎都在一米三以下: each of the triplets under 1.3 m (Beijing's free ride line); 1米3以下
    免费吗 still asks the rule and states nothing."""
    got = said("三胞胎都在一米三以下 坐地铁是不是都不要钱", family("2020-05", "2020-05", "2020-05"))
    assert {c for (f, c) in got if f == "child.height_below_cm"} == {1, 2, 3}
    assert said("1米3以下免费吗") == {}


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("京籍 租房 名下没房 打算明年买首套", ("city", None), "beijing"),
        ("京 非京籍 2孩", ("hukou_in_city", None), False),
        ("在北京租房 俩人都是干零活的 公积金一分没交过", ("housing_fund_contributors", None), 0),
        ("孩子三岁多 生的时候啥保险没有", ("birth_insurance", None), "none"),
    ],
)
def test_short_and_folk_wordings(text: str, fact: tuple[str, None], value: object) -> None:
    """京籍 is Beijing household registration; 一分没交过 is none paid into the housing fund; 啥保险
    没有 is no cover at the birth."""
    assert said(text)[fact] == value


def test_the_year_a_benefit_was_granted_is_no_birth() -> None:
    """现为特困供养人员（2024年认定）: the year the support was granted, not a second child."""
    got = said("现为特困供养人员（2024年认定）；孩子2021年出生，出生时不是。")
    assert ("child.birth_date", 2) not in got


@pytest.mark.parametrize(
    ("text", "births"),
    [
        ("不是每个都在领 就中间那个", {2: True, 1: False, 3: False}),
        ("只有老二", {2: True, 1: False, 3: False}),
        ("就老三", {3: True, 1: False, 2: False}),
    ],
)
def test_only_one_birth_answers_for_all(text: str, births: dict[int, bool]) -> None:
    """To "dibao at each birth?" of three children: 就 / 只有 one of them is a yes for that birth
    and a no for the others, as "just the first one" is; "not every one" alone tells nothing of
    now."""
    known = family("2014-05", "2017-11", "2022-03")
    got = said(text, known, "hardship_at_birth")
    assert at_births(got) == births
    assert ("hardship_now", None) not in got


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "Caller: Jinan hukou, 4 kids born 2014, 2019 (twins), 2024. Dibao at the 2024 birth "
            "only.",
            {4: True, 1: False, 2: False, 3: False},
        ),
        (
            "we were in 特困 till 2023. kids: 2018, 2021, 2024. so the 2018 and 2021 ones yes, "
            "the 2024 one no",
            {1: True, 2: True, 3: False},
        ),
    ],
)
def test_births_named_by_the_years_just_listed(text: str, births: dict[int, bool]) -> None:
    """The birth years listed, then a birth named by its year: that child (the twins counted
    as two), never one more child born that year."""
    got = reading(date(2026, 10, 5))(text)
    assert at_births(got) == births
    assert not [c for (f, c) in got if f == "child.birth_date" and c and c > len(births)]


@pytest.mark.parametrize(
    ("text", "births"),
    [
        (
            "Mom reports: on dibao at daughter's birth (2021). Son b. 2024 - not on dibao. "
            "Household in Beijing, hukou Hebei.",
            {1: True, 2: False},
        ),
        (
            "BJ resident. hukou non-local. Tekun: yes at 1st birth 2015, no at 2nd (2023, "
            "currently not in tekun).",
            {1: True, 2: False},
        ),
    ],
)
def test_a_notes_born_and_births_written_short(text: str, births: dict[int, bool]) -> None:
    """ "b. 2024" is born in 2024; "no at 2nd" is no at the second birth; "- not on dibao" after
    a birth answers for that birth."""
    got = reading(date(2026, 11, 5))(text)
    assert at_births(got) == births
    assert got[("child.birth_date", 2)] in ("2024", "2023")


@pytest.mark.parametrize(
    "text",
    ["上面一对双胞胎哥俩 上五年级了 下面一个小妹妹 十个月", "一对双胞胎哥俩 下面还有个妹妹 十个月"],
)
def test_one_more_below_the_twins_is_the_third(text: str) -> None:
    """Twins, then a sister "below" them aged ten months: three children, the sister the third
    (README: a single child and a multiple birth told together state the count)."""
    got = reading(date(2026, 10, 26))(text)
    assert got[("child_count", None)] == 3
    assert got[("child.birth_date", 3)] == "2025-12"
    assert ("child.birth_date", 1) not in got


def test_a_notes_own_date_is_no_birth() -> None:
    """ "HL note 8/27:" dates the note, not a third child born today."""
    got = reading(date(2026, 8, 27))(
        "HL note 8/27: caller grandfather, Beijing. 2 grandkids. Son's family on unemployment "
        "benefit at 2nd birth (2024). 1st birth (2021) - caller not sure."
    )
    assert ("child.birth_date", 3) not in got
    assert at_births(got) == {2: True}


def test_coming_back_to_a_city_is_a_move_not_a_birth() -> None:
    """ "came back to Beijing in 2024": the family moved; the child is the one aged 2."""
    got = reading(date(2026, 7, 9))(
        "I'm a returnee, came back to Beijing in 2024. my hukou was moved back here too. kid is 2"
    )
    assert got[("child.birth_date", 1)] == "2024-01"
    assert ("child.birth_date", 2) not in got


def test_the_months_of_a_pregnancy_typed_without_a_space() -> None:
    """又怀上了三个月, typed with no space: three months pregnant (the due date six months on,
    marked approximate), the twins counted before it."""
    got = reading(date(2026, 8, 29))("俩双胞胎闺女三岁了这回又怀上了三个月")
    assert got[("child.due_date", 3)] == "2027-02"


def test_twins_on_the_way_put_right_to_triplets() -> None:
    """Twins due February 2027 beside a son, then "its actually triplets not twins": a third
    baby due the same month, the 4th child (Jinan clause 12 names only the 2nd and 3rd)."""
    known = {
        "city": "jinan",
        "children": [{"birth_date": "2023-06"}, {"due_date": "2027-02"}, {"due_date": "2027-02"}],
    }
    from tests.understanding.readings import reading_kinds

    got = reading_kinds(date(2026, 12, 5))(
        "oh wait doctor said its actually triplets not twins", known
    )
    assert got[("child.due_date", 4)] == ("2027-02", "correction")


@pytest.mark.parametrize(
    "text", ["二宝生下来以后 个税能抵扣吗 一个月抵多少", "我刚才说的一个月是问每个月抵多少钱"]
)
def test_a_month_of_money_is_no_age(text: str) -> None:
    """一个月抵多少 asks the deduction a month; 我刚才说的一个月 quotes it: no baby a month old
    (tester 67 c4 had the due date overwritten by a birth in November)."""
    known = {"city": "beijing", "children": [{"birth_date": "2022-06"}, {"due_date": "2027-03"}]}
    got = reading(date(2026, 12, 5))(text, known)
    assert not [k for k in got if k[0] in ("child.birth_date", "child.due_date")]


def test_the_time_of_a_birth_told_past_the_hukou() -> None:
    """A grandfather: 去年一月又生了对双胞胎 都是济南户口 那时候儿子家吃低保 — the time is the
    twins' birth (the extra 200 of Jinan clause 12 for each), not dibao now (tester 66 c8)."""
    got = reading(date(2026, 12, 5))(
        "俺是爷爷 俺家在济南 儿子家老大上小学了 去年一月又生了对双胞胎 都是济南户口 "
        "那时候儿子家吃低保 俩小的一个月给多少钱"
    )
    assert at_births(got) == {2: True, 3: True}
    assert ("hardship_now", None) not in got


def test_a_slip_owned_then_the_fact_stated_is_the_fact() -> None:
    """To "dibao at the birth?": 不对 … 孩子出生的时候在领低保 is a yes (the 不对 puts the count
    right), not a no (tester 66 c8 was asked four times)."""
    known = family("2019-01", "2025-01", "2025-01")
    got = said(
        "不对 是三个孩子 老二老三是双胞胎 孩子出生的时候在领低保", known, "hardship_at_birth"
    )
    assert got[("hardship_at_birth", None)] is True
    assert said("不对 没有", known, "hardship_at_birth")[("hardship_at_birth", None)] is False


def test_right_or_not_is_no_correction() -> None:
    """对不对 closing a question is no 不对: nothing put right."""
    from tests.understanding.readings import reading_kinds

    known = {"city": "jinan", "hardship_now": True, "children": [{"birth_date": "2025-01"}]}
    got = reading_kinds(date(2026, 12, 5))("现在不吃低保了 一个月800对不对", known)
    assert got[("hardship_now", None)] == (False, "statement")
