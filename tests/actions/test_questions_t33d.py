"""Tester 33's conversations (fix-t33d): a correction or a question after the answer is never
taken as goodbye; a yes/no lead only for a yes/no question the answer decides; leave that has
ended said to have ended; what the plans leave open said to be open. Each test: the family known
so far (the slots), what the citizen wrote, what the reply must and must not say. Today is
1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.conversation import ActionNoAfterResult
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

UNDATED = {"precision": "month", "height_cm": None}


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 1))


async def run(
    action: Action, text: str, intent: str = "inform", **slots: Any
) -> tuple[str, dict[str, Any], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker(text, intent, **slots), DOMAIN)
    return texts(dispatcher), slot_events(events), dispatcher


# --- 1. a correction or a question after the answer is not goodbye -------------------------

# Tester 33 c02: the grandmother; Jinan hukou, three children (9, 7 and the youngest born
# September 2024 while the son-in-law drew unemployment benefit); the fund recorded as nobody
# paying from 公积金俺不知道.
GRANDMA = {
    "language": "zh",
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2017-06-01"},
        {**UNDATED, "birth_date": "2019-06-01"},
        {**UNDATED, "birth_date": "2024-09-01", "hardship_at_birth": True},
    ],
    "housing_fund_contributors": 0,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("公积金是不知道 不是没有 你别乱记 还有俺们老两口参加长护险是不是不用自己掏钱", "zh"),
        ("不是没有 是不知道 老人参加长期护理保险要自己交钱不", "zh"),
        ("不对 你记错了 姥姥姥爷的长护险个人缴费政府给出", "zh"),
        (
            "no, that's wrong, I don't know about the fund. do grandparents pay for care insurance",
            "en",
        ),
        ("no. and the grandparents' long-term care insurance, is it free", "en"),
    ],
)
async def test_a_correction_with_a_question_is_no_goodbye(text: str, lang: str) -> None:
    """A deny after the answer that corrects a fact or asks something is answered; goodbye is
    only for a plain no (不用了, "no thanks")."""
    reply, _, dispatcher = await run(
        ActionNoAfterResult(), text, "deny", **{**GRANDMA, "language": lang}
    )
    assert "utter_goodbye" not in [m.get("response") for m in dispatcher.messages], reply
    assert reply.strip(), reply


async def test_the_fund_said_unknown_is_no_longer_nobody() -> None:
    """公积金是不知道 不是没有: the fund is unknown again, not 家里没人交."""
    reply, slots, _ = await run(
        ActionNoAfterResult(),
        "公积金是不知道 不是没有 你别乱记 还有俺们老两口参加长护险是不是不用自己掏钱",
        "deny",
        **GRANDMA,
    )
    assert slots.get("housing_fund_contributors", "kept") is None, slots
    assert "长期护理保险" in reply, reply  # the question is answered (Jinan clause 15)


@pytest.mark.parametrize("text", ["不用了", "没有了 谢谢", "no thanks", "nope"])
async def test_a_plain_no_still_says_goodbye(text: str) -> None:
    _, _, dispatcher = await run(ActionNoAfterResult(), text, "deny", **GRANDMA)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_goodbye"]


# --- 2. a yes/no lead only for a yes/no question the answer decides ------------------------

# Tester 33 c01: Jinan hukou, an eldest of 5 and a second child born 18 October 2025.
FATHER_C01 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2021-06-01"},
        {**UNDATED, "birth_date": "2025-10-18", "precision": "day", "hardship_at_birth": False},
    ],
    "result_shown": True,
    "topic_entry": "jinan.childcare_subsidy",
}
# Tester 33 c07: the grandmother; Jinan hukou, children of 8 and 5, the 3rd born October 2025
# while the mother was on dibao.
GRANDMA_C07 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2018-06-01"},
        {**UNDATED, "birth_date": "2021-06-01"},
        {**UNDATED, "birth_date": "2025-10-01", "hardship_at_birth": True},
    ],
    "hardship_now": True,
    "result_shown": True,
}
VERDICTS = ("能。", "不能。", "Yes.", "No.", "对。")


@pytest.mark.parametrize(
    ("text", "lang", "slots"),
    [
        ("我问的是那600 从孩子出生那个月就开始算吗", "zh", FATHER_C01),
        ("600是从出生那天起算吗", "zh", FATHER_C01),
        ("补贴有没有期限", "zh", FATHER_C01),
        ("does the 600 start from the month of the birth?", "en", FATHER_C01),
        (
            "if she gets off dibao next year because she finds a job, does the extra 200 stop?",
            "en",
            GRANDMA_C07,
        ),
        ("the 200 - does it stop when she leaves dibao?", "en", GRANDMA_C07),
        ("要是明年她不领低保了 那200还发吗", "zh", GRANDMA_C07),
    ],
)
async def test_no_yes_or_no_before_an_answer_to_another_question(
    text: str, lang: str, slots: dict[str, Any]
) -> None:
    """ "能。"/"Yes." answers only "can we get it"; a question about when it starts, whether it
    has a deadline or whether it stops gets no such lead (c01 从孩子出生那个月就开始算吗 → 能。,
    c07 "does the extra 200 stop?" → "Yes." followed by 800 until 2028)."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**slots, "language": lang}
    )
    assert reply.strip(), reply
    assert not reply.startswith(VERDICTS), reply


