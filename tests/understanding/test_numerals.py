"""Chinese numerals become digits the same way whether cn2an reads the whole message or each
piece between its spaces and punctuation (the reader hands it the pieces, for speed). 老二
becomes 老2 here; the reader marks it as a birth order later."""

from hypothesis import given, settings
from hypothesis import strategies as st

from understanding.text import _numerals, _piece_numerals

# Numerals, units, the words cn2an reads around them (年月日, 点, 分之, 百分之, 摄氏度, 半 before a
# measure word), the words kept as written (一直, 一起), digits, separators and other Chinese.
PIECES = [
    *"零〇一二两三四五六七八九十百千万亿廿壹贰叁肆伍陆柒捌玖拾佰仟萬億半点负年月日号岁个天周",
    *"0123456789.-",
    *(" ", "，", "。", "、", "？", "！", ",", ";", ":", "（", "）", "\n"),
    *("分之", "百分之", "摄氏度", "零下", "个月", "小时", "公斤", "厘米", "块钱"),
    *(
        "一直",
        "一起",
        "一下",
        "一共",
        "一样",
        "老幺",
        "老大",
        "老二",
        "生了",
        "孩子",
        "今年",
        "去年",
    ),
]


def _whole_message(text: str) -> str:
    """The reference: cn2an handed the whole message (one piece), the fixed words held aside."""
    return _piece_numerals(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_pieces_convert_as_the_whole_message_does(text: str) -> None:
    whole = _whole_message(text)
    if whole == text and any(c in text for c in "零〇一二两三四五六七八九十"):
        # cn2an gave up on the whole message (a numeral it cannot read): a piece it can read
        # may still be converted; the rest must be as written
        return
    assert _numerals(text) == whole


def test_a_message_with_no_numeral_is_left_as_written() -> None:
    assert _numerals("we rent, 2 kids 3 and 5") == "we rent, 2 kids 3 and 5"


def test_ages_and_dates_in_words_become_digits() -> None:
    assert _numerals("老大三岁半 二〇二三年十月生的老二") == "老大3岁半 2023年10月生的老2"
