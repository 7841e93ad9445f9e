/** Deep search of an error for secret values: every own property (symbols and non-enumerable ones too), causes, inspect, JSON. */
import { inspect } from 'node:util';

function reachableStrings(root: unknown): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') found.push({ path, text: value });
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value) || depth > 12) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      walk(descriptor && 'value' in descriptor ? descriptor.value : undefined, `${path}.${String(key)}`, depth + 1);
    }
    walk((value as { cause?: unknown }).cause, `${path}.cause`, depth + 1);
  };
  walk(root, 'error', 0);
  return found;
}

/** Every place one of `secrets` shows up in `error`, by any route a log line or a debugger could take. */
export function secretLeaks(error: unknown, secrets: readonly string[]): string[] {
  const views = [
    ...reachableStrings(error),
    { path: 'inspect', text: inspect(error, { showHidden: true, depth: Infinity, getters: true }) },
    { path: 'JSON', text: JSON.stringify(error, (_key, value: unknown) => (value instanceof Error ? { ...value, message: value.message, stack: value.stack, cause: value.cause } : value)) ?? '' },
    { path: 'String', text: String(error) },
  ];
  return views.flatMap(({ path, text }) => secrets.filter((secret) => secret !== '' && text.includes(secret)).map((secret) => `${path} contains ${secret}`));
}
