// The selected event: who did what to whom, where and when, its sentence and why it was coded.

import { getLatest } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, h, quantities } from "./dom.js";

function sentenceWithEvidence(event) {
  const sentence = event.sentence ?? "";
  const at = event.evidence ? sentence.indexOf(event.evidence) : -1;
  if (at < 0) return h("blockquote", { class: "event-sentence" }, sentence);
  const end = at + event.evidence.length;
  return h(
    "blockquote",
    { class: "event-sentence" },
    sentence.slice(0, at),
    h("mark", { class: "evidence" }, event.evidence),
    sentence.slice(end),
  );
}

function field(label, value) {
  if (value === null || value === undefined || value === "") return null;
  return [h("dt", {}, label), h("dd", {}, value)];
}

export async function showDetail(id) {
  const host = document.getElementById("detail");
  const event = await getLatest("detail", `events/${encodeURIComponent(id)}`);
  if (!event) return;
  const chip = h("span", { class: "type-chip" }, event.type);
  chip.style.borderColor = typeColor(event.type);
  const place = [event.place_name, event.place_admin1, event.place_country_code].filter(Boolean).join(", ");
  clear(host).append(
    h("h2", {}, chip, " ", event.mode ?? ""),
    h(
      "dl",
      {},
      field("Date", event.date ? `${event.date} (${event.date_precision ?? "?"})` : "undated"),
      field("Actor", event.actor_name),
      field("Target", event.recipient_name),
      field("Place", place),
      field("Quantities", quantities(event.quantities)),
      field("Status", event.status),
      field("Reported by", event.reported_by),
      field("Confidence", event.confidence?.toFixed(2)),
    ),
    sentenceWithEvidence(event),
    h("p", { class: "why" }, h("strong", {}, "Why: "), event.why || "—"),
    h(
      "p",
      {},
      h("a", { href: `#article=${encodeURIComponent(event.article_id)}&event=${event.idx}`, class: "open-article" }, "Open the article at this sentence"),
    ),
    h("p", { class: "muted" }, event.article_title ?? ""),
  );
  host.dataset.id = id;
}

function member(m) {
  const open = `#article=${encodeURIComponent(m.article_id)}&event=${m.event}`;
  return h(
    "li",
    { class: "incident-member" },
    h("strong", { class: "member-source" }, m.source ?? "unknown source"),
    ` ${m.published ?? ""} `,
    h("a", { href: open, class: "open-article" }, m.title ?? "article"),
    h("blockquote", { class: "event-sentence" }, m.sentence),
  );
}

// The selected incident: its reconciled fields, then every article and the sentence that reports it.
export async function showIncident(id) {
  const host = document.getElementById("detail");
  const incident = await getLatest("detail", `incidents/${encodeURIComponent(id)}`);
  if (!incident) return;
  const chip = h("span", { class: "type-chip" }, incident.type);
  chip.style.borderColor = typeColor(incident.type);
  const place = [incident.place_name, incident.place_admin1, incident.place_country_code].filter(Boolean).join(", ");
  clear(host).append(
    h("h2", {}, chip, " ", incident.mode ?? "", " · incident"),
    h(
      "dl",
      {},
      field("Date", incident.date ? `${incident.date} (${incident.date_precision ?? "?"})` : "undated"),
      field("Actor", incident.actor_name),
      field("Target", incident.recipient_name),
      field("Place", place),
      field("Quantities", quantities(incident.quantities)),
      field("Articles", `${incident.articles} from ${incident.sources.length} sources`),
      field("Seen", `${incident.first_seen ?? "?"} to ${incident.last_seen ?? "?"}`),
      field("Confidence", incident.confidence?.toFixed(2)),
    ),
    h("ol", { class: "incident-members" }, incident.members.map(member)),
  );
  host.dataset.id = id;
}
