"""Read label-preserving variants of the development half of the corpus (tests/corpus/dev.yaml)
and print the exact-match rate per transformation and per kind: how well the understanding
layer reads wordings it was not fitted to.

`python bench/corpus_variants.py [--limit N] [--only T,...] [--misses T] [--all-misses]`

Each transformation rewrites a message only where its facts stay the same for a person reading
it; where that is not sure, the message is skipped for that transformation (not counted). The
comparison is bench/corpus_accuracy.py's (`read`, `expected`, `score`). The rate of a
transformation is over the messages it changed; "orig" is the rate of the same messages as
written, so the gap is what the rewording costs. `--misses T` lists the messages read right as
written and wrong after T (`--all-misses`: also those read wrong as written).

Chinese:
* zh_sep_comma / zh_sep_space / zh_sep_period / zh_sep_dunhao / zh_sep_none: the clause
  separators (space, ，, 、, 。) between words all made one of them; "none" drops them only
  between two Chinese characters (not between digits, where 3 5 would become 35). A separator
  is punctuation: it names no fact.
* zh_cn_numerals: a small Arabic number (≤ 12; ≤ 31 before 号/日) before 岁, 个月, 月, 号, 日,
  个 or 胎 written in Chinese (3岁半 → 三岁半, 2个 → 两个, 2月 → 二月); zh_digits the reverse
  (三岁半 → 3岁半). The same number, written the other way; 娃 is left out (二娃 is the second
  child, 两娃 two children, 2娃 either).
* fullwidth (both languages): ASCII digits as full-width digits (the same digits; NFKC makes them ASCII).
* zh_filler_start: 那个， before the message, or 嗯， when no yes/no question was asked (嗯 is a
  yes to a yes/no question); zh_filler_end: 哈 after a message that is not a question;
  zh_filler_ask: 请问 before a message that already asks (？ or 吗). Fillers state nothing.
* zh_hukou: 户口 ↔ 户籍 (not 户口本/户口簿/落户); zh_dibao: 低保 → 最低生活保障, 低保户 → 低保
  (not 低保边缘, which is not dibao); zh_unemployment: 失业金 ↔ 失业保险金; zh_fund: 公积金 ↔
  住房公积金; zh_city: 济南/北京 ↔ 济南市/北京市. The same benefit, register or city, named
  in full or short.
* zh_order: 老大/老二/老三 ↔ 大宝/二宝/三宝; zh_order_long: 老二/二宝 → 第二个孩子 (and 老三,
  三宝; 老大/大宝 → 第一个孩子). The same birth order in other words; skipped where the
  message speaks of grandchildren (孙, 姥, 奶奶 …), where 老二 may be the parent.

English:
* en_lower: lower case (case names no fact).
* en_nopunct: commas, full stops, !, ;, :, quotes and apostrophes dropped (she's → shes); not
  inside numbers (1.2m, 1,30 m, 5/1) and ? kept (a question stays one).
* en_numwords: a small number (1–12) standing alone as a count or age written as a word
  (3 → three); en_digits the reverse (two kids → 2 kids; "one" is left alone: "the older one").
  Not in dates, heights, times, sums or after a month name.
* en_yrs: "years old" → "yrs old", "year old" → "yr old"; en_yo: "N years old" → "N yo";
  en_year_old: "N years old" → "N year old"; en_mos / en_mths: "N months" → "N mos" / "N mths".
  The same unit, abbreviated.
* en_kids: kids ↔ children, kid ↔ child (one word for the same children).
"""

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cn2an
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus_accuracy import CORPUS, expected, read, score
from understanding.text import WORDS_0_TO_19

Message = dict[str, Any]
Transform = Callable[[Message], str | None]

_HAN = r"\u4e00-\u9fff"
_SEPARATOR = re.compile(r"\s*[ ，、。,]\s*|\s+")
_GRANDPARENTS = re.compile(r"孙|姥|奶奶|爷爷|外婆|外公|儿媳|女婿|闺女家|儿子家")


def _zh(message: Message) -> bool:
    return str(message["id"]).startswith("zh")


def _changed(message: Message, text: str) -> str | None:
    return text if text != message["text"] else None


# ---------------------------------------------------------------- Chinese separators


def _separators(joiner: str) -> Transform:
    def transform(message: Message) -> str | None:
        if not _zh(message):
            return None
        text = message["text"].strip()
        # only a separator between two words: not one that ends the message (a trailing 。 or ？)
        pattern = re.compile(rf"(?<=[{_HAN}\w])(?:\s*[，、。,]\s*|\s+)(?=[{_HAN}\w])")
        if joiner == "":
            pattern = re.compile(rf"(?<=[{_HAN}])(?:\s*[，、。,]\s*|\s+)(?=[{_HAN}])")
        return _changed(message, pattern.sub(joiner, text))

    return transform


