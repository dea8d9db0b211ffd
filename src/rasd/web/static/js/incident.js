// The incident page: the incident, each report side by side with its evidence highlighted
// in its document's original text, the review actions and the audit trail.
import { cell, clear, el, langAttrs, safeLink } from "./dom.js";
import { activate, highlighted } from "./highlight.js";
import { figures, place } from "./map.js";
import { fieldColour } from "./palette.js";
import { reviewPanel, reviewTrail } from "./review.js";

// the report fields shown, in this order (others with evidence are added after them)
const FIELDS = ["event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "interaction", "civilian_targeting",
  "country", "admin1", "admin2", "admin3", "location", "location_text", "latitude", "longitude",
  "geo_precision", "fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
  "injured", "abducted", "missing", "arrested", "notes", "role"];

let active = null;

/** Render incident `data` (GET /api/incidents/{id}) into `container`. */
export function renderIncident(container, data, reload) {
  clear(container);
  active = null;
  const documents = data.documents || {};
  const reports = data.reports || [];
  container.append(
    el("p", {}, el("a", { href: "#/" }, "‹ all incidents")),
    summary(data),
    reviewPanel(data, reload),
    el("h2", {}, `Reports (${reports.length})`),
    el("div", { class: "reports" },
      reports.map((r) => reportCard(r, documents[r.doc_id], container))),
    el("h2", {}, "Audit trail"),
    reviewTrail(data.reviews || []));
}

function summary(incident) {
  const rows = [
    ["Date", incident.event_date],
    ["Type", [incident.event_type, incident.sub_event_type].filter(Boolean).join(" — ")],
    ["Actors", [incident.actor1, incident.actor2].filter(Boolean).join(" vs ")],
    ["Place", place(incident)],
    ["Coordinates", incident.latitude === null || incident.latitude === undefined ? null
      : `${incident.latitude}, ${incident.longitude} (precision ${incident.geo_precision ?? "?"})`],
    ["Fatalities", `${figures(incident)}${incident.fatalities_best !== null
      && incident.fatalities_best !== undefined ? ` (best ${incident.fatalities_best})` : ""}`],
    ["Reports", (incident.report_ids || []).length],
    ["Reports disagree", disagreements(incident.flags)],
  ];
  return el("section", { class: "summary panel" },
    el("h1", {}, `Incident ${incident.id} `,
      incident.locked ? el("span", { class: "badge locked" }, "reviewed") : null),
    el("dl", {}, rows.filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => [el("dt", {}, k), el("dd", { dir: "auto" }, v)])),
    sources(incident.sources));
}

/** "fatalities: 14 (reports 1, 2) or 15 (report 3)" per field the reports disagree on. */
function disagreements(flags) {
  if (!flags || !flags.length) return null;
  return el("ul", { class: "flags" }, flags.map((flag) => el("li", {},
    el("strong", {}, flag.field.replace(/_/g, " ")), ": ",
    flag.values.map((v, i) => [i ? " or " : "", el("bdi", {}, String(v.value)),
      ` (report${v.report_ids.length === 1 ? "" : "s"} ${v.report_ids.join(", ")})`]))));
}

// the incident's per-source figures (`sources`): who gave which figure, and how partisan
const SOURCE_COLUMNS = [["report_id", "Report"], ["doc_source", "Source"], ["doc_lang", "Lang"],
  ["doc_published", "Published"], ["claimant", "Claimant"], ["claimant_role", "Role"],
  ["partisan", "Partisan"], ["fatalities", "Fatalities"], ["fatalities_low", "Low"],
  ["fatalities_high", "High"], ["injured", "Injured"]];

function sources(list) {
  if (!Array.isArray(list) || !list.length) return null;
  const rows = list.filter((item) => item && typeof item === "object");
  return el("details", { open: true }, el("summary", {}, `Figures by source (${list.length})`),
    el("table", { class: "grid sources" },
      el("thead", {}, el("tr", {}, SOURCE_COLUMNS.map(([, label]) => el("th", {}, label)))),
      el("tbody", {}, rows.map((item) => el("tr", {}, SOURCE_COLUMNS.map(([key]) => cell(
        key === "partisan" ? partisanBadge(item.partisan) : show(item[key] ?? ""))))))));
}

function partisanBadge(partisan) {
  return partisan ? el("span", { class: "badge partisan" }, "partisan") : "";
}

