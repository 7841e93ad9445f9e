import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConnectivity, formatConnectivity } from '../../../src/diagnostics/connectivity';
import { endpointUrlOf } from '../../../src/diagnostics/endpoints';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A self-signed certificate for `localhost`, made with the system's openssl. */
function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer } {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], {
    stdio: 'ignore',
  });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

describe('diagnostics connectivity checks (real sockets on loopback)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(async () => emulator.close());

  it('times DNS, TCP and an HTTP round trip to the emulator, and says the steps passed', async () => {
    const steps = await checkConnectivity(emulator.url);
    assert.deepEqual(
      steps.map((step) => [step.name, step.ok]),
      [
        ['dns', true],
        ['tcp', true],
        ['http', true],
      ],
    );
  });

  it('sends no credentials: the emulator sees one unsigned GET /', async () => {
    emulator.control.clearRequests();
    await checkConnectivity(emulator.url);
    assert.deepEqual(
      emulator.control.requests().map((request) => [request.method, request.url]),
      [['GET', '/']],
    );
  });

  it('reports a refused port as a failed TCP step and skips the rest', async () => {
    const server = createHttpServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    const steps = await checkConnectivity(`http://127.0.0.1:${port}`);
    assert.deepEqual(
      steps.map((step) => [step.name, step.ok, /ECONNREFUSED/.test(step.detail)]),
      [
        ['dns', true, false],
        ['tcp', false, true],
      ],
    );
  });

  it('reports a name that does not resolve as a failed DNS step', async () => {
    const steps = await checkConnectivity('https://no-such-host.invalid', { timeoutMs: 10_000 });
    assert.deepEqual(
      steps.map((step) => [step.name, step.ok]),
      [['dns', false]],
    );
  });

  describe('TLS', () => {
    let dir: string;
    let server: Server;
    let port: number;
    before(async function () {
      dir = mkdtempSync(join(tmpdir(), 'ct-tls-'));
      server = createHttpsServer(selfSignedCertificate(dir), (_request, response) => response.writeHead(204).end());
      port = await listen(server);
    });
    after(async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    });

    it('completes the handshake and says the self-signed certificate is not trusted', async () => {
      const steps = await checkConnectivity(`https://localhost:${port}`);
      const tls = steps.find((step) => step.name === 'tls');
      assert.deepEqual(
        {
          ok: tls?.ok,
          protocol: /TLSv1\.[23]/.test(tls?.detail ?? ''),
          untrusted: /NOT trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/.test(tls?.detail ?? ''),
          subject: /subject localhost/.test(tls?.detail ?? ''),
        },
        { ok: true, protocol: true, untrusted: true, subject: true },
      );
    });

    it('fails the HTTP step on the untrusted certificate, as a real request would', async () => {
      const steps = await checkConnectivity(`https://localhost:${port}`);
      assert.deepEqual(
        steps.map((step) => [step.name, step.ok]),
        [
          ['dns', true],
          ['tcp', true],
          ['tls', true],
          ['http', false],
        ],
      );
    });
  });

  it('formats one line per step with status and time', () => {
    const text = formatConnectivity('https://example.test', [
      { name: 'dns', ok: true, ms: 1.5, detail: 'example.test → 192.0.2.1' },
      { name: 'tcp', ok: false, ms: 3000, detail: 'timed out after 3000 ms' },
    ]);
    assert.equal(text, 'Endpoint: https://example.test\nDNS  ok        1.5 ms  example.test → 192.0.2.1\nTCP  FAIL   3000.0 ms  timed out after 3000 ms\n');
  });

  it('finds the endpoint of an account: override, Alibaba regional default, Huawei site default', async () => {
    const endpoints = await Promise.all([
      endpointUrlOf({ id: 'a', providerId: 'aliyun', label: 'a', endpoint: '127.0.0.1:8080' }),
      endpointUrlOf({ id: 'b', providerId: 'aliyun', label: 'b', region: 'ap-southeast-1' }),
      endpointUrlOf({ id: 'c', providerId: 'huaweicloud', label: 'c', site: 'international' }),
      endpointUrlOf({ id: 'd', providerId: 'othercloud', label: 'd' }),
    ]);
    assert.deepEqual(endpoints, ['https://127.0.0.1:8080', 'https://workorder.ap-southeast-1.aliyuncs.com', 'https://osm.ap-southeast-3.myhuaweicloud.com', undefined]);
  });
});
