#!/usr/bin/env node
// Runs a signature test-vector file (format of ../shared/specs/*-signature-vectors.json) through the
// project's OWN signers (src/providers/*/signer.ts, loaded with tsx) and compares every `expected`
// field byte for byte. Usage: node scripts/verify-signatures.mjs FILE  (npm run verify-signatures -- FILE)
// Prints one line per differing field and `N passed, N failed` last; exits 1 on any failure.
// The unit tests import verifyVectorsFile() from here, so the script and the tests share one code path.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const PROVIDERS = [
  {
    id: 'aliyun',
    titlePattern: /alibaba|aliyun/i,
    modules: { signer: '../src/providers/aliyun/signer.ts', request: '../src/providers/aliyun/rpc-request.ts', errors: '../src/providers/aliyun/errors.ts' },
    computeVectorFields: computeAliyunVector,
  },
  {
    id: 'huaweicloud',
    titlePattern: /huawei/i,
    modules: { signer: '../src/providers/huaweicloud/signer.ts', transport: '../src/providers/huaweicloud/transport.ts' },
    computeVectorFields: computeHuaweiVector,
  },
];

/** Which provider a vectors document belongs to, from its `title`; undefined when unrecognised. */
export function recogniseProvider(document) {
  const title = typeof document?.title === 'string' ? document.title : '';
  return PROVIDERS.find((provider) => provider.titlePattern.test(title));
}

/**
 * Verifies every vector of a parsed document. Returns { provider, results: [{ id, failures: [{ field,
 * expected, actual }] }], passed, failed }. An unrecognised document counts each vector (at least one) as failed.
 */
export async function verifyVectors(document) {
  const provider = recogniseProvider(document);
  const vectors = Array.isArray(document?.vectors) ? document.vectors : [];
  if (!provider) {
    const reason = `unrecognised vectors file (title ${JSON.stringify(document?.title ?? null)})`;
    const results = (vectors.length > 0 ? vectors : [{ id: '(file)' }]).map((vector) => ({
      id: String(vector?.id ?? '(no id)'),
      failures: [{ field: '(provider)', expected: 'Alibaba Cloud or Huawei Cloud title', actual: reason }],
    }));
    return summarise(undefined, results);
  }
  const modules = {};
  for (const [name, specifier] of Object.entries(provider.modules)) {
    modules[name] = await tsImport(specifier, import.meta.url);
  }
  const results = vectors.map((vector) => ({
    id: String(vector?.id ?? '(no id)'),
    failures: runVector((v) => provider.computeVectorFields(v, modules), vector),
  }));
  return summarise(provider.id, results);
}

/** Reads a vectors file and verifies it (see verifyVectors). */
export async function verifyVectorsFile(path) {
  const text = await readFile(path, 'utf8');
  return verifyVectors(JSON.parse(text));
}

function runVector(compute, vector) {
  try {
    const computed = compute(vector);
    if (computed.unsupported) return [{ field: '(level)', expected: 'a supported level/algorithm', actual: computed.unsupported }];
    const failures = unreadFields(vector, computed.knownFields ?? {});
    compareFields(vector.expected ?? {}, computed.fields, '', failures);
    for (const extra of computed.crossChecks ?? []) {
      compareFields(extra.expected, extra.actual, `${extra.label}:`, failures);
    }
    return failures;
  } catch (error) {
    return [{ field: '(exception)', expected: 'no exception', actual: error instanceof Error ? error.message : String(error) }];
  }
}

// Strings and scalars must be identical; objects are compared member by member (missing or extra
// members fail), since they are maps (headers, params) whose member order carries no meaning.
function compareFields(expected, actual, path, failures) {
  if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const field = path === '' || path.endsWith(':') ? `${path}${key}` : `${path}.${key}`;
      if (!(key in actual)) failures.push({ field, expected: expected[key], actual: '(not computed)' });
      else if (!(key in expected)) failures.push({ field, expected: '(absent)', actual: actual[key] });
      else compareFields(expected[key], actual[key], field, failures);
    }
  } else if (!Object.is(expected, actual)) {
    failures.push({ field: path, expected, actual });
  }
}

