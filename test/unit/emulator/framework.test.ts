/** The provider-independent emulator machinery: faults, latency, throttling, control API, request log. */
import { strict as assert } from 'node:assert';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { acs3Request, callV3, jsonOf, rawRequest, type SignedCall } from './helpers';

const LIST: SignedCall = { action: 'ListTickets', query: { PageNumber: '1', PageSize: '5' } };
const CREATE: SignedCall = { action: 'CreateTicket', body: { CategoryId: '7161', Description: 'fault test', Severity: '1' } };

/** Id of the first seeded ticket (the sample data's ids are fixed). */
function firstTicketId(emulator: RunningEmulator): string {
  return (emulator.control.state('aliyun') as { tickets: { TicketId: string }[] }).tickets[0].TicketId;
}

function ticketCount(emulator: RunningEmulator): number {
  return (emulator.control.state('aliyun') as { tickets: unknown[] }).tickets.length;
}

async function controlCall(emulator: RunningEmulator, method: string, path: string, body?: unknown) {
  return rawRequest(emulator.url, { method, path: `/__control${path}`, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe('emulator: faults, latency and throttling', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  it("renders an injected error in the provider's native envelope", async () => {
    emulator.control.injectFault({
      action: 'ListTickets',
      fault: { kind: 'error', status: 503, code: 'ServiceUnavailable', message: 'The request has failed due to a temporary failure of the server.' },
    });
    const body = jsonOf(await callV3(emulator.url, LIST));
    assert.deepEqual(Object.keys(body), ['RequestId', 'HostId', 'Code', 'Message', 'Recommend']);
  });

  it('applies a fault to exactly the next N matching calls', async () => {
    emulator.control.injectFault({ action: 'ListTickets', times: 2, fault: { kind: 'http', status: 502, body: 'bad gateway' } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await callV3(emulator.url, LIST)).status);
    assert.deepEqual(statuses, [502, 502, 200]);
  });

  it('leaves other actions alone', async () => {
    emulator.control.injectFault({ action: 'GetTicket', fault: { kind: 'http', status: 500 } });
    assert.equal((await callV3(emulator.url, LIST)).status, 200);
  });

  it('answers malformed JSON with HTTP 200', async () => {
    emulator.control.injectFault({ action: 'ListTickets', fault: { kind: 'malformed-json' } });
    const result = await callV3(emulator.url, LIST);
    assert.throws(() => JSON.parse(result.text), SyntaxError);
  });

  it('closes the connection without performing a write', async () => {
    emulator.control.injectFault({ action: 'CreateTicket', fault: { kind: 'close' } });
    const before = ticketCount(emulator);
    await assert.rejects(callV3(emulator.url, CREATE), /socket hang up|ECONNRESET/);
    assert.equal(ticketCount(emulator), before);
  });

  it('commit-then-drop performs the write and drops the connection', async () => {
    emulator.control.injectFault({ action: 'CreateTicket', fault: { kind: 'commit-then-drop' } });
    const before = ticketCount(emulator);
    await assert.rejects(callV3(emulator.url, CREATE), /socket hang up|ECONNRESET/);
    assert.equal(ticketCount(emulator), before + 1);
  });

  it('delays past a client timeout, then still performs the call', async () => {
    emulator.control.injectFault({ action: 'CreateTicket', fault: { kind: 'delay', ms: 300 } });
    const before = ticketCount(emulator);
    await assert.rejects(rawRequest(emulator.url, acs3Request(CREATE), 100), /client timeout/);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(ticketCount(emulator), before + 1);
  });

  it('adds latency to matching calls', async () => {
    emulator.control.addLatency({ ms: 150, action: 'ListTickets' });
    const started = Date.now();
    await callV3(emulator.url, LIST);
    assert.ok(Date.now() - started >= 145, `took ${Date.now() - started} ms`);
  });

  it('throttles with Throttling.User once the limit per window is exceeded', async () => {
    emulator.control.clock.freeze();
    emulator.control.addThrottle({ action: 'ListTickets', limit: 2, windowMs: 1000 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await callV3(emulator.url, LIST));
    assert.deepEqual(
      results.map((r) => `${r.status}:${String(jsonOf(r).Code)}`),
      ['200:0', '200:0', '400:Throttling.User'],
    );
  });

  it('lets calls through again in the next throttling window', async () => {
    emulator.control.clock.freeze();
    emulator.control.addThrottle({ limit: 1, windowMs: 1000 });
    await callV3(emulator.url, LIST);
    emulator.control.clock.advance(1000);
    assert.equal((await callV3(emulator.url, LIST)).status, 200);
  });

  it('rejects a fault with an unknown kind', () => {
    assert.throws(() => emulator.control.injectFault({ fault: JSON.parse('{"kind":"explode"}') }), /unknown fault kind/);
  });

  it('logs every call with its action, status and fault', async () => {
    emulator.control.injectFault({ action: 'ListTickets', fault: { kind: 'http', status: 500 } });
    await callV3(emulator.url, LIST);
    await callV3(emulator.url, LIST);
    assert.deepEqual(
      emulator.control.requests().map((e) => [e.action, e.status, e.fault]),
      [
        ['ListTickets', 500, 'http'],
        ['ListTickets', 200, undefined],
      ],
    );
  });

  it('answers requests no provider serves with 404', async () => {
    assert.equal((await rawRequest(emulator.url, { method: 'GET', path: '/nowhere' })).status, 404);
  });
});

describe('emulator: HTTP control API', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  it('injects faults', async () => {
    await controlCall(emulator, 'POST', '/faults', { provider: 'aliyun', action: 'ListTickets', fault: { kind: 'http', status: 418 } });
    assert.equal((await callV3(emulator.url, LIST)).status, 418);
  });

  it('refuses a fault without a kind with 400', async () => {
    assert.equal((await controlCall(emulator, 'POST', '/faults', { action: 'x' })).status, 400);
  });

  it('drives an agent reply and a status change', async () => {
    const ticketId = firstTicketId(emulator);
    await controlCall(emulator, 'POST', '/providers/aliyun/agent-reply', { ticketId, content: 'agent says hi', status: 'wait_feedback' });
    const state = jsonOf(await controlCall(emulator, 'GET', '/providers/aliyun/state')) as { tickets: { TicketId: string; Status: number; Notes: { Content: string }[] }[] };
    const ticket = state.tickets.find((t) => t.TicketId === ticketId);
    assert.deepEqual([ticket?.Status, ticket?.Notes.at(-1)?.Content], [3, 'agent says hi']);
  });

  it('sets a status by name', async () => {
    const ticketId = firstTicketId(emulator);
    await controlCall(emulator, 'POST', '/providers/aliyun/status', { ticketId, status: 'confirmed' });
    const state = emulator.control.state('aliyun') as { tickets: { TicketId: string; Status: number }[] };
    assert.equal(state.tickets.find((t) => t.TicketId === ticketId)?.Status, 6);
  });

  it('answers 404 for an unknown provider', async () => {
    assert.equal((await controlCall(emulator, 'GET', '/providers/nope/state')).status, 404);
  });

  it('moves the clock', async () => {
    const before = emulator.control.clock.now();
    const result = jsonOf(await controlCall(emulator, 'POST', '/clock', { advance: 3_600_000, freeze: true }));
    assert.ok(Number(result.now) - before >= 3_600_000);
  });

  it('resets state, faults and clock', async () => {
    await callV3(emulator.url, CREATE);
    emulator.control.injectFault({ fault: { kind: 'close' } });
    emulator.control.clock.advance(86_400_000);
    const created = ticketCount(emulator);
    await controlCall(emulator, 'POST', '/reset');
    assert.deepEqual([ticketCount(emulator), emulator.control.pendingFaults().length, Math.abs(emulator.control.clock.now() - Date.now()) < 5_000], [created - 1, 0, true]);
  });

  it('serves stored attachment bytes', async () => {
    const state = emulator.control.state('aliyun') as { attachments: { ObjectKey: string; FileName: string }[] };
    const log = state.attachments.find((a) => a.FileName === 'backup-error.log');
    const result = await controlCall(emulator, 'GET', `/providers/aliyun/attachments/${log?.ObjectKey ?? ''}`);
    assert.match(result.text, /E1001/);
  });

  it('counts the requests, of one action when asked (exact beyond the listed ones)', async () => {
    await controlCall(emulator, 'DELETE', '/requests');
    await callV3(emulator.url, LIST);
    await callV3(emulator.url, LIST);
    const count = async (query: string) => (jsonOf(await controlCall(emulator, 'GET', `/requests/count${query}`)) as { count: number }).count;
    assert.deepEqual([await count(''), await count('?action=ListTickets'), await count('?action=GetTicket')], [2, 2, 0]);
  });

  it('lists the request log', async () => {
    await callV3(emulator.url, LIST);
    const log = JSON.parse((await controlCall(emulator, 'GET', '/requests')).text) as { action: string }[];
    assert.deepEqual(
      log.map((e) => e.action),
      ['ListTickets'],
    );
  });
});

describe('emulator: several providers on one server', () => {
  it('hosts every registered provider by default and still routes Alibaba calls', async () => {
    const emulator = await startEmulator();
    try {
      const result = await callV3(emulator.url, LIST);
      assert.deepEqual([Object.keys(emulator.credentials).sort(), result.status], [['aliyun', 'huaweicloud'], 200]);
    } finally {
      await emulator.close();
    }
  });

  it('refuses an unknown provider name', async () => {
    await assert.rejects(startEmulator({ providers: ['nocloud'] }), /unknown emulator provider: nocloud/);
  });
});
