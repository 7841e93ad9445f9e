/** Time normalisation: core uses epoch milliseconds everywhere. */

/** Converts an epoch value that may be in seconds or milliseconds to milliseconds (`v < 1e12` ⇒ seconds). */
export function epochToMs(value: number | string): number | undefined {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) {
    return undefined;
  }
  return n < 1e12 ? n * 1000 : n;
}
