// Secret redaction for everything that leaves the process: logs, Markdown exports, diagnostics
// bundles (DESIGN.md §7). Detectors report spans in the original text; overlapping spans are merged
// and replaced by `[REDACTED:<kind>]`, and every character outside a span is kept byte for byte.
import { findBinlogRowSecrets } from './redaction-binlog';
import { findRedisMonitorSecrets } from './redaction-redis-monitor';
import { findListTableSecrets } from './redaction-list-tables';
import { findAppPasswords } from './redaction-app-passwords';
import { findInCalendarBlocks } from './redaction-calendar';
import { findBackupCodes } from './redaction-backup-codes';
import { findGroupedKeys } from './redaction-grouped-keys';
import { throughLongTokens } from './redaction-long-tokens';
import { findAssignmentSecrets } from './redaction-assignments';
import { findCliPasswords } from './redaction-cli';
import { findCodeSecrets } from './redaction-code';
import { findCredentialFileSecrets } from './redaction-credential-files';
import { findDeviceCommandSecrets } from './redaction-device-commands';
import { findPinsInProse } from './redaction-pins';
import { findPlannedChanges } from './redaction-plan-changes';
import { findInQuotedPrintable } from './redaction-quoted-printable';
import { findInSpacedLetters } from './redaction-spaced-letters';
import { findInMarkup } from './redaction-markup';
import { findBorrowedWordPasswords } from './redaction-borrowed-words';
import { findValuesInForeignProse } from './redaction-foreign-prose';
import { findTelecomSecrets } from './redaction-telecom';
import { findDirectiveSecrets } from './redaction-directives';
import { findHttpSecrets } from './redaction-http';
import { findKnownSecrets, findPatternSecrets, findPersonalData } from './redaction-patterns';
import { findLabelLineSecrets } from './redaction-label-lines';
import { findLinePairPasswords } from './redaction-line-pairs';
import { findInRtf } from './redaction-rtf';
import { findInHexDumps } from './redaction-hexdump';
import { findInEscapedLines } from './redaction-escaped-lines';
import { findInTypesetLines } from './redaction-typography';
import { findChatAnswers } from './redaction-chat-answers';
import { findChangedValuesInChineseChat } from './redaction-chinese-changes';
import { findMnemonics } from './redaction-mnemonics';
import { findPhraseSecrets } from './redaction-phrases';
import { findRecordSecrets } from './redaction-records';
import { findEncodedCredentials } from './redaction-encoded';
import { asPipeTables } from './redaction-box-tables';
import { asHalfWidth, asSimplifiedChinese } from './redaction-hanzi';
import { withoutLinePrefixes } from './redaction-line-prefixes';
import { findProtocolPasswords } from './redaction-protocols';
import { findRepeatedSecrets } from './redaction-repeats';
import { findSecurityToolPasswords } from './redaction-security-tools';
import { findXmlSecrets } from './redaction-xml';
import { type RedactionProfile, redactionProfile } from './redaction-profile';
import { findStateSecrets } from './redaction-state';
import { findSqlInsertSecrets } from './redaction-sql';
import { findTableSecrets } from './redaction-tables';
import { findVendorTokens } from './redaction-vendors';
import { findWifiPasswords } from './redaction-wifi';
import type { SecretFormat } from './provider-descriptor';

export { type RedactionProfile, redactionProfile } from './redaction-profile';

/** Kinds the engine knows by itself. */
export type BuiltInRedactionKind =
  | 'access-key-id'
  | 'private-key'
  | 'jwt'
  | 'bearer-token'
  | 'authorization'
  | 'url-credentials'
  | 'webhook-url'
  | 'password'
  | 'api-key'
  | 'secret'
  | 'token'
  | 'signature'
  | 'cookie'
  | 'known-secret'
  | 'email'
  | 'phone-number';

/** What a redacted span was: a built-in kind, or a cloud's own (`<provider id>-<what>`, from its descriptor). */
export type RedactionKind = BuiltInRedactionKind | SecretFormat['kind'];

/** A detected span, before merging. `start`/`end` index the original text (end exclusive). */
export interface RedactionSpan {
  kind: RedactionKind;
  start: number;
  end: number;
}

/** One redacted region: where it was in the input and where its marker is in the output. */
export interface RedactionFinding extends RedactionSpan {
  outputStart: number;
  outputEnd: number;
}

export interface RedactionOptions {
  /** Also redact e-mail addresses (off by default: support needs them less often than it sees them). */
  emails?: boolean;
  /** Also redact phone numbers. */
  phoneNumbers?: boolean;
  /** Exact values to remove wherever they appear (e.g. the stored secrets of every account). */
  knownSecrets?: readonly string[];
}

