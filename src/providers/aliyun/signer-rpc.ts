// Alibaba Cloud RPC signature v1 (HMAC-SHA1, SignatureVersion 1.0), spec §8.2.
// The pure functions (flatten → canonicalize → string-to-sign → signature) serve both the client and
// the emulator's verifier; signRpcV1Request() only adds the common parameters of an outgoing request.
import { createHmac, randomBytes } from 'node:crypto';
import { compareCodeUnits, formatAliyunTimestamp, percentEncode } from './signer-encoding';

/** A parameter value before flattening: scalars, arrays (→ Key.N) and objects (→ Key.Sub); null/undefined are dropped. */
export type RpcParamValue = string | number | boolean | null | undefined | readonly RpcParamValue[] | { readonly [key: string]: RpcParamValue };

/** Request parameters by name, before flattening. */
export type RpcParams = Readonly<Record<string, RpcParamValue>>;

/** Decoded parameters as a server sees them (name → values); with repeated names the last value wins. */
export type RpcParamMultiMap = ReadonlyMap<string, readonly string[]>;

/** Everything the v1 algorithm derives from a request, each step exposed for diagnosis and test vectors. */
export interface RpcV1Signature {
  readonly flattenedParams: Readonly<Record<string, string>>;
  readonly canonicalizedQueryString: string;
  readonly stringToSign: string;
  readonly hmacKey: string;
  readonly signature: string;
}

/** Input of the pure v1 computation: every parameter (query ∪ form body), a `Signature` entry is ignored. */
export interface RpcV1SignatureInput {
  readonly method: string;
  readonly params: RpcParams | RpcParamMultiMap;
  readonly accessKeySecret: string;
}

/** Credentials as the Alibaba signers need them. */
export interface AliyunSigningCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS token; sent as `SecurityToken` (v1) or `x-acs-security-token` (V3). */
  readonly securityToken?: string;
}

/** An outgoing RPC v1 request before signing. */
export interface RpcV1RequestInput {
  readonly method: string;
  readonly action: string;
  readonly version: string;
  /** Action parameters that travel in the query string. */
  readonly query?: RpcParams;
  /** Action parameters that travel in the form body (signed together with the query). */
  readonly body?: RpcParams;
  readonly credentials: AliyunSigningCredentials;
  /** Defaults to now; a string is used verbatim (`YYYY-MM-DDThh:mm:ssZ`). */
  readonly timestamp?: Date | string;
  /** Defaults to 32 random hex digits; must be unique per request. */
  readonly nonce?: string;
  /** `Format` parameter; the official Node SDK sends lower-case `json`. */
  readonly format?: string;
}

/** An outgoing RPC v1 request after signing: flattened query (official SDK order, `Signature` last) and body. */
export interface SignedRpcV1Request {
  readonly query: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, string>> | undefined;
  readonly signature: RpcV1Signature;
}

/** Flattens parameters to their wire names: arrays → `Key.1…Key.N`, objects → `Key.Sub`, scalars → strings. */
export function flattenRpcParams(params: RpcParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) flattenInto(flat, key, value);
  return flat;
}

function flattenInto(flat: Record<string, string>, key: string, value: RpcParamValue): void {
  if (value === null || value === undefined) return;
  if (isParamList(value)) {
    value.forEach((item, index) => flattenInto(flat, `${key}.${index + 1}`, item));
  } else if (typeof value === 'object') {
    for (const [subKey, subValue] of Object.entries(value)) flattenInto(flat, `${key}.${subKey}`, subValue);
  } else {
    flat[key] = String(value);
  }
}

function isParamList(value: RpcParamValue): value is readonly RpcParamValue[] {
  return Array.isArray(value);
}

/** Canonicalized query string: flattened params sorted by key (code units), `percentEncode(k)=percentEncode(v)` joined by `&`. */
export function canonicalizeRpcParams(flattened: Readonly<Record<string, string>>): string {
  return Object.keys(flattened)
    .sort(compareCodeUnits)
    .map((key) => `${percentEncode(key)}=${percentEncode(flattened[key] ?? '')}`)
    .join('&');
}

/** v1 string-to-sign: `METHOD&%2F&percentEncode(canonicalized)`. */
export function rpcV1StringToSign(method: string, canonicalizedQueryString: string): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalizedQueryString)}`;
}

/** v1 signature: base64 HMAC-SHA1 keyed with `AccessKeySecret + "&"`. */
export function rpcV1Signature(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

/** Computes the v1 signature of a request from all its parameters (client side, or server side from what was received). */
export function computeRpcV1Signature(input: RpcV1SignatureInput): RpcV1Signature {
  const flattenedParams = flattenRpcParams(toParamRecord(input.params));
  delete flattenedParams.Signature;
  const canonicalizedQueryString = canonicalizeRpcParams(flattenedParams);
  const stringToSign = rpcV1StringToSign(input.method, canonicalizedQueryString);
  return {
    flattenedParams,
    canonicalizedQueryString,
    stringToSign,
    hmacKey: `${input.accessKeySecret}&`,
    signature: rpcV1Signature(stringToSign, input.accessKeySecret),
  };
}

function toParamRecord(params: RpcParams | RpcParamMultiMap): RpcParams {
  if (!(params instanceof Map)) return params as RpcParams;
  const record: Record<string, string> = {};
  for (const [key, values] of params as RpcParamMultiMap) {
    const last = values[values.length - 1];
    if (last !== undefined) record[key] = last;
  }
  return record;
}

/** A fresh v1 `SignatureNonce` (32 random hex digits). */
export function newRpcNonce(): string {
  return randomBytes(16).toString('hex');
}

/** Adds the common parameters (§6.1, incl. `SecurityToken` for STS) and the `Signature` to an outgoing request. */
export function signRpcV1Request(input: RpcV1RequestInput): SignedRpcV1Request {
  const { credentials } = input;
  const timestamp = typeof input.timestamp === 'string' ? input.timestamp : formatAliyunTimestamp(input.timestamp ?? new Date());
  // Same insertion order as the official SDK, so captured wire requests can be reproduced byte for byte.
  const query: Record<string, string> = {
    Action: input.action,
    Format: input.format ?? 'json',
    Version: input.version,
    Timestamp: timestamp,
    SignatureNonce: input.nonce ?? newRpcNonce(),
    ...flattenRpcParams(input.query ?? {}),
  };
  if (credentials.securityToken) query.SecurityToken = credentials.securityToken;
  query.SignatureMethod = 'HMAC-SHA1';
  query.SignatureVersion = '1.0';
  query.AccessKeyId = credentials.accessKeyId;
  const body = input.body === undefined ? undefined : flattenRpcParams(input.body);
  const signature = computeRpcV1Signature({
    method: input.method,
    params: { ...query, ...body },
    accessKeySecret: credentials.accessKeySecret,
  });
  query.Signature = signature.signature;
  return { query, body, signature };
}
