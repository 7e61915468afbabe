"""The hotline console in headless chromium, against the web app alone: search with clauses and
quotes, the household calculator, feedback counts; and the API docs without outside hosts."""

import re
from datetime import date
from urllib.parse import urlparse

from playwright.sync_api import Page, expect

from policy_kb import evaluate, get_entry, parse_household
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from tests.browser.conftest import TODAY, NewPage

AS_OF = date.fromisoformat(TODAY)  # the web app's today (ASSISTANT_TODAY)
FAMILY = {
    "city": "jinan",
    "hukou_in_city": True,
    "children": [{"birth_date": "2019-03-10"}, {"birth_date": "2025-01-10"}],
}


def open_console(new_page: NewPage, url: str, lang: str = "zh") -> Page:
    page = new_page()
    page.goto(f"{url}/console?lang={lang}")
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN" if lang == "zh" else "en")
    return page


def test_searching_paternity_leave_finds_the_measure_with_its_clause_and_quote(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = open_console(new_page, web_only_url)
    entry = get_entry("jinan.paternity_leave")
    document = catalogue().documents[entry.document].title.zh
    page.get_by_label("搜索词").fill("陪产假")
    page.get_by_label("城市", exact=True).first.select_option("jinan")
    page.get_by_label("搜索词").press("Enter")

    hit = page.locator(f'.hit[data-measure-id="{entry.id}"]')
    expect(hit).to_contain_text(entry.title.zh)
    expect(hit).to_contain_text(f"《{document}》第{entry.clause}条")
    hit.click()

    measure = page.locator("#measure")
    expect(measure.locator("h3")).to_have_text(entry.title.zh)
    days = entry.param("min_days")
    expect(measure.locator(".params")).to_contain_text(f"{days.in_force(AS_OF)}天")
    expect(measure.locator(".params blockquote")).to_have_text(f"“{days.quote}”")
    expect(measure).to_contain_text(entry.sources[0].quote)
    assert not js_errors


def test_the_calculator_shows_the_600_yuan_subsidy_row_with_its_clause_and_the_deadline(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = open_console(new_page, web_only_url)
    page.get_by_label("城市", exact=True).last.select_option("jinan")
    page.get_by_label("本市户籍").select_option("true")
    for child in FAMILY["children"]:
        page.get_by_role("button", name="添加一个孩子").click()
        page.locator(".child-row .birth").last.fill(str(child["birth_date"]))
    page.get_by_label("评估日期（留空为今天）").fill(TODAY)
    page.get_by_role("button", name="测算").click()

    report = evaluate(parse_household(FAMILY), as_of=date.fromisoformat(TODAY))
    [subsidy] = report.find("jinan.childcare_subsidy", child=2)
    row = page.locator('tr[data-measure-id="jinan.childcare_subsidy"][data-child="2"]')
    expect(row).to_contain_text(fmt.figures(subsidy, "zh")[0])  # "每月600元"
    expect(row).to_contain_text("符合")
    expect(row).to_contain_text("第12条")
    assert subsidy.end is not None
    expect(row).to_contain_text(fmt.day(subsidy.end, "zh"))

    [enrol] = report.find("jinan.newborn_medical_insurance_subsidy", child=2)
    assert enrol.apply_by is not None
    deadline = page.locator(
        'tr[data-measure-id="jinan.newborn_medical_insurance_subsidy"][data-child="2"] .deadline'
    )
    expect(deadline).to_contain_text(fmt.day(enrol.apply_by, "zh"))

    first_missing = catalogue().fact_labels[report.missing_facts[0]].zh
    expect(page.locator("ol.missing li").first).to_have_text(first_missing)
    assert not js_errors


def test_a_bad_figure_in_the_calculator_is_named_and_marked(
    new_page: NewPage, web_only_url: str
) -> None:
    page = open_console(new_page, web_only_url)
    field = page.get_by_label("家中缴存住房公积金的人数")
    field.fill("-2")
    page.get_by_role("button", name="测算").click()
    expect(page.locator("#calc-errors")).to_contain_text("家中缴存住房公积金的人数")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_be_focused()


def test_a_measure_rated_helpful_shows_in_the_feedback_counts(
    new_page: NewPage, web_only_url: str
) -> None:
    page = open_console(new_page, web_only_url, lang="en")
    entry = get_entry("jinan.maternity_leave")
    page.get_by_label("Search words").fill("maternity leave Jinan")
    page.get_by_role("button", name="Search").click()
    page.locator(f'.hit[data-measure-id="{entry.id}"]').click()
    page.locator("#measure").get_by_role("button", name="Yes").click()
    expect(page.locator("#measure .feedback-status")).to_have_text("Thank you for your feedback!")
    row = page.locator(f'#feedback-counts tr[data-measure-id="{entry.id}"]')
    expect(row.locator("th")).to_have_text(entry.title.en)
    expect(row.locator("td.count-yes")).not_to_have_text("0")


def test_the_language_toggle_switches_the_console(new_page: NewPage, web_only_url: str) -> None:
    page = open_console(new_page, web_only_url)
    page.get_by_role("button", name="Switch to English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hotline policy console")
    expect(page.get_by_label("Household registration (hukou) in the city")).to_be_visible()


def test_the_api_docs_load_nothing_from_another_host(new_page: NewPage, web_only_url: str) -> None:
    page = new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.goto(f"{web_only_url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Family benefits assistant")
    expect(page.get_by_text("/api/v1/entitlements").first).to_be_visible()
    assert hosts == {urlparse(web_only_url).netloc}


# ---- issue 14: a hotline worker on a live call, at 1366x768 ----------------------------------

DESK = {"width": 1366, "height": 768}


def desk_console(new_page: NewPage, url: str, lang: str = "zh") -> Page:
    page = new_page(locale="zh-CN" if lang == "zh" else "en-GB", **DESK)
    page.goto(f"{url}/console?lang={lang}")
    expect(page.locator("#q")).to_be_focused()
    return page


def in_view(page: Page, selector: str) -> bool:
    """Shown, inside the window and inside the answer pane's visible part: no scrolling needed."""
    box = page.locator(selector).first.bounding_box()
    pane = page.locator("#answer").bounding_box()
    assert box is not None and pane is not None
    top, bottom = box["y"], box["y"] + min(box["height"], 60)
    return top >= 0 and bottom <= DESK["height"] and pane["y"] <= top <= pane["y"] + pane["height"]


def test_a_worker_types_paternity_leave_and_presses_enter_the_answer_with_clause_11_is_in_view(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    entry = get_entry("jinan.paternity_leave")
    page.keyboard.type("济南 陪产假")
    page.keyboard.press("Enter")
    say = page.locator(f'#measure[data-measure-id="{entry.id}"] .say')
    expect(say).to_contain_text(f"第{entry.clause}条")
    expect(say).to_contain_text(f"{entry.param('min_days').in_force(AS_OF)}天")
    expect(page.locator("#measure h3")).to_have_text(entry.title.zh)
    assert in_view(page, "#measure h3") and in_view(page, "#measure .say")
    assert not js_errors


def test_slash_focuses_the_search_enter_on_a_hit_opens_it_and_esc_closes_it(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_role("button", name="添加一个孩子").click()
    page.locator("#calculate").focus()
    page.keyboard.press("/")
    expect(page.locator("#q")).to_be_focused()
    page.keyboard.type("产假")
    page.keyboard.press("Enter")
    expect(page.locator(".hit").nth(1)).to_be_visible()
    second = page.locator(".hit").nth(1).get_attribute("data-measure-id")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.locator(".hit").nth(1)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#measure")).to_have_attribute("data-measure-id", str(second))
    assert in_view(page, "#measure h3")
    page.keyboard.press("Escape")
    expect(page.locator("#measure")).to_be_hidden()
    expect(page.locator(".hit").nth(1)).to_be_focused()
    assert not js_errors


def test_after_calculate_the_errors_then_the_result_appear_in_view_in_the_workers_language(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_role("button", name="添加一个孩子").click()
    page.get_by_role("button", name="测算").click()
    errors = page.locator("#calc-errors")
    expect(errors).to_contain_text("第1行孩子的出生日期或年龄")
    expect(errors).to_contain_text("没有填写")
    expect(errors).not_to_contain_text("Input should be")
    assert in_view(page, "#calc-errors")
    birth = page.locator("#child-0-birth")
    expect(birth).to_be_focused()
    expect(birth).to_have_attribute("aria-invalid", "true")
    page.keyboard.type("2023-03-05")
    page.keyboard.press("Enter")
    expect(errors).to_be_empty()
    assert in_view(page, "#report h2")
    assert in_view(page, '#report tr.item[data-measure-id="jinan.childcare_subsidy"]')
    assert not js_errors


def test_english_errors_name_the_field_in_english(new_page: NewPage, web_only_url: str) -> None:
    page = desk_console(new_page, web_only_url, lang="en")
    page.get_by_label("Children without dates (older than those below)").fill("two")
    page.get_by_role("button", name="Calculate").click()
    expect(page.locator("#calc-errors")).to_contain_text("number of children without dates")
    expect(page.locator("#calc-errors")).to_contain_text("enter a whole number from 0 to 20")


def test_each_answer_has_a_copy_button_and_the_callers_language_beside_the_workers(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    entry = get_entry("jinan.housing_fund_loan_limit")
    page.keyboard.type("公积金贷款额度")
    page.keyboard.press("Enter")
    measure = page.locator(f'#measure[data-measure-id="{entry.id}"]')
    expect(measure.locator(".say")).to_contain_text("第14条")
    expect(measure.locator(".say-caller")).to_have_count(0)
    measure.locator(".say .copy").first.click()
    expect(measure.locator(".copy-status").first).to_have_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(entry.title.zh) and f"第{entry.clause}条" in copied

    page.get_by_role("button", name="对方语言：英文").click()
    caller = measure.locator(".say-caller")
    expect(caller).to_contain_text(entry.title.en)
    expect(caller).to_contain_text(f"clause {entry.clause}")
    expect(caller).to_have_attribute("lang", "en")
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")  # the worker's screen stays
    expect(page.locator(".hit .hit-title").first).to_have_text(entry.title.zh)
    assert not js_errors


def test_figures_and_dates_read_in_the_locale(new_page: NewPage, web_only_url: str) -> None:
    entry = get_entry("jinan.housing_fund_loan_limit")
    ceiling = entry.param("loan_ceiling_cny").in_force(AS_OF)[3][2]  # three children, two payers
    assert ceiling == 1_000_000
    for lang, shown in (("zh", "100万元"), ("en", "1,000,000 yuan")):
        page = desk_console(new_page, web_only_url, lang=lang)
        page.keyboard.type("公积金贷款额度" if lang == "zh" else "housing fund loan ceiling")
        page.keyboard.press("Enter")
        expect(page.locator(f'#measure[data-measure-id="{entry.id}"] .params')).to_contain_text(
            shown
        )
        page.locator("#f-as_of").fill("2027-09-15")
        page.locator("#calculate").click()
        heading = "2027年9月15日" if lang == "zh" else "15 Sep 2027"
        expect(page.locator("#report h2")).to_contain_text(heading)


def test_a_birth_month_and_a_count_of_older_children_give_the_answer_and_say_what_depends_on_the_day(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_label("本市户籍").select_option("true")
    page.get_by_label("不填日期的孩子人数（比下面的孩子大）").fill("1")
    page.get_by_role("button", name="添加一个孩子").click()
    page.keyboard.type("2023年1月")
    page.keyboard.press("Enter")
    subsidy = page.locator('tr.item[data-measure-id="jinan.childcare_subsidy"][data-child="2"]')
    expect(subsidy).to_contain_text("符合")
    expect(subsidy).to_contain_text("每月600元")
    expect(subsidy.locator(".badge-depends")).to_have_text("要看确切日期")
    expect(page.locator("#report .notes")).to_contain_text("按最早的可能日期2023年1月1日计算")
    subsidy.locator(".item-open").click()
    say = page.locator('tr.say-row[data-say-for="jinan.childcare_subsidy"][data-child="2"]')
    expect(say).to_contain_text("第12条")
    expect(say).to_contain_text("要按确切出生日期核对")
    assert in_view(page, '#report tr.item[data-measure-id="jinan.childcare_subsidy"]')
    assert not js_errors


def test_the_quotes_say_in_both_languages_that_they_are_english_translations(
    new_page: NewPage, web_only_url: str
) -> None:
    page = desk_console(new_page, web_only_url)
    page.keyboard.type("育儿补贴")
    page.keyboard.press("Enter")
    measure = page.locator("#measure")
    expect(measure.locator("blockquote").first).to_be_visible()
    for note in measure.locator(".quotes-note").all():
        expect(note).to_contain_text("英文译本")
        expect(note).to_contain_text("English translation")
    summary = measure.locator(".measure-summary")
    expect(summary).to_have_attribute("lang", "zh-CN")
    # the Chinese summary comes before the first English quote
    assert summary.evaluate(
        "(s) => !!(s.compareDocumentPosition(document.querySelector('#measure blockquote')) & 4)"
    )


def test_the_printout_shows_the_household_facts_and_fits_two_a4_pages_for_three_children(
    new_page: NewPage, web_only_url: str
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_label("本市户籍").select_option("true")
    for born in ("2018-05-01", "2021-07-15", "2024-02-10"):
        page.get_by_role("button", name="添加一个孩子").click()
        page.keyboard.type(born)
    page.get_by_label("家中缴存住房公积金的人数").fill("2")
    page.get_by_role("button", name="测算").click()
    expect(page.locator("#report tr.item").first).to_be_visible()
    page.emulate_media(media="print")
    facts = page.locator("#report .facts")
    expect(facts).to_be_visible()
    expect(facts).to_contain_text("2024年2月10日")
    expect(facts).to_contain_text("家中缴存住房公积金的人数")
    expect(page.locator("#household-form")).to_be_hidden()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    assert 1 <= pages <= 2, f"{pages} A4 pages"


def test_the_date_fields_read_back_what_was_typed_in_the_page_language(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_role("button", name="添加一个孩子").click()
    page.keyboard.type("Dec 2022")
    page.keyboard.press("Tab")
    expect(page.locator("#child-0-birth-reading")).to_have_text(
        "= 2022年12月（按2022年12月1日计算）"
    )
    page.locator("#f-as_of").fill("15 Sep 2027")
    page.locator("#f-as_of").press("Tab")
    expect(page.locator("#f-as_of-reading")).to_have_text("= 2027年9月15日")
    page.get_by_role("button", name="Switch to English").click()
    expect(page.locator("#child-0-birth-reading")).to_have_text(
        "= December 2022 (computed as born 1 Dec 2022)"
    )
    expect(page.locator("#f-as_of-reading")).to_have_text("= 15 Sep 2027")
    page.locator("#child-0-birth").fill("next spring")
    page.locator("#child-0-birth").press("Tab")
    expect(page.locator("#child-0-birth-reading")).to_contain_text("write it like 2022-12-31")
    assert not js_errors


def in_window(page: Page, selector: str) -> bool:
    """Shown whole inside the 1366x768 window, not covered by anything: no scrolling needed."""
    locator = page.locator(selector).first
    box = locator.bounding_box()
    assert box is not None
    inside = box["y"] >= 0 and box["y"] + box["height"] <= DESK["height"]
    on_top = locator.evaluate(
        "(n) => { const r = n.getBoundingClientRect();"
        " return n.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }"
    )
    return inside and bool(on_top)


def test_the_calculate_button_and_the_missing_facts_are_in_view_at_1366x768(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    assert in_window(page, "#calculate")
    for born in ("2019-03-10", "2021-07-15", "2024-02-10"):
        page.get_by_role("button", name="添加一个孩子").click()
        page.keyboard.type(born)
        assert in_window(page, "#calculate"), page.locator(".child-row").count()
    page.locator("#calculate").click()
    expect(page.locator("#report .missing-block")).to_contain_text("还缺少的信息")
    assert in_view(page, "#report .missing-block")
    # the next question comes before the table of answers
    assert page.locator("#report .missing-block").evaluate(
        "(m) => !!(m.compareDocumentPosition(document.querySelector('#report table')) & 4)"
    )
    assert not js_errors


def test_no_null_shows_in_the_result_without_children(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_label("本市户籍").select_option("true")
    page.locator("#calculate").click()
    expect(page.locator("#report tr.item").first).to_be_visible()
    assert "null" not in page.locator("#report").inner_text()
    assert "undefined" not in page.locator("#report").inner_text()
    assert not js_errors


def test_bad_height_and_birth_errors_name_the_row_in_the_workers_language(
    new_page: NewPage, web_only_url: str
) -> None:
    page = desk_console(new_page, web_only_url)
    page.get_by_role("button", name="添加一个孩子").click()
    page.keyboard.type("2020-01-01")
    page.locator("#child-0-height_cm").fill("1.35")
    page.locator("#calculate").click()
    errors = page.locator("#calc-errors")
    expect(errors).to_contain_text("第1行孩子的身高：看起来是米：是不是135厘米？")
    expect(page.locator("#child-0-height_cm")).to_have_attribute("aria-invalid", "true")
    page.locator("#child-0-height_cm").fill("")
    page.locator("#child-0-birth").fill("2099-01-01")
    page.locator("#calculate").click()
    expect(errors).to_contain_text("第1行孩子的出生日期")
    expect(errors).to_contain_text("不像预产期")
    expect(errors).not_to_contain_text("children.0")
    expect(page.locator("#child-0-birth")).to_be_focused()


def test_the_caller_language_button_says_its_state_and_leaves_the_focus_in_the_search(
    new_page: NewPage, web_only_url: str, js_errors: list[str]
) -> None:
    page = desk_console(new_page, web_only_url)
    button = page.locator("#caller-lang")
    expect(button).to_have_text("对方语言：英文 ▸ 未显示")
    page.keyboard.type("育儿假")
    page.keyboard.press("Enter")
    expect(page.locator("#measure .say")).to_be_visible()
    page.locator("#q").focus()
    button.click()
    expect(button).to_have_text("对方语言：英文 ▸ 已显示")
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#q")).to_be_focused()
    caller = page.locator("#measure .say-caller .say-text")
    expect(caller).to_be_visible()
    assert not re.search(r"[.!?] [a-z]", caller.inner_text())
    button.click()
    expect(button).to_have_text("对方语言：英文 ▸ 未显示")
    expect(page.locator("#q")).to_be_focused()
    assert not js_errors


def test_an_opened_entry_dates_only_the_figures_whose_day_differs_and_speaks_chinese(
    new_page: NewPage, web_only_url: str
) -> None:
    entry = get_entry("jinan.childcare_subsidy")
    [since] = entry.param("monthly_amount_cny").values
    page = desk_console(new_page, web_only_url)
    page.keyboard.type("育儿补贴")
    page.keyboard.press("Enter")
    params = page.locator(f'#measure[data-measure-id="{entry.id}"] .params')
    expect(params).to_contain_text(f"自{fmt.day(since, 'zh')}起施行")
    expect(params.locator(".param-date")).to_have_count(1)
    expect(params.locator(".param-what")).to_have_count(0)  # the English descriptions
    page.get_by_role("button", name="Switch to English").click()
    expect(params.locator(".param-what").first).to_be_visible()
    expect(params).to_contain_text(f"in force from {fmt.day(since, 'en')}")
