"""Facts tester 24 saw misread in live conversations, each read as a class of wording: a
speaker's own hukou asked "can I too?", a cover held before the present job, and twins told
beside an older child."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)  # the day in China during tester 24's run
said = reading(TODAY)
JINAN = {"city": "jinan"}


# --- the speaker's own hukou, asked "can I too?": not the family's ------------------------------

GRANDCHILD = {"city": "jinan", "children": [{"birth_date": "2023-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "我户口在德州 也能免吗",
        "我户口不在济南 也可以参加吗",
        "我户口在老家 我也能领吗",
        "我的户口在聊城 也有没有份",
        "my hukou is in dezhou, can I also get it free?",
        "my own hukou is back in hebei, can i still join?",
    ],
)
def test_ones_own_hukou_asked_can_i_too_leaves_the_familys_alone(text: str) -> None:
    assert ("hukou_in_city", None) not in said(text, GRANDCHILD, "birth_insurance")
    assert ("hukou_in_city", None) not in said(text, GRANDCHILD)


@pytest.mark.parametrize("text", ["我户口在德州", "我户口在德州 能领吗", "my hukou is in dezhou"])
def test_ones_own_hukou_told_plainly_is_still_read(text: str) -> None:
    assert said(text, JINAN)[("hukou_in_city", None)] is False


# --- a cover held before the present job: not the cover at the birth ---------------------------

EXPECTING = {"city": "jinan", "children": [{"due_date": "2027-03"}]}


@pytest.mark.parametrize(
    "text",
    [
        "之前是灵活就业交的职工医保",
        "以前在老单位交的生育险 现在换工作了",
        "原先是居民医保",
        "i used to be on the resident scheme",
        "her previous job had employee maternity insurance",
        "previously I paid flexible employment insurance myself",
    ],
)
def test_a_cover_held_before_is_not_the_births(text: str) -> None:
    assert ("birth_insurance", None) not in said(text, EXPECTING)


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        ("生孩子的时候是灵活就业 之前是单位交的", "flexible_employment"),
        ("生之前交的居民医保", "resident_medical"),
        ("之前说错了 是灵活就业", "flexible_employment"),
        ("my wife was on flexible employment insurance before the birth", "flexible_employment"),
    ],
)
def test_a_cover_tied_to_the_birth_or_put_right_is_still_read(text: str, cover: str) -> None:
    assert said(text, EXPECTING)[("birth_insurance", None)] == cover