@pytest.mark.parametrize(
    ("text", "lang", "silent", "lead"),
    [
        (
            "if she gets off dibao next year because she finds a job, does the extra 200 stop?",
            "en",
            "says nothing about stopping the supplement",
            "Municipal Health Commission",
        ),
        (
            "the 200 - does it stop when she leaves dibao?",
            "en",
            "says nothing about stopping",
            "Municipal Health Commission",
        ),
        (
            "要是明年她找到工作不领低保了 那200还发吗",
            "zh",
            "没写之后不再领取时加发是否停止",
            "济南市卫生健康委员会",
        ),
    ],
)
async def test_the_supplement_after_dibao_ends_is_what_the_plan_leaves_open(
    text: str, lang: str, silent: str, lead: str
) -> None:
    """Jinan clause 12 ties the 200 more to dibao, special hardship support or unemployment
    benefits at the birth and pays it until the child is 3; it says nothing of stopping it
    when the benefits end later: said, with the lead department."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**GRANDMA_C07, "language": lang}
    )
    assert silent in reply and lead in reply, reply
    assert ("满3周岁" if lang == "zh" else "1 Oct 2028") in reply, reply


# --- 3. parental leave after the youngest's 3rd birthday; each parent's days ---------------

# Tester 33 c09: Jinan hukou, an eldest born 2019 and a second child born May 2023 (3 in May
# 2026); renting, both parents pay housing fund.
MOVED_C09 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2019-01-01", "precision": "year"},
        {**UNDATED, "birth_date": "2023-05-01"},
    ],
    "housing_fund_contributors": 2,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "intent", "ended"),
    [
        ("我跟我老婆今年还能休育儿假不", "zh", "employer_refuses", "已于2026年5月1日年满3周岁"),
        ("我跟我老婆今年还能休育儿假不", "zh", "ask_policy", "已于2026年5月1日年满3周岁"),
        ("育儿假还有吗", "zh", "ask_policy", "已于2026年5月1日年满3周岁"),
        (
            "can my wife and I still take parental leave this year?",
            "en",
            "employer_refuses",
            "ended on 1 May 2026",
        ),
        ("parental leave, do we still have it?", "en", "ask_policy", "ended on 1 May 2026"),
    ],
)
async def test_parental_leave_ended_on_the_youngests_third_birthday(
    text: str, lang: str, intent: str, ended: str
) -> None:
    """Jinan clause 11: parental leave is for parents of a child under 3; the youngest turned 3
    in May 2026, so it has ended: said, never the steps to ask the employer for it."""
    from actions.answers import ActionAnswerPolicyQuestion
    from actions.rights import ActionRightsProblem

    action = ActionRightsProblem() if intent == "employer_refuses" else ActionAnswerPolicyQuestion()
    reply, _, _ = await run(action, text, intent, **{**MOVED_C09, "language": lang})
    assert ended in reply, reply
    assert (
        "向用人单位提出育儿假申请" not in reply and "Ask your employer for the leave" not in reply
    )


async def test_an_employer_refusing_still_gets_the_rights_answer() -> None:
    from actions.rights import ActionRightsProblem

    reply, _, _ = await run(
        ActionRightsProblem(),
        "单位不批育儿假怎么办",
        "employer_refuses",
        **{**FATHER_C01, "language": "zh"},
    )
    assert "济南市人力资源和社会保障局" in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "each"),
    [
        ("育儿假每年几天", "zh", "每人每年不少于10天"),
        (
            "how many days of parental leave a year for her and for me",
            "en",
            "at least 10 days a year each",
        ),
    ],
)
async def test_parental_leave_days_are_each_parents(text: str, lang: str, each: str) -> None:
    """Jinan clause 11: "the parents … are each entitled to … no less than 10 days … per year"."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**FATHER_C01, "language": lang}
    )
    assert each in reply, reply


