// Turns a Node IncomingMessage into the plugin-facing EmulatorRequest. Decoding is done once here so
// every provider sees the same view: raw bytes for signature checks, decoded maps for parameters.
import type { IncomingMessage } from 'node:http';
import type { EmulatorRequest, MultiMap } from './types';

/** Largest body the emulator accepts (attachments included). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Decodes `a=1&b=x+y&a=2` form-style: `+` is a space, repeated keys kept in order, bad escapes kept literal. */
export function parseFormEncoded(text: string): MultiMap {
  const result = new Map<string, string[]>();
  if (text === '') return result;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeFormComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeFormComponent(pair.slice(eq + 1));
    const list = result.get(name);
    if (list) list.push(value);
    else result.set(name, [value]);
  }
  return result;
}

function decodeFormComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** First value of a multi-valued parameter. */
export function firstValue(map: MultiMap | undefined, name: string): string | undefined {
  return map?.get(name)?.[0];
}

export function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        incoming.destroy();
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

export function buildRequest(incoming: IncomingMessage, body: Buffer): EmulatorRequest {
  const url = incoming.url ?? '/';
  const questionMark = url.indexOf('?');
  const path = questionMark < 0 ? url : url.slice(0, questionMark);
  const rawQuery = questionMark < 0 ? '' : url.slice(questionMark + 1);
  const type = mediaType(incoming.headers['content-type']);
  let form: MultiMap | undefined;
  let json: unknown;
  let jsonError: string | undefined;
  if (type === 'application/x-www-form-urlencoded') {
    form = parseFormEncoded(body.toString('utf8'));
  } else if ((type === 'application/json' || type.endsWith('+json')) && body.length > 0) {
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      jsonError = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    method: (incoming.method ?? 'GET').toUpperCase(),
    url,
    path,
    rawQuery,
    query: parseFormEncoded(rawQuery),
    headers: incoming.headers,
    rawHeaders: incoming.rawHeaders,
    body,
    form,
    json,
    jsonError,
    host: incoming.headers.host ?? '',
  };
}
