// The hotline console for a worker on a live call: search over policy_kb, one measure with its
// quotes, a household calculator for fast entry, and the feedback counts. Plain JS, no framework.
// Keyboard first: the search box has focus on load, "/" focuses it, Esc closes, Enter opens.
// Everything shown that is policy (figures, dates, sentences to read out) comes from the server.

import { ApiError, el, getJSON, postJSON } from "../shared/api.js";
import { STATUS_LABELS, htmlLang } from "../shared/format.js";
import { WORDS, applyWords, initialLang } from "../shared/i18n.js";
import { CONSOLE_WORDS } from "./words.js";

const LANG_KEY = "console.lang";
const CALLER_KEY = "console.caller";
const INSURANCE = ["employee_maternity", "resident_medical", "flexible_employment", "none"];
const STATUS_ORDER = { eligible: 0, needs_info: 1, not_eligible: 2 };

const state = {
  lang: initialLang(LANG_KEY),
  caller: localStorage.getItem(CALLER_KEY) === "on",
  lastAnswer: null,
  lastMeasure: null,
  lastHits: null,
  shown: null, // "measure" or "report": what the answer pane shows
};
const $ = (id) => document.getElementById(id);
const words = () => ({ ...WORDS[state.lang], ...CONSOLE_WORDS[state.lang] });
// The cities' names, from the options the server wrote into the page (wording/cities.yaml).
const cityName = (city, lang) => $("f-city").querySelector(`option[value="${city}"]`)?.dataset[lang] ?? city;
const other = (lang) => (lang === "zh" ? "en" : "zh");
const colon = (lang) => (lang === "zh" ? "：" : ": ");

// ---- read-out sentences: the worker's language, the caller's beside it, a copy button --------

async function copyText(text, status) {
  const w = words();
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el("textarea", { class: "visually-hidden" }, text);
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) {
      status.textContent = w.copyFailed;
      return;
    }
  }
  status.textContent = w.copied;
  setTimeout(() => (status.textContent = ""), 2500);
}

function copyButton(text, what) {
  const w = words();
  const status = el("span", { class: "copy-status", role: "status", "aria-live": "polite" });
  const button = el("button", { type: "button", class: "small copy no-print", "aria-label": w.copyLabel(what), onclick: () => copyText(text, status) }, w.copy);
  return [button, status];
}

/** The sentence to read out ({zh, en}): the worker's language, and the caller's when switched on. */
function sayBlock(say, what) {
  const w = words();
  const lang = state.lang;
  const lines = [el("p", { class: "say-line", lang: htmlLang(lang) }, el("span", { class: "say-text" }, say[lang]), " ", copyButton(say[lang], what))];
  if (state.caller) {
    const callerLang = other(lang);
    lines.push(
      el(
        "p",
        { class: "say-line say-caller", lang: htmlLang(callerLang) },
        el("span", { class: "say-tag" }, `${w.sayCaller}${colon(lang)}`),
        el("span", { class: "say-text" }, say[callerLang]),
        " ",
        copyButton(say[callerLang], `${what} (${callerLang})`),
      ),
    );
  }
  return el("div", { class: "say", role: "group", "aria-label": w.say }, lines);
}

function quotesNote() {
  return el("p", { class: "quotes-note" }, words().quotesNote);
}

// ---- the answer pane: whatever was asked last, at the top, in view ---------------------------

function showInPane(what) {
  state.shown = what;
  $("answer-empty").hidden = true;
  $("measure").hidden = what !== "measure";
  $("report").hidden = what !== "report";
  $("answer").scrollTop = 0;
  // On a narrow screen the pane is below the form: bring it to where the worker is looking.
  if (window.matchMedia("(max-width: 69.99rem)").matches) $("answer").scrollIntoView({ block: "start" });
}

function resetPane() {
  state.shown = null;
  $("measure").hidden = true;
  $("report").hidden = true;
  $("answer-empty").hidden = false;
}

// ---- search and one measure ----------------------------------------------------------------

