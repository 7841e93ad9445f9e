/**
 * Ticket ids in text: which cloud an id can belong to, where ids stand in running text, and which of them
 * are meant as ticket ids. Pure and linear in the length of the text, so a hostile 10 MB line costs what a
 * short one costs per character.
 *
 * The recognition rule (README "Ticket ids everywhere"): an id in running text is an ASCII token (a maximal
 * run of letters and digits, so `fix/0005PYGCW-login` and `ticket_0005PYGCW` hold one) that has one cloud's
 * in-text shape, and that
 *   - is known: a cached ticket of some account has this id, or
 *   - follows a context word on the same line — ticket, case, incident, work order, 工单/工單, 服务单/服務單 —
 *     with only spaces, punctuation and id/no/number/号/编号 between them ("ticket ID: 0005PYGCW",
 *     "工单号：0005PYGCW", "ticketId=0005PYGCW"), or
 *   - directly follows `#` and is not an 8-digit hex colour ("#0005PYGCW"), or
 *   - continues a list that started with an accepted id ("tickets 0005PYGCW, 0006S6ZL6E and 001571BTXC").
 */
import type { ProviderId } from './account';

/** How one cloud's ticket ids look. */
export interface TicketIdFormat {
  readonly providerId: ProviderId;
  /** An id typed or pasted on its own, after trimming and upper-casing. */
  readonly exact: RegExp;
  /** An id inside running text (case-sensitive and stricter, so words and numbers are not taken for ids). */
  readonly inText: RegExp;
  /** Token lengths `inText` can accept; longer or shorter tokens are skipped without a regex. */
  readonly inTextLength: { readonly min: number; readonly max: number };
  /** An id of this cloud to show in hints ("IDs look like …"). */
  readonly example: string;
}

/** The canonical spelling of an id typed by a user (trimmed, upper case: both clouds print ids upper case). */
export function normalizeTicketId(input: string): string {
  return input.trim().toUpperCase();
}

/** Providers whose ids can look like this (already normalised) id. */
export function providersMatchingId(id: string, formats: readonly TicketIdFormat[]): ProviderId[] {
  return formats.filter((format) => format.exact.test(id)).map((format) => format.providerId);
}

/** An id-shaped token in text, with the clouds it may belong to. `start`/`end` are UTF-16 offsets. */
export interface TicketIdCandidate {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly providerIds: readonly ProviderId[];
}

export type RecognitionReason = 'known' | 'context' | 'hash' | 'list';

export interface RecognizedTicketId extends TicketIdCandidate {
  readonly reason: RecognitionReason;
}

export interface RecognizeOptions {
  /** True when a cached ticket has this id. */
  readonly isKnown?: (id: string) => boolean;
  /** The id formats of the clouds the extension knows (each descriptor's `ticketIds`). */
  readonly formats: readonly TicketIdFormat[];
  /** Stop after this many results (a document with thousands of ids gets the first ones). */
  readonly maxResults?: number;
}

const DEFAULT_MAX_RESULTS = 1000;

/** Every id-shaped token of the text, in order; no context rule applied (pasted text, tests). */
export function findTicketIdCandidates(text: string, formats: readonly TicketIdFormat[], maxResults = DEFAULT_MAX_RESULTS): TicketIdCandidate[] {
  const found: TicketIdCandidate[] = [];
  for (const candidate of scanCandidates(text, formats)) {
    if (found.length >= maxResults) break;
    found.push(candidate);
  }
  return found;
}

/** One pass over the text: each character is looked at once, each token of a possible length tested once. */
function* scanCandidates(text: string, formats: readonly TicketIdFormat[]): Generator<TicketIdCandidate> {
  const minLength = Math.min(...formats.map((format) => format.inTextLength.min));
  const maxLength = Math.max(...formats.map((format) => format.inTextLength.max));
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isTokenChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    if (length >= minLength && length <= maxLength) {
      const token = text.slice(start, i);
      const providerIds = formats.filter((format) => length >= format.inTextLength.min && length <= format.inTextLength.max && format.inText.test(token)).map((format) => format.providerId);
      if (providerIds.length > 0) yield { id: token, start, end: i, providerIds };
    }
    start = -1;
  }
}

/** The ids of the text that are meant as ticket ids, by the rule in this file's header. */
export function recognizeTicketIds(text: string, options: RecognizeOptions): RecognizedTicketId[] {
  const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
  const recognized: RecognizedTicketId[] = [];
  let previous: RecognizedTicketId | undefined;
  // Candidates are looked at in order; only a bounded window before each is read, so the whole pass is linear.
  for (const candidate of scanCandidates(text, options.formats)) {
    const reason = reasonFor(text, candidate, previous, options.isKnown);
    if (!reason) continue;
    previous = { ...candidate, reason };
    recognized.push(previous);
    if (recognized.length >= maxResults) break;
  }
  return recognized;
}

