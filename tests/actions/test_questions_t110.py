"""Testers 107, 109 and 110's families (stop 70), asked again: a relative's question in English
kept apart, the record read back on request, and a hotline caller living away from the city of
her hukou."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import RECAP_ASKED, ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t105 import apart

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def jinan_family() -> dict[str, Any]:
    """An English-speaking Jinan family, hukou there: an eldest of five and a second child born
    12 March 2026; the answer already shown."""
    return {
        "language": "en",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": [
            {"birth_date": "2021-06-01", "precision": "month"},
            {"birth_date": "2026-03-12", "precision": "day"},
        ],
        "result_shown": True,
    }


async def test_a_brother_in_laws_beijing_family_is_answered_with_beijings_plan() -> None:
    """ "My brother-in-law lives in Beijing, he has three kids under 6. Is there any cash
    allowance for him there?": his Beijing case, apart, on Beijing's plan (clause (12) names no
    amount); never the family's own Jinan 600 a month (tester 110 c7 was told "Yes. 600")."""
    slots = jinan_family()
    reply = await apart(
        ActionAnswerPolicyQuestion(),
        "My brother-in-law lives in Beijing, he has three kids under 6. Is there any cash "
        "allowance for him there?",
        "ask_policy",
        slots,
    )
    assert "none of it is added to your family" in reply, reply
    assert "(12)" in reply and "600" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "What do you have on file for my family right now?",
        "read back what you have on my family",
        "Which city and hukou do you have recorded for my family?",
        "what info do you have about us",
        "你把我家记的情况说一下 别跟我哥家混了",
        "念一下你记的",
    ],
)
def test_the_record_asked_for_is_a_read_back(message: str) -> None:
    """Asking what is noted, in the ways testers 109 and 110 asked it, is a read-back request
    (tester 109 c4's was taken for a request to delete everything)."""
    assert RECAP_ASKED.search(message.lower())


@pytest.mark.parametrize(
    "message", ["我记的是老大6岁", "what do you have for kids under 3", "你记得我说的吗"]
)
def test_other_words_about_noting_are_no_read_back(message: str) -> None:
    assert not RECAP_ASKED.search(message.lower())


async def test_the_record_read_back_in_english() -> None:
    """ "What do you have on file for my family right now?" after the results: the family as
    noted, said back."""
    slots = jinan_family()
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "What do you have on file for my family right now?",
        "ask_policy",
        slots,
    )
    assert "Jinan" in reply and "12 March 2026" in reply, reply


@pytest.mark.parametrize(
    ("case", "lang", "until"),
    [
        (
            "next caller: works in Beijing but hukou is still in Jinan, second child born 1 June "
            "2025, not on dibao. can she get the Jinan 600? until when?",
            "en",
            "1 Jun 2028",
        ),
        (
            "下一个来电 人在北京上班 户口还在济南 老二25年6月1号生的 没领低保 能领济南的600吗 领到啥时候",
            "zh",
            "2028年6月1日",
        ),
    ],
)
async def test_a_caller_living_away_from_her_hukou_city_gets_its_money(
    case: str, lang: str, until: str
) -> None:
    """A hotline caller lives in Beijing with Jinan hukou, her second child born 1 June 2025 and
    no benefits at the birth: Jinan clause 12 reads the hukou, so she gets 600 a month until the
    child turns 3 on 1 June 2028 (tester 107 h2 was told "No… a hukou elsewhere")."""
    slots: dict[str, Any] = {"language": lang}
    opening = "hotline here. " if lang == "en" else "我是12345热线的 "
    reply = await says(ActionAnswerPolicyQuestion(), opening + case, "ask_policy", slots)
    assert "600" in reply and until in reply, reply
    assert "does not qualify" not in reply and "不符合" not in reply
    # the plan's silence on where the caller lives, said with it
    assert "says nothing about where the family lives" in reply or "方案没有写居住地的要求" in reply


async def worker_says(lang: str, *messages: str) -> str:
    """What a hotline worker hears back to the last of `messages`, said in one call."""
    slots: dict[str, Any] = {"language": lang}
    reply = ""
    for message in messages:
        reply = await says(ActionAnswerPolicyQuestion(), message, "ask_policy", slots)
    return reply


async def test_three_leaves_run_together_are_each_answered() -> None:
    """ "产假陪产假育儿假天数 条款 一句话" on a Jinan call: 158 days of maternity leave, at least
    15 of paternity leave and at least 10 a year of parental leave, all clause 11 (tester 110 c9
    heard the paternity leave alone)."""
    reply = await worker_says(
        "zh", "热线 来电济南户口 二孩育儿补贴多少钱 哪一条", "产假陪产假育儿假天数 条款 一句话"
    )
    assert "158天" in reply and "不少于15天" in reply and "不少于10天" in reply, reply


