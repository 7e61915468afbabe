"""Testers 128 and 130–132: hotline calls asked again on 7 December 2026. Twins of a first
birth asked about two measures at once, a closed window to enrol whose enrolment is not yet
told, an enrolment told by its month, the parental leave asked "until when", a caller's own
loan cell and grandparents' insurance, a measured child's free ride, the hotline's number,
and a caller's own delivery figure beside her sister's."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from actions.focus import asked_measure
from tests.actions.test_questions_t33c import says

TODAY = date(2026, 12, 7)
TWINS = "caller 2: jinan hukou, twins born 3 sept 2025, they're the family's first kids."


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


async def test_twins_asked_two_measures_at_once_hear_each_childs_answer_to_both() -> None:
    """Clause 12 (600 a month to a 2nd or 3rd child until 3) and clause 15 (a 2nd or 3rd child
    enrolled within 6 months of birth has that year's contribution paid): twins born 3 Sep 2025
    are the 1st and 2nd child. Both measures are answered for each twin; the window closed on 3
    Mar 2026, and whether the twins were enrolled in time is not told, so no flat "No." (tester
    130 p8 heard only the insurance, opened with "Yes, it counts", and a read-out that the 2nd
    twin "does not get" it)."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        f"hotline operator here (12345). {TWINS} do the twins get the childcare subsidy and is "
        "the newborns' resident medical insurance contribution covered",
        "ask_policy",
        slots,
    )
    assert "Childcare subsidy (child 2): 600 yuan/month" in reply, reply
    assert "paid until 3 Sep 2028" in reply, reply
    assert "child 2: only if enrolled in time" in reply, reply
    assert "ended 3 March 2026" in reply, reply
    assert "child 2 does not get" not in reply, reply
    assert "Yes, it counts" not in reply, reply
    # "newborns'" names the measure, not a third child born this month
    assert len(slots["hotline_case"]["children_partial"]) == 2, slots["hotline_case"]


