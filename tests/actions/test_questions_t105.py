"""Tester 105's families (stop 68), asked again: a relative's household kept apart from the
family's, and another city's money never answered with the family's own."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.conversation import ActionHandleCorrection
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def apart(action: Any, question: str, intent: str, slots: dict[str, Any]) -> str:
    """What `action` replies to a relative's case asked beside the family in `slots`, after
    checking that none of the family's slots changed (the relative's words may be kept)."""
    before = {k: v for k, v in slots.items() if k != "relatives_words"}
    reply = await says(action, question, intent, slots)
    assert {k: slots.get(k) for k in before} == before, reply
    return reply


def twins_family() -> dict[str, object]:
    """A Jinan family, hukou there: an eldest of four and twins born March 2026, the father on
    unemployment insurance benefits at their birth; the answer already shown."""
    return {
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": True,
        "children": [
            {"birth_date": "2022-06-01", "precision": "month", "approx": True},
            {"birth_date": "2026-03-01", "precision": "month"},
            {"birth_date": "2026-03-01", "precision": "month"},
        ],
        "result_shown": True,
    }


async def test_a_sisters_third_child_is_worked_out_apart_and_not_noted_on_the_family() -> None:
    """The twins' family asks for the sister: "再帮我妹问下 她也济南的 前年生的老三 生的时候家里
    吃低保 现在不吃了 她一个月能领多少". Her third child, born 2024 while on dibao, is a case of its
    own (Jinan clause 12: 600 + 200 a month); the family keeps its three children, the twins'
    end date and its benefit at their birth (tester 105 p2 had a twin's end moved to 2027)."""
    slots = twins_family()
    reply = await apart(
        ActionHandleCorrection(),
        "再帮我妹问下 她也济南的 前年生的老三 生的时候家里吃低保 现在不吃了 她一个月能领多少",
        "inform",
        slots,
    )
    assert "单独算" in reply and "没有记到您家的资料里" in reply, reply
    assert "老三2024年出生" in reply and "第12条" in reply
    assert slots.get("hardship_now") is None


async def test_start_over_forgetting_a_brother_answers_the_question_for_the_new_family() -> None:
    """The brother's Jinan family was noted first. "start over please. forget my brother. beijing
    hukou, first pregnancy, twins due may next year. does beijing give any monthly money": the
    brother's facts go, the Beijing family is noted, and Beijing's plan answers — no monthly
    amount (clause (12)), never Jinan's 600 (tester 105 p8)."""
    slots: dict[str, object] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2026-10-01", "precision": "month", "approx": True}],
        "result_shown": True,
        "language": "en",
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "start over please. forget my brother. beijing hukou, first pregnancy, twins due may "
        "next year. does beijing give any monthly money",
        "ask_policy",
        slots,
    )
    assert "cleared" in reply and "Beijing hukou" in reply, reply
    assert "(12)" in reply and "600" not in reply
    assert slots["city"] == "beijing" and slots["hukou_in_city"] is True
    children = slots["children_partial"]
    assert isinstance(children, list) and len(children) == 2
    assert all(str(c["birth_date"]).startswith("2027-05") for c in children)


async def test_beijing_money_asked_by_a_jinan_family_is_beijings_answer() -> None:
    """A Jinan grandmother's family (the second grandchild born September 2024) asks of her
    daughter's family in Beijing: "你没回答我 北京那边 闺女家的二胎 有育儿补贴吗 多少". Beijing's plan
    only says a family upbringing subsidy system is to be set up (clause (12)): no amount, and
    never Jinan's 600 (tester 105 p4 got clause 12's 600 + 200 twice)."""
    slots: dict[str, object] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None},
            {"birth_date": "2024-09-01", "precision": "month", "sex": "m"},
        ],
        "result_shown": True,
    }
    for question in (
        "北京那边有育儿补贴吗 多少",
        "你没回答我 北京那边 闺女家的二胎 有育儿补贴吗 多少",
    ):
        reply = await says(ActionAnswerPolicyQuestion(), question, "ask_policy", slots)
        assert "第(12)条" in reply and "600" not in reply, (question, reply)