function renderHits(result, { open = true } = {}) {
  const w = words();
  const lang = state.lang;
  state.lastHits = result;
  $("search-status").textContent = result.hits.length ? w.hitsFound(result.hits.length) : w.noHits;
  $("hits").replaceChildren(
    ...result.hits.map((hit, i) =>
      el(
        "li",
        { class: "hit-item" },
        el(
          "button",
          { type: "button", class: "hit", "data-measure-id": hit.id, "data-index": i, onclick: () => showMeasure(hit.id), onkeydown: hitKeys },
          el("span", { class: "hit-title" }, hit.title[lang]),
          el("span", { class: "hit-clause" }, `${cityName(hit.city, lang)} · ${hit.clause[lang]}`),
          el("span", { class: "hit-summary" }, hit.summary[lang]),
        ),
        el("div", { class: "hit-say" }, copyButton(hit.say[lang], hit.title[lang]), state.caller ? el("p", { class: "say-caller", lang: htmlLang(other(lang)) }, hit.say[other(lang)]) : null),
      ),
    ),
  );
  if (open && result.hits.length) showMeasure(result.hits[0].id, { focus: false });
}

function hitKeys(event) {
  const hits = [...document.querySelectorAll(".hit")];
  const index = hits.indexOf(event.currentTarget);
  if (event.key === "ArrowDown" && index < hits.length - 1) {
    event.preventDefault();
    hits[index + 1].focus();
  } else if (event.key === "ArrowUp") {
    event.preventDefault();
    (index > 0 ? hits[index - 1] : $("q")).focus();
  }
}

async function search(event) {
  event.preventDefault();
  const w = words();
  const q = $("q").value.trim();
  if (!q) {
    $("search-status").textContent = w.inputError + w.searchLabel;
    $("q").focus();
    return;
  }
  const params = new URLSearchParams({ q });
  if ($("search-city").value) params.set("city", $("search-city").value);
  try {
    renderHits(await getJSON(`/api/v1/console/search?${params}`, state.lang));
  } catch (err) {
    $("search-status").textContent = w.inputError + err.message;
  }
}

function departmentLine(term, names, lang) {
  const shown = names.length ? names.map((n) => n[lang]).join(lang === "zh" ? "、" : ", ") : words().noDepartment;
  return [el("dt", {}, term), el("dd", {}, shown)];
}

