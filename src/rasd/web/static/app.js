// rasd's analyst web app: hash routes "#/" (map, timeline, filters, table; filters in the
// query, e.g. "#/?country=Mali") and "#/incidents/{id}". No framework, no build step.
import { ApiError, allIncidents, api, getToken, setToken } from "./js/api.js";
import { clear, el, status } from "./js/dom.js";
import { renderIncident } from "./js/incident.js";
import { IncidentMap } from "./js/map.js";
import { fillTable } from "./js/table.js";
import { drawTimeline } from "./js/timeline.js";

const PAGE = 25;
const FILTERS = ["country", "admin1", "from", "to", "event_type", "actor", "partisan"];
const $ = (id) => document.getElementById(id);

const state = {
  filters: {}, offset: 0, map: null, optionsLoaded: false, seq: 0, keepStatus: false,
};

function parseRoute() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const match = path.match(/^\/incidents\/(\d+)\/?$/);
  return { incident: match ? Number(match[1]) : null, params: new URLSearchParams(query || "") };
}

async function route() {
  const { incident, params } = parseRoute();
  if (!state.keepStatus) status("");
  state.keepStatus = false;
  $("overview-view").hidden = incident !== null;
  $("incident-view").hidden = incident === null;
  if (incident !== null) {
    await showIncident(incident);
    return;
  }
  state.filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || ""])
    .filter(([, v]) => v));
  state.offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  writeFilterForm(state.filters);
  await showOverview();
}

function writeFilterForm(filters) {
  const form = $("filters");
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") input.checked = filters[name] === "true";
    else input.value = filters[name] || "";
  }
}

function readFilterForm() {
  const form = $("filters");
  const filters = {};
  for (const name of FILTERS) {
    const input = form.elements[name];
    const value = input.type === "checkbox" ? (input.checked ? "true" : "") : input.value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function go(filters, offset = 0) {
  const query = new URLSearchParams(filters);
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
  try {
    const [all, page, timeline] = await Promise.all([
      allIncidents(state.filters),
      api.incidents({ ...state.filters, limit: PAGE, offset: state.offset }),
      api.timeline({ ...state.filters, bucket: $("bucket").value }),
    ]);
    if (seq !== state.seq) return; // a newer view has started
    const unplaced = state.map.show(all.items);
    $("map-note").textContent = `${all.total} incidents`
      + (unplaced ? `, ${unplaced} without coordinates (not on the map)` : "")
      + (all.items.length < all.total ? `; the map shows the first ${all.items.length}` : "");
    drawTimeline($("timeline"), timeline, $("bucket").value);
    showPage(page);
    if (!state.optionsLoaded && !Object.keys(state.filters).length) fillOptions(all.items);
  } catch (error) {
    failed(error);
  }
}

function showPage(page) {
  fillTable(document.querySelector("#incidents tbody"), page.items);
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  $("page-info").textContent = `${first}–${last} of ${page.total}`;
  $("table-count").textContent = `${page.total} incidents`;
  $("prev").disabled = page.offset <= 0;
  $("next").disabled = last >= page.total;
}

function fillOptions(items) {
  // suggestions for the country and admin1 inputs, from the unfiltered incidents
  const fill = (id, values) => {
    const list = clear($(id));
    [...new Set(values.filter(Boolean))].sort()
      .forEach((v) => list.append(el("option", { value: v })));
  };
  fill("countries", items.map((i) => i.country));
  fill("admin1s", items.map((i) => i.admin1));
  state.optionsLoaded = true;
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
  // no re-render: a half-filled review form must survive pasting the token
  $("token-state").textContent = getToken() ? "token set for this tab" : "no token: read only";
  document.body.classList.toggle("has-token", Boolean(getToken()));
}

function wire() {
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    go(readFilterForm());
  });
  $("filters").addEventListener("reset", () => setTimeout(() => go({}), 0));
  $("prev").addEventListener("click", () => go(state.filters, Math.max(0, state.offset - PAGE)));
  $("next").addEventListener("click", () => go(state.filters, state.offset + PAGE));
  $("bucket").addEventListener("change", () => {
    const bucket = $("bucket").value;
    api.timeline({ ...state.filters, bucket })
      .then((rows) => drawTimeline($("timeline"), rows, bucket), failed);
  });
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    setToken($("token").value.trim());
    $("token").value = "";
    showTokenState();
  });
  $("token-clear").addEventListener("click", () => {
    setToken("");
    showTokenState();
  });
  window.addEventListener("hashchange", route);
  showTokenState();
  api.health().then((h) => {
    $("footer").textContent = `rasd ${h.version} · ${h.backend}`;
  }, () => {});
}

wire();
route();
