"""Testers 71 and 72's questions (stops 55 and 56), asked again: a grandmother's deadline for
the newborn's insurance, a worker's caller going on, a family that owns a home asking the loan,
money paid to childcare institutions put back as the family's, "really?" read as leave."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.each_part import with_confirmation
from actions.focus import asked_measure, measures_asked
from actions.hotline_caller import count_told, fresh_family
from actions.household_form import accepted_updates
from policy_kb import catalogue
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 5)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def grandson(born: str, precision: str, **more: Any) -> dict[str, Any]:
    """A Jinan family (hukou there) whose 2nd child, a grandson, was born on `born`."""
    children = [
        {"birth_date": None, "precision": None},
        {"birth_date": born, "precision": precision},
    ]
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": children,
        "result_shown": True,
        **more,
    }


async def ask(text: str, slots: dict[str, Any]) -> str:
    return await says(ActionAnswerPolicyQuestion(), text, "ask_policy", slots)


@pytest.mark.parametrize("text", ["医保 最晚哪天", "孙子生日2026年11月3号 医保最晚哪天前要办好"])
async def test_the_newborns_insurance_deadline_is_six_months_from_the_birth(text: str) -> None:
    """Jinan clause 15: a 2nd child born 3 Nov 2026 joins resident insurance within six months,
    by 3 May 2027. 医保最晚哪天 asks that window, never the 600's silence on late claims (tester
    71 c3 asked four times)."""
    reply = await ask(text, grandson("2026-11-03", "day"))
    assert "2027年5月3日" in reply and "第15条" in reply
    assert "补领" not in reply


async def test_the_deadline_and_the_600_asked_together_are_both_answered() -> None:
    """孩子是11月3号生的 那最晚哪天办 他爸妈还能领那个600吗 老大是孙女今年9岁, after the newborn's
    insurance: the day noted, the insurance's last day (3 May 2027, clause 15), the 600 until
    the 3rd birthday (3 Nov 2029, clause 12); the eldest's age told is no question about her."""
    slots = grandson("2026-11-01", "month", topic_entry="jinan.newborn_medical_insurance_subsidy")
    reply = await ask(
        "孩子是11月3号生的 那最晚哪天办 他爸妈还能领那个600吗 老大是孙女今年9岁", slots
    )
    assert reply.startswith("已更新：")
    assert "须在2027年5月3日前办理" in reply
    assert "每月600元" in reply and "发到2029年11月3日" in reply
    assert "第1个孩子，9岁" not in reply and "补领" not in reply


async def test_every_year_or_the_first_and_really_are_answered_without_leave() -> None:
    """是每年都免还是就第一年？还有孩子奶奶说她的长护险也能免 真的假的: clause 15 pays the contribution
    of the year of registration (no "不是" to an either-or), and the grandparents' long-term
    care contribution; 真的假的 ("really?") is no leave (tester 72 c1 got three leave blocks)."""
    slots = grandson("2026-11-03", "day", topic_entry="jinan.newborn_medical_insurance_subsidy")
    reply = await ask("是每年都免还是就第一年？还有孩子奶奶说她的长护险也能免 真的假的", slots)
    assert reply.startswith("方案只写了参保当年的个人缴费由财政全额补贴（第15条）")
    assert "长期护理保险" in reply
    assert "产假" not in reply and "育儿假" not in reply


def test_the_other_two_children_of_a_case_are_the_same_caller() -> None:
    """ "the other two kids born 2017-03-01 and 2021-06-30" after a case's 3rd child: the
    case's older children, not another caller's two (tester 71 c10 lost the baby and its
    dibao), and the loan asked beside them is the loan ceiling (clause 14)."""
    text = (
        "the other two kids born 2017-03-01 and 2021-06-30, anything for them? also caller alone "
        "pays housing fund, wants loan for first home. max?"
    )
    case = {
        "city": "jinan",
        "children_partial": [{}, {}, {"birth_date": "2026-10-02", "precision": "day"}],
    }
    assert count_told(text) is None and count_told("caller has 2 kids") == 2
    assert fresh_family(text, case, TODAY) == "same"
    entry = asked_measure(text, "jinan", "en")
    assert entry is not None and entry.id == "jinan.housing_fund_loan_limit"


