// Review actions (confirm, correct, merge, split) and the audit trail of an incident.
import { api, getToken } from "./api.js";
import { cell, el, status } from "./dom.js";

// the fields PATCH /api/reports/{id} accepts (docs/api.md)
const CORRECTABLE = ["event_date", "event_type", "sub_event_type", "actor1", "actor2",
  "assoc_actor_1", "assoc_actor_2", "country", "admin1", "admin2", "admin3", "location",
  "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_best",
  "fatalities_high", "injured", "abducted", "notes"];
const INTEGERS = new Set(["geo_precision", "fatalities", "fatalities_low", "fatalities_best",
  "fatalities_high", "injured", "abducted"]);
const FLOATS = new Set(["latitude", "longitude"]);
// fields whose values come from a vocabulary (typed search in GET /api/choices)
const CHOSEN = new Set(["event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1",
  "assoc_actor_2", "country", "admin1", "admin2", "location"]);

/** The value typed in the form as the JSON the API expects (empty: null). */
export function typed(field, raw) {
  const text = raw.trim();
  if (text === "") return null;
  if (INTEGERS.has(field)) {
    if (!/^-?\d+$/.test(text)) throw new Error(`${field} takes a whole number`);
    return Number.parseInt(text, 10);
  }
  if (FLOATS.has(field)) {
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Error(`${field} takes a number`);
    return value;
  }
  return text;
}

async function run(action, done) {
  if (!getToken()) {
    status("Review actions need a token: paste one in the header and press Use.", "error");
    return;
  }
  try {
    const result = await action();
    status("Saved.", "ok");
    await done(result);
  } catch (error) {
    status(`Not saved: ${error.message}`, "error");
  }
}

function comment() {
  return el("input", { name: "comment", placeholder: "comment (optional)", dir: "auto" });
}

/** The forms of the four review actions for incident `data`; `reload(id)` shows an incident. */
export function reviewPanel(data, reload) {
  const reports = data.reports || [];
  return el("section", { class: "review panel" }, el("h2", {}, "Review"),
    el("p", { class: "muted token-hint" }, "Paste a review token in the header to act."),
    confirmForm(data, reload), correctForm(reports, data, reload),
    mergeForm(data, reload), splitForm(data, reload));
}

function confirmForm(data, reload) {
  const note = comment();
  return el("form", { id: "confirm-form", onsubmit: (e) => {
    e.preventDefault();
    run(() => api.confirm(data.id, note.value), () => reload(data.id));
  } }, el("strong", {}, "Confirm"), note,
  el("button", { type: "submit" }, data.locked ? "Confirm again" : "Confirm incident"));
}

function correctForm(reports, data, reload) {
  const report = el("select", { name: "report" },
    reports.map((r) => el("option", { value: r.report_id }, `report ${r.report_id}`)));
  const field = el("select", { name: "field" },
    CORRECTABLE.map((f) => el("option", { value: f }, f)));
  const options = el("datalist", { id: "correct-choices" });
  const value = el("input", { name: "value", dir: "auto", placeholder: "new value (empty: none)",
    list: "correct-choices", autocomplete: "off" });
  const note = comment();
  let places = [];
  const chosenReport = () => reports.find((r) => String(r.report_id) === report.value) || {};
  const current = () => {
    const now = chosenReport()[field.value];
    value.value = now === null || now === undefined ? "" : String(now);
    suggest();
  };
  // typed search in the taxonomy, the actor catalogue or the gazetteer (GET /api/choices)
  let asked = 0;
  const suggest = async () => {
    const seq = ++asked;
    if (!CHOSEN.has(field.value)) {
      options.replaceChildren();
      return;
    }
    const found = await api.choices({ field: field.value, q: value.value,
      country: chosenReport().country || "" }).catch(() => []);
    if (seq !== asked) return;
    places = field.value === "location" ? found : [];
    options.replaceChildren(...found.map((c) => el("option", { value: c.value, label: c.label })));
  };
  report.addEventListener("change", current);
  field.addEventListener("change", current);
  value.addEventListener("input", suggest);
  current();
  return el("form", { id: "correct-form", onsubmit: (e) => {
    e.preventDefault();
    let parsed;
    try {
      parsed = typed(field.value, value.value);
    } catch (error) {
      status(error.message, "error");
      return;
    }
    // a place picked from the gazetteer moves the coordinates with it (a corrected admin1 or
    // admin2 moves them to the unit's point on the server)
    const place = field.value === "location" && places.find((p) => p.value === parsed);
    run(() => api.correct(report.value, field.value, parsed, note.value,
      place && Number.isFinite(place.latitude) ? place : null), () => reload(data.id));
  } }, el("strong", {}, "Correct a field"), report, field, value, options, note,
  el("button", { type: "submit" }, "Correct"));
}

// fields a reviewer may take from one report when merging (store.picks.PICKABLE)
const PICK_FIELDS = ["event_date", "event_type", "sub_event_type", "actor1", "actor2",
  "location", "fatalities"];

function mergeIds(text) {
  const ids = text.split(/[\s,]+/).filter(Boolean).map(Number);
  return ids.length && ids.every((n) => Number.isInteger(n) && n > 0) ? ids : null;
}

