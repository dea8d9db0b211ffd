// The incident map: Leaflet with no tile server. Context from vendored open data: country
// outlines (Natural Earth), approximate first-level division lines of Mali, Burkina Faso and
// Niger (derived from the gazetteer's places, scripts/build_admin1_lines.py) and division
// labels and main towns (GeoNames).
// Incidents with only a unit (admin1 or country) are drawn at that unit's point, dashed and
// marked approximate; close markers are grouped into clusters when zoomed out.
import { el } from "./dom.js";
import { EVENT_COLOURS, OTHER_COLOUR, eventColour, radius } from "./palette.js";

const BOUNDARIES = "/static/vendor/boundaries/africa-nw.geojson";
const CONTEXT = "/static/vendor/context/places.geojson";
const ADMIN1_LINES = "/static/vendor/context/admin1-lines.geojson";
const CLUSTER_PX = 28; // markers closer than this (in pixels) are grouped...
const CLUSTER_BELOW_ZOOM = 7; // ...below this zoom level
const TOWN_ZOOM = 7; // every town's name from this zoom level...
const CITY_ZOOM = 5.5; // ...and cities' (CITY people or more, or a capital) from this one
const CITY = 100000;

export class IncidentMap {
  constructor(container) {
    const L = window.L;
    this.map = L.map(container, { zoomSnap: 0.5, worldCopyJump: false, attributionControl: true,
      preferCanvas: false }).setView([15.5, -1.5], 5);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Natural Earth · GeoNames (CC BY 4.0) · OCHA Mali (CC BY-IGO) · "
      + "admin-1 lines: approximate, derived from places");
    this.markers = L.layerGroup().addTo(this.map);
    this.legend().addTo(this.map);
    this.incidents = [];
    this.admin1 = new Map();
    this.countries = new Map();
    this.ready = Promise.all([this.boundaries().then(() => this.admin1Lines()), this.context()])
      .catch(() => null);
    this.map.on("zoomend", () => {
      // past the clustering zoom the markers do not change: keep them (and an open popup)
      if (this.clustered || this.map.getZoom() < CLUSTER_BELOW_ZOOM) this.draw();
    });
  }

  async boundaries() {
    const response = await fetch(BOUNDARIES);
    if (!response.ok) return;
    const shapes = await response.json();
    const layer = window.L.geoJSON(shapes, {
      interactive: false,
      style: { color: "#7f8c8d", weight: 1, fillColor: "#fbfcfc", fillOpacity: 1,
        className: "country" },
    }).addTo(this.map).bringToBack();
    layer.eachLayer((shape) => {
      const centre = shape.getBounds().getCenter();
      this.countries.set(shape.feature.properties.name, [centre.lat, centre.lng]);
    });
  }

  // approximate lines between first-level divisions, drawn thin and dashed over the outlines
  async admin1Lines() {
    const response = await fetch(ADMIN1_LINES);
    if (!response.ok) return;
    const lines = await response.json();
    window.L.geoJSON(lines, { interactive: false,
      style: { color: "#95a5a6", weight: 1, dashArray: "4 3", fill: false, className: "admin1-line" },
    }).addTo(this.map);
  }

  async context() {
    const response = await fetch(CONTEXT);
    if (!response.ok) return;
    const places = await response.json();
    const L = window.L;
    this.towns = L.layerGroup();
    this.cities = L.layerGroup();
    const regions = L.layerGroup().addTo(this.map);
    for (const feature of places.features) {
      const [lon, lat] = feature.geometry.coordinates;
      const { kind, name } = feature.properties;
      if (kind === "admin1") {
        if (!this.admin1.has(name)) this.admin1.set(name, [lat, lon]);
        regions.addLayer(L.marker([lat, lon], { interactive: false, keyboard: false,
          icon: L.divIcon({ className: "admin1-label", html: "", iconSize: null }) })
          .bindTooltip(name, { permanent: true, direction: "top", offset: [0, -6],
            className: "admin1-name" }));
      } else {
        const big = (feature.properties.population || 0) >= CITY;
        (big ? this.cities : this.towns).addLayer(L.circleMarker([lat, lon], { radius: 2,
          weight: 1, color: "#566573", fillOpacity: 1, interactive: false, className: "town" })
          .bindTooltip(name, { permanent: true, direction: "right", className: "town-name" }));
      }
    }
    this.showTowns();
    this.map.on("zoomend", () => this.showTowns());
  }

  showTowns() {
    if (!this.towns) return;
    const zoom = this.map.getZoom();
    for (const [layer, from] of [[this.towns, TOWN_ZOOM], [this.cities, CITY_ZOOM]]) {
      if (zoom >= from) layer.addTo(this.map);
      else layer.remove();
    }
  }

  legend() {
    const control = window.L.control({ position: "topright" });
    control.onAdd = () => {
      const box = el("details", { class: "legend" }, el("summary", {}, "Legend"));
      for (const [type, colour] of [...Object.entries(EVENT_COLOURS), ["other", OTHER_COLOUR]]) {
        const swatch = el("span", { class: "swatch" });
        swatch.style.backgroundColor = colour;
        box.append(el("div", {}, swatch, type));
      }
      box.append(el("div", { class: "muted" }, "size: fatalities"),
        el("div", { class: "muted" }, el("span", { class: "swatch approx" }),
          "dashed: approximate (region or country only)"),
        el("div", { class: "muted" }, el("span", { class: "swatch cluster-key" }),
          "number: incidents grouped, click to zoom"));
      window.L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control;
  }

  /** Where to draw an incident: [lat, lon, approximate] or null when it has no place. */
  position(incident) {
    if (incident.latitude !== null && incident.latitude !== undefined
        && incident.longitude !== null && incident.longitude !== undefined) {
      return [incident.latitude, incident.longitude, incident.geo_precision === 3];
    }
    const unit = (incident.admin1 && this.admin1.get(incident.admin1))
      || (incident.country && this.countries.get(incident.country));
    return unit ? [unit[0], unit[1], true] : null;
  }

  /** Show these incidents; resolves to how many could not be placed at all. */
  async show(incidents) {
    await this.ready;
    this.incidents = incidents.map((i) => ({ incident: i, at: this.position(i) }))
      .filter((item) => item.at);
    const placed = this.incidents.map((item) => [item.at[0], item.at[1]]);
    if (placed.length) {
      this.map.fitBounds(placed, { padding: [30, 30], maxZoom: 6, animate: false });
    }
    this.draw();
    this.approximate = this.incidents.filter((item) => item.at[2]).length;
    return incidents.length - this.incidents.length;
  }

  draw() {
    this.markers.clearLayers();
    this.clustered = this.map.getZoom() < CLUSTER_BELOW_ZOOM;
    const groups = this.clustered ? this.clusters() : this.incidents.map((item) => [item]);
    for (const group of groups) {
      this.markers.addLayer(group.length === 1 ? marker(group[0]) : this.cluster(group));
    }
  }

  clusters() {
    // greedy grouping on a pixel grid: linear in the number of incidents
    const cells = new Map();
    for (const item of this.incidents) {
      const p = this.map.project([item.at[0], item.at[1]]);
      const key = `${Math.floor(p.x / CLUSTER_PX)}:${Math.floor(p.y / CLUSTER_PX)}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(item);
    }
    return [...cells.values()];
  }

  cluster(group) {
    const L = window.L;
    const lat = group.reduce((s, g) => s + g.at[0], 0) / group.length;
    const lon = group.reduce((s, g) => s + g.at[1], 0) / group.length;
    const icon = L.divIcon({ className: "cluster", html: "", iconSize: [30, 30] });
    const made = L.marker([lat, lon], { icon, title: `${group.length} incidents` });
    made.on("add", () => {
      const node = made.getElement();
      node.textContent = String(group.length);
      node.dataset.count = String(group.length);
    });
    made.on("click", () => {
      const bounds = L.latLngBounds(group.map((g) => [g.at[0], g.at[1]]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: CLUSTER_BELOW_ZOOM + 1 });
    });
    return made;
  }
}

function marker({ incident, at }) {
  const colour = eventColour(incident.event_type);
  const approximate = at[2];
  const made = window.L.circleMarker([at[0], at[1]], {
    radius: radius(incident.fatalities), color: colour, weight: approximate ? 2 : 1.5,
    fillColor: colour, fillOpacity: approximate ? 0.2 : 0.55, dashArray: approximate ? "4 3" : null,
    className: approximate ? "incident-marker approximate" : "incident-marker",
  });
  made.bindPopup(() => popup(incident, approximate));
  made.bindTooltip(() => tooltip(incident));
  return made;
}

function tooltip(incident) {
  return el("span", { dir: "auto" },
    `${incident.event_date || "?"} · ${incident.event_type || "?"} · ${place(incident)}`);
}

function popup(incident, approximate) {
  const actors = [incident.actor1, incident.actor2].filter(Boolean);
  const flags = (incident.flags || []).map((f) => f.field);
  return el("div", { class: "popup" },
    el("div", {}, el("a", { href: `#/incidents/${incident.id}` }, `Incident ${incident.id}`),
      incident.locked ? el("span", { class: "badge locked" }, "reviewed") : ""),
    el("div", {}, el("strong", {}, incident.event_type || "type unknown"),
      incident.sub_event_type ? ` · ${incident.sub_event_type}` : ""),
    el("div", {}, incident.event_date || "date unknown"),
    el("div", { dir: "auto" }, place(incident),
      approximate ? el("span", { class: "muted" }, " (approximate: drawn at the unit)") : ""),
    actors.length ? el("div", { dir: "auto" }, el("bdi", {}, actors.join(" vs "))) : "",
    el("div", {}, `fatalities: ${figures(incident)}`, ` · reports: ${incident.reports}`),
    flags.length ? el("div", { class: "flagged" }, `reports disagree on: ${flags.join(", ")}`) : "");
}

export function place(incident) {
  return [incident.location, incident.admin1, incident.country].filter(Boolean).join(", ") || "—";
}

/** "12" or "12–15" (low–high) or "—". */
export function figures(item) {
  const { fatalities, fatalities_low: low, fatalities_high: high } = item;
  if (low !== null && low !== undefined && high !== null && high !== undefined && low !== high) {
    return `${low}–${high}`;
  }
  return fatalities === null || fatalities === undefined ? "—" : String(fatalities);
}
