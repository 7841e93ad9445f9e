// Detectors that recognise a secret by its own shape (PEM blocks, JWTs, cloud key formats, URL
// credentials, Authorization headers) rather than by a name written next to it.
import type { RedactionKind, RedactionSpan } from './redaction';
import { ALIYUN_KEY_ID, isHuaweiAccessKeyId, isMixedAlnum, isPlaceholder, isPlausibleToken } from './redaction-values';

// Base64 runs (images, certificates) must not be cut into "tokens", so a match may not start or end
// inside one.
// URL-encoded text ("AccessKeyId%3DLTAI…" in a string-to-sign) is the exception: after %XX a key may start.
const NOT_AFTER_B64 = '(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9+/]))';
const NOT_BEFORE_B64 = '(?![A-Za-z0-9+/])';

function span(kind: RedactionKind, start: number, end: number): RedactionSpan {
  return { kind, start, end };
}

/** Spans of every shape-recognised secret in the text. */
export function findPatternSecrets(text: string): RedactionSpan[] {
  return [
    ...findPrivateKeys(text),
    ...findJwts(text),
    ...findAuthorizationHeaders(text),
    ...findBearerTokens(text),
    ...findUrlCredentials(text),
    ...findCloudTokens(text),
    ...findAliyunKeyPairs(text),
    ...findHuaweiKeyPairs(text),
  ];
}

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/g;
// Lines of an unterminated (truncated) block: base64 or `Header: value`, joined by real or escaped newlines.
const PEM_BODY_LINES = /(?:(?:\r?\n|\\r\\n|\\n)(?:[A-Za-z0-9+/=]{4,}|[A-Za-z-]+: [^\r\n\\]*|)(?=\r?\n|\\n|\\r|$))+/y;

/** Bodies of PEM private keys of any type (the BEGIN/END lines stay, so a reader sees what it was). */
function findPrivateKeys(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(PEM_BEGIN)) {
    const bodyStart = match.index + match[0].length;
    const endMarker = `-----END ${match[1]}-----`;
    const endIndex = text.indexOf(endMarker, bodyStart);
    let bodyEnd: number;
    if (endIndex >= 0) {
      bodyEnd = endIndex;
    } else {
      PEM_BODY_LINES.lastIndex = bodyStart;
      const lines = PEM_BODY_LINES.exec(text);
      bodyEnd = lines ? bodyStart + lines[0].length : bodyStart;
    }
    const trimmed = trimLineBreaks(text, bodyStart, bodyEnd);
    const alreadyRedacted = text.startsWith('[REDACTED:', trimmed.start);
    if (trimmed.end > trimmed.start && !alreadyRedacted) spans.push(span('private-key', trimmed.start, trimmed.end));
  }
  for (const match of text.matchAll(/---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----([\s\S]*?)---- END SSH2 ENCRYPTED PRIVATE KEY ----/g)) {
    const start = match.index + '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----'.length;
    const trimmed = trimLineBreaks(text, start, start + match[1].length);
    spans.push(span('private-key', trimmed.start, trimmed.end));
  }
  for (const match of text.matchAll(/Private-Lines: \d+\r?\n((?:[A-Za-z0-9+/=]+\r?\n?)+)/g)) {
    const start = match.index + match[0].length - match[1].length;
    spans.push(span('private-key', start, trimLineBreaks(text, start, start + match[1].length).end));
  }
  return spans;
}

/** Narrows [start, end) so leading/trailing (escaped) line breaks and spaces stay outside. */
function trimLineBreaks(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  for (;;) {
    if (from < to && /\s/.test(text[from])) from += 1;
    else if (text.startsWith('\\n', from) || text.startsWith('\\r', from)) from += 2;
    else break;
  }
  for (;;) {
    if (to > from && /\s/.test(text[to - 1])) to -= 1;
    else if (to - 2 >= from && (text.startsWith('\\n', to - 2) || text.startsWith('\\r', to - 2))) to -= 2;
    else break;
  }
  return { start: from, end: to };
}