async def test_grandparents_asking_whether_the_600_is_paid_to_them_hear_no_yes() -> None:
    """Jinan clause 12 pays the 600 to families of a second or third child and says nothing of
    whose account it goes to. "孙子一个月600是不是也给我们" from the grandmother is answered with
    that silence and the lead department, never "对" (tester 105 p4)."""
    slots: dict[str, object] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            {"birth_date": None, "precision": None},
            {"birth_date": "2024-09-01", "precision": "month", "sex": "m"},
        ],
        "result_shown": True,
    }
    reply = await says(
        ActionHandleCorrection(),
        "我俩户口是上个月才从老家迁过来的 这个也算吗 孙子一个月600是不是也给我们",
        "inform",
        slots,
    )
    assert not reply.startswith("对"), reply
    assert "钱发到谁的账户" in reply and "济南市卫生健康委员会" in reply


async def test_now_me_after_a_brothers_family_was_noted_starts_afresh_for_ones_own() -> None:
    """Nothing was known when "asking for my brother not me … jinan hukou, his first baby was born
    2 months ago" came, so the brother's household was noted (and remembered as his). "ok thx.
    now me: we live in beijing, beijing hukou, expecting twins in may 2027, theyd be our first
    kids. whats there for us? leave days?": the brother's facts go; the Beijing couple's twins
    due May 2027 are children 1 and 2 and Beijing's plan answers (tester 105 p8 kept Jinan
    hukou and counted the twins as the 2nd and 3rd child)."""
    slots: dict[str, object] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2026-10-01", "precision": "month", "approx": True}],
        "result_shown": True,
        "language": "en",
        "relatives_words": "on_file:hey asking for my brother not me. he lives in jinan",
    }
    reply = await says(
        ActionHandleCorrection(),
        "ok thx. now me: we live in beijing, beijing hukou, expecting twins in may 2027, theyd "
        "be our first kids. whats there for us? leave days?",
        "correct",
        slots,
    )
    assert "cleared" in reply and "Jinan" not in reply.split("\n")[1], reply
    assert slots["city"] == "beijing" and slots["hukou_in_city"] is True
    children = slots["children_partial"]
    assert isinstance(children, list) and len(children) == 2
    assert "(12)" in reply and "600" not in reply


async def test_back_to_ones_own_family_after_a_relatives_case_keeps_it() -> None:
    """The sister's case was answered apart; "ok back to my own family. can we get priority for
    public rental housing?" keeps the family's three children (no start over)."""
    slots = {**twins_family(), "relatives_words": "asking for my sister: beijing hukou"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "ok back to my own family. can we get priority for public rental housing?",
        "ask_policy",
        slots,
    )
    assert "cleared" not in reply, reply
    children = slots["children"]
    assert isinstance(children, list) and len(children) == 3
    assert slots.get("relatives_words") is None


async def test_a_follow_up_about_the_sister_stays_hers() -> None:
    """Right after the sister's case ("再帮我妹问下 她也济南户口 她家就一个闺女今年五岁 上个月又生了二宝
    生二宝的时候她在领低保"), "那她一个月总共是800是吧 她没房 租房住 两口子都交公积金 能提出来交房租不"
    is hers: 800 a month for her second child (Jinan clause 12), rent withdrawal for a family of
    two children renting (clause 14); the family's fund payers and home stay unknown (tester
    106 p1 had the sister's two payers noted on the family)."""
    sister = (
        "再帮我妹问下 她也济南户口 她家就一个闺女今年五岁 上个月又生了二宝 生二宝的时候她在领低保"
    )
    slots = {**twins_family(), "relatives_words": sister}
    reply = await says(
        ActionHandleCorrection(),
        "那她一个月总共是800是吧 她没房 租房住 两口子都交公积金 能提出来交房租不",
        "inform",
        slots,
    )
    assert "单独算" in reply and "2个孩子" in reply, reply
    assert "800" in reply and "第14条" in reply
    assert slots.get("housing_fund_contributors") is None and slots.get("renting") is None
    children = slots["children"]
    assert isinstance(children, list) and len(children) == 3


