/**
 * Fidelity check: the OFFICIAL @alicloud/workorder20210610 client (dev dependency) talks to the emulator
 * with both of its signing modes (V3 default, RPC v1 via signatureAlgorithm "v2") — proof the emulator
 * accepts what the real SDK sends — and the emulator rejects what the real service rejects.
 */
import { strict as assert } from 'node:assert';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Client, * as $Workorder from '@alicloud/workorder20210610';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { rawRequest } from './helpers';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A loopback proxy in front of the emulator that keeps the exact bytes the SDK sent. */
async function recordingProxy(target: string): Promise<{ url: string; last: () => Recorded; close: () => Promise<void> }> {
  const recorded: Recorded[] = [];
  const upstream = new URL(target);
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      recorded.push({ method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body });
      const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent: false }, (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    last: () => recorded[recorded.length - 1],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function sdkClient(endpointUrl: string, options: { algorithm?: 'v2'; secret?: string; accessKeyId?: string; securityToken?: string } = {}): Client {
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: options.accessKeyId ?? 'testid',
      accessKeySecret: options.secret ?? 'testsecret',
      securityToken: options.securityToken,
      endpoint: endpointUrl.replace(/^http:\/\//, ''),
      protocol: 'HTTP',
      signatureAlgorithm: options.algorithm,
    }),
  );
}

/** The SDK's error code (`e.code`) of a failing call. */
async function sdkErrorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    const { code, statusCode } = error as { code?: string; statusCode?: number };
    return `${statusCode} ${code}`;
  }
  return 'no error';
}

function replay(emulatorUrl: string, request: Recorded, body: Buffer = request.body) {
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([name]) => !['content-length', 'connection', 'transfer-encoding'].includes(name))
      .map(([k, v]) => [k, String(v)]),
  );
  return rawRequest(emulatorUrl, { method: request.method, path: request.url, headers, body });
}

