// Wires the views together: filters, map, timeline, table, event detail and article view.

import "./style.css";
import { get } from "./api.js";
import { hideArticle, showArticle } from "./article.js";
import { showDetail, showIncident } from "./detail.js";
import { h } from "./dom.js";
import { addLegend, initMap, inViewToggle, refreshMap, showOnMap } from "./map.js";
import { onChange, setFilters, state } from "./state.js";
import { initTable, markSelected, refreshTable } from "./table.js";
import { refreshTimeline, syncBrush } from "./timeline.js";

const form = document.getElementById("filters");

function fillSelect(name, counts) {
  const select = form.elements[name];
  for (const [value, count] of Object.entries(counts)) {
    select.append(h("option", { value }, `${value} (${count})`));
  }
}

async function select(id, origin) {
  state.selected = id;
  markSelected(id);
  showOnMap(id, origin !== "map");
  await (id.startsWith("inc-") ? showIncident(id) : showDetail(id));
}

function readForm(origin) {
  const data = new FormData(form);
  const changes = {};
  for (const key of Object.keys(state.filters)) changes[key] = (data.get(key) ?? "").toString().trim();
  setFilters(changes, origin);
}

function writeDates() {
  form.elements.since.value = state.filters.since;
  form.elements.until.value = state.filters.until;
}

function route() {
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.has("article")) {
    const event = hash.get("event");
    showArticle(hash.get("article"), event === null ? null : Number(event));
  } else {
    hideArticle();
  }
}

async function main() {
  const [config, stats] = await Promise.all([get("config"), get("stats")]);
  fillSelect("type", stats.events_by_type);
  fillSelect("country", stats.events_by_country);
  fillSelect("status", stats.events_by_status);
  initMap(config, select);
  addLegend(stats.events_by_type);
  initTable(select);
  onChange((origin) => {
    if (origin === "timeline") writeDates();
    else syncBrush();
    refreshMap(origin);
    refreshTimeline(origin);
    refreshTable(origin);
  });
  let typing;
  form.addEventListener("input", (e) => {
    if (e.target.name === "inview" || e.target.name === "raw") return;
    clearTimeout(typing);
    typing = setTimeout(() => readForm("form"), e.target.type === "search" ? 300 : 0);
  });
  form.elements.inview.addEventListener("change", (e) => inViewToggle(e.target.checked));
  form.elements.raw.addEventListener("change", (e) => {
    state.raw = e.target.checked;
    refreshMap("raw");
    refreshTable("raw");
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("reset", () =>
    setTimeout(() => {
      inViewToggle(false);
      state.raw = false;
      readForm("form");
    }, 0),
  );
  window.addEventListener("hashchange", route);
  await Promise.all([refreshMap(), refreshTimeline(), refreshTable()]);
  document.body.dataset.ready = "true";
  route();
}

main().catch((error) => {
  console.error(error);
  document.getElementById("detail").replaceChildren(h("p", { class: "error" }, `Could not load: ${error}`));
});
