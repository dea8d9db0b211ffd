// Calls to the rasd API (docs/api.md). Writes carry the review token from sessionStorage.

const TOKEN_KEY = "rasd.token";

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function describe(detail) {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map((d) => `${(d.loc || []).join(".")}: ${d.msg || JSON.stringify(d)}`)
      .join("; ");
  }
  return JSON.stringify(detail);
}

// a filter with several values is repeated in the query (?country=Mali&country=Niger)
function addParams(url, params) {
  for (const [key, value] of Object.entries(params || {})) {
    for (const one of [].concat(value)) {
      if (one !== "" && one !== null && one !== undefined) url.searchParams.append(key, one);
    }
  }
}

async function request(method, path, { params, body } = {}) {
  const url = new URL(path, window.location.origin);
  addParams(url, params);
  const headers = { Accept: "application/json" };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const why = data && data.detail !== undefined ? describe(data.detail) : response.statusText;
    throw new ApiError(response.status, `${response.status}: ${why}`);
  }
  return data;
}

export const api = {
  health: () => request("GET", "/api/health"),
  incidents: (params) => request("GET", "/api/incidents", { params }),
  incident: (id) => request("GET", `/api/incidents/${encodeURIComponent(id)}`),
  timeline: (params) => request("GET", "/api/timeline", { params }),
  facets: (params) => request("GET", "/api/facets", { params }),
  reviews: (params) => request("GET", "/api/reviews", { params }),
  choices: (params) => request("GET", "/api/choices", { params }),
  similar: (id) => request("GET", `/api/incidents/${encodeURIComponent(id)}/similar`),
  confirm: (id, comment) => request("POST", `/api/incidents/${encodeURIComponent(id)}/confirm`,
    { body: comment ? { comment } : {} }),
  // `at`: a location's own {latitude, longitude}; the server moves the report there (an
  // admin1 or admin2 correction moves it to the unit's point by itself)
  correct: (reportId, field, value, comment, at) => request("PATCH",
    `/api/reports/${encodeURIComponent(reportId)}`,
    { body: withComment(at ? { field, value, latitude: at.latitude, longitude: at.longitude }
      : { field, value }, comment) }),
  merge: (ids, comment, prefer) => request("POST", "/api/incidents/merge",
    { body: withComment(prefer ? { incident_ids: ids, prefer } : { incident_ids: ids }, comment) }),
  split: (id, reportIds, comment) => request("POST",
    `/api/incidents/${encodeURIComponent(id)}/split`,
    { body: withComment({ report_ids: reportIds }, comment) }),
};

function withComment(body, comment) {
  return comment ? { ...body, comment } : body;
}

/** Every incident matching the filters (for the map), page by page up to `cap`. */
export async function allIncidents(filters, cap = 5000) {
  const items = [];
  let total = 0;
  for (let offset = 0; offset < cap; offset += 500) {
    const page = await api.incidents({ ...filters, limit: 500, offset });
    total = page.total;
    items.push(...page.items);
    if (items.length >= total || page.items.length === 0) break;
  }
  return { total, items };
}

/** Download `path` (an export URL with its query) as a file named by the server. */
export async function download(path, params) {
  const url = new URL(path, window.location.origin);
  addParams(url, params);
  const headers = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers });
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    const why = data && data.detail !== undefined ? describe(data.detail) : response.statusText;
    throw new ApiError(response.status, `${response.status}: ${why}`);
  }
  const disposition = response.headers.get("content-disposition") || "";
  const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || "rasd-export";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return name;
}
