"""How many actions a hotline worker needs on the console, from an empty screen to the answer
with its clause in view, for four caller questions (issue 14). Drives the console in Debian's
chromium at 1366x768 against the web app alone and counts clicks and key presses (typed
characters are not counted; choosing in a drop-down is two actions: open and pick).

    python bench/console_actions.py           # the four questions, a table
    python bench/console_actions.py --smoke   # the first question only

Exit code 0 when every answer was found in view within its target (3 actions for a search
question, 8 for a calculator question), 1 otherwise."""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Locator, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.server import web_server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
TODAY = "2025-06-01"
VIEWPORT = {"width": 1366, "height": 768}


class Worker:
    """The console as a worker uses it, counting each click and key press."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.actions = 0
        self.steps: list[str] = []

    def click(self, locator: Locator, what: str) -> None:
        locator.click()
        self.actions += 1
        self.steps.append(f"click {what}")

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.actions += 1
        self.steps.append(f"press {key}")

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)
        self.steps.append(f"type {text!r}")

    def choose(self, locator: Locator, value: str, what: str) -> None:
        locator.select_option(value)
        self.actions += 2
        self.steps.append(f"choose {what}")


def in_view(page: Page, locator: Locator) -> bool:
    """The element is shown and lies within the window (and within its scrolling pane)."""
    locator.wait_for(state="visible")
    box = locator.bounding_box()
    if box is None:
        return False
    fits_window = box["y"] >= 0 and box["y"] + box["height"] <= VIEWPORT["height"]
    pane = page.locator("#answer").bounding_box()
    fits_pane = pane is None or (box["y"] >= pane["y"] and box["y"] <= pane["y"] + pane["height"])
    return fits_window and fits_pane


@dataclass
class Question:
    text: str
    kind: str  # "search" or "calculator"
    ask: Callable[[Worker], Locator]  # the worker's actions; returns the answer's element
    clause: str
    lang: str = "zh"  # the worker's page language

    @property
    def target(self) -> int:
        return 3 if self.kind == "search" else 8


def paternity_leave(w: Worker) -> Locator:
    w.type("济南 陪产假")  # the search box has focus on load
    w.press("Enter")
    return w.page.locator('#measure[data-measure-id="jinan.paternity_leave"] .say')


def loan_ceiling(w: Worker) -> Locator:
    page = w.page
    w.click(page.locator("#f-older_children"), "children without dates")
    w.type("3")
    w.click(page.locator("#f-housing_fund_contributors"), "housing fund contributors")
    w.type("2")
    w.choose(page.locator("#f-buying_first_home"), "true", "buying a first home: yes")
    w.click(page.locator("#calculate"), "测算")
    return page.locator('tr.item[data-measure-id="jinan.housing_fund_loan_limit"]')


def second_child_subsidy(w: Worker) -> Locator:
    page = w.page
    w.click(page.locator("#f-older_children"), "children without dates")
    w.type("1")
    w.click(page.locator("#add-child"), "添加一个孩子")  # focus moves to its birth field
    w.type("2022-12-31")
    w.press("Enter")
    return page.locator('tr.item[data-measure-id="jinan.childcare_subsidy"][data-child="2"]')


def paternity_leave_en(w: Worker) -> Locator:
    w.type("paternity leave Jinan")
    w.press("Enter")
    return w.page.locator('#measure[data-measure-id="jinan.paternity_leave"] .say')


def beijing_second_child_en(w: Worker) -> Locator:
    w.type("Beijing subsidy second child")
    w.press("Enter")
    return w.page.locator(
        '#measure[data-measure-id="beijing.family_upbringing_subsidy_system"] .say'
    )


def beijing_second_child(w: Worker) -> Locator:
    w.type("北京 二孩 补贴")
    w.press("Enter")
    return w.page.locator(
        '#measure[data-measure-id="beijing.family_upbringing_subsidy_system"] .say'
    )


QUESTIONS = [
    Question("paternity leave in Jinan", "search", paternity_leave, "第11条"),
    Question(
        "loan ceiling, three children, two contributors", "calculator", loan_ceiling, "第14条"
    ),
    Question(
        "second child born 31 Dec 2022: the subsidy?", "calculator", second_child_subsidy, "第12条"
    ),
    Question("Beijing's subsidy for a second child", "search", beijing_second_child, "第(12)条"),
    Question(
        "  the same, English page: paternity leave", "search", paternity_leave_en, "clause 11", "en"
    ),
    Question(
        "  the same, English page: Beijing second child",
        "search",
        beijing_second_child_en,
        "clause (12)",
        "en",
    ),
]


def run(questions: list[Question]) -> bool:
    rows: list[tuple[str, str, int, int, bool, float, str]] = []
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        env = {"ASSISTANT_TODAY": TODAY, "ASSISTANT_RASA_URL": "http://127.0.0.1:9"}
        with web_server(Path(work), env) as server:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
            for q in questions:
                locale = "zh-CN" if q.lang == "zh" else "en-GB"
                context = browser.new_context(locale=locale, viewport=VIEWPORT)
                page = context.new_page()
                page.goto(f"{server.url}/console?lang={q.lang}")
                page.locator("#q:focus").wait_for()
                worker = Worker(page)
                started = time.monotonic()
                answer = q.ask(worker)
                answer.wait_for(state="visible")
                seconds = time.monotonic() - started
                seen = in_view(page, answer) and q.clause in answer.inner_text()
                rows.append(
                    (
                        q.text,
                        q.kind,
                        worker.actions,
                        q.target,
                        seen,
                        seconds,
                        "; ".join(worker.steps),
                    )
                )
                context.close()
            browser.close()
    print(f"{'question':50} {'kind':10} {'actions':>7} {'target':>6}  in view  seconds")
    for text, kind, actions, target, seen, seconds, _ in rows:
        print(
            f"{text:50} {kind:10} {actions:7d} {target:6d}  {'yes' if seen else 'NO':7}  "
            f"{seconds:7.2f}"
        )
    print()
    for text, *_, steps in rows:
        print(f"{text}: {steps}")
    return all(seen and actions <= target for _, _, actions, target, seen, _, _ in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="the first question only")
    args = parser.parse_args()
    sys.exit(0 if run(QUESTIONS[:1] if args.smoke else QUESTIONS) else 1)


if __name__ == "__main__":
    main()
