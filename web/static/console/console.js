// The hotline console: search over policy_kb, one measure with its quotes, a household
// calculator over /api/v1/entitlements, and the feedback counts. Plain JS, no framework.

import { ApiError, el, getJSON, postJSON } from "../shared/api.js";
import { day, htmlLang } from "../shared/format.js";
import { WORDS, applyWords, initialLang } from "../shared/i18n.js";
import { reportTable } from "../shared/report.js";

const LANG_KEY = "console.lang";
const INSURANCE = ["employee_maternity", "resident_medical", "flexible_employment", "none"];

const state = { lang: initialLang(LANG_KEY), factLabels: {}, lastReport: null, lastMeasure: null, lastHits: null };
const $ = (id) => document.getElementById(id);

// ---- search and one measure ----------------------------------------------------------------

function clauseOf(documentTitle, clause) {
  return WORDS[state.lang].clause(documentTitle, clause);
}

function renderHits(result) {
  const words = WORDS[state.lang];
  state.lastHits = result;
  $("search-status").textContent = result.hits.length ? words.hitsFound(result.hits.length) : words.noHits;
  $("hits").replaceChildren(
    ...result.hits.map((hit) =>
      el(
        "li",
        { lang: htmlLang(result.lang) },
        el(
          "button",
          { type: "button", class: "hit", "data-measure-id": hit.id, onclick: () => showMeasure(hit.id) },
          el("span", { class: "hit-title" }, hit.title),
          el("span", { class: "hit-clause" }, clauseOf(hit.document_title, hit.clause)),
          el("span", { class: "hit-summary" }, hit.summary),
        ),
      ),
    ),
  );
}

async function search(event) {
  event.preventDefault();
  const q = $("q").value.trim();
  if (!q) {
    $("search-status").textContent = WORDS[state.lang].inputError + WORDS[state.lang].searchLabel;
    $("q").focus();
    return;
  }
  const params = new URLSearchParams({ q, lang: state.lang });
  if ($("search-city").value) params.set("city", $("search-city").value);
  try {
    renderHits(await getJSON(`/api/v1/search?${params}`, state.lang));
  } catch (err) {
    $("search-status").textContent = WORDS[state.lang].inputError + err.message;
  }
}

function departmentLine(term, names, lang) {
  const words = WORDS[lang];
  const shown = names.length ? names.map((n) => n[lang]).join(lang === "zh" ? "、" : ", ") : words.noDepartment;
  return [el("dt", {}, term), el("dd", {}, shown)];
}

function feedbackButtons(measureId, lang) {
  const words = WORDS[lang];
  const status = el("span", { class: "feedback-status", role: "status", "aria-live": "polite" });
  const answer = async (helpful, buttons) => {
    buttons.forEach((b) => (b.disabled = true));
    try {
      await postJSON("/api/v1/feedback", { measure_id: measureId, helpful, lang, source: "console" }, lang);
      status.textContent = words.thanks;
      loadFeedback();
    } catch (err) {
      status.textContent = err.message;
    }
  };
  const yes = el("button", { type: "button", class: "small" }, words.yes);
  const no = el("button", { type: "button", class: "small" }, words.no);
  yes.addEventListener("click", () => answer(true, [yes, no]));
  no.addEventListener("click", () => answer(false, [yes, no]));
  return el("div", { class: "feedback", role: "group", "aria-label": words.helpful }, el("span", {}, words.helpful), yes, no, status);
}