async def test_a_hotline_caller_enrolled_two_months_after_birth_hears_yes() -> None:
    """Hotline: "Jinan hukou, second child born 3 January 2023. The baby was enrolled in resident
    basic medical insurance two months after birth. Does the government pay the baby's individual
    premium for that year?" Enrolled within 6 months of birth: that year's individual
    contribution is paid in full (Jinan clause 15) — never "No." with the window's question
    (tester 106 h2)."""
    from tests.actions.test_questions_t77_t78 import hotline_case

    slots = hotline_case("en", [])
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "hotline: next caller: Jinan hukou, second child born 3 January 2023. The baby was "
        "enrolled in resident basic medical insurance two months after birth. Does the "
        "government pay the baby's individual premium for that year?",
        "inform",
        slots,
    )
    assert reply.startswith("Yes"), reply
    assert "clause 15" in reply and "enrolled in time" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "帮我小姨子问一下 她家在济南 户口济南 二〇二三年十月生的老二 老大七岁 她生老二那会儿领着低保 "
        "现在每个月能领多少 能领到啥时候",
        "隔壁邻居家让我帮着问问 他家济南户口 老二二〇二三年十月生的 生的时候在领低保 现在每个月能领多少",
    ],
)
async def test_a_sister_in_laws_or_neighbours_case_is_worked_out_apart(question: str) -> None:
    """A sister-in-law's (小姨子) or a neighbour's family asked about beside the twins' family:
    their second child, born October 2023 while on dibao, got 800 a month until it turned 3 on
    1 October 2026 (Jinan clause 12); none of it is noted on the family (tester 107 p5, p4)."""
    reply = await apart(ActionHandleCorrection(), question, "inform", twins_family())
    assert "单独算" in reply and "2026年10月1日" in reply, reply


async def test_a_relatives_case_asked_while_the_form_asks_is_kept_apart() -> None:
    """The form is asking the family's insurance when "再帮我姐问下 她家在北京 仨孩子 最小的8个月大
    她家想申请公租房 能不能优先" comes: the sister's three children are hers; Beijing clause (12)
    answers her public rental housing; the family keeps its one child and the pregnancy (tester
    107 p3 had a third child put on the family)."""
    from actions.household_form import ValidateHouseholdForm

    slots: dict[str, object] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [
            {"birth_date": "2024-06-01", "precision": "month", "approx": True},
            {"birth_date": "2027-03-15", "precision": "day"},
        ],
        "requested_slot": "birth_insurance",
    }
    reply = await apart(
        ValidateHouseholdForm(),
        "再帮我姐问下 她家在北京 仨孩子 最小的8个月大 她家想申请公租房 能不能优先",
        "inform",
        slots,
    )
    assert "单独算" in reply and "第(12)条" in reply, reply


def test_listing_everything_is_a_full_check_never_a_start_over() -> None:
    """ "要 都列出来", "全部列出来": every item for the family known; "重新开始" starts over."""
    from actions.bare_yes import MORE_ITEMS
    from actions.start_over import asks_full_check, asks_start_over

    for said in ("要 都列出来", "全部列出来"):
        assert asks_full_check(said) and MORE_ITEMS.search(said), said
    assert asks_start_over("重新开始") and not asks_full_check("重新开始")


async def test_a_beijing_caller_after_a_jinan_one_hears_beijings_leave() -> None:
    """Hotline, the caller before was in Jinan: "下一个来电人 北京的 上个月刚生了孩子 问产假多少天
    陪产假多少天 哪条 给句念的". Beijing's plan (clause (12)) states no days for either leave;
    never Jinan's 158 and 15 days (tester 107 h1)."""
    from tests.actions.test_questions_t77_t78 import hotline_case

    slots = hotline_case("zh", [{"birth_date": "2024-02-10", "precision": "day"}])
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "下一个来电人 北京的 上个月刚生了孩子 问产假多少天 陪产假多少天 哪条 给句念的",
        "ask_policy",
        slots,
    )
    assert "第(12)条" in reply and "158" not in reply, reply


async def test_a_brother_in_laws_case_told_beside_the_familys_question_gets_both_answers() -> None:
    """A Beijing family, one daughter: "Our first is 3 and a half and about 1.1 m. Does she ride
    free? Also my brother-in-law's family lives in Jinan with Jinan hukou, they had their third
    baby on 2024-02-10 while on dibao. How much do they get per month and until when?" The
    daughter rides free (Beijing clause (12)); the brother-in-law's third child gets 800 a month
    until 10 February 2027 (Jinan clause 12), worked out apart; none of his facts is noted on
    the family (tester 108 e2)."""
    slots: dict[str, object] = {
        "language": "en",
        "city": "beijing",
        "hukou_in_city": True,
        "children": [{"birth_date": "2023-06-01", "precision": "month", "approx": True}],
        "result_shown": True,
    }
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "Our first is 3 and a half and about 1.1 m. Does she ride free? Also my brother-in-law's "
        "family lives in Jinan with Jinan hukou, they had their third baby on 2024-02-10 while on "
        "dibao. How much do they get per month and until when?",
        "ask_policy",
        slots,
    )
    assert "rides buses and subways free" in reply, reply
    assert "on its own" in reply and "10 Feb 2027" in reply and "800" in reply
    assert slots["city"] == "beijing" and slots["hukou_in_city"] is True
    children = slots["children_partial"]
    assert isinstance(children, list) and len(children) == 1


