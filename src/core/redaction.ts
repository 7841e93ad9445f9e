// Secret redaction for everything that leaves the process: logs, Markdown exports, diagnostics
// bundles (DESIGN.md §7). Detectors report spans in the original text; overlapping spans are merged
// and replaced by `[REDACTED:<kind>]`, and every character outside a span is kept byte for byte.
import { findAssignmentSecrets } from './redaction-assignments';
import { findKnownSecrets, findPatternSecrets, findPersonalData } from './redaction-patterns';

export type RedactionKind =
  | 'aliyun-access-key-id'
  | 'aliyun-access-key-secret'
  | 'aliyun-sts-token'
  | 'huaweicloud-access-key-id'
  | 'huaweicloud-secret-access-key'
  | 'huaweicloud-security-token'
  | 'access-key-id'
  | 'private-key'
  | 'jwt'
  | 'bearer-token'
  | 'authorization'
  | 'url-credentials'
  | 'password'
  | 'api-key'
  | 'secret'
  | 'token'
  | 'signature'
  | 'cookie'
  | 'known-secret'
  | 'email'
  | 'phone-number';

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

// When spans of different kinds overlap, the merged span takes the most specific kind.
const KIND_PRIORITY: readonly RedactionKind[] = [
  'private-key',
  'known-secret',
  'aliyun-sts-token',
  'huaweicloud-security-token',
  'jwt',
  'aliyun-access-key-secret',
  'huaweicloud-secret-access-key',
  'aliyun-access-key-id',
  'huaweicloud-access-key-id',
  'bearer-token',
  'password',
  'url-credentials',
  'api-key',
  'secret',
  'token',
  'signature',
  'cookie',
  'authorization',
  'access-key-id',
  'email',
  'phone-number',
];

/** The marker that replaces a redacted span. */
export function redactionMarker(kind: RedactionKind): string {
  return `[REDACTED:${kind}]`;
}

/** Finds secrets (and, if asked, personal data) in text and replaces them with typed markers. */
export function redactSecrets(text: string, options: RedactionOptions = {}): RedactionResult {
  const spans = [
    ...findPatternSecrets(text),
    ...findAssignmentSecrets(text),
    ...findPersonalData(text, { emails: options.emails === true, phoneNumbers: options.phoneNumbers === true }),
    ...findKnownSecrets(text, options.knownSecrets ?? []),
  ];
  return applyRedactions(text, spans);
}

/** Removes exact known values (and their URL- and JSON-escaped forms) and nothing else. */
export function redactKnownSecrets(text: string, secrets: readonly string[]): RedactionResult {
  return applyRedactions(text, findKnownSecrets(text, secrets));
}

/** Merges overlapping spans and renders the redacted text with output coordinates. */
export function applyRedactions(text: string, spans: readonly RedactionSpan[]): RedactionResult {
  const merged = mergeSpans(spans);
  const findings: RedactionFinding[] = [];
  let output = '';
  let cursor = 0;
  for (const span of merged) {
    output += text.slice(cursor, span.start);
    const marker = redactionMarker(span.kind);
    findings.push({ ...span, outputStart: output.length, outputEnd: output.length + marker.length });
    output += marker;
    cursor = span.end;
  }
  output += text.slice(cursor);
  return { text: output, findings };
}

/**
 * Sorted, non-overlapping spans. A span inside a larger one takes the larger one's kind (an
 * Authorization header stays "authorization" though it holds a key id); equal or partly
 * overlapping spans merge and keep the most specific kind.
 */
export function mergeSpans(spans: readonly RedactionSpan[]): RedactionSpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RedactionSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      const sameExtent = span.start === last.start && span.end === last.end;
      const partial = span.end > last.end;
      if ((sameExtent || partial) && KIND_PRIORITY.indexOf(span.kind) < KIND_PRIORITY.indexOf(last.kind)) last.kind = span.kind;
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ kind: span.kind, start: span.start, end: span.end });
    }
  }
  return merged;
}
