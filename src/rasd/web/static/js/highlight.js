// Evidence highlighting: the document text cut into text nodes and <mark> elements at the
// evidence offsets. Offsets are code points (Python str indices) into the original text.
import { el } from "./dom.js";
import { fieldColour } from "./palette.js";

/** A converter from code-point offsets to UTF-16 offsets of `text` (identity for BMP text). */
function unitOffsets(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return (i) => units[Math.min(Math.max(i, 0), units.length - 1)];
}

/** `layers` is [{field, spans: [[start, end], ...]}]; returns the text as an array of nodes. */
export function highlighted(text, layers) {
  const toUnit = unitOffsets(text);
  const spans = [];
  for (const { field, spans: list } of layers) {
    for (const [start, end] of list || []) {
      const a = toUnit(start);
      const b = toUnit(end);
      if (Number.isInteger(start) && Number.isInteger(end) && a < b && b <= text.length) {
        spans.push({ field, a, b });
      }
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.a, s.b])])]
    .sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const fields = [...new Set(spans.filter((s) => s.a <= a && s.b >= b).map((s) => s.field))];
    nodes.push(fields.length ? mark(piece, fields) : document.createTextNode(piece));
  }
  return nodes;
}

function mark(piece, fields) {
  const node = el("mark",
    { class: "ev", title: fields.join(", "), "data-fields": fields.join(" ") }, piece);
  node.style.backgroundColor = fieldColour(fields[0]);
  return node;
}

/** Emphasise one field's marks under `root` (null: every field at once). */
export function activate(root, field) {
  for (const node of root.querySelectorAll("mark.ev")) {
    const fields = node.dataset.fields.split(" ");
    const on = field === null || fields.includes(field);
    node.classList.toggle("on", field !== null && on);
    node.classList.toggle("off", !on);
    node.style.backgroundColor = fieldColour(field !== null && on ? field : fields[0]);
  }
  for (const node of root.querySelectorAll("[data-field]")) {
    node.classList.toggle("active", node.dataset.field === field);
  }
}
