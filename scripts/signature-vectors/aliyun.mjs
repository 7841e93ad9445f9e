// Alibaba Cloud vectors (aliyun-signature-vectors.json, spec §8.6) through the project's own signers.
import { isPlaceholder, isPlainObject, lowerCaseNames } from './shared.mjs';

const ALIYUN_TOP = ['id', 'description', 'algorithm', 'level', 'input', 'expected', 'reply', 'sdk_error', 'sdk_parsed_result', 'note'];
const ALIYUN_INPUT = {
  'signer/RPC-v1-HMAC-SHA1': ['method', 'params', 'access_key_secret'],
  'signer/ACS3-HMAC-SHA256': ['method', 'pathname', 'query', 'headers_given', 'body', 'security_token', 'access_key_id', 'access_key_secret'],
  'sdk-pipeline/RPC-v1-HMAC-SHA1': ['package', 'call', 'request', 'config', 'fixed_timestamp', 'fixed_nonce'],
  'sdk-pipeline/ACS3-HMAC-SHA256': ['package', 'call', 'request', 'config', 'fixed_timestamp', 'fixed_nonce'],
};
// regionId and protocol only describe the capture (the endpoint is given; the capture ran over loopback HTTP).
const ALIYUN_CONFIG = ['accessKeyId', 'accessKeySecret', 'securityToken', 'endpoint', 'signatureAlgorithm', 'regionId', 'protocol'];

export function computeAliyunVector(vector, modules) {
  const computed = computeAliyunFields(vector, modules);
  const knownFields = { '': ALIYUN_TOP, input: ALIYUN_INPUT[`${vector.level}/${vector.algorithm}`] ?? [], 'input.config': ALIYUN_CONFIG };
  return { ...computed, knownFields };
}

function computeAliyunFields(vector, { signer, request, errors }) {
  const { level, algorithm, input } = vector;
  if (level === 'signer' && algorithm === 'RPC-v1-HMAC-SHA1') return { fields: aliyunRpcSigner(signer, input) };
  if (level === 'signer' && algorithm === 'ACS3-HMAC-SHA256') return aliyunAcs3Signer(signer, input);
  if (level === 'sdk-pipeline' && (algorithm === 'RPC-v1-HMAC-SHA1' || algorithm === 'ACS3-HMAC-SHA256')) {
    const pipeline = aliyunPipeline(signer, request, vector);
    if (pipeline.unsupported) return pipeline;
    return { ...pipeline, crossChecks: [...pipeline.crossChecks, ...aliyunReplyChecks(errors, vector)] };
  }
  return { unsupported: `${level} / ${algorithm}` };
}

// What the official SDK made of the captured reply, against what this project makes of it: the same
// error code, status and request id for an error; success exactly when the SDK returned a result.
function aliyunReplyChecks(errors, vector) {
  const checks = [];
  const { reply, sdk_error: sdkError, sdk_parsed_result: parsed, input, algorithm } = vector;
  const wantsV1 = input.config?.signatureAlgorithm === 'v2';
  checks.push({ label: 'config', expected: { signatureAlgorithm: algorithm }, actual: { signatureAlgorithm: wantsV1 ? 'RPC-v1-HMAC-SHA1' : 'ACS3-HMAC-SHA256' } });
  if (!isPlainObject(reply)) return checks;
  const body = isPlainObject(reply.body) ? reply.body : {};
  const succeeded = reply.status >= 200 && reply.status < 300 && body.Success === true;
  if (parsed !== undefined) {
    checks.push({ label: 'sdk_parsed_result', expected: { statusCode: parsed.statusCode, success: true }, actual: { statusCode: reply.status, success: succeeded } });
  }
  if (sdkError !== undefined) {
    const ours = errors.errorFromResponse({ httpStatus: reply.status, envelope: body, requestId: body.RequestId, operation: input.call, secrets: [] });
    checks.push({
      label: 'sdk_error',
      expected: { code: sdkError.code, statusCode: sdkError.statusCode, requestId: sdkError.requestId, success: false },
      actual: { code: ours.code, statusCode: ours.httpStatus, requestId: ours.requestId, success: succeeded },
    });
  }
  return checks;
}

function aliyunRpcSigner(signer, input) {
  const result = signer.computeRpcV1Signature({
    method: input.method,
    params: input.params,
    accessKeySecret: input.access_key_secret,
  });
  return {
    flattened_params: result.flattenedParams,
    canonicalized_query_string: result.canonicalizedQueryString,
    string_to_sign: result.stringToSign,
    hmac_key: result.hmacKey,
    signature: result.signature,
    signature_percent_encoded: signer.percentEncode(result.signature),
  };
}

