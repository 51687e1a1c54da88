// One colour per PLOVER event type, stable for types the palette does not name.

const PALETTE = {
  ASSAULT: "#c0392b",
  COERCE: "#8e44ad",
  PROTEST: "#e67e22",
  MOBILIZE: "#2c3e50",
  THREATEN: "#d35400",
  ACCUSE: "#b7950b",
  DEMAND: "#a04000",
  REJECT: "#7f8c8d",
  SANCTION: "#6c3483",
  RETREAT: "#5d6d7e",
  AGREE: "#27ae60",
  AID: "#16a085",
  CONSULT: "#2980b9",
  COOPERATE: "#1abc9c",
  SUPPORT: "#3498db",
  CONCEDE: "#52be80",
  REQUEST: "#5dade2",
};
const EXTRA = ["#873600", "#1f618d", "#117864", "#7d3c98", "#9a7d0a", "#424949"];

export function typeColor(type) {
  if (PALETTE[type]) return PALETTE[type];
  let hash = 0;
  for (const ch of String(type)) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA[hash % EXTRA.length];
}
