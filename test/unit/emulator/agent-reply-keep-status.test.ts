/** The support agent can answer without touching the status, on every provider, in process and over the control API. */
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { FLAVOURS } from '../../conformance/flavours';

/** A status from which each provider's agent would otherwise move the ticket (Alibaba: assigned → dealing). */
const NEW_STATUS: Readonly<Record<string, string>> = { aliyun: '1', huaweicloud: '0' };

describe('emulator: agent reply that keeps the status', () => {
  let server: RunningEmulator;
  before(async () => {
    server = await startEmulator({ port: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.control.reset());

  for (const flavour of FLAVOURS.filter((f, i, all) => all.findIndex((other) => other.emulatorProvider === f.emulatorProvider) === i)) {
    const provider = flavour.emulatorProvider;

    it(`${provider}: keepStatus leaves a new ticket's status alone (in process)`, () => {
      const view = flavour.server(server.control);
      const id = view.tickets()[0].id;
      server.control.setStatus(provider, id, NEW_STATUS[provider]);
      const before = view.ticket(id).messages.length;
      server.control.agentReply(provider, id, 'Still looking.', { keepStatus: true });
      assert.deepEqual({ status: view.ticket(id).status, messages: view.ticket(id).messages.length }, { status: NEW_STATUS[provider], messages: before + 1 });
    });

    it(`${provider}: keepStatus over the HTTP control API`, async () => {
      const view = flavour.server(server.control);
      const id = view.tickets()[0].id;
      server.control.setStatus(provider, id, NEW_STATUS[provider]);
      const answer = await fetch(`${server.url}/__control/providers/${provider}/agent-reply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ticketId: id, content: 'Still looking (HTTP).', keepStatus: true }),
      });
      const body = (await answer.json()) as { id?: string };
      assert.deepEqual(
        { ok: answer.ok, id: typeof body.id, status: view.ticket(id).status, last: view.ticket(id).messages.at(-1)?.text },
        { ok: true, id: 'string', status: NEW_STATUS[provider], last: 'Still looking (HTTP).' },
      );
    });
  }

  it('aliyun: without keepStatus the agent still picks up a new ticket (assigned → dealing)', () => {
    const view = FLAVOURS[0].server(server.control);
    const id = view.tickets()[0].id;
    server.control.setStatus('aliyun', id, '1');
    server.control.agentReply('aliyun', id, 'Picked up.');
    assert.equal(view.ticket(id).status, '2');
  });
});
