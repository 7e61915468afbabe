// The citizen chat: messages go to /api/v1/chat (Rasa behind it) with a random per-tab sender
// id; replies are shown as text, and a result payload as cards with a timeline.

import { ApiError, el, getJSON, postJSON } from "../shared/api.js";
import { htmlLang, scriptOf } from "../shared/format.js";
import { WORDS, applyWords, initialLang } from "../shared/i18n.js";
import { resultSection } from "../shared/report.js";

const LANG_KEY = "assistant.lang";
const SENDER_KEY = "assistant.sender";
const SENDER_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESULT_TYPES = new Set(["entitlements", "what_if"]);

const state = { lang: initialLang(LANG_KEY), factLabels: {}, busy: false };
const messages = document.getElementById("messages");
const form = document.getElementById("composer");
const input = document.getElementById("message");
const sendButton = document.getElementById("send");
const waiting = document.getElementById("waiting");
const chips = document.getElementById("chips");
const toggle = document.getElementById("lang-toggle");

/** A random id for this browser tab's conversation: no name, no device, nothing personal. */
function senderId() {
  let id = sessionStorage.getItem(SENDER_KEY);
  if (!id || !SENDER_PATTERN.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem(SENDER_KEY, id);
  }
  return id;
}

function scrollToEnd(node) {
  node.scrollIntoView({ block: "end", behavior: "smooth" });
}

function speaker(who) {
  return el("span", { class: "visually-hidden" }, `${WORDS[state.lang][who]}: `);
}

function addMessage(who, text, lang, options = {}) {
  const content = options.collapsed
    ? el("details", { class: "text-version", lang: htmlLang(lang) }, el("summary", {}, WORDS[lang].textVersion))
    : el("p", { class: "text", lang: htmlLang(lang) }, text);
  const item = el("li", { class: `message ${who}` }, speaker(who), content);
  messages.append(item);
  scrollToEnd(item);
  return item;
}

function addResult(payload, lang) {
  const section = resultSection(payload, lang, { factLabels: state.factLabels, feedbackSource: "chat" });
  const item = el("li", { class: "message bot result-message" }, speaker("bot"), section);
  messages.append(item);
  scrollToEnd(item);
}

function isResult(custom) {
  return custom && RESULT_TYPES.has(custom.type) && custom.report && custom.household;
}

function addButtons(buttons, lang) {
  const group = el(
    "div",
    { class: "reply-buttons", role: "group" },
    buttons.map((b) =>
      el("button", { type: "button", class: "chip", lang: htmlLang(lang), onclick: () => send(b.payload || b.title, b.title) }, b.title),
    ),
  );
  messages.append(el("li", { class: "message bot" }, group));
}

/** Rasa splits a long reply into paragraphs: when a batch carries a result payload, the
 * paragraphs between the first text and the payload (the item-by-item text the cards show
 * again) are kept together behind a "text version" disclosure. */
function showReplies(replies) {
  let replyLang = state.lang;
  const resultAt = replies.findIndex((r) => isResult(r.custom));
  const firstText = replies.findIndex((r) => r.text);
  let collapsed = null;
  replies.forEach((reply, i) => {
    if (reply.text) {
      replyLang = scriptOf(reply.text) || replyLang;
      if (resultAt >= 0 && i > firstText && i < resultAt) {
        if (!collapsed) collapsed = addMessage("bot", "", replyLang, { collapsed: true });
        collapsed.querySelector("details").append(el("p", { class: "text", lang: htmlLang(replyLang) }, reply.text));
      } else {
        addMessage("bot", reply.text, replyLang);
      }
    }
    if (isResult(reply.custom)) addResult(reply.custom, replyLang);
    if (Array.isArray(reply.buttons) && reply.buttons.length) addButtons(reply.buttons, replyLang);
  });
}

function setBusy(busy) {
  state.busy = busy;
  sendButton.disabled = busy;
  waiting.hidden = !busy;
  messages.setAttribute("aria-busy", String(busy));
}

async function send(text, shown = text) {
  const message = text.trim();
  if (!message || state.busy) return;
  addMessage("user", shown.trim(), scriptOf(message) || state.lang);
  setBusy(true);
  try {
    const response = await postJSON("/api/v1/chat", { sender: senderId(), message }, state.lang);
    const body = await response.json();
    showReplies(body.messages || []);
  } catch (err) {
    const words = WORDS[state.lang];
    let text;
    if (!(err instanceof ApiError)) text = words.networkError;
    else if (err.status === 503) text = err.message;
    else text = words.sendError + err.message;
    addMessage("system", text, state.lang);
  } finally {
    setBusy(false);
    input.focus();
  }
}

function renderChips() {
  chips.replaceChildren(
    ...WORDS[state.lang].chips.map((text) => el("button", { type: "button", class: "chip", onclick: () => send(text) }, text)),
  );
}

function setLang(lang) {
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = WORDS[lang].chatTitle;
  applyWords(document, lang);
  renderChips();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value;
  if (!text.trim() || state.busy) return;
  input.value = "";
  send(text);
});

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

toggle.addEventListener("click", () => setLang(state.lang === "zh" ? "en" : "zh"));

setLang(state.lang);
getJSON("/api/v1/facts", state.lang)
  .then((labels) => {
    state.factLabels = labels;
  })
  .catch(() => {
    state.factLabels = {};
  });
