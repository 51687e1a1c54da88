// The article view: its text with places, actors, quotes and event evidence highlighted.

import { getLatest } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, h, quantities, safeUrl } from "./dom.js";

const KINDS = ["sentence", "quote", "evidence", "place", "actor"];

function spans(result) {
  const out = [];
  const text = result.article.text;
  for (const p of result.places) {
    const label = p.name ? `${p.name}${p.country_code ? `, ${p.country_code}` : ""}` : "place?";
    out.push({ kind: "place", start: p.start, end: p.end, label });
  }
  for (const a of result.actors) {
    out.push({ kind: "actor", start: a.start, end: a.end, label: a.name || a.actor_id || "actor" });
  }
  for (const q of result.quotes) {
    const who = q.speaker ? q.speaker.name : "unattributed";
    out.push({ kind: "quote", start: q.start, end: q.end, title: `${q.kind} quote — ${who}` });
  }
  result.events.forEach((e, idx) => {
    if (e.told_in === "title") return; // its offsets point into the headline, not the text
    out.push({ kind: "evidence", start: e.start, end: e.end, event: idx, title: `${e.type} — ${e.why}` });
    const sentence = e.sentence ? text.lastIndexOf(e.sentence, e.start) : -1;
    if (sentence >= 0) {
      out.push({ kind: "sentence", start: sentence, end: sentence + e.sentence.length, event: idx });
    }
  });
  return out.filter((s) => s.end > s.start);
}

// Split the text at every span boundary; each piece carries the classes of the spans over it.
function highlighted(text, all) {
  const cuts = new Set([0, text.length]);
  for (const s of all) {
    cuts.add(Math.max(0, s.start));
    cuts.add(Math.min(text.length, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const over = all.filter((s) => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (!over.length) {
      pieces.push(piece);
      continue;
    }
    const classes = [...new Set(over.map((s) => `hl-${s.kind}`))].join(" ");
    const title = over.map((s) => s.title).filter(Boolean).join("\n") || null;
    const events = [...new Set(over.filter((s) => s.event !== undefined).map((s) => `e${s.event}`))].join(" ");
    const el = h("span", { class: classes, title, dataset: events ? { events } : {} }, piece);
    for (const s of over.filter((s) => s.kind === "evidence" && s.start === from)) el.id = `evidence-${s.event}`;
    pieces.push(el);
    for (const s of over.filter((s) => s.label && s.end === to)) {
      pieces.push(h("span", { class: `label label-${s.kind}` }, s.label));
    }
  }
  return pieces;
}

function eventItem(event, idx, articleId) {
  const chip = h("span", { class: "type-chip" }, event.type);
  chip.style.borderColor = typeColor(event.type);
  return h(
    "li",
    { dataset: { event: idx } },
    h("div", {}, chip, " ", event.date ?? "undated", " · ", event.place?.name ?? "no place", " · ", event.status),
    event.quantities && Object.keys(event.quantities).length ? h("div", {}, quantities(event.quantities)) : null,
    h("div", { class: "why" }, h("strong", {}, "Why: "), event.why || "—"),
    event.told_in === "title"
      ? h("div", { class: "muted" }, "Told only in the headline")
      : h("a", { href: `#article=${encodeURIComponent(articleId)}&event=${idx}`, class: "goto" }, "Go to the sentence"),
  );
}

function legend() {
  return h(
    "p",
    { class: "legend" },
    KINDS.slice(1).map((k) => h("span", { class: `hl-${k}` }, k)),
  );
}

export function focusEvent(idx) {
  const view = document.getElementById("article");
  for (const el of view.querySelectorAll(".focus")) el.classList.remove("focus");
  for (const el of view.querySelectorAll(`[data-events~="e${idx}"]`)) el.classList.add("focus");
  view.querySelector(`li[data-event="${idx}"]`)?.classList.add("focus");
  view.querySelector(`#evidence-${idx}`)?.scrollIntoView({ block: "center" });
}

export async function showArticle(id, eventIdx) {
  const view = document.getElementById("article");
  const result = await getLatest("article", `articles/${encodeURIComponent(id)}`);
  if (!result) return;
  const a = result.article;
  const url = safeUrl(a.url);
  clear(view).append(
    h(
      "div",
      { class: "article-head" },
      h("a", { href: "#", class: "close" }, "← Back to the map"),
      h("h2", {}, a.title ?? "(untitled)"),
      h(
        "p",
        { class: "muted" },
        [a.source, a.published].filter(Boolean).join(" · "),
        url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null,
      ),
      legend(),
    ),
    h(
      "div",
      { class: "article-body" },
      h("div", { class: "article-text" }, highlighted(a.text, spans(result))),
      h("aside", {}, h("h3", {}, `${result.events.length} events`), h("ol", { class: "article-events" }, result.events.map((e, i) => eventItem(e, i, a.id))),
        result.quotes.length ? h("h3", {}, `${result.quotes.length} quotes`) : null,
        h("ul", { class: "article-quotes" }, result.quotes.map((q) => h("li", {}, `“${q.text}” — ${q.speaker?.name ?? "unattributed"}${q.verb ? ` (${q.verb})` : ""}`))),
      ),
    ),
  );
  view.hidden = false;
  document.body.classList.add("reading");
  if (eventIdx !== null && eventIdx !== undefined) focusEvent(eventIdx);
  else view.scrollTop = 0;
}

export function hideArticle() {
  document.getElementById("article").hidden = true;
  document.body.classList.remove("reading");
}
