// The JSON API of the same server (see /api/openapi.json).

/** GET /api/{path} with the non-empty params; the answer as JSON, or an Error with its detail. */
export async function api(path, params) {
  const url = new URL('/api/' + path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && body.detail) || response.status + ' ' + response.statusText);
  }
  return body;
}

export const QUAD_CLASSES = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const ROOT_CODES = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  10: 'Demand',
  11: 'Disapprove',
  12: 'Reject',
  13: 'Threaten',
  14: 'Protest',
  15: 'Exhibit force posture',
  16: 'Reduce relations',
  17: 'Coerce',
  18: 'Assault',
  19: 'Fight',
  20: 'Use unconventional mass violence',
};

/** A root code as two digits, or ''. */
export function rootCode(code) {
  return code ? String(code).padStart(2, '0') : '';
}
