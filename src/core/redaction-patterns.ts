// Detectors that recognise a secret by its own shape (PEM blocks, JWTs, cloud key formats, URL
// credentials, Authorization headers) rather than by a name written next to it.
import type { RedactionKind, RedactionSpan } from './redaction';
import { type CloudKeyPair, NOT_BEFORE_B64, type RedactionProfile } from './redaction-profile';
import { hasMixedClasses, isPlaceholder } from './redaction-values';
import { matchesOutsideBase64 } from './redaction-vendors';

// Base64 runs (images, certificates) must not be cut into "tokens", so a match may not start or end
// inside one: ends are checked by NOT_BEFORE_B64, starts by `matchesOutsideBase64`, which lets a key
// follow a URL escape such as `AccessKeyId%3D…` in a string-to-sign.

function span(kind: RedactionKind, start: number, end: number): RedactionSpan {
  return { kind, start, end };
}

/** Spans of every shape-recognised secret in the text. */
export function findPatternSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [
    ...findPrivateKeys(text),
    ...findPkcs12Bundles(text),
    ...findJwkPrivateMembers(text),
    ...findJwts(text),
    ...findUrlCredentials(text),
    ...findCloudTokens(text, profile),
    ...findKeyPairs(text, profile),
  ];
}

// A PKCS#12 bundle in base64, on one line or wrapped: a SEQUENCE, then INTEGER version 3 (`MII…IBAzCC`).
// (And an RSA private key in base64 without its PEM lines, as payment platforms hand an app's key out: PKCS#8, a SEQUENCE then
// version 0 and rsaEncryption then an OCTET STRING, `MII…IBADANBgkqhkiG9w0BAQEFAASC`; PKCS#1, version 0 then the modulus,
// `MII…IBAAKC`. A public key's is `…AAOC…`.)
// (Padding ends the key: a line after it, another key or an id, is none of it.)
const PKCS12_BASE64 = /(?<![A-Za-z0-9+/])MII[A-Za-z0-9+/]{2}(?:[A-Za-z0-9+/]IBAzCC|[AQgw]IBADANBgkqhkiG9w0BAQEFAASC|[AQgw]IBAAK[BC])[A-Za-z0-9+/]{20,}(?:\r?\n[A-Za-z0-9+/]{16,})*={0,2}/g;

function findPkcs12Bundles(text: string): RedactionSpan[] {
  return [...text.matchAll(PKCS12_BASE64)].map((match) => span('private-key', match.index, match.index + match[0].length));
}

// A JSON Web Key (`{"kty": "EC", …, "d": "…"}`): `d` and the RSA factors are the private key, `k` a symmetric one.
const JWK_OBJECT = /\{[^{}]{0,4000}?"kty"[ \t]*:[ \t]*"(?:EC|RSA|OKP|oct)"[^{}]{0,4000}\}/g;
const JWK_PRIVATE_MEMBER = /"(?:d|p|q|dp|dq|qi|k)"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,})"/dg;

function findJwkPrivateMembers(text: string): RedactionSpan[] {
  if (!text.includes('"kty"')) return [];
  const spans: RedactionSpan[] = [];
  for (const jwk of text.matchAll(JWK_OBJECT)) {
    for (const member of jwk[0].matchAll(JWK_PRIVATE_MEMBER)) {
      const [start, end] = member.indices?.[1] ?? [0, 0];
      spans.push(span('private-key', jwk.index + start, jwk.index + end));
    }
  }
  return spans;
}

// BEGIN and END lines of PEM private keys of any type, of OpenVPN static keys (`tls-auth`, `tls-crypt`) and of
// SSH2 (commercial SSH) private keys.
const KEY_MARKER = /-----(BEGIN|END) ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V\d)-----|---- (BEGIN|END) (SSH2 ENCRYPTED PRIVATE KEY) ----/g;
// Lines of an unterminated (truncated) block: base64 or `Header: value`, joined by real or escaped newlines.
const PEM_BODY_LINES = /(?:(?:\r?\n|\\r\\n|\\n)(?:[A-Za-z0-9+/=]{4,}|[A-Za-z-]+: [^\r\n\\]*|)(?=\r?\n|\\n|\\r|$))+/y;
// PuTTY key files: the lines after `Private-Lines: N`.
const PUTTY_PRIVATE_LINES = /Private-Lines: \d+\r?\n((?:[A-Za-z0-9+/=]+(?:\r?\n|$))+)/g;