async def test_a_call_told_of_is_no_phone_number_asked() -> None:
    """我是12345热线 电话里有人问 …灵活就业参加职工医保的 生孩子住院报多少: the flexibly employed's
    50% (Jinan clause 15), never "我无法直接转接人工"; the next caller's resident insurance is its
    own 3,000 yuan (tester 72 c7 read the first caller's 50% again)."""
    slots: dict[str, Any] = {"language": "zh"}
    first = await ask(
        "我是12345热线 电话里有人问 济南灵活就业参加职工医保的 生孩子住院报多少 "
        "给我数字条款和一句能直接念的话 快",
        slots,
    )
    assert "报销50%" in first and "第15条" in first and "转接" not in first
    assert "可以这样念" in first
    second = await ask("下一个来电：居民医保的生孩子定额给多少 给我一句能念的", slots)
    assert "3,000元" in second and "50%" not in second


def test_a_home_owned_now_leaves_the_first_home_open_again() -> None:
    """想买房 read as a first home, then 我们现在有一套老房子 想换个大点的: the family owns one, so
    whether the purchase is a first home is open again (clause 14 raises the loan for a first
    home only; tester 72 c6 heard 1,000,000 "能")."""
    slots = {"city": "jinan", "hukou_in_city": True, "buying_first_home": True}
    got = accepted_updates("我们现在有一套老房子 想换个大点的 那还能贷100万吗", slots, TODAY)
    assert got.updates["owns_home_in_city"] is True
    assert got.updates["buying_first_home"] is None


def test_the_institutions_400_put_back_is_no_yes_to_a_family() -> None:
    """送托育班是不是每月还补400: the figure is the plan's, but Jinan clause 12 pays it to
    registered childcare institutions, not to parents (tester 72 c3 heard "对")."""
    entry = catalogue().entries["jinan.childcare_fee_subsidy_institution"]
    said = with_confirmation("托育机构托育费补贴……", "送托育班是不是每月还补400", entry, "zh")
    assert said.startswith("数额是这个，但这笔钱是补给托育机构的，不直接发给家长。")


@pytest.mark.parametrize(
    ("text", "city", "meant"),
    [
        (
            "and the one-off amount? i think there was a one time operating subsidy",
            "jinan",
            "jinan.childcare_institution_operating_subsidy",
        ),
        (
            "how much per month is that deduction? my colleague said 2000",
            "beijing",
            "beijing.iit_infant_care_deduction",
        ),
    ],
)
def test_measures_asked_by_their_kind(text: str, city: str, meant: str) -> None:
    """Tester 72: the institutions' one-off 50,000 (Jinan clause 8) asked as "one-off"; the
    tax deduction asked as "that deduction" (Beijing (9)), not the monthly money."""
    entry = asked_measure(text, city, "en")
    assert entry is not None and entry.id == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "no i mean the care home subsidy for the elderly couple, not childcare. 1500 + 1000 = "
            "2500 per month total?",
            ["jinan.special_fp_elderly_care_subsidy"],
        ),
        (
            "forget it. if instead they stay at home with a family elderly care bed, what's the "
            "monthly subsidy? clause",
            ["jinan.special_fp_home_bed_subsidy"],
        ),
    ],
)
def test_elderly_care_asked_on_the_hotline_is_clause_20_not_childrens_money(
    text: str, meant: list[str]
) -> None:
    """Tester 73 c6: the care-home subsidy (1,500 / 1,000 yuan a person a month) and the family
    care bed (450) of special family-planning families (Jinan clause 20) are theirs, not the
    grandparents' insurance nor the 600 "monthly subsidy" of children."""
    entry = asked_measure(text, "jinan", "en")
    assert entry is not None and [entry.id] == meant
    assert all(e.id in meant for e in measures_asked(text, "jinan"))


