"""Tester 39's citizens (fix-t39h), the readings: registering a baby (上户口, 落户口) tells no
family hukou (Beijing (4) names household registration among the birth formalities handled
jointly). Today is 1 December 2026 in China."""

from datetime import date

import pytest

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "生完孩子在北京怎么上户口 方案里有说吗",
        "那我老婆生完孩子上户口去哪办",
        "宝宝出生以后落户口要啥材料",
    ],
)
def test_registering_the_baby_records_no_hukou(text: str) -> None:
    """c04: "生完孩子在北京怎么上户口" recorded 北京户口, a fact nobody stated."""
    from understanding import understand

    facts = understand(text, {"city": "beijing"}, None, TODAY)
    assert not [f for f in facts if f.fact == "hukou_in_city"], facts


def test_a_family_hukou_is_still_read() -> None:
    """北京户口 said of the family stays a fact."""
    from understanding import understand

    facts = understand("我们是北京户口 孩子2岁", {"city": "beijing"}, None, TODAY)
    assert [f.value for f in facts if f.fact == "hukou_in_city"] == [True], facts