export interface RedactionResult {
  text: string;
  findings: RedactionFinding[];
}

// Without a profile (known secrets alone, tests), spans merge in the order of the built-in kinds.
const BUILT_IN_KIND_ORDER = redactionProfile([]).kindOrder;

/** The marker that replaces a redacted span. */
export function redactionMarker(kind: RedactionKind): string {
  return `[REDACTED:${kind}]`;
}

/**
 * Finds secrets (and, if asked, personal data) in text and replaces them with typed markers. The profile
 * holds the clouds' own secret formats (the host builds it from the provider descriptors).
 */
export function redactSecrets(text: string, profile: RedactionProfile, options: RedactionOptions = {}): RedactionResult {
  // The rules read traditional Chinese as simplified, full-width letters and digits as ASCII, a line without the prefix
  // grep or a quoting e-mail put before it, and a table drawn with box characters as a pipe table; spans found there are
  // the same in `text`.
  // Views of the text (decoded, unspaced, shown, unescaped, typed, unfolded) are read by the whole redactor again; their findings map back.
  const readAgain = (view: string) => redactSecrets(view, profile, options).findings;
  const scanned = asPipeTables(withoutLinePrefixes(asHalfWidth(asSimplifiedChinese(text))));
  const spans = [
    ...findPatternSecrets(scanned, profile),
    ...findVendorTokens(scanned),
    ...findHttpSecrets(scanned, profile),
    ...findAssignmentSecrets(scanned, profile),
    ...findXmlSecrets(scanned, profile),
    ...findEncodedCredentials(scanned),
    ...findCodeSecrets(scanned, profile),
    ...findCliPasswords(scanned, profile),
    ...findDirectiveSecrets(scanned, profile),
    ...findDeviceCommandSecrets(scanned),
    ...findTelecomSecrets(scanned),
    ...findPinsInProse(scanned),
    ...findPlannedChanges(scanned, profile),
    ...findCredentialFileSecrets(scanned, profile),
    ...findPhraseSecrets(scanned, profile),
    ...findLabelLineSecrets(scanned, profile),
    ...findStateSecrets(scanned, profile),
    ...findTableSecrets(scanned, profile),
    ...findListTableSecrets(scanned, profile),
    ...findSqlInsertSecrets(scanned, profile),
    ...findBinlogRowSecrets(scanned, profile),
    ...findRedisMonitorSecrets(scanned, profile),
    ...findRecordSecrets(scanned, profile),
    ...findMnemonics(scanned),
    ...findAppPasswords(scanned),
    ...findBackupCodes(scanned),
    ...findGroupedKeys(scanned),
    ...findWifiPasswords(scanned),
    ...findLinePairPasswords(scanned),
    ...findChatAnswers(scanned),
    ...findChangedValuesInChineseChat(scanned, profile),
    ...findProtocolPasswords(scanned),
    ...findSecurityToolPasswords(scanned),
    ...findBorrowedWordPasswords(scanned),
    ...findValuesInForeignProse(scanned),
    ...findPersonalData(text, { emails: options.emails === true, phoneNumbers: options.phoneNumbers === true }),
    ...findKnownSecrets(text, options.knownSecrets ?? []),
    ...findInQuotedPrintable(text, readAgain),
    ...findInSpacedLetters(text, readAgain),
    ...findInMarkup(text, readAgain),
    ...findInRtf(text, readAgain),
    ...findInHexDumps(text, readAgain),
    ...findInEscapedLines(text, readAgain),
    ...findInTypesetLines(text, readAgain),
    ...findInCalendarBlocks(text, readAgain),
  ];
  const found = withoutMarkers(
    text,
    throughLongTokens(text, spans).map((span) => insideCodeSpan(text, throughWrappedLines(text, span))),
  );
  return applyRedactions(text, [...found, ...withoutMarkers(text, findRepeatedSecrets(text, found))], profile.kindOrder);
}

// Lines of a token wrapped inside quotes: token characters alone, letters and digits among them (not a rule of dashes), then,
// on the last, the closing quote.
const WRAPPED_LINES = new Map(
  ['`', '"', "'"].map((quote) => [quote, new RegExp(`\\r?\\n((?=[^\\r\\n]*[A-Za-z])(?=[^\\r\\n]*\\d)[A-Za-z0-9+/=_-]{16,}|[A-Za-z0-9+/=_-]+(?=${quote}))(${quote})?[^\\r\\n]*`, 'dy')]),
);
const MAX_WRAPPED_LINES = 64;

/**
 * A long token pasted into a code span or a string and wrapped at a fixed width (a security token cut every 72
 * characters): when a span ends its line right after an opening quote's value, and that quote closes lines later after
 * lines of token characters alone, the span runs on to the quote.
 */
