"""The README's pictures: the chat page on a phone after a Chinese conversation, and the hotline
console after a calculation, taken in headless chromium from the running assistant.

Run: `python3 -m uv run --frozen python docs/pictures.py` (needs `make bot-train` done)."""

from pathlib import Path
from tempfile import mkdtemp

from playwright.sync_api import Page, sync_playwright

from stack.config import Ports, StackConfig
from stack.processes import free_port
from stack.services import Stack

HERE = Path(__file__).resolve().parent
TODAY = "2025-06-01"
CONVERSATION = [
    "我想查一下能领哪些生育补贴",
    "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保",
]
FILLER = "不知道"


def say(page: Page, text: str) -> None:
    replies = page.locator(".message.bot")
    before = replies.count()
    page.fill("#message", text)
    page.press("#message", "Enter")
    replies.nth(before).wait_for(timeout=30_000)
    page.wait_for_selector("#send:enabled", timeout=30_000)


def chat(page: Page, url: str) -> None:
    page.goto(url)
    for text in CONVERSATION:
        say(page, text)
    while not page.locator(".result").count():
        say(page, FILLER)
    page.locator(".result").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(HERE / "chat.png"))


def console(page: Page, url: str) -> None:
    page.goto(f"{url}/console")
    page.fill("#q", "陪产假")
    page.press("#q", "Enter")
    page.wait_for_selector("#hits li", timeout=10_000)
    page.locator("#hits li button, #hits li a").first.click()
    page.wait_for_selector("#measure:not([hidden])", timeout=10_000)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(HERE / "console.png"), full_page=False)


def main() -> None:
    ports = Ports(rasa=free_port(), actions=free_port(), web=free_port())
    config = StackConfig(ports=ports, data_dir=Path(mkdtemp()), today=TODAY, logs_to_files=True)
    with Stack(config) as stack, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        phone = browser.new_page(locale="zh-CN", viewport={"width": 390, "height": 844})
        chat(phone, stack.web_url)
        desk = browser.new_page(locale="zh-CN", viewport={"width": 1280, "height": 800})
        console(desk, stack.web_url)
        browser.close()
    print(f"wrote {HERE / 'chat.png'} and {HERE / 'console.png'}")


if __name__ == "__main__":
    main()
