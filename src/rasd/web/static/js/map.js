// The incident map: Leaflet with no tile server, only the vendored country boundaries.
import { el } from "./dom.js";
import { EVENT_COLOURS, OTHER_COLOUR, eventColour, radius } from "./palette.js";

const BOUNDARIES = "/static/vendor/boundaries/africa-nw.geojson";

export class IncidentMap {
  constructor(container) {
    const L = window.L;
    this.map = L.map(container, { zoomSnap: 0.5, worldCopyJump: false, attributionControl: true,
      preferCanvas: false }).setView([15.5, -1.5], 5);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth");
    this.markers = L.layerGroup().addTo(this.map);
    this.legend().addTo(this.map);
    this.boundaries();
  }

  async boundaries() {
    const response = await fetch(BOUNDARIES);
    if (!response.ok) return;
    const shapes = await response.json();
    window.L.geoJSON(shapes, {
      interactive: false,
      style: { color: "#7f8c8d", weight: 1, fillColor: "#fbfcfc", fillOpacity: 1,
        className: "country" },
    }).addTo(this.map).bringToBack();
  }

  legend() {
    const control = window.L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = el("div", { class: "legend" }, el("strong", {}, "Event type"));
      for (const [type, colour] of [...Object.entries(EVENT_COLOURS), ["other", OTHER_COLOUR]]) {
        const swatch = el("span", { class: "swatch" });
        swatch.style.backgroundColor = colour;
        box.append(el("div", {}, swatch, type));
      }
      box.append(el("div", { class: "muted" }, "size: fatalities"));
      return box;
    };
    return control;
  }

  /** Show these incidents; returns how many had no coordinates. */
  show(incidents) {
    const L = window.L;
    this.markers.clearLayers();
    const placed = [];
    for (const incident of incidents) {
      if (incident.latitude === null || incident.longitude === null
          || incident.latitude === undefined || incident.longitude === undefined) continue;
      const colour = eventColour(incident.event_type);
      const marker = L.circleMarker([incident.latitude, incident.longitude], {
        radius: radius(incident.fatalities), color: colour, weight: 1.5, fillColor: colour,
        fillOpacity: 0.55, className: "incident-marker",
      });
      marker.bindPopup(() => popup(incident));
      marker.bindTooltip(() => tooltip(incident));
      this.markers.addLayer(marker);
      placed.push([incident.latitude, incident.longitude]);
    }
    if (placed.length) {
      this.map.fitBounds(placed, { padding: [30, 30], maxZoom: 6, animate: false });
    }
    return incidents.length - placed.length;
  }
}

function tooltip(incident) {
  return el("span", { dir: "auto" },
    `${incident.event_date || "?"} · ${incident.event_type || "?"} · ${place(incident)}`);
}

function popup(incident) {
  return el("div", { class: "popup" },
    el("div", {}, el("a", { href: `#/incidents/${incident.id}` }, `Incident ${incident.id}`)),
    el("div", {}, incident.event_date || "date unknown", " · ",
      incident.event_type || "type unknown"),
    el("div", { dir: "auto" }, place(incident)),
    el("div", {}, `fatalities: ${figures(incident)}`, ` · reports: ${incident.reports}`));
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
