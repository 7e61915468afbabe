"""Tester 57's conversations (fix-t58c): the family's city and hukou recorded as told. Each test:
the family known so far (the slots), what the citizen wrote, what the reply must and must not
say, and the clause. Today is 3 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from tests.actions.conftest import DOMAIN, day, make_tracker, slot_events, texts, year


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


async def form_reply(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """The household form on `text` (intent inform): the reply and the slots it sets."""
    from actions.household_form import ValidateHouseholdForm

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ValidateHouseholdForm().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


# --- 3. a request for more items is never a statement about housing -------------------------

# Jinan hukou; the eldest born 2020, twins 17 March 2024; two pay into the housing fund and the
# family wants its first flat. The loan ceiling was answered; the form holds "whether you own a
# home in the city" as its next question, not yet put (asked 0).
TWINS_AFTER_THE_LOAN: dict[str, Any] = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [year("2020"), day("2024-03-17"), day("2024-03-17")],
    "birth_insurance": "resident_medical",
    "hardship_at_birth": True,
    "housing_fund_contributors": 2,
    "buying_first_home": True,
    "requested_slot": "owns_home_in_city",
    "pending_question": {"slot": "owns_home_in_city", "side_answers": 0, "asked": 0},
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok and what else we can get? u said u check everything", "en"),
        ("ok, anything else for us?", "en"),
        ("sure and what else is there", "en"),
        ("嗯 其他的呢 还能领啥", "zh"),
        ("好的 还有哪些能享受的", "zh"),
        ("ok", "en"),
        ("嗯", "zh"),
    ],
)
async def test_more_asked_after_the_loan_answer_records_no_home(text: str, lang: str) -> None:
    """Jinan clause 14: the rent withdrawal is for families "who do not own a home in the city
    and are renting". A question the bot never put cannot be answered with "ok", and "what else
    can we get" says nothing about housing: no home is recorded, none is read back."""
    reply, set_ = await form_reply(text, lang, **TWINS_AFTER_THE_LOAN)
    assert "owns_home_in_city" not in set_, (set_, reply)
    assert "自有住房" not in reply.split("\n")[0] and "owning a home" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok and what else we can get?", "en"),
        ("嗯 还有别的吗", "zh"),
    ],
)
async def test_more_asked_after_the_home_question_was_put_is_no_answer(
    text: str, lang: str
) -> None:
    """The question put ("do you own a home in Jinan?"), an acknowledgement followed by a request
    for more items still answers nothing: the home stays unknown."""
    slots = {**TWINS_AFTER_THE_LOAN, "pending_question": {"slot": "owns_home_in_city"}}
    reply, set_ = await form_reply(text, lang, **slots)
    assert "owns_home_in_city" not in set_, (set_, reply)


@pytest.mark.parametrize(
    ("text", "lang", "owns"),
    [("yes", "en", True), ("no we rent", "en", False), ("有", "zh", True), ("没有", "zh", False)],
)
async def test_the_home_question_put_is_answered_by_yes_or_no(
    text: str, lang: str, owns: bool
) -> None:
    """Once put, the question is answered by a plain yes or no as before."""
    slots = {**TWINS_AFTER_THE_LOAN, "pending_question": {"slot": "owns_home_in_city"}}
    reply, set_ = await form_reply(text, lang, **slots)
    assert set_.get("owns_home_in_city") is owns, (set_, reply)


async def policy_reply(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """A question outside the form (intent ask_policy): the reply and the slots it set."""
    from actions.answers import ActionAnswerPolicyQuestion

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    events = await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


async def summary(lang: str, **slots: Any) -> str:
    """The family's summary (action_show_entitlements on "what can we get")."""
    from actions.results import ActionShowEntitlements

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("what can we get", intent="check_eligibility", language=lang, **slots)
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. Jinan hukou, living in Beijing: both recorded, Jinan's 600 from Jinan's plan ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we work in beijing but our hukou still jinan. 2 kids, 1st 2018, 2nd born 2024", "en"),
        ("we live in beijing, hukou in jinan, 2 kids born 2018 and 2024", "en"),
        (
            "our household registration is in Jinan, we live in Beijing. kids born 2018 and 2024",
            "en",
        ),
        ("我们户口在济南 人在北京上班 老大2018年 老二2024年生的", "zh"),
        ("俺们住北京 户口还是济南的 俩娃 2018年和2024年生的", "zh"),
        (
            "we moved to beijing for work but our hukou is still jinan. kids born 2018 and 2024",
            "en",
        ),
        ("我们搬到北京好几年了 户口还在济南 老大2018年 老二2024年生的", "zh"),
    ],
)
async def test_a_jinan_hukou_living_in_beijing_is_recorded_as_told(text: str, lang: str) -> None:
    """The family lives in Beijing (its plan answers what does not read the hukou) and holds
    Jinan hukou (Jinan clause 12 reads "the city's household registration"): both kept and read
    back, never "hukou not in Beijing" alone."""
    reply, set_ = await form_reply(text, lang)
    assert set_.get("city") == "beijing", (set_, reply)
    assert set_.get("hukou_in_city") is False and set_.get("hukou_city") == "jinan", set_
    first = reply.split("\n")[0]
    assert ("济南户口" in first) or ("Jinan hukou" in first), reply
    assert "不是北京户口" not in first and "hukou not in Beijing" not in first, reply