function reportCard(report, doc, page) {
  const evidence = report.evidence || {};
  const layers = [...Object.entries(evidence).map(([field, spans]) => ({ field, spans })),
    { field: "claims", spans: (report.claims || []).map((c) => c.span).filter(Boolean) },
    { field: "framing", spans: (report.framing || []).map((f) => f.span).filter(Boolean) }]
    .filter((layer) => layer.spans.length);
  const pick = (field) => {
    active = active === field ? null : field;
    activate(page, active);
    const first = page.querySelector("mark.ev.on");
    if (first) first.scrollIntoView({ block: "nearest" });
  };
  return el("article", { class: "report panel", "data-report-id": report.report_id },
    reportHead(report, doc),
    fieldTable(report, evidence, pick),
    claims(report.claims || []),
    framing(report.framing || []),
    materiel(report.materiel || []),
    legend(layers, pick),
    documentText(doc, layers));
}

function reportHead(report, doc) {
  const meta = doc || {};
  return el("header", {},
    el("label", { class: "split-pick" },
      el("input", { type: "checkbox", class: "split-check", value: report.report_id }),
      ` Report ${report.report_id}`),
    report.partisan ? el("span", { class: "badge partisan" }, "partisan") : null,
    el("div", { class: "doc-title", ...langAttrs(meta.lang || report.doc_lang) },
      meta.title || report.doc_title || "(untitled)"),
    el("div", { class: "muted" },
      [meta.lang || report.doc_lang, meta.source || report.doc_source,
        meta.published || report.doc_published].filter(Boolean).join(" · "), " ",
      meta.url || report.doc_url ? safeLink(meta.url || report.doc_url, "source") : null));
}

function fieldTable(report, evidence, pick) {
  const names = [...FIELDS, ...Object.keys(evidence).filter((f) => !FIELDS.includes(f))];
  const rows = names.filter((f) => report[f] !== null && report[f] !== undefined || evidence[f])
    .map((field) => {
      const spans = evidence[field] || [];
      const confidence = (report.confidence || {})[field];
      const swatch = el("span", { class: "swatch" });
      swatch.style.backgroundColor = spans.length ? fieldColour(field) : "transparent";
      return el("tr", { "data-field": field, class: spans.length ? "has-evidence" : null,
        onclick: spans.length ? () => pick(field) : null },
      el("th", {}, swatch, field),
      cell(show(report[field])),
      el("td", { class: "muted" }, confidence === undefined ? "" : Number(confidence).toFixed(2)));
    });
  return el("table", { class: "fields" }, el("tbody", {}, rows));
}

function show(value) {
  if (value === null || value === undefined) return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function claims(list) {
  if (!list.length) return null;
  return el("section", { class: "claims" }, el("h3", {}, "Claims"),
    el("ul", {}, list.map((claim) => el("li", {},
      el("bdi", { class: "claimant" }, claim.claimant), " ",
      el("span", { class: "role" }, `(${claim.claimant_role})`), " ",
      claim.partisan ? el("span", { class: "badge partisan" }, "partisan") : null,
      claim.fields && claim.fields.length
        ? el("div", { class: "muted" }, `for: ${claim.fields.join(", ")}`) : null))));
}

function framing(list) {
  if (!list.length) return null;
  return el("section", { class: "framing" }, el("h3", {}, "Framing markers"),
    el("ul", {}, list.map((item) => el("li", {},
      el("bdi", { class: "marker" }, item.marker), ` favours ${item.favours}`))));
}

function materiel(list) {
  if (!list.length) return null;
  return el("section", { class: "materiel" }, el("h3", {}, "Materiel"),
    el("ul", {}, list.map((m) => el("li", { dir: "auto" },
      `${m.count ?? "?"} × ${m.item} (${m.action})`))));
}

function legend(layers, pick) {
  if (!layers.length) return el("p", { class: "muted" }, "No evidence spans.");
  return el("div", { class: "legend-fields" }, "Evidence: ",
    layers.map(({ field }) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.backgroundColor = fieldColour(field);
      return el("button", { type: "button", class: "field-key", "data-field": field,
        onclick: () => pick(field) }, swatch, field);
    }));
}

function documentText(doc, layers) {
  if (!doc || typeof doc.text !== "string") {
    return el("p", { class: "muted" }, "The document's text is not available.");
  }
  return el("div", { class: "doc-text", ...langAttrs(doc.lang) }, highlighted(doc.text, layers));
}