async def test_a_sister_asked_about_with_no_help_word_is_worked_out_apart() -> None:
    """ "问下我妹 她在北京 北京户口 去年十月生的老二 老大5岁 她能领每月600吗" from the twins' Jinan
    family: the sister's Beijing household has no monthly money (Beijing clause (12)), never
    the family's own Jinan answer (tester 108 p1)."""
    reply = await apart(
        ActionAnswerPolicyQuestion(),
        "问下我妹 她在北京 北京户口 去年十月生的老二 老大5岁 她能领每月600吗",
        "ask_policy",
        twins_family(),
    )
    assert "单独算" in reply and "第(12)条" in reply, reply


async def test_the_relative_named_again_in_a_follow_up_stays_hers() -> None:
    """Right after the sister-in-law's Beijing case ("帮我嫂子问下 她家在北京 北京户口 仨孩子 老三
    2024年9月生的"), "那我嫂子 北京 有没有每月给钱的育儿补贴 产假多少天" is hers: Beijing's plan
    (clause (12)) has no monthly money and states no days; the family's Jinan 600 is never said
    (tester 108 p3)."""
    sister = "帮我嫂子问下 她家在北京 北京户口 仨孩子 老三2024年9月生的"
    slots = {**twins_family(), "relatives_words": sister}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "那我嫂子 北京 有没有每月给钱的育儿补贴 产假多少天",
        "ask_policy",
        slots,
    )
    assert "单独算" in reply and "第(12)条" in reply and "600" not in reply, reply


def test_another_caller_said_with_zai_is_a_new_case() -> None:
    """ "再一个来电人：济南 二孩家庭 …" opens a new caller's case (tester 108 h1 heard the caller
    before's three-child loan ceiling)."""
    from actions.hotline import NEW_CASE

    assert NEW_CASE.search("再一个来电人：济南 二孩家庭 夫妻两人都交公积金 买首套房")


async def test_forgetting_a_relative_answered_apart_keeps_the_family() -> None:
    """The sister's case was answered apart, so nothing of hers was noted: "forget my sister.
    how much do we get a month?" keeps the twins' family and answers for it (Jinan clause 12)."""
    slots = {**twins_family(), "language": "en", "relatives_words": "asking for my sister: beijing"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "forget my sister. how much do we get a month?",
        "ask_policy",
        slots,
    )
    assert "cleared" not in reply and "clause 12" in reply, reply
    children = slots["children"]
    assert isinstance(children, list) and len(children) == 3


async def test_and_for_her_after_a_sisters_case_stays_hers() -> None:
    """Right after the Beijing sister's case ("my sister lives in beijing with beijing hukou.
    she has a 4 year old and had twins last month"), "And for her, is there any monthly cash
    for the twins in Beijing?" is hers: Beijing's plan (clause (12)) names no amount; the
    family's own Jinan answer is never given (tester 109 c8)."""
    sister = "my sister lives in beijing with beijing hukou. she has a 4 year old and had twins"
    slots = {**twins_family(), "language": "en", "relatives_words": sister}
    reply = await apart(
        ActionAnswerPolicyQuestion(),
        "And for her, is there any monthly cash for the twins in Beijing?",
        "ask_policy",
        {k: v for k, v in slots.items()},
    )
    assert "on its own" in reply and "(12)" in reply and "600" not in reply, reply


async def test_a_what_if_about_the_brothers_family_stays_his() -> None:
    """After the brother's Jinan case ("我哥在济南 济南户口 他家老二是2022年12月生的"), "那他家要是明年
    再要个老三 老三能领不 他俩都交公积金 买房能多贷点不" is his: a third child's ceiling with two
    payers is 1,000,000 (Jinan clause 14), never the Beijing family's own plan (tester 109 c4)."""
    from actions.results import ActionWhatIf

    beijing = {
        "city": "beijing",
        "hukou_in_city": True,
        "children": [{"birth_date": "2023-06-01", "precision": "month", "approx": True}],
        "result_shown": True,
        "relatives_words": "我哥在济南 济南户口 他家老二是2022年12月生的",
    }
    reply = await apart(
        ActionWhatIf(),
        "那他家要是明年再要个老三 老三能领不 他俩都交公积金 买房能多贷点不",
        "what_if",
        beijing,
    )
    assert "单独算" in reply and "1,000,000" in reply, reply
