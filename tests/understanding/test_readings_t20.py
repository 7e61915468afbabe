"""Messages tester 20 sent to the running assistant that were read wrongly, and other wordings
of the same kind: the household, what the citizen wrote, and the facts it states."""

from datetime import date

import pytest

from tests.understanding.readings import reading

TODAY = date(2026, 12, 1)  # the day in China during tester 20's run
said = reading(TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "还有 我们家不是低保 是特困",
        "不是低保 是特困供养",
        "我们领的不是失业金 是低保",
        "we're not on dibao, it's tekun",
        "not dibao, its unemployment benefit we get",
    ],
)
def test_one_benefit_put_right_by_another_is_still_a_benefit_now(text: str) -> None:
    """A family told as on dibao now, putting the benefit right (特困, not 低保): still on a
    benefit now, so nothing changes; it had been read as on none."""
    known = {"city": "jinan", "hardship_now": True}
    assert said(text, known).get(("hardship_now", None)) is not False


@pytest.mark.parametrize("text", ["我们家不是低保 是特困", "not dibao, it's tekun we get"])
def test_a_benefit_named_by_another_is_on_a_benefit_now(text: str) -> None:
    assert said(text, {"city": "jinan"}).get(("hardship_now", None)) is True


@pytest.mark.parametrize("text", ["我们现在不是低保了", "we're not on dibao anymore"])
def test_off_the_benefit_is_still_off(text: str) -> None:
    assert said(text, {"city": "jinan", "hardship_now": True}).get(("hardship_now", None)) is False
