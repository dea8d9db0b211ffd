// The timeline: incidents (bars) and fatalities (line) per period, drawn as SVG by hand.
import { clear, el, svg } from "./dom.js";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 40, right: 44, top: 14, bottom: 40 };

// periods with no incident are missing from the API's answer: fill them in (up to this many)
const MAX_PERIODS = 1500;

function nextPeriod(period, bucket) {
  if (bucket === "month") {
    const [y, m] = period.split("-").map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  const day = new Date(`${period}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + (bucket === "week" ? 7 : 1));
  return day.toISOString().slice(0, 10);
}

/** The rows with a zero row for every empty period between the first and the last. */
export function withGaps(rows, bucket) {
  if (rows.length < 2) return rows;
  const known = new Map(rows.map((r) => [r.period, r]));
  const filled = [];
  const last = rows[rows.length - 1].period;
  for (let p = rows[0].period; filled.length <= MAX_PERIODS; p = nextPeriod(p, bucket)) {
    filled.push(known.get(p) || { period: p, incidents: 0, fatalities: 0 });
    if (p >= last) return filled;
  }
  return rows; // too many periods to draw one by one: draw the non-empty ones
}

/** Draw `rows` ([{period, incidents, fatalities}], oldest first) into `container`. */
export function drawTimeline(container, answer, bucket = "day") {
  clear(container);
  const rows = withGaps(answer, bucket);
  if (!rows.length) {
    container.append(el("p", { class: "muted" }, "No incidents for these filters."));
    return;
  }
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const maxI = Math.max(1, ...rows.map((r) => r.incidents || 0));
  const maxF = Math.max(1, ...rows.map((r) => r.fatalities || 0));
  const step = plotW / rows.length;
  const x = (i) => PAD.left + step * i + step / 2;
  const yI = (v) => PAD.top + plotH - (plotH * v) / maxI;
  const yF = (v) => PAD.top + plotH - (plotH * v) / maxF;

  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline", role: "img",
    "aria-label": `Incidents and fatalities over ${rows.length} periods` });
  chart.append(axes(plotW, plotH, maxI, maxF));
  rows.forEach((row, i) => chart.append(bar(row, x(i), step, yI)));
  chart.append(fatalityLine(rows, x, yF));
  chart.append(labels(rows, x));
  container.append(chart, key());
}

function axes(plotW, plotH, maxI, maxF) {
  const bottom = PAD.top + plotH;
  return svg("g", { class: "axes" },
    svg("line", { x1: PAD.left, y1: bottom, x2: PAD.left + plotW, y2: bottom }),
    svg("line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: bottom }),
    svg("line", { x1: PAD.left + plotW, y1: PAD.top, x2: PAD.left + plotW, y2: bottom }),
    svg("text", { x: PAD.left - 4, y: PAD.top + 4, "text-anchor": "end" }, String(maxI)),
    svg("text", { x: PAD.left - 4, y: bottom, "text-anchor": "end" }, "0"),
    svg("text", { x: PAD.left + plotW + 4, y: PAD.top + 4, class: "fat" }, String(maxF)),
    svg("text", { x: PAD.left + plotW + 4, y: bottom, class: "fat" }, "0"));
}

function bar(row, cx, step, yI) {
  const width = Math.max(1, step * 0.7);
  const top = yI(row.incidents || 0);
  return svg("rect", { class: "bar", x: cx - width / 2, y: top, width,
    height: Math.max(0, yI(0) - top), "data-period": row.period },
  svg("title", {}, `${row.period}: ${row.incidents} incidents, ${row.fatalities} fatalities`));
}

function fatalityLine(rows, x, yF) {
  const points = rows.map((row, i) => `${x(i).toFixed(1)},${yF(row.fatalities || 0).toFixed(1)}`);
  const group = svg("g", { class: "fatalities" }, svg("polyline", { points: points.join(" ") }));
  rows.forEach((row, i) => group.append(
    svg("circle", { cx: x(i), cy: yF(row.fatalities || 0), r: 2.5 },
      svg("title", {}, `${row.period}: ${row.fatalities} fatalities`))));
  return group;
}

function labels(rows, x) {
  // at most ~8 period labels, always the first and the last
  const every = Math.max(1, Math.ceil(rows.length / 8));
  const group = svg("g", { class: "labels" });
  rows.forEach((row, i) => {
    if (i % every !== 0 && i !== rows.length - 1) return;
    group.append(svg("text", { x: x(i), y: HEIGHT - PAD.bottom + 16, "text-anchor": "middle" },
      row.period));
  });
  return group;
}

function key() {
  return el("div", { class: "timeline-key muted" },
    el("span", { class: "key-bar" }), " incidents (left axis)  ",
    el("span", { class: "key-line" }), " fatalities (right axis)");
}
