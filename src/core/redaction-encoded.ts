// Credentials that travel base64-encoded: a Kubernetes Secret's `data:` value holding a Redis URL, a Velero or
// rclone credentials file pasted as base64, a Docker `auth`. The encoded run is one secret when what it encodes
// names a credential with a value (`aws_secret_access_key = …`, `"password": "…"`, `redis://:…@host`) or holds a vendor's
// token or webhook (a Secret's `slack_webhook: aHR0cHM6Ly9ob29rcy5zbGFjay5jb20v…`).
import type { RedactionSpan } from './redaction';
import { isPlaceholder } from './redaction-values';
import { findVendorTokens } from './redaction-vendors';

// A run of standard base64 long enough to hold a credential, not inside a longer word.
const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=_-])/g;
// Shorter runs count only when they encode `user:password` (an HTTP Basic credential kept without its scheme).
const LONG_RUN = 40;
// (Not a URL: `https://github.com/…`, a repository's address in an Argo CD Secret.)
const USER_PASSWORD = /^[\w.@-]{2,32}:(?!\/\/)[\x21-\x7e]{6,64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
// Nor addresses (`192.168.20.51:9093,192.168.20.52:9093`, a KEDA scaler's brokers), nor under a name that names what it
// holds (`listName: b3JkZXJzOnBlbmRpbmc=`, orders:pending).
const NOT_A_PAIR = /^[\w.-]+:\d{1,5}(?:[,;][ \t]*[\w.-]+:\d{1,5})*$/;
const NAMING_KEY_BEFORE = /(?:name|names|servers?|hosts?|topic|queue|list|brokers?)["']?[ \t]*[:=][ \t]*["']?$/i;
// Nor an id's (a GraphQL relay id, `"bikeId":"QmlrZTpIWi0wMDQxNzc="`, is `Bike:HZ-004177`; `bike(id: "…")`, a page's cursor).
const ID_KEY_BEFORE = /(?:(?<![A-Za-z])(?:id|ids|ID|cursor|endCursor|startCursor)|[a-z](?:Id|ID|Ids))\\?["']?[ \t]*[:=][ \t]*\\?["']?$/;
// A credential's name and its value in the decoded text, or a URL with a password.
const NAMED_CREDENTIAL = /(?:password|passwd|secret|token|access[_-]?key(?:[_-]?id)?|api[_-]?key)["']?[ \t]*[=:][ \t]*["']?([^\s"',;}]{6,})/i;
const LINE_CREDENTIAL = new RegExp(`^[ \\t]*(?:export[ \\t]+)?["']?[\\w.-]*${NAMED_CREDENTIAL.source}`, 'im');
const URL_PASSWORD = /[a-z][\w+.-]*:\/\/[^\s:/@]*:([^\s@/]{4,})@/i;
// An INI file's bare `key=` under a section (a chat client's `.zuliprc`: `[api]`, `email=…`, `key=…`).
const INI_KEY = /^\[[\w.-]{1,40}\][^]*?^key[ \t]*=[ \t]*([^\s"';]{16,})/m;
// A MIME attachment or `base64` output wraps one run over lines of the same length (76, 64, 60), the last shorter.
const WRAPPED_RUN = /^[ \t]*[A-Za-z0-9+/]{40,76}\r?\n(?:[ \t]*[A-Za-z0-9+/]{40,76}\r?\n){0,200}[ \t]*(?:[A-Za-z0-9+/]{4,76}={0,2}|[A-Za-z0-9+/]{1,3}={1,2})[ \t]*$/gm;
// Runs read per text: a huge base64 blob (an image) is not decoded piece by piece.
const MAX_RUNS = 500;
const MAX_RUN_LENGTH = 8192;

/** Spans of base64 runs whose decoded text holds a credential. */
export function findEncodedCredentials(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  let runs = 0;
  // (A line of a wrapped run is read with the others, not alone: a line cut from a sentence may hold "password: …". Both lists
  // are in the text's order, so one pass sets them apart.)
  const wrapped = wrappedRuns(text).filter((run) => run[0].length <= MAX_RUN_LENGTH);
  let next = 0;
  const alone = [...text.matchAll(BASE64_RUN)].filter((run) => {
    while (next < wrapped.length && wrapped[next].index + wrapped[next][0].length <= run.index) next += 1;
    return next >= wrapped.length || run.index < wrapped[next].index;
  });
  for (const match of [...wrapped, ...alone]) {
    if (++runs > MAX_RUNS) break;
    if (match[0].length > MAX_RUN_LENGTH) continue;
    const decoded = Buffer.from(match[0].replace(/\s/g, ''), 'base64').toString('latin1');
    // Text, not binary (a certificate, an image, ciphertext).
    if (!/^[\x09\x0a\x0d\x20-\x7e]+$/.test(decoded)) continue;
    // An `Authorization: Basic …` header is the HTTP detector's, which keeps the scheme and names the kind.
    if (/authorization["']?[ \t]*[:=][ \t]*["']?Basic[ \t]+$/i.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // `user:password` under any other name (`upstream_auth_header: "Basic …"` names a header, not a secret), whatever its length.
    // (A timestamp has colons too: `2026-04-02T03:14:22Z`, an encoded modification time.)
    const pair =
      USER_PASSWORD.test(decoded) &&
      !TIMESTAMP.test(decoded) &&
      !NOT_A_PAIR.test(decoded) &&
      !NAMING_KEY_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) &&
      !ID_KEY_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) &&
      !isPlaceholder(decoded.slice(decoded.indexOf(':') + 1));
    if (pair) spans.push({ kind: 'password', start: match.index, end: match.index + match[0].length });
    if (pair || match[0].length < LONG_RUN) continue;
    const url = URL_PASSWORD.exec(decoded);
    // (Lines wrapped as mail wraps them may hold any text: only a file's line names a credential there, not a sentence.)
    const named = url ? undefined : (('wrapped' in match ? LINE_CREDENTIAL : NAMED_CREDENTIAL).exec(decoded) ?? INI_KEY.exec(decoded));
    const value = url?.[1] ?? named?.[1];
    const vendor = value === undefined ? findVendorTokens(decoded)[0] : undefined;
    if ((value === undefined || isPlaceholder(value)) && vendor === undefined) continue;
    spans.push({ kind: vendor?.kind ?? (url ? 'url-credentials' : 'secret'), start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Runs wrapped over several lines of one length (the last no longer), each given as one run with its line breaks. */
function wrappedRuns(text: string): Array<{ 0: string; index: number; wrapped: true }> {
  const runs: Array<{ 0: string; index: number; wrapped: true }> = [];
  for (const block of text.matchAll(WRAPPED_RUN)) {
    const lines = block[0]
      .trim()
      .split(/\r?\n/)
      .map((line) => line.trim());
    const width = lines[0].length;
    if (lines.slice(0, -1).some((line) => line.length !== width) || lines[lines.length - 1].length > width) continue;
    const start = block.index + block[0].indexOf(lines[0]);
    runs.push({ 0: text.slice(start, block.index + block[0].trimEnd().length), index: start, wrapped: true });
  }
  return runs;
}
