import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { KEY } from './emulator-fixtures';

interface Captured {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A bare loopback server that records requests and answers a success envelope. */
async function captureServer(answer: unknown): Promise<{ server: Server; url: string; requests: Captured[] }> {
  const requests: Captured[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.setHeader('content-type', 'application/json;charset=utf-8');
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe('aliyun client wire format (captured on a loopback server)', () => {
  let capture: Awaited<ReturnType<typeof captureServer>>;

  before(async () => {
    capture = await captureServer({ RequestId: 'R', Success: true, Code: 0, Message: 'success', Data: [] });
  });
  beforeEach(() => {
    capture.requests.length = 0;
  });
  after(() => new Promise<void>((resolve) => capture.server.close(() => resolve())));

  function provider(version: '2021-06-10' | '2020-03-26') {
    return createAliyunProvider({ account: { id: 'a', providerId: 'aliyun', label: 'a', apiVersion: version, endpoint: capture.url }, credentials: async () => KEY });
  }

  it('sends a bodyless action without a content-type, so nothing unsigned rides along (V3)', async () => {
    await provider('2021-06-10').listMessages('T1', {});
    assert.equal(capture.requests[0].headers['content-type'], undefined);
  });

  it('signs the content-type of a request with a body (V3)', async () => {
    await provider('2021-06-10').listTickets({ statusGroups: ['needs-action'] }, {});
    const authorization = String(capture.requests[0].headers.authorization);
    assert.match(authorization, /SignedHeaders=content-type;host;/);
  });

  it('puts PageNumber/PageSize in the query and StatusList as a repeat-list in the body', async () => {
    await provider('2021-06-10').listTickets({ statusGroups: ['needs-action'] }, { pageSize: 10 });
    const { url, body } = capture.requests[0];
    assert.deepEqual([url, body], ['/?PageNumber=1&PageSize=10', 'StatusList.1=wait_feedback&StatusList.2=wait_confirm']);
  });

  it('sends every 2020 parameter in the query and no body', async () => {
    await provider('2020-03-26').listMessages('T1', {});
    const { url, body } = capture.requests[0];
    assert.deepEqual([new URLSearchParams(url.slice(2)).get('TicketId'), body], ['T1', '']);
  });

  it('always uses POST on path /', async () => {
    await provider('2021-06-10')
      .getTicket('T1')
      .catch(() => undefined);
    assert.deepEqual([capture.requests[0].method, capture.requests[0].url.split('?')[0]], ['POST', '/']);
  });
});
