"""Messages of stop 66: fresh probes and tester 102's families. A household, what the citizen
wrote, and the facts taken."""

from datetime import date

from tests.understanding.readings import reading, reading_kinds

said = reading(date(2026, 12, 6))


def test_forum_kin_with_a_bare_number_after_it_is_an_age() -> None:
    """ "ds 7 dd 4 and the little one 10 mo": three children of 7, 4 and 10 months — "dd 4" is
    the daughter's age, not "our fourth daughter"; "dd 2 born 2024" stays the second daughter."""
    got = reading(date(2026, 9, 10))("ds 7 dd 4 and the little one 10 mo", {})
    assert got[("child.birth_date", 1)] == "2019-03"
    assert got[("child.birth_date", 2)] == "2022-03"
    assert got[("child.birth_date", 3)] == "2025-11"
    got = reading(date(2026, 9, 10))("dd 2 born 2024, ds 1 born 2019", {})
    assert got[("child.birth_date", 2)] == "2024"
    assert got[("child.birth_date", 1)] == "2019"


def test_the_older_two_named_after_their_ages_are_the_same_two() -> None:
    """A Jinan family: "son 7 daughter 4 and the little one 10 mo. we werent on anything when
    the older 2 were born": the older two are the son and the daughter, the little one the
    third — no child before the son."""
    got = reading(date(2026, 9, 10))(
        "son 7 daughter 4 and the little one 10 mo. no dibao when the older 2 were born", {}
    )
    assert got[("child.birth_date", 1)] == "2019-03"
    assert got[("child.birth_date", 3)] == "2025-11"
    assert got[("child.hardship_at_birth", 1)] is False
    assert got[("child.hardship_at_birth", 2)] is False
    assert ("child.birth_date", 4) not in got


def test_a_relatives_or_neighbours_household_is_not_the_familys() -> None:
    """A Jinan family already known: a sister-in-law's twins on the way, a cousin couple's two
    housing-fund payers, the neighbours' twins born in 2019, a nephew's height and a sister's
    dibao are theirs; the family keeps its own son of four."""
    jinan = {"city": "jinan"}
    got = said("我嫂子怀了双胞胎 我们家就一个小子 四岁", jinan)
    assert got[("child.birth_date", 1)] == "2022-06"
    assert not any(fact == "child.due_date" for fact, _ in got)
    assert said("俺表哥两口子都交公积金 贷了90万 俺们能贷多少", jinan) == {}
    assert said("隔壁老王家是一九年的双胞胎 都上小学了", jinan) == {}
    one = {"city": "beijing", "children": [{"birth_date": "2020-02"}]}
    assert said("我侄子一米三了 还能免票吗", one) == {}
    assert (
        said("my sisters family is on dibao, her kids are 3 and 6. can they get it too?", jinan)
        == {}
    )


def test_a_relative_paying_into_the_fund_with_the_family_is_one_of_its_payers() -> None:
    """ "刚才说俩 其实我婆婆也交公积金 一共三个": three payers, the mother-in-law among them;
    老公公积金停了半年了 俺一直交着 is the husband's fund (not 公公, the father-in-law): one."""
    jinan = {"city": "jinan", "housing_fund_contributors": 2}
    assert (
        said("刚才说俩 其实我婆婆也交公积金 一共三个", jinan)[("housing_fund_contributors", None)]
        == 3
    )
    got = said("老公公积金停了半年了 俺一直交着", {"city": "jinan"})
    assert got[("housing_fund_contributors", None)] == 1


def test_twins_on_the_way_beside_an_eldest_stay_the_second_and_third() -> None:
    """A Jinan mother: "今年刚把户口迁到济南 老大两岁 现在怀的双胞胎 预产期明年3月 俩娃一个月能领
    1200是吧" — an eldest of two and twins due March 2027 as the 2nd and 3rd; the 俩娃 of her
    question are the twins, not two children born (tester 102 p9 had them made the 3rd and
    4th, and each correction after made it worse)."""
    got = said(
        "今年刚把户口迁到济南 老大两岁 现在怀的双胞胎 预产期明年3月 俩娃一个月能领1200是吧", {}
    )
    assert ("child_count", None) not in got
    assert got[("child.birth_date", 1)] == "2024-06"
    assert got[("child.due_date", 2)] == got[("child.due_date", 3)] == "2027-03"
    assert ("child.due_date", 4) not in got


