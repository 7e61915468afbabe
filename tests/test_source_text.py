"""The project's own source and data files hold no control characters: a "\\b" written into a
Python string that was not raw becomes a backspace (\\x08), and a regular expression then
looks for a backspace instead of a word boundary, silently never matching ("|\\x08mistake\\x08"
in the reader's words that put a fact right went unseen for days)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    "actions",
    "understanding",
    "wording",
    "policy_kb",
    "web",
    "stack",
    "inputs",
    "bot",
    "data",
    "tests",
    "bench",
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def test_no_source_or_data_file_holds_a_control_character() -> None:
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".yaml", ".yml", ".md", ".json", ".toml"):
                continue
            if ".venv" in path.parts or "node_modules" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), start=1):
                if CONTROL.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == [], found