@pytest.mark.parametrize(
    ("asked", "lang", "opens"),
    [
        (
            f"hotline operator here (12345). {TWINS} is the newborns' resident medical "
            "insurance contribution covered?",
            "en",
            "Only if enrolled in time: The 6-month window to enrol ended 3 March 2026.",
        ),
        (
            "12345热线 来电人：济南户口 双胞胎2025年9月3号生的 是头胎 孩子居民医保个人缴费能免吗",
            "zh",
            "要看是否按时参保：出生后6个月的参保期限已于2026年3月3日结束。",
        ),
        (
            "12345热线 来电人：济南户口 双胞胎2025年9月3号生的 是头胎 孩子居民医保个人缴费现在还能免吗",
            "zh",
            "不能。出生后6个月的参保期限已于2026年3月3日结束。",
        ),
    ],
)
async def test_a_closed_window_depends_on_enrolment_unless_now_is_asked(
    asked: str, lang: str, opens: str
) -> None:
    """Clause 15: enrolled within six months of birth, that year's contribution is paid. The
    window of twins born 3 Sep 2025 closed on 3 Mar 2026: whether they had it depends on when
    they were enrolled, which the caller has not said; joining now, they do not."""
    slots: dict[str, Any] = {"language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    assert reply.startswith(opens), reply


@pytest.mark.parametrize(
    ("case", "enrolled", "lang", "expected"),
    [
        (
            f"hotline operator here (12345). {TWINS} is the newborns' resident medical "
            "insurance contribution covered?",
            "they DID enroll the twins in resident insurance in october 2025",
            "en",
            "Yes. Child 2 joined within 6 months of birth (at 1 month)",
        ),
        (
            "12345热线 来电人：济南户口 双胞胎2025年9月3号生的 是头胎 孩子居民医保个人缴费能免吗",
            "25年10月给他们办的医保",
            "zh",
            "能。",
        ),
    ],
)
async def test_an_enrolment_told_by_its_month_decides_the_window(
    case: str, enrolled: str, lang: str, expected: str
) -> None:
    """Twins born 3 Sep 2025, enrolled in October 2025: within the six months of clause 15, so
    that year's contribution of the 2nd twin is paid (tester 130 p8 was told the window had
    closed)."""
    slots: dict[str, Any] = {"language": lang}
    answers = ActionAnswerPolicyQuestion()
    await says(answers, case, "ask_policy", slots)
    reply = await says(answers, enrolled, "ask_policy", slots)
    assert reply.startswith(expected), reply
    assert "第15条" in reply or "clause 15" in reply, reply


@pytest.mark.parametrize(
    ("asked", "lang", "until"),
    [
        (
            "hotline operator here (12345). caller 1: jinan hukou, 2nd child born 15 jan 2024. "
            "how many days parental leave do she and her husband get each year and until when",
            "en",
            "Each parent gets at least 10 days of parental leave a year until the child turns "
            "3, on 15 Jan 2027 (clause 11).",
        ),
        (
            "12345热线 来电人 济南户口 老二2024年1月15号生的 育儿假每年几天 能休到什么时候",
            "zh",
            "父母每人每年不少于10天育儿假，到孩子满3周岁为止，即2027年1月15日（第11条）。",
        ),
    ],
)
async def test_parental_leave_asked_until_when_ends_on_the_third_birthday(
    asked: str, lang: str, until: str
) -> None:
    """Clause 11: parents of a child under 3 each get at least 10 days of parental leave a
    year. For a child born 15 Jan 2024 that runs until 15 Jan 2027 (tester 130 p8 heard the
    days and not the end it asked for)."""
    slots: dict[str, Any] = {"language": lang}
    reply = await says(ActionAnswerPolicyQuestion(), asked, "ask_policy", slots)
    assert until in reply, reply


async def test_a_first_childs_600_and_the_grandparents_insurance_are_both_no() -> None:
    """Clause 12 (600 a month) and clause 15 (grandparents' care insurance) are for a 2nd or
    3rd child: a caller whose first child was born in August 2025 hears no to both, each with
    its clause (tester 128 p9 heard the plan's silence on back pay and nothing of the
    grandparents)."""
    slots: dict[str, Any] = {"language": "zh"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "12345热线 来电人C 济南户口 头胎 2025年8月出生 能不能领600 爷爷奶奶长护险能不能补",
        "ask_policy",
        slots,
    )
    assert reply.startswith("不能。育儿补贴（第1个孩子）"), reply
    assert "不能。祖父母参加长期护理保险个人缴费全额补贴" in reply, reply
    assert "第12条" in reply and "第15条" in reply, reply


async def test_a_callers_loan_and_grandparents_insurance_are_the_callers_own() -> None:
    """Clause 14: a family of three children with one housing-fund payer may borrow up to
    600,000 yuan for a first home; clause 15: the grandparents of a 3rd child born 10 Feb 2023
    have that year's care-insurance contribution paid, the plan not saying which year (tester
    128 p10 was read the whole loan table and the rule)."""
    slots: dict[str, Any] = {"language": "en"}
    answers = ActionAnswerPolicyQuestion()
    await says(
        answers,
        "hotline operator here. caller 1: jinan hukou, 3rd child born 10 Feb 2023, dad on "
        "unemployment benefit at birth; per month and until when + clause + read-out",
        "ask_policy",
        slots,
    )
    reply = await says(
        answers,
        "back to caller 1: only mom pays housing fund, first home loan max? grandma joining "
        "long-term care insurance now, covered?",
        "ask_policy",
        slots,
    )
    assert (
        "With 3 children and 1 paying into the housing fund, this family can borrow up to "
        "600,000 yuan" in reply
    ), reply
    assert "900,000" not in reply, reply
    assert "does not say which year" in reply, reply


@pytest.mark.parametrize(
    ("turns", "lang", "verdict"),
    [
        (
            [
                "12345热线 来电人B 北京的 孩子身高一米三二 问坐地铁还免费吗",
                "回到来电人B 孩子一米三二 到底还免不免费 给个明确说法我好念",
            ],
            "zh",
            "不能。孩子身高132厘米，已达到限高，需要购票。（第(12)条）",
        ),
        (
            ["hotline here. caller in beijing, her boy is 1.25m, does he ride the subway free?"],
            "en",
            "Yes. At 125 cm the child is under the limit and rides buses and subways free.",
        ),
    ],
)
async def test_a_callers_measured_child_hears_its_own_free_ride_answer(
    turns: list[str], lang: str, verdict: str
) -> None:
    """Beijing (12): children under 1.3 m ride free. A caller's child of 1.32 m is not under
    it; one of 1.25 m is (tester 132 p9 heard the rule twice and never the caller's no)."""
    slots: dict[str, Any] = {"language": lang}
    answers = ActionAnswerPolicyQuestion()
    for turn in turns:
        reply = await says(answers, turn, "ask_policy", slots)
        assert reply.startswith(verdict), reply


async def test_the_hotlines_number_is_no_sum_put_back() -> None:
    """ "hotline operator here (12345)": the line's number, not 12,345 yuan put back; the
    caller's ceiling is clause 14's 1,000,000 for 3 children and 2 payers (tester 131 p10 heard
    "No, not 12,345 yuan")."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "hotline operator here (12345). caller 1: jinan family, 3rd child born feb 2025, husband "
        "and wife both pay into housing provident fund, buying first home. max HPF loan?",
        "ask_policy",
        slots,
    )
    assert "12,345" not in reply, reply
    assert reply.startswith("With 3 children and 2 paying into the housing fund"), reply
    assert "1,000,000 yuan" in reply, reply


async def test_a_caller_on_resident_insurance_hears_her_own_delivery_figure() -> None:
    """Clause 15: resident medical insurance pays a fixed 3,000 yuan for a hospital delivery;
    flexibly employed women under employee insurance get 50 %. The caller is on resident
    insurance, her sister flexibly employed (tester 131 p10 was given her sister's 50 %)."""
    slots: dict[str, Any] = {"language": "en"}
    reply = await says(
        ActionAnswerPolicyQuestion(),
        "hotline operator here. caller 2: jinan woman, resident medical insurance (not "
        "employee), giving birth in hospital next month. how much does insurance pay for "
        "delivery? her sister is flexibly employed under employee basic med insurance, what "
        "rate for her?",
        "ask_policy",
        slots,
    )
    assert reply.startswith("For this caller: 3,000 yuan."), reply


@pytest.mark.parametrize(
    "text", ["不对 老大6岁了 不是三岁半 记错了 那老大能补不", "那老二也能领吗"]
)
def test_a_childs_money_asked_in_a_word_is_the_monthly_subsidy(text: str) -> None:
    """ "那老大能补不" after a correction asks of the eldest's money: Jinan clause 12's 600 a
    month, not the under-3 tax deduction (tester 133 p1 heard "能" of the deduction)."""
    asked = asked_measure(text, "jinan", "zh")
    assert asked is not None and asked.id == "jinan.childcare_subsidy"
