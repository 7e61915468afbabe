"""Families tell their situation as they write it, over the REST channel with the real Rasa and
action servers (ASSISTANT_TODAY=2025-06-01), and the reply starts with what was understood:
one conversation per kind of wording, in Chinese and in English (issue 12)."""

import uuid

import pytest

from tests.e2e.test_rest_conversations import send

OPENING = {"zh": "我想查一下能领哪些补贴", "en": "what benefits can we get?"}

# (kind, language, the family's message, words the read-back must hold, words it must not)
CASES = [
    ("age", "zh", "济南户口 老大三岁半 老二刚满月",
     ["记下了：济南户口", "老大约2021年12月出生（按“3岁半”推算）", "老二约2025年5月出生"], []),
    ("age", "en", "We live in Jinan. My daughter is 5 and my son is a 3-month-old",
     ["Noted:", "the eldest born about December 2019", "the 2nd child born about March 2025"], []),
    ("short_year", "zh", "北京户口 孩子24年9月生的", ["北京户口", "孩子2024年9月出生"], []),
    ("short_year", "en", "Jinan hukou, one kid born 23.5.1",
     ["Jinan hukou", "the child born 1 May 2023"], []),
    ("numerals", "zh", "济南户口 孩子是二〇二三年十月五号生的", ["孩子2023年10月5日出生"], []),
    ("numerals", "en", "Jinan hukou. Our son was born 2023/10/05", ["the child born 5 October 2023"], []),
    ("relative_date", "zh", "老大前年3月 老二去年12月 济南户口",
     ["老大2023年3月出生", "老二2024年12月出生"], []),
    ("relative_date", "en", "Jinan hukou, baby born yesterday", ["the child born 31 May 2025"], []),
    ("birth_order", "zh", "济南户口 老婆去年十月生的老二 老大2019年的",
     ["老大2019年出生", "老二2024年10月出生"], []),
    ("birth_order", "en", "Jinan hukou, our second was born last October, the first in 2019",
     ["the eldest born 2019", "the 2nd child born October 2024"], []),
    ("multiples", "zh", "济南户口 老大6岁 今年3月12号生了双胞胎",
     ["3个孩子", "老大约2018年12月出生", "老二、老三2025年3月12日出生"], []),
    ("multiples", "en", "Jinan hukou, we have a 6 year old and twins born 12 March 2025",
     ["the eldest born about December 2018", "the 2nd child and the 3rd child born 12 March 2025"],
     []),
    ("pregnancy", "zh", "怀孕8个月了 济南户口", ["头胎预产期约2025年7月（按“怀孕8个月”推算）"], ["出生"]),
    ("pregnancy", "en", "I'm 7 months pregnant, Jinan hukou",
     ["your first child due about August 2025"], ["born"]),
    ("duration", "zh", "济南户口 孩子6个月 我交了3年公积金 老婆没交",
     ["家里1人交住房公积金", "孩子约2024年12月出生"], ["老二"]),
    ("duration", "en", "Jinan hukou, baby is 4 months, I've got 2 months of leave left",
     ["the child born about February 2025"], ["2nd child"]),
    ("now_vs_birth", "zh", "济南户口 我现在失业在领失业金",
     ["现在在领失业金（政策看的是孩子出生时"], []),
    ("now_vs_birth", "en", "Jinan hukou, I'm unemployed right now and getting unemployment benefits",
     ["on unemployment benefits now (the rules look at the time of the birth"], []),
    ("negation_housing", "zh", "济南户口 没房 租房住", ["在济南没有自己的住房", "租房住"], []),
    ("negation_housing", "en", "Jinan hukou, no house yet, we rent",
     ["no home of your own in Jinan", "renting"], []),
    ("hukou", "zh", "今年刚把户口迁到济南", ["记下了：济南户口", "没有规定要落户多久"], []),
    ("hukou", "en", "we moved our hukou to Jinan this year",
     ["Noted: Jinan hukou", "does not say how long the hukou must have been held"], []),
    ("per_birth_hardship", "zh", "济南户口 生老三的时候在领低保 前两个没有",
     ["老三出生时在领低保", "老大、老二出生时没有领"], []),
    ("per_birth_hardship", "en", "Jinan hukou, we got dibao when our second was born, the first one no",
     ["on dibao when the 2nd child was born",
      "not on such benefits when the eldest was born"], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "lang", "message", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_the_reply_reads_back_what_was_understood(
    rasa_url: str, kind: str, lang: str, message: str, present: list[str], absent: list[str]
) -> None:
    sender = f"e2e-understanding-{uuid.uuid4()}"
    send(rasa_url, sender, OPENING[lang])
    reply = send(rasa_url, sender, message)
    readback = reply.splitlines()[0]
    for words in present:
        assert words in readback, f"{kind}: {words!r} not in {readback!r}"
    for words in absent:
        assert words not in readback, f"{kind}: {words!r} in {readback!r}"


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("zh", "1米3以下坐地铁免费吗"),
        ("zh", "一个月800是吧"),
        ("en", "do kids under 1.3m ride the subway for free?"),
    ],
)
def test_a_question_states_no_fact(rasa_url: str, lang: str, question: str) -> None:
    sender = f"e2e-understanding-{uuid.uuid4()}"
    reply = send(rasa_url, sender, question)
    assert "记下了" not in reply and "Noted:" not in reply


