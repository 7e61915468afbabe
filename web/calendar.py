"""The family's dates as an iCalendar file: each deadline to act by and each benefit's end date.

Built from a Report the app computes itself, so the dates are policy_kb's, never a client's."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from policy_kb import format as fmt
from policy_kb.report import Entitlement, Report
from policy_kb.text import Lang
from web.wording import eligible
from wording.cities import city_name
from wording.entitlements import clause_line, label
from wording.language import t

PRODUCT_ID = "-//family-benefits-assistant//benefit dates//EN"
UID_DOMAIN = "family-benefits-assistant"


class NoDates(Exception):
    """None of the household's eligible items has a deadline or an end date."""


@dataclass(frozen=True)
class Day:
    """One all-day event: the item, what the day is, and the date."""

    item: Entitlement
    what: str  # "apply_by" or "end"
    day: date

    def title(self, lang: Lang) -> str:
        name = label(self.item, lang)
        if self.what == "apply_by":
            return t(lang, f"办理截止：{name}", f"Deadline: {name}")
        return t(lang, f"{name}到期", f"{name} ends")

    def uid(self) -> str:
        child = self.item.child or 0
        return f"{self.item.id}.{child}.{self.what}.{self.day.isoformat()}@{UID_DOMAIN}"


def days(report: Report) -> list[Day]:
    """The deadlines and end dates of the eligible items, earliest first."""
    found: list[Day] = []
    for e in eligible(report):
        if e.apply_by is not None:
            found.append(Day(item=e, what="apply_by", day=e.apply_by))
        if e.end is not None:
            found.append(Day(item=e, what="end", day=e.end))
    return sorted(found, key=lambda d: (d.day, d.what != "apply_by"))


def _description(day: Day, report: Report, lang: Lang) -> str:
    e = day.item
    lines = [label(e, lang)]
    lines += fmt.figures(e, lang) + fmt.dates(e, lang)
    lines.append(clause_line(e, lang))
    lines.append(report.notice.get(lang))
    return "\n".join(lines)


def build(report: Report, lang: Lang) -> bytes:
    """The .ics file; NoDates when there is nothing to put in it."""
    chosen = days(report)
    if not chosen:
        raise NoDates("the household's eligible items have no deadline or end date to save")
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add(
        "x-wr-calname",
        t(
            lang,
            f"{city_name(report.city, lang)}生育支持：重要日期",
            f"{city_name(report.city, lang)} family benefits: dates",
        ),
    )
    stamp = datetime.now(UTC).replace(microsecond=0)
    for day in chosen:
        event = Event()
        event.add("uid", day.uid())
        event.add("dtstamp", stamp)
        event.add("dtstart", day.day)
        event.add("dtend", day.day + timedelta(days=1))
        event.add("summary", day.title(lang))
        event.add("description", _description(day, report, lang))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    content: bytes = calendar.to_ical()
    return content


def filename(report: Report) -> str:
    return f"benefit-dates-{report.city}-{report.as_of.isoformat()}.ics"
