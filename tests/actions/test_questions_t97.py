"""Tester 97's conversations (stop 62), asked again: a hotline worker's caller whose 2nd child's
600 has ended and whose 3rd child is paid 800, asking what the family gets in all."""

from datetime import date

import pytest

from actions import clock
from actions.answers import ActionRouteUnclear
from tests.actions.test_questions_t33c import says
from tests.actions.test_questions_t77_t78 import hotline_case

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize(
    "text", ["一共多少钱", "老二老三的育儿补贴加起来一共多少", "那这家两个孩子加起来总共能拿多少钱"]
)
async def test_a_callers_family_total_adds_the_ended_and_the_paid_child(text: str) -> None:
    """A Jinan caller's 2nd child born 14 February 2023 (no benefits then) and 3rd born August
    2025 while the mother drew unemployment insurance benefits. "一共多少钱": 800 a month now
    (the 3rd child only); over the whole periods 21,600 for the 2nd (stopped 14 February 2026)
    and 28,800 for the 3rd, 50,400 in all (Jinan clause 12). Tester 97 i9 was told "这个我帮不上
    忙" and got the 3rd child's sum alone."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": None, "precision": None},
            {"birth_date": "2023-02-14", "precision": "day", "hardship_at_birth": False},
            {"birth_date": "2025-08-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    reply = await says(ActionRouteUnclear(), text, "out_of_scope", slots)
    assert "现在每月800元（第3个孩子）" in reply, reply
    assert "第2个孩子21,600元（已于2026年2月14日停发）＋第3个孩子28,800元＝50,400元" in reply
    assert "帮不上忙" not in reply


async def test_a_third_child_imagined_beside_a_benefit_now_gets_that_childs_money() -> None:
    """A Jinan family whose 2nd child, born March 2023 with no benefits then, turned 3. "那我现在在
    领失业金 要是明年生老三 是不是一个月能拿800": unemployment benefit noted now, then the 3rd child
    imagined: 800 a month if the family is on such benefits at that birth, else 600 (Jinan
    clause 12), never "不对…只有第2个孩子符合条件" of the 2nd child's ended 600 (tester 97 c3)."""
    from actions.conversation import ActionHandleCorrection

    children = [
        {"birth_date": "2019-01-01", "precision": "year"},
        {"birth_date": "2023-03-01", "precision": "month", "hardship_at_birth": False},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_now": False,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
    }
    reply = await says(
        ActionHandleCorrection(),
        "那我现在在领失业金 要是明年生老三 是不是一个月能拿800",
        "correct",
        slots,
    )
    assert "第3个孩子：600+200=800元/月" in reply, reply
    assert "只有第2个孩子符合条件" not in reply
    assert slots["hardship_now"] is True


@pytest.mark.parametrize(
    ("text", "money"),
    [
        (
            "来电 女 济南户口 老二23年5月生 问补贴",
            "第2个孩子：每月600元，从出生发到满3周岁（2026年5月1日）",
        ),
        ("来电 男 济南户口 老二去年3月生的 补贴能领吗", "第2个孩子：每月600元"),
    ],
)
async def test_a_call_asking_of_the_subsidy_gets_the_callers_600(text: str, money: str) -> None:
    """A worker writes up a call: "来电 女 济南户口 老二23年5月生 问补贴". The subsidy asked is
    Jinan clause 12's 600 a month for the 2nd child, said with its end (her third birthday, May
    2026, when it stopped), never a list of other items (tester 97 e5)."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.household_form import ValidateHouseholdForm
    from tests.actions.conftest import DOMAIN, texts
    from tests.actions.test_questions_t33c import worker

    dispatcher = CollectingDispatcher()
    tracker = worker(text, "inform", language="zh")
    await ValidateHouseholdForm().get_extraction_events(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert money in reply, reply
    assert "同校就读" not in reply


def twins_beside_a_grandson(**more: object) -> dict[str, object]:
    """A Jinan hukou family: the eldest born 2019, twins born February 2026 (the 2nd and 3rd
    children, 600 a month each until February 2029, Jinan clause 12), no benefits at the
    births, the answer shown."""
    children = [
        {"birth_date": "2019-06-01", "precision": "month"},
        {"birth_date": "2026-02-01", "precision": "month", "hardship_at_birth": False},
        {"birth_date": "2026-02-01", "precision": "month", "hardship_at_birth": False},
    ]
    return {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "jinan.childcare_subsidy",
        **more,
    }


async def test_until_when_where_and_who_may_apply_are_all_answered() -> None:
    """A grandmother of twins born February 2026. "那600的补贴能领到啥时候 要去哪个部门办 俺儿子
    上班忙 俺去办行不": paid until 1 February 2029; the plan gives no procedure, the lead
    department is the Municipal Health Commission; and it does not say whether relatives may
    apply (Jinan clause 12). Tester 97 b2 got the steps alone."""
    from actions.results import ActionNextSteps

    reply = await says(
        ActionNextSteps(),
        "那600的补贴能领到啥时候 要去哪个部门办 俺儿子上班忙 俺去办行不",
        "ask_next_steps",
        twins_beside_a_grandson(),
    )
    assert "至2029年2月1日" in reply, reply
    assert "济南市卫生健康委员会" in reply
    assert "能否由家人代为办理" in reply
    assert reply.count("育儿补贴怎么办理") == 1


async def test_an_enrolment_right_after_the_first_month_answers_the_window() -> None:
    """The twins' insurance asked about. "孩子医保是满月后就办了的": enrolled within six months of
    birth, so that year's contribution is paid in full (Jinan clause 15), never "孩子是在期限内参保
    的吗？" asked again (tester 97 b2)."""
    from actions.enrolled import enrolment_told

    assert enrolment_told("孩子医保是满月后就办了的")
    assert enrolment_told("生下来就上了")


