// Calls to the app's own JSON API, and DOM helpers that never parse text as HTML.

export class ApiError extends Error {
  constructor(status, message, fields) {
    super(message);
    this.status = status;
    this.fields = fields; // the 422's field names, e.g. ["children", 0, "birth_date"]
  }
}

function describe(status, body, lang) {
  if (body && Array.isArray(body.detail)) {
    return body.detail.map((d) => `${(d.loc || []).filter((p) => p !== "body").join(".") || "body"}: ${d.msg}`).join("; ");
  }
  if (body && body.message && body.message[lang]) return body.message[lang];
  if (body && typeof body.detail === "string") return body.detail;
  return `HTTP ${status}`;
}

async function check(response, lang) {
  if (response.ok) return response;
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const fields = body && Array.isArray(body.detail) ? body.detail.map((d) => (d.loc || []).filter((p) => p !== "body" && p !== "query")) : [];
  throw new ApiError(response.status, describe(response.status, body, lang), fields);
}

export async function getJSON(url, lang = "zh") {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  return (await check(response, lang)).json();
}

export async function postJSON(url, payload, lang = "zh") {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(payload),
  });
  return check(response, lang);
}

/** An element with attributes and children; strings become text nodes, never markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Save a fetch Response as a download, named as its Content-Disposition says. */
export async function download(response, fallbackName) {
  const blob = await response.blob();
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = disposition.match(/filename="?([^";]+)"?/);
  const link = el("a", { href: URL.createObjectURL(blob), download: match ? match[1] : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
