// Huawei Cloud vectors (huaweicloud-signature-vectors.json, spec §5.2) through the project's own signer.
import { lowerCaseNames } from './shared.mjs';

const HUAWEI_TOP = ['id', 'description', 'level', 'input', 'expected', 'note'];
// query_string_on_wire is informative (how the Node SDK wrote the query); the server-side check sends it.
const HUAWEI_INPUT = ['ak', 'sk', 'method', 'url', 'query', 'query_string_on_wire', 'headers', 'body', 'sdk_options'];
const HUAWEI_SDK_OPTIONS = ['credential_type', 'domain_id', 'security_token', 'path_template', 'path_params', 'content_type_option', 'body_kind'];

export function computeHuaweiVector(vector, modules) {
  const knownFields = { '': HUAWEI_TOP, input: HUAWEI_INPUT, 'input.sdk_options': HUAWEI_SDK_OPTIONS };
  return { ...computeHuaweiFields(vector, modules), knownFields };
}

function computeHuaweiFields(vector, { signer, transport }) {
  const { level, input } = vector;
  const options = input.sdk_options ?? {};
  // Temporary credentials: the pipeline (GlobalCredentials) adds X-Security-Token itself and signs it.
  const credentials = { accessKeyId: input.ak, accessKeySecret: input.sk, securityToken: level === 'sdk-pipeline' ? options.security_token : undefined };
  const request = { method: input.method, url: input.url, query: input.query, headers: input.headers, body: input.body ?? undefined, credentials };
  let signed;
  const crossChecks = [];
  if (level === 'signer') {
    signed = signer.signHuaweiRequest(request);
  } else if (level === 'sdk-pipeline') {
    if (options.credential_type !== 'GlobalCredentials') return { unsupported: `sdk-pipeline with ${options.credential_type}` };
    signed = signer.signOsmRequest({ ...request, contentType: options.content_type_option, domainId: options.domain_id });
    crossChecks.push(...huaweiPipelineChecks(transport, input, options));
  } else {
    return { unsupported: String(level) };
  }
  const s = signed.signature;
  const fields = {
    canonical_uri: s.canonicalUri,
    canonical_query_string: s.canonicalQueryString,
    canonical_headers: s.canonicalHeaders,
    signed_headers: s.signedHeaders,
    payload_hash: s.payloadHash,
    canonical_request: s.canonicalRequest,
    canonical_request_sha256: s.canonicalRequestSha256,
    string_to_sign: s.stringToSign,
    signature: s.signature,
    authorization: s.authorization,
    request_headers_after_signing: signed.headers,
  };
  return { fields, crossChecks: [...crossChecks, huaweiServerSide(signer, vector, signed.headers)] };
}

// The pipeline options that do not reach the signer must still agree with the request: the path is the
// template filled in as the transport fills it, and the body is what body_kind says it is.
function huaweiPipelineChecks(transport, input, options) {
  const checks = [];
  if (options.path_template !== undefined) {
    checks.push({ label: 'sdk_options', expected: { path: new URL(input.url).pathname }, actual: { path: transport.osmPath(options.path_template, options.path_params ?? {}) } });
  }
  if (options.body_kind !== undefined) {
    checks.push({ label: 'sdk_options', expected: { body_kind: options.body_kind }, actual: { body_kind: bodyKindOf(input.body, options.content_type_option) } });
  }
  return checks;
}

function bodyKindOf(body, contentType) {
  if (typeof contentType === 'string' && contentType.startsWith('multipart/')) return body === null || body === undefined ? 'multipart-placeholder' : 'multipart';
  if (body === null || body === undefined) return 'none';
  try {
    JSON.parse(body);
    return 'json';
  } catch {
    return 'text';
  }
}

// The emulator's path: the request as Node would receive it (lower-case header names, query from the
// wire string, encoded path) verified with the SignedHeaders named in its Authorization.
function huaweiServerSide(signer, vector, sentHeaders) {
  const { input, expected } = vector;
  const headers = lowerCaseNames(sentHeaders);
  const parsed = signer.parseSdkHmacAuthorization(headers.authorization);
  const url = new URL(input.url);
  const query = new Map();
  for (const [name, value] of new URLSearchParams(input.query_string_on_wire ?? '')) query.set(name, [...(query.get(name) ?? []), value]);
  const actual = parsed
    ? signer.computeSdkHmacSignature({
        method: input.method,
        path: url.pathname,
        query,
        headers,
        body: input.body ?? undefined,
        signedHeaders: parsed.signedHeaders,
        accessKeyId: parsed.accessKeyId,
        accessKeySecret: input.sk,
      }).authorization
    : '(unparseable Authorization header)';
  return { label: 'server-side', expected: { authorization: expected.authorization }, actual: { authorization: actual } };
}
