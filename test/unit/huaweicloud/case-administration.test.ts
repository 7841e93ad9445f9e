/**
 * The Huawei provider's case administration through the contract, against the emulator over sockets:
 * delete, labels and the label filter, the contact of a case, and the checks before filing.
 */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import type { FormValues } from '../../../src/core/form-schema';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { codeOf, demoProvider, useEmulatorSuite } from './harness';

const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
const COMPLETED = 'TS202603240ABCDEFGH0001';
const CANCELLED = 'TS20260310CANCELLED00005';
const ECS = productValue('2', '69af625c1be54800b58ac4bae4870c90');
const RENEWAL = '9b1a349c3a2849a391d58c10f9dc55a1';
const FORM: FormValues = { [FIELD.product]: ECS, [FIELD.businessType]: RENEWAL, [FIELD.description]: 'Renewal of ecs-01 for a year', [FIELD.agreement]: true };

describe('huaweicloud case administration (provider over the emulator)', () => {
  const osm = useEmulatorSuite();
  const sent = (action: string) => osm.harness.emulator.control.requests().filter((r) => r.action === action).length;
  const command = (name: string, args: Record<string, unknown>) => osm.harness.emulator.control.provider('huaweicloud').control.command?.(name, args);

  describe('delete', () => {
    it('deletes a completed and a cancelled case, which then leave the list', async () => {
      await osm.provider.deleteTicket(COMPLETED);
      await osm.provider.deleteTicket(CANCELLED);
      const listed = (await osm.provider.listTickets({}, { pageSize: 100 })).items.map((t) => t.id);
      assert.deepEqual([listed.includes(COMPLETED), listed.includes(CANCELLED), osm.harness.plugin.state.cases.get(COMPLETED)?.status], [false, false, 13]);
    });

    it('is refused for a case in progress with OSM.01010034', async () => {
      await assert.rejects(osm.provider.deleteTicket(IN_PROGRESS), codeOf('OSM.01010034'));
    });
  });

  describe('labels', () => {
    it("lists the account's labels with string ids", async () => {
      assert.deepEqual(
        (await osm.provider.listLabels()).map((l) => [l.id, l.name]),
        [
          ['1', 'urgent'],
          ['2', '生产环境'],
        ],
      );
    });

    it('creates a label and reads its id back by name', async () => {
      const label = await osm.provider.createLabel({ name: ' network ', color: '#1ba1e2' });
      assert.deepEqual(label, { id: '3', name: 'network', color: '#1BA1E2' });
    });

    it('refuses a duplicate name before sending CreateLabels', async () => {
      await assert.rejects(osm.provider.createLabel({ name: 'urgent', color: '#000000' }), (e) => isTicketError(e, 'invalid-input') && e.code === 'DuplicateLabel');
      assert.equal(sent('CreateLabels'), 0);
    });

    it('says why in the UI language: a Chinese display gets Chinese refusals', async () => {
      const zh = demoProvider(osm.harness, { locale: 'zh-cn' });
      await assert.rejects(zh.createLabel({ name: 'urgent', color: '#000000' }), (e) => isTicketError(e) && e.message === '已存在名为“urgent”的标签。');
      await assert.rejects(zh.updateTicketContact(IN_PROGRESS, { phone: '138****0000' }), (e) => isTicketError(e) && e.message.includes('掩码'));
    });

    it('adds a label to a ticket and removes one', async () => {
      await osm.provider.addTicketLabels(IN_PROGRESS, ['2']);
      await osm.provider.removeTicketLabels(IN_PROGRESS, ['1']);
      assert.deepEqual(
        (await osm.provider.ticketLabels(IN_PROGRESS)).map((l) => l.name),
        ['生产环境'],
      );
    });

    it('refuses a label id that is not a number before any request', async () => {
      await assert.rejects(osm.provider.addTicketLabels(IN_PROGRESS, ['urgent']), (e) => isTicketError(e, 'invalid-input') && e.code === 'InvalidLabels');
      assert.equal(sent('CreateCaseLabels'), 0);
    });

    it('lists only the tickets carrying a label when filtered by it (label_id_list)', async () => {
      const page = await osm.provider.listTickets({ labelIds: ['2'] }, { pageSize: 100 });
      const expected = [...osm.harness.plugin.state.cases.values()].filter((c) => c.labelIds.includes(2) && c.status !== 13).map((c) => c.id);
      assert.deepEqual(page.items.map((t) => t.id).sort(), expected.sort());
      assert.ok(expected.length > 0 && page.items.every((t) => t.labels?.includes('生产环境')));
    });
  });

  describe('contact of a case', () => {
    it('reads the contact from the detail', async () => {
      await osm.provider.updateTicketContact(IN_PROGRESS, { email: 'owner@example.com', ccEmails: ['a@example.com', 'b@example.com'] });
      const contact = await osm.provider.ticketContact(IN_PROGRESS);
      assert.deepEqual([contact.email, contact.ccEmails], ['owner@example.com', ['a@example.com', 'b@example.com']]);
    });

    it('changes only what is given: contact time and an empty CC list', async () => {
      await osm.provider.updateTicketContact(IN_PROGRESS, { contactTime: '10:00-17:00', ccEmails: [] });
      const contact = await osm.provider.ticketContact(IN_PROGRESS);
      assert.deepEqual([contact.contactTime, contact.ccEmails], ['10:00-17:00', []]);
    });

    for (const [what, update, code] of [
      ['a phone with letters', { phone: '1380000abcd' }, 'InvalidContact'],
      ['a masked phone read back from the cloud', { phone: '138****0000' }, 'InvalidContact'],
      ['an e-mail without a domain', { email: 'ops@' }, 'InvalidContact'],
      ['a contact time that is not a range', { contactTime: 'mornings' }, 'InvalidContact'],
      ['eleven CC addresses (the limit is 10)', { ccEmails: Array.from({ length: 11 }, (_, i) => `u${i}@example.com`) }, 'TooManyCcEmails'],
      ['nothing at all', {}, 'NothingToChange'],
    ] as const) {
      it(`refuses ${what} before sending UpdateCaseContactInfo`, async () => {
        await assert.rejects(osm.provider.updateTicketContact(IN_PROGRESS, update), (e) => isTicketError(e, 'invalid-input') && e.code === code);
        assert.equal(sent('UpdateCaseContactInfo'), 0);
      });
    }

    it('asks for verification of an unregistered e-mail before sending the change', async () => {
      await assert.rejects(osm.provider.updateTicketContact(IN_PROGRESS, { email: 'ops@example.com' }), (e) => isTicketError(e, 'invalid-input') && e.code === 'ContactNotVerified');
      assert.equal(sent('UpdateCaseContactInfo'), 0);
    });

    it('changes to an e-mail once it is verified with the code', async () => {
      const email = { way: 'email', value: 'ops@example.com' } as const;
      await osm.provider.sendVerificationCode(email);
      const { code } = command('verification-code', { way: 1, value: 'ops@example.com' }) as { code: string };
      await osm.provider.verifyContact(email, code);
      await osm.provider.updateTicketContact(IN_PROGRESS, { email: 'ops@example.com' });
      assert.equal((await osm.provider.ticketContact(IN_PROGRESS)).email, 'ops@example.com');
    });
  });

  describe('checks before filing', () => {
    it('allows filing and reports the quota of the chosen problem type', async () => {
      assert.deepEqual(await osm.provider.checkFiling(FORM), { verdict: 'allowed', quota: { remaining: 7, total: 10, period: 'month' } });
    });

    it('asks no quota before a problem type is chosen', async () => {
      assert.deepEqual(await osm.provider.checkFiling({}), { verdict: 'allowed' });
      assert.equal(sent('ListCaseQuotas'), 0);
    });

    it('says no-privilege when the main account restricts filing and the user lacks it, and createTicket refuses before CreateCases', async () => {
      await command('set-privilege', { privilege: 'createCase', restricted: true, granted: false });
      assert.deepEqual(await osm.provider.checkFiling(FORM), { verdict: 'no-privilege' });
      await assert.rejects(osm.provider.createTicket(FORM), (e) => isTicketError(e, 'permission'));
      assert.equal(sent('CreateCases'), 0);
    });

    it('lets a user with the privilege file while the restriction is on', async () => {
      await command('set-privilege', { privilege: 'createCase', restricted: true, granted: true });
      assert.equal((await osm.provider.checkFiling(FORM)).verdict, 'allowed');
    });

    it('says quota-exhausted when none is left, and createTicket refuses before CreateCases', async () => {
      await command('set-quota', { unUsed: 0 });
      assert.deepEqual(await osm.provider.checkFiling(FORM), { verdict: 'quota-exhausted', quota: { remaining: 0, total: 10, period: 'month' } });
      await assert.rejects(osm.provider.createTicket(FORM), (e) => isTicketError(e, 'invalid-input') && e.code === 'OSM.01010037');
      assert.equal(sent('CreateCases'), 0);
    });

    it('refuses filing on the server too (OSM.01010007) when the check is bypassed', async () => {
      await command('set-privilege', { privilege: 'createCase', restricted: true, granted: false });
      await assert.rejects(osm.client.cases.create({ business_type_id: RENEWAL, simple_description: 'x', source_id: '83aeb0f2834c4df49826c781d32a963e' }), codeOf('OSM.01010007'));
    });
  });
});