function renderMeasure(m) {
  const lang = state.lang;
  const words = WORDS[lang];
  state.lastMeasure = m;
  const parameters = Object.values(m.parameters).map((p) =>
    el(
      "li",
      {},
      el("span", { class: "param", lang: "en" }, `${Array.isArray(p.value) ? p.value.join(", ") : p.value} — ${p.unit} — ${p.description}`),
      p.effective ? el("span", { class: "param-date" }, ` (${day(p.effective, lang)})`) : null,
      el("blockquote", { lang: "en" }, `“${p.quote}”`),
    ),
  );
  const panel = $("measure");
  const parts = [
    el("div", { class: "measure-head" }, el("h3", {}, m.title[lang]), el("button", { type: "button", class: "small no-print", onclick: closeMeasure }, words.close)),
    el("p", { class: "measure-clause" }, `${words[m.city]} · ${clauseOf(m.document.title[lang], m.clause)}`),
    el("p", {}, m.summary[lang]),
    parameters.length ? el("h4", {}, words.parameters) : null,
    parameters.length ? el("ul", { class: "params" }, parameters) : null,
    el("h4", {}, words.sources),
    el("div", {}, m.sources.map((s) => el("blockquote", { lang: "en" }, `“${s.quote}”`))),
    el("dl", { class: "departments" }, departmentLine(words.leadDepartments, m.departments.lead, lang), departmentLine(words.responsibleDepartments, m.departments.responsible, lang)),
    el("h4", {}, words.nextSteps),
    el("ol", {}, m.next_steps[lang].map((s) => el("li", {}, s))),
    m.silent_on ? el("p", { class: "silent" }, el("strong", {}, `${words.silentOn}${lang === "zh" ? "：" : ": "}`), m.silent_on[lang]) : null,
    m.facts.length ? el("p", {}, el("strong", {}, `${words.decidingFacts}${lang === "zh" ? "：" : ": "}`), m.facts.map((f) => m.fact_labels[f][lang]).join(lang === "zh" ? "、" : "; ")) : null,
    feedbackButtons(m.id, lang),
  ];
  panel.replaceChildren(...parts.filter(Boolean));
  panel.hidden = false;
  panel.focus();
}

async function showMeasure(id) {
  try {
    renderMeasure(await getJSON(`/api/v1/measures/${encodeURIComponent(id)}`, state.lang));
  } catch (err) {
    $("search-status").textContent = err.message;
  }
}

function closeMeasure() {
  $("measure").hidden = true;
  state.lastMeasure = null;
  const hit = document.querySelector(".hit");
  if (hit) hit.focus();
}

// ---- the household calculator --------------------------------------------------------------

function fillChoices() {
  const words = WORDS[state.lang];
  document.querySelectorAll("select[data-kind]").forEach((select) => {
    const kept = select.value;
    const choices =
      select.dataset.kind === "insurance"
        ? INSURANCE.map((v) => [v, words.insurance[v]])
        : [
            ["true", words.yesOption],
            ["false", words.noOption],
          ];
    select.replaceChildren(el("option", { value: "" }, words.unknown), ...choices.map(([v, t]) => el("option", { value: v }, t)));
    select.value = kept;
  });
}

function childRow(values = {}) {
  const row = el("li", { class: "child-row" });
  row.append(
    el("div", { class: "field" }, el("label", { class: "birth-label" }), el("input", { type: "date", class: "birth", value: values.birth_date || "" })),
    el("div", { class: "field" }, el("label", { class: "height-label" }), el("input", { type: "number", class: "height", min: "1", step: "0.1", inputmode: "decimal", value: values.height_cm || "" })),
    el("button", { type: "button", class: "small remove-child", onclick: () => removeChild(row) }),
  );
  return row;
}

