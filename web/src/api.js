// Calls to the dateline HTTP API.

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const item of [].concat(value)) search.append(key, item);
  }
  return search.toString();
}

export async function get(path, params = {}) {
  const qs = query(params);
  const response = await fetch(`/api/${path}${qs ? `?${qs}` : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(typeof body.detail === "string" ? body.detail : response.statusText);
  return body;
}

const generations = {};

// Like get(), but resolves to null when a newer request under the same key was made meanwhile,
// so a slow answer to an old filter never overwrites the answer to the current one.
export async function getLatest(key, path, params = {}) {
  generations[key] = (generations[key] || 0) + 1;
  const generation = generations[key];
  const body = await get(path, params);
  return generation === generations[key] ? body : null;
}
