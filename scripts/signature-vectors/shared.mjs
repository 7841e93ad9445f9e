// Helpers shared by the per-provider vector readers of scripts/verify-signatures.mjs.

/** True for a JSON object (not null, not an array). */
export function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Header map with lower-case names. */
export function lowerCaseNames(headers) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** A `<placeholder>` value the vectors use for machine-dependent, unsigned headers. */
export function isPlaceholder(value) {
  return typeof value === 'string' && /^<.*>$/.test(value);
}
