"""Tester 36 played 12345 hotline workers on 1 December 2026 (fix-t36a). Jinan clause 12 pays
600 yuan a month for a 2nd or 3rd child until the 3rd birthday, and 200 more only for a birth
while the family received dibao, special hardship support or unemployment insurance benefits:
a hotline case never gets the 200 unless a benefit at the birth is told, a denial in the
worker's words is applied to the case, and a benefit that ends before a coming child's due
date means 600 only."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def conversation(turns: list[str], lang: str) -> list[str]:
    """The replies to a worker's turns, each with the slots the one before set."""
    slots: dict[str, Any] = {"language": lang}
    return [await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots) for said in turns]


# --- 1. no hardship told: 600, the 200 only on its condition; hardship denied: 600 only -------


@pytest.mark.parametrize(
    ("case", "denial", "lang"),
    [
        (
            "hotline here. caller in jinan, jinan hukou, 2nd child born 2023-02-10. when does "
            "the subsidy end?",
            "wait, nobody said hardship. they were not on dibao or anything. so 600?",
            "en",
        ),
        (
            "hotline here. jinan hukou, third child born 2024-05-20, subsidy end date?",
            "they weren't on any benefits when she gave birth. so it's 600 right?",
            "en",
        ),
        (
            "我是12345热线的 济南户籍 二孩2023年2月10日出生 补贴到哪天",
            "没说困难啊 他们不是低保户 那就是600吧",
            "zh",
        ),
        (
            "我是12345热线的 济南户籍 老三2024年5月20日出生 领到什么时候",
            "他家没领低保也没领失业金 所以是600对吧",
            "zh",
        ),
    ],
)
async def test_a_case_without_hardship_gets_600_and_a_denial_is_applied(
    case: str, denial: str, lang: str
) -> None:
    """Tester 36 r01: "600 + 200 = 800" for a case with no hardship told, kept after "they were
    not on dibao. so 600?". The first answer is 600 with the 200's condition; after the denial,
    "Yes", 600 and that the 200 does not apply (clause 12)."""
    first, second = await conversation([case, denial], lang)
    for reply in (first, second):
        assert "800" not in reply
        assert "600" in reply
        assert ("第12条" if lang == "zh" else "clause 12") in reply
    assert ("低保" if lang == "zh" else "dibao") in first  # the 200's condition told
    assert second.startswith("对" if lang == "zh" else "Yes")
    assert ("不适用" if lang == "zh" else "does not apply") in second


@pytest.mark.parametrize(
    ("case", "lang"),
    [
        (
            "hotline here. jinan hukou, 2nd child born 2023-02-10, dibao at the birth. end date?",
            "en",
        ),
        ("我是12345热线的 济南户籍 二孩2023年2月10日出生 出生时在领低保 到哪天", "zh"),
    ],
)
async def test_a_case_told_on_dibao_at_the_birth_still_gets_both_parts(
    case: str, lang: str
) -> None:
    """The 200 stays where the worker told a birth on dibao: 600 + 200 = 800 (clause 12)."""
    (reply,) = await conversation([case], lang)
    assert "800" in reply


# --- 2. a coming child: 600, +200 only if still on the benefit at the birth ------------------


@pytest.mark.parametrize(
    ("case", "ends", "lang"),
    [
        (
            "hotline here. jinan hukou caller, 2 kids. his wife is pregnant with their 3rd, due "
            "march next year. he is on unemployment benefit right now. what will the 3rd get",
            "his benefit ends in january tho. still 800?",
            "en",
        ),
        (
            "hotline here. jinan hukou, 1 child, second one due april 2027. the mother is on "
            "dibao now. how much will the baby get",
            "her dibao stops in february. is it still 800?",
            "en",
        ),
        (
            "我是12345热线的 济南户籍 老婆怀了老三 明年3月预产期 他现在领失业金 老三能领多少",
            "他的失业金1月份就停了 还是800吗",
            "zh",
        ),
    ],
)
async def test_a_coming_child_on_benefits_now_gets_600_and_the_200_on_its_condition(
    case: str, ends: str, lang: str
) -> None:
    """Tester 36 c04: a sure 800 for a child due in March of a father on unemployment benefit
    now, and the generic text for "his benefit ends in january. still 800?". Clause 12 looks
    at the benefit at the birth: 600, 200 more only if still on it then; ended before the due
    date, "No", 600."""
    first, second = await conversation([case, ends], lang)
    assert "800" not in first
    assert "600" in first
    assert ("出生时" if lang == "zh" else "at the birth") in first
    assert second.startswith("不对" if lang == "zh" else "No")
    assert "600" in second
    assert ("不适用" if lang == "zh" else "does not apply") in second


# --- 3. a day told without its year for the case's child known to the month -----------------


