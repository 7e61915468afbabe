// The citizen chat: messages go to /api/v1/chat (Rasa behind it) with a random per-tab sender
// id; replies are shown as text, and a result payload as cards with a timeline.
//
// Each message has a random id, kept when it is sent again: after a 503 or a lost connection the
// page tries once more by itself, then offers "send again". Rasa answers a message it already
// handled from the turn it stored, so a message whose reply was lost is never counted twice.

import { ApiError, el, getJSON, postJSON } from "../shared/api.js";
import { htmlLang, scriptOf } from "../shared/format.js";
import { WORDS, applyWords, initialLang } from "../shared/i18n.js";
import { resultSection } from "../shared/report.js";

const LANG_KEY = "assistant.lang";
const SENDER_KEY = "assistant.sender";
const SENDER_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESULT_TYPES = new Set(["entitlements", "what_if"]);
const RETRY_AFTER_MS = 1200;

const state = { lang: initialLang(LANG_KEY), factLabels: {}, busy: false };
const messages = document.getElementById("messages");
const form = document.getElementById("composer");
const input = document.getElementById("message");
const sendButton = document.getElementById("send");
const waiting = document.getElementById("waiting");
const chips = document.getElementById("chips");
const toggle = document.getElementById("lang-toggle");

function randomId(prefix, size) {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A random id for this browser tab's conversation: no name, no device, nothing personal. */
function senderId() {
  let id = sessionStorage.getItem(SENDER_KEY);
  if (!id || !SENDER_PATTERN.test(id)) {
    id = randomId("web-", 16);
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

/** A failure after which the message may or may not have been handled: safe to send again. */
function worthSendingAgain(err) {
  return !(err instanceof ApiError) || err.status === 503;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST one message; tried once more with the same id after a 503 or a lost connection. */
async function deliver(message, id) {
  const payload = { sender: senderId(), message, message_id: id };
  try {
    return await postJSON("/api/v1/chat", payload, state.lang);
  } catch (err) {
    if (!worthSendingAgain(err)) throw err;
    await pause(RETRY_AFTER_MS);
    return postJSON("/api/v1/chat", payload, state.lang);
  }
}

function showFailure(err, message, id) {
  const words = WORDS[state.lang];
  let text;
  if (!(err instanceof ApiError)) text = words.connectionLost;
  else if (err.status === 503) text = err.message;
  else text = words.sendError + err.message;
  const item = addMessage("system", text, state.lang);
  if (!worthSendingAgain(err)) return;
  const again = el("button", { type: "button", class: "chip send-again" }, words.sendAgain);
  again.addEventListener("click", () => {
    if (state.busy) return;
    again.remove();
    transmit(message, id);
  });
  item.append(again);
}

async function transmit(message, id) {
  setBusy(true);
  try {
    const response = await deliver(message, id);
    const body = await response.json();
    showReplies(body.messages || []);
  } catch (err) {
    showFailure(err, message, id);
  } finally {
    setBusy(false);
    input.focus();
  }
}

async function send(text, shown = text) {
  const message = text.trim();
  if (!message || state.busy) return;
  addMessage("user", shown.trim(), scriptOf(message) || state.lang);
  await transmit(message, randomId("m-", 12));
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
