/**
 * Deep search of an error for secret values, by any route a log line or a debugger could take:
 * every own property (symbols, non-enumerable ones and getters too), `cause` chains, Maps, Sets,
 * bytes, and the printed forms (`util.inspect`, `JSON.stringify`, `String`).
 */
import { inspect } from 'node:util';

/** Every place one of `secrets` shows up in `error` ("<path> holds <secret>"); empty when none does. */
export function secretLeaks(error: unknown, secrets: readonly string[]): string[] {
  const wanted = secrets.filter((secret) => secret !== '');
  const found = new Set<string>();
  const scan = (text: string, path: string): void => {
    for (const secret of wanted) if (text.includes(secret)) found.add(`${path} holds ${secret}`);
  };
  walk(error, scan);
  scan(inspect(error, { showHidden: true, depth: 12, getters: true, maxArrayLength: 1000, maxStringLength: null }), 'util.inspect(error)');
  scan(String(error), 'String(error)');
  try {
    const withErrors = (_key: string, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack, cause: value.cause } : value);
    scan(JSON.stringify(error, withErrors) ?? '', 'JSON.stringify(error)');
  } catch {
    // Circular structures cannot be printed this way, so they cannot leak this way either.
  }
  return [...found];
}

/** Visits every string reachable from `root`, with its path; bounded so a huge object graph cannot hang a test. */
function walk(root: unknown, scan: (text: string, path: string) => void): void {
  const seen = new Set<object>();
  let budget = 50_000;
  const visit = (node: unknown, path: string, depth: number): void => {
    if (typeof node === 'string') return scan(node, path);
    if ((typeof node !== 'object' && typeof node !== 'function') || node === null || seen.has(node) || depth > 16 || --budget < 0) return;
    seen.add(node);
    if (ArrayBuffer.isView(node)) return scan(Buffer.from(node.buffer, node.byteOffset, node.byteLength).toString('latin1'), path);
    if (node instanceof ArrayBuffer) return scan(Buffer.from(node).toString('latin1'), path);
    if (node instanceof Map || node instanceof Set) {
      let index = 0;
      for (const entry of node instanceof Map ? node.entries() : node.values()) visit(entry, `${path}[${index++}]`, depth + 1);
    }
    for (const key of Reflect.ownKeys(node)) {
      let child: unknown;
      try {
        child = Reflect.get(node, key);
      } catch {
        continue;
      }
      visit(child, `${path}.${String(key)}`, depth + 1);
    }
  };
  visit(root, 'error', 0);
}
