// Server-side signature verification (spec §8.5) for RPC v1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256),
// recomputing the signature with the project's own signer over what was actually received.
import { computeAcs3Signature, computeRpcV1Signature, parseAcs3Authorization, sha256Hex, signaturesEqual } from '../../providers/aliyun/signer';
import type { EmulatorCredential, EmulatorRequest, MultiMap, ProviderContext } from '../types';
import { AliyunRequestError, gatewayErrors, missingParameter, signatureMismatchV1, signatureMismatchV3, type AliyunError } from './errors';

export const REPLAY_WINDOW_MS = 15 * 60 * 1000;
const TIMESTAMP_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const V3_REQUIRED_SIGNED = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-content-sha256'];
const V1_REQUIRED = ['AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature'];

export interface AuthenticatedCaller {
  readonly credential: EmulatorCredential;
  readonly algorithm: 'RPC-v1' | 'ACS3';
}

const fail = (error: AliyunError): never => {
  throw new AliyunRequestError(error);
};

function header(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * True when the request uses the V3 header scheme. Decided by the Authorization header alone: the
 * official SDK also sends x-acs-action/x-acs-version with v1-signed requests.
 */
export function isAcs3Request(request: EmulatorRequest): boolean {
  return header(request, 'authorization') !== undefined;
}

/** Action and Version: from the x-acs-* headers for V3, from the parameters for v1. */
export function actionAndVersion(request: EmulatorRequest, params: MultiMap): { action?: string; version?: string } {
  if (isAcs3Request(request)) return { action: header(request, 'x-acs-action'), version: header(request, 'x-acs-version') };
  return { action: params.get('Action')?.at(-1), version: params.get('Version')?.at(-1) };
}

/** Verifies the request's signature, key, timestamp, nonce and STS token; throws AliyunRequestError. */
export function authenticate(request: EmulatorRequest, params: MultiMap, ctx: ProviderContext, provider: string): AuthenticatedCaller {
  return isAcs3Request(request) ? authenticateAcs3(request, ctx, provider) : authenticateRpcV1(request, params, ctx, provider);
}

function authenticateRpcV1(request: EmulatorRequest, params: MultiMap, ctx: ProviderContext, provider: string): AuthenticatedCaller {
  const value = (name: string) => params.get(name)?.at(-1);
  for (const name of V1_REQUIRED) if (!value(name)) fail(missingParameter(name));
  if (value('SignatureMethod') !== 'HMAC-SHA1' || value('SignatureVersion') !== '1.0') fail(gatewayErrors.incompleteSignature);
  const credential = findKey(ctx, provider, value('AccessKeyId') ?? '');
  checkTimestamp(value('Timestamp') ?? '', ctx);
  checkSecurityToken(credential, value('SecurityToken'), ctx);
  const expected = computeRpcV1Signature({ method: request.method, params, accessKeySecret: credential.accessKeySecret });
  if (!signaturesEqual(value('Signature') ?? '', expected.signature)) fail(signatureMismatchV1(expected.stringToSign));
  checkNonce(ctx, provider, credential, value('SignatureNonce') ?? '');
  return { credential, algorithm: 'RPC-v1' };
}

function authenticateAcs3(request: EmulatorRequest, ctx: ProviderContext, provider: string): AuthenticatedCaller {
  const authorization = parseAcs3Authorization(header(request, 'authorization'));
  if (!authorization) return fail(gatewayErrors.incompleteSignature);
  const signed = authorization.signedHeaders;
  const presentAcsHeaders = Object.keys(request.headers).filter((name) => name.startsWith('x-acs-'));
  const unsigned = [...V3_REQUIRED_SIGNED, ...presentAcsHeaders].some((name) => !signed.includes(name));
  if (unsigned || signed.some((name) => header(request, name) === undefined)) fail(gatewayErrors.incompleteSignature);
  const credential = findKey(ctx, provider, authorization.accessKeyId);
  checkTimestamp(header(request, 'x-acs-date') ?? '', ctx);
  checkSecurityToken(credential, header(request, 'x-acs-security-token'), ctx);
  const declaredHash = header(request, 'x-acs-content-sha256') ?? '';
  if (declaredHash !== sha256Hex(request.body)) fail(signatureMismatchV3());
  const expected = computeAcs3Signature({
    method: request.method,
    pathname: safeDecode(request.path),
    query: request.query,
    headers: request.headers,
    hashedPayload: declaredHash,
    signedHeaders: signed,
    accessKeyId: authorization.accessKeyId,
    accessKeySecret: credential.accessKeySecret,
  });
  if (!signaturesEqual(authorization.signature, expected.signature)) fail(signatureMismatchV3());
  const nonce = header(request, 'x-acs-signature-nonce');
  if (nonce !== undefined) checkNonce(ctx, provider, credential, nonce);
  return { credential, algorithm: 'ACS3' };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function findKey(ctx: ProviderContext, provider: string, accessKeyId: string): EmulatorCredential {
  const credential = ctx.credentials.find(provider, accessKeyId);
  if (!credential) return fail(gatewayErrors.accessKeyNotFound);
  if (credential.disabled) fail(gatewayErrors.accessKeyInactive);
  return credential;
}

function checkTimestamp(value: string, ctx: ProviderContext): void {
  const at = TIMESTAMP_FORMAT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) fail(gatewayErrors.timestampIllegal);
  if (Math.abs(ctx.clock.now() - at) > REPLAY_WINDOW_MS) fail(gatewayErrors.timestampExpired);
}

function checkSecurityToken(credential: EmulatorCredential, token: string | undefined, ctx: ProviderContext): void {
  const needsToken = credential.securityToken !== undefined || credential.accessKeyId.startsWith('STS.');
  if (!needsToken) {
    // A token sent with a permanent key belongs to some other (STS) key.
    if (token) fail(gatewayErrors.tokenMismatch);
    return;
  }
  if (!token) return fail(gatewayErrors.tokenMalformed);
  if (token !== credential.securityToken) {
    const owner = ctx.credentials.list(credential.provider).some((other) => other.securityToken === token);
    fail(owner ? gatewayErrors.tokenMismatch : gatewayErrors.tokenMalformed);
  }
  if (credential.securityTokenExpiresAt !== undefined && ctx.clock.now() >= credential.securityTokenExpiresAt) fail(gatewayErrors.tokenExpired);
}

function checkNonce(ctx: ProviderContext, provider: string, credential: EmulatorCredential, nonce: string): void {
  if (!ctx.nonces.remember(`${provider}:${credential.accessKeyId}`, nonce)) fail(gatewayErrors.nonceUsed);
}