HOTLINE_CASE_MAY: dict[str, Any] = {
    "language": "zh",
    "hotline_city": "jinan",
    "reply_brief": True,
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [{}, {}, {"birth_date": "2026-05-01", "precision": "month"}],
        "hardship_at_birth": True,
    },
}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("群众又问 娃还没上医保 现在去办个人缴费还能全免吗 给句能念的", "jinan.childcare_subsidy"),
        ("那他这个5月生的 现在12月了 还来得及不", "jinan.newborn_medical_insurance_subsidy"),
    ],
)
async def test_a_closed_window_is_a_no_with_its_own_sentence_to_read(text: str, topic: str) -> None:
    """Tester 73 c4, a worker's case of a 3rd child born May 2026 not yet in resident insurance:
    Jinan clause 15's six months ended about November 2026, so no; the sentence to read says
    so (not the rule alone, read as a yes), and asks the worker nothing back; the child's
    insurance not done is no "none" for the mother's cover at the birth."""
    slots = {**HOTLINE_CASE_MAY, "topic_entry": topic}
    reply = await ask(text, slots)
    assert reply.startswith("不能。出生后6个月的参保期限已于2026年11月前后结束。")
    assert "可以这样念：“按济南方案第15条，出生后6个月的参保期限已于2026年11月前后结束" in reply
    assert "孩子是在期限内参保的吗" not in reply
    assert slots["hotline_case"].get("birth_insurance") is None


# Tester 73 c1's family: Jinan hukou, the eldest about 3, the 2nd born 28 Oct 2026 on dibao,
# renting with no home, both paying into the housing fund.
RENTING_FAMILY: dict[str, Any] = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "renting": True,
    "owns_home_in_city": False,
    "housing_fund_contributors": 2,
    "result_shown": True,
    "children": [
        {"birth_date": "2023-06-01", "precision": "month"},
        {"birth_date": "2026-10-28", "precision": "day", "hardship_at_birth": True},
    ],
}


async def test_the_loan_and_the_rent_asked_together_are_both_answered() -> None:
    """…想买头一套房 能贷多少 房租能拿公积金付不: 900,000 for two children and two payers, and the
    rent withdrawal (both Jinan clause 14; tester 73 c1 heard the loan alone)."""
    slots = {**RENTING_FAMILY, "buying_first_home": True}
    reply = await ask("想买头一套房 能贷多少 房租能拿公积金付不", slots)
    assert "900,000" in reply and "按实际房租支出提取住房公积金" in reply


async def test_the_eldests_no_and_kindergarten_are_answered_not_the_rent_again() -> None:
    """老大没补贴是吧 老大明年上幼儿园 有啥照顾不 after the rent withdrawal: the eldest's no to the
    600 (clause 12) and the kindergarten measures (clause 13), not the rent again (tester 73 c1)."""
    slots = {**RENTING_FAMILY, "topic_entry": "jinan.housing_fund_rent_withdrawal"}
    reply = await ask("老大没补贴是吧 老大明年上幼儿园 有啥照顾不", slots)
    assert "第1个孩子不在此列" in reply and "第13条" in reply
    assert "按实际房租支出提取住房公积金" not in reply


async def test_until_when_it_ends_is_no_claim_deadline() -> None:
    """那一个月就是800是吧 到啥时候截止: 对, 800 until the 3rd birthday (clause 12); 截止 of the
    payments is no question of a deadline to claim."""
    reply = await ask("那一个月就是800是吧 到啥时候截止", dict(RENTING_FAMILY))
    assert reply.startswith("对。") and "2029年10月28日" in reply
    assert "补领" not in reply


