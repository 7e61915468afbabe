// The citizen chat: messages go to /api/v1/chat (Rasa behind it) with a random per-tab sender
// id; replies are shown as text, and a result payload as cards with a timeline.
//
// Each message has a random id, kept when it is sent again: after a 503 or a lost connection the
// page tries once more by itself, then offers "send again". Rasa answers a message it already
// handled from the turn it stored, so a message whose reply was lost is never counted twice.
//
// The conversation is kept in the tab's sessionStorage beside its sender id (the same lifetime:
// the tab), so a reload shows what the assistant still remembers; a tab whose record was lost
// gets a new sender id and says that it starts anew. Nothing is sent anywhere else. The page
// speaks the conversation's language: the language of the assistant's latest replies.

import { ApiError, el, getJSON, postJSON } from "../shared/api.js";
import { htmlLang, scriptOf } from "../shared/format.js";
import { WORDS, applyWords, initialLang } from "../shared/i18n.js";
import { resultSection } from "../shared/report.js";

const LANG_KEY = "assistant.lang";
const SENDER_KEY = "assistant.sender";
const TRANSCRIPT_KEY = "assistant.transcript";
const SENDER_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const RESULT_TYPES = new Set(["entitlements", "what_if"]);
const RETRY_AFTER_MS = 1200;
const SCROLL_MARGIN_PX = 8;
const QUIET_RESTORE_MS = 500; // the restored log is not read out again as new messages

const messages = document.getElementById("messages");
const form = document.getElementById("composer");
const input = document.getElementById("message");
const sendButton = document.getElementById("send");
const waiting = document.getElementById("waiting");
const chips = document.getElementById("chips");
const toggle = document.getElementById("lang-toggle");
const restartButton = document.getElementById("restart");
const note = document.getElementById("conversation-note");

function randomId(prefix, size) {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function storedSender() {
  const id = sessionStorage.getItem(SENDER_KEY);
  return id && SENDER_PATTERN.test(id) ? id : null;
}

/** The record of this tab's conversation ({sender, lang, entries}), if it belongs to its sender. */
function storedTranscript(sender) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(TRANSCRIPT_KEY) || "null");
    if (saved && saved.sender === sender && Array.isArray(saved.entries)) return saved;
  } catch {
    // an unreadable record is no record
  }
  return null;
}

function pageLang(saved) {
  const asked = new URLSearchParams(window.location.search).get("lang");
  if (asked !== "zh" && asked !== "en" && saved && (saved.lang === "zh" || saved.lang === "en")) return saved.lang;
  return initialLang(LANG_KEY);
}

const sender = storedSender();
const saved = sender ? storedTranscript(sender) : null;
const state = {
  lang: pageLang(saved),
  factLabels: {},
  busy: false,
  conversation: 0, // counts restarts: a reply to an earlier conversation is dropped
  entries: saved ? saved.entries : [],
  note: null,
  restoring: Boolean(saved && saved.entries.length), // until the conversation so far is shown
};

/** A random id for this browser tab's conversation: no name, no device, nothing personal. */
function senderId() {
  let id = storedSender();
  if (!id) {
    id = randomId("web-", 16);
    sessionStorage.setItem(SENDER_KEY, id);
  }
  return id;
}

/** Keep the conversation for a reload; if the tab cannot hold it, keep none (a reload then
 * starts anew rather than showing part of what the assistant remembers). */
function saveTranscript() {
  try {
    const record = { sender: senderId(), lang: state.lang, entries: state.entries };
    sessionStorage.setItem(TRANSCRIPT_KEY, JSON.stringify(record));
  } catch {
    sessionStorage.removeItem(TRANSCRIPT_KEY);
    sessionStorage.removeItem(SENDER_KEY);
  }
}

// Scrolling: the message box stays at the bottom of the screen (position: sticky), so what is
// "in view" ends at its top edge, not at the bottom of the window.

function visibleBottom() {
  return window.innerHeight - form.getBoundingClientRect().height;
}

