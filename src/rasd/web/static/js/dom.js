// DOM helpers. Every piece of data goes in through textContent or an attribute set with
// setAttribute: never innerHTML, so untrusted article text can never become markup.

const SVG_NS = "http://www.w3.org/2000/svg";

/** An element: el("a", {href: "#/", class: "x"}, "text", child, ...). */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same calling convention as el(). */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) {
      // handlers only as functions: an on* attribute string would be inline script
      if (typeof value !== "function") throw new TypeError(`${key} must be a function`);
      node.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Append children: nodes as they are, strings and numbers as text, arrays flattened. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link only for http(s) URLs (a javascript: URL from an article's metadata stays text). */
export function safeLink(url, label) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !["http:", "https:"].includes(parsed.protocol)) {
    return el("span", {}, label || url || "");
  }
  return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label || url);
}

const RTL = new Set(["ar", "fa", "ur", "ps", "he", "yi", "dv", "ku", "sd", "ug"]);

/** Text-direction attributes for a language: rtl with its lang for right-to-left scripts,
 * the language with dir=auto otherwise. */
export function langAttrs(lang) {
  if (lang && RTL.has(lang)) return { lang, dir: "rtl" };
  return lang ? { lang, dir: "auto" } : { dir: "auto" };
}

/** Status line: a message, with kind "error" or "ok"; empty hides it. */
export function status(message, kind = "ok") {
  const box = document.getElementById("status");
  box.textContent = message || "";
  box.className = kind;
  box.hidden = !message;
}

/** A table cell whose content keeps its own direction (<bdi>) without changing the cell's
 * alignment: an Arabic name in a left-to-right table. */
export function cell(content, attrs = {}) {
  return el("td", attrs, content instanceof Node ? content : el("bdi", {}, content ?? ""));
}