async def test_the_babys_own_insurance_on_the_hotline_has_its_day_and_clause() -> None:
    """Tester 74 c9, a caller's 2nd baby born 20 Oct 2026: "baby's own medical insurance,
    deadline to enrol and is it free?" is Jinan clause 15's window, by 20 Apr 2027 with that
    year's contribution paid, read out as clause 15 (not the delivery costs nor clause 12's
    sentence), and the 600 asked beside it after."""
    slots: dict[str, Any] = {
        "language": "en",
        "hotline_city": "jinan",
        "reply_brief": True,
        "topic_entry": "jinan.childbirth_medical_insurance",
        "hotline_case": {
            "city": "jinan",
            "children_partial": [{}, {"birth_date": "2026-10-20", "precision": "day"}],
            "birth_insurance": "resident_medical",
        },
    }
    reply = await ask(
        "caller asks: baby's own medical insurance, deadline to enrol and is it free? also "
        "childcare subsidy amount + end date. figures, clause, read-out lines",
        slots,
    )
    first, _, rest = reply.partition("Lead department")
    assert "join by 20 Apr 2027" in first and "paid in full by public finance" in first
    assert 'You can read out: "Under clause 15' in first and "3,000" not in first
    assert "600 yuan a month until the child turns 3, on 20 Oct 2029" in rest


async def test_a_birth_year_put_right_is_no_sum_put_back() -> None:
    """不对 老二生日是2023年3月12号 那我们一共应该领了多少钱 (tester 74 c6): the 2nd child's
    21,600 (clause 12), never "不是2023元"."""
    from actions.conversation import ActionHandleCorrection

    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "children": [
            {"birth_date": "2018-06-01", "precision": "month"},
            {"birth_date": "2023-06-01", "precision": "month"},
        ],
    }
    reply = await says(
        ActionHandleCorrection(),
        "不对 老二生日是2023年3月12号 那我们一共应该领了多少钱",
        "ask_policy",
        slots,
    )
    assert "21,600元" in reply and "不是2023" not in reply


async def test_the_extra_200_asked_beside_a_fee_opens_with_a_yes() -> None:
    """我老公生娃那会正在领失业金 能多200不 孩子医保咋办 要交钱吗 (tester 74 c1): the 800 a month
    (clause 12) is no fee, so never "不用。" before it; the insurance's 不用交 is its own."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children": [
            {"birth_date": "2020-06-01", "precision": "month"},
            {"birth_date": "2026-11-10", "precision": "day"},
        ],
    }
    reply = await ask("我老公生娃那会正在领失业金 能多200不 孩子医保咋办 要交钱吗", slots)
    assert "600+200=800元" in reply
    assert "不用。第2个孩子" not in reply


def test_leave_for_an_only_childs_parent_in_hospital_is_the_nursing_leave() -> None:
    """ "im an only child and my mom just went into hospital. is there leave for that? also …
    the under-3 tax deduction" (tester 73 c8): Beijing (15)'s nursing leave for one-child
    parents beside the deduction, not the leave of a birth."""
    text = (
        "hey, dad in beijing here. son is 14 months, im an only child and my mom just went into "
        "hospital. is there leave for that? also how much is the under-3 tax deduction per month"
    )
    assert [e.id for e in measures_asked(text, "beijing")] == [
        "beijing.family_planning_family_rights",
        "beijing.iit_infant_care_deduction",
    ]
    assert [e.id for e in measures_asked("北京 产假多少天 陪产假呢", "beijing")] == []


def test_children_said_to_be_at_school_are_not_the_ones_asked() -> None:
    """俺家…三个孩子 老三是24年3月生的 老大老二都上学了 这个育儿补帖俺们能领不 (tester 75 c2, on
    dibao at the 3rd birth): the 3rd child's 800 a month (Jinan clause 12), not "不能" of the two
    at school alone."""
    from actions.results import asked_children

    question = (
        "俺家在济南章丘 户口本地的 家里吃低保 三个孩子 老三是24年3月生的 老大老二都上学了 "
        "这个育儿补帖俺们能领不"
    )
    assert asked_children(question, 3) == set()
    assert asked_children("老三医保还没办 现在办还能补贴吗", 3) == {3}


BEIJING_EXPECTING: dict[str, Any] = {
    "language": "en",
    "city": "beijing",
    "hukou_in_city": False,
    "result_shown": True,
    "children": [{"birth_date": "2027-05-01", "precision": "month"}],
}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "how many days maternity leave does she get in beijing, and how many days paternity "
            "for me? her company pays maternity insurance, does it cover the hospital bill 100%?",
            "beijing.leave_entitlements",
        ),
        (
            "yes or no: in beijing does maternity insurance cover 100% of the hospital bill",
            "jinan.childcare_subsidy_hardship_supplement",
        ),
    ],
)
async def test_a_rate_beijings_plan_never_gives_gets_no_yes_nor_the_600(
    text: str, topic: str
) -> None:
    """Tester 75 c9: Beijing (12) pays maternity medical costs "as regulated", with no rate;
    100% is Jinan's. Neither "Yes." nor "No, not that figure: 600 …" (the Jinan money the talk
    had turned to)."""
    reply = await ask(text, {**BEIJING_EXPECTING, "topic_entry": topic})
    assert "Maternity insurance" in reply
    assert "Yes. Maternity" not in reply and "600" not in reply


def test_the_care_home_asked_with_a_monthly_subsidy_is_not_the_childrens_money() -> None:
    """ "caller is elderly … moving into a care home. monthly subsidy figure" (tester 75 c10):
    clause 20's care-home money, no childcare-subsidy block beside it."""
    text = (
        "caller is elderly, special family planning family in jinan, partially disabled, moving "
        "into a care home. monthly subsidy figure + clause + line. quick"
    )
    assert all(e.id != "jinan.childcare_subsidy" for e in measures_asked(text, "jinan"))


