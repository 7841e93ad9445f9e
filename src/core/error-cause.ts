/**
 * What an error may keep of the failure beneath it. An HTTP client's error holds the whole request
 * configuration, signed headers and security token included, so printing it (or anything that holds
 * it as `cause`) would leak secrets. Only safe facts survive: the error's name and code, the host it
 * talked to, and its message without URL credentials or known secret values.
 */

const SAFE_CAUSE_BRAND = Symbol.for('cloud-tickets.SafeCause');
const MAX_MESSAGE_LENGTH = 300;

/** The safe facts of a lower-level failure; carries nothing else, not even the original object. */
export class SafeCause extends Error {
  readonly [SAFE_CAUSE_BRAND] = true;
  readonly code?: string;
  readonly host?: string;

  constructor(facts: { readonly name: string; readonly message: string; readonly code?: string; readonly host?: string }) {
    super(facts.message);
    this.name = facts.name;
    if (facts.code !== undefined) this.code = facts.code;
    if (facts.host !== undefined) this.host = facts.host;
  }
}

/** True for a `SafeCause`, whichever bundle created it. */
export function isSafeCause(value: unknown): value is SafeCause {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SAFE_CAUSE_BRAND] === true;
}

/** Reduces any thrown value to its safe facts; `secrets` are values to blank out of the message. */
export function safeCause(error: unknown, secrets: readonly string[] = []): SafeCause {
  if (isSafeCause(error)) return error;
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const name = typeof record.name === 'string' && /^\w{1,40}$/.test(record.name) ? record.name : 'Error';
  const code = typeof record.code === 'string' || typeof record.code === 'number' ? String(record.code).slice(0, 60) : undefined;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return new SafeCause({ name, code, host: hostOf(record), message: scrubMessage(message, secrets) });
}

/** A message without `user:password@` in URLs and without the given secret values, bounded in length. */
export function scrubMessage(message: string, secrets: readonly string[] = []): string {
  let text = message.replace(/(\b[a-z][\w+.-]*:\/\/)[^\s/@]*@/gi, '$1');
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

/** The host (and port) an error talked to: from an HTTP client's request URL or a socket error. */
function hostOf(record: Record<string, unknown>): string | undefined {
  const config = record.config;
  const url = typeof config === 'object' && config !== null ? (config as Record<string, unknown>).url : undefined;
  if (typeof url === 'string') {
    try {
      return new URL(url).host || undefined;
    } catch {
      // Not absolute; fall through to the socket fields.
    }
  }
  const host = record.hostname ?? record.address;
  if (typeof host !== 'string' || host === '') return undefined;
  return typeof record.port === 'number' ? `${host}:${record.port}` : host;
}
