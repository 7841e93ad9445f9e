// Secrets that a document's structure marks rather than a field name: in Terraform state, the result of a
// `random_password` resource and the id of an access-key resource (`aws_iam_access_key`,
// `<cloud>_…_access_key`), whose value is the key id itself; in an API's answer, a token's id.
import type { RedactionSpan } from './redaction';
import { cloudKeyIdKind, type RedactionProfile } from './redaction-profile';
import { isPlausiblePassword } from './redaction-values';

// A resource's type; its instances follow within a few thousand characters, before the next resource.
const RESOURCE_TYPE = /"type"[ \t]*:[ \t]*"(random_password|[a-z0-9]+(?:_[a-z0-9]+)*_access_key)"/g;
const RESOURCE_WINDOW = 4000;
const ATTRIBUTE = (name: string) => new RegExp(`"${name}"[ \\t]*:[ \\t]*"((?:[^"\\\\\\r\\n]|\\\\.){1,256})"`);
const RESULT = ATTRIBUTE('result');
const ID = ATTRIBUTE('id');

// An API's answer that nests its token as an object with an id (OpenStack Keystone v2, Yonyou's open API: `"token":{"id":"…",
// "expiresIn":7200}`): the id is the token.
// (A Python dict quotes with `'`. An id shorter than 24 characters names a token rather than being one: `at-8JaLbj…`, a listing's
// resource id.)
const TOKEN_OBJECT_ID = /(["'])token\1[ \t]*:[ \t]*\{[^{}]{0,300}?(["'])id\2[ \t]*:[ \t]*(["'])([A-Za-z0-9_.+/=-]{24,8192})\3/dg;

// `openstack token issue`'s table or YAML: the id under its expiry is a Keystone Fernet token (`gAAAAAB…`).
const ISSUED_TOKEN_ID = /^[ \t|]*id[ \t]*[:|][ \t]*['"]?(gAAAAAB[\w-]{60,}={0,2})/dgm;

/** Spans of secrets in Terraform state that only the resource type tells apart, and tokens nested as an object's id. */
export function findStateSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of /["']token["']/.test(text) ? text.matchAll(TOKEN_OBJECT_ID) : []) {
    const [start, end] = match.indices?.[4] ?? [0, 0];
    if (/\d/.test(match[4]) && /[A-Za-z]/.test(match[4])) spans.push({ kind: 'token', start, end });
  }
  for (const match of text.includes('gAAAAAB') && /\bexpires\b/.test(text) ? text.matchAll(ISSUED_TOKEN_ID) : []) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    spans.push({ kind: 'token', start, end });
  }
  if (!text.includes('"instances"')) return spans;
  for (const match of text.matchAll(RESOURCE_TYPE)) {
    const from = match.index + match[0].length;
    if (!text.slice(from, from + 400).includes('"instances"')) continue;
    // The resource ends where the next one begins (its "mode", or another "type" of this kind).
    const window = text.slice(from, from + RESOURCE_WINDOW);
    const nextResource = window.search(/"mode"[ \t]*:|"type"[ \t]*:[ \t]*"(?:random_password|[a-z0-9_]+_access_key)"/);
    const body = nextResource < 0 ? window : window.slice(0, nextResource);
    const attribute = (match[1] === 'random_password' ? RESULT : ID).exec(body);
    if (!attribute) continue;
    const start = from + attribute.index + attribute[0].length - attribute[1].length - 1;
    const value = attribute[1];
    if (match[1] === 'random_password') {
      if (isPlausiblePassword(value)) spans.push({ kind: 'password', start, end: start + value.length });
    } else {
      const kind = cloudKeyIdKind(profile, value) ?? (/^[A-Z0-9]{16,32}$/.test(value) && /\d/.test(value) ? 'access-key-id' : undefined);
      if (kind) spans.push({ kind, start, end: start + value.length });
    }
  }
  return spans;
}
