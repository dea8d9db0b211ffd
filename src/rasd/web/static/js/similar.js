// "Possible duplicates" on an incident page: incidents close in time and place (GET
// /api/incidents/{id}/similar), each with why, a link, and a button that fills the merge form.
import { api } from "./api.js";
import { el } from "./dom.js";
import { figures, place } from "./map.js";

/** A panel listing the incident's possible duplicates (nothing when there are none). */
export async function similarPanel(id) {
  const found = await api.similar(id);
  if (!found.length) return null;
  const fill = (other) => {
    const input = document.querySelector("#merge-form input[name=other]");
    if (!input) return;
    input.value = String(other);
    input.scrollIntoView({ block: "center" });
    input.focus();
  };
  return el("section", { class: "panel similar", id: "similar" },
    el("h2", {}, "Possible duplicates"),
    el("ul", {}, found.map((s) => el("li", { "data-incident-id": s.id },
      el("a", { href: `#/incidents/${s.id}` }, `Incident ${s.id}`), " · ",
      s.event_date || "date unknown", " · ", s.event_type || "type unknown", " · ",
      el("bdi", {}, place(s)), ` · fatalities ${figures(s)} · `,
      el("span", { class: "muted" }, s.reasons.join(", ")), " ",
      el("button", { type: "button", class: "fill-merge", onclick: () => fill(s.id) },
        "merge…")))));
}
