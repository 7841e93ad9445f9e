/**
 * Commands are invoked from tree menus (with a tree node), from other code (with ids) and from the
 * palette (with nothing). These read the ids out of whichever arrived.
 */

function field(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found = (value as Record<string, unknown>)[name];
  return typeof found === 'string' ? found : undefined;
}

/** The account id of a tree node (`{ accountId }` or `{ account: { id } }`) or a plain id string. */
export function accountIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  return field(arg, 'accountId') ?? field((arg as { account?: unknown } | undefined)?.account, 'id');
}
