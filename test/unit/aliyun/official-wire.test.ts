/**
 * Our Workorder requests on the wire against the OFFICIAL client's (`@alicloud/workorder20210610`, a dev
 * dependency), both captured by one loopback server (issue #15 item 6): for actions without body
 * parameters, with body parameters left empty, and with some set, over ACS3 with and without an STS
 * token. Compared: method, path and query, content-type, how the (empty) body is framed, the body, and
 * the signed header names. The SDK's informational `x-acs-credentials-provider` header is left out.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Client, * as $Workorder from '@alicloud/workorder20210610';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { Credentials } from '../../../src/core/account';
import { resolveEndpoint } from '../../../src/providers/aliyun/endpoints';
import { WorkorderTransport } from '../../../src/providers/aliyun/transport';
import type { WorkorderRequestModel } from '../../../src/providers/aliyun/wire/params';

interface WireShape {
  readonly method: string;
  readonly url: string;
  readonly contentType: string | undefined;
  /** `length:N` or `none`: how the body was framed (chunked counts as the length of its bytes: the same body on the wire). */
  readonly framing: string;
  readonly body: string;
  readonly signedHeaders: string;
}

function shapeOf(method: string, url: string, headers: IncomingHttpHeaders, body: string): WireShape {
  const signed = /SignedHeaders=([^,]+)/.exec(String(headers.authorization))?.[1] ?? '';
  const framing = headers['content-length'] !== undefined ? `length:${headers['content-length']}` : headers['transfer-encoding'] === 'chunked' ? 'chunked' : 'none';
  return {
    method,
    url,
    contentType: headers['content-type'],
    framing: framing === 'chunked' ? `length:${Buffer.byteLength(body)}` : framing,
    body,
    signedHeaders: signed
      .split(';')
      .filter((name) => name !== 'x-acs-credentials-provider')
      .join(';'),
  };
}

interface Case {
  readonly title: string;
  readonly action: string;
  readonly sdk: (client: Client) => Promise<unknown>;
  readonly ours: WorkorderRequestModel;
}

const CASES: readonly Case[] = [
  {
    title: 'ListTickets with query parameters only (its body parameters all empty)',
    action: 'ListTickets',
    sdk: (c) => c.listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 10 })),
    ours: { pageNumber: 1, pageSize: 10 },
  },
  {
    title: 'ListTickets with a body parameter',
    action: 'ListTickets',
    sdk: (c) => c.listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 2, pageSize: 5, keyword: 'ECS 备份' })),
    ours: { pageNumber: 2, pageSize: 5, keyword: 'ECS 备份' },
  },
  { title: 'ListProducts (no body parameters at all)', action: 'ListProducts', sdk: (c) => c.listProducts(new $Workorder.ListProductsRequest({ language: 'zh' })), ours: { language: 'zh' } },
  {
    title: 'ListTicketNotes (query only)',
    action: 'ListTicketNotes',
    sdk: (c) => c.listTicketNotes(new $Workorder.ListTicketNotesRequest({ ticketId: '0005PYGCW' })),
    ours: { ticketId: '0005PYGCW' },
  },
  { title: 'GetTicket (body only)', action: 'GetTicket', sdk: (c) => c.getTicket(new $Workorder.GetTicketRequest({ ticketId: '0005PYGCW' })), ours: { ticketId: '0005PYGCW' } },
  { title: 'CloseTicket with nothing set', action: 'CloseTicket', sdk: (c) => c.closeTicket(new $Workorder.CloseTicketRequest({})), ours: {} },
];

describe("aliyun wire equals the official client's (ACS3, loopback capture)", () => {
  let server: Server;
  let url = '';
  const captured: WireShape[] = [];

  before(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        captured.push(shapeOf(request.method ?? '', request.url ?? '', request.headers, Buffer.concat(chunks).toString('utf8')));
        response.setHeader('content-type', 'application/json;charset=utf-8');
        response.end(JSON.stringify({ RequestId: 'R', Success: true, Code: 0, Message: 'success', Data: [] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const credentials of [
    { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    { accessKeyId: 'STS.testid', accessKeySecret: 'testsecret', securityToken: 'CAIS-token+/=' },
  ] as Credentials[]) {
    for (const wire of CASES) {
      it(`${wire.title}${credentials.securityToken ? ', STS' : ''}`, async () => {
        captured.length = 0;
        const official = new Client(new $OpenApiUtil.Config({ ...credentials, endpoint: url.replace(/^http:\/\//, ''), protocol: 'HTTP' }));
        await wire.sdk(official).catch(() => undefined);
        const ours = new WorkorderTransport({ endpoint: resolveEndpoint({ endpoint: url }), credentials: async () => credentials });
        await ours.call({ version: '2021-06-10', action: wire.action, intent: 'read' }, wire.ours).catch(() => undefined);
        assert.equal(captured.length, 2);
        assert.deepEqual(captured[1], captured[0]);
      });
    }
  }
});
