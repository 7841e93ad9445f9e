// Builds a complete, signed Workorder RPC request (method, path, query, headers, body) from an action
// name and a request model: the request encoding of wire/params.ts plus one of the two signers.
// Transport-free, so the HTTP client sends it and tests compare it with captured SDK traffic.
import { buildAcs3Headers, signAcs3Request, type Acs3Signature } from './signer-acs3';
import { signRpcV1Request, type AliyunSigningCredentials, type RpcV1Signature } from './signer-rpc';
import { encodeWorkorderParams, formEncode, workorderParamSpecs, type WorkorderRequestModel, type WorkorderVersion } from './wire/params';

/** The two signature algorithms the Workorder endpoint accepts; V3 is the default (§8). */
export type WorkorderSignatureAlgorithm = 'ACS3-HMAC-SHA256' | 'RPC-v1-HMAC-SHA1';

/** Content type of every RPC form body. */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** What buildWorkorderRequest() needs. */
export interface WorkorderRequestInput {
  readonly version: WorkorderVersion;
  readonly action: string;
  readonly request: WorkorderRequestModel;
  /** Host (and port) of the endpoint, as sent in the `host` header. */
  readonly host: string;
  readonly credentials: AliyunSigningCredentials;
  readonly algorithm?: WorkorderSignatureAlgorithm;
  /** Defaults to now. */
  readonly timestamp?: Date | string;
  /** Defaults to a random nonce. */
  readonly nonce?: string;
  /** Added before signing (e.g. user-agent); under V3 any x-acs-* header among them is signed. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/** A signed request ready for the wire: send `body` bytes exactly as given (V3 hashed them). */
export interface WorkorderWireRequest {
  readonly method: 'POST';
  readonly path: '/';
  readonly query: Readonly<Record<string, string>>;
  /** Query string without `?`, empty when there is no query parameter. */
  readonly queryString: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly bodyForm: Readonly<Record<string, string>> | undefined;
  readonly signature: Acs3Signature | RpcV1Signature;
}

/** Encodes and signs one Workorder action call; throws TypeError for an action the version does not have. */
export function buildWorkorderRequest(input: WorkorderRequestInput): WorkorderWireRequest {
  const specs = workorderParamSpecs(input.version, input.action);
  if (!specs) throw new TypeError(`Workorder ${input.version} has no action ${input.action}`);
  const params = encodeWorkorderParams(specs, input.request);
  const body = params.body === undefined ? undefined : formEncode(params.body);
  return (input.algorithm ?? 'ACS3-HMAC-SHA256') === 'ACS3-HMAC-SHA256' ? buildAcs3(input, params.query, params.body, body) : buildRpcV1(input, params.query, params.body, body);
}

function buildAcs3(input: WorkorderRequestInput, query: Readonly<Record<string, string>>, bodyForm: Readonly<Record<string, string>> | undefined, body: string | undefined): WorkorderWireRequest {
  const headers = {
    ...buildAcs3Headers({
      host: input.host,
      action: input.action,
      version: input.version,
      date: input.timestamp,
      nonce: input.nonce,
      contentType: body === undefined ? undefined : FORM_CONTENT_TYPE,
    }),
    ...input.extraHeaders,
  };
  const signed = signAcs3Request({ method: 'POST', pathname: '/', query, headers, body, credentials: input.credentials });
  return {
    method: 'POST',
    path: '/',
    query,
    queryString: formEncode(query),
    headers: signed.headers,
    body,
    bodyForm,
    signature: signed.signature,
  };
}

function buildRpcV1(
  input: WorkorderRequestInput,
  actionQuery: Readonly<Record<string, string>>,
  bodyForm: Readonly<Record<string, string>> | undefined,
  body: string | undefined,
): WorkorderWireRequest {
  const signed = signRpcV1Request({
    method: 'POST',
    action: input.action,
    version: input.version,
    query: actionQuery,
    body: bodyForm,
    credentials: input.credentials,
    timestamp: input.timestamp,
    nonce: input.nonce,
  });
  // v1 signs no header; these are informational, as the official SDK sends them.
  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-version': input.version,
    'x-acs-action': input.action,
    ...input.extraHeaders,
  };
  if (body !== undefined) headers['content-type'] = FORM_CONTENT_TYPE;
  return {
    method: 'POST',
    path: '/',
    query: signed.query,
    queryString: formEncode(signed.query),
    headers,
    body,
    bodyForm,
    signature: signed.signature,
  };
}
