"""Tester round 50, hotline mode (fix-t51b): several callers, each with its own city and facts.
Each test: the hotline case known so far (the slots), what the worker wrote, what the reply
must and must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest

from actions import clock
from tests.actions.conftest import hotline_turn

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def child(born: str | None, precision: str | None = "month", **more: Any) -> dict[str, Any]:
    return {"birth_date": born, "precision": precision if born else None, "height_cm": None, **more}


# ------------------------------------- 1. a date inside a confirmation (50 P04)
# The last caller of e08: a Jinan dad, twins born June 2025 beside an older child (4), the
# family on dibao at the birth, Jinan hukou said.
TWINS_ON_DIBAO: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "hukou_in_city": True,
        "children_partial": [
            child(None),
            child("2025-06-01", hardship_at_birth=True),
            child("2025-06-01", hardship_at_birth=True),
        ],
    },
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so 1600 a month total until June 2028, right? and the older one gets nothing?", "en"),
        ("1,600 a month in total till 2028.6, correct? the eldest gets nothing?", "en"),
        ("两个一共一个月1600 到2028年6月 对吧 老大没有吧", "zh"),
        ("合计1600一个月 发到28年6月是吧 大的那个没有吧", "zh"),
    ],
)
def test_a_right_sum_and_end_date_put_back_are_confirmed_and_the_eldest_answered(
    text: str, lang: str
) -> None:
    """Jinan clause 12: the twins are the 2nd and 3rd child, each 600 + 200 (dibao at the
    birth) = 800 a month until they turn 3 on 1 June 2028: 1,600 a month together. The worker
    has it right: yes first, never the year 2028 taken for 2,028 yuan. The eldest asked about
    gets nothing: clause 12 is for 2nd and 3rd children only."""
    said, _ = hotline_turn(text, lang, **TWINS_ON_DIBAO)
    if lang == "zh":
        assert said.startswith("对"), said
        assert "2,028" not in said and "不对" not in said, said
        assert "1,600元" in said and "2028年6月1日" in said and "第12条" in said, said
        assert "老大没有" in said, said
    else:
        assert said.startswith("Yes"), said
        assert "2,028" not in said and "No" not in said.split("\n")[0][:3], said
        assert "1,600 yuan" in said and "1 Jun 2028" in said and "clause 12" in said, said
        assert "not the eldest" in said.lower() or "not child 1" in said.lower(), said


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("so 1600 a month until June 2027, right?", "en", "June 2027"),
        ("一个月合计1600 到27年6月对吧", "zh", "2027年6月"),
        ("so 1200 a month total until June 2028, right?", "en", "1,200"),
    ],
)
def test_a_wrong_end_date_or_sum_put_back_is_named(text: str, lang: str, wrong: str) -> None:
    """Clause 12 as above: the end is 1 June 2028 and the sum 1,600 a month. A wrong end or a
    wrong sum put back gets no, with the one that is wrong named and the right one given."""
    said, _ = hotline_turn(text, lang, **TWINS_ON_DIBAO)
    assert said.startswith("不对" if lang == "zh" else "No"), said
    assert wrong in said.split("\n")[0], said
    assert ("2028年6月1日" if lang == "zh" else "1 Jun 2028") in said, said


# ------------------------------------- 2. two callers numbered in one message (50 P10)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "hotline here. caller 1: Jinan, third child born Jan 2024, mum was on dibao then. "
            "caller 2: Beijing, first child, asks about paternity leave",
            "en",
        ),
        (
            "我是热线的 来电1：济南，老三2024年1月生的，生的时候妈妈在领低保。"
            "来电2：北京，头胎，问陪产假",
            "zh",
        ),
    ],
)
def test_each_numbered_caller_is_answered_with_its_own_city(text: str, lang: str) -> None:
    """Caller 1 (Jinan): the 3rd child born January 2024 on dibao gets 600 + 200 = 800 a month
    until 1 January 2027 (Jinan clause 12), the Jinan hukou still to check. Caller 2
    (Beijing): the leave (Beijing clause (12)). Each under its own label; caller 1's money
    never left out for the leave, and the case kept is caller 2's with caller 1's behind it."""
    said, set_ = hotline_turn(text, lang, hotline_city="any")
    if lang == "zh":
        one, _, two = said.partition("来电2：")
        assert one.startswith("来电1：") and "800元" in one and "2027年1月1日" in one, said
        assert "第12条" in one and "济南户籍" in one, said
        assert "北京" in two and "陪产假" in two and "第12条" not in two.split("\n")[0], said
    else:
        one, _, two = said.partition("Caller 2:")
        assert one.startswith("Caller 1:") and "800 yuan" in one and "1 Jan 2027" in one, said
        assert "clause 12" in one and "Jinan hukou" in one, said
        assert "Beijing" in two and "paternity" in two, said
    case = set_["hotline_case"]
    assert case["city"] == "beijing" and case["previous_case"]["city"] == "jinan", set_


# The case after that message: caller 2's (Beijing, first child), caller 1's kept behind it.
CALLER_1: dict[str, Any] = {
    "caller_no": 1,
    "city": "jinan",
    "children_partial": [child(None), child(None), child("2024-01-01", hardship_at_birth=True)],
    "children_count": 3,
}
TWO_CALLERS: dict[str, Any] = {
    "hotline_city": "beijing",
    "reply_brief": True,
    "topic_entry": "beijing.leave_entitlements",
    "hotline_case": {"caller_no": 2, "city": "beijing", "previous_case": CALLER_1},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "caller 1 is asking about the childcare subsidy money, not leave. "
            "how much and until when?",
            "en",
        ),
        ("the first caller wants the monthly subsidy, how much and till when?", "en"),
        ("来电1问的是育儿补贴 不是假期 每月多少 发到什么时候", "zh"),
        ("第一个来电问的是育儿补贴 一个月多少钱 到哪天", "zh"),
    ],
)
def test_a_caller_named_back_is_answered_from_its_own_case(text: str, lang: str) -> None:
    """Caller 1 named back after caller 2's Beijing: Jinan clause 12 for caller 1's 3rd child
    (800 a month until 1 January 2027), never Beijing's subsidy system to be established."""
    said, set_ = hotline_turn(text, lang, **TWO_CALLERS)
    if lang == "zh":
        assert "800元" in said and "2027年1月1日" in said and "第12条" in said, said
        assert "北京" not in said, said
    else:
        assert "800 yuan" in said and "1 Jan 2027" in said and "clause 12" in said, said
        assert "Beijing" not in said, said
    assert set_["hotline_city"] == "jinan", set_
    assert set_["hotline_case"]["city"] == "jinan", set_
    assert set_["hotline_case"]["previous_case"]["city"] == "beijing", set_