/**
 * Bodies of private keys (the BEGIN/END lines stay, so a reader sees what it was). One pass over the
 * markers pairs each BEGIN with its END; a BEGIN without one keeps the key-shaped lines after it.
 */
function findPrivateKeys(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  let open: { label: string; bodyStart: number } | undefined;
  const pushBody = (bodyStart: number, bodyEnd: number) => {
    const trimmed = trimLineBreaks(text, bodyStart, bodyEnd);
    const alreadyRedacted = text.startsWith('[REDACTED:', trimmed.start);
    if (trimmed.end > trimmed.start && !alreadyRedacted) spans.push(span('private-key', trimmed.start, trimmed.end));
  };
  const closeUnterminated = () => {
    if (!open) return;
    PEM_BODY_LINES.lastIndex = open.bodyStart;
    const lines = PEM_BODY_LINES.exec(text);
    pushBody(open.bodyStart, open.bodyStart + (lines ? lines[0].length : 0));
    open = undefined;
  };
  for (const match of text.matchAll(KEY_MARKER)) {
    const which = match[1] ?? match[3];
    const label = match[2] ?? match[4];
    if (which === 'BEGIN') {
      closeUnterminated();
      open = { label, bodyStart: match.index + match[0].length };
    } else if (open && open.label === label) {
      pushBody(open.bodyStart, match.index);
      open = undefined;
    }
  }
  closeUnterminated();
  for (const match of text.matchAll(PUTTY_PRIVATE_LINES)) {
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
  // Supabase's anon key is a JWT made to be shipped in every browser: its payload says `"role":"anon"`.
  return [...text.matchAll(pattern)].filter((match) => !isAnonymousRoleJwt(match[0])).map((match) => span('jwt', match.index, match.index + match[0].length));
}

function isAnonymousRoleJwt(token: string): boolean {
  try {
    return /"role"\s*:\s*"anon"/.test(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return false;
  }
}

/**
 * Whether a DSN's user is a Sentry public key: 32 hex digits before a host named for Sentry (`o1.ingest.sentry.io`,
 * `sentry.example.net`, `o7.ingest.sentry-example.net`). Sentry ships that key to every browser that reports to it;
 * the blind sets' writers left it, on every host.
 */
function isSentryPublicKey(user: string, text: string, hostIndex: number): boolean {
  return /^[0-9a-f]{32}$/.test(user) && /^(?:[\w-]+\.)*sentry[\w-]*\.[\w-]+(?:\.[\w-]+)*(?::\d+)?\//.test(text.slice(hostIndex, hostIndex + 80));
}

// Schemes whose user part is a public key, not a credential (an Ethereum node's `enode://<public key>@host:port`).
const PUBLIC_KEY_SCHEMES = /^enode$/i;

/** `scheme://user:password@host` → the password; `scheme://<long token>@host` → the token. */
function findUrlCredentials(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // A raw `#` in a password is invalid in a URL but common in pasted ones (`sqlserver://sa:Pa#ss@host`).
  for (const match of text.matchAll(/(?<![a-zA-Z0-9+.-])([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^\s:@/?#"'<>]*)(?::([^\s/?"'<>]*))?@(?=[^\s@])/g)) {
    const [whole, scheme, user, password] = match;
    const userStart = match.index + whole.indexOf('//') + 2;
    if (user.startsWith('[REDACTED')) continue;
    if (password !== undefined) {
      // `postgres:postgres@localhost`, `guest:guest@`: a default from documentation, not a secret.
      if (password === '' || isPlaceholder(password) || (password.toLowerCase() === user.toLowerCase() && /^[a-z]+$/i.test(password))) continue;
      const start = userStart + user.length + 1;
      spans.push(span('url-credentials', start, start + password.length));
    } else if (
      user.length >= 20 &&
      /\d/.test(user) &&
      /[A-Za-z]/.test(user) &&
      !isPlaceholder(user) &&
      !isSentryPublicKey(user, text, match.index + whole.length) &&
      !PUBLIC_KEY_SCHEMES.test(scheme)
    ) {
      spans.push(span('url-credentials', userStart, userStart + user.length));
    }
  }
  // A user that is itself an address (govc's `https://administrator@vsphere.local:PASS@vcsa/sdk`, a UPN): the password
  // sits between the user's domain and the host, and the scan above stops at the user's `@`.
  for (const match of text.matchAll(/(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s:@/?#"'<>]{1,64}@[\w.-]{1,253}:([^\s/?"'<>@]{1,256})@(?=[\w[])/dg)) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    if (!isPlaceholder(match[1]) && !/^\d{1,5}$/.test(match[1])) spans.push(span('url-credentials', start, end));
  }
  // Java's properties escape a value's colons: `ftp.url=ftp\\://edi\\:PASS@host\\:21/in`.
  for (const match of text.matchAll(/(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]*\\:\/\/[^\s:@/?#"'<>\\]{1,64}\\:([^\s/?"'<>@\\]{1,256})@(?=[\w[])/dg)) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    if (!isPlaceholder(match[1])) spans.push(span('url-credentials', start, end));
  }
  // SIP and XMPP URIs carry no `//`: `sip:1001:password@pbx.example.cn`.
  for (const match of text.matchAll(/(?<![\w+.-])(?:sips?|xmpp):([^\s:@/?#"'<>;]+):([^\s/?"'<>;@]+)@(?=[\w[])/dgi)) {
    const [start, end] = match.indices?.[2] ?? [0, 0];
    // A password equal to the user is a default; a short number would be a port written in the wrong place.
    if (!isPlaceholder(match[2]) && match[2].toLowerCase() !== match[1].toLowerCase() && !/^\d{1,5}$/.test(match[2])) spans.push(span('url-credentials', start, end));
  }
  return spans;
}

/** The clouds' distinctive key ids and tokens, wherever they appear (their descriptors' `inText`). */
function findCloudTokens(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const { kind, pattern } of profile.inText) {
    for (const match of matchesOutsideBase64(text, pattern)) if (!isPlaceholder(match[0])) spans.push(span(kind, match.index, match.index + match[0].length));
  }
  return [...spans, ...findRegionUserKeys(text, profile)];
}

/** Registry logins that use `<region>@<key id>` as the user name (`docker login -u cn-north-4@…`): the key id. */
function findRegionUserKeys(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (profile.registryUsers.length === 0) return spans;
  // The scan starts at `@`; the value and the region before it are checked on the few matches.
  for (const match of text.matchAll(/@([A-Za-z0-9]{8,64})(?![A-Za-z0-9])/g)) {
    const format = profile.registryUsers.find((candidate) => candidate.value.test(match[1]));
    if (!format || !/(?<![\w-])[a-z]{2}-[a-z]+-\d{1,2}$/.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    const start = match.index + 1;
    spans.push(span(format.kind, start, start + match[1].length));
  }
  return spans;
}

const SAME_LINE_WINDOW = 120;

interface KeyPairFormat {
  idPattern: RegExp;
  isId?: (value: string) => boolean;
  /** Also redact the id (when no other detector knows its shape). */
  idKind?: RedactionKind;
  /** The secret half: the first string of this shape after the id, on the same line. */
  secretPattern: RegExp;
  isSecret: (value: string) => boolean;
  secretKind: RedactionKind;
}

// Key ids and secrets written side by side without names (CSV downloads, `id:secret`, log lines): the
// clouds' own pairs come from their descriptors; these are other vendors' pairs.
const OTHER_KEY_PAIRS: readonly KeyPairFormat[] = (
  [
    { idPattern: /(?:AKIA|ASIA)[A-Z0-9]{16}/, secretPattern: /[A-Za-z0-9/+]{40}/, isSecret: hasMixedClasses, secretKind: 'secret' },
    { idPattern: /AKID[A-Za-z0-9]{32}/, secretPattern: /[A-Za-z0-9]{32}/, isSecret: hasMixedClasses, secretKind: 'secret' },
  ] satisfies KeyPairFormat[]
).map((format) => ({ ...format, idPattern: outsideBase64(format.idPattern), secretPattern: outsideBase64(format.secretPattern) }));

function outsideBase64(pattern: RegExp): RegExp {
  return new RegExp(`${pattern.source}${NOT_BEFORE_B64}`, 'g');
}

function findKeyPairs(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const cloudPairs: readonly CloudKeyPair[] = profile.keyPairs;
  for (const format of [...cloudPairs, ...OTHER_KEY_PAIRS]) {
    for (const match of matchesOutsideBase64(text, format.idPattern)) {
      if (format.isId && !format.isId(match[0])) continue;
      const from = match.index + match[0].length;
      const window = pairWindow(text, from);
      const secretIn = (part: string) => [...matchesOutsideBase64(part, format.secretPattern)].find((candidate) => format.isSecret(candidate[0]));
      const secret = secretIn(window) ?? secretIn(nextLineWindow(text, from, window));
      if (!secret || isPlaceholder(match[0]) || isPlaceholder(secret[0])) continue;
      if (format.idKind) spans.push(span(format.idKind, match.index, from));
      spans.push(span(format.secretKind, from + secret.index, from + secret.index + secret[0].length));
    }
  }
  return spans;
}

/**
 * Where the secret half of a pair may be: the rest of the id's line, or the next line when the id ends its
 * line as one argument or item of a list (`OssClient::new(\n "LTAI…",\n "…",`).
 */
function pairWindow(text: string, from: number): string {
  const lineEnd = text.slice(from, from + SAME_LINE_WINDOW).search(/[\r\n]/);
  const rest = text.slice(from, lineEnd < 0 ? from + SAME_LINE_WINDOW : from + lineEnd);
  if (lineEnd < 0 || !/^["'`]?\)?[ \t]*,[ \t]*$/.test(rest)) return rest;
  return throughNextLine(text, from, from + lineEnd);
}

/**
 * The id's line and the next, when the id's line holds no secret after it and ends within a few words: a chat or a note
 * wraps "…AccessKey-ID LTAI… met het geheim" (with the secret) before the secret, or sends it as the next message.
 */
function nextLineWindow(text: string, from: number, sameLine: string): string {
  const lineBreak = from + sameLine.length;
  if (sameLine.length > 40 || !/^[\r\n]/.test(text.slice(lineBreak, lineBreak + 1))) return '';
  return throughNextLine(text, from, lineBreak);
}

/** The text from `from` to the end of the line after the line break at `lineBreak` (at most SAME_LINE_WINDOW of it). */
function throughNextLine(text: string, from: number, lineBreak: number): string {
  const next = lineBreak + (text.startsWith('\r\n', lineBreak) ? 2 : 1);
  const nextEnd = text.slice(next, next + SAME_LINE_WINDOW).search(/[\r\n]/);
  return text.slice(from, nextEnd < 0 ? next + SAME_LINE_WINDOW : next + nextEnd);
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
    // Chinese service numbers (400-xxx-xxxx, 800-…) and area codes in brackets (`(021) 1759-6394`).
    collect(/(?<![\w+-])[48]00-?\d{3}-?\d{4}(?![\w-])/g, 'phone-number');
    collect(/(?<![\w])[(（]0\d{2,3}[)）][ ]?\d{3,4}-?\d{4}(?![\w-])/g, 'phone-number');
  }
  return spans;
}
