// The table: events (sorted and paged on the server) or, in the incidents view, incidents
// (most reported first, paged); always showing what the filters select.

import { getLatest } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, h, quantities } from "./dom.js";
import { params, state } from "./state.js";

const PAGE = 25;
const COLUMNS = [
  ["date", "Date", (e) => e.date ?? ""],
  ["type", "Type", (e) => h("span", { class: "type-chip", dataset: { type: e.type } }, e.type)],
  ["actor", "Actor", (e) => e.actor_name ?? ""],
  ["recipient", "Target", (e) => e.recipient_name ?? ""],
  ["place", "Place", (e) => e.place_name ?? ""],
  ["country", "Country", (e) => e.place_country_code ?? ""],
  ["status", "Status", (e) => e.status],
  [null, "Quantities", (e) => quantities(e.quantities)],
  [null, "Sentence", (e) => h("span", { class: "sentence" }, e.sentence)],
];

// The incidents view: one row per incident, its first report's sentence beside it.
const INCIDENT_COLUMNS = [
  [null, "Date", (i) => i.date ?? ""],
  [null, "Type", (i) => h("span", { class: "type-chip", dataset: { type: i.type } }, i.type)],
  [null, "Actor", (i) => i.actor_name ?? ""],
  [null, "Place", (i) => i.place_name ?? ""],
  [null, "Country", (i) => i.place_country_code ?? ""],
  [null, "Articles", (i) => String(i.articles)],
  [null, "Quantities", (i) => quantities(i.quantities)],
  [null, "Sentence", (i) => h("span", { class: "sentence" }, i.members[0]?.sentence ?? "")],
];

let sort = "-date";
let offset = 0;
let onSelect = () => {};

export function initTable(select) {
  onSelect = select;
}

function columns() {
  return state.raw ? COLUMNS : INCIDENT_COLUMNS;
}

function header() {
  return h(
    "tr",
    {},
    columns().map(([key, label]) => {
      if (!key) return h("th", {}, label);
      const active = sort.replace("-", "") === key;
      const arrow = active ? (sort.startsWith("-") ? " ▼" : " ▲") : "";
      const next = active && !sort.startsWith("-") ? `-${key}` : key;
      return h(
        "th",
        { class: "sortable", "aria-sort": active ? (arrow.includes("▼") ? "descending" : "ascending") : null },
        h("button", { type: "button", dataset: { sort: key }, onclick: () => { sort = next; offset = 0; refreshTable(); } }, label + arrow),
      );
    }),
  );
}

function row(event) {
  const tr = h(
    "tr",
    {
      dataset: { id: event.id },
      class: state.selected === event.id ? "selected" : null,
      tabindex: 0,
      onclick: () => onSelect(event.id, "table"),
      onkeydown: (e) => e.key === "Enter" && onSelect(event.id, "table"),
    },
    columns().map(([, , cell]) => h("td", {}, cell(event))),
  );
  const chip = tr.querySelector(".type-chip");
  if (chip) chip.style.borderColor = typeColor(event.type);
  return tr;
}

function pager(total) {
  const noun = state.raw ? "events" : "incidents";
  const last = Math.min(offset + PAGE, total);
  const move = (to) => () => {
    offset = to;
    refreshTable();
  };
  return h(
    "div",
    { class: "pager" },
    h("button", { type: "button", class: "prev", disabled: offset === 0, onclick: move(Math.max(0, offset - PAGE)) }, "‹ Prev"),
    h("span", { class: "range" }, total ? `${offset + 1}–${last} of ${total} ${noun}` : `No ${noun} match`),
    h("button", { type: "button", class: "next", disabled: last >= total, onclick: move(offset + PAGE) }, "Next ›"),
  );
}

export async function refreshTable(origin) {
  if (origin !== undefined) offset = 0;
  const query = { ...params(), limit: PAGE, offset };
  const body = state.raw
    ? await getLatest("table", "events", { ...query, sort })
    : await getLatest("table", "incidents", query);
  if (!body) return;
  const rows = state.raw ? body.events : body.incidents;
  const host = clear(document.getElementById("table"));
  host.dataset.total = String(body.total);
  host.dataset.kind = state.raw ? "events" : "incidents";
  host.append(
    pager(body.total),
    h("table", { class: "events" }, h("thead", {}, header()), h("tbody", {}, rows.map(row))),
  );
}

export function markSelected(id) {
  for (const tr of document.querySelectorAll("#table tr[data-id]")) {
    tr.classList.toggle("selected", tr.dataset.id === id);
  }
}
