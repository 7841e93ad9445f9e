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
import { computeAliyunVector } from './signature-vectors/aliyun.mjs';
import { computeHuaweiVector } from './signature-vectors/huaweicloud.mjs';
import { isPlainObject } from './signature-vectors/shared.mjs';

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

function summarise(provider, results) {
  const failed = results.filter((result) => result.failures.length > 0).length;
  return { provider, results, passed: results.length - failed, failed };
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
