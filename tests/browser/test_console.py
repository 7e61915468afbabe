"""The hotline console in headless chromium, against the web app alone: search with clauses and
quotes, the household calculator, feedback counts; and the API docs without outside hosts."""

from datetime import date
from urllib.parse import urlparse

from playwright.sync_api import Page, expect

from policy_kb import evaluate, get_entry, parse_household
from policy_kb import format as fmt
from policy_kb.kb import catalogue
from tests.browser.conftest import TODAY, NewPage

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
    expect(measure.locator(".params")).to_contain_text(f"{days.value} — {days.unit}")
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
        'tr[data-measure-id="jinan.newborn_medical_insurance_subsidy"][data-child="2"] td.deadline'
    )
    expect(deadline).to_have_text(fmt.day(enrol.apply_by, "zh"))

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