@pytest.mark.parametrize(
    ("lang", "facts", "correction", "updated", "kept"),
    [
        ("zh", "济南户口 两个孩子 老大三岁半 老二刚满月", "不对 老大6岁",
         "已更新：老大约2018年12月出生", "老二"),
        ("en", "Jinan hukou, two kids born 2019-03-10 and 2025-01-10",
         "sorry, I meant the second one was born on 2024-12-20",
         "Updated: the 2nd child born 20 December 2024", "2019"),
    ],
)  # fmt: skip
def test_a_correction_changes_only_what_it_names(
    rasa_url: str, lang: str, facts: str, correction: str, updated: str, kept: str
) -> None:
    sender = f"e2e-understanding-{uuid.uuid4()}"
    send(rasa_url, sender, OPENING[lang])
    send(rasa_url, sender, facts)
    reply = send(rasa_url, sender, correction)
    assert reply.startswith(updated)
    assert kept not in reply.splitlines()[0]  # the other child is not touched


@pytest.mark.parametrize(
    ("lang", "facts", "question", "answer", "readback"),
    [
        ("zh", "济南 两个孩子 老大2019年3月 老二2024年5月 居民医保 公积金都没交", "户口",
         "是", "记下了：济南户口"),
        ("en", "Jinan, two kids born March 2019 and May 2024, resident medical insurance, "
         "nobody pays the housing fund", "hukou", "yes", "Noted: Jinan hukou"),
    ],
)  # fmt: skip
def test_a_yes_answers_the_question_just_asked(
    rasa_url: str, lang: str, facts: str, question: str, answer: str, readback: str
) -> None:
    sender = f"e2e-understanding-{uuid.uuid4()}"
    send(rasa_url, sender, OPENING[lang])
    asked = send(rasa_url, sender, facts)
    assert question in asked.splitlines()[-1]
    assert send(rasa_url, sender, answer).startswith(readback)


@pytest.mark.parametrize(
    ("lang", "question", "figure", "answer"),
    [
        ("zh", "济南陪产假多少天", "所以就是15天对吧", "对，是不少于15天。"),
        ("en", "how long is paternity leave in Jinan?", "so it's 15 days right?", "Yes: at least 15 days."),
        ("zh", "济南陪产假多少天", "那就是20天是吧", "不是这个数。"),
    ],
)  # fmt: skip
def test_a_figure_put_back_is_a_question_confirmed_or_denied(
    rasa_url: str, lang: str, question: str, figure: str, answer: str
) -> None:
    """ "so it's 15 days right?" after the paternity leave: no fact of the family (not a child
    15 days old), but a yes or no about clause 11's figure."""
    sender = f"e2e-understanding-{uuid.uuid4()}"
    send(rasa_url, sender, question)
    reply = send(rasa_url, sender, figure)
    assert reply.startswith(answer), reply
    assert "记下了" not in reply and "Noted:" not in reply
