"""The chat page as a citizen reads it (issue 13, point 8), on a phone (390x844) and a desk
screen: the newest reply above the message box, the top of a result in view, the page in the
conversation's language, a restart the assistant really forgets with, speaker labels for screen
readers, the conversation still there after a reload, and labels that say what they hold.

All but the first run against the whole assistant (`running_stack`, seeing 1 June 2025); the
first needs only the page's layout, so its assistant is a stand-in with replies of known length."""

import json
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, Route, expect

from policy_kb import format as fmt
from policy_kb.text import Lang
from stack.services import Stack
from tests.browser.conftest import NewPage
from tests.browser.test_chat import card, converse, report_for, say

PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}
SCREENS = [pytest.param(PHONE, id="phone"), pytest.param(DESK, id="desk")]
SETTLE_MS = 5_000  # smooth scrolling ends well within this

JINAN_FAMILY = "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保"

# Where an element is on screen, against the top of the message box (sticky at the bottom).
PLACE = """node => {
  const r = node.getBoundingClientRect();
  const box = document.getElementById("composer").getBoundingClientRect();
  return {top: r.top, bottom: r.bottom, visibleBottom: Math.min(window.innerHeight, box.top)};
}"""
FIRST_LINE_PX = 24


def settle(page: Page) -> None:
    """Wait until the page has stopped scrolling (smooth scrolling passes everything on its
    way: only where it ends counts)."""
    last = None
    steady = 0
    for _ in range(SETTLE_MS // 100):
        now = page.evaluate("window.scrollY")
        steady = steady + 1 if now == last else 0
        if steady >= 3:
            return
        last = now
        page.wait_for_timeout(100)


def assert_in_view(page: Page, node: Locator, whole: bool, what: str) -> None:
    """`node` (whole, or its first line) is on screen and not under the message box, once
    scrolling has ended."""
    settle(page)
    place = page.evaluate(PLACE, node.element_handle())
    bottom = place["bottom"] if whole else place["top"] + FIRST_LINE_PX
    in_view = place["top"] >= 0 and bottom <= place["visibleBottom"]
    assert in_view, f"{what} is not in view above the message box: {place}"


def phone_or_desk(new_page: NewPage, screen: dict[str, int], locale: str = "zh-CN") -> Page:
    return new_page(locale=locale, **screen)


class StandInAssistant:
    """Answers /api/v1/chat with a reply of a few lines per message ('long' gets a reply taller
    than a phone's screen)."""

    def __init__(self, page: Page) -> None:
        page.route("**/api/v1/chat", self.answer)

    def answer(self, route: Route) -> None:
        body = json.loads(route.request.post_data or "{}")
        lines = 60 if body["message"] == "long" else 3
        text = "\n".join(f"第{i + 1}行：收到“{body['message']}”。" for i in range(lines))
        reply = {"recipient_id": body["sender"], "text": text}
        route.fulfill(status=200, json={"messages": [reply]})


@pytest.mark.parametrize("screen", SCREENS)
def test_the_newest_reply_is_never_hidden_under_the_message_box(
    new_page: NewPage, web_only_url: str, screen: dict[str, int], js_errors: list[str]
) -> None:
    page = phone_or_desk(new_page, screen)
    StandInAssistant(page)
    page.goto(web_only_url)
    for turn in range(1, 13):
        say(page, f"第{turn}句话")
        newest = page.locator(".message.bot").last
        assert_in_view(page, newest, whole=True, what=f"the reply to turn {turn}")
    say(page, "long")  # taller than the screen: its beginning is shown, not its end
    assert_in_view(page, page.locator(".message.bot").last, whole=False, what="the long reply")
    assert not js_errors


@pytest.mark.parametrize("screen", SCREENS)
def test_after_a_result_the_page_shows_the_top_of_the_result(
    new_page: NewPage, running_stack: Stack, screen: dict[str, int], js_errors: list[str]
) -> None:
    page = phone_or_desk(new_page, screen)
    page.goto(running_stack.web_url)
    converse(page, [JINAN_FAMILY], "不知道")
    heading = page.locator(".result h3")
    expect(heading).to_contain_text("查询结果")
    assert_in_view(page, heading, whole=True, what="the result's heading")
    assert not js_errors


@pytest.mark.parametrize(
    ("screen", "locale", "written", "other"),
    [
        pytest.param(PHONE, "zh-CN", "what benefits can we get?", "我们在济南", id="phone-en"),
        pytest.param(DESK, "en-US", "我想查一下能领哪些生育补贴", "we live in Jinan", id="desk-zh"),
    ],
)
def test_the_page_speaks_the_language_of_the_conversation_also_after_a_reload(
    new_page: NewPage,
    running_stack: Stack,
    screen: dict[str, int],
    locale: str,
    written: str,
    other: str,
    js_errors: list[str],
) -> None:
    page = phone_or_desk(new_page, screen, locale)
    page.goto(running_stack.web_url)
    browser_lang = "zh" if locale.startswith("zh") else "en"
    spoken = "en" if browser_lang == "zh" else "zh"
    expect_page_in(page, browser_lang)

    say(page, written)
    expect_page_in(page, spoken)
    page.reload()
    expect(page.locator(".message.user")).to_have_count(1)
    expect_page_in(page, spoken)

    say(page, other)  # written in the other language: the conversation, and the page, follow
    expect_page_in(page, browser_lang)
    assert not js_errors


def expect_page_in(page: Page, lang: str) -> None:
    """The page's own words (title, heading, buttons, labels) are in `lang`."""
    zh = lang == "zh"
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN" if zh else "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "生育支持政策助手" if zh else "Family benefits assistant"
    )
    expect(page.locator("#send")).to_have_text("发送" if zh else "Send")
    expect(page.get_by_label("您的消息" if zh else "Your message")).to_be_visible()


