// Colours: one per ACLED event type (map, legend) and one per evidence field (highlights).

export const EVENT_COLOURS = {
  "Battles": "#c0392b",
  "Violence against civilians": "#8e44ad",
  "Explosions/Remote violence": "#d35400",
  "Riots": "#b7950b",
  "Protests": "#2471a3",
  "Strategic developments": "#1e8449",
};
export const OTHER_COLOUR = "#566573";

export function eventColour(type) {
  return EVENT_COLOURS[type] || OTHER_COLOUR;
}

// light enough that dark text stays readable on them
const FIELD_COLOURS = {
  event_date: "#ffe08a",
  event_type: "#f5b7b1",
  sub_event_type: "#f5b7b1",
  actor1: "#aed6f1",
  assoc_actor_1: "#aed6f1",
  actor2: "#a3e4d7",
  assoc_actor_2: "#a3e4d7",
  location: "#d2b4de",
  country: "#d2b4de",
  admin1: "#d2b4de",
  fatalities: "#f8c471",
  injured: "#fad7a0",
  abducted: "#f9e79f",
  claims: "#d5dbdb",
  framing: "#f1948a",
};
const SPARE = ["#abebc6", "#fdebd0", "#d6eaf8", "#e8daef", "#d1f2eb", "#fcf3cf", "#ebdef0"];

export function fieldColour(field) {
  if (FIELD_COLOURS[field]) return FIELD_COLOURS[field];
  let hash = 0;
  for (const ch of field) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}

/** A marker's radius in pixels from the incident's fatalities (area grows with the count). */
export function radius(fatalities) {
  const n = Math.max(0, Number(fatalities) || 0);
  return Math.min(28, 4 + 2.2 * Math.sqrt(n));
}
