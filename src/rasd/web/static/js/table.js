// The incident table, one page at a time, sortable by every column, with the totals of
// the whole filter (not only the page) in its footer.
import { cell, clear, el } from "./dom.js";
import { figures } from "./map.js";
import { eventColour } from "./palette.js";

/** Fill the table body with one page of incidents. */
export function fillTable(tbody, items) {
  clear(tbody);
  if (!items.length) {
    tbody.append(el("tr", {}, el("td", { colspan: 10, class: "muted" }, "No incidents.")));
    return;
  }
  for (const incident of items) {
    const dot = el("span", { class: "swatch" });
    dot.style.backgroundColor = eventColour(incident.event_type);
    const flags = (incident.flags || []).map((f) => f.field);
    tbody.append(el("tr", { "data-incident-id": incident.id },
      el("td", {}, el("a", { href: `#/incidents/${incident.id}` }, String(incident.id))),
      el("td", { class: "date" }, incident.event_date || "—"),
      el("td", {}, dot, incident.event_type || "—",
        incident.sub_event_type ? el("div", { class: "muted sub" }, incident.sub_event_type) : ""),
      cell(incident.country || "—"),
      cell(incident.admin1 || "—"),
      cell(incident.location || "—"),
      el("td", { class: "num" }, figures(incident)),
      cell([incident.actor1, incident.actor2].filter(Boolean).join(" vs ") || "—"),
      el("td", { class: "num" }, String(incident.reports ?? "")),
      el("td", {},
        incident.locked ? el("span", { class: "badge locked" }, "reviewed") : "",
        flags.length ? el("span", { class: "badge flag", title: `reports disagree on ${flags.join(", ")}` },
          `disagree: ${flags.join(", ")}`) : "")));
  }
}

/** Mark the sorted column's header (aria-sort) from a sort value such as "-fatalities". */
export function markSort(thead, sort) {
  const name = (sort || "-event_date").replace(/^-/, "");
  const descending = (sort || "-event_date").startsWith("-");
  for (const th of thead.querySelectorAll("th[data-sort]")) {
    const on = th.dataset.sort === name;
    if (on) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    else th.removeAttribute("aria-sort");
  }
}

/** The next sort after a click on column `name`: descending first, then ascending. */
export function nextSort(current, name) {
  const now = current || "-event_date";
  return now === `-${name}` ? name : `-${name}`;
}

/** "5 incidents · 43 fatalities (range 40–52) · 9 reports · 2025-01-09 to 2025-03-18". */
export function totalsText(totals) {
  if (!totals) return "";
  const range = totals.fatalities_low !== totals.fatalities_high
    ? ` (reports range ${totals.fatalities_low}–${totals.fatalities_high})` : "";
  const dates = totals.first_date ? ` · ${totals.first_date} to ${totals.last_date}` : "";
  return `Total for these filters: ${totals.incidents} incidents · ${totals.fatalities} `
    + `fatalities${range} · ${totals.reports} reports${dates}`;
}