def test_a_count_with_the_twins_due_or_a_denial_leaves_the_family_as_it_is() -> None:
    """The same family known (the eldest born, twins due March 2027): "没有老二 就老大一个 肚子里
    双胞胎就是老二老三" keeps the twins; "不对 是三个孩子 老大两岁已经生了 双胞胎明年3月生" counts
    the twins with the eldest (no three born); "不对 是三个孩子 哪来的老四老五" adds no 4th."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2024-06", "approx": True},
            {"due_date": "2027-03"},
            {"due_date": "2027-03"},
        ],
    }
    assert said("没有老二 就老大一个 肚子里双胞胎就是老二老三", known) == {}
    assert said("不对 是三个孩子 老大两岁已经生了 双胞胎明年3月生", known) == {}
    assert said("不对 是三个孩子 哪来的老四老五", known) == {}


def test_twins_named_by_sibling_words_share_their_age_eldest_first() -> None:
    """A Beijing family: "龙凤胎哥哥一米二 妹妹一米一五 快五岁了" — the brother, 1.2 m, is the 1st
    twin and his sister, 1.15 m, the 2nd; both born about April 2021 (the metro's height limit
    is read per child). The same for 双胞胎姐姐 … 妹妹 … 六岁半."""
    got = reading(date(2026, 3, 1))("龙凤胎哥哥一米二 妹妹一米一五 快五岁了", {"city": "beijing"})
    assert (got[("child.height_cm", 1)], got[("child.height_cm", 2)]) == (120, 115)
    assert got[("child.birth_date", 1)] == got[("child.birth_date", 2)] == "2021-04"
    got = reading(date(2026, 3, 1))("双胞胎姐姐一米二 妹妹一米一八 六岁半", {"city": "beijing"})
    assert (got[("child.height_cm", 1)], got[("child.height_cm", 2)]) == (120, 118)
    assert got[("child.birth_date", 2)] == "2019-09"


def test_pinyin_typed_apart_and_payers_joined_by_plus() -> None:
    """ "the middle one was born when we had di bao" is the 2nd child's dibao at birth (Jinan
    clause 12's extra 200); "me + husband + my mother in law all pay gong ji jin … own the flat"
    is three housing-fund payers and a home owned."""
    known = {"city": "beijing", "children": [{"birth_date": "2015-08"}, {}, {}]}
    got = said("the middle one was born when we had di bao, the other two we didnt", known)
    assert got[("child.hardship_at_birth", 2)] is True
    got = said(
        "me + husband + my mother in law all pay gong ji jin lol, we live in jinan, own the flat",
        {},
    )
    assert got[("housing_fund_contributors", None)] == 3
    assert got[("owns_home_in_city", None)] is True


def test_caseworkers_and_phone_words_for_a_benefit_and_the_fund() -> None:
    """A Jinan caller: "来电人称其二孩出生时家庭享受低保，现仍在保" is the 2nd child's dibao at
    birth and dibao held now (仍在保, not 保温箱); "俺老公公积金断交了 … 俺一直没有" is no one
    paying now; "公积金我们两个都在交" is two payers and no count of children."""
    known = {"city": "jinan", "children": [{"birth_date": "2018-01"}, {"birth_date": "2025-08"}]}
    got = said("来电人称其二孩出生时家庭享受低保，现仍在保。", known)
    assert got[("child.hardship_at_birth", 2)] is True
    assert got[("hardship_now", None)] is True
    assert ("hardship_now", None) not in said(
        "双胞胎还在保温箱 生的时候没领低保", {"city": "jinan"}
    )
    got = said("俺老公公积金断交了 单位不给交了 俺一直没有", {"housing_fund_contributors": 1})
    assert got[("housing_fund_contributors", None)] == 0
    got = said("公积金我们两个都在交 之前说一个是说错了", {"housing_fund_contributors": 1})
    assert got[("housing_fund_contributors", None)] == 2
    assert ("child_count", None) not in got


def test_ages_listed_after_fenbie_with_spaces_are_each_childs() -> None:
    """ "大宝二宝三宝 分别是八岁 五岁 两岁": three children of 8, 5 and 2 in that order."""
    got = said("大宝二宝三宝 分别是八岁 五岁 两岁", {"city": "jinan"})
    assert [got[("child.birth_date", n)] for n in (1, 2, 3)] == ["2018-06", "2021-06", "2024-06"]


def test_a_brother_born_after_known_twins_is_a_new_child() -> None:
    """A Jinan family known as an eldest born March 2018 and twins born September 2022. "the
    twins have a little brother now, born 2 weeks ago" and 双胞胎添了个弟弟 两周前生的 are a 4th
    child born 20 July 2026 — never a twin moved four years on, nor new twins."""
    known = {
        "city": "jinan",
        "children": [
            {"birth_date": "2018-03"},
            {"birth_date": "2022-09"},
            {"birth_date": "2022-09"},
        ],
    }
    for text in (
        "the twins have a little brother now, born 2 weeks ago",
        "双胞胎添了个弟弟 两周前生的",
    ):
        got = reading(date(2026, 8, 3))(text, known)
        assert got == {("child.birth_date", 4): "2026-07-20"}, (text, got)


def test_a_time_said_of_the_benefit_or_of_another_child_dates_no_birth() -> None:
    """ "2 kids aged 6 and 1. they got dibao last yr so it covered the birth of the little one":
    the children are about 6 and 1, "last yr" is when dibao began; "on shiyejin when the little
    one came last month, not for my eldest" leaves the eldest's 2017 birth alone."""
    got = reading(date(2024, 9, 12))(
        "2 kids aged 6 and 1. they got dibao last yr so it covered the birth of the little one", {}
    )
    assert (got[("child.birth_date", 1)], got[("child.birth_date", 2)]) == ("2018-03", "2023-03")
    known = {"city": "beijing", "children": [{"birth_date": "2017-05"}, {"birth_date": "2026-09"}]}
    got = reading(date(2026, 10, 10))(
        "on shiyejin when the little one came last month, not for my eldest", known
    )
    assert ("child.birth_date", 1) not in got
    assert got[("child.hardship_at_birth", 2)] is True