# ---------------------------------------------------------------- Chinese numerals

_UNITS = r"(?:岁|个月|月|号|日|个|胎)"
_ARABIC_BEFORE_UNIT = re.compile(rf"(?<![0-9./\-:年第])([0-9]{{1,2}})(?={_UNITS})")
_CN_BEFORE_UNIT = re.compile(
    rf"(?<![上下这那每同单统唯另初老第零〇一二三四五六七八九十两\d])"
    rf"(两|十[一二]?|[一二三四五六七八九]|[二三]十[一二三四五六七八九]?)(?={_UNITS})"
)


def _unit_after(text: str, end: int) -> str:
    rest = text[end:]
    return "个月" if rest.startswith("个月") else rest[:1]


def _to_chinese(m: re.Match[str]) -> str:
    number, unit = int(m.group(1)), _unit_after(m.string, m.end())
    limit = 31 if unit in ("号", "日") else 12
    if not 1 <= number <= limit:
        return m.group(0)
    if number == 2 and unit in ("岁", "个月", "个"):
        return "两"
    return str(cn2an.an2cn(str(number)))


def zh_cn_numerals(message: Message) -> str | None:
    if not _zh(message):
        return None
    return _changed(message, _ARABIC_BEFORE_UNIT.sub(_to_chinese, message["text"]))


def zh_digits(message: Message) -> str | None:
    if not _zh(message):
        return None

    def digits(m: re.Match[str]) -> str:
        word = m.group(1)
        return "2" if word == "两" else str(cn2an.cn2an(word, "strict"))

    return _changed(message, _CN_BEFORE_UNIT.sub(digits, message["text"]))


def fullwidth(message: Message) -> str | None:
    text = message["text"]
    return _changed(message, re.sub(r"[0-9]", lambda m: chr(ord(m.group(0)) + 0xFEE0), text))


# ---------------------------------------------------------------- fillers

_ASKS = re.compile(r"[？?]|吗")


def zh_filler_start(message: Message) -> str | None:
    if not _zh(message):
        return None
    filler = "嗯，" if message.get("asked") is None else "那个，"
    return filler + message["text"]


def zh_filler_end(message: Message) -> str | None:
    text = message["text"].rstrip()
    if not _zh(message) or _ASKS.search(text):
        return None
    return re.sub(r"[。！!]*$", "", text) + " 哈"


def zh_filler_ask(message: Message) -> str | None:
    text = message["text"]
    if not _zh(message) or not _ASKS.search(text) or text.startswith("请问"):
        return None
    return "请问 " + text


# ---------------------------------------------------------------- Chinese synonyms


def _swap(
    pairs: list[tuple[str, str]], skip: str | None = None, both_ways: bool = True
) -> Transform:
    """Each `a` → `b` where the message has `a` (else, `both_ways`, each `b` → `a`), skipping
    messages that match `skip`."""
    avoid = re.compile(skip) if skip else None

    def transform(message: Message) -> str | None:
        text = message["text"]
        if not _zh(message) or (avoid and avoid.search(text)):
            return None
        for a, b in pairs:
            pattern, back = re.compile(a), re.compile(b)
            if pattern.search(text):
                return _changed(message, pattern.sub(_plain(b), text))
            if both_ways and back.search(text):
                return _changed(message, back.sub(_plain(a), text))
        return None

    return transform


def _plain(pattern: str) -> str:
    """The literal word of a simple pattern (lookarounds removed)."""
    return re.sub(r"\(\?<?[=!][^)]*\)", "", pattern)


zh_hukou = _swap([("户口(?![本簿])", "户籍")], skip=r"落户|户口[本簿]")
zh_dibao = _swap([("(?<!最)低保(?![户边])", "最低生活保障")], skip=r"低保边缘")
zh_dibao_hu = _swap([("低保户", "低保")], skip=r"低保边缘", both_ways=False)
zh_unemployment = _swap([("失业金", "失业保险金")])
zh_fund = _swap([("(?<!住房)公积金", "住房公积金")])
zh_city = _swap(
    [("济南(?!市)", "济南市"), ("北京(?!市)", "北京市")],
)

_ORDER_SHORT = {"老大": "大宝", "老二": "二宝", "老三": "三宝"}
_ORDER_LONG = {
    "老大": "第一个孩子",
    "大宝": "第一个孩子",
    "老二": "第二个孩子",
    "二宝": "第二个孩子",
    "老三": "第三个孩子",
    "三宝": "第三个孩子",
}