# --- 6. paternity leave: no window in the plan, so never "已过" -------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我老婆产假多少天 我有陪产假吗", "zh"),
        ("陪产假还能休吗", "zh"),
        ("do I still get paternity leave?", "en"),
        ("how many days of paternity leave for me", "en"),
    ],
)
async def test_paternity_leave_is_not_declared_past(text: str, lang: str) -> None:
    """Jinan clause 11 gives the spouse at least 15 days of paternity leave and sets no period
    to take it in: a birth 13 months ago does not make it "已过" by counting it inside the 158
    days of maternity leave (tester 33 c01, c02); the employer decides."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**FATHER_C01, "language": lang}
    )
    assert ("陪产假" if lang == "zh" else "aternity leave") in reply, reply
    assert not any(
        w in reply for w in ("陪产假已过", "按产假期计", "is past", "within the maternity leave")
    ), reply
    assert ("用人单位" if lang == "zh" else "employer") in reply, reply


# --- 5. "so Beijing has no monthly money, right?": yes, and what clause (12) does say ---------

# Tester 33 c06: living in Beijing, an eldest of 6 and a baby a month old.
BEIJING_C06 = {
    "city": "beijing",
    "children": [
        {**UNDATED, "birth_date": "2020-06-01"},
        {**UNDATED, "birth_date": "2026-10-28", "precision": "day"},
    ],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "yes"),
    [
        ("就是说北京没有每个月发钱的那种是吧", "zh", "对"),
        ("北京是不是没有按月发的育儿补贴", "zh", "对"),
        ("北京没有育儿补贴对吧", "zh", "对"),
        ("so Beijing has no monthly childcare subsidy, right?", "en", "Yes"),
        # a bare negative question is answered "No" (tester 50 P24: "So no cash at all in Beijing?")
        ("so there's no monthly cash in beijing?", "en", "No"),
    ],
)
async def test_beijing_has_no_monthly_cash_said_plainly(text: str, lang: str, yes: str) -> None:
    """Beijing's plan sets no monthly cash amount; clause (12) only says a family upbringing
    subsidy system will gradually be established: a yes to "no monthly money, right?", with
    that clause, never "无法据此回答能不能" (tester 33 c06)."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**BEIJING_C06, "language": lang}
    )
    assert reply.startswith(yes), reply
    assert "(12)" in reply, reply
    assert ("逐步建立" if lang == "zh" else "gradually establish") in reply, reply
    assert "无法据此回答能不能" not in reply and "cannot say yes or no" not in reply, reply


# --- 7. leave asked by someone with no employer --------------------------------------------

# Tester 33 c05: Jinan hukou, pregnant with the second child due March 2027, an eldest of 3½;
# she is flexibly employed and pays the employees' medical insurance herself.
PREGNANT_C05 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [
        {**UNDATED, "birth_date": "2023-06-01"},
        {**UNDATED, "birth_date": "2027-03-01", "expected": True},
    ],
    "birth_insurance": "flexible_employment",
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang", "silent", "cover"),
    [
        ("我老公上班的 他能休几天 我灵活就业有产假吗", "zh", "方案没有写", "报销50%"),
        ("我是自由职业 没有单位 产假怎么算", "zh", "方案没有写", "报销50%"),
        (
            "I'm self-employed, do I get maternity leave?",
            "en",
            "does not say how it applies",
            "50%",
        ),
    ],
)
async def test_leave_without_an_employer_is_what_the_plan_leaves_open(
    text: str, lang: str, silent: str, cover: str
) -> None:
    """Jinan clause 11's 158 days are leave from an employer ("regarded as an attendance
    period, with the same salary"); for a flexibly employed woman with no employer the plan
    does not say: said, with the lead department, and her delivery cover (clause 15: 50%)."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**PREGNANT_C05, "language": lang}
    )
    assert "158" in reply and silent in reply and cover in reply, reply
    assert not reply.startswith(VERDICTS), reply  # no "能。" before what the plan leaves open
    assert ("济南市卫生健康委员会" if lang == "zh" else "Municipal Health Commission") in reply, (
        reply
    )


# --- 4. before the birth: the coming child's subsidy, not yet; the after-birth deadline ------


@pytest.mark.parametrize(
    ("text", "lang", "not_yet"),
    [
        ("那我现在能先申请补贴吗 还没生呢", "zh", "现在还不能"),
        ("孩子还没出生 现在能申请育儿补贴吗", "zh", "现在还不能"),
        ("can I apply for the subsidy now? the baby isn't born yet", "en", "Not yet"),
    ],
)
async def test_subsidy_asked_before_the_birth_is_the_coming_childs(
    text: str, lang: str, not_yet: str
) -> None:
    """Jinan clause 12: the 600 a month is the coming 2nd child's and starts with the birth;
    not the eldest's "不能" (tester 33 c05)."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**PREGNANT_C05, "language": lang}
    )
    assert reply.startswith(not_yet), reply
    assert ("第2个孩子" if lang == "zh" else "child 2") in reply, reply
    assert "第1个孩子" not in reply and "child 1" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang", "deadline"),
    [
        ("生完以后我要办啥 有没有啥时间限制的别耽误了", "zh", "须在2027年9月1日前办理"),
        ("孩子生了以后 上医保啥的有没有期限", "zh", "须在2027年9月1日前办理"),
    ],
)
async def test_after_the_birth_the_insurance_deadline_leads(
    text: str, lang: str, deadline: str
) -> None:
    """Jinan clause 15: enrol the newborn in resident medical insurance within 6 months of the
    birth; asked what has a deadline after the birth, that deadline is said, with no "能。"."""
    from actions.answers import ActionAnswerPolicyQuestion

    reply, _, _ = await run(
        ActionAnswerPolicyQuestion(), text, "ask_policy", **{**PREGNANT_C05, "language": lang}
    )
    assert deadline in reply and "6个月" in reply, reply
    assert not reply.startswith(VERDICTS), reply