@pytest.mark.parametrize(
    ("case", "day_told", "confirm", "lang"),
    [
        (
            "我是12345热线的 来电人济南户口 三个孩子 老三2023.5出生 生的时候是特困供养人员 "
            "问每月多少 领到啥时候",
            "具体是5月20号 那是哪天停的",
            "停发日期是5月20号吧",
            "zh",
        ),
        (
            "我是12345热线的 济南户籍 二孩2023年5月出生 补贴领到什么时候",
            "孩子是20号生的",
            "那截止到5月20日对吧",
            "zh",
        ),
        (
            "hotline here. jinan hukou caller, third child born may 2023, on dibao at the "
            "birth. how much a month and until when?",
            "it was the 20th actually. so when did it end?",
            "end date may 20 then?",
            "en",
        ),
        (
            "hotline here. jinan hukou, 2nd child born may 2023. subsidy until when?",
            "born may 20th to be exact",
            "so it stopped on the 20th?",
            "en",
        ),
    ],
)
async def test_a_bare_day_is_the_case_childs_day(
    case: str, day_told: str, confirm: str, lang: str
) -> None:
    """Tester 36 c07: "具体是5月20号" and "停发日期是5月20号吧" for a child born May 2023 were
    ignored; the end stayed on 1 May 2026. The day is the child's: the 3rd birthday, 20 May
    2026 (clause 12), and the day put as the end is confirmed."""
    first, second, third = await conversation([case, day_told, confirm], lang)
    end = "2026年5月20日" if lang == "zh" else "20 May 2026"
    assert end not in first
    for reply in (second, third):
        assert end in reply
        assert ("第12条" if lang == "zh" else "clause 12") in reply
        assert "1 May 2026" not in reply and "2026年5月1日" not in reply
    assert third.startswith("对" if lang == "zh" else "Yes")


async def test_a_day_of_another_month_is_not_taken() -> None:
    """ "June 20" is no day of a child born in May: the month stays, with its note."""
    case = "hotline here. jinan hukou, 2nd child born may 2023. subsidy until when?"
    _, reply = await conversation([case, "june 20?"], "en")
    assert "20 May 2026" not in reply


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("具体是5月20号 他一直没领过 现在还能申请吗 我该引用哪条", "zh"),
        ("he never applied. can he still apply? which clause do I cite", "en"),
    ],
)
async def test_the_clause_cited_is_the_one_discussed_not_a_search_guess(
    asked: str, lang: str
) -> None:
    """Tester 36 c07: a cite request with 申请 in it is about the case's subsidy (clause 12)."""
    case = (
        "我是12345热线的 济南户口 老三2023年5月出生 每月多少"
        if lang == "zh"
        else "hotline here. jinan hukou, third child born may 2023. how much a month?"
    )
    _, reply = await conversation([case, asked], lang)
    assert ("第12条" if lang == "zh" else "clause 12") in reply
    assert "14" not in reply


# --- 4. the case applied: the loan ceiling's own cell, and "what else" lists the case's items --


