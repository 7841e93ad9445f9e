/**
 * Reply helpers of the OSM emulator. Business errors are HTTP 200 bodies (spec §1.6); gateway errors
 * carry a request id.
 */
import type { EmulatorRequest, EmulatorResponse } from '../types';

/** English messages of the business codes the emulator produces (doc 7.1 wording). */
export const BUSINESS_MESSAGES: Readonly<Record<string, string>> = {
  'OSM.01010001': 'Param validation failed.',
  'OSM.01010002': 'No operation permission.',
  'OSM.01010004': 'You have asked for the order. Please ask for it later.',
  'OSM.01010005': 'Uploaded accessory size exceeded limit today.',
  'OSM.01010006': 'Severity Id does not exist.',
  'OSM.01010007': 'This tenant has no role to create a case.',
  'OSM.01010008': 'Carbon copy email not valid.',
  'OSM.01010010': 'Verification not passed.',
  'OSM.01010012': 'The type must be 0 or 1.',
  'OSM.01010013': 'The operation must be canceled or closed or pressed or deleted.',
  'OSM.01010015': 'This case does not exist.',
  'OSM.01010019': 'The operation is illegal.',
  'OSM.01010022': 'The case has just been created. Please press the case later.',
  'OSM.01010024': 'Verification code resent too frequently.',
  'OSM.01010027': 'The sourceId does not exist.',
  'OSM.01010028': 'The businessTypeId does not exist.',
  'OSM.01010031': 'The type is invalid.',
  'OSM.01010033': 'The regionId does not exist.',
  'OSM.01010034': 'The status is illegal for this operation.',
  'OSM.01010035': 'No group operation permission.',
  'OSM.01010036': 'Exceeded the number of times the verification code can be sent.',
  'OSM.01010037': 'Exceeded the number of times the case limit was created.',
  'OSM.01010039': 'The labelId does not exist.',
  'OSM.01010040': 'LabelName already exists.',
  'OSM.01010041': 'The same domainId labels should not be over 30.',
  'OSM.01010042': 'The same caseId labels should not be over 5.',
  'OSM.01010043': 'The same caseId relations should not be over 3.',
  'OSM.01010044': 'The case cannot be bound with itself.',
  'OSM.01010045': 'The accessory is invalid.',
  'OSM.01010018': 'Auth operation type not supported.',
  'OSM.01010032': 'The authorization detail id does not exist.',
  'OSM.01010046': 'Re-apply, withdraw, reject, or agree only if the authorization is in the pending status.',
};

/** Thrown by handlers to end a request with a ready response. */
export class OsmReply extends Error {
  constructor(readonly response: EmulatorResponse) {
    super(`OSM emulator reply ${response.status}`);
  }
}

const JSON_TYPE = 'application/json;charset=UTF-8';

/** HTTP 200 with a JSON body. */
export function ok(body: unknown): EmulatorResponse {
  return { status: 200, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(body) };
}

/** A documented business error: HTTP 200 + `{error_code, error_msg}`. */
export function businessError(code: keyof typeof BUSINESS_MESSAGES | string): OsmReply {
  return new OsmReply(ok({ error_code: code, error_msg: BUSINESS_MESSAGES[code] ?? 'Operation failed.' }));
}

/** An API-gateway or generic OSM error with an HTTP error status and a request id. */
export function gatewayError(status: number, code: string, message: string, requestId: string): OsmReply {
  return new OsmReply({
    status,
    headers: { 'content-type': JSON_TYPE, 'x-request-id': requestId },
    body: JSON.stringify({ error_code: code, error_msg: message, request_id: requestId }),
  });
}

/** Malformed JSON or a query value of the wrong type: HTTP 400 OSM.0001 (spec §7.2). */
export function malformed(requestId: string): OsmReply {
  return gatewayError(400, 'OSM.0001', 'Failed', requestId);
}

/** A file stream, with the name in `Content-Disposition` (RFC 5987 for non-ASCII names). */
export function binary(bytes: Buffer, contentType: string, fileName?: string): EmulatorResponse {
  const headers: Record<string, string> = { 'content-type': contentType, 'content-length': String(bytes.length) };
  if (fileName) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return { status: 200, headers, body: bytes };
}

/** First value of a header (Node gives arrays for repeated headers). */
export function headerValue(req: EmulatorRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * A stored object answered like object storage does: a single `Range: bytes=a-b` (or `a-`, `-n`) gives 206
 * with `Content-Range` and only those bytes; no range, or one that cannot be served, gives the whole file.
 */
export function objectResponse(req: EmulatorRequest, bytes: Buffer, contentType: string, fileName?: string): EmulatorResponse {
  const whole = binary(bytes, contentType, fileName);
  const range = /^bytes=(\d*)-(\d*)$/.exec(headerValue(req, 'range')?.trim() ?? '');
  if (!range || (range[1] === '' && range[2] === '') || bytes.length === 0) return whole;
  const start = range[1] === '' ? Math.max(0, bytes.length - Number(range[2])) : Number(range[1]);
  const end = range[1] === '' || range[2] === '' ? bytes.length - 1 : Math.min(Number(range[2]), bytes.length - 1);
  if (start > end || start >= bytes.length) return whole;
  const part = bytes.subarray(start, end + 1);
  return { status: 206, headers: { ...whole.headers, 'content-length': String(part.length), 'content-range': `bytes ${start}-${end}/${bytes.length}` }, body: part };
}
