/**
 * A case's whole life driven from the emulator's control API (agent accepts, asks for feedback,
 * proposes a solution) while the provider files, polls, replies, closes and rates; plus the cheap
 * change signal used for polling.
 */
import assert from 'node:assert/strict';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { useEmulatorSuite, type Harness } from './harness';

const command = (h: Harness, name: string, args: Record<string, unknown>) => h.emulator.control.provider('huaweicloud').control.command?.(name, args);

describe('huaweicloud case lifecycle through the control API', () => {
  const osm = useEmulatorSuite();

  it('walks pending → in progress → awaiting feedback → in progress → pending confirmation → completed → rated', async () => {
    const { ticketId } = await osm.provider.createTicket({
      [FIELD.product]: productValue('2', '69af625c1be54800b58ac4bae4870c90'),
      [FIELD.businessType]: '9b1a349c3a2849a391d58c10f9dc55a1',
      [FIELD.description]: 'Renewal of three servers',
      [FIELD.agreement]: true,
    });
    const groups: string[] = [];
    const group = async () => {
      const { status } = await osm.provider.getTicket(ticketId);
      groups.push(`${status.code}:${status.group}`);
    };
    await group();
    command(osm.harness, 'accept', { caseId: ticketId });
    await group();
    command(osm.harness, 'ask-feedback', { caseId: ticketId, content: 'Which servers?' });
    await group();
    await osm.provider.reply(ticketId, { body: 'ecs-01, ecs-02, ecs-03' });
    await group();
    command(osm.harness, 'propose-solution', { caseId: ticketId, content: 'Use batch renewal in the console.' });
    await group();
    await osm.provider.close(ticketId);
    await group();
    await osm.provider.rate(ticketId, { score: 5, comment: 'thanks' });
    assert.deepEqual(groups, ['0:in-progress', '1:in-progress', '17:needs-action', '1:in-progress', '2:needs-action', '3:closed']);
  });

  it('shows agent messages of every display type in the conversation', async () => {
    const id = 'TS20260320PENDING0000002';
    command(osm.harness, 'reply', { caseId: id, content: 'Bot answer', displayType: 'QA_BOT' });
    command(osm.harness, 'request-extends-params', { caseId: id, content: 'Need the instance id', paramKeys: ['ecs_instance_id'] });
    command(osm.harness, 'request-authorization', { caseId: id, content: 'Please authorise console access' });
    const page = await osm.provider.listMessages(id, {});
    assert.deepEqual(
      page.items.slice(1).map((m) => m.displayType),
      ['qa-bot', 'extends-param-request', 'authorization-request'],
    );
  });

  it('answers through the HTTP control API too', async () => {
    const response = await fetch(`${osm.harness.emulator.url}/__control/providers/huaweicloud/agent-reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId: 'TS20260320PENDING0000002', content: '已受理', status: 'accepted' }),
    });
    assert.deepEqual([response.status, (await osm.provider.getTicket('TS20260320PENDING0000002')).status.code], [200, '1']);
  });

  it('lets the simulated agent accept a new ticket when an agent delay is set', async () => {
    osm.harness.emulator.control.setAgentDelay(1);
    const { ticketId } = await osm.provider.createTicket({
      [FIELD.product]: productValue('2', '69af625c1be54800b58ac4bae4870c90'),
      [FIELD.businessType]: '9b1a349c3a2849a391d58c10f9dc55a1',
      [FIELD.description]: 'auto',
      [FIELD.agreement]: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal((await osm.provider.getTicket(ticketId)).status.code, '1');
  });

  describe('change signal', () => {
    it('counts the tickets that need the user', async () => {
      const signal = await osm.provider.getChangeSignal();
      assert.equal(signal.needsActionCount, 2);
    });

    it('keeps its token while nothing changes', async () => {
      const first = await osm.provider.getChangeSignal();
      const second = await osm.provider.getChangeSignal();
      assert.equal(first.token, second.token);
    });

    it('changes its token when the agent changes a status', async () => {
      const before = await osm.provider.getChangeSignal();
      command(osm.harness, 'propose-solution', { caseId: 'TS202603275SQAIEFGS0404', content: 'fixed' });
      const after = await osm.provider.getChangeSignal();
      assert.notEqual(before.token, after.token);
    });

    it('changes its token when the agent replies to a listed open ticket without a status change', async () => {
      await osm.provider.listTickets({ statusGroups: ['in-progress'] }, {});
      const before = await osm.provider.getChangeSignal();
      osm.harness.emulator.control.agentReply('huaweicloud', 'TS20260212LONGTHREAD0009', 'Another update');
      const after = await osm.provider.getChangeSignal();
      assert.notEqual(before.token, after.token);
    });
  });
});
