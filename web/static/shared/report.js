// A Report as cards (chat) or a table (console), with a timeline picture and its text version.
// Everything shown comes from the Report the server computed; this file only lays it out.

import { el, svg, postJSON, download } from "./api.js";
import * as fmt from "./format.js";
import { WORDS } from "./i18n.js";

function sep(lang) {
  return lang === "zh" ? "；" : "; ";
}

// Cash first, then insurance, housing, leave, education, rights, services (wording/entitlements.py).
const KIND_ORDER = { cash: 0, insurance: 1, housing: 2, leave: 3, education: 4, right: 5, service: 6 };

/** Items with a deadline first, then the money, then the rest by kind (as the chat's headline). */
export function deadlinesFirst(items) {
  const rank = (e) => [Number(!e.apply_by), KIND_ORDER[e.kind] ?? 9, e.child || 0];
  return [...items].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

function factNames(facts, factLabels, lang) {
  return facts.map((f) => (factLabels && factLabels[f] ? factLabels[f][lang] : f));
}

/** The clause line of an item (from the server's wording layer), with the verbatim quotes behind a disclosure. */
export function sourceBlock(e, lang) {
  const words = WORDS[lang];
  const quotes = [...new Set(e.sources.map((s) => s.quote))];
  return el(
    "div",
    { class: "source" },
    el("span", { class: "source-ref" }, e.clause_line[lang]),
    el(
      "details",
      { class: "quote" },
      el("summary", { text: words.showQuote }),
      quotes.map((q) => el("blockquote", { lang: "en" }, `“${q}”`)),
    ),
  );
}

function row(term, value, attrs = {}) {
  if (!value) return [];
  return [el("dt", { text: term }), el("dd", attrs, value)];
}

function feedbackControl(e, lang, source) {
  const words = WORDS[lang];
  const status = el("span", { class: "feedback-status", role: "status", "aria-live": "polite" });
  const buttons = [];
  const answer = async (helpful) => {
    buttons.forEach((b) => (b.disabled = true));
    try {
      await postJSON("/api/v1/feedback", { measure_id: e.id, helpful, lang, source }, lang);
      status.textContent = words.thanks;
    } catch (err) {
      status.textContent = err.message;
      buttons.forEach((b) => (b.disabled = false));
    }
  };
  buttons.push(el("button", { type: "button", class: "small", onclick: () => answer(true) }, words.yes));
  buttons.push(el("button", { type: "button", class: "small", onclick: () => answer(false) }, words.no));
  const question = el("span", { text: words.helpful });
  return el("div", { class: "feedback", role: "group", "aria-label": words.helpful }, question, buttons, status);
}

/** The label of each kind of figure (fmt.figureGroups): an amount of money is not a number of days. */
const FIGURE_LABELS = { money: "amount", rate: "rate", days: "days", area: "area" };

/** One entitlement as a card: title, status, amounts, dates, deadline, reasons, clause. */
export function card(e, report, lang, options) {
  const words = WORDS[lang];
  const figureRows = fmt.figureGroups(e, lang).flatMap((g) => row(words[FIGURE_LABELS[g.kind]], g.phrases.join(sep(lang))));
  const facts = factNames(e.missing_facts || [], options.factLabels, lang);
  const details = el(
    "dl",
    {},
    figureRows,
    row(words.period, fmt.period(e, lang)),
    row(words.ends, e.end ? fmt.day(e.end, lang) : null),
    row(words.actBy, e.apply_by ? fmt.day(e.apply_by, lang) : null, { class: "deadline" }),
  );
  return el(
    "article",
    { class: `card status-${e.status}`, "data-measure-id": e.id, "data-child": e.child || "" },
    el(
      "header",
      {},
      el("h4", { text: e.label[lang] }),
      el("span", { class: `badge badge-${e.status}` }, fmt.STATUS_LABELS[e.status][lang]),
    ),
    details.childElementCount ? details : null,
    facts.length ? el("p", { class: "needs" }, el("strong", { text: words.needs }), facts.join(lang === "zh" ? "、" : "; ")) : null,
    el("p", { class: "reasons" }, e.reasons[lang].join(" ")),
    sourceBlock(e, lang),
    options.feedbackSource ? feedbackControl(e, lang, options.feedbackSource) : null,
  );
}

function dayNumber(iso) {
  const d = fmt.parseDay(iso);
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** Bars from the assessment date to each benefit's end, deadlines marked; a list says the same. */
export function timeline(report, lang) {
  const words = WORDS[lang];
  const items = report.entitlements.filter((e) => e.status === "eligible" && (e.end || e.apply_by));
  if (!items.length) return null;
  const ordered = deadlinesFirst(items);
  const start = dayNumber(report.as_of);
  const last = Math.max(...ordered.map((e) => dayNumber(e.end || e.apply_by)));
  const span = Math.max(last - start, 1);
  const width = 420;
  const rowHeight = 40;
  const top = 8;
  const height = top + ordered.length * rowHeight + 24;
  const x = (iso) => Math.min(Math.max(((dayNumber(iso) - start) / span) * width, 0), width);
  const rows = ordered.map((e, i) => {
    const y = top + i * rowHeight;
    const parts = [svg("text", { x: 0, y: y + 13, class: "tl-label" }, e.label[lang])];
    if (e.end) {
      parts.push(svg("rect", { x: 0, y: y + 19, width: Math.max(x(e.end), 2), height: 12, rx: 3, class: "tl-bar" }));
    }
    if (e.apply_by) {
      const ax = x(e.apply_by);
      parts.push(svg("rect", { x: Math.max(ax - 3, 0), y: y + 16, width: 6, height: 18, class: "tl-deadline" }));
    }
    return svg("g", {}, parts);
  });
  const axisY = top + ordered.length * rowHeight + 16;
  const axis = svg(
    "g",
    { class: "tl-axis" },
    svg("text", { x: 0, y: axisY }, fmt.day(report.as_of, lang)),
    svg("text", { x: width, y: axisY, "text-anchor": "end" }, fmt.day(new Date(last * 86_400_000).toISOString().slice(0, 10), lang)),
  );
  const picture = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", "aria-hidden": "true", focusable: "false" }, rows, axis);
  const lines = ordered.map((e) => {
    const texts = [];
    if (e.apply_by) texts.push(words.timelineDeadline(e.label[lang], fmt.day(e.apply_by, lang)));
    if (e.end) texts.push(words.timelineItem(e.label[lang], fmt.day(e.end, lang), words.timeLeft(fmt.timeLeft(report.as_of, e.end))));
    return el("li", { class: e.apply_by ? "deadline" : "" }, texts.join(sep(lang)));
  });
  return el(
    "figure",
    { class: "timeline" },
    el("figcaption", {}, el("strong", { text: words.timelineHeading }), " ", words.timelineIntro),
    picture,
    el("ul", { class: "timeline-text" }, lines),
  );
}

async function saveDates(household, lang, status) {
  try {
    const response = await postJSON(`/api/v1/calendar?lang=${lang}`, household, lang);
    await download(response, "benefit-dates.ics");
    status.textContent = WORDS[lang].downloaded;
  } catch (err) {
    status.textContent = WORDS[lang].fileError + err.message;
  }
}

async function openSummary(household, lang, status) {
  const opened = window.open("", "_blank");
  try {
    const response = await postJSON(`/api/v1/summary?lang=${lang}`, household, lang);
    const url = URL.createObjectURL(await response.blob());
    if (opened) {
      opened.location.href = url;
    } else {
      // The browser blocked the new window: save the page instead of leaving the conversation.
      const link = el("a", { href: url, download: `summary-${lang}.html` });
      document.body.append(link);
      link.click();
      link.remove();
    }
  } catch (err) {
    if (opened) opened.close();
    status.textContent = WORDS[lang].fileError + err.message;
  }
}

/** A chat result payload ({type, household, report}) as a section of cards. */
export function resultSection(payload, lang, options) {
  const words = WORDS[lang];
  const report = payload.report;
  const eligible = deadlinesFirst(report.entitlements.filter((e) => e.status === "eligible"));
  const open = report.entitlements.filter((e) => e.status === "needs_info");
  const refused = report.entitlements.filter((e) => e.status === "not_eligible");
  const cardOptions = { factLabels: options.factLabels, feedbackSource: options.feedbackSource };
  const status = el("p", { class: "action-status", role: "status", "aria-live": "polite" });
  const hasDates = eligible.some((e) => e.apply_by || e.end);
  const heading = payload.type === "what_if" ? words.whatIfHeading : words.resultHeading;
  return el(
    "section",
    { class: "result", lang: fmt.htmlLang(lang), "data-type": payload.type },
    el("h3", {}, `${heading} · ${words.asOf} ${fmt.day(report.as_of, lang)}`),
    el("p", { class: "notice", role: "note" }, report.notice[lang]),
    timeline(report, lang),
    el("h4", { class: "group" }, `${words.eligibleHeading} (${eligible.length})`),
    el("div", { class: "cards" }, eligible.map((e) => card(e, report, lang, cardOptions))),
    open.length ? el("h4", { class: "group" }, `${words.openHeading} (${open.length})`) : null,
    open.length ? el("div", { class: "cards" }, open.map((e) => card(e, report, lang, cardOptions))) : null,
    refused.length
      ? el(
          "details",
          { class: "refused" },
          el("summary", {}, `${words.refusedHeading} (${refused.length})`),
          el("ul", {}, refused.map((e) => el("li", {}, `${e.label[lang]} — ${e.reasons[lang][0] || ""}`))),
        )
      : null,
    el(
      "div",
      { class: "result-actions" },
      hasDates ? el("button", { type: "button", class: "save-dates", onclick: () => saveDates(payload.household, lang, status) }, words.saveDates) : null,
      el("button", { type: "button", class: "print-summary", onclick: () => openSummary(payload.household, lang, status) }, words.printSummary),
    ),
    status,
  );
}