def test_short_phone_words_for_pregnancy_height_and_mine() -> None:
    """ "preg 7 mo, we have a 4 yr old": a 4-year-old and a baby due about April 2026; "the
    youngest is under 1m lol": under 100 cm; "my sisters son is 1.3m, mine is only 1.15": the
    family's one child is 115 cm (the metro's 1.3 m line), her son is hers."""
    got = reading(date(2026, 2, 2))("preg 7 mo, we have a 4 yr old", {"city": "beijing"})
    assert got[("child.due_date", 2)] == "2026-04"
    three = {
        "city": "jinan",
        "children": [{"birth_date": "2019-04"}, {}, {"birth_date": "2025-06"}],
    }
    got = reading(date(2026, 3, 11))("the youngest is under 1m lol", three)
    assert got[("child.height_below_cm", 3)] == 100
    one = {"city": "beijing", "children": [{"birth_date": "2020-02"}]}
    got = reading(date(2026, 11, 24))("my sisters son is 1.3m, mine is only 1.15", one)
    assert got == {("child.height_cm", 1): 115}


def test_a_former_hukou_moved_to_jinan_and_the_other_grandparents_hukou() -> None:
    """A grandmother: "儿子儿媳原来是德州户口 今年刚把户口迁到济南 娃户口也跟着迁过来了" is Jinan
    hukou now (clause 12's 600 is open to them), never "not Jinan hukou" from 德州; "还有亲家 娃
    姥姥姥爷 户口还在德州农村" is the other grandparents', the family keeps its Jinan hukou; "俺问的
    是俺姐家的外甥女 不是俺家的 她23年5月1号生的" adds no child (tester 103 p1, p2)."""
    jinan = {"city": "jinan", "children": [{"birth_date": "2024-06"}, {"birth_date": "2025-08"}]}
    got = said("儿子儿媳原来是德州户口 今年刚把户口迁到济南 娃户口也跟着迁过来了 这还能领不", jinan)
    assert got[("hukou_in_city", None)] is True
    known = {**jinan, "hukou_in_city": True}
    text = "俺和老头子交那个长期护理保险 能给补不 还有亲家 娃姥姥姥爷 户口还在德州农村 他俩能补不"
    assert said(text, known) == {}
    assert said("俺问的是俺姐家的外甥女 不是俺家的 她23年5月1号生的", known) == {}
    assert said("我是孩子姥姥 闺女家济南户口", {})[("hukou_in_city", None)] is True