/** The longest stretch before an id that is searched for a context word. */
const CONTEXT_WINDOW = 32;
/**
 * A context word, then only separators and id/no/number words up to the end of the window. The window is
 * short, so this regex runs in bounded time whatever the text.
 */
const CONTEXT_BEFORE = /(?<![A-Za-z])(?:tickets?|cases?|incidents?|work[ _-]?orders?|工单|工單|服务单|服務單)(?:[\s:：#=_.'"`(（[\-]|ids?|nos?|nr|numbers?|号|號|编号|編號)*$/i;
const LIST_GAP = /^\s*(?:[,;/、，；&+|]|and|or|和|及|与|與)?\s*$/i;
const MAX_LIST_GAP = 8;
const HEX_COLOUR = /^[0-9A-F]{8}$/;

function reasonFor(text: string, candidate: TicketIdCandidate, previous: RecognizedTicketId | undefined, isKnown?: (id: string) => boolean): RecognitionReason | undefined {
  if (isKnown?.(candidate.id)) return 'known';
  const lineStart = lineStartBefore(text, candidate.start, CONTEXT_WINDOW + 1);
  const windowStart = Math.max(lineStart, candidate.start - CONTEXT_WINDOW);
  // One character more (or a space at a line start) so the word-start check sees what precedes the window.
  const lead = windowStart > lineStart ? text[windowStart - 1] : ' ';
  if (CONTEXT_BEFORE.test(lead + text.slice(windowStart, candidate.start))) return 'context';
  if (candidate.start > 0 && text[candidate.start - 1] === '#' && !HEX_COLOUR.test(candidate.id)) return 'hash';
  if (previous && candidate.start - previous.end <= MAX_LIST_GAP && previous.end >= lineStart && LIST_GAP.test(text.slice(previous.end, candidate.start))) return 'list';
  return undefined;
}

/** Where the line holding `offset` starts, looking back at most `limit` characters (else offset - limit). */
function lineStartBefore(text: string, offset: number, limit: number): number {
  const stop = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= stop; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i + 1;
  }
  return stop;
}

function isTokenChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** What a user typed or pasted into "Open Ticket by Id…". */
export type TicketIdInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly maxLength: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'several'; readonly ids: readonly string[] }
  | { readonly kind: 'id'; readonly id: string; readonly providerIds: readonly ProviderId[] };

/** Longest pasted text that is searched for an id (an input box, not a document). */
const MAX_ID_INPUT_LENGTH = 10_000;
/** Query and fragment keys that name a ticket in a console URL. */
const URL_ID_KEYS = /^(?:ticket_?id|incident_?id|case_?id|id)$/i;
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
const MAX_URLS = 20;

/**
 * The one ticket id in a user's input: a bare id (any case), a console URL of a ticket (its `ticketId`/`id`
 * parameter, in the query or the fragment), or text holding exactly one id-shaped token.
 */
export function ticketIdFromInput(input: string, formats: readonly TicketIdFormat[]): TicketIdInput {
  const trimmed = input.trim();
  if (!trimmed) return { kind: 'empty' };
  if (trimmed.length > MAX_ID_INPUT_LENGTH) return { kind: 'too-long', maxLength: MAX_ID_INPUT_LENGTH };
  const bare = normalizeTicketId(trimmed);
  const bareProviders = providersMatchingId(bare, formats);
  if (bareProviders.length > 0) return { kind: 'id', id: bare, providerIds: bareProviders };
  const fromUrls = idsFromUrls(trimmed, formats);
  const ids = fromUrls.length > 0 ? fromUrls : idsInPastedText(trimmed.toUpperCase(), formats);
  if (ids.length === 0) return { kind: 'none' };
  if (ids.length > 1) return { kind: 'several', ids };
  return { kind: 'id', id: ids[0], providerIds: providersMatchingId(ids[0], formats) };
}

/** Every id-shaped token; when there are several, the ones the context rule accepts, if that leaves one. */
function idsInPastedText(text: string, formats: readonly TicketIdFormat[]): string[] {
  const ids = unique(findTicketIdCandidates(text, formats, 50).map((candidate) => candidate.id));
  if (ids.length <= 1) return ids;
  const meant = unique(recognizeTicketIds(text, { formats, maxResults: 50 }).map((candidate) => candidate.id));
  return meant.length === 1 ? meant : ids;
}

function idsFromUrls(text: string, formats: readonly TicketIdFormat[]): string[] {
  const ids: string[] = [];
  for (const match of [...text.matchAll(URL_PATTERN)].slice(0, MAX_URLS)) {
    for (const [key, value] of urlParameters(match[0])) {
      const id = normalizeTicketId(value);
      if (URL_ID_KEYS.test(key) && providersMatchingId(id, formats).length > 0) ids.push(id);
    }
  }
  return unique(ids);
}

/** Parameters of the query and of a `#/route?key=value` fragment (how both consoles route). */
function urlParameters(text: string): [string, string][] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [];
  }
  const fragmentQuery = url.hash.includes('?') ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  return [...url.searchParams, ...new URLSearchParams(fragmentQuery)];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