/** Radio rows, one per field the merged reports disagree on: "automatic" or one report. */
async function comparePicks(box, data, ids) {
  const others = await Promise.all(ids.filter((n) => n !== data.id).map((n) => api.incident(n)));
  const reports = [data, ...others].flatMap((incident) => incident.reports || []);
  const rows = [];
  for (const field of PICK_FIELDS) {
    const values = new Map();
    for (const r of reports) {
      const v = r[field];
      if (v !== null && v !== undefined && !values.has(String(v))) values.set(String(v), r.report_id);
    }
    if (values.size < 2) continue;
    const name = `pick-${field}`;
    rows.push(el("div", { class: "pick", "data-field": field }, el("strong", {}, field), " ",
      el("label", {}, el("input", { type: "radio", name, value: "", checked: true }), " automatic"),
      [...values].map(([v, id]) => el("label", {}, el("input", { type: "radio", name, value: id }),
        " ", el("bdi", {}, v), ` (report ${id})`))));
  }
  box.replaceChildren(...(rows.length ? rows
    : [el("p", { class: "muted" }, "The reports agree on every field a merge can pick.")]));
}

function mergeForm(data, reload) {
  const other = el("input", { name: "other", placeholder: "incident id(s), e.g. 12, 15",
    inputmode: "numeric" });
  const note = comment();
  const picks = el("div", { class: "merge-picks", id: "merge-picks" });
  const compare = el("button", { type: "button", id: "merge-compare", onclick: () => {
    const ids = mergeIds(other.value);
    if (!ids) {
      status("Merge takes incident ids (whole numbers).", "error");
      return;
    }
    comparePicks(picks, data, ids).catch((error) => status(error.message, "error"));
  } }, "Compare values");
  return el("form", { id: "merge-form", onsubmit: (e) => {
    e.preventDefault();
    const ids = mergeIds(other.value);
    if (!ids) {
      status("Merge takes incident ids (whole numbers).", "error");
      return;
    }
    const all = [...new Set([data.id, ...ids])];
    const prefer = {};
    for (const input of picks.querySelectorAll("input[type=radio]:checked")) {
      if (input.value) prefer[input.closest(".pick").dataset.field] = Number(input.value);
    }
    // the API keeps the lowest id and answers with it in `incidents`
    run(() => api.merge(all, note.value, Object.keys(prefer).length ? prefer : undefined),
      (result) => reload(incidentIds(result)[0] ?? Math.min(...all)));
  } }, el("strong", {}, "Merge with"), other, compare, note,
  el("button", { type: "submit" }, "Merge"), picks);
}

function splitForm(data, reload) {
  const note = comment();
  return el("form", { id: "split-form", onsubmit: (e) => {
    e.preventDefault();
    const picked = [...document.querySelectorAll(".split-check:checked")]
      .map((c) => Number(c.value));
    if (!picked.length) {
      status("Tick the reports to split off (the checkbox on each report).", "error");
      return;
    }
    run(() => api.split(data.id, picked, note.value), (result) => {
      const made = incidentIds(result).find((n) => n !== data.id);
      if (made !== undefined) status(`Saved: the reports are now incident ${made}.`, "ok");
      return reload(data.id, { keepStatus: true });
    });
  } }, el("strong", {}, "Split"),
  el("span", { class: "muted" }, "the ticked reports into a new incident"),
  note, el("button", { type: "submit" }, "Split selected"));
}

function incidentIds(result) {
  return ((result && result.incidents) || []).filter(Boolean).map((i) => i.id);
}

/** The audit trail (`reviews`), newest first, as a table. */
export function reviewTrail(reviews, target = (kind, id) => `${kind ?? ""} ${id ?? ""}`) {
  if (!reviews.length) return el("p", { class: "muted", id: "audit-empty" }, "Not reviewed yet.");
  const sorted = [...reviews].sort((a, b) => String(b.at).localeCompare(String(a.at)));
  return el("table", { class: "grid", id: "audit" },
    el("thead", {}, el("tr", {}, ["When (UTC)", "Who", "Action", "Target", "Field", "Before",
      "After", "Comment"].map((h) => el("th", {}, h)))),
    el("tbody", {}, sorted.map((r) => el("tr", {},
      el("td", { title: r.at }, when(r.at)), cell(r.reviewer), el("td", {}, r.action),
      el("td", {}, target(r.target, r.target_id)), el("td", {}, r.field ?? ""),
      cell(value(r.before)), cell(value(r.after)),
      cell(r.comment ?? "")))));
}

function when(at) {
  // "2025-01-10T06:50:59.853720+00:00" → "2025-01-10 06:50:59" (the column says UTC)
  return String(at ?? "").replace("T", " ").slice(0, 19);
}

/** A before/after value as words: "locked: yes", "incident 3: reports 1, 2". */
export function readable(v) {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v)) return v.map(readable).join("; ");
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v !== "object") return String(v);
  if ("incident_id" in v && "report_ids" in v) {
    const picked = Object.entries(v.chosen || {}).map(([field, c]) =>
      `; ${field.replace(/_/g, " ")} taken from report ${c.report_id} (${readable(c.value)})`);
    return `incident ${v.incident_id}: report${v.report_ids.length === 1 ? "" : "s"} `
      + v.report_ids.join(", ") + picked.join("");
  }
  return Object.entries(v).map(([k, x]) => `${k.replace(/_/g, " ")}: ${readable(x)}`).join("; ");
}

function value(v) {
  return readable(v);
}
