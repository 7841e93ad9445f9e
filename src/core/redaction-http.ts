// HTTP credentials: `Authorization` headers, `Bearer` tokens and cookies. Cookie headers are read
// pair by pair, so only values that look generated go (a session id) and cookie names, attribute
// lines and ordinary preferences (`lang=zh-CN; Path=/`, `theme=dark`) stay.
import type { RedactionKind, RedactionSpan } from './redaction';
import { cloudKeyIdKind, type RedactionProfile } from './redaction-profile';
import { isPlaceholder, isPlausibleToken } from './redaction-values';

// Standard schemes and signed ones (`SDK-HMAC-SHA256`); the clouds' own signing schemes come from the profile.
const AUTH_SCHEME = /^(?:Bearer|Basic|Digest|Token|Negotiate|NTLM|OAuth|ApiKey|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-HMAC-SHA\d+|HMAC-SHA\d+)$/i;
const OTHER_SCHEME = /^[A-Za-z][A-Za-z0-9-]{1,30}$/;
// An API gateway's app key at the head of a signed scheme's credentials (`SDK-HMAC-SHA256 Access=…, SignedHeaders=…`).
const APP_KEY_ACCESS = /^Access=[0-9a-f]{32},/;
// The name (a word, or the next header after an escaped line break: `\r\nAuthorization:`), an optional closing quote, then
// `:`/`=` — or, as in nginx, spaces before a quoted value.
const AUTHORIZATION = /(?:\b|(?<=\\[nr]))(?:proxy-)?authorization(["']?)(?:[ \t]*[:=][ \t]*|[ \t]+(?=["']))(["']?)/gi;
// The credential scope of a request signed with a version-4 style scheme (S3-compatible presigned URLs,
// `X-Amz-Credential`, `X-Goog-Credential`, `OSS4-HMAC-SHA256 Credential=`): the access key id, then a
// date and a scope, whichever cloud or CLI wrote it. Only an id-shaped value (letters and digits) goes;
// a service account's e-mail in the same place names an account, not a key. A temporary id keeps its `STS.`.
const CREDENTIAL_SCOPE = /credential(?:=|%3D|:[ \t]*)((?:STS\.)?[A-Za-z0-9]{16,40})(?=(?:\/|%2F)\d{8}(?:\/|%2F))/dgi;

/** Spans of Authorization credentials, Bearer tokens and cookie values. */
export function findHttpSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [...findAuthorizationHeaders(text, profile), ...findBearerTokens(text), ...findCookies(text), ...findCredentialScopes(text, profile)];
}

/** The access key id at the head of a signed request's credential scope (`Credential=<id>/20251204/<region>/…`). */
function findCredentialScopes(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(CREDENTIAL_SCOPE)) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    const id = match[1];
    // An id mixes letters and digits (a word or a number is a label of the scope, not a key).
    if (/\d/.test(id) && /[A-Za-z]/.test(id) && !isPlaceholder(id)) spans.push({ kind: cloudKeyIdKind(profile, id) ?? 'access-key-id', start, end });
  }
  return spans;
}

