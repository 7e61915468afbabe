"""Ranked search over the measures, in Chinese and English, built on spaCy with jieba segmentation.

Each entry is indexed by its titles, synonyms and summaries in both languages. A text becomes
features of two kinds: words (jieba segments for Chinese, stemmed words for English, stop words
dropped) and character n-grams (Chinese bigrams, English trigrams), which keep typos and
colloquial spellings close to the right entry. Entries are ranked by BM25 over weighted fields."""

import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import jieba
import snowballstemmer
import spacy
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.zh.stop_words import STOP_WORDS as ZH_STOP

from policy_kb.errors import InputError
from policy_kb.kb import catalogue
from policy_kb.models import AbsentTopic, Entry
from policy_kb.text import Lang
from wording.cities import CITIES, choices, mentioned_city
from wording.language import CJK, has_chinese

MAX_QUERY_CHARS = 500
FIELD_WEIGHTS = {"title": 3.0, "synonyms": 2.5, "summary": 1.0}
KIND_WEIGHTS = {"w": 1.0, "c": 0.35}
K1, B = 1.2, 0.6
PHRASE_BONUS = 1.0
_LATIN_WORD = re.compile(r"[a-z][a-z0-9']*")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Words spaCy lists as stop words that carry meaning in this domain ("same school", "two children").
KEEP_WORDS = {
    "same", "first", "one", "two", "three", "more", "only", "after", "before", "under", "over",
    "per", "each", "full", "last", "next", "own", "together", "other", "back", "free", "家", "第",
}  # fmt: skip
# "thing" and "stuff" name nothing ("the medical insurance thing"): only the "Birth one thing"
# service has the word in its title, and a question about that service still names its birth.
EXTRA_STOP = {
    "yuan", "元", "吗", "呢", "啊", "怎么", "什么", "多少", "can", "get", "much", "many", "thing",
    "things", "stuff",
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """One ranked result."""

    entry: Entry
    score: float
    word_score: float = 0.0  # the part from whole words: char n-grams alone are only a hint

    def as_dict(self, lang: Lang) -> dict[str, Any]:
        return {
            "id": self.entry.id,
            "title": self.entry.title.get(lang),
            "score": round(self.score, 3),
        }


class Analyzer:
    """Text to features: spaCy's Chinese tokenizer (jieba) for both scripts, plus n-grams."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        jieba.setLogLevel(logging.WARNING)
        for word in vocabulary:
            if CJK.search(word) and 2 <= len(word) <= 5 and word.isalnum():
                jieba.add_word(word)  # domain terms ("陪产假", "公积金") stay whole
        self._nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        self._stem = snowballstemmer.stemmer("english")
        self._stop = (set(ZH_STOP) | set(EN_STOP) | EXTRA_STOP) - KEEP_WORDS

    def features(self, text: str) -> Counter[str]:
        text = text.lower()
        found: Counter[str] = Counter()
        for token in self._nlp(text):
            word = token.text.strip()
            if not word or word in self._stop or token.is_punct:
                continue
            if CJK.search(word):
                found["w:" + word] += 1
                if len(word) > 2:  # "公积金贷款" also counts as "公积金" and "贷款"
                    parts = [p for p in jieba.cut_for_search(word) if p != word and len(p) > 1]
                    found.update("w:" + p for p in parts if p not in self._stop)
            elif _FIGURE.fullmatch(word):
                found["w:" + word.replace(",", "")] += 1  # "600 yuan" finds the 600-yuan measure
            elif _LATIN_WORD.fullmatch(word):
                stem = self._stem.stemWord(word)
                found["w:" + stem] += 1
                padded = f"#{stem}#"
                found.update("c:" + padded[i : i + 3] for i in range(len(padded) - 2))
        cjk = "".join(ch if CJK.match(ch) else " " for ch in text)
        for chunk in cjk.split():
            found.update("c:" + chunk[i : i + 2] for i in range(len(chunk) - 1))
            if len(chunk) == 1 and chunk not in self._stop:
                found["c:" + chunk] += 1
        return found


@dataclass(frozen=True)
class _Doc:
    entry: Entry
    tf: dict[str, float]
    length: float
    phrases: tuple[str, ...]  # titles and synonyms, lower-cased, for whole-phrase matches
    titles: tuple[str, ...]  # the titles, lower-cased: a query that is a title names the measure


class SearchIndex:
    """BM25 over the entries' weighted fields."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        entries = list(entries)
        vocabulary = [s for e in entries for lang in ("zh", "en") for s in e.synonyms.get(lang)]
        vocabulary += [e.title.zh for e in entries]
        self.analyzer = Analyzer(vocabulary)
        self.docs = [self._doc(e) for e in entries]
        self.avg_length = sum(d.length for d in self.docs) / max(len(self.docs), 1)
        df: Counter[str] = Counter(f for d in self.docs for f in d.tf)
        n = len(self.docs)
        self.idf = {f: math.log(1 + (n - c + 0.5) / (c + 0.5)) for f, c in df.items()}

    def _doc(self, entry: Entry) -> _Doc:
        fields = {
            "title": [entry.title.zh, entry.title.en],
            "synonyms": [*entry.synonyms.zh, *entry.synonyms.en],
            "summary": [entry.summary.zh, entry.summary.en],
        }
        tf: dict[str, float] = {}
        for field, texts in fields.items():
            for text in texts:
                for feature, count in self.analyzer.features(text).items():
                    tf[feature] = tf.get(feature, 0.0) + FIELD_WEIGHTS[field] * count
        phrases = [entry.title.zh, entry.title.en, *entry.synonyms.zh, *entry.synonyms.en]
        return _Doc(
            entry=entry,
            tf=tf,
            length=sum(tf.values()),
            phrases=tuple(p.lower() for p in phrases if len(p) >= 2),
            titles=(entry.title.zh.lower(), entry.title.en.lower()),
        )

    @staticmethod
    def _phrase_bonus(doc: _Doc, query: str) -> float:
        """A title or synonym written out whole in the query ("childcare subsidy") counts extra."""
        longest = max((len(p) for p in doc.phrases if p in query), default=0)
        bonus = PHRASE_BONUS * longest**0.5 if longest else 0.0
        if query.strip() in doc.titles:  # "陪产假" typed on the console: that measure first
            bonus += PHRASE_BONUS * len(query.strip()) ** 0.5
        return bonus

    def _score(self, doc: _Doc, query: Counter[str]) -> tuple[float, float]:
        """BM25 over all features, and the part of it from whole words."""
        scores = {"w": 0.0, "c": 0.0}
        norm = K1 * (1 - B + B * doc.length / self.avg_length)
        for feature in query:
            tf = doc.tf.get(feature)
            if tf:
                kind = feature[0]
                scores[kind] += KIND_WEIGHTS[kind] * self.idf[feature] * tf * (K1 + 1) / (tf + norm)
        return scores["w"] + scores["c"], scores["w"]

    def search(self, query: str, city: str | None = None, limit: int = 10) -> list[Hit]:
        """Ranked hits; a city named in the query wins over the `city` given (the family's)."""
        features = self.analyzer.features(query)
        lowered = query.lower()
        wanted = mentioned_city(query) or city
        hits = []
        for doc in self.docs:
            if wanted and doc.entry.city != wanted:
                continue
            score, word_score = self._score(doc, features)
            if score > 0:
                score += self._phrase_bonus(doc, lowered)
                hits.append(Hit(entry=doc.entry, score=score, word_score=word_score))
        hits.sort(key=lambda h: (-h.score, h.entry.id))
        return hits[:limit]


def _plain(text: str) -> str:
    """Lower case, full-width forms folded, hyphens and runs of spaces as one space."""
    folded = unicodedata.normalize("NFKC", text).lower().replace("-", " ")
    return " ".join(folded.split())


# A thing the question says it does not ask about ("不是问扣除", "not about the deduction").
_NOT_ASKING = re.compile(
    r"(?:而不是|不是|并非|不)(?:在)?(?:问|说|指)[^，,。；;\s?？!！]{1,12}"
    r"|\bnot (?:asking |talking |meaning )?(?:about |for )?(?:the |a |any )?"
    r"[a-z' -]{1,30}?(?=[,.;?!]|$)"
)


def absent_topic(query: str) -> AbsentTopic | None:
    """What the question asks for that neither plan contains ("有一次性生育奖励吗", "baby
    bonus?"), per policy_kb/data/absent.yaml, or None (the first, when it asks for several)."""
    found = absent_topics(query)
    return found[0] if found else None


def absent_topics(query: str) -> list[AbsentTopic]:
    """Every such thing the question asks for, in the data's order ("money for the milk powder
    or a bonus for baby?": baby goods and a birth bonus); empty when none."""
    plain = _plain(query)
    packed = plain.replace(" ", "")
    # what the question says it is not about does not make it a question about that ("我是问
    # 这钱要不要交税 不是问扣除": the tax on the money, not the deduction)
    kept = _NOT_ASKING.sub(" ", plain)
    kept_packed = kept.replace(" ", "")
    found = []
    for topic in catalogue().absent.values():
        if any(_plain(w).replace(" ", "") in kept_packed for w in topic.unless.zh) or any(
            _english_word(w).search(kept) for w in topic.unless.en
        ):
            continue
        if any(_plain(w).replace(" ", "") in packed for w in topic.asks.zh) or any(
            _english_word(w).search(plain) for w in topic.asks.en
        ):
            found.append(topic)
    return found


@cache
def _english_word(words: str) -> re.Pattern[str]:
    """`words` (an absent topic's English wording) as whole words, compiled once: compiling
    them per question with the catalogue's other patterns overflowed `re`'s own cache."""
    return re.compile(rf"\b{re.escape(_plain(words))}\b")


def detect_lang(text: str) -> Lang:
    """Chinese when the text has any Chinese characters, else English."""
    return "zh" if has_chinese(text) else "en"


@cache
def index() -> SearchIndex:
    """The search index over the whole knowledge base, built once per process."""
    return SearchIndex(catalogue().entries.values())


def search(
    query: str, lang: Lang | None = None, city: str | None = None, limit: int = 10
) -> list[Hit]:
    """Entries ranked for `query`; `city` filters; `lang` only picks the language of titles."""
    if not isinstance(query, str) or not query.strip():
        raise InputError("query: must be a non-empty text")
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"query: too long ({len(query)} characters, at most {MAX_QUERY_CHARS})")
    if city is not None and city not in CITIES:
        raise InputError(f"city: must be {choices()} (got {city!r})")
    if lang is not None and lang not in ("zh", "en"):
        raise InputError(f"lang: must be 'zh' or 'en' (got {lang!r})")
    if limit < 1:
        raise InputError("limit: must be at least 1")
    return index().search(query, city=city, limit=limit)