async def test_can_she_draw_it_after_the_leave_is_the_money() -> None:
    """ "来电人二孩22年12月生的 能领不" right after the leave: 领 is the monthly money, and a second
    child born December 2022 is before clause 12's 1 January 2023 (tester 110 c9 heard about
    parental leave)."""
    reply = await worker_says(
        "zh",
        "热线 来电济南户口 产假多少天",
        "来电人二孩22年12月生的 能领不 快",
    )
    assert reply.startswith("不能") and "2023年1月1日" in reply and "育儿假" not in reply, reply


async def test_a_birth_year_is_no_figure_put_back() -> None:
    """ "third child in 2024 while on unemployment benefit … born 3 Feb 2024": 600 + 200 = 800 a
    month until 3 Feb 2027; the year is no sum put back ("No: 800 yuan, not 2024", tester 110
    c10)."""
    reply = await worker_says(
        "en",
        "Hotline here. Jinan caller: she gave birth to her third child in 2024 while on "
        "unemployment benefit. monthly total and until when? born 3 Feb 2024",
    )
    assert "not 2024" not in reply and "800" in reply and "3 Feb 2027" in reply, reply


async def test_the_supplement_asked_alone_says_its_condition() -> None:
    """ "低保家庭加多少 哪条": 600 + 200 = 800 a month, said with the condition clause 12 puts on
    the 200, a birth while on dibao, special hardship support or unemployment benefits (tester
    110 c9's read-out left it out)."""
    reply = await worker_says("zh", "热线 来电济南户口 二孩育儿补贴多少钱", "低保家庭加多少 哪条")
    first = reply.split("\n")[0]
    assert "800" in first and "出生时" in first and "低保" in first, reply


def grandmothers_daughter() -> dict[str, Any]:
    """A grandmother's daughter's Jinan family, asked for by her ("帮闺女问问"): an eldest born
    2020 and twin granddaughters born September 2024."""
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2020-01-01", "precision": "year"},
            {"birth_date": "2024-09-01", "precision": "month"},
            {"birth_date": "2024-09-01", "precision": "month"},
        ],
        "result_shown": True,
        "relatives_words": "on_file:我是姥姥 帮闺女问问 闺女家在济南 老大20年生的 24年9月又生了双胞胎 俩外孙女",
    }


async def test_a_grandmothers_sons_household_is_kept_apart_from_her_daughters() -> None:
    """The daughter's family on file, "我儿子儿媳妇也在济南 儿媳妇怀孕7个月了 是二胎 她生孩子能休多少
    天产假": the son's household, worked out apart (158 days, clause 11), said of "这一家";
    the daughter's three children stay as they were (tester 110 c2 lost a twin to it)."""
    slots = grandmothers_daughter()
    reply = await apart(
        ActionAnswerPolicyQuestion(),
        "我儿子儿媳妇也在济南 儿媳妇怀孕7个月了 是二胎 她生孩子能休多少天产假",
        "ask_policy",
        slots,
    )
    assert "单独算" in reply and "158天" in reply, reply
    assert "按您家的情况" not in reply and "按这一家的情况" in reply
    follow = await apart(
        ActionAnswerPolicyQuestion(),
        "那她生了二胎以后 也能领600一个月吗 她家户口也是济南的",
        "inform",
        slots,
    )
    assert "单独算" in follow and "600" in follow, follow


async def test_how_many_hundred_a_month_after_the_birth_is_the_money() -> None:
    """A Jinan family expecting its second in March 2027, the mother on unemployment benefit now
    and likely at the birth, after the rent answer: "说回我家 老二明年3月生了以后 一个月能领几百 …":
    600 + 200 = 800 a month once born (clause 12), not the rent answer again (tester 110 c3)."""
    slots: dict[str, Any] = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "renting": True,
        "owns_home_in_city": False,
        "children": [
            {"birth_date": "2021-06-01", "precision": "month", "approx": "5岁"},
            {"birth_date": "2027-03-01", "precision": "month"},  # due then
        ],
        "result_shown": True,
        "focus_entry": "jinan.housing_fund_rent_withdrawal",
        "topic_entry": "jinan.housing_fund_rent_withdrawal",
    }
    reply = await says(
        ActionHandleCorrection(),
        "说回我家 老二明年3月生了以后 一个月能领几百 我现在在领失业金 生的时候估计还在领",
        "inform",
        slots,
    )
    assert "800" in reply and "房租" not in reply, reply
