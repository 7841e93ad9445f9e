// Runs the public signature vectors through the very code of `npm run verify-signatures`
// (scripts/verify-signatures.mjs), which drives the project's own signers.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Failure {
  readonly field: string;
}
interface VerifyOutcome {
  readonly provider: string | undefined;
  readonly results: readonly { readonly id: string; readonly failures: readonly Failure[] }[];
  readonly passed: number;
  readonly failed: number;
}
interface VerifyScript {
  verifyVectors(document: unknown): Promise<VerifyOutcome>;
  verifyVectorsFile(path: string): Promise<VerifyOutcome>;
  formatReport(outcome: VerifyOutcome): string[];
}

const repoRoot = resolve(__dirname, '../../..');
// Copies of the public vectors from ../shared/specs, so the tests run on any clone.
const vectorsDir = resolve(repoRoot, 'test/fixtures/signature-vectors');
const aliyunFile = resolve(vectorsDir, 'aliyun-signature-vectors.json');
const huaweiFile = resolve(vectorsDir, 'huaweicloud-signature-vectors.json');
const sharedSpecsDir = resolve(repoRoot, '../shared/specs');
// SHA-256 of the published files the copies were taken from. A fresh clone (CI) has no ../shared, so the
// copies are checked against these; where ../shared/specs exists they are checked against it too.
// When the published vectors change, copy them and update these digests together.
const PUBLISHED_DIGESTS: Readonly<Record<string, string>> = {
  'aliyun-signature-vectors.json': '3a6f132aa7c17198d0bee201aad9f719053d77774959f746fea8eb2af26c3e01',
  'huaweicloud-signature-vectors.json': 'c9295ac64cd44c1299babfdf57bdaddea58349275b4c9c1ea8a5ac1192abadaf',
};

async function loadScript(): Promise<VerifyScript> {
  return (await import(pathToFileURL(resolve(repoRoot, 'scripts/verify-signatures.mjs')).href)) as VerifyScript;
}

function readVectors(path: string): { title: string; vectors: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(path, 'utf8')) as { title: string; vectors: Record<string, unknown>[] };
}

function failureLines(outcome: VerifyOutcome): string[] {
  return outcome.results.flatMap((result) => result.failures.map((failure) => `${result.id} ${failure.field}`));
}

describe('public signature vectors (scripts/verify-signatures.mjs)', function () {
  it('uses the published vectors (their recorded digests, and the shared specs where that folder exists)', () => {
    const digestOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    const copies = Object.fromEntries([aliyunFile, huaweiFile].map((file) => [basename(file), digestOf(file)]));
    assert.deepEqual(copies, PUBLISHED_DIGESTS);
    if (!existsSync(sharedSpecsDir)) return;
    const published = Object.fromEntries(Object.keys(PUBLISHED_DIGESTS).map((name) => [name, digestOf(resolve(sharedSpecsDir, name))]));
    assert.deepEqual(published, PUBLISHED_DIGESTS);
  });

  it('passes all 16 Alibaba Cloud vectors', async () => {
    const outcome = await (await loadScript()).verifyVectorsFile(aliyunFile);
    assert.deepEqual([outcome.provider, outcome.passed, outcome.failed, failureLines(outcome)], ['aliyun', 16, 0, []]);
  });

  it('passes all 14 Huawei Cloud vectors', async () => {
    const outcome = await (await loadScript()).verifyVectorsFile(huaweiFile);
    assert.deepEqual([outcome.provider, outcome.passed, outcome.failed, failureLines(outcome)], ['huaweicloud', 14, 0, []]);
  });

  it('ends the report with the counts line', async () => {
    const script = await loadScript();
    const lines = script.formatReport(await script.verifyVectorsFile(huaweiFile));
    assert.equal(lines[lines.length - 1], '14 passed, 0 failed');
  });

  it('names the vector and the field when an Alibaba expected value differs', async () => {
    const document = readVectors(aliyunFile);
    const vector = document.vectors.find((v) => v.id === 'pipeline-v3-2021-reply-ticket-sts') as {
      input: { request: { content: string } };
    };
    vector.input.request.content += '!';
    const outcome = await (await loadScript()).verifyVectors(document);
    assert.ok(failureLines(outcome).includes('pipeline-v3-2021-reply-ticket-sts wire.body'), failureLines(outcome).join('\n'));
  });

  it('names the vector and the field when a Huawei expected value differs', async () => {
    const document = readVectors(huaweiFile);
    const vector = document.vectors.find((v) => v.id === 'get-case-detail') as { input: { query: Record<string, string> } };
    vector.input.query.group_id = 'g-002';
    const outcome = await (await loadScript()).verifyVectors(document);
    assert.ok(failureLines(outcome).includes('get-case-detail canonical_query_string'), failureLines(outcome).join('\n'));
  });

  it('fails every vector of a file whose title names no known provider', async () => {
    const document = { ...readVectors(huaweiFile), title: 'Some other cloud' };
    const outcome = await (await loadScript()).verifyVectors(document);
    assert.deepEqual([outcome.provider, outcome.passed, outcome.failed], [undefined, 0, 14]);
  });
});
