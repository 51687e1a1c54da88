// The page's filter state; every view listens and re-queries when it changes.

const listeners = new Set();

export const state = {
  filters: { type: "", actor: "", country: "", since: "", until: "", status: "", q: "" },
  bbox: null,
  inView: false,
  raw: false,
  selected: null,
};

export function onChange(listener) {
  listeners.add(listener);
}

export function setFilters(changes, origin = null) {
  Object.assign(state.filters, changes);
  for (const listener of listeners) listener(origin);
}

export function setView(bbox, inView, origin = "map") {
  const changed = inView !== state.inView || (inView && bbox !== state.bbox);
  state.bbox = bbox;
  state.inView = inView;
  if (changed) for (const listener of listeners) listener(origin);
}

// Parameters for the event endpoints; `withDates: false` leaves out the date range (the timeline).
export function params({ withDates = true, withView = true } = {}) {
  const out = { ...state.filters };
  if (!withDates) {
    delete out.since;
    delete out.until;
  }
  if (withView && state.inView && state.bbox) out.bbox = state.bbox;
  return out;
}