function findJwts(text: string): RedactionSpan[] {
  const pattern = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
  return [...text.matchAll(pattern)].map((match) => span('jwt', match.index, match.index + match[0].length));
}

const AUTH_SCHEME = /^(?:Bearer|Basic|Digest|Token|Negotiate|NTLM|OAuth|ApiKey|acs|OSS|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-HMAC-SHA\d+|HMAC-SHA\d+)$/i;

/** `Authorization: <scheme> <credentials>` (headers, JSON, curl -H): the credentials part. */
function findAuthorizationHeaders(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const pattern = /\b(?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?([^\r\n"']+)/gi;
  for (const match of text.matchAll(pattern)) {
    const value = match[1].replace(/\s+$/, '');
    const valueStart = match.index + match[0].length - match[1].length;
    const scheme = /^(\S+)[ \t]+(\S[\s\S]*)$/.exec(value);
    if (scheme && AUTH_SCHEME.test(scheme[1])) {
      const credentials = scheme[2].replace(/[,;]$/, '');
      // Signed schemes carry "Access=…, SignedHeaders=…, Signature=…"; single tokens must look generated.
      const plausible = /\s/.test(credentials) ? credentials.length >= 16 : isPlausibleToken(credentials, 8);
      if (!plausible || isPlaceholder(credentials)) continue;
      const start = valueStart + value.length - scheme[2].length;
      const kind: RedactionKind = /^bearer$/i.test(scheme[1]) ? 'bearer-token' : 'authorization';
      spans.push(span(kind, start, start + credentials.length));
    } else if (!/\s/.test(value) && isPlausibleToken(value)) {
      spans.push(span('authorization', valueStart, valueStart + value.length));
    }
  }
  return spans;
}

/** `Bearer <token>` anywhere (log lines, curl commands, error messages). */
function findBearerTokens(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(/\bBearer[ \t]+([A-Za-z0-9\-._~+/]+=*)/gi)) {
    const token = match[1];
    const looksGenerated = /\d/.test(token) || /[-._~+/=]/.test(token) || token.length >= 24;
    if (token.length < 12 || !looksGenerated || isPlaceholder(token)) continue;
    const start = match.index + match[0].length - token.length;
    spans.push(span('bearer-token', start, start + token.length));
  }
  return spans;
}

/** `scheme://user:password@host` → the password; `scheme://<long token>@host` → the token. */
function findUrlCredentials(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(/\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^\s:@/?#"'<>]*)(?::([^\s/?#"'<>]*))?@(?=[^\s@])/g)) {
    const [whole, user, password] = match;
    const userStart = match.index + whole.indexOf('//') + 2;
    if (user.startsWith('[REDACTED')) continue;
    if (password !== undefined) {
      if (password === '' || isPlaceholder(password)) continue;
      const start = userStart + user.length + 1;
      spans.push(span('url-credentials', start, start + password.length));
    } else if (user.length >= 20 && /\d/.test(user) && /[A-Za-z]/.test(user) && !isPlaceholder(user)) {
      spans.push(span('url-credentials', userStart, userStart + user.length));
    }
  }
  return spans;
}

/** Alibaba STS tokens (`CAIS…`), Huawei temporary security tokens (`gQ…`), Alibaba key ids. */
function findCloudTokens(text: string): RedactionSpan[] {
  const found = (pattern: RegExp, kind: RedactionKind) => [...text.matchAll(pattern)].map((match) => span(kind, match.index, match.index + match[0].length));
  return [
    ...found(new RegExp(`${NOT_AFTER_B64}CAIS[A-Za-z0-9+/=%_-]{20,}`, 'g'), 'aliyun-sts-token'),
    ...found(new RegExp(`${NOT_AFTER_B64}gQ[A-Za-z0-9+/=%_-]{80,}`, 'g'), 'huaweicloud-security-token'),
    ...found(new RegExp(`${NOT_AFTER_B64}(?:LTAI[A-Za-z0-9]{12,28}|STS\\.[A-Za-z0-9]{16,40})${NOT_BEFORE_B64}`, 'g'), 'aliyun-access-key-id'),
  ];
}

const SAME_LINE_WINDOW = 120;

/** A secret-shaped string shortly after a key id on the same line (CSV rows, `id:secret`, log lines). */
function findSecretAfter(text: string, from: number, length: number, accept: (value: string) => boolean): RedactionSpan | undefined {
  const lineEnd = text.slice(from, from + SAME_LINE_WINDOW).search(/[\r\n]/);
  const window = text.slice(from, lineEnd < 0 ? from + SAME_LINE_WINDOW : from + lineEnd);
  const pattern = new RegExp(`${NOT_AFTER_B64}[A-Za-z0-9]{${length}}${NOT_BEFORE_B64}`, 'g');
  for (const match of window.matchAll(pattern)) {
    if (accept(match[0])) return { kind: 'secret', start: from + match.index, end: from + match.index + length };
  }
  return undefined;
}

function findAliyunKeyPairs(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(new RegExp(`${NOT_AFTER_B64}(?:LTAI|STS\\.)[A-Za-z0-9.]{12,40}`, 'g'))) {
    if (!ALIYUN_KEY_ID.test(match[0])) continue;
    const secret = findSecretAfter(text, match.index + match[0].length, 30, (value) => isMixedAlnum(value, 30));
    if (secret) spans.push({ ...secret, kind: 'aliyun-access-key-secret' });
  }
  return spans;
}

function findHuaweiKeyPairs(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(new RegExp(`${NOT_AFTER_B64}[A-Z0-9]{20}${NOT_BEFORE_B64}`, 'g'))) {
    if (!isHuaweiAccessKeyId(match[0])) continue;
    const secret = findSecretAfter(text, match.index + 20, 40, (value) => isMixedAlnum(value, 40));
    if (!secret) continue;
    spans.push(span('huaweicloud-access-key-id', match.index, match.index + 20), { ...secret, kind: 'huaweicloud-secret-access-key' });
  }
  return spans;
}

