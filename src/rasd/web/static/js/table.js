// The incident table, one page at a time.
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
    tbody.append(el("tr", { "data-incident-id": incident.id },
      el("td", {}, el("a", { href: `#/incidents/${incident.id}` }, String(incident.id))),
      el("td", {}, incident.event_date || "—"),
      el("td", {}, dot, incident.event_type || "—"),
      cell(incident.country || "—"),
      cell(incident.admin1 || "—"),
      cell(incident.location || "—"),
      el("td", { class: "num" }, figures(incident)),
      cell([incident.actor1, incident.actor2].filter(Boolean).join(" vs ") || "—"),
      el("td", { class: "num" }, String(incident.reports ?? "")),
      el("td", {}, incident.locked ? el("span", { class: "badge locked" }, "reviewed") : "")));
  }
}