async def test_a_leave_put_back_with_still_asked_is_the_familys_own() -> None:
    """单位说的每年10天育儿假我还能休吗 二宝快4岁了 (tester 75 c6): the youngest turned 3 on 28 Dec
    2025, so Jinan clause 11's parental leave has ended, never "对，是每年不少于10天"."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        "children": [{"birth_date": "2022-12-28", "precision": "day"}],
    }
    reply = await ask("唉 那我单位说的每年10天育儿假我还能休吗 二宝快4岁了", slots)
    assert reply.startswith("不能。") and "2025年12月28日" in reply


async def test_the_institutions_400_asked_of_the_mother_on_a_call_is_a_no() -> None:
    """ "so yes or no: does the MOTHER get the 400 in cash?" (tester 76 c5): clause 12 pays it
    to registered childcare organisations, so No, never "Yes."."""
    slots: dict[str, Any] = {
        "language": "en",
        "hotline_city": "jinan",
        "reply_brief": True,
        "topic_entry": "jinan.childcare_fee_subsidy_institution",
        "hotline_case": {"city": "jinan"},
    }
    reply = await ask("so yes or no: does the MOTHER get the 400 in cash?", slots)
    assert reply.startswith("No. This is for childcare institutions, not paid to parents")


async def test_the_loan_ceiling_put_back_beside_the_babys_insurance() -> None:
    """就是两个人都交 买第一套 那就是90万对吧 宝宝医保怎么弄 要交钱吗 (tester 76 c1): 对, the
    two-child two-payer first-home ceiling of Jinan clause 14, then the baby's insurance (15);
    never "济南方案没有写这个数"."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "result_shown": True,
        "topic_entry": "jinan.maternity_leave",
        "children": [
            {"birth_date": "2023-06-01", "precision": "month"},
            {"birth_date": "2026-11-01", "precision": "month"},
        ],
    }
    reply = await ask("就是两个人都交 买第一套 那就是90万对吧 宝宝医保怎么弄 要交钱吗", slots)
    assert "对。" in reply and "两人及以上缴存的90万元" in reply
    assert "没有写这个数" not in reply and "须在2027年5月1日前办理" in reply
