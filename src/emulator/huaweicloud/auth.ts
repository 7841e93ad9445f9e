/**
 * Authentication of emulator requests as the API gateway does it (spec §5.6, §7.2): an IAM token issued
 * by the emulator, or an SDK-HMAC-SHA256 signature recomputed with the shared signer from the request
 * as received. Every failure is 401 APIGW.0301; a denied action is 403 APIGW.0302.
 *
 * The reason after "Incorrect IAM authentication information: " is the gateway's own wording where it
 * is public, because clients tell the causes apart by it (issue #15): an unknown key is
 * "Get secretKey failed,ak:<AK>,err:ak not exist" (Huawei API Gateway FAQ, "Common Errors Related to
 * IAM Authentication Information"); a signing time outside the ±15 min window (spec §1.5, §5.6 step 3)
 * is "calc aksk signature fail:signature expired, signature time:<X-Sdk-Date>,server time:<now>"
 * (captured from the live gateway in huaweicloud/huaweicloud-sdk-java-v3 issue #44); a bad signature is
 * "verify aksk signature fail" and an expired token "token expires" (spec §1.6.3, §5.6 steps 4–5).
 */
import { computeSdkHmacSignature, formatSdkDate, parseSdkDate, parseSdkHmacAuthorization, signaturesEqual } from '../../providers/huaweicloud/signer';
import type { EmulatorRequest, ProviderContext } from '../types';
import { gatewayError, headerValue, type OsmReply } from './http';
import type { OsmEmulatorState } from './state';

export const OSM_PROVIDER = 'huaweicloud';

/** How far `X-Sdk-Date` may be from the emulator clock. */
export const SIGNATURE_SKEW_MS = 15 * 60_000;

export interface Caller {
  /** Key id for signed requests; undefined for token requests. */
  readonly accessKeyId?: string;
  readonly domainId: string;
}

function unauthorized(reason: string, requestId: string): OsmReply {
  return gatewayError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${reason}`, requestId);
}

function verifyToken(token: string, state: OsmEmulatorState, requestId: string): Caller {
  const issued = state.tokens.get(token);
  if (!issued) throw unauthorized('decrypt token fail', requestId);
  if (issued.expiresAt.getTime() <= state.now().getTime()) throw unauthorized('token expires', requestId);
  return { domainId: issued.domainId };
}

function verifySignature(request: EmulatorRequest, ctx: ProviderContext, state: OsmEmulatorState, requestId: string): Caller {
  const authorization = parseSdkHmacAuthorization(headerValue(request, 'authorization'));
  if (!authorization) throw unauthorized('x-auth-token not found', requestId);
  const credential = ctx.credentials.find(OSM_PROVIDER, authorization.accessKeyId);
  if (!credential) throw unauthorized(`Get secretKey failed,ak:${authorization.accessKeyId},err:ak not exist`, requestId);
  if (credential.disabled) throw unauthorized('verify aksk signature fail', requestId);
  const signed = new Set(authorization.signedHeaders);
  if (!signed.has('host') || !signed.has('x-sdk-date')) throw unauthorized('verify aksk signature fail', requestId);
  const date = parseSdkDate(headerValue(request, 'x-sdk-date'));
  if (!date) throw unauthorized('verify aksk signature fail', requestId);
  if (!state.ignoreSignatureDate && Math.abs(date.getTime() - ctx.clock.now()) > SIGNATURE_SKEW_MS) {
    throw unauthorized(`calc aksk signature fail:signature expired, signature time:${formatSdkDate(date)},server time:${formatSdkDate(new Date(ctx.clock.now()))}`, requestId);
  }
  const expected = computeSdkHmacSignature({
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    body: request.body.length > 0 ? request.body : undefined,
    signedHeaders: authorization.signedHeaders,
    accessKeyId: credential.accessKeyId,
    accessKeySecret: credential.accessKeySecret,
  });
  if (!signaturesEqual(authorization.signature, expected.signature)) throw unauthorized('verify aksk signature fail', requestId);
  if (credential.securityToken !== undefined) {
    const token = headerValue(request, 'x-security-token');
    if (token !== credential.securityToken || !signed.has('x-security-token')) throw unauthorized('verify aksk signature fail', requestId);
    if (credential.securityTokenExpiresAt !== undefined && credential.securityTokenExpiresAt <= ctx.clock.now()) {
      throw unauthorized('token expires', requestId);
    }
  }
  return { accessKeyId: credential.accessKeyId, domainId: credential.accountId };
}

/**
 * Authenticates a request. For OSM routes a present `X-Domain-Id` must be the key's account
 * (spec §7.2); IAM routes are signed without it.
 */
export function authenticate(request: EmulatorRequest, ctx: ProviderContext, state: OsmEmulatorState, service: 'osm' | 'iam', requestId: string): Caller {
  const token = headerValue(request, 'x-auth-token');
  const caller = token ? verifyToken(token, state, requestId) : verifySignature(request, ctx, state, requestId);
  const domainId = headerValue(request, 'x-domain-id');
  if (service === 'osm' && domainId !== undefined && domainId !== caller.domainId) {
    throw unauthorized('the domain id does not match the credentials', requestId);
  }
  return caller;
}

/** A test's IAM-style denial of an operation for this key → 403 APIGW.0302. */
export function checkDenied(ctx: ProviderContext, caller: Caller, op: string, requestId: string): void {
  if (caller.accessKeyId && ctx.credentials.isDenied(OSM_PROVIDER, caller.accessKeyId, op)) {
    throw gatewayError(403, 'APIGW.0302', 'The IAM user is not authorized to access the API.', requestId);
  }
}
