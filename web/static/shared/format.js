// Wording of figures and dates, the same as policy_kb/format.py words them in the chat replies.
// Every value comes from a Report (or a measure) sent by the server; nothing here is a figure.
// Labels and clause lines come with each entitlement from the server (wording/ in Python).

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const STATUS_LABELS = {
  eligible: { zh: "符合", en: "eligible" },
  needs_info: { zh: "待确认", en: "needs info" },
  not_eligible: { zh: "不符合", en: "not eligible" },
};

/** "2025-01-10" -> {year, month, day}, without time zones getting in the way. */
export function parseDay(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

export function money(amount, lang) {
  const shown = amount.toLocaleString("en-US");
  return lang === "zh" ? `${shown}元` : `${shown} yuan`;
}

export function day(iso, lang) {
  const d = parseDay(iso);
  return lang === "zh" ? `${d.year}年${d.month}月${d.day}日` : `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

export function percent(rate) {
  return `${Number((rate * 100).toPrecision(6))}%`;
}

/** The figures of an entitlement by what they measure (money, rate, days, area: the units of
 * the Report's fields), each a list of short phrases; empty kinds are left out. */
export function figureGroups(e, lang) {
  const zh = lang === "zh";
  const sums = [];
  if (e.monthly_amount_cny != null) {
    sums.push(zh ? `每月${money(e.monthly_amount_cny, lang)}` : `${money(e.monthly_amount_cny, lang)}/month`);
  }
  if (e.total_amount_cny != null) {
    sums.push(zh ? `共${money(e.total_amount_cny, lang)}` : `${money(e.total_amount_cny, lang)} in total`);
  }
  if (e.amount_cny != null) sums.push(money(e.amount_cny, lang));
  if (e.max_amount_cny != null) {
    sums.push(zh ? `最高${money(e.max_amount_cny, lang)}` : `up to ${money(e.max_amount_cny, lang)}`);
  }
  const groups = [
    ["money", sums],
    ["rate", e.rate != null ? [zh ? `报销${percent(e.rate)}` : `${percent(e.rate)} reimbursed`] : []],
    ["days", e.days != null ? [days(e, zh)] : []],
    ["area", e.area_m2 != null ? [zh ? `增加${e.area_m2}平方米` : `+${e.area_m2} m²`] : []],
  ];
  return groups.filter(([, phrases]) => phrases.length).map(([kind, phrases]) => ({ kind, phrases }));
}

/** A number of days, or a floor the text sets ("no less than"): days_floor, sent beside the items
 * by the chat (actions/results.py report_payload), is "once" or "per_year"; days_each: each
 * parent's days (format.figures). */
function days(e, zh) {
  const each = e.days_each === true;
  if (e.days_floor === "per_year")
    return zh ? `${each ? "每人" : ""}每年不少于${e.days}天` : `at least ${e.days} days a year${each ? " each" : ""}`;
  if (e.days_floor === "once") return zh ? `不少于${e.days}天` : `at least ${e.days} days`;
  return zh ? `${e.days}天` : `${e.days} days`;
}

/** The amounts and days, each as a short phrase (format.figures). */
export function figures(e, lang) {
  return figureGroups(e, lang).flatMap((g) => g.phrases);
}

/** "2025年1月10日至2028年1月10日" / "10 Jan 2025 to 10 Jan 2028", or null. */
export function period(e, lang) {
  if (!e.start || !e.end) return null;
  return lang === "zh" ? `${day(e.start, lang)}至${day(e.end, lang)}` : `${day(e.start, lang)} to ${day(e.end, lang)}`;
}

function addMonths(d, months) {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

function compare(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whole months from `fromIso` up to `toIso`, counted as policy_kb/dates.py counts them. */
export function monthsBetween(fromIso, toIso) {
  const a = parseDay(fromIso);
  const b = parseDay(toIso);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (compare(addMonths(a, months), b) > 0) months -= 1;
  return Math.max(months, 0);
}

/** What is left from `fromIso` until `toIso`: whole months, or days below a month. */
export function timeLeft(fromIso, toIso) {
  const months = monthsBetween(fromIso, toIso);
  const a = parseDay(fromIso);
  const b = parseDay(toIso);
  const days = Math.max((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000, 0);
  return { months, days };
}

/** "zh" when the text has Chinese characters, "en" when it has Latin words, else null: the
 * server's wording.language.written_language, with its one CJK range. */
export function scriptOf(text) {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return "zh";
  if (/[A-Za-z]{2,}/.test(text)) return "en";
  return null;
}

export function htmlLang(lang) {
  return lang === "zh" ? "zh-CN" : "en";
}