def test_whose_card_the_money_goes_to_after_the_insurance_is_the_subsidys() -> None:
    """A grandmother whose daughter's 2nd child gets 800 a month, the grandparents' care
    insurance just discussed (no money paid to anyone). "钱是打到谁卡上 俺们能替闺女去办不": the
    money is the childcare subsidy (Jinan clause 12), whose claimant and account the plan does
    not name (tester 97 j10 got the insurance's silence)."""
    from actions.who_applies import who_or_where_answer
    from tests.actions.test_questions_t33c import worker

    children = [
        {"birth_date": "2020-01-01", "precision": "year"},
        {"birth_date": "2026-02-09", "precision": "day", "hardship_at_birth": True},
    ]
    tracker = worker(
        "钱是打到谁卡上 俺们能替闺女去办不",
        "nlu_fallback",
        language="zh",
        city="jinan",
        hukou_in_city=True,
        children=children,
        children_partial=children,
        result_shown=True,
        topic_entry="jinan.grandparents_ltc_insurance_subsidy",
    )
    found = who_or_where_answer(tracker, "钱是打到谁卡上 俺们能替闺女去办不", "zh")
    assert found is not None
    assert found[1].id == "jinan.childcare_subsidy"
    assert "育儿补贴" in found[0] and "济南市卫生健康委员会" in found[0]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("现在还在北京呢 没迁 那现在一共能享受啥", "nlu_fallback"),
        ("我们现在是北京户口 住在北京 能享受哪些", "ask_policy"),
        ("so what can we get", "nlu_fallback"),
    ],
)
async def test_what_a_beijing_family_can_get_is_its_list_of_items(text: str, intent: str) -> None:
    """A Beijing hukou family, the eldest 3½, the 2nd born 3 November 2026. "那现在一共能享受啥":
    the items Beijing's plan gives it (leave, the under-3 income-tax deduction, free transit
    under 1.3 m, the one-stop birth registration), never "没太明白" nor Beijing's no to a
    subsidy alone (tester 97 f6)."""
    from actions.answers import ActionAnswerPolicyQuestion, ActionRouteUnclear

    children = [
        {"birth_date": "2023-06-01", "precision": "month", "approx": "3岁半"},
        {"birth_date": "2026-11-03", "precision": "day"},
    ]
    slots = {
        "language": "en" if text.isascii() else "zh",
        "city": "beijing",
        "hukou_in_city": True,
        "children": children,
        "children_partial": children,
        "result_shown": True,
        "topic_entry": "beijing.childcare_subsidy_system",
    }
    action = ActionRouteUnclear() if intent == "nlu_fallback" else ActionAnswerPolicyQuestion()
    reply = await says(action, text, intent, slots)
    assert "个税专项附加扣除" in reply or "income-tax" in reply.lower(), reply


async def test_whether_the_husband_has_paternity_leave_is_yes_its_timing_open() -> None:
    """The 2nd child born 8 October 2024. "我老公有陪产假吗": he has it (at least 15 days, Jinan
    clause 11); only whether it can still be taken two years on is open, and the plan does not
    say that the employer decides it (tester 97 a1 read "说不准。" as no leave; tester 95 heard
    "由用人单位决定")."""
    from actions.answers import ActionAnswerPolicyQuestion

    children = [
        {"birth_date": "2019-01-01", "precision": "year"},
        {"birth_date": "2024-10-08", "precision": "day", "hardship_at_birth": False},
    ]
    slots = {
        "language": "zh",
        "city": "jinan",
        "hukou_in_city": True,
        "hardship_at_birth": False,
        "children": children,
        "children_partial": children,
        "result_shown": True,
    }
    reply = await says(ActionAnswerPolicyQuestion(), "我老公有陪产假吗", "ask_policy", slots)
    assert reply.startswith("有这项假，但现在是否还可以休说不准。"), reply
    assert "不少于15天" in reply and "第11条" in reply
    assert "由用人单位决定" not in reply


def test_twins_born_in_the_lunar_twelfth_month_are_dated_by_the_lunar_calendar() -> None:
    """ "大孙子今年6岁了 去年腊月又生了对双胞胎": the twins' solar month is worked out from the lunar
    one (February 2026), so the note says so, never that it was worked out from an age (tester
    97 b2); the grandson's date is from his age."""
    from actions.household_form import accepted_updates
    from actions.render import precision_note

    updates = accepted_updates("大孙子今年6岁了 去年腊月又生了对双胞胎 都是济南户口", {}, TODAY)[0]
    note = precision_note(updates["children_partial"], "zh") or ""
    assert "第2个孩子、第3个孩子的出生日期是按农历推算的公历月份" in note, note
    assert "第1个孩子的出生日期是按年龄推算的" in note


async def test_a_callers_family_total_with_one_child_paid_names_the_others_none() -> None:
    """A caller's 3rd child born January 2024 on dibao (800 a month until 1 January 2027, Jinan
    clause 12), the 1st born 2015 and the 2nd 2020. "这家一共能领多少 现在每月多少": 800 a month
    now and 28,800 over the whole time, the elder two getting none (tester 98 p9 got the 200's
    refusals of the elder two)."""
    slots = hotline_case(
        "zh",
        [
            {"birth_date": "2015-01-01", "precision": "year"},
            {"birth_date": "2020-01-01", "precision": "year"},
            {"birth_date": "2024-01-01", "precision": "month", "hardship_at_birth": True},
        ],
    )
    reply = await says(ActionRouteUnclear(), "这家一共能领多少 现在每月多少", "nlu_fallback", slots)
    assert "现在每月800元（第3个孩子）" in reply, reply
    assert "第3个孩子28,800元" in reply and "第1个孩子、第2个孩子没有这项补贴" in reply