function scrollBehavior() {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/** Scroll so that `node`'s top is at the top of the screen. */
function showTop(node) {
  const top = window.scrollY + node.getBoundingClientRect().top - SCROLL_MARGIN_PX;
  window.scrollTo({ top: Math.max(top, 0), behavior: scrollBehavior() });
}

/** Scroll down, if needed, so that `node`'s bottom is above the message box. */
function showEnd(node) {
  const hiddenBy = node.getBoundingClientRect().bottom - (visibleBottom() - SCROLL_MARGIN_PX);
  if (hiddenBy > 0) window.scrollTo({ top: window.scrollY + hiddenBy, behavior: scrollBehavior() });
}

/** After a batch of replies: the start of a result (or of a reply too long for the screen),
 * else the end of the last reply, always above the message box. */
function reveal(first, last, result) {
  if (!first) return;
  const room = visibleBottom() - 2 * SCROLL_MARGIN_PX;
  const top = first.getBoundingClientRect().top;
  if (result) {
    const heading = result.querySelector("h3") || result;
    showTop(heading.getBoundingClientRect().bottom - top <= room ? first : result);
  } else if (last.getBoundingClientRect().bottom - top > room) {
    showTop(first);
  } else {
    showEnd(last);
  }
}

function speaker(who, lang) {
  return el("span", { class: "visually-hidden", lang: htmlLang(lang) }, `${WORDS[lang][who === "user" ? "you" : who]}: `);
}

function addMessage(who, text, lang, options = {}) {
  const content = options.collapsed
    ? el("details", { class: "text-version", lang: htmlLang(lang) }, el("summary", {}, WORDS[lang].textVersion))
    : el("p", { class: "text", lang: htmlLang(lang) }, text);
  const item = el("li", { class: `message ${who}` }, speaker(who, lang), content);
  messages.append(item);
  return item;
}

function addResult(payload, lang) {
  const section = resultSection(payload, lang, { factLabels: state.factLabels, feedbackSource: "chat" });
  const item = el("li", { class: "message bot result-message" }, speaker("bot", lang), section);
  messages.append(item);
  return item;
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
  const item = el("li", { class: "message bot" }, speaker("bot", lang), group);
  messages.append(item);
  return item;
}

/** Rasa splits a long reply into paragraphs: when a batch carries a result payload, long
 * paragraphs between the first text and the payload (an item-by-item text the cards show again)
 * are kept together behind a "text version" disclosure; the short headline of a result (at most
 * HEADLINE_LINES lines) is shown as it is. Returns the batch's first and last items, its result
 * and its language (that of its first text, else `lang`). */
const HEADLINE_LINES = 5;

function showReplies(replies, lang) {
  let replyLang = lang;
  let batchLang = null;
  const resultAt = replies.findIndex((r) => isResult(r.custom));
  const firstText = replies.findIndex((r) => r.text);
  let collapsed = null;
  const shown = { first: null, last: null, result: null };
  const add = (item) => {
    shown.first = shown.first || item;
    shown.last = item;
    return item;
  };
  replies.forEach((reply, i) => {
    if (reply.text) {
      replyLang = scriptOf(reply.text) || replyLang;
      batchLang = batchLang || scriptOf(reply.text);
      const long = reply.text.split("\n").length > HEADLINE_LINES;
      if (resultAt >= 0 && i > firstText && i < resultAt && long) {
        if (!collapsed) collapsed = add(addMessage("bot", "", replyLang, { collapsed: true }));
        collapsed.querySelector("details").append(el("p", { class: "text", lang: htmlLang(replyLang) }, reply.text));
      } else {
        add(addMessage("bot", reply.text, replyLang));
      }
    }
    if (isResult(reply.custom)) {
      const item = add(addResult(reply.custom, replyLang));
      shown.result = shown.result || item.querySelector(".result");
    }
    if (Array.isArray(reply.buttons) && reply.buttons.length) add(addButtons(reply.buttons, replyLang));
  });
  return { ...shown, lang: batchLang };
}

function setBusy(busy) {
  state.busy = busy;
  sendButton.disabled = busy;
  waiting.hidden = !busy;
  messages.setAttribute("aria-busy", String(busy));
  if (busy) showEnd(waiting);
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
  showEnd(item);
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
  const conversation = state.conversation;
  setBusy(true);
  try {
    const response = await deliver(message, id);
    const body = await response.json();
    if (conversation !== state.conversation) return; // the citizen started over meanwhile
    const replies = body.messages || [];
    const shown = showReplies(replies, state.lang);
    state.entries.push({ replies, lang: state.lang });
    if (shown.lang) setLang(shown.lang);
    saveTranscript();
    reveal(shown.first, shown.last, shown.result);
  } catch (err) {
    if (conversation === state.conversation) showFailure(err, message, id);
  } finally {
    if (conversation === state.conversation) {
      setBusy(false);
      input.focus({ preventScroll: true });
    }
  }
}

async function send(text, shown = text) {
  const message = text.trim();
  if (!message || state.busy || state.restoring) return;
  const lang = scriptOf(message);
  if (lang) setLang(lang); // the assistant answers in the language written to it
  const id = randomId("m-", 12);
  showEnd(addMessage("user", shown.trim(), lang || state.lang));
  state.entries.push({ user: shown.trim(), message, id, lang: lang || state.lang });
  saveTranscript();
  await transmit(message, id);
}

function showNote(key) {
  state.note = key;
  note.hidden = !key;
  note.textContent = key ? WORDS[state.lang][key] : "";
}

function renderChips() {
  chips.replaceChildren(
    ...WORDS[state.lang].chips.map((text) => el("button", { type: "button", class: "chip", onclick: () => send(text) }, text)),
  );
}

function setLang(lang) {
  if (lang !== "zh" && lang !== "en") return;
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = WORDS[lang].chatTitle;
  applyWords(document, lang);
  renderChips();
  if (state.note) showNote(state.note);
}

/** A new conversation: a new sender id, so the assistant has nothing of the earlier one. */
function restart() {
  state.conversation += 1;
  state.restoring = false;
  state.entries = [];
  sessionStorage.removeItem(TRANSCRIPT_KEY);
  sessionStorage.setItem(SENDER_KEY, randomId("web-", 16));
  messages.replaceChildren();
  setBusy(false);
  input.value = "";
  showNote("restarted");
  window.scrollTo({ top: 0 });
  input.focus({ preventScroll: true });
}

/** After a reload: the conversation so far, or a word that it starts anew. A message whose
 * reply never came is sent again with its id (Rasa answers it from the stored turn). */
function restore() {
  const done = () => {
    state.restoring = false;
    sendButton.disabled = state.busy;
  };
  if (!sender || !saved || !saved.entries.length) {
    done();
    if (sender && !saved) {
      sessionStorage.setItem(SENDER_KEY, randomId("web-", 16));
      showNote("startedAnew");
    }
    return;
  }
  let last = null;
  messages.setAttribute("aria-live", "off"); // a screen reader hears the note, not the whole log again
  for (const entry of saved.entries) {
    if (Array.isArray(entry.replies)) last = showReplies(entry.replies, entry.lang || state.lang).last || last;
    else last = addMessage("user", entry.user, entry.lang || state.lang);
  }
  showNote("resumed");
  if (last) requestAnimationFrame(() => showEnd(last));
  const conversation = state.conversation;
  const pending = saved.entries[saved.entries.length - 1];
  const owed = !Array.isArray(pending.replies);
  if (!owed) done();
  setTimeout(() => {
    messages.setAttribute("aria-live", "polite");
    if (!owed || conversation !== state.conversation) return; // nothing owed, or started over
    done();
    transmit(pending.message, pending.id);
  }, QUIET_RESTORE_MS);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value;
  if (!text.trim() || state.busy || state.restoring) return;
  input.value = "";
  send(text);
});

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

toggle.addEventListener("click", () => {
  setLang(state.lang === "zh" ? "en" : "zh");
  if (state.entries.length) saveTranscript();
});
restartButton.addEventListener("click", restart);

history.scrollRestoration = "manual"; // the page shows the latest turn itself
sendButton.disabled = state.restoring;
setLang(state.lang);
getJSON("/api/v1/facts", state.lang)
  .then((labels) => {
    state.factLabels = labels;
  })
  .catch(() => {
    state.factLabels = {};
  })
  .finally(restore);