@pytest.mark.parametrize("screen", SCREENS)
def test_start_over_begins_a_conversation_the_assistant_knows_nothing_of(
    new_page: NewPage, running_stack: Stack, screen: dict[str, int], js_errors: list[str]
) -> None:
    page = phone_or_desk(new_page, screen)
    page.goto(running_stack.web_url)
    say(page, "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生")
    asked = page.locator(".message.bot").last.inner_text()
    assert "城市" not in asked, asked  # the household is known: the next question is another
    sender = page.evaluate("sessionStorage.getItem('assistant.sender')")

    restart = page.get_by_role("button", name="重新开始")
    expect(restart).to_be_visible()  # at the top of the page, without scrolling
    assert_in_view(page, restart, whole=True, what="the restart button")
    restart.click()
    expect(page.locator(".message")).to_have_count(0)
    expect(page.get_by_role("status").first).to_contain_text("已开始新的对话")
    expect(page.locator("#message")).to_be_focused()
    assert page.evaluate("sessionStorage.getItem('assistant.sender')") != sender

    say(page, "我想查一下能领哪些生育补贴")
    expect(page.locator(".message.bot").last).to_contain_text("哪个城市")  # asked anew
    assert page.locator(".result").count() == 0
    page.reload()  # the new conversation is the one kept
    expect(page.locator(".message.user .text")).to_have_text(["我想查一下能领哪些生育补贴"])
    assert not js_errors


@pytest.mark.parametrize(
    ("screen", "locale", "hello", "you", "assistant"),
    [
        pytest.param(PHONE, "zh-CN", "你好", "您: ", "助手: ", id="phone-zh"),
        pytest.param(DESK, "en-US", "hello", "You: ", "Assistant: ", id="desk-en"),
    ],
)
def test_a_screen_reader_hears_who_speaks(
    new_page: NewPage,
    running_stack: Stack,
    screen: dict[str, int],
    locale: str,
    hello: str,
    you: str,
    assistant: str,
) -> None:
    page = phone_or_desk(new_page, screen, locale)
    page.goto(running_stack.web_url)
    say(page, hello)
    user_label = page.locator(".message.user .visually-hidden")
    expect(user_label).to_have_text(you)
    expect(page.locator(".message.user")).to_have_text(f"{you}{hello}")
    for label in page.locator(".message.bot > .visually-hidden").all():
        expect(label).to_have_text(assistant)
    assert "undefined" not in (page.locator("#messages").text_content() or "")


@pytest.mark.parametrize("screen", SCREENS)
def test_a_reload_shows_the_conversation_the_assistant_remembers(
    new_page: NewPage, running_stack: Stack, screen: dict[str, int], js_errors: list[str]
) -> None:
    page = phone_or_desk(new_page, screen)
    page.goto(running_stack.web_url)
    say(page, "我想查一下能领哪些生育补贴")
    say(page, "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生")
    before = page.locator(".message").all_inner_texts()

    page.reload()
    expect(page.locator(".message")).to_have_count(len(before))
    assert page.locator(".message").all_inner_texts() == before
    expect(page.locator("#conversation-note")).to_contain_text("助手仍记得")
    assert_in_view(page, page.locator(".message.bot").last, whole=True, what="the last reply")

    say(page, "不知道")  # the assistant goes on with the same household
    reply = page.locator(".message.bot").last.inner_text()
    assert "城市" not in reply and "几个孩子" not in reply, reply
    assert not js_errors


