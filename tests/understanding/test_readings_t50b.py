"""Tester 49's readings of hukou: a sibling's hukou elsewhere is not the family's; the month of a
move told with it."""

from datetime import date

from understanding import understand
from understanding.hukou_move import move_month

TODAY = date(2026, 12, 1)


def test_a_sisters_hukou_elsewhere_beside_a_parents_move_is_no_family_hukou_elsewhere() -> None:
    known = {"city": "jinan", "hukou_in_city": True}
    for text in (
        "big sister's hukou is still in my hometown",
        "老大户口还在老家",
        "大女儿的户口在菏泽",
    ):
        read = [u for u in understand(text, known, None, TODAY)]
        assert not any(u.fact == "hukou_in_city" and u.value is False for u in read), (text, read)
    # told with a move of the parent's own into the city: the move is read
    read = understand(
        "my hukou moved to jinan in october. the eldest's hukou is still in hebei",
        {"city": "jinan"},
        None,
        TODAY,
    )
    assert [u.value for u in read if u.fact == "hukou_in_city"] == [True]


def test_the_month_of_a_move_is_read_from_its_own_clause() -> None:
    assert move_month("my hukou only moved to jinan in october, twins born nov 3", TODAY) == date(
        2026, 10, 1
    )
    assert move_month("老二11月3号生的 我户口上个月才迁过来", TODAY) == date(2026, 11, 1)
    assert move_month("we only moved our hukou to jinan in october. twins came nov 3", TODAY) == (
        date(2026, 10, 1)
    )
    assert move_month("户口刚迁过来", TODAY) is None  # no month told
    assert move_month("we just moved our hukou to jinan this year", TODAY) is None  # a year only
    assert move_month("今年刚把户口迁到济南", TODAY) is None
    assert move_month("如果10月把户口迁过来呢", TODAY) is None  # a move supposed