/** `Authorization: <scheme> <credentials>` (headers, JSON, curl -H, nginx): the credentials part. */
function findAuthorizationHeaders(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const authorization = new RegExp(AUTHORIZATION.source, 'gi');
  for (let match = authorization.exec(text); match; match = authorization.exec(text)) {
    const valueStart = match.index + match[0].length;
    // A header inside a string ends at that string's quote; a bare header runs to the end of the line
    // (Digest credentials quote their own parts).
    // (After an escaped line break the header is inside a string: it ends at the quote that opened that string, the last
    // one before it on the line: `b'…\r\nAuthorization: Digest username="bob", …'`, `"…\r\nAuthorization: …"`.)
    const afterEscapedBreak = match.index >= 2 && isEscapedControl(text, match.index - 2);
    const opening = match[2] || (match[1] ? '' : afterEscapedBreak ? stringQuoteBefore(text, match.index) : quoteBefore(text, match.index));
    const value = readUntil(text, valueStart, opening).trimEnd();
    // The next header is looked for after this value, so a huge line is read once.
    authorization.lastIndex = Math.max(authorization.lastIndex, valueStart + value.length);
    const scheme = /^(\S+)[ \t]+(\S[^]*)$/.exec(value);
    // Known schemes, and any other single word (`OBS`, `SharedKey`, `SSWS`, `Splunk`, `GenieKey`) before
    // credentials that look generated.
    const known = scheme !== null && (AUTH_SCHEME.test(scheme[1]) || profile.authSchemes.has(scheme[1].toLowerCase()));
    // Digest credentials are a name, the server's nonce and a hash bound to that nonce and one request: nothing to reuse.
    if (scheme && /^digest$/i.test(scheme[1]) && /\w=/.test(scheme[2])) continue;
    // Nor do WeChat Pay's: a merchant's number, a nonce, a time and a signature of one request under the merchant's private key;
    // nor any scheme named for a signature with a private key (Lakala's `LKLAPI-SHA256withRSA appid=…,serial_no=…`) that holds
    // only those fields.
    const signedWithPrivateKey = scheme && (/^WECHATPAY2-/i.test(scheme[1]) || /(?:with|-)(?:RSA|ECDSA|SM2)\b/i.test(scheme[1]));
    // (An `Authorization: Signature <hex>` is a digest of one callback's body: Xsolla's.)
    if (scheme && /^Signature$/i.test(scheme[1]) && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(scheme[2])) continue;
    if (signedWithPrivateKey && isSignedRequestOnly(scheme[2])) continue;
    if (scheme && (known || OTHER_SCHEME.test(scheme[1]))) {
      // Credentials are ASCII: where prose in another script goes on after a header quoted in it ("Authorization: OBS AK:sig
      // ，AK 对不上", a full-width comma or blank after them), one credential is its first word.
      // (An ellipsis there cut the credentials short in the log: what is left is masked, `00Ds…(truncated 96 chars)`.)
      if (/^[\x00-\x7f]*…/.test(scheme[2])) continue;
      const ascii = scheme[2].replace(/[^\x00-\x7f][^]*$/, '');
      const credentials = (ascii.length < scheme[2].length && !/^[\w-]+=/.test(ascii) ? ascii.trim().split(/\s/)[0] : ascii.trimEnd()).replace(/[,;]$/, '');
      // Signed schemes carry "Access=…, SignedHeaders=…, Signature=…"; single tokens must look generated.
      const plausible = /\s/.test(credentials) ? known && credentials.length >= 16 : isPlausibleToken(credentials, 8) && (known || looksGenerated(credentials));
      if (!plausible || isPlaceholder(credentials) || credentials.startsWith('$')) continue;
      const start = valueStart + value.length - scheme[2].length;
      // A request signed with an API gateway's app key (`SDK-HMAC-SHA256 Access=<32 lower-case hex>, …`) names an app and signs
      // one request: nothing there is a secret. (An access key's id there, in capitals and digits, goes with its signature.)
      if (/-HMAC-SHA\d+$/i.test(scheme[1]) && APP_KEY_ACCESS.test(credentials)) continue;
      const kind: RedactionKind = /^bearer$/i.test(scheme[1]) ? 'bearer-token' : 'authorization';
      spans.push({ kind, start, end: start + credentials.length });
    } else if (!/\s/.test(value) && isPlausibleToken(value) && looksGenerated(value)) {
      spans.push({ kind: 'authorization', start: valueStart, end: valueStart + value.length });
    }
  }
  return spans;
}

/** Credentials without a known scheme: a digit or 20+ characters, so `Negotiate` or `authorization;` stay. */
function looksGenerated(value: string): boolean {
  return (/\d/.test(value) || value.length >= 20) && !/^authorization\W*$/i.test(value);
}

/** The quote that opened the string a header name sits in (`-H "Authorization: …"`), if any. */
function quoteBefore(text: string, index: number): string {
  const before = text[index - 1];
  return before === '"' || before === "'" ? before : '';
}

// Header values are short; reading stops here so a huge line cannot make every header scan to its end.
const MAX_HEADER_LENGTH = 4096;

function readUntil(text: string, from: number, quote: string): string {
  const limit = Math.min(text.length, from + MAX_HEADER_LENGTH);
  let end = from;
  // A header logged inside a string ends at its escaped line break or tab too (`b'…Authorization: Basic …\r\nHost: …'`).
  // (An escaped quote, `\"` in a JSON string, is part of the value.)
  while (end < limit && text[end] !== '\n' && text[end] !== '\r' && (quote === '' || text[end] !== quote || text[end - 1] === '\\') && !isEscapedControl(text, end)) end += 1;
  return text.slice(from, end);
}