function aliyunAcs3Signer(signer, input) {
  const credentials = {
    accessKeyId: input.access_key_id,
    accessKeySecret: input.access_key_secret,
    securityToken: input.security_token,
  };
  const body = input.body ?? undefined;
  const signed = signer.signAcs3Request({
    method: input.method,
    pathname: input.pathname,
    query: input.query,
    headers: input.headers_given,
    body,
    credentials,
  });
  const { Authorization: _authorization, ...headersAtSigning } = signed.headers;
  const fields = {
    hashed_payload: signed.signature.hashedPayload,
    headers_at_signing: headersAtSigning,
    canonical_request: signed.signature.canonicalRequest,
    canonical_request_hash: signed.signature.canonicalRequestHash,
    string_to_sign: signed.signature.stringToSign,
    signed_headers: signed.signature.signedHeaders,
    signature: signed.signature.signature,
    authorization: signed.signature.authorization,
  };
  // The emulator's path: recompute from the request as received, with the SignedHeaders it names.
  const received = aliyunAcs3Received(signer, input.method, input.pathname, input.query, signed.headers, body, credentials);
  return { fields, crossChecks: [{ label: 'server-side', expected: { authorization: fields.authorization }, actual: received }] };
}

function aliyunAcs3Received(signer, method, pathname, query, headers, body, credentials) {
  const lowerHeaders = lowerCaseNames(headers);
  const parsed = signer.parseAcs3Authorization(lowerHeaders.authorization);
  if (!parsed) return { authorization: '(unparseable Authorization header)' };
  const result = signer.computeAcs3Signature({
    method,
    pathname,
    query,
    headers: lowerHeaders,
    body,
    signedHeaders: parsed.signedHeaders,
    accessKeyId: parsed.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
  });
  return { authorization: result.authorization };
}

function aliyunPipeline(signer, request, vector) {
  const { input, expected } = vector;
  const version = /workorder(\d{4})(\d{2})(\d{2})/.exec(input.package ?? '');
  if (!version) return { unsupported: `package ${input.package}` };
  const credentials = {
    accessKeyId: input.config.accessKeyId,
    accessKeySecret: input.config.accessKeySecret,
    securityToken: input.config.securityToken,
  };
  const wire = request.buildWorkorderRequest({
    version: `${version[1]}-${version[2]}-${version[3]}`,
    action: input.call.charAt(0).toUpperCase() + input.call.slice(1),
    request: input.request,
    host: input.config.endpoint,
    credentials,
    algorithm: vector.algorithm,
    timestamp: input.fixed_timestamp,
    nonce: input.fixed_nonce,
    // The one header only the official SDK adds (its static credential providers' names, §8.3).
    extraHeaders: { 'x-acs-credentials-provider': credentials.securityToken ? 'static_sts' : 'static_ak' },
  });
  const headers = lowerCaseNames(wire.headers);
  const expectedWire = expected.wire ?? {};
  // user-agent is machine-dependent and unsigned: the vectors hold a placeholder for it.
  if (isPlaceholder(expectedWire.headers?.['user-agent'])) headers['user-agent'] = expectedWire.headers['user-agent'];
  const actualWire = {
    method: wire.method,
    path: wire.path,
    query_string: wire.queryString,
    query: wire.query,
    headers,
    body: wire.body ?? null,
  };
  if (wire.bodyForm !== undefined) actualWire.body_form = wire.bodyForm;
  const s = wire.signature;
  if (vector.algorithm === 'RPC-v1-HMAC-SHA1') {
    const received = signer.computeRpcV1Signature({
      method: expectedWire.method,
      params: { ...expectedWire.query, ...expectedWire.body_form },
      accessKeySecret: credentials.accessKeySecret,
    });
    return {
      fields: {
        wire: actualWire,
        signed_params: s.flattenedParams,
        canonicalized_query_string: s.canonicalizedQueryString,
        string_to_sign: s.stringToSign,
        signature: s.signature,
      },
      crossChecks: [{ label: 'server-side', expected: { signature: expected.signature }, actual: { signature: received.signature } }],
    };
  }
  const received = aliyunAcs3Received(signer, expectedWire.method, expectedWire.path, expectedWire.query, expectedWire.headers ?? {}, expectedWire.body ?? undefined, credentials);
  return {
    fields: {
      wire: actualWire,
      hashed_payload: s.hashedPayload,
      canonical_request: s.canonicalRequest,
      canonical_request_hash: s.canonicalRequestHash,
      string_to_sign: s.stringToSign,
      signature: s.signature,
      authorization: s.authorization,
    },
    crossChecks: [{ label: 'server-side', expected: { authorization: expected.authorization }, actual: received }],
  };
}