# ------------------------------------- 3. two callers asked together (50 P12)
# The call before: a Jinan caller's 2nd child born February 2023.
CALL_BEFORE: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy",
    "hotline_case": {"city": "jinan", "children_partial": [child(None), child("2023-02-01")]},
    "hotline_birth": "2023-02",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "不好意思又来一个 两个来电一起问 第一个济南 孩子(5岁)(2岁) 小的24年9月生 生的时候领特困 "
            "第二个济南 只有一个孩子1岁 问有没有补贴",
            "zh",
        ),
        (
            "两个来电 第一个：济南 老二2024年9月生的 生的时候在领特困 第二个：济南 只有一个孩子 1岁 "
            "有补贴吗",
            "zh",
        ),
        (
            "two callers at once. caller 1: Jinan, 2nd child born Sep 2024, on special hardship "
            "support at the birth. caller 2: Jinan, only one child aged 1, any subsidy?",
            "en",
        ),
    ],
)
def test_two_callers_asked_together_each_get_their_figure(text: str, lang: str) -> None:
    """Jinan clause 12. Caller 1: the child born September 2024 while on special hardship
    support gets 600 + 200 = 800 a month until 1 September 2027, the hukou still to check.
    Caller 2: an only child gets nothing, clause 12 is for 2nd and 3rd children. Both
    answered, neither with the whole clause text, the call before's child not carried over."""
    said, set_ = hotline_turn(text, lang, **CALL_BEFORE)
    if lang == "zh":
        one, _, two = said.partition("来电2：")
        assert "800元" in one and "2027年9月1日" in one and "第12条" in one, said
        assert "济南户籍" in one, said
        assert two.startswith("没有") and "第2个、第3个孩子" in two and "第12条" in two, said
        assert "按政策生育的二孩、三孩家庭" not in said, said
    else:
        one, _, two = said.partition("Caller 2:")
        assert "800 yuan" in one and "1 Sep 2027" in one and "clause 12" in one, said
        assert "Jinan hukou" in one, said
        assert two.strip().startswith("No") and "clause 12" in two, said
        assert "under the birth policy" not in said, said
    assert "2023-02-01" not in str(set_["hotline_case"]), set_


