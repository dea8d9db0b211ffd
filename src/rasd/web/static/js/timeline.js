// The timeline: incidents (bars) and fatalities (line) per period on a true time axis
// (a period's bar sits at its dates, gaps stay gaps), with ticks at a readable step for
// any span, y ticks on both axes, and a brush: drag across the chart to pick a period.
import { clear, el, svg } from "./dom.js";

const HEIGHT = 220; // at least
const PAD = { left: 44, right: 48, top: 12, bottom: 40 };
const DAY = 86400000;
const TICK_STEPS = [ // [unit, count] from fine to coarse
  ["day", 1], ["day", 2], ["day", 7], ["day", 14], ["month", 1], ["month", 3], ["month", 6],
  ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 25],
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** [start, end) in UTC milliseconds of a period named by the API ("YYYY-MM" or a day). */
export function periodRange(period, bucket) {
  if (bucket === "month") {
    const [y, m] = period.split("-").map(Number);
    return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  }
  const start = Date.parse(`${period}T00:00:00Z`);
  return [start, start + (bucket === "week" ? 7 : 1) * DAY];
}

function floorTo(t, unit, count) {
  const d = new Date(t);
  if (unit === "year") return Date.UTC(Math.floor(d.getUTCFullYear() / count) * count, 0, 1);
  if (unit === "month") {
    return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / count) * count, 1);
  }
  if (count % 7 === 0) return t - ((d.getUTCDay() + 6) % 7) * DAY - (t % DAY); // Mondays
  return t - (t % DAY);
}

function add(t, unit, count) {
  const d = new Date(t);
  if (unit === "year") return Date.UTC(d.getUTCFullYear() + count, 0, 1);
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + count, 1);
  return t + count * DAY;
}

/** Tick times between t0 and t1: the finest step giving at most `most` ticks. */
export function timeTicks(t0, t1, most) {
  const step = TICK_STEPS.find(([unit, count]) => {
    const length = unit === "year" ? 365 * count : unit === "month" ? 30.4 * count : count;
    return (t1 - t0) / (length * DAY) <= most;
  }) || TICK_STEPS[TICK_STEPS.length - 1];
  const ticks = [];
  for (let t = floorTo(t0, ...step); t <= t1; t = add(t, ...step)) {
    if (t >= t0) ticks.push(t);
  }
  return { ticks, unit: step[0] };
}