# Living in Beijing; the hukou noted only as "not in Beijing" (as before this fix).
BEIJING_NOT_LOCAL: dict[str, Any] = {
    "city": "beijing",
    "hukou_in_city": False,
    "children": [year("2018"), day("2024-03-12")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("we have jinan hukou", "en"), ("户口还是济南的", "zh"), ("我们是济南户口", "zh")],
)
async def test_a_jinan_hukou_told_after_is_recorded_not_an_unclear_correction(
    text: str, lang: str
) -> None:
    """Tester 57 c06: "we have jinan hukou" got "I did not catch what to change". It is the
    hukou's city, kept beside Beijing where the family lives."""
    reply, set_ = await form_reply(text, lang, **BEIJING_NOT_LOCAL)
    assert set_.get("hukou_city") == "jinan", (set_, reply)
    assert "city" not in set_, set_  # still living in Beijing
    assert "did not catch" not in reply and "没听明白" not in reply, reply


# Living in Beijing with Jinan hukou; the eldest born 2018, the 2nd 12 March 2024.
JINAN_HUKOU_IN_BEIJING: dict[str, Any] = {**BEIJING_NOT_LOCAL, "hukou_city": "jinan"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("济南的600能领吗", "zh"),
        ("老二的育儿补贴能领到什么时候", "zh"),
        ("can we get the jinan 600 for our 2nd?", "en"),
        ("does the jinan childcare subsidy apply to our 2nd child?", "en"),
    ],
)
async def test_jinans_600_is_answered_from_jinans_plan_for_this_family(
    text: str, lang: str
) -> None:
    """Jinan clause 12: "Families with two or three children born after January 1, 2023 ...
    of the city's household registration ... 600 yuan per month per child ... until the child
    reaches the age of 3". The 2nd child born 12 March 2024 gets 600 a month until 12 March
    2027, from Jinan's plan; the plan does not say whether living in Beijing matters, so the
    Municipal Health Commission decides. Never "your city's plan has no such item"."""
    reply, _set = await policy_reply(text, lang, **JINAN_HUKOU_IN_BEIJING)
    assert "600" in reply, reply
    assert ("2027年3月12日" in reply) or ("12 Mar 2027" in reply), reply
    assert ("第12条" in reply) or ("clause 12" in reply), reply
    assert ("住在北京" in reply) or ("living in Beijing" in reply), reply
    assert ("卫生健康委员会" in reply) or ("Health Commission" in reply), reply
    assert "没有这一项" not in reply and "no such item" not in reply, reply
    assert "住在北京不算" not in reply and "does not count" not in reply, reply
    assert not reply.startswith(("能。", "Yes.")), reply  # the yes is the hukou condition's


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "but our hukou is jinan hukou. jinan plan says city household registration, not "
            "where we live, no?",
            "en",
        ),
        ("济南的方案写的是济南户籍 没说要住在济南吧", "zh"),
    ],
)
async def test_whether_living_elsewhere_matters_is_the_plans_silence(text: str, lang: str) -> None:
    """Clause 12 names Jinan household registration and says nothing of residence: said first,
    with the lead department; never clause 7's childcare facilities (tester 57 c06)."""
    reply, set_ = await policy_reply(text, lang, **JINAN_HUKOU_IN_BEIJING)
    assert set_.get("topic_entry") == "jinan.childcare_subsidy", (set_, reply)
    assert ("没有写居住地" in reply) or ("says nothing about where the family lives" in reply), (
        reply
    )
    assert "第7条" not in reply and "clause 7" not in reply, reply


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_summary_of_beijing_adds_jinans_600_naming_its_plan(lang: str) -> None:
    """The summary is Beijing's plan (where the family lives), then Jinan's 600 for the 2nd
    child named as Jinan's plan for its Jinan hukou, with the plan's silence on residence."""
    reply = await summary(lang, **{**JINAN_HUKOU_IN_BEIJING, "result_shown": False})
    beijing = reply.index("按北京的政策" if lang == "zh" else "Under Beijing's plan")
    jinan = reply.index("按济南方案（您家是济南户口）" if lang == "zh" else "From Jinan's plan")
    assert beijing < jinan, reply
    assert "600" in reply[jinan:], reply


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_family_living_where_its_hukou_is_gets_no_other_plan(lang: str) -> None:
    """A Beijing family with Beijing hukou: Beijing's plan alone, no Jinan item."""
    reply = await summary(
        lang, city="beijing", hukou_in_city=True, children=[year("2018"), day("2024-03-12")]
    )
    assert "济南" not in reply and "Jinan" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [("我们搬回济南住了", "zh"), ("we moved back to jinan", "en")],
)
async def test_moving_to_the_city_of_the_hukou_makes_it_local(text: str, lang: str) -> None:
    """Moved to Jinan with Jinan hukou: living there with its hukou, nothing kept apart."""
    _reply, set_ = await form_reply(text, lang, **JINAN_HUKOU_IN_BEIJING)
    assert set_.get("city") == "jinan" and set_.get("hukou_in_city") is True, set_
    assert set_.get("hukou_city", "cleared") is None, set_