/** The quote that opened the string holding `index`: the last unescaped quote before it on its line (at most 1,000 back). */
function stringQuoteBefore(text: string, index: number): string {
  for (let at = index - 1; at >= Math.max(0, index - 1000) && text[at] !== '\n'; at -= 1) {
    if ((text[at] === '"' || text[at] === "'") && text[at - 1] !== '\\') return text[at];
  }
  return '';
}

/** A line break or tab escaped in a string (`\r`, `\n`, `\t`). */
function isEscapedControl(text: string, index: number): boolean {
  return text[index] === '\\' && (text[index + 1] === 'r' || text[index + 1] === 'n' || text[index + 1] === 't');
}

/** `Bearer <token>` anywhere (log lines, curl commands, error messages). */
function findBearerTokens(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(/\bBearer[ \t]+([A-Za-z0-9\-._~+/]+=*)/gi)) {
    const token = match[1];
    const looksGenerated = /\d/.test(token) || /[-._~+/=]/.test(token) || token.length >= 24;
    if (token.length < 12 || !looksGenerated || isPlaceholder(token)) continue;
    const start = match.index + match[0].length - token.length;
    spans.push({ kind: 'bearer-token', start, end: start + token.length });
  }
  return spans;
}

// `Cookie:` and `Set-Cookie:` headers, and cookies given to curl (`--cookie 'a=b; c=d'`, `-b "a=b"`).
// `-b` is curl's only when the command is curl's: on the same line, or on an earlier line that the
// command continues from with a trailing backslash (browsers' "Copy as cURL" put one option per line).
const COOKIE_HEADER = /\b(set-)?cookie(["']?)[ \t]*[:=][ \t]*(["']?)|(?<=[ \t])(?:--cookie|(-b))(?:[ \t]+|=)(["'])(?=[^"'\s=]+=)/gi;
// A cookie made in code: `new Cookie("name", "value")`, PowerShell `New-Object System.Net.Cookie("name", "value", …)`.
const COOKIE_CONSTRUCTOR = /\bCookie\([ \t]*(["'])([^"'\s]{1,64})\1[ \t]*,[ \t]*(["'])([^"'\r\n]{1,4096})\3/dg;
const CURL_ON_LINE = /(?:^|[\s;|&(])curl(?:\.exe)?[ \t]/;
// How far back a line is read for its start or for `curl` (lines of a continued command are short).
const COMMAND_LINE_LIMIT = 4096;
const COOKIE_ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'secure', 'httponly', 'samesite', 'priority', 'partitioned', 'version', 'comment']);
// Cookie names that say the value is a credential, so a shorter value still counts.
const SESSION_NAME = /sess|sid|token|auth|csrf|xsrf|jwt|login|remember|secret|key/i;
// Analytics and bot-protection cookies: long random values that identify a visit, not a login; and
// load balancers' sticky cookies (`SERVERID=<backend hash>|<time>|<time>`), which name a backend.
const TRACKING_COOKIE =
  /^(?:_ga\w*|_gid|_gat\w*|__utm\w+|_fbp|_fbc|Hm_\w+|acw_tc|acw_sc__v\d|cna|_hj\w+|_clck|_clsk|ajs_\w+|mp_\w+|amplitude_\w+|__cf_bm|_cfuvid|SERVERID|SERVERCORSID|BIGipServer\w*|AWSALB(?:CORS|TG|TGCORS)?|INGRESSCOOKIE)$/i;

/** Values of `Cookie:` and `Set-Cookie:` headers that look like session ids or tokens. */
function findCookies(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const cookieHeader = new RegExp(COOKIE_HEADER.source, 'gi');
  const curlLines = new Map<number, boolean>();
  for (let match = cookieHeader.exec(text); match; match = cookieHeader.exec(text)) {
    if (match[4] && !inCurlCommand(text, match.index, curlLines)) continue;
    const from = match.index + match[0].length;
    const line = readUntil(text, from, match[5] || match[3] || quoteBefore(text, match.index));
    cookieHeader.lastIndex = Math.max(cookieHeader.lastIndex, from + line.length);
    pushCookieValues(spans, from, line, match[1] !== undefined);
  }
  for (const match of text.matchAll(COOKIE_CONSTRUCTOR)) {
    const [start, end] = match.indices?.[4] ?? [0, 0];
    if (looksLikeCookieSecret(match[2], match[4])) spans.push({ kind: 'cookie', start, end });
  }
  return spans;
}

/**
 * Whether the option at `index` belongs to a curl command: `curl` before it on its line (up to 300
 * characters back, as before), or on an earlier line that the command continues from with a trailing
 * backslash. `cache` remembers the answer per line start, so every line is read at most once.
 */
function inCurlCommand(text: string, index: number, cache: Map<number, boolean>): boolean {
  if (/\bcurl\b[^\r\n]*$/.test(text.slice(Math.max(0, index - 300), index))) return true;
  const lineStart = startOfLine(text, index);
  if (lineStart === undefined) return false;
  const cached = cache.get(lineStart);
  if (cached !== undefined) return cached;
  const visited = [lineStart];
  let found = false;
  for (let cursor = lineStart; cursor > 0; ) {
    const previousEnd = text[cursor - 2] === '\r' ? cursor - 2 : cursor - 1;
    if (text[previousEnd - 1] !== '\\') break;
    const previousStart = startOfLine(text, previousEnd);
    if (previousStart === undefined) break;
    const known = cache.get(previousStart);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(previousStart);
    if (CURL_ON_LINE.test(text.slice(previousStart, previousEnd))) {
      found = true;
      break;
    }
    cursor = previousStart;
  }
  for (const start of visited) cache.set(start, found);
  return found;
}

/** The start of the line holding `index`, or undefined when it is further back than a command line can be. */
function startOfLine(text: string, index: number): number | undefined {
  const limit = Math.max(0, index - COMMAND_LINE_LIMIT);
  let cursor = index;
  while (cursor > limit && text[cursor - 1] !== '\n') cursor -= 1;
  return cursor === 0 || text[cursor - 1] === '\n' ? cursor : undefined;
}

/** The secret values of one cookie string (`a=b; c=d`, or a Set-Cookie value with its attributes) that starts at `from`. */
export function pushCookieValues(spans: RedactionSpan[], from: number, line: string, isSetCookie: boolean): void {
  let offset = 0;
  for (const [index, pair] of line.split(';').entries()) {
    const parsed = /^(\s*)([^=\s]+)=(.*?)\s*$/.exec(pair);
    const pairStart = from + offset;
    offset += pair.length + 1;
    // In Set-Cookie only the first pair is the cookie; the rest are attributes.
    if (!parsed || (isSetCookie && index > 0) || COOKIE_ATTRIBUTES.has(parsed[2].toLowerCase())) continue;
    const value = parsed[3];
    if (!looksLikeCookieSecret(parsed[2], value)) continue;
    const start = pairStart + parsed[1].length + parsed[2].length + 1;
    // A secret Set-Cookie takes its attributes with it (one marker, nothing to learn from `Path=/`);
    // an ordinary one (`lang=zh-CN; Path=/`) is left whole.
    const end = isSetCookie ? from + line.trimEnd().length : start + value.length;
    spans.push({ kind: 'cookie', start, end });
  }
}

function looksLikeCookieSecret(name: string, value: string): boolean {
  if (TRACKING_COOKIE.test(name)) return false;
  if (!isPlausibleToken(value, SESSION_NAME.test(name) ? 8 : 16)) return false;
  // Analytics ids (`GA1.2.1234567890.1748736000`) and timestamps are mostly digits and dots.
  const letters = value.replace(/[^A-Za-z]/g, '').length;
  return letters >= 4 && letters / value.length >= 0.25;
}

// A signed request's fields and nothing else (not a bare credential, nor one after them): a merchant's or an app's number, a
// nonce, a time, a certificate's serial and the signature.
const SIGNED_REQUEST_FIELD = /[ \t]*(\w+)=(?:\\?"[^"\\]*\\?"|[^,\s"]*)[ \t]*(?:,|$)/y;
function isSignedRequestOnly(credentials: string): boolean {
  SIGNED_REQUEST_FIELD.lastIndex = 0;
  for (let field = SIGNED_REQUEST_FIELD.exec(credentials); field; field = SIGNED_REQUEST_FIELD.exec(credentials)) {
    if (!/^(?:mchid|appid|nonce_str|signature|timestamp|serial_no)$/.test(field[1])) return false;
    if (SIGNED_REQUEST_FIELD.lastIndex >= credentials.length) return true;
  }
  return false;
}