function throughWrappedLines(text: string, span: RedactionSpan): RedactionSpan {
  // (A finder that reads to the next blank may have taken the opening quote.)
  const start = span.start + (WRAPPED_LINES.has(text.charAt(span.start)) ? 1 : 0);
  const lines = WRAPPED_LINES.get(text.charAt(start - 1));
  if (!lines || span.end - start < 40 || !/^\r?\n/.test(text.slice(span.end, span.end + 2)) || !/^[A-Za-z0-9+/=_-]+$/.test(text.slice(start, span.end))) return span;
  let end = span.end;
  for (let count = 0; count < MAX_WRAPPED_LINES; count++) {
    lines.lastIndex = end;
    const line = lines.exec(text);
    // A line of anything else is no part of the value (nor is the quote); a token line with more after it ends the search,
    // since the next line must start where the token ends.
    if (!line) break;
    end = line.indices?.[1]?.[1] ?? end;
    if (line[2]) return { ...span, start, end };
  }
  return { ...span, start };
}

/**
 * A finder that reads a word to the next blank takes a code span's backticks and the sentence's mark after it ("password
 * `Mv3t…`."); the value is inside the backticks, and the marks stay.
 */
function insideCodeSpan(text: string, span: RedactionSpan): RedactionSpan {
  if (text.charAt(span.start) !== '`') return span;
  const inside = /^`([^`\s]+)`[.,;:!?)]*$/.exec(text.slice(span.start, span.end));
  return inside ? { ...span, start: span.start + 1, end: span.start + 1 + inside[1].length } : span;
}

/** Drops spans that touch a marker already in the text, so redacting redacted text changes nothing. */
function withoutMarkers(text: string, spans: readonly RedactionSpan[]): RedactionSpan[] {
  const markers = [...text.matchAll(/\[REDACTED:[a-z-]+\]/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (markers.length === 0) return [...spans];
  return spans.filter((span) => {
    // The last marker starting before the span's end is the only one that can overlap it.
    let low = 0;
    let high = markers.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (markers[middle].start < span.end) low = middle;
      else high = middle - 1;
    }
    const marker = markers[low];
    return !(marker.start < span.end && marker.end > span.start);
  });
}

/** Removes exact known values (and their URL- and JSON-escaped forms) and nothing else. */
export function redactKnownSecrets(text: string, secrets: readonly string[]): RedactionResult {
  return applyRedactions(text, findKnownSecrets(text, secrets));
}

/** Merges overlapping spans (keeping kinds earlier in `kindOrder`) and renders the redacted text with output coordinates. */
export function applyRedactions(text: string, spans: readonly RedactionSpan[], kindOrder: readonly RedactionKind[] = BUILT_IN_KIND_ORDER): RedactionResult {
  const merged = mergeSpans(spans, kindOrder);
  const findings: RedactionFinding[] = [];
  // Parts joined once at the end: appending to one string per finding is slow with many findings.
  const parts: string[] = [];
  let length = 0;
  let cursor = 0;
  // One marker string per kind, not one per finding (a line can hold a hundred thousand findings).
  const markers = new Map<RedactionKind, string>();
  for (const span of merged) {
    const kept = text.slice(cursor, span.start);
    let marker = markers.get(span.kind);
    if (marker === undefined) markers.set(span.kind, (marker = redactionMarker(span.kind)));
    parts.push(kept, marker);
    length += kept.length;
    findings.push({ kind: span.kind, start: span.start, end: span.end, outputStart: length, outputEnd: length + marker.length });
    length += marker.length;
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), findings };
}

/**
 * Sorted, non-overlapping spans. A span inside a larger one takes the larger one's kind (an
 * Authorization header stays "authorization" though it holds a key id); equal or partly
 * overlapping spans merge and keep the most specific kind (the earliest in `kindOrder`).
 */
export function mergeSpans(spans: readonly RedactionSpan[], kindOrder: readonly RedactionKind[] = BUILT_IN_KIND_ORDER): RedactionSpan[] {
  // A kind missing from the order (a cloud's kind without its profile) ranks last.
  const rank = (kind: RedactionKind) => {
    const index = kindOrder.indexOf(kind);
    return index < 0 ? kindOrder.length : index;
  };
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RedactionSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      const sameExtent = span.start === last.start && span.end === last.end;
      const partial = span.end > last.end;
      if ((sameExtent || partial) && rank(span.kind) < rank(last.kind)) last.kind = span.kind;
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ kind: span.kind, start: span.start, end: span.end });
    }
  }
  return merged;
}