# --- 2. a hukou move put ahead is no fact; "now in Beijing" is Beijing's plan ----------------

# Beijing hukou, living in Beijing, twins born November 2026 (first children).
BEIJING_TWINS: dict[str, Any] = {
    "city": "beijing",
    "hukou_in_city": True,
    "children": [day("2026-11-02"), day("2026-11-02")],
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我是问 户口迁到济南以后 老三能不能拿济南那个每月600", "zh"),
        ("等户口落到济南 老三能领600吗", "zh"),
        ("要是我们明年把户口迁到济南老家 再生个老三 能拿济南的补贴吗", "zh"),
        ("once our hukou is in jinan can the 3rd get the 600?", "en"),
        ("if we move our hukou to jinan next year can we get the 600", "en"),
    ],
)
async def test_a_move_put_ahead_changes_neither_city_nor_hukou(text: str, lang: str) -> None:
    """Tester 57 c03: "户口迁到济南以后 老三能不能拿" turned the family's city to Jinan ("记下了：
    在济南"). A move put ahead or supposed is a what-if: the family stays in Beijing with its
    Beijing hukou, and Jinan's rule (clause 12) is answered as a what-if."""
    for reply_of in (form_reply, policy_reply):
        reply, set_ = await reply_of(text, lang, **BEIJING_TWINS)
        assert "city" not in set_ and "hukou_in_city" not in set_, (set_, reply)
        assert "hukou_city" not in set_, set_
        assert "记下了：在济南" not in reply and "living in Jinan" not in reply, reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("现在还是北京户口 住北京 明年才打算迁", "zh"),
        ("we still have beijing hukou and live in beijing, the move is only a plan", "en"),
    ],
)
async def test_the_hukou_now_told_after_a_what_if_stays_beijings(text: str, lang: str) -> None:
    """ "现在还是北京户口 住北京": Beijing's, never "不是济南户口"."""
    reply, set_ = await form_reply(text, lang, **BEIJING_TWINS)
    assert set_.get("city", "beijing") == "beijing", (set_, reply)
    assert set_.get("hukou_in_city", True) is True, (set_, reply)
    assert "不是济南户口" not in reply and "hukou not in Jinan" not in reply, reply


async def correction_reply(text: str, lang: str, **slots: Any) -> tuple[str, dict[str, Any]]:
    """action_handle_correction on `text` (facts told after an answer)."""
    from actions.conversation import ActionHandleCorrection

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="inform", language=lang, **slots)
    events = await ActionHandleCorrection().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("现在还是北京户口 住北京 明年才打算迁", "zh"),
        ("我们还是北京户口", "zh"),
        ("we still have beijing hukou and live in beijing", "en"),
    ],
)
async def test_facts_told_again_as_noted_are_same_as_noted(text: str, lang: str) -> None:
    """Told again as noted: nothing changes, and the reply says so, never "我没听明白要改哪一项"
    (tester 57 c03, after a supposed move)."""
    reply, set_ = await correction_reply(text, lang, **BEIJING_TWINS)
    assert "city" not in set_ and "hukou_in_city" not in set_, (set_, reply)
    assert "没听明白" not in reply and "did not catch" not in reply, reply
    assert ("一样" in reply) or ("noted already" in reply), reply


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("要是我们明年把户口迁到济南老家 再生个老三 能拿济南的补贴吗", "zh"),
        ("我是问 户口迁到济南以后 老三能不能拿济南那个每月600", "zh"),
        ("if we move our hukou to jinan and have a 3rd child, can the 3rd get the 600?", "en"),
    ],
)
async def test_the_third_child_asked_under_a_supposed_move_is_answered_for_the_third(
    text: str, lang: str
) -> None:
    """Jinan clause 12: a 3rd child born after 1 January 2023 to a family with Jinan household
    registration gets 600 yuan a month until it turns 3. Asked of 老三 by a family of two, the
    what-if answers the 3rd child (taken as born today: until 3 December 2029), not the 2nd."""
    reply, set_ = await policy_reply(text, lang, **BEIJING_TWINS)
    assert "city" not in set_, set_
    assert "第3个孩子" in reply or "child 3" in reply, reply
    assert "2029年12月3日" in reply or "3 Dec 2029" in reply, reply
    assert "第2个孩子每月" not in reply and "child 2 would get" not in reply, reply