def test_a_reload_without_the_record_says_the_conversation_starts_anew(
    new_page: NewPage, running_stack: Stack, js_errors: list[str]
) -> None:
    page = phone_or_desk(new_page, PHONE)
    page.goto(running_stack.web_url)
    say(page, "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生")
    page.evaluate("sessionStorage.removeItem('assistant.transcript')")  # a record the tab lost

    page.reload()
    expect(page.locator("#conversation-note")).to_contain_text("这是一个新的对话")
    expect(page.locator(".message")).to_have_count(0)
    say(page, "我想查一下能领哪些生育补贴")  # and the assistant has indeed nothing of it
    expect(page.locator(".message.bot").last).to_contain_text("哪个城市")
    assert not js_errors


def test_a_reply_still_owed_at_a_reload_is_asked_for_again_with_its_message_id(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = phone_or_desk(new_page, PHONE)
    bodies: list[dict[str, Any]] = []

    def answer(route: Route) -> None:
        body = json.loads(route.request.post_data or "{}")
        bodies.append(body)
        if len(bodies) > 1:  # the first reply never comes: the citizen reloads meanwhile
            reply = {"recipient_id": body["sender"], "text": f"收到：{body['message']}"}
            route.fulfill(status=200, json={"messages": [reply]})

    page.route("**/api/v1/chat", answer)
    page.goto(web_only_url)
    box = page.get_by_label("您的消息")
    box.fill("老二2025年1月10日出生")
    box.press("Enter")
    expect(page.locator("#waiting")).to_be_visible()

    page.reload()
    expect(page.locator(".message.bot .text")).to_have_text("收到：老二2025年1月10日出生")
    expect(page.locator(".message.user")).to_have_count(1)
    first, again = bodies
    assert first == again  # same sender, same message id: Rasa answers from the stored turn
    assert not js_errors


def card_rows(card_: Locator) -> dict[str, str]:
    terms = card_.locator("dt").all_inner_texts()
    values = card_.locator("dd").all_inner_texts()
    return dict(zip(terms, values, strict=True))


@pytest.mark.parametrize(
    ("screen", "lang", "opening", "filler"),
    [
        pytest.param(
            PHONE, "zh", ["济南户口，两个孩子，老大2012年9月1日，老二2022年6月22日出生"], "不知道",
            id="phone-zh",
        ),
        pytest.param(
            DESK, "en",
            ["We live in Jinan with Jinan hukou. Two kids: born 2012-09-01 and 2022-06-22."],
            "skip", id="desk-en",
        ),
    ],
)  # fmt: skip
def test_labels_say_what_they_hold(
    new_page: NewPage,
    running_stack: Stack,
    screen: dict[str, int],
    lang: Lang,
    opening: list[str],
    filler: str,
    js_errors: list[str],
) -> None:
    page = phone_or_desk(new_page, screen, "zh-CN" if lang == "zh" else "en-US")
    page.goto(running_stack.web_url)
    converse(page, opening, filler)
    household: dict[str, Any] = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2012-09-01"}, {"birth_date": "2022-06-22"}],
    }
    report = report_for(household)
    [leave] = report.find("jinan.parental_leave")  # days, until the youngest turns 3
    [area] = report.find("jinan.rental_subsidy_area")  # square metres
    assert leave.days and leave.end and area.area_m2
    days_left = (leave.end - report.as_of).days
    assert 0 < days_left < 31  # less than a month: counted in days

    zh = lang == "zh"
    money, ends = ("金额", "享受至") if zh else ("Amount", "Benefit ends")
    leave_rows = card_rows(card(page, leave))
    assert leave_rows["天数" if zh else "Days"] == fmt.figures(leave, lang)[0]  # 10天, not 金额
    assert leave_rows[ends] == fmt.day(leave.end, lang)  # the day it ends, not a deadline
    area_rows = card_rows(card(page, area))
    assert area_rows["面积" if zh else "Area"] == fmt.figures(area, lang)[0]  # 增加15平方米
    assert money not in leave_rows and money not in area_rows
    terms = set(page.locator(".result dt").all_inner_texts())
    assert not terms & {"截止", "Ends"}, terms  # an application deadline reads 请在此日期前办理

    left = f"还有{days_left}天" if zh else f"{days_left} days left"
    until = f"至{fmt.day(leave.end, lang)}" if zh else f"until {fmt.day(leave.end, lang)}"
    expect(page.locator(".timeline-text")).to_contain_text(
        f"{until}，{left}" if zh else f"{until}, {left}"
    )
    expect(page.locator(".timeline-text")).not_to_contain_text("还有0个月")
    expect(page.locator(".timeline-text")).not_to_contain_text("0 month")
    assert not js_errors