def zh_order(message: Message) -> str | None:
    text = message["text"]
    if not _zh(message) or _GRANDPARENTS.search(text):
        return None
    if any(word in text for word in _ORDER_SHORT):
        if any(b in text for b in _ORDER_SHORT.values()):
            return None  # both forms said: leave it
        return _changed(message, re.sub("|".join(_ORDER_SHORT), lambda m: _ORDER_SHORT[m[0]], text))
    back = {b: a for a, b in _ORDER_SHORT.items()}
    return _changed(message, re.sub("|".join(back), lambda m: back[m[0]], text))


def zh_order_long(message: Message) -> str | None:
    text = message["text"]
    if not _zh(message) or _GRANDPARENTS.search(text) or "孩子" in text:
        return None
    # 二宝妈, 老二家: the word as part of another: skip
    if re.search(r"(?:老[大二三]|[大二三]宝)(?:妈|爸|家|们)", text):
        return None
    return _changed(message, re.sub("|".join(_ORDER_LONG), lambda m: _ORDER_LONG[m[0]], text))


# ---------------------------------------------------------------- English

_NUMBER_WORDS = WORDS_0_TO_19[:13]  # zero to twelve, as the reader spells them
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_ALONE_NUMBER = re.compile(
    r"(?<![\w$£¥./,:'\-])([0-9]{1,2})"
    r"(?![\w%./,:\-]|\s*(?:am|pm|m\b|cm|k\b|yuan|rmb|/|st|nd|rd|th|th\b|,\d|\.\d|%))"
)
_AFTER_MONTH = re.compile(rf"\b(?:{_MONTHS})\.?\s*$|\bthe\s*$|\bno\.?\s*$", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?<![\w'\-])(two|three|four|five|six|seven|eight|nine|ten)(?![\w'\-])")


def _en(message: Message) -> bool:
    return str(message["id"]).startswith("en")


def en_lower(message: Message) -> str | None:
    return _changed(message, message["text"].lower()) if _en(message) else None


def en_nopunct(message: Message) -> str | None:
    if not _en(message):
        return None
    text = message["text"]
    text = re.sub(r"(?<!\d)[,.](?!\d)|[,.](?=\s|$)|[!;:\"“”]", "", text)
    text = re.sub(r"(?<=\w)['’](?=\w)", "", text)  # she's → shes (not '24: a year)
    return _changed(message, re.sub(r"\s{2,}", " ", text).strip())


def en_numwords(message: Message) -> str | None:
    if not _en(message):
        return None

    def word(m: re.Match[str]) -> str:
        number = int(m.group(1))
        if _AFTER_MONTH.search(m.string[: m.start()]):  # "march 3", "the 5": a day, not a count
            return m.group(0)
        return _NUMBER_WORDS[number] if 1 <= number <= 12 else m.group(0)

    return _changed(message, _ALONE_NUMBER.sub(word, message["text"]))


_COMPOUND_NUMBER = re.compile(r"\b(?:thousand|hundred|twenty|thirty|forty|fifty|sixty|seventy)\b")


def en_digits(message: Message) -> str | None:
    if not _en(message) or _COMPOUND_NUMBER.search(message["text"].lower()):
        return None  # "two thousand and twenty three": a number of several words
    return _changed(
        message,
        _NUMBER_WORD.sub(
            lambda m: str(_NUMBER_WORDS.index(m.group(1).lower())), message["text"].lower()
        ),
    )


def _en_sub(pattern: str, replacement: str) -> Transform:
    compiled = re.compile(pattern, re.IGNORECASE)

    def transform(message: Message) -> str | None:
        if not _en(message):
            return None
        return _changed(message, compiled.sub(replacement, message["text"]))

    return transform


_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
en_yrs = _en_sub(r"\byear(s?)([\s-]+)old\b", r"yr\1\2old")
en_yo = _en_sub(rf"\b{_N}[\s-]+years?[\s-]+old\b", r"\1 yo")
en_year_old = _en_sub(rf"\b{_N}\s+years\s+old\b", r"\1 year old")
en_mos = _en_sub(rf"\b{_N}(\s*)months\b", r"\1\2mos")
en_mths = _en_sub(rf"\b{_N}(\s*)months\b", r"\1\2mths")


def en_kids(message: Message) -> str | None:
    if not _en(message):
        return None
    text = message["text"]
    words = {"kids": "children", "kid": "child", "children": "kids", "child": "kid"}
    forward = re.search(r"\bkids?\b", text, re.IGNORECASE)
    pattern = r"\b(kids|kid)\b" if forward else r"\b(children|child)\b"
    if re.search(r"\b(?:kid|child)(?:'s|s')|\bkidding\b|\bchildcare\b", text, re.IGNORECASE):
        return None
    return _changed(
        message, re.sub(pattern, lambda m: words[m.group(1).lower()], text, flags=re.IGNORECASE)
    )