// Every member of a vector must be one this verifier reads (or knows to be informative): a field added to
// the format later fails loudly instead of being ignored, as sdk_options.security_token once was.
// `known` maps a dotted path ('input', 'input.sdk_options') to the member names read there.
function unreadFields(vector, known) {
  const failures = [];
  for (const [path, names] of Object.entries(known)) {
    const value = path === '' ? vector : path.split('.').reduce((node, key) => (isPlainObject(node) ? node[key] : undefined), vector);
    if (!isPlainObject(value)) continue;
    for (const name of Object.keys(value)) {
      if (!names.includes(name)) failures.push({ field: path === '' ? name : `${path}.${name}`, expected: 'a field this verifier reads', actual: '(unread)' });
    }
  }
  return failures;
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function summarise(provider, results) {
  const failed = results.filter((result) => result.failures.length > 0).length;
  return { provider, results, passed: results.length - failed, failed };
}

// ---- Alibaba Cloud (aliyun-signature-vectors.json, spec §8.6) ----------------------------------

const ALIYUN_TOP = ['id', 'description', 'algorithm', 'level', 'input', 'expected', 'reply', 'sdk_error', 'sdk_parsed_result', 'note'];
const ALIYUN_INPUT = {
  'signer/RPC-v1-HMAC-SHA1': ['method', 'params', 'access_key_secret'],
  'signer/ACS3-HMAC-SHA256': ['method', 'pathname', 'query', 'headers_given', 'body', 'security_token', 'access_key_id', 'access_key_secret'],
  'sdk-pipeline/RPC-v1-HMAC-SHA1': ['package', 'call', 'request', 'config', 'fixed_timestamp', 'fixed_nonce'],
  'sdk-pipeline/ACS3-HMAC-SHA256': ['package', 'call', 'request', 'config', 'fixed_timestamp', 'fixed_nonce'],
};
// regionId and protocol only describe the capture (the endpoint is given; the capture ran over loopback HTTP).
const ALIYUN_CONFIG = ['accessKeyId', 'accessKeySecret', 'securityToken', 'endpoint', 'signatureAlgorithm', 'regionId', 'protocol'];

function computeAliyunVector(vector, modules) {
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
  const received = aliyunAcs3Received(
    signer,
    expectedWire.method,
    expectedWire.path,
    expectedWire.query,
    expectedWire.headers ?? {},
    expectedWire.body ?? undefined,
    credentials,
  );
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

function lowerCaseNames(headers) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function isPlaceholder(value) {
  return typeof value === 'string' && /^<.*>$/.test(value);
}

// ---- Huawei Cloud (huaweicloud-signature-vectors.json, spec §5.2) -------------------------------

const HUAWEI_TOP = ['id', 'description', 'level', 'input', 'expected', 'note'];
// query_string_on_wire is informative (how the Node SDK wrote the query); the server-side check sends it.
const HUAWEI_INPUT = ['ak', 'sk', 'method', 'url', 'query', 'query_string_on_wire', 'headers', 'body', 'sdk_options'];
const HUAWEI_SDK_OPTIONS = ['credential_type', 'domain_id', 'security_token', 'path_template', 'path_params', 'content_type_option', 'body_kind'];

function computeHuaweiVector(vector, modules) {
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

// ---- report --------------------------------------------------------------------------------------

/** One line per differing field, then `N passed, N failed`. */
export function formatReport(outcome) {
  const lines = [];
  for (const result of outcome.results) {
    for (const failure of result.failures) {
      lines.push(`FAIL ${result.id} ${failure.field}: expected ${show(failure.expected)}, got ${show(failure.actual)}`);
    }
  }
  lines.push(`${outcome.passed} passed, ${outcome.failed} failed`);
  return lines;
}

function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

async function main(argv) {
  const file = argv[0];
  if (!file) {
    console.error('usage: node scripts/verify-signatures.mjs FILE');
    console.log('0 passed, 0 failed');
    return 1;
  }
  let outcome;
  try {
    outcome = await verifyVectorsFile(resolve(file));
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  if (outcome.provider) console.log(`provider: ${outcome.provider}, ${outcome.results.length} vectors`);
  for (const line of formatReport(outcome)) console.log(line);
  return outcome.failed > 0 || outcome.provider === undefined ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      console.log('0 passed, 1 failed');
      process.exitCode = 1;
    },
  );
}