/** Exact known values, plus the URL-encoded and JSON-escaped forms they take in logs and requests. */
export function findKnownSecrets(text: string, secrets: readonly string[]): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const variants = new Set<string>();
  for (const secret of secrets) {
    // Very short values would shred ordinary text; stored credentials are never this short.
    if (secret.length < 6) continue;
    variants.add(secret);
    variants.add(encodeURIComponent(secret));
    variants.add(JSON.stringify(secret).slice(1, -1));
  }
  for (const variant of variants) {
    for (let index = text.indexOf(variant); index >= 0; index = text.indexOf(variant, index + variant.length)) {
      spans.push(span('known-secret', index, index + variant.length));
    }
  }
  return spans;
}

/** E-mail addresses and phone numbers, each only when asked for. */
export function findPersonalData(text: string, wanted: { emails: boolean; phoneNumbers: boolean }): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const collect = (pattern: RegExp, kind: RedactionKind) => {
    for (const match of text.matchAll(pattern)) spans.push(span(kind, match.index, match.index + match[0].length));
  };
  if (wanted.emails) collect(/(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g, 'email');
  if (wanted.phoneNumbers) {
    collect(/(?<![\w+])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\w])/g, 'phone-number');
    collect(/(?<![\w+])0\d{2,3}-\d{7,8}(?![\w-])/g, 'phone-number');
    collect(/(?<![\w+])\+\d{1,3}[- ]?(?:\(\d{1,4}\)[- ]?)?\d{2,4}(?:[- ]?\d{2,4}){1,3}(?![\w-])/g, 'phone-number');
    collect(/(?<![\w])\(\d{3}\)[ ]?\d{3}-\d{4}(?![\w-])/g, 'phone-number');
  }
  return spans;
}