CASE_C04 = {
    "en": [
        "hotline here. caller has jinan hukou, second kid born dec 20 2022, says neighbour "
        "gets 600 a month, is he eligible",
        "ok what else can the family get then. he and wife both pay housing fund, they rent, no "
        "flat in jinan",
    ],
    "zh": [
        "我是12345热线的 来电人济南户口 二孩2022年12月20日出生 邻居每月领600 他能领吗",
        "那这家还能享受什么 两口子都交公积金 租房住 济南没房",
    ],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_what_else_lists_the_cases_items(lang: str) -> None:
    """Tester 36 c04: "what else can the family get" of a renting two-child case with two
    payers got only the rent withdrawal. The case's items: the rent withdrawal, the +15 m² of
    the rental subsidy, the same school district, and the loan ceiling and public rental
    priority on their conditions (clause 14)."""
    replies = await conversation(CASE_C04[lang], lang)
    listed = replies[1]
    words = (
        ["提取公积金", "15平方米", "同校", "公积金贷款额度", "公租房"]
        if lang == "zh"
        else ["rent", "15 m²", "same school", "loan ceiling", "public rental"]
    )
    for word in words:
        assert word in listed, word


@pytest.mark.parametrize(
    ("put", "verdict", "lang"),
    [
        ("so for this caller 900k right?", "Yes", "en"),
        ("yes or no, 900k for him?", "Yes", "en"),
        ("is his max loan 900k?", "Yes", "en"),
        ("so he can borrow 1 million?", "No", "en"),
        ("and if they buy their first flat later, max loan?", "With 2 children", "en"),
        ("所以他能贷90万对吧", "对", "zh"),
        ("是不是90万 给个准话", "对", "zh"),
        ("他家能贷100万吗", "不能", "zh"),
        ("那以后买首套房 公积金最多贷多少", "这家2个孩子", "zh"),
    ],
)
async def test_the_loan_ceiling_is_the_cases_own_cell(put: str, verdict: str, lang: str) -> None:
    """Tester 36 c04: "900k for him?" got the whole table or "didn't quite get that". Two
    children, two payers, a first home: up to 900,000 (clause 14), Yes/No first."""
    replies = await conversation([*CASE_C04[lang], put], lang)
    reply = replies[-1]
    assert reply.startswith(verdict), reply
    assert ("90万元" if lang == "zh" else "900,000") in reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply
    assert ("三孩" not in reply) if lang == "zh" else ("Three-child" not in reply)


async def test_a_figure_put_with_a_cite_request_gets_both() -> None:
    """ "so for this caller 900k right? which clause do i quote": Yes, then the clause."""
    replies = await conversation(
        [*CASE_C04["en"], "so for this caller 900k right? which clause do i quote"], "en"
    )
    assert replies[-1].startswith("Yes")
    assert "Cite clause 14" in replies[-1]


async def test_a_yes_or_no_the_classifier_could_not_place_is_answered_from_the_case() -> None:
    """ "yes or no, 900k for him?" reached the unclear route and got "didn't quite get that"."""
    from actions.answers import ActionRouteUnclear

    slots: dict[str, Any] = {"language": "en"}
    for said in CASE_C04["en"]:
        await says(ActionAnswerPolicyQuestion(), said, "ask_policy", slots)
    reply = await says(ActionRouteUnclear(), "yes or no, 900k for him?", "nlu_fallback", slots)
    assert reply.startswith("Yes"), reply
    assert "900,000" in reply


# --- 5. a 特困 case: the 200 quoted with the 600; the grandparent's long-term care insurance ---

TEKUN_CASE = {
    "zh": "我是12345热线的 来电人济南户口 三个孩子 老三2023年5月20日出生 生的时候是特困供养人员 "
    "问每月多少",
    "en": "hotline here. jinan hukou caller, third child born 2023-05-20, special hardship support "
    "at the birth. how much a month?",
}


@pytest.mark.parametrize(
    ("cite", "lang"),
    [("该引用哪条", "zh"), ("依据是哪一条", "zh"), ("which clause do I cite", "en"),
     ("what clause should I quote to him", "en")],
)  # fmt: skip
async def test_the_cite_of_a_hardship_case_quotes_the_200_too(cite: str, lang: str) -> None:
    """Tester 36 c07: the read-out quote for a 特困 case covered only the 600; clause 12's 200
    sentence is the caller's too."""
    _, reply = await conversation([TEKUN_CASE[lang], cite], lang)
    assert "600" in reply and "200" in reply
    assert ("第12条" if lang == "zh" else "clause 12") in reply


async def test_the_cite_without_hardship_quotes_the_600_only() -> None:
    """No benefit told at the birth: the 200 is not quoted as the caller's."""
    case = "hotline here. jinan hukou caller, third child born 2023-05-20. how much a month?"
    _, reply = await conversation([case, "which clause do I cite"], "en")
    assert "600" in reply and "200" not in reply


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("他还问 孩子奶奶今年想参加长护险 个人缴费能免吗", "zh"),
        ("就是说奶奶今年参保能不能免 孩子都3岁了", "zh"),
        (
            "his mother wants to join long-term care insurance this year, is her contribution "
            "free? the kid is already 3",
            "en",
        ),
        ("can grandma still get the care insurance contribution paid this year?", "en"),
    ],
)
async def test_the_grandparents_care_insurance_of_a_case_says_what_the_plan_leaves_open(
    asked: str, lang: str
) -> None:
    """Tester 36 c07 got the rule text twice. Clause 15 pays "that year's" contribution for a
    grandparent of a 2nd or 3rd child born from 2023, without saying which year or setting an
    age limit on the child: yes, the plan's words, its silence, the lead department."""
    _, reply = await conversation([TEKUN_CASE[lang], asked], lang)
    # a 2nd child born from 2023: covered, yes first (tester 50 P25), then what is left open
    assert reply.startswith("可以" if lang == "zh" else "Yes"), reply
    assert ("第15条" if lang == "zh" else "clause 15") in reply
    assert ("年龄限制" if lang == "zh" else "no age limit") in reply
    assert ("济南市医疗保障局" if lang == "zh" else "Municipal Health Insurance Bureau") in reply


@pytest.mark.parametrize(
    ("told", "lang"),
    [
        ("no, they were on dibao when the baby was born. so 800?", "en"),
        ("不是 他们生孩子的时候在领低保 所以是800吧", "zh"),
    ],
)
async def test_a_no_before_a_benefit_at_the_birth_is_no_denial(told: str, lang: str) -> None:
    """ "no, they were on dibao when the baby was born": the benefit at the birth, 800 (clause
    12), not a denial read from the "no"."""
    case = (
        "hotline here. jinan hukou, 2nd child born 2024-05-20. how much a month?"
        if lang == "en"
        else "我是12345热线的 济南户籍 二孩2024年5月20日出生 每月多少"
    )
    _, reply = await conversation([case, told], lang)
    assert reply.startswith("Yes" if lang == "en" else "对"), reply
    assert "800" in reply
