/** Masks an access key id for display: `LTAI5tAbCdEfGh12abcd` → `LTAI****abcd`. */
export function maskKeyId(id: string): string {
  const trimmed = id.trim();
  if (trimmed.length === 0) return '';
  // Short ids would be revealed almost entirely by a 4+4 window, so show less of them.
  if (trimmed.length >= 12) return `${trimmed.slice(0, 4)}****${trimmed.slice(-4)}`;
  if (trimmed.length >= 8) return `${trimmed.slice(0, 2)}****${trimmed.slice(-2)}`;
  return '****';
}
