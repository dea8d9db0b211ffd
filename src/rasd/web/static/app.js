// rasd's analyst web app: hash routes "#/" (map, timeline, filters, table; filters, sort and
// page in the query, e.g. "#/?country=Mali&sort=-fatalities"), "#/incidents/{id}" and
// "#/audit". No framework, no build step.
import { ApiError, allIncidents, api, download, getToken, setToken } from "./js/api.js";
import { renderAudit } from "./js/audit.js";
import { clear, el, status } from "./js/dom.js";
import { renderIncident } from "./js/incident.js";
import { IncidentMap } from "./js/map.js";
import { similarPanel } from "./js/similar.js";
import { fillTable, markSort, nextSort, totalsText } from "./js/table.js";
import { drawTimeline } from "./js/timeline.js";

const PAGE = 25;
const FILTERS = ["q", "country", "admin1", "admin2", "location", "from", "to", "event_type",
  "sub_event_type", "actor", "min_fatalities", "reviewed", "flagged", "partisan"];
// filters that take several values (any matches): repeated in the URL and the API's query,
// separated by ";" in a text box, several options of the event-type list
const SEVERAL = new Set(["country", "admin1", "admin2", "location", "event_type",
  "sub_event_type", "actor"]);
const SEP = ";";
// the datalists filled with facet counts: input name -> [datalist id, facet field]
const SUGGESTED = { country: ["countries", "country"], admin1: ["admin1s", "admin1"],
  admin2: ["admin2s", "admin2"], location: ["locations", "location"],
  sub_event_type: ["sub_event_types", "sub_event_type"], actor: ["actors", "actor1"] };
const $ = (id) => document.getElementById(id);

const state = { filters: {}, sort: "", offset: 0, map: null, seq: 0, keepStatus: false,
  timeline: [] };

function parseRoute() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const match = path.match(/^\/incidents\/(\d+)\/?$/);
  return { incident: match ? Number(match[1]) : null, audit: /^\/audit\/?$/.test(path),
    params: new URLSearchParams(query || "") };
}

async function route() {
  const { incident, audit, params } = parseRoute();
  if (!state.keepStatus) status("");
  state.keepStatus = false;
  $("overview-view").hidden = incident !== null || audit;
  $("incident-view").hidden = incident === null;
  $("audit-view").hidden = !audit;
  if (incident !== null) {
    await showIncident(incident);
    return;
  }
  if (audit) {
    document.title = "rasd — audit trail";
    await renderAudit($("audit-view"), Number(params.get("offset")) || 0).catch(failed);
    return;
  }
  document.title = "rasd — incidents";
  state.filters = Object.fromEntries(FILTERS.map((k) => [k, SEVERAL.has(k)
    ? params.getAll(k).map((v) => v.trim()).filter(Boolean) : params.get(k) || ""])
    .filter(([, v]) => v.length));
  state.sort = params.get("sort") || "";
  state.offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  writeFilterForm(state.filters);
  await showOverview();
}

function writeFilterForm(filters) {
  const form = $("filters");
  for (const name of FILTERS) {
    const input = form.elements[name];
    const value = filters[name];
    if (input.type === "checkbox") input.checked = value === "true";
    else if (input.multiple) {
      const chosen = [].concat(value || []);
      for (const option of input.options) option.selected = chosen.includes(option.value);
    } else input.value = [].concat(value || []).join(`${SEP} `);
  }
}

function readFilterForm() {
  const form = $("filters");
  const filters = {};
  for (const name of FILTERS) {
    const input = form.elements[name];
    let value;
    if (input.type === "checkbox") value = input.checked ? "true" : "";
    else if (input.multiple) value = [...input.selectedOptions].map((o) => o.value).filter(Boolean);
    else if (SEVERAL.has(name)) value = input.value.split(SEP).map((v) => v.trim()).filter(Boolean);
    else value = input.value.trim();
    if (value.length) filters[name] = value;
  }
  return filters;
}

function go(filters, { offset = 0, sort = state.sort } = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    for (const one of [].concat(value)) if (one) query.append(name, one);
  }
  if (sort) query.set("sort", sort);
  if (offset) query.set("offset", String(offset));
  const target = `#/${query.toString() ? `?${query}` : ""}`;
  if (window.location.hash === target) route();
  else window.location.hash = target;
}

async function showOverview() {
  const seq = ++state.seq;
  if (!state.map) state.map = new IncidentMap($("map"));
  // the map has just been shown again: Leaflet must re-measure its container
  state.map.map.invalidateSize();
  const sorted = state.sort ? { sort: state.sort } : {};
  try {
    const [all, page, timeline, facets] = await Promise.all([
      allIncidents(state.filters),
      api.incidents({ ...state.filters, ...sorted, limit: PAGE, offset: state.offset }),
      api.timeline({ ...state.filters, bucket: $("bucket").value }),
      api.facets(state.filters),
    ]);
    if (seq !== state.seq) return; // a newer view has started
    const unplaced = await state.map.show(all.items);
    $("map-note").textContent = `${all.total} incidents`
      + (state.map.approximate ? `, ${state.map.approximate} placed approximately (dashed)` : "")
      + (unplaced ? `, ${unplaced} with no place at all (not on the map)` : "")
      + (all.items.length < all.total ? `; the map shows the first ${all.items.length}` : "");
    state.timeline = timeline;
    redrawTimeline();
    showPage(page);
    fillOptions(facets);
  } catch (error) {
    if (seq !== state.seq) return;
    emptyOverview();
    failed(error);
  }
}

