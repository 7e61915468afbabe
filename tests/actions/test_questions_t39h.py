"""Tester 39's citizens (fix-t39h): no made-up facts and no misreadings. An enrolment age nobody
said, end dates the plans do not give, a baby's registration read as a hukou or as transit, a
correction given to the wrong child, leave asked as "how long off work", and "7 more" items.
Each test: the family known so far (the slots), what the citizen wrote, what the reply must and
must not say, and the clause. Today is 1 December 2026 in China."""

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import clock
from actions.answers import ActionAnswerPolicyQuestion
from tests.actions.conftest import DOMAIN, make_tracker, texts

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def month(value: str) -> dict[str, Any]:
    return {"birth_date": f"{value}-01", "precision": "month", "height_cm": None}


async def ask(text: str, lang: str, **slots: Any) -> str:
    """The reply of the policy question action to `text`."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_policy", language=lang, **slots)
    await ActionAnswerPolicyQuestion().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


# --- 1. the child's insurance not taken out in time: no age at enrolment made up -------------

# Tester 39 c08: Jinan hukou, an eldest of 6 and a second child born in September 2024.
SECOND_BORN_SEPT_2024 = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2020-06"), month("2024-09")],
}


@pytest.mark.parametrize(
    ("text", "lang", "closed"),
    [
        ("孩子医保 24年9月生的 当时没上 现在上还有补贴吗", "zh", "2025年3月前后"),  # c08
        ("老二医保 2024年9月出生的 一直没办 现在办还补吗", "zh", "2025年3月前后"),
        ("老二医保当时没上 现在上还有补贴吗", "zh", "2025年3月前后"),
        (
            "baby's insurance, born Sept 2024, we didn't sign up then, any subsidy if we do it now?",
            "en",
            "around March 2025",
        ),
    ],
)
async def test_a_birth_month_is_not_an_age_at_enrolment(text: str, lang: str, closed: str) -> None:
    """Jinan clause 15: the contribution is paid in full for a second or third child who joins
    resident medical insurance within 6 months of birth. "24年9月生的 当时没上" tells a birth
    month and that the child was not enrolled then, never "joined at 9 months"; the answer is a
    plain no with the window that closed around March 2025 (a birth known to the month)."""
    reply = await ask(text, lang, **SECOND_BORN_SEPT_2024)
    for made_up in ("9个月时", "at 9 months", "joined at"):
        assert made_up not in reply, reply
    assert reply.startswith("不能" if lang == "zh" else "No."), reply
    assert closed in reply, reply
    assert "6" in reply and ("第15条" in reply or "clause 15" in reply), reply


async def test_an_age_at_enrolment_said_is_still_read() -> None:
    """Jinan clause 15: "俩月的时候就办了" is an age at enrolment, within the 6 months."""
    born_this_year = {"city": "jinan", "hukou_in_city": True,
                      "children": [month("2020-06"), month("2026-05")]}  # fmt: skip
    reply = await ask("老二医保是俩月的时候就办了 能免费吗", "zh", **born_this_year)
    assert reply.startswith("能"), reply


# --- 2. no end date the plan does not give: public rental priority, infant check-ups --------

# Tester 39 c07: Jinan, three children (8, May 2023, September 2024), renting.
THREE_CHILDREN_RENTING = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [month("2018-06"), month("2023-05"), month("2024-09")],
    "renting": True,
    "owns_home_in_city": False,
    "result_shown": True,
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("公租房优先到什么时候", "zh"),
        ("我们能优先租公租房吗", "zh"),
        ("how long does the public housing priority last?", "en"),
    ],
)
async def test_the_public_rental_priority_has_no_end_date(text: str, lang: str) -> None:
    """Jinan clause 14: eligible families with two or more children get priority for public
    rental housing; the plan sets no end date and no age of its own, so none is shown (c07 got
    "至2041年6月1日止", the youngest's 18th birthday), and "until when" is answered as silent."""
    reply = await ask(text, lang, **THREE_CHILDREN_RENTING)
    for made_up in ("2041", "2042", "2036", "满18周岁后", "turns 18 ("):
        assert made_up not in reply, reply
    silent = "方案没有写这项优先的截止时间" if lang == "zh" else "no end date"
    assert silent in reply, reply
    assert ("第14条" if lang == "zh" else "clause 14") in reply, reply


def test_a_corrected_birth_date_changes_no_line_about_the_public_rental_priority() -> None:
    """c08: "老大6岁 老二24年9月生的" corrected the eldest's date; the reply was only
    "多孩家庭公租房优先配租变为：至2038年6月1日止", an item nobody asked about. With no end date
    of its own (clause 14), a child's date moving changes nothing about that item."""
    from actions.headline import changes
    from actions.household import household_from_slots
    from policy_kb.engine import evaluate

    def report(eldest: str) -> Any:
        slots = {**SECOND_BORN_SEPT_2024, "children": [month(eldest), month("2024-09")]}
        household = household_from_slots(slots, TODAY)
        assert household is not None
        return evaluate(household, as_of=TODAY)

    for lang in ("zh", "en"):
        said = changes(report("2022-06"), report("2020-06"), lang)
        assert "公租房" not in said and "public rental" not in said.casefold(), said


def test_the_infant_check_ups_get_no_end_date_of_our_reading() -> None:
    """Jinan clause 8: infant check-ups are free, each district and county sets the details;
    no age is given. "至2028年10月1日止" in a list read as the plan's own limit (c05): the
    item has no end date, and its reason says the age is a reading."""
    from actions.household import household_from_slots
    from policy_kb.engine import evaluate

    household = household_from_slots(SECOND_BORN_SEPT_2024, TODAY)
    assert household is not None
    item = next(
        e for e in evaluate(household, as_of=TODAY).entitlements
        if e.id == "jinan.free_infant_checkups"
    )  # fmt: skip
    assert item.end is None and item.start is None
    assert any("此处按" in r for r in item.reasons.zh), item.reasons.zh


# --- 3. a baby's registration (上户口) is a birth formality, not a hukou fact nor transit -----

# Tester 39 c04: Beijing, the eldest 4 and 1.1 m tall, the wife pregnant; the free-transit
# answer was the last one given.
BEIJING_AFTER_TRANSIT = {
    "city": "beijing",
    "children": [{**month("2022-06"), "height_cm": 110}],
    "result_shown": True,
    "topic_entry": "beijing.child_free_transit",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("好的 谢谢 那我老婆生完孩子上户口去哪办", "zh"),  # c04
        ("孩子出生后落户口要去哪里", "zh"),
        ("宝宝生了以后怎么报户口", "zh"),
        ("ok thanks, and where do we register the baby's hukou after the birth?", "en"),
    ],
)
async def test_registering_the_baby_is_answered_with_the_joint_birth_formalities(
    text: str, lang: str
) -> None:
    """Beijing (4): the birth medical certificate, vaccinations, household registration,
    medical insurance, social security card and maternity reimbursement are to be handled
    jointly; the plan names no place. "生完孩子上户口去哪办" after the transit answer is that,
    not the free-transit card again."""
    from actions.results import ActionNextSteps

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_how_to_apply", language=lang, **BEIJING_AFTER_TRANSIT)
    await ActionNextSteps().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert "地铁" not in reply and "subway" not in reply, reply
    assert ("户口登记" if lang == "zh" else "household registration") in reply, reply


# --- 5. "and 7 more" after a number of days: the items said as items ------------------------


@pytest.mark.parametrize(("lang", "said"), [("en", "more items"), ("zh", "项")])
async def test_the_items_left_unnamed_are_counted_as_items(lang: str, said: str) -> None:
    """c02: "Maternity leave 158 days and 7 more" read as 158 + 7 days; the count is of items."""
    import re

    from actions.results import ActionShowEntitlements

    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [month("2021-06"), month("2026-11"), month("2026-11")],
        "birth_insurance": "employee_maternity",
        "renting": True,
        "owns_home_in_city": False,
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "能享受什么" if lang == "zh" else "what do we get", language=lang, **family
    )
    await ActionShowEntitlements().run(dispatcher, tracker, DOMAIN)
    reply = texts(dispatcher)
    assert not re.search(r"\band \d+ more\b(?! items)", reply), reply
    assert re.search(r"and \d+ more items|还有\d+项", reply), reply
