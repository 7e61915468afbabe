"""The chat page without Rasa: typed text is shown as text, never markup; a polite word when the
assistant cannot answer, and a message whose reply was lost sent again with its id (once by
itself, then at the citizen's word); keyboard use and labels."""

import json
from typing import Any

from playwright.sync_api import Page, Request, Route, expect

from tests.browser.conftest import NewPage
from web.chat_proxy import UNAVAILABLE

MARKUP = "<img src=x onerror=\"document.title='hacked'\">老二<b>2025</b>年出生"


def test_typed_markup_is_shown_as_text_and_rasa_down_gets_a_polite_reply(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = new_page(locale="zh-CN", width=390, height=844)  # a phone
    page.goto(web_only_url)
    box = page.get_by_label("您的消息")
    box.fill(MARKUP)
    box.press("Enter")  # Enter sends

    expect(page.locator(".message.user .text")).to_have_text(MARKUP)
    expect(page.locator(".message.system")).to_contain_text(UNAVAILABLE.zh)
    assert page.locator(".messages img, .messages b").count() == 0
    assert page.title() != "hacked"
    expect(box).to_be_focused()
    expect(box).to_have_value("")
    assert not js_errors


def test_shift_enter_adds_a_line_instead_of_sending(new_page: NewPage, web_only_url: str) -> None:
    page = new_page(locale="en-US")
    page.goto(web_only_url)
    box = page.get_by_label("Your message")
    box.fill("first line")
    box.press("Shift+Enter")
    box.type("second line")
    expect(box).to_have_value("first line\nsecond line")
    assert page.locator(".message").count() == 0


def test_the_page_follows_the_browser_language_and_the_toggle(
    new_page: NewPage, web_only_url: str
) -> None:
    page = new_page(locale="en-US")
    page.goto(web_only_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Family benefits assistant")
    page.get_by_role("button", name="切换到中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    expect(page.get_by_role("heading", level=1)).to_have_text("生育支持政策助手")
    expect(page.get_by_role("button", name="我在济南，两个孩子")).to_be_visible()


def test_the_keyboard_reaches_the_message_box_with_a_visible_focus(
    new_page: NewPage, web_only_url: str
) -> None:
    page = new_page(locale="zh-CN")
    page.goto(web_only_url)
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "message":
            break
    box = page.get_by_label("您的消息")
    expect(box).to_be_focused()
    outline = box.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"


class FlakyAssistant:
    """Answers /api/v1/chat for the page: 503 for the first `failures` requests, then a reply;
    keeps every request body."""

    def __init__(self, page: Page, failures: int) -> None:
        self.failures = failures
        self.bodies: list[dict[str, Any]] = []
        page.route("**/api/v1/chat", self.answer)

    def answer(self, route: Route, request: Request) -> None:
        body = json.loads(request.post_data or "{}")
        self.bodies.append(body)
        if len(self.bodies) <= self.failures:
            content = {"detail": UNAVAILABLE.zh, "message": UNAVAILABLE.model_dump()}
            route.fulfill(status=503, json=content)
            return
        reply = {"recipient_id": body["sender"], "text": f"收到：{body['message']}"}
        route.fulfill(status=200, json={"messages": [reply]})


def phone_sending(
    new_page: NewPage, url: str, failures: int, text: str
) -> tuple[Page, FlakyAssistant]:
    """A phone's chat page whose assistant fails `failures` times, `text` typed and sent."""
    page = new_page(locale="zh-CN", width=390, height=844)
    assistant = FlakyAssistant(page, failures)
    page.goto(url)
    box = page.get_by_label("您的消息")
    box.fill(text)
    box.press("Enter")
    return page, assistant


def test_a_lost_reply_is_asked_for_again_with_the_same_message_id(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page, assistant = phone_sending(new_page, web_only_url, 1, "济南户口，两个孩子")

    expect(page.locator(".message.bot .text")).to_have_text("收到：济南户口，两个孩子")
    first, again = assistant.bodies
    assert first == again and first["message_id"].startswith("m-")
    assert page.locator(".message.system").count() == 0
    assert page.locator(".message.user").count() == 1
    assert not js_errors


def test_after_two_failures_the_citizen_sends_it_again_with_one_tap(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page, assistant = phone_sending(new_page, web_only_url, 2, "老二2025年1月10日出生")

    expect(page.locator(".message.system")).to_contain_text(UNAVAILABLE.zh)
    page.get_by_role("button", name="再发一次").click()
    expect(page.locator(".message.bot .text")).to_have_text("收到：老二2025年1月10日出生")
    expect(page.get_by_role("button", name="再发一次")).to_have_count(0)
    assert len({json.dumps(b, sort_keys=True) for b in assistant.bodies}) == 1
    assert len(assistant.bodies) == 3
    assert page.locator(".message.user").count() == 1

    box = page.get_by_label("您的消息")
    box.fill("老二2025年1月10日出生")  # said again on purpose: a new message, a new id
    box.press("Enter")
    expect(page.locator(".message.bot .text")).to_have_count(2)
    assert assistant.bodies[3]["message_id"] != assistant.bodies[0]["message_id"]
    assert not js_errors