function emptyOverview() {
  // nothing stale under an error banner: the old rows, markers and counts go
  fillTable(document.querySelector("#incidents tbody"), []);
  if (state.map) state.map.show([]);
  clear($("timeline"));
  $("map-note").textContent = "";
  $("table-count").textContent = "";
  $("page-info").textContent = "";
  $("totals").textContent = "";
}

function redrawTimeline() {
  drawTimeline($("timeline"), state.timeline, $("bucket").value,
    (from, to) => go({ ...state.filters, from, to }));
}

function showPage(page) {
  fillTable(document.querySelector("#incidents tbody"), page.items);
  markSort(document.querySelector("#incidents thead"), state.sort);
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  $("page-info").textContent = `${first}–${last} of ${page.total}`;
  $("table-count").textContent = `${page.total} incidents`;
  $("totals").textContent = totalsText(page.totals);
  $("prev").disabled = page.offset <= 0;
  $("next").disabled = last >= page.total;
}

function fillOptions(facets) {
  // suggestions with the number of matching incidents beside each value
  for (const [input, [id, field]] of Object.entries(SUGGESTED)) {
    const list = clear($(id));
    for (const { value, count } of facets[field] || []) {
      list.append(el("option", { value, label: `${value} (${count})` }));
    }
    $("filters").elements[input].dataset.facets = String((facets[field] || []).length);
  }
  const counted = (name, field, word) => {
    const select = $("filters").elements[name];
    for (const option of select.options) {
      if (!option.value) continue;
      option.value = option.value; // pin the value: it defaults to the text, changed below
      const hit = (facets[field] || []).find((f) => String(f.value) === option.value);
      option.textContent = `${word(option.value)} (${hit ? hit.count : 0})`;
    }
  };
  counted("event_type", "event_type", (v) => v);
  counted("reviewed", "reviewed", (v) => (v === "true" ? "reviewed" : "not reviewed"));
  counted("flagged", "flagged", (v) => (v === "true" ? "they disagree" : "they agree"));
}

async function showIncident(id, { keepStatus = false } = {}) {
  const view = $("incident-view");
  try {
    const data = await api.incident(id);
    renderIncident(view, data, (next, options = {}) => {
      if (next !== id) {
        state.keepStatus = true;
        window.location.hash = `#/incidents/${next}`;
        return null;
      }
      return showIncident(next, { keepStatus: true, ...options });
    });
    document.title = `rasd — incident ${id}`;
    similarPanel(id).then((panel) => {
      const summary = view.querySelector(".summary");
      if (panel && summary && parseRoute().incident === id) summary.after(panel);
    }, () => {});
  } catch (error) {
    clear(view).append(el("p", {}, el("a", { href: "#/" }, "‹ all incidents")));
    failed(error);
  }
  if (!keepStatus) window.scrollTo(0, 0);
}

function failed(error) {
  const message = error instanceof ApiError
    ? error.message : `Could not reach the API (${error.message})`;
  status(message, "error");
}

function showTokenState() {
  $("token-state").textContent = getToken() ? "token set for this tab" : "no token: read only";
  document.body.classList.toggle("has-token", Boolean(getToken()));
}

function tokenChanged() {
  showTokenState();
  // reads may need the token ([api] read_token_required): reload what failed without it,
  // but never re-render an incident page (a half-filled review form must survive)
  if (!$("overview-view").hidden || !$("audit-view").hidden) route();
}

function wire() {
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    go(readFilterForm());
  });
  $("filters").addEventListener("reset", () => setTimeout(() => go({}, { sort: "" }), 0));
  $("prev").addEventListener("click", () => go(state.filters,
    { offset: Math.max(0, state.offset - PAGE) }));
  $("next").addEventListener("click", () => go(state.filters, { offset: state.offset + PAGE }));
  document.querySelector("#incidents thead").addEventListener("click", (e) => {
    const th = e.target.closest("th[data-sort]");
    if (th) go(state.filters, { sort: nextSort(state.sort, th.dataset.sort) });
  });
  $("downloads").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-format]");
    if (!button) return;
    const level = $("download-level").value;
    download(`/api/${level}/export`, { ...state.filters, format: button.dataset.format,
      bom: button.dataset.bom || "" })
      .then((name) => status(`Downloaded ${name}.`, "ok"), failed);
  });
  $("bucket").addEventListener("change", () => {
    api.timeline({ ...state.filters, bucket: $("bucket").value })
      .then((rows) => {
        state.timeline = rows;
        redrawTimeline();
      }, failed);
  });
  window.addEventListener("resize", () => {
    if (!$("overview-view").hidden && state.timeline.length) redrawTimeline();
  });
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    setToken($("token").value.trim());
    $("token").value = "";
    tokenChanged();
  });
  $("token-clear").addEventListener("click", () => {
    setToken("");
    tokenChanged();
  });
  window.addEventListener("hashchange", route);
  showTokenState();
  api.health().then((h) => {
    $("footer").textContent = `rasd ${h.version} · ${h.backend}`;
  }, () => {});
}

wire();
route();
