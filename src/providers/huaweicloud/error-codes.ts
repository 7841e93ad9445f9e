/**
 * Classification of OSM and API-gateway error codes into the error kinds every provider shares
 * (spec §1.6). A 403 or a "no permission" business code is a per-request failure and never means the
 * credentials are bad, so it must not log the account out.
 */

import type { ErrorReason } from '../../core/error-reasons';
import type { ErrorKind } from '../../core/errors';
import { CLOCK_SKEW_EVIDENCE_MS, type AuthFailure } from '../../core/failure-classification';

const PERMISSION_CODES = new Set([
  'APIGW.0302',
  'OSM.0003',
  'OSM.01010002', // no operation permission
  'OSM.01010007', // tenant has no role to create a case
  'OSM.01010009', // support plan does not allow this case
  'OSM.01010035', // no permission on same-group cases
]);

const AUTH_CODES = new Set(['APIGW.0301', 'OSM.0002', 'OSM.01010011' /* customer not resolvable from credentials */]);

/** "Try again later" business rules: not a bad request, but not to be retried automatically either. */
const THROTTLED_CODES = new Set([
  'APIGW.0308',
  'OSM.01010004', // urged too often
  'OSM.01010022', // case just created, urge later
  'OSM.01010024', // verification code resent too frequently
]);

const NOT_FOUND_CODES = new Set(['OSM.01010015', 'OSM.01010039', 'OSM.01010020', 'OSM.01010032']);

const SERVER_CODES = new Set(['OSM.0004', 'OSM.01010014', 'OSM.01010017', 'OSM.01010021', 'OSM.01010047', 'OSM.01010060']);

/** Error kind from the HTTP status and the body's `error_code` (code wins over status when known). */
export function classifyOsmError(httpStatus: number, code: string | undefined): ErrorKind {
  if (code) {
    if (AUTH_CODES.has(code)) return 'auth';
    if (PERMISSION_CODES.has(code)) return 'permission';
    if (THROTTLED_CODES.has(code)) return 'throttled';
    if (NOT_FOUND_CODES.has(code)) return 'not-found';
    if (SERVER_CODES.has(code)) return 'server';
    if (code === 'APIGW.0101') return 'not-found';
    // A 5xx is the server's trouble whatever generic code rides along (e.g. 503 APIGW.0201).
    if (httpStatus < 500 && (code.startsWith('OSM.0101') || code === 'OSM.0001' || code === 'APIGW.0201')) return 'invalid-input';
  }
  if (httpStatus === 401) return 'auth';
  if (httpStatus === 403) return 'permission';
  if (httpStatus === 429) return 'throttled';
  if (httpStatus === 404) return 'not-found';
  if (httpStatus >= 500) return 'server';
  return 'invalid-input';
}

/** What the gateway's message and the answer's time say about a refused AK/SK authentication. */
export interface GatewayAuthEvidence {
  /** `error_msg` of the APIGW.0301 answer. */
  readonly message: string | undefined;
  /** Server-minus-local clock difference measured from the answer's `Date` header. */
  readonly clockSkewMs: number | undefined;
  /** The request carried an STS security token (temporary credentials). */
  readonly usesSecurityToken: boolean;
}

/** `signature time:20211217T064303Z,server time:20211217T065804Z` as the gateway reports an expired signature. */
const SIGNATURE_TIMES = /signature time:\s*(\d{8}T\d{6}Z)\s*,\s*server time:\s*(\d{8}T\d{6}Z)/i;

function sdkTime(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

/** Server-minus-signing time the gateway itself reported, when its message carries both times. */
export function reportedSkewMs(message: string | undefined): number | undefined {
  const times = message ? SIGNATURE_TIMES.exec(message) : null;
  const skew = times ? sdkTime(times[2]) - sdkTime(times[1]) : NaN;
  return Number.isFinite(skew) ? skew : undefined;
}

/**
 * Splits APIGW.0301 ("Incorrect IAM authentication information: …", spec §1.6.3), one code for every
 * refused AK/SK request, into what the user must fix. A clock difference beyond the signature window
 * explains the refusal by itself; then the gateway's own wording decides. Messages as the gateway
 * sends them: "calc aksk signature fail:signature expired, signature time:…,server time:…" (clock or
 * expired temporary key), "Get secretKey failed,ak:…,err:ak not exist", "token expires",
 * "verify aksk signature fail", "AK access failed to reach the limit,forbidden" (locked after repeated failures).
 */
export function gatewayAuthFailure(evidence: GatewayAuthEvidence): AuthFailure {
  const message = evidence.message ?? '';
  const skew = evidence.clockSkewMs ?? reportedSkewMs(message);
  if (skew !== undefined && Math.abs(skew) >= CLOCK_SKEW_EVIDENCE_MS) return 'clock-skew';
  const expired = /signature expired|x-sdk-date/i.test(message);
  if (evidence.usesSecurityToken && (expired || /token expire|expired token/i.test(message))) return 'token-expired';
  if (expired) return 'clock-skew';
  if (/ak not exist|get secretkey fail|access key.*not (?:exist|found)/i.test(message)) return 'unknown-key';
  if (/reach the limit|locked|disabled|forbidden/i.test(message)) return 'key-disabled';
  if (/security.?token/i.test(message)) return 'token-invalid';
  return 'bad-secret';
}

/** What a code means, more precise than its kind (the host words it; the cloud's own text stays on the error). */
const CODE_REASONS: Readonly<Record<string, ErrorReason>> = {
  'OSM.01010004': { id: 'urged-recently' },
  'OSM.01010022': { id: 'urge-too-early' },
  'OSM.01010005': { id: 'upload-volume-used-up' },
  'OSM.01010006': { id: 'severity-unavailable' },
  'OSM.01010008': { id: 'cc-emails-invalid' },
  'OSM.01010013': { id: 'action-unsupported' },
  'OSM.01010015': { id: 'ticket-missing' },
  'OSM.01010028': { id: 'problem-type-unavailable' },
  'OSM.01010033': { id: 'region-unavailable' },
  'OSM.01010034': { id: 'status-forbids-action' },
  'OSM.01010037': { id: 'ticket-quota-used-up' },
  'OSM.01010038': { id: 'daily-create-limit' },
  'OSM.01010040': { id: 'label-exists' },
  'OSM.01010041': { id: 'too-many-account-labels', limit: 30 },
  'OSM.01010042': { id: 'too-many-ticket-labels', limit: 5 },
  'OSM.01010043': { id: 'too-many-related-tickets', limit: 3 },
  'OSM.01010044': { id: 'related-to-itself' },
  'OSM.01010045': { id: 'attachment-invalid' },
  'OSM.01010032': { id: 'authorization-gone' },
  'OSM.01010046': { id: 'authorization-not-pending' },
  'APIGW.0101': { id: 'api-not-at-endpoint' },
};

/** The code's meaning, when it is known. */
export function reasonForCode(code: string | undefined): ErrorReason | undefined {
  return code ? CODE_REASONS[code] : undefined;
}