describe('fidelity: official @alicloud/workorder20210610 SDK against the emulator', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  for (const algorithm of [undefined, 'v2'] as const) {
    const mode = algorithm === 'v2' ? 'RPC v1 (signatureAlgorithm v2)' : 'V3 ACS3-HMAC-SHA256 (default)';
    describe(mode, () => {
      const client = () => sdkClient(emulator.url, { algorithm });

      it('ListTickets with a repeat-list StatusList', async () => {
        const response = await client().listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 50, statusList: ['dealing', 'wait_feedback'] }));
        const statuses = new Set(response.body?.data?.map((t) => t.status?.value));
        assert.deepEqual([response.body?.success, statuses], [true, new Set(['2', '3'])]);
      });

      it('ListTickets with a comma-joined TicketIdList', async () => {
        const firstPage = await client().listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 3 }));
        const ids = firstPage.body?.data?.map((t) => String(t.ticketId)) ?? [];
        const filtered = await client().listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 50, ticketIdList: ids.slice(1) }));
        assert.deepEqual(
          filtered.body?.data?.map((t) => t.ticketId),
          ids.slice(1),
        );
      });

      it('CreateTicket with JSON SecretInfo in the query, then GetTicket', async () => {
        const created = await client().createTicket(
          new $Workorder.CreateTicketRequest({
            categoryId: '7161',
            severity: 2,
            title: "SDK * ~ ! ' ( )",
            description: 'SDK 创建 😀 a+b=c & 100%',
            email: 'dev@example.com',
            secretInfo: new $Workorder.CreateTicketRequestSecretInfo({ content: 'ID:330102xxxxxx' }),
          }),
        );
        const ticket = await client().getTicket(new $Workorder.GetTicketRequest({ ticketId: created.body?.data }));
        assert.deepEqual([ticket.body?.data?.description, ticket.body?.data?.severity?.value], ['SDK 创建 😀 a+b=c & 100%', '2']);
      });

      it('ReplyTicket (encrypted) and ListTicketNotes', async () => {
        const created = await client().createTicket(new $Workorder.CreateTicketRequest({ categoryId: '7161', severity: 1, description: 'first' }));
        const ticketId = created.body?.data;
        const reply = await client().replyTicket(new $Workorder.ReplyTicketRequest({ ticketId, content: 'second', encrypt: true }));
        const notes = await client().listTicketNotes(new $Workorder.ListTicketNotesRequest({ ticketId }));
        assert.deepEqual(notes.body?.data?.map((n) => [String(n.dialogId), n.dialog?.content]).slice(1), [[reply.body?.data, 'second']]);
      });

      it('GetAttachmentUploadUrl, PUT, and a reply referencing the ObjectKey in FileNameList', async () => {
        const urls = await client().getAttachmentUploadUrl(new $Workorder.GetAttachmentUploadUrlRequest({ fileName: 'trace.log' }));
        const put = new URL(String(urls.body?.data?.putSignedUrl));
        await rawRequest(emulator.url, { method: 'PUT', path: put.pathname + put.search, headers: { 'content-type': 'application/octet-stream' }, body: 'trace' });
        const created = await client().createTicket(new $Workorder.CreateTicketRequest({ categoryId: '7161', severity: 1, description: 'with file' }));
        const objectKey = String(urls.body?.data?.objectKey);
        await client().replyTicket(new $Workorder.ReplyTicketRequest({ ticketId: created.body?.data, content: 'log', encrypt: false, fileNameList: [objectKey] }));
        const notes = await client().listTicketNotes(new $Workorder.ListTicketNotesRequest({ ticketId: created.body?.data }));
        assert.deepEqual(
          notes.body?.data?.at(-1)?.attachments?.map((a) => a.name),
          ['trace.log'],
        );
      });

      it('CloseTicket, EvaluateTicket, ReopenTicket', async () => {
        const ticketId = (await client().createTicket(new $Workorder.CreateTicketRequest({ categoryId: '7161', severity: 1, description: 'x' }))).body?.data;
        const closed = await client().closeTicket(new $Workorder.CloseTicketRequest({ ticketId }));
        const rated = await client().evaluateTicket(new $Workorder.EvaluateTicketRequest({ ticketId, score: '5', solved: true, content: 'thanks' }));
        const reopened = await client().reopenTicket(new $Workorder.ReopenTicketRequest({ ticketId, content: 'again' }));
        assert.deepEqual([closed.body?.success, rated.body?.success, reopened.body?.data], [true, true, ticketId]);
      });

      it('ListProducts and ListCategories', async () => {
        const products = await client().listProducts(new $Workorder.ListProductsRequest({ language: 'en' }));
        const productId = products.body?.data?.[0]?.productList?.[0]?.productId;
        const categories = await client().listCategories(new $Workorder.ListCategoriesRequest({ productId, language: 'en' }));
        assert.ok((categories.body?.data?.length ?? 0) > 0);
      });

      it('STS credentials (token signed as SecurityToken / x-acs-security-token)', async () => {
        const sts = sdkClient(emulator.url, {
          algorithm,
          accessKeyId: 'STS.NTestSessionKey0001',
          secret: 'teststssecret',
          securityToken: emulator.credentials.aliyun.find((c) => c.accessKeyId.startsWith('STS.'))?.securityToken,
        });
        const response = await sts.listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 1 }));
        assert.equal(response.body?.success, true);
      });

      it('rejects a wrong secret with SignatureDoesNotMatch', async () => {
        const wrong = sdkClient(emulator.url, { algorithm, secret: 'not-the-secret' });
        assert.equal(await sdkErrorCode(wrong.listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 1 }))), '400 SignatureDoesNotMatch');
      });

      it('rejects an unknown key with 404 InvalidAccessKeyId.NotFound', async () => {
        const unknown = sdkClient(emulator.url, { algorithm, accessKeyId: 'LTAInobody' });
        assert.equal(await sdkErrorCode(unknown.listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 1 }))), '404 InvalidAccessKeyId.NotFound');
      });

      it('rejects an expired timestamp (emulator clock 16 min ahead)', async () => {
        emulator.control.clock.advance(16 * 60_000);
        assert.equal(await sdkErrorCode(client().listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 1 }))), '400 InvalidTimeStamp.Expired');
      });

      it('rejects a replayed request (reused nonce)', async () => {
        const proxy = await recordingProxy(emulator.url);
        try {
          await sdkClient(proxy.url, { algorithm }).listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 1 }));
          const result = await replay(emulator.url, proxy.last());
          assert.equal(`${result.status} ${String(JSON.parse(result.text).Code)}`, '400 SignatureNonceUsed');
        } finally {
          await proxy.close();
        }
      });

      it('rejects a tampered body', async () => {
        const proxy = await recordingProxy(emulator.url);
        try {
          emulator.control.injectFault({ action: 'GetTicket', fault: { kind: 'http', status: 500, body: '{}' } });
          await sdkClient(proxy.url, { algorithm })
            .getTicket(new $Workorder.GetTicketRequest({ ticketId: 'AAAAAAAAA' }))
            .catch(() => undefined);
          const recorded = proxy.last();
          const tampered = Buffer.from(recorded.body.toString('utf8').replace('AAAAAAAAA', 'BBBBBBBBB'), 'utf8');
          assert.notDeepEqual(tampered, recorded.body);
          const result = await replay(emulator.url, recorded, tampered);
          assert.equal(`${result.status} ${String(JSON.parse(result.text).Code)}`, '400 SignatureDoesNotMatch');
        } finally {
          await proxy.close();
        }
      });
    });
  }

  it("surfaces Throttling.User as the SDK's ThrottlingError", async () => {
    emulator.control.injectFault({ action: 'ListTickets', fault: { kind: 'error', status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' } });
    try {
      await sdkClient(emulator.url).listTickets(new $Workorder.ListTicketsRequest({ pageNumber: 1, pageSize: 1 }));
      assert.fail('expected an error');
    } catch (error) {
      assert.equal((error as Error).name, 'ThrottlingError');
    }
  });
});