# ------------------------------------- 4. twins on dibao, the total asked (50 P11)
BEIJING_GRANDMA: dict[str, Any] = {
    "hotline_city": "beijing",
    "reply_brief": True,
    "hotline_case": {"city": "beijing", "children_partial": [child("2024-03-01")]},
    "hotline_birth": "2024-03",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ok so no for her. Last one: Jinan dad, twins born 2025.6 beside an older kid (4), "
            "on dibao at the birth. Total per month?",
            "en",
        ),
        ("下一个来电 济南的爸爸 老大4岁 2025年6月生了双胞胎 生的时候在领低保 一个月一共多少", "zh"),
    ],
)
def test_twins_on_dibao_beside_an_older_child_get_their_monthly_total(text: str, lang: str) -> None:
    """Jinan clause 12: twins after an older child are the 2nd and 3rd child, each 600 + 200
    (dibao at the birth) = 800 a month, 1,600 together, until they turn 3 on 1 June 2028;
    the older child gets nothing; it needs Jinan hukou, which the worker has not said."""
    said, _ = hotline_turn(text, lang, **BEIJING_GRANDMA)
    if lang == "zh":
        assert "1,600元" in said and "2028年6月1日" in said and "第12条" in said, said
        assert "老大没有" in said and "济南户籍" in said, said
    else:
        assert "1,600 yuan" in said and "1 Jun 2028" in said and "clause 12" in said, said
        assert "eldest" in said and "Jinan hukou" in said, said


# ------------------------------------- 5. a caller's late enrolment (50 P13)
DIBAO_THIRD: dict[str, Any] = {
    "hotline_city": "jinan",
    "reply_brief": True,
    "topic_entry": "jinan.childcare_subsidy_hardship_supplement",
    "hotline_case": {
        "city": "jinan",
        "children_partial": [
            child(None),
            child(None),
            child("2025-10-01", hardship_at_birth=True),
        ],
    },
    "hotline_birth": "2025-10",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("好 下一个来电 也是济南的 老二23年2月出生 满7个月才参保 医保个人缴费能补吗", "zh"),
        (
            "next caller, jinan too: 2nd child born feb 2023, enrolled in resident medical "
            "insurance at 7 months. is the premium covered?",
            "en",
        ),
    ],
)
def test_a_callers_child_enrolled_after_six_months_gets_no(text: str, lang: str) -> None:
    """Jinan clause 15: the year's individual contribution of a 2nd or 3rd child is paid in
    full when the child joins resident medical insurance within 6 months of birth. Joined at
    7 months: no, the window applied to the caller's child, not the rule alone."""
    said, _ = hotline_turn(text, lang, **DIBAO_THIRD)
    if lang == "zh":
        assert said.startswith("不能") and "6个月" in said and "7个月" in said, said
        assert "第15条" in said, said
    else:
        assert said.startswith("No") and "6 months" in said and "7 months" in said, said
        assert "clause 15" in said, said


# ------------------------------------- 5. a Beijing caller's child medical insurance (50 P14)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ok. next caller: Beijing grandma, grandson born 2024.3, asks if there's subsidy "
            "for the kid's medical insurance",
            "en",
        ),
        ("下一个来电 北京的奶奶 孙子24年3月生的 问孩子医保有没有补贴", "zh"),
    ],
)
def test_a_beijing_callers_child_insurance_subsidy_is_a_no_with_clause_4(
    text: str, lang: str
) -> None:
    """Beijing's plan pays no child's insurance contribution; its clause (4) only handles the
    enrolment jointly with the birth registration. The contribution paid in full is Jinan's
    clause 15, for Jinan only. Never a list of the caller's items."""
    said, set_ = hotline_turn(text, lang, **TWO_CALLERS)
    if lang == "zh":
        assert said.startswith("不能") or said.startswith("没有"), said
        assert "第(4)条" in said and "第15条" in said, said
        assert "目前已经确定" not in said, said
    else:
        assert said.startswith("No"), said
        assert "clause (4)" in said and "clause 15" in said, said
        assert "Certain so far" not in said, said
    assert set_["hotline_case"]["city"] == "beijing", set_
