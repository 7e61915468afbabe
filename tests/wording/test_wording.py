"""One wording layer (wording/): the chat, the web app and the REST channel name entitlements,
cite clauses, name cities and tell the language the same way, and the web app loads none of the
chat's code."""

import ast
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from policy_kb import clock, evaluate, parse_household
from web import wording as web_wording
from wording import clock as wording_clock
from wording.cities import CITIES, CITY_NAMES, city_name, mentioned_city, patterns
from wording.entitlements import clause_line, clause_refs, label, ordered
from wording.language import has_chinese, lower_first, written_language

ROOT = Path(__file__).resolve().parents[2]
FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2019-03-01"}, {"birth_date": "2023-01-02"}],
}


def report():  # type: ignore[no-untyped-def]
    return evaluate(parse_household(FAMILY), as_of=date(2024, 6, 1))


def test_the_cities_are_data_with_both_names_and_the_words_that_name_them() -> None:
    assert set(CITIES) == {"jinan", "beijing"}
    assert city_name("jinan", "zh") == "济南" and city_name("beijing", "en") == "Beijing"
    assert CITY_NAMES["beijing"] == {"zh": "北京", "en": "Beijing"}
    assert mentioned_city("济南 陪产假") == "jinan"
    assert mentioned_city("paternity leave in Beijing") == "beijing"
    assert mentioned_city("泉城 育儿补贴") == "jinan"
    assert mentioned_city("Jinan or Beijing?") is None and mentioned_city("leave") is None
    # a hotline worker's own city, then the one asked about (tester 14): the last part's
    assert mentioned_city("我是热线 不是家庭 济南的 北京陪产假几天") == "beijing"
    assert mentioned_city("北京和济南哪个补贴多") is None
    assert patterns()["beijing"].search("we moved to Peking")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("你好", "zh"),
        ("hukou 在济南", "zh"),
        ("hello", "en"),
        ("2", None),
        ("x", None),
        ("👍", None),
    ],
)
def test_one_function_tells_the_language_of_a_text(text: str, lang: str | None) -> None:
    assert written_language(text) == lang
    assert has_chinese(text) == (lang == "zh")


def test_a_compatibility_ideograph_is_chinese_everywhere() -> None:
    assert written_language("\uf900") == "zh"


def test_the_label_and_the_clause_line_are_the_same_in_the_chat_and_the_files() -> None:
    subsidy = next(
        e for e in report().entitlements if e.id == "jinan.childcare_subsidy" and e.child == 2
    )
    assert label(subsidy, "zh") == "育儿补贴（第2个孩子）"
    assert label(subsidy, "en").endswith("(child 2)")
    zh, en = clause_line(subsidy, "zh"), clause_line(subsidy, "en")
    assert zh.startswith("依据：《") and zh.endswith("第12条")
    assert en.startswith("Source: ") and en.endswith(", clause 12")
    references = {c.reference for c in web_wording.citations(subsidy, "en")}
    assert references == set(clause_refs([("jinan-2022", "12")], "en"))
    assert en == "Source: " + "; ".join(references)


def test_items_are_ordered_deadlines_first_then_by_kind() -> None:
    items = ordered([e for e in report().entitlements if e.status == "eligible"])
    with_deadline = [e.apply_by is not None for e in items]
    assert with_deadline == sorted(with_deadline, reverse=True)


def test_today_is_chinas_date_from_policy_kb() -> None:
    assert wording_clock.today is clock.today


def actions_imports(path: Path) -> set[str]:
    """The modules of actions/ that a file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found |= {n for n in names if n == "actions" or n.startswith("actions.")}
    return found


def test_loading_the_web_app_loads_none_of_the_chats_code() -> None:
    """web/ imports the wording layer, never actions/ (the chat's fact parsers and replies)."""
    code = (
        "import json, sys; import web.app; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'actions')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = json.loads(run.stdout.strip().splitlines()[-1])
    assert loaded == [], loaded


def test_no_web_module_imports_actions() -> None:
    for path in sorted((ROOT / "web").glob("*.py")):
        assert not actions_imports(path), path.name


def test_the_language_test_loads_neither_pydantic_nor_policy_kb() -> None:
    """The Rasa environment (pydantic v1) imports wording.language: standard library only."""
    code = (
        "import json, sys; import wording.language; "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pydantic', 'policy_kb', 'yaml', 'actions', 'web'})))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(run.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize(
    "path",
    [
        "bot/channels/rest.py",
        "bot/action_failures.py",
        "actions/language.py",
        "policy_kb/search.py",
    ],
)
def test_every_language_test_is_the_wording_layers(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert "\\u3400" not in text and "from wording.language import" in text


@pytest.mark.parametrize(
    ("sentence", "inside"),
    [
        (
            "Beijing strictly implements maternity leave",
            "Beijing strictly implements maternity leave",
        ),
        ("Newborn's resident medical insurance", "newborn's resident medical insurance"),
        ("HPF loan ceiling raised", "HPF loan ceiling raised"),
        ("I", "I"),
        ("", ""),
    ],
)
def test_a_sentence_set_inside_another_keeps_its_names(sentence: str, inside: str) -> None:
    """'Under clause 12 of the Beijing plan: Beijing strictly implements …', never 'beijing'."""
    assert lower_first(sentence) == inside
