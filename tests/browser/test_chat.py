"""Full conversations in the chat page with the running assistant (Rasa, actions, web app, all
seeing 1 June 2025): the result cards with the right amounts, end dates and deadline, the
calendar download, the printable summary and a feedback click."""

import json
import urllib.request
from datetime import date
from typing import Any

from icalendar import Calendar
from playwright.sync_api import Page, expect

from policy_kb import evaluate, parse_household
from policy_kb import format as fmt
from policy_kb.dates import months_between
from policy_kb.report import Entitlement, Report
from stack.services import Stack
from tests.browser.conftest import TODAY, NewPage

REPLY_MS = 30_000
MAX_FILLERS = 10


def say(page: Page, text: str) -> None:
    """Type a message, press Enter, and wait until the assistant has answered it."""
    replies = page.locator(".message.bot, .message.system")
    before = replies.count()
    box = page.locator("#message")
    box.fill(text)
    box.press("Enter")
    replies.nth(before).wait_for(timeout=REPLY_MS)
    expect(page.locator("#send")).to_be_enabled(timeout=REPLY_MS)
    assert page.locator(".message.system").count() == 0, page.locator(
        ".message.system"
    ).first.text_content()


def converse(page: Page, opening: list[str], filler: str) -> None:
    """The opening lines, then `filler` for every further question until the result cards."""
    for text in opening:
        say(page, text)
    for _ in range(MAX_FILLERS):
        if page.locator(".result").count():
            return
        say(page, filler)
    raise AssertionError("no result cards after the questions")


def report_for(household: dict[str, Any]) -> Report:
    return evaluate(parse_household(household), as_of=date.fromisoformat(TODAY))


def card(page: Page, e: Entitlement) -> Any:
    return page.locator(f'.result .card[data-measure-id="{e.id}"][data-child="{e.child or ""}"]')


def feedback_count(web_url: str, measure_id: str) -> int:
    with urllib.request.urlopen(f"{web_url}/api/v1/feedback", timeout=10) as response:
        counts = json.loads(response.read())
    return sum(m["helpful"] for m in counts["measures"] if m["measure_id"] == measure_id)


def test_a_jinan_family_in_chinese(
    new_page: NewPage, running_stack: Stack, js_errors: list[str]
) -> None:
    page = new_page(locale="zh-CN", width=390, height=844)
    page.goto(running_stack.web_url)
    converse(
        page,
        [
            "你好",
            "我想查一下能领哪些生育补贴",
            "济南户口，两个孩子，老大2019年3月10日，老二2025年1月10日出生，居民医保",
        ],
        "不知道",
    )
    family = {
        "city": "jinan",
        "hukou_in_city": True,
        "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2025-01-10"}],
        "birth_insurance": "resident_medical",
    }
    report = report_for(family)
    [subsidy] = report.find("jinan.childcare_subsidy", child=2)
    [enrol] = report.find("jinan.newborn_medical_insurance_subsidy", child=2)
    [birth_costs] = report.find("jinan.childbirth_medical_insurance")
    assert subsidy.end and subsidy.start and enrol.apply_by

    subsidy_card = card(page, subsidy)
    for phrase in fmt.figures(subsidy, "zh"):  # 每月600元, 共21,600元
        expect(subsidy_card).to_contain_text(phrase)
    expect(subsidy_card).to_contain_text(
        f"{fmt.day(subsidy.start, 'zh')}至{fmt.day(subsidy.end, 'zh')}"
    )
    expect(subsidy_card.locator(".source-ref")).to_contain_text("第12条")
    expect(subsidy_card.locator(".quote blockquote").first).to_be_hidden()
    subsidy_card.locator(".quote summary").click()
    expect(subsidy_card.locator(".quote blockquote").first).to_contain_text(
        subsidy.sources[0].quote
    )

    expect(card(page, enrol).locator("dd.deadline")).to_have_text(fmt.day(enrol.apply_by, "zh"))
    expect(card(page, birth_costs)).to_contain_text(fmt.figures(birth_costs, "zh")[0])  # 3,000元
    expect(page.locator(".result .cards").first.locator(".card").first).to_have_attribute(
        "data-measure-id", enrol.id
    )  # the deadline comes first
    months = months_between(report.as_of, subsidy.end)
    expect(page.locator(".timeline-text")).to_contain_text(
        f"育儿补贴（第2个孩子）：至{fmt.day(subsidy.end, 'zh')}，还有{months}个月"
    )

    with page.expect_download() as saved:
        page.get_by_role("button", name="保存我的日期（日历文件）").click()
    assert saved.value.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(saved.value.path().read_bytes())
    days = {(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")}
    assert ("办理截止：二孩三孩参加居民医保个人缴费全额补贴（第2个孩子）", enrol.apply_by) in days
    assert ("育儿补贴（第2个孩子）到期", subsidy.end) in days

    with page.expect_popup() as opened:
        page.get_by_role("button", name="打印版摘要").click()
    summary = opened.value
    summary.wait_for_url("blob:**")
    expect(summary.locator("h1")).to_have_text("生育支持政策：您家可以享受的项目")
    expect(summary.locator("body")).to_contain_text(subsidy.sources[0].quote)
    summary.close()

    before = feedback_count(running_stack.web_url, subsidy.id)
    subsidy_card.get_by_role("button", name="有帮助").click()
    expect(subsidy_card.locator(".feedback-status")).to_have_text("谢谢您的反馈！")
    assert feedback_count(running_stack.web_url, subsidy.id) == before + 1
    assert not js_errors


def test_an_english_family(new_page: NewPage, running_stack: Stack, js_errors: list[str]) -> None:
    page = new_page(locale="en-US")
    page.goto(running_stack.web_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    converse(
        page,
        [
            "hi",
            "what benefits can we get?",
            "We live in Jinan with Jinan hukou. Two kids: born 2018-05-05 and 2024-11-11.",
        ],
        "skip",
    )
    report = report_for(
        {
            "city": "jinan",
            "hukou_in_city": True,
            "children": [{"birth_date": "2018-05-05"}, {"birth_date": "2024-11-11"}],
        }
    )
    [subsidy] = report.find("jinan.childcare_subsidy", child=2)
    assert subsidy.end is not None
    subsidy_card = card(page, subsidy)
    expect(subsidy_card.locator("h4")).to_have_text("Childcare subsidy (child 2)")
    expect(subsidy_card).to_contain_text("; ".join(fmt.figures(subsidy, "en")))  # 600 yuan/month
    expect(subsidy_card).to_contain_text(fmt.day(subsidy.end, "en"))  # 11 Nov 2027
    expect(subsidy_card.locator(".source-ref")).to_contain_text("clause 12")
    expect(page.locator(".result")).to_have_attribute("lang", "en")

    with page.expect_download() as saved:
        page.get_by_role("button", name="Save my dates (calendar file)").click()
    calendar = Calendar.from_ical(saved.value.path().read_bytes())
    ends = {(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")}
    assert ("Childcare subsidy (child 2) ends", subsidy.end) in ends

    subsidy_card.get_by_role("button", name="No").click()
    expect(subsidy_card.locator(".feedback-status")).to_have_text("Thank you for your feedback!")
    assert not js_errors