def test_a_callers_child_named_the_second_after_its_age() -> None:
    """Hotline: "新来电 济南 孩子8个月大 是二孩 还没上居民医保 现在上还能免个人缴费吗" is the 2nd
    child, about 8 months old (its six-month window of Jinan clause 15 closed); not two
    children, and 还没上居民医保 is the child's enrolment, not the mother's cover. "has a
    3-month-old, their second" is the 2nd child too (tester 103 h1, h2)."""
    got = said("新来电 济南 孩子8个月大 是二孩 还没上居民医保 现在上还能免个人缴费吗", {})
    assert got == {("city", None): "jinan", ("child.birth_date", 2): "2026-04"}
    got = said("next caller: jinan hukou, has a 3-month-old, their second", {})
    assert got[("child.birth_date", 2)] == "2026-09"
    assert ("child.birth_date", 1) not in got
    assert said("我还没上居民医保 生孩子能报吗", {})[("birth_insurance", None)] == "none"
    assert ("child_count", None) not in said("我们是二孩家庭 老大5岁", {})


def test_renting_told_after_its_supposition_and_a_slip_quoted_and_taken_back() -> None:
    """ "想问下 在济南租房的话能提公积金吗 俺们是租的": the family rents (a statement, after the
    renting supposed); "之前说俺俩都交公积金不对 俺对象没交 就俺自己": one payer, put right."""
    kinds = reading_kinds(date(2025, 8, 7))
    got = kinds("想问下 在济南租房的话能提公积金吗 俺们是租的", {"city": "jinan"})
    assert got[("renting", None)] == (True, "statement")
    known = {"city": "jinan", "housing_fund_contributors": 2}
    got = said("之前说俺俩都交公积金不对 俺对象没交 就俺自己", known)
    assert got[("housing_fund_contributors", None)] == 1


def test_a_benefit_begun_later_and_an_age_taken_back_date_no_birth() -> None:
    """Hotline: "老二２０２４年８月生 生的时候没领失业金 今年７月才开始领" — July is when the benefit
    began, no child born then (tester 104 h1 read out a 600 ending July 2029); "our first is 3
    months old lol no wait she's 3 years old" is one child of 3 (tester 104 p7 had three)."""
    got = reading(date(2026, 12, 7))(
        "再下一个来电人 济南户口 老二２０２４年８月生 生的时候没领失业金 今年７月才开始领 问能不能加那200",
        {},
    )
    assert ("child.birth_date", 1) not in got
    assert got[("child.birth_date", 2)] == "2024-08"
    assert got[("hardship_now", None)] is True
    got = reading(date(2026, 12, 7))(
        "we live in jinan, my wife is due in may with our second. our first is 3 months old lol "
        "no wait she's 3 years old",
        {},
    )
    assert got[("child.birth_date", 1)] == "2023-06"
    assert ("child.birth_date", 3) not in got


def test_grandparents_writing_of_their_own_hukou() -> None:
    """A grandmother of a Jinan family: "我跟老头子今年才交长期护理险 还能给免吗 俺俩户口在德州" —
    the grandparents' hukou, the family keeps its Jinan hukou (tester 104 p4)."""
    known = {"city": "jinan", "hukou_in_city": True, "children": [{}, {"birth_date": "2024-06"}]}
    assert said("我跟老头子今年才交长期护理险 还能给免吗 俺俩户口在德州", known) == {}


def test_the_couples_parents_and_the_grandparents_insurance_are_theirs() -> None:
    """A Beijing family with Beijing hukou: "my wife's parents live in Jinan and have Jinan
    hukou…" and "no, I asked about the grandparents' long-term care insurance in Jinan" leave
    the family in Beijing with its hukou (tester 104 p8 was moved to Jinan)."""
    known = {"city": "beijing", "hukou_in_city": True, "children": [{"birth_date": "2020-06"}]}
    text = (
        "my wife's parents live in Jinan and have Jinan hukou. they are thinking of joining long "
        "term care insurance there. would their contributions be covered because of our twins?"
    )
    assert said(text, known) == {}
    text = "no, I asked about the grandparents' long-term care insurance in Jinan, not the subsidy"
    assert said(text, known) == {}