function feedbackButtons(measureId, lang) {
  const w = words();
  const status = el("span", { class: "feedback-status", role: "status", "aria-live": "polite" });
  const answer = async (helpful, buttons) => {
    buttons.forEach((b) => (b.disabled = true));
    try {
      await postJSON("/api/v1/feedback", { measure_id: measureId, helpful, lang, source: "console" }, lang);
      status.textContent = w.thanks;
      loadFeedback();
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const yes = el("button", { type: "button", class: "small" }, w.yes);
  const no = el("button", { type: "button", class: "small" }, w.no);
  yes.addEventListener("click", () => answer(true, [yes, no]));
  no.addEventListener("click", () => answer(false, [yes, no]));
  return el("div", { class: "feedback", role: "group", "aria-label": w.helpful }, el("span", {}, w.helpful), yes, no, status);
}

function renderMeasure(data, focus) {
  const lang = state.lang;
  const w = words();
  const m = data.measure;
  state.lastMeasure = data;
  // A table's cells come a figure each, with their row and column in words and the table's
  // quotes, shown once under its last cell.
  const figures = data.figures.map((f, i) =>
    el(
      "li",
      {},
      f.cell ? el("span", { class: "param-cell" }, `${f.cell[lang]}${colon(lang)}`) : null,
      el("span", { class: "param" }, f.value[lang]),
      // the figure's description is the English data's: shown on the English page only
      lang === "en" && data.figures[i - 1]?.description !== f.description ? el("span", { class: "param-what", lang: "en" }, ` — ${f.description}`) : null,
      f.effective ? el("span", { class: "param-date" }, lang === "zh" ? `（${f.effective.zh}）` : ` (${f.effective.en})`) : null,
      data.figures[i + 1]?.quote === f.quote ? null : el("blockquote", { lang: "en" }, `“${f.quote}”`),
    ),
  );
  const panel = $("measure");
  const parts = [
    el("div", { class: "measure-head" }, el("h3", {}, m.title[lang]), el("button", { type: "button", class: "small no-print", onclick: closeMeasure, "aria-keyshortcuts": "Escape" }, `${w.close} (Esc)`)),
    el("p", { class: "measure-clause" }, `${cityName(m.city, lang)} · ${data.clause[lang]}`),
    sayBlock(data.say, m.title[lang]),
    el("p", { class: "measure-summary", lang: htmlLang(lang) }, m.summary[lang]),
    figures.length ? el("h4", {}, w.parameters) : null,
    figures.length ? quotesNote() : null,
    figures.length ? el("ul", { class: "params" }, figures) : null,
    el("h4", {}, w.sources),
    quotesNote(),
    el("div", { class: "sources" }, m.sources.map((s) => el("blockquote", { lang: "en" }, `“${s.quote}”`))),
    el("dl", { class: "departments" }, departmentLine(w.leadDepartments, m.departments.lead, lang), departmentLine(w.responsibleDepartments, m.departments.responsible, lang)),
    el("h4", {}, w.nextSteps),
    el("ol", {}, m.next_steps[lang].map((s) => el("li", {}, s))),
    m.silent_on ? el("p", { class: "silent" }, el("strong", {}, `${w.silentOn}${colon(lang)}`), m.silent_on[lang]) : null,
    m.facts.length ? el("p", {}, el("strong", {}, `${w.decidingFacts}${colon(lang)}`), m.facts.map((f) => m.fact_labels[f][lang]).join(lang === "zh" ? "、" : "; ")) : null,
    feedbackButtons(m.id, lang),
  ];
  panel.replaceChildren(...parts.filter(Boolean));
  panel.dataset.measureId = m.id;
  showInPane("measure");
  if (focus) panel.focus({ preventScroll: true });
}

let measureAsked = 0; // the latest measure asked for: an earlier answer arriving late is dropped

async function showMeasure(id, { focus = true } = {}) {
  const asked = ++measureAsked;
  if (state.lastMeasure && state.lastMeasure.measure.id === id) {
    // already open (a search opens its first hit): keep it, and what the worker did in it
    showInPane("measure");
    if (focus) $("measure").focus({ preventScroll: true });
    return;
  }
  try {
    const data = await getJSON(`/api/v1/console/measures/${encodeURIComponent(id)}`, state.lang);
    if (asked === measureAsked) renderMeasure(data, focus);
  } catch (err) {
    if (asked === measureAsked) $("search-status").textContent = err.message;
  }
}

function closeMeasure() {
  const id = $("measure").dataset.measureId;
  state.lastMeasure = null;
  if (state.lastAnswer) showInPane("report");
  else resetPane();
  const hit = document.querySelector(`.hit[data-measure-id="${id}"]`) || document.querySelector(".hit");
  (hit || $("q")).focus();
}

// ---- the household calculator --------------------------------------------------------------

function fillChoices() {
  const w = words();
  document.querySelectorAll("select[data-kind]").forEach((select) => {
    const kept = select.value;
    const choices =
      select.dataset.kind === "insurance"
        ? INSURANCE.map((v) => [v, w.insurance[v]])
        : [
            ["true", w.yesOption],
            ["false", w.noOption],
          ];
    select.replaceChildren(el("option", { value: "" }, w.unknown), ...choices.map(([v, t]) => el("option", { value: v }, t)));
    select.value = kept;
  });
}

function childRow() {
  const row = el("li", { class: "child-row" });
  row.append(
    el("div", { class: "field birth-field" }, el("label", { class: "birth-label" }), el("input", { type: "text", class: "birth", autocomplete: "off", onchange: (e) => readBack(e.currentTarget, "birth") })),
    el("div", { class: "field height-field" }, el("label", { class: "height-label" }), el("input", { type: "text", class: "height", inputmode: "decimal", autocomplete: "off" })),
    el("button", { type: "button", class: "small remove-child", onclick: () => removeChild(row) }),
  );
  return row;
}

function numberChildren() {
  const w = words();
  [...$("children").children].forEach((row, i) => {
    const birth = row.querySelector(".birth");
    const height = row.querySelector(".height");
    birth.id = `child-${i}-birth`;
    height.id = `child-${i}-height_cm`;
    birth.placeholder = w.birthPlaceholder;
    row.querySelector(".birth-label").setAttribute("for", birth.id);
    row.querySelector(".birth-label").textContent = w.birthLabel(i + 1);
    row.querySelector(".height-label").setAttribute("for", height.id);
    row.querySelector(".height-label").textContent = w.heightLabel(i + 1);
    const remove = row.querySelector(".remove-child");
    remove.textContent = "×";
    remove.setAttribute("aria-label", w.removeChild(i + 1));
    remove.title = w.removeChild(i + 1);
  });
}

/** Under a date field, how the console reads what was typed, in the page's language. */
async function readBack(input, field) {
  const lang = state.lang;
  let reading = input.parentElement.querySelector(".reading");
  if (!reading) {
    reading = el("span", { class: "reading", id: `${input.id}-reading`, "aria-live": "polite" });
    input.parentElement.append(reading);
    input.setAttribute("aria-describedby", reading.id);
  }
  const text = input.value.trim();
  if (!text) {
    reading.textContent = "";
    return;
  }
  const params = new URLSearchParams({ text, field });
  const asOf = $("f-as_of").value.trim();
  if (field === "birth" && asOf) params.set("as_of", asOf);
  try {
    const response = await fetch(`/api/v1/console/reading?${params}`, { headers: { Accept: "application/json" } });
    const body = await response.json();
    reading.classList.toggle("reading-error", !response.ok);
    reading.textContent = response.ok ? `= ${body.words[lang]}` : body.detail[0].message ? body.detail[0].message[lang] : body.detail[0].msg;
  } catch {
    reading.textContent = "";
  }
}

function addChild() {
  const row = childRow();
  $("children").append(row);
  numberChildren();
  row.querySelector(".birth").focus();
}

function removeChild(row) {
  const next = row.nextElementSibling || row.previousElementSibling;
  row.remove();
  numberChildren();
  (next ? next.querySelector(".birth") : $("add-child")).focus();
}

/** The form as the console's form (/api/v1/console/answers): empty fields are unknown facts. */
function consoleForm() {
  const data = { city: $("f-city").value };
  document.querySelectorAll("#household-form [data-kind]").forEach((field) => {
    const value = field.value.trim();
    if (value === "") return;
    if (field.dataset.kind === "bool") data[field.name] = value === "true";
    else data[field.name] = value;
  });
  data.children = [...$("children").children].map((row) => {
    const child = { birth: row.querySelector(".birth").value };
    const height = row.querySelector(".height").value.trim();
    if (height !== "") child.height_cm = height;
    return child;
  });
  return data;
}

function fieldFor(loc) {
  const [name, index, sub] = loc;
  if (name === "children" && index !== undefined) return $(`child-${index}-${sub || "birth"}`);
  return $(`f-${name}`) || (name === "children" ? $("add-child") : null);
}

function clearErrors() {
  $("calc-errors").replaceChildren();
  document.querySelectorAll("[aria-invalid]").forEach((node) => node.removeAttribute("aria-invalid"));
}

/** Errors in the worker's language, naming the field in words, at the top of the answer pane. */
function showErrors(details) {
  const w = words();
  const lang = state.lang;
  clearErrors();
  const lines = details.map((d) => {
    const loc = (d.loc || []).filter((p) => p !== "body");
    const field = fieldFor(loc);
    if (field) field.setAttribute("aria-invalid", "true");
    const label = field ? document.querySelector(`label[for="${field.id}"]`) : null;
    const name = d.field ? d.field[lang] : label ? label.textContent : loc.join(".");
    const message = d.message ? d.message[lang] : d.msg;
    return el("p", {}, `${w.inputError}${name}${colon(lang)}${message}`);
  });
  $("calc-errors").replaceChildren(...lines);
  $("answer").scrollTop = 0;
  const first = details.length ? fieldFor((details[0].loc || []).filter((p) => p !== "body")) : null;
  if (first) first.focus();
}

function clauseNumbers(row, lang) {
  return row.clauses.map((c) => (lang === "zh" ? `第${c}条` : `cl. ${c}`)).join(lang === "zh" ? "、" : ", ");
}

/** One answer as a compact line (item, status, figures, clause, copy); its sentence to read out
 *  opens under it on a click or Enter, and the copy button copies it directly. */
function rowFor(row, lang) {
  const w = words();
  const figures = [row.figures[lang], row.dates[lang]].filter(Boolean).join(lang === "zh" ? "；" : "; ");
  const needs = row.missing.length ? el("div", { class: "needs" }, w.needs + row.missing.map((m) => m[lang]).join(lang === "zh" ? "、" : "; ")) : null;
  const sayRow = el(
    "tr",
    { class: `say-row status-${row.status}`, "data-say-for": row.id, "data-child": row.child || "", hidden: true },
    el("td", { colspan: 5 }, sayBlock(row.say, row.label[lang]), el("p", { class: "clause-full" }, row.clause[lang]), el("details", { class: "quote no-print" }, el("summary", {}, w.showQuote), quotesNote(), row.quotes.map((q) => el("blockquote", { lang: "en" }, `“${q}”`)))),
  );
  const toggle = (button) => {
    sayRow.hidden = !sayRow.hidden;
    button.setAttribute("aria-expanded", String(!sayRow.hidden));
  };
  const [copy, copyStatus] = copyButton(row.say[lang], row.label[lang]);
  return [
    el(
      "tr",
      { class: `item status-${row.status}${row.depends ? " depends" : ""}`, "data-measure-id": row.id, "data-child": row.child || "" },
      el("th", { scope: "row" }, el("button", { type: "button", class: "item-open", "aria-expanded": "false", onclick: (e) => toggle(e.currentTarget) }, row.label[lang])),
      el(
        "td",
        { class: "item-status" },
        el("span", { class: `badge badge-${row.status}` }, STATUS_LABELS[row.status][lang]),
        row.depends ? el("span", { class: "badge badge-depends", title: row.depends[lang] }, w.depends) : null,
        needs,
      ),
      el("td", { class: "figures" }, figures, row.apply_by ? el("span", { class: "deadline" }, ` ${w.deadline}${colon(lang)}${row.apply_by[lang]}`) : null),
      el("td", { class: "item-ref", title: row.clause[lang] }, clauseNumbers(row, lang)),
      el("td", { class: "item-copy" }, copy, copyStatus),
    ),
    sayRow,
  ];
}

function rowOrder(a, b) {
  // Per-child answers first (the child the caller asks about), then by status and deadline.
  return Number(!a.child) - Number(!b.child) || (a.child || 0) - (b.child || 0) || STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || Number(!a.apply_by) - Number(!b.apply_by);
}

function renderAnswer(answer) {
  const lang = state.lang;
  const w = words();
  state.lastAnswer = answer;
  const rows = [...answer.rows].sort(rowOrder);
  const missing = el(
    "div",
    { class: "missing-block" },
    el("h3", {}, w.missingFacts),
    answer.missing_facts.length ? el("ol", { class: "missing" }, answer.missing_facts.map((m) => el("li", {}, m[lang]))) : el("p", {}, w.noMissing),
  );
  const parts = [
    el("h2", {}, `${w.resultHeading} · ${w.asOf} ${answer.as_of[lang]}`),
    // the facts still missing (the next question to ask) first, in view without scrolling
    missing,
    el(
      "dl",
      { class: "facts", "aria-label": w.factsHeading },
      answer.facts.map((f) => el("div", { class: "fact" }, el("dt", {}, f.label[lang]), el("dd", {}, f.value[lang]))),
    ),
    answer.notes.length ? el("ul", { class: "notes", "aria-label": w.notesHeading }, answer.notes.map((n) => el("li", {}, n[lang]))) : null,
    el(
      "table",
      { class: "report-table" },
      el("caption", { class: "visually-hidden" }, w.resultHeading),
      el("thead", {}, el("tr", {}, [w.item, w.status, w.amount, w.source, w.copy].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows.flatMap((r) => rowFor(r, lang))),
    ),
    el("p", { class: "notice", role: "note" }, answer.notice[lang]),
  ];
  // replaceChildren would write an absent part (null) as the text "null"
  $("report").replaceChildren(...parts.filter(Boolean));
  showInPane("report");
}

async function calculate(event) {
  event.preventDefault();
  clearErrors();
  try {
    const response = await fetch("/api/v1/console/answers", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(consoleForm()),
    });
    const body = await response.json().catch(() => null);
    if (response.ok) renderAnswer(body);
    else if (body && Array.isArray(body.detail)) showErrors(body.detail);
    else showErrors([{ loc: [], msg: `HTTP ${response.status}` }]);
  } catch {
    showErrors([{ loc: [], msg: words().networkError }]);
  }
}

// ---- feedback counts -----------------------------------------------------------------------

async function loadFeedback() {
  const lang = state.lang;
  const w = words();
  try {
    const counts = await getJSON("/api/v1/feedback", lang);
    const rows = counts.measures.map((m) =>
      el(
        "tr",
        { "data-measure-id": m.measure_id || "" },
        el("th", { scope: "row" }, m.title ? m.title[lang] : w.feedbackGeneral),
        el("td", { class: "count-yes" }, String(m.helpful)),
        el("td", { class: "count-no" }, String(m.not_helpful)),
      ),
    );
    $("feedback-counts").replaceChildren(
      rows.length
        ? el(
            "table",
            { class: "counts" },
            el("thead", {}, el("tr", {}, [w.feedbackMeasure, w.feedbackYes, w.feedbackNo].map((h) => el("th", { scope: "col" }, h)))),
            el("tbody", {}, rows),
          )
        : el("p", {}, w.noFeedback),
    );
  } catch (err) {
    if (err instanceof ApiError) $("feedback-counts").replaceChildren(el("p", {}, err.message));
  }
}

// ---- language, caller's language, keys and start -------------------------------------------

function applyConsoleWords() {
  const w = words();
  showCaller();
  $("caller-lang").title = w.callerLangLabel;
  $("older-label").textContent = w.olderChildren;
  $("f-older_children").placeholder = w.olderPlaceholder;
  $("f-as_of").placeholder = w.asOfPlaceholder;
  $("answer-empty").textContent = w.answerEmpty;
  $("keys-hint").textContent = w.keysHint;
}

function setLang(lang) {
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = WORDS[lang].consoleTitle;
  applyWords(document, lang);
  document.querySelectorAll("option[data-en]").forEach((option) => {
    option.textContent = option.dataset[lang];
  });
  applyConsoleWords();
  fillChoices();
  numberChildren();
  document.querySelectorAll(".birth").forEach((input) => input.value.trim() && readBack(input, "birth"));
  if ($("f-as_of").value.trim()) readBack($("f-as_of"), "as_of");
  redraw();
  loadFeedback();
}

/** The caller-language button says its state in its label, not only in aria-pressed. */
function showCaller() {
  const w = words();
  $("caller-lang").textContent = `${w.callerLang}${state.caller ? w.callerOn : w.callerOff}`;
  $("caller-lang").setAttribute("aria-pressed", String(state.caller));
}

function toggleCaller() {
  state.caller = !state.caller;
  localStorage.setItem(CALLER_KEY, state.caller ? "on" : "off");
  showCaller();
  redraw();
}

/** Draw again what is on screen (hits and answers carry both languages; nothing is fetched). */
function redraw() {
  const shown = state.shown;
  if (state.lastHits) renderHits(state.lastHits, { open: false });
  if (state.lastAnswer) renderAnswer(state.lastAnswer);
  if (state.lastMeasure) renderMeasure(state.lastMeasure, false);
  if (shown) showInPane(shown);
  else resetPane();
}

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

document.addEventListener("keydown", (event) => {
  if (event.key === "/" && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    $("q").focus();
    $("q").select();
  } else if (event.key === "Escape" && state.shown === "measure") {
    event.preventDefault();
    closeMeasure();
  } else if (event.key === "ArrowDown" && event.target === $("q")) {
    const first = document.querySelector(".hit");
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});

$("search-form").addEventListener("submit", search);
$("household-form").addEventListener("submit", calculate);
$("add-child").addEventListener("click", addChild);
$("refresh-feedback").addEventListener("click", loadFeedback);
$("print").addEventListener("click", () => window.print());
$("lang-toggle").addEventListener("click", () => setLang(state.lang === "zh" ? "en" : "zh"));
$("caller-lang").addEventListener("click", toggleCaller);
// A mouse click on it leaves the focus where the worker was typing (the search box).
$("caller-lang").addEventListener("mousedown", (event) => event.preventDefault());
$("f-as_of").addEventListener("change", (e) => readBack(e.currentTarget, "as_of"));

resetPane();
setLang(state.lang);
$("q").focus();
