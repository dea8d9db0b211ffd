// The audit page ("#/audit"): every review action, newest first, with before and after
// in words, one page at a time.
import { api } from "./api.js";
import { clear, el } from "./dom.js";
import { reviewTrail } from "./review.js";

const PAGE = 50;

/** Render the audit trail's page starting at `offset` into `view`. */
export async function renderAudit(view, offset = 0) {
  const page = await api.reviews({ limit: PAGE, offset });
  const link = (target, id) => (target === "incident"
    ? el("a", { href: `#/incidents/${id}` }, `incident ${id}`) : `report ${id}`);
  clear(view).append(el("h1", {}, "Audit trail"),
    el("p", { class: "muted" }, `${page.total} review actions, newest first.`),
    retag(reviewTrail(page.items, link)),
    el("div", { class: "pager" },
      offset > 0 ? el("a", { href: `#/audit?offset=${Math.max(0, offset - PAGE)}` }, "‹ Newer") : "",
      el("span", {}, page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : ""),
      offset + PAGE < page.total ? el("a", { href: `#/audit?offset=${offset + PAGE}` }, "Older ›") : ""));
}

function retag(table) {
  // the incident page's trail is #audit; this page's is #audit-all (both may be in the DOM)
  if (table.id === "audit") table.id = "audit-all";
  return table;
}
