// The timeline: a histogram of events per day, week or month whose brush sets the date range.

import { axisBottom } from "d3-axis";
import { brushX } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { getLatest } from "./api.js";
import { params, setFilters, state } from "./state.js";

const HEIGHT = 110;
const MARGIN = { top: 8, right: 16, bottom: 22, left: 16 };
const DAY = 86_400_000;
const STEP = { day: 1, week: 7, month: 31, year: 366 };

let svg;
let x;
let brush;
let moving = false;

function iso(date) {
  return date.toISOString().slice(0, 10);
}

function utc(day) {
  return new Date(`${day}T00:00:00Z`);
}

function binEnd(start, interval) {
  const d = utc(start);
  if (interval === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  if (interval === "year") return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  return d.getTime() + STEP[interval] * DAY;
}

function onBrushEnd(event) {
  if (moving || !event.sourceEvent) return;
  if (!event.selection) {
    setFilters({ since: "", until: "" }, "timeline");
    return;
  }
  const [a, b] = event.selection.map((px) => x.invert(px));
  const until = new Date(Math.max(a.getTime(), b.getTime() - DAY));
  setFilters({ since: iso(a), until: iso(until) }, "timeline");
}

export function syncBrush() {
  if (!svg || !x) return;
  const { since, until } = state.filters;
  moving = true;
  const group = svg.select("g.brush");
  if (since || until) {
    const [lo, hi] = x.domain();
    const from = since ? utc(since) : lo;
    const to = until ? new Date(utc(until).getTime() + DAY) : hi;
    group.call(brush.move, [Math.max(0, x(from)), Math.min(x.range()[1], x(to))]);
  } else {
    group.call(brush.move, null);
  }
  moving = false;
}

export async function refreshTimeline(origin) {
  if (origin === "timeline") return;
  const host = document.getElementById("timeline");
  const body = await getLatest("timeline", "timeline", params({ withDates: false }));
  if (!body) return;
  const bins = body.bins;
  document.getElementById("timeline-label").textContent = bins.length
    ? `Events per ${body.interval} — drag to select dates` +
      (body.outside ? ` (${body.outside.toLocaleString()} dated far outside this range not shown)` : "")
    : "No dated events";
  host.querySelector("svg")?.remove();
  if (!bins.length) {
    svg = null;
    return;
  }
  const width = Math.max(300, host.clientWidth);
  const first = utc(bins[0].start);
  const last = binEnd(bins[bins.length - 1].start, body.interval);
  x = scaleUtc().domain([first, last]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...bins.map((b) => b.count))])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  svg = select(host).append("svg").attr("width", width).attr("height", HEIGHT);
  svg
    .append("g")
    .attr("class", "bars")
    .selectAll("rect")
    .data(bins)
    .join("rect")
    .attr("x", (b) => x(utc(b.start)) + 0.5)
    .attr("width", (b) => Math.max(1, x(binEnd(b.start, body.interval)) - x(utc(b.start)) - 1))
    .attr("y", (b) => y(b.count))
    .attr("height", (b) => y(0) - y(b.count))
    .attr("data-start", (b) => b.start)
    .attr("data-count", (b) => b.count)
    .append("title")
    .text((b) => `${b.start}: ${b.count}`);
  svg
    .append("g")
    .attr("class", "axis")
    .attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
  brush = brushX()
    .extent([
      [MARGIN.left, MARGIN.top],
      [width - MARGIN.right, HEIGHT - MARGIN.bottom],
    ])
    .on("end", onBrushEnd);
  svg.append("g").attr("class", "brush").call(brush);
  syncBrush();
}