function numberChildren() {
  const words = WORDS[state.lang];
  [...$("children").children].forEach((row, i) => {
    const birth = row.querySelector(".birth");
    const height = row.querySelector(".height");
    birth.id = `child-${i}-birth_date`;
    height.id = `child-${i}-height_cm`;
    row.querySelector(".birth-label").setAttribute("for", birth.id);
    row.querySelector(".birth-label").textContent = words.birthDate(i + 1);
    row.querySelector(".height-label").setAttribute("for", height.id);
    row.querySelector(".height-label").textContent = words.height(i + 1);
    const remove = row.querySelector(".remove-child");
    remove.textContent = "×";
    remove.setAttribute("aria-label", words.removeChild(i + 1));
    remove.title = words.removeChild(i + 1);
  });
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

/** The form as a Household: an empty field is an unknown fact and is left out. */
function household() {
  const data = { city: $("f-city").value };
  document.querySelectorAll("#household-form [data-kind]").forEach((field) => {
    const value = field.value.trim();
    if (value === "") return;
    if (field.dataset.kind === "bool") data[field.name] = value === "true";
    else if (field.dataset.kind === "int") data[field.name] = Number(value);
    else data[field.name] = value;
  });
  const rows = [...$("children").children];
  if (rows.length) {
    data.children = rows.map((row) => {
      const child = { birth_date: row.querySelector(".birth").value };
      const height = row.querySelector(".height").value;
      if (height !== "") child.height_cm = Number(height);
      return child;
    });
  }
  return data;
}

function fieldFor(path) {
  const [name, index, sub] = path;
  if (name === "children" && index !== undefined) return $(`child-${index}-${sub || "birth_date"}`);
  return $(`f-${name}`) || (name === "children" ? $("add-child") : null);
}

function showErrors(err) {
  const words = WORDS[state.lang];
  document.querySelectorAll("[aria-invalid]").forEach((node) => node.removeAttribute("aria-invalid"));
  const box = $("calc-errors");
  const fields = (err.fields || []).map(fieldFor).filter(Boolean);
  fields.forEach((node) => node.setAttribute("aria-invalid", "true"));
  const named = fields.map((node) => {
    const label = document.querySelector(`label[for="${node.id}"]`);
    return label ? label.textContent : node.id;
  });
  box.replaceChildren(el("p", {}, words.inputError + (named.length ? `${named.join(", ")} — ` : "") + err.message));
  if (fields.length) fields[0].focus();
}

function renderReport(report) {
  const lang = state.lang;
  const words = WORDS[lang];
  state.lastReport = report;
  const missing = report.missing_facts.map((f) => (state.factLabels[f] ? state.factLabels[f][lang] : f));
  $("report").replaceChildren(
    el("h2", {}, words.resultHeading),
    el("p", { class: "notice", role: "note" }, report.notice[lang]),
    reportTable(report, lang, state.factLabels),
    el("h3", {}, words.missingFacts),
    missing.length ? el("ol", { class: "missing" }, missing.map((m) => el("li", {}, m))) : el("p", {}, words.noMissing),
  );
}

async function calculate(event) {
  event.preventDefault();
  $("calc-errors").replaceChildren();
  document.querySelectorAll("[aria-invalid]").forEach((node) => node.removeAttribute("aria-invalid"));
  try {
    const response = await postJSON("/api/v1/entitlements", household(), state.lang);
    renderReport(await response.json());
  } catch (err) {
    if (err instanceof ApiError) showErrors(err);
    else showErrors({ message: WORDS[state.lang].networkError, fields: [] });
  }
}

// ---- feedback counts -----------------------------------------------------------------------

async function loadFeedback() {
  const lang = state.lang;
  const words = WORDS[lang];
  try {
    const counts = await getJSON("/api/v1/feedback", lang);
    const rows = counts.measures.map((m) =>
      el(
        "tr",
        { "data-measure-id": m.measure_id || "" },
        el("th", { scope: "row" }, m.title ? m.title[lang] : words.feedbackGeneral),
        el("td", { class: "count-yes" }, String(m.helpful)),
        el("td", { class: "count-no" }, String(m.not_helpful)),
      ),
    );
    $("feedback-counts").replaceChildren(
      rows.length
        ? el(
            "table",
            { class: "counts" },
            el("thead", {}, el("tr", {}, [words.feedbackMeasure, words.feedbackYes, words.feedbackNo].map((h) => el("th", { scope: "col" }, h)))),
            el("tbody", {}, rows),
          )
        : el("p", {}, words.noFeedback),
    );
  } catch (err) {
    $("feedback-counts").replaceChildren(el("p", {}, err.message));
  }
}

// ---- language and start --------------------------------------------------------------------

function setLang(lang) {
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = WORDS[lang].consoleTitle;
  applyWords(document, lang);
  fillChoices();
  numberChildren();
  if (state.lastReport) renderReport(state.lastReport);
  if (state.lastMeasure) showMeasure(state.lastMeasure.id);
  if (state.lastHits && $("q").value.trim()) $("search-form").requestSubmit();
  loadFeedback();
}

$("search-form").addEventListener("submit", search);
$("household-form").addEventListener("submit", calculate);
$("add-child").addEventListener("click", addChild);
$("refresh-feedback").addEventListener("click", loadFeedback);
$("print").addEventListener("click", () => window.print());
$("lang-toggle").addEventListener("click", () => setLang(state.lang === "zh" ? "en" : "zh"));

setLang(state.lang);
getJSON("/api/v1/facts", state.lang)
  .then((labels) => {
    state.factLabels = labels;
    if (state.lastReport) renderReport(state.lastReport);
  })
  .catch(() => {});