function tickLabel(t, unit) {
  const d = new Date(t);
  if (unit === "year") return String(d.getUTCFullYear());
  if (unit === "month") {
    return d.getUTCMonth() === 0 ? `${MONTHS[0]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()];
  }
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Round y ticks from 0 to at least max: 0, step, 2·step... with step 1, 2 or 5 ×10^k. */
export function valueTicks(max, most = 4) {
  const top = Math.max(1, max);
  const raw = top / most;
  const power = 10 ** Math.floor(Math.log10(raw));
  // whole numbers only: these are counts
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw));
  const ticks = [0];
  while (ticks[ticks.length - 1] < top) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** Draw rows ([{period, incidents, fatalities}], oldest first) into `container`;
 * `onBrush(from, to)` receives the ISO days of a dragged period. */
export function drawTimeline(container, rows, bucket = "day", onBrush = null) {
  clear(container);
  if (!rows.length) {
    container.append(el("p", { class: "muted" }, "No incidents for these filters."));
    return;
  }
  // fill the panel: as wide as the container, as tall as the space the panel leaves
  const width = Math.max(320, Math.round(container.clientWidth || 640));
  const height = Math.max(HEIGHT, Math.round(container.clientHeight - 40) || 0);
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const ranges = rows.map((r) => periodRange(r.period, bucket));
  const t0 = ranges[0][0];
  const t1 = Math.max(ranges[ranges.length - 1][1], t0 + DAY);
  const x = (t) => PAD.left + ((t - t0) / (t1 - t0)) * plotW;
  const yTicksI = valueTicks(Math.max(...rows.map((r) => r.incidents || 0)));
  const yTicksF = valueTicks(Math.max(...rows.map((r) => r.fatalities || 0)));
  const topI = yTicksI[yTicksI.length - 1];
  const topF = yTicksF[yTicksF.length - 1];
  const yI = (v) => PAD.top + plotH - (plotH * v) / topI;
  const yF = (v) => PAD.top + plotH - (plotH * v) / topF;

  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height,
    class: "timeline", role: "img",
    "aria-label": `Incidents and fatalities from ${iso(t0)} to ${iso(t1 - 1)}` });
  chart.append(grid(yTicksI, yTicksF, yI, yF, plotW));
  chart.append(xAxis(t0, t1, x, plotW, height));
  rows.forEach((row, i) => chart.append(bar(row, ranges[i], x, yI)));
  chart.append(fatalityLine(rows, ranges, x, yF));
  if (onBrush) brush(chart, x, t0, t1, plotW, plotH, bucket, onBrush);
  container.append(chart, key(Boolean(onBrush)));
}

function grid(ticksI, ticksF, yI, yF, plotW) {
  const group = svg("g", { class: "axes" });
  const right = PAD.left + plotW;
  for (const v of ticksI) {
    group.append(svg("line", { class: "grid", x1: PAD.left, x2: right, y1: yI(v), y2: yI(v) }),
      svg("text", { class: "y-tick", x: PAD.left - 5, y: yI(v) + 3, "text-anchor": "end" }, String(v)));
  }
  for (const v of ticksF) {
    group.append(svg("text", { class: "fat y-tick", x: right + 5, y: yF(v) + 3 }, String(v)));
  }
  return group;
}

function xAxis(t0, t1, x, plotW, height) {
  const bottom = height - PAD.bottom;
  const { ticks, unit } = timeTicks(t0, t1, Math.max(2, Math.floor(plotW / 70)));
  const group = svg("g", { class: "labels" },
    svg("line", { class: "x-axis", x1: PAD.left, x2: PAD.left + plotW, y1: bottom, y2: bottom }));
  let lastYear = null;
  for (const t of ticks) {
    const year = new Date(t).getUTCFullYear();
    let label = tickLabel(t, unit);
    if (unit === "day" && year !== lastYear) label += ` ${year}`;
    lastYear = year;
    group.append(svg("line", { class: "tick", x1: x(t), x2: x(t), y1: bottom, y2: bottom + 4 }),
      svg("text", { class: "x-tick", x: x(t), y: bottom + 16, "text-anchor": "middle",
        "data-time": iso(t) }, label));
  }
  return group;
}

function bar(row, [start, end], x, yI) {
  const left = x(start);
  const width = Math.max(1.5, (x(end) - left) * 0.85);
  const top = yI(row.incidents || 0);
  return svg("rect", { class: "bar", x: left, y: top, width, height: Math.max(0, yI(0) - top),
    "data-period": row.period },
  svg("title", {}, `${row.period}: ${row.incidents} incidents, ${row.fatalities} fatalities`));
}

function fatalityLine(rows, ranges, x, yF) {
  // joined only across adjacent periods: a line over a gap would invent the values between
  const cx = ranges.map(([s, e]) => (x(s) + x(e)) / 2);
  const group = svg("g", { class: "fatalities" });
  let run = [];
  rows.forEach((row, i) => {
    if (i > 0 && ranges[i][0] !== ranges[i - 1][1]) {
      if (run.length > 1) group.append(svg("polyline", { points: run.join(" ") }));
      run = [];
    }
    run.push(`${cx[i].toFixed(1)},${yF(row.fatalities || 0).toFixed(1)}`);
  });
  if (run.length > 1) group.append(svg("polyline", { points: run.join(" ") }));
  rows.forEach((row, i) => group.append(
    svg("circle", { cx: cx[i], cy: yF(row.fatalities || 0), r: 2.5 },
      svg("title", {}, `${row.period}: ${row.fatalities} fatalities`))));
  return group;
}

function brush(chart, x, t0, t1, plotW, plotH, bucket, onBrush) {
  const band = svg("rect", { class: "brush", x: PAD.left, y: PAD.top, width: 0, height: plotH });
  const area = svg("rect", { class: "brush-area", x: PAD.left, y: PAD.top, width: plotW,
    height: plotH });
  chart.insertBefore(area, chart.firstChild); // under the bars: their titles stay hoverable
  chart.append(band);
  const toTime = (event) => {
    const box = chart.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * chart.viewBox.baseVal.width;
    const clamped = Math.min(PAD.left + plotW, Math.max(PAD.left, px));
    return t0 + ((clamped - PAD.left) / plotW) * (t1 - t0);
  };
  let from = null;
  chart.addEventListener("pointerdown", (event) => {
    from = toTime(event);
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener("pointermove", (event) => {
    if (from === null) return;
    const to = toTime(event);
    band.setAttribute("x", x(Math.min(from, to)));
    band.setAttribute("width", Math.abs(x(to) - x(from)));
  });
  chart.addEventListener("pointerup", (event) => {
    if (from === null) return;
    const to = toTime(event);
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    from = null;
    if (x(b) - x(a) < 4) return; // a click, not a drag
    onBrush(iso(a), iso(b - 1));
  });
}

function key(brushable) {
  return el("div", { class: "timeline-key muted" },
    el("span", { class: "key-bar" }), " incidents (left axis)  ",
    el("span", { class: "key-line" }), " fatalities (right axis)",
    brushable ? "  · drag across the chart to filter a period" : "");
}