TRANSFORMS: dict[str, Transform] = {
    "zh_sep_comma": _separators("，"),
    "zh_sep_space": _separators(" "),
    "zh_sep_period": _separators("。"),
    "zh_sep_dunhao": _separators("、"),
    "zh_sep_none": _separators(""),
    "zh_cn_numerals": zh_cn_numerals,
    "zh_digits": zh_digits,
    "fullwidth": fullwidth,
    "zh_filler_start": zh_filler_start,
    "zh_filler_end": zh_filler_end,
    "zh_filler_ask": zh_filler_ask,
    "zh_hukou": zh_hukou,
    "zh_dibao": zh_dibao,
    "zh_dibao_hu": zh_dibao_hu,
    "zh_unemployment": zh_unemployment,
    "zh_fund": zh_fund,
    "zh_city": zh_city,
    "zh_order": zh_order,
    "zh_order_long": zh_order_long,
    "en_lower": en_lower,
    "en_nopunct": en_nopunct,
    "en_numwords": en_numwords,
    "en_digits": en_digits,
    "en_yrs": en_yrs,
    "en_yo": en_yo,
    "en_year_old": en_year_old,
    "en_mos": en_mos,
    "en_mths": en_mths,
    "en_kids": en_kids,
}


def variants(message: Message, only: list[str]) -> dict[str, Message]:
    """The message under each transformation that changes it, by transformation name."""
    found: dict[str, Message] = {}
    for name in only:
        text = TRANSFORMS[name](message)
        if text is not None and text != message["text"]:
            found[name] = {**message, "text": text}
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N development messages")
    parser.add_argument("--step", type=int, default=1, help="every Nth message (a quicker run)")
    parser.add_argument("--lang", choices=["zh", "en"], help="only messages in this language")
    parser.add_argument("--only", help="comma-separated transformations (default: all)")
    parser.add_argument("--misses", metavar="TRANSFORM", help="list this transformation's misses")
    parser.add_argument(
        "--all-misses", action="store_true", help="with --misses: also messages missed as written"
    )
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else list(TRANSFORMS)
    if args.misses:
        only = [args.misses]
    unknown = [name for name in only if name not in TRANSFORMS]
    if unknown:
        parser.error(
            f"unknown transformation(s): {', '.join(unknown)}; known: {', '.join(TRANSFORMS)}"
        )
    messages: list[Message] = yaml.safe_load((CORPUS / "dev.yaml").read_text(encoding="utf-8"))
    if args.lang:
        messages = [m for m in messages if str(m["id"]).startswith(args.lang)]
    if args.limit:
        messages = messages[: args.limit]
    messages = messages[:: args.step]
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    right_as_written: Counter[str] = Counter()
    kind_total: Counter[str] = Counter()
    kind_right: Counter[str] = Counter()
    for message in messages:
        changed = variants(message, only)
        if not changed:
            continue
        as_written = score(message)[0]
        for name, variant in changed.items():
            ok = score(variant)[0]
            total[name] += 1
            right[name] += ok
            right_as_written[name] += as_written
            for kind in message["kinds"]:
                kind_total[kind] += 1
                kind_right[kind] += ok
            if args.misses and not ok and (as_written or args.all_misses):
                want, _approx = expected(variant)
                got = read(variant)
                print(f"{message['id']} a={message.get('asked')} {message['text']}")
                print(f"   variant {variant['text']}")
                print(f"   want {sorted(want - got, key=str)}")
                print(f"   got  {sorted(got - want, key=str)}")
    print(f"development half, {len(messages)} messages: exact match of the variants")
    print(f"  {'transformation':18} {'variants':>8} {'orig %':>7} {'variant %':>9}")
    for name in only:
        if not total[name]:
            print(f"  {name:18} {0:8}       -         -")
            continue
        n = total[name]
        print(
            f"  {name:18} {n:8} {100 * right_as_written[name] / n:7.1f} {100 * right[name] / n:9.1f}"
        )
    n_all = sum(total.values())
    if n_all:
        print(f"  {'all':18} {n_all:8} {100 * sum(right_as_written.values()) / n_all:7.1f} "
              f"{100 * sum(right.values()) / n_all:9.1f}")  # fmt: skip
    print("per kind (all variants of messages of that kind)")
    for kind in sorted(kind_total):
        print(
            f"  {kind:18} {kind_right[kind]:5}/{kind_total[kind]:<5} "
            f"{100 * kind_right[kind] / kind_total[kind]:5.1f} %"
        )


if __name__ == "__main__":
    main()
