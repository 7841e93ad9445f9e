// Our signers against the official SDK signers (dev dependencies, never bundled) on seeded random
// requests full of reserved characters, Chinese text, emoji, arrays and odd header case: a wider net
// than the fixed public vectors.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { OpenApiUtil } from '@alicloud/openapi-core';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { computeAcs3Signature, computeRpcV1Signature } from '../../../src/providers/aliyun/signer';
import { signHuaweiRequest } from '../../../src/providers/huaweicloud/signer';
import { SeededRandom } from '../faults/prng';

const CASES = 200;

// Seeded (mulberry32), so a failure is reproducible from the case number.
function random(seed: number): () => number {
  const generator = new SeededRandom(seed);
  return () => generator.next();
}

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const TEXT_PIECES = [...ASCII.split(''), '备', '份', '失败', '😀', 'é', '\n', '\t', '~', '*', '%', '+'];
const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.';
const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~';

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function text(next: () => number, pieces: readonly string[], max: number, min = 0): string {
  const length = min + Math.floor(next() * (max - min + 1));
  return Array.from({ length }, () => pick(next, pieces)).join('');
}

function keyText(next: () => number, chars: string): string {
  return text(next, chars.split(''), 8, 1);
}

describe('signers agree with the official SDK signers', () => {
  it(`RPC v1 matches @alicloud/openapi-core getRPCSignature on ${CASES} random parameter sets`, () => {
    const mismatches: number[] = [];
    for (let n = 0; n < CASES; n++) {
      const next = random(n);
      const params: Record<string, string | string[]> = {};
      for (let i = 0; i < 1 + Math.floor(next() * 6); i++) {
        const key = keyText(next, KEY_CHARS.replace('.', ''));
        params[key] = next() < 0.3 ? Array.from({ length: 1 + Math.floor(next() * 12) }, () => text(next, TEXT_PIECES, 6)) : text(next, TEXT_PIECES, 12);
      }
      const method = pick(next, ['GET', 'POST']);
      const ours = computeRpcV1Signature({ method, params, accessKeySecret: 'sec+ret' }).signature;
      const official = OpenApiUtil.getRPCSignature(params as unknown as Record<string, string>, method, 'sec+ret');
      if (ours !== official) mismatches.push(n);
    }
    assert.deepEqual(mismatches, []);
  });

  it(`ACS3 matches @alicloud/openapi-core getAuthorization on ${CASES} random requests`, () => {
    const mismatches: number[] = [];
    for (let n = 0; n < CASES; n++) {
      const next = random(1000 + n);
      const query: Record<string, string> = {};
      for (let i = 0; i < Math.floor(next() * 4); i++) query[keyText(next, KEY_CHARS)] = text(next, TEXT_PIECES, 10);
      const headers: Record<string, string> = { host: 'workorder.aliyuncs.com', accept: 'application/json' };
      for (let i = 0; i < 1 + Math.floor(next() * 4); i++) {
        const name = `x-acs-${keyText(next, 'abcdefghijklmnopqrstuvwxyz')}`;
        headers[next() < 0.5 ? name : name.toUpperCase()] = text(
          next,
          TEXT_PIECES.filter((p) => p !== '\n' && p !== '\t'),
          10,
        );
      }
      const body = text(next, TEXT_PIECES, 30);
      const payload = createHash('sha256').update(body).digest('hex');
      const request = { pathname: '/', method: 'POST', query, headers };
      const official = OpenApiUtil.getAuthorization(request as unknown as Parameters<typeof OpenApiUtil.getAuthorization>[0], 'ACS3-HMAC-SHA256', payload, 'testid', 'testsecret');
      const ours = computeAcs3Signature({ method: 'POST', pathname: '/', query, headers, body, accessKeyId: 'testid', accessKeySecret: 'testsecret' });
      if (ours.authorization !== official) mismatches.push(n);
    }
    assert.deepEqual(mismatches, []);
  });

  it(`SDK-HMAC-SHA256 matches @huaweicloud/huaweicloud-sdk-core AKSKSigner on ${CASES} random requests`, () => {
    const mismatches: number[] = [];
    for (let n = 0; n < CASES; n++) {
      const next = random(2000 + n);
      // Dot segments are left out: WHATWG URL (ours, and what goes on the wire) removes them, the SDK's url.parse keeps them.
      const segment = () => keyText(next, UNRESERVED).replace(/^\.{1,2}$/, 'dot');
      const path = Array.from({ length: 1 + Math.floor(next() * 4) }, segment).join('/');
      const endpoint = `${pick(next, ['https://osm.cn-south-1.myhuaweicloud.com', 'http://127.0.0.1:8443'])}/${path}`;
      const queryParams: Record<string, string | string[]> = {};
      for (let i = 0; i < Math.floor(next() * 4); i++) {
        queryParams[text(next, TEXT_PIECES, 6, 1)] = next() < 0.3 ? Array.from({ length: 1 + Math.floor(next() * 4) }, () => text(next, TEXT_PIECES, 6)) : text(next, TEXT_PIECES, 10);
      }
      const headers: Record<string, string> = { 'X-Sdk-Date': '20260402T080000Z', 'X-Domain-Id': 'd1' };
      for (let i = 0; i < Math.floor(next() * 3); i++) headers[`X-${keyText(next, 'abcdefghijklmnopqrstuvwxyz-')}`] = text(next, TEXT_PIECES, 10);
      const data = next() < 0.5 ? undefined : { text: text(next, TEXT_PIECES, 20) };
      const method = pick(next, ['GET', 'POST', 'PUT', 'DELETE']);
      const credential = { getAk: () => 'testak', getSk: () => 'testsk' };
      const official = AKSKSigner.sign(
        { endpoint, method, headers: { ...headers }, queryParams, data } as unknown as Parameters<typeof AKSKSigner.sign>[0],
        credential as unknown as Parameters<typeof AKSKSigner.sign>[1],
      ) as Record<string, string>;
      const ours = signHuaweiRequest({
        method,
        url: endpoint,
        query: queryParams,
        headers,
        body: data === undefined ? undefined : JSON.stringify(data),
        credentials: { accessKeyId: 'testak', accessKeySecret: 'testsk' },
      });
      if (ours.headers.Authorization !== official.Authorization) mismatches.push(n);
    }
    assert.deepEqual(mismatches, []);
  });
});
