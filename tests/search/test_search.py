"""Search answers citizens' and hotline staff's questions: the labelled set's accuracy bars,
Chinese segmentation, city filters, and clear errors."""

import sys
from pathlib import Path

import pytest

from policy_kb.errors import InputError
from policy_kb.search import search

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from search_accuracy import accuracy, load_questions

QUESTIONS = load_questions()


def test_the_labelled_set_is_large_and_bilingual() -> None:
    langs = [q["lang"] for q in QUESTIONS]
    assert len(QUESTIONS) >= 80
    assert langs.count("zh") >= 40 and langs.count("en") >= 40


def test_top1_at_least_90_and_top3_at_least_98_percent() -> None:
    overall = accuracy(QUESTIONS)["all"]
    assert overall["top1"] >= 0.90, overall
    assert overall["top3"] >= 0.98, overall


@pytest.mark.parametrize(
    ("query", "city", "expected"),
    [
        ("育儿补贴", "jinan", "jinan.childcare_subsidy"),
        ("childcare subsidy", "jinan", "jinan.childcare_subsidy"),
        ("托育补贴", "jinan", "jinan.childcare_subsidy"),
        ("孩子坐地铁", None, "beijing.child_free_transit"),
        ("陪产假多少天", "jinan", "jinan.paternity_leave"),
    ],
)
def test_synonyms_and_segmentation(query: str, city: str | None, expected: str) -> None:
    assert search(query, city=city)[0].entry.id == expected


def test_a_bare_topic_finds_its_measures() -> None:
    ids = [h.entry.id for h in search("公积金", city="jinan", limit=2)]
    assert set(ids) == {"jinan.housing_fund_loan_limit", "jinan.housing_fund_rent_withdrawal"}


def test_a_city_named_in_the_question_wins_over_the_familys_city() -> None:
    assert search("北京产假多少天", city="jinan")[0].entry.id == "beijing.leave_entitlements"


def test_the_city_filter_keeps_to_one_plan() -> None:
    assert all(h.entry.city == "beijing" for h in search("maternity leave", city="beijing"))


def test_nonsense_has_no_word_match() -> None:
    hits = search("what is the weather tomorrow")
    assert not hits or hits[0].word_score == 0


@pytest.mark.parametrize(
    ("query", "kwargs", "message"),
    [
        ("", {}, "query: must be a non-empty text"),
        ("x" * 501, {}, "query: too long"),
        ("leave", {"city": "shanghai"}, "city: must be"),
        ("leave", {"lang": "fr"}, "lang: must be"),
    ],
)
def test_bad_queries_name_the_problem(query: str, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        search(query, **kwargs)  # type: ignore[arg-type]


def test_a_measure_title_typed_on_the_console_finds_that_measure_first() -> None:
    # Beijing's leave measure also lists paternity leave; the Jinan measure named so comes first.
    assert search("陪产假", limit=1)[0].entry.id == "jinan.paternity_leave"
